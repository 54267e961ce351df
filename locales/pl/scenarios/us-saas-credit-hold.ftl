title = Awaria, rabat i wstrzymanie dostaw
briefing = Pracujesz w dziale kontroli należności firmy { $creditor }. Faktura INV-20931 dla { $organisation } za roczne odnowienie platformy analitycznej, { $amount }, z terminem płatności { $due } (30 dni), jest przeterminowana o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. To dług firmy: FDCPA go nie obejmuje; obowiązuje umowa ramowa (MSA) i dobra praktyka. Najpierw przeczytaj historię konta. Osoba kontaktowa w dziale rozrachunków: { $debtor }. Twoje uprawnienia: do 2% rabatu za zapłatę w ciągu 10 dni, żadnych innych rabatów, przesunięcie terminu najwyżej o 14 dni. Zgodnie z MSA rekompensaty za niedotrzymanie SLA rozpatruje zespół SLA i zalicza je na poczet kolejnej faktury (§ 6.4); nowe zamówienia czekają, dopóki faktura jest przeterminowana o ponad 30 dni (§ 8.2); usługę można zawiesić dopiero po 10 dniach od pisemnego zawiadomienia (§ 8.3).
product = platforma analityczna, subskrypcja roczna (odnowienie)
speaker-desk = Konto klienta
speaker-controller = David Osei (kontroler finansowy)

history-invoice = Faktura INV-20931 wysłana e-mailem na ap@northwind (roczne odnowienie, { $amount }, termin 30 dni).
history-reminder = Przypomnienie e-mailem do działu rozrachunków: INV-20931 po terminie, prośba o potwierdzenie daty płatności.
history-hold-notice = Wysłano e-mailem zawiadomienie o wstrzymaniu realizacji zamówień (MSA § 8.2): nowe zamówienia i rozszerzenia czekają, dopóki INV-20931 jest przeterminowana o ponad 30 dni; bieżąca usługa działa bez zmian.
history-kim-reply = Odpowiedź Rachel Kim: „Faktura jest u nas zatwierdzona, ale nasz kontroler ma pytania. Mamy też oczekujące zamówienie na 20 dodatkowych licencji, możecie pomóc?”

## Konto przed rozmową

desk = Northwind Analytics: zatwierdzona przez rozrachunki, wstrzymana przez kontrolera, a nowe zamówienie czeka przez zaległość. Co robisz?
    .call-now = Dzwonię do Rachel Kim i proszę o rozmowę z kontrolerem
    .suspend-now = Jeszcze dziś zawieszam im platformę, żeby wymusić zapłatę
    .agency-now = Jeszcze dziś przekazuję fakturę firmie windykacyjnej
desk-why =
    .call-now = Dobrze: z akt wynika, że faktura jest zatwierdzona, ale wstrzymana przez kogoś, kto „ma pytania”. Tylko rozmowa powie Ci, jakie.
    .suspend-now = MSA pozwala zawiesić usługę dopiero po 10 dniach od pisemnego zawiadomienia (§ 8.3). Wyłączenie jej dziś narusza Waszą własną umowę i z dłużnika robi wierzyciela roszczeń.
    .agency-now = Przekazanie firmie windykacyjnej faktury przeterminowanej o 34 dni, od aktywnego klienta, przed choćby jedną rozmową z osobą, która ją wstrzymuje, jest nieproporcjonalne, kosztuje prowizję i może kosztować odnowienie umowy.

end-suspended = (W południe platforma przestaje działać. O czternastej prawnik Northwind pisze do Waszego prezesa w sprawie § 8.3.)
end-agency = (Firma windykacyjna wysyła wezwanie do zapłaty. Kontroler Northwind dzwoni do Waszego opiekuna klienta, żeby zerwać rozmowy o odnowieniu.)

## Dział rozrachunków

opening = Rozrachunki, Rachel Kim.
    .intro = Dzień dobry, pani Rachel, mówi { $agent } z kontroli należności w { $creditor }. Dzwonię w sprawie faktury INV-20931, dziękuję za e-mail z zeszłego tygodnia.
    .pushy = { $creditor }, kontrola należności. INV-20931 jest ponad miesiąc po terminie. Potrzebujemy zapłaty w tym tygodniu, inaczej sprawa pójdzie dalej.
opening-v2 = Rozrachunki, Rachel, słucham.
opening-why =
    .intro = Dobrze: imię, firma, faktura i nawiązanie do jej e-maila.
    .pushy = Żądanie i zawoalowana groźba w pierwszym zdaniu, do osoby, która fakturę już zatwierdziła.

