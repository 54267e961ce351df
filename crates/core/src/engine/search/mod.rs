//! Searches over a scenario's call graph, without dice: `Chance` conditions are treated as
//! possibly true and possibly false.
//!
//! - [`best_path`]: the best reachable score and the picks that reach it (bounded DFS), used by
//!   the debrief ("the best path") and by the checker (an unwinnable scenario is an error).
//! - [`explore`]: every reachable state (node, state variables, tags that conditions read),
//!   used by the checker to find dead ends and loops that cannot end.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use chrono::NaiveDateTime;

use crate::compile::{CKind, CompiledScenario, Cond, NodeIdx, TagIdx};
mod ahead;
mod moves;

use ahead::Ahead;

use moves::{Proposals, negotiate, options};

use crate::content::negotiation::Terms;
use crate::engine::negotiation::{DealView, Proposal};
use crate::engine::runner::{EventHit, Pick, TagSet, View, apply_effects, eval_maybe};
use crate::engine::scoring::{Facts, Scorecard, Tracker, score, turn_tags};

/// How much work a search may do before it gives up and says so.
pub const DEFAULT_BUDGET: usize = 1_000_000;

#[derive(Clone)]
struct Sim {
    node: NodeIdx,
    vars: Vec<i32>,
    seen: TagSet,
    tracker: Tracker,
    /// History, kept only where a path is being rebuilt (not part of a state's identity).
    picks: Vec<(NodeIdx, Pick)>,
    events: Vec<EventHit>,
    callbacks: Vec<(u32, NaiveDateTime)>,
    proposals: Vec<Proposal>,
    history: bool,
    /// The negotiation as conditions see it (part of the identity).
    deal: DealView,
    /// The debtor's counter-offer on the table (part of the identity).
    counter: Option<Terms>,
}

/// What makes two states the same for the future of the call and its score, packed in bytes.
type Key = Box<[u8]>;

impl Sim {
    fn start(sc: &CompiledScenario, node: NodeIdx, vars: &[i32], history: bool) -> Sim {
        Sim {
            node,
            vars: vars.to_vec(),
            seen: sc.seen_at_start(),
            tracker: Tracker::new(sc),
            picks: Vec::new(),
            events: Vec::new(),
            callbacks: Vec::new(),
            proposals: Vec::new(),
            history,
            deal: DealView::default(),
            counter: None,
        }
    }

    fn view(&self) -> View<'_> {
        View {
            vars: &self.vars,
            seen: &self.seen,
            deal: self.deal,
        }
    }

    /// The state's identity: the node, the variables (0..=100 fit a byte), the tags something
    /// can still read, and the tracker folded.
    fn key(&self, sc: &CompiledScenario, relevant: &TagSet, ahead: &Ahead) -> Key {
        let mut out = Vec::with_capacity(64);
        self.key_into(sc, relevant, ahead, &mut out);
        out.into_boxed_slice()
    }

    /// [`Sim::key`] appended to a buffer (a search looks a state up without allocating).
    fn key_into(&self, sc: &CompiledScenario, relevant: &TagSet, ahead: &Ahead, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.node.to_le_bytes());
        out.extend(self.vars.iter().map(|&v| v as u8));
        for (w, r) in self.seen.words().iter().zip(relevant.words()) {
            out.extend_from_slice(&(w & r).to_le_bytes());
        }
        self.tracker.key_into(
            sc,
            |t| self.seen.contains(t),
            |t| ahead.can_occur(self.node, t),
            ahead.proposals(self.node),
            out,
        );
        if !sc.deal.reactions.is_empty() {
            self.deal_key_into(sc, out);
        }
    }

    /// The negotiation's part of the identity: the reply and whether terms were agreed (what
    /// routes read), the counter-offer on the table (what taking it agrees), and the latest
    /// proposal only as the values of the conditions nodes read about it (reactions read the new
    /// one).
    fn deal_key_into(&self, sc: &CompiledScenario, out: &mut Vec<u8>) {
        let reply = match self.deal.reply {
            None => 0,
            Some(crate::content::negotiation::ReplyKind::Accepted) => 1,
            Some(crate::content::negotiation::ReplyKind::Countered) => 2,
            Some(crate::content::negotiation::ReplyKind::Refused) => 3,
        };
        out.push(reply);
        out.push(u8::from(self.deal.agreed));
        for atom in &sc.deal.latest_atoms {
            out.push(u8::from(eval_maybe(atom, &self.view()) == Some(true)));
        }
        if let Some(counter) = self.counter {
            out.extend_from_slice(counter.to_string().as_bytes());
        }
        out.push(0xff);
    }

    fn turns(&self) -> u32 {
        self.picks.len() as u32
    }
}

