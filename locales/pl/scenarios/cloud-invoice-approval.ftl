title = Faktura za chmurę utknęła w akceptacji
briefing = Pracujesz w dziale należności firmy { $creditor }. Faktura FV/2026/09/1187 dla firmy { $organisation } za subskrypcję usług chmurowych, na kwotę { $amount }, miała termin płatności { $due } i jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Nikt jej nie reklamował, a dwa przypomnienia pozostały bez odpowiedzi. Osoba kontaktowa w dziale rozrachunków: { $debtor }. Dzwonisz przez centralę. Ustal, gdzie utknęła faktura, odróżnij błąd na fakturze od rzeczywistego sporu i zakończ rozmowę z nazwiskiem osoby akceptującej oraz terminem płatności. To należność między przedsiębiorcami: przepisy o windykacji konsumenckiej nie mają tu zastosowania, ale obowiązują przepisy o opóźnieniach w transakcjach handlowych (dyrektywa 2011/7/UE, ustawa z 8 marca 2013 r.) i dobre praktyki windykacyjne.
product = subskrypcja usług chmurowych (50 licencji użytkowników)
speaker-receptionist = Mazowiecka Logistyka (recepcja)

## Centrala

switchboard = Mazowiecka Logistyka, recepcja, dzień dobry.
    .ask-for-ap = Dzień dobry, mówi { $agent } z firmy { $creditor }. Czy mogę prosić o połączenie z działem rozrachunków, najlepiej z panią Katarzyną Nowicką?
    .tell-reception = Dzień dobry, mówi { $agent } z firmy { $creditor }. Państwa firma od ponad miesiąca zalega z zapłatą { $amount }, a pani Nowicka ignoruje nasze przypomnienia. Proszę mnie z nią połączyć.
    .demand-manager = Proszę mnie połączyć z prezesem. Chodzi o niezapłacone faktury, sprawa jest pilna.
switchboard-v2 = Dzień dobry, Mazowiecka Logistyka, w czym mogę pomóc?
switchboard-why =
    .ask-for-ap = Tak trzeba: imię, nazwa firmy i prośba o osobę, która zajmuje się fakturami. Recepcji nie trzeba nic więcej, więc nie słyszy nic o zaległości (dobra praktyka: poufność).
    .tell-reception = Ujawniasz zaległość na centrali i obwiniasz konkretną pracownicę. Zaległość firmy nie jest daną osobową, ale to naruszenie poufności, które stawia twoją rozmówczynię w złym świetle, zanim w ogóle z nią porozmawiasz, a to, co zrobiła sama pani Nowicka, może być jej daną osobową (art. 5 ust. 1 lit. f RODO). Poproś o połączenie i nic więcej.
    .demand-manager = Omijanie osoby kontaktowej i ogłaszanie recepcji, że chodzi o „niezapłacone faktury”, łamie zasadę poufności (dobra praktyka) i psuje relację już na starcie; do tego się nie przedstawiasz. Poproś o dział rozrachunków.

## Dział rozrachunków

nowicka = Rozrachunki, Katarzyna Nowicka, słucham.
    .verify-contact = Dzień dobry, { $agent } z działu należności firmy { $creditor }. Czy dobrze trafiam, że to pani zajmuje się fakturami od dostawców w firmie { $organisation }?
    .lead-with-penalties = Tu { $creditor }, dział należności. Faktura na { $amount } jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Doliczamy odsetki ustawowe i 40 euro rekompensaty, a jeśli w tym tygodniu nie będzie zapłaty, kierujemy sprawę do sądu.
    .vague-chase = Dzień dobry, dzwonię w sprawie płatności. Kiedy Państwo zapłacą?
nowicka-v2 = Księgowość, Nowicka, słucham?
nowicka-why =
    .verify-contact = Dobrze: przedstawiasz się i upewniasz, że rozmawiasz z właściwą osobą, zanim wspomnisz o fakturze (dobra praktyka: poufność).
    .lead-with-penalties = Zaczynanie od odsetek, rekompensaty i sądu, zanim rozmówczyni powie choć słowo, to najszybszy sposób, żeby faktura utknęła na dobre. Odsetki ustawowe i 40 euro to realne uprawnienia (dyrektywa 2011/7/UE; ustawa z 8 marca 2013 r.), ale to ostateczny argument, a nie powitanie. Poza tym mówisz o fakturze, zanim ustalisz, z kim rozmawiasz.
    .vague-chase = Za mało konkretów: dział rozrachunków obsługuje setki faktur. Przedstaw się, upewnij się, że to właściwa osoba, i podaj numer faktury, kwotę i termin płatności.

