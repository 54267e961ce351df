//! `E2xx` checks on the rubric files (`scenarios/rubrics/<id>.ron`): the rubric's id, file
//! name, dimension and pass mark, then every rule: its id, weight, tags, times and turns.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::compile::{self, Locator, is_identifier};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::Library;
use crate::content::model::{Check, Dimension, Rubric, Rule, TagKind, parse_clock};

/// What the rule checks need to know about the library's tags and rules.
struct RubricContext<'a> {
    /// Every tag's kind, by id.
    kinds: HashMap<&'a str, TagKind>,
    /// The tag ids, for "did you mean".
    tag_names: Vec<&'a str>,
    /// Rule id → the rubric that first uses it.
    rule_ids: HashMap<String, String>,
    /// The ids of the holiday calendars.
    calendars: Vec<String>,
}

/// Checks every rubric and its rules.
pub(super) fn check_rubrics(lib: &Library, d: &mut Vec<Diagnostic>) {
    let kinds: HashMap<&str, TagKind> = lib
        .tags
        .iter()
        .flat_map(|t| t.value.0.iter().map(|t| (t.id.as_str(), t.kind)))
        .collect();
    let tag_names: Vec<&str> = kinds.keys().copied().collect();
    let mut context = RubricContext {
        kinds,
        tag_names,
        rule_ids: HashMap::new(),
        calendars: lib.calendars.iter().map(|c| c.value.id.clone()).collect(),
    };
    let mut rubric_ids: HashSet<&str> = HashSet::new();
    for r in &lib.rubrics {
        let src = &r.source;
        let loc = Locator::new(src);
        let rubric = &r.value;
        let first_use = rubric_ids.insert(&rubric.id);
        check_rubric_header(rubric, src, &loc, first_use, d);
        let mut cursor = 0;
        for rule in &rubric.rules {
            let span = loc
                .find(&rule.id, cursor, src.text.len())
                .unwrap_or(cursor..cursor);
            cursor = span.end;
            check_rule(&mut context, rubric, rule, src, &loc, span, d);
        }
    }
}

