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

/// Changes the last digit of a record's seed: the same length, still valid JSON.
fn edit_keeping_length(file: &Path) {
    let mut bytes = std::fs::read(file).unwrap();
    let at = bytes
        .windows(7)
        .position(|w| w == b"\"seed\":")
        .expect("the seed")
        + 7;
    // The seed's last digit, one less (or one more from 0): never past u64::MAX.
    let last = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
        - 1;
    bytes[last] = if bytes[last] == b'0' {
        b'1'
    } else {
        bytes[last] - 1
    };
    std::fs::write(file, &bytes).unwrap();
}

#[test]
fn a_record_edited_after_a_warm_report_is_flagged_and_a_corrupt_cache_is_a_warning() {
    let data = tempfile::tempdir().unwrap();
    let synth = callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "synth-records",
        "--count",
        "30",
        "--seed",
        "5",
        "--trainees",
        "4",
    ]);
    assert_eq!(synth.status.code(), Some(0), "{}", stderr(&synth));
    let arg_refs = args(data.path());
    let arg_refs: Vec<&str> = arg_refs.iter().map(String::as_str).collect();
    let cold = callcoach(&arg_refs);
    let warm = callcoach(&arg_refs);
    assert_eq!(stdout(&warm), stdout(&cold));
    assert!(stdout(&warm).contains("30 session(s)"), "{}", stdout(&warm));
    assert!(!stdout(&warm).contains("flagged"), "{}", stdout(&warm));
    // One record edited after the warm run, its length kept: flagged by the next report.
    let mut files: Vec<_> = std::fs::read_dir(data.path().join("records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    edit_keeping_length(&files[4]);
    let after = callcoach(&arg_refs);
    assert_eq!(after.status.code(), Some(0), "{}", stderr(&after));
    let table = stdout(&after);
    assert!(table.contains("1 tampered"), "{table}");
    let name = files[4].file_name().unwrap().to_str().unwrap();
    let line = table
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} flagged\n{table}"));
    assert!(line.contains("tampered"), "{line}");
    // The JSON report agrees.
    let json_args: Vec<&str> = arg_refs[..arg_refs.len() - 1]
        .iter()
        .copied()
        .chain(["json"])
        .collect();
    let json: serde_json::Value = serde_json::from_slice(&callcoach(&json_args).stdout).unwrap();
    assert_eq!(json["summary"]["tampered"], 1);
    // A corrupt cache: a warning, the same table, and the cache written again.
    let cache = cache_dir(data.path()).join("verified.bin");
    let mut bytes = std::fs::read(&cache).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&cache, &bytes).unwrap();
    let corrupt = callcoach(&arg_refs);
    assert_eq!(stdout(&corrupt), table);
    assert!(
        stderr(&corrupt).contains("verified.bin: the verification cache is corrupt"),
        "{}",
        stderr(&corrupt)
    );
    let again = callcoach(&arg_refs);
    assert_eq!(stdout(&again), table);
    assert!(!stderr(&again).contains("cache"), "{}", stderr(&again));
}

/// A call of the shipped two-call case (the picks and wrap-ups of `tests/case_cli.rs`).
fn case_call(data: &Path, picks: &str, wrap: &[&str]) {
    let lib = lib();
    let mut args = vec![
        "--library",
        &lib,
        "play",
        "--case",
        "uk-broken-promise",
        "--seed",
        "2",
        "--agent",
        "Ala Nowak",
        "--data-dir",
        data.to_str().unwrap(),
        "--picks",
        picks,
    ];
    args.extend_from_slice(wrap);
    let out = callcoach(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn the_table_checks_a_case_chain_warm_as_cold() {
    let data = tempfile::tempdir().unwrap();
    case_call(
        data.path(),
        "intro-verify,purpose-open,acknowledge-listen,income-expenditure,\
         plan:180.00:7:monthly:2026-11-17,lock-it-in,routes-writing,signpost-summarise",
        &[
            "--disposition",
            "payment-plan",
            "--wrap-terms",
            "plan:180.00:7:monthly:2026-11-17",
            "--notes",
            "NOTE-ONE",
        ],
    );
    case_call(
        data.path(),
        "call-now,intro-verify,what-happened,texas,redo-budget,offer-hold,summarise-hold",
        &[
            "--disposition",
            "on-hold",
            "--next-action",
            "hold-account",
            "--next-date",
            "2027-01-05",
            "--flags",
            "hardship",
            "--notes",
            "Missed 17 Nov.",
        ],
    );
    let arg_refs = args(data.path());
    let arg_refs: Vec<&str> = arg_refs.iter().map(String::as_str).collect();
    for _ in 0..2 {
        let table = stdout(&callcoach(&arg_refs));
        assert!(table.starts_with("2 session(s)"), "{table}");
        assert!(!table.contains("flagged"), "{table}");
    }
    // Call two says the promise was kept, signed again by a holder of the key: its own MAC
    // holds, its chain does not, cold and warm.
    let second = std::fs::read_dir(data.path().join("records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("follow-up"))
        .expect("call two's record");
    let text = std::fs::read_to_string(&second).unwrap();
    assert!(text.contains(r#""fate":"Broken""#), "{text}");
    let key = callcoach_core::records::seal::CohortKey::read(data.path())
        .unwrap()
        .unwrap();
    let mut rec: callcoach_core::records::record::SessionRecord =
        serde_json::from_str(&text.replace(r#""fate":"Broken""#, r#""fate":"Kept""#)).unwrap();
    key.sign(&mut rec);
    std::fs::write(&second, serde_json::to_vec(&rec).unwrap()).unwrap();
    for _ in 0..2 {
        let table = stdout(&callcoach(&arg_refs));
        let line = table
            .lines()
            .find(|l| l.contains("follow-up"))
            .unwrap_or_else(|| panic!("call two flagged\n{table}"));
        assert!(line.contains("tampered"), "{line}");
        assert!(line.contains("case"), "{line}");
    }
}
