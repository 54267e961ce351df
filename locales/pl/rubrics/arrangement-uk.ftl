rubric-arrangement-uk = Porozumienie w Wielkiej Brytanii: realne, w granicach uprawnień, potwierdzone

ARR-UK-SUSTAIN = Porozumienie do utrzymania
    .coaching = Klienta, który ma zaległości albo wkrótce może je mieć, trzeba traktować z wyrozumiałością i należytą uwagą (CONC 7.3.4R) i nie wolno go naciskać, by spłacił dług jedną lub kilkoma wpłatami, w nierozsądnie wysokich kwotach albo w nierozsądnie krótkim czasie (CONC 7.3.10R). Ustal to, czego klient dotrzyma według swoich dochodów i wydatków; plan przyjęty, ale nie do utrzymania, to nie jest wyrozumiałość.
ARR-UK-MANDATE = W granicach uprawnień
    .coaching = Każda propozycja musi mieścić się w uprawnieniach od wierzyciela, widocznych na karcie konta: najniższa rata, najdłuższy okres spłaty, termin pierwszej wpłaty, odroczenie i rabat w ugodzie. Ustępstwo ponad te granice to przekroczenie uprawnień, nawet jeśli klient je chętnie przyjmie; najpierw zapytaj przełożonego.
ARR-UK-RECOVERY = Odzyskaj tyle, ile klient może regularnie płacić
    .coaching = Spośród porozumień realnych i mieszczących się w uprawnieniach najlepsze odzyskuje najwięcej w najdłuższym dopuszczalnym okresie. Nie ustalaj mniej, niż klient może regularnie płacić, i nigdy nie żądaj więcej.
ARR-UK-INFORMED = Dochody i wydatki przed jakąkolwiek propozycją
    .coaching = Zanim zaproponujesz kwotę, przejdź z klientem przez dochody i niezbędne wydatki (na przykład według kategorii brytyjskiego Standard Financial Statement). Propozycja złożona przed jakimkolwiek pytaniem o budżet to zgadywanie i już sama w sobie jest błędem.
ARR-UK-READBACK = Powtórz warunki
    .coaching = Gdy tylko warunki zostaną uzgodnione, powtórz je (kwota, częstotliwość, liczba rat, data pierwszej wpłaty) i poproś klienta o potwierdzenie.
ARR-UK-WRITING = Potwierdź warunki na piśmie
    .coaching = Powiedz klientowi, że uzgodnione warunki zostaną potwierdzone na piśmie, i w jaki sposób, żeby miał terminy i kwoty pod ręką.
ARR-UK-CONCESSION = Żadnych ustępstw bez uprawnień
    .coaching = Rabat, dłuższy okres spłaty albo późniejszy termin ponad twoje uprawnienia wymagają zgody przełożonego, zanim je zaproponujesz. Każde takie ustępstwo kosztuje punkty.
