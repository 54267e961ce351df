title = Faktura na niewłaściwą spółkę
briefing = Pracujesz w dziale należności firmy { $creditor }. Faktura FV/2026/10/0117 za październikową ratę leasingu 40 laptopów (umowa TL/2026/118), { $amount } brutto, z terminem płatności { $due }, jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Leasingobiorcą jest { $organisation }; osoba kontaktowa w księgowości: { $debtor }. Najpierw przeczytaj historię konta. Zasada działu należności: za opóźnienie spowodowane naszym własnym błędem na fakturze nie naliczamy odsetek ani rekompensaty.
product = leasing 40 laptopów (rata za październik 2026)
speaker-desk = Konto klienta

history-invoice-ksef = Wystawiono w KSeF fakturę FV/2026/10/0117 (36 900,00 zł brutto, termin 30 dni). Nabywca na fakturze: Grupa Meridia S.A., NIP spółki matki.
history-reminder = Przypomnienie e-mailem do księgowości Meridia Logistics: FV/2026/10/0117 po terminie.
history-marta-email = Odpowiedź pani Kowalczyk (Meridia Logistics): „Nie widzimy tej faktury w KSeF na nasz NIP. Proszę o wyjaśnienie”.
history-parent-email = Odpowiedź księgowości Grupy Meridia S.A.: „Ta faktura nie dotyczy naszej spółki, umowy leasingu z Państwem nie mamy”.

## Konto przed rozmową

desk = Meridia Logistics: faktura po terminie, a w aktach dwie odpowiedzi, że nikt jej nie ma. Co robisz?
    .call-now = Dzwonię do pani Kowalczyk, żeby wyjaśnić, co jest nie tak z fakturą
    .demand-parent = Wysyłam przedsądowe wezwanie do zapłaty do Grupy Meridia S.A., bo to ona jest na fakturze
    .lock-laptops = Zdalnie blokuję leasingowane laptopy, aż ktoś zapłaci
desk-why =
    .call-now = Dobrze: z akt wynika, że faktura trafiła do niewłaściwej spółki. Telefon wyjaśni to w pięć minut.
    .demand-parent = Spółka matka napisała, że nie ma z Wami umowy: wezwanie do zapłaty do podmiotu, który nic Wam nie jest winien, to błąd, a nie windykacja.
    .lock-laptops = Zdalna blokada sprzętu bez podstawy w umowie i bez uprzedzenia, przy fakturze, której klient nawet nie dostał, to naruszenie umowy i najprostsza droga do utraty klienta.

end-letter = (Wezwanie trafia do Grupy Meridia S.A. Ich dział prawny odpowiada, że nie są stroną umowy, i prosi o wyjaśnienia na piśmie.)
end-locked = (O dziewiątej czterdzieści laptopy w magazynach Meridia Logistics przestają działać. O dziesiątej dzwoni do Waszego zarządu ich prezes.)

## Księgowość

opening = Księgowość, Marta Kowalczyk, słucham.
    .intro = Dzień dobry, pani Marto, { $agent } z działu należności firmy { $creditor }. Dzwonię w sprawie faktury FV/2026/10/0117 za leasing laptopów i Pani e-maila z 9 listopada.
    .demand = Tu { $creditor }. Państwa faktura za leasing jest prawie miesiąc po terminie. Oczekujemy zapłaty w tym tygodniu, inaczej sprawa trafi do prawników.
opening-v2 = Dzień dobry, księgowość Meridia Logistics.
opening-why =
    .intro = Dobrze: imię i nazwisko, firma, numer faktury i nawiązanie do jej e-maila.
    .demand = Żądanie i groźba prawnikami, zanim ktokolwiek sprawdził, dlaczego nikt tej faktury nie ma.

marta = Tak, pamiętam. Ta faktura nie jest do nas. W KSeF przyszła na Grupę Meridia S.A., czyli naszą spółkę matkę, z ich NIP-em. Umowę leasingu mają Państwo z nami, z Meridia Logistics. Ja tego nie zaksięguję, a oni mówią, że to nie ich.
    .own-error = Ma Pani rację, to nasz błąd i przepraszam. Jeszcze dziś nasza księgowość wystawi w KSeF fakturę korygującą do zera na Grupę Meridia i nową fakturę na Meridia Logistics, z NIP-em z umowy. Czy mogę potwierdzić Państwa NIP i numer umowy?
    .your-group = To już sprawa wewnątrz Państwa grupy. Niech zapłaci spółka matka albo Państwo, a potem się rozliczycie.
    .log-complaint = Rozumiem. Zarejestruję to jako reklamację; odpowiedź dostanie Pani w ciągu 14 dni.
