title = Licence invoice held: no PO number
briefing = You work in the receivables team of { $creditor }. Invoice FV/2026/10/0342 of 6 October to { $organisation } for the annual renewal of 25 CAD licences, { $amount } gross, was due on { $due } and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Nobody has complained, but nothing has been paid. Your contact is { $debtor } in accounts payable, on his direct line. Find out why the invoice is unpaid, tell an invoice error from a genuine dispute, and end the call with a payment date. This is a business debt: late-payment law applies (Dir. 2011/7/EU; the Polish act of 8 March 2013), as does good collection practice; business claims become time-barred after 3 years (KC art. 118), so time is not an issue here.
product = annual CAD software licences (25 seats)

## Accounts payable

opening = Wróbel, accounts payable.
    .intro-verify = Good morning, this is { $agent } from the receivables team at { $creditor }. Am I speaking to Mr Tomasz Wróbel, who handles supplier invoices at { $organisation }?
    .lead-with-penalties = Good morning, { $agent } from { $creditor }. Your invoice for { $amount } is { $days ->
        [one] one day
       *[other] { $days } days
    } overdue. We're charging statutory interest and recovery compensation, so please arrange payment urgently.
    .vague = Good morning, I'm calling about an overdue payment. When can we expect the transfer?
opening-v2 = Accounts payable, Tomasz Wróbel speaking, good morning.
opening-why =
    .intro-verify = Good: your name, your team and company, and a check that you have the right contact before any detail (good practice: confidentiality).
    .lead-with-penalties = You lead with interest and compensation before knowing why the invoice is unpaid, and before confirming who you are talking to. Statutory interest and the flat recovery compensation are real (Dir. 2011/7/EU; act of 8 March 2013), but as an opening line they only make the customer defensive.
    .vague = Too vague to act on: AP handles hundreds of invoices a month. Introduce yourself, confirm the contact, and give the invoice number, amount and due date.

which-invoice = Who is calling, and which invoice is this about? We have several hundred suppliers.
    .identify = Sorry, let me start properly: { $agent }, receivables team at { $creditor }. Do you handle supplier invoices at { $organisation }?
    .just-pay = The { $creditor } invoice. Please just pay it.
which-invoice-why =
    .identify = Good reset: who you are, where you are from, and whether he is the right contact.
    .just-pay = Accounts payable pays documents, not company names. Without the invoice number nobody can find it, and the tone doesn't help.

confirmed = Yes, that's me. How can I help?
    .invoice-details = It's about invoice FV/2026/10/0342 of 6 October, for the annual renewal of 25 CAD licences: { $amount } gross, due { $due }. We haven't received the payment yet. Could you check where it stands on your side?
    .demand-today = Invoice FV/2026/10/0342, { $amount }, overdue since { $due }. I need it paid today.
    .field-visit = Invoice FV/2026/10/0342, { $amount }. If it isn't paid by Friday, our field collector will visit your premises and take an inventory of your assets.
confirmed-why =
    .invoice-details = Model answer: the exact invoice, what it is for, the amount and due date, then an open question. Let him find the problem.
    .demand-today = A demand before you know why it is unpaid. You'll get the reason anyway, but with less goodwill.
    .field-visit = Critical: a collector has no power to inventory or seize anything; only a court bailiff (komornik) with an enforceable title can enforce. Implying otherwise is false (KPC art. 776). With a consumer UOKiK penalises it as a practice against consumers' collective interests; between businesses that act does not apply, but the statement is just as false and, used as a threat, can be a crime (KK art. 191 § 2).

## The workflow hold: an invoice error

rejected = Let me look… Ah, that one. It's been stopped in our approval workflow since 22 October: there's no purchase-order number on it, and our order terms say clearly that invoices without one don't go for approval. We emailed your invoicing address at the time.
    .apologise-ask-po = I'm sorry, that email clearly didn't reach the right person on our side; that's our mistake. So nothing on the invoice is disputed, it's only missing the PO number, is that right? If you give me the number, we'll issue a corrective invoice with it in KSeF today.
    .not-our-problem = (cutting in) The PO number is your internal matter. The licences were delivered, the invoice is valid, please pay it.
    .compensation = Be that as it may, for late payment we're entitled to statutory interest and recovery compensation.
    .log-as-dispute = I see. Then I'll register this as a dispute and pass it to our legal department.
