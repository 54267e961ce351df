title = Rozmowa
overdue = Zaległość wynosi { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}.
n0-0 = Halo?
    .intro = Dzień dobry.
