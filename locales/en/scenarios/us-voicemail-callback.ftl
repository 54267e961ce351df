title = Voicemail, the call back, and a card payment
briefing = You work for Mesa Account Services, a debt collector (the trade name does not say so), on a bill placed by { $creditor }: { $debtor }'s share of an emergency-room visit, { $amount }, due { $due }. Nothing has reached her yet: one call on 17 November went unanswered, no message left, and no letter has gone out. This evening it goes to voicemail. Leave a message that is safe whoever plays it; if she calls back, this is her first communication with you.
product = emergency-room visit (patient's share)
speaker-voicemail = Voicemail

history-h1 = Outbound call to the mobile number on the placement, no answer. No message left.

## The voicemail

voicemail = (Beep.) "Hi, you've reached Tasha, leave a message!"
    .limited-content = Hi, this is { $agent } from Mesa Account Services. Please call me back at 480-555-0147, Monday to Friday, 8 to 6. Thank you.
    .full-message = This message is for Tasha Greene from Mesa Account Services. This is a debt collector attempting to collect a debt. Please call us about your Redwood Regional Medical Center bill of { $amount } at 480-555-0147.
    .vague-message = Please call us back about an important matter.
    .no-message = (Hang up without leaving a message.)
voicemail-why =
    .limited-content = Model answer: a limited-content message (12 CFR 1006.2(j)): a business name that does not say debt collection, a request to call back, the name of a person to ask for and a number; suggested times are allowed. It says nothing about a debt, so whoever plays it learns nothing.
    .full-message = Critical: a mobile voicemail can be heard by anyone with the phone. Naming the debt, the creditor and the amount discloses it before you know who is listening (15 USC 1692c(b); 12 CFR 1006.6(d)(1)). The limited-content message exists so that you never have to.
    .vague-message = No name, no company, no number: she cannot call back, and an anonymous "important matter" is not meaningful disclosure of who called (15 USC 1692d(6)). It is also not a limited-content message (1006.2(j) needs a person's name and a number).
    .no-message = Lawful, but another silent attempt. A limited-content message gets a call back without disclosing anything.

end-no-message = (You hang up. The account stays in the queue for another attempt.)
end-no-callback = (No call back tonight. The account stays in the queue for another attempt.)

## She calls back

callback = Hi, I had a message from { $agent } to call this number?
    .verify-first = Yes, this is { $agent }, thank you for calling back. Before I say why I called, could I have your full name, date of birth and ZIP code, so I know I'm speaking to the right person?
    .disclose-now = Yes, thanks for calling back! It's about your Redwood Regional Medical Center bill, { $amount }.
callback-why =
    .verify-first = Right: the person calling back may not be the consumer (a roommate, a partner). Verify before anything else.
    .disclose-now = Someone calling the number back is not verified yet. Verify first (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

callback-angry = This is Tasha Greene. My roommate played your message off my phone. Now she knows about my hospital bill. Who are you people?
    .apologise-verify = I'm very sorry, Ms Greene: that message should never have said what it said, and I'll record a complaint about it. My name is { $agent }. Before we go on, could you confirm your date of birth and ZIP code?
    .defend = Well, we did try to reach you before.
callback-angry-why =
    .apologise-verify = Good recovery: own the mistake, record it, and verify before anything else.
    .defend = The disclosure was yours, not hers. Defending it loses the call.


verified = Tasha Greene, June 12, 1994, 85281.
    .mm-and-notice = Thank you. I'm { $agent } with Mesa Account Services, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. It's about your Redwood Regional Medical Center bill of { $amount }. Within five days you'll receive a notice in writing setting out the debt and your right to dispute it.
    .no-mm = Thank you. It's about your Redwood Regional Medical Center bill of { $amount }.
verified-why =
    .mm-and-notice = Right: the full Mini-Miranda in this first communication (15 USC 1692e(11); 12 CFR 1006.18(e)(1)), and the validation notice within five days (15 USC 1692g(a); 12 CFR 1006.34(a)).
    .no-mm = Critical: her call back is the first communication. It must say that you are a debt collector attempting to collect a debt and that information will be used for that purpose (15 USC 1692e(11); 12 CFR 1006.18(e)(1)).

er-bill = Oh, the ER in March. Yeah, insurance paid their part; this is my share, I know. I got paid today. Can I just give you my card and pay it off?
    .check-afford = Thank you, I appreciate that. Before we take anything: would paying all of { $amount } today leave you enough for rent and your bills this month? We can also spread it.
    .grab-it = Perfect, let's clear the whole { $amount } today.
er-bill-why =
    .check-afford = Model answer: she offers everything on payday; you check it will not leave her short before you take it.
    .grab-it = Taking the whole balance the moment she offers, without asking whether she can afford it, is how a consumer ends up short on rent and missing the next bill.

## Terms

budget = Honestly? The whole thing would leave me short for rent. I've got about four hundred spare now, and maybe two hundred a month.
    .plan-fit = Then let's not do that to you. How about six monthly payments of $191.00, the first one today by card, and then on the 20th of each month?
    .take-it-all = I'd still say clear it today: one payment and you're done.
budget-why =
    .plan-fit = Right: a plan within the $200 she has each month that clears the balance in six months, the first payment today as she wanted.
    .take-it-all = She has just told you she would be short for rent. Pressing for the lump sum anyway is the unaffordable arrangement the check was for.


counter = I can't do all of it today. I could do { $counter-instalment } a month, { $counter-count } payments.
    .take-counter = That works. We'll set it up that way.
    .insist-full = It really would be better to clear it today.
counter-why =
    .take-counter = Right: her own affordable offer.
    .insist-full = Pressure for a lump sum she has said she cannot spare.

refused = No, I can't do that.
    .plan-fit = All right. Would six monthly payments of $191.00 work, the first today, then on the 20th of each month?
    .call-later = Let's leave it there for tonight. I'll call you on Tuesday at 5:30, is that OK?
refused-why =
    .plan-fit = A realistic second offer.
    .call-later = Acceptable, though she wanted to settle it tonight.

full-accepted = OK, the whole { $amount } today. Rent will be tight, but fine. Do you want my card number?
    .check-rent = Wait: "rent will be tight" matters. Let's not leave you short. What could you spare today, and each month?
    .secure-line = Let me confirm first: one payment of { $amount }, today, by card. I'll transfer you to our secure payment line: you key in the card number on your phone's keypad, so it never goes through me or onto the recording. Then you'll get a confirmation.
    .read-digits = Go ahead: the long number, the expiry date and the three digits on the back.
full-accepted-why =
    .check-rent = Good recovery: she has just told you it leaves her short. Check before you take it.
    .secure-line = The safe way to take a card (PCI DSS: card data never read aloud or recorded; good practice): amount and date confirmed, then the keypad line. But she told you rent would be tight.
    .read-digits = Card numbers and security codes read aloud go onto the call recording and your notes: PCI DSS forbids storing the security code after authorisation. Use the secure keypad line (good practice).

plan-accepted = OK: { $instalment } { $every }, { $count } payments, the first { $first-date }. Do you want my card for today's?
    .secure-line = Let me read it back first: the amount each month, the number of payments, the first today and then the same date each month. For today's payment I'll transfer you to our secure payment line: you key in the card number on your keypad, so it never goes through me or onto the recording.
    .read-digits = Go ahead: the long number, the expiry date and the three digits on the back.
    .store-card = Sure, and I'll keep the card on file and take the rest whenever it's due, so you don't have to think about it.
plan-accepted-why =
    .secure-line = Model answer: read the terms back, then take the card through the keypad line (PCI DSS; good practice).
    .read-digits = Card numbers and security codes read aloud go onto the recording and your notes: PCI DSS forbids storing the security code after authorisation. Use the secure keypad line (good practice).
    .store-card = Recurring card or account debits need her authorisation for each series, in writing (for a debit card or bank account: the Electronic Fund Transfer Act, 15 USC 1693e). "Whenever it's due" is not an authorisation, and you never read the terms back.

paid-writing = Done, it went through. Will I get something?
    .confirm-writing = Yes: an email confirmation of today's payment of the full balance, and a letter closing the account. Thank you, Ms Greene.
    .bye = You're all set. Have a good evening.
paid-writing-why =
    .confirm-writing = Right: confirmation in writing and a clear close.
    .bye = Polite, but no written confirmation.

plan-writing = OK, today's went through. Will I get the plan in writing?
    .confirm-writing = Yes: an email tonight and a letter with the six payments and their dates, and today's payment confirmed. Thank you for calling back, Ms Greene.
    .bye = You're all set. Have a good evening.
plan-writing-why =
    .confirm-writing = Right: the plan confirmed in writing, and a thank-you.
    .bye = Polite, but nothing in writing.

## Endings

end-plan = Great: { $agreed }. Thanks, that's a weight off.
end-paid = OK. Thanks. I guess I'll manage the rent somehow.
end-no-deal = OK. Bye.
end-hangup = Forget it. (She hangs up.)
