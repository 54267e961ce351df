title = Ostateczne wezwanie: przelew, który nie przyszedł
briefing = Pracujesz w dziale należności firmy { $creditor }. Faktura FV/2026/10/0342 dla firmy { $organisation } za październikową opiekę serwisową ERP, na kwotę { $amount } brutto, wystawiona w KSeF, miała termin płatności { $due } i jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Najpierw przeczytaj historię konta: 12 listopada była rozmowa telefoniczna. Osoba kontaktowa w dziale rozrachunków: { $debtor }; fakturę zatwierdza dyrektor finansowy, Tomasz Lis. To etap ostatecznego wezwania: uzyskaj konkretny termin od osoby, która decyduje, i jasno powiedz, co wierzyciel zrobi, jeśli termin minie, jako informację, a nie groźbę. Ustawa z 8 marca 2013 r. daje odsetki ustawowe za opóźnienie w transakcjach handlowych (stopa referencyjna NBP + 10 punktów procentowych; sprawdź aktualną wysokość) oraz, przy należności tej wielkości, rekompensatę za koszty odzyskiwania w wysokości 70 euro (art. 10 ust. 1).
product = opieka serwisowa systemu ERP (październik 2026)
speaker-desk = Konto klienta
speaker-director = Tomasz Lis (dyrektor finansowy)

history-invoice-ksef = Wystawiono w KSeF fakturę FV/2026/10/0342 (14 760,00 zł brutto, termin 21 dni); wizualizację PDF wysłano e-mailem na adres do faktur klienta.
history-reminder-email = Wysłano e-mailem przypomnienie do działu rozrachunków: faktura FV/2026/10/0342 przeterminowana od 6 listopada, prośba o potwierdzenie terminu płatności.
history-call-1 = Rozmowa z panią Wójcik (rozrachunki): faktura zaksięgowana, czeka na poniedziałkową akceptację dyrektora finansowego; przelewy w czwartki. Deklarację zapłaty potwierdzono e-mailem.
history-promise-1 = Deklaracja zapłaty: cała faktura w czwartkowym przelewie 19 listopada.
history-missed-1 = W przelewie 19 listopada nic nie wpłynęło. Deklaracja niedotrzymana.
history-chase-email = E-mail do pani Wójcik: faktura FV/2026/10/0342 nadal niezapłacona; prośba o potwierdzenie terminu płatności do 1 grudnia.
history-wojcik-reply = Odpowiedź pani Wójcik: „Faktura jest u naszego dyrektora finansowego. Dam znać”.

## Konto przed rozmową

desk = Wiślana Dystrybucja: od rozmowy 12 listopada nic nie wpłynęło, a jedyna odpowiedź mówi, że faktura jest „u dyrektora finansowego”. Co robisz?
    .call-now = Dzwonię teraz do pani Wójcik i proszę o rozmowę z panem Lisem
    .demand-letter = Wysyłam przedsądowe wezwanie do zapłaty, bez telefonu
    .file-epu = Jeszcze dziś przekazuję fakturę do działu prawnego, żeby złożył pozew o nakaz zapłaty w EPU
    .suspend-quietly = Jeszcze dziś wyłączam im wsparcie ERP, bez uprzedzenia, żeby zwrócili uwagę
desk-why =
    .call-now = Tak: pieniądze nie wpłynęły z powodu, którego nikt Ci jeszcze nie podał, a termin może dać tylko osoba akceptująca. Najpierw telefon; ostateczne wezwanie i tak pójdzie potem na piśmie.
    .demand-letter = Zgodny z prawem i rozsądny dokument, ale sam w sobie nie powie Ci, dlaczego nic nie wpłynęło, i nie da terminu od osoby, która decyduje. Zadzwoń, a potem je wyślij.
    .file-epu = Pozew o nakaz zapłaty w elektronicznym postępowaniu upominawczym to zgodny z prawem krok, ale składanie go przed ostatecznym wezwaniem i przed choćby jedną rozmową z osobą decyzyjną jest przedwczesne: kosztuje pieniądze i klienta, a telefon mógłby dać zapłatę w ciągu tygodnia.
    .suspend-quietly = Wyłączenie klientowi wsparcia bez uprzedzenia to nie jest wstrzymanie usług: wstrzymanie to to, na co pozwala umowa, po wymaganym w niej zawiadomieniu, zapowiedziane jasno z góry. Zrobione po cichu narusza Waszą własną umowę i jest sposobem na utratę klienta.

