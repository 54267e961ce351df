//! When the payments of a set of terms fall, what they add up to, and what they cost a month.
//! All date arithmetic is checked: a date past chrono's range is `None`, never a panic.

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;

use crate::content::negotiation::{Frequency, Terms};

/// The date of the `k`-th payment (0-based) of a plan starting on `first`.
pub fn nth_date(first: NaiveDate, every: Frequency, k: u32) -> Option<NaiveDate> {
    match every {
        Frequency::Weekly => first.checked_add_days(Days::new(7 * u64::from(k))),
        Frequency::Fortnightly => first.checked_add_days(Days::new(14 * u64::from(k))),
        Frequency::Monthly => first.checked_add_months(Months::new(k)),
    }
}

/// What an instalment every `every` costs per month on average.
pub fn monthly(amount: Decimal, every: Frequency) -> Decimal {
    match every {
        Frequency::Weekly => amount * Decimal::from(52) / Decimal::from(12),
        Frequency::Fortnightly => amount * Decimal::from(26) / Decimal::from(12),
        Frequency::Monthly => amount,
    }
}

/// The date of the last payment of the terms.
pub fn last_date(terms: &Terms) -> Option<NaiveDate> {
    match *terms {
        Terms::Plan {
            first,
            every,
            count,
            ..
        } => nth_date(first, every, count.saturating_sub(1)),
        _ => Some(terms.first_date()),
    }
}

/// What the terms pay in total, given the balance (an extension or payment in full pays the
/// balance; a plan pays its instalments, never more than the balance).
pub fn total(terms: &Terms, balance: Decimal) -> Decimal {
    match *terms {
        Terms::Plan { amount, count, .. } => (amount * Decimal::from(count)).min(balance),
        Terms::Settlement { amount, .. } => amount.min(balance),
        Terms::Extension { .. } | Terms::InFull { .. } => balance,
    }
}

/// What the terms pay on or before `horizon`.
pub fn paid_by(terms: &Terms, balance: Decimal, horizon: NaiveDate) -> Decimal {
    match *terms {
        Terms::Plan {
            amount,
            every,
            count,
            first,
        } => {
            let mut paid = Decimal::ZERO;
            for k in 0..count {
                match nth_date(first, every, k) {
                    Some(d) if d <= horizon => paid += amount,
                    _ => break,
                }
                if paid >= balance {
                    break;
                }
            }
            paid.min(balance)
        }
        _ if terms.first_date() <= horizon => total(terms, balance),
        _ => Decimal::ZERO,
    }
}

/// Whole months from `from` to `to` (0 when `to` is less than a month after `from`).
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut k = 0u32;
    while k < 1200 {
        match from.checked_add_months(Months::new(k + 1)) {
            Some(d) if d <= to => k += 1,
            _ => break,
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::from_str(s).unwrap()
    }
    fn m(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn plans_fall_on_their_dates_and_pay_at_most_the_balance() {
        let plan = Terms::Plan {
            amount: m("100"),
            every: Frequency::Monthly,
            count: 13,
            first: d("2026-01-31"),
        };
        assert_eq!(last_date(&plan), Some(d("2027-01-31")));
        assert_eq!(
            nth_date(d("2026-01-31"), Frequency::Monthly, 1),
            Some(d("2026-02-28"))
        );
        assert_eq!(total(&plan, m("1240.50")), m("1240.50"));
        assert_eq!(paid_by(&plan, m("1240.50"), d("2026-03-31")), m("300"));
        assert_eq!(monthly(m("12"), Frequency::Weekly), m("52"));
        assert_eq!(whole_months(d("2026-11-17"), d("2027-11-17")), 12);
        assert_eq!(whole_months(d("2026-11-17"), d("2026-12-16")), 0);
        assert_eq!(nth_date(NaiveDate::MAX, Frequency::Weekly, 3), None);
    }
}
