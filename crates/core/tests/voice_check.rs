//! The checker knows voices (E7xx): the voice book, characters without a voice, lines that
//! cannot be said, and recorded lines missing, orphaned, unreadable or far too long, each at
//! its file (and line:col where the problem is in a text file).

mod common;

use std::fs;
use std::path::Path;

use callcoach_core::check::{self, Scope};
use callcoach_core::content::diagnostic::Diagnostic;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["scenarios", "locales", "voice"] {
        copy_dir(&common::shipped().join(sub), &dir.path().join(sub));
    }
    dir
}

fn voice_diagnostics(root: &Path, scope: Scope) -> Vec<Diagnostic> {
    let lib = Library::load(root);
    check::check(&lib, &scope, DEFAULT_BUDGET)
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("E7") || d.code.starts_with("W7"))
        .collect()
}

fn widow() -> Scope {
    Scope::Scenarios(vec!["pl-widow-hardship".to_string()])
}

fn wav(seconds: f64) -> Vec<u8> {
    let rate = 8000u32;
    let data = vec![0u8; (f64::from(rate) * seconds) as usize * 2];
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&rate.to_le_bytes());
    w.extend_from_slice(&(rate * 2).to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&(data.len() as u32).to_le_bytes());
    w.extend_from_slice(&data);
    w
}

#[test]
fn the_shipped_library_is_clean_and_a_library_without_voice_is_not_checked() {
    let lib = library();
    assert_eq!(voice_diagnostics(lib.path(), Scope::All), vec![]);
    fs::remove_dir_all(lib.path().join("voice")).unwrap();
    fs::write(
        lib.path()
            .join("locales/pl/scenarios/pl-widow-hardship.ftl"),
        "title = x\n",
    )
    .ok();
    assert_eq!(
        voice_diagnostics(lib.path(), widow()),
        vec![],
        "no voice/: silent by design"
    );
}

#[test]
fn a_broken_voice_book_is_an_error_at_its_line_and_column() {
    let lib = library();
    let path = lib.path().join("voice/voices.ron");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("prosody: (", "prosodie: (", 1)).unwrap();
    let d = voice_diagnostics(lib.path(), widow());
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].code, "E701");
    assert_eq!(d[0].file, path);
    let line = text.lines().position(|l| l.contains("prosody: (")).unwrap() + 1;
    assert_eq!(d[0].line, line);
    assert!(d[0].message.contains("prosodie"), "{}", d[0].message);
}

#[test]
fn a_character_without_a_voice_and_a_line_that_cannot_be_said() {
    let lib = library();
    let path = lib.path().join("voice/voices.ron");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replacen(
            r#""pl": (voice: "pl", variant: "m3", rate: 160, pitch: 45),"#,
            "",
            1,
        ),
    )
    .unwrap();
    let ftl = lib
        .path()
        .join("locales/en/scenarios/pl-widow-hardship.ftl");
    let t = fs::read_to_string(&ftl).unwrap();
    let budget_line = t.lines().position(|l| l.starts_with("budget =")).unwrap() + 1;
    fs::write(
        &ftl,
        t.replacen("budget = ", "budget = 1,000,000,000,000,000,000 ", 1),
    )
    .unwrap();
    let d = voice_diagnostics(lib.path(), widow());
    let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
    // Sorted by file: locales/ before scenarios/.
    assert_eq!(codes, ["W703", "W702"], "{d:#?}");
    let d = [d[1].clone(), d[0].clone()];
    let ron = lib.path().join("scenarios/pl-widow-hardship.ron");
    assert_eq!(d[0].file, ron);
    let debtor_line = fs::read_to_string(&ron)
        .unwrap()
        .lines()
        .position(|l| l.trim_start().starts_with("debtor:"))
        .unwrap()
        + 1;
    assert_eq!((d[0].line, d[0].column), (debtor_line, 5));
    assert!(d[0].message.contains("\"debtor\" has no voice in pl"));
    assert_eq!(
        (d[1].file.as_path(), d[1].line, d[1].column),
        (ftl.as_path(), budget_line, 1)
    );
    assert!(d[1].message.contains("too large"), "{}", d[1].message);
}

#[test]
fn recordings_missing_orphaned_unreadable_and_too_long() {
    let lib = library();
    let dir = lib.path().join("voice/pl/pl-widow-hardship");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("opening.wav"), wav(1.0)).unwrap();
    fs::write(dir.join("opening-v2.wav"), b"not audio at all").unwrap();
    fs::write(dir.join("who.wav"), wav(60.0)).unwrap();
    fs::write(dir.join("goodbye.wav"), wav(1.0)).unwrap();
    fs::create_dir_all(lib.path().join("voice/pl/no-such-call")).unwrap();
    fs::create_dir_all(lib.path().join("voice/de")).unwrap();
    let d = voice_diagnostics(lib.path(), Scope::All);
    let of = |code: &str| d.iter().filter(|x| x.code == code).collect::<Vec<_>>();
    let unreadable = of("E706");
    assert_eq!(unreadable.len(), 1, "{d:#?}");
    assert_eq!(unreadable[0].file, dir.join("opening-v2.wav"));
    let long = of("W707");
    assert_eq!(long.len(), 1);
    assert_eq!(long[0].file, dir.join("who.wav"));
    assert!(long[0].message.contains("60.0 s"), "{}", long[0].message);
    let orphans: Vec<_> = of("W705").iter().map(|x| x.file.clone()).collect();
    assert_eq!(
        orphans,
        [
            lib.path().join("voice/de"),
            lib.path().join("voice/pl/no-such-call"),
            dir.join("goodbye.wav"),
        ]
    );
    // Every other line of the scenario in Polish is missing its recording, at its message.
    let missing = of("W704");
    let ftl = lib
        .path()
        .join("locales/pl/scenarios/pl-widow-hardship.ftl");
    assert!(missing.len() >= 10, "{}", missing.len());
    assert!(missing.iter().all(|m| m.file == ftl && m.line > 0));
    let verified = missing
        .iter()
        .find(|m| m.message.contains("\"verified\""))
        .expect("verified is missing");
    let text = fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("verified ="))
        .unwrap()
        + 1;
    assert_eq!((verified.line, verified.column), (line, 1));
    assert!(!missing.iter().any(|m| m.message.contains("\"opening\"")));
}