marta-why =
    .own-error = Wzorowa odpowiedź: to błąd na fakturze, a nie spór. Bierzesz go na siebie i poprawiasz tego samego dnia. Błędnego NIP-u nabywcy w KSeF nie zmienia się w tej samej fakturze: zwykle wystawia się fakturę korygującą do zera na niewłaściwy podmiot i nową fakturę na właściwy (potwierdź z księgowością).
    .your-group = Faktura jest wystawiona na spółkę, która nie jest stroną umowy. Zapłata przez inną spółkę nie „rozliczy się” sama: żadna z nich nie może tej faktury prawidłowo zaksięgować.
    .log-complaint = To nie jest spór, tylko pomyłka w danych nabywcy. Czternastodniowa reklamacja opóźnia zapłatę o dwa tygodnie z Waszej winy.

marta-slow = Czternaście dni? Przecież to zwykła pomyłka w NIP-ie. Wystarczy wystawić fakturę jeszcze raz, prawidłowo.
    .own-error = Ma Pani rację, to nie wymaga reklamacji. Jeszcze dziś księgowość wystawi w KSeF fakturę korygującą do zera na Grupę Meridia i nową fakturę na Państwa spółkę. Czy mogę potwierdzić NIP i numer umowy?
    .keep-complaint = Taka jest procedura. Odezwiemy się w ciągu 14 dni.
marta-slow-why =
    .own-error = Dobrze wybrnięte: błąd na fakturze poprawia się od ręki, nie w trybie reklamacji.
    .keep-complaint = Procedura reklamacyjna dla błędu, który sami popełniliście, odsuwa zapłatę i irytuje klienta, który wskazał Wam rozwiązanie.

defensive = Proszę na mnie nie krzyczeć. To nie my pomyliliśmy spółki na fakturze.
    .apologise = Ma Pani rację, przepraszam. Zacznijmy od początku: co dokładnie jest nie tak z tą fakturą?
    .krd-threat = Jeśli nie będzie zapłaty, wpiszemy Państwa do KRD.
defensive-why =
    .apologise = Dobrze wybrnięte: przeprosiny i otwarte pytanie.
    .krd-threat = Wpis do rejestru dłużników ma swoje warunki, w tym wymagalny dług tej właśnie firmy i wcześniejsze pisemne wezwanie z ostrzeżeniem o wpisie (ustawa z 9 kwietnia 2010 r. o udostępnianiu informacji gospodarczych i wymianie danych gospodarczych, art. 15 ust. 1: co najmniej 500 zł wymagalne od co najmniej 30 dni i miesiąc od wezwania do zapłaty z ostrzeżeniem, wysłanego listem poleconym). Faktura nie jest nawet wystawiona na tę spółkę: to groźba bez podstaw.

## Termin

confirm-nip = Tak: NIP 725-218-44-19, umowa TL/2026/118. Jak szybko to będzie? U nas faktury zatwierdza dyrektor finansowy, pan Paweł Nowicki, we wtorki, a przelewy idą w piątki.
    .ask-approver = Dziękuję. Nowa faktura będzie w KSeF jeszcze dziś. Czy może Pani uprzedzić pana Nowickiego, żeby zatwierdził ją we wtorek 1 grudnia? Który piątkowy przelew wtedy wchodzi w grę?
    .pay-on-arrival = Proszę po prostu zapłacić od razu, jak tylko przyjdzie.
confirm-nip-why =
    .ask-approver = Dobrze: poznajesz osobę zatwierdzającą i jej cykl, a termin wiążesz z ich procesem.
    .pay-on-arrival = „Od razu” nie jest terminem: faktura musi przejść akceptację we wtorek. Zapytaj o osobę zatwierdzającą i o przelew.

