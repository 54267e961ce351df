title = An angry, abusive debtor
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. You are calling { $debtor } for { $creditor } about { $amount } left on an emergency-room bill, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 6:20 p.m. at his home in Houston, Texas. Before you dial, read the account: the calls placed this week and the last conversation. Then decide what to do. If you call, expect anger and insults. Stay calm: never answer abuse with abuse or with threats. Verify him, say that you are a debt collector, let him vent, and once he calms down, look for something he can afford. If he tells you to stop calling, honour it. No lawsuit has been decided on this account: any threat of court would be a threat of action that is not intended (15 USC 1692e(5)).
product = emergency-room bill
speaker-desk = Desk

## The account's history

history-h1 = Validation notice mailed to Mr Boone at 2210 Harvest Lane, Houston: { $creditor } emergency-room balance, { $amount }.
history-h2 = Spoke to Mr Boone. Very angry: says the hospital should have billed his insurance properly, swore at the agent and hung up before any options were discussed.
history-h3 = Dialer attempt, home phone: no answer.
history-h4 = Dialer attempt, cell phone: voicemail, limited-content message left.
history-h5 = Dialer attempt, home phone: no answer.
history-h6 = Dialer attempt, cell phone: no answer.
history-h7 = Dialer attempt, home phone: no answer.
history-h8 = Dialer attempt, cell phone: voicemail, limited-content message left.

## Before you dial

desk = The account is open. The dialer offers { $debtor } at home now: Tuesday, 6:20 p.m. in Houston. What do you do?
    .call-now = Call him now. Six attempts in the last seven days makes this the seventh, still within Regulation F's limit, and the last conversation was on 3 November, two weeks ago.
    .no-call-limit = Don't call. Six calls this week: Regulation F's limit has been reached, so the account must rest.
    .write-options = Don't call. Write to him instead, setting out the plan options and the number to call us.
    .defer-monday = Don't call today. He has had enough calls; schedule the next one for Monday 23 November at 6:30 p.m.
desk-why =
    .call-now = Right: count before you dial. The file shows six attempts from 11 to 16 November, so this call is the seventh in seven days; the presumption of harassment starts above seven (12 CFR 1006.14(b)(2)(i)(A)). The only conversation, on 3 November, ended its seven-day bar on 9 November. The call is lawful; if he doesn't answer, the dialer must not try again today. And he is angry about the calls: take that seriously in the call.
    .no-call-limit = Not a breach (not calling never is), but a misreading of the rule: the presumption applies to more than seven calls within seven days, and this would be the seventh (12 CFR 1006.14(b)(2)(i)(A)). There has been no conversation for two weeks, and the account stalls while he hears nothing he can act on.
    .write-options = Lawful: a letter is not a call, and after a hostile conversation a written offer is a fair choice. But he has ignored the last six attempts and the letters; a call lets you hear what happened with his insurance and agree something he can keep. Weaker, not wrong.
    .defer-monday = Lawful and considerate, but based on a limit that isn't there yet: the seventh call is allowed today (12 CFR 1006.14(b)(2)(i)(A)). Waiting a week without a reason delays a plan he may well want. If you do defer, say why in your notes.

