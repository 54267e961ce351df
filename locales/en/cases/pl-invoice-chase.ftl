case-title = From reminder to final demand: an IT invoice at Wiślana Dystrybucja
case-brief = Two calls on one invoice, three weeks apart. First a reminder call to accounts payable a few days after the due date: find out where the invoice is and get a date their payment run can make. Whether the money comes depends on that date, and on their cash. If it does not come, or you agree nothing, you call again at the final-demand stage: read the account first, get a firm date from the person who decides, and say plainly what happens next.
case-between = { $promise ->
        [kept] { $days } days later: the payment arrived as agreed ({ $terms }). Invoice paid.
        [broken] { $days } days later: the promised payment ({ $terms }) never arrived, and the only reply says the invoice is "with the finance director". Read the account, then decide what to do.
       *[none] { $days } days later: no date was agreed in the first call, and nothing has been paid. Read the account, then decide what to do.
    }
case-end = { $promise ->
        [kept] Case closed: the invoice is paid. A date that fits the customer's payment run is the one that gets paid.
        [broken] Case closed: the date agreed in the last call was missed as well. The next step stated in the final demand now goes ahead.
       *[none] { $outcome ->
            [promise-to-pay] Case closed for now: a firm date from the finance director, with the next step stated and confirmed in writing as the final demand.
            [escalated] Case ended: the invoice goes to the legal team, with the final demand sent first.
            [letter-sent] Case ended with the pre-court demand by post and email. Nobody knows yet why nothing was paid.
            [not-called] Case ended without a call. The customer learns of the next step from a court or a switched-off service.
            [hung-up] Case ended: the call broke down. The relationship will take longer to mend than the invoice.
           *[other] Case ended.
        }
    }
