title = „Przecież ja to zapłaciłem!”
briefing = Pracujesz w firmie windykacyjnej Baltica Windykacja, która na zlecenie { $creditor }, dostawcy internetu i telewizji, prowadzi windykację. { $debtor } rozwiązał umowę w marcu 2023 r.; faktura końcowa FK/2023/03/21877 za abonament za luty i marzec 2023 r., na kwotę { $amount }, miała termin płatności { $due } i figuruje jako nieopłacona, { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po terminie. Notatka w aktach: to roszczenie o świadczenia okresowe, więc zgodnie z KC art. 118 przedawni się z końcem roku kalendarzowego, 31 grudnia 2026 r. Dzwonisz na jego komórkę. Zanim wspomnisz o długu, upewnij się, że rozmawiasz z nim, wysłuchaj, co ma do powiedzenia, i postępuj tak, jak wymagają przepisy i dobre praktyki. To konsument: obowiązują Kodeks karny, ustawa o ochronie konkurencji i konsumentów, RODO i zasady dobrych praktyk ZPF.
product = abonament na internet i telewizję (faktura końcowa)

## Powitanie i weryfikacja

opening = Halo?
    .intro-ask = Dzień dobry, nazywam się { $agent }, dzwonię z firmy Baltica Windykacja w imieniu firmy { $creditor }. Czy rozmawiam z panem Piotrem Zawadzkim?
    .blurt = Dzień dobry, { $agent }, Baltica Windykacja. Dzwonię w sprawie pana zaległości wobec firmy { $creditor } na kwotę { $amount }. Czy to pan Piotr Zawadzki?
    .no-intro = Czy to pan Piotr Zawadzki?
opening-v2 = Tak, słucham, kto mówi?
opening-why =
    .intro-ask = Dobrze: imię i nazwisko, firma i w czyim imieniu dzwonisz, a potem pytanie o właściwą osobę. Ani słowa o długu.
    .blurt = Podajesz kwotę i wierzyciela, zanim wiesz, kto odebrał. Telefon mógł odebrać ktokolwiek. Najpierw ustal, z kim rozmawiasz (dobre praktyki ZPF: poufność).
    .no-intro = Pytanie o kogoś bez przedstawienia się budzi nieufność, a punkt „powitanie i identyfikacja” w każdej karcie oceny zaczyna się od imienia i nazwy firmy.

verify-ask = Tak, to ja. A o co chodzi?
    .verify = Dziękuję. Zanim przejdę do sprawy, muszę się upewnić, że rozmawiam z właściwą osobą: czy może pan potwierdzić adres, pod którym była zainstalowana usługa { $creditor }?
    .skip = Chodzi o fakturę końcową od { $creditor } na { $amount }, która nie została opłacona.
verify-ask-why =
    .verify = Wzorowa odpowiedź: weryfikujesz czymś, co już masz w aktach (adres instalacji), zamiast zbierać nowe dane. Dopiero potem rozmawiasz o sprawie (dobre praktyki ZPF: poufność; RODO art. 5 ust. 1 lit. c).
    .skip = „Tak, to ja” to jeszcze nie weryfikacja. Potwierdź jakąś daną z akt, zanim podasz kwotę czy wierzyciela (dobre praktyki ZPF: poufność).

who-calls = A kto pyta?
    .intro-verify = Przepraszam, najpierw się przedstawię: { $agent }, Baltica Windykacja, dzwonię w imieniu firmy { $creditor }. Zanim powiem więcej, czy może pan potwierdzić adres, pod którym była zainstalowana usługa?
    .just-say = Chodzi o pana nieopłaconą fakturę od { $creditor } na { $amount }.
who-calls-why =
    .intro-verify = Dobra naprawa: imię, firma, zleceniodawca, a potem weryfikacja danymi, które już masz, zanim padną jakiekolwiek szczegóły.
    .just-say = Nadal się nie przedstawiasz, a ujawniasz dług osobie, której nie zweryfikowano (dobre praktyki ZPF: poufność).

wary = Chwileczkę, skąd macie ten numer? I dlaczego od razu mowa o długach, skoro nawet nie wiecie, z kim rozmawiacie?
    .apologise-verify = Ma pan rację, przepraszam, najpierw należało to sprawdzić. Numer mamy od firmy { $creditor }, która przekazała nam tę sprawę; gdy upewnię się, że rozmawiam z właściwą osobą, powiem, jakie dane mamy, w jakim celu je przetwarzamy i gdzie jest nasza klauzula informacyjna. Czy może pan potwierdzić adres, pod którym była zainstalowana usługa { $creditor }?
    .push-on = To pana numer z naszych akt, więc i pana dług. Kiedy pan zapłaci?
wary-why =
    .apologise-verify = Właściwa naprawa: przyznajesz się do błędu, przepraszasz, odpowiadasz na pytanie (windykator, który dostał dane od wierzyciela, musi poinformować, skąd je ma i jak je przetwarza, najpóźniej przy pierwszym kontakcie: art. 14 ust. 2 lit. f i ust. 3 lit. b RODO) i weryfikujesz, zanim pójdziesz dalej.
    .push-on = Numer w aktach niczego nie mówi o tym, kto odebrał. Powtarzasz ujawnienie i żądasz zapłaty od kogoś, kto już jest zdenerwowany.

verified = Tak, Długa 14 mieszkania 3, w Krakowie. No to o co chodzi?
    .explain-claim = Dziękuję. Dzwonię w sprawie faktury końcowej od { $creditor } po rozwiązaniu umowy: FK/2023/03/21877, za abonament za luty i marzec 2023 r., { $amount }, termin płatności { $due }. { $creditor } nie ma w systemie tej wpłaty. Czy pamięta pan tę fakturę?
    .demand-now = Od ponad trzech lat jest pan winien firmie { $creditor } { $amount }. Kiedy pan to ureguluje?
    .komornik-open = Jest pan winien firmie { $creditor } { $amount }. Jeśli w tym tygodniu nie będzie wpłaty, sprawa idzie do komornika i zablokuje panu konto.
verified-why =
    .explain-claim = Wzorowa odpowiedź: dokładny numer faktury, czego dotyczy, kwota i termin płatności, a potem pytanie otwarte. Dajesz mu przedstawić swoją wersję.
    .demand-now = Żądasz zapłaty, zanim usłyszysz od niego choć słowo. Jeśli z roszczeniem jest jakiś problem (a tu jest), dowiesz się o nim dopiero po kłótni.
    .komornik-open = Naruszenie krytyczne: windykator nie może „skierować sprawy do komornika”. Egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego, a tu nie ma nawet sprawy w sądzie. Takie straszenie to praktyka wprowadzająca w błąd, za którą UOKiK nakładał kary (ustawa o ochronie konkurencji i konsumentów, art. 24).

## „Przecież zapłaciłem”

paid-claim = Słucham? Przecież ja to zapłaciłem! Rozwiązałem umowę w marcu 2023, ostatnią fakturę zapłaciłem przelewem, dekoder oddałem. I dzwonicie do mnie po trzech latach?
    .ask-details = Rozumiem i dziękuję, że pan o tym mówi. Nie zakładam, że jest inaczej: zdarza się, że wpłata nie zostanie przypisana do faktury. Żeby to sprawdzić, potrzebuję kilku szczegółów: pamięta pan mniej więcej datę i kwotę przelewu, co było w tytule i z jakiego banku pan płacił?
    .accuse = W systemie nie ma żadnej wpłaty, więc jednak pan nie zapłacił. Proszę uregulować { $amount }.
    .ack-trap = Rozumiem. Żeby szybko zamknąć sprawę, proszę tylko potwierdzić, że kwota { $amount } jest panu znana. Wtedy rozłożę ją panu na dwie raty.
    .everyone-says = Wszyscy tak mówią, panie Piotrze. Gdyby pan zapłacił, nie byłoby tej rozmowy.
paid-claim-v2 = Zaraz, ja to dawno zapłaciłem. Pamiętam, bo jeszcze się zdenerwowałem, że każą płacić za cały ostatni miesiąc. O co chodzi?
paid-claim-why =
    .ask-details = Wzorowa odpowiedź: dziękujesz, nie oskarżasz i pytasz o to, co pozwoli znaleźć wpłatę: datę, kwotę, tytuł przelewu, bank. Brakująca wpłata to często wpłata zaksięgowana na inną fakturę.
    .accuse = „Nie ma w systemie” to nie to samo co „nie zapłacił”: przelewy bez numeru faktury często zostają nierozliczone. Żądanie zapłaty długu, który właśnie zakwestionował, to nacisk na należność, której może nie być (dobre praktyki ZPF; PL-DISPUTE-HOLD).
    .ack-trap = Uznanie roszczenia przerywa bieg przedawnienia (KC art. 123 § 1 pkt 2), a to roszczenie za sześć tygodni się przedawni. Proszenie kogoś, kto twierdzi, że zapłacił, żeby „tylko potwierdził” kwotę albo zgodził się na raty, obraca ten skutek przeciwko niemu. Najpierw sprawdź wpłatę.
    .everyone-says = Sarkazm wobec kogoś, kto być może naprawdę zapłacił, łamie zasadę ZPF, że rozmowa ma pozostać uprzejma, i przekreśla współpracę, której potrzebujesz, żeby znaleźć wpłatę.

angry = Nie pozwolę się traktować jak oszust! Zapłaciłem, mam to gdzieś w banku. Dwa razy za to samo płacić nie będę.
    .calm-apologise = Przepraszam, źle to zabrzmiało. Nie musi pan nic płacić dwa razy. Sprawdźmy to razem: pamięta pan mniej więcej datę i kwotę przelewu i co wpisał pan w tytule?
    .insist = Dopóki pan tego nie udowodni, kwota jest wymagalna. Muszę poprosić o zapłatę.
    .threaten-komornik = Jeśli nie zapłaci pan dobrowolnie, skierujemy komornika i ściągnie to panu z pensji.
    .tell-employer = To poinformujemy pana pracodawcę, że nie płaci pan rachunków. Może to pomoże.
angry-v2 = Myślicie, że kłamię? Mam ciekawsze zajęcia niż płacenie dwa razy tego samego rachunku.
angry-why =
    .calm-apologise = Dobra naprawa: zwykłe przeprosiny, zapewnienie, że nie zapłaci dwa razy, a potem pytania, które pozwolą znaleźć wpłatę.
    .insist = Zakwestionował należność. Naleganie na zapłatę przed sprawdzeniem to nacisk na dług, którego może nie być (PL-DISPUTE-HOLD), a on przestanie współpracować.
    .threaten-komornik = Naruszenie krytyczne: ściągnąć pieniądze z pensji może tylko komornik sądowy na podstawie tytułu wykonawczego. Windykator, który twierdzi inaczej, wprowadza dłużnika w błąd; to praktyka niedozwolona w świetle art. 24 ustawy o ochronie konkurencji i konsumentów.
    .tell-employer = Naruszenie krytyczne: groźba ujawnienia długu pracodawcy, by wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2), a samo ujawnienie naruszałoby też RODO.

