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
outcome-on-hold = Account on hold
outcome-not-called = Not called
outcome-letter-sent = Letter sent instead

## Score dimensions

dimension-compliance = Compliance
dimension-empathy = Empathy
dimension-resolution = Resolution
dimension-documentation = Documentation

## Negotiation: terms, the mandate, the budget, the arrangement (core and command line)

dimension-arrangement = Arrangement
every-weekly = weekly
every-fortnightly = fortnightly
every-monthly = monthly
terms-plan = Payment plan
terms-settlement = Settlement
terms-extension = Extension
terms-in-full = Payment in full
terms-plan-text = { $count ->
    [one] one payment of { $amount } on { $first }
   *[other] { $count } × { $amount } { $every }, the first on { $first }
}
terms-settlement-text = { $amount } in full and final settlement, paid by { $by }
terms-extension-text = the whole balance ({ $amount }) paid by { $by }
terms-in-full-text = the whole balance ({ $amount }) paid by { $by }
call-proposes = I can offer: { $terms }.
mandate-summary = Your mandate: instalments of at least { $min }, over at most { $months } months; first payment within { $first } days; settlement discount up to { $discount } % and extensions up to { $extension } days without a supervisor. Anything beyond needs a supervisor.
cli-propose-hint = or propose terms: plan:AMOUNT:COUNT:weekly|fortnightly|monthly:YYYY-MM-DD, settle:AMOUNT:YYYY-MM-DD, extend:YYYY-MM-DD, full:YYYY-MM-DD
budget-title = What the debtor told you about their budget (a month):
budget-business-title = What you learned about the debtor's payment process:
budget-income = Income: { $items } (total { $total })
budget-outgoings = Essential outgoings: { $items } (total { $total })
budget-priority = Priority debts: { $items } (total { $total })
budget-available = Left each month: { $amount }
budget-pay-now = Could pay today: { $amount }
budget-runs = Payment runs: { $runs }
budget-approver = Approves payments: { $who }
budget-cash = Can pay in one payment run: { $amount }
budget-undisputed = Undisputed part of the invoice: { $amount }
budget-earnings = earnings
budget-benefits = benefits
budget-pension = pension
budget-partner = partner's contribution
budget-other-income = other income
budget-housing = rent or mortgage
budget-utilities = gas, electricity, water
budget-food = food and housekeeping
budget-transport = transport
budget-communications = phone and internet
budget-childcare = childcare and school
budget-care-health = care and health
budget-insurance = insurance
budget-council-tax = council tax
budget-energy-arrears = energy arrears
budget-rent-arrears = rent arrears
budget-tax = tax
budget-credit-instalments = current credit instalments
arrangement-yours = Your arrangement
arrangement-best = Best sustainable arrangement
arrangement-none = No terms were agreed.
arrangement-no-best = No sustainable arrangement fits the mandate: this call needs a supervisor.
arrangement-sustainable = Affordable: it asks { $ask } against { $capacity } the debtor can spare ({ $share } %).
arrangement-unsustainable = Not affordable: it asks { $ask } against { $capacity } the debtor can spare ({ $share } %); the plan will break.
arrangement-lump-sustainable = Affordable: { $ask } by { $date }, and by then the debtor can have { $available }.
arrangement-lump-unsustainable = Not affordable: { $ask } by { $date }, but by then the debtor can have only { $available }; the payment will not come.
arrangement-breaks = The debtor will miss payment { $payment } of the plan: the monthly shortfall uses up what they have today before then.
arrangement-recovers = Recovers { $amount } within the mandate's term ({ $share } % of the best arrangement).
breach-below-minimum = Outside your mandate: instalments below { $min }.
breach-too-long = Outside your mandate: longer than { $months } months.
breach-first-too-late = Outside your mandate: the first payment later than { $first } days from today.
breach-does-not-clear = Outside your mandate: the instalments do not clear the balance.
breach-discount = Outside your mandate: a settlement discount above { $discount } % needs a supervisor's approval.
breach-extension-too-long = Outside your mandate: an extension beyond { $extension } days needs a supervisor's approval.
next-none = Nothing further
next-callback = Call back
next-await-payment = Watch for the first payment
next-send-letter = Write to the debtor
next-review-dispute = Investigate the dispute
next-escalate = Escalate
next-stop-contact = Stop contact
next-hold-account = Hold the account
flag-dispute = Dispute
flag-hardship = Financial hardship
flag-vulnerability = Vulnerable customer
flag-third-party = Third party involved
flag-cease = Cease request
wrap-title = Wrap-up fields
wrap-field-disposition = Disposition code
wrap-field-terms = Arrangement terms
wrap-field-next-action = Next action
wrap-field-next-date = Next action date
wrap-field-flags = Account flags
wrap-field-notes = Notes
wrap-expected = the call called for: { $expected }
wrap-expected-none = none
cli-wrap-next-action = Next action ({ $actions })
cli-wrap-next-date = Next action date (YYYY-MM-DD, blank for none)
cli-wrap-flags = Account flags, comma-separated ({ $flags }; blank for none)
app-dash-tamper-wrap-fields = its wrap-up has none of the structured fields a record of this format must carry.
app-dash-tamper-case = it is a later call of a case, but what it inherits does not follow from the record of the call before it.
cli-wrap-terms = Arrangement terms as agreed (plan:AMOUNT:COUNT:FREQUENCY:DATE, …; blank for none)

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
cli-seed = Seed: { $seed }
cli-mood = [debtor's mood: { $mood }/100]
cli-stay-silent = t = let the timer run out

## App

app-title = callcoach
app-signed-in-as = { $role ->
    [trainer] Trainer
    [coordinator] Coordinator
   *[trainee] Trainee
}: { $name }
app-checking = Checking the content…
app-language = Language
app-font-size = Text size
app-font-bigger = Larger text (Ctrl +)
app-font-smaller = Smaller text (Ctrl −)
app-dismiss = Dismiss
app-problems = Content problems: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
app-problems-show = Show
app-problems-hide = Hide
app-signin-title = Sign in
app-signin-intro = Practise collection calls, then read how you did. Your results are saved under your name.
app-trainee = Name or trainee ID
app-trainee-hint = e.g. Anna Kowalska or T-1042
app-trainee-needed = Enter your name or trainee ID to go on.
app-mode = Mode
app-mode-practice = Practice: the debtor's mood is shown
app-mode-exam = Exam: the debtor's mood is hidden
app-signin = Continue
app-keys-hint = Keys: Tab moves between controls, Enter or Space presses a button, F2 switches the language, Ctrl + and Ctrl − change the text size.
app-library-title = Scenarios
app-sign-out = Sign out
app-resume-offer = You have an unfinished call: { $title }, stopped before turn { $turn }.
app-resume = Resume the call
app-discard = Discard it
app-resume-failed = The unfinished call cannot be resumed: { $error }
app-filter-all = All
app-filter-jurisdiction = Jurisdiction
app-filter-difficulty = Difficulty
app-library-empty = No scenario matches these filters.
app-card-difficulty = Difficulty: { $value }
app-card-jurisdiction = Jurisdiction: { $value }
app-card-best = Your best: { $score } / 100, { $result } ({ $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
})
app-card-not-tried = Not attempted yet
app-card-broken = Broken: this version of the scenario has errors.
app-play = Play
app-play-key = Play ({ $key })
# What a screen reader hears for a card's play button: the button, then which call.
app-play-named = { $action }: { $title }
app-play-last-good = Play the last good version
app-not-playable = Cannot be played
app-error-not-playable = The scenario “{ $id }” cannot be played.
app-error-call = The call cannot go on: { $error }
app-journal-failed = This call is not being saved as it goes ({ $error }); it continues in memory.
app-card-product = Product:
app-card-amount = Amount:
app-card-due = Due date:
app-mood = Debtor's mood: { $mood } / 100
app-mood-hidden = Exam mode: the debtor's mood is hidden.
app-briefing = Briefing
app-seed = Seed { $seed }
app-leave-call = Leave the call (it can be resumed)
app-leave-assigned-call = Leave the call and return to the LMS (no result is sent)
app-your-answer = Your answer:
app-countdown = { $seconds } s left to answer
app-call-keys = Press 1–9 to answer. If the time runs out, your silence is recorded and scored.
app-wrapup-disposition-help = Choose the code that records how the call ended.
app-wrapup-notes-help = Write what was agreed and what happens next (scored as Documentation).
app-wrapup-notes-hint = e.g. Customer lost her job in August; agreed $50 a month from 1 December; letter to follow.
app-wrapup-submit = Save and see the debrief
app-wrapup-skip = Skip the wrap-up
app-wrapup-keys = Keys: 1–9 choose a code (outside the notes), Ctrl+Enter saves.
app-back-to-library = Back to the library (L)
app-try-again = Try again (R)
app-return-to-lms = Return to the LMS (L)
app-score-line = pass mark { $mark }: { $result }
app-verdict = Overall: { $result } ({ $score } / 100)
app-debrief-preparing = Preparing the debrief…
app-paths = Your path and the best path
app-rewind = Rewind here
app-rewind-help = Play the call again from this decision, with everything before it kept.
app-best-path-score = The best path scores { $score } / 100.
app-rules = Rules
app-citation = Source: { $citation }
app-debrief-keys = Keys: R tries again, L goes back to the library, Tab and Enter reach every button.
app-quote = “{ $text }”
app-role = Role
app-role-trainee = Trainee
app-role-trainee-help = Play practice and exam calls and read your debriefs.
app-role-trainer = Trainer
app-role-trainer-help = Check scenarios as you edit them, see the call graph, playtest from any node, run balance walks.
app-role-coordinator = Coordinator
app-role-coordinator-help = Review every trainee's results, sessions, the rules the cohort breaks and the answers it picks.
app-playtest-banner = Playtest from “{ $node }”: not recorded.
app-back-to-trainer = Back to the trainer view (L)
app-playtest-again = Playtest again (R)
app-back-to-dashboard = Back to the dashboard (L)

## App: negotiation step, account card, wrap-up fields, arrangement debrief

app-terms-asks = This asks { $amount } a month.
app-mandate-title = Your mandate
app-mandate-min = Smallest instalment
app-mandate-months = Longest plan
app-mandate-first = First payment within
app-mandate-discount = Settlement discount
app-mandate-extension = Extension of the due date
app-mandate-beyond = Anything beyond these limits needs a supervisor's approval.
app-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
app-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
app-percent = { $percent } %
app-date-hint = YYYY-MM-DD
app-budget-hidden = The debtor's budget shows here once you have asked about their income and outgoings.
app-terms-title = Propose terms
app-terms-help = Build the terms you offer and the debtor answers them; or pick one of the answers under the call.
app-terms-propose = Propose these terms
app-terms-field-amount = Instalment
app-terms-field-every = How often
app-terms-field-count = Number of instalments
app-terms-field-first = First payment
app-terms-field-settle-amount = Settlement amount
app-terms-field-settle-by = Paid by
app-terms-field-extend-to = New due date
app-terms-field-full-by = Paid by
app-terms-day-earlier = A day earlier
app-terms-day-later = A day later
app-terms-not-a-date = write the date as YYYY-MM-DD
app-terms-bad-amount = { $field }: write an amount, e.g. 60.00 or 60,00.
app-terms-bad-count = { $field }: write a whole number.
app-terms-bad-date = { $field }: write the date as YYYY-MM-DD, e.g. 2026-11-24.
app-terms-invalid = These terms cannot be proposed: { $why }
app-terms-why-before-call = the first payment falls before today's call.
app-terms-why-too-far = the date is more than ten years away.
app-terms-why-instalment = an instalment is a positive amount with at most two decimals.
app-terms-why-count = a plan has 1 to 600 instalments.
app-terms-why-settlement = a settlement is a positive amount with at most two decimals.
app-terms-why-settlement-balance = a settlement is less than the balance; for the whole balance, propose payment in full.
app-terms-why-kind = the debtor is not discussing this kind of terms.
app-terms-why-not-now = the debtor is not discussing terms at this point of the call.
app-wrap-choose = Choose…
app-wrap-choose-next-action = Choose the next action on the account.
app-wrap-bad-next-date = Next action date: write the date as YYYY-MM-DD, or leave it blank.
app-wrap-next-date-help = blank for none
app-wrap-terms-none = No arrangement
app-wrap-terms-agreed = This arrangement was agreed:
app-debrief-arrangement = The arrangement

## Coordinator dashboard

app-dash-title = Cohort dashboard
app-dash-loading = Loading and checking the session records…
app-dash-loaded = { $sessions ->
    [one] One session record
   *[other] { $shown } session records
} loaded and re-scored in { $seconds } s
app-dash-reload = Reload
app-dash-empty = No session records in { $path } yet. Finished calls appear here; to review a whole cohort, start the app with --data-dir pointing at the cohort's shared folder.
app-dash-export = Export CSV
app-dash-export-help = Save the sessions shown (with the filters applied) as a CSV file for a spreadsheet.
app-dash-exported = { $count ->
    [one] One session
   *[other] { $count } sessions
} exported to { $path }
app-dash-export-failed = The export could not be written: { $error }
app-dash-search = Trainee
app-dash-search-hint = name or ID
app-dash-scenario = Scenario
app-dash-jurisdiction = Jurisdiction
app-dash-from = From
app-dash-to = To
app-dash-date-hint = YYYY-MM-DD
app-dash-date-invalid = Write dates as YYYY-MM-DD, e.g. 2026-11-01.
app-dash-flagged-only = Flagged only
app-dash-all = All
app-dash-tab-overview = Overview
app-dash-tab-trainees = Trainees × scenarios
app-dash-tab-rules = Rules broken
app-dash-tab-answers = Answers picked
app-dash-tab-problems = Problems ({ $count })
app-dash-stat-sessions = Sessions
app-dash-stat-trainees = Trainees
app-dash-stat-pass-rate = Passed
app-dash-stat-tampered = Tampered
app-dash-stat-unavailable = Version unavailable
app-dash-stat-corrupt = Corrupt files
app-dash-histogram = Overall scores (passed green, failed red)
app-dash-histogram-bar = { $from }–{ $to }: { $passed } passed, { $failed } failed
app-dash-trend = Week by week
app-dash-trend-mean = mean score
app-dash-trend-pass = % passed
app-dash-trend-point = Week of { $week }: { $sessions ->
    [one] one session
   *[other] { $sessions } sessions
}, mean score { $mean }, { $rate } % passed
app-dash-no-figures = No trusted session matches these filters.
app-dash-top-rules = Rules broken most
app-dash-top-wrong = Wrong answers picked most
app-dash-broken-of = broken in { $broken } of { $sessions ->
    [one] one session
   *[other] { $shown } sessions
} ({ $pct } %)
app-dash-picked = picked { $count ->
    [one] once
   *[other] { $count } times
} ({ $pct } % of visits)
app-dash-col-trainee = Trainee
app-dash-col-scenario = Scenario
app-dash-col-attempts = Attempts
app-dash-col-best = Best
app-dash-col-last = Last
app-dash-col-passed = Passed
app-dash-col-trend = Trend
app-dash-col-history = Scores so far
app-dash-view-list = List
app-dash-view-grid = Grid
app-dash-grid-legend = Each cell: the best score; empty: not attempted. Click a cell for its sessions.
app-dash-sort-help = Click to sort; click again to reverse.
app-dash-passed-last = Passed
app-dash-passed-before = Passed before
app-dash-passed-never = Not yet
app-dash-flagged-badge = { $count ->
    [one] one tampered
   *[other] { $count } tampered
}
app-dash-sessions-of = Sessions of { $trainee } in “{ $scenario }”
app-dash-select-row = Select a row to see its sessions.
app-dash-open = Open
app-dash-standing-verified = Verified
app-dash-standing-tampered = Tampered
app-dash-standing-version-unavailable = Version unavailable
app-dash-answers-none = Nobody has played this scenario under these filters.
app-dash-node-visits = reached { $count ->
    [one] once
   *[other] { $count } times
}
app-dash-never-reached = never reached
app-dash-wrong = wrong answer
app-dash-wrong-help = Breaks a critical rule, or broke a rule in most of the calls where it was picked.
app-dash-timeout = (silence: the answer timer ran out)
app-dash-corrupt-title = Corrupt or unreadable files (skipped)
app-dash-flagged-title = Sessions whose scores cannot be trusted
app-dash-no-problems = No corrupt files and no flagged records.
app-dash-back = Back to the dashboard
app-dash-mode-practice = practice
app-dash-mode-exam = exam
app-dash-agent = (trainee)
app-dash-session-meta = { $date } { $time } · { $lang } · { $mode } · seed { $seed }
app-dash-tampered-note = Tampered: { $reason } The dashboard's figures leave this session out.
app-dash-tamper-scores = the record says { $stored } / 100, but its transcript scores { $actual } / 100.
app-dash-tamper-ending = the ending it records is not where its transcript ends.
app-dash-tamper-shown = the answers it says were offered are not the ones its seed offers.
app-dash-tamper-unfinished = its transcript stops before the call ends.
app-dash-tamper-no-replay = its answers cannot be replayed on this scenario ({ $error }).
app-dash-recomputed = The scores below are recomputed from the transcript, not taken from the record.
app-dash-unavailable-note = The scenario version this record names is not available, so its scores cannot be recomputed; they are shown as stored.
app-dash-transcript = Transcript
app-dash-replay-failed = The transcript cannot be replayed: { $error }
app-dash-stored-turn = { $turn }. { $node } → { $pick }

## Dashboard: arrangements per trainee

app-dash-arr-title = Arrangements agreed
app-dash-arr-none = No call in this selection agreed terms.
app-dash-arr-help = Among the calls that agreed terms: the share the debtor can keep to, the share they cannot, and the share outside the collector's mandate (an arrangement can be affordable and still unauthorised).
app-dash-arr-calls = Calls
app-dash-arr-agreed = Terms agreed
app-dash-arr-sustainable = Sustainable
app-dash-arr-unsustainable = Unaffordable
app-dash-arr-outside-mandate = Outside the mandate
app-dash-arr-cohort = Whole cohort
app-trainer-deal-title = Finances, mandate and best arrangement
app-trainer-deal-balance = Balance owed: { $amount }
app-trainer-deal-capacity = The debtor can pay { $amount } a month.
app-trainer-deal-no-finances = The scenario gives no finances: affordability cannot be judged.
app-trainer-deal-no-mandate = The scenario gives no mandate: any terms count as authorised.
app-trainer-deal-no-best = No sustainable arrangement fits the mandate.
app-trainer-deal-step = Negotiation step
app-trainer-deal-step-help = Here the trainee may propose terms of their own instead of picking an answer; the debtor reacts by the scenario's rules.
app-trainer-deal-kinds = Terms offered:
app-trainer-deal-tags = Proposing counts as:
app-trainer-deal-offer = Offers:
app-trainer-deal-takes-counter = Agrees to the debtor's counter-offer.
app-trainer-deal-sustainable = sustainable
app-trainer-deal-unsustainable = unaffordable
app-trainer-deal-in-mandate = within the mandate
app-trainer-deal-out-of-mandate = outside the mandate
app-trainer-deal-walk = Arrangements the runs agreed
app-trainer-deal-walk-none = none: { $pct } %
app-trainer-deal-walk-sustainable = sustainable: { $pct } %
app-trainer-deal-walk-unsustainable = unaffordable: { $pct } %
app-trainer-deal-walk-outside = outside the mandate: { $pct } %
app-trainer-deal-legend = Negotiation (terms proposed, offered or taken)
app-dash-arr-proposed = (proposed terms of their own)


## Trainer view

app-trainer-scenarios = Scenarios
app-trainer-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
app-trainer-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
app-trainer-never-compiled = no good version yet
app-trainer-fit = Fit to view
app-trainer-graph-help = Drag or scroll to move, Ctrl + scroll to zoom, click a node to inspect it.
app-trainer-not-compiled = This scenario has no good version yet, so there is no graph to show: fix the errors below.
app-trainer-last-good = The file as edited has errors: the graph shows its last good version.
app-trainer-exploring = Finding the nodes a call can reach…
app-trainer-all-reachable = Every node can be reached.
app-trainer-unreachable = { $count ->
    [one] One node can never be reached (dashed amber).
   *[other] { $count } nodes can never be reached (dashed amber).
}
app-trainer-explore-truncated = The search ran out of budget: some of them may be reachable after all.
app-trainer-graph-size = { $nodes ->
    [one] { $nodes } node
   *[other] { $nodes } nodes
}, { $edges ->
    [one] { $edges } edge
   *[other] { $edges } edges
}
app-trainer-laying-out = Laying out the graph…
app-trainer-legend-say = Line
app-trainer-legend-branch = Branch
app-trainer-legend-end-good = Passing ending
app-trainer-legend-end-bad = Failing ending
app-trainer-legend-start = Start
app-trainer-legend-unreachable = Unreachable
app-trainer-legend-critical = Breaks a critical rule
app-trainer-legend-loop = Goes back
app-trainer-node-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
app-trainer-node-routes = { $count ->
    [one] { $count } route
   *[other] { $count } routes
}
app-trainer-start = start
app-trainer-diagnostics = Diagnostics
app-trainer-diagnostics-count = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
app-trainer-all-files = All files
app-trainer-no-diagnostics = No errors or warnings in this scenario's files.
app-trainer-no-diagnostics-all = No errors or warnings in the library.
app-trainer-balance = Balance:
app-trainer-winnable = can be passed
app-trainer-not-winnable = cannot be passed
app-trainer-losable = can be failed
app-trainer-not-losable = cannot be failed
app-trainer-critical-reachable = a critical rule can be broken
app-trainer-critical-unreachable = no critical rule can be broken
app-trainer-best-score = best possible score { $score } / 100
app-trainer-search-truncated = (the search ran out of budget: these may be incomplete)
app-trainer-no-scenario = Choose a scenario on the left.
app-trainer-node = Node
app-trainer-no-node = Click a node in the graph to see its line, its answers and where they lead, and to playtest from it.
app-trainer-kind-say = Line
app-trainer-kind-branch = Branch
app-trainer-kind-end = Ending
app-trainer-reached-from = Reached from:
app-trainer-on-entry = On entry:
app-trainer-variants = { $count ->
    [one] and { $count } other wording
   *[other] and { $count } other wordings
}
app-trainer-choices = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
app-trainer-shown-if = Offered only if { $condition }
app-trainer-critical-choice = This answer breaks a critical rule.
app-trainer-critical-tag = Breaks a critical rule.
app-trainer-timeout = Silence after { $seconds } s
app-trainer-branch-help = The call takes the first route whose condition holds:
app-trainer-otherwise = otherwise
app-trainer-outcome = Ending: { $outcome }, resolution score { $score } / 100 (pass mark { $mark })
app-trainer-playtest-title = Playtest from here
app-trainer-no-variables = This scenario has no state variables.
app-trainer-start-value = (starts at { $value })
app-trainer-reset-state = Reset to the start values
app-trainer-fixed-seed = Fixed seed
app-trainer-playtest = Playtest from “{ $node }”
app-trainer-playtest-help = The call starts at this node with these values. It is not recorded; leaving it brings you back here.
app-trainer-walk = Random walk
app-trainer-walk-help = Plays many calls with answers picked at random and scores each: how easily is the scenario passed by chance, and which lines are never reached?
app-trainer-walk-runs = Runs:
app-trainer-walk-seed = Seed:
app-trainer-walk-run = Run the walk
app-trainer-walking = Walking “{ $title }”: { $done } of { $runs } runs…
app-trainer-walk-stale = The scenario has changed since this walk: run it again.
app-trainer-walk-summary = { $runs ->
    [one] One run
   *[other] { $shown } runs
}, seed { $seed }, { $ms } ms
app-trainer-pass-rate = Passed: { $rate } %
app-trainer-breaches = { $count ->
    [0] No run broke a critical rule.
    [one] One run broke a critical rule ({ $rate } %).
   *[other] { $shown } runs broke a critical rule ({ $rate } %).
}
app-trainer-stuck = { $count ->
    [one] One run got stuck (a dead end or a loop that never ends).
   *[other] { $shown } runs got stuck (a dead end or a loop that never ends).
}
app-trainer-spread = Score spread
app-trainer-spread-line = mean { $mean }, { $min }–{ $max }, pass mark { $mark }: { $rate } % passed
app-trainer-band = { $range }: { $count ->
    [one] one run
   *[other] { $shown } runs
}
app-trainer-outcomes = Endings
app-trainer-best-run = Best call: { $score } / 100, { $result }, { $outcome } (seed { $seed })
app-trainer-worst-run = Worst call: { $score } / 100, { $result }, { $outcome } (seed { $seed })
app-trainer-path = Path ({ $count ->
    [one] { $count } answer
   *[other] { $count } answers
})
app-trainer-all-reached = Every line was reached in this walk.
app-trainer-unreached = { $count ->
    [one] One node was never reached in this walk:
   *[other] { $count } nodes were never reached in this walk:
}

## Account history and the pre-call desk (core and command line)

history-title = Account history
history-empty = Nothing on file before this call.
history-when = { $date }, { $time }
history-call = { $direction } call: { $reached }
history-call-outcome = { $direction } call: { $reached } ({ $outcome })
history-direction-outbound = Outbound
history-direction-inbound = Inbound
history-reached-debtor = spoke to the debtor
history-reached-third-party = someone else answered
history-reached-no-answer = no answer
history-reached-voicemail = voicemail
history-reached-wrong-number = wrong number
history-sent = { $channel } sent
history-received = { $channel } received
history-reply = { $message }, in reply to the one of { $date }
history-channel-letter = Letter
history-channel-email = Email
history-channel-text = Text message
history-promise = Promise: { $terms }
history-payment = Payment received: { $amount }
history-missed = Payment missed under the promise of { $date }
history-on-file = On file: { $tags }
history-carried = Your notes from the earlier call
desk-title = Before you dial
desk-local-time = The debtor's local time: { $weekday }, { $date }, { $time }
desk-calls-in-week = Calls placed in the last 7 days: { $count }
desk-last-conversation = Last conversation: { $date } ({ $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
})
desk-no-conversation = No conversation with the debtor on file.
desk-first-contact = No earlier communication on file: this call would be the first.
desk-holiday = Today is a public holiday: { $holiday }.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
cli-case-call = call { $step } of { $count }
cli-case-next = Next: call { $step } of this case. Play it with: { $command }
cli-case-resumed = Going on with the call you were playing: { $turns } turn(s) already taken.

## Holidays

holiday-pl-new-year = New Year's Day
holiday-pl-epiphany = Epiphany
holiday-pl-easter-sunday = Easter Sunday
holiday-pl-easter-monday = Easter Monday
holiday-pl-labour-day = Labour Day
holiday-pl-constitution-day = Constitution Day (3 May)
holiday-pl-pentecost = Pentecost
holiday-pl-corpus-christi = Corpus Christi
holiday-pl-assumption = Assumption of Mary
holiday-pl-all-saints = All Saints' Day
holiday-pl-independence-day = National Independence Day
holiday-pl-christmas-eve = Christmas Eve
holiday-pl-christmas-day = Christmas Day
holiday-pl-second-day-of-christmas = Second Day of Christmas
holiday-uk-new-year = New Year's Day
holiday-uk-good-friday = Good Friday
holiday-uk-easter-monday = Easter Monday
holiday-uk-early-may = Early May bank holiday
holiday-uk-spring = Spring bank holiday
holiday-uk-summer = Summer bank holiday
holiday-uk-christmas-day = Christmas Day
holiday-uk-christmas-day-substitute = Christmas Day (substitute day)
holiday-uk-boxing-day-substitute = Boxing Day (substitute day)


## App: desk and cases

app-desk-decide = Your decision
app-desk-keys = Press 1–9 to decide. Nothing is dialled until you choose to call.
app-history-show = Show the account history
app-history-hide = Hide the account history
app-cases-title = Cases
app-library-scenarios = Single calls
app-case-calls = { $count ->
    [one] { $count } call
   *[other] { $count } calls
} on one account
app-case-start = Start case
app-case-continue = Continue case (call { $call })
app-case-not-open = The case { $case } has no call left to play.
app-case-next = Next call in this case (N)
app-case-see-end = How the case ends (N)
app-case-call-over = Call { $call } of { $total } is over.
app-case-open-next = Open the account for call { $call } (Enter)
app-case-over = The case is closed.
app-case-keys = Keys: Enter opens the next call's account, L goes back to the library (the case waits there).
app-case-keys-end = Keys: L goes back to the library.
app-history-no-notes = You left no notes on this call.

## issue 17: forge

app-dash-standing-unsigned = Unsigned
app-dash-standing-no-key = No cohort key
app-dash-standing-duplicate = Duplicate
app-dash-stat-not-counted = Not counted
app-dash-tamper-mac = its signature does not match: a field was changed after the call (the trainee, the mode, a date…), or the record was signed with another cohort's key.
app-dash-tamper-mac-missing = it is of a format that is always signed, but its signature was removed.
app-dash-unsigned-note = Written before records were signed (format { $format }): its answers replay, but its trainee, mode and dates are not bound to it. The coordinator can sign it with "callcoach seal".
app-dash-no-key-note = This record is signed, but the data folder's cohort.key is missing or unreadable, so its signature cannot be checked.
app-dash-duplicate-note = A copy of { $file }, which is counted once; this file is not.
app-dash-not-counted = The dashboard's figures leave this session out.
app-dash-synthetic = synthetic
app-dash-synthetic-mix = This cohort mixes { $synthetic ->
    [one] { $synthetic } synthetic session
   *[other] { $synthetic } synthetic sessions
} with { $real ->
    [one] { $real } real one
   *[other] { $real } real ones
}: its figures are not a real cohort's.

## issue 17: records
cli-record-printed = The record ({ $id }) is printed above on standard output: save it as a .json file in the data folder's records folder to keep it.
cli-record-not-printed = The record could not be printed either: { $error }
cli-record-journal-kept = The call's journal is kept at { $path }: resume the call (in the app, or with play --case for a case) to write the record once the folder can take it.
cli-record-no-journal = The call was not journalled either, so the printed record is the only copy.
app-record-kept = Could not write the session record: { $error }. The call's journal is kept at { $path }: sign in again once the folder can be written to, resume the call and its record will be written.
app-resume-other-version = This unfinished call was played on version { $version } of { $scenario }, but the library now has version { $now }: it cannot be resumed on other content. Discard it, or bring back that version to finish it.
app-resume-in-use = This call is open in another window or session: go on there, or close it first.

## issue 17: lead
app-dash-tamper-dates = its dates are outside the years 1000 to 9999, or it ends before it starts: no call made them.

## issue 16: cmi5
cmi5-course-title = callcoach: practice calls

## issue 16: source
app-dash-source = Records from the LRS { $source }, verified with this data folder's cohort key.
app-dash-source-failed = Could not read the records from the LRS { $source }: { $error }. Press "Reload" to try again.

## issue 13: c13code
# The caller's name when `callcoach play` is given no --agent.
default-agent-name = Trainee

## issue 15: prog15 (the training programme: tracks, assignments, funnel, mastery; core, command line and app)
programme-status-not-started = Not started
programme-status-in-progress = In progress
programme-status-overdue = Overdue
programme-status-completed = Completed
programme-col-assignment = Assignment
programme-col-work = Track or scenario
programme-col-due = Due
programme-col-assigned = Assigned
programme-col-trainee = Trainee
programme-col-rule = Rule
programme-col-attempts = Attempts
programme-col-drills = Drills
programme-col-kept = Kept
programme-col-last = Last
programme-col-trend = Trend
programme-trend-up = improving
programme-trend-down = slipping
programme-trend-flat = steady
programme-trend-unknown = too few to say
programme-no-assignments = No assignments yet.
programme-no-tracks = No tracks yet.
programme-mastery-empty = No verified calls yet.
programme-assigned-to = Assigned to { $trainee }
programme-nothing-assigned = Nothing is assigned.
programme-due-on = due { $date }
programme-steps-done = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done
programme-step-done = done
programme-step-next = next
programme-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
programme-completed-on = Completed on { $date }
programme-completed-late = Completed on { $date }, after the due date
programme-rule-passed = pass once
programme-rule-passed-exam = pass once in exam mode
programme-rule-passed-practice = pass once in practice mode
programme-rule-score = score at least { $score }
programme-rule-no-critical = no critical rule broken in { $count ->
    [one] the last attempt
   *[other] the last { $count } attempts
}
app-programme-assigned-title = Assigned to you
app-programme-due = Due { $date }
app-programme-start-next = Start the next step
app-programme-needs-exam = Counts in exam mode only: choose it at sign-in.
app-programme-free-library = The whole library
app-programme-unreadable = The training programme cannot be read: { $error }
app-dash-tab-assignments = Assignments
app-prog-view-edit = Tracks and assignments
app-prog-view-funnel = Funnel
app-prog-view-mastery = Mastery
app-prog-reload = Read the programme again
app-prog-unreadable = The programme file cannot be read; fix it (callcoach programme check) and read it again:
app-prog-save-failed = Not saved:
app-prog-conflict-ours = { $kind } "{ $id }": changed here and elsewhere at once; your version was saved.
app-prog-conflict-kept-theirs = { $kind } "{ $id }": removed here, but someone else changed it meanwhile; their version is kept.
app-prog-conflict-kept-ours = { $kind } "{ $id }": someone else removed it meanwhile, but it was changed here; your version is kept.
app-prog-kind-track = Track
app-prog-kind-group = Group
app-prog-kind-assignment = Assignment
app-prog-new-track = New track
app-prog-title = Title
app-prog-title-pl = Title in Polish
app-prog-optional = optional
app-prog-step = Step
app-prog-pick = Choose…
app-prog-case-named = Case: { $title }
app-prog-rule = Done when
app-prog-add-step = Add step
app-prog-remove = Remove
app-prog-remove-step = Remove step { $n }
app-prog-save-track = Save track
app-prog-saved-track = Track "{ $id }" saved.
app-prog-new-group = New group
app-prog-group-name = Name
app-prog-trainees = Trainees
app-prog-trainees-hint = names, separated by commas
app-prog-save-group = Save group
app-prog-saved-group = Group "{ $id }" saved.
app-prog-assign = Assign
app-prog-work = Track or scenario
app-prog-track-named = Track: { $title }
app-prog-groups = Groups
app-prog-due = Due date
app-prog-assign-button = Assign
app-prog-saved-assignment = Assignment "{ $id }" saved.
app-prog-assignments = Assignments
app-prog-remove-assignment = Remove the assignment { $id }
app-prog-tracks = Tracks
app-prog-removed-assignment = Assignment "{ $id }" removed.
app-prog-assigned-count = { $count ->
    [one] { $count } trainee
   *[other] { $count } trainees
}
app-prog-overdue-note = past the due date
app-prog-per-trainee = Per trainee
app-prog-mastery-good = kept 80 % or more
app-prog-mastery-mid = 50–79 %
app-prog-mastery-bad = under 50 %
app-prog-mastery-legend = Each cell: the share of calls and drills that kept the rule, and the trend of the last three (↑ improving, ↓ slipping, → steady). Hover for details.
app-prog-mastery-cell = { $trainee }, { $rule }: kept in { $kept } of { $attempts } ({ $drills ->
    [0] no drills
    [one] one of them a drill
   *[other] { $drills } of them drills
  }); last { $last }; { $trend }
## Certificates of a completed track (crates/core/src/certificate/): the printed page and the
## Open Badges credential.
cert-title = Certificate of completion
cert-awarded = This certificate is awarded to
cert-completed = for completing the training track
cert-col-scenario = Scenario
cert-col-version = Version
cert-col-rules = Rule packs
cert-col-date = Date
cert-col-mode = Mode
cert-col-score = Score
cert-mode-exam = exam
cert-mode-practice = practice
cert-passed = passed
cert-issued = Issued on { $date }
cert-code = Verification code
cert-verify-how = Verify against the records: callcoach certificate verify --code { $code }
cert-badge-description = Completed the callcoach training track “{ $track }”: every scenario passed in a scored, verified call.
cert-badge-criteria = A verified, passed call of each scenario of the track: { $scenarios }.
cert-evidence = Score { $score } of 100, { $mode }, { $date }

## Drills (callcoach drill)
drill-none = No drills are due.
drill-due = due { $date }
drill-upcoming = next on { $date }
drill-retired = retired (passed twice in a row)
drill-where = { $scenario }, from turn { $turn }; { $attempts } { $attempts ->
    [one] attempt
   *[other] attempts
  }, { $passes } passed in a row
drill-start = Drill: { $rule }. The call is replayed to turn { $turn }; answer from there.
drill-passed = Drill passed
drill-failed = Drill failed
drill-recorded = Drill recorded: { $path }
## Today's drills in the app (crates/app/src/screens/drill_shelf.rs, drill_result.rs)
app-drills-title = Today's drills
app-drills-start-all = Start today's drills ({ $count })
app-drills-about = A few minutes at the decisions where you broke a rule: each drill replays the call to that decision and ends when the rule is decided.
app-drills-unreadable = Your drills could not be read: { $error }
app-drill-where = { $scenario }, from turn { $turn }; { $attempts ->
    [0] not tried yet
    [one] 1 attempt, { $passes } passed in a row
   *[other] { $attempts } attempts, { $passes } passed in a row
  }
app-drill-start = Drill
app-drill-none = There is no drill { $rule } for you.
app-drill-from = { $scenario }, from turn { $turn }
app-drill-what-to-do = What to do:
app-drill-due-again = Due again on { $date }
app-drill-not-recorded = The drill was not recorded: { $error }
app-drill-next = Next drill ({ $count } left)
app-drill-keys = Enter: next drill · L: back to the library
app-drill-keys-last = Enter or L: back to the library
app-leave-drill = Leave the drill (it stays due)

## Item analysis on the trainer's graph (docs/item-analysis.md)
app-items-pct = { $pct } %
app-items-reading = Reading the records for item analysis…
app-items-summary = Item analysis: { $records ->
    [one] 1 record
   *[other] { $records } records
  } from { $trainees ->
    [one] 1 trainee
   *[other] { $trainees } trainees
  }; { $miskeys ->
    [0] no answer flagged as a miskey
    [one] 1 answer flagged as a miskey (a red "!" on its decision)
   *[other] { $miskeys } answers flagged as miskeys (a red "!" on their decisions)
  }
app-items-reload = Read the records again
app-items-took = Read and analysed in { $ms } ms
app-items-node-none = No trusted record reaches this decision yet: nothing to analyse.
app-items-node = { $responses ->
    [one] 1 response
   *[other] { $responses } responses
  }
app-items-node-fd = { $facility } answered right · discrimination { $discrimination } (upper minus lower 27 %)
app-items-choice = Picked { $share } of { $shown } times offered · strongest 27 %: { $upper }, weakest 27 %: { $lower } · point-biserial { $rpb }
app-items-flag-miskey = Miskey? Strong trainees pick this answer, which the rubric calls wrong, more than weak ones: check the rubric.
app-items-flag-non-discriminating = Does not discriminate: strong and weak trainees pick the right answers about as often.
app-items-flag-too-easy = Too easy: nearly everyone answers right.
app-items-flag-too-hard = Too hard: hardly anyone answers right.
