//! The localised text of a call: the debtor's lines, the trainee's choices and their coaching
//! notes, and the transcript as both shells show it.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::compile::CompiledScenario;
use crate::content::l10n::{Localiser, Text};
use crate::content::model::{Dimension, Outcome};
use crate::content::negotiation::Terms;
use crate::engine::negotiation::Proposal;
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
        let mut text = CallText {
            loc,
            lang,
            sc,
            args,
        };
        // `$promised`: the latest promise on the account's file, in words.
        let promised = sc.history.entries.iter().rev().find_map(|e| match &e.what {
            crate::content::history::Happened::Promise { terms } => Some(*terms),
            _ => None,
        });
        if let Some(terms) = promised {
            let words = text.terms(&terms);
            text.args.set("promised", FluentValue::from(words));
        }
        text
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

    /// The debtor's line at a node, with the negotiation so far (the proposals made before
    /// trainee turn `turn`, 1-based) in its arguments: `$terms`, `$instalment`, `$count`,
    /// `$every`, `$first-date`, `$settlement`, `$by-date`, `$agreed`, `$counter-terms`,
    /// `$counter-instalment`, `$counter-count`.
    pub fn line_at(&self, node: u32, variant: u8, proposals: &[Proposal], turn: usize) -> Text {
        let before: Vec<&Proposal> = proposals
            .iter()
            .filter(|p| (p.turn as usize) < turn)
            .collect();
        if before.is_empty() {
            return self.line(node, variant);
        }
        let mut args: FluentArgs<'static> = FluentArgs::new();
        for (k, v) in self.args.iter() {
            let v: FluentValue<'static> = match v {
                FluentValue::String(s) => FluentValue::from(s.to_string()),
                FluentValue::Number(n) => FluentValue::Number(n.clone()),
                _ => FluentValue::None,
            };
            args.set(k.to_string(), v);
        }
        let latest = before[before.len() - 1];
        self.terms_args(&mut args, "", &latest.terms);
        args.set("terms", FluentValue::from(self.terms(&latest.terms)));
        if let Some(agreed) = before.iter().rev().find(|p| p.agreed()) {
            args.set("agreed", FluentValue::from(self.terms(&agreed.terms)));
        }
        if let crate::content::negotiation::Reply::Counter(percent) = latest.reply {
            let counter = self.sc.deal.counter(percent, &latest.terms);
            args.set("counter-terms", FluentValue::from(self.terms(&counter)));
            self.terms_args(&mut args, "counter-", &counter);
        }
        let id = &self.sc.nodes[node as usize].id;
        let id = if variant == 0 {
            id.clone()
        } else {
            format!("{id}-v{}", variant + 1)
        };
        self.loc
            .scenario(self.lang, &self.sc.id, &id, None, Some(&args))
    }

    fn terms_args(&self, args: &mut FluentArgs<'static>, prefix: &str, terms: &Terms) {
        let money = |a| {
            self.loc
                .money(self.lang, a, &self.sc.source.account.currency)
        };
        let date = |d| self.loc.date(self.lang, d);
        match *terms {
            Terms::Plan {
                amount,
                every,
                count,
                first,
            } => {
                args.set(
                    format!("{prefix}instalment"),
                    FluentValue::from(money(amount)),
                );
                args.set(
                    format!("{prefix}count"),
                    FluentValue::from(i64::from(count)),
                );
                args.set(
                    format!("{prefix}every"),
                    FluentValue::from(self.loc.t(self.lang, &format!("every-{}", every.key()))),
                );
                args.set(
                    format!("{prefix}first-date"),
                    FluentValue::from(date(first)),
                );
            }
            Terms::Settlement { amount, by } => {
                args.set(
                    format!("{prefix}settlement"),
                    FluentValue::from(money(amount)),
                );
                args.set(format!("{prefix}by-date"), FluentValue::from(date(by)));
            }
            Terms::Extension { to } | Terms::InFull { by: to } => {
                args.set(format!("{prefix}by-date"), FluentValue::from(date(to)));
            }
        }
    }

    /// Terms in words: "12 × $60.00 monthly, the first on 1 December 2026".
    pub fn terms(&self, terms: &Terms) -> String {
        let currency = &self.sc.source.account.currency;
        let money = |a| FluentValue::from(self.loc.money(self.lang, a, currency));
        let date = |d| FluentValue::from(self.loc.date(self.lang, d));
        match *terms {
            Terms::Plan {
                amount,
                every,
                count,
                first,
            } => self.loc.ta(
                self.lang,
                "terms-plan-text",
                &[
                    ("count", FluentValue::from(i64::from(count))),
                    ("amount", money(amount)),
                    (
                        "every",
                        FluentValue::from(self.loc.t(self.lang, &format!("every-{}", every.key()))),
                    ),
                    ("first", date(first)),
                ],
            ),
            Terms::Settlement { amount, by } => self.loc.ta(
                self.lang,
                "terms-settlement-text",
                &[("amount", money(amount)), ("by", date(by))],
            ),
            Terms::Extension { to } => self.loc.ta(
                self.lang,
                "terms-extension-text",
                &[("amount", money(self.sc.deal.balance)), ("by", date(to))],
            ),
            Terms::InFull { by } => self.loc.ta(
                self.lang,
                "terms-in-full-text",
                &[("amount", money(self.sc.deal.balance)), ("by", date(by))],
            ),
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
        let proposals = call.proposals();
        for (i, t) in call.turns().iter().enumerate() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(t.node),
                text: self.line_at(t.node, t.variant, proposals, i + 1),
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
                Pick::Propose(terms) => Line {
                    speaker: Speaker::Trainee,
                    who: None,
                    text: {
                        let mut args = FluentArgs::new();
                        args.set("terms", FluentValue::from(self.terms(&terms)));
                        self.loc.ui(self.lang, "call-proposes", None, Some(&args))
                    },
                    turn: i + 1,
                },
            });
        }
        let next_turn = call.turns().len() + 1;
        if let Some(p) = call.prompt() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(p.node),
                text: self.line_at(p.node, p.variant, proposals, next_turn),
                turn: next_turn,
            });
        } else if let Some(e) = call.ending() {
            out.push(Line {
                speaker: Speaker::Debtor,
                who: self.speaker(e.node),
                text: self.line_at(e.node, e.variant, proposals, next_turn),
                turn: next_turn,
            });
        }
        out
    }

    /// A UI message with arguments ([`Text::marked`]: an English fallback carries its marker).
    pub fn ui(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'static>)]) -> String {
        self.loc.text(self.lang, id, args).marked()
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
