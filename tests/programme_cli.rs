//! `callcoach programme` end to end on a real data folder: a coordinator creates a track and a
//! group, assigns the track to the group with a due date (and a scenario to a trainee already
//! past due); trainees play with `callcoach play`; the funnel moves, in English and Polish, and
//! an edited record moves nothing. A hand-edited mistake names the file's line and column.

mod common;

use std::path::Path;

use chrono::{Duration, Utc};
use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

/// `callcoach --library <shipped> --data-dir <data> programme …`
fn programme(data: &Path, args: &[&str]) -> std::process::Output {
    let lib = lib();
    let mut all = vec![
        "--library",
        lib.as_str(),
        "--data-dir",
        data.to_str().unwrap(),
        "programme",
    ];
    all.extend_from_slice(args);
    callcoach(&all)
}

fn ok(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    stdout(out)
}

/// A passing call of job-loss-hardship.
const PASSING: &str = "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,offer-affordable-plan,routes-and-confirm,signpost-summarise";
/// A failing one.
const FAILING: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

fn play(data: &Path, agent: &str, picks: &str, seed: &str, wrap: &[&str]) {
    let lib = lib();
    let mut args = vec![
        "--library",
        lib.as_str(),
        "--data-dir",
        data.to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--agent",
        agent,
        "--seed",
        seed,
        "--picks",
        picks,
    ];
    args.extend_from_slice(wrap);
    let out = callcoach(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// The funnel's CSV rows as (assignment, trainee, status, records).
fn funnel_rows(data: &Path) -> Vec<(String, String, String, String)> {
    let csv_text = ok(&programme(data, &["funnel", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (a, t, s, r) = (
        col("assignment"),
        col("trainee"),
        col("status"),
        col("records"),
    );
    reader
        .records()
        .map(|row| {
            let row = row.unwrap();
            (row[a].into(), row[t].into(), row[s].into(), row[r].into())
        })
        .collect()
}

fn status_of(rows: &[(String, String, String, String)], trainee: &str) -> String {
    rows.iter()
        .find(|r| r.1 == trainee)
        .unwrap_or_else(|| panic!("{trainee} in {rows:?}"))
        .2
        .clone()
}

#[test]
fn a_track_assigned_to_a_group_moves_the_funnel_as_trainees_play() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(&programme(
        d,
        &[
            "track",
            "add",
            "hardship-1",
            "--title",
            "Hardship calls, level 1",
            "--title-pl",
            "Rozmowy o trudnej sytuacji, poziom 1",
            "--step",
            "job-loss-hardship=passed",
        ],
    ));
    ok(&programme(
        d,
        &[
            "group",
            "add",
            "cohort-a",
            "--name",
            "Cohort A",
            "--trainee",
            "Ala",
            "--trainee",
            "Ben",
        ],
    ));
    let next_week = (Utc::now() + Duration::days(7)).date_naive().to_string();
    let yesterday = (Utc::now() - Duration::days(1)).date_naive().to_string();
    ok(&programme(
        d,
        &[
            "assign",
            "--track",
            "hardship-1",
            "--group",
            "cohort-a",
            "--due",
            &next_week,
            "--id",
            "a1",
        ],
    ));
    ok(&programme(
        d,
        &[
            "assign",
            "--scenario",
            "job-loss-hardship",
            "--trainee",
            "Cyd",
            "--due",
            &yesterday,
            "--id",
            "late",
        ],
    ));
    let listed = ok(&programme(d, &["track", "list", "--lang", "pl"]));
    assert!(
        listed.contains("Rozmowy o trudnej sytuacji, poziom 1"),
        "{listed}"
    );
    assert!(listed.contains("job-loss-hardship (passed)"), "{listed}");

    let rows = funnel_rows(d);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(status_of(&rows, "Ala"), "not-started");
    assert_eq!(status_of(&rows, "Ben"), "not-started");
    assert_eq!(status_of(&rows, "Cyd"), "overdue", "past the due date");

    // Ala passes, Ben fails: the funnel moves.
    play(d, "Ala", PASSING, "99", &[]);
    play(
        d,
        "Ben",
        FAILING,
        "3",
        &["--disposition", "hung-up", "--notes", "Call ended."],
    );
    let rows = funnel_rows(d);
    assert_eq!(status_of(&rows, "Ala"), "completed");
    assert_eq!(status_of(&rows, "Ben"), "in-progress");
    let files = callcoach_core::records::store::record_files(d).unwrap();
    let ala_record = files
        .iter()
        .map(|f| callcoach_core::records::store::read_record(f).unwrap())
        .find(|r| r.meta.trainee == "Ala")
        .unwrap();
    let ala_row = rows.iter().find(|r| r.1 == "Ala").unwrap();
    assert_eq!(ala_row.3, ala_record.id, "the completing record is named");

    // Tables in both languages.
    let en = ok(&programme(d, &["funnel"]));
    assert!(en.contains("Completed") && en.contains("Overdue"), "{en}");
    assert!(en.contains("Hardship calls, level 1"), "{en}");
    let pl = ok(&programme(d, &["funnel", "--lang", "pl"]));
    assert!(
        pl.contains("Ukończone") && pl.contains("Zaległe") && pl.contains("Termin"),
        "{pl}"
    );
    assert!(pl.contains("Rozmowy o trudnej sytuacji, poziom 1"), "{pl}");
    let mine = ok(&programme(
        d,
        &["progress", "--trainee", "ala", "--lang", "pl"],
    ));
    assert!(mine.contains("Przydzielone: ala"), "{mine}");
    assert!(mine.contains("[x]") && mine.contains("Ukończono"), "{mine}");
    let cyd = ok(&programme(d, &["progress", "--trainee", "Cyd"]));
    assert!(cyd.contains("OVERDUE") && cyd.contains("[>]"), "{cyd}");

    // JSON: the funnel's counts.
    let json: serde_json::Value =
        serde_json::from_str(&ok(&programme(d, &["funnel", "--format", "json"]))).unwrap();
    let a1 = &json["assignments"][0]["funnel"];
    assert_eq!(a1["assigned"], 2);
    assert_eq!(a1["completed"], 1);
    assert_eq!(a1["in_progress"], 1);

    // The mastery matrix has both trainees' rules.
    let m = ok(&programme(d, &["mastery", "--format", "csv"]));
    assert!(m.lines().any(|l| l.starts_with("Ala,")), "{m}");
    assert!(m.lines().any(|l| l.starts_with("Ben,")), "{m}");
    let m = ok(&programme(d, &["mastery", "--lang", "pl"]));
    assert!(m.contains("Kursant") && m.contains("Reguła"), "{m}");

    // An edited record counts for nothing: Ben's call, edited, leaves him not started.
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        if text.contains("\"trainee\":\"Ben\"") {
            std::fs::write(f, text.replace("\"Call ended.\"", "\"Call ended!\"")).unwrap();
        }
    }
    let out = programme(d, &["funnel", "--format", "csv"]);
    assert!(
        stderr(&out).contains("not verified are not counted"),
        "{}",
        stderr(&out)
    );
    assert_eq!(status_of(&funnel_rows(d), "Ben"), "not-started");
    // Judged as on a later day, the group's assignment is overdue for Ben, not for Ala.
    let later = (Utc::now() + Duration::days(8)).date_naive().to_string();
    let out = ok(&programme(
        d,
        &["funnel", "--format", "csv", "--today", &later],
    ));
    assert!(out.contains(",Ben,overdue,"), "{out}");
    assert!(out.contains(",Ala,completed,"), "{out}");
    ok(&programme(d, &["check"]));
}

#[test]
fn a_hand_edited_mistake_is_named_at_its_line() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(&programme(
        d,
        &["group", "add", "cohort-a", "--trainee", "Ala"],
    ));
    let path = d.join("programme.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("name:", "nmae:", 1);
    std::fs::write(&path, &broken).unwrap();
    let (line, column) = {
        let offset = broken.find("nmae:").unwrap();
        let line = broken[..offset].matches('\n').count() + 1;
        let start = broken[..offset].rfind('\n').map_or(0, |i| i + 1);
        (line, offset - start + 1)
    };
    for args in [
        &["check"][..],
        &["funnel"][..],
        &["group", "add", "b", "--trainee", "Ben"][..],
    ] {
        let out = programme(d, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "programme.ron:{line}:{column}: malformed programme"
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("help:"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        broken,
        "nothing was overwritten"
    );

    // The valid file back; an unknown reference parses, and `check` names it.
    std::fs::write(&path, &text).unwrap();
    let out = programme(
        d,
        &[
            "assign",
            "--track",
            "nope",
            "--trainee",
            "Ala",
            "--due",
            "2030-01-01",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no track \"nope\""),
        "{}",
        stderr(&out)
    );
    let edited = text.replace(
        "assignments: []",
        "assignments: [Assignment(id: \"x\", work: Scenario(\"job-loss-hardshp\"), trainees: [\"Ala\"], due: \"2030-01-01\", assigned_at: \"2026-01-01T00:00:00Z\")]",
    );
    assert_ne!(edited, text, "the file lists its assignments: {text}");
    std::fs::write(&path, &edited).unwrap();
    let out = programme(d, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("did you mean \"job-loss-hardship\"?"),
        "{}",
        stderr(&out)
    );
}