end-letter = (Przedsądowe wezwanie do zapłaty wychodzi e-mailem i listem poleconym, z siedmiodniowym terminem. Nadal nikt nie wie, dlaczego nic nie wpłynęło.)
end-epu = (Dział prawny przygotowuje pozew w EPU. Wiślana Dystrybucja dowie się o nim z sądu.)
end-suspended = (Wsparcie zostaje wyłączone. Godzinę później ich kierownik IT dzwoni, wściekły, do Waszego opiekuna klienta.)

## Dział rozrachunków

opening = Księgowość, Wójcik, słucham.
    .intro = Dzień dobry, pani Agnieszko, { $agent } z działu należności firmy { $creditor }. Dzwonię ponownie w sprawie naszej faktury FV/2026/10/0342.
    .straight-threat = Tu { $creditor }. Państwa faktura jest prawie miesiąc po terminie; jeśli jutro nie będzie zapłaty, idziemy do sądu.
opening-v2 = Dzień dobry, rozrachunki, Wójcik.
opening-why =
    .intro = Tak trzeba: imię, firma, faktura. Ona zna sprawę; nie trzeba zaczynać od niedotrzymanej deklaracji.
    .straight-threat = Groźba w pierwszym zdaniu, zanim rozmówczyni coś powie, i to wobec osoby, która nie może zwolnić płatności. Sąd może być kolejnym krokiem, ale nie powitaniem.

wojcik-broken = Tak… wiem. Obiecałam { $promised } i przepraszam, naprawdę myślałam, że pójdzie. Pan Lis wstrzymał wszystkie faktury za IT, dopóki nasz duży klient nam nie zapłaci. To nie zależy ode mnie.
    .ask-for-lis = Dziękuję, że mówi Pani wprost, wiem, że to nie Pani decyzja. Czy mogę porozmawiać dziś bezpośrednio z panem Lisem, żebyśmy ustalili termin, którego naprawdę da się dotrzymać?
    .blame-her = Dała mi Pani słowo. Planowaliśmy pod ten termin.
    .epu-tomorrow = To proszę przekazać panu Lisowi, że jeśli jutro nie będzie zapłaty, składamy pozew.
wojcik-broken-why =
    .ask-for-lis = Wzorowa odpowiedź: dziękujesz, zdejmujesz winę z osoby, która nie mogła zdecydować, i idziesz do tej, która może.
    .blame-her = Przekazała to, co powiedział jej przełożony. Obwiniając ją, tracisz sojusznika, który przepchnie fakturę przez akceptację.
    .epu-tomorrow = Ultimatum przekazane przez księgową, z terminem, którego nikt nie dotrzyma, to groźba, a nie kolejny krok.

wojcik-open = Tak, wiem. Ostatnio nie ustaliliśmy terminu. Pan Lis wstrzymał wszystkie faktury za IT, dopóki nasz duży klient nam nie zapłaci. To nie zależy ode mnie.
    .ask-for-lis = Dziękuję, że mówi Pani wprost, wiem, że to nie Pani decyzja. Czy mogę porozmawiać dziś bezpośrednio z panem Lisem, żebyśmy ustalili termin, którego naprawdę da się dotrzymać?
    .blame-her = To za mało. Faktura jest prawie miesiąc po terminie.
    .epu-tomorrow = To proszę przekazać panu Lisowi, że jeśli jutro nie będzie zapłaty, składamy pozew.
wojcik-open-why =
    .ask-for-lis = Wzorowa odpowiedź: zdejmujesz winę z osoby, która nie decyduje, i idziesz do tej, która decyduje.
    .blame-her = Ona mówi Ci, kto decyduje. Obwiniając ją, tracisz sojusznika, który przepchnie fakturę przez akceptację.
    .epu-tomorrow = Ultimatum przez księgową, z terminem, którego nikt nie dotrzyma, to groźba, a nie kolejny krok.

defensive = Proszę tak do mnie nie mówić. To nie ja decyduję, które faktury są płacone.
    .apologise-reset = Ma Pani rację, przepraszam, to było niesprawiedliwe. Zacznijmy od nowa: na jakim etapie jest faktura po Państwa stronie?
    .threaten-reputation = To cała branża się dowie, że { $organisation } nie płaci dostawcom.
defensive-why =
    .apologise-reset = Dobra naprawa: przeprosiny i otwarte pytanie.
    .threaten-reputation = Naruszenie krytyczne: groźba zniszczenia reputacji firmy, żeby wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2). Nigdy.

