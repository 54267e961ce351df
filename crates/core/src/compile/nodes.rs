//! The scenario's nodes and state variables: node ids, start values, every node (its tags,
//! effects, choices, timeout, routes or end), and the start node.

use std::collections::HashSet;
use std::ops::Range;

use super::{
    CChoice, CKind, CNode, CPropose, CTimeout, Cond, NodeIdx, Resolver, VarIdx, is_identifier,
    suggest,
};
use crate::content::model::{BranchNode, Choice, DeskNode, EndNode, Node, SayNode, TagKind};

impl<'a> Resolver<'a> {
    /// Indexes the node ids: an id that is not a valid Fluent name (E114) or that is defined
    /// twice (E101, at the second definition) is reported.
    pub(super) fn node_ids(&mut self) {
        let scenario = self.scenario;
        for (index, (id, _)) in scenario.nodes.0.iter().enumerate() {
            let span = self.locator.node(id).unwrap_or(0..0);
            if !is_identifier(id) {
                let diagnostic = self
                    .error("E114", span.clone(), format!("node id \"{id}\" is not a valid name"))
                    .help("node ids name Fluent messages: start with a letter, then letters, digits and '-' only");
                self.report(diagnostic);
            }
            if self.nodes_by_id.insert(id, index as NodeIdx).is_some() {
                let span = self.locator.nth_key(id, 1).unwrap_or(span);
                let diagnostic = self
                    .error("E101", span, format!("node \"{id}\" is defined twice"))
                    .help("rename one of the two nodes");
                self.report(diagnostic);
            }
        }
    }

    /// Indexes the state variables and clamps their start values to 0..=100; a start value
    /// outside that range is reported (W107).
    pub(super) fn variables(&mut self) {
        let state = &self.scenario.state;
        self.variable_names = state.keys().cloned().collect();
        self.variable_starts = state.values().map(|v| (*v).clamp(0, 100)).collect();
        for (name, value) in state {
            if !(0..=100).contains(value) {
                let span = self
                    .locator
                    .find(
                        name,
                        self.locator.field("state").start,
                        self.source.text.len(),
                    )
                    .unwrap_or(0..0);
                let diagnostic = self
                    .warning(
                        "W107",
                        span,
                        format!("state \"{name}\" starts at {value}, outside 0..=100"),
                    )
                    .help(
                        "state variables are clamped to 0..=100; use a start value in that range",
                    );
                self.report(diagnostic);
            }
        }
    }

    /// Resolves every node, in file order: its event tags (E104, E105), then what its kind
    /// holds (see [`Resolver::say`], [`Resolver::branch`], [`Resolver::end`]), then its
    /// speaker key (E114).
    pub(super) fn nodes(&mut self) -> Vec<CNode> {
        let scenario = self.scenario;
        let mut nodes = Vec::with_capacity(scenario.nodes.0.len());
        for (index, (id, node)) in scenario.nodes.0.iter().enumerate() {
            let range = self.locator.node_extent(scenario, index);
            let events = self.tags(node.events(), TagKind::Event, &range);
            let (kind, effects) = match node {
                Node::Say(say) => self.say(id, say, &range),
                Node::Branch(branch) => (self.branch(id, branch, &range), Vec::new()),
                Node::End(end) => (self.end(id, end, &range), Vec::new()),
                Node::Desk(desk) => (self.desk(id, desk, &range), Vec::new()),
            };
            self.speaker(node, &range);
            nodes.push(CNode {
                id: id.clone(),
                speaker: node.speaker().map(str::to_string),
                events,
                effects,
                kind,
                desk: matches!(node, Node::Desk(_)),
            });
        }
        nodes
    }

