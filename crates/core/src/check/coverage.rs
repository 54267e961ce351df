//! Rule coverage: which scenario choices exercise each rubric rule (for the arrangement
//! checks, the negotiation steps and offers that decide them), and W210 for a rule that none
//! does. Coverage respects order: a choice counts only where it can still decide the rule (a
//! `Never`/`Before` tag not already taken on every way there; an `After`, `NeverAfter` or
//! `Until` tag only where its event can already have happened).

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use crate::compile::{CCheck, CKind, CompiledScenario, Locator, NodeIdx, RuleFact, TagIdx};
use crate::content::codes;
use crate::content::diagnostic::Diagnostic;
use crate::content::loader::Library;

/// W210 for every rule no path of any scenario exercises, given the [`coverage`] map.
pub(super) fn report_unexercised_rules(
    lib: &Library,
    coverage: &BTreeMap<String, Vec<String>>,
    d: &mut Vec<Diagnostic>,
) {
    for rubric in &lib.rubrics {
        let loc = Locator::new(&rubric.source);
        for rule in &rubric.value.rules {
            let key = format!("{}/{}", rubric.value.id, rule.id);
            if coverage.get(&key).is_none_or(Vec::is_empty) {
                let span = loc
                    .find(&rule.id, 0, rubric.source.text.len())
                    .unwrap_or(0..0);
                let message = format!(
                    "rule {} is not exercised by any path of any scenario",
                    rule.id
                );
                d.push(codes::at("W210", &rubric.source, span, message).help(
                    "add a choice carrying its tag (and, for After/NeverAfter, a node with \
                     its event) to a scenario that uses this rubric",
                ));
            }
        }
    }
}

/// Which scenario choices exercise each rule (`rubric/rule` → `scenario: node.choice` list).
pub fn coverage(
    lib: &Library,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for rubric in &lib.rubrics {
        for rule in &rubric.value.rules {
            out.entry(format!("{}/{}", rubric.value.id, rule.id))
                .or_default();
        }
    }
    for sc in compiled.values() {
        // Events shown by nodes, by the debtor's reactions to terms, when terms are agreed,
        // and those the account's history puts on file before the call.
        let events: HashSet<u16> = sc
            .nodes
            .iter()
            .flat_map(|n| n.events.iter().copied())
            .chain(sc.deal.agreed_events.iter().copied())
            .chain(sc.history.on_file.iter().copied())
            .chain(
                sc.deal
                    .reactions
                    .iter()
                    .flat_map(|r| r.events.iter().copied()),
            )
            .collect();
        for rule in &sc.rules {
            let key = format!("{}/{}", rule.rubric, rule.id);
            let entry = out.entry(key).or_default();
            // The history makes the rule not apply to this call (a `FirstContact` after an
            // earlier contact, a `NoContactAfter` with nothing on file): nothing exercises it.
            if rule.fact == RuleFact::Inapplicable {
                continue;
            }
            let (event, tag) = match rule.check {
                CCheck::Never(t)
                | CCheck::Within(t, _)
                | CCheck::Reward(t, _)
                | CCheck::Penalty(t, _) => (None, Some(t)),
                CCheck::Before(_, then) => (None, Some(then)),
                CCheck::After(e, t, _) | CCheck::NeverAfter(e, t) => (Some(e), Some(t)),
                CCheck::CallWindow(..)
                | CCheck::CallDays(..)
                | CCheck::CallFrequency(..)
                | CCheck::AfterConversation(..)
                | CCheck::NoContactAfter(_) => (None, sc.dial_tag),
                CCheck::Until {
                    opened, forbids, ..
                } => (Some(opened), Some(forbids)),
                CCheck::Sustainable | CCheck::WithinMandate | CCheck::Recovery => {
                    entry.extend(deciding_steps(sc, &rule.check));
                    continue;
                }
            };
            if event.is_some_and(|e| !events.contains(&e)) {
                continue;
            }
            let open = can_decide(sc, &rule.check);
            match tag {
                Some(t) => {
                    for (i, n) in sc.nodes.iter().enumerate() {
                        if !open[i] {
                            continue;
                        }
                        if let CKind::Say {
                            choices,
                            timeout,
                            propose,
                            ..
                        } = &n.kind
                        {
                            if propose.as_ref().is_some_and(|p| p.tags.contains(&t)) {
                                entry.push(format!("{}: {}.(propose)", sc.id, n.id));
                            }
                            for c in choices.iter().filter(|c| c.tags.contains(&t)) {
                                entry.push(format!("{}: {}.{}", sc.id, n.id, c.id));
                            }
                            if timeout.as_ref().is_some_and(|to| to.tags.contains(&t)) {
                                entry.push(format!("{}: {}.(timeout)", sc.id, n.id));
                            }
                        }
                    }
                }
                None => {
                    for n in &sc.nodes {
                        if let CKind::Say { choices, .. } = &n.kind {
                            for c in choices.iter().filter(|c| c.callback.is_some()) {
                                entry.push(format!("{}: {}.{} (callback)", sc.id, n.id, c.id));
                            }
                        }
                    }
                    entry.push(format!("{}: (call time)", sc.id));
                }
            }
        }
    }
    out
}

