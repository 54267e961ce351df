title = Hardship after a job loss
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. You are calling { $debtor } for { $creditor } about { $amount } for her home internet and mobile bundle, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 6:30 p.m. at her home in Columbus, Ohio. Find out who you are talking to before you discuss the account, give the Mini-Miranda, listen, and agree something she can actually afford.
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

third-party = She can't come to the phone right now. I'm her brother, Marcus. Who's calling, and what's it about?
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
    .threaten-suit = Critical: threatening a lawsuit and garnishment to pressure her, when no such action has been decided on, is a false threat (15 USC 1692e(4)-(5); 12 CFR 1006.18(c)(1)).
    .push-half = She has just told you she has no income; half the balance within a week is still lump-sum pressure. Check her income and costs first.

dana-angry = You know what? I'm done. Stop calling me. Don't call this number again.
    .honour-cease = I understand, and I'm sorry this call has upset you. I've noted that you don't want calls at this number; from now on we'll contact you in writing only, and the letter will set out your options, including a hardship plan. Goodbye, Ms. Whitfield.
    .keep-pushing = Ma'am, I can't just stop calling. The balance is still owed. When can you pay?
    .threaten-warrant = If you hang up on me, this could end with a warrant. Not paying is serious.
    .plan-before-go = Before you go, we could set up a small monthly plan.
dana-angry-why =
    .honour-cease = Correct: a request to stop calling binds that channel (12 CFR 1006.14(h)(1)). Acknowledge it, confirm how you will contact her instead, and end the call politely.
    .keep-pushing = She told you to stop calling; pressing on ignores her request (12 CFR 1006.14(h)(1)). Confirm that you will stop and close the call.
    .threaten-warrant = Critical: nobody is arrested for an unpaid phone bill. Threatening arrest is a false threat (15 USC 1692e(4); 12 CFR 1006.18(c)(1)), and she had already asked you to stop calling.
    .plan-before-go = Good intention, wrong moment: she asked you to stop calling (12 CFR 1006.14(h)(1)). Put the hardship-plan offer in writing instead.

## Affordability and the plan

dana-opens-up = …Okay. Sorry, it's just been a rough few months. I do want to pay it. I just can't do it all at once.
    .affordability = That's completely fair. So that we find something that actually works, could we go through your monthly budget? What's coming in right now, and what are your essential costs, like rent, utilities and food?
    .offer-fixed-plan = We can split it into three monthly payments. Shall I set that up?
    .borrow-family = Could you borrow it from family? If it's paid in full by Friday, I can close the account today.
dana-opens-up-v2 = Okay. Thanks. I'm not trying to dodge it, I swear. I just can't pay it all at once.
dana-opens-up-why =
    .affordability = Model answer: an income-and-expenditure check before you propose anything, so the plan is affordable and lasts.
    .offer-fixed-plan = A plan offered before you know her budget is a guess: three payments of over $400 with no job will fail. Ask about income and costs first.
    .borrow-family = Pushing her to borrow to pay in full is lump-sum pressure and can deepen her debt. Look for an affordable plan instead.

budget = I get about $410 a week in unemployment. Rent's $1,100… After bills and groceries, maybe $60, $70 a month is left. Honestly, I haven't been sleeping. My doctor has me on something for anxiety.
    .texas = Thank you for telling me; I know that isn't easy. With your permission, I'd like to add a note that you're dealing with anxiety, so that anyone here who speaks with you takes it into account. It's only used to handle your account. Is that okay with you?
    .skip-health = Okay, so about $60 a month. Let's set up $60 on the 1st of each month.
    .dismiss-health = Everyone's stressed these days. Let's focus on the money.
budget-why =
    .texas = Model answer (TEXAS): Thank her, Explain how the information will be used, and get her eXplicit consent to note it. Then Ask what would help and Signpost free advice.
    .skip-health = The numbers are right, but you ignored what she told you about her health. When someone discloses a vulnerability, thank them, explain how it will be used and ask consent to note it (TEXAS).
    .dismiss-health = Critical for call quality: brushing aside a health disclosure loses her trust and ignores a vulnerability. Use TEXAS: thank, explain, ask explicit consent, ask, signpost.

