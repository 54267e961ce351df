//! Delivery of xAPI statements to a Learning Record Store over HTTP: batches, retries with
//! backoff, and a ledger of confirmed ids so that a later run sends nothing twice. The
//! statements themselves come from the core (`callcoach_core::cohort::xapi`).
//!
//! **Bounded time.** An LRS that accepts the connection and never answers cost 161 s (five
//! tries of 30 s plus backoff). Now each try has [`CONNECT_TIMEOUT`] to connect and
//! [`REQUEST_TIMEOUT`] in all, and a batch's tries together stop at [`BATCH_DEADLINE`], so
//! an LRS that never answers fails the send within 20 s, naming the LRS and the timeout.
//! A slow LRS that does answer only costs 20 s per batch at worst, and every confirmed batch
//! is in the ledger before the next.
//!
//! **No secret shown.** Credentials written in the URL (`https://user:secret@host/xapi`) are
//! taken out of it into the `Authorization` header; the endpoint shown in the success line
//! and in every error is the URL without them, and error texts are scrubbed of the password
//! and the header value besides. `CALLCOACH_LRS_USER` / `CALLCOACH_LRS_PASSWORD` are never
//! printed.

pub mod cmi5;
pub mod fetch;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine;
use callcoach_core::cohort::xapi::XAPI_VERSION;
use callcoach_core::records::store;
use serde_json::Value;

/// Time to set up a connection (DNS, TCP, TLS) to the LRS.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Time for one request, from DNS to the answer's headers.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for all the tries of one batch, backoff included.
pub const BATCH_DEADLINE: Duration = Duration::from_secs(20);

/// Where and how to send statements.
#[derive(Clone)]
pub struct Lrs {
    /// The LRS endpoint without credentials (its statements resource is
    /// `<endpoint>/statements`): the only form of the URL ever shown.
    pub endpoint: String,
    /// `Authorization` header value, if any (Basic, from the environment or the URL).
    pub authorization: Option<String>,
    /// Texts no message may show (the password, the header value).
    secrets: Vec<String>,
    /// Statements per request.
    pub batch: usize,
    /// Tries per batch before giving up on a retryable failure.
    pub attempts: u32,
    /// Backoff before the second attempt; doubles after each failure.
    pub backoff: Duration,
    /// See [`CONNECT_TIMEOUT`].
    pub connect_timeout: Duration,
    /// See [`REQUEST_TIMEOUT`].
    pub request_timeout: Duration,
    /// See [`BATCH_DEADLINE`].
    pub deadline: Duration,
}

/// Debug without the credentials (an `Lrs` in a panic message or a log shows none).
impl std::fmt::Debug for Lrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lrs")
            .field("endpoint", &self.endpoint)
            .field("authorization", &self.authorization.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

impl Lrs {
    /// An LRS with Basic credentials from `CALLCOACH_LRS_USER` / `CALLCOACH_LRS_PASSWORD`,
    /// else from the URL's `user:password@`, if either gives them.
    pub fn from_env(endpoint: &str) -> Lrs {
        Lrs::new(
            endpoint,
            std::env::var("CALLCOACH_LRS_USER").ok(),
            std::env::var("CALLCOACH_LRS_PASSWORD").ok(),
        )
    }

    /// An LRS at `endpoint` with these credentials (else the URL's), and the default bounds.
    pub fn new(endpoint: &str, user: Option<String>, password: Option<String>) -> Lrs {
        let (endpoint, in_url) = split_userinfo(endpoint.trim_end_matches('/'));
        let mut secrets = Vec::new();
        let credentials = match (user, in_url) {
            (Some(u), _) => Some((u, password.unwrap_or_default())),
            (None, Some((u, p))) => Some((u, p)),
            (None, None) => None,
        };
        let authorization = credentials.map(|(u, p)| {
            let header = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            );
            secrets.push(format!("{u}:{p}"));
            secrets.push(p);
            secrets.push(header.clone());
            header
        });
        // Short texts would scrub ordinary words from a message; the URL no longer holds them.
        secrets.retain(|s| s.len() >= 4);
        Lrs {
            endpoint,
            authorization,
            secrets,
            batch: 50,
            attempts: 5,
            backoff: Duration::from_millis(500),
            connect_timeout: CONNECT_TIMEOUT,
            request_timeout: REQUEST_TIMEOUT,
            deadline: BATCH_DEADLINE,
        }
    }

    /// An LRS at `endpoint` with this `Authorization` header value (a cmi5 launch's
    /// `Basic <token>`), which no message shows; the default bounds.
    pub fn with_authorization(endpoint: &str, authorization: String) -> Lrs {
        let mut lrs = Lrs::new(endpoint, None, None);
        lrs.secrets
            .extend([authorization.clone(), authorization.replace("Basic ", "")]);
        lrs.authorization = Some(authorization);
        lrs
    }

    /// A text with every secret replaced by `***`.
    fn scrub(&self, text: &str) -> String {
        self.secrets.iter().fold(text.to_string(), |t, secret| {
            t.replace(secret.as_str(), "***")
        })
    }

    /// A failed request in words: which bound ran out, or what ureq says (scrubbed).
    fn describe(&self, e: &ureq::Error, timeout: Duration) -> String {
        match e {
            ureq::Error::Timeout(ureq::Timeout::Connect) => format!(
                "no connection within the {} s connect timeout",
                secs(self.connect_timeout)
            ),
            ureq::Error::Timeout(_) => {
                format!("no answer within the {} s request timeout", secs(timeout))
            }
            other => self.scrub(&other.to_string()),
        }
    }
}

