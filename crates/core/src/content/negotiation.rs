//! Negotiation as trainers write it: the debtor's hidden finances, the collector's mandate,
//! how the debtor reacts to proposed terms, and the terms themselves (see the "Negotiation"
//! section of `docs/scenario-format.md`).
//!
//! Money is always [`Decimal`] (written as a string such as `"60.00"`), never a float.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::content::model::{Condition, TagId, VarName};

/// The debtor's situation, hidden from the trainee until a tag in `revealed_by` occurs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Finances {
    /// A person's monthly budget, in the UK Standard Financial Statement's categories.
    Consumer(ConsumerFinances),
    /// A business's payment process and cash.
    Business(BusinessFinances),
}

/// A consumer's monthly budget. Category keys are labelled `budget-<key>` in `ui.ftl`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConsumerFinances {
    /// Monthly income by category (e.g. `earnings`, `benefits`).
    pub income: BTreeMap<String, Decimal>,
    /// Essential monthly outgoings by category (e.g. `housing`, `food`, `utilities`).
    pub outgoings: BTreeMap<String, Decimal>,
    /// Monthly payments to priority debts (e.g. `council-tax`, `energy-arrears`).
    #[serde(default)]
    pub priority_debts: BTreeMap<String, Decimal>,
    /// What the debtor could pay today, as a lump sum.
    #[serde(default)]
    pub pay_now: Decimal,
    /// Tags (behaviour or event) whose occurrence shows the budget to the trainee.
    #[serde(default = "default_reveal")]
    pub revealed_by: Vec<TagId>,
}

/// A business debtor's payment process.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessFinances {
    /// The dates the debtor's accounts payable pays on; nothing is paid between runs.
    pub payment_runs: Vec<NaiveDate>,
    /// Who approves a payment or a plan (shown once discovered).
    pub approver: String,
    /// What the business can pay in one payment run without harming its operations.
    pub cash: Decimal,
    /// The part of the invoice the debtor does not dispute.
    pub undisputed: Decimal,
    /// Tags whose occurrence shows the payment process to the trainee.
    #[serde(default = "default_reveal")]
    pub revealed_by: Vec<TagId>,
}

fn default_reveal() -> Vec<TagId> {
    vec!["affordability-check".into()]
}

impl Finances {
    /// The tags that reveal the finances to the trainee.
    pub fn revealed_by(&self) -> &[TagId] {
        match self {
            Finances::Consumer(c) => &c.revealed_by,
            Finances::Business(b) => &b.revealed_by,
        }
    }
}

/// What the collector may agree without a supervisor, shown on the account card.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mandate {
    /// The smallest instalment the creditor accepts.
    pub min_instalment: Decimal,
    /// The longest plan the creditor accepts, in months from the call to the last payment.
    pub max_months: u32,
    /// The settlement discount, in percent of the balance, the collector may offer without
    /// approval (often 0).
    #[serde(default)]
    pub max_discount_percent: Decimal,
    /// The first payment (or the only one) must fall within this many days of the call.
    pub first_payment_within_days: u32,
    /// The longest extension of the due date, in days from the call, without approval.
    #[serde(default)]
    pub max_extension_days: u32,
}

/// How the debtor reacts to proposed terms: the first reaction whose condition holds.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Negotiation {
    /// Tried in order; the last must have no condition.
    pub reactions: Vec<Reaction>,
    /// Event tags shown whenever terms are agreed (by a reaction or by taking a counter-offer),
    /// e.g. `terms-agreed`, so rules can ask for the terms to be read back afterwards.
    #[serde(default)]
    pub agreed_events: Vec<TagId>,
}

/// One rule of the debtor's reaction to a proposal.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    /// Applies when this holds (about the proposal, the state and the call so far).
    #[serde(default, rename = "if")]
    pub condition: Option<Condition>,
    /// What the debtor answers.
    pub reply: Reply,
    /// Event tags the reaction shows (e.g. `debtor-accepts-terms`).
    #[serde(default)]
    pub events: Vec<TagId>,
    /// Changes to state variables.
    #[serde(default)]
    pub effects: BTreeMap<VarName, i32>,
}

/// The debtor's answer to a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Reply {
    /// The debtor agrees to the terms as proposed.
    Accept,
    /// The debtor offers a monthly plan at this percent of what they can sustainably pay.
    Counter(u32),
    /// The debtor will not agree.
    Refuse,
}

/// The kind of a reply, for conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum ReplyKind {
    Accepted,
    Countered,
    Refused,
}

impl Reply {
    /// The kind of this reply.
    pub fn kind(self) -> ReplyKind {
        match self {
            Reply::Accept => ReplyKind::Accepted,
            Reply::Counter(_) => ReplyKind::Countered,
            Reply::Refuse => ReplyKind::Refused,
        }
    }
}

/// How often instalments fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Frequency {
    Weekly,
    Fortnightly,
    Monthly,
}

impl Frequency {
    /// Every frequency, for pickers.
    pub const ALL: [Frequency; 3] = [
        Frequency::Weekly,
        Frequency::Fortnightly,
        Frequency::Monthly,
    ];

