//! Terms against the debtor's finances and the collector's mandate: is a proposal sustainable,
//! is it within the mandate, what does it recover, and what is the best sustainable
//! arrangement the collector could have agreed.
//!
//! The debtor's **capacity** is what they can pay a month: a consumer's income less essential
//! outgoings and priority debts; a business's cash per payment run times its runs a month.
//! A plan is sustainable when its monthly cost is within the capacity (and, for a business,
//! its first payment falls on or after the next payment run); a lump sum (payment in full, a
//! settlement, an extension) when it is within what the debtor can have by its date: a
//! consumer's `pay_now` plus a capacity per whole month, a business's cash per payment run.

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use super::schedule::{monthly, paid_by, whole_months};
use crate::compile::CDeal;
use crate::content::negotiation::{Finances, Frequency, Terms};

/// How the collector's mandate can be broken by terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Breach {
    /// An instalment below the mandate's minimum.
    BelowMinimum,
    /// The last payment falls after the mandate's longest term.
    TooLong,
    /// The first payment falls later than the mandate allows.
    FirstTooLate,
    /// A plan whose instalments do not clear the balance.
    DoesNotClear,
    /// A settlement discount beyond what the collector may offer.
    Discount,
    /// An extension beyond what the collector may grant.
    ExtensionTooLong,
}

impl Breach {
    /// Every breach, in report order.
    pub const ALL: [Breach; 6] = [
        Breach::BelowMinimum,
        Breach::TooLong,
        Breach::FirstTooLate,
        Breach::DoesNotClear,
        Breach::Discount,
        Breach::ExtensionTooLong,
    ];

    /// Kebab-case key for Fluent ids (`breach-<key>`) and exports.
    pub fn key(self) -> &'static str {
        match self {
            Breach::BelowMinimum => "below-minimum",
            Breach::TooLong => "too-long",
            Breach::FirstTooLate => "first-too-late",
            Breach::DoesNotClear => "does-not-clear",
            Breach::Discount => "discount",
            Breach::ExtensionTooLong => "extension-too-long",
        }
    }
}

/// A small set of [`Breach`]es.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Breaches(u8);

impl Breaches {
    fn insert(&mut self, b: Breach) {
        self.0 |= 1 << b as u8;
    }
    /// Whether the set holds the breach.
    pub fn contains(self, b: Breach) -> bool {
        self.0 & (1 << b as u8) != 0
    }
    /// No breach.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The breaches, in report order.
    pub fn iter(self) -> impl Iterator<Item = Breach> {
        Breach::ALL.into_iter().filter(move |&b| self.contains(b))
    }
}

/// What a set of terms means for this debtor and this mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Assessment {
    /// The debtor can keep to the terms.
    pub sustainable: bool,
    /// How the terms break the mandate (empty: within it).
    pub breaches: Breaches,
    /// What the terms ask against what the debtor can pay, in thousandths (1000 = all of it;
    /// `u32::MAX` when the debtor has nothing to pay with or the timing cannot work).
    pub ask_permille: u32,
    /// What the terms recover within the mandate's longest term, no more than the debtor can
    /// really pay by then.
    pub recovered: Decimal,
    /// `recovered` against the best sustainable arrangement's, in thousandths (at most 1000).
    pub recovery_permille: u32,
}

impl Assessment {
    /// The terms are within the mandate.
    pub fn within_mandate(&self) -> bool {
        self.breaches.is_empty()
    }
}

fn permille(part: Decimal, whole: Decimal) -> u32 {
    if whole <= Decimal::ZERO {
        return if part <= Decimal::ZERO { 0 } else { u32::MAX };
    }
    (part * Decimal::from(1000) / whole)
        .ceil()
        .to_u32()
        .unwrap_or(u32::MAX)
}

impl CDeal {
    /// What the debtor can pay a month (zero or less: nothing), `None` without finances.
    pub fn capacity(&self) -> Option<Decimal> {
        Some(match self.finances.as_ref()? {
            Finances::Consumer(c) => {
                c.income.values().sum::<Decimal>()
                    - c.outgoings.values().sum::<Decimal>()
                    - c.priority_debts.values().sum::<Decimal>()
            }
            Finances::Business(b) => {
                b.cash * Decimal::from(self.runs_between(self.call_date, self.month_after()).max(1))
            }
        })
    }

