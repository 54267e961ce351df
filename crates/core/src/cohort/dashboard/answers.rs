//! How often each option is picked at each node, the wrong answers marked, and the most
//! picked wrong answers across scenarios: from whole records (the reference) and from digests,
//! through the same counting code.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{DashboardView, trusted};
use crate::cohort::report::{Cohort, LoadedRecord};
use crate::cohort::table::{DigestCohort, DigestItem};
use crate::compile::{CKind, CompiledScenario};
use crate::engine::scoring::RuleStatus;
use crate::records::digest::{Pick, RuleTable};

/// How often one option was picked at a node.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionStat {
    /// The choice id; `None` for the answer timer running out.
    pub choice: Option<String>,
    pub picks: usize,
    /// Picks after which a rule was broken at that very turn.
    pub breaches: usize,
    /// The rules broken at that turn, most often first: (rubric, rule, times).
    pub rules: Vec<(String, String, usize)>,
    /// The option carries a tag a critical rule forbids.
    pub critical: bool,
}

impl OptionStat {
    /// A wrong answer: it breaks a critical rule, or picking it broke a rule more often
    /// than not.
    pub fn is_wrong(&self) -> bool {
        self.critical || (self.picks > 0 && self.breaches * 2 > self.picks)
    }
}

/// Pick counts at one node of a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeStat {
    pub node: String,
    /// How many times the cohort reached this node.
    pub visits: usize,
    /// In the scenario's order, then proposed terms (at a negotiation step), the timeout last.
    pub options: Vec<OptionStat>,
}

impl NodeStat {
    /// The share of visits an option was picked at, 0–1.
    pub fn share(&self, o: &OptionStat) -> f64 {
        if self.visits == 0 {
            0.0
        } else {
            o.picks as f64 / self.visits as f64
        }
    }
}

/// The [`OptionStat::choice`] of "the trainee proposed terms" at a negotiation step (choice ids
/// cannot hold parentheses).
pub const PROPOSED: &str = "(terms)";

/// Pick counts for every `Say` node of a scenario (terms proposed at a negotiation step count
/// as the option [`PROPOSED`]), in the scenario's order, from the trusted
/// records of that scenario. Picks of options the current version no longer has are left out.
pub fn option_stats<'a>(
    sc: &CompiledScenario,
    records: impl IntoIterator<Item = &'a LoadedRecord>,
) -> Vec<NodeStat> {
    let mut stats = no_picks(sc);
    let by_node: BTreeMap<String, usize> = stats
        .iter()
        .enumerate()
        .map(|(k, n)| (n.node.clone(), k))
        .collect();
    for r in records
        .into_iter()
        .filter(|r| r.record.meta.scenario == sc.id && trusted(r))
    {
        // Rules broken at each turn (1-based turn → rule keys).
        let mut broken_at: BTreeMap<u32, Vec<(&str, &str)>> = BTreeMap::new();
        for rr in &r.record.scores.rules {
            if rr.status == RuleStatus::Broken
                && let Some(t) = rr.turn.filter(|t| *t >= 1)
            {
                broken_at.entry(t).or_default().push((&rr.rubric, &rr.rule));
            }
        }
        for (i, t) in r.record.turns.iter().enumerate() {
            let Some(&k) = by_node.get(t.node.as_str()) else {
                continue;
            };
            let pick = match t.terms {
                Some(_) => Some(PROPOSED),
                None => t.pick.as_deref(),
            };
            let Some(o) = stats[k]
                .options
                .iter()
                .position(|o| o.choice.as_deref() == pick)
            else {
                continue;
            };
            let rules = broken_at
                .get(&(i as u32 + 1))
                .map_or(&[][..], Vec::as_slice);
            count_pick(&mut stats[k], o, rules.iter().copied());
        }
    }
    sort_rules(&mut stats);
    stats
}

/// [`option_stats`] over digests (their node and choice ids in `ids`).
pub fn option_stats_digests<'a>(
    sc: &CompiledScenario,
    ids: &RuleTable,
    items: impl IntoIterator<Item = &'a DigestItem>,
) -> Vec<NodeStat> {
    let mut stats = no_picks(sc);
    // A node's id index → its stat; per stat, each option's pick → the option.
    let mut by_node: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut picks: Vec<Vec<Option<Pick>>> = Vec::with_capacity(stats.len());
    for (k, n) in stats.iter().enumerate() {
        if let Some(i) = ids.name_index(&n.node) {
            by_node.insert(i, k);
        }
        picks.push(
            n.options
                .iter()
                .map(|o| match o.choice.as_deref() {
                    None => Some(Pick::Timeout),
                    Some(PROPOSED) => Some(Pick::Proposed),
                    Some(id) => ids.name_index(id).map(Pick::Choice),
                })
                .collect(),
        );
    }
    for d in items
        .into_iter()
        .filter(|r| r.digest.scenario == sc.id && r.verification.is_trusted())
        .map(|r| &r.digest)
    {
        for (i, t) in d.turns.iter().enumerate() {
            let Some(&k) = by_node.get(&t.node) else {
                continue;
            };
            let Some(o) = picks[k].iter().position(|p| *p == Some(t.pick)) else {
                continue;
            };
            let turn = i as u32 + 1;
            let rules = d
                .broken_at
                .iter()
                .filter(|(at, _)| *at == turn)
                .filter_map(|(_, rule)| ids.get(*rule));
            count_pick(&mut stats[k], o, rules);
        }
    }
    sort_rules(&mut stats);
    stats
}

