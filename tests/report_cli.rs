//! `callcoach report` over a synthetic cohort: corrupt and tampered records, CSV that a
//! spreadsheet reads, stable xAPI statements, and delivery to a local test LRS.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

fn cohort(count: usize) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let out = callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "synth-records",
        "--count",
        &count.to_string(),
        "--seed",
        "5",
        "--trainees",
        "12",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    data
}

fn report(data: &Path, args: &[&str]) -> std::process::Output {
    let lib = lib();
    let mut all = vec![
        "--library",
        lib.as_str(),
        "--data-dir",
        data.to_str().unwrap(),
        "report",
    ];
    all.extend_from_slice(args);
    callcoach(&all)
}

#[test]
fn corrupt_and_tampered_records_are_flagged_and_the_rest_load() {
    let data = cohort(60);
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    assert_eq!(files.len(), 60);
    // One file cut in half (a crash of some other tool), one with an edited score.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    std::fs::write(&files[0], &text[..text.len() / 2]).unwrap();
    let text = std::fs::read_to_string(&files[1]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["scores"]["overall"] = serde_json::json!(100);
    json["passed"] = serde_json::json!(true);
    std::fs::write(&files[1], serde_json::to_vec_pretty(&json).unwrap()).unwrap();

    let out = report(data.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.starts_with("59 session(s)"), "{table}");
    assert!(table.contains("1 tampered"), "{table}");
    assert!(table.contains("1 corrupt file(s)"), "{table}");
    assert!(
        table.contains(&format!("{}: corrupt", files[0].display())),
        "{table}"
    );
    assert!(
        table.contains(&format!("{}: tampered", files[1].display())),
        "{table}"
    );
    assert!(stderr(&out).contains(files[0].to_str().unwrap()));

    let json: serde_json::Value =
        serde_json::from_slice(&report(data.path(), &["--format", "json"]).stdout).unwrap();
    assert_eq!(json["summary"]["tampered"], 1);
    assert_eq!(json["summary"]["corrupt"], 1);
    let flagged: Vec<_> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["standing"] == "tampered")
        .collect();
    assert_eq!(flagged.len(), 1);
}

#[test]
fn csv_parses_with_a_standard_reader_and_keeps_polish_names() {
    let data = cohort(30);
    let out = report(data.path(), &["--format", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let trainee = headers.iter().position(|h| h == "trainee").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 30);
    let json: serde_json::Value =
        serde_json::from_slice(&report(data.path(), &["--format", "json"]).stdout).unwrap();
    let names: Vec<&str> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["trainee"].as_str().unwrap())
        .collect();
    let csv_names: Vec<&str> = rows.iter().map(|r| &r[trainee]).collect();
    assert_eq!(csv_names, names);
    assert!(
        names
            .iter()
            .any(|n| n.contains('Ł') || n.contains('Ż') || n.contains('ł')),
        "{names:?}"
    );

    let rules = report(data.path(), &["--format", "csv", "--rules"]);
    let mut reader = csv::Reader::from_reader(rules.stdout.as_slice());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "session",
            "trainee",
            "scenario",
            "rubric",
            "rule",
            "dimension",
            "severity",
            "status",
            "earned",
            "max",
            "turn"
        ]
    );
    assert!(reader.records().count() > 30);
}

