title = Telefon nie w porę: odwożenie dzieci do szkoły po nocnej zmianie
briefing = Pracujesz w dziale windykacji firmy { $creditor }, wydawcy kart kredytowych. { $debtor } zalega z dwiema ratami: { $amount } zaległości od { $due } ({ $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }). System połączył cię z klientką we wtorek o 8:20 rano; klientka mieszka w Leicester. W notatkach na koncie nie ma nic o jej sytuacji. Obowiązuje rozdział 7 podręcznika FCA CONC: zweryfikuj tożsamość, zanim zaczniesz rozmawiać o koncie, nie mów nic nikomu innemu i szanuj prośby klientki o to, kiedy i jak się z nią kontaktować. Na tym szkoleniu standardem wewnętrznym są godziny kontaktu 8:00–21:00 czasu lokalnego klientki (standard wewnętrzny: CONC 7.9.4R nie podaje godzin).
product = karta kredytowa
speaker-son = Tyler (syn)
speaker-husband = Rob (mąż)

## Kto odbiera

son-answers = (głos nastolatka, w tle telewizor) Halo? …MAMO! TELEFON! …A kto mówi?
    .give-name = Cześć, mówi { $agent } z { $creditor }. Czy mogę rozmawiać z panią Gemmą Doyle? To sprawa prywatna.
    .tell-son = Dzwonię z { $creditor }. Przekaż mamie, że chodzi o jej kartę kredytową. Zalega ze spłatą.
son-answers-why =
    .give-name = Dobrze: imię i nazwa firmy, bez słowa o celu rozmowy. Dziecko, które odbiera telefon, to taka sama osoba trzecia jak każda inna (CONC 7.9.6R).
    .tell-son = Naruszenie krytyczne: mówisz czternastoletniemu synowi klientki, że jego mama zalega ze spłatą karty (CONC 7.9.6R, 7.9.7R).

gemma-after-son = (zdyszana) Tak, Gemma. Przepraszam, Tyler mówi, że to do mnie?
    .intro-again = Dzień dobry, przepraszam, że dzwonię w takim zamieszaniu. Mówi { $agent } z { $creditor }.
    .straight-in = Tak, chodzi o pani kartę kredytową. Zaległość wynosi { $amount }.
gemma-after-son-why =
    .intro-again = Dobrze: przedstawiasz się ponownie osobie, z którą naprawdę chcesz rozmawiać, zauważasz, jaki to moment, i nie mówisz jeszcze, w jakiej sprawie dzwonisz.
    .straight-in = Naruszenie krytyczne: „tak, Gemma” to nie weryfikacja, a ty od razu mówisz o zaległości (CONC 7.9.10R). Najpierw wysłuchaj klientki.

gemma-answers = (brzęk kluczyków, kłótnia dzieci w tle) No, halo?
    .intro-ask = Dzień dobry, mówi { $agent } z { $creditor }. Czy rozmawiam z panią Gemmą Doyle?
    .blurt = Dzień dobry, { $agent } z { $creditor }, w sprawie zaległej kwoty { $amount } na pani karcie kredytowej. Czy to pani Gemma?
    .no-intro = Czy to Gemma Doyle?
gemma-answers-v2 = (trzask drzwi) Halo? Tylko szybko, proszę.
gemma-answers-why =
    .intro-ask = Dobrze: imię i nazwa firmy, sprawdzenie, czy to klientka, i jeszcze nic o koncie.
    .blurt = Naruszenie krytyczne: zaległość, zanim wiesz, kto odebrał (CONC 7.9.10R). W pełnym domu to może być każdy.
    .no-intro = Pytasz, kim jest rozmówczyni, nie mówiąc, kim jesteś. Najpierw imię i nazwa firmy.

## Prośba klientki

rushed = Słuchajcie, dosłownie przed chwilą wróciłam z nocnej zmiany i próbuję wyprawić dzieci do szkoły. Możecie zadzwonić innym razem?
    .ask-best-time = Oczywiście, przepraszam, że trafiam na zły moment. Kiedy będzie dobra pora, żeby oddzwonić, i czy to najlepszy numer?
    .callback-tonight = Nie ma problemu, oddzwonię dziś wieczorem o wpół do dziesiątej.
    .two-minutes = To zajmie tylko dwie minuty. Mogę tylko zadać kilka pytań weryfikacyjnych?
rushed-v2 = Za pięć minut wychodzę z dwójką dzieci, całą noc nie spałam. To nie jest dobra pora. Zadzwońcie później, dobrze?
rushed-why =
    .ask-best-time = Wzorowa odpowiedź: krótkie przeprosiny, a potem klientka sama wybiera porę i numer (CONC 7.9.4R). Tak szanuje się rozsądną prośbę o kontakt w innym terminie.
    .callback-tonight = Wybierasz porę za klientkę, a 21:30 to poza przyjętym na szkoleniu standardem 8:00–21:00 (CONC 7.9.4R nie podaje godzin). Zapytaj, kiedy jej pasuje.
    .two-minutes = Klientka prosi, żeby oddzwonić. „Dwie minuty” lekceważy rozsądną prośbę o kontakt w innym terminie (CONC 7.9.4R).

