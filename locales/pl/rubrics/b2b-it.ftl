rubric-b2b-it = Faktury IT między firmami: przepisy o opóźnieniach w płatnościach i dobre praktyki

B2B-01 = Najpierw wysłuchaj, potem mów o kosztach opóźnienia
    .coaching = Odsetki ustawowe za opóźnienie w transakcjach handlowych i rekompensata za koszty odzyskiwania należności to realne uprawnienia (dyrektywa 2011/7/UE; ustawa z 8 marca 2013 r.), ale zaczynanie od nich, zanim wiesz, dlaczego faktura nie jest zapłacona, tylko ją blokuje. Najpierw wysłuchaj klienta; o kosztach mów spokojnie, poprawnie i dopiero wtedy, gdy płatność stoi.
B2B-02 = Poprawnie podawaj koszty opóźnienia
    .coaching = Między przedsiębiorcami przysługują odsetki ustawowe za opóźnienie (dyrektywa wymaga co najmniej stopy referencyjnej powiększonej o 8 punktów procentowych; zanim podasz wysokość, sprawdź aktualną stawkę w Polsce) oraz rekompensata za koszty odzyskiwania należności w wysokości co najmniej 40 euro (dyrektywa 2011/7/UE art. 3, art. 6; ustawa z 8 marca 2013 r.). Polska ustawa przewiduje 40, 70 lub 100 euro zależnie od wartości faktury (niezweryfikowane: sprawdź progi). Nigdy nie wymyślaj kar w rodzaju „10% miesięcznie”.
B2B-03 = Błąd na fakturze skorygowany tego samego dnia
    .coaching = Brak numeru zamówienia, zły podmiot czy zły adres to błąd na fakturze, a nie spór: wystaw fakturę korygującą tego samego dnia (w Polsce w KSeF; w Wielkiej Brytanii notę kredytową i nową fakturę), żeby obieg dokumentów u klienta mógł ją przepuścić (dobra praktyka).
B2B-04 = Reklamację zarejestruj i określ termin
    .coaching = Zakwestionowana liczba licencji czy zużycie to rzeczywisty spór: zarejestruj reklamację formalnie, wyznacz osobę odpowiedzialną i termin pisemnej odpowiedzi, i nie mieszaj jej z błędem na fakturze (dobra praktyka).
B2B-05 = Bez nacisku na zapłatę spornej kwoty
    .coaching = Dopóki reklamacja jest otwarta, nie naciskaj na zapłatę spornej kwoty; spór rozstrzygają dokumenty (dobra praktyka).
B2B-06 = Ustal, kto akceptuje fakturę
    .coaching = Faktury są płacone, gdy ktoś je zaakceptuje. Zapytaj, kto zatwierdza fakturę i co może ją zatrzymać (dobra praktyka).
B2B-07 = Zakończ rozmowę z terminem płatności
    .coaching = Deklaracja bez daty to nie deklaracja. Powiąż termin z rzeczywistym procesem klienta: dzień akceptacji, dzień przelewów (dobra praktyka).
B2B-08 = Dbaj o relację z klientem
    .coaching = Straszenie sądem już w pierwszej rozmowie o fakturze, która utknęła w obiegu, niszczy relację z klientem, zwykle wartą więcej niż sama faktura (dobra praktyka).
