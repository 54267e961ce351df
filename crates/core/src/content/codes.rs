//! Every diagnostic code callcoach raises, in one table: the code, its level and what it
//! means. The loader (`E0xx`, `E301`), the compiler (`E1xx`) and the checker (all families)
//! raise them; `docs/scenario-format.md` §6 lists the same table for trainers, and
//! `crates/core/tests/codes.rs` keeps the two and the sources in step.
//!
//! Families: `E0xx` files and vocabulary, `E1xx` scenarios, `E2xx` rubrics, `E3xx` text,
//! `E4xx` negotiation (finances, mandate, reactions, terms), `E5xx` account history and
//! the pre-call desk, `E6xx` cases and holiday calendars, `E7xx` voices. The first letter is the level:
//! `E` error, `W` warning, `N` note.

use std::ops::Range;
use std::path::Path;

use crate::content::diagnostic::{Diagnostic, Level, SourceText};
use Level::{Error, Note, Warning};

/// One diagnostic code: its name, its level and a one-line meaning (as in the docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeEntry {
    /// The code, e.g. `E102`.
    pub code: &'static str,
    /// How serious a diagnostic with this code is.
    pub level: Level,
    /// What the code means, one line (the "what" column of `docs/scenario-format.md` §6).
    pub meaning: &'static str,
}

const fn entry(code: &'static str, level: Level, meaning: &'static str) -> CodeEntry {
    CodeEntry {
        code,
        level,
        meaning,
    }
}

