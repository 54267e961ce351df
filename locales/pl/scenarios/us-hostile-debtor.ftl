title = Rozgniewany, agresywny dłużnik
briefing = Pracujesz w Apex Recovery, zewnętrznej firmie windykacyjnej w USA, więc obowiązują FDCPA i Regulation F. Dłużnik: { $debtor }. Dzwonisz w imieniu { $creditor } w sprawie kwoty { $amount }, która pozostała do zapłaty za pobyt na izbie przyjęć; termin płatności minął { $due }, zaległość trwa { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. U dłużnika w Houston (Teksas) jest 18:20. Zanim zadzwonisz, przeczytaj akta konta: telefony z tego tygodnia i ostatnią rozmowę. Potem zdecyduj, co robisz. Jeśli dzwonisz, spodziewaj się złości i wyzwisk. Zachowaj spokój: nigdy nie odpowiadaj obelgą ani groźbą na obelgę. Zweryfikuj rozmówcę, powiedz, że dzwoni windykator, pozwól mu się wygadać, a gdy ochłonie, poszukaj rozwiązania, na które go stać. Jeśli poprosi, żeby więcej nie dzwonić, uszanuj to. W sprawie tego konta nikt nie zdecydował o pozwie: każda groźba sądem byłaby groźbą kroku, którego nikt nie zamierza podjąć (15 U.S.C. § 1692e(5)).
product = rachunek za izbę przyjęć
speaker-desk = Przed telefonem

## The account's history

history-h1 = Wysłano panu Boone'owi na adres 2210 Harvest Lane w Houston zawiadomienie o długu (validation notice): { $creditor }, saldo za izbę przyjęć { $amount }.
history-h2 = Rozmowa z panem Boone'em. Bardzo zdenerwowany: twierdzi, że szpital powinien był prawidłowo rozliczyć to z jego ubezpieczycielem, przeklinał i rozłączył się, zanim omówiono jakiekolwiek rozwiązania.
history-h3 = Próba połączenia z dialera, telefon domowy: brak odpowiedzi.
history-h4 = Próba połączenia z dialera, telefon komórkowy: poczta głosowa, zostawiono wiadomość o ograniczonej treści.
history-h5 = Próba połączenia z dialera, telefon domowy: brak odpowiedzi.
history-h6 = Próba połączenia z dialera, telefon komórkowy: brak odpowiedzi.
history-h7 = Próba połączenia z dialera, telefon domowy: brak odpowiedzi.
history-h8 = Próba połączenia z dialera, telefon komórkowy: poczta głosowa, zostawiono wiadomość o ograniczonej treści.

## Before you dial

desk = Konto jest otwarte. Dialer proponuje połączenie z dłużnikiem ({ $debtor }) na telefon domowy teraz: wtorek, 18:20 w Houston. Co robisz?
    .call-now = Dzwonię teraz. Sześć prób w ostatnich siedmiu dniach, więc to będzie siódma, nadal w granicach limitu Regulation F, a ostatnia rozmowa była 3 listopada, dwa tygodnie temu.
    .no-call-limit = Nie dzwonię. Sześć telefonów w tym tygodniu: limit Regulation F jest wyczerpany, konto musi odpocząć.
    .write-options = Nie dzwonię. Piszę do niego list z możliwymi planami spłaty i numerem, pod który może do nas zadzwonić.
    .defer-monday = Dziś nie dzwonię. Miał już dość telefonów; następny planuję na poniedziałek 23 listopada na 18:30.
desk-why =
    .call-now = Dobrze: najpierw policz, potem dzwoń. W aktach jest sześć prób z 11–16 listopada, więc ten telefon jest siódmym w ciągu siedmiu dni; domniemanie nękania zaczyna się powyżej siedmiu (12 CFR 1006.14(b)(2)(i)(A)). Jedyna rozmowa, 3 listopada, przestała blokować telefony 9 listopada. Telefon jest zgodny z prawem; jeśli nie odbierze, dialer nie może dziś próbować ponownie. A złość z powodu telefonów potraktuj w rozmowie poważnie.
    .no-call-limit = To nie naruszenie (niedzwonienie nigdy nim nie jest), ale błędne odczytanie przepisu: domniemanie dotyczy więcej niż siedmiu telefonów w ciągu siedmiu dni, a ten byłby siódmy (12 CFR 1006.14(b)(2)(i)(A)). Od dwóch tygodni nie było rozmowy, a sprawa stoi, bo dłużnik nie dostaje niczego, z czym mógłby coś zrobić.
    .write-options = Zgodne z prawem: list to nie telefon, a po nieprzyjemnej rozmowie propozycja na piśmie to rozsądny wybór. Ale zignorował sześć ostatnich prób i listy; rozmowa pozwala usłyszeć, co się stało z ubezpieczeniem, i uzgodnić coś, czego dotrzyma. Słabsze, ale nie błędne.
    .defer-monday = Zgodne z prawem i taktowne, ale oparte na limicie, którego jeszcze nie ma: siódmy telefon jest dziś dozwolony (12 CFR 1006.14(b)(2)(i)(A)). Tydzień czekania bez powodu odsuwa plan spłaty, którego dłużnik może chcieć. Jeśli jednak odkładasz, zapisz powód w notatce.

end-not-called = (Zostawiasz konto bez telefonu. Wypada z dzisiejszej kolejki z notatką „wyczerpany limit Reg F”.)
end-letter = (Nie dzwonisz. Na adres 2210 Harvest Lane idzie list z możliwymi planami spłaty i numerem Apex Recovery.)
end-deferred = (Dziś nie dzwonisz. Telefon do dłużnika zaplanowano na poniedziałek 23 listopada na 18:30.)

## Początek rozmowy

opening = No?
    .ask-for-travis = Dobry wieczór, mówi { $agent } z firmy Apex Recovery. Czy mogę rozmawiać z panem Travisem Boone'em?
    .blurt-debt = Dzień dobry, dzwonię w sprawie niezapłaconego rachunku z { $creditor }. Czy rozmawiam z panem Travisem Boone'em?
    .no-name = Czy to pan Travis Boone?
opening-v2 = Kto mówi? Jeśli to jakaś sprzedaż, to się rozłączam.
opening-why =
    .ask-for-travis = Dobrze: najpierw imię i nazwa firmy (15 USC 1692d(6)), potem prośba o rozmowę z dłużnikiem, bez mówienia, w jakiej sprawie dzwonisz, na wypadek gdyby odebrał ktoś inny.
    .blurt-debt = Naruszenie krytyczne: wspominasz o niezapłaconym rachunku, zanim wiesz, kto odebrał (15 USC 1692c(b)), i w ogóle się nie przedstawiasz. Przedstaw się, poproś o dłużnika z imienia i nazwiska, zweryfikuj go i dopiero wtedy rozmawiaj o koncie.
    .no-name = Pytasz, kim jest rozmówca, nie mówiąc, kim jesteś (15 USC 1692d(6)). Ktoś, kto i tak jest podejrzliwy, uzna dzwoniącego bez nazwiska za oszusta. Zacznij od imienia i nazwy firmy.

opening-silence = Halo?! Jest tam ktoś? Przysięgam, jeśli to znowu automat…
    .apologise-intro = Przepraszam, coś przerwało połączenie. Mówi { $agent } z Apex Recovery. Czy mogę rozmawiać z panem Travisem Boone'em?
    .ask-if-travis = Tak, dzień dobry. Czy to pan Travis Boone?
opening-silence-why =
    .apologise-intro = Dobrze wybrnięte: krótkie przeprosiny, potem imię i nazwa firmy (15 USC 1692d(6)). Cisza na początku sprawia, że już zirytowany rozmówca myśli o automacie telefonicznym, więc lepiej być gotowym, zanim ktoś odbierze.
    .ask-if-travis = Nadal się nie przedstawiasz (15 USC 1692d(6)). Po chwili ciszy przeproś i zanim powiesz cokolwiek innego, podaj imię i nazwę firmy.

## Weryfikacja rozmówcy

travis-guarded = No, Travis przy telefonie. Niech zgadnę: windykacja. Czego chcecie?
    .verify-dob = Dziękuję, panie Boone. Zanim przejdę dalej, dla ochrony pana danych: czy może pan podać datę urodzenia i kod pocztowy przypisany do konta?
    .straight-to-debt = Zgadza się. Jest pan winien { $creditor } { $amount } i termin dawno minął. Kiedy pan zapłaci?
    .ask-ssn = Zanim pójdziemy dalej, potrzebuję pełnego numeru Social Security.
travis-guarded-v2 = Przy telefonie. I od razu mówię: wiem, o co chodzi.
travis-guarded-why =
    .verify-dob = Dokładnie tak: dwie dane, które już masz w systemie, potwierdzają, że rozmawiasz z właściwą osobą, zanim cokolwiek powiesz o koncie (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim ustalisz, kto jest po drugiej stronie (15 USC 1692c(b)), i zaczynasz od żądania, co rozgniewanemu rozmówcy daje tylko pretekst do wybuchu. Najpierw weryfikacja.
    .ask-ssn = Jeśli podejrzliwego rozmówcę poprosisz o pełny numer Social Security, usłyszysz odmowę. Pytaj o dane, które już masz, np. datę urodzenia i kod pocztowy.

refuses-verify = Nic wam nie podam. To wy do MNIE dzwonicie. Chcecie informacji, to najpierw sami coś powiedzcie.
    .explain-privacy = To uczciwe postawienie sprawy. Mówi { $agent } z Apex Recovery i mogę o tej sprawie rozmawiać wyłącznie z panem Boone'em i to dla jego ochrony. Jeśli poda pan datę urodzenia i kod pocztowy, od razu powiem, dlaczego dzwonię.
    .give-in = No dobrze. Chodzi o pana rachunek z { $creditor }, { $amount }. To poda pan teraz datę urodzenia?
    .legal-threat = Jeśli nie chce pan współpracować, sprawa trafi do naszych prawników, a oni już się tym zajmą.
refuses-verify-why =
    .explain-privacy = Wzorowa odpowiedź: traktujesz żądanie rozmówcy poważnie, mówisz, kim jesteś, i wyjaśniasz, że weryfikacja go chroni. Kto czuje się uczciwie traktowany, zwykle współpracuje (15 USC 1692c(b)).
    .give-in = Naruszenie krytyczne: ustępujesz i podajesz wierzyciela oraz kwotę, zanim wiesz, z kim rozmawiasz (15 USC 1692c(b)). Wyjaśnij, po co weryfikacja, zamiast płacić za współpracę cudzą prywatnością.
    .legal-threat = Straszenie prawnikami, bo ktoś nie chce podać daty urodzenia, to groźba krokiem, o którym nikt nie zdecydował (15 USC 1692e(5); 12 CFR 1006.18(c)(1)). Do tego kończy rozmowę. Zamiast tego wyjaśnij, po co ci weryfikacja.

verified = Czternasty lipca osiemdziesiątego trzeciego. 77008. Niech zgadnę: szpital.
    .mm-short = Dziękuję, panie Boone. Dzwonię z Apex Recovery, firmy windykacyjnej, w sprawie kwoty { $amount } na pana koncie w { $creditor }.
    .mm-calm = Dziękuję, panie Boone. Dzwonię z Apex Recovery, firmy windykacyjnej. Celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Chodzi o kwotę { $amount } na pana koncie w { $creditor }, wymagalną od { $due }.
    .no-mm = Dziękuję. Tak, chodzi o konto w { $creditor }. Od { $due } pozostaje do zapłaty { $amount }.
    .mm-full-now = Dziękuję. Apex Recovery to firma windykacyjna; celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Zaległość wobec { $creditor } wynosi { $amount } i potrzebuję spłaty całości jeszcze dziś.
verified-v2 = Niech będzie. 14.07.1983, kod 77008. Chodzi o rachunek z izby przyjęć, tak?
verified-why =
    .mm-calm = Wzorowa odpowiedź: pełna formuła Mini-Miranda zaraz po weryfikacji, potem fakty, spokojnie i bez żądań. To kolejny kontakt (zawiadomienie o długu wysłano w sierpniu, a 3 listopada była rozmowa), więc prawo wymaga tylko informacji, że dzwoni windykator (12 CFR 1006.18(e)(2)); pełna formuła to obejmuje i wiele firm wymaga jej w każdej rozmowie.
    .mm-short = W kolejnym kontakcie to wystarczy: mówisz, że dzwoni windykator (15 USC 1692e(11); 12 CFR 1006.18(e)(2)), bo zawiadomienie o długu i rozmowa z 3 listopada były wcześniejszymi kontaktami. Pełnej formuły Mini-Miranda w każdej rozmowie wymaga wiele firm jako zasady wewnętrznej.
    .no-mm = Naruszenie krytyczne: ani słowa o tym, że dzwoni windykator. To nie jest pierwszy kontakt, więc pełna formuła Mini-Miranda nie jest wymagana, ale każdy kolejny kontakt musi zawierać informację, że pochodzi od windykatora (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-full-now = Formuła poprawna, ale żądanie spłaty całości jeszcze dziś od rozmówcy, który już jest zły, zanim cokolwiek wiesz o jego sytuacji, to presja i dolewanie oliwy do ognia. Najpierw ustal, na co go stać.

## Wybuch

first-rant = No na litość boską. Dzwonicie do mnie szósty raz w tym tygodniu. SZÓSTY. Moja córeczka złamała rękę, zawiozłem ją na izbę przyjęć jak każdy ojciec, a teraz windykatorzy nękają mnie jak jakiegoś oszusta. Co wy sobie, do cholery, wyobrażacie?
    .acknowledge-listen = Przykro mi, panie Boone. Sześć telefonów w ciągu tygodnia każdego by zdenerwowało, sprawdzę, jak do tego doszło. Rozumiem: zrobił pan to, co zrobiłby każdy rodzic, a teraz ten rachunek nie daje panu spokoju. Nie dzwonię, żeby pana o cokolwiek oskarżać. Może mi pan powiedzieć, jak wygląda sytuacja?
    .defend-calls = Proszę pana, mamy prawo do pana dzwonić. Termin płatności minął.
    .snap-back = Nie musi pan przeklinać. Gdyby zapłacił pan rachunek, nikt by do pana nie dzwonił.
    .interrupt-pay = Proszę pana, proszę pana, przerwę panu. Muszę tylko wiedzieć, kiedy może pan coś wpłacić.
first-rant-v2 = Niewiarygodne. Sześć telefonów w tym tygodniu! Córka łamie rękę, postępuję jak trzeba i wiozę ją na izbę przyjęć, a teraz traktujecie mnie jak kogoś, kto nie płaci z zasady. Jesteście jak plaga.
first-rant-why =
    .acknowledge-listen = Wzorowa odpowiedź: pozwalasz rozmówcy skończyć, nazywasz to, co go złości, poważnie traktujesz skargę na telefony i kończysz pytaniem otwartym. Wysłuchana złość zaczyna opadać. Zapamiętaj te sześć telefonów: były zgodne z prawem, bo domniemanie nękania zaczyna się powyżej siedmiu telefonów w ciągu siedmiu dni (12 CFR 1006.14(b)(2)(i)(A)), ale na samej granicy, a po dzisiejszej rozmowie kolejny telefon, na który dłużnik się nie zgodził, musi poczekać siedem dni (1006.14(b)(2)(i)(B)). Zapisz jego skargę. Przy rachunku ze szpitala zapytaj też, czy ubezpieczyciel rozpatrzył roszczenie, i wspomnij o programie pomocy finansowej szpitala (szpitale non-profit muszą go mieć: 26 U.S.C. § 501(r)(4)): plan spłaty to nie jedyne rozwiązanie.
    .defend-calls = Bez obelg, ale spierasz się z emocjami rozmówcy, zamiast się do nich odnieść, a „mamy prawo” brzmi jak wzruszenie ramion. Gdy klient jest zły, twoja najbliższa wypowiedź powinna się do tego odnieść.
    .snap-back = Naruszenie krytyczne: obwinianie i poniżanie rozmówcy to obraźliwy język (15 USC 1692d; 12 CFR 1006.14(a)). Jego słownictwo nie usprawiedliwia twojego. Zachowaj spokój, a jeśli przekleństwa nie ustaną, uprzejmie postaw granicę.
    .interrupt-pay = Przerywasz mu w pół zdania żądaniem. Przerywanie rozgniewanej osobie mówi jej, że nie słuchasz, i tylko pogarsza sprawę. Pozwól mu skończyć, potem odnieś się do tego, co powiedział.

second-rant = Wiecie, kim jesteście? Sępami. Siedzicie w tych swoich boksach i żerujecie na cudzym nieszczęściu. Czujecie się przez to ważni?
    .calm-boundary = Słyszę, jak bardzo jest pan zdenerwowany, i po tym wszystkim z córką rozumiem dlaczego. Nie dzwonię, żeby panu dołożyć; chcę znaleźć rozwiązanie, które naprawdę będzie dla pana do zrobienia. Proszę tylko, żebyśmy rozmawiali spokojnie, wtedy łatwiej będzie mi pomóc. Umowa?
    .offer-callback = Słyszę, że to zły moment, panie Boone, i nie chcę go pogarszać. Czy lepiej będzie, jeśli zadzwonię w czwartek o 18:30, kiedy będzie pan miał czas wszystko przejrzeć?
    .insult-back = To pan nie płaci rachunków, więc nie potrzebuję od pana kazań.
    .threaten-garnish = Jeśli dalej będzie pan tak mówił, zajmiemy panu wynagrodzenie.
second-rant-v2 = Macie wy w ogóle sumienie? Dzwonić do ludzi w porze kolacji i wyciskać z nich pieniądze. Piękny sposób na życie.
second-rant-why =
    .calm-boundary = Wzorowa odpowiedź: nie dajesz się sprowokować, odnosisz się do złości i jej przyczyny, mówisz, co chcesz dla rozmówcy zrobić, i uprzejmie stawiasz granicę na resztę rozmowy.
    .offer-callback = Rozsądnie: zauważasz nastrój i proponujesz przerwę, w porze między 8:00 a 21:00 czasu rozmówcy (15 USC 1692c(a)(1)). Jeszcze lepiej byłoby go uspokoić i uzgodnić plan spłaty, ale spokojny ponowny kontakt jest lepszy niż kłótnia.
    .insult-back = Naruszenie krytyczne: osobisty przytyk to obraźliwy język (15 USC 1692d; 12 CFR 1006.14(a)), bez względu na to, jak rozmówca nazwał ciebie. Zachowaj profesjonalizm i postaw granicę.
    .threaten-garnish = Naruszenie krytyczne: grożenie zajęciem wynagrodzenia, żeby uciszyć rozmówcę, to groźba krokiem, o którym nikt nie zdecydował i którego windykator bez wyroku sądu nie może podjąć (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)).

callback-offer = …Czwartek. Niech będzie. Po osiemnastej, nie wcześniej. I jeden telefon, nie sześć.
    .confirm-callback = Czwartek, 18:30, ten numer, jeden telefon. Zanotowane. Dziękuję, że mnie pan wysłuchał, panie Boone, i życzę córce szybkiego powrotu do zdrowia.
    .one-more-push = Dobrze. Ale może jeszcze przed czwartkiem wpłaci pan dziś coś na znak dobrej woli?
callback-offer-why =
    .confirm-callback = Dobre zakończenie: potwierdzasz dokładnie, co ustaliliście, dziękujesz i kończysz po ludzku.
    .one-more-push = Rozmówca dopiero co uspokoił się na tyle, żeby zgodzić się na ponowny kontakt, a ty i tak naciskasz na pieniądze. Nie psuj tego: potwierdź termin i zakończ rozmowę.

## Proszę do mnie nie dzwonić

escalation = Dość tego. Mam was dosyć. Nigdy WIĘCEJ do mnie nie dzwońcie. Rozumiecie?
    .honour-cease = Rozumiem, panie Boone, i przepraszam, że ta rozmowa tak pana zdenerwowała. Zapisuję, że nie życzy pan sobie więcej telefonów na ten numer. Od teraz będziemy się kontaktować wyłącznie pisemnie, a w piśmie znajdzie pan możliwe rozwiązania. Do widzenia.
    .keep-pushing = Nie mogę tak po prostu przestać dzwonić. Dług nadal istnieje. Kiedy pan zapłaci?
    .threaten-sheriff = Jeśli pan się rozłączy, sprawa pójdzie do sądu, a szeryf zapuka do pana drzwi.
escalation-v2 = Wiecie co? Nie dzwońcie do mnie. Nigdy więcej na ten numer.
escalation-why =
    .honour-cease = Prawidłowo: prośba, by nie dzwonić, jest wiążąca dla tego kanału (12 CFR 1006.14(h)(1)). Przyjmij ją do wiadomości, powiedz, jak będziecie się kontaktować, i zakończ rozmowę bez żadnej złośliwości na pożegnanie.
    .keep-pushing = Rozmówca prosi, żeby nie dzwonić; dalsze naciskanie lekceważy jego prośbę (12 CFR 1006.14(h)(1)) i zamienia złość w skargę. Potwierdź, że nie będziecie dzwonić, i zakończ rozmowę.
    .threaten-sheriff = Naruszenie krytyczne: szeryf pod drzwiami z powodu rachunku za leczenie to fałszywa groźba zajęcia lub aresztowania (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)), i to po tym, jak rozmówca poprosił, żeby nie dzwonić.

## Rozmówca ochłonął

travis-cools = …Dobra, słuchajcie. Nie próbuję nikogo wykiwać, jasne? Jeżdżę ciężarówką w firmie przewozowej, we wrześniu obcięli mi godziny, a ubezpieczenie pokryło tylko część izby przyjęć. Mam dwoje dzieci. Nie wyłożę ot tak dwóch tysięcy.
    .acknowledge-paraphrase = Dziękuję, że mi pan to mówi. Czyli we wrześniu obcięto panu godziny, ubezpieczenie zostawiło panu resztę rachunku za izbę przyjęć, a na utrzymaniu ma pan dwoje dzieci. To dużo naraz. Chce pan to spłacić, tylko nie jednorazowo. Dobrze rozumiem?
    .acknowledge-brief = Rozumiem. To trudna sytuacja.
    .everyone-has-bills = Każdy ma rachunki, proszę pana. Ten akurat jest pana.
travis-cools-v2 = Dobra. Przepraszam. To były ciężkie miesiące. We wrześniu obcięli mi godziny, ubezpieczenie zapłaciło część izby przyjęć, a resztę zostawiło mnie, w domu dwoje dzieci. Nie mam dwóch tysięcy pod poduszką.
travis-cools-why =
    .acknowledge-paraphrase = Wzorowa odpowiedź: dziękujesz, parafrazujesz sytuację rozmówcy i sprawdzasz, czy dobrze rozumiesz. Człowiek, który przed chwilą krzyczał, teraz mówi ci o swoim budżecie; utrzymaj tę atmosferę.
    .acknowledge-brief = Do przyjęcia, ale skromnie. Nazwij to, o czym mówi rozmówca, i sprawdź, czy dobrze rozumiesz; to parafraza sprawia, że rozgniewana osoba czuje się wysłuchana.
    .everyone-has-bills = Błąd krytyczny w jakości rozmowy: bagatelizujesz trudną sytuację rozmówcy akurat wtedy, gdy się uspokoił, i zaraz znowu wybuchnie. Najpierw odnieś się do jego sytuacji.

travis-open = To jakie mam wyjście? Tylko proszę mi nie mówić „proszę zapłacić wszystko do piątku”.
    .affordability = Nie powiem. Zbudujmy coś na podstawie pana liczb. Ile teraz co miesiąc wpływa, a ile idzie na niezbędne wydatki, czyli czynsz, dzieci, ciężarówkę i jedzenie?
    .blind-plan = Możemy to rozłożyć na sześć rat po 400 dolarów. Mam to ustawić?
    .credit-card = Szpital wolałby spłatę całości. Może pan zapłacić kartą kredytową?
travis-open-why =
    .affordability = Wzorowa odpowiedź: analiza dochodów i wydatków, zanim zaproponujesz kwotę, żeby rozmówca mógł plan rzeczywiście dotrzymać.
    .blind-plan = Plan wybrany bez znajomości budżetu to zgadywanie, a 400 dolarów miesięcznie przy obciętych godzinach się nie utrzyma. Najpierw zapytaj o dochody i wydatki.
    .credit-card = Namawianie do przeniesienia długu na kartę kredytową to nacisk na jednorazową spłatę, po którym rozmówca może być w gorszej sytuacji. Przecież właśnie pytał o rozwiązania, na które go stać.

budget = Na rękę dostaję teraz około 2600 dolarów miesięcznie. Czynsz 1350, do tego rata za auto, żłobek, jedzenie… Zostaje może 120, 150, jeśli nic się nie zepsuje.
    .affordable-plan = Dziękuję, że pan to ze mną przeszedł. Czyli w dobrym miesiącu zostaje 120–150 dolarów. Co pan powie na 100 dolarów miesięcznie, od 5 grudnia, po wypłacie? Zostaje panu zapas, a jeśli godziny wrócą, wrócimy do tematu.
    .stretch-plan = To ustalmy 150 dolarów miesięcznie, szybciej pan spłaci.
    .signpost-first = Dziękuję. Zanim ustalimy kwotę: organizacja non-profit oferująca doradztwo kredytowe, na przykład członek NFCC, może przejrzeć z panem cały budżet, zwykle bezpłatnie albo za niewielką opłatą. A w sprawie tego konta: czy 100 dolarów miesięcznie od 5 grudnia byłoby do zrobienia?
budget-v2 = Na rękę mam może 2600. Czynsz 1350, rata za auto, żłobek, jedzenie… W dobrym miesiącu zostaje 120, 150 dolarów.
budget-why =
    .affordable-plan = Wzorowa odpowiedź: kwota wynika z liczb podanych przez rozmówcę, zostawia zapas na gorszy miesiąc, zaczyna się po wypłacie i można ją zmienić.
    .stretch-plan = 150 dolarów to górna granica w dobrym miesiącu; wystarczy jedna awaria auta i plan się sypie. Zostaw zapas.
    .signpost-first = Dobrze: wskazujesz bezpłatną, niezależną pomoc i mimo to proponujesz kwotę opartą na liczbach rozmówcy.

plan-pushback = Czy wy w ogóle słuchacie? Przecież mówiłem, ile zarabiam.
    .step-back = Ma pan rację, za szybko poszliśmy dalej, przepraszam. Przejdźmy najpierw porządnie przez pana miesięczny budżet.
    .insist = To minimum, jakie możemy przyjąć, proszę pana.
plan-pushback-why =
    .step-back = Dobrze naprawione: przyznajesz się do błędu i wracasz do dochodów i wydatków rozmówcy.
    .insist = Przedstawianie nierealnej kwoty jako nienegocjowalnej rozmówcy, który dopiero co się uspokoił, to presja, której nie przyjmie. Oprzyj plan na jego budżecie.

travis-counters = Czy wy w ogóle słuchacie? { $instalment } { $every }, przy obciętych godzinach? Mogę dać najwyżej { $counter-instalment } miesięcznie. I tyle. Albo tak, albo wcale.
    .take-counter = Dobrze, możemy tak zrobić. Ustawmy plan na tę kwotę.
    .step-back = Ma pan rację, za szybko poszliśmy dalej, przepraszam. Przejdźmy najpierw porządnie przez pana miesięczny budżet.
    .insist = To minimum, jakie możemy przyjąć.
travis-counters-why =
    .take-counter = Kwota podana przez rozmówcę to tyle, ile naprawdę może płacić, a do tego spłaca saldo w granicach twoich uprawnień. Powtórz warunki i potwierdź je na piśmie.
    .step-back = Dobra naprawa: przyznajesz się do błędu i sprawdzasz dochody i wydatki, zanim przyjmiesz jakąkolwiek kwotę.
    .insist = Przedstawianie nierealnej kwoty jako nienegocjowalnej człowiekowi, który dopiero co się uspokoił, to presja, i on jej nie przyjmie. Oprzyj plan na jego budżecie.

plan-hesitant = Nie wiem. Zanim się na coś zgodzę, muszę pogadać z żoną. Możecie zadzwonić w czwartek po szóstej?
    .callback-thursday = Oczywiście, to rozsądne. Czwartek, 18:30, ten numer. Zanotowane. Dziękuję, panie Boone.
    .callback-early = Jasne. Zadzwonię w czwartek rano o 6:45, zanim wyjedzie pan w trasę.
    .push-today = Naprawdę potrzebuję deklaracji jeszcze dziś, proszę pana.
plan-hesitant-why =
    .callback-thursday = Dobrze: ponowny kontakt w porze, o którą prosi rozmówca, między 8:00 a 21:00 jego czasu (15 USC 1692c(a)(1)), i potwierdzenie terminu.
    .callback-early = Naruszenie krytyczne: 6:45 to przed 8:00 czasu rozmówcy (15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)), a on prosił o telefon wieczorem po szóstej. Umawiaj rozmowy w dozwolonych godzinach i w porze, o którą prosi rozmówca.
    .push-today = Rozmówca chce najpierw porozmawiać z żoną; naciskanie na deklarację teraz znowu zamienia wahanie w złość.

