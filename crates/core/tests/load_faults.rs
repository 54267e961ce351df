//! issue 17: load. A library on disk that someone has tampered with: FIFOs, sockets and
//! devices named like content, link loops, links out of the library, huge and sparse files,
//! unreadable folders. Each gives its diagnostic naming the path, the rest of the library
//! still loads, and nothing blocks (a load that does not return within a minute fails the
//! test instead of hanging it; no assertion is about time).
#![cfg(unix)]

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use callcoach_core::check::{Scope, check};
use callcoach_core::content::diagnostic::{Diagnostic, render};
use callcoach_core::content::fs::{
    MAX_CONTENT_FILE, ReadError, read_capped, read_capped_no_follow,
};
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, Spec};

/// The generated library (8 nodes) written under a new temporary folder, with a Polish copy
/// of its English text.
fn library() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lib");
    for f in synth::files(&Spec::new(8)) {
        let path = root.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &f.bytes).unwrap();
        if let Ok(rest) = f.path.strip_prefix("locales/en") {
            let pl = root.join("locales/pl").join(rest);
            std::fs::create_dir_all(pl.parent().unwrap()).unwrap();
            std::fs::write(pl, &f.bytes).unwrap();
        }
    }
    (dir, root)
}

/// Loads and checks on another thread; fails (instead of hanging) if that never returns.
fn load(root: &Path) -> (Library, Vec<Diagnostic>) {
    let (tx, rx) = mpsc::channel();
    let r = root.to_path_buf();
    std::thread::spawn(move || {
        let lib = Library::load(&r);
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        let _ = tx.send((lib, report.diagnostics));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("loading the library did not return: it blocked or ran away")
}

/// The one diagnostic with this code about this path (relative to the root).
fn the<'a>(d: &'a [Diagnostic], root: &Path, code: &str, path: &str) -> &'a Diagnostic {
    let want = root.join(path);
    let hits: Vec<_> = d
        .iter()
        .filter(|d| d.code == code && d.file == want)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "want one {code} on {path}; got:\n  {}",
        d.iter()
            .map(Diagnostic::one_line)
            .collect::<Vec<_>>()
            .join("\n  ")
    );
    assert!(hits[0].help.as_ref().is_some_and(|h| !h.is_empty()));
    hits[0]
}

