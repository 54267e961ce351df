//! cmi5 ("Quartz"): callcoach as an assignable unit (AU) an LMS launches. Everything here is
//! pure: the launch URL's parameters, the `LMS.LaunchData` state document, the scenario it
//! asks for, the cmi5-defined statements of a launch session, and the course structure
//! (`cmi5.xml`). Fetching the token and sending the statements is the binary's job
//! (`src/lrs/cmi5.rs`); see `docs/cmi5.md`.
//!
//! - **Session.** `initialized` is sent before the call, then, in `Normal` mode and when the
//!   call was finished, `passed` or `failed` and `completed`, then `terminated` (spec 9.3,
//!   10.2.2). `Browse` and `Review` send only `initialized` and `terminated`.
//! - **Registration.** At most one `passed` and one `completed` per registration, and no
//!   `failed` after a `passed` (spec 9.3): [`Prior`] says what earlier sessions sent.
//! - **Verdict.** With a `masteryScore`, `passed` iff the scaled score reaches it and no
//!   critical rule was broken (a broken critical rule fails the call whatever the score: that
//!   `failed` then carries no `score`, which would contradict the mastery score, spec 9.3.5,
//!   9.5.1; the score is in the result's extensions). Without one, the call's own verdict
//!   (every dimension at its pass mark, no critical breach).
//! - **moveOn** is the LMS's rule (spec 10.2.5: the AU MAY use it); callcoach sends what the
//!   spec obliges an AU to send and reports whether the session met the rule ([`move_on_met`]).

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::records::record::SessionRecord;

/// The category activity of every cmi5-defined statement (spec 9.6.2.1).
pub const CATEGORY_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The category activity of cmi5-defined statements with `success` or `completion` (9.6.2.2).
pub const CATEGORY_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The session id context extension (spec 9.6.3.1).
pub const EXT_SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// The mastery score context extension (spec 9.6.3.2).
pub const EXT_MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The state id of the LMS's launch data (spec 10.1).
pub const LAUNCH_DATA_STATE_ID: &str = "LMS.LaunchData";
/// The namespace of the course structure XML (spec 13).
pub const COURSE_STRUCTURE_XMLNS: &str =
    "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/// Namespace for cmi5 statement ids (UUID v5 of the session id and the verb).
const NAMESPACE: Uuid = Uuid::from_u128(0x0c3a_5e1d_7f42_4b8e_a6c1_92d4_e0f3_5b71);

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

/// A query component decoded: `+` is a space, `%XX` a byte (invalid UTF-8 replaced).
fn decode(text: &str) -> String {
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
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A text percent-encoded for a URL's query (everything but unreserved characters).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// How the LMS launched the AU (spec 10.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchMode {
    /// Satisfaction-related statements are recorded.
    Normal,
    /// Look around without judgement: only `initialized` and `terminated`.
    Browse,
    /// Revisit finished material: only `initialized` and `terminated`.
    Review,
}

/// The LMS's rule for when the AU is satisfied (spec 13.1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveOn {
    Passed,
    Completed,
    CompletedAndPassed,
    CompletedOrPassed,
    NotApplicable,
}

impl MoveOn {
    /// Every value, as the course structure spells them.
    pub const ALL: [MoveOn; 5] = [
        MoveOn::Passed,
        MoveOn::Completed,
        MoveOn::CompletedAndPassed,
        MoveOn::CompletedOrPassed,
        MoveOn::NotApplicable,
    ];

    /// The value as the spec spells it.
    pub fn key(self) -> &'static str {
        match self {
            MoveOn::Passed => "Passed",
            MoveOn::Completed => "Completed",
            MoveOn::CompletedAndPassed => "CompletedAndPassed",
            MoveOn::CompletedOrPassed => "CompletedOrPassed",
            MoveOn::NotApplicable => "NotApplicable",
        }
    }

    /// The value from its spelling.
    pub fn parse(text: &str) -> Option<MoveOn> {
        MoveOn::ALL.into_iter().find(|m| m.key() == text)
    }
}

