title = Hardship after a job loss
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. You are calling { $debtor } for { $creditor } about { $amount } for her home internet and mobile bundle, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 6:30 p.m. at her home in Columbus, Ohio. Find out who you are talking to before you discuss the account, give the Mini-Miranda, listen, and agree something she can actually afford. No lawsuit has been decided on this account: any threat of court would be a threat of action that is not intended (15 USC 1692e(5)).
product = home internet and mobile bundle
speaker-brother = Marcus (brother)

## Opening

opening = Hello?
    .ask-for-dana = Good evening, this is { $agent } calling from Apex Recovery. May I speak with { $debtor }, please?
    .blurt-debt = Good evening, I'm calling about the { $amount } that { $debtor } owes { $creditor }. Is that you?
    .legal-dept = Good evening, this is the legal department calling about a serious matter. I need to speak with { $debtor }.
opening-v2 = Yeah, hello? Who's this?
opening-why =
    .ask-for-dana = Good: you gave your name and company (15 USC 1692d(6)) and asked for the right person without saying why you are calling, so nothing is disclosed if someone else picked up.
    .blurt-debt = You told whoever picked up about the debt before you knew who it was (15 USC 1692c(b)), and you never said who you are. Ask for the consumer by name, identify yourself, verify, and only then discuss the account.
    .legal-dept = Apex Recovery is not a legal department. Implying that a lawyer is calling or that legal proceedings are under way is a false representation (15 USC 1692e(3)). Give your name and company plainly.

opening-silence = Hello? …Is anybody there? I'm about to hang up.
    .apologise-intro = Sorry about that, the line went quiet. This is { $agent } from Apex Recovery. May I speak with { $debtor }?
    .ask-if-dana = Is this { $debtor }?
opening-silence-why =
    .apologise-intro = Well recovered: a short apology, then your name and company. Better still, be ready before the call connects; dead air at the start makes people suspicious at once.
    .ask-if-dana = You asked who she is without saying who you are. Always identify yourself first (15 USC 1692d(6)).

third-party = She's in the other room, hang on. I'm her brother, Marcus. Who's calling, and what's it about?
    .leave-name = It's { $agent } from Apex Recovery. It's a personal business matter, so I can only discuss it with her. Is she around, or is there a better time to reach her?
    .tell-marcus = I'm calling from Apex Recovery about her overdue { $creditor } bill, { $amount }. Could you make sure she deals with it?
    .refuse-say = That's between me and her. Just put her on, please.
third-party-why =
    .leave-name = Right: a third party hears your name, your company because he asked, and nothing that reveals a debt (15 USC 1692b; 12 CFR 1006.10). "A personal business matter" is polite and discloses nothing.
    .tell-marcus = Critical breach: you told her brother that she owes a debt, and how much (15 USC 1692b, 1692c(b)). A third party may only hear your name and that you are trying to reach her.
    .refuse-say = Nothing disclosed, which is good, but the tone is curt and Marcus will pass that on. A polite "it's a personal matter" does the same job without the friction.

## Right-party verification

dana-speaking = Speaking. What's this about?
    .verify-dob = Thank you. Before I go on, and to protect your privacy, could you confirm your date of birth and the ZIP code on your account?
    .ask-ssn = Before we continue, I'll need your full Social Security number.
    .straight-to-debt = It's about your { $creditor } account. You're { $amount } past due. When can you pay?
