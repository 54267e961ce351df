//! Delivery of xAPI statements to a Learning Record Store over HTTP: batches, retries with
//! backoff, and a ledger of confirmed ids so that a later run sends nothing twice. The
//! statements themselves come from the core (`callcoach_core::cohort::xapi`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use callcoach_core::cohort::xapi::XAPI_VERSION;
use callcoach_core::records::store;
use serde_json::Value;

/// Where and how to send statements.
#[derive(Debug, Clone)]
pub struct Lrs {
    /// The LRS endpoint (its statements resource is `<endpoint>/statements`).
    pub endpoint: String,
    /// `Authorization` header value, if any (Basic from the environment).
    pub authorization: Option<String>,
    /// Statements per request.
    pub batch: usize,
    /// Tries per batch before giving up on a retryable failure.
    pub attempts: u32,
    /// Backoff before the second attempt; doubles after each failure.
    pub backoff: Duration,
}

impl Lrs {
    /// An LRS with Basic credentials from `CALLCOACH_LRS_USER` / `CALLCOACH_LRS_PASSWORD`.
    pub fn from_env(endpoint: &str) -> Lrs {
        let user = std::env::var("CALLCOACH_LRS_USER").ok();
        let password = std::env::var("CALLCOACH_LRS_PASSWORD").unwrap_or_default();
        Lrs {
            endpoint: endpoint.trim_end_matches('/').to_string(),
            authorization: user.map(|u| {
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(format!("{u}:{password}"))
                )
            }),
            batch: 50,
            attempts: 5,
            backoff: Duration::from_millis(500),
        }
    }
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
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into();
    let url = format!("{}/statements", lrs.endpoint);
    for batch in pending.chunks(lrs.batch.max(1)) {
        let body = serde_json::to_string(batch).map_err(|e| e.to_string())?;
        let mut wait = lrs.backoff;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut req = agent
                .post(&url)
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
                Ok(resp) => Err((true, format!("the LRS answered {}", resp.status()))),
                Err(e) => Err((true, e.to_string())),
            };
            match outcome {
                Ok(()) => break,
                Err((retry, why)) if retry && attempt < lrs.attempts => {
                    report.retries += 1;
                    std::thread::sleep(wait);
                    wait *= 2;
                    let _ = why;
                }
                Err((_, why)) => {
                    return Err(format!(
                        "{url}: {why} (after {attempt} attempt(s); {} statement(s) sent before this)",
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
