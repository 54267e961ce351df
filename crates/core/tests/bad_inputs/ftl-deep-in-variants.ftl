# issue 17 (load): selectors nested 70 deep, a quote in each variant's text (E025).
title = A generated call
briefing = You are calling { $debtor } for { $creditor } about { $amount }, due { $due }.
product = generated product

n0-0 = Line n0-0 for { $debtor }.
    .intro = Answer intro.
    .threaten = Answer threaten.
    .wait = Answer wait.
n0-0-why =
    .intro = Why intro is good or bad.
    .threaten = Why threaten is good or bad.
    .wait = Why wait is good or bad.
n1-0 = Line n1-0 for { $debtor }.
    .listen = Answer listen.
    .press = Answer press.
    .kind = Answer kind.
n1-0-v2 = Wording 2 of n1-0.
n1-0-why =
    .listen = Why listen is good or bad.
    .press = Why press is good or bad.
    .kind = Why kind is good or bad.
n1-1 = Line n1-1 for { $debtor }.
    .listen = Answer listen.
    .press = Answer press.
    .kind = Answer kind.
n1-1-why =
    .listen = Why listen is good or bad.
    .press = Why press is good or bad.
    .kind = Why kind is good or bad.
n2-0 = Line n2-0 for { $debtor }.
    .listen = Answer listen.
    .press = Answer press.
    .kind = Answer kind.
    .book = Answer book.
n2-0-why =
    .listen = Why listen is good or bad.
    .press = Why press is good or bad.
    .kind = Why kind is good or bad.
    .book = Why book is good or bad.
end-plan = Goodbye (end-plan).
end-promise = Goodbye (end-promise).
end-callback = Goodbye (end-callback).
end-hangup = Goodbye (end-hangup).
deep = { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi { $n ->
    [one] say "hi x
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
   *[other] y
}
