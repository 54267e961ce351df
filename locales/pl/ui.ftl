## Formaty

fmt-decimal-separator = ,
fmt-group-separator = {"\u00A0"}
# $number jest już pogrupowany; $code to kod waluty ISO 4217.
fmt-money = { $number }{"\u00A0"}{ $code ->
    [PLN] zł
    [EUR] €
   *[other] { $code }
}
fmt-date = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }

## Nazwy języków

lang-en = English
lang-pl = Polski

## Wyniki rozmowy (także wynik kontaktu w podsumowaniu)

outcome-promise-to-pay = Deklaracja spłaty
outcome-payment-plan = Uzgodniony plan spłaty
outcome-paid-in-full = Spłacono w całości
outcome-dispute-logged = Zarejestrowano zakwestionowanie należności
outcome-callback-scheduled = Umówiono ponowny kontakt
outcome-escalated = Przekazano wyżej
outcome-cease-contact = Wstrzymanie kontaktu
outcome-wrong-party = Niewłaściwa osoba
outcome-hung-up = Dłużnik się rozłączył
outcome-on-hold = Wstrzymanie windykacji
outcome-not-called = Bez połączenia
outcome-letter-sent = Wysłano pismo zamiast dzwonić

## Wymiary oceny

dimension-compliance = Zgodność z przepisami
dimension-empathy = Empatia
dimension-resolution = Rozwiązanie
dimension-documentation = Dokumentacja

## Negocjacje: warunki, uprawnienia, budżet, porozumienie (rdzeń i wiersz poleceń)

dimension-arrangement = Porozumienie
every-weekly = co tydzień
every-fortnightly = co dwa tygodnie
every-monthly = co miesiąc
terms-plan = Plan spłaty
terms-settlement = Ugoda
terms-extension = Odroczenie terminu
terms-in-full = Spłata całości
terms-plan-text = { $count ->
    [one] jednorazowa wpłata { $amount } w dniu { $first }
    [few] { $count } × { $amount } { $every }, pierwsza rata { $first }
    [many] { $count } × { $amount } { $every }, pierwsza rata { $first }
   *[other] { $count } × { $amount } { $every }, pierwsza rata { $first }
}
terms-settlement-text = { $amount } tytułem ugody, płatne do { $by }
terms-extension-text = całe saldo ({ $amount }) płatne do { $by }
terms-in-full-text = całe saldo ({ $amount }) płatne do { $by }
call-proposes = Mogę zaproponować: { $terms }.
mandate-summary = Twoje uprawnienia: raty co najmniej { $min }, najwyżej przez { $months } mies.; pierwsza wpłata w ciągu { $first } dni; bez zgody przełożonego rabat w ugodzie do { $discount } % i odroczenie do { $extension } dni. Wszystko ponad to wymaga zgody przełożonego.
cli-propose-hint = albo zaproponuj warunki: plan:KWOTA:LICZBA:weekly|fortnightly|monthly:RRRR-MM-DD, settle:KWOTA:RRRR-MM-DD, extend:RRRR-MM-DD, full:RRRR-MM-DD
budget-title = Co dłużnik powiedział o swoim budżecie (miesięcznie):
budget-business-title = Czego dowiedziałeś się o procesie płatności dłużnika:
budget-income = Dochody: { $items } (razem { $total })
budget-outgoings = Niezbędne wydatki: { $items } (razem { $total })
budget-priority = Długi priorytetowe: { $items } (razem { $total })
budget-available = Zostaje co miesiąc: { $amount }
budget-pay-now = Może zapłacić dziś: { $amount }
budget-runs = Przebiegi płatności: { $runs }
budget-approver = Płatności zatwierdza: { $who }
budget-cash = Może zapłacić w jednym przebiegu płatności: { $amount }
budget-undisputed = Niekwestionowana część faktury: { $amount }
budget-earnings = wynagrodzenie
budget-benefits = świadczenia
budget-pension = emerytura lub renta
budget-partner = wkład partnera
budget-other-income = inne dochody
budget-housing = czynsz lub rata kredytu
budget-utilities = gaz, prąd, woda
budget-food = jedzenie i dom
budget-transport = transport
budget-communications = telefon i internet
budget-childcare = opieka nad dziećmi i szkoła
budget-care-health = opieka i zdrowie
budget-insurance = ubezpieczenia
budget-council-tax = podatek lokalny (council tax)
budget-energy-arrears = zaległości za energię
budget-rent-arrears = zaległości czynszowe
budget-tax = podatki
budget-credit-instalments = bieżące raty kredytów
arrangement-yours = Twoje porozumienie
arrangement-best = Najlepsze porozumienie, które dłużnik udźwignie
arrangement-none = Nie uzgodniono warunków.
arrangement-no-best = Żadne porozumienie, które dłużnik udźwignie, nie mieści się w uprawnieniach: ta rozmowa wymaga przełożonego.
arrangement-sustainable = Do udźwignięcia: wymaga { $ask } przy { $capacity }, które dłużnikowi zostaje ({ $share } %).
arrangement-unsustainable = Nie do udźwignięcia: wymaga { $ask } przy { $capacity }, które dłużnikowi zostaje ({ $share } %); plan się załamie.
arrangement-lump-sustainable = Do udźwignięcia: { $ask } do { $date }, a do tego dnia dłużnik może mieć { $available }.
arrangement-lump-unsustainable = Nie do udźwignięcia: { $ask } do { $date }, a do tego dnia dłużnik może mieć tylko { $available }; wpłata nie nastąpi.
arrangement-breaks = Dłużnik nie zapłaci { $payment }. raty: miesięczny niedobór wcześniej wyczerpie to, co ma dziś.
arrangement-recovers = Odzyskuje { $amount } w okresie objętym uprawnieniami ({ $share } % najlepszego porozumienia).
breach-below-minimum = Poza Twoimi uprawnieniami: raty niższe niż { $min }.
breach-too-long = Poza Twoimi uprawnieniami: dłużej niż { $months } mies.
breach-first-too-late = Poza Twoimi uprawnieniami: pierwsza wpłata później niż { $first } dni od dziś.
breach-does-not-clear = Poza Twoimi uprawnieniami: raty nie pokrywają salda.
breach-discount = Poza Twoimi uprawnieniami: rabat w ugodzie powyżej { $discount } % wymaga zgody przełożonego.
breach-extension-too-long = Poza Twoimi uprawnieniami: odroczenie ponad { $extension } dni wymaga zgody przełożonego.
next-none = Nic więcej
next-callback = Oddzwonić
next-await-payment = Pilnować pierwszej wpłaty
next-send-letter = Napisać do dłużnika
next-review-dispute = Wyjaśnić zakwestionowanie
next-escalate = Przekazać wyżej
next-stop-contact = Wstrzymać kontakt
next-hold-account = Wstrzymać windykację
flag-dispute = Zakwestionowanie należności
flag-hardship = Trudności finansowe
flag-vulnerability = Klient szczególnie wrażliwy
flag-third-party = Udział osoby trzeciej
flag-cease = Żądanie zaprzestania kontaktu
wrap-title = Pola podsumowania
wrap-field-disposition = Wynik kontaktu
wrap-field-terms = Warunki porozumienia
wrap-field-next-action = Następny krok
wrap-field-next-date = Data następnego kroku
wrap-field-flags = Oznaczenia konta
wrap-field-notes = Notatki
wrap-expected = rozmowa wymagała: { $expected }
wrap-expected-none = brak
cli-wrap-next-action = Następny krok ({ $actions })
cli-wrap-next-date = Data następnego kroku (RRRR-MM-DD, puste = brak)
cli-wrap-flags = Oznaczenia konta po przecinku ({ $flags }; puste = brak)
app-dash-tamper-wrap-fields = podsumowanie nie ma pól strukturalnych, które zapis w tym formacie musi zawierać.
app-dash-tamper-case = to kolejna rozmowa w sprawie, ale to, co przejmuje, nie wynika z zapisu poprzedniej rozmowy.
cli-wrap-terms = Uzgodnione warunki (plan:KWOTA:LICZBA:CZĘSTOTLIWOŚĆ:DATA, …; puste = brak)

