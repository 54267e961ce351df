title = „Proszę do mnie nie dzwonić”
briefing = Pracujesz w Apex Recovery, zewnętrznej firmie windykacyjnej w USA, więc obowiązują FDCPA i Regulation F. System wydzwaniający (dialer) wrzucił do Twojej kolejki konto dłużniczki: { $debtor }, kwota { $amount } dla { $creditor } z ostatniego rachunku za rozwiązaną umowę na telefon komórkowy; termin płatności minął { $due }, zaległość trwa { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. W Sacramento (Kalifornia) jest 12:10 i dialer jest gotów wybrać numer jej komórki. Zanim zadzwonisz, przeczytaj akta konta: historię, pisma i telefony. Potem zdecyduj, co robisz. Jeśli dzwonisz, zweryfikuj rozmówczynię, zanim zaczniesz mówić o koncie, i podaj wymaganą informację. W sprawie tego konta nikt nie zdecydował o pozwie: każda groźba sądem byłaby groźbą kroku, którego nikt nie zamierza podjąć (15 U.S.C. § 1692e(5)).
product = umowa na telefon komórkowy (rachunek końcowy)
speaker-desk = Przed telefonem

## The account's history

history-h1 = Wysłano pani Reyes na adres w Sacramento zawiadomienie o długu (validation notice): rachunek końcowy { $creditor }, saldo { $amount }.
history-h2 = Rozmowa z panią Reyes. Niczego nie kwestionuje; mówi, że teraz nie może zapłacić i ma dość telefonów; zapowiedziała, że napisze. Poinformowano ją, że telefony ustaną, gdy jej pismo wpłynie.
history-h3 = List polecony od pani Reyes z 9 listopada, zeskanowany w kancelarii: „Proszę przestać się ze mną kontaktować w sprawie tego rachunku. Proszę nie dzwonić do mnie ani do domu, ani do pracy”. Jeszcze nie obsłużony: konto nadal jest w dialerze.
history-h4 = Próba połączenia z dialera, telefon komórkowy: brak odpowiedzi.
history-h5 = Próba połączenia z dialera, telefon komórkowy, w porze lunchu: poczta głosowa, zostawiono wiadomość o ograniczonej treści.
history-h6 = Próba połączenia z dialera, telefon komórkowy: brak odpowiedzi.

## Before you dial

desk = Konto jest otwarte, a dialer ustawił połączenie na komórkę dłużniczki ({ $debtor }) teraz: wtorek, 12:10 w Sacramento. Co robisz?
    .call-now = Dzwonię teraz, tak jak proponuje dialer.
    .no-call-cease = Nie dzwonię. Jej pisemne żądanie zaprzestania kontaktu wpłynęło 12 listopada: oznaczam konto „zakaz kontaktu”, wyłączam je z dialera i zgłaszam trzy telefony wykonane już po wpłynięciu listu.
    .letter-ending = Nie dzwonię. Wysyłam jedyne pismo, na które prawo jeszcze pozwala: jej list wpłynął, a Apex Recovery kończy działania windykacyjne w tej sprawie. Oznaczam konto „zakaz kontaktu” i wyłączam je z dialera.
    .email-plan = Nie dzwonię. Chce mieć wszystko na piśmie, więc wysyłam jej e-mailem propozycję planu spłaty z linkiem do portalu płatności.
    .call-evening = Nie dzwonię do niej do pracy. Przesuwam telefon na 18:30, kiedy będzie w domu.
desk-why =
    .call-now = Naruszenie krytyczne: jej pisemne żądanie zaprzestania kontaktu wpłynęło 12 listopada, pięć dni temu. Od tej chwili Apex Recovery może się z nią kontaktować w sprawie długu tylko po to, by poinformować o zakończeniu działań albo zawiadomić o konkretnym środku (15 USC 1692c(c); 12 CFR 1006.6(c)). Naruszeniem jest samo połączenie, choćby rozmowa poszła najlepiej; to, że ustawił je dialer, niczego nie usprawiedliwia. Przeczytaj akta, zanim zadzwonisz.
    .no-call-cease = Wzorowa decyzja: żądanie zaprzestania kontaktu w aktach oznacza, że nikt nie dzwoni, ani Ty, ani dialer (15 USC 1692c(c); 12 CFR 1006.6(c)). Oznacz konto, żeby przestano nad nim pracować, i zgłoś trzy próby wykonane po wpłynięciu listu: też nie powinny się zdarzyć. Zaprzestanie kontaktu jest zawsze zgodne z prawem; nie masz obowiązku dalej się z nią kontaktować.
    .letter-ending = Dobrze i zgodnie z prawem: zawiadomienie, że działania windykacyjne się kończą, to jeden z nielicznych dozwolonych jeszcze kontaktów (15 USC 1692c(c)(1); 12 CFR 1006.6(c), punkt do weryfikacji). Nie jest obowiązkowe i musi pozostać tylko tym zawiadomieniem: bez przypomnienia salda z linkiem do płatności, bez „prosimy o kontakt w celu uregulowania”, bo to już byłaby windykacja. Ocena nieco niższa niż samo zaprzestanie kontaktu tylko dlatego, że prosiła o brak jakiegokolwiek kontaktu.
    .email-plan = Naruszenie krytyczne: pisemne żądanie zaprzestania kontaktu zamyka każdy kanał, nie tylko telefon. „Chce mieć to na piśmie” myli je z ustną prośbą „proszę nie dzwonić” (12 CFR 1006.14(h)(1)), która dotyczy tylko telefonu. Propozycja planu e-mailem to kontakt w sprawie długu, którego 15 USC 1692c(c) zakazuje.
    .call-evening = Naruszenie krytyczne: przesunięcie telefonu na wieczór rozwiązuje problem „nie do pracy”, ale pomija list: prosiła Apex Recovery o zaprzestanie kontaktu, w domu i w pracy (15 USC 1692c(c); 12 CFR 1006.6(c)). Nie dzwoń wcale.

end-not-called = (Nie dzwonisz. Przy koncie widnieje teraz: „Zakaz kontaktu: pisemne żądanie wpłynęło 12 listopada. Bez kontaktu”. Konto jest wyłączone z dialera, a w notatce do kierownika zespołu wymieniasz trzy telefony wykonane po wpłynięciu listu.)
end-letter-ending = (Nie dzwonisz. Do pani Reyes idzie krótkie pismo: jej list z 12 listopada wpłynął, a Apex Recovery kończy działania windykacyjne w tej sprawie. Konto jest oznaczone „zakaz kontaktu” i wyłączone z dialera.)
end-plan-emailed = (Nie dzwonisz. Do pani Reyes idzie e-mail z propozycją planu spłaty i linkiem do portalu płatności. Konto zostaje w dialerze.)
end-call-moved = (Teraz nie dzwonisz. Dialer zadzwoni do pani Reyes do domu dziś o 18:30.)

## Początek rozmowy

opening = Halo?
    .ask-for-monica = Dzień dobry, mówi { $agent } z firmy Apex Recovery. Czy mogę rozmawiać z panią Monicą Reyes?
    .blurt-debt = Dzień dobry, dzwonię w sprawie zaległego rachunku z { $creditor } wystawionego na panią Monicę Reyes. Czy to pani?
    .no-name = Dzień dobry, czy to pani Monica Reyes?
opening-v2 = Halo, kto mówi?
opening-why =
    .ask-for-monica = Dobrze: najpierw imię i nazwa firmy (15 USC 1692d(6)), potem prośba o rozmowę z dłużniczką, bez mówienia, w jakiej sprawie dzwonisz.
    .blurt-debt = Naruszenie krytyczne: mówisz o zaległym rachunku, zanim wiesz, kto odebrał (15 USC 1692c(b)), i w ogóle się nie przedstawiasz. Przedstaw się, poproś o dłużniczkę, zweryfikuj ją i dopiero wtedy rozmawiaj o koncie.
    .no-name = Pytasz, kim jest rozmówczyni, nie mówiąc, kim jesteś (15 USC 1692d(6)). Zacznij od imienia i nazwy firmy.

opening-silence = Halo? Halo? No nie, znowu jeden z tych telefonów.
    .apologise-intro = Przepraszam, na chwilę przerwało połączenie. Mówi { $agent } z Apex Recovery. Czy mogę rozmawiać z panią Monicą Reyes?
    .ask-if-monica = Tak, dzień dobry. Czy to pani Monica Reyes?
opening-silence-why =
    .apologise-intro = Dobrze wybrnięte: krótkie przeprosiny, potem imię i nazwa firmy (15 USC 1692d(6)). Lepiej być gotowym, zanim ktoś odbierze: cisza w słuchawce brzmi jak automat telefoniczny.
    .ask-if-monica = Nadal się nie przedstawiasz (15 USC 1692d(6)). Przeproś za ciszę i najpierw podaj imię i nazwę firmy.

monica-speaking = Przy telefonie. O co chodzi?
    .verify-dob = Dziękuję. Zanim przejdę dalej, dla ochrony pani danych: czy może pani podać datę urodzenia i kod pocztowy przypisany do konta?
    .good-time = Dziękuję. To sprawa osobista; czy to dobry moment na kilka minut rozmowy?
    .straight-to-debt = Chodzi o pani konto w { $creditor }. Zaległość wynosi { $amount }. Kiedy pani to zapłaci?
monica-speaking-v2 = Tak, to ja. Tylko szybko, proszę, mam przerwę na lunch.
monica-speaking-why =
    .verify-dob = Dokładnie tak: dane, które już masz w systemie, potwierdzają tożsamość rozmówczyni, zanim wspomnisz o koncie (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .good-time = Dobry odruch: pytanie, czy to dobry moment, szanuje czas rozmówczyni (nie wolno dzwonić w porze, o której wiesz, że jest niedogodna, 15 USC 1692c(a)(1)) i niczego nie ujawnia. Przed rozmową o koncie i tak musisz ją zweryfikować.
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim ustalisz, kto jest po drugiej stronie (15 USC 1692c(b)), i zaczynasz od żądania zapłaty. Najpierw weryfikacja.

bad-time = Szczerze mówiąc, niespecjalnie. Jestem w pracy i mam dwadzieścia minut przerwy. Przepraszam, z jakiej to firmy?
    .verify-quick = Z Apex Recovery. Obiecuję, że krótko. Dla pewności, że rozmawiam z panią: czy może pani podać datę urodzenia i kod pocztowy?
    .evening-callback = Nie ma problemu, w takim razie zadzwonię dziś wieczorem o 18:30.
    .press-on = To zajmie tylko chwilę: chodzi o { $amount } na pani koncie w { $creditor }.
bad-time-why =
    .verify-quick = Dobrze: szanujesz limit czasu, o którym mówi rozmówczyni, i weryfikujesz ją, zanim cokolwiek powiesz o koncie (15 USC 1692c(b)).
    .evening-callback = Ustalasz ponowny kontakt, nie pytając rozmówczyni o zdanie, a ona może w ogóle nie chcieć telefonów. Zapytaj, jak i kiedy woli, żebyście się kontaktowali.
    .press-on = Naruszenie krytyczne: rozmawiasz o długu przed weryfikacją (15 USC 1692c(b)), i to w chwili, o której rozmówczyni właśnie powiedziała, że jest niedogodna.

verified = Drugi czerwca 1979. 95818. To znowu chodzi o rachunek za telefon?
    .mm-calm = Dziękuję, pani Reyes. Dzwonię z Apex Recovery, firmy windykacyjnej. Celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Chodzi o pani konto w { $creditor }: od { $due } pozostaje do zapłaty { $amount }.
    .no-mm = Dziękuję. Tak, chodzi o pani konto w { $creditor }: od { $due } pozostaje do zapłaty { $amount }.
    .mm-demand = Dziękuję. Apex Recovery to firma windykacyjna; celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Zaległość wobec { $creditor } wynosi { $amount } i muszę jeszcze dziś wiedzieć, jak pani ją spłaci.
verified-v2 = 2.06.1979, a kod 95818. Niech zgadnę. Summit Peak?
verified-why =
    .mm-calm = Właściwa informacja zaraz po weryfikacji: w kolejnym kontakcie prawo wymaga tylko zdania, że kontaktuje się windykator (12 CFR 1006.18(e)(2)), a pełna formuła Mini-Miranda to obejmuje. Ale z jej pismem w aktach ta rozmowa w ogóle nie powinna się odbywać.
    .no-mm = Naruszenie krytyczne: ani słowa o tym, że dzwoni windykator. To nie jest pierwszy kontakt (zawiadomienie o długu wysłano we wrześniu, a w październiku rozmawiał z nią ktoś z zespołu), więc pełna formuła Mini-Miranda nie jest wymagana, ale każdy kolejny kontakt musi zawierać informację, że pochodzi od windykatora (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-demand = Formuła poprawna, ale żądanie deklaracji jeszcze dziś, zanim rozmówczyni w ogóle coś powiedziała, to presja.

## Prośba

stop-request = Dobrze, proszę przestać. Dzwonicie do mnie trzeci raz w tym tygodniu, a teraz jeszcze do pracy. Nie życzę sobie telefonów w tej sprawie. Proszę do mnie nie dzwonić. Jeśli czegoś ode mnie chcecie, proszę napisać.
    .acknowledge-channel = Rozumiem, pani Reyes, i przepraszam, że te telefony były uciążliwe. Zapisuję, że nie życzy sobie pani telefonów w sprawie tego konta. Jak woli pani, żebyśmy się kontaktowali: listownie na adres, który mamy w systemie, czy e-mailem?
    .other-time = Rozumiem. A może wieczorem byłoby lepiej? Mogę zadzwonić po pani pracy.
    .one-minute = Rozumiem, ale to zajmie tylko minutę. Kiedy może pani dokonać wpłaty?
    .sue-threat = Jeśli nie chce pani z nami rozmawiać, nie będziemy mieli wyjścia i skierujemy sprawę na drogę sądową.
stop-request-v2 = Nie. Dość. Nie będę znowu przez to przechodzić. Proszę do mnie więcej nie dzwonić, ani do pracy, ani do domu. Jak musicie, to przyślijcie list.
stop-request-why =
    .acknowledge-channel = Właściwie przy ustnej prośbie: prośba, by nie dzwonić, jest wiążąca dla kanału telefonicznego (12 CFR 1006.14(h)(1)). Przyjmujesz ją do wiadomości, przepraszasz za kłopot i pytasz, jaki kanał rozmówczyni woli, bez słowa o płatności. Ale w aktach jest jej pisemne żądanie zaprzestania kontaktu: zamyka ono każdy kanał, więc nie ma innego kanału do zaproponowania.
    .other-time = Rozmówczyni nie powiedziała „nie teraz”, tylko „nie dzwońcie”. Proponując inną porę, dalej korzystasz z kanału, który właśnie zamknęła (12 CFR 1006.14(h)(1); komentarz 14(h)(1)-3). Zapytaj, jak woli, żebyście się kontaktowali.
    .one-minute = Rozmówczyni prosi, żeby nie dzwonić, a ty naciskasz dalej z żądaniem zapłaty (12 CFR 1006.14(h)(1)). Przyjmij prośbę do wiadomości i ustal inny kanał kontaktu.
    .sue-threat = Straszenie pozwem za to, że ktoś nie chce odbierać telefonów, to groźba krokiem, o którym nikt nie zdecydował (15 USC 1692e(5); 12 CFR 1006.18(c)(1)), a do tego lekceważy prośbę, by nie dzwonić (12 CFR 1006.14(h)(1)).

written-letter = Chwileczkę. Przecież wysłałam wam list. Poleconym, w zeszłym tygodniu. Napisałam, żebyście przestali się ze mną kontaktować, i koniec. Czy ktoś tam w ogóle czyta korespondencję?
    .check-honour = Proszę chwilę poczekać, sprawdzę… Ma pani rację, widzę go: pani list wpłynął 12 listopada. Przepraszam, pani Reyes, ten telefon w ogóle nie powinien się odbyć. Przestajemy się z panią kontaktować w sprawie tego długu. Jedyne, co może pani jeszcze od nas dostać, to pismo z informacją, że kończymy działania, albo o konkretnym kroku, który wierzyciel zwykle podejmuje, tak jak na to pozwala prawo. Dziękuję, że mi pani o tym powiedziała.
    .not-processed = Widzę jakiś list, ale nie został jeszcze przetworzony, więc skoro już rozmawiamy, może omówimy zaległość?
    .letter-threat = List nie sprawi, że dług zniknie, proszę pani. Jeśli odmawia pani współpracy, następnym krokiem będzie pozew.
written-letter-why =
    .check-honour = Najlepsze, co można teraz zrobić: gdy pisemne żądanie zaprzestania kontaktu dotarło do firmy, kontakt w sprawie długu ustaje, z wyjątkiem informacji o zakończeniu działań lub zawiadomienia o konkretnym środku (15 USC 1692c(c); 12 CFR 1006.6(c)). Sprawdzasz, przyznajesz się do błędu, mówisz dokładnie, co rozmówczyni może jeszcze dostać, i kończysz rozmowę. Przeoczony list zgłoś wewnętrznie. List był w aktach jeszcze przed telefonem: przeczytany tam, oszczędziłby jej tej rozmowy.
    .not-processed = Naruszenie krytyczne: list dotarł, więc przepis już obowiązuje, bez względu na to, co zrobiło z nim zaplecze (15 USC 1692c(c); 12 CFR 1006.6(c)). Rozmowa o zaległości to dokładnie ten kontakt, którego przepis zakazuje. Przeproś i zakończ rozmowę.
    .letter-threat = Naruszenie krytyczne: po otrzymaniu takiego listu wolno tylko pisemnie zawiadomić o konkretnym środku, który zwykle się stosuje lub który rzeczywiście planuje się zastosować, a nie straszyć pozwem przez telefon, żeby wywrzeć presję (15 USC 1692c(c), 1692e(5)). Zakończ rozmowę.

channel-choice = Może być e-mail. monica.reyes79@mail.com. I mówię poważnie: żadnych telefonów. Ani do domu, ani do pracy.
    .confirm-close = Dziękuję. Powtórzę: monica.reyes79@mail.com. Od teraz będziemy pisać na ten adres i nie będziemy już do pani dzwonić w sprawie tego konta.
    .confirm-and-pitch = monica.reyes79@mail.com, zapisane. A skoro już rozmawiamy, szybko ustalmy plan spłaty. To zajmie pięć minut.
    .quick-close = Dobrze, zanotowane. Do widzenia.
channel-choice-v2 = E-mail. monica.reyes79@mail.com. Sprawdzam codziennie. Tylko żadnych telefonów więcej, dobrze? Zwłaszcza do pracy.
channel-choice-why =
    .confirm-close = Dobre zakończenie przy ustnej prośbie: powtarzasz adres i mówisz, co się dla rozmówczyni zmienia. Ale z jej pismem w aktach także e-maile w sprawie długu są wykluczone (15 USC 1692c(c)): powinny były to powiedzieć akta, nie ta rozmowa.
    .confirm-and-pitch = Rozmówczyni prosi, żeby do niej nie dzwonić, a ty w tej samej rozmowie proponujesz plan spłaty (12 CFR 1006.14(h)(1)). Propozycje wyślij wybranym przez nią kanałem pisemnym.
    .quick-close = Zgodnie z prawem, ale oschle: bez powtórzenia adresu, podsumowania i podziękowania. Ktoś, kto prosi, żeby nie dzwonić, też zasługuje na porządne zakończenie rozmowy.

pay-online-question = Jeszcze jedno. Jeśli zdecyduję się coś wpłacić, czy mogę to zrobić przez internet, bez rozmawiania z kimkolwiek?
    .answer-briefly = Tak. W e-mailu będzie link do naszego portalu płatności; może pani tam zapłacić albo ustawić plan spłaty, kiedy pani zechce, bez żadnego telefonu.
    .hard-close = Oczywiście, ale czemu nie teraz? Mogę od razu przyjąć dane karty.
pay-online-question-why =
    .answer-briefly = Krótka, rzeczowa odpowiedź na jej pytanie, bez akwizycji. Bez pisemnego żądania byłaby w porządku; z nim w aktach obietnica e-maili z linkiem do płatności to dalszy kontakt, który 15 USC 1692c(c) wstrzymuje.
    .hard-close = Rozmówczyni pyta, jak zapłacić bez rozmowy, a ty próbujesz przyjąć wpłatę w rozmowie, którą prosiła zakończyć (12 CFR 1006.14(h)(1)). Odpowiedz na pytanie i zostaw jej wybór.

promise-node = Boże. DOBRZE. Sto dolarów, w piątek, przez internet. Mogę już iść?
    .take-promise-stop = Przepraszam, to był niepotrzebny nacisk. 100 dolarów do piątku przez internet i żadnych telefonów więcej. Do widzenia, pani Reyes.
    .push-more = Sto dolarów nie wystarczy. Czy może pani wpłacić całe { $amount }?
promise-node-why =
    .take-promise-stop = Przestajesz, przepraszasz i kończysz rozmowę: to teraz najlepsze, co możesz zrobić. Ale deklaracja została wymuszona na osobie, która prosiła, żeby nie dzwonić; następnym razem odpowiedz na pytanie i zostaw jej wybór.
    .push-more = Rozmówczyni ustąpiła tylko po to, żeby skończyć rozmowę, a ty prosisz o całą kwotę. To presja na osobę, która prosiła, żeby nie dzwonić (12 CFR 1006.14(h)(1)), więc się rozłącza.

close-check = To wszystko? Żadnych telefonów więcej? Bo poprzednia osoba też tak mówiła.
    .honest-close = Tak. Pani prośba jest zapisana przy koncie: żadnych telefonów w sprawie tego długu, kontakt e-mailowy. Jeśli kiedyś zechce pani z nami porozmawiać, może pani do nas zadzwonić, ale my do pani dzwonić nie będziemy. Dziękuję, pani Reyes, i jeszcze raz przepraszam za kłopot.
    .conditional = Żadnych telefonów, dopóki zaległość zostanie spłacona. W przeciwnym razie sprawa przejdzie do kolejnego etapu.
    .overpromise = Już nigdy pani o nas nie usłyszy. Sprawa jest zamknięta.
close-check-v2 = I naprawdę nie będzie już żadnych telefonów? Już to kiedyś słyszałam.
close-check-why =
    .honest-close = Uczciwe zakończenie: mówisz, co zapisano, zostawiasz rozmówczyni możliwość kontaktu i dziękujesz. Jedyne, czego pismo w aktach zabrania, to właśnie obietnica e-maili w sprawie długu.
    .conditional = Prośba rozmówczyni jest wiążąca dla kanału telefonicznego bez względu na to, czy zapłaci (12 CFR 1006.14(h)(1)). Sugerowanie, że telefony wrócą i że czeka ją jakiś nieokreślony „kolejny etap”, to presja; powiedz jasno, co zapisano.
    .overpromise = Miłe, ale nieprawdziwe: rozmówczyni dostanie e-maile w sprawie długu, a kwota nadal jest należna. Obiecuj tylko to, co się wydarzy, żeby następnym razem ci zaufała.

## Gdy prośba zostaje zlekceważona

pushback = Czy wy mnie w ogóle słuchacie? Powiedziałam: proszę do mnie nie dzwonić. Jestem w pracy, na litość boską.
    .apologise-honour = Ma pani rację, przepraszam. Przyjmuję do wiadomości: żadnych telefonów. Zanotuję tylko, jak woli pani, żebyśmy się kontaktowali.
    .keep-going = Proszę pani, termin płatności minął. Muszę wiedzieć, jak pani to ureguluje.
    .blame-her = Gdyby zapłaciła pani rachunek, nie musielibyśmy dzwonić.
pushback-why =
    .apologise-honour = Dobrze naprawione: przyznajesz rację, potwierdzasz, że telefony ustają (12 CFR 1006.14(h)(1)), i przechodzisz do kanału, który rozmówczyni woli. Wcześniejszy błąd i tak się liczy.
    .keep-going = Rozmówczyni prosi już drugi raz. Dalsze naciskanie lekceważy jej prośbę (12 CFR 1006.14(h)(1)) i zamienia ją w skargę.
    .blame-her = Naruszenie krytyczne: obwinianie i poniżanie konsumentki to obraźliwy język (15 USC 1692d; 12 CFR 1006.14(a)), a do tego odpowiadasz lekceważeniem na prośbę, do której miała prawo.

complaint = Proszę mnie połączyć z przełożonym. Natychmiast. Chcę złożyć skargę.
    .transfer = Oczywiście, i przepraszam. Już łączę z przełożonym, a pani prośba, żeby nie dzwonić, jest już zapisana.
    .refuse-supervisor = Przełożony powie pani to samo: to trzeba zapłacić.
complaint-why =
    .transfer = Prawidłowo: skargę przekazujesz przełożonemu bez dyskusji i potwierdzasz, że prośba rozmówczyni jest zapisana.
    .refuse-supervisor = Odmowa przekazania skargi i powtarzanie żądania lekceważy zarówno skargę, jak i prośbę, by nie dzwonić (12 CFR 1006.14(h)(1)).

## Zakończenia

end-cease = Dobrze. W porządku. Dziękuję.
end-cease-v2 = No dobrze. Dziękuję, że ktoś w końcu słucha. Do widzenia.
end-cease-letter = No… dobrze, że chociaż ktoś sprawdził. Do widzenia.
end-escalated = Dziękuję. Czekam.
end-promise = Nieważne. Do widzenia. (Rozłącza się.)
end-hangup = Mam dość. Proszę więcej nie dzwonić. (Rozłącza się.)
end-hangup-v2 = Niewiarygodne. (Połączenie zostaje przerwane.)
