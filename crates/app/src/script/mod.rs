//! Scripted runs (`CALLCOACH_SCRIPT=file`): the end-to-end test drives the real app with the
//! same actions a trainee's clicks and keys send, and saves screenshots. One command a line:
//!
//! `wait-ready`, `trainee NAME`, `lang CODE`, `mode practice|exam`, `font SIZE`, `signin`,
//! `start SCENARIO [SEED]`, `resume`, `pick N`, `pick-id CHOICE`, `pick-to-end`, `timeout`,
//! at a negotiation step `terms FIELD VALUE` (a field of the terms panel: `kind`, `amount`,
//! `every`, `count`, `first`, `settle-amount`, `settle-by`, `extend-to`, `full-by`), `propose`
//! (the panel's button), `expect-terms-message` / `expect-no-terms-message`; in the wrap-up
//! `disposition KEY`, `wrap-terms none|agreed`, `wrap-term FIELD VALUE`, `next-action KEY`,
//! `next-date YYYY-MM-DD`, `flag KEY`, `notes TEXT`, `submit`; cases: `start-case CASE [SEED]`,
//! `next-case-call` (the debrief's button), `expect-case-next` / `expect-case-end` (the
//! between-calls screen leads to a next call / says how the case ended), `play-case-call`,
//! `continue-case CASE` (the library's button), `expect-carried TEXT` (an entry carried from
//! the earlier call holds it); `wait-debrief`, `rewind TURN`, `retry`, `leave`, `expect SCREEN`,
//! `expect-turn N`, `expect-desk` / `expect-no-desk` (the call is / is not at its pre-call
//! desk), `toggle-history` (the account history panel beside the call), `wait-errors`, `wait-clean`, `shot FILE`, `sleep MS`, `rest` (stop
//! scripting, leave the app idle), `quit`; `role trainee|trainer|coordinator`, `wait-idle`
//! (until no screen has background work); drills: `drills-day DATE`, `expect-drills N`,
//! `expect-due` / `expect-not-due RUBRIC/RULE`, `drills-start`, `drill-start RUBRIC/RULE`,
//! `expect-drill passed|failed`, `drill-next`. Verbs starting `trainer-` or `dashboard-` go to
//! those screens as [`ScriptVerb`]s, handled beside this file ([`dashboard`], [`trainer`]).
//!
//! Compiled only with the crate feature `script` (the tests' build turns it on; a release
//! build has none of it, and refuses to start with `CALLCOACH_SCRIPT` set).

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use callcoach_core::content::model::{Outcome, WrapFlag};
use callcoach_core::engine::scoring::documentation::NextAction;
use callcoach_core::records::record::Mode;

use crate::Screen;
use crate::active_call::{Active, CallAction, CallSystems, Pending};
use crate::cases::{CaseProgress, OpenCases};
use crate::content::Content;
use crate::drills::TodaysDrills;
use crate::prefs::{Prefs, Role};
use crate::redraw::Redraw;
use crate::screens::dashboard::{DashboardData, DashboardSystems};
use crate::screens::signin::SignIn;
use crate::screens::trainer::{BUSY as TRAINER_BUSY, TrainerSystems, TrainerWork};

pub mod dashboard;
pub mod trainer;

/// A script command for a screen module (`trainer-…`, `dashboard-…`).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ScriptVerb {
    /// The script line, for error messages.
    pub line: usize,
    /// The command's first word (`trainer-select`).
    pub verb: String,
    /// The rest of the line, trimmed.
    pub rest: String,
}