## Biblioteka

difficulty-easy = Łatwy
difficulty-medium = Średni
difficulty-hard = Trudny
jurisdiction-us = Stany Zjednoczone
jurisdiction-uk = Wielka Brytania
jurisdiction-pl = Polska
jurisdiction-eu = Unia Europejska
persona-hardship = Trudna sytuacja finansowa
persona-vulnerable = Klient szczególnie wrażliwy
persona-already-paid = „Już zapłaciłem”
persona-not-my-debt = „To nie mój dług”
persona-hostile = Zdenerwowany, wrogi dłużnik
persona-third-party = Odbiera osoba trzecia
persona-stop-calling = „Proszę do mnie nie dzwonić”
persona-represented = Dłużnik reprezentowany przez prawnika
persona-time-barred = Stary, być może przedawniony dług
persona-bad-time = Telefon w nieodpowiedniej porze
persona-b2b-it = Faktura IT dla firmy
severity-critical = Krytyczne
severity-major = Poważne
severity-minor = Drobne
rule-kind-law = Przepis prawa
rule-kind-guidance = Wytyczne regulatora
rule-kind-industry = Dobra praktyka branżowa

## Wyniki reguł

status-met = Spełniona
status-partial = Częściowo spełniona
status-missed = Niespełniona
status-broken = Naruszona
status-not-applicable = Nie dotyczy

## Rozmowa i omówienie

call-debtor-says = { $debtor }
call-you-say = Ty
call-silence = (cisza: skończył się czas na odpowiedź)
call-days-past-due = { $days ->
    [one] { $days } dzień po terminie
    [few] { $days } dni po terminie
    [many] { $days } dni po terminie
   *[other] { $days } dnia po terminie
}
call-local-time = Czas lokalny dłużnika: { $time }
call-choose = Wybierz 1–{ $count }:
call-timer = { $seconds } s na odpowiedź
call-ended = Rozmowa zakończona: { $outcome }.
debrief-title = Omówienie rozmowy
debrief-passed = ZALICZONA
debrief-failed = NIEZALICZONA
debrief-critical = Naruszono regułę krytyczną: rozmowa jest niezaliczona bez względu na pozostałe wyniki.
debrief-score = { $dimension }: { $score } / 100 (próg { $mark }) { $result }
debrief-rule-turn = tura { $turn }
debrief-rule-call-time = pora rozmowy
debrief-better = Lepsza odpowiedź:
debrief-your-path = Twoja ścieżka
debrief-best-path = Najlepsza ścieżka
wrapup-title = Podsumowanie rozmowy
wrapup-disposition = Wynik kontaktu
wrapup-notes = Notatki
cli-record-written = Zapisano przebieg sesji: { $path }
cli-record-failed = Nie udało się zapisać przebiegu sesji: { $error }
cli-unknown-scenario = Brak scenariusza „{ $id }” w { $root }.
cli-pick-out-of-range = „{ $pick }” nie jest jedną z opcji 1–{ $count }.
cli-seed = Ziarno losowania: { $seed }
cli-mood = [nastrój dłużnika: { $mood }/100]
cli-stay-silent = t = pozwól, by upłynął czas na odpowiedź

## App

app-title = callcoach
app-signed-in-as = { $role ->
    [trainer] Trener
    [coordinator] Koordynator
   *[trainee] Kursant
}: { $name }
app-checking = Sprawdzanie treści…
app-language = Język
app-font-size = Rozmiar tekstu
app-font-bigger = Większy tekst (Ctrl +)
app-font-smaller = Mniejszy tekst (Ctrl −)
app-dismiss = Zamknij
app-problems = Problemy w treści: { $errors ->
    [one] { $errors } błąd
    [few] { $errors } błędy
    [many] { $errors } błędów
   *[other] { $errors } błędu
}, { $warnings ->
    [one] { $warnings } ostrzeżenie
    [few] { $warnings } ostrzeżenia
    [many] { $warnings } ostrzeżeń
   *[other] { $warnings } ostrzeżenia
}
app-problems-show = Pokaż
app-problems-hide = Ukryj
app-signin-title = Logowanie
app-signin-intro = Proszę przećwiczyć rozmowy windykacyjne, a następnie zapoznać się z ich omówieniem. Wyniki są zapisywane pod podanym imieniem i nazwiskiem.
app-trainee = Imię i nazwisko lub identyfikator
app-trainee-hint = np. Anna Kowalska lub T-1042
app-trainee-needed = Aby kontynuować, proszę podać imię i nazwisko lub identyfikator.
app-mode = Tryb
app-mode-practice = Ćwiczenie: nastrój dłużnika jest widoczny
app-mode-exam = Egzamin: nastrój dłużnika jest ukryty
app-signin = Dalej
app-keys-hint = Klawisze: Tab przechodzi między elementami, Enter lub spacja naciska przycisk, F2 zmienia język, Ctrl + i Ctrl − zmieniają rozmiar tekstu.
app-library-title = Scenariusze
app-sign-out = Wyloguj
app-resume-offer = Jedna rozmowa nie została dokończona: { $title }, przerwana przed turą { $turn }.
app-resume = Wznów rozmowę
app-discard = Odrzuć ją
app-resume-failed = Nie można wznowić niedokończonej rozmowy: { $error }
app-filter-all = Wszystkie
app-filter-jurisdiction = Jurysdykcja
app-filter-difficulty = Poziom trudności
app-library-empty = Żaden scenariusz nie spełnia tych kryteriów.
app-card-difficulty = Poziom trudności: { $value }
app-card-jurisdiction = Jurysdykcja: { $value }
app-card-best = Najlepszy wynik: { $score } / 100, { $result } ({ $attempts ->
    [one] { $attempts } próba
    [few] { $attempts } próby
    [many] { $attempts } prób
   *[other] { $attempts } próby
})
app-card-not-tried = Jeszcze nie podjęto próby
app-card-broken = Uszkodzony: ta wersja scenariusza zawiera błędy.
app-play = Rozpocznij
app-play-key = Rozpocznij ({ $key })
app-play-named = { $action }: { $title }
app-play-last-good = Rozpocznij ostatnią poprawną wersję
app-not-playable = Nie można rozpocząć
app-error-not-playable = Nie można rozpocząć scenariusza „{ $id }”.
app-error-call = Rozmowy nie można kontynuować: { $error }
app-journal-failed = Przebieg tej rozmowy nie jest zapisywany na bieżąco ({ $error }); rozmowa toczy się dalej w pamięci.
app-card-product = Produkt:
app-card-amount = Kwota:
app-card-due = Termin płatności:
app-mood = Nastrój dłużnika: { $mood } / 100
app-mood-hidden = Tryb egzaminu: nastrój dłużnika jest ukryty.
app-briefing = Wprowadzenie
app-seed = Ziarno { $seed }
app-leave-call = Opuść rozmowę (można ją wznowić)
app-leave-assigned-call = Opuść rozmowę i wróć do platformy szkoleniowej (bez wyniku)
app-your-answer = Odpowiedź:
app-countdown = Pozostało { $seconds } s na odpowiedź
app-call-keys = Klawisze 1–9 wybierają odpowiedź. Gdy czas minie, milczenie zostanie odnotowane i ocenione.
app-wrapup-disposition-help = Proszę wybrać wynik kontaktu, czyli to, jak zakończyła się rozmowa.
app-wrapup-notes-help = Proszę opisać, co ustalono i jakie są dalsze kroki (oceniane jako dokumentacja).
app-wrapup-notes-hint = np. Klientka straciła pracę w sierpniu; ustalono 200 zł miesięcznie od 1 grudnia; wysłany zostanie list.
app-wrapup-submit = Zapisz i przejdź do omówienia
app-wrapup-skip = Pomiń podsumowanie
app-wrapup-keys = Klawisze: 1–9 wybierają kod (poza polem notatek), Ctrl+Enter zapisuje.
app-back-to-library = Powrót do scenariuszy (L)
app-try-again = Spróbuj ponownie (R)
app-return-to-lms = Wróć do platformy szkoleniowej (L)
app-score-line = próg { $mark }: { $result }
app-verdict = Wynik ogólny: { $result } ({ $score } / 100)
app-debrief-preparing = Przygotowywanie omówienia…
app-paths = Przebyta ścieżka i najlepsza ścieżka
app-rewind = Wróć tutaj
app-rewind-help = Rozegraj rozmowę ponownie od tej decyzji, z zachowaniem wszystkiego, co było wcześniej.
app-best-path-score = Najlepsza ścieżka uzyskuje { $score } / 100.
app-rules = Reguły
app-citation = Źródło: { $citation }
app-debrief-keys = Klawisze: R – nowa próba, L – powrót do scenariuszy; Tab i Enter pozwalają dotrzeć do każdego przycisku.
app-quote = „{ $text }”
app-role = Rola
app-role-trainee = Kursant
app-role-trainee-help = Rozgrywaj rozmowy ćwiczebne i egzaminacyjne oraz czytaj ich omówienia.
app-role-trainer = Trener
app-role-trainer-help = Sprawdzaj scenariusze w trakcie edycji, oglądaj graf rozmowy, testuj od dowolnego węzła, uruchamiaj losowe przejścia.
app-role-coordinator = Koordynator
app-role-coordinator-help = Przeglądaj wyniki wszystkich kursantów, ich sesje, najczęściej łamane reguły i wybierane odpowiedzi.
app-playtest-banner = Test od węzła „{ $node }”: bez zapisu wyniku.
app-back-to-trainer = Powrót do widoku trenera (L)
app-playtest-again = Testuj ponownie (R)
app-back-to-dashboard = Powrót do panelu (L)