/// One pick of option `o` at a node: a visit, a pick, and a breach with its rules when rules
/// were broken at that turn.
fn count_pick<'r>(node: &mut NodeStat, o: usize, rules: impl Iterator<Item = (&'r str, &'r str)>) {
    node.visits += 1;
    let o = &mut node.options[o];
    o.picks += 1;
    let mut breached = false;
    for (rubric, rule) in rules {
        breached = true;
        match o
            .rules
            .iter_mut()
            .find(|(b, r, _)| b == rubric && r == rule)
        {
            Some(e) => e.2 += 1,
            None => o.rules.push((rubric.to_string(), rule.to_string(), 1)),
        }
    }
    o.breaches += breached as usize;
}

/// Each option's rules, most often first (ties by rule id).
fn sort_rules(stats: &mut [NodeStat]) {
    for n in stats {
        for o in &mut n.options {
            o.rules
                .sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        }
    }
}

/// Every `Say` node of a scenario with its options, nothing picked yet.
fn no_picks(sc: &CompiledScenario) -> Vec<NodeStat> {
    let critical = crate::engine::graph::critical_tags(sc);
    let mut stats: Vec<NodeStat> = Vec::new();
    for n in &sc.nodes {
        if let CKind::Say {
            choices,
            timeout,
            propose,
            ..
        } = &n.kind
        {
            let option = |choice: Option<String>, tags: &[crate::compile::TagIdx]| OptionStat {
                choice,
                picks: 0,
                breaches: 0,
                rules: Vec::new(),
                critical: tags.iter().any(|t| critical.contains(t)),
            };
            let mut options: Vec<OptionStat> = choices
                .iter()
                .map(|c| option(Some(c.id.clone()), &c.tags))
                .collect();
            if let Some(p) = propose {
                options.push(option(Some(PROPOSED.to_string()), &p.tags));
            }
            if let Some(t) = timeout {
                options.push(option(None, &t.tags));
            }
            stats.push(NodeStat {
                node: n.id.clone(),
                visits: 0,
                options,
            });
        }
    }
    stats
}

/// A wrong answer the cohort picks, for the "most-picked wrong answers" list.
#[derive(Debug, Clone, PartialEq)]
pub struct WrongPick {
    pub node: String,
    pub choice: Option<String>,
    pub picks: usize,
    /// Share of the node's visits, 0–1.
    pub share: f64,
}

/// The `n` wrong answers picked most often (by count, then share).
pub fn most_picked_wrong(stats: &[NodeStat], n: usize) -> Vec<WrongPick> {
    let mut out: Vec<WrongPick> = stats
        .iter()
        .flat_map(|s| {
            s.options
                .iter()
                .filter(|o| o.is_wrong() && o.picks > 0)
                .map(|o| WrongPick {
                    node: s.node.clone(),
                    choice: o.choice.clone(),
                    picks: o.picks,
                    share: s.share(o),
                })
        })
        .collect();
    out.sort_by(|a, b| {
        b.picks
            .cmp(&a.picks)
            .then_with(|| b.share.total_cmp(&a.share))
            .then_with(|| a.node.cmp(&b.node))
    });
    out.truncate(n);
    out
}

/// How many wrong answers each scenario contributes before [`most_picked_wrong_across`]
/// ranks them together.
pub const WRONG_PER_SCENARIO: usize = 5;

/// The `n` wrong answers picked most often over every scenario a view shows, each with its
/// scenario id: each scenario's [`WRONG_PER_SCENARIO`] most-picked wrong answers (from its
/// trusted sessions in the view), ranked together by count, ties by scenario id. Scenarios
/// missing from `scenarios` are left out.
pub fn most_picked_wrong_across(
    view: &DashboardView,
    cohort: &Cohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut by_scenario: BTreeMap<&str, Vec<&LoadedRecord>> = BTreeMap::new();
    for &i in &view.sessions {
        let r = &cohort.records[i];
        by_scenario
            .entry(&r.record.meta.scenario)
            .or_default()
            .push(r);
    }
    let per_scenario = scenarios.iter().filter_map(|(id, sc)| {
        let records = by_scenario.get(id.as_str())?;
        let stats = option_stats(sc, records.iter().copied());
        Some((id.clone(), most_picked_wrong(&stats, WRONG_PER_SCENARIO)))
    });
    rank_wrong_across(per_scenario, n)
}

/// [`most_picked_wrong_across`] over digests: the view is one [`build_digests`] made.
pub fn most_picked_wrong_across_digests(
    view: &DashboardView,
    cohort: &DigestCohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut by_scenario: BTreeMap<&str, Vec<&DigestItem>> = BTreeMap::new();
    for &i in &view.sessions {
        let r = &cohort.items[i];
        by_scenario.entry(&r.digest.scenario).or_default().push(r);
    }
    let per_scenario = scenarios.iter().filter_map(|(id, sc)| {
        let items = by_scenario.get(id.as_str())?;
        let stats = option_stats_digests(sc, &cohort.rules, items.iter().copied());
        Some((id.clone(), most_picked_wrong(&stats, WRONG_PER_SCENARIO)))
    });
    rank_wrong_across(per_scenario, n)
}

/// Ranks per-scenario wrong-answer lists together: by count (most first), ties by scenario
/// id, each scenario's own order kept; the first `n`.
pub(super) fn rank_wrong_across(
    per_scenario: impl IntoIterator<Item = (String, Vec<WrongPick>)>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut wrong: Vec<(String, WrongPick)> = per_scenario
        .into_iter()
        .flat_map(|(id, picks)| picks.into_iter().map(move |w| (id.clone(), w)))
        .collect();
    wrong.sort_by(|a, b| b.1.picks.cmp(&a.1.picks).then_with(|| a.0.cmp(&b.0)));
    wrong.truncate(n);
    wrong
}
