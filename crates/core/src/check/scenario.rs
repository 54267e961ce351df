//! `E1xx` checks on a compiled scenario: the bare graph (reachability, endings, timers), the
//! exploration of every state of play (dead ends, endless loops, blocked nodes) and the
//! balance (can it be passed?). The compiler raises the `E1xx` codes about names and values.

use std::collections::HashSet;

use crate::compile::{CKind, CompiledScenario, Locator, NodeIdx};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::Loaded;
use crate::content::model::{Outcome, Scenario, Severity};
use crate::engine::scoring::Scorecard;
use crate::engine::search::{self, StateProblem};

use super::Balance;

/// Everything that depends only on the compiled scenario: graph and exploration findings
/// (of the scenario as written and, for a case's later call, without the entries that stand
/// for the previous call), and, when those found no error, the balance (with E115/W116 when
/// it cannot be passed).
pub(super) fn analyse(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    budget: usize,
    d: &mut Vec<Diagnostic>,
) -> Option<Balance> {
    // One index of the file's names for every finding below (building it is linear in the
    // file, but a 300,000-node file has millions of names).
    let loc = Locator::new(&loaded.source);
    check_graph(compiled, &loaded.source, &loc, d);
    let errors_before = d.iter().filter(|x| x.is_error()).count();
    let mut exploration = search::explore(compiled, budget);
    if let Some(alone) = without_previous_call(compiled) {
        // A later call of a case: what the previous call left replaces the entries that
        // stand for it, so play may also go where they would not let it (the route a
        // `Tag("promise-broken")` from such an entry closes when nothing was agreed).
        let other = search::explore(&alone, budget);
        for (reached, also) in exploration.reached.iter_mut().zip(&other.reached) {
            *reached |= *also;
        }
        let known: HashSet<StateProblem> = exploration.problems.iter().copied().collect();
        for p in other.problems {
            if !known.contains(&p) {
                exploration.problems.push(p);
            }
        }
        exploration.truncated |= other.truncated;
        exploration.states = exploration.states.max(other.states);
    }
    report_exploration(compiled, &loaded.source, &loc, &exploration, d);
    let structural_ok = d.iter().filter(|x| x.is_error()).count() == errors_before;
    structural_ok.then(|| balance(compiled, loaded, &loc, budget, d))
}

/// The scenario without its history entries that stand for a case's previous call, when it
/// has any.
fn without_previous_call(compiled: &CompiledScenario) -> Option<CompiledScenario> {
    let entries = &compiled.history.entries;
    if !entries.iter().any(|e| e.previous_call) {
        return None;
    }
    let kept = entries
        .iter()
        .filter(|e| !e.previous_call)
        .cloned()
        .collect();
    compiled.with_history(kept).ok()
}

/// The best and worst paths; E115 (or W116 when the search was cut short) if none passes.
fn balance(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    loc: &Locator,
    budget: usize,
    d: &mut Vec<Diagnostic>,
) -> Balance {
    let sc = &loaded.value;
    let result = search::best_path(compiled, budget);
    super::negotiation::check_best_path(compiled, loaded, &result, d);
    let balance = Balance {
        winnable: result.best.as_ref().is_some_and(|b| b.scorecard.passed),
        losable: result.worst.as_ref().is_some_and(|w| !w.scorecard.passed),
        critical_reachable: result.critical_reachable,
        best_score: result.best.as_ref().map_or(0, |b| b.scorecard.overall),
        truncated: result.truncated,
    };
    if !balance.winnable {
        let (span, mut places) = match &result.best {
            Some(best) => blame(compiled, loaded, loc, best),
            None => (None, Vec::new()),
        };
        if !result.truncated {
            places.extend(other_endings_blocked(
                compiled,
                loaded,
                loc,
                result.best.as_ref(),
                budget,
            ));
        }
        let span = span.unwrap_or_else(|| {
            loc.find(&sc.id, 0, loaded.source.text.len())
                .unwrap_or(0..0)
        });
        let mut why = result
            .best
            .as_ref()
            .map_or("no path reaches an ending".to_string(), |b| {
                describe_failure(&b.scorecard)
            });
        if !places.is_empty() {
            why = format!("{why}; {}", places.join("; "));
        }
        let (code, message) = if result.truncated {
            (
                "W116",
                format!(
                    "no passing path found within the search bound ({} paths tried): {why}",
                    result.paths
                ),
            )
        } else {
            (
                "E115",
                format!(
                    "scenario \"{}\" cannot be passed: its best path {why}",
                    sc.id
                ),
            )
        };
        d.push(codes::at(code, &loaded.source, span, message).help(
            "raise the outcome scores of the endings a good call reaches, or give the choices \
             that break a critical rule a lawful alternative on the way to a good ending \
             (`callcoach walk` shows the score spread)",
        ));
    }
    balance
}

