title = Reminder call: an IT invoice a few days late
briefing = You work in the receivables team of { $creditor }. Invoice FV/2026/10/0342 to { $organisation } for October's ERP maintenance, { $amount } gross, was issued in KSeF on 16 October and fell due on { $due }; it is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue, and Monday's reminder email went unanswered. Your contact in accounts payable is { $debtor }. This is a business debt: consumer-collection rules do not apply, but the late-payment act of 8 March 2013 (Dir. 2011/7/EU) and good collection practice do. Find out where the invoice is and leave with a named approver and a payment date that their payment run can actually make.
product = ERP maintenance (October 2026)

history-invoice-ksef = Invoice FV/2026/10/0342 issued in KSeF (14,760.00 zł gross, 21 days' terms); a PDF copy emailed to the customer's invoice address.
history-reminder-email = Payment reminder emailed to accounts payable: invoice FV/2026/10/0342 overdue since 6 November, please confirm the payment date.

## Opening

opening = Accounts, Agnieszka Wójcik speaking.
    .intro-check = Good morning, this is { $agent } from the receivables team at { $creditor }. Am I right that you look after supplier payments at { $organisation }?
    .lead-with-penalties = { $creditor } here. Your invoice for { $amount } is overdue. We're adding statutory interest and compensation, and if it isn't paid this week we're going to court.
opening-v2 = Good morning, accounts payable, Wójcik.
opening-why =
    .intro-check = Right: who you are and a check that you have the person who handles supplier payments, before you discuss the invoice (good practice: confidentiality).
    .lead-with-penalties = Penalties and court before she has said a word, and before you know you have the right person. The interest and the compensation are real rights (act of 8 March 2013), but they are not a greeting; and a court threat six days after the due date is not an intended next step, it is pressure.

confirmed = Yes, that's me. What's it about?
    .invoice-details = It's about our invoice FV/2026/10/0342 of 16 October, for October's ERP maintenance, { $amount }, which was due on { $due }. I haven't seen a payment, so I wanted to check with you: can you see it in your system?
    .demand-today = Your invoice is overdue and we need the money today.
confirmed-why =
    .invoice-details = Model answer: number, date, amount and due date, and an open question. Accounts payable handles hundreds of invoices; make it easy to find.
    .demand-today = A demand before you know whether the invoice has even reached approval. Ask what she can see first.

checking = Let me look… Yes, it came in through KSeF on the sixteenth and it's booked. It's waiting for sign-off: IT invoices go to our finance director, and he's had a lot on. We pay on Thursdays.
    .ask-approver = Thank you, that helps. Who is the finance director, so we have the right name, and when does he usually sign invoices off? Which Thursday run could this one make?
    .approve-yourself = Can't you just push it through yourself? It's already late.
checking-why =
    .ask-approver = Model answer: the approver's name and the payment run turn "waiting for sign-off" into a date.
    .approve-yourself = She has just told you she can't: IT spend is signed off by the finance director. Ask who he is and when.

approver-named = That's Tomasz Lis. He signs off on Mondays, so if it's approved this Monday, it goes out in the Thursday run on the nineteenth. Nothing goes out without his approval, though.
    .agree-run = That's clear, thank you. So if Mr Lis approves it on Monday, could the whole invoice go out in the Thursday 19 November run?
    .tomorrow = Could you get it out tomorrow instead?
    .no-rush = No rush at all: if it's tight, take until the run on 10 December.
approver-named-why =
    .agree-run = Model answer: her process becomes a concrete date (approval on Monday, the whole invoice in the 19 November run), checked with her and inside your mandate.
    .tomorrow = Tomorrow is a Friday and they pay on Thursdays, after approval: no run can make it. A "yes" to that is a promise that breaks.
    .no-rush = An unauthorised concession: almost four more weeks for a customer whose run can pay on the 19th. Your mandate allows 14 days from today; more needs your credit manager.

one-payment = There's no need to split it. Once Mr Lis has signed it off, it goes in one payment: { $counter-terms }.
    .take-counter = Even better, thank you: the whole invoice in one payment, then.
one-payment-why =
    .take-counter = Good: one payment in their run beats instalments on a single invoice.

grudging-yes = Fine: { $agreed }, if you insist. But I'm telling you now, nothing goes out before Mr Lis has approved it.
    .realistic-date = You're right, let's make it realistic: the whole invoice in the Thursday 19 November run, once Mr Lis has approved it?
    .hold-to-it = Good, I'll hold you to that. I'll confirm it by email today.
grudging-yes-why =
    .realistic-date = Good recovery: a "yes" given to end the call is not a promise to pay. Replace it with the date their run can make.
    .hold-to-it = She said yes to get you off the phone. This promise will break, and the next call will start from a broken promise.

too-soon = That won't work: { $terms }. Nothing goes out without Mr Lis's approval, and after that it's the Thursday run.
    .accept-run = Of course. Then the whole invoice in the Thursday 19 November run, once Mr Lis has approved it?
    .callback-monday = Then I'll call you on Monday at ten, after Mr Lis's sign-off, to confirm the date.
too-soon-why =
    .accept-run = Good recovery: the date comes from their run and their approver.
    .callback-monday = A fair fallback, but she has already told you which run it can make.

date-agreed = Okay: { $agreed }. If Mr Lis signs it off on Monday, that's realistic. I'm noting it down.
    .summarise-close = Thank you. Let me read it back: Mr Lis approves the invoice on Monday, and the whole of FV/2026/10/0342 goes out in the Thursday 19 November run, to the account number on the invoice. I'll confirm this by email today, to you and, if you agree, with Mr Lis in copy. Thank you for your help, Ms Wójcik.
    .close-no-recap = Great, thanks. Bye.
    .court-warning = Good. And if it's a day late, it goes to court.
date-agreed-why =
    .summarise-close = Model close: approval, date, amount and route read back, confirmed in writing, thanks.
    .close-no-recap = You have a date, but without a read-back and an email it is a date only one of you may remember.
    .court-warning = A parting threat adds nothing to an agreed date and costs the goodwill of the person who pushes the invoice through.

defensive = Excuse me? Six days late and you're threatening me with court? I don't even know who I'm talking to.
    .apologise-reset = You're right, I'm sorry, that was the wrong way to start. I'm { $agent } from the receivables team at { $creditor }; I understand you handle supplier payments? It's about our invoice FV/2026/10/0342: can you see where it is?
    .threaten-reputation = Then everyone in the trade will hear that { $organisation } doesn't pay its suppliers.
defensive-why =
    .apologise-reset = Good recovery: apologise, identify yourself properly, and ask an open question about her system.
    .threaten-reputation = Critical: threatening to damage a company's reputation to force payment is an unlawful threat (KK art. 191 § 2). Never.

## Endings

end-promise = Okay, noted. Goodbye.
end-promise-v2 = All right. Speak soon.
end-callback = Monday at ten, then. Goodbye.
end-hangup = I'm not listening to this. Goodbye. (She hangs up.)
