title = Pismo adwokata w aktach
briefing = Pracujesz w Apex Recovery, zewnętrznej firmie windykacyjnej w USA, więc obowiązują FDCPA i Regulation F. Dialer wrzucił do Twojej kolejki konto dłużnika: { $debtor }, kwota { $amount } dla { $creditor } za rachunek szpitalny; termin płatności minął { $due }, zaległość trwa { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. W Columbus (Ohio) jest 10:15 i dialer jest gotów wybrać numer jego komórki. Zanim zadzwonisz, przeczytaj akta konta: historię, pisma i telefony. Potem zdecyduj, co robisz. W sprawie tego konta nikt nie zdecydował o pozwie: każda groźba sądem byłaby groźbą kroku, którego nikt nie zamierza podjąć (15 U.S.C. § 1692e(5)).
product = rachunek szpitalny
speaker-desk = Przed telefonem

## The account's history

history-h1 = Wysłano panu Price'owi na adres w Columbus zawiadomienie o długu (validation notice): rachunek { $creditor }, saldo { $amount }.
history-h2 = Rozmowa z panem Price'em. Mówi, że rachunek miał zostać przekazany do jego ubezpieczyciela, i chce to sprawdzić; niczego nie uzgodniono.
history-h3 = Pismo od adwokat Laury Chen z kancelarii Chen & Ortiz LLP, 220 East Broad Street, Columbus, OH 43215, z 6 listopada: reprezentuje pana Price'a w sprawie długu wobec { $creditor }; cała korespondencja ma iść przez jej kancelarię. Zeskanowane przez dział korespondencji; konto nadal jest w dialerze.

## Before you dial

desk = Konto jest otwarte, a dialer ustawił połączenie na komórkę dłużnika ({ $debtor }) teraz: wtorek, 10:15 w Columbus. Co robisz?
    .write-attorney = Nie dzwonię do pana Price'a. Piszę do pani Chen z Chen & Ortiz: potwierdzam otrzymanie jej pisma i przesyłam dane konta. Oznaczam konto „reprezentowany przez adwokata”, z jej nazwiskiem i adresem, i wyłączam je z dialera.
    .call-attorney = Nie dzwonię do pana Price'a. Dzwonię do kancelarii pani Chen w Chen & Ortiz, żeby omówić konto, a potem oznaczam konto „reprezentowany przez adwokata” i wyłączam je z dialera.
    .call-now = Dzwonię teraz do pana Price'a, tak jak proponuje dialer.
desk-why =
    .write-attorney = Wzorowa decyzja: wiesz, że w sprawie tego długu reprezentuje go adwokat, i znasz jej nazwisko i adres, więc kontaktujesz się z nią, a nie z nim (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Pismo przekazuje jej dane konta na piśmie i zostawia ślad; oznaczenie konta sprawia, że dialer przestaje do niego dzwonić.
    .call-attorney = Zgodnie z prawem i dobrze: to z adwokat możesz teraz rozmawiać o tym długu (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Zanotuj rozmowę w aktach i potwierdź ustalenia na piśmie; pismo jest nieco lepszym pierwszym krokiem, bo od razu daje jej dane konta.
    .call-now = Naruszenie krytyczne: pismo jego adwokat, z jej nazwiskiem i adresem, od tygodnia leży w aktach. Od tej chwili nie wolno kontaktować się z nim w sprawie tego długu, chyba że adwokat nie odpowie w rozsądnym terminie albo zgodzi się na bezpośredni kontakt (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Naruszeniem jest samo połączenie, niezależnie od przebiegu rozmowy; to, że ustawił je dialer, niczego nie usprawiedliwia. Przeczytaj akta, zanim zadzwonisz.

end-letter-attorney = (Nie dzwonisz. Do Laury Chen z Chen & Ortiz LLP idzie pismo potwierdzające otrzymanie jej listu, z danymi konta. Konto jest oznaczone „reprezentowany przez adwokata: kontakt wyłącznie z Laurą Chen” i wyłączone z dialera.)
end-attorney-called = (Nie dzwonisz do pana Price'a. Telefon w kancelarii pani Chen odbiera asystentka, notuje numer konta i prosi o przesłanie danych na piśmie. Konto jest oznaczone „reprezentowany przez adwokata: kontakt wyłącznie z Laurą Chen” i wyłączone z dialera.)

## Rozmowa

opening = Halo?
    .ask-for-darnell = Dzień dobry, mówi { $agent } z firmy Apex Recovery. Czy mogę rozmawiać z panem Darnellem Price'em?
opening-why =
    .ask-for-darnell = Prawidłowy początek rozmowy: najpierw imię, nazwisko i firma (15 USC 1692d(6)). Ale ta rozmowa nie powinna się odbywać: pismo jego adwokat jest w aktach.

lawyer = Przy telefonie. Jeśli chodzi o rachunek ze szpitala, to moja adwokatka pisała do Państwa w zeszłym tygodniu. Mają Państwo rozmawiać z nią.
    .stop-refer = Ma Pan rację, panie Price, przepraszam: widzę pismo pani Chen. Nie należało do Pana dzwonić. Czy kontaktem nadal jest Laura Chen z Chen & Ortiz? W takim razie od teraz rozmawiamy wyłącznie z nią. Dziękuję.
    .press-on = Rozumiem, ale skoro już rozmawiamy, czy możemy ustalić termin wpłaty?
lawyer-why =
    .stop-refer = Najmniejsza szkoda w tej sytuacji: przerywasz, potwierdzasz dane adwokat, przepraszasz i kończysz rozmowę bez omawiania długu (15 USC 1692c(a)(2)). Zgłoś wewnętrznie, że pismo zostało pominięte. Naruszeniem pozostaje sam telefon.
    .press-on = Podwójne naruszenie krytyczne: usłyszałeś, że ma adwokata, a mimo to poprosiłeś go o wpłatę (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Przerwij i kontaktuj się z adwokat.

## Endings

end-escalated = Dobrze. Proszę rozmawiać z nią. Do widzenia.
end-hangup = Powiem o tym telefonie mojej adwokatce. (Rozłącza się.)
