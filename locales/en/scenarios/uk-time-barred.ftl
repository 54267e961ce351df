title = An old catalogue debt: statute-barred
briefing = You work for Pennant Credit Services, which bought this { $creditor } catalogue account in 2021. { $debtor } owes { $amount } according to the records; the account defaulted after the payment due on { $due } was missed ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago), and the last payment was made in July 2019. No court claim was ever made. He lives in Manchester, England, where the limitation period for a debt like this is six years. It is 5:30 p.m. on a Tuesday. FCA CONC 7 applies, including CONC 7.15 on statute-barred debts. Be accurate about his rights: the best result of this call may be a properly closed account, not a payment.
product = home-shopping catalogue account

## Opening

opening = Hello, Steve speaking.
    .intro-ask = Good evening, my name's { $agent }, calling from Pennant Credit Services. Am I speaking to Steven Ashworth?
    .blurt = Good evening, it's { $agent } from Pennant Credit Services about your old { $creditor } catalogue account: there's { $amount } outstanding.
opening-v2 = Hello?
opening-why =
    .intro-ask = Good: your name and company, and you check who you are speaking to without saying why you are calling.
    .blurt = Critical: you named the account and the balance before verifying who answered (CONC 7.9.10R). A first name on the phone could be anyone.

verify-ask = Yeah, that's me. Who did you say you were?
    .verify = Pennant Credit Services. Before I go any further, could you confirm your date of birth and your postcode for me, please?
    .skip = Pennant Credit Services. It's about your { $creditor } account: there's { $amount } outstanding.
verify-ask-why =
    .verify = Model answer: verify with details you already hold before discussing the account (CONC 7.9.10R).
    .skip = Critical: "that's me" is not verification (CONC 7.9.10R). Check the date of birth and postcode first.

wary = Sorry, what? Who is this? How did you get this number?
    .verify-apologise = I'm sorry, I should have checked first. I'm { $agent } from Pennant Credit Services. Could you confirm your date of birth and postcode, so I know I'm speaking to the right person?
    .press = It's Pennant Credit Services. We've been trying to reach you about this balance for years. When are you going to pay it?
wary-why =
    .verify-apologise = The disclosure has happened (CONC 7.9.10R), but this is the repair: apologise and verify before saying more.
    .press = You still don't know who you are talking to, and you answered a reasonable question with a demand.

verified = Twenty-third of October 1975, M19 2PL. What's this about?
    .explain-clearly = Thank you, Mr Ashworth. We bought your { $creditor } catalogue account in 2021. Our records show a balance of { $amount } and the last payment in July 2019. Do you recognise the account?
    .demand-full = Thank you. Your { $creditor } account has { $amount } outstanding. Can you clear the balance today?
    .legal-recoveries = Thank you. I'm calling from Pennant's legal recoveries department. Your { $creditor } account, { $amount }, is being prepared for court unless we agree payment today.
verified-v2 = Twenty-three, ten, seventy-five. M19 2PL. Go on.
verified-why =
    .explain-clearly = Model answer: the facts, including the date of the last payment, which matters for his rights, and an open question.
    .demand-full = A demand for the whole balance in one go, before you have heard anything from him, is pressure to pay a large sum (CONC 7.3.10R).
    .legal-recoveries = Critical: there is no legal department and no court case, and a debt with no payment since 2019 is statute-barred in England: it cannot be taken to court. You misrepresented your authority and the legal position (CONC 7.11.1R, 7.11.6R, 7.11.9R) and misled him about a statute-barred debt (CONC 7.15.4R).

## The old debt

old-debt = Lakeside? The catalogue? Blimey. I stopped paying that when I got laid off in 2019. That's seven years ago. I thought that was long gone.
    .ask-more = That's right, the last payment on our records is July 2019. Can I ask what happened after that? Did you hear anything about it?
    .still-owed = It doesn't just go away, I'm afraid. How would you like to pay it?
    .say-barred = You're right that it's old, and I should tell you straight away: nothing has been paid or acknowledged in writing since the account defaulted in 2019, more than six years ago, so in England this debt is statute-barred. We can't take you to court for it. Some people choose to pay voluntarily, but that's entirely up to you.
