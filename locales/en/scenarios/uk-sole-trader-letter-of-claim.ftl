title = A broken promise, and the letter that comes next
briefing = You work in credit control at { $creditor }. Invoice NC-4471 to { $debtor } (trading as { $organisation }, a sole trader) for a hosting migration project, { $amount }, due { $due }, is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Read the file: she promised payment once already. Your authority: a plan of up to three months, no discount. Statutory interest (Bank of England base rate + 8 %) and the £70 fixed sum under the Late Payment of Commercial Debts (Interest) Act 1998 are held while an agreed plan is kept. If it breaks, the account goes to legal for a Letter of Claim under the Pre-Action Protocol for Debt Claims, which applies because she is an individual trading as a sole trader.
product = hosting migration and consulting (August 2026)
speaker-desk = Account desk

history-invoice = Invoice NC-4471 emailed (£3,240.00, 30 days).
history-reminder = Reminder emailed: NC-4471 overdue.
history-call-1 = Spoke to Ms Shah: cash-flow delay, promised the whole invoice by 31 October. Promise confirmed by email.
history-promise-1 = Promise to pay: the whole invoice by 31 October.
history-missed-1 = Nothing received by 31 October. Promise broken.
history-chase = Email to Ms Shah: promise missed, please call to agree a date. No reply.

## The desk

desk = Shah Design: a broken promise and an unanswered email. Your manager has approved legal action if no agreement can be reached. What do you do?
    .call-now = Call Ms Shah first
    .letter-now = Send the Letter of Claim under the Pre-Action Protocol now, without calling
    .claim-now = Issue a money claim in the County Court today
desk-why =
    .call-now = Right: one call may get you a plan she can keep; the Letter of Claim is still there if it breaks.
    .letter-now = Lawful and protocol-compliant, and she gets 30 days to reply. But nobody has heard why the promise broke, and a call might settle it for less than the legal cost.
    .claim-now = The Pre-Action Protocol for Debt Claims applies to a sole trader: issuing without a Letter of Claim, its enclosures and 30 days to reply exposes your company to costs sanctions and a stayed claim.