last-chance = Dobrze. To czego właściwie ode mnie chcecie?
    .ask-details = Chcę ustalić, czy pana wpłata dotarła do { $creditor }. Pamięta pan datę i kwotę przelewu i co było w tytule?
    .pay-again = Proszę zapłacić { $amount } jeszcze raz, a jeśli okaże się, że pan płacił, { $creditor } zwróci pieniądze.
last-chance-why =
    .ask-details = Lepiej późno niż wcale: zapytaj o szczegóły wpłaty i je sprawdź.
    .pay-again = „Proszę zapłacić jeszcze raz, najwyżej oddamy” to nacisk na konsumenta, żeby zapłacił kwestionowany dług, być może podwójnie (PL-DISPUTE-HOLD). Zamiast tego zarejestruj reklamację i sprawdź wpłatę.

ack-pushback = Zaraz, zaraz. Mam coś potwierdzać? Przecież mówię, że zapłaciłem. Niczego nie będę potwierdzać ani podpisywać.
    .withdraw = Ma pan rację i nie proszę pana o żadne potwierdzenie: powiedział pan, że zapłacił, i właśnie to sprawdzimy. Pamięta pan datę i kwotę przelewu i jego tytuł?
    .insist-ack = To tylko formalność. Bez pana potwierdzenia nic nie mogę zrobić i sprawa pójdzie dalej.
