title = "But I already paid that!"
briefing = You work for Baltica Windykacja, a collection agency instructed by { $creditor }, an internet and TV provider. { $debtor } ended his contract in March 2023; the final invoice FK/2023/03/21877 for the last two monthly fees, { $amount }, was due on { $due } and is shown as unpaid, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. File note: the claim is for periodic payments, so under KC art. 118 it becomes time-barred at the end of the calendar year, on 31 December 2026. You are calling his mobile. Verify that you are speaking to him before you mention the debt, hear what he says, and handle it as the law and good practice require. He is a consumer: the Polish Criminal Code, the UOKiK act, RODO and the ZPF good-practice rules apply.
product = home internet and TV subscription (final invoice)

## Opening and verification

opening = Hello?
    .intro-ask = Good afternoon, my name is { $agent }, I'm calling from Baltica Windykacja on behalf of { $creditor }. Am I speaking to Mr Piotr Zawadzki?
    .blurt = Good afternoon, { $agent } from Baltica Windykacja. I'm calling about your unpaid { $amount } owed to { $creditor }. Is that Mr Piotr Zawadzki?
    .no-intro = Is that Mr Piotr Zawadzki?
opening-v2 = Yes, hello, who's calling?
opening-why =
    .intro-ask = Good: your name, your company and on whose behalf you call, then a question to find the right person. Nothing about the debt yet.
    .blurt = You named the amount and the creditor before you knew who had answered. Anyone could have picked up his phone. Confirm who you are speaking to first (ZPF good practice: confidentiality).
    .no-intro = Asking for him without saying who you are makes people wary, and the greeting and identification item of every QA scorecard starts with your name and company.

verify-ask = Yes, speaking. What's this about?
    .verify = Thank you. Before I go on, I need to make sure I'm speaking to the right person: could you confirm the address where the { $creditor } service was installed?
    .skip = It's about the final { $creditor } invoice, { $amount }, which hasn't been paid.
verify-ask-why =
    .verify = Model answer: verify with something you already hold (the service address) rather than collecting new data. Only then talk about the account (ZPF good practice: confidentiality; RODO art. 5(1)(c)).
    .skip = "Yes, speaking" is not verification. Confirm a detail from the file before you mention the amount or the creditor (ZPF good practice: confidentiality).

who-calls = And who's asking?
    .intro-verify = Sorry, I should have introduced myself: { $agent }, Baltica Windykacja, calling on behalf of { $creditor }. Before I say more, could you confirm the address where the { $creditor } service was installed?
    .just-say = It's about your unpaid { $creditor } invoice for { $amount }.
who-calls-why =
    .intro-verify = A good repair: your name, company and client, then verification with data you already hold, before any detail.
    .just-say = You still haven't said who you are, and you disclose the debt to someone you have not verified (ZPF good practice: confidentiality).

wary = Hold on, where did you get this number? And why are you talking about debts when you don't even know who you're speaking to?
    .apologise-verify = You're right, I'm sorry, I should have checked first. We have the number from { $creditor }, which passed this matter to us; once I know I'm speaking to the right person I'll tell you what data we hold, why, and where our privacy notice is. Could you confirm the address where the { $creditor } service was installed?
    .push-on = It's your number in our file, so it's your debt. When will you pay?
wary-why =
    .apologise-verify = The right repair: admit the mistake, apologise, answer his question (a collector that got his data from the creditor must tell him where it came from and how it is processed, at the latest at the first communication: RODO art. 14(2)(f), 14(3)(b)) and verify before going any further.
    .push-on = A number in a file proves nothing about who answered. You repeat the disclosure and demand payment from someone who is already annoyed.

verified = Yes, Długa 14, flat 3, in Kraków. So what is this about?
    .explain-claim = Thank you. I'm calling about the final { $creditor } invoice after your contract ended: FK/2023/03/21877, for the February and March 2023 fees, { $amount }, due { $due }. { $creditor } has no record of the payment. Do you remember this invoice?
    .demand-now = You have owed { $creditor } { $amount } for over three years. When are you going to settle it?
    .komornik-open = You owe { $creditor } { $amount }. If it isn't paid this week, the case goes to the komornik and he'll freeze your account.
