//! What the account's history means for a call: which rules it decides before the call
//! starts ([`rule_fact`]), and a scenario with another history (a case's later call,
//! [`CompiledScenario::with_history`]).
//!
//! Days are the debtor's local calendar days. A window of `d` days ending on the call's day
//! holds that day and the `d - 1` before it; "within `d` days after a conversation" means the
//! conversation's day is the first of `d` days that include the call's (12 CFR 1006.14(b)(2):
//! a conversation on a Monday bars calls until the next Monday).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::compile::{CCheck, CHistory, CRule, CompiledScenario, Contact, RuleFact, TagIdx};
use crate::content::history::Entry;

/// What the history decides about a rule before a call at `call` (local time): a rule for a
/// first (or a later) contact does not apply to the other kind.
pub fn rule_fact_of(rule: &CRule, history: &CHistory, call: NaiveDateTime) -> RuleFact {
    let prior = prior_communication(history);
    match rule.contact {
        Contact::First if prior => RuleFact::Inapplicable,
        Contact::Later if !prior => RuleFact::Inapplicable,
        _ => rule_fact(&rule.check, history, call),
    }
}

/// What the history decides about one rule check before a call at `call` (local time).
pub fn rule_fact(check: &CCheck, history: &CHistory, call: NaiveDateTime) -> RuleFact {
    let day = call.date();
    match *check {
        CCheck::CallWindow(from, to) => {
            RuleFact::Placing(in_window(call.hour() * 60 + call.minute(), from, to))
        }
        CCheck::CallDays(mask, ref holidays) => RuleFact::Placing(day_allowed(mask, holidays, day)),
        CCheck::NoContactAfter(tag) => {
            if history.on_file.contains(&tag) {
                RuleFact::Placing(false)
            } else {
                RuleFact::Inapplicable
            }
        }
        CCheck::CallFrequency(calls, days) => {
            let placed = calls_within(history, day, days);
            RuleFact::Placing(placed.saturating_add(1) <= calls as usize)
        }
        CCheck::AfterConversation(days) => {
            RuleFact::Placing(!conversation_within(history, day, days))
        }
        CCheck::After(event, ..) | CCheck::NeverAfter(event, _)
            if history.on_file.contains(&event) =>
        {
            RuleFact::Armed
        }
        CCheck::Until {
            opened,
            closed,
            days,
            ..
        } if in_force(history, opened, closed, days, day) => RuleFact::Armed,
        _ => RuleFact::None,
    }
}

/// Whether a date is on one of the weekdays of `mask` (bit 0: Monday) and not a holiday.
pub fn day_allowed(mask: u8, holidays: &[NaiveDate], day: NaiveDate) -> bool {
    mask & (1 << day.weekday().num_days_from_monday()) != 0 && !holidays.contains(&day)
}

/// Whether a minute of the day is in the window `from..to` (which may wrap past midnight).
pub fn in_window(minute: u32, from: u32, to: u32) -> bool {
    if from <= to {
        (from..to).contains(&minute)
    } else {
        minute >= from || minute < to
    }
}

/// The first day of a window of `days` days that ends on `day`.
fn window_start(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_sub_days(chrono::Days::new(u64::from(days.saturating_sub(1))))
        .unwrap_or(NaiveDate::MIN)
}

/// Calls the collector placed on the `days` days ending on `day` (that day included).
pub fn calls_within(history: &CHistory, day: NaiveDate, days: u32) -> usize {
    let from = window_start(day, days);
    history
        .entries
        .iter()
        .filter(|e| e.what.is_call_attempt() && (from..=day).contains(&e.at.date()))
        .count()
}

/// Whether a telephone conversation with the debtor is on file on the `days` days ending on
/// `day`.
pub fn conversation_within(history: &CHistory, day: NaiveDate, days: u32) -> bool {
    let from = window_start(day, days);
    history
        .entries
        .iter()
        .any(|e| e.what.is_conversation() && (from..=day).contains(&e.at.date()))
}

/// Whether the history holds a communication with the debtor (this call is not the first).
pub fn prior_communication(history: &CHistory) -> bool {
    history.entries.iter().any(|e| e.what.is_communication())
}

/// Whether `opened` is on file and still in force on `day`: not closed by a later entry,
/// and fewer than `days` days old when the obligation lapses by time.
pub fn in_force(
    history: &CHistory,
    opened: TagIdx,
    closed: TagIdx,
    days: Option<u32>,
    day: NaiveDate,
) -> bool {
    let mut since: Option<NaiveDate> = None;
    for tags in history.entries.iter().zip(&history.tags) {
        let (entry, tags) = tags;
        if tags.contains(&opened) {
            since = Some(entry.at.date());
        } else if tags.contains(&closed) {
            since = None;
        }
    }
    match (since, days) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(from), Some(d)) => (day - from).num_days() < i64::from(d),
    }
}

impl CompiledScenario {
    /// The tags seen when a call starts: the history's, on file.
    pub fn seen_at_start(&self) -> crate::engine::runner::TagSet {
        let mut seen = crate::engine::runner::TagSet::with_capacity(self.tag_names.len());
        for &t in &self.history.on_file {
            seen.insert(t);
        }
        seen
    }

    /// The rules' history facts, recomputed from the scenario's history and call time.
    pub fn refresh_rule_facts(&mut self) {
        for rule in &mut self.rules {
            rule.fact = rule_fact_of(rule, &self.history, self.call_local);
        }
    }

    /// This scenario with another history (a case's later call): entry tags are resolved by
    /// name; an unknown tag is an error naming it.
    pub fn with_history(&self, entries: Vec<Entry>) -> Result<CompiledScenario, String> {
        let mut tags = Vec::with_capacity(entries.len());
        for entry in &entries {
            let mut resolved = Vec::with_capacity(entry.tags.len());
            for name in &entry.tags {
                resolved.push(self.tag_index(name).ok_or_else(|| {
                    format!("history entry \"{}\": unknown tag \"{name}\"", entry.id)
                })?);
            }
            tags.push(resolved);
        }
        let mut sc = self.clone();
        sc.history = crate::compile::history_of(entries, tags);
        sc.refresh_rule_facts();
        Ok(sc)
    }
}
