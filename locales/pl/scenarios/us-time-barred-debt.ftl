title = „Czy nadal możecie mnie pozwać?”: dług przedawniony
briefing = Pracujesz w { $creditor }, firmie skupującej wierzytelności, która kupiła od Harbor Federal zaległość z karty kredytowej { $debtor } na { $amount } (ostatni termin płatności { $due }). Dział prawny oznaczył sprawę jako przedawnioną: stanowy termin na wniesienie pozwu minął, więc dług można odzyskać tylko dobrowolnie. Zawiadomienie z informacjami o długu wysłano 5 października. Przy sprawach w tym wieku możesz zawrzeć ugodę z rabatem do 40% salda.
product = karta kredytowa Harbor Federal (spisana w straty w 2019 r.)

history-h1 = Wierzytelność kupiona od Harbor Federal Card Services. Opinia działu prawnego: przedawniona (minął stanowy termin na wniesienie pozwu). Nie pozywać i nie grozić pozwem.
history-h2 = Wysłano zawiadomienie z informacjami o długu do pani Ortiz (Columbus, Ohio).

## Początek rozmowy i weryfikacja

opening = Halo, Linda przy telefonie.
    .ask-for-linda = Dzień dobry, mówi { $agent } z Lakeshore Portfolio Services. Czy rozmawiam z panią Lindą Ortiz?
    .blurt-debt = Dzień dobry, mówi { $agent } z Lakeshore Portfolio Services, w sprawie starego zadłużenia na pani karcie Harbor Federal.
