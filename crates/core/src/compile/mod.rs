//! Turns a scenario as written (names) into the indexed form the runner, scorer and searches use.
//!
//! Name resolution happens here, so this is also where unknown nodes, tags, variables and
//! rubrics are found; each becomes a diagnostic pointing at the name in the RON file.
//!
//! [`compile`] is a list of named steps on a `Resolver`, one concern each, in the order their
//! diagnostics are reported:
//!
//! | step | file | resolves | codes |
//! |------|------|----------|-------|
//! | `Resolver::node_ids` | `nodes.rs` | node id → index | E114, E101 |
//! | `Resolver::variables` | `nodes.rs` | state variables and start values | W107 |
//! | `Resolver::rubrics` | `rules.rs` | rubric ids → rubrics | E106 |
//! | `Resolver::header` | `header.rs` | id vs file name, account, outcome scores | E004, E118, E108 |
//! | `Resolver::nodes` | `nodes.rs` | every node: tags, effects, choices, routes, end | E102, E104, E105, E107–E110, E113, E114, E117, W109 |
//! | `Resolver::start` | `nodes.rs` | the start node | E102 |
//! | `Resolver::rules` | `rules.rs` | rubric rules → [`CRule`], pass marks | none |
//! | `Resolver::deal` | `deal.rs` | finances, mandate, reactions → [`CDeal`] | E104, E105, E107 |
//! | `Resolver::finish` | `mod.rs` | the [`CompiledScenario`] | E110 |
//!
//! The lookups the node steps share (tags, state variables, node targets, conditions) are in
//! `references.rs`; `Locator` (where a name sits in the file) in `locator.rs`; what makes a
//! valid name and the "did you mean" advice in `names.rs`.

mod choices;
mod deal;
mod header;
mod history;
pub mod limits;
mod locator;
pub(crate) mod names;
mod nodes;
mod references;
mod rules;

use std::collections::HashMap;
use std::ops::Range;

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

use crate::content::diagnostic::{Diagnostic, Level, SourceText};
use crate::content::loader::{Library, Loaded};
use crate::content::model::{
    self, Dimension, Outcome, Rubric, Scenario, Severity, TagKind, WrapFlag,
};
use crate::content::negotiation::{Finances, Mandate, Reply, ReplyKind, Terms, TermsKind};

pub use history::{PLACES_CALL, history_of};
pub use locator::Locator;
pub use names::{is_identifier, suggest};
pub use rules::compile_check;

/// Index of a tag in the vocabulary.
pub type TagIdx = u16;
/// Index of a state variable in the scenario.
pub type VarIdx = u8;
/// Index of a node in the scenario.
pub type NodeIdx = u32;

/// A condition with names resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// The tag has occurred earlier in this call.
    Tag(TagIdx),
    /// The condition does not hold.
    Not(Box<Cond>),
    /// Every condition holds.
    All(Vec<Cond>),
    /// At least one condition holds.
    Any(Vec<Cond>),
    /// The variable is below the number.
    Below(VarIdx, i32),
    /// The variable is at least the number.
    AtLeast(VarIdx, i32),
    /// True with this percent probability (0..=100).
    Chance(u8),
    /// The debtor's reply to the latest proposal was of this kind.
    Reply(ReplyKind),
    /// The latest proposal is of this kind.
    Proposed(TermsKind),
    /// The latest proposal asks at most this percent of what the debtor can pay.
    Affordable(u32),
    /// The latest proposal is within the mandate.
    InMandate,
    /// Terms have been agreed.
    Agreed,
}

/// A reaction of the debtor to proposed terms, with names resolved.
#[derive(Debug, Clone)]
pub struct CReaction {
    /// Applies when this holds (`None` always).
    pub condition: Option<Cond>,
    /// What the debtor answers.
    pub reply: Reply,
    /// Event tags the reaction shows.
    pub events: Vec<TagIdx>,
    /// Changes to state variables.
    pub effects: Vec<(VarIdx, i32)>,
}

