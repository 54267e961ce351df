//! The scenario's rubrics: which exist, their rules with tags resolved, and the pass mark per
//! dimension.

use std::collections::HashMap;

use super::{CCheck, CRule, Contact, ResolvedRules, Resolver, RuleFact, TagIdx};
use crate::content::history::Calendar;
use crate::content::loader::Loaded;
use crate::content::model::{self, Check, Dimension, Rubric, Rule, TagKind};

impl Resolver<'_> {
    /// Finds the scenario's rubrics in the library; an unknown rubric id is reported (E106).
    pub(super) fn rubrics(&mut self) {
        let rubrics_span = self.locator.field("rubrics");
        let library = self.library;
        for id in &self.scenario.rubrics {
            match library.rubric(id) {
                Some(rubric) => self.rubrics.push(&rubric.value),
                None => {
                    let span = self
                        .locator
                        .find(id, rubrics_span.start, self.source.text.len())
                        .unwrap_or(rubrics_span.clone());
                    let known: Vec<&str> = library
                        .rubrics
                        .iter()
                        .map(|r| r.value.id.as_str())
                        .collect();
                    let diagnostic = self
                        .error("E106", span, format!("unknown rubric \"{id}\""))
                        .help(format!("known rubrics: {}", known.join(", ")));
                    self.report(diagnostic);
                }
            }
        }
    }

    /// Resolves the rules of the scenario's rubrics, in rubric order, and takes the highest
    /// pass mark per dimension. Reports nothing: a rule with an unknown tag or a bad clock
    /// time is left out here and reported by the checker on the rubric file.
    pub(super) fn rules(&self) -> ResolvedRules {
        let mut rules = Vec::new();
        let mut pass_marks: Vec<(Dimension, u8)> = Vec::new();
        for rubric in &self.rubrics {
            match pass_marks.iter_mut().find(|(d, _)| *d == rubric.dimension) {
                Some((_, mark)) => *mark = (*mark).max(rubric.pass_mark),
                None => pass_marks.push((rubric.dimension, rubric.pass_mark)),
            }
            for rule in &rubric.rules {
                if let Some(check) =
                    compile_check(&rule.check, &self.tags_by_id, &self.library.calendars)
                {
                    rules.push(self.rule(rubric, rule, check));
                }
            }
        }
        pass_marks.sort();
        ResolvedRules { rules, pass_marks }
    }

    /// One rule of a rubric, its check already resolved; unknown `unless` tags are dropped.
    fn rule(&self, rubric: &Rubric, rule: &Rule, check: CCheck) -> CRule {
        CRule {
            rubric: rubric.id.clone(),
            id: rule.id.clone(),
            dimension: rubric.dimension,
            weight: rule.weight,
            severity: rule.severity,
            citation: rule.citation.clone(),
            kind: rule.kind,
            check,
            contact: match &rule.check {
                Check::FirstContact(_) => Contact::First,
                Check::LaterContact(_) => Contact::Later,
                _ => Contact::Any,
            },
            fact: RuleFact::None,
            unless: rule
                .unless
                .iter()
                .filter_map(|t| self.tags_by_id.get(t.as_str()).map(|(i, _)| *i))
                .collect(),
        }
    }
}

/// Resolves a rule check's tags; `None` if a tag is unknown or a clock time is invalid
/// (the checker reports those on the rubric file).
/// A `CallDays` check's calendar must be in `calendars`.
pub fn compile_check(
    check: &Check,
    tags: &HashMap<&str, (TagIdx, TagKind)>,
    calendars: &[Loaded<Calendar>],
) -> Option<CCheck> {
    let t = |name: &String| tags.get(name.as_str()).map(|(i, _)| *i);
    Some(match check {
        Check::Never(a) => CCheck::Never(t(a)?),
        Check::Within(a, n) => CCheck::Within(t(a)?, *n),
        Check::Before(a, b) => CCheck::Before(t(a)?, t(b)?),
        Check::After(e, a, n) => CCheck::After(t(e)?, t(a)?, *n),
        Check::NeverAfter(e, a) => CCheck::NeverAfter(t(e)?, t(a)?),
        Check::Reward(a, p) => CCheck::Reward(t(a)?, *p),
        Check::Penalty(a, p) => CCheck::Penalty(t(a)?, *p),
        Check::CallWindow(from, to) => {
            CCheck::CallWindow(model::parse_clock(from)?, model::parse_clock(to)?)
        }
        Check::Sustainable => CCheck::Sustainable,
        Check::WithinMandate => CCheck::WithinMandate,
        Check::Recovery => CCheck::Recovery,
        Check::NoContactAfter(a) => CCheck::NoContactAfter(t(a)?),
        Check::CallFrequency(calls, days) => CCheck::CallFrequency(*calls, *days),
        Check::AfterConversation(days) => CCheck::AfterConversation(*days),
        Check::FirstContact(inner) | Check::LaterContact(inner) => {
            compile_check(inner, tags, calendars)?
        }
        Check::CallDays(days, calendar) => {
            let holidays = match calendar {
                Some(id) => calendars
                    .iter()
                    .find(|c| &c.value.id == id)?
                    .value
                    .holidays
                    .iter()
                    .map(|h| h.date)
                    .collect(),
                None => Vec::new(),
            };
            CCheck::CallDays(
                days.iter()
                    .fold(0u8, |mask, d| mask | 1 << d.num_days_from_monday()),
                holidays.into(),
            )
        }
        Check::Until {
            opened,
            closed,
            forbids,
            days,
        } => CCheck::Until {
            opened: t(opened)?,
            closed: t(closed)?,
            forbids: t(forbids)?,
            days: *days,
        },
    })
}
