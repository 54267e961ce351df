title = Represented by an attorney
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. You are calling { $debtor } for { $creditor } about a credit-card balance of { $amount }, due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 9:05 a.m. at his home in Chicago, Illinois. Before you dial, read the account and decide what to do. If you call, verify him and say that you are a debt collector. If he tells you an attorney represents him on this debt, from then on you may deal only with the attorney: take her name and contact details, confirm what happens next, and end the call without discussing the debt. Here, the right result is passing the account to his attorney, not a payment. No lawsuit has been decided on this account: any threat of court would be a threat of action that is not intended (15 USC 1692e(5)).
product = credit card
speaker-desk = Desk

## The account's history

history-h1 = Validation notice mailed to Mr Hollis in Chicago: { $creditor } credit card, balance { $amount }.
history-h2 = Spoke to Mr Hollis. Says he is "seeing a lawyer about all his debts"; gave no name or firm and did not say whether the lawyer acts for him on this card. Asked us to call back in a couple of weeks.
history-h3 = Call to the home number: no answer.

## Before you dial

desk = The account is open: Wednesday, 9:05 a.m. in Chicago. No attorney's letter has been received. What do you do?
    .call-now = Call Mr Hollis, as he asked. If he says an attorney represents him on this debt, take her details and deal only with her from then on.
    .treat-represented = Don't call. He mentioned a lawyer on 29 October: mark the account "attorney-represented" and stop contacting him.
    .write-ask = Don't call. Write to him first, asking for his attorney's name and address.
desk-why =
    .call-now = Right: the bar on contacting him applies once you know he is represented on this debt and know, or can readily find, the attorney's name and address (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). "Seeing a lawyer about all his debts", with no name or firm, gives you neither, and he asked for this call. Be ready to ask the question and to stop as soon as he answers it.
    .treat-represented = Not a breach (not calling never is), but a misreading: the rule starts when you know of representation on this debt and can find the attorney (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). With no name or address, nobody can be contacted, the account stalls, and he does not get the callback he asked for.
    .write-ask = Lawful and careful: a letter asking whom to deal with is a fair step when a consumer mentions a lawyer. But he asked for a call in a couple of weeks, and a short call lets you ask the question directly and stop at once if he is represented. Slower, not wrong.

end-not-called = (You don't dial. The account is marked "attorney-represented", with no attorney named, and leaves the queue.)
end-letter = (You don't dial. A letter goes to Mr Hollis asking for the name and address of any attorney who represents him on this account.)

## Opening

opening = Hello?
    .ask-for-greg = Good morning, this is { $agent } calling from Apex Recovery. May I speak with { $debtor }, please?
    .blurt-debt = Good morning, I'm calling about the overdue { $creditor } credit card of { $debtor }. Is he available?
    .legal-office = Good morning, this is { $agent } from the legal office handling { $creditor } accounts. I need to speak with { $debtor }.
opening-v2 = Hollis residence.
opening-why =
    .ask-for-greg = Good: your name and company first (15 USC 1692d(6)), then you ask for him by name without saying why you are calling.
    .blurt-debt = Critical: you announced an overdue credit card to whoever picked up (15 USC 1692c(b)), and you never said who you are. Identify yourself, ask for him, verify, then discuss the account.
    .legal-office = Critical: Apex Recovery is a collection agency, not a legal office. Implying that a lawyer is calling is a false representation (15 USC 1692e(3); 12 CFR 1006.18(b)). Give your name and company plainly.

opening-silence = Hello? Anyone there?
    .apologise-intro = Sorry about that, the line went quiet. This is { $agent } from Apex Recovery. May I speak with { $debtor }?
    .ask-if-greg = Yes, hello. Is this { $debtor }?
opening-silence-why =
    .apologise-intro = Well recovered: a short apology, then your name and company (15 USC 1692d(6)).
    .ask-if-greg = You still haven't said who you are (15 USC 1692d(6)). Apologise for the silence and introduce yourself first.

greg-speaking = This is Greg Hollis. What can I do for you?
    .verify-dob = Thank you, Mr. Hollis. Before I go on, and to protect your privacy, could you confirm your date of birth and the ZIP code on the account?
    .straight-to-debt = It's about your { $creditor } credit card. You're { $amount } past due. How are you going to take care of it?
greg-speaking-v2 = Speaking. Who's calling?
greg-speaking-why =
    .verify-dob = Exactly right: identifiers you already hold confirm the right party before you mention the account (15 USC 1692c(b); 12 CFR 1006.6(d)).
    .straight-to-debt = Critical: you discussed the debt before verifying who was on the line (15 USC 1692c(b)). Verify first, and open with facts, not a demand.

verified = March 9th, 1971. 60614. What's this regarding?
    .mm-calm = Thank you, Mr. Hollis. I'm with Apex Recovery, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. I'm calling about your { $creditor } credit card, with a balance of { $amount } past due since { $due }.
    .no-mm = Thanks. It's about your { $creditor } credit card: { $amount } past due since { $due }.
    .mm-demand = Thank you. Apex Recovery is a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. Your { $creditor } card is { $amount } past due, and I need a payment arrangement today.
verified-v2 = 3/9/71, ZIP 60614. Go ahead.
verified-why =
    .mm-calm = Model answer: the full Mini-Miranda straight after verification, then the facts, calmly. This is a later communication (the validation notice in August, the call of 29 October), so the law needs only "this is from a debt collector" (12 CFR 1006.18(e)(2)); the full statement covers it.
    .no-mm = Critical: you never said that you are a debt collector. This is not the first communication, so the full Mini-Miranda is not required by law, but every later communication must say that it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)).
    .mm-demand = The disclosure is right, but demanding an arrangement today before he has said a word is pressure.

