//! `callcoach play`: one call in the terminal, on the same engine and session as the app. The
//! debtor card, one prompt per turn, the wrap-up and the debrief, then the session record.

use std::io::{self, BufRead, StdinLock, StdoutLock, Write};
use std::path::Path;
use std::sync::Arc;

use chrono::Utc;

use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::content::loader::Library;
use callcoach_core::content::model::{Outcome, WrapFlag};
use callcoach_core::engine::runner::{RunError, seed_from_clock};
use callcoach_core::engine::scoring::{NextAction, WrapFields, WrapUp};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::{self, Debrief};
use callcoach_core::records::debrief_text;
use callcoach_core::records::journal::ResumeError;
use callcoach_core::records::record::{Mode, SessionMeta};
use callcoach_core::records::session::{FinishError, Finished, Session};
use callcoach_core::records::store;

use super::PlayArgs;
use super::desk;
use super::input::{self, Ended, Line};
use super::library::with_scenario;
use super::out::Out;

/// How to play the call: the arguments of `play` with the seed chosen and the mode decided.
pub(super) struct PlayOptions {
    /// The scenario id or file (with `--case`, the case id until the call is chosen).
    pub(super) scenario: String,
    pub(super) lang: String,
    pub(super) seed: u64,
    picks: Option<Vec<String>>,
    /// `--agent`, if given (else [`agent_name`] picks the language's default).
    pub(super) agent: Option<String>,
    disposition: Option<String>,
    notes: String,
    wrap: WrapArgs,
    mode: Mode,
    /// The case this call belongs to (`play --case`).
    pub(super) case: Option<callcoach_core::records::case::CaseLink>,
    /// An unfinished call to go on with instead of starting one (`play --case` after a crash).
    pub(super) resume: Option<callcoach_core::records::journal::Unfinished>,
}

/// The wrap-up's structured fields as given on the command line.
struct WrapArgs {
    terms: Option<String>,
    next_action: Option<String>,
    next_date: Option<String>,
    flags: Option<Vec<String>>,
}

/// The terminal of a call: where it prints, where it reads, and the scripted picks, if any
/// (`--picks`), that stand in for the keyboard.
struct Console {
    out: Out<StdoutLock<'static>>,
    input: StdinLock<'static>,
    picks: Option<std::vec::IntoIter<String>>,
    /// Typed answers refused so far (not an option, too long), against `input::MAX_REFUSED`.
    refused: u32,
}

impl Console {
    /// Whether the answers come from `--picks` rather than the keyboard.
    fn scripted(&self) -> bool {
        self.picks.is_some()
    }
}

/// Plays the call (or, with `--case`, the next call of a case); returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, args: PlayArgs) -> i32 {
    if args.case {
        return super::case::run(library, data_dir, args);
    }
    if args.drill {
        return super::drill::play_from_play(library, data_dir, args);
    }
    let data = (!args.no_record).then(|| store::data_dir(data_dir));
    let opts = options(args);
    let scenario = opts.scenario.clone();
    with_scenario(library, &scenario, |lib, sc| {
        run_play(lib, sc, &opts, data.as_deref())
    })
}

/// The caller's name: `--agent` if given, else the language's `default-agent-name` from
/// `ui.ftl` (data, not code), else "Trainee". `play` and `play --case` both use this.
pub(super) fn agent_name(given: Option<&str>, loc: &Localiser, lang: &str) -> String {
    if let Some(name) = given {
        return name.to_string();
    }
    let t = loc.ui(lang, "default-agent-name", None, None);
    if t.missing || t.text.trim().is_empty() {
        "Trainee".to_string()
    } else {
        t.text
    }
}

/// The options of a call from the arguments of `play` (a random seed unless one is given).
pub(super) fn options(args: PlayArgs) -> PlayOptions {
    PlayOptions {
        scenario: args.scenario,
        lang: args.lang,
        seed: args.call.seed.unwrap_or_else(seed_from_clock),
        picks: args.call.picks,
        agent: args.call.agent,
        disposition: args.call.disposition,
        notes: args.call.notes,
        wrap: WrapArgs {
            terms: args.call.wrap_terms,
            next_action: args.call.next_action,
            next_date: args.call.next_date,
            flags: args.call.flags,
        },
        mode: if args.exam {
            Mode::Exam
        } else {
            Mode::Practice
        },
        case: None,
        resume: None,
    }
}

