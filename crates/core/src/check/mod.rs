//! The checker: everything that can be wrong with a content library, found before a trainee
//! meets it, as diagnostics with file:line:col.
//!
//! Codes: `E0xx` files and vocabulary, `E1xx` scenarios, `E2xx` rubrics, `E3xx` text.
//! The full list with examples is in `docs/scenario-format.md`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::compile::{self, CKind, CompiledScenario, Locator, NodeIdx, is_identifier};
use crate::content::diagnostic::{Diagnostic, Level, SourceText};
use crate::content::l10n::SCENARIO_VARIABLES;
use crate::content::loader::{FtlFile, Library, REFERENCE_LANG};
use crate::content::model::{Check, Dimension, Node, TagKind};
use crate::engine::search::{self, StateProblem};

/// What a check run produced.
#[derive(Debug, Default)]
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Scenarios that compiled without errors, by id.
    pub compiled: BTreeMap<String, Arc<CompiledScenario>>,
    /// Per scenario: can it be passed, failed, and can a critical rule be broken?
    pub balance: BTreeMap<String, Balance>,
    /// Per rule (`rubric/rule`): the scenarios and choices that exercise it.
    pub coverage: BTreeMap<String, Vec<String>>,
}

/// Whether a scenario is winnable, losable, and has a path that breaks a critical rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Balance {
    pub winnable: bool,
    pub losable: bool,
    pub critical_reachable: bool,
    /// The best reachable mean score (0..=100).
    pub best_score: u8,
    pub truncated: bool,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.level == Level::Warning)
            .count()
    }
}

/// Which scenarios to check; library-wide checks (tags, rubrics, UI text, coverage) run only
/// for `All`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Scenarios(Vec<String>),
}

/// Checks a loaded library.
pub fn check(lib: &Library, scope: &Scope, budget: usize) -> Checked {
    let mut report = Checked::default();
    let d = &mut report.diagnostics;
    let in_scope = |id: &str| match scope {
        Scope::All => true,
        Scope::Scenarios(ids) => ids.iter().any(|s| s == id),
    };
    let whole = *scope == Scope::All;

    // Load problems: all for the whole library, else those of the scenarios' own files.
    for diag in &lib.load_diagnostics {
        let related = whole || scope_files(lib, scope).contains(&diag.file);
        if related {
            d.push(diag.clone());
        }
    }

    if whole {
        check_tags(lib, d);
        check_rubrics(lib, d);
    }

    let mut seen_ids: HashMap<&str, &SourceText> = HashMap::new();
    let mut todo = Vec::new();
    for loaded in &lib.scenarios {
        let sc = &loaded.value;
        if !in_scope(&sc.id) {
            continue;
        }
        if let Some(first) = seen_ids.insert(&sc.id, &loaded.source) {
            let loc = Locator::new(&loaded.source);
            let span = loc
                .find(&sc.id, 0, loaded.source.text.len())
                .unwrap_or(0..0);
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E007",
                    &loaded.source,
                    span,
                    format!(
                        "scenario id \"{}\" is also used by {}",
                        sc.id,
                        first.path.display()
                    ),
                )
                .help("give every scenario its own id"),
            );
            continue;
        }
        todo.push(loaded);
    }
    // Scenarios are independent: check them on every core.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(todo.len().max(1));
    let results: Vec<Vec<(usize, ScenarioCheck)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(loaded) = todo.get(i) else { break };
                        out.push((i, check_scenario(lib, loaded, budget)));
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut results: Vec<(usize, ScenarioCheck)> = results.into_iter().flatten().collect();
    results.sort_by_key(|(i, _)| *i);
    for (_, r) in results {
        d.extend(r.diagnostics);
        if let Some((compiled, balance)) = r.compiled {
            if let Some(b) = balance {
                report.balance.insert(compiled.id.clone(), b);
            }
            report.compiled.insert(compiled.id.clone(), compiled);
        }
    }

    check_text(lib, scope, &report.compiled, d);
    report.coverage = coverage(lib, &report.compiled);
    if whole {
        for rubric in &lib.rubrics {
            let loc = Locator::new(&rubric.source);
            for rule in &rubric.value.rules {
                let key = format!("{}/{}", rubric.value.id, rule.id);
                if report.coverage.get(&key).is_none_or(Vec::is_empty) {
                    let span = loc
                        .find(&rule.id, 0, rubric.source.text.len())
                        .unwrap_or(0..0);
                    d.push(
                        Diagnostic::at(Level::Warning, "W210", &rubric.source, span, format!("rule {} is not exercised by any path of any scenario", rule.id))
                            .help("add a choice carrying its tag (and, for After/NeverAfter, a node with its event) to a scenario that uses this rubric"),
                    );
                }
            }
        }
    }
    report.diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code).cmp(&(&b.file, b.line, b.column, b.code))
    });
    report.diagnostics.dedup();
    report
}

/// What checking one scenario found.
#[derive(Default)]
struct ScenarioCheck {
    diagnostics: Vec<Diagnostic>,
    compiled: Option<(Arc<CompiledScenario>, Option<Balance>)>,
}