best-time = Jak się wyśpię. Od poniedziałku do czwartku pracuję na nocki. Wstaję koło pierwszej, a po dzieci jadę kwadrans po trzeciej. Czwartek pasuje. …Chodzi o kartę?
    .callback-thursday = W takim razie zadzwonię w czwartek o wpół do drugiej, jak już się pani wyśpi, a przed odbiorem dzieci, na ten numer. Wtedy wszystko omówimy. Niech pani odpocznie.
    .verify-then-brief = Tak, ale więcej mogę powiedzieć dopiero, kiedy będę wiedzieć, że to pani. Jeśli ma pani chwilę, czy może pani podać datę urodzenia i kod pocztowy? Jeśli nie, czwartek jest w porządku.
    .confirm-card = Tak, chodzi o zaległość na pani karcie { $creditor }, { $amount }.
best-time-why =
    .callback-thursday = Wzorowa odpowiedź: pora, którą podała klientka, powtórzona jej własnymi słowami (po śnie, przed odbiorem dzieci), w ramach standardowych godzin, i kończysz rozmowę, tak jak prosiła.
    .verify-then-brief = Prawidłowo: klientka zapytała, więc przed odpowiedzią weryfikujesz jej tożsamość (CONC 7.9.10R), a mimo to nadal proponujesz ponowny kontakt.
    .confirm-card = Naruszenie krytyczne: potwierdzasz konto i kwotę przed weryfikacją (CONC 7.9.10R).

tonight-wrong = O wpół do dziesiątej? O wpół do dziesiątej jestem w pracy, zaczynam o dziewiątej! Nie słuchaliście? Pracuję na nocki.
    .fix-time = Ma pani rację, przepraszam, to było bez zastanowienia. Kiedy naprawdę by pani pasowało?
    .keep-930 = Niestety dzwonimy tylko wieczorami. Zostajemy przy wpół do dziesiątej.
tonight-wrong-why =
    .fix-time = Dobrze naprawione: przeprosiny i pytanie. Zaproponowany wcześniej kontakt o 21:30 i tak liczy się jako wyjście poza standardowe godziny (CONC 7.9.4R nie podaje godzin).
    .keep-930 = Lekceważysz grafik i prośbę klientki (CONC 7.9.4R), a 21:30 to poza standardowymi godzinami (standard wewnętrzny).

callback-confirm = Wpół do drugiej w czwartek, dobra. Możecie najpierw wysłać SMS-a? Nie odbieram od nieznanych numerów.
    .text-first = Oczywiście. W czwartek tuż przed wpół do drugiej wyślę SMS-a na ten numer, że to ja. Czyli: czwartek, 13:30, najpierw SMS, potem telefon. Dziękuję, pani Gemmo, i jeszcze raz przepraszam za tak wczesny telefon.
    .no-texts = Raczej nie wysyłamy SMS-ów. Proszę po prostu odebrać, jak zadzwonimy.
callback-confirm-why =
    .text-first = Wzorowe zakończenie: przyjmujesz prośbę klientki o formę kontaktu, powtarzasz ustalenia i dziękujesz.
    .no-texts = SMS przed telefonem to rozsądna prośba o to, jak się kontaktować (CONC 7.9.4R). Odmowa sprawia, że czwartkowy telefon raczej nie zostanie odebrany.

## Klientka coś proponuje

verified-brief = Dziewiąty kwietnia osiemdziesiątego ósmego. LE4 6RJ. Słuchajcie, wiem, że mam zaległości. W piątek dostaję wypłatę. W piątek mogę wpłacić czterdzieści funtów, a potem porozmawiamy na spokojnie, dobra?
    .accept-40 = Dziękuję, to pomaga. Czyli 40 funtów w piątek, a ja zadzwonię w przyszły poniedziałek o wpół do drugiej, jak się pani wyśpi, żeby wszystko spokojnie omówić.
    .refuse-40 = Dziękuję, ale 40 funtów niewiele zmieni. Żeby wyrównać zaległość, potrzebujemy co najmniej 200.
    .full-now = Dziękuję. Cała zaległość to { $amount }. Może pani ją wpłacić teraz, skoro już rozmawiamy?
verified-brief-v2 = Dziewiąty kwietnia, osiemdziesiąty ósmy, LE4 6RJ. Wiem, że mam zaległości, jasne? Wypłata w piątek. Czterdzieści funtów w piątek, a potem porozmawiamy na spokojnie. Może być?
verified-brief-why =
    .accept-40 = Wzorowa odpowiedź: realna propozycja należycie rozważona (CONC 7.14.10R), prawdziwa rozmowa w porze wybranej przez klientkę, a teraz kończysz.
    .refuse-40 = Odrzucenie realnej kwoty, bo „niewiele zmieni”, to nie jest należyte rozważenie rozsądnej propozycji (CONC 7.14.10R), a 200 funtów od razu to nacisk na spłatę dużej kwoty (CONC 7.3.10R).
    .full-now = Klientka prosiła o rozmowę później; „skoro już rozmawiamy” to lekceważenie tej prośby (CONC 7.9.4R), a cała zaległość naraz to nacisk (CONC 7.3.10R).

