title = Pierwsze rachunki po śmierci męża
briefing = Pracujesz w Kredo Windykacja, firmie windykacyjnej, przy sprawie zleconej przez { $creditor }: zaległość za internet i telewizję na { $amount }, z terminem płatności { $due }, przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Umowa jest zawarta na { $debtor }. Nikt jeszcze z nią nie rozmawiał. Windykator w Polsce nie ma żadnych uprawnień egzekucyjnych: ma je tylko komornik sądowy z tytułem wykonawczym. Twój mandat: raty co najmniej 50 zł, do 24 miesięcy, pierwsza w ciągu 45 dni, bez rabatu.
product = internet i telewizja w domu

## Początek rozmowy

opening = Halo?
    .intro = Dzień dobry, nazywam się { $agent }, dzwonię z Kredo Windykacja w imieniu Sieci Orion. Czy rozmawiam z panią Katarzyną Zielińską?
    .blurt-debt = Dzień dobry, { $agent } z Kredo Windykacja, w sprawie niezapłaconych rachunków pani Zielińskiej w Sieci Orion.
opening-v2 = Tak, słucham?
opening-why =
    .intro = Dobrze: imię i nazwisko, firma, w czyim imieniu dzwonisz i z kim chcesz rozmawiać.
    .blurt-debt = Niezapłacone rachunki padają, zanim wiesz, kto odebrał: do czasu weryfikacji sprawa musi pozostać poufna (zasady dobrych praktyk ZPF; RODO art. 5 ust. 1 lit. c).

who = Tak, to ja. O co chodzi?
    .verify = Dziękuję. Zanim powiem więcej: czy może pani potwierdzić datę urodzenia i ulicę, przy której pani mieszka?
    .skip-verify = Chodzi o pani rachunki za internet i telewizję: zaległość wynosi { $amount }.
who-why =
    .verify = Dobrze: najpierw weryfikacja, potem jakiekolwiek szczegóły.
    .skip-verify = Najpierw potwierdź jej tożsamość (zasady dobrych praktyk ZPF: poufność).

verified = Siódmy marca siedemdziesiątego czwartego. Piotrkowska.
    .state-purpose = Dziękuję. Dzwonię w sprawie pani konta w Sieci Orion: rachunki od czerwca, łącznie { $amount }, nie zostały zapłacone. Chcę zrozumieć, co się stało, i razem z panią znaleźć rozwiązanie.
    .bailiff-open = Dziękuję. Na pani koncie w Sieci Orion jest { $amount } zaległości i jeśli nie zostanie uregulowana, sprawa trafi do komornika.
verified-why =
    .state-purpose = Dobrze: fakty i otwarte zaproszenie do rozmowy.
    .bailiff-open = Błąd krytyczny: firma windykacyjna nie może „skierować sprawy do komornika”. Egzekwować może tylko komornik sądowy z tytułem wykonawczym, po postępowaniu sądowym. Sugerowanie czegoś innego wprowadza konsumentkę w błąd co do Twoich uprawnień; UOKiK wielokrotnie uznawał to za praktykę naruszającą zbiorowe interesy konsumentów (art. 24 ustawy o ochronie konkurencji i konsumentów).

## Żałoba

widow = (Długa cisza.) …Mąż zmarł w sierpniu. To on zajmował się wszystkimi rachunkami. Nawet nie wiedziałam, że nie są płacone. Żyję teraz z renty rodzinnej i… nie wiem nawet, gdzie co jest.
    .condolences = Bardzo mi przykro z powodu pani straty. Dziękuję, że mi pani o tym powiedziała. Nie musimy się spieszyć; spokojnie wszystko razem przejdziemy.
    .contract-is-contract = Przykro mi, ale umowa jest na panią, więc dług też jest pani.
    .ask-family = Przykro mi. Czy ktoś z rodziny nie mógłby pomóc spłacić tego od razu w całości?