## App: negotiation step, account card, wrap-up fields, arrangement debrief

app-terms-asks = To { $amount } miesięcznie.
app-mandate-title = Twoje uprawnienia
app-mandate-min = Najniższa rata
app-mandate-months = Najdłuższy plan
app-mandate-first = Pierwsza wpłata w ciągu
app-mandate-discount = Rabat w ugodzie
app-mandate-extension = Odroczenie terminu
app-mandate-beyond = Wszystko ponad te granice wymaga zgody przełożonego.
app-months = { $months ->
    [one] { $months } miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}
app-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
app-percent = { $percent } %
app-date-hint = RRRR-MM-DD
app-budget-hidden = Budżet dłużnika pojawi się tutaj, gdy zapytasz o jego dochody i wydatki.
app-terms-title = Zaproponuj warunki
app-terms-help = Ułóż warunki, które proponujesz, a dłużnik na nie odpowie; możesz też wybrać jedną z odpowiedzi pod rozmową.
app-terms-propose = Zaproponuj te warunki
app-terms-field-amount = Rata
app-terms-field-every = Jak często
app-terms-field-count = Liczba rat
app-terms-field-first = Pierwsza wpłata
app-terms-field-settle-amount = Kwota ugody
app-terms-field-settle-by = Płatne do
app-terms-field-extend-to = Nowy termin płatności
app-terms-field-full-by = Płatne do
app-terms-day-earlier = Dzień wcześniej
app-terms-day-later = Dzień później
app-terms-not-a-date = wpisz datę jako RRRR-MM-DD
app-terms-bad-amount = { $field }: wpisz kwotę, np. 60,00 lub 60.00.
app-terms-bad-count = { $field }: wpisz liczbę całkowitą.
app-terms-bad-date = { $field }: wpisz datę jako RRRR-MM-DD, np. 2026-11-24.
app-terms-invalid = Tych warunków nie można zaproponować: { $why }
app-terms-why-before-call = pierwsza wpłata wypada przed dzisiejszą rozmową.
app-terms-why-too-far = data jest odległa o ponad dziesięć lat.
app-terms-why-instalment = rata musi być kwotą dodatnią, z najwyżej dwoma miejscami po przecinku.
app-terms-why-count = plan może mieć od 1 do 600 rat.
app-terms-why-settlement = kwota ugody musi być dodatnia, z najwyżej dwoma miejscami po przecinku.
app-terms-why-settlement-balance = ugoda musi być niższa niż saldo; całe saldo zaproponuj jako spłatę całości.
app-terms-why-kind = dłużnik nie rozmawia teraz o takich warunkach.
app-terms-why-not-now = na tym etapie rozmowy dłużnik nie rozmawia o warunkach.
app-wrap-choose = Wybierz…
app-wrap-choose-next-action = Proszę wybrać następny krok na koncie.
app-wrap-bad-next-date = Data następnego kroku: proszę wpisać datę jako RRRR-MM-DD albo zostawić pole puste.
app-wrap-next-date-help = puste = brak
app-wrap-terms-none = Bez porozumienia
app-wrap-terms-agreed = Uzgodniono takie porozumienie:
app-debrief-arrangement = Porozumienie

## Coordinator dashboard