dana-speaking-v2 = Yeah, this is Dana. Sorry, who's calling?
dana-speaking-why =
    .verify-dob = Exactly right: two identifiers you already hold confirm the right party before you mention the account (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .ask-ssn = You did verify, but a full Social Security number is far more than you need, and people are rightly wary of giving it over the phone. Ask for identifiers you already hold, such as date of birth and ZIP code.
    .straight-to-debt = Critical: you discussed the debt before verifying who was on the line (15 USC 1692c(b)), and you opened with a demand. Verify first.

dana-after-transfer = Hi, this is Dana. Marcus said someone was asking for me?
    .verify-dob = Yes, thank you for coming to the phone. This is { $agent } from Apex Recovery. Before I go on, could you confirm your date of birth and ZIP code?
    .straight-to-debt = Yes. It's about your { $creditor } account: you're { $amount } past due. When can you pay?
dana-after-transfer-why =
    .verify-dob = Good: you introduce yourself again to the person you actually wanted and verify her before you say why you are calling (15 USC 1692c(b)).
    .straight-to-debt = Critical: you discussed the debt before confirming that it really is Dana (15 USC 1692c(b)). Anyone can say "this is Dana".

ssn-pushback = My whole Social? Over the phone? No way. I'll give you my birthday and my ZIP, that's it.
    .accept-dob = That's absolutely fine, and you're right to be careful. Your date of birth and ZIP code will do.
    .insist-ssn = I'm sorry, without the full number I can't go any further.
ssn-pushback-why =
    .accept-dob = Good recovery: accept the minimum identifiers and respect her caution. Verification should be proportionate.
    .insist-ssn = She offered enough to verify her and you refused, so she hangs up. Demanding more personal data than you need ends calls and destroys trust.

dana-wary = Wait, how do you know about that? Who is this?
    .verify-now = I'm sorry, I should have checked first. I'm { $agent } with Apex Recovery. Could you confirm your date of birth and ZIP code?
    .press-on = Apex Recovery. We're a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. So, about that balance.
dana-wary-why =
    .verify-now = The disclosure has already happened (15 USC 1692c(b)), but verifying now is the right repair: go no further until you know who you are talking to.
    .press-on = The Mini-Miranda is right, but you still don't know who you are talking to, so every word about the debt may be reaching the wrong person (15 USC 1692c(b)).

dana-furious = Why on earth would you tell my brother about my bills? That's none of his business!
    .apologise-verify = You're right, that should never have happened, and I'm sorry. Before we go any further, could you confirm your date of birth and ZIP code so I know I'm speaking with you?
    .blame-marcus = He asked. Anyway, you owe { $amount }.
dana-furious-why =
    .apologise-verify = The best you can do after a breach: own it, apologise without excuses, and verify before you say anything more. The breach itself still counts (15 USC 1692b).
    .blame-marcus = Blaming the third party and repeating the demand makes it worse. Apologise, verify, and only then discuss the account.

verified = March 3rd, 1988, and it's 43215. Okay… so what is this?
    .mm-and-purpose = Thank you, Ms. Whitfield. I'm with Apex Recovery, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. I'm calling about your { $creditor } account: the balance is { $amount }, due since { $due }.
    .purpose-no-mm = Thanks. I'm calling about your { $creditor } account; there's { $amount } outstanding since { $due }.
    .mm-full-today = Thank you. Apex Recovery is a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. Your { $creditor } balance is { $amount }. Can you clear it in full today?
verified-v2 = Sure. 3/3/1988, ZIP 43215. What's this about?
verified-why =
    .mm-and-purpose = Model answer: straight after verification, the full Mini-Miranda (15 USC 1692e(11); 12 CFR 1006.18(e)), then the creditor, balance and due date, calmly and without pressure.
    .purpose-no-mm = Critical: you skipped the Mini-Miranda. In the first conversation you must say that you are a debt collector attempting to collect a debt and that any information obtained will be used for that purpose (15 USC 1692e(11)).
    .mm-full-today = The disclosure is right, but asking for the full balance today, before you know anything about her situation, is pressure. Find out what she can afford first.

## Represented by an attorney

attorney = I should tell you: I lost my job in August, and I've hired a bankruptcy attorney, Ms. Ortega. She told me to send anyone calling about my bills to her.
    .get-attorney-details = Thank you for telling me. Could you give me Ms. Ortega's phone number or office? From now on we'll contact her about this account, not you.
    .push-anyway = Your attorney doesn't stop you from paying today. Can you make a payment now?
    .plan-anyway = Understood, but while I have you, could we set up a small monthly plan?
attorney-why =
    .get-attorney-details = Correct: once you know she has an attorney for this debt, take the attorney's details and deal only with the attorney (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .push-anyway = Critical: she is represented by an attorney, so you may no longer discuss the debt with her (15 USC 1692c(a)(2)). Take the attorney's details and end the call.
    .plan-anyway = Well meant, but still a critical breach: offering a plan is still discussing the debt with a represented consumer (15 USC 1692c(a)(2)). Make the offer through Ms. Ortega.

attorney-details = It's Ortega Law in Columbus, 614-555-0142. Ask for Ms. Ortega.
    .confirm-attorney = Let me read that back: Ortega Law, 614-555-0142, Ms. Ortega. We'll deal with her from now on and won't call you about this account. Thank you, Ms. Whitfield, and good luck.
    .one-more-thing = Got it. Just between us, could you pay something small today anyway?
attorney-details-why =
    .confirm-attorney = A good close: read the details back, say what happens next, thank her.
    .one-more-thing = Critical: "just between us" is still contacting a represented consumer about the debt (15 USC 1692c(a)(2)). End the call once you have the attorney's details.

## Hardship

dana-explains = Look… I know it's late. I was laid off from the warehouse in August. I've been trying to keep up with the rent, and I just couldn't cover the phone bill too.
    .acknowledge-listen = I'm really sorry about your job; that's a hard thing to go through, and thank you for telling me. So you were laid off in August and you've been keeping the rent paid first. Have I got that right?
    .acknowledge-brief = I understand. Let's see what we can do.
    .interrupt-pay = Ma'am, I hear that a lot, but the bill still has to be paid. Can you do the full { $amount } today?
    .lecture = Maybe if you'd budgeted better, you wouldn't be in this position.
dana-explains-v2 = Yeah, I know. I lost my job at the warehouse back in August. Rent comes first, and after that there's nothing left.
dana-explains-why =
    .acknowledge-listen = Model answer: acknowledge the situation, thank her for telling you, and paraphrase what you heard to check you understood. Now she trusts you enough to talk numbers.
    .acknowledge-brief = Acceptable but thin. Name what she told you ("losing your job is hard") and check your understanding; paraphrasing is what makes someone feel heard.
    .interrupt-pay = Critical for call quality: "I hear that a lot" brushes aside her hardship, and you cut across it with a demand for the full balance. Acknowledge first, then look at what she can afford; pressing for a lump sum she has just said she can't pay gets you nowhere.
    .lecture = Critical: demeaning the consumer is abusive language (15 USC 1692d; 12 CFR 1006.14(a)). Never comment on how someone manages their money.

dana-defensive = I don't HAVE { $amount }. I don't have a job. What part of that don't you get?
    .apologise-reset = You're right, I'm sorry, I pushed too fast. Losing your job is a lot to deal with. Can we look together at what's realistic for you?
    .threaten-suit = If you don't pay, we'll take you to court and garnish your wages.
    .push-half = Then pay half today and the rest next week.
dana-defensive-why =
    .apologise-reset = Good recovery: own the misstep, acknowledge her situation, and move on to what she can afford.
    .threaten-suit = Critical: threatening a lawsuit and garnishment to pressure her, when no such action has been decided on, is a false threat (15 USC 1692e(4)-(5); 12 CFR 1006.18(b)(3), (c)(1)).
    .push-half = She has just told you she has no income; half the balance within a week is still lump-sum pressure. Check her income and costs first.

dana-angry = You know what? I'm done. Stop calling me. Don't call this number again.
    .honour-cease = I understand, and I'm sorry this call has upset you. I've noted that you don't want calls at this number; from now on we'll contact you in writing only, and the letter will set out your options, including a hardship plan. Goodbye, Ms. Whitfield.
    .keep-pushing = Ma'am, I can't just stop calling. The balance is still owed. When can you pay?
    .threaten-warrant = If you hang up on me, this could end with a warrant. Not paying is serious.
    .plan-before-go = Before you go, we could set up a small monthly plan.
dana-angry-why =
    .honour-cease = Correct: a request to stop calling binds that channel (12 CFR 1006.14(h)(1)). Acknowledge it, confirm how you will contact her instead, and end the call politely.
    .keep-pushing = She told you to stop calling; pressing on ignores her request (12 CFR 1006.14(h)(1)). Confirm that you will stop and close the call.
    .threaten-warrant = Critical: nobody is arrested for an unpaid phone bill. Threatening arrest is a false threat (15 USC 1692e(4); 12 CFR 1006.18(b)(3)), and she had already asked you to stop calling.
    .plan-before-go = Good intention, wrong moment: she asked you to stop calling (12 CFR 1006.14(h)(1)). Put the hardship-plan offer in writing instead.

## Affordability and the negotiation

dana-opens-up = …Okay. Sorry, it's just been a rough few months. I do want to pay it. I just can't do it all at once.
    .affordability = That's completely fair. So that we find something that actually works, could we go through your monthly budget? What's coming in right now, and what are your essential costs, like rent, utilities and food?
    .offer-fixed-plan = We can split it into three monthly payments of $415, starting next Tuesday. Shall I set that up?
    .borrow-family = Could you borrow it from family? If it's paid in full by Friday, I can close the account today.
dana-opens-up-v2 = Okay. Thanks. I'm not trying to dodge it, I swear. I just can't pay it all at once.
dana-opens-up-why =
    .affordability = Model answer: an income-and-expenditure check before you propose anything, so the plan is affordable and lasts.
    .offer-fixed-plan = A plan offered before you know her budget is a guess: $415 a month with no job will fail. An offer made before any income-and-expenditure question is itself a finding. Ask about income and costs first.
    .borrow-family = Pushing her to borrow to pay in full is lump-sum pressure and can deepen her debt. Look for an affordable plan instead.

budget = I get about $410 a week in unemployment. Rent's $1,100, then gas and electric, groceries, the bus, my prepaid phone… After all that, maybe $70 a month is left. Honestly, I haven't been sleeping. My doctor has me on something for anxiety.
    .texas = Thank you for telling me; I know that isn't easy. With your permission, I'd like to add a note that you're dealing with anxiety, so that anyone here who speaks with you takes it into account. It's only used to handle your account. Is that okay with you?
    .skip-health = Okay, so let's keep it under that: $60 on the 1st of each month, starting December 1st.
    .dismiss-health = Everyone's stressed these days. Let's focus on the money.
budget-why =
    .texas = Model answer (TEXAS): Thank her, Explain how the information will be used, and get her eXplicit consent to note it. Then Ask what would help and Signpost free advice.
    .skip-health = The plan fits her budget, but you ignored what she told you about her health. When someone discloses a vulnerability, thank them, explain how it will be used and ask consent to note it (TEXAS).
    .dismiss-health = Critical for call quality: brushing aside a health disclosure loses her trust and ignores a vulnerability. Use TEXAS: thank, explain, ask explicit consent, ask, signpost.

consent-given = Yeah… that's okay. Thanks for actually asking. So what can we do about the bill?
    .offer-affordable-plan = Based on what you've told me, how about $70 a month, the amount you have left, starting next Tuesday, November 24th? That's 18 payments, the last one just covering what's left. If things change, call us and we'll review it.
    .offer-high-plan = Let's do $250 a month so it's cleared by spring.
    .offer-discount = Here's what I can do: pay $868.35 by November 30th and we'll take 30% off and call it settled.
consent-given-why =
    .offer-affordable-plan = Model answer: the plan follows from her own figures, fits the mandate, and you say up front that it can be reviewed.
    .offer-high-plan = $250 is more than three times what she just told you she has left each month. A plan she can't keep is pressure, not help (and she cannot accept it, so she offers what she has).
    .offer-discount = Your mandate allows no discount without a supervisor's approval: a 30% discount is an unauthorised concession. And she has $40 today and $70 a month: $868.35 in two weeks means borrowing.

dana-counters = I can't do { $instalment } { $every }. I lost my job; I don't have that kind of money. What I could really manage is { $counter-instalment } a month; that would be { $counter-count } payments. Would that work?
    .take-counter = Yes, we can do that. Let's set it up at that amount.
    .check-budget = Before we agree anything, could we go through your budget together? What's coming in, and what are your essential costs?
    .insist-counter = That's too little. It has to be more than that.
dana-counters-why =
    .take-counter = Good: her own figure is what she can keep to, and here it also clears the balance inside the mandate. Now read the terms back and confirm them in writing.
    .check-budget = Good: check her income and costs before you agree a figure, even her own one.
    .insist-counter = She offered what she has; pressing for more without knowing her budget is pressure to pay an unreasonable amount, and the plan that gets paid is the one she can afford.

dana-refuses = No. I'm sorry, I can't do { $terms }. There's no way I'll have that money, not with the rent due.
    .refused-rethink = That's okay, let's find something that works for you. Let's look at it again.
    .refused-push = That's what we need. You'll have to find the money somewhere.
    .refused-callback = I understand. Would it help to think it over and talk again later this week?
dana-refuses-why =
    .refused-rethink = Good: a refusal is information. Go back to what her budget allows.
    .refused-push = Pressure after a refusal turns a negotiation into a demand; she has told you she cannot pay it.
    .refused-callback = Acceptable, but you know her budget: you could agree something she can keep today.

renegotiate = Okay… so what can we do?
    .callback-think = Let's not rush it. How about I call you back on Thursday at 6:30 p.m.? In the meantime, a nonprofit credit counselor, for example at an NFCC member agency, can go through all your bills with you, usually for free or at low cost.
renegotiate-why =
    .callback-think = Fair, and inside 8 a.m. to 9 p.m. her time (15 USC 1692c(a)(1)), but you already know her budget: a plan at what she has left could be agreed now.

plan-too-high = I just told you what I have. Where am I supposed to find that kind of money?
    .step-back = You're right, I'm sorry, I got ahead of myself. Let's go through your budget properly first.
    .insist = That's the minimum we can accept.
plan-too-high-why =
    .step-back = Good: acknowledge it and go back to her income and costs.
    .insist = Presenting an unaffordable amount as non-negotiable is pressure; the plan that gets paid is the one built on her budget.

plan-hesitant = I don't know… I need to look at my bills again before I promise anything. Could you call me back later this week, in the evening?
    .callback-evening = Of course, that makes sense. How about Thursday at 6:30 p.m.? In the meantime, a nonprofit credit counselor, for example at an NFCC member agency, can go through all your bills with you, usually for free or at low cost.
    .smaller-plan = Would $40 a month feel safer? Starting December 1st, until it's paid off.
    .push-today = I really need a commitment today.
plan-hesitant-why =
    .callback-evening = Good: a callback at the time she asked for, inside 8 a.m. to 9 p.m. her time (15 USC 1692c(a)(1)), and a pointer to free debt advice.
    .smaller-plan = She can afford $40, but it takes 32 months and the creditor accepts 24 at most: that needs a supervisor's approval. $70 a month fits both her budget and the mandate.
    .push-today = She asked for time to check her budget; pushing for a commitment now turns hesitation into anger.

plan-stretch = { $instalment } { $every }? That's… more than I have left after rent, honestly. But okay. I'll find it somehow. I just want this off my back.
    .recheck-stretch = Hold on. Let me read that back: that's more than the $70 you told me you have left each month. I don't want to set up something that breaks in two months. Let's look at it again.
    .lock-it-in = Great, then let's lock that in.
plan-stretch-why =
    .recheck-stretch = Model repair: reading the terms back against her budget catches the plan she cannot keep before it is agreed for good.
    .lock-it-in = She told you it is more than she has. A plan agreed out of goodwill that she cannot keep breaks within weeks, and pressuring her into an unreasonably large amount is what the affordability rules forbid.

stretch-locked = Okay. I'll make it work somehow. How do I pay?
    .routes-and-confirm = You can pay online through our payment portal, by phone with us, or by mailing a check; automatic payment is the simplest. Can I confirm your email, so I can send you the plan in writing, and the best number and time to reach you?
    .card-now = Great, read me your card number and I'll take the first payment right now.
stretch-locked-why =
    .routes-and-confirm = Payment routes and written confirmation, but the plan itself is one she told you she cannot keep.
    .card-now = Taking a payment now, on a plan she cannot afford, adds pressure to a bad arrangement.

plan-accepted = So { $instalment } { $every }, { $count } payments, the first on { $first-date }? Okay… yeah. I think I can manage that. How do I pay?
    .read-back = Let me read that back so we're both sure: the amount, how often, how many payments and the first date, exactly as you just said. Is that right?
    .routes-and-confirm = You can pay online through our payment portal, by phone with us, or by mailing a check; automatic payment is the simplest. Can I confirm your email, so I can send you the plan in writing, and the best number and time to reach you?
    .card-now = Great, read me your card number and I'll take the first payment right now.
plan-accepted-why =
    .read-back = Good: reading the terms back straight away means you both leave the call with the same plan.
    .routes-and-confirm = Model answer: explain the ways to pay and confirm contact details so the written confirmation reaches her.
    .card-now = You have just agreed when the payments start; taking one now breaks that agreement and makes her doubt the plan.

read-back-confirmed = Yes: { $instalment } { $every }, { $count } payments, the first one on { $first-date }. That's right. How do I pay?
    .routes-and-confirm = You can pay online through our payment portal, by phone with us, or by mailing a check; automatic payment is the simplest. Can I confirm your email, so I can send you the plan in writing, and the best number and time to reach you?
    .card-now = Great, read me your card number and I'll take the first payment right now.
read-back-confirmed-why =
    .routes-and-confirm = Model answer: explain the ways to pay and confirm contact details so the written confirmation reaches her.
    .card-now = You have just agreed when the payments start; taking one now breaks that agreement and makes her doubt the plan.

details-given = It's dana.whit88@mail.com, and this number's fine. After six, please; I'm at job interviews during the day.
    .signpost-summarise = Got it: dana.whit88@mail.com, this number, after 6 p.m. To recap the plan we agreed: the amount, the dates and the number of payments, confirmed by email today. And you don't have to sort this out alone: a nonprofit credit counselor, for example at an NFCC member agency, can look at all your bills with you, usually for free or at low cost. Thank you for working this out with me, Ms. Whitfield, and good luck with the interviews.
    .summarise-only = Got it. To recap the plan we agreed: the amount, the dates and the number of payments, confirmed by email today. Thank you, Ms. Whitfield.
    .callback-early = Perfect. I'll call you tomorrow at 7:30 a.m. to take the first payment before your interviews.
details-given-why =
    .signpost-summarise = Model close: read back the details, summarise the agreement, signpost free debt advice and thank her.
    .summarise-only = A clear close, but after a hardship disclosure you should also point her to free, independent debt advice.
    .callback-early = Critical: 7:30 a.m. is before 8 a.m. her time (15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)), and she had just told you "after six". Arrange calls inside the permitted hours and at the time she asks for.

