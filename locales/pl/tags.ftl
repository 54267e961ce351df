## Opisy tagów w podsumowaniu rozmowy. Jeden komunikat `tag-<id>` na każdy tag z scenarios/tags.ron.

## Zachowania kursanta

tag-identifies-self = Przedstawienie się imieniem i nazwą firmy
tag-mini-miranda = Formuła Mini-Miranda: dzwoni windykator w celu odzyskania długu, a uzyskane informacje zostaną wykorzystane w tym celu
tag-verifies-identity = Weryfikacja tożsamości rozmówcy przed rozmową o zadłużeniu
tag-discloses-debt = Rozmowa o długu (wierzyciel, kwota, zaległość)
tag-discloses-to-third-party = Ujawnienie długu osobie innej niż dłużnik
tag-misrepresents-authority = Przypisywanie sobie uprawnień lub statusu, których się nie ma (prawnik, sąd, komornik, dział prawny)
tag-threatens-arrest = Groźba aresztowania, więzienia, zajęcia majątku lub wynagrodzenia
tag-threatens-legal-action = Straszenie sądem lub krokami prawnymi, by wywrzeć presję: krokiem, którego nikt nie zamierza podjąć, niezgodnym z prawem albo po to, by wymusić więcej, niż dłużnika stać
tag-unlawful-threat = Groźba bezprawna (przemoc, ujawnienie, zniszczenie reputacji), by wymusić zapłatę
tag-misstates-charges = Podanie odsetek, opłat lub kar, których nie przewiduje ustawa ani umowa
tag-pressures-lump-sum = Naciskanie na spłatę całości lub dużych kwot bez względu na możliwości dłużnika
tag-demands-payment = Żądanie zapłaty zamiast szukania rozwiązania
tag-abusive-language = Język poniżający, obraźliwy lub agresywny
tag-interrupts = Przerywanie rozmówcy
tag-dismisses-hardship = Zbagatelizowanie trudnej sytuacji, zdrowia lub stresu rozmówcy
tag-dismisses-concern = Zbycie problemu lub obciążenia pracą rozmówcy („to nie mój problem”)
tag-dead-air = Cisza na linii (upłynął czas na odpowiedź)
tag-acknowledges-feelings = Odniesienie się do sytuacji rozmówcy, okazanie zrozumienia, nazwanie emocji
tag-active-listening = Aktywne słuchanie: parafraza, pytania otwarte, sprawdzenie zrozumienia
tag-asks-consent-to-record = Wyjaśnienie, jak zostanie wykorzystana informacja o szczególnej sytuacji, i prośba o zgodę na jej zapisanie (TEXAS)
tag-signposts-debt-advice = Wskazanie bezpłatnego, niezależnego doradztwa w sprawie długów
tag-affordability-check = Sprawdzenie dochodów i niezbędnych wydatków przed zaproponowaniem kwoty
tag-offers-plan = Propozycja planu spłaty lub innych rozwiązań
tag-explains-payment-routes = Wyjaśnienie, jak można zapłacić
tag-schedules-callback = Umówienie ponownego kontaktu
tag-reissues-invoice = Wystawienie faktury korygującej do błędnej faktury (albo, poza Polską, noty kredytowej i nowej faktury)
tag-logs-dispute = Formalne zarejestrowanie reklamacji z osobą odpowiedzialną i terminem
tag-escalates-internally = Przekazanie sprawy wyżej we własnej firmie
tag-requests-approver = Pytanie, kto akceptuje fakturę
tag-secures-payment-date = Ustalenie konkretnego terminu płatności
tag-explains-late-compensation = Wspomnienie o odsetkach ustawowych za opóźnienie lub rekompensacie za koszty odzyskiwania należności
tag-continues-after-cease = Kontynuowanie rozmowy mimo prośby, by nie dzwonić
tag-requests-attorney-details = Prośba o dane kontaktowe pełnomocnika dłużnika
tag-bypasses-attorney = Dalsza rozmowa o długu z dłużnikiem, o którym wiadomo, że ma pełnomocnika
tag-confirms-details = Powtórzenie lub potwierdzenie danych kontaktowych i numerów dokumentów
tag-summarises-agreement = Podsumowanie ustaleń i dalszych kroków
tag-thanks-customer = Podziękowanie rozmówcy
tag-offers-forbearance = Propozycja ułatwień w spłacie: więcej czasu, wstrzymanie, obniżenie lub zamrożenie odsetek, symboliczne wpłaty
tag-pauses-recovery = Wstrzymanie windykacji na czas wyjaśnienia sytuacji
tag-ignores-contact-request = Kontynuowanie rozmowy mimo prośby o kontakt w innym terminie lub inną drogą
tag-refuses-reasonable-offer = Odrzucenie rozsądnej propozycji spłaty bez należytego rozważenia
tag-misleads-on-limitation = Wprowadzenie w błąd co do przedawnionego długu (sugerowanie, że można go dochodzić w sądzie albo że trzeba go spłacić)
tag-explains-limitation = Rzetelne wyjaśnienie, co dla dłużnika oznacza przedawnienie długu
tag-seeks-acknowledgement = Nakłanianie dłużnika do uznania lub potwierdzenia kwestionowanego albo być może przedawnionego długu (uznanie długu)
tag-asks-payment-details = Prośba o szczegóły wpłaty, którą dłużnik podaje jako dokonaną (data, kwota, tytuł przelewu, rachunek)
tag-leaves-minimal-message = Zostawienie osobie trzeciej wyłącznie swojego imienia i nazwiska oraz numeru do kontaktu, bez informacji o sprawie
tag-unauthorised-concession = Zaproponowanie lub przyznanie ustępstwa (rabatu, dłuższego okresu, późniejszego terminu) ponad uprawnienia windykatora, bez zgody przełożonego
tag-over-promise = Obiecanie dłużnikowi czegoś, czego windykator nie może zagwarantować (że odsetki lub opłaty przestaną rosnąć, że sprawa jest zamknięta, że plan zostanie zatwierdzony)
tag-reads-back-terms = Odczytanie dłużnikowi uzgodnionych warunków (kwota, częstotliwość, liczba wpłat, pierwszy termin) i uzyskanie ich potwierdzenia
tag-confirms-in-writing = Poinformowanie dłużnika, że uzgodnione warunki zostaną potwierdzone na piśmie, i w jaki sposób
tag-places-call = Wykonanie połączenia

