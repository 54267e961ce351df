//! The scorer: a [`Tracker`] follows a call event by event and turn by turn, holding each
//! rule's [`RuleProgress`]. It is the only code that knows what a rule check means.
//!
//! A check kind's meaning, all in this file, in `CCheck` order in each place:
//! - [`Tracker::new`]: what the account's history and the call's own time decide before the
//!   first turn (each rule's [`RuleFact`], from `engine::history`), counters start at 0;
//! - [`Tracker::on_event`]: the events that open an `After` window or arm a `NeverAfter`;
//! - [`Tracker::on_turn`] and [`Tracker::on_callback`]: what a trainee's turn does to a rule
//!   (a desk decision that places the call settles the rules about placing it, and is not an
//!   answer: `Within` windows count from the first turn after it);
//! - `outcome_of`: status and points from the progress at the end (a call the trainee
//!   decided not to place scores only the rules about placing it);
//! - `closing_turn`: the turn number of a rule that no turn settled;
//! - [`Tracker::key_into`]: when a `Reward`/`Penalty` count can no longer change the score;
//! - [`Tracker::mark_tags_read`]: the tags a rule reads from the call's past (`Before`, `unless`).
//!
//! A new check kind also needs its `Check` (content/model.rs), its `compile_check` arm
//! (compile/) and the checker's tag-kind rule (check/).
//!
//! Searches and walks run the tracker alone (it is small and cheap to clone, and equal
//! trackers score the same); `rule_results` replays a call's [`Facts`] through it and notes
//! beside it, in `decided_at`, the turn at which each rule settled, which gives the scorecard
//! its turn numbers without making them part of a search state's identity.

use chrono::{NaiveDateTime, Timelike};

use crate::compile::{CCheck, CRule, CompiledScenario, RuleFact, TagIdx};
use crate::content::model::{Dimension, Outcome, Severity};
use crate::engine::history::{day_allowed, in_window};
use crate::engine::negotiation::Assessment;
use crate::engine::runner::{Call, TagSet};
use crate::engine::scoring::{DimensionScore, Facts, RuleResult, RuleStatus, turn_tags};

/// The progress of one rule during a call, in a form small enough to compare states by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleProgress {
    /// Nothing has decided the rule yet.
    Pending,
    /// The rule is met for good.
    Met,
    /// The rule is broken for good.
    Broken,
    /// An `After` rule's event happened; this many turns remain to answer it.
    Waiting(u32),
    /// A `NeverAfter` rule's event happened.
    Armed,
    /// Occurrences of a `Reward`/`Penalty` tag, capped where more cannot change the score.
    Count(u32),
    /// A `Recovery` rule's points for the terms agreed so far.
    Points(u32),
}

/// Scores a call incrementally, turn by turn. Two calls whose trackers (and seen tags) are
/// equal score the same whatever else differs in their history, so searches can merge them.
/// [`score`](super::score) is this tracker replayed over a call's facts, with turn numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tracker {
    /// Each rule's progress, in the scenario's rule order.
    pub rules: Vec<RuleProgress>,
    /// Trainee turns so far, capped at the longest `Within` window + 1.
    pub turns: u32,
    /// The call has been placed (always, without a pre-call desk).
    pub placed: bool,
}

impl Tracker {
    /// A tracker at the start of a call (the call's own time is checked here).
    pub fn new(sc: &CompiledScenario) -> Tracker {
        let placed = !sc.desk;
        let rules = sc
            .rules
            .iter()
            .map(|r| match (&r.check, r.fact) {
                (_, RuleFact::Placing(false)) if placed => RuleProgress::Broken,
                (CCheck::After(_, _, n), RuleFact::Armed) => RuleProgress::Waiting(*n),
                (CCheck::NeverAfter(..) | CCheck::Until { .. }, RuleFact::Armed) => {
                    RuleProgress::Armed
                }
                (CCheck::Reward(..) | CCheck::Penalty(..), _) => RuleProgress::Count(0),
                _ => RuleProgress::Pending,
            })
            .collect();
        Tracker {
            rules,
            turns: 0,
            placed,
        }
    }

