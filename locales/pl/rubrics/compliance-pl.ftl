rubric-compliance-pl = Zgodność z prawem polskim: Kodeks karny, UOKiK, RODO, dobre praktyki ZPF

PL-04 = Bez gróźb bezprawnych i nękania
    .coaching = Stosowanie przemocy lub groźby bezprawnej w celu wymuszenia zwrotu wierzytelności jest przestępstwem (KK art. 191 § 2), a uporczywe nękanie to odrębne przestępstwo (KK art. 190a). Straszenie zniszczeniem reputacji, poinformowaniem kontrahentów czy „żeby wszyscy się dowiedzieli” nigdy nie jest narzędziem windykacji.
PL-05 = Bez wprowadzania w błąd co do uprawnień windykatora
    .coaching = Egzekwować należność może wyłącznie komornik sądowy na podstawie tytułu wykonawczego. Twierdzenie lub sugerowanie, że windykator, „zespół terenowy” czy „wizja lokalna” może cokolwiek zająć, to praktyka naruszająca zbiorowe interesy konsumentów, za którą UOKiK nakładał kary (ustawa o ochronie konkurencji i konsumentów, art. 24); wobec przedsiębiorcy jest to tak samo nieprawdziwe i niedopuszczalne.
PL-06 = Dane osobowe: bez ujawniania osobom trzecim
    .coaching = Przetwarzaj tylko niezbędne dane i nie ujawniaj długu ani tego, co konkretna osoba zrobiła lub czego nie zrobiła w tej sprawie, rodzinie, sąsiadom, pracodawcy czy współpracownikom bez podstawy prawnej (RODO art. 6 ust. 1 lit. f, art. 5 ust. 1 lit. c). Poproś o połączenie i nic więcej nie mów.
PL-07 = Poufność: najpierw weryfikacja, potem rozmowa o długu
    .coaching = Rozmowy mają być uprzejme i poufne, bez ujawniania informacji osobom nieuprawnionym (zasady dobrych praktyk ZPF, dawniej KPF). Zanim padnie kwota czy słowo „zaległość”, upewnij się, że rozmawiasz z dłużnikiem albo z osobą odpowiedzialną za faktury.
PL-07-TONE = Uprzejma rozmowa
    .coaching = Kontakt nie może być uciążliwy ani sprawiać wrażenia nękania, a rozmowa ma pozostać uprzejma (zasady dobrych praktyk ZPF). Sarkazm i obelgi kończą rozmowy i kończą się skargami.
PL-07-HOURS = Pory kontaktu (niezweryfikowane)
    .coaching = Zasady dobrych praktyk ZPF przewidują rozmowy w dni robocze między 6:00 a 22:00; ta rubryka przyjmuje te godziny, ale wydanie zasad nie zostało zweryfikowane (niezweryfikowane). Umówiony ponowny kontakt też powinien mieścić się w tych godzinach.
