title = Rozmowa kontrolna: plan, który się rozpadł
briefing = Pracujesz w dziale windykacji { $creditor }. Zaległość na karcie kredytowej klientki { $debtor } wynosi { $amount }; od terminu płatności { $due } minęło { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Najpierw przeczytaj historię konta: 10 listopada rozmawiała z nią koleżanka lub kolega (albo Ty). W Leeds jest 17:45. Obowiązują FCA CONC 7, FG21/1 i Consumer Duty. Milczenie i brak wpłaty to informacja, a nie bunt: dowiedz się, co się zmieniło, ponownie oceń, na co klientkę stać, i uzgodnij coś, czego da się dotrzymać, albo wstrzymaj działania na czas, gdy będzie szukać porady.
product = karta kredytowa Ashgrove Bank
speaker-desk = Konto klienta

history-arrears-letter = Wysłano pismo o zaległości: dwie nieopłacone spłaty minimalne, prośba o kontakt; w załączniku ulotka o bezpłatnym doradztwie dłużnym.
history-arrears-text = Wysłano SMS: „Prosimy o kontakt z Ashgrove Bank w sprawie karty kredytowej”.
history-call-1 = Rozmowa z panią Doyle: od sierpnia ma obcięte godziny pracy. Przegląd dochodów i wydatków, zostaje 90 funtów miesięcznie. Ustalono plan, powtórzono warunki, potwierdzono e-mailem.
history-plan-1 = Plan spłaty: 14 × 90,00 GBP miesięcznie od 17 listopada 2026 r.
history-missed-1 = Pierwsza rata nie wpłynęła. Plan niedotrzymany.
history-missed-text = Wysłano SMS: „Nie otrzymaliśmy Pani wpłaty. Prosimy o kontakt, chętnie pomożemy”.
history-no-answer = Telefon na komórkę: nikt nie odebrał, bez wiadomości.

## Konto przed rozmową

desk = Konto pani Doyle: od rozmowy 10 listopada nic nie wpłynęło, a SMS i telefon od tamtej pory pozostały bez odpowiedzi. Co robisz?
    .call-now = Dzwonię teraz do pani Doyle, żeby się dowiedzieć, co się stało
    .letter-only = Wysyłam standardowe pismo o zaległości i czekam, aż się odezwie
    .default-litigation = Wypowiadam umowę i jeszcze dziś przekazuję sprawę do działu sądowego
desk-why =
    .call-now = Tak: gdy po rozmowie nic nie wpływa, zadzwoń w godzinach kontaktu i dowiedz się dlaczego, zanim cokolwiek eskaluje. Zwykle coś się zmieniło.
    .letter-only = Pismo nie jest błędem, ale dwa kontakty już zostały bez odpowiedzi, a szablon nie powie Ci, dlaczego nic nie wpłynęło. Telefon w godzinach kontaktu daje jej szansę wyjaśnić.
    .default-litigation = Działanie nieproporcjonalne: trzy tygodnie bez wpłaty, żadnej rozmowy o przyczynie i od razu droga sądowa (CONC 7.3.14R; oraz CONC 7.3.4R: wyrozumiałość i należyta uwaga). Najpierw ustal, co się zmieniło.

end-letter = (Pismo o zaległości zostaje wysłane. W tym tygodniu na koncie nic więcej się nie dzieje.)
end-litigation = (Umowa zostaje wypowiedziana, a sprawa trafia do działu sądowego. Nikt nie zapytał pani Doyle, co się stało.)

## Początek rozmowy

opening = Halo?
    .intro-verify = Dzień dobry, mówi { $agent } z { $creditor }. Czy rozmawiam z panią Gemmą Doyle? Zanim przejdę dalej, czy może Pani podać datę urodzenia i pierwszą linijkę adresu?
    .missed-payment = Dzień dobry, { $agent } z { $creditor }. Pani rata nie wpłynęła. Czy to pani Gemma?
opening-v2 = Halo, Gemma, słucham.
opening-why =
    .intro-verify = Tak trzeba: imię, bank, dwie dane identyfikacyjne, zanim padnie słowo o koncie (CONC 7.9.10R). Niedotrzymany plan niczego tu nie zmienia.
    .missed-payment = Naruszenie krytyczne: mówisz o koncie, zanim wiesz, kto odebrał (CONC 7.9.10R), i zaczynasz od niepowodzenia.

gemma-wary = Kto mówi? Nie można tak po prostu zadzwonić i to powiedzieć.
    .verify-now = Ma Pani rację, przepraszam. Zanim cokolwiek powiem, czy może Pani podać datę urodzenia i pierwszą linijkę adresu?
gemma-wary-why =
    .verify-now = Naprawa, ale ujawnienie już nastąpiło.

verified = Tak, to ja. Chodzi o ratę, prawda?
    .what-happened = Dziękuję, pani Doyle. Tak: rata z planu nie wpłynęła. Nie dzwonię z pretensjami. Zwykle jest jakiś powód. Czy coś się zmieniło od naszej ostatniej rozmowy?
    .demand-missed = Tak. Zgodziła się Pani na plan i go nie dotrzymała. Potrzebuję dziś zaległej raty, a następnej w terminie.
    .default-warning = Tak. Nie dotrzymała Pani planu. Jeśli to się powtórzy, wypowiemy umowę i sprawa pójdzie do sądu.
verified-why =
    .what-happened = Wzorowa odpowiedź: podajesz fakt, rozładowujesz napięcie i pytasz, co się zmieniło. Niedotrzymany plan to powód do ponownej oceny, a nie do eskalacji.
    .demand-missed = Nie wiesz, dlaczego nie zapłaciła. Żądanie zaległej raty od razu, do tego następnej, to presja na spłatę być może ponad możliwości w krótkim czasie (CONC 7.3.10R).
    .default-warning = Groźba sądem jako nacisk, zanim wiesz, dlaczego rata nie wpłynęła (CONC 7.3.18R). Zgodny z prawem kolejny krok można rzeczowo przedstawić, gdy klientka zostanie wysłuchana, a nie na powitanie.

explains-broken = Wiem. Obiecałam { $promised } i naprawdę chciałam. A tydzień po Państwa telefonie Liam się wyprowadził. Jego czterysta funtów zniknęło razem z nim. Zostałam sama z dziećmi i szczerze mówiąc, nie śpię. Nie zadzwoniłam, bo nie wiedziałam, co powiedzieć.
    .texas = Dziękuję, że mi Pani o tym mówi, i bardzo mi przykro, to dużo naraz. To, co Pani powiedziała, jest ważne, bo zmienia to, na co Panią stać. Czy zgodzi się Pani, żeby na koncie znalazła się notatka, że Pani sytuacja się zmieniła i że jest teraz ciężko? Dzięki temu każdy, kto u nas z Panią rozmawia, weźmie to pod uwagę.
    .acknowledge-brief = Przykro mi. Zobaczmy, co da się zrobić.
    .reinstate-old = Przykro mi to słyszeć. Wróćmy po prostu na właściwe tory: 90 funtów miesięcznie, od dziesiątego.
    .catch-up = Rozumiem, ale plan nadal obowiązuje. Potrzebujemy zaległej raty i tej z tego miesiąca razem.
explains-broken-why =
    .texas = Wzorowa odpowiedź (TEXAS): podziękuj, wyjaśnij, po co i jak ta informacja zostanie wykorzystana, poproś o wyraźną zgodę na jej zapisanie. Zmiana sytuacji to właśnie moment, w którym stary plan trzeba ocenić na nowo (CONC 7.3.4R; FG21/1).
    .acknowledge-brief = Życzliwie, ale pomijasz zgodę na zapisanie informacji o jej zdrowiu i rodzinie: TEXAS jej wymaga.
    .reinstate-old = Plan tej wielkości co poprzedni był oparty na dochodzie, którego już nie ma. Przywrócenie go bez nowego przeglądu dochodów i wydatków to przepis na kolejną niedotrzymaną obietnicę.
    .catch-up = Zbycie zmiany sytuacji i żądanie podwójnej wpłaty to przeciwieństwo należytej uwagi (CONC 7.3.4R, 7.3.10R) i krytyczny błąd w empatii.

explains-open = Ostatnio nie doszliśmy do żadnego planu, prawda? A od tamtej pory jest gorzej. Liam się wyprowadził i jego czterysta funtów zniknęło razem z nim. Zostałam sama z dziećmi i szczerze mówiąc, nie śpię.
    .texas = Dziękuję, że mi Pani o tym mówi, i bardzo mi przykro, to dużo naraz. To, co Pani powiedziała, jest ważne, bo zmienia to, na co Panią stać. Czy zgodzi się Pani, żeby na koncie znalazła się notatka, że Pani sytuacja się zmieniła i że jest teraz ciężko? Dzięki temu każdy, kto u nas z Panią rozmawia, weźmie to pod uwagę.
    .acknowledge-brief = Przykro mi. Zobaczmy, co da się zrobić.
    .catch-up = Rozumiem, ale zaległość i tak trzeba spłacić. W tym miesiącu potrzebujemy wpłaty.
explains-open-why =
    .texas = Wzorowa odpowiedź (TEXAS): podziękuj, wyjaśnij, jak ta informacja zostanie wykorzystana, poproś o wyraźną zgodę na jej zapisanie.
    .acknowledge-brief = Życzliwie, ale pomijasz zgodę na zapisanie tego, co powiedziała: TEXAS jej wymaga.
    .catch-up = Zbycie zmiany sytuacji, żeby naciskać na wpłatę, to przeciwieństwo należytej uwagi (CONC 7.3.4R) i krytyczny błąd w empatii.

consent = Tak, proszę to zapisać. Po prostu już nie wiem, na co mnie stać.
    .redo-budget = To policzmy wszystko od nowa, bo stare liczby już nie pasują. Ile teraz co miesiąc wpływa, a ile musi wyjść?
    .reinstate-old = Zróbmy to prosto: 90 funtów miesięcznie, od dziesiątego.
consent-why =
    .redo-budget = Wzorowa odpowiedź: nowy przegląd dochodów i wydatków. Plan musi pasować do budżetu, który ma teraz, a nie do tego z listopada.
    .reinstate-old = Prosto, ale każda dawna kwota wynikała z budżetu, w którym było czterysta funtów od Liama. Najpierw ponowna ocena.

budget = Wypłata ta sama, tysiąc sto pięćdziesiąt. Universal Credit trochę wzrósł, odkąd ich powiadomiłam, jakieś czterysta sześćdziesiąt. Czynsz osiemset dwadzieścia, podatek lokalny sto trzydzieści, gaz i prąd, jedzenie, autobus… Zmieniłam abonament na tańszy i ograniczyłam świetlicę. Zostaje może czterdzieści. Może.
    .offer-new-plan = Dziękuję, to bardzo jasne. Przy tych liczbach da Pani radę płacić 40 funtów miesięcznie. Czy 32 raty miesięczne po 40 funtów, pierwsza w czwartek 10 grudnia, byłyby dla Pani w porządku? To nadal spłaca całe saldo, a jeśli coś się zmieni, wrócimy do tego.
    .offer-hold = Nie musi Pani decydować dziś. Możemy wstrzymać działania na koncie na 30 dni, bez telefonów i pism windykacyjnych, a w tym czasie porozmawia Pani z bezpłatnym doradcą dłużnym, na przykład w StepChange, National Debtline albo Citizens Advice. Zadzwonię we wtorek 5 stycznia i ustalimy plan na podstawie ich porady. Czy to by pomogło?
    .reinstate-after = A dałaby Pani radę 90 funtów miesięcznie, jeśli zaczniemy od dziesiątego?
budget-why =
    .offer-new-plan = Wzorowa odpowiedź: nowy plan na miarę tego, co ma teraz, w granicach pełnomocnictwa, z otwartą furtką na wypadek kolejnych zmian.
    .offer-hold = To także wzorowa odpowiedź: czas na bezpłatną poradę, wstrzymane działania i data powrotu do sprawy (wyrozumiałość, CONC 7.3.4R; Consumer Duty). Dobre wyjście, gdy klientka jest przytłoczona albo ma inne długi.
    .reinstate-after = Właśnie powiedziała, że zostaje jej 40 funtów. Prośba o 90 to prośba, żeby znów złamała tę samą obietnicę.

counters = Nie dam rady. Mogę płacić { $counter-instalment } miesięcznie, naprawdę, więcej nie ma.
    .take-counter = W porządku. Zostańmy przy tym, na co Panią naprawdę stać.
    .check-budget = Sprawdźmy to razem: ile teraz co miesiąc wpływa i ile wychodzi?
    .refuse-counter = Obawiam się, że to za mało. Potrzebujemy więcej.
counters-why =
    .take-counter = Dobrze: jej propozycja odpowiada temu, co ma teraz; odrzucenie jej naruszyłoby CONC 7.14.10R.
    .check-budget = Rozsądnie: najpierw sprawdź kwotę w jej nowym budżecie.
    .refuse-counter = Odrzucenie rozsądnej propozycji spłaty (CONC 7.14.10R) od osoby, która właśnie wyjaśniła, że spadły jej dochody.

refuses = Nie. Nie będę znowu obiecywać czegoś, czego nie dam rady.
    .rethink = Ma Pani rację i dziękuję za szczerość. Spójrzmy na to jeszcze raz.
refuses-why =
    .rethink = Dobrze: mówi Ci, co się rozpadnie; wróć do jej liczb.

budget-again = Dobrze. Co jeszcze możemy zrobić?
    .offer-hold = Możemy wstrzymać działania na koncie na 30 dni, bez telefonów i pism windykacyjnych, a w tym czasie porozmawia Pani z bezpłatnym doradcą dłużnym, na przykład w StepChange, National Debtline albo Citizens Advice. Zadzwonię we wtorek 5 stycznia i ustalimy plan na podstawie ich porady.
budget-again-why =
    .offer-hold = Dobra alternatywa, gdy dziś żaden plan nie pasuje: wstrzymanie, bezpłatna porada, data powrotu.

still-stuck = Po prostu nie mogę się na to zobowiązać. Przepraszam.
    .offer-hold = Nic się nie stało. Nie róbmy tego na siłę. Możemy wstrzymać działania na koncie na 30 dni, bez telefonów i pism windykacyjnych, a w tym czasie porozmawia Pani z bezpłatnym doradcą dłużnym, na przykład w StepChange, National Debtline albo Citizens Advice. Zadzwonię we wtorek 5 stycznia.
still-stuck-why =
    .offer-hold = Tak: żadnego planu nie do dotrzymania; wstrzymanie, bezpłatna porada i termin.

plan-stretch = No dobrze… { $agreed }. Znajdę te pieniądze. Muszę.
    .recheck = Zanim to ustalimy: to więcej niż 40 funtów, które według Pani zostają. „Muszę” to dokładnie to, przez co rozpadł się poprzedni plan. Spójrzmy na to jeszcze raz?
    .lock-it-in = Dobrze, w takim razie ustalone.
plan-stretch-why =
    .recheck = Wzorowa naprawa: obietnica złożona ze wstydu to następna niedotrzymana obietnica. Oceń na nowo.
    .lock-it-in = Przywracasz plan, na który według niej jej nie stać. Znowu się rozpadnie, a każde takie niepowodzenie to dla niej więcej stresu, a dla Ciebie więcej telefonów.

plan-accepted = Tak. To dam radę: { $agreed }.
    .read-back = Powtórzę, żebyśmy mieli to samo: kwota, jak często, ile rat i data pierwszej wpłaty. Zgadza się?
    .routes-writing = Dziękuję. Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a nowy plan wyślę dziś na piśmie. Czy adres e-mail jest nadal ten sam?
plan-accepted-why =
    .read-back = Dobrze: powtórz nowe warunki.
    .routes-writing = Przydatne, ale najpierw powtórz warunki.

read-back-confirmed = Tak: { $instalment } { $every }, { $count ->
        [one] { $count } rata
        [few] { $count } raty
        [many] { $count } rat
       *[other] { $count } raty
    }, pierwsza { $first-date }.
    .routes-writing = Dziękuję. Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a nowy plan wyślę dziś na piśmie. Czy adres e-mail jest nadal ten sam?
    .and-the-missed = Świetnie. A ta niezapłacona rata: czy może ją Pani wpłacić jeszcze w tym tygodniu?
read-back-confirmed-why =
    .routes-writing = Wzorowa odpowiedź: sposoby płatności, potwierdzenie na piśmie, dane kontaktowe.
    .and-the-missed = Nowy plan obejmuje już całe saldo, razem z niezapłaconą ratą. Żądanie jej na dokładkę przekreśla ponowną ocenę (CONC 7.3.10R).

details = Dobrze. Jak mam płacić?
    .routes-writing = Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a nowy plan wyślę dziś na piśmie. Czy adres e-mail jest nadal ten sam?
details-why =
    .routes-writing = Sposoby płatności i pismo, jak zawsze; ale warunków nikt nie sprawdził z tym, co ma.

close = Tak, ten sam e-mail. Dziękuję.
    .signpost-summarise = Dziękuję, pani Doyle. Podsumowując: nowy plan, dziś na piśmie, i notatka na koncie o zmianie Pani sytuacji. Jeśli znów coś się zmieni, proszę zadzwonić przed terminem raty, a razem coś wymyślimy. StepChange, National Debtline i Citizens Advice pomagają za darmo, gdyby chciała Pani pomocy z całym budżetem. Dziękuję za rozmowę.
    .last-chance = Dziękuję. Tylko żeby Pani wiedziała: to ostatnia szansa. Jeśli i ten plan się rozpadnie, sprawa pójdzie do sądu.
close-why =
    .signpost-summarise = Wzorowe zakończenie: podsumowanie, notatka na koncie, co robić, gdy coś się zmieni, bezpłatna porada, podziękowanie.
    .last-chance = Groźba na pożegnanie jako nacisk (CONC 7.3.18R). Jeśli kolejne niedotrzymanie oznacza wypowiedzenie umowy, napisz to jasno w potwierdzeniu, jako informację, a nie groźbę.

hold-agreed = Tak. Trzydzieści dni bardzo by mi pomogło. Jutro zadzwonię do StepChange.
    .summarise-hold = W takim razie ustalone. Podsumowując: działania na koncie są wstrzymane do wtorku 5 stycznia, w tym czasie żadnych telefonów ani pism windykacyjnych; zapiszę informację o zmianie Pani sytuacji; a piątego zadzwonię około za kwadrans szósta. Dziś potwierdzę to wszystko na piśmie. Czy adres e-mail jest nadal ten sam? Dziękuję, pani Doyle.
    .hold-goodbye = Świetnie. To do usłyszenia.
hold-agreed-why =
    .summarise-hold = Wzorowe zakończenie: co oznacza wstrzymanie, do kiedy, co potem i kiedy, na piśmie.
    .hold-goodbye = Na wstrzymaniu, którego nikt nie podsumował ani nie potwierdził na piśmie, klientka nie może polegać.

## Gdy coś idzie źle

gemma-upset = Robię, co mogę! Nie macie Państwo pojęcia, jak wyglądały ostatnie tygodnie.
    .apologise-reset = Ma Pani rację, nie mam pojęcia, i przepraszam. Może mi Pani powiedzieć, co się działo?
    .press-on = Każdy ma problemy. Jak Pani nie zapłaci, sprawa pójdzie do sądu.
gemma-upset-why =
    .apologise-reset = Dobra naprawa: przeproś i słuchaj.
    .press-on = Groźba sądem jako nacisk (CONC 7.3.18R), a rozmowa się kończy.

## Zakończenia

end-plan = Dobrze. Dziękuję, że nikt na mnie nie krzyczał. Do widzenia.
end-hold = Dziękuję. Naprawdę. Do widzenia.
end-hangup = Nie dam rady teraz o tym rozmawiać. (Rozłącza się.)