/// Seconds to one decimal, without a trailing `.0` ("10", "0.3").
fn secs(d: Duration) -> String {
    let text = format!("{:.1}", d.as_secs_f64());
    text.strip_suffix(".0").map_or(text.clone(), str::to_string)
}

/// A URL without its `user:password@`, and the two percent-decoded if it had them.
fn split_userinfo(url: &str) -> (String, Option<(String, String)>) {
    let scheme_end = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return (url.to_string(), None);
    };
    let userinfo = &rest[..at];
    let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
    let bare = format!("{}{}", &url[..scheme_end], &rest[at + 1..]);
    (bare, Some((percent_decode(user), percent_decode(password))))
}

/// `%XX` escapes decoded (a password with `@` or `:` is written `%40`, `%3A` in a URL).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a send did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendReport {
    /// Statements the LRS confirmed in this run.
    pub sent: usize,
    /// Statements skipped because the ledger lists them.
    pub already_sent: usize,
    /// Failed attempts that were tried again.
    pub retries: u32,
}

/// The largest ledger read (a statement id is 37 bytes: over a million statements).
const LEDGER_CAP: u64 = 64 << 20;

/// The ledger of statement ids an LRS has confirmed, so a later run sends nothing twice.
pub fn ledger_path(data: &Path) -> PathBuf {
    data.join("xapi-sent.log")
}

