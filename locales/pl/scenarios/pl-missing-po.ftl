title = Faktura za licencje wstrzymana: brak numeru zamówienia
briefing = Pracujesz w dziale należności firmy { $creditor }. Faktura FV/2026/10/0342 z 6 października dla firmy { $organisation } za roczne odnowienie 25 licencji oprogramowania CAD, na kwotę { $amount } brutto, miała termin płatności { $due } i jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Nikt jej nie reklamował, ale nie wpłynęła żadna płatność. Osoba kontaktowa: { $debtor } z działu rozrachunków, bezpośredni numer. Ustal, dlaczego faktura nie jest zapłacona, odróżnij błąd na fakturze od rzeczywistego sporu i zakończ rozmowę z terminem płatności. To należność między przedsiębiorcami: obowiązują przepisy o opóźnieniach w transakcjach handlowych (dyrektywa 2011/7/UE, ustawa z 8 marca 2013 r.) i dobre praktyki windykacyjne; roszczenia związane z działalnością gospodarczą przedawniają się po 3 latach (KC art. 118), więc czas nie gra tu roli.
product = roczne licencje oprogramowania CAD (25 stanowisk)

## Dział rozrachunków

opening = Wróbel, rozrachunki, słucham.
    .intro-verify = Dzień dobry, { $agent } z działu należności firmy { $creditor }. Czy rozmawiam z panem Tomaszem Wróblem, który zajmuje się fakturami od dostawców w firmie { $organisation }?
    .lead-with-penalties = Dzień dobry, { $agent }, { $creditor }. Państwa faktura na { $amount } jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Naliczamy odsetki ustawowe i rekompensatę za koszty odzyskiwania należności, więc proszę o pilną wpłatę.
    .vague = Dzień dobry, dzwonię w sprawie zaległej płatności. Kiedy możemy się spodziewać przelewu?
opening-v2 = Dział rozrachunków, Tomasz Wróbel, dzień dobry.
opening-why =
    .intro-verify = Dobrze: imię i nazwisko, dział i firma oraz upewnienie się, że to właściwa osoba, zanim padną szczegóły (dobra praktyka: poufność).
    .lead-with-penalties = Zaczynasz od odsetek i rekompensaty, zanim wiesz, dlaczego faktura nie jest zapłacona, i zanim ustalisz, z kim rozmawiasz. Odsetki ustawowe i ryczałtowa rekompensata to realne uprawnienia (dyrektywa 2011/7/UE; ustawa z 8 marca 2013 r.), ale jako pierwsze zdanie tylko stawiają klienta w pozycji obronnej.
    .vague = Za mało konkretów: rozrachunki obsługują setki faktur miesięcznie. Przedstaw się, upewnij się, że to właściwa osoba, i podaj numer faktury, kwotę i termin płatności.

which-invoice = Kto mówi i o jaką fakturę chodzi? Mamy kilkuset dostawców.
    .identify = Przepraszam, zacznę porządnie: { $agent }, dział należności firmy { $creditor }. Czy to pan zajmuje się fakturami od dostawców w firmie { $organisation }?
    .just-pay = O fakturę od { $creditor }. Proszę po prostu zapłacić.
which-invoice-why =
    .identify = Dobry restart: kim jesteś, skąd dzwonisz i czy to właściwa osoba.
    .just-pay = Rozrachunki płacą dokumenty, a nie nazwy firm. Bez numeru faktury nikt jej nie znajdzie, a ton też nie pomaga.

confirmed = Tak, to ja. W czym mogę pomóc?
    .invoice-details = Chodzi o fakturę FV/2026/10/0342 z 6 października za roczne odnowienie 25 licencji CAD: { $amount } brutto, termin płatności { $due }. Nie odnotowaliśmy jeszcze wpłaty. Czy może pan sprawdzić, na jakim jest etapie?
    .demand-today = Faktura FV/2026/10/0342, { $amount }, po terminie od { $due }. Potrzebuję zapłaty jeszcze dziś.
    .field-visit = Faktura FV/2026/10/0342, { $amount }. Jeśli do piątku nie będzie wpłaty, nasz windykator terenowy przyjedzie do Państwa siedziby i sporządzi spis majątku.
