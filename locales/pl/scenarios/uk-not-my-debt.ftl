title = „To nie mój dług”: pomyłka czy kradzież tożsamości?
briefing = Pracujesz w Greyfield Partners, firmie windykacyjnej działającej na zlecenie { $creditor }. Chodzi o kartę kredytową { $creditor } wydaną na nazwisko { $debtor }, urodzonego 4 maja 1979 r., ostatni znany kod pocztowy BS5 6LR: do zapłaty pozostaje { $amount }, zaległość od { $due } ({ $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }). Numer telefonu pochodzi z wywiadowni, więc może nie należeć do dłużnika. Jest wtorek, godzina 18:10, Bristol. Karta to regulowany kredyt konsumencki: obowiązuje rozdział 7 podręcznika FCA CONC. Zanim powiesz cokolwiek o koncie, upewnij się, że rozmawiasz z kredytobiorcą, a jeśli należność zostanie zakwestionowana, zajmij się sporem, a nie zapłatą.
product = karta kredytowa
speaker-namesake = Daniel Hughes (ur. 1991)

## Początek rozmowy

opening = Halo?
    .ask-for-daniel = Dobry wieczór, nazywam się { $agent }, dzwonię z firmy Greyfield Partners. Czy mogę rozmawiać z panem Danielem Hughesem?
    .blurt = Dobry wieczór, { $agent } z Greyfield Partners, dzwonię w sprawie karty kredytowej { $creditor } i zaległej kwoty { $amount }. Czy to pan Daniel Hughes?
    .no-intro = Czy to Daniel Hughes?
opening-v2 = No, halo?
opening-why =
    .ask-for-daniel = Dobrze: imię i nazwa firmy oraz prośba o rozmowę z osobą z imienia i nazwiska, bez podawania celu rozmowy. Numer pochodzi z wywiadowni, więc niczego nie zakładaj.
    .blurt = Naruszenie krytyczne: wierzyciel, dług i kwota, zanim wiesz, kto odebrał (CONC 7.9.10R). Numer pochodzi z wywiadowni: to może być ktokolwiek.
    .no-intro = Pytasz, kim jest rozmówca, nie mówiąc, kim jesteś. Najpierw podaj imię i nazwę firmy.

verify-ask = No, Daniel Hughes. A o co chodzi?
    .verify = Dziękuję, panie Hughes. Zanim przejdę dalej, muszę się upewnić, że rozmawiam z właściwą osobą: czy może pan podać datę urodzenia i kod pocztowy?
    .name-is-enough = Świetnie. Chodzi o pana kartę kredytową { $creditor }: od { $due } do zapłaty pozostaje { $amount }.
verify-ask-v2 = Przy telefonie. A kto pyta?
verify-ask-why =
    .verify = Wzorowa odpowiedź: zgodne imię i nazwisko to za mało. Zanim powiesz cokolwiek o koncie, sprawdź dane, które masz w systemie (data urodzenia, kod pocztowy) (CONC 7.9.10R).
    .name-is-enough = Naruszenie krytyczne: „Daniel Hughes” niczego nie dowodzi; numer pochodzi z wywiadowni, a nazwisko jest popularne. Ujawniasz konto przed weryfikacją (CONC 7.9.10R), a jeśli to inny Daniel Hughes, to osobie trzeciej (CONC 7.9.6R).

who-is-this = Przepraszam, a kto mówi? Jaka karta? Nie wiem, o co chodzi.
    .verify = Przepraszam, od tego należało zacząć. Mówi { $agent } z Greyfield Partners. Zanim pójdziemy dalej, czy może pan podać datę urodzenia i kod pocztowy, żeby mieć pewność, że rozmawiam z właściwą osobą?
    .repeat-debt = Karta { $creditor }. { $amount }. Trzeba to spłacić.
who-is-this-why =
    .verify = Właściwa naprawa: przeproś i przed wszystkim innym zweryfikuj tożsamość. Do ujawnienia już doszło, ale nie pogłębiaj go (CONC 7.9.10R).
    .repeat-debt = Nadal nie wiesz, kto jest po drugiej stronie, a powtarzasz informację o długu i żądasz zapłaty. Przestań, przeproś i zweryfikuj tożsamość.