/// Enters `node` from `sim`, following branches (forking where dice decide); returns the
/// states that reach a `Say` or `End` node.
///
/// Branches that route round to a branch already passed with the same tags seen (or more
/// hops than there are nodes, where the runner gives up) never reach a line: such a state is
/// returned as it stands, at that branch, with no way on, so [`explore`] reports the loop
/// and the searches find no path through it.
///
/// Depth-first with an explicit stack, not recursion: a run of thousands of branches must
/// not overflow the thread's stack. The states come out in the order a recursive walk of
/// the routes would give them.
fn settle(sc: &CompiledScenario, sim: Sim, node: NodeIdx, out: &mut Vec<Sim>, hops: usize) {
    // The branches passed on the way to the state being settled, with the tags seen there
    // (a list for the order, a set for the lookup: a long run of branches stays linear).
    let mut trail: Vec<(NodeIdx, TagSet)> = Vec::with_capacity(hops);
    let mut on_trail: HashSet<(NodeIdx, TagSet)> = HashSet::default();
    // States still to settle: the state, the node it enters, the trail's length there.
    let mut stack: Vec<(Sim, NodeIdx, usize)> = vec![(sim, node, 0)];
    let mut forks: Vec<(Sim, NodeIdx)> = Vec::new();
    while let Some((mut sim, node, depth)) = stack.pop() {
        for passed in trail.drain(depth..) {
            on_trail.remove(&passed);
        }
        let n = &sc.nodes[node as usize];
        if let CKind::Branch { .. } = n.kind {
            let here = (node, sim.seen.clone());
            if trail.len() >= sc.nodes.len() || on_trail.contains(&here) {
                sim.node = node;
                out.push(sim);
                continue;
            }
            trail.push(here.clone());
            on_trail.insert(here);
        }
        sim.node = node;
        for &t in &n.events {
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
        apply_effects(&mut sim.vars, &n.effects);
        let CKind::Branch { routes } = &n.kind else {
            out.push(sim);
            continue;
        };
        let mut sim = Some(sim);
        for (cond, next) in routes {
            let Some(current) = sim.as_ref() else { break };
            match cond
                .as_ref()
                .map_or(Some(true), |c| eval_maybe(c, &current.view()))
            {
                Some(true) => {
                    if let Some(taken) = sim.take() {
                        forks.push((taken, *next));
                    }
                }
                None => forks.push((current.clone(), *next)),
                Some(false) => {}
            }
        }
        let depth = trail.len();
        // Reversed onto the stack, so the first route is settled first.
        for (s, next) in forks.drain(..).rev() {
            stack.push((s, next, depth));
        }
    }
}

fn take(sc: &CompiledScenario, sim: &Sim, pick: Pick, next: NodeIdx, out: &mut Vec<Sim>) {
    let mut s = sim.clone();
    let CKind::Say {
        choices, timeout, ..
    } = &sc.nodes[sim.node as usize].kind
    else {
        return;
    };
    let no_effects = Vec::new();
    let mut offer = None;
    let (tags, effects, callback) = match pick {
        Pick::Choice(c) => {
            let ch = &choices[c as usize];
            if ch.takes_counter {
                offer = sim.counter.map(|t| (t, true));
            } else if let Some(t) = ch.offer {
                offer = Some((t, false));
            }
            (&ch.tags, &ch.effects, ch.callback.as_ref())
        }
        Pick::Timeout => match timeout {
            Some(t) => (&t.tags, &t.effects, None),
            None => return,
        },
        Pick::Propose(terms) => match &sc.nodes[sim.node as usize].kind {
            CKind::Say {
                propose: Some(p), ..
            } => {
                offer = Some((terms, false));
                (&p.tags, &no_effects, None)
            }
            _ => return,
        },
    };
    let before = sim.seen.clone();
    s.tracker
        .on_turn(sc, tags, callback, |t| before.contains(t));
    for &t in tags {
        s.seen.insert(t);
    }
    apply_effects(&mut s.vars, effects);
    if s.history {
        if let Some(at) = callback {
            s.callbacks.push((s.turns() + 1, *at));
        }
        s.picks.push((sim.node, pick));
    }
    match offer {
        None => settle(sc, s, next, out, 0),
        Some((terms, takes_counter)) => {
            let mut reacted = Vec::new();
            negotiate(sc, s, terms, takes_counter, &mut reacted);
            for s in reacted {
                settle(sc, s, next, out, 0);
            }
        }
    }
}

fn ending(sc: &CompiledScenario, sim: &Sim) -> Option<crate::content::model::Outcome> {
    match &sc.nodes[sim.node as usize].kind {
        CKind::End { outcome, .. } => Some(*outcome),
        _ => None,
    }
}

/// The exact scorecard of a path rebuilt with its history.
fn scorecard(sc: &CompiledScenario, sim: &Sim) -> Scorecard {
    let tags: Vec<&[TagIdx]> = sim
        .picks
        .iter()
        .map(|(n, p)| turn_tags(sc, *n, *p))
        .collect();
    score(
        sc,
        &Facts {
            turn_tags: &tags,
            events: &sim.events,
            callbacks: &sim.callbacks,
            outcome: ending(sc, sim),
            wrap_up: None,
            proposals: &sim.proposals,
        },
    )
}

/// The best path found.
#[derive(Debug, Clone)]
pub struct BestPath {
    /// The picks, node by node.
    pub picks: Vec<(NodeIdx, Pick)>,
    /// The ending reached.
    pub end: NodeIdx,
    /// The path's exact scorecard.
    pub scorecard: Scorecard,
}

/// What [`best_path`] found.
#[derive(Debug, Clone)]
pub struct SearchResult {
    /// The best path (passing first, then highest mean score, then shortest), if any path ends.
    pub best: Option<BestPath>,
    /// The worst path (failing first, then lowest mean score).
    pub worst: Option<BestPath>,
    /// Some ending path breaks a critical rule.
    pub critical_reachable: bool,
    /// Distinct states searched.
    pub paths: usize,
    /// The budget ran out before every state was tried.
    pub truncated: bool,
}

/// (passed, mean score × 10⁹, −turns to the end): higher is better.
type Rank = (bool, i64, i64);

#[derive(Debug, Clone, Copy)]
struct Value {
    best: Rank,
    worst: Rank,
    critical: bool,
}

/// Deepest path the search follows (a guard for very long generated scenarios).
const MAX_DEPTH: usize = 2_000;

struct Search<'a> {
    sc: &'a CompiledScenario,
    /// Tags a condition, a `Before` rule or an `unless` can still read.
    relevant: TagSet,
    /// What can still happen from each node.
    ahead: Ahead,
    /// Every state met: its value once known, or on the path being searched.
    memo: HashMap<Key, Slot>,
    /// How many entries of `memo` are [`Slot::OnPath`] (not counted against the budget).
    open: usize,
    /// The buffer a state's key is built in before it is looked up.
    scratch: Vec<u8>,
    budget: usize,
    truncated: bool,
    /// Only paths to this End node count (the checker's "what blocks this ending?").
    target: Option<NodeIdx>,
}