confirmed-why =
    .invoice-details = Wzorowa odpowiedź: dokładny numer faktury, czego dotyczy, kwota i termin płatności, a potem pytanie otwarte. Niech rozmówca sam znajdzie problem.
    .demand-today = Żądanie, zanim wiesz, dlaczego faktura nie jest zapłacona. Przyczynę i tak poznasz, tylko przy mniejszej życzliwości rozmówcy.
    .field-visit = Naruszenie krytyczne: windykator nie ma prawa niczego spisywać ani zajmować; egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego. Sugerowanie czegoś innego jest nieprawdą (art. 776 KPC). Wobec konsumenta UOKiK karze to jako praktykę naruszającą zbiorowe interesy konsumentów; między przedsiębiorcami ta ustawa nie ma zastosowania, ale to tak samo nieprawdziwe, a użyte jako groźba może być przestępstwem (art. 191 § 2 KK).

## Wstrzymanie w obiegu: błąd na fakturze

rejected = Zaraz sprawdzę… A, ta. Od 22 października stoi wstrzymana w obiegu: nie ma na niej numeru zamówienia, a w naszych warunkach zamówienia jest wyraźnie napisane, że faktura bez numeru zamówienia nie przejdzie akceptacji. Wysłaliśmy wtedy maila na Państwa adres do faktur.
    .apologise-ask-po = Przepraszam, ten mail najwyraźniej nie trafił u nas do właściwej osoby; to nasz błąd. Czyli nic na fakturze nie jest kwestionowane, brakuje tylko numeru zamówienia, dobrze rozumiem? Jeśli poda mi pan numer, jeszcze dziś wystawimy w KSeF fakturę korygującą z numerem zamówienia.
    .not-our-problem = (wchodzi w słowo) Numer zamówienia to Państwa wewnętrzna sprawa. Licencje zostały dostarczone, faktura jest ważna, proszę zapłacić.
    .compensation = Tak czy inaczej, za opóźnienie przysługują nam odsetki ustawowe i rekompensata za koszty odzyskiwania należności.
    .log-as-dispute = Rozumiem. W takim razie zarejestruję to jako spór i przekażę do naszego działu prawnego.
rejected-v2 = Momencik… Jest. Wstrzymana w akceptacji od 22 października, powód: brak numeru zamówienia. Zgodnie z naszymi warunkami zamówienia faktur bez niego nie akceptujemy. Informacja poszła na Państwa adres do faktur.
rejected-why =
    .apologise-ask-po = Wzorowa odpowiedź: bierzesz błąd na siebie, parafrazą potwierdzasz, że to błąd na fakturze, a nie spór, i naprawiasz go tego samego dnia. Od 2026 r. oznacza to fakturę korygującą w KSeF, a nie „poprawioną fakturę” wysłaną mailem.
    .not-our-problem = Przerywasz i nie masz racji: warunki zamówienia klienta wymagają numeru PO, więc w obecnej postaci faktury nie da się zapłacić. Brak numeru zamówienia to błąd na fakturze, który można poprawić jeszcze dziś.
    .compensation = Trudno uzasadnić rekompensatę za opóźnienie, które spowodowała twoja własna faktura, a wspominanie o niej przed usunięciem problemu tylko dalej blokuje płatność. Najpierw popraw fakturę (B2B-01).
    .log-as-dispute = Nikt niczego nie kwestionuje: to błąd na fakturze. Przekazanie go do kolejki sporów czy do prawników opóźni zapłatę o tygodnie. Popraw fakturę tego samego dnia.

dispute-mistake = Jaki spór? Nikt niczego nie kwestionuje. Potrzebuję tylko numeru zamówienia na fakturze.
    .ok-reissue = Ma pan rację, to moja pomyłka: to błąd na fakturze, a nie spór. Jeśli poda mi pan numer zamówienia, faktura korygująca wyjdzie w KSeF jeszcze dziś.
    .legal-anyway = U nas procedura jest taka, że faktury nieopłacone ponad 30 dni idą do działu prawnego, więc tam trafi.
