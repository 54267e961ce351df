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

## Wyniki rozmowy (także kody dyspozycji w podsumowaniu)

outcome-promise-to-pay = Deklaracja spłaty
outcome-payment-plan = Uzgodniony plan spłaty
outcome-paid-in-full = Spłacono w całości
outcome-dispute-logged = Zarejestrowano zakwestionowanie należności
outcome-callback-scheduled = Umówiono ponowny kontakt
outcome-escalated = Przekazano wyżej
outcome-cease-contact = Wstrzymanie kontaktu
outcome-wrong-party = Niewłaściwa osoba
outcome-hung-up = Dłużnik się rozłączył

## Wymiary oceny

dimension-compliance = Zgodność z przepisami
dimension-empathy = Empatia
dimension-resolution = Rozwiązanie
dimension-documentation = Dokumentacja

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
wrapup-disposition = Kod dyspozycji
wrapup-notes = Notatki
cli-record-written = Zapisano przebieg sesji: { $path }
cli-record-failed = Nie udało się zapisać przebiegu sesji: { $error }
cli-unknown-scenario = Brak scenariusza „{ $id }” w { $root }.
cli-pick-out-of-range = „{ $pick }” nie jest jedną z opcji 1–{ $count }.
