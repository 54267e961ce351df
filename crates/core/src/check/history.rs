//! `E5xx` checks on the account's history and the pre-call desk: one desk, and only as the
//! start node (E501); entries with unique valid ids (E503), dated before the call (E504), in
//! date order (W508), without typed `text` (E509); replies that answer a message written
//! before them (E505); payments and missed payments under a promise the history holds (E506);
//! promises whose terms could have been agreed (E507); `previous_call` entries only in a
//! scenario a case plays as a later call (E512); and rules about placing the call that the
//! call breaks before the trainee can decide, in a scenario without a desk (W511).
//! (E502, the desk's `places-call` tag, is the compiler's.)

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDateTime;
use rust_decimal::Decimal;

use crate::compile::{CCheck, CompiledScenario, Locator, RuleFact, is_identifier, suggest};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::history::{Entry, Happened};
use crate::content::loader::{Library, Loaded};
use crate::content::model::{Node, Scenario};
use crate::content::negotiation::Terms;

use super::spans::{field_value, key_in, list_items};

/// Every history and desk check of one scenario; `compiled` when it compiled (for W511).
pub(super) fn check(
    lib: &Library,
    loaded: &Loaded<Scenario>,
    compiled: Option<&CompiledScenario>,
    d: &mut Vec<Diagnostic>,
) {
    let sc = &loaded.value;
    let src = &loaded.source;
    if sc.nodes.0.iter().any(|(_, n)| matches!(n, Node::Desk(_))) {
        check_desks(sc, src, d);
    }
    if let Some(compiled) = compiled {
        check_placing(compiled, src, d);
    }
    if sc.history.is_empty() {
        return;
    }
    let written = Written::new(src, sc.history.len());
    check_entries(sc, &written, d);
    for (i, entry) in sc.history.iter().enumerate() {
        check_links(sc, i, entry, &written, d);
    }
    check_previous_call(lib, sc, &written, d);
}

/// Where the history's entries are written.
struct Written<'a> {
    src: &'a SourceText,
    /// Each entry's `(…)`, in file order (= the order of `Scenario::history`).
    items: Vec<Range<usize>>,
}

impl<'a> Written<'a> {
    fn new(src: &'a SourceText, entries: usize) -> Self {
        let text = &src.text;
        let key = key_in(text, "history", 0..text.len()).unwrap_or(0..0);
        let mut items = list_items(text, &key);
        items.resize(entries, key.clone());
        Written { src, items }
    }

    /// The value of a field of entry `i` (else the entry, else the `history` key).
    fn field(&self, i: usize, name: &str) -> Range<usize> {
        let item = &self.items[i];
        field_value(&self.src.text, name, item).unwrap_or(item.start..item.start)
    }

    /// The entry's id.
    fn id(&self, i: usize) -> Range<usize> {
        self.field(i, "id")
    }
}

/// The call's local time, as the compiler computes it (`CompiledScenario::call_local`).
pub(super) fn call_local(sc: &Scenario) -> NaiveDateTime {
    crate::compile::limits::local_time(sc.call_at, sc.debtor.utc_offset_minutes)
}