/// Where an unwinnable call's best path fails, for E115: the `outcomes` field when the
/// outcome scores keep Resolution under its mark (the first place), and the choice at the
/// turn that broke each critical rule, each named with its line. The span is the first place.
fn blame(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    loc: &Locator,
    best: &search::BestPath,
) -> (Option<std::ops::Range<usize>>, Vec<String>) {
    let src = &loaded.source;
    let mut first = None;
    let mut places = Vec::new();
    let card = &best.scorecard;
    let resolution_fails = card
        .dimensions
        .iter()
        .any(|d| d.dimension == crate::content::model::Dimension::Resolution && !d.passed);
    if resolution_fails {
        let span = loc.field("outcomes");
        if span != (0..0) {
            let end = &compiled.nodes[best.end as usize].id;
            places.push(format!(
                "the outcome scores (`outcomes`, line {}) give its ending \"{end}\" too little",
                src.line_col(span.start).0
            ));
            first.get_or_insert(span);
        }
    }
    // A rule no choice broke (a window that closed) is named by the failure already.
    for (span, place) in critical_places(compiled, loaded, loc, best) {
        if let Some(span) = span {
            places.push(place);
            first.get_or_insert(span);
        }
    }
    (first, places)
}

/// For E115: the good endings (their outcome passes Resolution) other than the best path's,
/// each with the critical rules the best way to it breaks and where, as "ending … is blocked
/// too: R is broken by choice … (line …)"; a rule already named (for the best path or an
/// earlier ending) is not named again.
fn other_endings_blocked(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    loc: &Locator,
    best: Option<&search::BestPath>,
    budget: usize,
) -> Vec<String> {
    let mut named: HashSet<String> = best
        .map(|b| {
            b.scorecard
                .broken()
                .filter(|r| r.severity == Severity::Critical)
                .map(|r| r.rule.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, node) in compiled.nodes.iter().enumerate() {
        let CKind::End { outcome, .. } = node.kind else {
            continue;
        };
        let end = i as NodeIdx;
        let good = compiled.outcome_score(outcome) >= compiled.resolution_pass_mark;
        if !good || best.is_some_and(|b| b.end == end) {
            continue;
        }
        let found = search::best_path_to(compiled, end, budget);
        let Some(path) = found.best.filter(|_| !found.truncated) else {
            continue;
        };
        let rules: Vec<String> = path
            .scorecard
            .broken()
            .filter(|r| r.severity == Severity::Critical)
            .map(|r| r.rule.clone())
            .collect();
        let places: Vec<String> = critical_places(compiled, loaded, loc, &path)
            .into_iter()
            .zip(rules)
            .filter(|(_, rule)| named.insert(rule.clone()))
            .map(|((_, place), _)| place)
            .collect();
        if !places.is_empty() {
            out.push(format!(
                "ending \"{}\" ({outcome:?}) is blocked too: {}",
                node.id,
                places.join(", ")
            ));
        }
    }
    out
}

/// The critical rules a path breaks, each with the span and words of the choice that broke
/// it ("R is broken by choice \"c\" of node \"n\" (line L)"), or only "R is broken" when
/// no choice did (a `Within` window that closed at the end of the call).
fn critical_places(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    loc: &Locator,
    best: &search::BestPath,
) -> Vec<(Option<std::ops::Range<usize>>, String)> {
    let src = &loaded.source;
    let mut places = Vec::new();
    for r in best
        .scorecard
        .broken()
        .filter(|r| r.severity == Severity::Critical)
    {
        match broken_by(compiled, loaded, loc, best, r.turn) {
            Some((span, choice_id, node_id)) => places.push((
                Some(span.clone()),
                format!(
                    "{} is broken by choice \"{choice_id}\" of node \"{node_id}\" (line {})",
                    r.rule,
                    src.line_col(span.start).0
                ),
            )),
            None => places.push((None, format!("{} is broken", r.rule))),
        }
    }
    places
}

/// The choice a path took at `turn` (1-based): its span in the file, its id and its node's.
fn broken_by<'a>(
    compiled: &'a CompiledScenario,
    loaded: &Loaded<Scenario>,
    loc: &Locator,
    best: &search::BestPath,
    turn: Option<u32>,
) -> Option<(std::ops::Range<usize>, &'a str, &'a str)> {
    let turn = turn.filter(|t| *t >= 1)?;
    let &(node, crate::engine::runner::Pick::Choice(c)) = best.picks.get(turn as usize - 1)? else {
        return None;
    };
    let node_id = &compiled.nodes[node as usize].id;
    let choice_id = compiled.choice_id(node, c)?;
    let index = loaded
        .value
        .nodes
        .0
        .iter()
        .position(|(id, _)| id == node_id)?;
    let extent = loc.node_extent(&loaded.value, index);
    Some((loc.within(choice_id, &extent), choice_id, node_id))
}

/// Why a scorecard fails: the critical rules it breaks and the dimensions under their mark.
fn describe_failure(card: &Scorecard) -> String {
    let mut parts = Vec::new();
    if card.critical_breach {
        let rules: Vec<&str> = card
            .broken()
            .filter(|r| r.severity == Severity::Critical)
            .map(|r| r.rule.as_str())
            .collect();
        parts.push(format!("breaks critical rule {}", rules.join(", ")));
    }
    for dim in card.dimensions.iter().filter(|d| !d.passed) {
        parts.push(format!(
            "scores {} {} (pass mark {})",
            dim.dimension.key(),
            dim.score,
            dim.pass_mark
        ));
    }
    if parts.is_empty() {
        "does not pass".into()
    } else {
        parts.join(", ")
    }
}

/// The nodes a node leads to on the bare graph (choices, timeout, negotiation step, routes):
/// [`super::coverage::moves`] without their tags.
fn successors(sc: &CompiledScenario, i: usize) -> impl Iterator<Item = NodeIdx> + '_ {
    super::coverage::moves(sc, i)
        .into_iter()
        .map(|(next, _)| next)
}

