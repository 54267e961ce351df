//! `callcoach drill list / play`: a call that broke rules offers drills from the decisions
//! where it broke them, in English and Polish; playing one replays the call to that turn,
//! says whether the rule was kept, and records it apart from calls (the report still counts
//! one call); a drill file edited by hand is named and not counted.

mod common;

use std::path::Path;

use common::*;

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    let lib = shipped();
    let mut all = vec![
        "--library",
        lib.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    callcoach(&all)
}

/// Ada's call of uk-bad-time (seed 2) that presses for £200 at turn 4 (UK-03).
fn breaking_call(data: &Path) {
    let out = run(
        data,
        &[
            "play",
            "uk-bad-time",
            "--seed",
            "2",
            "--agent",
            "Ada",
            "--picks",
            "2,2,3,1,1,1,1,1,1,1",
            "--disposition",
            "hung-up",
            "--wrap-terms",
            "none",
            "--next-action",
            "none",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn drills_are_listed_played_and_recorded_apart_from_calls() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    breaking_call(data);

    // Nothing is due on the day of the call; the day after, UK-03 from turn 4.
    let today = chrono::Utc::now().date_naive();
    let tomorrow = (today + chrono::Duration::days(1)).to_string();
    let out = run(
        data,
        &[
            "drill",
            "list",
            "--trainee",
            "Ada",
            "--date",
            &today.to_string(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "No drills are due.");
    let out = run(
        data,
        &["drill", "list", "--trainee", "Ada", "--date", &tomorrow],
    );
    let list = stdout(&out);
    assert!(list.contains("compliance-uk/UK-03"), "{list}");
    assert!(
        list.contains("uk-bad-time, from turn 4; 0 attempts"),
        "{list}"
    );
    let out = run(
        data,
        &[
            "drill",
            "list",
            "--trainee",
            "Ada",
            "--date",
            &tomorrow,
            "--lang",
            "pl",
        ],
    );
    let lista = stdout(&out);
    assert!(lista.contains("od tury 4; 0 podejść"), "{lista}");
    assert!(!lista.contains("from turn"), "{lista}");
    // Someone else has none.
    let out = run(data, &["drill", "list", "--trainee", "Bo", "--all"]);
    assert_eq!(stdout(&out).trim(), "No drills are due.");

    // The same pressing answer again fails the drill after that one turn.
    let out = run(
        data,
        &[
            "drill",
            "play",
            "compliance-uk/UK-03",
            "--trainee",
            "Ada",
            "--picks",
            "1",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("replayed to turn 4"), "{text}");
    assert!(text.contains("Drill failed"), "{text}");
    assert!(text.contains("CONC 7.3.10R"), "{text}");
    // The answer that accepts £40 keeps it, in Polish, through `play --drill` (a drill needs
    // the trainee whose drill it is).
    let out = run(data, &["play", "--drill", "compliance-uk/UK-03"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--agent"), "{}", stderr(&out));
    let out = run(
        data,
        &[
            "play",
            "--drill",
            "compliance-uk/UK-03",
            "--agent",
            "Ada",
            "--picks",
            "2",
            "--lang",
            "pl",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tekst = stdout(&out);
    assert!(tekst.contains("Ćwiczenie zaliczone"), "{tekst}");

    let out = run(data, &["drill", "list", "--trainee", "Ada", "--all"]);
    let list = stdout(&out);
    let line = list
        .lines()
        .skip_while(|l| !l.contains("UK-03"))
        .nth(1)
        .unwrap_or_default();
    assert!(line.contains("2 attempts, 1 passed in a row"), "{list}");

    // Drills are not calls: the report still has one session.
    let out = run(data, &["report", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sessions"].as_array().map(Vec::len), Some(1), "{json}");

    // The mastery matrix counts them: the call and two drills decided UK-03.
    let out = run(data, &["programme", "mastery", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    assert!(
        csv.lines()
            .next()
            .is_some_and(|h| h.contains("attempts,drills,kept")),
        "{csv}"
    );
    let row = csv
        .lines()
        .find(|l| l.contains("compliance-uk,UK-03,"))
        .unwrap_or_else(|| panic!("no UK-03 row: {csv}"));
    assert!(row.contains(",UK-03,3,2,"), "{row}");

    // A drill edited to pass is named and not counted.
    let drills: Vec<_> = std::fs::read_dir(data.join("drills"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(drills.len(), 2);
    for path in &drills {
        let text = std::fs::read_to_string(path).unwrap();
        std::fs::write(path, text.replace("\"passed\":false", "\"passed\":true")).unwrap();
    }
    let out = run(data, &["drill", "list", "--trainee", "Ada", "--all"]);
    assert!(
        stderr(&out).contains("the MAC does not match"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("1 attempt, 1 passed in a row"),
        "{}",
        stdout(&out)
    );
}
