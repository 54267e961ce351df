rubric-b2b-it = Business IT invoices: late-payment law and good practice

B2B-01 = Listen before raising late-payment charges
    .coaching = Statutory late-payment interest and the fixed recovery compensation are real rights (UK: Late Payment of Commercial Debts (Interest) Act 1998; Poland: act of 8 March 2013; both from Dir. 2011/7/EU), but leading with them before you know why the invoice is late stalls it. Hear the customer's side first; raise them calmly, correctly, and only if payment stalls.
B2B-02 = State late-payment charges correctly
    .coaching = Quote the law of the invoice's jurisdiction. UK: statutory interest at the Bank of England base rate plus 8% a year and a fixed sum of £40 (debt under £1,000), £70 (under £10,000) or £100 (£10,000 or more) (Late Payment of Commercial Debts (Interest) Act 1998 s.1, s.5A, s.6). Poland: statutory interest for delay in commercial transactions, the NBP reference rate plus 10 percentage points (act of 8 March 2013, art. 4 pkt 3 lit. a; check the current rate before quoting a figure), and a fixed compensation of 40 € (claim up to 5,000 zł), 70 € (over 5,000 and under 50,000 zł) or 100 € (50,000 zł or more), claimed with a debit note (nota obciążeniowa) (art. 10 ust. 1). Both come from Dir. 2011/7/EU (art. 3, art. 6). Never invent penalties such as "10% a month" or an administration fee (good practice: the acts give rights, they do not themselves forbid misstating them).
B2B-03 = Correct an invoice error the same day
    .coaching = A missing PO number, a wrong legal entity or a wrong address is an invoice error, not a dispute: issue a corrective invoice the same day (in Poland a faktura korygująca, VAT act art. 106j, issued in KSeF since 2026; in the UK a credit note and a new invoice) so that the customer's approval workflow can release it (good practice).
B2B-04 = Log a genuine dispute and time-box it
    .coaching = A disputed seat or usage count is a genuine dispute: log it formally, give it an owner and a written-answer deadline, and keep it separate from any invoice error (good practice).
B2B-05 = No payment pressure on a disputed amount
    .coaching = While a dispute is open, do not press for payment of the disputed amount; resolve it with documents. The undisputed part is due as usual: ask for it, with a date (good practice).
B2B-06 = Find the approver
    .coaching = Invoices are paid when someone approves them. Ask who signs the invoice off and what could hold it up (good practice).
B2B-07 = Leave with a payment date
    .coaching = A promise without a date is not a promise. Tie the date to the customer's real process: approval day, payment run. With a dispute open, the date is for the undisputed part (good practice).
B2B-08 = Keep the relationship
    .coaching = Threatening court on a first call over an invoice that is stuck in a workflow damages a customer relationship that is usually worth more than the invoice (good practice). Stating a lawful next step the creditor really intends (a final demand, a court payment order, a credit hold under the contract) calmly and as information is not a threat.