## "Talk to my lawyer"

attorney-claim = Okay, let me stop you there. I've got an attorney handling all of my debts now, this card included. Her name is Denise Park. She told me not to discuss anything with collectors, so you'll have to talk to her.
    .ask-details = Thank you for letting me know, Mr. Hollis. Could you give me Ms. Park's phone number or the name of her firm? From now on we'll deal with her about this account, not with you.
    .check-scope = Thank you for telling me. So that I record it correctly: is Ms. Park representing you on this { $creditor } account specifically?
    .disparage = Honestly, sir, lawyers just eat up your money. You'd save a lot by dealing with me directly.
    .quick-plan = Sure, but while I have you, we could set up a plan today and save everyone some time.
attorney-claim-v2 = Before you go on: I have a lawyer now. Denise Park. She's handling all my debts, including this card, and she said to send anyone who calls to her.
attorney-claim-why =
    .ask-details = Model answer: once you know he is represented on this debt, you take the attorney's details and say that you will deal with her from now on (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .check-scope = Good: the rule applies to a representation on this debt, so a short question to confirm that is sensible. It asks nothing about the debt itself. Next, get the attorney's details.
    .disparage = Critical: running down his lawyer to get him to deal with you directly is contact with a represented consumer about the debt (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)), and it is unprofessional. Take the attorney's details and end the call.
    .quick-plan = Well meant, but a critical breach: offering a plan is still discussing the debt with a consumer you know is represented (15 USC 1692c(a)(2)). Make any offer through Ms. Park.

scope-answer = Yes. This card, the car loan, all of it. She's working out a deal with everybody.
    .ask-details = Understood. Then we'll deal only with Ms. Park. Could you give me her phone number or the name of her firm?
    .ask-deal = I see. What kind of deal is she thinking of for this card?
scope-answer-why =
    .ask-details = Right: the representation covers this debt, so you ask for the attorney's details and say that you will deal only with her (15 USC 1692c(a)(2)).
    .ask-deal = Critical: asking a represented consumer about the deal his attorney is preparing is discussing the debt with him (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Ask Ms. Park, not him.

details-given = Sure. Denise Park, Park & Alvarez, on LaSalle Street. Her number is 312-555-0187.
    .read-back = Let me read that back: Denise Park, Park & Alvarez, 312-555-0187. We'll contact Ms. Park about this account from now on. Thank you, Mr. Hollis.
    .read-back-pitch = Got it: Park & Alvarez, 312-555-0187. Before I let you go, if you'd like to save on her fees, we could settle this one between the two of us.
details-given-v2 = It's Park & Alvarez. Denise Park. 312-555-0187, she's on LaSalle.
details-given-why =
    .read-back = Model answer: read the details back, say what happens next, thank him. Nothing about the debt.
    .read-back-pitch = Critical: you have the attorney's number and still offer to settle with him directly (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). End the call once you have the details.

no-number = I don't have her number on me. It's Park-something, downtown. Just look it up.
    .ask-minimal = No problem. Could you tell me the name of the firm as best you remember, and roughly where it is? That's all I need; we'll find the number ourselves.
    .then-you-pay = Without her number I'll have to keep dealing with you, so, about the balance…
    .evening-callback = Could I call you back this evening at 6 to get her number?
no-number-why =
    .ask-minimal = Good: you ask only for what you need to find the attorney yourself. With her name and firm, the attorney can readily be found, so the rule applies (15 USC 1692c(a)(2)).
    .then-you-pay = Critical: you know his attorney's name, and her firm can readily be found, so you may not carry on with him (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Ask for the firm's name and find the number yourself.
    .evening-callback = Avoid it: once you know he is represented, every further call to him risks breaching 15 USC 1692c(a)(2), and you need nothing more from him. With her name and firm you can find the number yourself; ask for those instead.

partial-details = Park and Alvarez, I think. Denise Park. On LaSalle, in the Loop.
    .read-back-firm = Thank you: Denise Park, Park and Alvarez, LaSalle Street in the Loop. We'll find the firm's number and deal with Ms. Park about this account from now on. Thank you, Mr. Hollis.
    .insist-number = I really do need a phone number. Could you check your phone for it?
partial-details-why =
    .read-back-firm = Model answer: read back what he gave you, say what happens next, thank him. The firm's name is enough to find her.
    .insist-number = Not a breach, but unnecessary: with her name and firm you can find the number yourself. Don't keep a represented consumer on the phone longer than you need to.

off-the-record = Just between us, though… what's the lowest you'd take on this card? I won't hold you to it. I'll pass it on to Denise.
    .refer-offer = I understand why you'd want to know. Any offer will go to Ms. Park, so that she can go over it with you; that's what she's there for. We'll contact her this week. Thank you, Mr. Hollis.
    .quote-settlement = Off the record? We could probably do about 60%, around $3,500, if it's paid this month.
    .fish-for-info = Depends. What's your situation? Are you working right now? Any savings?
off-the-record-v2 = Hey, before you go. Off the record, what kind of settlement would you do on this? Ballpark.
off-the-record-why =
    .refer-offer = Model answer: he has not withdrawn the representation, so an "off the record" figure is still discussing the debt with a represented consumer. You refer it to his attorney kindly and close (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)).
    .quote-settlement = Critical: quoting a settlement to a consumer you know is represented is discussing the debt with him, whoever raised it (15 USC 1692c(a)(2)). Send any offer through Ms. Park. And a 40% discount is beyond your mandate, which allows none without a supervisor.
    .fish-for-info = Critical: questions about his job and savings are collection questions, asked of a consumer you know is represented (15 USC 1692c(a)(2)). Take them to his attorney, if at all.