/// The analyses that depend only on a compiled scenario, kept per content so that an
/// unchanged scenario is not searched again in the same process (the app re-checks on
/// every edit; only the edited scenario pays).
type Analysis = (Vec<Diagnostic>, Option<Balance>);
/// Cache key: the file, its content hash and the search budget.
type AnalysisKey = (std::path::PathBuf, String, usize);
static ANALYSIS_CACHE: std::sync::OnceLock<std::sync::Mutex<HashMap<AnalysisKey, Analysis>>> =
    std::sync::OnceLock::new();

fn check_scenario(
    lib: &Library,
    loaded: &crate::content::loader::Loaded<crate::content::model::Scenario>,
    budget: usize,
) -> ScenarioCheck {
    let mut out = ScenarioCheck::default();
    let d = &mut out.diagnostics;
    let Some(compiled) = compile::compile(lib, loaded, d) else {
        return out;
    };
    let key = (
        loaded.source.path.clone(),
        compiled.content_hash.clone(),
        budget,
    );
    let cache = ANALYSIS_CACHE.get_or_init(Default::default);
    if let Some((diagnostics, balance)) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        d.extend(diagnostics);
        out.compiled = Some((Arc::new(compiled), balance));
        return out;
    }
    let first = d.len();
    let sc = &loaded.value;
    let mut balance_out = None;
    check_graph(&compiled, &loaded.source, d);
    let errors_before = d.iter().filter(|x| x.is_error()).count();
    let exploration = search::explore(&compiled, budget);
    report_exploration(&compiled, &loaded.source, &exploration, d);
    let structural_ok = d.iter().filter(|x| x.is_error()).count() == errors_before;
    if structural_ok {
        let result = search::best_path(&compiled, budget);
        let balance = Balance {
            winnable: result.best.as_ref().is_some_and(|b| b.scorecard.passed),
            losable: result.worst.as_ref().is_some_and(|w| !w.scorecard.passed),
            critical_reachable: result.critical_reachable,
            best_score: result.best.as_ref().map_or(0, |b| b.scorecard.overall),
            truncated: result.truncated,
        };
        if !balance.winnable {
            let loc = Locator::new(&loaded.source);
            let span = loc
                .find(&sc.id, 0, loaded.source.text.len())
                .unwrap_or(0..0);
            let why = result
                .best
                .as_ref()
                .map_or("no path reaches an ending".to_string(), |b| {
                    describe_failure(&b.scorecard)
                });
            let (level, code, msg) = if result.truncated {
                (
                    Level::Warning,
                    "W116",
                    format!(
                        "no passing path found within the search bound ({} paths tried): {why}",
                        result.paths
                    ),
                )
            } else {
                (
                    Level::Error,
                    "E115",
                    format!(
                        "scenario \"{}\" cannot be passed: its best path {why}",
                        sc.id
                    ),
                )
            };
            d.push(
                    Diagnostic::at(level, code, &loaded.source, span, msg)
                        .help("make sure some path scores at least every pass mark with no critical breach (`callcoach walk` shows the score spread)"),
                );
        }
        balance_out = Some(balance);
    }
    if let Ok(mut c) = cache.lock() {
        c.insert(key, (d[first..].to_vec(), balance_out));
    }
    out.compiled = Some((Arc::new(compiled), balance_out));
    out
}

fn describe_failure(card: &crate::engine::scoring::Scorecard) -> String {
    let mut parts = Vec::new();
    if card.critical_breach {
        let rules: Vec<&str> = card
            .broken()
            .filter(|r| r.severity == crate::content::model::Severity::Critical)
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

fn scope_files(lib: &Library, scope: &Scope) -> Vec<std::path::PathBuf> {
    let Scope::Scenarios(ids) = scope else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for id in ids {
        out.push(lib.root.join("scenarios").join(format!("{id}.ron")));
        for lang in lib.locales.keys() {
            out.push(
                lib.root
                    .join("locales")
                    .join(lang)
                    .join("scenarios")
                    .join(format!("{id}.ftl")),
            );
        }
    }
    out
}

fn check_tags(lib: &Library, d: &mut Vec<Diagnostic>) {
    let Some(tags) = &lib.tags else { return };
    let loc = Locator::new(&tags.source);
    let mut seen = HashSet::new();
    let mut used: HashSet<&str> = HashSet::new();
    for s in &lib.scenarios {
        for (_, node) in &s.value.nodes.0 {
            used.extend(node.events().iter().map(String::as_str));
            if let Node::Say(say) = node {
                for c in &say.choices {
                    used.extend(c.tags.iter().map(String::as_str));
                    if let Some(cond) = &c.condition {
                        cond_tags(cond, &mut used);
                    }
                }
                if let Some(t) = &say.timeout {
                    used.extend(t.tags.iter().map(String::as_str));
                }
            }
            if let Node::Branch(b) = node {
                for r in &b.routes {
                    if let Some(cond) = &r.condition {
                        cond_tags(cond, &mut used);
                    }
                }
            }
        }
    }
    for r in &lib.rubrics {
        for rule in &r.value.rules {
            used.extend(rule.check.tags().into_iter().map(String::as_str));
            used.extend(rule.unless.iter().map(String::as_str));
        }
    }
    for (i, t) in tags.value.0.iter().enumerate() {
        let span = loc.literals_nth(&t.id, if seen.contains(&t.id) { 1 } else { 0 });
        if !seen.insert(t.id.clone()) {
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E006",
                    &tags.source,
                    span.clone(),
                    format!("tag \"{}\" is listed twice", t.id),
                )
                .help("remove one of the two entries"),
            );
        }
        if !is_identifier(&t.id) {
            d.push(Diagnostic::at(Level::Error, "E114", &tags.source, span.clone(), format!("tag \"{}\" is not a valid name", t.id)).help("tags name Fluent messages (`tag-<id>`): letters, digits and '-' only, starting with a letter"));
        }
        if !used.contains(t.id.as_str()) {
            d.push(
                Diagnostic::at(
                    Level::Warning,
                    "W008",
                    &tags.source,
                    span,
                    format!("tag \"{}\" is not used by any scenario or rubric", t.id),
                )
                .help("remove it, or use it"),
            );
        }
        let _ = i;
    }
}