/// The whole call: the card, the turns, the ending, the wrap-up, the debrief, the record.
pub(super) fn run_play(
    lib: &Library,
    sc: Arc<CompiledScenario>,
    opts: &PlayOptions,
    data: Option<&Path>,
) -> i32 {
    let loc = Localiser::new(lib);
    let lang = opts.lang.as_str();
    if !loc.languages().contains(&lang) {
        eprintln!(
            "error: no language \"{lang}\" (available: {})",
            loc.languages().join(", ")
        );
        return 2;
    }
    let agent = agent_name(opts.agent.as_deref(), &loc, lang);
    let mut meta = SessionMeta::new(&sc, agent.clone(), lang, opts.seed, opts.mode, Utc::now());
    meta.case = opts.case.clone();
    let started = match &opts.resume {
        Some(unfinished) => Session::resume(Arc::clone(&sc), unfinished).map_err(|e| match e {
            // Name the journal, so the user knows which file to discard (or keep).
            ResumeError::OtherVersion(_) => format!("{}: {e}", unfinished.path.display()),
            e => e.to_string(),
        }),
        None => Session::start(Arc::clone(&sc), meta, data).map_err(|e| e.to_string()),
    };
    let mut session = match started {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if let Some(e) = &session.journal_error {
        eprintln!("warning: the call is not journalled ({e}); it goes on in memory");
    }
    // A case's later call is played on the scenario with the history it inherits.
    let sc = Arc::clone(session.call.scenario());
    // The name as typed goes into the record; the terminal gets it with control characters
    // shown, never obeyed.
    let shown_agent = callcoach_core::cohort::safe::terminal(&agent);
    let text = CallText::new(&loc, lang, &sc, &shown_agent);
    let mut console = Console {
        out: Out::interactive("the call"),
        input: io::stdin().lock(),
        picks: opts.picks.clone().map(Vec::into_iter),
        refused: 0,
    };

    print_debtor_card(&mut console.out, &text, opts.seed);
    desk::print_account(&mut console.out, &text);
    let mut shown_finances = false;
    while session.call.prompt().is_some() {
        if !shown_finances && session.call.finances_revealed() {
            shown_finances = true;
            print_finances(&mut console.out, &text);
        }
        if let Err(code) = play_turn(&mut console, &mut session, &text, opts.mode) {
            return code;
        }
    }
    print_ending(&mut console.out, &text, &session);

    // Wrap-up.
    let disposition = match wrap_up_disposition(&mut console, &text, opts.disposition.as_deref()) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let fields = match disposition {
        Some(_) => match wrap_fields(&mut console, &text, &opts.wrap) {
            Ok(f) => Some(f),
            Err(code) => return code,
        },
        None => None,
    };
    let wrap_up = disposition
        .zip(fields)
        .map(|(d, f)| WrapUp::new(d, opts.notes.clone(), f));

    // The record first, then the debrief from the scorecard it holds.
    let finished = session.finish(wrap_up, Utc::now(), data);
    let scores = match &finished {
        Ok(Finished { record, .. }) => &record.scores,
        Err(FinishError::Write(record, _)) => &record.scores,
        Err(FinishError::NotOver) => return 1,
    };
    let debrief = debrief::debrief(&text, &session.call, scores, DEFAULT_BUDGET);
    print_debrief(&mut console.out, &text, &debrief);
    let journal = session.journal_path().map(Path::to_path_buf);
    let code = report_record(finished, &text, journal.as_deref());
    console.out.finish(code)
}

/// The turns of a drill in the terminal: `header`, then the prompts of [`play_turn`] until
/// `over` says the drilled rule is decided (or the call ends). Returns the terminal to go on
/// printing to.
pub(super) fn play_until(
    header: &str,
    session: &mut Session,
    text: &CallText,
    picks: Option<Vec<String>>,
    mode: Mode,
    over: impl Fn(&Session) -> bool,
) -> Result<Out<StdoutLock<'static>>, i32> {
    let mut console = Console {
        out: Out::interactive("the drill"),
        input: io::stdin().lock(),
        picks: picks.map(Vec::into_iter),
        refused: 0,
    };
    let _ = writeln!(console.out, "{header}\n");
    while session.call.prompt().is_some() && !over(session) {
        play_turn(&mut console, session, text, mode)?;
    }
    Ok(console.out)
}