rachel = Tak, INV-20931. U mnie jest zatwierdzona, ale David, nasz kontroler, ją wstrzymał. Coś w związku z awarią we wrześniu. Nie mogę jej puścić.
    .ask-david = Dziękuję, to bardzo pomaga, i rozumiem, że to nie pani decyzja. Czy mogę porozmawiać bezpośrednio z Davidem, żeby usłyszeć, czego potrzebuje?
    .pressure-rachel = Jest zatwierdzona, więc proszę ją po prostu puścić w najbliższym przelewie.
rachel-why =
    .ask-david = Wzorowa odpowiedź: docierasz do osoby akceptującej i zdejmujesz presję z osoby, która nie może zdecydować.
    .pressure-rachel = Właśnie powiedziała, że nie może. Namawianie jej, żeby pominęła kontrolera, nic nie da, a kosztuje Cię sojusznika.

defensive = Mówiłam już, to nie moja decyzja. Nie trzeba tak do mnie mówić.
    .apologise = Ma pani rację, przepraszam. Zacznijmy od nowa: z kim należałoby porozmawiać?
    .shutoff-threat = To proszę przekazać Davidowi, że jeśli do piątku nie będzie zapłaty, wyłączamy wam platformę.
defensive-why =
    .apologise = Dobrze wybrnięte.
    .shutoff-threat = MSA wymaga 10 dni od pisemnego zawiadomienia przed zawieszeniem usługi (§ 8.3). Grożenie tym do piątku to groźba, której nie możesz zgodnie z umową spełnić, wobec osoby, która nie może zapłacić.

## Kontroler finansowy

david = Osei. Proszę posłuchać: 9 września wasza platforma leżała sześć godzin, w samym zamknięciu kwartału. Mój zespół stracił dzień. Nie zapłacę za to pełnej ceny. Dziesięć procent mniej i puszczę to w najbliższym przelewie.
    .route-sla = Rozumiem: sześć godzin przy zamknięciu kwartału to realny koszt i ma pan prawo to podnieść. Umowa ma na to procedurę: jeszcze dziś zgłoszę pana roszczenie z tytułu SLA do naszego zespołu SLA, a odpowiedź na piśmie dostanie pan do 2 grudnia. Ewentualna rekompensata zostanie zaliczona na kolejną fakturę. Ta faktura dotyczy samego odnowienia: czy możemy ustalić, kiedy zostanie zapłacona?
    .give-ten = Dobrze: dziesięć procent mniej, płatne w przelewie 27 listopada.
    .not-my-dept = SLA to nie mój dział. Faktura jest wymagalna w całości.
david-why =
    .route-sla = Wzorowa odpowiedź: przyznajesz, że awaria była, kierujesz roszczenie tam, gdzie przewiduje je umowa, z terminem, i oddzielasz je od faktury.
    .give-ten = Dziesięć procent to pięć razy więcej, niż możesz przyznać (2%), i wymieniasz umowne roszczenie z tytułu SLA na niezatwierdzony rabat. Nawet jeśli on się zgodzi, kontrola należności się nie zgodziła.
    .not-my-dept = Prawda, ale nic z niej nie wynika: to jego skarga blokuje płatność. Skieruj ją dalej, zamiast ją zbywać.

david-angry = To nie mamy o czym rozmawiać. Nie puszczę ani centa, dopóki nikt nie weźmie odpowiedzialności za awarię.
    .apologise-route = Słusznie, źle to zabrzmiało. Biorę to na siebie: jeszcze dziś zgłoszę pana roszczenie z tytułu SLA do naszego zespołu SLA, z odpowiedzią na piśmie do 2 grudnia. A potem porozmawiajmy o fakturze.
    .agency-threat = To w tym tygodniu przekażemy sprawę firmie windykacyjnej.
david-angry-why =
    .apologise-route = Dobrze wybrnięte: bierzesz na siebie skierowanie jego skargi.
    .agency-threat = Groźba eskalacji wobec kontrolera z umowną reklamacją, na którą nikt nie odpowiedział. Może i zgodna z prawem, ale nieproporcjonalna, i koniec rozmowy.

