rubric-compliance-pl-b2b = Polish compliance, business debtors: Criminal Code and good practice

PLB-04 = No unlawful threats
    .coaching = Using violence or an unlawful threat to force repayment of a debt is a crime whoever the debtor is (KK art. 191 § 2). An unlawful threat includes a threat to report someone to the police or prosecutor, or to spread information damaging to their or their company's reputation (KK art. 115 § 12): "we'll tell your clients" is one. A lawful, intended next step stated as information (a final demand, a court payment order, a contractual credit hold, a warning before a listing in a business information bureau) is not a threat.
    .citation = KK art. 191 § 2; art. 115 § 12
PLB-05 = Do not mislead about a collector's powers
    .coaching = Only a court bailiff (komornik sądowy) holding an enforceable title can enforce a debt (KPC art. 776). Saying or implying that a collector, a "field team" or an "asset inspection" can list or seize anything is false with a company just as with a consumer; the consumer-protection act does not apply between businesses, but the lie damages the claim and the relationship, and dressed up as a threat it can be a crime (KK art. 191 § 2).
    .citation = Good practice; KPC art. 776 (enforcement only on an enforceable title, by a komornik)
PLB-06 = Business confidentiality: nothing to the switchboard
    .coaching = A company's arrears are not personal data, but telling its receptionist or colleagues about them, or blaming a named employee, is a confidentiality lapse that embarrasses your contact and stalls the invoice; what a named person did can be their personal data (RODO art. 5 ust. 1 lit. f). Ask to be put through, nothing more (good practice).
    .citation = Good practice: business confidentiality; RODO art. 5 ust. 1 lit. f only where a named person's conduct is disclosed
PLB-07 = Confirm the contact before discussing the invoice
    .coaching = Confirm that you are speaking with the person responsible for the invoice before you mention amounts or arrears (good practice).
    .citation = Good practice: confirm the contact responsible for the invoice before discussing it
PLB-07-TONE = Polite conversation
    .coaching = Sarcasm, insults and a raised voice end calls, invite complaints and lose the customer (collections QA scorecards: no offensive language).
    .citation = Collections QA scorecard: no offensive language
