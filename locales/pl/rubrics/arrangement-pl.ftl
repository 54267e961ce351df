rubric-arrangement-pl = Porozumienie w Polsce: realne, w granicach uprawnień, potwierdzone

ARR-PL-SUSTAIN = Plan, którego konsument dotrzyma
    .coaching = Ustalaj warunki, które mieszczą się w tym, co konsumentowi zostaje co miesiąc po niezbędnych wydatkach. Deklaracja spłaty przyjęta, ale nie do utrzymania, posypie się po kilku tygodniach. Żadna ustawa nie nakłada na windykację polubowną obowiązku badania możliwości płatniczych; robią to arkusze oceny jakości rozmów i sam wierzyciel, który chce odzyskać pieniądze.
ARR-PL-MANDATE = W granicach uprawnień
    .coaching = Każda propozycja musi mieścić się w uprawnieniach od wierzyciela, widocznych na karcie konta: najniższa rata, najdłuższy okres spłaty, termin pierwszej wpłaty, odroczenie i rabat. Ustępstwo ponad te granice wymaga najpierw zgody przełożonego.
ARR-PL-RECOVERY = Odzyskaj tyle, ile konsument naprawdę może zapłacić
    .coaching = Spośród porozumień realnych i mieszczących się w uprawnieniach najlepsze odzyskuje najwięcej w najdłuższym dopuszczalnym okresie. Nie zadowalaj się mniejszą kwotą, niż konsument może regularnie płacić, i nie żądaj więcej.
ARR-PL-INFORMED = Dochody i wydatki przed jakąkolwiek propozycją
    .coaching = Zanim zaproponujesz albo przyjmiesz kwotę, zapytaj o dochody i niezbędne wydatki. Propozycja złożona przed jakimkolwiek pytaniem o budżet to zgadywanie i już sama w sobie jest błędem.
ARR-PL-READBACK = Powtórz warunki
    .coaching = Gdy tylko warunki zostaną uzgodnione, powtórz je (kwoty, terminy, sposób zapłaty) i poproś konsumenta o potwierdzenie.
ARR-PL-WRITING = Potwierdź warunki na piśmie
    .coaching = Powiedz konsumentowi, że uzgodnione warunki zostaną potwierdzone na piśmie (SMS-em, mailem albo listem), żeby miał terminy i kwoty pod ręką.
