//! The command line: `callcoach check | play | walk | graph`. A thin shell over the core.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::Utc;
use clap::{Parser, Subcommand, ValueEnum};

use callcoach_core::check::{self, Scope};
use callcoach_core::cohort::report;
use callcoach_core::cohort::xapi;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::diagnostic;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::content::loader::{self, Library};
use callcoach_core::content::model::{Jurisdiction, Outcome};
use callcoach_core::engine::graph::{self, GraphFormat};
use callcoach_core::engine::runner::{RunError, seed_from_clock};
use callcoach_core::engine::scoring::{RuleStatus, WrapUp};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::engine::walk;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief;
use callcoach_core::records::record::{Mode, SessionMeta};
use callcoach_core::records::session::{FinishError, Finished, Session};
use callcoach_core::records::{store, verify};

use crate::lrs;
use callcoach_core::content::loader::locate_library;
use chrono::NaiveDate;

/// `graph --format`: the core's `GraphFormat` as a command-line value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormatArg {
    Dot,
    Mermaid,
}

impl From<GraphFormatArg> for GraphFormat {
    fn from(arg: GraphFormatArg) -> GraphFormat {
        match arg {
            GraphFormatArg::Dot => GraphFormat::Dot,
            GraphFormatArg::Mermaid => GraphFormat::Mermaid,
        }
    }
}

/// callcoach: practise debt-collection calls. With no command, opens the app.
#[derive(Debug, Parser)]
#[command(name = "callcoach", version, about, long_about = None)]
pub struct Cli {
    /// The content library (the folder holding scenarios/ and locales/). Default: the current
    /// folder, else the folder of the program or one above it.
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Option<PathBuf>,
    /// Where session records go. Default: $CALLCOACH_DATA_DIR, else the platform data folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and check content: compiler-style diagnostics, exit status 1 on any error.
    Check {
        /// Library roots, scenario files or scenario ids (default: the whole library).
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Also list, for every rule, the scenario choices that exercise it.
        #[arg(long)]
        coverage: bool,
    },
    /// Play a call in the terminal (the same engine as the app).
    Play {
        /// Scenario id or path to its .ron file.
        scenario: String,
        /// Language of the call (en, pl).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Seed of the call's randomness (line wordings, choice order, chance). Default: random.
        #[arg(long)]
        seed: Option<u64>,
        /// Scripted picks: 1-based positions as displayed (`--picks 2,1,3`), or choice ids,
        /// which replay the same path whatever the seed shuffles (`--picks ask-for-dana,verify-dob`);
        /// `t` lets the answer timer run out.
        #[arg(long, value_delimiter = ',')]
        picks: Option<Vec<String>>,
        /// Your name as the caller ($agent in the text); also the trainee id of the record.
        #[arg(long, default_value = "Trainee")]
        agent: String,
        /// Wrap-up disposition code (e.g. payment-plan); asked for when playing interactively.
        #[arg(long)]
        disposition: Option<String>,
        /// Wrap-up notes.
        #[arg(long, default_value = "")]
        notes: String,
        /// Exam mode: the debtor's mood is hidden.
        #[arg(long)]
        exam: bool,
        /// Do not write a session record.
        #[arg(long)]
        no_record: bool,
    },
    /// Seeded random playthroughs: pass rate, score spread, best and worst path, unreached lines.
    Walk {
        scenario: String,
        #[arg(long, default_value_t = 10_000)]
        runs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// The call graph as Graphviz dot or Mermaid.
    Graph {
        scenario: String,
        #[arg(long, value_enum, default_value_t = GraphFormatArg::Dot)]
        format: GraphFormatArg,
    },
    /// Cohort results from the session records in the data folder.
    Report {
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// CSV: one row per rule result instead of one per session.
        #[arg(long)]
        rules: bool,
        /// Only this trainee (name or id, any case).
        #[arg(long)]
        trainee: Option<String>,
        /// Only this scenario id.
        #[arg(long)]
        scenario: Option<String>,
        /// Only scenarios of this jurisdiction (us, uk, pl, eu).
        #[arg(long, value_parser = parse_jurisdiction)]
        jurisdiction: Option<Jurisdiction>,
        /// Sessions started on or after this day (YYYY-MM-DD, UTC).
        #[arg(long)]
        from: Option<NaiveDate>,
        /// Sessions started on or before this day (YYYY-MM-DD, UTC).
        #[arg(long)]
        to: Option<NaiveDate>,
        /// Base IRI of xAPI actor home pages and activity ids.
        #[arg(long, default_value = xapi::DEFAULT_BASE)]
        xapi_base: String,
        /// Send the xAPI statements to this Learning Record Store endpoint (credentials from
        /// CALLCOACH_LRS_USER / CALLCOACH_LRS_PASSWORD); statements already sent are skipped.
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
    },
    /// Write synthetic session records (real scenarios, random picks) for trying reports.
    SynthRecords {
        #[arg(long, default_value_t = 1000)]
        count: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// How many different trainees.
        #[arg(long, default_value_t = 40)]
        trainees: usize,
    },
}

/// Formats of `callcoach report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Xapi,
}

