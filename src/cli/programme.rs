//! `callcoach programme …`: the training programme for scripted programmes (docs/programme.md).
//! Editing verbs (`track add`, `group add`, `assign`) load `<data>/programme.ron`, change it
//! and save it through the core's merging save, so a coordinator editing at the same time
//! loses nothing (conflicts are printed as warnings). Reading verbs (`track list`, `funnel`,
//! `progress`, `mastery`, `check`) judge progress on the cohort's verified records only.

use std::io::Write;
use std::path::Path;

use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand, ValueEnum};

use callcoach_core::cohort::report;
use callcoach_core::cohort::safe::terminal;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{Library, locate_library};
use callcoach_core::drill::store::load_drills;
use callcoach_core::programme::check::{Known, check};
use callcoach_core::programme::export;
use callcoach_core::programme::file::{self, programme_path};
use callcoach_core::programme::mastery;
use callcoach_core::programme::model::{Assignment, Group, Programme, Step, Track, Work};
use callcoach_core::programme::progress::{self, Evidence};
use callcoach_core::records::store;

use super::library::compile_library_with;
use super::out::Out;

/// The verbs of `callcoach programme`.
#[derive(Debug, Subcommand)]
pub enum ProgrammeCommand {
    /// Tracks: scenarios and cases in order, each with its completion rule.
    #[command(subcommand)]
    Track(TrackCommand),
    /// Groups of trainees.
    #[command(subcommand)]
    Group(GroupCommand),
    /// Assign a track or a scenario to trainees or groups, due by a day.
    Assign(AssignArgs),
    /// Each assignment's funnel (assigned, not started, in progress, overdue, completed),
    /// then each trainee's.
    Funnel(FunnelArgs),
    /// One trainee's assignments, step by step.
    Progress(ProgressArgs),
    /// The mastery matrix: trainee × rule, attempts, share kept, last status, trend.
    Mastery(MasteryArgs),
    /// Check the programme file: its syntax, and every scenario, case, track and group it names.
    Check,
}

/// `programme track …`.
#[derive(Debug, Subcommand)]
pub enum TrackCommand {
    /// Add a track (or replace the steps and titles of the track with that id).
    Add(TrackAddArgs),
    /// List the tracks.
    List(ListArgs),
}

/// `programme group …`.
#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Add a group, or add trainees to the group with that id.
    Add(GroupAddArgs),
}

/// The arguments of `programme track add`.
#[derive(Debug, Args)]
pub struct TrackAddArgs {
    /// The track's id (a-z, 0-9, '-').
    pub id: String,
    /// The title.
    #[arg(long)]
    pub title: String,
    /// The title in Polish.
    #[arg(long)]
    pub title_pl: Option<String>,
    /// A step, in order: a scenario id or `case:<id>`, then `=RULE` (default `passed`; rules:
    /// passed, passed-exam, passed-practice, score-N, no-critical-N, joined by +).
    #[arg(long = "step", required = true, value_name = "TARGET[=RULE]")]
    pub steps: Vec<String>,
}

/// The arguments of `programme group add`.
#[derive(Debug, Args)]
pub struct GroupAddArgs {
    /// The group's id (a-z, 0-9, '-').
    pub id: String,
    /// The group's name (default: the id).
    #[arg(long)]
    pub name: Option<String>,
    /// A trainee's name as they sign in (repeat for more).
    #[arg(long = "trainee", value_name = "NAME")]
    pub trainees: Vec<String>,
}

/// The arguments of `programme assign`.
#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The track to assign.
    #[arg(
        long,
        required_unless_present = "scenario",
        conflicts_with = "scenario"
    )]
    pub track: Option<String>,
    /// A single scenario to assign (complete when passed once).
    #[arg(long)]
    pub scenario: Option<String>,
    /// A trainee (repeat for more).
    #[arg(
        long = "trainee",
        value_name = "NAME",
        required_unless_present = "groups"
    )]
    pub trainees: Vec<String>,
    /// A group, by id (repeat for more).
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,
    /// The last day to complete it (YYYY-MM-DD).
    #[arg(long)]
    pub due: NaiveDate,
    /// The assignment's id (default: made from the track or scenario).
    #[arg(long)]
    pub id: Option<String>,
    /// Who assigns it (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
}

