//! The command line: `callcoach check | play | walk | graph | report | synth-records | voice |
//! programme | certificate | drill`. A thin
//! layer of glue over the core: this file holds the arguments and the dispatch, and each verb
//! lives in its own file.

mod case;
mod certificate;
mod check;
mod cmi5;
mod desk;
mod drill;
mod graph;
mod input;
mod library;
mod out;
mod play;
mod programme;
mod report;
mod synth;
mod voice;
mod walk;

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use callcoach_core::cohort::xapi;
use callcoach_core::content::model::Jurisdiction;
use callcoach_core::engine::graph::GraphFormat;

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
    /// With no command: the app's dashboard reads the cohort from this LRS endpoint instead of
    /// the data folder (credentials as for `report --lrs`; the cohort key stays in the data
    /// folder).
    #[arg(long, value_name = "URL")]
    pub dashboard_lrs: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and check content: compiler-style diagnostics, exit status 1 on any error.
    Check(CheckArgs),
    /// Play a call in the terminal (the same engine as the app).
    Play(PlayArgs),
    /// Seeded random playthroughs: pass rate, score spread, best and worst path, unreached lines.
    Walk(WalkArgs),
    /// The call graph as Graphviz dot or Mermaid.
    Graph(GraphArgs),
    /// Cohort results from the session records in the data folder.
    Report(ReportArgs),
    /// Write synthetic session records (real scenarios, random picks) for trying reports.
    SynthRecords(SynthRecordsArgs),
    /// Sign the records written before format 4 (no MAC) that replay, keeping each original
    /// as a .bak file beside it: for a programme that upgrades (docs/records.md).
    Seal,
    /// Play a call as a cmi5 assignable unit launched by an LMS: the launch URL's token,
    /// LMS.LaunchData's scenario, and the cmi5 statements to the LMS (docs/cmi5.md).
    Launch(LaunchArgs),
    /// Print the cmi5 course structure of the library's scenarios (cmi5/cmi5.xml).
    Cmi5Course(Cmi5CourseArgs),
    /// The debtor's voice: render a scenario's lines as audio, or hear one (docs/voice.md).
    #[command(subcommand)]
    Voice(VoiceCommand),
    /// The training programme: tracks, groups, assignments with due dates, the funnel, a
    /// trainee's progress and the mastery matrix (docs/programme.md).
    #[command(subcommand)]
    Programme(programme::ProgrammeCommand),
    /// Certificates of a completed track: issue one (PDF and Open Badges credential) or
    /// verify one against the records (docs/certificates.md).
    #[command(subcommand)]
    Certificate(CertificateCommand),
    /// Drills at the decisions where the trainee broke a rule: today's list, and playing one
    /// (docs/programme.md, "Drills").
    #[command(subcommand)]
    Drill(drill::DrillCommand),
}

/// Runs the command line; returns the process exit status.
pub fn run(cli: Cli) -> i32 {
    let library = cli.library.as_deref();
    let data_dir = cli.data_dir.as_deref();
    let Some(command) = cli.command else {
        eprintln!("callcoach was built without the app; use a command (see --help)");
        return 2;
    };
    match command {
        Command::Check(args) => check::run(library, &args),
        Command::Play(args) => play::run(library, data_dir, args),
        Command::Walk(args) => walk::run(library, &args),
        Command::Graph(args) => graph::run(library, &args),
        Command::Report(args) => report::run(library, data_dir, args),
        Command::SynthRecords(args) => synth::run(library, data_dir, &args),
        Command::Seal => report::seal(library, data_dir),
        Command::Launch(args) => cmi5::launch(library, data_dir, args),
        Command::Cmi5Course(args) => cmi5::course(library, &args),
        Command::Voice(VoiceCommand::Render(args)) => voice::render(library, data_dir, &args),
        Command::Voice(VoiceCommand::Line(args)) => voice::line(library, data_dir, &args),
        Command::Programme(command) => programme::run(library, data_dir, command),
        Command::Certificate(CertificateCommand::Issue(args)) => {
            certificate::issue(library, data_dir, &args)
        }
        Command::Certificate(CertificateCommand::Verify(args)) => {
            certificate::verify(library, data_dir, &args)
        }
        Command::Drill(command) => drill::run(library, data_dir, command),
    }
}

