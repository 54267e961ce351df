## Tag descriptions, shown in the debrief. One message `tag-<id>` per tag of scenarios/tags.ron.

## Behaviour: what the trainee did

tag-identifies-self = Gave their name and company
tag-mini-miranda = Gave the Mini-Miranda: a debt collector attempting to collect a debt; information will be used for that purpose
tag-verifies-identity = Verified the right party before discussing the account
tag-discloses-debt = Talked about the debt (creditor, amount, arrears)
tag-discloses-to-third-party = Told someone other than the debtor about the debt
tag-misrepresents-authority = Claimed powers or a status the caller does not have (lawyer, court, bailiff, legal department)
tag-threatens-arrest = Threatened arrest, jail, seizure or garnishment
tag-threatens-legal-action = Threatened court or legal steps to pressure the debtor
tag-unlawful-threat = Used an unlawful threat (violence, exposure, damage to reputation) to force payment
tag-misstates-charges = Quoted interest, fees or penalties that the law or the contract does not provide
tag-pressures-lump-sum = Pressed for the full amount or large sums without regard to what the debtor can afford
tag-demands-payment = Demanded payment instead of working towards a solution
tag-abusive-language = Used demeaning, insulting or abusive language
tag-interrupts = Interrupted the debtor
tag-dead-air = Left the debtor in silence (the answer timer ran out)
tag-acknowledges-feelings = Acknowledged the debtor's situation or feelings
tag-active-listening = Listened actively: paraphrased, asked open questions, checked understanding
tag-asks-consent-to-record = Explained how a disclosed vulnerability will be used and asked consent to note it (TEXAS)
tag-signposts-debt-advice = Pointed the debtor to free, independent debt advice
tag-affordability-check = Checked income and essential costs before proposing an amount
tag-offers-plan = Offered a payment plan or other options
tag-explains-payment-routes = Explained how the debtor can pay
tag-schedules-callback = Arranged a callback
tag-reissues-invoice = Had an incorrect invoice corrected and reissued
tag-logs-dispute = Logged a dispute formally, with an owner and a deadline
tag-escalates-internally = Escalated within the caller's own company
tag-requests-approver = Asked who approves the invoice
tag-secures-payment-date = Agreed a specific payment date
tag-explains-late-compensation = Mentioned statutory late-payment interest or the flat recovery compensation
tag-continues-after-cease = Kept going after the debtor asked not to be called
tag-requests-attorney-details = Asked for the debtor's attorney's contact details
tag-bypasses-attorney = Kept discussing the debt with a debtor known to be represented by an attorney
tag-confirms-details = Read back or confirmed contact details and references
tag-summarises-agreement = Summarised what was agreed and what happens next
tag-thanks-customer = Thanked the customer

## Events: what the debtor did or what happened

tag-third-party-answered = Someone other than the debtor answered
tag-right-party-confirmed = The debtor confirmed their identity
tag-debtor-hardship = The debtor described financial hardship
tag-vulnerability-cue = The debtor disclosed a sign of vulnerability (health, life event)
tag-debtor-angry = The debtor became angry or defensive
tag-cease-request = The debtor asked not to be called again
tag-represented-by-attorney = The debtor said an attorney represents them for this debt
tag-dispute-raised = The debtor disputed the amount or the service
tag-invoice-error = An error on the invoice itself came to light
