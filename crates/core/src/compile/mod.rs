//! Turns a scenario as written (names) into the indexed form the runner, scorer and searches use.
//!
//! Name resolution happens here, so this is also where unknown nodes, tags, variables and
//! rubrics are found; each becomes a diagnostic pointing at the name in the RON file.

mod choices;

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Duration, NaiveDateTime};

use crate::content::diagnostic::{Diagnostic, Level, SourceText};
use crate::content::loader::{Library, Loaded};
use crate::content::model::{
    self, Check, Condition, Dimension, Node, Outcome, Rubric, Scenario, Severity, TagKind,
    TagVocabulary,
};

/// Index of a tag in the vocabulary.
pub type TagIdx = u16;
/// Index of a state variable in the scenario.
pub type VarIdx = u8;
/// Index of a node in the scenario.
pub type NodeIdx = u32;

/// A condition with names resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    Tag(TagIdx),
    Not(Box<Cond>),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Below(VarIdx, i32),
    AtLeast(VarIdx, i32),
    Chance(u8),
}

/// A choice with names resolved.
#[derive(Debug, Clone)]
pub struct CChoice {
    pub id: String,
    pub tags: Vec<TagIdx>,
    pub effects: Vec<(VarIdx, i32)>,
    pub condition: Option<Cond>,
    pub callback: Option<NaiveDateTime>,
    pub next: NodeIdx,
}

/// What running out of answer time does.
#[derive(Debug, Clone)]
pub struct CTimeout {
    pub seconds: u32,
    pub tags: Vec<TagIdx>,
    pub effects: Vec<(VarIdx, i32)>,
    pub next: NodeIdx,
}

/// The kind-specific part of a compiled node.
#[derive(Debug, Clone)]
pub enum CKind {
    Say {
        variants: u8,
        choices: Vec<CChoice>,
        timeout: Option<CTimeout>,
    },
    Branch {
        routes: Vec<(Option<Cond>, NodeIdx)>,
    },
    End {
        variants: u8,
        outcome: Outcome,
    },
}

/// A compiled node.
#[derive(Debug, Clone)]
pub struct CNode {
    /// The node id (also its Fluent message id).
    pub id: String,
    /// Who speaks when it is not the debtor (label: `speaker-<key>` in the scenario's text).
    pub speaker: Option<String>,
    pub events: Vec<TagIdx>,
    pub effects: Vec<(VarIdx, i32)>,
    pub kind: CKind,
}

/// A rubric rule with names resolved.
#[derive(Debug, Clone)]
pub struct CRule {
    pub rubric: String,
    pub id: String,
    pub dimension: Dimension,
    pub weight: u32,
    pub severity: Severity,
    pub citation: String,
    pub kind: model::RuleKind,
    pub check: CCheck,
    pub unless: Vec<TagIdx>,
}

/// A rule check with tags resolved; clock times in minutes after midnight.
#[derive(Debug, Clone, PartialEq)]
pub enum CCheck {
    Never(TagIdx),
    Within(TagIdx, u32),
    Before(TagIdx, TagIdx),
    After(TagIdx, TagIdx, u32),
    NeverAfter(TagIdx, TagIdx),
    Reward(TagIdx, u32),
    Penalty(TagIdx, u32),
    CallWindow(u32, u32),
}

/// A scenario ready to run: indices everywhere, rubrics attached.
#[derive(Debug, Clone)]
pub struct CompiledScenario {
    pub id: String,
    pub version: u32,
    pub content_hash: String,
    pub start: NodeIdx,
    pub nodes: Vec<CNode>,
    pub var_names: Vec<String>,
    pub var_start: Vec<i32>,
    /// Names of all tags of the vocabulary (index = [`TagIdx`]).
    pub tag_names: Vec<String>,
    pub rules: Vec<CRule>,
    /// Pass mark per rubric dimension (highest of the rubrics scoring that dimension).
    pub pass_marks: Vec<(Dimension, u8)>,
    pub outcome_scores: Vec<(Outcome, u8)>,
    pub resolution_pass_mark: u8,
    /// The call's local time (debtor's time zone).
    pub call_local: NaiveDateTime,
    /// The written scenario (debtor, account, … for display).
    pub source: Scenario,
}

