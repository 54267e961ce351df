title = Niedotrzymana deklaracja i pismo, które przyjdzie potem
briefing = Pracujesz w dziale kontroli należności firmy { $creditor }. Faktura NC-4471 dla { $debtor } (prowadzącej jednoosobową działalność jako { $organisation }) za projekt migracji hostingu, { $amount }, z terminem płatności { $due }, jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Przeczytaj historię: raz już złożyła deklarację zapłaty. Twoje uprawnienia: plan spłaty do trzech miesięcy, bez rabatu. Odsetki ustawowe (stopa bazowa Banku Anglii + 8%) i zryczałtowana kwota 70 GBP z Late Payment of Commercial Debts (Interest) Act 1998 są wstrzymane, dopóki uzgodniony plan jest realizowany. Jeśli plan się posypie, sprawa trafi do działu prawnego po wezwanie przedsądowe (Letter of Claim) zgodnie z Pre-Action Protocol for Debt Claims, który obowiązuje, bo dłużniczka jest osobą fizyczną prowadzącą jednoosobową działalność.
product = migracja hostingu i konsulting (sierpień 2026)
speaker-desk = Konto klienta

history-invoice = Wysłano e-mailem fakturę NC-4471 (3240,00 GBP, termin 30 dni).
history-reminder = Wysłano e-mailem przypomnienie: NC-4471 po terminie.
history-call-1 = Rozmowa z panią Shah: opóźnienia we wpływach, deklaracja zapłaty całej faktury do 31 października. Deklarację potwierdzono e-mailem.
history-promise-1 = Deklaracja zapłaty: cała faktura do 31 października.
history-missed-1 = Do 31 października nic nie wpłynęło. Deklaracja niedotrzymana.
history-chase = E-mail do pani Shah: deklaracja niedotrzymana, prośba o telefon w celu ustalenia terminu. Bez odpowiedzi.

## Konto przed rozmową

desk = Shah Design: niedotrzymana deklaracja i e-mail bez odpowiedzi. Przełożony zgodził się na kroki prawne, jeśli nie uda się niczego ustalić. Co robisz?
    .call-now = Najpierw dzwonię do pani Shah
    .letter-now = Od razu, bez telefonu, wysyłam wezwanie przedsądowe (Letter of Claim) zgodnie z Pre-Action Protocol
    .claim-now = Jeszcze dziś składam pozew o zapłatę w County Court
desk-why =
    .call-now = Dobrze: jeden telefon może dać plan, którego dotrzyma; wezwanie przedsądowe zostaje w odwodzie, gdyby plan się posypał.
    .letter-now = Zgodne z prawem i z protokołem, a ona dostaje 30 dni na odpowiedź. Ale nikt nie wie, dlaczego deklaracja nie została dotrzymana, a telefon mógłby załatwić sprawę taniej niż koszty prawne.
    .claim-now = Pre-Action Protocol for Debt Claims obejmuje osobę prowadzącą jednoosobową działalność: pozew bez wezwania przedsądowego, wymaganych załączników i 30 dni na odpowiedź naraża Waszą firmę na sankcje kosztowe i zawieszenie sprawy.

end-letter = (Wezwanie przedsądowe wychodzi z arkuszem informacyjnym, formularzem odpowiedzi i formularzem sytuacji finansowej. Pani Shah ma 30 dni na odpowiedź.)
end-claim = (Pozew zostaje złożony. Doradca pani Shah pisze do sądu, że protokół nie został zachowany; sędzia zawiesza sprawę, a Wasza firma płaci koszty posiedzenia.)

## Rozmowa

opening = Shah Design, Priya, słucham.
    .intro = Dzień dobry, pani Priyo, tu { $agent } z kontroli należności w { $creditor }, w sprawie faktury NC-4471. Ma pani kilka minut?
    .threat-open = { $creditor }, kontrola należności. Nie dotrzymała pani deklaracji w sprawie NC-4471; to ostatnia szansa przed sądem.