dispute-mistake-why =
    .ok-reissue = Dobra korekta: nazywasz rzecz po imieniu i naprawiasz ją tego samego dnia.
    .legal-anyway = Kierowanie rutynowego błędu na fakturze do prawników, z sugestią sądu, psuje relację i opóźnia pieniądze (B2B-08).

po-found = Mam w systemie: zamówienie ZAM/IT/2026/0187, złożone przez panią Joannę Lis z działu IT. Proszę je umieścić na fakturze korygującej, w uwagach albo przy pozycji. Jak tylko będzie w KSeF, trafi do nas automatycznie.
    .read-back-approver = Powtórzę dla pewności: ZAM/IT/2026/0187, na fakturze korygującej w KSeF. A kiedy korekta trafi do obiegu, kto ją akceptuje i ile to zwykle trwa?
    .pay-old = Skoro numer jest, to może zapłaci pan pierwotną fakturę, a korektę doślemy później?
    .no-readback = Dobrze, wyślemy.
po-found-why =
    .read-back-approver = Wzorowa odpowiedź: powtarzasz numer zamówienia, a potem pytasz, kto akceptuje fakturę i ile to trwa: z tego wynika termin płatności.
    .pay-old = Pierwotna faktura stoi u niego wstrzymana w obiegu: bez numeru zamówienia nikt jej nie zaakceptuje, więc nie może jej zapłacić. Proszenie go o obejście własnych procedur kosztuje życzliwość i nic nie daje.
    .no-readback = Korekta wyjdzie, ale nie sprawdzasz danych ani nie pytasz, kto ją dalej akceptuje; literówka w numerze zamówienia oznacza, że korekta znów utknie w akceptacji.

po-missing = Hm, nie widzę w systemie zamówienia na te licencje. Może IT zamawiało bez PO? Musiałbym zapytać panią Joannę Lis z IT, a ona jest dziś na szkoleniu.
    .ask-requester = Nasz opiekun klienta ma kontakt do pani Lis z zamówienia. Poprosimy ją bezpośrednio o numer zamówienia, z panem w kopii, i wystawimy w KSeF fakturę korygującą, jak tylko go dostaniemy. Kto akceptuje fakturę, kiedy wróci do obiegu?
    .callback-tomorrow = Rozumiem. Czy mogę zadzwonić jutro o 10:00, kiedy już uda się panu zapytać panią Lis?
    .threaten-court = Brak zamówienia to Państwa problem. Jeśli do piątku nie będzie zapłaty, wystąpimy do sądu o nakaz zapłaty.
po-missing-why =
    .ask-requester = Wzorowa odpowiedź: bierzesz pracę na siebie, przez kontakt, który już masz, trzymasz go w kopii i pytasz o kolejny krok akceptacji.
    .callback-tomorrow = Do przyjęcia: ponowny kontakt w konkretnym terminie i o rozsądnej porze. Szybciej byłoby jednak samemu zdobyć numer zamówienia.
    .threaten-court = Nakaz zapłaty za fakturę, która nie spełnia warunków zamówienia klienta, to groźba, której raczej nie zrealizujesz, a relacja na tym traci (B2B-08).

cant-pay-old = Nie mogę. Ta faktura stoi wstrzymana w obiegu; bez numeru zamówienia nikt jej nie zaakceptuje. Potrzebna jest korekta.
    .ok-correction = Rozumiem, faktura korygująca wyjdzie w KSeF jeszcze dziś. Kto ją akceptuje, kiedy trafi do obiegu?
    .push = Przecież może pan to obejść dla dostawcy, który czeka od miesiąca.
cant-pay-old-why =
    .ok-correction = Dobrze: przyjmujesz jego procedurę i przechodzisz do następnego kroku, czyli akceptacji.
    .push = Rozrachunki nie obejdą własnych kontroli, a taka prośba mówi rozmówcy, że nie szanujesz jego pracy.