ack-pushback-why =
    .withdraw = Dobrze: wprost wycofujesz prośbę, przyjmujesz jego stanowisko i wracasz do sprawdzenia wpłaty.
    .insist-ack = Uznanie długu nigdy nie jest „formalnością”: przerywa bieg przedawnienia (KC art. 123 § 1 pkt 2). Naciskanie na nie konsumenta, który kwestionuje należność, i sugerowanie, że „sprawa pójdzie dalej”, to dokładnie to, przed czym przestrzega reguła PL-03.

## Szczegóły wpłaty

details-guarded = Nie będę podawał przez telefon danych z mojego konta. Skąd w ogóle mam wiedzieć, że to naprawdę dzwonią od { $creditor }?
    .reassure = Rozumiem ostrożność i bardzo proszę nie podawać mi żadnych numerów kont. Potrzebuję tylko daty i kwoty. Jeśli chce pan sprawdzić, kim jestem: numer Baltica Windykacja, 12 300 40 50, jest na piśmie, które pan dostał, a { $creditor } potwierdzi, że dał nam zlecenie.
    .no-data-no-help = Jeśli nie poda pan szczegółów, nie mogę panu pomóc, a kwota pozostaje wymagalna.
details-guarded-why =
    .reassure = Dobrze: szanujesz jego ostrożność, prosisz o minimum (data i kwota, bez numerów kont) i dajesz mu sposób, żeby niezależnie sprawdził, kim jesteś.
    .no-data-no-help = Słusznie uważa na obcą osobę przez telefon. Odmowa pomocy, dopóki nie poda danych, i powtarzanie, że kwota jest wymagalna, zamienia reklamację w konfrontację.

