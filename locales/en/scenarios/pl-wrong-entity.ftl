title = The invoice to the wrong company
briefing = You work in receivables at { $creditor }. Invoice FV/2026/10/0117 for October's lease instalment on 40 laptops (agreement TL/2026/118), { $amount } gross, due { $due }, is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. The lessee is { $organisation }; your contact in accounts is { $debtor }. Read the account history first. Receivables policy: no interest or recovery compensation for a delay caused by our own invoice error.
product = lease of 40 laptops (October 2026 instalment)
speaker-desk = Account desk

history-invoice-ksef = Invoice FV/2026/10/0117 issued in KSeF (36,900.00 zł gross, 30 days' terms). Buyer on the invoice: Grupa Meridia S.A., the parent company's NIP.
history-reminder = Reminder emailed to Meridia Logistics' accounts: FV/2026/10/0117 overdue.
history-marta-email = Reply from Ms Kowalczyk (Meridia Logistics): "We can't see this invoice in KSeF under our NIP. Please explain."
history-parent-email = Reply from Grupa Meridia S.A.'s accounts: "This invoice does not concern our company; we have no lease agreement with you."

## The desk

desk = Meridia Logistics: the invoice is overdue, and the file holds two replies saying nobody has it. What do you do?
    .call-now = Call Ms Kowalczyk to find out what is wrong with the invoice
    .demand-parent = Send the pre-court demand (przedsądowe wezwanie do zapłaty) to Grupa Meridia S.A., since it is on the invoice
    .lock-laptops = Remotely lock the leased laptops until someone pays
desk-why =
    .call-now = Right: the file says the invoice went to the wrong company. A call sorts that out in five minutes.
    .demand-parent = The parent has written that it has no agreement with you: a payment demand to a company that owes you nothing is a mistake, not collection.
    .lock-laptops = Locking the equipment remotely without a basis in the agreement and without notice, over an invoice the customer never received, breaches the contract and is the quickest way to lose the customer.

end-letter = (The demand reaches Grupa Meridia S.A. Their legal department replies that they are not party to the agreement and asks for an explanation in writing.)
end-locked = (At 9:40 the laptops in Meridia Logistics' warehouses stop working. At ten their CEO is on the phone to your board.)

## Accounts

opening = Accounts, Marta Kowalczyk speaking.
    .intro = Good morning, Ms Kowalczyk, this is { $agent } from the receivables team at { $creditor }. I'm calling about invoice FV/2026/10/0117 for the laptop lease, and your email of 9 November.
    .demand = { $creditor } here. Your lease invoice is almost a month overdue. We expect payment this week, or it goes to our lawyers.
opening-v2 = Good morning, Meridia Logistics accounts.
opening-why =
    .intro = Right: name, company, invoice number, and a nod to her email.
    .demand = A demand and a threat of lawyers before anyone has checked why nobody has the invoice.

marta = Yes, I remember. That invoice isn't addressed to us. It came into KSeF in the name of Grupa Meridia S.A., our parent company, with their NIP. Your lease agreement is with us, Meridia Logistics. I can't book it, and they say it isn't theirs.
    .own-error = You're right, that's our mistake, and I'm sorry. Today our accounts team will issue a correcting invoice to zero to Grupa Meridia in KSeF and a new invoice to Meridia Logistics, with the NIP from the agreement. May I confirm your NIP and the agreement number?
    .your-group = That's a matter within your group. Have the parent pay it, or pay it yourselves, and settle up between you.
    .log-complaint = I see. I'll register it as a complaint; you'll have an answer within 14 days.
marta-why =
    .own-error = Model answer: this is an invoice error, not a dispute. You own it and correct it the same day. A wrong buyer NIP in KSeF is not changed on the same invoice: the usual route is a correcting invoice (faktura korygująca) to zero to the wrong buyer and a new invoice to the right one (confirm with your accounting team).
    .your-group = The invoice names a company that is not party to the agreement. Payment by another company does not "settle up" by itself: neither can book the invoice properly.
    .log-complaint = This is not a dispute but a wrong buyer on the invoice. A 14-day complaint delays payment by two weeks, through your own fault.

marta-slow = Fourteen days? It's a simple mistake in the NIP. Just issue the invoice again, correctly.
    .own-error = You're right, it doesn't need a complaint. Today our accounts team will issue a correcting invoice to zero to Grupa Meridia in KSeF and a new invoice to your company. May I confirm your NIP and the agreement number?
    .keep-complaint = That's the procedure. We'll get back to you within 14 days.
marta-slow-why =
    .own-error = Good recovery: an invoice error is corrected at once, not through the complaints procedure.
    .keep-complaint = A complaints procedure for an error you made yourselves pushes the payment back and irritates a customer who has just told you the fix.

defensive = Please don't shout at me. We're not the ones who put the wrong company on the invoice.
    .apologise = You're right, I'm sorry. Let's start again: what exactly is wrong with the invoice?
    .krd-threat = If it isn't paid, we'll put you on the KRD debtor register.
defensive-why =
    .apologise = Good recovery: an apology and an open question.
    .krd-threat = A debtor-register listing has conditions, among them a debt actually due from this company and a prior written demand warning of the listing (act of 9 April 2010 on the disclosure of business information and the exchange of business data, art. 15(1): at least 500 zł due for at least 30 days, and a month since a payment demand with that warning sent by registered post). The invoice is not even addressed to this company: a threat without basis.

## The date

confirm-nip = Yes: NIP 725-218-44-19, agreement TL/2026/118. How quickly will this happen? Our finance director, Mr Paweł Nowicki, approves invoices on Tuesdays, and payments go out on Fridays.
    .ask-approver = Thank you. The new invoice will be in KSeF today. Could you let Mr Nowicki know, so he approves it on Tuesday 1 December? Which Friday run would that make possible?
    .pay-on-arrival = Just pay it as soon as it arrives, please.
confirm-nip-why =
    .ask-approver = Right: you learn who approves and when, and tie the date to their process.
    .pay-on-arrival = "As soon as it arrives" is not a date: the invoice has to pass Tuesday's approval. Ask about the approver and the run.

date-step = If Mr Nowicki approves on Tuesday, it can go on Friday, 4 December. What shall I put down?
    .friday-4 = Thank you very much: the full amount, { $amount }, in the Friday 4 December run.
    .tomorrow = Tomorrow would be best; could you do a manual transfer?
    .add-charges = Fine, and we'll add the €70 recovery compensation and statutory late-payment interest from 31 October.
date-step-why =
    .friday-4 = Right: the first run after approval, the whole amount.
    .tomorrow = The invoice is not in KSeF yet and its approval is on Tuesday: a date that cannot be kept.
    .add-charges = The delay comes from your invoice to the wrong company. Interest and compensation under the act of 8 March 2013 are for the debtor's delay, and your own policy excludes them here: you state them wrongly.

marta-objects = Interest? Because you invoiced another company? You must be joking.
    .withdraw = You're right, that was out of place, and I withdraw it. There will be no interest or compensation for the delay our invoice caused. Let's go back to the date.
    .insist = That's the law: interest runs from the due date.
marta-objects-why =
    .withdraw = Good recovery: you correct it at once and go back to the date.
    .insist = The law does not make a debtor pay for a delay the creditor caused, and your policy excludes it outright. Insisting ends the call.

date-step2 = All right. So what shall I put down?
    .friday-4 = The full amount, { $amount }, in the Friday 4 December run.
    .tomorrow = Tomorrow would be best, by manual transfer.
date-step2-why =
    .friday-4 = Right: the first run after approval.
    .tomorrow = A date before the invoice can be approved: it cannot be kept.

refused = Nothing goes out before Tuesday's approval. The 4th of December at the earliest.
    .friday-4 = Understood. Then the full amount in the 4 December run.
    .escalate = In that case I'll pass this to my manager.
refused-why =
    .friday-4 = Right: take the date their process gives.
    .escalate = Escalating when the customer offers a realistic date only delays payment.

agreed = Fine: { $agreed }. I'm putting it down.
    .read-back = Let me sum up: the new invoice to Meridia Logistics in KSeF today, approval on Tuesday 1 December, the full amount paid on Friday 4 December to the account on the invoice. Please quote the new invoice number, which I'll email you, in the transfer title.
    .no-readback = Great, thank you.
agreed-why =
    .read-back = Right: amount, date, account and transfer title, so the payment is matched to the right invoice.
    .no-readback = Without a read-back and a transfer title, the payment may be matched to the old, corrected invoice.

close = Anything else?
    .confirm-email = I'll email you today with the numbers of the correcting invoice and the new invoice, and the 4 December date. Thank you for your patience, and sorry for the trouble.
    .bye = No, that's all. Thank you, goodbye.
close-why =
    .confirm-email = Right: everything in writing, with the document numbers, and an apology for your error.
    .bye = Nothing in writing: no document numbers, no date.

## Endings

end-promise = Good. I'll look out for the invoice. Speak soon.
end-escalated = Fine. Have your manager get in touch.
end-dispute = All right. I'll wait for your answer, then.
end-hangup = I don't have time for this. (She hangs up.)
