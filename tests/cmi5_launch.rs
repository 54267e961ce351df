//! A whole cmi5 launch: Ralph (a real LRS) holds the statements, `tools/cmi5-lms/lms.py` plays
//! the LMS (the one-time fetch URL, LMS.LaunchData, statements forwarded to Ralph), and
//! `callcoach launch` plays a scripted call between them.

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};

use common::ralph::{self, Ralph};
use serde_json::{Value, json};

const SESSION_EXT: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
const MASTERY_EXT: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
const CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
const ACTIVITY: &str = "https://callcoach.invalid/cmi5/au/job-loss-hardship";
/// A path of job-loss-hardship that passes (tests/play_walk_cli.rs).
const PASSING: &str = "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,offer-affordable-plan,routes-and-confirm,signpost-summarise";
/// A path that passes with an overall score of 85 (a plan above what she can afford).
const HIGH_PLAN: &str = "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,offer-high-plan,1,1";

/// The stand-in LMS, stopped when dropped.
struct Lms {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Lms {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> PathBuf {
    let venv = common::shipped().join("target/ralph-venv/bin/python");
    if venv.exists() {
        venv
    } else {
        PathBuf::from("python3")
    }
}

fn actor(name: &str) -> Value {
    json!({"objectType": "Agent", "name": "Ala Nowak", "account": {"homePage": "https://lms.example", "name": name}})
}

impl Lms {
    /// Starts lms.py for one launch (registration, session id, launch data's extra fields).
    fn start(ralph: &Ralph, registration: &str, session: &str, extra: Value) -> Lms {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut launch_data = json!({
            "contextTemplate": {
                "contextActivities": {"grouping": [{"id": ACTIVITY}]},
                "extensions": {SESSION_EXT: session},
            },
            "launchMode": "Normal",
            "moveOn": "CompletedAndPassed",
            "launchParameters": "{\"scenario\":\"job-loss-hardship\"}",
            "returnURL": "https://lms.example/course",
        });
        for (k, v) in extra.as_object().expect("an object") {
            launch_data[k] = v.clone();
        }
        let file = dir.path().join("launch.json");
        let launch = json!({"registration": registration, "activityId": ACTIVITY, "agent": actor("ala-7"), "launchData": launch_data});
        std::fs::write(&file, launch.to_string()).expect("write launch");
        let mut child = Command::new(python())
            .arg(common::shipped().join("tools/cmi5-lms/lms.py"))
            .args(["--launch".as_ref(), file.as_os_str()])
            .args(["--lrs", &ralph.endpoint, "--user", ralph::USER])
            .args(["--password", ralph::PASSWORD])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start lms.py");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("lms.py says where it listens");
        let port = line
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("lms.py did not start: {line:?}"));
        Lms {
            child,
            port,
            _dir: dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The launch URL the LMS would open.
    fn launch_url(&self, registration: &str) -> String {
        format!(
            "https://callcoach.invalid/launcher.html?endpoint={}&fetch={}&actor={}&registration={registration}&activityId={}",
            enc(&self.url("/xapi")),
            enc(&self.url("/fetch?key=k1")),
            enc(&actor("ala-7").to_string()),
            enc(ACTIVITY)
        )
    }

    fn fetches(&self) -> u64 {
        let mut resp = ureq::get(&self.url("/_fetches")).call().expect("fetches");
        let v: Value =
            serde_json::from_str(&resp.body_mut().read_to_string().expect("body")).expect("json");
        v["fetches"].as_u64().expect("a count")
    }
}

fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn launch(url: &str, data: &tempfile::TempDir, extra: &[&str]) -> Output {
    let mut args = vec![
        "--library".to_string(),
        common::shipped().display().to_string(),
        "--data-dir".to_string(),
        data.path().display().to_string(),
        "launch".to_string(),
        url.to_string(),
        "--seed".to_string(),
        "99".to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(&args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env_remove("CALLCOACH_LRS_USER")
        .env_remove("CALLCOACH_LRS_PASSWORD")
        .stdin(Stdio::null())
        .output()
        .expect("run callcoach")
}

/// Ralph's statements of a registration, in timestamp order.
fn statements(ralph: &Ralph, registration: &str) -> Vec<Value> {
    let page = ralph
        .get(&format!("statements?registration={registration}&limit=100"))
        .expect("read statements");
    let mut all = page["statements"].as_array().cloned().unwrap_or_default();
    all.sort_by(|a, b| {
        let t = |s: &Value| {
            chrono::DateTime::parse_from_rfc3339(s["timestamp"].as_str().expect("timestamp"))
                .expect("a date")
        };
        t(a).cmp(&t(b))
    });
    all
}

fn verbs(all: &[Value]) -> Vec<String> {
    all.iter()
        .map(|s| {
            let id = s["verb"]["id"].as_str().expect("verb");
            id.rsplit('/').next().expect("name").to_string()
        })
        .collect()
}

fn categories(s: &Value) -> Vec<String> {
    s["context"]["contextActivities"]["category"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_launch_plays_the_call_and_leaves_the_cmi5_sequence_in_ralph() {
    let ralph = Ralph::start();
    let reg = "0b6a2d4e-6f10-4c2a-9d3e-1a2b3c4d5e6f";
    let lms = Lms::start(&ralph, reg, "session-1", json!({}));
    let data = tempfile::tempdir().expect("tempdir");
    let out = launch(&lms.launch_url(reg), &data, &["--picks", PASSING]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}\n{}", ralph.log());
    assert!(
        common::stdout(&out).contains("  => PASSED"),
        "{}",
        common::stdout(&out)
    );
    assert!(err.contains("moveOn CompletedAndPassed met"), "{err}");
    assert!(
        err.contains("return to the LMS at https://lms.example/course"),
        "{err}"
    );
    // The token (base64 of test:secret) is shown nowhere.
    assert!(!err.contains("dGVzdDpzZWNyZXQ"), "{err}");

    let all = statements(&ralph, reg);
    let turns = PASSING.split(',').count();
    let mut expected = vec!["initialized"];
    expected.extend(std::iter::repeat_n("answered", turns));
    expected.extend(["passed", "completed", "terminated"]);
    assert_eq!(verbs(&all), expected);
    assert!(
        err.contains(&format!(
            "sent initialized, {turns} answered, passed, completed, terminated"
        )),
        "{err}"
    );
    // The turns are cmi5 allowed statements of the session: the launch's actor and
    // registration, the session id, the scenario as parent, no cmi5 category (9.6.2.1), and
    // the answers in the order they were given.
    let answered = &all[1..=turns];
    for (s, pick) in answered.iter().zip(PASSING.split(',')) {
        assert_eq!(s["context"]["registration"], reg, "{s}");
        assert_eq!(s["context"]["extensions"][SESSION_EXT], "session-1", "{s}");
        assert_eq!(s["actor"]["account"]["name"], "ala-7");
        assert_eq!(s["result"]["response"], pick, "{s}");
        assert!(categories(s).is_empty(), "{s}");
        assert!(
            s["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with("https://callcoach.invalid/scenarios/job-loss-hardship/v"),
            "{s}"
        );
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            ACTIVITY
        );
    }
    let judged = &all[turns + 1];
    // The judged statement carries the export's call result (rules with citations, the
    // dimension scores) and the record's id.
    let ext = &judged["result"]["extensions"];
    assert!(
        ext["https://callcoach.invalid/xapi/rules"].is_array(),
        "{judged}"
    );
    assert!(
        ext["https://callcoach.invalid/xapi/dimensions"].is_array(),
        "{judged}"
    );
    assert!(
        ext["https://callcoach.invalid/xapi/record-id"].is_string(),
        "{judged}"
    );
    let cmi5_defined: Vec<Value> = std::iter::once(all[0].clone())
        .chain(all[turns + 1..].iter().cloned())
        .collect();
    let all = cmi5_defined;
    for s in &all {
        assert_eq!(s["context"]["registration"], reg, "{s}");
        assert_eq!(s["context"]["extensions"][SESSION_EXT], "session-1", "{s}");
        assert_eq!(
            s["context"]["contextActivities"]["grouping"][0]["id"],
            ACTIVITY
        );
        assert_eq!(s["object"]["id"], ACTIVITY);
        assert_eq!(s["actor"]["account"]["name"], "ala-7");
        let cats = categories(s);
        assert!(cats.iter().any(|c| c == CMI5), "{s}");
        let judged = ["passed", "completed"]
            .iter()
            .any(|v| s["verb"]["id"].as_str().unwrap().ends_with(v));
        assert_eq!(cats.iter().any(|c| c == MOVEON), judged, "{s}");
    }
    assert_eq!(all[1]["result"]["success"], true);
    assert!(all[1]["result"]["score"]["scaled"].as_f64().is_some());
    assert_eq!(all[2]["result"]["completion"], true);
    assert!(
        all[3]["result"]["duration"]
            .as_str()
            .unwrap()
            .starts_with("PT")
    );

    // The binary took the token once; the fetch URL now refuses (cmi5 8.2.3).
    assert_eq!(lms.fetches(), 1);
    let mut resp = ureq::post(&lms.url("/fetch?key=k1"))
        .send("")
        .expect("fetch");
    let again: Value =
        serde_json::from_str(&resp.body_mut().read_to_string().expect("body")).expect("json");
    assert_eq!(again["error-code"], "1");
    assert!(again.get("auth-token").is_none());

    // Launching again with the used URL is a clear error, and sends nothing.
    let out = launch(&lms.launch_url(reg), &data, &["--picks", PASSING]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error-code 1: already used or expired"),
        "{err}"
    );
    assert!(err.contains("launch the unit again from the LMS"), "{err}");
    assert_eq!(statements(&ralph, reg).len(), 4 + turns);

    // The LMS launches the registration again (a new session and fetch URL): passed and
    // completed were sent already and may not be sent twice in a registration (cmi5 9.3);
    // the new call's turns are still sent, in the new session.
    let again = Lms::start(&ralph, reg, "session-2", json!({}));
    let out = launch(&again.launch_url(reg), &data, &["--picks", PASSING]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let second: Vec<Value> = statements(&ralph, reg)
        .into_iter()
        .filter(|s| s["context"]["extensions"][SESSION_EXT] == "session-2")
        .collect();
    let mut expected = vec!["initialized"];
    expected.extend(std::iter::repeat_n("answered", turns));
    expected.push("terminated");
    assert_eq!(verbs(&second), expected);
    assert!(common::stderr(&out).contains("moveOn CompletedAndPassed met"));
}

#[test]
fn the_mastery_score_decides_and_browse_mode_sends_no_judgement() {
    let ralph = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    // A call the scenario passes (every dimension at its pass mark, overall 85) under a
    // mastery score of 0.9: failed, with the mastery score in the context and the score
    // below it.
    let reg = "1c7b3e5f-7a21-4d3b-8e4f-2b3c4d5e6f70";
    let lms = Lms::start(&ralph, reg, "session-m", json!({"masteryScore": 0.9}));
    let out = launch(&lms.launch_url(reg), &data, &["--picks", HIGH_PLAN]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert!(
        common::stdout(&out).contains("  => PASSED"),
        "{}",
        common::stdout(&out)
    );
    let all: Vec<Value> = statements(&ralph, reg)
        .into_iter()
        .filter(|s| !s["verb"]["id"].as_str().unwrap().ends_with("answered"))
        .collect();
    assert_eq!(
        verbs(&all),
        ["initialized", "failed", "completed", "terminated"]
    );
    assert_eq!(all[1]["result"]["success"], false);
    assert_eq!(all[1]["context"]["extensions"][MASTERY_EXT], 0.9);
    assert_eq!(all[1]["result"]["score"]["scaled"], 0.85);
    assert!(all[2]["context"]["extensions"].get(MASTERY_EXT).is_none());
    assert!(common::stderr(&out).contains("moveOn CompletedAndPassed not met"));

    // Browse: only initialized and terminated (cmi5 10.2.2).
    let reg = "2d8c4f60-8b32-4e4c-9f50-3c4d5e6f7081";
    let lms = Lms::start(&ralph, reg, "session-b", json!({"launchMode": "Browse"}));
    let out = launch(&lms.launch_url(reg), &data, &["--picks", PASSING]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(
        verbs(&statements(&ralph, reg)),
        ["initialized", "terminated"]
    );

    // A call that does not end (the picks run out): initialized and terminated only.
    let reg = "3e9d5071-9c43-4f5d-a061-4d5e6f708192";
    let lms = Lms::start(&ralph, reg, "session-q", json!({}));
    let out = launch(&lms.launch_url(reg), &data, &["--picks", "ask-for-dana"]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert_eq!(
        verbs(&statements(&ralph, reg)),
        ["initialized", "terminated"]
    );
}

#[test]
fn a_bad_launch_is_a_clear_error_and_sends_nothing() {
    let ralph = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    let reg = "4fae6182-ad54-4a6e-b172-5e6f708192a3";
    let lms = Lms::start(
        &ralph,
        reg,
        "session-x",
        json!({"launchParameters": "{\"scenario\":\"no-such-scenario\"}"}),
    );

    // A launch URL without its registration: named, before any request.
    let url = lms
        .launch_url(reg)
        .replace(&format!("&registration={reg}"), "");
    let out = launch(&url, &data, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("no \"registration\" parameter"),
        "{}",
        common::stderr(&out)
    );
    assert_eq!(lms.fetches(), 0);

    // An unknown scenario: named with where it came from; the unit never became ready, so
    // no statement at all (the LMS abandons the session).
    let out = launch(&lms.launch_url(reg), &data, &["--picks", PASSING]);
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no scenario \"no-such-scenario\""), "{err}");
    assert!(
        err.contains("from LMS.LaunchData launchParameters"),
        "{err}"
    );
    assert_eq!(lms.fetches(), 1);
    assert!(statements(&ralph, reg).is_empty());
}

#[test]
fn the_shipped_course_structure_matches_the_library() {
    let out = common::callcoach(&[
        "--library",
        common::shipped().to_str().expect("utf-8"),
        "cmi5-course",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let shipped =
        std::fs::read_to_string(common::shipped().join("cmi5/cmi5.xml")).expect("cmi5/cmi5.xml");
    assert!(
        common::stdout(&out) == shipped,
        "cmi5/cmi5.xml is out of date: run `callcoach cmi5-course > cmi5/cmi5.xml`"
    );
    // Every scenario file is an AU.
    for entry in std::fs::read_dir(common::shipped().join("scenarios")).expect("scenarios") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron")
            && path.file_stem().is_some_and(|s| s != "tags")
        {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                shipped.contains(&format!("/cmi5/au/{id}\"")),
                "{id} has no AU"
            );
        }
    }
}

/// The desktop app on the assigned call, under Xvfb, driven by the app's test scripting: the
/// launch opens it straight on the call (no sign-in, no library), the debrief's "Return to
/// the LMS" closes it, and the binary sends the turns and the judgement.
#[test]
fn a_launch_opens_the_app_on_the_call_and_returning_to_the_lms_sends_the_results() {
    assert!(
        Command::new("sh")
            .args(["-c", "command -v xvfb-run"])
            .output()
            .is_ok_and(|o| o.status.success()),
        "xvfb-run is needed (apt-get install xvfb)"
    );
    let ralph = Ralph::start();
    let reg = "5a0b7293-be65-4b7f-8283-6f708192a3b4";
    let lms = Lms::start(&ralph, reg, "session-app", json!({}));
    let data = tempfile::tempdir().expect("tempdir");
    let script = data.path().join("script.txt");
    let picks: Vec<String> = PASSING.split(',').map(|p| format!("pick-id {p}")).collect();
    std::fs::write(
        &script,
        format!(
            "wait-ready\nexpect call\n{}\nexpect wrapup\ndisposition payment-plan\nnext-action await-payment\nsubmit\nexpect debrief\nwait-debrief\nleave\nsleep 5000\nexpect library\n",
            picks.join("\n")
        ),
    )
    .expect("script");
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_callcoach"))
        .args(["--library", common::shipped().to_str().expect("utf-8")])
        .args(["--data-dir", data.path().to_str().expect("utf-8")])
        .args(["launch", &lms.launch_url(reg), "--seed", "99"])
        .env("CALLCOACH_SCRIPT", &script)
        .env_remove("CALLCOACH_DATA_DIR")
        .stdin(Stdio::null())
        .output()
        .expect("run xvfb-run callcoach launch");
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // The app closed on leaving the debrief: the script's later lines never ran.
    assert!(!err.contains("expect library"), "{err}");
    assert!(!err.contains("script line"), "{err}");
    let all = statements(&ralph, reg);
    let v = verbs(&all);
    let turns = PASSING.split(',').count();
    assert_eq!(v.len(), turns + 4, "{v:?}");
    assert_eq!(v[0], "initialized");
    assert!(v[1..=turns].iter().all(|v| v == "answered"), "{v:?}");
    assert!(
        ["passed", "failed"].contains(&v[turns + 1].as_str()),
        "{v:?}"
    );
    assert_eq!(v[turns + 2..], ["completed", "terminated"]);
    for s in &all {
        assert_eq!(s["context"]["registration"], reg, "{s}");
        assert_eq!(s["actor"]["account"]["name"], "ala-7", "{s}");
    }
    // The record is the LMS's learner's, and the desk's settings were left alone.
    let records = std::fs::read_dir(data.path().join("records"))
        .expect("records")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .count();
    assert_eq!(records, 1);
    let id = all[turns + 1]["result"]["extensions"]["https://callcoach.invalid/xapi/record-id"]
        .as_str()
        .expect("record id")
        .to_string();
    assert!(id.contains("ala-7"), "{id}");
    let prefs = std::fs::read_to_string(data.path().join("app-settings.json")).unwrap_or_default();
    assert!(!prefs.contains("ala-7"), "{prefs}");
}
