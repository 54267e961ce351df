//! issue 17 (compute): what the CLI does with scenarios past what callcoach computes with, or
//! that the app would refuse to start.

mod common;

use std::fs;
use std::path::Path;

use callcoach_core::synth::{self, Spec};
use common::*;

/// The generated 8-node library on disk, its scenario replaced by a corpus file of
/// `crates/core/tests/bad_inputs/`.
fn synth_library_with(corpus_file: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in synth::files(&Spec::new(8)) {
        let path = dir.path().join(&f.path);
        fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        fs::write(&path, &f.bytes).expect("file");
    }
    let corpus = shipped()
        .join("crates/core/tests/bad_inputs")
        .join(corpus_file);
    fs::copy(corpus, dir.path().join("scenarios/synth.ron")).expect("corpus file");
    dir
}

fn path(dir: &Path) -> &str {
    dir.to_str().expect("utf-8 path")
}

/// A scenario with E112 (a loop that cannot end) compiles, but the app does not let a
/// trainee start it: neither do `play` and `walk`, and they say why.
#[test]
fn play_and_walk_refuse_a_scenario_with_a_loop_that_cannot_end() {
    let lib = synth_library_with("branch-loops-to-itself.ron");
    let data = tempfile::tempdir().expect("tempdir");
    for verb in [
        vec!["play", "synth", "--seed", "1", "--picks", "1,1,1,1,1,1"],
        vec!["walk", "synth", "--runs", "5"],
    ] {
        let mut args = vec![
            "--library",
            path(lib.path()),
            "--data-dir",
            path(data.path()),
        ];
        args.extend(verb.iter().copied());
        let out = callcoach(&args);
        let err = stderr(&out);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{verb:?}: {}{err}",
            stdout(&out)
        );
        assert!(err.contains("error[E112]"), "{verb:?}: {err}");
        assert!(
            err.contains(
                "error: scenario \"synth\" has errors; fix them first (callcoach check synth)"
            ),
            "{verb:?}: {err}"
        );
        assert!(!stdout(&out).contains("== Debrief =="), "{verb:?}");
    }
    assert!(
        fs::read_dir(data.path()).map_or(true, |mut d| d.next().is_none()),
        "nothing recorded"
    );
    // The graph still draws it: that is how a trainer finds the loop.
    let out = callcoach(&["--library", path(lib.path()), "graph", "synth"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("digraph"), "{}", stdout(&out));
}

/// The example: the shipped library with one call at the end of chrono's range and
/// a UTC offset. `check` names it (E130 at `call_at`), still checks the other scenarios and
/// exits 1; `report` and `play` do not panic.
#[test]
fn an_extreme_call_at_is_an_error_and_nothing_panics() {
    let lib = library_copy();
    let root = lib.path();
    edit(
        root,
        "scenarios/uk-bad-time.ron",
        "call_at: \"2026-11-17T08:20:00Z\"",
        "call_at: \"+262142-12-31T23:59:59Z\"",
    );
    edit(
        root,
        "scenarios/uk-bad-time.ron",
        "utc_offset_minutes: 0)",
        "utc_offset_minutes: 60)",
    );
    let (code, diagnostics) = check_json(root);
    assert_eq!(code, 1);
    let e130 = with_code(&diagnostics, "E130");
    assert_eq!(e130.len(), 1, "{diagnostics:#?}");
    let (line, column) = position(root, "scenarios/uk-bad-time.ron", "\"+262142");
    assert_eq!(
        (e130[0]["line"].as_u64(), e130[0]["column"].as_u64()),
        (Some(line as u64), Some(column as u64))
    );
    assert!(
        e130[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("outside the years 1000 to 9999")),
        "{:?}",
        e130[0]
    );
    // Every other shipped scenario is still checked.
    let out = callcoach(&["--library", path(root), "check"]);
    let text = stdout(&out);
    let scenarios = std::fs::read_dir(root.join("scenarios"))
        .expect("scenarios")
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".ron") && name != "tags.ron"
        })
        .count();
    assert!(text.contains(&format!("{scenarios} scenario(s)")), "{text}");
    assert_eq!(text.matches(": winnable ").count(), scenarios - 1, "{text}");
    let data = tempfile::tempdir().expect("tempdir");
    for args in [
        vec!["report", "--format", "xapi"],
        vec![
            "play",
            "uk-bad-time",
            "--seed",
            "1",
            "--picks",
            "1",
            "--no-record",
        ],
    ] {
        let mut all = vec!["--library", path(root), "--data-dir", path(data.path())];
        all.extend(args.iter().copied());
        let out = callcoach(&all);
        assert_ne!(out.status.code(), Some(101), "{args:?}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
