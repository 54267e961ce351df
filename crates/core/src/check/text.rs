//! `E3xx` checks on the Fluent text: every language has the files and messages the content
//! needs (E302, E307, W303), nothing it does not (W304), no message id is defined in two
//! files of one bundle (E308), and every budget category has its label (E309). The variables
//! and plurals of each message are checked in [`super::plurals`]; Fluent syntax errors (E301)
//! come from the loader.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use fluent_syntax::ast;

use crate::compile::{Locator, suggest};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::{FtlFile, Library, Loaded, LocaleFiles, REFERENCE_LANG};
use crate::content::model::{Node, Scenario};
use crate::content::negotiation::Finances;

use super::Scope;
use super::plurals::{check_variables, plural_categories};

/// Where each message and attribute is defined in a Fluent file.
pub(super) struct FtlIndex {
    messages: HashMap<String, usize>,
    attributes: HashMap<(String, String), usize>,
}

impl FtlIndex {
    pub(super) fn new(src: &SourceText) -> Self {
        let mut messages = HashMap::new();
        let mut attributes = HashMap::new();
        let mut current: Option<String> = None;
        let mut offset = 0;
        for line in src.text.split_inclusive('\n') {
            let ident_end = |s: &str| {
                s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(s.len())
            };
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let end = ident_end(line);
                if line[end..].trim_start().starts_with('=') {
                    messages.entry(line[..end].to_string()).or_insert(offset);
                    current = Some(line[..end].to_string());
                }
            } else if line.starts_with('-') || line.starts_with('#') {
                current = None;
            } else if let Some(rest) = line.trim_start().strip_prefix('.')
                && line.starts_with([' ', '\t'])
                && let Some(m) = &current
            {
                let end = ident_end(rest);
                if rest[end..].trim_start().starts_with('=') {
                    let col = line.len() - line.trim_start().len();
                    attributes
                        .entry((m.clone(), rest[..end].to_string()))
                        .or_insert(offset + col);
                }
            }
            offset += line.len();
        }
        FtlIndex {
            messages,
            attributes,
        }
    }

    pub(super) fn message(&self, id: &str) -> Range<usize> {
        self.messages.get(id).map_or(0..0, |&o| o..o + id.len())
    }

    pub(super) fn attribute(&self, id: &str, attr: &str) -> Range<usize> {
        self.attributes
            .get(&(id.to_string(), attr.to_string()))
            .map_or_else(|| self.message(id), |&o| o..o + attr.len() + 1)
    }
}

/// What a Fluent file must contain: per message id, whether it needs a value, its required
/// and its optional attributes.
#[derive(Default)]
pub(super) struct Expected {
    messages: BTreeMap<String, ExpectedMessage>,
}

#[derive(Default)]
pub(super) struct ExpectedMessage {
    value: bool,
    /// Attributes that must be there (error when missing).
    attrs: Vec<String>,
    /// Attributes that should be there (warning when missing).
    soft_attrs: Vec<String>,
    /// Attributes that may be there (no diagnostic either way here; a rule's `.citation`,
    /// whose parity across languages [`check_citation_parity`] checks).
    optional_attrs: Vec<String>,
    /// The message as a whole is only advised (coaching notes).
    soft: bool,
    /// What the message is for, in the diagnostic.
    what: String,
}

impl Expected {
    pub(super) fn add(
        &mut self,
        id: impl Into<String>,
        what: impl Into<String>,
    ) -> &mut ExpectedMessage {
        let m = self.messages.entry(id.into()).or_default();
        m.value = true;
        m.what = what.into();
        m
    }
}

