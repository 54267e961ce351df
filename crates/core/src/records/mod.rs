//! One trainee's session: the call in progress and its journal, the record written when it
//! ends, where records are stored, replaying and verifying them, the localised transcript and
//! the debrief.
//!
//! - [`record`]: the record format (turns by name), its id, and building it from a call.
//! - [`store`]: the data folder, the atomic no-overwrite writer, reading and listing records.
//! - [`journal`]: the journal of a call in progress, and resuming it.
//! - [`seal`]: the cohort key and the MAC that binds every field of a record.
//! - [`verify`]: replaying a record's picks and catching an edited record.
//! - [`verify_cache`]: the verdicts of record files already verified, keyed by their bytes.
//! - [`digest`]: the few facts of a record the cohort table reads, kept in that cache.
//! - [`session`]: a session as both shells drive it (pick, time out, rewind, finish).
//! - [`call_text`]: the localised lines, choices and transcript of a call.
//! - [`debrief`]: the debrief of a finished call.
//! - [`debrief_text`]: the debrief as the terminal's lines, fallbacks marked.
//! - [`budget`]: the debtor's finances and the arrangement in words.
//! - [`history_text`]: the account's history and the pre-call desk in words.
//! - [`case`]: a case's calls in order, each starting from what happened in the one before.

pub mod budget;
pub mod call_text;
pub mod case;
pub mod case_text;
pub mod debrief;
pub mod debrief_text;
pub mod digest;
pub mod history_text;
pub mod journal;
pub mod record;
pub mod seal;
pub mod session;
pub mod store;
pub mod verify;
pub mod verify_cache;
