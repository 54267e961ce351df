//! Issue 17, records: journals and record files under hostile or faulty conditions. Names
//! that slug alike, two sessions of one trainee, a process killed mid-call, damaged lines,
//! another scenario version, planted symbolic links and FIFOs, folders that cannot be listed,
//! files past their size cap. Each case asserts the exact error text.

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::journal::{self, ResumeError};
use callcoach_core::records::record::{self, Mode, SessionMeta};
use callcoach_core::records::session::{Finished, Session};
use callcoach_core::records::store;
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};

fn scenario() -> Arc<CompiledScenario> {
    let lib = synth::library(&Spec::new(20));
    let report = check(&lib, &Scope::All, 50_000);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    report.compiled.into_values().next().unwrap()
}

fn meta(sc: &CompiledScenario, trainee: &str, seed: u64) -> SessionMeta {
    SessionMeta {
        trainee: trainee.into(),
        scenario: sc.id.clone(),
        version: sc.version,
        content_hash: sc.content_hash.clone(),
        locale: "en".into(),
        seed,
        mode: Mode::Practice,
        started_at: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
            + chrono::Duration::seconds(seed as i64),
        case: None,
    }
}

/// A session started and given `turns` picks (the first option each time).
fn started(
    sc: &Arc<CompiledScenario>,
    data: &Path,
    trainee: &str,
    seed: u64,
    turns: usize,
) -> Session {
    let mut s = Session::start(Arc::clone(sc), meta(sc, trainee, seed), Some(data)).unwrap();
    assert_eq!(s.journal_error, None);
    for _ in 0..turns {
        if s.call.prompt().is_some() {
            s.pick(0, 100).unwrap();
        }
    }
    s
}

fn finish(mut s: Session, data: &Path) -> Finished {
    while s.call.prompt().is_some() {
        s.pick(0, 100).unwrap();
    }
    s.finish(None, Utc::now(), Some(data)).unwrap()
}

fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn names_that_slug_alike_keep_their_own_journals() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    assert_eq!(record::slug("Jan Kowalski"), record::slug("JAN.KOWALSKI"));
    let a = started(&sc, data.path(), "Jan Kowalski", 1, 2);
    let a_path = a.journal_path().unwrap().to_path_buf();
    drop(a); // killed mid-call
    let b = started(&sc, data.path(), "JAN.KOWALSKI", 2, 1);
    assert_ne!(
        journal::journal_dir(data.path(), "Jan Kowalski"),
        journal::journal_dir(data.path(), "JAN.KOWALSKI")
    );
    finish(b, data.path());
    // The second trainee's finished call removed only their own journal.
    assert!(a_path.exists());
    let u = journal::read_journal(data.path(), "Jan Kowalski")
        .unwrap()
        .unwrap();
    assert_eq!(
        (u.meta.trainee.as_str(), u.turns.len(), u.path),
        ("Jan Kowalski", 2, a_path)
    );
    assert_eq!(
        journal::read_journal(data.path(), "JAN.KOWALSKI").unwrap(),
        None
    );
}

#[test]
fn two_sessions_of_one_trainee_never_touch_each_other() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let one = started(&sc, data.path(), "Ola", 1, 1);
    let two = started(&sc, data.path(), "Ola", 2, 2);
    assert_ne!(one.journal_path(), two.journal_path());
    // Both are running: neither is offered for resuming.
    let found = journal::read_journals(data.path(), "Ola").unwrap();
    assert_eq!((found.unfinished.len(), found.in_use), (0, 2));
    let one_path = one.journal_path().unwrap().to_path_buf();
    drop(one); // kill -9: the lock dies with it, the journal stays
    finish(two, data.path());
    let u = journal::read_journal(data.path(), "Ola").unwrap().unwrap();
    assert_eq!((u.path, u.turns.len(), u.meta.seed), (one_path, 1, 1));
}