/// Output formats of the reading verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// The arguments of `programme track list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Language of the titles (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
}

/// The options every verb reading progress shares.
#[derive(Debug, Args)]
pub struct Judging {
    /// Language of the table (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Count synthetic sessions (`synth-records`) as trainees' calls, for trying the views.
    #[arg(long)]
    pub include_synthetic: bool,
    /// Judge as on this day (YYYY-MM-DD, end of the day UTC) instead of now.
    #[arg(long)]
    pub today: Option<NaiveDate>,
}

/// The arguments of `programme funnel`.
#[derive(Debug, Args)]
pub struct FunnelArgs {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub judging: Judging,
}

/// The arguments of `programme progress`.
#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// The trainee's name as they sign in.
    #[arg(long)]
    pub trainee: String,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub judging: Judging,
}

/// The arguments of `programme mastery`.
#[derive(Debug, Args)]
pub struct MasteryArgs {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub judging: Judging,
}

/// Runs one `programme` verb; returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, command: ProgrammeCommand) -> i32 {
    let data = store::data_dir(data_dir);
    match command {
        ProgrammeCommand::Track(TrackCommand::Add(args)) => track_add(library, &data, args),
        ProgrammeCommand::Track(TrackCommand::List(args)) => track_list(library, &data, &args),
        ProgrammeCommand::Group(GroupCommand::Add(args)) => group_add(&data, args),
        ProgrammeCommand::Assign(args) => assign(library, &data, args),
        ProgrammeCommand::Funnel(args) => funnel(library, &data, &args),
        ProgrammeCommand::Progress(args) => progress_verb(library, &data, &args),
        ProgrammeCommand::Mastery(args) => mastery_verb(library, &data, &args),
        ProgrammeCommand::Check => check_verb(library, &data),
    }
}

/// The programme on disk, or the error printed (exit status 1).
fn load(data: &Path) -> Result<Programme, i32> {
    file::load(data).map(|l| l.programme).map_err(|e| {
        eprintln!("error: {}", terminal(&e.to_string()));
        1
    })
}

/// The library's scenario and case ids, or the error printed.
fn known(library: Option<&Path>) -> Result<(Library, Known), i32> {
    let root = locate_library(library).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    let lib = Library::load(&root);
    let known = Known::of(&lib);
    Ok((lib, known))
}

/// Saves an edit made from `base`; prints the conflicts the merge settled. Exit status.
fn save(data: &Path, base: &Programme, ours: &Programme, what: &str) -> i32 {
    match file::save(data, base, ours) {
        Ok(saved) => {
            for c in &saved.conflicts {
                eprintln!("warning: {}", terminal(&c.to_string()));
            }
            eprintln!(
                "{what}; saved {}",
                terminal(&programme_path(data).display().to_string())
            );
            0
        }
        Err(e) => {
            eprintln!("error: {}", terminal(&e));
            1
        }
    }
}

fn valid_id(id: &str) -> Result<(), i32> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        eprintln!("error: \"{}\": an id is a-z, 0-9 and '-'", terminal(id));
        Err(2)
    }
}

