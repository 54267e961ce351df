title = Attorney's letter on file
briefing = You work for Apex Recovery, a third-party debt collector, so the FDCPA and Regulation F apply. The dialer has put { $debtor }'s account in your queue: { $amount } for { $creditor }, a hospital bill due on { $due } and now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } past due. It is 10:15 a.m. in Columbus, Ohio, and the dialer is ready to ring his cell phone. Before you dial, read the account: its history, its letters and its calls. Then decide what to do. No lawsuit has been decided on this account: any threat of court would be a threat of action that is not intended (15 USC 1692e(5)).
product = hospital bill
speaker-desk = Desk

## The account's history

history-h1 = Validation notice mailed to Mr Price at his address in Columbus: { $creditor } bill, balance { $amount }.
history-h2 = Spoke to Mr Price. Says he was told the bill would go to his insurance and wants to check it; nothing agreed.
history-h3 = Letter from Laura Chen, attorney, Chen & Ortiz LLP, 220 East Broad Street, Columbus, OH 43215, dated 6 November: she represents Mr Price with respect to the { $creditor } debt; all communication to go through her office. Scanned by the mailroom; the account is still on the dialer.

## Before you dial

desk = The account is open, and the dialer has queued { $debtor }'s cell phone for a call now: Tuesday, 10:15 a.m. in Columbus. What do you do?
    .write-attorney = Don't call Mr Price. Write to Ms Chen at Chen & Ortiz: acknowledge her letter and send her the account details. Flag the account "attorney-represented", with her name and address, and take it off the dialer.
    .call-attorney = Don't call Mr Price. Call Ms Chen's office at Chen & Ortiz to discuss the account, then flag the account "attorney-represented" and take it off the dialer.
    .call-now = Call Mr Price now, as the dialer suggests.
desk-why =
    .write-attorney = Exactly right: you know he is represented on this debt and you have the attorney's name and address, so you communicate with her, not with him (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). A letter gives her the account in writing and leaves a record; flagging the account stops the dialer calling him.
    .call-attorney = Lawful and good: the attorney is the person you may now deal with about this debt (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Note the call on the account and confirm what was agreed in writing; a letter is the slightly better first step because it puts the account details in front of her.
    .call-now = Critical: his attorney's letter, with her name and address, has been on the file for a week. From then on you may not communicate with him about this debt, unless she fails to respond within a reasonable time or agrees to direct contact (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Dialling him is the breach, however the call goes; the dialer having queued him is no excuse. Read the file before you dial.

end-letter-attorney = (You don't dial. A letter goes to Laura Chen at Chen & Ortiz LLP acknowledging her letter, with the account details. The account is flagged "attorney-represented: contact Laura Chen only" and is off the dialer.)
end-attorney-called = (You don't dial Mr Price. Ms Chen's paralegal takes your call, notes the account and asks for the details in writing. The account is flagged "attorney-represented: contact Laura Chen only" and is off the dialer.)

## The call

opening = Hello?
    .ask-for-darnell = Hi, this is { $agent } calling from Apex Recovery. May I speak with { $debtor }, please?
opening-why =
    .ask-for-darnell = The right opening for a call, your name and company first (15 USC 1692d(6)). But this call should not be happening: his attorney's letter is on the file.

lawyer = Speaking. If this is about the hospital bill, my lawyer wrote to you people last week. You're supposed to talk to her.
    .stop-refer = You're right, Mr Price, I'm sorry: I can see Ms Chen's letter. I shouldn't have called you. Is Laura Chen at Chen & Ortiz still the right contact? Then we'll deal only with her from now on. Thank you.
    .press-on = I understand, but while I have you, can we just set a date for a payment?
lawyer-why =
    .stop-refer = The least harm now: you stop, confirm her details, apologise and end the call without discussing the debt (15 USC 1692c(a)(2)). Report the missed letter internally. The call itself was still the breach.
    .press-on = Critical, twice over: you were told he has an attorney, and you asked him for a payment anyway (15 USC 1692c(a)(2); 12 CFR 1006.6(b)(2)). Stop and deal with the attorney.

## Endings

end-escalated = Okay. Talk to her. Goodbye.
end-hangup = I'm telling my lawyer about this call. (He hangs up.)