/// Screens with background work in progress (a cohort loading, a walk running), by name;
/// `wait-idle` waits until it is empty.
#[derive(Resource, Debug, Default)]
pub struct Busy(pub std::collections::BTreeSet<&'static str>);

/// The commands left to run.
#[derive(Resource, Debug)]
pub struct Script {
    lines: VecDeque<(usize, String)>,
    /// Frames to wait before the next command.
    settle: u32,
    waiting: Option<Wait>,
    path: PathBuf,
}

#[derive(Debug)]
enum Wait {
    Shot(Arc<AtomicBool>, Instant),
    Until(Instant),
    Ready(Instant),
    Debrief(Instant),
    Errors(bool, Instant),
    Idle(Instant),
}

const TIMEOUT: Duration = Duration::from_secs(60);

impl Script {
    /// The script named by `$CALLCOACH_SCRIPT`, if any.
    pub fn from_env() -> Result<Option<Script>, String> {
        let Some(path) = std::env::var_os("CALLCOACH_SCRIPT").filter(|p| !p.is_empty()) else {
            return Ok(None);
        };
        let path = PathBuf::from(path);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read the script: {e}", path.display()))?;
        Ok(Some(Script::parse(path, &text)))
    }

    /// The commands of a script's text: one a line, blank lines and `#` comments skipped.
    pub fn parse(path: PathBuf, text: &str) -> Script {
        let lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim().to_string()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
            .collect();
        Script {
            lines,
            settle: 10,
            waiting: None,
            path,
        }
    }
}

/// Runs the script set in [`Script`] (added by `run` when `$CALLCOACH_SCRIPT` names one).
pub(crate) fn plugin(app: &mut App) {
    app.add_systems(Update, run.run_if(resource_exists::<Script>));
}

/// What the app's logic needs for scripts, windowed or headless: the [`ScriptVerb`] message,
/// the screens' verb handlers, and [`Busy`] kept up to date.
pub(crate) fn logic_plugin(app: &mut App) {
    app.add_message::<ScriptVerb>()
        .init_resource::<Busy>()
        .add_systems(
            Update,
            (
                dashboard::verbs
                    .before(DashboardSystems)
                    .run_if(in_state(Screen::Dashboard)),
                trainer::verbs.before(CallSystems),
                track_busy.after(DashboardSystems).after(TrainerSystems),
            ),
        );
}

/// Names in [`Busy`] the screens with background work running.
fn track_busy(mut busy: ResMut<Busy>, dashboard: Res<DashboardData>, trainer: Res<TrainerWork>) {
    for (name, running) in [
        ("dashboard", dashboard.loading()),
        (TRAINER_BUSY, trainer.busy()),
    ] {
        if running {
            busy.0.insert(name);
        } else if busy.0.contains(name) {
            busy.0.remove(name);
        }
    }
}

/// Everything a script command may touch.
#[derive(SystemParam)]
struct Driver<'w, 's> {
    commands: Commands<'w, 's>,
    redraw: ResMut<'w, Redraw>,
    prefs: ResMut<'w, Prefs>,
    content: Res<'w, Content>,
    state: Res<'w, State<Screen>>,
    active: Option<ResMut<'w, Active>>,
    pending: Res<'w, Pending>,
    progress: Res<'w, CaseProgress>,
    open_cases: Res<'w, OpenCases>,
    actions: MessageWriter<'w, CallAction>,
    signin: MessageWriter<'w, SignIn>,
    exit: MessageWriter<'w, AppExit>,
    verbs: MessageWriter<'w, ScriptVerb>,
    busy: Res<'w, Busy>,
    drills: ResMut<'w, TodaysDrills>,
}

/// One step of the script a frame: wait, settle, or run the next command.
fn run(mut script: ResMut<Script>, mut driver: Driver) {
    driver.redraw.continuous = true;
    if script.waiting.is_some() {
        driver.check_wait(&mut script);
        return;
    }
    if script.settle > 0 {
        script.settle -= 1;
        return;
    }
    let Some((line, cmd)) = script.lines.pop_front() else {
        eprintln!("script {} done", script.path.display());
        driver.commands.remove_resource::<Script>();
        driver.exit.write(AppExit::Success);
        return;
    };
    eprintln!("script: {cmd}");
    script.settle = 8;
    driver.command(&mut script, line, cmd);
}

impl Driver<'_, '_> {
    /// Fails the run: says why and exits with an error.
    fn fail(&mut self, line: usize, msg: String) {
        eprintln!("script line {line}: {msg}");
        self.exit.write(AppExit::error());
    }

    /// Ends the wait when its condition holds; fails the run after [`TIMEOUT`].
    fn check_wait(&mut self, script: &mut Script) {
        let Some(w) = &script.waiting else { return };
        let line = script.lines.front().map_or(0, |l| l.0);
        let (done, since) = match w {
            Wait::Shot(flag, t) => (flag.load(Ordering::SeqCst), *t),
            Wait::Until(t) => (Instant::now() >= *t, Instant::now()),
            Wait::Ready(t) => (self.content.checked, *t),
            Wait::Debrief(t) => (
                self.active
                    .as_ref()
                    .is_some_and(|a| a.debrief_in(&self.prefs.lang).is_some()),
                *t,
            ),
            Wait::Errors(want, t) => (
                self.content.checked && (self.content.errors().count() > 0) == *want,
                *t,
            ),
            Wait::Idle(t) => (self.busy.0.is_empty(), *t),
        };
        if done {
            script.waiting = None;
            script.settle = 5;
        } else if since.elapsed() > TIMEOUT {
            let msg = format!("timed out waiting ({w:?})");
            self.fail(line, msg);
            script.waiting = None;
            script.lines.clear();
        }
    }

    /// Runs one command.
    fn command(&mut self, script: &mut Script, line: usize, cmd: String) {
        let (verb, rest) = cmd.split_once(' ').unwrap_or((cmd.as_str(), ""));
        let rest = rest.trim();
        let now = Instant::now();
        match verb {
            "wait-ready" => script.waiting = Some(Wait::Ready(now)),
            "wait-debrief" => script.waiting = Some(Wait::Debrief(now)),
            "wait-errors" => script.waiting = Some(Wait::Errors(true, now)),
            "wait-clean" => script.waiting = Some(Wait::Errors(false, now)),
            "wait-idle" => script.waiting = Some(Wait::Idle(now)),
            "role" => match Role::parse(rest) {
                Some(r) => self.prefs.role = r,
                None => self.fail(line, format!("unknown role {rest:?}")),
            },
            v if v.starts_with("trainer-") || v.starts_with("dashboard-") => {
                self.verbs.write(ScriptVerb {
                    line,
                    verb: v.to_string(),
                    rest: rest.to_string(),
                });
            }
            "trainee" => self.prefs.trainee = rest.to_string(),
            "lang" => self.prefs.lang = rest.to_string(),
            "font" => match rest.parse::<f32>() {
                Ok(v) => self.prefs.font_size = v,
                Err(_) => self.fail(line, format!("bad font size {rest:?}")),
            },
            "mode" => {
                self.prefs.mode = if rest == "exam" {
                    Mode::Exam
                } else {
                    Mode::Practice
                }
            }
            "signin" => {
                self.signin.write(SignIn);
            }
            "expect" => {
                let now = format!("{:?}", self.state.get());
                if !now.eq_ignore_ascii_case(rest) {
                    self.fail(line, format!("expected screen {rest}, on {now}"));
                }
            }
            "shot" => script.waiting = Some(self.shot(rest, now)),
            "sleep" => {
                let ms = rest.parse::<u64>().unwrap_or(500);
                script.waiting = Some(Wait::Until(now + Duration::from_millis(ms)));
            }
            "quit" => {
                self.exit.write(AppExit::Success);
            }
            "rest" => {
                // Stop scripting and leave the app at rest (for the idle-CPU figure).
                eprintln!("script: at rest");
                self.redraw.continuous = false;
                self.redraw.request();
                self.commands.remove_resource::<Script>();
            }
            _ => self.call_command(script, line, &cmd, verb, rest),
        }
    }

    /// The commands about the call: start, resume, pick, time out, wrap up, rewind, retry,
    /// leave, expect a turn.
    fn call_command(
        &mut self,
        script: &mut Script,
        line: usize,
        cmd: &str,
        verb: &str,
        rest: &str,
    ) {
        match verb {
            "start" => {
                let mut parts = rest.split_whitespace();
                let scenario = parts.next().unwrap_or_default().to_string();
                let seed = parts.next().and_then(|s| s.parse().ok());
                self.actions.write(CallAction::Start { scenario, seed });
            }
            "start-case" => {
                let mut parts = rest.split_whitespace();
                let case = parts.next().unwrap_or_default().to_string();
                let seed = parts.next().and_then(|s| s.parse().ok());
                self.actions.write(CallAction::StartCase { case, seed });
            }
            "next-case-call" => {
                // The debrief's "next call in this case" (or "how the case ends").
                if self.active.as_ref().is_none_or(|a| a.case_step.is_none()) {
                    self.fail(line, "no call of a case with a next step".into());
                }
                self.actions.write(CallAction::NextCaseCall);
            }
            "play-case-call" => {
                // The between-calls screen's "open the account for call N".
                if self.progress.0.as_ref().is_none_or(|p| p.next.is_none()) {
                    self.fail(line, "no next call of a case to play".into());
                }
                self.actions.write(CallAction::PlayCaseCall);
            }
            "continue-case" => {
                // The library's "continue case" of the first open instance of this case.
                let open = self.open_cases.0.iter().find(|o| o.case == rest);
                match open {
                    Some(o) => {
                        let instance = o.instance.clone();
                        self.actions.write(CallAction::ContinueCase { instance });
                    }
                    None => self.fail(line, format!("no open case {rest:?} in the library")),
                }
            }
            "expect-case-end" | "expect-case-next" => {
                let next = self.progress.0.as_ref().map(|p| p.next.is_some());
                if next != Some(verb == "expect-case-next") {
                    self.fail(line, format!("{verb}: the case step is {next:?}"));
                }
            }
            "expect-carried" => {
                // Call one's notes on this call's desk: an entry carried with this text in it.
                let found = self.active.as_ref().is_some_and(|a| {
                    a.scenario()
                        .history
                        .entries
                        .iter()
                        .any(|e| e.text.as_deref().is_some_and(|t| t.contains(rest)))
                });
                if !found {
                    self.fail(line, format!("no carried history entry with {rest:?}"));
                }
            }
            "resume" => {
                if self.pending.0.is_none() {
                    self.fail(line, "no unfinished call to resume".into());
                }
                self.actions.write(CallAction::Resume);
            }
            "pick" => match rest.parse::<usize>() {
                Ok(k) if k >= 1 => {
                    self.actions.write(CallAction::Pick(k - 1));
                }
                _ => self.fail(line, format!("bad pick {rest:?}")),
            },
            "pick-id" => self.pick_id(line, rest),
            "terms" | "propose" | "expect-terms-message" | "expect-no-terms-message" => {
                self.terms_command(line, verb, rest)
            }
            "wrap-terms" | "wrap-term" | "next-action" | "next-date" | "flag" => {
                self.wrap_command(line, verb, rest)
            }
            "pick-to-end" => {
                // Picks the first option until the call is over.
                if self
                    .active
                    .as_ref()
                    .is_some_and(|a| !a.session.call.is_over())
                {
                    self.actions.write(CallAction::Pick(0));
                    script.lines.push_front((line, cmd.to_string()));
                }
            }
            "timeout" => {
                self.actions.write(CallAction::TimeOut);
            }
            "disposition" => match (Outcome::parse(rest), self.active.as_mut()) {
                (Some(o), Some(a)) => a.disposition = Some(o),
                _ => self.fail(line, format!("bad disposition {rest:?} or no call")),
            },
            "notes" => {
                if let Some(a) = self.active.as_mut() {
                    a.notes = rest.to_string();
                }
            }
            "submit" => match self.active.as_ref().and_then(|a| a.wrap_up()) {
                Some(Err(problem)) => {
                    let why = problem.message(&self.content.loc, &self.prefs.lang);
                    self.fail(line, format!("the wrap-up cannot be submitted: {why}"));
                }
                wrap => {
                    self.actions
                        .write(CallAction::Finish(wrap.and_then(Result::ok)));
                }
            },
            "rewind" => match rest.parse::<usize>() {
                Ok(t) if t >= 1 => {
                    self.actions.write(CallAction::Rewind(t - 1));
                }
                _ => self.fail(line, format!("bad turn {rest:?}")),
            },
            "retry" => {
                self.actions.write(CallAction::Retry);
            }
            "leave" => {
                self.actions.write(CallAction::Leave);
            }
            "expect-desk" | "expect-no-desk" => {
                let at = self.active.as_ref().is_some_and(|a| a.at_desk());
                if at != (verb == "expect-desk") {
                    self.fail(line, format!("{verb}: at the desk is {at}"));
                }
            }
            "toggle-history" => {
                self.actions.write(CallAction::ToggleHistory);
            }
            "expect-turn" => {
                let turn = self
                    .active
                    .as_ref()
                    .map_or(0, |a| a.session.call.turns().len() + 1);
                if rest.parse::<usize>().ok() != Some(turn) {
                    self.fail(line, format!("expected turn {rest}, at turn {turn}"));
                }
            }
            v if v.starts_with("drill")
                || [
                    "expect-drills",
                    "expect-drill",
                    "expect-due",
                    "expect-not-due",
                ]
                .contains(&v) =>
            {
                self.drill_command(line, verb, rest)
            }
            other => self.fail(line, format!("unknown command {other:?}")),
        }
    }

    /// Today's drills: `drills-day DATE` (the day drills are due on), `expect-drills N` (due
    /// on the library's shelf), `drills-start` (the shelf's "start today's drills"),
    /// `drill-start RUBRIC/RULE` (one drill's button), `expect-drill passed|failed` (the
    /// result screen), `drill-next` (its "next drill").
    fn drill_command(&mut self, line: usize, verb: &str, rest: &str) {
        match verb {
            "drills-day" => match chrono::NaiveDate::parse_from_str(rest, "%Y-%m-%d") {
                Ok(day) => {
                    self.drills.day = Some(day);
                    self.redraw.request();
                }
                Err(_) => self.fail(line, format!("bad date {rest:?}")),
            },
            "expect-drills" => {
                let due = self.drills.due_today().len();
                if rest.parse::<usize>().ok() != Some(due) {
                    self.fail(line, format!("expected {rest} drill(s) due, {due} are"));
                }
            }
            "expect-due" | "expect-not-due" => {
                let today = self.drills.today();
                let due = rest.split_once('/').is_some_and(|(rubric, rule)| {
                    self.drills
                        .mine
                        .find(rubric, rule)
                        .is_some_and(|d| !d.retired && d.due <= today)
                });
                if due != (verb == "expect-due") {
                    self.fail(line, format!("{verb} {rest}: due is {due}"));
                }
            }
            "drills-start" => {
                self.actions.write(CallAction::StartDrills);
            }
            "drill-start" => match rest.split_once('/') {
                Some((rubric, rule)) => {
                    self.actions.write(CallAction::StartDrill {
                        rubric: rubric.to_string(),
                        rule: rule.to_string(),
                    });
                }
                None => self.fail(line, format!("drill-start RUBRIC/RULE, not {rest:?}")),
            },
            "expect-drill" => {
                let passed = self
                    .active
                    .as_ref()
                    .and_then(|a| a.drill_result.as_ref())
                    .map(|r| r.record.passed);
                let want = match rest {
                    "passed" => Some(true),
                    "failed" => Some(false),
                    _ => {
                        return self
                            .fail(line, format!("expect-drill passed|failed, not {rest:?}"));
                    }
                };
                if passed != want {
                    self.fail(
                        line,
                        format!("expected the drill {rest}, result {passed:?}"),
                    );
                }
            }
            "drill-next" => {
                self.actions.write(CallAction::NextDrill);
            }
            other => self.fail(line, format!("unknown command {other:?}")),
        }
    }

    /// Picks the shown choice with this id.
    fn pick_id(&mut self, line: usize, id: &str) {
        let position = self.active.as_ref().and_then(|a| {
            let call = &a.session.call;
            let p = call.prompt()?;
            let c = call.scenario().choice_by_id(p.node, id)?;
            p.choices.iter().position(|&x| x == c)
        });
        match position {
            Some(i) => {
                self.actions.write(CallAction::Pick(i));
            }
            None => self.fail(line, format!("choice {id:?} is not shown")),
        }
    }

    /// The terms panel: set a field, press "propose", check that a message is (not) shown.
    fn terms_command(&mut self, line: usize, verb: &str, rest: &str) {
        let loc = Arc::clone(&self.content.loc);
        let lang = self.prefs.lang.clone();
        let Some(a) = self.active.as_mut() else {
            return self.fail(line, "no call".into());
        };
        match verb {
            "terms" => {
                let (field, value) = rest.split_once(' ').unwrap_or((rest, ""));
                // As typing in the panel: the reason shown was about the terms as they were.
                a.terms_message = None;
                if let Err(e) = a.terms.set(field, value) {
                    self.fail(line, e);
                }
            }
            "propose" => {
                if let Some(action) = a.propose_from_form(&loc, &lang) {
                    self.actions.write(action);
                }
            }
            "expect-terms-message" if a.terms_message.is_none() => {
                self.fail(line, "no message in the terms panel".into())
            }
            "expect-no-terms-message" if a.terms_message.is_some() => {
                let m = a.terms_message.clone().unwrap_or_default();
                self.fail(line, format!("the terms panel says {m:?}"))
            }
            _ => {}
        }
    }

    /// The wrap-up's structured fields.
    fn wrap_command(&mut self, line: usize, verb: &str, rest: &str) {
        let Some(a) = self.active.as_mut() else {
            return self.fail(line, "no call".into());
        };
        let w = &mut a.wrap;
        let result = match verb {
            "wrap-terms" => match rest {
                "none" | "agreed" => {
                    w.record_terms = rest == "agreed";
                    Ok(())
                }
                _ => Err(format!("wrap-terms none|agreed, not {rest:?}")),
            },
            "wrap-term" => {
                let (field, value) = rest.split_once(' ').unwrap_or((rest, ""));
                w.terms.set(field, value)
            }
            "next-action" => NextAction::parse(rest)
                .map(|x| w.next_action = Some(x))
                .ok_or_else(|| format!("unknown next action {rest:?}")),
            "next-date" => {
                w.next_date = rest.to_string();
                Ok(())
            }
            _ => WrapFlag::parse(rest)
                .map(|f| {
                    w.flags.insert(f);
                })
                .ok_or_else(|| format!("unknown flag {rest:?}")),
        };
        if let Err(e) = result {
            self.fail(line, e);
        }
    }

    /// Saves a screenshot of the window to `path`; the wait ends once it is written.
    fn shot(&mut self, path: &str, now: Instant) -> Wait {
        let path = PathBuf::from(path);
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let flag = Arc::new(AtomicBool::new(false));
        let done = Arc::clone(&flag);
        let mut save = save_to_disk(path);
        self.commands.spawn(Screenshot::primary_window()).observe(
            move |captured: On<ScreenshotCaptured>| {
                save(captured);
                done.store(true, Ordering::SeqCst);
            },
        );
        Wait::Shot(flag, now)
    }
}