callback-set = Dobrze, jutro o dziesiątej. Do tego czasu zapytam panią Lis o zamówienie.
    .summarise-callback = Dziękuję. Czyli: jutro, 19 listopada, o 10:00 dzwonię po numer zamówienia od pani Lis, a faktura korygująca do FV/2026/10/0342 wychodzi w KSeF tego samego dnia. Dziękuję za pomoc, panie Tomaszu.
    .close-callback = Dobrze, do jutra.
callback-set-why =
    .summarise-callback = Dobre zakończenie: data, godzina, czego potrzebujesz i co stanie się potem.
    .close-callback = W porządku, ale jednozdaniowe podsumowanie sprawia, że jutro obie strony oczekują tego samego.

## Ponowna akceptacja i termin płatności

approval-time = Korekta wpadnie do obiegu automatycznie. Akceptuje ją kierownik IT, pan Adam Nowak; zwykle zajmuje mu to dwa, trzy dni. Przelewy puszczamy w czwartki.
    .agree-date = Czyli jeśli faktura korygująca dotrze do Państwa dziś, a pan Nowak zaakceptuje ją do poniedziałku, to czy cała kwota może pójść w przelewach w czwartek 26 listopada?
    .demand-tomorrow = Dwa, trzy dni to za długo. Potrzebuję przelewu jutro.
    .goodwill-discount = Skoro opóźnienie zaczęło się od naszej faktury, mogę zejść o 3 %, jeśli przelew pójdzie w czwartek 26 listopada. Czy to coś ułatwi?
    .misstate = Każdy dzień zwłoki to dla Państwa 0,5% kary umownej plus 200 euro opłaty windykacyjnej, więc lepiej, żeby to było jutro.
approval-time-why =
    .agree-date = Wzorowa odpowiedź: zamieniasz jego procedurę w konkretną datę (akceptacja do poniedziałku, cała faktura w przelewach w czwartek 26 listopada) i sprawdzasz ją z nim. Termin pasuje do jego dnia przelewów i możliwości płatniczych i mieści się w Twoich uprawnieniach.
    .demand-tomorrow = Rozmówca właśnie wyjaśnił, jak działa u niego akceptacja i że przelewy idą w czwartki; przelew jutro wypada poza jakimkolwiek dniem płatności, więc nie może się na to zgodzić.
    .goodwill-discount = Ustępstwo bez uprawnień: nic na fakturze nie jest kwestionowane, klient może zapłacić całość, a Twoje uprawnienia nie przewidują żadnego rabatu. O obniżce „na przeprosiny” za własny błąd na fakturze decyduje kierownik działu należności, nie Ty; błąd naprawia faktura korygująca.
    .misstate = Podajesz nieprawdziwe koszty: ta umowa nie przewiduje kary 0,5% dziennie, a ustawa daje odsetki ustawowe za opóźnienie w transakcjach handlowych oraz, przy fakturze tej wielkości (powyżej 5000 zł i poniżej 50 000 zł), ryczałtową rekompensatę 70 euro, a nie 200 euro (art. 10 ust. 1 ustawy z 8 marca 2013 r.; dyrektywa 2011/7/UE art. 6). Nigdy nie podawaj kosztów, których nie przewiduje ani ustawa, ani umowa.

one-payment = Nie ma potrzeby rozkładać tego na raty. Jak pan Nowak zaakceptuje korektę, zapłacimy jednym przelewem: { $counter-terms }.
    .take-counter = Tym lepiej, dziękuję. W takim razie całość jednym przelewem.
one-payment-why =
    .take-counter = Dobrze: klient ma środki i dzień przelewów, więc jeden przelew jest lepszy niż Twoje raty. Następnym razem zapytaj o dzień płatności i akceptację, zanim zaproponujesz harmonogram.

grudging-yes = Niech będzie: { $agreed }, skoro tak Państwu zależy. Ale mówię od razu: to zależy od pana Nowaka, a przelewy puszczamy tylko w czwartki.
    .realistic-date = Ma pan rację, ustalmy coś realnego: cała faktura w przelewach w czwartek 26 listopada, po akceptacji korekty przez pana Nowaka?
    .hold-to-it = Dobrze, trzymam pana za słowo. Potwierdzę to dziś mailem.