/// A date and time as the desk shows it.
fn when(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// E501: a desk that is not the start node, or a second desk.
fn check_desks(sc: &Scenario, src: &SourceText, d: &mut Vec<Diagnostic>) {
    let is_desk = |(_, n): &&(String, Node)| matches!(n, Node::Desk(_));
    if !sc.nodes.0.iter().any(|n| is_desk(&n)) {
        return; // No desk: skip indexing the file (large scenarios pay for it).
    }
    let loc = Locator::new(src);
    let desks = sc.nodes.0.iter().filter(is_desk);
    for (k, (id, _)) in desks.enumerate() {
        let span = loc.node(id).unwrap_or(0..0);
        let (message, help) = if k > 0 {
            (
                format!("\"{id}\" is a second pre-call desk; a scenario has at most one"),
                "put every decision before dialling on one desk, or make this node a Say",
            )
        } else if *id != sc.start {
            (
                format!(
                    "the pre-call desk \"{id}\" is not the start node (start is \"{}\")",
                    sc.start
                ),
                "the desk is where the trainee decides before dialling: write `start: \"<desk>\"`",
            )
        } else {
            continue;
        };
        d.push(codes::at("E501", src, span, message).help(help));
    }
}

/// W511: in a scenario without a desk, a rule about placing the call that placing it
/// breaks: the trainee fails it before they can decide anything.
fn check_placing(compiled: &CompiledScenario, src: &SourceText, d: &mut Vec<Diagnostic>) {
    if compiled.desk {
        return;
    }
    let text = &src.text;
    for rule in compiled
        .rules
        .iter()
        .filter(|r| r.fact == RuleFact::Placing(false))
    {
        let field = match rule.check {
            CCheck::CallWindow(..) | CCheck::CallDays(..) => "call_at",
            _ => "history",
        };
        let span = key_in(text, field, 0..text.len())
            .or_else(|| key_in(text, "call_at", 0..text.len()))
            .unwrap_or(0..0);
        let message = format!(
            "rule {} ({}) is broken as soon as the call is placed, and without a pre-call \
             desk the trainee cannot decide not to call",
            rule.id, rule.rubric
        );
        d.push(codes::at("W511", src, span, message).help(
            "add a Desk start node with a decision not to call, or change the history or \
             `call_at` so the call may be placed",
        ));
    }
}

/// The entries one by one: ids (E503), dates against the call (E504) and the entry above
/// (W508), and typed `text` (E509).
fn check_entries(sc: &Scenario, w: &Written, d: &mut Vec<Diagnostic>) {
    let call = call_local(sc);
    let mut seen = HashSet::new();
    for (i, entry) in sc.history.iter().enumerate() {
        let id = &entry.id;
        if !seen.insert(id.as_str()) {
            d.push(
                codes::at("E503", w.src, w.id(i), format!("history entry id \"{id}\" is used twice"))
                    .help("give every entry its own id: it names the note `history-<id>` and what refers to the entry"),
            );
        } else if !is_identifier(id) {
            d.push(
                codes::at(
                    "E503",
                    w.src,
                    w.id(i),
                    format!("history entry id \"{id}\" is not a valid name"),
                )
                .help("letters, digits, '-' and '_' only, starting with a letter (e.g. h1)"),
            );
        }
        if entry.at > call {
            let message = format!(
                "history entry \"{id}\" is dated {}, after the call ({} the debtor's local time)",
                when(entry.at),
                when(call)
            );
            d.push(codes::at("E504", w.src, w.field(i, "at"), message).help(
                "the history is what is on file before the call: date it before `call_at` \
                 (local time = call_at + utc_offset_minutes)",
            ));
        }
        if let Some(above) = i.checked_sub(1).map(|j| &sc.history[j])
            && entry.at < above.at
        {
            let message = format!(
                "history entry \"{id}\" ({}) is dated before \"{}\" ({}) above it",
                when(entry.at),
                above.id,
                when(above.at)
            );
            d.push(
                codes::at("W508", w.src, w.field(i, "at"), message)
                    .help("write the history in date order, as the desk lists it"),
            );
        }
        if entry.text.is_some() {
            let span = key_in(&w.src.text, "text", w.items[i].clone()).unwrap_or(w.id(i));
            d.push(
                codes::at(
                    "E509",
                    w.src,
                    span,
                    format!("history entry \"{id}\" has `text`"),
                )
                .help(format!(
                    "write the collector's note as `history-{id} = …` in the scenario's text \
                         (`text` is for notes a case carries over from the trainee's own call)"
                )),
            );
        }
    }
}

/// The entry another names (`replies_to`, `promise`), or what is wrong with the name.
fn named<'a>(sc: &'a Scenario, name: &str) -> Result<&'a Entry, String> {
    sc.history.iter().find(|e| e.id == name).ok_or_else(|| {
        suggest(
            name,
            sc.history.iter().map(|e| e.id.as_str()),
            "name an entry of this history",
        )
    })
}

/// An entry kind in words, for messages.
fn kind_words(what: &Happened) -> &'static str {
    match what {
        Happened::Call { .. } => "a call",
        Happened::Message { .. } => "a message",
        Happened::Promise { .. } => "a promise",
        Happened::Payment { .. } => "a payment",
        Happened::Missed { .. } => "a missed payment",
    }
}