details-ready = Mam tu aplikację banku, chwileczkę… Jest: 7 kwietnia 2023, { $amount }, na konto { $creditor }, tytuł: „Zawadzki, rozliczenie końcowe”. Bez numeru faktury, nie miałem go wtedy pod ręką.
    .read-back-log = Dziękuję, to bardzo pomaga. Powtórzę: 7 kwietnia 2023 r., { $amount }, na rachunek { $creditor }. Bez numeru faktury w tytule zdarza się, że wpłata nie zostaje przypisana do faktury. Już teraz zgłaszam reklamację do { $creditor }, numer zgłoszenia REK/2026/11/0342, i wstrzymujemy działania windykacyjne w sprawie tej faktury do czasu wyjaśnienia. Czy może pan wysłać potwierdzenie przelewu z aplikacji na adres reklamacje@baltica-windykacja.pl, z numerem zgłoszenia w temacie?
    .proof-only = Dobrze. Proszę nam przesłać potwierdzenie przelewu, to zobaczymy.
    .title-wrong = Bez numeru faktury w tytule ta wpłata się nie liczy. Będzie pan musiał zapłacić jeszcze raz.
details-ready-v2 = Zaraz zobaczę… Tak, mam: 7 kwietnia 2023, { $amount }, na konto { $creditor }. W tytule wpisałem numer klienta, ale możliwe, że pomyliłem jakąś cyfrę.
details-ready-why =
    .read-back-log = Wzorowa odpowiedź: powtarzasz dane, podajesz prawdopodobną przyczynę bez obwiniania go, rejestrujesz reklamację z numerem, wstrzymujesz windykację i prosisz o potwierdzenie w sposób, który może wykonać jeszcze dziś.
    .proof-only = Prośba o potwierdzenie jest słuszna, ale „to zobaczymy” zostawia go z niczym: bez numeru zgłoszenia, bez wstrzymania działań, bez terminu odpowiedzi. Zarejestruj reklamację (PL-DISPUTE) i powiedz, że windykacja jest wstrzymana.
    .title-wrong = Wpłata to wpłata, niezależnie od tytułu: nierozliczony przelew trzeba odnaleźć i przeksięgować, a nie płacić drugi raz. Ponowne żądanie zapłaty to nacisk na kwestionowaną należność (PL-DISPUTE-HOLD).