grudging-yes-why =
    .realistic-date = Dobrze naprawione: „tak” rzucone, żeby zakończyć rozmowę, to nie deklaracja spłaty. Zastąp je terminem, na który jego przelewy naprawdę zdążą.
    .hold-to-it = Zgodził się, żeby mieć Cię z głowy: przed akceptacją i poza czwartkowymi przelewami nic nie wyjdzie, więc ta deklaracja się nie utrzyma, a w zapisie zostanie jako niedotrzymana.

too-soon = To nie wchodzi w grę: { $terms }. Przelewy puszczamy w czwartki i nic nie wyjdzie, zanim pan Nowak nie zaakceptuje korekty, więc najwcześniej w czwartek 26 listopada.
    .accept-run = Oczywiście. Czyli cała faktura w przelewach w czwartek 26 listopada, po akceptacji pana Nowaka?
    .push = Może jednak zrobi pan wyjątek dla dostawcy, który czeka od miesiąca.
too-soon-why =
    .accept-run = Dobrze naprawione: termin wynika z jego dnia przelewów, a nie z Twoich oczekiwań.
    .push = Rozrachunki nie zapłacą poza dniem przelewów i przed akceptacją, a taka prośba mówi rozmówcy, że nie szanujesz jego pracy.

date-hedged = Nie mogę nic obiecać za pana Nowaka. Jeśli zaakceptuje, to tak: { $agreed }, ale gwarancji nie dam.
    .calm-compensation = Rozumiem, to nie pana decyzja. Tylko dla jasności: przy opóźnieniach w płatnościach między firmami ustawa przewiduje odsetki ustawowe, a przy fakturze tej wielkości ryczałtową rekompensatę 70 euro. Nie chcemy do tego dochodzić, tym bardziej że opóźnienie zaczęło się od naszej faktury. Czy możemy więc trzymać się tego terminu, pod warunkiem akceptacji pana Nowaka?
    .callback-tuesday = Rozumiem, to nie pana decyzja. Jeszcze dziś potwierdzę mailem to, co ustaliliśmy. Czy mogę zadzwonić we wtorek 24 listopada o 10:00 i sprawdzić, czy akceptacja przeszła?
    .waive-interest = Zróbmy tak: jeśli przelew pójdzie zgodnie z ustaleniami, dopilnuję, żebyśmy od tej faktury nigdy nie naliczyli ani odsetek, ani rekompensaty.
    .threaten-court = Jeśli nie może pan nic obiecać, przekażemy sprawę prawnikom.
date-hedged-why =
    .calm-compensation = Dopuszczalne użycie przepisów: poprawnie (odsetki ustawowe; 70 euro przy fakturze od 5000 do 50 000 zł, art. 10 ust. 1 ustawy z 8 marca 2013 r.), spokojnie, po poprawieniu faktury, z uczciwym przyznaniem, że opóźnienie zaczęło się po Twojej stronie, i w połączeniu z uzgodnionym terminem.
    .callback-tuesday = Rozsądne wyjście awaryjne w normalnych godzinach, z potwierdzeniem warunków na piśmie. Powtórzenie warunków teraz dałoby pewność, że obie strony zapisały to samo.
    .waive-interest = Obietnica bez pokrycia i ustępstwo bez uprawnień: odsetki ustawowe i rekompensata za koszty odzyskiwania należności to uprawnienia wierzyciela (ustawa z 8 marca 2013 r.; dyrektywa 2011/7/UE), a o rezygnacji z nich decyduje wierzyciel, nie Ty przez telefon.
    .threaten-court = Groźba przy fakturze, którą zatrzymał Twój własny błąd: psuje relację i raczej nie zostanie zrealizowana (B2B-08).