/// What entry `i` says about others: a reply's message (E505), a payment's or missed
/// payment's promise (E506), and a promise's own terms (E507).
fn check_links(sc: &Scenario, i: usize, entry: &Entry, w: &Written, d: &mut Vec<Diagnostic>) {
    let id = &entry.id;
    match &entry.what {
        Happened::Message {
            replies_to: Some(target),
            ..
        } => {
            let span = w.field(i, "replies_to");
            let problem = match named(sc, target) {
                Err(help) => Some((
                    format!("entry \"{id}\" replies to \"{target}\", which is not in the history"),
                    help,
                )),
                Ok(m) if !matches!(m.what, Happened::Message { .. }) => Some((
                    format!(
                        "entry \"{id}\" replies to \"{target}\", {}, not a message",
                        kind_words(&m.what)
                    ),
                    "a reply answers a letter, email or text: name a Message entry".into(),
                )),
                Ok(m) if entry.at < m.at => Some((
                    format!(
                        "reply \"{id}\" ({}) is dated before the message it answers, \"{target}\" ({})",
                        when(entry.at),
                        when(m.at)
                    ),
                    "a reply comes after the message it answers: fix one of the dates".into(),
                )),
                Ok(_) => None,
            };
            if let Some((message, help)) = problem {
                d.push(codes::at("E505", w.src, span, message).help(help));
            }
        }
        Happened::Payment {
            promise: Some(promise),
            ..
        }
        | Happened::Missed { promise } => check_under_promise(sc, i, entry, promise, w, d),
        Happened::Promise { terms } => check_terms(i, entry, terms, w, d),
        _ => {}
    }
}

/// E506 (and E507 for a payment missed before it fell due): a payment or missed payment
/// under the promise `promise`.
fn check_under_promise(
    sc: &Scenario,
    i: usize,
    entry: &Entry,
    promise: &str,
    w: &Written,
    d: &mut Vec<Diagnostic>,
) {
    let (id, what) = (&entry.id, kind_words(&entry.what));
    let span = w.field(i, "promise");
    let mut e506 = |message: String, help: String| {
        d.push(codes::at("E506", w.src, span.clone(), message).help(help));
    };
    let p = match named(sc, promise) {
        Ok(p) => p,
        Err(help) => {
            return e506(
                format!(
                    "{what} \"{id}\" is under promise \"{promise}\", which the history does not \
                     hold (a promise with no arrangement)"
                ),
                format!("add the Promise entry with the agreed terms, or {help}"),
            );
        }
    };
    let Happened::Promise { terms } = &p.what else {
        return e506(
            format!(
                "{what} \"{id}\" is under \"{promise}\", {}, not a promise (a promise with no arrangement)",
                kind_words(&p.what)
            ),
            "name the Promise entry that holds the terms".into(),
        );
    };
    if entry.at < p.at {
        e506(
            format!(
                "{what} \"{id}\" ({}) is dated before the promise it is under, \"{promise}\" ({})",
                when(entry.at),
                when(p.at)
            ),
            "a payment under a promise comes after the promise: fix one of the dates".into(),
        );
    } else if matches!(entry.what, Happened::Missed { .. }) && entry.at.date() < terms.first_date()
    {
        let message = format!(
            "missed payment \"{id}\" ({}) is dated before the first payment of \"{promise}\" falls due ({})",
            when(entry.at),
            terms.first_date()
        );
        d.push(codes::at("E507", w.src, w.field(i, "at"), message).help(
            "a payment is missed once its date has passed: date the Missed entry on or after it",
        ));
    }
}

/// E507: a promise whose terms could not have been agreed: no instalments, an amount that is
/// not positive (with at most two decimals), a first payment before the promise.
fn check_terms(i: usize, entry: &Entry, terms: &Terms, w: &Written, d: &mut Vec<Diagnostic>) {
    let id = &entry.id;
    let amount_ok = |a: Decimal| a > Decimal::ZERO && a.scale() <= 2;
    let date_field = match terms {
        Terms::Plan { .. } => "first",
        Terms::Settlement { .. } | Terms::InFull { .. } => "by",
        Terms::Extension { .. } => "to",
    };
    let problem = match *terms {
        Terms::Plan { count: 0, .. } => Some(("count", "a plan of 0 instalments".to_string())),
        Terms::Plan { amount, .. } | Terms::Settlement { amount, .. } if !amount_ok(amount) => {
            Some(("amount", format!("an amount of {amount}")))
        }
        _ if terms.first_date() < entry.at.date() => Some((
            date_field,
            format!(
                "a first payment on {}, before the promise ({})",
                terms.first_date(),
                when(entry.at)
            ),
        )),
        _ => None,
    };
    if let Some((field, what)) = problem {
        let span = key_in(&w.src.text, "terms", w.items[i].clone())
            .and_then(|k| field_value(&w.src.text, field, &(k.start..w.items[i].end)))
            .unwrap_or_else(|| w.id(i));
        d.push(
            codes::at("E507", w.src, span, format!("promise \"{id}\" has {what}"))
                .help("write the terms as agreed: a positive amount, at least one instalment, the first payment on or after the promise"),
        );
    }
}

