//! xAPI 1.0.3 statements from session records (sending them is the command line's job). The
//! profile, every extension's shape and an example of each statement: docs/xapi.md.
//!
//! - One `answered` statement per turn ([`turns`]): the node as a choice interaction in the
//!   call's language, with the best answer from where the call stood as its correct-response
//!   pattern, the pick as `result.response`, `result.success` when it lost nothing, and the
//!   rules broken at that turn.
//! - One `passed`/`failed` statement per finished call, its result built by [`call_result`].
//! - Actor: an account (`homePage` = the configured base, `name` = the trainee id).
//! - Activities: `<base>/scenarios/<id>/v<version>` and `…/nodes/<node>` for turns.
//! - Language maps are tagged by [`lang::language_tag`]: `en-US`, `en-GB`, `pl-PL`.
//! - Statement ids are UUID v5 of the record id and the statement's place in it, so
//!   re-exporting a record gives the same ids; an LRS stores a repeated id once.
//!
//! A record whose scenario (at the version it was played on) is not in the library still
//! gives its statements: choices named by id, no text, no correct response, no success.

mod call;
pub mod lang;
mod turns;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

pub use call::{call_result, rule_json};

use crate::compile::CompiledScenario;
use crate::content::l10n::{Localiser, Text};
use crate::content::model::Jurisdiction;
use crate::engine::search::{Continuations, DEFAULT_BUDGET};
use crate::records::call_text::CallText;
use crate::records::record::SessionRecord;
use lang::Tags;

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

/// The IRI of one of callcoach's extensions: `<base>/xapi/<name>`.
pub fn extension(base: &str, name: &str) -> String {
    ext(base.trim_end_matches('/'), name)
}