    /// A `Say` node: its choices (see [`Resolver::choice`]), no choices at all (E110), zero
    /// line variants (E117), its timeout's tags, effects and target (E104, E105, E107,
    /// E102), then the node's own effects (E107). Returns the kind and the node's effects.
    fn say(
        &mut self,
        id: &str,
        say: &'a SayNode,
        range: &Range<usize>,
    ) -> (CKind, Vec<(VarIdx, i32)>) {
        self.choice_limit(id, say.choices.len(), "choices");
        let choices = self.choice_list(id, &say.choices, range);
        if say.choices.is_empty() {
            let diagnostic = self
                .error(
                    "E110",
                    self.locator.node(id).unwrap_or(0..0),
                    format!("node \"{id}\" has no choices"),
                )
                .help("give the trainee at least one choice, or make it an End node");
            self.report(diagnostic);
        }
        if say.variants == 0 {
            let diagnostic = self
                .error(
                    "E117",
                    self.locator.field_in("variants", range),
                    format!("node \"{id}\" has 0 line variants"),
                )
                .help("variants counts wordings of the line, at least 1");
            self.report(diagnostic);
        }
        if let Some(t) = &say.timeout {
            self.timer_limit(id, t.seconds, range);
        }
        let timeout = say.timeout.as_ref().map(|t| {
            let timeout_range = self.locator.field_in("timeout", range).start..range.end;
            CTimeout {
                seconds: t.seconds,
                tags: self.tags(&t.tags, TagKind::Behaviour, &timeout_range),
                effects: self.effects(&t.effects, &timeout_range),
                next: self.target(&t.next, &timeout_range, "the timeout"),
            }
        });
        let propose = say.propose.as_ref().map(|p| {
            let propose_range = self.locator.field_in("propose", range).start..range.end;
            CPropose {
                kinds: p.kinds.clone(),
                tags: self.tags(&p.tags, TagKind::Behaviour, &propose_range),
                next: self.target(&p.next, &propose_range, "the negotiation step"),
            }
        });
        let kind = CKind::Say {
            variants: say.variants.max(1),
            choices,
            timeout,
            propose,
        };
        (kind, self.effects(&say.effects, range))
    }

    /// The choices of node `id`, in order (see [`Resolver::choice`]).
    fn choice_list(&mut self, id: &str, list: &[Choice], range: &Range<usize>) -> Vec<CChoice> {
        let mut choices = Vec::with_capacity(list.len());
        let mut choice_ids: HashSet<&str> = HashSet::with_capacity(list.len());
        let mut cursor = range.start;
        for choice in list {
            let id_span = self
                .locator
                .find(&choice.id, cursor, range.end)
                .unwrap_or(cursor..cursor);
            cursor = id_span.end;
            choices.push(self.choice(id, choice, id_span, &choice_ids, range));
            choice_ids.insert(&choice.id);
        }
        choices
    }

    /// The pre-call desk: its decisions are a `Say` node's choices without a line variant,
    /// timer or negotiation step; no decisions at all is E110. A decision that leads into the
    /// call (not straight to an `End`) also counts as the behaviour `places-call` (added in
    /// [`Resolver::finish`], once every node's kind is known).
    fn desk(&mut self, id: &str, desk: &DeskNode, range: &Range<usize>) -> CKind {
        self.choice_limit(id, desk.choices.len(), "decisions");
        let choices = self.choice_list(id, &desk.choices, range);
        if desk.choices.is_empty() {
            let diagnostic = self
                .error(
                    "E110",
                    self.locator.node(id).unwrap_or(0..0),
                    format!("desk \"{id}\" has no decisions"),
                )
                .help("give the trainee at least a \"call now\" and a \"do not call\" decision");
            self.report(diagnostic);
        }
        CKind::Say {
            variants: 1,
            choices,
            timeout: None,
            propose: None,
        }
    }

    /// One choice of node `node_id`, whose id is at `id_span`: an id already used by an
    /// earlier choice (E113) or that is not a valid name (E114), then its tags (E104, E105),
    /// effects (E107), condition (E104, E107, E117) and target (E102).
    fn choice(
        &mut self,
        node_id: &str,
        choice: &Choice,
        id_span: Range<usize>,
        earlier_ids: &HashSet<&str>,
        range: &Range<usize>,
    ) -> CChoice {
        let choice_range = id_span.start..range.end;
        if earlier_ids.contains(&choice.id.as_str()) {
            let diagnostic = self
                .error(
                    "E113",
                    id_span.clone(),
                    format!(
                        "choice \"{}\" appears twice in node \"{node_id}\"",
                        choice.id
                    ),
                )
                .help("give each choice of a node its own id");
            self.report(diagnostic);
        }
        if !is_identifier(&choice.id) {
            let diagnostic = self
                .error("E114", id_span, format!("choice id \"{}\" is not a valid name", choice.id))
                .help("choice ids name Fluent attributes: start with a letter, then letters, digits and '-' only");
            self.report(diagnostic);
        }
        if let Some(at) = choice.callback
            && !super::limits::year_ok(at)
        {
            let span = self.value_of(self.locator.field_in("callback", &choice_range));
            self.date_error(
                span,
                &format!("the callback of choice \"{}\" at {at}", choice.id),
            );
        }
        let tags = self.tags(&choice.tags, TagKind::Behaviour, &choice_range);
        let effects = self.effects(&choice.effects, &choice_range);
        let condition = choice
            .condition
            .as_ref()
            .map(|c| self.condition(c, &choice_range));
        let next = self.target(
            &choice.next,
            &choice_range,
            &format!("choice \"{}\"", choice.id),
        );
        CChoice {
            id: choice.id.clone(),
            tags,
            effects,
            condition,
            callback: choice.callback,
            offer: choice.offer,
            takes_counter: choice.takes_counter,
            next,
        }
    }