nowicka-annoyed = Nowicka, słucham. Recepcja mówi, że ktoś tu opowiada, że nie płacimy faktur? O co chodzi?
    .apologise-verify = Przepraszam, to nie było w porządku. Nazywam się { $agent }, dzwonię z działu należności firmy { $creditor }. Czy to pani zajmuje się fakturami od dostawców w firmie { $organisation }?
    .double-down = Bo Państwo nie płacą. Faktura FV/2026/09/1187, { $amount }, po terminie.
nowicka-annoyed-why =
    .apologise-verify = Właściwa naprawa: proste przeprosiny, porządne przedstawienie się i upewnienie, że to właściwa osoba.
    .double-down = Powtarzanie zarzutu osobie, która już jest zdenerwowana, przekreśla resztki dobrej woli. Przeproś i zacznij od nowa.

nowicka-which = Jaką płatność? Dostajemy dziennie setki faktur. Z jakiej firmy Państwo dzwonią i o jaki dokument chodzi?
    .identify-properly = Przepraszam, zacznę od początku: { $agent }, dział należności firmy { $creditor }. Czy to pani zajmuje się fakturami od dostawców w firmie { $organisation }?
    .just-pay = Wszystko, co jesteście winni firmie { $creditor }. Po prostu proszę zapłacić.
nowicka-which-why =
    .identify-properly = Dobry restart: imię, nazwa firmy i upewnienie się, że to właściwa osoba, zanim padną szczegóły.
    .just-pay = Nikt nie zapłaci „wszystkiego”: dział rozrachunków płaci konkretne dokumenty. Podaj numer faktury, kwotę i termin płatności i zmień ton.

nowicka-confirms = Tak, faktury kosztowe są u mnie. O którą fakturę chodzi?
    .invoice-details = Faktura FV/2026/09/1187 z 16 września za subskrypcję chmurową: { $amount } brutto, termin płatności { $due }. Nie odnotowaliśmy jeszcze wpłaty. Czy może pani sprawdzić, na jakim jest etapie?
    .demand-today = Faktura FV/2026/09/1187, { $amount }, po terminie od { $due }. Potrzebuję zapłaty jeszcze dziś.
    .threaten-field-team = Faktura FV/2026/09/1187, { $amount }. Jeśli do piątku nie będzie zapłaty, nasz zespół terenowy przyjedzie do Państwa biura i spisze sprzęt do zajęcia.
nowicka-confirms-why =
    .invoice-details = Wzorowa odpowiedź: dokładny numer, data, kwota i termin płatności, a potem pytanie otwarte. Rozmówczyni sama znajduje problem i nie trzeba niczego zgadywać.
    .demand-today = Żądanie zapłaty jeszcze dziś, zanim wiesz, dlaczego faktura nie jest opłacona, pomija jedyny krok, który prowadzi do zapłaty: ustalenie, gdzie utknęła.
    .threaten-field-team = Naruszenie krytyczne: windykator nie ma prawa niczego spisywać ani zajmować; egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego. Przypisywanie sobie takich uprawnień jest nieprawdą (art. 776 KPC). Wobec konsumenta UOKiK karze to jako praktykę naruszającą zbiorowe interesy konsumentów; między przedsiębiorcami ta ustawa nie ma zastosowania, ale kłamstwo jest tak samo niedopuszczalne, a użyte jako groźba może być przestępstwem (art. 191 § 2 KK).

## Obieg dokumentów

checking = Chwileczkę, sprawdzę w systemie… Mam. Wisi w obiegu od 18 września, ale nie ma na niej numeru zamówienia, więc nie poszła do akceptacji. Bez numeru PO nie mogę jej puścić dalej.
    .ask-po-reissue = Dziękuję, że pani sprawdziła. Czyli faktura stoi wyłącznie dlatego, że brakuje numeru zamówienia, tak? Jeśli poda mi pani numer PO, nasz dział fakturowania jeszcze dziś wystawi w KSeF fakturę korygującą z tym numerem i od razu trafi ona do Państwa.
    .your-problem = (wchodzi w słowo) Państwa procedury z numerami zamówień to nie nasz problem. Faktura jest prawidłowa i przeterminowana. Proszę zapłacić.
    .compensation-first = Zgodnie z ustawą z 8 marca 2013 r. przysługują nam odsetki ustawowe i rekompensata w wysokości 40 euro, więc w Państwa interesie jest zaakceptować ją od razu.
