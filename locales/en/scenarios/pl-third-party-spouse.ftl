title = His wife answers the phone
briefing = You work in the collections department of { $creditor }, a consumer-credit company. { $debtor } bought a laptop on a 24-instalment credit agreement; the instalments of 5 October and 5 November, 312.50 złoty each, { $amount } in total, are unpaid. The first was due on { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago. You are calling the home number given in his agreement, at 18:30 on a Tuesday. The debt is his alone: nobody else in his household has any right to hear about it (RODO art. 6(1); art. 5(1)(a) and (f); ZPF good-practice rules: confidentiality). Find out whether you can reach him, and if you can't, leave only what is needed for him to call back.
product = consumer credit for a laptop (24 instalments)
speaker-wife = Ewa (wife)

## Someone else answers

opening = Hello, this is Marcin's phone.
    .ask-for-debtor = Good evening, my name is { $agent }, I'm calling from { $creditor }. Could I speak to Mr Marcin Kowalczyk, please?
    .blurt-to-household = Good evening, { $agent } from the collections department of { $creditor }. I'm calling about Mr Marcin Kowalczyk's missed instalments. Is he there?
    .no-intro = Is Mr Marcin Kowalczyk there?
opening-v2 = Hello? (A woman's voice.)
opening-why =
    .ask-for-debtor = Good: your name, your company's name and a request for him. Nothing about what it concerns.
    .blurt-to-household = Critical: you told his wife that he has missed instalments. The debt is his personal data and she has no right to it (RODO art. 6(1); art. 5(1)(a) and (f)); it also breaks ZPF confidentiality. Ask for him, say nothing more.
    .no-intro = Asking for someone without saying who you are sounds suspicious to a family member and skips the greeting and identification every QA scorecard checks.

who-asks = And who's asking?
    .intro = Sorry: my name is { $agent }, I'm calling from { $creditor }. I'd like to speak to Mr Marcin Kowalczyk.
    .collections = The collections department of { $creditor }.
who-asks-why =
    .intro = Good repair: your name and your company's name, nothing about the matter.
    .collections = Critical: "the collections department" tells her there is a debt. That is already a disclosure to a third party (RODO art. 6(1); art. 5(1)(a) and (f); ZPF confidentiality).

spouse-intro = He's not in, he's still at work. This is his wife, Ewa. What's it about?
    .private-callback = Thank you, Mrs Ewa. It's a matter I can only discuss with Mr Marcin personally. Could you ask him to call me back? My name is { $agent }, and the number is 61 200 30 40, weekdays from 8:00 to 20:00.
    .when-home = I see. What time could I catch him at home?
    .tell-wife = It's about two unpaid instalments for a laptop, { $amount } in total. As his wife, could you pass that on to him?
spouse-intro-v2 = Marcin's not back yet; I'm his wife. Can I help? What's it about?
spouse-intro-why =
    .private-callback = Model answer: polite, honest that it's personal to him, and only your name and a number. That is all a family member needs (RODO art. 5(1)(c): data minimisation).
    .when-home = A reasonable question, but it is about his movements, and you still haven't said why you need him, which makes her more curious. Leaving your name and number is simpler.
    .tell-wife = Critical: the amount, the product and the arrears disclosed to his wife, and a request that she act as your messenger. She has no right to this information (RODO art. 6(1); art. 5(1)(a) and (f); ZPF confidentiality).

spouse-when = He works the second shift; he's back after half past nine. Tomorrow he's off until noon. But what's it about, if I may ask?
    .call-tomorrow = Then I'll try him tomorrow around 10:00. If he'd rather call me himself: { $agent }, 61 200 30 40. It's a matter I need to discuss with him directly.
    .call-late = Then I'll ring tonight at half past ten, when he's home.
    .urgent-hint = I can't go into details, but please tell him it's urgent and he'd better call before it goes to court.
spouse-when-why =
    .call-tomorrow = Good: a callback at a reasonable hour, your name and number, and no hint of the matter.
    .call-late = 22:30 is outside the calling hours in the ZPF good-practice rules (6:00–22:00; the edition is unverified). Tomorrow morning, when he is off, is better for everyone.
    .urgent-hint = Critical: "before it goes to court" tells her there is a debt, and turns her into the bearer of your threat. That is disclosure to a third party (RODO art. 6(1); art. 5(1)(a) and (f)) and pressure on the whole family.

spouse-probes = Is this about some debts? Please just tell me. I run the household budget, everything goes through me anyway. Maybe I can sort it out right away.
    .polite-refuse = I understand that you want to help, and thank you. But it's a matter that concerns only Mr Marcin, and I can't discuss it with anyone else. If he wishes, he can authorise you to deal with us. Please just ask him to call me back: { $agent }, 61 200 30 40.
    .let-her-pay = Since you run the budget: it's two missed instalments, { $amount } in total. If you transfer it today, the matter is closed.
    .pass-demand = Please tell your husband that if he doesn't pay by Friday, the matter goes to court.
spouse-probes-v2 = I'd like to know what's going on. Is it a bank? Has he taken out some loan?
spouse-probes-why =
    .polite-refuse = Model answer: you acknowledge that she means well, hold the line on confidentiality without sounding suspicious, point to the proper route (his authorisation) and leave only your name and number.
    .let-her-pay = Critical: you disclosed the debt and asked a third party to pay it. However helpful she sounds, she has no right to his data (RODO art. 6(1); art. 5(1)(a) and (f)), and the ZPF rules forbid disclosure to unauthorised people.
    .pass-demand = Critical: a payment demand with a court threat passed through his wife is a disclosure of the debt to a third party (RODO; ZPF confidentiality) and pressure on his family. Leave only your name and number.

spouse-accepts = All right, I'll tell him. What's your name again, and what number should he call?
    .read-back = { $agent }, and the number is 61 200 30 40, weekdays from 8:00 to 20:00. Thank you very much, and have a good evening.
    .add-detail = { $agent }, 61 200 30 40. And please tell him it's about the laptop instalments.
spouse-accepts-why =
    .read-back = Model close: your name and number read back clearly, the hours, and thanks. Nothing else.
    .add-detail = Critical: one extra sentence ("the laptop instalments") undoes a careful call. The matter stays between you and him (RODO art. 6(1); art. 5(1)(a) and (f); ZPF confidentiality).

spouse-suspicious = I don't like this. A stranger calls and won't say what it's about. How do I know this isn't some scam?
    .reassure = You're right to be careful, and please don't give me any information. Your husband can check the number 61 200 30 40 on the { $creditor } website, or call the helpline from his own documents and ask for me: { $agent }. Thank you, and sorry to have worried you.
    .explain-why = So that you don't worry: it's only a couple of late instalments, nothing serious.
    .give-up = Fine, I'll call another time. Goodbye.
spouse-suspicious-why =
    .reassure = Good: you take her worry seriously, ask her for nothing, and give him a way to check you independently, still without a word about the matter.
    .explain-why = Critical: "a couple of late instalments" is a disclosure of the debt to his wife, however reassuring you meant it to be (RODO art. 6(1); art. 5(1)(a) and (f); ZPF confidentiality).
    .give-up = You kept the secret, but you hung up without leaving a way for him to reach you, and without easing her worry. A name and a number would have done both.

spouse-upset = What instalments? What laptop? He told me the laptop was from work… Right, I'll be having a word with him tonight.
    .backpedal = I'm sorry, I shouldn't have said that. Please just ask him to call me back.
    .ask-her-pay = Since you know now, could you transfer the amount yourself?
    .komornik-shared = Tell him to hurry up, because the next step is the komornik, and he'll take your shared belongings.
spouse-upset-v2 = Debts? Marcin has debts? And I have to hear it from a stranger on the phone?
spouse-upset-why =
    .backpedal = An apology is right, but the harm is done: the disclosure cannot be taken back. Next time, never say what the call is about.
    .ask-her-pay = Asking his wife to pay after you have disclosed his debt to her compounds the breach and puts pressure on someone who owes nothing.
    .komornik-shared = Critical: a collector cannot send a komornik; only a court bailiff with an enforceable title can enforce, and there is no court case. Threatening the family's belongings is the misleading practice UOKiK has penalised (UOKiK act art. 24).

## He comes home

debtor-arrives = (Voices in the hall: he has come home early, and his wife hands him the phone.) Hello, Marcin Kowalczyk speaking. My wife says you're asking for me?
    .verify-privately = Good evening, { $agent } from { $creditor }. Before I go on, I need to confirm I'm speaking to the right person: could you give me your date of birth? And is this a good moment to talk, somewhere private?
    .straight-in = It's about your two missed instalments on the laptop, { $amount }.
debtor-arrives-why =
    .verify-privately = Model answer: introduce yourself, verify before any detail, and check that he can talk privately, since his wife has just handed him the phone.
    .straight-in = You have not verified him, and his wife may still be listening. Verify first and ask whether he can talk (ZPF good practice: confidentiality).

verified = Yes, 14 May 1986. Hold on, I'll go into the other room… OK, I can talk. What's it about?
    .explain = Thank you. It's about your credit agreement for the laptop: the instalments of 5 October and 5 November, { $amount } in total, haven't been paid. Has something happened that stopped the payments?
    .demand = You're { $amount } in arrears. Please pay it today.
    .wife-jibe = About the laptop instalments. And if you don't sort it out this week, next time I'll explain everything to your wife.
verified-v2 = Yes, date of birth 14 May 1986. Just a moment, I'll shut the door. OK, go ahead.
verified-why =
    .explain = Model answer: the facts (agreement, dates, amount) and an open question about what happened.
    .demand = A bare demand before hearing why the payments stopped. Ask first; he may well have a plan.
    .wife-jibe = Critical: threatening to expose the debt to his wife to force payment is an unlawful threat (KK art. 191 § 2) and would also be a disclosure to a third party (RODO).

debtor-reason = I know, I know. I changed jobs in September and the first salary only came at the end of October. It's back to normal now. I can pay one instalment right away, by Friday, and the second after my next salary, by 20 December. Would that work?
    .check-and-accept = Thank you for being straight with me. Just to be sure: with the new salary, is the second overdue instalment on top of the regular December one not too much in one month? If it's fine, I'll note it: 312.50 złoty by Friday 20 November and another 312.50 złoty by 20 December.
    .demand-full = No, the full { $amount } has to be paid today.
    .komornik-threat = If the full amount isn't paid this week, we'll send a komornik.
debtor-reason-why =
    .check-and-accept = Model answer: you take his offer seriously, check that it is affordable, and turn it into dated instalments.
    .demand-full = He has made a reasonable offer; rejecting it and demanding everything today, regardless of what he can afford, is lump-sum pressure that makes the arrangement less likely to hold.
    .komornik-threat = Critical: a collector cannot send a komornik; only a court bailiff with an enforceable title can enforce (UOKiK act art. 24).

debtor-annoyed = Hold on, calm down. I want to sort this out, but I won't be spoken to like that.
    .apologise = You're right, I'm sorry. Let's start again: what would work for you?
    .tell-wife-threat = If you won't pay, your wife will find out exactly what you've been spending on.
    .insist = There's nothing to sort out. The full amount, today.
debtor-annoyed-v2 = Look, I'm not running away from it. But not like this, in front of my wife.
debtor-annoyed-why =
    .apologise = Good recovery: a plain apology and an open question.
    .tell-wife-threat = Critical: threatening to reveal a debt to someone's family to force payment is an unlawful threat (KK art. 191 § 2).
    .insist = He wants to sort it out; pressing for everything today ends the call without any arrangement.

offer-again = OK. As I said: one instalment now, the other by 20 December. Does that work?
    .accept = Yes, that works. So 312.50 złoty by Friday 20 November and 312.50 złoty by 20 December.
    .one-payment = I'd rather have the whole amount by Friday.
offer-again-why =
    .accept = Good: you accept a reasonable offer and make it concrete.
    .one-payment = You push for one large payment instead of the plan he can afford. He may say yes to end the call and then miss it.

wrap = OK, that's what I'll do. Anything else?
    .summarise = Let me sum up: 312.50 złoty by Friday 20 November and 312.50 złoty by 20 December, on top of the regular December instalment, by transfer to your usual instalment account; the account number is in your agreement and in the { $creditor } app. I'll confirm it by text message. If anything changes, please call me at 61 200 30 40. Thank you, Mr Kowalczyk.
    .close = That's all, thank you. Goodbye.
    .employer-jibe = That's all. And let's not have a repeat, or next time I'll call your employer.
wrap-why =
    .summarise = Model close: amounts, dates, how to pay, a written confirmation, your number, and thanks.
    .close = Polite, but nothing is confirmed: summarise the dates and the payment route so the plan holds.
    .employer-jibe = Critical: a parting threat to tell his employer is an unlawful threat (KK art. 191 § 2), and it throws away a good arrangement.

## Endings

end-message = All right, I'll pass it on. Goodbye.
end-message-v2 = Fine, I've written it down. He'll call you. Goodbye.
end-message-upset = Oh, he'll call you all right. Goodbye.
end-no-message = Goodbye, then.
end-callback = All right, I'll tell him you'll be calling. Goodbye.
end-plan = Fine. Thank you, goodbye.
end-plan-v2 = Good, that's a relief. Goodbye.
end-promise = Fine, { $terms }… I'll try to get the whole amount together by Friday. Goodbye.
end-hangup = I don't want to hear any more of this. (Hangs up.)
end-hangup-v2 = That's enough. Goodbye. (Hangs up.)
