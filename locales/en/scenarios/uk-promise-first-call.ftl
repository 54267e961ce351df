title = Arrears call: agreeing a plan she can keep
briefing = You work in the collections team of { $creditor }. { $debtor }'s credit card is { $amount } in arrears: nothing has been paid since { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago. Letters and a text went unanswered and last week's call rang out. It is 5:30 p.m. in Leeds. This is regulated consumer credit: FCA CONC 7 and the Consumer Duty apply. Verify before you discuss the account, find out what has happened, and agree an arrangement she can actually keep; a plan that breaks in a fortnight helps nobody.
product = Ashgrove Bank credit card

history-arrears-letter = Arrears letter sent: two missed minimum payments, contact us to discuss; free debt advice leaflet enclosed.
history-arrears-text = Text sent: "Please call Ashgrove Bank about your credit card account."
history-no-answer = Called the mobile on file: no answer, no message left.

## Opening

opening = Hello?
    .intro-verify = Good evening, this is { $agent } from { $creditor }. Am I speaking to { $debtor }? Before I say why I'm calling, could you confirm your date of birth and the first line of your address for me?
    .blurt-arrears = Hi, it's { $agent } from { $creditor }. Your credit card is { $amount } in arrears and we need a payment. Is that Gemma?
opening-v2 = Hello, Gemma speaking.
opening-why =
    .intro-verify = Right: your name and the bank, then two identifiers before a word about the account (CONC 7.9.10R).
    .blurt-arrears = Critical: you told whoever picked up about the arrears before you knew who it was (CONC 7.9.10R), and you opened with a demand. Verify first.

gemma-wary = Hang on, who is this? How do I know you're from the bank?
    .verify-now = Fair question, and I'm sorry, I should have started differently. You can ring the number on the back of your card and ask for collections. Could you confirm your date of birth and the first line of your address?
    .press-on = I've told you who I am. We need to sort this payment today.
gemma-wary-why =
    .verify-now = Good recovery: acknowledge her caution, offer her a way to check you, and verify. The earlier disclosure still stands against you.
    .press-on = She is asking whether you are genuine; pressing on makes you sound like a scam and treats the arrears as the only thing that matters.

verified = Yes, it's me. Is this about the card? I know I've missed some payments.
    .purpose-open = Thank you, Ms Doyle. Yes, it's about the card: it's { $amount } behind. I'm not calling to tell you off. I'd like to understand what's happened, so we can find something that works for you.
    .purpose-demand = Yes. You're { $amount } behind, and we need that cleared this week.
verified-why =
    .purpose-open = Model answer: state the facts plainly, then open the conversation. Customers in arrears are owed forbearance and due consideration (CONC 7.3.4R), which starts with listening.
    .purpose-demand = Clearing the whole arrears in a week is exactly the pressure CONC 7.3.10R forbids (paying in one or a few large amounts, in an unreasonably short time).

gemma-explains = My hours got cut at the care home in August. I went from four days to three. I've been robbing Peter to pay Paul ever since, and the card's the one that went. I do want to sort it, I just didn't know what to say.
    .acknowledge-listen = Thank you for telling me, that sounds really hard, and it's good that you picked up. Losing a day a week is a big drop. Let's take it step by step.
    .not-our-problem = Lots of people have their hours cut. The card still has to be paid.
    .court-warning = I understand, but if we can't agree a proper payment today, the account could end up in court.
gemma-explains-why =
    .acknowledge-listen = Good: you acknowledge what she said and slow down. Due consideration (CONC 7.3.4R) begins here.
    .not-our-problem = Dismissing a drop in income is the opposite of due consideration (CONC 7.3.4R), and it is a critical empathy failure.
    .court-warning = Mentioning court to get a "proper" payment from someone who has just told you her income fell is a threat of court action to pressurise her to pay more than she can afford (CONC 7.3.18R).

opens-up = So what happens now? I can't magic up the whole amount.
    .income-expenditure = Nobody's asking you to. Let's look at what comes in and what has to go out each month, so whatever we agree is something you can keep. What's your take-home pay, and is there any other income in the house?
    .fixed-plan = How about six payments of £210 a month, starting next Tuesday? That clears it by May.
    .borrow-family = Is there anyone in the family who could lend you the money to clear it?
opens-up-why =
    .income-expenditure = Model answer: an income-and-expenditure check before any figure, so the plan is based on what she can afford (CONC 7.3.4R).
    .fixed-plan = A figure before any budget question: you have no idea whether she can pay £210 a month. Ask about income and outgoings first.
    .borrow-family = Pressing a customer to borrow to pay is named in CONC 7.3.10R.

budget = Right. My wages are about eleven-fifty a month now, Universal Credit's about three hundred, and Liam puts in four hundred towards the house. Rent's eight-twenty, council tax one-thirty, then gas and electric, food, the bus, phone, after-school club for the kids… I'd say there's ninety left if nothing goes wrong.
    .offer-affordable = Thank you, that's really clear. From what you've said, £90 a month is what you have left. Would 14 monthly payments of £90, the first on Tuesday 17 November, work for you? That clears the whole balance.
    .offer-stretch = Could you stretch to £180 a month? It'd be cleared in seven months.