/// The negotiation context of a scenario: the balance, the debtor's finances, the mandate,
/// the debtor's reactions and the best sustainable arrangement (see `engine::negotiation`).
#[derive(Debug, Clone, Default)]
pub struct CDeal {
    /// The balance owed.
    pub balance: Decimal,
    /// The date of the call, in the debtor's time zone.
    pub call_date: NaiveDate,
    /// The debtor's finances, if the scenario has them.
    pub finances: Option<Finances>,
    /// The collector's mandate, if the scenario has one.
    pub mandate: Option<Mandate>,
    /// Tags whose occurrence reveals the finances to the trainee.
    pub reveal: Vec<TagIdx>,
    /// The debtor's reactions, tried in order.
    pub reactions: Vec<CReaction>,
    /// Event tags shown whenever terms are agreed.
    pub agreed_events: Vec<TagIdx>,
    /// The best sustainable arrangement within the mandate, if any.
    pub best: Option<Terms>,
    /// What `best` recovers within the horizon.
    pub best_recovered: Option<Decimal>,
    /// The conditions about the latest proposal (`Proposed`, `Affordable`, `InMandate`) that
    /// some node's routes or choices read: a search tells states apart only by their values.
    pub latest_atoms: Vec<Cond>,
    /// The arrangements searches try at negotiation steps, assessed once
    /// ([`CDeal::search_candidates`]).
    pub search_terms: Vec<(Terms, crate::engine::negotiation::Assessment)>,
}

/// A negotiation step on a `Say` node, with names resolved.
#[derive(Debug, Clone)]
pub struct CPropose {
    /// The kinds of terms the trainee may propose.
    pub kinds: Vec<TermsKind>,
    /// Behaviour tags proposing counts as.
    pub tags: Vec<TagIdx>,
    /// Where the call goes after the debtor's reaction.
    pub next: NodeIdx,
}

/// A choice with names resolved.
#[derive(Debug, Clone)]
pub struct CChoice {
    /// The choice id (its Fluent attribute).
    pub id: String,
    /// Behaviour tags: what the trainee did by saying this.
    pub tags: Vec<TagIdx>,
    /// Changes to state variables.
    pub effects: Vec<(VarIdx, i32)>,
    /// Shown only when this holds.
    pub condition: Option<Cond>,
    /// A callback this choice arranges, in the debtor's local time.
    pub callback: Option<NaiveDateTime>,
    /// Fixed terms this choice proposes.
    pub offer: Option<Terms>,
    /// This choice agrees to the debtor's last counter-offer.
    pub takes_counter: bool,
    /// The node the choice leads to.
    pub next: NodeIdx,
}

/// What running out of answer time does.
#[derive(Debug, Clone)]
pub struct CTimeout {
    /// Seconds the trainee has to answer.
    pub seconds: u32,
    /// Behaviour tags silence counts as.
    pub tags: Vec<TagIdx>,
    /// Changes to state variables.
    pub effects: Vec<(VarIdx, i32)>,
    /// The node silence leads to.
    pub next: NodeIdx,
}

/// The kind-specific part of a compiled node.
#[derive(Debug, Clone)]
pub enum CKind {
    /// A debtor line and the trainee's answers.
    Say {
        /// How many wordings of the line exist (at least 1).
        variants: u8,
        /// The trainee's answers.
        choices: Vec<CChoice>,
        /// What happens when the trainee does not answer in time.
        timeout: Option<CTimeout>,
        /// A negotiation step: the trainee may propose terms.
        propose: Option<CPropose>,
    },
    /// Routing without a debtor line: the first route whose condition holds is taken.
    Branch {
        /// Conditions (`None` always matches) and the nodes they lead to.
        routes: Vec<(Option<Cond>, NodeIdx)>,
    },
    /// The end of the call.
    End {
        /// How many wordings of the closing line exist (at least 1).
        variants: u8,
        /// How the call ended.
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
    /// Event tags: what the debtor does at this node.
    pub events: Vec<TagIdx>,
    /// Changes to state variables on reaching the node.
    pub effects: Vec<(VarIdx, i32)>,
    /// What kind of node it is.
    pub kind: CKind,
    /// The pre-call desk (a `Say` without a debtor line: the account and the decisions).
    pub desk: bool,
}

/// A rubric rule with names resolved.
#[derive(Debug, Clone)]
pub struct CRule {
    /// The id of the rubric the rule belongs to.
    pub rubric: String,
    /// The rule id.
    pub id: String,
    /// The dimension the rubric scores.
    pub dimension: Dimension,
    /// The most this rule earns.
    pub weight: u32,
    /// How bad breaking the rule is.
    pub severity: Severity,
    /// The legal or industry citation.
    pub citation: String,
    /// What kind of source the rule rests on.
    pub kind: model::RuleKind,
    /// What the rule checks in the transcript.
    pub check: CCheck,
    /// The rule does not apply when any of these event tags occurred in the call.
    pub unless: Vec<TagIdx>,
    /// Whether the rule is only for a first or only for a later contact (`FirstContact`,
    /// `LaterContact` around its check).
    pub contact: Contact,
    /// What the account's history decides about the rule before the call.
    pub fact: RuleFact,
}

/// Which calls a rule is for, by the communication on file before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Contact {
    /// Every call.
    #[default]
    Any,
    /// Only a first communication with the debtor (`FirstContact`).
    First,
    /// Only a later one (`LaterContact`).
    Later,
}