/// A state in the memo of [`Search`].
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// On the path being searched (a loop back to it finds no value).
    OnPath,
    /// Its value (none when no ending can be reached from it).
    Done(Option<Value>),
}

impl Search<'_> {
    fn value(&mut self, sim: &Sim, depth: usize) -> Option<Value> {
        let mut buf = std::mem::take(&mut self.scratch);
        buf.clear();
        sim.key_into(self.sc, &self.relevant, &self.ahead, &mut buf);
        let found = self.memo.get(buf.as_slice()).copied();
        let key: Option<Key> = found.is_none().then(|| Box::from(buf.as_slice()));
        self.scratch = buf;
        let key = match (found, key) {
            (Some(Slot::Done(v)), _) => return v,
            (Some(Slot::OnPath), _) => return None,
            (None, Some(key)) => key,
            (None, None) => return None,
        };
        if let Some(outcome) = ending(self.sc, sim) {
            if self.target.is_some_and(|t| t != sim.node) {
                self.memo.insert(key, Slot::Done(None));
                return None;
            }
            let (passed, overall, critical) =
                sim.tracker
                    .verdict(self.sc, |t| sim.seen.contains(t), outcome);
            let r = (passed, (overall * 1e9) as i64, 0);
            let v = Some(Value {
                best: r,
                worst: r,
                critical,
            });
            self.memo.insert(key, Slot::Done(v));
            return v;
        }
        if self.memo.len() - self.open >= self.budget || depth > MAX_DEPTH {
            self.truncated = true;
            return None;
        }
        self.memo.insert(key.clone(), Slot::OnPath);
        self.open += 1;
        let mut acc: Option<Value> = None;
        let mut next = Vec::new();
        for (pick, target) in options(self.sc, sim, Proposals::BestAndMistake) {
            next.clear();
            take(self.sc, sim, pick, target, &mut next);
            for s in std::mem::take(&mut next) {
                if let Some(v) = self.value(&s, depth + 1) {
                    let (b, w) = (
                        (v.best.0, v.best.1, v.best.2 - 1),
                        (v.worst.0, v.worst.1, v.worst.2 - 1),
                    );
                    acc = Some(match acc {
                        None => Value {
                            best: b,
                            worst: w,
                            critical: v.critical,
                        },
                        Some(a) => Value {
                            best: a.best.max(b),
                            worst: if (w.0, w.1) < (a.worst.0, a.worst.1) {
                                w
                            } else {
                                a.worst
                            },
                            critical: a.critical || v.critical,
                        },
                    });
                }
            }
        }
        self.open -= 1;
        self.memo.insert(key, Slot::Done(acc));
        acc
    }

    /// Follows the memo from `sim` to an ending, taking the best (or worst) successor each time.
    fn rebuild(&self, mut sim: Sim, best: bool) -> Option<BestPath> {
        let mut next = Vec::new();
        // A state's value was computed without the states on its own path, so following
        // values can lead round a loop: never step onto a state already on the rebuilt path.
        let mut visited: HashSet<Key> = HashSet::default();
        for _ in 0..=MAX_DEPTH {
            visited.insert(sim.key(self.sc, &self.relevant, &self.ahead));
            if ending(self.sc, &sim).is_some() {
                return Some(BestPath {
                    picks: sim.picks.clone(),
                    end: sim.node,
                    scorecard: scorecard(self.sc, &sim),
                });
            }
            let mut chosen: Option<(Rank, Sim)> = None;
            for (pick, target) in options(self.sc, &sim, Proposals::BestAndMistake) {
                next.clear();
                take(self.sc, &sim, pick, target, &mut next);
                for s in next.drain(..) {
                    let key = s.key(self.sc, &self.relevant, &self.ahead);
                    if visited.contains(&key) {
                        continue;
                    }
                    let Some(Slot::Done(Some(v))) = self.memo.get(&key) else {
                        continue;
                    };
                    let r = if best { v.best } else { v.worst };
                    let better = chosen.as_ref().is_none_or(|(c, _)| {
                        if best {
                            r > *c
                        } else {
                            (r.0, r.1) < (c.0, c.1)
                        }
                    });
                    if better {
                        chosen = Some((r, s));
                    }
                }
            }
            sim = chosen?.1;
        }
        None
    }
}

