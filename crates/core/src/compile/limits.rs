//! The limits a scenario must keep so that everything computed from it fits its types: dates
//! (E130), timers (E131), how many choices a node has (E132), and how many state variables
//! and tags there are (E134). Past them the compiler
//! reports an error at the field instead of overflowing, wrapping or truncating.

use std::ops::Range;

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};

use super::Resolver;

/// The years a scenario's dates may fall in (the call, the account's due date, callbacks,
/// history entries). Far inside chrono's range, so day and month arithmetic on them (payment
/// schedules, "7 days after") can never leave it.
pub const DATE_YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// The largest UTC offset a debtor may have, either way (18 hours, as ISO 8601 allows).
pub const MAX_UTC_OFFSET_MINUTES: i32 = 18 * 60;

/// The longest answer timer: one hour (its milliseconds always fit a turn's `u32`).
pub const MAX_TIMER_SECONDS: u32 = 60 * 60;

/// The most choices one node may offer (choice indices are `u16`; a trainee reads them all).
pub const MAX_CHOICES: usize = 1_000;

/// The most state variables a scenario may have (variable indices are `u8`).
pub const MAX_VARIABLES: usize = 256;

/// The most tags the vocabulary may have (tag indices are `u16`).
pub const MAX_TAGS: usize = 65_536;

/// Whether a year is inside [`DATE_YEARS`].
pub fn year_ok(at: impl Datelike) -> bool {
    DATE_YEARS.contains(&at.year())
}

/// The call's local time: `call_at` moved by the debtor's UTC offset, checked (a sum past
/// chrono's range, which E130 reports, stays at UTC).
pub fn local_time(call_at: DateTime<Utc>, utc_offset_minutes: i32) -> NaiveDateTime {
    let utc = call_at.naive_utc();
    utc.checked_add_signed(Duration::minutes(i64::from(utc_offset_minutes)))
        .unwrap_or(utc)
}

impl Resolver<'_> {
    /// E130 on the header's dates: the debtor's UTC offset, the call (in UTC and in the
    /// debtor's local time) and the account's due date.
    pub(super) fn header_dates(&mut self) {
        let sc = self.scenario;
        let offset = sc.debtor.utc_offset_minutes;
        if offset.unsigned_abs() > MAX_UTC_OFFSET_MINUTES.unsigned_abs() {
            let span = self.value_of(self.locator.field("utc_offset_minutes"));
            let diagnostic = self
                .error(
                    "E130",
                    span,
                    format!(
                        "the debtor's UTC offset of {offset} minutes is more than {MAX_UTC_OFFSET_MINUTES} minutes (18 hours)"
                    ),
                )
                .help("give the offset of the debtor's time zone in minutes, e.g. -300 for New York, 60 for Warsaw in winter");
            self.report(diagnostic);
        }
        let local = sc
            .call_at
            .naive_utc()
            .checked_add_signed(Duration::minutes(i64::from(offset)));
        if !year_ok(sc.call_at) || !local.is_some_and(year_ok) {
            let span = self.value_of(self.locator.field("call_at"));
            self.date_error(
                span,
                &format!("the call's time {}", sc.call_at.to_rfc3339()),
            );
        }
        if !year_ok(sc.account.due) {
            let span = self.value_of(self.locator.field("due"));
            self.date_error(span, &format!("the account's due date {}", sc.account.due));
        }
    }

    /// The span of the value written after a field's key (`key: value`): a string literal
    /// with its quotes, or a bare value up to the next `,`, `)`, `}` or line end.
    pub(super) fn value_of(&self, key: Range<usize>) -> Range<usize> {
        let text = &self.source.text;
        let Some(rest) = text.get(key.end..) else {
            return key;
        };
        let Some(colon) = rest.find(':') else {
            return key;
        };
        let after = &rest[colon + 1..];
        let start = key.end + colon + 1 + (after.len() - after.trim_start().len());
        let value = &text[start..];
        let len = if let Some(inner) = value.strip_prefix('"') {
            inner.find('"').map_or(value.len(), |q| q + 2)
        } else {
            value.find([',', ')', '}', '\n']).unwrap_or(value.len())
        };
        start..start + len
    }

    /// E130: a date outside [`DATE_YEARS`], described as `what`.
    pub(super) fn date_error(&mut self, span: Range<usize>, what: &str) {
        let diagnostic = self
            .error(
                "E130",
                span,
                format!(
                    "{what} is outside the years {} to {} that callcoach computes dates in",
                    DATE_YEARS.start(),
                    DATE_YEARS.end()
                ),
            )
            .help("write a date between the years 1000 and 9999, e.g. \"2026-11-17T15:30:00Z\"");
        self.report(diagnostic);
    }

    /// E131 on a node's answer timer longer than [`MAX_TIMER_SECONDS`].
    pub(super) fn timer_limit(&mut self, id: &str, seconds: u32, range: &Range<usize>) {
        if seconds <= MAX_TIMER_SECONDS {
            return;
        }
        let timeout = self.locator.field_in("timeout", range);
        let seconds_key = self
            .locator
            .field_in("seconds", &(timeout.start..range.end));
        let span = self.value_of(seconds_key);
        let diagnostic = self
            .error(
                "E131",
                span,
                format!(
                    "node \"{id}\" has a {seconds}-second timer, longer than the {MAX_TIMER_SECONDS} seconds (one hour) a timer may run"
                ),
            )
            .help("give the trainee at most an hour (seconds: 3600), or remove the timeout");
        self.report(diagnostic);
    }

    /// E134 on more state variables than [`MAX_VARIABLES`], or a vocabulary of more tags than
    /// [`MAX_TAGS`] (reported on every scenario, which cannot compile with it).
    pub(super) fn count_limits(&mut self) {
        let variables = self.scenario.state.len();
        if variables > MAX_VARIABLES {
            let span = self.locator.field("state");
            let diagnostic = self
                .error(
                    "E134",
                    span,
                    format!("the scenario has {variables} state variables, more than the {MAX_VARIABLES} callcoach counts"),
                )
                .help(format!("use at most {MAX_VARIABLES} state variables"));
            self.report(diagnostic);
        }
        let tags = self.tag_names.len();
        if tags > MAX_TAGS {
            let span = self.locator.field("tags");
            let diagnostic = self
                .error(
                    "E134",
                    span,
                    format!("the tag vocabulary has {tags} tags, more than the {MAX_TAGS} callcoach counts"),
                )
                .help(format!("keep scenarios/tags.ron to at most {MAX_TAGS} tags"));
            self.report(diagnostic);
        }
    }

    /// E132 on a node with more than [`MAX_CHOICES`] choices.
    pub(super) fn choice_limit(&mut self, id: &str, count: usize, what: &str) {
        if count <= MAX_CHOICES {
            return;
        }
        let span = self.locator.node(id).unwrap_or(0..0);
        let diagnostic = self
            .error(
                "E132",
                span,
                format!(
                    "node \"{id}\" has {count} {what}, more than the {MAX_CHOICES} a node may offer"
                ),
            )
            .help(format!(
                "split the {what} over several nodes (at most {MAX_CHOICES} on one)"
            ));
        self.report(diagnostic);
    }
}