not-mine-unverified = Karta { $creditor }? Nigdy takiej nie miałem. Na pewno dzwonicie do właściwego Daniela Hughesa? Jest nas mnóstwo.
    .verify-now = Słusznie pan pyta i przepraszam, najpierw należało to sprawdzić. Czy może pan podać datę urodzenia i kod pocztowy? Wtedy zobaczę, czy to w ogóle pana konto.
    .insist = Karta jest zarejestrowana na Daniela Hughesa pod tym numerem, więc jest pana. Kiedy pan zapłaci?
not-mine-unverified-why =
    .verify-now = Dobrze naprawione: weryfikacja teraz, zanim padnie choć słowo więcej o koncie (CONC 7.9.10R).
    .insist = Naruszenie krytyczne: to samo nazwisko i numer z wywiadowni to nie dowód. Rozmówca kwestionuje należność: wstrzymaj windykację i wyjaśnij sprawę, zamiast żądać zapłaty (CONC 7.14.1R–7.14.5R), a przede wszystkim zweryfikuj tożsamość (CONC 7.9.10R).

## Inny Daniel Hughes

details-mismatch = Jedenasty lutego dziewięćdziesiątego pierwszego. Kod BS3 4NW. A czemu pytacie?
    .close-politely = Dziękuję. Przepraszam, te dane nie zgadzają się z danymi osoby, której szukamy, więc to pomyłka: to nie ten Daniel Hughes. Usuniemy ten numer z naszej bazy, żeby nikt już pana w tej sprawie nie niepokoił. Przepraszam za kłopot i dziękuję za poświęcony czas.
    .ask-other = Aha, to się nie zgadza. A zna pan innego Daniela Hughesa, rocznik 1979? Jest winien { $creditor } { $amount } z karty kredytowej.
    .press-him = W naszym systemie jest rok 1979. Na pewno? Na karcie { $creditor } przypisanej do tego numeru jest { $amount } zaległości.
details-mismatch-v2 = Jedenasty drugi dziewięćdziesiątego pierwszego. Kod BS3 4NW. O co chodzi?
details-mismatch-why =
    .close-politely = Wzorowa odpowiedź: dane się nie zgadzają, więc to osoba trzecia. Nie mówisz nic o koncie, przepraszasz i usuwasz numer (CONC 7.9.6R, 7.9.10R).
    .ask-other = Naruszenie krytyczne: to nie twój klient, a ty mówisz mu o cudzym długu, wierzycielu i kwocie (CONC 7.9.6R, 7.9.7R).
    .press-him = Naruszenie krytyczne: dane się nie zgadzają, a ty ujawniasz konto i jeszcze naciskasz. To ujawnienie długu osobie trzeciej (CONC 7.9.6R) i nękanie niewłaściwej osoby.

wrong-party-curious = Chwileczkę, to o co w takim razie chodzi? Ktoś się pode mnie podszywa? Już kiedyś przychodziły tu listy do innego Daniela Hughesa.
    .no-details = Rozumiem, że chce pan wiedzieć, i przepraszam, że nie mogę powiedzieć więcej: nie wolno mi rozmawiać o sprawach innych osób. Mogę natomiast dopilnować, żeby ten numer został odłączony od konta, więc nie będziemy się już z panem kontaktować. Gdyby kiedyś martwił się pan, że ktoś używa pana danych, może pan bezpłatnie sprawdzić swoją historię kredytową w biurach informacji kredytowej.
    .ask-forwarding = Przychodziły listy do innego Daniela Hughesa? Pamięta pan, skąd były albo gdzie on teraz może mieszkać?
    .tell-anyway = No, tak między nami: chodzi o kartę kredytową { $creditor } z zadłużeniem { $amount }. Jeśli to nie pan, to ktoś inny ma zaległości.
wrong-party-curious-v2 = Zaraz, to jakieś oszustwo? Czy ktoś się pode mnie podszywa?
wrong-party-curious-why =
    .no-details = Wzorowa odpowiedź: poważnie traktujesz obawy rozmówcy, niczego nie ujawniasz (CONC 7.9.6R), mówisz, co zrobisz, i dajesz mu przydatną, neutralną wskazówkę.
    .ask-forwarding = Można zapytać osobę trzecią o miejsce pobytu dłużnika, jeśli nie mówisz nic o długu. Do przyjęcia, ale krótko i bez naciskania.
    .tell-anyway = Naruszenie krytyczne: „tak między nami” to nadal ujawnienie długu osobie trzeciej (CONC 7.9.6R, 7.9.7R).