/// Per node: can the bare graph get there from the start node?
fn reached_from_start(sc: &CompiledScenario) -> Vec<bool> {
    let mut reached = vec![false; sc.nodes.len()];
    let mut stack = vec![sc.start as usize];
    reached[sc.start as usize] = true;
    while let Some(i) = stack.pop() {
        for s in successors(sc, i) {
            if !reached[s as usize] {
                reached[s as usize] = true;
                stack.push(s as usize);
            }
        }
    }
    reached
}

/// Per node: can the bare graph get from there to an End node?
fn can_reach_an_end(sc: &CompiledScenario) -> Vec<bool> {
    let n = sc.nodes.len();
    let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        for s in successors(sc, i) {
            predecessors[s as usize].push(i);
        }
    }
    let mut can_end = vec![false; n];
    let mut stack: Vec<usize> = (0..n)
        .filter(|&i| matches!(sc.nodes[i].kind, CKind::End { .. }))
        .collect();
    for &i in &stack {
        can_end[i] = true;
    }
    while let Some(i) = stack.pop() {
        for &p in &predecessors[i] {
            if !can_end[p] {
                can_end[p] = true;
                stack.push(p);
            }
        }
    }
    can_end
}

/// On the bare graph: unreachable nodes (E103), no ending or loops without a way out
/// (E112), outcomes no End node has (W119) and 0-second timers (E117).
fn check_graph(sc: &CompiledScenario, src: &SourceText, loc: &Locator, d: &mut Vec<Diagnostic>) {
    let reached = reached_from_start(sc);
    for (i, node) in sc.nodes.iter().enumerate() {
        if !reached[i] {
            d.push(
                codes::at(
                    "E103",
                    src,
                    loc.node(&node.id).unwrap_or(0..0),
                    format!(
                        "node \"{}\" cannot be reached from the start node \"{}\"",
                        node.id, sc.nodes[sc.start as usize].id
                    ),
                )
                .help("point a choice or route at it, or remove it"),
            );
        }
    }
    let can_end = can_reach_an_end(sc);
    if !sc.nodes.iter().any(|n| matches!(n.kind, CKind::End { .. })) {
        d.push(
            codes::at(
                "E112",
                src,
                loc.field("nodes"),
                "the scenario has no End node, so no call can finish".to_string(),
            )
            .help("add at least one End node with an outcome"),
        );
        return;
    }
    for (i, node) in sc.nodes.iter().enumerate() {
        if reached[i] && !can_end[i] {
            d.push(
                codes::at(
                    "E112",
                    src,
                    loc.node(&node.id).unwrap_or(0..0),
                    format!(
                        "from node \"{}\" the call can never end (every way out loops back)",
                        node.id
                    ),
                )
                .help("give the loop a way out to a node that leads to an End node"),
            );
        }
    }
    check_outcomes_and_timers(sc, src, loc, d);
}

