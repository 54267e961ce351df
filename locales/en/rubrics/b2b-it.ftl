rubric-b2b-it = Business IT invoices: late-payment law and good practice

B2B-01 = Listen before raising late-payment charges
    .coaching = Statutory late-payment interest and the flat recovery compensation are real rights (Dir. 2011/7/EU; PL act of 8 March 2013), but leading with them before you know why the invoice is late stalls it. Hear the customer's side first; raise them calmly, correctly, and only if payment stalls.
B2B-02 = State late-payment charges correctly
    .coaching = Between businesses the law gives statutory interest for late payment (the Directive requires at least the reference rate plus 8 percentage points; check the current Polish rate before quoting a figure) and a flat compensation for recovery costs of at least €40 (Dir. 2011/7/EU art. 3, art. 6; PL act of 8 March 2013). The Polish act sets €40, €70 or €100 by invoice size (unverified: check the thresholds). Never invent penalties such as "10% a month".
B2B-03 = Correct an invoice error the same day
    .coaching = A missing PO number, a wrong legal entity or a wrong address is an invoice error, not a dispute: issue a corrective invoice the same day (in Poland a faktura korygująca in KSeF; in the UK a credit note and a new invoice) so that the customer's approval workflow can release it (good practice).
B2B-04 = Log a genuine dispute and time-box it
    .coaching = A disputed seat or usage count is a genuine dispute: log it formally, give it an owner and a written-answer deadline, and keep it separate from any invoice error (good practice).
B2B-05 = No payment pressure on a disputed amount
    .coaching = While a dispute is open, do not press for payment of the disputed amount; resolve it with documents (good practice).
B2B-06 = Find the approver
    .coaching = Invoices are paid when someone approves them. Ask who signs the invoice off and what could hold it up (good practice).
B2B-07 = Leave with a payment date
    .coaching = A promise without a date is not a promise. Tie the date to the customer's real process: approval day, payment run (good practice).
B2B-08 = Keep the relationship
    .coaching = Threatening court on a first call over an invoice that is stuck in a workflow damages a customer relationship that is usually worth more than the invoice (good practice).