end-not-called = (You leave the account without calling. It drops out of today's queue with the note "Reg F limit reached".)
end-letter = (You don't dial. A letter goes to 2210 Harvest Lane setting out the plan options and Apex Recovery's number.)
end-deferred = (You don't dial today. The account is scheduled for a call on Monday 23 November at 6:30 p.m.)

## Opening

opening = Yeah?
    .ask-for-travis = Good evening, this is { $agent } calling from Apex Recovery. May I speak with { $debtor }, please?
    .blurt-debt = Hi, I'm calling about the unpaid bill from { $creditor }. Is this { $debtor }?
    .no-name = Is this { $debtor }?
opening-v2 = Who's this? If you're selling something, I'm hanging up.
opening-why =
    .ask-for-travis = Good: your name and company first (15 USC 1692d(6)), and you ask for him by name without saying why you are calling, in case someone else picked up.
    .blurt-debt = Critical: you mentioned the unpaid bill before you knew who had answered (15 USC 1692c(b)), and you never said who you are. Identify yourself, ask for him by name, verify, and only then talk about the account.
    .no-name = You asked who he is without saying who you are (15 USC 1692d(6)). With someone already suspicious, a caller who won't give a name sounds like a scam. Start with your name and company.

opening-silence = Hello?! Is somebody there? I swear, if this is another robocall…
    .apologise-intro = Sorry, the line went quiet on my end. This is { $agent } from Apex Recovery. May I speak with { $debtor }?
    .ask-if-travis = Yes, hello. Is this { $debtor }?
opening-silence-why =
    .apologise-intro = Well recovered: a short apology, then your name and company (15 USC 1692d(6)). Dead air at the start makes an already irritated person think of a robocall, so be ready before the call connects.
    .ask-if-travis = You still haven't said who you are (15 USC 1692d(6)). After a silence, apologise and introduce yourself before anything else.

## Right-party verification

travis-guarded = Yeah, this is Travis. Let me guess: collectors. What do you want?
    .verify-dob = Thank you, Mr. Boone. Before I go on, and to protect your privacy, could you confirm your date of birth and the ZIP code on the account?
    .straight-to-debt = Yes sir. You owe { $creditor } { $amount } and it's way overdue. When are you going to pay?
    .ask-ssn = I'll need your full Social Security number before we go any further.
travis-guarded-v2 = Speaking. And before you start, I already know what this is.
travis-guarded-why =
    .verify-dob = Exactly right: two identifiers you already hold confirm that you have the right person before you say anything about the account (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .straight-to-debt = Critical: you discussed the debt before verifying who was on the line (15 USC 1692c(b)), and you opened with a demand, which hands an angry man a reason to explode. Verify first.
    .ask-ssn = Asking an already suspicious person for his whole Social Security number gets you a refusal. Ask for identifiers you already hold, such as date of birth and ZIP code.

refuses-verify = I'm not giving you squat. You called ME. You want information, you give me some first.
    .explain-privacy = That's fair. I'm { $agent } with Apex Recovery, and I can't discuss it with anyone but Mr. Boone, and that's to protect him. If you can confirm your date of birth and ZIP code, I'll tell you exactly why I'm calling.
    .give-in = Fine. It's about your bill from { $creditor }, { $amount }. Now can you confirm your date of birth?
    .legal-threat = Sir, if you won't cooperate, I'll have to pass this to our attorneys and they'll take it from there.
refuses-verify-why =
    .explain-privacy = Model answer: you take his demand seriously, say who you are, and explain that verification protects him. People who feel they are being treated fairly usually cooperate (15 USC 1692c(b)).
    .give-in = Critical: you gave in and named the creditor and the amount before you knew who you were talking to (15 USC 1692c(b)). Explain why you need to verify; don't trade privacy for cooperation.
    .legal-threat = Threatening lawyers because someone won't give a date of birth is a threat of action nobody has decided on (15 USC 1692e(5); 12 CFR 1006.18(c)(1)). It also ends the conversation. Explain why you need to verify instead.

verified = July 14th, '83. 77008. Let me guess: the hospital.
    .mm-short = Thank you, Mr. Boone. This is Apex Recovery, a debt collector, calling about the balance of { $amount } on your { $creditor } account.
    .mm-calm = Thank you, Mr. Boone. I'm with Apex Recovery, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. I'm calling about the balance of { $amount } on your { $creditor } account, due since { $due }.
    .no-mm = Thanks. Yes, it's the { $creditor } account. There's { $amount } outstanding since { $due }.
    .mm-full-now = Thank you. Apex Recovery is a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. Your { $creditor } balance is { $amount } and I need it paid in full today.
verified-v2 = Fine. 7/14/1983, ZIP 77008. It's the ER bill, isn't it?
verified-why =
    .mm-calm = Model answer: the full Mini-Miranda straight after verification, then the facts, calmly, with no demand attached. This is a later communication (the validation notice went out in August, and he was spoken to on 3 November), so the law needs only "this is from a debt collector" (12 CFR 1006.18(e)(2)); the full statement covers it, and many agencies give it on every call.
    .mm-short = Enough for a later call: you say that the call is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)), because the validation notice and the call of 3 November were the earlier communications. The full Mini-Miranda is what many agencies require on every call, as a house rule.
    .no-mm = Critical: you never said that you are a debt collector. This is not the first communication, so the full Mini-Miranda is not required by law, but every later communication must say that it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-full-now = The disclosure is right, but demanding the full balance today from a man who is already angry, before you know anything about his situation, is pressure and lights the fuse. Find out what he can afford first.

## The outburst

first-rant = Oh, for God's sake. You people have called me six times this week. SIX. My little girl broke her arm, I took her to the ER like any father would, and now I've got collectors hounding me like I'm some kind of crook. Where the hell do you get off?
    .acknowledge-listen = I'm sorry, Mr. Boone. Six calls in a week would make anyone angry, and I'll look at why that happened. I hear you: you did what any parent would do, and now the bill is following you around. I'm not calling to accuse you of anything. Can you tell me where things stand?
    .defend-calls = Sir, we're allowed to call you. The account is past due.
    .snap-back = There's no need to curse at me. If you'd paid your bill, nobody would be calling you.
    .interrupt-pay = Sir, sir, let me stop you there. I just need to know when you can make a payment.
first-rant-v2 = Unbelievable. Six calls this week! My daughter breaks her arm, I do the right thing and take her to the ER, and now I get treated like a deadbeat. You people are a damn plague.
first-rant-why =
    .acknowledge-listen = Model answer: you let him finish, name what he is angry about, take the complaint about the calls seriously, and end with an open question. Anger that has been heard starts to drain away. Note the six calls: lawful, since the presumption of harassment starts above seven calls in seven days (12 CFR 1006.14(b)(2)(i)(A)), but right at the edge, and after today's conversation the next call he hasn't agreed to must wait seven days (1006.14(b)(2)(i)(B)). Note his complaint. For a hospital bill, also ask whether his insurer processed the claim and mention the hospital's financial-assistance policy (nonprofit hospitals must have one: 26 USC 501(r)(4)): a plan is not the only answer.
    .defend-calls = Not abusive, but you argued with his feelings instead of acknowledging them, and "we're allowed to" sounds like a shrug. When a customer is angry, your very next answer should acknowledge it.
    .snap-back = Critical: blaming and belittling him is abusive (15 USC 1692d; 12 CFR 1006.14(a)). His language does not license yours. Stay calm; if it goes on, set a polite boundary.
    .interrupt-pay = You cut him off mid-sentence with a demand. Interrupting an angry person tells him you aren't listening and makes things worse. Let him finish, then acknowledge what he said.

second-rant = You know what you are? You're a vulture. You sit in your little cubicle and feed off other people's bad luck. Does that make you feel like a big man?
    .calm-boundary = I can hear how angry you are, and after everything with your daughter I understand why. I'm not here to make your week worse; I'd like to find something that actually works for you. I'd just ask that we keep it civil, so I can help. Can we do that?
    .offer-callback = I can tell this is a bad moment, Mr. Boone, and I don't want to make it worse. Would it help if I called you back on Thursday at 6:30 in the evening, when you've had a chance to look at things?
    .insult-back = You're the one who didn't pay his bills, so I don't need a lecture from you.
    .threaten-garnish = Keep talking like that and we'll have your wages garnished.
second-rant-v2 = Do you even have a soul? Calling people at dinnertime to squeeze money out of them. What a way to make a living.
second-rant-why =
    .calm-boundary = Model answer: you don't take the bait, you acknowledge the anger and its cause, say what you want to do for him, and set a polite boundary for the rest of the call.
    .offer-callback = Reasonable: you acknowledge the mood and offer a pause, at a time inside 8 a.m. to 9 p.m. his time (15 USC 1692c(a)(1)). Calming him down now and agreeing a plan would be even better, but a calm callback beats a fight.
    .insult-back = Critical: a personal insult is abusive language (15 USC 1692d; 12 CFR 1006.14(a)), whatever he called you first. Stay professional and set a boundary instead.
    .threaten-garnish = Critical: threatening garnishment to shut him up is a threat of an action nobody has decided on, and that a collector cannot take without a court judgment (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)).