checking-v2 = Momencik… Jest. Stoi w obiegu dokumentów od 18 września i nie przeszła do akceptacji, bo brakuje numeru zamówienia. Bez PO system jej nie przepuści.
checking-why =
    .ask-po-reissue = Wzorowa odpowiedź: parafrazą potwierdzasz przyczynę, traktujesz brak numeru zamówienia jako błąd na fakturze i naprawiasz go po swojej stronie tego samego dnia. Od 2026 r. oznacza to fakturę korygującą w KSeF, a nie „poprawioną fakturę” wysłaną mailem.
    .your-problem = Przerywasz i nie masz racji: brak numeru zamówienia to błąd na fakturze, który można poprawić jeszcze dziś. Upieranie się tylko zostawia fakturę w miejscu.
    .compensation-first = Przepisy przytoczone poprawnie, ale sięgasz po nie, zanim rozwiążesz problem, który da się naprawić w kilka minut. Najpierw wysłuchaj i popraw fakturę; o rekompensacie mów dopiero wtedy, gdy płatność mimo to stoi.

checking-again = Jak już mówiłam, faktura stoi w obiegu, bo nie ma na niej numeru zamówienia. Jak przyjdzie korekta z numerem, pójdzie dalej.
    .reissue-today = Rozumiem. Jeśli poda mi pani numer zamówienia, nasz dział fakturowania jeszcze dziś wystawi w KSeF fakturę korygującą i trafi ona prosto do obiegu. Kto ją potem akceptuje?
    .your-problem = (wchodzi w słowo) Państwa procedury to nie nasz problem. Proszę po prostu zapłacić.
checking-again-why =
    .reissue-today = Dobrze: poprawiasz błąd na fakturze tego samego dnia i pytasz, kto ją dalej akceptuje.
    .your-problem = Rozmówczyni już dwa razy powiedziała, co jest nie tak; przerywanie i odmowa poprawienia faktury kończą rozmowę.

po-given = Numer zamówienia to ZAM/2026/0412. Proszę go podać na fakturze korygującej w KSeF, wtedy wpadnie do naszego obiegu automatycznie. Ale i tak ktoś musi ją jeszcze zaakceptować.
    .ask-approver = Powtórzę dla pewności: zamówienie ZAM/2026/0412, na fakturze korygującej w KSeF. A kto akceptuje fakturę, kiedy już trafi do obiegu, i czy coś może ją jeszcze zatrzymać?
    .approve-yourself = A nie może jej pani po prostu sama zaakceptować i zapłacić dzisiaj?
po-given-why =
    .ask-approver = Wzorowa odpowiedź: powtarzasz dane, a potem pytasz, kto akceptuje fakturę i co jeszcze może ją zatrzymać.
    .approve-yourself = Rozmówczyni właśnie powiedziała, że nie może: rozrachunki nie akceptują wydatków na IT. Zapytaj, kto to robi.

## Rzeczywisty spór: liczba licencji

seat-dispute = Akceptuje pan Marek Zieliński, kierownik IT, ja nie mam takich uprawnień. Tylko że… widzę tu jego komentarz z października: pisze, że płacimy za 50 licencji, a od września korzystamy z 42. Dopóki to się nie wyjaśni, faktury nie zaakceptuje.
    .log-dispute = Dziękuję, że pani o tym mówi. To osobna sprawa niż numer zamówienia, więc rozdzielmy je. Jeszcze dziś zarejestruję liczbę licencji jako formalną reklamację, a nasz opiekun klienta odpowie panu Zielińskiemu na piśmie w ciągu pięciu dni roboczych, z warunkami umowy i raportem wykorzystania. Faktura korygująca z numerem zamówienia i tak wyjdzie dziś w KSeF.
    .ask-details = Rozumiem. A co dokładnie pisze pan Zieliński: od kiedy 42 licencje i czy ktoś zgłaszał nam zmniejszenie?
    .deny-dispute = Umowa mówi o 50 licencjach na dwanaście miesięcy, więc nie ma tu czego wyjaśniać. Proszę zapłacić całość.
