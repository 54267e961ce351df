//! Scoring a call against its rubrics, its outcome and its wrap-up.
//!
//! Turns count the trainee's answers from 1. An event that happened after `k` turns is
//! answered by turns `k+1`, `k+2`, …. A rule whose event never happened, or one of whose
//! `unless` events happened, is not applicable and counts for neither side.
//!
//! What each rule check means lives in one place, the [`Tracker`] (`tracker.rs`): a full
//! [`score`] replays the call's facts through it; this module turns its rule results, the
//! outcome and the wrap-up into dimension scores and the verdict ([`aggregate`]).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::compile::{CRule, CompiledScenario, TagIdx};
use crate::content::model::{Dimension, Outcome, Severity};
use crate::engine::runner::{Call, EventHit, Pick};

pub mod documentation;
pub mod tracker;

pub use documentation::{
    DOC_NOTES_MIN_CHARS, DOC_PASS_MARK, ExpectedWrap, FieldCheck, NextAction, WrapField, WrapFields,
};
pub use tracker::{RuleProgress, Tracker};

use crate::content::negotiation::Terms;
use crate::engine::negotiation::{Assessment, Proposal, agreement};

/// The trainee's wrap-up after the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrapUp {
    /// The disposition code picked (one of the outcomes).
    pub disposition: Outcome,
    /// The trainee's free-text notes.
    pub notes: String,
    /// The structured fields (absent only in records of format 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<WrapFields>,
}

impl WrapUp {
    /// A wrap-up with structured fields.
    pub fn new(disposition: Outcome, notes: impl Into<String>, fields: WrapFields) -> WrapUp {
        WrapUp {
            disposition,
            notes: notes.into(),
            fields: Some(fields),
        }
    }
}

/// The arrangement of a call beside the best sustainable one, for the debrief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArrangementSummary {
    /// The agreed terms and what they mean, if terms were agreed.
    pub agreed: Option<(Terms, Assessment)>,
    /// The best sustainable arrangement within the mandate, if one exists.
    pub best: Option<(Terms, Assessment)>,
    /// What the debtor can pay a month, if the scenario has finances.
    pub capacity: Option<rust_decimal::Decimal>,
    /// Proposals made in the call.
    pub proposals: u32,
}

/// Everything scoring needs to know about a call.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// Behaviour tags of each turn (index 0 = turn 1).
    pub turn_tags: &'a [&'a [TagIdx]],
    /// Events, each with the number of turns taken before it, in order.
    pub events: &'a [EventHit],
    /// Callbacks arranged, with the turn that arranged them.
    pub callbacks: &'a [(u32, NaiveDateTime)],
    /// The ending's outcome; `None` for a call stopped before its end.
    pub outcome: Option<Outcome>,
    /// The wrap-up, if the trainee has done it (scores Documentation).
    pub wrap_up: Option<&'a WrapUp>,
    /// Terms proposed, with the debtor's answers, in order.
    pub proposals: &'a [Proposal],
}

/// How a rule came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleStatus {
    /// Fully earned.
    Met,
    /// A reward rule earned part of its weight.
    Partial,
    /// A reward rule earned nothing (not a breach).
    Missed,
    /// The rule was broken.
    Broken,
    /// The rule did not apply to this call.
    NotApplicable,
}

impl RuleStatus {
    /// Kebab-case key for Fluent ids (`status-<key>`) and exports.
    pub fn key(self) -> &'static str {
        match self {
            RuleStatus::Met => "met",
            RuleStatus::Partial => "partial",
            RuleStatus::Missed => "missed",
            RuleStatus::Broken => "broken",
            RuleStatus::NotApplicable => "not-applicable",
        }
    }
}

/// One rule's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    /// The rubric's id.
    pub rubric: String,
    /// The rule's id within its rubric.
    pub rule: String,
    /// The dimension the rule scores.
    pub dimension: Dimension,
    /// How serious breaking it is (a broken critical rule fails the call).
    pub severity: Severity,
    /// How it came out.
    pub status: RuleStatus,
    /// Points earned.
    pub earned: u32,
    /// Points possible (0 when not applicable).
    pub max: u32,
    /// The turn (1-based) that decided the result, when one did; 0 means the call itself
    /// (e.g. its time) before any turn.
    pub turn: Option<u32>,
}

