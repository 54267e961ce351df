rubric-b2b-it = Faktury IT między firmami: przepisy o opóźnieniach w płatnościach i dobre praktyki

B2B-01 = Najpierw wysłuchaj, potem mów o kosztach opóźnienia
    .coaching = Odsetki ustawowe za opóźnienie w transakcjach handlowych i rekompensata za koszty odzyskiwania należności to realne uprawnienia (w Wielkiej Brytanii ustawa Late Payment of Commercial Debts (Interest) Act 1998; w Polsce ustawa z 8 marca 2013 r.; obie wdrażają dyrektywę 2011/7/UE), ale zaczynanie od nich, zanim wiesz, dlaczego faktura nie jest zapłacona, tylko ją blokuje. Najpierw wysłuchaj klienta; o kosztach mów spokojnie, poprawnie i dopiero wtedy, gdy płatność stoi.
B2B-02 = Poprawnie podawaj koszty opóźnienia
    .coaching = Podawaj przepisy kraju, z którego jest faktura. Wielka Brytania: odsetki ustawowe w wysokości stopy bazowej Banku Anglii plus 8% w skali roku i stała kwota 40 funtów (dług poniżej 1000 funtów), 70 funtów (poniżej 10 000) albo 100 funtów (10 000 i więcej) (Late Payment of Commercial Debts (Interest) Act 1998, s. 1, s. 5A, s. 6). Polska: odsetki ustawowe za opóźnienie w transakcjach handlowych, czyli stopa referencyjna NBP plus 10 punktów procentowych (art. 4 pkt 3 lit. a ustawy z 8 marca 2013 r.; zanim podasz wysokość, sprawdź aktualną stopę), oraz rekompensata za koszty odzyskiwania należności: 40 euro (należność do 5000 zł), 70 euro (powyżej 5000 i poniżej 50 000 zł) albo 100 euro (50 000 zł i więcej), dochodzona notą obciążeniową (art. 10 ust. 1). Oba systemy wynikają z dyrektywy 2011/7/UE (art. 3, art. 6). Nigdy nie wymyślaj kar w rodzaju „10% miesięcznie” ani opłat administracyjnych (dobra praktyka: ustawy dają uprawnienia, same nie zakazują ich przekłamywania).
B2B-03 = Błąd na fakturze skorygowany tego samego dnia
    .coaching = Brak numeru zamówienia, zły podmiot czy zły adres to błąd na fakturze, a nie spór: wystaw fakturę korygującą tego samego dnia (w Polsce zgodnie z art. 106j ustawy o VAT, od 2026 r. w KSeF; w Wielkiej Brytanii notę kredytową i nową fakturę), żeby obieg dokumentów u klienta mógł ją przepuścić (dobra praktyka).
B2B-04 = Reklamację zarejestruj i określ termin
    .coaching = Zakwestionowana liczba licencji czy zużycie to rzeczywisty spór: zarejestruj reklamację formalnie, wyznacz osobę odpowiedzialną i termin pisemnej odpowiedzi, i nie mieszaj jej z błędem na fakturze (dobra praktyka).
B2B-05 = Bez nacisku na zapłatę spornej kwoty
    .coaching = Dopóki reklamacja jest otwarta, nie naciskaj na zapłatę spornej kwoty; spór rozstrzygają dokumenty. Bezsporna część jest wymagalna jak zwykle: poproś o nią i ustal termin (dobra praktyka).
B2B-06 = Ustal, kto akceptuje fakturę
    .coaching = Faktury są płacone, gdy ktoś je zaakceptuje. Zapytaj, kto zatwierdza fakturę i co może ją zatrzymać (dobra praktyka).
B2B-07 = Zakończ rozmowę z terminem płatności
    .coaching = Deklaracja bez daty to nie deklaracja. Powiąż termin z rzeczywistym procesem klienta: dzień akceptacji, dzień przelewów. Gdy trwa spór, termin dotyczy bezspornej części (dobra praktyka).
B2B-08 = Dbaj o relację z klientem
    .coaching = Straszenie sądem już w pierwszej rozmowie o fakturze, która utknęła w obiegu, niszczy relację z klientem, zwykle wartą więcej niż sama faktura (dobra praktyka). Spokojna, rzeczowa informacja o zgodnym z prawem kroku, który wierzyciel naprawdę zamierza podjąć (przedsądowe wezwanie do zapłaty, nakaz zapłaty w EPU, wstrzymanie usług zgodnie z umową), nie jest groźbą.
