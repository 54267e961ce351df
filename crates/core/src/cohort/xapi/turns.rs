//! One `answered` statement per trainee turn: the node as an xAPI choice interaction in the
//! call's language (the debtor's line, the answers offered, the best answer from where the
//! call stood), and the trainee's response with whether it lost anything.
//!
//! The best answer is the debrief's "better answer": [`search::best_continuation`] from the
//! call replayed up to just before the turn (through [`search::Continuations`], which shares
//! the search's memo between the turns and calls of one scenario). A turn is a success when
//! the trainee's pick is that answer, or when the best the call could still reach after the
//! pick is as good as the best it could reach before it, as the search ranks paths (passed,
//! mean score, fewer turns): another answer exactly as good as the one the search names,
//! which then joins the correct-response pattern too.

use serde_json::{Map, Value, json};

use super::call::rules_not_met;
use super::ext;
use super::lang::Tags;
use crate::compile::CompiledScenario;
use crate::content::l10n::{Localiser, Text};
use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, Pick};
use crate::engine::scoring::{Scorecard, score_call};
use crate::engine::search;
use crate::records::call_text::CallText;
use crate::records::record::SessionRecord;

/// What the search says about one turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Verdict {
    /// The best continuation's pick at this turn.
    pub best: Pick,
    /// The trainee's pick lost nothing.
    pub success: bool,
}

/// How good a path is, as the search ranks it: passed, then the mean of the dimensions,
/// then the fewer turns.
type Worth = (bool, i64, i64);

fn worth(s: &Scorecard, turns: usize) -> Worth {
    (
        s.passed,
        (s.overall_exact() * 1e9) as i64,
        -(turns.min(i64::MAX as usize) as i64),
    )
}

/// The verdict on each turn of a finished call (`None` where the search found no way on).
/// `searches` keeps what the search learns for the next call on the same scenario.
pub(super) fn verdicts(
    call: &Call,
    searches: &mut search::Continuations,
    budget: usize,
) -> Vec<Option<Verdict>> {
    let n = call.turns().len();
    let best: Vec<Option<(Pick, Worth)>> = (0..n)
        .map(|i| {
            let prefix = call.prefix(i).ok()?;
            let found = searches.best(&prefix, budget).best?;
            let &(_, pick) = found.picks.get(i)?;
            Some((pick, worth(&found.scorecard, found.picks.len())))
        })
        .collect();
    // After the last pick the call is over: what it reached (without the wrap-up, which the
    // search does not score either).
    let end = worth(&score_call(call, None), n);
    (0..n)
        .map(|i| {
            let (pick, before) = best[i]?;
            let after = if i + 1 < n {
                best[i + 1].map(|b| b.1)
            } else {
                Some(end)
            };
            let picked = call.turns()[i].pick;
            Some(Verdict {
                best: pick,
                success: picked == pick || after.is_some_and(|a| a >= before),
            })
        })
        .collect()
}

/// The call as replayed on its scenario, with its text and the verdict on each turn.
pub(super) struct Played<'a> {
    /// The call, replayed from the record.
    pub call: Call,
    /// Its text in the call's language.
    pub text: CallText<'a>,
    /// The verdict on each turn.
    pub verdicts: Vec<Option<Verdict>>,
}

/// Everything a turn's statement is built from.
pub(super) struct TurnContext<'a> {
    pub record: &'a SessionRecord,
    pub played: Option<&'a Played<'a>>,
    pub scenario: Option<&'a CompiledScenario>,
    pub loc: &'a Localiser,
    pub tags: &'a Tags,
    pub base: &'a str,
    /// The scenario's title in the call's language.
    pub title: &'a Text,
}

impl TurnContext<'_> {
    /// The `object.definition` and the `result` (without its duration) of turn `i` (0-based).
    pub fn definition_and_result(&self, i: usize) -> (Value, Value) {
        let turn = &self.record.turns[i];
        let tags = self.tags;
        let mut definition = Map::new();
        definition.insert(
            "type".into(),
            json!("http://adlnet.gov/expapi/activities/cmi.interaction"),
        );
        definition.insert(
            "name".into(),
            tags.map(&Text {
                text: format!("{} — {}", self.title.text, turn.node),
                ..self.title.clone()
            }),
        );
        definition.insert("interactionType".into(), json!("choice"));
        let mut result = Map::new();
        result.insert(
            "response".into(),
            json!(turn.pick.clone().unwrap_or_default()),
        );
        let mut extensions = Map::new();
        extensions.insert(ext(self.base, "turn"), json!(i + 1));
        let broken = rules_not_met(
            self.record,
            self.scenario,
            self.loc,
            tags,
            Some((i + 1) as u32),
        );
        if broken.as_array().is_some_and(|a| !a.is_empty()) {
            extensions.insert(ext(self.base, "rules"), broken);
        }
        let played = self.played.and_then(|p| Some((p, p.call.turns().get(i)?)));
        match played {
            Some((p, t)) => {
                let text = &p.text;
                let mut line = text.line_at(t.node, t.variant, p.call.proposals(), i + 1);
                if let Some(who) = text.speaker(t.node) {
                    line.text = format!("{}: {}", who.text, line.text);
                }
                definition.insert("description".into(), tags.map(&line));
                let verdict = p.verdicts.get(i).copied().flatten();
                if let Some(v) = verdict {
                    let mut pattern = Vec::new();
                    if let Pick::Choice(c) = v.best {
                        pattern.extend(text.sc.choice_id(t.node, c).map(str::to_owned));
                    }
                    if let Pick::Choice(c) = t.pick
                        && v.success
                        && t.pick != v.best
                    {
                        pattern.extend(text.sc.choice_id(t.node, c).map(str::to_owned));
                    }
                    if !pattern.is_empty() {
                        definition.insert("correctResponsesPattern".into(), json!(pattern));
                    }
                    if let Pick::Propose(terms) = v.best {
                        extensions
                            .insert(ext(self.base, "best-terms"), terms_json(text, tags, terms));
                    }
                    result.insert("success".into(), json!(v.success));
                }
                definition.insert(
                    "choices".into(),
                    t.shown
                        .iter()
                        .zip(&turn.shown)
                        .map(|(&c, id)| {
                            let words = tags.map(&text.choice(t.node, c));
                            json!({ "id": id, "description": words })
                        })
                        .collect(),
                );
                if let Pick::Propose(terms) = t.pick {
                    extensions.insert(ext(self.base, "proposed"), terms_json(text, tags, terms));
                }
            }
            None => {
                definition.insert(
                    "choices".into(),
                    turn.shown
                        .iter()
                        .map(|c| json!({ "id": c, "description": tags.plain(c) }))
                        .collect(),
                );
                if let Some(terms) = turn.terms {
                    extensions.insert(
                        ext(self.base, "proposed"),
                        json!({ "terms": terms.to_string() }),
                    );
                }
            }
        }
        result.insert("extensions".into(), Value::Object(extensions));
        (Value::Object(definition), Value::Object(result))
    }
}

/// Terms as an extension: `{terms (compact form), text (language map, in words)}`.
fn terms_json(text: &CallText, tags: &Tags, terms: Terms) -> Value {
    json!({ "terms": terms.to_string(), "text": tags.plain(&text.terms(&terms)) })
}