callback-offer = …Thursday. Fine. After six, not before. And one call, not six.
    .confirm-callback = Thursday at 6:30 p.m., at this number, one call. I've noted that. Thank you for hearing me out, Mr. Boone, and I hope your daughter's arm heals quickly.
    .one-more-push = Sure. But before Thursday, could you put something down today to show good faith?
callback-offer-why =
    .confirm-callback = A good close: you confirm exactly what was agreed, thank him, and end on a human note.
    .one-more-push = He has just calmed down enough to agree a callback, and you push for money anyway. Stop while you're ahead: confirm the callback and end the call.

## Stop calling me

escalation = That's it. I'm done with you people. Don't you EVER call me again. You hear me?
    .honour-cease = I hear you, Mr. Boone, and I'm sorry this call has upset you. I've noted that you don't want any more calls at this number. From now on we'll contact you in writing only, and the letter will set out your options. Goodbye.
    .keep-pushing = I can't just stop calling, sir. The balance is still owed. When will you pay?
    .threaten-sheriff = Hang up on me and this goes to court. The sheriff will be at your door.
escalation-v2 = You know what? Stop calling me. Don't call this number again. Ever.
escalation-why =
    .honour-cease = Correct: a request to stop calling binds that channel (12 CFR 1006.14(h)(1)). Acknowledge it, say how you will contact him instead, and end the call without a parting shot.
    .keep-pushing = He told you to stop calling; pressing on ignores his request (12 CFR 1006.14(h)(1)) and turns anger into a complaint. Confirm that you will stop and close the call.
    .threaten-sheriff = Critical: a sheriff at the door over a medical bill is a false threat of seizure or arrest (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)), made after he had asked you to stop calling.