#[test]
fn filters_narrow_the_report() {
    let data = cohort(40);
    // A scenario the synthetic cohort played (it spreads 40 calls over the whole library).
    let everything: serde_json::Value =
        serde_json::from_slice(&report(data.path(), &["--format", "json"]).stdout).unwrap();
    let played = everything["sessions"][0]["scenario"]
        .as_str()
        .expect("the cohort has sessions")
        .to_string();
    let json: serde_json::Value = serde_json::from_slice(
        &report(data.path(), &["--format", "json", "--scenario", &played]).stdout,
    )
    .unwrap();
    let sessions = json["sessions"].as_array().unwrap();
    assert!(!sessions.is_empty());
    assert!(sessions.iter().all(|s| s["scenario"] == played.as_str()));
    assert!(sessions.len() < everything["sessions"].as_array().unwrap().len());
    let us: serde_json::Value = serde_json::from_slice(
        &report(data.path(), &["--format", "json", "--jurisdiction", "us"]).stdout,
    )
    .unwrap();
    let us_sessions = us["sessions"].as_array().unwrap();
    assert!(!us_sessions.is_empty());
    let lib = callcoach_core::content::loader::Library::load(&shipped());
    for s in us_sessions {
        let id = s["scenario"].as_str().unwrap();
        let sc = lib.scenario(id).expect("a shipped scenario");
        assert_eq!(
            sc.value.jurisdiction,
            callcoach_core::content::model::Jurisdiction::Us,
            "{id}"
        );
    }
    let all: serde_json::Value =
        serde_json::from_slice(&report(data.path(), &["--format", "json"]).stdout).unwrap();
    assert!(
        all["sessions"].as_array().unwrap().len() > us_sessions.len(),
        "the filter removed something"
    );
    let none: serde_json::Value = serde_json::from_slice(
        &report(data.path(), &["--format", "json", "--from", "2999-01-01"]).stdout,
    )
    .unwrap();
    assert!(none["sessions"].as_array().unwrap().is_empty());
    let one = sessions[0]["trainee"].as_str().unwrap().to_uppercase();
    let by_trainee: serde_json::Value = serde_json::from_slice(
        &report(data.path(), &["--format", "json", "--trainee", &one]).stdout,
    )
    .unwrap();
    assert!(
        by_trainee["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["trainee"].as_str().unwrap().to_uppercase() == one)
    );
}

#[test]
fn xapi_statements_are_complete_and_stable() {
    let data = cohort(10);
    let a = report(data.path(), &["--format", "xapi"]);
    let b = report(data.path(), &["--format", "xapi"]);
    assert_eq!(
        stdout(&a),
        stdout(&b),
        "re-exporting gives the same statements and ids"
    );
    let statements: Vec<serde_json::Value> = serde_json::from_slice(&a.stdout).unwrap();
    let records: Vec<_> = callcoach_core::records::store::record_files(data.path())
        .unwrap()
        .iter()
        .map(|p| callcoach_core::records::store::read_record(p).unwrap())
        .collect();
    let expected: usize = records.iter().map(|r| r.turns.len() + 1).sum();
    assert_eq!(statements.len(), expected);
    let ids: std::collections::HashSet<_> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), statements.len(), "statement ids are unique");
    let results: Vec<_> = statements
        .iter()
        .filter(|s| s["verb"]["id"] != "http://adlnet.gov/expapi/verbs/answered")
        .collect();
    assert_eq!(results.len(), records.len());
    for s in results {
        let score = &s["result"]["score"];
        assert_eq!(
            (score["min"].as_f64(), score["max"].as_f64()),
            (Some(0.0), Some(100.0))
        );
        assert!(
            (score["scaled"].as_f64().unwrap() - score["raw"].as_f64().unwrap() / 100.0).abs()
                < 1e-9
        );
        assert!(s["result"]["success"].is_boolean());
        assert!(
            s["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with("https://callcoach.invalid/scenarios/")
        );
        assert!(s["actor"]["account"]["homePage"].is_string());
        assert!(chrono::DateTime::parse_from_rfc3339(s["timestamp"].as_str().unwrap()).is_ok());
    }
}

/// A minimal LRS: stores statements by id (as a conforming LRS does), fails the first
/// `fail_first` requests with 503, and records the headers it saw.
struct TestLrs {
    stored: Mutex<HashMap<String, usize>>,
    requests: Mutex<Vec<HashMap<String, String>>>,
    fail_first: Mutex<usize>,
}

fn start_lrs(fail_first: usize) -> (String, Arc<TestLrs>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xapi", listener.local_addr().unwrap());
    let state = Arc::new(TestLrs {
        stored: Mutex::new(HashMap::new()),
        requests: Mutex::new(Vec::new()),
        fail_first: Mutex::new(fail_first),
    });
    let shared = Arc::clone(&state);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut headers = HashMap::new();
            headers.insert("request-line".to_string(), line.trim().to_string());
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    headers.insert(k.trim().to_lowercase(), v.trim().to_string());
                }
            }
            let len: usize = headers
                .get("content-length")
                .and_then(|l| l.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            shared.requests.lock().unwrap().push(headers);
            let fail = {
                let mut f = shared.fail_first.lock().unwrap();
                if *f > 0 {
                    *f -= 1;
                    true
                } else {
                    false
                }
            };
            let response = if fail {
                "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    .to_string()
            } else {
                let statements: Vec<serde_json::Value> = serde_json::from_slice(&body).unwrap();
                let mut stored = shared.stored.lock().unwrap();
                let mut ids = Vec::new();
                for s in statements {
                    let id = s["id"].as_str().unwrap().to_string();
                    *stored.entry(id.clone()).or_default() += 1;
                    ids.push(id);
                }
                let body = serde_json::to_string(&ids).unwrap();
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                )
            };
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (url, state)
}

