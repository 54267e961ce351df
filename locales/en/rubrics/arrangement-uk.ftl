rubric-arrangement-uk = UK arrangement: sustainable, within the mandate, confirmed

ARR-UK-SUSTAIN = A sustainable arrangement
    .coaching = A customer in or approaching arrears must be treated with forbearance and due consideration (CONC 7.3.4R), and must not be pressured to pay in one or very few repayments, in unreasonably large amounts or in an unreasonably short period (CONC 7.3.10R). Agree what their income and expenditure show they can keep to; a plan they accept but cannot keep is not forbearance.
ARR-UK-MANDATE = Inside your mandate
    .coaching = Keep every offer inside the creditor's authority limits shown on the account card: smallest instalment, longest term, first payment date, extension and settlement discount. A concession beyond them is a breach of authority, however welcome; ask a supervisor first.
ARR-UK-RECOVERY = Recover what the customer can sustainably pay
    .coaching = Of the arrangements that are sustainable and inside the mandate, the best recovers the most within the mandate's longest term. Do not agree less than the customer can sustainably pay, and never ask for more.
ARR-UK-INFORMED = Income and expenditure before any offer
    .coaching = Go through income and essential outgoings (for example with the Standard Financial Statement's categories) before you propose an amount. An offer made before any income-and-expenditure question is a guess, and a finding in itself.
ARR-UK-READBACK = Read the terms back
    .coaching = As soon as terms are agreed, read them back (amount, frequency, number of payments, first date) and have the customer confirm them.
ARR-UK-WRITING = Confirm the terms in writing
    .coaching = Tell the customer the agreed terms will be confirmed in writing, and how, so they have the dates and amounts to hand.
ARR-UK-CONCESSION = No unauthorised concessions
    .coaching = A discount, a longer term or a later date beyond your mandate needs a supervisor's approval before you offer it. Each unauthorised concession costs points.