/// A rule check with tags resolved; clock times in minutes after midnight.
#[derive(Debug, Clone, PartialEq)]
pub enum CCheck {
    /// The behaviour must not occur.
    Never(TagIdx),
    /// The behaviour must occur within the first N trainee turns.
    Within(TagIdx, u32),
    /// If the second behaviour occurs, the first must have occurred in an earlier turn.
    Before(TagIdx, TagIdx),
    /// Once the event happens, the behaviour must follow within N trainee turns.
    After(TagIdx, TagIdx, u32),
    /// Once the event happens, the behaviour must not occur.
    NeverAfter(TagIdx, TagIdx),
    /// Each occurrence earns the points, up to the rule's weight.
    Reward(TagIdx, u32),
    /// Each occurrence costs the points, from the rule's weight down to zero.
    Penalty(TagIdx, u32),
    /// The call and its callbacks must fall within these local minutes (from inclusive, to
    /// exclusive).
    CallWindow(u32, u32),
    /// The agreed terms must be sustainable.
    Sustainable,
    /// Every proposal must be within the mandate.
    WithinMandate,
    /// Earns in proportion to what the agreed terms recover against the best arrangement.
    Recovery,
    /// Placing the call breaks the rule once the history holds this event.
    NoContactAfter(TagIdx),
    /// Placing the call breaks the rule if it makes more than N calls in D days.
    CallFrequency(u32, u32),
    /// Placing the call breaks the rule within N days after a conversation.
    AfterConversation(u32),
    /// The call and its callbacks on these weekdays (bit 0: Monday) and on none of these
    /// holidays.
    CallDays(u8, std::sync::Arc<[NaiveDate]>),
    /// Once `opened` is on file, `forbids` must not occur until `closed` is, or `days` pass.
    Until {
        opened: TagIdx,
        closed: TagIdx,
        forbids: TagIdx,
        days: Option<u32>,
    },
}

/// What the account's history decides about a rule before the call starts
/// (`engine::history::rule_fact`; recomputed when a case replaces the history).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleFact {
    /// Nothing: the history does not bear on the rule.
    None,
    /// A rule about placing the call: whether placing it now keeps the rule (`CallWindow`,
    /// `CallDays`, `NoContactAfter`, `CallFrequency`, `AfterConversation`).
    Placing(bool),
    /// The rule does not apply to this call (`NoContactAfter` with nothing on file, the
    /// `FirstContact` / `LaterContact` that does not fit the history).
    Inapplicable,
    /// The rule's event is on file and in force when the call starts (`After`, `NeverAfter`,
    /// `Until`).
    Armed,
}

/// The account's history with names resolved.
#[derive(Debug, Clone, Default)]
pub struct CHistory {
    /// The entries, in date order (entries of the same time in file order).
    pub entries: Vec<crate::content::history::Entry>,
    /// Each entry's event tags (index = entry).
    pub tags: Vec<Vec<TagIdx>>,
    /// The event tags on file when the call starts, each once.
    pub on_file: Vec<TagIdx>,
}

