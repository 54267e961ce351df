title = A bad time to call: the school run after a night shift
briefing = You work in the collections team at { $creditor }, a credit-card lender. { $debtor } is two payments behind: { $amount } in arrears since { $due } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    }). The dialler has put her through at 8:20 a.m. on a Tuesday in Leicester. The account notes say nothing about her circumstances. FCA CONC 7 applies: verify before you discuss the account, say nothing to anyone else, and respect what she asks about when and how to be contacted. This course's house calling window is 08:00 to 21:00 her time (a house standard: CONC 7.9.4R sets no hours).
product = credit card
speaker-son = Tyler (son)
speaker-husband = Rob (husband)

## Who picks up

son-answers = (a teenage voice, a TV in the background) Hello? …MUM! PHONE! …Who is it?
    .give-name = Hi, it's { $agent } calling from { $creditor }. Could I speak to Gemma Doyle, please? It's a personal call.
    .tell-son = It's { $creditor }. Tell your mum it's about her credit card. She's behind on her payments.
son-answers-why =
    .give-name = Good: your name and company, and nothing about why you are calling. A child who answers is a third party like any other (CONC 7.9.6R).
    .tell-son = Critical: you told her fourteen-year-old son that his mother is behind on her card (CONC 7.9.6R, 7.9.7R).

gemma-after-son = (out of breath) Yeah, it's Gemma. Sorry, Tyler said it's for me?
    .intro-again = Hi, sorry to catch you in the middle of things. It's { $agent } from { $creditor }.
    .straight-in = Yes, it's about your credit card. There's { $amount } in arrears.
gemma-after-son-why =
    .intro-again = Good: you introduce yourself again to the person you actually want, notice the moment, and hold back the reason for the call.
    .straight-in = Critical: "it's Gemma" is not verification, and you went straight to the arrears (CONC 7.9.10R). Hear her out first.

gemma-answers = (car keys jangling, children arguing) Yeah, hello?
    .intro-ask = Good morning, it's { $agent } calling from { $creditor }. Am I speaking to Gemma Doyle?
    .blurt = Good morning, it's { $agent } from { $creditor } about the { $amount } overdue on your credit card. Is that Gemma?
    .no-intro = Is that Gemma Doyle?
gemma-answers-v2 = (a door slams) Hello? Quickly, please.
gemma-answers-why =
    .intro-ask = Good: your name and company, a check that it's her, nothing about the account yet.
    .blurt = Critical: the arrears before you know who answered (CONC 7.9.10R). In a busy house, that could be anyone.
    .no-intro = You asked who she is without saying who you are. Name and company first.

## The request

rushed = Look, I've literally just walked in off a night shift and I'm trying to get the kids out of the door for school. Can you ring back another time?
    .ask-best-time = Of course, I'm sorry to catch you at a bad moment. When would be a good time to call you back, and is this the best number?
    .callback-tonight = No problem, I'll call you back tonight at half nine.
    .two-minutes = It'll only take two minutes. Can I just take you through a few security questions?
rushed-v2 = I'm out the door in five minutes with two kids and I've been up all night. This isn't a good time. Call me later, yeah?
rushed-why =
    .ask-best-time = Model answer: a short apology, then let her choose the time and the number (CONC 7.9.4R). That is how you respect a reasonable request about when to be contacted.
    .callback-tonight = You picked the time for her, and 21:30 is outside this course's house window of 08:00-21:00 (CONC 7.9.4R sets no hours). Ask her when suits.
    .two-minutes = She has asked you to call back. "Two minutes" ignores a reasonable request about when to be contacted (CONC 7.9.4R).

best-time = After I've slept. I'm on nights Monday to Thursday. I'm up by one, and I pick the kids up at quarter past three. Thursday's good. …Is it about the card?
    .callback-thursday = Then I'll call you on Thursday at half past one, after you've slept and before the school run, on this number. We can go through it then. Have a good rest.
    .verify-then-brief = It is, but I can't say more until I know it's you. If you've got a second, could you confirm your date of birth and postcode? If not, Thursday's fine.
    .confirm-card = Yes, it's about the arrears on your { $creditor } card, { $amount }.
best-time-why =
    .callback-thursday = Model answer: the time she gave, reflected back to her (after sleep, before pick-up), inside the house window, and you end the call as she asked.
    .verify-then-brief = Correct: she asked, so you verify before answering (CONC 7.9.10R), and you still offer her the callback.
    .confirm-card = Critical: you confirmed the account and the amount before verifying (CONC 7.9.10R).

tonight-wrong = Half nine? I'm at work at half nine, I start at nine! Did you not hear me? I'm on nights.
    .fix-time = You're right, I'm sorry, I wasn't thinking. When would actually suit you?
    .keep-930 = We can only do evenings, I'm afraid. Half nine it is.
tonight-wrong-why =
    .fix-time = Good repair: apologise and ask. The 21:30 callback you offered still counts against the house window (CONC 7.9.4R sets no hours).
    .keep-930 = You ignored her shift pattern and her request (CONC 7.9.4R), and 21:30 is outside the house window (a house standard).

