# Case text using $debtor, which case text does not get (E305).
case-title = A generated case
case-brief = Call { $debtor } about the bill.
case-between = { $days } days later; the promise: { $promise }.
case-end = The case ends: { $outcome }.