## Dyrektor finansowy

lis = Lis, słucham. Pani Wójcik mówi, że chodzi o Państwa fakturę. Powiem uczciwie: nasz największy klient spóźnia się z zapłatą, a dopóki nie zapłaci, wstrzymuję wszystko poza wynagrodzeniami, podatkami i towarem. Państwa fakturę też.
    .listen-when = Dziękuję, że mówi Pan wprost, panie dyrektorze. Kiedy ten klient ma Państwu zapłacić i w który Państwa przelew mogłaby potem wejść nasza faktura?
    .ultimatum = Z całym szacunkiem, Państwa klient to nie nasz problem. Albo zapłata w tym tygodniu, albo sąd.
lis-why =
    .listen-when = Wzorowa odpowiedź: traktujesz poważnie jego sytuację finansową i zamieniasz ją w datę: kiedy wpłyną jego pieniądze i który przelew uniesie Waszą fakturę.
    .ultimatum = Jego problem z płynnością to właśnie to, co wyznacza Twój termin. Ultimatum, zanim wiesz, kiedy wpłyną jego pieniądze, daje odmowę, a nie zapłatę.

lis-explains = Obiecali na ósmego grudnia. Jeśli wpłynie, mogę puścić Państwa fakturę w czwartkowym przelewie dziesiątego. Nie wcześniej; nie ma z czego.
    .agree-tenth = To ustalmy to na twardo: cała faktura, { $amount }, w Państwa czwartkowym przelewie 10 grudnia?
    .this-week = A nie dałoby się znaleźć pieniędzy w tym tygodniu, na jutrzejszy przelew?
    .after-new-year = Jeśli to pomoże, proszę spokojnie zapłacić w połowie stycznia; po nowym roku będzie łatwiej.
lis-explains-why =
    .agree-tenth = Wzorowa odpowiedź: termin, który jego gotówka naprawdę uniesie, cała faktura, w granicach pełnomocnictwa (na tym etapie tydzień).
    .this-week = Właśnie powiedział, że przed ósmym nie ma z czego zapłacić. „Tak” na ten tydzień byłoby drugą niedotrzymaną deklaracją.
    .after-new-year = Nieuprawnione ustępstwo: sześć tygodni więcej na etapie ostatecznego wezwania, gdy jego przelew może pójść dziesiątego. Pełnomocnictwo pozwala teraz na 7 dni.

one-payment = Raty nie mają sensu; dziesiątego pójdzie jednym przelewem: { $counter-terms }.
    .take-counter = Zgoda: cała faktura jednym przelewem.
one-payment-why =
    .take-counter = Dobrze: jedna płatność w jego przelewie jest lepsza niż raty za jedną fakturę.

grudging = Dobrze: { $agreed }. Ale mówię od razu, przed ósmym pieniędzy nie ma.
    .realistic-date = To nie róbmy sobie drugiego zawodu: cała faktura w czwartkowym przelewie 10 grudnia?
    .hold-to-it = Trzymam Pana za słowo. Potwierdzę to e-mailem.
grudging-why =
    .realistic-date = Dobra naprawa: termin, o którym właśnie powiedział, że go nie dotrzyma, to druga niedotrzymana deklaracja w zawieszeniu.
    .hold-to-it = Masz „tak”, o którym sam powiedział, że jest puste. Następna rozmowa zacznie się od dwóch niedotrzymanych deklaracji.

too-soon = { $terms }? Nie. Mówiłem już, dziesiąty to najwcześniej.
    .accept-tenth = Rozumiem. W takim razie cała faktura w czwartkowym przelewie 10 grudnia?
    .escalate-now = W takim razie muszę jeszcze dziś przekazać sprawę do naszego działu prawnego. Przedsądowe wezwanie do zapłaty dostanie Pan e-mailem po południu.
too-soon-why =
    .accept-tenth = Tak: termin wynika z jego gotówki i jego przelewów.
    .escalate-now = Zgodny z prawem, zapowiedziany kolejny krok, ale on zaproponował termin za tydzień; eskalując teraz, tracisz go.

date-agreed = Zgoda: { $agreed }. Macie Państwo moje słowo, i tym razem daję je ja.
    .read-back = Dziękuję. Powtórzę: cała faktura FV/2026/10/0342, { $amount }, w Państwa czwartkowym przelewie 10 grudnia, przelewem na numer rachunku z faktury. Zgadza się? I czy mogę potwierdzić to e-mailem do Pana i do pani Wójcik?
    .close-no-recap = Świetnie, dziękuję. Do widzenia.
