# ui.ftl with the name of the synthetic holiday.
app-title = callcoach
holiday-synth-christmas = Christmas Day
