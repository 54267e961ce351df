title = Sporna liczba licencji na fakturze za odnowienie oprogramowania
briefing = Pracujesz w dziale kontroli należności firmy { $creditor }. Faktura INV-20931 z 1 października dla firmy { $organisation } dotyczy rocznego odnowienia Cobalt Analytics na 60 stanowisk: { $amount } brutto, termin płatności { $due }, przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Osoba kontaktowa w sprawie faktur od dostawców: { $debtor }, Leeds. Jest wtorek, godzina 10:30. To należność między firmami: podręcznik FCA CONC dotyczy kredytu konsumenckiego i nie ma tu zastosowania, więc rozmowa jest oceniana według dobrych praktyk B2B i jakości rozmowy. Ustal, dlaczego faktura nie jest zapłacona, oddziel rzeczywisty spór (zarejestrowany, z osobą odpowiedzialną i terminem) od części bezspornej i zakończ rozmowę z osobą akceptującą i terminem płatności części bezspornej.
product = roczna licencja na oprogramowanie (Cobalt Analytics, 60 stanowisk)

## Początek rozmowy

opening = Larkfield Analytics, Priya, słucham.
    .intro-verify = Dzień dobry, pani Priyo, mówi { $agent } z działu kontroli należności firmy { $creditor }. Czy to pani zajmuje się fakturami od dostawców w Larkfield?
    .lead-with-overdue = Dzień dobry, { $agent } z { $creditor }. Państwa faktura INV-20931 na { $amount } jest po terminie. Kiedy zostanie zapłacona?
    .vague = Dzień dobry, dzwonię w sprawie zaległej płatności.
opening-v2 = Dzień dobry, dział finansowy, Priya Shah.
opening-why =
    .intro-verify = Dobrze: imię, dział i firma oraz upewnienie się, że to właściwa osoba, zanim padną szczegóły.
    .lead-with-overdue = Zaczynanie od „po terminie, kiedy zapłacicie”, zanim wiesz, czy rozmówczyni się tym zajmuje i dlaczego faktura nie jest opłacona, stawia ją w pozycji obronnej.
    .vague = Z „zaległą płatnością” nikt nic nie zrobi: przedstaw się, upewnij się, że to właściwa osoba, i podaj dane faktury.

which-invoice = W sprawie czego? Przepraszam, kto mówi?
    .reintro = Przepraszam, zacznę od początku: { $agent }, dział kontroli należności firmy { $creditor }. Czy to pani zajmuje się fakturami od dostawców w Larkfield?
    .just-pay = Pieniędzy, które jesteście winni { $creditor }. Trzeba je zapłacić.
which-invoice-why =
    .reintro = Dobry restart: imię, dział, firma i upewnienie się, że to właściwa osoba.
    .just-pay = Działy finansowe płacą dokumenty, a nie żądania. Przedstaw się, podaj numer faktury i zapytaj.

priya-confirms = Tak, faktury od dostawców są u mnie. O którą chodzi?
    .invoice-details = INV-20931 z 1 października: roczne odnowienie Cobalt Analytics na 60 stanowisk, { $amount } brutto, termin płatności { $due }. Nie otrzymaliśmy jeszcze wpłaty. Czy może pani sprawdzić, na jakim jest etapie u Państwa?
    .demand-today = INV-20931, { $amount }, po terminie od { $due }. Potrzebuję zapłaty jeszcze dziś.
priya-confirms-why =
    .invoice-details = Wzorowa odpowiedź: dokładny numer faktury, data, czego dotyczy, kwota i termin płatności, a potem pytanie otwarte. Rozmówczyni sama powie, w czym tkwi problem.
    .demand-today = Żądanie zapłaty jeszcze dziś, zanim wiesz, dlaczego faktura nie jest opłacona, pomija krok, który prowadzi do zapłaty: ustalenie, gdzie utknęła.

## Spór