// The fields below carry clap's help text in their doc comments, so a field without one has no
// help line on purpose: adding one would change `--help`.

/// The arguments of `callcoach check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Library roots, scenario files or scenario ids (default: the whole library).
    pub paths: Vec<String>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Also list, for every rule, the scenario choices that exercise it.
    #[arg(long)]
    pub coverage: bool,
    /// Do not read or write the analysis cache ($CALLCOACH_CACHE_DIR, else the platform
    /// cache folder): analyse every scenario.
    #[arg(long)]
    pub no_cache: bool,
    /// Also say, on standard error, how many scenarios were analysed and how many analyses
    /// came from the cache, and how long the check took.
    #[arg(long)]
    pub timings: bool,
}

/// The arguments of `callcoach play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// Scenario id or path to its .ron file (with `--case`, a case id).
    pub scenario: String,
    /// Language of the call (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
    #[command(flatten)]
    pub call: CallArgs,
    /// Exam mode: the debtor's mood is hidden.
    #[arg(long)]
    pub exam: bool,
    /// Do not write a session record.
    #[arg(long)]
    pub no_record: bool,
    /// The name is a case id: play the case's next call (your latest playing of it goes on;
    /// one that has ended, or none, starts it anew). Needs records (not `--no-record`).
    #[arg(long)]
    pub case: bool,
    /// With `--case`: start the case anew even when your latest playing of it goes on.
    #[arg(long, requires = "case")]
    pub new_case: bool,
    /// The name is a drill, `RUBRIC/RULE` as `drill list` shows it, or `next` for the first
    /// due: replay the call to the decision where the rule was broken and answer from there
    /// (the same as `drill play`; `--agent` names the trainee whose drill it is).
    #[arg(long, conflicts_with_all = ["case", "exam"], requires = "agent")]
    pub drill: bool,
}

/// How a call in the terminal is played: what `play` and `launch` share.
#[derive(Debug, Clone, Args)]
pub struct CallArgs {
    /// Seed of the call's randomness (line wordings, choice order, chance). Default: random.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Scripted picks: 1-based positions as displayed (`--picks 2,1,3`), or choice ids,
    /// which replay the same path whatever the seed shuffles (`--picks ask-for-dana,verify-dob`);
    /// `t` lets the answer timer run out. At a negotiation step, terms propose an arrangement:
    /// `plan:AMOUNT:COUNT:weekly|fortnightly|monthly:FIRST-DATE`, `settle:AMOUNT:DATE`,
    /// `extend:DATE` or `full:DATE` (dates YYYY-MM-DD).
    #[arg(long, value_delimiter = ',')]
    pub picks: Option<Vec<String>>,
    /// Your name as the caller ($agent in the text); also the trainee id of the record.
    /// Default: for `play`, the language's `default-agent-name` (ui.ftl), e.g. Trainee,
    /// Kursant; for `launch`, the cmi5 actor's account name.
    #[arg(long)]
    pub agent: Option<String>,
    /// Wrap-up disposition code (e.g. payment-plan); asked for when playing interactively.
    #[arg(long)]
    pub disposition: Option<String>,
    /// Wrap-up notes.
    #[arg(long, default_value = "")]
    pub notes: String,
    /// Wrap-up: the arrangement's terms as recorded (the compact form of `--picks`), or `none`.
    #[arg(long)]
    pub wrap_terms: Option<String>,
    /// Wrap-up: the next action (none, callback, await-payment, send-letter, review-dispute,
    /// escalate, stop-contact).
    #[arg(long)]
    pub next_action: Option<String>,
    /// Wrap-up: the date of the next action (YYYY-MM-DD).
    #[arg(long)]
    pub next_date: Option<String>,
    /// Wrap-up: account flags, comma-separated (dispute, hardship, vulnerability, third-party,
    /// cease).
    #[arg(long, value_delimiter = ',')]
    pub flags: Option<Vec<String>>,
}

