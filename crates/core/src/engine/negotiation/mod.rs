//! Negotiation during a call: the trainee proposes terms (from the negotiation step's form or
//! a choice's fixed offer), the debtor reacts through the scenario's reaction rules, and terms
//! may be agreed. What terms mean for this debtor and mandate is [`assess`].
//!
//! Everything here is deterministic: a reaction's `Chance` rolls the session's generator, in
//! the runner's fixed order.

pub mod assess;
pub mod schedule;

use serde::{Deserialize, Serialize};

pub use assess::{Assessment, Breach, Breaches};

use crate::compile::CompiledScenario;
use crate::content::negotiation::{Reply, ReplyKind, Terms, TermsKind};
use crate::engine::runner::RunError;

/// One proposal made in a call and the debtor's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Proposal {
    /// The trainee turn (1-based) that made it.
    pub turn: u32,
    /// The terms proposed.
    pub terms: Terms,
    /// What the terms mean for this debtor and mandate.
    pub assessment: Assessment,
    /// The debtor's answer.
    pub reply: Reply,
    /// The trainee agreed to the debtor's own counter-offer.
    pub takes_counter: bool,
}

impl Proposal {
    /// The debtor agreed: these terms are the arrangement (until later terms are agreed).
    pub fn agreed(&self) -> bool {
        self.reply == Reply::Accept
    }
}

/// What conditions can read about the negotiation so far: small, so searches can key on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DealView {
    /// The latest proposal: its kind, its ask (thousandths of capacity) and whether it is
    /// within the mandate.
    pub latest: Option<(TermsKind, u32, bool)>,
    /// The debtor's reply to the latest proposal.
    pub reply: Option<ReplyKind>,
    /// Terms have been agreed.
    pub agreed: bool,
}

impl DealView {
    /// The view with a new proposal on the table (before the debtor answers).
    pub fn proposing(self, terms: &Terms, a: &Assessment) -> DealView {
        DealView {
            latest: Some((terms.kind(), a.ask_permille, a.within_mandate())),
            reply: None,
            ..self
        }
    }

    /// The view once the debtor answered.
    pub fn answered(self, reply: Reply) -> DealView {
        DealView {
            reply: Some(reply.kind()),
            agreed: self.agreed || reply == Reply::Accept,
            ..self
        }
    }
}

/// The agreed arrangement of a call: the last proposal the debtor accepted.
pub fn agreement(proposals: &[Proposal]) -> Option<&Proposal> {
    proposals.iter().rev().find(|p| p.agreed())
}

/// Terms a trainee may not propose: nothing to pay, no instalments, absurd counts, dates
/// before the call or more than ten years after it, amounts with fractions of a cent.
pub fn validate_terms(terms: &Terms, sc: &CompiledScenario) -> Result<(), RunError> {
    use rust_decimal::Decimal;
    let call = sc.deal.call_date;
    let latest = call
        .checked_add_months(chrono::Months::new(120))
        .unwrap_or(chrono::NaiveDate::MAX);
    let bad = |why: &str| Err(RunError::InvalidTerms(why.to_string()));
    let amount_ok =
        |a: Decimal| a > Decimal::ZERO && a.scale() <= 2 && a <= Decimal::from(1_000_000_000u64);
    let date = terms.first_date();
    if date < call {
        return bad("the first payment date is before the call");
    }
    if date > latest {
        return bad("the date is more than ten years away");
    }
    match *terms {
        Terms::Plan { amount, count, .. } => {
            if !amount_ok(amount) {
                return bad("an instalment must be a positive amount with at most two decimals");
            }
            if count == 0 || count > 600 {
                return bad("a plan has 1 to 600 instalments");
            }
        }
        Terms::Settlement { amount, .. } => {
            if !amount_ok(amount) {
                return bad("a settlement must be a positive amount with at most two decimals");
            }
            if amount >= sc.deal.balance {
                return bad(
                    "a settlement is less than the balance (for the whole balance, propose payment in full)",
                );
            }
        }
        Terms::Extension { .. } | Terms::InFull { .. } => {}
    }
    Ok(())
}