/// Finds the best (and worst) reachable score from the start, trying every choice and both
/// sides of every `Chance`, merging states that cannot score differently; at most `budget`
/// distinct states.
pub fn best_path(sc: &CompiledScenario, budget: usize) -> SearchResult {
    best_path_from(sc, sc.start, &sc.var_start, budget)
}

/// [`best_path`] from any node with any state (trainer playtests).
pub fn best_path_from(
    sc: &CompiledScenario,
    start: NodeIdx,
    vars: &[i32],
    budget: usize,
) -> SearchResult {
    let (starts, with_history) = settled_starts(sc, start, vars);
    Search::new(sc).run(starts, with_history, budget)
}

/// [`best_path`] counting only the paths that end at the End node `end`: the best and worst
/// ways to that ending (none when no path reaches it).
pub fn best_path_to(sc: &CompiledScenario, end: NodeIdx, budget: usize) -> SearchResult {
    let (starts, with_history) = settled_starts(sc, sc.start, &sc.var_start);
    let mut search = Search::new(sc);
    search.target = Some(end);
    search.run(starts, with_history, budget)
}

/// The states a search starts from at `start` with `vars` (the start settled up to its
/// first decision), and the same start again keeping history, for rebuilding the paths found.
fn settled_starts(sc: &CompiledScenario, start: NodeIdx, vars: &[i32]) -> (Vec<Sim>, Vec<Sim>) {
    let mut starts = Vec::new();
    settle(
        sc,
        Sim::start(sc, start, vars, false),
        start,
        &mut starts,
        0,
    );
    let mut with_history = Vec::new();
    settle(
        sc,
        Sim::start(sc, start, vars, true),
        start,
        &mut with_history,
        0,
    );
    (starts, with_history)
}