forwarding = Tamten? Chyba mieszkał w Easton, przez jakiś czas jego listy przychodziły tu przez pomyłkę. Nie mam pojęcia, gdzie jest teraz.
    .thank-close = To pomocne, dziękuję. Zaktualizuję nasze dane: ten numer zostanie odłączony od konta i nikt już nie będzie do pana w tej sprawie dzwonił. Dziękuję za poświęcony czas, panie Hughes, i jeszcze raz przepraszam za kłopot.
    .leave-message = Jakby się odezwał, proszę mu przekazać, że { $creditor } szuka go w sprawie karty kredytowej.
forwarding-why =
    .thank-close = Wzorowe zakończenie: podziękowanie, informacja, co zrobisz z numerem, i ani słowa o koncie.
    .leave-message = Naruszenie krytyczne: prośba do obcej osoby, żeby przekazała, że bank kogoś ściga, to ujawnienie długu osobie trzeciej (CONC 7.9.6R).

wrong-party-annoyed = Mówię przecież, że to nie ja! A teraz jeszcze słyszę od was o cudzych sprawach. To chyba nie w porządku. Złożę na to skargę.
    .apologise-remove = Ma pan rację i przepraszam: nie powinno to było paść. Od razu odłączam ten numer od konta, żeby nikt już się z panem nie kontaktował, a skargę oczywiście może pan złożyć; jeśli pan chce, podam adres do reklamacji.
    .argue = W naszym systemie ten numer należy do posiadacza konta, więc proszę mi powiedzieć, gdzie on jest.
wrong-party-annoyed-why =
    .apologise-remove = Właściwa naprawa po naruszeniu: przyznaj się, zakończ kontakt z tym numerem i nie utrudniaj złożenia skargi. Samo naruszenie i tak się liczy (CONC 7.9.6R).
    .argue = To osoba trzecia, która już usłyszała za dużo; żądanie od niej informacji to nacisk na niewłaściwą osobę.

## Posiadacz konta według danych w systemie

details-match = Czwarty maja siedemdziesiątego dziewiątego. BS5 6LR. A o co chodzi?
    .explain-account = Dziękuję, panie Hughes. Dzwonię w imieniu { $creditor } w sprawie karty kredytowej wydanej na pana nazwisko. Saldo wynosi { $amount }, zaległość jest od { $due }.
    .demand = Dziękuję. Ma pan kartę kredytową { $creditor } z zaległością { $amount } od { $due }. Jak zamierza pan to dziś spłacić?
    .enforcement = Dziękuję. Dzwonię z działu egzekucji Greyfield; otrzymaliśmy zlecenie odzyskania kwoty { $amount } z pana karty { $creditor } i mamy uprawnienia do podjęcia dalszych kroków.
details-match-why =
    .explain-account = Dobrze: weryfikacja, a potem fakty: w czyim imieniu dzwonisz, jakie to konto, saldo i od kiedy zaległość. Spokojnie i neutralnie.
    .demand = Fakty się zgadzają, ton nie: żądanie, zanim klient powiedział choć słowo. Podaj fakty i pozwól mu odpowiedzieć.
    .enforcement = Naruszenie krytyczne: jesteś firmą windykacyjną, a nie organem egzekucyjnym, a „uprawnienia do dalszych kroków” sugerują władzę, której nie masz. To przeinaczanie uprawnień i sytuacji prawnej (CONC 7.11.1R, 7.11.6R, 7.11.9R).

## Kwestionowanie należności

not-mine = Karta { $creditor }? W życiu nie miałem karty { $creditor }. Mam konto w Nationwide. To nie moje.
    .listen-investigate = Dziękuję, że pan to mówi. Upewnię się, że dobrze rozumiem: nigdy nie składał pan wniosku o kartę { $creditor } ani z niej nie korzystał, tak? Czy może pan powiedzieć coś, co pomoże nam to wyjaśnić, na przykład czy dostawał pan jakieś listy?
    .log-now = Rozumiem. Rejestruję, że kwestionuje pan to konto, i wstrzymuję działania na czas wyjaśniania, więc w tym czasie nikt nie będzie pana prosił o zapłatę.
    .prove-it = Wszyscy tak mówią. Dopóki pan nie udowodni, że to nie pana karta, należność jest wymagalna.
    .pay-then-claim = Najprościej będzie zapłacić teraz, a jeśli okaże się, że to oszustwo, odzyskać pieniądze od banku.