    /// A `Branch` node, route by route: its condition (E104, E107, E117), a route without a
    /// condition before the last (W109), a last route with a condition (E109), its target
    /// (E102); then a branch without routes (E109).
    fn branch(&mut self, id: &str, branch: &BranchNode, range: &Range<usize>) -> CKind {
        let mut routes = Vec::new();
        let mut cursor = range.start;
        for (r, route) in branch.routes.iter().enumerate() {
            let next_span = self
                .locator
                .find(&route.next, cursor, range.end)
                .unwrap_or(cursor..cursor);
            let route_range = cursor..range.end;
            cursor = next_span.end;
            let condition: Option<Cond> = route
                .condition
                .as_ref()
                .map(|c| self.condition(c, &route_range));
            let last = r + 1 == branch.routes.len();
            if condition.is_none() && !last {
                let diagnostic = self
                    .warning("W109", next_span.clone(), format!("route to \"{}\" has no condition, so the routes after it are never taken", route.next))
                    .help("move the unconditional route last");
                self.report(diagnostic);
            }
            if condition.is_some() && last {
                let diagnostic = self
                    .error("E109", next_span, format!("the last route of branch \"{id}\" has a condition"))
                    .help("end every branch with an unconditional route (no `if`), so the call can always go on");
                self.report(diagnostic);
            }
            let next = self.target(&route.next, &route_range, "a route");
            routes.push((condition, next));
        }
        if branch.routes.is_empty() {
            let diagnostic = self
                .error(
                    "E109",
                    self.locator.node(id).unwrap_or(0..0),
                    format!("branch \"{id}\" has no routes"),
                )
                .help("add at least one unconditional route");
            self.report(diagnostic);
        }
        CKind::Branch { routes }
    }

    /// An `End` node: an outcome the scenario gives no score (E108).
    fn end(&mut self, id: &str, end: &EndNode, range: &Range<usize>) -> CKind {
        if !self.scenario.outcomes.contains_key(&end.outcome) {
            let diagnostic = self
                .error(
                    "E108",
                    self.locator.field_in("outcome", range),
                    format!(
                        "end \"{id}\" has outcome {:?}, which has no score",
                        end.outcome
                    ),
                )
                .help(format!(
                    "add `{:?}: <0..=100>` to the scenario's `outcomes`",
                    end.outcome
                ));
            self.report(diagnostic);
        }
        CKind::End {
            variants: end.variants.max(1),
            outcome: end.outcome,
        }
    }

    /// A node's speaker key that is not a valid Fluent name (E114).
    fn speaker(&mut self, node: &Node, range: &Range<usize>) {
        if let Some(key) = node.speaker()
            && !is_identifier(key)
        {
            let diagnostic = self
                .error("E114", self.locator.within(key, range), format!("speaker \"{key}\" is not a valid name"))
                .help("speaker keys name Fluent messages (`speaker-<key>`): letters, digits and '-' only");
            self.report(diagnostic);
        }
    }

    /// Resolves the start node; an unknown one is reported (E102) and resolves to node 0.
    pub(super) fn start(&mut self) -> NodeIdx {
        let start = &self.scenario.start;
        if let Some(index) = self.nodes_by_id.get(start.as_str()) {
            return *index;
        }
        let field = self.locator.field("start");
        let span = self
            .locator
            .find(start, field.start, self.source.text.len())
            .unwrap_or(field);
        let diagnostic = self
            .error(
                "E102",
                span,
                format!("the start node \"{start}\" does not exist"),
            )
            .help(suggest(
                start,
                self.nodes_by_id.keys().copied(),
                "name an existing node",
            ));
        self.report(diagnostic);
        0
    }
}