fn track_add(library: Option<&Path>, data: &Path, args: TrackAddArgs) -> i32 {
    if let Err(code) = valid_id(&args.id) {
        return code;
    }
    let (_, known) = match known(library) {
        Ok(k) => k,
        Err(code) => return code,
    };
    let mut steps = Vec::new();
    for text in &args.steps {
        let step: Step = match text.parse() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: --step {}: {}", terminal(text), terminal(&e));
                return 2;
            }
        };
        let (kind, set) = match &step.target {
            callcoach_core::programme::model::Target::Scenario(_) => ("scenario", &known.scenarios),
            callcoach_core::programme::model::Target::Case(_) => ("case", &known.cases),
        };
        if !set.contains(step.target.id()) {
            eprintln!(
                "error: --step {}: no {kind} \"{}\" in the library (known: {})",
                terminal(text),
                terminal(step.target.id()),
                set.iter().cloned().collect::<Vec<_>>().join(", ")
            );
            return 2;
        }
        steps.push(step);
    }
    let Ok(base) = load(data) else { return 1 };
    let mut ours = base.clone();
    let mut titles = std::collections::BTreeMap::new();
    if let Some(pl) = args.title_pl.filter(|t| !t.trim().is_empty()) {
        titles.insert("pl".to_string(), pl);
    }
    let track = Track {
        id: args.id.clone(),
        title: args.title,
        titles,
        steps,
    };
    match ours.tracks.iter_mut().find(|t| t.id == args.id) {
        Some(t) => *t = track,
        None => ours.tracks.push(track),
    }
    save(
        data,
        &base,
        &ours,
        &format!("track \"{}\" written", args.id),
    )
}

fn track_list(library: Option<&Path>, data: &Path, args: &ListArgs) -> i32 {
    let Ok(programme) = load(data) else { return 1 };
    let mut out = Out::stdout("the track list");
    match args.format {
        Format::Json => {
            let _ = writeln!(out, "{}", json(serde_json::to_value(&programme.tracks)));
        }
        Format::Csv => {
            // A header row, then one row per step (tuples: the binary has no serde derive).
            let mut rows: Vec<(String, String, String, String, String)> = vec![(
                "track".into(),
                "title".into(),
                "position".into(),
                "target".into(),
                "rule".into(),
            )];
            for t in &programme.tracks {
                for (i, s) in t.steps.iter().enumerate() {
                    rows.push((
                        t.id.clone(),
                        t.title_in(&args.lang).to_string(),
                        (i + 1).to_string(),
                        s.target.to_string(),
                        s.rule.to_string(),
                    ));
                }
            }
            let _ = write!(out, "{}", report::to_csv(&rows).unwrap_or_default());
        }
        Format::Table => {
            let Ok((lib, _)) = known(library) else {
                return 2;
            };
            let loc = Localiser::new(&lib);
            if programme.tracks.is_empty() {
                let _ = writeln!(out, "{}", loc.t(&args.lang, "programme-no-tracks"));
            }
            for t in &programme.tracks {
                let _ = writeln!(
                    out,
                    "{}  {}",
                    terminal(&t.id),
                    terminal(t.title_in(&args.lang))
                );
                for (i, s) in t.steps.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "  {}. {} ({})",
                        i + 1,
                        terminal(&s.target.to_string()),
                        s.rule
                    );
                }
            }
        }
    }
    out.finish(0)
}

fn group_add(data: &Path, args: GroupAddArgs) -> i32 {
    if let Err(code) = valid_id(&args.id) {
        return code;
    }
    let Ok(base) = load(data) else { return 1 };
    let mut ours = base.clone();
    let trainees: Vec<String> = args
        .trainees
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    match ours.groups.iter_mut().find(|g| g.id == args.id) {
        Some(g) => {
            if let Some(name) = args.name {
                g.name = name;
            }
            for t in trainees {
                if !g
                    .trainees
                    .iter()
                    .any(|m| callcoach_core::programme::model::same_trainee(m, &t))
                {
                    g.trainees.push(t);
                }
            }
        }
        None => ours.groups.push(Group {
            id: args.id.clone(),
            name: args.name.unwrap_or_else(|| args.id.clone()),
            trainees,
        }),
    }
    save(
        data,
        &base,
        &ours,
        &format!("group \"{}\" written", args.id),
    )
}