fn parse_jurisdiction(text: &str) -> Result<Jurisdiction, String> {
    [
        Jurisdiction::Us,
        Jurisdiction::Uk,
        Jurisdiction::Pl,
        Jurisdiction::Eu,
    ]
    .into_iter()
    .find(|j| j.key() == text.to_lowercase())
    .ok_or_else(|| format!("\"{text}\" is not one of us, uk, pl, eu"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    Table,
    Json,
}

/// Runs the command line; returns the process exit status.
pub fn run(cli: Cli) -> i32 {
    let Some(command) = cli.command else {
        eprintln!("callcoach was built without the app; use a command (see --help)");
        return 2;
    };
    match command {
        Command::Check {
            paths,
            format,
            coverage,
        } => run_check(cli.library.as_deref(), &paths, format, coverage),
        Command::Play {
            scenario,
            lang,
            seed,
            picks,
            agent,
            disposition,
            notes,
            exam,
            no_record,
        } => {
            let data = (!no_record).then(|| store::data_dir(cli.data_dir.as_deref()));
            let opts = PlayOptions {
                lang,
                seed: seed.unwrap_or_else(seed_from_clock),
                picks,
                agent,
                disposition,
                notes,
                mode: if exam { Mode::Exam } else { Mode::Practice },
            };
            with_scenario(cli.library.as_deref(), &scenario, |lib, sc| {
                run_play(lib, sc, &opts, data.as_deref())
            })
        }
        Command::Walk {
            scenario,
            runs,
            seed,
            format,
        } => with_scenario(cli.library.as_deref(), &scenario, |_, sc| {
            let started = Instant::now();
            let bar = indicatif::ProgressBar::new(runs);
            if runs < 50_000 || !io::stderr().is_terminal() {
                bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
            }
            let report = walk::walk(&sc, runs, seed, |done| bar.set_position(done));
            bar.finish_and_clear();
            let secs = started.elapsed().as_secs_f64();
            match format {
                OutFormat::Table => {
                    print!("{}", walk::render(&report));
                    eprintln!(
                        "({} choices in {:.2} s: {:.0} choices/s)",
                        report.choices,
                        secs,
                        report.choices as f64 / secs.max(1e-9)
                    );
                }
                OutFormat::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("report serialises")
                ),
            }
            0
        }),
        Command::Graph { scenario, format } => {
            with_scenario(cli.library.as_deref(), &scenario, |_, sc| {
                print!("{}", graph::render(&sc, format.into()));
                0
            })
        }
        Command::Report {
            format,
            rules,
            trainee,
            scenario,
            jurisdiction,
            from,
            to,
            xapi_base,
            lrs,
        } => {
            let filter = report::Filter {
                trainee,
                scenario,
                jurisdiction,
                from,
                to,
            };
            let data = store::data_dir(cli.data_dir.as_deref());
            run_report(
                cli.library.as_deref(),
                &data,
                &filter,
                format,
                rules,
                &xapi_base,
                lrs.as_deref(),
            )
        }
        Command::SynthRecords {
            count,
            seed,
            trainees,
        } => {
            let data = store::data_dir(cli.data_dir.as_deref());
            let Some(compiled) = compile_library(cli.library.as_deref()) else {
                return 1;
            };
            match report::synthesise(&compiled, &data, count, seed, trainees) {
                Ok(n) => {
                    eprintln!(
                        "wrote {n} synthetic record(s) to {}",
                        store::records_dir(&data).display()
                    );
                    0
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    1
                }
            }
        }
    }
}

/// Loads the library and compiles its scenarios (no balance search: replaying and re-scoring
/// records needs only the compiled scenarios); returns those that compiled.
fn compile_library(
    library: Option<&Path>,
) -> Option<std::collections::BTreeMap<String, Arc<CompiledScenario>>> {
    let root = match locate_library(library) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return None;
        }
    };
    let lib = Library::load(&root);
    let mut diagnostics = lib.load_diagnostics.clone();
    let mut compiled = std::collections::BTreeMap::new();
    for loaded in &lib.scenarios {
        if let Some(sc) = callcoach_core::compile::compile(&lib, loaded, &mut diagnostics) {
            compiled.insert(sc.id.clone(), Arc::new(sc));
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        eprintln!(
            "warning: the content library has {errors} error(s); records of scenarios that do not compile show as unavailable (callcoach check)"
        );
    }
    Some(compiled)
}

