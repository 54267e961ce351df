title = "We never got your invoice"
briefing = You work in receivables at { $creditor } (Gdańsk). Invoice PFS/2026/10/208 to { $organisation } (Prague) for the annual fleet-management licence, { $amount }, due { $due }, is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Your contact in accounts payable is { $debtor }. Read the file first. Your authority: no discount, and a payment date at most 14 days from today.
product = fleet-management software, annual licence
speaker-desk = Account desk

history-invoice = Invoice PFS/2026/10/208 emailed to petr.dvorak@vltava-logistics.cz (€4,800.00, 30 days).
history-reminder = Reminder emailed to petr.dvorak@vltava-logistics.cz.
history-auto-reply = Automatic reply: "Petr Dvořák no longer works at Vltava Logistics. For invoices please write to fakturace@vltava-logistics.cz."

## The desk

desk = Vltava Logistics: the invoice and the reminder went to someone who has left. What do you do?
    .call-now = Call accounts payable, then resend the invoice to the right address
    .resend-only = Resend the invoice to fakturace@ with a short note, without calling
    .suspend-licence = Suspend their licence until it's paid
desk-why =
    .call-now = Right: the invoice probably never reached anyone. A call tells you how their approval works and gets you a date; the resend follows within the hour.
    .resend-only = A sensible step, and often enough. But you learn nothing about their approval cycle and get no date.
    .suspend-licence = Switching off a customer who has never seen the invoice, because you sent it to the wrong person, is a breach of your own contract and a lost customer.

end-letter = (The invoice goes to fakturace@ with a polite note. It joins the queue for new supplier invoices, three weeks.)
end-suspended = (Vltava's dispatchers lose their fleet map at 8 a.m. Their operations director calls your CEO.)

## The call

opening = Vltava Logistics, účtárna, Nováková.
    .intro = Good morning, Ms Nováková, this is { $agent } from receivables at { $creditor }. I'm calling about our invoice for the fleet-management licence.
    .demand = Good morning, { $creditor } receivables. Your licence invoice is two weeks overdue.
opening-v2 = Accounts payable, Tereza Nováková speaking.
opening-why =
    .intro = Right: name, company, what it is about.
    .demand = The file says the invoice went to someone who has left. Leading with "overdue" blames her for your addressing error.

tereza = An invoice from you? We never received anything. Which address did you send it to?
    .check-address = Let me check… It went to petr.dvorak@vltava-logistics.cz, and I can see an automatic reply saying he has left. I'm sorry, that's our mistake. What's the right address for invoices?
    .insist-sent = We sent it on 13 October, and a reminder on the 16th.
tereza-why =
    .check-address = Model answer: check, find the cause, own it, and ask for the right address.
    .insist-sent = "We sent it" is true and beside the point: it went to a mailbox nobody reads. Insisting blames the customer for your error.

annoyed = Sent it where? Nobody here has seen it. Are you saying I'm lying?
    .apologise-check = Not at all, I'm sorry. Let me look… It went to Petr Dvořák's address, and he has left. That's our mistake. What's the right address?
    .late-fees = Either way it's overdue, and late fees of €40 a week are now running.
annoyed-why =
    .apologise-check = Good recovery: apologise and look.
    .late-fees = There is no "€40 a week": the recovery compensation is a one-off fixed sum per invoice, and statutory interest is a yearly rate (Directive 2011/7/EU arts. 3 and 6). Charging anything for a delay your own misaddressed invoice caused is wrong anyway.

resend = Please send it to fakturace@vltava-logistics.cz. That's the invoice mailbox.
    .resend-now = Thank you. I'll resend it to fakturace@ within the hour, with the licence number, and copy you in. I'll also correct the address in our records, so it doesn't happen again.
    .post-copy = I'll post a paper copy to your office.
resend-why =
    .resend-now = Right: the corrected delivery today, and the contact record fixed at the source.
    .post-copy = A paper copy by post adds days to an invoice that has already lost two weeks; their process runs on the invoice mailbox.

approval = Thank you. But new supplier invoices go through approval: our controller, Mr Svoboda, signs on Mondays, and we pay on the 7th and the 21st. Normally it takes three weeks. Can we say the 21st of December?
    .ask-fast-track = I understand. Since the delay was our fault, not yours: if it's in your mailbox today, could Mr Svoboda sign it on Monday the 30th, so it goes in the 7 December run?
    .grant-21 = Of course, the 21st is fine.
    .this-week = I really need it this week.
approval-why =
    .ask-fast-track = Model answer: you learn who approves and when, and ask for the faster path on the strength of your own apology, within your authority.
    .grant-21 = 21 December is 25 days away, beyond your 14 days' authority: an unauthorised concession. Ask first whether the earlier run is possible.
    .this-week = There is no run this week, and the invoice is not even in their system yet.

fast-track = If it's in the mailbox today, I can put it in front of Mr Svoboda on Monday. Then the 7th.
    .run-7 = Thank you very much. Then the whole { $amount } in your run on 7 December.
    .grant-21 = Let's play it safe and say the 21st.
fast-track-why =
    .run-7 = Right: the first run after approval, inside your authority.
    .grant-21 = She has just offered the 7th. The 21st is beyond your authority and for no reason.


refused = That's not possible: nothing is paid before Mr Svoboda signs it.
    .ask-fast-track = Understood. If it's in your mailbox today, could he sign it on Monday the 30th for the 7 December run?
    .escalate = Then I'll have to pass it to my manager.
refused-why =
    .ask-fast-track = Right: find the earliest realistic run.
    .escalate = Escalating an invoice the customer received ten minutes ago is disproportionate.

fast-track2 = If it's in the mailbox today, yes. Then the 7th.
    .run-7 = Thank you: the whole { $amount } in your run on 7 December.
fast-track2-why =
    .run-7 = Right.

agreed = Fine: { $agreed }.
    .read-back = Let me read that back: { $creditor }'s invoice PFS/2026/10/208, the full amount, in your run on Monday 7 December, to the IBAN on the invoice, with the invoice number as the reference.
    .no-readback = Great, thanks.
agreed-why =
    .read-back = Right: invoice, amount, date, account and reference.
    .no-readback = No read-back and no reference: a cross-border payment without the invoice number is the one that sits unapplied.

close = Anything else?
    .confirm-email = I'll send the invoice within the hour with a short note of what we agreed: approval on Monday the 30th, payment on 7 December, and future invoices to fakturace@. Thank you, Ms Nováková, and sorry again.
    .bye = No, that's all. Thanks, goodbye.
close-why =
    .confirm-email = Right: the resend and the agreement in one written note.
    .bye = Nothing in writing: the date rests on a phone call.

## Endings

end-promise = Thank you. I'll look out for it.
end-escalated = Fine. Have your manager write to fakturace@.
end-hangup = I don't have time for this. (She hangs up.)