    /// Whether the call ended (or will end) without being placed: the trainee decided at the
    /// desk not to call.
    pub fn declined(&self, sc: &CompiledScenario) -> bool {
        sc.desk && !self.placed
    }

    /// The tracker of a call so far (replaying its events and turns in order).
    pub fn of_call(call: &Call) -> Tracker {
        let sc = call.scenario();
        let mut tracker = Tracker::new(sc);
        let mut seen = TagSet::with_capacity(sc.tag_names.len());
        let mut events = call.events().iter().peekable();
        for (k, turn) in call.turns().iter().enumerate() {
            while let Some(e) = events.next_if(|e| e.after_turns as usize <= k) {
                seen.insert(e.tag);
                tracker.on_event(sc, e.tag);
            }
            let tags = turn_tags(sc, turn.node, turn.pick);
            let callback = call
                .callbacks()
                .iter()
                .find(|(t, _)| *t as usize == k + 1)
                .map(|(_, at)| at);
            tracker.on_turn(sc, tags, callback, |t| seen.contains(t));
            for &t in tags {
                seen.insert(t);
            }
            for p in call.proposals().iter().filter(|p| p.turn as usize == k + 1) {
                tracker.on_proposal(sc, &p.assessment, p.agreed());
            }
        }
        for e in events {
            tracker.on_event(sc, e.tag);
        }
        tracker
    }

    /// Marks the tags whose presence the tracker reads through `seen` (a `Before` rule's first
    /// tag, every `unless` tag): a search must keep them in its states' identity.
    pub fn mark_tags_read(sc: &CompiledScenario, out: &mut TagSet) {
        for rule in &sc.rules {
            if let CCheck::Before(first, _) = rule.check {
                out.insert(first);
            }
            for &t in &rule.unless {
                out.insert(t);
            }
        }
    }

    /// Terms were proposed (and, if `accepted`, agreed) at the turn just taken.
    pub fn on_proposal(&mut self, sc: &CompiledScenario, a: &Assessment, accepted: bool) {
        for (rule, state) in sc.rules.iter().zip(&mut self.rules) {
            *state = match (&rule.check, *state) {
                (CCheck::WithinMandate, RuleProgress::Pending | RuleProgress::Met) => {
                    if a.within_mandate() {
                        RuleProgress::Met
                    } else {
                        RuleProgress::Broken
                    }
                }
                (CCheck::Sustainable, _) if accepted => {
                    if a.sustainable {
                        RuleProgress::Met
                    } else {
                        RuleProgress::Broken
                    }
                }
                (CCheck::Recovery, _) if accepted => RuleProgress::Points(
                    (u64::from(rule.weight) * u64::from(a.recovery_permille.min(1000)) / 1000)
                        as u32,
                ),
                (_, s) => s,
            };
        }
    }

    /// An event happened (a node with it was entered).
    pub fn on_event(&mut self, sc: &CompiledScenario, tag: TagIdx) {
        for (rule, state) in sc.rules.iter().zip(&mut self.rules) {
            match rule.check {
                CCheck::After(e, _, n) if e == tag && *state == RuleProgress::Pending => {
                    *state = RuleProgress::Waiting(n)
                }
                CCheck::NeverAfter(e, _) if e == tag && *state == RuleProgress::Pending => {
                    *state = RuleProgress::Armed
                }
                CCheck::Until { opened, .. }
                    if opened == tag && *state == RuleProgress::Pending =>
                {
                    *state = RuleProgress::Armed
                }
                CCheck::Until { closed, .. } if closed == tag && *state == RuleProgress::Armed => {
                    *state = RuleProgress::Met
                }
                _ => {}
            }
        }
    }