#[test]
fn a_journal_held_by_a_running_session_cannot_be_resumed_or_discarded() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let first = started(&sc, data.path(), "Amir", 1, 1);
    let path = first.journal_path().unwrap().to_path_buf();
    drop(first);
    let u = journal::read_journal(data.path(), "Amir").unwrap().unwrap();
    let resumed = Session::resume(Arc::clone(&sc), &u).unwrap();
    // Another session (another window, another machine on the share) tries the same call.
    let err = Session::resume(Arc::clone(&sc), &u).err().unwrap();
    assert_eq!(err, ResumeError::InUse(path.clone()));
    assert_eq!(
        err.to_string(),
        format!(
            "{}: this call is open in another session (close that one, or go on there)",
            path.display()
        )
    );
    assert_eq!(
        journal::discard(&u).unwrap_err(),
        format!(
            "{}: this call is open in another session (close that one, or go on there)",
            path.display()
        )
    );
    assert!(path.exists());
    // Once the resumed session ends, discarding works and removes only that file.
    drop(resumed);
    journal::discard(&u).unwrap();
    assert!(!path.exists());
}

#[test]
fn unfinished_calls_are_offered_newest_first() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    for seed in [5, 9, 7] {
        drop(started(&sc, data.path(), "Ewa", seed, 1));
    }
    let found = journal::read_journals(data.path(), "Ewa").unwrap();
    let seeds: Vec<u64> = found.unfinished.iter().map(|u| u.meta.seed).collect();
    assert_eq!(seeds, vec![9, 7, 5]);
}

#[test]
fn an_old_layout_journal_is_read_only_for_the_trainee_it_names() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let s = started(&sc, data.path(), "Jan Kowalski", 3, 2);
    let text = std::fs::read(s.journal_path().unwrap()).unwrap();
    drop(s);
    std::fs::remove_dir_all(data.path().join("journal")).unwrap();
    std::fs::create_dir(data.path().join("journal")).unwrap();
    let old = data.path().join("journal").join("jan-kowalski.jsonl");
    assert_eq!(
        old,
        journal::legacy_journal_path(data.path(), "Jan Kowalski")
    );
    std::fs::write(&old, text).unwrap();
    let u = journal::read_journal(data.path(), "Jan Kowalski")
        .unwrap()
        .unwrap();
    assert_eq!((u.turns.len(), &u.path), (2, &old));
    // The slug-alike name does not get it (and cannot delete it).
    assert_eq!(
        journal::read_journal(data.path(), "JAN.KOWALSKI").unwrap(),
        None
    );
    // Resumed and finished, the old file goes.
    let resumed = Session::resume(Arc::clone(&sc), &u).unwrap();
    finish(resumed, data.path());
    assert!(!old.exists());
}

