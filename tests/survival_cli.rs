//! Survival of the `callcoach` binary: every verb on hostile input and surroundings, under a
//! 2 GB address-space limit (`prlimit --as`, util-linux) and killed after 30 s. A case passes
//! when the process exits by itself (no signal: no abort, no kill for hanging), not with
//! Rust's panic status 101, with the expected status, and standard error holds the expected
//! message.
//!
//! The cases are one table, [`CASES`]: to add one, add a row. Arguments may use `{lib}` (the
//! shipped library), `{data}` (a fresh data folder holding one recorded call) and
//! `{silent-lrs}` (a local LRS that accepts connections and never answers).
//!
//! A case's [`Setup`] may lay hostile files into its data folder, or give it (as `{lib}`) the
//! generated library of `callcoach_core::synth` (one 8-node scenario, `synth`: small enough to
//! check whole in well under a second) with hostile files laid into it.

mod common;

use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use callcoach_core::synth::{self, Spec};
use common::shipped;

/// The address-space limit every case runs under.
const MEMORY_LIMIT: &str = "--as=2147483648";
/// A case still running after this is killed and fails as hanging.
const KILL_AFTER: Duration = Duration::from_secs(30);

/// A path through job-loss-hardship by display position, long enough to reach an ending.
const PICKS: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

