//! callcoach: a debt-collection call simulator for IT-collections trainees.
//!
//! This library is the core: the content model, loading, the checker, the call runner,
//! scoring, localisation, session records and reports. It knows nothing of Bevy; the app
//! (`app`, behind the `app` feature) and the command line (`cli`) are thin shells over it.

pub mod check;
pub mod cli;
pub mod compile;
pub mod dashboard;
pub mod diagnostic;
pub mod graph;
pub mod l10n;
pub mod library;
pub mod model;
pub mod progress;
pub mod record;
pub mod report;
pub mod runner;
pub mod scoring;
pub mod search;
pub mod session;
pub mod synth;
pub mod walk;
pub mod xapi;

#[cfg(feature = "app")]
pub mod app;
