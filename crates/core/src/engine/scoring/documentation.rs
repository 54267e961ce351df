//! The Documentation dimension: the wrap-up a trainee writes after the call, against what the
//! call shows happened. A collections system's wrap-up has structured fields (the disposition
//! code, the arrangement's terms, the next action and its date, account flags) beside free-text
//! notes; each field earns its points only when it matches the call.
//!
//! | field | points | expected |
//! |-------|--------|----------|
//! | disposition | 30 | the call's outcome |
//! | terms | 25 | the agreed arrangement, exactly (none when nothing was agreed) |
//! | next action | 15 | from the outcome (see [`expected_actions`]) |
//! | next date | 10 | the callback's date, else the arrangement's first payment (any when neither) |
//! | flags | 10 | the flags the call's tags mean (2 points off per flag wrong) |
//! | notes | 10 | at least 15 characters and 3 different words of 2+ letters |
//!
//! A wrap-up without structured fields (records of format 1) is scored as format 1 scored it:
//! 80 for the disposition, 20 for 15 characters of notes.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::compile::CompiledScenario;
use crate::content::model::{Outcome, WrapFlag};
use crate::content::negotiation::Terms;
use crate::engine::negotiation::agreement;
use crate::engine::scoring::Facts;

/// Documentation passes at this score.
pub const DOC_PASS_MARK: u8 = 80;
/// Notes shorter than this (in characters, trimmed) earn no points.
pub const DOC_NOTES_MIN_CHARS: usize = 15;

/// What the trainee records as the next step on the account.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum NextAction {
    /// Nothing further (e.g. paid in full today).
    #[default]
    None,
    /// Call the debtor back at the arranged time.
    Callback,
    /// Watch for the first payment of the arrangement.
    AwaitPayment,
    /// Write to the debtor (confirmation, validation, a letter instead of calls).
    SendLetter,
    /// Investigate a dispute before collecting again.
    ReviewDispute,
    /// Pass the account to a supervisor, the legal team or the debtor's representative.
    Escalate,
    /// Stop contact (cease request, wrong party).
    StopContact,
    /// Hold the account: no collection while the debtor takes advice or gathers evidence.
    HoldAccount,
}

impl NextAction {
    /// Every action, in picker order.
    pub const ALL: [NextAction; 8] = [
        NextAction::None,
        NextAction::Callback,
        NextAction::AwaitPayment,
        NextAction::SendLetter,
        NextAction::ReviewDispute,
        NextAction::Escalate,
        NextAction::StopContact,
        NextAction::HoldAccount,
    ];

    /// Kebab-case key for Fluent ids (`next-<key>`) and the command line.
    pub fn key(self) -> &'static str {
        match self {
            NextAction::None => "none",
            NextAction::Callback => "callback",
            NextAction::AwaitPayment => "await-payment",
            NextAction::SendLetter => "send-letter",
            NextAction::ReviewDispute => "review-dispute",
            NextAction::Escalate => "escalate",
            NextAction::StopContact => "stop-contact",
            NextAction::HoldAccount => "hold-account",
        }
    }

    /// Parses a key.
    pub fn parse(text: &str) -> Option<NextAction> {
        NextAction::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// The structured fields of a wrap-up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WrapFields {
    /// The arrangement's terms as the trainee records them.
    #[serde(default)]
    pub terms: Option<Terms>,
    /// The next action on the account.
    pub next_action: NextAction,
    /// When the next action falls.
    #[serde(default)]
    pub next_date: Option<NaiveDate>,
    /// The account flags the trainee sets.
    #[serde(default)]
    pub flags: BTreeSet<WrapFlag>,
}

/// The wrap-up fields that match the call, or what they should have been.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedWrap {
    pub disposition: Outcome,
    pub terms: Option<Terms>,
    /// Any of these next actions is right.
    pub actions: Vec<NextAction>,
    pub next_date: Option<NaiveDate>,
    pub flags: BTreeSet<WrapFlag>,
}

/// One wrap-up field and whether it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldCheck {
    pub field: WrapField,
    pub ok: bool,
}

/// The fields of a wrap-up, for the debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WrapField {
    Disposition,
    Terms,
    NextAction,
    NextDate,
    Flags,
    Notes,
}

impl WrapField {
    /// Kebab-case key for Fluent ids (`wrap-field-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            WrapField::Disposition => "disposition",
            WrapField::Terms => "terms",
            WrapField::NextAction => "next-action",
            WrapField::NextDate => "next-date",
            WrapField::Flags => "flags",
            WrapField::Notes => "notes",
        }
    }
}

