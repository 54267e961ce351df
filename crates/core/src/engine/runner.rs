//! The call runner: a state machine over a compiled scenario.
//!
//! Every random choice (line variant, choice order, `Chance`) comes from one PCG generator
//! seeded with the session's seed, consumed in a fixed order, so the same scenario version,
//! seed and picks always give the same call. The generator's draws are turned into numbers by
//! our own small functions ([`below`]) so a dependency upgrade cannot change a replay.

use std::sync::Arc;

use chrono::NaiveDateTime;
use rand::SeedableRng;
use rand::rand_core::Rng;
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

use crate::compile::{CKind, CompiledScenario, NodeIdx, TagIdx, VarIdx};
use crate::content::model::Outcome;
use crate::content::negotiation::{Reply, Terms};
use crate::engine::negotiation::{DealView, Proposal, agreement};

pub use crate::engine::condition::{View, eval, eval_maybe};
pub use crate::engine::negotiation::validate_terms;

/// A uniformly random number in `0..n` from the generator (Lemire's multiply-shift; n ≥ 1).
pub fn below(rng: &mut Pcg64Mcg, n: u32) -> u32 {
    ((rng.next_u32() as u64 * n as u64) >> 32) as u32
}

/// The generator a session uses, from its seed.
pub fn session_rng(seed: u64) -> Pcg64Mcg {
    Pcg64Mcg::seed_from_u64(seed)
}

/// The `index`-th output of a SplitMix64 sequence started at `state`: spreads nearby inputs
/// (clock readings, run numbers) over the whole range, so neighbouring seeds differ.
pub fn mix_seed(state: u64, index: u64) -> u64 {
    let mut z = state.wrapping_add(index.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A seed for a call nobody asked a seed for: the clock (and the process id) mixed by
/// [`mix_seed`]. Both shells use it; it is the only randomness outside the session generator.
pub fn seed_from_clock() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    mix_seed(nanos, u64::from(std::process::id()))
}

/// A set of tags (bitset over the vocabulary).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TagSet(Vec<u64>);

impl TagSet {
    pub fn with_capacity(tags: usize) -> Self {
        TagSet(vec![0; tags.div_ceil(64)])
    }
    pub fn insert(&mut self, t: TagIdx) {
        let (w, b) = (t as usize / 64, t as usize % 64);
        if w >= self.0.len() {
            self.0.resize(w + 1, 0);
        }
        self.0[w] |= 1 << b;
    }
    pub fn contains(&self, t: TagIdx) -> bool {
        let (w, b) = (t as usize / 64, t as usize % 64);
        self.0.get(w).is_some_and(|x| x & (1 << b) != 0)
    }
    /// The bitset's words (for packing into search keys).
    pub fn words(&self) -> &[u64] {
        &self.0
    }
    /// The bitset's words, to update (for unions).
    pub fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
    pub fn clear(&mut self) {
        self.0.iter_mut().for_each(|w| *w = 0);
    }
}

/// What the trainee did at a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pick {
    /// The choice at this index of the node's `choices` (not the display position).
    Choice(u16),
    /// The answer timer ran out.
    Timeout,
    /// The trainee proposed these terms at a negotiation step.
    Propose(Terms),
}

/// One trainee turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub node: NodeIdx,
    /// Which wording of the debtor's line was shown (0-based).
    pub variant: u8,
    /// The choices shown, as indices into the node's choices, in display order.
    pub shown: Vec<u16>,
    pub pick: Pick,
    /// How long the trainee took, in milliseconds (not part of replay).
    pub millis: u32,
}

/// An event tag and the number of trainee turns completed when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventHit {
    pub tag: TagIdx,
    pub after_turns: u32,
}

/// Why the runner could not go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// The call has ended; no more picks.
    Over,
    /// The pick does not name a choice shown now.
    InvalidPick(String),
    /// A `Say` node where no choice is visible and there is no timeout (the checker reports these).
    DeadEnd(String),
    /// Branches route to each other without ever reaching a line (the checker reports these).
    BranchLoop(String),
    /// Proposed terms this negotiation step does not take (the reason).
    InvalidTerms(String),
    /// A call of a case whose inherited history does not fit its scenario (the reason).
    Case(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Over => write!(f, "the call is over"),
            RunError::InvalidPick(p) => write!(f, "no such choice here: {p}"),
            RunError::DeadEnd(n) => write!(f, "node \"{n}\" has no choice to offer in this state"),
            RunError::BranchLoop(n) => {
                write!(f, "branches loop without reaching a line at \"{n}\"")
            }
            RunError::InvalidTerms(why) => write!(f, "these terms cannot be proposed: {why}"),
            RunError::Case(why) => write!(f, "this call of a case cannot be played: {why}"),
        }
    }
}

