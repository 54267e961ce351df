title = Follow-up: the arrangement that broke
briefing = You work in the collections team of { $creditor }. { $debtor }'s credit card is { $amount } in arrears, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } since the last payment was due on { $due }. Read the account history first: a colleague (or you) spoke to her on 10 November. It is 5:45 p.m. in Leeds. FCA CONC 7, FG21/1 and the Consumer Duty apply. Silence and a missed payment are information, not defiance: find out what changed, re-assess what she can afford, and agree something sustainable, or pause while she takes advice.
product = Ashgrove Bank credit card
speaker-desk = Account desk

history-arrears-letter = Arrears letter sent: two missed minimum payments, contact us to discuss; free debt advice leaflet enclosed.
history-arrears-text = Text sent: "Please call Ashgrove Bank about your credit card account."
history-call-1 = Spoke to Ms Doyle: hours cut at work since August. Income and expenditure done, £90 a month left. Plan agreed, read back, confirmed by email.
history-plan-1 = Arrangement: 14 × £90.00 monthly from 17 November 2026.
history-missed-1 = First instalment not received. Arrangement broken.
history-missed-text = Text sent: "We haven't received your payment. Please call us so we can help."
history-no-answer = Called the mobile: no answer, no message left.

## The desk

desk = Ms Doyle's account: nothing has been paid since the call on 10 November, and a text and a call since went unanswered. What do you do?
    .call-now = Call Ms Doyle now to find out what has happened
    .letter-only = Send the standard arrears letter and wait for her to get in touch
    .default-litigation = Default the account and refer it to the litigation team today
desk-why =
    .call-now = Right: when nothing comes in after a conversation, call in calling hours to find out why, before anything escalates. Something has usually changed.
    .letter-only = A letter is not wrong, but two contacts have already gone unanswered, and a form letter will not tell you why nothing was paid. A call in calling hours gives her the chance to explain.
    .default-litigation = Disproportionate: three weeks without a payment, no conversation about why, straight to litigation (CONC 7.3.14R; and CONC 7.3.4R forbearance and due consideration). Find out what changed first.

end-letter = (The arrears letter goes out. Nothing else happens on the account this week.)
end-litigation = (The account is defaulted and passed to the litigation team. Ms Doyle was never asked what happened.)

## Opening

opening = Hello?
    .intro-verify = Hello, this is { $agent } from { $creditor }. Am I speaking to { $debtor }? Before I go on, could you confirm your date of birth and the first line of your address?
    .missed-payment = Hi, it's { $agent } from { $creditor }. Your payment didn't come in. Is that Gemma?
opening-v2 = Hello, Gemma speaking.
opening-why =
    .intro-verify = Right: name, bank, two identifiers, before the account is mentioned (CONC 7.9.10R). A broken promise does not change that.
    .missed-payment = Critical: you mentioned the account before you knew who had answered (CONC 7.9.10R), and you opened with the failure.

gemma-wary = Who is this? You can't just ring up and say that.
    .verify-now = You're right, I'm sorry. Before anything else, could you confirm your date of birth and the first line of your address?
gemma-wary-why =
    .verify-now = A recovery, but the disclosure has already happened.

verified = Yes, that's me. It's about the payment, isn't it.
    .what-happened = Thank you, Ms Doyle. Yes: the arrangement payment didn't come through. I'm not ringing to tell you off. Payments usually get missed for a reason. Has something changed since we last spoke?
    .demand-missed = Yes. You agreed an arrangement and broke it. I need the missed payment today, and the next one on time.
    .default-warning = Yes. You broke the arrangement. If it happens again, we'll default the account and it'll go to court.
verified-why =
    .what-happened = Model answer: state the fact, take the heat out of it, and ask what changed. A broken arrangement is a reason to re-assess, not to escalate.
    .demand-missed = You don't know why she missed it. Demanding the missed amount at once, on top of the next, is pressure to pay more than she may be able to afford in a short time (CONC 7.3.10R).
    .default-warning = A threat of court action to pressurise her before you know why she missed a payment (CONC 7.3.18R). A lawful next step may be stated once she has been heard, not as the opening line.

explains-broken = I know. I said I'd pay { $promised }, and I meant it. Then Liam moved out a week after you rang. His four hundred went with him. I'm on my own with the kids now, and honestly I'm not sleeping. I didn't ring because I didn't know what to say.
    .texas = Thank you for telling me, and I'm really sorry, that's a lot to deal with. What you've told me matters, because it changes what's affordable. Would you be happy for me to note on your account that your circumstances have changed and that things are hard at the moment, so anyone here who speaks to you takes it into account?
    .acknowledge-brief = Sorry to hear that. Let's see what we can do.
    .reinstate-old = I'm sorry to hear that. Let's just get you back on track: £90 a month, starting on the 10th.
    .catch-up = I understand, but the arrangement still stands. We'll need the missed payment and this month's together.