/// Standard input of a case.
#[derive(Clone, Copy)]
enum Input {
    Null,
    /// `/dev/zero`: endless bytes, no newline.
    Zero,
    /// `/dev/urandom`: endless random lines.
    Urandom,
    /// These bytes, then end of file.
    Text(&'static str),
}

/// Standard output of a case.
#[derive(Clone, Copy)]
enum Output {
    Null,
    /// `/dev/full`: every write fails with ENOSPC.
    Full,
    /// A pipe whose reader is gone before anything is written (`| head -1`).
    ClosedPipe,
    /// Read whole; it must contain this text.
    Has(&'static str),
}

/// What a case's surroundings hold beyond the shipped library and the seeded data folder.
#[derive(Clone, Copy)]
enum Setup {
    None,
    /// The data folder, edited by the function.
    Data(fn(&Path)),
    /// `{lib}` is the generated library written to a folder of its own, then edited by the
    /// function.
    Synth(fn(&Path)),
}

struct Case {
    name: &'static str,
    args: &'static [&'static str],
    stdin: Input,
    stdout: Output,
    /// The exit status, or `None` for any status of a process that ended by itself (and not
    /// 101).
    status: Option<i32>,
    /// Text standard error must contain ("" for no particular text).
    stderr: &'static str,
    setup: Setup,
}

const CASES: &[Case] = &[
    // issue 17: cli
    Case {
        name: "play reading /dev/zero",
        args: &[
            "--library",
            "{lib}",
            "play",
            "job-loss-hardship",
            "--seed",
            "1",
            "--no-record",
        ],
        stdin: Input::Zero,
        stdout: Output::Null,
        status: Some(1),
        stderr: "stopped: standard input has no line end in 1 MiB, so it is not typed answers",
        setup: Setup::None,
    },
    Case {
        name: "play reading /dev/urandom",
        args: &[
            "--library",
            "{lib}",
            "play",
            "job-loss-hardship",
            "--seed",
            "1",
            "--no-record",
        ],
        stdin: Input::Urandom,
        stdout: Output::Null,
        // Refused answers stop the call; a random line that happens to be an answer may
        // let it go on, but not for ever.
        status: None,
        stderr: "",
        setup: Setup::None,
    },
    Case {
        name: "play at end of input",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "play",
            "job-loss-hardship",
        ],
        stdin: Input::Text("1\n"),
        stdout: Output::Null,
        status: Some(1),
        stderr: "stopped: no more input (the call is journalled and can be resumed in the app)",
        setup: Setup::None,
    },
    Case {
        name: "play onto a full disk",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "play",
            "job-loss-hardship",
            "--seed",
            "7",
            "--picks",
            PICKS,
        ],
        stdin: Input::Null,
        stdout: Output::Full,
        status: Some(1),
        stderr: "error: cannot write the call to standard output: No space left on device",
        setup: Setup::None,
    },
    Case {
        name: "check into a closed pipe",
        // One scenario: the whole library takes long enough on a loaded machine to blur a
        // 30 s bound, and the pipe breaks all the same.
        args: &["--library", "{lib}", "check", "job-loss-hardship"],
        stdin: Input::Null,
        stdout: Output::ClosedPipe,
        status: Some(0),
        stderr: "",
        setup: Setup::None,
    },
    Case {
        name: "report --format xapi into a closed pipe",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "xapi",
        ],
        stdin: Input::Null,
        stdout: Output::ClosedPipe,
        status: Some(0),
        stderr: "",
        setup: Setup::None,
    },
    Case {
        name: "report --format csv onto a full disk",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "csv",
        ],
        stdin: Input::Null,
        stdout: Output::Full,
        status: Some(1),
        stderr: "error: cannot write the report to standard output: No space left on device",
        setup: Setup::None,
    },
    Case {
        name: "report onto a full disk",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Full,
        status: Some(1),
        stderr: "error: cannot write the report to standard output: No space left on device",
        setup: Setup::None,
    },
    Case {
        name: "graph into a closed pipe",
        args: &["--library", "{lib}", "graph", "job-loss-hardship"],
        stdin: Input::Null,
        stdout: Output::ClosedPipe,
        status: Some(0),
        stderr: "",
        setup: Setup::None,
    },
    Case {
        name: "report --lrs to an LRS that never answers",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "xapi",
            "--lrs",
            "{silent-lrs}",
        ],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(1),
        stderr: "s request timeout (after 2 attempt(s); gave up at the 20 s deadline for a batch; 0 statement(s) sent before this)",
        setup: Setup::None,
    },
    // issue 17: corpus
    Case {
        name: "check with a FIFO named *.ron in the library",
        args: &["--library", "{lib}", "check"],
        stdin: Input::Null,
        stdout: Output::Has("error[E021]: this is not a regular file (a FIFO); it is not opened"),
        status: Some(1),
        stderr: "",
        setup: Setup::Synth(fifo_ron),
    },
    Case {
        name: "play with a FIFO named *.ron in the library",
        args: &[
            "--library",
            "{lib}",
            "play",
            "synth",
            "--seed",
            "1",
            "--picks",
            "1,1,1",
            "--no-record",
        ],
        stdin: Input::Null,
        stdout: Output::Has("Dana Whitfield"),
        status: Some(0),
        stderr: "",
        setup: Setup::Synth(fifo_ron),
    },
    Case {
        name: "walk with a FIFO named *.ron in the library",
        args: &["--library", "{lib}", "walk", "synth"],
        stdin: Input::Null,
        stdout: Output::Has("walk synth v1: 10000 runs, seed 1"),
        status: Some(0),
        stderr: " choices in ",
        setup: Setup::Synth(fifo_ron),
    },
    Case {
        name: "graph with a FIFO named *.ron in the library",
        args: &["--library", "{lib}", "graph", "synth"],
        stdin: Input::Null,
        stdout: Output::Has("digraph \"synth\" {"),
        status: Some(0),
        stderr: "",
        setup: Setup::Synth(fifo_ron),
    },
    Case {
        name: "report with a FIFO named *.ron in the library",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Has("1 session(s)"),
        status: Some(0),
        stderr: "warning: the content library has 1 error(s); records of scenarios that do not compile show as unavailable (callcoach check)",
        setup: Setup::Synth(fifo_ron),
    },
    Case {
        name: "check with two links to . under scenarios/",
        args: &["--library", "{lib}", "check"],
        stdin: Input::Null,
        stdout: Output::Has("1 scenario(s), 2 rubric(s), 1 language(s): 0 error(s)"),
        status: Some(0),
        stderr: "",
        setup: Setup::Synth(dot_links),
    },
    Case {
        name: "check with /dev/zero linked as a .ftl",
        args: &["--library", "{lib}", "check"],
        stdin: Input::Null,
        stdout: Output::Has(
            "error[E022]: this link points outside the library (to /dev/zero); it is not read",
        ),
        status: Some(1),
        stderr: "",
        setup: Setup::Synth(zero_ftl),
    },
    Case {
        name: "check with a 10,000-level nested Fluent placeable",
        args: &["--library", "{lib}", "check"],
        stdin: Input::Null,
        stdout: Output::Has("error[E025]: nested deeper than 64 levels; the file is not loaded"),
        status: Some(1),
        stderr: "",
        setup: Setup::Synth(deep_ftl),
    },
    Case {
        name: "play with a 10,000-level nested Fluent placeable",
        args: &[
            "--library",
            "{lib}",
            "play",
            "synth",
            "--seed",
            "1",
            "--picks",
            "1,1,1",
            "--no-record",
        ],
        stdin: Input::Null,
        stdout: Output::Null,
        // The scenario's own file is sound, so it plays (as in the app), without its text.
        status: Some(0),
        stderr: "error[E025]: nested deeper than 64 levels; the file is not loaded",
        setup: Setup::Synth(deep_ftl),
    },
    Case {
        name: "check with an extreme call_at",
        args: &["--library", "{lib}", "check"],
        stdin: Input::Null,
        stdout: Output::Has(
            "error[E130]: the call's time +262142-12-31T23:30:00+00:00 is outside the years 1000 to 9999",
        ),
        status: Some(1),
        stderr: "",
        setup: Setup::Synth(far_call_at),
    },
    Case {
        name: "play with an extreme call_at",
        args: &[
            "--library",
            "{lib}",
            "play",
            "synth",
            "--seed",
            "1",
            "--no-record",
        ],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(1),
        stderr: "error: scenario \"synth\" has errors; fix them first (callcoach check synth)",
        setup: Setup::Synth(far_call_at),
    },
    Case {
        name: "report with an extreme call_at",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "xapi",
        ],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(0),
        stderr: "warning: the content library has 1 error(s)",
        setup: Setup::Synth(far_call_at),
    },
    Case {
        name: "play a scenario with E112",
        args: &[
            "--library",
            "{lib}",
            "play",
            "synth",
            "--seed",
            "1",
            "--no-record",
        ],
        stdin: Input::Urandom,
        stdout: Output::Null,
        status: Some(1),
        stderr: "error: scenario \"synth\" has errors; fix them first (callcoach check synth)",
        setup: Setup::Synth(loop_without_end),
    },
    Case {
        name: "walk a scenario with E112",
        args: &["--library", "{lib}", "walk", "synth"],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(1),
        stderr: "error[E112]: loop that cannot end",
        setup: Setup::Synth(loop_without_end),
    },
    Case {
        name: "report with a FIFO in records/",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Has("fifo.json: corrupt (cannot read: it is not a regular file)"),
        status: Some(0),
        stderr: "fifo.json: skipped, cannot read: it is not a regular file",
        setup: Setup::Data(fifo_record),
    },
    Case {
        name: "report with a 1 GB sparse record",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(0),
        stderr: "big.json: skipped, cannot read: it is 1073741824 bytes, more than the 16777216 this file may have",
        setup: Setup::Data(sparse_record),
    },
    Case {
        name: "report --format xapi with /dev/zero linked as a record",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "xapi",
        ],
        stdin: Input::Null,
        stdout: Output::Has("\"verb\""),
        status: Some(0),
        stderr: "zero.json: skipped, cannot read: it is a symbolic link, which is not followed",
        setup: Setup::Data(zero_record),
    },
    Case {
        name: "report with a FIFO as the cohort key",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Has(
            "no-key (signed, but the data folder's cohort.key is missing or unreadable)",
        ),
        status: Some(0),
        stderr: "cohort.key: the cohort key is not a regular file; restore it from a backup",
        setup: Setup::Data(fifo_key),
    },
    Case {
        name: "play --case with FIFOs at journal paths",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "play",
            "--case",
            "pl-invoice-chase",
            "--seed",
            "1",
            "--picks",
            CASE_PICKS,
        ],
        stdin: Input::Null,
        stdout: Output::Null,
        status: Some(0),
        stderr: "trainee.jsonl: cannot read the journal: it is not a regular file",
        setup: Setup::Data(fifo_journals),
    },
    Case {
        name: "report --format json onto a full disk",
        args: &[
            "--library",
            "{lib}",
            "--data-dir",
            "{data}",
            "report",
            "--format",
            "json",
        ],
        stdin: Input::Null,
        stdout: Output::Full,
        status: Some(1),
        stderr: "error: cannot write the report to standard output: No space left on device",
        setup: Setup::None,
    },
];