impl<'a> Search<'a> {
    fn new(sc: &'a CompiledScenario) -> Search<'a> {
        let mut relevant = condition_tags(sc);
        Tracker::mark_tags_read(sc, &mut relevant);
        Search {
            sc,
            relevant,
            ahead: Ahead::new(sc),
            memo: HashMap::default(),
            open: 0,
            scratch: Vec::with_capacity(64),
            budget: 0,
            truncated: false,
            target: None,
        }
    }

    /// Searches from `starts` (and rebuilds the paths from `with_history`, the same states
    /// keeping history), adding at most `budget` states to the memo. A search the budget cut
    /// short leaves values computed without the states it did not reach: the memo is then
    /// emptied, so a later run on the same `Search` is not misled by them.
    fn run(&mut self, starts: Vec<Sim>, with_history: Vec<Sim>, budget: usize) -> SearchResult {
        self.budget = self.memo.len().saturating_add(budget);
        self.truncated = false;
        let mut critical = false;
        let mut best_start: Option<(Rank, Sim)> = None;
        let mut worst_start: Option<(Rank, Sim)> = None;
        for (s, h) in starts.iter().zip(with_history) {
            if let Some(v) = self.value(s, 0) {
                critical |= v.critical;
                if best_start.as_ref().is_none_or(|(r, _)| v.best > *r) {
                    best_start = Some((v.best, h.clone()));
                }
                if worst_start
                    .as_ref()
                    .is_none_or(|(r, _)| (v.worst.0, v.worst.1) < (r.0, r.1))
                {
                    worst_start = Some((v.worst, h));
                }
            }
        }
        // Rebuilding needs the history, which the memo keys ignore.
        let best = best_start.and_then(|(_, s)| self.rebuild(s, true));
        let worst = worst_start.and_then(|(_, s)| self.rebuild(s, false));
        let result = SearchResult {
            best,
            worst,
            critical_reachable: critical,
            paths: self.memo.len(),
            truncated: self.truncated,
        };
        if self.truncated {
            self.memo.clear();
        }
        result
    }
}

/// A reachable problem found by [`explore`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StateProblem {
    /// A `Say` node that may offer no choice (every choice hidden, no timeout).
    DeadEnd {
        /// The `Say` node.
        node: NodeIdx,
        /// Every choice is surely hidden (not just possibly, by dice).
        certain: bool,
    },
    /// A node from which, in some reachable state, the call can never end.
    Stuck {
        /// The node.
        node: NodeIdx,
    },
}

/// What [`explore`] found.
#[derive(Debug, Clone)]
pub struct Exploration {
    /// Distinct states walked.
    pub states: usize,
    /// The state budget ran out: the problems listed are real, but others may hide.
    pub truncated: bool,
    /// The problems found: dead ends as the walk meets them, then nodes it can get stuck at.
    pub problems: Vec<StateProblem>,
    /// Nodes reached in some state (Say and End only; branches are passed through).
    pub reached: Vec<bool>,
}

