title = Breathing Space on file
briefing = You work in the collections team of { $creditor }, which issued { $debtor }'s credit card. He is behind: { $amount } in arrears, the oldest payment due on { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago. The arrears workflow has put his account back in your queue this Thursday morning; he lives in Leeds. This is regulated consumer credit, so CONC 7 and the Consumer Duty apply. Before you write or call, read the account: its letters, its calls and its emails. Then decide what to do.
product = credit card
speaker-desk = Desk

## The account's history

history-h1 = Arrears letter sent to Mr Hughes: two payments missed, balance in arrears { $amount }, please pay or contact us.
history-h2 = Spoke to Mr Hughes. Reduced hours at work; cannot pay at the moment. Said he would get free debt advice. Signposted StepChange and National Debtline.
history-h3 = Second arrears letter sent: { $amount } in arrears, please pay or contact us to discuss.
history-h4 = Email from the Insolvency Service's Breathing Space service: Mr Hughes has entered a standard breathing space, starting 9 November, with this debt listed; his debt adviser is named. Logged by the mailroom; the account has not been flagged.

## Before you act

desk = The arrears workflow has queued { $debtor }'s account for the next step: Thursday, 10:30. What do you do?
    .hold-account = Don't write or call for payment. The Breathing Space notification of 9 November is on file: flag the account "Breathing Space", take it out of the arrears workflow, stop letters, calls, interest and charges, and note the end date to check for.
    .arrears-letter = Send the usual third arrears letter asking him to pay the { $amount } or call us.
    .call-pay = Call Mr Hughes and ask when he can make a payment.
    .call-check = Call Mr Hughes to check that the Breathing Space notification is genuine.
desk-why =
    .hold-account = Exactly right: the Insolvency Service has notified you, so the breathing space's protections apply from now on. Until it ends you must not ask him to pay this debt or take any step to collect it; interest and charges are frozen (SI 2020/1311). Flagging the account and taking it out of the workflow stops the next letter or dialer call from going out by mistake.
    .arrears-letter = Critical: an arrears letter asking for payment is exactly what a breathing space forbids once you have been notified (SI 2020/1311). The notification is on file, ten days old: the workflow not being updated is no excuse. Hold the account instead.
    .call-pay = A call is not forbidden as such, but a call whose purpose is to ask for payment is: during a breathing space you must not request payment of this debt (SI 2020/1311). Hold the account instead. If you do speak to him, do not ask for money.
    .call-check = Honest intention, wrong route: whether a notification is genuine is a question for your Breathing Space process and the Insolvency Service, not for the customer, and the protections apply from the notification whatever he says. Calling him adds pressure and invites a request for payment. Hold the account instead.

end-on-hold = (You don't write or call. The account now shows "Breathing Space from 9 November: no collection activity, interest and charges frozen", it is out of the arrears workflow, and a review date is set for the end of the moratorium.)
end-letter = (The third arrears letter goes out to Mr Hughes: "Your account is { $amount } in arrears. Please pay now or contact us." The account stays in the arrears workflow.)

## The call

opening = Hello, Dan speaking.
    .intro-verify = Good morning, this is { $agent } calling from { $creditor }. Before I go on, could you confirm your date of birth and postcode, please?
opening-why =
    .intro-verify = Your name and company first, then the checks, before anything about the account.

moratorium = 12th of March 1987, LS6 2AB. Is this about the card? My adviser said I'm in a Breathing Space and you'd been told.
    .acknowledge-stop = Yes, Mr Hughes, and thank you for telling me. I can see the Breathing Space notice from 9 November. We won't ask you for any payment while it lasts, and interest and charges are frozen. I'm putting the account on hold now. Please keep working with your adviser.
    .ask-payment = I can see that, but the account is still { $amount } in arrears. Could you make a payment today, even a small one?
moratorium-why =
    .acknowledge-stop = Right: you confirm what he already knows, say plainly what it means for him, hold the account and end the call without a word about payment (SI 2020/1311). Report internally that the account had not been flagged.
    .ask-payment = Critical: he has told you about the breathing space and you have it on file, and you asked for a payment anyway. During a breathing space you must not request payment of this debt, not even a small amount (SI 2020/1311).

pushed = What? My adviser said you're not allowed to ask me for money now. I've got enough on without this.
    .apologise-stop = You're right, and I'm sorry. I shouldn't have asked. The account is on hold for the Breathing Space, and we won't ask you for payment while it lasts.
    .insist = The Breathing Space doesn't mean you don't owe it. Any payment would help.
pushed-why =
    .apologise-stop = Good recovery: you own the mistake, stop asking and hold the account. The request for payment already made still counts.
    .insist = Critical: a second request for payment during the breathing space (SI 2020/1311), to a customer who has just told you he is struggling.

## Endings

end-call-hold = Okay. Thanks for sorting it out. Bye.
end-hangup = I'm going to tell my adviser about this. (He hangs up.)