widow-why =
    .condolences = Wzorowa odpowiedź: kondolencje, podziękowanie i zdjęcie presji z rozmowy.
    .contract-is-contract = Błąd krytyczny: prawda, ale lodowata. Przejście nad żałobą do porządku dziennego, prosto do umowy, to brak współczucia wobec osoby w trudnej sytuacji, który karta oceny traktuje jako krytyczny.
    .ask-family = Kierowanie owdowiałej rencistki ku pożyczce od rodziny, żeby spłaciła wszystko od razu, to presja na jednorazową spłatę, i to z pominięciem tego, co przed chwilą powiedziała.

widow-hurt = (Cicho.) Czy dotarło do Państwa, co przed chwilą powiedziałam?
    .apologise = Słyszę i przepraszam, źle to zabrzmiało. Pani mąż niedawno zmarł; to ważniejsze niż ten rachunek. Porozmawiajmy spokojnie.
    .push-on = Rozumiem, ale zaległość i tak trzeba uregulować.
widow-hurt-why =
    .apologise = Dobrze wybrnięte: nazywasz to, co powiedziała, i zwalniasz tempo.
    .push-on = Zapytała, czy dotarło do Ciebie, co mówi. Naciskanie dalej kończy rozmowę.

consent = Przepraszam… ciężko mi o tym mówić. Od pogrzebu prawie nie śpię. Lekarz przepisał mi coś na nerwy.
    .ask-consent = Dziękuję, że mi pani to powiedziała. Żebyśmy mogli to uwzględnić, czy mogę zapisać w sprawie, że jest pani w żałobie i pod opieką lekarza? Posłuży to tylko do dopasowania sposobu prowadzenia pani sprawy, a w każdej chwili może pani poprosić o usunięcie tej informacji.
    .note-silently = Rozumiem. Zanotuję to sobie.
    .back-to-money = Rozumiem. To wracając do tych { $amount }…
consent-why =
    .ask-consent = Wzorowa odpowiedź (TEXAS: podziękuj, wyjaśnij, uzyskaj wyraźną zgodę): informacja o zdrowiu to dane szczególnej kategorii, a ich zapisanie wymaga jej wyraźnej zgody (RODO art. 9 ust. 2 lit. a).
    .note-silently = Zapisanie informacji o zdrowiu bez pytania to przetwarzanie danych szczególnej kategorii bez jej wyraźnej zgody (RODO art. 9); najpierw zapytaj i powiedz, do czego to posłuży.
    .back-to-money = Powiedziała Ci o swoim zdrowiu, a Ty od razu wracasz do kwoty.

options = Nie wiem, co mam teraz zrobić.
    .offer-choice = Mamy dwie drogi, a wybór należy do pani. Mogę wstrzymać działania w sprawie na 30 dni, żeby mogła pani uporządkować dokumenty; jest też bezpłatna pomoc: punkt nieodpłatnej pomocy prawnej i nieodpłatnego poradnictwa obywatelskiego w pani powiecie pomaga również w sprawach zadłużenia. Albo, jeśli woli pani mieć to już z głowy, ustalimy niewielkie raty dopasowane do pani budżetu.
    .budget-now = Zobaczmy, co jest realne. Czy może mi pani powiedzieć, ile mniej więcej wpływa co miesiąc i jakie są główne opłaty?
    .quick-plan = Moglibyśmy to rozłożyć na siedem miesięcznych rat po 300 zł, od 10 grudnia.
options-why =
    .offer-choice = Wzorowa odpowiedź: prawdziwy wybór (przerwa albo raty) i bezpłatne poradnictwo, które jest w każdym powiecie (ustawa z 5 sierpnia 2015 r. o nieodpłatnej pomocy prawnej, nieodpłatnym poradnictwie obywatelskim oraz edukacji prawnej).
    .budget-now = Dobrze: pytanie o dochody i wydatki przed jakąkolwiek kwotą. Jeszcze lepiej byłoby najpierw zaproponować jej przerwę.
    .quick-plan = Kwota, zanim padło jakiekolwiek pytanie o budżet: 300 zł miesięcznie może przekraczać jej możliwości.

