//! What a search state can do next: the choices, the timeout and (at a negotiation step) the
//! candidate proposals on offer, and the debtor's reactions to terms, as the runner's
//! `negotiate` makes them, forking where a reaction's condition depends on dice.

use super::Sim;
use crate::compile::{CKind, CompiledScenario, NodeIdx};
use crate::content::negotiation::{Reply, Terms};
use crate::engine::negotiation::{Assessment, Proposal};
use crate::engine::runner::{EventHit, Pick, apply_effects, eval_maybe, validate_terms};

/// The debtor's reactions to terms, as the runner's `negotiate` makes them, forking where a
/// reaction's condition depends on dice.
pub(super) fn negotiate(
    sc: &CompiledScenario,
    mut sim: Sim,
    terms: Terms,
    takes_counter: bool,
    out: &mut Vec<Sim>,
) {
    let assessment = match sc.deal.search_terms.iter().find(|(t, _)| *t == terms) {
        Some((_, a)) => *a,
        None => sc.deal.assess(&terms),
    };
    sim.deal = sim.deal.proposing(&terms, &assessment);
    if takes_counter {
        answer(sc, sim, terms, assessment, Reply::Accept, true, out);
        return;
    }
    for r in &sc.deal.reactions {
        let holds = r
            .condition
            .as_ref()
            .map_or(Some(true), |c| eval_maybe(c, &sim.view()));
        if holds == Some(false) {
            continue;
        }
        let mut s = sim.clone();
        for &t in &r.events {
            s.seen.insert(t);
            s.tracker.on_event(sc, t);
            if s.history {
                let after_turns = s.turns();
                s.events.push(EventHit {
                    tag: t,
                    after_turns,
                });
            }
        }
        apply_effects(&mut s.vars, &r.effects);
        answer(sc, s, terms, assessment, r.reply, false, out);
        if holds == Some(true) {
            return;
        }
    }
    answer(sc, sim, terms, assessment, Reply::Refuse, false, out);
}

fn answer(
    sc: &CompiledScenario,
    mut sim: Sim,
    terms: Terms,
    assessment: Assessment,
    reply: Reply,
    takes_counter: bool,
    out: &mut Vec<Sim>,
) {
    sim.counter = match reply {
        Reply::Counter(percent) => Some(sc.deal.counter(percent, &terms)),
        _ => None,
    };
    if reply == Reply::Accept {
        for &t in &sc.deal.agreed_events {
            sim.seen.insert(t);
            sim.tracker.on_event(sc, t);
            if sim.history {
                let after_turns = sim.turns();
                sim.events.push(EventHit {
                    tag: t,
                    after_turns,
                });
            }
        }
    }
    sim.deal = sim.deal.answered(reply);
    sim.tracker
        .on_proposal(sc, &assessment, reply == Reply::Accept);
    if sim.history {
        let turn = sim.turns();
        sim.proposals.push(Proposal {
            turn,
            terms,
            assessment,
            reply,
            takes_counter,
        });
    }
    out.push(sim);
}

/// The choices (and the timeout) that may be on offer in a state.
/// Which proposals a search tries at a negotiation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Proposals {
    /// One per kind and class ([`crate::compile::CDeal::search_terms`]): every way the debtor
    /// can react is reached (exploring states).
    EveryClass,
    /// Two stand for all the trainee could build: the best sustainable one within the mandate
    /// (else the one recovering most) and one that is not, the mistake (best and worst paths).
    BestAndMistake,
}

pub(super) fn options(
    sc: &CompiledScenario,
    sim: &Sim,
    proposals: Proposals,
) -> Vec<(Pick, NodeIdx)> {
    let CKind::Say {
        choices, timeout, ..
    } = &sc.nodes[sim.node as usize].kind
    else {
        return Vec::new();
    };
    // Indices counted as `u16` so none wraps (see `compile::limits::MAX_CHOICES`).
    let mut out: Vec<(Pick, NodeIdx)> = (0..=u16::MAX)
        .zip(choices)
        .filter(|(_, c)| {
            c.condition
                .as_ref()
                .is_none_or(|cond| eval_maybe(cond, &sim.view()) != Some(false))
        })
        .map(|(i, c)| (Pick::Choice(i), c.next))
        .collect();
    if let Some(t) = timeout {
        out.push((Pick::Timeout, t.next));
    }
    if let CKind::Say {
        propose: Some(p), ..
    } = &sc.nodes[sim.node as usize].kind
    {
        let on_offer: Vec<&(Terms, Assessment)> = sc
            .deal
            .search_terms
            .iter()
            .filter(|(t, _)| p.kinds.contains(&t.kind()) && validate_terms(t, sc).is_ok())
            .collect();
        if proposals == Proposals::EveryClass {
            for (terms, _) in on_offer {
                out.push((Pick::Propose(*terms), p.next));
            }
            return out;
        }
        let good = |a: &Assessment| a.sustainable && a.within_mandate();
        let best = on_offer
            .iter()
            .max_by_key(|(_, a)| (good(a), a.recovered))
            .map(|(t, _)| *t);
        let mistake = on_offer.iter().find(|(_, a)| !good(a)).map(|(t, _)| *t);
        for terms in best.into_iter().chain(mistake.filter(|m| Some(*m) != best)) {
            out.push((Pick::Propose(terms), p.next));
        }
    }
    out
}
