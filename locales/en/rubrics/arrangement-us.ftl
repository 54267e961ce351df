rubric-arrangement-us = US arrangement: affordable, within the mandate, confirmed

ARR-US-SUSTAIN = A plan the consumer can keep
    .coaching = Agree terms that fit what the consumer has left each month after essential costs. A plan they accept but cannot keep breaks within weeks and is worse than none. US law sets no affordability test for collectors; collections QA scorecards do, and so does the creditor that wants to be paid.
ARR-US-MANDATE = Inside your mandate
    .coaching = Keep every offer inside the creditor's authority limits on your account card: smallest instalment, longest term, first payment date, extension, and discount (usually none without a supervisor). A concession beyond them is a breach of authority, even when the consumer is glad of it; ask a supervisor first.
ARR-US-RECOVERY = Recover what the consumer can really pay
    .coaching = Of the arrangements that are affordable and inside the mandate, the best recovers the most within the mandate's longest term. Do not settle for less than the consumer could sustainably pay, and do not ask for more.
ARR-US-INFORMED = Income and expenditure before any offer
    .coaching = Ask what comes in and what the essential costs are before you propose an amount. An offer made before any income-and-expenditure question is a guess, and it is a finding in itself.
ARR-US-READBACK = Read the terms back
    .coaching = As soon as terms are agreed, read them back (amount, how often, how many payments, first date) and have the consumer confirm them, so that you both leave the call with the same arrangement.
ARR-US-WRITING = Confirm the terms in writing
    .coaching = Tell the consumer the agreed terms will be confirmed in writing, and how (email or letter), so they have the dates and amounts to hand.
ARR-US-CONCESSION = No unauthorised concessions
    .coaching = A discount, a longer term or a later date beyond your mandate needs a supervisor's approval before you offer it. Each unauthorised concession costs points.
ARR-US-PROMISE = No promises you cannot keep
    .coaching = Do not promise what you cannot guarantee: that a credit report will be "wiped clean", that interest will stop, that a plan will be approved. A false or misleading representation in collecting a debt breaks 15 USC 1692e, and 1692e(10) names "any false representation or deceptive means".