impl CompiledScenario {
    /// The node index for a node id.
    pub fn node_index(&self, id: &str) -> Option<NodeIdx> {
        self.nodes
            .iter()
            .position(|n| n.id == id)
            .map(|i| i as NodeIdx)
    }

    /// The tag index for a tag id.
    pub fn tag_index(&self, id: &str) -> Option<TagIdx> {
        self.tag_names
            .iter()
            .position(|t| t == id)
            .map(|i| i as TagIdx)
    }

    /// The score this scenario gives an outcome (0 when unscored).
    pub fn outcome_score(&self, outcome: Outcome) -> u8 {
        self.outcome_scores
            .iter()
            .find(|(o, _)| *o == outcome)
            .map_or(0, |(_, s)| *s)
    }

    /// Days past due on the day of the call.
    pub fn days_past_due(&self) -> i64 {
        (self.call_local.date() - self.source.account.due)
            .num_days()
            .max(0)
    }
}

/// Finds positions of names in a RON file for diagnostics.
pub struct Locator<'a> {
    source: &'a SourceText,
    literals: Vec<(String, Range<usize>)>,
    /// Indices into `literals` by value, in file order (lookups are O(log n), not a scan:
    /// a 100,000-node scenario has a million literals).
    by_value: HashMap<String, Vec<usize>>,
    /// Per value, the index of its first literal that is a map key (followed by `:`).
    first_key: HashMap<String, usize>,
    /// Start offsets of the node keys, sorted (built on the first [`Locator::node_extent`]).
    node_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a SourceText) -> Self {
        let literals = source.string_literals();
        let mut by_value: HashMap<String, Vec<usize>> = HashMap::new();
        let mut first_key: HashMap<String, usize> = HashMap::new();
        for (i, (v, span)) in literals.iter().enumerate() {
            by_value.entry(v.clone()).or_default().push(i);
            let is_key = source
                .text
                .get(span.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'));
            if is_key {
                first_key.entry(v.clone()).or_insert(i);
            }
        }
        Locator {
            source,
            literals,
            by_value,
            first_key,
            node_starts: std::cell::OnceCell::new(),
        }
    }

    /// The span of the first string literal equal to `value` at or after `from` (and before `until`).
    pub fn find(&self, value: &str, from: usize, until: usize) -> Option<Range<usize>> {
        let indices = self.by_value.get(value)?;
        let at = indices.partition_point(|&i| self.literals[i].1.start < from);
        let span = &self.literals[*indices.get(at)?].1;
        (span.start < until).then(|| span.clone())
    }

    /// The span of a node's key (`"node": …`) in the `nodes` map.
    pub fn node(&self, id: &str) -> Option<Range<usize>> {
        self.first_key.get(id).map(|&i| self.literals[i].1.clone())
    }

    /// The byte range a node's definition covers: from its key to the next node's key.
    pub fn node_extent(&self, scenario: &Scenario, index: usize) -> Range<usize> {
        let start = self.node(&scenario.nodes.0[index].0).map_or(0, |s| s.start);
        let starts = self.node_starts.get_or_init(|| {
            let mut v: Vec<usize> = scenario
                .nodes
                .0
                .iter()
                .filter_map(|(id, _)| self.node(id).map(|s| s.start))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        });
        let next = starts.partition_point(|&s| s <= start);
        let end = starts.get(next).copied().unwrap_or(self.source.text.len());
        start..end
    }

    /// The span of a field's key, e.g. `start:`; falls back to the file start.
    pub fn field(&self, name: &str) -> Range<usize> {
        let text = &self.source.text;
        let mut from = 0;
        while let Some(i) = text[from..].find(name) {
            let at = from + i;
            let before_ok = at == 0
                || !text.as_bytes()[at - 1].is_ascii_alphanumeric()
                    && text.as_bytes()[at - 1] != b'_';
            if before_ok && text[at + name.len()..].trim_start().starts_with(':') {
                return at..at + name.len();
            }
            from = at + name.len();
        }
        0..0
    }

    /// A span for a value inside a range, else the range start.
    pub fn within(&self, value: &str, range: &Range<usize>) -> Range<usize> {
        self.find(value, range.start, range.end)
            .unwrap_or(range.start..range.start)
    }
}

