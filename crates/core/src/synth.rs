//! Synthetic content: a whole valid library (tags, two rubrics, one scenario of any size and
//! its English text) generated in memory, for benchmarks, property tests and fuzzing seeds.
//!
//! The scenario is layered like real content but of any size: a start node, then layers of
//! `Say` and `Branch` nodes whose choices lead to the next layer, then four `End` nodes. It
//! uses every feature the checker and the scorer know (state variables and effects, `Tag`,
//! `AtLeast` and `Chance` conditions, events, timeouts, line variants, optional back edges),
//! and it always checks without errors: every node is reachable, every state can end, and
//! the first choice of every line is a good answer, so some path passes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::loader::{Library, RawFile};
use rand_pcg::Pcg64Mcg;

use crate::engine::runner::{below, session_rng};

/// The id (and file stem) of the generated scenario.
pub const SCENARIO_ID: &str = "synth";

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// Total number of nodes (at least 8; smaller values are raised to 8).
    pub nodes: usize,
    /// Seeds the pseudo-random parts (which answers carry which tags, conditions, effects).
    pub seed: u64,
    /// Layers between the start and the endings; `None` picks about √nodes / 2.
    pub depth: Option<usize>,
    /// Adds "ask again" choices that lead back to the layer before (loops that can end).
    pub loops: bool,
}

impl Spec {
    /// A scenario of about `nodes` nodes with default settings.
    pub fn new(nodes: usize) -> Spec {
        Spec {
            nodes,
            seed: 1,
            depth: None,
            loops: false,
        }
    }

    /// Layers of `Say`/`Branch` nodes: without `loops`, no call takes more turns than this.
    pub fn layers(&self) -> usize {
        self.layout().len()
    }

    fn layout(&self) -> Vec<usize> {
        let inner = self.nodes.max(8) - END_NODES.len();
        // Enough layers for threefold growth from a single start node to hold every node.
        let (mut min_depth, mut capacity, mut width) = (1usize, 1usize, 1usize);
        while capacity < inner {
            width *= 3;
            capacity += width;
            min_depth += 1;
        }
        let auto = ((inner as f64).sqrt() / 2.0) as usize;
        let depth = self.depth.unwrap_or(auto).max(min_depth).max(3).min(inner);
        // Each layer takes its fair share of what is left, but at most three times the
        // layer before (every node of the next layer must be the target of some choice).
        let mut widths = vec![1usize];
        let mut left = inner - 1;
        for l in 1..depth {
            let w = left.div_ceil(depth - l).min(widths[l - 1] * 3).max(1);
            widths.push(w);
            left -= w;
        }
        if let Some(last) = widths.last_mut() {
            *last += left;
        }
        widths
    }
}

const END_NODES: [(&str, &str); 4] = [
    ("end-plan", "PaymentPlan"),
    ("end-promise", "PromiseToPay"),
    ("end-callback", "CallbackScheduled"),
    ("end-hangup", "HungUp"),
];

const BEHAVIOURS: [&str; 8] = [
    "identifies-self",
    "mini-miranda",
    "threat",
    "listens",
    "empathy",
    "offers-plan",
    "interrupts",
    "dead-air",
];
const EVENTS: [&str; 2] = ["hardship", "third-party"];

/// The compliance rubric (the Fluent ids are the rule ids).
const COMPLIANCE_RULES: [(&str, &str, &str, u32); 8] = [
    ("S-01", "Within(\"mini-miranda\", 3)", "Critical", 10),
    ("S-02", "Never(\"threat\")", "Critical", 10),
    ("S-03", "After(\"hardship\", \"empathy\", 2)", "Major", 10),
    (
        "S-04",
        "Before(\"identifies-self\", \"offers-plan\")",
        "Major",
        10,
    ),
    ("S-05", "NeverAfter(\"hardship\", \"threat\")", "Major", 10),
    ("S-06", "Penalty(\"interrupts\", 5)", "Minor", 10),
    ("S-07", "CallWindow(\"08:00\", \"21:00\")", "Major", 10),
    ("S-08", "Penalty(\"dead-air\", 5)", "Minor", 5),
];
const EMPATHY_RULES: [(&str, &str, &str, u32); 2] = [
    ("E-01", "Reward(\"empathy\", 5)", "Major", 10),
    ("E-02", "Reward(\"listens\", 2)", "Minor", 6),
];