/// Checks the text of every language for the scenarios in scope and, for the whole
/// library, the orphan files, tags, rubrics, interface text and shared message ids.
pub(super) fn check_text(lib: &Library, scope: &Scope, d: &mut Vec<Diagnostic>) {
    let whole = *scope == Scope::All;
    if !lib.locales.contains_key(REFERENCE_LANG) {
        d.push(
            codes::file(
                "E307",
                &lib.root.join("locales").join(REFERENCE_LANG),
                "there is no English text (locales/en/)",
            )
            .help("English is the reference language every other language falls back to"),
        );
    }
    for lang in &lib.languages() {
        let files = &lib.locales[lang];
        let lang_dir = lib.root.join("locales").join(lang);
        let rules = plural_categories(lang);
        for loaded in &lib.scenarios {
            if scope.includes(&loaded.value.id) {
                check_scenario_text(loaded, files, &lang_dir, lang, &rules, d);
                check_budget_labels(loaded, files, lang, d);
            }
        }
        if !whole {
            continue;
        }
        check_orphan_files(lib, files, d);
        check_tag_text(lib, files, &lang_dir, lang, d);
        check_rubric_text(lib, files, &lang_dir, lang, d);
        check_interface_text(lib, files, &lang_dir, lang, &rules, d);
        check_shared_message_ids(files, d);
        super::cases::check_case_text(lib, files, &lang_dir, lang, &rules, d);
        super::calendars::check_holiday_text(lib, files, lang, d);
    }
    if whole {
        check_citation_parity(lib, d);
    }
}

/// W310: a rule whose message has a `.citation` in one language's rubric file and none in
/// another's (the debrief would show that language the RON citation, untranslated); at the
/// rule's message in the file that lacks it, naming where the citation is.
fn check_citation_parity(lib: &Library, d: &mut Vec<Diagnostic>) {
    for r in &lib.rubrics {
        let mut files: Vec<(&str, &FtlFile)> = lib
            .locales
            .iter()
            .filter_map(|(lang, l)| Some((lang.as_str(), l.rubrics.get(&r.value.id)?)))
            .collect();
        files.sort_by_key(|(lang, _)| (*lang != REFERENCE_LANG, *lang));
        let attrs: Vec<HashMap<String, Vec<String>>> = files
            .iter()
            .map(|(_, f)| message_ids(f).into_iter().collect())
            .collect();
        for rule in &r.value.rules {
            let has = |i: usize| {
                attrs[i]
                    .get(&rule.id)
                    .is_some_and(|a| a.iter().any(|x| x == "citation"))
            };
            let Some(with) = (0..files.len()).find(|&i| has(i)) else {
                continue;
            };
            let (with_lang, with_file) = files[with];
            let at = FtlIndex::new(&with_file.source).attribute(&rule.id, "citation");
            let (line, _) = with_file.source.line_col(at.start);
            for (i, (lang, ftl)) in files.iter().enumerate() {
                if has(i) || !attrs[i].contains_key(&rule.id) {
                    continue;
                }
                let idx = FtlIndex::new(&ftl.source);
                d.push(
                    codes::at(
                        "W310",
                        &ftl.source,
                        idx.message(&rule.id),
                        format!(
                            "rule {} has no {} citation (`.citation`), but has one in {} ({}:{line})",
                            rule.id,
                            lang_name(lang),
                            lang_name(with_lang),
                            with_file.source.path.display()
                        ),
                    )
                    .help(format!(
                        "add the line `    .citation = …` under `{} =` in {}; without it the \
                         {} debrief shows the untranslated citation from the rubric's RON",
                        rule.id,
                        ftl.source.path.display(),
                        lang_name(lang)
                    )),
                );
            }
        }
    }
}