details-unsure = Dokładnie to już nie pamiętam, to było trzy lata temu. Płaciłem chyba w kwietniu, przelewem. Historia w aplikacji tak daleko nie sięga, musiałbym zamówić wyciąg.
    .log-and-wait = Rozumiem, to było dawno. Proponuję tak: już teraz zgłaszam reklamację do { $creditor }, numer zgłoszenia REK/2026/11/0342, i wstrzymujemy działania windykacyjne do czasu wyjaśnienia. Kiedy będzie pan miał wyciąg albo potwierdzenie przelewu, proszę je wysłać na adres reklamacje@baltica-windykacja.pl, z numerem zgłoszenia w temacie. { $creditor } przejrzy też u siebie nierozliczone wpłaty z kwietnia 2023 r.
    .callback-friday = To zróbmy tak: niech pan zamówi wyciąg, a ja zadzwonię w piątek o 18:00 i razem to przejrzymy.
    .callback-late = To zadzwonię w piątek wieczorem, koło wpół do jedenastej, wtedy na pewno będzie pan w domu.
    .no-proof = Bez potwierdzenia wpłaty nic nie mogę zrobić, a kwota nadal jest wymagalna.
details-unsure-why =
    .log-and-wait = Wzorowa odpowiedź: reklamacja nie czeka na jego dokumenty. Rejestrujesz ją, wstrzymujesz windykację, mówisz, co i gdzie ma wysłać, a wierzyciel szuka wpłaty także po swojej stronie.
    .callback-friday = Do przyjęcia: konkretny termin ponownego kontaktu o rozsądnej porze. Ale zarejestrowanie reklamacji już teraz chroniłoby go przed dalszą windykacją, zanim znajdzie wyciąg.
    .callback-late = Telefon o 22:30 wypada poza porami kontaktu z zasad dobrych praktyk ZPF (6:00–22:00; wydanie niezweryfikowane). Umów się na godzinę w tym przedziale.
    .no-proof = To wierzyciel musi wykazać, że należność wciąż istnieje; konsument nie przegrywa reklamacji dlatego, że aplikacja jego banku pokazuje tylko dwa lata wstecz. Zarejestruj reklamację i wstrzymaj windykację.

proof-pushback = Dobrze, wyślę. Ale do tego czasu będziecie do mnie w tej sprawie wydzwaniać?
    .pause-and-log = Nie. Rejestruję to teraz jako reklamację, numer zgłoszenia REK/2026/11/0342, a działania windykacyjne w sprawie tej faktury są wstrzymane, dopóki { $creditor } tego nie sprawdzi. Dostanie pan odpowiedź na piśmie.
    .keep-collecting = Dopóki nie dostaniemy potwierdzenia, sprawa toczy się normalnie i będziemy dzwonić.
proof-pushback-why =
    .pause-and-log = Dobrze: zarejestrowana reklamacja z numerem i jasna informacja, że windykacja jest wstrzymana.
    .keep-collecting = Dalsze telefony i windykacja długu, który wiarygodnie zakwestionował, to uciążliwy kontakt (dobre praktyki ZPF) i nacisk na należność, której może nie być (PL-DISPUTE-HOLD).

## Reklamacja zarejestrowana: przedawnienie

logged = No dobrze. I jeszcze jedno: to sprawa sprzed trzech lat. Czy to się w ogóle już nie przedawniło?
    .honest-limitation = Słuszne pytanie. Roszczenia o opłaty abonamentowe przedawniają się po trzech latach, a termin kończy się z ostatnim dniem roku kalendarzowego, więc dla tej faktury to 31 grudnia 2026 r.: jeszcze nie upłynął. Nie proszę pana o żadne potwierdzenie ani podpis; najpierw sprawdzamy pana wpłatę.
    .never-expires = W Polsce długi się nie przedawniają, dopóki wierzyciel ich dochodzi.
    .ack-to-be-safe = Właśnie żeby nie było problemu z przedawnieniem, poproszę, żeby pan teraz potwierdził, że zna pan tę należność. To tylko formalność.