fn node_id(layer: usize, index: usize) -> String {
    format!("n{layer}-{index}")
}

/// One generated node, kept to write both its RON and its text.
struct Gen {
    id: String,
    ron: String,
    /// Choice ids of a Say node (empty for a Branch); the line's variant count.
    choices: Vec<&'static str>,
    variants: u8,
}

/// The scenario file's text.
pub fn scenario_ron(spec: &Spec) -> String {
    let (ron, _) = generate(spec);
    ron
}

/// The scenario file's text and its nodes. The generator's draws happen in a fixed order
/// (layer by layer, node by node), so a spec always gives the same file.
fn generate(spec: &Spec) -> (String, Vec<Gen>) {
    let widths = spec.layout();
    let mut rng = session_rng(spec.seed);
    let mut gens = Vec::new();
    for layer in 0..widths.len() {
        let place = Layer {
            widths: &widths,
            layer,
        };
        for i in 0..widths[layer] {
            let branch = layer > 0 && i % 5 == 2;
            gens.push(if branch {
                branch_node(&place, i, &mut rng)
            } else {
                say_node(spec, &place, i, &mut rng)
            });
        }
    }
    let mut out = String::with_capacity(gens.len() * 400 + 1000);
    let _ = write!(
        out,
        "// Generated by callcoach_core::synth ({} nodes, seed {}).\nScenario(\n    id: \"{SCENARIO_ID}\",\n    version: 1,\n    rubrics: [\"synth-compliance\", \"synth-empathy\"],\n    difficulty: Medium,\n    jurisdiction: Us,\n    persona: \"hardship\",\n    tags: [\"generated\"],\n    debtor: (name: \"Dana Whitfield\", kind: Consumer, utc_offset_minutes: -300),\n    creditor: \"Brightline Telecom\",\n    account: (amount: \"1240.50\", currency: \"USD\", due: \"2026-09-15\"),\n    call_at: \"2026-11-17T15:30:00Z\",\n    state: {{\"mood\": 50}},\n    outcomes: {{PaymentPlan: 100, PromiseToPay: 70, CallbackScheduled: 60, HungUp: 0}},\n    start: \"{}\",\n    nodes: {{\n",
        gens.len() + END_NODES.len(),
        spec.seed,
        node_id(0, 0)
    );
    for g in &gens {
        out.push_str(&g.ron);
    }
    for (id, outcome) in END_NODES {
        let _ = writeln!(out, "        \"{id}\": End(outcome: {outcome}),");
    }
    out.push_str("    },\n)\n");
    (out, gens)
}

/// Where a generated node sits: its layer among the layers' widths.
struct Layer<'a> {
    widths: &'a [usize],
    layer: usize,
}

impl Layer<'_> {
    /// Whether this is the last layer (its routes go to the endings).
    fn last(&self) -> bool {
        self.layer + 1 == self.widths.len()
    }

    /// Route `c` of node `i`: node 3i + c of the next layer, so every node is reached.
    fn target(&self, i: usize, c: usize) -> String {
        if self.last() {
            END_NODES[[0, 1, 3][c]].0.to_string()
        } else {
            let next_width = self.widths[self.layer + 1];
            node_id(self.layer + 1, (3 * i + c) % next_width)
        }
    }
}