/// One dimension's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// The dimension scored.
    pub dimension: Dimension,
    /// Points earned.
    pub earned: u32,
    /// Points possible.
    pub max: u32,
    /// 0..=100, rounded.
    pub score: u8,
    /// The dimension passes at or above this score.
    pub pass_mark: u8,
    /// The score reaches the pass mark.
    pub passed: bool,
}

impl RuleResult {
    /// The result of a rule with its status, points and deciding turn.
    pub fn of(
        rule: &CRule,
        status: RuleStatus,
        earned: u32,
        max: u32,
        turn: Option<u32>,
    ) -> RuleResult {
        RuleResult {
            rubric: rule.rubric.clone(),
            rule: rule.id.clone(),
            dimension: rule.dimension,
            severity: rule.severity,
            status,
            earned,
            max,
            turn,
        }
    }
}

impl DimensionScore {
    fn new(dimension: Dimension, earned: u32, max: u32, pass_mark: u8) -> Self {
        let (score, passed) = if max == 0 {
            (100, true)
        } else {
            let score = ((earned as u64 * 100 + max as u64 / 2) / max as u64) as u8;
            (score, earned as u64 * 100 >= pass_mark as u64 * max as u64)
        };
        DimensionScore {
            dimension,
            earned,
            max,
            score,
            pass_mark,
            passed,
        }
    }

    /// The exact score as a fraction of 1.
    pub fn fraction(&self) -> f64 {
        if self.max == 0 {
            1.0
        } else {
            self.earned as f64 / self.max as f64
        }
    }
}

/// The scores of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard {
    /// The dimension scores, in dimension order.
    pub dimensions: Vec<DimensionScore>,
    /// Every rule's result, in rubric order.
    pub rules: Vec<RuleResult>,
    /// A critical rule was broken: the call fails whatever the scores.
    pub critical_breach: bool,
    /// Every dimension passed and no critical rule was broken.
    pub passed: bool,
    /// Mean of the dimension scores, rounded.
    pub overall: u8,
    /// The arrangement beside the best one (absent when the call discussed no terms and the
    /// scenario has no finances).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<ArrangementSummary>,
    /// Each wrap-up field and whether it matched the call.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrap_checks: Vec<FieldCheck>,
    /// What the wrap-up should have said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_wrap: Option<ExpectedWrap>,
}

impl Scorecard {
    /// The score of one dimension, if it was scored.
    pub fn dimension(&self, d: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|s| s.dimension == d)
    }

    /// Mean of the exact dimension fractions (for ranking paths finely).
    pub fn overall_exact(&self) -> f64 {
        if self.dimensions.is_empty() {
            return 0.0;
        }
        self.dimensions
            .iter()
            .map(DimensionScore::fraction)
            .sum::<f64>()
            / self.dimensions.len() as f64
    }

    /// Rules that were broken, in rubric order.
    pub fn broken(&self) -> impl Iterator<Item = &RuleResult> {
        self.rules.iter().filter(|r| r.status == RuleStatus::Broken)
    }
}

/// Scores a finished (or stopped) call.
pub fn score_call(call: &Call, wrap_up: Option<&WrapUp>) -> Scorecard {
    let sc = call.scenario();
    let turn_tags: Vec<&[TagIdx]> = call
        .turns()
        .iter()
        .map(|t| turn_tags(sc, t.node, t.pick))
        .collect();
    score(
        sc,
        &Facts {
            turn_tags: &turn_tags,
            events: call.events(),
            callbacks: call.callbacks(),
            outcome: call.ending().map(|e| e.outcome),
            wrap_up,
            proposals: call.proposals(),
        },
    )
}

/// The behaviour tags a pick at a node carries.
pub fn turn_tags(sc: &CompiledScenario, node: u32, pick: Pick) -> &[TagIdx] {
    match (&sc.nodes[node as usize].kind, pick) {
        (crate::compile::CKind::Say { choices, .. }, Pick::Choice(c)) => &choices[c as usize].tags,
        (
            crate::compile::CKind::Say {
                timeout: Some(t), ..
            },
            Pick::Timeout,
        ) => &t.tags,
        (
            crate::compile::CKind::Say {
                propose: Some(p), ..
            },
            Pick::Propose(_),
        ) => &p.tags,
        _ => &[],
    }
}

