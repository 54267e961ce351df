title = Stary dług z katalogu: przedawniony
briefing = Pracujesz w Pennant Credit Services, firmie, która w 2021 roku kupiła tę wierzytelność z konta katalogowego { $creditor }. Według dokumentów { $debtor } jest winien { $amount }; konto zostało wypowiedziane po tym, jak nie zapłacił raty z terminem płatności { $due } ({ $days ->
        [one] { $days } dzień temu
        [few] { $days } dni temu
        [many] { $days } dni temu
       *[other] { $days } dnia temu
    }), a ostatnia wpłata wpłynęła w lipcu 2019 roku. Sprawa nigdy nie trafiła do sądu. Dłużnik mieszka w Manchesterze, w Anglii, gdzie termin przedawnienia takiego długu wynosi sześć lat. Jest wtorek, godzina 17:30. Obowiązuje rozdział 7 podręcznika FCA CONC, w tym CONC 7.15 o długach przedawnionych. Mów rzetelnie o prawach klienta: najlepszym wynikiem tej rozmowy może być prawidłowo zamknięte konto, a nie wpłata.
product = konto zakupów katalogowych

## Początek rozmowy

opening = Halo, Steve przy telefonie.
    .intro-ask = Dobry wieczór, nazywam się { $agent }, dzwonię z Pennant Credit Services. Czy rozmawiam z panem Stevenem Ashworthem?
    .blurt = Dobry wieczór, { $agent } z Pennant Credit Services, w sprawie pana starego konta katalogowego { $creditor }: do zapłaty pozostaje { $amount }.
opening-v2 = Halo?
opening-why =
    .intro-ask = Dobrze: imię i nazwa firmy, a do tego sprawdzasz, z kim rozmawiasz, nie mówiąc, w jakiej sprawie dzwonisz.
    .blurt = Naruszenie krytyczne: podajesz konto i saldo, zanim zweryfikujesz, kto odebrał (CONC 7.9.10R). Samo imię w słuchawce może należeć do kogokolwiek.

verify-ask = Tak, to ja. Skąd dzwonicie?
    .verify = Z Pennant Credit Services. Zanim przejdę dalej, czy może pan podać datę urodzenia i kod pocztowy?
    .skip = Z Pennant Credit Services. Chodzi o pana konto w { $creditor }: do zapłaty pozostaje { $amount }.
verify-ask-why =
    .verify = Wzorowa odpowiedź: weryfikacja danymi, które już masz w systemie, zanim zaczniesz rozmawiać o koncie (CONC 7.9.10R).
    .skip = Naruszenie krytyczne: „to ja” to nie weryfikacja (CONC 7.9.10R). Najpierw sprawdź datę urodzenia i kod pocztowy.

wary = Słucham? Kto mówi? Skąd macie ten numer?
    .verify-apologise = Przepraszam, najpierw należało to sprawdzić. Mówi { $agent } z Pennant Credit Services. Czy może pan podać datę urodzenia i kod pocztowy, żeby mieć pewność, że rozmawiam z właściwą osobą?
    .press = Pennant Credit Services. Od lat próbujemy się z panem skontaktować w sprawie tego salda. Kiedy pan zapłaci?
wary-why =
    .verify-apologise = Do ujawnienia już doszło (CONC 7.9.10R), ale to właściwa naprawa: przeproś i zweryfikuj tożsamość, zanim powiesz coś więcej.
    .press = Nadal nie wiesz, z kim rozmawiasz, a na rozsądne pytanie odpowiadasz żądaniem.

verified = Dwudziesty trzeci października siedemdziesiątego piątego, M19 2PL. O co chodzi?
    .explain-clearly = Dziękuję, panie Ashworth. W 2021 roku kupiliśmy wierzytelność z pana konta katalogowego { $creditor }. Według naszych danych saldo wynosi { $amount }, a ostatnia wpłata była w lipcu 2019 roku. Czy kojarzy pan to konto?
    .demand-full = Dziękuję. Na pana koncie w { $creditor } do zapłaty pozostaje { $amount }. Czy może pan dziś spłacić całość?
    .legal-recoveries = Dziękuję. Dzwonię z działu prawnego Pennant. Pana konto w { $creditor } na kwotę { $amount } jest przygotowywane do skierowania do sądu, chyba że dziś ustalimy spłatę.
