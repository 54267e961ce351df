//! xAPI 1.0.3 statements from session records, and sending them to a Learning Record Store.
//!
//! - One `answered` statement per choice, one `passed`/`failed` statement per finished call
//!   with `result.score` (raw, min, max, scaled), `result.success` and `result.completion`.
//! - Actor: an account (`homePage` = the configured base, `name` = the trainee id).
//! - Activities: `<base>/scenarios/<id>/v<version>` and `…/nodes/<node>` for choices.
//! - Statement ids are UUID v5 of the record id and the statement's place in it, so
//!   re-exporting a record gives the same ids; an LRS stores a repeated id once.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::record::SessionRecord;

/// The xAPI version this module speaks.
pub const XAPI_VERSION: &str = "1.0.3";

/// Default base of actor home pages and activity ids (a reserved domain: set your own).
pub const DEFAULT_BASE: &str = "https://callcoach.invalid";

/// Namespace for statement ids (UUID v5).
const NAMESPACE: Uuid = Uuid::from_u128(0x6a1c_2f0e_8d7b_4c55_9e3a_0b1d_2c3e_4f50);

fn verb(name: &str) -> Value {
    json!({ "id": format!("http://adlnet.gov/expapi/verbs/{name}"), "display": { "en-US": name } })
}

fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn duration(ms: i64) -> String {
    format!("PT{}.{:03}S", ms.max(0) / 1000, ms.max(0) % 1000)
}

/// The statement id for a part of a record.
pub fn statement_id(record_id: &str, part: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{record_id}/{part}").as_bytes())
}

/// The activity id of a scenario version.
pub fn scenario_activity(base: &str, scenario: &str, version: u32) -> String {
    format!(
        "{}/scenarios/{scenario}/v{version}",
        base.trim_end_matches('/')
    )
}

/// All statements of one record, in order.
pub fn statements(record: &SessionRecord, base: &str) -> Vec<Value> {
    let base = base.trim_end_matches('/');
    let actor = json!({
        "objectType": "Agent",
        "name": record.trainee,
        "account": { "homePage": base, "name": record.trainee },
    });
    let scenario = scenario_activity(base, &record.scenario, record.version);
    let registration = statement_id(&record.id, "registration").to_string();
    let context = |extra: Option<&str>| {
        let mut c = json!({
            "registration": registration,
            "language": record.locale,
            "platform": "callcoach",
            "extensions": { format!("{base}/xapi/seed"): record.seed, format!("{base}/xapi/content-hash"): record.content_hash },
        });
        if let Some(parent) = extra {
            c["contextActivities"] =
                json!({ "parent": [{ "id": parent, "objectType": "Activity" }] });
        }
        c
    };
    let mut out = Vec::with_capacity(record.turns.len() + 1);
    let mut at = record.started_at;
    for (i, turn) in record.turns.iter().enumerate() {
        at += chrono::Duration::milliseconds(turn.millis as i64);
        let response = turn.pick.clone().unwrap_or_default();
        out.push(json!({
            "id": statement_id(&record.id, &format!("turn/{}", i + 1)).to_string(),
            "actor": actor,
            "verb": verb("answered"),
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario}/nodes/{}", turn.node),
                "definition": {
                    "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                    "name": { "en-US": format!("{} — {}", record.scenario, turn.node) },
                    "interactionType": "choice",
                    "choices": turn.shown.iter().map(|c| json!({ "id": c, "description": { "en-US": c } })).collect::<Vec<_>>(),
                },
            },
            "result": { "response": response, "duration": duration(turn.millis as i64) },
            "context": context(Some(&scenario)),
            "timestamp": timestamp(at),
        }));
    }
    let overall = record.scores.overall as f64;
    let mut extensions = serde_json::Map::new();
    for d in &record.scores.dimensions {
        extensions.insert(
            format!("{base}/xapi/score/{}", d.dimension.key()),
            json!(d.score),
        );
    }
    extensions.insert(format!("{base}/xapi/outcome"), json!(record.outcome.key()));
    extensions.insert(
        format!("{base}/xapi/critical-breach"),
        json!(record.scores.critical_breach),
    );
    out.push(json!({
        "id": statement_id(&record.id, "result").to_string(),
        "actor": actor,
        "verb": verb(if record.passed { "passed" } else { "failed" }),
        "object": {
            "objectType": "Activity",
            "id": scenario,
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/simulation",
                "name": { "en-US": record.scenario },
            },
        },
        "result": {
            "score": { "raw": overall, "min": 0.0, "max": 100.0, "scaled": overall / 100.0 },
            "success": record.passed,
            "completion": true,
            "duration": duration((record.ended_at - record.started_at).num_milliseconds()),
            "extensions": extensions,
        },
        "context": context(None),
        "timestamp": timestamp(record.ended_at),
    }));
    out
}

/// Where and how to send statements.
#[derive(Debug, Clone)]
pub struct Lrs {
    /// The LRS endpoint (its statements resource is `<endpoint>/statements`).
    pub endpoint: String,
    /// `Authorization` header value, if any (Basic from the environment).
    pub authorization: Option<String>,
    pub batch: usize,
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
    pub sent: usize,
    pub already_sent: usize,
    pub retries: u32,
}

/// The ledger of statement ids an LRS has confirmed, so a later run sends nothing twice.
pub fn ledger_path(data: &Path) -> PathBuf {
    data.join("xapi-sent.log")
}

/// Sends statements in batches, retrying failed batches with backoff. Ids the ledger lists
/// are skipped; each confirmed batch is appended to the ledger (and synced) before the next.
pub fn send(lrs: &Lrs, statements: &[Value], ledger: &Path) -> Result<SendReport, String> {
    let done: std::collections::HashSet<String> = std::fs::read_to_string(ledger)
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
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(ledger)
            .map_err(|e| format!("{}: {e}", ledger.display()))?;
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

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(statement_id("r1", "result"), statement_id("r1", "result"));
        assert_ne!(statement_id("r1", "result"), statement_id("r2", "result"));
        assert_ne!(statement_id("r1", "turn/1"), statement_id("r1", "turn/2"));
        assert_eq!(statement_id("r1", "x").get_version_num(), 5);
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(duration(12_345), "PT12.345S");
        assert_eq!(duration(-5), "PT0.000S");
    }
}