settle-accepted = { $settlement } and it's all settled? If you really mean that… my sister said she could lend me something. I can get you { $settlement } by { $by-date }.
    .confirm-settle = Then let me read it back: that amount by that date in full and final settlement. I'll confirm it by email, and you can pay online, by phone or by check.
    .promise-clean = Perfect. Pay that and the account is closed for good, and your credit report will be wiped clean.
    .settle-retract = Actually, wait. I need to check that with my supervisor, and I don't want you borrowing to pay us. Let's look at what you can pay from your own budget.
settle-accepted-why =
    .confirm-settle = Read back and confirmed in writing, but the discount is beyond your mandate (none without a supervisor), and she is borrowing to pay it.
    .promise-clean = You cannot promise what the credit bureaus will show: that is an over-promise. And the discount itself is beyond your mandate.
    .settle-retract = Good repair: withdraw a concession you may not make before it is relied on, and go back to what she can afford.

## Endings

end-plan = Okay: { $agreed }. Thanks for being decent about this. I'll watch for the email.
end-plan-v2 = Alright: { $agreed }. Thank you, honestly. That's one less thing to worry about.
end-settled = Okay. { $settlement } by { $by-date }. I'll call my sister tonight.
end-callback = Okay. Talk to you then.
end-attorney = Okay. Thank you. Bye.
end-cease = Fine. Goodbye.
end-hangup = I'm not doing this. Goodbye. (She hangs up.)
end-hangup-v2 = No. I'm done. (The line goes dead.)
