title = "Not my debt": wrong person or identity fraud?
briefing = You work for Greyfield Partners, a debt collection agency acting for { $creditor }. The account is a { $creditor } credit card in the name of { $debtor }, born 4 May 1979, last known postcode BS5 6LR: { $amount } outstanding, in arrears since { $due } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }). The phone number came from a tracing agency, so it may not be his. It is 6:10 p.m. on a Tuesday in Bristol. The card is regulated consumer credit: FCA CONC 7 applies. Make sure you are talking to the borrower before you say anything about the account, and if the debt is disputed, deal with the dispute, not the payment.
product = credit card
speaker-namesake = Daniel Hughes (b. 1991)

## Opening

opening = Hello?
    .ask-for-daniel = Good evening, my name's { $agent }, calling from Greyfield Partners. Could I speak to Daniel Hughes, please?
    .blurt = Good evening, it's { $agent } from Greyfield Partners, calling about the { $creditor } credit card and the { $amount } that's overdue. Is that Daniel Hughes?
    .no-intro = Is that Daniel Hughes?
opening-v2 = Yeah, hello?
opening-why =
    .ask-for-daniel = Good: your name and company, and a request for the person by full name, without saying why you are calling. The number came from a tracing agency; assume nothing.
    .blurt = Critical: the creditor, the debt and the amount, before you know who answered (CONC 7.9.10R). The number came from tracing: this could be anyone.
    .no-intro = You asked who he is without saying who you are. Give your name and company first.

verify-ask = Yeah, I'm Daniel Hughes. What's this about?
    .verify = Thanks, Mr Hughes. Before I go on, I just need to make sure I've got the right person: could you confirm your date of birth and your postcode?
    .name-is-enough = Great. It's about your { $creditor } credit card: there's { $amount } outstanding since { $due }.
verify-ask-v2 = Speaking. Who's asking?
verify-ask-why =
    .verify = Model answer: a matching name is not enough. Check details you already hold (date of birth, postcode) before you say anything about an account (CONC 7.9.10R).
    .name-is-enough = Critical: "I'm Daniel Hughes" proves nothing; the number came from tracing and the name is common. You disclosed the account before verifying (CONC 7.9.10R), and if this is another Daniel Hughes, to a third party (CONC 7.9.6R).

who-is-this = Sorry, who is this? What card? I don't know what you're on about.
    .verify = I'm sorry, I should have done this first. I'm { $agent } from Greyfield Partners. Before we go any further, could you confirm your date of birth and postcode, so I know I'm speaking to the right person?
    .repeat-debt = It's the { $creditor } card. { $amount }. It needs paying.
who-is-this-why =
    .verify = The right repair: apologise, then verify before anything else. The disclosure has already happened, but stop it going further (CONC 7.9.10R).
    .repeat-debt = You still don't know who this is, and you repeated the debt and demanded payment. Stop, apologise and verify.

not-mine-unverified = A { $creditor } card? I've never had one. Are you sure you've got the right Daniel Hughes? There's loads of us.
    .verify-now = You're right to ask, and I'm sorry, I should have checked first. Could you confirm your date of birth and postcode, so I can see whether this is your account at all?
    .insist = It's registered to Daniel Hughes at this number, so it's yours. When can you pay?
not-mine-unverified-why =
    .verify-now = Good recovery: verify now, before another word about the account (CONC 7.9.10R).
    .insist = Critical: a shared name and a traced number are not proof. He disputes the debt: suspend and investigate, don't demand payment (CONC 7.14.1R-7.14.5R), and verify first (CONC 7.9.10R).

## A different Daniel Hughes

details-mismatch = Eleventh of February, 1991. And it's BS3 4NW. Why?
    .close-politely = Thank you. I'm sorry, those details don't match the person I'm trying to reach, so I've got the wrong Daniel Hughes. I'll have this number taken off our records so you won't be called about it again. Sorry to have bothered you, and thanks for your time.
    .ask-other = Ah, that doesn't match. Do you know another Daniel Hughes, born in 1979? He owes { $creditor } { $amount } on a credit card.
    .press-him = Our records say 1979. Are you sure? The { $creditor } card under this number has { $amount } outstanding.
details-mismatch-v2 = Eleven, two, ninety-one. Postcode's BS3 4NW. What's this about?
details-mismatch-why =
    .close-politely = Model answer: the details don't match, so this is a third party. Say nothing about the account, apologise, and remove the number (CONC 7.9.6R, 7.9.10R).
    .ask-other = Critical: he is not your customer, and you told him about another man's debt, creditor and amount (CONC 7.9.6R, 7.9.7R).
    .press-him = Critical: the details don't match, yet you disclosed the account and pressed him about it. That is disclosure to a third party (CONC 7.9.6R) and harassment of the wrong person.

