//! The training programme (docs/programme.md): tracks, groups and assignments in
//! `<data>/programme.ron`, the cohort shares it with the records.
//!
//! - [`model`]: the file's types as written;
//! - [`file`]: reading with a `file:line:col` error, saving atomically under a lock with a
//!   compare-and-swap on the file's hash;
//! - [`merge`]: the three-way merge of two coordinators' edits, by item id;
//! - [`check`]: references to scenarios, cases, tracks and groups that do not exist;
//! - [`progress`]: each assignment's status per trainee from the trusted records, the funnel;
//! - [`mastery`]: the trainee × rule matrix with its trend;
//! - [`export`]: CSV rows, JSON and localised tables for the command line;
//! - [`rule_text`]: a completion rule's compact form (`passed-exam+no-critical-2`).

pub mod check;
pub mod export;
pub mod file;
pub mod mastery;
pub mod merge;
pub mod model;
pub mod progress;
pub mod rule_text;
