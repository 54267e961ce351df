title = Final demand: the payment run that never came
briefing = You work in the receivables team of { $creditor }. Invoice FV/2026/10/0342 to { $organisation } for October's ERP maintenance, { $amount } gross, issued in KSeF, fell due on { $due } and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Read the account history first: there was a call on 12 November. Your contact in accounts payable is { $debtor }; the invoice is approved by the finance director, Tomasz Lis. This is the final-demand stage: get a firm date from the person who decides, and tell him plainly what the creditor will do if it passes, as information, not as a threat. The late-payment act of 8 March 2013 gives statutory interest for late payment in commercial transactions (the NBP reference rate + 10 percentage points; verify the current rate) and, for a claim of this size, 70 € recovery compensation (art. 10 ust. 1).
product = ERP maintenance (October 2026)
speaker-desk = Account desk
speaker-director = Tomasz Lis (finance director)

history-invoice-ksef = Invoice FV/2026/10/0342 issued in KSeF (14,760.00 zł gross, 21 days' terms); a PDF copy emailed to the customer's invoice address.
history-reminder-email = Payment reminder emailed to accounts payable: invoice FV/2026/10/0342 overdue since 6 November, please confirm the payment date.
history-call-1 = Spoke to Ms Wójcik (accounts payable): invoice booked, waiting for the finance director's sign-off on Monday; Thursday payment runs. Promise confirmed by email.
history-promise-1 = Promise to pay: the whole invoice in the Thursday 19 November run.
history-missed-1 = Nothing received in the 19 November run. Promise broken.
history-chase-email = Email to Ms Wójcik: invoice FV/2026/10/0342 still unpaid; please confirm a payment date by 1 December.
history-wojcik-reply = Reply from Ms Wójcik: "The invoice is with our finance director. I'll let you know."

## The desk

desk = Wiślana Dystrybucja: nothing has been paid since the call on 12 November, and the only reply says the invoice is "with the finance director". What do you do?
    .call-now = Call Ms Wójcik now and ask to speak to Mr Lis
    .demand-letter = Send the formal pre-court demand (przedsądowe wezwanie do zapłaty) without calling
    .file-epu = Pass the invoice to the legal team today to file for a payment order in EPU
    .suspend-quietly = Suspend their ERP support today, without telling them, to get their attention
desk-why =
    .call-now = Right: the money has not come for a reason nobody has told you yet, and only the approver can give you a date. Call first; the final demand follows in writing either way.
    .demand-letter = A lawful and sensible document, but on its own it tells you nothing about why nothing was paid, and it gets you no date from the person who decides. Call, then send it.
    .file-epu = A payment order in the electronic procedure is a lawful step, but filing before a final demand and before one conversation with the decision-maker is premature: it costs money and the customer, and a call might get you paid in a week.
    .suspend-quietly = Cutting off a customer's support without notice is not a credit hold: a hold is what the contract allows, after the notice it requires, said plainly in advance. Done quietly it is a breach of your own contract and a way to lose the customer.

end-letter = (The pre-court demand goes out by email and registered post, with seven days to pay. Nobody knows yet why nothing was paid.)
end-epu = (The legal team prepares the EPU claim. Wiślana Dystrybucja hears about it from the court.)
end-suspended = (Support is switched off. An hour later their IT manager is on the phone to your account manager, furious.)

## Accounts payable

opening = Accounts, Wójcik speaking.
    .intro = Good morning, Ms Wójcik, this is { $agent } from the receivables team at { $creditor }. I'm calling again about our invoice FV/2026/10/0342.
    .straight-threat = { $creditor } here. Your invoice is almost a month overdue; if it isn't paid tomorrow, we're going to court.
opening-v2 = Good morning, accounts payable, Wójcik.
opening-why =
    .intro = Right: name, company, the invoice. She knows the matter; no need to open with the broken promise.
    .straight-threat = A threat as the first sentence, before she has said a word, to the person who cannot release the payment. Court may well be the next step, but it is not a greeting.

wojcik-broken = Yes… I know. I promised you { $promised }, and I'm sorry, I really thought it would go. Mr Lis has held back all IT invoices until our big customer pays us. It's not in my hands.
    .ask-for-lis = Thank you for telling me straight, I know it isn't your decision. Could I speak to Mr Lis himself, today, so we can agree a date he can actually keep?
    .blame-her = You gave me your word. I planned around that date.
    .epu-tomorrow = Then tell Mr Lis that if it isn't paid tomorrow, we file in court.
wojcik-broken-why =
    .ask-for-lis = Model answer: you thank her, take the blame off the person who could not decide, and go to the one who can.
    .blame-her = She passed on what her approver told her. Blaming her costs you the ally who will push the invoice through.
    .epu-tomorrow = An ultimatum sent through the clerk, with a deadline nobody can meet, is a threat, not a next step.

wojcik-open = Yes, I know. Last time we didn't get as far as a date. Mr Lis has held back all IT invoices until our big customer pays us. It's not in my hands.
    .ask-for-lis = Thank you for telling me straight, I know it isn't your decision. Could I speak to Mr Lis himself, today, so we can agree a date he can actually keep?
    .blame-her = That's not good enough. It's almost a month overdue.
    .epu-tomorrow = Then tell Mr Lis that if it isn't paid tomorrow, we file in court.
wojcik-open-why =
    .ask-for-lis = Model answer: take the blame off the person who cannot decide, and go to the one who can.
    .blame-her = She is telling you who decides. Blaming her costs you the ally who will push the invoice through.
    .epu-tomorrow = An ultimatum through the clerk, with a deadline nobody can meet, is a threat, not a next step.

defensive = Please don't talk to me like that. I don't decide which invoices get paid.
    .apologise-reset = You're right, I'm sorry, that was unfair. Let's start again: where does the invoice stand on your side?
    .threaten-reputation = Then the whole trade will hear that { $organisation } doesn't pay its suppliers.
defensive-why =
    .apologise-reset = Good recovery: apologise and ask an open question.
    .threaten-reputation = Critical: threatening to damage a company's reputation to force payment is an unlawful threat (KK art. 191 § 2). Never.

## The finance director

lis = Lis. Ms Wójcik says it's about your invoice. I'll be honest with you: our biggest customer is late paying us, and until they do, I'm holding everything that isn't payroll, tax or stock. Yours included.
    .listen-when = Thank you for being straight with me, Mr Lis. When is that customer due to pay you, and which of your payment runs could carry our invoice after that?
    .ultimatum = With respect, your customer isn't our problem. Either it's paid this week or we go to court.
lis-why =
    .listen-when = Model answer: you take his cash position seriously and turn it into a date: when his money comes in, and which run can carry yours.
    .ultimatum = His cash-flow problem is exactly what decides your date. An ultimatum before you know when his money arrives gets you a refusal, not a payment.

lis-explains = They've promised the eighth of December. If that comes in, I can release yours in the Thursday run on the tenth. Not before; there's nothing to release it with.
    .agree-tenth = Then let's make that firm: the whole invoice, { $amount }, in your Thursday 10 December run?
    .this-week = Couldn't you find it this week, for the run tomorrow?
    .after-new-year = If it helps, take until mid-January; the new year will be easier.
lis-explains-why =
    .agree-tenth = Model answer: the date his cash can really make, the whole invoice, inside your mandate (a week at this stage).
    .this-week = He has just told you there is nothing to pay with before the 8th. A "yes" this week would be the second broken promise.
    .after-new-year = An unauthorised concession: six weeks more at the final-demand stage, when his run can pay on the 10th. Your mandate allows 7 days now.

one-payment = There's no point in instalments; on the tenth it goes in one: { $counter-terms }.
    .take-counter = Agreed: the whole invoice in one payment.
one-payment-why =
    .take-counter = Good: one payment in his run beats instalments on a single invoice.

grudging = Fine: { $agreed }. But I'm telling you, the money isn't there before the eighth.
    .realistic-date = Then let's not set you up to fail again: the whole invoice in the Thursday 10 December run?
    .hold-to-it = I'll hold you to that. I'll confirm it by email.
grudging-why =
    .realistic-date = Good recovery: a date he has just told you he cannot make is a second broken promise in waiting.
    .hold-to-it = You have a "yes" he has told you is empty. The next call will start from two broken promises.

too-soon = { $terms }? No. I've told you, the tenth is the earliest I can do.
    .accept-tenth = Understood. Then the whole invoice in the Thursday 10 December run?
    .escalate-now = Then I'll have to pass it to our legal team today. You'll receive the formal pre-court demand by email this afternoon.
too-soon-why =
    .accept-tenth = Right: the date comes from his cash and his run.
    .escalate-now = A lawful, stated next step, but he has offered a date a week away; escalating now throws it away.

date-agreed = Agreed: { $agreed }. You have my word, and this time I'm the one giving it.
    .read-back = Thank you. Let me read it back: the whole of FV/2026/10/0342, { $amount }, in your Thursday 10 December run, by transfer to the account number on the invoice. Is that right? And may I confirm it to you and Ms Wójcik by email?
    .close-no-recap = Great, thanks. Goodbye.
date-agreed-why =
    .read-back = Model answer: amount, run and route read back, and the written confirmation agreed.
    .close-no-recap = After one broken promise, a date that is neither read back nor confirmed in writing is barely a date.

next-step = That's right, send it. And if our customer's late again?
    .state-next-step = I'll be straight with you, so there are no surprises. Today's email is our formal final demand (przedsądowe wezwanie do zapłaty), with 10 December as the date. If the payment isn't in by then, under § 9 of our maintenance agreement we put new change requests on hold (the contracted support carries on), and our legal team files for a payment order in the electronic procedure (EPU). Statutory interest for late payment has been running since 7 November, and the 70 € recovery compensation will come on a debit note. I'd much rather none of that is needed. Thank you for taking my call, Mr Lis.
    .bailiff-threat = Then the bailiff comes in on the eleventh and you're in the debtors' register the same day.
    .nothing-happens = Don't worry, nothing will happen; we can always move it again. Thanks.
next-step-why =
    .state-next-step = Model answer: the lawful next steps the creditor intends, in order, with dates, said once, calmly, and put in writing; the interest and the 70 € compensation stated correctly (a claim above 5,000 zł and below 50,000 zł: art. 10 ust. 1 of the act of 8 March 2013). This is information a decision-maker needs, not pressure.
    .bailiff-threat = Misleading: a bailiff (komornik) acts only on an enforceable title, which needs a court order first, and a listing in a debt register (BIG) is lawful only on its conditions: for a business debtor at least 500 zł, at least 30 days overdue, and at least a month since a written demand that warned of the listing and named the bureau, sent by registered post or handed over in person (act of 9 April 2010 on economic information, art. 14). Said with those conditions met and as information, it is a lawful warning. Threatening either the day after is a misrepresentation of your powers.
    .nothing-happens = You have promised what is not yours to promise, and told him a second broken promise costs nothing. The next step has to be clear now.

lis-hardens = Don't threaten me. I've run this company through worse than a late customer. If that's how you want to talk, send it to your lawyers.
    .apologise-reset = I'm sorry, that came out badly. I'd much rather agree a date with you than with a court. When is your customer due to pay you?
    .escalate-legal = Understood. Then I'll pass it to our legal team today; the formal pre-court demand will reach you by email this afternoon.
lis-hardens-why =
    .apologise-reset = Good recovery: apologise and go back to the one question that gives you a date.
    .escalate-legal = A lawful, stated next step, and honest; but you provoked the refusal yourself, and lost a date a week away.

## Endings

end-promise = Fine. I'll look out for the email. Goodbye.
end-escalated = Do what you have to. Goodbye.
end-hangup = I'm not listening to this. (She hangs up.)
