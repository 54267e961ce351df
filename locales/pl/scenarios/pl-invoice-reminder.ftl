title = Telefon przypominający: faktura za IT kilka dni po terminie
briefing = Pracujesz w dziale należności firmy { $creditor }. Faktura FV/2026/10/0342 dla firmy { $organisation } za październikową opiekę serwisową systemu ERP, na kwotę { $amount } brutto, została wystawiona w KSeF 16 października z terminem płatności { $due }; jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, a poniedziałkowe przypomnienie e-mailowe zostało bez odpowiedzi. Osoba kontaktowa w dziale rozrachunków: { $debtor }. To należność między przedsiębiorcami: przepisy o windykacji konsumenckiej nie mają tu zastosowania, ale obowiązują ustawa z 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych (dyrektywa 2011/7/UE) i dobre praktyki windykacyjne. Ustal, na jakim etapie jest faktura, i zakończ rozmowę z nazwiskiem osoby akceptującej oraz terminem płatności, który ich przelewy rzeczywiście mogą zrealizować.
product = opieka serwisowa systemu ERP (październik 2026)

history-invoice-ksef = Wystawiono w KSeF fakturę FV/2026/10/0342 (14 760,00 zł brutto, termin 21 dni); wizualizację PDF wysłano e-mailem na adres do faktur klienta.
history-reminder-email = Wysłano e-mailem przypomnienie do działu rozrachunków: faktura FV/2026/10/0342 przeterminowana od 6 listopada, prośba o potwierdzenie terminu płatności.

## Początek rozmowy

opening = Księgowość, Agnieszka Wójcik, słucham.
    .intro-check = Dzień dobry, { $agent } z działu należności firmy { $creditor }. Czy dobrze trafiam, że to Pani zajmuje się płatnościami dla dostawców w firmie { $organisation }?
    .lead-with-penalties = Tu { $creditor }. Państwa faktura na { $amount } jest przeterminowana. Doliczamy odsetki ustawowe i rekompensatę, a jeśli w tym tygodniu nie będzie zapłaty, idziemy do sądu.
opening-v2 = Dzień dobry, rozrachunki, Wójcik.
opening-why =
    .intro-check = Tak trzeba: kim jesteś, i upewnienie się, że rozmawiasz z osobą od płatności dla dostawców, zanim powiesz cokolwiek o fakturze (dobra praktyka: poufność).
    .lead-with-penalties = Kary i sąd, zanim rozmówczyni powie słowo i zanim wiesz, że to właściwa osoba. Odsetki i rekompensata to realne uprawnienia (ustawa z 8 marca 2013 r.), ale nie powitanie; a groźba sądem sześć dni po terminie to nie zamierzony kolejny krok, tylko nacisk.

confirmed = Tak, to ja. W jakiej sprawie?
    .invoice-details = W sprawie naszej faktury FV/2026/10/0342 z 16 października, za październikową opiekę serwisową ERP, na { $amount }, z terminem płatności { $due }. Nie widzę wpłaty, więc chcę to z Panią sprawdzić: czy widzi ją Pani w systemie?
    .demand-today = Państwa faktura jest przeterminowana i potrzebujemy pieniędzy dzisiaj.
confirmed-why =
    .invoice-details = Wzorowa odpowiedź: numer, data, kwota i termin oraz otwarte pytanie. Dział rozrachunków obsługuje setki faktur; ułatw jej znalezienie tej jednej.
    .demand-today = Żądanie, zanim wiesz, czy faktura w ogóle trafiła do akceptacji. Najpierw zapytaj, co widzi w systemie.

checking = Sprawdzam… Tak, przyszła przez KSeF szesnastego i jest zaksięgowana. Czeka na akceptację: faktury za IT zatwierdza nasz dyrektor finansowy, a on ma ostatnio dużo na głowie. Przelewy puszczamy w czwartki.
    .ask-approver = Dziękuję, to pomaga. Kto jest dyrektorem finansowym, żebyśmy mieli właściwe nazwisko, i kiedy zwykle zatwierdza faktury? W który czwartkowy przelew ta faktura może wejść?
    .approve-yourself = A nie może Pani sama jej puścić? I tak jest już po terminie.
checking-why =
    .ask-approver = Wzorowa odpowiedź: nazwisko osoby akceptującej i dzień przelewów zamieniają „czeka na akceptację” w konkretną datę.
    .approve-yourself = Właśnie powiedziała, że nie może: wydatki na IT zatwierdza dyrektor finansowy. Zapytaj, kto to jest i kiedy zatwierdza.

approver-named = To Tomasz Lis. Zatwierdza w poniedziałki, więc jeśli zaakceptuje ją w ten poniedziałek, pójdzie w czwartkowym przelewie dziewiętnastego. Ale bez jego akceptacji nic nie wychodzi.
    .agree-run = Wszystko jasne, dziękuję. Czyli jeśli pan Lis zaakceptuje fakturę w poniedziałek, czy cała kwota może pójść w czwartkowym przelewie 19 listopada?
    .tomorrow = A nie dałoby się jej puścić jutro?
    .no-rush = Nic się nie pali: jeśli jest ciasno, proszę spokojnie zapłacić w przelewie 10 grudnia.