fn cond_tags<'a>(c: &'a crate::content::model::Condition, out: &mut HashSet<&'a str>) {
    use crate::content::model::Condition as C;
    match c {
        C::Tag(t) => {
            out.insert(t);
        }
        C::Not(c) => cond_tags(c, out),
        C::All(cs) | C::Any(cs) => cs.iter().for_each(|c| cond_tags(c, out)),
        _ => {}
    }
}

impl Locator<'_> {
    fn literals_nth(&self, value: &str, nth: usize) -> Range<usize> {
        let mut from = 0;
        let mut found = 0..0;
        for _ in 0..=nth {
            match self.find(value, from, usize::MAX) {
                Some(s) => {
                    from = s.end;
                    found = s;
                }
                None => break,
            }
        }
        found
    }
}

fn check_rubrics(lib: &Library, d: &mut Vec<Diagnostic>) {
    let kinds: HashMap<&str, TagKind> = lib
        .tags
        .iter()
        .flat_map(|t| t.value.0.iter().map(|t| (t.id.as_str(), t.kind)))
        .collect();
    let tag_names: Vec<&str> = kinds.keys().copied().collect();
    let mut rule_ids: HashMap<String, String> = HashMap::new();
    let mut rubric_ids: HashSet<&str> = HashSet::new();
    for r in &lib.rubrics {
        let src = &r.source;
        let loc = Locator::new(src);
        let rubric = &r.value;
        if !rubric_ids.insert(&rubric.id) {
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E007",
                    src,
                    loc.find(&rubric.id, 0, src.text.len()).unwrap_or(0..0),
                    format!("rubric id \"{}\" is used twice", rubric.id),
                )
                .help("give every rubric its own id"),
            );
        }
        if src
            .path
            .file_stem()
            .is_none_or(|s| s.to_string_lossy() != rubric.id)
        {
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E004",
                    src,
                    loc.find(&rubric.id, 0, src.text.len()).unwrap_or(0..0),
                    format!("rubric id \"{}\" does not match its file name", rubric.id),
                )
                .help("name the file scenarios/rubrics/<id>.ron"),
            );
        }
        if !matches!(rubric.dimension, Dimension::Compliance | Dimension::Empathy) {
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E203",
                    src,
                    loc.field("dimension"),
                    format!(
                        "rubrics score Compliance or Empathy, not {:?}",
                        rubric.dimension
                    ),
                )
                .help("Resolution comes from outcome scores, Documentation from the wrap-up"),
            );
        }
        if rubric.pass_mark > 100 {
            d.push(
                Diagnostic::at(
                    Level::Error,
                    "E204",
                    src,
                    loc.field("pass_mark"),
                    format!("pass mark {} is above 100", rubric.pass_mark),
                )
                .help("pass marks are 0..=100"),
            );
        }
        let mut cursor = 0;
        for rule in &rubric.rules {
            let span = loc
                .find(&rule.id, cursor, src.text.len())
                .unwrap_or(cursor..cursor);
            cursor = span.end;
            let range = span.start..src.text.len();
            if let Some(other) = rule_ids.insert(rule.id.clone(), rubric.id.clone()) {
                d.push(
                    Diagnostic::at(
                        Level::Error,
                        "E202",
                        src,
                        span.clone(),
                        format!("rule id {} is also used in rubric \"{other}\"", rule.id),
                    )
                    .help(
                        "rule ids name Fluent messages, so they must be unique across all rubrics",
                    ),
                );
            }
            if !is_identifier(&rule.id) {
                d.push(
                    Diagnostic::at(
                        Level::Error,
                        "E114",
                        src,
                        span.clone(),
                        format!("rule id \"{}\" is not a valid name", rule.id),
                    )
                    .help("letters, digits and '-' only, starting with a letter (e.g. US-01)"),
                );
            }
            if rule.weight == 0 {
                d.push(
                    Diagnostic::at(
                        Level::Warning,
                        "W207",
                        src,
                        span.clone(),
                        format!("rule {} has weight 0 and cannot change a score", rule.id),
                    )
                    .help("give it a weight, or remove it"),
                );
            }
            let event_first = matches!(rule.check, Check::After(..) | Check::NeverAfter(..));
            for (i, tag) in rule.check.tags().into_iter().enumerate() {
                let tspan = loc.within(tag, &range);
                match kinds.get(tag.as_str()) {
                    None => d.push(
                        Diagnostic::at(
                            Level::Error,
                            "E201",
                            src,
                            tspan,
                            format!("rule {} names unknown tag \"{tag}\"", rule.id),
                        )
                        .help(compile::suggest(
                            tag,
                            tag_names.iter().copied(),
                            "add it to scenarios/tags.ron, or fix the spelling",
                        )),
                    ),
                    Some(kind) => {
                        let want = if event_first && i == 0 {
                            TagKind::Event
                        } else {
                            TagKind::Behaviour
                        };
                        if *kind != want {
                            d.push(Diagnostic::at(Level::Error, "E206", src, tspan, format!("rule {}: \"{tag}\" is {} tag here, but this place needs {} tag", rule.id, article(*kind), article(want))).help("After/NeverAfter take an event then a behaviour; the other checks take behaviours"));
                        }
                    }
                }
            }
            for tag in &rule.unless {
                let tspan = loc.within(tag, &range);
                match kinds.get(tag.as_str()) {
                    None => d.push(
                        Diagnostic::at(
                            Level::Error,
                            "E201",
                            src,
                            tspan,
                            format!("rule {} names unknown tag \"{tag}\" in `unless`", rule.id),
                        )
                        .help(compile::suggest(
                            tag,
                            tag_names.iter().copied(),
                            "add it to scenarios/tags.ron, or fix the spelling",
                        )),
                    ),
                    Some(TagKind::Behaviour) => d.push(
                        Diagnostic::at(
                            Level::Error,
                            "E206",
                            src,
                            tspan,
                            format!(
                                "rule {}: `unless` takes event tags, \"{tag}\" is a behaviour",
                                rule.id
                            ),
                        )
                        .help("list the debtor events that make the rule not apply"),
                    ),
                    Some(TagKind::Event) => {}
                }
            }
            if let Check::CallWindow(from, to) = &rule.check {
                for t in [from, to] {
                    if crate::content::model::parse_clock(t).is_none() {
                        d.push(
                            Diagnostic::at(
                                Level::Error,
                                "E205",
                                src,
                                loc.within(t, &range),
                                format!("\"{t}\" is not a time of day"),
                            )
                            .help("write times as \"HH:MM\", e.g. \"08:00\""),
                        );
                    }
                }
            }
            if let Check::Within(_, 0) | Check::After(_, _, 0) = rule.check {
                d.push(
                    Diagnostic::at(
                        Level::Error,
                        "E208",
                        src,
                        span.clone(),
                        format!("rule {} allows 0 turns and can never be met", rule.id),
                    )
                    .help("turns count from 1"),
                );
            }
        }
    }
}

