title = Cloud invoice stuck in approval
briefing = You work in the receivables team of { $creditor }. Invoice FV/2026/09/1187 to { $organisation } for the cloud subscription, { $amount }, was due on { $due } and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Nobody has disputed it and two reminders went unanswered. Your contact in accounts payable is { $debtor }; the call goes through the switchboard. Find out where the invoice is stuck, tell an invoice error from a genuine dispute, and end the call with a named approver and a payment date. This is a business debt: consumer-collection rules do not apply, but late-payment law (Dir. 2011/7/EU; the Polish act of 8 March 2013) and good collection practice do.
product = cloud subscription (50 user licences)
speaker-receptionist = Mazowiecka Logistyka (reception)

## Switchboard

switchboard = Mazowiecka Logistyka, reception, good morning.
    .ask-for-ap = Good morning, this is { $agent } from { $creditor }. Could you put me through to accounts payable, to Ms Katarzyna Nowicka if she's in?
    .tell-reception = Good morning, this is { $agent } from { $creditor }. Your company has owed us { $amount } for over a month, and Ms Nowicka keeps ignoring our reminders. Put me through to her, please.
    .demand-manager = Put me through to your managing director. It's about unpaid invoices, and it's urgent.
switchboard-v2 = Good morning, Mazowiecka Logistyka, how can I help?
switchboard-why =
    .ask-for-ap = Right: your name, your company and the person who handles invoices. Reception needs nothing more, so they hear nothing about arrears (good practice: confidentiality).
    .tell-reception = You disclosed the arrears to the switchboard and blamed a named employee. The company's arrears are not personal data, but this is a confidentiality lapse that embarrasses your contact before you have even spoken to her, and what Ms Nowicka herself did can be her personal data (RODO art. 5(1)(f)). Ask to be put through, nothing more.
    .demand-manager = Going over the contact's head and announcing "unpaid invoices" to reception breaks confidentiality (good practice) and starts the relationship badly; you also never gave your name. Ask for accounts payable.

## Accounts payable

nowicka = Accounts payable, Katarzyna Nowicka speaking.
    .verify-contact = Good morning, this is { $agent } from the receivables team at { $creditor }. Am I right that you handle supplier invoices for { $organisation }?
    .lead-with-penalties = { $creditor } here. Your invoice for { $amount } is { $days ->
        [one] one day
       *[other] { $days } days
    } overdue. We're adding statutory interest and €40 compensation, and if it isn't paid this week, it goes to court.
    .vague-chase = Hi, I'm just chasing a payment. When are you paying us?
nowicka-v2 = Accounts, Nowicka speaking?
nowicka-why =
    .verify-contact = Good: you introduce yourself and confirm that you have the right contact before you mention the invoice (good practice: confidentiality).
    .lead-with-penalties = Opening with interest, compensation and court before you have heard a word from her is the fastest way to stall an invoice. Statutory interest and the €40 are real (Dir. 2011/7/EU; act of 8 March 2013), but they are a last lever, not a greeting. You also discussed the invoice before confirming who she is.
    .vague-chase = Too vague to act on: accounts payable handles hundreds of invoices. Introduce yourself, confirm the contact, and give the invoice number, amount and due date.

nowicka-annoyed = Nowicka speaking. Reception tells me someone is going around saying we don't pay our invoices? What is this about?
    .apologise-verify = I'm sorry, that wasn't the right way to go about it. I'm { $agent } from the receivables team at { $creditor }. Do you handle supplier invoices for { $organisation }?
    .double-down = Because you don't. Invoice FV/2026/09/1187, { $amount }, overdue.
nowicka-annoyed-why =
    .apologise-verify = The right repair: apologise plainly, introduce yourself properly and confirm she is the right contact.
    .double-down = Repeating the accusation to someone who is already annoyed ends any goodwill. Apologise and start again.

nowicka-which = Which payment? We get hundreds of invoices a day. Which company are you calling from, and which document is it?
    .identify-properly = Sorry, let me start again: I'm { $agent } from the receivables team at { $creditor }. Do you handle supplier invoices for { $organisation }?
    .just-pay = Whatever you owe { $creditor }. Just pay it.
