title = A vulnerable customer: illness and mental-health strain
briefing = You work in the collections team at { $creditor }, the lender. { $debtor } took out a personal loan in 2024 and has missed three monthly payments: { $amount } is in arrears, the oldest payment was due on { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago. Read the account first: letters have gone unanswered, and a call last week was answered by his daughter. No Breathing Space notification from the Insolvency Service is on file. It is 11 a.m. on a Tuesday; he lives in Sheffield. The loan is regulated consumer credit, so FCA CONC 7 applies, with the FCA's guidance on vulnerable customers (FG21/1). Verify before you discuss the account, listen, and notice what he tells you: this call may not be about money at all.
product = personal loan
speaker-daughter = Claire (daughter)

## The account's history

history-h1 = Arrears letter: the payment of 28 August was missed. No reply.
history-h2 = Second arrears letter: two payments missed. No reply.
history-h3 = Notice of arrears: three payments missed, { $amount } overdue. No reply.
history-h4 = Call to the home number: no answer, no message left.
history-h5 = Call to the home number, answered by a woman who said she was his daughter: "Dad's not well, he's resting." Nothing about the account disclosed; she suggested trying another day.

## Opening

opening = Hello?
    .ask-for-alan = Good morning, my name's { $agent }, I'm calling from { $creditor }. Could I speak to Mr Alan Pritchard, please?
    .blurt-debt = Good morning, it's { $agent } from { $creditor } about the missed payments on Mr Pritchard's loan: { $amount } is overdue. Is that you?
    .no-name = Hi, is Alan there?
opening-v2 = Hello, who's calling?
opening-why =
    .ask-for-alan = Good: your name and company, and a request for the customer by full name, without a word about why you are calling. If someone else answered, nothing has been disclosed.
    .blurt-debt = Critical: you announced the arrears and the amount before knowing who picked up (CONC 7.9.10R; if it is not him, also CONC 7.9.6R). Ask for the customer, verify, and only then discuss the account.
    .no-name = You asked for him by first name without saying who you are. Give your name and company first; an anonymous caller makes people guarded from the first second.

third-party = He's lying down, he's not well at the moment. I'm his daughter, Claire. Is it about the loan? I open his post for him, you can tell me.
    .leave-name = Thank you, Claire, and I'm sorry he's unwell. It's { $agent } from { $creditor }. I'm afraid I can only discuss his affairs with him directly. Is he able to come to the phone for a minute, or would another time be better?
    .tell-claire = Yes, it's about his loan. He's missed three payments, { $amount } in total. Can you make sure he deals with it?
    .ask-to-wake = It's important. Could you wake him up, please?
third-party-why =
    .leave-name = Model answer: warm, but nothing about the account to a third party, even a helpful daughter who opens his post (CONC 7.9.6R). If Alan wants Claire to help, he can give his permission for her to speak for him.
    .tell-claire = Critical: you confirmed the loan and the arrears to his daughter (CONC 7.9.6R, 7.9.7R). Opening someone's post does not make them entitled to discuss their debts; only the customer's own permission does.
    .ask-to-wake = Nothing is disclosed, but insisting on waking someone who is unwell ignores what you have just been told. Ask whether another time would be better.

alan-comes = (a pause) Hello… Alan Pritchard speaking. Claire says you're from { $creditor }?
    .verify = Thank you for coming to the phone, Mr Pritchard. Before I go on, could you confirm your date of birth and the first line of your address, so I know I'm speaking to the right person?
    .straight-to-debt = Yes, it's about your loan. You're { $amount } behind. When can you pay?
alan-comes-why =
    .verify = Good: verify before you say anything about the account (CONC 7.9.10R). Two details you already hold are enough.
    .straight-to-debt = Critical: you discussed the debt before confirming who you were speaking to (CONC 7.9.10R), and led with a demand.

## Verification

alan-speaking = Yes, speaking.
    .verify = Thank you, Mr Pritchard. Before I go on, could you confirm your date of birth and the first line of your address, so I know I'm speaking to the right person?
    .straight-to-debt = Mr Pritchard, you're three payments behind on your loan, { $amount } in total. When can you pay?
    .name-only = Great. I'm calling about your loan with us: there are three missed payments.
alan-speaking-v2 = That's me. What's it about?
alan-speaking-why =
    .verify = Model answer: verify before you mention the account (CONC 7.9.10R).
    .straight-to-debt = Critical: "speaking" is not verification. You disclosed the arrears without establishing that this is the borrower (CONC 7.9.10R), and opened with a demand.
    .name-only = Critical: a name is not verification. Anyone can say "yes"; check the date of birth and address first (CONC 7.9.10R).

alan-wary = Hang on… how do you know all that? Who am I actually speaking to?
    .verify-now = That's a fair question, and I'm sorry, I should have checked first. It's { $agent } from { $creditor }. Could you confirm your date of birth and the first line of your address?
    .press-on = I'm from { $creditor }. The payments have been missed since August, so we need to sort it out today.
alan-wary-why =
    .verify-now = The disclosure has already happened (CONC 7.9.10R), but this is the right repair: apologise, identify yourself, verify, and stop until you have.
    .press-on = You still don't know who you are talking to, and you turned his worry into a demand. Verify before anything else.

verified = Fourteenth of March, 1968. Forty-two Marlowe Road. …Is this about the letters? I'm sorry, I haven't… I haven't been opening them.
    .gentle-purpose = Thank you, Mr Pritchard, that's all confirmed. Yes, it's about your loan: three monthly payments have been missed since August. I'm not calling to put pressure on you. I'd like to understand how things are for you at the moment. How are you doing?
    .full-today = Thanks. There's { $amount } overdue since { $due }. Can you clear the full arrears today by debit card?
    .bare-purpose = Thanks. It's about your loan: { $amount } in arrears since { $due }.
verified-v2 = March the fourteenth, sixty-eight. Forty-two Marlowe Road, Sheffield. What's this about?
verified-why =
    .gentle-purpose = Model answer: the purpose of the call, plainly, then an open question about his situation. He has just told you he hasn't been opening letters: that is a cue worth exploring, not skipping.
    .full-today = Asking for the full arrears today, before you know anything about his situation, is pressure to pay in a large sum (CONC 7.3.10R). He just said he hasn't been opening his letters: ask why.
    .bare-purpose = Accurate but cold. He has just told you he hasn't been able to open his letters; an open question ("How are things at the moment?") would have invited him to tell you why.

## The illness

alan-explains = I know. I know I've missed them. I was diagnosed with bowel cancer in the summer. I'm on chemotherapy every other week, I've been signed off work since July, I'm on sick pay… the letters just pile up on the side.
    .texas = Thank you for telling me, Mr Pritchard, and I'm so sorry you're going through that. With your permission, I'd like to note on your account that you're having cancer treatment, so that anyone here who speaks to you knows and takes it into account. It would only be used to look after your account, nothing else. Would that be OK?
    .sorry-brief = I'm sorry to hear that.
    .still-due = I'm sorry, but the payments are still due whatever the circumstances. How much can you pay today?
alan-explains-v2 = Look, I'll be honest with you. I've got cancer. Bowel cancer. They found it in June. I'm on chemo, I'm off work on sick pay, and I just… I haven't been able to face any of it.
alan-explains-why =
    .texas = Model answer (TEXAS): Thank him, Explain how the information will be used, and ask for his eXplicit consent to record it. Next comes Ask (what would help) and Signpost (where to get support). FG21/1 expects staff to recognise and respond to health as a driver of vulnerability.
    .sorry-brief = Kind, but it stops there. A disclosure like this needs TEXAS: thank him, explain how you would use the information, and ask his consent to note it (FG21/1; empathy rubric EMP-06).
    .still-due = Critical: you brushed aside a cancer diagnosis and pressed for payment. That is neither due consideration (CONC 7.3.4R) nor a response to a vulnerability (FG21/1), and it fails the call on the empathy scorecard (EMP-18).

alan-quiet = …Hello? Are you still there? I said I've got cancer.
    .sorry-texas = I'm here, I'm sorry, I was taking in what you said. Thank you for telling me, and I'm really sorry. With your permission, I'd like to note on your account that you're having treatment, so anyone here who speaks to you takes it into account. It's only used to look after your account. Is that all right?
    .carry-on = Yes. So, about the arrears: when can you make a payment?
alan-quiet-why =
    .sorry-texas = A good recovery from the silence: own it, then TEXAS (thank, explain, ask consent). Better still, respond straight away; silence after a disclosure like that feels like indifference.
    .carry-on = After a long silence, ignoring his disclosure and asking for money tells him nothing he said mattered. Once a vulnerability is disclosed, respond to it instead of pressing for payment (FG21/1).

sorry-brief = …Yeah. Thanks. So what happens now?
    .late-texas = Thank you for telling me; I know that isn't easy. Would it be all right with you if I note on your account that you're having treatment, so everyone here who speaks to you takes it into account? It's only used to look after your account. And what would make dealing with us easier for you right now?
    .income-now = Let's look at your finances. What's your income at the moment, and what are your outgoings?
    .plan-now = Let's get a plan in place then. Could you manage £100 a month?
sorry-brief-why =
    .late-texas = Good recovery: thank, explain, ask consent, then ask what would help (TEXAS). Doing this straight after the disclosure is even better.
    .income-now = An income-and-expenditure check is the right step before any plan, but you skipped TEXAS: he has disclosed a serious illness, and you haven't asked if you may record it or what would help.
    .plan-now = A plan figure pulled out of nowhere, straight after a cancer disclosure, with no idea what he lives on. Respond to the disclosure first, then find out what he can afford.

consent-given = Yes… yes, that's fine. Thank you. Sorry, I'm a bit all over the place.
    .ask-what-helps = There's nothing to apologise for. Can I ask how you're managing day to day at the moment, with money coming in on sick pay, and is there anything that would make dealing with us easier, like letters instead of calls, or someone with you?
    .jump-to-plan = Thank you. Right, let's get a plan sorted. Could you do £50 a month?
    .ask-income = OK. What's your monthly income now, and what are your essential outgoings?
consent-given-why =
    .ask-what-helps = Model answer (the A of TEXAS): an open question about how he is managing and what would help, including how he would like to be contacted. He tells you what he needs.
    .jump-to-plan = Too fast: you have his consent, but you haven't asked how he is or what would help, and you picked a figure without knowing his budget.
    .ask-income = A fair question, but it is only about money. Ask first how he is managing and what would make contact easier (TEXAS: Ask).

plan-offered = Fifty pounds? I… I don't know. I don't even know what's coming in any more. I can't think about numbers right now. My head's just… I can't.
    .step-back = That's completely all right, you don't need to decide anything today. Let's leave the numbers. I'm going to put your account on hold for now, so there'll be no calls or letters asking for payment while you get some support.
    .push-plan = It's only £50. If we don't agree something today, the arrears will keep growing.
plan-offered-why =
    .step-back = Right call: he cannot take numbers in, which may mean he cannot make a decision about them. Suspend recovery (CONC 7.10.1R-7.10.2G) and offer the breathing room (CONC 7.3.4R).
    .push-plan = Critical if you keep going: he has told you he cannot take in numbers. Pressing for a commitment from someone who may lack capacity breaks CONC 7.10, which requires you to suspend recovery, and the growing-arrears warning is pressure (CONC 7.3.10R).

## Mental-health strain

strain = Honestly? I'm not coping. I'm not sleeping, I forget what day it is. I opened one of your letters last month and I read it three times and I couldn't take any of it in. Claire keeps saying I should talk to somebody. I just… I can't deal with money stuff right now.
    .pause-and-signpost = Thank you for being so open with me. You don't need to make any decisions today. I'm going to put your account on hold now: no calls or letters asking for payment for the next 60 days, while you get some support. A free debt adviser, for example at StepChange, National Debtline or Citizens Advice, can look at everything with you, and can check whether you qualify for Breathing Space, a legal scheme that pauses most contact and action on your debts for 60 days, or, for someone receiving mental-health crisis treatment, for as long as the treatment lasts and 30 days after. And if it ever feels too much, the Samaritans are there any time, free, on 116 123.
    .pause-only = Thank you for telling me that. You don't have to make any decisions today. I'm going to put your account on hold: no calls or letters asking for payment for the next 60 days.
    .small-payment = I understand it's hard. But could we at least agree a small payment today, say £20, so the account doesn't fall further behind?
strain-v2 = I'll be honest, I'm struggling. My head's like fog. I forget things, I'm awake all night. Claire says I should see someone. I couldn't tell you what I've got in the bank. I can't do money stuff right now, I just can't.
strain-why =
    .pause-and-signpost = Model answer: he may not be able to take in or decide anything about the debt, so you suspend recovery at once (CONC 7.10.1R-7.10.2G), give him breathing room (CONC 7.3.4R), and signpost: free debt advice, Breathing Space (SI 2020/1311: 60 days, or crisis treatment plus 30 days) and immediate emotional support. This is the S of TEXAS.
    .pause-only = Right decision: recovery suspended (CONC 7.10). Add the signpost as well (free debt advice, Breathing Space, support), so he leaves the call with somewhere to turn.
    .small-payment = Critical unless you stop now: he has just told you he cannot take things in or deal with money. Seeking any payment from someone who may lack capacity ignores CONC 7.10.1R (suspend recovery) and FG21/1. Put the account on hold.

hold-agreed = Sixty days? Right… thank you. I wasn't expecting that. What happens after that, though?
    .specialist-team = I'd like to pass your account to our specialist support team; they look after customers who are dealing with illness. They'll be in touch in writing only, unless you tell us otherwise, and nothing happens on the account until you've had a chance to get advice. Would letters be best for you? And would you like Claire to be able to speak to us for you? We'd just need your permission.
    .callback-month = After that, I'll give you a call to see how you're getting on, no pressure. Would Thursday 17 December at 2 p.m. suit you? The account stays on hold until then.
    .plan-for-later = After that we'll need to set up a payment plan. Shall we agree the amount now so it's ready to go?
hold-agreed-v2 = That's… that's a relief, to be honest. But I'll still owe it, won't I? What then?
hold-agreed-why =
    .specialist-team = Model answer: a referral to specialists, contact adapted to what he can manage, and the option of a trusted third party with his permission (FG21/1). You are asking, not deciding for him.
    .callback-month = Acceptable: a gentle check-in at a reasonable hour, with the hold kept in place. A referral to the specialist team and a signpost to advice would serve him better.
    .plan-for-later = You have just told him nothing needs deciding; asking for a plan amount now contradicts the hold and seeks a commitment he may not be able to make (CONC 7.10; FG21/1).

## Breathing Space

breathing-space-said = Actually… the lady at Citizens Advice said she was applying for one of those Breathing Space things for me. Last week, I think. Has that come through to you?
    .check-and-hold = Thank you for telling me. I'll check our records straight away. Whether or not it has reached us yet, I'm putting your account on hold right now, so nobody will contact you about payment. If a Breathing Space is in place, we won't contact you about this debt while it lasts. Do you have the adviser's name or a reference, so I can match it up?
    .nothing-received = I can't see anything on the system, so as far as we're concerned, the payments are still due.
    .not-sure = I'm not sure. I don't know much about that.
breathing-space-said-why =
    .check-and-hold = Model answer: take the information seriously, hold the account immediately and check. Nothing has been notified yet, so the Breathing Space rules do not bind you today (they start when the Insolvency Service notifies you: SI 2020/1311), but holding the account is what forbearance and the Consumer Duty expect for a seriously ill customer whose adviser is applying (CONC 7.3.4R; FG21/1; PRIN 2A).
    .nothing-received = "Nothing on the system" is true, and the Breathing Space protections start only when the Insolvency Service notifies you (SI 2020/1311), but it is not a reason to demand payment from a seriously ill customer whose adviser is applying: that is neither due consideration (CONC 7.3.4R) nor a response to his vulnerability (FG21/1, UK-14), nor avoiding foreseeable harm (Consumer Duty, PRIN 2A). Hold the account and check.
    .not-sure = Not knowing is fine; leaving it there is not. Hold the account while you find out, and say so.

bs-unsure = Oh. Well… should I be paying you or not? I don't know what I'm supposed to do.
    .hold-while-checking = I'm sorry, I should have been clearer. You don't need to pay anything while we check. I'm putting the account on hold now and I'll confirm with our team whether the Breathing Space is registered. Could you give me the name of the adviser, so we can match it up?
    .plan-meanwhile = To be safe, let's set up a small plan in the meantime, and if the Breathing Space comes through we'll pause it.
bs-unsure-why =
    .hold-while-checking = Good recovery: clear, reassuring, and the account is held while you check for the notification (CONC 7.3.4R; FG21/1).
    .plan-meanwhile = A plan "in the meantime" asks a seriously ill, confused customer for a commitment while his adviser is applying for a moratorium: not forbearance (CONC 7.3.4R), not a response to his vulnerability (FG21/1), and a foreseeable harm (PRIN 2A). The SI's protections start at notification (SI 2020/1311); your duty of care starts now. Hold first, check second.

bs-confirmed = It was a Mrs Okafor, at the Citizens Advice on the high street. She gave me a reference, it's on a bit of paper somewhere… So I don't need to do anything?
    .bs-close = No, nothing at all. So, to recap: your account is on hold from today. I'll match it up with Mrs Okafor's application, and while the Breathing Space is in place we won't contact you about this debt; we'll only write if we need something from Citizens Advice. Is 42 Marlowe Road still the right address for letters? Thank you for telling me about it, Mr Pritchard, and look after yourself.
    .bs-close-short = No. Thanks for letting me know. Bye now.
    .bs-plan-after = No. And once the Breathing Space ends, we'll call you to set up a payment plan.
bs-confirmed-why =
    .bs-close = Model close: what happens now, confirmation of the address for letters, thanks, and no mention of payment. Once the notification arrives, SI 2020/1311 makes that pause a legal duty.
    .bs-close-short = Correct, but brisk. Summarise what happens next and confirm the address for letters, so he isn't left wondering.
    .bs-plan-after = Announcing future collection calls to someone in a mental-health crisis adds worry you don't need to add. Leave what happens after the moratorium to the adviser and your specialist team.

## Specialist support

specialist = Letters, yes. I can read them when Claire's here. And yes, she can talk to you, she's better with all this than me. Do I need to do anything?
    .close-with-signpost = Nothing today. To recap: your account is on hold for 60 days from today, our specialist team will write to you at 42 Marlowe Road, and I'll send you a form so you can give Claire permission to speak for you. In the meantime, a free debt adviser, like StepChange, National Debtline or Citizens Advice, can look at everything with you and check whether Breathing Space is right for you. Thank you for talking to me today, Mr Pritchard. Take care of yourself.
    .close-short = No, nothing. Thank you, Mr Pritchard, take care.
    .one-more-thing = Just one thing before you go: could you set up even £20 a month, just to show willing?
specialist-why =
    .close-with-signpost = Model close: recap, address confirmed, the third-party authority sorted properly, a signpost to free advice and Breathing Space, and thanks.
    .close-short = Kind, but he leaves without a recap or anywhere to turn. Summarise what happens next and signpost free debt advice.
    .one-more-thing = "Just to show willing" after agreeing a hold is a request for payment from a vulnerable customer (FG21/1) and contradicts the suspension you just promised (CONC 7.10).

plan-pushback = You said it was on hold. Now you want money? I don't… I don't understand what's happening.
    .back-off = You're right, I'm sorry, that was confusing. Nothing is needed from you. The account is on hold, and nobody will ask you for payment while you get support.
    .insist-plan = It's on hold for collection calls, but we still need something in place. Shall I put you down for £50 a month?
plan-pushback-why =
    .back-off = Good repair: apologise and restore the hold clearly (CONC 7.10).
    .insist-plan = He has told you he doesn't understand what is happening. Signing him up to a plan now is getting a commitment from someone who may lack capacity (CONC 7.10.1R), under pressure (CONC 7.3.10R).

## When it goes wrong

alan-upset = I've just told you I've got cancer, and you want money off me? I can't… I can't do this.
    .apologise-pause = You're right, and I'm sorry. That was the wrong thing to say. Forget the payments for now. I'm going to put your account on hold so nobody chases you while you're going through this.
    .insist = I understand, but the arrears are { $amount } and they keep growing. You could borrow it from family?
    .threaten-court = If we can't agree something, the account will go to court.
    .bailiffs = If you won't engage, we'll have to send the bailiffs round.
alan-upset-v2 = (his voice shaking) I don't need this. I'm not well. Why are you doing this to me?
alan-upset-why =
    .apologise-pause = The best repair: own it, apologise, and suspend recovery (CONC 7.10; CONC 7.3). It won't undo what was said, but it may keep him on the line.
    .insist = Pressing someone in treatment to borrow from family is pressure to pay in a large sum or by borrowing (CONC 7.3.10R), and it ignores his vulnerability (FG21/1).
    .threaten-court = Threatening court to a distressed, seriously ill customer on a first call is disproportionate (CONC 7.3.14R), and he hangs up.
    .bailiffs = Critical: there is no court judgment, so nobody can "send the bailiffs round". Saying an action will be taken when it cannot misrepresents the legal position (CONC 7.11.1R, 7.11.6R, 7.11.9R), and it is a threat too (CONC 7.3.18R).

## Endings

end-escalated = Thank you, love. Honestly. I'll tell Claire. Bye now.
end-escalated-v2 = Right. Thanks. That's… that's a weight off. Bye.
end-breathing-space = Right. Thank you. I'll find that bit of paper. Bye.
end-callback = Okay. The seventeenth. Thanks. Bye.
end-plan = Fine. Fifty. Whatever you want. (He hangs up.)
end-hangup = I can't talk to you. (He hangs up.)
end-hangup-v2 = No. No more. (The line goes dead.)