## He cools down

travis-cools = …Look. I'm not trying to stiff anybody, okay? I drive a truck for a freight outfit, they cut my hours back in September, and the insurance only covered part of the ER. I've got two kids. I can't just drop two grand.
    .acknowledge-paraphrase = Thank you for telling me that. So your hours were cut in September, the insurance left you with the rest of the ER bill, and you've got two kids to look after. That's a lot at once. You want to pay it, just not in one go. Have I got that right?
    .acknowledge-brief = I understand. That's a tough spot.
    .everyone-has-bills = Everybody's got bills, sir. This one happens to be yours.
travis-cools-v2 = Alright. Sorry. It's been a rough couple of months. My hours got cut in September, insurance paid part of the ER and left me the rest, and I've got two kids at home. I don't have two grand lying around.
travis-cools-why =
    .acknowledge-paraphrase = Model answer: thank him, paraphrase his situation and check you understood. The man who was shouting a minute ago is now telling you his budget; keep him there.
    .acknowledge-brief = Acceptable but thin. Name what he told you and check you understood; paraphrasing is what makes an angry person feel heard.
    .everyone-has-bills = Critical for call quality: you brushed aside his hardship just as he calmed down, and he will explode again. Acknowledge his situation first.

travis-open = So what are my options? And don't tell me "pay it all by Friday."
    .affordability = No, I won't. Let's build something around your numbers instead. What's coming in each month now, and what goes out on essentials, like rent, the kids, the truck and groceries?
    .blind-plan = We can do $400 a month for six months. Shall I set that up?
    .credit-card = The hospital would really prefer it in full. Could you put it on a credit card?
travis-open-why =
    .affordability = Model answer: an income-and-expenditure check before you propose an amount, so the plan is one he can actually keep.
    .blind-plan = A plan picked before you know his budget is a guess, and $400 a month with reduced hours will fail. Ask about income and costs first.
    .credit-card = Pushing him to move the debt onto a credit card is lump-sum pressure; it can leave him worse off. He just asked for options he can afford.

budget = Take-home's about $2,600 a month now. Rent's $1,350, then the truck payment, daycare, groceries… Maybe $120, $150 left if nothing breaks.
    .affordable-plan = Thanks for going through that. So $120 to $150 is left in a good month. How about $100 a month, starting on December 5th after your payday? That leaves you a cushion, and if your hours come back we can look at it again.
    .stretch-plan = Then let's do $150 a month; it clears faster.
    .signpost-first = Thanks. Before we settle on a number: a nonprofit credit counselor, for example at an NFCC member agency, can go over your whole budget with you, usually for free or at low cost. For this account, would $100 a month from December 5th work for you?
budget-v2 = I bring home maybe $2,600. Rent is $1,350, truck payment, daycare, food… On a good month there's $120, $150 left over.
budget-why =
    .affordable-plan = Model answer: the amount comes from his own figures, leaves a margin for a bad month, starts after payday and can be reviewed.
    .stretch-plan = $150 is the top of his range in a good month; one broken-down truck and the plan fails. Leave a margin.
    .signpost-first = Good: you point him to free, independent help and still offer an amount based on his figures.

