rubric-arrangement-b2b = Faktury między firmami: uzgodnione warunki spłaty

ARR-B2B-01 = Warunki dopasowane do dnia przelewów i możliwości klienta
    .coaching = Firma płaci w wyznaczone dni przelewów, po akceptacji faktury. Termin przed najbliższym dniem przelewów, na który faktura może zdążyć, albo kwota większa, niż klient zdoła zwolnić do tego terminu, to deklaracja, której dział rozrachunków nie dotrzyma, nawet jeśli zgodził się chętnie. Zapytaj, kto akceptuje fakturę i kiedy idą przelewy, i ustal konkretny dzień (praktyka działów należności).
ARR-B2B-02 = Nie wychodź poza swoje uprawnienia
    .coaching = Twoje uprawnienia są na karcie sprawy: o ile możesz przesunąć termin, czy wolno rozłożyć płatność na raty i jak małe, jaki rabat możesz dać bez zgody przełożonego (przy niekwestionowanej fakturze zwykle żaden). Wszystko ponad to wymaga zgody kierownika działu należności, nawet jeśli klient od razu by się zgodził (granice umocowania nadane przez wierzyciela).
ARR-B2B-03 = Odzyskaj tyle, ile najlepsze realne porozumienie
    .coaching = Miarą jest najlepsze porozumienie, którego klient dotrzyma w granicach Twoich uprawnień (często cała faktura w najbliższym dniu przelewów, na który zdąży). Raty, których klient nie potrzebuje, albo rabat zostawiają pieniądze na stole (polityka windykacyjna wierzyciela).
ARR-B2B-04 = Powtórz uzgodnione warunki
    .coaching = Gdy warunki są uzgodnione, powtórz je (kwota, termin albo dzień przelewów, co dzieje się najpierw po każdej ze stron, np. faktura korygująca) i poproś klienta o potwierdzenie: większość niedotrzymanych deklaracji zaczyna się od tego, że każda ze stron zapisała co innego (karta oceny jakości rozmów).
ARR-B2B-05 = Potwierdź warunki na piśmie
    .coaching = Powiedz, że potwierdzisz warunki mailem, i do kogo. Dział rozrachunków pracuje na dokumentach, a pisemne potwierdzenie długu i terminu przez klienta jest też uznaniem roszczenia, które przerywa bieg przedawnienia (KC art. 123 § 1 pkt 2) (karta oceny jakości rozmów).
ARR-B2B-06 = Żadnych ustępstw bez zgody
    .coaching = Rabat „na przeprosiny”, umorzenie spornej części, zanim ktokolwiek ją sprawdził, termin odległy o tygodnie czy obietnica, że nie naliczymy odsetek, to oddawanie pieniędzy wierzyciela. Odsetki ustawowe za opóźnienie w transakcjach handlowych i ryczałtowa rekompensata za koszty odzyskiwania należności to uprawnienia wierzyciela (PL: ustawa z 8 marca 2013 r., art. 10 ust. 1: 40, 70 lub 100 euro; Wielka Brytania: Late Payment of Commercial Debts (Interest) Act 1998, s.1 i s.5A: 40, 70 lub 100 funtów; dyrektywa 2011/7/UE art. 3 i 6): zrezygnować z nich może tylko wierzyciel. Najpierw zapytaj kierownika działu należności.
ARR-B2B-07 = Nie obiecuj tego, czego nie możesz dotrzymać
    .coaching = Nie obiecuj tego, o czym nie Ty decydujesz (że koszty zostaną umorzone, że korekta zostanie zatwierdzona, że sprawa jest zamknięta): powiedz, o co wystąpisz i kiedy się odezwiesz (karta oceny jakości rozmów).
ARR-B2B-08 = Po niedotrzymanej deklaracji powiedz, co dalej
    .coaching = Gdy deklaracja zapłaty została już raz niedotrzymana, nowemu terminowi towarzyszy informacja o kolejnym kroku wierzyciela na wypadek ponownego niedotrzymania, przekazana spokojnie i rzeczowo, a nie jako groźba: przedsądowe wezwanie do zapłaty, wstrzymanie nowych zamówień lub usług, jeśli przewiduje to umowa, a potem pozew (w elektronicznym postępowaniu upominawczym, EPU, o nakaz zapłaty). Mów tylko o krokach, które wierzyciel naprawdę zamierza i może zgodnie z prawem podjąć; potem zapisz je w potwierdzeniu wysłanym e-mailem.