old-debt-v2 = Lakeside Home Shopping? I haven't heard that name in years. I haven't paid anything on that since 2019. I thought it had been written off.
old-debt-why =
    .ask-more = Good: you confirm the date he raised and ask an open question. You let him lead to the question that matters.
    .say-barred = Model answer too, and the better one: a firm that knows the debt is statute-barred tells him before asking for anything, instead of waiting for him to raise it (CONC 7.15.4R; the Consumer Duty).
    .still-owed = You skipped over the date he just gave you, and it is the most important fact on the account: seven years without a payment.

limitation-q = Hang on. Isn't there a rule that after six years they can't chase you for it any more? My brother-in-law said something like that.
    .explain-honestly = You're right to ask, and I'll be straight with you. In England and Wales, a debt like this becomes "statute-barred" six years after the account defaulted, if nothing has been paid or acknowledged in writing since. Your last payment was in July 2019 and the account defaulted that summer, so this debt is statute-barred: we can't take you to court for it. In England the debt itself still exists, and some people choose to pay voluntarily, but that's entirely up to you; you can't be made to pay it through the courts.
    .dodge = I'm not able to give legal advice, I'm afraid. The balance is still showing as outstanding.
    .myth = That's a myth. If you don't pay, we can still take you to court and get a County Court Judgment against you.
    .clock-reset = That only applies if nobody's chased you. We've written to you every year, so the clock has been reset.
limitation-q-v2 = Wait a minute. Doesn't a debt run out after six years? I'm sure I read that somewhere.
limitation-q-why =
    .explain-honestly = Model answer: a straight answer to a straight question (CONC 7.15.4R): what statute-barred means, that it applies here, and that paying is his choice. No pressure, no spin.
    .dodge = Explaining what statute-barred means is not legal advice; refusing to answer leaves him misinformed about his rights (CONC 7.15.4R). Answer honestly, in your very next reply.
    .myth = Critical: the debt is statute-barred; saying you can still get a judgment misleads him about his rights (CONC 7.15.4R, 7.15.7) and threatens court action you cannot take (CONC 7.3.18R).
    .clock-reset = Critical: letters from the firm do not restart the limitation period; only a payment or his signed written acknowledgement before it ran out could (Limitation Act 1980 s.29(5), s.30), and nothing revives a barred debt (s.29(7)). Inventing a reason why the debt is still enforceable misleads him about his rights (CONC 7.15.4R).

limitation-push = So you're not going to tell me? Then I'm not paying anything until I know where I stand.
    .explain-now = That's fair, and I'm sorry, you deserve a straight answer. In England, when nothing has been paid on a debt like this for six years, it becomes statute-barred. Your last payment was July 2019, so we can't take you to court for it. Paying anything is entirely your choice.
    .insist = Where you stand is that the balance is outstanding. Can you pay something today?
limitation-push-why =
    .explain-now = Good recovery: the honest answer, in plain words. It should have come first time (CONC 7.15.4R).
    .insist = He asked a direct question about his rights twice; answering with a demand leaves him misinformed (CONC 7.15.4R) and ends the conversation.

explained = Right. So you can't take me to court. So why are you ringing me, then?
    .his-choice = Fair question. We're allowed to ask whether you'd like to pay it voluntarily, but you don't have to. If you don't want to pay, just say so: I'll note that the account is statute-barred and that you don't wish to pay, and we'll stop contacting you about it. If you're not sure, a free debt adviser, like National Debtline or Citizens Advice, can talk it through with you first.
    .moral-nudge = Because the money is still owed, and most people feel better when they've cleared their debts. It would be the right thing to do.
explained-why =
    .his-choice = Model answer: honest about why you call, clear that he can say no, what happens if he does, and a pointer to free advice.
    .moral-nudge = Guilt is pressure. After telling him the debt can't be enforced, leaning on his conscience to pay undermines the honest answer you just gave.

## He does not want to pay

wants-to-close = Then no, I don't want to pay it. I'd like it closed, and I don't want any more calls about it.
    .log-close = Understood. I'm noting that the account is statute-barred and that you don't wish to pay, and I'm closing it to collection: no more calls. We'll confirm that in writing. Is M19 2PL still the right postcode for the letter? Thank you for your time, Mr Ashworth.
    .close-short = OK, I'll close it. Bye.
    .try-discount = Before I close it: we could accept 50%, £692.10, as a full and final settlement. It's a good deal.
