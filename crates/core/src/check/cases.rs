//! `E6xx` checks on cases (`scenarios/cases/<id>.ron`: several calls on one account): the id
//! against the file name (E004), calls naming known scenarios (E601) in date order (E602),
//! the first call without `when` (E607), the keeping bands (E603) and the kept and broken
//! tags (E606); and each case's text (`locales/<lang>/cases/<id>.ftl`: E307, E302, W304).

use std::ops::Range;
use std::path::Path;

use chrono::{DateTime, Utc};

use crate::compile::{Locator, suggest};
use crate::content::case::Case;
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::{Library, LocaleFiles};
use crate::content::model::TagKind;

use super::plurals::check_variables;
use super::spans::{field_value, key_in, list_items};
use super::text::{Expected, check_expected, lang_name};

/// The variables case text may use: `case-between` and `case-end` get `$promise` (kept,
/// broken or none), `$days` (days between the calls), `$terms` (the agreed terms in words)
/// and `$outcome` (the outcome key).
pub(super) const CASE_VARIABLES: [&str; 4] = ["promise", "days", "terms", "outcome"];

/// The messages every case's text has, with what each is for.
const CASE_MESSAGES: [(&str, &str); 4] = [
    ("case-title", "the case's title"),
    (
        "case-brief",
        "what the trainee is told before the first call",
    ),
    ("case-between", "the text shown between two calls"),
    ("case-end", "the text shown when the case ends"),
];

/// Checks every case file.
pub(super) fn check_cases(lib: &Library, d: &mut Vec<Diagnostic>) {
    for loaded in &lib.cases {
        let src = &loaded.source;
        let case = &loaded.value;
        if src
            .path
            .file_stem()
            .is_none_or(|s| s.to_string_lossy() != case.id)
        {
            let span = Locator::new(src)
                .find(&case.id, 0, src.text.len())
                .unwrap_or(0..0);
            let message = format!("case id \"{}\" does not match its file name", case.id);
            d.push(
                codes::at("E004", src, span, message)
                    .help("name the file scenarios/cases/<id>.ron, and its text locales/<lang>/cases/<id>.ftl"),
            );
        }
        check_calls(lib, case, src, d);
        check_keeping(case, src, d);
        check_case_tags(lib, case, src, d);
    }
}

/// The case's calls: none (E601), an unknown scenario (E601), not in date order (E602), a
/// `when` on the first (E607).
fn check_calls(lib: &Library, case: &Case, src: &SourceText, d: &mut Vec<Diagnostic>) {
    let text = &src.text;
    let key = key_in(text, "calls", 0..text.len()).unwrap_or(0..0);
    if case.calls.is_empty() {
        let message = format!("case \"{}\" has no calls", case.id);
        d.push(
            codes::at("E601", src, key, message)
                .help("list the calls in order: calls: [(scenario: \"<first>\"), (scenario: \"<second>\", when: [Broken])]"),
        );
        return;
    }
    let mut items = list_items(text, &key);
    items.resize(case.calls.len(), key.clone());
    let mut previous: Option<(&str, DateTime<Utc>)> = None;
    for (i, call) in case.calls.iter().enumerate() {
        let span = field_value(text, "scenario", &items[i]).unwrap_or(items[i].clone());
        let id = call.scenario.as_str();
        match lib.scenario(id) {
            None if lib.broken_scenarios.contains_key(id) => previous = None,
            None => {
                let help = suggest(
                    id,
                    lib.scenarios.iter().map(|s| s.value.id.as_str()),
                    "name a scenario of scenarios/",
                );
                let message = format!(
                    "call {} of case \"{}\" plays unknown scenario \"{id}\"",
                    i + 1,
                    case.id
                );
                d.push(codes::at("E601", src, span.clone(), message).help(help));
                previous = None;
            }
            Some(s) => {
                let at = s.value.call_at;
                if let Some((before, before_at)) = previous
                    && at <= before_at
                {
                    let message = format!(
                        "call {} (\"{id}\", call_at {at}) is not later than the call before it (\"{before}\", {before_at})",
                        i + 1
                    );
                    d.push(codes::at("E602", src, span.clone(), message).help(
                        "each call's scenario has its own `call_at`: later calls must be later",
                    ));
                }
                previous = Some((id, at));
            }
        }
        if i == 0 && !call.when.is_empty() {
            let span = key_in(text, "when", items[0].clone()).unwrap_or(span);
            d.push(
                codes::at(
                    "E607",
                    src,
                    span,
                    format!("the first call of case \"{}\" has a `when`", case.id),
                )
                .help("the first call always happens: `when` belongs on the calls after it"),
            );
        }
    }
}

