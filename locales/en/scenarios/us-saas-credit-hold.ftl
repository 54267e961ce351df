title = The outage, the discount and the credit hold
briefing = You work in credit control at { $creditor }. Invoice INV-20931 to { $organisation } for the annual analytics-platform renewal, { $amount }, due { $due } (net 30), is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. This is a business debt: the FDCPA does not apply; the master services agreement (MSA) and good practice do. Read the account first. Your contact in accounts payable is { $debtor }. Your authority: up to 2 % off for payment within 10 days, no other discount, a date moved by at most 14 days. Under the MSA, SLA credits go through the SLA process and are credited on a later invoice (§ 6.4); new orders wait while an invoice is over 30 days past due (§ 8.2); service may be suspended only after 10 days' written notice (§ 8.3).
product = analytics platform, annual subscription (renewal)
speaker-desk = Account desk
speaker-controller = David Osei (controller)

history-invoice = Invoice INV-20931 emailed to ap@northwind (annual renewal, { $amount }, net 30).
history-reminder = Reminder emailed to accounts payable: INV-20931 now overdue, please confirm the payment date.
history-hold-notice = Credit-hold notice emailed (MSA § 8.2): new orders and add-ons wait while INV-20931 is over 30 days past due; the current service is not affected.
history-kim-reply = Reply from Rachel Kim: "Invoice is approved on our side but our controller has questions. Also we have an order for 20 extra seats pending, can you help?"

## The desk

desk = Northwind Analytics: approved by AP, held by the controller, and a new order on credit hold. What do you do?
    .call-now = Call Rachel Kim and ask to speak to the controller
    .suspend-now = Suspend their platform today to force the payment
    .agency-now = Place the invoice with a collection agency today
desk-why =
    .call-now = Right: the file says the invoice is approved but held by someone with "questions". Only a conversation tells you what they are.
    .suspend-now = The MSA allows suspension only after 10 days' written notice (§ 8.3). Switching it off today breaches your own contract and turns a late payer into a claimant.
    .agency-now = Placing a 34-day-old invoice from a live customer before one call with the person holding it is disproportionate, costs a commission, and may lose the renewal.