priya-dispute = A, ta. Jest wstrzymana. Mamy tylko 45 użytkowników. Tom Brennan, nasz kierownik IT, zmniejszył liczbę stanowisk do 45 w Państwa panelu administracyjnym w sierpniu, przed odnowieniem, a i tak dostaliśmy fakturę za 60. We wrześniu zgłosiłam to Państwa działowi wsparcia i nikt się nie odezwał.
    .paraphrase-split = Dziękuję za wyjaśnienie i przepraszam, że nikt nie odpowiedział na zgłoszenie. Upewnię się, że dobrze rozumiem: samo odnowienie jest w porządku i 45 stanowisk nie budzi wątpliwości, a kwestionują Państwo pozostałe 15, bo pan Brennan zmniejszył ich liczbę w panelu w sierpniu. Zgadza się?
    .log-dispute = Dziękuję i przepraszam, że nikt się nie odezwał. Jeszcze dziś zarejestruję 15 stanowisk jako formalną reklamację, a nasz opiekun klienta odpowie panu Brennanowi na piśmie w ciągu pięciu dni roboczych, z historią zmian w panelu.
    .contract-says = Odnowienie było na 60 stanowisk, a umowa odnawia się automatycznie. Trzeba zapłacić całą kwotę.
    .credit-now = Aha, dobrze. To poproszę dział fakturowania, żeby wystawił ją na nowo na 45 stanowisk: 7 776 GBP do końca miesiąca, a o pozostałych 15 zapominamy.
priya-dispute-v2 = Ta jest niestety zablokowana. Zafakturowano nam 60 stanowisk, a Tom, nasz kierownik IT, zmniejszył nam liczbę do 45 w Państwa panelu jeszcze w sierpniu. We wrześniu zgłosiliśmy to do działu wsparcia; nikt nie odpowiedział.
priya-dispute-why =
    .paraphrase-split = Wzorowa odpowiedź: przeprosiny za brak odpowiedzi na zgłoszenie, a potem parafraza, która oddziela to, co sporne (15 stanowisk), od tego, co bezsporne (45). Następny krok: zarejestruj reklamację.
    .log-dispute = Dobrze: rzeczywisty spór zarejestrowany, z osobą odpowiedzialną i terminem pisemnej odpowiedzi (dobre praktyki B2B). Teraz warto ustalić, co jest bezsporne.
    .contract-says = Być może umowa jest po twojej stronie, ale sporną liczbę stanowisk rozstrzyga historia zmian w panelu, a nie upór przez telefon. Naciskanie na zapłatę spornej kwoty łamie zasadę „bez nacisku na sporną należność” (dobre praktyki B2B).
    .credit-now = Ustępstwo bez uprawnień: umorzenie od ręki 15 stanowisk, bez sprawdzenia historii zmian w panelu, to nie rozwiązanie sporu, tylko jego pominięcie, a o umorzeniu decyduje kierownik działu należności, nie Ty. Zarejestruj reklamację, sprawdź i skoryguj to, co potwierdzą dowody.

split-question = 45, tak, co do nich nikt się nie spiera. Ale nasz system wstrzymuje całą fakturę, jeśli choć jedna pozycja jest sporna. I szczerze mówiąc, odkąd odeszła nasza asystentka w finansach, pracuję za dwie osoby. Nie mam czasu jeszcze ścigać Państwa działu wsparcia.
    .log-and-split = Rozumiem, to naprawdę dużo, a pani nie powinna nas ścigać. Zdejmę to pani z głowy: jeszcze dziś rejestruję 15 stanowisk jako formalną reklamację, powiązaną z wrześniowym zgłoszeniem, a nasz opiekun klienta odpowie panu Brennanowi na piśmie w ciągu pięciu dni roboczych, z historią zmian w panelu. Żeby Państwa system mógł puścić resztę, wystawimy dziś korektę do faktury INV-20931 i nową fakturę na 45 stanowisk, na 7 776,00 GBP brutto. Jeśli z historii wyniknie, że dodatkowe stanowiska były używane, zafakturujemy je osobno. Czy tak będzie dobrze?
    .not-my-problem = Wszyscy są zajęci. To nie zmienia terminu płatności.
split-question-why =
    .log-and-split = Wzorowa odpowiedź: dostrzegasz obciążenie rozmówczyni, rejestrujesz reklamację z terminem i przenosisz bezsporne 45 stanowisk na osobny dokument, który można zapłacić od razu (dobre praktyki B2B).
    .not-my-problem = Niegrzecznie i nieskutecznie: zbywasz obciążenie rozmówczyni (EMP-19) i naciskasz na zapłatę faktury, o której właśnie słyszysz, że jest częściowo sporna, co łamie zasadę „bez nacisku na sporną należność”.

