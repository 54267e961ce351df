//! callcoach against a real LRS: Ralph, started by the test on 127.0.0.1 (`common::ralph`).
//! A cohort of 1,000 calls is sent and every statement read back and compared with what
//! `report --format xapi` prints; a lost ledger sends nothing twice; each LRS has its own
//! ledger, and the single ledger of earlier versions makes no LRS skip a statement.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use common::ralph::{self, Ralph};
use serde_json::Value;

/// Runs the binary with the LRS credentials in the environment.
fn callcoach_lrs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env("CALLCOACH_LRS_USER", ralph::USER)
        .env("CALLCOACH_LRS_PASSWORD", ralph::PASSWORD)
        .output()
        .expect("run callcoach")
}

/// `count` synthetic calls in the data folder `d`.
fn synth(d: &str, count: usize) {
    let count = count.to_string();
    let out = callcoach_lrs(&[
        "--data-dir",
        d,
        "synth-records",
        "--count",
        &count,
        "--seed",
        "3",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

/// What `report --format xapi` prints for the data folder `d`.
fn statements(d: &str) -> Vec<Value> {
    let out = callcoach_lrs(&["--data-dir", d, "report", "--format", "xapi"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    serde_json::from_slice(&out.stdout).expect("statements")
}

/// `report --format xapi --lrs <endpoint>`, which must succeed; its stderr.
fn send(d: &str, lrs: &Ralph) -> String {
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
    assert!(out.stdout.is_empty(), "statements sent are not printed");
    common::stderr(&out)
}

/// What Ralph holds, by id; a statement held twice fails the test.
fn held(lrs: &Ralph) -> BTreeMap<String, Value> {
    let all = lrs.all_statements();
    let n = all.len();
    let by_id: BTreeMap<String, Value> = all
        .into_iter()
        .map(|s| (s["id"].as_str().expect("id").to_string(), s))
        .collect();
    assert_eq!(by_id.len(), n, "Ralph holds a statement twice");
    by_id
}

fn ids(statements: &[Value]) -> BTreeSet<String> {
    statements
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_string())
        .collect()
}

/// The ids one ledger file lists (its comment line aside).
fn ledger_ids(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .expect("ledger")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The ledger files in a data folder, by name.
fn ledgers(data: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data.join("xapi-sent"))
        .expect("the ledger folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_thousand_calls_read_back_as_sent_and_a_lost_ledger_sends_nothing_twice() {
    let lrs = Ralph::start();
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path().to_str().expect("utf-8");
    synth(d, 1000);
    let expected = statements(d);
    let n = expected.len();
    assert!(
        n > 1000,
        "1,000 calls give more than one statement each: {n}"
    );

    let started = Instant::now();
    let said = send(d, &lrs);
    let took = started.elapsed();
    eprintln!(
        "timing: {n} statements of 1,000 calls sent to Ralph (file backend) in {:.1} s, {:.0} statements/s",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    assert_eq!(
        said,
        format!(
            "sent {n} statement(s) to {} (0 skipped as its ledger lists them, 0 retries)\n",
            lrs.endpoint
        )
    );

    // Every statement read back (in pages, following `more`) is the one sent, field by
    // field; Ralph adds only what an LRS sets itself.
    let started = Instant::now();
    let stored = held(&lrs);
    eprintln!(
        "timing: {} statements read back in {:.1} s",
        stored.len(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(stored.len(), n);
    for sent in &expected {
        let id = sent["id"].as_str().expect("id");
        let back = stored[id].as_object().expect("an object");
        let sent = sent.as_object().expect("an object");
        for (field, value) in sent {
            assert_eq!(back.get(field), Some(value), "{field} of {id}");
        }
        for field in back.keys().filter(|f| !sent.contains_key(*f)) {
            assert!(
                ["stored", "authority", "version"].contains(&field.as_str()),
                "Ralph added {field} to {id}"
            );
        }
    }

    // The same command again sends nothing: the ledger lists every id.
    assert_eq!(
        send(d, &lrs),
        format!(
            "sent 0 statement(s) to {} ({n} skipped as its ledger lists them, 0 retries)\n",
            lrs.endpoint
        )
    );
    let names = ledgers(data.path());
    assert_eq!(names.len(), 1, "{names:?}");
    let ledger = data.path().join("xapi-sent").join(&names[0]);
    assert_eq!(ledger_ids(&ledger), ids(&expected));

    // The ledger lost: everything is sent again, Ralph answers that it holds it all already,
    // the summary says so, and Ralph still holds each statement once.
    std::fs::remove_file(&ledger).expect("lose the ledger");
    let started = Instant::now();
    assert_eq!(
        send(d, &lrs),
        format!(
            "sent {n} statement(s) to {} ({n} of them it held already, stored once; 0 skipped as its ledger lists them, 0 retries)\n",
            lrs.endpoint
        )
    );
    eprintln!(
        "timing: {n} statements sent again after a lost ledger in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let again = held(&lrs);
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        stored.keys().collect::<Vec<_>>()
    );
    assert_eq!(ledger_ids(&ledger), ids(&expected), "the ledger is rebuilt");
}

#[test]
fn each_lrs_has_its_own_ledger_and_the_old_shared_one_makes_none_skip() {
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(Ralph::start);
        let b = s.spawn(Ralph::start);
        (a.join().expect("Ralph A"), b.join().expect("Ralph B"))
    });
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path().to_str().expect("utf-8");
    synth(d, 12);
    let expected = statements(d);
    let n = expected.len();
    assert!(n > 50, "more than one batch: {n}");

    // The single ledger of an earlier callcoach, listing every id (sent to some LRS, it
    // cannot say which), is moved aside and makes A skip nothing.
    let legacy: String = expected
        .iter()
        .map(|s| format!("{}\n", s["id"].as_str().expect("id")))
        .collect();
    std::fs::write(data.path().join("xapi-sent.log"), &legacy).expect("legacy ledger");
    let said = send(d, &a);
    let moved = data
        .path()
        .join("xapi-sent")
        .join("legacy-unattributed.log");
    assert!(
        said.starts_with(&format!(
            "note: the ledger of an earlier callcoach, {} (one for every LRS",
            data.path().join("xapi-sent.log").display()
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!("is moved to {}", moved.display())),
        "{said}"
    );
    assert!(said.ends_with(&format!(
        "sent {n} statement(s) to {} (0 skipped as its ledger lists them, 0 retries)\n",
        a.endpoint
    )));
    assert_eq!(std::fs::read_to_string(&moved).expect("moved"), legacy);
    assert!(!data.path().join("xapi-sent.log").exists());
    assert_eq!(
        held(&a).keys().cloned().collect::<BTreeSet<_>>(),
        ids(&expected)
    );

    // A's ledger lists everything; B, another LRS, still gets everything.
    assert_eq!(
        send(d, &b),
        format!(
            "sent {n} statement(s) to {} (0 skipped as its ledger lists them, 0 retries)\n",
            b.endpoint
        )
    );
    assert_eq!(
        held(&b).keys().cloned().collect::<BTreeSet<_>>(),
        ids(&expected)
    );
    // And A, again, nothing.
    assert!(send(d, &a).starts_with("sent 0 statement(s) "));

    let names = ledgers(data.path());
    assert_eq!(names.len(), 3, "{names:?}");
    for lrs in [&a, &b] {
        let prefix = format!("127-0-0-1-{}-", lrs.port);
        let name = names
            .iter()
            .find(|n| n.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no ledger {prefix}*: {names:?}"));
        let ledger = data.path().join("xapi-sent").join(name);
        assert_eq!(ledger_ids(&ledger), ids(&expected));
        let first = std::fs::read_to_string(&ledger).expect("ledger");
        assert_eq!(
            first.lines().next(),
            Some(
                format!(
                    "# ids of the xAPI statements {} confirmed (callcoach)",
                    lrs.endpoint
                )
                .as_str()
            )
        );
        assert!(!first.contains(ralph::PASSWORD));
    }
}