end-letter = (The Letter of Claim goes out with the Information Sheet, the Reply Form and a Financial Statement. Ms Shah has 30 days to reply.)
end-claim = (The claim is issued. Ms Shah's adviser writes to the court that the Protocol was not followed; the judge stays the claim and your company pays the costs of the hearing.)

## The call

opening = Shah Design, Priya speaking.
    .intro = Hi Priya, it's { $agent } from credit control at { $creditor }, about invoice NC-4471. Have you got a few minutes?
    .threat-open = { $creditor } credit control. You broke your promise on NC-4471; this is your last chance before court.
opening-v2 = Hello, Shah Design?
opening-why =
    .intro = Right: name, company, the invoice, and a chance to talk.
    .threat-open = An ultimatum as the first sentence. Court may be the lawful next step, but as an opener it ends the conversation before you know why the promise broke.

priya = Oh. Yes. I know, I promised you October. My biggest client went into administration in October and owes me eight thousand pounds. I'm scraping by on the smaller jobs.
    .empathise = I'm sorry to hear that; losing your main client like that is a real blow. Thank you for telling me. Let's see what's realistic for you.
    .not-our-problem = I'm sorry, but your client's problems aren't ours. The invoice is overdue.
    .bailiffs = If it isn't paid this week, we'll send the bailiffs round.
priya-why =
    .empathise = Model answer: you acknowledge the blow and turn to what is realistic.
    .not-our-problem = Her business has just lost its main income: brushing that aside is dismissing real hardship, and you lose any chance of a plan she can keep.
    .bailiffs = False: no enforcement agent can come without a court judgment first, and before that comes the Protocol's Letter of Claim. A threat of action that cannot be taken (good practice; for consumer credit, CONC 7.3).

tax = And my self-assessment tax is due at the end of January. I can't fall behind with HMRC as well.
    .factor-tax = That's right, the tax has to come first. Let's work out a plan that leaves it covered.
    .us-first = I understand, but our invoice is older than your tax bill.
tax-why =
    .factor-tax = Right: tax is a priority debt; a plan that leaves her short for HMRC will break in January.
    .us-first = A plan that competes with her tax bill is one she will not keep, and HMRC can enforce faster than you can.

defensive = Don't threaten me. I've been honest with you.
    .apologise = You're right, I'm sorry. Let's start again: what's happened with the payment?
    .ccj-now = Then you'll have a County Court judgment by Christmas.
defensive-why =
    .apologise = Good recovery.
    .ccj-now = A judgment "by Christmas" skips the Protocol's 30 days and a court's own timetable: a threat that cannot be carried out as stated.

cashflow = What can I do? I've got a few smaller clients who pay me at the end of each month.
    .ask-income = When do they pay you, and how much could you set aside for us each month, once your essentials and tax are covered?
    .demand-full = I need the whole { $amount } by Friday.
cashflow-why =
    .ask-income = Right: for a sole trader the "payment run" is when her own clients pay her. Ask, before proposing anything.
    .demand-full = She has just told you her main client failed. A demand for the whole sum by Friday gets you a counter-offer at best.

plan-step = About eleven hundred a month, at the end of each month, when they pay.
    .plan-3 = Then three monthly payments of £1,080, on 30 November, 31 December and at the end of January. That clears it.
    .plan-6 = Let's make it easy: six payments of £540 from the end of November.
plan-step-why =
    .plan-3 = Right: within the £1,100 she has, tied to her clients' payment dates, inside your three months.
    .plan-6 = Six months is twice your authority: an unauthorised concession, however kind.


counter = I can't do that. I could do { $counter-instalment } a month, { $counter-count } payments, at the end of each month.
    .take-counter = That works. Let's agree that.
    .escalate = Then I'll have to pass it to our legal team.
counter-why =
    .take-counter = Right: her own realistic offer, inside your mandate.
    .escalate = She has just offered a plan inside your authority. Escalating now spends legal costs on an account that was about to be settled.

agreed = OK: { $agreed }.
    .read-back = Let me read it back: the amount each month, three payments, the first on 30 November, by bank transfer to the account on the invoice with NC-4471 as the reference.
    .no-readback = Great, thanks.
agreed-why =
    .read-back = Right: every figure, the route and the reference.
    .no-readback = No read-back: a misunderstood date is the commonest way a second promise breaks.

next-step = And if I miss one? Things are tight.
    .state-protocol = Then, so you know where you stand: the account would go to our legal team, who would send a Letter of Claim under the Pre-Action Protocol for Debt Claims. You'd have 30 days to reply, with a reply form and a financial statement, before any court claim. The invoice also carries statutory interest at base rate plus 8 % and a £70 fixed sum under the Late Payment Act; we hold those while the plan is kept. If things get worse, Business Debtline gives free advice to the self-employed. And call me before a payment is missed, not after.
    .ccj-threat = Then it's straight to court and a CCJ against you.
    .wrong-charges = Then we'd add the £100 compensation and interest at 8 % a month.
    .nothing-happens = Don't worry about that, nothing will happen.
next-step-why =
    .state-protocol = Model answer: the lawful, intended next step as information, the charges stated correctly (£70 for a debt between £1,000 and £9,999.99: s.5A of the 1998 Act; interest at base rate + 8 % a year), free advice, and a way to avoid it.
    .ccj-threat = "Straight to court" is not what happens: the Protocol's letter and 30 days come first. A next step stated falsely is a threat, not information.
    .wrong-charges = Wrong on both counts: the fixed sum for this debt is £70, and the statutory rate is base rate + 8 % a year, not a month (Late Payment of Commercial Debts (Interest) Act 1998, s.4, s.5A and the 2002 rate order).
    .nothing-happens = False, and she will plan around it: if the plan breaks, the account does go to legal.

close = OK. Anything else?
    .confirm-email = I'll email you today with the plan, the three dates, and what I've said about the next step, so it's all in writing. Thank you for being straight with me, Priya.
    .bye = No, that's all. Bye.
close-why =
    .confirm-email = Right: the plan and the next step confirmed in writing.
    .bye = A second promise with nothing in writing.

## Endings

end-plan = Thanks. I'll make it work.
end-escalated = Fine. I'll wait for your letter, then.
end-hangup = I'm not doing this now. (She hangs up.)
