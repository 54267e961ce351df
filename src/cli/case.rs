//! `callcoach play --case <id>`: the next call of a case. Which call comes next is read from
//! the trainee's records (a case keeps nothing else), so a case survives a crash between its
//! calls; after each call the terminal says what happened next and how to go on.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::cohort::report;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::case::Case;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{Library, locate_library};
use callcoach_core::engine::runner::seed_from_clock;
use callcoach_core::records::case::{self, CaseNext, NextCall, PromiseFate};
use callcoach_core::records::case_text;
use callcoach_core::records::journal;
use callcoach_core::records::record::SessionRecord;
use callcoach_core::records::store;

use super::PlayArgs;
use super::library::{compile_library, with_scenario};
use super::out::Out;
use super::play::{options, run_play};

/// Plays the next call of the case named by `args.scenario`; returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, mut args: PlayArgs) -> i32 {
    if args.no_record {
        eprintln!("error: a case follows its calls through your records: drop --no-record");
        return 2;
    }
    let data = store::data_dir(data_dir);
    let root = match locate_library(library) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let lib = Library::load(&root);
    let Some(case) = lib.case(&args.scenario).map(|c| c.value.clone()) else {
        let known: Vec<&str> = lib.cases.iter().map(|c| c.value.id.as_str()).collect();
        eprintln!(
            "error: no case \"{}\" in {} (known: {})",
            args.scenario,
            root.display(),
            known.join(", ")
        );
        return 2;
    };
    let Some(compiled) = compile_library(Some(&root)) else {
        return 2;
    };
    // The caller's name is resolved once, as `play` resolves it, before the records are read.
    let loc = Localiser::new(&lib);
    let agent = super::play::agent_name(args.call.agent.as_deref(), &loc, &args.lang);
    args.call.agent = Some(agent.clone());
    let records = match trainee_records(&data, &agent, &case, &compiled) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let seed = args.call.seed.unwrap_or_else(seed_from_clock);
    let next = if args.new_case {
        None
    } else {
        match latest_next(&case, &records, &compiled) {
            Ok(next) => next,
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        }
    };
    let lang = args.lang.clone();
    // A call of this case cut off (a crash, a kill) goes on where its journal stops.
    let resume = (!args.new_case)
        .then(|| cut_off(&data, &agent, &case.id, &records))
        .flatten();
    let cut = resume
        .as_ref()
        .and_then(|u| u.meta.case.clone().map(|link| (u, link)));
    let next = match (cut, next) {
        (Some((unfinished, link)), _) => NextCall {
            scenario: unfinished.meta.scenario.clone(),
            link,
            seed: unfinished.meta.seed,
        },
        (None, Some(CaseNext::Call(next))) => next,
        _ => match case::first_call(&case, seed) {
            Some(first) => first,
            None => {
                eprintln!("error: case \"{}\" has no calls (callcoach check)", case.id);
                return 1;
            }
        },
    };
    // The header's writes fail only when the call's would: `run_play` reports that.
    let mut out = Out::interactive("the case");
    let _ = print_header(&mut out, &loc, &lang, &case, &next, &compiled);
    if let Some(unfinished) = &resume {
        let _ = writeln!(
            out,
            "{}\n",
            loc.ta(
                &lang,
                "cli-case-resumed",
                &[(
                    "turns",
                    callcoach_core::content::l10n::n(unfinished.turns.len() as u32)
                )]
            )
        );
    }
    drop(out);
    let mut opts = options(args);
    opts.seed = next.seed;
    opts.case = Some(next.link.clone());
    opts.resume = resume;
    let scenario = next.scenario.clone();
    let code = with_scenario(Some(&root), &scenario, |lib, sc| {
        run_play(lib, sc, &opts, Some(&data))
    });
    if code == 0 {
        let records = trainee_records(&data, &agent, &case, &compiled).unwrap_or_default();
        let mut out = Out::interactive("the case");
        match latest_next(&case, &records, &compiled) {
            Ok(Some(after)) => {
                let _ = print_after(
                    &mut out,
                    &loc,
                    &lang,
                    &case,
                    &after,
                    &callcoach_core::cohort::safe::terminal(&agent),
                );
            }
            Ok(None) => {}
            Err(e) => eprintln!("warning: {e}"),
        }
        return out.finish(code);
    }
    code
}