concede-reaction = Aha. No to świetnie, jeśli po prostu zejdziecie do 45. Czyli { $agreed }? Mnie to odpowiada.
    .check-first = Właściwie to wycofuję: nie mogę umarzać stanowisk, zanim ktoś to sprawdzi. Jeszcze dziś zarejestruję 15 stanowisk jako reklamację, a nasz opiekun klienta sprawdzi historię zmian w panelu i odpowie panu Brennanowi na piśmie w ciągu pięciu dni roboczych. Jeśli zmniejszenie tam jest, korekta będzie formalnością.
    .go-ahead = Tak, poproszę dział fakturowania o nową fakturę na 45.
concede-reaction-why =
    .check-first = Najlepsze, co można teraz zrobić: wycofać się, zarejestrować reklamację i zdać się na dowody. Ale klientka usłyszała propozycję umorzenia, więc zostaje ona w zapisie jako ustępstwo bez uprawnień.
    .go-ahead = Może i 45 to właściwa liczba, ale nikt tego nie sprawdził, a umorzenie w ogóle nie było w Twoich uprawnieniach. Zarejestruj reklamację i niech rozstrzygną dowody.

ticket = Dziękuję. Numer zgłoszenia to CS-48812, jeśli to pomoże. A e-mail Toma to tom.brennan@larkfield-analytics.co.uk; ma zrzuty ekranu z panelu.
    .read-back = Powtórzę dla pewności: zgłoszenie CS-48812 i pan Brennan pod adresem tom.brennan@larkfield-analytics.co.uk. Dopiszę oba do reklamacji, żeby opiekun klienta skontaktował się bezpośrednio z nim.
    .skip-it = Dobrze. A teraz co do płatności.
ticket-why =
    .read-back = Dobrze: powtarzasz numery i adresy e-mail, żeby reklamacja trafiła do właściwej osoby.
    .skip-it = Pomijasz dowody, które proponuje rozmówczyni, i wracasz prosto do pieniędzy, choć spór jest otwarty.

## Bezsporne 45 stanowisk

undisputed-part = Dobrze. Jak dostanę porządny dokument na 45 stanowisk, mogę go puścić. Ale wydatki na IT akceptuje Tom, nie ja.
    .ask-approver = To zrozumiałe. Kiedy zwykle pan Brennan akceptuje faktury i kiedy jest najbliższy dzień płatności dla dostawców?
    .pay-today = A nie może pani po prostu zapłacić tych 7 776 funtów dzisiaj?
undisputed-part-why =
    .ask-approver = Wzorowa odpowiedź: ustal, kto akceptuje fakturę i kiedy jest dzień płatności; stąd weźmie się termin (dobre praktyki B2B).
    .pay-today = Rozmówczyni właśnie powiedziała, że nie może tego zaakceptować. Dopóki spór jest otwarty, trzymaj się jej procedur i zapytaj, kto akceptuje.

approver = Tom zatwierdza w czwartki. Dostawcom płacimy w ostatni piątek miesiąca, czyli 27.
    .agree-date = Czyli jeśli nowa faktura na 45 stanowisk dotrze do pani dziś, pan Brennan zaakceptuje ją w czwartek 26 listopada, a przelew pójdzie w piątek 27 listopada?
    .threaten-court = Jeśli nie zapłacą Państwo w tym tygodniu, złożymy pozew do sądu o całą kwotę.
    .suspend-licences = 27 to za późno. Jeśli nie będzie zapłaty w tym tygodniu, zablokujemy wszystkie 60 licencji.
    .late-charges-wrong = Jeśli nie zapłacicie do 27, doliczymy odsetki 8% miesięcznie i 250 funtów opłaty administracyjnej.
    .full-on-27th = A czy cała kwota, { $amount }, mogłaby pójść w przelewach 27, a sprawę 15 stanowisk wyjaśnimy później?
    .write-off-15 = Uprośćmy to: 7 776 GBP w przelewach 27 listopada i uznajemy sprawę za zamkniętą, a o pozostałych 15 stanowiskach zapominamy.
