//! Helpers shared by the integration tests: a copy of the shipped library to break, and the
//! `callcoach` binary.

#![allow(dead_code)]

pub mod ralph;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the shipped content library).
pub fn shipped() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// A fresh copy of the shipped `scenarios/` and `locales/` in a temporary folder.
pub fn library_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["scenarios", "locales"] {
        copy_dir(&shipped().join(sub), &dir.path().join(sub));
    }
    dir
}

/// Replaces the first occurrence of `from` in a file (panics if absent, so a test cannot
/// silently test nothing when content changes).
pub fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).expect("read file to edit");
    assert!(text.contains(from), "{file} does not contain {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write edited file");
}

/// 1-based line and column (in characters) of the first occurrence of `needle` in a file.
pub fn position(root: &Path, file: &str, needle: &str) -> (usize, usize) {
    let text = fs::read_to_string(root.join(file)).expect("read file");
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{file} does not contain {needle:?}"));
    let line = text[..offset].matches('\n').count() + 1;
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// Runs the binary with arguments.
pub fn callcoach(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(args)
        .env_remove("CALLCOACH_DATA_DIR")
        .output()
        .expect("run callcoach")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `check --format json` on a library: (exit code, diagnostics as JSON values).
pub fn check_json(root: &Path) -> (i32, Vec<serde_json::Value>) {
    let out = callcoach(&[
        "--library",
        root.to_str().expect("utf-8 path"),
        "check",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check printed no JSON ({e}): {}{}",
            stdout(&out),
            stderr(&out)
        )
    });
    let diagnostics = json[0]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    (out.status.code().unwrap_or(-1), diagnostics)
}

/// The diagnostics with a code.
pub fn with_code<'a>(
    diagnostics: &'a [serde_json::Value],
    code: &str,
) -> Vec<&'a serde_json::Value> {
    diagnostics.iter().filter(|d| d["code"] == code).collect()
}