/// Whether a registration that has `passed` and `completed` (in this or an earlier session)
/// meets the rule.
pub fn move_on_met(rule: MoveOn, passed: bool, completed: bool) -> bool {
    match rule {
        MoveOn::Passed => passed,
        MoveOn::Completed => completed,
        MoveOn::CompletedAndPassed => passed && completed,
        MoveOn::CompletedOrPassed => passed || completed,
        MoveOn::NotApplicable => true,
    }
}

/// The `LMS.LaunchData` state document (spec 10.2), as much as callcoach uses.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchData {
    /// The context every statement starts from (session id and publisher grouping inside).
    pub context_template: Value,
    pub launch_mode: LaunchMode,
    /// What the course structure (or the LMS) gives the AU: here, the scenario to play.
    pub launch_parameters: Option<String>,
    /// The scaled score that passes (0–1).
    pub mastery_score: Option<f64>,
    pub move_on: MoveOn,
    /// Where a browser AU would send the learner at the end.
    pub return_url: Option<String>,
    /// The session id the LMS put in the context template (spec 9.6.3.1).
    pub session_id: String,
}

/// Reads the `LMS.LaunchData` document; the error names the property that is wrong.
pub fn parse_launch_data(text: &str) -> Result<LaunchData, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("LMS.LaunchData is not JSON ({e})"))?;
    let template = doc
        .get("contextTemplate")
        .filter(|t| t.is_object())
        .cloned()
        .ok_or("LMS.LaunchData has no contextTemplate object (cmi5 10.2.1)")?;
    let session_id = template["extensions"][EXT_SESSION_ID]
        .as_str()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            format!("LMS.LaunchData's contextTemplate has no session id (extension {EXT_SESSION_ID}, cmi5 10.2.1)")
        })?
        .to_string();
    let launch_mode = match doc["launchMode"].as_str() {
        Some("Normal") => LaunchMode::Normal,
        Some("Browse") => LaunchMode::Browse,
        Some("Review") => LaunchMode::Review,
        other => {
            return Err(format!(
                "LMS.LaunchData's launchMode is {other:?}, not one of Normal, Browse, Review (cmi5 10.2.2)"
            ));
        }
    };
    let move_on = match doc["moveOn"].as_str() {
        Some(m) => MoveOn::parse(m).ok_or_else(|| {
            format!("LMS.LaunchData's moveOn {m:?} is not one of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable")
        })?,
        None => return Err("LMS.LaunchData has no moveOn (cmi5 10.2.5)".to_string()),
    };
    let mastery_score = match &doc["masteryScore"] {
        Value::Null => None,
        v => match v.as_f64() {
            Some(m) if (0.0..=1.0).contains(&m) => Some(m),
            _ => {
                return Err(format!(
                    "LMS.LaunchData's masteryScore {v} is not a number from 0 to 1 (cmi5 10.2.4)"
                ));
            }
        },
    };
    let text_of = |key: &str| doc[key].as_str().map(str::to_string);
    Ok(LaunchData {
        context_template: template,
        launch_mode,
        launch_parameters: text_of("launchParameters"),
        mastery_score,
        move_on,
        return_url: text_of("returnURL"),
        session_id,
    })
}

/// What the launch asks callcoach to play, and where that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The scenario id.
    pub scenario: String,
    /// The call's language, if the launch parameters give one.
    pub lang: Option<String>,
    /// Where the scenario id came from (for messages).
    pub source: &'static str,
}