explains-broken-why =
    .texas = Model answer (TEXAS): thank her, explain why the information matters and how it will be used, ask explicit consent to record it. A change of circumstances is exactly when the old plan must be re-assessed (CONC 7.3.4R; FG21/1).
    .acknowledge-brief = Kind, but you skip consent to record a disclosure about her health and family: TEXAS asks for it.
    .reinstate-old = A plan the size of the old one was built on an income she no longer has. Putting it back without a fresh income-and-expenditure check sets up the next broken promise.
    .catch-up = Brushing aside a change of circumstances and demanding a double payment is the opposite of due consideration (CONC 7.3.4R, 7.3.10R), and a critical empathy failure.

explains-open = Last time we didn't get as far as a plan, did we? And since then it's got worse. Liam's moved out, and his four hundred went with him. I'm on my own with the kids, and honestly I'm not sleeping.
    .texas = Thank you for telling me, and I'm really sorry, that's a lot to deal with. What you've told me matters, because it changes what's affordable. Would you be happy for me to note on your account that your circumstances have changed and that things are hard at the moment, so anyone here who speaks to you takes it into account?
    .acknowledge-brief = Sorry to hear that. Let's see what we can do.
    .catch-up = I understand, but the arrears still have to be cleared. We need a payment this month.
explains-open-why =
    .texas = Model answer (TEXAS): thank her, explain how the information will be used, ask explicit consent to record it.
    .acknowledge-brief = Kind, but you skip consent to record what she told you: TEXAS asks for it.
    .catch-up = Brushing aside a change of circumstances to press for payment is the opposite of due consideration (CONC 7.3.4R), and a critical empathy failure.

consent = Yes, that's fine, put it on. I just don't know what I can afford any more.
    .redo-budget = Then let's work it out again from scratch, because the old figures don't apply now. What comes in each month now, and what has to go out?
    .reinstate-old = Let's keep it simple: £90 a month, starting on the 10th.
consent-why =
    .redo-budget = Model answer: a fresh income-and-expenditure check. The plan must fit the budget she has now, not the one she had in November.
    .reinstate-old = Simple, but any figure from before came from a budget that included Liam's £400. Re-assess first.

budget = My wages are the same, eleven-fifty. Universal Credit's gone up a bit since I told them, about four-sixty. Rent's eight-twenty, council tax one-thirty, gas and electric, food, the bus… I've cut back the phone and the after-school club. There's maybe forty left. Maybe.
    .offer-new-plan = Thank you, that's really clear. On those figures, £40 a month is what you can manage. Would 32 monthly payments of £40, the first on Thursday 10 December, work for you? That still clears the balance, and we'd look at it again if anything changes.
    .offer-hold = You don't have to decide today. We can put the account on hold for 30 days, with no collection calls or letters, while you speak to a free debt adviser such as StepChange, National Debtline or Citizens Advice. I'd call you on Tuesday 5 January to agree a plan based on their advice. Would that help?
    .reinstate-after = Could you manage £90 a month if we start on the 10th?
budget-why =
    .offer-new-plan = Model answer: a new plan at what she has now, inside the mandate, with the door left open if things change again.
    .offer-hold = Also a model answer: breathing space to take free advice, with the account held and a date to come back to it (forbearance, CONC 7.3.4R; Consumer Duty). Use it when she is overwhelmed or has other debts.
    .reinstate-after = She has just told you she has £40 left. Asking for £90 is asking her to break the same promise again.

counters = I can't do that. I could do { $counter-instalment } a month, honestly, that's all there is.
    .take-counter = That's fine. Let's go with what you can actually manage.
    .check-budget = Let's check that together: what comes in and goes out each month now?
    .refuse-counter = I'm afraid that's not enough. We need more than that.
counters-why =
    .take-counter = Good: her offer matches what she has now; refusing it would breach CONC 7.14.10R.
    .check-budget = Sensible: check the figure against her new budget first.
    .refuse-counter = Refusing a reasonable repayment offer (CONC 7.14.10R) from someone who has just explained her income fell.

refuses = No. I'm not promising something I can't do again.
    .rethink = You're right, and thank you for being straight with me. Let's look at it again.
refuses-why =
    .rethink = Good: she is telling you what will break; go back to her figures.

