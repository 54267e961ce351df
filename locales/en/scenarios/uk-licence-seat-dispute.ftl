title = A disputed seat count on a software-licence renewal
briefing = You work in credit control at { $creditor }. Invoice INV-20931 of 1 October to { $organisation } is the annual renewal of Cobalt Analytics for 60 seats: { $amount } including VAT, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Your contact for supplier invoices is { $debtor }, in Leeds. It is 10:30 a.m. on a Tuesday. This is a business debt: FCA CONC governs consumer credit and does not apply here, so the call is judged on business good practice and call quality. Find out why the invoice is unpaid, keep a genuine dispute (logged, owned, time-boxed) apart from what is not disputed, and leave with the approver and a date for the undisputed part.
product = annual software licence (Cobalt Analytics, 60 seats)

## Opening

opening = Larkfield Analytics, Priya speaking.
    .intro-verify = Hi Priya, it's { $agent } from the credit control team at { $creditor }. Are you the right person to speak to about supplier invoices at Larkfield?
    .lead-with-overdue = Hi, it's { $agent } from { $creditor }. Your invoice INV-20931 for { $amount } is overdue. When will it be paid?
    .vague = Hi, I'm calling to chase a payment.
opening-v2 = Good morning, finance, Priya Shah.
opening-why =
    .intro-verify = Good: your name, team and company, and a check that she is the right contact before any detail.
    .lead-with-overdue = Leading with "overdue, when will it be paid" before you know whether she handles it, or why it's unpaid, puts her on the defensive.
    .vague = Nobody can act on "a payment": say who you are, check she is the right person, and give the invoice details.

which-invoice = Chasing what? Sorry, who is this?
    .reintro = Sorry, let me start again: I'm { $agent } from the credit control team at { $creditor }. Are you the right person for supplier invoices at Larkfield?
    .just-pay = The money you owe { $creditor }. It needs paying.
which-invoice-why =
    .reintro = Good reset: name, team, company, and check you have the right contact.
    .just-pay = Finance teams pay documents, not demands. Identify yourself, give the invoice number, and ask.

priya-confirms = Yes, supplier invoices come through me. Which one is it?
    .invoice-details = It's INV-20931, dated 1 October: the annual renewal of Cobalt Analytics for 60 seats, { $amount } including VAT, due on { $due }. We haven't received payment yet. Could you tell me where it's got to on your side?
    .demand-today = INV-20931, { $amount }, overdue since { $due }. I need it paid today.
priya-confirms-why =
    .invoice-details = Model answer: exact invoice number, date, what it is for, amount and due date, then an open question. She will tell you the real reason.
    .demand-today = Demanding payment today, before you know why it is late, skips the step that gets invoices paid: finding out where it is stuck.

## The dispute

priya-dispute = Ah, that one. It's on hold. We've only got 45 users. Tom Brennan, our IT lead, cut the seats to 45 in your admin portal in August, before the renewal, and we've still been billed for 60. I raised a ticket with your support team in September and heard nothing back.
    .paraphrase-split = Thank you for explaining, and I'm sorry your ticket wasn't answered. So, just to check: the renewal itself is fine, and 45 seats aren't in question; it's the other 15 you're disputing, because Tom reduced them in the portal in August. Is that right?
    .log-dispute = Thank you, and I'm sorry nobody got back to you. I'll log the 15 seats as a formal dispute today, and our account manager will reply to Tom in writing within five working days, with the portal's change log.
    .contract-says = The renewal was for 60 seats and the contract auto-renews. You'll need to pay the full amount.
    .credit-now = Oh, OK. I'll just get billing to reissue it for 45 seats, then: £7,776 by the end of the month, and we'll forget the other 15.
priya-dispute-v2 = That one's blocked, I'm afraid. We're billed for 60 seats, but Tom, our IT lead, reduced us to 45 in your portal back in August. We logged a support ticket in September; nobody replied.
priya-dispute-why =
    .paraphrase-split = Model answer: apologise for the unanswered ticket, then paraphrase to separate what is disputed (15 seats) from what is not (45). Next, log the dispute.
    .log-dispute = Good: a genuine dispute, logged with an owner and a written-answer deadline (b2b-it good practice). Checking what is not disputed would help you next.
    .contract-says = You may be right about the contract, but a disputed seat count is settled with the portal log, not by insisting on the phone. Pressing for the disputed amount breaks the no-pressure-on-disputes rule (b2b-it good practice).
    .credit-now = An unauthorised concession: writing off 15 seats on the spot, without checking the portal log, isn't resolving a dispute, it's skipping it, and a write-off is your credit manager's decision, not yours. Log it, investigate, and credit what the evidence supports.

