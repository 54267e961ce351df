//! A real LRS (Ralph) that stops mid-send, is slow, refuses the credentials or answers 503:
//! each gives a clear error (never the password), loses nothing, and the next
//! `report --lrs` completes the rest, Ralph holding every statement exactly once.
//!
//! The faults come from Ralph itself (killed and restarted with its data, a wrong password)
//! or from a small HTTP proxy in front of it ([`proxy`]): test tooling that forwards each
//! request to the real Ralph, or delays it, or answers 503 instead.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::ralph::{self, Ralph};
use proxy::{Act, Proxy};

/// Runs the binary with these LRS credentials in the environment.
fn callcoach(args: &[&str], password: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(args)
        .env_remove("CALLCOACH_DATA_DIR")
        .env("CALLCOACH_LRS_USER", ralph::USER)
        .env("CALLCOACH_LRS_PASSWORD", password)
        .output()
        .expect("run callcoach")
}

/// A data folder with `count` synthetic calls, and the ids of their statements.
fn cohort(count: usize) -> (tempfile::TempDir, BTreeSet<String>) {
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path().to_str().expect("utf-8").to_string();
    let n = count.to_string();
    let out = callcoach(
        &[
            "--data-dir",
            &d,
            "synth-records",
            "--count",
            &n,
            "--seed",
            "5",
        ],
        "",
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let out = callcoach(&["--data-dir", &d, "report", "--format", "xapi"], "");
    assert!(out.status.success(), "{}", common::stderr(&out));
    let statements: Vec<serde_json::Value> =
        serde_json::from_slice(&out.stdout).expect("statements");
    let ids = statements
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_string())
        .collect();
    (data, ids)
}

/// `report --format xapi --lrs <endpoint>` with a password.
fn send_with(data: &Path, endpoint: &str, password: &str) -> Output {
    let d = data.to_str().expect("utf-8");
    callcoach(
        &[
            "--data-dir",
            d,
            "report",
            "--format",
            "xapi",
            "--lrs",
            endpoint,
        ],
        password,
    )
}

/// `report --lrs` with the right password.
fn send(data: &Path, endpoint: &str) -> Output {
    send_with(data, endpoint, ralph::PASSWORD)
}

/// Asserts the send succeeded; its stderr.
fn sent(out: &Output) -> String {
    assert!(out.status.success(), "{}", common::stderr(out));
    common::stderr(out)
}

/// Asserts the send failed with status 1; its stderr.
fn failed(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(out));
    common::stderr(out)
}

/// The ids Ralph holds; a statement held twice fails the test.
fn held(lrs: &Ralph) -> BTreeSet<String> {
    let all = lrs.all_statements();
    let ids: BTreeSet<String> = all
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(ids.len(), all.len(), "Ralph holds a statement twice");
    ids
}

/// The file name of the one ledger of the LRS on `port`.
fn ledger_name(data: &Path, port: u16) -> String {
    let prefix = format!("127-0-0-1-{port}-");
    let names: Vec<String> = std::fs::read_dir(data.join("xapi-sent"))
        .expect("the ledger folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .filter(|n| n.starts_with(&prefix))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names[0].clone()
}

/// The ids the ledger of the LRS on `port` lists (none if it has no ledger yet).
fn ledger_ids(data: &Path, port: u16) -> BTreeSet<String> {
    let prefix = format!("127-0-0-1-{port}-");
    let Ok(entries) = std::fs::read_dir(data.join("xapi-sent")) else {
        return BTreeSet::new();
    };
    let mut ids = BTreeSet::new();
    for entry in entries {
        let entry = entry.expect("entry");
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let text = std::fs::read_to_string(entry.path()).expect("ledger");
            ids.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#'))
                    .map(str::to_string),
            );
        }
    }
    ids
}

