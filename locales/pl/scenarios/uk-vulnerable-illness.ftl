title = Klient szczególnie wrażliwy: choroba i kryzys psychiczny
briefing = Pracujesz w dziale windykacji firmy { $creditor }, która udzieliła pożyczki. { $debtor } zaciągnął w 2024 roku pożyczkę gotówkową i nie zapłacił trzech miesięcznych rat: zaległość wynosi { $amount }, a termin płatności najstarszej raty minął { $due }, { $days ->
        [one] { $days } dzień temu
        [few] { $days } dni temu
        [many] { $days } dni temu
       *[other] { $days } dnia temu
    }. Najpierw przeczytaj akta: listy pozostały bez odpowiedzi, a w zeszłym tygodniu telefon odebrała córka klienta. W aktach nie ma zawiadomienia z Insolvency Service o moratorium Breathing Space. Jest wtorek, godzina 11:00; klient mieszka w Sheffield. To regulowany kredyt konsumencki, więc obowiązują rozdział 7 podręcznika FCA CONC oraz wytyczne FCA dotyczące klientów szczególnie wrażliwych (FG21/1). Zweryfikuj tożsamość, zanim zaczniesz rozmawiać o koncie, słuchaj i zwracaj uwagę na to, co mówi klient: ta rozmowa może wcale nie dotyczyć pieniędzy.
product = pożyczka gotówkowa
speaker-daughter = Claire (córka)

## The account's history

history-h1 = Pismo w sprawie zaległości: rata z 28 sierpnia niezapłacona. Bez odpowiedzi.
history-h2 = Drugie pismo w sprawie zaległości: dwie raty niezapłacone. Bez odpowiedzi.
history-h3 = Zawiadomienie o zaległości: trzy raty niezapłacone, zaległość { $amount }. Bez odpowiedzi.
history-h4 = Telefon na numer domowy: nikt nie odebrał, bez wiadomości.
history-h5 = Telefon na numer domowy, odebrała kobieta, która przedstawiła się jako córka: „Tata źle się czuje, odpoczywa”. Nie ujawniono niczego o koncie; zaproponowała, żeby zadzwonić innego dnia.

## Początek rozmowy

opening = Halo?
    .ask-for-alan = Dzień dobry, nazywam się { $agent }, dzwonię z firmy { $creditor }. Czy mogę rozmawiać z panem Alanem Pritchardem?
    .blurt-debt = Dzień dobry, { $agent } z { $creditor }, dzwonię w sprawie zaległych rat pożyczki pana Pritcharda: do zapłaty jest { $amount }. Czy to pan?
    .no-name = Halo, jest Alan?
opening-v2 = Słucham, kto mówi?
opening-why =
    .ask-for-alan = Dobrze: imię i nazwa firmy oraz prośba o rozmowę z klientem z imienia i nazwiska, bez słowa o tym, w jakiej sprawie dzwonisz. Jeśli odebrał ktoś inny, nic nie zostało ujawnione.
    .blurt-debt = Naruszenie krytyczne: mówisz o zaległości i kwocie, zanim wiesz, kto odebrał (CONC 7.9.10R; jeśli to nie klient, także CONC 7.9.6R). Poproś o klienta, zweryfikuj tożsamość i dopiero wtedy rozmawiaj o koncie.
    .no-name = Pytasz o klienta po imieniu, nie mówiąc, kim jesteś. Najpierw podaj imię i nazwę firmy; anonimowy rozmówca od pierwszej sekundy budzi nieufność.

third-party = Tata leży, źle się czuje. Mówi Claire, jego córka. Chodzi o pożyczkę? Ja otwieram jego listy, mnie możecie powiedzieć.
    .leave-name = Dziękuję, pani Claire, i przykro mi, że tata źle się czuje. Mówi { $agent } z { $creditor }. Niestety o sprawach taty mogę rozmawiać tylko z nim. Czy mógłby na chwilę podejść do telefonu, czy lepiej zadzwonić innym razem?
    .tell-claire = Tak, chodzi o pożyczkę. Tata nie zapłacił trzech rat, razem { $amount }. Może pani dopilnować, żeby się tym zajął?
    .ask-to-wake = To ważna sprawa. Może go pani obudzić?
