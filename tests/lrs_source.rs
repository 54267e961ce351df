//! The cohort read back from a real LRS (Ralph, `common::ralph`): `report --from-lrs` and the
//! dashboard show the same figures as the data folders the records came from, and flag the
//! same tampered record, whether the record was edited in the folder or in the LRS's store.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use callcoach_app::screens::dashboard::DashboardData;
use callcoach_app::screens::dashboard::source::{HeadlessApp, RecordSource, headless_dashboard};
use callcoach_core::cohort::xapi::{self, DEFAULT_BASE};
use callcoach_core::cohort::xapi_record;
use common::ralph::{self, Ralph};
use common::{shipped, stderr};
use serde_json::Value;

/// The program's LRS code itself (`src/lrs/`), to fill the dashboard's seam as the binary does.
#[allow(dead_code, unused_imports)]
#[path = "../src/lrs/mod.rs"]
mod lrs;

/// Runs the binary on the shipped library and `data`, with the LRS credentials set.
fn run(data: &Path, args: &[&str]) -> Output {
    let lib = shipped();
    std::process::Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(["--library", lib.to_str().expect("utf-8")])
        .args(["--data-dir", data.to_str().expect("utf-8")])
        .args(args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env("CALLCOACH_LRS_USER", ralph::USER)
        .env("CALLCOACH_LRS_PASSWORD", ralph::PASSWORD)
        .output()
        .expect("run callcoach")
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn synth(data: &Path, count: usize, seed: u64) {
    ok(run(
        data,
        &[
            "synth-records",
            "--count",
            &count.to_string(),
            "--seed",
            &seed.to_string(),
        ],
    ));
}

fn send(data: &Path, lrs: &Ralph) {
    let out = run(
        data,
        &["report", "--format", "xapi", "--lrs", &lrs.endpoint],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}\n{}", lrs.log());
    assert!(err.contains("sent "), "{err}");
}

/// A report's JSON with each session's `file` taken out (a path for a folder, `lrs:<id>` for
/// an LRS): everything else must be equal.
fn figures(json: &str) -> Value {
    let mut v: Value = serde_json::from_str(json).expect("report JSON");
    for s in v["sessions"].as_array_mut().expect("sessions") {
        s.as_object_mut().expect("row").remove("file");
    }
    v
}

/// Sets a record's overall score to another value (a MAC then fails).
fn tamper(record: &mut Value) {
    let overall = record["scores"]["overall"].as_u64().expect("overall");
    record["scores"]["overall"] = Value::from(if overall == 99 { 98 } else { 99 });
}

/// The completion statement id of the record in `file`.
fn result_id(file: &Path) -> (String, String) {
    let v: Value = serde_json::from_slice(&std::fs::read(file).expect("read")).expect("JSON");
    let id = v["id"].as_str().expect("id").to_string();
    (id.clone(), xapi::statement_id(&id, "result").to_string())
}

/// Edits the record carried by statement `id` in a stopped Ralph's store.
fn tamper_in_store(dir: &Path, id: &str) {
    let store = dir.join("fs_lrs.jsonl");
    let text = std::fs::read_to_string(&store).expect("Ralph's store");
    let key = format!("{DEFAULT_BASE}{}", xapi_record::RECORD_EXTENSION);
    let mut edited = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let mut s: Value = serde_json::from_str(line).expect("a stored statement");
            if s["id"] != id {
                return line.to_string();
            }
            let ext = &mut s["result"]["extensions"][&key];
            let mut record: Value =
                serde_json::from_str(ext.as_str().expect("record text")).expect("record");
            tamper(&mut record);
            *ext = Value::String(record.to_string());
            edited += 1;
            s.to_string()
        })
        .collect();
    assert_eq!(edited, 1, "statement {id} in {}", store.display());
    std::fs::write(&store, lines.join("\n") + "\n").expect("write store");
}

