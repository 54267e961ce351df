title = Telefon odbiera żona
briefing = Pracujesz w dziale windykacji firmy { $creditor }, która udziela kredytów konsumenckich. { $debtor } kupił laptopa na kredyt w 24 ratach; raty z 5 października i 5 listopada, po 312,50 zł, łącznie { $amount }, są nieopłacone. Pierwsza miała termin płatności { $due }, { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } temu. Dzwonisz na numer domowy podany w umowie, we wtorek o 18:30. Dług jest wyłącznie jego: nikt inny z domowników nie ma prawa się o nim dowiedzieć (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO; zasady dobrych praktyk ZPF: poufność). Ustal, czy możesz z nim porozmawiać, a jeśli nie, zostaw tylko to, co potrzebne, żeby oddzwonił.
product = kredyt konsumencki na laptopa (24 raty)
speaker-wife = Ewa (żona)

## Odbiera ktoś inny

opening = Halo, telefon Marcina, słucham.
    .ask-for-debtor = Dobry wieczór, nazywam się { $agent }, dzwonię z firmy { $creditor }. Czy mogę rozmawiać z panem Marcinem Kowalczykiem?
    .blurt-to-household = Dobry wieczór, { $agent }, dział windykacji firmy { $creditor }. Dzwonię w sprawie zaległych rat pana Marcina Kowalczyka. Czy jest w domu?
    .no-intro = Czy jest pan Marcin Kowalczyk?
opening-v2 = Halo? (Kobiecy głos.)
opening-why =
    .ask-for-debtor = Dobrze: imię i nazwisko, nazwa firmy i prośba o rozmowę z nim. Ani słowa o tym, czego sprawa dotyczy.
    .blurt-to-household = Naruszenie krytyczne: mówisz jego żonie, że zalega z ratami. Dług to jego dane osobowe, a ona nie ma do nich prawa (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO); to także złamanie zasady poufności ZPF. Poproś o rozmowę z nim i nic więcej nie mów.
    .no-intro = Pytanie o kogoś bez przedstawienia się brzmi dla członka rodziny podejrzanie i pomija powitanie i przedstawienie się, które sprawdza każda karta oceny rozmów.

who-asks = A kto pyta?
    .intro = Przepraszam: nazywam się { $agent }, dzwonię z firmy { $creditor }. Chcę porozmawiać z panem Marcinem Kowalczykiem.
    .collections = Dział windykacji firmy { $creditor }.
who-asks-why =
    .intro = Dobra naprawa: imię i nazwisko oraz nazwa firmy, nic o sprawie.
    .collections = Naruszenie krytyczne: „dział windykacji” mówi jej, że jest jakiś dług. To już ujawnienie osobie trzeciej (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO; poufność według zasad ZPF).

spouse-intro = Nie ma go, jest jeszcze w pracy. Tu żona, Ewa. A w jakiej sprawie?
    .private-callback = Dziękuję, pani Ewo. To sprawa, którą mogę omówić tylko osobiście z panem Marcinem. Czy może pani przekazać, żeby do mnie oddzwonił? Nazywam się { $agent }, numer 61 200 30 40, w dni robocze od 8:00 do 20:00.
    .when-home = Rozumiem. O której mogę go zastać w domu?
    .tell-wife = Chodzi o dwie niezapłacone raty za laptopa, razem { $amount }. Jako żona może mu pani to przekazać?
spouse-intro-v2 = Marcina jeszcze nie ma, tu żona. Może ja pomogę? O co chodzi?
spouse-intro-why =
    .private-callback = Wzorowa odpowiedź: uprzejmie, uczciwie, że sprawa dotyczy tylko jego, i wyłącznie imię, nazwisko i numer. Tyle członek rodziny potrzebuje (RODO art. 5 ust. 1 lit. c: minimalizacja danych).
    .when-home = Rozsądne pytanie, ale dotyczy tego, gdzie on bywa, a nadal nie mówisz, po co go szukasz, co tylko podsyca jej ciekawość. Prościej zostawić imię, nazwisko i numer.
    .tell-wife = Naruszenie krytyczne: kwota, towar i zaległość ujawnione żonie, a do tego prośba, żeby była twoim posłańcem. Nie ma prawa do tych informacji (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO; poufność według zasad ZPF).

spouse-when = Pracuje na drugą zmianę, wraca po wpół do dziesiątej. Jutro ma wolne do południa. A o co chodzi, jeśli można wiedzieć?
    .call-tomorrow = W takim razie spróbuję jutro około 10:00. Gdyby wolał sam oddzwonić: { $agent }, 61 200 30 40. To sprawa, którą muszę omówić bezpośrednio z nim.
    .call-late = To zadzwonię dziś o wpół do jedenastej, jak już będzie w domu.
    .urgent-hint = Nie mogę mówić o szczegółach, ale proszę mu przekazać, że to pilne i lepiej, żeby oddzwonił, zanim sprawa trafi do sądu.