approver-named-why =
    .agree-run = Wzorowa odpowiedź: jej procedura zamienia się w konkretną datę (akceptacja w poniedziałek, cała faktura w przelewie 19 listopada), uzgodnioną z nią i mieszczącą się w Twoim pełnomocnictwie.
    .tomorrow = Jutro jest piątek, a przelewy idą w czwartki, po akceptacji: żaden przelew tego nie zrealizuje. „Tak” na taką datę to obietnica, która się nie spełni.
    .no-rush = Nieuprawnione ustępstwo: prawie cztery tygodnie więcej dla klienta, którego przelew może pójść 19-go. Pełnomocnictwo pozwala na 14 dni od dziś; więcej wymaga zgody kierownika ds. kredytu kupieckiego.

one-payment = Nie trzeba tego dzielić. Jak pan Lis zatwierdzi, pójdzie jednym przelewem: { $counter-terms }.
    .take-counter = Tym lepiej, dziękuję: cała faktura jednym przelewem.
one-payment-why =
    .take-counter = Dobrze: jedna płatność w ich terminie przelewów jest lepsza niż raty za jedną fakturę.

grudging-yes = Dobrze: { $agreed }, skoro Państwo nalegają. Ale od razu mówię, nic nie wyjdzie, zanim pan Lis tego nie zatwierdzi.
    .realistic-date = Ma Pani rację, bądźmy realistami: cała faktura w czwartkowym przelewie 19 listopada, po akceptacji pana Lisa?
    .hold-to-it = Dobrze, trzymam Panią za słowo. Potwierdzę to dziś e-mailem.
grudging-yes-why =
    .realistic-date = Dobra naprawa: „tak” rzucone, żeby zakończyć rozmowę, to nie deklaracja spłaty. Zastąp je datą, którą ich przelew może zrealizować.
    .hold-to-it = Zgodziła się, żeby się Ciebie pozbyć. Ta deklaracja się nie spełni, a następna rozmowa zacznie się od niedotrzymanej obietnicy.

too-soon = To się nie uda: { $terms }. Bez akceptacji pana Lisa nic nie wychodzi, a potem jest czwartkowy przelew.
    .accept-run = Oczywiście. W takim razie cała faktura w czwartkowym przelewie 19 listopada, po akceptacji pana Lisa?
    .callback-monday = To zadzwonię w poniedziałek o dziesiątej, po akceptacji pana Lisa, żeby potwierdzić termin.
too-soon-why =
    .accept-run = Dobra naprawa: termin wynika z ich przelewów i ich osoby akceptującej.
    .callback-monday = Rozsądne wyjście awaryjne, ale przecież już powiedziała, w który przelew faktura może wejść.

date-agreed = Dobrze: { $agreed }. Jeśli pan Lis zatwierdzi w poniedziałek, to realne. Zapisuję.
    .summarise-close = Dziękuję. Powtórzę: pan Lis zatwierdza fakturę w poniedziałek, a cała faktura FV/2026/10/0342 idzie w czwartkowym przelewie 19 listopada, na numer rachunku z faktury. Potwierdzę to dziś e-mailem, do Pani i, jeśli Pani pozwoli, z panem Lisem w kopii. Dziękuję za pomoc, pani Agnieszko.
    .close-no-recap = Super, dziękuję. Do widzenia.
    .court-warning = Dobrze. A jak będzie choć dzień spóźnienia, idzie do sądu.
date-agreed-why =
    .summarise-close = Wzorowe zakończenie: akceptacja, termin, kwota i sposób płatności powtórzone, potwierdzenie na piśmie, podziękowanie.
    .close-no-recap = Masz termin, ale bez powtórzenia i e-maila to termin, który może zapamiętać tylko jedna strona.
    .court-warning = Groźba na pożegnanie nic nie dodaje do uzgodnionego terminu, a kosztuje życzliwość osoby, która ma przepchnąć fakturę przez akceptację.

defensive = Słucham? Sześć dni po terminie i grozi mi się sądem? Nawet nie wiem, z kim rozmawiam.
    .apologise-reset = Ma Pani rację, przepraszam, źle to zabrzmiało. Nazywam się { $agent }, dział należności firmy { $creditor }; czy to Pani zajmuje się płatnościami dla dostawców? Chodzi o naszą fakturę FV/2026/10/0342: czy widzi Pani, na jakim jest etapie?
    .threaten-reputation = To cała branża się dowie, że { $organisation } nie płaci dostawcom.
defensive-why =
    .apologise-reset = Dobra naprawa: przeprosiny, porządne przedstawienie się i otwarte pytanie o jej system.
    .threaten-reputation = Naruszenie krytyczne: groźba zniszczenia reputacji firmy, żeby wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2). Nigdy.

## Zakończenia

end-promise = Dobrze, zapisane. Do widzenia.
end-promise-v2 = W porządku. Do usłyszenia.
end-callback = To w poniedziałek o dziesiątej. Do widzenia.
end-hangup = Nie będę tego słuchać. Do widzenia. (Rozłącza się.)
