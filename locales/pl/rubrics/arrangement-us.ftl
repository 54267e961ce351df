rubric-arrangement-us = Porozumienie w USA: realne, w granicach uprawnień, potwierdzone

ARR-US-SUSTAIN = Plan, którego dłużnik dotrzyma
    .coaching = Ustalaj warunki, które mieszczą się w tym, co dłużnikowi zostaje co miesiąc po niezbędnych wydatkach. Plan przyjęty, ale nie do utrzymania, posypie się po kilku tygodniach i jest gorszy niż żaden. Prawo USA nie nakłada na windykatorów obowiązku badania możliwości płatniczych; robią to arkusze oceny jakości rozmów i sam wierzyciel, który chce odzyskać pieniądze.
ARR-US-MANDATE = W granicach uprawnień
    .coaching = Każda propozycja musi mieścić się w uprawnieniach od wierzyciela, widocznych na karcie konta: najniższa rata, najdłuższy okres spłaty, termin pierwszej wpłaty, odroczenie i rabat (zwykle żaden bez zgody przełożonego). Ustępstwo ponad te granice to przekroczenie uprawnień, nawet jeśli dłużnik się z niego cieszy; najpierw zapytaj przełożonego.
ARR-US-RECOVERY = Odzyskaj tyle, ile dłużnik naprawdę może zapłacić
    .coaching = Spośród porozumień realnych i mieszczących się w uprawnieniach najlepsze odzyskuje najwięcej w najdłuższym dopuszczalnym okresie. Nie zadowalaj się mniejszą kwotą, niż dłużnik może regularnie płacić, i nie żądaj więcej.
ARR-US-INFORMED = Dochody i wydatki przed jakąkolwiek propozycją
    .coaching = Zanim zaproponujesz kwotę, zapytaj o dochody i niezbędne wydatki. Propozycja złożona przed jakimkolwiek pytaniem o budżet to zgadywanie i już sama w sobie jest błędem.
ARR-US-READBACK = Powtórz warunki
    .coaching = Gdy tylko warunki zostaną uzgodnione, powtórz je (kwota, jak często, ile rat, data pierwszej wpłaty) i poproś dłużnika o potwierdzenie, żeby obie strony kończyły rozmowę z tym samym porozumieniem.
ARR-US-WRITING = Potwierdź warunki na piśmie
    .coaching = Powiedz dłużnikowi, że uzgodnione warunki zostaną potwierdzone na piśmie, i w jaki sposób (mailem albo listem), żeby miał terminy i kwoty pod ręką.
ARR-US-CONCESSION = Żadnych ustępstw bez uprawnień
    .coaching = Rabat, dłuższy okres spłaty albo późniejszy termin ponad twoje uprawnienia wymagają zgody przełożonego, zanim je zaproponujesz. Każde takie ustępstwo kosztuje punkty.
ARR-US-PROMISE = Żadnych obietnic bez pokrycia
    .coaching = Nie obiecuj tego, czego nie możesz zagwarantować: że historia kredytowa zostanie „wyczyszczona”, że odsetki przestaną rosnąć, że plan na pewno zostanie zatwierdzony. Nieprawdziwe lub wprowadzające w błąd zapewnienia przy dochodzeniu długu naruszają 15 USC 1692e, a 1692e(10) wprost wymienia „wszelkie nieprawdziwe zapewnienia lub podstępne środki”.