spouse-when-why =
    .call-tomorrow = Dobrze: ponowny kontakt o rozsądnej porze, imię, nazwisko i numer, bez cienia sugestii, czego sprawa dotyczy.
    .call-late = 22:30 wypada poza porami kontaktu z zasad dobrych praktyk ZPF (6:00–22:00; wydanie niezweryfikowane). Jutro rano, kiedy ma wolne, będzie lepiej dla wszystkich.
    .urgent-hint = Naruszenie krytyczne: „zanim sprawa trafi do sądu” mówi jej, że jest dług, i robi z niej przekaźnik twojej groźby. To ujawnienie osobie trzeciej (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO) i nacisk na całą rodzinę.

spouse-probes = Czy to chodzi o jakieś długi? Proszę mi po prostu powiedzieć. Ja prowadzę domowy budżet, wszystko i tak idzie przeze mnie. Może od razu to załatwię.
    .polite-refuse = Rozumiem, że chce pani pomóc, i dziękuję. Ale to sprawa, która dotyczy wyłącznie pana Marcina, i nie mogę jej omawiać z nikim innym. Jeśli zechce, może upoważnić panią do kontaktu z nami. Proszę tylko przekazać, żeby do mnie oddzwonił: { $agent }, 61 200 30 40.
    .let-her-pay = Skoro prowadzi pani budżet: chodzi o dwie zaległe raty, razem { $amount }. Jeśli przeleje pani dziś, sprawa będzie zamknięta.
    .pass-demand = Proszę przekazać mężowi, że jeśli do piątku nie zapłaci, sprawa pójdzie do sądu.
spouse-probes-v2 = Chciałabym wiedzieć, co się dzieje. To jakiś bank? Wziął jakąś pożyczkę?
spouse-probes-why =
    .polite-refuse = Wzorowa odpowiedź: doceniasz, że chce pomóc, trzymasz się poufności bez podejrzliwego tonu, wskazujesz właściwą drogę (jego upoważnienie) i zostawiasz tylko imię, nazwisko i numer.
    .let-her-pay = Naruszenie krytyczne: ujawniasz dług i prosisz osobę trzecią o jego spłatę. Choćby brzmiała bardzo pomocnie, nie ma prawa do jego danych (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO), a zasady ZPF zabraniają ujawniania informacji osobom nieuprawnionym.
    .pass-demand = Naruszenie krytyczne: wezwanie do zapłaty z groźbą sądu przekazane przez żonę to ujawnienie długu osobie trzeciej (RODO; poufność według zasad ZPF) i nacisk na jego rodzinę. Zostaw tylko imię, nazwisko i numer.

spouse-accepts = Dobrze, przekażę mu. Jak się nazywa osoba, do której ma oddzwonić, i pod jaki numer?
    .read-back = { $agent }, numer 61 200 30 40, w dni robocze od 8:00 do 20:00. Bardzo pani dziękuję i życzę miłego wieczoru.
    .add-detail = { $agent }, 61 200 30 40. I proszę mu powiedzieć, że chodzi o raty za laptopa.
spouse-accepts-why =
    .read-back = Wzorowe zakończenie: imię, nazwisko i numer wyraźnie powtórzone, godziny i podziękowanie. Nic więcej.
    .add-detail = Naruszenie krytyczne: jedno zdanie za dużo („raty za laptopa”) przekreśla staranną rozmowę. Sprawa zostaje między tobą a nim (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO; poufność według zasad ZPF).

spouse-suspicious = Nie podoba mi się to. Dzwoni obcy człowiek i nie chce powiedzieć, o co chodzi. Skąd mam wiedzieć, że to nie jakieś oszustwo?
    .reassure = Słusznie, że pani uważa, i bardzo proszę niczego mi nie podawać. Mąż może sprawdzić numer 61 200 30 40 na stronie { $creditor } albo zadzwonić na infolinię z własnych dokumentów i zapytać o mnie: { $agent }. Dziękuję i przepraszam za kłopot.
    .explain-why = Żeby była pani spokojna: to tylko kilka spóźnionych rat, nic poważnego.
    .give-up = Dobrze, zadzwonię innym razem. Do widzenia.