seat-dispute-why =
    .log-dispute = Wzorowa odpowiedź: oddzielasz błąd na fakturze (numer zamówienia: poprawiony dziś) od rzeczywistego sporu (liczba licencji: zarejestrowana reklamacja, osoba odpowiedzialna, pisemna odpowiedź w ustalonym terminie). Jedno nie blokuje drugiego.
    .ask-details = Dobrze: najpierw zrozum, czego dotyczy spór, potem go zarejestruj i podaj termin.
    .deny-dispute = Być może umowa jest po twojej stronie, ale spór rozstrzygają dokumenty, a nie upór przez telefon. Zarejestruj reklamację, określ termin i nie naciskaj w tym czasie na zapłatę spornej kwoty.

seat-details = Z tego, co pisze, zmniejszali liczbę licencji we wrześniu przez Państwa panel klienta. Ale ja się na licencjach nie znam, widzę tylko, że faktura jest zablokowana.
    .log-dispute = Dziękuję, to bardzo pomaga. To osobna sprawa niż numer zamówienia: jeszcze dziś zarejestruję liczbę licencji jako formalną reklamację, a nasz opiekun klienta odpowie panu Zielińskiemu na piśmie w ciągu pięciu dni roboczych, z warunkami umowy i historią zmian w panelu. Faktura korygująca z numerem zamówienia i tak wyjdzie dziś w KSeF.
    .deny-dispute = Cokolwiek zmieniał w panelu, umowa jest na 50 licencji. Proszę zapłacić całość.
seat-details-why =
    .log-dispute = Wzorowa odpowiedź: rzeczywisty spór zarejestrowany, z osobą odpowiedzialną i terminem pisemnej odpowiedzi, oddzielony od korekty numeru zamówienia.
    .deny-dispute = Zmiana w panelu we wrześniu to realne pytanie o umowę; zbywanie go i żądanie zapłaty spornej kwoty psuje relację i nie sprawi, że faktura zostanie zaakceptowana.

dispute-logged = Dobrze, przekażę panu Zielińskiemu. Czyli faktura czeka, aż to się wyjaśni?
    .summarise-dispute = Na razie tak. Podsumowując: dziś wystawiamy w KSeF fakturę korygującą z numerem zamówienia ZAM/2026/0412, liczba licencji jest zarejestrowana jako reklamacja, a pan Zieliński dostanie pisemną odpowiedź do 24 listopada. Po wyjaśnieniu ustalimy z panią termin płatności. Dziękuję za pomoc, pani Katarzyno.
    .pay-anyway = Reklamacja nie zmienia terminu płatności. Proszę zapłacić całość teraz, a ewentualną różnicę zwrócimy.
    .undisputed-part = Nie wszystko musi czekać. 42 licencje, których nikt nie kwestionuje, to 4048,80 zł: czy pan Zieliński mógłby zaakceptować tę część w poniedziałek, na przelewy we wtorek 24 listopada, a pozostałe 8 sprawdzimy? Jeśli liczba się potwierdzi, wystawimy w KSeF fakturę korygującą na te 8 licencji.
dispute-logged-why =
    .summarise-dispute = Wzorowe zakończenie: co dzieje się dziś, kto odpowiada za reklamację, termin odpowiedzi i co nastąpi potem.
    .pay-anyway = Naciskanie na zapłatę spornej kwoty z obietnicą zwrotu „w razie czego” mówi klientowi, że jego reklamacja się nie liczy. Pozwól reklamacji przejść swoją drogę w ustalonym terminie.
    .undisputed-part = Wzorowa odpowiedź: część bezsporna idzie w dniu przelewów klienta, sporna czeka na dowody (faktura korygująca w KSeF, jeśli liczba się potwierdzi). Bez nacisku na sporną kwotę i bez żadnego ustępstwa.