app-dash-title = Panel koordynatora
app-dash-loading = Wczytywanie i sprawdzanie zapisów sesji…
app-dash-loaded = { $sessions ->
    [one] Wczytano i przeliczono jeden zapis sesji
    [few] Wczytano i przeliczono { $shown } zapisy sesji
    [many] Wczytano i przeliczono { $shown } zapisów sesji
   *[other] Wczytano i przeliczono { $shown } zapisów sesji
} w { $seconds } s
app-dash-reload = Wczytaj ponownie
app-dash-empty = W { $path } nie ma jeszcze zapisów sesji. Tu pojawiają się zakończone rozmowy; aby przejrzeć całą grupę, uruchom aplikację z --data-dir wskazującym wspólny folder grupy.
app-dash-export = Eksport CSV
app-dash-export-help = Zapisz widoczne sesje (z zastosowanymi filtrami) jako plik CSV do arkusza kalkulacyjnego.
app-dash-exported = { $count ->
    [one] Wyeksportowano jedną sesję
    [few] Wyeksportowano { $count } sesje
    [many] Wyeksportowano { $count } sesji
   *[other] Wyeksportowano { $count } sesji
} do { $path }
app-dash-export-failed = Nie udało się zapisać eksportu: { $error }
app-dash-search = Kursant
app-dash-search-hint = imię i nazwisko lub ID
app-dash-scenario = Scenariusz
app-dash-jurisdiction = Jurysdykcja
app-dash-from = Od
app-dash-to = Do
app-dash-date-hint = RRRR-MM-DD
app-dash-date-invalid = Daty wpisuj jako RRRR-MM-DD, np. 2026-11-01.
app-dash-flagged-only = Tylko oznaczone
app-dash-all = Wszystkie
app-dash-tab-overview = Przegląd
app-dash-tab-trainees = Kursanci × scenariusze
app-dash-tab-rules = Łamane reguły
app-dash-tab-answers = Wybierane odpowiedzi
app-dash-tab-problems = Problemy ({ $count })
app-dash-stat-sessions = Sesje
app-dash-stat-trainees = Kursanci
app-dash-stat-pass-rate = Zaliczone
app-dash-stat-tampered = Zmienione ręcznie
app-dash-stat-unavailable = Brak wersji scenariusza
app-dash-stat-corrupt = Uszkodzone pliki
app-dash-histogram = Wyniki ogólne (zaliczone na zielono, niezaliczone na czerwono)
app-dash-histogram-bar = { $from }–{ $to }: zaliczone { $passed }, niezaliczone { $failed }
app-dash-trend = Tydzień po tygodniu
app-dash-trend-mean = średni wynik
app-dash-trend-pass = % zaliczonych
app-dash-trend-point = Tydzień od { $week }: { $sessions ->
    [one] jedna sesja
    [few] { $sessions } sesje
    [many] { $sessions } sesji
   *[other] { $sessions } sesji
}, średni wynik { $mean }, zaliczonych { $rate } %
app-dash-no-figures = Żadna wiarygodna sesja nie spełnia tych filtrów.
app-dash-top-rules = Najczęściej łamane reguły
app-dash-top-wrong = Najczęściej wybierane błędne odpowiedzi
app-dash-broken-of = złamana w { $broken } z { $sessions ->
    [one] jednej sesji
    [few] { $shown } sesji
    [many] { $shown } sesji
   *[other] { $shown } sesji
} ({ $pct } %)
app-dash-picked = wybrana { $count ->
    [one] raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } razy
} ({ $pct } % wizyt)
app-dash-col-trainee = Kursant
app-dash-col-scenario = Scenariusz
app-dash-col-attempts = Próby
app-dash-col-best = Najlepszy
app-dash-col-last = Ostatni
app-dash-col-passed = Zaliczenie
app-dash-col-trend = Trend
app-dash-col-history = Wyniki
app-dash-view-list = Lista
app-dash-view-grid = Siatka
app-dash-grid-legend = W każdej komórce najlepszy wynik; pusta: brak prób. Kliknij komórkę, aby zobaczyć sesje.
app-dash-sort-help = Kliknij, aby posortować; kliknij ponownie, aby odwrócić kolejność.
app-dash-passed-last = Zaliczone
app-dash-passed-before = Zaliczone wcześniej
app-dash-passed-never = Jeszcze nie
app-dash-flagged-badge = { $count ->
    [one] jedna zmieniona
    [few] { $count } zmienione
    [many] { $count } zmienionych
   *[other] { $count } zmienionych
}
app-dash-sessions-of = Sesje: { $trainee }, „{ $scenario }”
app-dash-select-row = Wybierz wiersz, aby zobaczyć jego sesje.
app-dash-open = Otwórz
app-dash-standing-verified = Zweryfikowana
app-dash-standing-tampered = Zmieniona ręcznie
app-dash-standing-version-unavailable = Brak wersji scenariusza
app-dash-answers-none = Przy tych filtrach nikt nie rozegrał tego scenariusza.
app-dash-node-visits = { $count ->
    [one] osiągnięty raz
    [few] osiągnięty { $count } razy
    [many] osiągnięty { $count } razy
   *[other] osiągnięty { $count } razy
}
app-dash-never-reached = nigdy nieosiągnięty
app-dash-wrong = błędna odpowiedź
app-dash-wrong-help = Łamie regułę krytyczną albo w większości rozmów, w których ją wybrano, złamała regułę.
app-dash-timeout = (milczenie: minął czas na odpowiedź)
app-dash-corrupt-title = Uszkodzone lub nieczytelne pliki (pominięte)
app-dash-flagged-title = Sesje, których wynikom nie można ufać
app-dash-no-problems = Brak uszkodzonych plików i oznaczonych zapisów.
app-dash-back = Powrót do panelu
app-dash-mode-practice = ćwiczenie
app-dash-mode-exam = egzamin
app-dash-agent = (kursant)
app-dash-session-meta = { $date } { $time } · { $lang } · { $mode } · ziarno { $seed }
app-dash-tampered-note = Zmieniona ręcznie: { $reason } Statystyki panelu pomijają tę sesję.
app-dash-tamper-scores = zapis podaje { $stored } / 100, a przebieg rozmowy daje { $actual } / 100.
app-dash-tamper-ending = zapisane zakończenie nie jest tym, na którym kończy się przebieg rozmowy.
app-dash-tamper-shown = odpowiedzi, które rzekomo były do wyboru, nie są tymi, które daje ziarno losowania.
app-dash-tamper-unfinished = przebieg rozmowy urywa się przed jej końcem.
app-dash-tamper-no-replay = odpowiedzi nie da się odtworzyć w tym scenariuszu ({ $error }).
app-dash-recomputed = Poniższe wyniki przeliczono z przebiegu rozmowy; nie pochodzą z zapisu.
app-dash-unavailable-note = Wersja scenariusza wskazana w tym zapisie jest niedostępna, więc wyników nie można przeliczyć; pokazano je w zapisanej postaci.
app-dash-transcript = Przebieg rozmowy
app-dash-replay-failed = Nie można odtworzyć przebiegu rozmowy: { $error }
app-dash-stored-turn = { $turn }. { $node } → { $pick }

## Dashboard: arrangements per trainee

app-dash-arr-title = Uzgodnione warunki spłaty
app-dash-arr-none = W żadnej z wybranych rozmów nie uzgodniono warunków spłaty.
app-dash-arr-help = Spośród rozmów, w których uzgodniono warunki: odsetek ugód, które dłużnik jest w stanie dotrzymać, odsetek ugód ponad jego możliwości oraz odsetek wykraczających poza uprawnienia konsultanta (ugoda może być realna dla dłużnika, a mimo to niedozwolona).
app-dash-arr-calls = Rozmowy
app-dash-arr-agreed = Uzgodnione warunki
app-dash-arr-sustainable = Realne do spłaty
app-dash-arr-unsustainable = Ponad możliwości
app-dash-arr-outside-mandate = Poza uprawnieniami
app-dash-arr-cohort = Cała grupa
app-trainer-deal-title = Finanse, uprawnienia i najlepsza ugoda
app-trainer-deal-balance = Kwota zadłużenia: { $amount }
app-trainer-deal-capacity = Dłużnik może spłacać { $amount } miesięcznie.
app-trainer-deal-no-finances = Scenariusz nie podaje finansów dłużnika, więc nie da się ocenić, czy go stać na spłatę.
app-trainer-deal-no-mandate = Scenariusz nie określa uprawnień konsultanta: wszystkie warunki uznaje się za dozwolone.
app-trainer-deal-no-best = Żadna realna do spłaty ugoda nie mieści się w uprawnieniach.
app-trainer-deal-step = Etap negocjacji
app-trainer-deal-step-help = Tutaj kursant może zamiast wybrać odpowiedź zaproponować własne warunki spłaty; dłużnik reaguje według reguł scenariusza.
app-trainer-deal-kinds = Możliwe warunki:
app-trainer-deal-tags = Propozycja liczy się jako:
app-trainer-deal-offer = Proponuje:
app-trainer-deal-takes-counter = Przyjmuje kontrpropozycję dłużnika.
app-trainer-deal-sustainable = realna do spłaty
app-trainer-deal-unsustainable = ponad możliwości
app-trainer-deal-in-mandate = w granicach uprawnień
app-trainer-deal-out-of-mandate = poza uprawnieniami
app-trainer-deal-walk = Warunki uzgodnione w przebiegach
app-trainer-deal-walk-none = bez ugody: { $pct } %
app-trainer-deal-walk-sustainable = realne do spłaty: { $pct } %
app-trainer-deal-walk-unsustainable = ponad możliwości: { $pct } %
app-trainer-deal-walk-outside = poza uprawnieniami: { $pct } %
app-trainer-deal-legend = Negocjacja (zaproponowane, oferowane lub przyjęte warunki)
app-dash-arr-proposed = (własna propozycja warunków)