impl std::error::Error for RunError {}

/// What the debtor is saying now and what the trainee may answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt<'a> {
    pub node: NodeIdx,
    pub node_id: &'a str,
    pub variant: u8,
    /// Indices into the node's choices, in display order.
    pub choices: &'a [u16],
    /// Seconds to answer, when the node has a timer.
    pub timeout: Option<u32>,
    /// The kinds of terms the trainee may propose here (empty: not a negotiation step).
    pub proposable: &'a [crate::content::negotiation::TermsKind],
}

/// How the call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ending {
    pub node: NodeIdx,
    pub variant: u8,
    pub outcome: Outcome,
}

/// A call in progress (or finished).
#[derive(Debug, Clone)]
pub struct Call {
    sc: Arc<CompiledScenario>,
    seed: u64,
    rng: Pcg64Mcg,
    node: NodeIdx,
    variant: u8,
    vars: Vec<i32>,
    seen: TagSet,
    turns: Vec<Turn>,
    events: Vec<EventHit>,
    callbacks: Vec<(u32, NaiveDateTime)>,
    shown: Vec<u16>,
    ending: Option<Ending>,
    start_node: NodeIdx,
    deal: DealView,
    proposals: Vec<Proposal>,
    counter: Option<Terms>,
}

impl Call {
    /// Starts a call at the scenario's start node.
    pub fn new(sc: Arc<CompiledScenario>, seed: u64) -> Result<Call, RunError> {
        let start = sc.start;
        let vars = sc.var_start.clone();
        Call::start_at(sc, seed, start, vars)
    }

    /// Starts a call at any node with chosen state values (a trainer's playtest).
    pub fn start_at(
        sc: Arc<CompiledScenario>,
        seed: u64,
        node: NodeIdx,
        vars: Vec<i32>,
    ) -> Result<Call, RunError> {
        let mut call = Call {
            seed,
            rng: session_rng(seed),
            node,
            variant: 0,
            vars: vars.into_iter().map(|v| v.clamp(0, 100)).collect(),
            seen: sc.seen_at_start(),
            turns: Vec::new(),
            events: Vec::new(),
            callbacks: Vec::new(),
            shown: Vec::new(),
            ending: None,
            start_node: node,
            deal: DealView::default(),
            proposals: Vec::new(),
            counter: None,
            sc,
        };
        call.enter(node)?;
        Ok(call)
    }

    /// Starts over with a new seed, reusing this call's buffers (for fast walks).
    pub fn restart(&mut self, seed: u64) -> Result<(), RunError> {
        self.seed = seed;
        self.rng = session_rng(seed);
        self.vars.clear();
        self.vars.extend_from_slice(&self.sc.var_start);
        self.seen.clear();
        for &t in &self.sc.history.on_file {
            self.seen.insert(t);
        }
        self.turns.clear();
        self.events.clear();
        self.callbacks.clear();
        self.ending = None;
        self.deal = DealView::default();
        self.proposals.clear();
        self.counter = None;
        self.start_node = self.sc.start;
        self.enter(self.sc.start)
    }

    pub fn scenario(&self) -> &Arc<CompiledScenario> {
        &self.sc
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn start_node(&self) -> NodeIdx {
        self.start_node
    }
    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }
    pub fn events(&self) -> &[EventHit] {
        &self.events
    }
    pub fn vars(&self) -> &[i32] {
        &self.vars
    }
    /// The value of a state variable by name.
    pub fn var(&self, name: &str) -> Option<i32> {
        self.sc
            .var_names
            .iter()
            .position(|v| v == name)
            .map(|i| self.vars[i])
    }
    /// Callbacks arranged so far, with the turn (1-based) that arranged each.
    pub fn callbacks(&self) -> &[(u32, NaiveDateTime)] {
        &self.callbacks
    }
    pub fn ending(&self) -> Option<Ending> {
        self.ending
    }
    /// Every proposal made so far, in order, with the debtor's answers.
    pub fn proposals(&self) -> &[Proposal] {
        &self.proposals
    }
    /// The agreed arrangement so far: the last proposal the debtor accepted.
    pub fn agreement(&self) -> Option<&Proposal> {
        agreement(&self.proposals)
    }
    /// The debtor's counter-offer on the table, if their last reply was one.
    pub fn counter(&self) -> Option<Terms> {
        self.counter
    }
    /// What conditions read about the negotiation.
    pub fn deal_view(&self) -> DealView {
        self.deal
    }
    /// Whether the trainee has discovered the debtor's finances (a reveal tag occurred).
    pub fn finances_revealed(&self) -> bool {
        self.sc.deal.reveal.iter().any(|&t| self.seen.contains(t))
    }
    pub fn is_over(&self) -> bool {
        self.ending.is_some()
    }
    /// Whether a tag (behaviour or event) has occurred so far.
    pub fn has_seen(&self, tag: TagIdx) -> bool {
        self.seen.contains(tag)
    }