/// E512: `previous_call` entries in a scenario that no case plays after another call.
fn check_previous_call(lib: &Library, sc: &Scenario, w: &Written, d: &mut Vec<Diagnostic>) {
    let Some(i) = sc.history.iter().position(|e| e.previous_call) else {
        return;
    };
    let later = lib.cases.iter().any(|c| {
        c.value
            .calls
            .iter()
            .skip(1)
            .any(|call| call.scenario == sc.id)
    });
    if later {
        return;
    }
    let span = key_in(&w.src.text, "previous_call", w.items[i].clone()).unwrap_or(w.id(i));
    let message = format!(
        "entry \"{}\" stands for a case's previous call, but no case plays \"{}\" after another call",
        sc.history[i].id, sc.id
    );
    d.push(codes::at("E512", w.src, span, message).help(
        "play this scenario as a later call of a case (scenarios/cases/<id>.ron), or remove `previous_call`",
    ));
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::check::{Scope, check};
    use crate::content::diagnostic::Diagnostic;
    use crate::content::loader::{Library, RawFile};
    use crate::engine::search::DEFAULT_BUDGET;
    use crate::synth::{self, Spec};

    const HISTORY_BASE: &str = include_str!("../../tests/bad_inputs/history-base.ron");

    /// The diagnostics of the generated library with `ron` as its scenario and these extra
    /// files (path, text).
    fn diagnostics(ron: &str, extra: &[(&str, &str)]) -> Vec<Diagnostic> {
        let mut files = synth::files(&Spec::new(8));
        let mut put = |path: &str, text: &str| {
            files.retain(|f| f.path != Path::new(path));
            files.push(RawFile {
                path: path.into(),
                bytes: text.as_bytes().to_vec(),
            });
        };
        put("scenarios/synth.ron", ron);
        for (path, text) in extra {
            put(path, text);
        }
        let lib = Library::from_files(Path::new("lib"), files);
        check(&lib, &Scope::All, DEFAULT_BUDGET).diagnostics
    }

    /// The `code` diagnostics' messages.
    fn messages(d: &[Diagnostic], code: &str) -> Vec<String> {
        d.iter()
            .filter(|d| d.code == code)
            .map(|d| d.message.clone())
            .collect()
    }

    #[test]
    fn a_second_desk_is_e501_and_a_desk_at_the_start_is_not() {
        let desks = HISTORY_BASE.replace(
            "    start: \"n0-0\",",
            "    start: \"desk\",",
        ).replace(
            "        \"end-plan\": End(outcome: PaymentPlan),",
            "        \"desk\": Desk(choices: [(id: \"call\", next: \"n0-0\"), (id: \"other\", next: \"desk-2\")]),\n        \"desk-2\": Desk(choices: [(id: \"call\", next: \"n0-0\")]),\n        \"end-plan\": End(outcome: PaymentPlan),",
        );
        let d = diagnostics(&desks, &[]);
        assert_eq!(
            messages(&d, "E501"),
            ["\"desk-2\" is a second pre-call desk; a scenario has at most one"]
        );
    }

    #[test]
    fn links_between_entries_are_checked() {
        let ron = HISTORY_BASE
            // A reply to a promise, a payment before its promise, a miss before the first due.
            .replace("replies_to: Some(\"h1\")", "replies_to: Some(\"h3\")")
            .replace(
                "(id: \"h4\", at: \"2026-11-11T09:00:00\", what: Missed(promise: \"h3\")),",
                "(id: \"h4\", at: \"2026-11-07T09:00:00\", what: Missed(promise: \"h3\")),\n        (id: \"h5\", at: \"2026-11-08T09:00:00\", what: Payment(amount: \"60.00\", promise: Some(\"h1\"))),\n        (id: \"h 6\", at: \"2026-11-09T09:00:00\", what: Promise(terms: InFull(by: \"2026-11-01\"))),",
            );
        let d = diagnostics(&ron, &[]);
        assert_eq!(
            messages(&d, "E505"),
            ["entry \"h2\" replies to \"h3\", a promise, not a message"]
        );
        assert_eq!(
            messages(&d, "E506"),
            [
                "a payment \"h5\" is under \"h1\", a message, not a promise (a promise with no arrangement)"
            ]
        );
        let e507 = messages(&d, "E507");
        assert_eq!(e507.len(), 2, "{e507:?}");
        assert!(e507[0].contains("before the first payment of \"h3\" falls due (2026-11-10)"));
        assert!(e507[1].contains("a first payment on 2026-11-01, before the promise"));
        assert_eq!(
            messages(&d, "E503"),
            ["history entry id \"h 6\" is not a valid name"]
        );
        assert!(messages(&d, "W508").is_empty());
    }

    #[test]
    fn previous_call_entries_are_fine_in_a_later_call_of_a_case() {
        let ron = HISTORY_BASE.replace(
            "first: \"2026-11-10\"))),",
            "first: \"2026-11-10\")), previous_call: true),",
        );
        let alone = diagnostics(&ron, &[]);
        assert_eq!(messages(&alone, "E512").len(), 1);
        let case = "Case(id: \"c\", version: 1, calls: [(scenario: \"synth\"), (scenario: \"synth\")], keeping: [])";
        let in_case = diagnostics(&ron, &[("scenarios/cases/c.ron", case)]);
        assert!(messages(&in_case, "E512").is_empty());
        // The case's own problems are its own: both calls at the same time, no text.
        assert_eq!(messages(&in_case, "E602").len(), 1);
        assert_eq!(messages(&in_case, "E307").len(), 1);
    }

    #[test]
    fn a_route_a_previous_call_entry_closes_is_open_in_a_case() {
        // n1-1 is reached only when "hardship" is not on file; h4, which stands for the
        // previous call, puts it on file, but a case replaces h4 (nothing agreed: no miss).
        let ron = HISTORY_BASE
            .replace(
                "what: Missed(promise: \"h3\")),",
                "what: Missed(promise: \"h3\"), tags: [\"hardship\"], previous_call: true),",
            )
            .replace(
                "(id: \"threaten\", tags: [\"threat\"], effects: {\"mood\": -20}, next: \"n1-1\"),",
                "(id: \"threaten\", tags: [\"threat\"], effects: {\"mood\": -20}, next: \"fork\"),",
            )
            .replace(
                "        \"n1-1\": Say(",
                "        \"fork\": Branch(routes: [(if: Tag(\"hardship\"), next: \"n1-0\"), (next: \"n1-1\")]),\n        \"n1-1\": Say(",
            );
        let case = "Case(id: \"c\", version: 1, calls: [(scenario: \"synth\"), (scenario: \"synth\")], keeping: [])";
        let d = diagnostics(&ron, &[("scenarios/cases/c.ron", case)]);
        assert!(messages(&d, "E512").is_empty());
        assert!(
            messages(&d, "W120").is_empty(),
            "{:?}",
            messages(&d, "W120")
        );
        let without = ron.replace(", previous_call: true", "");
        let d = diagnostics(&without, &[]);
        assert_eq!(messages(&d, "W120").len(), 1, "{d:#?}");
    }

    #[test]
    fn history_tags_and_desk_decisions_count_as_used_tags() {
        let ron = HISTORY_BASE
            .replace(
                "what: Missed(promise: \"h3\")),",
                "what: Missed(promise: \"h3\"), tags: [\"promised-broken\"]),",
            )
            .replace("    start: \"n0-0\",", "    start: \"desk\",")
            .replace(
                "        \"end-plan\": End(outcome: PaymentPlan),",
                "        \"desk\": Desk(choices: [(id: \"call\", next: \"n0-0\"), (id: \"skip\", tags: [\"skips\"], next: \"end-hangup\")]),\n        \"end-plan\": End(outcome: PaymentPlan),",
            );
        let tags = include_str!("../../tests/bad_inputs/tags-history.ron").replace(
            "])",
            "    (id: \"promised-broken\", kind: Event),\n    (id: \"skips\", kind: Behaviour),\n])",
        );
        let d = diagnostics(&ron, &[("scenarios/tags.ron", &tags)]);
        assert!(
            messages(&d, "W008").is_empty(),
            "{:?}",
            messages(&d, "W008")
        );
    }
}