date-agreed-why =
    .read-back = Wzorowa odpowiedź: kwota, przelew i sposób płatności powtórzone, a potwierdzenie na piśmie uzgodnione.
    .close-no-recap = Po jednej niedotrzymanej deklaracji termin ani niepowtórzony, ani niepotwierdzony na piśmie to ledwie termin.

next-step = Zgadza się, proszę wysłać. A jeśli nasz klient znowu się spóźni?
    .state-next-step = Powiem wprost, żeby nie było niespodzianek. Dzisiejszy e-mail to nasze formalne przedsądowe wezwanie do zapłaty, z terminem 10 grudnia. Jeśli do tego dnia wpłata nie wpłynie, zgodnie z § 9 umowy serwisowej wstrzymujemy realizację nowych zleceń zmian (wsparcie w ramach umowy działa dalej), a nasz dział prawny składa pozew o nakaz zapłaty w elektronicznym postępowaniu upominawczym (EPU). Odsetki ustawowe za opóźnienie w transakcjach handlowych biegną od 7 listopada, a rekompensatę za koszty odzyskiwania należności, 70 euro, obejmie nota obciążeniowa. Wolimy, żeby nic z tego nie było potrzebne. Dziękuję za rozmowę, panie dyrektorze.
    .bailiff-threat = To jedenastego wchodzi komornik, a tego samego dnia trafiacie do rejestru dłużników.
    .nothing-happens = Proszę się nie martwić, nic się nie stanie; zawsze możemy znowu przesunąć. Dziękuję.
next-step-why =
    .state-next-step = Wzorowa odpowiedź: zgodne z prawem kroki, które wierzyciel zamierza podjąć, po kolei, z datami, powiedziane raz, spokojnie, i zapisane w potwierdzeniu; odsetki i 70 euro rekompensaty podane prawidłowo (należność powyżej 5000 zł i poniżej 50 000 zł: art. 10 ust. 1 ustawy z 8 marca 2013 r.). To informacja potrzebna osobie decyzyjnej, a nie nacisk.
    .bailiff-threat = Wprowadzanie w błąd: komornik działa wyłącznie na podstawie tytułu wykonawczego, do którego najpierw potrzebne jest orzeczenie sądu, a wpis do biura informacji gospodarczej (BIG) jest zgodny z prawem tylko po spełnieniu warunków: wobec przedsiębiorcy co najmniej 500 zł, co najmniej 30 dni po terminie i co najmniej miesiąc od wezwania do zapłaty z ostrzeżeniem o zamiarze wpisu i nazwą biura, wysłanego listem poleconym albo doręczonego do rąk własnych (art. 14 ustawy z 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych). Podany rzeczowo, gdy warunki są spełnione, to zgodne z prawem uprzedzenie. Grożenie jednym i drugim na następny dzień to przedstawianie uprawnień niezgodnie z prawdą.
    .nothing-happens = Obiecujesz coś, o czym nie Ty decydujesz, i mówisz mu, że druga niedotrzymana deklaracja nic nie kosztuje. Kolejny krok musi być jasny teraz.

lis-hardens = Proszę mi nie grozić. Przeprowadziłem tę firmę przez gorsze rzeczy niż spóźniony klient. Jeśli tak chcecie rozmawiać, proszę to wysłać do prawników.
    .apologise-reset = Przepraszam, źle to zabrzmiało. Wolę ustalić termin z Panem niż z sądem. Kiedy Państwa klient ma zapłacić?
    .escalate-legal = Rozumiem. W takim razie jeszcze dziś przekazuję sprawę do naszego działu prawnego; przedsądowe wezwanie do zapłaty dostanie Pan e-mailem po południu.
lis-hardens-why =
    .apologise-reset = Dobra naprawa: przeprosiny i powrót do jedynego pytania, które daje termin.
    .escalate-legal = Zgodny z prawem, zapowiedziany kolejny krok, uczciwy; ale odmowę sprowokowało Twoje ultimatum, a termin za tydzień przepadł.

## Zakończenia

end-promise = Dobrze. Będę czekał na e-mail. Do widzenia.
end-escalated = Róbcie, co musicie. Do widzenia.
end-hangup = Nie będę tego słuchać. (Rozłącza się.)
