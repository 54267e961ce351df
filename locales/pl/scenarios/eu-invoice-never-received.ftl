title = „Nie dostaliśmy żadnej faktury”
briefing = Pracujesz w dziale należności firmy { $creditor } (Gdańsk). Faktura PFS/2026/10/208 dla { $organisation } (Praga) za roczną licencję na system zarządzania flotą, { $amount }, z terminem płatności { $due }, jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Osoba kontaktowa w dziale rozrachunków: { $debtor }. Najpierw przeczytaj historię konta. Twoje uprawnienia: bez rabatu, termin płatności najwyżej 14 dni od dziś.
product = system zarządzania flotą, licencja roczna
speaker-desk = Konto klienta

history-invoice = Wysłano e-mailem fakturę PFS/2026/10/208 na petr.dvorak@vltava-logistics.cz (4800,00 €, termin 30 dni).
history-reminder = Wysłano e-mailem przypomnienie na petr.dvorak@vltava-logistics.cz.
history-auto-reply = Odpowiedź automatyczna: „Petr Dvořák nie pracuje już w Vltava Logistics. Faktury prosimy kierować na fakturace@vltava-logistics.cz”.

## Konto przed rozmową

desk = Vltava Logistics: faktura i przypomnienie trafiły do kogoś, kto już tam nie pracuje. Co robisz?
    .call-now = Dzwonię do działu rozrachunków, a potem wysyłam fakturę na właściwy adres
    .resend-only = Bez telefonu wysyłam fakturę na fakturace@ z krótką notką
    .suspend-licence = Zawieszam im licencję do czasu zapłaty
desk-why =
    .call-now = Dobrze: faktura najpewniej do nikogo nie dotarła. Telefon powie Ci, jak działa ich akceptacja, i da termin; faktura pójdzie w ciągu godziny.
    .resend-only = Rozsądny krok i często wystarczy. Ale nie dowiesz się niczego o ich akceptacji i nie dostaniesz terminu.
    .suspend-licence = Wyłączenie klienta, który nigdy nie widział faktury, bo wysłaliście ją do niewłaściwej osoby, narusza Waszą własną umowę i kosztuje klienta.

end-letter = (Faktura trafia na fakturace@ z uprzejmą notką. Ląduje w kolejce faktur od nowych dostawców: trzy tygodnie.)
end-suspended = (O ósmej dyspozytorzy Vltavy tracą mapę floty. Ich dyrektor operacyjny dzwoni do Waszego prezesa.)

## Rozmowa

opening = Vltava Logistics, účtárna, Nováková.
    .intro = Dzień dobry, pani Terezo, mówi { $agent } z działu należności firmy { $creditor }. Dzwonię w sprawie naszej faktury za licencję na system zarządzania flotą.
    .demand = Dzień dobry, { $creditor }, dział należności. Faktura za Państwa licencję jest dwa tygodnie po terminie.
opening-v2 = Dział rozrachunków, Tereza Nováková, słucham.
opening-why =
    .intro = Dobrze: imię, firma i w jakiej sprawie.
    .demand = Z akt wynika, że faktura poszła do kogoś, kto odszedł. Zaczynając od „po terminie”, obwiniasz ją za Wasz błąd w adresie.

tereza = Faktura od Państwa? Niczego nie dostaliśmy. Na jaki adres ją wysłaliście?
    .check-address = Już sprawdzam… Poszła na petr.dvorak@vltava-logistics.cz, a widzę odpowiedź automatyczną, że ten pan już nie pracuje. Przepraszam, to nasz błąd. Jaki jest właściwy adres do faktur?
    .insist-sent = Wysłaliśmy ją 13 października, a przypomnienie 16 listopada.
tereza-why =
    .check-address = Wzorowa odpowiedź: sprawdzasz, znajdujesz przyczynę, bierzesz ją na siebie i pytasz o właściwy adres.
    .insist-sent = „Wysłaliśmy” to prawda, ale nie o to chodzi: poszła do skrzynki, której nikt nie czyta. Upieranie się przerzuca Wasz błąd na klienta.

annoyed = Wysłaliście, ale dokąd? Nikt tu jej nie widział. Sugerujecie, że kłamię?
    .apologise-check = Ależ skąd, przepraszam. Sprawdzę… Poszła na adres pana Dvořáka, który już u Państwa nie pracuje. To nasz błąd. Jaki jest właściwy adres?
    .late-fees = Tak czy inaczej jest po terminie i naliczamy już opłatę 40 € za każdy tydzień zwłoki.
annoyed-why =
    .apologise-check = Dobrze wybrnięte: przeprosiny i sprawdzenie.
    .late-fees = Nie ma żadnych „40 € tygodniowo”: rekompensata za koszty odzyskiwania to jednorazowa kwota od faktury, a odsetki ustawowe liczy się w skali roku (dyrektywa 2011/7/UE, art. 3 i 6). A naliczanie czegokolwiek za opóźnienie, które spowodował Wasz źle zaadresowany e-mail, jest i tak nie w porządku.