/// Whether a rubric dimension with `max` points possible is on the scorecard: a call that
/// discussed no terms has no arrangement to score, and a call not placed has no conversation.
pub(crate) fn scored(dimension: Dimension, max: u32, declined: bool) -> bool {
    max > 0 || dimension != Dimension::Arrangement && !declined
}

impl Facts<'_> {
    /// Whether the trainee decided at the desk not to place the call.
    pub fn declined(&self, sc: &CompiledScenario) -> bool {
        sc.desk
            && !sc
                .dial_tag
                .is_some_and(|d| self.turn_tags.iter().any(|tags| tags.contains(&d)))
    }
}

/// Scores facts about a call against the scenario's rubrics, outcome scores and the wrap-up.
pub fn score(sc: &CompiledScenario, facts: &Facts) -> Scorecard {
    let rules = tracker::rule_results(sc, facts);
    let mut card = aggregate(sc, rules, facts.outcome, None, facts.declined(sc));
    if let (Some(outcome), Some(w)) = (facts.outcome, facts.wrap_up) {
        let (earned, max) = match &w.fields {
            Some(fields) => {
                let want = documentation::expected(sc, facts, outcome);
                let (earned, max, checks) =
                    documentation::score_fields(w.disposition, &w.notes, fields, &want);
                card.wrap_checks = checks;
                card.expected_wrap = Some(want);
                (earned, max)
            }
            None => documentation::score_legacy(w.disposition, &w.notes, outcome),
        };
        card.dimensions.push(DimensionScore::new(
            Dimension::Documentation,
            earned,
            max,
            DOC_PASS_MARK,
        ));
        card.finish();
    }
    card.arrangement = arrangement_summary(sc, facts.proposals);
    card
}

/// The arrangement beside the best one; `None` when the scenario has no finances and the call
/// discussed no terms.
pub fn arrangement_summary(
    sc: &CompiledScenario,
    proposals: &[Proposal],
) -> Option<ArrangementSummary> {
    if sc.deal.finances.is_none() && proposals.is_empty() {
        return None;
    }
    Some(ArrangementSummary {
        agreed: agreement(proposals).map(|p| (p.terms, p.assessment)),
        best: sc.deal.best.map(|t| (t, sc.deal.assess(&t))),
        capacity: sc.deal.capacity(),
        proposals: proposals.len() as u32,
    })
}

impl Scorecard {
    /// Recomputes the order of the dimensions and the verdict from the dimensions and rules.
    fn finish(&mut self) {
        self.dimensions.sort_by_key(|d| d.dimension);
        self.critical_breach = self
            .rules
            .iter()
            .any(|r| r.severity == Severity::Critical && r.status == RuleStatus::Broken);
        self.passed = !self.critical_breach && self.dimensions.iter().all(|d| d.passed);
        self.overall = if self.dimensions.is_empty() {
            0
        } else {
            let mean = self
                .dimensions
                .iter()
                .map(DimensionScore::fraction)
                .sum::<f64>()
                / self.dimensions.len() as f64;
            (mean * 100.0).round() as u8
        };
    }
}