callback-confirm = Half one Thursday, yeah. Can you text me first? I don't pick up numbers I don't know.
    .text-first = Of course. I'll text this number on Thursday just before half one to say it's me. So: Thursday at 1:30, text first, then a call. Thank you, Gemma, and sorry again for the early call.
    .no-texts = We don't really do texts. Just pick up when we ring.
callback-confirm-why =
    .text-first = Model close: her request about how to be contacted accepted, the arrangement read back, thanks.
    .no-texts = A text first is a reasonable request about how to contact her (CONC 7.9.4R). Refusing it makes Thursday's call less likely to be answered.

## She offers something

verified-brief = Ninth of April, eighty-eight. LE4 6RJ. Look, I know I'm behind. I get paid Friday. I can put forty quid on it Friday, and we can talk properly after that, yeah?
    .accept-40 = Thank you, that's helpful. So £40 on Friday, and I'll call you next Monday at half past one to talk it through properly, after you've slept.
    .refuse-40 = Thanks, but £40 won't really touch it. We need at least £200 to bring the account up to date.
    .full-now = Thanks. The full arrears are { $amount }. Could you pay that now, while I've got you?
verified-brief-v2 = April the ninth, eighty-eight, LE4 6RJ. I know I'm behind, all right? I'm paid Friday. Forty quid Friday, then we talk properly. Deal?
verified-brief-why =
    .accept-40 = Model answer: a realistic offer given due consideration (CONC 7.14.10R), a proper conversation at the time she chose, and the call ends now.
    .refuse-40 = Turning down a realistic amount because it "won't touch it" is not due consideration of a reasonable offer (CONC 7.14.10R), and £200 now is pressure to pay a large sum (CONC 7.3.10R).
    .full-now = She asked for a call later; "while I've got you" ignores that (CONC 7.9.4R), and the full arrears in one go is pressure (CONC 7.3.10R).

offer-unverified = Yeah, I know I'm behind. I get paid Friday. I can put forty quid on it then. Can we leave it there for now?
    .accept-40 = That's helpful, thank you. £40 on Friday, and I'll call you next Monday at half past one to talk it through properly.
    .refuse-40 = £40 won't really help. We need at least £200.
offer-unverified-why =
    .accept-40 = Considering her offer is right (CONC 7.14.10R). The disclosure before verification has already happened.
    .refuse-40 = Refusing a reasonable offer without considering it (CONC 7.14.10R), and pressing for a larger sum (CONC 7.3.10R).

promise-confirm = Fine. How do I pay it?
    .routes = Easiest is the { $creditor } app or online banking to your card, or you can ring the number on your statement. To recap: £40 on Friday, and I'll call you on Monday at 1:30 to look at the rest properly. Is this still the best number? Thanks, Gemma, and sorry for the early call.
    .card-now = I can take it now by card if you've got it handy?
promise-confirm-why =
    .routes = Model close: payment routes, a recap, the contact details confirmed, thanks, and you let her go.
    .card-now = She said Friday, and she is late for school. Taking the card now ignores both her request and her own payment date.

## When it goes wrong

irritated = I've just told you I can't talk! I'm going to be late for school. Are you even listening?
    .apologise-callback = You're right, I'm sorry. I'll let you go. What time would suit you for a call back?
    .keep-going = I understand, but this is important. The account is { $amount } in arrears, and we need a payment.
    .solicitors = If you won't talk now, the account will be passed to our solicitors.
irritated-v2 = Are you serious? I said not now. I've got two kids in the car.
irritated-why =
    .apologise-callback = Good repair: apologise, stop, and ask when suits her.
    .keep-going = She has asked twice. Pressing on ignores her request (CONC 7.9.4R).
    .solicitors = Threatening solicitors because she can't talk during the school run is disproportionate (CONC 7.3.14R).

husband = (muffled) Rob, you deal with it. …Hello, this is Rob, her husband. Why are you hassling my wife at eight in the morning? What's this about?
    .no-disclose = I'm sorry, Rob, that wasn't my intention. It's a personal matter and I can only discuss it with Gemma. I'll call her back on Thursday at half past one. Thanks, and sorry for the trouble.
    .tell-rob = She's behind on her { $creditor } card, { $amount }. Maybe you can get her to sort it?
husband-why =
    .no-disclose = The right way out: nothing to the husband (CONC 7.9.6R), and a callback at a reasonable time.
    .tell-rob = Critical: a spouse is a third party. You disclosed her debt to her husband (CONC 7.9.6R, 7.9.7R).

gemma-furious = Why on earth would you tell my fourteen-year-old about my credit card? That's my business, not his!
    .apologise = You're absolutely right, and I'm sorry. That should never have happened. I can hear this is a bad moment, too. When would be a better time for me to call you back?
    .defend = He asked who it was. Anyway, the arrears are { $amount }.
gemma-furious-why =
    .apologise = The best you can do after a breach: own it, apologise without excuses, and let her set the time. The breach still counts (CONC 7.9.6R).
    .defend = Blaming a child for asking, then going on about the money, makes a serious breach worse.

## Endings

end-callback = Yeah, fine. Bye.
end-callback-v2 = OK. Thursday. Bye.
end-promise = OK, Friday then. Bye.
end-hangup = I haven't got time for this. (She hangs up.)
end-hangup-v2 = Unbelievable. (The line goes dead.)
