//! The bad-input corpus: broken files a real trainer could produce, each in
//! `tests/bad_inputs/`, dropped into an otherwise valid library (the generated one of
//! `callcoach_core::synth`, 8 nodes). Each must give exactly the expected diagnostic at its
//! file:line:col with a help text; nothing may panic, and every diagnostic but the few
//! about whole files has a position.

use std::path::{Path, PathBuf};

use callcoach_core::check::{Scope, check};
use callcoach_core::content::diagnostic::{Diagnostic, render};
use callcoach_core::content::loader::{Library, RawFile};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, Spec};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs")
}

/// The valid library every case starts from.
fn base() -> Vec<RawFile> {
    synth::files(&Spec::new(8))
}

/// What a case does to the base library.
enum Edit {
    /// Replaces (or adds) the library file at this path with the corpus file's bytes.
    Put(&'static str),
    /// Removes this library file (the corpus file documents the case).
    Remove(&'static str),
    /// Moves a base file to another path (e.g. a file saved in the wrong folder).
    Move(&'static str, &'static str),
    /// Puts the corpus file at this path, and the budget labels its finances use
    /// (`deal-ui.ftl`) in English `ui.ftl`: a scenario with a negotiation.
    Deal(&'static str),
    /// As `Deal` at the scenario's path, and these corpus files at these paths as well.
    DealWith(&'static [(&'static str, &'static str)]),
    /// Puts the corpus file at this path, and these corpus files at these paths as well.
    With(&'static str, &'static [(&'static str, &'static str)]),
}

struct Case {
    /// The corpus file.
    file: &'static str,
    edit: Edit,
    code: &'static str,
    /// The library path the diagnostic is about.
    at: &'static str,
    /// 1-based line and column; (0, 0) for a diagnostic about a whole file.
    line: usize,
    column: usize,
    /// A piece of the message.
    says: &'static str,
}

const fn case(
    file: &'static str,
    edit: Edit,
    code: &'static str,
    at: &'static str,
    (line, column): (usize, usize),
    says: &'static str,
) -> Case {
    Case {
        file,
        edit,
        code,
        at,
        line,
        column,
        says,
    }
}

/// A scenario-with-negotiation case: the corpus file replaces the scenario (with the budget
/// labels of `deal-ui.ftl`) and gives this diagnostic in it.
const fn deal(
    file: &'static str,
    code: &'static str,
    at: (usize, usize),
    says: &'static str,
) -> Case {
    case(file, Edit::Deal(SC), code, SC, at, says)
}

const SC: &str = "scenarios/synth.ron";
const UI: &str = "locales/en/ui.ftl";
const RUBRIC: &str = "scenarios/rubrics/synth-compliance.ron";
const CASE: &str = "scenarios/cases/synth-case.ron";
const CASE_FTL: &str = "locales/en/cases/synth-case.ftl";
const CALENDAR: &str = "scenarios/calendars/synth-days.ron";

/// What every history case adds to its scenario: the notes of its entries, and a vocabulary
/// with `places-call` (for a desk).
const HISTORY: &[(&str, &str)] = &[
    ("history-text.ftl", "locales/en/scenarios/synth.ftl"),
    ("tags-history.ron", "scenarios/tags.ron"),
    ("history-tags.ftl", "locales/en/tags.ftl"),
];

/// What every case-file case adds: the case's text.
const CASE_TEXT: &[(&str, &str)] = &[("case-text.ftl", CASE_FTL)];

/// A history case: the corpus file replaces the scenario (with [`HISTORY`]) and gives this
/// diagnostic in it.
const fn history(
    file: &'static str,
    code: &'static str,
    at: (usize, usize),
    says: &'static str,
) -> Case {
    case(file, Edit::With(SC, HISTORY), code, SC, at, says)
}

/// A case-file case: the corpus file is the case (with [`CASE_TEXT`]) and gives this
/// diagnostic in it.
const fn case_file(
    file: &'static str,
    code: &'static str,
    at: (usize, usize),
    says: &'static str,
) -> Case {
    case(file, Edit::With(CASE, CASE_TEXT), code, CASE, at, says)
}

/// Replaces (or adds) a library file with a corpus file's bytes.
fn put(files: &mut Vec<RawFile>, corpus_file: &str, path: &str) {
    let bytes =
        std::fs::read(corpus().join(corpus_file)).unwrap_or_else(|e| panic!("{corpus_file}: {e}"));
    files.retain(|f| f.path != Path::new(path));
    files.push(RawFile {
        path: path.into(),
        bytes,
    });
}

fn run(case: &Case) -> (Library, Vec<Diagnostic>) {
    let mut files = base();
    match case.edit {
        Edit::Put(path) => put(&mut files, case.file, path),
        Edit::Deal(path) => {
            put(&mut files, case.file, path);
            put(&mut files, "deal-ui.ftl", UI);
        }
        Edit::DealWith(extra) => {
            put(&mut files, case.file, SC);
            put(&mut files, "deal-ui.ftl", UI);
            for (corpus_file, path) in extra {
                put(&mut files, corpus_file, path);
            }
        }
        Edit::With(path, extra) => {
            put(&mut files, case.file, path);
            for (corpus_file, path) in extra {
                put(&mut files, corpus_file, path);
            }
        }
        Edit::Remove(path) => files.retain(|f| f.path != Path::new(path)),
        Edit::Move(from, to) => {
            for f in &mut files {
                if f.path == Path::new(from) {
                    f.path = to.into();
                }
            }
        }
    }
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    (lib, report.diagnostics)
}

/// The corpus: each file, what it does to the base library, and the diagnostic it must give.
const CASES: &[Case] = {
    use Edit::*;
    &[
        case(
            "branch-loops-to-itself.ron",
            Put(SC),
            "E112",
            SC,
            (35, 9),
            "loop that cannot end",
        ),
        case(
            "ftl-saved-in-wrong-folder.ftl",
            Move("locales/en/scenarios/synth.ftl", "locales/en/synth.ftl"),
            "W304",
            "locales/en/synth.ftl",
            (1, 1),
            "callcoach does not read this file",
        ),
        case(
            "typo-field-name.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (19, 13),
            "choises",
        ),
        case(
            "missing-start.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (55, 1),
            "missing field named `start`",
        ),
        case(
            "version-as-text.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (4, 14),
            "malformed RON",
        ),
        case(
            "amount-as-float.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (12, 23),
            "malformed RON",
        ),
        case(
            "unquoted-tag.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (21, 41),
            "malformed RON",
        ),
        case(
            "missing-comma.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (21, 17),
            "malformed RON",
        ),
        case(
            "truncated-file.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (35, 9),
            "at the end of the file",
        ),
        case(
            "empty-file.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (1, 1),
            "malformed RON",
        ),
        case(
            "misspelt-outcome.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (54, 36),
            "HangUp",
        ),
        case(
            "huge-version.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (4, 14),
            "malformed RON",
        ),
        case(
            "chance-out-of-byte.ron",
            Put("scenarios/synth.ron"),
            "E003",
            "scenarios/synth.ron",
            (40, 83),
            "out of bounds",
        ),
        case(
            "latin1-byte.ron",
            Put("scenarios/synth.ron"),
            "E002",
            "scenarios/synth.ron",
            (10, 32),
            "not UTF-8",
        ),
        case(
            "utf16-notepad.ron",
            Put("scenarios/synth.ron"),
            "E002",
            "scenarios/synth.ron",
            (1, 1),
            "not UTF-8",
        ),
        case(
            "bom-and-unknown-node.ron",
            Put("scenarios/synth.ron"),
            "E102",
            "scenarios/synth.ron",
            (21, 82),
            "unknown node",
        ),
        case(
            "crlf-and-unknown-tag.ron",
            Put("scenarios/synth.ron"),
            "E104",
            "scenarios/synth.ron",
            (21, 41),
            "unknown tag",
        ),
        case(
            "duplicate-node.ron",
            Put("scenarios/synth.ron"),
            "E101",
            "scenarios/synth.ron",
            (55, 9),
            "defined twice",
        ),
        case(
            "duplicate-choice.ron",
            Put("scenarios/synth.ron"),
            "E113",
            "scenarios/synth.ron",
            (22, 22),
            "appears twice",
        ),
        case(
            "unknown-next.ron",
            Put("scenarios/synth.ron"),
            "E102",
            "scenarios/synth.ron",
            (21, 82),
            "unknown node",
        ),
        case(
            "unknown-start.ron",
            Put("scenarios/synth.ron"),
            "E102",
            "scenarios/synth.ron",
            (16, 12),
            "start node",
        ),
        case(
            "unknown-tag.ron",
            Put("scenarios/synth.ron"),
            "E104",
            "scenarios/synth.ron",
            (21, 41),
            "unknown tag",
        ),
        case(
            "event-on-choice.ron",
            Put("scenarios/synth.ron"),
            "E105",
            "scenarios/synth.ron",
            (22, 37),
            "event tag",
        ),
        case(
            "unknown-variable.ron",
            Put("scenarios/synth.ron"),
            "E107",
            "scenarios/synth.ron",
            (21, 62),
            "unknown state variable",
        ),
        case(
            "unknown-rubric.ron",
            Put("scenarios/synth.ron"),
            "E106",
            "scenarios/synth.ron",
            (5, 35),
            "unknown rubric",
        ),
        case(
            "unscored-outcome.ron",
            Put("scenarios/synth.ron"),
            "E108",
            "scenarios/synth.ron",
            (52, 28),
            "no score",
        ),
        case(
            "branch-ends-with-condition.ron",
            Put("scenarios/synth.ron"),
            "E109",
            "scenarios/synth.ron",
            (35, 65),
            "last route",
        ),
        case(
            "say-without-choices.ron",
            Put("scenarios/synth.ron"),
            "E110",
            "scenarios/synth.ron",
            (52, 9),
            "no choices",
        ),
        case(
            "dead-end.ron",
            Put("scenarios/synth.ron"),
            "E111",
            "scenarios/synth.ron",
            (43, 9),
            "dead end",
        ),
        case(
            "endless-loop.ron",
            Put("scenarios/synth.ron"),
            "E112",
            "scenarios/synth.ron",
            (35, 9),
            "never end",
        ),
        case(
            "node-id-with-space.ron",
            Put("scenarios/synth.ron"),
            "E114",
            "scenarios/synth.ron",
            (35, 9),
            "not a valid name",
        ),
        case(
            "unwinnable.ron",
            Put("scenarios/synth.ron"),
            "E115",
            "scenarios/synth.ron",
            (15, 5),
            "the outcome scores (`outcomes`, line 15)",
        ),
        case(
            "unwinnable-critical.ron",
            Put("scenarios/synth.ron"),
            "E115",
            "scenarios/synth.ron",
            (20, 22),
            "S-02 is broken by choice \"intro\" of node \"n0-0\" (line 20)",
        ),
        case(
            "zero-variants.ron",
            Put("scenarios/synth.ron"),
            "E117",
            "scenarios/synth.ron",
            (26, 13),
            "0 line variants",
        ),
        case(
            "zero-second-timer.ron",
            Put("scenarios/synth.ron"),
            "E117",
            "scenarios/synth.ron",
            (25, 9),
            "0-second timer",
        ),
        case(
            "chance-over-100.ron",
            Put("scenarios/synth.ron"),
            "E117",
            "scenarios/synth.ron",
            (40, 76),
            "above 100",
        ),
        case(
            "lowercase-currency.ron",
            Put("scenarios/synth.ron"),
            "E118",
            "scenarios/synth.ron",
            (12, 44),
            "ISO 4217",
        ),
        case(
            "negative-amount.ron",
            Put("scenarios/synth.ron"),
            "E118",
            "scenarios/synth.ron",
            (12, 15),
            "negative",
        ),
        case(
            "id-not-file-name.ron",
            Put("scenarios/synth.ron"),
            "E004",
            "scenarios/synth.ron",
            (3, 9),
            "does not match",
        ),
        case(
            "outcome-score-over-100.ron",
            Put("scenarios/synth.ron"),
            "E108",
            "scenarios/synth.ron",
            (15, 5),
            "above 100",
        ),
        case(
            "tag-listed-twice.ron",
            Put("scenarios/tags.ron"),
            "E006",
            "scenarios/tags.ron",
            (6, 10),
            "listed twice",
        ),
        case(
            "tag-kind-us-spelling.ron",
            Put("scenarios/tags.ron"),
            "E003",
            "scenarios/tags.ron",
            (6, 27),
            "Behavior",
        ),
        case(
            "tags-file-missing.ron",
            Remove("scenarios/tags.ron"),
            "E005",
            "scenarios/tags.ron",
            (0, 0),
            "missing",
        ),
        case(
            "rubric-cites-missing-tag.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E201",
            "scenarios/rubrics/synth-compliance.ron",
            (7, 106),
            "unknown tag",
        ),
        case(
            "rubric-bad-time.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E205",
            "scenarios/rubrics/synth-compliance.ron",
            (12, 108),
            "not a time of day",
        ),
        case(
            "rubric-within-zero.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E208",
            "scenarios/rubrics/synth-compliance.ron",
            (6, 14),
            "0 turns",
        ),
        case(
            "rubric-resolution-dimension.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E203",
            "scenarios/rubrics/synth-compliance.ron",
            (3, 5),
            "Resolution",
        ),
        case(
            "rubric-pass-mark-over-100.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E204",
            "scenarios/rubrics/synth-compliance.ron",
            (4, 5),
            "above 100",
        ),
        case(
            "rubric-event-as-behaviour.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E206",
            "scenarios/rubrics/synth-compliance.ron",
            (7, 106),
            "event",
        ),
        case(
            "rubric-duplicate-rule-id.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E202",
            "scenarios/rubrics/synth-compliance.ron",
            (7, 14),
            "also used",
        ),
        case(
            "ftl-unclosed-placeable.ftl",
            Put("locales/en/scenarios/synth.ftl"),
            "E301",
            "locales/en/scenarios/synth.ftl",
            (5, 1),
            "Fluent syntax error",
        ),
        case(
            "ftl-missing-choice.ftl",
            Put("locales/en/scenarios/synth.ftl"),
            "E302",
            "locales/en/scenarios/synth.ftl",
            (5, 1),
            "threaten",
        ),
        case(
            "ftl-unknown-variable.ftl",
            Put("locales/en/scenarios/synth.ftl"),
            "E305",
            "locales/en/scenarios/synth.ftl",
            (5, 1),
            "$name",
        ),
        case(
            "ftl-crlf-bom-missing-line.ftl",
            Put("locales/en/scenarios/synth.ftl"),
            "E302",
            "locales/en/scenarios/synth.ftl",
            (43, 1),
            "no English text for the debtor's last line at node \"end-hangup\"",
        ),
        case(
            "ftl-english-file-missing.ftl",
            Remove("locales/en/scenarios/synth.ftl"),
            "E307",
            "locales/en/scenarios/synth.ftl",
            (0, 0),
            "no English text",
        ),
        case(
            "polish-text-in-wrong-folder.ftl",
            Put("locales/pl/synth.ftl"),
            "W304",
            "locales/pl/synth.ftl",
            (1, 1),
            "does not read",
        ),
        case(
            "polish-plural-missing-few.ftl",
            Put("locales/pl/scenarios/synth.ftl"),
            "E306",
            "locales/pl/scenarios/synth.ftl",
            (2, 1),
            "few",
        ),
        case(
            "ftl-id-in-two-files.ftl",
            Put("locales/en/ui.ftl"),
            "E308",
            "locales/en/tags.ftl",
            (3, 1),
            "also defined",
        ),
        case(
            "deal-mandate-never-clears.ron",
            Deal(SC),
            "E411",
            SC,
            (23, 5),
            "$70.00 a month for at most 24 months clears $1,680.00 of $2,400.00",
        ),
        case(
            "rubric-arrangement-check.ron",
            Put("scenarios/rubrics/synth-compliance.ron"),
            "E417",
            SC,
            (5, 15),
            "scores the arrangement, but scenario \"synth\" has no finances",
        ),
        case(
            "deal-best-path-never-agrees.ron",
            DealWith(&[(
                "rubric-arrangement-check.ron",
                "scenarios/rubrics/synth-compliance.ron",
            )]),
            "W413",
            SC,
            (5, 15),
            "never agrees terms",
        ),
    ]
};

/// The negotiation cases, each an `Edit::Deal` of the scenario (see [`deal`]): the corpus
/// file, the code, its line:col in the scenario and a piece of its message.
#[rustfmt::skip]
const DEALS: &[(&str, &str, (usize, usize), &str)] = &[
    ("deal-step-without-negotiation.ron", "E401", (52, 13), "has no `negotiation`"),
    ("deal-no-finances.ron", "E402", (17, 5), "a negotiation with no finances"),
    ("deal-no-mandate.ron", "E403", (23, 5), "a negotiation with no mandate"),
    ("deal-reactions-end-with-condition.ron", "E404", (26, 26), "last reaction"),
    ("deal-no-reactions.ron", "E404", (24, 19), "no reactions"),
    ("deal-reaction-after-unconditional.ron", "W405", (27, 10), "reaction 3 is never used"),
    ("deal-counter-zero.ron", "E406", (26, 32), "counter-offers 0%"),
    ("deal-takes-counter-without-counter.ron", "W407", (61, 49), "no reaction replies"),
    ("deal-offer-settlement-above-balance.ron", "E408", (60, 54), "less than the balance"),
    ("deal-propose-no-kinds.ron", "E409", (57, 13), "no kinds of terms"),
    ("deal-mandate-zero-months.ron", "E410", (23, 40), "at most 0 months"),
    ("deal-unwinnable.ron", "E412", (24, 19), "9 monthly instalments of $150.00"),
    ("deal-business-no-payment-run.ron", "E414", (17, 9), "no payment run on or after"),
    ("deal-finances-never-revealed.ron", "W415", (21, 23), "never be discovered"),
    ("deal-finances-without-negotiation.ron", "W416", (16, 5), "no negotiation"),
    ("deal-budget-category-without-label.ron", "E309", (18, 42), "\"budget-foods\""),
    ("deal-budget-category-interface-label.ron", "E309", (17, 18), "budget card label"),
];

/// The account-history cases, each a [`history`] case: the corpus file, the code, its
/// line:col in the scenario and a piece of its message.
#[rustfmt::skip]
const HISTORIES: &[(&str, &str, (usize, usize), &str)] = &[
    ("history-desk-not-start.ron", "E501", (57, 9), "is not the start node"),
    ("history-duplicate-id.ron", "E503", (18, 14), "\"h1\" is used twice"),
    ("history-after-call.ron", "E504", (20, 24), "after the call (2026-11-17 10:30"),
    ("history-reply-before-letter.ron", "E505", (18, 115), "dated before the message it answers"),
    ("history-promise-no-arrangement.ron", "E506", (20, 69), "a promise with no arrangement"),
    ("history-promise-bad-terms.ron", "E507", (19, 113), "a plan of 0 instalments"),
    ("history-out-of-order.ron", "W508", (20, 24), "dated before \"h4\""),
    ("history-written-text.ron", "E509", (17, 100), "has `text`"),
    ("history-previous-call-no-case.ron", "E512", (19, 139), "no case plays \"synth\""),
    ("history-rule-before-desk.ron", "W511", (13, 5), "rule S-07"),
];

/// The case-file cases, each a [`case_file`] case: the corpus file, the code, its line:col in
/// the case and a piece of its message.
#[rustfmt::skip]
const CASE_FILES: &[(&str, &str, (usize, usize), &str)] = &[
    ("case-id-not-file-name.ron", "E004", (3, 9), "does not match its file name"),
    ("case-no-calls.ron", "E601", (5, 5), "has no calls"),
    ("case-unknown-scenario.ron", "E601", (5, 45), "unknown scenario \"synth-follow-up\""),
    ("case-calls-same-time.ron", "E602", (5, 45), "is not later than the call before it"),
    ("case-keeping-not-increasing.ron", "E603", (6, 65), "does not ask more"),
    ("case-kept-tag-behaviour.ron", "E606", (7, 17), "is a behaviour"),
    ("case-when-on-first-call.ron", "E607", (5, 33), "has a `when`"),
];

/// Cases of the rubric history kinds, calendars and case text.
const MORE: &[Case] = {
    use Edit::*;
    &[
        case(
            "rubric-history-zero.ron",
            Put(RUBRIC),
            "E510",
            RUBRIC,
            (15, 97),
            "counts 0 calls",
        ),
        case(
            "rubric-history-event-as-behaviour.ron",
            Put(RUBRIC),
            "E206",
            RUBRIC,
            (15, 112),
            "needs an event tag",
        ),
        case(
            "rubric-first-contact-wrapped-kind.ron",
            Put(RUBRIC),
            "E206",
            RUBRIC,
            (15, 116),
            "\"listens\" is a behaviour tag here",
        ),
        case(
            "rubric-unknown-calendar.ron",
            Put(RUBRIC),
            "E604",
            RUBRIC,
            (15, 148),
            "\"synth-dayz\", which the library does not have",
        ),
        case(
            "calendar-id-not-file-name.ron",
            With(CALENDAR, &[("ui-holiday.ftl", UI)]),
            "E604",
            CALENDAR,
            (3, 9),
            "does not match its file name",
        ),
        case(
            "calendar-holiday-without-name.ron",
            Put(CALENDAR),
            "E302",
            UI,
            (2, 1),
            "holiday-synth-christmas",
        ),
        case(
            "rubric-call-days.ron",
            With(
                RUBRIC,
                &[
                    ("calendar-years-2027.ron", CALENDAR),
                    ("ui-holiday.ftl", UI),
                ],
            ),
            "W605",
            SC,
            (13, 14),
            "the call falls on 2026-11-17, outside the years",
        ),
        case(
            "case-text-unknown-variable.ftl",
            With(CASE_FTL, &[("case-base.ron", CASE)]),
            "E305",
            CASE_FTL,
            (3, 1),
            "$debtor",
        ),
        case(
            "history-note-missing.ftl",
            With(
                "locales/en/scenarios/synth.ftl",
                &[
                    ("history-base.ron", SC),
                    ("tags-history.ron", "scenarios/tags.ron"),
                    ("history-tags.ftl", "locales/en/tags.ftl"),
                ],
            ),
            "E302",
            "locales/en/scenarios/synth.ftl",
            (49, 1),
            "the collector's note on history entry \"h4\"",
        ),
        case(
            "case-text-missing-end.ftl",
            With(CASE_FTL, &[("case-base.ron", CASE)]),
            "E302",
            CASE_FTL,
            (5, 1),
            "case-end",
        ),
        // issue 17: load
        case(
            "id-zero-width-space.ron",
            Put(SC),
            "E026",
            SC,
            (3, 9),
            "it contains U+200B (invisible)",
        ),
        case(
            "id-quote.ron",
            Put(SC),
            "E026",
            SC,
            (3, 5),
            "scenario id \"synth\\\"x\" is not lowercase letters, digits and '-': it contains '\"'",
        ),
        case(
            "id-cyrillic.ron",
            Put(SC),
            "E026",
            SC,
            (3, 9),
            "it contains '\u{443}' (U+0443)",
        ),
        case(
            "id-capitals.ron",
            Put(SC),
            "E026",
            SC,
            (3, 9),
            "it contains 'S'",
        ),
        case(
            "case-id-invisible.ron",
            With(CASE, CASE_TEXT),
            "E026",
            CASE,
            (3, 9),
            "case id \"synth\\u{200d}-case\"",
        ),
        case(
            "calendar-id-underscore.ron",
            Put(CALENDAR),
            "E026",
            CALENDAR,
            (3, 9),
            "calendar id \"synth_days\"",
        ),
        case(
            "ron-deep-condition.ron",
            Put(SC),
            "E025",
            SC,
            (RON_DEEP_LINE, RON_DEEP_COL),
            "nested deeper than 64 levels",
        ),
        case(
            "ftl-deep-placeables.ftl",
            Put(SC_FTL),
            "E025",
            SC_FTL,
            (45, 8 + 2 * 64),
            "nested deeper than 64 levels",
        ),
        case(
            "ftl-deep-call-args.ftl",
            Put(SC_FTL),
            "E025",
            SC_FTL,
            (45, 16 + 12 * 63),
            "nested deeper than 64 levels",
        ),
        case(
            "ftl-deep-in-variants.ftl",
            Put(SC_FTL),
            "E025",
            SC_FTL,
            (45 + 64, 19),
            "nested deeper than 64 levels",
        ),
    ]
};

// issue 17: load
const SC_FTL: &str = "locales/en/scenarios/synth.ftl";
/// Where `ron-deep-condition.ron` passes the limit: its 58th `Not(` (col 76 is the first);
/// the scenario's own brackets around the condition are the levels before.
const RON_DEEP_LINE: usize = 40;
const RON_DEEP_COL: usize = 76 + 4 * 57;

#[test]
fn every_bad_input_gives_its_diagnostic_at_its_position() {
    let deals: Vec<Case> = DEALS
        .iter()
        .map(|&(file, code, at, says)| deal(file, code, at, says))
        .chain(
            HISTORIES
                .iter()
                .map(|&(file, code, at, says)| history(file, code, at, says)),
        )
        .chain(
            CASE_FILES
                .iter()
                .map(|&(file, code, at, says)| case_file(file, code, at, says)),
        )
        .collect();
    let cases: Vec<&Case> = CASES.iter().chain(MORE).chain(&deals).collect();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let (lib, diagnostics) = run(case);
        let want = Path::new("lib").join(case.at);
        let hit = diagnostics.iter().find(|d| {
            d.code == case.code
                && d.file == want
                && (d.line, d.column) == (case.line, case.column)
                && d.message.contains(case.says)
        });
        match hit {
            Some(d) => assert!(
                d.help.as_ref().is_some_and(|h| !h.is_empty()),
                "{}: no help: {d:?}",
                case.file
            ),
            None => failures.push(format!(
                "{}: want {} at {}:{}:{} saying {:?}; got:\n  {}",
                case.file,
                case.code,
                case.at,
                case.line,
                case.column,
                case.says,
                diagnostics
                    .iter()
                    .map(Diagnostic::one_line)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            )),
        }
        for d in &diagnostics {
            assert!(d.help.is_some(), "{}: no help: {d:?}", case.file);
            let whole_file = matches!(d.code, "E000" | "E001" | "E005" | "E307");
            assert!(
                whole_file || d.line > 0 && d.column > 0,
                "{}: no position: {d:?}",
                case.file
            );
        }
        // The human rendering works on every case (spans inside their files).
        let _ = render(&diagnostics, &lib.sources());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Huge numbers that are valid RON (an effect of i32::MAX, rule weights of u32::MAX) check
/// and play without overflowing.
#[test]
fn huge_numbers_check_and_play_without_overflow() {
    for (file, at) in [
        ("huge-effect.ron", SC),
        (
            "rubric-huge-weights.ron",
            "scenarios/rubrics/synth-compliance.ron",
        ),
    ] {
        let case = case(file, Edit::Put(at), "", at, (0, 0), "");
        let (lib, diagnostics) = run(&case);
        assert!(
            diagnostics
                .iter()
                .all(|d| !d.is_error() || d.code == "E115"),
            "{file}: {diagnostics:#?}"
        );
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        let sc = report.compiled.get(synth::SCENARIO_ID).expect("compiles");
        let walked = callcoach_core::engine::walk::walk(sc, 300, 1, |_| {});
        assert_eq!(walked.stuck, 0, "{file}");
        for s in &walked.spreads {
            assert!(s.max <= 100, "{file}: {s:?}");
        }
    }
}

/// The scenario every `deal` case starts from checks clean, without a single finding about
/// its negotiation, and has a best arrangement (150 a month is what the debtor can pay).
#[test]
fn the_deal_base_is_clean() {
    let case = deal("deal-base.ron", "", (0, 0), "");
    let (lib, diagnostics) = run(&case);
    assert!(
        diagnostics
            .iter()
            .all(|d| !d.is_error() && !d.code[1..].starts_with('4')),
        "{diagnostics:#?}"
    );
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let sc = report.compiled.get(synth::SCENARIO_ID).expect("compiles");
    let best = sc
        .deal
        .best
        .expect("a sustainable arrangement within the mandate");
    assert_eq!(best.to_string(), "plan:150:9:monthly:2026-11-24");
}

/// The scenario every history case starts from, and the case every case-file case starts
/// from, check clean: no error, and nothing about history, desks or cases.
#[test]
fn the_history_and_case_bases_are_clean() {
    for (file, edit) in [
        ("history-base.ron", Edit::With(SC, HISTORY)),
        ("case-base.ron", Edit::With(CASE, CASE_TEXT)),
    ] {
        let (_, diagnostics) = run(&case(file, edit, "", SC, (0, 0), ""));
        assert!(
            diagnostics
                .iter()
                .all(|d| !d.is_error() && !d.code[1..].starts_with(['5', '6'])),
            "{file}: {diagnostics:#?}"
        );
    }
}

#[test]
fn the_base_library_is_clean() {
    let lib = Library::from_files(Path::new("lib"), base());
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
}

/// `DUMP_BASE=dir cargo test --test bad_inputs dump_base -- --ignored` writes the base
/// library, to start a new case from.
#[test]
#[ignore]
fn dump_base() {
    let dir = PathBuf::from(std::env::var("DUMP_BASE").expect("DUMP_BASE=<folder>"));
    for f in base() {
        let path = dir.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, f.bytes).unwrap();
    }
}

// issue 17: load
/// An invisible or look-alike character in an id: the help names the id it imitates, and the
/// scenario is not compiled (so it cannot be played or recorded under that id).
#[test]
fn a_disguised_id_names_the_id_it_imitates_and_is_not_playable() {
    for file in ["id-zero-width-space.ron", "id-cyrillic.ron"] {
        let mut files = base();
        put(&mut files, file, SC);
        let lib = Library::from_files(Path::new("lib"), files);
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == "E026")
            .expect("E026");
        assert_eq!(
            d.help.as_deref(),
            Some(
                "did you mean \"synth\"? ids may use only a-z, 0-9 and '-' (they name files and appear in reports)"
            ),
            "{file}"
        );
        assert!(report.compiled.is_empty(), "{file}");
    }
}

// issue 17: compute
/// Values past what callcoach computes with (dates at the ends of chrono's range, a timer
/// whose milliseconds wrap a `u32`, more choices than a `u16` counts): each is an error at
/// its field, never a panic, a wrap or a truncation.
const COMPUTE: &[Case] = {
    use Edit::*;
    &[
        case(
            "call-at-far-future.ron",
            Put(SC),
            "E130",
            SC,
            (13, 14),
            "the call's time +262142-12-31T23:30:00+00:00 is outside the years 1000 to 9999",
        ),
        case(
            "call-at-far-past.ron",
            Put(SC),
            "E130",
            SC,
            (13, 14),
            "the call's time -262143-01-01T00:10:00+00:00 is outside the years 1000 to 9999",
        ),
        case(
            "utc-offset-huge.ron",
            Put(SC),
            "E130",
            SC,
            (10, 74),
            "the debtor's UTC offset of 2147483647 minutes is more than 1080 minutes",
        ),
        case(
            "due-far-past.ron",
            Put(SC),
            "E130",
            SC,
            (12, 56),
            "the account's due date -0044-03-15 is outside the years 1000 to 9999",
        ),
        case(
            "callback-far-future.ron",
            Put(SC),
            "E130",
            SC,
            (48, 59),
            "the callback of choice \"book\" at +200000-11-18 19:00:00 is outside",
        ),
        case(
            "timer-too-long.ron",
            Put(SC),
            "E131",
            SC,
            (28, 32),
            "node \"n1-0\" has a 4294968-second timer, longer than the 3600 seconds (one hour)",
        ),
        case(
            "history-far-future.ron",
            With(SC, HISTORY),
            "E130",
            SC,
            (20, 24),
            "history entry \"h4\" dated +262142-12-31 23:00:00 is outside",
        ),
        case(
            "too-many-variables.ron",
            Put(SC),
            "E134",
            SC,
            (14, 5),
            "the scenario has 257 state variables, more than the 256 callcoach counts",
        ),
        case(
            "history-far-past.ron",
            With(SC, HISTORY),
            "E130",
            SC,
            (17, 24),
            "history entry \"h1\" dated -262143-01-01 00:00:00 is outside",
        ),
    ]
};

#[test]
fn values_past_what_callcoach_computes_with_are_errors_at_their_field() {
    let mut failures = Vec::new();
    for case in COMPUTE {
        let (lib, diagnostics) = run(case);
        let want = Path::new("lib").join(case.at);
        let hit = diagnostics.iter().find(|d| {
            d.code == case.code
                && d.file == want
                && (d.line, d.column) == (case.line, case.column)
                && d.message.contains(case.says)
        });
        if hit.is_none_or(|d| d.help.is_none()) {
            failures.push(format!(
                "{}: want {} at {}:{}:{} saying {:?}; got:\n  {}",
                case.file,
                case.code,
                case.at,
                case.line,
                case.column,
                case.says,
                diagnostics
                    .iter()
                    .map(Diagnostic::one_line)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
        let _ = render(&diagnostics, &lib.sources());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// 65,537 choices on one node (one more than a `u16` counts) are E132 at the node, and the
/// scenario does not compile: nothing is truncated or offered twice.
#[test]
fn more_choices_than_a_node_may_offer_is_an_error_at_the_node() {
    let lib = Library::from_files(Path::new("lib"), synth::files_with_choices(65_534));
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let e132: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "E132")
        .map(Diagnostic::one_line)
        .collect();
    assert_eq!(
        e132,
        [
            "lib/scenarios/synth.ron:18:9: error[E132]: node \"n0-0\" has 65537 choices, more than the 1000 a node may offer (help: split the choices over several nodes (at most 1000 on one))"
        ],
    );
    assert!(report.compiled.is_empty());
    // At the limit it compiles.
    let lib = Library::from_files(Path::new("lib"), synth::files_with_choices(997));
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert!(report.diagnostics.iter().all(|d| d.code != "E132"));
    assert!(report.compiled.contains_key(synth::SCENARIO_ID));
}

/// 20,000 `Branch` nodes one after another (each routing to the next) check without
/// overflowing the stack (the searches settle branches with a stack of their own) and give
/// only what is true of them: the call cannot be passed.
#[test]
fn a_long_run_of_branches_checks_without_overflowing_the_stack() {
    let mut files = synth::line_files(20_000);
    for f in &mut files {
        if f.path.ends_with("synth.ron") {
            let text = String::from_utf8(std::mem::take(&mut f.bytes)).expect("utf-8");
            let lines: Vec<String> = text
                .lines()
                .map(|line| {
                    match line
                        .split_once(": Say(choices: [(id: \"go\", tags: [\"listens\"], next: ")
                    {
                        Some((key, rest)) => {
                            let next = rest.trim_end_matches(")]),");
                            format!("{key}: Branch(routes: [(next: {next})]),")
                        }
                        None => line.to_string(),
                    }
                })
                .collect();
            f.bytes = lines.join("\n").into_bytes();
        }
    }
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let errors: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code)
        .collect();
    assert_eq!(
        errors,
        ["E115"],
        "{:#?}",
        report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect::<Vec<_>>()
    );
    assert!(report.compiled.contains_key(synth::SCENARIO_ID));
}

/// 65,537 tags in the vocabulary (one more than a `u16` index counts) are E134 on the
/// scenario, which does not compile: no tag is taken for another.
#[test]
fn more_tags_than_an_index_counts_is_an_error() {
    let mut files = base();
    for f in &mut files {
        if f.path.ends_with("tags.ron") {
            let mut text = String::from_utf8(std::mem::take(&mut f.bytes)).expect("utf-8");
            let extra: String = (0..65_527)
                .map(|i| format!("    (id: \"extra-{i}\", kind: Behaviour),\n"))
                .collect();
            text = text.replacen("TagVocabulary([\n", &format!("TagVocabulary([\n{extra}"), 1);
            f.bytes = text.into_bytes();
        }
    }
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let e134: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "E134")
        .map(Diagnostic::one_line)
        .collect();
    assert_eq!(
        e134,
        [
            "lib/scenarios/synth.ron:9:5: error[E134]: the tag vocabulary has 65537 tags, more than the 65536 callcoach counts (help: keep scenarios/tags.ron to at most 65536 tags)"
        ],
    );
    assert!(report.compiled.is_empty());
}

// issue 17: corpus
// Records and journals as `report`, the dashboard and resuming read them: each corpus file
// under `bad_inputs/records/` or `bad_inputs/journals/` is a template of the base library's
// scenario (`{content_hash}` stands for its content hash, so the files outlive a change of
// the generated scenario's text), and a record whose `mac` is `"{sign}"` is signed with
// [`CORPUS_KEY`] before it is read (a record whose fields are bad but whose MAC holds: only
// the replay can catch it).

use std::collections::BTreeMap;
use std::sync::Arc;

use callcoach_core::cohort::report::{self as cohort_report, Cohort, Standing};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::journal;
use callcoach_core::records::record::SessionRecord;
use callcoach_core::records::seal::{self, CohortKey};
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};

/// The key the corpus's signed records are signed with (a data folder's `cohort.key`).
const CORPUS_KEY: [u8; 32] = [0x17; 32];

fn base_scenarios() -> BTreeMap<String, Arc<CompiledScenario>> {
    let lib = Library::from_files(Path::new("lib"), base());
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert!(report.compiled.contains_key(synth::SCENARIO_ID));
    report.compiled
}

fn replace_all(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// A corpus template's bytes for the base library: its content hash filled in, and signed
/// when its `mac` asks for it.
fn filled(corpus_file: &str, scs: &BTreeMap<String, Arc<CompiledScenario>>) -> Vec<u8> {
    let raw =
        std::fs::read(corpus().join(corpus_file)).unwrap_or_else(|e| panic!("{corpus_file}: {e}"));
    let hash = &scs[synth::SCENARIO_ID].content_hash;
    let bytes = replace_all(&raw, b"{content_hash}", hash.as_bytes());
    if !bytes.windows(8).any(|w| w == b"\"{sign}\"") {
        return bytes;
    }
    let mut rec: SessionRecord = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("{corpus_file}: a signed template must parse: {e}"));
    CohortKey::from_bytes(CORPUS_KEY).sign(&mut rec);
    let mut value = serde_json::to_value(&rec).expect("serialises");
    // Fields edited after signing (what a forger does to a record the cohort wrote).
    let template: serde_json::Value = serde_json::from_slice(&bytes).expect("parses");
    if let Some(serde_json::Value::Object(after)) = template.get("corpus_after_signing") {
        for (k, v) in after {
            value[k] = v.clone();
        }
    }
    serde_json::to_vec_pretty(&value).expect("serialises")
}

/// A data folder with the corpus key and these files under `records/`.
fn data_with_records(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(seal::key_path(data.path()), CORPUS_KEY).expect("key");
    let dir = store::records_dir(data.path());
    std::fs::create_dir_all(&dir).expect("records/");
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("record");
    }
    data
}

/// What reading a corpus record gives.
enum Gives {
    /// It is not read: `report` lists it as a problem with this reason (exactly).
    Unreadable(&'static str),
    /// It is read and stands so, with this note (exactly; "" for a verified record).
    Stands(Verification, &'static str),
}

const MAC_FAILS: &str = "the MAC does not match: a field was edited, or the record was signed with another cohort's key";

/// The record corpus: each file alone in a data folder with the corpus key, loaded as
/// `report` and the dashboard load a cohort.
const RECORDS: &[(&str, Gives)] = {
    use Gives::*;
    &[
        ("good.json", Stands(Verification::Verified, "")),
        (
            "truncated.json",
            Unreadable(
                "not a valid session record: EOF while parsing an object at line 98 column 1",
            ),
        ),
        (
            "empty.json",
            Unreadable("not a valid session record: EOF while parsing a value at line 1 column 0"),
        ),
        (
            "not-an-object.json",
            Unreadable(
                "not a valid session record: invalid type: sequence, expected struct SessionRecord at line 1 column 0",
            ),
        ),
        (
            "latin1-trainee.json",
            Unreadable(
                "not a valid session record: invalid unicode code point at line 4 column 25",
            ),
        ),
        (
            "nan-score.json",
            Unreadable("not a valid session record: expected value at line 67 column 18"),
        ),
        (
            "huge-seed.json",
            Unreadable(
                "not a valid session record: invalid type: floating point `1.8446744073709552e+19`, expected u64 at line 240 column 1",
            ),
        ),
        (
            "float-seed.json",
            Unreadable(
                "not a valid session record: invalid type: floating point `1e+300`, expected u64 at line 240 column 1",
            ),
        ),
        (
            "negative-millis.json",
            Unreadable(
                "not a valid session record: invalid value: integer `-1500`, expected u32 at line 23 column 21",
            ),
        ),
        (
            "variant-300.json",
            Unreadable(
                "not a valid session record: invalid value: integer `300`, expected u8 at line 16 column 20",
            ),
        ),
        (
            "missing-scores.json",
            Unreadable("not a valid session record: missing field `scores` at line 63 column 1"),
        ),
        (
            "format-99.json",
            Unreadable(
                "record format 99 is newer than this build of callcoach reads (formats 1 to 4): read it with the version that wrote it",
            ),
        ),
        (
            "format-0.json",
            Unreadable("not a valid session record: format 0 does not exist (formats are 1 to 4)"),
        ),
        (
            "mac-not-hex.json",
            Stands(Verification::Tampered(Tamper::Mac), MAC_FAILS),
        ),
        (
            "mac-short.json",
            Stands(Verification::Tampered(Tamper::Mac), MAC_FAILS),
        ),
        (
            "mac-stripped.json",
            Stands(
                Verification::Tampered(Tamper::MacMissing),
                "a record of format 4 or later without its MAC (it was removed)",
            ),
        ),
        (
            "synthetic-flipped.json",
            Stands(Verification::Tampered(Tamper::Mac), MAC_FAILS),
        ),
        (
            "synthetic-unmarked.json",
            Stands(Verification::Tampered(Tamper::Mac), MAC_FAILS),
        ),
        (
            "unknown-choice.json",
            Stands(
                Verification::Tampered(Tamper::NoReplay(String::new())),
                "the transcript does not replay: no such choice here: bribe",
            ),
        ),
        (
            "scores-edited.json",
            Stands(
                Verification::Tampered(Tamper::Scores),
                "the stored scores differ from the transcript's",
            ),
        ),
        (
            "turn-missing.json",
            Stands(
                Verification::Tampered(Tamper::Unfinished),
                "the transcript stops before the call ends",
            ),
        ),
        (
            "version-99.json",
            Stands(
                Verification::VersionUnavailable,
                "scenario synth v99 is not in the library",
            ),
        ),
        (
            "deep-nesting.json",
            Unreadable("not a valid session record: recursion limit exceeded at line 1 column 137"),
        ),
        ("year-9999.json", Stands(Verification::Verified, "")),
        (
            "year-10000.json",
            Stands(
                Verification::Tampered(Tamper::Dates),
                "its dates are outside the years 1000 to 9999, or it ends before it starts",
            ),
        ),
        (
            "ends-before-start.json",
            Stands(
                Verification::Tampered(Tamper::Dates),
                "its dates are outside the years 1000 to 9999, or it ends before it starts",
            ),
        ),
        ("trainee-escapes.json", Stands(Verification::Verified, "")),
    ]
};

/// Whether two verifications are the same kind (a `NoReplay`'s text is checked by the note).
fn same_kind(a: &Verification, b: &Verification) -> bool {
    match (a, b) {
        (
            Verification::Tampered(Tamper::NoReplay(_)),
            Verification::Tampered(Tamper::NoReplay(_)),
        ) => true,
        _ => a == b,
    }
}

fn load_one(
    name: &str,
    bytes: Vec<u8>,
    scs: &BTreeMap<String, Arc<CompiledScenario>>,
) -> (tempfile::TempDir, Cohort) {
    let data = data_with_records(&[(name, bytes)]);
    let cohort = cohort_report::load_cohort(data.path(), scs, &[]);
    (data, cohort)
}

#[test]
fn every_bad_record_is_unreadable_or_untrusted_with_its_reason() {
    let scs = base_scenarios();
    let mut failures = Vec::new();
    for (file, gives) in RECORDS {
        let bytes = filled(&format!("records/{file}"), &scs);
        let (_data, cohort) = load_one(file, bytes, &scs);
        let got = match (&cohort.corrupt[..], &cohort.records[..]) {
            ([(_, why)], []) => format!("unreadable: {why}"),
            ([], [r]) => format!("{:?}: {}", r.verification, cohort_report::note(r)),
            _ => format!("{:?} {:?}", cohort.corrupt, cohort.records),
        };
        let ok = match gives {
            Gives::Unreadable(why) => {
                matches!(&cohort.corrupt[..], [(_, w)] if w == why) && cohort.records.is_empty()
            }
            Gives::Stands(v, note) => {
                cohort.corrupt.is_empty()
                    && matches!(&cohort.records[..], [r] if same_kind(&r.verification, v) && cohort_report::note(r) == *note)
            }
        };
        if !ok {
            failures.push(format!("{file}: got {got}"));
        }
        // Nothing untrusted enters a figure.
        let summary = cohort_report::summarise(&cohort, |_| true);
        let trusted = cohort
            .records
            .iter()
            .filter(|r| r.verification.is_trusted())
            .count();
        assert_eq!(summary.verified, trusted, "{file}");
        assert_eq!(
            summary.rows.iter().map(|r| r.attempts).sum::<usize>(),
            trusted,
            "{file}"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Files at record names that are not records to read: one past the 16 MiB cap (sparse, so
/// nothing is written), a FIFO no writer opens (reading it would block for ever), a link to
/// `/dev/zero` (endless) and a link to a good record elsewhere. Each is a problem naming why,
/// read no further than its metadata, and the good record beside them still counts.
#[test]
fn record_names_that_are_not_regular_files_of_a_bounded_size_are_refused() {
    let scs = base_scenarios();
    let good = filled("records/good.json", &scs);
    let data = data_with_records(&[("good.json", good.clone())]);
    let dir = store::records_dir(data.path());
    let big = std::fs::File::create(dir.join("huge.json")).expect("create");
    big.set_len(store::RECORD_CAP + 1).expect("sparse");
    drop(big);
    let fifo = std::ffi::CString::new(dir.join("fifo.json").to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path that lives across the call.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.json")).expect("symlink");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    std::fs::write(elsewhere.path().join("good.json"), &good).expect("write");
    std::os::unix::fs::symlink(elsewhere.path().join("good.json"), dir.join("link.json"))
        .expect("symlink");
    let cohort = cohort_report::load_cohort(data.path(), &scs, &[]);
    let problems: Vec<(String, &str)> = cohort
        .corrupt
        .iter()
        .map(|(p, why)| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                why.as_str(),
            )
        })
        .collect();
    let link = "cannot read: it is a symbolic link, which is not followed";
    assert_eq!(
        problems,
        [
            (
                "fifo.json".to_string(),
                "cannot read: it is not a regular file"
            ),
            (
                "huge.json".to_string(),
                "cannot read: it is 16777217 bytes, more than the 16777216 this file may have"
            ),
            ("link.json".to_string(), link),
            ("zero.json".to_string(), link),
        ]
    );
    let standings: Vec<&Verification> = cohort.records.iter().map(|r| &r.verification).collect();
    assert_eq!(standings, [&Verification::Verified]);
}

/// The same signed record under two names counts once: the second file is a duplicate of the
/// first, with a note naming it.
#[test]
fn a_record_copied_under_a_second_name_is_a_duplicate_of_the_first() {
    let scs = base_scenarios();
    let good = filled("records/good.json", &scs);
    let data = data_with_records(&[("a.json", good.clone()), ("b.json", good)]);
    let cohort = cohort_report::load_cohort(data.path(), &scs, &[]);
    let first = store::records_dir(data.path()).join("a.json");
    let got: Vec<(Standing, String)> = cohort
        .records
        .iter()
        .map(|r| (Standing::of(&r.verification), cohort_report::note(r)))
        .collect();
    let want = [
        (Standing::Verified, String::new()),
        (
            Standing::Duplicate,
            format!("a copy of {}, which is counted", first.display()),
        ),
    ];
    assert!(
        got == want || got == [want[1].clone(), want[0].clone()],
        "{got:?}"
    );
    assert_eq!(cohort_report::summarise(&cohort, |_| true).verified, 1);
}

/// A signed record whose trainee holds escape sequences (clear screen, colour, bell) is a
/// trainee's real record, but the coordinator's table shows the escapes as text, and the CSV
/// carries the name as written inside a quoted cell, never as a terminal command.
#[test]
fn a_trainee_name_with_escape_sequences_reaches_the_table_as_text() {
    let scs = base_scenarios();
    let (_data, cohort) = load_one(
        "trainee-escapes.json",
        filled("records/trainee-escapes.json", &scs),
        &scs,
    );
    assert_eq!(cohort.records[0].verification, Verification::Verified);
    let summary = cohort_report::summarise(&cohort, |_| true);
    let rows: Vec<cohort_report::SessionRow> = cohort
        .records
        .iter()
        .map(cohort_report::SessionRow::of)
        .collect();
    let table = cohort_report::render_table(&summary, &cohort, &rows);
    assert!(
        !table.chars().any(|c| c.is_control() && c != '\n'),
        "{table:?}"
    );
    assert!(table.contains("\\u{1b}[2J\\u{1b}[31mAla\\u{7}"), "{table}");
}

/// A signed record at the end of year 9999 verifies and exports to xAPI without overflowing
/// (its turns' timestamps are summed with checked arithmetic).
#[test]
fn a_record_at_the_end_of_year_9999_exports_without_overflow() {
    let scs = base_scenarios();
    let (_data, cohort) = load_one(
        "year-9999.json",
        filled("records/year-9999.json", &scs),
        &scs,
    );
    let r = &cohort.records[0];
    assert_eq!(r.verification, Verification::Verified);
    let loc = callcoach_core::content::l10n::Localiser::new(&Library::from_files(
        Path::new("lib"),
        base(),
    ));
    let statements = callcoach_core::cohort::xapi::statements(
        &r.record,
        scs.get(&r.record.meta.scenario),
        &loc,
        "https://example.org",
    );
    assert_eq!(statements.len(), r.record.turns.len() + 1);
    assert_eq!(
        statements.last().unwrap()["timestamp"],
        "9999-12-31T23:59:59.000Z"
    );
}

/// What reading and resuming a corpus journal gives.
enum Resumes {
    /// The call comes back with this many turns.
    Turns(usize),
    /// Reading lists this problem (`{path}` is the journal's path).
    Problem(&'static str),
    /// It reads, but resuming it is refused with this error (`{path}` as above).
    Refused(&'static str),
    /// Its header names a scenario the library does not have (the shells say so).
    NoScenario(&'static str),
}

const TRAINEE: &str = "Ala Nowak";

/// The journal corpus: each file alone in Ala Nowak's journal folder, read as sign-in and
/// `play --case` read it, then resumed on the base scenario.
const JOURNALS: &[(&str, Resumes)] = {
    use Resumes::*;
    &[
        ("good.jsonl", Turns(2)),
        // A torn last line (a kill in the middle of a write) is ignored.
        ("torn-last.jsonl", Turns(2)),
        ("empty.jsonl", Problem("{path}: the journal is empty")),
        (
            "header-damaged.jsonl",
            Problem(
                "{path}:1:40: the journal header is damaged: EOF while parsing a string at line 1 column 40",
            ),
        ),
        (
            "middle-damaged.jsonl",
            Problem(
                "{path}:3: the journal line of turn 2 is damaged (EOF while parsing a string at line 1 column 21) and 2 line(s) follow it; resuming would drop them: remove the damaged line and those after it to resume from turn 2, or remove the file to discard the call",
            ),
        ),
        (
            "non-utf8-line.jsonl",
            Problem(
                "{path}:3: the journal line of turn 2 is damaged (invalid unicode code point at line 1 column 14) and 1 line(s) follow it; resuming would drop them: remove the damaged line and those after it to resume from turn 2, or remove the file to discard the call",
            ),
        ),
        (
            "negative-millis.jsonl",
            Problem(
                "{path}:2: the journal line of turn 1 is damaged (invalid value: integer `-1`, expected u32 at line 1 column 26) and 1 line(s) follow it; resuming would drop them: remove the damaged line and those after it to resume from turn 1, or remove the file to discard the call",
            ),
        ),
        (
            "other-trainee.jsonl",
            Problem(
                "{path}: the journal is of trainee \"Bogdan Kowalski\", not \"Ala Nowak\", whose journals this folder holds; it was moved here by hand: move it back or remove it",
            ),
        ),
        (
            "unknown-choice.jsonl",
            Refused(
                "{path}:3: turn 2 of the journal does not replay (no such choice here: bribe); remove this line and those after it to resume from turn 2, or remove the file to discard the call",
            ),
        ),
        (
            "pick-after-end.jsonl",
            Refused(
                "{path}:5: turn 4 of the journal does not replay (the call is over); remove this line and those after it to resume from turn 4, or remove the file to discard the call",
            ),
        ),
        (
            "other-version.jsonl",
            Refused(
                "the call was played on version 2 of \"synth\" (content 000000000000), but the library has version 1 (content {short}); it cannot be resumed on other content: discard it, or bring back that version of the scenario to finish it",
            ),
        ),
        ("unknown-scenario.jsonl", NoScenario("no-such-scenario")),
        (
            "deep-header.jsonl",
            Problem(
                "{path}:1:20011: the journal header is damaged: missing field `trainee` at line 1 column 20011",
            ),
        ),
    ]
};

#[test]
fn every_bad_journal_is_named_at_its_line_or_refused_when_resumed() {
    #[derive(Debug)]
    enum Got {
        Turns(usize),
        Problem(String),
        Refused(String),
        NoScenario(String),
    }
    use Got::*;
    let scs = base_scenarios();
    let short = &scs[synth::SCENARIO_ID].content_hash[..12];
    let mut failures = Vec::new();
    for (file, want) in JOURNALS {
        let data = tempfile::tempdir().expect("tempdir");
        let dir = journal::journal_dir(data.path(), TRAINEE);
        std::fs::create_dir_all(&dir).expect("journal dir");
        let path = dir.join(file);
        std::fs::write(&path, filled(&format!("journals/{file}"), &scs)).expect("write");
        let text = |t: &str| {
            t.replace("{path}", &path.display().to_string())
                .replace("{short}", short)
        };
        let found = journal::read_journals(data.path(), TRAINEE).expect("the folder lists");
        let got = match (&found.problems[..], &found.unfinished[..]) {
            ([problem], []) => Problem(problem.clone()),
            ([], [u]) => match scs.get(&u.meta.scenario) {
                None => NoScenario(u.meta.scenario.clone()),
                Some(sc) => match journal::resume(Arc::clone(sc), u) {
                    Ok(call) => Turns(call.turns().len()),
                    Err(e) => Refused(e.to_string()),
                },
            },
            _ => Problem(format!("{found:?}")),
        };
        let ok = match (want, &got) {
            (Resumes::Turns(n), Turns(m)) => n == m,
            (Resumes::Problem(w), Problem(g)) | (Resumes::Refused(w), Refused(g)) => text(w) == *g,
            (Resumes::NoScenario(w), NoScenario(g)) => w == g,
            _ => false,
        };
        if !ok {
            failures.push(format!("{file}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A journal path that is not a regular file of a bounded size: a FIFO (no writer: reading
/// would block), one past the 16 MiB cap (sparse), a link to `/dev/zero`. Each is a problem
/// naming the file, and the journal beside them is still found.
#[test]
fn journal_names_that_are_not_regular_files_of_a_bounded_size_are_problems() {
    let scs = base_scenarios();
    let data = tempfile::tempdir().expect("tempdir");
    let dir = journal::journal_dir(data.path(), TRAINEE);
    std::fs::create_dir_all(&dir).expect("journal dir");
    std::fs::write(dir.join("good.jsonl"), filled("journals/good.jsonl", &scs)).expect("write");
    let fifo = std::ffi::CString::new(dir.join("fifo.jsonl").to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path that lives across the call.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo");
    let big = std::fs::File::create(dir.join("huge.jsonl")).expect("create");
    big.set_len(journal::JOURNAL_CAP + 1).expect("sparse");
    drop(big);
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.jsonl")).expect("symlink");
    let found = journal::read_journals(data.path(), TRAINEE).expect("the folder lists");
    let at = |name: &str| dir.join(name).display().to_string();
    assert_eq!(
        found.problems,
        [
            format!(
                "{}: cannot read the journal: it is not a regular file",
                at("fifo.jsonl")
            ),
            format!(
                "{}: cannot read the journal: it is 16777217 bytes, more than the 16777216 this file may have",
                at("huge.jsonl")
            ),
            format!(
                "{}: cannot read the journal: it is a symbolic link, which is not followed",
                at("zero.jsonl")
            ),
        ]
    );
    assert_eq!(found.unfinished.len(), 1);
    // `read_journal` (the CLI's) refuses to pick one while others cannot be read.
    assert_eq!(
        journal::read_journal(data.path(), TRAINEE).unwrap_err(),
        found.problems.join("; ")
    );
}

/// Scenario files with values RON or callcoach cannot hold (a BOM before garbage or before
/// nothing, negative or fractional timers, integers past their type, amounts that are not
/// decimals) and a timer one second past the limit: each is its diagnostic at its position.
const CONTENT: &[Case] = {
    use Edit::*;
    &[
        case(
            "bom-then-garbage.ron",
            Put(SC),
            "E002",
            SC,
            (1, 11),
            "this file is not UTF-8 text",
        ),
        case(
            "bom-only.ron",
            Put(SC),
            "E003",
            SC,
            (1, 1),
            "malformed RON: Expected opening `(` for struct `Scenario`",
        ),
        case(
            "timer-negative.ron",
            Put(SC),
            "E003",
            SC,
            (28, 33),
            "malformed RON: Integer is out of bounds",
        ),
        case(
            "timer-fraction.ron",
            Put(SC),
            "E003",
            SC,
            (28, 33),
            "malformed RON: Expected comma",
        ),
        case(
            "timer-one-past-an-hour.ron",
            Put(SC),
            "E131",
            SC,
            (28, 32),
            "node \"n1-0\" has a 3601-second timer, longer than the 3600 seconds (one hour) a timer may run",
        ),
        case(
            "state-past-i32.ron",
            Put(SC),
            "E003",
            SC,
            (14, 21),
            "malformed RON: Integer is out of bounds",
        ),
        case(
            "version-negative.ron",
            Put(SC),
            "E003",
            SC,
            (4, 15),
            "malformed RON: Integer is out of bounds",
        ),
        case(
            "amount-nan.ron",
            Put(SC),
            "E003",
            SC,
            (12, 24),
            "Expected a Decimal type representing a fixed-point number but found the string \"NaN\" instead",
        ),
        case(
            "amount-exponent.ron",
            Put(SC),
            "E003",
            SC,
            (12, 24),
            "Expected a Decimal type representing a fixed-point number but found the string \"1e400\" instead",
        ),
    ]
};

#[test]
fn values_no_scenario_may_hold_are_their_diagnostic_at_their_position() {
    let mut failures = Vec::new();
    for case in CONTENT {
        let (lib, diagnostics) = run(case);
        let want = Path::new("lib").join(case.at);
        let hit = diagnostics.iter().find(|d| {
            d.code == case.code
                && d.file == want
                && (d.line, d.column) == (case.line, case.column)
                && d.message.contains(case.says)
        });
        if hit.is_none_or(|d| d.help.is_none()) {
            failures.push(format!(
                "{}: want {} at {}:{}:{} saying {:?}; got:\n  {}",
                case.file,
                case.code,
                case.at,
                case.line,
                case.column,
                case.says,
                diagnostics
                    .iter()
                    .map(Diagnostic::one_line)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
        // The file is not compiled: nothing of it can be played.
        assert!(report_compiles(&lib).is_none(), "{}", case.file);
        let _ = render(&diagnostics, &lib.sources());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn report_compiles(lib: &Library) -> Option<Arc<CompiledScenario>> {
    check(lib, &Scope::All, DEFAULT_BUDGET)
        .compiled
        .get(synth::SCENARIO_ID)
        .cloned()
}

/// The limits' borders: a timer of exactly an hour and exactly 1,000 choices on a node compile;
/// 1,001 choices are E132 at the node.
#[test]
fn exactly_at_a_limit_compiles_and_one_past_it_is_an_error() {
    let case = case(
        "timer-exactly-an-hour.ron",
        Edit::Put(SC),
        "",
        SC,
        (0, 0),
        "",
    );
    let (lib, diagnostics) = run(&case);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{diagnostics:#?}"
    );
    let sc = report_compiles(&lib).expect("compiles");
    let longest = sc
        .nodes
        .iter()
        .filter_map(|n| match &n.kind {
            callcoach_core::compile::CKind::Say { timeout, .. } => timeout.as_ref(),
            _ => None,
        })
        .map(|t| t.seconds)
        .max();
    assert_eq!(longest, Some(3_600));

    let lib = Library::from_files(Path::new("lib"), synth::files_with_choices(998));
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let e132: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "E132")
        .map(Diagnostic::one_line)
        .collect();
    assert_eq!(
        e132,
        [
            "lib/scenarios/synth.ron:18:9: error[E132]: node \"n0-0\" has 1001 choices, more than the 1000 a node may offer (help: split the choices over several nodes (at most 1000 on one))"
        ],
    );
    assert!(report.compiled.is_empty());
}

/// Nesting as deep as a file under the caps can hold (7 million brackets in an unknown field of
/// a journal header and of a record) is skipped or refused without overflowing the stack.
#[test]
fn nesting_as_deep_as_the_caps_allow_does_not_overflow_the_stack() {
    let n = 7_000_000;
    let deep = format!("{{\"extra\": {}{}}}\n", "[".repeat(n), "]".repeat(n));
    let data = tempfile::tempdir().expect("tempdir");
    let dir = journal::journal_dir(data.path(), TRAINEE);
    std::fs::create_dir_all(&dir).expect("journal dir");
    let path = dir.join("deep.jsonl");
    std::fs::write(&path, &deep).expect("write");
    let found = journal::read_journals(data.path(), TRAINEE).expect("the folder lists");
    assert_eq!(
        found.problems,
        [format!(
            "{}:1:{c}: the journal header is damaged: missing field `trainee` at line 1 column {c}",
            path.display(),
            c = 2 * n + 11
        )]
    );
    let scs = base_scenarios();
    let (_data, cohort) = load_one("deep.json", deep.into_bytes(), &scs);
    assert_eq!(
        cohort.corrupt[0].1,
        "not a valid session record: recursion limit exceeded at line 1 column 137"
    );
}

/// A `<message>-spoken` message gives a line's words for the voice (docs/voice.md): it is
/// used when its line exists, and unused (W304) when it names no line.
#[test]
fn a_spoken_form_is_used_only_beside_its_line() {
    let mut files = base();
    let ftl = files
        .iter_mut()
        .find(|f| f.path == Path::new("locales/en/scenarios/synth.ftl"))
        .expect("the base has English scenario text");
    let mut text = String::from_utf8(ftl.bytes.clone()).unwrap();
    text.push_str("\nend-hangup-spoken = Goodbye.\nno-such-line-spoken = Nothing.\n");
    ftl.bytes = text.into_bytes();
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    let unused: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "W304")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        unused,
        ["message \"no-such-line-spoken\" is not used"],
        "{:#?}",
        report.diagnostics
    );
}