/// The rest of the library loaded: the scenario compiled with its English and Polish text.
fn rest_loaded(lib: &Library) {
    assert_eq!(lib.scenarios.len(), 1, "the scenario loaded once");
    assert!(lib.tags.is_some());
    for lang in ["en", "pl"] {
        assert!(lib.locales[lang].scenarios.contains_key("synth"), "{lang}");
    }
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_fifo_named_like_content_is_not_opened() {
    let (_t, root) = library();
    mkfifo(&root.join("scenarios/planted.ron"));
    mkfifo(&root.join("locales/en/planted.ftl"));
    let (lib, d) = load(&root);
    for path in ["scenarios/planted.ron", "locales/en/planted.ftl"] {
        let diag = the(&d, &root, "E021", path);
        assert_eq!(
            diag.message,
            "this is not a regular file (a FIFO); it is not opened"
        );
    }
    rest_loaded(&lib);
    // The safe reader refuses it before opening, following links or not.
    let fifo = root.join("scenarios/planted.ron");
    for read in [read_capped, read_capped_no_follow] {
        let e = read(&fifo, MAX_CONTENT_FILE).unwrap_err();
        assert_eq!(e.to_string(), "not a regular file (a FIFO)");
    }
}

#[test]
fn a_link_to_a_fifo_and_a_socket_are_not_opened() {
    let (_t, root) = library();
    mkfifo(&root.join("scenarios/pipe"));
    symlink("pipe", root.join("scenarios/piped.ron")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(root.join("locales/en/sock.ftl")).unwrap();
    let (lib, d) = load(&root);
    let diag = the(&d, &root, "E021", "scenarios/piped.ron");
    assert!(diag.message.contains("(a FIFO)"), "{diag:?}");
    let diag = the(&d, &root, "E021", "locales/en/sock.ftl");
    assert!(diag.message.contains("(a socket)"), "{diag:?}");
    rest_loaded(&lib);
}

#[test]
fn two_links_to_the_folder_itself_are_visited_once() {
    let (_t, root) = library();
    symlink(".", root.join("scenarios/a")).unwrap();
    symlink(".", root.join("scenarios/b")).unwrap();
    // And a link to an ancestor, from deeper down.
    symlink("../..", root.join("locales/en/up")).unwrap();
    let (lib, d) = load(&root);
    for path in ["scenarios/a", "scenarios/b"] {
        let diag = the(&d, &root, "W023", path);
        assert!(
            diag.message
                .starts_with("this folder is already part of the library as "),
            "{diag:?}"
        );
    }
    // `up` is the library root: outside `scenarios/` and `locales/`, and not content, but
    // it holds them: they are not walked again.
    assert!(!d.iter().any(|d| d.code == "E007"), "nothing loaded twice");
    rest_loaded(&lib);
}

#[test]
fn a_link_loop_is_a_diagnostic() {
    let (_t, root) = library();
    symlink("loop.ron", root.join("scenarios/loop.ron")).unwrap();
    // A locale folder replaced by a link to itself (root or not, nobody can read it).
    std::fs::remove_dir_all(root.join("locales/pl")).unwrap();
    symlink("pl", root.join("locales/pl")).unwrap();
    let (lib, d) = load(&root);
    for path in ["scenarios/loop.ron", "locales/pl"] {
        let diag = the(&d, &root, "E001", path);
        assert!(
            diag.message.starts_with("cannot read this link: "),
            "{diag:?}"
        );
    }
    assert!(lib.scenarios.len() == 1 && !lib.locales.contains_key("pl"));
}

#[test]
fn dev_zero_behind_a_link_is_never_read() {
    let (_t, root) = library();
    symlink("/dev/zero", root.join("locales/en/zero.ftl")).unwrap();
    let (lib, d) = load(&root);
    let diag = the(&d, &root, "E022", "locales/en/zero.ftl");
    assert_eq!(
        diag.message,
        "this link points outside the library (to /dev/zero); it is not read"
    );
    rest_loaded(&lib);
    // And the safe reader refuses the device itself, without opening it.
    let e = read_capped(Path::new("/dev/zero"), MAX_CONTENT_FILE).unwrap_err();
    assert!(
        matches!(e, ReadError::NotRegular { kind: "a device" }),
        "{e}"
    );
}

#[test]
fn a_device_inside_the_library_is_not_opened() {
    let (_t, root) = library();
    let made = std::process::Command::new("mknod")
        .arg(root.join("scenarios/zero.ron"))
        .args(["c", "1", "5"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mknod needs root (CAP_MKNOD) here");
        return;
    }
    let (lib, d) = load(&root);
    let diag = the(&d, &root, "E021", "scenarios/zero.ron");
    assert!(diag.message.contains("(a device)"), "{diag:?}");
    rest_loaded(&lib);
}

#[test]
fn files_over_the_cap_are_not_read() {
    let (_t, root) = library();
    // A 1 GB sparse file, and one byte over the cap.
    let big = std::fs::File::create(root.join("scenarios/sparse.ron")).unwrap();
    big.set_len(1 << 30).unwrap();
    let over = std::fs::File::create(root.join("locales/en/over.ftl")).unwrap();
    over.set_len(MAX_CONTENT_FILE + 1).unwrap();
    // Exactly the cap is read (and is then just malformed: E003 or Fluent errors, not E020).
    std::fs::write(
        root.join("scenarios/rubrics/at-cap.ron"),
        vec![b' '; MAX_CONTENT_FILE as usize],
    )
    .unwrap();
    let (lib, d) = load(&root);
    for path in ["scenarios/sparse.ron", "locales/en/over.ftl"] {
        let diag = the(&d, &root, "E020", path);
        assert_eq!(
            diag.message,
            "this file is larger than the 4 MiB limit for content files; it is not read"
        );
    }
    assert!(
        !d.iter()
            .any(|d| d.code == "E020" && d.file.ends_with("at-cap.ron"))
    );
    the(&d, &root, "E003", "scenarios/rubrics/at-cap.ron");
    rest_loaded(&lib);
}

#[test]
fn a_link_out_of_the_library_is_refused_and_its_contents_never_shown() {
    let (t, root) = library();
    let outside = t.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    let secret = outside.join("secret.ron");
    std::fs::write(&secret, "Rubric(id: \"SECRET-TOKEN-1234\"\n").unwrap();
    symlink(&secret, root.join("scenarios/rubrics/stolen.ron")).unwrap();
    // A whole folder linked in from outside.
    symlink(&outside, root.join("locales/de")).unwrap();
    let (lib, d) = load(&root);
    let real = std::fs::canonicalize(&secret).unwrap();
    let diag = the(&d, &root, "E022", "scenarios/rubrics/stolen.ron");
    assert_eq!(
        diag.message,
        format!(
            "this link points outside the library (to {}); it is not read",
            real.display()
        )
    );
    the(&d, &root, "E022", "locales/de");
    let shown = render(&d, &lib.sources());
    assert!(!shown.contains("SECRET-TOKEN"), "{shown}");
    assert!(!lib.locales.contains_key("de"));
    rest_loaded(&lib);
}

#[test]
fn a_link_inside_the_library_is_followed() {
    let (_t, root) = library();
    // Polish tag names shared with English through a link: loaded, no diagnostic.
    let pl_tags = root.join("locales/pl/tags.ftl");
    std::fs::remove_file(&pl_tags).unwrap();
    symlink("../en/tags.ftl", &pl_tags).unwrap();
    let (lib, d) = load(&root);
    assert!(lib.locales["pl"].tags.is_some());
    assert!(
        !d.iter()
            .any(|d| d.file.starts_with(root.join("locales/pl"))),
        "{d:?}"
    );
    rest_loaded(&lib);
}

#[test]
fn a_broken_link_is_a_diagnostic() {
    let (_t, root) = library();
    symlink("nowhere.ron", root.join("scenarios/gone.ron")).unwrap();
    let (_lib, d) = load(&root);
    let diag = the(&d, &root, "E001", "scenarios/gone.ron");
    assert!(
        diag.message.starts_with("cannot read this link: "),
        "{diag:?}"
    );
}

/// chmod 000 on a folder and a file. Root reads them anyway (then there is nothing to
/// report, and the sub-assert is skipped with a reason); `a_link_loop_is_a_diagnostic` is
/// the unreadable-folder case root cannot read either.
#[test]
fn an_unreadable_folder_or_file_is_a_diagnostic() {
    let (_t, root) = library();
    let pl = root.join("locales/pl");
    let file = root.join("scenarios/rubrics/synth-empathy.ron");
    std::fs::set_permissions(&pl, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_reads_anyway = std::fs::read_dir(&pl).is_ok();
    let (lib, d) = load(&root);
    std::fs::set_permissions(&pl, std::fs::Permissions::from_mode(0o755)).unwrap();
    if root_reads_anyway {
        eprintln!("skipped: running as root, which reads a chmod 000 folder anyway");
        assert!(lib.locales.contains_key("pl"));
        return;
    }
    let diag = the(&d, &root, "E024", "locales/pl");
    assert!(
        diag.message.starts_with("cannot read this folder: ")
            && diag.message.ends_with("; nothing in it is loaded"),
        "{diag:?}"
    );
    let diag = the(&d, &root, "E001", "scenarios/rubrics/synth-empathy.ron");
    assert!(
        diag.message.starts_with("cannot read this file: "),
        "{diag:?}"
    );
}

/// The app's watcher polls `stamp` and reads the library again only when it changes.
#[test]
fn a_stamp_changes_with_an_edit_and_not_otherwise() {
    use callcoach_core::content::loader::stamp;
    let (_t, root) = library();
    let before = stamp(&root);
    assert_eq!(before, stamp(&root));
    std::fs::write(root.join("locales/pl/ui.ftl"), "edited = yes\n").unwrap();
    assert_ne!(before, stamp(&root));
    // A FIFO appears: a diagnostic in the stamp, and it is still not opened.
    let before = stamp(&root);
    mkfifo(&root.join("scenarios/late.ron"));
    assert_ne!(before, stamp(&root));
}