nowicka-which-why =
    .identify-properly = Good reset: your name, your company, and a check that she is the right contact before any detail.
    .just-pay = Nobody can pay "whatever": accounts payable pays documents. Give the invoice number, amount and due date, and drop the tone.

nowicka-confirms = Yes, supplier invoices are mine. Which invoice is it?
    .invoice-details = Invoice FV/2026/09/1187 of 16 September for your cloud subscription: { $amount } gross, due { $due }. We haven't received the payment yet. Could you check where it stands on your side?
    .demand-today = Invoice FV/2026/09/1187, { $amount }, overdue since { $due }. I need it paid today.
    .threaten-field-team = Invoice FV/2026/09/1187, { $amount }. If it isn't paid by Friday, our field team will come to your office and list your equipment for seizure.
nowicka-confirms-why =
    .invoice-details = Model answer: exact invoice number, date, amount and due date, then an open question. You let her find the problem instead of guessing.
    .demand-today = Demanding payment today, before you know why it is late, skips the one step that gets it paid: finding where it is stuck.
    .threaten-field-team = Critical: a collector has no power to list or seize anything; only a court bailiff (komornik) with an enforceable title can enforce. Presenting your team as having such powers is false (KPC art. 776). With a consumer UOKiK penalises it as a practice against consumers' collective interests; with a business debtor that act does not apply, but the lie is just as unacceptable and, used as a threat, can be a crime (KK art. 191 § 2).

## The approval workflow

checking = One moment, let me look in the system… Got it. It's been sitting in our workflow since 18 September, but there's no purchase-order number on it, so it never went for approval. Without a PO number I can't move it on.
    .ask-po-reissue = Thank you for checking. So it's held up only because the PO number is missing, is that right? If you give me the PO number, our billing team will issue a corrective invoice with it in KSeF today, and it will reach you straight away.
    .your-problem = (cutting in) Your PO process isn't our problem. The invoice is valid and overdue. Pay it.
    .compensation-first = Under the act of 8 March 2013 we're entitled to statutory interest and €40 compensation, so it's in your interest to approve it now.
checking-v2 = Just a moment… Here it is. It's been in the document workflow since 18 September and never reached approval, because the PO number is missing. Without a PO the system won't release it.
checking-why =
    .ask-po-reissue = Model answer: paraphrase to confirm the cause, treat the missing PO number as an invoice error, and fix it on your side the same day: since 2026 that is a corrective invoice (faktura korygująca) in KSeF, not a replacement sent by email.
    .your-problem = You interrupted, and you are wrong: a missing PO number is an invoice error you can fix today. Insisting only leaves the invoice stuck.
    .compensation-first = The law is stated correctly, but you reached for it before solving a problem you could fix in minutes. Listen and correct the invoice first; raise compensation only if payment stalls after that.

checking-again = As I said, the invoice is stuck in the workflow because there's no PO number on it. Once there's a correction with the number, it'll move on.
    .reissue-today = Understood. If you give me the PO number, our billing team will issue the corrective invoice in KSeF today and it'll go straight into your workflow. Who signs it off after that?
    .your-problem = (cutting in) Your PO process isn't our problem. Just pay it.
checking-again-why =
    .reissue-today = Good: fix the invoice error the same day and ask who approves it next.
    .your-problem = She has told you twice what is wrong; interrupting and refusing to fix it ends the call.

po-given = The PO number is ZAM/2026/0412. Put it on the corrective invoice in KSeF and it'll drop into our workflow automatically. It still needs someone to sign it off, though.
    .ask-approver = Let me read that back: PO ZAM/2026/0412, on the corrective invoice in KSeF. Once it's in the workflow, who approves it, and is there anything that could hold it up on their side?
    .approve-yourself = Can't you just approve it yourself and pay it today?
po-given-why =
    .ask-approver = Model answer: read the details back, then ask who approves the invoice and what could still stop it.
    .approve-yourself = She has just told you she can't: AP does not approve IT spend. Ask who does.