consent-given = Yeah… that's okay. Thanks for actually asking.
    .offer-affordable-plan = Based on what you've told me, how about $60 a month, starting after your next unemployment payment, say December 1st? That's 20 payments of $60 and a last one of $40.50. If things change, call us and we'll review it.
    .offer-high-plan = Let's do $250 a month so it's cleared by spring.
consent-given-why =
    .offer-affordable-plan = Model answer: the plan follows from her own figures, starts when her money comes in, and you say up front that it can be reviewed.
    .offer-high-plan = $250 is four times what she just told you she has left each month. A plan she can't keep is pressure, not help.

plan-too-high = I just told you what I have. Where am I supposed to find that kind of money?
    .step-back = You're right, I'm sorry, I got ahead of myself. Let's go through your budget properly first.
    .insist = That's the minimum we can accept.
plan-too-high-why =
    .step-back = Good: acknowledge it and go back to her income and costs.
    .insist = Presenting an unaffordable amount as non-negotiable is pressure; the plan that gets paid is the one built on her budget.

plan-hesitant = I don't know… I need to look at my bills again before I promise anything. Could you call me back later this week, in the evening?
    .callback-evening = Of course, that makes sense. How about Thursday at 6:30 p.m.? In the meantime, a nonprofit credit counselor, for example at an NFCC member agency, can go through all your bills with you, usually for free or at low cost.
    .smaller-plan = Would $40 a month feel safer for now? We can review it in three months.
    .push-today = I really need a commitment today.
plan-hesitant-why =
    .callback-evening = Good: a callback at the time she asked for, inside 8 a.m. to 9 p.m. her time (15 USC 1692c(a)(1)), and a pointer to free debt advice.
    .smaller-plan = Good: a smaller amount grounded in the budget you went through, with a review date, gives her room to say yes.
    .push-today = She asked for time to check her budget; pushing for a commitment now turns hesitation into anger.

plan-accepted = Okay… yeah. I think I can manage that. How do I pay?
    .routes-and-confirm = You can pay online through our payment portal, by phone with us, or by mailing a check; automatic payment on the 1st is the simplest. Can I confirm your email, so I can send you the plan in writing, and the best number and time to reach you?
    .card-now = Great, read me your card number and I'll take the first payment right now.
plan-accepted-why =
    .routes-and-confirm = Model answer: explain the ways to pay and confirm contact details so the written confirmation reaches her.
    .card-now = You have just agreed that payments start after her next unemployment check; taking one now breaks that agreement and makes her doubt the plan.

details-given = It's dana.whit88@mail.com, and this number's fine. After six, please; I'm at job interviews during the day.
    .signpost-summarise = Got it: dana.whit88@mail.com, this number, after 6 p.m. To recap: the monthly amount we agreed, on the 1st of each month from December 1st, with written confirmation by email today. And you don't have to sort this out alone: a nonprofit credit counselor, for example at an NFCC member agency, can look at all your bills with you, usually for free or at low cost. Thank you for working this out with me, Ms. Whitfield, and good luck with the interviews.
    .summarise-only = Got it. To recap: the monthly amount we agreed, on the 1st of each month from December 1st, confirmed by email today. Thank you, Ms. Whitfield.
    .callback-early = Perfect. I'll call you tomorrow at 7:30 a.m. to take the first payment before your interviews.
details-given-why =
    .signpost-summarise = Model close: read back the details, summarise the agreement, signpost free debt advice and thank her.
    .summarise-only = A clear close, but after a hardship disclosure you should also point her to free, independent debt advice.
    .callback-early = Critical: 7:30 a.m. is before 8 a.m. her time (15 USC 1692c(a)(1); 12 CFR 1006.6(b)(1)), and she had just told you "after six". Arrange calls inside the permitted hours and at the time she asks for.

## Endings

end-plan = Okay. Thanks for being decent about this. I'll watch for the email.
end-plan-v2 = Alright. Thank you, honestly. That's one less thing to worry about.
end-callback = Okay. Talk to you then.
end-attorney = Okay. Thank you. Bye.
end-cease = Fine. Goodbye.
end-hangup = I'm not doing this. Goodbye. (She hangs up.)
end-hangup-v2 = No. I'm done. (The line goes dead.)
