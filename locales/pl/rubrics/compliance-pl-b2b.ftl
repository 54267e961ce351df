rubric-compliance-pl-b2b = Zgodność z przepisami w Polsce, dłużnicy będący firmami: Kodeks karny i dobre praktyki

PLB-04 = Bez gróźb bezprawnych
    .coaching = Stosowanie przemocy lub groźby bezprawnej w celu zmuszenia do zwrotu wierzytelności jest przestępstwem bez względu na to, kim jest dłużnik (KK art. 191 § 2). Groźbą bezprawną jest także groźba spowodowania postępowania karnego albo rozgłoszenia wiadomości uwłaczającej czci osoby lub jej firmy (KK art. 115 § 12): „powiemy o tym waszym klientom” jest taką groźbą. Rzeczowa informacja o zgodnym z prawem, rzeczywiście planowanym kroku (przedsądowe wezwanie do zapłaty, nakaz zapłaty, wstrzymanie dostaw lub usług zgodnie z umową, uprzedzenie przed wpisem do biura informacji gospodarczej) groźbą nie jest.
    .citation = art. 191 § 2 KK; art. 115 § 12 KK
PLB-05 = Nie wprowadzaj w błąd co do uprawnień windykatora
    .coaching = Egzekucję prowadzi wyłącznie komornik sądowy na podstawie tytułu wykonawczego (KPC art. 776). Twierdzenie lub sugerowanie, że windykator, „zespół terenowy” albo „inspekcja majątku” może cokolwiek spisać lub zająć, jest wobec firmy tak samo nieprawdziwe jak wobec konsumenta; ustawa o ochronie konkurencji i konsumentów nie obejmuje relacji między przedsiębiorcami, ale takie kłamstwo szkodzi sprawie i relacji, a podane jako groźba może być przestępstwem (KK art. 191 § 2).
    .citation = Dobra praktyka; art. 776 KPC (egzekucję prowadzi tylko komornik na podstawie tytułu wykonawczego)
PLB-06 = Poufność w relacjach z firmą: nic na centrali
    .coaching = Zaległość firmy nie jest daną osobową, ale mówienie o niej recepcji lub współpracownikom, a tym bardziej obwinianie wskazanej z nazwiska pracownicy, to naruszenie poufności, które stawia twojego rozmówcę w złym świetle i wstrzymuje fakturę; to, co zrobiła konkretna osoba, może być jej daną osobową (art. 5 ust. 1 lit. f RODO). Poproś o połączenie i nic więcej (dobra praktyka).
    .citation = Dobra praktyka: poufność w relacjach z firmą; art. 5 ust. 1 lit. f RODO tylko wtedy, gdy ujawnia się zachowanie wskazanej osoby
PLB-07 = Potwierdź rozmówcę, zanim zaczniesz mówić o fakturze
    .coaching = Zanim podasz kwoty lub wspomnisz o zaległości, upewnij się, że rozmawiasz z osobą odpowiedzialną za fakturę (dobra praktyka).
    .citation = Dobra praktyka: potwierdzenie osoby odpowiedzialnej za fakturę przed rozmową o niej
PLB-07-TONE = Uprzejma rozmowa
    .coaching = Sarkazm, obelgi i podniesiony głos kończą rozmowy, prowadzą do skarg i zniechęcają klienta (karty oceny jakości rozmów windykacyjnych: bez obraźliwego języka).
    .citation = Karta oceny rozmów windykacyjnych: bez obraźliwego języka
