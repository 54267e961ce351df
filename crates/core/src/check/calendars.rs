//! `E6xx` checks on holiday calendars (`scenarios/calendars/<id>.ron`): the id against the
//! file name (E604), a call or callback date outside the years a calendar its `CallDays`
//! rules name covers (W605, where the holiday list says nothing), and every holiday's name
//! in each language's `ui.ftl` (`holiday-<name>`, E302). A `CallDays` rule naming a calendar
//! the library lacks is E604 on the rubric ([`super::rubrics`]).

use chrono::NaiveDate;

use crate::compile::Locator;
use crate::content::codes;
use crate::content::diagnostic::Diagnostic;
use crate::content::history::Calendar;
use crate::content::loader::{Library, Loaded, LocaleFiles, REFERENCE_LANG};
use crate::content::model::{Check, Node, Scenario};

use super::Scope;
use super::history::call_local;
use super::spans::field_value;
use super::text::{Expected, check_expected};

/// E604: a calendar whose id is not its file name.
pub(super) fn check_calendars(lib: &Library, d: &mut Vec<Diagnostic>) {
    for loaded in &lib.calendars {
        let (src, id) = (&loaded.source, &loaded.value.id);
        if src
            .path
            .file_stem()
            .is_some_and(|s| s.to_string_lossy() == *id)
        {
            continue;
        }
        let span = Locator::new(src)
            .find(id, 0, src.text.len())
            .unwrap_or(0..0);
        let message = format!("calendar id \"{id}\" does not match its file name");
        d.push(codes::at("E604", src, span, message).help(
            "name the file scenarios/calendars/<id>.ron: `CallDays` rules name calendars by id",
        ));
    }
}

/// The calendars the `CallDays` rules of a scenario's rubrics name (those that exist).
fn named_calendars<'a>(lib: &'a Library, sc: &Scenario) -> Vec<&'a Loaded<Calendar>> {
    let mut out: Vec<&Loaded<Calendar>> = Vec::new();
    let rules = sc
        .rubrics
        .iter()
        .filter_map(|id| lib.rubric(id))
        .flat_map(|r| r.value.rules.iter());
    for rule in rules {
        if let Check::CallDays(_, Some(id)) = &rule.check
            && let Some(calendar) = lib.calendar(id)
            && !out.iter().any(|c| c.value.id == *id)
        {
            out.push(calendar);
        }
    }
    out
}

/// W605: for each scenario in scope, its call date and callback dates against the years of
/// every calendar its `CallDays` rules name.
pub(super) fn check_scenario_dates(lib: &Library, scope: &Scope, d: &mut Vec<Diagnostic>) {
    if lib.calendars.is_empty() {
        return;
    }
    for loaded in lib.scenarios.iter().filter(|s| scope.includes(&s.value.id)) {
        let sc = &loaded.value;
        let calendars = named_calendars(lib, sc);
        if calendars.is_empty() {
            continue;
        }
        let src = &loaded.source;
        let loc = Locator::new(src);
        let call_span = field_value(&src.text, "call_at", &(0..src.text.len())).unwrap_or(0..0);
        let mut dates = vec![(
            call_local(sc).date(),
            "the call".to_string(),
            call_span.clone(),
        )];
        for (id, node) in &sc.nodes.0 {
            let choices = match node {
                Node::Say(say) => &say.choices,
                Node::Desk(desk) => &desk.choices,
                _ => continue,
            };
            for c in choices {
                if let Some(at) = c.callback {
                    let written = at.format("%Y-%m-%dT%H:%M:%S").to_string();
                    let span = loc
                        .find(&written, 0, src.text.len())
                        .unwrap_or(call_span.clone());
                    dates.push((
                        at.date(),
                        format!("the callback of choice \"{id}.{}\"", c.id),
                        span,
                    ));
                }
            }
        }
        for calendar in calendars {
            for (date, what, span) in &dates {
                report_outside(calendar, *date, what, span, loaded, d);
            }
        }
    }
}

/// One W605, when `date` is outside the calendar's years.
fn report_outside(
    calendar: &Loaded<Calendar>,
    date: NaiveDate,
    what: &str,
    span: &std::ops::Range<usize>,
    loaded: &Loaded<Scenario>,
    d: &mut Vec<Diagnostic>,
) {
    let c = &calendar.value;
    if c.covers(date) {
        return;
    }
    let message = format!(
        "{what} falls on {date}, outside the years holiday calendar \"{}\" covers ({}–{})",
        c.id, c.years.0, c.years.1
    );
    d.push(
        codes::at("W605", &loaded.source, span.clone(), message).help(format!(
            "extend {} to that year (with its holidays), or move the date",
            calendar.source.path.display()
        )),
    );
}

/// E302: every holiday name's `holiday-<name>` in this language's `ui.ftl` (for another
/// language than English, the names English has are already required by the interface
/// check).
pub(super) fn check_holiday_text(
    lib: &Library,
    files: &LocaleFiles,
    lang: &str,
    d: &mut Vec<Diagnostic>,
) {
    let Some(ui) = &files.ui else { return };
    let english = lib
        .locales
        .get(REFERENCE_LANG)
        .and_then(|l| l.ui.as_ref())
        .filter(|_| lang != REFERENCE_LANG);
    let mut expected = Expected::default();
    for loaded in &lib.calendars {
        for h in &loaded.value.holidays {
            let id = format!("holiday-{}", h.name);
            if english.is_some_and(|en| en.resource.entries().any(|e| is_message(e, &id))) {
                continue;
            }
            expected.add(
                id,
                format!("the name of holiday \"{}\" ({})", h.name, loaded.value.id),
            );
        }
    }
    check_expected(ui, &expected, lang, false, d);
}

/// Whether a Fluent entry is the message `id`.
fn is_message(entry: &fluent_syntax::ast::Entry<&str>, id: &str) -> bool {
    matches!(entry, fluent_syntax::ast::Entry::Message(m) if m.id.name == id)
}
