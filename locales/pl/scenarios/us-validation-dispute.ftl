title = Kwestionowanie należności w okresie na weryfikację
briefing = Pracujesz w Canyon Point Recovery, firmie windykacyjnej, przy sprawie zleconej przez { $creditor }: rachunek końcowy za telefon na { $amount }, z terminem płatności { $due }, przeterminowany o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Zawiadomienie z informacjami o długu (validation notice) wysłano do { $debtor } pocztą 2 listopada; ma on czas do 9 grudnia 2026 r., żeby zakwestionować należność. Przeczytaj historię: to nie jest pierwszy kontakt. Jeśli dłużnik zakwestionuje należność, masz to odnotować i dokładnie wyjaśnić mu jego prawa, a nie odwodzić go od nich.
product = usługa telefonii komórkowej (rachunek końcowy)

history-h1 = Wysłano pocztą na adres pana Bella w Phoenix zawiadomienie z informacjami o długu (formularz wzorcowy). Termin na zakwestionowanie podany w zawiadomieniu: 9 grudnia 2026 r.
history-h2 = Połączenie wychodzące, bez odpowiedzi. Nie zostawiono wiadomości.

## Początek rozmowy i weryfikacja

opening = Halo?
    .ask-for-marcus = Dzień dobry, mówi { $agent } z Canyon Point Recovery. Czy mogę rozmawiać z panem Marcusem Bellem?
    .blurt-debt = Dzień dobry, mówi { $agent } z Canyon Point Recovery, dzwonię w sprawie niezapłaconego rachunku Desert Sky Wireless pana Marcusa Bella.
    .legal-dept = Dzień dobry, tu dział prawny, dzwonimy do pana Marcusa Bella.
opening-v2 = Tak, halo, kto mówi?
opening-why =
    .ask-for-marcus = Dobrze: imię i firma, i prosisz o niego, zanim powiesz cokolwiek o sprawie.
    .blurt-debt = Podajesz wierzyciela i niezapłacony rachunek, zanim wiesz, kto odebrał. Najpierw weryfikacja (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).
    .legal-dept = Błąd krytyczny: firma windykacyjna to nie dział prawny. Sugerowanie, że dzwonią prawnicy, to fałszywe przedstawienie (15 USC 1692e(3); 12 CFR 1006.18(b)), a do tego nie mówisz, kim jesteś (1692d(6)).

opening-silence = Halo? Jest tam ktoś?
    .apologise-intro = Przepraszam, już jestem. Mówi { $agent } z Canyon Point Recovery. Czy mogę rozmawiać z panem Marcusem Bellem?
    .ask-name-only = Czy to pan Marcus Bell?
opening-silence-why =
    .apologise-intro = Dobrze wybrnięte: przeprosiny, potem imię i firma.
    .ask-name-only = Pytanie o niego bez przedstawienia się nie jest rzetelnym ujawnieniem, kto dzwoni (15 USC 1692d(6)).

marcus-here = Tak, Marcus przy telefonie. O co chodzi?
    .verify = Dziękuję. Zanim przejdę dalej: czy może pan potwierdzić rok urodzenia i kod pocztowy?
    .skip-verify = Chodzi o pana konto w Desert Sky Wireless: zaległość wynosi { $amount }.
