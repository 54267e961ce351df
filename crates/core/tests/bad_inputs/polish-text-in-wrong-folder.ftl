title = Wygenerowana rozmowa
briefing = Dzwonisz do { $debtor }.
product = produkt
