//! Delivery of xAPI statements to a Learning Record Store over HTTP: batches, retries with
//! backoff, and a ledger of confirmed ids per LRS ([`ledger`]) so that a later run sends
//! nothing twice. The statements themselves come from the core (`callcoach_core::cohort::xapi`).
//!
//! **Faults lose nothing.** Each batch the LRS confirmed is in the ledger before the next is
//! sent, so a send cut short (the LRS stopped, too slow, refusing) says what happened and how
//! many were confirmed, and the same command run again sends the rest. A batch whose answer
//! was lost may have been stored: sent again, a conformant LRS answers 204 (or leaves those ids
//! out of its 200) and stores nothing twice; the summary counts them as held already.
//! 5xx, 408 and 429 answers and connection failures are tried again; other 4xx are not, and
//! 401/403 say the credentials were refused (never showing them).
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
pub mod http;
pub mod ledger;

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use base64::Engine;
use callcoach_core::cohort::safe::terminal;
use serde_json::Value;

pub use ledger::{ledger_for, retire_legacy_ledger};

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
    /// The user name, if any: part of which LRS (store) the ledger is for, never shown.
    user: Option<String>,
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
        let user = credentials.as_ref().map(|(u, _)| u.clone());
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
            user,
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
            ureq::Error::Io(io) => match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "the connection was refused (is the LRS running and listening there?)"
                        .to_string()
                }
                std::io::ErrorKind::ConnectionReset
                | std::io::ErrorKind::ConnectionAborted
                | std::io::ErrorKind::BrokenPipe
                | std::io::ErrorKind::UnexpectedEof => format!(
                    "the connection closed before an answer ({})",
                    self.scrub(&io.to_string())
                ),
                _ => self.scrub(&e.to_string()),
            },
            ureq::Error::HostNotFound => "host not found (check the address)".to_string(),
            other => self.scrub(&other.to_string()),
        }
    }

    /// Why the LRS did not take a batch, from its answer; and whether trying again can help.
    fn refusal(&self, status: ureq::http::StatusCode, body: &str, batch: usize) -> (bool, String) {
        let code = status.as_u16();
        match code {
            401 if self.authorization.is_none() => (
                false,
                format!(
                    "the LRS asks for credentials ({status}): set CALLCOACH_LRS_USER and \
                     CALLCOACH_LRS_PASSWORD"
                ),
            ),
            401 => (
                false,
                format!(
                    "the LRS refused the credentials ({status}): check CALLCOACH_LRS_USER and \
                     CALLCOACH_LRS_PASSWORD (or the user:password@ in the URL)"
                ),
            ),
            403 => (
                false,
                format!(
                    "the LRS refused these credentials the right to write statements ({status}): \
                     ask its administrator for write access"
                ),
            ),
            // The LRS already holds these ids with other content: retrying cannot help.
            409 => (
                false,
                format!(
                    "409 Conflict: the LRS holds different statements with these ids{}",
                    self.detail(body)
                ),
            ),
            413 => (
                false,
                format!("the LRS refused a batch of {batch} statement(s) as too large ({status})"),
            ),
            // Busy or timed out on its side: worth another try.
            408 | 429 => (true, format!("the LRS answered {status}")),
            300..=399 => (
                false,
                format!(
                    "the LRS answered {status} (a redirect, not followed: give the address it names)"
                ),
            ),
            400..=499 => (
                false,
                format!(
                    "the LRS refused the statements: {status}{}",
                    self.detail(body)
                ),
            ),
            _ => (true, format!("the LRS answered {status}")),
        }
    }

    /// `: <what the LRS said>` from an error body (its `detail` if JSON), on one line, at most
    /// 300 characters, scrubbed and safe for a terminal; empty when it said nothing.
    fn detail(&self, body: &str) -> String {
        let said = match serde_json::from_str::<Value>(body) {
            Ok(Value::Object(o)) if o.contains_key("detail") => match &o["detail"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
            _ => body.to_string(),
        };
        let line: String = said.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut short: String = line.chars().take(300).collect();
        if short.len() < line.len() {
            short.push('…');
        }
        if short.is_empty() {
            return String::new();
        }
        format!(": {}", terminal(&self.scrub(&short)))
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
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// What a send did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendReport {
    /// Statements the LRS confirmed in this run.
    pub sent: usize,
    /// Of those, the ones the LRS said it held already (a 204, or ids left out of a 200):
    /// sent again after a lost ledger or a lost answer, stored once.
    pub held_already: usize,
    /// Statements skipped because the ledger lists them.
    pub already_sent: usize,
    /// Failed attempts that were tried again.
    pub retries: u32,
}

impl SendReport {
    /// The line the CLI prints after a send to `endpoint`.
    pub fn summary(&self, endpoint: &str) -> String {
        let held = if self.held_already > 0 {
            format!(
                "{} of them it held already, stored once; ",
                self.held_already
            )
        } else {
            String::new()
        };
        format!(
            "sent {} statement(s) to {endpoint} ({held}{} skipped as its ledger lists them, {} retries)",
            self.sent, self.already_sent, self.retries
        )
    }
}

/// Of a batch the LRS took with `status`, how many it held already: all on a 204; on a 200
/// with the list of ids it stored (as Ralph answers), those left out; else (no list, or an
/// empty one, which says nothing) none known.
fn held_of(status: u16, body: &str, batch: &[&Value]) -> usize {
    if status == 204 {
        return batch.len();
    }
    let Ok(stored) = serde_json::from_str::<Vec<String>>(body) else {
        return 0;
    };
    if stored.is_empty() {
        return 0;
    }
    let stored: HashSet<&str> = stored.iter().map(String::as_str).collect();
    batch
        .iter()
        .filter(|s| s["id"].as_str().is_some_and(|id| !stored.contains(id)))
        .count()
}

/// Sends statements in batches, retrying failed batches with backoff. Ids the ledger lists
/// are skipped; each confirmed batch is appended to the ledger (and synced) before the next.
/// The ledger of an LRS in a data folder is [`ledger_for`]`(data, lrs)`.
pub fn send(lrs: &Lrs, statements: &[Value], ledger: &Path) -> Result<SendReport, String> {
    let done = ledger::read(ledger)?;
    let pending: Vec<&Value> = statements
        .iter()
        .filter(|s| !s["id"].as_str().is_some_and(|id| done.contains(id)))
        .collect();
    let mut report = SendReport {
        sent: 0,
        held_already: 0,
        already_sent: statements.len() - pending.len(),
        retries: 0,
    };
    let agent = http::agent(lrs.connect_timeout);
    let url = format!("{}/statements", lrs.endpoint);
    for batch in pending.chunks(lrs.batch.max(1)) {
        let body = serde_json::to_string(batch).map_err(|e| e.to_string())?;
        let tried = http::bounded(lrs, &mut report.retries, |timeout| {
            let req = http::prepare(lrs, agent.post(&url), timeout)
                .header("Content-Type", "application/json");
            match req.send(&body) {
                Ok(mut resp) => {
                    let status = resp.status();
                    // What the LRS said (the stored ids, or why not); a lost body says nothing.
                    let said = resp
                        .body_mut()
                        .with_config()
                        .limit(1 << 20)
                        .read_to_string()
                        .unwrap_or_default();
                    if status.is_success() {
                        Ok(held_of(status.as_u16(), &said, batch))
                    } else {
                        Err(lrs.refusal(status, &said, batch.len()))
                    }
                }
                Err(e) => Err((true, lrs.describe(&e, timeout))),
            }
        });
        let held = match tried {
            Ok(held) => held,
            Err(f) => {
                let gave_up = if f.out_of_time {
                    format!(
                        "; gave up at the {} s deadline for a batch",
                        secs(lrs.deadline)
                    )
                } else {
                    String::new()
                };
                let rest = pending.len() - report.sent;
                let again = if f.retryable {
                    "the same command run again"
                } else {
                    "the same command run again, once that is fixed,"
                };
                let next = if report.sent == 0 {
                    format!("{again} sends all {rest}")
                } else {
                    format!(
                        "the ledger {} lists the {} the LRS confirmed, and {again} sends the other {rest}",
                        ledger.display(),
                        report.sent
                    )
                };
                return Err(format!(
                    "LRS {url}: {} (after {} attempt(s){gave_up}; {} statement(s) sent before this). \
                     Nothing is lost: {next}",
                    f.why, f.attempts, report.sent
                ));
            }
        };
        let ids = batch.iter().filter_map(|s| s["id"].as_str());
        ledger::append(ledger, &lrs.endpoint, ids)?;
        report.sent += batch.len();
        report.held_already += held;
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
        let ledger = tempfile::tempdir().expect("tempdir");
        let err = send(&lrs, &statement(), &ledger.path().join("sent.log")).unwrap_err();
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

    #[test]
    fn what_the_lrs_held_already_is_read_from_its_answer() {
        let batch: Vec<Value> = ["a", "b", "c"]
            .iter()
            .map(|id| serde_json::json!({ "id": id }))
            .collect();
        let batch: Vec<&Value> = batch.iter().collect();
        assert_eq!(held_of(204, "", &batch), 3);
        assert_eq!(held_of(200, r#"["b"]"#, &batch), 2);
        assert_eq!(held_of(200, r#"["a","b","c"]"#, &batch), 0);
        // An empty list or no list says nothing about what it held.
        assert_eq!(held_of(200, "[]", &batch), 0);
        assert_eq!(held_of(200, "", &batch), 0);
        assert_eq!(held_of(200, r#"{"ok":true}"#, &batch), 0);
    }

    #[test]
    fn refusals_say_what_to_do_and_only_busy_or_failing_lrss_are_tried_again() {
        use ureq::http::StatusCode;
        let with = Lrs::new("http://h/x", Some("coord".into()), Some("hunter22".into()));
        let without = Lrs::new("http://h/x", None, None);
        let status = |c| StatusCode::from_u16(c).unwrap();
        let (retry, why) = with.refusal(status(401), "", 50);
        assert!(!retry);
        assert!(
            why.starts_with(
                "the LRS refused the credentials (401 Unauthorized): check CALLCOACH_LRS_USER"
            ),
            "{why}"
        );
        let (_, why) = without.refusal(status(401), "", 50);
        assert!(
            why.starts_with("the LRS asks for credentials (401 Unauthorized)"),
            "{why}"
        );
        let (retry, why) = with.refusal(status(403), "", 50);
        assert!(
            !retry && why.contains("right to write statements (403 Forbidden)"),
            "{why}"
        );
        for busy in [408, 429, 500, 502, 503] {
            assert!(with.refusal(status(busy), "", 50).0, "{busy}");
        }
        for final_answer in [301, 400, 404, 409, 413, 422] {
            assert!(
                !with.refusal(status(final_answer), "", 50).0,
                "{final_answer}"
            );
        }
        assert_eq!(
            with.refusal(status(413), "", 50).1,
            "the LRS refused a batch of 50 statement(s) as too large (413 Payload Too Large)"
        );
        // What the LRS said comes along, on one line, without a secret or a control character.
        let body = r#"{"detail": "bad  statement\nfrom coord:hunter22 \u001b[2J"}"#;
        let (_, why) = with.refusal(status(400), body, 50);
        assert_eq!(
            why,
            "the LRS refused the statements: 400 Bad Request: bad statement from *** \\u{1b}[2J"
        );
        let long = "x".repeat(500);
        let (_, why) = with.refusal(status(422), &long, 50);
        assert!(why.ends_with(&format!(": {}…", "x".repeat(300))), "{why}");
    }

    #[test]
    fn the_summary_counts_what_the_lrs_held_only_when_it_held_some() {
        let mut r = SendReport {
            sent: 120,
            held_already: 0,
            already_sent: 30,
            retries: 2,
        };
        assert_eq!(
            r.summary("http://h/x"),
            "sent 120 statement(s) to http://h/x (30 skipped as its ledger lists them, 2 retries)"
        );
        r.held_already = 50;
        assert_eq!(
            r.summary("http://h/x"),
            "sent 120 statement(s) to http://h/x (50 of them it held already, stored once; 30 skipped as its ledger lists them, 2 retries)"
        );
    }
}