choose = Wolałabym mieć to z głowy… ale nie wiem, na ile mnie stać.
    .budget-now = To policzmy to razem. Ile wpływa co miesiąc i jakie są główne opłaty?
    .hold-30 = To nie decydujmy dziś. Wstrzymuję działania na 30 dni i potwierdzę to pani na piśmie, razem z danymi punktu bezpłatnych porad. Zadzwonię 28 grudnia, chyba że pani odezwie się wcześniej. Dziękuję za rozmowę.
choose-why =
    .budget-now = Dobrze: chce to załatwić; sprawdź, na co ją stać.
    .hold-30 = Też dobrze: przerwa potwierdzona na piśmie, z datą i bezpłatną pomocą.

## Warunki

budget = Renta rodzinna to 2900 zł. Czynsz z opłatami 1250, prąd i gaz około 380, jedzenie 750, leki 180, bilet, telefon… Zostaje najwyżej 120 zł.
    .plan-fit = To ustalmy 120 zł miesięcznie, szesnaście rat, pierwsza 28 grudnia, żeby miała pani najpierw miesiąc oddechu.
    .plan-300 = Najlepiej byłoby szybko to zamknąć: 300 zł miesięcznie, siedem rat, od 10 grudnia.
budget-why =
    .plan-fit = Dobrze: w granicach jej możliwości i mandatu, z pierwszą ratą po miesiącu oddechu.
    .plan-300 = 300 zł to dwa i pół raza więcej, niż jej zostaje. Plan, którego nie da się dotrzymać, się posypie.

counter = Tyle nie dam rady. Mogłabym płacić { $counter-instalment } miesięcznie, { $counter-count } rat.
    .take-counter = Dobrze. Tak to ustalmy.
counter-why =
    .take-counter = Dobrze: jej własna propozycja, na którą ją stać.

stretch = (Waha się.) Jakoś to znajdę… odpuszczę sobie część leków.
    .reconsider = Nie, proszę tego nie robić. Ustalmy raczej 120 zł miesięcznie, szesnaście rat, pierwsza 28 grudnia. Zdrowie jest najważniejsze.
    .lock-it = No to dobrze, ustalone.
stretch-why =
    .reconsider = Dobrze wybrnięte: powiedziała, że zapłaci za plan kosztem leków. Dopasuj go do tego, co ma.
    .lock-it = Właśnie powiedziała, że zapłaci kosztem leków. Przyklepanie tego to plan nie do utrzymania, który się posypie, a po drodze jej zaszkodzi.

refused = Nie, na to mnie nie stać.
    .plan-fit = Rozumiem. A 120 zł miesięcznie, szesnaście rat, pierwsza 28 grudnia?
    .hold-30 = To nie decydujmy dziś. Wstrzymuję działania na 30 dni i potwierdzę to pani na piśmie, razem z danymi punktu bezpłatnych porad.
refused-why =
    .plan-fit = Realna druga propozycja.
    .hold-30 = Też dobrze: przerwa potwierdzona na piśmie.

agreed = Czyli: { $instalment } { $every }, { $count } rat, pierwsza { $first-date }.
    .read-back = Zgadza się: rata, co miesiąc, liczba rat i data pierwszej, tak jak pani powiedziała. Wyślę to pani na piśmie, razem z numerem rachunku do wpłat. A gdyby coś się zmieniło, proszę do mnie zadzwonić, zanim rata przepadnie; z resztą papierów pomoże też bezpłatny punkt porad w pani powiecie. Dziękuję, pani Katarzyno.
    .bye = Dobrze, dziękuję. Do widzenia.
agreed-why =
    .read-back = Wzorowe zakończenie: warunki odczytane, potwierdzone na piśmie, sposób wpłaty, co robić, gdy coś się zmieni, i bezpłatna pomoc.
    .bye = Nic nie zostało odczytane ani potwierdzone na piśmie, ani słowa o tym, co zrobić, jeśli nie da rady zapłacić.

## Zakończenia

end-plan = Dziękuję za życzliwość. Bałam się tej rozmowy.
end-hold = Dziękuję. Pójdę do tego punktu porad. Bałam się tej rozmowy.
end-hangup = Nie mogę teraz o tym rozmawiać. (Rozłącza się.)