rejected-v2 = One moment… Here it is. Held in approval since 22 October, reason: no PO number. Under our order terms we don't approve invoices without one. We sent a note to your invoicing email.
rejected-why =
    .apologise-ask-po = Model answer: own the mistake, paraphrase to confirm it's an invoice error and not a dispute, and fix it the same day: since 2026 that means a corrective invoice (faktura korygująca) in KSeF, not a replacement sent by email.
    .not-our-problem = You interrupted, and you are wrong: the customer's order terms require the PO number, so the invoice cannot be paid as it stands. A missing PO number is an invoice error you can correct today.
    .compensation = Compensation for a delay your own invoice caused is hard to justify, and raising it before fixing the problem stalls the invoice further. Correct the invoice first (B2B-01).
    .log-as-dispute = Nobody is disputing anything: this is an invoice error. Sending it to a dispute queue or to lawyers delays payment by weeks. Correct the invoice the same day.

dispute-mistake = What dispute? Nobody is questioning anything. I just need the PO number on the invoice.
    .ok-reissue = You're right, my mistake: that's an invoice error, not a dispute. If you give me the PO number, the corrective invoice goes out in KSeF today.
    .legal-anyway = Our procedure is that unpaid invoices over 30 days go to legal, so that's where it's going.
dispute-mistake-why =
    .ok-reissue = Good correction: call it what it is and fix it the same day.
    .legal-anyway = Sending a routine invoice error to lawyers, with a hint of court, damages the relationship and delays the money (B2B-08).

po-found = I have it in the system: order ZAM/IT/2026/0187, raised by Ms Joanna Lis from IT. Please put it on the corrective invoice, in the notes or next to the item. Once it's in KSeF, it comes through to us automatically.
    .read-back-approver = Let me read that back: ZAM/IT/2026/0187, on the corrective invoice in KSeF. Once it's in your workflow, who approves it, and how long does that usually take?
    .pay-old = Since you have the number, couldn't you pay the original invoice and we'll send the correction later?
    .no-readback = Fine, we'll send it.
po-found-why =
    .read-back-approver = Model answer: read the PO number back, then ask who approves the invoice and how long it takes: that is where the payment date comes from.
    .pay-old = The original is held in his approval workflow: without the PO number nobody can approve it, so he can't pay it. Asking him to bend his own controls costs goodwill and gains nothing.
    .no-readback = The correction will go out, but you didn't check the details or ask who approves it next; a typo in the PO number means the correction gets stuck in approval again.

po-missing = Hm, I can't see an order for these licences in the system. Maybe IT ordered them without a PO? I'd have to ask Ms Joanna Lis in IT, and she's on a training course today.
    .ask-requester = Our account manager has Ms Lis's contact details from the order. We'll ask her for the PO number directly, with you in copy, and issue the corrective invoice in KSeF as soon as we have it. Who approves the invoice once it's back in the workflow?
    .callback-tomorrow = Understood. Shall I call you tomorrow at 10:00, once you've been able to ask Ms Lis?
    .threaten-court = The missing PO is your problem. If it isn't paid by Friday, we'll apply to court for a payment order.
po-missing-why =
    .ask-requester = Model answer: you take the work on yourself, through the contact you already have, keep him in copy, and ask about the next step in approval.
    .callback-tomorrow = Acceptable: a dated callback at a reasonable hour. Taking the PO request on yourself would be faster.
    .threaten-court = A payment order over an invoice that does not meet the customer's order terms is a threat you are unlikely to carry out, and it damages the relationship (B2B-08).

cant-pay-old = I can't. That invoice is held in the workflow; without the PO number nobody can approve it. We need the correction.
    .ok-correction = Understood, the corrective invoice goes out in KSeF today. Who approves it once it's in your workflow?
    .push = Surely you can override it for a supplier who's been waiting a month.
cant-pay-old-why =
    .ok-correction = Good: accept his process and move to the next step, approval.
    .push = Asking AP to bypass its own controls is not going to happen, and it tells him you don't respect his job.