verified-why =
    .explain-claim = Model answer: the exact invoice, what it was for, the amount and the due date, then an open question. You let him tell you his side.
    .demand-now = You demand payment before hearing a word from him. If there is a problem with the claim (and here there is), you will only find out after a fight.
    .komornik-open = Critical: a collector cannot send a komornik. Only a court bailiff with an enforceable title can enforce, and there is no court case here. Threatening it is the misleading practice UOKiK has penalised (UOKiK act art. 24).

## "I already paid"

paid-claim = What? But I paid that! I ended the contract in March 2023, paid the last invoice by transfer and returned the decoder. And you ring me three years later?
    .ask-details = I understand, and thank you for telling me. I'm not assuming otherwise: a payment can fail to be matched to an invoice. To check it, I need a few details: do you remember roughly the date and the amount of the transfer, what you put in the title and which bank you paid from?
    .accuse = There's no payment in the system, so you didn't pay. Please settle { $amount }.
    .ack-trap = I see. To close the matter quickly, could you just confirm that you know about the { $amount }? Then I'll split it into two instalments for you.
    .everyone-says = Everyone says that, Mr Zawadzki. If you'd paid, I wouldn't be calling.
paid-claim-v2 = Hang on, I paid that ages ago. I remember, because I was annoyed they charged me for the whole last month. What is this about?
paid-claim-why =
    .ask-details = Model answer: thank him, don't accuse him, and ask for what lets you find the payment: date, amount, transfer title, bank. A missing payment is often a payment booked to the wrong invoice.
    .accuse = "Not in the system" is not "not paid": transfers without the invoice number often go unmatched. Demanding payment of a debt he has just disputed is pressure on a claim that may not exist (ZPF good practice; PL-DISPUTE-HOLD).
    .ack-trap = An acknowledgement of debt (uznanie roszczenia) interrupts limitation (KC art. 123 § 1 pkt 2), and this claim is six weeks from being time-barred. Asking someone who says he has paid to "just confirm" the amount, or to agree to instalments, turns that against him. Check the payment first.
    .everyone-says = Sarcasm towards someone who may well have paid breaks the ZPF rule that conversations stay polite, and it ends the cooperation you need to find the payment.

angry = I won't be treated like a fraudster! I paid, it's in my bank somewhere. I'm not paying twice for the same thing.
    .calm-apologise = I'm sorry, that's not what I meant, and you don't have to pay twice for anything. Let's check it together: do you remember roughly the date and the amount of the transfer, and what you put in the title?
    .insist = Until you prove it, the amount is due. I have to ask you to pay.
    .threaten-komornik = If you won't pay voluntarily, we'll send a komornik and he'll take it from your salary.
    .tell-employer = Then we'll let your employer know you don't pay your bills. Maybe that will help.
angry-v2 = Do you think I'm lying? I have better things to do than pay the same bill twice.
angry-why =
    .calm-apologise = Good recovery: a plain apology, reassurance that he won't pay twice, then the questions that let you find the payment.
    .insist = He has disputed the claim. Insisting on payment before checking is pressure on a debt that may not exist (PL-DISPUTE-HOLD), and he will stop cooperating.
    .threaten-komornik = Critical: only a court bailiff (komornik sądowy) with an enforceable title can take money from a salary. A collector saying otherwise misleads the debtor, an unfair practice under UOKiK act art. 24.
    .tell-employer = Critical: threatening to expose a debt to someone's employer to force payment is an unlawful threat (KK art. 191 § 2), and disclosing it would also breach RODO.

last-chance = Fine. So what exactly do you want from me?
    .ask-details = I want to find out whether your payment reached { $creditor }. Do you remember the date and the amount of the transfer, and what you put in the title?
    .pay-again = Please pay the { $amount } again, and if it turns out you had paid, { $creditor } will refund you.
last-chance-why =
    .ask-details = Better late than never: ask for the payment details and check them.
    .pay-again = "Pay again and we'll refund you" pressures a consumer to pay a debt he disputes, possibly twice (PL-DISPUTE-HOLD). Log the complaint and check the payment instead.

ack-pushback = Hold on. Confirm what? I'm telling you I paid. I'm not confirming or signing anything.
    .withdraw = You're right, and I'm not asking you to confirm anything: you have told me you paid, and that's what we'll check. Do you remember the date and the amount of the transfer, and its title?
    .insist-ack = It's only a formality. Without your confirmation I can't do anything, and the case goes further.
