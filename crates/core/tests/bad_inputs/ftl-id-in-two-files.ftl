app-title = callcoach
tag-threat = Threatened the debtor