callback-set = Fine, tomorrow at ten. By then I'll have asked Ms Lis about the order.
    .summarise-callback = Thank you. So: tomorrow, 19 November, at 10:00 I'll call you for the PO number from Ms Lis, and the corrective invoice to FV/2026/10/0342 goes out in KSeF the same day. Thank you for your help, Mr Wróbel.
    .close-callback = OK, speak tomorrow.
callback-set-why =
    .summarise-callback = Good close: the date, the time, what you'll need and what happens next.
    .close-callback = Fine, but a one-line recap makes sure you both expect the same thing tomorrow.

## Re-approval and a payment date

approval-time = The corrective invoice will go into the workflow automatically. It's approved by the IT manager, Mr Adam Nowak; it usually takes him two or three days. We make payments on Thursdays.
    .agree-date = So if the corrective invoice reaches you today and Mr Nowak approves it by Monday, could the whole invoice go out in the Thursday 26 November payment run?
    .demand-tomorrow = Two or three days is too long. I need the transfer tomorrow.
    .goodwill-discount = Since the delay started with our invoice, I can take 3 % off if it goes out in the Thursday 26 November run. Would that help?
    .misstate = Every day of delay costs you a 0.5% contractual penalty on top of a €200 recovery fee, so tomorrow would be better.
approval-time-why =
    .agree-date = Model answer: turn his process into a concrete date (approval by Monday, the whole invoice in the Thursday 26 November run) and check it with him. It fits his payment run and his cash, and it is inside your mandate.
    .demand-tomorrow = He has just told you how his approval works and that he pays on Thursdays; a transfer tomorrow is outside any payment run, so he cannot agree to it.
    .goodwill-discount = An unauthorised concession: nothing on the invoice is disputed, the customer can pay it in full, and your mandate allows no discount. A "goodwill" write-down for your own invoice error is the credit manager's decision, not yours; the fix for the error is the corrective invoice.
    .misstate = You misstated the charges: nothing in this contract sets a 0.5% daily penalty, and the law gives statutory interest for late payment in commercial transactions and, for an invoice of this size (more than 5,000 zł and less than 50,000 zł), a flat recovery compensation of €70, not €200 (art. 10 ust. 1 of the act of 8 March 2013; Dir. 2011/7/EU art. 6). Never quote charges that neither the law nor the contract provides.

one-payment = There's no need to split it. Once Mr Nowak has approved the correction, we'll pay it in one transfer: { $counter-terms }.
    .take-counter = Even better, thank you: the whole amount in one transfer, then.
one-payment-why =
    .take-counter = Good: he has the cash and a payment run, so one transfer is better than your instalments. Next time ask about the payment run and the approval before offering a plan.

grudging-yes = Fine: { $agreed }, if you insist. But I'm telling you now, it depends on Mr Nowak, and we only pay on Thursdays.
    .realistic-date = You're right, let's make it realistic: the whole invoice in the Thursday 26 November run, once Mr Nowak has approved the correction?
    .hold-to-it = Good, I'll hold you to that. I'll confirm it by email today.
grudging-yes-why =
    .realistic-date = Good recovery: a "yes" given to end the call is not a promise to pay. Replace it with the date his payment run can really make.
    .hold-to-it = He said yes to get you off the phone: nothing goes out before approval or outside the Thursday run, so this promise breaks, and the broken promise will be logged against him, not the date you forced.

too-soon = That won't work: { $terms }. We pay on Thursdays, and nothing goes out before Mr Nowak has approved the correction, so the earliest is Thursday 26 November.
    .accept-run = Of course. Then the whole invoice in the Thursday 26 November run, once Mr Nowak has approved it?
    .push = Surely you can make an exception for a supplier who's been waiting a month.
too-soon-why =
    .accept-run = Good recovery: the date comes from his payment run, not from your wish list.
    .push = Asking accounts payable to pay outside its runs and before approval is not going to happen, and it tells him you don't respect his job.