/// What a scenario's Fluent file must contain: title, briefing, product, speakers, a line
/// per Say and End node (and per extra wording), a text per choice, the desk's question and
/// decisions, coaching notes, and the collector's note on each history entry.
fn expected_scenario_text(sc: &Scenario) -> Expected {
    let mut expected = Expected::default();
    expected.add("title", "the scenario's title");
    expected.add("briefing", "the briefing shown before the call");
    expected.add("product", "the product the debt is for");
    for (id, node) in &sc.nodes.0 {
        if let Some(key) = node.speaker() {
            expected.add(
                format!("speaker-{key}"),
                format!("the name shown for speaker \"{key}\""),
            );
        }
        match node {
            Node::Say(say) => {
                let m = expected.add(id.clone(), format!("the debtor's line at node \"{id}\""));
                m.attrs = say.choices.iter().map(|c| c.id.clone()).collect();
                for v in 2..=say.variants {
                    expected.add(
                        format!("{id}-v{v}"),
                        format!("wording {v} of the line at node \"{id}\""),
                    );
                }
                let why = expected.add(
                    format!("{id}-why"),
                    format!("the coaching notes of node \"{id}\""),
                );
                why.value = false;
                why.soft = true;
                why.soft_attrs = say.choices.iter().map(|c| c.id.clone()).collect();
            }
            Node::End(end) => {
                expected.add(
                    id.clone(),
                    format!("the debtor's last line at node \"{id}\""),
                );
                for v in 2..=end.variants {
                    expected.add(
                        format!("{id}-v{v}"),
                        format!("wording {v} of the last line at node \"{id}\""),
                    );
                }
            }
            Node::Desk(desk) => {
                let m = expected.add(id.clone(), format!("the desk's question at node \"{id}\""));
                m.attrs = desk.choices.iter().map(|c| c.id.clone()).collect();
                let why = expected.add(
                    format!("{id}-why"),
                    format!("the coaching notes of the desk \"{id}\""),
                );
                why.value = false;
                why.soft = true;
                why.soft_attrs = desk.choices.iter().map(|c| c.id.clone()).collect();
            }
            Node::Branch(_) => {}
        }
    }
    for entry in &sc.history {
        expected.add(
            format!("history-{}", entry.id),
            format!("the collector's note on history entry \"{}\"", entry.id),
        );
    }
    expected
}

/// One scenario's text in one language: the file (E307), its messages and variables.
fn check_scenario_text(
    loaded: &Loaded<Scenario>,
    files: &LocaleFiles,
    lang_dir: &Path,
    lang: &str,
    rules: &[&str],
    d: &mut Vec<Diagnostic>,
) {
    let sc = &loaded.value;
    let expected = expected_scenario_text(sc);
    let path = lang_dir.join("scenarios").join(format!("{}.ftl", sc.id));
    match files.scenarios.get(&sc.id) {
        None => {
            let message = format!("scenario \"{}\" has no {} text", sc.id, lang_name(lang));
            d.push(codes::file("E307", &path, message).help(format!(
                "create {} with a message for every node and choice \
                 (copy the English file and translate it)",
                path.display()
            )));
        }
        Some(ftl) => {
            check_expected(ftl, &expected, lang, true, d);
            check_variables(ftl, rules, lang, d);
        }
    }
}

/// The `budget-<key>` messages of `ui.ftl` that are interface labels of the budget card
/// (`records::budget`), not category labels: a category with one of these keys would show the
/// wrong text.
const BUDGET_INTERFACE_LABELS: [&str; 11] = [
    "title",
    "business-title",
    "income",
    "outgoings",
    "priority",
    "available",
    "pay-now",
    "runs",
    "approver",
    "cash",
    "undisputed",
];

/// The budget category keys of a scenario's finances (income, outgoings, priority debts).
fn budget_keys(sc: &Scenario) -> Vec<&str> {
    match &sc.finances {
        Some(Finances::Consumer(c)) => c
            .income
            .keys()
            .chain(c.outgoings.keys())
            .chain(c.priority_debts.keys())
            .map(String::as_str)
            .collect(),
        _ => Vec::new(),
    }
}

/// E309: a budget category whose `budget-<key>` label this language's `ui.ftl` lacks, or whose
/// key is one of the budget card's own labels; at the key in the scenario's RON.
fn check_budget_labels(
    loaded: &Loaded<Scenario>,
    files: &LocaleFiles,
    lang: &str,
    d: &mut Vec<Diagnostic>,
) {
    let Some(ui) = &files.ui else { return };
    let keys = budget_keys(&loaded.value);
    if keys.is_empty() {
        return;
    }
    let labels: BTreeSet<String> = message_ids(ui)
        .into_iter()
        .filter_map(|(id, _)| id.strip_prefix("budget-").map(str::to_string))
        .filter(|k| !BUDGET_INTERFACE_LABELS.contains(&k.as_str()))
        .collect();
    let src = &loaded.source;
    let loc = Locator::new(src);
    let finances = loc.field("finances").start..src.text.len();
    for key in keys {
        let (message, help) = if BUDGET_INTERFACE_LABELS.contains(&key) {
            (
                format!(
                    "budget category \"{key}\" has the key of a budget card label (`budget-{key}`)"
                ),
                suggest(
                    key,
                    labels.iter().map(String::as_str),
                    "use a category key such as \"earnings\" or \"housing\"",
                ),
            )
        } else if !labels.contains(key) {
            (
                format!(
                    "budget category \"{key}\" has no {} label (message \"budget-{key}\" in {})",
                    lang_name(lang),
                    ui.source.path.display()
                ),
                suggest(
                    key,
                    labels.iter().map(String::as_str),
                    &format!(
                        "use a category that has a label, or add `budget-{key} = …` to every language's ui.ftl"
                    ),
                ),
            )
        } else {
            continue;
        };
        d.push(codes::at("E309", src, loc.within(key, &finances), message).help(help));
    }
}