/// The scenario to play: the launch parameters' `{"scenario": "<id>", "lang": "<code>"}` or a
/// bare scenario id, else the last path segment of the activity id (spec 10.2.3 leaves the
/// format to the AU).
pub fn assignment(launch: &Launch, data: &LaunchData) -> Result<Assignment, String> {
    let valid = |id: &str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    match data.launch_parameters.as_deref().map(str::trim) {
        Some(p) if p.starts_with('{') => {
            let v: Value = serde_json::from_str(p)
                .map_err(|e| format!("LMS.LaunchData's launchParameters is not JSON ({e})"))?;
            let scenario = v["scenario"].as_str().filter(|s| valid(s)).ok_or_else(|| {
                format!("LMS.LaunchData's launchParameters {p} has no \"scenario\" id (e.g. {{\"scenario\":\"us-stop-calling\"}})")
            })?;
            Ok(Assignment {
                scenario: scenario.to_string(),
                lang: v["lang"].as_str().map(str::to_string),
                source: "LMS.LaunchData launchParameters",
            })
        }
        Some(p) if !p.is_empty() => {
            if !valid(p) {
                return Err(format!(
                    "LMS.LaunchData's launchParameters {p:?} is neither a scenario id nor JSON with a \"scenario\""
                ));
            }
            Ok(Assignment {
                scenario: p.to_string(),
                lang: None,
                source: "LMS.LaunchData launchParameters",
            })
        }
        _ => {
            let last = launch
                .activity_id
                .trim_end_matches('/')
                .rsplit(['/', ':', '#'])
                .next()
                .unwrap_or_default();
            if !valid(last) {
                return Err(format!(
                    "no scenario named: LMS.LaunchData has no launchParameters and the activity id {:?} does not end in a scenario id",
                    launch.activity_id
                ));
            }
            Ok(Assignment {
                scenario: last.to_string(),
                lang: None,
                source: "the activity id",
            })
        }
    }
}

/// What earlier sessions of the registration sent (spec 9.3: one `passed` and one
/// `completed` per registration, no `failed` after `passed`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prior {
    pub passed: bool,
    pub completed: bool,
}

/// How a finished call is judged for the LMS.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub passed: bool,
    /// Whether the statement carries `result.score` (not when it would contradict the
    /// mastery score: a critical breach above it).
    pub with_score: bool,
    /// The mastery score it was judged against, if any.
    pub mastery: Option<f64>,
}

/// The verdict of a finished call under the launch data (see the module's doc).
pub fn verdict(record: &SessionRecord, mastery: Option<f64>) -> Verdict {
    match mastery {
        None => Verdict {
            passed: record.passed,
            with_score: true,
            mastery: None,
        },
        Some(m) => {
            // In ten-thousandths, exactly: the overall score is a whole percentage and the
            // mastery score has at most four decimals.
            let reached = u32::from(record.scores.overall) * 100 >= (m * 10_000.0).round() as u32;
            let breach = record.scores.critical_breach;
            Verdict {
                passed: reached && !breach,
                with_score: !(reached && breach),
                mastery: Some(m),
            }
        }
    }
}

/// The statements of one launch session: built from the launch and its launch data.
#[derive(Debug, Clone)]
pub struct Session<'a> {
    pub launch: &'a Launch,
    pub data: &'a LaunchData,
    /// Base IRI of callcoach's own result extensions.
    pub base: &'a str,
}

fn verb(name: &str) -> Value {
    json!({ "id": format!("http://adlnet.gov/expapi/verbs/{name}"), "display": { "en-US": name } })
}

fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// An ISO 8601 duration of whole milliseconds (`PT12.345S`).
pub fn duration(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let ms = (to - from).num_milliseconds().max(0);
    format!("PT{}.{:03}S", ms / 1000, ms % 1000)
}

/// One millisecond after `t` (saturating).
fn after(t: DateTime<Utc>) -> DateTime<Utc> {
    t.checked_add_signed(chrono::Duration::milliseconds(1))
        .unwrap_or(t)
}