budget-again = Okay. What else could we do?
    .offer-hold = We can put the account on hold for 30 days, with no collection calls or letters, while you speak to a free debt adviser such as StepChange, National Debtline or Citizens Advice. I'd call you on Tuesday 5 January to agree a plan based on their advice.
budget-again-why =
    .offer-hold = A sound alternative when no plan fits today: hold, free advice, a date to come back.

still-stuck = I just can't commit to that. I'm sorry.
    .offer-hold = That's all right. Let's not force it. We can put the account on hold for 30 days, with no collection calls or letters, while you speak to a free debt adviser such as StepChange, National Debtline or Citizens Advice. I'd call you on Tuesday 5 January.
still-stuck-why =
    .offer-hold = Right: no plan she cannot keep; a hold with free advice and a date.

plan-stretch = Okay… { $agreed }. I'll find it. I have to.
    .recheck = Before we agree it: that's more than the £40 you've just told me you have. "I have to" is how the last one broke. Shall we look at it again?
    .lock-it-in = Good, that's agreed then.
plan-stretch-why =
    .recheck = Model recovery: a promise made out of shame is the next broken promise. Re-assess.
    .lock-it-in = You have reinstated a plan she told you she cannot afford. It will break again, and each break costs her more stress and you more calls.

plan-accepted = Yes. That I can do: { $agreed }.
    .read-back = Let me read that back so we both have the same: the amount, how often, how many payments and the first date. Is that right?
    .routes-writing = Thank you. You can pay by Direct Debit, in the app or by transfer, and I'll send the new arrangement in writing today. Is your email address still the same?
plan-accepted-why =
    .read-back = Good: read the new terms back.
    .routes-writing = Useful, but read the terms back first.

read-back-confirmed = Yes: { $instalment } { $every }, { $count } payments, the first on { $first-date }.
    .routes-writing = Thank you. You can pay by Direct Debit, in the app or by transfer, and I'll send the new arrangement in writing today. Is your email address still the same?
    .and-the-missed = Great. And the payment you missed: can you pay that this week as well?
read-back-confirmed-why =
    .routes-writing = Model answer: payment routes, written confirmation, contact details.
    .and-the-missed = The new plan already covers the whole balance, the missed instalment included. Asking for it on top undoes the re-assessment (CONC 7.3.10R).

details = Right. How do I pay it?
    .routes-writing = You can pay by Direct Debit, in the app or by transfer, and I'll send the new arrangement in writing today. Is your email address still the same?
details-why =
    .routes-writing = Routes and writing, as always; but the terms were never checked against what she has.

close = Yes, same email. Thanks.
    .signpost-summarise = Thank you, Ms Doyle. To sum up: the new arrangement, in writing today, and a note on your account about your change of circumstances. If anything changes again, call us before a payment is due, and we'll look at it together. StepChange, National Debtline and Citizens Advice are free if you'd like help with the whole budget. Thank you for talking to me.
    .last-chance = Thank you. Just so you know, this is your last chance: if this one breaks, it goes to court.
close-why =
    .signpost-summarise = Model close: summary, the note on file, what to do if things change, free advice, thanks.
    .last-chance = A parting threat to pressurise her (CONC 7.3.18R). If a further break would lead to default, say so plainly in the written confirmation, as information, not as a threat.

hold-agreed = Yes. Thirty days would really help. I'll ring StepChange tomorrow.
    .summarise-hold = That's settled, then. To sum up: the account is on hold until Tuesday 5 January, no collection calls or letters in that time; I'll note your change of circumstances; and I'll call you on the 5th at about quarter to six. I'll confirm all of this in writing today. Is your email address still the same? Thank you, Ms Doyle.
    .hold-goodbye = Great. Bye then.
hold-agreed-why =
    .summarise-hold = Model close: what the hold means, until when, what happens next and when, in writing.
    .hold-goodbye = A hold no one has summarised or confirmed in writing is a hold she cannot rely on.

## When it goes wrong

gemma-upset = I'm doing my best! You've no idea what the last few weeks have been like.
    .apologise-reset = You're right, I don't, and I'm sorry. Can you tell me what's been happening?
    .press-on = Everyone's got problems. If you can't pay, it goes to court.
gemma-upset-why =
    .apologise-reset = Good recovery: apologise and listen.
    .press-on = A threat of court action to pressurise her (CONC 7.3.18R), and it ends the call.

## Endings

end-plan = Okay. Thank you for not shouting at me. Bye.
end-hold = Thank you. Really. Bye.
end-hangup = I can't do this right now. (She hangs up.)