date-step = Jeśli pan Nowicki zatwierdzi we wtorek, to może pójść w piątek, 4 grudnia. Co mam wpisać?
    .friday-4 = Bardzo dziękuję: cała kwota, { $amount }, w piątkowym przelewie 4 grudnia.
    .tomorrow = Najlepiej jutro, niech Pani zrobi ręczny przelew.
    .add-charges = Dobrze, a do tego doliczymy 70 euro rekompensaty i odsetki ustawowe za opóźnienie od 31 października.
date-step-why =
    .friday-4 = Dobrze: pierwszy przelew po akceptacji, cała kwota.
    .tomorrow = Faktury jeszcze nie ma w KSeF, a jej akceptacja jest we wtorek: termin, którego nie da się dotrzymać.
    .add-charges = Opóźnienie wynika z Waszej faktury na niewłaściwą spółkę. Odsetki i rekompensata z ustawy z 8 marca 2013 r. przysługują za opóźnienie dłużnika, a zasada Waszego działu wprost ich tu nie nalicza: podajesz je błędnie.

marta-objects = Odsetki? Za to, że wystawili Państwo fakturę na inną spółkę? Chyba Pani żartuje.
    .withdraw = Ma Pani rację, to było nie na miejscu i wycofuję to. Za opóźnienie spowodowane naszą fakturą nie będzie ani odsetek, ani rekompensaty. Wróćmy do terminu.
    .insist = Takie są przepisy: odsetki należą się od terminu płatności.
marta-objects-why =
    .withdraw = Dobrze wybrnięte: prostujesz to od razu i wracasz do terminu.
    .insist = Przepisy nie każą dłużnikowi płacić za opóźnienie, które spowodował wierzyciel, a Wasza zasada wyklucza to wprost. Upieranie się kończy rozmowę.

date-step2 = No dobrze. To co mam wpisać?
    .friday-4 = Cała kwota, { $amount }, w piątkowym przelewie 4 grudnia.
    .tomorrow = Najlepiej jutro, ręcznym przelewem.
date-step2-why =
    .friday-4 = Dobrze: pierwszy przelew po akceptacji.
    .tomorrow = Termin przed akceptacją faktury: nie do dotrzymania.

refused = Przed wtorkową akceptacją nic nie wyjdzie. Najwcześniej 4 grudnia.
    .friday-4 = Rozumiem. W takim razie cała kwota w przelewie 4 grudnia.
    .escalate = W takim razie przekażę sprawę przełożonemu.
refused-why =
    .friday-4 = Dobrze: bierzesz termin, który ich proces daje.
    .escalate = Eskalacja, kiedy klient podaje realny termin, tylko opóźnia zapłatę.

agreed = Dobrze: { $agreed }. Wpisuję.
    .read-back = Podsumuję: nowa faktura na Meridia Logistics dziś w KSeF, akceptacja we wtorek 1 grudnia, przelew całej kwoty w piątek 4 grudnia na rachunek z faktury. W tytule przelewu proszę podać numer nowej faktury, który wyślę Pani e-mailem.
    .no-readback = Świetnie, dziękuję.
agreed-why =
    .read-back = Dobrze: kwota, data, rachunek i tytuł przelewu, żeby wpłata trafiła do właściwej faktury.
    .no-readback = Bez odczytania warunków i tytułu przelewu wpłata może trafić do starej, skorygowanej faktury.

close = Coś jeszcze?
    .confirm-email = Jeszcze dziś wyślę Pani e-mail z numerami faktury korygującej i nowej faktury oraz terminem 4 grudnia. Dziękuję za cierpliwość i przepraszam za kłopot.
    .bye = Nie, to wszystko. Dziękuję, do widzenia.
close-why =
    .confirm-email = Dobrze: wszystko na piśmie, z numerami dokumentów, i przeprosiny za Wasz błąd.
    .bye = Nic na piśmie: ani numerów dokumentów, ani terminu.

## Zakończenia

end-promise = Dobrze. Czekam na fakturę. Do usłyszenia.
end-escalated = Dobrze. Niech przełożony się odezwie.
end-dispute = No dobrze. Czekam w takim razie na odpowiedź.
end-hangup = Nie mam czasu na taką rozmowę. (Rozłącza się.)