split-question = The 45, yes, nobody's arguing about those. But our system holds the whole invoice if any line's disputed. And honestly, I'm doing two jobs since our finance assistant left. I haven't got time to chase your support team as well.
    .log-and-split = That sounds like a lot, and you shouldn't have to chase us. Let me take it off your plate: I'm logging the 15 seats as a formal dispute today against your September ticket, and our account manager will reply to Tom in writing within five working days, with the portal's change log. So that your system can release the rest, we'll credit INV-20931 and send you a new invoice today for the 45 seats, £7,776 including VAT. If the log shows the extra seats were used, they'd be billed separately. Would that work?
    .not-my-problem = Everyone's busy. That doesn't change when the invoice was due.
split-question-why =
    .log-and-split = Model answer: acknowledge her workload, log and time-box the dispute, and split the undisputed 45 seats onto their own document so they can be paid now (b2b-it good practice).
    .not-my-problem = Rude and counter-productive: you brushed aside her workload (EMP-19) and pressed for payment of an invoice she has just told you is partly disputed, which breaks the no-pressure-on-disputes practice.

concede-reaction = Oh. OK, great, if you're happy to just drop it to 45. So { $agreed }? Fine by me.
    .check-first = Actually, I shouldn't have said that: I can't write seats off before anyone has checked. I'll log the 15 seats as a dispute today, and our account manager will check the portal log and reply to Tom in writing within five working days. If the reduction is there, the credit follows.
    .go-ahead = Yes, I'll ask billing to reissue it at 45.
concede-reaction-why =
    .check-first = The best you can do now: take it back, log the dispute and let the evidence decide. But she has heard a write-off offered, and it stays on the record as an unauthorised concession.
    .go-ahead = You may be right that 45 is correct, but nobody has checked, and the write-off was never yours to give. Log the dispute and let the evidence decide.

ticket = Thanks. The ticket was CS-48812, if that helps. And Tom's email is tom.brennan@larkfield-analytics.co.uk; he's got the screenshots from the portal.
    .read-back = Let me read that back: ticket CS-48812, and Tom at tom.brennan@larkfield-analytics.co.uk. I'll put both on the dispute so the account manager contacts him directly.
    .skip-it = Fine. Now, about the payment.
ticket-why =
    .read-back = Good: read references and email addresses back so that the dispute reaches the right person.
    .skip-it = You dropped the evidence she offered and went straight back to money while the dispute is open.

## The undisputed 45 seats

undisputed-part = OK. If I get a proper document for the 45 seats, I can put it through. But Tom has to approve IT spend, not me.
    .ask-approver = That makes sense. When is Tom usually able to approve invoices, and when is your next supplier payment run?
    .pay-today = Can't you just pay the £7,776 today?
undisputed-part-why =
    .ask-approver = Model answer: find the approver and the payment run; that is where the date comes from (b2b-it good practice).
    .pay-today = She has just told you she can't approve it. While the dispute is open, keep to what her process allows and ask who approves.

approver = Tom signs things off on Thursdays. We pay suppliers on the last Friday of the month, so that's the 27th.
    .agree-date = So if the new 45-seat invoice reaches you today, Tom approves it on Thursday the 26th and it goes out in your payment run on Friday 27 November?
    .full-on-27th = Could the full { $amount } go in the run on the 27th, and we sort the 15 seats out afterwards?
    .write-off-15 = To keep it simple: pay £7,776 in the run on the 27th and we'll call it settled; forget the other 15 seats.
    .threaten-court = If it isn't paid this week, we'll issue a county court claim for the full amount.
    .suspend-licences = The 27th is too late. If it isn't paid this week, we'll suspend all 60 licences.
    .late-charges-wrong = If it isn't paid by the 27th, we'll add interest at 8% a month and a £250 administration fee.
approver-why =
    .late-charges-wrong = Misstated charges: nothing in this contract sets 8% a month or an administration fee. Between businesses in the UK the Late Payment of Commercial Debts (Interest) Act 1998 gives statutory interest at the Bank of England base rate plus 8% a year (s.1, s.6) and a fixed sum of £40, £70 or £100 by the size of the debt (s.5A): on this £10,368.00 invoice, £100 (for the undisputed part, £7,776.00, £70). Quote it correctly, calmly, and only if payment stalls.
    .agree-date = Model answer: you turn her process into a concrete date for the undisputed part and check it with her (b2b-it good practice). It is a part payment, with the disputed seats left open: it fits her run and her cash, and it needs no concession.
    .threaten-court = Threatening court over an invoice you have just agreed is partly disputed damages the relationship and is unlikely to be followed through (b2b-it good practice).
    .suspend-licences = Threatening to cut off a customer's service to force payment of an invoice that is partly disputed is pressure on a disputed amount (b2b-it good practice), and it will go straight to her director.
    .full-on-27th = Asking for the disputed seats as well is pressure on a disputed amount (b2b-it good practice), and her system holds any disputed line: she cannot agree to it.
    .write-off-15 = An unauthorised concession: a settlement in full and final at £7,776 writes off £2,592 that nobody has checked. Your mandate allows no discount or write-off; the disputed seats are settled by the evidence (a credit note if the portal log supports it), not on the phone.