/// The arguments of `callcoach launch`.
#[derive(Debug, Args)]
pub struct LaunchArgs {
    /// The launch URL the LMS opened (with endpoint, fetch, actor, registration, activityId).
    pub url: String,
    /// Language of the call (default: the launch parameters' "lang", else en).
    #[arg(long)]
    pub lang: Option<String>,
    #[command(flatten)]
    pub call: CallArgs,
    /// Play in the terminal instead of the desktop app (an app build opens the app unless
    /// `--picks` or this is given).
    #[arg(long)]
    pub terminal: bool,
    /// Base IRI of callcoach's own result extensions.
    #[arg(long, default_value = xapi::DEFAULT_BASE)]
    pub xapi_base: String,
}

/// The arguments of `callcoach cmi5-course`.
#[derive(Debug, Args)]
pub struct Cmi5CourseArgs {
    /// Base IRI of the course, block and AU ids.
    #[arg(long, default_value = xapi::DEFAULT_BASE)]
    pub xapi_base: String,
    /// The URL each AU opens: the launcher page (relative to cmi5.xml, or absolute).
    #[arg(long, default_value = "launcher.html")]
    pub launcher: String,
    /// The AUs' moveOn (Passed, Completed, CompletedAndPassed, CompletedOrPassed,
    /// NotApplicable).
    #[arg(long, default_value = "CompletedAndPassed")]
    pub move_on: String,
    /// The AUs' masteryScore (0 to 1); none by default: the call's own verdict decides.
    #[arg(long)]
    pub mastery_score: Option<f64>,
}

/// The arguments of `callcoach walk`.
#[derive(Debug, Args)]
pub struct WalkArgs {
    pub scenario: String,
    #[arg(long, default_value_t = 10_000)]
    pub runs: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, value_enum, default_value_t = OutFormat::Table)]
    pub format: OutFormat,
}

/// The arguments of `callcoach graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    pub scenario: String,
    #[arg(long, value_enum, default_value_t = GraphFormatArg::Dot)]
    pub format: GraphFormatArg,
}

/// The arguments of `callcoach report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// CSV: one row per rule result instead of one per session.
    #[arg(long)]
    pub rules: bool,
    /// Only this trainee (name or id, any case).
    #[arg(long)]
    pub trainee: Option<String>,
    /// Only this scenario id.
    #[arg(long)]
    pub scenario: Option<String>,
    /// Only scenarios of this jurisdiction (us, uk, pl, eu).
    #[arg(long, value_parser = parse_jurisdiction)]
    pub jurisdiction: Option<Jurisdiction>,
    /// Sessions started on or after this day (YYYY-MM-DD, UTC).
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Sessions started on or before this day (YYYY-MM-DD, UTC).
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// Base IRI of xAPI actor home pages and activity ids.
    #[arg(long, default_value = xapi::DEFAULT_BASE)]
    pub xapi_base: String,
    /// Send the xAPI statements to this Learning Record Store endpoint (credentials from
    /// CALLCOACH_LRS_USER / CALLCOACH_LRS_PASSWORD, else from the URL's user:password@, never
    /// shown); statements this LRS confirmed before (its ledger in <data>/xapi-sent/) are
    /// skipped. Each batch gives up after 20 s (5 s to connect, 10 s per try).
    #[arg(long, value_name = "URL")]
    pub lrs: Option<String>,
    /// Read the cohort from this LRS endpoint instead of the data folder: every record travels
    /// in its call's completion statement and is verified again with the data folder's
    /// cohort.key (credentials as for --lrs, never shown).
    #[arg(long, value_name = "URL", conflicts_with = "lrs")]
    pub from_lrs: Option<String>,
}

/// The arguments of `callcoach synth-records`.
#[derive(Debug, Args)]
pub struct SynthRecordsArgs {
    #[arg(long, default_value_t = 1000)]
    pub count: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How many different trainees.
    #[arg(long, default_value_t = 40)]
    pub trainees: usize,
    /// Trainees of different skill (0.05–0.95, from the seed): with that probability each
    /// gives the best answer the search finds, otherwise a random one.
    #[arg(long)]
    pub skilled: bool,
    /// Plant a miskey for item analysis: at this node strong trainees prefer this (wrong)
    /// choice, as <scenario>:<node>:<choice>. Implies --skilled.
    #[arg(long, value_name = "SCENARIO:NODE:CHOICE")]
    pub plant_miskey: Option<callcoach_core::cohort::report::PlantedMiskey>,
    /// Only this scenario id.
    #[arg(long)]
    pub scenario: Option<String>,
}

