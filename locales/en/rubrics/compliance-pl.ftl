rubric-compliance-pl = Polish compliance: Criminal Code, UOKiK, RODO, ZPF good practice

PL-04 = No unlawful threats or harassment
    .coaching = Using violence or an unlawful threat to force repayment of a debt is a crime (KK art. 191 § 2), and persistent harassment is a separate offence (KK art. 190a). Threatening to damage someone's reputation, tell their clients or "make sure everyone knows" is never a collection tool.
PL-05 = Do not mislead about a collector's powers
    .coaching = Only a court bailiff (komornik sądowy) holding an enforceable title can enforce a debt. Saying or implying that a collector, a "field team" or an "asset inspection" can seize anything is an unfair practice that UOKiK has penalised (UOKiK act art. 24); with business debtors it is equally false and unacceptable.
PL-06 = Personal data: no disclosure to third parties
    .coaching = Process only the minimum data needed, and do not disclose a debt, or what a named person did or did not do about it, to family, neighbours, an employer or colleagues without a lawful basis (RODO art. 6(1)(f), art. 5(1)(c)). Ask to be put through; say nothing more.
PL-07 = Confidentiality: verify before discussing the debt
    .coaching = Conversations must be polite and confidential, with no disclosure to unauthorised people (ZPF good-practice rules, formerly KPF). Confirm that you are speaking with the debtor or the person responsible for the invoices before you mention amounts or arrears.
PL-07-TONE = Polite conversation
    .coaching = Contact must not be burdensome or feel like harassment, and conversations must stay polite (ZPF good-practice rules). Sarcasm and insults end calls and invite complaints.
PL-07-HOURS = Calling hours (unverified)
    .coaching = The ZPF good-practice rules put calls on weekdays between 6:00 and 22:00; this rubric uses those hours, but the edition of the rules was not verified (unverified). Any callback you arrange should fall inside the same window.
