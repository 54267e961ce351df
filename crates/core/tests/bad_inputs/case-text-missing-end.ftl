# The text of case synth-case without case-end (E302).
case-title = A generated case
case-brief = Call Dana about the bill.
case-between = { $days } days later; the promise: { $promise }.