#[test]
fn a_damaged_line_in_the_middle_is_an_error_naming_file_and_line() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let s = started(&sc, data.path(), "Ola", 4, 3);
    let path = s.journal_path().unwrap().to_path_buf();
    drop(s);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "{\"pick\": garbage";
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let err = journal::read_journal(data.path(), "Ola").unwrap_err();
    assert_eq!(
        err,
        format!(
            "{}:3: the journal line of turn 2 is damaged (expected value at line 1 column 10) \
             and 1 line(s) follow it; resuming would drop them: remove the damaged line and \
             those after it to resume from turn 2, or remove the file to discard the call",
            path.display()
        )
    );
    // The same bad line last (a torn write) is ignored: the turns before it resume.
    std::fs::write(&path, lines[..3].join("\n") + "\n").unwrap();
    let u = journal::read_journal(data.path(), "Ola").unwrap().unwrap();
    assert_eq!(u.turns.len(), 1);
    // A line that is not UTF-8 in the middle is damaged too.
    let mut bytes = lines[..2].join("\n").into_bytes();
    bytes.extend_from_slice(b"\n\xff\xfe\n");
    bytes.extend_from_slice(lines[3].as_bytes());
    bytes.push(b'\n');
    std::fs::write(&path, bytes).unwrap();
    let err = journal::read_journal(data.path(), "Ola").unwrap_err();
    assert!(
        err.starts_with(&format!(
            "{}:3: the journal line of turn 2 is damaged (",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn another_scenario_version_is_refused_on_resume() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let mut m = meta(&sc, "Ola", 6);
    m.version = sc.version + 1;
    m.content_hash = "0123456789abcdef0123".into();
    let s = Session::start(Arc::clone(&sc), m, Some(data.path())).unwrap();
    drop(s);
    let u = journal::read_journal(data.path(), "Ola").unwrap().unwrap();
    let err = Session::resume(Arc::clone(&sc), &u).err().unwrap();
    assert!(matches!(err, ResumeError::OtherVersion(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "the call was played on version {} of \"{}\" (content 0123456789ab), but the \
             library has version {} (content {}); it cannot be resumed on other content: \
             discard it, or bring back that version of the scenario to finish it",
            sc.version + 1,
            sc.id,
            sc.version,
            &sc.content_hash[..12]
        )
    );
    assert_eq!(
        journal::resume(Arc::clone(&sc), &u)
            .err()
            .map(|e| e.to_string()),
        Some(err.to_string())
    );
}

#[test]
fn planted_links_in_the_journal_folder_redirect_nothing() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let victim = data.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let dir = journal::journal_dir(data.path(), "Ola");
    std::fs::create_dir_all(&dir).unwrap();
    // Links under every name a journal might take, and a link posing as a journal.
    for i in 0..50 {
        symlink(
            &victim,
            dir.join(format!(
                ".20261123T090001000Z-{}-{i}.jsonl.tmp",
                std::process::id()
            )),
        )
        .unwrap();
    }
    let planted = dir.join("20200101T000000000Z-1-0.jsonl");
    symlink(&victim, &planted).unwrap();
    let s = started(&sc, data.path(), "Ola", 1, 2);
    drop(s);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let err = journal::read_journal(data.path(), "Ola").unwrap_err();
    assert_eq!(
        err,
        format!(
            "{}: cannot read the journal: it is a symbolic link, which is not followed",
            planted.display()
        )
    );
}

#[test]
fn a_linked_journal_folder_is_refused_for_writing_and_reading() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::create_dir(data.path().join("journal")).unwrap();
    let dir = journal::journal_dir(data.path(), "Ola");
    symlink(elsewhere.path(), &dir).unwrap();
    let s = Session::start(Arc::clone(&sc), meta(&sc, "Ola", 1), Some(data.path())).unwrap();
    assert_eq!(
        s.journal_error.as_deref(),
        Some(
            format!(
                "{}: it is a symbolic link; records and journals are only written to a real \
                 folder inside the data folder (replace the link with a folder)",
                dir.display()
            )
            .as_str()
        )
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    assert_eq!(
        journal::read_journal(data.path(), "Ola").unwrap_err(),
        format!(
            "{}: cannot list the journals: it is not a folder (a symbolic link or a file; \
             remove it)",
            dir.display()
        )
    );
}

#[test]
fn a_fifo_as_a_journal_or_a_record_is_an_error_not_a_hang() {
    let data = tempfile::tempdir().unwrap();
    let dir = journal::journal_dir(data.path(), "Ola");
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("20200101T000000000Z-1-0.jsonl");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    assert_eq!(
        journal::read_journal(data.path(), "Ola").unwrap_err(),
        format!(
            "{}: cannot read the journal: it is not a regular file",
            fifo.display()
        )
    );
    let records = store::records_dir(data.path());
    std::fs::create_dir_all(&records).unwrap();
    let rec = records.join("fifo.json");
    let c = std::ffi::CString::new(rec.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    assert_eq!(store::record_files(data.path()).unwrap(), vec![rec.clone()]);
    assert_eq!(
        store::read_record(&rec).unwrap_err(),
        "cannot read: it is not a regular file"
    );
}

#[test]
fn a_record_past_its_cap_is_refused_without_reading_it() {
    let data = tempfile::tempdir().unwrap();
    let records = store::records_dir(data.path());
    std::fs::create_dir_all(&records).unwrap();
    let big = records.join("big.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(1 << 30).unwrap(); // 1 GiB, sparse
    assert_eq!(
        store::read_record(&big).unwrap_err(),
        "cannot read: it is 1073741824 bytes, more than the 16777216 this file may have"
    );
    // A record linked from elsewhere is not followed either.
    let outside = data.path().join("outside.json");
    std::fs::write(&outside, "{}").unwrap();
    symlink(&outside, records.join("linked.json")).unwrap();
    assert_eq!(
        store::read_record(&records.join("linked.json")).unwrap_err(),
        "cannot read: it is a symbolic link, which is not followed"
    );
}

#[test]
fn a_records_folder_that_cannot_be_listed_is_an_error() {
    let data = tempfile::tempdir().unwrap();
    // None yet: no records, not an error.
    assert_eq!(
        store::record_files(data.path()).unwrap(),
        Vec::<std::path::PathBuf>::new()
    );
    let records = store::records_dir(data.path());
    std::fs::write(&records, "not a folder").unwrap();
    assert_eq!(
        store::record_files(data.path()).unwrap_err(),
        format!(
            "{}: cannot list the records: it is not a folder",
            records.display()
        )
    );
    std::fs::remove_file(&records).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    symlink(elsewhere.path(), &records).unwrap();
    assert_eq!(
        store::record_files(data.path()).unwrap_err(),
        format!(
            "{}: cannot list the records: it is a symbolic link; records are only read from a \
             real folder inside the data folder (replace the link with the folder itself)",
            records.display()
        )
    );
    std::fs::remove_file(&records).unwrap();
    if !is_root() {
        std::fs::create_dir(&records).unwrap();
        std::fs::set_permissions(&records, std::fs::Permissions::from_mode(0o000)).unwrap();
        let err = store::record_files(data.path()).unwrap_err();
        std::fs::set_permissions(&records, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(
            err,
            format!(
                "{}: cannot list the records: Permission denied (os error 13)",
                records.display()
            )
        );
    }
}

#[test]
fn a_mistyped_data_folder_is_an_error_for_readers() {
    let data = tempfile::tempdir().unwrap();
    let typo = data.path().join("cohrot");
    assert_eq!(
        store::existing_data_dir(&typo).unwrap_err(),
        format!(
            "{}: no such data folder (check --data-dir or $CALLCOACH_DATA_DIR)",
            typo.display()
        )
    );
    std::fs::write(&typo, "").unwrap();
    assert_eq!(
        store::existing_data_dir(&typo).unwrap_err(),
        format!(
            "{}: the data folder is not a folder (check --data-dir or $CALLCOACH_DATA_DIR)",
            typo.display()
        )
    );
    assert_eq!(store::existing_data_dir(data.path()), Ok(()));
}

#[test]
fn a_record_that_cannot_be_written_keeps_the_journal_and_leaves_no_temporary_file() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let s = started(&sc, data.path(), "Ola", 8, 1);
    let journal_path = s.journal_path().unwrap().to_path_buf();
    // `records` cannot become a folder: every write fails, as on a read-only data folder
    // (this works for root too, whom permissions do not stop).
    std::fs::write(store::records_dir(data.path()), "in the way").unwrap();
    let mut s = s;
    while s.call.prompt().is_some() {
        s.pick(0, 100).unwrap();
    }
    match s.finish(None, Utc::now(), Some(data.path())) {
        Err(callcoach_core::records::session::FinishError::Write(rec, msg)) => {
            assert_eq!(
                msg,
                format!(
                    "{}: it is a file, not a folder (move the file away so the folder can be made)",
                    store::records_dir(data.path()).display()
                )
            );
            assert_eq!(rec.meta.trainee, "Ola");
        }
        other => panic!("expected a write error, got {other:?}"),
    }
    assert!(journal_path.exists(), "the journal is kept");
    let mut names: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["journal", "records"]);
}