third-party-why =
    .leave-name = Wzorowa odpowiedź: ciepło, ale bez żadnej informacji o koncie dla osoby trzeciej, nawet życzliwej córki, która otwiera listy (CONC 7.9.6R). Jeśli pan Pritchard chce, żeby córka mu pomagała, może ją do tego upoważnić.
    .tell-claire = Naruszenie krytyczne: potwierdzasz córce pożyczkę i zaległość (CONC 7.9.6R, 7.9.7R). To, że ktoś otwiera czyjeś listy, nie daje mu prawa do rozmowy o cudzych długach; daje je tylko zgoda samego klienta.
    .ask-to-wake = Niczego nie ujawniasz, ale naleganie, żeby budzić chorego, lekceważy to, co właśnie słyszysz. Zapytaj, czy lepiej zadzwonić innym razem.

alan-comes = (chwila ciszy) Halo… Alan Pritchard. Córka mówi, że dzwonicie z { $creditor }?
    .verify = Dziękuję, że pan podszedł, panie Pritchard. Zanim przejdę dalej, czy może pan podać datę urodzenia i adres, ulicę i numer domu? Chcę mieć pewność, że rozmawiam z właściwą osobą.
    .straight-to-debt = Tak, chodzi o pana pożyczkę. Ma pan { $amount } zaległości. Kiedy pan zapłaci?
alan-comes-why =
    .verify = Dobrze: weryfikacja, zanim powiesz cokolwiek o koncie (CONC 7.9.10R). Wystarczą dwie dane, które już masz w systemie.
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim potwierdzisz, z kim rozmawiasz (CONC 7.9.10R), i zaczynasz od żądania zapłaty.

## Weryfikacja

alan-speaking = Tak, przy telefonie.
    .verify = Dziękuję, panie Pritchard. Zanim przejdę dalej, czy może pan podać datę urodzenia i adres, ulicę i numer domu? Chcę mieć pewność, że rozmawiam z właściwą osobą.
    .straight-to-debt = Panie Pritchard, ma pan trzy zaległe raty pożyczki, razem { $amount }. Kiedy pan zapłaci?
    .name-only = Świetnie. Dzwonię w sprawie pana pożyczki u nas: są trzy niezapłacone raty.
alan-speaking-v2 = To ja. O co chodzi?
alan-speaking-why =
    .verify = Wzorowa odpowiedź: weryfikacja, zanim wspomnisz o koncie (CONC 7.9.10R).
    .straight-to-debt = Naruszenie krytyczne: „przy telefonie” to nie weryfikacja. Ujawniasz zaległość, nie ustaliwszy, że rozmawiasz z kredytobiorcą (CONC 7.9.10R), i zaczynasz od żądania.
    .name-only = Naruszenie krytyczne: imię i nazwisko to nie weryfikacja. Każdy może powiedzieć „tak”; najpierw sprawdź datę urodzenia i adres (CONC 7.9.10R).

alan-wary = Chwileczkę… skąd wy to wszystko wiecie? Z kim ja właściwie rozmawiam?
    .verify-now = Słuszne pytanie i przepraszam, najpierw należało to sprawdzić. Mówi { $agent } z { $creditor }. Czy może pan podać datę urodzenia i adres, ulicę i numer domu?
    .press-on = Dzwonię z { $creditor }. Raty nie są płacone od sierpnia, więc musimy to dziś załatwić.
alan-wary-why =
    .verify-now = Do ujawnienia już doszło (CONC 7.9.10R), ale to właściwa naprawa: przeproś, przedstaw się, zweryfikuj tożsamość i nie idź dalej, dopóki tego nie zrobisz.
    .press-on = Nadal nie wiesz, z kim rozmawiasz, a niepokój rozmówcy zamieniasz w żądanie. Najpierw weryfikacja.

