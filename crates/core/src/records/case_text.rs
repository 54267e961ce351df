//! A case's own text in words, for both shells: its title, what the trainee is told between
//! two calls (`case-between`) and when it ends (`case-end`).

use fluent_bundle::{FluentArgs, FluentValue};

use crate::content::l10n::Localiser;
use crate::content::model::Outcome;
use crate::records::case::PromiseFate;

/// What happened between two calls of a case: `$promise` (kept, broken, none), `$days`
/// between the calls, `$terms` the terms agreed in words (empty when none).
pub fn between(
    loc: &Localiser,
    lang: &str,
    case: &str,
    fate: PromiseFate,
    days: i64,
    terms: Option<String>,
) -> String {
    let mut args = FluentArgs::new();
    args.set("promise", FluentValue::from(fate.key()));
    args.set("days", FluentValue::from(days));
    args.set("terms", FluentValue::from(terms.unwrap_or_default()));
    loc.case(lang, case, "case-between", Some(&args)).text
}

/// How a case ended: `$promise` and `$outcome` (the last call's outcome key).
pub fn end(loc: &Localiser, lang: &str, case: &str, fate: PromiseFate, outcome: Outcome) -> String {
    let mut args = FluentArgs::new();
    args.set("promise", FluentValue::from(fate.key()));
    args.set("outcome", FluentValue::from(outcome.key()));
    loc.case(lang, case, "case-end", Some(&args)).text
}
