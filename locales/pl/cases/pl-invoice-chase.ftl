case-title = Od przypomnienia do ostatecznego wezwania: faktura za IT w Wiślanej Dystrybucji
case-brief = Dwie rozmowy w sprawie jednej faktury, w odstępie trzech tygodni. Najpierw telefon przypominający do działu rozrachunków kilka dni po terminie: ustal, na jakim etapie jest faktura, i uzyskaj termin, który ich przelewy mogą zrealizować. Czy pieniądze wpłyną, zależy od tego terminu i od ich gotówki. Jeśli nie wpłyną albo niczego nie ustalisz, dzwonisz ponownie na etapie ostatecznego wezwania: najpierw przeczytaj historię konta, uzyskaj konkretny termin od osoby, która decyduje, i jasno powiedz, co będzie dalej.
case-between = { $promise ->
        [kept] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: wpłata wpłynęła zgodnie z ustaleniami ({ $terms }). Faktura zapłacona.
        [broken] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: zadeklarowana wpłata ({ $terms }) nie wpłynęła, a jedyna odpowiedź mówi, że faktura jest „u dyrektora finansowego”. Przeczytaj historię konta i zdecyduj, co robisz.
       *[none] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: w pierwszej rozmowie nie ustalono terminu i nic nie wpłynęło. Przeczytaj historię konta i zdecyduj, co robisz.
    }
case-end = { $promise ->
        [kept] Sprawa zamknięta: faktura zapłacona. Płacony jest ten termin, który pasuje do przelewów klienta.
        [broken] Koniec sprawy: termin uzgodniony w ostatniej rozmowie również nie został dotrzymany. Teraz następuje kolejny krok zapowiedziany w ostatecznym wezwaniu.
       *[none] { $outcome ->
            [promise-to-pay] Sprawa na razie zamknięta: konkretny termin od dyrektora finansowego, kolejny krok zapowiedziany i potwierdzony na piśmie jako ostateczne wezwanie.
            [escalated] Koniec sprawy: faktura trafia do działu prawnego, a najpierw wychodzi ostateczne wezwanie.
            [letter-sent] Sprawa zakończyła się przedsądowym wezwaniem wysłanym pocztą i e-mailem. Nadal nikt nie wie, dlaczego nic nie wpłynęło.
            [not-called] Sprawa zakończyła się bez telefonu. O kolejnym kroku klient dowie się z sądu albo z wyłączonej usługi.
            [hung-up] Koniec sprawy: rozmowa się posypała. Naprawa relacji potrwa dłużej niż odzyskanie faktury.
           *[other] Koniec sprawy.
        }
    }
