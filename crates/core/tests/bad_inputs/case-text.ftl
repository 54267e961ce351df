# The text of case synth-case.
case-title = A generated case
case-brief = Call Dana about the bill.
case-between = { $days } days later; the promise: { $promise }.
case-end = The case ends: { $outcome }.