verified-v2 = Dwudziesty trzeci, dziesiąty, siedemdziesiątego piątego. M19 2PL. Słucham.
verified-why =
    .explain-clearly = Wzorowa odpowiedź: fakty, łącznie z datą ostatniej wpłaty, od której zależą prawa klienta, i pytanie otwarte.
    .demand-full = Żądanie spłaty całego salda naraz, zanim usłyszysz cokolwiek od klienta, to nacisk na spłatę dużej kwoty (CONC 7.3.10R).
    .legal-recoveries = Naruszenie krytyczne: nie ma działu prawnego ani sprawy sądowej, a dług bez wpłaty od 2019 roku jest w Anglii przedawniony: nie można go dochodzić przed sądem. Przypisujesz sobie uprawnienia i przeinaczasz sytuację prawną (CONC 7.11.1R, 7.11.6R, 7.11.9R) oraz wprowadzasz klienta w błąd co do przedawnionego długu (CONC 7.15.4R).

## Stary dług

old-debt = Lakeside? Ten katalog? No proszę. Przestałem za to płacić, jak mnie zwolnili w 2019. To siedem lat temu. Myślałem, że to dawno przepadło.
    .ask-more = Zgadza się, ostatnia wpłata w naszych danych to lipiec 2019. Mogę zapytać, co było potem? Dostawał pan jakieś informacje w tej sprawie?
    .still-owed = Niestety samo nie zniknie. Jak chciałby pan to spłacić?
    .say-barred = Słusznie, to stara sprawa, i od razu powiem wprost: od wypowiedzenia umowy w 2019 roku, czyli od ponad sześciu lat, nic nie wpłacono ani nie uznano długu na piśmie, więc w Anglii ten dług jest przedawniony. Nie możemy dochodzić go od pana w sądzie. Niektórzy decydują się spłacić go dobrowolnie, ale to wyłącznie pana decyzja.
old-debt-v2 = Lakeside Home Shopping? Lata nie słyszałem tej nazwy. Nic na to nie płaciłem od 2019. Myślałem, że to umorzyli.
old-debt-why =
    .ask-more = Dobrze: potwierdzasz datę, o której wspomniał klient, i zadajesz pytanie otwarte. Pozwalasz mu dojść do pytania, które jest tu najważniejsze.
    .say-barred = To też wzorowa odpowiedź, i lepsza: firma, która wie, że dług jest przedawniony, mówi to klientowi, zanim o cokolwiek poprosi, zamiast czekać, aż sam o to zapyta (CONC 7.15.4R; Consumer Duty).
    .still-owed = Pomijasz datę, którą właśnie podał klient, a to najważniejszy fakt na tym koncie: siedem lat bez wpłaty.

limitation-q = Zaraz. Czy nie ma takiej zasady, że po sześciu latach nie mogą już człowieka ścigać? Szwagier coś takiego mówił.
    .explain-honestly = Słusznie pan pyta i powiem wprost. W Anglii i Walii taki dług przedawnia się po sześciu latach od wypowiedzenia umowy, jeśli od tego czasu nic nie wpłacono ani nie uznano go na piśmie. Pana ostatnia wpłata była w lipcu 2019 roku, a umowę wypowiedziano tego samego lata, więc ten dług jest przedawniony: nie możemy dochodzić go od pana w sądzie. W Anglii sam dług nadal istnieje i niektórzy decydują się spłacić go dobrowolnie, ale to wyłącznie pana decyzja; nie można pana zmusić do zapłaty przez sąd.
    .dodge = Niestety nie mogę udzielać porad prawnych. Saldo nadal figuruje jako nieuregulowane.
    .myth = To mit. Jeśli pan nie zapłaci, nadal możemy pozwać pana do sądu i uzyskać przeciwko panu wyrok (County Court Judgment).
    .clock-reset = To dotyczy tylko sytuacji, gdy nikt się nie upominał. Co roku wysyłaliśmy panu listy, więc termin liczy się od nowa.