verified = Czternasty marca sześćdziesiątego ósmego. Marlowe Road czterdzieści dwa. …Chodzi o te listy? Przepraszam, ja… ja ich nie otwierałem.
    .gentle-purpose = Dziękuję, panie Pritchard, wszystko się zgadza. Tak, chodzi o pana pożyczkę: od sierpnia nie zostały zapłacone trzy raty. Nie dzwonię, żeby wywierać presję. Chcę zrozumieć, jak wygląda teraz pana sytuacja. Jak pan się miewa?
    .full-today = Dziękuję. Od { $due } zalega pan z kwotą { $amount }. Czy może pan dziś spłacić całą zaległość kartą?
    .bare-purpose = Dziękuję. Chodzi o pana pożyczkę: zaległość { $amount } od { $due }.
verified-v2 = Czternastego marca sześćdziesiątego ósmego. Marlowe Road czterdzieści dwa, Sheffield. W jakiej sprawie?
verified-why =
    .gentle-purpose = Wzorowa odpowiedź: jasno podany cel rozmowy, a potem pytanie otwarte o sytuację klienta. Właśnie powiedział, że nie otwiera listów: to sygnał, który warto zgłębić, a nie pominąć.
    .full-today = Żądanie spłaty całej zaległości jeszcze dziś, zanim cokolwiek wiesz o sytuacji klienta, to nacisk na spłatę jednorazową (CONC 7.3.10R). Klient właśnie powiedział, że nie otwiera listów: zapytaj dlaczego.
    .bare-purpose = Rzeczowo, ale chłodno. Klient właśnie powiedział, że nie jest w stanie otwierać listów; pytanie otwarte („Jak wygląda teraz pana sytuacja?”) zachęciłoby go, żeby powiedział dlaczego.

## Choroba

alan-explains = Wiem. Wiem, że nie zapłaciłem. Latem wykryli u mnie raka jelita grubego. Co dwa tygodnie mam chemię, od lipca jestem na zwolnieniu, dostaję tylko zasiłek chorobowy… a listy po prostu leżą na kredensie.
    .texas = Dziękuję, że mi pan o tym mówi, panie Pritchard, i bardzo mi przykro, że pan przez to przechodzi. Jeśli pan pozwoli, zapiszemy na pana koncie, że jest pan w trakcie leczenia onkologicznego, żeby każdy, kto u nas z panem rozmawia, o tym wiedział i to uwzględniał. Ta informacja posłuży wyłącznie do obsługi pana konta. Czy zgadza się pan?
    .sorry-brief = Przykro mi to słyszeć.
    .still-due = Przykro mi, ale raty trzeba płacić bez względu na okoliczności. Ile może pan dziś wpłacić?
alan-explains-v2 = Powiem szczerze. Mam raka. Raka jelita. Wykryli w czerwcu. Jestem na chemii, na zwolnieniu, na zasiłku, i po prostu… nie byłem w stanie się tym wszystkim zająć.
alan-explains-why =
    .texas = Wzorowa odpowiedź (TEXAS): dziękujesz (Thank), wyjaśniasz, jak informacja zostanie wykorzystana (Explain), i prosisz o wyraźną zgodę na jej zapisanie (eXplicit consent). Dalej: zapytaj, co pomoże (Ask), i wskaż, gdzie szukać wsparcia (Signpost). FG21/1 oczekuje, że pracownik rozpozna stan zdrowia jako źródło szczególnej wrażliwości i na nie zareaguje.
    .sorry-brief = Życzliwie, ale na tym koniec. Taka informacja wymaga TEXAS: podziękuj, wyjaśnij, jak ją wykorzystasz, i poproś o zgodę na zapisanie (FG21/1; reguła empatii EMP-06).
    .still-due = Naruszenie krytyczne: zbywasz diagnozę nowotworu i naciskasz na zapłatę. To ani należyte uwzględnienie sytuacji klienta (CONC 7.3.4R), ani reakcja na jego szczególną wrażliwość (FG21/1), a w karcie oceny empatii oznacza niezaliczenie rozmowy (EMP-18).

alan-quiet = …Halo? Jest tam ktoś? Mówię, że mam raka.
    .sorry-texas = Jestem, przepraszam za tę ciszę. Dziękuję, że mi pan o tym powiedział, i bardzo mi przykro. Jeśli pan pozwoli, zapiszę na koncie, że jest pan w trakcie leczenia, żeby każdy, kto u nas z panem rozmawia, to uwzględniał. Ta informacja posłuży wyłącznie do obsługi pana konta. Zgadza się pan?
    .carry-on = Tak. To wracając do zaległości: kiedy może pan coś wpłacić?