/// Outcomes that are scored but no End node has (W119), and 0-second timers (E117).
fn check_outcomes_and_timers(
    sc: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    d: &mut Vec<Diagnostic>,
) {
    let used: HashSet<Outcome> = sc
        .nodes
        .iter()
        .filter_map(|n| match n.kind {
            CKind::End { outcome, .. } => Some(outcome),
            _ => None,
        })
        .collect();
    for (outcome, _) in &sc.outcome_scores {
        if !used.contains(outcome) {
            d.push(
                codes::at(
                    "W119",
                    src,
                    loc.field("outcomes"),
                    format!("outcome {outcome:?} is scored but no End node has it"),
                )
                .help("remove the score, or add an ending with that outcome"),
            );
        }
    }
    for node in &sc.nodes {
        if let CKind::Say {
            timeout: Some(t), ..
        } = &node.kind
            && t.seconds == 0
        {
            d.push(
                codes::at(
                    "E117",
                    src,
                    loc.node(&node.id).unwrap_or(0..0),
                    format!("node \"{}\" has a 0-second timer", node.id),
                )
                .help("give the trainee at least a few seconds, or remove the timeout"),
            );
        }
    }
}

/// What the exploration of every state of play found: dead ends (E111), loops that cannot
/// end (E112), nodes play never reaches (W120) and a search cut short (N113).
fn report_exploration(
    sc: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    ex: &search::Exploration,
    d: &mut Vec<Diagnostic>,
) {
    for p in &ex.problems {
        match p {
            StateProblem::DeadEnd { node, certain } => {
                let id = &sc.nodes[*node as usize].id;
                let how = if *certain {
                    "offers no choice"
                } else {
                    "may offer no choice (every visible choice depends on a Chance roll)"
                };
                d.push(
                    codes::at(
                        "E111",
                        src,
                        loc.node(id).unwrap_or(0..0),
                        format!("dead end: in some reachable state node \"{id}\" {how}"),
                    )
                    .help("give the node a choice without `if`, or a timeout"),
                );
            }
            StateProblem::Stuck { node } => {
                let id = &sc.nodes[*node as usize].id;
                let message = format!(
                    "loop that cannot end: in some reachable state the call cannot get \
                     from \"{id}\" to any ending"
                );
                d.push(
                    codes::at("E112", src, loc.node(id).unwrap_or(0..0), message).help(
                        "check the conditions on the way out of the loop: \
                         some state makes all of them false",
                    ),
                );
            }
        }
    }
    if !ex.truncated {
        report_blocked_nodes(sc, src, loc, ex, d);
    }
    if ex.truncated {
        let message = format!(
            "the state space was too large to search completely ({} states); \
             dead ends and endless loops were checked only in part",
            ex.states
        );
        d.push(
            codes::at("N113", src, loc.field("nodes"), message)
                .help("fewer state variables or coarser effects keep scenarios fully checkable"),
        );
    }
}

