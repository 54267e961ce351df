//! The call's per-turn statements in a launch: the `answered` statements of
//! `report --format xapi` ([`crate::cohort::xapi::statements`]) as "cmi5 allowed" statements of the session.
//!
//! The spec lets an AU send statements of its own between `initialized` and `terminated`
//! (9.1, 9.6.2.1; the cmi5 sample "cmi5 allowed test questions" does exactly this with
//! `answered`): the launch's actor, the registration, the session id in the context, and no
//! cmi5 category (that marks cmi5-defined statements only). So each turn's statement keeps
//! its object (the node as a choice interaction), result (response, success, the rules
//! broken) and callcoach's context extensions, and takes from the launch:
//!
//! - `actor`: the launch's actor (the LMS's learner, not callcoach's own account);
//! - `context`: the LMS's context template (session id, publisher grouping) merged with the
//!   turn's (the scenario version as parent, seed, content hash, language), the template
//!   winning where both say something, and the launch's `registration`;
//! - `id`: UUID v5 of the registration, session id and `turn/<n>`: not the export's id, so an
//!   LRS that also receives `report --lrs` stores both (the same id with another content
//!   would be a conflict);
//! - `timestamp`: the turn's, moved into the session if needed: after `initialized` (and the
//!   turn before), before the call's end, so the sequence reads in order.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::statements::{Session, after, timestamp};

impl Session<'_> {
    /// The `answered` statements among `call` (the statements of the record, as
    /// [`crate::cohort::xapi::statements`] gives them) as cmi5 allowed statements of this session, dated
    /// after `initialized_at` and before `ended_at` where the span allows, in turn order.
    /// Empty in Browse and Review (nothing about the learner's performance is recorded).
    pub fn turns(
        &self,
        call: &[Value],
        initialized_at: DateTime<Utc>,
        ended_at: DateTime<Utc>,
    ) -> Vec<Value> {
        if self.data.launch_mode != super::LaunchMode::Normal {
            return Vec::new();
        }
        let answered = "http://adlnet.gov/expapi/verbs/answered";
        let mut last = initialized_at;
        call.iter()
            .filter(|s| s["verb"]["id"] == answered)
            .enumerate()
            .map(|(i, s)| {
                let n = s["result"]["extensions"]
                    .as_object()
                    .and_then(|e| e.iter().find(|(k, _)| k.ends_with("/xapi/turn")))
                    .and_then(|(_, v)| v.as_u64())
                    .unwrap_or(i as u64 + 1);
                let at = super::statement_time(s)
                    .unwrap_or(last)
                    .min(
                        ended_at
                            .checked_sub_signed(chrono::Duration::milliseconds(1))
                            .unwrap_or(ended_at),
                    )
                    .max(after(last));
                last = at;
                let mut out = s.clone();
                out["id"] = json!(self.statement_id(&format!("turn/{n}")));
                out["actor"] = self.launch.actor.clone();
                out["context"] = self.allowed_context(&s["context"]);
                out["timestamp"] = json!(timestamp(at));
                out
            })
            .collect()
    }

    /// The context template merged with a turn's context (see the module's doc).
    fn allowed_context(&self, turn: &Value) -> Value {
        let mut c = self.data.context_template.clone();
        let obj = c
            .as_object_mut()
            .expect("the template is an object (parse_launch_data)");
        for (key, value) in turn.as_object().into_iter().flatten() {
            match (key.as_str(), value) {
                ("registration", _) => {}
                ("extensions", Value::Object(ext)) => merge(obj, key, ext),
                ("contextActivities", Value::Object(acts)) => {
                    let into = obj.entry(key.as_str()).or_insert_with(|| json!({}));
                    if !into.is_object() {
                        *into = json!({});
                    }
                    let into = into.as_object_mut().expect("an object");
                    for (kind, list) in acts {
                        let slot = into.entry(kind.as_str()).or_insert_with(|| json!([]));
                        if !slot.is_array() {
                            *slot = json!([slot.clone()]);
                        }
                        let slot = slot.as_array_mut().expect("an array");
                        for a in list.as_array().into_iter().flatten() {
                            if !slot.iter().any(|b| b["id"] == a["id"]) {
                                slot.push(a.clone());
                            }
                        }
                    }
                }
                _ => {
                    obj.entry(key.as_str()).or_insert_with(|| value.clone());
                }
            }
        }
        obj.entry("registration")
            .or_insert_with(|| json!(self.launch.registration));
        c
    }
}

/// The entries of `ext` added to the object `obj[key]` where it has none.
fn merge(obj: &mut Map<String, Value>, key: &str, ext: &Map<String, Value>) {
    let into = obj.entry(key).or_insert_with(|| json!({}));
    if let Some(into) = into.as_object_mut() {
        for (k, v) in ext {
            into.entry(k.as_str()).or_insert_with(|| v.clone());
        }
    }
}