/// Every diagnostic code, in the order of the docs.
pub const CODES: &[CodeEntry] = &[
    entry("E000", Error, "the folder is not a content library"),
    entry("E001", Error, "a file cannot be read"),
    entry("E002", Error, "a file is not UTF-8"),
    entry(
        "E003",
        Error,
        "malformed RON (syntax, a misspelt or missing field, a wrong type)",
    ),
    entry("E004", Error, "an id does not match its file name"),
    entry("E005", Error, "`scenarios/tags.ron` is missing"),
    entry("E006", Error, "a tag is listed twice"),
    entry("E007", Error, "two scenarios or rubrics share an id"),
    entry("W008", Warning, "a tag is never used"),
    entry(
        "E020",
        Error,
        "a content file is larger than the limit (4 MiB); it is not read",
    ),
    entry(
        "E021",
        Error,
        "a content file is not a regular file (a FIFO, socket or device); it is not opened",
    ),
    entry(
        "E022",
        Error,
        "a link points outside the library; it is not read",
    ),
    entry(
        "W023",
        Warning,
        "a folder reached a second time through a link (a loop or an alias); skipped",
    ),
    entry(
        "E024",
        Error,
        "a folder cannot be read; nothing in it loads",
    ),
    entry(
        "E025",
        Error,
        "Fluent placeables or RON values nested deeper than 64 levels; the file is not loaded",
    ),
    entry(
        "E026",
        Error,
        "a scenario, case or calendar id with characters other than a-z, 0-9 and `-`",
    ),
    entry("E101", Error, "a node id is defined twice"),
    entry(
        "E102",
        Error,
        "a `next`, a route or `start` names an unknown node",
    ),
    entry("E103", Error, "a node cannot be reached from the start"),
    entry("E104", Error, "an unknown tag"),
    entry(
        "E105",
        Error,
        "an event tag on a choice, or a behaviour tag on a node",
    ),
    entry("E106", Error, "an unknown rubric"),
    entry("E107", Error, "an unknown state variable"),
    entry("W107", Warning, "a state variable starts outside 0..=100"),
    entry(
        "E108",
        Error,
        "an End whose outcome has no score, or a score above 100",
    ),
    entry("E109", Error, "a Branch whose last route has a condition"),
    entry(
        "W109",
        Warning,
        "an unconditional route before the last, so the routes after it are never taken",
    ),
    entry(
        "E110",
        Error,
        "a Say without choices, a scenario without nodes",
    ),
    entry(
        "E111",
        Error,
        "a dead end: in some reachable state a Say offers no choice",
    ),
    entry(
        "E112",
        Error,
        "a loop that cannot end, or no End node at all",
    ),
    entry("E113", Error, "a choice id used twice in one node"),
    entry("E114", Error, "an id that is not a valid name"),
    entry("E115", Error, "the scenario cannot be passed"),
    entry(
        "W116",
        Warning,
        "no passing path found within the search bound",
    ),
    entry(
        "E117",
        Error,
        "0 variants, a 0-second timer, `Chance` above 100",
    ),
    entry("E118", Error, "a bad currency code or a negative amount"),
    entry("W119", Warning, "an outcome is scored but no End uses it"),
    entry(
        "W120",
        Warning,
        concat!(
            "a node the graph leads to but play never reaches: every way in is behind a ",
            "condition that cannot hold (e.g. `if: Below(\"mood\", 0)`)",
        ),
    ),
    entry(
        "E130",
        Error,
        "a date outside the years 1000 to 9999, or a UTC offset beyond 18 hours",
    ),
    entry("E131", Error, "an answer timer longer than an hour"),
    entry("E132", Error, "more than 1,000 choices on one node"),
    entry(
        "E133",
        Error,
        "an internal error while checking a scenario (a bug in callcoach: please report it)",
    ),
    entry(
        "E134",
        Error,
        "more than 256 state variables, or more than 65,536 tags in the vocabulary",
    ),
    entry("E201", Error, "a rule names an unknown tag"),
    entry("E202", Error, "a rule id is used twice"),
    entry(
        "E203",
        Error,
        "a rubric's dimension is not Compliance, Empathy or Arrangement",
    ),
    entry("E204", Error, "a pass mark above 100"),
    entry("E205", Error, "a `CallWindow` time is not `HH:MM`"),
    entry(
        "E206",
        Error,
        "a rule uses a behaviour where an event belongs, or the reverse",
    ),
    entry("W207", Warning, "a rule of weight 0"),
    entry("E208", Error, "`Within`/`After` with 0 turns"),
    entry(
        "W210",
        Warning,
        "a rule that no path of any scenario exercises (coverage)",
    ),
    entry("E301", Error, "Fluent syntax error"),
    entry(
        "E302",
        Error,
        "a missing message or attribute (a line, a choice, a title, a tag, a rule, UI text, a history note, a case's text, a holiday's name)",
    ),
    entry("W303", Warning, "a missing coaching note"),
    entry("W304", Warning, "an orphan message, attribute or file"),
    entry(
        "E305",
        Error,
        "a message uses a variable callcoach does not supply",
    ),
    entry(
        "E306",
        Error,
        "a plural selector misses a category of its language (Polish: one, few, many, other)",
    ),
    entry("E307", Error, "a whole file is missing for a language"),
    entry(
        "E308",
        Error,
        "a message id defined in two files that share a namespace",
    ),
    entry(
        "E309",
        Error,
        "a budget category has no `budget-<key>` label in a language's `ui.ftl`, or its key is an interface label's",
    ),
    entry(
        "W310",
        Warning,
        "a rule's `.citation` in one language's rubric text but not in another's",
    ),
    entry(
        "E401",
        Error,
        concat!(
            "a negotiation step, fixed offer, `takes_counter` or negotiation condition in a ",
            "scenario without `negotiation` reactions",
        ),
    ),
    entry("E402", Error, "a negotiation with no finances"),
    entry("E403", Error, "a negotiation with no mandate"),
    entry(
        "E404",
        Error,
        "a negotiation without reactions, or whose last reaction has a condition",
    ),
    entry(
        "W405",
        Warning,
        "a reaction after an unconditional one, so it is never used",
    ),
    entry("E406", Error, "a `Counter(0)` reply"),
    entry(
        "W407",
        Warning,
        "`takes_counter` in a scenario whose reactions never reply `Counter`",
    ),
    entry(
        "E408",
        Error,
        "a fixed offer the runner refuses (no amount, no instalments, a date before the call, a settlement at or above the balance)",
    ),
    entry("E409", Error, "a negotiation step with no kinds of terms"),
    entry(
        "E410",
        Error,
        concat!(
            "a mandate value that cannot work (a minimum instalment of 0, 0 months, a discount ",
            "outside 0..100, a first payment within 0 days)",
        ),
    ),
    entry("E411", Error, "a balance the mandate can never clear"),
    entry(
        "E412",
        Error,
        "an unwinnable deal: no reaction can accept the best sustainable arrangement",
    ),
    entry(
        "W413",
        Warning,
        "a scenario scoring the arrangement whose best path never agrees terms",
    ),
    entry(
        "E414",
        Error,
        "business finances with no payment run on or after the call date",
    ),
    entry(
        "W415",
        Warning,
        "finances no tag the call can carry reveals, so they can never be discovered",
    ),
    entry("W416", Warning, "finances with no negotiation"),
    entry(
        "E417",
        Error,
        "a rubric scoring the arrangement on a scenario without finances",
    ),
    entry(
        "E501",
        Error,
        "a pre-call desk that is not the start node, or more than one desk",
    ),
    entry(
        "E502",
        Error,
        "a desk in a library whose vocabulary has no `places-call` behaviour tag",
    ),
    entry(
        "E503",
        Error,
        "a history entry id used twice, or that is not a valid name",
    ),
    entry("E504", Error, "a history entry dated after the call"),
    entry(
        "E505",
        Error,
        "a reply dated before the message it answers, or that answers no message",
    ),
    entry(
        "E506",
        Error,
        "a payment or missed payment under a promise the history does not hold (a promise with no arrangement), or dated before it",
    ),
    entry(
        "E507",
        Error,
        "a promise whose terms could not have been agreed (no amount or instalments, a first payment before the promise), or a payment missed before it fell due",
    ),
    entry("W508", Warning, "history entries not in date order"),
    entry(
        "E509",
        Error,
        "`text` on a written history entry (a note is the message `history-<id>`)",
    ),
    entry(
        "E510",
        Error,
        "a history rule with 0 calls or days, or a `CallDays` with no weekday",
    ),
    entry(
        "W511",
        Warning,
        "a rule about placing the call that the call breaks before the trainee can decide (no desk)",
    ),
    entry(
        "E512",
        Error,
        "`previous_call` entries in a scenario no case plays after another call",
    ),
    entry(
        "E601",
        Error,
        "a case with no calls, or a call naming an unknown scenario",
    ),
    entry("E602", Error, "a case whose calls are not in date order"),
    entry(
        "E603",
        Error,
        "`keeping` bands not in increasing order, or a percent above 100",
    ),
    entry(
        "E604",
        Error,
        "a `CallDays` check naming a calendar the library does not have, or a calendar whose id is not its file name",
    ),
    entry(
        "W605",
        Warning,
        "a call or callback date outside the years a holiday calendar covers",
    ),
    entry(
        "E606",
        Error,
        "a case's kept or broken tag that is unknown or not an event",
    ),
    entry("E607", Error, "a `when` on a case's first call"),
    entry("E701", Error, "`voice/voices.ron` cannot be read or parsed"),
    entry(
        "W702",
        Warning,
        "a character without a voice for a language",
    ),
    entry(
        "W703",
        Warning,
        "a line whose spoken form cannot be produced (or a language without spoken forms)",
    ),
    entry(
        "W704",
        Warning,
        "a line without a recording in a scenario whose lines are partly recorded",
    ),
    entry(
        "W705",
        Warning,
        "recorded audio that no line, scenario or language has",
    ),
    entry(
        "E706",
        Error,
        "recorded audio that cannot be read (not WAV or Ogg, cut short, too large)",
    ),
    entry("W707", Warning, "recorded audio far longer than its line"),
    entry(
        "N113",
        Note,
        "the state space was too large to search completely",
    ),
];