/// Walks every reachable (node, variables, condition-relevant tags) state breadth-first.
pub fn explore(sc: &CompiledScenario, budget: usize) -> Exploration {
    let mut graph = StateGraph::new(sc, budget);
    let mut problems = Vec::new();
    let mut dead_reported = HashSet::default();
    let mut reached = vec![false; sc.nodes.len()];

    let root = Sim::start(sc, sc.start, &sc.var_start, false);
    let mut firsts = Vec::new();
    settle(sc, root, sc.start, &mut firsts, 0);
    for s in firsts {
        graph.intern(sc, s);
    }
    let mut next = Vec::new();
    while let Some((id, sim)) = graph.queue.pop_front() {
        reached[sim.node as usize] = true;
        if let Some(certain) = dead_end(sc, &sim)
            && dead_reported.insert(sim.node)
        {
            problems.push(StateProblem::DeadEnd {
                node: sim.node,
                certain,
            });
        }
        for (pick, target) in options(sc, &sim, Proposals::EveryClass) {
            next.clear();
            take(sc, &sim, pick, target, &mut next);
            for s in next.drain(..) {
                if let Some(to) = graph.intern(sc, s) {
                    graph.edges[id].push(to);
                }
            }
        }
    }
    if !graph.truncated {
        report_stuck(&graph.edges, &graph.ending, &graph.node_of, &mut problems);
    }
    Exploration {
        states: graph.ids.len(),
        truncated: graph.truncated,
        problems,
        reached,
    }
}

/// A state of [`explore`]: node, variables, and the tags some condition reads.
type StateKey = (NodeIdx, Vec<i32>, TagSet);

/// The states [`explore`] has found, their edges, and the queue of states still to expand.
struct StateGraph {
    /// Only tags that some condition reads make states differ.
    relevant: TagSet,
    tag_count: usize,
    budget: usize,
    ids: HashMap<StateKey, usize>,
    edges: Vec<Vec<usize>>,
    ending: Vec<bool>,
    node_of: Vec<NodeIdx>,
    queue: std::collections::VecDeque<(usize, Sim)>,
    /// Set once the budget stopped a new state from being added.
    truncated: bool,
}

impl StateGraph {
    fn new(sc: &CompiledScenario, budget: usize) -> StateGraph {
        StateGraph {
            relevant: condition_tags(sc),
            tag_count: sc.tag_names.len(),
            budget,
            ids: HashMap::default(),
            edges: Vec::new(),
            ending: Vec::new(),
            node_of: Vec::new(),
            queue: Default::default(),
            truncated: false,
        }
    }

    /// The tags of `seen` that make states differ.
    fn project(&self, seen: &TagSet) -> TagSet {
        let mut out = TagSet::with_capacity(self.tag_count);
        for t in 0..self.tag_count as TagIdx {
            if self.relevant.contains(t) && seen.contains(t) {
                out.insert(t);
            }
        }
        out
    }

    /// The id of a state, adding (and queueing) it when new; `None` when the budget is spent.
    fn intern(&mut self, sc: &CompiledScenario, sim: Sim) -> Option<usize> {
        let key = (sim.node, sim.vars.clone(), self.project(&sim.seen));
        if let Some(&id) = self.ids.get(&key) {
            return Some(id);
        }
        if self.ids.len() >= self.budget {
            self.truncated = true;
            return None;
        }
        let id = self.ids.len();
        self.ids.insert(key, id);
        self.edges.push(Vec::new());
        self.ending.push(matches!(
            sc.nodes[sim.node as usize].kind,
            CKind::End { .. }
        ));
        self.node_of.push(sim.node);
        // Keep the search light: a state needs no history.
        let light = Sim {
            picks: Vec::new(),
            events: Vec::new(),
            callbacks: Vec::new(),
            ..sim
        };
        self.queue.push_back((id, light));
        Some(id)
    }
}

/// Whether a state at a `Say` node may offer no choice (every choice possibly hidden, no
/// timeout): `Some(certain)`, certain when every choice is surely hidden.
fn dead_end(sc: &CompiledScenario, sim: &Sim) -> Option<bool> {
    let CKind::Say {
        choices, timeout, ..
    } = &sc.nodes[sim.node as usize].kind
    else {
        return None;
    };
    let sure = choices.iter().any(|c| {
        c.condition
            .as_ref()
            .is_none_or(|cond| eval_maybe(cond, &sim.view()) == Some(true))
    });
    let proposable = matches!(
        &sc.nodes[sim.node as usize].kind,
        CKind::Say {
            propose: Some(_),
            ..
        }
    );
    if sure || timeout.is_some() || proposable {
        return None;
    }
    let any = choices.iter().any(|c| {
        c.condition
            .as_ref()
            .is_none_or(|cond| eval_maybe(cond, &sim.view()) != Some(false))
    });
    Some(!any)
}

