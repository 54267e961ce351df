## Formats (data, so that a new language needs no code)

fmt-decimal-separator = .
fmt-group-separator = ,
# $number is already grouped; $code is the ISO 4217 currency code.
fmt-money = { $code ->
    [USD] ${ $number }
    [GBP] £{ $number }
    [EUR] €{ $number }
   *[other] { $code } { $number }
}
fmt-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## Language names (shown in the language picker in their own language)

lang-en = English
lang-pl = Polski

## Outcomes (also the wrap-up's disposition codes)

outcome-promise-to-pay = Promise to pay
outcome-payment-plan = Payment plan agreed
outcome-paid-in-full = Paid in full
outcome-dispute-logged = Dispute logged
outcome-callback-scheduled = Callback scheduled
outcome-escalated = Escalated
outcome-cease-contact = Cease contact
outcome-wrong-party = Wrong party
outcome-hung-up = Debtor hung up

## Score dimensions

dimension-compliance = Compliance
dimension-empathy = Empathy
dimension-resolution = Resolution
dimension-documentation = Documentation

## Library

difficulty-easy = Easy
difficulty-medium = Medium
difficulty-hard = Hard
jurisdiction-us = United States
jurisdiction-uk = United Kingdom
jurisdiction-pl = Poland
jurisdiction-eu = European Union
persona-hardship = Hardship
persona-vulnerable = Vulnerable customer
persona-already-paid = "I already paid"
persona-not-my-debt = "Not my debt"
persona-hostile = Angry, hostile debtor
persona-third-party = Third party answers
persona-stop-calling = "Stop calling me"
persona-represented = Represented by a lawyer
persona-time-barred = Old, possibly time-barred debt
persona-bad-time = Bad time to call
persona-b2b-it = Business IT invoice
severity-critical = Critical
severity-major = Major
severity-minor = Minor
rule-kind-law = Law
rule-kind-guidance = Regulator guidance
rule-kind-industry = Industry practice

## Rule results

status-met = Met
status-partial = Partly met
status-missed = Missed
status-broken = Broken
status-not-applicable = Not applicable

## Call and debrief, shared by the command line and the app

call-debtor-says = { $debtor }
call-you-say = You
call-silence = (silence: the answer timer ran out)
call-days-past-due = { $days ->
    [one] { $days } day past due
   *[other] { $days } days past due
}
call-local-time = Debtor's local time: { $time }
call-choose = Choose 1–{ $count }:
call-timer = { $seconds } s to answer
call-ended = The call has ended: { $outcome }.
debrief-title = Debrief
debrief-passed = PASSED
debrief-failed = FAILED
debrief-critical = A critical rule was broken: the call fails whatever the other scores.
debrief-score = { $dimension }: { $score } / 100 (pass mark { $mark }) { $result }
debrief-rule-turn = turn { $turn }
debrief-rule-call-time = the call's time
debrief-better = Better answer:
debrief-your-path = Your path
debrief-best-path = Best path
wrapup-title = Wrap-up
wrapup-disposition = Disposition code
wrapup-notes = Notes
cli-record-written = Session record written: { $path }
cli-record-failed = Could not write the session record: { $error }
cli-unknown-scenario = No scenario "{ $id }" in { $root }.
cli-pick-out-of-range = "{ $pick }" is not one of the options 1–{ $count }.