/// Steps the headless dashboard until its cohort and figures are built.
fn loaded(app: &mut HeadlessApp) -> Value {
    let started = Instant::now();
    loop {
        app.update();
        let data = app.world().resource::<DashboardData>();
        if let (Some(cohort), Some(view)) = (&data.cohort, &data.view) {
            assert!(data.source_error.is_none(), "{:?}", data.source_error);
            let tampered: Vec<String> = cohort
                .items
                .iter()
                .filter(|r| !r.verification.is_trusted())
                .map(|r| format!("{} {:?}", r.digest.id, r.verification))
                .collect();
            let from_lrs = cohort
                .items
                .iter()
                .filter(|r| r.path.to_string_lossy().starts_with("lrs:"))
                .count();
            return serde_json::json!({
                "from_lrs": from_lrs,
                "summary": view.summary,
                "histogram": view.histogram.total(),
                "sessions": view.sessions.len(),
                "records": cohort.items.len(),
                "flagged": tampered,
            });
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the dashboard did not load"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_lrs_cohort_reports_like_its_folder_and_flags_the_same_tampered_record() {
    let lrs = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    synth(data.path(), 200, 1);
    send(data.path(), &lrs);

    // One record is edited where each copy is stored: the folder's file and Ralph's store.
    let files = callcoach_core::records::store::record_files(data.path()).expect("records");
    let target = &files[17];
    let (record_id, statement) = result_id(target);
    let mut v: Value = serde_json::from_slice(&std::fs::read(target).unwrap()).unwrap();
    tamper(&mut v);
    std::fs::write(target, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let port = lrs.port;
    let store = lrs.stop();
    tamper_in_store(store.path(), &statement);
    // tools/ralph/serve.py writes the credentials again on start, and Ralph refuses a second
    // user of the same name: the statements stay, the old credentials file goes.
    std::fs::remove_file(store.path().join("auth.json")).expect("Ralph's credentials file");
    let lrs = Ralph::start_in(port, store);

    let folder = ok(run(data.path(), &["report", "--format", "json"]));
    let out = run(
        data.path(),
        &["report", "--format", "json", "--from-lrs", &lrs.endpoint],
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("read 200 record(s) from the LRS {}", lrs.endpoint)),
        "{err}"
    );
    assert!(!err.contains(ralph::PASSWORD), "{err}");
    let from_lrs = ok(out);
    assert_eq!(figures(&from_lrs), figures(&folder));
    let report: Value = serde_json::from_str(&from_lrs).unwrap();
    assert_eq!(report["summary"]["sessions"], 200, "{}", report["summary"]);
    assert_eq!(report["summary"]["tampered"], 1);
    let flagged: Vec<&Value> = report["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["standing"] != "verified")
        .collect();
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0]["id"], record_id.as_str());
    assert_eq!(flagged[0]["standing"], "tampered");
    assert_eq!(flagged[0]["file"], format!("lrs:{statement}"));

    // The table is the folder's, the tampered record named by its statement.
    let table = ok(run(data.path(), &["report"]));
    let lrs_table = ok(run(data.path(), &["report", "--from-lrs", &lrs.endpoint]));
    let expected = table.replace(
        &target.display().to_string(),
        &xapi_record::label(&statement),
    );
    assert_ne!(expected, table, "the table names the tampered file");
    assert_eq!(lrs_table, expected);

    // The dashboard: the same figures from the LRS (through the program's own fetch) as
    // from the folder, and the same record flagged.
    let source: RecordSource = lrs::fetch::record_source(&format!(
        "http://{}:{}@127.0.0.1:{port}/xAPI",
        ralph::USER,
        ralph::PASSWORD
    ));
    assert_eq!(source.label, lrs.endpoint, "no credentials in the label");
    let mut from_folder = headless_dashboard(&shipped(), data.path(), None);
    let mut from_source = headless_dashboard(&shipped(), data.path(), Some(source));
    let mut folder_view = loaded(&mut from_folder);
    let mut source_view = loaded(&mut from_source);
    assert_eq!(folder_view["from_lrs"].take(), 0);
    assert_eq!(
        source_view["from_lrs"].take(),
        200,
        "the dashboard read the LRS"
    );
    assert_eq!(source_view, folder_view);
    assert_eq!(
        folder_view["flagged"],
        serde_json::json!([format!("{record_id} Tampered(Mac)")])
    );
    assert_eq!(folder_view["records"], 200);
}

#[test]
fn two_machines_sent_to_one_lrs_are_one_cohort() {
    let lrs = Ralph::start();
    // Two machines of one cohort share its key (docs/records.md).
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    synth(a.path(), 30, 1);
    std::fs::copy(a.path().join("cohort.key"), b.path().join("cohort.key")).expect("key");
    synth(b.path(), 30, 2);
    send(a.path(), &lrs);
    send(b.path(), &lrs);

    // The coordinator's folder: both machines' records together, and the key.
    let both = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(both.path().join("records")).unwrap();
    std::fs::copy(a.path().join("cohort.key"), both.path().join("cohort.key")).unwrap();
    for dir in [a.path(), b.path()] {
        for file in callcoach_core::records::store::record_files(dir).unwrap() {
            let to = both.path().join("records").join(file.file_name().unwrap());
            assert!(!to.exists(), "two machines made one record id");
            std::fs::copy(&file, to).unwrap();
        }
    }
    let folder = ok(run(both.path(), &["report", "--format", "json"]));
    let coordinator = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        a.path().join("cohort.key"),
        coordinator.path().join("cohort.key"),
    )
    .unwrap();
    let from_lrs = ok(run(
        coordinator.path(),
        &["report", "--format", "json", "--from-lrs", &lrs.endpoint],
    ));
    assert_eq!(figures(&from_lrs), figures(&folder));
    let report: Value = serde_json::from_str(&from_lrs).unwrap();
    assert_eq!(report["summary"]["sessions"], 60);
    assert_eq!(report["summary"]["verified"], 60, "{}", report["summary"]);

    // Without the cohort's key nothing from the LRS counts: the records are signed, not
    // trusted for being in an LRS.
    let stranger = tempfile::tempdir().expect("tempdir");
    let out = ok(run(
        stranger.path(),
        &["report", "--format", "json", "--from-lrs", &lrs.endpoint],
    ));
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["summary"]["verified"], 0, "{}", report["summary"]);
}

