title = Po niedotrzymanej deklaracji: plan i uczciwie zapowiedziany kolejny krok
briefing = Pracujesz w dziale windykacji firmy { $creditor }. { $debtor } ma zaległość { $amount } z rozwiązanej umowy abonamentowej, z terminem płatności { $due }, przeterminowaną o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Najpierw przeczytaj historię konta. Jeśli nie dojdzie do porozumienia, wierzyciel złoży pozew o nakaz zapłaty w elektronicznym postępowaniu upominawczym (EPU). Twój mandat: raty co najmniej 100 zł, do 12 miesięcy, pierwsza w ciągu 30 dni, bez rabatu.
product = abonament komórkowy (umowa rozwiązana w lipcu 2026)
speaker-desk = Konto klienta

history-demand = Wysłano wezwanie do zapłaty (list zwykły) na adres z umowy.
history-call-1 = Rozmowa z panem Wróblem: „zapłacę całość do końca miesiąca”. Deklaracja zapłaty przyjęta.
history-promise-1 = Deklaracja zapłaty: cała kwota do 30 września.
history-missed-1 = Do 30 września nic nie wpłynęło. Deklaracja niedotrzymana.
history-pre-court = Wysłano listem poleconym przedsądowe wezwanie do zapłaty z ostrzeżeniem o zamiarze przekazania danych do BIG InfoMonitor (z nazwą i adresem biura). Doręczone 23 października.

## Konto przed rozmową

desk = Tomasz Wróbel: niedotrzymana deklaracja i przedsądowe wezwanie sprzed miesiąca. Co robisz?
    .call-now = Dzwonię do pana Wróbla
    .file-epu = Bez dzwonienia przekazuję sprawę do działu prawnego na pozew w EPU
    .call-later = Odkładam telefon na 11 grudnia
desk-why =
    .call-now = Dobrze: wezwanie poszło, miesiąc minął, a jeden telefon może dać plan, którego dotrzyma, bez kosztów sądowych po obu stronach.
    .file-epu = Zgodne z prawem i zapowiedziane w wezwaniu, ale przedwczesne: nikt nie wie, dlaczego deklaracja się posypała. Pozew kosztuje, a koszty ostatecznie obciążą dłużnika.
    .call-later = Bez powodu odsuwasz sprawę o dwa tygodnie; nic w aktach nie każe czekać.

end-epu = (Dział prawny przygotowuje pozew w EPU. Pan Wróbel dowie się o nim z nakazu zapłaty.)
end-later = (Sprawa czeka do 11 grudnia.)

## Rozmowa

opening = Halo?
    .intro = Dobry wieczór, nazywam się { $agent }, dzwonię z działu windykacji firmy Veritel. Czy rozmawiam z panem Tomaszem Wróblem?
    .blurt-debt = Dobry wieczór, { $agent } z Veritela, w sprawie niezapłaconych 1420 zł pana Tomasza Wróbla.
opening-v2 = Tak, słucham?
opening-why =
    .intro = Dobrze: imię i nazwisko, firma i z kim chcesz rozmawiać.
    .blurt-debt = Kwota pada, zanim wiesz, kto odebrał (zasady dobrych praktyk ZPF: poufność; RODO art. 5 ust. 1 lit. c).

who = Tak, to ja.
    .verify = Dziękuję. Zanim przejdę do sprawy: czy może pan potwierdzić datę urodzenia i adres, pod którym pan mieszka?
    .skip-verify = Dzwonię w sprawie zaległości { $amount } za abonament.
who-why =
    .verify = Dobrze: najpierw weryfikacja.
    .skip-verify = Najpierw potwierdź tożsamość (zasady dobrych praktyk ZPF: poufność).

verified = Dwunasty stycznia osiemdziesiątego ósmego. Głogowska 14, Poznań.
    .state-purpose = Dziękuję. Dzwonię w sprawie zaległości { $amount } z rozwiązanej umowy. We wrześniu ustaliliśmy zapłatę do końca miesiąca, ale nic nie wpłynęło, a w październiku wysłaliśmy przedsądowe wezwanie. Chcę zobaczyć, czy znajdziemy rozwiązanie, zanim sprawa pójdzie dalej.
    .bailiff-open = Dziękuję. Zaległość wynosi { $amount }, a ponieważ nie dotrzymał pan słowa, następny krok to komornik.