#[test]
fn ralph_stopped_mid_send_loses_nothing_and_another_lrs_still_gets_everything() {
    let (lrs, other) = std::thread::scope(|s| {
        let a = s.spawn(Ralph::start);
        let b = s.spawn(Ralph::start);
        (a.join().expect("Ralph"), b.join().expect("Ralph"))
    });
    let (data, ids) = cohort(60);
    let n = ids.len();
    assert!(n > 200, "more than four batches: {n}");
    // Three batches go through; Ralph is killed while the fourth is on its way.
    let proxy = Proxy::start(lrs.port, |i| if i < 3 { Act::Forward } else { Act::Hold });
    let endpoint = proxy.endpoint();
    let out = std::thread::scope(|s| {
        let cli = s.spawn(|| send(data.path(), &endpoint));
        proxy.wait_held();
        let port = lrs.port;
        let kept = lrs.stop();
        proxy.release();
        (cli.join().expect("callcoach"), port, kept)
    });
    let (out, port, kept) = out;
    let err = failed(&out);
    assert!(
        err.starts_with(&format!("error: LRS {endpoint}/statements: ")),
        "{err}"
    );
    assert!(
        err.contains("the connection was refused (is the LRS running and listening there?)"),
        "{err}"
    );
    assert!(
        err.contains("150 statement(s) sent before this). Nothing is lost"),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with(&format!(
            "the same command run again sends the other {}",
            n - 150
        )),
        "{err}"
    );
    let confirmed = ledger_ids(data.path(), proxy.port);
    assert_eq!(confirmed.len(), 150);

    // Another LRS is not skipped for what the stopped one confirmed (the bug).
    assert!(
        sent(&send(data.path(), &other.endpoint)).starts_with(&format!(
            "sent {n} statement(s) to {} (0 skipped",
            other.endpoint
        ))
    );
    assert_eq!(held(&other), ids);

    // Ralph back with its data at the same address: it holds what it confirmed, and the
    // same command sends the rest.
    let lrs = Ralph::start_in(port, kept);
    assert_eq!(held(&lrs), confirmed);
    let proxy = proxy.restart(|_| Act::Forward);
    assert_eq!(proxy.endpoint(), endpoint);
    assert_eq!(
        sent(&send(data.path(), &endpoint)),
        format!(
            "sent {} statement(s) to {endpoint} (150 skipped as its ledger lists them, 0 retries)\n",
            n - 150
        )
    );
    assert_eq!(held(&lrs), ids);
}