alan-quiet-why =
    .sorry-texas = Dobrze wybrnięte z ciszy: przyznajesz się do niej, a potem TEXAS (podziękuj, wyjaśnij, poproś o zgodę). Jeszcze lepiej reagować od razu: cisza po takim wyznaniu brzmi jak obojętność.
    .carry-on = Po długiej ciszy pomijasz to, co powiedział klient, i prosisz o pieniądze. Dajesz mu do zrozumienia, że nic, co powiedział, się nie liczy. Gdy klient ujawnia szczególną sytuację, zareaguj na nią, zamiast naciskać na zapłatę (FG21/1).

sorry-brief = …No. Dziękuję. I co teraz?
    .late-texas = Dziękuję, że mi pan o tym powiedział, wiem, że to nie jest łatwe. Czy zgodzi się pan, żebyśmy zapisali na koncie, że jest pan w trakcie leczenia, tak aby każdy, kto u nas z panem rozmawia, to uwzględniał? Ta informacja posłuży wyłącznie do obsługi pana konta. I co teraz ułatwiłoby panu kontakt z nami?
    .income-now = Przyjrzyjmy się pana finansom. Jakie ma pan teraz dochody i jakie wydatki?
    .plan-now = To ustalmy plan spłaty. Czy dałby pan radę płacić 100 funtów miesięcznie?
sorry-brief-why =
    .late-texas = Dobrze naprawione: podziękuj, wyjaśnij, poproś o zgodę, a potem zapytaj, co pomoże (TEXAS). Zrobienie tego od razu po wyznaniu byłoby jeszcze lepsze.
    .income-now = Analiza dochodów i wydatków to właściwy krok przed każdym planem spłaty, ale pomijasz TEXAS: klient ujawnił poważną chorobę, a ty nie pytasz, czy możesz to zapisać ani co mu pomoże.
    .plan-now = Kwota wzięta z sufitu, zaraz po informacji o nowotworze, bez pojęcia, z czego klient żyje. Najpierw zareaguj na to, co słyszysz, potem ustal, na co go stać.

consent-given = Tak… tak, zgadzam się. Dziękuję. Przepraszam, trochę mi się wszystko miesza.
    .ask-what-helps = Nie ma pan za co przepraszać. Mogę zapytać, jak pan sobie teraz radzi na co dzień, na samym zasiłku chorobowym? I czy coś ułatwiłoby panu kontakt z nami, na przykład listy zamiast telefonów albo ktoś, kto będzie przy rozmowie?
    .jump-to-plan = Dziękuję. To ustalmy plan spłaty. Dałby pan radę 50 funtów miesięcznie?
    .ask-income = Dobrze. Jakie ma pan teraz miesięczne dochody i jakie niezbędne wydatki?
consent-given-why =
    .ask-what-helps = Wzorowa odpowiedź (A z TEXAS): pytanie otwarte o to, jak klient sobie radzi i co mu pomoże, także w sprawie formy kontaktu. Klient sam mówi, czego potrzebuje.
    .jump-to-plan = Za szybko: masz zgodę klienta, ale nie pytasz, jak się czuje ani co mu pomoże, a kwotę podajesz, nie znając jego budżetu.
    .ask-income = Słuszne pytanie, ale tylko o pieniądze. Najpierw zapytaj, jak sobie radzi i co ułatwiłoby mu kontakt (TEXAS: Ask).

plan-offered = Pięćdziesiąt funtów? Ja… nie wiem. Nawet nie wiem, ile mi teraz wpływa. Nie potrafię teraz myśleć o liczbach. W głowie mam… nie dam rady.
    .step-back = Nic nie szkodzi, nie musi pan dziś niczego decydować. Zostawmy liczby. Wstrzymuję na razie działania na pana koncie, więc nie będzie żadnych telefonów ani listów z prośbą o zapłatę, a pan w tym czasie skorzysta ze wsparcia.
    .push-plan = To tylko 50 funtów. Jeśli dziś czegoś nie ustalimy, zaległość będzie rosła.