fn assign(library: Option<&Path>, data: &Path, args: AssignArgs) -> i32 {
    let Ok(base) = load(data) else { return 1 };
    let work = match (&args.track, &args.scenario) {
        (Some(t), _) => {
            if base.track(t).is_none() {
                eprintln!(
                    "error: no track \"{}\" in the programme (add it with `programme track add`)",
                    terminal(t)
                );
                return 2;
            }
            Work::Track(t.clone())
        }
        (None, Some(s)) => {
            let (_, known) = match known(library) {
                Ok(k) => k,
                Err(code) => return code,
            };
            if !known.scenarios.contains(s) {
                eprintln!("error: no scenario \"{}\" in the library", terminal(s));
                return 2;
            }
            Work::Scenario(s.clone())
        }
        (None, None) => {
            eprintln!("error: give --track or --scenario");
            return 2;
        }
    };
    for g in &args.groups {
        if base.group(g).is_none() {
            eprintln!(
                "error: no group \"{}\" in the programme (add it with `programme group add`)",
                terminal(g)
            );
            return 2;
        }
    }
    let id = match &args.id {
        Some(id) => {
            if let Err(code) = valid_id(id) {
                return code;
            }
            id.clone()
        }
        None => {
            let stem = match &work {
                Work::Track(t) | Work::Scenario(t) => format!("{t}-{}", args.due),
            };
            Programme::fresh_id(&stem, |id| base.assignment(id).is_some())
        }
    };
    let by = args
        .by
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_default();
    let mut ours = base.clone();
    let assignment = Assignment {
        id: id.clone(),
        work,
        trainees: args.trainees,
        groups: args.groups,
        due: args.due,
        assigned_at: Utc::now(),
        assigned_by: by,
    };
    match ours.assignments.iter_mut().find(|a| a.id == id) {
        Some(a) => *a = assignment,
        None => ours.assignments.push(assignment),
    }
    save(data, &base, &ours, &format!("assignment \"{id}\" written"))
}

/// What the reading verbs need: the programme, the library's messages and the evidence.
struct Judged {
    programme: Programme,
    loc: Localiser,
    evidence: Evidence,
    now: chrono::DateTime<Utc>,
}

