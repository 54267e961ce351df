title = Dłużnik ma pełnomocnika
briefing = Pracujesz w Apex Recovery, zewnętrznej firmie windykacyjnej w USA, więc obowiązują FDCPA i Regulation F. Dłużnik: { $debtor }. Dzwonisz w imieniu { $creditor } w sprawie zadłużenia na karcie kredytowej w kwocie { $amount }; termin płatności minął { $due }, zaległość trwa { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. U dłużnika w Chicago (Illinois) jest 9:05. Zanim zadzwonisz, przeczytaj akta konta i zdecyduj, co robisz. Jeśli dzwonisz, zweryfikuj rozmówcę i powiedz, że dzwoni windykator. Jeśli powie, że w sprawie tego długu reprezentuje go adwokat, od tej chwili możesz kontaktować się wyłącznie z pełnomocnikiem: zapisz imię, nazwisko i dane kontaktowe adwokatki, potwierdź dalsze kroki i zakończ rozmowę bez omawiania długu. Tutaj właściwym wynikiem jest przekazanie sprawy pełnomocnikowi, a nie wpłata. W sprawie tego konta nikt nie zdecydował o pozwie: każda groźba sądem byłaby groźbą kroku, którego nikt nie zamierza podjąć (15 U.S.C. § 1692e(5)).
product = karta kredytowa
speaker-desk = Przed telefonem

## The account's history

history-h1 = Wysłano panu Hollisowi do Chicago zawiadomienie o długu (validation notice): karta kredytowa { $creditor }, saldo { $amount }.
history-h2 = Rozmowa z panem Hollisem. Mówi, że „chodzi do prawnika w sprawie wszystkich swoich długów”; nie podał nazwiska ani kancelarii i nie powiedział, czy prawnik reprezentuje go w sprawie tej karty. Prosił, żeby zadzwonić za kilka tygodni.
history-h3 = Telefon na numer domowy: brak odpowiedzi.

## Before you dial

desk = Konto jest otwarte: środa, 9:05 w Chicago. Nie wpłynęło żadne pismo od adwokata. Co robisz?
    .call-now = Dzwonię do pana Hollisa, tak jak prosił. Jeśli powie, że w sprawie tego długu reprezentuje go adwokat, zapisuję jej dane i od tej chwili kontaktuję się tylko z nią.
    .treat-represented = Nie dzwonię. 29 października wspomniał o prawniku: oznaczam konto „dłużnik z pełnomocnikiem” i przestaję się z nim kontaktować.
    .write-ask = Nie dzwonię. Najpierw piszę do niego z prośbą o imię, nazwisko i adres adwokata.
desk-why =
    .call-now = Dobrze: zakaz kontaktu z dłużnikiem obowiązuje od chwili, gdy wiesz, że w sprawie tego długu reprezentuje go adwokat, i znasz albo możesz łatwo ustalić jego nazwisko i adres (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). „Chodzę do prawnika w sprawie wszystkich długów”, bez nazwiska i kancelarii, nie daje ani jednego, ani drugiego, a dłużnik sam prosił o ten telefon. Bądź gotów zadać to pytanie i przerwać, gdy tylko na nie odpowie.
    .treat-represented = To nie naruszenie (niedzwonienie nigdy nim nie jest), ale błędne odczytanie przepisu: zakaz zaczyna działać, gdy wiesz o pełnomocnictwie w sprawie tego długu i możesz ustalić adwokata (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Bez nazwiska i adresu nie ma z kim się kontaktować, sprawa stoi, a dłużnik nie dostaje telefonu, o który prosił.
    .write-ask = Zgodne z prawem i ostrożne: list z pytaniem, z kim rozmawiać, to rozsądny krok, gdy konsument wspomina o prawniku. Ale prosił o telefon za kilka tygodni, a krótka rozmowa pozwala zapytać wprost i od razu przerwać, jeśli ma pełnomocnika. Wolniej, ale nie błędnie.

end-not-called = (Nie dzwonisz. Konto zostaje oznaczone „dłużnik z pełnomocnikiem”, bez nazwiska adwokata, i wypada z kolejki.)
end-letter = (Nie dzwonisz. Do pana Hollisa idzie pismo z prośbą o imię, nazwisko i adres adwokata, który reprezentuje go w sprawie tego konta.)

## Początek rozmowy

opening = Halo?
    .ask-for-greg = Dzień dobry, mówi { $agent } z firmy Apex Recovery. Czy mogę rozmawiać z panem Gregorym Hollisem?
    .blurt-debt = Dzień dobry, dzwonię w sprawie zaległości na karcie kredytowej { $creditor } pana Gregory'ego Hollisa. Czy jest w domu?
    .legal-office = Dzień dobry, mówi { $agent } z kancelarii prawnej prowadzącej sprawy { $creditor }. Muszę rozmawiać z panem Gregorym Hollisem.
opening-v2 = Dom państwa Hollisów, słucham.
opening-why =
    .ask-for-greg = Dobrze: najpierw imię i nazwa firmy (15 USC 1692d(6)), potem prośba o rozmowę z dłużnikiem, bez mówienia, w jakiej sprawie dzwonisz.
    .blurt-debt = Naruszenie krytyczne: mówisz o zaległości na karcie osobie, która odebrała, zanim wiesz, kto to jest (15 USC 1692c(b)), i w ogóle się nie przedstawiasz. Przedstaw się, poproś o dłużnika, zweryfikuj go i dopiero wtedy rozmawiaj o koncie.
    .legal-office = Naruszenie krytyczne: Apex Recovery to firma windykacyjna, a nie kancelaria prawna. Sugerowanie, że dzwoni prawnik, to wprowadzanie w błąd (15 USC 1692e(3); 12 CFR 1006.18(b)). Przedstaw się po prostu imieniem i nazwą firmy.

opening-silence = Halo? Jest tam ktoś?
    .apologise-intro = Przepraszam, na chwilę ucichło połączenie. Mówi { $agent } z Apex Recovery. Czy mogę rozmawiać z panem Gregorym Hollisem?
    .ask-if-greg = Tak, dzień dobry. Czy to pan Gregory Hollis?
opening-silence-why =
    .apologise-intro = Dobrze wybrnięte: krótkie przeprosiny, potem imię i nazwa firmy (15 USC 1692d(6)).
    .ask-if-greg = Nadal się nie przedstawiasz (15 USC 1692d(6)). Przeproś za ciszę i najpierw podaj imię i nazwę firmy.

greg-speaking = Greg Hollis, słucham. W czym mogę pomóc?
    .verify-dob = Dziękuję, panie Hollis. Zanim przejdę dalej, dla ochrony pana danych: czy może pan podać datę urodzenia i kod pocztowy przypisany do konta?
    .straight-to-debt = Chodzi o pana kartę kredytową w { $creditor }. Zaległość wynosi { $amount }. Jak zamierza pan to uregulować?
greg-speaking-v2 = Przy telefonie. Kto mówi?
greg-speaking-why =
    .verify-dob = Dokładnie tak: dane, które już masz w systemie, potwierdzają tożsamość rozmówcy, zanim wspomnisz o koncie (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim ustalisz, kto jest po drugiej stronie (15 USC 1692c(b)). Najpierw weryfikacja, a potem fakty, nie żądanie.

verified = Dziewiąty marca 1971. 60614. W jakiej sprawie?
    .mm-calm = Dziękuję, panie Hollis. Dzwonię z Apex Recovery, firmy windykacyjnej. Celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Chodzi o pana kartę kredytową w { $creditor }: od { $due } zaległość wynosi { $amount }.
    .no-mm = Dziękuję. Chodzi o pana kartę kredytową w { $creditor }: od { $due } zaległość wynosi { $amount }.
    .mm-demand = Dziękuję. Apex Recovery to firma windykacyjna; celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Zaległość na pana karcie w { $creditor } wynosi { $amount } i potrzebuję jeszcze dziś ustalić sposób spłaty.
verified-v2 = 9.03.1971, kod 60614. Słucham.
verified-why =
    .mm-calm = Wzorowa odpowiedź: pełna formuła Mini-Miranda zaraz po weryfikacji, potem spokojnie fakty. To kolejny kontakt (zawiadomienie o długu w sierpniu, rozmowa 29 października), więc prawo wymaga tylko informacji, że dzwoni windykator (12 CFR 1006.18(e)(2)); pełna formuła to obejmuje.
    .no-mm = Naruszenie krytyczne: ani słowa o tym, że dzwoni windykator. To nie jest pierwszy kontakt, więc pełna formuła Mini-Miranda nie jest wymagana, ale każdy kolejny kontakt musi zawierać informację, że pochodzi od windykatora (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-demand = Formuła poprawna, ale żądanie ustaleń jeszcze dziś, zanim rozmówca w ogóle coś powiedział, to presja.

## „Proszę rozmawiać z moją adwokatką”

attorney-claim = Chwileczkę, muszę tu przerwać. Wszystkimi moimi długami zajmuje się teraz adwokatka, tą kartą też. Nazywa się Denise Park. Powiedziała, żebym nie rozmawiał z windykatorami, więc proszę się kontaktować z nią.
    .ask-details = Dziękuję za tę informację, panie Hollis. Czy może mi pan podać numer telefonu pani mecenas Park albo nazwę jej kancelarii? Od teraz w sprawie tego konta będziemy kontaktować się z nią, a nie z panem.
    .check-scope = Dziękuję, że mi pan o tym mówi. Żeby dobrze to zapisać: czy pani mecenas Park reprezentuje pana właśnie w sprawie tego konta w { $creditor }?
    .disparage = Szczerze mówiąc, prawnicy tylko wyciągają pieniądze. Zaoszczędzi pan sporo, jeśli załatwi to pan bezpośrednio ze mną.
    .quick-plan = Jasne, ale skoro już rozmawiamy, możemy dziś ustalić plan spłaty i oszczędzić wszystkim czasu.
attorney-claim-v2 = Zanim pójdziemy dalej: mam teraz prawnika. Denise Park. Prowadzi wszystkie moje długi, łącznie z tą kartą, i kazała odsyłać do niej każdego, kto dzwoni.
attorney-claim-why =
    .ask-details = Wzorowa odpowiedź: gdy wiesz, że w sprawie tego długu rozmówcę reprezentuje pełnomocnik, zapisujesz dane adwokatki i mówisz, że od teraz kontaktujecie się z nią (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .check-scope = Dobrze: przepis dotyczy reprezentacji w sprawie tego konkretnego długu, więc krótkie pytanie, które to potwierdza, jest rozsądne. Nie pytasz o sam dług. Następny krok: dane pełnomocnika.
    .disparage = Naruszenie krytyczne: oczernianie adwokatki po to, żeby rozmówca załatwiał sprawę z tobą, to kontakt w sprawie długu z konsumentem, który ma pełnomocnika (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)), a do tego brak profesjonalizmu. Zapisz dane pełnomocnika i zakończ rozmowę.
    .quick-plan = W dobrej wierze, ale to naruszenie krytyczne: propozycja planu spłaty to nadal rozmowa o długu z konsumentem, o którym wiesz, że ma pełnomocnika (15 USC 1692c(a)(2)). Każdą propozycję złóż przez panią mecenas Park.

scope-answer = Tak. Tę kartę, kredyt na samochód, wszystko. Negocjuje ugodę ze wszystkimi.
    .ask-details = Rozumiem. W takim razie będziemy się kontaktować wyłącznie z panią mecenas Park. Czy może mi pan podać jej numer telefonu albo nazwę kancelarii?
    .ask-deal = Rozumiem. A jaką ugodę planuje zaproponować w sprawie tej karty?
scope-answer-why =
    .ask-details = Prawidłowo: reprezentacja obejmuje ten dług, więc prosisz o dane pełnomocnika i mówisz, że będziecie kontaktować się tylko z nim (15 USC 1692c(a)(2)).
    .ask-deal = Naruszenie krytyczne: pytanie konsumenta, który ma pełnomocnika, o ugodę przygotowywaną przez jego adwokatkę to rozmowa z nim o długu (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Zapytaj panią mecenas Park, nie jego.

details-given = Jasne. Denise Park, kancelaria Park & Alvarez, przy LaSalle Street. Numer: 312-555-0187.
    .read-back = Powtórzę dla pewności: Denise Park, Park & Alvarez, 312-555-0187. Od teraz w sprawie tego konta kontaktujemy się z panią mecenas Park. Dziękuję, panie Hollis.
    .read-back-pitch = Zapisane: Park & Alvarez, 312-555-0187. Zanim się pożegnamy: jeśli chce pan zaoszczędzić na honorarium, możemy to załatwić między nami.
details-given-v2 = Park & Alvarez. Denise Park. 312-555-0187, biuro ma przy LaSalle.
details-given-why =
    .read-back = Wzorowa odpowiedź: powtarzasz dane, mówisz, co dalej, i dziękujesz. Ani słowa o długu.
    .read-back-pitch = Naruszenie krytyczne: masz już numer pełnomocnika, a mimo to proponujesz rozmówcy ugodę bezpośrednio z tobą (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Gdy masz dane, zakończ rozmowę.

no-number = Nie mam przy sobie jej numeru. Park-coś tam, w centrum. Proszę sobie wyszukać.
    .ask-minimal = Nie ma problemu. Czy może pan podać nazwę kancelarii, tak jak pan ją pamięta, i mniej więcej, gdzie się mieści? Więcej nie potrzebuję, numer znajdziemy sami.
    .then-you-pay = Bez jej numeru muszę nadal rozmawiać z panem, więc wracając do zaległości…
    .evening-callback = Czy mogę zadzwonić dziś wieczorem o 18:00, żeby zapisać jej numer?
no-number-why =
    .ask-minimal = Dobrze: pytasz tylko o to, czego potrzebujesz, żeby samodzielnie dotrzeć do pełnomocnika. Gdy znasz nazwisko adwokatki i nazwę kancelarii, łatwo ją znaleźć, więc przepis ma zastosowanie (15 USC 1692c(a)(2)).
    .then-you-pay = Naruszenie krytyczne: znasz nazwisko pełnomocnika, a kancelarię łatwo znaleźć, więc nie wolno ci dalej rozmawiać z dłużnikiem (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Zapytaj o nazwę kancelarii i znajdź numer samodzielnie.
    .evening-callback = Lepiej tego unikać: gdy wiesz, że rozmówca ma pełnomocnika, każdy kolejny telefon do niego grozi naruszeniem 15 USC 1692c(a)(2), a niczego więcej od niego nie potrzebujesz. Znając nazwisko i kancelarię, znajdziesz numer samodzielnie; zapytaj o nie.

partial-details = Chyba Park and Alvarez. Denise Park. Przy LaSalle, w Loopie.
    .read-back-firm = Dziękuję: Denise Park, Park and Alvarez, LaSalle Street w Loopie. Numer kancelarii znajdziemy sami i od teraz w sprawie tego konta będziemy się kontaktować z panią mecenas Park. Dziękuję, panie Hollis.
    .insist-number = Naprawdę potrzebuję numeru telefonu. Może pan sprawdzić w komórce?
partial-details-why =
    .read-back-firm = Wzorowa odpowiedź: powtarzasz to, co słyszysz, mówisz, co dalej, i dziękujesz. Nazwa kancelarii wystarczy, żeby ją znaleźć.
    .insist-number = To nie naruszenie, ale niepotrzebne: znając nazwisko i kancelarię, znajdziesz numer samodzielnie. Nie zatrzymuj przy telefonie konsumenta, który ma pełnomocnika, dłużej, niż to konieczne.

off-the-record = Ale tak między nami… Ile najmniej przyjęlibyście za tę kartę? Nie będę nikogo łapał za słowo. Przekażę Denise.
    .refer-offer = Rozumiem, że chciałby pan to wiedzieć. Każda propozycja trafi do pani mecenas Park, żeby mogła ją z panem omówić; od tego właśnie jest. Skontaktujemy się z nią w tym tygodniu. Dziękuję, panie Hollis.
    .quote-settlement = Nieoficjalnie? Pewnie przyjęlibyśmy około 60%, jakieś 3500 dolarów, jeśli wpłynie w tym miesiącu.
    .fish-for-info = To zależy. Jaka jest pana sytuacja? Pracuje pan teraz? Ma pan jakieś oszczędności?
off-the-record-v2 = Jeszcze jedno, zanim się rozłączymy. Nieoficjalnie: na jaką ugodę moglibyście pójść? Tak mniej więcej.
off-the-record-why =
    .refer-offer = Wzorowa odpowiedź: rozmówca nie wycofał pełnomocnictwa, więc kwota podana „nieoficjalnie” to nadal rozmowa o długu z konsumentem, który ma pełnomocnika. Uprzejmie odsyłasz sprawę do adwokatki i kończysz (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .quote-settlement = Naruszenie krytyczne: podanie kwoty ugody konsumentowi, o którym wiesz, że ma pełnomocnika, to rozmowa z nim o długu, bez względu na to, kto zaczął (15 USC 1692c(a)(2)). Każdą propozycję składaj przez panią mecenas Park. Do tego 40% rabatu wykracza poza twoje uprawnienia, które bez zgody przełożonego nie przewidują żadnego rabatu.
    .fish-for-info = Naruszenie krytyczne: pytania o pracę i oszczędności to pytania windykacyjne, zadane konsumentowi, o którym wiesz, że ma pełnomocnika (15 USC 1692c(a)(2)). Jeśli w ogóle, zadaj je pełnomocnikowi.

plan-bypass = Hm. A mógłbym to rozłożyć na raty?
    .set-up-plan = Oczywiście. Ustalmy sześć rat miesięcznych od pierwszego. Wyślę panu dokumenty.
    .stop-refer = Właściwie nie powinniśmy o tym rozmawiać, skoro reprezentuje pana pani mecenas Park, i przepraszam, że w ogóle padł ten temat. Czy może mi pan podać jej numer? Każda propozycja pójdzie przez nią.
plan-bypass-why =
    .set-up-plan = Naruszenie krytyczne: ustalasz plan spłaty bezpośrednio z konsumentem, o którym wiesz, że ma pełnomocnika (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Taki plan może w dodatku nie pasować do tego, co adwokatka negocjuje ze wszystkimi wierzycielami.
    .stop-refer = Dobrze naprawione: przerywasz, mówisz dlaczego i kierujesz wszystko przez pełnomocnika. Wcześniejszy błąd i tak liczy się jako naruszenie.

no-more-calls = Czyli to wszystko? Będziecie dzwonić do niej, nie do mnie?
    .confirm-yes = Zgadza się. Od teraz w sprawie tego konta kontaktujemy się z panią mecenas Park, nie z panem, chyba że nie odpowie nam w rozsądnym terminie albo sama postanowi inaczej. Jeszcze raz dziękuję i miłego dnia.
    .vague-maybe = Raczej tak. Zależy, czy uda nam się ją złapać.
    .last-demand = Tak, ale zaległość i tak trzeba spłacić, więc proszę jej przekazać, że chcemy 500 dolarów do piątku.
no-more-calls-why =
    .confirm-yes = Wzorowe zakończenie: potwierdzasz dalsze kroki i uczciwie wspominasz jedyne wyjątki, na które pozwala przepis (15 USC 1692c(a)(2)).
    .vague-maybe = To nie naruszenie, ale mglista odpowiedź zostawia rozmówcę w niepewności, czy telefony ustaną. Powiedz jasno, że będziecie się kontaktować z jego pełnomocnikiem.
    .last-demand = Naruszenie krytyczne: przekazywanie przez niego żądania zapłaty to nadal rozmowa o długu z konsumentem, który ma pełnomocnika (15 USC 1692c(a)(2)). Przedstaw to bezpośrednio pani mecenas Park.

lawyer-defended = Słucham? Przecież mówiłem, że mam prawnika. Wolno wam w ogóle tak ze mną rozmawiać?
    .apologise-back = Ma pan rację, panie Hollis, przepraszam. To było niepotrzebne. Czy może mi pan podać nazwę kancelarii pani mecenas Park, żebyśmy mogli kontaktować się bezpośrednio z nią?
    .double-down = Proszę pana, zaległość nadal istnieje, z prawnikiem czy bez. Jak pan ją spłaci?
    .sue-threat = Prawnik czy nie, jeśli to nie zostanie spłacone, bank pana pozwie.
lawyer-defended-why =
    .apologise-back = Dobrze naprawione: przyznajesz się do błędu, przepraszasz i wracasz do danych pełnomocnika. Wcześniejsze naruszenie i tak się liczy.
    .double-down = Naruszenie krytyczne: dalej naciskasz na konsumenta, o którym wiesz, że ma pełnomocnika (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Zapisz dane pełnomocnika i zakończ rozmowę.
    .sue-threat = Naruszenie krytyczne: grozisz pozwem, o którym nikt nie zdecydował (15 USC 1692e(5)), i to konsumentowi, z którym nie wolno ci już rozmawiać o długu (15 USC 1692c(a)(2)).

## Zakończenia

end-attorney = Dobrze. Dziękuję, że wszystko jasno ustaliliśmy. Do widzenia.
end-attorney-v2 = W porządku. Będzie na państwa czekać. Do widzenia.
end-attorney-late = No dobrze. Park & Alvarez, 312-555-0187. Do widzenia.
end-callback = Niech będzie. O osiemnastej. Do widzenia.
end-plan-bypass = No dobrze… Proszę przysłać. Chyba powinienem był najpierw zapytać Denise.
end-hangup = Mam tego dość. Proszę dzwonić do mojej adwokatki. (Rozłącza się.)
end-hangup-v2 = Skończyliśmy. (Połączenie zostaje przerwane.)