## Trainer view

app-trainer-scenarios = Scenariusze
app-trainer-errors = { $count ->
    [one] { $count } błąd
    [few] { $count } błędy
    [many] { $count } błędów
   *[other] { $count } błędu
}
app-trainer-warnings = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
    [many] { $count } ostrzeżeń
   *[other] { $count } ostrzeżenia
}
app-trainer-never-compiled = brak poprawnej wersji
app-trainer-fit = Pokaż całość
app-trainer-graph-help = Przeciągnij lub przewiń, aby przesunąć; Ctrl + kółko myszy, aby powiększyć; kliknij węzeł, aby go obejrzeć.
app-trainer-not-compiled = Ten scenariusz nie ma jeszcze poprawnej wersji, więc nie ma grafu do pokazania: popraw błędy wymienione poniżej.
app-trainer-last-good = Plik po edycji zawiera błędy: graf pokazuje jego ostatnią poprawną wersję.
app-trainer-exploring = Wyszukiwanie węzłów osiągalnych w rozmowie…
app-trainer-all-reachable = Każdy węzeł jest osiągalny.
app-trainer-unreachable = { $count ->
    [one] Jeden węzeł jest nieosiągalny (przerywana pomarańczowa ramka).
    [few] { $count } węzły są nieosiągalne (przerywana pomarańczowa ramka).
    [many] { $count } węzłów jest nieosiągalnych (przerywana pomarańczowa ramka).
   *[other] { $count } węzła jest nieosiągalnych (przerywana pomarańczowa ramka).
}
app-trainer-explore-truncated = Przeszukiwanie przerwano po wyczerpaniu limitu: część z nich może jednak być osiągalna.
app-trainer-graph-size = { $nodes ->
    [one] { $nodes } węzeł
    [few] { $nodes } węzły
    [many] { $nodes } węzłów
   *[other] { $nodes } węzła
}, { $edges ->
    [one] { $edges } krawędź
    [few] { $edges } krawędzie
    [many] { $edges } krawędzi
   *[other] { $edges } krawędzi
}
app-trainer-laying-out = Rozmieszczanie grafu…
app-trainer-legend-say = Kwestia
app-trainer-legend-branch = Rozgałęzienie
app-trainer-legend-end-good = Zakończenie zaliczające
app-trainer-legend-end-bad = Zakończenie niezaliczające
app-trainer-legend-start = Początek
app-trainer-legend-unreachable = Nieosiągalny
app-trainer-legend-critical = Łamie regułę krytyczną
app-trainer-legend-loop = Powrót
app-trainer-node-answers = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
app-trainer-node-routes = { $count ->
    [one] { $count } trasa
    [few] { $count } trasy
    [many] { $count } tras
   *[other] { $count } trasy
}
app-trainer-start = początek
app-trainer-diagnostics = Diagnostyka
app-trainer-diagnostics-count = { $errors ->
    [one] { $errors } błąd
    [few] { $errors } błędy
    [many] { $errors } błędów
   *[other] { $errors } błędu
}, { $warnings ->
    [one] { $warnings } ostrzeżenie
    [few] { $warnings } ostrzeżenia
    [many] { $warnings } ostrzeżeń
   *[other] { $warnings } ostrzeżenia
}
app-trainer-all-files = Wszystkie pliki
app-trainer-no-diagnostics = Brak błędów i ostrzeżeń w plikach tego scenariusza.
app-trainer-no-diagnostics-all = Brak błędów i ostrzeżeń w całej bibliotece.
app-trainer-balance = Wyważenie:
app-trainer-winnable = można zaliczyć
app-trainer-not-winnable = nie można zaliczyć
app-trainer-losable = można nie zaliczyć
app-trainer-not-losable = nie można nie zaliczyć
app-trainer-critical-reachable = można złamać regułę krytyczną
app-trainer-critical-unreachable = nie można złamać żadnej reguły krytycznej
app-trainer-best-score = najlepszy możliwy wynik { $score } / 100
app-trainer-search-truncated = (przeszukiwanie przerwano po wyczerpaniu limitu: wyniki mogą być niepełne)
app-trainer-no-scenario = Wybierz scenariusz z listy po lewej.
app-trainer-node = Węzeł
app-trainer-no-node = Kliknij węzeł grafu, aby zobaczyć jego kwestię, odpowiedzi i to, dokąd prowadzą, oraz rozpocząć od niego test.
app-trainer-kind-say = Kwestia
app-trainer-kind-branch = Rozgałęzienie
app-trainer-kind-end = Zakończenie
app-trainer-reached-from = Prowadzą tu:
app-trainer-on-entry = Przy wejściu:
app-trainer-variants = { $count ->
    [one] oraz { $count } inne sformułowanie
    [few] oraz { $count } inne sformułowania
    [many] oraz { $count } innych sformułowań
   *[other] oraz { $count } innego sformułowania
}
app-trainer-choices = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
app-trainer-shown-if = Dostępna tylko, gdy { $condition }
app-trainer-critical-choice = Ta odpowiedź łamie regułę krytyczną.
app-trainer-critical-tag = Łamie regułę krytyczną.
app-trainer-timeout = Milczenie po { $seconds } s
app-trainer-branch-help = Rozmowa idzie pierwszą trasą, której warunek jest spełniony:
app-trainer-otherwise = w przeciwnym razie
app-trainer-outcome = Zakończenie: { $outcome }, wynik za rozwiązanie { $score } / 100 (próg { $mark })
app-trainer-playtest-title = Test od tego węzła
app-trainer-no-variables = Ten scenariusz nie ma zmiennych stanu.
app-trainer-start-value = (na początku { $value })
app-trainer-reset-state = Przywróć wartości początkowe
app-trainer-fixed-seed = Stałe ziarno
app-trainer-playtest = Testuj od „{ $node }”
app-trainer-playtest-help = Rozmowa zaczyna się od tego węzła z tymi wartościami. Nie jest zapisywana; po jej opuszczeniu wrócisz tutaj.
app-trainer-walk = Losowe przejścia
app-trainer-walk-help = Rozgrywa wiele rozmów z losowo wybieranymi odpowiedziami i ocenia każdą: jak łatwo zaliczyć scenariusz przypadkiem i które kwestie nigdy nie padają?
app-trainer-walk-runs = Przejścia:
app-trainer-walk-seed = Ziarno:
app-trainer-walk-run = Uruchom przejścia
app-trainer-walking = Przejścia scenariusza „{ $title }”: { $done } z { $runs }…
app-trainer-walk-stale = Scenariusz zmienił się od tych przejść: uruchom je ponownie.
app-trainer-walk-summary = { $runs ->
    [one] Jedno przejście
    [few] { $shown } przejścia
    [many] { $shown } przejść
   *[other] { $shown } przejścia
}, ziarno { $seed }, { $ms } ms
app-trainer-pass-rate = Zaliczone: { $rate } %
app-trainer-breaches = { $count ->
    [0] Żadne przejście nie złamało reguły krytycznej.
    [one] Jedno przejście złamało regułę krytyczną ({ $rate } %).
    [few] { $shown } przejścia złamały regułę krytyczną ({ $rate } %).
    [many] { $shown } przejść złamało regułę krytyczną ({ $rate } %).
   *[other] { $shown } przejścia złamało regułę krytyczną ({ $rate } %).
}
app-trainer-stuck = { $count ->
    [one] Jedno przejście utknęło (ślepy zaułek albo pętla bez końca).
    [few] { $shown } przejścia utknęły (ślepy zaułek albo pętla bez końca).
    [many] { $shown } przejść utknęło (ślepy zaułek albo pętla bez końca).
   *[other] { $shown } przejścia utknęło (ślepy zaułek albo pętla bez końca).
}
app-trainer-spread = Rozkład wyników
app-trainer-spread-line = średnio { $mean }, od { $min } do { $max }, próg { $mark }: zaliczone { $rate } %
app-trainer-band = { $range }: { $count ->
    [one] jedno przejście
    [few] { $shown } przejścia
    [many] { $shown } przejść
   *[other] { $shown } przejścia
}
app-trainer-outcomes = Zakończenia
app-trainer-best-run = Najlepsza rozmowa: { $score } / 100, { $result }, { $outcome } (ziarno { $seed })
app-trainer-worst-run = Najgorsza rozmowa: { $score } / 100, { $result }, { $outcome } (ziarno { $seed })
app-trainer-path = Ścieżka ({ $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
})
app-trainer-all-reached = W tych przejściach osiągnięto każdy węzeł.
app-trainer-unreached = { $count ->
    [one] Jeden węzeł nie został osiągnięty w żadnym przejściu:
    [few] { $count } węzły nie zostały osiągnięte w żadnym przejściu:
    [many] { $count } węzłów nie zostało osiągniętych w żadnym przejściu:
   *[other] { $count } węzła nie zostało osiągniętych w żadnym przejściu:
}

