//! The account's history and the pre-call desk: entry tags resolved (E104, E105), entries in
//! date order, the desk's `places-call` tag (E502), and what the history decides about each
//! rule (see `engine::history`).

use super::{CHistory, CKind, CNode, NodeIdx, Resolver, TagIdx};
use crate::content::history::Entry;
use crate::content::model::{Check, TagKind};

/// The behaviour tag a desk decision that places the call counts as.
pub const PLACES_CALL: &str = "places-call";

impl Resolver<'_> {
    /// Resolves the history's event tags (E104, E105) into a [`CHistory`].
    pub(super) fn history(&mut self) -> CHistory {
        let field = self.locator.field("history");
        let range = field.start..self.source.text.len();
        let mut tags = Vec::with_capacity(self.scenario.history.len());
        let mut cursor = range.start;
        for entry in &self.scenario.history {
            let span = self
                .locator
                .find(&entry.id, cursor, range.end)
                .unwrap_or(cursor..cursor);
            cursor = span.end;
            let entry_range = span.start..range.end;
            if !super::limits::year_ok(entry.at) {
                let at = self.value_of(self.locator.field_in("at", &entry_range));
                let what = format!("history entry \"{}\" dated {}", entry.id, entry.at);
                self.date_error(at, &what);
            }
            tags.push(self.tags(&entry.tags, TagKind::Event, &entry_range));
        }
        history_of(self.scenario.history.clone(), tags)
    }

    /// The holidays of the calendars the scenario's rubrics' `CallDays` rules name.
    pub(super) fn holidays(&self) -> Vec<(chrono::NaiveDate, String)> {
        let mut out = Vec::new();
        for rubric in &self.rubrics {
            for rule in &rubric.rules {
                if let Check::CallDays(_, Some(id)) = &rule.check
                    && let Some(calendar) = self.library.calendar(id)
                {
                    for h in &calendar.value.holidays {
                        if !out.iter().any(|(d, _)| *d == h.date) {
                            out.push((h.date, h.name.clone()));
                        }
                    }
                }
            }
        }
        out
    }

    /// The `places-call` tag when the scenario has a desk; a desk without it in the
    /// vocabulary is E502.
    pub(super) fn dial_tag(&mut self, nodes: &[CNode]) -> Option<TagIdx> {
        let desk = nodes.iter().position(|n| n.desk)?;
        match self.tags_by_id.get(PLACES_CALL) {
            Some(&(index, TagKind::Behaviour)) => Some(index),
            _ => {
                let span = self.locator.node(&nodes[desk].id).unwrap_or(0..0);
                let diagnostic = self
                    .error(
                        "E502",
                        span,
                        format!("a desk needs the behaviour tag \"{PLACES_CALL}\" in the vocabulary"),
                    )
                    .help(format!(
                        "add (id: \"{PLACES_CALL}\", kind: Behaviour) to scenarios/tags.ron: a desk decision that leads into the call counts as it"
                    ));
                self.report(diagnostic);
                None
            }
        }
    }
}

/// A history from entries and each entry's resolved tags: sorted by date (stable), with the
/// tags on file once each.
pub fn history_of(entries: Vec<Entry>, tags: Vec<Vec<TagIdx>>) -> CHistory {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| entries[i].at);
    let mut on_file: Vec<TagIdx> = Vec::new();
    for &i in &order {
        for &t in &tags[i] {
            if !on_file.contains(&t) {
                on_file.push(t);
            }
        }
    }
    let mut slots: Vec<Option<(Entry, Vec<TagIdx>)>> =
        entries.into_iter().zip(tags).map(Some).collect();
    let (entries, tags) = order.into_iter().filter_map(|i| slots[i].take()).unzip();
    CHistory {
        entries,
        tags,
        on_file,
    }
}

/// Adds the `places-call` tag to every desk decision that leads into the call (not straight
/// to an `End`).
pub(super) fn tag_desk_decisions(nodes: &mut [CNode], dial: TagIdx) {
    let ends: Vec<bool> = nodes
        .iter()
        .map(|n| matches!(n.kind, CKind::End { .. }))
        .collect();
    for node in nodes.iter_mut().filter(|n| n.desk) {
        if let CKind::Say { choices, .. } = &mut node.kind {
            for c in choices.iter_mut() {
                let next: NodeIdx = c.next;
                if !ends[next as usize] && !c.tags.contains(&dial) {
                    c.tags.push(dial);
                }
            }
        }
    }
}
