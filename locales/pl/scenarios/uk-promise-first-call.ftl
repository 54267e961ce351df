title = Rozmowa o zaległości: plan, którego da się dotrzymać
briefing = Pracujesz w dziale windykacji { $creditor }. Na karcie kredytowej klientki { $debtor } zaległość wynosi { $amount }: od { $due } nie wpłynęła żadna płatność, czyli od { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Listy i SMS pozostały bez odpowiedzi, a telefon w zeszłym tygodniu nie został odebrany. W Leeds jest 17:30. To regulowany kredyt konsumencki: obowiązują zasady FCA CONC 7 i Consumer Duty. Zweryfikuj rozmówczynię, zanim zaczniesz mówić o koncie, dowiedz się, co się stało, i uzgodnij plan, którego naprawdę da się dotrzymać; plan, który rozpadnie się po dwóch tygodniach, nikomu nie pomoże.
product = karta kredytowa Ashgrove Bank

history-arrears-letter = Wysłano pismo o zaległości: dwie nieopłacone spłaty minimalne, prośba o kontakt; w załączniku ulotka o bezpłatnym doradztwie dłużnym.
history-arrears-text = Wysłano SMS: „Prosimy o kontakt z Ashgrove Bank w sprawie karty kredytowej”.
history-no-answer = Telefon na numer komórkowy z kartoteki: nikt nie odebrał, bez wiadomości.

## Początek rozmowy

opening = Halo?
    .intro-verify = Dobry wieczór, mówi { $agent } z { $creditor }. Czy rozmawiam z panią Gemmą Doyle? Zanim powiem, w jakiej sprawie dzwonię, czy może Pani podać datę urodzenia i pierwszą linijkę adresu?
    .blurt-arrears = Dzień dobry, { $agent } z { $creditor }. Zaległość na Pani karcie kredytowej wynosi { $amount } i potrzebujemy wpłaty. Czy to pani Gemma?
opening-v2 = Halo, Gemma, słucham.
opening-why =
    .intro-verify = Tak trzeba: imię i nazwa banku, potem dwie dane identyfikacyjne, zanim padnie choć słowo o koncie (CONC 7.9.10R).
    .blurt-arrears = Naruszenie krytyczne: mówisz o zaległości, zanim wiesz, kto odebrał (CONC 7.9.10R), i zaczynasz od żądania. Najpierw weryfikacja.

gemma-wary = Chwileczkę, kto mówi? Skąd mam wiedzieć, że to naprawdę bank?
    .verify-now = Słuszne pytanie i przepraszam, nie tak należało zacząć. Może Pani zadzwonić na numer z odwrotu karty i poprosić o dział windykacji. Czy może Pani podać datę urodzenia i pierwszą linijkę adresu?
    .press-on = Przecież mówię, skąd dzwonię. Musimy dziś załatwić tę płatność.
gemma-wary-why =
    .verify-now = Dobra naprawa: uznajesz jej ostrożność, podajesz sposób sprawdzenia, że dzwonisz z banku, i weryfikujesz. Wcześniejsze ujawnienie nadal jednak liczy się na Twoją niekorzyść.
    .press-on = Ona pyta, czy w ogóle dzwoni bank; naciskanie brzmi jak oszustwo i pokazuje, że liczy się tylko zaległość.

verified = Tak, to ja. Chodzi o kartę? Wiem, że nie zapłaciłam kilku rat.
    .purpose-open = Dziękuję, pani Doyle. Tak, chodzi o kartę: zaległość wynosi { $amount }. Nie dzwonię z pretensjami. Chcę zrozumieć, co się stało, żebyśmy znaleźli rozwiązanie, które będzie dla Pani wykonalne.
    .purpose-demand = Tak. Zaległość wynosi { $amount } i trzeba ją uregulować w tym tygodniu.
verified-why =
    .purpose-open = Wzorowa odpowiedź: rzeczowo podajesz fakty i otwierasz rozmowę. Klientowi z zaległościami należy się wyrozumiałość i należyta uwaga (CONC 7.3.4R), a to zaczyna się od słuchania.
    .purpose-demand = Spłata całej zaległości w ciągu tygodnia to właśnie presja, której zakazuje CONC 7.3.10R (spłata jedną lub kilkoma dużymi kwotami, w nierozsądnie krótkim czasie).

gemma-explains = W sierpniu obcięli mi godziny w domu opieki. Zamiast czterech dni pracuję trzy. Od tamtej pory łatam jedną dziurę drugą i padło na kartę. Chcę to załatwić, tylko nie wiedziałam, co powiedzieć.
    .acknowledge-listen = Dziękuję, że mi Pani o tym mówi. To naprawdę trudna sytuacja i dobrze, że Pani odebrała. Jeden dzień pracy mniej w tygodniu to duży spadek. Przejdźmy przez to krok po kroku.
    .not-our-problem = Wielu ludziom obcina się godziny. Kartę i tak trzeba spłacać.
    .court-warning = Rozumiem, ale jeśli dziś nie ustalimy porządnej wpłaty, sprawa może trafić do sądu.
gemma-explains-why =
    .acknowledge-listen = Dobrze: odnosisz się do tego, co powiedziała, i zwalniasz. Tu zaczyna się należyta uwaga (CONC 7.3.4R).
    .not-our-problem = Zbycie spadku dochodów to przeciwieństwo należytej uwagi (CONC 7.3.4R) i krytyczny błąd w empatii.
    .court-warning = Wspominanie o sądzie, żeby wymusić „porządną” wpłatę od osoby, której właśnie spadły dochody, to groźba sądem w celu nacisku na spłatę ponad możliwości (CONC 7.3.18R).

opens-up = To co teraz? Całej kwoty nie wyczaruję.
    .income-expenditure = Nikt tego od Pani nie oczekuje. Sprawdźmy, ile co miesiąc wpływa i ile musi wyjść, żeby to, co ustalimy, było do dotrzymania. Ile wynosi Pani wypłata na rękę i czy w domu są jakieś inne dochody?
    .fixed-plan = Co powie Pani na sześć rat po 210 funtów miesięcznie, od przyszłego wtorku? Do maja będzie spłacone.
    .borrow-family = Czy ktoś z rodziny mógłby Pani pożyczyć pieniądze na spłatę?
opens-up-why =
    .income-expenditure = Wzorowa odpowiedź: sprawdzenie dochodów i wydatków przed podaniem jakiejkolwiek kwoty, żeby plan wynikał z jej możliwości (CONC 7.3.4R).
    .fixed-plan = Kwota przed jakimkolwiek pytaniem o budżet: nie wiesz, czy stać ją na 210 funtów miesięcznie. Najpierw dochody i wydatki.
    .borrow-family = Nakłanianie do pożyczki na spłatę wprost wymienia CONC 7.3.10R.

budget = Dobrze. Wypłaty mam teraz około tysiąca stu pięćdziesięciu miesięcznie, Universal Credit około trzystu, a Liam dokłada czterysta do domu. Czynsz osiemset dwadzieścia, podatek lokalny sto trzydzieści, do tego gaz i prąd, jedzenie, autobus, telefon, świetlica dla dzieci… Zostaje jakieś dziewięćdziesiąt, jeśli nic się nie zepsuje.
    .offer-affordable = Dziękuję, to bardzo jasne. Z tego, co Pani mówi, zostaje 90 funtów miesięcznie. Czy 14 rat miesięcznych po 90 funtów, pierwsza we wtorek 17 listopada, byłoby dla Pani w porządku? To spłaca całe saldo.
    .offer-stretch = A dałaby Pani radę 180 funtów miesięcznie? Za siedem miesięcy byłoby po wszystkim.
budget-why =
    .offer-affordable = Wzorowa odpowiedź: plan wynika z jej własnych liczb, mieści się w pełnomocnictwie i spłaca saldo. Upewnienie się („czy to w porządku?”) to część ustalania planu, którego da się dotrzymać.
    .offer-stretch = 180 funtów to dwa razy tyle, ile według niej zostaje. Jeśli się zgodzi, to obietnica, której nie dotrzyma.

counters = Nie dam rady. Szczerze mówiąc, mogłabym płacić { $counter-instalment } miesięcznie. To wszystko, co mi zostaje.
    .take-counter = W porządku. Zostańmy przy tym, na co Panią naprawdę stać.
    .check-budget = Sprawdźmy to razem. Może mi Pani powiedzieć, ile co miesiąc wpływa i ile wychodzi?
    .refuse-counter = Obawiam się, że to za mało. Potrzebujemy więcej.
counters-why =
    .take-counter = Dobrze: jej propozycja odpowiada jej możliwościom, a odrzucenie rozsądnej propozycji spłaty samo w sobie narusza zasady (CONC 7.14.10R).
    .check-budget = Rozsądnie: sprawdź kwotę w jej budżecie, zanim ją przyjmiesz.
    .refuse-counter = Odrzucenie rozsądnej propozycji spłaty bez należytego rozważenia narusza CONC 7.14.10R, a ona zaproponowała wszystko, co jej zostaje.

refuses = Nie, tego nie dam rady. Nie będę obiecywać czegoś, czego nie zapłacę.
    .rethink = Ma Pani rację i wolę, żeby Pani mi to powiedziała. Spójrzmy na to jeszcze raz.
    .callback-think = To uczciwe. Proszę się zastanowić i zajrzeć do informacji o bezpłatnym doradztwie dłużnym w naszym piśmie. Czy mogę oddzwonić w czwartek o wpół do szóstej?
refuses-why =
    .rethink = Dobrze: jest z Tobą szczera; wróć do jej liczb.
    .callback-think = Rozsądne wyjście awaryjne, ale była gotowa coś dziś ustalić.

budget-again = No dobrze. Co Państwo proponują?
    .callback-think = Nie spieszmy się. Proszę zajrzeć do informacji o bezpłatnym doradztwie dłużnym w naszym piśmie, a ja zadzwonię w czwartek o wpół do szóstej.
budget-again-why =
    .callback-think = Rozsądne wyjście awaryjne; jeśli możesz, ułóż warunki z jej liczb.

no-deal = Po prostu nie wiem, czy mogę się na to zobowiązać. Przepraszam.
    .callback-think = Nic się nie stało, wolę, żebyśmy to dobrze ustalili. Proszę zajrzeć do informacji o bezpłatnym doradztwie, na przykład StepChange albo Citizens Advice, a ja zadzwonię w czwartek o wpół do szóstej.
no-deal-why =
    .callback-think = Rozsądne zakończenie: żadnego planu nie do dotrzymania, termin kolejnej rozmowy i bezpłatna pomoc.

plan-stretch = No dobrze… { $agreed }. Jakoś to znajdę. Na czymś przytnę.
    .recheck = Zanim to ustalimy, chcę coś sprawdzić: to więcej niż 90 funtów, które według Pani zostają. To „jakoś” mnie niepokoi. Spójrzmy na to jeszcze raz, żeby był to plan, którego naprawdę Pani dotrzyma?
    .lock-it-in = Świetnie, w takim razie ustalone.
plan-stretch-why =
    .recheck = Wzorowa naprawa: „jakoś to znajdę” to zapowiedź niedotrzymanej obietnicy. Wróć do jej liczb.
    .lock-it-in = Zatwierdzasz plan, na który według niej jej nie stać. W sprawie wielorozmowowej to właśnie ta obietnica zostaje złamana.

plan-accepted = Tak, dam radę: { $agreed }.
    .read-back = Powtórzę, żebyśmy mieli to samo: kwota, jak często, ile rat i data pierwszej wpłaty. Zgadza się?
    .routes-writing = Dobrze. Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a dziś wyślę Pani warunki na piśmie. Czy mogę sprawdzić adres e-mail i numer komórki?
plan-accepted-why =
    .read-back = Dobrze: powtórz warunki, żebyście oboje mieli te same liczby.
    .routes-writing = Przydatne, ale najpierw powtórz warunki.

read-back-confirmed = Tak: { $instalment } { $every }, { $count ->
        [one] { $count } rata
        [few] { $count } raty
        [many] { $count } rat
       *[other] { $count } raty
    }, pierwsza { $first-date }. Zgadza się.
    .routes-writing = Dziękuję. Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a dziś wyślę Pani warunki na piśmie. Czy mogę sprawdzić adres e-mail i numer komórki?
    .card-now = Świetnie. A mogłaby Pani teraz wpłacić coś kartą, na dobry początek?
read-back-confirmed-why =
    .routes-writing = Wzorowa odpowiedź: sposoby płatności, potwierdzenie na piśmie, sprawdzone dane kontaktowe.
    .card-now = Właśnie zgodziła się na plan oparty na każdym funcie, jaki ma; proszenie teraz o więcej go podważa.

details = Dobrze. Jak mam płacić?
    .routes-writing = Może Pani płacić poleceniem zapłaty, w aplikacji albo przelewem, a dziś wyślę Pani warunki na piśmie. Czy mogę sprawdzić adres e-mail i numer komórki?
details-why =
    .routes-writing = Sposoby płatności i potwierdzenie na piśmie, jak zawsze; ale samych warunków nikt nie sprawdził.

close = To mój e-mail, a komórka ta sama. Dziękuję.
    .signpost-summarise = Dziękuję, pani Doyle. Podsumowując: plan, który ustaliliśmy, potwierdzę dziś na piśmie. Jeśli coś się zmieni, proszę dzwonić do nas przed terminem raty, a nie po nim. A gdyby chciała Pani bezpłatnej, niezależnej pomocy przy budżecie, StepChange, National Debtline i Citizens Advice pomagają za darmo. Dziękuję za rozmowę.
    .goodbye = Dziękuję, do widzenia.
close-why =
    .signpost-summarise = Wzorowe zakończenie: podsumowanie, co robić, gdy coś się zmieni (najlepsza ochrona przed niedotrzymaną obietnicą), bezpłatne doradztwo, podziękowanie.
    .goodbye = Nie mówisz jej, co robić, gdy sytuacja się zmieni, ani nie wskazujesz bezpłatnej pomocy.

gemma-defensive = Proszę posłuchać, ja nie jestem przestępczynią. Robię, co mogę.
    .apologise-reset = Ma Pani rację, przepraszam, źle to zabrzmiało. Zacznijmy od nowa: co się wydarzyło?
    .push-harder = To niech Pani zrobi, co może, i zapłaci, bo sprawa pójdzie do sądu.
gemma-defensive-why =
    .apologise-reset = Dobra naprawa: przeproś i wróć do słuchania.
    .push-harder = Groźba sądem jako nacisk (CONC 7.3.18R), a rozmowa się kończy.

## Zakończenia

end-plan = Dobrze. Dziękuję za ludzkie podejście. Do widzenia.
end-callback = Dobrze, to do czwartku. Do widzenia.
end-hangup = Nie będę tego słuchać. (Rozłącza się.)