/// W304 for scenario text no scenario uses, and for files callcoach does not read.
fn check_orphan_files(lib: &Library, files: &LocaleFiles, d: &mut Vec<Diagnostic>) {
    for (id, ftl) in &files.scenarios {
        if lib.scenario(id).is_none() && !lib.broken_scenarios.contains_key(id) {
            d.push(
                codes::at(
                    "W304",
                    &ftl.source,
                    0..0,
                    format!("no scenario \"{id}\" uses this file"),
                )
                .help(format!("remove it, or create scenarios/{id}.ron")),
            );
        }
    }
    for ftl in &files.other {
        d.push(
            codes::at(
                "W304",
                &ftl.source,
                0..0,
                "callcoach does not read this file".to_string(),
            )
            .help("text lives in ui.ftl, tags.ftl, rubrics/<id>.ftl and scenarios/<id>.ftl"),
        );
    }
}

/// The tag descriptions of one language (`tag-<id>` in tags.ftl).
fn check_tag_text(
    lib: &Library,
    files: &LocaleFiles,
    lang_dir: &Path,
    lang: &str,
    d: &mut Vec<Diagnostic>,
) {
    let Some(tags) = &lib.tags else { return };
    let mut expected = Expected::default();
    for t in &tags.value.0 {
        expected.add(
            format!("tag-{}", t.id),
            format!("the description of tag \"{}\"", t.id),
        );
    }
    match &files.tags {
        Some(ftl) => check_expected(ftl, &expected, lang, true, d),
        None => d.push(
            codes::file(
                "E307",
                &lang_dir.join("tags.ftl"),
                format!("there are no {} tag descriptions", lang_name(lang)),
            )
            .help("create tags.ftl with `tag-<id> = …` for every tag"),
        ),
    }
}

/// Every rubric's text in one language: its title, and each rule's title and coaching.
fn check_rubric_text(
    lib: &Library,
    files: &LocaleFiles,
    lang_dir: &Path,
    lang: &str,
    d: &mut Vec<Diagnostic>,
) {
    for r in &lib.rubrics {
        let mut expected = Expected::default();
        expected.add(format!("rubric-{}", r.value.id), "the rubric's title");
        for rule in &r.value.rules {
            let m = expected.add(rule.id.clone(), format!("the title of rule {}", rule.id));
            m.attrs = vec!["coaching".to_string()];
            m.optional_attrs = vec!["citation".to_string()];
        }
        match files.rubrics.get(&r.value.id) {
            Some(ftl) => check_expected(ftl, &expected, lang, true, d),
            None => {
                let path = lang_dir.join("rubrics").join(format!("{}.ftl", r.value.id));
                d.push(
                    codes::file(
                        "E307",
                        &path,
                        format!("rubric \"{}\" has no {} text", r.value.id, lang_name(lang)),
                    )
                    .help("create it with the rubric title and each rule's title and `.coaching`"),
                );
            }
        }
    }
}

/// The interface text (ui.ftl) of one language: everything English has.
fn check_interface_text(
    lib: &Library,
    files: &LocaleFiles,
    lang_dir: &Path,
    lang: &str,
    rules: &[&str],
    d: &mut Vec<Diagnostic>,
) {
    let reference = lib.locales.get(REFERENCE_LANG).and_then(|l| l.ui.as_ref());
    match (&files.ui, reference) {
        (Some(ui), Some(en)) => {
            let mut expected = Expected::default();
            for (id, attrs) in message_ids(en) {
                let m = expected.add(id.clone(), format!("the interface text \"{id}\""));
                m.attrs = attrs;
            }
            check_expected(ui, &expected, lang, lang != REFERENCE_LANG, d);
            check_variables(ui, rules, lang, d);
        }
        (None, _) => d.push(
            codes::file(
                "E307",
                &lang_dir.join("ui.ftl"),
                format!("there is no {} interface text", lang_name(lang)),
            )
            .help("create ui.ftl (copy the English one and translate it)"),
        ),
        _ => {}
    }
}

