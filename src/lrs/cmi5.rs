//! The network side of a cmi5 launch: the one POST to the fetch URL for the authorization
//! token, the GET of the `LMS.LaunchData` state document, and the registration's files in
//! the data folder (the ledger of sent statement ids and the verbs earlier sessions sent).
//! Statements go through [`super::send`] with `Authorization: Basic <token>`. Every request
//! goes through [`super::http`] (bounded time, no redirects); the token is never shown. The
//! fetch URL is tried once (it works once: a second try after a lost answer would only get
//! `error-code 1`); the state GET is tried again like any LRS request.

use std::path::{Path, PathBuf};

use callcoach_core::cohort::cmi5::{self, Launch, Prior};
use callcoach_core::records::store;

use super::{CONNECT_TIMEOUT, Lrs, REQUEST_TIMEOUT, http};

/// The largest answer read from the fetch URL or the state API.
const BODY_CAP: u64 = 1 << 20;

/// The fetch URL without its query (which may hold a one-time key): the form shown.
fn shown(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

fn read_body(resp: &mut ureq::http::Response<ureq::Body>) -> Result<String, String> {
    resp.body_mut()
        .with_config()
        .limit(BODY_CAP)
        .read_to_string()
        .map_err(|e| e.to_string())
}

/// The authorization token: one POST to the fetch URL (spec 8.2). An `error-code` answer
/// (the URL was used already, or expired) is an error saying to launch again from the LMS.
pub fn fetch_token(fetch: &str) -> Result<String, String> {
    let place = format!("cmi5 fetch URL {}", shown(fetch));
    let mut resp = http::agent(CONNECT_TIMEOUT)
        .post(fetch)
        .config()
        .timeout_per_call(Some(REQUEST_TIMEOUT))
        .build()
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("")
        .map_err(|e| format!("{place}: {e}"))?;
    let status = resp.status();
    let body = read_body(&mut resp).map_err(|e| format!("{place}: {e}"))?;
    if !status.is_success() {
        return Err(format!("{place}: the LMS answered {status}"));
    }
    let json: serde_json::Value = serde_json::from_str(&body)
        .map_err(|_| format!("{place}: the answer is not JSON (cmi5 8.2.1)"))?;
    if let Some(token) = json["auth-token"].as_str().filter(|t| !t.is_empty()) {
        return Ok(token.to_string());
    }
    let code = match &json["error-code"] {
        serde_json::Value::String(c) => c.clone(),
        serde_json::Value::Null => "none".to_string(),
        other => other.to_string(),
    };
    let meaning = match code.as_str() {
        "1" => "already used or expired",
        "2" => "a security error",
        "3" => "an application error",
        _ => "no auth-token",
    };
    let text = json["error-text"].as_str().unwrap_or_default();
    Err(format!(
        "{place}: the LMS gave no token (error-code {code}: {meaning}{}{text}); a fetch URL works once: launch the unit again from the LMS",
        if text.is_empty() { "" } else { ": " }
    ))
}

/// The `LMS.LaunchData` document of this launch, as text (spec 10).
pub fn launch_data(lrs: &Lrs, launch: &Launch) -> Result<String, String> {
    let url = format!(
        "{}/activities/state?stateId={}&activityId={}&agent={}&registration={}",
        lrs.endpoint,
        cmi5::LAUNCH_DATA_STATE_ID,
        cmi5::encode(&launch.activity_id),
        cmi5::encode(&launch.actor.to_string()),
        cmi5::encode(&launch.registration),
    );
    let place = format!(
        "{}/activities/state ({})",
        lrs.endpoint,
        cmi5::LAUNCH_DATA_STATE_ID
    );
    let agent = http::agent(lrs.connect_timeout);
    let mut retries = 0;
    http::bounded(lrs, &mut retries, |timeout| {
        match http::prepare(lrs, agent.get(&url), timeout).call() {
            Ok(resp) if resp.status().as_u16() == 404 => Err((
                false,
                "the LMS holds no launch data for this registration and unit (404): launch the \
                 unit again from the LMS"
                    .to_string(),
            )),
            Ok(mut resp) if resp.status().is_success() => {
                read_body(&mut resp).map_err(|e| (true, lrs.scrub(&e)))
            }
            Ok(resp) if resp.status().is_client_error() || resp.status().is_redirection() => {
                Err((false, format!("the LMS answered {}", resp.status())))
            }
            Ok(resp) => Err((true, format!("the LMS answered {}", resp.status()))),
            Err(e) => Err((true, lrs.describe(&e, timeout))),
        }
    })
    .map_err(|f| format!("{place}: {} (after {} attempt(s))", f.why, f.attempts))
}

/// The folder of a registration's files in the data folder (`cmi5/<registration>/`).
pub fn registration_dir(data: &Path, registration: &str) -> PathBuf {
    data.join("cmi5").join(registration)
}

/// The ledger of statement ids the LMS confirmed for a registration.
pub fn ledger_path(data: &Path, registration: &str) -> PathBuf {
    registration_dir(data, registration).join("sent.log")
}

fn verbs_path(data: &Path, registration: &str) -> PathBuf {
    registration_dir(data, registration).join("verbs.log")
}

/// What earlier sessions of the registration had confirmed (`passed`, `completed`).
pub fn prior(data: &Path, registration: &str) -> Result<Prior, String> {
    let path = verbs_path(data, registration);
    let text = store::read_log(&path, BODY_CAP)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .unwrap_or_default();
    Ok(Prior {
        passed: text.lines().any(|l| l == "passed"),
        completed: text.lines().any(|l| l == "completed"),
    })
}

/// Notes the verbs of statements the LMS confirmed, for the registration's later sessions.
pub fn note_verbs(data: &Path, registration: &str, verbs: &[&str]) -> Result<(), String> {
    use std::io::Write;
    let path = verbs_path(data, registration);
    let mut file =
        store::open_log_for_append(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let lines: String = verbs.iter().map(|v| format!("{v}\n")).collect();
    file.write_all(lines.as_bytes())
        .and_then(|_| file.sync_data())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Creates a registration's folder.
pub fn create_registration_dir(data: &Path, registration: &str) -> Result<(), String> {
    let dir = registration_dir(data, registration);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_in_the_header_and_in_no_message() {
        let lms = Lrs::with_authorization("http://lms/xapi/", "Basic c2VjcmV0LXRva2Vu".into());
        assert_eq!(lms.endpoint, "http://lms/xapi");
        assert_eq!(lms.authorization.as_deref(), Some("Basic c2VjcmV0LXRva2Vu"));
        assert!(!format!("{lms:?}").contains("c2VjcmV0LXRva2Vu"));
        assert_eq!(lms.scrub("got c2VjcmV0LXRva2Vu back"), "got *** back");
        // The fetch URL is shown without its query, which may hold a one-time key.
        assert_eq!(shown("http://lms/fetch?key=k1#x"), "http://lms/fetch");
    }

    #[test]
    fn a_registration_remembers_what_its_sessions_sent() {
        let data = tempfile::tempdir().expect("tempdir");
        let reg = "0b6a2d4e-6f10-4c2a-9d3e-1a2b3c4d5e6f";
        create_registration_dir(data.path(), reg).expect("dir");
        assert_eq!(prior(data.path(), reg), Ok(Prior::default()));
        note_verbs(data.path(), reg, &["completed"]).expect("noted");
        let p = prior(data.path(), reg).expect("read");
        assert!(p.completed && !p.passed);
    }
}