runs = Dobrze. Jeśli zespół SLA naprawdę się tym zajmie. Przelewy puszczamy 27. i 11 grudnia. Czego Państwo oczekują?
    .full-27 = O całą fakturę, { $amount }, w przelewie 27 listopada.
    .early-discount = Jeśli pójdzie w przelewie 27 listopada, mogę zastosować nasz 2-procentowy rabat za szybką płatność: 47 628,00 USD zamiast pełnej kwoty, jako rozliczenie tej faktury.
    .this-friday = Potrzebuję tego w ten piątek.
    .after-new-year = Jeśli to pomoże, proszę zapłacić do połowy stycznia.
runs-why =
    .full-27 = Dobrze: najbliższy przelew, cała faktura.
    .early-discount = Też dobrze: rabat za szybką płatność mieści się w Twoich uprawnieniach (2% za zapłatę w ciągu 10 dni) i jest przedstawiony jako to, czym jest.
    .this-friday = Przed 27. nie ma przelewu. Termin, którego jego system nie obsłuży, kończy się odmową.
    .after-new-year = Poza Twoimi uprawnieniami (14 dni) i bez powodu: 27. ma przelew.

refused = Przed 27. nie ma przelewu. Nie będę robić ręcznej płatności z tego powodu.
    .full-27 = Rozumiem: to cała faktura, { $amount }, w przelewie 27 listopada.
    .escalate = To muszę przekazać sprawę przełożonemu, żeby zdecydował o dalszych krokach.
refused-why =
    .full-27 = Dobrze: bierzesz przelew, który przewiduje jego procedura.
    .escalate = Eskalacja, kiedy na stole leży realny termin, opóźnia płatność, która była w zasięgu ręki.

agreed = Dobrze: { $agreed }. Rachel to zaplanuje.
    .read-back = Odczytam: ustalona kwota, przelewem ACH na rachunek podany na fakturze, w przelewie 27 listopada. Czy Rachel mogłaby wysłać awizo płatności na ar małpa cobaltcloud kropka com, żebyśmy tego samego dnia przypisali wpłatę do INV-20931?
    .no-readback = Świetnie, dziękuję.
agreed-why =
    .read-back = Dobrze: kwota, data i sposób zapłaty odczytane, do tego prośba o awizo, żeby wpłata trafiła do właściwej faktury.
    .no-readback = Bez odczytania i bez awizo: wpłata może przyjść i wisieć nierozliczona.

## Wstrzymanie zamówień

seat-hold = Jeszcze jedno. Wasi ludzie wstrzymali nasze zamówienie na dwadzieścia dodatkowych licencji. W poniedziałek wdrażamy nowy zespół.
    .explain-hold = Tak, to wstrzymanie realizacji z § 8.2 MSA: nowe zamówienia czekają, dopóki faktura jest przeterminowana o ponad 30 dni. Bieżąca usługa działa bez zmian. Jak tylko płatność wpłynie, poproszę o zwolnienie zamówienia tego samego dnia; o poniedziałku powiem naszemu opiekunowi klienta.
    .release-now = Proszę to zostawić mnie, jeszcze dziś je zwolnię.
    .shutoff-threat = A jeśli 27. nie wypali, wyłączymy całą platformę.
seat-hold-why =
    .explain-hold = Wzorowa odpowiedź: wstrzymanie przedstawione jako zasada z umowy, czego nie dotyczy i co je znosi, bez obiecywania czegoś, co nie zależy od Ciebie.
    .release-now = Zwolnienie wstrzymania to nie decyzja windykatora, a zrobienie tego przed zapłatą odbiera umowie jej narzędzie (ustępstwo bez zgody, którego możesz nie dotrzymać).
    .shutoff-threat = Groźba, i to nieprawdziwa: zawieszenie wymaga 10 dni od pisemnego zawiadomienia (§ 8.3). Zgodny z umową kolejny krok, jeśli do tego dojdzie, to właśnie to zawiadomienie, przedstawione spokojnie.

close = Coś jeszcze?
    .confirm-email = Jeszcze dziś wyślę panu i Rachel e-mail z tym, co ustaliliśmy, numerem zgłoszenia SLA i terminem 2 grudnia oraz informacją, jak zostanie zwolnione zamówienie na licencje. Dziękuję.
    .bye = Nie, to wszystko. Dziękuję.
close-why =
    .confirm-email = Dobrze: wszystko, co ustalone, na piśmie, z terminami obu stron.
    .bye = Nic na piśmie: deklaracja zapłaty, zgłoszenie SLA i wstrzymanie zostają tylko w rozmowie.

## Zakończenia

end-promise = Dobrze. Proszę to przysłać.
end-escalated = Dobrze. Niech przełożony do mnie zadzwoni.
end-hangup = (Połączenie zostaje przerwane.)
