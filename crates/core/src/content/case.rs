//! A case as written: several calls on one account over simulated days
//! (`scenarios/cases/<id>.ron`). Its text is `locales/<lang>/cases/<id>.ftl`.
//!
//! Each call after the first starts from what happened in the one before: the trainee's
//! wrap-up notes, the terms agreed, and whether the debtor kept them (decided from the case's
//! seed and from how much of the debtor's capacity the terms asked, by `keeping`). The later
//! call's scenario marks the history entries that stand for the earlier call with
//! `previous_call: true`; in a case they are replaced by what really happened.

use serde::{Deserialize, Serialize};

use crate::content::model::{Outcome, TagId};

/// A case file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Unique; also the file stem and the Fluent file name.
    pub id: String,
    /// Bumped whenever a call is added, removed or reordered; records pin it.
    pub version: u32,
    /// The calls in order. The first always happens; a later one only when its `when` holds.
    pub calls: Vec<CaseCall>,
    /// How likely the debtor keeps agreed terms, by the share of their capacity the terms
    /// ask: the first band whose `asks_up_to` is not below the share applies; above the last,
    /// the promise is broken.
    pub keeping: Vec<Keeping>,
    /// Event tags put on file with the payments of a kept promise (e.g. `promise-kept`).
    #[serde(default)]
    pub kept_tags: Vec<TagId>,
    /// Event tags put on file with the missed payment of a broken one (e.g. `promise-broken`).
    #[serde(default)]
    pub broken_tags: Vec<TagId>,
}

/// One call of a case.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseCall {
    /// The scenario played.
    pub scenario: String,
    /// The call happens only when one of these holds of the previous call (empty: always).
    #[serde(default)]
    pub when: Vec<CaseWhen>,
}

/// What the previous call of a case must have come to for the next one to happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum CaseWhen {
    /// Terms were agreed and the debtor kept them.
    Kept,
    /// Terms were agreed and the debtor broke them.
    Broken,
    /// Terms were agreed (kept or not).
    Agreed,
    /// No terms were agreed.
    NotAgreed,
    /// The call ended with this outcome.
    Outcome(Outcome),
}

/// One band of [`Case::keeping`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Keeping {
    /// The band covers terms asking up to this percent of what the debtor can sustainably pay.
    pub asks_up_to: u32,
    /// The chance, in percent, that the debtor keeps such terms.
    pub kept_percent: u8,
}

impl Case {
    /// The chance in percent that terms asking `ask_permille` of capacity are kept.
    pub fn kept_percent(&self, ask_permille: u32) -> u8 {
        self.keeping
            .iter()
            .find(|k| u64::from(ask_permille) <= u64::from(k.asks_up_to) * 10)
            .map_or(0, |k| k.kept_percent.min(100))
    }
}