date-agreed = Dobrze: { $agreed }. Jeśli korekta przyjdzie dziś, to realne. Zapisuję sobie.
    .summarise-close = Dziękuję. Powtórzę ustalenia: dziś wystawiamy w KSeF fakturę korygującą z numerem zamówienia ZAM/IT/2026/0187; pan Nowak akceptuje ją do poniedziałku; płatność idzie dokładnie tak, jak pan zapisał, przelewem na rachunek podany na fakturze. Kwotę i termin potwierdzę jeszcze dziś mailem. Dziękuję za pomoc, panie Tomaszu.
    .close-no-recap = Świetnie, dziękuję. Do widzenia.
    .court-warning = Dobrze. A jeśli przelew spóźni się choć o dzień, sprawa idzie do sądu.
date-agreed-v2 = Dobra, zanotowałem: { $agreed }, o ile korekta dojdzie dziś.
date-agreed-why =
    .summarise-close = Wzorowe zakończenie: każdy krok, osoba i data powtórzone, sposób płatności, warunki potwierdzone na piśmie i podziękowanie.
    .close-no-recap = Warunki są, ale ich nie powtarzasz ani nie potwierdzasz na piśmie: porozumienie nie jest udokumentowane, a szczegóły się rozmywają.
    .court-warning = Porozumienie już było; groźba na pożegnanie niczego nie dodaje, a psuje relację (B2B-08).

## Gdy rozmowa idzie źle

defensive = Przepraszam bardzo, ale w sprawie tej faktury pisaliśmy do Państwa trzy tygodnie temu. To nie my tu zawiniliśmy i nie będę rozmawiał w takim tonie.
    .apologise-reset = Ma pan rację, przepraszam, to źle zabrzmiało. Zacznijmy od tego, co widzi pan w systemie: dlaczego faktura nie jest zapłacona?
    .escalate-own = Rozumiem. Przekażę sprawę naszemu opiekunowi klienta.
    .threaten-clients = To Państwa klienci się dowiedzą, że { $organisation } nie płaci dostawcom.
    .insult = Może gdyby Państwa dział czytał maile, w ogóle nie musielibyśmy rozmawiać.
defensive-v2 = Chwileczkę. Nie podoba mi się ten ton. Jeśli mam coś zrobić, proszę normalnie powiedzieć, o co chodzi.
defensive-why =
    .apologise-reset = Dobrze naprawione: przeprosiny, a potem pytanie otwarte o to, co widzi w systemie.
    .escalate-own = Dopuszczalne wyjście, gdy rozmówca nie chce współpracować, ale tu rozmowę popsuł twój własny ton; przeprosiny zwykle działają lepiej.
    .threaten-clients = Naruszenie krytyczne: groźba zniszczenia reputacji firmy u jej klientów, by wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2).
    .insult = Obrażanie pracowników klienta łamie zasadę każdej karty oceny jakości rozmów windykacyjnych, że rozmowa ma pozostać uprzejma, i kończy rozmowę.

rejected-again = Jeszcze raz: faktura nie ma numeru zamówienia, więc stoi w akceptacji. Z korektą z numerem przejdzie.
    .reissue-today = Rozumiem i przepraszam. Jeśli poda mi pan numer zamówienia, faktura korygująca wyjdzie w KSeF jeszcze dziś.
    .your-problem = (wchodzi w słowo) Państwa zasady z numerami zamówień to nie nasz problem. Proszę po prostu zapłacić.
rejected-again-why =
    .reissue-today = Dobrze: poprawiasz błąd na fakturze tego samego dnia.
    .your-problem = Rozmówca już dwa razy powiedział, co jest nie tak. Przerywanie i odmowa poprawienia faktury kończą rozmowę.

## Zakończenia

end-promise = Dobrze, zapisane. Do widzenia.
end-promise-v2 = W porządku. Proszę wystawić korektę, resztą się zajmiemy. Do widzenia.
end-callback = Dobrze, jesteśmy w kontakcie. Do usłyszenia.
end-escalated = Jak Państwo uważają. Do widzenia.
end-hangup = Na tym zakończymy tę rozmowę. Do widzenia. (Rozłącza się.)
end-hangup-v2 = Nie będę tego słuchał. (Rozłącza się.)
