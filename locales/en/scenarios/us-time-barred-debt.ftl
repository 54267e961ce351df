title = "Can you still sue me?": a time-barred debt
briefing = You work for { $creditor }, a debt buyer, which bought { $debtor }'s charged-off Harbor Federal credit-card balance of { $amount } (last due { $due }). Legal review has marked the account time-barred: the state's limitation period for a lawsuit has run, so the debt may be collected only voluntarily. The validation notice went out on 5 October. Your settlement authority on accounts of this age is up to 40 % off the balance.
product = Harbor Federal credit card (charged off 2019)

history-h1 = Account purchased from Harbor Federal Card Services. Legal review: time-barred (state limitation period for suit expired). Do not sue or threaten suit.
history-h2 = Validation notice mailed to Ms Ortiz (Columbus, Ohio).

## Opening and verification

opening = Hello, Linda speaking.
    .ask-for-linda = Good morning, this is { $agent } calling from Lakeshore Portfolio Services. Am I speaking with Linda Ortiz?
    .blurt-debt = Good morning, this is { $agent } from Lakeshore Portfolio Services, about your old Harbor Federal credit card balance.
opening-v2 = Hello?
opening-why =
    .ask-for-linda = Right: your name and company, then you make sure it is her.
    .blurt-debt = You mentioned the card balance before knowing who answered (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

linda-here = Yes, this is Linda Ortiz.
    .verify = Thank you, Ms Ortiz. Before I go on, could you confirm your date of birth and the ZIP code on your account?
    .skip-verify = Great. It's about the Harbor Federal card: there's { $amount } still owing.
linda-here-why =
    .verify = Right: verify with identifiers you already hold before any account detail.
    .skip-verify = A name is not verification. Confirm identifiers first (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

verified = Fourth of May, 1979. 43205.
    .disclose-collector = Thank you. This call is from a debt collector. It's about the Harbor Federal credit card balance of { $amount } that we wrote to you about in October.
    .no-disclosure = Thank you. It's about the Harbor Federal credit card balance of { $amount } we wrote to you about.
verified-why =
    .disclose-collector = Right: the notice on file makes this a later communication, which must say it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .no-disclosure = Critical: a later communication must say it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).

## "Can you sue me?"

old-debt = That card? That's from 2018, 2019. I thought after this long nobody could do anything about it. Can you sue me?
    .honest-no-suit = That's a fair question. No: this debt is too old for a lawsuit, and we will not sue you or threaten to. You can still choose to pay it, but that's your choice.
    .threaten-suit = If it comes to that, yes, we can take it to court.
    .never-expires = Debts don't expire, Ms Ortiz. It's still fully owed and fully enforceable.
    .dodge = I'm not able to give legal advice.
old-debt-why =
    .honest-no-suit = Model answer: a direct, true answer. A collector must not sue or threaten to sue on a time-barred debt (12 CFR 1006.26(b)), and saying so plainly is what makes the rest of the call fair.
    .threaten-suit = Critical: the account is time-barred. Threatening a lawsuit on it is exactly what 12 CFR 1006.26(b) forbids, and it misstates the debt's legal status (15 USC 1692e(2)(A), 1692e(5)).
    .never-expires = Critical: the right to sue has expired. "Fully enforceable" misrepresents the legal status of the debt (15 USC 1692e(2)(A); 12 CFR 1006.18(b)(2)).
    .dodge = Not a breach, but she asked a factual question your file answers. Evading it leaves her thinking a lawsuit is possible.

dodge-reply = That's not what I asked. Can you take me to court or not?
    .honest-no-suit = You're right, let me answer it. No: this debt is too old for a lawsuit, and we will not sue you or threaten to. Paying is your choice.
    .cant-rule-out = I can't rule anything out.
dodge-reply-why =
    .honest-no-suit = Good recovery: the plain answer, at the second time of asking.
    .cant-rule-out = "Can't rule it out" is an implied threat of a suit that cannot lawfully be brought (12 CFR 1006.26(b); 15 USC 1692e(5)).

linda-upset = Court? For something from 2019? I'm not going to be bullied over this.
    .withdraw = I'm sorry, that was wrong of me. Let me correct it: this debt is too old for a lawsuit, and we will not sue you. Paying is your choice.
    .double-down = It's your choice: pay, or deal with the consequences.
linda-upset-why =
    .withdraw = Good recovery: you correct the false statement at once and clearly.
    .double-down = "Deal with the consequences" on a time-barred debt is a threat of action that cannot lawfully be taken (12 CFR 1006.26(b); 15 USC 1692e(5)).

why-call = So why are you calling me at all? And if I paid something, would that start the clock again?
    .honest-revival = Because you can still choose to pay it, and some people want it settled. About the clock: in some states a payment can affect the time limit, and I can't advise you on your state's law. A legal aid office can tell you for free before you decide. Either way, we've decided not to sue on this account.
    .nothing-changes = No, paying changes nothing legally, don't worry about that.
    .moral-duty = Because it's a debt you ran up, and paying it is the right thing to do.
why-call-why =
    .honest-revival = Model answer: true on both points, with no legal advice you cannot give, and a free place to ask before she pays.
    .nothing-changes = You do not know that: in some states a payment can revive the limitation period. An assurance you cannot stand behind is a misleading representation (15 USC 1692e(10)).
    .moral-duty = Not unlawful, but moralising to a customer you just told she cannot be sued is pressure, not a solution.

thinking = Hm. I did get a tax refund this year. If I paid something, would that be the end of it?
    .ask-budget = It could be. So that we find something that really works for you: how much of the refund is left, and what's left each month after rent and your bills?
    .quick-deal = I can do you a special deal today: $950 and it's closed.
    .hold-advice = Take the time you need. I'll put the account on hold for two weeks and note that you're taking advice; call me on this number when you're ready.
thinking-why =
    .ask-budget = Right: the income-and-expenditure question before any figure.
    .quick-deal = Two faults: a figure before any budget question, and 60 % off when your authority is 40 %. An unauthorised concession is still a concession.
    .hold-advice = Also right: she wants to take advice; holding the account for it is fair. The arrangement can wait.

## Terms

budget = There's about fifteen hundred left from the refund. Month to month, after rent and everything, maybe a hundred and ten.
    .settle-mandate = With what you've described, I can offer a settlement: $1,428, that's 40 % off, paid by 30 November, in full and final settlement of the account.
    .settle-deep = Tell you what: $950 by the 30th and we'll call it done.
    .full-now = The cleanest thing would be the full { $amount } today.
budget-why =
    .settle-mandate = Right: a settlement inside your 40 % authority that she can pay from the refund, stated as full and final.
    .settle-deep = 60 % off is beyond your authority (40 %): the creditor did not agree it. Ask a supervisor first or stay inside the mandate.
    .full-now = She has just told you she has $1,500. Asking for the whole balance today is lump-sum pressure.

counter = I can't do that much. I could do { $counter-instalment } a month, { $counter-count } payments.
    .take-counter = All right, that works: we’ll set it up like that.
counter-why =
    .take-counter = Taking an affordable counter-offer is right.

refused = No, I can't do that. I'm not emptying my account for this.
    .settle-mandate = Understood. What about a settlement of $1,428, 40 % off, by 30 November, in full and final settlement?
    .hold-advice = That's fine. I'll put the account on hold for two weeks while you think it over and take advice; call me when you're ready.
refused-why =
    .settle-mandate = A fair second offer within your authority and her means.
    .hold-advice = Also right: no pressure on a debt she cannot be sued for.

settle-agreed = OK. { $settlement } by { $by-date }, and that's the end of it? Nobody else comes after me for the rest?
    .fnf-readback = Yes. Let me read it back exactly: the settlement amount, paid by the date we agreed, in full and final settlement. The rest of the balance is closed, not collected and not sold on. I'll email and post the written confirmation today, and you pay only once you have it, by card on our secure line or by bank transfer.
    .credit-boost = That's it! And your credit score will go straight up.
settle-agreed-why =
    .fnf-readback = Model close: the terms read back, "full and final" and what happens to the rest spelled out, in writing before she pays, and the payment routes.
    .credit-boost = You cannot promise a credit-score result (15 USC 1692e(10)), and the terms were never read back or put in writing.

plan-agreed = OK: { $instalment } { $every }, { $count } payments, starting { $first-date }.
    .plan-readback = That's right: the amount, monthly, the number of payments and the first date, as you just said. I'll send it in writing today; you can pay online, by phone through our secure line, or by bank transfer.
    .plan-bye = Great, thanks. Have a good day.
plan-agreed-why =
    .plan-readback = Right: read back, confirmed in writing, and the routes to pay.
    .plan-bye = Polite, but nothing read back or put in writing.

## Endings

end-settled = All right. I'll watch for the letter, then I'll pay. Thank you for being straight with me.
end-plan = OK: { $agreed }. Send me the letter.
end-hold = Thank you. I'll call legal aid this week and let you know.
end-no-deal = I need to think about it. I'll call you back.
end-hangup = I'm not listening to this. (She hangs up.)