    /// Kebab-case key for Fluent ids (`every-<key>`) and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Frequency::Weekly => "weekly",
            Frequency::Fortnightly => "fortnightly",
            Frequency::Monthly => "monthly",
        }
    }

    /// Parses a key.
    pub fn parse(text: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// Concrete terms, proposed by the trainee (or written on a choice) and agreed or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Terms {
    /// `count` instalments of `amount`, every `every`, the first on `first`.
    Plan {
        amount: Decimal,
        every: Frequency,
        count: u32,
        first: NaiveDate,
    },
    /// `amount` (less than the balance) accepted in full settlement if paid by `by`.
    Settlement { amount: Decimal, by: NaiveDate },
    /// The whole balance, paid later: by `to`.
    Extension { to: NaiveDate },
    /// The whole balance, paid by `by` (today or within days).
    InFull { by: NaiveDate },
}

/// The kinds of terms, for a negotiation step's form and for conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum TermsKind {
    Plan,
    Settlement,
    Extension,
    InFull,
}

impl TermsKind {
    /// Every kind, in form order.
    pub const ALL: [TermsKind; 4] = [
        TermsKind::Plan,
        TermsKind::Settlement,
        TermsKind::Extension,
        TermsKind::InFull,
    ];

    /// Kebab-case key for Fluent ids (`terms-<key>`) and the command line.
    pub fn key(self) -> &'static str {
        match self {
            TermsKind::Plan => "plan",
            TermsKind::Settlement => "settlement",
            TermsKind::Extension => "extension",
            TermsKind::InFull => "in-full",
        }
    }
}

impl Terms {
    /// The kind of these terms.
    pub fn kind(&self) -> TermsKind {
        match self {
            Terms::Plan { .. } => TermsKind::Plan,
            Terms::Settlement { .. } => TermsKind::Settlement,
            Terms::Extension { .. } => TermsKind::Extension,
            Terms::InFull { .. } => TermsKind::InFull,
        }
    }

    /// The date the first (or only) payment falls.
    pub fn first_date(&self) -> NaiveDate {
        match *self {
            Terms::Plan { first, .. } => first,
            Terms::Settlement { by, .. } | Terms::InFull { by } => by,
            Terms::Extension { to } => to,
        }
    }
}

/// A negotiation step on a `Say` node: the trainee may propose terms of these kinds instead
/// of picking a choice.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Propose {
    /// The kinds of terms the form offers.
    pub kinds: Vec<TermsKind>,
    /// Behaviour tags proposing counts as (e.g. `offers-plan`).
    #[serde(default)]
    pub tags: Vec<TagId>,
    /// Where the call goes after the debtor's reaction (usually a branch on `Reply(...)`).
    pub next: String,
}

/// The compact form of terms used on the command line and in exports:
/// `plan:AMOUNT:COUNT:FREQUENCY:FIRST` (`plan:70.00:18:monthly:2026-11-24`),
/// `settle:AMOUNT:BY`, `extend:TO`, `full:BY`; dates `YYYY-MM-DD`, amounts with a `.`.
impl std::fmt::Display for Terms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Terms::Plan {
                amount,
                every,
                count,
                first,
            } => write!(f, "plan:{amount}:{count}:{}:{first}", every.key()),
            Terms::Settlement { amount, by } => write!(f, "settle:{amount}:{by}"),
            Terms::Extension { to } => write!(f, "extend:{to}"),
            Terms::InFull { by } => write!(f, "full:{by}"),
        }
    }
}

impl std::str::FromStr for Terms {
    type Err = String;

    /// Parses the compact form (see [`Terms`]'s `Display`); the error says what was expected.
    fn from_str(text: &str) -> Result<Terms, String> {
        const FORMS: &str = "plan:AMOUNT:COUNT:weekly|fortnightly|monthly:YYYY-MM-DD, \
                             settle:AMOUNT:YYYY-MM-DD, extend:YYYY-MM-DD or full:YYYY-MM-DD";
        let parts: Vec<&str> = text.trim().split(':').collect();
        let amount = |s: &str| {
            s.parse::<Decimal>()
                .map_err(|_| format!("\"{s}\" is not an amount (write it like 70.00)"))
        };
        let date = |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| format!("\"{s}\" is not a date (write it like 2026-11-24)"))
        };
        match parts.as_slice() {
            ["plan", a, n, every, first] => Ok(Terms::Plan {
                amount: amount(a)?,
                count: n
                    .parse()
                    .map_err(|_| format!("\"{n}\" is not a number of instalments"))?,
                every: Frequency::parse(every).ok_or_else(|| {
                    format!("\"{every}\" is not a frequency (weekly, fortnightly or monthly)")
                })?,
                first: date(first)?,
            }),
            ["settle", a, by] => Ok(Terms::Settlement {
                amount: amount(a)?,
                by: date(by)?,
            }),
            ["extend", to] => Ok(Terms::Extension { to: date(to)? }),
            ["full", by] => Ok(Terms::InFull { by: date(by)? }),
            _ => Err(format!("\"{text}\" is not terms; write {FORMS}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_terms_round_trip_and_say_what_is_wrong() {
        for text in [
            "plan:70.00:18:monthly:2026-11-24",
            "settle:1000:2026-11-30",
            "extend:2026-12-01",
            "full:2026-11-17",
        ] {
            let t: Terms = text.parse().unwrap();
            assert_eq!(t.to_string(), text);
        }
        let e = "plan:70:x:monthly:2026-11-24".parse::<Terms>().unwrap_err();
        assert!(e.contains("number of instalments"), "{e}");
        let e = "plan:70:3:yearly:2026-11-24".parse::<Terms>().unwrap_err();
        assert!(e.contains("frequency"), "{e}");
        let e = "nonsense".parse::<Terms>().unwrap_err();
        assert!(e.contains("plan:AMOUNT"), "{e}");
    }
}