/// Turns rule results, the outcome and (format 1) a wrap-up into dimension scores and the
/// verdict. [`score`] adds the structured wrap-up's Documentation and the arrangement.
/// `declined`: the trainee decided at the desk not to place the call.
pub fn aggregate(
    sc: &CompiledScenario,
    rules: Vec<RuleResult>,
    outcome: Option<Outcome>,
    wrap_up: Option<&WrapUp>,
    declined: bool,
) -> Scorecard {
    let mut dimensions = Vec::new();
    for &(dimension, pass_mark) in &sc.pass_marks {
        let (earned, max) = rules
            .iter()
            .filter(|r| r.dimension == dimension)
            .fold((0u32, 0u32), |(e, m), r| {
                (e.saturating_add(r.earned), m.saturating_add(r.max))
            });
        if !scored(dimension, max, declined) {
            continue;
        }
        dimensions.push(DimensionScore::new(dimension, earned, max, pass_mark));
    }
    if let Some(outcome) = outcome {
        dimensions.push(DimensionScore::new(
            Dimension::Resolution,
            sc.outcome_score(outcome) as u32,
            100,
            sc.resolution_pass_mark,
        ));
        if let Some(w) = wrap_up {
            let (earned, max) = documentation::score_legacy(w.disposition, &w.notes, outcome);
            dimensions.push(DimensionScore::new(
                Dimension::Documentation,
                earned,
                max,
                DOC_PASS_MARK,
            ));
        }
    }
    let mut card = Scorecard {
        dimensions,
        rules,
        critical_breach: false,
        passed: false,
        overall: 0,
        arrangement: None,
        wrap_checks: Vec::new(),
        expected_wrap: None,
    };
    card.finish();
    card
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::CCheck;
    use crate::content::model::RuleKind;
    use crate::engine::history::in_window;

    /// One rule scored alone in `sc`, through [`score`] (the tracker), with its turn number.
    fn evaluate(rule: &CRule, sc: &CompiledScenario, facts: &Facts) -> RuleResult {
        let mut sc = sc.clone();
        sc.rules = vec![rule.clone()];
        sc.refresh_rule_facts();
        score(&sc, facts).rules.remove(0)
    }

    fn rule(check: CCheck, severity: Severity) -> CRule {
        CRule {
            rubric: "r".into(),
            id: "R-1".into(),
            dimension: Dimension::Compliance,
            weight: 10,
            severity,
            citation: "x".into(),
            kind: RuleKind::Law,
            check,
            unless: vec![],
            contact: Default::default(),
            fact: crate::compile::RuleFact::None,
        }
    }

    fn sc_at(hour: u32) -> CompiledScenario {
        let text = include_str!("../../../tests/fixtures/minimal.ron");
        let scenario: crate::content::model::Scenario = crate::content::loader::ron_options()
            .from_str(text)
            .expect("fixture");
        CompiledScenario {
            id: "t".into(),
            version: 1,
            content_hash: String::new(),
            start: 0,
            nodes: vec![],
            var_names: vec![],
            var_start: vec![],
            tag_names: vec![],
            rules: vec![],
            pass_marks: vec![(Dimension::Compliance, 80)],
            outcome_scores: vec![(Outcome::PaymentPlan, 100), (Outcome::HungUp, 0)],
            resolution_pass_mark: 50,
            call_local: chrono::NaiveDate::from_ymd_opt(2026, 11, 17)
                .unwrap()
                .and_hms_opt(hour, 30, 0)
                .unwrap(),
            tag_flags: vec![],
            deal: Default::default(),
            history: Default::default(),
            desk: false,
            dial_tag: None,
            holidays: vec![],
            source: scenario,
        }
    }

    fn eval_with(check: CCheck, turns: &[&[TagIdx]], events: &[EventHit]) -> RuleResult {
        let sc = sc_at(10);
        evaluate(
            &rule(check, Severity::Major),
            &sc,
            &Facts {
                turn_tags: turns,
                events,
                callbacks: &[],
                outcome: Some(Outcome::PaymentPlan),
                wrap_up: None,
                proposals: &[],
            },
        )
    }

    const A: TagIdx = 1;
    const B: TagIdx = 2;
    const EV: TagIdx = 9;

    #[test]
    fn never_breaks_on_first_occurrence() {
        let r = eval_with(CCheck::Never(A), &[&[], &[A], &[A]], &[]);
        assert_eq!(
            (r.status, r.earned, r.max, r.turn),
            (RuleStatus::Broken, 0, 10, Some(2))
        );
        let r = eval_with(CCheck::Never(A), &[&[B]], &[]);
        assert_eq!((r.status, r.earned), (RuleStatus::Met, 10));
    }

    #[test]
    fn within_counts_turns_from_one() {
        assert_eq!(
            eval_with(CCheck::Within(A, 2), &[&[], &[A]], &[]).status,
            RuleStatus::Met
        );
        let late = eval_with(CCheck::Within(A, 2), &[&[], &[], &[A]], &[]);
        assert_eq!((late.status, late.turn), (RuleStatus::Broken, Some(2)));
        let never = eval_with(CCheck::Within(A, 3), &[&[]], &[]);
        assert_eq!((never.status, never.turn), (RuleStatus::Broken, Some(1)));
    }

    #[test]
    fn before_needs_a_strictly_earlier_turn_and_applies_only_when_then_occurs() {
        assert_eq!(
            eval_with(CCheck::Before(A, B), &[&[A], &[B]], &[]).status,
            RuleStatus::Met
        );
        assert_eq!(
            eval_with(CCheck::Before(A, B), &[&[A, B]], &[]).status,
            RuleStatus::Broken
        );
        assert_eq!(
            eval_with(CCheck::Before(A, B), &[&[B], &[A]], &[]).turn,
            Some(1)
        );
        assert_eq!(
            eval_with(CCheck::Before(A, B), &[&[A]], &[]).status,
            RuleStatus::NotApplicable
        );
    }

    #[test]
    fn after_opens_a_window_when_the_event_happens() {
        let ev = [EventHit {
            tag: EV,
            after_turns: 1,
        }];
        assert_eq!(
            eval_with(CCheck::After(EV, A, 2), &[&[], &[], &[A]], &ev).status,
            RuleStatus::Met
        );
        let late = eval_with(CCheck::After(EV, A, 1), &[&[], &[], &[A]], &ev);
        assert_eq!((late.status, late.turn), (RuleStatus::Broken, Some(2)));
        // Behaviour before the event does not count.
        assert_eq!(
            eval_with(CCheck::After(EV, A, 1), &[&[A], &[]], &ev).status,
            RuleStatus::Broken
        );
        assert_eq!(
            eval_with(CCheck::After(EV, A, 1), &[&[A]], &[]).status,
            RuleStatus::NotApplicable
        );
        // An event on the last line, with no turn left to answer it, is not applicable.
        let at_end = [EventHit {
            tag: EV,
            after_turns: 2,
        }];
        assert_eq!(
            eval_with(CCheck::After(EV, A, 1), &[&[], &[]], &at_end).status,
            RuleStatus::NotApplicable
        );
    }

    #[test]
    fn never_after_only_counts_after_the_event() {
        let ev = [EventHit {
            tag: EV,
            after_turns: 1,
        }];
        assert_eq!(
            eval_with(CCheck::NeverAfter(EV, A), &[&[A], &[]], &ev).status,
            RuleStatus::Met
        );
        assert_eq!(
            eval_with(CCheck::NeverAfter(EV, A), &[&[], &[A]], &ev).turn,
            Some(2)
        );
        assert_eq!(
            eval_with(CCheck::NeverAfter(EV, A), &[&[A]], &[]).status,
            RuleStatus::NotApplicable
        );
    }

    #[test]
    fn reward_and_penalty_are_capped_by_the_weight() {
        let r = eval_with(CCheck::Reward(A, 4), &[&[A], &[A], &[A]], &[]);
        assert_eq!((r.status, r.earned), (RuleStatus::Met, 10));
        let r = eval_with(CCheck::Reward(A, 4), &[&[A]], &[]);
        assert_eq!((r.status, r.earned), (RuleStatus::Partial, 4));
        assert_eq!(
            eval_with(CCheck::Reward(A, 4), &[&[]], &[]).status,
            RuleStatus::Missed
        );
        let p = eval_with(CCheck::Penalty(A, 4), &[&[A], &[A], &[A]], &[]);
        assert_eq!(
            (p.status, p.earned, p.turn),
            (RuleStatus::Broken, 0, Some(1))
        );
        let p = eval_with(CCheck::Penalty(A, 4), &[&[A]], &[]);
        assert_eq!(p.earned, 6);
    }

    #[test]
    fn unless_makes_a_rule_not_applicable() {
        let mut r = rule(CCheck::Within(A, 1), Severity::Critical);
        r.unless = vec![EV];
        let sc = sc_at(10);
        let ev = [EventHit {
            tag: EV,
            after_turns: 0,
        }];
        let facts = Facts {
            turn_tags: &[&[]],
            events: &ev,
            callbacks: &[],
            outcome: None,
            wrap_up: None,
            proposals: &[],
        };
        assert_eq!(evaluate(&r, &sc, &facts).status, RuleStatus::NotApplicable);
    }

    #[test]
    fn call_window_checks_the_call_and_its_callbacks() {
        let window = CCheck::CallWindow(8 * 60, 21 * 60);
        let early = sc_at(7);
        let facts = Facts {
            turn_tags: &[&[]],
            events: &[],
            callbacks: &[],
            outcome: None,
            wrap_up: None,
            proposals: &[],
        };
        assert_eq!(
            evaluate(&rule(window.clone(), Severity::Critical), &early, &facts).turn,
            Some(0)
        );
        let ok = sc_at(10);
        assert_eq!(
            evaluate(&rule(window.clone(), Severity::Critical), &ok, &facts).status,
            RuleStatus::Met
        );
        let late = chrono::NaiveDate::from_ymd_opt(2026, 11, 17)
            .unwrap()
            .and_hms_opt(21, 15, 0)
            .unwrap();
        let cbs = [(3, late)];
        let facts = Facts {
            callbacks: &cbs,
            ..facts
        };
        let r = evaluate(&rule(window, Severity::Critical), &ok, &facts);
        assert_eq!((r.status, r.turn), (RuleStatus::Broken, Some(3)));
        assert!(in_window(23 * 60, 22 * 60, 6 * 60) && !in_window(12 * 60, 22 * 60, 6 * 60));
    }

    #[test]
    fn a_critical_breach_fails_the_call_whatever_the_scores() {
        let mut sc = sc_at(10);
        sc.rules = vec![rule(CCheck::Never(A), Severity::Critical), {
            let mut r = rule(CCheck::Reward(B, 1000), Severity::Minor);
            r.weight = 1000;
            r
        }];
        let facts = Facts {
            turn_tags: &[&[A, B]],
            events: &[],
            callbacks: &[],
            outcome: Some(Outcome::PaymentPlan),
            wrap_up: None,
            proposals: &[],
        };
        let card = score(&sc, &facts);
        let compliance = card.dimension(Dimension::Compliance).unwrap();
        assert!(compliance.passed, "{compliance:?}");
        assert!(card.critical_breach);
        assert!(!card.passed);
        // Without the breach the same call passes.
        let facts = Facts {
            turn_tags: &[&[B]],
            ..facts
        };
        assert!(score(&sc, &facts).passed);
    }

    #[test]
    fn documentation_scores_the_disposition_and_notes() {
        let sc = sc_at(10);
        let good = WrapUp {
            disposition: Outcome::PaymentPlan,
            notes: "Agreed 3 instalments, first on 1 Dec.".into(),
            fields: None,
        };
        let facts = Facts {
            turn_tags: &[],
            events: &[],
            callbacks: &[],
            outcome: Some(Outcome::PaymentPlan),
            wrap_up: Some(&good),
            proposals: &[],
        };
        assert_eq!(
            score(&sc, &facts)
                .dimension(Dimension::Documentation)
                .unwrap()
                .score,
            100
        );
        let wrong = WrapUp {
            disposition: Outcome::HungUp,
            notes: String::new(),
            fields: None,
        };
        let doc = score(
            &sc,
            &Facts {
                wrap_up: Some(&wrong),
                ..facts
            },
        )
        .dimension(Dimension::Documentation)
        .cloned()
        .unwrap();
        assert_eq!((doc.score, doc.passed), (0, false));
        let resolution = score(
            &sc,
            &Facts {
                outcome: Some(Outcome::HungUp),
                ..facts
            },
        );
        assert!(!resolution.dimension(Dimension::Resolution).unwrap().passed);
    }

    #[test]
    fn nothing_applicable_scores_full_marks() {
        let d = DimensionScore::new(Dimension::Empathy, 0, 0, 80);
        assert_eq!((d.score, d.passed), (100, true));
        let d = DimensionScore::new(Dimension::Empathy, 79, 100, 80);
        assert!(!d.passed);
    }
}