undisputed-asked = To uczciwe. Przedstawię mu to: jeśli w poniedziałek zaakceptuje 42 licencje, 4048,80 zł pójdzie we wtorek 24 listopada, a pozostałe 8 licencji poczeka na Państwa odpowiedź.
    .summarise-split = Dziękuję. Podsumowując: dziś wystawiamy w KSeF fakturę korygującą z numerem zamówienia ZAM/2026/0412; liczba licencji jest zarejestrowana jako reklamacja, a pan Zieliński dostanie pisemną odpowiedź do 24 listopada; 42 bezsporne licencje, 4048,80 zł, idą w przelewach we wtorek 24 listopada po jego akceptacji. Wszystko to potwierdzę dziś mailem. Dziękuję za pomoc, pani Katarzyno.
    .close-split = Świetnie, dziękuję. Do widzenia.
undisputed-asked-why =
    .summarise-split = Wzorowe zakończenie: oba wątki, płatność części bezspornej i reklamacja, powtórzone z osobami odpowiedzialnymi i terminami oraz potwierdzone na piśmie.
    .close-split = Termin dla części bezspornej jest, ale bez podsumowania i potwierdzenia na piśmie oba wątki się mieszają.

## Osoba akceptująca i termin płatności

approver-named = Faktury za IT akceptuje pan Marek Zieliński, kierownik działu IT, ja nie mam takich uprawnień. W tym tygodniu jest na urlopie, wraca w poniedziałek. Jak faktura wpłynie z numerem zamówienia, zaakceptuje ją, a potem pójdzie w najbliższym przelewie: płatności puszczamy we wtorki i piątki.
    .agree-date = To bardzo pomocne, dziękuję. Czyli jeśli faktura korygująca dotrze dziś, a pan Zieliński zaakceptuje ją w poniedziałek 23 listopada, to czy cała kwota może pójść w przelewach we wtorek 24 listopada?
    .deputy = Czy ktoś zastępuje pana Zielińskiego w akceptacji podczas urlopu?
    .penalty-now = Poniedziałek to za późno. Każdy dzień to kolejne odsetki, a do tego naliczamy karę 10% miesięcznie.
    .this-friday = A nie dałoby się puścić tego w przelewach w ten piątek, 20 listopada?
    .no-rush = Nic się nie pali: jeśli poniedziałek jest napięty, proszę spokojnie wziąć czas do przelewów 15 grudnia.
approver-named-why =
    .agree-date = Wzorowa odpowiedź: zamieniasz jej procedurę w konkretną datę (akceptacja w poniedziałek, cała faktura w przelewach we wtorek 24 listopada) i sprawdzasz ją z rozmówczynią, zamiast ją narzucać. Termin pasuje do dnia przelewów i mieści się w Twoich uprawnieniach.
    .deputy = Rozsądne pytanie: pokazuje, że zależy ci na akceptacji, a nie tylko na pieniądzach. Ale przy rutynowej fakturze nie ścigaj zastępcy; celuj w termin w normalnym cyklu płatności.
    .penalty-now = Podajesz nieprawdziwe koszty: nie ma żadnej „kary 10% miesięcznie”. Przepisy przewidują odsetki ustawowe za opóźnienie w transakcjach handlowych i przy fakturze do 5000 zł, takiej jak ta, ryczałtową rekompensatę za koszty odzyskiwania należności w wysokości 40 euro (art. 10 ust. 1 ustawy z 8 marca 2013 r.; dyrektywa 2011/7/UE art. 6). Nigdy nie podawaj kosztów, których nie przewiduje ani ustawa, ani umowa.
    .this-friday = Osoba akceptująca jest na urlopie do poniedziałku, a bez akceptacji nic nie wychodzi: na piątkowe przelewy faktura nie zdąży, więc rozmówczyni nie może się na to zgodzić.
    .no-rush = Ustępstwo bez uprawnień: prawie miesiąc więcej dla klienta, który może zapłacić 24 listopada. Twoje uprawnienia to 14 dni; dłuższe odroczenie wymaga zgody kierownika działu należności, a wierzyciela kosztuje trzy tygodnie bez pieniędzy.

deputy = Zastępuje go dyrektor finansowa, ale ona akceptuje tylko pilne sprawy. Z fakturą na niecałe pięć tysięcy nie będę jej zawracać głowy.
    .accept-monday = Rozumiem. W takim razie przyjmijmy, że pan Zieliński zaakceptuje ją w poniedziałek. Czy może pójść w przelewie we wtorek 24 listopada?
    .push-cfo = A jednak proszę jej tym zawracać głowę. Faktura jest po terminie, więc sprawa jest pilna.
