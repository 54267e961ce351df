//! Records that survive: a process killed mid-write loses no finished record and leaves no
//! half-written one, the journal resumes whatever byte it was cut at, and a full disk or a
//! read-only data folder gives a clear error while the call and its record stay in memory.
//!
//! The "killed" and "full disk" cases run this test binary again as a child process
//! (`SURVIVAL_CHILD=…`), so the parent can SIGKILL it or start it with a file-size limit.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use callcoach_core::check::{Scope, check};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::engine::runner::{below, session_rng};
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::records::record::{self, Mode, SessionMeta};
use callcoach_core::records::session::{FinishError, Finished, Session};
use callcoach_core::records::verify::{self, Verification};
use callcoach_core::records::{journal, store};
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};

fn scenario() -> Arc<CompiledScenario> {
    let lib = synth::library(&Spec::new(60));
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
            + chrono::Duration::milliseconds(seed as i64),
        case: None,
    }
}

fn wrap_up() -> Option<WrapUp> {
    Some(WrapUp {
        disposition: callcoach_core::content::model::Outcome::PaymentPlan,
        notes: "Agreed a plan and confirmed the details.".into(),
        fields: Some(Default::default()),
    })
}

/// Plays a session to its end with seeded picks (journalled when `data` is given).
fn play(sc: &Arc<CompiledScenario>, trainee: &str, seed: u64, data: Option<&Path>) -> Session {
    let mut s = Session::start(Arc::clone(sc), meta(sc, trainee, seed), data).expect("starts");
    let mut rng = session_rng(seed ^ 0x55);
    while let Some(p) = s.call.prompt() {
        let k = below(&mut rng, p.choices.len() as u32) as usize;
        s.pick(k, 100).expect("pick");
    }
    s
}

