//! The debrief of a finished call: its scores, every rule with citation and coaching, a
//! better answer at each broken rule's turn, and the trainee's path beside the best one.

use fluent_bundle::FluentValue;

use crate::content::l10n::{Text, s};
use crate::engine::runner::{Call, Pick};
use crate::engine::scoring::{DimensionScore, RuleResult, RuleStatus, Scorecard, WrapField};
use crate::engine::search;
use crate::records::budget::{self, ArrangementText};
use crate::records::call_text::CallText;

/// One rule in the debrief, localised.
#[derive(Debug, Clone)]
pub struct DebriefRule {
    /// The rule's result in the scorecard.
    pub result: RuleResult,
    /// The rule's title.
    pub title: Text,
    /// Where the rule comes from (law, regulation, house policy), in the call's language:
    /// the rule's `.citation` in the rubric's Fluent file, else the RON `citation` (marked as
    /// a fallback outside English).
    pub citation: Text,
    /// The rule's coaching text.
    pub coaching: Text,
    /// What the trainee said at the deciding turn, and the note on it.
    pub said: Option<Text>,
    /// The coaching note on what the trainee said, if written.
    pub said_why: Option<Text>,
    /// A better answer at that turn (from the best continuation), and why.
    pub better: Option<Text>,
    /// The coaching note on the better answer, if written.
    pub better_why: Option<Text>,
}

/// The debrief of a finished call.
#[derive(Debug, Clone)]
pub struct Debrief {
    /// The call's scorecard.
    pub scores: Scorecard,
    /// Rules in order: broken first (critical first), then partial/missed, met, not applicable.
    pub rules: Vec<DebriefRule>,
    /// The trainee's path and the best path, as choice texts per turn.
    pub your_path: Vec<Text>,
    /// The best path the search found, as choice texts per turn.
    pub best_path: Vec<Text>,
    /// The best path's scorecard, if the search found one.
    pub best_score: Option<Scorecard>,
    /// The arrangement beside the best sustainable one, in words (calls about money).
    pub arrangement: Option<ArrangementText>,
    /// Each wrap-up field, whether it matched, and what the call called for.
    pub wrap: Vec<WrapLine>,
}

/// One wrap-up field in the debrief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrapLine {
    /// The field's label.
    pub field: String,
    /// It matched the call.
    pub ok: bool,
    /// What the call called for (empty for notes).
    pub expected: String,
}

/// Builds the debrief of a finished call from its scorecard (the one its record holds):
/// every rule with citation and coaching, the better answer at each broken rule's turn, and
/// the trainee's path beside the best one.
pub fn debrief(text: &CallText, call: &Call, scores: &Scorecard, budget: usize) -> Debrief {
    let mut rules: Vec<DebriefRule> = scores
        .rules
        .iter()
        .map(|r| debrief_rule(text, call, r, budget))
        .collect();
    let order = |r: &DebriefRule| {
        let status = match r.result.status {
            RuleStatus::Broken => 0,
            RuleStatus::Partial | RuleStatus::Missed => 1,
            RuleStatus::Met => 2,
            RuleStatus::NotApplicable => 3,
        };
        (status, std::cmp::Reverse(r.result.severity))
    };
    rules.sort_by_key(order);
    let your_path = path_texts(text, call.turns().iter().map(|t| (t.node, t.pick)));
    let best = search::best_path(text.sc, budget);
    let best_path = best
        .best
        .as_ref()
        .map(|b| path_texts(text, b.picks.iter().copied()))
        .unwrap_or_default();
    Debrief {
        scores: scores.clone(),
        rules,
        your_path,
        best_path,
        best_score: best.best.map(|b| b.scorecard),
        arrangement: scores
            .arrangement
            .as_ref()
            .map(|a| budget::arrangement_text(text, a)),
        wrap: wrap_lines(text, scores),
    }
}

