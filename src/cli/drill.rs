//! `callcoach drill`: a trainee's drills in the terminal. `list` shows which are due (and,
//! with `--all`, the rest); `play` runs one from the decision where the call broke its rule
//! until the rule is decided, then records it apart from calls (docs/programme.md, "Drills").

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};

use callcoach_core::cohort::safe::terminal;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::drill::store::write_drill;
use callcoach_core::drill::{
    Drill, DrillRecord, DrillRun, SITTING, Schedule, TraineeDrills, due, trainee_drills,
};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::record::Mode;
use callcoach_core::records::session::Session;
use callcoach_core::records::store;

use super::library::compile_library_with;
use super::out::Out;
use super::play;

/// The verbs of `callcoach drill`.
#[derive(Debug, Subcommand)]
pub enum DrillCommand {
    /// The trainee's drills due today (with --all, every drill and where it stands).
    List(DrillListArgs),
    /// Play a drill: `RUBRIC/RULE` (as `list` shows it), or `next` for the first one due.
    Play(DrillPlayArgs),
}

/// The arguments of `callcoach drill list`.
#[derive(Debug, Args)]
pub struct DrillListArgs {
    /// The trainee's name, as their records give it.
    #[arg(long)]
    pub trainee: String,
    /// The day to list for (YYYY-MM-DD). Default: today.
    #[arg(long)]
    pub date: Option<NaiveDate>,
    /// Every drill, not only those due: upcoming and retired too.
    #[arg(long)]
    pub all: bool,
    /// Language of the list (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
}

/// The arguments of `callcoach drill play`.
#[derive(Debug, Args)]
pub struct DrillPlayArgs {
    /// `RUBRIC/RULE` of the drill, or `next`.
    pub drill: String,
    /// The trainee's name, as their records give it.
    #[arg(long)]
    pub trainee: String,
    /// Language of the drill (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Scripted picks, as for `play --picks`.
    #[arg(long, value_delimiter = ',')]
    pub picks: Option<Vec<String>>,
    /// Do not write the drill's record.
    #[arg(long)]
    pub no_record: bool,
}

/// Runs a `drill` verb; returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, command: DrillCommand) -> i32 {
    let data = store::data_dir(data_dir);
    match command {
        DrillCommand::List(args) => list(library, &data, &args),
        DrillCommand::Play(args) => play_drill(library, &data, &args),
    }
}

/// What both verbs load: the library, its playable scenarios, the trainee's drills.
struct Loaded {
    lib: callcoach_core::content::loader::Library,
    scenarios: std::collections::BTreeMap<String, Arc<callcoach_core::compile::CompiledScenario>>,
    mine: TraineeDrills,
}

