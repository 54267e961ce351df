//! xAPI 1.0.3 statements from session records (sending them is the command line's job).
//!
//! - One `answered` statement per choice, one `passed`/`failed` statement per finished call
//!   with `result.score` (raw, min, max, scaled), `result.success` and `result.completion`.
//! - Actor: an account (`homePage` = the configured base, `name` = the trainee id).
//! - Activities: `<base>/scenarios/<id>/v<version>` and `…/nodes/<node>` for choices.
//! - The result's extensions carry the dimension scores, the outcome, the critical breach and,
//!   when terms were agreed, `<base>/xapi/arrangement`: `{terms (compact form), sustainable,
//!   within-mandate, recovery (0–1 of the best sustainable arrangement)}`.
//! - Statement ids are UUID v5 of the record id and the statement's place in it, so
//!   re-exporting a record gives the same ids; an LRS stores a repeated id once.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::records::record::SessionRecord;

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
        "name": record.meta.trainee,
        "account": { "homePage": base, "name": record.meta.trainee },
    });
    let scenario = scenario_activity(base, &record.meta.scenario, record.meta.version);
    let registration = statement_id(&record.id, "registration").to_string();
    let context = |extra: Option<&str>| {
        let mut c = json!({
            "registration": registration,
            "language": record.meta.locale,
            "platform": "callcoach",
            "extensions": { format!("{base}/xapi/seed"): record.meta.seed, format!("{base}/xapi/content-hash"): record.meta.content_hash },
        });
        if let Some(parent) = extra {
            c["contextActivities"] =
                json!({ "parent": [{ "id": parent, "objectType": "Activity" }] });
        }
        // A call of a case: the case is the grouping activity, the playing and the call's
        // place in it an extension.
        if let Some(link) = &record.meta.case {
            c["contextActivities"]["grouping"] =
                json!([{ "id": format!("{base}/cases/{}", link.case), "objectType": "Activity" }]);
            c["extensions"][format!("{base}/xapi/case")] =
                json!({ "instance": link.instance, "call": link.step + 1 });
        }
        c
    };
    let mut out = Vec::with_capacity(record.turns.len() + 1);
    let mut at = record.meta.started_at;
    for (i, turn) in record.turns.iter().enumerate() {
        // Checked: a record dated at the end of chrono's range must not panic the export
        // (the time then stops at the last representable instant).
        at = at
            .checked_add_signed(chrono::Duration::milliseconds(i64::from(turn.millis)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
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
                    "name": { "en-US": format!("{} — {}", record.meta.scenario, turn.node) },
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
    if let Some((terms, a)) = crate::cohort::arrangements::agreed(record) {
        extensions.insert(
            format!("{base}/xapi/arrangement"),
            json!({
                "terms": terms.to_string(),
                "sustainable": a.sustainable,
                "within-mandate": a.within_mandate(),
                "recovery": a.recovery_permille as f64 / 1000.0,
            }),
        );
    }
    out.push(json!({
        "id": statement_id(&record.id, "result").to_string(),
        "actor": actor,
        "verb": verb(if record.passed { "passed" } else { "failed" }),
        "object": {
            "objectType": "Activity",
            "id": scenario,
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/simulation",
                "name": { "en-US": record.meta.scenario },
            },
        },
        "result": {
            "score": { "raw": overall, "min": 0.0, "max": 100.0, "scaled": overall / 100.0 },
            "success": record.passed,
            "completion": true,
            "duration": duration((record.ended_at - record.meta.started_at).num_milliseconds()),
            "extensions": extensions,
        },
        "context": context(None),
        "timestamp": timestamp(record.ended_at),
    }));
    out
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

    /// issue 17: a record dated at the end of chrono's range, with the longest turns a
    /// record can hold, exports without panicking (the turns' times stop at the last instant).
    #[test]
    fn a_far_future_record_exports_without_panicking() {
        use crate::check::{Scope, check};
        use crate::engine::runner::Call;
        use crate::records::record::{SessionMeta, make_record};
        use std::sync::Arc;

        let lib = crate::synth::library(&crate::synth::Spec::new(8));
        let report = check(&lib, &Scope::All, 2_000);
        let sc = Arc::clone(&report.compiled[crate::synth::SCENARIO_ID]);
        let mut call = Call::new(Arc::clone(&sc), 1).expect("call starts");
        while call.prompt().is_some() {
            call.pick(0, u32::MAX).expect("pick");
        }
        let end = DateTime::<Utc>::MAX_UTC;
        let start = end - chrono::Duration::seconds(1);
        let meta = SessionMeta::new(&sc, "Ala", "en", 1, Default::default(), start);
        let record = make_record(&meta, &call, None, end).expect("over");
        let all = statements(&record, DEFAULT_BASE);
        assert_eq!(all.len(), record.turns.len() + 1);
        let last_turn = &all[record.turns.len() - 1];
        assert_eq!(last_turn["timestamp"], timestamp(end));
        assert_eq!(all[record.turns.len()]["timestamp"], timestamp(end));
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(duration(12_345), "PT12.345S");
        assert_eq!(duration(-5), "PT0.000S");
    }
}
