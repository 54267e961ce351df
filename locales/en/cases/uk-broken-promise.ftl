case-title = A broken promise: Gemma Doyle's credit card
case-brief = Two calls on one account, three weeks apart. First you call Ms Doyle about her credit card arrears and agree an arrangement. Whether she keeps it depends on how much of what she can really afford it asks, and on life. If it breaks, or if you agree nothing, you call her again: read the account first, and find out what changed.
case-between = { $promise ->
        [kept] { $days } days later: the first payment under the arrangement ({ $terms }) arrived on time. The account is on track.
        [broken] { $days } days later: the first payment under the arrangement ({ $terms }) never arrived, and a text and a call since went unanswered. Read the account, then decide what to do.
       *[none] { $days } days later: nothing was agreed in the first call, and nothing has been paid since. Read the account, then decide what to do.
    }
case-end = { $promise ->
        [kept] Case closed for now: Ms Doyle is paying the arrangement you agreed. A plan she can afford is the one that gets paid.
        [broken] Case closed: the arrangement agreed in the last call was missed as well. Even then, the next step is a conversation about why, not an escalation.
       *[none] { $outcome ->
            [payment-plan] Case closed for now: a new arrangement, built on what she has today.
            [on-hold] Case closed for now: the account is on hold while Ms Doyle takes free debt advice, with a date to talk again.
            [hung-up] Case ended: Ms Doyle hung up. The next contact will be harder.
            [escalated] Case ended: the account went to litigation without anyone finding out what had changed.
            [letter-sent] Case ended with a letter. Nobody knows yet why the arrangement failed.
           *[other] Case ended.
        }
    }
