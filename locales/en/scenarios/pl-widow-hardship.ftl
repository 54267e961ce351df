title = A widow's first bills
briefing = You work for Kredo Windykacja, a collection agency, on an account placed by { $creditor }: internet and TV arrears of { $amount }, due { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. The contract is in { $debtor }'s own name. No one has spoken to her yet. A collector has no enforcement powers in Poland: only a court bailiff (komornik sądowy) with an enforceable title does. Your mandate: instalments of at least 50 zł, up to 24 months, the first within 45 days, no discount.
product = home internet and TV

## Opening

opening = Halo?
    .intro = Good morning, my name is { $agent }, I'm calling from Kredo Windykacja on behalf of Sieć Orion. Am I speaking with Mrs Katarzyna Zielińska?
    .blurt-debt = Good morning, { $agent } from Kredo Windykacja, about the unpaid Sieć Orion bills for Mrs Zielińska.
opening-v2 = Yes, hello?
opening-why =
    .intro = Right: your name, the agency, on whose behalf, and whom you want to speak to.
    .blurt-debt = The unpaid bills are named before you know who answered: the debt must stay confidential until you have verified her (ZPF good practice; RODO art. 5(1)(c)).

who = Yes, that's me. What is it about?
    .verify = Thank you. Before I say more, could you confirm your date of birth and the street you live on?
    .skip-verify = It's about your internet and TV bills: { $amount } is overdue.
who-why =
    .verify = Right: verify before you disclose anything.
    .skip-verify = Confirm her identity first (ZPF good practice: confidentiality).

verified = The seventh of March, 1974. Piotrkowska Street.
    .state-purpose = Thank you. I'm calling about your Sieć Orion account: the bills since June, { $amount } in total, have not been paid. I'd like to understand what happened and find a way forward with you.
    .bailiff-open = Thank you. { $amount } is overdue on your Sieć Orion account, and if it isn't settled, the case goes to the bailiff.
verified-why =
    .state-purpose = Right: the facts, and an open invitation to explain.
    .bailiff-open = Critical: a collection agency cannot send a bailiff. Only a court bailiff with an enforceable title can enforce, after a court case. Suggesting otherwise misleads a consumer about your powers, a practice UOKiK has repeatedly found unlawful (art. 24 of the consumer-protection act).

## The bereavement

widow = (A long pause.) …My husband died in August. He dealt with all the bills. I didn't even know they weren't being paid. I'm living on the survivor's pension now, and I… I don't know where anything is.
    .condolences = I'm so sorry for your loss, Mrs Zielińska. Thank you for telling me. There's no rush on this call; we'll go through it calmly, together.
    .contract-is-contract = I'm sorry to hear that, but the contract is in your name, so the debt is yours.
    .ask-family = I'm sorry. Is there anyone in the family who could help you pay it off in one go?
widow-why =
    .condolences = Model answer: condolences, thanks for telling you, and the pressure taken out of the call.
    .contract-is-contract = Critical: true, and cold. Brushing past a bereavement to the contract is the failure to handle a vulnerable customer with compassion that the scorecard treats as critical.
    .ask-family = Steering a bereaved pensioner towards borrowing from family to clear it at once is lump-sum pressure, and it ignores what she just told you.

widow-hurt = (Quietly.) Did you hear what I just said?
    .apologise = I did, and I'm sorry, that came out wrong. Your husband has just died; that matters more than this bill. Let's take it slowly.
    .push-on = I understand, but the arrears still have to be dealt with.
widow-hurt-why =
    .apologise = Good recovery: you name what she told you and slow down.
    .push-on = She asked whether you heard her. Pushing on ends the call.

consent = Sorry… it's hard to talk about. I've hardly slept since the funeral. The doctor has given me something for my nerves.
    .ask-consent = Thank you for trusting me with that. So that we can take it into account, may I note on the account that you are recently bereaved and under a doctor's care? It will be used only to adjust how we handle your case, and you can ask us to remove it at any time.
    .note-silently = I understand. I'll make a note of that.
    .back-to-money = I understand. So, about the { $amount }…
consent-why =
    .ask-consent = Model answer (TEXAS: thank, explain, explicit consent): information about her health is a special category of data, and noting it needs her explicit consent (RODO art. 9(2)(a)).
    .note-silently = Writing down health information without asking is processing special-category data without her explicit consent (RODO art. 9); ask first, and say what it is for.
    .back-to-money = She told you about her health; you went straight back to the amount.

options = I don't know what I should do now.
    .offer-choice = There are two ways we can go, and you choose. I can put the account on hold for 30 days, so you can get your papers in order, and there's free help: the free legal aid and citizens' advice point in your district (nieodpłatna pomoc prawna i poradnictwo obywatelskie) also helps with debts. Or, if you'd rather have it settled now, we can agree small instalments that fit your budget.
    .budget-now = Let's look at what's realistic. Could you tell me roughly what comes in each month and what your main bills are?
    .quick-plan = We could split it into seven monthly instalments of 300 zł, starting on 10 December.
options-why =
    .offer-choice = Model answer: a real choice (a pause or a plan), and free debt advice that exists in every district (the act of 5 August 2015 on free legal aid and citizens' advice).
    .budget-now = Good: the income-and-expenditure question before any figure. Offering her a pause first would have been better still.
    .quick-plan = A figure before any question about her budget: 300 zł a month may be more than she has.

choose = I'd rather have it off my mind… but I don't know how much I can afford.
    .budget-now = Then let's work it out together. What comes in each month, and what are the main bills?
    .hold-30 = Then let's not decide today. I'm putting the account on hold for 30 days, and I'll send you that in writing with the details of the free advice point. I'll call you on 28 December, unless you call me first. Thank you for talking to me.
choose-why =
    .budget-now = Right: she wants it sorted; find out what she can afford.
    .hold-30 = Also right: a pause, confirmed in writing, with a date and free advice.

## Terms

budget = The survivor's pension is 2,900 zł. Rent with service charges is 1,250, electricity and gas about 380, food 750, medicines 180, bus ticket, phone… At most 120 zł would be left.
    .plan-fit = Then let's make it 120 zł a month, sixteen instalments, the first on 28 December, so you have a month to breathe first.
    .plan-300 = It would be best to clear it quickly: 300 zł a month, seven instalments, from 10 December.
budget-why =
    .plan-fit = Right: at her capacity, inside the mandate, with the first payment after a breathing month.
    .plan-300 = 300 zł is two and a half times what she has left. A plan she cannot keep will break.


counter = I can't do that much. I could manage { $counter-instalment } a month, { $counter-count } instalments.
    .take-counter = That's fine. Let's do it that way.
counter-why =
    .take-counter = Right: her own affordable offer.

stretch = (Hesitates.) I'll find it somehow… I'll go without some of the medicines.
    .reconsider = No, please don't do that. Let's make it 120 zł a month instead, sixteen instalments, the first on 28 December. Your health comes first.
    .lock-it = All right then, that's agreed.
stretch-why =
    .reconsider = Good recovery: she told you the plan costs her medicines. Fit it to what she has.
    .lock-it = She has just told you the plan is paid for with her medicines. Locking it in is an unsustainable arrangement that will break, and harm her on the way.

refused = No, I can't do that.
    .plan-fit = Understood. What about 120 zł a month, sixteen instalments, the first on 28 December?
    .hold-30 = Then let's not decide today. I'm putting the account on hold for 30 days and will send that in writing with the details of the free advice point.
refused-why =
    .plan-fit = A realistic second offer.
    .hold-30 = Also right: a pause, confirmed in writing.

agreed = So: { $instalment } { $every }, { $count } instalments, the first on { $first-date }.
    .read-back = That's right: the instalment, monthly, the number of instalments and the first date, as you said. I'll send it to you in writing with the account number for the transfers. And if anything changes, call me before a payment is missed; the free advice point in your district can also help you with the rest of the paperwork. Thank you, Mrs Zielińska.
    .bye = Good, thank you. Goodbye.
agreed-why =
    .read-back = Model close: terms read back, confirmed in writing, how to pay, what to do if things change, and free advice.
    .bye = Nothing read back or put in writing, and no word about what to do if she cannot pay.

## Endings

end-plan = Thank you. You've been very kind. I was afraid of this call.
end-hold = Thank you. I'll go to that advice point. I was afraid of this call.
end-hangup = I can't talk about this now. (She hangs up.)
