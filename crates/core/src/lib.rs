//! callcoach-core: everything about debt-collection training calls that is not pixels,
//! terminal or network.
//!
//! The modules follow the pipeline, one folder a stage:
//! - [`content`]: the content model as written (RON), loading a library from disk, source
//!   positions and diagnostics, localisation (Fluent);
//! - [`compile`]: names resolved into a `CompiledScenario` (indices everywhere);
//! - [`check`]: every diagnostic a trainer can get, and the balance of a scenario;
//! - [`engine`]: the call runner, scoring, searches, random walks, the call graph;
//! - [`records`]: a session (journal, record, replay, verification, transcript, debrief);
//! - [`cohort`]: reports over many records, the dashboard's figures, xAPI statements;
//! - [`programme`]: tracks, groups and assignments, progress, the funnel and mastery;
//! - [`voice`]: spoken forms of lines, voices as data, what a synthesiser is asked.
//!
//! It knows nothing of Bevy, egui, clap, the terminal or HTTP: the app (`callcoach-app`) and
//! the command line (the `callcoach` binary) are thin shells over it.

pub mod certificate;
pub mod check;
pub mod cohort;
pub mod compile;
pub mod content;
pub mod drill;
pub mod engine;
pub mod parallel;
pub mod programme;
pub mod records;
pub mod synth;
pub mod voice;