marcus-here-why =
    .verify = Dobrze: dwa identyfikatory, które już masz w aktach, zanim padnie jakikolwiek szczegół sprawy.
    .skip-verify = „Marcus przy telefonie” to nie weryfikacja: każdy może tak powiedzieć. Najpierw potwierdź dane (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

verified = Osiemdziesiąty siódmy. 85016. Słucham.
    .disclose-collector = Dziękuję. Dzwonię z firmy windykacyjnej, w sprawie konta w Desert Sky Wireless, o którym pisaliśmy do pana 2 listopada: { $amount }.
    .no-disclosure = Dziękuję. Dzwonię w sprawie konta w Desert Sky Wireless, o którym do pana pisaliśmy: { $amount }.
verified-why =
    .disclose-collector = Dobrze: w aktach jest zawiadomienie, więc to kolejny kontakt i trzeba w nim powiedzieć, że dzwoni windykator (15 USC 1692e(11); 12 CFR 1006.18(e)(2)). Pełna formuła Mini-Mirandy nie zaszkodzi.
    .no-disclosure = Błąd krytyczny: w każdym kontakcie po pierwszym trzeba powiedzieć, że dzwoni windykator (15 USC 1692e(11); 12 CFR 1006.18(e)(2)). List w aktach nie zwalnia Cię z tego.

## „To nie mój rachunek”

dispute = Desert Sky? Tak, dostałem wasz list. To nie mój rachunek. Zrezygnowałem w czerwcu, oddałem telefon w salonie, dali mi potwierdzenie. Nie będę płacić za telefon, który oddałem.
    .listen-dispute = Rozumiem i dziękuję, że mówi pan od razu. Zrezygnował pan w czerwcu, oddał telefon w salonie i ma pan potwierdzenie. Chcę, żeby to zostało porządnie zapisane.
    .pay-first = Należność obowiązuje, dopóki Desert Sky nie stwierdzi inaczej. Musiałby pan zapłacić, a potem żądać od nich zwrotu.
    .suit-threat = Wszyscy tak mówią. Jeśli do piątku nie będzie zapłaty, wierzyciel może pana pozwać.
dispute-why =
    .listen-dispute = Wzorowa odpowiedź: powtarzasz fakty, które podał (rezygnacja, zwrot, potwierdzenie), i traktujesz zakwestionowanie poważnie, zanim zrobisz cokolwiek innego.
    .pay-first = Błąd krytyczny: kwestionuje należność w okresie na weryfikację. „Najpierw zapłać, potem się spieraj” przeinacza jego prawa i status prawny długu (15 USC 1692e(2)(A), 1692e(10); 12 CFR 1006.18(b)) i przesłania prawo do zakwestionowania, o którym mówiło zawiadomienie (15 USC 1692g(b); 12 CFR 1006.38(b)).
    .suit-threat = Pozew, o którym nikt nie zdecydował, i piątkowy termin w okresie na weryfikację: groźba działania, którego nie zamierza się podjąć (15 USC 1692e(5); 12 CFR 1006.18(c)(1)), która do tego przesłania prawo do zakwestionowania (1006.38(b)).

angry = Czy wy w ogóle słuchacie? Oddałem go. Mam potwierdzenie.
    .apologise = Ma pan rację, przepraszam. Słucham: oddał pan telefon w czerwcu i ma pan potwierdzenie. To jest zakwestionowanie należności i tak je potraktuję.
    .snap = Słuchaj pan, nie mam czasu na bajki. Proszę zapłacić rachunek.
angry-why =
    .apologise = Dobrze wybrnięte: przeprosiny, nazwanie tego, co powiedział, i to, co z tym zrobisz.
    .snap = Błąd krytyczny: pogardliwy język wobec konsumenta to obraźliwe traktowanie (15 USC 1692d(2); 12 CFR 1006.14(d)), a on się rozłącza, zanim zakwestionowanie zostanie zapisane.

dispute-how = To co teraz? Mam to płacić, kiedy wy sprawdzacie?
    .explain-rights = Nie. Odnotowuję dziś, że kwestionuje pan należność. W zawiadomieniu ma pan termin do 9 grudnia: jeśli do tego dnia prześle pan zakwestionowanie na piśmie, wstrzymamy windykację, dopóki nie wyślemy panu potwierdzenia długu. Formularz jest w zawiadomieniu, może pan też po prostu do nas napisać.
    .oral-enough = Nie trzeba nic pisać: powiedział mi pan, więc jest zakwestionowane. Zniknie.
    .pay-meanwhile = Może pan to oczywiście zakwestionować, ale w międzyczasie radzę coś wpłacić, żeby się nie pogorszyło.
dispute-how-why =
    .explain-rights = Wzorowa odpowiedź: odnotowujesz ustne zakwestionowanie od razu i podajesz prawo dokładnie tak, jak w zawiadomieniu: zakwestionowanie na piśmie w okresie na weryfikację wstrzymuje windykację do wysłania potwierdzenia (15 USC 1692g(b); 12 CFR 1006.38(d)(2)). Żadnej presji, kiedy on się zastanawia.
    .oral-enough = Zapisanie jest dobre, ale obietnica fałszywa: ustne zakwestionowanie nie zobowiązuje windykatora do uzyskania potwierdzenia (1692g(b) mówi o zakwestionowaniu na piśmie), a „zniknie” to nie Twoja obietnica (15 USC 1692e(10)).
    .pay-meanwhile = Prośba o wpłatę jednym tchem z wyjaśnieniem prawa do zakwestionowania to właśnie przesłanianie tego prawa, zakazane w okresie na weryfikację (15 USC 1692g(b); 12 CFR 1006.38(b)).

oral-reply = Świetnie. To wszystko? Sprawa zamknięta?
    .correct-self = Muszę to uściślić, to było za dużo powiedziane. W aktach jest już zapisane, że kwestionuje pan należność. Żebyśmy musieli zweryfikować dług i do tego czasu wstrzymać windykację, proszę to przesłać na piśmie do 9 grudnia. Nie mogę panu powiedzieć, jaki będzie wynik weryfikacji.
    .confirm-gone = Tak, to wszystko, proszę się nie martwić.
oral-reply-why =
    .correct-self = Dobrze wybrnięte: wycofujesz obietnicę bez pokrycia i podajesz właściwą drogę, zanim on na niej polegnie.
    .confirm-gone = Teraz jest przekonany, że nie musi pisać. Jeśli nie napisze, windykator nie ma obowiązku weryfikacji, a fałszywe zapewnienie wprowadza w błąd (15 USC 1692e(10)).

how-to-write = Dobrze. Mam jeszcze potwierdzenie z salonu. Gdzie mam je wysłać?
    .give-address = Proszę je wysłać z krótkim pismem albo z formularzem z zawiadomienia na adres podany w zawiadomieniu albo na disputes małpa canyonpointrecovery kropka com. Proszę podać numer konta z zawiadomienia. Czy mogę potwierdzić pana aktualny adres do korespondencji, na który wyślemy potwierdzenie długu?
    .vague-address = Proszę to po prostu do nas przysłać, dane są gdzieś w liście.
how-to-write-why =
    .give-address = Dobrze: dokąd wysłać, co dołączyć i na jaki adres przyjdzie odpowiedź.
    .vague-address = Ułatw zakwestionowanie na piśmie: podaj adres i co dołączyć. Przez taką mglistą odpowiedź prawo do zakwestionowania przepada.

## „A moja historia kredytowa?”

credit-q = A co z moją historią kredytową? W przyszłym miesiącu chcę wynająć mieszkanie.
    .honest-credit = Rozumiem, że to ważne. Dopóki należność jest zakwestionowana, nie zgłosimy jej tak, jakby nie była: wszystko, co zgłaszamy, musi pokazywać, że ją pan kwestionuje. Nie wiem, co dziś widnieje w biurze kredytowym, ale zakwestionowanie jest w naszych aktach od tej rozmowy.
    .pay-delete = Jeśli zapłaci pan dziś, mogę załatwić usunięcie wpisu z pana raportu i z mieszkaniem nie będzie problemu.
    .wiped-clean = Proszę się nie martwić: jak tylko przyjdzie pana pismo, raport kredytowy będzie czysty.
credit-q-why =
    .honest-credit = Dobrze i zgodnie z prawdą: windykator, który zgłasza dług, o którym wie, że jest kwestionowany, musi go zgłosić jako kwestionowany (15 USC 1692e(8)). Nie obiecujesz niczego, na co nie masz wpływu.
    .pay-delete = Dwa błędy: prośba o zapłatę długu, który właśnie zakwestionował, i usunięcie wpisu, którego nie możesz obiecać (15 USC 1692e(10)).
    .wiped-clean = Nie masz wpływu na to, co pokazuje biuro kredytowe, ani na wynik weryfikacji: obietnica bez pokrycia (15 USC 1692e(10)).

tempted = Naprawdę? Jak dziś zapłacę te { $amount }, to zniknie z raportu? To może po prostu zapłacę…
    .backtrack = Chwileczkę, niepotrzebnie to tak zabrzmiało, przepraszam. Zakwestionował pan ten rachunek i ma pan potwierdzenie: nie musi pan nic płacić, dopóki trwa wyjaśnianie. Proszę przesłać pismo, a my zweryfikujemy dług.
    .take-card = Jasne. Mogę od razu przyjąć kartę: jaki jest długi numer z przodu?
tempted-why =
    .backtrack = Dobrze wybrnięte: wycofujesz propozycję, zanim zapłaci rachunek, który uważa za nie swój, tylko dlatego, że dostał od Ciebie obietnicę.
    .take-card = Płaci za zakwestionowany rachunek z powodu obietnicy, której nie możesz dotrzymać. Ta zapłata wynika z wprowadzenia w błąd (15 USC 1692e(10)), a numer karty dyktowany na nagrywanej linii to nie jest sposób przyjmowania płatności kartą.

close = No dobrze. Coś jeszcze?
    .summarise = Podsumuję: dziś w aktach zostało odnotowane, że kwestionuje pan należność; do 9 grudnia wyśle pan potwierdzenie z salonu i krótkie pismo; do czasu wysłania panu potwierdzenia długu wstrzymujemy windykację. Dziękuję za rozmowę.
    .silence-admits = Tylko tyle, że jeśli do 9. się pan nie odezwie, to znaczy, że przyznaje pan, że to pana dług.
    .just-bye = Nie, to wszystko. Dziękuję, do widzenia.
close-why =
    .summarise = Wzorowe zakończenie: co zostało zrobione, co robi on, do kiedy i co potem.
    .silence-admits = Nieprawda: żaden sąd nie może uznać braku zakwestionowania w terminie za przyznanie długu (15 USC 1692g(c)). Przeinaczanie skutków prawnych to fałszywe przedstawienie (1006.18(b)).
    .just-bye = Uprzejmie, ale odchodzi bez podsumowania, co ma zrobić i do kiedy.

## Zakończenia

end-dispute = Dobrze. Wyślę to w tym tygodniu. Dzięki, że ktoś mnie w ogóle wysłuchał.
end-dispute-cool = …No dobrze. Wyślę. I zapiszę sobie tę rozmowę.
end-misled = Świetnie. To zapominam o sprawie. Do widzenia.
end-paid = No dobrze, oto karta… Mam nadzieję, że z tym raportem to prawda.
end-hangup = Mam tego dość. (Rozłącza się.)