approver-why =
    .late-charges-wrong = Błędnie podane koszty: umowa nie przewiduje ani 8% miesięcznie, ani opłaty administracyjnej. Między przedsiębiorcami w Wielkiej Brytanii ustawa Late Payment of Commercial Debts (Interest) Act 1998 daje odsetki ustawowe w wysokości stopy bazowej Banku Anglii plus 8% w skali roku (sekcja 1, sekcja 6) i stałą kwotę 40, 70 lub 100 funtów zależnie od wysokości długu (sekcja 5A): przy tej fakturze na 10 368,00 funta to 100 funtów (od bezspornej części, 7776,00 funta, 70 funtów). Podawaj to poprawnie, spokojnie i dopiero wtedy, gdy płatność utknie.
    .agree-date = Wzorowa odpowiedź: zamieniasz procedurę klienta w konkretny termin płatności części bezspornej i sprawdzasz go z rozmówczynią (dobre praktyki B2B). To płatność częściowa, a sporne stanowiska czekają na wyjaśnienie: termin pasuje do dnia przelewów i możliwości klienta i nie wymaga żadnego ustępstwa.
    .threaten-court = Straszenie sądem w sprawie faktury, o której przed chwilą ustaliliście, że jest częściowo sporna, niszczy relację i raczej nie zostanie spełnione (dobre praktyki B2B).
    .suspend-licences = Grożenie odcięciem usługi, żeby wymusić zapłatę częściowo spornej faktury, to nacisk na sporną należność (dobre praktyki B2B), a sprawa od razu trafi do jej dyrektora.
    .full-on-27th = Żądanie zapłaty także za sporne stanowiska to nacisk na sporną należność (dobre praktyki B2B), a jej system i tak wstrzymuje każdą zakwestionowaną pozycję: nie może się na to zgodzić.
    .write-off-15 = Ustępstwo bez uprawnień: ugoda na 7 776 GBP tytułem pełnego rozliczenia umarza 2 592 GBP, których nikt nie sprawdził. Twoje uprawnienia nie obejmują rabatu ani umorzenia; o spornych stanowiskach rozstrzygają dowody (korekta faktury, jeśli historia zmian w panelu to potwierdzi), a nie rozmowa telefoniczna.

write-off-accepted = No cóż, jeśli umarzacie 15 stanowisk, nie będę się spierać: { $agreed }. Tom się ucieszy.
    .read-back-write-off = Czyli dla potwierdzenia: faktura INV-20931 na { $amount } zostaje rozliczona kwotą 7 776 GBP, płatną w Państwa przelewach w piątek 27 listopada, a sprawa 15 stanowisk jest zamknięta. Potwierdzę to dziś mailem. Dziękuję, pani Priyo.
    .close-write-off = Świetnie. Dziękuję, do widzenia.
write-off-accepted-why =
    .read-back-write-off = Warunki powtórzone i potwierdzone, tylko że potwierdzasz umorzenie 2 592 GBP, do którego nie masz uprawnień. Zarejestruj reklamację i ustal termin dla części bezspornej.
    .close-write-off = Umorzenie bez uprawnień, w dodatku ani niepowtórzone, ani niepotwierdzone na piśmie.

terms-refused = Tego nie przepuszczę: { $terms }. To obejmuje 15 stanowisk, które kwestionujemy, a nasz system wstrzymuje całą pozycję, dopóki spór trwa. 45 bezspornych stanowisk może pójść w przelewach 27, jak tylko Tom je zaakceptuje.
    .undisputed-only = Rozumiem, to teraz najważniejsze. Czyli nowa faktura na 45 stanowisk dotrze do pani dziś, pan Brennan zaakceptuje ją w czwartek 26 listopada, a przelew pójdzie w piątek 27 listopada; 15 stanowisk czeka na naszą pisemną odpowiedź.
    .insist-full = Umowa jest na 60 stanowisk. Potrzebuję całej kwoty 27.
terms-refused-why =
    .undisputed-only = Dobrze naprawione: część bezsporna, w dniu przelewów klienta, a sporne stanowiska czekają na dowody.
    .insist-full = Naciskasz na zapłatę spornej kwoty (dobre praktyki B2B), choć rozmówczyni właśnie zaproponowała zapłatę części bezspornej.

date-agreed = Tak, 27 jest realne, jeśli nowa faktura przyjdzie dziś. Zostawię Tomowi notatkę.
    .summarise-close = Dziękuję, pani Priyo. Podsumuję: dziś wystawiamy korektę do INV-20931 i wysyłamy do pani nową fakturę na 45 bezspornych stanowisk, 7 776,00 GBP brutto; pan Brennan akceptuje ją w czwartek, a płatność idzie w piątek 27 listopada. 15 stanowisk jest zarejestrowanych jako reklamacja do zgłoszenia CS-48812, a pan Brennan dostanie pisemną odpowiedź w ciągu pięciu dni roboczych. Potwierdzę to wszystko e-mailem. Dziękuję za pomoc.
    .close-quick = Świetnie, dziękuję. Do widzenia.
    .disputed-too = Dobrze. A jeśli okaże się, że te 15 stanowisk jest zasadnych, oczekujemy natychmiastowej zapłaty.
