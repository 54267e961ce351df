title = "We paid that in October": an unapplied payment
briefing = You work in receivables at { $creditor } (Kraków), which invoices { $organisation } (Hamburg) in euros for IT consulting days. The contract is governed by Polish law. Your statement of account shows two invoices overdue: INV-0915 (€12,000.00, due 15 October) and INV-1015 ({ $amount }, due { $due }). Your contact in accounts payable is { $debtor }. Read the account first: the answer to this call may already be in it.
product = IT consulting (September and October 2026)
speaker-desk = Account desk

history-inv-0915 = Invoice INV-0915 emailed: €12,000.00 for September consulting days, 30 days' terms.
history-inv-1015 = Invoice INV-1015 emailed: €8,400.00 for October consulting days, 30 days' terms.
history-receipt = Receipt of €12,000.00 from HAFENWERK LOGISTIK GMBH, reference "Sammelzahlung Okt", no remittance advice. Not matched to an invoice: held in the unapplied-cash account.
history-reminder = Statement and reminder emailed: INV-0915 and INV-1015 overdue, €20,400.00 in total.
history-weber-reply = Reply from Mr Weber: "We paid the September invoice on 22 October. Please check your records. We will not pay anything more until your statement is correct."

## The desk

desk = Hafenwerk Logistik: your statement says €20,400 overdue; Mr Weber says September was paid. What do you do?
    .check-first = Check the unapplied receipts against his reply, then call Mr Weber
    .call-now = Call Mr Weber now and go through the statement with him
    .second-reminder = Send a second reminder for the €20,400
desk-why =
    .check-first = Model answer: the file shows an unapplied €12,000 from his company on 22 October. Two minutes of reconciliation before the call turn a complaint into a thank-you.
    .call-now = Acceptable, but the file already answers his question: you will have to look it up with him waiting.
    .second-reminder = A second reminder for an invoice he has told you is paid, with the receipt sitting in your own unapplied cash, is the fastest way to lose the October payment too.

end-letter = (The second reminder goes out. Mr Weber forwards it to his finance director with one line: "They still haven't checked.")

## Accounts payable

opening = Weber, Kreditorenbuchhaltung. Accounts payable.
    .intro = Good morning, Mr Weber, this is { $agent } from receivables at { $creditor }. Thank you for your email of 19 November; I'm calling about our statement.
    .demand-all = { $creditor } receivables. Your account shows €20,400 overdue; we need it settled this week.
opening-v2 = Hafenwerk Logistik, Jonas Weber speaking.
opening-why =
    .intro = Right: name, company, and a thank-you for his email.
    .demand-all = He has told you in writing that part of it is paid. Demanding the full statement figure, unchecked, tells him nobody read his email.

jonas-checked = Yes. Before anything else: we paid the September invoice on 22 October. Your reminder still shows it.
    .found-it = You're right, and I'm sorry. I checked before calling: your €12,000 arrived on 22 October, but without a remittance advice, so it was never matched to INV-0915. I've asked our cash team to apply it today; that invoice is paid.
    .insist-unpaid = Our ledger shows INV-0915 unpaid, so I'm afraid it's still due.
jonas-checked-why =
    .found-it = Model answer: you take the complaint seriously, you already know the answer, and you fix your side the same day.
    .insist-unpaid = The receipt is on your own file. Insisting on a paid invoice while his query is open is pressure on a disputed amount.

jonas-unchecked = Yes. Before anything else: we paid the September invoice on 22 October. Your reminder still shows it.
    .look-up = I'm sorry about that; let me check now. I'm noting your query. Could you hold for a moment while I look at our unapplied receipts for 22 October?
    .ask-proof = I'm sorry. I'll note your query. Could you send me the bank confirmation with the reference?
    .insist-unpaid = Our ledger shows INV-0915 unpaid, so I'm afraid it's still due.
jonas-unchecked-why =
    .look-up = Right: log it and look it up while he's on the line. The answer is in your unapplied cash.
    .ask-proof = Reasonable, but he has already told you the date and amount; your own file can answer it now.
    .insist-unpaid = He says it is paid, and you have not checked. Pressing for payment of a disputed amount is the wrong first move.

proof-reply = I sent it with my email on the 19th! 12,000 euros, 22 October, reference "Sammelzahlung Okt".
    .look-up = You're right, it's on my side to find it. Please hold a moment while I check our unapplied receipts.
    .ten-day-query = Thank you. I'll open a query with our cash team; they answer within ten working days.
proof-reply-why =
    .look-up = Right: look it up now.
    .ten-day-query = A ten-day query for a two-minute lookup keeps his objection open, and with it his hold on the October invoice.