## A genuine dispute: the licence count

seat-dispute = That would be Marek Zieliński, our IT manager; I can't sign it off myself. But… I can see his comment from October: he says we're billed for 50 licences while we've been using 42 since September. He won't approve it until that's cleared up.
    .log-dispute = Thank you for telling me; that's a separate question from the PO number, so let's keep them apart. I'll log the licence count as a formal dispute today, and our account manager will reply to Mr Zieliński in writing within five working days, with the contract terms and the usage report. The corrective invoice with the PO number still goes out in KSeF today.
    .ask-details = I see. What exactly does Mr Zieliński say: since when 42 licences, and did anyone notify us of the reduction?
    .deny-dispute = The contract says 50 licences for twelve months, so there's nothing to discuss. Please pay the full amount.
seat-dispute-why =
    .log-dispute = Model answer: you separate the invoice error (PO number: fixed today) from a genuine dispute (licence count: logged, owned, answered in writing by a set date). Neither blocks the other.
    .ask-details = Good: understand the dispute before you log it. Then log it and give a deadline.
    .deny-dispute = You may be right about the contract, but a dispute is settled with documents, not by insisting on the phone. Log it, time-box it, and don't press for payment of the disputed amount in the meantime.

seat-details = From what he writes, they reduced the licences in your customer portal in September. But licences aren't my area; all I can see is that the invoice is blocked.
    .log-dispute = Thank you, that helps. It's a separate question from the PO number: I'll log the licence count as a formal dispute today, and our account manager will reply to Mr Zieliński in writing within five working days, with the contract terms and the portal history. The corrective invoice with the PO number still goes out in KSeF today.
    .deny-dispute = Whatever he changed in the portal, the contract is for 50 licences. Please pay the full amount.
seat-details-why =
    .log-dispute = Model answer: a genuine dispute, logged with an owner and a written-answer deadline, and kept apart from the PO correction.
    .deny-dispute = A portal change in September is a real question about the contract; dismissing it and demanding payment of a disputed amount damages the relationship and will not get the invoice approved.

dispute-logged = Okay, I'll pass that on to Mr Zieliński. So the invoice waits until that's sorted out?
    .summarise-dispute = For now, yes. To sum up: today we issue the corrective invoice with PO ZAM/2026/0412 in KSeF; the licence count is logged as a dispute, and Mr Zieliński gets a written answer by 24 November. Once it's settled, we'll agree the payment date with you. Thank you for your help, Ms Nowicka.
    .pay-anyway = The dispute doesn't change the due date. Pay the full amount now and we'll refund any difference.
    .undisputed-part = Not all of it needs to wait. The 42 licences nobody disputes come to 4,048.80 zł: could Mr Zieliński approve that part on Monday, for the Tuesday 24 November run, while the other 8 are checked? If the count is confirmed, we correct the invoice for the 8 in KSeF.
dispute-logged-why =
    .summarise-dispute = Model close: what happens today, who owns the dispute, the answer deadline, and what happens after it.
    .pay-anyway = Pressing for payment of a disputed amount, with a refund "if needed", tells the customer their dispute doesn't matter. Let the dispute run its time-boxed course.
    .undisputed-part = Model answer: the undisputed part is paid on the customer's payment run, the disputed part waits for the evidence (a corrective invoice in KSeF if the count is confirmed). No pressure on the disputed amount, and no concession.

undisputed-asked = That's fair. I'll put it to him: if he approves the 42 licences on Monday, 4,048.80 zł goes out on Tuesday the 24th, and the other 8 wait for your answer.
    .summarise-split = Thank you. To sum up: today the corrective invoice with PO ZAM/2026/0412 goes out in KSeF; the licence count is logged as a dispute and Mr Zieliński gets a written answer by 24 November; the 42 undisputed licences, 4,048.80 zł, go out in the Tuesday 24 November run once he has approved them. I'll confirm all of this by email today. Thank you for your help, Ms Nowicka.
    .close-split = Great, thanks. Bye.