budget-why =
    .offer-affordable = Model answer: the plan is built from her own figures, inside the mandate, and it clears the balance. Checking it with her ("would that work?") is part of getting a plan she can keep.
    .offer-stretch = £180 is twice what she has just told you she has left. If she says yes, it is a promise she will break.

counters = I can't do that. Honestly, I could do { $counter-instalment } a month. That's everything I've got left.
    .take-counter = That's fine. Let's go with what you can actually manage.
    .check-budget = Let's check that together. Can you talk me through what comes in and goes out each month?
    .refuse-counter = That's not enough, I'm afraid. We need more than that.
counters-why =
    .take-counter = Good: her offer matches what she can afford, and refusing a reasonable offer is itself a breach (CONC 7.14.10R).
    .check-budget = Sensible: check the figure against her budget before you agree it.
    .refuse-counter = Refusing a reasonable repayment offer without due consideration breaches CONC 7.14.10R, and she has offered everything she has left.

refuses = No, I can't do that. I'm not going to promise something I can't pay.
    .rethink = You're right, and I'd rather you told me. Let's look at it again.
    .callback-think = That's fair. Have a think, and have a look at the free debt advice on our letter. Can I call you back on Thursday at half past five?
refuses-why =
    .rethink = Good: she is being honest with you; go back to her figures.
    .callback-think = A fair fallback, but she was ready to agree something today.

budget-again = Go on then. What were you thinking?
    .callback-think = Let's not rush it. Have a look at the free debt advice on our letter, and I'll ring you on Thursday at half past five.
budget-again-why =
    .callback-think = A fair fallback; build the terms from her figures if you can.

no-deal = I just don't think I can commit to that. I'm sorry.
    .callback-think = That's all right, I'd rather we get it right. Have a look at the free debt advice on our letter, StepChange or Citizens Advice, and I'll ring you on Thursday at half past five.
no-deal-why =
    .callback-think = A reasonable close: no plan she cannot keep, a time to talk again, and free advice.

plan-stretch = Okay… { $agreed }. I'll find it somehow. I'll cut back on something.
    .recheck = Before we agree it, let me check: that's more than the £90 you said you have left. "Somehow" worries me. Shall we look at it again so it's one you can actually keep?
    .lock-it-in = Great, that's agreed then.
plan-stretch-why =
    .recheck = Model recovery: "I'll find it somehow" is the sound of a promise that will break. Go back to her figures.
    .lock-it-in = You have locked in a plan she has told you she cannot afford. In a case, this is the promise that gets broken.

plan-accepted = Yes, I can do that: { $agreed }.
    .read-back = Let me read that back to make sure we've got the same: the amount, how often, how many payments and the first date. Is that right?
    .routes-writing = Good. You can pay by Direct Debit, in the app or by bank transfer, and I'll send you the arrangement in writing today. Can I check your email address and mobile number?
plan-accepted-why =
    .read-back = Good: read the terms back so you both have the same numbers.
    .routes-writing = Useful, but read the terms back first.

read-back-confirmed = Yes: { $instalment } { $every }, { $count } payments, the first on { $first-date }. That's right.
    .routes-writing = Thank you. You can pay by Direct Debit, in the app or by bank transfer, and I'll send you the arrangement in writing today. Can I check your email address and mobile number?
    .card-now = Great. Could you pay something on the card now, as a goodwill gesture?
read-back-confirmed-why =
    .routes-writing = Model answer: payment routes, written confirmation, contact details checked.
    .card-now = She has just agreed a plan built on every pound she has; asking for more now undoes it.

details = Right. How do I pay it?
    .routes-writing = You can pay by Direct Debit, in the app or by bank transfer, and I'll send you the arrangement in writing today. Can I check your email address and mobile number?
details-why =
    .routes-writing = Payment routes and written confirmation, as always; but the terms themselves were never checked.

close = That's my email, and the mobile's this one. Thanks.
    .signpost-summarise = Thank you, Ms Doyle. To sum up: the arrangement we've agreed, confirmed in writing today. If anything changes, call us before a payment is missed, not after. And if you'd like free, independent help with your budget, StepChange, National Debtline and Citizens Advice are all free. Thanks for talking it through with me.
    .goodbye = Thanks, bye.
close-why =
    .signpost-summarise = Model close: a summary, what to do if things change (the best protection against a broken promise), free debt advice, thanks.
    .goodbye = You never told her what to do if things change, and never signposted free advice.

gemma-defensive = Look, I'm not a criminal. I'm doing my best here.
    .apologise-reset = You're right, I'm sorry, that came out wrong. Let's start again: what's been happening?
    .push-harder = Then do your best and pay, or this goes to court.
gemma-defensive-why =
    .apologise-reset = Good recovery: apologise and go back to listening.
    .push-harder = A threat of court to pressurise her (CONC 7.3.18R), and it ends the call.

## Endings

end-plan = Okay. Thanks for being decent about it. Bye.
end-callback = Okay, Thursday then. Bye.
end-hangup = I'm not listening to this. (She hangs up.)
