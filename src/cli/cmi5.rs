//! `callcoach launch <cmi5 launch URL>`: callcoach as a cmi5 assignable unit. Reads the
//! launch URL, takes the authorization token from the fetch URL (once), reads
//! `LMS.LaunchData` for the scenario to play, sends `initialized`, plays the call (in the
//! desktop app, straight into the scenario, in an app build with a display; else, or with
//! `--terminal` or `--picks`, in the terminal as `play`), then sends the call's turns
//! (`answered`, cmi5 allowed statements), `passed`/`failed`, `completed` and `terminated`
//! (core: `callcoach_core::cohort::cmi5`). And
//! `callcoach cmi5-course`: the course structure of the library's scenarios.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;

use callcoach_core::cohort::cmi5::{
    self, CourseAu, CourseBlock, CourseOptions, LaunchMode, MoveOn, Session,
};
use callcoach_core::cohort::xapi;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{Library, locate_library};
use callcoach_core::content::model::Jurisdiction;
use callcoach_core::records::store;

use super::library::with_scenario;
use super::out::Out;
use super::{Cmi5CourseArgs, LaunchArgs, PlayArgs, play};
use crate::lrs::{self, Lrs, cmi5 as net};

/// Runs a cmi5 launch; returns the exit status (2: the launch URL or launch data is wrong,
/// 1: the LMS or the call failed).
pub fn launch(library: Option<&Path>, data_dir: Option<&Path>, args: LaunchArgs) -> i32 {
    let launch = match cmi5::parse_launch_url(&args.url) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let data = store::data_dir(data_dir);
    let prior = match net::create_registration_dir(&data, &launch.registration)
        .and_then(|()| net::prior(&data, &launch.registration))
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    // The fetch URL works once: the token is taken here and nowhere else.
    let token = match net::fetch_token(&launch.fetch) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let lms = Lrs::with_authorization(&launch.endpoint, format!("Basic {token}"));
    let launch_data = match net::launch_data(&lms, &launch)
        .and_then(|t| cmi5::parse_launch_data(&t).map_err(|e| format!("{}: {e}", lms.endpoint)))
    {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let assignment = match cmi5::assignment(&launch, &launch_data) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    eprintln!(
        "cmi5: registration {}, scenario \"{}\" (from {}), {:?} mode, moveOn {}",
        launch.registration,
        assignment.scenario,
        assignment.source,
        launch_data.launch_mode,
        launch_data.move_on.key()
    );
    let ledger = net::ledger_path(&data, &launch.registration);
    let session = Session {
        launch: &launch,
        data: &launch_data,
        base: &args.xapi_base,
    };
    let lang = args
        .lang
        .clone()
        .or(assignment.lang.clone())
        .unwrap_or_else(|| "en".to_string());
    let trainee = args
        .call
        .agent
        .clone()
        .unwrap_or_else(|| launch.account_name().to_string());
    let player = Player::choose(&args);
    let mut call = args.call.clone();
    call.agent = Some(trainee.clone());
    let opts = play::options(PlayArgs {
        scenario: assignment.scenario.clone(),
        lang: lang.clone(),
        call,
        exam: false,
        no_record: false,
        case: false,
        new_case: false,
        drill: false,
    });
    // An unknown or broken scenario is reported by `with_scenario` before anything is sent:
    // the unit never became ready, so it sends no `initialized` (the LMS abandons the session).
    with_scenario(library, &assignment.scenario, |lib, sc| {
        let initialized_at = Utc::now();
        let initialized = session.initialized(initialized_at);
        if let Err(e) = lrs::send(&lms, &[initialized], &ledger) {
            eprintln!("error: {e}");
            return 1;
        }
        let before = record_names(&data);
        let code = match player {
            Player::Terminal => play::run_play(lib, Arc::clone(&sc), &opts, Some(&data)),
            #[cfg(feature = "app")]
            Player::App => callcoach_app::run(callcoach_app::AppOptions {
                library: library.map(Path::to_path_buf),
                data_dir: Some(data.clone()),
                record_source: None,
                assigned: Some(callcoach_app::assigned::Assigned {
                    scenario: assignment.scenario.clone(),
                    lang: lang.clone(),
                    trainee: trainee.clone(),
                    seed: args.call.seed,
                }),
            }),
        };
        // A call that did not end (or whose record was not written): no result to report.
        let record =
            new_record(&data, &before, &assignment.scenario, &trainee).filter(|_| code == 0);
        let mut statements = Vec::new();
        if let Some(r) = &record {
            // The turns (cmi5 allowed statements), then the judgement, as `report` makes them.
            let loc = Localiser::new(lib);
            let exported = xapi::statements(r, Some(&sc), &loc, &args.xapi_base);
            statements = session.turns(&exported, initialized_at, r.ended_at);
            let last = statements
                .last()
                .and_then(cmi5::statement_time)
                .unwrap_or(initialized_at);
            statements.extend(session.results(r, Some(&sc), &loc, prior, last));
        }
        let last = statements
            .last()
            .and_then(cmi5::statement_time)
            .unwrap_or(initialized_at);
        statements.push(session.terminated(initialized_at, last, Utc::now()));
        let verbs: Vec<&str> = statements
            .iter()
            .filter_map(|s| s["verb"]["id"].as_str())
            .filter_map(|v| v.rsplit('/').next())
            .collect();
        if let Err(e) = lrs::send(&lms, &statements, &ledger) {
            eprintln!("error: {e}");
            return 1;
        }
        let judged: Vec<&str> = verbs
            .iter()
            .copied()
            .filter(|v| *v == "passed" || *v == "completed")
            .collect();
        if !judged.is_empty()
            && let Err(e) = net::note_verbs(&data, &launch.registration, &judged)
        {
            eprintln!("warning: {e}");
        }
        let passed = prior.passed || verbs.contains(&"passed");
        let completed = prior.completed || verbs.contains(&"completed");
        let met = launch_data.launch_mode == LaunchMode::Normal
            && cmi5::move_on_met(launch_data.move_on, passed, completed);
        eprintln!(
            "cmi5: sent initialized, {} to {} (registration {}); moveOn {} {}",
            sent_summary(&verbs),
            lms.endpoint,
            launch.registration,
            launch_data.move_on.key(),
            if met { "met" } else { "not met" }
        );
        if let Some(url) = &launch_data.return_url {
            eprintln!("cmi5: return to the LMS at {url}");
        }
        if record.is_none() {
            eprintln!("cmi5: the call did not end: no result sent");
            return code.max(1);
        }
        code
    })
}

/// Where the call is played.
enum Player {
    Terminal,
    /// The desktop app, straight into the assigned call.
    #[cfg(feature = "app")]
    App,
}

impl Player {
    /// The app, in an app build with a display, unless `--terminal` or `--picks` is given.
    fn choose(args: &LaunchArgs) -> Player {
        #[cfg(feature = "app")]
        {
            let display = ["DISPLAY", "WAYLAND_DISPLAY"]
                .iter()
                .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
            if !args.terminal && args.call.picks.is_none() {
                if display {
                    return Player::App;
                }
                eprintln!(
                    "cmi5: no display (DISPLAY, WAYLAND_DISPLAY): the call is played in the terminal"
                );
            }
        }
        let _ = args;
        Player::Terminal
    }
}

/// The verbs sent after `initialized`, the turns counted: `3 answered, passed, completed, terminated`.
fn sent_summary(verbs: &[&str]) -> String {
    let answered = verbs.iter().filter(|v| **v == "answered").count();
    let mut parts: Vec<String> = Vec::new();
    if answered > 0 {
        parts.push(format!("{answered} answered"));
    }
    parts.extend(
        verbs
            .iter()
            .filter(|v| **v != "answered")
            .map(|v| v.to_string()),
    );
    parts.join(", ")
}

/// The record files in the data folder now.
fn record_names(data: &Path) -> BTreeSet<PathBuf> {
    store::record_files(data)
        .unwrap_or_default()
        .into_iter()
        .collect()
}

/// The record of this scenario and trainee written since `before` (the call just played; the
/// first, if several were).
fn new_record(
    data: &Path,
    before: &BTreeSet<PathBuf>,
    scenario: &str,
    trainee: &str,
) -> Option<callcoach_core::records::record::SessionRecord> {
    record_names(data)
        .difference(before)
        .filter_map(|p| store::read_record(p).ok())
        .filter(|r| r.meta.scenario == scenario && r.meta.trainee == trainee)
        .min_by_key(|r| r.ended_at)
}

/// Prints the course structure of the library's scenarios (`cmi5/cmi5.xml`).
pub fn course(library: Option<&Path>, args: &Cmi5CourseArgs) -> i32 {
    let move_on = match MoveOn::parse(&args.move_on) {
        Some(m) => m,
        None => {
            let all: Vec<&str> = MoveOn::ALL.iter().map(|m| m.key()).collect();
            eprintln!(
                "error: --move-on \"{}\" is not one of {}",
                args.move_on,
                all.join(", ")
            );
            return 2;
        }
    };
    if let Some(m) = args.mastery_score
        && !(0.0..=1.0).contains(&m)
    {
        eprintln!("error: --mastery-score {m} is not from 0 to 1");
        return 2;
    }
    let root = match locate_library(library) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let lib = Library::load(&root);
    let loc = Localiser::new(&lib);
    let langs = loc.languages();
    let titles = |f: &dyn Fn(&str) -> String| -> Vec<(String, String)> {
        langs.iter().map(|l| (l.to_string(), f(l))).collect()
    };
    let mut blocks = Vec::new();
    for j in [
        Jurisdiction::Us,
        Jurisdiction::Uk,
        Jurisdiction::Pl,
        Jurisdiction::Eu,
    ] {
        let mut ids: Vec<&str> = lib
            .scenarios
            .iter()
            .filter(|s| s.value.jurisdiction == j)
            .map(|s| s.value.id.as_str())
            .collect();
        ids.sort_unstable();
        if ids.is_empty() {
            continue;
        }
        blocks.push(CourseBlock {
            key: j.key().to_string(),
            titles: titles(&|l| loc.t(l, &format!("jurisdiction-{}", j.key()))),
            aus: ids
                .into_iter()
                .map(|id| CourseAu {
                    scenario: id.to_string(),
                    titles: titles(&|l| loc.scenario_title(l, id)),
                })
                .collect(),
        });
    }
    let opts = CourseOptions {
        base: args.xapi_base.clone(),
        launcher: args.launcher.clone(),
        move_on,
        mastery_score: args.mastery_score,
    };
    let xml = cmi5::course_structure(&titles(&|l| loc.t(l, "cmi5-course-title")), &blocks, &opts);
    let mut out = Out::stdout("the course structure");
    let _ = out.write_all(xml.as_bytes());
    out.finish(0)
}