undisputed-asked-why =
    .summarise-split = Model close: both tracks, the undisputed payment and the dispute, read back with owners and dates, confirmed in writing.
    .close-split = You have a date for the undisputed part, but without a recap and a written confirmation the two tracks blur.

## The approver and a payment date

approver-named = IT invoices are signed off by Marek Zieliński, our IT manager; I can't approve them myself. He's on leave this week and back on Monday. Once the invoice comes in with the PO number, he'll approve it, and then it goes into the next payment run: we pay on Tuesdays and Fridays.
    .agree-date = That's really helpful, thank you. So if the corrective invoice reaches you today and Mr Zieliński approves it on Monday the 23rd, could the whole invoice go out in the payment run on Tuesday 24 November?
    .deputy = Is there anyone who approves in his place while he's away?
    .penalty-now = Monday is too late. Every day adds interest, and on top of that we charge a 10% penalty every month.
    .this-friday = Couldn't it go out in this Friday's run, the 20th?
    .no-rush = No rush at all: if Monday is tight, take until the run on 15 December.
approver-named-why =
    .agree-date = Model answer: you turn her process into a concrete date (approval on Monday, the whole invoice in the Tuesday 24 November run) and check it with her rather than imposing it. It fits her payment run and is inside your mandate.
    .deputy = A fair question: it shows you want the invoice approved, not just paid. But don't chase a deputy for a routine invoice; aim for a date in the normal run.
    .penalty-now = You misstated the charges: there is no "10% a month" penalty. The law provides statutory interest for late payment between businesses and, for an invoice of up to 5,000 zł like this one, a flat recovery compensation of €40 (art. 10 ust. 1 of the act of 8 March 2013; Dir. 2011/7/EU art. 6). Never quote charges that neither the law nor the contract provides.
    .this-friday = The approver is on leave until Monday and nothing goes out unapproved: this Friday's run is not one the invoice can reach, so she cannot agree to it.
    .no-rush = An unauthorised concession: nearly a month more for a customer who can pay on the 24th. Your mandate allows 14 days; anything longer needs your credit manager, and it costs the creditor three weeks of cash.

deputy = The finance director covers for him, but she only signs off urgent items. I'm not going to bother her with an invoice under five thousand.
    .accept-monday = Fair enough. Then let's plan on Mr Zieliński approving it on Monday: could it go out in Tuesday's payment run, 24 November?
    .push-cfo = Please do bother her. It's overdue, so it's urgent.
deputy-why =
    .accept-monday = Good: you accept her judgement and still leave with a concrete date.
    .push-cfo = Overriding the contact's judgement on her own internal process costs you her goodwill, for a gain of a few days at most.

one-payment = There's no need to split an invoice like this. Once Mr Zieliński has approved it, it goes in one payment: { $counter-terms }.
    .take-counter = Even better, thank you: the whole amount in one payment, then.
one-payment-why =
    .take-counter = Good: she has a payment run and the invoice is small, so one payment beats instalments. Next time ask about the run and the approver before offering a plan.

grudging-yes = Fine: { $agreed }, if you insist. But I'm telling you now, nothing goes out until Mr Zieliński has approved it, and he's back on Monday.
    .realistic-date = You're right, let's make it realistic: the whole invoice in the Tuesday 24 November run, once Mr Zieliński has approved it?
    .hold-to-it = Good, I'll hold you to that. I'll confirm it by email today.
grudging-yes-why =
    .realistic-date = Good recovery: a "yes" given to end the call is not a promise to pay. Replace it with the date her payment run can really make.
    .hold-to-it = She said yes to get you off the phone: nothing goes out before the approver is back, so this promise breaks, and the broken promise will be logged against her, not the date you forced.

too-soon = That won't work: { $terms }. Mr Zieliński is on leave until Monday and nothing goes out without his approval, so the first run it can make is Tuesday 24 November.
    .accept-run = Of course. Then the whole invoice in the Tuesday 24 November run, once Mr Zieliński has approved it?
    .push = Surely someone can release it before he's back.
