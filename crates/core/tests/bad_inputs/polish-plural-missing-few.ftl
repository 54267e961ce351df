title = Rozmowa
briefing = Zaległość: { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}.
product = produkt