#[allow(clippy::too_many_arguments)]
fn run_report(
    library: Option<&Path>,
    data: &Path,
    filter: &report::Filter,
    format: ReportFormat,
    rules: bool,
    base: &str,
    lrs: Option<&str>,
) -> i32 {
    let Some(compiled) = compile_library(library) else {
        return 2;
    };
    let cohort = report::load_cohort(data, &compiled);
    for (path, why) in &cohort.corrupt {
        eprintln!("warning: {}: skipped, {why}", path.display());
    }
    let kept: Vec<&report::LoadedRecord> = cohort
        .records
        .iter()
        .filter(|r| filter.keeps(&r.record, &compiled))
        .collect();
    let rows: Vec<report::SessionRow> = kept.iter().map(|r| report::SessionRow::of(r)).collect();
    if lrs.is_none() || format != ReportFormat::Xapi {
        match format {
            ReportFormat::Table => {
                let summary = report::summarise(&cohort, |r| filter.keeps(r, &compiled));
                print!("{}", report::render_table(&summary, &cohort, &rows));
            }
            ReportFormat::Csv => {
                let text = if rules {
                    report::to_csv(&report::rule_rows(&kept))
                } else {
                    report::to_csv(&rows)
                };
                match text {
                    Ok(t) => print!("{t}"),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return 1;
                    }
                }
            }
            ReportFormat::Json => {
                let summary = report::summarise(&cohort, |r| filter.keeps(r, &compiled));
                let corrupt: Vec<serde_json::Value> = cohort
                    .corrupt
                    .iter()
                    .map(|(p, why)| serde_json::json!({"file": p, "error": why}))
                    .collect();
                let out =
                    serde_json::json!({ "summary": summary, "sessions": rows, "corrupt": corrupt });
                println!(
                    "{}",
                    serde_json::to_string_pretty(&out).expect("report serialises")
                );
            }
            ReportFormat::Xapi => {
                let statements: Vec<serde_json::Value> = kept
                    .iter()
                    .flat_map(|r| xapi::statements(&r.record, base))
                    .collect();
                println!(
                    "{}",
                    serde_json::to_string_pretty(&statements).expect("statements serialise")
                );
            }
        }
    }
    if let Some(endpoint) = lrs {
        let verified: Vec<&&report::LoadedRecord> = kept
            .iter()
            .filter(|r| r.verification == verify::Verification::Verified)
            .collect();
        if verified.len() < kept.len() {
            eprintln!(
                "warning: {} tampered or unverifiable session(s) not sent",
                kept.len() - verified.len()
            );
        }
        let statements: Vec<serde_json::Value> = verified
            .iter()
            .flat_map(|r| xapi::statements(&r.record, base))
            .collect();
        match lrs::send(
            &lrs::Lrs::from_env(endpoint),
            &statements,
            &lrs::ledger_path(data),
        ) {
            Ok(r) => eprintln!(
                "sent {} statement(s) to {endpoint} ({} already sent before, {} retries)",
                r.sent, r.already_sent, r.retries
            ),
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        }
    }
    0
}