/// Resolves a scenario's names against the library. Returns the compiled scenario when no
/// error was found; every problem is pushed to `diagnostics` either way.
pub fn compile(
    lib: &Library,
    loaded: &Loaded<Scenario>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<CompiledScenario> {
    let sc = &loaded.value;
    let src = &loaded.source;
    let loc = Locator::new(src);
    let before = diagnostics.iter().filter(|d| d.is_error()).count();
    let err = |code: &'static str, span: Range<usize>, msg: String| {
        Diagnostic::at(Level::Error, code, src, span, msg)
    };

    let empty_vocab = TagVocabulary(Vec::new());
    let vocab = lib.tags.as_ref().map_or(&empty_vocab, |t| &t.value);
    let tag_names: Vec<String> = vocab.0.iter().map(|t| t.id.clone()).collect();
    let tag_kind: HashMap<&str, (TagIdx, TagKind)> = vocab
        .0
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), (i as TagIdx, t.kind)))
        .collect();

    // Node ids: duplicates and identifiers.
    let mut node_ids: HashMap<&str, NodeIdx> = HashMap::new();
    for (i, (id, _)) in sc.nodes.0.iter().enumerate() {
        let span = loc.node(id).unwrap_or(0..0);
        if !is_identifier(id) {
            diagnostics.push(
                err("E114", span.clone(), format!("node id \"{id}\" is not a valid name"))
                    .help("node ids name Fluent messages: start with a letter, then letters, digits and '-' only"),
            );
        }
        if node_ids.insert(id, i as NodeIdx).is_some() {
            let span = loc
                .literals
                .iter()
                .filter(|(v, s)| v == id && src.text[s.end..].trim_start().starts_with(':'))
                .nth(1)
                .map_or(span, |(_, s)| s.clone());
            diagnostics.push(
                err("E101", span, format!("node \"{id}\" is defined twice"))
                    .help("rename one of the two nodes"),
            );
        }
    }

    // Variables.
    let var_names: Vec<String> = sc.state.keys().cloned().collect();
    let var_start: Vec<i32> = sc.state.values().map(|v| (*v).clamp(0, 100)).collect();
    for (name, value) in &sc.state {
        if !(0..=100).contains(value) {
            let span = loc
                .find(name, loc.field("state").start, src.text.len())
                .unwrap_or(0..0);
            diagnostics.push(
                Diagnostic::at(
                    Level::Warning,
                    "W107",
                    src,
                    span,
                    format!("state \"{name}\" starts at {value}, outside 0..=100"),
                )
                .help("state variables are clamped to 0..=100; use a start value in that range"),
            );
        }
    }
    let var_index = |name: &str| {
        var_names
            .iter()
            .position(|v| v == name)
            .map(|i| i as VarIdx)
    };

    // Rubrics.
    let rubrics_span = loc.field("rubrics");
    let mut rubrics: Vec<&Rubric> = Vec::new();
    for id in &sc.rubrics {
        match lib.rubric(id) {
            Some(r) => rubrics.push(&r.value),
            None => {
                let span = loc
                    .find(id, rubrics_span.start, src.text.len())
                    .unwrap_or(rubrics_span.clone());
                let known: Vec<&str> = lib.rubrics.iter().map(|r| r.value.id.as_str()).collect();
                diagnostics.push(
                    err("E106", span, format!("unknown rubric \"{id}\""))
                        .help(format!("known rubrics: {}", known.join(", "))),
                );
            }
        }
    }

    // Scenario header checks.
    if sc.id
        != src
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    {
        let span = loc.find(&sc.id, 0, src.text.len()).unwrap_or(0..0);
        diagnostics.push(
            err(
                "E004",
                span,
                format!("scenario id \"{}\" does not match its file name", sc.id),
            )
            .help("name the file <id>.ron, and its text locales/<lang>/scenarios/<id>.ftl"),
        );
    }
    let currency = &sc.account.currency;
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        let span = loc.find(currency, 0, src.text.len()).unwrap_or(0..0);
        diagnostics.push(
            err(
                "E118",
                span,
                format!("\"{currency}\" is not an ISO 4217 currency code"),
            )
            .help("use three capital letters, e.g. USD, GBP, EUR, PLN"),
        );
    }
    if sc.account.amount.is_sign_negative() {
        let span = loc.field("amount");
        diagnostics.push(
            err("E118", span, "the amount owed is negative".into())
                .help("write the amount owed as a positive decimal string, e.g. \"4820.00\""),
        );
    }
    for (outcome, score) in &sc.outcomes {
        if *score > 100 {
            let span = loc.field("outcomes");
            diagnostics.push(
                err(
                    "E108",
                    span,
                    format!("outcome {outcome:?} scores {score}, above 100"),
                )
                .help("outcome scores are 0..=100"),
            );
        }
    }

    let tags_err = |diagnostics: &mut Vec<Diagnostic>,
                    tags: &[String],
                    want: TagKind,
                    range: &Range<usize>|
     -> Vec<TagIdx> {
        let mut out = Vec::new();
        for t in tags {
            let span = loc.within(t, range);
            match tag_kind.get(t.as_str()) {
                Some((i, kind)) => {
                    if *kind != want {
                        let (is, should) = match want {
                            TagKind::Behaviour => (
                                "an event tag (something the debtor does)",
                                "choices carry behaviour tags",
                            ),
                            TagKind::Event => (
                                "a behaviour tag (something the trainee does)",
                                "nodes carry event tags",
                            ),
                        };
                        diagnostics.push(
                            Diagnostic::at(
                                Level::Error,
                                "E105",
                                src,
                                span,
                                format!("\"{t}\" is {is}"),
                            )
                            .help(format!("{should}; see scenarios/tags.ron")),
                        );
                    }
                    out.push(*i);
                }
                None => diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E104",
                        src,
                        span,
                        format!("unknown tag \"{t}\""),
                    )
                    .help(suggest(
                        t,
                        tag_names.iter().map(String::as_str),
                        "add it to scenarios/tags.ron, or fix the spelling",
                    )),
                ),
            }
        }
        out
    };

    let resolve_node = |diagnostics: &mut Vec<Diagnostic>,
                        target: &str,
                        range: &Range<usize>,
                        what: &str|
     -> NodeIdx {
        match node_ids.get(target) {
            Some(i) => *i,
            None => {
                let span = loc.within(target, range);
                diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E102",
                        src,
                        span,
                        format!("{what} goes to unknown node \"{target}\""),
                    )
                    .help(suggest(
                        target,
                        node_ids.keys().copied(),
                        "add a node with that id, or fix the spelling",
                    )),
                );
                0
            }
        }
    };

    let effects = |diagnostics: &mut Vec<Diagnostic>,
                   effects: &std::collections::BTreeMap<String, i32>,
                   range: &Range<usize>|
     -> Vec<(VarIdx, i32)> {
        let mut out = Vec::new();
        for (name, delta) in effects {
            match var_index(name) {
                Some(v) => out.push((v, *delta)),
                None => diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E107",
                        src,
                        loc.within(name, range),
                        format!("unknown state variable \"{name}\""),
                    )
                    .help(format!(
                        "declare it under `state:` with a start value; declared: {}",
                        var_names.join(", ")
                    )),
                ),
            }
        }
        out
    };

    let mut nodes = Vec::with_capacity(sc.nodes.0.len());
    for (i, (id, node)) in sc.nodes.0.iter().enumerate() {
        let range = loc.node_extent(sc, i);
        let events = tags_err(diagnostics, node.events(), TagKind::Event, &range);
        let (kind, node_effects) = match node {
            Node::Say(say) => {
                let mut choices = Vec::with_capacity(say.choices.len());
                let mut choice_ids: Vec<&str> = Vec::new();
                let mut cursor = range.start;
                for choice in &say.choices {
                    let id_span = loc
                        .find(&choice.id, cursor, range.end)
                        .unwrap_or(cursor..cursor);
                    cursor = id_span.end;
                    let crange = id_span.start..range.end;
                    if choice_ids.contains(&choice.id.as_str()) {
                        diagnostics.push(
                            err(
                                "E113",
                                id_span.clone(),
                                format!("choice \"{}\" appears twice in node \"{id}\"", choice.id),
                            )
                            .help("give each choice of a node its own id"),
                        );
                    }
                    choice_ids.push(&choice.id);
                    if !is_identifier(&choice.id) {
                        diagnostics.push(err("E114", id_span.clone(), format!("choice id \"{}\" is not a valid name", choice.id)).help("choice ids name Fluent attributes: start with a letter, then letters, digits and '-' only"));
                    }
                    let tags = tags_err(diagnostics, &choice.tags, TagKind::Behaviour, &crange);
                    let eff = effects(diagnostics, &choice.effects, &crange);
                    let condition = choice.condition.as_ref().map(|c| {
                        resolve_cond(c, &crange, &loc, src, &tag_kind, &var_index, diagnostics)
                    });
                    let next = resolve_node(
                        diagnostics,
                        &choice.next,
                        &crange,
                        &format!("choice \"{}\"", choice.id),
                    );
                    choices.push(CChoice {
                        id: choice.id.clone(),
                        tags,
                        effects: eff,
                        condition,
                        callback: choice.callback,
                        next,
                    });
                }
                if say.choices.is_empty() {
                    diagnostics.push(
                        err(
                            "E110",
                            loc.node(id).unwrap_or(0..0),
                            format!("node \"{id}\" has no choices"),
                        )
                        .help("give the trainee at least one choice, or make it an End node"),
                    );
                }
                if say.variants == 0 {
                    diagnostics.push(
                        err(
                            "E117",
                            loc.field_in("variants", &range),
                            format!("node \"{id}\" has 0 line variants"),
                        )
                        .help("variants counts wordings of the line, at least 1"),
                    );
                }
                let timeout = say.timeout.as_ref().map(|t| {
                    let trange = loc.field_in("timeout", &range).start..range.end;
                    CTimeout {
                        seconds: t.seconds,
                        tags: tags_err(diagnostics, &t.tags, TagKind::Behaviour, &trange),
                        effects: effects(diagnostics, &t.effects, &trange),
                        next: resolve_node(diagnostics, &t.next, &trange, "the timeout"),
                    }
                });
                (
                    CKind::Say {
                        variants: say.variants.max(1),
                        choices,
                        timeout,
                    },
                    effects(diagnostics, &say.effects, &range),
                )
            }
            Node::Branch(branch) => {
                let mut routes = Vec::new();
                let mut cursor = range.start;
                for (r, route) in branch.routes.iter().enumerate() {
                    let next_span = loc
                        .find(&route.next, cursor, range.end)
                        .unwrap_or(cursor..cursor);
                    let rrange = cursor..range.end;
                    cursor = next_span.end;
                    let condition = route.condition.as_ref().map(|c| {
                        resolve_cond(c, &rrange, &loc, src, &tag_kind, &var_index, diagnostics)
                    });
                    let last = r + 1 == branch.routes.len();
                    if condition.is_none() && !last {
                        diagnostics.push(
                            Diagnostic::at(Level::Warning, "W109", src, next_span.clone(), format!("route to \"{}\" has no condition, so the routes after it are never taken", route.next))
                                .help("move the unconditional route last"),
                        );
                    }
                    if condition.is_some() && last {
                        diagnostics.push(err("E109", next_span.clone(), format!("the last route of branch \"{id}\" has a condition")).help("end every branch with an unconditional route (no `if`), so the call can always go on"));
                    }
                    let next = resolve_node(diagnostics, &route.next, &rrange, "a route");
                    routes.push((condition, next));
                }
                if branch.routes.is_empty() {
                    diagnostics.push(
                        err(
                            "E109",
                            loc.node(id).unwrap_or(0..0),
                            format!("branch \"{id}\" has no routes"),
                        )
                        .help("add at least one unconditional route"),
                    );
                }
                (CKind::Branch { routes }, Vec::new())
            }
            Node::End(end) => {
                if !sc.outcomes.contains_key(&end.outcome) {
                    diagnostics.push(
                        err(
                            "E108",
                            loc.field_in("outcome", &range),
                            format!(
                                "end \"{id}\" has outcome {:?}, which has no score",
                                end.outcome
                            ),
                        )
                        .help(format!(
                            "add `{:?}: <0..=100>` to the scenario's `outcomes`",
                            end.outcome
                        )),
                    );
                }
                (
                    CKind::End {
                        variants: end.variants.max(1),
                        outcome: end.outcome,
                    },
                    Vec::new(),
                )
            }
        };
        if let Some(key) = node.speaker()
            && !is_identifier(key)
        {
            diagnostics.push(
                err("E114", loc.within(key, &range), format!("speaker \"{key}\" is not a valid name"))
                    .help("speaker keys name Fluent messages (`speaker-<key>`): letters, digits and '-' only"),
            );
        }
        nodes.push(CNode {
            id: id.clone(),
            speaker: node.speaker().map(str::to_string),
            events,
            effects: node_effects,
            kind,
        });
    }

    let start = match node_ids.get(sc.start.as_str()) {
        Some(i) => *i,
        None => {
            let field = loc.field("start");
            let span = loc
                .find(&sc.start, field.start, src.text.len())
                .unwrap_or(field);
            diagnostics.push(
                err(
                    "E102",
                    span,
                    format!("the start node \"{}\" does not exist", sc.start),
                )
                .help(suggest(
                    &sc.start,
                    node_ids.keys().copied(),
                    "name an existing node",
                )),
            );
            0
        }
    };

    // Rules from rubrics (rubric-level problems are reported by the checker on the rubric file).
    let mut rules = Vec::new();
    let mut pass_marks: Vec<(Dimension, u8)> = Vec::new();
    for rubric in &rubrics {
        match pass_marks.iter_mut().find(|(d, _)| *d == rubric.dimension) {
            Some((_, m)) => *m = (*m).max(rubric.pass_mark),
            None => pass_marks.push((rubric.dimension, rubric.pass_mark)),
        }
        for rule in &rubric.rules {
            if let Some(check) = compile_check(&rule.check, &tag_kind) {
                rules.push(CRule {
                    rubric: rubric.id.clone(),
                    id: rule.id.clone(),
                    dimension: rubric.dimension,
                    weight: rule.weight,
                    severity: rule.severity,
                    citation: rule.citation.clone(),
                    kind: rule.kind,
                    check,
                    unless: rule
                        .unless
                        .iter()
                        .filter_map(|t| tag_kind.get(t.as_str()).map(|(i, _)| *i))
                        .collect(),
                });
            }
        }
    }
    pass_marks.sort();

    if nodes.is_empty() {
        diagnostics.push(
            err(
                "E110",
                loc.field("nodes"),
                "the scenario has no nodes".into(),
            )
            .help("add at least a start node and an End node"),
        );
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > before || nodes.is_empty() {
        return None;
    }
    let call_local =
        sc.call_at.naive_utc() + Duration::minutes(sc.debtor.utc_offset_minutes as i64);
    Some(CompiledScenario {
        id: sc.id.clone(),
        version: sc.version,
        content_hash: lib.content_hash(loaded),
        start,
        nodes,
        var_names,
        var_start,
        tag_names,
        rules,
        pass_marks,
        outcome_scores: sc
            .outcomes
            .iter()
            .map(|(o, s)| (*o, (*s).min(100)))
            .collect(),
        resolution_pass_mark: sc.resolution_pass_mark.min(100),
        call_local,
        source: sc.clone(),
    })
}