    /// The trainee took a turn with these behaviour tags; `seen_before` tells whether a tag
    /// occurred before this turn.
    pub fn on_turn(
        &mut self,
        sc: &CompiledScenario,
        tags: &[TagIdx],
        callback: Option<&NaiveDateTime>,
        seen_before: impl Fn(TagIdx) -> bool,
    ) {
        // The longest `Within` window, found in the loop below (searches call this for every
        // state they try: one pass over the rules, and no check cloned).
        let mut max_window = 0;
        let dials = sc.dial_tag.is_some_and(|d| tags.contains(&d));
        if dials {
            self.placed = true;
        }
        let turn = self.turns + 1;
        for (rule, state) in sc.rules.iter().zip(&mut self.rules) {
            let has = |t: TagIdx| tags.contains(&t);
            let answers = !dials;
            if let CCheck::Within(_, n) = rule.check {
                max_window = max_window.max(n);
            }
            *state = match (&rule.check, *state) {
                (_, RuleProgress::Pending) if dials && rule.fact == RuleFact::Placing(false) => {
                    RuleProgress::Broken
                }
                (&CCheck::Never(t), RuleProgress::Pending) if has(t) => RuleProgress::Broken,
                (&CCheck::Within(t, n), RuleProgress::Pending)
                    if answers && rule.fact != RuleFact::Inapplicable =>
                {
                    if has(t) && turn <= n {
                        RuleProgress::Met
                    } else if turn >= n {
                        RuleProgress::Broken
                    } else {
                        RuleProgress::Pending
                    }
                }
                (&CCheck::Before(a, b), RuleProgress::Pending) if has(b) => {
                    if seen_before(a) {
                        RuleProgress::Met
                    } else {
                        RuleProgress::Broken
                    }
                }
                (&CCheck::After(_, t, _), RuleProgress::Waiting(r)) if answers => {
                    // A window of 0 turns (an error the checker reports, E208) is never met.
                    if has(t) && r > 0 {
                        RuleProgress::Met
                    } else if r <= 1 {
                        RuleProgress::Broken
                    } else {
                        RuleProgress::Waiting(r - 1)
                    }
                }
                (&CCheck::NeverAfter(_, t), RuleProgress::Armed) if has(t) => RuleProgress::Broken,
                (&CCheck::Until { forbids, .. }, RuleProgress::Armed) if has(forbids) => {
                    RuleProgress::Broken
                }
                (&CCheck::Reward(t, p), RuleProgress::Count(c)) if has(t) => {
                    let cap = if p == 0 { 0 } else { rule.weight.div_ceil(p) };
                    RuleProgress::Count((c + 1).min(cap))
                }
                (&CCheck::Penalty(t, p), RuleProgress::Count(c)) if has(t) => {
                    let cap = if p == 0 {
                        1
                    } else {
                        rule.weight.div_ceil(p).max(1)
                    };
                    RuleProgress::Count((c + 1).min(cap))
                }
                (_, s) => s,
            };
        }
        if !dials {
            self.turns = turn.min(max_window + 1);
        }
        if let Some(at) = callback {
            self.on_callback(sc, at);
        }
    }

    /// The trainee arranged a callback for `at` (a `CallWindow` rule is broken by one outside
    /// its window, as by a call placed outside it: see [`Tracker::new`]).
    pub fn on_callback(&mut self, sc: &CompiledScenario, at: &NaiveDateTime) {
        for (rule, state) in sc.rules.iter().zip(&mut self.rules) {
            let allowed = match rule.check {
                CCheck::CallWindow(from, to) => in_window(minutes_of_day(at), from, to),
                CCheck::CallDays(mask, ref holidays) => day_allowed(mask, holidays, at.date()),
                _ => true,
            };
            if !allowed && *state == RuleProgress::Pending {
                *state = RuleProgress::Broken;
            }
        }
    }

    /// The rule results at the end of the call (without turn numbers).
    pub fn results(
        &self,
        sc: &CompiledScenario,
        seen: impl Fn(TagIdx) -> bool,
        ended: bool,
    ) -> Vec<RuleResult> {
        sc.rules
            .iter()
            .zip(&self.rules)
            .map(|(rule, state)| result_of(rule, *state, &seen, ended, self.declined(sc)))
            .collect()
    }