fn run_check(
    library: Option<&Path>,
    paths: &[String],
    format: CheckFormat,
    show_coverage: bool,
) -> i32 {
    // Each argument is a library root, a scenario file, or a scenario id.
    let mut roots: Vec<(PathBuf, Scope)> = Vec::new();
    if paths.is_empty() {
        match locate_library(library) {
            Ok(root) => roots.push((root, Scope::All)),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        }
    }
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            match loader::find_root(path) {
                Some(root) => roots.push((root, Scope::All)),
                None => {
                    eprintln!("error: {p}: no content library here (expected a scenarios/ folder)");
                    return 2;
                }
            }
        } else if path.is_file() {
            let Some(root) = loader::find_root(path) else {
                eprintln!(
                    "error: {p}: not inside a content library (no scenarios/ folder above it)"
                );
                return 2;
            };
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            roots.push((root, Scope::Scenarios(vec![id])));
        } else {
            match locate_library(library) {
                Ok(root) => roots.push((root, Scope::Scenarios(vec![p.clone()]))),
                Err(e) => {
                    eprintln!("error: {e}");
                    return 2;
                }
            }
        }
    }
    let mut errors = 0;
    let mut all_json = Vec::new();
    for (root, scope) in roots {
        let started = Instant::now();
        let lib = Library::load(&root);
        if let Scope::Scenarios(ids) = &scope {
            for id in ids {
                if lib.scenario(id).is_none() && !lib.broken_scenarios.contains_key(id) {
                    eprintln!("error: no scenario \"{id}\" in {}", root.display());
                    return 2;
                }
            }
        }
        let report = check::check(&lib, &scope, DEFAULT_BUDGET);
        let elapsed = started.elapsed();
        errors += report.errors();
        match format {
            CheckFormat::Human => {
                let sources = lib.sources();
                print!("{}", diagnostic::render(&report.diagnostics, &sources));
                if show_coverage {
                    println!("coverage (rule: scenario: node.choice):");
                    for (rule, uses) in &report.coverage {
                        let shown: Vec<&String> = uses.iter().take(4).collect();
                        let more = uses.len().saturating_sub(4);
                        let more = if more > 0 {
                            format!(" (+{more} more)")
                        } else {
                            String::new()
                        };
                        let list = if shown.is_empty() {
                            "NOT EXERCISED".to_string()
                        } else {
                            shown
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join("; ")
                        };
                        println!("  {rule}: {list}{more}");
                    }
                }
                for (id, b) in &report.balance {
                    let flag = |ok: bool| if ok { "yes" } else { "NO" };
                    println!(
                        "  {id}: winnable {} (best {}), losable {}, critical breach reachable {}{}",
                        flag(b.winnable),
                        b.best_score,
                        flag(b.losable),
                        flag(b.critical_reachable),
                        if b.truncated { " (search bounded)" } else { "" }
                    );
                }
                println!(
                    "{}: {} scenario(s), {} rubric(s), {} language(s): {} error(s), {} warning(s) in {} ms",
                    root.display(),
                    report.compiled.len() + lib.broken_scenarios.len(),
                    lib.rubrics.len(),
                    lib.locales.len(),
                    report.errors(),
                    report.warnings(),
                    elapsed.as_millis()
                );
            }
            CheckFormat::Json => all_json.push(serde_json::json!({
                "root": root,
                "errors": report.errors(),
                "warnings": report.warnings(),
                "diagnostics": report.diagnostics,
                "balance": report.balance,
                "coverage": report.coverage,
            })),
        }
    }
    if format == CheckFormat::Json {
        println!(
            "{}",
            serde_json::to_string_pretty(&all_json).expect("diagnostics serialise")
        );
    }
    if errors > 0 { 1 } else { 0 }
}

