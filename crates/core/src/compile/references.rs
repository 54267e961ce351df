//! The lookups the node steps share: tag, state variable and node names used inside a node,
//! and conditions. Each reports the unknown name at its position within the node.

use std::collections::BTreeMap;
use std::ops::Range;

use super::{Cond, NodeIdx, Resolver, TagIdx, VarIdx, suggest};
use crate::content::model::{Condition, TagKind};

impl Resolver<'_> {
    /// Resolves tags used in `range` that must be of kind `want`: unknown tags (E104) and tags
    /// of the other kind (E105) are reported; the latter are kept.
    pub(super) fn tags(
        &mut self,
        tags: &[String],
        want: TagKind,
        range: &Range<usize>,
    ) -> Vec<TagIdx> {
        let mut out = Vec::new();
        for tag in tags {
            let span = self.locator.within(tag, range);
            match self.tags_by_id.get(tag.as_str()).copied() {
                Some((index, kind)) => {
                    if kind != want {
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
                        let diagnostic = self
                            .error("E105", span, format!("\"{tag}\" is {is}"))
                            .help(format!("{should}; see scenarios/tags.ron"));
                        self.report(diagnostic);
                    }
                    out.push(index);
                }
                None => {
                    let diagnostic = self
                        .error("E104", span, format!("unknown tag \"{tag}\""))
                        .help(suggest(
                            tag,
                            self.tag_names.iter().map(String::as_str),
                            "add it to scenarios/tags.ron, or fix the spelling",
                        ));
                    self.report(diagnostic);
                }
            }
        }
        out
    }

    /// The index of a state variable.
    pub(super) fn variable_index(&self, name: &str) -> Option<VarIdx> {
        self.variable_names
            .iter()
            .position(|v| v == name)
            .map(|i| i as VarIdx)
    }

    /// Resolves effects used in `range`; effects on unknown variables are reported (E107) and
    /// dropped.
    pub(super) fn effects(
        &mut self,
        effects: &BTreeMap<String, i32>,
        range: &Range<usize>,
    ) -> Vec<(VarIdx, i32)> {
        let mut out = Vec::new();
        for (name, delta) in effects {
            match self.variable_index(name) {
                Some(v) => out.push((v, *delta)),
                None => {
                    let diagnostic = self
                        .error(
                            "E107",
                            self.locator.within(name, range),
                            format!("unknown state variable \"{name}\""),
                        )
                        .help(format!(
                            "declare it under `state:` with a start value; declared: {}",
                            self.variable_names.join(", ")
                        ));
                    self.report(diagnostic);
                }
            }
        }
        out
    }

    /// Resolves the node that `what` (e.g. `choice "listen"`) in `range` goes to; an unknown
    /// node is reported (E102) and resolves to node 0.
    pub(super) fn target(&mut self, target: &str, range: &Range<usize>, what: &str) -> NodeIdx {
        if let Some(index) = self.nodes_by_id.get(target) {
            return *index;
        }
        let span = self.locator.within(target, range);
        let diagnostic = self
            .error(
                "E102",
                span,
                format!("{what} goes to unknown node \"{target}\""),
            )
            .help(suggest(
                target,
                self.nodes_by_id.keys().copied(),
                "add a node with that id, or fix the spelling",
            ));
        self.report(diagnostic);
        0
    }

    /// Resolves a condition used in `range`: unknown tags (E104) and variables (E107) and a
    /// chance above 100 percent (E117) are reported.
    pub(super) fn condition(&mut self, condition: &Condition, range: &Range<usize>) -> Cond {
        match condition {
            Condition::Tag(tag) => self.condition_tag(tag, range),
            Condition::Not(c) => Cond::Not(Box::new(self.condition(c, range))),
            Condition::All(cs) => Cond::All(cs.iter().map(|c| self.condition(c, range)).collect()),
            Condition::Any(cs) => Cond::Any(cs.iter().map(|c| self.condition(c, range)).collect()),
            Condition::Below(v, n) => Cond::Below(self.condition_variable(v, range), *n),
            Condition::AtLeast(v, n) => Cond::AtLeast(self.condition_variable(v, range), *n),
            Condition::Chance(p) => {
                if *p > 100 {
                    let diagnostic = self
                        .error(
                            "E117",
                            self.locator.text_in("Chance(", range),
                            format!("Chance({p}) is above 100 percent"),
                        )
                        .help("Chance takes a percentage, 0 to 100");
                    self.report(diagnostic);
                }
                Cond::Chance((*p).min(100))
            }
            Condition::Reply(k) => Cond::Reply(*k),
            Condition::Proposed(k) => Cond::Proposed(*k),
            Condition::Affordable(p) => Cond::Affordable(*p),
            Condition::InMandate => Cond::InMandate,
            Condition::Agreed => Cond::Agreed,
        }
    }

    /// A tag in a condition (E104 when unknown; resolves to tag 0 then).
    fn condition_tag(&mut self, tag: &str, range: &Range<usize>) -> Cond {
        if let Some((index, _)) = self.tags_by_id.get(tag) {
            return Cond::Tag(*index);
        }
        let diagnostic = self
            .error(
                "E104",
                self.locator.within(tag, range),
                format!("unknown tag \"{tag}\" in a condition"),
            )
            .help(suggest(
                tag,
                self.tags_by_id.keys().copied(),
                "add it to scenarios/tags.ron, or fix the spelling",
            ));
        self.report(diagnostic);
        Cond::Tag(0)
    }

    /// A state variable in a condition (E107 when unknown; resolves to variable 0 then).
    fn condition_variable(&mut self, name: &str, range: &Range<usize>) -> VarIdx {
        if let Some(index) = self.variable_index(name) {
            return index;
        }
        let diagnostic = self
            .error(
                "E107",
                self.locator.within(name, range),
                format!("unknown state variable \"{name}\" in a condition"),
            )
            .help("declare it under `state:` with a start value");
        self.report(diagnostic);
        0
    }
}