write-off-accepted = Well, if you're writing off the 15 seats, I'm not going to argue: { $agreed }. Tom will be pleased.
    .read-back-write-off = So, to confirm: INV-20931 for { $amount } is settled at £7,776, paid in your run on Friday 27 November, and the 15 seats are closed. I'll confirm that by email today. Thanks, Priya.
    .close-write-off = Great. Thanks, bye.
write-off-accepted-why =
    .read-back-write-off = Read back and confirmed, but what you confirmed is a write-off of £2,592 that you had no authority to give. Log the dispute and take the undisputed part instead.
    .close-write-off = An unauthorised write-off, not even read back or confirmed in writing.

terms-refused = I can't put that through: { $terms }. That includes the 15 seats we're disputing, and our system holds the whole line while they are. The 45 undisputed seats can go in the run on the 27th once Tom has approved them.
    .undisputed-only = Fair enough, that's what matters now. So the new 45-seat invoice reaches you today, Tom approves it on Thursday the 26th, and it goes out in your run on Friday 27 November; the 15 seats wait for our written answer.
    .insist-full = The contract is for 60 seats. I need the full amount on the 27th.
terms-refused-why =
    .undisputed-only = Good recovery: the undisputed part, on her payment run, with the disputed seats left to the evidence.
    .insist-full = Pressing for a disputed amount (b2b-it good practice) when she has just offered you the undisputed part.

date-agreed = Yes, the 27th is realistic if the new invoice comes today. I'll put a note on it for Tom.
    .summarise-close = Thanks, Priya. To recap: today we credit INV-20931 and send a new invoice for the 45 undisputed seats, £7,776 including VAT, to you; Tom approves it on Thursday, and it's paid in your run on Friday 27 November. The 15 seats are logged as a dispute under ticket CS-48812, and Tom will have a written answer within five working days. I'll confirm all this by email. Thanks for your help.
    .close-quick = Great, thanks. Bye.
    .disputed-too = Good. And if the 15 seats turn out to be valid, we'll expect them paid straight away.
date-agreed-why =
    .summarise-close = Model close: both tracks (payment and dispute) read back with owners and dates, confirmed in writing, and thanks.
    .close-quick = You got the date but didn't confirm what was agreed. Summarise both tracks and confirm by email.
    .disputed-too = A parting demand about the disputed seats, before anyone has checked the portal, undoes the separation you just agreed (b2b-it good practice).

date-hedged = I can't promise Friday till Tom's seen it. He's snowed under this week.
    .callback-thursday = That's fair, it's not your call, and it sounds like a heavy week. Shall I call you on Thursday the 26th at 2 p.m., after Tom's sign-off, to confirm?
    .dispute-close = That's fine. To recap: the 15 seats are logged as a dispute under CS-48812, Tom will have a written answer within five working days, and the new 45-seat invoice comes to you today. Let us know when Tom has approved it. Thanks for your help, Priya.
    .push-friday = It's already overdue. Please make sure it's paid on Friday.
date-hedged-why =
    .callback-thursday = Reasonable: a follow-up at the approver's sign-off time, inside normal hours.
    .dispute-close = A good close on the dispute, but without a date for the undisputed part. The callback after sign-off would keep the payment moving too.
    .push-friday = She has told you it's not her decision; pushing harder while part of the invoice is disputed gains nothing.

## When it goes wrong

priya-frustrated = Honestly? I raised this in September, nobody replied, and now you're on the phone chasing me for money we don't owe. I'm covering two jobs here.
    .apologise-log = You're right, and I'm sorry: we should have answered your ticket. Let me fix that now. I'm logging the seat count as a formal dispute today, with a written answer to Tom within five working days, and we'll look at the seats you're not disputing separately.
    .escalate-own = I understand. I'll pass this to your account manager to sort out.
    .not-my-problem = That's not really my problem. The invoice is overdue.
    .solicitors = If it's not paid in full, we'll pass it to our solicitors.
priya-frustrated-v2 = Look, I've got a hundred things on today. We told you about the seats two months ago. Why am I the one being chased?
priya-frustrated-why =
    .apologise-log = The right repair: own the unanswered ticket, log the dispute with a deadline, and separate the undisputed part.
    .escalate-own = A legitimate way out, but you are handing on a problem you could solve in this call: log the dispute and split the invoice.
    .not-my-problem = Rude: brushing aside her workload and frustration (EMP-19) while pressing for payment of a disputed invoice (b2b-it good practice).
    .solicitors = Threatening solicitors over a disputed invoice from a customer you want to keep costs the relationship (b2b-it good practice).

## Endings

end-promise = Great. I'll look out for the email. Bye.
end-promise-v2 = Perfect, that's sorted then. Thanks, bye.
end-dispute = OK, thanks. Speak soon.
end-callback = Thursday at two. Fine. Bye.
end-escalated = Fine. Bye.
end-hangup = I haven't got time for this. (She hangs up.)
end-hangup-v2 = We're done here. (The line goes dead.)
