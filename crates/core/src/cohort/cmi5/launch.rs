//! The cmi5 launch URL (spec 8.1): its five parameters, read and checked.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde_json::Value;
use uuid::Uuid;

/// The five parameters of a cmi5 launch URL (spec 8.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The LMS's xAPI endpoint (statements and state go to `<endpoint>/…`).
    pub endpoint: String,
    /// The one-time URL that gives the authorization token (POST).
    pub fetch: String,
    /// The learner: an xAPI Agent with an `account`.
    pub actor: Value,
    /// The registration (a UUID) every statement carries.
    pub registration: String,
    /// The AU's activity id: the object of every cmi5-defined statement.
    pub activity_id: String,
}

impl Launch {
    /// The learner's account name (the trainee id of the record, unless told otherwise).
    pub fn account_name(&self) -> &str {
        self.actor["account"]["name"].as_str().unwrap_or_default()
    }
}

/// Reads a cmi5 launch URL: `…?endpoint=…&fetch=…&actor=…&registration=…&activityId=…`.
/// Every parameter is required; the error names the one missing or malformed.
pub fn parse_launch_url(url: &str) -> Result<Launch, String> {
    let query = url
        .split_once('?')
        .map(|(_, q)| q.split('#').next().unwrap_or_default())
        .ok_or_else(|| {
            "the launch URL has no query string: cmi5 needs endpoint, fetch, actor, registration and activityId".to_string()
        })?;
    let mut params = std::collections::BTreeMap::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        params.entry(decode(k)).or_insert_with(|| decode(v));
    }
    let mut get = |name: &str| {
        params
            .remove(name)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| format!("the launch URL has no \"{name}\" parameter (cmi5 8.1): launch callcoach from the LMS, or copy the whole launch URL"))
    };
    let endpoint = get("endpoint")?;
    let fetch = get("fetch")?;
    let actor_text = get("actor")?;
    let registration = get("registration")?;
    let activity_id = get("activityId")?;
    for (name, value) in [("endpoint", &endpoint), ("fetch", &fetch)] {
        if !(value.starts_with("http://") || value.starts_with("https://")) {
            return Err(format!(
                "the launch URL's \"{name}\" is not an http(s) URL: {value:?}"
            ));
        }
    }
    let actor: Value = serde_json::from_str(&actor_text)
        .map_err(|e| format!("the launch URL's \"actor\" is not JSON ({e})"))?;
    let account = &actor["account"];
    if !actor.is_object()
        || !account["homePage"].is_string()
        || account["name"].as_str().is_none_or(str::is_empty)
    {
        return Err(
            "the launch URL's \"actor\" is not an Agent with an account (homePage and name, cmi5 9.2)"
                .to_string(),
        );
    }
    let registration = Uuid::parse_str(&registration)
        .map_err(|_| format!("the launch URL's \"registration\" is not a UUID: {registration:?}"))?
        .hyphenated()
        .to_string();
    Ok(Launch {
        endpoint: endpoint.trim_end_matches('/').to_string(),
        fetch,
        actor,
        registration,
        activity_id,
    })
}

/// Everything but the unreserved characters of RFC 3986 (`A-Z a-z 0-9 - _ . ~`).
const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A query component decoded: `+` is a space, `%XX` a byte (invalid UTF-8 replaced).
fn decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// A text percent-encoded for a URL's query (everything but unreserved characters).
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, QUERY_COMPONENT).to_string()
}