opening-v2 = Halo, Shah Design?
opening-why =
    .intro = Dobrze: imię, firma, faktura i szansa na rozmowę.
    .threat-open = Ultimatum w pierwszym zdaniu. Sąd może być zgodnym z prawem kolejnym krokiem, ale jako początek rozmowy kończy ją, zanim się dowiesz, dlaczego deklaracja nie została dotrzymana.

priya = Aha. Tak. Wiem, obiecałam wam październik. Mój największy klient w październiku wszedł w administrację i jest mi winien osiem tysięcy funtów. Ledwo się utrzymuję z mniejszych zleceń.
    .empathise = Przykro mi to słyszeć; utrata głównego klienta w taki sposób to poważny cios. Dziękuję, że pani o tym mówi. Zobaczmy, co jest dla pani realne.
    .not-our-problem = Przykro mi, ale problemy pani klienta to nie nasze problemy. Faktura jest po terminie.
    .bailiffs = Jeśli w tym tygodniu nie będzie zapłaty, przyślemy komornika.
priya-why =
    .empathise = Wzorowa odpowiedź: dostrzegasz cios i przechodzisz do tego, co realne.
    .not-our-problem = Jej firma właśnie straciła główne źródło dochodu: zbycie tego to lekceważenie prawdziwych trudności, a tracisz szansę na plan, którego dotrzyma.
    .bailiffs = Nieprawda: żaden komornik (enforcement agent) nie przyjdzie bez wyroku sądu, a przed nim jest wezwanie przedsądowe z protokołu. Groźba działania, którego nie można podjąć (dobra praktyka; przy kredycie konsumenckim CONC 7.3).

tax = A pod koniec stycznia mam termin podatku dochodowego. Z HMRC też nie mogę mieć zaległości.
    .factor-tax = Słusznie, podatek musi być pierwszy. Ułóżmy plan, który go nie zagrozi.
    .us-first = Rozumiem, ale nasza faktura jest starsza niż pani podatek.
tax-why =
    .factor-tax = Dobrze: podatek to dług priorytetowy; plan, przez który zabraknie jej na HMRC, posypie się w styczniu.
    .us-first = Plan, który konkuruje z jej podatkiem, nie zostanie dotrzymany, a HMRC egzekwuje szybciej niż Wy.

defensive = Proszę mi nie grozić. Byłam z wami szczera.
    .apologise = Ma pani rację, przepraszam. Zacznijmy od nowa: co się stało z płatnością?
    .ccj-now = To do świąt będzie pani miała wyrok sądu hrabstwa.
defensive-why =
    .apologise = Dobrze wybrnięte.
    .ccj-now = Wyrok „do świąt” pomija 30 dni z protokołu i harmonogram samego sądu: groźba, której nie da się spełnić tak, jak ją wypowiadasz.

cashflow = Co mogę zrobić? Mam kilku mniejszych klientów, którzy płacą mi pod koniec każdego miesiąca.
    .ask-income = Kiedy pani płacą i ile mogłaby pani co miesiąc odkładać dla nas, po opłaceniu podstawowych kosztów i podatków?
    .demand-full = Potrzebuję całych { $amount } do piątku.
cashflow-why =
    .ask-income = Dobrze: przy jednoosobowej działalności „cykl płatności” to terminy, w których płacą jej klienci. Zapytaj, zanim cokolwiek zaproponujesz.
    .demand-full = Właśnie powiedziała, że upadł jej główny klient. Żądanie całej kwoty do piątku da Ci w najlepszym razie kontrpropozycję.

plan-step = Jakieś tysiąc sto miesięcznie, pod koniec każdego miesiąca, kiedy mi zapłacą.
    .plan-3 = To trzy miesięczne wpłaty po 1080 GBP: 30 listopada, 31 grudnia i pod koniec stycznia. To zamyka sprawę.
    .plan-6 = Ułatwmy to: sześć wpłat po 540 GBP od końca listopada.
plan-step-why =
    .plan-3 = Dobrze: w granicach 1100 GBP, które ma, w terminach płatności jej klientów, w Twoich trzech miesiącach.
    .plan-6 = Sześć miesięcy to dwa razy więcej, niż możesz przyznać: ustępstwo bez zgody, choćby w dobrej wierze.

