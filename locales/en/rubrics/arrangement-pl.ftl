rubric-arrangement-pl = Polish arrangement: affordable, within the mandate, confirmed

ARR-PL-SUSTAIN = A plan the consumer can keep
    .coaching = Agree terms that fit what the consumer has left each month after essential costs. A promise they accept but cannot keep breaks within weeks. No Polish statute sets an affordability test for amicable collection; collections QA scorecards do, and so does the creditor that wants to be paid.
ARR-PL-MANDATE = Inside your mandate
    .coaching = Keep every offer inside the creditor's authority limits on the account card: smallest instalment, longest term, first payment date, deferral and discount. A concession beyond them needs a supervisor's approval first.
ARR-PL-RECOVERY = Recover what the consumer can really pay
    .coaching = Of the arrangements that are affordable and inside the mandate, the best recovers the most within the mandate's longest term. Do not settle for less than the consumer could sustainably pay, and do not ask for more.
ARR-PL-INFORMED = Income and expenditure before any offer
    .coaching = Ask about income and essential costs before you propose or accept an amount. An offer made before any income-and-expenditure question is a guess, and a finding in itself.
ARR-PL-READBACK = Read the terms back
    .coaching = As soon as terms are agreed, read them back (amounts, dates, how to pay) and have the consumer confirm them.
ARR-PL-WRITING = Confirm the terms in writing
    .coaching = Tell the consumer the agreed terms will be confirmed in writing (a text message, an email or a letter), so they have the dates and amounts to hand.