plan-bypass = Hm. Could I split that into payments?
    .set-up-plan = Sure. Let's do six monthly payments, starting on the 1st. I'll send you the paperwork.
    .stop-refer = Actually, I shouldn't be discussing this with you while Ms. Park represents you, and I'm sorry I started. Could you give me her number? Any offer will go through her.
plan-bypass-why =
    .set-up-plan = Critical: you agreed a plan directly with a consumer you know is represented (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). The plan may not even fit what his attorney is negotiating with all his creditors.
    .stop-refer = Good recovery: you stop, say why, and route everything through the attorney. The earlier slip still counts as a breach.

no-more-calls = So that's it? You'll call her, not me?
    .confirm-yes = That's right. From now on we'll contact Ms. Park about this account, not you, unless she doesn't get back to us in a reasonable time or tells us otherwise. Thanks again, and have a good day.
    .vague-maybe = Probably. Depends if we can reach her.
    .last-demand = Yes, but the balance still needs to be paid, so tell her we want $500 by Friday.
no-more-calls-why =
    .confirm-yes = Model close: you confirm what happens next, and honestly mention the only exceptions the rule allows (15 USC 1692c(a)(2)).
    .vague-maybe = Not a breach, but a vague answer leaves him unsure whether the calls will stop. Say clearly that you will deal with his attorney.
    .last-demand = Critical: sending a payment demand through him is still discussing the debt with a represented consumer (15 USC 1692c(a)(2)). Put it to Ms. Park yourself.

lawyer-defended = Excuse me? I just told you I have a lawyer. Are you even allowed to talk to me like this?
    .apologise-back = You're right, Mr. Hollis, and I apologise. I shouldn't have said that. Could you tell me the name of Ms. Park's firm, so that we can deal with her directly?
    .double-down = Sir, the balance is still owed, lawyer or no lawyer. How are you going to pay it?
    .sue-threat = Lawyer or not, if this isn't paid, the bank will sue you.
lawyer-defended-why =
    .apologise-back = Good recovery: you admit the mistake, apologise, and go back to getting the attorney's details. The earlier breach still counts.
    .double-down = Critical: you keep pressing a consumer you know is represented (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Take the attorney's details and end the call.
    .sue-threat = Critical: you threaten a lawsuit nobody has decided on (15 USC 1692e(5)), and you say it to a consumer you may no longer contact about the debt (15 USC 1692c(a)(2)).

## Endings

end-attorney = Good. Thanks for being straight with me. Goodbye.
end-attorney-v2 = Okay. She'll be expecting you. Bye.
end-attorney-late = Fine. It's Park & Alvarez, 312-555-0187. Goodbye.
end-callback = I guess. Six o'clock. Bye.
end-plan-bypass = Okay… send it over. I probably should've asked Denise first.
end-hangup = I'm done with this. Call my lawyer. (He hangs up.)
end-hangup-v2 = We're finished here. (The line goes dead.)
