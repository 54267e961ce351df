//! Issue 16, item 5: `callcoach report` with the verification cache. The report is the same
//! whether the cache is empty, full, or cannot be written (a disk that is full), and a cache
//! write that fails leaves nothing behind.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

fn args(data: &Path) -> Vec<String> {
    [
        "--library",
        &lib(),
        "--data-dir",
        data.to_str().unwrap(),
        "report",
        "--format",
        "table",
    ]
    .map(String::from)
    .to_vec()
}

fn cache_dir(data: &Path) -> std::path::PathBuf {
    data.join("cache")
}

#[test]
fn a_cache_that_cannot_be_written_does_not_fail_the_report() {
    let data = tempfile::tempdir().unwrap();
    let out = callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "synth-records",
        "--count",
        "40",
        "--seed",
        "3",
        "--trainees",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The folder exists, so the writer gets as far as writing: with a file size limit of 0
    // every write to a file fails (EFBIG, as ENOSPC does on a full disk).
    std::fs::create_dir(cache_dir(data.path())).unwrap();
    let full = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_callcoach"))
        .args(args(data.path()))
        .env_remove("CALLCOACH_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(0), "{}", stderr(&full));
    assert_eq!(
        std::fs::read_dir(cache_dir(data.path())).unwrap().count(),
        0,
        "a failed cache write leaves nothing behind"
    );
    let arg_refs = args(data.path());
    let arg_refs: Vec<&str> = arg_refs.iter().map(String::as_str).collect();
    let cold = callcoach(&arg_refs);
    assert_eq!(cold.status.code(), Some(0), "{}", stderr(&cold));
    assert!(cache_dir(data.path()).join("verified.bin").is_file());
    let warm = callcoach(&arg_refs);
    assert_eq!(warm.status.code(), Some(0), "{}", stderr(&warm));
    let table = stdout(&full);
    assert!(table.contains("40"), "{table}");
    assert_eq!(stdout(&cold), table);
    assert_eq!(stdout(&warm), table);
    assert_eq!(stderr(&warm), stderr(&full));
}