/// The trainee's newest unfinished call of this case not open in another session, if their
/// journals hold one whose record was never written (`--new-case` ignores it). A journal that
/// cannot be read is named in a warning, never skipped silently.
fn cut_off(
    data: &Path,
    trainee: &str,
    case: &str,
    records: &[SessionRecord],
) -> Option<journal::Unfinished> {
    let found = match journal::read_journals(data, trainee) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("warning: {e}");
            return None;
        }
    };
    for problem in &found.problems {
        eprintln!("warning: {problem}");
    }
    found.unfinished.into_iter().find(|unfinished| {
        let Some(link) = unfinished.meta.case.as_ref() else {
            return false;
        };
        let recorded = records.iter().any(|r| {
            r.meta
                .case
                .as_ref()
                .is_some_and(|l| l.instance == link.instance && l.step == link.step)
        });
        link.case == case && !recorded
    })
}

/// The trainee's records of calls of this case, oldest first (an error when `records/` cannot
/// be listed).
/// The trainee's verified records of the case, oldest first (an unsigned, edited or copied
/// record never decides the next call).
fn trainee_records(
    data: &Path,
    trainee: &str,
    case: &Case,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
) -> Result<Vec<SessionRecord>, String> {
    let mut records: Vec<SessionRecord> =
        report::trusted_records(data, compiled, std::slice::from_ref(case))?
            .into_iter()
            .filter(|r| r.meta.trainee == trainee)
            .filter(|r| r.meta.case.as_ref().is_some_and(|l| l.case == case.id))
            .collect();
    records.sort_by_key(|r| r.meta.started_at);
    Ok(records)
}

/// What follows the latest call of the trainee's latest playing of the case (`None` when
/// they have not played it).
fn latest_next(
    case: &Case,
    records: &[SessionRecord],
    compiled: &std::collections::BTreeMap<String, Arc<CompiledScenario>>,
) -> Result<Option<CaseNext>, String> {
    let Some(last) = records.last() else {
        return Ok(None);
    };
    let written = compiled.get(&last.meta.scenario).ok_or_else(|| {
        format!(
            "scenario {} no longer compiles (callcoach check)",
            last.meta.scenario
        )
    })?;
    let played = case::scenario_of(written, &last.meta)?;
    case::next_after(case, last, &played, |id| compiled.get(id).cloned()).map(Some)
}

/// The case's title, which call this is, and for a later call what happened since the last.
fn print_header(
    out: &mut impl Write,
    loc: &Localiser,
    lang: &str,
    case: &Case,
    next: &NextCall,
    compiled: &std::collections::BTreeMap<String, Arc<CompiledScenario>>,
) -> std::io::Result<()> {
    writeln!(
        out,
        "=== {} · {} ===",
        loc.case_title(lang, &case.id),
        loc.ta(
            lang,
            "cli-case-call",
            &[
                ("step", callcoach_core::content::l10n::n(next.link.step + 1)),
                (
                    "count",
                    callcoach_core::content::l10n::n(case.calls.len() as u32)
                ),
            ]
        )
    )?;
    if next.link.step == 0 {
        writeln!(out, "{}", loc.case(lang, &case.id, "case-brief", None).text)?;
    } else if let Some(sc) = compiled.get(&next.scenario) {
        let fate = next.link.fate.unwrap_or(PromiseFate::NoPromise);
        let previous_at = next.link.inherited.iter().map(|e| e.at).min();
        let days = previous_at.map_or(0, |at| (sc.call_local.date() - at.date()).num_days());
        let terms = next.link.inherited.iter().find_map(|e| match &e.what {
            callcoach_core::content::history::Happened::Promise { terms } => {
                let text = callcoach_core::records::call_text::CallText::new(loc, lang, sc, "");
                Some(text.terms(terms))
            }
            _ => None,
        });
        writeln!(
            out,
            "{}",
            case_text::between(loc, lang, &case.id, fate, days, terms)
        )?;
    }
    writeln!(out)
}

/// After a call: the case's end, or how to play its next call.
fn print_after(
    out: &mut impl Write,
    loc: &Localiser,
    lang: &str,
    case: &Case,
    next: &CaseNext,
    agent: &str,
) -> std::io::Result<()> {
    match next {
        CaseNext::Closed { fate, outcome, .. } => {
            writeln!(out, "\n=== {} ===", loc.case_title(lang, &case.id))?;
            writeln!(
                out,
                "{}",
                case_text::end(loc, lang, &case.id, *fate, *outcome)
            )
        }
        CaseNext::Call(n) => {
            writeln!(
                out,
                "\n{}",
                loc.ta(
                    lang,
                    "cli-case-next",
                    &[
                        ("step", callcoach_core::content::l10n::n(n.link.step + 1)),
                        (
                            "command",
                            callcoach_core::content::l10n::s(format!(
                                "callcoach play --case {} --agent \"{agent}\"",
                                case.id
                            ))
                        ),
                    ]
                )
            )
        }
    }
}