/// The moves out of a node on the bare graph: where each leads and the behaviour tags it
/// carries (a Branch's routes carry none). The graph checks (`scenario.rs`) use it too.
pub(super) fn moves(sc: &CompiledScenario, i: usize) -> Vec<(NodeIdx, &[TagIdx])> {
    match &sc.nodes[i].kind {
        CKind::Say {
            choices,
            timeout,
            propose,
            ..
        } => choices
            .iter()
            .map(|c| (c.next, c.tags.as_slice()))
            .chain(timeout.iter().map(|t| (t.next, t.tags.as_slice())))
            .chain(propose.iter().map(|p| (p.next, p.tags.as_slice())))
            .collect(),
        CKind::Branch { routes } => routes.iter().map(|(_, n)| (*n, &[][..])).collect(),
        CKind::End { .. } => Vec::new(),
    }
}

/// Per node: reached on the bare graph from `from` without taking a move tagged `avoid`.
fn reached(sc: &CompiledScenario, from: &[usize], avoid: Option<TagIdx>) -> Vec<bool> {
    let mut seen = vec![false; sc.nodes.len()];
    let mut stack = Vec::new();
    for &i in from {
        if !seen[i] {
            seen[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        for (next, tags) in moves(sc, i) {
            if avoid.is_some_and(|t| tags.contains(&t)) || seen[next as usize] {
                continue;
            }
            seen[next as usize] = true;
            stack.push(next as usize);
        }
    }
    seen
}

/// Per node: can a choice there still decide the check? A `Never(t)` or `Before(_, t)` is
/// decided by the first `t`, so not at a node every way to which already took `t`; an
/// `After(e, …)`, `NeverAfter(e, …)` or `Until { opened: e, … }` only after its event, so
/// only at a node reached from one showing `e` (the node itself included; everywhere when
/// the event comes from the history or the negotiation, whose moment the graph does not
/// show). Conservative: conditions are ignored, so "can" means "on the bare graph".
fn can_decide(sc: &CompiledScenario, check: &CCheck) -> Vec<bool> {
    let start = [sc.start as usize];
    match *check {
        CCheck::Never(t) | CCheck::Before(_, t) => reached(sc, &start, Some(t)),
        CCheck::After(e, ..) | CCheck::NeverAfter(e, _) | CCheck::Until { opened: e, .. } => {
            let elsewhere = sc.history.on_file.contains(&e)
                || sc.deal.agreed_events.contains(&e)
                || sc.deal.reactions.iter().any(|r| r.events.contains(&e));
            if elsewhere {
                return vec![true; sc.nodes.len()];
            }
            let shown: Vec<usize> = (0..sc.nodes.len())
                .filter(|&i| sc.nodes[i].events.contains(&e))
                .collect();
            let from_start = reached(sc, &start, None);
            let after = reached(sc, &shown, None);
            from_start.iter().zip(after).map(|(a, b)| *a && b).collect()
        }
        _ => vec![true; sc.nodes.len()],
    }
}

/// The negotiation steps and choices whose terms decide an arrangement check: every
/// negotiation step (`propose`), fixed offer and `takes_counter` choice, when the scenario has
/// a negotiation and what the check reads (finances for Sustainable and Recovery, a mandate
/// for WithinMandate).
fn deciding_steps(sc: &CompiledScenario, check: &CCheck) -> Vec<String> {
    let deal = &sc.deal;
    let decidable = !deal.reactions.is_empty()
        && match check {
            CCheck::WithinMandate => deal.mandate.is_some(),
            _ => deal.finances.is_some(),
        };
    let mut out = Vec::new();
    if !decidable {
        return out;
    }
    for n in &sc.nodes {
        if let CKind::Say {
            choices, propose, ..
        } = &n.kind
        {
            if propose.is_some() {
                out.push(format!("{}: {}.(propose)", sc.id, n.id));
            }
            for c in choices
                .iter()
                .filter(|c| c.offer.is_some() || c.takes_counter)
            {
                out.push(format!("{}: {}.{} (offer)", sc.id, n.id, c.id));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::negotiation::tests::{DEAL_BASE, compiled};

    #[test]
    fn arrangement_checks_are_decided_by_negotiation_steps_and_offers() {
        let (_, sc) = compiled(DEAL_BASE);
        let want = ["synth: n2-0.(propose)", "synth: n2-0.press (offer)"];
        assert_eq!(deciding_steps(&sc, &CCheck::Sustainable), want);
        assert_eq!(deciding_steps(&sc, &CCheck::WithinMandate), want);
        let mut no_mandate = sc.clone();
        no_mandate.deal.mandate = None;
        assert!(deciding_steps(&no_mandate, &CCheck::WithinMandate).is_empty());
        assert_eq!(deciding_steps(&no_mandate, &CCheck::Recovery), want);
        let mut no_reactions = sc;
        no_reactions.deal.reactions.clear();
        assert!(deciding_steps(&no_reactions, &CCheck::Sustainable).is_empty());
    }

    #[test]
    fn a_rule_the_history_makes_inapplicable_is_not_exercised() {
        let (lib, sc) = compiled(DEAL_BASE);
        let rule = sc
            .rules
            .iter()
            .position(|r| matches!(r.check, CCheck::Never(_)));
        let rule = rule.expect("a Never rule");
        let key = format!("{}/{}", sc.rules[rule].rubric, sc.rules[rule].id);
        let map = |sc: &CompiledScenario| {
            let one = BTreeMap::from([(sc.id.clone(), Arc::new(sc.clone()))]);
            coverage(&lib, &one)[&key].len()
        };
        assert!(map(&sc) > 0);
        let mut inapplicable = sc;
        inapplicable.rules[rule].fact = RuleFact::Inapplicable;
        assert_eq!(map(&inapplicable), 0);
    }
}