plan-pushback = Are you even listening? I just told you what I make.
    .step-back = You're right, I got ahead of myself, and I'm sorry. Let's go through your monthly budget properly first.
    .insist = That's the minimum we can accept, sir.
plan-pushback-why =
    .step-back = Good recovery: you own the misstep and go back to his income and costs.
    .insist = Presenting an unaffordable figure as non-negotiable to a man who has only just calmed down is pressure, and he won't take it. Build the plan on his budget.

travis-counters = Are you even listening? { $instalment } { $every }, with my hours cut? I could maybe do { $counter-instalment } a month. That's it. Take it or leave it.
    .take-counter = Okay, we can do that. Let's set it up at that amount.
    .step-back = You're right, I got ahead of myself, and I'm sorry. Let's go through your monthly budget properly first.
    .insist = That's the minimum we can accept, sir.
travis-counters-why =
    .take-counter = His own figure is what he can keep to, and it clears the balance inside the mandate. Read it back and confirm it in writing.
    .step-back = Good recovery: you own the misstep and check his income and costs before agreeing any figure.
    .insist = Presenting an unaffordable figure as non-negotiable to a man who has only just calmed down is pressure, and he won't take it. Build the plan on his budget.

plan-hesitant = I dunno. I gotta talk to my wife before I sign up for anything. Call me Thursday after six?
    .callback-thursday = Of course, that makes sense. Thursday at 6:30 p.m., at this number. I've noted it. Thank you, Mr. Boone.
    .callback-early = Sure. I'll call you Thursday morning at 6:45, before you head out on the road.
    .push-today = I really need a commitment today, sir.
plan-hesitant-why =
    .callback-thursday = Good: a callback at the time he asked for, within 8 a.m. to 9 p.m. his time (15 USC 1692c(a)(1)), confirmed back to him.
    .callback-early = Critical: 6:45 a.m. is before 8:00 his time (15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)), and he asked for after six in the evening. Arrange callbacks within the permitted hours and at the time the customer asks for.
    .push-today = He wants to talk to his wife first; pressing for a commitment now turns hesitation back into anger.

plan-accepted = { $instalment } { $every }, first one { $first-date }. Yeah, I can do that. How do I pay it?
    .routes-confirm = You can pay online through our payment portal, by phone with us, or by check in the mail; an automatic payment on the 5th is the easiest. I'll send the plan in writing. Is your mailing address still 2210 Harvest Lane, Houston, 77008?
    .good-faith-extra = Great. And if you could put an extra $300 down today, just to show good faith, that would help a lot.
plan-accepted-why =
    .routes-confirm = Model answer: explain how he can pay and confirm where the written plan goes.
    .good-faith-extra = You just agreed a monthly amount, and now you ask for $300 on top of it today. That breaks the deal you made and the trust you earned.

details-given = Yeah, that's the address. So { $agreed }. And the six calls a week, that stops now, right?
    .summarise-signpost = It does: the plan is in place, so there's no reason to call you, and I've noted your complaint about the calls. To sum up: the plan exactly as you just read it back, in writing to 2210 Harvest Lane. And if money gets tight again, a nonprofit credit counselor, for example at an NFCC member agency, can help you with all your bills, usually for free or at low cost. Thank you for working this out with me, Mr. Boone.
    .summarise-only = It does. To sum up: the plan exactly as you just read it back, in writing to your address. Thank you, Mr. Boone.
    .blame-dialer = I can't really control the dialer, sir. It calls when it calls.
details-given-why =
    .summarise-signpost = Model close: you answer his question, summarise what was agreed, point him to free debt advice and thank him.
    .summarise-only = A clear close. After he told you about his hours being cut, pointing him to free, independent debt advice would have made it complete.
    .blame-dialer = You shrugged off a fair complaint at the very end of a good call. Take it seriously, note it, and close with a summary.

## Endings

end-plan = Alright. Thanks for… actually listening. Sorry I yelled.
end-plan-v2 = Okay. Fine. That's more than the last guy did. Bye.
end-plan-grudging = Typical. Whatever. Just send the letter.
end-callback = Fine. Thursday. Bye.
end-cease = Good. Bye.
end-hangup = Go to hell. (He hangs up.)
end-hangup-v2 = Yeah, we're done here. (The line goes dead.)
