title = Poczta głosowa, oddzwonienie i płatność kartą
briefing = Pracujesz w Mesa Account Services, firmie windykacyjnej (jej nazwa handlowa tego nie zdradza), przy rachunku zleconym przez { $creditor }: udział własny { $debtor } w kosztach wizyty na izbie przyjęć, { $amount }, termin płatności { $due }. Nic jeszcze do niej nie dotarło: telefon 17 listopada został bez odpowiedzi, bez wiadomości, nie wysłano też żadnego pisma. Dziś wieczorem włącza się poczta głosowa. Zostaw wiadomość, która jest bezpieczna bez względu na to, kto ją odsłucha; jeśli oddzwoni, będzie to jej pierwszy kontakt z Wami.
product = wizyta na izbie przyjęć (udział własny pacjentki)
speaker-voicemail = Poczta głosowa

history-h1 = Połączenie wychodzące na numer komórkowy ze zlecenia, bez odpowiedzi. Nie zostawiono wiadomości.

## Poczta głosowa

voicemail = (Sygnał.) „Cześć, tu Tasha, zostaw wiadomość!”
    .limited-content = Dzień dobry, mówi { $agent } z Mesa Account Services. Proszę o telefon pod numer 480-555-0147, od poniedziałku do piątku, od 8 do 18. Dziękuję.
    .full-message = Wiadomość dla Tashy Greene od Mesa Account Services. Dzwoni windykator w celu odzyskania długu. Prosimy o kontakt w sprawie rachunku z Redwood Regional Medical Center na { $amount } pod numerem 480-555-0147.
    .vague-message = Prosimy o pilny kontakt w ważnej sprawie.
    .no-message = (Rozłączasz się bez wiadomości.)
voicemail-why =
    .limited-content = Wzorowa odpowiedź: wiadomość o ograniczonej treści (limited-content message, 12 CFR 1006.2(j)): nazwa firmy, która nie zdradza windykacji, prośba o kontakt, imię i nazwisko osoby, o którą pytać, i numer; proponowane godziny są dozwolone. Nie mówi nic o długu, więc kto ją odsłucha, niczego się nie dowie.
    .full-message = Błąd krytyczny: pocztę głosową komórki może odsłuchać każdy, kto ma telefon w ręku. Podanie długu, wierzyciela i kwoty ujawnia je, zanim wiesz, kto słucha (15 USC 1692c(b); 12 CFR 1006.6(d)(1)). Wiadomość o ograniczonej treści istnieje po to, żebyś nigdy nie musiał tego robić.
    .vague-message = Bez imienia, firmy i numeru: nie ma jak oddzwonić, a anonimowa „ważna sprawa” to nie jest rzetelne ujawnienie, kto dzwonił (15 USC 1692d(6)). To też nie jest wiadomość o ograniczonej treści (1006.2(j) wymaga imienia osoby i numeru).
    .no-message = Zgodne z prawem, ale to kolejna cicha próba. Wiadomość o ograniczonej treści daje szansę na oddzwonienie, niczego nie ujawniając.

end-no-message = (Rozłączasz się. Sprawa wraca do kolejki na następną próbę.)
end-no-callback = (Dziś wieczorem nikt nie oddzwania. Sprawa wraca do kolejki na następną próbę.)

## Oddzwania

callback = Dzień dobry, mam wiadomość od { $agent }, żeby zadzwonić pod ten numer?
    .verify-first = Tak, mówi { $agent }, dziękuję za telefon. Zanim powiem, w jakiej sprawie dzwonię, czy mogę prosić o imię i nazwisko, datę urodzenia i kod pocztowy, żeby mieć pewność, że rozmawiam z właściwą osobą?
    .disclose-now = Tak, dziękuję za telefon! Chodzi o pani rachunek z Redwood Regional Medical Center, { $amount }.
