//! Playing a compiled scenario: the call runner, scoring, searches over every way a call can
//! go, seeded random walks, and the call graph.

pub mod condition;
pub mod graph;
pub mod history;
pub mod negotiation;
pub mod runner;
pub mod scoring;
pub mod search;
pub mod walk;