impl Locator<'_> {
    /// The span of the first occurrence of `needle` inside a range, else the range start
    /// (for keywords that are not string literals, e.g. `Chance(`).
    pub fn text_in(&self, needle: &str, range: &Range<usize>) -> Range<usize> {
        self.source
            .text
            .get(range.clone())
            .and_then(|t| t.find(needle))
            .map_or(range.start..range.start, |i| {
                range.start + i..range.start + i + needle.len()
            })
    }

    /// The span of a field key inside a range.
    pub fn field_in(&self, name: &str, range: &Range<usize>) -> Range<usize> {
        let text = &self.source.text[range.clone()];
        let mut from = 0;
        while let Some(i) = text[from..].find(name) {
            let at = from + i;
            if text[at + name.len()..].trim_start().starts_with(':') {
                return range.start + at..range.start + at + name.len();
            }
            from = at + name.len();
        }
        range.start..range.start
    }
}

/// Resolves a rule check's tags; `None` if a tag is unknown or a clock time is invalid
/// (the checker reports those on the rubric file).
pub fn compile_check(check: &Check, tags: &HashMap<&str, (TagIdx, TagKind)>) -> Option<CCheck> {
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
    })
}

#[allow(clippy::too_many_arguments)]
fn resolve_cond(
    cond: &Condition,
    range: &Range<usize>,
    loc: &Locator,
    src: &SourceText,
    tags: &HashMap<&str, (TagIdx, TagKind)>,
    var_index: &dyn Fn(&str) -> Option<VarIdx>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Cond {
    let mut rec = |c: &Condition| resolve_cond(c, range, loc, src, tags, var_index, diagnostics);
    match cond {
        Condition::Tag(t) => match tags.get(t.as_str()) {
            Some((i, _)) => Cond::Tag(*i),
            None => {
                diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E104",
                        src,
                        loc.within(t, range),
                        format!("unknown tag \"{t}\" in a condition"),
                    )
                    .help(suggest(
                        t,
                        tags.keys().copied(),
                        "add it to scenarios/tags.ron, or fix the spelling",
                    )),
                );
                Cond::Tag(0)
            }
        },
        Condition::Not(c) => Cond::Not(Box::new(rec(c))),
        Condition::All(cs) => Cond::All(cs.iter().map(&mut rec).collect()),
        Condition::Any(cs) => Cond::Any(cs.iter().map(&mut rec).collect()),
        Condition::Below(v, n) | Condition::AtLeast(v, n) => {
            let idx = var_index(v).unwrap_or_else(|| {
                diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E107",
                        src,
                        loc.within(v, range),
                        format!("unknown state variable \"{v}\" in a condition"),
                    )
                    .help("declare it under `state:` with a start value"),
                );
                0
            });
            if matches!(cond, Condition::Below(..)) {
                Cond::Below(idx, *n)
            } else {
                Cond::AtLeast(idx, *n)
            }
        }
        Condition::Chance(p) => {
            if *p > 100 {
                diagnostics.push(
                    Diagnostic::at(
                        Level::Error,
                        "E117",
                        src,
                        loc.text_in("Chance(", range),
                        format!("Chance({p}) is above 100 percent"),
                    )
                    .help("Chance takes a percentage, 0 to 100"),
                );
            }
            Cond::Chance((*p).min(100))
        }
    }
}

/// True for a valid Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// "did you mean …?" for a misspelt name, else the fallback advice.
pub fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>, fallback: &str) -> String {
    let best = known
        .map(|k| (edit_distance(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min();
    match best {
        Some((_, k)) => format!("did you mean \"{k}\"?"),
        None => fallback.to_string(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_follow_fluent_rules() {
        assert!(is_identifier("opening-v2"));
        assert!(!is_identifier("2nd"));
        assert!(!is_identifier("a b"));
        assert!(!is_identifier(""));
    }

    #[test]
    fn suggestions_find_close_names() {
        let known = ["verify", "opening", "end-plan"];
        assert_eq!(
            suggest("verfy", known.into_iter(), "x"),
            "did you mean \"verify\"?"
        );
        assert_eq!(suggest("zzzzzz", known.into_iter(), "x"), "x");
    }
}
