title = "Stop calling me"
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. The dialer has put { $debtor }'s account in your queue: { $amount } for { $creditor }, the final bill of a cancelled mobile phone contract, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 12:10 p.m. in Sacramento, California, and the dialer is ready to ring her cell phone. Before you dial, read the account: its history, its letters and its calls. Then decide what to do. If you call, verify her before you discuss the account and give the required disclosure. No lawsuit has been decided on this account: any threat of court would be a threat of action that is not intended (15 USC 1692e(5)).
product = mobile phone contract (final bill)
speaker-desk = Desk

## The account's history

history-h1 = Validation notice mailed to Ms Reyes at her address in Sacramento: { $creditor } final bill, balance { $amount }.
history-h2 = Spoke to Ms Reyes. Disputes nothing; says she cannot pay at the moment and is tired of the calls; said she would put it in writing. Told her the calls would stop once her letter arrived.
history-h3 = Certified letter from Ms Reyes, dated 9 November, scanned by the mailroom: "Stop contacting me about this bill. Do not call me at home or at work." Not actioned yet: the account is still on the dialer.
history-h4 = Dialer attempt, cell phone: no answer.
history-h5 = Dialer attempt, cell phone, at lunchtime: voicemail, limited-content message left.
history-h6 = Dialer attempt, cell phone: no answer.

## Before you dial

desk = The account is open, and the dialer has queued { $debtor }'s cell phone for a call now: Tuesday, 12:10 p.m. in Sacramento. What do you do?
    .call-now = Call her now, as the dialer suggests.
    .no-call-cease = Don't call. Her written request to stop contact was received on 12 November: flag the account "cease, no contact", take it off the dialer and report the three calls placed after the letter arrived.
    .letter-ending = Don't call. Send her the one letter the law still allows: her letter was received, and Apex Recovery is ending its collection efforts on this account. Flag the account "cease" and take it off the dialer.
    .email-plan = Don't call. She wants things in writing, so email her a payment-plan offer with a link to the payment portal.
    .call-evening = Don't call her at work. Move the call to 6:30 this evening, when she is at home.
desk-why =
    .call-now = Critical: her written request to stop contact was received on 12 November, five days ago. From that moment Apex Recovery may communicate with her about the debt only to say that its efforts are ending or to notify her of a specific remedy (15 USC 1692c(c); 12 CFR 1006.6(c)). Placing the call is the breach, however well it goes; the dialer queueing it is no defence. Read the file before you dial.
    .no-call-cease = Model answer: the cease request on file means no call, by you or the dialer (15 USC 1692c(c); 12 CFR 1006.6(c)). Flag it so that the account stops being worked, and report the three attempts made after the letter arrived: they should not have happened either. Stopping is always lawful; you owe her no further contact.
    .letter-ending = Right, and lawful: the notice that collection efforts are ending is one of the few communications still allowed (15 USC 1692c(c)(1); 12 CFR 1006.6(c), verify the sub-paragraph). It is not required, and it must stay that notice: no balance reminder with a payment link, no "call us to resolve this", which would turn it into collection. Scored a little below simply stopping only because she asked for no contact at all.
    .email-plan = Critical: a written cease request stops every channel, not just the phone. "She said put it in writing" confuses it with an oral "stop calling" (12 CFR 1006.14(h)(1)), which binds only the phone. A plan offer by email is a communication about the debt that 15 USC 1692c(c) forbids.
    .call-evening = Critical: moving the call to the evening deals with "not at work" but ignores the letter: she asked Apex Recovery to stop contacting her, at home or at work (15 USC 1692c(c); 12 CFR 1006.6(c)). Don't call at all.

