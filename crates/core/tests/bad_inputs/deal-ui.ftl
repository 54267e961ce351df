app-title = callcoach
budget-earnings = earnings
budget-housing = rent or mortgage
budget-food = food and housekeeping
budget-council-tax = council tax
