//! The debtor's finances and the arrangement in words, for both shells: the budget the
//! trainee discovers in the call, and the debrief's "your arrangement beside the best one,
//! and why".

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use rust_decimal::Decimal;

use crate::content::l10n::{n, s};
use crate::content::negotiation::{Finances, Terms};
use crate::engine::negotiation::Assessment;
use crate::engine::negotiation::schedule::monthly;
use crate::engine::scoring::ArrangementSummary;
use crate::records::call_text::CallText;

/// A budget category's label (`budget-<key>` in `ui.ftl`; the key itself when missing).
pub fn category(text: &CallText, key: &str) -> String {
    let t = text.loc.ui(text.lang, &format!("budget-{key}"), None, None);
    if t.missing { key.to_string() } else { t.text }
}

fn money(text: &CallText, amount: Decimal) -> String {
    text.loc
        .money(text.lang, amount, &text.sc.source.account.currency)
}

fn items(text: &CallText, map: &BTreeMap<String, Decimal>) -> String {
    map.iter()
        .map(|(k, v)| format!("{} {}", category(text, k), money(text, *v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Thousandths as a percentage with one decimal, formatted for the language.
fn percent(text: &CallText, permille: u32) -> FluentValue<'static> {
    let value = Decimal::from(permille.min(100_000)) / Decimal::from(10);
    let decimals = if value.fract().is_zero() { 0 } else { 1 };
    s(text.loc.number(text.lang, value, decimals))
}

/// The finances as lines of text (none when the scenario has none).
pub fn budget_lines(text: &CallText) -> Vec<String> {
    let deal = &text.sc.deal;
    let Some(finances) = &deal.finances else {
        return Vec::new();
    };
    let m = |a| s(money(text, a));
    match finances {
        Finances::Consumer(c) => {
            let mut out = vec![text.ui("budget-title", &[])];
            out.push(text.ui(
                "budget-income",
                &[
                    ("items", s(items(text, &c.income))),
                    ("total", m(c.income.values().sum())),
                ],
            ));
            out.push(text.ui(
                "budget-outgoings",
                &[
                    ("items", s(items(text, &c.outgoings))),
                    ("total", m(c.outgoings.values().sum())),
                ],
            ));
            if !c.priority_debts.is_empty() {
                out.push(text.ui(
                    "budget-priority",
                    &[
                        ("items", s(items(text, &c.priority_debts))),
                        ("total", m(c.priority_debts.values().sum())),
                    ],
                ));
            }
            out.push(text.ui(
                "budget-available",
                &[("amount", m(deal.capacity().unwrap_or_default()))],
            ));
            out.push(text.ui("budget-pay-now", &[("amount", m(c.pay_now))]));
            out
        }
        Finances::Business(b) => {
            let runs = b
                .payment_runs
                .iter()
                .map(|d| text.loc.date(text.lang, *d))
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                text.ui("budget-business-title", &[]),
                text.ui("budget-runs", &[("runs", s(runs))]),
                text.ui("budget-approver", &[("who", s(b.approver.clone()))]),
                text.ui("budget-cash", &[("amount", m(b.cash))]),
                text.ui("budget-undisputed", &[("amount", m(b.undisputed))]),
            ]
        }
    }
}

/// What terms cost a month (plans) or in one payment (lump sums).
fn ask_amount(text: &CallText, terms: &Terms) -> Decimal {
    match *terms {
        Terms::Plan { amount, every, .. } => monthly(amount, every).round_dp(2),
        Terms::Settlement { amount, .. } => amount,
        Terms::Extension { .. } | Terms::InFull { .. } => text.sc.deal.balance,
    }
}

/// Why terms are, or are not, a good arrangement: one line per finding.
pub fn verdict_lines(text: &CallText, terms: &Terms, a: &Assessment) -> Vec<String> {
    let deal = &text.sc.deal;
    let mut out = Vec::new();
    if deal.finances.is_some() {
        let capacity = deal.capacity().unwrap_or_default();
        let args = [
            ("ask", s(money(text, ask_amount(text, terms)))),
            ("capacity", s(money(text, capacity.max(Decimal::ZERO)))),
            ("share", percent(text, a.ask_permille)),
            ("kind", s(terms.kind().key().to_string())),
        ];
        let id = if a.sustainable {
            "arrangement-sustainable"
        } else {
            "arrangement-unsustainable"
        };
        out.push(text.ui(id, &args));
        if let Some(payment) = breaks_at(text, terms, capacity) {
            out.push(text.ui("arrangement-breaks", &[("payment", n(payment))]));
        }
    }
    for b in a.breaches.iter() {
        out.push(text.ui(&format!("breach-{}", b.key()), &mandate_args(text)));
    }
    out.push(text.ui(
        "arrangement-recovers",
        &[
            ("amount", s(money(text, a.recovered))),
            ("share", percent(text, a.recovery_permille)),
        ],
    ));
    out
}

/// The payment of a plan a consumer cannot keep that they first miss: what they can pay today
/// covers the monthly shortfall for a while, then the plan breaks.
fn breaks_at(text: &CallText, terms: &Terms, capacity: Decimal) -> Option<u32> {
    let Some(Finances::Consumer(c)) = &text.sc.deal.finances else {
        return None;
    };
    let Terms::Plan {
        amount,
        every: crate::content::negotiation::Frequency::Monthly,
        count,
        ..
    } = *terms
    else {
        return None;
    };
    let shortfall = amount - capacity.max(Decimal::ZERO);
    if shortfall <= Decimal::ZERO {
        return None;
    }
    use rust_decimal::prelude::ToPrimitive;
    let covered = (c.pay_now.max(Decimal::ZERO) / shortfall)
        .floor()
        .to_u32()?;
    let payment = covered.checked_add(1)?;
    (payment <= count).then_some(payment)
}

fn mandate_args(text: &CallText) -> Vec<(&'static str, FluentValue<'static>)> {
    let Some(m) = &text.sc.deal.mandate else {
        return Vec::new();
    };
    vec![
        ("min", s(money(text, m.min_instalment))),
        ("months", n(m.max_months)),
        (
            "discount",
            s(text.loc.number(text.lang, m.max_discount_percent, 0)),
        ),
        ("first", n(m.first_payment_within_days)),
        ("extension", n(m.max_extension_days)),
    ]
}

/// The arrangement part of the debrief, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArrangementText {
    /// The agreed terms, or the line saying nothing was agreed.
    pub yours: String,
    /// Why the agreed terms are good or not.
    pub yours_why: Vec<String>,
    /// The best sustainable arrangement within the mandate, or the line saying none exists.
    pub best: String,
    /// Why it is the best.
    pub best_why: Vec<String>,
}

/// The arrangement beside the best one, in words.
pub fn arrangement_text(text: &CallText, summary: &ArrangementSummary) -> ArrangementText {
    let (yours, yours_why) = match &summary.agreed {
        Some((terms, a)) => (text.terms(terms), verdict_lines(text, terms, a)),
        None => (text.ui("arrangement-none", &[]), Vec::new()),
    };
    let (best, best_why) = match &summary.best {
        Some((terms, a)) => (text.terms(terms), verdict_lines(text, terms, a)),
        None => (text.ui("arrangement-no-best", &[]), Vec::new()),
    };
    ArrangementText {
        yours,
        yours_why,
        best,
        best_why,
    }
}