/// A Branch node: mood, chance (one draw), otherwise.
fn branch_node(place: &Layer, i: usize, rng: &mut Pcg64Mcg) -> Gen {
    let id = node_id(place.layer, i);
    let mut ron = String::new();
    let _ = write!(
        ron,
        "        \"{id}\": Branch(routes: [\n            (if: AtLeast(\"mood\", 60), next: \"{}\"),\n            (if: Chance({}), next: \"{}\"),\n            (next: \"{}\"),\n        ]),\n",
        place.target(i, 0),
        10 + below(rng, 80),
        if place.last() {
            END_NODES[2].0.to_string()
        } else {
            place.target(i, 1)
        },
        place.target(i, 2)
    );
    Gen {
        id,
        ron,
        choices: Vec::new(),
        variants: 1,
    }
}

/// A Say node: its header (variants, events, effects, timer) and its choices.
fn say_node(spec: &Spec, place: &Layer, i: usize, rng: &mut Pcg64Mcg) -> Gen {
    let id = node_id(place.layer, i);
    let variants: u8 = if (place.layer + i) % 4 == 1 { 2 } else { 1 };
    let header = say_header(place, i, variants);
    let choices = if place.layer == 0 {
        opening_choices(place, i)
    } else {
        later_choices(spec, place, i, rng)
    };
    let mut ron = String::new();
    let _ = writeln!(ron, "        \"{id}\": Say(");
    for h in &header {
        let _ = writeln!(ron, "            {h},");
    }
    let _ = writeln!(ron, "            choices: [");
    for (cid, rest) in &choices {
        let _ = writeln!(ron, "                (id: \"{cid}\", {rest}),");
    }
    let _ = writeln!(ron, "            ],\n        ),");
    Gen {
        id,
        ron,
        choices: choices.iter().map(|(c, _)| *c).collect(),
        variants,
    }
}

/// The fields of a Say node before its choices.
fn say_header(place: &Layer, i: usize, variants: u8) -> Vec<String> {
    let layer = place.layer;
    let mut header = Vec::new();
    if variants > 1 {
        header.push(format!("variants: {variants}"));
    }
    let hardship = (layer == 1 && i == 0) || (layer > 0 && (layer * 31 + i) % 6 == 1);
    let third_party = layer == 2 && i == 1;
    if hardship {
        header.push("events: [\"hardship\"]".to_string());
    } else if third_party {
        header.push("events: [\"third-party\"]".to_string());
    }
    if layer > 0 && (layer + 2 * i) % 7 == 3 {
        header.push("effects: {\"mood\": -5}".to_string());
    }
    if layer == 1 && i == 0 || layer > 1 && (layer + i) % 9 == 4 {
        header.push(format!(
            "timeout: (seconds: 20, tags: [\"dead-air\"], effects: {{\"mood\": -10}}, next: \"{}\")",
            place.target(i, 1)
        ));
    }
    header
}

/// The choices of an opening line: introduce yourself, threaten, or wait.
fn opening_choices(place: &Layer, i: usize) -> Vec<(&'static str, String)> {
    vec![
        (
            "intro",
            format!(
                "tags: [\"identifies-self\", \"mini-miranda\"], effects: {{\"mood\": 10}}, next: \"{}\"",
                place.target(i, 0)
            ),
        ),
        (
            "threaten",
            format!(
                "tags: [\"threat\"], effects: {{\"mood\": -20}}, next: \"{}\"",
                place.target(i, 1)
            ),
        ),
        (
            "wait",
            format!("tags: [\"listens\"], next: \"{}\"", place.target(i, 2)),
        ),
    ]
}