limitation-q-v2 = Chwileczkę. Czy dług nie przedawnia się po sześciu latach? Gdzieś to czytałem.
limitation-q-why =
    .explain-honestly = Wzorowa odpowiedź: uczciwa odpowiedź na konkretne pytanie (CONC 7.15.4R): czym jest przedawnienie, że dotyczy tego długu i że zapłata to wybór klienta. Bez nacisku i bez wykrętów.
    .dodge = Wyjaśnienie, czym jest przedawnienie, to nie porada prawna; odmowa odpowiedzi zostawia klienta w błędzie co do jego praw (CONC 7.15.4R). Odpowiedz uczciwie, od razu.
    .myth = Naruszenie krytyczne: dług jest przedawniony; mówienie, że nadal możecie uzyskać wyrok, wprowadza klienta w błąd co do jego praw (CONC 7.15.4R, 7.15.7) i jest groźbą postępowania, którego nie możecie wszcząć (CONC 7.3.18R).
    .clock-reset = Naruszenie krytyczne: listy od firmy nie przerywają biegu przedawnienia; mogłaby to zrobić tylko wpłata albo podpisane przez klienta pisemne uznanie długu przed upływem terminu (Limitation Act 1980, sekcja 29(5), sekcja 30), a przedawnionego długu nic nie odnawia (sekcja 29(7)). Wymyślanie powodu, dla którego dług nadal miałby być wymagalny przed sądem, wprowadza klienta w błąd co do jego praw (CONC 7.15.4R).

limitation-push = Czyli nie powiecie mi? To nic nie zapłacę, dopóki nie będę wiedział, na czym stoję.
    .explain-now = Rozumiem i przepraszam, należy się panu konkretna odpowiedź. W Anglii, jeśli przez sześć lat nic nie wpłacono na taki dług, dług ulega przedawnieniu. Pana ostatnia wpłata była w lipcu 2019 roku, więc nie możemy dochodzić go od pana w sądzie. Czy cokolwiek pan zapłaci, zależy wyłącznie od pana.
    .insist = Stoi pan tak, że saldo jest nieuregulowane. Może pan dziś coś wpłacić?
limitation-push-why =
    .explain-now = Dobrze naprawione: uczciwa odpowiedź, prostymi słowami. Powinna była paść za pierwszym razem (CONC 7.15.4R).
    .insist = Klient dwa razy zadał konkretne pytanie o swoje prawa; odpowiedź żądaniem zapłaty zostawia go w błędzie (CONC 7.15.4R) i kończy rozmowę.

explained = Aha. Czyli nie możecie mnie pozwać. To po co w ogóle dzwonicie?
    .his-choice = Słuszne pytanie. Możemy zapytać, czy chciałby pan spłacić dług dobrowolnie, ale nie musi pan. Jeśli nie chce pan płacić, wystarczy to powiedzieć: zapiszę, że dług jest przedawniony i że nie zamierza pan go spłacać, i nie będziemy się już z panem w tej sprawie kontaktować. Jeśli nie jest pan pewien, bezpłatny doradca do spraw zadłużenia, na przykład w National Debtline albo Citizens Advice, może najpierw omówić to z panem.
    .moral-nudge = Bo pieniądze nadal są należne, a większość ludzi czuje się lepiej, kiedy spłaci długi. Tak byłoby uczciwie.
explained-why =
    .his-choice = Wzorowa odpowiedź: uczciwie mówisz, po co dzwonisz, jasno, że klient może odmówić i co się wtedy stanie, i wskazujesz bezpłatne doradztwo.
    .moral-nudge = Poczucie winy to też nacisk. Skoro klient przed chwilą usłyszał, że długu nie można dochodzić w sądzie, granie na jego sumieniu podważa uczciwą odpowiedź, którą dostał.