wrong-party-curious = Hang on, what's this about, then? Is someone using my name? I've had post for another Daniel Hughes before.
    .no-details = I understand why you'd want to know, and I'm sorry I can't say more: I can't discuss anyone else's affairs. What I can do is make sure this number is taken off the account, so you won't hear from us again. If you're ever worried about your own name being used, you can check your credit file for free with the credit reference agencies.
    .ask-forwarding = You've had post for another Daniel Hughes? Do you remember where it came from, or where he might be living now?
    .tell-anyway = Well, between us, there's a { $creditor } credit card with { $amount } on it. If it's not you, someone else is behind on it.
wrong-party-curious-v2 = Wait, is this a scam? Or is somebody using my name?
wrong-party-curious-why =
    .no-details = Model answer: you take his worry seriously, disclose nothing (CONC 7.9.6R), confirm what you will do and give him a useful, neutral pointer.
    .ask-forwarding = Asking a third party for location information is allowed if you say nothing about the debt. Acceptable, but keep it short and don't push.
    .tell-anyway = Critical: "between us" is still disclosure to a third party (CONC 7.9.6R, 7.9.7R).

forwarding = The other one? I think he lived in Easton, his post used to come here by mistake for a while. No idea where he is now.
    .thank-close = That's helpful, thank you. I'll update our records: this number will be taken off the account and you won't be called about it again. Thanks for your time, Mr Hughes, and sorry again for the trouble.
    .leave-message = If he gets in touch, tell him { $creditor } is after him about his credit card.
forwarding-why =
    .thank-close = Model close: thanks, what you will do with his number, and nothing about the account.
    .leave-message = Critical: asking a stranger to pass on that someone is being chased by their bank discloses the debt to a third party (CONC 7.9.6R).

wrong-party-annoyed = I've told you it's not me! And you've just told me somebody else's business. That can't be right. I'm going to complain about this.
    .apologise-remove = You're right, and I'm sorry: I shouldn't have said that. I'll take this number off the account now so you're not contacted again, and you're entitled to complain; I'll give you our complaints address if you'd like it.
    .argue = Our records say this number belongs to the account holder, so I need you to tell me where he is.
wrong-party-annoyed-why =
    .apologise-remove = The right repair after a breach: own it, stop contact to this number and don't stand in the way of a complaint. The breach itself still counts (CONC 7.9.6R).
    .argue = He is a third party who has already heard too much; demanding information from him is pressure on the wrong person.

## The account holder, by the records

details-match = Fourth of May, 1979. BS5 6LR. Why, what's this about?
    .explain-account = Thank you, Mr Hughes. I'm calling on behalf of { $creditor } about a credit card account in your name. The balance is { $amount }, and it's been in arrears since { $due }.
    .demand = Thanks. You've got a { $creditor } credit card with { $amount } in arrears since { $due }. How are you going to pay that today?
    .enforcement = Thanks. I'm with the Greyfield enforcement team; we've been instructed to recover { $amount } on your { $creditor } card, and we have the authority to take further action.
details-match-why =
    .explain-account = Good: verified, then the facts: who you act for, what the account is, the balance and since when. Calm and neutral.
    .demand = Facts right, tone wrong: a demand before you have heard a word from him. Give the facts and let him respond.
    .enforcement = Critical: you are a collection agency, not an enforcement agent, and "authority to take further action" implies powers you don't have. That misrepresents your authority and the legal position (CONC 7.11.1R, 7.11.6R, 7.11.9R).

## The dispute

not-mine = A { $creditor } card? I've never had a { $creditor } card in my life. I bank with Nationwide. That's not mine.
    .listen-investigate = Thank you for telling me. Just so I understand: you've never applied for or used a { $creditor } card, is that right? Could you tell me anything that might help us look into it, like any letters you've had?
    .log-now = Understood. I'll log that you dispute this account and put it on hold while it's investigated, so you won't be asked for payment in the meantime.
    .prove-it = Everyone says that. Unless you can prove it isn't yours, the balance is due.
    .pay-then-claim = The quickest thing is to pay it now and claim it back from the bank if it turns out to be fraud.
not-mine-v2 = Hold on, what? I haven't got a { $creditor } card. Never have. Someone's made a mistake.
not-mine-why =
    .listen-investigate = Model answer: paraphrase, check you understood, and ask an open question that helps the investigation. A possible identity fraud deserves more than a tick-box.
    .log-now = Correct: suspend recovery and log the dispute (CONC 7.14.1R-7.14.5R). Asking a question or two first would give the investigators more to work with.
    .prove-it = Critical: it is for the firm to prove the identity of the borrower and the amount, not for him to prove a negative. The debt is disputed on possibly valid grounds, so suspend recovery and investigate (CONC 7.14.1R-7.14.5R).
    .pay-then-claim = Critical: asking someone who says the debt isn't theirs to pay it in full "and claim it back" is recovery during a dispute (CONC 7.14.1R-7.14.5R) and pressure to pay a large sum (CONC 7.3.10R).