not-mine-v2 = Zaraz, co? Nie mam karty { $creditor }. Nigdy nie miałem. Ktoś się pomylił.
not-mine-why =
    .listen-investigate = Wzorowa odpowiedź: parafraza, sprawdzenie, czy dobrze rozumiesz, i pytanie otwarte, które pomoże w wyjaśnianiu. Możliwa kradzież tożsamości zasługuje na więcej niż odhaczenie rubryki.
    .log-now = Prawidłowo: wstrzymujesz windykację i rejestrujesz kwestionowanie należności (CONC 7.14.1R–7.14.5R). Jedno czy dwa pytania wcześniej dałyby jednak osobom wyjaśniającym sprawę więcej informacji.
    .prove-it = Naruszenie krytyczne: to firma ma udowodnić tożsamość kredytobiorcy i kwotę, a nie klient, że karty nie miał. Należność jest kwestionowana z potencjalnie ważnych powodów, więc wstrzymaj windykację i wyjaśnij sprawę (CONC 7.14.1R–7.14.5R).
    .pay-then-claim = Naruszenie krytyczne: namawianie kogoś, kto twierdzi, że dług nie jest jego, żeby zapłacił całość „i odzyskał później”, to windykacja w trakcie sporu (CONC 7.14.1R–7.14.5R) i nacisk na spłatę dużej kwoty (CONC 7.3.10R).

fraud-details = No dobrze. We wrześniu przyszedł list o zaległej racie. Myślałem, że to oszustwo, więc go wyrzuciłem. Był na nim adres jakiegoś mieszkania w Leeds. Nigdy nie mieszkałem w Leeds.
    .log-fraud = To bardzo pomocne, dziękuję. Adres w Leeds, pod którym nigdy pan nie mieszkał, może oznaczać, że ktoś posłużył się pana danymi. Rejestruję teraz kwestionowanie należności, a działania na koncie są wstrzymane: żadnych telefonów ani listów z prośbą o zapłatę, dopóki dział ds. oszustw { $creditor } nie wyjaśni sprawy. To bank musi wykazać, że konto należy do pana, a nie pan, że do pana nie należy.
    .pay-meanwhile = Dobrze, ale na czas wyjaśniania może pan coś wpłacić, żeby konto nie zostało wypowiedziane?
    .doubt-him = (wchodzi w słowo) Dostał pan list i go wyrzucił? To nie wygląda najlepiej.
fraud-details-why =
    .log-fraud = Wzorowa odpowiedź: kwestionowanie zarejestrowane, windykacja wstrzymana, a do tego jasno mówisz, kto co musi udowodnić (CONC 7.14.1R–7.14.5R).
    .pay-meanwhile = Naruszenie krytyczne: „coś na razie” to nadal windykacja spornej należności. Wstrzymaj ją do końca wyjaśniania (CONC 7.14.1R–7.14.5R).
    .doubt-him = Przerywasz i sugerujesz, że klient coś ukrywa. Wyrzucenie listu, który wyglądał na oszustwo, to normalna reakcja; zapisz to i wyjaśniaj sprawę.

dispute-noted = Dobrze. I co teraz? Muszę coś zrobić?
    .next-steps = Tylko jeśli zechce pan pomóc: proszę przesłać nam ten list, jeśli go pan jeszcze ma, albo cokolwiek z adresem w Leeds, a jeśli podejrzewa pan, że ktoś użył pana danych, proszę zgłosić to do Action Fraud i sprawdzić swoją historię kredytową, bezpłatnie, w biurach informacji kredytowej. Podsumowując: konto jest wstrzymane i oznaczone jako sporne, dział ds. oszustw { $creditor } wyjaśni sprawę, a wynik prześlemy panu listownie na kod BS5 6LR. Czy to najlepszy adres? Dziękuję za pomoc, panie Hughes.
    .callback-update = Zadzwonię w przyszły wtorek o 18:00 z informacją, co ustalono.
    .court-warning = Na razie nic. Ale jeśli wyjaśnienie wykaże, że karta jest pana, bank pozwie pana o całą kwotę.
