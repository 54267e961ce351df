//! issue 17: load. `check` and `play` on a tampered library on disk: a FIFO named like a
//! scenario, two links to the folder itself, `/dev/zero` behind a `.ftl` link, a 1 GB sparse
//! file, a link to a file outside the library and 10,000 nested placeables. Before, `check`
//! blocked on the FIFO (or walked 2^40 paths, or read /dev/zero without end) and aborted on
//! the nesting; now each is a diagnostic naming its file and the command ends.
#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};

use callcoach_core::synth::{self, Spec};

/// The generated library (8 nodes) with every fault planted.
fn tampered() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lib");
    for f in synth::files(&Spec::new(8)) {
        let path = root.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &f.bytes).unwrap();
    }
    let s = root.join("scenarios");
    assert!(
        Command::new("mkfifo")
            .arg(s.join("planted.ron"))
            .status()
            .unwrap()
            .success()
    );
    symlink(".", s.join("a")).unwrap();
    symlink(".", s.join("b")).unwrap();
    symlink("/dev/zero", root.join("locales/en/zero.ftl")).unwrap();
    std::fs::File::create(s.join("sparse.ron"))
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let secret = dir.path().join("secret.ron");
    std::fs::write(&secret, "SECRET-CONTENTS\n").unwrap();
    symlink(&secret, s.join("rubrics/stolen.ron")).unwrap();
    let deep = format!("deep = {}x{}\n", "{ ".repeat(10_000), " }".repeat(10_000));
    let mut ui = std::fs::read_to_string(root.join("locales/en/ui.ftl")).unwrap();
    ui.push_str(&deep);
    std::fs::write(root.join("locales/en/ui.ftl"), ui).unwrap();
    dir
}

fn run(args: &[&str], root: &Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(args)
        .arg("--library")
        .arg(root)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[test]
fn check_reports_every_planted_fault_and_ends() {
    let t = tampered();
    let root = t.path().join("lib");
    let (code, out) = run(&["check"], &root);
    assert_eq!(code, Some(1), "{out}");
    for (diagnostic, path) in [
        (
            "error[E021]: this is not a regular file (a FIFO); it is not opened",
            "scenarios/planted.ron",
        ),
        (
            "warning[W023]: this folder is already part of the library as",
            "scenarios/a",
        ),
        (
            "warning[W023]: this folder is already part of the library as",
            "scenarios/b",
        ),
        (
            "error[E022]: this link points outside the library (to /dev/zero); it is not read",
            "locales/en/zero.ftl",
        ),
        (
            "error[E020]: this file is larger than the 4 MiB limit for content files; it is not read",
            "scenarios/sparse.ron",
        ),
        (
            "error[E022]: this link points outside the library",
            "scenarios/rubrics/stolen.ron",
        ),
        (
            "error[E025]: nested deeper than 64 levels; the file is not loaded",
            "locales/en/ui.ftl:",
        ),
    ] {
        let at = out
            .find(diagnostic)
            .unwrap_or_else(|| panic!("no {diagnostic:?} in:\n{out}"));
        let path = root.join(path);
        let path = path.to_string_lossy();
        assert!(
            out[at..].contains(&format!("= in {path}")),
            "{diagnostic} not on {path}:\n{out}"
        );
    }
    assert!(!out.contains("SECRET-CONTENTS"), "{out}");
}

#[test]
fn play_on_the_tampered_library_neither_blocks_nor_aborts() {
    let t = tampered();
    let root = t.path().join("lib");
    let data = t.path().join("data");
    let data = data.to_string_lossy();
    let (code, out) = run(
        &[
            "play",
            "synth",
            "--seed",
            "1",
            "--picks",
            "1",
            "--data-dir",
            &data,
        ],
        &root,
    );
    // The picks run out after the first turn: an error exit, not a crash (101) or an abort.
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("error: the scripted picks ran out"), "{out}");
}
