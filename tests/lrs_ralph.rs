//! callcoach against a real LRS: Ralph, started by the test on 127.0.0.1 (`common::ralph`).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::ralph::{self, Ralph};

/// Runs the binary with the LRS credentials in the environment.
fn callcoach_lrs(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env("CALLCOACH_LRS_USER", ralph::USER)
        .env("CALLCOACH_LRS_PASSWORD", ralph::PASSWORD)
        .output()
        .expect("run callcoach")
}

#[test]
fn every_statement_sent_to_ralph_reads_back_equal() {
    let lrs = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path().to_str().expect("utf-8");
    let out = callcoach_lrs(&[
        "--data-dir",
        d,
        "synth-records",
        "--count",
        "30",
        "--seed",
        "3",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = callcoach_lrs(&["--data-dir", d, "report", "--format", "xapi"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let expected: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("statements");
    let out = callcoach_lrs(&[
        "--data-dir",
        d,
        "report",
        "--format",
        "xapi",
        "--lrs",
        &lrs.endpoint,
    ]);
    assert!(
        out.status.success(),
        "{}\n{}",
        common::stderr(&out),
        lrs.log()
    );
    let stored: BTreeMap<String, serde_json::Value> = lrs
        .all_statements()
        .into_iter()
        .map(|s| (s["id"].as_str().expect("id").to_string(), s))
        .collect();
    assert_eq!(stored.len(), expected.len());
    for s in &expected {
        let back = &stored[s["id"].as_str().expect("id")];
        for field in ["actor", "verb", "object", "result", "context", "timestamp"] {
            if s.get(field).is_some() {
                assert_eq!(&back[field], &s[field], "{field} of {}", s["id"]);
            }
        }
    }
}
