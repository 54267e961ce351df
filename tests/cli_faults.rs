//! The command line under faults of its surroundings (issue 17, the cli helper): a reader
//! that closes the pipe, a full disk behind standard output or error, hostile standard input,
//! and an LRS given credentials in its URL that answers, fails or talks nonsense. Each case
//! asserts the exit status and the message; none may panic (exit 101) or print a secret.

mod common;

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

/// A path through job-loss-hardship by display position, long enough to reach an ending.
const PICKS: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_callcoach"));
    c.env_remove("CALLCOACH_DATA_DIR")
        .env_remove("CALLCOACH_LRS_USER")
        .env_remove("CALLCOACH_LRS_PASSWORD");
    c
}

/// Runs with standard output a pipe whose reader is gone before anything is written (the
/// child loads a library first), as after `| head -1` has read its line.
fn with_closed_pipe(cmd: &mut Command) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run callcoach");
    drop(child.stdout.take());
    child.wait_with_output().expect("wait for callcoach")
}

/// Runs with standard output on /dev/full (every write fails with ENOSPC).
fn with_full_stdout(cmd: &mut Command) -> Output {
    cmd.stdout(File::create("/dev/full").expect("/dev/full"))
        .output()
        .expect("run callcoach")
}

/// A data folder with one recorded call of job-loss-hardship.
fn one_record() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["--library", &lib(), "--data-dir"])
        .arg(data.path())
        .args(["play", "job-loss-hardship", "--seed", "7", "--picks", PICKS])
        .args(["--agent", "Fault Tester"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    data
}

fn assert_no_panic(out: &Output) {
    let err = stderr(out);
    assert_ne!(out.status.code(), Some(101), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("failed printing"), "{err}");
}

#[test]
fn check_into_a_closed_pipe_ends_quietly_with_its_own_status() {
    let out = with_closed_pipe(bin().args(["--library", &lib(), "check", "job-loss-hardship"]));
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn report_xapi_into_a_closed_pipe_ends_quietly() {
    let data = one_record();
    let out = with_closed_pipe(
        bin()
            .args(["--library", &lib(), "--data-dir"])
            .arg(data.path())
            .args(["report", "--format", "xapi"]),
    );
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_full_disk_behind_stdout_is_an_error_naming_what_was_not_written() {
    let data = one_record();
    let report = with_full_stdout(
        bin()
            .args(["--library", &lib(), "--data-dir"])
            .arg(data.path())
            .args(["report", "--format", "csv"]),
    );
    assert_no_panic(&report);
    assert_eq!(report.status.code(), Some(1));
    assert_eq!(
        stderr(&report),
        "error: cannot write the report to standard output: No space left on device\n"
    );
    for (args, what) in [
        (vec!["check", "job-loss-hardship"], "the diagnostics"),
        (vec!["graph", "job-loss-hardship"], "the graph"),
        (
            vec![
                "walk",
                "job-loss-hardship",
                "--runs",
                "10",
                "--format",
                "json",
            ],
            "the walk summary",
        ),
    ] {
        let out = with_full_stdout(bin().args(["--library", &lib()]).args(&args));
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains(&format!(
                "error: cannot write {what} to standard output: No space left on device"
            )),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_call_played_onto_a_full_disk_keeps_its_record_and_says_the_text_was_lost() {
    let data = tempfile::tempdir().unwrap();
    let out = with_full_stdout(
        bin()
            .args(["--library", &lib(), "--data-dir"])
            .arg(data.path())
            .args(["play", "job-loss-hardship", "--seed", "7", "--picks", PICKS]),
    );
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error: cannot write the call to standard output: No space left on device"),
        "{err}"
    );
    assert_eq!(
        callcoach_core::records::store::record_files(data.path())
            .unwrap()
            .len(),
        1,
        "the record is written all the same: {err}"
    );
}

#[test]
fn a_full_disk_behind_stderr_does_not_panic() {
    let out = bin()
        .args(["--library", &lib(), "play", "no-such-scenario"])
        .stderr(File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn play_from_dev_zero_stops_after_the_line_cap_instead_of_reading_without_end() {
    let out = bin()
        .args(["--library", &lib(), "play", "job-loss-hardship"])
        .args(["--seed", "7", "--no-record"])
        .stdin(File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "stopped: standard input has no line end in 1 MiB, so it is not typed answers"
        ),
        "{}",
        stderr(&out)
    );
}

/// Plays job-loss-hardship interactively on this input; returns the output.
fn play_typed(data: &Path, input: &[u8]) -> Output {
    let mut child = bin()
        .args(["--library", &lib(), "--data-dir"])
        .arg(data)
        .args(["play", "job-loss-hardship", "--seed", "7"])
        .args(["--agent", "Typist"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread: the child may stop reading before the end.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn journal_files(data: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![data.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "jsonl") {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn an_over_long_answer_is_skipped_and_end_of_input_keeps_the_journal() {
    let data = tempfile::tempdir().unwrap();
    let mut input = vec![b'9'; 10_000];
    input.extend(b"\n1\n");
    let out = play_typed(data.path(), &input);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("(that line is longer than 4096 bytes; it was skipped)"),
        "{text}"
    );
    assert!(
        text.contains("skipped)\nChoose 1–3: You: "),
        "the answer after it was taken: {text}"
    );
    assert!(
        stderr(&out).contains(
            "stopped: no more input (the call is journalled and can be resumed in the app)"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        journal_files(data.path()).len(),
        1,
        "the call's journal is kept"
    );
}

#[test]
fn endless_wrong_answers_stop_the_call_after_the_refusal_cap() {
    let data = tempfile::tempdir().unwrap();
    let input = b"nonsense\n".repeat(500);
    let out = play_typed(data.path(), &input);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("stopped: 100 answers refused in this call"),
        "{}",
        stderr(&out)
    );
}

/// A local LRS that answers every request with `response`, and remembers each request's
/// `authorization` header.
fn lrs_answering(response: &'static str) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let shared = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut auth = String::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                    break;
                }
                let lower = h.to_lowercase();
                if let Some(v) = lower.strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                if lower.starts_with("authorization:") {
                    auth = h["authorization:".len()..].trim().to_string();
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            shared.lock().unwrap().push(auth);
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (format!("{}", address), seen)
}

const USER: &str = "coord-user-7f3a";
const SECRET: &str = "Pa55-w0rd-9c1e";

/// `report --format xapi --lrs` to a URL with credentials, plus `env`; returns the output.
fn send_with_credentials(address: &str, env: &[(&str, &str)]) -> Output {
    let data = one_record();
    let url = format!("http://{USER}:{SECRET}@{address}/xapi");
    let mut cmd = bin();
    cmd.args(["--library", &lib(), "--data-dir"])
        .arg(data.path())
        .args(["report", "--format", "xapi", "--lrs", &url]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn assert_no_secret(out: &Output) {
    let all = format!("{}{}", stdout(out), stderr(out));
    for secret in [USER, SECRET] {
        assert!(!all.contains(secret), "{secret} shown: {all}");
    }
}

#[test]
fn credentials_in_the_lrs_url_are_sent_but_not_shown_on_success() {
    let (address, seen) = lrs_answering(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n[]",
    );
    let out = send_with_credentials(&address, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("statement(s) to http://{address}/xapi (")),
        "{}",
        stderr(&out)
    );
    assert_no_secret(&out);
    // Header = "Basic " + base64("coord-user-7f3a:Pa55-w0rd-9c1e").
    let expected = "Basic Y29vcmQtdXNlci03ZjNhOlBhNTUtdzByZC05YzFl";
    assert!(!seen.lock().unwrap().is_empty());
    assert!(seen.lock().unwrap().iter().all(|a| a == expected));
}

#[test]
fn credentials_in_the_lrs_url_are_not_shown_when_the_lrs_fails() {
    let (address, _) = lrs_answering(
        "HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
    );
    let out = send_with_credentials(&address, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "error: LRS http://{address}/xapi/statements: the LRS answered 500 Internal Server Error (after 5 attempt(s);"
        )),
        "{}",
        stderr(&out)
    );
    assert_no_secret(&out);
}

#[test]
fn no_credential_is_shown_when_the_lrs_talks_nonsense() {
    let (address, _) = lrs_answering("garbage, not HTTP\r\n\r\n");
    // Credentials from the environment as well as the URL: none may be echoed.
    let out = send_with_credentials(
        &address,
        &[
            ("CALLCOACH_LRS_USER", USER),
            ("CALLCOACH_LRS_PASSWORD", SECRET),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("error: LRS http://{address}/xapi/statements: ")),
        "{}",
        stderr(&out)
    );
    assert_no_secret(&out);
}