impl Session<'_> {
    /// The statement id of a verb in this session (the same on a retry: an LRS stores it once).
    pub fn statement_id(&self, verb: &str) -> String {
        Uuid::new_v5(
            &NAMESPACE,
            format!(
                "{}/{}/{verb}",
                self.launch.registration, self.data.session_id
            )
            .as_bytes(),
        )
        .to_string()
    }

    /// The context template with the registration, the cmi5 category and, for statements
    /// with `success` or `completion`, the moveOn category; nothing of the template is
    /// overwritten (spec 9.6, 10.2.1).
    fn context(&self, moveon: bool, mastery: Option<f64>) -> Value {
        let mut c = self.data.context_template.clone();
        let obj = c
            .as_object_mut()
            .expect("the template is an object (parse_launch_data)");
        obj.entry("registration")
            .or_insert_with(|| json!(self.launch.registration));
        let activities = obj.entry("contextActivities").or_insert_with(|| json!({}));
        if !activities.is_object() {
            *activities = json!({});
        }
        let category = activities
            .as_object_mut()
            .expect("an object")
            .entry("category")
            .or_insert_with(|| json!([]));
        if !category.is_array() {
            *category = json!([category.clone()]);
        }
        let list = category.as_array_mut().expect("an array");
        let mut add = |id: &str| {
            if !list.iter().any(|a| a["id"] == id) {
                list.push(json!({ "id": id, "objectType": "Activity" }));
            }
        };
        add(CATEGORY_CMI5);
        if moveon {
            add(CATEGORY_MOVEON);
        }
        if let Some(m) = mastery {
            let ext = obj.entry("extensions").or_insert_with(|| json!({}));
            if let Some(ext) = ext.as_object_mut() {
                ext.entry(EXT_MASTERY_SCORE).or_insert_with(|| json!(m));
            }
        }
        c
    }

    fn statement(
        &self,
        verb_name: &str,
        at: DateTime<Utc>,
        result: Option<Value>,
        context: Value,
    ) -> Value {
        let mut s = json!({
            "id": self.statement_id(verb_name),
            "actor": self.launch.actor,
            "verb": verb(verb_name),
            "object": { "objectType": "Activity", "id": self.launch.activity_id },
            "context": context,
            "timestamp": timestamp(at),
        });
        if let Some(r) = result {
            s["result"] = r;
        }
        s
    }

    /// `initialized`, the first statement of the session (spec 9.3.2).
    pub fn initialized(&self, at: DateTime<Utc>) -> Value {
        self.statement("initialized", at, None, self.context(false, None))
    }

    /// `passed` or `failed` and `completed` for a finished call, as the launch mode and the
    /// registration's earlier sessions allow, dated after `initialized_at`. Empty in Browse
    /// and Review.
    pub fn results(
        &self,
        record: &SessionRecord,
        prior: Prior,
        initialized_at: DateTime<Utc>,
    ) -> Vec<Value> {
        if self.data.launch_mode != LaunchMode::Normal {
            return Vec::new();
        }
        let mut at = record.ended_at.max(after(initialized_at));
        let spent = duration(record.meta.started_at, record.ended_at);
        let mut out = Vec::new();
        if !prior.passed {
            let v = verdict(record, self.data.mastery_score);
            let overall = record.scores.overall;
            let mut result = json!({
                "success": v.passed,
                "duration": spent,
                "extensions": self.call_extensions(record),
            });
            if v.with_score {
                result["score"] = json!({
                    "scaled": f64::from(overall) / 100.0,
                    "raw": overall,
                    "min": 0,
                    "max": 100,
                });
            }
            let name = if v.passed { "passed" } else { "failed" };
            out.push(self.statement(name, at, Some(result), self.context(true, v.mastery)));
            at = after(at);
        }
        if !prior.completed {
            let result = json!({ "completion": true, "duration": spent });
            out.push(self.statement("completed", at, Some(result), self.context(true, None)));
        }
        out
    }

    /// callcoach's own figures of the call, in the result's extensions.
    // The record itself travels only in `report --lrs` statements (`xapi_record`); a cmi5
    // launch names it by id. A later step: `xapi::call_result` here (it needs the library).
    fn call_extensions(&self, record: &SessionRecord) -> Value {
        let base = self.base.trim_end_matches('/');
        let mut ext = Map::new();
        ext.insert(format!("{base}/xapi/overall"), json!(record.scores.overall));
        ext.insert(format!("{base}/xapi/outcome"), json!(record.outcome.key()));
        ext.insert(
            format!("{base}/xapi/critical-breach"),
            json!(record.scores.critical_breach),
        );
        ext.insert(format!("{base}/xapi/record-id"), json!(record.id));
        ext.insert(
            format!("{base}/xapi/scenario"),
            json!(format!("{}/v{}", record.meta.scenario, record.meta.version)),
        );
        Value::Object(ext)
    }

    /// `terminated`, the last statement of the session, dated after every statement before
    /// it (`last`), with the session's duration (spec 9.3.8, 9.5.4.1).
    pub fn terminated(
        &self,
        initialized_at: DateTime<Utc>,
        last: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Value {
        let at = now.max(after(last));
        let result = json!({ "duration": duration(initialized_at, at) });
        self.statement("terminated", at, Some(result), self.context(false, None))
    }
}