dispute-noted-why =
    .next-steps = Wzorowe zakończenie: co klient może (a nie musi) zrobić, co zrobisz ty, potwierdzony adres i podziękowanie.
    .callback-update = Rozsądna pora, ale nie możesz obiecać wyników w ciągu tygodnia; lepiej przesłać wynik na piśmie na potwierdzony adres. Brakuje też podsumowania dalszych kroków.
    .court-warning = Straszenie sądem na pożegnanie, przy długu, który może być skutkiem oszustwa, to działanie nieproporcjonalne (CONC 7.3.14R), które niszczy zbudowane zaufanie.

## Gdy rozmowa idzie źle

angry-not-mine = Mam udowodnić? Jak mam udowodnić, że nie mam karty? To wy mnie o nią ścigacie!
    .apologise-log = Ma pan rację i przepraszam. Tak to nie powinno wyglądać. Rejestruję, że kwestionuje pan to konto, i wstrzymuję działania, więc na czas wyjaśniania nikt nie będzie pana prosił o zapłatę. To my musimy wykazać, że konto jest pana.
    .push-ptp = Proszę posłuchać: jeśli wpłaci pan dziś 200 funtów, wstrzymamy telefony, dopóki sprawa się nie wyjaśni.
    .threaten-court = Jeśli pan nie zapłaci, skierujemy sprawę do sądu i będzie pan się tłumaczył przed sędzią.
    .bailiffs = Jeśli to nie zostanie uregulowane, przyślemy pod pana adres komornika.
angry-not-mine-v2 = To jakiś absurd. Mówię, że to nie moje, a wy dalej o pieniądzach!
angry-not-mine-why =
    .apologise-log = Właściwa naprawa: przyznaj klientowi rację i zrób to, co należało zrobić od początku: zarejestruj kwestionowanie i wstrzymaj windykację (CONC 7.14.1R–7.14.5R).
    .push-ptp = Naruszenie krytyczne: wpłata, która ma „wstrzymać telefony”, przy spornej należności to windykacja w trakcie sporu (CONC 7.14.1R–7.14.5R) i nacisk (CONC 7.3.10R).
    .threaten-court = Straszenie sądem w sprawie długu kwestionowanego z potencjalnie ważnych powodów jest nieproporcjonalne (CONC 7.3.14R) i jest windykacją w trakcie otwartego sporu (CONC 7.14.1R–7.14.5R).
    .bailiffs = Naruszenie krytyczne: nie ma wyroku sądu, więc nikt nie może przysłać komornika. Zapowiadanie działania, którego nie można podjąć, przeinacza sytuację prawną (CONC 7.11.1R, 7.11.6R, 7.11.9R).

grudging-ptp = Dobra. Dobra! Wpłacę w piątek dwadzieścia funtów, jeśli przestaniecie do mnie wydzwaniać. I tak to nie moja karta.
    .take-promise = Świetnie, 20 funtów w piątek. Zapisuję to jako deklarację spłaty.
    .stop-and-log = Nie, proszę niczego nie wpłacać za kartę, która według pana nie jest pana. Przepraszam za naciski. Rejestruję kwestionowanie należności i wstrzymuję działania na czas wyjaśniania.
grudging-ptp-why =
    .take-promise = Naruszenie krytyczne: wpłata wymuszona na kimś, kto nadal twierdzi, że dług nie jest jego, byle tylko ustały telefony, to windykacja w trakcie sporu (CONC 7.14.1R–7.14.5R).
    .stop-and-log = Dobrze naprawione: nie przyjmujesz wpłaty pod przymusem, rejestrujesz kwestionowanie i wstrzymujesz windykację (CONC 7.14.1R–7.14.5R).

## Zakończenia

end-wrong-party = No dobra. Dzięki. Do widzenia.
end-wrong-party-v2 = Dobrze, nie ma sprawy. Do widzenia.
end-dispute = Dobrze. Dziękuję za załatwienie sprawy. Do widzenia.
end-callback = Dobra. We wtorek. Do widzenia.
end-promise = Jak tam chcecie. Do widzenia. (Rozłącza się.)
end-hangup = Nie będę tego słuchał. (Rozłącza się.)
end-hangup-v2 = Proszę do mnie więcej nie dzwonić. (Połączenie zostaje przerwane.)