verified-why =
    .state-purpose = Wzorowa odpowiedź: fakty, w tym niedotrzymana deklaracja, bez wyrzutów, i zaproszenie do rozwiązania.
    .bailiff-open = Błąd krytyczny: windykator nie ma żadnych uprawnień egzekucyjnych; komornik sądowy działa tylko na podstawie tytułu wykonawczego, po wyroku lub nakazie zapłaty. Sugerowanie czegoś innego wprowadza konsumenta w błąd (art. 24 ustawy o ochronie konkurencji i konsumentów).

when-i-can = No wiem, wiem. Zapłacę, jak będę mógł. Teraz po prostu nie mam.
    .explore = Rozumiem. Co się zmieniło od września? Chcę wiedzieć, co jest realne, żeby tym razem się udało.
    .employer-threat = Jeśli nie zapłaci pan do piątku, zadzwonimy do pana pracodawcy i wyjaśnimy mu, jaki z pana płatnik.
    .demand-now = „Jak będę mógł” nam nie wystarcza. Potrzebujemy całej kwoty do piątku.
when-i-can-why =
    .explore = Wzorowa odpowiedź: na „zapłacę, jak będę mógł” odpowiadasz pytaniem o przyczynę, a nie naciskiem.
    .employer-threat = Błąd krytyczny: groźba ujawnienia pracodawcy informacji, które naruszą jego dobre imię, żeby wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2 w związku z art. 115 § 12). Do tego ujawnienie długu pracodawcy nie ma podstawy prawnej (RODO art. 6).
    .demand-now = Termin „do piątku” dla kogoś, kto właśnie powiedział, że nie ma pieniędzy, to presja, a nie rozwiązanie.

reason = Zmieniłem pracę w październiku. Pierwsza pensja dopiero 10 grudnia. Do tego płacę alimenty na córkę. We wrześniu myślałem, że dam radę, ale nie wyszło.
    .acknowledge = Dziękuję, że mówi pan wprost. Zmiana pracy i miesiąc bez pensji to trudny czas. Ułóżmy coś, co zacznie się po 10 grudnia.
    .not-my-concern = To nie jest nasz problem. Dał pan słowo we wrześniu.
reason-why =
    .acknowledge = Dobrze: odnosisz się do jego sytuacji i od razu wiążesz plan z datą jego pensji.
    .not-my-concern = Zbywasz realną przyczynę, a bez niej kolejna deklaracja też się posypie.

angry = Proszę tak do mnie nie mówić. Przecież próbuję.
    .apologise = Ma pan rację, przepraszam. Zacznijmy od nowa: ułóżmy coś, na co pana stać.
    .hang-tough = Próbuje pan od lipca. Dość tych wymówek, niech pan wreszcie zapłaci.
angry-why =
    .apologise = Dobrze wybrnięte.
    .hang-tough = Pogarda i presja kończą rozmowę; rozmowa ma być uprzejma (zasady dobrych praktyk ZPF).

budget-q = I co teraz?
    .ask-budget = Zobaczmy, co jest realne. Ile będzie pan zarabiał na rękę i jakie są stałe wydatki: mieszkanie, opłaty, alimenty, dojazdy?
    .quick-plan = Proponuję dwie raty po 710 zł, od 12 grudnia.
budget-q-why =
    .ask-budget = Dobrze: pytanie o dochody i wydatki przed jakąkolwiek kwotą.
    .quick-plan = Kwota przed pytaniem o budżet: a we wrześniu właśnie za duża deklaracja się posypała.

budget = Na rękę 5200. Mieszkanie 1800, opłaty 350, jedzenie około 1200, alimenty 900, dojazdy 400, telefon, ubezpieczenie… Zostaje może 300 zł.
    .plan-300 = To ustalmy 300 zł miesięcznie, pięć rat, pierwsza 12 grudnia, dwa dni po pensji.
    .plan-710 = Lepiej zamknąć to szybko: dwie raty po 710 zł, od 12 grudnia.
budget-why =
    .plan-300 = Dobrze: w granicach tego, co mu zostaje, z pierwszą ratą po pensji, w granicach mandatu.
    .plan-710 = 710 zł to ponad dwa razy więcej, niż mu zostaje. To powtórka z września.

counter = Tyle nie dam rady. Mogę { $counter-instalment } miesięcznie, { $counter-count } rat.
    .take-counter = Dobrze, tak to ustalmy.