#[test]
fn sending_to_an_lrs_delivers_each_statement_exactly_once_despite_failures() {
    let data = cohort(8);
    let (url, lrs) = start_lrs(1);
    let send = || {
        Command::new(env!("CARGO_BIN_EXE_callcoach"))
            .args(["--library", &lib(), "--data-dir"])
            .arg(data.path())
            .args(["report", "--format", "xapi"])
            .args(["--xapi-base", "https://lrs-test.invalid", "--lrs", &url])
            .env_remove("CALLCOACH_DATA_DIR")
            .env("CALLCOACH_LRS_USER", "coordinator")
            .env("CALLCOACH_LRS_PASSWORD", "s3cret")
            .stdout(Stdio::null())
            .status()
            .expect("run callcoach")
            .code()
            .unwrap_or(-1)
    };
    assert_eq!(send(), 0);
    let records: Vec<_> = callcoach_core::records::store::record_files(data.path())
        .unwrap()
        .iter()
        .map(|p| callcoach_core::records::store::read_record(p).unwrap())
        .collect();
    let expected: usize = records.iter().map(|r| r.turns.len() + 1).sum();
    {
        let stored = lrs.stored.lock().unwrap();
        assert_eq!(stored.len(), expected, "every statement arrived");
        assert!(
            stored.values().all(|&n| n == 1),
            "no statement was delivered twice"
        );
        let requests = lrs.requests.lock().unwrap();
        assert!(requests.len() >= 2, "the failed first attempt was retried");
        for h in requests.iter() {
            assert!(
                h["request-line"].starts_with("POST /xapi/statements "),
                "{h:?}"
            );
            assert_eq!(h["x-experience-api-version"], "1.0.3");
            assert_eq!(h["authorization"], "Basic Y29vcmRpbmF0b3I6czNjcmV0");
        }
    }
    // A second run sends nothing: the ledger knows what the LRS confirmed.
    let before = lrs.requests.lock().unwrap().len();
    assert_eq!(send(), 0);
    assert_eq!(lrs.requests.lock().unwrap().len(), before);
}

/// The shipped library with only job-loss-hardship, so every call can negotiate; if the
/// scenario has no deal yet, it is given finances, a mandate, a debtor who accepts anything
/// and two negotiation steps.
fn negotiating_library() -> tempfile::TempDir {
    let dir = library_copy();
    for e in std::fs::read_dir(dir.path().join("scenarios")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if name.ends_with(".ron") && name != "tags.ron" && name != "job-loss-hardship.ron" {
            std::fs::remove_file(p).unwrap();
        }
    }
    let file = "scenarios/job-loss-hardship.ron";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    if text.contains("\n    finances:") {
        // The shipped scenario negotiates already.
        assert!(text.contains("propose:"));
        return dir;
    }
    edit(
        dir.path(),
        file,
        "    resolution_pass_mark: 50,\n",
        "    resolution_pass_mark: 50,\n    finances: Consumer(income: {\"benefits\": \"1180.00\"}, outgoings: {\"housing\": \"800.00\", \"food\": \"250.00\"}, pay_now: \"40.00\"),\n    mandate: (min_instalment: \"25.00\", max_months: 24, max_discount_percent: \"0\", first_payment_within_days: 14, max_extension_days: 14),\n    negotiation: (reactions: [(reply: Accept)], agreed_events: [\"terms-agreed\"]),\n",
    );
    for node in ["consent-given", "dana-opens-up"] {
        edit(
            dir.path(),
            file,
            &format!("        \"{node}\": Say(\n"),
            &format!(
                "        \"{node}\": Say(\n            propose: (kinds: [Plan, Settlement, Extension, InFull], tags: [\"offers-plan\"], next: \"plan-accepted\"),\n"
            ),
        );
    }
    dir
}

