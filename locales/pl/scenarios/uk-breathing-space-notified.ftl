title = Breathing Space w aktach
briefing = Pracujesz w dziale windykacji firmy { $creditor }, która wydała kartę kredytową klientowi: { $debtor }. Klient zalega z płatnościami: zaległość wynosi { $amount }, a termin najstarszej płatności minął { $due }, { $days ->
        [one] { $days } dzień temu
        [few] { $days } dni temu
        [many] { $days } dni temu
       *[other] { $days } dnia temu
    }. Proces obsługi zaległości znów umieścił konto w Twojej kolejce; jest czwartek rano, klient mieszka w Leeds. To regulowany kredyt konsumencki, więc obowiązują rozdział 7 podręcznika FCA CONC oraz Consumer Duty. Zanim napiszesz albo zadzwonisz, przeczytaj akta konta: listy, telefony i e-maile. Potem zdecyduj, co robisz.
product = karta kredytowa
speaker-desk = Przed telefonem

## The account's history

history-h1 = Wysłano panu Hughesowi wezwanie w sprawie zaległości: dwie nieopłacone raty, zaległość { $amount }, prośba o zapłatę lub kontakt.
history-h2 = Rozmowa z panem Hughesem. Ma zmniejszony wymiar czasu pracy; obecnie nie może zapłacić. Zapowiedział, że skorzysta z bezpłatnego doradztwa w sprawie zadłużenia. Wskazano mu StepChange i National Debtline.
history-h3 = Wysłano drugie wezwanie w sprawie zaległości: { $amount }, prośba o zapłatę lub kontakt w celu omówienia sytuacji.
history-h4 = E-mail z systemu Breathing Space prowadzonego przez Insolvency Service: pan Hughes od 9 listopada korzysta ze standardowego moratorium Breathing Space, ten dług jest objęty zgłoszeniem; wskazano jego doradcę. Zarejestrowane przez dział korespondencji; konto nie zostało oznaczone.

## Before you act

desk = Proces obsługi zaległości ustawił konto klienta ({ $debtor }) do kolejnego kroku: czwartek, 10:30. Co robisz?
    .hold-account = Nie piszę ani nie dzwonię w sprawie zapłaty. W aktach jest zawiadomienie o Breathing Space z 9 listopada: oznaczam konto „Breathing Space”, wyłączam je z procesu obsługi zaległości, wstrzymuję listy, telefony, odsetki i opłaty oraz zapisuję termin zakończenia do sprawdzenia.
    .arrears-letter = Wysyłam zwykłe, trzecie wezwanie z prośbą o zapłatę { $amount } albo o telefon do nas.
    .call-pay = Dzwonię do pana Hughesa i pytam, kiedy może coś wpłacić.
    .call-check = Dzwonię do pana Hughesa, żeby sprawdzić, czy zawiadomienie o Breathing Space jest prawdziwe.
desk-why =
    .hold-account = Wzorowa decyzja: Insolvency Service zawiadomił wierzyciela, więc od tej chwili obowiązuje ochrona moratorium. Dopóki trwa, nie wolno prosić klienta o zapłatę tego długu ani podejmować żadnych kroków w celu jego odzyskania; odsetki i opłaty są zamrożone (SI 2020/1311). Oznaczenie konta i wyłączenie go z procesu sprawia, że kolejne wezwanie ani telefon z dialera nie wyjdą przez pomyłkę.
    .arrears-letter = Naruszenie krytyczne: wezwanie do zapłaty to dokładnie to, czego po zawiadomieniu o Breathing Space robić nie wolno (SI 2020/1311). Zawiadomienie jest w aktach od dziesięciu dni; to, że nikt nie zaktualizował procesu, niczego nie usprawiedliwia. Wstrzymaj działania na koncie.
    .call-pay = Sam telefon nie jest zakazany, ale telefon po to, by poprosić o zapłatę, już tak: w czasie moratorium nie wolno żądać zapłaty tego długu (SI 2020/1311). Wstrzymaj działania na koncie. Jeśli już z nim rozmawiasz, nie proś o pieniądze.
    .call-check = Dobra intencja, zła droga: to, czy zawiadomienie jest prawdziwe, sprawdza Twój zespół obsługujący Breathing Space i Insolvency Service, a nie klient; ochrona obowiązuje od zawiadomienia, niezależnie od tego, co klient powie. Telefon do niego to dodatkowa presja i okazja do prośby o zapłatę. Wstrzymaj działania na koncie.