plan-offered-why =
    .step-back = Właściwa decyzja: klient nie przyswaja liczb, a więc może nie być w stanie podejmować decyzji na ich temat. Wstrzymaj windykację (CONC 7.10.1R–7.10.2G) i daj mu czas (CONC 7.3.4R).
    .push-plan = Naruszenie krytyczne, jeśli nie przestaniesz: klient mówi, że nie przyswaja liczb. Naciskanie na zobowiązanie osoby, która może nie mieć zdolności do podejmowania decyzji, łamie CONC 7.10, który wymaga wstrzymania windykacji, a straszenie rosnącą zaległością to nacisk (CONC 7.3.10R).

## Kryzys psychiczny

strain = Szczerze? Nie radzę sobie. Nie śpię, nie wiem, jaki jest dzień. W zeszłym miesiącu otworzyłem jeden państwa list, przeczytałem trzy razy i nic do mnie nie dotarło. Claire ciągle mówi, żebym z kimś porozmawiał. Ja po prostu… nie jestem teraz w stanie zajmować się pieniędzmi.
    .pause-and-signpost = Dziękuję, że mówi pan o tym tak otwarcie. Nie musi pan dziś niczego decydować. Wstrzymuję teraz działania na pana koncie: przez najbliższe 60 dni żadnych telefonów ani listów z prośbą o zapłatę, a pan w tym czasie skorzysta ze wsparcia. Bezpłatny doradca do spraw zadłużenia, na przykład w StepChange, National Debtline albo Citizens Advice, przejrzy z panem wszystko i sprawdzi, czy przysługuje panu Breathing Space, czyli ustawowe moratorium, które na 60 dni wstrzymuje większość kontaktów i działań w sprawie długów, a u osoby w trakcie leczenia kryzysu psychicznego na cały czas leczenia i 30 dni po nim. A gdyby kiedykolwiek było panu za ciężko, Samaritans odbierają o każdej porze, bezpłatnie, pod numerem 116 123.
    .pause-only = Dziękuję, że mi pan o tym powiedział. Nie musi pan dziś niczego decydować. Wstrzymuję działania na pana koncie: przez najbliższe 60 dni żadnych telefonów ani listów z prośbą o zapłatę.
    .small-payment = Rozumiem, że jest ciężko. Ale czy moglibyśmy przynajmniej ustalić dziś jakąś małą wpłatę, powiedzmy 20 funtów, żeby zaległość nie rosła?
strain-v2 = Powiem szczerze, nie daję rady. W głowie mam mgłę. Zapominam o wszystkim, całe noce nie śpię. Claire mówi, żebym poszedł do kogoś. Nawet nie wiem, ile mam na koncie. Nie potrafię teraz zajmować się pieniędzmi, po prostu nie potrafię.
strain-why =
    .pause-and-signpost = Wzorowa odpowiedź: klient może nie być w stanie przyswoić informacji o długu ani podjąć decyzji, więc natychmiast wstrzymujesz windykację (CONC 7.10.1R–7.10.2G), dajesz mu czas (CONC 7.3.4R) i wskazujesz wsparcie: bezpłatne doradztwo, Breathing Space (SI 2020/1311: 60 dni albo czas leczenia kryzysu psychicznego i 30 dni) i natychmiastową pomoc emocjonalną. To S z TEXAS.
    .pause-only = Właściwa decyzja: windykacja wstrzymana (CONC 7.10). Dodaj jeszcze wskazanie wsparcia (bezpłatne doradztwo, Breathing Space, pomoc), żeby klient wiedział, dokąd się zwrócić.
    .small-payment = Naruszenie krytyczne, jeśli teraz nie przestaniesz: klient właśnie powiedział, że nic do niego nie dociera i nie jest w stanie zajmować się pieniędzmi. Zabieganie o jakąkolwiek wpłatę od osoby, która może nie mieć zdolności do podejmowania decyzji, łamie CONC 7.10.1R (wstrzymanie windykacji) i FG21/1. Wstrzymaj działania na koncie.