    fn month_after(&self) -> NaiveDate {
        self.call_date
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX)
    }

    /// A business's payment runs on or after `from` and on or before `to`.
    fn runs_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        match &self.finances {
            Some(Finances::Business(b)) => b
                .payment_runs
                .iter()
                .filter(|d| **d >= from && **d <= to)
                .count() as u32,
            _ => 0,
        }
    }

    /// What the debtor can have paid by `date`.
    pub fn available_by(&self, date: NaiveDate) -> Decimal {
        match &self.finances {
            None => self.balance,
            Some(Finances::Consumer(c)) => {
                let capacity = self.capacity().unwrap_or_default().max(Decimal::ZERO);
                c.pay_now + capacity * Decimal::from(whole_months(self.call_date, date))
            }
            Some(Finances::Business(b)) => {
                b.cash * Decimal::from(self.runs_between(self.call_date, date))
            }
        }
    }

    /// The last day the mandate's longest term reaches (12 months without a mandate).
    pub fn horizon(&self) -> NaiveDate {
        let months = self.mandate.as_ref().map_or(12, |m| m.max_months);
        self.call_date
            .checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX)
    }

    /// What the terms ask against what the debtor can pay, in thousandths.
    fn ask(&self, terms: &Terms) -> u32 {
        if self.finances.is_none() {
            return 0;
        }
        match *terms {
            Terms::Plan {
                amount,
                every,
                first,
                ..
            } => {
                if let Some(Finances::Business(_)) = &self.finances
                    && self.runs_between(self.call_date, first) == 0
                {
                    return u32::MAX;
                }
                permille(monthly(amount, every), self.capacity().unwrap_or_default())
            }
            Terms::Settlement { amount, by } => permille(amount, self.available_by(by)),
            Terms::Extension { to } => permille(self.balance, self.available_by(to)),
            Terms::InFull { by } => permille(self.balance, self.available_by(by)),
        }
    }

    /// How the terms break the mandate.
    pub fn breaches(&self, terms: &Terms) -> Breaches {
        let mut out = Breaches::default();
        let Some(m) = &self.mandate else {
            return out;
        };
        let first_limit = self
            .call_date
            .checked_add_days(Days::new(m.first_payment_within_days.into()))
            .unwrap_or(NaiveDate::MAX);
        match *terms {
            Terms::Plan {
                amount,
                every,
                count,
                first,
            } => {
                if amount < m.min_instalment && amount < self.balance {
                    out.insert(Breach::BelowMinimum);
                }
                if super::schedule::nth_date(first, every, count.saturating_sub(1))
                    .is_none_or(|last| last > self.horizon())
                {
                    out.insert(Breach::TooLong);
                }
                if first > first_limit {
                    out.insert(Breach::FirstTooLate);
                }
                if amount * Decimal::from(count) < self.balance {
                    out.insert(Breach::DoesNotClear);
                }
            }
            Terms::Settlement { amount, by } => {
                let discount = if self.balance > Decimal::ZERO {
                    (self.balance - amount) * Decimal::from(100) / self.balance
                } else {
                    Decimal::ZERO
                };
                if discount > m.max_discount_percent {
                    out.insert(Breach::Discount);
                }
                if by > first_limit {
                    out.insert(Breach::FirstTooLate);
                }
            }
            Terms::Extension { to } => {
                let limit = self
                    .call_date
                    .checked_add_days(Days::new(m.max_extension_days.into()))
                    .unwrap_or(NaiveDate::MAX);
                if to > limit {
                    out.insert(Breach::ExtensionTooLong);
                }
            }
            Terms::InFull { by } => {
                if by > first_limit {
                    out.insert(Breach::FirstTooLate);
                }
            }
        }
        out
    }

    /// What the terms recover within the horizon, no more than the debtor can really pay.
    pub fn recovered(&self, terms: &Terms) -> Decimal {
        let horizon = self.horizon();
        paid_by(terms, self.balance, horizon).min(self.available_by(horizon))
    }

    /// Everything about a set of terms.
    pub fn assess(&self, terms: &Terms) -> Assessment {
        let ask_permille = self.ask(terms);
        let recovered = self.recovered(terms);
        let recovery_permille = match self.best_recovered {
            Some(best) if best > Decimal::ZERO => permille(recovered, best).min(1000),
            _ => 1000,
        };
        Assessment {
            sustainable: ask_permille <= 1000,
            breaches: self.breaches(terms),
            ask_permille,
            recovered,
            recovery_permille,
        }
    }

    /// The debtor's counter-offer: a monthly plan at `percent` of their capacity, in whole
    /// currency units (at least one), long enough to clear the balance, starting on the
    /// proposal's first date.
    pub fn counter(&self, percent: u32, proposal: &Terms) -> Terms {
        let capacity = self.capacity().unwrap_or(self.balance).max(Decimal::ZERO);
        let amount = (capacity * Decimal::from(percent) / Decimal::from(100))
            .floor()
            .max(Decimal::ONE)
            .min(self.balance.ceil().max(Decimal::ONE));
        let count = (self.balance / amount)
            .ceil()
            .to_u32()
            .unwrap_or(u32::MAX)
            .max(1);
        Terms::Plan {
            amount,
            every: Frequency::Monthly,
            count,
            first: proposal.first_date().max(self.call_date),
        }
    }

    /// The arrangements a search or a walk tries at a negotiation step: the best sustainable
    /// one and typical mistakes (twice the capacity, the mandate's minimum, a discount beyond
    /// the mandate, payment in full today, a month's extension).
    pub fn candidates(&self) -> Vec<Terms> {
        let first = self.first_payment_date();
        let mut out: Vec<Terms> = self.best.into_iter().collect();
        if let Some(capacity) = self.capacity() {
            let amount = (capacity.max(Decimal::ONE) * Decimal::from(2)).floor();
            out.push(plan_clearing(amount, self.balance, first));
        }
        if let Some(m) = &self.mandate {
            out.push(plan_clearing(
                m.min_instalment.max(Decimal::ONE),
                self.balance,
                first,
            ));
            let discount = m.max_discount_percent + Decimal::from(10);
            let amount = (self.balance * (Decimal::from(100) - discount) / Decimal::from(100))
                .round_dp(2)
                .max(Decimal::ZERO);
            out.push(Terms::Settlement { amount, by: first });
        }
        out.push(Terms::InFull { by: self.call_date });
        if let Some(to) = self.call_date.checked_add_days(Days::new(30)) {
            out.push(Terms::Extension { to });
        }
        let mut seen = Vec::new();
        out.retain(|t| {
            let fresh = !seen.contains(t);
            seen.push(*t);
            fresh
        });
        out
    }

    /// The arrangements a search tries at a negotiation step: of the [`CDeal::candidates`]
    /// that the runner takes, one per kind and class (sustainable or not, within the mandate or
    /// not), the one recovering most, with its assessment. Fewer candidates keep the state
    /// space of a scenario with several negotiation steps small; walks try them all.
    pub fn search_candidates(&self) -> Vec<(Terms, Assessment)> {
        let mut out: Vec<(Terms, Assessment)> = Vec::new();
        for terms in self.candidates() {
            let a = self.assess(&terms);
            let class = |t: &Terms, a: &Assessment| (t.kind(), a.sustainable, a.within_mandate());
            match out
                .iter_mut()
                .find(|(t, b)| class(t, b) == class(&terms, &a))
            {
                Some(slot) if slot.1.recovered < a.recovered => *slot = (terms, a),
                Some(_) => {}
                None => out.push((terms, a)),
            }
        }
        out
    }

    /// The first payment date a sensible collector proposes: a week from the call, or sooner
    /// if the mandate wants it sooner, or the next payment run for a business.
    pub fn first_payment_date(&self) -> NaiveDate {
        let days = self
            .mandate
            .as_ref()
            .map_or(7, |m| m.first_payment_within_days.min(7));
        let mut date = self
            .call_date
            .checked_add_days(Days::new(days.into()))
            .unwrap_or(self.call_date);
        if let Some(Finances::Business(b)) = &self.finances
            && let Some(run) = b
                .payment_runs
                .iter()
                .filter(|d| **d >= self.call_date)
                .min()
        {
            date = *run;
        }
        date
    }

    /// The best sustainable arrangement within the mandate: the one recovering most within the
    /// horizon (then the one finishing first). `None` when nothing sustainable is within it.
    pub fn best_arrangement(&self) -> Option<Terms> {
        let first = self.first_payment_date();
        let mut candidates = vec![
            Terms::InFull { by: self.call_date },
            Terms::InFull { by: first },
        ];
        if let Some(m) = &self.mandate {
            let amount = (self.balance * (Decimal::from(100) - m.max_discount_percent)
                / Decimal::from(100))
            .round_dp(2);
            if m.max_discount_percent > Decimal::ZERO {
                candidates.push(Terms::Settlement { amount, by: first });
            }
            if let Some(to) = self
                .call_date
                .checked_add_days(Days::new(m.max_extension_days.into()))
                && m.max_extension_days > 0
            {
                candidates.push(Terms::Extension { to });
            }
        }
        if let Some(capacity) = self.capacity() {
            let amount = capacity.floor().min(self.balance.ceil());
            if amount >= Decimal::ONE {
                candidates.push(plan_clearing(amount, self.balance, first));
            }
        }
        candidates
            .into_iter()
            .filter(|t| {
                let a = Assessment {
                    recovery_permille: 0,
                    ..self.assess_without_best(t)
                };
                a.sustainable && a.within_mandate()
            })
            .max_by(|a, b| {
                self.recovered(a)
                    .cmp(&self.recovered(b))
                    .then_with(|| super::schedule::last_date(b).cmp(&super::schedule::last_date(a)))
                    .then_with(|| simplicity(a).cmp(&simplicity(b)))
            })
    }

    fn assess_without_best(&self, terms: &Terms) -> Assessment {
        let ask_permille = self.ask(terms);
        Assessment {
            sustainable: ask_permille <= 1000,
            breaches: self.breaches(terms),
            ask_permille,
            recovered: self.recovered(terms),
            recovery_permille: 1000,
        }
    }
}

/// Of two arrangements recovering as much as soon, the simpler is better: one payment in full,
/// then a settlement, an extension, a plan.
fn simplicity(terms: &Terms) -> u8 {
    match terms {
        Terms::InFull { .. } => 3,
        Terms::Settlement { .. } => 2,
        Terms::Extension { .. } => 1,
        Terms::Plan { .. } => 0,
    }
}

/// A monthly plan of `amount` with enough instalments to clear `balance`.
fn plan_clearing(amount: Decimal, balance: Decimal, first: NaiveDate) -> Terms {
    let amount = amount.max(Decimal::ONE);
    Terms::Plan {
        amount,
        every: Frequency::Monthly,
        count: (balance / amount)
            .ceil()
            .to_u32()
            .unwrap_or(u32::MAX)
            .max(1),
        first,
    }
}