deputy-why =
    .accept-monday = Dobrze: szanujesz ocenę rozmówczyni i mimo to kończysz z konkretną datą.
    .push-cfo = Podważanie zdania rozmówczyni o jej własnych procedurach kosztuje cię jej życzliwość, a zysk to najwyżej kilka dni.

one-payment = Takiej faktury nie ma sensu rozkładać na raty. Jak pan Zieliński ją zaakceptuje, pójdzie jednym przelewem: { $counter-terms }.
    .take-counter = Tym lepiej, dziękuję. W takim razie całość jednym przelewem.
one-payment-why =
    .take-counter = Dobrze: klientka ma dzień przelewów, a faktura jest niewielka, więc jedna płatność jest lepsza niż raty. Następnym razem zapytaj o dzień przelewów i osobę akceptującą, zanim zaproponujesz harmonogram.

grudging-yes = Niech będzie: { $agreed }, skoro tak Państwu zależy. Ale mówię od razu: nic nie wyjdzie, dopóki pan Zieliński tego nie zaakceptuje, a wraca w poniedziałek.
    .realistic-date = Ma pani rację, ustalmy coś realnego: cała faktura w przelewach we wtorek 24 listopada, po akceptacji pana Zielińskiego?
    .hold-to-it = Dobrze, trzymam panią za słowo. Potwierdzę to dziś mailem.
grudging-yes-why =
    .realistic-date = Dobrze naprawione: „tak” rzucone, żeby zakończyć rozmowę, to nie deklaracja spłaty. Zastąp je terminem, na który jej przelewy naprawdę zdążą.
    .hold-to-it = Zgodziła się, żeby mieć Cię z głowy: przed powrotem osoby akceptującej nic nie wyjdzie, więc ta deklaracja się nie utrzyma, a w zapisie zostanie jako niedotrzymana.

too-soon = To nie wchodzi w grę: { $terms }. Pan Zieliński jest na urlopie do poniedziałku, a bez jego akceptacji nic nie wychodzi, więc najwcześniej faktura zdąży na przelewy we wtorek 24 listopada.
    .accept-run = Oczywiście. Czyli cała faktura w przelewach we wtorek 24 listopada, po akceptacji pana Zielińskiego?
    .push = Przecież ktoś może ją puścić, zanim on wróci.
too-soon-why =
    .accept-run = Dobrze naprawione: termin wynika z jej dnia przelewów i osoby akceptującej, a nie z Twoich oczekiwań.
    .push = Prośba, by rozrachunki zapłaciły niezaakceptowaną fakturę, to prośba o złamanie ich własnych procedur; to się nie stanie, a kosztuje życzliwość.

date-hedged = Nie mogę nic obiecać, dopóki pan Zieliński tego nie zaakceptuje. Jeśli zaakceptuje, to tak: { $agreed }, ale to nie zależy ode mnie.
    .calm-compensation = Rozumiem i wiem, że to nie zależy od pani. Tylko dla jasności: przy opóźnieniach w płatnościach między firmami przepisy przewidują odsetki ustawowe za opóźnienie w transakcjach handlowych i rekompensatę 40 euro za koszty odzyskiwania należności. Wolelibyśmy do tego nie dopuścić, więc czy możemy trzymać się tego terminu, pod warunkiem akceptacji pana Zielińskiego?
    .callback-monday = Rozumiem, to nie pani decyzja. Jeszcze dziś potwierdzę mailem to, co ustaliliśmy. Może zadzwonię w poniedziałek o 10:00, kiedy pan Zieliński już wróci, i wtedy to potwierdzimy?
    .threaten-court = Jeśli nie może pani nic obiecać, przekażę sprawę prawnikom i wystąpimy o nakaz zapłaty.