/// Loads the library, compiles the named scenario and runs `f`; reports problems and returns 1
/// when the scenario has errors.
fn with_scenario(
    library: Option<&Path>,
    name: &str,
    f: impl FnOnce(&Library, Arc<CompiledScenario>) -> i32,
) -> i32 {
    let path = Path::new(name);
    let (root, id) = if name.ends_with(".ron") || path.is_file() {
        match loader::find_root(path) {
            Some(r) => (
                r,
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            None => {
                eprintln!("error: {name}: not inside a content library");
                return 2;
            }
        }
    } else {
        match locate_library(library) {
            Ok(r) => (r, name.to_string()),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        }
    };
    let lib = Library::load(&root);
    let report = check::check(&lib, &Scope::Scenarios(vec![id.clone()]), DEFAULT_BUDGET);
    let Some(sc) = report.compiled.get(&id).cloned() else {
        if lib.scenario(&id).is_none() && !lib.broken_scenarios.contains_key(&id) {
            let known: Vec<&str> = lib.scenarios.iter().map(|s| s.value.id.as_str()).collect();
            eprintln!(
                "error: no scenario \"{id}\" in {} (known: {})",
                root.display(),
                known.join(", ")
            );
            return 2;
        }
        eprint!(
            "{}",
            diagnostic::render(&report.diagnostics, &lib.sources())
        );
        eprintln!("error: scenario \"{id}\" has errors; fix them first (callcoach check {id})");
        return 1;
    };
    if report.errors() > 0 {
        eprint!(
            "{}",
            diagnostic::render(&report.diagnostics, &lib.sources())
        );
    }
    f(&lib, sc)
}

struct PlayOptions {
    lang: String,
    seed: u64,
    picks: Option<Vec<String>>,
    agent: String,
    disposition: Option<String>,
    notes: String,
    mode: Mode,
}

fn run_play(
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
    let meta = SessionMeta::new(
        &sc,
        opts.agent.clone(),
        lang,
        opts.seed,
        opts.mode,
        Utc::now(),
    );
    let mut session = match Session::start(Arc::clone(&sc), meta, data) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if let Some(e) = &session.journal_error {
        eprintln!("warning: the call is not journalled ({e}); it goes on in memory");
    }
    let text = CallText::new(&loc, lang, &sc, &opts.agent);
    let out = &mut io::stdout().lock();
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let scripted = opts.picks.is_some();
    let mut picks = opts.picks.clone().unwrap_or_default().into_iter();

    // Header: who, what, when.
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
    let _ = writeln!(
        out,
        "{}",
        text.ui("cli-seed", &[("seed", s(opts.seed.to_string()))])
    );
    let _ = writeln!(out);

    while let Some(prompt) = session.call.prompt() {
        let node = prompt.node;
        let shown: Vec<u16> = prompt.choices.to_vec();
        let timeout = prompt.timeout;
        let _ = writeln!(
            out,
            "{}: {}",
            text.speaker_name(node),
            text.line(node, prompt.variant)
        );
        if opts.mode == Mode::Practice
            && let Some(mood) = session.call.var("mood")
        {
            let _ = writeln!(out, "   {}", text.ui("cli-mood", &[("mood", n(mood))]));
        }
        for (i, &c) in shown.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}", i + 1, text.choice(node, c));
        }
        if let Some(secs) = timeout {
            let _ = writeln!(
                out,
                "  ({}; {})",
                text.ui("call-timer", &[("seconds", n(secs))]),
                text.ui("cli-stay-silent", &[])
            );
        }
        let answer = if scripted {
            match picks.next() {
                Some(p) => p,
                None => {
                    eprintln!(
                        "error: the scripted picks ran out at node \"{}\" (turn {})",
                        prompt.node_id,
                        session.call.turns().len() + 1
                    );
                    return 1;
                }
            }
        } else {
            let _ = write!(
                out,
                "{} ",
                text.ui("call-choose", &[("count", n(shown.len() as f64))])
            );
            let _ = out.flush();
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) | Err(_) => {
                    eprintln!(
                        "\nstopped: no more input (the call is journalled and can be resumed in the app)"
                    );
                    return 1;
                }
                Ok(_) => line.trim().to_string(),
            }
        };
        let result = if answer.eq_ignore_ascii_case("t") && timeout.is_some() {
            session.time_out(timeout.unwrap_or(0) * 1000)
        } else {
            let picked = match answer.parse::<usize>() {
                Ok(k) if k >= 1 && k <= shown.len() => session.pick(k - 1, 0),
                _ => session.pick_id(&answer, 0),
            };
            match picked {
                Err(RunError::InvalidPick(_)) => {
                    let msg = text.ui(
                        "cli-pick-out-of-range",
                        &[
                            ("pick", s(answer.clone())),
                            ("count", n(shown.len() as f64)),
                        ],
                    );
                    if scripted {
                        eprintln!("error: {msg}");
                        return 1;
                    }
                    let _ = writeln!(out, "{msg}");
                    continue;
                }
                other => other,
            }
        };
        if let Err(e) = result {
            eprintln!("error: {e}");
            return 1;
        }
        let last = session.call.turns().last().expect("a turn was taken");
        let said = match last.pick {
            callcoach_core::engine::runner::Pick::Choice(c) => text.choice(node, c).text,
            callcoach_core::engine::runner::Pick::Timeout => text.ui("call-silence", &[]),
        };
        let _ = writeln!(out, "{}: {said}\n", text.ui("call-you-say", &[]));
    }
    let ending = session.call.ending().expect("the call is over");
    let _ = writeln!(
        out,
        "{}: {}",
        text.speaker_name(ending.node),
        text.line(ending.node, ending.variant)
    );
    let _ = writeln!(
        out,
        "{}\n",
        text.ui(
            "call-ended",
            &[("outcome", s(text.outcome(ending.outcome)))]
        )
    );

    // Wrap-up.
    let disposition = match &opts.disposition {
        Some(d) => match Outcome::parse(d) {
            Some(o) => Some(o),
            None => {
                let keys: Vec<&str> = Outcome::ALL.iter().map(|o| o.key()).collect();
                eprintln!(
                    "error: unknown disposition \"{d}\" (one of: {})",
                    keys.join(", ")
                );
                return 2;
            }
        },
        None if !scripted => ask_disposition(out, &mut input, &text),
        None => None,
    };
    let wrap_up = disposition.map(|d| WrapUp {
        disposition: d,
        notes: opts.notes.clone(),
    });

    // Record, then debrief from the record's scores (as the app does).
    let finished = session.finish(wrap_up, Utc::now(), data);
    let scores = match &finished {
        Ok(Finished { record, .. }) => &record.scores,
        Err(FinishError::Write(record, _)) => &record.scores,
        Err(FinishError::NotOver) => return 1,
    };
    let debrief = debrief::debrief(&text, &session.call, scores, DEFAULT_BUDGET);
    print_debrief(out, &text, &debrief);

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
        Err(FinishError::Write(_, e)) => {
            eprintln!("{}", text.ui("cli-record-failed", &[("error", s(e))]));
            return 1;
        }
        Err(FinishError::NotOver) => return 1,
    }
    0
}