/// A data folder holding one recorded call, made once; each case gets a copy.
fn seeded_data() -> &'static Path {
    static DATA: OnceLock<tempfile::TempDir> = OnceLock::new();
    DATA.get_or_init(|| {
        let data = tempfile::tempdir().expect("tempdir");
        let out = Command::new(env!("CARGO_BIN_EXE_callcoach"))
            .arg("--library")
            .arg(shipped())
            .arg("--data-dir")
            .arg(data.path())
            .args(["play", "job-loss-hardship", "--seed", "7", "--picks", PICKS])
            .env_remove("CALLCOACH_DATA_DIR")
            .output()
            .expect("run callcoach");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        data
    })
    .path()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The URL of a local LRS that accepts connections (the kernel's backlog does) and never
/// answers; it lives as long as the tests.
fn silent_lrs() -> &'static str {
    static LRS: OnceLock<(TcpListener, String)> = OnceLock::new();
    &LRS.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/xapi", listener.local_addr().expect("address"));
        (listener, url)
    })
    .1
}

/// Runs one case; `Err` says how it failed.
fn run(case: &Case) -> Result<(), String> {
    let data = tempfile::tempdir().expect("tempdir");
    let data_dir: PathBuf = data.path().join("data");
    copy_dir(seeded_data(), &data_dir);
    let mut lib = shipped();
    match case.setup {
        Setup::None => {}
        Setup::Data(edit) => edit(&data_dir),
        Setup::Synth(edit) => {
            lib = data.path().join("lib");
            write_synth(&lib);
            edit(&lib);
        }
    }
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| {
            a.replace("{lib}", lib.to_str().expect("utf-8 path"))
                .replace("{data}", data_dir.to_str().expect("utf-8 path"))
                .replace("{silent-lrs}", silent_lrs())
        })
        .collect();
    let mut cmd = Command::new("prlimit");
    cmd.arg(MEMORY_LIMIT)
        .arg(env!("CARGO_BIN_EXE_callcoach"))
        .args(&args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env_remove("CALLCOACH_LRS_USER")
        .env_remove("CALLCOACH_LRS_PASSWORD")
        .stderr(Stdio::piped());
    match case.stdin {
        Input::Null => cmd.stdin(Stdio::null()),
        Input::Zero => cmd.stdin(File::open("/dev/zero").expect("/dev/zero")),
        Input::Urandom => cmd.stdin(File::open("/dev/urandom").expect("/dev/urandom")),
        Input::Text(_) => cmd.stdin(Stdio::piped()),
    };
    match case.stdout {
        Output::Null => cmd.stdout(Stdio::null()),
        Output::Full => cmd.stdout(File::create("/dev/full").expect("/dev/full")),
        Output::ClosedPipe | Output::Has(_) => cmd.stdout(Stdio::piped()),
    };
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run prlimit: {e}"))?;
    let stdout_reader = match case.stdout {
        Output::Has(_) => {
            let mut pipe = child.stdout.take().expect("stdout piped");
            Some(std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                String::from_utf8_lossy(&bytes).into_owned()
            }))
        }
        _ => {
            drop(child.stdout.take());
            None
        }
    };
    if let (Input::Text(text), Some(mut stdin)) = (case.stdin, child.stdin.take()) {
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    let mut stderr_pipe = child.stderr.take().expect("stderr piped");
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr_pipe.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > KILL_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "still running after {} s: killed",
                KILL_AFTER.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = stderr_reader.join().expect("stderr reader");
    let stdout = stdout_reader.map(|r| r.join().expect("stdout reader"));
    if let Some(signal) = status.signal() {
        return Err(format!("killed by signal {signal}; stderr: {stderr}"));
    }
    let code = status.code().expect("an exit code");
    if code == 101 || stderr.contains("panicked") {
        return Err(format!("panicked (status {code}): {stderr}"));
    }
    if let Some(expected) = case.status
        && code != expected
    {
        return Err(format!(
            "status {code}, expected {expected}; stderr: {stderr}"
        ));
    }
    if let (Output::Has(want), Some(stdout)) = (case.stdout, &stdout)
        && !stdout.contains(want)
    {
        return Err(format!("stdout lacks {want:?}: {stdout}"));
    }
    if !stderr.contains(case.stderr) {
        return Err(format!("stderr lacks {:?}: {stderr}", case.stderr));
    }
    if case.stderr.is_empty() && case.status == Some(0) && !stderr.is_empty() {
        return Err(format!("expected nothing on stderr: {stderr}"));
    }
    Ok(())
}