fn article(kind: TagKind) -> &'static str {
    match kind {
        TagKind::Event => "an event",
        TagKind::Behaviour => "a behaviour",
    }
}

/// Unreachable nodes and nodes from which no ending can be reached, on the bare graph.
fn check_graph(sc: &CompiledScenario, src: &SourceText, d: &mut Vec<Diagnostic>) {
    let loc = Locator::new(src);
    let n = sc.nodes.len();
    let succ = |i: usize| -> Vec<NodeIdx> {
        match &sc.nodes[i].kind {
            CKind::Say {
                choices, timeout, ..
            } => choices
                .iter()
                .map(|c| c.next)
                .chain(timeout.iter().map(|t| t.next))
                .collect(),
            CKind::Branch { routes } => routes.iter().map(|(_, n)| *n).collect(),
            CKind::End { .. } => Vec::new(),
        }
    };
    let mut reached = vec![false; n];
    let mut stack = vec![sc.start as usize];
    reached[sc.start as usize] = true;
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, pred) in preds.iter_mut().enumerate().take(0) {
        let _ = (i, pred);
    }
    for i in 0..n {
        for s in succ(i) {
            preds[s as usize].push(i);
        }
    }
    while let Some(i) = stack.pop() {
        for s in succ(i) {
            if !reached[s as usize] {
                reached[s as usize] = true;
                stack.push(s as usize);
            }
        }
    }
    for (i, node) in sc.nodes.iter().enumerate() {
        if !reached[i] {
            d.push(
                Diagnostic::at(
                    Level::Error,
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
    let mut can_end = vec![false; n];
    let mut stack: Vec<usize> = (0..n)
        .filter(|&i| matches!(sc.nodes[i].kind, CKind::End { .. }))
        .collect();
    for &i in &stack {
        can_end[i] = true;
    }
    while let Some(i) = stack.pop() {
        for &p in &preds[i] {
            if !can_end[p] {
                can_end[p] = true;
                stack.push(p);
            }
        }
    }
    if !sc.nodes.iter().any(|n| matches!(n.kind, CKind::End { .. })) {
        d.push(
            Diagnostic::at(
                Level::Error,
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
                Diagnostic::at(
                    Level::Error,
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
    let used: HashSet<crate::content::model::Outcome> = sc
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
                Diagnostic::at(
                    Level::Warning,
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
                Diagnostic::at(
                    Level::Error,
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

fn report_exploration(
    sc: &CompiledScenario,
    src: &SourceText,
    ex: &search::Exploration,
    d: &mut Vec<Diagnostic>,
) {
    let loc = Locator::new(src);
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
                    Diagnostic::at(
                        Level::Error,
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
                d.push(
                    Diagnostic::at(Level::Error, "E112", src, loc.node(id).unwrap_or(0..0), format!("loop that cannot end: in some reachable state the call cannot get from \"{id}\" to any ending"))
                        .help("check the conditions on the way out of the loop: some state makes all of them false"),
                );
            }
        }
    }
    if !ex.truncated {
        // Nodes a path of the graph leads to but no state of play does: every way in is
        // behind a condition that cannot hold there (E103 covers nodes no edge leads to).
        let mut linked = vec![false; sc.nodes.len()];
        linked[sc.start as usize] = true;
        let mut stack = vec![sc.start as usize];
        let edges = crate::engine::graph::edges(sc);
        while let Some(i) = stack.pop() {
            for e in edges.iter().filter(|e| e.from == i) {
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
            let cause = edges.iter().any(|e| e.to == i && !blocked[e.from]);
            if blocked[i] && cause {
                d.push(
                    Diagnostic::at(
                        Level::Warning,
                        "W120",
                        src,
                        loc.node(&node.id).unwrap_or(0..0),
                        format!(
                            "node \"{}\" is never reached in play: every choice or route into it is behind a condition that cannot hold there",
                            node.id
                        ),
                    )
                    .help("check the `if` conditions and effects on the way in (variables stay within 0..=100)"),
                );
            }
        }
    }
    if ex.truncated {
        d.push(
            Diagnostic::at(Level::Note, "N113", src, loc.field("nodes"), format!("the state space was too large to search completely ({} states); dead ends and endless loops were checked only in part", ex.states))
                .help("fewer state variables or coarser effects keep scenarios fully checkable"),
        );
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
        let events: HashSet<u16> = sc
            .nodes
            .iter()
            .flat_map(|n| n.events.iter().copied())
            .collect();
        for rule in &sc.rules {
            let key = format!("{}/{}", rule.rubric, rule.id);
            let entry = out.entry(key).or_default();
            use crate::compile::CCheck as C;
            let (event, tag) = match rule.check {
                C::Never(t) | C::Within(t, _) | C::Reward(t, _) | C::Penalty(t, _) => {
                    (None, Some(t))
                }
                C::Before(_, then) => (None, Some(then)),
                C::After(e, t, _) | C::NeverAfter(e, t) => (Some(e), Some(t)),
                C::CallWindow(..) => (None, None),
            };
            if event.is_some_and(|e| !events.contains(&e)) {
                continue;
            }
            match tag {
                Some(t) => {
                    for n in &sc.nodes {
                        if let CKind::Say {
                            choices, timeout, ..
                        } = &n.kind
                        {
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

// ---------------------------------------------------------------------------------------------
// Text

/// Where each message and attribute is defined in a Fluent file.
struct FtlIndex {
    messages: HashMap<String, usize>,
    attributes: HashMap<(String, String), usize>,
}

impl FtlIndex {
    fn new(src: &SourceText) -> Self {
        let mut messages = HashMap::new();
        let mut attributes = HashMap::new();
        let mut current: Option<String> = None;
        let mut offset = 0;
        for line in src.text.split_inclusive('\n') {
            let ident_end = |s: &str| {
                s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(s.len())
            };
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let end = ident_end(line);
                if line[end..].trim_start().starts_with('=') {
                    messages.entry(line[..end].to_string()).or_insert(offset);
                    current = Some(line[..end].to_string());
                }
            } else if line.starts_with('-') || line.starts_with('#') {
                current = None;
            } else if let Some(rest) = line.trim_start().strip_prefix('.')
                && line.starts_with([' ', '\t'])
                && let Some(m) = &current
            {
                let end = ident_end(rest);
                if rest[end..].trim_start().starts_with('=') {
                    let col = line.len() - line.trim_start().len();
                    attributes
                        .entry((m.clone(), rest[..end].to_string()))
                        .or_insert(offset + col);
                }
            }
            offset += line.len();
        }
        FtlIndex {
            messages,
            attributes,
        }
    }

    fn message(&self, id: &str) -> Range<usize> {
        self.messages.get(id).map_or(0..0, |&o| o..o + id.len())
    }

    fn attribute(&self, id: &str, attr: &str) -> Range<usize> {
        self.attributes
            .get(&(id.to_string(), attr.to_string()))
            .map_or_else(|| self.message(id), |&o| o..o + attr.len() + 1)
    }
}

/// What a Fluent file must contain: message id → (needs a value, required attributes, optional attributes).
#[derive(Default)]
struct Expected {
    messages: BTreeMap<String, ExpectedMessage>,
}

#[derive(Default)]
struct ExpectedMessage {
    value: bool,
    /// Attributes that must be there (error when missing).
    attrs: Vec<String>,
    /// Attributes that should be there (warning when missing).
    soft_attrs: Vec<String>,
    /// The message as a whole is only advised (coaching notes).
    soft: bool,
    /// What the message is for, in the diagnostic.
    what: String,
}

impl Expected {
    fn add(&mut self, id: impl Into<String>, what: impl Into<String>) -> &mut ExpectedMessage {
        let m = self.messages.entry(id.into()).or_default();
        m.value = true;
        m.what = what.into();
        m
    }
}

fn check_text(
    lib: &Library,
    scope: &Scope,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
    d: &mut Vec<Diagnostic>,
) {
    let whole = *scope == Scope::All;
    let langs = lib.languages();
    if !lib.locales.contains_key(REFERENCE_LANG) {
        d.push(
            Diagnostic::file(
                Level::Error,
                "E307",
                &lib.root.join("locales").join(REFERENCE_LANG),
                "there is no English text (locales/en/)",
            )
            .help("English is the reference language every other language falls back to"),
        );
    }
    for lang in &langs {
        let files = &lib.locales[lang];
        let lang_dir = lib.root.join("locales").join(lang);
        let rules = plural_categories(lang);
        // Scenario files.
        for loaded in &lib.scenarios {
            let sc = &loaded.value;
            if !(whole || matches!(scope, Scope::Scenarios(ids) if ids.contains(&sc.id))) {
                continue;
            }
            let mut expected = Expected::default();
            expected.add("title", "the scenario's title");
            expected.add("briefing", "the briefing shown before the call");
            expected.add("product", "the product the debt is for");
            for (id, node) in &sc.nodes.0 {
                if let Some(key) = node.speaker() {
                    expected.add(
                        format!("speaker-{key}"),
                        format!("the name shown for speaker \"{key}\""),
                    );
                }
                match node {
                    Node::Say(say) => {
                        let m =
                            expected.add(id.clone(), format!("the debtor's line at node \"{id}\""));
                        m.attrs = say.choices.iter().map(|c| c.id.clone()).collect();
                        for v in 2..=say.variants {
                            expected.add(
                                format!("{id}-v{v}"),
                                format!("wording {v} of the line at node \"{id}\""),
                            );
                        }
                        let why = expected.add(
                            format!("{id}-why"),
                            format!("the coaching notes of node \"{id}\""),
                        );
                        why.value = false;
                        why.soft = true;
                        why.soft_attrs = say.choices.iter().map(|c| c.id.clone()).collect();
                    }
                    Node::End(end) => {
                        expected.add(
                            id.clone(),
                            format!("the debtor's last line at node \"{id}\""),
                        );
                        for v in 2..=end.variants {
                            expected.add(
                                format!("{id}-v{v}"),
                                format!("wording {v} of the last line at node \"{id}\""),
                            );
                        }
                    }
                    Node::Branch(_) => {}
                }
            }
            let path = lang_dir.join("scenarios").join(format!("{}.ftl", sc.id));
            match files.scenarios.get(&sc.id) {
                None => d.push(
                    Diagnostic::file(Level::Error, "E307", &path, format!("scenario \"{}\" has no {} text", sc.id, lang_name(lang)))
                        .help(format!("create {} with a message for every node and choice (copy the English file and translate it)", path.display())),
                ),
                Some(ftl) => {
                    check_expected(ftl, &expected, lang, true, d);
                    check_variables(ftl, &rules, lang, d);
                }
            }
        }
        if !whole {
            continue;
        }
        // Orphan scenario files.
        for (id, ftl) in &files.scenarios {
            if lib.scenario(id).is_none() && !lib.broken_scenarios.contains_key(id) {
                d.push(
                    Diagnostic::at(
                        Level::Warning,
                        "W304",
                        &ftl.source,
                        0..0,
                        format!("no scenario \"{id}\" uses this file"),
                    )
                    .help(format!("remove it, or create scenarios/{id}.ron")),
                );
            }
        }
        for ftl in &files.other {
            d.push(
                Diagnostic::at(
                    Level::Warning,
                    "W304",
                    &ftl.source,
                    0..0,
                    "callcoach does not read this file".to_string(),
                )
                .help("text lives in ui.ftl, tags.ftl, rubrics/<id>.ftl and scenarios/<id>.ftl"),
            );
        }
        // Tags.
        if let Some(tags) = &lib.tags {
            let mut expected = Expected::default();
            for t in &tags.value.0 {
                expected.add(
                    format!("tag-{}", t.id),
                    format!("the description of tag \"{}\"", t.id),
                );
            }
            match &files.tags {
                Some(ftl) => check_expected(ftl, &expected, lang, true, d),
                None => d.push(
                    Diagnostic::file(
                        Level::Error,
                        "E307",
                        &lang_dir.join("tags.ftl"),
                        format!("there are no {} tag descriptions", lang_name(lang)),
                    )
                    .help("create tags.ftl with `tag-<id> = …` for every tag"),
                ),
            }
        }
        // Rubrics.
        for r in &lib.rubrics {
            let mut expected = Expected::default();
            expected.add(format!("rubric-{}", r.value.id), "the rubric's title");
            for rule in &r.value.rules {
                let m = expected.add(rule.id.clone(), format!("the title of rule {}", rule.id));
                m.attrs = vec!["coaching".to_string()];
            }
            match files.rubrics.get(&r.value.id) {
                Some(ftl) => check_expected(ftl, &expected, lang, true, d),
                None => {
                    let path = lang_dir.join("rubrics").join(format!("{}.ftl", r.value.id));
                    d.push(
                        Diagnostic::file(
                            Level::Error,
                            "E307",
                            &path,
                            format!("rubric \"{}\" has no {} text", r.value.id, lang_name(lang)),
                        )
                        .help(
                            "create it with the rubric title and each rule's title and `.coaching`",
                        ),
                    );
                }
            }
        }
        // UI text: every language must have what English has.
        let reference = lib.locales.get(REFERENCE_LANG).and_then(|l| l.ui.as_ref());
        match (&files.ui, reference) {
            (Some(ui), Some(en)) => {
                let mut expected = Expected::default();
                for (id, attrs) in message_ids(en) {
                    let m = expected.add(id.clone(), format!("the interface text \"{id}\""));
                    m.attrs = attrs;
                }
                check_expected(ui, &expected, lang, lang != REFERENCE_LANG, d);
                check_variables(ui, &rules, lang, d);
            }
            (None, _) => d.push(
                Diagnostic::file(
                    Level::Error,
                    "E307",
                    &lang_dir.join("ui.ftl"),
                    format!("there is no {} interface text", lang_name(lang)),
                )
                .help("create ui.ftl (copy the English one and translate it)"),
            ),
            _ => {}
        }
        // Duplicate ids across the files that share one bundle.
        let mut owners: HashMap<String, &SourceText> = HashMap::new();
        for f in files
            .ui
            .iter()
            .chain(files.tags.iter())
            .chain(files.rubrics.values())
        {
            for (id, _) in message_ids(f) {
                if let Some(first) = owners.insert(id.clone(), &f.source)
                    && first.path != f.source.path
                {
                    let idx = FtlIndex::new(&f.source);
                    d.push(Diagnostic::at(Level::Error, "E308", &f.source, idx.message(&id), format!("message \"{id}\" is also defined in {}", first.path.display())).help("message ids of ui.ftl, tags.ftl and the rubric files share one namespace: rename one"));
                }
            }
        }
    }
    let _ = compiled;
}

fn lang_name(lang: &str) -> String {
    match lang {
        "en" => "English".into(),
        "pl" => "Polish".into(),
        other => format!("\"{other}\""),
    }
}

/// Message ids of a file with their attribute names.
fn message_ids(f: &FtlFile) -> Vec<(String, Vec<String>)> {
    f.resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some((
                m.id.name.to_string(),
                m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
            )),
            _ => None,
        })
        .collect()
}

fn check_expected(
    ftl: &FtlFile,
    expected: &Expected,
    lang: &str,
    report_orphans: bool,
    d: &mut Vec<Diagnostic>,
) {
    let idx = FtlIndex::new(&ftl.source);
    let mut present: HashMap<String, (bool, BTreeSet<String>)> = HashMap::new();
    for e in ftl.resource.entries() {
        if let ast::Entry::Message(m) = e {
            present.insert(
                m.id.name.to_string(),
                (
                    m.value.is_some(),
                    m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                ),
            );
        }
    }
    let path = ftl.source.path.display().to_string();
    for (id, want) in &expected.messages {
        match present.get(id) {
            None => {
                if want.soft {
                    if !want.soft_attrs.is_empty() {
                        d.push(
                            Diagnostic::at(Level::Warning, "W303", &ftl.source, end_of(&ftl.source), format!("no {} coaching notes for node \"{}\"", lang_name(lang), id.trim_end_matches("-why")))
                                .help(format!("add `{id} =` with an attribute per choice ({}) saying why it is good or bad", want.soft_attrs.join(", "))),
                        );
                    }
                    continue;
                }
                d.push(
                    Diagnostic::at(
                        Level::Error,
                        "E302",
                        &ftl.source,
                        end_of(&ftl.source),
                        format!(
                            "no {} text for {} (message \"{id}\")",
                            lang_name(lang),
                            want.what
                        ),
                    )
                    .help(format!("add `{id} = …` to {path}")),
                );
            }
            Some((has_value, attrs)) => {
                if want.value && !has_value {
                    d.push(
                        Diagnostic::at(
                            Level::Error,
                            "E302",
                            &ftl.source,
                            idx.message(id),
                            format!("message \"{id}\" has no text of its own ({})", want.what),
                        )
                        .help(format!("write the text after `{id} =`")),
                    );
                }
                for a in &want.attrs {
                    if !attrs.contains(a) {
                        let what = if id.starts_with(|c: char| c.is_ascii_uppercase())
                            || a == "coaching"
                        {
                            format!("no {} {a} text for rule {id}", lang_name(lang))
                        } else {
                            format!(
                                "no {} text for choice \"{a}\" of node \"{id}\"",
                                lang_name(lang)
                            )
                        };
                        d.push(
                            Diagnostic::at(
                                Level::Error,
                                "E302",
                                &ftl.source,
                                idx.message(id),
                                what,
                            )
                            .help(format!(
                                "add the line `    .{a} = …` under `{id} =` in {path}"
                            )),
                        );
                    }
                }
                for a in &want.soft_attrs {
                    if !attrs.contains(a) {
                        d.push(
                            Diagnostic::at(Level::Warning, "W303", &ftl.source, idx.message(id), format!("no {} coaching note for choice \"{a}\" of node \"{}\"", lang_name(lang), id.trim_end_matches("-why")))
                                .help(format!("add `    .{a} = …` under `{id} =`: why the choice is good or bad, and what is better")),
                        );
                    }
                }
                if report_orphans {
                    for a in attrs {
                        if !want.attrs.contains(a) && !want.soft_attrs.contains(a) {
                            d.push(
                                Diagnostic::at(
                                    Level::Warning,
                                    "W304",
                                    &ftl.source,
                                    idx.attribute(id, a),
                                    format!("attribute \"{id}.{a}\" is not used"),
                                )
                                .help("remove it, or check the choice id's spelling"),
                            );
                        }
                    }
                }
            }
        }
    }
    if report_orphans {
        for id in present.keys() {
            if !expected.messages.contains_key(id) {
                d.push(
                    Diagnostic::at(
                        Level::Warning,
                        "W304",
                        &ftl.source,
                        idx.message(id),
                        format!("message \"{id}\" is not used"),
                    )
                    .help("remove it, or check the node id's spelling"),
                );
            }
        }
    }
}

fn end_of(src: &SourceText) -> Range<usize> {
    let end = src.text.len();
    end..end
}

/// The CLDR cardinal plural categories of a language, e.g. `one few many other` for Polish.
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return vec!["other"];
    };
    match PluralRules::create(id, PluralRuleType::CARDINAL) {
        Ok(rules) => {
            // The rules object cannot list its categories, so sample numbers that reach them all.
            let mut cats: Vec<&'static str> = Vec::new();
            let samples = (0..=200)
                .map(|i| i.to_string())
                .chain(["0.5", "1.5", "2.5", "1000000"].map(String::from));
            for sample in samples {
                let category = rules.select(sample.as_str()).ok();
                let name = match category {
                    Some(intl_pluralrules::PluralCategory::ZERO) => "zero",
                    Some(intl_pluralrules::PluralCategory::ONE) => "one",
                    Some(intl_pluralrules::PluralCategory::TWO) => "two",
                    Some(intl_pluralrules::PluralCategory::FEW) => "few",
                    Some(intl_pluralrules::PluralCategory::MANY) => "many",
                    _ => "other",
                };
                if !cats.contains(&name) {
                    cats.push(name);
                }
            }
            cats.sort_by_key(|c| {
                ["zero", "one", "two", "few", "many", "other"]
                    .iter()
                    .position(|x| x == c)
            });
            cats
        }
        Err(_) => vec!["other"],
    }
}

const PLURAL_WORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Unknown variables (scenario files) and selectors missing plural categories.
fn check_variables(ftl: &FtlFile, categories: &[&str], lang: &str, d: &mut Vec<Diagnostic>) {
    let idx = FtlIndex::new(&ftl.source);
    let scenario_file = ftl
        .source
        .path
        .parent()
        .is_some_and(|p| p.ends_with("scenarios"));
    for e in ftl.resource.entries() {
        let ast::Entry::Message(m) = e else { continue };
        let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
        if let Some(v) = &m.value {
            patterns.push((None, v));
        }
        for a in &m.attributes {
            patterns.push((Some(a.id.name), &a.value));
        }
        for (attr, p) in patterns {
            let mut vars = Vec::new();
            let mut selects = Vec::new();
            walk_pattern(p, &mut vars, &mut selects);
            let span = match attr {
                Some(a) => idx.attribute(m.id.name, a),
                None => idx.message(m.id.name),
            };
            let name = match attr {
                Some(a) => format!("{}.{a}", m.id.name),
                None => m.id.name.to_string(),
            };
            if scenario_file {
                for v in vars.iter().filter(|v| !SCENARIO_VARIABLES.contains(v)) {
                    d.push(
                        Diagnostic::at(
                            Level::Error,
                            "E305",
                            &ftl.source,
                            span.clone(),
                            format!("\"{name}\" uses ${v}, which callcoach does not supply"),
                        )
                        .help(format!(
                            "scenario text may use ${}",
                            SCENARIO_VARIABLES.join(", $")
                        )),
                    );
                }
            }
            for (selector, keys) in selects {
                let plural = selector == "days"
                    || keys
                        .iter()
                        .any(|k| *k != "other" && PLURAL_WORDS.contains(k));
                if !plural {
                    continue;
                }
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(c))
                    .collect();
                // `other` may be covered by the default variant only when it is so named.
                if !missing.is_empty() {
                    d.push(
                        Diagnostic::at(Level::Error, "E306", &ftl.source, span.clone(), format!("\"{name}\" selects on ${selector} but has no [{}] variant{} ({} needs {})", missing.join("], ["), if missing.len() > 1 { "s" } else { "" }, lang_name(lang), categories.join(", ")))
                            .help(format!("add a variant for each of {}; Polish example: [one] 1 dzień [few] 2 dni [many] 5 dni *[other] 1,5 dnia", missing.join(", "))),
                    );
                }
            }
        }
    }
}

fn walk_pattern<'a>(
    p: &'a ast::Pattern<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, selects);
        }
    }
}

fn walk_expression<'a>(
    e: &'a ast::Expression<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, vars, selects),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, selects);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(*name),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                selects.push((id.name, keys));
            }
            for v in variants {
                walk_pattern(&v.value, vars, selects);
            }
        }
    }
}

fn walk_inline<'a>(
    i: &'a ast::InlineExpression<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name),
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, vars, selects)
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, selects);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, selects);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_has_four_plural_categories() {
        assert_eq!(plural_categories("pl"), vec!["one", "few", "many", "other"]);
        assert_eq!(plural_categories("en"), vec!["one", "other"]);
    }

    #[test]
    fn ftl_index_finds_messages_and_attributes() {
        let src = SourceText::new(
            "x.ftl",
            "# c\nopening = Hi\n    .polite = Hello\nend = Bye\n",
        );
        let idx = FtlIndex::new(&src);
        assert_eq!(src.line_col(idx.message("end").start), (4, 1));
        assert_eq!(
            src.line_col(idx.attribute("opening", "polite").start),
            (3, 5)
        );
        assert_eq!(idx.attribute("opening", "nope"), idx.message("opening"));
    }
}
