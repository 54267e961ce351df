# tags.ftl of the history-* cases: the generated one, and places-call (the vocabulary of tags-history.ron).
tag-identifies-self = Tag identifies-self
tag-mini-miranda = Tag mini-miranda
tag-threat = Tag threat
tag-listens = Tag listens
tag-empathy = Tag empathy
tag-offers-plan = Tag offers-plan
tag-interrupts = Tag interrupts
tag-dead-air = Tag dead-air
tag-hardship = Tag hardship
tag-third-party = Tag third-party
tag-places-call = Placed the call