    /// What the debtor says now and the choices on offer; `None` once the call is over.
    pub fn prompt(&self) -> Option<Prompt<'_>> {
        if self.ending.is_some() {
            return None;
        }
        let node = &self.sc.nodes[self.node as usize];
        let (timeout, proposable) = match &node.kind {
            CKind::Say {
                timeout, propose, ..
            } => (
                timeout.as_ref().map(|t| t.seconds),
                propose.as_ref().map_or(&[][..], |p| &p.kinds[..]),
            ),
            _ => (None, &[][..]),
        };
        Some(Prompt {
            node: self.node,
            node_id: &node.id,
            variant: self.variant,
            choices: &self.shown,
            timeout,
            proposable,
        })
    }

    /// Picks the choice at a 0-based display position.
    pub fn pick(&mut self, position: usize, millis: u32) -> Result<(), RunError> {
        if self.ending.is_some() {
            return Err(RunError::Over);
        }
        let Some(&choice) = self.shown.get(position) else {
            return Err(RunError::InvalidPick(format!(
                "option {} of {}",
                position + 1,
                self.shown.len()
            )));
        };
        self.apply(Pick::Choice(choice), millis)
    }

    /// Picks a shown choice by its id.
    pub fn pick_id(&mut self, id: &str, millis: u32) -> Result<(), RunError> {
        if self.ending.is_some() {
            return Err(RunError::Over);
        }
        let position = self
            .sc
            .choice_by_id(self.node, id)
            .and_then(|choice| self.shown.iter().position(|&c| c == choice))
            .ok_or_else(|| RunError::InvalidPick(id.to_string()))?;
        self.pick(position, millis)
    }

    /// The trainee let the answer timer run out.
    pub fn time_out(&mut self, millis: u32) -> Result<(), RunError> {
        if self.ending.is_some() {
            return Err(RunError::Over);
        }
        match &self.sc.nodes[self.node as usize].kind {
            CKind::Say {
                timeout: Some(_), ..
            } => self.apply(Pick::Timeout, millis),
            _ => Err(RunError::InvalidPick(
                "timeout (this line has no timer)".into(),
            )),
        }
    }

    /// Proposes terms at a negotiation step; the debtor reacts and the call moves on.
    pub fn propose(&mut self, terms: Terms, millis: u32) -> Result<(), RunError> {
        if self.ending.is_some() {
            return Err(RunError::Over);
        }
        let CKind::Say { propose, .. } = &self.sc.nodes[self.node as usize].kind else {
            return Err(RunError::Over);
        };
        let Some(propose) = propose else {
            return Err(RunError::InvalidTerms(
                "the debtor is not discussing terms at this point of the call".into(),
            ));
        };
        if !propose.kinds.contains(&terms.kind()) {
            return Err(RunError::InvalidTerms(format!(
                "{} terms are not on offer here",
                terms.kind().key()
            )));
        }
        validate_terms(&terms, &self.sc)?;
        self.apply(Pick::Propose(terms), millis)
    }

    /// Replays a pick as recorded (a choice index, not a display position).
    pub fn replay(&mut self, pick: Pick, millis: u32) -> Result<(), RunError> {
        match pick {
            Pick::Propose(terms) => self.propose(terms, millis),
            Pick::Timeout => self.time_out(millis),
            Pick::Choice(c) => {
                let position =
                    self.shown.iter().position(|&s| s == c).ok_or_else(|| {
                        RunError::InvalidPick(format!("choice #{c} is not on offer"))
                    })?;
                self.pick(position, millis)
            }
        }
    }

    /// The same call (scenario and seed) replayed from the scenario's start through this
    /// call's first `turns` picks: where it stood before turn `turns + 1`. Fails if a turn no
    /// longer lines up (the call did not start at the scenario's start, as a playtest).
    pub fn prefix(&self, turns: usize) -> Result<Call, RunError> {
        let mut call = Call::new(Arc::clone(&self.sc), self.seed)?;
        for (i, t) in self.turns.iter().take(turns).enumerate() {
            if call.ending.is_some() {
                return Err(RunError::Over);
            }
            if call.node != t.node {
                return Err(RunError::InvalidPick(format!(
                    "turn {}: the call was at node \"{}\", the replay at \"{}\"",
                    i + 1,
                    self.sc.nodes[t.node as usize].id,
                    self.sc.nodes[call.node as usize].id
                )));
            }
            call.replay(t.pick, t.millis)?;
        }
        Ok(call)
    }

    fn apply(&mut self, pick: Pick, millis: u32) -> Result<(), RunError> {
        let sc = Arc::clone(&self.sc);
        let node = &sc.nodes[self.node as usize];
        let CKind::Say {
            choices,
            timeout,
            propose,
            ..
        } = &node.kind
        else {
            return Err(RunError::Over);
        };
        let mut offer: Option<(Terms, bool)> = None;
        let (tags, effects, next) = match pick {
            Pick::Choice(c) => {
                let choice = &choices[c as usize];
                if let Some(at) = choice.callback {
                    self.callbacks.push((self.turns.len() as u32 + 1, at));
                }
                if choice.takes_counter {
                    offer = self.counter.map(|t| (t, true));
                } else if let Some(t) = choice.offer {
                    offer = Some((t, false));
                }
                (&choice.tags, &choice.effects, choice.next)
            }
            Pick::Timeout => {
                let t = timeout.as_ref().ok_or(RunError::Over)?;
                (&t.tags, &t.effects, t.next)
            }
            Pick::Propose(terms) => {
                let p = propose.as_ref().ok_or(RunError::Over)?;
                offer = Some((terms, false));
                (&p.tags, &Vec::new(), p.next)
            }
        };
        for &t in tags {
            self.seen.insert(t);
        }
        apply_effects(&mut self.vars, effects);
        self.turns.push(Turn {
            node: self.node,
            variant: self.variant,
            shown: std::mem::take(&mut self.shown),
            pick,
            millis,
        });
        if let Some((terms, takes_counter)) = offer {
            self.negotiate(terms, takes_counter);
        }
        self.enter(next)
    }

    /// The debtor's reaction to terms just proposed at the turn just taken: the first
    /// reaction whose condition holds (taking the debtor's own counter-offer is accepted).
    fn negotiate(&mut self, terms: Terms, takes_counter: bool) {
        let sc = Arc::clone(&self.sc);
        let assessment = sc.deal.assess(&terms);
        self.deal = self.deal.proposing(&terms, &assessment);
        let after_turns = self.turns.len() as u32;
        let reply = if takes_counter {
            Reply::Accept
        } else {
            let rng = &mut self.rng;
            let view = View {
                vars: &self.vars,
                seen: &self.seen,
                deal: self.deal,
            };
            let reaction = sc.deal.reactions.iter().find(|r| {
                r.condition
                    .as_ref()
                    .is_none_or(|c| eval(c, &view, &mut |p| roll(rng, p)))
            });
            match reaction {
                Some(r) => {
                    for &t in &r.events {
                        self.seen.insert(t);
                        self.events.push(EventHit {
                            tag: t,
                            after_turns,
                        });
                    }
                    apply_effects(&mut self.vars, &r.effects);
                    r.reply
                }
                None => Reply::Refuse,
            }
        };
        self.counter = match reply {
            Reply::Counter(percent) => Some(sc.deal.counter(percent, &terms)),
            _ => None,
        };
        if reply == Reply::Accept {
            for &t in &sc.deal.agreed_events {
                self.seen.insert(t);
                self.events.push(EventHit {
                    tag: t,
                    after_turns,
                });
            }
        }
        self.deal = self.deal.answered(reply);
        self.proposals.push(Proposal {
            turn: after_turns,
            terms,
            assessment,
            reply,
            takes_counter,
        });
    }

    /// Enters a node: records its events, applies its effects, routes branches, and sets up
    /// the prompt (variant and shuffled choices) or the ending.
    fn enter(&mut self, mut index: NodeIdx) -> Result<(), RunError> {
        let sc = Arc::clone(&self.sc);
        let mut hops = 0usize;
        loop {
            let node = &sc.nodes[index as usize];
            self.node = index;
            let after_turns = self.turns.len() as u32;
            for &t in &node.events {
                self.seen.insert(t);
                self.events.push(EventHit {
                    tag: t,
                    after_turns,
                });
            }
            apply_effects(&mut self.vars, &node.effects);
            match &node.kind {
                CKind::Branch { routes } => {
                    hops += 1;
                    if hops > sc.nodes.len() {
                        return Err(RunError::BranchLoop(node.id.clone()));
                    }
                    let rng = &mut self.rng;
                    let view = View {
                        vars: &self.vars,
                        seen: &self.seen,
                        deal: self.deal,
                    };
                    let next = routes
                        .iter()
                        .find(|(cond, _)| {
                            cond.as_ref()
                                .is_none_or(|c| eval(c, &view, &mut |p| roll(rng, p)))
                        })
                        .map(|(_, n)| *n);
                    match next {
                        Some(n) => index = n,
                        None => return Err(RunError::DeadEnd(node.id.clone())),
                    }
                }
                CKind::Say {
                    variants,
                    choices,
                    timeout,
                    ..
                } => {
                    self.variant = pick_variant(&mut self.rng, *variants);
                    self.shown.clear();
                    // Indices counted as `u16` so none wraps (the compiler refuses a node
                    // with more than `compile::limits::MAX_CHOICES` choices anyway).
                    for (i, c) in (0..=u16::MAX).zip(choices) {
                        let rng = &mut self.rng;
                        let view = View {
                            vars: &self.vars,
                            seen: &self.seen,
                            deal: self.deal,
                        };
                        let visible = c
                            .condition
                            .as_ref()
                            .is_none_or(|cond| eval(cond, &view, &mut |p| roll(rng, p)));
                        if visible {
                            self.shown.push(i);
                        }
                    }
                    shuffle(&mut self.rng, &mut self.shown);
                    if self.shown.is_empty() && timeout.is_none() {
                        return Err(RunError::DeadEnd(node.id.clone()));
                    }
                    return Ok(());
                }
                CKind::End { variants, outcome } => {
                    let variant = pick_variant(&mut self.rng, *variants);
                    self.ending = Some(Ending {
                        node: index,
                        variant,
                        outcome: *outcome,
                    });
                    self.shown.clear();
                    return Ok(());
                }
            }
        }
    }
}