counter-why =
    .take-counter = Dobrze: jego własna propozycja, na którą go stać.

stretch = (Po chwili.) No… jakoś to będzie. Najwyżej zalegnę z czymś innym.
    .reconsider = Nie, to nie ma sensu: wtedy posypie się i to, i tamto. Ustalmy 300 zł miesięcznie, pięć rat, od 12 grudnia.
    .lock-it = No to ustalone.
stretch-why =
    .reconsider = Dobrze wybrnięte: mówi wprost, że zapłaci kosztem innych opłat. Dopasuj plan.
    .lock-it = Powiedział, że zalegnie z czymś innym. To plan, który się posypie, tak jak wrześniowy.

refused = Nie, tego nie dam rady.
    .plan-300 = Rozumiem. A 300 zł miesięcznie, pięć rat, pierwsza 12 grudnia?
    .escalate = W takim razie sprawa trafi do działu prawnego na pozew o nakaz zapłaty.
refused-why =
    .plan-300 = Realna druga propozycja.
    .escalate = Zgodny z prawem kolejny krok, ale przedwczesny: nie padła jeszcze żadna propozycja na jego miarę.

agreed = Czyli: { $instalment } { $every }, { $count } rat, pierwsza { $first-date }.
    .read-back = Zgadza się: rata, co miesiąc, liczba rat i data pierwszej, tak jak pan powiedział. Wpłaty na indywidualny numer rachunku z wezwania; jeszcze dziś wyślę panu potwierdzenie ugody na piśmie, e-mailem i pocztą.
    .no-readback = Dobrze, zapisane.
agreed-why =
    .read-back = Dobrze: warunki odczytane, sposób wpłaty i potwierdzenie na piśmie.
    .no-readback = Bez odczytania i bez potwierdzenia na piśmie: po wrześniu to za mało.

next-step = A co, jeśli któraś rata znowu nie wyjdzie?
    .inform = Powiem to jako informację, nie groźbę: jeśli rata nie wpłynie, a pan się nie odezwie, wierzyciel złoży w sądzie pozew o nakaz zapłaty w elektronicznym postępowaniu upominawczym, a koszty postępowania mogą obciążyć pana. Ponieważ wezwanie z ostrzeżeniem zostało już doręczone, informacja o zaległości może też trafić do BIG InfoMonitor. Egzekwować mógłby wyłącznie komornik sądowy, na podstawie tytułu wykonawczego. Dlatego gdyby coś się zmieniło, proszę zadzwonić przed terminem raty: zawsze da się to omówić. A gdyby było trudniej, bezpłatnie pomoże punkt nieodpłatnej pomocy prawnej i poradnictwa obywatelskiego w pana powiecie.
    .bailiff-next = Wtedy od razu wchodzi komornik i zajmuje panu pensję.
    .nothing-happens = Proszę się nie martwić, nic się nie stanie.
next-step-why =
    .inform = Wzorowa odpowiedź: zgodny z prawem, zamierzony kolejny krok, powiedziany spokojnie i prawdziwie: EPU (KPC art. 505²⁸ i nast.), BIG po ostrzeżeniu i miesiącu (ustawa z 9 kwietnia 2010 r., art. 14), egzekucja tylko przez komornika z tytułem wykonawczym, droga, żeby tego uniknąć, i bezpłatna pomoc.
    .bailiff-next = Błąd krytyczny: „od razu komornik” to nieprawda. Zajęcie pensji wymaga tytułu wykonawczego i wniosku do komornika; windykator nie ma takich uprawnień (art. 24 ustawy o ochronie konkurencji i konsumentów).
    .nothing-happens = Nieprawda, a on będzie na tym polegał: wierzyciel zapowiedział pozew w wezwaniu i naprawdę go złoży. Do tego przepada okazja, żeby wskazać bezpłatną pomoc.

close = Dobrze. To wszystko?
    .thanks = Tak. Dziękuję za szczerą rozmowę. Do widzenia.
    .bye = Tak, do widzenia.
close-why =
    .thanks = Dobrze: podziękowanie na koniec.
    .bye = Uprzejmie, ale sucho po rozmowie, w której powiedział o swoich kłopotach.

## Zakończenia

end-plan = Dobrze: { $agreed }. Tym razem dotrzymam.
end-escalated = Dobrze. Niech się dzieje. (Rozłącza się.)
end-hangup = Nie będę tego słuchał. (Rozłącza się.)