fn ask_disposition(
    out: &mut impl Write,
    input: &mut impl BufRead,
    text: &CallText,
) -> Option<Outcome> {
    let _ = writeln!(out, "== {} ==", text.ui("wrapup-title", &[]));
    for (i, o) in Outcome::ALL.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, text.outcome(*o));
    }
    loop {
        let _ = write!(
            out,
            "{} (1–{}): ",
            text.ui("wrapup-disposition", &[]),
            Outcome::ALL.len()
        );
        let _ = out.flush();
        let mut line = String::new();
        if input.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Ok(k) = line.trim().parse::<usize>()
            && (1..=Outcome::ALL.len()).contains(&k)
        {
            return Some(Outcome::ALL[k - 1]);
        }
    }
}

fn print_debrief(out: &mut impl Write, text: &CallText, d: &debrief::Debrief) {
    let _ = writeln!(out, "== {} ==", text.ui("debrief-title", &[]));
    for dim in &d.scores.dimensions {
        let _ = writeln!(
            out,
            "  {}",
            text.ui("debrief-score", &debrief::score_args(text, dim))
        );
    }
    if d.scores.critical_breach {
        let _ = writeln!(out, "  {}", text.ui("debrief-critical", &[]));
    }
    let verdict = if d.scores.passed {
        "debrief-passed"
    } else {
        "debrief-failed"
    };
    let _ = writeln!(out, "  => {}\n", text.ui(verdict, &[]));
    for r in &d.rules {
        let status = r.result.status.key();
        let marker = match r.result.status {
            RuleStatus::Broken => "✗",
            RuleStatus::Partial | RuleStatus::Missed => "~",
            RuleStatus::Met => "✓",
            RuleStatus::NotApplicable => "–",
        };
        let severity = text.ui(&format!("severity-{}", r.result.severity.key()), &[]);
        let when = match r.result.turn {
            Some(0) => format!(", {}", text.ui("debrief-rule-call-time", &[])),
            Some(t) => format!(", {}", text.ui("debrief-rule-turn", &[("turn", n(t))])),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "  {marker} {} {} [{}] {}/{} ({}{when}) — {}",
            r.result.rule,
            r.title,
            text.ui(&format!("status-{status}"), &[]),
            r.result.earned,
            r.result.max,
            severity,
            r.citation
        );
        if matches!(
            r.result.status,
            RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
        ) {
            let _ = writeln!(out, "      {}", r.coaching);
            if let Some(said) = &r.said {
                let _ = writeln!(out, "      {}: \"{said}\"", text.ui("call-you-say", &[]));
                if let Some(why) = &r.said_why {
                    let _ = writeln!(out, "        {why}");
                }
            }
            if let Some(better) = &r.better {
                let _ = writeln!(out, "      {} \"{better}\"", text.ui("debrief-better", &[]));
                if let Some(why) = &r.better_why {
                    let _ = writeln!(out, "        {why}");
                }
            }
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "  {}:", text.ui("debrief-your-path", &[]));
    for (i, p) in d.your_path.iter().enumerate() {
        let _ = writeln!(out, "    {}. {p}", i + 1);
    }
    if let Some(best) = &d.best_score {
        let _ = writeln!(
            out,
            "  {} ({}):",
            text.ui("debrief-best-path", &[]),
            best.overall
        );
        for (i, p) in d.best_path.iter().enumerate() {
            let _ = writeln!(out, "    {}. {p}", i + 1);
        }
    }
}