## Historia konta i decyzja przed połączeniem (rdzeń i wiersz poleceń)

history-title = Historia konta
history-empty = Przed tą rozmową nic nie odnotowano.
history-when = { $date }, { $time }
history-call = Połączenie { $direction }: { $reached }
history-call-outcome = Połączenie { $direction }: { $reached } ({ $outcome })
history-direction-outbound = wychodzące
history-direction-inbound = przychodzące
history-reached-debtor = rozmowa z dłużnikiem
history-reached-third-party = odebrała inna osoba
history-reached-no-answer = nikt nie odebrał
history-reached-voicemail = poczta głosowa
history-reached-wrong-number = błędny numer
history-sent = { $channel } wysłany
history-received = { $channel } otrzymany
history-reply = { $message } w odpowiedzi na wpis z { $date }
history-channel-letter = List
history-channel-email = E-mail
history-channel-text = SMS
history-promise = Deklaracja: { $terms }
history-payment = Otrzymana wpłata: { $amount }
history-missed = Brak wpłaty w ramach deklaracji z { $date }
history-on-file = W aktach: { $tags }
history-carried = Twoje notatki z poprzedniej rozmowy
desk-title = Zanim zadzwonisz
desk-local-time = Czas lokalny dłużnika: { $weekday }, { $date }, { $time }
desk-calls-in-week = Połączenia w ostatnich 7 dniach: { $count }
desk-last-conversation = Ostatnia rozmowa: { $date } ({ $days ->
    [one] { $days } dzień temu
    [few] { $days } dni temu
    [many] { $days } dni temu
   *[other] { $days } dnia temu
})
desk-no-conversation = W aktach nie ma rozmowy z dłużnikiem.
desk-first-contact = W aktach nie ma wcześniejszej komunikacji: to byłby pierwszy kontakt.
desk-holiday = Dziś jest dzień ustawowo wolny od pracy: { $holiday }.
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
cli-case-call = rozmowa { $step } z { $count }
cli-case-next = Dalej: rozmowa { $step } w tej sprawie. Zagraj ją poleceniem: { $command }
cli-case-resumed = Kontynuujesz przerwaną rozmowę: wykonane ruchy: { $turns }.

## Holidays

holiday-pl-new-year = Nowy Rok
holiday-pl-epiphany = Święto Trzech Króli
holiday-pl-easter-sunday = Wielkanoc
holiday-pl-easter-monday = Poniedziałek Wielkanocny
holiday-pl-labour-day = Święto Pracy
holiday-pl-constitution-day = Święto Konstytucji 3 Maja
holiday-pl-pentecost = Zielone Świątki
holiday-pl-corpus-christi = Boże Ciało
holiday-pl-assumption = Wniebowzięcie Najświętszej Maryi Panny
holiday-pl-all-saints = Wszystkich Świętych
holiday-pl-independence-day = Narodowe Święto Niepodległości
holiday-pl-christmas-eve = Wigilia Bożego Narodzenia
holiday-pl-christmas-day = Boże Narodzenie (pierwszy dzień)
holiday-pl-second-day-of-christmas = Boże Narodzenie (drugi dzień)
holiday-uk-new-year = Nowy Rok
holiday-uk-good-friday = Wielki Piątek
holiday-uk-easter-monday = Poniedziałek Wielkanocny
holiday-uk-early-may = Majowy dzień wolny (początek maja)
holiday-uk-spring = Wiosenny dzień wolny (koniec maja)
holiday-uk-summer = Letni dzień wolny (koniec sierpnia)
holiday-uk-christmas-day = Boże Narodzenie
holiday-uk-christmas-day-substitute = Boże Narodzenie (dzień zastępczy)
holiday-uk-boxing-day-substitute = Drugi dzień świąt (dzień zastępczy)


## App: desk and cases

app-desk-decide = Twoja decyzja
app-desk-keys = Naciśnij 1–9, aby zdecydować. Numer nie zostanie wybrany, dopóki nie zdecydujesz się zadzwonić.
app-history-show = Pokaż historię konta
app-history-hide = Ukryj historię konta
app-cases-title = Sprawy
app-library-scenarios = Pojedyncze rozmowy
app-case-calls = { $count ->
    [one] { $count } rozmowa
    [few] { $count } rozmowy
    [many] { $count } rozmów
   *[other] { $count } rozmowy
} na jednym koncie
app-case-start = Rozpocznij sprawę
app-case-continue = Kontynuuj sprawę (rozmowa { $call })
app-case-not-open = W sprawie { $case } nie ma już rozmowy do przeprowadzenia.
app-case-next = Następna rozmowa w tej sprawie (N)
app-case-see-end = Jak zakończyła się sprawa (N)
app-case-call-over = Rozmowa { $call } z { $total } zakończona.
app-case-open-next = Otwórz konto przed rozmową { $call } (Enter)
app-case-over = Sprawa jest zamknięta.
app-case-keys = Klawisze: Enter otwiera konto przed następną rozmową, L – powrót do scenariuszy (sprawa tam poczeka).
app-case-keys-end = Klawisze: L – powrót do scenariuszy.
app-history-no-notes = Brak notatek z tej rozmowy.

## issue 17: forge