/// Sends statements in batches, retrying failed batches with backoff. Ids the ledger lists
/// are skipped; each confirmed batch is appended to the ledger (and synced) before the next.
pub fn send(lrs: &Lrs, statements: &[Value], ledger: &Path) -> Result<SendReport, String> {
    let done: std::collections::HashSet<String> = store::read_log(ledger, LEDGER_CAP)
        .map_err(|e| format!("{}: cannot read the ledger: {e}", ledger.display()))?
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    let pending: Vec<&Value> = statements
        .iter()
        .filter(|s| !s["id"].as_str().is_some_and(|id| done.contains(id)))
        .collect();
    let mut report = SendReport {
        sent: 0,
        already_sent: statements.len() - pending.len(),
        retries: 0,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(lrs.connect_timeout))
        .http_status_as_error(false)
        // A redirect could carry the credentials to another host: say so instead.
        .max_redirects(0)
        .build()
        .into();
    let url = format!("{}/statements", lrs.endpoint);
    for batch in pending.chunks(lrs.batch.max(1)) {
        let body = serde_json::to_string(batch).map_err(|e| e.to_string())?;
        let mut wait = lrs.backoff;
        let mut attempt = 0;
        let started = Instant::now();
        loop {
            attempt += 1;
            // No try outlasts the batch's deadline.
            let timeout = lrs
                .request_timeout
                .min(lrs.deadline.saturating_sub(started.elapsed()))
                .max(Duration::from_millis(1));
            let mut req = agent
                .post(&url)
                .config()
                .timeout_per_call(Some(timeout))
                .build()
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Content-Type", "application/json");
            if let Some(auth) = &lrs.authorization {
                req = req.header("Authorization", auth);
            }
            let outcome = match req.send(&body) {
                Ok(resp) if resp.status().is_success() => Ok(()),
                // The LRS already holds these ids with other content: retrying cannot help.
                Ok(resp) if resp.status().as_u16() == 409 => Err((
                    false,
                    "409 Conflict: the LRS holds different statements with these ids".to_string(),
                )),
                Ok(resp) if resp.status().is_client_error() => Err((
                    false,
                    format!("the LRS refused the statements: {}", resp.status()),
                )),
                Ok(resp) if resp.status().is_redirection() => Err((
                    false,
                    format!(
                        "the LRS answered {} (a redirect, not followed: give the address it names)",
                        resp.status()
                    ),
                )),
                Ok(resp) => Err((true, format!("the LRS answered {}", resp.status()))),
                Err(e) => Err((true, lrs.describe(&e, timeout))),
            };
            let in_time = started.elapsed() + wait < lrs.deadline;
            match outcome {
                Ok(()) => break,
                Err((true, _)) if attempt < lrs.attempts && in_time => {
                    report.retries += 1;
                    std::thread::sleep(wait);
                    wait *= 2;
                }
                Err((retry, why)) => {
                    let gave_up = if retry && !in_time {
                        format!(
                            "; gave up at the {} s deadline for a batch",
                            secs(lrs.deadline)
                        )
                    } else {
                        String::new()
                    };
                    return Err(format!(
                        "LRS {url}: {why} (after {attempt} attempt(s){gave_up}; {} statement(s) sent before this)",
                        report.sent
                    ));
                }
            }
        }
        let mut file =
            store::open_log_for_append(ledger).map_err(|e| format!("{}: {e}", ledger.display()))?;
        let mut lines = String::new();
        for s in batch {
            if let Some(id) = s["id"].as_str() {
                lines.push_str(id);
                lines.push('\n');
            }
        }
        file.write_all(lines.as_bytes())
            .and_then(|_| file.sync_data())
            .map_err(|e| format!("{}: {e}", ledger.display()))?;
        report.sent += batch.len();
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A listener that accepts connections and never answers (kept open for the test).
    fn silent_lrs() -> (String, TcpListener) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/xapi", listener.local_addr().expect("address"));
        (url, listener)
    }

    fn statement() -> Vec<Value> {
        vec![serde_json::json!({"id": "6f0c2a52-0000-5000-8000-000000000001"})]
    }

    #[test]
    fn an_lrs_that_never_answers_fails_naming_the_lrs_and_the_timeout() {
        let (url, _listener) = silent_lrs();
        let mut lrs = Lrs::new(&url, None, None);
        lrs.request_timeout = Duration::from_millis(300);
        lrs.deadline = Duration::from_millis(1200);
        lrs.backoff = Duration::from_millis(50);
        let ledger = tempfile::tempdir().expect("tempdir");
        let err = send(&lrs, &statement(), &ledger.path().join("sent.log"))
            .expect_err("a silent LRS is an error");
        assert!(err.starts_with(&format!("LRS {url}/statements: ")), "{err}");
        assert!(err.contains("no answer within the "), "{err}");
        assert!(err.contains(" s request timeout"), "{err}");
        // Two tries of 0.3 s and their backoff fit the deadline, and the last is cut short.
        assert!(
            err.contains("gave up at the 1.2 s deadline for a batch"),
            "{err}"
        );
        assert!(!ledger.path().join("sent.log").exists());
    }

    #[test]
    fn the_tries_of_a_batch_stop_at_the_deadline_not_after_every_attempt() {
        let (url, _listener) = silent_lrs();
        let mut lrs = Lrs::new(&url, None, None);
        lrs.request_timeout = Duration::from_millis(400);
        lrs.deadline = Duration::from_millis(500);
        lrs.backoff = Duration::from_millis(200);
        let err = send(&lrs, &statement(), Path::new("/nonexistent/ledger")).unwrap_err();
        // One try (0.4 s) and the backoff (0.2 s) would pass the 0.5 s deadline: one attempt.
        assert!(err.contains("(after 1 attempt(s); gave up"), "{err}");
    }

    #[test]
    fn credentials_in_the_url_move_to_the_header_and_out_of_the_endpoint() {
        let lrs = Lrs::new("https://coord%40lrs:s3cr%3At@lrs.example/xapi/", None, None);
        assert_eq!(lrs.endpoint, "https://lrs.example/xapi");
        let expected = base64::engine::general_purpose::STANDARD.encode("coord@lrs:s3cr:t");
        assert_eq!(
            lrs.authorization.as_deref(),
            Some(format!("Basic {expected}").as_str())
        );
        assert!(!format!("{lrs:?}").contains("s3cr"));
        assert_eq!(
            lrs.scrub("refused s3cr:t and coord@lrs:s3cr:t"),
            "refused *** and ***"
        );
        // The environment's credentials win; a URL without userinfo is left alone.
        let lrs = Lrs::new(
            "http://host:8080/x?a=b@c",
            Some("u".into()),
            Some("pw12".into()),
        );
        assert_eq!(lrs.endpoint, "http://host:8080/x?a=b@c");
        assert_eq!(lrs.scrub("pw12"), "***");
        assert_eq!(
            split_userinfo("user:secret@host/xapi"),
            (
                "host/xapi".to_string(),
                Some(("user".into(), "secret".into()))
            )
        );
    }
}
