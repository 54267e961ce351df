title = Trudna sytuacja po utracie pracy
briefing = Pracujesz w Apex Recovery, zewnętrznej firmie windykacyjnej w USA, więc obowiązują FDCPA i Regulation F. Dłużniczka: { $debtor }. Dzwonisz w imieniu firmy { $creditor } w sprawie kwoty { $amount } za pakiet internetu domowego i telefonu komórkowego; termin płatności minął { $due }, zaległość trwa { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. U dłużniczki w Columbus (Ohio) jest 18:30. Zanim zaczniesz rozmawiać o koncie, ustal, z kim rozmawiasz, podaj formułę Mini-Miranda, wysłuchaj rozmówczyni i uzgodnij coś, na co naprawdę ją stać. W sprawie tego konta nikt nie zdecydował o pozwie: każda groźba sądem byłaby groźbą kroku, którego nikt nie zamierza podjąć (15 U.S.C. § 1692e(5)).
product = pakiet internetu domowego i telefonu komórkowego
speaker-brother = Marcus (brat)

## Początek rozmowy

opening = Halo?
    .ask-for-dana = Dobry wieczór, mówi { $agent } z firmy Apex Recovery. Czy mogę rozmawiać z panią Daną Whitfield?
    .blurt-debt = Dobry wieczór, dzwonię w sprawie kwoty { $amount }, którą { $debtor } jest winna firmie { $creditor }. Czy to pani?
    .legal-dept = Dobry wieczór, tu dział prawny, dzwonimy w poważnej sprawie. Muszę rozmawiać z panią Daną Whitfield.
opening-v2 = Tak, słucham? Kto mówi?
opening-why =
    .ask-for-dana = Dobrze: podajesz imię i nazwę firmy (15 USC 1692d(6)) i prosisz o właściwą osobę, nie mówiąc, w jakiej sprawie dzwonisz. Jeśli odebrał ktoś inny, niczego nie ujawniasz.
    .blurt-debt = Mówisz o długu osobie, która odebrała, zanim wiesz, kto to jest (15 USC 1692c(b)), i w ogóle się nie przedstawiasz. Poproś o dłużniczkę z imienia i nazwiska, przedstaw się, zweryfikuj tożsamość i dopiero wtedy rozmawiaj o koncie.
    .legal-dept = Apex Recovery nie jest działem prawnym. Sugerowanie, że dzwoni prawnik albo że toczy się postępowanie, to wprowadzanie w błąd (15 USC 1692e(3)). Przedstaw się po prostu imieniem i nazwą firmy.

opening-silence = Halo? …Jest tam ktoś? Bo zaraz się rozłączę.
    .apologise-intro = Przepraszam, coś przerywało na linii. Mówi { $agent } z Apex Recovery. Czy mogę rozmawiać z panią Daną Whitfield?
    .ask-if-dana = Czy to pani Dana Whitfield?
opening-silence-why =
    .apologise-intro = Dobrze wybrnięte: krótkie przeprosiny, potem imię i nazwa firmy. Jeszcze lepiej być gotowym, zanim ktoś odbierze: cisza na początku rozmowy od razu budzi nieufność.
    .ask-if-dana = Pytasz, kim jest rozmówczyni, nie mówiąc, kim jesteś. Zawsze zaczynaj od przedstawienia się (15 USC 1692d(6)).

third-party = Siostra jest w drugim pokoju, chwileczkę. Mówi Marcus, jej brat. Kto dzwoni i w jakiej sprawie?
    .leave-name = { $agent } z Apex Recovery. To sprawa osobista, mogę o niej rozmawiać tylko z panią Whitfield. Czy jest w domu, a jeśli nie, kiedy najlepiej zadzwonić?
    .tell-marcus = Dzwonię z Apex Recovery w sprawie jej zaległego rachunku w { $creditor } na kwotę { $amount }. Może pan dopilnować, żeby się tym zajęła?
    .refuse-say = To sprawa między mną a nią. Proszę ją po prostu poprosić do telefonu.
third-party-why =
    .leave-name = Tak trzeba: osoba trzecia słyszy twoje imię, nazwę firmy, bo o nią zapytała, i nic, co zdradzałoby dług (15 USC 1692b; 12 CFR 1006.10). „Sprawa osobista” brzmi uprzejmie i niczego nie ujawnia.
    .tell-marcus = Naruszenie krytyczne: mówisz bratu dłużniczki, że ma dług i ile wynosi (15 USC 1692b, 1692c(b)). Osoba trzecia może usłyszeć tylko twoje imię i to, że próbujesz skontaktować się z dłużniczką.
    .refuse-say = Nic nie ujawniasz i to dobrze, ale ton jest opryskliwy, a Marcus przekaże to siostrze. Uprzejme „to sprawa osobista” działa tak samo, bez zgrzytów.

## Weryfikacja rozmówcy

dana-speaking = Przy telefonie. O co chodzi?
    .verify-dob = Dziękuję. Zanim przejdę dalej, dla ochrony pani danych: czy może pani podać datę urodzenia i kod pocztowy przypisany do konta?
    .ask-ssn = Zanim pójdziemy dalej, potrzebuję pełnego numeru Social Security.
    .straight-to-debt = Chodzi o pani konto w { $creditor }. Zaległość wynosi { $amount }. Kiedy pani zapłaci?
dana-speaking-v2 = Tak, to ja, Dana. Przepraszam, kto mówi?
dana-speaking-why =
    .verify-dob = Dokładnie tak: dwie dane, które już masz w systemie, potwierdzają tożsamość, zanim wspomnisz o koncie (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .ask-ssn = Weryfikujesz tożsamość, ale pełny numer Social Security to znacznie więcej, niż potrzeba, a ludzie słusznie nie chcą go podawać przez telefon. Pytaj o dane, które już masz, np. datę urodzenia i kod pocztowy.
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim ustalisz, kto jest po drugiej stronie (15 USC 1692c(b)), i zaczynasz od żądania zapłaty. Najpierw weryfikacja.

dana-after-transfer = Halo, tu Dana. Brat mówi, że ktoś o mnie pytał?
    .verify-dob = Tak, dziękuję, że pani podeszła. Mówi { $agent } z Apex Recovery. Zanim przejdę dalej: czy może pani podać datę urodzenia i kod pocztowy?
    .straight-to-debt = Tak. Chodzi o pani konto w { $creditor }: zaległość wynosi { $amount }. Kiedy pani zapłaci?
dana-after-transfer-why =
    .verify-dob = Dobrze: przedstawiasz się ponownie osobie, z którą chcesz rozmawiać, i weryfikujesz ją, zanim powiesz, w jakiej sprawie dzwonisz (15 USC 1692c(b)).
    .straight-to-debt = Naruszenie krytyczne: rozmawiasz o długu, zanim potwierdzisz, że to naprawdę Dana (15 USC 1692c(b)). Każdy może powiedzieć „tu Dana”.

ssn-pushback = Cały numer Social Security? Przez telefon? Nie ma mowy. Mogę podać datę urodzenia i kod pocztowy, i tyle.
    .accept-dob = Oczywiście, to w zupełności wystarczy, a ostrożność jest jak najbardziej na miejscu. Poproszę więc o datę urodzenia i kod pocztowy.
    .insist-ssn = Przykro mi, bez pełnego numeru nie mogę kontynuować rozmowy.
ssn-pushback-why =
    .accept-dob = Dobrze naprawione: przyjmujesz minimum danych i szanujesz ostrożność rozmówczyni. Weryfikacja ma być proporcjonalna.
    .insist-ssn = Rozmówczyni proponuje dane, które wystarczą do weryfikacji, a ty odmawiasz, więc się rozłącza. Żądanie większej ilości danych, niż potrzeba, kończy rozmowy i niszczy zaufanie.

dana-wary = Zaraz, a skąd wy o tym wiecie? Kto mówi?
    .verify-now = Przepraszam, najpierw należało to sprawdzić. Mówi { $agent } z Apex Recovery. Czy może pani podać datę urodzenia i kod pocztowy?
    .press-on = Apex Recovery, firma windykacyjna. Celem tej rozmowy jest odzyskanie należności, a wszelkie uzyskane informacje zostaną wykorzystane w tym celu. Wracając do zaległości…
dana-wary-why =
    .verify-now = Do ujawnienia już doszło (15 USC 1692c(b)), ale weryfikacja teraz to właściwa naprawa: nie idź dalej, dopóki nie wiesz, z kim rozmawiasz.
    .press-on = Formuła Mini-Miranda jest poprawna, ale nadal nie wiesz, z kim rozmawiasz, więc każde słowo o długu może trafiać do niewłaściwej osoby (15 USC 1692c(b)).

dana-furious = Dlaczego mówicie mojemu bratu o moich rachunkach?! To nie jest jego sprawa!
    .apologise-verify = Ma pani rację, to nie powinno było się zdarzyć. Przepraszam. Zanim pójdziemy dalej, czy może pani podać datę urodzenia i kod pocztowy, żeby upewnić się, że rozmawiam z panią?
    .blame-marcus = Sam pytał. Tak czy inaczej, zaległość wynosi { $amount }.
dana-furious-why =
    .apologise-verify = Najlepsze, co można zrobić po naruszeniu: przyznać się, przeprosić bez wymówek i zweryfikować tożsamość, zanim powiesz cokolwiek więcej. Samo naruszenie i tak się liczy (15 USC 1692b).
    .blame-marcus = Obwinianie osoby trzeciej i powtórzenie żądania tylko pogarsza sprawę. Przeproś, zweryfikuj i dopiero wtedy rozmawiaj o koncie.

verified = Trzeci marca 1988, kod 43215. No dobrze… to o co chodzi?
    .mm-and-purpose = Dziękuję, pani Whitfield. Dzwonię z Apex Recovery, firmy windykacyjnej. Celem tej rozmowy jest odzyskanie należności, a wszelkie uzyskane informacje zostaną wykorzystane w tym celu. Chodzi o pani konto w { $creditor }: do zapłaty pozostaje { $amount }, termin płatności minął { $due }.
    .purpose-no-mm = Dziękuję. Dzwonię w sprawie pani konta w { $creditor }: od { $due } pozostaje do zapłaty { $amount }.
    .mm-full-today = Dziękuję. Apex Recovery to firma windykacyjna; celem rozmowy jest odzyskanie należności, a uzyskane informacje zostaną wykorzystane w tym celu. Zaległość wobec firmy { $creditor } wynosi { $amount }. Czy może pani spłacić całość jeszcze dziś?
verified-v2 = Jasne. 3 marca 1988, kod pocztowy 43215. W jakiej sprawie?
verified-why =
    .mm-and-purpose = Wzorowa odpowiedź: zaraz po weryfikacji pełna formuła Mini-Miranda (15 USC 1692e(11); 12 CFR 1006.18(e)), potem wierzyciel, kwota i termin płatności, spokojnie i bez nacisku.
    .purpose-no-mm = Naruszenie krytyczne: pomijasz formułę Mini-Miranda. W pierwszej rozmowie trzeba powiedzieć, że dzwoni windykator w celu odzyskania długu i że uzyskane informacje zostaną wykorzystane w tym celu (15 USC 1692e(11)).
    .mm-full-today = Formuła poprawna, ale żądanie spłaty całości jeszcze dziś, zanim cokolwiek wiesz o sytuacji rozmówczyni, to presja. Najpierw ustal, na co ją stać.

## Dłużniczka ma pełnomocnika

attorney = Muszę coś powiedzieć: w sierpniu straciłam pracę i wynajęłam adwokatkę od upadłości, panią Ortegę. Powiedziała, żeby wszystkich, którzy dzwonią w sprawie moich rachunków, odsyłać do niej.
    .get-attorney-details = Dziękuję, że mi pani o tym mówi. Czy mogę prosić o numer telefonu albo adres kancelarii pani Ortegi? Od teraz w sprawie tego konta będziemy kontaktować się z nią, a nie z panią.
    .push-anyway = Adwokatka nie zabrania pani płacić. Może pani coś wpłacić jeszcze dziś?
    .plan-anyway = Rozumiem, ale skoro już rozmawiamy, może ustalimy niewielką ratę miesięczną?
attorney-why =
    .get-attorney-details = Prawidłowo: gdy wiesz, że w sprawie tego długu dłużniczkę reprezentuje adwokat, zapisz jego dane i kontaktuj się tylko z nim (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .push-anyway = Naruszenie krytyczne: dłużniczka ma pełnomocnika, więc nie wolno ci już rozmawiać z nią o długu (15 USC 1692c(a)(2)). Zapisz dane adwokatki i zakończ rozmowę.
    .plan-anyway = W dobrej wierze, ale to nadal naruszenie krytyczne: propozycja raty to wciąż rozmowa o długu z konsumentką, która ma pełnomocnika (15 USC 1692c(a)(2)). Złóż tę propozycję przez panią Ortegę.

attorney-details = Kancelaria Ortega Law w Columbus, 614-555-0142. Proszę pytać o panią Ortegę.
    .confirm-attorney = Powtórzę dla pewności: Ortega Law, 614-555-0142, pani Ortega. Od teraz kontaktujemy się z nią i nie będziemy dzwonić do pani w sprawie tego konta. Dziękuję, pani Whitfield, i powodzenia.
    .one-more-thing = Zanotowane. A tak między nami: może jednak wpłaci pani dziś choć drobną kwotę?
attorney-details-why =
    .confirm-attorney = Dobre zakończenie: powtórzone dane, jasne dalsze kroki, podziękowanie.
    .one-more-thing = Naruszenie krytyczne: „tak między nami” to nadal kontakt w sprawie długu z konsumentką, która ma pełnomocnika (15 USC 1692c(a)(2)). Gdy masz dane adwokatki, zakończ rozmowę.

## Trudna sytuacja

dana-explains = No wiem, że jest zaległość. W sierpniu zwolnili mnie z magazynu. Staram się płacić czynsz na bieżąco i na rachunek za telefon już po prostu nie starczyło.
    .acknowledge-listen = Bardzo mi przykro z powodu pracy, to trudne przeżycie. Dziękuję, że pani o tym mówi. Czyli w sierpniu straciła pani pracę i w pierwszej kolejności płaci pani czynsz, dobrze rozumiem?
    .acknowledge-brief = Rozumiem. Zobaczmy, co da się zrobić.
    .interrupt-pay = Proszę pani, słyszę to codziennie, a rachunek i tak trzeba zapłacić. Może pani dziś wpłacić całą kwotę, { $amount }?
    .lecture = Może gdyby pani lepiej planowała wydatki, nie byłoby teraz tego problemu.
dana-explains-v2 = Tak, wiem. Straciłam pracę w magazynie jeszcze w sierpniu. Najpierw płacę czynsz, a potem już nic nie zostaje.
dana-explains-why =
    .acknowledge-listen = Wzorowa odpowiedź: odnosisz się do sytuacji, dziękujesz za szczerość i parafrazujesz, żeby sprawdzić, czy dobrze rozumiesz. Teraz rozmówczyni ufa ci na tyle, żeby rozmawiać o liczbach.
    .acknowledge-brief = Do przyjęcia, ale skromnie. Nazwij to, o czym mówi rozmówczyni („utrata pracy to trudna sprawa”), i sprawdź, czy dobrze rozumiesz; to parafraza sprawia, że ktoś czuje się wysłuchany.
    .interrupt-pay = Błąd krytyczny w jakości rozmowy: „słyszę to codziennie” bagatelizuje trudną sytuację rozmówczyni, a do tego przerywasz jej żądaniem spłaty całości. Najpierw odnieś się do tego, co słyszysz, potem sprawdź, na co rozmówczynię stać; naciskanie na spłatę kwoty, której – jak właśnie słyszysz – rozmówczyni nie ma, niczego nie da.
    .lecture = Naruszenie krytyczne: poniżanie konsumentki to obraźliwy język (15 USC 1692d; 12 CFR 1006.14(a)). Nigdy nie komentuj tego, jak ktoś gospodaruje pieniędzmi.

dana-defensive = Nie MAM tych { $amount }. Nie mam pracy. Czego tu nie rozumieć?
    .apologise-reset = Ma pani rację, przepraszam, za bardzo naciskam. Utrata pracy to dużo naraz. Może zobaczmy razem, co jest dla pani realne?
    .threaten-suit = Jeśli pani nie zapłaci, skierujemy sprawę do sądu i zajmiemy pani wynagrodzenie.
    .push-half = To niech pani zapłaci dziś połowę, a resztę w przyszłym tygodniu.
dana-defensive-why =
    .apologise-reset = Dobrze naprawione: przyznajesz się do błędu, odnosisz się do sytuacji rozmówczyni i przechodzisz do tego, na co ją stać.
    .threaten-suit = Naruszenie krytyczne: straszenie pozwem i zajęciem wynagrodzenia, choć nikt o takich krokach nie zdecydował, to fałszywa groźba (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)).
    .push-half = Rozmówczyni właśnie powiedziała, że nie ma dochodu; połowa zaległości w ciągu tygodnia to nadal nacisk na jednorazową spłatę. Najpierw sprawdź dochody i wydatki.

dana-angry = Wiecie co? Mam dość. Proszę do mnie więcej nie dzwonić. Nie dzwońcie na ten numer.
    .honour-cease = Rozumiem i przepraszam, że ta rozmowa tak panią zdenerwowała. Zapisuję, że nie życzy sobie pani telefonów na ten numer; od teraz będziemy się kontaktować wyłącznie pisemnie, a w piśmie znajdzie pani możliwe rozwiązania, w tym plan spłaty dla osób w trudnej sytuacji. Do widzenia, pani Whitfield.
    .keep-pushing = Proszę pani, nie mogę tak po prostu przestać dzwonić. Dług nadal istnieje. Kiedy pani zapłaci?
    .threaten-warrant = Jeśli się pani rozłączy, może się to skończyć nakazem aresztowania. Niepłacenie to poważna sprawa.
    .plan-before-go = Zanim się pani rozłączy: możemy ustalić niewielką ratę miesięczną.
dana-angry-why =
    .honour-cease = Prawidłowo: prośba, by nie dzwonić, jest wiążąca dla tego kanału (12 CFR 1006.14(h)(1)). Przyjmij ją do wiadomości, potwierdź, jak będziecie się kontaktować, i uprzejmie zakończ rozmowę.
    .keep-pushing = Rozmówczyni prosi, żeby nie dzwonić; dalsze naciskanie lekceważy jej prośbę (12 CFR 1006.14(h)(1)). Potwierdź, że nie będziecie dzwonić, i zakończ rozmowę.
    .threaten-warrant = Naruszenie krytyczne: nikt nie trafia do aresztu za niezapłacony rachunek telefoniczny. Groźba aresztowania to fałszywa groźba (15 USC 1692e(4); 12 CFR 1006.18(b)(3)), a rozmówczyni już prosiła, żeby nie dzwonić.
    .plan-before-go = Dobra intencja, zły moment: rozmówczyni prosi, żeby nie dzwonić (12 CFR 1006.14(h)(1)). Propozycję planu spłaty wyślij na piśmie.

## Możliwości płatnicze i negocjacje

dana-opens-up = …Dobrze. Przepraszam, to były ciężkie miesiące. Naprawdę chcę to spłacić, tylko nie dam rady wszystkiego naraz.
    .affordability = To całkowicie zrozumiałe. Żeby znaleźć rozwiązanie, które naprawdę się sprawdzi, możemy przejść przez pani miesięczny budżet? Jakie ma pani teraz dochody, a jakie stałe wydatki: czynsz, media, jedzenie?
    .offer-fixed-plan = Możemy to rozłożyć na trzy miesięczne raty po 415 dolarów, pierwsza w przyszły wtorek. Mam to ustawić?
    .borrow-family = A może pożyczy pani od rodziny? Jeśli całość wpłynie do piątku, jeszcze dziś zamkniemy sprawę.
dana-opens-up-v2 = Dobrze. Dziękuję. Naprawdę nie próbuję się wymigać. Po prostu nie mam z czego zapłacić całości naraz.
dana-opens-up-why =
    .affordability = Wzorowa odpowiedź: analiza dochodów i wydatków, zanim cokolwiek zaproponujesz, żeby plan był realny i trwały.
    .offer-fixed-plan = Plan zaproponowany bez znajomości budżetu to zgadywanie: 415 dolarów miesięcznie bez pracy się nie utrzyma. Już sama propozycja złożona przed pytaniem o dochody i wydatki jest błędem. Najpierw zapytaj o dochody i wydatki.
    .borrow-family = Namawianie do pożyczki, żeby spłacić całość, to nacisk na jednorazową spłatę, który może pogłębić zadłużenie. Szukaj planu, na który rozmówczynię stać.

budget = Dostaję około 410 dolarów tygodniowo zasiłku dla bezrobotnych. Czynsz to 1100, do tego gaz i prąd, zakupy, autobus, telefon na kartę… Po tym wszystkim zostaje może 70 dolarów miesięcznie. Szczerze mówiąc, nie sypiam po nocach. Lekarz przepisał mi leki na lęki.
    .texas = Dziękuję, że mi pani o tym mówi, wiem, że to niełatwe. Za pani zgodą dodam w systemie notatkę, że zmaga się pani z lękiem, żeby każda osoba, która będzie z panią rozmawiać, brała to pod uwagę. Ta informacja posłuży wyłącznie do obsługi pani konta. Czy zgadza się pani?
    .skip-health = Dobrze, to zostańmy poniżej tej kwoty: 60 dolarów pierwszego dnia każdego miesiąca, od 1 grudnia.
    .dismiss-health = Wszyscy się dziś stresują. Skupmy się na pieniądzach.
budget-why =
    .texas = Wzorowa odpowiedź (TEXAS): podziękowanie, wyjaśnienie, jak informacja zostanie wykorzystana, i prośba o wyraźną zgodę na jej zapisanie. Dalej: zapytaj, co pomoże, i wskaż bezpłatne doradztwo.
    .skip-health = Plan mieści się w budżecie, ale pomijasz to, co rozmówczyni powiedziała o zdrowiu. Gdy ktoś mówi o swojej szczególnej sytuacji, podziękuj, wyjaśnij, jak informacja zostanie wykorzystana, i poproś o zgodę na jej zapisanie (TEXAS).
    .dismiss-health = Błąd krytyczny w jakości rozmowy: zbycie informacji o zdrowiu niszczy zaufanie i pomija szczególną sytuację rozmówczyni. Zastosuj TEXAS: podziękuj, wyjaśnij, poproś o wyraźną zgodę, zapytaj, wskaż pomoc.

consent-given = Tak… zgadzam się. Dziękuję, że w ogóle ktoś pyta. To co możemy zrobić z tym rachunkiem?
    .offer-affordable-plan = Na podstawie tego, co pani mówi: może 70 dolarów miesięcznie, czyli tyle, ile pani zostaje, od przyszłego wtorku, 24 listopada? To 18 rat, ostatnia tylko na to, co zostanie do spłaty. Jeśli sytuacja się zmieni, proszę dać nam znać, wtedy przejrzymy plan.
    .offer-high-plan = Ustalmy 250 dolarów miesięcznie, wtedy do wiosny będzie po sprawie.
    .offer-discount = Mogę zaproponować tak: jeśli wpłaci pani 868,35 dolara do 30 listopada, odliczymy 30% i sprawa będzie zamknięta.
consent-given-why =
    .offer-affordable-plan = Wzorowa odpowiedź: plan wynika z liczb podanych przez rozmówczynię, mieści się w twoich uprawnieniach, a do tego od razu zapowiadasz, że można go zmienić.
    .offer-high-plan = 250 dolarów to ponad trzy razy więcej, niż według rozmówczyni zostaje jej co miesiąc. Plan, którego nie da się dotrzymać, to presja, a nie pomoc (rozmówczyni nie może go przyjąć, więc proponuje tyle, ile ma).
    .offer-discount = Bez zgody przełożonego nie możesz udzielić żadnego rabatu: 30% to ustępstwo ponad twoje uprawnienia. Poza tym rozmówczyni ma dziś 40 dolarów i 70 dolarów miesięcznie, więc 868,35 dolara w dwa tygodnie oznacza pożyczkę.

dana-counters = Nie dam rady płacić { $instalment } { $every }. Straciłam pracę, nie mam takich pieniędzy. Realnie mogę płacić { $counter-instalment } miesięcznie; to by było { $counter-count ->
        [one] { $counter-count } rata
        [few] { $counter-count } raty
        [many] { $counter-count } rat
       *[other] { $counter-count } raty
    }. Pasuje?
    .take-counter = Tak, możemy tak zrobić. Ustawmy plan na tę kwotę.
    .check-budget = Zanim cokolwiek ustalimy, możemy razem przejść przez pani budżet? Jakie ma pani dochody, a jakie stałe wydatki?
    .insist-counter = To za mało. Musi być więcej.
dana-counters-why =
    .take-counter = Dobrze: kwota podana przez rozmówczynię to tyle, ile naprawdę może płacić, a tu w dodatku spłaca saldo w granicach twoich uprawnień. Teraz powtórz warunki i potwierdź je na piśmie.
    .check-budget = Dobrze: sprawdź dochody i wydatki, zanim przyjmiesz jakąkolwiek kwotę, nawet tę zaproponowaną przez rozmówczynię.
    .insist-counter = Rozmówczyni proponuje tyle, ile ma; naciskanie na więcej bez znajomości jej budżetu to presja, by płaciła nierozsądnie dużo, a spłacany jest plan, na który ją stać.

dana-refuses = Nie. Przykro mi, ale to odpada: { $terms }. Nie ma szans, żebym miała takie pieniądze, zwłaszcza że zaraz czynsz.
    .refused-rethink = Nic nie szkodzi, znajdźmy coś, co będzie dla pani realne. Spójrzmy na to jeszcze raz.
    .refused-push = Tyle potrzebujemy. Musi pani skądś wziąć te pieniądze.
    .refused-callback = Rozumiem. Może chce to pani przemyśleć i porozmawiamy jeszcze w tym tygodniu?
dana-refuses-why =
    .refused-rethink = Dobrze: odmowa to informacja. Wróć do tego, na co pozwala budżet rozmówczyni.
    .refused-push = Nacisk po odmowie zamienia negocjacje w żądanie; rozmówczyni już powiedziała, że nie da rady tego zapłacić.
    .refused-callback = Do przyjęcia, ale znasz już jej budżet: plan, którego dotrzyma, można ustalić jeszcze dziś.

renegotiate = Dobrze… to co możemy zrobić?
    .callback-think = Nie spieszmy się. Może oddzwonię w czwartek o 18:30? A w międzyczasie: organizacja non-profit oferująca doradztwo kredytowe, na przykład członek NFCC, może przejrzeć z panią wszystkie rachunki, zwykle bezpłatnie albo za niewielką opłatą.
renegotiate-why =
    .callback-think = W porządku, i między 8:00 a 21:00 jej czasu (15 USC 1692c(a)(1)), ale znasz już jej budżet: plan na kwotę, która jej zostaje, można ustalić teraz.

plan-too-high = Przecież mówiłam, ile mi zostaje. Skąd mam wziąć takie pieniądze?
    .step-back = Ma pani rację, przepraszam, za szybko poszliśmy dalej. Przejdźmy najpierw porządnie przez pani budżet.
    .insist = To minimum, jakie możemy przyjąć.
plan-too-high-why =
    .step-back = Dobrze: przyznajesz rozmówczyni rację i wracasz do jej dochodów i wydatków.
    .insist = Przedstawianie nierealnej kwoty jako nienegocjowalnej to presja; spłacany jest plan oparty na budżecie dłużniczki.

plan-hesitant = Nie wiem… Muszę jeszcze raz przejrzeć rachunki, zanim cokolwiek obiecam. Możecie oddzwonić pod koniec tygodnia, wieczorem?
    .callback-evening = Oczywiście, to rozsądne. Może w czwartek o 18:30? A w międzyczasie: organizacja non-profit oferująca doradztwo kredytowe, na przykład członek NFCC, może przejrzeć z panią wszystkie rachunki, zwykle bezpłatnie albo za niewielką opłatą.
    .smaller-plan = A czy 40 dolarów miesięcznie byłoby bezpieczniejsze? Od 1 grudnia, aż do spłaty całości.
    .push-today = Naprawdę potrzebuję deklaracji jeszcze dziś.
plan-hesitant-why =
    .callback-evening = Dobrze: ponowny kontakt w porze, o którą prosi rozmówczyni, między 8:00 a 21:00 jej czasu (15 USC 1692c(a)(1)), i wskazanie bezpłatnego doradztwa.
    .smaller-plan = Na 40 dolarów rozmówczynię stać, ale spłata trwałaby 32 miesiące, a wierzyciel zgadza się najwyżej na 24: to wymaga zgody przełożonego. 70 dolarów miesięcznie mieści się i w jej budżecie, i w twoich uprawnieniach.
    .push-today = Rozmówczyni prosi o czas na przejrzenie budżetu; naciskanie na deklarację teraz zamienia wahanie w złość.

plan-stretch = { $instalment } { $every }? To… szczerze mówiąc, więcej, niż mi zostaje po opłaceniu czynszu. Ale dobrze. Jakoś to znajdę. Chcę mieć to z głowy.
    .recheck-stretch = Chwileczkę. Powtórzę, co ustaliliśmy: to więcej niż 70 dolarów, które według pani zostają co miesiąc. Nie chcę ustawiać czegoś, co za dwa miesiące się posypie. Spójrzmy na to jeszcze raz.
    .lock-it-in = Świetnie, to zapisuję.
plan-stretch-why =
    .recheck-stretch = Wzorowa naprawa: powtórzenie warunków i zestawienie ich z budżetem wyłapuje plan nie do utrzymania, zanim zostanie ostatecznie przyjęty.
    .lock-it-in = Rozmówczyni mówi wprost, że to więcej, niż ma. Plan przyjęty z dobrej woli, którego nie da się dotrzymać, posypie się po kilku tygodniach, a nakłanianie do nierozsądnie wysokich wpłat to właśnie to, czego zabraniają zasady oceny możliwości płatniczych.

stretch-locked = Dobrze. Jakoś dam radę. Jak mam płacić?
    .routes-and-confirm = Może pani płacić online przez nasz portal płatności, telefonicznie u nas albo czekiem wysłanym pocztą; najprościej ustawić płatność automatyczną. Czy mogę potwierdzić pani adres e-mail, żeby wysłać plan na piśmie, i najlepszy numer oraz porę kontaktu?
    .card-now = Świetnie, proszę podać numer karty, pobiorę pierwszą ratę od razu.
stretch-locked-why =
    .routes-and-confirm = Sposoby płatności i pisemne potwierdzenie są, ale sam plan jest taki, że rozmówczyni mówi, że go nie udźwignie.
    .card-now = Pobieranie wpłaty teraz, w planie, na który rozmówczyni nie stać, to dodatkowa presja przy złym porozumieniu.

plan-accepted = Czyli { $instalment } { $every }, { $count ->
        [one] { $count } rata
        [few] { $count } raty
        [many] { $count } rat
       *[other] { $count } raty
    }, pierwsza { $first-date }? Dobrze… tak. Chyba dam radę. Jak mam płacić?
    .read-back = Powtórzę dla pewności: kwota, częstotliwość, liczba rat i data pierwszej wpłaty, dokładnie tak, jak pani przed chwilą powiedziała. Zgadza się?
    .routes-and-confirm = Może pani płacić online przez nasz portal płatności, telefonicznie u nas albo czekiem wysłanym pocztą; najprościej ustawić płatność automatyczną. Czy mogę potwierdzić pani adres e-mail, żeby wysłać plan na piśmie, i najlepszy numer oraz porę kontaktu?
    .card-now = Świetnie, proszę podać numer karty, pobiorę pierwszą ratę od razu.
plan-accepted-why =
    .read-back = Dobrze: powtórzenie warunków od razu sprawia, że obie strony kończą rozmowę z tym samym planem.
    .routes-and-confirm = Wzorowa odpowiedź: wyjaśniasz sposoby płatności i potwierdzasz dane kontaktowe, żeby pisemne potwierdzenie dotarło do rozmówczyni.
    .card-now = Przed chwilą ustaliliście, kiedy zaczynają się raty; pobranie pieniędzy teraz łamie tę umowę i podważa zaufanie do planu.

read-back-confirmed = Tak: { $instalment } { $every }, { $count ->
        [one] { $count } rata
        [few] { $count } raty
        [many] { $count } rat
       *[other] { $count } raty
    }, pierwsza { $first-date }. Zgadza się. Jak mam płacić?
    .routes-and-confirm = Może pani płacić online przez nasz portal płatności, telefonicznie u nas albo czekiem wysłanym pocztą; najprościej ustawić płatność automatyczną. Czy mogę potwierdzić pani adres e-mail, żeby wysłać plan na piśmie, i najlepszy numer oraz porę kontaktu?
    .card-now = Świetnie, proszę podać numer karty, pobiorę pierwszą ratę od razu.
read-back-confirmed-why =
    .routes-and-confirm = Wzorowa odpowiedź: wyjaśniasz sposoby płatności i potwierdzasz dane kontaktowe, żeby pisemne potwierdzenie dotarło do rozmówczyni.
    .card-now = Przed chwilą ustaliliście, kiedy zaczynają się raty; pobranie pieniędzy teraz łamie tę umowę i podważa zaufanie do planu.

details-given = dana.whit88@mail.com, a ten numer jest w porządku. Tylko po osiemnastej, proszę, w ciągu dnia chodzę na rozmowy o pracę.
    .signpost-summarise = Zanotowane: dana.whit88@mail.com, ten numer, po 18:00. Podsumowując ustalony plan: kwota, terminy i liczba rat, potwierdzenie mailem jeszcze dziś. I nie musi pani radzić sobie z tym sama: organizacja non-profit oferująca doradztwo kredytowe, na przykład członek NFCC, może przejrzeć z panią wszystkie rachunki, zwykle bezpłatnie albo za niewielką opłatą. Dziękuję, że udało się to razem ustalić, pani Whitfield, i powodzenia na rozmowach.
    .summarise-only = Zanotowane. Podsumowując ustalony plan: kwota, terminy i liczba rat, potwierdzenie mailem jeszcze dziś. Dziękuję, pani Whitfield.
    .callback-early = Świetnie. Zadzwonię jutro o 7:30 rano, żeby przyjąć pierwszą wpłatę, zanim wyjdzie pani na rozmowy.
details-given-why =
    .signpost-summarise = Wzorowe zakończenie: powtórzone dane, podsumowanie ustaleń, wskazanie bezpłatnego doradztwa i podziękowanie.
    .summarise-only = Jasne zakończenie, ale po informacji o trudnej sytuacji należy też wskazać bezpłatne, niezależne doradztwo w sprawie długów.
    .callback-early = Naruszenie krytyczne: 7:30 to przed 8:00 czasu rozmówczyni (15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)), a przed chwilą prosiła o kontakt po osiemnastej. Umawiaj rozmowy w dozwolonych godzinach i w porze, o którą prosi rozmówca.

settle-accepted = { $settlement } i sprawa zamknięta? Jeśli naprawdę tak można… siostra mówiła, że mogłaby mi trochę pożyczyć. Mogę wpłacić { $settlement } do { $by-date }.
    .confirm-settle = To powtórzę: ta kwota do tego dnia tytułem ugody, w pełni zamykającej sprawę. Potwierdzę to mailem; może pani zapłacić online, telefonicznie albo czekiem.
    .promise-clean = Doskonale. Po tej wpłacie konto zostanie zamknięte na dobre, a z pani historii kredytowej zniknie wszelki ślad.
    .settle-retract = Chwileczkę, muszę to jednak uzgodnić z przełożonym, a nie chcę, żeby pani pożyczała pieniądze, żeby nam zapłacić. Zobaczmy, ile może pani płacić z własnego budżetu.
settle-accepted-why =
    .confirm-settle = Warunki powtórzone i potwierdzone na piśmie, ale rabat wykracza poza twoje uprawnienia (bez zgody przełożonego żaden), a rozmówczyni pożycza pieniądze, żeby go zapłacić.
    .promise-clean = Nie możesz obiecać, co pokażą biura informacji kredytowej: to obietnica bez pokrycia. A sam rabat wykracza poza twoje uprawnienia.
    .settle-retract = Dobra naprawa: wycofujesz ustępstwo, którego nie możesz przyznać, zanim rozmówczyni zacznie na nim polegać, i wracasz do tego, na co ją stać.

## Zakończenia

end-plan = Dobrze: { $agreed }. Dziękuję, że potraktowaliście mnie po ludzku. Będę czekać na maila.
end-plan-v2 = W porządku: { $agreed }. Naprawdę dziękuję. Jedno zmartwienie mniej.
end-settled = Dobrze. { $settlement } do { $by-date }. Jeszcze dziś zadzwonię do siostry.
end-callback = Dobrze. To do usłyszenia.
end-attorney = Dobrze. Dziękuję. Do widzenia.
end-cease = Dobrze. Do widzenia.
end-hangup = Nie będę tego słuchać. Do widzenia. (Rozłącza się.)
end-hangup-v2 = Nie. Mam dość. (Połączenie zostaje przerwane.)
