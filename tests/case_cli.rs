//! A case of two calls in `callcoach play --case` on the shipped uk-broken-promise, in both
//! languages (issue "The account behind the call"): call one's over-promise breaks, call two's
//! desk shows call one's notes and arrangement, the case ends; the records verify and hold
//! together, an edited link is caught, and a call killed midway goes on where it stopped.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const CASE: &str = "uk-broken-promise";

/// Call one: verify, listen, budget, then £180 a month against the £90 she can spare.
const CALL_ONE: &str = "intro-verify,purpose-open,acknowledge-listen,income-expenditure,plan:180.00:7:monthly:2026-11-17,lock-it-in,routes-writing,signpost-summarise";

/// Call two: dial, verify, ask what happened, TEXAS, redo the budget, hold for advice.
const CALL_TWO: &str =
    "call-now,intro-verify,what-happened,texas,redo-budget,offer-hold,summarise-hold";

fn case_call(data: &Path, lang: &str, picks: &str, wrap: &[&str]) -> String {
    let lib = shipped();
    let mut args = vec![
        "--library",
        lib.to_str().unwrap(),
        "play",
        "--case",
        CASE,
        "--seed",
        "2",
        "--agent",
        "Ala Nowak",
        "--data-dir",
        data.to_str().unwrap(),
        "--lang",
        lang,
        "--picks",
        picks,
    ];
    args.extend_from_slice(wrap);
    let out = callcoach(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

const WRAP_ONE: [&str; 6] = [
    "--disposition",
    "payment-plan",
    "--wrap-terms",
    "plan:180.00:7:monthly:2026-11-17",
    "--notes",
    "NOTE-ONE: £180 a month from 17 Nov, by card",
];

const WRAP_TWO: [&str; 10] = [
    "--disposition",
    "on-hold",
    "--next-action",
    "hold-account",
    "--next-date",
    "2027-01-05",
    "--flags",
    "hardship",
    "--notes",
    "Missed 17 Nov: partner moved out. Hold 30 days for StepChange.",
];

fn report_json(data: &Path) -> serde_json::Value {
    let lib = shipped();
    let out = callcoach(&[
        "--library",
        lib.to_str().unwrap(),
        "report",
        "--data-dir",
        data.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("report JSON")
}

#[test]
fn a_two_call_case_plays_end_to_end_in_both_languages() {
    let texts = [
        (
            "en",
            "call 2 of 2",
            "Your notes from the earlier call: NOTE-ONE",
            "[Before you dial]",
        ),
        (
            "pl",
            "rozmowa 2 z 2",
            "Twoje notatki z poprzedniej rozmowy: NOTE-ONE",
            "[Zanim zadzwonisz]",
        ),
    ];
    for (lang, call_two, notes, question) in texts {
        let data = tempfile::tempdir().unwrap();
        let one = case_call(data.path(), lang, CALL_ONE, &WRAP_ONE);
        assert!(
            one.contains("--case uk-broken-promise"),
            "{lang}: how to go on\n{one}"
        );
        let two = case_call(data.path(), lang, CALL_TWO, &WRAP_TWO);
        assert!(two.contains(call_two), "{lang}\n{two}");
        // Call one's notes and arrangement are on call two's desk, before its decisions.
        let desk = two
            .find(question)
            .unwrap_or_else(|| panic!("{lang}: desk\n{two}"));
        let seen_notes = two
            .find(notes)
            .unwrap_or_else(|| panic!("{lang}: notes\n{two}"));
        assert!(seen_notes < desk, "{lang}\n{two}");
        // The arrangement agreed in call one, in words, and the payment missed under it.
        let promise = two[..desk].lines().filter(|l| l.contains("180")).count();
        assert!(promise >= 1, "{lang}: the promise in words\n{two}");
        let sessions = report_json(data.path())["sessions"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(sessions.len(), 2, "{lang}");
        for (i, s) in sessions.iter().enumerate() {
            assert_eq!(s["standing"], "verified", "{lang}: {s}");
            assert_eq!(s["case"], "uk-broken-promise-2");
            assert_eq!(s["case_call"], i + 1);
        }
        assert_eq!(sessions[1]["outcome"], "on-hold");
    }
}

#[test]
fn an_edited_case_link_is_caught() {
    let data = tempfile::tempdir().unwrap();
    case_call(data.path(), "en", CALL_ONE, &WRAP_ONE);
    case_call(data.path(), "en", CALL_TWO, &WRAP_TWO);
    let records = data.path().join("records");
    let second = std::fs::read_dir(&records)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("follow-up"))
        .expect("call two's record");
    // Say the promise was kept: the call replays the same, but the case no longer holds.
    let text = std::fs::read_to_string(&second).unwrap();
    // Records are written compact (no space after the colon).
    assert!(text.contains(r#""fate":"Broken""#), "{text}");
    std::fs::write(
        &second,
        text.replace(r#""fate":"Broken""#, r#""fate":"Kept""#),
    )
    .unwrap();
    // Edited by hand, the record's MAC gives it away.
    let sessions = report_json(data.path())["sessions"]
        .as_array()
        .unwrap()
        .clone();
    let edited = sessions.iter().find(|s| s["case_call"] == 2).unwrap();
    assert_eq!(edited["standing"], "tampered", "{edited}");
    assert!(edited["note"].as_str().unwrap().contains("MAC"), "{edited}");
    // Signed again by someone holding the cohort key, the case chain still gives it away.
    let key = callcoach_core::records::seal::CohortKey::read(data.path())
        .unwrap()
        .unwrap();
    let mut rec = callcoach_core::records::store::read_record(&second).unwrap();
    key.sign(&mut rec);
    std::fs::write(&second, serde_json::to_vec_pretty(&rec).unwrap()).unwrap();
    let sessions = report_json(data.path())["sessions"]
        .as_array()
        .unwrap()
        .clone();
    let edited = sessions.iter().find(|s| s["case_call"] == 2).unwrap();
    assert_eq!(edited["standing"], "tampered", "{edited}");
    assert!(
        edited["note"].as_str().unwrap().contains("case"),
        "{edited}"
    );
}

/// Waits until the trainee's journal holds `lines` lines (its header and turns).
fn wait_for_journal(data: &Path, lines: usize) {
    // One folder per trainee, one journal per session in it.
    let dir = callcoach_core::records::journal::journal_dir(data, "Ala Nowak");
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        let journals: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        if journals.iter().any(|j| {
            j.extension().is_some_and(|e| e == "jsonl")
                && std::fs::read_to_string(j).is_ok_and(|t| t.lines().count() >= lines)
        }) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the journal never reached {lines} lines");
}

#[test]
fn a_case_call_killed_midway_goes_on_where_it_stopped() {
    let data = tempfile::tempdir().unwrap();
    case_call(data.path(), "en", CALL_ONE, &WRAP_ONE);
    // Call two, typed at the keyboard: the desk decision and two answers, then kill -9.
    let lib = shipped();
    let mut child = Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args([
            "--library",
            lib.to_str().unwrap(),
            "play",
            "--case",
            CASE,
            "--agent",
            "Ala Nowak",
        ])
        .args(["--data-dir", data.path().to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for (k, pick) in ["call-now", "intro-verify", "what-happened"]
        .iter()
        .enumerate()
    {
        writeln!(stdin, "{pick}").unwrap();
        wait_for_journal(data.path(), k + 2);
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    // Nothing of call one was lost, and call two goes on at its fourth turn.
    let rest = CALL_TWO.split(',').skip(3).collect::<Vec<_>>().join(",");
    let out = case_call(data.path(), "en", &rest, &WRAP_TWO);
    assert!(out.contains("3 turn(s) already taken"), "{out}");
    let sessions = report_json(data.path())["sessions"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[1]["turns"], CALL_TWO.split(',').count());
    assert!(
        sessions.iter().all(|s| s["standing"] == "verified"),
        "{sessions:?}"
    );
}