/// The timestamp of a statement this module built.
pub fn statement_time(statement: &Value) -> Option<DateTime<Utc>> {
    statement["timestamp"]
        .as_str()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
}

/// One AU of the course structure: a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseAu {
    pub scenario: String,
    /// Titles by language (`en`, `pl`), in order.
    pub titles: Vec<(String, String)>,
}

/// One block: the scenarios of a jurisdiction.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseBlock {
    /// The jurisdiction key (`us`).
    pub key: String,
    /// Titles by language.
    pub titles: Vec<(String, String)>,
    pub aus: Vec<CourseAu>,
}

/// How the course structure launches its AUs.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseOptions {
    /// Base of the course, block and AU ids (`<base>/cmi5/au/<scenario>`).
    pub base: String,
    /// The launcher page's URL (relative to the course structure in a package, or absolute).
    pub launcher: String,
    pub move_on: MoveOn,
    pub mastery_score: Option<f64>,
}

/// The AU id of a scenario in the course structure.
pub fn au_id(base: &str, scenario: &str) -> String {
    format!("{}/cmi5/au/{scenario}", base.trim_end_matches('/'))
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An xml:lang tag from a library language code (`en` → `en-US` is not guessed: `en`).
fn langstrings(out: &mut String, indent: &str, element: &str, titles: &[(String, String)]) {
    out.push_str(&format!("{indent}<{element}>\n"));
    for (lang, text) in titles {
        out.push_str(&format!(
            "{indent}  <langstring lang=\"{}\">{}</langstring>\n",
            xml_escape(lang),
            xml_escape(text)
        ));
    }
    out.push_str(&format!("{indent}</{element}>\n"));
}

/// The course structure (`cmi5.xml`, spec 13): one block per jurisdiction, one AU per
/// scenario, each launching the launcher page with `{"scenario":"<id>"}`.
pub fn course_structure(
    title: &[(String, String)],
    blocks: &[CourseBlock],
    opts: &CourseOptions,
) -> String {
    let base = opts.base.trim_end_matches('/');
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(
        "<!-- Generated by `callcoach cmi5-course` from the content library: do not edit. -->\n",
    );
    out.push_str(&format!(
        "<courseStructure xmlns=\"{COURSE_STRUCTURE_XMLNS}\">\n"
    ));
    out.push_str(&format!(
        "  <course id=\"{}\">\n",
        xml_escape(&format!("{base}/cmi5/course"))
    ));
    langstrings(&mut out, "    ", "title", title);
    langstrings(&mut out, "    ", "description", title);
    out.push_str("  </course>\n");
    let mastery = opts
        .mastery_score
        .map(|m| format!(" masteryScore=\"{m}\""))
        .unwrap_or_default();
    for block in blocks {
        out.push_str(&format!(
            "  <block id=\"{}\">\n",
            xml_escape(&format!("{base}/cmi5/block/{}", block.key))
        ));
        langstrings(&mut out, "    ", "title", &block.titles);
        langstrings(&mut out, "    ", "description", &block.titles);
        for au in &block.aus {
            out.push_str(&format!(
                "    <au id=\"{}\" moveOn=\"{}\"{mastery} launchMethod=\"AnyWindow\">\n",
                xml_escape(&au_id(base, &au.scenario)),
                opts.move_on.key()
            ));
            langstrings(&mut out, "      ", "title", &au.titles);
            langstrings(&mut out, "      ", "description", &au.titles);
            out.push_str(&format!(
                "      <url>{}</url>\n",
                xml_escape(&opts.launcher)
            ));
            out.push_str(&format!(
                "      <launchParameters>{}</launchParameters>\n",
                xml_escape(&json!({ "scenario": au.scenario }).to_string())
            ));
            out.push_str("    </au>\n");
        }
        out.push_str("  </block>\n");
    }
    out.push_str("</courseStructure>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTOR: &str = r#"{"objectType":"Agent","name":"Ala","account":{"homePage":"https://lms.example","name":"ala-7"}}"#;
    const REG: &str = "6f0c2a52-1111-4222-8333-444455556666";

    fn url() -> String {
        format!(
            "https://host/launcher.html?endpoint={}&fetch={}&actor={}&registration={REG}&activityId={}",
            encode("http://127.0.0.1:9/xapi/"),
            encode("http://127.0.0.1:9/fetch?t=1&u=2"),
            encode(ACTOR),
            encode("https://callcoach.invalid/cmi5/au/us-stop-calling"),
        )
    }

    fn data(extra: &str) -> LaunchData {
        parse_launch_data(&format!(
            r#"{{"contextTemplate":{{"contextActivities":{{"grouping":[{{"id":"https://callcoach.invalid/cmi5/au/us-stop-calling"}}]}},"extensions":{{"{EXT_SESSION_ID}":"s-1"}}}},"launchMode":"Normal","moveOn":"CompletedAndPassed"{extra}}}"#
        ))
        .expect("launch data")
    }

    /// A finished call of the synthetic library's scenario.
    fn record() -> SessionRecord {
        use crate::check::{Scope, check};
        use crate::engine::runner::Call;
        use crate::records::record::{SessionMeta, make_record};
        use std::sync::Arc;
        let lib = crate::synth::library(&crate::synth::Spec::new(8));
        let report = check(&lib, &Scope::All, 2_000);
        let sc = Arc::clone(&report.compiled[crate::synth::SCENARIO_ID]);
        let mut call = Call::new(Arc::clone(&sc), 1).expect("call starts");
        while call.prompt().is_some() {
            call.pick(0, 1000).expect("pick");
        }
        let start = DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
            .expect("date")
            .with_timezone(&Utc);
        let meta = SessionMeta::new(&sc, "ala-7", "en", 1, Default::default(), start);
        make_record(&meta, &call, None, start + chrono::Duration::seconds(90)).expect("over")
    }

    fn verbs(statements: &[Value]) -> Vec<&str> {
        statements
            .iter()
            .map(|s| {
                s["verb"]["id"]
                    .as_str()
                    .expect("verb")
                    .rsplit('/')
                    .next()
                    .expect("name")
            })
            .collect()
    }

    #[test]
    fn a_launch_url_gives_its_five_parameters_decoded() {
        let l = parse_launch_url(&url()).expect("parses");
        assert_eq!(l.endpoint, "http://127.0.0.1:9/xapi");
        assert_eq!(l.fetch, "http://127.0.0.1:9/fetch?t=1&u=2");
        assert_eq!(l.account_name(), "ala-7");
        assert_eq!(l.registration, REG);
        assert_eq!(
            l.activity_id,
            "https://callcoach.invalid/cmi5/au/us-stop-calling"
        );
    }

    #[test]
    fn a_launch_url_missing_or_malforming_a_parameter_names_it() {
        for name in ["endpoint", "fetch", "actor", "registration", "activityId"] {
            let broken = url().replace(&format!("{name}="), "other=");
            let err = parse_launch_url(&broken).expect_err(name);
            assert!(err.contains(&format!("no \"{name}\" parameter")), "{err}");
        }
        let err = parse_launch_url(&url().replace(REG, "not-a-uuid")).unwrap_err();
        assert!(err.contains("not a UUID"), "{err}");
        let no_account = url().replace(&encode(ACTOR), &encode(r#"{"mbox":"mailto:a@b"}"#));
        assert!(
            parse_launch_url(&no_account)
                .unwrap_err()
                .contains("account")
        );
        assert!(
            parse_launch_url("https://host/launcher.html")
                .unwrap_err()
                .contains("no query")
        );
    }

    #[test]
    fn launch_data_needs_a_session_id_a_mode_and_a_move_on() {
        let d = data(
            r#","masteryScore":0.8,"launchParameters":"{\"scenario\":\"us-stop-calling\",\"lang\":\"pl\"}","returnURL":"https://lms/back""#,
        );
        assert_eq!(d.session_id, "s-1");
        assert_eq!(d.mastery_score, Some(0.8));
        assert_eq!(d.move_on, MoveOn::CompletedAndPassed);
        assert_eq!(d.return_url.as_deref(), Some("https://lms/back"));
        let err =
            parse_launch_data(r#"{"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed"}"#)
                .unwrap_err();
        assert!(err.contains("session id"), "{err}");
        let err = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Sometimes","moveOn":"Passed"}}"#)).unwrap_err();
        assert!(err.contains("launchMode"), "{err}");
        let err = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Normal","moveOn":"Passed","masteryScore":80}}"#)).unwrap_err();
        assert!(err.contains("masteryScore"), "{err}");
    }

    #[test]
    fn the_scenario_comes_from_the_launch_parameters_else_the_activity_id() {
        let l = parse_launch_url(&url()).expect("parses");
        let a = assignment(
            &l,
            &data(r#","launchParameters":"{\"scenario\":\"uk-bad-time\",\"lang\":\"pl\"}""#),
        )
        .expect("json");
        assert_eq!(
            (a.scenario.as_str(), a.lang.as_deref()),
            ("uk-bad-time", Some("pl"))
        );
        let a =
            assignment(&l, &data(r#","launchParameters":" pl-already-paid ""#)).expect("bare id");
        assert_eq!(a.scenario, "pl-already-paid");
        let a = assignment(&l, &data("")).expect("from the activity id");
        assert_eq!(
            (a.scenario.as_str(), a.source),
            ("us-stop-calling", "the activity id")
        );
        assert!(
            assignment(&l, &data(r#","launchParameters":"{\"lang\":\"pl\"}""#))
                .unwrap_err()
                .contains("\"scenario\"")
        );
        assert!(assignment(&l, &data(r#","launchParameters":"../etc""#)).is_err());
    }

    #[test]
    fn a_normal_session_is_initialized_judged_completed_terminated_in_order() {
        let l = parse_launch_url(&url()).expect("parses");
        let d = data("");
        let s = Session {
            launch: &l,
            data: &d,
            base: "https://callcoach.invalid",
        };
        let rec = record();
        let t0 = rec.meta.started_at - chrono::Duration::seconds(5);
        let mut all = vec![s.initialized(t0)];
        all.extend(s.results(&rec, Prior::default(), t0));
        let last = statement_time(all.last().expect("one")).expect("time");
        all.push(s.terminated(t0, last, last));
        let judged = if rec.passed { "passed" } else { "failed" };
        assert_eq!(
            verbs(&all),
            ["initialized", judged, "completed", "terminated"]
        );
        let times: Vec<_> = all
            .iter()
            .map(|s| statement_time(s).expect("time"))
            .collect();
        assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
        for st in &all {
            let c = &st["context"];
            assert_eq!(c["registration"], REG);
            assert_eq!(c["extensions"][EXT_SESSION_ID], "s-1");
            assert_eq!(c["contextActivities"]["grouping"][0]["id"], l.activity_id);
            let cats: Vec<&str> = c["contextActivities"]["category"]
                .as_array()
                .expect("categories")
                .iter()
                .map(|a| a["id"].as_str().expect("id"))
                .collect();
            assert!(cats.contains(&CATEGORY_CMI5));
            let moveon =
                st["result"].get("success").is_some() || st["result"].get("completion").is_some();
            assert_eq!(cats.contains(&CATEGORY_MOVEON), moveon, "{st}");
            assert_eq!(st["object"]["id"], l.activity_id);
            assert_eq!(st["actor"]["account"]["name"], "ala-7");
        }
        assert_eq!(all[1]["result"]["success"], rec.passed);
        assert_eq!(all[1]["result"]["duration"], "PT90.000S");
        assert!(all[1]["result"]["score"]["scaled"].is_number());
        assert!(all[2]["result"].get("score").is_none());
        assert_eq!(all[2]["result"]["completion"], true);
        assert_eq!(all[3]["result"]["duration"], duration(t0, times[3]));
        // Ids: distinct, and the same when the session's statements are built again.
        assert_eq!(s.initialized(t0)["id"], all[0]["id"]);
        let ids: std::collections::BTreeSet<_> = all.iter().map(|s| s["id"].to_string()).collect();
        assert_eq!(ids.len(), 4);
    }

    #[test]
    fn the_mastery_score_decides_and_is_in_the_judged_statement() {
        let l = parse_launch_url(&url()).expect("parses");
        let mut rec = record();
        rec.scores.critical_breach = false;
        rec.scores.overall = 75;
        for (mastery, verb) in [(0.75, "passed"), (0.7501, "failed"), (0.5, "passed")] {
            let d = data(&format!(r#","masteryScore":{mastery}"#));
            let s = Session {
                launch: &l,
                data: &d,
                base: "https://b",
            };
            let out = s.results(&rec, Prior::default(), rec.meta.started_at);
            assert_eq!(verbs(&out)[0], verb, "{mastery}");
            assert_eq!(out[0]["context"]["extensions"][EXT_MASTERY_SCORE], mastery);
            assert_eq!(out[0]["result"]["score"]["scaled"], 0.75);
            assert!(
                out[1]["context"]["extensions"]
                    .get(EXT_MASTERY_SCORE)
                    .is_none()
            );
        }
        // A broken critical rule fails above the mastery score, without a contradicting score.
        rec.scores.critical_breach = true;
        let v = verdict(&rec, Some(0.5));
        assert_eq!((v.passed, v.with_score), (false, false));
        assert_eq!(
            verdict(&rec, Some(0.9)),
            Verdict {
                passed: false,
                with_score: true,
                mastery: Some(0.9)
            }
        );
        // Without one, the call's own verdict.
        rec.passed = true;
        assert!(verdict(&rec, None).passed);
    }

    #[test]
    fn browse_and_earlier_sessions_hold_back_what_may_not_be_sent_again() {
        let l = parse_launch_url(&url()).expect("parses");
        let rec = record();
        let d = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Browse","moveOn":"Passed"}}"#)).expect("browse");
        let s = Session {
            launch: &l,
            data: &d,
            base: "https://b",
        };
        assert!(
            s.results(&rec, Prior::default(), rec.meta.started_at)
                .is_empty()
        );
        let d = data("");
        let s = Session {
            launch: &l,
            data: &d,
            base: "https://b",
        };
        let both = Prior {
            passed: true,
            completed: true,
        };
        assert!(s.results(&rec, both, rec.meta.started_at).is_empty());
        let out = s.results(
            &rec,
            Prior {
                passed: true,
                completed: false,
            },
            rec.meta.started_at,
        );
        assert_eq!(verbs(&out), ["completed"]);
    }

    #[test]
    fn move_on_rules() {
        assert!(move_on_met(MoveOn::CompletedOrPassed, false, true));
        assert!(!move_on_met(MoveOn::CompletedAndPassed, false, true));
        assert!(move_on_met(MoveOn::NotApplicable, false, false));
        assert!(!move_on_met(MoveOn::Passed, false, true));
        for m in MoveOn::ALL {
            assert_eq!(MoveOn::parse(m.key()), Some(m));
        }
    }

    #[test]
    fn the_course_structure_has_a_block_per_jurisdiction_and_an_au_per_scenario() {
        let en = |t: &str| vec![("en".to_string(), t.to_string())];
        let blocks = vec![CourseBlock {
            key: "us".into(),
            titles: en("United States"),
            aus: vec![CourseAu {
                scenario: "us-stop-calling".into(),
                titles: en("Stop <calling> & me"),
            }],
        }];
        let opts = CourseOptions {
            base: "https://callcoach.invalid/".into(),
            launcher: "launcher.html".into(),
            move_on: MoveOn::CompletedAndPassed,
            mastery_score: Some(0.8),
        };
        let xml = course_structure(&en("callcoach"), &blocks, &opts);
        assert!(xml.contains(&format!(
            "<courseStructure xmlns=\"{COURSE_STRUCTURE_XMLNS}\">"
        )));
        assert!(xml.contains("<block id=\"https://callcoach.invalid/cmi5/block/us\">"));
        assert!(xml.contains("<au id=\"https://callcoach.invalid/cmi5/au/us-stop-calling\" moveOn=\"CompletedAndPassed\" masteryScore=\"0.8\" launchMethod=\"AnyWindow\">"));
        assert!(xml.contains("Stop &lt;calling&gt; &amp; me"));
        assert!(xml.contains("<launchParameters>{&quot;scenario&quot;:&quot;us-stop-calling&quot;}</launchParameters>"));
        assert!(xml.contains("<url>launcher.html</url>"));
    }
}
