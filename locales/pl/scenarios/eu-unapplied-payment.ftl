title = „Zapłaciliśmy to w październiku”: nierozliczona wpłata
briefing = Pracujesz w dziale należności firmy { $creditor } (Kraków), która fakturuje { $organisation } (Hamburg) w euro za dni konsultingu IT. Umowa podlega prawu polskiemu. Na wyciągu z konta klienta widnieją dwie przeterminowane faktury: INV-0915 (12 000,00 €, termin 15 października) i INV-1015 ({ $amount }, termin { $due }). Osoba kontaktowa w dziale rozrachunków: { $debtor }. Najpierw przeczytaj historię konta: odpowiedź na tę rozmowę może już w niej być.
product = konsulting IT (wrzesień i październik 2026)
speaker-desk = Konto klienta

history-inv-0915 = Wysłano e-mailem fakturę INV-0915: 12 000,00 € za dni konsultingu we wrześniu, termin 30 dni.
history-inv-1015 = Wysłano e-mailem fakturę INV-1015: 8 400,00 € za dni konsultingu w październiku, termin 30 dni.
history-receipt = Wpływ 12 000,00 € od HAFENWERK LOGISTIK GMBH, tytuł „Sammelzahlung Okt”, bez awizo płatności. Nieprzypisany do faktury: na koncie wpłat nierozliczonych.
history-reminder = Wysłano e-mailem wyciąg z konta i przypomnienie: INV-0915 i INV-1015 po terminie, razem 20 400,00 €.
history-weber-reply = Odpowiedź pana Webera: „Fakturę za wrzesień zapłaciliśmy 22 października. Proszę sprawdzić swoje księgi. Nie zapłacimy nic więcej, dopóki Państwa wyciąg nie będzie poprawny”.

## Konto przed rozmową

desk = Hafenwerk Logistik: według wyciągu zaległość wynosi 20 400 €, a pan Weber pisze, że wrzesień jest zapłacony. Co robisz?
    .check-first = Sprawdzam wpłaty nierozliczone z jego odpowiedzią, a potem dzwonię do pana Webera
    .call-now = Dzwonię od razu do pana Webera i przechodzę z nim przez wyciąg
    .second-reminder = Wysyłam drugie przypomnienie na 20 400 €
desk-why =
    .check-first = Wzorowa odpowiedź: w aktach widać nierozliczone 12 000 € od jego firmy z 22 października. Dwie minuty uzgadniania przed telefonem zamieniają skargę w podziękowanie.
    .call-now = Dopuszczalne, ale odpowiedź na jego pytanie już jest w aktach: będziesz jej szukać, kiedy on czeka przy telefonie.
    .second-reminder = Drugie przypomnienie o fakturze, o której klient napisał, że jest zapłacona, podczas gdy wpłata leży na Waszym koncie wpłat nierozliczonych, to najszybszy sposób, żeby stracić też płatność za październik.

end-letter = (Drugie przypomnienie wychodzi. Pan Weber przesyła je swojemu dyrektorowi finansowemu z jednym zdaniem: „Nadal nie sprawdzili”.)

## Dział rozrachunków

opening = Weber, Kreditorenbuchhaltung. Dział rozrachunków.
    .intro = Dzień dobry, panie Weber, mówi { $agent } z działu należności firmy { $creditor }. Dziękuję za e-mail z 19 listopada; dzwonię w sprawie naszego wyciągu.
    .demand-all = { $creditor }, dział należności. Na Państwa koncie jest 20 400 € zaległości; musimy to uregulować w tym tygodniu.
opening-v2 = Hafenwerk Logistik, Jonas Weber, słucham.
opening-why =
    .intro = Dobrze: imię i nazwisko, firma i podziękowanie za e-mail.
    .demand-all = Napisał, że część jest zapłacona. Żądanie całej kwoty z wyciągu, bez sprawdzenia, mówi mu, że nikt nie przeczytał jego e-maila.

jonas-checked = Tak. Zanim cokolwiek: fakturę za wrzesień zapłaciliśmy 22 października. Państwa przypomnienie nadal ją pokazuje.
    .found-it = Ma pan rację i przepraszam. Sprawdziliśmy to przed telefonem: Państwa 12 000 € wpłynęło 22 października, ale bez awizo płatności, więc nie zostało przypisane do INV-0915. Dział rozliczeń przypisze je jeszcze dziś; ta faktura jest zapłacona.
    .insist-unpaid = W naszych księgach INV-0915 jest niezapłacona, więc niestety nadal jest wymagalna.
