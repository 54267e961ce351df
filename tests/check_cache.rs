//! `callcoach check`'s analysis cache ($CALLCOACH_CACHE_DIR): the output is the same with a
//! cold cache, a warm one and none; an edit re-analyses only the scenario it touches; a
//! corrupt cache file is a warning, never a failure.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;

/// `check --format json --timings` on `root` with the cache in `cache` (or `--no-cache`).
fn check(root: &Path, cache: Option<&Path>) -> Output {
    check_only(root, cache, &[])
}

/// [`check`] of only the scenarios named.
fn check_only(root: &Path, cache: Option<&Path>, ids: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_callcoach"));
    cmd.args(["--library", root.to_str().expect("utf-8 path"), "check"])
        .args(["--format", "json", "--timings"])
        .args(ids)
        .env_remove("CALLCOACH_DATA_DIR");
    match cache {
        Some(dir) => cmd.env("CALLCOACH_CACHE_DIR", dir),
        None => cmd.arg("--no-cache"),
    };
    cmd.output().expect("run callcoach")
}

/// (analysed, reused) from the `--timings` line.
fn work(out: &Output) -> (usize, usize) {
    let err = stderr(out);
    let line = err
        .lines()
        .find(|l| l.contains(" analysed, "))
        .unwrap_or_else(|| panic!("no --timings line: {err}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = |w: &str| {
        let i = words.iter().position(|x| *x == w).expect("word");
        words[i - 1].parse().expect("a count")
    };
    let analysed = at("scenario(s)");
    let reused = at("from");
    (analysed, reused)
}

fn scenario_count(root: &Path) -> usize {
    std::fs::read_dir(root.join("scenarios"))
        .expect("scenarios/")
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".ron") && name != "tags.ron"
        })
        .count()
}

#[test]
fn cached_output_is_the_uncached_output_and_an_edit_reanalyses_one_scenario() {
    let lib = library_copy();
    let cache = tempfile::tempdir().expect("temp dir");
    let n = scenario_count(lib.path());
    assert!(n > 1);

    let none = check(lib.path(), None);
    let cold = check(lib.path(), Some(cache.path()));
    let warm = check(lib.path(), Some(cache.path()));
    assert_eq!(none.status.code(), Some(0), "{}", stderr(&none));
    assert!(cache.path().join("check-analyses.json").is_file());
    assert_eq!(work(&none), (n, 0));
    assert_eq!(work(&cold), (n, 0));
    assert_eq!(work(&warm), (0, n));
    assert_eq!(stdout(&cold), stdout(&none));
    assert_eq!(stdout(&warm), stdout(&none));
    assert_eq!(warm.status.code(), none.status.code());

    // An edit that changes what one scenario's searches find: only it is analysed again,
    // and the result is what a check without the cache gives.
    edit(
        lib.path(),
        "scenarios/job-loss-hardship.ron",
        "    version: 2,",
        "    version: 2, // edited",
    );
    let edited = check(lib.path(), Some(cache.path()));
    assert_eq!(work(&edited), (1, n - 1));
    assert_eq!(stdout(&edited), stdout(&check(lib.path(), None)));
    let again = check(lib.path(), Some(cache.path()));
    assert_eq!(work(&again), (0, n));
}

#[test]
fn an_error_the_searches_find_comes_back_from_the_cache() {
    let lib = library_copy();
    let cache = tempfile::tempdir().expect("temp dir");
    let n = scenario_count(lib.path());
    check(lib.path(), Some(cache.path()));
    // The outcome scores of one scenario made too low to pass: E115 from the search, the
    // same from the cache.
    let file = "scenarios/job-loss-hardship.ron";
    let text = std::fs::read_to_string(lib.path().join(file)).expect("read");
    let lowered = text.replace(
        "outcomes: {PaymentPlan: 100, PromiseToPay: 90, Escalated: 80, CallbackScheduled: 60,",
        "outcomes: {PaymentPlan: 10, PromiseToPay: 10, Escalated: 10, CallbackScheduled: 10,",
    );
    assert_ne!(text, lowered, "the scenario has outcome scores to lower");
    std::fs::write(lib.path().join(file), lowered).expect("write");
    let first = check(lib.path(), Some(cache.path()));
    let second = check(lib.path(), Some(cache.path()));
    assert_eq!(work(&first), (1, n - 1));
    assert_eq!(work(&second), (0, n));
    assert_eq!(first.status.code(), Some(1), "{}", stdout(&first));
    assert_eq!(second.status.code(), Some(1));
    assert!(stdout(&second).contains("\"E115\""), "{}", stdout(&second));
    assert_eq!(stdout(&first), stdout(&second));
    assert_eq!(stdout(&second), stdout(&check(lib.path(), None)));
}

#[test]
fn a_corrupt_cache_file_is_a_warning_and_the_check_still_runs() {
    let lib = library_copy();
    let cache = tempfile::tempdir().expect("temp dir");
    // One quick scenario is enough for what the cache file holds.
    let only = ["uk-bad-time"];
    let n = 1;
    let clean = check_only(lib.path(), None, &only);
    let file = cache.path().join("check-analyses.json");
    for garbage in [
        &b"\xff\x00 not json"[..],
        br#"{"version":"0.1.0","format":1,"entries":{"k":{"diagnostics":[{"code":"X999"}]}}}"#,
        br#"{"version":"0.1.0","format":1,"entries":{"k":{"diagnostics":[{"code":"E115","file":"a","line":1,"column":1,"start":9,"end":2,"message":"m","help":null}],"balance":null}}}"#,
    ] {
        std::fs::write(&file, garbage).expect("write");
        let out = check_only(lib.path(), Some(cache.path()), &only);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("warning: the check cache") && stderr(&out).contains("ignored"),
            "{}",
            stderr(&out)
        );
        assert_eq!(work(&out), (n, 0));
        assert_eq!(stdout(&out), stdout(&clean));
        // Rewritten whole: the next check uses it without a warning.
        let next = check_only(lib.path(), Some(cache.path()), &only);
        assert!(!stderr(&next).contains("warning"), "{}", stderr(&next));
        assert_eq!(work(&next), (0, n));
    }
    // Entries that do not fit the scenario they are filed under (a diagnostic pointing past
    // the end of its file) are not used.
    let text = std::fs::read_to_string(&file).expect("read");
    let tampered = text.replace("\"diagnostics\":[]", "\"diagnostics\":[{\"code\":\"E115\",\"file\":\"/nowhere\",\"line\":1,\"column\":1,\"start\":0,\"end\":99999999,\"message\":\"planted\",\"help\":null}]");
    assert_ne!(text, tampered);
    std::fs::write(&file, tampered).expect("write");
    let out = check_only(lib.path(), Some(cache.path()), &only);
    assert!(!stdout(&out).contains("planted"), "{}", stdout(&out));
    assert_eq!(stdout(&out), stdout(&clean));
    assert_eq!(out.status.code(), Some(0));
}