## Zdarzenia: co zrobił dłużnik lub co się wydarzyło

tag-third-party-answered = Odebrała osoba inna niż dłużnik
tag-right-party-confirmed = Dłużnik potwierdził swoją tożsamość
tag-debtor-hardship = Dłużnik opisał trudną sytuację finansową
tag-vulnerability-cue = Dłużnik ujawnił oznakę szczególnej wrażliwości (zdrowie, zdarzenie życiowe)
tag-debtor-angry = Dłużnik zdenerwował się lub przyjął postawę obronną
tag-cease-request = Dłużnik poprosił, by więcej do niego nie dzwonić
tag-represented-by-attorney = Dłużnik oświadczył, że w tej sprawie reprezentuje go pełnomocnik
tag-dispute-raised = Dłużnik zakwestionował kwotę lub usługę
tag-invoice-error = Wyszedł na jaw błąd na samej fakturze
tag-capacity-concern = Dłużnik wykazał oznaki kryzysu psychicznego lub tego, że może nie rozumieć sytuacji i nie być w stanie podejmować decyzji
tag-breathing-space = Dłużnik powiedział, że złożono wniosek o moratorium Breathing Space albo że moratorium już obowiązuje
tag-contact-request = Dłużnik poprosił o kontakt w innym terminie lub inną drogą
tag-repayment-offer = Dłużnik zaproponował spłatę
tag-limitation-question = Dłużnik zapytał, czy dług nie jest już zbyt stary, by go dochodzić
tag-written-cease = Dłużnik wysłał pisemne żądanie zaprzestania kontaktu lub pisemną odmowę zapłaty i pismo zostało doręczone
tag-family-member-answered = Odebrał członek rodziny lub domownik dłużnika
tag-terms-agreed = Dłużnik zgodził się na warunki (plan spłaty, ugodę, odroczenie terminu lub spłatę całości)
tag-debtor-counter-offer = Dłużnik odpowiedział na propozycję własną ofertą
tag-debtor-refuses-terms = Dłużnik odrzucił zaproponowane warunki

## Account history (rework)

tag-states-debt-collector = Poinformowanie, że kontakt jest od windykatora (informacja wymagana w każdej kolejnej rozmowie)
tag-honours-cease = Uszanowanie żądania zaprzestania kontaktu, które jest w aktach: bez telefonu, konto oznaczone tak, by kontakt ustał
tag-cease-letter-received = Wpłynęło pisemne żądanie dłużnika, by zaprzestać kontaktu (albo pisemna odmowa zapłaty)
tag-attorney-notice-received = Wpłynęło zawiadomienie od pełnomocnika (adwokata) dłużnika w tej sprawie, z jego nazwiskiem i adresem
tag-breathing-space-notified = Insolvency Service zawiadomił wierzyciela o moratorium Breathing Space
tag-breathing-space-ended = Insolvency Service zawiadomił wierzyciela, że moratorium Breathing Space się zakończyło albo zostało uchylone
## Cases (cases)
tag-promise-kept = Dłużnik dotrzymał warunków uzgodnionych we wcześniejszej rozmowie (wpłata jest w historii konta)
tag-promise-broken = Dłużnik nie wpłacił raty lub kwoty uzgodnionej we wcześniejszej rozmowie (niedotrzymana deklaracja w historii konta)
tag-explains-next-step = Rzeczowe, bez wywierania presji, poinformowanie o zgodnym z prawem kolejnym kroku, który wierzyciel zamierza podjąć, i o jego terminie (przedsądowe wezwanie do zapłaty, wstrzymanie usług na podstawie umowy, pozew o nakaz zapłaty)
