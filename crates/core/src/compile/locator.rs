//! Where a name sits in a RON file, so a diagnostic can point at it. The compiler and the
//! checker both use it.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use crate::content::diagnostic::SourceText;
use crate::content::model::Scenario;

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
    node_starts: OnceCell<Vec<usize>>,
}

impl<'a> Locator<'a> {
    /// Indexes every string literal of the file.
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
            node_starts: OnceCell::new(),
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

    /// The span of the `nth` (counted from 0) string literal equal to `value` that is a map
    /// key (followed by `:`), e.g. the second definition of a node.
    pub fn nth_key(&self, value: &str, nth: usize) -> Option<Range<usize>> {
        self.by_value
            .get(value)?
            .iter()
            .map(|&i| &self.literals[i].1)
            .filter(|s| self.source.text[s.end..].trim_start().starts_with(':'))
            .nth(nth)
            .cloned()
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