/// The rubric's own fields: a shared id (E007), an id that is not the file name (E004), the
/// dimension (E203) and the pass mark (E204).
fn check_rubric_header(
    rubric: &Rubric,
    src: &SourceText,
    loc: &Locator,
    first_use: bool,
    d: &mut Vec<Diagnostic>,
) {
    if !first_use {
        d.push(
            codes::at(
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
            codes::at(
                "E004",
                src,
                loc.find(&rubric.id, 0, src.text.len()).unwrap_or(0..0),
                format!("rubric id \"{}\" does not match its file name", rubric.id),
            )
            .help("name the file scenarios/rubrics/<id>.ron"),
        );
    }
    if !matches!(
        rubric.dimension,
        Dimension::Compliance | Dimension::Empathy | Dimension::Arrangement
    ) {
        d.push(
            codes::at(
                "E203",
                src,
                loc.field("dimension"),
                format!(
                    "rubrics score Compliance, Empathy or Arrangement, not {:?}",
                    rubric.dimension
                ),
            )
            .help("Resolution comes from outcome scores, Documentation from the wrap-up"),
        );
    }
    if rubric.pass_mark > 100 {
        d.push(
            codes::at(
                "E204",
                src,
                loc.field("pass_mark"),
                format!("pass mark {} is above 100", rubric.pass_mark),
            )
            .help("pass marks are 0..=100"),
        );
    }
}

/// One rule, whose id is at `span`: its id (E202, E114), weight (W207), tags (E201, E206),
/// times (E205), turn counts (E208) and the history kinds' counts and calendar (E510, E604).
fn check_rule(
    context: &mut RubricContext,
    rubric: &Rubric,
    rule: &Rule,
    src: &SourceText,
    loc: &Locator,
    span: Range<usize>,
    d: &mut Vec<Diagnostic>,
) {
    let range = span.start..src.text.len();
    if let Some(other) = context.rule_ids.insert(rule.id.clone(), rubric.id.clone()) {
        d.push(
            codes::at(
                "E202",
                src,
                span.clone(),
                format!("rule id {} is also used in rubric \"{other}\"", rule.id),
            )
            .help("rule ids name Fluent messages, so they must be unique across all rubrics"),
        );
    }
    if !is_identifier(&rule.id) {
        d.push(
            codes::at(
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
            codes::at(
                "W207",
                src,
                span.clone(),
                format!("rule {} has weight 0 and cannot change a score", rule.id),
            )
            .help("give it a weight, or remove it"),
        );
    }
    check_rule_tags(context, rule, src, loc, &range, d);
    if let Check::CallWindow(from, to) = rule.check.inner() {
        for t in [from, to] {
            if parse_clock(t).is_none() {
                d.push(
                    codes::at(
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
    if let Check::Within(_, 0) | Check::After(_, _, 0) = rule.check.inner() {
        d.push(
            codes::at(
                "E208",
                src,
                span,
                format!("rule {} allows 0 turns and can never be met", rule.id),
            )
            .help("turns count from 1"),
        );
    }
    check_history_rule(context, rule, src, loc, &range, d);
}

/// The history check kinds: a 0 where a count of calls, days or turns belongs, a `CallDays`
/// with no weekday (E510), and a `CallDays` calendar the library does not have (E604).
fn check_history_rule(
    context: &RubricContext,
    rule: &Rule,
    src: &SourceText,
    loc: &Locator,
    range: &Range<usize>,
    d: &mut Vec<Diagnostic>,
) {
    let zero = match rule.check.inner() {
        Check::CallFrequency(calls, days) if *calls == 0 || *days == 0 => {
            Some(("CallFrequency", "counts 0 calls or 0 days"))
        }
        Check::AfterConversation(0) => Some(("AfterConversation", "waits 0 days")),
        Check::CallDays(days, _) if days.is_empty() => Some(("CallDays", "allows no weekday")),
        Check::Until { days: Some(0), .. } => Some(("Until", "lapses after 0 days")),
        _ => None,
    };
    if let Some((keyword, what)) = zero {
        d.push(
            codes::at(
                "E510",
                src,
                loc.text_in(keyword, range),
                format!("rule {} {what}", rule.id),
            )
            .help("calls and days count from 1; a CallDays rule lists the weekdays calls are allowed on"),
        );
    }
    if let Check::CallDays(_, Some(calendar)) = rule.check.inner()
        && !context.calendars.iter().any(|c| c == calendar)
    {
        let message = format!(
            "rule {} names holiday calendar \"{calendar}\", which the library does not have",
            rule.id
        );
        d.push(
            codes::at("E604", src, loc.within(calendar, range), message).help(compile::suggest(
                calendar,
                context.calendars.iter().map(String::as_str),
                "add scenarios/calendars/<id>.ron, or fix the name (without it the rule would be dropped)",
            )),
        );
    }
}

/// The tags of a rule's check and of its `unless`: known (E201) and of the right kind
/// (E206). `range` runs from the rule's id to the end of the file.
fn check_rule_tags(
    context: &RubricContext,
    rule: &Rule,
    src: &SourceText,
    loc: &Locator,
    range: &Range<usize>,
    d: &mut Vec<Diagnostic>,
) {
    let events = event_places(rule.check.inner());
    for (i, tag) in rule.check.tags().into_iter().enumerate() {
        let tspan = loc.within(tag, range);
        match context.kinds.get(tag.as_str()) {
            None => d.push(unknown_tag(context, rule, tag, "", src, tspan)),
            Some(kind) => {
                let want = if i < events {
                    TagKind::Event
                } else {
                    TagKind::Behaviour
                };
                if *kind != want {
                    let message = format!(
                        "rule {}: \"{tag}\" is {} tag here, but this place needs {} tag",
                        rule.id,
                        article(*kind),
                        article(want)
                    );
                    d.push(codes::at("E206", src, tspan, message).help(
                        "After/NeverAfter take an event then a behaviour, NoContactAfter an \
                         event, Until two events (opened, closed) then a behaviour, \
                         FirstContact/LaterContact as the check inside; the other checks take \
                         behaviours",
                    ));
                }
            }
        }
    }
    for tag in &rule.unless {
        let tspan = loc.within(tag, range);
        match context.kinds.get(tag.as_str()) {
            None => d.push(unknown_tag(context, rule, tag, " in `unless`", src, tspan)),
            Some(TagKind::Behaviour) => d.push(
                codes::at(
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
}

/// How many of a check's tags (first in [`Check::tags`]) are events; the rest are
/// behaviours.
fn event_places(check: &Check) -> usize {
    match check {
        Check::After(..) | Check::NeverAfter(..) | Check::NoContactAfter(_) => 1,
        Check::Until { .. } => 2,
        _ => 0,
    }
}

/// E201: a rule names a tag the vocabulary does not have; `place` says where (e.g.
/// `" in `unless`"`, or empty for the rule's check).
fn unknown_tag(
    context: &RubricContext,
    rule: &Rule,
    tag: &str,
    place: &str,
    src: &SourceText,
    span: Range<usize>,
) -> Diagnostic {
    codes::at(
        "E201",
        src,
        span,
        format!("rule {} names unknown tag \"{tag}\"{place}", rule.id),
    )
    .help(compile::suggest(
        tag,
        context.tag_names.iter().copied(),
        "add it to scenarios/tags.ron, or fix the spelling",
    ))
}

/// "an event" or "a behaviour".
fn article(kind: TagKind) -> &'static str {
    match kind {
        TagKind::Event => "an event",
        TagKind::Behaviour => "a behaviour",
    }
}