app-dash-standing-unsigned = Niepodpisana
app-dash-standing-no-key = Brak klucza grupy
app-dash-standing-duplicate = Duplikat
app-dash-stat-not-counted = Niewliczone
app-dash-tamper-mac = podpis się nie zgadza: po rozmowie zmieniono któreś pole (kursanta, tryb, datę…) albo zapis podpisano kluczem innej grupy.
app-dash-tamper-mac-missing = zapisy w tym formacie są zawsze podpisane, a z tego podpis usunięto.
app-dash-unsigned-note = Zapis sprzed wprowadzenia podpisów (format { $format }): odpowiedzi dają się odtworzyć, ale kursant, tryb i daty nie są z nimi związane. Koordynator może go podpisać poleceniem „callcoach seal”.
app-dash-no-key-note = Ten zapis jest podpisany, ale w folderze danych brakuje pliku cohort.key albo nie da się go odczytać, więc podpisu nie można sprawdzić.
app-dash-duplicate-note = Kopia pliku { $file }, który liczy się raz; ten plik się nie liczy.
app-dash-not-counted = Statystyki panelu pomijają tę sesję.
app-dash-synthetic = syntetyczna
app-dash-synthetic-mix = Ta grupa łączy { $synthetic ->
    [one] { $synthetic } sesję syntetyczną
    [few] { $synthetic } sesje syntetyczne
    [many] { $synthetic } sesji syntetycznych
   *[other] { $synthetic } sesji syntetycznej
} z { $real ->
    [one] { $real } prawdziwą
    [few] { $real } prawdziwymi
    [many] { $real } prawdziwymi
   *[other] { $real } prawdziwej
}: jej statystyki nie opisują prawdziwej grupy.

## issue 17: records
cli-record-printed = Przebieg ({ $id }) wypisano powyżej na standardowe wyjście: zapisz go jako plik .json w folderze records w folderze danych, aby go zachować.
cli-record-not-printed = Nie udało się też wypisać przebiegu: { $error }
cli-record-journal-kept = Dziennik rozmowy zachowano w { $path }: wznów rozmowę (w aplikacji albo poleceniem play --case, jeśli należy do sprawy), a przebieg zostanie zapisany, gdy folder znów będzie zapisywalny.
cli-record-no-journal = Rozmowa nie była też zapisywana w dzienniku, więc wypisany przebieg jest jedyną kopią.
app-record-kept = Nie udało się zapisać przebiegu sesji: { $error }. Dziennik rozmowy zachowano w { $path }: gdy folder znów będzie zapisywalny, zaloguj się ponownie i wznów rozmowę, a przebieg zostanie zapisany.
app-resume-other-version = Ta niedokończona rozmowa toczyła się w wersji { $version } scenariusza { $scenario }, a biblioteka ma teraz wersję { $now }: nie można jej wznowić na innej treści. Odrzuć ją albo przywróć tamtą wersję, aby ją dokończyć.
app-resume-in-use = Ta rozmowa jest otwarta w innym oknie lub sesji: kontynuuj tam albo najpierw ją zamknij.

## issue 17: lead
app-dash-tamper-dates = jego daty wykraczają poza lata 1000–9999 albo kończy się przed rozpoczęciem: żadna rozmowa ich nie wytworzyła.

## issue 16: cmi5
cmi5-course-title = callcoach: rozmowy ćwiczeniowe

## issue 16: source
app-dash-source = Zapisy z LRS { $source }, sprawdzone kluczem grupy z tego folderu danych.
app-dash-source-failed = Nie udało się odczytać zapisów z LRS { $source }: { $error }. Naciśnij „Wczytaj ponownie”, aby spróbować jeszcze raz.

## issue 13: c13code
# Imię dzwoniącego, gdy `callcoach play` nie dostaje --agent.
default-agent-name = Kursant

## issue 15: prog15 (program szkoleń: ścieżki, przydziały, lejek, opanowanie reguł; rdzeń, wiersz poleceń i aplikacja)
programme-status-not-started = Nierozpoczęte
programme-status-in-progress = W toku
programme-status-overdue = Zaległe
programme-status-completed = Ukończone
programme-col-assignment = Przydział
programme-col-work = Ścieżka lub scenariusz
programme-col-due = Termin
programme-col-assigned = Przydzielone
programme-col-trainee = Kursant
programme-col-rule = Reguła
programme-col-attempts = Próby
programme-col-drills = Ćwiczenia
programme-col-kept = Zachowana
programme-col-last = Ostatnio
programme-col-trend = Trend
programme-trend-up = poprawa
programme-trend-down = pogorszenie
programme-trend-flat = bez zmian
programme-trend-unknown = za mało prób
programme-no-assignments = Nie ma jeszcze przydziałów.
programme-no-tracks = Nie ma jeszcze ścieżek.
programme-mastery-empty = Nie ma jeszcze sprawdzonych rozmów.
programme-assigned-to = Przydzielone: { $trainee }
programme-nothing-assigned = Nic nie jest przydzielone.
programme-due-on = termin { $date }
programme-steps-done = ukończono { $done } z { $total ->
    [one] { $total } kroku
    [few] { $total } kroków
    [many] { $total } kroków
   *[other] { $total } kroku
}
programme-step-done = ukończony
programme-step-next = następny
programme-attempts = { $count ->
    [one] { $count } próba
    [few] { $count } próby
    [many] { $count } prób
   *[other] { $count } próby
}
programme-completed-on = Ukończono { $date }
programme-completed-late = Ukończono { $date }, po terminie
programme-rule-passed = zalicz raz
programme-rule-passed-exam = zalicz raz w trybie egzaminu
programme-rule-passed-practice = zalicz raz w trybie ćwiczenia
programme-rule-score = uzyskaj co najmniej { $score } pkt
programme-rule-no-critical = bez złamania reguły krytycznej { $count ->
    [one] w ostatniej próbie
    [few] w ostatnich { $count } próbach
    [many] w ostatnich { $count } próbach
   *[other] w ostatnich { $count } próby
}
app-programme-assigned-title = Przydzielone Tobie
app-programme-due = Termin: { $date }
app-programme-start-next = Rozpocznij następny krok
app-programme-needs-exam = Liczy się tylko w trybie egzaminu: wybierz go przy logowaniu.
app-programme-free-library = Cała biblioteka
app-programme-unreadable = Nie można odczytać programu szkolenia: { $error }
app-dash-tab-assignments = Przydziały
app-prog-view-edit = Ścieżki i przydziały
app-prog-view-funnel = Lejek
app-prog-view-mastery = Opanowanie reguł
app-prog-reload = Wczytaj program ponownie
app-prog-unreadable = Nie można odczytać pliku programu; popraw go (callcoach programme check) i wczytaj ponownie:
app-prog-save-failed = Nie zapisano:
app-prog-conflict-ours = { $kind } „{ $id }”: zmieniono tutaj i jednocześnie gdzie indziej; zapisano Twoją wersję.
app-prog-conflict-kept-theirs = { $kind } „{ $id }”: usunięto tutaj, ale ktoś inny w międzyczasie wprowadził zmiany; zostaje jego wersja.
app-prog-conflict-kept-ours = { $kind } „{ $id }”: ktoś inny usunął w międzyczasie, ale tutaj wprowadzono zmiany; zostaje Twoja wersja.
app-prog-kind-track = Ścieżka
app-prog-kind-group = Grupa
app-prog-kind-assignment = Przydział
app-prog-new-track = Nowa ścieżka
app-prog-title = Tytuł
app-prog-title-pl = Tytuł po polsku
app-prog-optional = opcjonalnie
app-prog-step = Krok
app-prog-pick = Wybierz…
app-prog-case-named = Sprawa: { $title }
app-prog-rule = Ukończony, gdy
app-prog-add-step = Dodaj krok
app-prog-remove = Usuń
app-prog-remove-step = Usuń krok { $n }
app-prog-save-track = Zapisz ścieżkę
app-prog-saved-track = Zapisano ścieżkę „{ $id }”.
app-prog-new-group = Nowa grupa
app-prog-group-name = Nazwa
app-prog-trainees = Kursanci
app-prog-trainees-hint = imiona i nazwiska, rozdzielone przecinkami
app-prog-save-group = Zapisz grupę
app-prog-saved-group = Zapisano grupę „{ $id }”.
app-prog-assign = Przydziel
app-prog-work = Ścieżka lub scenariusz
app-prog-track-named = Ścieżka: { $title }
app-prog-groups = Grupy
app-prog-due = Termin
app-prog-assign-button = Przydziel
app-prog-saved-assignment = Zapisano przydział „{ $id }”.
app-prog-assignments = Przydziały
app-prog-remove-assignment = Usuń przydział { $id }
app-prog-tracks = Ścieżki
app-prog-removed-assignment = Usunięto przydział „{ $id }”.
app-prog-assigned-count = { $count ->
    [one] { $count } kursant
    [few] { $count } kursantów
    [many] { $count } kursantów
   *[other] { $count } kursanta
}
app-prog-overdue-note = po terminie
app-prog-per-trainee = Według kursantów
app-prog-mastery-good = zachowana w co najmniej 80 %
app-prog-mastery-mid = 50–79 %
app-prog-mastery-bad = poniżej 50 %
app-prog-mastery-legend = Każda komórka: odsetek rozmów i ćwiczeń, w których reguła została zachowana, oraz trend trzech ostatnich (↑ poprawa, ↓ pogorszenie, → bez zmian). Najedź kursorem, aby zobaczyć szczegóły.
app-prog-mastery-cell = { $trainee }, { $rule }: zachowana w { $kept } z { $attempts } (ćwiczenia: { $drills }); ostatnio: { $last }; { $trend }
## Certyfikaty ukończenia ścieżki (crates/core/src/certificate/): strona do druku i odznaka
## Open Badges.
cert-title = Certyfikat ukończenia
cert-awarded = Certyfikat otrzymuje
cert-completed = za ukończenie ścieżki szkoleniowej
cert-col-scenario = Scenariusz
cert-col-version = Wersja
cert-col-rules = Zestawy reguł
cert-col-date = Data
cert-col-mode = Tryb
cert-col-score = Wynik
cert-mode-exam = egzamin
cert-mode-practice = ćwiczenie
cert-passed = zaliczony
cert-issued = Wystawiono { $date }
cert-code = Kod weryfikacyjny
cert-verify-how = Weryfikacja w zapisach rozmów: callcoach certificate verify --code { $code }
cert-badge-description = Ukończona ścieżka szkoleniowa callcoach „{ $track }”: każdy scenariusz zaliczony w ocenionej, zweryfikowanej rozmowie.
cert-badge-criteria = Zweryfikowana, zaliczona rozmowa w każdym scenariuszu ścieżki: { $scenarios }.
cert-evidence = Wynik { $score } na 100, { $mode }, { $date }

