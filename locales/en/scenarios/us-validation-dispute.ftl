title = A dispute inside the validation period
briefing = You work for Canyon Point Recovery, a debt collector, on an account placed by { $creditor }: a final phone bill of { $amount }, due { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. The validation notice went to { $debtor } by post on 2 November and gives him until 9 December 2026 to dispute. Read the file: this is not your first communication. If he disputes, your job is to log it and to explain his rights exactly, not to talk him out of them.
product = mobile phone service (final bill)

history-h1 = Validation notice mailed to Mr Bell's address in Phoenix (model form). Dispute deadline stated on the notice: 9 December 2026.
history-h2 = Outbound call, no answer. No message left.

## Opening and verification

opening = Hello?
    .ask-for-marcus = Hi, this is { $agent } from Canyon Point Recovery. May I speak with Marcus Bell, please?
    .blurt-debt = Hi, this is { $agent } from Canyon Point Recovery, calling about the unpaid Desert Sky Wireless bill for Marcus Bell.
    .legal-dept = Good morning, this is the legal department calling for Marcus Bell.
opening-v2 = Yeah, hello, who's this?
opening-why =
    .ask-for-marcus = Right: your name and the company, and you ask for him before saying anything about an account.
    .blurt-debt = You named the creditor and the unpaid bill before knowing who answered. Verify first (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).
    .legal-dept = Critical: a collection agency is not a legal department. Implying that you are lawyers is a false representation (15 USC 1692e(3); 12 CFR 1006.18(b)), and you have not said who you are (1692d(6)).

opening-silence = Hello? Anyone there?
    .apologise-intro = Sorry, you're there. This is { $agent } from Canyon Point Recovery. May I speak with Marcus Bell?
    .ask-name-only = Is this Marcus Bell?
opening-silence-why =
    .apologise-intro = Good recovery: apologise, then give your name and company.
    .ask-name-only = Asking for him without saying who you are is not meaningful disclosure of your identity (15 USC 1692d(6)).

marcus-here = Yeah, this is Marcus. What's this about?
    .verify = Thanks, Mr Bell. Before I go on, can you confirm your year of birth and your ZIP code for me?
    .skip-verify = It's about your Desert Sky Wireless account: there's { $amount } outstanding.
marcus-here-why =
    .verify = Right: two identifiers you already hold, before any account detail.
    .skip-verify = "This is Marcus" is not verification: anyone can say it. Confirm identifiers first (15 USC 1692c(b); 12 CFR 1006.6(d)(1)).

verified = 1987. 85016. Go ahead.
    .disclose-collector = Thank you. This call is from a debt collector; it's about the Desert Sky Wireless account we wrote to you about on 2 November, { $amount }.
    .no-disclosure = Thank you. It's about the Desert Sky Wireless account we wrote to you about, { $amount }.
verified-why =
    .disclose-collector = Right: the file holds the validation notice, so this is a later communication and must say it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)). Giving the full Mini-Miranda again does no harm.
    .no-disclosure = Critical: every communication after the first must say it is from a debt collector (15 USC 1692e(11); 12 CFR 1006.18(e)(2)). The letter in the file does not do it for you.

## "That's not my bill"

dispute = Desert Sky? Yeah, I got your letter. That's not my bill. I cancelled in June, I took the phone back to the store, they gave me a receipt. I'm not paying for a phone I returned.
    .listen-dispute = I understand, and thank you for telling me straight away. You cancelled in June and returned the phone to the store, and you have the receipt. Let me make sure that's recorded properly.
    .pay-first = The balance stands until Desert Sky says otherwise. You'd need to pay it and then claim a refund from them.
    .suit-threat = Everyone says that. If it isn't paid by Friday, the creditor can take you to court.
dispute-why =
    .listen-dispute = Model answer: you reflect back the facts he gave (cancelled, returned, receipt) and take the dispute seriously before anything else.
    .pay-first = Critical: he is disputing inside the validation period. "Pay first, dispute later" misstates his rights and the legal status of the debt (15 USC 1692e(2)(A), 1692e(10); 12 CFR 1006.18(b)) and overshadows the dispute right the notice gave him (15 USC 1692g(b); 12 CFR 1006.38(b)).
    .suit-threat = A lawsuit nobody has decided on, and a Friday deadline inside the validation period: a threat of action not intended (15 USC 1692e(5); 12 CFR 1006.18(c)(1)) that also overshadows his right to dispute (1006.38(b)).

angry = Are you even listening? I returned it. I have the receipt.
    .apologise = You're right, I'm sorry. I am listening: you returned the phone in June and you have the receipt. That is a dispute, and I'll treat it as one.
    .snap = Look, I don't have time for stories. Pay the bill.
angry-why =
    .apologise = Good recovery: apologise, name what he told you, and say what you will do with it.
    .snap = Critical: contemptuous language to a consumer is abuse (15 USC 1692d(2); 12 CFR 1006.14(d)), and he hangs up with the dispute unrecorded.