logged-why =
    .honest-limitation = Wzorowa odpowiedź: prawdziwy stan rzeczy (3 lata dla świadczeń okresowych, do końca roku kalendarzowego, KC art. 118), bez nacisku i z wyraźnym zapewnieniem, że nie prosisz o uznanie długu.
    .never-expires = Nieprawda: roszczenia się przedawniają (KC art. 118), a przedawnionego roszczenia nie można dochodzić od konsumenta (KC art. 117 § 2¹). Wprowadzanie go w błąd narusza regułę PL-02.
    .ack-to-be-safe = To jest właśnie ta pułapka: uznanie długu przerywa bieg przedawnienia (KC art. 123 § 1 pkt 2), sześć tygodni przed przedawnieniem i to od kogoś, kto twierdzi, że zapłacił. To nigdy nie jest „formalność” (PL-03).

wrap = Dobrze. To co teraz? Muszę jeszcze coś zrobić?
    .summarise = Podsumuję: reklamacja jest zgłoszona do { $creditor } pod numerem REK/2026/11/0342; działania windykacyjne w sprawie tej faktury są wstrzymane do czasu wyjaśnienia; proszę przesłać potwierdzenie przelewu albo wyciąg na adres reklamacje@baltica-windykacja.pl, z numerem zgłoszenia w temacie; odpowiedź na piśmie dostanie pan w ciągu 14 dni. Dziękuję za cierpliwość, panie Piotrze.
    .close-short = To wszystko, dziękuję. Do widzenia.
    .pay-meanwhile = Na wszelki wypadek proszę jednak zapłacić, a jeśli się okaże, że pan płacił, dostanie pan zwrot.
wrap-v2 = Dobrze. I co dalej, ktoś się do mnie odezwie?
wrap-why =
    .summarise = Wzorowe zakończenie: numer zgłoszenia, co jest wstrzymane, co i gdzie ma wysłać, kiedy dostanie odpowiedź, i podziękowanie.
    .close-short = Uprzejmie, ale kończy rozmowę bez numeru zgłoszenia, adresu i terminu odpowiedzi. Podsumuj, żeby wiedział, co zrobić.
    .pay-meanwhile = Przekreślasz całą rozmowę: „proszę jednak zapłacić” to nacisk na należność objętą reklamacją (PL-DISPUTE-HOLD), który może skończyć się podwójną zapłatą.

## Gdy rozmowa psuje się pod koniec

angry-late = Dość tego. Mówię, że zapłaciłem, a wy swoje. Złożę skargę na waszą firmę.
    .apologise-log = Przepraszam, ma pan rację. Rejestruję teraz pana reklamację, numer zgłoszenia REK/2026/11/0342, a działania windykacyjne są wstrzymane, dopóki { $creditor } nie sprawdzi pana wpłaty. Dostanie pan odpowiedź na piśmie.
    .supervisor = Rozumiem. Przekażę sprawę mojemu przełożonemu, który się z panem skontaktuje.
    .komornik-late = Proszę się skarżyć. Jak pan nie zapłaci, to i tak przyjdzie komornik.
angry-late-v2 = Czy ktoś tam w ogóle słucha, co mówię? Zapłaciłem! Napiszę do { $creditor }, jak traktujecie ludzi.
angry-late-why =
    .apologise-log = Właściwy ruch, choć późno: przeprosiny, zarejestrowana reklamacja i wstrzymanie windykacji. Zrobione przy pierwszym „zapłaciłem” uratowałoby rozmowę.
    .supervisor = Eskalacja jest dopuszczalna, ale samą reklamację można i trzeba zarejestrować od razu.
    .komornik-late = Naruszenie krytyczne: windykator nie może „wysłać komornika”; egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego (ustawa o ochronie konkurencji i konsumentów, art. 24).

## Zakończenia

end-dispute = Dobrze, wszystko jasne. Dziękuję, do widzenia.
end-dispute-v2 = W porządku, wyślę to jeszcze dziś wieczorem. Dziękuję, do widzenia.
end-dispute-cool = No dobrze. Czekam na to pismo. Do widzenia.
end-callback = Dobrze, to w piątek. Do widzenia.
end-escalated = Dobrze. Poczekam. Do widzenia.
end-pay-again = Dobra, zapłacę, byle mieć święty spokój. Ale to mi się nie podoba.
end-hangup = Nie mam zamiaru dłużej tego słuchać. (Rozłącza się.)
end-hangup-v2 = Do widzenia. (Rozłącza się.)