end-suspended = (The platform goes dark at noon. By two o'clock Northwind's lawyer has written to your CEO about § 8.3.)
end-agency = (The agency sends a demand letter. Northwind's controller calls your account executive to cancel the renewal talks.)

## Accounts payable

opening = Accounts payable, Rachel Kim.
    .intro = Hi Rachel, this is { $agent } from credit control at { $creditor }. I'm calling about invoice INV-20931, thanks for your email last week.
    .pushy = { $creditor } credit control. INV-20931 is over a month late. We need payment this week or this goes further.
opening-v2 = AP, this is Rachel.
opening-why =
    .intro = Right: name, company, the invoice, and a nod to her email.
    .pushy = A demand and a veiled threat as the first sentence, to the person who has already approved the invoice.

rachel = Right, INV-20931. It's approved on my side, but David, our controller, put a hold on it. Something about the outage in September. I can't release it.
    .ask-david = Thank you, that's really helpful, and I understand it's not your call. Could I speak to David directly, so I can hear what he needs?
    .pressure-rachel = It's approved, so just put it in the next run.
rachel-why =
    .ask-david = Model answer: find the approver and take the pressure off the person who cannot decide.
    .pressure-rachel = She has just told you she cannot. Pushing her to override her controller will not work and costs you an ally.

defensive = I've told you, it's not my decision. There's no need to be like that.
    .apologise = You're right, I'm sorry. Let's start again: who would I need to speak to?
    .shutoff-threat = Then tell David that if it isn't paid by Friday, we switch off your platform.
defensive-why =
    .apologise = Good recovery.
    .shutoff-threat = The MSA requires 10 days' written notice before suspension (§ 8.3). Threatening it by Friday is a threat you cannot lawfully carry out, to someone who cannot pay.


## The controller

david = Osei. Look, your platform was down six hours on September 9th, in our quarter-end close. My team lost a day. I'm not paying full price for that. Take ten percent off and I'll release it in the next run.
    .route-sla = I hear you: six hours at quarter-end is a real cost, and it's a fair point to raise. The MSA has a process for exactly that: I'll log your SLA claim with our SLA team today, and you'll have a written answer by December 2. Any credit is applied to your next invoice. This invoice is for the renewal itself: can we agree when it's paid?
    .give-ten = All right: ten percent off, paid in the 27 November run.
    .not-my-dept = The SLA isn't my department. The invoice is due in full.
david-why =
    .route-sla = Model answer: you acknowledge the outage, put the claim where the contract says it belongs, give it a date, and keep the invoice separate.
    .give-ten = Ten percent is five times your authority (2 %), and it trades a contractual SLA claim for an unapproved discount. Even if he says yes, credit control did not.
    .not-my-dept = True but useless: his complaint is what is blocking the payment. Route it instead of dismissing it.

david-angry = Then we've got nothing to talk about. I'm not releasing a cent while nobody owns the outage.
    .apologise-route = That's fair, and I put it badly. Let me own it: I'll log your SLA claim with our SLA team today, with a written answer by December 2. Then let's talk about the invoice.
    .agency-threat = Then we'll hand it to a collection agency this week.
david-angry-why =
    .apologise-route = Good recovery: own the routing of his complaint.
    .agency-threat = An escalation threat to a controller with a contractual complaint nobody has answered. Lawful perhaps, but disproportionate, and the end of the call.

runs = OK. If the SLA team looks at it properly. Our runs are the 27th and December 11th. What are you asking for?
    .full-27 = The whole invoice, { $amount }, in your 27 November run.
    .early-discount = If it goes in the 27 November run, I can apply our 2 % prompt-payment discount: that's $47,628.00 instead of the full amount, in settlement of this invoice.
    .this-friday = I need it this Friday.
    .after-new-year = Take until mid-January if that helps.
runs-why =
    .full-27 = Right: the next run, the whole invoice.
    .early-discount = Also right: the prompt-payment discount is within your authority (2 % for payment within 10 days), offered as what it is.
    .this-friday = There is no run before the 27th. A date his system cannot meet gets you a refusal.
    .after-new-year = Beyond your 14 days' authority, and for no reason: he has a run on the 27th.


refused = There's no run before the 27th. I'm not doing a manual payment for this.
    .full-27 = Understood: then the whole invoice, { $amount }, in the 27 November run.
    .escalate = Then I'll have to pass this to my manager to decide the next step.
refused-why =
    .full-27 = Right: take the run his process has.
    .escalate = Escalating while a workable date is on the table stalls a payment you could have had.

agreed = Fine: { $agreed }. Rachel will schedule it.
    .read-back = Let me read that back: the amount we agreed, by ACH to the bank account on the invoice, in the 27 November run. Could Rachel send the remittance advice to ar at cobaltcloud dot com, so it's matched to INV-20931 the same day?
    .no-readback = Great, thanks.
agreed-why =
    .read-back = Right: amount, date and route read back, and the remittance advice asked for so the cash is applied to the right invoice.
    .no-readback = No read-back, no remittance: the payment may arrive and sit unapplied.

## The credit hold

seat-hold = One more thing. Your people put our order for twenty extra seats on hold. We're onboarding a team on Monday.
    .explain-hold = Yes, that's the credit hold in § 8.2 of the MSA: new orders wait while an invoice is more than 30 days past due. Your current service isn't affected. As soon as the payment is received, I'll ask for the order to be released the same day; I'll tell our account executive about Monday.
    .release-now = Leave it with me, I'll get it released today.
    .shutoff-threat = And if the 27th doesn't happen, the whole platform goes off.
seat-hold-why =
    .explain-hold = Model answer: the hold stated as the contract's rule, what it does not touch, and what releases it, without promising what is not yours to give.
    .release-now = Releasing a credit hold is not the collector's decision, and doing it before payment removes the contract's lever (an unauthorised concession you may not be able to keep).
    .shutoff-threat = A threat, and a false one: suspension needs 10 days' written notice (§ 8.3). The lawful next step, if it comes to it, is that notice, stated calmly.

close = Anything else?
    .confirm-email = I'll email you and Rachel today with what we agreed, the SLA claim reference and its December 2 date, and how the seat order will be released. Thanks, David.
    .bye = No, that's all. Thanks.
close-why =
    .confirm-email = Right: everything agreed, in writing, with both owners' dates.
    .bye = Nothing in writing: the promise, the SLA claim and the hold are all verbal.

## Endings

end-promise = OK. Send it over.
end-escalated = Fine. Have your manager call me.
end-hangup = (The line goes dead.)