#[test]
fn arrangements_are_columns_fields_and_xapi_extensions() {
    let lib = negotiating_library();
    let lib_path = lib.path().to_str().unwrap().to_string();
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec![
            "--library",
            lib_path.as_str(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ];
        all.extend_from_slice(args);
        let out = callcoach(&all);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out
    };
    run(&[
        "synth-records",
        "--count",
        "80",
        "--seed",
        "9",
        "--trainees",
        "5",
    ]);

    // CSV: the new columns, each row's verdicts blank exactly when no terms were agreed.
    let (agreed, unaffordable) = arrangement_csv(&stdout(&run(&["report", "--format", "csv"])));

    // JSON: per-trainee and cohort figures that agree with the CSV.
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["report", "--format", "json"]).stdout).unwrap();
    let all = &json["summary"]["cohort_arrangements"];
    assert_eq!(all["agreed"].as_u64(), Some(agreed as u64));
    assert_eq!(all["unsustainable"].as_u64(), Some(unaffordable as u64));
    assert_eq!(all["calls"].as_u64(), Some(80));
    let per = json["summary"]["arrangements"].as_array().unwrap();
    assert_eq!(per.len(), 5);
    let sum: u64 = per.iter().map(|a| a["agreed"].as_u64().unwrap()).sum();
    assert_eq!(sum, agreed as u64);
    for a in per {
        let share = a["unsustainable_share"].as_f64();
        let (n, d) = (
            a["unsustainable"].as_f64().unwrap(),
            a["agreed"].as_f64().unwrap(),
        );
        assert_eq!(share, (d > 0.0).then(|| n / d), "{a}");
    }

    // Table: the arrangements section, cohort row last.
    let table = stdout(&run(&["report"]));
    assert!(table.contains("arrangements agreed:"), "{table}");
    assert!(table.contains("(cohort)"), "{table}");

    // xAPI: the result statement of a call that agreed terms carries them, under an IRI key.
    let statements: Vec<serde_json::Value> =
        serde_json::from_slice(&run(&["report", "--format", "xapi"]).stdout).unwrap();
    arrangement_xapi(&statements, agreed);
}

/// Checks the arrangement columns of a CSV report: returns (rows with terms agreed, of them
/// unaffordable).
fn arrangement_csv(csv_text: &str) -> (usize, usize) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let (terms, sustainable, within, breaches, recovery) = (
        col("arrangement_terms"),
        col("arrangement_sustainable"),
        col("arrangement_within_mandate"),
        col("arrangement_breaches"),
        col("arrangement_recovery_permille"),
    );
    col("arrangement");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 80);
    let agreed: Vec<&csv::StringRecord> = rows.iter().filter(|r| !r[terms].is_empty()).collect();
    assert!(!agreed.is_empty(), "random calls agree terms");
    let unaffordable = agreed.iter().filter(|r| &r[sustainable] == "false").count();
    let unauthorised = agreed.iter().filter(|r| &r[within] == "false").count();
    assert!(
        unaffordable + unauthorised > 0,
        "random play strikes some bad deals"
    );
    for r in &rows {
        let has = !r[terms].is_empty();
        assert_eq!(!r[sustainable].is_empty(), has);
        assert_eq!(!r[within].is_empty(), has);
        assert_eq!(!r[recovery].is_empty(), has);
        if &r[within] == "true" {
            assert!(r[breaches].is_empty());
        }
        if has {
            r[terms]
                .parse::<callcoach_core::content::negotiation::Terms>()
                .expect("compact terms");
        }
    }

    (agreed.len(), unaffordable)
}

/// Checks the arrangement extension of the xAPI statements: one per call that agreed terms.
fn arrangement_xapi(statements: &[serde_json::Value], agreed: usize) {
    let key = "https://callcoach.invalid/xapi/arrangement";
    let with: Vec<&serde_json::Value> = statements
        .iter()
        .filter_map(|s| s["result"]["extensions"].get(key))
        .collect();
    assert_eq!(with.len(), agreed);
    for ext in with {
        assert!(ext["terms"].as_str().unwrap().contains(':'));
        assert!(ext["sustainable"].is_boolean());
        assert!(ext["within-mandate"].is_boolean());
        let r = ext["recovery"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&r));
    }
    for s in statements {
        if let Some(ext) = s["result"]["extensions"].as_object() {
            assert!(ext.keys().all(|k| k.starts_with("https://")), "IRI keys");
        }
    }
}