jonas-checked-why =
    .found-it = Wzorowa odpowiedź: traktujesz skargę poważnie, znasz już odpowiedź i jeszcze dziś poprawiasz błąd po Waszej stronie.
    .insist-unpaid = Wpłata jest w Waszych własnych aktach. Upieranie się przy zapłaconej fakturze, kiedy jego zapytanie jest otwarte, to presja na kwotę, którą klient kwestionuje.

jonas-unchecked = Tak. Zanim cokolwiek: fakturę za wrzesień zapłaciliśmy 22 października. Państwa przypomnienie nadal ją pokazuje.
    .look-up = Przepraszam za to; sprawdzę od razu. Zapisuję pana zgłoszenie. Czy może pan chwilę poczekać, aż przejrzę nasze wpłaty nierozliczone z 22 października?
    .ask-proof = Przepraszam. Zapiszę zgłoszenie. Czy może pan przesłać potwierdzenie przelewu z tytułem?
    .insist-unpaid = W naszych księgach INV-0915 jest niezapłacona, więc niestety nadal jest wymagalna.
jonas-unchecked-why =
    .look-up = Dobrze: zapisujesz zgłoszenie i sprawdzasz, kiedy jest na linii. Odpowiedź jest na koncie wpłat nierozliczonych.
    .ask-proof = Rozsądne, ale już podał datę i kwotę; Wasze własne akta mogą odpowiedzieć od razu.
    .insist-unpaid = Mówi, że zapłacił, a nikt tego nie sprawdził. Naciskanie na zapłatę kwestionowanej kwoty to zły pierwszy ruch.

proof-reply = Wysłałem je w e-mailu z 19.! 12 000 euro, 22 października, tytuł „Sammelzahlung Okt”.
    .look-up = Ma pan rację, to po naszej stronie trzeba to znaleźć. Proszę chwilę poczekać, sprawdzę nasze wpłaty nierozliczone.
    .ten-day-query = Dziękuję. Założę zapytanie do działu rozliczeń; odpowiadają w ciągu dziesięciu dni roboczych.
proof-reply-why =
    .look-up = Dobrze: sprawdź od razu.
    .ten-day-query = Dziesięciodniowe zapytanie w sprawie, którą da się sprawdzić w dwie minuty, zostawia jego zastrzeżenie otwarte, a razem z nim wstrzymaną fakturę za październik.

slow-reply = Dziesięć dni? A do tego czasu przypomnienia będą dalej przychodzić? To faktura za październik też poczeka.
    .look-up-now = Ma pan rację, to za długo. Sprawdzę teraz, proszę chwilę poczekać.
    .call-back = Niestety taka jest procedura. Oddzwonię 7 grudnia.
slow-reply-why =
    .look-up-now = Dobrze wybrnięte.
    .call-back = Procedura nikogo tu nie chroni: on nic nie zapłaci, dopóki Wasz wyciąg nie będzie poprawny, a Ty wybierasz najwolniejszą drogę do poprawienia go.

jonas-annoyed = Czy w ogóle przeczytaliście mój e-mail? Zapłaciliśmy. Nie zapłacę dwa razy.
    .apologise-check = Przepraszam, ma pan prawo być zirytowany. Zapisuję pana zgłoszenie i od razu sprawdzę nasze wpłaty nierozliczone. Proszę chwilę poczekać.
    .agency-threat = Jeśli konto nie zostanie uregulowane, przekażemy sprawę firmie windykacyjnej w Niemczech.
jonas-annoyed-why =
    .apologise-check = Dobrze wybrnięte: przeprosiny, zgłoszenie i sprawdzenie.
    .agency-threat = Groźba eskalacji w sprawie wpłaty, która leży na Waszym własnym koncie przejściowym.

hold-found = (Po minucie.) Halo? Jest pan tam?
    .found-now = Tak, dziękuję za cierpliwość. Jest: Państwa 12 000 € wpłynęło 22 października, ale bez awizo płatności, więc nie zostało przypisane do INV-0915. Dział rozliczeń przypisze je jeszcze dziś; ta faktura jest zapłacona. Przepraszam za przypomnienie.
hold-found-why =
    .found-now = Dobrze: co się znalazło, dlaczego tak się stało, poprawka jeszcze dziś i przeprosiny.

## Faktura za październik