#[test]
fn an_lrs_that_refuses_the_credentials_is_a_clear_error_without_them() {
    let lrs = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    let lib = shipped();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(["--library", lib.to_str().unwrap()])
        .args(["--data-dir", data.path().to_str().unwrap()])
        .args(["report", "--from-lrs", &lrs.endpoint])
        .env("CALLCOACH_LRS_USER", ralph::USER)
        .env("CALLCOACH_LRS_PASSWORD", "wrong-password")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("LRS {}/statements", lrs.endpoint)),
        "{err}"
    );
    assert!(err.contains("refused the credentials (401"), "{err}");
    assert!(!err.contains("wrong-password"), "{err}");
}

#[test]
fn the_dashboard_says_why_an_lrs_could_not_be_read() {
    // A port nothing listens on: the fetch fails after its tries, naming the LRS.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let endpoint = format!("http://127.0.0.1:{port}/xAPI");
    let data = tempfile::tempdir().expect("tempdir");
    let source = lrs::fetch::record_source(&endpoint);
    let mut app = headless_dashboard(&shipped(), data.path(), Some(source));
    let started = Instant::now();
    loop {
        app.update();
        let data = app.world().resource::<DashboardData>();
        if let Some(cohort) = &data.cohort {
            let why = data.source_error.as_deref().expect("the fetch failed");
            assert!(
                why.starts_with(&format!("LRS {endpoint}/statements")),
                "{why}"
            );
            assert!(cohort.items.is_empty());
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no answer");
        std::thread::sleep(Duration::from_millis(20));
    }
}