spouse-suspicious-why =
    .reassure = Dobrze: traktujesz jej obawy poważnie, o nic jej nie prosisz i dajesz mężowi sposób, żeby niezależnie cię sprawdził, wciąż bez słowa o sprawie.
    .explain-why = Naruszenie krytyczne: „kilka spóźnionych rat” to ujawnienie długu żonie, nawet jeśli miało ją uspokoić (art. 6 ust. 1 i art. 5 ust. 1 lit. a i f RODO; poufność według zasad ZPF).
    .give-up = Tajemnica zachowana, ale kończysz rozmowę, nie zostawiając mu sposobu, żeby się z tobą skontaktował, i nie rozwiewając jej obaw. Imię, nazwisko i numer załatwiłyby jedno i drugie.

spouse-upset = Jakie raty? Jaki laptop? Mówił, że laptopa dostał z pracy… No to dziś wieczorem sobie porozmawiamy.
    .backpedal = Przepraszam, nie powinno to paść. Proszę tylko przekazać, żeby do mnie oddzwonił.
    .ask-her-pay = Skoro pani już wie, może pani sama przelać tę kwotę?
    .komornik-shared = Niech się mąż pospieszy, bo następny krok to komornik i zajmie wasze wspólne rzeczy.
spouse-upset-v2 = Długi? Marcin ma długi? I ja się o tym dowiaduję od obcej osoby przez telefon?
spouse-upset-why =
    .backpedal = Przeprosiny są na miejscu, ale szkoda już się stała: ujawnienia nie da się cofnąć. Następnym razem nigdy nie mów, czego dotyczy telefon.
    .ask-her-pay = Proszenie żony o zapłatę po tym, jak ujawniono jej dług męża, pogłębia naruszenie i wywiera presję na kogoś, kto nic nie jest winien.
    .komornik-shared = Naruszenie krytyczne: windykator nie może „wysłać komornika”; egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego, a tu nie ma nawet sprawy w sądzie. Straszenie zajęciem rzeczy rodziny to praktyka wprowadzająca w błąd, za którą UOKiK nakładał kary (ustawa o ochronie konkurencji i konsumentów, art. 24).

## Wraca do domu

debtor-arrives = (Głosy w przedpokoju: wrócił dziś wcześniej, żona podaje mu słuchawkę.) Halo, Marcin Kowalczyk, słucham. Żona mówi, że to do mnie?
    .verify-privately = Dobry wieczór, { $agent } z firmy { $creditor }. Zanim przejdę do sprawy, muszę się upewnić, że rozmawiam z właściwą osobą: czy może pan podać datę urodzenia? I czy może pan teraz swobodnie porozmawiać, tak żeby nikt nie słyszał?
    .straight-in = Chodzi o dwie zaległe raty za laptopa, { $amount }.
debtor-arrives-why =
    .verify-privately = Wzorowa odpowiedź: przedstawiasz się, weryfikujesz przed jakimikolwiek szczegółami i sprawdzasz, czy może rozmawiać swobodnie, skoro przed chwilą podała mu telefon żona.
    .straight-in = Nie zweryfikowano go, a żona może nadal słuchać. Najpierw weryfikacja i pytanie, czy może rozmawiać (dobre praktyki ZPF: poufność).

verified = Tak, 14 maja 1986. Chwileczkę, przejdę do drugiego pokoju… Dobra, mogę rozmawiać. O co chodzi?
    .explain = Dziękuję. Chodzi o umowę kredytu na laptopa: raty z 5 października i 5 listopada, razem { $amount }, nie zostały zapłacone. Czy coś się wydarzyło, że płatności się zatrzymały?
    .demand = Ma pan { $amount } zaległości. Proszę to dziś zapłacić.
    .wife-jibe = O raty za laptopa. A jeśli pan tego w tym tygodniu nie załatwi, następnym razem wszystko wytłumaczę żonie.
verified-v2 = Tak, data urodzenia 14 maja 1986. Moment, zamknę drzwi. Dobra, słucham.
verified-why =
    .explain = Wzorowa odpowiedź: fakty (umowa, terminy, kwota) i pytanie otwarte o to, co się stało.
    .demand = Gołe żądanie, zanim usłyszysz, dlaczego płatności stanęły. Najpierw zapytaj; bardzo możliwe, że ma plan.
    .wife-jibe = Naruszenie krytyczne: groźba ujawnienia długu żonie, by wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2), a samo ujawnienie naruszałoby RODO.

debtor-reason = Wiem, wiem. Zmieniłem we wrześniu pracę i pierwsza wypłata przyszła dopiero pod koniec października. Teraz już jest normalnie. Mogę zapłacić jedną ratę od razu, do piątku, a drugą po następnej wypłacie, do 20 grudnia. Może tak być?
    .check-and-accept = Dziękuję, że mówi pan wprost. Upewnię się tylko: czy przy nowej pensji druga zaległa rata obok bieżącej grudniowej to nie za dużo w jednym miesiącu? Jeśli nie, to zapisuję: 312,50 zł do piątku 20 listopada i kolejne 312,50 zł do 20 grudnia.
    .demand-full = Nie, całe { $amount } musi być zapłacone dzisiaj.
    .komornik-threat = Jeśli w tym tygodniu nie będzie całej kwoty, wyślemy komornika.