hold-agreed = Sześćdziesiąt dni? No… dziękuję. Nie spodziewałem się tego. Ale co potem?
    .specialist-team = Proponuję przekazać pana sprawę do naszego zespołu wsparcia, który zajmuje się klientami zmagającymi się z chorobą. Będą się z panem kontaktować wyłącznie listownie, chyba że woli pan inaczej, i nic nie wydarzy się na koncie, dopóki nie skorzysta pan z porady. Czy listy będą dla pana najlepsze? I czy chciałby pan, żeby Claire mogła rozmawiać z nami w pana imieniu? Potrzebowalibyśmy tylko pana zgody.
    .callback-month = Potem zadzwonię zapytać, jak się pan czuje, bez żadnej presji. Czy pasowałby panu czwartek 17 grudnia o 14:00? Do tego czasu konto pozostaje wstrzymane.
    .plan-for-later = Potem trzeba będzie ustalić plan spłaty. Może ustalimy kwotę już teraz, żeby było gotowe?
hold-agreed-v2 = To… szczerze mówiąc, to ulga. Ale nadal będę to winien, prawda? I co wtedy?
hold-agreed-why =
    .specialist-team = Wzorowa odpowiedź: przekazanie do specjalistów, forma kontaktu dopasowana do możliwości klienta i możliwość upoważnienia zaufanej osoby, za jego zgodą (FG21/1). Pytasz, zamiast decydować za niego.
    .callback-month = Do przyjęcia: spokojny kontakt w rozsądnej porze, a konto pozostaje wstrzymane. Lepiej jednak przekazać sprawę do zespołu wsparcia i wskazać bezpłatne doradztwo.
    .plan-for-later = Przed chwilą zapewniasz klienta, że nic nie trzeba decydować; pytanie o kwotę raty przeczy wstrzymaniu i zabiega o zobowiązanie, którego klient może nie być w stanie podjąć (CONC 7.10; FG21/1).

## Breathing Space

breathing-space-said = A właściwie… pani z Citizens Advice mówiła, że składa dla mnie wniosek o to całe Breathing Space. W zeszłym tygodniu chyba. Doszło to już do państwa?
    .check-and-hold = Dziękuję, że mi pan o tym mówi. Od razu sprawdzę w naszym systemie. Niezależnie od tego, czy informacja już do nas dotarła, wstrzymuję teraz działania na pana koncie, więc nikt nie będzie się z panem kontaktował w sprawie zapłaty. Jeśli moratorium Breathing Space obowiązuje, przez cały ten czas nie będziemy się z panem kontaktować w sprawie tego długu. Czy ma pan nazwisko doradczyni albo numer sprawy, żebyśmy mogli to powiązać?
    .nothing-received = Nic takiego nie widzę w systemie, więc dla nas raty są nadal wymagalne.
    .not-sure = Nie jestem pewien. Nie bardzo się na tym znam.
breathing-space-said-why =
    .check-and-hold = Wzorowa odpowiedź: traktujesz informację poważnie, natychmiast wstrzymujesz działania na koncie i sprawdzasz. Zawiadomienie jeszcze nie wpłynęło, więc przepisy o Breathing Space dziś Cię nie wiążą (obowiązują od zawiadomienia z Insolvency Service: SI 2020/1311), ale wstrzymanie działań wobec ciężko chorego klienta, za którego doradca składa wniosek, to właśnie wyrozumiałość i Consumer Duty (CONC 7.3.4R; FG21/1; PRIN 2A).
    .nothing-received = „Nic nie widzę w systemie” to prawda, a ochrona Breathing Space zaczyna się dopiero od zawiadomienia z Insolvency Service (SI 2020/1311), ale to nie powód, żeby żądać zapłaty od ciężko chorego klienta, za którego doradca składa wniosek: to ani należyte uwzględnienie jego sytuacji (CONC 7.3.4R), ani reakcja na szczególną wrażliwość (FG21/1, UK-14), ani unikanie przewidywalnej szkody (Consumer Duty, PRIN 2A). Wstrzymaj działania i sprawdź.
    .not-sure = Można czegoś nie wiedzieć; nie można na tym poprzestać. Wstrzymaj działania na koncie na czas sprawdzenia i powiedz to klientowi.