date-hedged = I can't promise anything for Mr Nowak. If he approves it, then yes, { $agreed }, but I can't guarantee it.
    .calm-compensation = I understand, it isn't up to you. Just for clarity: for late payment between businesses the law provides statutory interest and, for an invoice of this size, a flat recovery compensation of €70. We don't want to go there, especially since the delay started with our invoice. So can we keep that date, subject to Mr Nowak's approval?
    .callback-tuesday = That's fair, it's not your decision. I'll put what we've just agreed in an email to you today, and shall I call you on Tuesday 24 November at 10:00 to check whether it's been approved?
    .waive-interest = I'll tell you what: if it goes out as agreed, I'll make sure we never charge you any interest or compensation on this invoice.
    .threaten-court = If you can't promise, we'll pass it to our lawyers.
date-hedged-why =
    .calm-compensation = An acceptable use of the law: stated correctly (statutory interest; €70 for an invoice between 5,000 and 50,000 zł, art. 10 ust. 1 of the act of 8 March 2013), calmly, after fixing the invoice, with the honest admission that the delay began on your side, and tied to the agreed date.
    .callback-tuesday = A reasonable fallback within normal hours, with the terms confirmed in writing. Reading them back now would make sure you both noted the same thing.
    .waive-interest = Over-promise and unauthorised concession: statutory interest and the recovery compensation are the creditor's rights (act of 8 March 2013; Dir. 2011/7/EU), and waiving them is the creditor's decision, not a sweetener you can hand out on the phone.
    .threaten-court = A threat over an invoice your own error held up: it damages the relationship and is unlikely to be carried out (B2B-08).

date-agreed = All right: { $agreed }. If the correction comes in today, that's realistic. I'm noting it down.
    .summarise-close = Thank you. Let me read it back: today we issue the corrective invoice with PO ZAM/IT/2026/0187 in KSeF; Mr Nowak approves it by Monday; and the payment goes out exactly as you've just noted it, by transfer to the account number on the invoice. I'll confirm the amount and the date by email today. Thank you for your help, Mr Wróbel.
    .close-no-recap = Great, thanks. Bye.
    .court-warning = Good. And if it's late even by a day, it goes to court.
date-agreed-v2 = OK, I've made a note: { $agreed }, provided the correction arrives today.
date-agreed-why =
    .summarise-close = Model close: every step, owner and date read back, the payment route, the terms confirmed in writing, and thanks.
    .close-no-recap = You have terms, but you neither read them back nor confirmed them in writing: the arrangement is not documented, and details slip.
    .court-warning = You had an agreement; a parting threat adds nothing and sours the relationship (B2B-08).

## When it goes wrong

defensive = Excuse me, but we emailed you about that invoice three weeks ago. We're not the ones at fault here, and I won't be spoken to in that tone.
    .apologise-reset = You're right, I'm sorry, that came out badly. Let's start from what you can see in your system: why is the invoice unpaid?
    .escalate-own = I understand. I'll pass this to our account manager.
    .threaten-clients = Then your customers will hear that { $organisation } doesn't pay its suppliers.
    .insult = Maybe if your department read its email, we wouldn't be having this conversation.
defensive-v2 = Hold on. I don't like that tone. If you want me to do something, tell me normally what this is about.
defensive-why =
    .apologise-reset = Good recovery: an apology, then an open question about what he sees in his system.
    .escalate-own = A legitimate exit if he won't engage, but here you soured the call yourself; an apology usually works better.
    .threaten-clients = Critical: threatening to damage a company's reputation with its customers to force payment is an unlawful threat (KK art. 191 § 2).
    .insult = Insulting the customer's staff breaks the rule of every collections QA scorecard that conversations stay polite, and ends the call.

rejected-again = Once more: the invoice has no PO number, so it's stuck in approval. With a correction carrying the number, it'll go through.
    .reissue-today = Understood, and sorry. If you give me the PO number, the corrective invoice goes out in KSeF today.
    .your-problem = (cutting in) Your PO rules are not our problem. Just pay.
rejected-again-why =
    .reissue-today = Good: fix the invoice error the same day.
    .your-problem = He has told you twice what's wrong. Interrupting and refusing to fix it ends the call.

## Endings

end-promise = OK, noted. Goodbye.
end-promise-v2 = All right. Issue the correction and we'll take it from there. Goodbye.
end-callback = All right, we'll be in touch. Goodbye.
end-escalated = As you wish. Goodbye.
end-hangup = This conversation is over. Goodbye. (He hangs up.)
end-hangup-v2 = I'm not listening to this. (He hangs up.)