/// The wrap-up fields with what the call called for.
fn wrap_lines(text: &CallText, scores: &Scorecard) -> Vec<WrapLine> {
    let Some(want) = &scores.expected_wrap else {
        return Vec::new();
    };
    let none = || text.ui("wrap-expected-none", &[]);
    scores
        .wrap_checks
        .iter()
        .map(|c| {
            let expected = match c.field {
                WrapField::Disposition => text.outcome(want.disposition),
                WrapField::Terms => want.terms.map_or_else(none, |t| text.terms(&t)),
                WrapField::NextAction => want
                    .actions
                    .iter()
                    .map(|a| text.ui(&format!("next-{}", a.key()), &[]))
                    .collect::<Vec<_>>()
                    .join(" / "),
                WrapField::NextDate => want
                    .next_date
                    .map_or_else(none, |d| text.loc.date(text.lang, d)),
                WrapField::Flags => {
                    if want.flags.is_empty() {
                        none()
                    } else {
                        want.flags
                            .iter()
                            .map(|f| text.ui(&format!("flag-{}", f.key()), &[]))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                }
                WrapField::Notes => String::new(),
            };
            WrapLine {
                field: text.ui(&format!("wrap-field-{}", c.field.key()), &[]),
                ok: c.ok,
                expected,
            }
        })
        .collect()
}

/// One rule of the debrief: its texts, what the trainee said at its deciding turn and, for a
/// broken rule, the better answer the search finds from just before that turn.
fn debrief_rule(text: &CallText, call: &Call, r: &RuleResult, budget: usize) -> DebriefRule {
    let rule = text
        .sc
        .rules
        .iter()
        .find(|x| x.id == r.rule && x.rubric == r.rubric);
    let mut entry = DebriefRule {
        result: r.clone(),
        title: text.loc.ui(text.lang, &r.rule, None, None),
        citation: text.loc.citation(
            text.lang,
            &r.rubric,
            &r.rule,
            rule.map_or("", |x| x.citation.as_str()),
        ),
        coaching: text.loc.ui(text.lang, &r.rule, Some("coaching"), None),
        said: None,
        said_why: None,
        better: None,
        better_why: None,
    };
    let Some(turn) = r
        .turn
        .filter(|t| *t >= 1 && (*t as usize) <= call.turns().len())
    else {
        return entry;
    };
    if !matches!(
        r.status,
        RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
    ) {
        return entry;
    }
    let t = &call.turns()[turn as usize - 1];
    if let Pick::Choice(c) = t.pick {
        entry.said = Some(text.choice(t.node, c));
        entry.said_why = text.why(t.node, c);
    }
    if r.status == RuleStatus::Broken {
        // Replay up to just before that turn and ask the search how to go on.
        if let Ok(prefix) = call.prefix(turn as usize - 1) {
            let best = search::best_continuation(&prefix, budget);
            if let Some(b) = best.best
                && let Some(&(node, pick)) = b.picks.get(turn as usize - 1)
                && pick != t.pick
                && let Pick::Choice(c) = pick
            {
                entry.better = Some(text.choice(node, c));
                entry.better_why = text.why(node, c);
            }
        }
    }
    entry
}

/// The texts of a path's picks, one per turn (silence for a timeout).
fn path_texts(text: &CallText, picks: impl Iterator<Item = (u32, Pick)>) -> Vec<Text> {
    picks
        .map(|(node, pick)| match pick {
            Pick::Choice(c) => text.choice(node, c),
            Pick::Timeout => text.loc.ui(text.lang, "call-silence", None, None),
            Pick::Propose(terms) => Text {
                text: text.terms(&terms),
                fallback: false,
                missing: false,
            },
        })
        .collect()
}

/// Arguments for `debrief-score`.
pub fn score_args(
    text: &CallText,
    d: &DimensionScore,
) -> Vec<(&'static str, FluentValue<'static>)> {
    let result = if d.passed {
        text.loc.t(text.lang, "debrief-passed")
    } else {
        text.loc.t(text.lang, "debrief-failed")
    };
    vec![
        ("dimension", s(text.dimension(d.dimension))),
        ("score", FluentValue::from(d.score as i64)),
        ("mark", FluentValue::from(d.pass_mark as i64)),
        ("result", s(result)),
    ]
}