ack-pushback-why =
    .withdraw = Good: withdraw the request plainly, accept his position, and go back to checking the payment.
    .insist-ack = An acknowledgement of debt is never "a formality": it interrupts the limitation period (KC art. 123 § 1 pkt 2). Pressing a consumer who disputes the claim for it, and hinting that "the case goes further", is exactly what PL-03 warns against.

## The payment details

details-guarded = I'm not giving you details of my bank account. How do I even know you're from { $creditor }?
    .reassure = That's fair, and please don't give me any account numbers. I only need the date and the amount. If you'd like to check who I am, the Baltica Windykacja number is on the letter you received, 12 300 40 50, and { $creditor } can confirm that it instructed us.
    .no-data-no-help = If you won't give me the details, I can't help you, and the amount stays due.
details-guarded-why =
    .reassure = Good: you respect his caution, ask for the minimum (date and amount, no account numbers) and give him a way to check you independently.
    .no-data-no-help = He is right to be careful with a stranger on the phone. Refusing to help unless he hands over data, and repeating that the amount is due, turns a complaint into a confrontation.

details-ready = I've got the banking app here, hold on… Here: 7 April 2023, { $amount }, to the { $creditor } account, title: "Zawadzki, final settlement". No invoice number, I didn't have it to hand.
    .read-back-log = Thank you, that's very helpful. Let me read it back: 7 April 2023, { $amount }, to { $creditor }. Without the invoice number in the title, a payment is sometimes not matched to the invoice. I'm logging a complaint with { $creditor } now, reference REK/2026/11/0342, and we're suspending collection on this invoice until it's checked. Could you email the transfer confirmation from your app to reklamacje@baltica-windykacja.pl with the reference in the subject?
    .proof-only = All right. Please send us the transfer confirmation and we'll see.
    .title-wrong = Without the invoice number in the title, that payment doesn't count. You'll have to pay again.
details-ready-v2 = Let me look… Yes, I've found it: 7 April 2023, { $amount }, to { $creditor }. In the title I typed my customer number, though I may have got a digit wrong.
details-ready-why =
    .read-back-log = Model answer: read the details back, give the likely cause without blaming him, log the complaint with a reference, suspend collection and ask for the confirmation in a way he can act on today.
    .proof-only = Asking for proof is right, but "we'll see" leaves him with nothing: no reference, no pause, no answer date. Log the complaint (PL-DISPUTE) and say that collection is on hold.
    .title-wrong = A payment is a payment whatever its title says: an unmatched transfer has to be found and rebooked, not paid twice. Demanding it again is pressure on a disputed debt (PL-DISPUTE-HOLD).

details-unsure = I don't remember exactly, that was three years ago. I paid in April, I think, by transfer. My banking app doesn't go back that far; I'd have to order a statement.
    .log-and-wait = I understand, it was a long time ago. Here's what I suggest: I'm logging a complaint with { $creditor } now, reference REK/2026/11/0342, and we're suspending collection until it's checked. When you have the statement or the transfer confirmation, please send it to reklamacje@baltica-windykacja.pl with the reference in the subject. { $creditor } will also search its unmatched payments from April 2023.
    .callback-friday = Then let's do this: order the statement, and I'll call you on Friday at 18:00 to go through it together.
    .callback-late = Then I'll call you on Friday evening, around half past ten, when you'll surely be home.
    .no-proof = Without proof of payment there's nothing I can do, and the amount is still due.
details-unsure-why =
    .log-and-wait = Model answer: you don't make the complaint wait for his paperwork. Log it, suspend collection, tell him what to send and where, and have the creditor search its side too.
    .callback-friday = Acceptable: a concrete callback at a reasonable hour. But logging the complaint now would protect him from further collection while he looks for the statement.
    .callback-late = A callback at 22:30 falls outside the calling hours in the ZPF good-practice rules (6:00–22:00; the edition is unverified). Agree a time inside the window.
    .no-proof = It is the creditor who has to show the claim is still owed; a consumer does not lose a complaint because his bank's app only goes back two years. Log it and pause collection.

