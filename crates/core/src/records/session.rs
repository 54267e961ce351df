//! A trainee's session as both shells use it: the call, its journal, its record, and the
//! localised transcript and debrief.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use fluent_bundle::FluentArgs;

use crate::compile::{CKind, CompiledScenario};
use crate::content::l10n::{Localiser, Text, s};
use crate::content::model::{Dimension, Outcome};
use crate::engine::runner::{Call, Pick, RunError};
use crate::engine::scoring::{RuleResult, RuleStatus, Scorecard, WrapUp, score_call};
use crate::engine::search;
use crate::records::record::{self, Journal, JournalTurn, SessionMeta, SessionRecord, Unfinished};

/// A call being played, journalled turn by turn when a data folder is given.
pub struct Session {
    pub meta: SessionMeta,
    pub call: Call,
    journal: Option<Journal>,
    /// Why the journal could not be written, if it could not (the call goes on in memory).
    pub journal_error: Option<String>,
}

impl Session {
    /// Starts a call. With a data folder, the call is journalled so a crash can resume it.
    pub fn start(
        sc: Arc<CompiledScenario>,
        meta: SessionMeta,
        data: Option<&Path>,
    ) -> Result<Session, RunError> {
        let call = Call::new(sc, meta.seed)?;
        let mut session = Session {
            meta,
            call,
            journal: None,
            journal_error: None,
        };
        if let Some(dir) = data {
            match Journal::start(dir, &session.meta) {
                Ok(j) => session.journal = Some(j),
                Err(e) => {
                    session.journal_error = Some(format!(
                        "{}: {e}",
                        record::journal_path(dir, &session.meta.trainee).display()
                    ))
                }
            }
        }
        Ok(session)
    }

    /// A trainer's playtest: starts at any node with chosen variable values. Never journalled,
    /// and its record is not meant to be written (the start is not the scenario's own).
    pub fn playtest(
        sc: Arc<CompiledScenario>,
        meta: SessionMeta,
        node: crate::compile::NodeIdx,
        vars: Vec<i32>,
    ) -> Result<Session, RunError> {
        let call = Call::start_at(sc, meta.seed, node, vars)?;
        Ok(Session {
            meta,
            call,
            journal: None,
            journal_error: None,
        })
    }

    /// A finished session rebuilt from its record (for reviewing it): the call is replayed
    /// from the record's seed and picks.
    pub fn from_record(
        sc: Arc<CompiledScenario>,
        rec: &SessionRecord,
    ) -> Result<Session, RunError> {
        let call = record::replay(sc, rec.seed, &rec.turns)?;
        Ok(Session {
            meta: SessionMeta {
                trainee: rec.trainee.clone(),
                scenario: rec.scenario.clone(),
                version: rec.version,
                content_hash: rec.content_hash.clone(),
                locale: rec.locale.clone(),
                seed: rec.seed,
                mode: rec.mode,
                started_at: rec.started_at,
            },
            call,
            journal: None,
            journal_error: None,
        })
    }

    /// Resumes an unfinished call from its journal.
    pub fn resume(sc: Arc<CompiledScenario>, unfinished: &Unfinished) -> Result<Session, RunError> {
        let call = record::resume(sc, unfinished)?;
        let (journal, journal_error) = match Journal::reopen(&unfinished.path) {
            Ok(j) => (Some(j), None),
            Err(e) => (None, Some(format!("{}: {e}", unfinished.path.display()))),
        };
        Ok(Session {
            meta: unfinished.meta.clone(),
            call,
            journal,
            journal_error,
        })
    }

    /// A new attempt that replays this call's first `turns` picks (same seed) and goes on from
    /// there: "rewind to this decision".
    pub fn rewind(
        &self,
        turns: usize,
        now: DateTime<Utc>,
        data: Option<&Path>,
    ) -> Result<Session, RunError> {
        let meta = SessionMeta {
            started_at: now,
            ..self.meta.clone()
        };
        let mut session = Session::start(Arc::clone(self.call.scenario()), meta, data)?;
        for t in self.call.turns().iter().take(turns) {
            session.replay(t.pick, t.millis)?;
        }
        Ok(session)
    }

    fn journal(&mut self, pick: Pick, millis: u32) {
        let pick = match pick {
            Pick::Choice(c) => match &self.call.scenario().nodes
                [self.call.turns().last().map_or(0, |t| t.node) as usize]
                .kind
            {
                CKind::Say { choices, .. } => Some(choices[c as usize].id.clone()),
                _ => None,
            },
            Pick::Timeout => None,
        };
        if let Some(j) = &mut self.journal
            && let Err(e) = j.append(&JournalTurn { pick, millis })
        {
            self.journal_error = Some(format!("{}: {e}", j.path().display()));
        }
    }

    /// Picks the option at a 0-based display position and journals it.
    pub fn pick(&mut self, position: usize, millis: u32) -> Result<(), RunError> {
        self.call.pick(position, millis)?;
        let pick = self
            .call
            .turns()
            .last()
            .expect("a turn was just taken")
            .pick;
        self.journal(pick, millis);
        Ok(())
    }

