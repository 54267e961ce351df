//! The localised text of a call: the debtor's lines, the trainee's choices and their coaching
//! notes, and the transcript as both shells show it.

use fluent_bundle::FluentArgs;

use crate::compile::CompiledScenario;
use crate::content::l10n::{Localiser, Text};
use crate::content::model::{Dimension, Outcome};
use crate::engine::runner::{Call, Pick};

/// Who says a transcript line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// The debtor (or whoever answers the phone).
    Debtor,
    /// The trainee, saying a choice.
    Trainee,
    /// The trainee said nothing before the timer ran out.
    Silence,
}

/// One localised line of the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Who says it.
    pub speaker: Speaker,
    /// Who says a debtor-side line when it is not the debtor (a receptionist, a spouse).
    pub who: Option<Text>,
    /// What is said.
    pub text: Text,
    /// The trainee turn this line belongs to (1-based); the debtor's line before turn `n` has `n`.
    pub turn: usize,
}

/// Localised text of a scenario for one call.
pub struct CallText<'a> {
    /// The messages of the library.
    pub loc: &'a Localiser,
    /// The language of the call.
    pub lang: &'a str,
    /// The scenario played.
    pub sc: &'a CompiledScenario,
    /// The call's message arguments (debtor, amount, agent, …).
    pub args: FluentArgs<'static>,
}

impl<'a> CallText<'a> {
    /// The text of a scenario in a language, with the trainee's name as the agent.
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
        let node_id = &self.sc.nodes[node as usize].id;
        self.msg(node_id, self.sc.choice_id(node, choice))
    }

    /// A choice's coaching note, if written.
    pub fn why(&self, node: u32, choice: u16) -> Option<Text> {
        let choice_id = self.sc.choice_id(node, choice)?;
        let node_id = &self.sc.nodes[node as usize].id;
        let t = self.msg(&format!("{node_id}-why"), Some(choice_id));
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

    /// An outcome's name.
    pub fn outcome(&self, o: Outcome) -> String {
        self.loc.t(self.lang, &format!("outcome-{}", o.key()))
    }

    /// A scoring dimension's name.
    pub fn dimension(&self, d: Dimension) -> String {
        self.loc.t(self.lang, &format!("dimension-{}", d.key()))
    }
}