    /// The dimension scores at an ending without a wrap-up, as [`aggregate`] gives them, into
    /// a reused buffer (no rule results, no allocation once `out` has grown): returns
    /// (passed, critical breach). Fast walks score with it.
    pub fn dimension_scores(
        &self,
        sc: &CompiledScenario,
        seen: impl Fn(TagIdx) -> bool,
        outcome: Outcome,
        out: &mut Vec<DimensionScore>,
    ) -> (bool, bool) {
        out.clear();
        let mut critical = false;
        let mut sums = [(0u32, 0u32); Dimension::ALL.len()];
        let declined = self.declined(sc);
        for (rule, &state) in sc.rules.iter().zip(&self.rules) {
            let (status, e, m) = outcome_of(rule, state, &seen, true, declined);
            critical |= rule.severity == Severity::Critical && status == RuleStatus::Broken;
            let slot = &mut sums[rule.dimension as usize];
            slot.0 = slot.0.saturating_add(e);
            slot.1 = slot.1.saturating_add(m);
        }
        for &(dimension, pass_mark) in &sc.pass_marks {
            let (earned, max) = sums[dimension as usize];
            if !super::scored(dimension, max, declined) {
                continue;
            }
            out.push(DimensionScore::new(dimension, earned, max, pass_mark));
        }
        out.push(DimensionScore::new(
            Dimension::Resolution,
            sc.outcome_score(outcome) as u32,
            100,
            sc.resolution_pass_mark,
        ));
        out.sort_by_key(|d| d.dimension);
        let passed = !critical && out.iter().all(|d| d.passed);
        (passed, critical)
    }

    /// The verdict at an ending without building rule results: (passed, mean score as a
    /// fraction, critical breach). Agrees with [`aggregate`] (tested).
    pub fn verdict(
        &self,
        sc: &CompiledScenario,
        seen: impl Fn(TagIdx) -> bool,
        outcome: Outcome,
    ) -> (bool, f64, bool) {
        let mut critical = false;
        let mut passed = true;
        let mut sum = 0.0;
        let mut count = 0;
        let declined = self.declined(sc);
        for &(dimension, pass_mark) in &sc.pass_marks {
            let (mut earned, mut max) = (0u32, 0u32);
            for (rule, &state) in sc.rules.iter().zip(&self.rules) {
                if rule.dimension != dimension {
                    continue;
                }
                let (status, e, m) = outcome_of(rule, state, &seen, true, declined);
                earned = earned.saturating_add(e);
                max = max.saturating_add(m);
                critical |= rule.severity == Severity::Critical && status == RuleStatus::Broken;
            }
            if !super::scored(dimension, max, declined) {
                continue;
            }
            let d = DimensionScore::new(dimension, earned, max, pass_mark);
            passed &= d.passed;
            sum += d.fraction();
            count += 1;
        }
        let resolution = DimensionScore::new(
            Dimension::Resolution,
            sc.outcome_score(outcome) as u32,
            100,
            sc.resolution_pass_mark,
        );
        passed &= resolution.passed;
        sum += resolution.fraction();
        count += 1;
        (passed && !critical, sum / count as f64, critical)
    }

