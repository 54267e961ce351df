//! The result of a whole call as the `passed`/`failed` statement carries it: the score, and
//! as extensions the dimension scores, the outcome, the critical breach, every rule not fully
//! met with its citation, the wrap-up's fields checked, and the arrangement. Public so that
//! other statements of a call (the cmi5 ones) can carry the same result.

use serde_json::{Map, Value, json};

use super::lang::Tags;
use super::{duration, ext, jurisdiction, matching};
use crate::compile::CompiledScenario;
use crate::content::l10n::Localiser;
use crate::engine::scoring::{RuleResult, RuleStatus};
use crate::records::record::SessionRecord;

/// The `result` of a call's `passed`/`failed` statement: `score` (raw 0–100, min, max,
/// scaled), `success` (the call passed), `completion`, `duration`, and the extensions
/// `<base>/xapi/score/<dimension>`, `…/dimensions`, `…/outcome`, `…/critical-breach`,
/// `…/rules`, `…/wrap-up` (when the call was scored on its wrap-up's fields) and, when terms
/// were agreed, `…/arrangement` (docs/xapi.md gives their shapes).
///
/// `scenario` is the library's scenario of the record's id; used only when it is the
/// version the record was played on (its citations), so any scenario, or none, will do.
pub fn call_result(
    record: &SessionRecord,
    scenario: Option<&CompiledScenario>,
    loc: &Localiser,
    base: &str,
) -> Value {
    let base = base.trim_end_matches('/');
    let scenario = scenario.filter(|sc| matching(record, sc));
    let tags = Tags::new(&record.meta.locale, scenario.map(jurisdiction));
    let overall = f64::from(record.scores.overall);
    let mut extensions = Map::new();
    for d in &record.scores.dimensions {
        extensions.insert(
            ext(base, &format!("score/{}", d.dimension.key())),
            json!(d.score),
        );
    }
    extensions.insert(
        ext(base, "dimensions"),
        record
            .scores
            .dimensions
            .iter()
            .map(|d| {
                json!({
                    "dimension": d.dimension.key(),
                    "score": d.score,
                    "pass-mark": d.pass_mark,
                    "passed": d.passed,
                })
            })
            .collect(),
    );
    extensions.insert(ext(base, "outcome"), json!(record.outcome.key()));
    extensions.insert(
        ext(base, "critical-breach"),
        json!(record.scores.critical_breach),
    );
    extensions.insert(
        ext(base, "rules"),
        rules_not_met(record, scenario, loc, &tags, None),
    );
    if !record.scores.wrap_checks.is_empty() {
        extensions.insert(
            ext(base, "wrap-up"),
            record
                .scores
                .wrap_checks
                .iter()
                .map(|c| json!({ "field": c.field.key(), "ok": c.ok }))
                .collect(),
        );
    }
    if let Some((terms, a)) = crate::cohort::arrangements::agreed(record) {
        extensions.insert(
            ext(base, "arrangement"),
            json!({
                "terms": terms.to_string(),
                "sustainable": a.sustainable,
                "within-mandate": a.within_mandate(),
                "recovery": a.recovery_permille as f64 / 1000.0,
            }),
        );
    }
    json!({
        "score": { "raw": overall, "min": 0.0, "max": 100.0, "scaled": overall / 100.0 },
        "success": record.passed,
        "completion": true,
        "duration": duration((record.ended_at - record.meta.started_at).num_milliseconds()),
        "extensions": extensions,
    })
}

/// The rules of a record that were broken, partly earned or missed (broken first, critical
/// first), each as a [`rule_json`]; only those decided at `turn` (1-based) when given.
pub(super) fn rules_not_met(
    record: &SessionRecord,
    scenario: Option<&CompiledScenario>,
    loc: &Localiser,
    tags: &Tags,
    turn: Option<u32>,
) -> Value {
    let mut rules: Vec<&RuleResult> = record
        .scores
        .rules
        .iter()
        .filter(|r| {
            matches!(
                r.status,
                RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
            )
        })
        .filter(|r| turn.is_none_or(|t| r.turn == Some(t) && r.status == RuleStatus::Broken))
        .collect();
    rules.sort_by_key(|r| {
        (
            r.status != RuleStatus::Broken,
            std::cmp::Reverse(r.severity),
        )
    });
    rules
        .into_iter()
        .map(|r| rule_json(r, scenario, loc, &record.meta.locale, tags))
        .collect()
}

/// One rule's result: `{rule, rubric, title (language map), dimension, status, severity,
/// critical, citation, turn}`. The citation is the rule's `.citation` in the call's language,
/// else the rubric's own (RON) citation, else the English `.citation`; `null` when there is
/// none. `turn` is the deciding turn (1-based, 0 = the call itself), `null` when none did.
pub fn rule_json(
    r: &RuleResult,
    scenario: Option<&CompiledScenario>,
    loc: &Localiser,
    lang: &str,
    tags: &Tags,
) -> Value {
    let localised = loc.ui(lang, &r.rule, Some("citation"), None);
    let written = scenario
        .and_then(|sc| {
            sc.rules
                .iter()
                .find(|x| x.id == r.rule && x.rubric == r.rubric)
        })
        .map(|x| x.citation.clone())
        .filter(|c| !c.is_empty());
    let citation = if !localised.missing && !localised.fallback {
        Some(localised.text)
    } else {
        written.or((!localised.missing).then_some(localised.text))
    };
    let title = loc.ui(lang, &r.rule, None, None);
    let mut v = json!({
        "rule": r.rule,
        "rubric": r.rubric,
        "dimension": r.dimension.key(),
        "status": r.status.key(),
        "severity": r.severity.key(),
        "critical": r.severity == crate::content::model::Severity::Critical,
        "citation": citation,
        "turn": r.turn,
    });
    if !title.missing {
        v["title"] = tags.map(&title);
    }
    v
}