fn pick_variant(rng: &mut Pcg64Mcg, variants: u8) -> u8 {
    if variants > 1 {
        below(rng, variants as u32) as u8
    } else {
        0
    }
}

fn roll(rng: &mut Pcg64Mcg, percent: u8) -> bool {
    below(rng, 100) < percent as u32
}

/// Fisher–Yates shuffle driven by [`below`].
pub fn shuffle<T>(rng: &mut Pcg64Mcg, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = below(rng, i as u32 + 1) as usize;
        items.swap(i, j);
    }
}

/// Adds effects to state variables, clamped to 0..=100.
pub fn apply_effects(vars: &mut [i32], effects: &[(VarIdx, i32)]) {
    for &(v, delta) in effects {
        let slot = &mut vars[v as usize];
        *slot = slot.saturating_add(delta).clamp(0, 100);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::Cond;

    #[test]
    fn below_stays_in_range_and_is_repeatable() {
        let mut a = session_rng(7);
        let mut b = session_rng(7);
        for n in 1..50 {
            let x = below(&mut a, n);
            assert!(x < n);
            assert_eq!(x, below(&mut b, n));
        }
    }

    #[test]
    fn mix_seed_is_splitmix64() {
        // The first outputs of SplitMix64 seeded with 0 (its reference sequence).
        assert_eq!(mix_seed(0, 0), 0xE220_A839_7B1D_CDAF);
        assert_eq!(mix_seed(0, 1), 0x6E78_9E6A_A1B9_65F4);
        assert_ne!(seed_from_clock(), mix_seed(0, 0));
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut rng = session_rng(1);
        let mut v: Vec<u16> = (0..10).collect();
        shuffle(&mut rng, &mut v);
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(sorted, (0..10).collect::<Vec<_>>());
        assert_ne!(
            v,
            (0..10).collect::<Vec<_>>(),
            "seed 1 should move something"
        );
    }

    #[test]
    fn tagset_inserts_beyond_capacity() {
        let mut s = TagSet::with_capacity(3);
        s.insert(2);
        s.insert(130);
        assert!(s.contains(2) && s.contains(130) && !s.contains(3));
        s.clear();
        assert!(!s.contains(130));
    }

    #[test]
    fn maybe_evaluation_knows_when_dice_decide() {
        let seen = TagSet::default();
        let vars = [40];
        let view = View {
            vars: &vars,
            seen: &seen,
            deal: DealView::default(),
        };
        assert_eq!(eval_maybe(&Cond::Chance(30), &view), None);
        assert_eq!(
            eval_maybe(
                &Cond::All(vec![Cond::Chance(30), Cond::Below(0, 10)]),
                &view
            ),
            Some(false)
        );
        assert_eq!(
            eval_maybe(
                &Cond::Any(vec![Cond::Chance(30), Cond::AtLeast(0, 10)]),
                &view
            ),
            Some(true)
        );
    }
}