    /// A compact identity for searches, appended to `out`: rules whose result can no longer
    /// change are folded into per-dimension sums (the score only depends on those sums), the
    /// others keep their progress. `can_occur` tells which tags can still occur from here and
    /// `proposals_ahead` whether terms can still be proposed: a rule nothing ahead can change
    /// is settled too.
    pub fn key_into(
        &self,
        sc: &CompiledScenario,
        seen: impl Fn(TagIdx) -> bool,
        can_occur: impl Fn(TagIdx) -> bool,
        proposals_ahead: bool,
        out: &mut Vec<u8>,
    ) {
        let mut sums = [0u32; 2 * Dimension::ALL.len()];
        let mut critical = false;
        let mut within_open = false;
        // At the desk, whether the call is placed decides which rules count at all.
        let desk_open = sc.desk && !self.placed && sc.dial_tag.is_some_and(&can_occur);
        let declined = self.declined(sc);
        for (rule, &state) in sc.rules.iter().zip(&self.rules) {
            let unless_seen = rule.unless.iter().any(|&t| seen(t));
            let unless_closed = rule.unless.iter().all(|&t| !can_occur(t));
            let settled = !desk_open
                && (unless_seen
                    || unless_closed && decided(rule, state, &can_occur, proposals_ahead));
            if settled {
                let (status, earned, max) = outcome_of(rule, state, &seen, true, declined);
                let d = 2 * rule.dimension as usize;
                sums[d] = sums[d].saturating_add(earned);
                sums[d + 1] = sums[d + 1].saturating_add(max);
                critical |= rule.severity == Severity::Critical && status == RuleStatus::Broken;
                out.push(0);
            } else {
                within_open |=
                    matches!(rule.check, CCheck::Within(..)) && state == RuleProgress::Pending;
                let (tag, value) = match state {
                    RuleProgress::Pending => (1, 0),
                    RuleProgress::Met => (2, 0),
                    RuleProgress::Broken => (3, 0),
                    RuleProgress::Waiting(r) => (4, r),
                    RuleProgress::Armed => (5, 0),
                    RuleProgress::Count(c) => (6, c),
                    RuleProgress::Points(p) => (7, p),
                };
                out.push(tag);
                out.extend_from_slice(&value.to_le_bytes()[..2]);
            }
        }
        for s in sums {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out.push(u8::from(critical));
        out.push(u8::from(self.placed));
        out.push(if within_open {
            self.turns.min(255) as u8
        } else {
            0
        });
    }
}

/// Whether a rule's result can no longer change: settled for good, or nothing that could
/// change it can still happen (its tags cannot occur, no terms can be proposed).
fn decided(
    rule: &CRule,
    state: RuleProgress,
    can_occur: &impl Fn(TagIdx) -> bool,
    proposals_ahead: bool,
) -> bool {
    if rule.fact == RuleFact::Inapplicable {
        return true;
    }
    match (&rule.check, state) {
        // A later agreement replaces an earlier one; a proposal outside the mandate breaks it.
        (CCheck::Sustainable | CCheck::Recovery, _) => !proposals_ahead,
        (CCheck::WithinMandate, RuleProgress::Broken) => true,
        (CCheck::WithinMandate, _) => !proposals_ahead,
        (_, RuleProgress::Met | RuleProgress::Broken) => true,
        (CCheck::Reward(t, p), RuleProgress::Count(c)) => {
            !can_occur(*t) || *p > 0 && c >= rule.weight.div_ceil(*p)
        }
        (CCheck::Penalty(t, p), RuleProgress::Count(c)) => {
            !can_occur(*t)
                || c >= if *p == 0 {
                    1
                } else {
                    rule.weight.div_ceil(*p).max(1)
                }
        }
        (CCheck::Never(t) | CCheck::Within(t, _), RuleProgress::Pending) => !can_occur(*t),
        (CCheck::Until { opened, .. }, RuleProgress::Pending) => !can_occur(*opened),
        (CCheck::Until { forbids, .. }, RuleProgress::Armed) => !can_occur(*forbids),
        (CCheck::Before(_, then), RuleProgress::Pending) => !can_occur(*then),
        (CCheck::After(e, _, _) | CCheck::NeverAfter(e, _), RuleProgress::Pending) => {
            !can_occur(*e)
        }
        (CCheck::NeverAfter(_, t), RuleProgress::Armed) => !can_occur(*t),
        _ => false,
    }
}

/// The result of one rule from its progress at the end of a call.
fn result_of(
    rule: &CRule,
    state: RuleProgress,
    seen: &impl Fn(TagIdx) -> bool,
    ended: bool,
    declined: bool,
) -> RuleResult {
    let (status, earned, max) = outcome_of(rule, state, seen, ended, declined);
    RuleResult::of(rule, status, earned, max, None)
}

/// Status, points earned and points possible of one rule from its progress.
/// `declined`: the trainee decided at the desk not to place the call, so only the rules about
/// placing it, and obligations already in force, are scored.
fn outcome_of(
    rule: &CRule,
    state: RuleProgress,
    seen: &impl Fn(TagIdx) -> bool,
    ended: bool,
    declined: bool,
) -> (RuleStatus, u32, u32) {
    let w = rule.weight;
    let about_history = matches!(rule.fact, RuleFact::Placing(_) | RuleFact::Armed);
    if rule.unless.iter().any(|&t| seen(t))
        || rule.fact == RuleFact::Inapplicable
        || declined && !about_history
    {
        return (RuleStatus::NotApplicable, 0, 0);
    }
    match (&rule.check, state) {
        (CCheck::Reward(_, p), RuleProgress::Count(c)) => {
            let earned = c.saturating_mul(*p).min(w);
            let status = if earned >= w {
                RuleStatus::Met
            } else if earned > 0 {
                RuleStatus::Partial
            } else {
                RuleStatus::Missed
            };
            (status, earned, w)
        }
        (CCheck::Penalty(_, p), RuleProgress::Count(c)) => {
            if c == 0 {
                (RuleStatus::Met, w, w)
            } else {
                (
                    RuleStatus::Broken,
                    w.saturating_sub(c.saturating_mul(*p)),
                    w,
                )
            }
        }
        (CCheck::Recovery, RuleProgress::Points(p)) => {
            let earned = p.min(w);
            let status = if earned >= w {
                RuleStatus::Met
            } else if earned > 0 {
                RuleStatus::Partial
            } else {
                RuleStatus::Missed
            };
            (status, earned, w)
        }
        (_, RuleProgress::Met) => (RuleStatus::Met, w, w),
        (_, RuleProgress::Broken) => (RuleStatus::Broken, 0, w),
        (CCheck::Sustainable | CCheck::WithinMandate | CCheck::Recovery, RuleProgress::Pending) => {
            (RuleStatus::NotApplicable, 0, 0)
        }
        (CCheck::Within(..), RuleProgress::Pending) => (RuleStatus::Broken, 0, w),
        (CCheck::Until { .. }, RuleProgress::Pending) => (RuleStatus::NotApplicable, 0, 0),
        (CCheck::NoContactAfter(..), RuleProgress::Pending) if !about_history => {
            (RuleStatus::NotApplicable, 0, 0)
        }
        (CCheck::Before(..), RuleProgress::Pending) => (RuleStatus::NotApplicable, 0, 0),
        (CCheck::After(_, _, n), RuleProgress::Waiting(r)) => {
            if r == *n && ended {
                (RuleStatus::NotApplicable, 0, 0)
            } else {
                (RuleStatus::Broken, 0, w)
            }
        }
        (CCheck::After(..) | CCheck::NeverAfter(..), RuleProgress::Pending) => {
            (RuleStatus::NotApplicable, 0, 0)
        }
        (CCheck::NeverAfter(..) | CCheck::Until { .. }, RuleProgress::Armed) => {
            (RuleStatus::Met, w, w)
        }
        (_, _) => (RuleStatus::Met, w, w),
    }
}

/// The turn number of a rule that no turn settled, from its progress at the end of a call of
/// `turns` turns: an unanswered `Within` was lost at the last turn, an unanswered `After` at
/// the last turn of its window that the call reached (the next one, when the event came on the
/// last line of a stopped call).
/// `desk_turns` is 1 when the call began with a desk decision that placed it (not an answer).
fn closing_turn(rule: &CRule, state: RuleProgress, turns: u32, desk_turns: u32) -> Option<u32> {
    match (&rule.check, state) {
        (CCheck::Within(..), RuleProgress::Pending) => (turns > desk_turns).then_some(turns),
        (CCheck::After(_, _, n), RuleProgress::Waiting(r)) => {
            Some(if r == *n { turns + 1 } else { turns })
        }
        _ => None,
    }
}

/// Whether a turn with `tags`, moving a rule from `before` to `after`, is the turn that decides
/// it: the turn it became met or broken, or for a reward or a penalty each turn with its tag
/// (the first one is its turn number).
fn decides(rule: &CRule, before: RuleProgress, after: RuleProgress, tags: &[TagIdx]) -> bool {
    let settled = |p| matches!(p, RuleProgress::Met | RuleProgress::Broken);
    match rule.check {
        CCheck::Reward(t, _) | CCheck::Penalty(t, _) => tags.contains(&t),
        _ => settled(after) && !settled(before),
    }
}

/// Notes `turn` as the deciding turn of every rule not decided before that `tags` decided,
/// moving it from the progress in `before` to the tracker's.
fn note_decided(
    sc: &CompiledScenario,
    before: &[RuleProgress],
    tracker: &Tracker,
    tags: &[TagIdx],
    turn: u32,
    decided_at: &mut [Option<u32>],
) {
    for (i, rule) in sc.rules.iter().enumerate() {
        if decided_at[i].is_none() && decides(rule, before[i], tracker.rules[i], tags) {
            decided_at[i] = Some(turn);
        }
    }
}

/// Every rule's result for a call's facts, with the turn that decided it.
///
/// The tracker replays the facts; `decided_at`, kept beside it (never part of its identity),
/// notes the turn at which each rule settled (0: by the call's own time, before any turn). A
/// `Before` rule reads only the trainee's earlier turns and an `unless` only the events, as
/// the rules are written (the checker rejects an event tag on a choice or in `Before`).
pub(super) fn rule_results(sc: &CompiledScenario, facts: &Facts) -> Vec<RuleResult> {
    let mut tracker = Tracker::new(sc);
    let mut decided_at: Vec<Option<u32>> = tracker
        .rules
        .iter()
        .map(|&p| (p == RuleProgress::Broken).then_some(0))
        .collect();
    let mut events_seen = TagSet::with_capacity(sc.tag_names.len());
    for &t in &sc.history.on_file {
        events_seen.insert(t);
    }
    let mut turns_seen = TagSet::with_capacity(sc.tag_names.len());
    let mut events = facts.events.iter().peekable();
    let mut before = Vec::with_capacity(sc.rules.len());
    for (k, tags) in facts.turn_tags.iter().enumerate() {
        while let Some(e) = events.next_if(|e| e.after_turns as usize <= k) {
            events_seen.insert(e.tag);
            tracker.on_event(sc, e.tag);
        }
        before.clear();
        before.extend_from_slice(&tracker.rules);
        // Callbacks come below, each with the turn that arranged it.
        tracker.on_turn(sc, tags, None, |t| turns_seen.contains(t));
        note_decided(sc, &before, &tracker, tags, k as u32 + 1, &mut decided_at);
        for &t in tags.iter() {
            turns_seen.insert(t);
        }
        for p in facts.proposals.iter().filter(|p| p.turn as usize == k + 1) {
            before.clear();
            before.extend_from_slice(&tracker.rules);
            tracker.on_proposal(sc, &p.assessment, p.agreed());
            // The last agreement decides `Sustainable` and `Recovery`; the first proposal
            // outside the mandate (or else the first proposal) decides `WithinMandate`.
            for (i, rule) in sc.rules.iter().enumerate() {
                let decided = match rule.check {
                    CCheck::Sustainable | CCheck::Recovery => p.agreed(),
                    CCheck::WithinMandate => before[i] != tracker.rules[i],
                    _ => false,
                };
                if decided {
                    decided_at[i] = Some(k as u32 + 1);
                }
            }
        }
    }
    for e in events {
        events_seen.insert(e.tag);
        tracker.on_event(sc, e.tag);
    }
    for (turn, at) in facts.callbacks {
        before.clear();
        before.extend_from_slice(&tracker.rules);
        tracker.on_callback(sc, at);
        note_decided(sc, &before, &tracker, &[], *turn, &mut decided_at);
    }
    let turns = facts.turn_tags.len() as u32;
    let ended = facts.outcome.is_some();
    let declined = tracker.declined(sc);
    let desk_turns = u32::from(sc.desk && tracker.placed);
    let seen = |t| events_seen.contains(t);
    sc.rules
        .iter()
        .zip(&tracker.rules)
        .zip(decided_at)
        .map(|((rule, &state), decided)| {
            let (status, earned, max) = outcome_of(rule, state, &seen, ended, declined);
            let turn = if status == RuleStatus::NotApplicable {
                None
            } else {
                decided.or_else(|| closing_turn(rule, state, turns, desk_turns))
            };
            RuleResult::of(rule, status, earned, max, turn)
        })
        .collect()
}

fn minutes_of_day(t: &NaiveDateTime) -> u32 {
    t.hour() * 60 + t.minute()
}