bs-unsure = Aha. No to… mam państwu płacić czy nie? Nie wiem, co mam robić.
    .hold-while-checking = Przepraszam, należało to powiedzieć jaśniej. Dopóki sprawdzamy, nie musi pan niczego płacić. Wstrzymuję teraz działania na koncie i potwierdzę z naszym zespołem, czy Breathing Space jest zarejestrowane. Czy może pan podać nazwisko doradczyni, żebyśmy mogli to powiązać?
    .plan-meanwhile = Na wszelki wypadek ustalmy na razie niewielki plan spłaty, a jeśli Breathing Space zostanie potwierdzone, wstrzymamy go.
bs-unsure-why =
    .hold-while-checking = Dobrze naprawione: jasno, uspokajająco, a konto wstrzymane na czas sprawdzania, czy wpłynęło zawiadomienie (CONC 7.3.4R; FG21/1).
    .plan-meanwhile = Plan spłaty „na razie” to prośba o zobowiązanie od ciężko chorego, zagubionego klienta, za którego doradca składa wniosek o moratorium: to nie wyrozumiałość (CONC 7.3.4R), nie reakcja na szczególną wrażliwość (FG21/1) i przewidywalna szkoda (PRIN 2A). Ochrona z SI 2020/1311 zaczyna się od zawiadomienia; Twój obowiązek staranności zaczyna się teraz. Najpierw wstrzymaj, potem sprawdzaj.

bs-confirmed = To była pani Okafor, z Citizens Advice przy głównej ulicy. Dała mi numer sprawy, mam go gdzieś na karteczce… Czyli nic nie muszę robić?
    .bs-close = Nie, zupełnie nic. Podsumuję: od dziś działania na pana koncie są wstrzymane. Powiążę sprawę z wnioskiem pani Okafor, a dopóki obowiązuje Breathing Space, nie będziemy się z panem kontaktować w sprawie tego długu; napiszemy tylko wtedy, gdy będziemy czegoś potrzebować od Citizens Advice. Czy listy nadal wysyłać na Marlowe Road 42? Dziękuję, że mi pan o tym powiedział, panie Pritchard, i proszę o siebie dbać.
    .bs-close-short = Nie. Dziękuję za informację. Do widzenia.
    .bs-plan-after = Nie. A jak Breathing Space się skończy, zadzwonimy, żeby ustalić plan spłaty.
bs-confirmed-why =
    .bs-close = Wzorowe zakończenie: co dzieje się teraz, potwierdzony adres do korespondencji, podziękowanie i ani słowa o zapłacie. Gdy wpłynie zawiadomienie, SI 2020/1311 uczyni tę przerwę obowiązkiem prawnym.
    .bs-close-short = Poprawnie, ale zdawkowo. Podsumuj, co będzie dalej, i potwierdź adres do korespondencji, żeby klient nie zostawał z pytaniami.
    .bs-plan-after = Zapowiadanie przyszłych telefonów windykacyjnych osobie w kryzysie psychicznym tylko dokłada jej zmartwień. To, co będzie po moratorium, zostaw doradcy i zespołowi wsparcia.

## Zespół wsparcia

specialist = Listy, tak. Mogę je czytać, jak Claire jest u mnie. I tak, może z wami rozmawiać, lepiej się na tym zna niż ja. Muszę coś zrobić?
    .close-with-signpost = Dziś nic. Podsumuję: od dziś przez 60 dni działania na pana koncie są wstrzymane, nasz zespół wsparcia napisze do pana na adres Marlowe Road 42, a ja wyślę formularz, w którym może pan upoważnić Claire do rozmów w pana imieniu. W międzyczasie bezpłatny doradca do spraw zadłużenia, na przykład w StepChange, National Debtline albo Citizens Advice, przejrzy z panem wszystko i sprawdzi, czy Breathing Space to rozwiązanie dla pana. Dziękuję za rozmowę, panie Pritchard. Proszę o siebie dbać.
    .close-short = Nie, nic. Dziękuję, panie Pritchard, wszystkiego dobrego.
    .one-more-thing = Jeszcze jedno, zanim się rozłączymy: czy mógłby pan ustawić choćby 20 funtów miesięcznie, tak na znak dobrej woli?