## Klient nie chce płacić

wants-to-close = To nie, nie chcę tego płacić. Chcę, żeby to zamknąć, i nie chcę więcej telefonów w tej sprawie.
    .log-close = Rozumiem. Zapisuję, że dług jest przedawniony i że nie zamierza go pan spłacać, kończę działania windykacyjne i zamykam sprawę: nie będzie więcej telefonów. Potwierdzimy to na piśmie. Czy kod pocztowy M19 2PL jest nadal aktualny? Dziękuję za poświęcony czas, panie Ashworth.
    .close-short = Dobrze, zamykam. Do widzenia.
    .try-discount = Zanim zamknę: moglibyśmy przyjąć 50%, czyli 692,10 funta, jako ostateczne rozliczenie. To dobra oferta.
wants-to-close-v2 = To nie płacę. Proszę to zapisać w systemie i skreślić mnie z listy.
wants-to-close-why =
    .log-close = Wzorowe zakończenie: zapisujesz decyzję klienta i jej podstawę, kończysz kontakt, o co prosił, i potwierdzasz to na piśmie na potwierdzony adres.
    .close-short = Właściwa decyzja, skromne zakończenie. Powiedz, co zapiszesz, potwierdź to na piśmie i podziękuj.
    .try-discount = Klient właśnie odmówił i poprosił, żeby przestać dzwonić; propozycja ugody to nacisk na spłatę dużej kwoty (CONC 7.3.10R) i lekceważenie jego prośby: skoro odmówił zapłaty przedawnionego długu, ponowna prośba o wpłatę narusza CONC 7.15.8. Do tego 50% rabatu to więcej niż 30%, na które pozwalają twoje uprawnienia bez zgody przełożonego: ustępstwo bez uprawnień.

## Klient zastanawia się nad spłatą

might-pay = Sam nie wiem. Trochę czuję, że byłem to winien, uczciwość to uczciwość. Jakbym coś wpłacił, to by załatwiło sprawę? Czego byście chcieli?
    .informed-options = To wyłącznie pana decyzja i nie ma pośpiechu. Jeśli zechce pan coś wpłacać, chodziłoby nam tylko o kwotę, na którą naprawdę pana stać, więc najpierw przejrzelibyśmy pana dochody i wydatki. Może pan też wziąć czas do namysłu, porozmawiać z bezpłatnym doradcą do spraw zadłużenia, na przykład w National Debtline albo Citizens Advice, i dać nam znać. Co pan woli?
    .grab-it = Świetnie. Jeśli dziś spłaci pan całe { $amount }, sprawa będzie zamknięta.
might-pay-why =
    .informed-options = Wzorowa odpowiedź: dobrowolna wpłata musi być świadomym wyborem i na miarę możliwości klienta. Proponujesz czas, doradztwo i analizę budżetu, a wybór zostawiasz jemu.
    .grab-it = Rzucanie się na całe saldo, gdy tylko klient się zawaha, to nacisk na spłatę dużej kwoty (CONC 7.3.10R), i to przy długu, którego nie można dochodzić w sądzie.

lump-reaction = Całość? Dzisiaj? Nie mam tysiąca czterystu funtów pod poduszką!
    .step-back = Oczywiście, przepraszam. Nie trzeba dziś niczego decydować. Wstrzymam działania na koncie, żeby mógł pan to spokojnie przemyśleć i, jeśli pan zechce, zasięgnąć porady.
    .credit-card = Może pan zapłacić kartą kredytową i rozłożyć to sobie na raty.
lump-reaction-why =
    .step-back = Dobrze naprawione: przeprosiny, zdjęcie presji i wstrzymanie działań na czas namysłu.
    .credit-card = Namawianie klienta, żeby się zadłużył, by spłacić przedawniony dług, to nacisk na spłatę z pożyczki (CONC 7.3.10R).