/// A scenario ready to run: indices everywhere, rubrics attached.
#[derive(Debug, Clone)]
pub struct CompiledScenario {
    /// The scenario id.
    pub id: String,
    /// The scenario's version.
    pub version: u32,
    /// Hash of the scenario and everything it depends on (records store it).
    pub content_hash: String,
    /// The node the call starts at.
    pub start: NodeIdx,
    /// The nodes, in file order (index = [`NodeIdx`]).
    pub nodes: Vec<CNode>,
    /// Names of the state variables (index = [`VarIdx`]).
    pub var_names: Vec<String>,
    /// Start values of the state variables, clamped to 0..=100.
    pub var_start: Vec<i32>,
    /// Names of all tags of the vocabulary (index = [`TagIdx`]).
    pub tag_names: Vec<String>,
    /// The rules of all the scenario's rubrics, in rubric order.
    pub rules: Vec<CRule>,
    /// Pass mark per rubric dimension (highest of the rubrics scoring that dimension).
    pub pass_marks: Vec<(Dimension, u8)>,
    /// The score of each outcome, at most 100.
    pub outcome_scores: Vec<(Outcome, u8)>,
    /// The outcome score needed to pass on resolution, at most 100.
    pub resolution_pass_mark: u8,
    /// The call's local time (debtor's time zone).
    pub call_local: NaiveDateTime,
    /// The wrap-up flag each tag means, if any (index = [`TagIdx`]).
    pub tag_flags: Vec<Option<WrapFlag>>,
    /// The negotiation context.
    pub deal: CDeal,
    /// The account's history, in date order, and the event tags it puts on file.
    pub history: CHistory,
    /// Whether the call starts at a pre-call desk (else it is placed before the first turn).
    pub desk: bool,
    /// The behaviour a desk decision that places the call counts as (`places-call`).
    pub dial_tag: Option<TagIdx>,
    /// The public holidays of the calendars the scenario's `CallDays` rules name, with the
    /// key of each name (`holiday-<name>` in `ui.ftl`).
    pub holidays: Vec<(NaiveDate, String)>,
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

/// Resolves a scenario's names against the library. Returns the compiled scenario when no
/// error was found; every problem is pushed to `diagnostics` either way.
pub fn compile(
    lib: &Library,
    loaded: &Loaded<Scenario>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<CompiledScenario> {
    let mut resolver = Resolver::new(lib, loaded, diagnostics);
    resolver.node_ids();
    resolver.variables();
    resolver.rubrics();
    resolver.header();
    let nodes = resolver.nodes();
    let start = resolver.start();
    let rules = resolver.rules();
    let deal = resolver.deal();
    let history = resolver.history();
    resolver.finish(nodes, start, rules, deal, history)
}

/// Collects the conditions about the latest proposal that a node's routes or choices read.
fn latest_atoms(node: &CNode, out: &mut Vec<Cond>) {
    fn visit(c: &Cond, out: &mut Vec<Cond>) {
        match c {
            Cond::Proposed(_) | Cond::Affordable(_) | Cond::InMandate if !out.contains(c) => {
                out.push(c.clone());
            }
            Cond::Not(c) => visit(c, out),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| visit(c, out)),
            _ => {}
        }
    }
    match &node.kind {
        CKind::Say { choices, .. } => {
            for c in choices.iter().filter_map(|c| c.condition.as_ref()) {
                visit(c, out);
            }
        }
        CKind::Branch { routes } => {
            for c in routes.iter().filter_map(|(c, _)| c.as_ref()) {
                visit(c, out);
            }
        }
        CKind::End { .. } => {}
    }
}

/// The rules of a scenario's rubrics, and the pass mark per dimension.
struct ResolvedRules {
    rules: Vec<CRule>,
    pass_marks: Vec<(Dimension, u8)>,
}

/// One scenario being compiled: what the steps of [`compile`] have resolved so far, and
/// where they report problems.
struct Resolver<'a> {
    library: &'a Library,
    loaded: &'a Loaded<Scenario>,
    scenario: &'a Scenario,
    source: &'a SourceText,
    locator: Locator<'a>,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Errors in `diagnostics` before this scenario (compiling fails if any are added).
    errors_before: usize,
    /// Tag ids of the vocabulary, in order (index = [`TagIdx`]).
    tag_names: Vec<String>,
    /// Tag id → index and kind (for a tag listed twice, the last wins).
    tags_by_id: HashMap<&'a str, (TagIdx, TagKind)>,
    /// Node id → index (for a node defined twice, the last wins); filled by
    /// [`Resolver::node_ids`].
    nodes_by_id: HashMap<&'a str, NodeIdx>,
    /// State variable names, in order (index = [`VarIdx`]); filled by
    /// [`Resolver::variables`].
    variable_names: Vec<String>,
    /// State variable start values, clamped to 0..=100.
    variable_starts: Vec<i32>,
    /// The scenario's rubrics that exist; filled by [`Resolver::rubrics`].
    rubrics: Vec<&'a Rubric>,
}