date-hedged-why =
    .calm-compensation = Dopuszczalne użycie przepisów: poprawnie (odsetki ustawowe; rekompensata 40 euro przy fakturze do 5000 zł, art. 10 ust. 1 ustawy z 8 marca 2013 r.), spokojnie, po wysłuchaniu rozmówczyni i poprawieniu faktury, i w połączeniu z uzgodnionym terminem.
    .callback-monday = Rozsądne wyjście awaryjne: warunki potwierdzone na piśmie i ponowny kontakt, gdy osoba akceptująca wróci, w normalnych godzinach. Powtórzenie warunków teraz dałoby pewność, że obie strony zapisały to samo.
    .threaten-court = Straszenie nakazem zapłaty przy fakturze zablokowanej przez brak numeru zamówienia, który właśnie obiecujesz poprawić, psuje relację i raczej nie zostanie zrealizowane.

date-agreed = Dobrze: { $agreed }. Jeśli korekta przyjdzie dziś, to realne. Zapisuję sobie.
    .summarise-close = Dziękuję. Powtórzę ustalenia: dziś wystawiamy w KSeF fakturę korygującą z numerem zamówienia ZAM/2026/0412, pan Zieliński akceptuje ją w poniedziałek, a płatność idzie dokładnie tak, jak pani zapisała, przelewem na rachunek podany na fakturze. Kwotę i termin potwierdzę jeszcze dziś mailem, a gdyby coś utknęło, zadzwonię. Dziękuję za pomoc, pani Katarzyno.
    .close-no-recap = Świetnie, dziękuję. Do widzenia.
    .court-warning = Dobrze. A jeśli przelew spóźni się choć o jeden dzień, sprawa idzie do sądu.
date-agreed-why =
    .summarise-close = Wzorowe zakończenie: każdy krok, osoba i data powtórzone, sposób płatności (rachunek z faktury), warunki potwierdzone na piśmie i podziękowanie.
    .close-no-recap = Warunki są, ale ich nie powtarzasz ani nie potwierdzasz na piśmie: porozumienie nie jest udokumentowane, a szczegóły się rozmywają.
    .court-warning = Porozumienie już było; groźba na pożegnanie niczego nie dodaje, a zostawia niesmak u osoby, która ma przepchnąć fakturę przez obieg.

## Gdy rozmowa idzie źle

nowicka-defensive = Proszę tak ze mną nie rozmawiać. Ja tu księguję faktury, nie wymyślam procedur. Jeśli będziecie straszyć, przekażę sprawę naszemu działowi prawnemu.
    .apologise-reset = Ma pani rację, przepraszam, to zabrzmiało niepotrzebnie ostro. Zacznijmy od tego, co widzi pani w systemie: gdzie utknęła faktura?
    .escalate-own = Rozumiem. Przekażę sprawę naszemu opiekunowi klienta, który skontaktuje się z Państwa dyrektor finansową.
    .threaten-reputation = Dobrze. W takim razie cała branża logistyczna się dowie, że firma { $organisation } nie płaci dostawcom. Już my o to zadbamy.
    .insult = Może gdyby Państwa dział umiał przeczytać fakturę, w ogóle nie musielibyśmy rozmawiać.
nowicka-defensive-v2 = Chwileczkę. Nie podoba mi się ten ton. Jeśli mam coś z tym zrobić, to proszę normalnie powiedzieć, o co chodzi.
nowicka-defensive-why =
    .apologise-reset = Dobrze naprawione: przeprosiny, a potem pytanie otwarte o to, co widać w systemie. Tam jest prawdziwa odpowiedź.
    .escalate-own = Dopuszczalne wyjście, gdy rozmówca nie chce współpracować, ale tu eskalujesz rozmowę, którą popsuł twój własny ton. Przeprosiny i pytanie otwarte zwykle działają lepiej.
    .threaten-reputation = Naruszenie krytyczne: groźba zniszczenia reputacji firmy, by wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2). Nigdy.
    .insult = Obrażanie pracowników klienta łamie zasadę każdej karty oceny jakości rozmów windykacyjnych, że rozmowa ma pozostać uprzejma, i kończy rozmowę.

## Zakończenia

end-promise = Dobrze, zapisane. Do usłyszenia.
end-promise-v2 = W porządku. Do widzenia.
end-dispute = Dobrze, czekamy na odpowiedź. Dziękuję, do widzenia.
end-callback = Dobrze, w poniedziałek o dziesiątej. Do usłyszenia.
end-escalated = Proszę bardzo. Do widzenia.
end-hangup = Na tym zakończymy tę rozmowę. Do widzenia. (Rozłącza się.)
end-hangup-v2 = Nie będę tego słuchać. (Rozłącza się.)