/// Runs `test` of this binary as a child with `SURVIVAL_CHILD=<role>`.
fn child(role: &str, data: &Path, shell_prefix: Option<&str>) -> Command {
    let exe = std::env::current_exe().expect("test binary");
    let test = format!("child_{role}");
    let mut cmd = match shell_prefix {
        Some(prefix) => {
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("{prefix}; exec \"$0\" \"$@\""))
                .arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    cmd.args([
        test.as_str(),
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("SURVIVAL_CHILD", role)
    .env("SURVIVAL_DATA", data);
    cmd
}

fn child_data() -> Option<PathBuf> {
    std::env::var_os("SURVIVAL_CHILD")?;
    std::env::var_os("SURVIVAL_DATA").map(PathBuf::from)
}

/// The child of [`killing_the_writer_loses_no_finished_record`]: plays and records calls
/// for ever, journalling every turn, until it is killed.
#[test]
#[ignore]
fn child_writer() {
    let Some(data) = child_data() else { return };
    let sc = scenario();
    for seed in 0.. {
        let mut s = play(&sc, &format!("trainee {}", seed % 3), seed, Some(&data));
        let Finished { record: rec, path } = s
            .finish(wrap_up(), Utc::now(), Some(&data))
            .expect("written");
        assert!(path.is_some());
        // Tell the parent this record is finished (an append after the rename: a record
        // named here is complete on disk).
        let line = format!("{}\n", rec.id);
        use std::io::Write;
        let mut log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(data.join("finished.log"))
            .unwrap();
        log.write_all(line.as_bytes()).unwrap();
    }
}

#[test]
fn killing_the_writer_loses_no_finished_record() {
    let sc = scenario();
    for (round, delay_ms) in [150u64, 400, 900].into_iter().enumerate() {
        let data = tempfile::tempdir().unwrap();
        let mut proc = child("writer", data.path(), None)
            .spawn()
            .expect("spawn child");
        std::thread::sleep(Duration::from_millis(delay_ms));
        proc.kill().expect("kill the writer"); // SIGKILL: no destructor, no flush
        proc.wait().unwrap();

        // Every record file is whole and verifies; nothing half-written has a record name.
        let files = store::record_files(data.path()).unwrap();
        for f in &files {
            let rec = store::read_record(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
        }
        // Every record the child finished is there.
        let finished =
            std::fs::read_to_string(data.path().join("finished.log")).unwrap_or_default();
        for id in finished.lines() {
            assert!(
                files.iter().any(|f| f.file_stem().is_some_and(|s| s == id)),
                "round {round}: finished record {id} is missing"
            );
        }
        // A journal cut anywhere resumes to a call that can be finished and recorded.
        // (One folder per trainee, one journal per session in it.)
        let journals: Vec<_> = std::fs::read_dir(data.path().join("journal"))
            .map(|rd| rd.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .flat_map(|d| {
                std::fs::read_dir(d)
                    .map(|rd| rd.flatten().map(|e| e.path()).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
            .collect();
        for j in journals
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        {
            let trainee = std::fs::read_to_string(j).unwrap();
            let Some(header) = trainee.lines().next() else {
                continue;
            };
            let meta: SessionMeta = serde_json::from_str(header).expect("header whole");
            let unfinished = journal::read_journal(data.path(), &meta.trainee)
                .expect("readable")
                .expect("present");
            let mut s = Session::resume(Arc::clone(&sc), &unfinished).expect("resumes");
            let mut rng = session_rng(1);
            while let Some(p) = s.call.prompt() {
                let k = below(&mut rng, p.choices.len() as u32) as usize;
                s.pick(k, 1).unwrap();
            }
            let Finished { path, .. } = s.finish(wrap_up(), Utc::now(), Some(data.path())).unwrap();
            assert!(path.unwrap().exists());
        }
        assert!(
            !files.is_empty() || delay_ms < 400,
            "round {round}: the child wrote nothing in {delay_ms} ms"
        );
    }
}

#[test]
fn a_journal_cut_at_any_byte_resumes_a_prefix_of_the_call() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let s = play(&sc, "Łucja Żak", 42, Some(data.path()));
    let all = record::turn_records(&s.call);
    let path = s.journal_path().expect("journalled").to_path_buf();
    drop(s);
    let full = std::fs::read(&path).unwrap();
    let header_len = full.iter().position(|&b| b == b'\n').unwrap() + 1;
    for cut in 0..=full.len() {
        std::fs::write(&path, &full[..cut]).unwrap();
        let read = journal::read_journal(data.path(), "Łucja Żak");
        if cut < header_len - 1 {
            // No whole header: a clear error naming the file, never a panic.
            let err = read.expect_err("a torn header is an error");
            assert!(err.contains("journal"), "{err}");
            continue;
        }
        let unfinished = read.unwrap().expect("a journal");
        let resumed = Session::resume(Arc::clone(&sc), &unfinished).expect("resumes");
        let turns = record::turn_records(&resumed.call);
        assert!(all.starts_with(&turns), "cut {cut}");
        assert!(turns.len() <= all.len());
    }
}

#[test]
fn a_leftover_temporary_file_is_ignored_and_does_not_block_the_record() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let mut s = play(&sc, "Jan", 5, Some(data.path()));
    let rec = record::make_record(&s.meta, &s.call, wrap_up(), Utc::now()).unwrap();
    // A crash between writing the temporary file and linking it leaves this behind.
    let dir = store::records_dir(data.path());
    std::fs::create_dir_all(&dir).unwrap();
    let tmp = dir.join(format!(".{}.{}.tmp", rec.id, std::process::id()));
    std::fs::write(&tmp, b"{\"format\":1,\"id\":").unwrap();
    assert!(store::record_files(data.path()).unwrap().is_empty());
    let _ = std::fs::remove_file(&tmp);
    std::fs::write(dir.join(format!(".{}.999999.tmp", rec.id)), b"{").unwrap();
    let Finished { path, .. } = s.finish(wrap_up(), Utc::now(), Some(data.path())).unwrap();
    let files = store::record_files(data.path()).unwrap();
    assert_eq!(files, vec![path.unwrap()]);
    assert_eq!(
        verify::verify(&store::read_record(&files[0]).unwrap(), Some(&sc)),
        Verification::Verified
    );
}

/// The child of [`a_full_disk_keeps_the_record_in_memory`]: runs with a 1 KiB file-size
/// limit (SIGXFSZ ignored), so writing the record fails as on a full disk.
#[test]
#[ignore]
fn child_full_disk() {
    let Some(data) = child_data() else { return };
    let sc = scenario();
    let mut s = play(&sc, "Ola", 9, Some(&data));
    match s.finish(wrap_up(), Utc::now(), Some(&data)) {
        Err(FinishError::Write(rec, message)) => {
            // The error names the folder and the reason; the record is kept whole.
            assert!(message.contains("records"), "{message}");
            assert!(
                message.to_lowercase().contains("file too large"),
                "{message}"
            );
            assert_eq!(
                rec.id,
                record::make_record(&s.meta, &s.call, wrap_up(), rec.ended_at)
                    .unwrap()
                    .id
            );
            assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
            // The call is still in memory and over; the journal is kept for a retry.
            assert!(s.call.is_over());
            assert!(s.journal_path().expect("journalled").exists());
            println!("FULL-DISK-OK {message}");
        }
        other => panic!("expected a write error, got {other:?}"),
    }
    // Nothing half-written got a record name.
    assert!(store::record_files(&data).unwrap().is_empty());
}

#[test]
fn a_full_disk_keeps_the_record_in_memory() {
    let data = tempfile::tempdir().unwrap();
    // The journal is small enough to be written; the record (pretty JSON) is not.
    let out = child("full_disk", data.path(), Some("trap '' XFSZ; ulimit -f 2"))
        .output()
        .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("FULL-DISK-OK"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Once there is room again, the kept journal resumes and the record is written.
    let sc = scenario();
    let unfinished = journal::read_journal(data.path(), "Ola").unwrap().unwrap();
    let mut s = Session::resume(Arc::clone(&sc), &unfinished).unwrap();
    assert!(s.call.is_over());
    let Finished { path, .. } = s.finish(wrap_up(), Utc::now(), Some(data.path())).unwrap();
    assert!(path.unwrap().exists());
}

/// A data folder this process cannot write to: a read-only folder for a normal user; for
/// root (who may write anywhere), a folder under the read-only `/sys`.
fn read_only_dir() -> Option<(tempfile::TempDir, PathBuf)> {
    use std::os::unix::fs::PermissionsExt;
    let base = tempfile::tempdir().unwrap();
    let dir = base.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::create_dir(dir.join("probe")).is_err() {
        return Some((base, dir));
    }
    let sys = PathBuf::from("/sys/callcoach-survival-test");
    if std::fs::create_dir_all(&sys).is_err() {
        return Some((base, sys));
    }
    let _ = std::fs::remove_dir(&sys);
    None
}

#[test]
fn a_read_only_data_folder_gives_a_clear_error_and_keeps_the_call() {
    let Some((_keep, dir)) = read_only_dir() else {
        eprintln!("skipped: no read-only folder available to this user");
        return;
    };
    let sc = scenario();
    let mut s = Session::start(Arc::clone(&sc), meta(&sc, "Amir", 3), Some(&dir)).expect("starts");
    let journal_error = s
        .journal_error
        .clone()
        .expect("the journal cannot be written");
    assert!(
        journal_error.contains(&dir.display().to_string()),
        "{journal_error}"
    );
    let mut rng = session_rng(3);
    while let Some(p) = s.call.prompt() {
        let k = below(&mut rng, p.choices.len() as u32) as usize;
        s.pick(k, 100).expect("the call goes on in memory");
    }
    match s.finish(wrap_up(), Utc::now(), Some(&dir)) {
        Err(FinishError::Write(rec, message)) => {
            assert!(message.contains(&dir.display().to_string()), "{message}");
            assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
            // Retrying into a writable folder keeps the same record.
            let ok = tempfile::tempdir().unwrap();
            let path = store::write_record(ok.path(), &rec).unwrap();
            // The same record, signed with the folder's key on writing.
            let mut back = store::read_record(&path).unwrap();
            assert!(back.mac.take().is_some());
            assert_eq!(back, *rec);
        }
        other => panic!("expected a write error, got {other:?}"),
    }
}

// issue 17: records

/// The child of [`a_session_killed_mid_call_leaves_a_journal_to_resume`]: starts a call, takes
/// two turns, says where its journal is, and waits to be killed.
#[test]
#[ignore]
fn child_holder() {
    let Some(data) = child_data() else { return };
    let sc = scenario();
    let mut s = Session::start(Arc::clone(&sc), meta(&sc, "Kasia", 77), Some(&data)).unwrap();
    s.pick(0, 100).unwrap();
    s.pick(0, 100).unwrap();
    println!("HOLDING {}", s.journal_path().unwrap().display());
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    std::thread::sleep(Duration::from_secs(120));
}

#[test]
fn a_session_killed_mid_call_leaves_a_journal_to_resume() {
    use std::io::BufRead;
    let data = tempfile::tempdir().unwrap();
    let mut proc = child("holder", data.path(), None)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn child");
    let mut lines = std::io::BufReader::new(proc.stdout.take().unwrap()).lines();
    let held = loop {
        let line = lines
            .next()
            .expect("the child says where it journals")
            .unwrap();
        // (The test harness may print "test child_holder ... " on the same line first.)
        if let Some((_, path)) = line.split_once("HOLDING ") {
            break PathBuf::from(path);
        }
    };
    // While the other process runs the call, it is not offered here, and not resumable.
    let found = journal::read_journals(data.path(), "Kasia").unwrap();
    assert_eq!((found.unfinished.len(), found.in_use), (0, 1));
    // A second session of the same trainee gets its own journal and leaves the first alone.
    let sc = scenario();
    let second = play(&sc, "Kasia", 78, Some(data.path()));
    let mut second = second;
    second
        .finish(wrap_up(), Utc::now(), Some(data.path()))
        .unwrap();
    assert!(held.exists());
    proc.kill().expect("kill -9 the holder");
    proc.wait().unwrap();
    // The lock died with the process: the call is offered, resumes and is recorded.
    let u = journal::read_journal(data.path(), "Kasia")
        .unwrap()
        .unwrap();
    assert_eq!((&u.path, u.turns.len()), (&held, 2));
    let mut s = Session::resume(Arc::clone(&sc), &u).unwrap();
    while s.call.prompt().is_some() {
        s.pick(0, 1).unwrap();
    }
    let Finished { path, .. } = s.finish(wrap_up(), Utc::now(), Some(data.path())).unwrap();
    assert!(path.unwrap().exists());
    assert!(!held.exists());
    assert_eq!(store::record_files(data.path()).unwrap().len(), 2);
}

#[test]
fn a_full_disk_leaves_no_temporary_file() {
    let data = tempfile::tempdir().unwrap();
    let out = child("full_disk", data.path(), Some("trap '' XFSZ; ulimit -f 2"))
        .output()
        .expect("run child");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The record's temporary file went with the failed write: records/ is empty.
    let left: Vec<_> = std::fs::read_dir(store::records_dir(data.path()))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, Vec::<std::ffi::OsString>::new());
    // The journal folder holds the kept journal and nothing else.
    let dir = journal::journal_dir(data.path(), "Ola");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].ends_with(".jsonl") && !names[0].starts_with('.'),
        "{names:?}"
    );
}

/// The child of [`a_disk_that_fills_mid_call_keeps_a_whole_prefix_in_the_journal`]: plays a
/// whole call with a file-size limit the journal outgrows part-way.
/// A name long enough that the journal's header takes 430 of the 512 bytes `ulimit -f 1`
/// allows: a couple of turns fit, then the disk is "full".
fn long_name(sc: &CompiledScenario) -> String {
    let base = serde_json::to_vec(&meta(sc, "", 31)).unwrap().len();
    "x".repeat(430 - base)
}

#[test]
#[ignore]
fn child_journal_full() {
    let Some(data) = child_data() else { return };
    let sc = scenario();
    let s = play(&sc, &long_name(&sc), 31, Some(&data));
    println!(
        "TURNS {} ERROR {}",
        s.call.turns().len(),
        s.journal_error.clone().unwrap_or_default()
    );
}

#[test]
fn a_disk_that_fills_mid_call_keeps_a_whole_prefix_in_the_journal() {
    let data = tempfile::tempdir().unwrap();
    let out = child(
        "journal_full",
        data.path(),
        Some("trap '' XFSZ; ulimit -f 1"),
    )
    .output()
    .expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("TURNS "))
        .unwrap()
        .1;
    let (turns, error) = line.split_once(" ERROR ").unwrap();
    let turns: usize = turns.parse().unwrap();
    assert!(
        error.to_lowercase().contains("file too large"),
        "the journal outgrew the limit: {error}"
    );
    // The journal holds whole turns only: it reads and resumes to a prefix of the call.
    let sc = scenario();
    let name = long_name(&sc);
    let unfinished = journal::read_journal(data.path(), &name).unwrap().unwrap();
    assert!(
        !unfinished.turns.is_empty() && unfinished.turns.len() < turns,
        "{} of {turns}",
        unfinished.turns.len()
    );
    let resumed = Session::resume(Arc::clone(&sc), &unfinished).unwrap();
    let all = record::turn_records(&play(&sc, &name, 31, None).call);
    assert!(all.starts_with(&record::turn_records(&resumed.call)));
    let text = std::fs::read(&unfinished.path).unwrap();
    assert_eq!(text.last(), Some(&b'\n'), "no partial line is left");
}