mull = Chyba jednak wezmę czas do namysłu. Proszę mi to przysłać na piśmie, a ja zadzwonię do tego doradcy.
    .hold-written = Dobry pomysł. Podsumuję: wstrzymuję działania na koncie i oznaczam dług jako przedawniony, więc nie będziemy do pana dzwonić. Wyślę list na kod M19 2PL z saldem, datą ostatniej wpłaty i wyjaśnieniem, co oznacza przedawnienie, a pan skontaktuje się z nami, jeśli i kiedy pan zdecyduje. Dziękuję, panie Ashworth.
    .plan-now = Ustawmy po prostu teraz 20 funtów miesięcznie, tak będzie prościej niż odbijać piłeczkę.
mull-why =
    .hold-written = Wzorowe zakończenie: wybór klienta uszanowany, działania wstrzymane i odnotowane, fakty na piśmie, podziękowanie.
    .plan-now = Klient poprosił o czas i poradę; zapisanie go mimo to na plan spłaty zamienia dobrowolny wybór w nacisk.

plan-agreed = Dobra. { $instalment } { $every }, od { $first-date }, byle już skończyć tę rozmowę.
    .confirm-plan = Powtórzę: 20 funtów miesięcznie, 70 rat, pierwsza 24 listopada, zleceniem stałym albo przez naszą stronę. Potwierdzę to na piśmie razem z informacjami o tym, jak stary jest ten dług; może pan to w każdej chwili zmienić albo przerwać.
    .just-end = Świetnie, to wszystko ustalone. Dziękuję, panie Ashworth.
plan-agreed-why =
    .confirm-plan = Jeśli plan zostaje ustalony, powtórz go i potwierdź na piśmie. Ale klient prosił o czas i poradę, a spłata przedawnionego długu musi być jego świadomym wyborem.
    .just-end = Nic nie zostało powtórzone ani potwierdzone na piśmie, a klient zgodził się na plan tylko po to, żeby skończyć rozmowę.

## Gdy rozmowa idzie źle

annoyed = Wiecie co, mam tego dość. Nie zapłacę ani pensa za rachunek z katalogu sprzed siedmiu lat.
    .calm-close = Ma pan do tego prawo i przepraszam, że ta rozmowa pana zdenerwowała. Zapiszę, że dług jest przedawniony i że nie zamierza go pan spłacać, i nie będziemy się już z panem w tej sprawie kontaktować.
    .ccj-threat = To spotkamy się w sądzie. Wyrok zostanie w pana historii kredytowej na sześć lat.
    .bailiffs = W takim razie przekażemy sprawę naszym pracownikom terenowym, którzy mogą przyjść pod pana adres.
annoyed-v2 = Mam dość. To sprzed siedmiu lat. Nie zapłacę.
annoyed-why =
    .calm-close = Właściwe zakończenie: szanujesz decyzję klienta, rzetelnie ją zapisujesz i kończysz kontakt.
    .ccj-threat = Naruszenie krytyczne: przedawnionego długu nie można dochodzić w sądzie. Straszenie wyrokiem wprowadza klienta w błąd co do jego praw (CONC 7.15.4R) i jest groźbą działania, którego nie możecie podjąć (CONC 7.3.18R).
    .bailiffs = Naruszenie krytyczne: sugerowanie wizyt egzekucyjnych przy przedawnionym długu, bez wyroku sądu, przeinacza sytuację prawną (CONC 7.11.1R, 7.11.6R, 7.11.9R) i wprowadza klienta w błąd co do jego praw (CONC 7.15.4R).

## Zakończenia

end-closed = Dobra. Dzięki, że powiedzieliście wprost. Do widzenia.
end-closed-v2 = No i dobrze. Dzięki. Do widzenia.
end-hold = Dobrze. Będę czekał na list. Do widzenia.
end-plan = Niech będzie, dwadzieścia miesięcznie. Do widzenia.
end-hangup = Proszę do mnie więcej nie dzwonić. (Rozłącza się.)
end-hangup-v2 = Nie będę tego słuchał. (Połączenie zostaje przerwane.)