## Ćwiczenia (callcoach drill)
drill-none = Na dziś nie ma ćwiczeń.
drill-due = do wykonania { $date }
drill-upcoming = następne { $date }
drill-retired = zaliczone (dwa razy z rzędu)
drill-where = { $scenario }, od tury { $turn }; { $attempts } { $attempts ->
    [one] podejście
    [few] podejścia
    [many] podejść
   *[other] podejścia
  }, zaliczone z rzędu: { $passes }
drill-start = Ćwiczenie: { $rule }. Rozmowa zostaje odtworzona do tury { $turn }; odpowiadasz od tego miejsca.
drill-passed = Ćwiczenie zaliczone
drill-failed = Ćwiczenie niezaliczone
drill-recorded = Zapisano ćwiczenie: { $path }
## Ćwiczenia na dziś w aplikacji (crates/app/src/screens/drill_shelf.rs, drill_result.rs)
app-drills-title = Ćwiczenia na dziś
app-drills-start-all = Zacznij dzisiejsze ćwiczenia ({ $count })
app-drills-about = Kilka minut przy decyzjach, w których złamano regułę: każde ćwiczenie odtwarza rozmowę do tej decyzji i kończy się, gdy reguła zostanie rozstrzygnięta.
app-drills-unreadable = Nie udało się odczytać ćwiczeń: { $error }
app-drill-where = { $scenario }, od tury { $turn }; { $attempts ->
    [0] jeszcze bez podejścia
    [one] 1 podejście, zaliczone z rzędu: { $passes }
    [few] { $attempts } podejścia, zaliczone z rzędu: { $passes }
    [many] { $attempts } podejść, zaliczone z rzędu: { $passes }
   *[other] { $attempts } podejścia, zaliczone z rzędu: { $passes }
  }
app-drill-start = Ćwicz
app-drill-none = Nie masz ćwiczenia { $rule }.
app-drill-from = { $scenario }, od tury { $turn }
app-drill-what-to-do = Co robić:
app-drill-due-again = Ponownie do wykonania { $date }
app-drill-not-recorded = Nie zapisano ćwiczenia: { $error }
app-drill-next = Następne ćwiczenie (zostało: { $count })
app-drill-keys = Enter: następne ćwiczenie · L: powrót do scenariuszy
app-drill-keys-last = Enter lub L: powrót do scenariuszy
app-leave-drill = Przerwij ćwiczenie (pozostanie do wykonania)

## Analiza zadań na grafie trenera (docs/item-analysis.md)
app-items-pct = { $pct } %
app-items-reading = Wczytywanie zapisów do analizy odpowiedzi…
app-items-summary = Analiza odpowiedzi: { $records ->
    [one] 1 zapis
    [few] { $records } zapisy
    [many] { $records } zapisów
   *[other] { $records } zapisu
  } od { $trainees ->
    [one] 1 kursanta
    [few] { $trainees } kursantów
    [many] { $trainees } kursantów
   *[other] { $trainees } kursanta
  }; { $miskeys ->
    [0] żadna odpowiedź nie jest oznaczona jako błędnie oceniona
    [one] 1 odpowiedź oznaczona jako być może błędnie oceniona (czerwony „!” przy jej decyzji)
    [few] { $miskeys } odpowiedzi oznaczone jako być może błędnie ocenione (czerwony „!” przy ich decyzjach)
    [many] { $miskeys } odpowiedzi oznaczonych jako być może błędnie ocenione (czerwony „!” przy ich decyzjach)
   *[other] { $miskeys } odpowiedzi oznaczonych jako być może błędnie ocenione (czerwony „!” przy ich decyzjach)
  }
app-items-reload = Wczytaj zapisy ponownie
app-items-took = Wczytano i przeanalizowano w { $ms } ms
app-items-node-none = Żaden wiarygodny zapis nie dociera jeszcze do tej decyzji: nie ma czego analizować.
app-items-node = { $responses ->
    [one] 1 odpowiedź
    [few] { $responses } odpowiedzi
    [many] { $responses } odpowiedzi
   *[other] { $responses } odpowiedzi
  }
app-items-node-fd = { $facility } poprawnych · dyskryminacja { $discrimination } (górne minus dolne 27 %)
app-items-choice = Wybierana w { $share } z { $shown } sytuacji, w których była dostępna · najlepsze 27 %: { $upper }, najsłabsze 27 %: { $lower } · korelacja punktowo-dwuseryjna { $rpb }
app-items-flag-miskey = Błędny klucz? Mocni kursanci wybierają tę odpowiedź, uznaną przez rubrykę za złą, częściej niż słabi: sprawdź rubrykę.
app-items-flag-non-discriminating = Nie różnicuje: mocni i słabi kursanci równie często wybierają poprawne odpowiedzi.
app-items-flag-too-easy = Za łatwe: prawie wszyscy odpowiadają poprawnie.
app-items-flag-too-hard = Za trudne: prawie nikt nie odpowiada poprawnie.