fraud-details = Right. Well, I did get a letter in September about a missed payment. I thought it was a scam, so I binned it. The address on it was a flat in Leeds. I've never lived in Leeds.
    .log-fraud = That's really helpful, thank you. A Leeds address you've never lived at could mean someone has used your identity. I'm logging a dispute now and the account is on hold: no calls or letters asking for payment while { $creditor }'s fraud team investigates. It's for them to show the account is yours, not for you to prove it isn't.
    .pay-meanwhile = OK, but while it's looked at, could you pay something, just so the account doesn't default?
    .doubt-him = (cutting in) If you got a letter and binned it, that doesn't look great, does it?
fraud-details-why =
    .log-fraud = Model answer: the dispute is logged, recovery suspended, and you tell him plainly who has to prove what (CONC 7.14.1R-7.14.5R).
    .pay-meanwhile = Critical: "something, meanwhile" is still recovery on a disputed debt. Suspend it until the investigation is done (CONC 7.14.1R-7.14.5R).
    .doubt-him = You interrupted and implied he is hiding something. Binning a letter that looked like a scam is normal; record it and investigate.

dispute-noted = OK. So what happens now? Do I need to do anything?
    .next-steps = Only if you're willing: send us that letter if you still have it, or anything with the Leeds address, and if you think your identity's been used, report it to Action Fraud and check your credit file, which is free with the credit reference agencies. So, to recap: the account is on hold and logged as disputed, { $creditor }'s fraud team will investigate, and we'll write to you at BS5 6LR with the outcome. Is that the best address? Thank you for your help, Mr Hughes.
    .callback-update = I'll give you a call next Tuesday at 6 p.m. with an update.
    .court-warning = Nothing for now. But if the investigation shows it is yours, the bank will take you to court for the full amount.
dispute-noted-why =
    .next-steps = Model close: what he can do (not must), what you will do, the address confirmed, and thanks.
    .callback-update = Reasonable, at a reasonable hour, but you can't promise an update in a week; a written outcome to a confirmed address is better, and you didn't recap what happens.
    .court-warning = A parting threat of court, on a debt that may well be fraud, is disproportionate and undoes the trust you built (CONC 7.3.14R, 7.3.18R).

## When it goes wrong

angry-not-mine = Prove it? How am I supposed to prove I haven't got a card? You're the ones chasing me for it!
    .apologise-log = You're right, and I'm sorry. That's not how this should work. I'm logging that you dispute this account and putting it on hold now, so you won't be asked for payment while it's investigated. It's for us to show the account is yours.
    .push-ptp = Look, if you just pay £200 today, we can stop the calls while it's looked into.
    .threaten-court = If you won't pay, we'll take it to court and you can explain it to a judge.
    .bailiffs = If it isn't settled, we'll send enforcement officers to your address.
angry-not-mine-v2 = This is ridiculous. I've told you it's not mine and you're still going on about money!
angry-not-mine-why =
    .apologise-log = The right repair: acknowledge, then do what you should have done: log the dispute and suspend recovery (CONC 7.14.1R-7.14.5R).
    .push-ptp = Critical: a payment to "stop the calls" on a disputed debt is recovery during a dispute (CONC 7.14.1R-7.14.5R) and pressure (CONC 7.3.10R).
    .threaten-court = Threatening court over a debt he disputes on possibly valid grounds is disproportionate (CONC 7.3.14R), and it is recovery while a dispute is open (CONC 7.14.1R-7.14.5R).
    .bailiffs = Critical: there is no court judgment, so nobody can send enforcement officers. Saying an action will be taken when it cannot misrepresents the legal position (CONC 7.11.1R, 7.11.6R, 7.11.9R).

grudging-ptp = Fine. Fine! I'll pay twenty quid on Friday if it stops you ringing me. It's still not my card.
    .take-promise = Great, £20 on Friday. I'll note that as a promise to pay.
    .stop-and-log = No, please don't pay anything for a card you say isn't yours. I'm sorry for pushing. I'm logging this as a dispute and putting the account on hold while it's investigated.
grudging-ptp-why =
    .take-promise = Critical: a payment extracted from someone who still says the debt isn't his, just to stop the calls, is recovery during a dispute (CONC 7.14.1R-7.14.5R).
    .stop-and-log = Good recovery: refuse a payment made under protest, log the dispute and suspend recovery (CONC 7.14.1R-7.14.5R).

## Endings

end-wrong-party = All right. Cheers. Bye.
end-wrong-party-v2 = OK, no problem. Bye then.
end-dispute = OK. Thanks for sorting that out. Bye.
end-callback = Fine. Tuesday. Bye.
end-promise = Whatever. Bye. (He hangs up.)
end-hangup = I'm not listening to this. (He hangs up.)
end-hangup-v2 = Don't ring me again. (The line goes dead.)