dispute-how = So what happens now? Do I have to pay this while you check?
    .explain-rights = No. I'm noting your dispute today. Your notice gives you until 9 December: if you send the dispute in writing by then, we stop collecting until we've mailed you verification of the debt. The dispute form is on the notice, or you can write to us.
    .oral-enough = No need to write anything: you've told me, so it's disputed. It'll come off.
    .pay-meanwhile = You can dispute it, sure, but in the meantime I'd pay something towards it so it doesn't get worse.
dispute-how-why =
    .explain-rights = Model answer: log the oral dispute now, and state the right exactly as the notice does: a written dispute within the validation period stops collection until verification is mailed (15 USC 1692g(b); 12 CFR 1006.38(d)(2)). No pressure while he decides.
    .oral-enough = Logging it is right, but the promise is false: an oral dispute does not oblige the collector to obtain verification (1692g(b) speaks of a dispute in writing), and "it'll come off" is not yours to promise (15 USC 1692e(10)).
    .pay-meanwhile = A request for payment while explaining the dispute right, in the same breath, is the overshadowing the law forbids during the validation period (15 USC 1692g(b); 12 CFR 1006.38(b)).

oral-reply = Great. So that's it? It's gone?
    .correct-self = Let me be precise, I overstated that. I've recorded your dispute. To make us verify the debt and stop collecting meanwhile, send it in writing by 9 December. I can't tell you how the verification will come out.
    .confirm-gone = Yes, that's it, don't worry about it.
oral-reply-why =
    .correct-self = Good recovery: you take back the overpromise and give him the real route before he relies on it.
    .confirm-gone = He now believes he need not write. If he doesn't, the collector is not obliged to verify, and the false reassurance is a misleading representation (15 USC 1692e(10)).

how-to-write = OK. I've still got the store receipt. Where do I send it?
    .give-address = Send it with a short note, or the dispute form from the notice, to the address on the notice, or to disputes at canyonpointrecovery dot com. Please put the account number from the notice on it. Can I confirm we have your current mailing address, for the verification?
    .vague-address = Just send it to us, the details are somewhere on the letter.
how-to-write-why =
    .give-address = Right: where to send it, what to include, and the address the verification will go to.
    .vague-address = Make the written dispute easy: give the address and what to enclose. A vague answer is how a dispute right gets lost.

## "And my credit?"

credit-q = And what about my credit? I'm trying to rent an apartment next month.
    .honest-credit = I understand it matters. While it's disputed we won't report it as if it weren't: anything reported has to show that you dispute it. I can't tell you what a bureau shows today, but the dispute is on our file from this call.
    .pay-delete = If you pay it today, I can get it deleted from your report, and then the apartment's no problem.
    .wiped-clean = Don't worry: once your letter arrives, your credit report will be wiped clean.
credit-q-why =
    .honest-credit = Right and true: a collector who reports a debt it knows is disputed must report it as disputed (15 USC 1692e(8)). You promise nothing you don't control.
    .pay-delete = Two faults: a payment pitch on a debt he has just disputed, and a deletion you cannot promise (15 USC 1692e(10)).
    .wiped-clean = You do not control what a bureau shows, nor the result of the verification: a promise you cannot keep (15 USC 1692e(10)).

tempted = Really? If I pay the { $amount } today, it's off my report? Maybe I'll just pay it then…
    .backtrack = Wait, I shouldn't have put it that way, I'm sorry. You've disputed this bill and you have a receipt: you don't have to pay anything while the dispute runs. Send the written dispute and we'll verify.
    .take-card = Sure. I can take a card now: what's the long number on the front?
tempted-why =
    .backtrack = Good recovery: you withdraw the pitch before he pays a bill he says is not his on the strength of your promise.
    .take-card = He pays a disputed bill because of a promise you cannot keep. The payment is tainted by the misrepresentation (15 USC 1692e(10)), and a card number read aloud on a recorded line is not how a card is taken.

close = All right. Anything else?
    .summarise = Just to sum up: I've logged your dispute today; you'll send the receipt and a short note by 9 December; we stop collecting until we've mailed you verification. Thanks for your time, Mr Bell.
    .silence-admits = Only that if we don't hear from you by the 9th, that's an admission you owe it.
    .just-bye = No, that's all. Thanks, bye.
close-why =
    .summarise = Model close: what you did, what he does, by when, and what happens then.
    .silence-admits = False: failing to dispute within the period may not be treated as an admission of liability by any court (15 USC 1692g(c)). Misstating the legal effect is a false representation (1006.18(b)).
    .just-bye = Polite, but he leaves without a summary of what he must do by when.

## Endings

end-dispute = OK. I'll send it this week. Thanks for actually listening.
end-dispute-cool = …Right. I'll send it. And I'm keeping a note of this call.
end-misled = Great. Then I'll forget about it. Bye.
end-paid = Fine, here's the card… I hope you're right about the report.
end-hangup = I'm done with this. (He hangs up.)