proof-pushback = All right, I'll send it. But until then you'll keep ringing me about it?
    .pause-and-log = No. I'm logging it now as a complaint, reference REK/2026/11/0342, and collection on this invoice is suspended until { $creditor } has checked it. You'll get a written answer.
    .keep-collecting = Until we have the confirmation, the case carries on as normal and we'll keep calling.
proof-pushback-why =
    .pause-and-log = Good: a logged complaint with a reference and a clear statement that collection is on hold.
    .keep-collecting = Continuing calls and collection on a debt he has credibly disputed is burdensome contact (ZPF good practice) and pressure on a debt that may not exist (PL-DISPUTE-HOLD).

## Complaint logged: limitation

logged = OK. And one more thing: this is from three years ago. Isn't it time-barred by now anyway?
    .honest-limitation = A fair question. Claims for subscription fees become time-barred after three years, with the period ending on the last day of the calendar year, so for this invoice that is 31 December 2026: not yet. I'm not asking you to confirm or sign anything; first we check your payment.
    .never-expires = Debts don't expire in Poland as long as the creditor is pursuing them.
    .ack-to-be-safe = Precisely to avoid problems with limitation, I'd ask you to confirm now that you know about this amount. It's just a formality.
logged-why =
    .honest-limitation = Model answer: the true position (3 years for periodic payments, to the end of the calendar year, KC art. 118), no pressure, and an explicit statement that you are not asking for an acknowledgement.
    .never-expires = False: claims become time-barred (KC art. 118), and a time-barred claim cannot be enforced against a consumer (KC art. 117 § 2¹). Misleading him about it breaks PL-02.
    .ack-to-be-safe = This is exactly the trap: an acknowledgement interrupts limitation (KC art. 123 § 1 pkt 2), six weeks before this claim would be time-barred, and from someone who says he has paid. It is never "a formality" (PL-03).

wrap = All right. So what happens now? Do I need to do anything else?
    .summarise = Let me sum up: the complaint is logged with { $creditor } under reference REK/2026/11/0342; collection on this invoice is suspended until it's checked; please send the transfer confirmation or your bank statement to reklamacje@baltica-windykacja.pl with the reference in the subject; you'll get a written answer within 14 days. Thank you for your patience, Mr Zawadzki.
    .close-short = That's all, thank you. Goodbye.
    .pay-meanwhile = Just to be safe, please pay it anyway, and if it turns out you'd paid, you'll get it back.
wrap-v2 = Good. And what now, will someone get back to me?
wrap-why =
    .summarise = Model close: reference, what is paused, what he sends and where, when he hears back, and thanks.
    .close-short = Polite, but he leaves without the reference, the address or the answer date. Summarise so he can act on it.
    .pay-meanwhile = You undo the whole call: "pay anyway" is pressure on a debt under complaint (PL-DISPUTE-HOLD) and may make him pay twice.

## When it goes wrong late

angry-late = That's enough. I'm telling you I paid and you just keep on. I'm going to complain about your company.
    .apologise-log = I'm sorry, you're right. I'm logging your complaint now, reference REK/2026/11/0342, and collection is suspended until { $creditor } has checked your payment. You'll get a written answer.
    .supervisor = I understand. I'll pass this to my supervisor, who will get back to you.
    .komornik-late = Complain all you like. If you don't pay, the komornik will come anyway.
angry-late-v2 = Do you even hear what I'm saying? I paid! I'll be writing to { $creditor } about the way you treat people.
angry-late-why =
    .apologise-log = The right move, if late: apologise, log the complaint and pause collection. Doing this at his first "I paid" would have saved the call.
    .supervisor = Escalating is acceptable, but the complaint itself is something you can and should log now.
    .komornik-late = Critical: a collector cannot send a komornik; only a court bailiff with an enforceable title can enforce (UOKiK act art. 24).

## Endings

end-dispute = Good, that's clear. Thank you, and goodbye.
end-dispute-v2 = Fine, I'll send it this evening. Thank you, goodbye.
end-dispute-cool = All right. I'm waiting for that letter. Goodbye.
end-callback = OK, Friday then. Goodbye.
end-escalated = Fine. I'll wait. Goodbye.
end-pay-again = Fine, I'll pay it, just to be left in peace. But I'm not happy about this.
end-hangup = I'm not listening to any more of this. (He hangs up.)
end-hangup-v2 = Goodbye. (He hangs up.)
