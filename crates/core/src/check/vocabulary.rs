//! `E0xx` checks on the library's files: the tag vocabulary (`scenarios/tags.ron`) and
//! scenario ids. (The loader raises the other `E0xx` codes; the rubric files' ids are checked
//! with the rest of the rubric in [`super::rubrics`].)

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::compile::{Locator, PLACES_CALL, is_identifier};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::{Library, Loaded};
use crate::content::model::{Condition, Node, Scenario};

use super::Scope;

/// The scenarios of the scope, in library order, without those whose id an earlier
/// scenario already uses (E007).
pub(super) fn scenarios_to_check<'a>(
    lib: &'a Library,
    scope: &Scope,
    d: &mut Vec<Diagnostic>,
) -> Vec<&'a Loaded<Scenario>> {
    let mut seen_ids: HashMap<&str, &SourceText> = HashMap::new();
    let mut todo = Vec::new();
    for loaded in &lib.scenarios {
        let sc = &loaded.value;
        if !scope.includes(&sc.id) {
            continue;
        }
        if let Some(first) = seen_ids.insert(&sc.id, &loaded.source) {
            let loc = Locator::new(&loaded.source);
            let span = loc
                .find(&sc.id, 0, loaded.source.text.len())
                .unwrap_or(0..0);
            let message = format!(
                "scenario id \"{}\" is also used by {}",
                sc.id,
                first.path.display()
            );
            d.push(
                codes::at("E007", &loaded.source, span, message)
                    .help("give every scenario its own id"),
            );
            continue;
        }
        todo.push(loaded);
    }
    todo
}

/// The tag vocabulary: tags listed twice (E006), invalid names (E114) and, when
/// `report_unused` (a library of more than one scenario), unused tags (W008).
pub(super) fn check_tags(lib: &Library, report_unused: bool, d: &mut Vec<Diagnostic>) {
    let Some(tags) = &lib.tags else { return };
    let loc = Locator::new(&tags.source);
    let used = used_tags(lib);
    let mut seen = HashSet::new();
    for t in &tags.value.0 {
        let span = literal_nth(&loc, &t.id, if seen.contains(&t.id) { 1 } else { 0 });
        if !seen.insert(t.id.clone()) {
            d.push(
                codes::at(
                    "E006",
                    &tags.source,
                    span.clone(),
                    format!("tag \"{}\" is listed twice", t.id),
                )
                .help("remove one of the two entries"),
            );
        }
        if !is_identifier(&t.id) {
            d.push(
                codes::at(
                    "E114",
                    &tags.source,
                    span.clone(),
                    format!("tag \"{}\" is not a valid name", t.id),
                )
                .help(
                    "tags name Fluent messages (`tag-<id>`): letters, digits and '-' only, \
                     starting with a letter",
                ),
            );
        }
        if report_unused && !used.contains(t.id.as_str()) {
            d.push(
                codes::at(
                    "W008",
                    &tags.source,
                    span,
                    format!("tag \"{}\" is not used by any scenario or rubric", t.id),
                )
                .help("remove it, or use it"),
            );
        }
    }
}

/// Every tag a scenario (events, choices and desk decisions, timeouts, negotiation steps,
/// conditions, finances, reactions, history entries), a case (kept and broken tags) or a
/// rubric rule names, and `places-call`.
fn used_tags(lib: &Library) -> HashSet<&str> {
    // The compiler's own: a desk decision that dials counts as it (E502 without it), so it is
    // never "unused", even before the library has a desk.
    let mut used: HashSet<&str> = HashSet::from([PLACES_CALL]);
    for s in &lib.scenarios {
        for (_, node) in &s.value.nodes.0 {
            used.extend(node.events().iter().map(String::as_str));
            let choices = match node {
                Node::Say(say) => {
                    if let Some(t) = &say.timeout {
                        used.extend(t.tags.iter().map(String::as_str));
                    }
                    if let Some(p) = &say.propose {
                        used.extend(p.tags.iter().map(String::as_str));
                    }
                    &say.choices[..]
                }
                Node::Desk(desk) => &desk.choices[..],
                Node::Branch(b) => {
                    for cond in b.routes.iter().filter_map(|r| r.condition.as_ref()) {
                        condition_tags(cond, &mut used);
                    }
                    &[]
                }
                Node::End(_) => &[],
            };
            for c in choices {
                used.extend(c.tags.iter().map(String::as_str));
                if let Some(cond) = &c.condition {
                    condition_tags(cond, &mut used);
                }
            }
        }
        negotiation_tags(&s.value, &mut used);
        for entry in &s.value.history {
            used.extend(entry.tags.iter().map(String::as_str));
        }
    }
    for c in &lib.cases {
        used.extend(c.value.kept_tags.iter().map(String::as_str));
        used.extend(c.value.broken_tags.iter().map(String::as_str));
    }
    for r in &lib.rubrics {
        for rule in &r.value.rules {
            used.extend(rule.check.tags().into_iter().map(String::as_str));
            used.extend(rule.unless.iter().map(String::as_str));
        }
    }
    used
}

/// The tags a scenario's finances and negotiation name: what reveals the finances, the
/// events of reactions and of agreeing, and the tags reactions' conditions test.
fn negotiation_tags<'a>(sc: &'a Scenario, out: &mut HashSet<&'a str>) {
    if let Some(f) = &sc.finances {
        out.extend(f.revealed_by().iter().map(String::as_str));
    }
    if let Some(n) = &sc.negotiation {
        out.extend(n.agreed_events.iter().map(String::as_str));
        for r in &n.reactions {
            out.extend(r.events.iter().map(String::as_str));
            if let Some(c) = &r.condition {
                condition_tags(c, out);
            }
        }
    }
}

/// The tags a condition tests, added to `out` (negotiation conditions test none).
fn condition_tags<'a>(c: &'a Condition, out: &mut HashSet<&'a str>) {
    match c {
        Condition::Tag(t) => {
            out.insert(t);
        }
        Condition::Not(c) => condition_tags(c, out),
        Condition::All(cs) | Condition::Any(cs) => {
            cs.iter().for_each(|c| condition_tags(c, out));
        }
        Condition::Below(..)
        | Condition::AtLeast(..)
        | Condition::Chance(_)
        | Condition::Reply(_)
        | Condition::Proposed(_)
        | Condition::Affordable(_)
        | Condition::InMandate
        | Condition::Agreed => {}
    }
}

/// The span of the `nth` (0-based) occurrence of a string literal, or the last one found.
fn literal_nth(loc: &Locator, value: &str, nth: usize) -> Range<usize> {
    let mut from = 0;
    let mut found = 0..0;
    for _ in 0..=nth {
        match loc.find(value, from, usize::MAX) {
            Some(s) => {
                from = s.end;
                found = s;
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::negotiation::tests::{DEAL_BASE, compiled};

    #[test]
    fn finances_and_reactions_name_tags() {
        let ron = DEAL_BASE
            .replace(
                "(if: InMandate, reply: Counter(80))",
                "(if: All([InMandate, Tag(\"empathy\")]), reply: Counter(80), events: [\"third-party\"])",
            )
            .replace(
                "(reply: Refuse),\n    ]),",
                "(reply: Refuse),\n    ], agreed_events: [\"hardship\"]),",
            );
        let (lib, _) = compiled(&ron);
        let mut used = HashSet::new();
        negotiation_tags(&lib.scenarios[0].value, &mut used);
        let mut used: Vec<&str> = used.into_iter().collect();
        used.sort_unstable();
        assert_eq!(used, ["empathy", "hardship", "listens", "third-party"]);
    }
}
