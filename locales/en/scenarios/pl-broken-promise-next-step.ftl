title = After a broken promise: a plan, and the next step stated fairly
briefing = You work in the collections team of { $creditor }. { $debtor } owes { $amount } from a terminated mobile contract, due { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Read the account history first. If no agreement is reached, the creditor will apply for a payment order in the electronic procedure (EPU, elektroniczne postępowanie upominawcze). Your mandate: instalments of at least 100 zł, up to 12 months, the first within 30 days, no discount.
product = mobile phone contract (terminated in July 2026)
speaker-desk = Account desk

history-demand = Payment demand (wezwanie do zapłaty) sent by ordinary post to the address on the contract.
history-call-1 = Spoke to Mr Wróbel: "I'll pay the whole thing by the end of the month." Promise to pay accepted.
history-promise-1 = Promise to pay: the whole amount by 30 September.
history-missed-1 = Nothing received by 30 September. Promise broken.
history-pre-court = Pre-court demand (przedsądowe wezwanie do zapłaty) sent by registered post, warning that his data may be passed to BIG InfoMonitor (with the bureau's name and address). Delivered on 23 October.

## The desk

desk = Tomasz Wróbel: a broken promise and a pre-court demand a month ago. What do you do?
    .call-now = Call Mr Wróbel
    .file-epu = Pass the case to legal for an EPU claim without calling
    .call-later = Put the call off until 11 December
desk-why =
    .call-now = Right: the demand has gone, the month has passed, and one call may get a plan he can keep, without court costs for either side.
    .file-epu = Lawful, and announced in the demand, but premature: nobody knows why the promise broke. A claim costs money, and the costs end up with the debtor.
    .call-later = You push the case back two weeks for no reason; nothing on file says wait.

end-epu = (Legal prepares the EPU claim. Mr Wróbel will learn about it from the payment order.)
end-later = (The case waits until 11 December.)

## The call

opening = Hello?
    .intro = Good evening, my name is { $agent }, I'm calling from the collections team at Veritel. Am I speaking with Mr Tomasz Wróbel?
    .blurt-debt = Good evening, { $agent } from Veritel, about the unpaid 1,420 zł of Mr Tomasz Wróbel.
opening-v2 = Yes, hello?
opening-why =
    .intro = Right: your name, the company, and whom you want to speak to.
    .blurt-debt = The amount before you know who answered (ZPF good practice: confidentiality; RODO art. 5(1)(c)).

who = Yes, speaking.
    .verify = Thank you. Before I go into it: could you confirm your date of birth and the address where you live?
    .skip-verify = I'm calling about the { $amount } overdue on your contract.
who-why =
    .verify = Right: verify first.
    .skip-verify = Confirm his identity first (ZPF good practice: confidentiality).

verified = Twelfth of January, 1988. Głogowska 14, Poznań.
    .state-purpose = Thank you. I'm calling about the { $amount } overdue from your terminated contract. In September we agreed payment by the end of the month, but nothing came, and in October we sent a pre-court demand. I'd like to see whether we can find a solution before it goes further.
    .bailiff-open = Thank you. You owe { $amount }, and since you didn't keep your word, the next step is the bailiff.
verified-why =
    .state-purpose = Model answer: the facts, the broken promise included, without reproach, and an invitation to a solution.
    .bailiff-open = Critical: a collector has no enforcement powers; a court bailiff acts only on an enforceable title, after a judgment or a payment order. Suggesting otherwise misleads a consumer (art. 24 of the consumer-protection act).

when-i-can = Yeah, I know, I know. I'll pay when I can. Right now I just don't have it.
    .explore = I understand. What has changed since September? I want to know what's realistic, so that this time it works.
    .employer-threat = If you don't pay by Friday, we'll call your employer and tell him what kind of payer you are.
    .demand-now = "When I can" isn't enough for us. We need the whole amount by Friday.
when-i-can-why =
    .explore = Model answer: "I'll pay when I can" is met with a question about why, not with pressure.
    .employer-threat = Critical: threatening to tell his employer things that damage his good name, to force payment, is an unlawful threat (KK art. 191 § 2 with art. 115 § 12). Disclosing the debt to an employer also has no legal basis (RODO art. 6).
    .demand-now = "By Friday" to someone who has just said he has no money is pressure, not a solution.

reason = I changed jobs in October. My first salary only comes on 10 December. And I pay child support for my daughter. In September I thought I'd manage, but it didn't work out.
    .acknowledge = Thank you for telling me straight. A new job and a month without pay is a hard time. Let's set up something that starts after 10 December.
    .not-my-concern = That's not our problem. You gave your word in September.
reason-why =
    .acknowledge = Right: you respond to his situation and tie the plan to his payday at once.
    .not-my-concern = You brush aside the real cause, and without it the next promise will break too.

angry = Please don't talk to me like that. I'm trying.
    .apologise = You're right, I'm sorry. Let's start again: let's set up something you can afford.
    .hang-tough = You've been trying since July. Enough excuses, just pay.
angry-why =
    .apologise = Good recovery.
    .hang-tough = Contempt and pressure end the call; the conversation must stay polite (ZPF good practice).

budget-q = So what now?
    .ask-budget = Let's see what's realistic. What will you take home each month, and what are the fixed costs: housing, bills, child support, travel?
    .quick-plan = I suggest two instalments of 710 zł from 12 December.
budget-q-why =
    .ask-budget = Right: income and expenditure before any figure.
    .quick-plan = A figure before any budget question: and it was a promise too big that broke in September.

budget = 5,200 take-home. Flat 1,800, bills 350, food about 1,200, child support 900, travel 400, phone, insurance… Maybe 300 zł is left.
    .plan-300 = Then let's make it 300 zł a month, five instalments, the first on 12 December, two days after payday.
    .plan-710 = Better to close it quickly: two instalments of 710 zł from 12 December.
budget-why =
    .plan-300 = Right: within what he has left, the first payment after payday, inside the mandate.
    .plan-710 = 710 zł is more than twice what he has left. September all over again.

counter = I can't do that much. I could do { $counter-instalment } a month, { $counter-count } instalments.
    .take-counter = Fine, let's agree that.
counter-why =
    .take-counter = Right: his own affordable offer.

stretch = (After a pause.) Well… it'll work out somehow. I'll fall behind on something else if I have to.
    .reconsider = No, that makes no sense: then both would fall apart. Let's make it 300 zł a month, five instalments, from 12 December.
    .lock-it = Then it's agreed.
stretch-why =
    .reconsider = Good recovery: he says outright he would pay at the expense of other bills. Fit the plan.
    .lock-it = He said he would fall behind on something else. A plan that will break, like September's.

refused = No, I can't manage that.
    .plan-300 = Understood. What about 300 zł a month, five instalments, the first on 12 December?
    .escalate = Then the case will go to our legal team for a payment-order claim.
refused-why =
    .plan-300 = A realistic second offer.
    .escalate = A lawful next step, but premature: no offer his size has been made yet.

agreed = So: { $instalment } { $every }, { $count } instalments, the first on { $first-date }.
    .read-back = That's right: the instalment, monthly, the number of instalments and the first date, as you said. Payments go to the individual account number on the demand; I'll send you the agreement in writing today, by email and post.
    .no-readback = Fine, noted.
agreed-why =
    .read-back = Right: terms read back, how to pay, and written confirmation.
    .no-readback = No read-back and nothing in writing: after September, not enough.

next-step = And what if an instalment doesn't work out again?
    .inform = I'll tell you as information, not as a threat: if a payment doesn't arrive and you don't get in touch, the creditor will apply to the court for a payment order in the electronic procedure, and the costs of the proceedings may fall on you. Since the demand with the warning has been delivered, the arrears may also be reported to BIG InfoMonitor. Only a court bailiff could enforce, on an enforceable title. So if anything changes, please call before the payment date: we can always talk it through. And if things get harder, the free legal aid and citizens' advice point in your district can help, free of charge.
    .bailiff-next = Then the bailiff comes straight in and takes your wages.
    .nothing-happens = Don't worry, nothing will happen.
next-step-why =
    .inform = Model answer: the lawful, intended next step, said calmly and truly: EPU (KPC art. 505²⁸ ff.), BIG after the warning and a month (act of 9 April 2010, art. 14), enforcement only by a bailiff with an enforceable title, a way to avoid it, and free help.
    .bailiff-next = Critical: "straight in" is false. Attaching wages needs an enforceable title and an application to a bailiff; a collector has no such power (art. 24 of the consumer-protection act).
    .nothing-happens = False, and he will rely on it: the creditor announced the claim in its demand and will file it. And the chance to point him to free help is lost.

close = OK. Is that all?
    .thanks = Yes. Thank you for talking it through honestly. Goodbye.
    .bye = Yes, goodbye.
close-why =
    .thanks = Right: a thank-you to close.
    .bye = Polite, but curt after a call in which he told you about his troubles.

## Endings

end-plan = OK: { $agreed }. This time I'll keep it.
end-escalated = Fine. Do what you must. (He hangs up.)
end-hangup = I'm not listening to this. (He hangs up.)
