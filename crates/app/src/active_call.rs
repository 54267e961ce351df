//! The running call as a resource, and every action on it (start, pick, silence, wrap-up,
//! retry, rewind, resume) as a message handled in one place, so screens only draw and send.

use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};
use chrono::Utc;

use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::model::Outcome;
use callcoach_core::engine::runner::{Call, seed_from_clock};
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::{self, Debrief};
use callcoach_core::records::journal::{self, Unfinished};
use callcoach_core::records::record::{SessionMeta, SessionRecord};
use callcoach_core::records::session::{FinishError, Finished, Session};

use super::Screen;
use super::content::Content;
use super::prefs::{DataDir, Prefs};
use super::redraw::Redraw;

/// Something the trainee asked for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum CallAction {
    /// Start a new call of a scenario (with a seed, else one from the clock).
    Start { scenario: String, seed: Option<u64> },
    /// Pick the option at a 0-based display position.
    Pick(usize),
    /// The answer timer ran out.
    TimeOut,
    /// Submit the wrap-up (or skip it with `None`) and go to the debrief.
    Finish(Option<WrapUp>),
    /// Start the same scenario again with a new seed.
    Retry,
    /// Replay the first `n` picks (same seed) and go on from the decision after them.
    Rewind(usize),
    /// Resume the unfinished call found in the journal.
    Resume,
    /// Forget the unfinished call.
    Discard,
    /// Leave the call (it stays journalled) or the debrief, back to the library (a playtest goes
    /// back to the trainer view).
    Leave,
    /// A trainer's playtest: start at `node` with these variable values (in the scenario's
    /// variable order). Not journalled, and its record is never written.
    Playtest {
        scenario: String,
        node: String,
        vars: Vec<i32>,
        seed: Option<u64>,
    },
}

/// Where a playtest started, so "playtest again" can start there again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaytestStart {
    pub node: String,
    pub vars: Vec<i32>,
}

/// A problem to show the trainee (already localised).
#[derive(Resource, Debug, Default, Clone)]
pub struct Notice(pub Option<String>);

/// An unfinished call found in the journal at sign-in.
#[derive(Resource, Debug, Default, Clone)]
pub struct Pending(pub Option<Unfinished>);

/// The call being played (or just finished), with its timing and debrief.
#[derive(Resource)]
pub struct Active {
    pub session: Session,
    /// When the current prompt was shown (app time).
    pub shown_at: Duration,
    /// The wrap-up being written.
    pub disposition: Option<Outcome>,
    pub notes: String,
    /// Set once the record is written (or kept in memory).
    pub record: Option<SessionRecord>,
    pub record_path: Option<std::path::PathBuf>,
    /// The debrief in a language, once computed.
    pub debrief: Option<(String, Arc<Debrief>)>,
    debrief_task: Option<(String, Task<Debrief>)>,
    /// Set for a trainer's playtest (never recorded).
    pub playtest: Option<PlaytestStart>,
}

impl Active {
    fn new(session: Session, now: Duration) -> Active {
        Active {
            session,
            shown_at: now,
            disposition: None,
            notes: String::new(),
            record: None,
            record_path: None,
            debrief: None,
            debrief_task: None,
            playtest: None,
        }
    }

    pub fn scenario(&self) -> &Arc<CompiledScenario> {
        self.session.call.scenario()
    }

    /// Seconds left on the answer timer, when the current line has one.
    pub fn seconds_left(&self, now: Duration) -> Option<f32> {
        let secs = self.session.call.prompt()?.timeout?;
        let deadline = self.shown_at + Duration::from_secs(secs as u64);
        Some(deadline.saturating_sub(now).as_secs_f32())
    }

    fn millis(&self, now: Duration) -> u32 {
        now.saturating_sub(self.shown_at)
            .as_millis()
            .min(u32::MAX as u128) as u32
    }

    /// The debrief for a language, if ready.
    pub fn debrief_in(&self, lang: &str) -> Option<&Debrief> {
        self.debrief
            .as_ref()
            .filter(|(l, _)| l == lang)
            .map(|(_, d)| d.as_ref())
    }