    /// The answer timer ran out.
    pub fn time_out(&mut self, millis: u32) -> Result<(), RunError> {
        self.call.time_out(millis)?;
        self.journal(Pick::Timeout, millis);
        Ok(())
    }

    fn replay(&mut self, pick: Pick, millis: u32) -> Result<(), RunError> {
        self.call.replay(pick, millis)?;
        self.journal(pick, millis);
        Ok(())
    }

    /// Scores the finished call with its wrap-up, writes the record (when a data folder is
    /// given) and removes the journal. On a write error the record is returned with the error
    /// so the shell can keep it in memory and offer to retry.
    pub fn finish(
        &mut self,
        wrap_up: Option<WrapUp>,
        now: DateTime<Utc>,
        data: Option<&Path>,
    ) -> Result<(SessionRecord, Option<PathBuf>), FinishError> {
        let record = record::make_record(&self.meta, &self.call, wrap_up, now)
            .ok_or(FinishError::NotOver)?;
        let Some(dir) = data else {
            return Ok((record, None));
        };
        match record::write_record(dir, &record) {
            Ok(path) => {
                if let Some(j) = self.journal.take() {
                    let _ = j.finish();
                }
                Ok((record, Some(path)))
            }
            Err(e) => Err(FinishError::Write(
                Box::new(record),
                format!("{}: {e}", record::records_dir(dir).display()),
            )),
        }
    }
}

/// Why a session could not be finished.
#[derive(Debug)]
pub enum FinishError {
    NotOver,
    /// The record could not be written; it is kept here.
    Write(Box<SessionRecord>, String),
}

/// Who says a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Debtor,
    Trainee,
    /// The trainee said nothing before the timer ran out.
    Silence,
}

/// One localised line of the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub speaker: Speaker,
    /// Who says a debtor-side line when it is not the debtor (a receptionist, a spouse).
    pub who: Option<Text>,
    pub text: Text,
    /// The trainee turn this line belongs to (1-based); the debtor's line before turn `n` has `n`.
    pub turn: usize,
}

/// Localised text of a scenario for one call.
pub struct CallText<'a> {
    pub loc: &'a Localiser,
    pub lang: &'a str,
    pub sc: &'a CompiledScenario,
    pub args: FluentArgs<'static>,
}

impl<'a> CallText<'a> {
    pub fn new(loc: &'a Localiser, lang: &'a str, sc: &'a CompiledScenario, agent: &str) -> Self {
        let args = loc.call_args(lang, &sc.source, agent, sc.days_past_due());
        CallText {
            loc,
            lang,
            sc,
            args,
        }
    }

    /// A message of the scenario's file.
    pub fn msg(&self, id: &str, attr: Option<&str>) -> Text {
        self.loc
            .scenario(self.lang, &self.sc.id, id, attr, Some(&self.args))
    }

    /// The debtor's line at a node in a wording.
    pub fn line(&self, node: u32, variant: u8) -> Text {
        let id = &self.sc.nodes[node as usize].id;
        if variant == 0 {
            self.msg(id, None)
        } else {
            self.msg(&format!("{id}-v{}", variant + 1), None)
        }
    }

    /// Who speaks at a node when it is not the debtor.
    pub fn speaker(&self, node: u32) -> Option<Text> {
        let key = self.sc.nodes[node as usize].speaker.as_ref()?;
        Some(self.msg(&format!("speaker-{key}"), None))
    }

    /// The name shown before a node's line: its speaker's label, else the debtor's name.
    pub fn speaker_name(&self, node: u32) -> String {
        self.speaker(node)
            .map_or_else(|| self.sc.source.debtor.name.clone(), |t| t.text)
    }

    /// A choice's text.
    pub fn choice(&self, node: u32, choice: u16) -> Text {
        let n = &self.sc.nodes[node as usize];
        match &n.kind {
            CKind::Say { choices, .. } => self.msg(&n.id, Some(&choices[choice as usize].id)),
            _ => self.msg(&n.id, None),
        }
    }

    /// A choice's coaching note, if written.
    pub fn why(&self, node: u32, choice: u16) -> Option<Text> {
        let n = &self.sc.nodes[node as usize];
        let CKind::Say { choices, .. } = &n.kind else {
            return None;
        };
        let t = self.msg(&format!("{}-why", n.id), Some(&choices[choice as usize].id));
        (!t.missing).then_some(t)
    }