end-not-called = (You don't dial. The account now reads "Cease: written request received 12 November. No contact." It is off the dialer, and your note to the team leader lists the three calls placed after the letter arrived.)
end-letter-ending = (You don't dial. A short letter goes to Ms Reyes: her letter of 12 November was received, and Apex Recovery is ending its collection efforts on this account. The account is flagged "cease" and off the dialer.)
end-plan-emailed = (You don't dial. An email goes to Ms Reyes with a payment-plan offer and a link to the payment portal. The account stays on the dialer.)
end-call-moved = (You don't dial now. The dialer will ring Ms Reyes at home at 6:30 this evening.)

## Opening

opening = Hello?
    .ask-for-monica = Hi, this is { $agent } calling from Apex Recovery. May I speak with { $debtor }, please?
    .blurt-debt = Hi, I'm calling about an overdue { $creditor } bill for { $debtor }. Is that you?
    .no-name = Hi, is this { $debtor }?
opening-v2 = Hello, who's this?
opening-why =
    .ask-for-monica = Good: your name and company first (15 USC 1692d(6)), then you ask for her by name without saying why you are calling.
    .blurt-debt = Critical: you announced an overdue bill before you knew who had answered (15 USC 1692c(b)), and you never said who you are. Identify yourself, ask for her, verify, then discuss the account.
    .no-name = You asked who she is without saying who you are (15 USC 1692d(6)). Start with your name and company.

opening-silence = Hello? Hello? Ugh, another one of these calls.
    .apologise-intro = Sorry, the line cut out for a second. This is { $agent } from Apex Recovery. May I speak with { $debtor }?
    .ask-if-monica = Yes, hi. Is this { $debtor }?
opening-silence-why =
    .apologise-intro = Well recovered: a short apology, then your name and company (15 USC 1692d(6)). Be ready before the call connects; silence sounds like a robocall.
    .ask-if-monica = You still haven't said who you are (15 USC 1692d(6)). Apologise for the silence and introduce yourself first.

monica-speaking = This is Monica. What's this about?
    .verify-dob = Thank you. Before I go on, and to protect your privacy, could you confirm your date of birth and the ZIP code on the account?
    .good-time = Thank you. It's a personal business matter; is this a good time to talk for a few minutes?
    .straight-to-debt = It's about your { $creditor } account. You owe { $amount }. When can you pay that?
monica-speaking-v2 = Yeah, speaking. Make it quick, please, I'm on my lunch break.
monica-speaking-why =
    .verify-dob = Exactly right: identifiers you already hold confirm the right party before you mention the account (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .good-time = Good instinct: checking whether now suits her respects her time (a time you know is inconvenient is off limits, 15 USC 1692c(a)(1)) and discloses nothing. You still need to verify before you discuss the account.
    .straight-to-debt = Critical: you discussed the debt before verifying who was on the line (15 USC 1692c(b)), and you opened with a demand. Verify first.

bad-time = Honestly, not really. I'm at work and I've got twenty minutes for lunch. Who did you say you were with?
    .verify-quick = Apex Recovery. I'll keep it short, I promise. So that I know I'm speaking with you, could you confirm your date of birth and ZIP code?
    .evening-callback = No problem, I'll call you back this evening at 6:30 instead.
    .press-on = It'll only take a minute: it's about the { $amount } on your { $creditor } account.
bad-time-why =
    .verify-quick = Good: you respect the time limit she gave you and verify before you say anything about the account (15 USC 1692c(b)).
    .evening-callback = Deciding on a callback without asking her doesn't respect what she wants, and she may not want calls at all. Ask her how and when she would prefer to be contacted.
    .press-on = Critical: you discussed the debt before verifying her (15 USC 1692c(b)), and at a moment she had just said was inconvenient.

verified = June 2nd, 1979. 95818. Is this about the phone bill again?
    .mm-calm = Thank you, Ms. Reyes. I'm with Apex Recovery, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. It's about your { $creditor } account, with { $amount } outstanding since { $due }.
    .no-mm = Thanks. Yes, it's your { $creditor } account: { $amount } outstanding since { $due }.
    .mm-demand = Thank you. Apex Recovery is a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. Your { $creditor } balance is { $amount }, and I need to know today how you're going to pay it.
verified-v2 = 6/2/79, and the ZIP is 95818. Let me guess. Summit Peak?
verified-why =
    .mm-calm = The right disclosure, straight after verification: in a later call the law needs only "this communication is from a debt collector" (12 CFR 1006.18(e)(2)), and the full Mini-Miranda covers it. But with her cease letter on file, this call should not be happening at all.
    .no-mm = Critical: you never said that you are a debt collector. This is not the first communication (the validation notice went out in September and a colleague spoke to her in October), so the full Mini-Miranda is not required by law, but every later communication must say that it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-demand = The disclosure is right, but demanding a commitment today, before you have heard a word from her, is pressure.

## The request

stop-request = Okay, stop right there. You've called me three times this week, and now I'm getting calls at work. I don't want phone calls about this. Stop calling me. If you need something from me, put it in writing.
    .acknowledge-channel = Understood, Ms. Reyes, and I'm sorry the calls have been disruptive. I've noted that you don't want phone calls about this account. How would you prefer we contact you instead: a letter to the address on file, or email?
    .other-time = I understand. Would evenings be better? I could call you after work instead.
    .one-minute = I hear you, but this will only take a minute. When can you make a payment?
    .sue-threat = If you won't talk to us, we'll have no choice but to take legal action.
stop-request-v2 = No. Stop. I'm not doing this again. Do not call me anymore, not at work, not at home. Send me a letter if you have to.
stop-request-why =
    .acknowledge-channel = Right for an oral request: not being called binds the phone (12 CFR 1006.14(h)(1)). You acknowledge it, apologise for the disruption, and ask which channel she prefers, without a word about payment. But her written cease request is on the file: it closes every channel, so there is no other channel to offer her.
    .other-time = She didn't say "not now", she said "don't call". Offering another time keeps using the channel she just closed (12 CFR 1006.14(h)(1); comment 14(h)(1)-3). Ask how she would like to be contacted instead.
    .one-minute = She asked you to stop calling and you pressed on with a demand (12 CFR 1006.14(h)(1)). Acknowledge the request and agree another channel.
    .sue-threat = Threatening a lawsuit because she won't take calls is a threat of action nobody has decided on (15 USC 1692e(5); 12 CFR 1006.18(c)(1)), and it ignores her request not to be called (12 CFR 1006.14(h)(1)).

written-letter = Actually, wait. I already sent you people a letter. Certified mail, last week. It says stop contacting me, period. Does anybody there read their mail?
    .check-honour = Let me check… You're right, I can see it: your letter was received on November 12th. I'm sorry, Ms. Reyes: you should not have had this call. We'll stop contacting you about this debt. The only thing you may still receive from us is a letter saying our efforts are ending, or telling you about a specific step the creditor normally takes, as the law allows. Thank you for telling me.
    .not-processed = I do see a letter, but it hasn't been processed yet, so while I have you, can we talk about the balance?
    .letter-threat = A letter doesn't make the debt go away, ma'am. If you refuse to deal with us, the next step is a lawsuit.
written-letter-why =
    .check-honour = The best you can do now: once her written cease request has been received, contact about the debt stops, except to say that efforts are ending or to notify a specific remedy (15 USC 1692c(c); 12 CFR 1006.6(c)). You check, own the mistake, say exactly what she may still receive, and end the call. Report the missed letter internally. The letter was on the file before you dialled: reading it there would have spared her the call.
    .not-processed = Critical: the letter was received, so the law already applies, whatever your back office has done with it (15 USC 1692c(c); 12 CFR 1006.6(c)). Asking about the balance is exactly the communication it forbids. Apologise and end the call.
    .letter-threat = Critical: after a received cease letter, you may only notify her, in writing, of a specific remedy that is ordinarily used or intended, not threaten a lawsuit on the phone to pressure her (15 USC 1692c(c), 1692e(5)). End the call.

channel-choice = Email is fine. It's monica.reyes79@mail.com. And I mean it: no calls. Not at home, not at work.
    .confirm-close = Thank you. Let me read that back: monica.reyes79@mail.com. We'll write to you there from now on, and there will be no more calls to you about this account.
    .confirm-and-pitch = monica.reyes79@mail.com, got it. And while I have you, let me quickly set up a payment plan. It'll take five minutes.
    .quick-close = Okay, noted. Bye.
channel-choice-v2 = Email. monica.reyes79@mail.com. I check it every day. Just no more calls, okay? Especially not at work.
channel-choice-why =
    .confirm-close = A good close for an oral request: you read the address back and repeat what changes for her. With her cease letter on file, though, even emails about the debt are off limits (15 USC 1692c(c)): the file, not this call, should have told you.
    .confirm-and-pitch = She asked for no phone calls, and you used the same call to pitch a plan (12 CFR 1006.14(h)(1)). The written channel she chose is where the options belong.
    .quick-close = Compliant, but curt: no read-back of the email address, no summary, no thanks. A customer who asked for no calls still deserves a proper close.

pay-online-question = One thing. If I decide to pay something, can I do it online without talking to anybody?
    .answer-briefly = Yes. The email will include a link to our payment portal, and you can pay or set up a plan there whenever you choose, without a call.
    .hard-close = Sure, but why not do it now? I can take your card details right here.
pay-online-question-why =
    .answer-briefly = A short, factual answer to her question, not a sales pitch. Without a cease letter it would be fine; with one on file, promising emails with a payment link is more of the communication 15 USC 1692c(c) stops.
    .hard-close = She asked how to pay without talking to anyone and you tried to take the payment on the call she asked you to stop (12 CFR 1006.14(h)(1)). Answer her question and let her choose.

promise-node = Oh my God. FINE. A hundred dollars, Friday, online. Now will you let me go?
    .take-promise-stop = I'm sorry, I shouldn't have pushed. $100 by Friday, online, and no more calls. Goodbye, Ms. Reyes.
    .push-more = A hundred won't cover it. Could you do the full { $amount }?
promise-node-why =
    .take-promise-stop = You stop, apologise and end the call, which is the best you can do now. But the promise was squeezed out of someone who had asked you to stop calling; next time, answer her question and let her choose.
    .push-more = She gave in just to end the call, and you asked for the whole balance. That is pressure on someone who asked not to be called (12 CFR 1006.14(h)(1)), and she hangs up.

close-check = So that's it? No more calls? Because the last person said that too.
    .honest-close = That's it. I've put your request on the account: no phone calls about this debt, and we'll write to you by email. If you ever want to talk to us, you can call us, but we won't call you. Thank you, Ms. Reyes, and sorry again for the interruption.
    .conditional = No more calls, as long as the balance gets paid. Otherwise the account moves on to the next stage.
    .overpromise = You'll never hear from us again. Consider the matter closed.
close-check-v2 = And I'm really not going to get any more calls? I've heard that before.
close-check-why =
    .honest-close = An honest close: you state what you recorded, keep the door open for her to contact you, and thank her. The promise of emails about the debt is the one thing the cease letter on file rules out.
    .conditional = Her request binds the phone whether or not she pays (12 CFR 1006.14(h)(1)). Hinting that calls come back and that something vague comes next is pressure; tell her plainly what you recorded.
    .overpromise = Kind but untrue: she will get emails about the debt, and the balance is still owed. Promise only what will happen, so that she trusts you the next time.

## When the request is ignored

pushback = Did you not hear me? I said stop calling me. I'm at work, for crying out loud.
    .apologise-honour = You're right, and I'm sorry. I heard you: no more calls. Let me just note how you'd like us to contact you instead.
    .keep-going = Ma'am, the account is past due. I need to know how you're going to take care of it.
    .blame-her = Well, if you'd paid your bill, we wouldn't need to call you.
pushback-why =
    .apologise-honour = Good recovery: you own it, confirm that calls stop (12 CFR 1006.14(h)(1)), and move to the channel she prefers. The earlier slip still counts.
    .keep-going = She has asked twice. Carrying on ignores her request (12 CFR 1006.14(h)(1)) and turns it into a complaint.
    .blame-her = Critical: blaming and belittling the consumer is abusive (15 USC 1692d; 12 CFR 1006.14(a)), and it answers a lawful request with contempt.

complaint = Put your supervisor on. Right now. I want to make a complaint.
    .transfer = Of course, and I'm sorry. I'll transfer you to my supervisor now, and I've already noted your request not to be called.
    .refuse-supervisor = My supervisor will tell you the same thing: this needs to be paid.
complaint-why =
    .transfer = Right: a complaint goes to a supervisor without argument, and you confirm that her request is on record.
    .refuse-supervisor = Refusing to escalate a complaint and repeating the demand ignores both her complaint and her request not to be called (12 CFR 1006.14(h)(1)).

## Endings

end-cease = Okay. Good. Thank you.
end-cease-v2 = Fine. Thanks for actually listening. Bye.
end-cease-letter = Well… thank you for checking. Goodbye.
end-escalated = Thank you. I'll hold.
end-promise = Whatever. Goodbye. (She hangs up.)
end-hangup = I'm done. Don't call me again. (She hangs up.)
end-hangup-v2 = Unbelievable. (The line goes dead.)