inv-b = Dobrze. Dziękuję. To teraz INV-1015: wstrzymywałem ją, bo u nas nie płaci się na konto, na którym jest otwarte zapytanie. Teraz mogę ją puścić.
    .ask-run = Dziękuję. Kiedy jest najbliższy przelew i czy zwalnia go pan sam?
    .pay-today = Świetnie: czy może pan zapłacić te 8 400 € dzisiaj?
inv-b-why =
    .ask-run = Dobrze: dowiadujesz się, jak i kiedy płacą i kto zwalnia płatność.
    .pay-today = Właśnie wyjaśnił, że jego firma płaci w cyklach. Prośba o dziś, bez znajomości terminu przelewów, kończy się odmową.

runs = We wtorki. Płatności do 10 000 euro zwalniam sam. Najbliższy przelew jest 1 grudnia.
    .run-1 = To INV-1015, { $amount }, w przelewie we wtorek 1 grudnia. Dziękuję.
    .interest-claim = Dobrze. A skoro jest po terminie, zgodnie z prawem UE możemy doliczyć odsetki 8% miesięcznie.
runs-why =
    .run-1 = Dobrze: najbliższy przelew, cała faktura.
    .interest-claim = Nieprawda: odsetki ustawowe za opóźnienie w transakcjach handlowych to stopa referencyjna plus 8 punktów procentowych (dyrektywa 2011/7/UE; w Polsce, według ustawy z 8 marca 2013 r., stopa referencyjna NBP plus 10 punktów) w skali roku, a nie 8% miesięcznie. Do tego opóźnienie spowodowała Wasza własna nierozliczona wpłata.

interest-reply = Osiem procent miesięcznie? Za fakturę, którą wstrzymałem, bo Państwa wyciąg był błędny?
    .withdraw = Ma pan rację, to był błąd i wycofuję to. Żadnych odsetek: opóźnienie było po naszej stronie. Ustalmy termin.
    .insist = Tyle pozwala dyrektywa.
interest-reply-why =
    .withdraw = Dobrze wybrnięte: prostujesz od razu.
    .insist = Nie pozwala: dyrektywa przewiduje stopę roczną, stopę referencyjną plus co najmniej 8 punktów procentowych. Upieranie się przy nieprawdziwej liczbie kończy rozmowę.

runs2 = No dobrze. To 1 grudnia?
    .run-1 = Tak: INV-1015, { $amount }, w przelewie we wtorek 1 grudnia.
runs2-why =
    .run-1 = Dobrze.

refused = Dziś nie będzie płatności; płacimy tylko we wtorkowych przelewach. 1 grudnia.
    .run-1 = Rozumiem: w takim razie INV-1015 w przelewie 1 grudnia.
    .escalate = W takim razie muszę przekazać sprawę przełożonemu.
refused-why =
    .run-1 = Dobrze: bierzesz termin, który przewiduje jego procedura.
    .escalate = Eskalacja, kiedy klient właśnie podał realny termin, tylko opóźnia zapłatę.

agreed = Dobrze: { $agreed }. Wpisuję.
    .remittance = Odczytam: 8 400 € za INV-1015 w przelewie 1 grudnia, na IBAN z faktury. Czy może pan dołączyć awizo płatności z numerem faktury i wysłać je na ar małpa lumenconsulting kropka pl? Właśnie tego zabrakło w październiku.
    .no-remittance = Świetnie, dziękuję.
agreed-why =
    .remittance = Wzorowa odpowiedź: warunki odczytane, a przyczyna całego problemu usunięta na przyszłość: awizo przy każdej płatności.
    .no-remittance = Bez awizo kolejna wpłata może tak samo zawisnąć nierozliczona jak październikowa.

close = Coś jeszcze?
    .statement = Jeszcze dziś wyślę panu e-mailem zaktualizowany wyciąg z konta: INV-0915 zapłacona 22 października, INV-1015 płatna 1 grudnia, i notatkę z tego, co ustaliliśmy. Dziękuję za cierpliwość, panie Weber.
    .bye = Nie, to wszystko. Do widzenia.
close-why =
    .statement = Dobrze: poprawiony wyciąg na piśmie zamyka jego zapytanie na dobre.
    .bye = Jego zapytanie dotyczyło błędnego wyciągu: bez poprawionego wyciągu na piśmie pozostaje otwarte po jego stronie.

## Zakończenia

end-promise = Dziękuję. Tak to powinno działać. Do widzenia.
end-escalated = Dobrze. Niech przełożony przeczyta mój e-mail.
end-callback = To porozmawiamy 7. (Nie brzmi na zadowolonego.)
end-hangup = Nie będę o tym dalej rozmawiać. (Rozłącza się.)