specialist-why =
    .close-with-signpost = Wzorowe zakończenie: podsumowanie, potwierdzony adres, porządnie załatwione upoważnienie dla osoby trzeciej, wskazanie bezpłatnego doradztwa i Breathing Space oraz podziękowanie.
    .close-short = Życzliwie, ale klient zostaje bez podsumowania i bez wiedzy, gdzie szukać pomocy. Podsumuj dalsze kroki i wskaż bezpłatne doradztwo.
    .one-more-thing = „Na znak dobrej woli” po uzgodnieniu wstrzymania to prośba o zapłatę skierowana do klienta szczególnie wrażliwego (FG21/1), sprzeczna z obiecanym przed chwilą wstrzymaniem windykacji (CONC 7.10).

plan-pushback = Przecież konto miało być wstrzymane. A teraz chcecie pieniędzy? Ja… nie rozumiem, co się dzieje.
    .back-off = Ma pan rację, przepraszam, to było niejasne. Nic nie jest od pana potrzebne. Konto jest wstrzymane i nikt nie będzie pana prosił o zapłatę, dopóki korzysta pan ze wsparcia.
    .insist-plan = Wstrzymane są telefony windykacyjne, ale i tak musimy coś ustalić. Zapisać pana na 50 funtów miesięcznie?
plan-pushback-why =
    .back-off = Dobrze naprawione: przeprosiny i jasne potwierdzenie wstrzymania (CONC 7.10).
    .insist-plan = Klient mówi, że nie rozumie, co się dzieje. Zapisanie go teraz na plan spłaty to uzyskanie zobowiązania od osoby, która może nie mieć zdolności do podejmowania decyzji (CONC 7.10.1R), pod presją (CONC 7.3.10R).

## Gdy rozmowa idzie źle

alan-upset = Przecież mówię, że mam raka, a wy chcecie ode mnie pieniędzy? Ja nie… nie dam rady.
    .apologise-pause = Ma pan rację, przepraszam. To nie powinno było paść. Zostawmy na razie raty. Wstrzymuję działania na pana koncie, żeby nikt pana nie ponaglał, kiedy pan przez to przechodzi.
    .insist = Rozumiem, ale zaległość wynosi { $amount } i cały czas rośnie. Może pożyczy pan od rodziny?
    .threaten-court = Jeśli niczego nie ustalimy, sprawa trafi do sądu.
    .bailiffs = Jeśli nie będzie pan współpracował, będziemy musieli przysłać komornika.
alan-upset-v2 = (drżącym głosem) Nie potrzebuję tego. Jestem chory. Dlaczego mi to robicie?
alan-upset-why =
    .apologise-pause = Najlepsza naprawa: przyznaj się do błędu, przeproś i wstrzymaj windykację (CONC 7.10; CONC 7.3). To nie cofnie tego, co padło, ale może zatrzyma klienta przy telefonie.
    .insist = Namawianie osoby w trakcie leczenia, żeby pożyczyła od rodziny, to nacisk na spłatę dużą kwotą lub z pożyczki (CONC 7.3.10R) i zlekceważenie jej szczególnej sytuacji (FG21/1).
    .threaten-court = Straszenie sądem zdenerwowanego, ciężko chorego klienta już w pierwszej rozmowie to działanie nieproporcjonalne (CONC 7.3.14R), a klient się rozłącza.
    .bailiffs = Naruszenie krytyczne: nie ma wyroku sądu, więc nikt nie może „przysłać komornika”. Zapowiadanie działania, którego nie można podjąć, przeinacza sytuację prawną (CONC 7.11.1R, 7.11.6R, 7.11.9R), a do tego jest groźbą (CONC 7.3.18R).

## Zakończenia

end-escalated = Dziękuję. Naprawdę. Powiem Claire. Do widzenia.
end-escalated-v2 = No. Dziękuję. To… spadł mi kamień z serca. Do widzenia.
end-breathing-space = Dobrze. Dziękuję. Poszukam tej karteczki. Do widzenia.
end-callback = Dobrze. Siedemnastego. Dziękuję. Do widzenia.
end-plan = Dobra. Pięćdziesiąt. Jak chcecie. (Rozłącza się.)
end-hangup = Nie mogę z wami rozmawiać. (Rozłącza się.)
end-hangup-v2 = Nie. Dość. (Połączenie zostaje przerwane.)