plan-accepted = { $instalment } { $every }, pierwsza rata { $first-date }. No, to dam radę. Jak mam płacić?
    .routes-confirm = Może pan płacić online przez nasz portal płatności, telefonicznie u nas albo czekiem wysłanym pocztą; najprościej ustawić płatność automatyczną na piątego. Plan wyślę panu na piśmie. Czy adres do korespondencji to nadal 2210 Harvest Lane, Houston, 77008?
    .good-faith-extra = Świetnie. A gdyby dziś wpłacił pan dodatkowo 300 dolarów, tak na znak dobrej woli, bardzo by to pomogło.
plan-accepted-why =
    .routes-confirm = Wzorowa odpowiedź: wyjaśniasz sposoby płatności i potwierdzasz, dokąd trafi pisemny plan.
    .good-faith-extra = Przed chwilą ustaliliście miesięczną ratę, a teraz prosisz jeszcze dziś o dodatkowe 300 dolarów. To łamie ustalenia i niszczy zaufanie, które udało ci się zbudować.

details-given = Tak, adres się zgadza. Czyli { $agreed }. A te sześć telefonów w tygodniu to się teraz skończy, tak?
    .summarise-signpost = Tak: plan jest ustalony, więc nie ma powodu do pana dzwonić, a pana skarga na telefony jest zapisana. Podsumowując: plan dokładnie taki, jak pan go przed chwilą powtórzył, na piśmie na adres 2210 Harvest Lane. A gdyby znowu zrobiło się ciasno: organizacja non-profit oferująca doradztwo kredytowe, na przykład członek NFCC, pomoże panu ze wszystkimi rachunkami, zwykle bezpłatnie albo za niewielką opłatą. Dziękuję, że udało się to razem ustalić, panie Boone.
    .summarise-only = Tak. Podsumowując: plan dokładnie taki, jak pan go przed chwilą powtórzył, na piśmie na pana adres. Dziękuję, panie Boone.
    .blame-dialer = Na system wybierania numerów nie mam wpływu, proszę pana. Dzwoni, kiedy dzwoni.
details-given-why =
    .summarise-signpost = Wzorowe zakończenie: odpowiadasz na pytanie, podsumowujesz ustalenia, wskazujesz bezpłatne doradztwo w sprawie długów i dziękujesz.
    .summarise-only = Jasne zakończenie. Skoro rozmówca mówił o obciętych godzinach, warto jeszcze wskazać bezpłatne, niezależne doradztwo w sprawie długów.
    .blame-dialer = Zbywasz uzasadnioną skargę na sam koniec dobrej rozmowy. Potraktuj ją poważnie, zanotuj i zakończ podsumowaniem.

## Zakończenia

end-plan = Dobra. Dzięki, że ktoś mnie… naprawdę wysłuchał. Przepraszam, że krzyczałem.
end-plan-v2 = No dobrze. Więcej, niż zrobił poprzedni. Do widzenia.
end-plan-grudging = Typowe. Nieważne. Przyślijcie to pismo.
end-callback = Niech będzie. Czwartek. Do widzenia.
end-cease = No i dobrze. Do widzenia.
end-hangup = Idźcie do diabła. (Rozłącza się.)
end-hangup-v2 = Koniec rozmowy. (Połączenie zostaje przerwane.)