/// The header of the call: who, what, when, and the seed that replays it.
fn print_debtor_card(out: &mut impl Write, text: &CallText, seed: u64) {
    let (loc, lang, sc) = (text.loc, text.lang, text.sc);
    let source = &sc.source;
    let _ = writeln!(out, "== {} ==", text.msg("title", None));
    let _ = writeln!(out, "{}", text.msg("briefing", None));
    let org = match &source.debtor.kind {
        callcoach_core::content::model::DebtorKind::Business { organisation } => {
            format!(" ({organisation})")
        }
        callcoach_core::content::model::DebtorKind::Consumer => String::new(),
    };
    let _ = writeln!(
        out,
        "{}{} · {} · {} · {} · {}",
        source.debtor.name,
        org,
        text.msg("product", None),
        loc.money(lang, source.account.amount, &source.account.currency),
        loc.date(lang, source.account.due),
        text.ui(
            "call-days-past-due",
            &[("days", n(sc.days_past_due() as f64))]
        )
    );
    let _ = writeln!(
        out,
        "{}",
        text.ui(
            "call-local-time",
            &[("time", s(sc.call_local.format("%H:%M").to_string()))]
        )
    );
    if let Some(m) = &sc.deal.mandate {
        let currency = &source.account.currency;
        let _ = writeln!(
            out,
            "{}",
            text.ui(
                "mandate-summary",
                &[
                    ("min", s(loc.money(lang, m.min_instalment, currency))),
                    ("months", n(m.max_months)),
                    ("discount", s(loc.number(lang, m.max_discount_percent, 0))),
                    ("first", n(m.first_payment_within_days)),
                    ("extension", n(m.max_extension_days)),
                ]
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        text.ui("cli-seed", &[("seed", s(seed.to_string()))])
    );
    let _ = writeln!(out);
}

/// The debtor's finances, once the trainee has asked about them.
fn print_finances(out: &mut impl Write, text: &CallText) {
    for line in callcoach_core::records::budget::budget_lines(text) {
        let _ = writeln!(out, "   {line}");
    }
    let _ = writeln!(out);
}

/// One turn: the debtor's line and the options, the caller's answer, and what the caller said.
/// An answer that is not an option asks again when typed, and stops a scripted call. `Err`
/// carries the exit status when the call cannot go on.
fn play_turn(
    console: &mut Console,
    session: &mut Session,
    text: &CallText,
    mode: Mode,
) -> Result<(), i32> {
    let prompt = session.call.prompt().expect("the call waits for a pick");
    let node = prompt.node;
    let shown: Vec<u16> = prompt.choices.to_vec();
    let timeout = prompt.timeout;
    let line = text.line_at(
        node,
        prompt.variant,
        session.call.proposals(),
        session.call.turns().len() + 1,
    );
    if text.sc.nodes[node as usize].desk {
        // The desk's question: nobody speaks yet.
        let _ = writeln!(console.out, "[{}] {line}", text.ui("desk-title", &[]));
    } else {
        let _ = writeln!(console.out, "{}: {line}", text.speaker_name(node));
    }
    if mode == Mode::Practice
        && !text.sc.nodes[node as usize].desk
        && let Some(mood) = session.call.var("mood")
    {
        let _ = writeln!(
            console.out,
            "   {}",
            text.ui("cli-mood", &[("mood", n(mood))])
        );
    }
    for (i, &c) in shown.iter().enumerate() {
        let _ = writeln!(console.out, "  {}. {}", i + 1, text.choice(node, c));
    }
    if let Some(secs) = timeout {
        let _ = writeln!(
            console.out,
            "  ({}; {})",
            text.ui("call-timer", &[("seconds", n(secs))]),
            text.ui("cli-stay-silent", &[])
        );
    }
    if !prompt.proposable.is_empty() {
        let _ = writeln!(console.out, "  ({})", text.ui("cli-propose-hint", &[]));
    }
    let proposable = !prompt.proposable.is_empty();
    let turn = session.call.turns().len() + 1;
    let answer = read_answer(console, text, prompt.node_id, turn, shown.len())?;
    let result = if answer.eq_ignore_ascii_case("t") && timeout.is_some() {
        session.time_out(timeout.unwrap_or(0).saturating_mul(1000))
    } else if proposable && answer.contains(':') {
        let proposed = answer
            .parse::<callcoach_core::content::negotiation::Terms>()
            .map_err(RunError::InvalidTerms)
            .and_then(|terms| session.propose(terms, 0));
        match proposed {
            Err(RunError::InvalidTerms(why)) if !console.scripted() => {
                let _ = writeln!(console.out, "{why}");
                return Ok(());
            }
            other => other,
        }
    } else {
        let picked = match answer.parse::<usize>() {
            Ok(k) if k >= 1 && k <= shown.len() => session.pick(k - 1, 0),
            _ => session.pick_id(&answer, 0),
        };
        match picked {
            Err(RunError::InvalidPick(_)) => {
                return not_an_option(console, text, answer, shown.len());
            }
            other => other,
        }
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        return Err(1);
    }
    let last = session.call.turns().last().expect("a turn was taken");
    let said = match last.pick {
        callcoach_core::engine::runner::Pick::Choice(c) => text.choice(node, c).marked(),
        callcoach_core::engine::runner::Pick::Timeout => text.ui("call-silence", &[]),
        callcoach_core::engine::runner::Pick::Propose(terms) => {
            text.ui("call-proposes", &[("terms", s(text.terms(&terms)))])
        }
    };
    let _ = writeln!(console.out, "{}: {said}\n", text.ui("call-you-say", &[]));
    Ok(())
}

/// The caller's answer at a prompt: the next scripted pick, else a line typed after
/// "Choose 1–n". `Err` carries the exit status when the picks or the input ran out.
fn read_answer(
    console: &mut Console,
    text: &CallText,
    node_id: &str,
    turn: usize,
    choice_count: usize,
) -> Result<String, i32> {
    if let Some(picks) = &mut console.picks {
        return picks.next().ok_or_else(|| {
            eprintln!("error: the scripted picks ran out at node \"{node_id}\" (turn {turn})");
            1
        });
    }
    loop {
        let _ = write!(
            console.out,
            "{} ",
            text.ui("call-choose", &[("count", n(choice_count as f64))])
        );
        let _ = console.out.flush();
        match input::read_line(&mut console.input) {
            Line::Text(answer) => return Ok(answer),
            Line::TooLong => {
                let _ = writeln!(console.out, "{}", input::too_long());
                refuse(console)?;
            }
            Line::End(why) => return Err(stopped(&why)),
        }
    }
}

/// The end of input during a call: says why, and gives the exit status (1: the call did not
/// end, though its journal keeps it).
fn stopped(why: &Ended) -> i32 {
    eprintln!(
        "\nstopped: {} (the call is journalled and can be resumed in the app)",
        why.why()
    );
    1
}

/// Counts a refused answer; `Err` with the exit status when too many have been refused.
fn refuse(console: &mut Console) -> Result<(), i32> {
    console.refused += 1;
    if console.refused < input::MAX_REFUSED {
        return Ok(());
    }
    eprintln!(
        "\nstopped: {} answers refused in this call, so the input is not typed answers (the call is journalled and can be resumed in the app)",
        input::MAX_REFUSED
    );
    Err(1)
}

/// An answer that is neither a shown position nor a shown choice id: an error in a scripted
/// call (`Err` with the exit status), else a note before the same prompt comes again.
fn not_an_option(
    console: &mut Console,
    text: &CallText,
    answer: String,
    choice_count: usize,
) -> Result<(), i32> {
    let msg = text.ui(
        "cli-pick-out-of-range",
        &[("pick", s(answer)), ("count", n(choice_count as f64))],
    );
    if console.scripted() {
        eprintln!("error: {msg}");
        return Err(1);
    }
    let _ = writeln!(console.out, "{msg}");
    refuse(console)
}

/// The debtor's last line and how the call ended.
fn print_ending(out: &mut impl Write, text: &CallText, session: &Session) {
    let ending = session.call.ending().expect("the call is over");
    let _ = writeln!(
        out,
        "{}: {}",
        text.speaker_name(ending.node),
        text.line_at(
            ending.node,
            ending.variant,
            session.call.proposals(),
            session.call.turns().len() + 1
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        text.ui(
            "call-ended",
            &[("outcome", s(text.outcome(ending.outcome)))]
        )
    );
}

/// The wrap-up disposition: from `--disposition`, else asked for when playing interactively,
/// else none. `Err` carries the exit status of an unknown disposition code.
fn wrap_up_disposition(
    console: &mut Console,
    text: &CallText,
    given: Option<&str>,
) -> Result<Option<Outcome>, i32> {
    match given {
        Some(d) => match Outcome::parse(d) {
            Some(o) => Ok(Some(o)),
            None => {
                let keys: Vec<&str> = Outcome::ALL.iter().map(|o| o.key()).collect();
                eprintln!(
                    "error: unknown disposition \"{d}\" (one of: {})",
                    keys.join(", ")
                );
                Err(2)
            }
        },
        None if !console.scripted() => {
            Ok(ask_disposition(&mut console.out, &mut console.input, text))
        }
        None => Ok(None),
    }
}

/// The wrap-up's structured fields: from the command line when the call is scripted (or any
/// field is given), else asked for. `Err` carries the exit status of a field that does not
/// parse.
fn wrap_fields(
    console: &mut Console,
    text: &CallText,
    given: &WrapArgs,
) -> Result<WrapFields, i32> {
    let any_given = given.terms.is_some()
        || given.next_action.is_some()
        || given.next_date.is_some()
        || given.flags.is_some();
    let ask = !console.scripted() && !any_given;
    let mut read = |prompt: &str| -> Option<String> {
        if !ask {
            return None;
        }
        let _ = write!(console.out, "{prompt}: ");
        let _ = console.out.flush();
        match input::read_line(&mut console.input) {
            Line::Text(line) => Some(line).filter(|l| !l.is_empty()),
            Line::TooLong => {
                let _ = writeln!(console.out, "{}", input::too_long());
                None
            }
            Line::End(_) => None,
        }
    };
    let fail = |what: &str, e: String| {
        eprintln!("error: {what}: {e}");
        2
    };
    let actions: Vec<&str> = NextAction::ALL.iter().map(|a| a.key()).collect();
    let next_action = given.next_action.clone().or_else(|| {
        read(&text.ui(
            "cli-wrap-next-action",
            &[("actions", s(actions.join(", ")))],
        ))
    });
    let next_action = match next_action.as_deref() {
        None => NextAction::None,
        Some(k) => NextAction::parse(k).ok_or_else(|| {
            fail(
                "--next-action",
                format!("unknown action \"{k}\" (one of: {})", actions.join(", ")),
            )
        })?,
    };
    let next_date = given
        .next_date
        .clone()
        .or_else(|| read(&text.ui("cli-wrap-next-date", &[])));
    let next_date = match next_date.as_deref() {
        None => None,
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| fail("--next-date", format!("\"{d}\" is not a date (YYYY-MM-DD)")))?,
        ),
    };
    let flag_keys: Vec<&str> = WrapFlag::ALL.iter().map(|f| f.key()).collect();
    let flags = match &given.flags {
        Some(f) => f.clone(),
        None => read(&text.ui("cli-wrap-flags", &[("flags", s(flag_keys.join(", ")))]))
            .map(|l| l.split(',').map(|x| x.trim().to_string()).collect())
            .unwrap_or_default(),
    };
    let mut flag_set = std::collections::BTreeSet::new();
    for f in flags.iter().filter(|f| !f.is_empty()) {
        flag_set.insert(WrapFlag::parse(f).ok_or_else(|| {
            fail(
                "--flags",
                format!("unknown flag \"{f}\" (any of: {})", flag_keys.join(", ")),
            )
        })?);
    }
    let terms = given
        .terms
        .clone()
        .or_else(|| read(&text.ui("cli-wrap-terms", &[])));
    let terms = match terms.as_deref() {
        None | Some("none") => None,
        Some(t) => Some(t.parse().map_err(|e| fail("--wrap-terms", e))?),
    };
    Ok(WrapFields {
        terms,
        next_action,
        next_date,
        flags: flag_set,
    })
}

/// Asks for a disposition by number until one is given; `None` when the input runs out.
fn ask_disposition(
    out: &mut impl Write,
    input: &mut impl BufRead,
    text: &CallText,
) -> Option<Outcome> {
    let _ = writeln!(out, "== {} ==", text.ui("wrapup-title", &[]));
    for (i, o) in Outcome::ALL.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, text.outcome(*o));
    }
    // Asked again on a wrong answer, but not for ever (endless input).
    for _ in 0..input::MAX_REFUSED {
        let _ = write!(
            out,
            "{} (1–{}): ",
            text.ui("wrapup-disposition", &[]),
            Outcome::ALL.len()
        );
        let _ = out.flush();
        let line = match input::read_line(input) {
            Line::Text(line) => line,
            Line::TooLong => String::new(),
            Line::End(_) => return None,
        };
        if let Ok(k) = line.parse::<usize>()
            && (1..=Outcome::ALL.len()).contains(&k)
        {
            return Some(Outcome::ALL[k - 1]);
        }
    }
    None
}