/// The choices of a later line: listen, press, a kind answer under a drawn condition (two
/// draws), a callback on the last layer, and sometimes a loop back.
fn later_choices(
    spec: &Spec,
    place: &Layer,
    i: usize,
    rng: &mut Pcg64Mcg,
) -> Vec<(&'static str, String)> {
    let layer = place.layer;
    let mut choices: Vec<(&'static str, String)> = Vec::new();
    choices.push((
        "listen",
        format!(
            "tags: [\"listens\", \"empathy\"], effects: {{\"mood\": 10}}, next: \"{}\"",
            place.target(i, 0)
        ),
    ));
    let press = match (layer + i) % 5 {
        0 => "\"threat\"",
        1 => "\"interrupts\"",
        2 => "\"offers-plan\"",
        3 => "\"mini-miranda\"",
        _ => "\"identifies-self\", \"offers-plan\"",
    };
    choices.push((
        "press",
        format!(
            "tags: [{press}], effects: {{\"mood\": -10}}, next: \"{}\"",
            place.target(i, 1)
        ),
    ));
    let condition = match below(rng, 4) {
        0 => "if: Tag(\"identifies-self\"), ",
        1 => "if: AtLeast(\"mood\", 40), ",
        2 => "if: Chance(50), ",
        _ => "",
    };
    let delta = below(rng, 3) as i32 * 5 - 5;
    choices.push((
        "kind",
        format!(
            "tags: [\"empathy\"], effects: {{\"mood\": {delta}}}, {condition}next: \"{}\"",
            place.target(i, 2)
        ),
    ));
    if place.last() {
        // Arranging a callback: inside calling hours, or (sometimes) not.
        let hour = if i % 3 == 1 { 22 } else { 19 };
        choices.push((
            "book",
            format!(
                "tags: [\"listens\"], callback: \"2026-11-18T{hour}:00:00\", next: \"{}\"",
                END_NODES[2].0
            ),
        ));
    }
    if spec.loops && i % 7 == 3 {
        choices.push((
            "again",
            format!(
                "tags: [\"interrupts\"], next: \"{}\"",
                node_id(layer - 1, i % place.widths[layer - 1])
            ),
        ));
    }
    choices
}

/// The scenario's English text: every line, wording, choice and coaching note.
fn scenario_ftl(gens: &[Gen]) -> String {
    let mut out = String::with_capacity(gens.len() * 300 + 500);
    out.push_str("title = A generated call\nbriefing = You are calling { $debtor } for { $creditor } about { $amount }, due { $due }.\nproduct = generated product\n\n");
    for g in gens.iter().filter(|g| !g.choices.is_empty()) {
        let _ = writeln!(out, "{} = Line {} for {{ $debtor }}.", g.id, g.id);
        for c in &g.choices {
            let _ = writeln!(out, "    .{c} = Answer {c}.");
        }
        for v in 2..=g.variants {
            let _ = writeln!(out, "{}-v{v} = Wording {v} of {}.", g.id, g.id);
        }
        let _ = writeln!(out, "{}-why =", g.id);
        for c in &g.choices {
            let _ = writeln!(out, "    .{c} = Why {c} is good or bad.");
        }
    }
    for (id, _) in END_NODES {
        let _ = writeln!(out, "{id} = Goodbye ({id}).");
    }
    out
}

fn rubric_ron(
    id: &str,
    dimension: &str,
    pass_mark: u8,
    rules: &[(&str, &str, &str, u32)],
) -> String {
    let mut out = format!(
        "Rubric(\n    id: \"{id}\",\n    dimension: {dimension},\n    pass_mark: {pass_mark},\n    rules: [\n"
    );
    for (rule, check, severity, weight) in rules {
        let unless = if *rule == "S-01" {
            ", unless: [\"third-party\"]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "        (id: \"{rule}\", kind: Law, citation: \"Synthetic {rule}\", weight: {weight}, severity: {severity}, check: {check}{unless}),"
        );
    }
    out.push_str("    ],\n)\n");
    out
}

fn rubric_ftl(id: &str, rules: &[(&str, &str, &str, u32)]) -> String {
    let mut out = format!("rubric-{id} = Generated rubric {id}\n");
    for (rule, ..) in rules {
        let _ = writeln!(
            out,
            "{rule} = Rule {rule}\n    .coaching = How to meet rule {rule}."
        );
    }
    out
}

/// Every file of the generated library, paths relative to the library root.
pub fn files(spec: &Spec) -> Vec<RawFile> {
    let (scenario, gens) = generate(spec);
    let mut tags = String::from("TagVocabulary([\n");
    for t in BEHAVIOURS {
        let _ = writeln!(tags, "    (id: \"{t}\", kind: Behaviour),");
    }
    for t in EVENTS {
        let _ = writeln!(tags, "    (id: \"{t}\", kind: Event),");
    }
    tags.push_str("])\n");
    let tags_ftl: String = BEHAVIOURS
        .iter()
        .chain(EVENTS.iter())
        .map(|t| format!("tag-{t} = Tag {t}\n"))
        .collect();
    let file = |path: &str, text: String| RawFile {
        path: PathBuf::from(path),
        bytes: text.into_bytes(),
    };
    vec![
        file("scenarios/tags.ron", tags),
        file(
            "scenarios/rubrics/synth-compliance.ron",
            rubric_ron("synth-compliance", "Compliance", 60, &COMPLIANCE_RULES),
        ),
        file(
            "scenarios/rubrics/synth-empathy.ron",
            rubric_ron("synth-empathy", "Empathy", 50, &EMPATHY_RULES),
        ),
        file(&format!("scenarios/{SCENARIO_ID}.ron"), scenario),
        file("locales/en/ui.ftl", "app-title = callcoach\n".to_string()),
        file("locales/en/tags.ftl", tags_ftl),
        file(
            "locales/en/rubrics/synth-compliance.ftl",
            rubric_ftl("synth-compliance", &COMPLIANCE_RULES),
        ),
        file(
            "locales/en/rubrics/synth-empathy.ftl",
            rubric_ftl("synth-empathy", &EMPATHY_RULES),
        ),
        file(
            &format!("locales/en/scenarios/{SCENARIO_ID}.ftl"),
            scenario_ftl(&gens),
        ),
    ]
}

/// The 8-node library with `extra` more choices on its start node (`wide-0`, `wide-1`, …,
/// each with its text), for the checker's limits and timings on one very wide node.
pub fn files_with_choices(extra: usize) -> Vec<RawFile> {
    let mut files = files(&Spec::new(8));
    for f in &mut files {
        let Ok(text) = std::str::from_utf8(&f.bytes) else {
            continue;
        };
        let mut out = String::with_capacity(text.len() + extra * 64);
        if f.path.ends_with(format!("{SCENARIO_ID}.ron")) {
            let intro = "(id: \"intro\", ";
            for line in text.lines() {
                out.push_str(line);
                out.push('\n');
                if line.trim_start().starts_with(intro) {
                    for k in 0..extra {
                        let _ = writeln!(
                            out,
                            "                (id: \"wide-{k}\", tags: [\"listens\"], next: \"{}\"),",
                            node_id(1, 0)
                        );
                    }
                }
            }
        } else if f.path.ends_with(format!("{SCENARIO_ID}.ftl")) {
            let start = node_id(0, 0);
            for line in text.lines() {
                out.push_str(line);
                out.push('\n');
                let why = line == format!("{start}-why =");
                if why || line.starts_with(&format!("{start} = ")) {
                    for k in 0..extra {
                        let _ = writeln!(out, "    .wide-{k} = Answer {k}.");
                    }
                }
            }
        } else {
            continue;
        }
        f.bytes = out.into_bytes();
    }
    files
}

/// The generated library's files with its scenario replaced by a line of `nodes` `Say`
/// nodes of one choice each, ending in an `End`: the simplest large scenario (every state
/// of play is a node), for the checker's timings on size alone.
pub fn line_files(nodes: usize) -> Vec<RawFile> {
    let nodes = nodes.max(1);
    let mut files = files(&Spec::new(8));
    let mut ron = String::with_capacity(nodes * 120 + 1000);
    let mut ftl = String::with_capacity(nodes * 80 + 500);
    ftl.push_str("title = A generated line\nbriefing = You are calling { $debtor } for { $creditor } about { $amount }, due { $due }.\nproduct = generated product\n\n");
    let _ = write!(
        ron,
        "Scenario(\n    id: \"{SCENARIO_ID}\",\n    version: 1,\n    rubrics: [\"synth-compliance\", \"synth-empathy\"],\n    difficulty: Medium,\n    jurisdiction: Us,\n    persona: \"hardship\",\n    tags: [\"generated\"],\n    debtor: (name: \"Dana Whitfield\", kind: Consumer, utc_offset_minutes: -300),\n    creditor: \"Brightline Telecom\",\n    account: (amount: \"1240.50\", currency: \"USD\", due: \"2026-09-15\"),\n    call_at: \"2026-11-17T15:30:00Z\",\n    outcomes: {{PaymentPlan: 100}},\n    start: \"l0\",\n    nodes: {{\n"
    );
    for i in 0..nodes {
        let next = if i + 1 == nodes {
            "end".to_string()
        } else {
            format!("l{}", i + 1)
        };
        let tags = if i == 0 {
            "\"identifies-self\", \"mini-miranda\", \"listens\", \"empathy\""
        } else {
            "\"listens\""
        };
        let _ = writeln!(
            ron,
            "        \"l{i}\": Say(choices: [(id: \"go\", tags: [{tags}], next: \"{next}\")]),"
        );
        let _ = writeln!(
            ftl,
            "l{i} = Line {i}.\n    .go = Go on.\nl{i}-why =\n    .go = Why."
        );
    }
    ron.push_str("        \"end\": End(outcome: PaymentPlan),\n    },\n)\n");
    ftl.push_str("end = Goodbye.\n");
    for f in &mut files {
        if f.path.ends_with(format!("{SCENARIO_ID}.ron")) {
            f.bytes = std::mem::take(&mut ron).into_bytes();
        } else if f.path.ends_with(format!("{SCENARIO_ID}.ftl")) {
            f.bytes = std::mem::take(&mut ftl).into_bytes();
        }
    }
    files
}

/// The generated library, loaded in memory under the root `synth/`.
pub fn library(spec: &Spec) -> Library {
    Library::from_files(Path::new("synth"), files(spec))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Scope, check};
    use crate::content::diagnostic::Level;
    use crate::engine::search::DEFAULT_BUDGET;

    fn errors_and_warnings(spec: &Spec) -> (usize, Vec<String>) {
        let lib = library(spec);
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        let notes: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.level != Level::Note)
            .map(|d| d.one_line())
            .collect();
        (report.errors(), notes)
    }

    #[test]
    fn layouts_have_the_asked_size_and_grow_at_most_threefold() {
        for n in [8, 9, 20, 57, 100, 1_000, 10_000, 100_000] {
            let spec = Spec::new(n);
            let widths = spec.layout();
            assert_eq!(widths.iter().sum::<usize>() + END_NODES.len(), n, "{n}");
            assert_eq!(widths[0], 1);
            for w in widths.windows(2) {
                assert!(w[1] <= w[0] * 3 && w[1] >= 1, "{n}: {widths:?}");
            }
        }
        let spec = Spec {
            depth: Some(40),
            ..Spec::new(2_000)
        };
        assert_eq!(spec.layout().len(), 40);
    }

    #[test]
    fn generated_libraries_check_clean() {
        for (n, loops, seed) in [
            (8, false, 1),
            (30, true, 2),
            (200, false, 3),
            (200, true, 4),
        ] {
            let spec = Spec {
                nodes: n,
                seed,
                depth: None,
                loops,
            };
            let (errors, diagnostics) = errors_and_warnings(&spec);
            assert_eq!(errors, 0, "{spec:?}: {diagnostics:#?}");
            if n >= 200 {
                // The generator guarantees structure, not play: a node reached only through
                // a random condition that never holds there is a fair W120 finding.
                let others: Vec<&String> = diagnostics
                    .iter()
                    .filter(|d| !d.contains("warning[W120]"))
                    .collect();
                assert!(others.is_empty(), "{spec:?}: {others:#?}");
            }
        }
    }

    #[test]
    fn generation_is_deterministic_and_seeded() {
        let a = scenario_ron(&Spec::new(300));
        assert_eq!(a, scenario_ron(&Spec::new(300)));
        let other = Spec {
            seed: 2,
            ..Spec::new(300)
        };
        assert_ne!(a, scenario_ron(&other));
    }
}