/// Formats of `callcoach check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

/// Formats of `callcoach walk`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    Table,
    Json,
}

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

/// Formats of `callcoach report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Xapi,
    /// Item analysis: one row per answer at each decision (docs/item-analysis.md).
    ItemsCsv,
    /// Item analysis as JSON: nodes with their answers and flags.
    ItemsJson,
}

/// `report --jurisdiction`: a jurisdiction key (us, uk, pl, eu), any case.
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

/// The verbs of `callcoach certificate`.
#[derive(Debug, Subcommand)]
pub enum CertificateCommand {
    /// Issue the certificate of a track the trainee completed (by verified, passed calls):
    /// cert.pdf and cert.json (an Open Badges 3.0 credential) in --out, a copy kept in
    /// <data>/certificates/; refused when the track is not completed.
    Issue(CertificateIssueArgs),
    /// Check a certificate (its file, or the code printed on it) against the records: exit
    /// status 0 when valid, 1 naming every problem.
    Verify(CertificateVerifyArgs),
}

/// The arguments of `callcoach certificate issue`.
#[derive(Debug, Args)]
pub struct CertificateIssueArgs {
    /// The trainee's name, as their records give it.
    #[arg(long)]
    pub trainee: String,
    /// The track's id.
    #[arg(long)]
    pub track: String,
    /// The track's scenarios in order (comma-separated), each passed once. Without it, the
    /// programme file's track with this id, its steps judged by their own completion rules.
    #[arg(long, value_delimiter = ',')]
    pub scenarios: Vec<String>,
    /// The track's title as printed (default: the programme track's title in the
    /// certificate's language, else the id).
    #[arg(long)]
    pub title: Option<String>,
    /// The folder cert.pdf and cert.json are written to.
    #[arg(long)]
    pub out: PathBuf,
    /// The certificate's language (default: that of the trainee's latest call on the track).
    #[arg(long, value_parser = ["en", "pl"])]
    pub lang: Option<String>,
}

/// The arguments of `callcoach certificate verify`.
#[derive(Debug, Args)]
pub struct CertificateVerifyArgs {
    /// A certificate: cert.json (the badge) or a certificate's own JSON.
    pub file: Option<PathBuf>,
    /// The code printed on the certificate (XXXX-XXXX-XXXX-XXXX), found in <data>/certificates/.
    #[arg(long, conflicts_with = "file")]
    pub code: Option<String>,
}

/// The verbs of `callcoach voice`.
#[derive(Debug, Subcommand)]
pub enum VoiceCommand {
    /// Write one audio file per line of a scenario, named by its message id (recorded lines
    /// from voice/<lang>/<scenario>/ as they are, the others synthesised with espeak-ng).
    Render(VoiceRenderArgs),
    /// Show one line's written and spoken words and its voice; write or play its audio.
    Line(VoiceLineArgs),
}

/// The arguments of `callcoach voice render`.
#[derive(Debug, Args)]
pub struct VoiceRenderArgs {
    /// Scenario id or path to its .ron file.
    pub scenario: String,
    /// Language of the lines (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// The folder to write the audio files to (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The caller's name where a line says it ($agent). Default: the language's
    /// `default-agent-name`.
    #[arg(long)]
    pub agent: Option<String>,
}

/// The arguments of `callcoach voice line`.
#[derive(Debug, Args)]
pub struct VoiceLineArgs {
    /// Scenario id or path to its .ron file.
    pub scenario: String,
    /// The line's message id (a node id, or `<node>-v2` for a second wording).
    pub message: String,
    /// Language of the line (en, pl).
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Write the line's audio to this file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Say the line through the sound device.
    #[arg(long)]
    pub play: bool,
    /// The caller's name where the line says it ($agent).
    #[arg(long)]
    pub agent: Option<String>,
}