too-soon-why =
    .accept-run = Good recovery: the date comes from her payment run and her approver, not from your wish list.
    .push = Asking accounts payable to release an unapproved invoice is asking her to break her own controls; it will not happen and it costs goodwill.

date-hedged = I can't promise anything until Mr Zieliński has signed it off. If he does, then yes, { $agreed }, but it's not up to me.
    .calm-compensation = I understand, and I know it isn't up to you. Just so it's on the table: for late payment between businesses the law provides statutory interest and a flat €40 recovery compensation. We'd rather not go there, so can we keep that date, subject to Mr Zieliński's approval?
    .callback-monday = That's fair, it's not your call. I'll email you what we've just agreed today; shall I ring you on Monday at 10:00, once Mr Zieliński is back, to confirm it?
    .threaten-court = If you can't promise, I'll pass it to our lawyers for a payment order.
date-hedged-why =
    .calm-compensation = An acceptable use of the law: stated correctly (statutory interest; €40 flat compensation for an invoice of up to 5,000 zł, art. 10 ust. 1 of the act of 8 March 2013), calmly, after you have listened and fixed the invoice, and tied to the agreed date.
    .callback-monday = A reasonable fallback: the terms confirmed in writing and a callback when the approver is back, within normal hours. Reading the terms back now would make sure you both noted the same thing.
    .threaten-court = Threatening a payment order over an invoice blocked by a missing PO number, which you have just agreed to fix, damages the relationship and is unlikely to be followed through.

date-agreed = Okay: { $agreed }. If the correction comes in today, that's realistic. I'm noting it down.
    .summarise-close = Thank you. Let me read it back: today the corrective invoice with PO ZAM/2026/0412 goes out in KSeF; Mr Zieliński approves it on Monday; and the payment goes out exactly as you've just noted it, by transfer to the account number printed on the invoice. I'll confirm the amount and the date by email today, and if anything gets stuck, I'll call you. Thank you for your help, Ms Nowicka.
    .close-no-recap = Great, thanks. Bye.
    .court-warning = Good. And if it's even one day late, it goes to court.
date-agreed-why =
    .summarise-close = Model close: every step, owner and date read back, the payment route (the account on the invoice), the terms confirmed in writing, and thanks.
    .close-no-recap = You have terms, but you neither read them back nor confirmed them in writing: the arrangement is not documented, and details slip.
    .court-warning = You had an agreement; a parting threat adds nothing and leaves a bad taste with the person who has to push the invoice through.

## When it goes wrong

nowicka-defensive = Please don't talk to me like that. I process invoices here; I don't make up the procedures. If you're going to make threats, I'll pass this to our legal department.
    .apologise-reset = You're right, I'm sorry, that came out wrong. Let's start from what you can see in your system: where is the invoice stuck?
    .escalate-own = I understand. I'll pass this to our account manager, who will contact your finance director.
    .threaten-reputation = Fine. Then the whole logistics industry will hear that { $organisation } doesn't pay its suppliers. We'll make sure of it.
    .insult = Maybe if your department could read an invoice, we wouldn't be having this conversation.
nowicka-defensive-v2 = Hold on. I don't like that tone. If you want me to do something about it, just tell me normally what this is about.
nowicka-defensive-why =
    .apologise-reset = Good recovery: apologise, then ask an open question about her system. That is where the real answer is.
    .escalate-own = A legitimate way out when the contact won't engage, but here you are escalating a conversation you soured yourself. An apology and an open question usually work better.
    .threaten-reputation = Critical: threatening to damage a company's reputation to force payment is an unlawful threat (KK art. 191 § 2). Never.
    .insult = Insulting the customer's staff breaks the rule of every collections QA scorecard that conversations stay polite, and it ends the call.

## Endings

end-promise = Okay, noted. Speak soon.
end-promise-v2 = All right. Goodbye.
end-dispute = Okay, we'll wait for your answer. Thank you, goodbye.
end-callback = Okay, Monday at ten. Speak then.
end-escalated = Go ahead. Goodbye.
end-hangup = This conversation is over. Goodbye. (She hangs up.)
end-hangup-v2 = I'm not listening to this. (She hangs up.)
