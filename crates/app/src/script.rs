//! Scripted runs (`CALLCOACH_SCRIPT=file`): the end-to-end test drives the real app with the
//! same actions a trainee's clicks and keys send, and saves screenshots. One command a line:
//!
//! `wait-ready`, `trainee NAME`, `lang CODE`, `mode practice|exam`, `font SIZE`, `signin`,
//! `start SCENARIO [SEED]`, `resume`, `pick N`, `pick-to-end`, `timeout`, `disposition KEY`, `notes TEXT`,
//! `submit`, `wait-debrief`, `rewind TURN`, `retry`, `leave`, `expect SCREEN`,
//! `expect-turn N`, `wait-errors`, `wait-clean`, `shot FILE`, `sleep MS`, `rest` (stop
//! scripting, leave the app idle), `quit`; `role trainee|trainer|coordinator`, `wait-idle`
//! (until no screen has background work). Verbs starting `trainer-` or `dashboard-` go to
//! those screens as [`ScriptVerb`]s (see their modules).
//!
//! The app also prints `callcoach: first frame after N ms` once it has drawn (every run).

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use callcoach_core::content::model::Outcome;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::records::record::Mode;

use super::Screen;
use super::active_call::{Active, CallAction, Pending};
use super::content::Content;
use super::prefs::{Prefs, Role};
use super::redraw::Redraw;
use super::screens::signin::SignIn;

/// A script command for a screen module (`trainer-…`, `dashboard-…`).
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct ScriptVerb {
    /// The script line, for error messages.
    pub line: usize,
    pub verb: String,
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

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, run.run_if(resource_exists::<Script>))
        .add_systems(Last, first_frame);
}

fn first_frame(redraw: Res<Redraw>, mut done: Local<bool>) {
    if !*done && redraw.frames >= 3 {
        *done = true;
        let ms = super::STARTED.get().map_or(0, |t| t.elapsed().as_millis());
        let unix_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("callcoach: first frame after {ms} ms (unix ms {unix_ms})");
    }
}

