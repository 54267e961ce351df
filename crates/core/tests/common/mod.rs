//! Helpers shared by the core's integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// The repository root (the shipped content library).
pub fn shipped() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}