/// The next actions that are right after an outcome.
pub fn expected_actions(outcome: Outcome) -> Vec<NextAction> {
    use NextAction as A;
    match outcome {
        Outcome::PromiseToPay | Outcome::PaymentPlan => vec![A::AwaitPayment],
        Outcome::PaidInFull => vec![A::None, A::SendLetter],
        Outcome::DisputeLogged => vec![A::ReviewDispute],
        Outcome::CallbackScheduled => vec![A::Callback],
        Outcome::Escalated => vec![A::Escalate],
        Outcome::CeaseContact => vec![A::StopContact, A::SendLetter],
        Outcome::WrongParty => vec![A::StopContact, A::SendLetter],
        Outcome::HungUp => vec![A::Callback, A::SendLetter],
        Outcome::OnHold => vec![A::HoldAccount, A::Callback],
        // Why the call was not placed decides what comes next: stop (cease on file), write
        // (to the debtor or their attorney), call later (frequency, hours), hold, escalate.
        Outcome::NotCalled => vec![
            A::StopContact,
            A::SendLetter,
            A::Callback,
            A::HoldAccount,
            A::Escalate,
        ],
        Outcome::LetterSent => vec![A::SendLetter, A::AwaitPayment],
    }
}

/// What a wrap-up of this call should say.
pub fn expected(sc: &CompiledScenario, facts: &Facts, outcome: Outcome) -> ExpectedWrap {
    let terms = agreement(facts.proposals).map(|p| p.terms);
    let next_date = facts
        .callbacks
        .last()
        .map(|(_, at)| at.date())
        .or(terms.map(|t| t.first_date()));
    let mut flags = BTreeSet::new();
    let mut flag_of = |t: u16| {
        if let Some(Some(f)) = sc.tag_flags.get(t as usize) {
            flags.insert(*f);
        }
    };
    for e in facts.events {
        flag_of(e.tag);
    }
    for tags in facts.turn_tags {
        for &t in *tags {
            flag_of(t);
        }
    }
    ExpectedWrap {
        disposition: outcome,
        terms,
        actions: expected_actions(outcome),
        next_date,
        flags,
    }
}

/// Notes that say something: 15 characters and 3 different words of 2+ letters.
pub fn meaningful_notes(notes: &str) -> bool {
    let words: BTreeSet<String> = notes
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect();
    notes.trim().chars().count() >= DOC_NOTES_MIN_CHARS && words.len() >= 3
}

/// Points earned, points possible and each field's check.
pub fn score_fields(
    disposition: Outcome,
    notes: &str,
    fields: &WrapFields,
    want: &ExpectedWrap,
) -> (u32, u32, Vec<FieldCheck>) {
    let wrong_flags = fields.flags.symmetric_difference(&want.flags).count() as u32;
    let checks = [
        (
            WrapField::Disposition,
            30,
            disposition == want.disposition,
            30,
        ),
        (WrapField::Terms, 25, fields.terms == want.terms, 25),
        (
            WrapField::NextAction,
            15,
            want.actions.contains(&fields.next_action),
            15,
        ),
        (
            WrapField::NextDate,
            10,
            want.next_date.is_none() || fields.next_date == want.next_date,
            10,
        ),
        (
            WrapField::Flags,
            10,
            wrong_flags == 0,
            10u32.saturating_sub(2 * wrong_flags),
        ),
        (WrapField::Notes, 10, meaningful_notes(notes), 10),
    ];
    let mut earned = 0;
    let mut max = 0;
    let mut out = Vec::with_capacity(checks.len());
    for (field, points, ok, partial) in checks {
        max += points;
        if ok {
            earned += points;
        } else if field == WrapField::Flags {
            earned += partial;
        }
        out.push(FieldCheck { field, ok });
    }
    (earned, max, out)
}

/// Format 1's documentation score: 80 for the disposition, 20 for 15 characters of notes.
pub fn score_legacy(disposition: Outcome, notes: &str, outcome: Outcome) -> (u32, u32) {
    let mut earned = 0;
    if disposition == outcome {
        earned += 80;
    }
    if notes.trim().chars().count() >= DOC_NOTES_MIN_CHARS {
        earned += 20;
    }
    (earned, 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_notes_say_nothing() {
        assert!(!meaningful_notes("aaaaaaaaaaaaaaaa"));
        assert!(!meaningful_notes("asdf asdf asdf asdf"));
        assert!(meaningful_notes("Agreed $70 a month from 24 Nov."));
        assert!(meaningful_notes("Ugoda: 200 zł miesięcznie od grudnia."));
    }
}