opening-v2 = Halo?
opening-why =
    .ask-for-linda = Dobrze: imię i firma, a potem upewniasz się, że to ona.
    .blurt-debt = Wspominasz o zadłużeniu na karcie, zanim wiesz, kto odebrał (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

linda-here = Tak, Linda Ortiz.
    .verify = Dziękuję. Zanim przejdę dalej: czy może pani potwierdzić datę urodzenia i kod pocztowy podany na koncie?
    .skip-verify = Świetnie. Chodzi o kartę Harbor Federal: do spłaty zostało { $amount }.
linda-here-why =
    .verify = Dobrze: weryfikacja danymi, które już masz w aktach, zanim padnie jakikolwiek szczegół sprawy.
    .skip-verify = Imię i nazwisko to nie weryfikacja. Najpierw potwierdź dane (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

verified = Czwarty maja siedemdziesiątego dziewiątego. 43205.
    .disclose-collector = Dziękuję. Dzwonię z firmy windykacyjnej. Chodzi o zadłużenie na karcie Harbor Federal, { $amount }, o którym pisaliśmy do pani w październiku.
    .no-disclosure = Dziękuję. Chodzi o zadłużenie na karcie Harbor Federal, { $amount }, o którym do pani pisaliśmy.
verified-why =
    .disclose-collector = Dobrze: zawiadomienie w aktach sprawia, że to kolejny kontakt, w którym trzeba powiedzieć, że dzwoni windykator (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .no-disclosure = Błąd krytyczny: w kolejnym kontakcie trzeba powiedzieć, że dzwoni windykator (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).

## „Możecie mnie pozwać?”

old-debt = Ta karta? To z 2018, 2019 roku. Myślałam, że po takim czasie nikt już nic nie może zrobić. Możecie mnie pozwać?
    .honest-no-suit = To uczciwe pytanie. Nie: ten dług jest za stary na pozew i nie pozwiemy pani ani nie będziemy tym grozić. Nadal może pani zdecydować się go spłacić, ale to pani wybór.
    .threaten-suit = Jeśli będzie trzeba, tak, możemy skierować sprawę do sądu.
    .never-expires = Długi się nie przedawniają, pani Ortiz. Nadal jest pani winna całą kwotę i można ją w pełni egzekwować.
    .dodge = Nie mogę udzielać porad prawnych.
old-debt-why =
    .honest-no-suit = Wzorowa odpowiedź: wprost i zgodnie z prawdą. Windykatorowi nie wolno pozywać ani grozić pozwem o dług przedawniony (12 CFR 1006.26(b)), a powiedzenie tego jasno sprawia, że reszta rozmowy jest uczciwa.
    .threaten-suit = Błąd krytyczny: sprawa jest przedawniona. Groźba pozwu to dokładnie to, czego zakazuje 12 CFR 1006.26(b), a do tego przeinacza status prawny długu (15 USC 1692e(2)(A), 1692e(5)).
    .never-expires = Błąd krytyczny: prawo do pozwu wygasło. „W pełni egzekwowalny” przeinacza status prawny długu (15 USC 1692e(2)(A); 12 CFR 1006.18(b)(2)).
    .dodge = To nie naruszenie, ale zadała pytanie o fakty, na które akta odpowiadają. Uchylając się, zostawiasz ją w przekonaniu, że pozew jest możliwy.

dodge-reply = Nie o to pytałam. Możecie mnie pozwać czy nie?
    .honest-no-suit = Ma pani rację, odpowiem. Nie: ten dług jest za stary na pozew i nie pozwiemy pani ani nie będziemy tym grozić. Spłata to pani wybór.
    .cant-rule-out = Niczego nie mogę wykluczyć.
dodge-reply-why =
    .honest-no-suit = Dobrze wybrnięte: jasna odpowiedź, choć dopiero za drugim razem.
    .cant-rule-out = „Niczego nie wykluczam” to ukryta groźba pozwu, którego nie można zgodnie z prawem wnieść (12 CFR 1006.26(b); 15 USC 1692e(5)).

linda-upset = Sąd? O coś z 2019 roku? Nie dam się zastraszyć.
    .withdraw = Przepraszam, to był błąd. Poprawię się: ten dług jest za stary na pozew i nie pozwiemy pani. Spłata to pani wybór.
    .double-down = To pani wybór: albo pani płaci, albo poniesie konsekwencje.
linda-upset-why =
    .withdraw = Dobrze wybrnięte: od razu i jasno prostujesz nieprawdę.
    .double-down = „Poniesie pani konsekwencje” przy długu przedawnionym to groźba działania, którego nie można zgodnie z prawem podjąć (12 CFR 1006.26(b); 15 USC 1692e(5)).

why-call = To po co w ogóle do mnie dzwonicie? A jeśli coś wpłacę, to termin zacznie biec od nowa?
    .honest-revival = Bo nadal może pani zdecydować się spłacić dług, a niektórzy chcą mieć sprawę zamkniętą. Co do terminu: w niektórych stanach wpłata może wpłynąć na termin przedawnienia, a ja nie mogę doradzać w sprawie prawa pani stanu. Bezpłatna pomoc prawna (legal aid) powie to pani, zanim pani zdecyduje. Tak czy inaczej, postanowiliśmy nie pozywać w tej sprawie.
    .nothing-changes = Nie, wpłata prawnie nic nie zmienia, proszę się nie martwić.
    .moral-duty = Bo to dług, który pani zaciągnęła, a spłacenie go to uczciwa rzecz.
why-call-why =
    .honest-revival = Wzorowa odpowiedź: prawda w obu punktach, bez porady prawnej, której nie możesz udzielić, i z bezpłatnym miejscem, gdzie można zapytać przed wpłatą.
    .nothing-changes = Nie wiesz tego: w niektórych stanach wpłata może przywrócić bieg przedawnienia. Zapewnienie, za którym nie możesz stanąć, wprowadza w błąd (15 USC 1692e(10)).
    .moral-duty = Nie jest to niezgodne z prawem, ale moralizowanie wobec klientki, która przed chwilą usłyszała od Ciebie, że nie można jej pozwać, to presja, a nie rozwiązanie.

thinking = Hm. W tym roku dostałam zwrot podatku. Jeśli coś wpłacę, to będzie koniec sprawy?
    .ask-budget = Może tak być. Żeby znaleźć coś, co naprawdę pani pasuje: ile zostało ze zwrotu i ile zostaje pani co miesiąc po czynszu i rachunkach?
    .quick-deal = Dziś mogę zaproponować specjalne warunki: 950 USD i sprawa zamknięta.
    .hold-advice = Proszę się nie spieszyć. Wstrzymam sprawę na dwa tygodnie i zanotuję, że zasięga pani porady; proszę zadzwonić pod ten numer, kiedy będzie pani gotowa.
thinking-why =
    .ask-budget = Dobrze: pytanie o dochody i wydatki przed jakąkolwiek kwotą.
    .quick-deal = Dwa błędy: kwota przed pytaniem o budżet i 60% rabatu przy uprawnieniu do 40%. Ustępstwo bez zgody wierzyciela to nadal ustępstwo.
    .hold-advice = Też dobrze: chce zasięgnąć porady; wstrzymanie sprawy na ten czas jest w porządku. Ustalenia mogą poczekać.

## Warunki

budget = Ze zwrotu zostało jakieś tysiąc pięćset. Miesięcznie, po czynszu i wszystkim, może sto dziesięć.
    .settle-mandate = Przy tym, co pani opisała, mogę zaproponować ugodę: 1428 USD, czyli 40% mniej, płatne do 30 listopada, jako ostateczne rozliczenie całej sprawy.
    .settle-deep = Wie pani co: 950 USD do 30. i uznajemy sprawę za zamkniętą.
    .full-now = Najprościej byłoby dziś wpłacić całe { $amount }.
budget-why =
    .settle-mandate = Dobrze: ugoda w granicach Twojego uprawnienia (40%), którą może zapłacić ze zwrotu, przedstawiona jako ostateczne rozliczenie.
    .settle-deep = 60% rabatu to więcej, niż możesz przyznać (40%): wierzyciel się na to nie zgodził. Najpierw zapytaj przełożonego albo zostań w granicach mandatu.
    .full-now = Przed chwilą powiedziała, że ma 1500 USD. Żądanie dziś całego salda to presja na jednorazową spłatę.

counter = Tyle nie dam rady. Mogłabym płacić { $counter-instalment } miesięcznie, { $counter-count } rat.
    .take-counter = Dobrze, tak może być: tak to ustawimy.
counter-why =
    .take-counter = Przyjęcie kontrpropozycji, na którą ją stać, jest właściwe.

refused = Nie, na to mnie nie stać. Nie wyczyszczę konta dla tej sprawy.
    .settle-mandate = Rozumiem. A ugoda na 1428 USD, 40% mniej, do 30 listopada, jako ostateczne rozliczenie?
    .hold-advice = W porządku. Wstrzymam sprawę na dwa tygodnie, żeby mogła pani to przemyśleć i zasięgnąć porady; proszę zadzwonić, kiedy będzie pani gotowa.
refused-why =
    .settle-mandate = Uczciwa druga propozycja, w granicach Twoich uprawnień i jej możliwości.
    .hold-advice = Też dobrze: żadnej presji przy długu, o który nie można jej pozwać.

settle-agreed = Dobrze. { $settlement } do { $by-date } i to koniec? Nikt już nie przyjdzie do mnie po resztę?
    .fnf-readback = Tak. Przeczytam dokładnie: kwota ugody, płatna do ustalonego dnia, jako ostateczne rozliczenie. Reszta salda zostaje umorzona, nie będziemy jej ściągać ani sprzedawać dalej. Jeszcze dziś wyślę potwierdzenie na piśmie, e-mailem i pocztą, a pani płaci dopiero, kiedy je dostanie: kartą przez naszą bezpieczną linię albo przelewem.
    .credit-boost = Tak! A pani ocena kredytowa od razu pójdzie w górę.
settle-agreed-why =
    .fnf-readback = Wzorowe zakończenie: warunki odczytane, „ostateczne rozliczenie” i los reszty salda wyjaśnione, na piśmie przed zapłatą, i sposoby płatności.
    .credit-boost = Nie możesz obiecać wyniku oceny kredytowej (15 USC 1692e(10)), a warunków nie odczytano ani nie potwierdzono na piśmie.

plan-agreed = Dobrze: { $instalment } { $every }, { $count } rat, od { $first-date }.
    .plan-readback = Zgadza się: kwota, co miesiąc, liczba rat i data pierwszej, tak jak pani powiedziała. Jeszcze dziś wyślę to na piśmie; może pani płacić online, telefonicznie przez naszą bezpieczną linię albo przelewem.
    .plan-bye = Świetnie, dziękuję. Miłego dnia.
plan-agreed-why =
    .plan-readback = Dobrze: warunki odczytane, potwierdzone na piśmie, sposoby płatności podane.
    .plan-bye = Uprzejmie, ale nic nie zostało odczytane ani potwierdzone na piśmie.

## Zakończenia

end-settled = Dobrze. Poczekam na list i wtedy zapłacę. Dziękuję za szczerość.
end-plan = Dobrze: { $agreed }. Proszę mi przysłać pismo.
end-hold = Dziękuję. W tym tygodniu zadzwonię do poradni prawnej i dam znać.
end-no-deal = Muszę to przemyśleć. Oddzwonię.
end-hangup = Nie będę tego słuchać. (Rozłącza się.)
