//! The account behind a call, as written: the dated log a collections system shows before the
//! collector dials (`history` in a scenario), and the holiday calendars calling-day rules read
//! (`scenarios/calendars/<id>.ron`).
//!
//! History entries are facts on file: each may put event tags on file (a cease letter
//! received, a dispute logged, a promise broken), which the call's conditions and the rubric's
//! history checks (`NoContactAfter`, `CallFrequency`, `AfterConversation`, `FirstContact`,
//! `LaterContact`, `CallDays`, `Until`) read as having happened before the call.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::content::model::{Outcome, TagId};
use crate::content::negotiation::Terms;

/// One thing on the account's file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique within the history. The collector's note on it is the message `history-<id>` of
    /// the scenario's text (unless `text` gives the note as typed).
    pub id: String,
    /// When it happened, in the debtor's local time (`YYYY-MM-DDTHH:MM:SS`).
    pub at: NaiveDateTime,
    /// What happened.
    pub what: Happened,
    /// Event tags this entry puts on file from `at` on (e.g. `cease-letter-received`).
    #[serde(default)]
    pub tags: Vec<TagId>,
    /// The note as the collector typed it: only on entries a case carries over from an earlier
    /// call (the trainee's own wrap-up notes). Written entries use `history-<id>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// This entry stands for the previous call of a case (so the scenario also plays on its
    /// own); when the scenario is played in a case, what really happened replaces it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub previous_call: bool,
}

/// What an entry records.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum Happened {
    /// A telephone call: who rang whom, who answered, and how it ended when someone did.
    Call {
        direction: Direction,
        reached: Reached,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome: Option<Outcome>,
    },
    /// A letter, email or text message: a notice sent, a letter received, a reply.
    Message {
        channel: Channel,
        direction: Direction,
        /// The entry (a message) this one answers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replies_to: Option<String>,
    },
    /// Terms the debtor agreed to (a promise to pay, a plan).
    Promise { terms: Terms },
    /// A payment received, under a promise when it names one.
    Payment {
        amount: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        promise: Option<String>,
    },
    /// A payment due under a promise that did not arrive: the promise is broken.
    Missed { promise: String },
}

/// Who started a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Direction {
    /// The collector (or creditor) to the debtor.
    Outbound,
    /// The debtor (or their representative) to the collector.
    Inbound,
}

/// Who a telephone call reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Reached {
    /// The debtor: a conversation about the debt.
    Debtor,
    /// Someone else (a spouse, a receptionist).
    ThirdParty,
    /// Nobody answered.
    NoAnswer,
    /// A voicemail box (a limited-content message at most).
    Voicemail,
    /// The number is not the debtor's.
    WrongNumber,
}

/// How a message travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Channel {
    Letter,
    Email,
    Text,
}

impl Direction {
    /// Lower-case key for Fluent ids (`history-direction-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Direction::Outbound => "outbound",
            Direction::Inbound => "inbound",
        }
    }
}

impl Reached {
    /// Kebab-case key for Fluent ids (`history-reached-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Reached::Debtor => "debtor",
            Reached::ThirdParty => "third-party",
            Reached::NoAnswer => "no-answer",
            Reached::Voicemail => "voicemail",
            Reached::WrongNumber => "wrong-number",
        }
    }
}

impl Channel {
    /// Lower-case key for Fluent ids (`history-channel-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Text => "text",
        }
    }
}

impl Happened {
    /// Kebab-case key of the entry's kind, for Fluent ids (`history-kind-<key>`) and exports.
    pub fn key(&self) -> &'static str {
        match self {
            Happened::Call { .. } => "call",
            Happened::Message { .. } => "message",
            Happened::Promise { .. } => "promise",
            Happened::Payment { .. } => "payment",
            Happened::Missed { .. } => "missed",
        }
    }

    /// A telephone conversation with the debtor about the debt (either direction).
    pub fn is_conversation(&self) -> bool {
        matches!(
            self,
            Happened::Call {
                reached: Reached::Debtor,
                ..
            }
        )
    }

    /// A call the collector placed (answered or not): what call-frequency limits count.
    pub fn is_call_attempt(&self) -> bool {
        matches!(
            self,
            Happened::Call {
                direction: Direction::Outbound,
                reached: Reached::Debtor
                    | Reached::ThirdParty
                    | Reached::NoAnswer
                    | Reached::Voicemail,
                ..
            }
        )
    }

    /// A communication with the debtor about the debt: a conversation, a message sent to or
    /// received from them. A voicemail box or a call nobody answered is not one.
    pub fn is_communication(&self) -> bool {
        self.is_conversation() || matches!(self, Happened::Message { .. })
    }
}

/// A calendar of public holidays: `scenarios/calendars/<id>.ron`. Each holiday's name is the
/// message `holiday-<name>` in `ui.ftl`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// The calendar id (the file stem), named by `CallDays` checks.
    pub id: String,
    /// The years the list is complete for (a date outside them is not known to be a workday).
    pub years: (i32, i32),
    /// The public holidays, in date order.
    pub holidays: Vec<Holiday>,
}

/// One public holiday.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub date: NaiveDate,
    /// Key of the holiday's name (`holiday-<name>` in `ui.ftl`).
    pub name: String,
}

impl Calendar {
    /// The holiday on this date, if any.
    pub fn holiday(&self, date: NaiveDate) -> Option<&Holiday> {
        self.holidays.iter().find(|h| h.date == date)
    }

    /// Whether the list covers this date's year.
    pub fn covers(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        (self.years.0..=self.years.1).contains(&date.year())
    }
}
