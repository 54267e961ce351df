## Tag descriptions, shown in the debrief. One message `tag-<id>` per tag of scenarios/tags.ron.

## Behaviour: what the trainee did

tag-identifies-self = Gave their name and company
tag-mini-miranda = Gave the Mini-Miranda: a debt collector attempting to collect a debt; information will be used for that purpose
tag-verifies-identity = Verified the right party before discussing the account
tag-discloses-debt = Talked about the debt (creditor, amount, arrears)
tag-discloses-to-third-party = Told someone other than the debtor about the debt
tag-misrepresents-authority = Claimed powers or a status the caller does not have (lawyer, court, bailiff, legal department)
tag-threatens-arrest = Threatened arrest, jail, seizure or garnishment
tag-threatens-legal-action = Threatened court or legal steps to pressure the debtor: a step not intended, not lawful, or used to get more than they can afford
tag-unlawful-threat = Used an unlawful threat (violence, exposure, damage to reputation) to force payment
tag-misstates-charges = Quoted interest, fees or penalties that the law or the contract does not provide
tag-pressures-lump-sum = Pressed for the full amount or large sums without regard to what the debtor can afford
tag-demands-payment = Demanded payment instead of working towards a solution
tag-abusive-language = Used demeaning, insulting or abusive language
tag-interrupts = Interrupted the debtor
tag-dismisses-hardship = Brushed aside the debtor's hardship, health or distress
tag-dismisses-concern = Brushed off the customer's problem or workload ("not my problem")
tag-dead-air = Left the debtor in silence (the answer timer ran out)
tag-acknowledges-feelings = Acknowledged the debtor's situation or feelings
tag-active-listening = Listened actively: paraphrased, asked open questions, checked understanding
tag-asks-consent-to-record = Explained how a disclosed vulnerability will be used and asked consent to note it (TEXAS)
tag-signposts-debt-advice = Pointed the debtor to free, independent debt advice
tag-affordability-check = Checked income and essential costs before proposing an amount
tag-offers-plan = Offered a payment plan or other options
tag-explains-payment-routes = Explained how the debtor can pay
tag-schedules-callback = Arranged a callback
tag-reissues-invoice = Had an incorrect invoice corrected (a corrective invoice, or a credit note and a new invoice)
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
tag-offers-forbearance = Offered forbearance: more time, a pause, reduced or frozen interest, or token payments
tag-pauses-recovery = Put collection on hold (suspended recovery) while the situation is looked into
tag-ignores-contact-request = Kept going after the debtor asked to be contacted at another time or in another way
tag-refuses-reasonable-offer = Turned down a reasonable repayment offer without due consideration
tag-misleads-on-limitation = Misled the debtor about a statute-barred debt (implied it can still be enforced in court or must be paid)
tag-explains-limitation = Explained truthfully what a statute-barred debt means for the debtor
tag-seeks-acknowledgement = Asked the debtor to acknowledge or confirm a disputed or possibly time-barred debt (uznanie długu)
tag-asks-payment-details = Asked for the details of a payment the debtor says they made (date, amount, transfer title, account)
tag-leaves-minimal-message = Left a third party only their name and a callback number, nothing about the matter
tag-unauthorised-concession = Offered or agreed a concession (a discount, a longer term, a later date) beyond the collector's mandate without a supervisor's approval
tag-over-promise = Promised the debtor something the collector cannot guarantee (that interest or charges will stop, that the account is closed, that a plan will be approved)
tag-reads-back-terms = Read the agreed terms back to the debtor (amount, frequency, number of payments, first date) and had them confirmed
tag-confirms-in-writing = Told the debtor the agreed terms will be confirmed in writing, and how
tag-places-call = Placed the call

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
tag-capacity-concern = The debtor showed signs of a mental-health crisis or of not being able to understand or decide
tag-breathing-space = The debtor said a Breathing Space moratorium has been applied for or is in place
tag-contact-request = The debtor asked to be contacted at another time or in another way
tag-repayment-offer = The debtor offered a repayment
tag-limitation-question = The debtor asked whether the debt is too old to be chased
tag-written-cease = The debtor has sent a written request to stop contact or a written refusal to pay, and it has been received
tag-family-member-answered = A member of the debtor's family or household answered
tag-terms-agreed = The debtor agreed to terms (a plan, a settlement, an extension or payment in full)
tag-debtor-counter-offer = The debtor answered a proposal with an offer of their own
tag-debtor-refuses-terms = The debtor refused the terms proposed

## Account history (rework)

tag-states-debt-collector = Said that the communication is from a debt collector (the disclosure every later call needs)
tag-honours-cease = Honoured a cease request on file: no call, account flagged so that contact stops
tag-cease-letter-received = A written request to stop contact (or a written refusal to pay) from the debtor has been received
tag-attorney-notice-received = A notice from the debtor's attorney (name and address) about this debt has been received
tag-breathing-space-notified = The Insolvency Service has notified the creditor of a Breathing Space moratorium
tag-breathing-space-ended = The Insolvency Service has notified the creditor that the Breathing Space has ended or been cancelled
## Cases (cases)
tag-promise-kept = The debtor kept the terms agreed in an earlier call (the payment is on file)
tag-promise-broken = The debtor missed a payment under terms agreed in an earlier call (a broken promise on file)
tag-explains-next-step = Stated, as information and without pressure, the lawful next step the creditor intends to take and when (a pre-court demand, a credit hold under the contract, a court payment order)