date-agreed-why =
    .summarise-close = Wzorowe zakończenie: oba wątki (płatność i reklamacja) powtórzone z osobami odpowiedzialnymi i terminami, potwierdzenie na piśmie i podziękowanie.
    .close-quick = Masz termin, ale nie potwierdzasz ustaleń. Podsumuj oba wątki i potwierdź je e-mailem.
    .disputed-too = Żądanie na pożegnanie w sprawie spornych stanowisk, zanim ktokolwiek sprawdził panel, przekreśla rozdzielenie, które właśnie uzgodniliście (dobre praktyki B2B).

date-hedged = Nie obiecam piątku, dopóki Tom tego nie zobaczy. Ma w tym tygodniu urwanie głowy.
    .callback-thursday = Rozumiem, to nie pani decyzja, a tydzień brzmi na ciężki. Może zadzwonię w czwartek 26 listopada o 14:00, po akceptacji pana Brennana, żeby potwierdzić termin?
    .dispute-close = W porządku. Podsumuję: 15 stanowisk jest zarejestrowanych jako reklamacja do zgłoszenia CS-48812, pan Brennan dostanie pisemną odpowiedź w ciągu pięciu dni roboczych, a nowa faktura na 45 stanowisk trafi do pani dziś. Proszę dać znać, kiedy pan Brennan ją zaakceptuje. Dziękuję za pomoc, pani Priyo.
    .push-friday = Faktura już jest po terminie. Proszę dopilnować, żeby w piątek była zapłacona.
date-hedged-why =
    .callback-thursday = Rozsądnie: ponowny kontakt po akceptacji, w zwykłych godzinach pracy.
    .dispute-close = Dobre zamknięcie sporu, ale bez terminu płatności części bezspornej. Telefon po akceptacji pomógłby utrzymać płatność w ruchu.
    .push-friday = Rozmówczyni powiedziała, że to nie jej decyzja; mocniejsze naciskanie, gdy część faktury jest sporna, nic nie da.

## Gdy rozmowa idzie źle

priya-frustrated = Szczerze? Zgłosiłam to we wrześniu, nikt nie odpowiedział, a teraz dzwonicie i ścigacie mnie o pieniądze, których nie jesteśmy winni. Pracuję tu za dwie osoby.
    .apologise-log = Ma pani rację i przepraszam: powinniśmy byli odpowiedzieć na zgłoszenie. Naprawmy to teraz. Jeszcze dziś rejestruję liczbę stanowisk jako formalną reklamację, z pisemną odpowiedzią dla pana Brennana w ciągu pięciu dni roboczych, a stanowiskami, których Państwo nie kwestionują, zajmiemy się osobno.
    .escalate-own = Rozumiem. Przekażę to Państwa opiekunowi klienta.
    .not-my-problem = To nie jest mój problem. Faktura jest po terminie.
    .solicitors = Jeśli nie zapłacą Państwo całości, przekażemy sprawę naszym prawnikom.
priya-frustrated-v2 = Słuchajcie, mam dziś sto spraw na głowie. Dwa miesiące temu mówiliśmy wam o stanowiskach. Dlaczego to mnie się ściga?
priya-frustrated-why =
    .apologise-log = Właściwa naprawa: przyznaj się do nieodpowiedzianego zgłoszenia, zarejestruj reklamację z terminem i oddziel część bezsporną.
    .escalate-own = Uprawnione wyjście, ale przekazujesz dalej problem, który możesz rozwiązać w tej rozmowie: zarejestruj reklamację i podziel fakturę.
    .not-my-problem = Niegrzecznie: zbywasz obciążenie i frustrację rozmówczyni (EMP-19) i jednocześnie naciskasz na zapłatę spornej faktury (dobre praktyki B2B).
    .solicitors = Straszenie prawnikami w sprawie spornej faktury klienta, którego chcesz zatrzymać, kosztuje relację (dobre praktyki B2B).

## Zakończenia

end-promise = Świetnie. Będę czekać na e-mail. Do widzenia.
end-promise-v2 = Doskonale, to mamy załatwione. Dziękuję, do widzenia.
end-dispute = Dobrze, dziękuję. Do usłyszenia.
end-callback = Czwartek o drugiej. Dobrze. Do widzenia.
end-escalated = Niech będzie. Do widzenia.
end-hangup = Nie mam na to czasu. (Rozłącza się.)
end-hangup-v2 = To koniec rozmowy. (Połączenie zostaje przerwane.)