/// Says where the record went; returns the exit status. A record that could not be written is
/// not lost: it is printed whole on standard output, and the user is told so and where the
/// call's journal is kept (resuming it writes the record once the folder can take it).
fn report_record(
    finished: Result<Finished, FinishError>,
    text: &CallText,
    journal: Option<&Path>,
) -> i32 {
    match finished {
        Ok(Finished {
            path: Some(path), ..
        }) => eprintln!(
            "{}",
            text.ui(
                "cli-record-written",
                &[("path", s(path.display().to_string()))]
            )
        ),
        Ok(Finished { path: None, .. }) => {}
        Err(FinishError::Write(record, e)) => {
            eprintln!("{}", text.ui("cli-record-failed", &[("error", s(e))]));
            let json = serde_json::to_string_pretty(&record).expect("a record serialises");
            let mut out = io::stdout().lock();
            let printed = writeln!(out, "{json}").and_then(|()| out.flush());
            eprintln!(
                "{}",
                match printed {
                    Ok(()) => text.ui("cli-record-printed", &[("id", s(record.id.clone()))]),
                    Err(e) => text.ui("cli-record-not-printed", &[("error", s(e.to_string()))]),
                }
            );
            eprintln!(
                "{}",
                match journal {
                    Some(j) => text.ui(
                        "cli-record-journal-kept",
                        &[("path", s(j.display().to_string()))]
                    ),
                    None => text.ui("cli-record-no-journal", &[]),
                }
            );
            return 1;
        }
        Err(FinishError::NotOver) => return 1,
    }
    0
}

/// The debrief: the core's lines of it (scores and verdict, every rule with coaching where it
/// was not met, the caller's path beside the best one), English fallbacks marked.
fn print_debrief(out: &mut impl Write, text: &CallText, d: &Debrief) {
    for line in debrief_text::lines(text, d) {
        let _ = writeln!(out, "{line}");
    }
}
