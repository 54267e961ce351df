//! Survival of the `callcoach` binary: every verb on hostile input and surroundings, under a
//! 2 GB address-space limit (`prlimit --as`, util-linux) and killed after 30 s. A case passes
//! when the process exits by itself (no signal: no abort, no kill for hanging), not with
//! Rust's panic status 101, with the expected status, and standard error holds the expected
//! message.
//!
//! The cases are one table, [`CASES`]: to add one, add a row. Arguments may use `{lib}` (the
//! shipped library), `{data}` (a fresh data folder holding one recorded call) and
//! `{silent-lrs}` (a local LRS that accepts connections and never answers).

mod common;

use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

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
    },
    Case {
        name: "report onto a full disk",
        args: &["--library", "{lib}", "--data-dir", "{data}", "report"],
        stdin: Input::Null,
        stdout: Output::Full,
        status: Some(1),
        stderr: "error: cannot write the report to standard output: No space left on device",
    },
    Case {
        name: "graph into a closed pipe",
        args: &["--library", "{lib}", "graph", "job-loss-hardship"],
        stdin: Input::Null,
        stdout: Output::ClosedPipe,
        status: Some(0),
        stderr: "",
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
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| {
            a.replace("{lib}", shipped().to_str().expect("utf-8 path"))
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
        Output::ClosedPipe => cmd.stdout(Stdio::piped()),
    };
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run prlimit: {e}"))?;
    drop(child.stdout.take());
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