impl<'a> Resolver<'a> {
    /// Indexes the file's names and the tag vocabulary; reports nothing yet.
    fn new(
        library: &'a Library,
        loaded: &'a Loaded<Scenario>,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Self {
        let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
        let vocabulary = library.tags.iter().flat_map(|t| t.value.0.iter());
        let tag_names: Vec<String> = vocabulary.clone().map(|t| t.id.clone()).collect();
        let tags_by_id: HashMap<&str, (TagIdx, TagKind)> = vocabulary
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), (i as TagIdx, t.kind)))
            .collect();
        Resolver {
            library,
            loaded,
            scenario: &loaded.value,
            source: &loaded.source,
            locator: Locator::new(&loaded.source),
            diagnostics,
            errors_before,
            tag_names,
            tags_by_id,
            nodes_by_id: HashMap::new(),
            variable_names: Vec::new(),
            variable_starts: Vec::new(),
            rubrics: Vec::new(),
        }
    }

    /// An error diagnostic at a span of this scenario's file.
    fn error(&self, code: &'static str, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic::at(Level::Error, code, self.source, span, message)
    }

    /// A warning diagnostic at a span of this scenario's file.
    fn warning(&self, code: &'static str, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic::at(Level::Warning, code, self.source, span, message)
    }

    /// Reports a problem.
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The last step: reports a scenario without nodes (E110), and builds the
    /// [`CompiledScenario`] unless an error was reported while compiling it.
    fn finish(
        mut self,
        nodes: Vec<CNode>,
        start: NodeIdx,
        rules: ResolvedRules,
        deal: CDeal,
        history: CHistory,
    ) -> Option<CompiledScenario> {
        let mut nodes = nodes;
        let dial_tag = self.dial_tag(&nodes);
        if nodes.is_empty() {
            let diagnostic = self
                .error(
                    "E110",
                    self.locator.field("nodes"),
                    "the scenario has no nodes".into(),
                )
                .help("add at least a start node and an End node");
            self.diagnostics.push(diagnostic);
        }
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        if errors > self.errors_before || nodes.is_empty() {
            return None;
        }
        let mut deal = deal;
        for node in &nodes {
            latest_atoms(node, &mut deal.latest_atoms);
        }
        let scenario = self.scenario;
        let call_local = limits::local_time(scenario.call_at, scenario.debtor.utc_offset_minutes);
        if let Some(dial) = dial_tag {
            history::tag_desk_decisions(&mut nodes, dial);
        }
        let desk = nodes.iter().any(|n| n.desk);
        let holidays = self.holidays();
        let mut compiled = CompiledScenario {
            id: scenario.id.clone(),
            version: scenario.version,
            content_hash: self.library.content_hash(self.loaded),
            start,
            nodes,
            var_names: self.variable_names,
            var_start: self.variable_starts,
            tag_names: self.tag_names,
            rules: rules.rules,
            pass_marks: rules.pass_marks,
            outcome_scores: scenario
                .outcomes
                .iter()
                .map(|(o, s)| (*o, (*s).min(100)))
                .collect(),
            resolution_pass_mark: scenario.resolution_pass_mark.min(100),
            call_local,
            tag_flags: self
                .library
                .tags
                .iter()
                .flat_map(|t| t.value.0.iter())
                .map(|t| t.flag)
                .collect(),
            deal,
            history,
            desk,
            dial_tag,
            holidays,
            source: scenario.clone(),
        };
        compiled.refresh_rule_facts();
        Some(compiled)
    }
}
