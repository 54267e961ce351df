rubric-arrangement-b2b = Business invoices: the arrangement agreed

ARR-B2B-01 = Terms that fit the customer's payment run and cash
    .coaching = A business pays in payment runs, after someone approves the invoice. A date before the next run the invoice can reach, or more than the customer can release in the runs before the date, is a promise accounts payable cannot keep, however willingly it was given. Ask who approves and when the runs are, then agree the run (credit-control practice).
ARR-B2B-02 = Stay inside your mandate
    .coaching = Your mandate is on the account card: how far you may move the date, whether instalments are allowed and how small, and what discount you may give without approval (usually none on an undisputed invoice). Anything beyond it needs your credit manager, even if the customer would say yes on the spot (the creditor's authority limits).
ARR-B2B-03 = Recover what the best sustainable arrangement recovers
    .coaching = Measured against the best arrangement the customer can keep within your mandate (often the whole invoice in the next payment run it can reach). Instalments the customer does not need, or a discount, leave money behind (the creditor's recovery policy).
ARR-B2B-04 = Read the agreed terms back
    .coaching = Once terms are agreed, read them back (amount, date or run, what happens first on either side, such as the corrective invoice) and let the customer confirm them: most broken promises to pay start with two people noting different things (QA scorecard).
ARR-B2B-05 = Confirm the terms in writing
    .coaching = Say that you will confirm the terms by email, and to whom. Accounts payable works from documents, and in Poland the customer's written confirmation of the debt and the date also acknowledges the claim, which interrupts limitation (KC art. 123 § 1 pkt 2) (QA scorecard).
ARR-B2B-06 = No concession without approval
    .coaching = A "goodwill" discount, a write-off of a disputed part before anyone has checked, a date weeks away or a promise that no interest will be charged all give away the creditor's money. Statutory interest and the fixed recovery compensation are the creditor's rights (UK: Late Payment of Commercial Debts (Interest) Act 1998, s.1 and s.5A, £40/£70/£100; PL: act of 8 March 2013, art. 10 ust. 1, €40/€70/€100; Dir. 2011/7/EU art. 3 and 6): only the creditor may waive them. Ask your credit manager first.
ARR-B2B-07 = No promises you cannot keep
    .coaching = Do not promise what is not yours to decide (that charges will be waived, that a credit note will be approved, that the account is closed): say what you will ask for and when you will come back (QA scorecard).
ARR-B2B-08 = After a broken promise, say what happens next
    .coaching = When a promise to pay has already been broken, the new date comes with the creditor's next step if it breaks again, stated calmly and as a fact, not as a threat: the final written demand (PL: przedsądowe wezwanie do zapłaty), a credit hold on new orders or services where the contract provides for it, and then a court claim (PL: a payment order in the electronic procedure, EPU). Only state a step the creditor really intends and may lawfully take; then put it in the written confirmation.