    /// The wrap-up as the trainee wrote it.
    pub fn wrap_up(&self) -> Option<WrapUp> {
        self.disposition.map(|d| WrapUp {
            disposition: d,
            notes: self.notes.trim().to_string(),
        })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<CallAction>()
        .init_resource::<Notice>()
        .init_resource::<Pending>()
        .add_systems(
            Update,
            (handle_actions, run_timer, prepare_debrief)
                .chain()
                .in_set(CallSystems),
        );
}

/// The systems that apply [`CallAction`]s; input systems run before them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct CallSystems;

/// The screen a (resumed) call belongs on.
pub fn screen_for(active: &Active) -> Screen {
    if active.record.is_some() {
        Screen::Debrief
    } else if active.session.call.is_over() {
        Screen::WrapUp
    } else {
        Screen::Call
    }
}

#[allow(clippy::too_many_arguments)]
fn handle_actions(
    mut commands: Commands,
    mut actions: MessageReader<CallAction>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    data: Res<DataDir>,
    time: Res<Time<Real>>,
    mut active: Option<ResMut<Active>>,
    mut pending: ResMut<Pending>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<Redraw>,
) {
    let now = time.elapsed();
    let loc = &content.loc;
    let lang = prefs.lang.as_str();
    for action in actions.read() {
        redraw.request();
        debug!("action {action:?}");
        match action {
            CallAction::Start { scenario, seed } => {
                if !content.playable.contains_key(scenario) {
                    notice.0 = Some(loc.ta(
                        lang,
                        "app-error-not-playable",
                        &[("id", callcoach_core::content::l10n::s(scenario.clone()))],
                    ));
                    continue;
                }
                pending.0 = None;
                start_now(
                    &mut commands,
                    &content,
                    &prefs,
                    &data,
                    now,
                    scenario,
                    *seed,
                    &mut notice,
                    &mut next,
                );
            }
            CallAction::Pick(position) => {
                let Some(a) = active.as_deref_mut() else {
                    continue;
                };
                let shown = a.session.call.prompt().map_or(0, |p| p.choices.len());
                if *position >= shown {
                    continue;
                }
                let millis = a.millis(now);
                match a.session.pick(*position, millis) {
                    Ok(()) => after_turn(a, now, &mut next),
                    Err(e) => notice.0 = Some(run_error(loc, lang, &e.to_string())),
                }
            }
            CallAction::TimeOut => {
                let Some(a) = active.as_deref_mut() else {
                    continue;
                };
                let Some(secs) = a.session.call.prompt().and_then(|p| p.timeout) else {
                    continue;
                };
                match a.session.time_out(secs.saturating_mul(1000)) {
                    Ok(()) => after_turn(a, now, &mut next),
                    Err(e) => notice.0 = Some(run_error(loc, lang, &e.to_string())),
                }
            }
            CallAction::Finish(wrap_up) => {
                let Some(a) = active.as_deref_mut() else {
                    continue;
                };
                if a.record.is_some() || !a.session.call.is_over() {
                    continue;
                }
                let dir = a.playtest.is_none().then_some(data.0.as_path());
                match a.session.finish(wrap_up.clone(), Utc::now(), dir) {
                    Ok(Finished { record, path }) => {
                        a.record = Some(record);
                        a.record_path = path;
                    }
                    Err(FinishError::Write(rec, e)) => {
                        notice.0 = Some(loc.ta(
                            lang,
                            "cli-record-failed",
                            &[("error", callcoach_core::content::l10n::s(e))],
                        ));
                        a.record = Some(*rec);
                    }
                    Err(FinishError::NotOver) => continue,
                }
                NextState::set_if_neq(&mut next, Screen::Debrief);
            }
            CallAction::Retry => {
                let Some(a) = active.as_deref() else { continue };
                let sc = a.scenario().id.clone();
                let seed = Some(seed_from_clock());
                if let Some(p) = a.playtest.clone() {
                    start_playtest(
                        &mut commands,
                        &content,
                        &prefs,
                        now,
                        (&sc, &p.node, &p.vars, seed),
                        &mut notice,
                        &mut next,
                    );
                    continue;
                }
                // Handled like a fresh start (newest good version of the scenario).
                start_now(
                    &mut commands,
                    &content,
                    &prefs,
                    &data,
                    now,
                    &sc,
                    seed,
                    &mut notice,
                    &mut next,
                );
            }
            CallAction::Rewind(turns) => {
                let Some(a) = active.as_deref() else { continue };
                if a.playtest.is_some() {
                    // A rewind replays from the scenario's start, which a playtest did not use.
                    continue;
                }
                match a.session.rewind(*turns, Utc::now(), Some(&data.0)) {
                    Ok(s) => {
                        notice.0 = journal_notice(loc, lang, &s);
                        commands.insert_resource(Active::new(s, now));
                        NextState::set_if_neq(&mut next, Screen::Call);
                    }
                    Err(e) => notice.0 = Some(run_error(loc, lang, &e.to_string())),
                }
            }
            CallAction::Resume => {
                let Some(unfinished) = pending.0.take() else {
                    continue;
                };
                let sc = content.playable.get(&unfinished.meta.scenario);
                let resumed = sc
                    .ok_or_else(|| unfinished.meta.scenario.clone())
                    .and_then(|sc| {
                        Session::resume(Arc::clone(sc), &unfinished).map_err(|e| e.to_string())
                    });
                match resumed {
                    Ok(s) => {
                        let a = Active::new(s, now);
                        NextState::set_if_neq(&mut next, screen_for(&a));
                        commands.insert_resource(a);
                        notice.0 = None;
                    }
                    Err(e) => {
                        notice.0 = Some(loc.ta(
                            lang,
                            "app-resume-failed",
                            &[("error", callcoach_core::content::l10n::s(e))],
                        ))
                    }
                }
            }
            CallAction::Discard => {
                if let Some(u) = pending.0.take()
                    && let Err(e) = std::fs::remove_file(&u.path)
                {
                    warn!("could not remove {}: {e}", u.path.display());
                }
            }
            CallAction::Leave => {
                let home = if active.as_ref().is_some_and(|a| a.playtest.is_some()) {
                    Screen::Trainer
                } else {
                    Screen::Library
                };
                NextState::set_if_neq(&mut next, home);
            }
            CallAction::Playtest {
                scenario,
                node,
                vars,
                seed,
            } => start_playtest(
                &mut commands,
                &content,
                &prefs,
                now,
                (scenario, node, vars, *seed),
                &mut notice,
                &mut next,
            ),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn start_now(
    commands: &mut Commands,
    content: &Content,
    prefs: &Prefs,
    data: &DataDir,
    now: Duration,
    scenario: &str,
    seed: Option<u64>,
    notice: &mut Notice,
    next: &mut NextState<Screen>,
) {
    let lang = prefs.lang.as_str();
    let Some(sc) = content.playable.get(scenario) else {
        return;
    };
    let meta = SessionMeta::new(
        sc,
        prefs.trainee.trim(),
        lang,
        seed.unwrap_or_else(seed_from_clock),
        prefs.mode,
        Utc::now(),
    );
    match Session::start(Arc::clone(sc), meta, Some(&data.0)) {
        Ok(s) => {
            notice.0 = journal_notice(&content.loc, lang, &s);
            commands.insert_resource(Active::new(s, now));
            NextState::set_if_neq(next, Screen::Call);
        }
        Err(e) => notice.0 = Some(run_error(&content.loc, lang, &e.to_string())),
    }
}

/// Starts a playtest: (scenario, node id, variable values, seed).
fn start_playtest(
    commands: &mut Commands,
    content: &Content,
    prefs: &Prefs,
    now: Duration,
    (scenario, node, vars, seed): (&str, &str, &[i32], Option<u64>),
    notice: &mut Notice,
    next: &mut NextState<Screen>,
) {
    let loc = &content.loc;
    let lang = prefs.lang.as_str();
    let Some(sc) = content.playable.get(scenario) else {
        notice.0 = Some(loc.ta(
            lang,
            "app-error-not-playable",
            &[("id", callcoach_core::content::l10n::s(scenario.to_string()))],
        ));
        return;
    };
    let Some(idx) = sc.nodes.iter().position(|n| n.id == node) else {
        notice.0 = Some(run_error(loc, lang, &format!("no node \"{node}\"")));
        return;
    };
    let meta = SessionMeta::new(
        sc,
        prefs.trainee.trim(),
        lang,
        seed.unwrap_or_else(seed_from_clock),
        callcoach_core::records::record::Mode::Practice,
        Utc::now(),
    );
    match Session::playtest(Arc::clone(sc), meta, idx as u32, vars.to_vec()) {
        Ok(s) => {
            let mut a = Active::new(s, now);
            a.playtest = Some(PlaytestStart {
                node: node.to_string(),
                vars: vars.to_vec(),
            });
            NextState::set_if_neq(next, screen_for(&a));
            commands.insert_resource(a);
            notice.0 = None;
        }
        Err(e) => notice.0 = Some(run_error(loc, lang, &e.to_string())),
    }
}

fn after_turn(a: &mut Active, now: Duration, next: &mut NextState<Screen>) {
    a.shown_at = now;
    if a.session.call.is_over() {
        NextState::set_if_neq(next, Screen::WrapUp);
    }
}

fn journal_notice(loc: &Localiser, lang: &str, s: &Session) -> Option<String> {
    s.journal_error.as_ref().map(|e| {
        loc.ta(
            lang,
            "app-journal-failed",
            &[("error", callcoach_core::content::l10n::s(e.clone()))],
        )
    })
}

fn run_error(loc: &Localiser, lang: &str, e: &str) -> String {
    loc.ta(
        lang,
        "app-error-call",
        &[("error", callcoach_core::content::l10n::s(e.to_string()))],
    )
}

/// Ends the answer timer as silence when it runs out; wakes the loop once a second meanwhile.
fn run_timer(
    time: Res<Time<Real>>,
    active: Option<Res<Active>>,
    state: Res<State<Screen>>,
    mut actions: MessageWriter<CallAction>,
    mut redraw: ResMut<Redraw>,
) {
    let (Some(a), Screen::Call) = (active, state.get()) else {
        return;
    };
    let Some(left) = a.seconds_left(time.elapsed()) else {
        return;
    };
    if left <= 0.0 {
        actions.write(CallAction::TimeOut);
        redraw.request();
    } else {
        // Redraw when the shown whole second changes.
        let to_next = left - left.floor();
        let to_next = if to_next < 0.01 { 1.0 } else { to_next };
        redraw.wake_within(Duration::from_secs_f32(to_next));
    }
}

/// Computes the debrief (with the best-path search) in the background, in the current language.
fn prepare_debrief(
    active: Option<ResMut<Active>>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut redraw: ResMut<Redraw>,
) {
    let Some(mut a) = active else { return };
    if a.record.is_none() {
        return;
    }
    let lang = prefs.lang.clone();
    if let Some((l, task)) = a.debrief_task.as_mut() {
        redraw.poll_soon();
        if let Some(d) = block_on(poll_once(task)) {
            let l = l.clone();
            a.debrief = Some((l, Arc::new(d)));
            a.debrief_task = None;
            redraw.request();
        }
        return;
    }
    if a.debrief_in(&lang).is_some() {
        return;
    }
    let loc = Arc::clone(&content.loc);
    let call: Call = a.session.call.clone();
    let Some(scores) = a.record.as_ref().map(|r| r.scores.clone()) else {
        return;
    };
    let agent = a.session.meta.trainee.clone();
    let l = lang.clone();
    let task = AsyncComputeTaskPool::get().spawn(async move {
        let sc = Arc::clone(call.scenario());
        let text = CallText::new(&loc, &l, &sc, &agent);
        debrief::debrief(&text, &call, &scores, DEFAULT_BUDGET)
    });
    a.debrief_task = Some((lang, task));
    redraw.poll_soon();
}

/// Looks for an unfinished call of this trainee (at sign-in).
pub fn find_unfinished(
    data: &std::path::Path,
    trainee: &str,
) -> Result<Option<Unfinished>, String> {
    if trainee.trim().is_empty() {
        return Ok(None);
    }
    journal::read_journal(data, trainee.trim())
}