end-on-hold = (Nie piszesz ani nie dzwonisz. Przy koncie widnieje teraz: „Breathing Space od 9 listopada: bez działań windykacyjnych, odsetki i opłaty zamrożone”; konto jest wyłączone z procesu obsługi zaległości, a na koniec moratorium ustawiono termin przeglądu.)
end-letter = (Do pana Hughesa idzie trzecie wezwanie: „Zaległość na Pana koncie wynosi { $amount }. Prosimy o niezwłoczną zapłatę lub kontakt”. Konto zostaje w procesie obsługi zaległości.)

## Rozmowa

opening = Halo, Dan Hughes, słucham.
    .intro-verify = Dzień dobry, mówi { $agent } z firmy { $creditor }. Zanim przejdę dalej, czy mógłby Pan podać datę urodzenia i kod pocztowy?
opening-why =
    .intro-verify = Najpierw imię, nazwisko i firma, potem weryfikacja, a dopiero potem cokolwiek o koncie.

moratorium = 12 marca 1987, LS6 2AB. Chodzi o kartę? Doradca mówił, że mam Breathing Space i że Państwo zostali o tym zawiadomieni.
    .acknowledge-stop = Tak, panie Hughes, dziękuję, że Pan o tym mówi. Widzę zawiadomienie o Breathing Space z 9 listopada. Dopóki moratorium trwa, nie będziemy prosić Pana o żadną zapłatę, a odsetki i opłaty są zamrożone. Wstrzymuję teraz działania na koncie. Proszę dalej współpracować ze swoim doradcą.
    .ask-payment = Widzę to, ale zaległość na koncie nadal wynosi { $amount }. Czy mógłby Pan dziś coś wpłacić, choćby niewielką kwotę?
moratorium-why =
    .acknowledge-stop = Dobrze: potwierdzasz to, co klient już wie, jasno mówisz, co to dla niego oznacza, wstrzymujesz działania i kończysz rozmowę bez słowa o zapłacie (SI 2020/1311). Zgłoś wewnętrznie, że konto nie było oznaczone.
    .ask-payment = Naruszenie krytyczne: klient powiedział o moratorium, zawiadomienie jest w aktach, a mimo to poprosiłeś o wpłatę. W czasie Breathing Space nie wolno żądać zapłaty tego długu, nawet niewielkiej kwoty (SI 2020/1311).

pushed = Słucham? Doradca mówił, że teraz nie wolno Państwu prosić mnie o pieniądze. Mam dość problemów i bez tego.
    .apologise-stop = Ma Pan rację, przepraszam. Nie należało o to prosić. Konto jest wstrzymane na czas Breathing Space i dopóki moratorium trwa, nie będziemy prosić o zapłatę.
    .insist = Breathing Space nie znaczy, że nie jest Pan nam winien tych pieniędzy. Każda wpłata by pomogła.
pushed-why =
    .apologise-stop = Dobra reakcja: przyznajesz się do błędu, przestajesz prosić o zapłatę i wstrzymujesz działania. Prośba o zapłatę, która już padła, nadal się liczy.
    .insist = Naruszenie krytyczne: druga prośba o zapłatę w czasie moratorium (SI 2020/1311), skierowana do klienta, który właśnie powiedział, że ledwo sobie radzi.

## Endings

end-call-hold = Dobrze. Dziękuję, że Pan to załatwił. Do widzenia.
end-hangup = Powiem o tym mojemu doradcy. (Rozłącza się.)