#[test]
fn every_verb_survives_hostile_input_under_a_memory_limit_and_a_kill_timeout() {
    assert!(
        Command::new("prlimit").arg("--version").output().is_ok(),
        "prlimit (util-linux) is needed"
    );
    seeded_data();
    // Every case at once: most of the time is waiting (the silent LRS), not computing.
    let failures: Vec<String> = std::thread::scope(|s| {
        let runs: Vec<_> = CASES
            .iter()
            .map(|case| (case.name, s.spawn(move || run(case))))
            .collect();
        runs.into_iter()
            .filter_map(|(name, run)| match run.join().expect("case thread") {
                Ok(()) => None,
                Err(why) => Some(format!("{name}: {why}")),
            })
            .collect()
    });
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// issue 17: corpus
/// Answers by display position for a case's first call, long enough to reach its end.
const CASE_PICKS: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

/// A file of the core's bad-input corpus.
fn corpus_file(name: &str) -> PathBuf {
    shipped().join("crates/core/tests/bad_inputs").join(name)
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

fn fifo_ron(lib: &Path) {
    mkfifo(&lib.join("scenarios/fifo.ron"));
}

fn dot_links(lib: &Path) {
    std::os::unix::fs::symlink(".", lib.join("scenarios/a")).expect("symlink");
    std::os::unix::fs::symlink(".", lib.join("scenarios/b")).expect("symlink");
}

fn zero_ftl(lib: &Path) {
    std::os::unix::fs::symlink("/dev/zero", lib.join("locales/en/zero.ftl")).expect("symlink");
}

fn deep_ftl(lib: &Path) {
    let n = 10_000;
    let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
    let path = lib.join("locales/en/scenarios/synth.ftl");
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .expect("synth.ftl");
    f.write_all(deep.as_bytes()).expect("append");
}

fn far_call_at(lib: &Path) {
    std::fs::copy(
        corpus_file("call-at-far-future.ron"),
        lib.join("scenarios/synth.ron"),
    )
    .expect("copy");
}

fn loop_without_end(lib: &Path) {
    std::fs::copy(
        corpus_file("branch-loops-to-itself.ron"),
        lib.join("scenarios/synth.ron"),
    )
    .expect("copy");
}

fn fifo_record(data: &Path) {
    mkfifo(&data.join("records/fifo.json"));
}

fn sparse_record(data: &Path) {
    let f = File::create(data.join("records/big.json")).expect("create");
    f.set_len(1 << 30).expect("sparse");
}

fn zero_record(data: &Path) {
    std::os::unix::fs::symlink("/dev/zero", data.join("records/zero.json")).expect("symlink");
}

fn fifo_key(data: &Path) {
    std::fs::remove_file(data.join("cohort.key")).expect("remove the key");
    mkfifo(&data.join("cohort.key"));
}

/// A FIFO at the old layout's journal path of the default trainee, and one in their folder.
fn fifo_journals(data: &Path) {
    use callcoach_core::records::journal;
    std::fs::create_dir_all(data.join("journal")).expect("journal/");
    mkfifo(&journal::legacy_journal_path(data, "Trainee"));
    let dir = journal::journal_dir(data, "Trainee");
    std::fs::create_dir_all(&dir).expect("journal dir");
    mkfifo(&dir.join("fifo.jsonl"));
}

/// The generated library, written to a folder.
fn write_synth(lib: &Path) {
    for f in synth::files(&Spec::new(8)) {
        let path = lib.join(&f.path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create dir");
        std::fs::write(path, f.bytes).expect("write");
    }
}