/// W120: nodes a path of the graph leads to but no state of play does, because every way in
/// is behind a condition that cannot hold there (E103 covers nodes no edge leads to).
fn report_blocked_nodes(
    sc: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    ex: &search::Exploration,
    d: &mut Vec<Diagnostic>,
) {
    let mut linked = vec![false; sc.nodes.len()];
    linked[sc.start as usize] = true;
    let mut stack = vec![sc.start as usize];
    let edges = crate::engine::graph::edges(sc);
    // Each node's edges out and in, as indices into `edges` (a scan of every edge per node
    // would make this quadratic in the scenario's size).
    let mut out_of: Vec<Vec<usize>> = vec![Vec::new(); sc.nodes.len()];
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); sc.nodes.len()];
    for (k, e) in edges.iter().enumerate() {
        out_of[e.from].push(k);
        into[e.to].push(k);
    }
    while let Some(i) = stack.pop() {
        for e in out_of[i].iter().map(|&k| &edges[k]) {
            if !linked[e.to] {
                linked[e.to] = true;
                stack.push(e.to);
            }
        }
    }
    let blocked: Vec<bool> = sc
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            matches!(node.kind, CKind::Say { .. } | CKind::End { .. })
                && linked[i]
                && !ex.reached.get(i).copied().unwrap_or(true)
        })
        .collect();
    for (i, node) in sc.nodes.iter().enumerate() {
        // Only where the blocking happens: a node whose every way in comes from another
        // blocked node is a consequence, not a cause.
        let cause = into[i].iter().any(|&k| !blocked[edges[k].from]);
        if blocked[i] && cause {
            let message = format!(
                "node \"{}\" is never reached in play: every choice or route into it is \
                 behind a condition that cannot hold there",
                node.id
            );
            d.push(
                codes::at("W120", src, loc.node(&node.id).unwrap_or(0..0), message).help(
                    "check the `if` conditions and effects on the way in \
                     (variables stay within 0..=100)",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{Scope, check};
    use crate::content::loader::Library;
    use crate::engine::search::DEFAULT_BUDGET;
    use crate::synth::{self, Spec};

    /// The E115 message of the synth library with its scenario replaced by `ron`.
    fn e115(ron: &str) -> String {
        let mut files = synth::files(&Spec::new(8));
        let scenario = files
            .iter_mut()
            .find(|f| f.path.ends_with("synth.ron"))
            .expect("the synth scenario");
        scenario.bytes = ron.as_bytes().to_vec();
        let lib = Library::from_files(std::path::Path::new("lib"), files);
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "E115")
            .collect();
        assert_eq!(found.len(), 1, "{:#?}", report.diagnostics);
        found[0].message.clone()
    }

    /// Every way to the best ending threatens (S-02); the only way to the promise without a
    /// threat never gives the mini-Miranda (S-01); the callback is reached only after the
    /// threat. E115 names both rules, each where it is broken, and S-02 once.
    #[test]
    fn e115_names_every_rule_that_blocks_a_good_ending() {
        let base = include_str!("../../tests/bad_inputs/unwinnable-critical.ron");
        let ron = base
            .replace(
                "(id: \"wait\", tags: [\"listens\", \"threat\"], next: \"n1-0\")",
                "(id: \"wait\", tags: [\"listens\"], next: \"n1-1\")",
            )
            .replace(
                "(id: \"press\", tags: [\"offers-plan\"], effects: {\"mood\": -10}, next: \"n2-0\"),\n                (id: \"kind\", tags: [\"empathy\"], effects: {\"mood\": -5}, if: Chance(50), next: \"n2-0\")",
                "(id: \"press\", tags: [\"offers-plan\"], effects: {\"mood\": -10}, next: \"end-promise\"),\n                (id: \"kind\", tags: [\"empathy\"], effects: {\"mood\": -5}, if: Chance(50), next: \"end-promise\")",
            )
            .replace(
                "(id: \"listen\", tags: [\"listens\", \"empathy\"], effects: {\"mood\": 10}, next: \"n2-0\"),\n                (id: \"press\", tags: [\"offers-plan\"]",
                "(id: \"listen\", tags: [\"listens\", \"empathy\"], effects: {\"mood\": 10}, next: \"end-promise\"),\n                (id: \"press\", tags: [\"offers-plan\"]",
            )
            .replace(
                "(id: \"press\", tags: [\"offers-plan\"], effects: {\"mood\": -10}, next: \"end-promise\"),\n                (id: \"kind\", tags: [\"empathy\"], effects: {\"mood\": -5}, if: Chance(50), next: \"end-hangup\")",
                "(id: \"press\", tags: [\"offers-plan\"], effects: {\"mood\": -10}, next: \"end-plan\"),\n                (id: \"kind\", tags: [\"empathy\"], effects: {\"mood\": -5}, if: Chance(50), next: \"end-hangup\")",
            );
        assert_ne!(ron, base);
        let message = e115(&ron);
        assert!(
            message.contains("S-02 is broken by choice \"intro\" of node \"n0-0\" (line 20)"),
            "{message}"
        );
        assert!(message.contains("is blocked too: "), "{message}");
        assert!(message.contains("S-01 is broken"), "{message}");
        assert_eq!(message.matches("S-02 is broken").count(), 1, "{message}");
        // Today's message for the plain fixture is unchanged: one rule, one place.
        let plain = e115(base);
        assert!(!plain.contains("blocked too"), "{plain}");
    }
}