/// Adds a [`StateProblem::Stuck`] for each node with a state (given by `edges` between state
/// ids, `ending` and `node_of`) from which no ending can be reached, unless it is a dead end
/// already reported.
fn report_stuck(
    edges: &[Vec<usize>],
    ending: &[bool],
    node_of: &[NodeIdx],
    problems: &mut Vec<StateProblem>,
) {
    // States that can reach an ending, by reverse reachability.
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); edges.len()];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reverse[to].push(from);
        }
    }
    let mut can_end = ending.to_vec();
    let mut stack: Vec<usize> = (0..ending.len()).filter(|&i| ending[i]).collect();
    while let Some(s) = stack.pop() {
        for &p in &reverse[s] {
            if !can_end[p] {
                can_end[p] = true;
                stack.push(p);
            }
        }
    }
    let mut stuck_nodes = HashSet::default();
    for (s, ok) in can_end.iter().enumerate() {
        let dead_end = problems
            .iter()
            .any(|p| matches!(p, StateProblem::DeadEnd { node, .. } if *node == node_of[s]));
        if !ok && !dead_end && stuck_nodes.insert(node_of[s]) {
            problems.push(StateProblem::Stuck { node: node_of[s] });
        }
    }
}

/// Every tag some condition of the scenario reads.
fn condition_tags(sc: &CompiledScenario) -> TagSet {
    let mut relevant = TagSet::with_capacity(sc.tag_names.len());
    for n in &sc.nodes {
        let mut visit = |c: &Cond| mark_tags(c, &mut relevant);
        match &n.kind {
            CKind::Say { choices, .. } => choices
                .iter()
                .filter_map(|c| c.condition.as_ref())
                .for_each(&mut visit),
            CKind::Branch { routes } => routes
                .iter()
                .filter_map(|(c, _)| c.as_ref())
                .for_each(&mut visit),
            CKind::End { .. } => {}
        }
    }
    relevant
}

fn mark_tags(c: &Cond, out: &mut TagSet) {
    match c {
        Cond::Tag(t) => out.insert(*t),
        Cond::Not(c) => mark_tags(c, out),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| mark_tags(c, out)),
        _ => {}
    }
}

/// The best way to go on from where a call stands now (its history counts for the score).
/// The debrief uses it for "a better answer here would have been…".
pub fn best_continuation(call: &crate::engine::runner::Call, budget: usize) -> SearchResult {
    Continuations::new(call.scenario()).best(call, budget)
}

/// [`best_continuation`] for many calls on one scenario, sharing what the search learns: a
/// state's value does not depend on how a call reached it, so the best answers at every turn
/// of a cohort's calls cost about one search of the scenario instead of one per turn. The
/// xAPI export uses it.
pub struct Continuations<'a> {
    search: Search<'a>,
}

impl<'a> Continuations<'a> {
    /// No state searched yet.
    pub fn new(sc: &'a CompiledScenario) -> Continuations<'a> {
        Continuations {
            search: Search::new(sc),
        }
    }

    /// The best way to go on from where `call` stands, adding at most `budget` states to what
    /// earlier queries searched. A call on another scenario gets a search of its own.
    pub fn best(&mut self, call: &crate::engine::runner::Call, budget: usize) -> SearchResult {
        if !std::ptr::eq(&**call.scenario(), self.search.sc) {
            return Continuations::new(call.scenario()).best(call, budget);
        }
        let sc = self.search.sc;
        let Some(prompt) = call.prompt() else {
            return self.search.run(Vec::new(), Vec::new(), budget);
        };
        let mut seen = TagSet::with_capacity(sc.tag_names.len());
        for t in 0..sc.tag_names.len() as TagIdx {
            if call.has_seen(t) {
                seen.insert(t);
            }
        }
        let sim = Sim {
            node: prompt.node,
            vars: call.vars().to_vec(),
            seen,
            tracker: Tracker::of_call(call),
            picks: call.turns().iter().map(|t| (t.node, t.pick)).collect(),
            events: call.events().to_vec(),
            callbacks: call.callbacks().to_vec(),
            proposals: call.proposals().to_vec(),
            history: false,
            deal: call.deal_view(),
            counter: call.counter(),
        };
        let with_history = Sim {
            history: true,
            ..sim.clone()
        };
        self.search.run(vec![sim], vec![with_history], budget)
    }
}
