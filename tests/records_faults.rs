//! Issue 17, records: the command line when the data folder is mistyped, cannot be listed or
//! written, when names slug alike, and when the LRS ledger is a planted link. Each case
//! asserts the exact message.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

/// A path through job-loss-hardship by display position, long enough to reach an ending.
const PICKS: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

fn play(data: &Path, agent: &str, picks: &str) -> std::process::Output {
    callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--seed",
        "3",
        "--picks",
        picks,
        "--agent",
        agent,
        "--disposition",
        "hung-up",
        "--notes",
        "Debtor ended the call.",
    ])
}

fn report(data: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "--library",
        &*Box::leak(lib().into_boxed_str()),
        "--data-dir",
    ];
    args.push(data.to_str().unwrap());
    args.push("report");
    args.extend_from_slice(extra);
    callcoach(&args)
}

fn journals(data: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir(data.join("journal")).unwrap().flatten() {
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            out.push(f.path());
        }
    }
    out.sort();
    out
}

#[test]
fn report_on_a_mistyped_data_folder_is_an_error() {
    let base = tempfile::tempdir().unwrap();
    let typo = base.path().join("cohrot");
    let out = report(&typo, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: no such data folder (check --data-dir or $CALLCOACH_DATA_DIR)\n",
            typo.display()
        )
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn report_on_a_records_folder_that_is_not_a_folder_is_an_error() {
    let data = tempfile::tempdir().unwrap();
    let records = data.path().join("records");
    std::fs::write(&records, "").unwrap();
    let out = report(data.path(), &["--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: cannot list the records: it is not a folder\n",
            records.display()
        )
    );
}

#[test]
fn report_on_a_linked_records_folder_is_an_error() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let records = data.path().join("records");
    symlink(elsewhere.path(), &records).unwrap();
    let out = report(data.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: cannot list the records: it is a symbolic link; records are only read \
             from a real folder inside the data folder (replace the link with the folder \
             itself)\n",
            records.display()
        )
    );
}

#[test]
fn an_empty_data_folder_still_reports_no_sessions() {
    let data = tempfile::tempdir().unwrap();
    let out = report(data.path(), &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["sessions"], serde_json::json!([]));
}

#[test]
fn a_record_that_cannot_be_written_is_printed_and_its_journal_kept() {
    let data = tempfile::tempdir().unwrap();
    // `records` cannot be made a folder (as on a read-only data folder, also for root).
    let records = data.path().join("records");
    std::fs::write(&records, "in the way").unwrap();
    let out = play(data.path(), "Ola", PICKS);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let kept = journals(data.path());
    assert_eq!(kept.len(), 1, "{kept:?}");
    let err = stderr(&out);
    let stdout = stdout(&out);
    // The record is on standard output, whole, after the debrief.
    let start = stdout.rfind("\n{\n").expect("the record is printed") + 1;
    let rec: callcoach_core::records::record::SessionRecord =
        serde_json::from_str(&stdout[start..]).unwrap();
    assert_eq!((rec.meta.trainee.as_str(), rec.meta.seed), ("Ola", 3));
    assert_eq!(
        err,
        format!(
            "Could not write the session record: {}: it is a file, not a folder (move the file \
             away so the folder can be made)\n\
             The record ({}) is printed above on standard output: save it as a .json file in \
             the data folder's records folder to keep it.\n\
             The call's journal is kept at {}: resume the call (in the app, or with play --case \
             for a case) to write the record once the folder can take it.\n",
            records.display(),
            rec.id,
            kept[0].display()
        )
    );
    // Nothing else was left in the data folder.
    let mut names: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["journal", "records"]);
}

#[test]
fn names_that_slug_alike_do_not_remove_each_others_unfinished_call() {
    let data = tempfile::tempdir().unwrap();
    // Jan's call stops after two turns (the scripted picks run out): his journal stays.
    let out = play(data.path(), "Jan Kowalski", "1,1");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("error: the scripted picks ran out at node"),
        "{}",
        stderr(&out)
    );
    let jan = journals(data.path());
    assert_eq!(jan.len(), 1);
    // JAN.KOWALSKI plays a whole call of his own and records it.
    let out = play(data.path(), "JAN.KOWALSKI", PICKS);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(journals(data.path()), jan, "Jan's journal is untouched");
    let u = callcoach_core::records::journal::read_journal(data.path(), "Jan Kowalski")
        .unwrap()
        .unwrap();
    assert_eq!(
        (u.turns.len(), u.meta.trainee.as_str()),
        (2, "Jan Kowalski")
    );
}

#[test]
fn a_linked_lrs_ledger_is_neither_read_nor_written() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir(data.path().join("records")).unwrap();
    let victim = data.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    // The old single ledger as a link is left alone; the ledger folder as a link is refused.
    symlink(&victim, data.path().join("xapi-sent.log")).unwrap();
    let folder = data.path().join("xapi-sent");
    symlink(elsewhere.path(), &folder).unwrap();
    let out = report(
        data.path(),
        &["--format", "xapi", "--lrs", "http://127.0.0.1:9/xapi"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {}: the ledger folder is a symbolic link, which is not followed\n",
            folder.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(data.path().join("xapi-sent.log").is_symlink());
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}