callback-why =
    .verify-first = Dobrze: osoba, która oddzwania, nie musi być dłużniczką (współlokatorka, partner). Najpierw weryfikacja.
    .disclose-now = Ktoś, kto oddzwania pod numer z wiadomości, nie jest jeszcze zweryfikowany. Najpierw weryfikacja (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

callback-angry = Tu Tasha Greene. Moja współlokatorka odsłuchała waszą wiadomość z mojego telefonu. Teraz wie o moim rachunku ze szpitala. Kim wy w ogóle jesteście?
    .apologise-verify = Bardzo panią przepraszam: ta wiadomość nigdy nie powinna była tego zawierać i zgłoszę to jako skargę. Nazywam się { $agent }. Zanim przejdziemy dalej, czy może pani potwierdzić datę urodzenia i kod pocztowy?
    .defend = Cóż, próbowaliśmy się z panią skontaktować już wcześniej.
callback-angry-why =
    .apologise-verify = Dobrze wybrnięte: przyznajesz się do błędu, zgłaszasz go i weryfikujesz, zanim zrobisz cokolwiek innego.
    .defend = Dług ujawniła Twoja wiadomość, nie ona. Bronienie tego kończy rozmowę.

verified = Tasha Greene, dwunasty czerwca dziewięćdziesiątego czwartego, 85281.
    .mm-and-notice = Dziękuję. Nazywam się { $agent }, dzwonię z Mesa Account Services, firmy windykacyjnej. Celem rozmowy jest odzyskanie długu, a uzyskane informacje zostaną wykorzystane w tym celu. Chodzi o pani rachunek z Redwood Regional Medical Center na { $amount }. W ciągu pięciu dni otrzyma pani pismo z informacjami o długu i o prawie do jego zakwestionowania.
    .no-mm = Dziękuję. Chodzi o pani rachunek z Redwood Regional Medical Center na { $amount }.
verified-why =
    .mm-and-notice = Dobrze: pełna formuła Mini-Mirandy w tym pierwszym kontakcie (15 USC 1692e(11); 12 CFR 1006.18(e)(1)) i zawiadomienie o długu w ciągu pięciu dni (15 USC 1692g(a); 12 CFR 1006.34(a)).
    .no-mm = Błąd krytyczny: jej telefon to pierwszy kontakt. Trzeba w nim powiedzieć, że dzwoni windykator w celu odzyskania długu i że informacje zostaną do tego wykorzystane (15 USC 1692e(11); 12 CFR 1006.18(e)(1)).

er-bill = A, izba przyjęć w marcu. Tak, ubezpieczenie zapłaciło swoją część, to mój udział, wiem. Dziś dostałam wypłatę. Mogę po prostu podać kartę i to spłacić?
    .check-afford = Dziękuję, to miłe. Zanim cokolwiek przyjmę: czy zapłata całych { $amount } dzisiaj zostawi pani dość na czynsz i rachunki w tym miesiącu? Możemy to też rozłożyć.
    .grab-it = Świetnie, to zamknijmy dziś całe { $amount }.
er-bill-why =
    .check-afford = Wzorowa odpowiedź: w dzień wypłaty proponuje wszystko; sprawdzasz, czy nie zabraknie jej pieniędzy, zanim to przyjmiesz.
    .grab-it = Przyjęcie całego salda od razu, bez pytania, czy ją na to stać, to prosta droga do tego, że zabraknie jej na czynsz i nie zapłaci kolejnego rachunku.

## Warunki

budget = Szczerze? Cała kwota to za dużo, zabraknie mi na czynsz. Teraz mam wolne jakieś czterysta, a miesięcznie może dwieście.
    .plan-fit = To nie róbmy tego. Co pani powie na sześć miesięcznych rat po 191,00 USD, pierwszą dziś kartą, a potem 20. dnia każdego miesiąca?
    .take-it-all = Mimo wszystko radzę zamknąć to dziś: jedna płatność i po sprawie.
budget-why =
    .plan-fit = Dobrze: plan w granicach 200 USD, które ma co miesiąc, spłacający saldo w pół roku, z pierwszą ratą dziś, tak jak chciała.
    .take-it-all = Przed chwilą powiedziała, że zabraknie jej na czynsz. Naciskanie mimo to na jednorazową spłatę to właśnie nierealne ustalenie, przed którym miało chronić pytanie o budżet.

counter = Całości dziś nie dam rady. Mogę płacić { $counter-instalment } miesięcznie, { $counter-count } rat.
    .take-counter = Tak może być. Tak to ustawimy.
    .insist-full = Naprawdę lepiej byłoby zamknąć to dziś.
counter-why =
    .take-counter = Dobrze: jej własna propozycja, na którą ją stać.
    .insist-full = Presja na jednorazową spłatę, na którą, jak sama mówi, jej nie stać.

refused = Nie, na to mnie nie stać.
    .plan-fit = Dobrze. A sześć miesięcznych rat po 191,00 USD, pierwsza dziś, potem 20. dnia każdego miesiąca?
    .call-later = To na dziś zostawmy. Zadzwonię we wtorek o 17:30, dobrze?
refused-why =
    .plan-fit = Realna druga propozycja.
    .call-later = Dopuszczalne, choć chciała załatwić to dziś.

full-accepted = Dobrze, całe { $amount } dzisiaj. Z czynszem będzie krucho, ale trudno. Podać numer karty?
    .check-rent = Chwileczkę: „z czynszem będzie krucho” to ważne. Nie zostawiajmy pani bez pieniędzy. Ile może pani dać dziś, a ile co miesiąc?
    .secure-line = Najpierw potwierdzę: jedna płatność na { $amount }, dziś, kartą. Przełączę panią na naszą bezpieczną linię płatności: wpisze pani numer karty na klawiaturze telefonu, więc nie usłyszę go, a numer nie trafi do nagrania. Potem dostanie pani potwierdzenie.
    .read-digits = Proszę: długi numer, data ważności i trzy cyfry z tyłu.
full-accepted-why =
    .check-rent = Dobrze wybrnięte: właśnie powiedziała, że zabraknie jej pieniędzy. Sprawdź, zanim przyjmiesz płatność.
    .secure-line = Bezpieczny sposób przyjęcia karty (PCI DSS: danych karty nie dyktuje się ani nie nagrywa; dobra praktyka): kwota i data potwierdzone, potem linia z klawiaturą. Ale powiedziała Ci, że zabraknie jej na czynsz.
    .read-digits = Numer karty i kod zabezpieczający podyktowane na głos trafiają do nagrania rozmowy i do Twoich notatek: PCI DSS zakazuje przechowywania kodu zabezpieczającego po autoryzacji. Użyj bezpiecznej linii z klawiaturą (dobra praktyka).

plan-accepted = Dobrze: { $instalment } { $every }, { $count } rat, pierwsza { $first-date }. Podać kartę na dzisiejszą?
    .secure-line = Najpierw odczytam warunki: kwota raty co miesiąc, liczba rat, pierwsza dziś, a potem tego samego dnia każdego miesiąca. Dzisiejszą płatność przyjmę przez naszą bezpieczną linię: wpisze pani numer karty na klawiaturze, więc nie usłyszę go, a numer nie trafi do nagrania.
    .read-digits = Proszę: długi numer, data ważności i trzy cyfry z tyłu.
    .store-card = Jasne, a kartę zapiszę w systemie i będę pobierać resztę, kiedy przyjdzie termin, żeby nie musiała pani o tym myśleć.
plan-accepted-why =
    .secure-line = Wzorowa odpowiedź: odczytujesz warunki, a potem przyjmujesz kartę przez linię z klawiaturą (PCI DSS; dobra praktyka).
    .read-digits = Numer karty i kod zabezpieczający podyktowane na głos trafiają do nagrania i do Twoich notatek: PCI DSS zakazuje przechowywania kodu zabezpieczającego po autoryzacji. Użyj bezpiecznej linii z klawiaturą (dobra praktyka).
    .store-card = Cykliczne obciążenia karty lub rachunku wymagają jej zgody na całą serię, na piśmie (przy karcie debetowej lub rachunku bankowym: Electronic Fund Transfer Act, 15 USC 1693e). „Kiedy przyjdzie termin” to nie jest zgoda, a warunków w ogóle nie odczytałeś.

paid-writing = Gotowe, przeszło. Dostanę coś na piśmie?
    .confirm-writing = Tak: e-mail z potwierdzeniem dzisiejszej spłaty całego salda i pismo o zamknięciu sprawy. Dziękuję, pani Greene.
    .bye = Wszystko załatwione. Miłego wieczoru.
paid-writing-why =
    .confirm-writing = Dobrze: potwierdzenie na piśmie i jasne zakończenie.
    .bye = Uprzejmie, ale bez potwierdzenia na piśmie.

plan-writing = Dobrze, dzisiejsza przeszła. Dostanę plan na piśmie?
    .confirm-writing = Tak: dziś wieczorem e-mail, a potem list z sześcioma ratami i ich terminami, z potwierdzeniem dzisiejszej wpłaty. Dziękuję, że pani oddzwoniła.
    .bye = Wszystko załatwione. Miłego wieczoru.
plan-writing-why =
    .confirm-writing = Dobrze: plan potwierdzony na piśmie i podziękowanie.
    .bye = Uprzejmie, ale nic na piśmie.

## Zakończenia

end-plan = Super: { $agreed }. Dzięki, kamień z serca.
end-paid = Dobrze. Dziękuję. Jakoś sobie poradzę z tym czynszem.
end-no-deal = Dobrze. Do widzenia.
end-hangup = Dajcie mi spokój. (Rozłącza się.)
