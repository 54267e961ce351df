//! The cmi5-defined statements of a launch session (spec 9.3): `initialized`, `passed` or
//! `failed`, `completed`, `terminated`, with the cmi5 context; and the verdict of a call
//! against the mastery score.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::launch::Launch;
use super::launch_data::{LaunchData, LaunchMode};
use super::{CATEGORY_CMI5, CATEGORY_MOVEON, EXT_MASTERY_SCORE, NAMESPACE};
use crate::cohort::xapi;
use crate::compile::CompiledScenario;
use crate::content::l10n::Localiser;
use crate::records::record::SessionRecord;

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

pub(super) fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// An ISO 8601 duration of whole milliseconds (`PT12.345S`).
pub fn duration(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let ms = (to - from).num_milliseconds().max(0);
    format!("PT{}.{:03}S", ms / 1000, ms % 1000)
}

/// One millisecond after `t` (saturating).
pub(super) fn after(t: DateTime<Utc>) -> DateTime<Utc> {
    t.checked_add_signed(chrono::Duration::milliseconds(1))
        .unwrap_or(t)
}

impl Session<'_> {
    /// The statement id of a verb (or another part, `turn/<n>`) in this session: the same
    /// on a retry, so an LRS stores it once.
    pub fn statement_id(&self, part: &str) -> String {
        Uuid::new_v5(
            &NAMESPACE,
            format!(
                "{}/{}/{part}",
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
    /// registration's earlier sessions allow, dated after `last_sent` (the latest statement
    /// sent before them). Empty in Browse and Review. `scenario` and `loc` give the result's
    /// extensions, the same as `report --format xapi`'s ([`xapi::call_result`]).
    pub fn results(
        &self,
        record: &SessionRecord,
        scenario: Option<&CompiledScenario>,
        loc: &Localiser,
        prior: Prior,
        last_sent: DateTime<Utc>,
    ) -> Vec<Value> {
        if self.data.launch_mode != LaunchMode::Normal {
            return Vec::new();
        }
        let mut at = record.ended_at.max(after(last_sent));
        let spent = duration(record.meta.started_at, record.ended_at);
        let mut out = Vec::new();
        if !prior.passed {
            let v = verdict(record, self.data.mastery_score);
            let overall = record.scores.overall;
            let mut result = json!({
                "success": v.passed,
                "duration": spent,
                "extensions": self.call_extensions(record, scenario, loc),
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

    /// The extensions of `report --format xapi`'s call result ([`xapi::call_result`]: the
    /// dimension scores, outcome, critical breach, rules with citations, wrap-up,
    /// arrangement), and three of the launch's own: `overall` (the score also when
    /// `result.score` is left out), `record-id` (the record in the data folder) and
    /// `scenario` (`<id>/v<version>`: the AU names the scenario, not the version played).
    fn call_extensions(
        &self,
        record: &SessionRecord,
        scenario: Option<&CompiledScenario>,
        loc: &Localiser,
    ) -> Value {
        let base = self.base.trim_end_matches('/');
        let mut ext = match xapi::call_result(record, scenario, loc, base)
            .get_mut("extensions")
            .map(Value::take)
        {
            Some(Value::Object(m)) => m,
            _ => Map::new(),
        };
        ext.insert(
            xapi::extension(base, "overall"),
            json!(record.scores.overall),
        );
        ext.insert(xapi::extension(base, "record-id"), json!(record.id));
        ext.insert(
            xapi::extension(base, "scenario"),
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