    /// The whole transcript so far.
    pub fn transcript(&self, call: &Call) -> Vec<Line> {
        let mut out = Vec::new();
        for (i, t) in call.turns().iter().enumerate() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(t.node),
                text: self.line(t.node, t.variant),
                turn: i + 1,
            });
            out.push(match t.pick {
                Pick::Choice(c) => Line {
                    speaker: Speaker::Trainee,
                    who: None,
                    text: self.choice(t.node, c),
                    turn: i + 1,
                },
                Pick::Timeout => Line {
                    speaker: Speaker::Silence,
                    who: None,
                    text: self.loc.ui(self.lang, "call-silence", None, None),
                    turn: i + 1,
                },
            });
        }
        let next_turn = call.turns().len() + 1;
        if let Some(p) = call.prompt() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(p.node),
                text: self.line(p.node, p.variant),
                turn: next_turn,
            });
        } else if let Some(e) = call.ending() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(e.node),
                text: self.line(e.node, e.variant),
                turn: next_turn,
            });
        }
        out
    }

    /// A UI message with arguments.
    pub fn ui(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'static>)]) -> String {
        self.loc.ta(self.lang, id, args)
    }

    pub fn outcome(&self, o: Outcome) -> String {
        self.loc.t(self.lang, &format!("outcome-{}", o.key()))
    }

    pub fn dimension(&self, d: Dimension) -> String {
        self.loc.t(self.lang, &format!("dimension-{}", d.key()))
    }
}

/// One rule in the debrief, localised.
#[derive(Debug, Clone)]
pub struct DebriefRule {
    pub result: RuleResult,
    pub title: Text,
    pub citation: String,
    pub coaching: Text,
    /// What the trainee said at the deciding turn, and the note on it.
    pub said: Option<Text>,
    pub said_why: Option<Text>,
    /// A better answer at that turn (from the best continuation), and why.
    pub better: Option<Text>,
    pub better_why: Option<Text>,
}

/// The debrief of a finished call.
#[derive(Debug, Clone)]
pub struct Debrief {
    pub scores: Scorecard,
    /// Rules in order: broken first (critical first), then partial/missed, met, not applicable.
    pub rules: Vec<DebriefRule>,
    /// The trainee's path and the best path, as choice texts per turn.
    pub your_path: Vec<String>,
    pub best_path: Vec<String>,
    pub best_score: Option<Scorecard>,
}

/// Builds the debrief: scores, every rule with citation and coaching, the better answer at
/// each broken rule's turn, and the trainee's path beside the best one.
pub fn debrief(text: &CallText, call: &Call, wrap_up: Option<&WrapUp>, budget: usize) -> Debrief {
    let sc = text.sc;
    let scores = score_call(call, wrap_up);
    let mut rules = Vec::new();
    for r in &scores.rules {
        let rule = sc
            .rules
            .iter()
            .find(|x| x.id == r.rule && x.rubric == r.rubric);
        let title = text.loc.ui(text.lang, &r.rule, None, None);
        let coaching = text.loc.ui(text.lang, &r.rule, Some("coaching"), None);
        let mut entry = DebriefRule {
            result: r.clone(),
            title,
            citation: rule.map(|x| x.citation.clone()).unwrap_or_default(),
            coaching,
            said: None,
            said_why: None,
            better: None,
            better_why: None,
        };
        if let Some(turn) = r
            .turn
            .filter(|t| *t >= 1 && (*t as usize) <= call.turns().len())
            && matches!(
                r.status,
                RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
            )
        {
            let t = &call.turns()[turn as usize - 1];
            if let Pick::Choice(c) = t.pick {
                entry.said = Some(text.choice(t.node, c));
                entry.said_why = text.why(t.node, c);
            }
            if r.status == RuleStatus::Broken {
                // Replay up to just before that turn and ask the search how to go on.
                if let Ok(prefix) = record::replay(
                    Arc::clone(call.scenario()),
                    call.seed(),
                    &record::turn_records(call)[..turn as usize - 1],
                ) {
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
        }
        rules.push(entry);
    }
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
    let your_path = call
        .turns()
        .iter()
        .map(|t| match t.pick {
            Pick::Choice(c) => text.choice(t.node, c).text,
            Pick::Timeout => text.loc.t(text.lang, "call-silence"),
        })
        .collect();
    let best = search::best_path(sc, budget);
    let best_path = best
        .best
        .as_ref()
        .map(|b| {
            b.picks
                .iter()
                .map(|(n, p)| match p {
                    Pick::Choice(c) => text.choice(*n, *c).text,
                    Pick::Timeout => text.loc.t(text.lang, "call-silence"),
                })
                .collect()
        })
        .unwrap_or_default();
    Debrief {
        scores,
        rules,
        your_path,
        best_path,
        best_score: best.best.map(|b| b.scorecard),
    }
}

/// Arguments for `debrief-score`.
pub fn score_args(
    text: &CallText,
    d: &crate::engine::scoring::DimensionScore,
) -> Vec<(&'static str, fluent_bundle::FluentValue<'static>)> {
    let result = if d.passed {
        text.loc.t(text.lang, "debrief-passed")
    } else {
        text.loc.t(text.lang, "debrief-failed")
    };
    vec![
        ("dimension", s(text.dimension(d.dimension))),
        ("score", fluent_bundle::FluentValue::from(d.score as i64)),
        ("mark", fluent_bundle::FluentValue::from(d.pass_mark as i64)),
        ("result", s(result)),
    ]
}