/// E603: keeping bands whose `asks_up_to` does not increase, or a `kept_percent` above 100.
fn check_keeping(case: &Case, src: &SourceText, d: &mut Vec<Diagnostic>) {
    let text = &src.text;
    let key = key_in(text, "keeping", 0..text.len()).unwrap_or(0..0);
    let mut items = list_items(text, &key);
    items.resize(case.keeping.len(), key.clone());
    let at = |i: usize, field: &str| -> Range<usize> {
        field_value(text, field, &items[i]).unwrap_or(items[i].start..items[i].start)
    };
    for (i, band) in case.keeping.iter().enumerate() {
        if band.kept_percent > 100 {
            let message = format!(
                "keeping band {} keeps {}% of promises",
                i + 1,
                band.kept_percent
            );
            d.push(
                codes::at("E603", src, at(i, "kept_percent"), message).help("a percent is 0..=100"),
            );
        }
        if let Some(before) = i.checked_sub(1).map(|j| case.keeping[j])
            && band.asks_up_to <= before.asks_up_to
        {
            let message = format!(
                "keeping band {} (asks up to {}%) does not ask more than the band before it ({}%)",
                i + 1,
                band.asks_up_to,
                before.asks_up_to
            );
            d.push(codes::at("E603", src, at(i, "asks_up_to"), message).help(
                "list the bands by increasing `asks_up_to`: the first band the terms fit applies",
            ));
        }
    }
}

/// E606: a kept or broken tag that the vocabulary lacks or that is not an event.
fn check_case_tags(lib: &Library, case: &Case, src: &SourceText, d: &mut Vec<Diagnostic>) {
    let vocabulary: Vec<(&str, TagKind)> = lib
        .tags
        .iter()
        .flat_map(|t| t.value.0.iter().map(|t| (t.id.as_str(), t.kind)))
        .collect();
    let loc = Locator::new(src);
    for (field, tags) in [
        ("kept_tags", &case.kept_tags),
        ("broken_tags", &case.broken_tags),
    ] {
        let range =
            key_in(&src.text, field, 0..src.text.len()).map_or(0..0, |k| k.start..src.text.len());
        for tag in tags {
            let span = loc.within(tag, &range);
            let (message, help) = match vocabulary.iter().find(|(id, _)| id == tag) {
                Some((_, TagKind::Event)) => continue,
                Some(_) => (
                    format!(
                        "`{field}` tag \"{tag}\" is a behaviour; the case puts it on file as an event"
                    ),
                    "use an event tag (e.g. promise-kept, promise-broken)".to_string(),
                ),
                None => (
                    format!("`{field}` names unknown tag \"{tag}\""),
                    suggest(
                        tag,
                        vocabulary.iter().map(|(id, _)| *id),
                        "add it to scenarios/tags.ron as an Event, or fix the spelling",
                    ),
                ),
            };
            d.push(codes::at("E606", src, span, message).help(help));
        }
    }
}

/// The case files and messages of one language: every case has its file (E307) with the
/// case messages (E302) and known variables (E305, E306); a case file no case uses is W304.
pub(super) fn check_case_text(
    lib: &Library,
    files: &LocaleFiles,
    lang_dir: &Path,
    lang: &str,
    rules: &[&str],
    d: &mut Vec<Diagnostic>,
) {
    for loaded in &lib.cases {
        let id = &loaded.value.id;
        let mut expected = Expected::default();
        for (message, what) in CASE_MESSAGES {
            expected.add(message, what);
        }
        match files.cases.get(id) {
            Some(ftl) => {
                check_expected(ftl, &expected, lang, true, d);
                check_variables(ftl, rules, lang, d);
            }
            None => {
                let path = lang_dir.join("cases").join(format!("{id}.ftl"));
                let message = format!("case \"{id}\" has no {} text", lang_name(lang));
                d.push(codes::file("E307", &path, message).help(
                    "create it with `case-title`, `case-brief`, `case-between` and `case-end`",
                ));
            }
        }
    }
    for (id, ftl) in &files.cases {
        let broken = lib.load_diagnostics.iter().any(|d| {
            d.file
                .ends_with(Path::new("scenarios/cases").join(format!("{id}.ron")))
        });
        if lib.case(id).is_none() && !broken {
            d.push(
                codes::at(
                    "W304",
                    &ftl.source,
                    0..0,
                    format!("no case \"{id}\" uses this file"),
                )
                .help(format!("remove it, or create scenarios/cases/{id}.ron")),
            );
        }
    }
}
