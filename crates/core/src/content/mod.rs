//! The content library as a trainer writes it: the RON model, loading files from disk (or
//! memory), diagnostics with source positions, and Fluent localisation.

pub mod case;
pub mod codes;
pub mod diagnostic;
pub mod fs;
pub mod history;
pub mod l10n;
pub mod loader;
pub mod model;
pub mod negotiation;