/// E308: a message id defined in two of the files that share one bundle (ui.ftl, tags.ftl
/// and the rubric files).
fn check_shared_message_ids(files: &LocaleFiles, d: &mut Vec<Diagnostic>) {
    let mut owners: HashMap<String, &SourceText> = HashMap::new();
    for f in files
        .ui
        .iter()
        .chain(files.tags.iter())
        .chain(files.rubrics.values())
    {
        for (id, _) in message_ids(f) {
            if let Some(first) = owners.insert(id.clone(), &f.source)
                && first.path != f.source.path
            {
                let idx = FtlIndex::new(&f.source);
                let message = format!(
                    "message \"{id}\" is also defined in {}",
                    first.path.display()
                );
                d.push(
                    codes::at("E308", &f.source, idx.message(&id), message).help(
                        "message ids of ui.ftl, tags.ftl and the rubric files share one namespace: \
                     rename one",
                    ),
                );
            }
        }
    }
}

pub(super) fn lang_name(lang: &str) -> String {
    match lang {
        "en" => "English".into(),
        "pl" => "Polish".into(),
        other => format!("\"{other}\""),
    }
}

/// Message ids of a file with their attribute names.
fn message_ids(f: &FtlFile) -> Vec<(String, Vec<String>)> {
    f.resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some((
                m.id.name.to_string(),
                m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
            )),
            _ => None,
        })
        .collect()
}

/// Checks a Fluent file against what it must contain: missing messages and attributes
/// (E302, W303) and, when `report_orphans`, messages and attributes nothing uses (W304).
pub(super) fn check_expected(
    ftl: &FtlFile,
    expected: &Expected,
    lang: &str,
    report_orphans: bool,
    d: &mut Vec<Diagnostic>,
) {
    let idx = FtlIndex::new(&ftl.source);
    let mut present: HashMap<String, (bool, BTreeSet<String>)> = HashMap::new();
    for e in ftl.resource.entries() {
        if let ast::Entry::Message(m) = e {
            present.insert(
                m.id.name.to_string(),
                (
                    m.value.is_some(),
                    m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                ),
            );
        }
    }
    let file = ExpectedFile {
        ftl,
        idx: &idx,
        lang,
        report_orphans,
    };
    for (id, want) in &expected.messages {
        match present.get(id) {
            None => file.missing_message(id, want, d),
            Some((has_value, attrs)) => file.present_message(id, want, *has_value, attrs, d),
        }
    }
    if report_orphans {
        for id in present.keys() {
            // `<line>-spoken` gives a line's words for the voice (docs/voice.md).
            let spoken_of_a_line = id
                .strip_suffix(crate::voice::lines::SPOKEN_SUFFIX)
                .is_some_and(|line| expected.messages.contains_key(line));
            if !expected.messages.contains_key(id) && !spoken_of_a_line {
                d.push(
                    codes::at(
                        "W304",
                        &ftl.source,
                        idx.message(id),
                        format!("message \"{id}\" is not used"),
                    )
                    .help("remove it, or check the node id's spelling"),
                );
            }
        }
    }
}

/// The Fluent file [`check_expected`] is checking, and how.
struct ExpectedFile<'a> {
    ftl: &'a FtlFile,
    idx: &'a FtlIndex,
    lang: &'a str,
    report_orphans: bool,
}