debtor-reason-why =
    .check-and-accept = Wzorowa odpowiedź: traktujesz jego propozycję poważnie, sprawdzasz, czy ją udźwignie, i zamieniasz ją w raty z konkretnymi datami.
    .demand-full = Złożył rozsądną propozycję; odrzucenie jej i żądanie całości dziś, bez względu na jego możliwości, to nacisk na jednorazową spłatę, przez który ugoda ma mniejsze szanse się utrzymać.
    .komornik-threat = Naruszenie krytyczne: windykator nie może „wysłać komornika”; egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego (ustawa o ochronie konkurencji i konsumentów, art. 24).

debtor-annoyed = Zaraz, spokojnie. Chcę to załatwić, ale nie pozwolę się tak traktować.
    .apologise = Ma pan rację, przepraszam. Zacznijmy od nowa: jakie rozwiązanie byłoby dla pana realne?
    .tell-wife-threat = Jak pan nie zapłaci, żona dokładnie się dowie, na co pan wydaje pieniądze.
    .insist = Nie ma tu nic do załatwiania. Cała kwota, dzisiaj.
debtor-annoyed-v2 = Słuchajcie, ja przed tym nie uciekam. Ale nie w ten sposób i nie przy żonie.
debtor-annoyed-why =
    .apologise = Dobra naprawa: zwykłe przeprosiny i pytanie otwarte.
    .tell-wife-threat = Naruszenie krytyczne: groźba ujawnienia długu rodzinie, by wymusić zapłatę, to groźba bezprawna (KK art. 191 § 2).
    .insist = Chce to załatwić; naciskanie na całość dziś kończy rozmowę bez żadnego porozumienia.

offer-again = Dobra. Jak mówiłem: jedna rata teraz, druga do 20 grudnia. Pasuje?
    .accept = Tak, pasuje. Czyli 312,50 zł do piątku 20 listopada i 312,50 zł do 20 grudnia.
    .one-payment = Wolę jednak całą kwotę do piątku.
offer-again-why =
    .accept = Dobrze: przyjmujesz rozsądną propozycję i nadajesz jej konkretny kształt.
    .one-payment = Naciskasz na jedną dużą wpłatę zamiast planu, na który go stać. Może się zgodzić, żeby skończyć rozmowę, i potem nie zapłacić.

wrap = Dobra, tak zrobię. Coś jeszcze?
    .summarise = Podsumuję: 312,50 zł do piątku 20 listopada i 312,50 zł do 20 grudnia, niezależnie od bieżącej raty grudniowej, przelewem na ten sam rachunek, na który płaci pan raty; numer jest w umowie i w aplikacji { $creditor }. Potwierdzę to SMS-em. Gdyby coś się zmieniło, proszę dzwonić pod 61 200 30 40. Dziękuję, panie Marcinie.
    .close = To wszystko, dziękuję. Do widzenia.
    .employer-jibe = To wszystko. Tylko żeby to się nie powtórzyło, bo następnym razem zadzwonię do pana pracodawcy.
wrap-why =
    .summarise = Wzorowe zakończenie: kwoty, daty, sposób zapłaty, potwierdzenie na piśmie, twój numer i podziękowanie.
    .close = Uprzejmie, ale nic nie zostało potwierdzone: podsumuj daty i sposób płatności, żeby plan się utrzymał.
    .employer-jibe = Naruszenie krytyczne: groźba na pożegnanie, że zawiadomisz pracodawcę, to groźba bezprawna (KK art. 191 § 2), a przy okazji marnuje dobre porozumienie.

## Zakończenia

end-message = Dobrze, przekażę. Do widzenia.
end-message-v2 = Dobrze, zapisałam. Oddzwoni. Do widzenia.
end-message-upset = Oj, oddzwoni, oddzwoni. Do widzenia.
end-no-message = No to do widzenia.
end-callback = Dobrze, przekażę mu, że będziecie dzwonić. Do widzenia.
end-plan = Dobrze. Dziękuję, do widzenia.
end-plan-v2 = No, to mi ulżyło. Do widzenia.
end-promise = Dobra, { $terms }… Postaram się zebrać całość do piątku. Do widzenia.
end-hangup = Nie mam ochoty dłużej tego słuchać. (Rozłącza się.)
end-hangup-v2 = Dość tego. Do widzenia. (Rozłącza się.)