#[test]
fn an_lrs_slower_than_the_timeouts_fails_in_bounded_time_and_the_next_send_completes() {
    let lrs = Ralph::start();
    let (data, ids) = cohort(16);
    let n = ids.len();
    assert!(n > 50, "more than one batch: {n}");
    // Both tries of the first batch get no answer in time; the proxy still delivers them
    // (11 s late), so Ralph stores the batch whose answer was lost.
    let late = Duration::from_secs(11);
    let proxy = Proxy::start(lrs.port, move |i| {
        if i < 2 {
            Act::Delay(late)
        } else {
            Act::Forward
        }
    });
    let endpoint = proxy.endpoint();
    // What a report costs without sending (the library is checked, the cohort loaded).
    let started = Instant::now();
    let out = callcoach(
        &[
            "--data-dir",
            data.path().to_str().expect("utf-8"),
            "report",
            "--format",
            "xapi",
        ],
        "",
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let overhead = started.elapsed();
    let started = Instant::now();
    let err = failed(&send(data.path(), &endpoint));
    let took = started.elapsed();
    // The batch's tries stop at its 20 s deadline (five tries of 10 s would take 57.5 s more
    // than reading the records). Reading the records is counted twice: on a loaded machine
    // the send's own read of them can take longer than the report's did.
    assert!(
        took < overhead * 2 + Duration::from_secs(25) && took < overhead + Duration::from_secs(57),
        "bounded: {:.1} s ({:.1} s without sending)",
        took.as_secs_f64(),
        overhead.as_secs_f64()
    );
    assert!(
        err.starts_with(&format!(
            "error: LRS {endpoint}/statements: no answer within the "
        )),
        "{err}"
    );
    assert!(
        err.contains(" s request timeout (after 2 attempt(s); gave up at the 20 s deadline for a batch; 0 statement(s) sent before this)"),
        "{err}"
    );
    assert!(ledger_ids(data.path(), proxy.port).is_empty());
    proxy.wait_idle();
    assert_eq!(held(&lrs).len(), 50, "the late batch was stored");

    // The next send sends the first batch again; Ralph says it holds it, and stores the rest.
    assert_eq!(
        sent(&send(data.path(), &endpoint)),
        format!(
            "sent {n} statement(s) to {endpoint} (50 of them it held already, stored once; 0 skipped as its ledger lists them, 0 retries)\n"
        )
    );
    assert_eq!(held(&lrs), ids);
}

#[test]
fn a_slow_lrs_that_answers_is_waited_for() {
    let lrs = Ralph::start();
    let (data, ids) = cohort(10);
    let n = ids.len();
    let proxy = Proxy::start(lrs.port, |_| Act::Delay(Duration::from_millis(700)));
    let endpoint = proxy.endpoint();
    assert_eq!(
        sent(&send(data.path(), &endpoint)),
        format!(
            "sent {n} statement(s) to {endpoint} (0 skipped as its ledger lists them, 0 retries)\n"
        )
    );
    assert_eq!(held(&lrs), ids);
    assert_eq!(proxy.requests(), n.div_ceil(50), "one request a batch");
    assert!(sent(&send(data.path(), &endpoint)).starts_with("sent 0 statement(s) "));
    assert_eq!(proxy.requests(), n.div_ceil(50), "nothing sent twice");
}

#[test]
fn refused_credentials_say_so_never_show_the_password_and_the_next_send_completes() {
    let lrs = Ralph::start();
    let (data, ids) = cohort(6);
    let wrong = "Wr0ng-pa55-4417";
    let out = send_with(data.path(), &lrs.endpoint, wrong);
    let err = failed(&out);
    assert!(
        err.starts_with(&format!(
            "error: LRS {}/statements: the LRS refused the credentials (401 Unauthorized): \
             check CALLCOACH_LRS_USER and CALLCOACH_LRS_PASSWORD",
            lrs.endpoint
        )),
        "{err}"
    );
    assert!(
        err.contains("(after 1 attempt(s); 0 statement(s) sent before this)"),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with(&format!(
            "Nothing is lost: the same command run again, once that is fixed, sends all {}",
            ids.len()
        )),
        "{err}"
    );
    let all = format!("{}{err}", common::stdout(&out));
    assert!(!all.contains(wrong), "the password is shown: {all}");
    assert!(held(&lrs).is_empty());

    // No credentials at all: the LRS asks for them.
    let out = Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args(["--data-dir", data.path().to_str().expect("utf-8")])
        .args(["report", "--format", "xapi", "--lrs", &lrs.endpoint])
        .env_remove("CALLCOACH_DATA_DIR")
        .env_remove("CALLCOACH_LRS_USER")
        .env_remove("CALLCOACH_LRS_PASSWORD")
        .output()
        .expect("run callcoach");
    assert!(
        failed(&out).contains(
            "the LRS asks for credentials (401 Unauthorized): set CALLCOACH_LRS_USER and CALLCOACH_LRS_PASSWORD"
        ),
        "{}",
        common::stderr(&out)
    );

    assert!(
        sent(&send(data.path(), &lrs.endpoint)).starts_with(&format!(
            "sent {} statement(s) to {} (0 skipped",
            ids.len(),
            lrs.endpoint
        ))
    );
    assert_eq!(held(&lrs), ids);
}

#[test]
fn an_lrs_answering_503_for_a_while_is_tried_again_and_the_send_completes() {
    let lrs = Ralph::start();
    let (data, ids) = cohort(8);
    let n = ids.len();
    let proxy = Proxy::start(lrs.port, |i| {
        if i < 2 {
            Act::Status(503)
        } else {
            Act::Forward
        }
    });
    let endpoint = proxy.endpoint();
    assert_eq!(
        sent(&send(data.path(), &endpoint)),
        format!(
            "sent {n} statement(s) to {endpoint} (0 skipped as its ledger lists them, 2 retries)\n"
        )
    );
    assert_eq!(held(&lrs), ids);
}

#[test]
fn an_lrs_failing_with_503_stops_the_send_and_the_next_send_completes_the_rest() {
    let lrs = Ralph::start();
    let (data, ids) = cohort(30);
    let n = ids.len();
    assert!(n > 100, "more than two batches: {n}");
    // Two batches stored, then five answers of 503 (every try of the third batch).
    let proxy = Proxy::start(lrs.port, |i| {
        if (2..7).contains(&i) {
            Act::Status(503)
        } else {
            Act::Forward
        }
    });
    let endpoint = proxy.endpoint();
    let err = failed(&send(data.path(), &endpoint));
    assert!(
        err.starts_with(&format!(
            "error: LRS {endpoint}/statements: the LRS answered 503 Service Unavailable \
             (after 5 attempt(s); 100 statement(s) sent before this). Nothing is lost: the ledger {} \
             lists the 100 the LRS confirmed",
            data.path().join("xapi-sent").join(ledger_name(data.path(), proxy.port)).display()
        )),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with(&format!(
            "the same command run again sends the other {}",
            n - 100
        )),
        "{err}"
    );
    assert_eq!(held(&lrs), ledger_ids(data.path(), proxy.port));
    assert_eq!(held(&lrs).len(), 100);
    assert_eq!(
        sent(&send(data.path(), &endpoint)),
        format!(
            "sent {} statement(s) to {endpoint} (100 skipped as its ledger lists them, 0 retries)\n",
            n - 100
        )
    );
    assert_eq!(held(&lrs), ids);
}

/// A small HTTP/1.1 proxy on 127.0.0.1 in front of a real Ralph: each request is read whole,
/// then, as the test's rule says for the n-th request (from 0), forwarded (at once or after
/// a delay), answered with a status of its own, or held until the test releases it. Every
/// answer closes its connection. When Ralph refuses a forwarded request's connection (it was
/// stopped), the proxy stops listening too, so callcoach sees what a stopped LRS looks like.
mod proxy {
    use std::io::{Read, Write};
    use std::net::{Shutdown, TcpListener, TcpStream};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::mpsc::{Receiver, Sender, channel};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    /// What the proxy does with one request.
    pub enum Act {
        /// Forward it to Ralph and its answer back.
        Forward,
        /// Wait, then forward it (even if the client has given up).
        Delay(Duration),
        /// Answer with this status and no body; Ralph never sees it.
        Status(u16),
        /// Tell the test (`wait_held`), wait for `release`, then forward it.
        Hold,
    }

    type Rule = Box<dyn Fn(usize) -> Act + Send + Sync>;

    struct Shared {
        upstream: u16,
        rule: Rule,
        requests: AtomicUsize,
        in_flight: AtomicUsize,
        closed: AtomicBool,
        held: Mutex<Sender<()>>,
        release: Mutex<Receiver<()>>,
    }

    /// A running proxy (stops listening when dropped).
    pub struct Proxy {
        /// The port it listens on.
        pub port: u16,
        shared: Arc<Shared>,
        held: Receiver<()>,
        release: Sender<()>,
    }

    impl Proxy {
        /// A proxy to Ralph on `upstream` at a free port.
        pub fn start(upstream: u16, rule: impl Fn(usize) -> Act + Send + Sync + 'static) -> Proxy {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
            Proxy::serve(listener, upstream, Box::new(rule))
        }

        /// A new proxy on this one's port (as an LRS restarted at its address), counting
        /// requests from 0 again.
        pub fn restart(self, rule: impl Fn(usize) -> Act + Send + Sync + 'static) -> Proxy {
            let (port, upstream) = (self.port, self.shared.upstream);
            drop(self);
            let started = Instant::now();
            let listener = loop {
                match TcpListener::bind(("127.0.0.1", port)) {
                    Ok(l) => break l,
                    Err(e) if started.elapsed() > Duration::from_secs(10) => {
                        panic!("cannot listen on {port} again: {e}")
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(50)),
                }
            };
            Proxy::serve(listener, upstream, Box::new(rule))
        }

        fn serve(listener: TcpListener, upstream: u16, rule: Rule) -> Proxy {
            let port = listener.local_addr().expect("address").port();
            let (held_tx, held) = channel();
            let (release, release_rx) = channel();
            let shared = Arc::new(Shared {
                upstream,
                rule,
                requests: AtomicUsize::new(0),
                in_flight: AtomicUsize::new(0),
                closed: AtomicBool::new(false),
                held: Mutex::new(held_tx),
                release: Mutex::new(release_rx),
            });
            let accepting = Arc::clone(&shared);
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if accepting.closed.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let shared = Arc::clone(&accepting);
                    shared.in_flight.fetch_add(1, Ordering::SeqCst);
                    std::thread::spawn(move || {
                        handle(&shared, conn, port);
                        shared.in_flight.fetch_sub(1, Ordering::SeqCst);
                    });
                }
                // The listener is dropped here: connections are refused from now on.
            });
            Proxy {
                port,
                shared,
                held,
                release,
            }
        }

        /// The xAPI endpoint through the proxy.
        pub fn endpoint(&self) -> String {
            format!("http://127.0.0.1:{}/xAPI", self.port)
        }

        /// Requests received so far.
        pub fn requests(&self) -> usize {
            self.shared.requests.load(Ordering::SeqCst)
        }

        /// Waits (up to 60 s) until a request is held.
        pub fn wait_held(&self) {
            self.held
                .recv_timeout(Duration::from_secs(60))
                .expect("a request held by the proxy");
        }

        /// Lets the held request go on.
        pub fn release(&self) {
            self.release.send(()).expect("release");
        }

        /// Waits (up to 30 s) until no request is being handled (delayed ones delivered).
        pub fn wait_idle(&self) {
            let started = Instant::now();
            while self.shared.in_flight.load(Ordering::SeqCst) > 0 {
                assert!(started.elapsed() < Duration::from_secs(30), "proxy busy");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    impl Drop for Proxy {
        fn drop(&mut self) {
            close(&self.shared, self.port);
        }
    }

    /// Stops listening: the accept loop sees the flag on the connection that wakes it.
    fn close(shared: &Shared, port: u16) {
        if !shared.closed.swap(true, Ordering::SeqCst) {
            let _ = TcpStream::connect(("127.0.0.1", port));
        }
    }

    fn handle(shared: &Shared, mut client: TcpStream, port: u16) {
        if shared.closed.load(Ordering::SeqCst) {
            return;
        }
        let _ = client.set_read_timeout(Some(Duration::from_secs(30)));
        let Some(request) = read_request(&mut client) else {
            return;
        };
        let n = shared.requests.fetch_add(1, Ordering::SeqCst);
        let act = (shared.rule)(n);
        match act {
            Act::Forward => {}
            Act::Delay(d) => std::thread::sleep(d),
            Act::Status(code) => {
                let answer = format!(
                    "HTTP/1.1 {code} Proxy Says {code}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                );
                let _ = client.write_all(answer.as_bytes());
                let _ = client.shutdown(Shutdown::Both);
                return;
            }
            Act::Hold => {
                let _ = shared.held.lock().expect("held").send(());
                let _ = shared
                    .release
                    .lock()
                    .expect("release")
                    .recv_timeout(Duration::from_secs(60));
            }
        }
        let Ok(mut ralph) = TcpStream::connect(("127.0.0.1", shared.upstream)) else {
            // Ralph is gone: so is the proxy, and this request gets no answer.
            close(shared, port);
            let _ = client.shutdown(Shutdown::Both);
            return;
        };
        let _ = ralph.set_read_timeout(Some(Duration::from_secs(60)));
        if ralph.write_all(&close_after(&request)).is_err() {
            return;
        }
        let mut answer = Vec::new();
        let _ = ralph.read_to_end(&mut answer);
        let _ = client.write_all(&close_after(&answer));
        let _ = client.shutdown(Shutdown::Both);
    }

    /// One HTTP request read whole: the head, and a body of `content-length` bytes.
    fn read_request(stream: &mut TcpStream) -> Option<Vec<u8>> {
        let mut buf = Vec::new();
        let mut chunk = [0u8; 16384];
        let head_end = loop {
            if let Some(i) = find(&buf, b"\r\n\r\n") {
                break i + 4;
            }
            let k = stream.read(&mut chunk).ok().filter(|&k| k > 0)?;
            buf.extend_from_slice(&chunk[..k]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let k = stream.read(&mut chunk).ok().filter(|&k| k > 0)?;
            buf.extend_from_slice(&chunk[..k]);
        }
        Some(buf)
    }

    /// The message with its `Connection` header replaced by `Connection: close`.
    fn close_after(message: &[u8]) -> Vec<u8> {
        let Some(end) = find(message, b"\r\n\r\n") else {
            return message.to_vec();
        };
        let head = String::from_utf8_lossy(&message[..end]);
        let mut out = String::new();
        for line in head.split("\r\n") {
            if !line.to_ascii_lowercase().starts_with("connection:") {
                out.push_str(line);
                out.push_str("\r\n");
            }
        }
        out.push_str("connection: close\r\n\r\n");
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(&message[end + 4..]);
        bytes
    }

    fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
        hay.windows(needle.len()).position(|w| w == needle)
    }
}