/// The table entry of a code, if it is one.
pub fn find(code: &str) -> Option<&'static CodeEntry> {
    CODES.iter().find(|entry| entry.code == code)
}

/// The level of a code, from the table.
///
/// # Panics
/// When the code is not in [`CODES`]: a programming error, which `tests/codes.rs` catches
/// for every code written in the sources.
pub fn level(code: &str) -> Level {
    match find(code) {
        Some(entry) => entry.level,
        None => panic!("diagnostic code {code} is not in content::codes::CODES"),
    }
}

/// A diagnostic at a byte span of a source file, at the level the table gives its code.
pub fn at(
    code: &'static str,
    source: &SourceText,
    span: Range<usize>,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic::at(level(code), code, source, span, message)
}

/// A diagnostic about a whole file, at the level the table gives its code.
pub fn file(code: &'static str, path: &Path, message: impl Into<String>) -> Diagnostic {
    Diagnostic::file(level(code), code, path, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once_and_its_letter_is_its_level() {
        for (index, entry) in CODES.iter().enumerate() {
            assert!(
                CODES[..index].iter().all(|other| other.code != entry.code),
                "{} is listed twice",
                entry.code
            );
            let want = match entry.code.as_bytes()[0] {
                b'E' => Level::Error,
                b'W' => Level::Warning,
                b'N' => Level::Note,
                _ => panic!("{}: codes start with E, W or N", entry.code),
            };
            assert_eq!(entry.level, want, "{}", entry.code);
            assert_eq!(entry.code.len(), 4, "{}", entry.code);
            assert!(!entry.meaning.is_empty(), "{}", entry.code);
        }
    }
}