fn judged(library: Option<&Path>, data: &Path, judging: &Judging) -> Result<Judged, i32> {
    if let Err(e) = store::existing_data_dir(data) {
        eprintln!("error: {e}");
        return Err(2);
    }
    let programme = load(data)?;
    let Some((lib, compiled)) = compile_library_with(library) else {
        return Err(2);
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(data, &compiled, &cases);
    for (path, why) in &cohort.corrupt {
        eprintln!(
            "warning: {}: skipped, {}",
            terminal(&path.display().to_string()),
            terminal(why)
        );
    }
    let untrusted = cohort
        .records
        .iter()
        .filter(|r| !r.verification.is_trusted())
        .count();
    if untrusted > 0 {
        eprintln!(
            "warning: {untrusted} record(s) not verified are not counted (callcoach report lists why)"
        );
    }
    // Drills count in the mastery matrix (never as a step's attempt); a folder of drills
    // that cannot be listed is a warning, the calls are still judged.
    let drills = match load_drills(data, &compiled) {
        Ok(drills) => drills,
        Err(e) => {
            eprintln!("warning: drills not counted: {}", terminal(&e));
            Default::default()
        }
    };
    super::drill::warn_skipped(&drills.skipped);
    let evidence = Evidence::of(&cohort, &compiled, &cases, judging.include_synthetic)
        .with_drills(drills.trusted);
    let now = match judging.today {
        Some(day) => day.and_hms_opt(23, 59, 59).expect("a valid time").and_utc(),
        None => Utc::now(),
    };
    Ok(Judged {
        programme,
        loc: Localiser::new(&lib),
        evidence,
        now,
    })
}

fn json(value: serde_json::Result<serde_json::Value>) -> String {
    value
        .and_then(|v| serde_json::to_string_pretty(&v))
        .expect("programme figures serialise")
}

fn funnel(library: Option<&Path>, data: &Path, args: &FunnelArgs) -> i32 {
    // Like every verb that loads the programme: a file that cannot be read is 1.
    let Ok(j) = judged(library, data, &args.judging) else {
        return 1;
    };
    let funnels = progress::funnel(&j.programme, &j.evidence, j.now);
    let per = progress::per_trainee(&funnels);
    let mut out = Out::stdout("the funnel");
    match args.format {
        Format::Table => {
            let _ = write!(
                out,
                "{}",
                export::funnel_table(&j.programme, &funnels, &per, &j.loc, &args.judging.lang)
            );
        }
        Format::Csv => {
            let rows = export::funnel_rows(&funnels);
            let _ = write!(out, "{}", report::to_csv(&rows).unwrap_or_default());
        }
        Format::Json => {
            let value = serde_json::json!({ "assignments": funnels, "trainees": per });
            let _ = writeln!(out, "{}", json(Ok(value)));
        }
    }
    out.finish(0)
}

fn progress_verb(library: Option<&Path>, data: &Path, args: &ProgressArgs) -> i32 {
    // Like every verb that loads the programme: a file that cannot be read is 1.
    let Ok(j) = judged(library, data, &args.judging) else {
        return 1;
    };
    let mine = progress::progress_of(&j.programme, &j.evidence, &args.trainee, j.now);
    let mut out = Out::stdout("the progress");
    match args.format {
        Format::Table => {
            let _ = write!(
                out,
                "{}",
                export::progress_text(
                    &j.programme,
                    &args.trainee,
                    &mine,
                    &j.loc,
                    &args.judging.lang
                )
            );
        }
        Format::Csv => {
            let funnels: Vec<_> = progress::funnel(&j.programme, &j.evidence, j.now)
                .into_iter()
                .map(|mut f| {
                    f.trainees.retain(|p| {
                        callcoach_core::programme::model::same_trainee(&p.trainee, &args.trainee)
                    });
                    f
                })
                .collect();
            let rows = export::funnel_rows(&funnels);
            let _ = write!(out, "{}", report::to_csv(&rows).unwrap_or_default());
        }
        Format::Json => {
            let _ = writeln!(out, "{}", json(serde_json::to_value(&mine)));
        }
    }
    out.finish(0)
}

fn mastery_verb(library: Option<&Path>, data: &Path, args: &MasteryArgs) -> i32 {
    // Like every verb that loads the programme: a file that cannot be read is 1.
    let Ok(j) = judged(library, data, &args.judging) else {
        return 1;
    };
    let m = mastery::mastery(&j.evidence);
    let mut out = Out::stdout("the mastery matrix");
    match args.format {
        Format::Table => {
            let _ = write!(
                out,
                "{}",
                export::mastery_table(&m, &j.loc, &args.judging.lang)
            );
        }
        Format::Csv => {
            let rows = export::mastery_rows(&m);
            let _ = write!(out, "{}", report::to_csv(&rows).unwrap_or_default());
        }
        Format::Json => {
            let _ = writeln!(out, "{}", json(serde_json::to_value(&m)));
        }
    }
    out.finish(0)
}

fn check_verb(library: Option<&Path>, data: &Path) -> i32 {
    let path = programme_path(data);
    let Ok(programme) = load(data) else { return 1 };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let (_, known) = match known(library) {
        Ok(k) => k,
        Err(code) => return code,
    };
    let problems = check(&programme, &path, &text, &known);
    for p in &problems {
        eprintln!("error: {}", terminal(&p.to_string()));
    }
    if problems.is_empty() {
        eprintln!(
            "{}: {} track(s), {} group(s), {} assignment(s), no problems",
            terminal(&path.display().to_string()),
            programme.tracks.len(),
            programme.groups.len(),
            programme.assignments.len()
        );
        0
    } else {
        1
    }
}
