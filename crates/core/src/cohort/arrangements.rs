//! The arrangements a cohort agreed: per trainee and cohort-wide, among calls that agreed
//! terms, how many were sustainable for the debtor, how many were not, and how many went
//! outside the collector's mandate (from each record's `scores.arrangement`; records of
//! format 1 have none and count as calls without agreed terms).
//!
//! `sustainable + unsustainable == agreed`; `outside_mandate` overlaps both (an arrangement
//! can be affordable and still unauthorised). Tampered records are left out: their scores
//! cannot be trusted.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::cohort::report::LoadedRecord;
use crate::content::negotiation::Terms;
use crate::engine::negotiation::Assessment;
use crate::records::record::SessionRecord;

/// Counts of agreed arrangements in a set of calls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ArrangementTally {
    /// Trusted calls counted.
    pub calls: usize,
    /// Calls that agreed terms.
    pub agreed: usize,
    /// Agreed terms the debtor can keep to.
    pub sustainable: usize,
    /// Agreed terms the debtor cannot keep to.
    pub unsustainable: usize,
    /// Agreed terms outside the collector's mandate.
    pub outside_mandate: usize,
}

impl ArrangementTally {
    /// Adds one call (its agreed terms' assessment, if any).
    pub fn add(&mut self, agreed: Option<&Assessment>) {
        self.add_flags(agreed.map(|a| (a.sustainable, a.within_mandate())));
    }

    /// Adds one call by its agreed terms' (sustainable, within the mandate), if it agreed any
    /// (what a record's digest keeps of the assessment).
    pub fn add_flags(&mut self, agreed: Option<(bool, bool)>) {
        self.calls += 1;
        if let Some((sustainable, within_mandate)) = agreed {
            self.agreed += 1;
            if sustainable {
                self.sustainable += 1;
            } else {
                self.unsustainable += 1;
            }
            if !within_mandate {
                self.outside_mandate += 1;
            }
        }
    }

    fn share(&self, n: usize) -> Option<f64> {
        (self.agreed > 0).then(|| n as f64 / self.agreed as f64)
    }

    /// Share of agreed arrangements that are sustainable, 0–1 (`None`: none agreed).
    pub fn sustainable_share(&self) -> Option<f64> {
        self.share(self.sustainable)
    }

    /// Share of agreed arrangements the debtor cannot keep to, 0–1.
    pub fn unsustainable_share(&self) -> Option<f64> {
        self.share(self.unsustainable)
    }

    /// Share of agreed arrangements outside the mandate, 0–1.
    pub fn outside_mandate_share(&self) -> Option<f64> {
        self.share(self.outside_mandate)
    }
}

/// One trainee's arrangements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraineeArrangements {
    pub trainee: String,
    #[serde(flatten)]
    pub tally: ArrangementTally,
    /// `sustainable / agreed` (absent when nothing was agreed).
    pub sustainable_share: Option<f64>,
    /// `unsustainable / agreed`.
    pub unsustainable_share: Option<f64>,
    /// `outside_mandate / agreed`.
    pub outside_mandate_share: Option<f64>,
}

impl TraineeArrangements {
    /// A row with its shares computed from the tally.
    pub fn new(trainee: String, tally: ArrangementTally) -> TraineeArrangements {
        TraineeArrangements {
            trainee,
            sustainable_share: tally.sustainable_share(),
            unsustainable_share: tally.unsustainable_share(),
            outside_mandate_share: tally.outside_mandate_share(),
            tally,
        }
    }
}

/// The agreed terms of a record and their assessment, if it agreed any.
pub fn agreed(rec: &SessionRecord) -> Option<&(Terms, Assessment)> {
    rec.scores.arrangement.as_ref()?.agreed.as_ref()
}

/// Per trainee (in name order, case-insensitive) and cohort-wide tallies of trusted records.
pub fn tally<'a>(
    records: impl IntoIterator<Item = &'a LoadedRecord>,
) -> (Vec<TraineeArrangements>, TraineeArrangements) {
    let mut by_trainee: BTreeMap<String, (String, ArrangementTally)> = BTreeMap::new();
    let mut all = ArrangementTally::default();
    for r in records.into_iter().filter(|r| r.verification.is_trusted()) {
        let a = agreed(&r.record).map(|(_, a)| a);
        all.add(a);
        let name = &r.record.meta.trainee;
        by_trainee
            .entry(name.to_lowercase())
            .or_insert_with(|| (name.clone(), ArrangementTally::default()))
            .1
            .add(a);
    }
    let rows = by_trainee
        .into_values()
        .map(|(name, t)| TraineeArrangements::new(name, t))
        .collect();
    (rows, TraineeArrangements::new("(cohort)".into(), all))
}

/// A share as a whole percentage for tables ("–" when nothing was agreed).
pub fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "–".into(), |s| format!("{:.0}%", s * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment(sustainable: bool) -> Assessment {
        Assessment {
            sustainable,
            breaches: Default::default(),
            ask_permille: 500,
            recovered: rust_decimal::Decimal::ONE,
            recovery_permille: 1000,
        }
    }

    #[test]
    fn shares_are_among_agreed_calls_only() {
        let mut t = ArrangementTally::default();
        assert_eq!(t.unsustainable_share(), None);
        t.add(None);
        t.add(Some(&assessment(true)));
        t.add(Some(&assessment(false)));
        t.add(Some(&assessment(true)));
        assert_eq!((t.calls, t.agreed), (4, 3));
        assert_eq!(t.sustainable + t.unsustainable, t.agreed);
        assert!((t.unsustainable_share().unwrap() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(t.outside_mandate_share(), Some(0.0));
        assert_eq!(percent(t.sustainable_share()), "67%");
        assert_eq!(percent(None), "–");
    }
}