offer-unverified = No wiem, że mam zaległości. W piątek wypłata. Wtedy mogę wpłacić czterdzieści funtów. Możemy na razie na tym skończyć?
    .accept-40 = To pomaga, dziękuję. 40 funtów w piątek, a ja zadzwonię w przyszły poniedziałek o wpół do drugiej, żeby wszystko spokojnie omówić.
    .refuse-40 = 40 funtów niewiele da. Potrzebujemy co najmniej 200.
offer-unverified-why =
    .accept-40 = Rozważenie propozycji klientki jest właściwe (CONC 7.14.10R). Do ujawnienia przed weryfikacją już jednak doszło.
    .refuse-40 = Odrzucenie rozsądnej propozycji bez jej rozważenia (CONC 7.14.10R) i nacisk na większą kwotę (CONC 7.3.10R).

promise-confirm = Dobra. Jak mam zapłacić?
    .routes = Najprościej w aplikacji { $creditor } albo przelewem z bankowości internetowej na kartę; może też pani zadzwonić pod numer z wyciągu. Podsumowując: 40 funtów w piątek, a w poniedziałek o 13:30 dzwonię, żeby spokojnie omówić resztę. Czy ten numer jest nadal najlepszy? Dziękuję, pani Gemmo, i przepraszam za wczesny telefon.
    .card-now = Mogę przyjąć wpłatę kartą od razu, jeśli ma ją pani pod ręką?
promise-confirm-why =
    .routes = Wzorowe zakończenie: sposoby płatności, podsumowanie, potwierdzony numer, podziękowanie, i pozwalasz klientce odejść od telefonu.
    .card-now = Klientka powiedziała „w piątek” i spieszy się do szkoły. Pobranie płatności teraz lekceważy i jej prośbę, i termin, który sama podała.

## Gdy rozmowa idzie źle

irritated = Przecież mówię, że nie mogę rozmawiać! Spóźnię się z dziećmi do szkoły. Czy wy w ogóle słuchacie?
    .apologise-callback = Ma pani rację, przepraszam. Już nie zatrzymuję. O której mogę oddzwonić?
    .keep-going = Rozumiem, ale to ważne. Zaległość na koncie wynosi { $amount }, potrzebujemy wpłaty.
    .solicitors = Jeśli nie porozmawia pani teraz, przekażemy sprawę naszym prawnikom.
irritated-v2 = Serio? Mówię, że nie teraz. Mam dwójkę dzieci w samochodzie.
irritated-why =
    .apologise-callback = Dobrze naprawione: przeproś, przestań i zapytaj, kiedy klientce pasuje.
    .keep-going = Klientka prosi już drugi raz. Dalsze naciskanie lekceważy jej prośbę (CONC 7.9.4R).
    .solicitors = Straszenie prawnikami, bo klientka nie może rozmawiać w drodze do szkoły, to działanie nieproporcjonalne (CONC 7.3.14R).

husband = (przytłumione) Rob, ty to załatw. …Halo, tu Rob, mąż. Czemu nękacie moją żonę o ósmej rano? O co chodzi?
    .no-disclose = Przepraszam pana, nie chcieliśmy nikogo nękać. To sprawa prywatna i mogę o niej rozmawiać tylko z panią Gemmą. Zadzwonię do niej w czwartek o wpół do drugiej. Dziękuję i przepraszam za kłopot.
    .tell-rob = Żona zalega ze spłatą karty { $creditor }, { $amount }. Może pan ją przekona, żeby to załatwiła?
husband-why =
    .no-disclose = Właściwe wyjście: nic dla męża (CONC 7.9.6R) i ponowny kontakt w rozsądnej porze.
    .tell-rob = Naruszenie krytyczne: współmałżonek to osoba trzecia. Ujawniasz dług klientki jej mężowi (CONC 7.9.6R, 7.9.7R).

gemma-furious = Dlaczego mówicie mojemu czternastoletniemu synowi o mojej karcie kredytowej? To moja sprawa, nie jego!
    .apologise = Ma pani całkowitą rację i przepraszam. To nie powinno było się zdarzyć. Słyszę też, że to zły moment. Kiedy mogę oddzwonić?
    .defend = Pytał, kto dzwoni. Tak czy inaczej, zaległość wynosi { $amount }.
gemma-furious-why =
    .apologise = Najlepsze, co można zrobić po naruszeniu: przyznać się, przeprosić bez wymówek i pozwolić klientce wybrać porę. Samo naruszenie i tak się liczy (CONC 7.9.6R).
    .defend = Obwinianie dziecka, że zapytało, a potem dalsze mówienie o pieniądzach pogarsza poważne naruszenie.

## Zakończenia

end-callback = Dobra, w porządku. Cześć.
end-callback-v2 = No dobrze. Czwartek. Do widzenia.
end-promise = Dobra, to w piątek. Do widzenia.
end-hangup = Nie mam na to czasu. (Rozłącza się.)
end-hangup-v2 = Niewiarygodne. (Połączenie zostaje przerwane.)