slow-reply = Ten days? And until then your reminders keep coming? Then the October invoice waits too.
    .look-up-now = You're right, that's too long. Let me look now, please hold a moment.
    .call-back = I'm afraid that's the process. I'll call you back on 7 December.
slow-reply-why =
    .look-up-now = Good recovery.
    .call-back = The process protects nobody here: he pays nothing until your statement is right, and you chose the slow way to get it right.

jonas-annoyed = Did you read my email at all? We paid it. I'm not paying twice.
    .apologise-check = I'm sorry, you're right to be annoyed. I'm noting your query, and I'll check our unapplied receipts now. Please hold a moment.
    .agency-threat = If the account isn't cleared, we'll pass it to a collection agency in Germany.
jonas-annoyed-why =
    .apologise-check = Good recovery: apologise, log it, and check.
    .agency-threat = A threat of escalation over a payment that is sitting in your own suspense account.

hold-found = (After a minute.) Hello? Are you still there?
    .found-now = Yes, thank you for waiting. I've found it: your €12,000 arrived on 22 October, but without a remittance advice, so it was never matched to INV-0915. I've asked our cash team to apply it today; that invoice is paid. I'm sorry for the reminder.
hold-found-why =
    .found-now = Right: the finding, the cause, the fix today, and an apology.

## The October invoice

inv-b = Good. Thank you. Then INV-1015: I've been holding it, because our policy is not to pay an account while a query is open. Now I can release it.
    .ask-run = Thank you. When is your next payment run, and do you release it yourself?
    .pay-today = Great: could you pay the €8,400 today?
inv-b-why =
    .ask-run = Right: find out how and when their money moves, and who releases it.
    .pay-today = He has just explained that his company pays in runs. Asking for today, without knowing the run, gets a refusal.

runs = Tuesdays. I release payments up to 10,000 euros myself. The next run is 1 December.
    .run-1 = Then INV-1015, { $amount }, in your run on Tuesday 1 December. Thank you.
    .interest-claim = Fine. And since it's late, under EU law we can add interest of 8 % a month.
runs-why =
    .run-1 = Right: the next run, the whole invoice.
    .interest-claim = Wrong: statutory interest for late payment in commercial transactions is a reference rate plus 8 percentage points (Directive 2011/7/EU; in Poland, under the act of 8 March 2013, the NBP reference rate plus 10 points) a year, not 8 % a month. And the delay was caused by your own unapplied payment.

interest-reply = Eight percent a month? For an invoice I held because your statement was wrong?
    .withdraw = You're right, that was wrong, and I withdraw it. No interest on this: the delay was on our side. Let's fix the date.
    .insist = That's what the Directive allows.
interest-reply-why =
    .withdraw = Good recovery: correct it at once.
    .insist = It does not: the Directive sets a yearly rate of the reference rate plus at least 8 percentage points. Insisting on a false figure ends the call.

runs2 = All right. So: the 1st of December?
    .run-1 = Yes: INV-1015, { $amount }, in your run on Tuesday 1 December.
runs2-why =
    .run-1 = Right.

refused = There is no payment today; we only pay in the Tuesday runs. The 1st of December.
    .run-1 = Understood: INV-1015 in the run on 1 December, then.
    .escalate = Then I'll have to pass this to my manager.
refused-why =
    .run-1 = Right: take the run his process has.
    .escalate = Escalating when the customer has just offered a realistic date only delays payment.

agreed = OK: { $agreed }. I'll put it in.
    .remittance = Let me read that back: €8,400 for INV-1015 in the run on 1 December, to the IBAN on the invoice. Could you send a remittance advice with it, quoting the invoice number, to ar at lumenconsulting dot pl? That is exactly what went wrong in October.
    .no-remittance = Great, thank you.
agreed-why =
    .remittance = Model answer: the terms read back, and the cause of the whole problem fixed for the future: a remittance advice with every payment.
    .no-remittance = Without a remittance advice, the next payment may sit unapplied just like October's.

close = Anything else?
    .statement = I'll email you today an updated statement of account: INV-0915 paid on 22 October, INV-1015 due on 1 December, and a note of what we agreed. Thank you for your patience, Mr Weber.
    .bye = No, that's all. Goodbye.
close-why =
    .statement = Right: the corrected statement in writing closes his query for good.
    .bye = His query was about a wrong statement: without a corrected one in writing, it stays open on his side.

## Endings

end-promise = Thank you. That's how it should work. Goodbye.
end-escalated = Fine. Tell your manager to read my email.
end-callback = Then we'll talk on the 7th. (He does not sound pleased.)
end-hangup = I'm not discussing this further. (He hangs up.)