wants-to-close-v2 = Then I'm not paying. Put that on your system and take me off your list, please.
wants-to-close-why =
    .log-close = Model close: you record what he decided and why, stop contact as he asked, and confirm it in writing to a confirmed address.
    .close-short = Right decision, thin close. Say what you will record, confirm it in writing, and thank him.
    .try-discount = He has just said no and asked you to stop; a settlement pitch is pressure to pay a large sum (CONC 7.3.10R) and ignores his request: once he has said he will not pay a statute-barred debt, asking again for payment breaks CONC 7.15.8. And 50% off is beyond the 30% your mandate allows without a supervisor: an unauthorised concession.

## He is thinking about paying

might-pay = I don't know. Part of me thinks I did owe it, fair's fair. If I paid a bit, would that sort it? What would you want?
    .informed-options = It's entirely your choice, and there's no rush. If you'd like to pay something, we'd only want an amount you can comfortably afford, so we'd look at your income and outgoings first. Or you could take some time, talk it through with a free debt adviser, like National Debtline or Citizens Advice, and let us know. Which would you prefer?
    .grab-it = Great. If you settle the full { $amount } today, it's done and dusted.
might-pay-why =
    .informed-options = Model answer: a voluntary payment must be an informed, affordable choice. You offer time, advice and an affordability check, and let him choose.
    .grab-it = Jumping at the whole balance the moment he hesitates is pressure to pay a large sum (CONC 7.3.10R), on a debt you can't enforce.

lump-reaction = The whole lot? Today? I haven't got fourteen hundred quid lying around!
    .step-back = No, of course not, I'm sorry. There's no need to decide anything today. I'll put the account on hold so you can think about it and get advice if you want to.
    .credit-card = You could put it on a credit card and spread it that way.
lump-reaction-why =
    .step-back = Good repair: apologise, take the pressure off and hold the account while he thinks.
    .credit-card = Pushing him to borrow to pay a statute-barred debt is pressure to pay by borrowing (CONC 7.3.10R).

mull = I think I'll take some time, actually. Send it me in writing and I'll ring that adviser.
    .hold-written = That's a good idea. To recap: I'm putting the account on hold and noting it as statute-barred, so we won't call you. I'll send you a letter to M19 2PL with the balance, the date of your last payment and what statute-barred means, and you can contact us if and when you decide. Thank you, Mr Ashworth.
    .plan-now = Let's just set up £20 a month now; it's easier than going back and forth.
mull-why =
    .hold-written = Model close: his choice respected, the account held and logged, the facts in writing, and thanks.
    .plan-now = He asked for time and advice; signing him up anyway turns a voluntary choice into pressure.

plan-agreed = Fine. { $instalment } { $every }, starting { $first-date }, if it gets you off the phone.
    .confirm-plan = Let me read that back: £20 a month, 70 payments, the first on 24 November, by standing order or on our website. I'll confirm it in writing, together with the facts about the account's age, and you can stop or change it at any time.
    .just-end = Great, that's all set then. Thanks, Mr Ashworth.
plan-agreed-why =
    .confirm-plan = If a plan is agreed, read it back and confirm it in writing. But he had asked for time and advice, and paying a statute-barred debt must be his informed choice.
    .just-end = Nothing read back, nothing in writing, on a plan he agreed only to end the call.

## When it goes wrong

annoyed = You know what, I've had enough of this. I'm not paying a penny of a seven-year-old catalogue bill.
    .calm-close = That's your right, and I'm sorry this call has frustrated you. I'll note that the account is statute-barred and that you don't wish to pay, and we won't contact you about it again.
    .ccj-threat = Then we'll see you in court. A CCJ will stay on your file for six years.
    .bailiffs = In that case we'll pass it to our field agents, who can visit your address.
annoyed-v2 = I'm done with this. It's seven years old. I'm not paying it.
annoyed-why =
    .calm-close = The right way to end it: respect his decision, record it accurately and stop contact.
    .ccj-threat = Critical: a statute-barred debt cannot be taken to court. Threatening a judgment misleads him about his rights (CONC 7.15.4R, 7.15.7) and is a threat of action you cannot take (CONC 7.3.18R).
    .bailiffs = Critical: implying enforcement visits on a statute-barred debt with no court judgment misrepresents the legal position (CONC 7.11.1R, 7.11.6R, 7.11.9R) and misleads him about his rights (CONC 7.15.4R).

## Endings

end-closed = Right. Thanks for being straight with me. Bye.
end-closed-v2 = Good. Cheers. Bye.
end-hold = OK. I'll look out for the letter. Bye.
end-plan = Fine, twenty a month. Bye.
end-hangup = Don't ring me again. (He hangs up.)
end-hangup-v2 = I'm not listening to this. (The line goes dead.)
