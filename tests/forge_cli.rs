//! Forged records and hostile names at the command line (issue 17, findings 6 and 5c): exports
//! carry verified records only, `synth-records` never writes into a cohort's default folder,
//! `seal` signs old records, names reach the terminal escaped and CSV cells cannot be formulas,
//! and the cohort key is never printed.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{callcoach, shipped, stderr, stdout};

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

fn run(data: &Path, args: &[&str]) -> Output {
    let lib = lib();
    let mut all = vec![
        "--library",
        lib.as_str(),
        "--data-dir",
        data.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    callcoach(&all)
}

fn synth(data: &Path, count: usize) {
    let out = run(
        data,
        &[
            "synth-records",
            "--count",
            &count.to_string(),
            "--seed",
            "4",
            "--trainees",
            "3",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Plays job-loss-hardship to the end as `agent`, writing a record.
fn play(data: &Path, agent: &str, seed: &str) {
    let out = run(
        data,
        &[
            "play",
            "job-loss-hardship",
            "--seed",
            seed,
            "--picks",
            "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
            "--agent",
            agent,
            "--disposition",
            "hung-up",
            "--notes",
            "Debtor ended the call.",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

fn edit(path: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

fn statements(data: &Path) -> (Vec<serde_json::Value>, String) {
    let out = run(data, &["report", "--format", "xapi"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (serde_json::from_slice(&out.stdout).unwrap(), stderr(&out))
}

#[test]
fn xapi_export_leaves_out_a_record_whose_trainee_was_swapped() {
    let data = tempfile::tempdir().unwrap();
    synth(data.path(), 6);
    let (all, _) = statements(data.path());
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    let id = callcoach_core::records::store::read_record(&files[0])
        .unwrap()
        .id;
    edit(&files[0], |v| {
        v["trainee"] = serde_json::json!("Someone Else")
    });
    let (left, warning) = statements(data.path());
    assert!(left.len() < all.len());
    let text = serde_json::to_string(&left).unwrap();
    assert!(!text.contains("Someone Else"));
    assert!(!text.contains(&id), "the edited session is not exported");
    assert!(
        warning.contains(
            "warning: 1 session(s) not verified (tampered, unsigned, duplicate or of an \
             unavailable version) left out; `report` lists them"
        ),
        "{warning}"
    );
    // The table lists it with its reason, and counts it nowhere.
    let table = stdout(&run(data.path(), &["report"]));
    assert!(
        table.contains("tampered (the MAC does not match: a field was edited"),
        "{table}"
    );
    assert!(!table.contains("Someone Else"), "{table}");
}

#[test]
fn a_record_copied_under_another_name_is_exported_once() {
    let data = tempfile::tempdir().unwrap();
    synth(data.path(), 3);
    let (all, _) = statements(data.path());
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    std::fs::copy(&files[1], files[1].with_file_name("copy-of-a-pass.json")).unwrap();
    let (again, _) = statements(data.path());
    assert_eq!(again.len(), all.len());
    let json: serde_json::Value =
        serde_json::from_slice(&run(data.path(), &["report", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["summary"]["duplicate"], 1);
    assert_eq!(json["summary"]["verified"], 3);
}

#[test]
fn synth_records_refuses_to_run_without_an_explicit_data_dir() {
    let home = tempfile::tempdir().unwrap();
    let cohort = tempfile::tempdir().unwrap();
    for env_dir in [None, Some(cohort.path())] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_callcoach"));
        cmd.args(["--library", &lib(), "synth-records", "--count", "3"])
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("xdg"))
            .env_remove("CALLCOACH_DATA_DIR");
        if let Some(d) = env_dir {
            cmd.env("CALLCOACH_DATA_DIR", d);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "error: synth-records writes only where --data-dir says (a new, empty folder): the \
             default data folder is the real cohort's\n"
        );
    }
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(cohort.path()).unwrap().count(), 0);
    // Nor into a folder of real sessions.
    let data = tempfile::tempdir().unwrap();
    play(data.path(), "Ola", "3");
    let out = run(data.path(), &["synth-records", "--count", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("holds 1 record(s) of real sessions"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        callcoach_core::records::store::record_files(data.path())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_name_that_is_a_formula_is_text_in_the_csv() {
    let data = tempfile::tempdir().unwrap();
    play(data.path(), "=cmd|' /C calc'!A0", "3");
    play(data.path(), "@SUM(1+1)*cmd|' /C calc'!A0", "4");
    for args in [
        &["report", "--format", "csv"][..],
        &["report", "--format", "csv", "--rules"],
    ] {
        let out = run(data.path(), args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
        let col = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "trainee")
            .unwrap();
        let names: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[col].to_string())
            .collect();
        assert!(
            names.contains(&"'=cmd|' /C calc'!A0".to_string()),
            "{names:?}"
        );
        assert!(names.contains(&"'@SUM(1+1)*cmd|' /C calc'!A0".to_string()));
        assert!(names.iter().all(|n| n.starts_with('\'')));
    }
}

#[test]
fn escape_sequences_in_a_name_show_escaped_in_the_table() {
    let data = tempfile::tempdir().unwrap();
    play(data.path(), "\u{1b}[2J\u{1b}[HAla\u{9b}31m\u{202e}kaj", "3");
    let out = run(data.path(), &["report"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    for c in ['\u{1b}', '\u{9b}', '\u{202e}'] {
        assert!(!table.contains(c), "{c:?} reached the terminal: {table:?}");
    }
    assert!(
        table.contains("\\u{1b}[2J\\u{1b}[HAla\\u{9b}31m\\u{202e}kaj"),
        "{table}"
    );
}

#[test]
fn the_key_is_made_0600_and_never_printed() {
    let data = tempfile::tempdir().unwrap();
    synth(data.path(), 3);
    let key_path = data.path().join("cohort.key");
    let key = std::fs::read(&key_path).unwrap();
    assert_eq!(key.len(), 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    for args in [
        &["report"][..],
        &["report", "--format", "json"],
        &["report", "--format", "csv"],
        &["report", "--format", "xapi"],
        &["seal"],
    ] {
        let out = run(data.path(), args);
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.windows(key.len()).any(|w| w == key.as_slice()),
                "{args:?}"
            );
            assert!(!String::from_utf8_lossy(text).contains(&hex), "{args:?}");
        }
    }
}

#[test]
fn seal_signs_a_format_3_record_so_it_counts() {
    let data = tempfile::tempdir().unwrap();
    play(data.path(), "Ola", "3");
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    // As written by the build before this one: format 3, no MAC.
    edit(&files[0], |v| {
        v["format"] = serde_json::json!(3);
        v.as_object_mut().unwrap().remove("mac");
    });
    let json: serde_json::Value =
        serde_json::from_slice(&run(data.path(), &["report", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["summary"]["unsigned"], 1);
    assert_eq!(json["summary"]["verified"], 0);
    assert_eq!(json["summary"]["progress"], serde_json::json!([]));
    assert_eq!(json["sessions"][0]["standing"], "unsigned");
    assert_eq!(json["sessions"][0]["overall"], serde_json::Value::Null);

    let out = run(data.path(), &["seal"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "sealed: {}\n1 record(s) sealed, 0 not sealed, 0 signed already\n",
            files[0].display()
        )
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(data.path(), &["report", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["summary"]["verified"], 1);
    assert_eq!(json["summary"]["progress"][0]["trainee"], "Ola");
}
