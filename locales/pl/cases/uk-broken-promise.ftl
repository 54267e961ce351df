case-title = Niedotrzymana obietnica: karta kredytowa Gemmy Doyle
case-brief = Dwie rozmowy na jednym koncie, w odstępie trzech tygodni. Najpierw dzwonisz do pani Doyle w sprawie zaległości na karcie kredytowej i ustalasz plan spłaty. Czy go dotrzyma, zależy od tego, jaką część jej realnych możliwości pochłania, i od życia. Jeśli plan się rozpadnie albo niczego nie ustalisz, dzwonisz do niej ponownie: najpierw przeczytaj historię konta i dowiedz się, co się zmieniło.
case-between = { $promise ->
        [kept] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: pierwsza wpłata z planu ({ $terms }) wpłynęła w terminie. Spłata idzie zgodnie z planem.
        [broken] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: pierwsza wpłata z planu ({ $terms }) nie wpłynęła, a SMS i telefon od tamtej pory pozostały bez odpowiedzi. Przeczytaj historię konta i zdecyduj, co robisz.
       *[none] Po { $days ->
            [one] { $days } dniu
            [few] { $days } dniach
            [many] { $days } dniach
           *[other] { $days } dniach
        }: w pierwszej rozmowie niczego nie ustalono i od tamtej pory nic nie wpłynęło. Przeczytaj historię konta i zdecyduj, co robisz.
    }
case-end = { $promise ->
        [kept] Sprawa na razie zamknięta: pani Doyle spłaca uzgodniony plan. Spłacany jest ten plan, na który klienta stać.
        [broken] Koniec sprawy: plan uzgodniony w ostatniej rozmowie również nie został dotrzymany. Nawet wtedy kolejnym krokiem jest rozmowa o przyczynie, a nie eskalacja.
       *[none] { $outcome ->
            [payment-plan] Sprawa na razie zamknięta: nowy plan, oparty na tym, co klientka ma dziś.
            [on-hold] Sprawa na razie zamknięta: działania na koncie są wstrzymane, a pani Doyle korzysta z bezpłatnego doradztwa dłużnego; termin kolejnej rozmowy jest ustalony.
            [hung-up] Koniec sprawy: pani Doyle się rozłączyła. Następny kontakt będzie trudniejszy.
            [escalated] Koniec sprawy: konto trafiło na drogę sądową, a nikt nie ustalił, co się zmieniło.
            [letter-sent] Sprawa zakończyła się pismem. Nadal nikt nie wie, dlaczego plan się rozpadł.
           *[other] Koniec sprawy.
        }
    }