fn load(library: Option<&Path>, data: &Path, trainee: &str) -> Result<Loaded, i32> {
    if let Err(e) = store::existing_data_dir(data) {
        eprintln!("error: {e}");
        return Err(2);
    }
    let Some((lib, scenarios)) = compile_library_with(library) else {
        return Err(2);
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let mine =
        trainee_drills(data, trainee, &scenarios, &cases, &Schedule::default()).map_err(|e| {
            eprintln!("error: {e}");
            1
        })?;
    warn_skipped(&mine.skipped);
    Ok(Loaded {
        lib,
        scenarios,
        mine,
    })
}

/// Names on stderr each drill file that was not counted, with why.
pub(super) fn warn_skipped(skipped: &[(std::path::PathBuf, String)]) {
    for (path, why) in skipped {
        eprintln!(
            "warning: {}: not counted, {}",
            terminal(&path.display().to_string()),
            terminal(why)
        );
    }
}

fn known_lang(loc: &Localiser, lang: &str) -> Result<(), i32> {
    if loc.languages().contains(&lang) {
        return Ok(());
    }
    eprintln!(
        "error: no language \"{lang}\" (available: {})",
        loc.languages().join(", ")
    );
    Err(2)
}

fn list(library: Option<&Path>, data: &Path, args: &DrillListArgs) -> i32 {
    let Ok(loaded) = load(library, data, &args.trainee) else {
        return 2;
    };
    let loc = Localiser::new(&loaded.lib);
    if known_lang(&loc, &args.lang).is_err() {
        return 2;
    }
    let lang = args.lang.as_str();
    let today = args.date.unwrap_or_else(|| Utc::now().date_naive());
    let shown: Vec<&Drill> = if args.all {
        loaded.mine.drills.iter().collect()
    } else {
        due(&loaded.mine.drills, today, SITTING)
    };
    let mut out = Out::stdout("the drill list");
    if shown.is_empty() {
        let _ = writeln!(out, "{}", loc.text(lang, "drill-none", &[]).marked());
        return out.finish(0);
    }
    for d in shown {
        let state = if d.retired {
            loc.text(lang, "drill-retired", &[]).marked()
        } else if d.due <= today {
            loc.text(lang, "drill-due", &[("date", s(d.due.to_string()))])
                .marked()
        } else {
            loc.text(lang, "drill-upcoming", &[("date", s(d.due.to_string()))])
                .marked()
        };
        let _ = writeln!(
            out,
            "{}/{}  {}  [{}]",
            terminal(&d.origin.rubric),
            terminal(&d.origin.rule),
            loc.ui(lang, &d.origin.rule, None, None).marked(),
            state
        );
        let _ = writeln!(
            out,
            "    {}",
            loc.text(
                lang,
                "drill-where",
                &[
                    ("scenario", s(terminal(&d.scenario))),
                    ("turn", n(d.origin.turn)),
                    ("passes", n(d.passes_in_a_row)),
                    ("attempts", n(d.attempts)),
                ],
            )
            .marked()
        );
    }
    out.finish(0)
}

/// `play --drill NAME --agent TRAINEE`: the same as `drill play NAME --trainee TRAINEE`.
pub(super) fn play_from_play(
    library: Option<&Path>,
    data_dir: Option<&Path>,
    args: super::PlayArgs,
) -> i32 {
    let drill = DrillPlayArgs {
        drill: args.scenario,
        trainee: args.call.agent.unwrap_or_default(),
        lang: args.lang,
        picks: args.call.picks,
        no_record: args.no_record,
    };
    play_drill(library, &store::data_dir(data_dir), &drill)
}

fn play_drill(library: Option<&Path>, data: &Path, args: &DrillPlayArgs) -> i32 {
    let Ok(loaded) = load(library, data, &args.trainee) else {
        return 2;
    };
    let loc = Localiser::new(&loaded.lib);
    if known_lang(&loc, &args.lang).is_err() {
        return 2;
    }
    let lang = args.lang.as_str();
    let today = Utc::now().date_naive();
    let drill = if args.drill == "next" {
        due(&loaded.mine.drills, today, 1).first().copied()
    } else {
        args.drill
            .split_once('/')
            .and_then(|(rubric, rule)| loaded.mine.find(rubric, rule))
    };
    let Some(drill) = drill else {
        eprintln!(
            "error: {} has no drill \"{}\" (`callcoach drill list --all --trainee …` lists them)",
            terminal(&args.trainee),
            terminal(&args.drill)
        );
        return 1;
    };
    let Some(source) = loaded.mine.source(drill) else {
        eprintln!("error: the call {} is gone", drill.origin.source);
        return 1;
    };
    let sc = &loaded.scenarios[&source.meta.scenario];
    let mut run = match DrillRun::start(sc, source, drill.origin.clone(), lang, Utc::now()) {
        Ok(run) => run,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let call_sc = Arc::clone(run.call.scenario());
    let shown_agent = terminal(&args.trainee);
    let text = CallText::new(&loc, lang, &call_sc, &shown_agent);
    let header = loc
        .text(
            lang,
            "drill-start",
            &[
                (
                    "rule",
                    s(loc.ui(lang, &drill.origin.rule, None, None).marked()),
                ),
                ("turn", n(drill.origin.turn)),
            ],
        )
        .marked();
    let index = run.rule_index();
    let from = run.origin.turn;
    let mut session = Session::unjournalled(run.meta.clone(), run.call.clone());
    let played = play::play_until(
        &header,
        &mut session,
        &text,
        args.picks.clone(),
        Mode::Practice,
        |s| callcoach_core::drill::decision(&s.call, index, from).is_some(),
    );
    let mut out = match played {
        Ok(out) => out,
        Err(code) => return code,
    };
    run.call = session.call;
    let Some(record) = DrillRecord::of(&run, Utc::now()) else {
        eprintln!("error: the drill ended before its rule was decided");
        return 1;
    };
    let rule = &call_sc.rules[index];
    let verdict = if record.passed {
        "drill-passed"
    } else {
        "drill-failed"
    };
    let _ = writeln!(
        out,
        "{}: {} [{}] — {}",
        loc.text(lang, verdict, &[]).marked(),
        loc.ui(lang, &rule.id, None, None).marked(),
        loc.text(lang, &format!("status-{}", record.status.key()), &[])
            .marked(),
        loc.citation(lang, &rule.rubric, &rule.id, &rule.citation)
            .marked()
    );
    if !record.passed {
        let _ = writeln!(
            out,
            "  {}",
            loc.ui(lang, &rule.id, Some("coaching"), None).marked()
        );
    }
    if args.no_record {
        return out.finish(0);
    }
    match write_drill(data, &record) {
        Ok(path) => {
            let _ = writeln!(
                out,
                "{}",
                loc.text(
                    lang,
                    "drill-recorded",
                    &[("path", s(path.display().to_string()))]
                )
                .marked()
            );
            out.finish(0)
        }
        Err(e) => {
            eprintln!(
                "error: {}: {e}; the drill was not recorded",
                callcoach_core::drill::store::drills_dir(data).display()
            );
            out.finish(1)
        }
    }
}