#[allow(clippy::too_many_arguments)]
fn run(
    mut commands: Commands,
    mut script: ResMut<Script>,
    mut redraw: ResMut<Redraw>,
    mut prefs: ResMut<Prefs>,
    content: Res<Content>,
    state: Res<State<Screen>>,
    active: Option<ResMut<Active>>,
    pending: Res<Pending>,
    mut actions: MessageWriter<CallAction>,
    mut signin: MessageWriter<SignIn>,
    mut exit: MessageWriter<AppExit>,
    mut verbs: MessageWriter<ScriptVerb>,
    busy: Res<Busy>,
) {
    redraw.continuous = true;
    let fail = |exit: &mut MessageWriter<AppExit>, line: usize, msg: String| {
        eprintln!("script line {line}: {msg}");
        exit.write(AppExit::error());
    };
    if let Some(w) = &script.waiting {
        let line = script.lines.front().map_or(0, |l| l.0);
        let (done, since) = match w {
            Wait::Shot(flag, t) => (flag.load(Ordering::SeqCst), *t),
            Wait::Until(t) => (Instant::now() >= *t, Instant::now()),
            Wait::Ready(t) => (content.checked, *t),
            Wait::Debrief(t) => (
                active
                    .as_ref()
                    .is_some_and(|a| a.debrief_in(&prefs.lang).is_some()),
                *t,
            ),
            Wait::Errors(want, t) => (
                content.checked && (content.errors().count() > 0) == *want,
                *t,
            ),
            Wait::Idle(t) => (busy.0.is_empty(), *t),
        };
        if done {
            script.waiting = None;
            script.settle = 5;
        } else if since.elapsed() > TIMEOUT {
            fail(&mut exit, line, format!("timed out waiting ({w:?})"));
            script.waiting = None;
            script.lines.clear();
        }
        return;
    }
    if script.settle > 0 {
        script.settle -= 1;
        return;
    }
    let Some((line, cmd)) = script.lines.pop_front() else {
        eprintln!("script {} done", script.path.display());
        commands.remove_resource::<Script>();
        exit.write(AppExit::Success);
        return;
    };
    eprintln!("script: {cmd}");
    script.settle = 8;
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
            Some(r) => prefs.role = r,
            None => fail(&mut exit, line, format!("unknown role {rest:?}")),
        },
        v if v.starts_with("trainer-") || v.starts_with("dashboard-") => {
            verbs.write(ScriptVerb {
                line,
                verb: v.to_string(),
                rest: rest.to_string(),
            });
        }
        "trainee" => prefs.trainee = rest.to_string(),
        "lang" => prefs.lang = rest.to_string(),
        "font" => match rest.parse::<f32>() {
            Ok(v) => prefs.font_size = v,
            Err(_) => fail(&mut exit, line, format!("bad font size {rest:?}")),
        },
        "mode" => {
            prefs.mode = if rest == "exam" {
                Mode::Exam
            } else {
                Mode::Practice
            }
        }
        "signin" => {
            signin.write(SignIn);
        }
        "start" => {
            let mut parts = rest.split_whitespace();
            let scenario = parts.next().unwrap_or_default().to_string();
            let seed = parts.next().and_then(|s| s.parse().ok());
            actions.write(CallAction::Start { scenario, seed });
        }
        "resume" => {
            if pending.0.is_none() {
                fail(&mut exit, line, "no unfinished call to resume".into());
            }
            actions.write(CallAction::Resume);
        }
        "pick" => match rest.parse::<usize>() {
            Ok(k) if k >= 1 => {
                actions.write(CallAction::Pick(k - 1));
            }
            _ => fail(&mut exit, line, format!("bad pick {rest:?}")),
        },
        "pick-to-end" => {
            // Picks the first option until the call is over.
            if active.as_ref().is_some_and(|a| !a.session.call.is_over()) {
                actions.write(CallAction::Pick(0));
                script.lines.push_front((line, cmd.clone()));
            }
        }
        "timeout" => {
            actions.write(CallAction::TimeOut);
        }
        "disposition" => match (Outcome::parse(rest), active) {
            (Some(o), Some(mut a)) => a.disposition = Some(o),
            _ => fail(
                &mut exit,
                line,
                format!("bad disposition {rest:?} or no call"),
            ),
        },
        "notes" => {
            if let Some(mut a) = active {
                a.notes = rest.to_string();
            }
        }
        "submit" => {
            let wrap = active.as_ref().and_then(|a| a.wrap_up());
            actions.write(CallAction::Finish(wrap.map(|w: WrapUp| w)));
        }
        "rewind" => match rest.parse::<usize>() {
            Ok(t) if t >= 1 => {
                actions.write(CallAction::Rewind(t - 1));
            }
            _ => fail(&mut exit, line, format!("bad turn {rest:?}")),
        },
        "retry" => {
            actions.write(CallAction::Retry);
        }
        "leave" => {
            actions.write(CallAction::Leave);
        }
        "expect" => {
            let now = format!("{:?}", state.get());
            if !now.eq_ignore_ascii_case(rest) {
                fail(&mut exit, line, format!("expected screen {rest}, on {now}"));
            }
        }
        "expect-turn" => {
            let turn = active
                .as_ref()
                .map_or(0, |a| a.session.call.turns().len() + 1);
            if rest.parse::<usize>().ok() != Some(turn) {
                fail(
                    &mut exit,
                    line,
                    format!("expected turn {rest}, at turn {turn}"),
                );
            }
        }
        "shot" => {
            let path = PathBuf::from(rest);
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let flag = Arc::new(AtomicBool::new(false));
            let done = Arc::clone(&flag);
            let mut save = save_to_disk(path);
            commands.spawn(Screenshot::primary_window()).observe(
                move |captured: On<ScreenshotCaptured>| {
                    save(captured);
                    done.store(true, Ordering::SeqCst);
                },
            );
            script.waiting = Some(Wait::Shot(flag, now));
        }
        "sleep" => {
            let ms = rest.parse::<u64>().unwrap_or(500);
            script.waiting = Some(Wait::Until(now + Duration::from_millis(ms)));
        }
        "quit" => {
            exit.write(AppExit::Success);
        }
        "rest" => {
            // Stop scripting and leave the app at rest (for the idle-CPU figure).
            eprintln!("script: at rest");
            redraw.continuous = false;
            redraw.request();
            commands.remove_resource::<Script>();
        }
        other => fail(&mut exit, line, format!("unknown command {other:?}")),
    }
}