fn ext(base: &str, name: &str) -> String {
    format!("{base}/xapi/{name}")
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

/// The statements' actor: the trainee as an account under `base`.
pub fn actor(record: &SessionRecord, base: &str) -> Value {
    json!({
        "objectType": "Agent",
        "name": record.meta.trainee,
        "account": { "homePage": base.trim_end_matches('/'), "name": record.meta.trainee },
    })
}

/// Whether `sc` is the scenario version a record was played on.
fn matching(record: &SessionRecord, sc: &CompiledScenario) -> bool {
    sc.id == record.meta.scenario
        && sc.version == record.meta.version
        && sc.content_hash == record.meta.content_hash
}

fn jurisdiction(sc: &CompiledScenario) -> Jurisdiction {
    sc.source.jurisdiction
}

/// The language tag of a record's call ([`lang::language_tag`] with its scenario's
/// jurisdiction when `scenario` is the version it was played on).
pub fn call_language(record: &SessionRecord, scenario: Option<&CompiledScenario>) -> String {
    let j = scenario.filter(|sc| matching(record, sc)).map(jurisdiction);
    lang::language_tag(&record.meta.locale, j)
}

/// All statements of one record, in order: one `answered` per turn, then `passed` or
/// `failed`. `scenario` is the library's scenario of the record's id (`None` when the
/// library has none; one of another version counts as none) and `loc` the library's
/// messages: the text of every statement comes from them, in the call's language.
pub fn statements(
    record: &SessionRecord,
    scenario: Option<&Arc<CompiledScenario>>,
    loc: &Localiser,
    base: &str,
) -> Vec<Value> {
    let mut searches = scenario.map(|sc| Continuations::new(sc));
    statements_with(record, scenario, loc, base, searches.as_mut())
}

/// [`statements`], the searches of the best answers kept in `searches` (a
/// [`Continuations`] of `scenario`) for the next record of the same scenario.
fn statements_with(
    record: &SessionRecord,
    scenario: Option<&Arc<CompiledScenario>>,
    loc: &Localiser,
    base: &str,
    searches: Option<&mut Continuations>,
) -> Vec<Value> {
    let base = base.trim_end_matches('/');
    let written = scenario.filter(|sc| matching(record, sc));
    let tags = Tags::new(&record.meta.locale, written.map(|sc| jurisdiction(sc)));
    // The scenario as played (a later call of a case inherits its history), the call
    // replayed on it, and the search's verdict on each turn.
    let played_on = written.and_then(|sc| crate::records::case::scenario_of(sc, &record.meta).ok());
    let call = played_on.as_ref().and_then(|sc| {
        crate::records::verify::replay(Arc::clone(sc), record.meta.seed, &record.turns)
            .ok()
            .filter(|c| c.is_over())
    });
    let played = played_on.as_deref().zip(call).map(|(sc, call)| {
        // `searches` is of the written scenario: a later call of a case, played on the
        // scenario with its inherited history, gets a search of its own.
        let verdicts = match searches {
            Some(shared) if written.is_some_and(|w| std::ptr::eq(&**w, sc)) => {
                turns::verdicts(&call, shared, DEFAULT_BUDGET)
            }
            _ => turns::verdicts(&call, &mut Continuations::new(sc), DEFAULT_BUDGET),
        };
        turns::Played {
            text: CallText::new(loc, &record.meta.locale, sc, &record.meta.trainee),
            verdicts,
            call,
        }
    });
    let title = match written {
        Some(_) => {
            let t = loc.scenario(
                &record.meta.locale,
                &record.meta.scenario,
                "title",
                None,
                None,
            );
            if t.missing {
                plain(&record.meta.scenario)
            } else {
                t
            }
        }
        None => plain(&record.meta.scenario),
    };

    let actor = actor(record, base);
    let scenario_id = scenario_activity(base, &record.meta.scenario, record.meta.version);
    let registration = statement_id(&record.id, "registration").to_string();
    let context = |parent: Option<&str>| {
        let mut c = json!({
            "registration": registration,
            "language": tags.call,
            "platform": "callcoach",
            "extensions": {
                ext(base, "seed"): record.meta.seed,
                ext(base, "content-hash"): record.meta.content_hash,
                ext(base, "scenario-version"): record.meta.version,
                ext(base, "mode"): mode_key(record),
            },
        });
        if let Some(parent) = parent {
            c["contextActivities"] =
                json!({ "parent": [{ "id": parent, "objectType": "Activity" }] });
        }
        // A call of a case: the case is the grouping activity, the playing and the call's
        // place in it an extension.
        if let Some(link) = &record.meta.case {
            c["contextActivities"]["grouping"] =
                json!([{ "id": format!("{base}/cases/{}", link.case), "objectType": "Activity" }]);
            c["extensions"][ext(base, "case")] =
                json!({ "instance": link.instance, "call": link.step + 1 });
        }
        c
    };
    let turn_context = turns::TurnContext {
        record,
        played: played.as_ref(),
        scenario: written.map(|sc| &**sc),
        loc,
        tags: &tags,
        base,
        title: &title,
    };
    let mut out = Vec::with_capacity(record.turns.len() + 1);
    let mut at = record.meta.started_at;
    for (i, turn) in record.turns.iter().enumerate() {
        // Checked: a record dated at the end of chrono's range must not panic the export
        // (the time then stops at the last representable instant).
        at = at
            .checked_add_signed(chrono::Duration::milliseconds(i64::from(turn.millis)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        let (definition, mut result) = turn_context.definition_and_result(i);
        result["duration"] = json!(duration(i64::from(turn.millis)));
        out.push(json!({
            "id": statement_id(&record.id, &format!("turn/{}", i + 1)).to_string(),
            "actor": actor,
            "verb": verb("answered"),
            "object": {
                "objectType": "Activity",
                "id": format!("{scenario_id}/nodes/{}", turn.node),
                "definition": definition,
            },
            "result": result,
            "context": context(Some(&scenario_id)),
            "timestamp": timestamp(at),
        }));
    }
    out.push(json!({
        "id": statement_id(&record.id, "result").to_string(),
        "actor": actor,
        "verb": verb(if record.passed { "passed" } else { "failed" }),
        "object": {
            "objectType": "Activity",
            "id": scenario_id,
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/simulation",
                "name": tags.map(&title),
            },
        },
        "result": call_result(record, written.map(|sc| &**sc), loc, base),
        "context": context(None),
        "timestamp": timestamp(record.ended_at),
    }));
    out
}

/// The statements of many records (on all cores), in the records' order: [`statements`] of
/// each with its scenario looked up by id in `scenarios`.
pub fn statements_of(
    records: &[&SessionRecord],
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    loc: &Localiser,
    base: &str,
) -> Vec<Value> {
    statements_per_record(records, scenarios, loc, base)
        .into_iter()
        .flatten()
        .collect()
}

/// [`statements_of`], one list per record in the records' order (so that a caller can add
/// to each record's statements, e.g. the record itself: `cohort::xapi_record::attach`).
pub fn statements_per_record(
    records: &[&SessionRecord],
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    loc: &Localiser,
    base: &str,
) -> Vec<Vec<Value>> {
    // One group per scenario, so its searches are shared; groups in parallel.
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        groups.entry(r.meta.scenario.as_str()).or_default().push(i);
    }
    let groups: Vec<(&str, Vec<usize>)> = groups.into_iter().collect();
    let done = crate::parallel::map(&groups, usize::MAX, |(id, members)| {
        let scenario = scenarios.get(*id);
        let mut searches = scenario.map(|sc| Continuations::new(sc));
        members
            .iter()
            .map(|&i| {
                let statements =
                    statements_with(records[i], scenario, loc, base, searches.as_mut());
                (i, statements)
            })
            .collect::<Vec<_>>()
    });
    let mut all: Vec<(usize, Vec<Value>)> = done.into_iter().flatten().collect();
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, s)| s).collect()
}

/// A text that is no language's message (an id shown as it is).
fn plain(id: &str) -> Text {
    Text {
        text: id.to_string(),
        fallback: false,
        missing: true,
    }
}

fn mode_key(record: &SessionRecord) -> &'static str {
    match record.meta.mode {
        crate::records::record::Mode::Practice => "practice",
        crate::records::record::Mode::Exam => "exam",
    }
}

#[cfg(test)]
mod tests;