impl ExpectedFile<'_> {
    /// A message the file does not have: E302, or W303 for coaching notes.
    fn missing_message(&self, id: &str, want: &ExpectedMessage, d: &mut Vec<Diagnostic>) {
        let (ftl, lang) = (self.ftl, self.lang);
        if want.soft {
            if !want.soft_attrs.is_empty() {
                let message = format!(
                    "no {} coaching notes for node \"{}\"",
                    lang_name(lang),
                    id.trim_end_matches("-why")
                );
                d.push(
                    codes::at("W303", &ftl.source, end_of(&ftl.source), message).help(format!(
                        "add `{id} =` with an attribute per choice ({}) \
                         saying why it is good or bad",
                        want.soft_attrs.join(", ")
                    )),
                );
            }
            return;
        }
        let path = ftl.source.path.display().to_string();
        d.push(
            codes::at(
                "E302",
                &ftl.source,
                end_of(&ftl.source),
                format!(
                    "no {} text for {} (message \"{id}\")",
                    lang_name(lang),
                    want.what
                ),
            )
            .help(format!("add `{id} = …` to {path}")),
        );
    }

    /// A message the file has: its own text and attributes (E302, W303), and attributes
    /// nothing uses (W304).
    fn present_message(
        &self,
        id: &str,
        want: &ExpectedMessage,
        has_value: bool,
        attrs: &BTreeSet<String>,
        d: &mut Vec<Diagnostic>,
    ) {
        let (ftl, idx, lang) = (self.ftl, self.idx, self.lang);
        let path = ftl.source.path.display().to_string();
        if want.value && !has_value {
            d.push(
                codes::at(
                    "E302",
                    &ftl.source,
                    idx.message(id),
                    format!("message \"{id}\" has no text of its own ({})", want.what),
                )
                .help(format!("write the text after `{id} =`")),
            );
        }
        for a in &want.attrs {
            if !attrs.contains(a) {
                let what = if id.starts_with(|c: char| c.is_ascii_uppercase()) || a == "coaching" {
                    format!("no {} {a} text for rule {id}", lang_name(lang))
                } else {
                    format!(
                        "no {} text for choice \"{a}\" of node \"{id}\"",
                        lang_name(lang)
                    )
                };
                d.push(
                    codes::at("E302", &ftl.source, idx.message(id), what).help(format!(
                        "add the line `    .{a} = …` under `{id} =` in {path}"
                    )),
                );
            }
        }
        for a in &want.soft_attrs {
            if !attrs.contains(a) {
                let message = format!(
                    "no {} coaching note for choice \"{a}\" of node \"{}\"",
                    lang_name(lang),
                    id.trim_end_matches("-why")
                );
                d.push(
                    codes::at("W303", &ftl.source, idx.message(id), message).help(format!(
                        "add `    .{a} = …` under `{id} =`: \
                         why the choice is good or bad, and what is better"
                    )),
                );
            }
        }
        if self.report_orphans {
            // A set, not a scan of the lists per attribute: a node may have many choices.
            let wanted: HashSet<&str> = want
                .attrs
                .iter()
                .chain(&want.soft_attrs)
                .chain(&want.optional_attrs)
                .map(String::as_str)
                .collect();
            for a in attrs {
                if !wanted.contains(a.as_str()) {
                    d.push(
                        codes::at(
                            "W304",
                            &ftl.source,
                            idx.attribute(id, a),
                            format!("attribute \"{id}.{a}\" is not used"),
                        )
                        .help("remove it, or check the choice id's spelling"),
                    );
                }
            }
        }
    }
}

/// The empty span at the end of a file.
fn end_of(src: &SourceText) -> Range<usize> {
    let end = src.text.len();
    end..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_keys_are_every_category_of_a_consumer_budget() {
        use crate::check::negotiation::tests::{DEAL_BASE, compiled};
        let (lib, _) = compiled(DEAL_BASE);
        let keys = budget_keys(&lib.scenarios[0].value);
        assert_eq!(keys, ["earnings", "food", "housing", "council-tax"]);
        let mut none = lib.scenarios[0].value.clone();
        none.finances = None;
        assert!(budget_keys(&none).is_empty());
    }

    #[test]
    fn ftl_index_finds_messages_and_attributes() {
        let src = SourceText::new(
            "x.ftl",
            "# c\nopening = Hi\n    .polite = Hello\nend = Bye\n",
        );
        let idx = FtlIndex::new(&src);
        assert_eq!(src.line_col(idx.message("end").start), (4, 1));
        assert_eq!(
            src.line_col(idx.attribute("opening", "polite").start),
            (3, 5)
        );
        assert_eq!(idx.attribute("opening", "nope"), idx.message("opening"));
    }
}