counter = Na to mnie nie stać. Mogę płacić { $counter-instalment } miesięcznie, { $counter-count } wpłat, pod koniec każdego miesiąca.
    .take-counter = Tak może być. Ustalmy to.
    .escalate = W takim razie muszę przekazać sprawę do działu prawnego.
counter-why =
    .take-counter = Dobrze: jej własna realna propozycja, w granicach Twojego mandatu.
    .escalate = Właśnie zaproponowała plan w granicach Twoich uprawnień. Eskalacja teraz to wydawanie na prawników w sprawie, która miała się właśnie rozwiązać.

agreed = Dobrze: { $agreed }.
    .read-back = Odczytam: kwota co miesiąc, trzy wpłaty, pierwsza 30 listopada, przelewem na rachunek z faktury, w tytule NC-4471.
    .no-readback = Świetnie, dziękuję.
agreed-why =
    .read-back = Dobrze: każda liczba, sposób zapłaty i tytuł przelewu.
    .no-readback = Bez odczytania: źle zrozumiana data to najczęstszy powód, dla którego druga deklaracja też się sypie.

next-step = A jeśli któraś mi nie wyjdzie? Jest ciężko.
    .state-protocol = To żeby pani wiedziała, na czym stoi: sprawa trafiłaby do naszego działu prawnego, który wysłałby wezwanie przedsądowe zgodnie z Pre-Action Protocol for Debt Claims. Miałaby pani 30 dni na odpowiedź, z formularzem odpowiedzi i formularzem sytuacji finansowej, zanim ktokolwiek złoży pozew. Do faktury należą się też odsetki ustawowe, stopa bazowa plus 8%, i zryczałtowane 70 GBP z Late Payment Act; wstrzymujemy je, dopóki plan jest realizowany. Gdyby było gorzej, Business Debtline udziela bezpłatnych porad osobom prowadzącym własną działalność. I proszę dzwonić, zanim wpłata przepadnie, a nie po.
    .ccj-threat = To wtedy prosto do sądu i wyrok przeciwko pani.
    .wrong-charges = To wtedy doliczymy 100 GBP rekompensaty i odsetki 8% miesięcznie.
    .nothing-happens = Proszę się tym nie martwić, nic się nie stanie.
next-step-why =
    .state-protocol = Wzorowa odpowiedź: zgodny z prawem, zamierzony kolejny krok jako informacja, opłaty podane prawidłowo (70 GBP przy długu od 1000 do 9999,99 GBP: art. 5A ustawy z 1998 r.; odsetki: stopa bazowa + 8% w skali roku), bezpłatna pomoc i sposób, żeby tego uniknąć.
    .ccj-threat = „Prosto do sądu” to nie jest to, co się stanie: najpierw wezwanie z protokołu i 30 dni. Kolejny krok przedstawiony nieprawdziwie to groźba, a nie informacja.
    .wrong-charges = Błąd w obu punktach: zryczałtowana kwota przy tym długu to 70 GBP, a stawka ustawowa to stopa bazowa + 8% rocznie, nie miesięcznie (Late Payment of Commercial Debts (Interest) Act 1998, art. 4 i 5A oraz rozporządzenie o stawce z 2002 r.).
    .nothing-happens = Nieprawda, a ona będzie na tym polegać: jeśli plan się posypie, sprawa naprawdę trafi do działu prawnego.

close = Dobrze. Coś jeszcze?
    .confirm-email = Jeszcze dziś wyślę pani e-mail z planem, trzema terminami i informacją o kolejnym kroku, żeby wszystko było na piśmie. Dziękuję za szczerość, pani Priyo.
    .bye = Nie, to wszystko. Do widzenia.
close-why =
    .confirm-email = Dobrze: plan i kolejny krok potwierdzone na piśmie.
    .bye = Druga deklaracja, i nic na piśmie.

## Zakończenia

end-plan = Dziękuję. Dam radę.
end-escalated = Dobrze. To poczekam na wasze pismo.
end-hangup = Nie mam na to teraz siły. (Rozłącza się.)
