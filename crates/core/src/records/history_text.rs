//! The account's history and the pre-call desk in words, for both shells: each entry as a
//! collections system lists it (when, what, the collector's note, the tags it put on file),
//! and the facts a collector reads before dialling (the debtor's local day and time, calls
//! this week, the last conversation, a public holiday).

use chrono::{Datelike, NaiveDateTime};

use crate::content::history::{Direction, Entry, Happened};
use crate::content::l10n::{n, s};
use crate::engine::history::{calls_within, prior_communication};
use crate::records::call_text::CallText;

/// One history entry in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryLine {
    /// The entry id.
    pub id: String,
    /// When, in the debtor's local time.
    pub when: String,
    /// What happened.
    pub what: String,
    /// The collector's note (the trainee's own words for an entry carried from an earlier
    /// call of a case).
    pub note: String,
    /// The descriptions of the tags it put on file.
    pub on_file: Vec<String>,
    /// The entry is what an earlier call of this case left (the call, its promise, the
    /// payments or the missed one), not part of the written scenario.
    pub carried: bool,
    /// The note is the trainee's own wrap-up notes from that earlier call (on the carried call
    /// or letter; empty when they wrote none).
    pub own_notes: bool,
}

/// A date and time the local way.
pub fn when(text: &CallText, at: NaiveDateTime) -> String {
    text.ui(
        "history-when",
        &[
            ("date", s(text.loc.date(text.lang, at.date()))),
            ("time", s(at.format("%H:%M").to_string())),
        ],
    )
}

fn entry_date(entries: &[Entry], id: &str, text: &CallText) -> String {
    entries
        .iter()
        .find(|e| e.id == id)
        .map_or_else(|| id.to_string(), |e| text.loc.date(text.lang, e.at.date()))
}

/// What an entry records, in words.
pub fn what(text: &CallText, entry: &Entry, entries: &[Entry]) -> String {
    match &entry.what {
        Happened::Call {
            direction,
            reached,
            outcome,
        } => {
            let mut args = vec![
                (
                    "direction",
                    s(text.ui(&format!("history-direction-{}", direction.key()), &[])),
                ),
                (
                    "reached",
                    s(text.ui(&format!("history-reached-{}", reached.key()), &[])),
                ),
            ];
            match outcome {
                Some(o) => {
                    args.push(("outcome", s(text.outcome(*o))));
                    text.ui("history-call-outcome", &args)
                }
                None => text.ui("history-call", &args),
            }
        }
        Happened::Message {
            channel,
            direction,
            replies_to,
        } => {
            let channel = s(text.ui(&format!("history-channel-{}", channel.key()), &[]));
            let id = match direction {
                Direction::Outbound => "history-sent",
                Direction::Inbound => "history-received",
            };
            let message = text.ui(id, &[("channel", channel)]);
            match replies_to {
                Some(r) => text.ui(
                    "history-reply",
                    &[
                        ("message", s(message)),
                        ("date", s(entry_date(entries, r, text))),
                    ],
                ),
                None => message,
            }
        }
        Happened::Promise { terms } => {
            text.ui("history-promise", &[("terms", s(text.terms(terms)))])
        }
        Happened::Payment { amount, .. } => text.ui(
            "history-payment",
            &[(
                "amount",
                s(text
                    .loc
                    .money(text.lang, *amount, &text.sc.source.account.currency)),
            )],
        ),
        Happened::Missed { promise } => text.ui(
            "history-missed",
            &[("date", s(entry_date(entries, promise, text)))],
        ),
    }
}

/// The account's history, newest first (as a collections system lists it).
pub fn history_lines(text: &CallText) -> Vec<HistoryLine> {
    let history = &text.sc.history;
    history
        .entries
        .iter()
        .zip(&history.tags)
        .rev()
        .map(|(entry, tags)| HistoryLine {
            id: entry.id.clone(),
            when: when(text, entry.at),
            what: what(text, entry, &history.entries),
            note: match &entry.text {
                Some(typed) => typed.clone(),
                None => text.msg(&format!("history-{}", entry.id), None).text,
            },
            on_file: tags
                .iter()
                .map(|&t| {
                    text.loc
                        .t(text.lang, &format!("tag-{}", text.sc.tag_names[t as usize]))
                })
                .collect(),
            carried: entry.text.is_some(),
            own_notes: entry.text.is_some()
                && matches!(entry.what, Happened::Call { .. } | Happened::Message { .. }),
        })
        .collect()
}

/// What a collector reads before dialling: the debtor's local day and time, calls placed in
/// the last 7 days, the last conversation, whether this would be the first communication,
/// and a public holiday today (from the calendars the scenario's rules name).
pub fn desk_facts(text: &CallText) -> Vec<String> {
    let sc = text.sc;
    let at = sc.call_local;
    let day = at.date();
    let mut out = vec![text.ui(
        "desk-local-time",
        &[
            (
                "weekday",
                s(text.ui(
                    &format!("weekday-{}", day.weekday().number_from_monday()),
                    &[],
                )),
            ),
            ("date", s(text.loc.date(text.lang, day))),
            ("time", s(at.format("%H:%M").to_string())),
        ],
    )];
    out.push(text.ui(
        "desk-calls-in-week",
        &[("count", n(calls_within(&sc.history, day, 7) as u32))],
    ));
    let last = sc
        .history
        .entries
        .iter()
        .rev()
        .find(|e| e.what.is_conversation());
    out.push(match last {
        Some(e) => text.ui(
            "desk-last-conversation",
            &[
                ("date", s(text.loc.date(text.lang, e.at.date()))),
                ("days", n((day - e.at.date()).num_days().max(0) as u32)),
            ],
        ),
        None => text.ui("desk-no-conversation", &[]),
    });
    if !prior_communication(&sc.history) {
        out.push(text.ui("desk-first-contact", &[]));
    }
    if let Some((_, name)) = sc.holidays.iter().find(|(d, _)| *d == day) {
        out.push(text.ui(
            "desk-holiday",
            &[("holiday", s(text.ui(&format!("holiday-{name}"), &[])))],
        ));
    }
    out
}