resend = Proszę ją wysłać na fakturace@vltava-logistics.cz. To skrzynka do faktur.
    .resend-now = Dziękuję. W ciągu godziny wyślę ją ponownie na fakturace@, z numerem licencji, z kopią do pani. Poprawię też adres w naszej bazie, żeby to się nie powtórzyło.
    .post-copy = Wyślę papierową kopię pocztą do Państwa biura.
resend-why =
    .resend-now = Dobrze: poprawne doręczenie jeszcze dziś i dane kontaktowe poprawione u źródła.
    .post-copy = Papierowa kopia pocztą dokłada dni do faktury, która straciła już dwa tygodnie; ich proces opiera się na skrzynce do faktur.

approval = Dziękuję. Ale faktury od nowych dostawców przechodzą akceptację: nasz kontroler, pan Svoboda, podpisuje w poniedziałki, a płacimy 7. i 21. Zwykle trwa to trzy tygodnie. Możemy przyjąć 21 grudnia?
    .ask-fast-track = Rozumiem. Skoro opóźnienie to nasza wina, nie Państwa: jeśli faktura będzie dziś w skrzynce, czy pan Svoboda mógłby ją podpisać w poniedziałek 30., żeby poszła w przelewie 7 grudnia?
    .grant-21 = Oczywiście, 21. jest w porządku.
    .this-week = Naprawdę potrzebuję zapłaty w tym tygodniu.
approval-why =
    .ask-fast-track = Wzorowa odpowiedź: dowiadujesz się, kto i kiedy akceptuje, i prosisz o szybszą ścieżkę, opierając się na własnych przeprosinach, w granicach swoich uprawnień.
    .grant-21 = 21 grudnia to za 25 dni, poza Twoimi uprawnieniami (14 dni): ustępstwo bez zgody. Najpierw zapytaj, czy wcześniejszy przelew jest możliwy.
    .this-week = W tym tygodniu nie ma przelewu, a faktury nie ma jeszcze nawet w ich systemie.

fast-track = Jeśli będzie dziś w skrzynce, w poniedziałek położę ją panu Svobodzie na biurku. Wtedy 7.
    .run-7 = Bardzo dziękuję. W takim razie całe { $amount } w przelewie 7 grudnia.
    .grant-21 = Dla bezpieczeństwa przyjmijmy 21.
fast-track-why =
    .run-7 = Dobrze: pierwszy przelew po akceptacji, w granicach uprawnień.
    .grant-21 = Właśnie zaproponowała 7. Termin 21. wykracza poza Twoje uprawnienia, i to bez powodu.

refused = To niemożliwe: nic nie płacimy, zanim pan Svoboda nie podpisze.
    .ask-fast-track = Rozumiem. Jeśli faktura będzie dziś w skrzynce, czy mógłby ją podpisać w poniedziałek 30., na przelew 7 grudnia?
    .escalate = W takim razie muszę przekazać sprawę przełożonemu.
refused-why =
    .ask-fast-track = Dobrze: szukasz najwcześniejszego realnego przelewu.
    .escalate = Eskalacja w sprawie faktury, którą klientka dostała dziesięć minut temu, jest nieproporcjonalna.

fast-track2 = Jeśli będzie dziś w skrzynce, tak. Wtedy 7.
    .run-7 = Dziękuję: całe { $amount } w przelewie 7 grudnia.
fast-track2-why =
    .run-7 = Dobrze.

agreed = Dobrze: { $agreed }.
    .read-back = Odczytam: faktura { $creditor } PFS/2026/10/208, cała kwota, w przelewie w poniedziałek 7 grudnia, na IBAN z faktury, w tytule numer faktury.
    .no-readback = Świetnie, dziękuję.
agreed-why =
    .read-back = Dobrze: faktura, kwota, data, rachunek i tytuł przelewu.
    .no-readback = Bez odczytania i bez tytułu: zagraniczny przelew bez numeru faktury to ten, który wisi nierozliczony.

close = Coś jeszcze?
    .confirm-email = W ciągu godziny wyślę fakturę z krótką notką o tym, co ustaliliśmy: akceptacja w poniedziałek 30., zapłata 7 grudnia, a kolejne faktury na fakturace@. Dziękuję, pani Terezo, i jeszcze raz przepraszam.
    .bye = Nie, to wszystko. Dziękuję, do widzenia.
close-why =
    .confirm-email = Dobrze: ponowna wysyłka i ustalenia w jednej notatce na piśmie.
    .bye = Nic na piśmie: termin opiera się na rozmowie telefonicznej.

## Zakończenia

end-promise = Dziękuję. Będę wyglądać tej faktury.
end-escalated = Dobrze. Niech przełożony napisze na fakturace@.
end-hangup = Nie mam na to czasu. (Rozłącza się.)
