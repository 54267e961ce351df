//! The running call as a resource, and every action on it (start, pick, propose terms,
//! silence, wrap-up, retry, rewind, resume) as a message handled in one place, so screens only
//! draw and send.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use chrono::Utc;

use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::{FluentValue, Localiser, s};
use callcoach_core::content::model::{Outcome, WrapFlag};
use callcoach_core::content::negotiation::{Terms, TermsKind};
use callcoach_core::drill::store::{drills_dir, write_drill};
use callcoach_core::drill::{Drill, DrillRecord, DrillRun, Schedule, decision};
use callcoach_core::engine::runner::{Call, RunError, seed_from_clock};
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::engine::scoring::documentation::{NextAction, WrapFields};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::{self, Debrief};
use callcoach_core::records::journal::{self, ResumeError, Unfinished};
use callcoach_core::records::record::{Mode, SessionMeta, SessionRecord};
use callcoach_core::records::session::{FinishError, Finished, Session};

use super::Screen;
use super::background::PerLanguage;
use super::cases::{self, CaseProgress, CaseStep};
use super::content::Content;
use super::drills::TodaysDrills;
use super::prefs::{DataDir, Prefs};
use super::redraw::Redraw;
use super::terms::{self, Field, TermsForm};

/// Something the trainee asked for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum CallAction {
    /// Start a new call of a scenario (with a seed, else one from the clock).
    Start { scenario: String, seed: Option<u64> },
    /// Pick the option at a 0-based display position.
    Pick(usize),
    /// Propose terms at a negotiation step (journalled and recorded like a pick).
    Propose(Terms),
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
    /// Open or close the account history beside the call.
    ToggleHistory,
    /// Start a case: its first call (with a seed, else one from the clock).
    StartCase { case: String, seed: Option<u64> },
    /// Go on with a case instance the trainee left between two calls: the between-calls screen.
    ContinueCase { instance: String },
    /// After a call of a case, from its debrief: what follows (the between-calls screen).
    NextCaseCall,
    /// From the between-calls screen: play the case's next call.
    PlayCaseCall,
    /// Leave the call (it stays journalled) or the debrief, back to the library (a playtest goes
    /// back to the trainer view).
    Leave,
    /// Start the drill of a rule (`rubric`, `rule`) from the trainee's drills.
    StartDrill { rubric: String, rule: String },
    /// Start a sitting of today's drills: the first now, the others one after another.
    StartDrills,
    /// From a drill's result: the next drill of the sitting.
    NextDrill,
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

/// The wrap-up's structured fields as the trainee fills them in.
#[derive(Debug, Clone, PartialEq)]
pub struct WrapDraft {
    /// Whether an arrangement is recorded (else "none").
    pub record_terms: bool,
    /// The arrangement's terms (prefilled with the last proposal).
    pub terms: TermsForm,
    /// The next action, once chosen.
    pub next_action: Option<NextAction>,
    /// The next action's date, `YYYY-MM-DD` (blank for none).
    pub next_date: String,
    /// The account flags set.
    pub flags: BTreeSet<WrapFlag>,
}

/// Why the wrap-up cannot be submitted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrapProblem {
    /// A field of the arrangement's terms does not parse.
    Terms(Field),
    /// No next action was chosen.
    NoNextAction,
    /// The next action date is not a date.
    NextDate,
}

impl WrapProblem {
    /// The problem in the trainee's language.
    pub fn message(self, loc: &Localiser, lang: &str) -> String {
        match self {
            WrapProblem::Terms(f) => terms::field_message(loc, lang, f),
            WrapProblem::NoNextAction => loc.t(lang, "app-wrap-choose-next-action"),
            WrapProblem::NextDate => loc.t(lang, "app-wrap-bad-next-date"),
        }
    }
}

impl WrapDraft {
    /// Nothing filled in yet.
    pub fn new(call_date: chrono::NaiveDate) -> WrapDraft {
        WrapDraft {
            record_terms: false,
            terms: TermsForm::new(TermsKind::Plan, call_date),
            next_action: None,
            next_date: String::new(),
            flags: BTreeSet::new(),
        }
    }

    /// The structured fields, or what keeps them from being submitted.
    pub fn fields(&self) -> Result<WrapFields, WrapProblem> {
        let terms = if self.record_terms {
            Some(self.terms.parse().map_err(WrapProblem::Terms)?)
        } else {
            None
        };
        let next_action = self.next_action.ok_or(WrapProblem::NoNextAction)?;
        let next_date = match self.next_date.trim() {
            "" => None,
            d => Some(terms::parse_date(d).ok_or(WrapProblem::NextDate)?),
        };
        Ok(WrapFields {
            terms,
            next_action,
            next_date,
            flags: self.flags.clone(),
        })
    }
}

/// The call being played (or just finished), with its timing and debrief.
#[derive(Resource)]
pub struct Active {
    pub session: Session,
    /// When the current prompt was shown (app time).
    pub shown_at: Duration,
    /// The terms the trainee is building at a negotiation step.
    pub terms: TermsForm,
    /// Why the last proposal was not taken (localised), until the next one.
    pub terms_message: Option<String>,
    /// The wrap-up being written.
    pub disposition: Option<Outcome>,
    pub notes: String,
    /// The wrap-up's structured fields.
    pub wrap: WrapDraft,
    /// Set once the record is written (or kept in memory).
    pub record: Option<SessionRecord>,
    pub record_path: Option<std::path::PathBuf>,
    /// The debrief, computed in the background in the trainee's language.
    pub debrief: PerLanguage<Debrief>,
    /// Set for a trainer's playtest (never recorded).
    pub playtest: Option<PlaytestStart>,
    /// Whether the account history panel is open beside the call (after the desk).
    pub history_open: bool,
    /// For a finished call of a case: what follows it (set when the record is written).
    pub case_step: Option<CaseStep>,
    /// Set for a drill: what it drills and from where (its call is the session's).
    pub drill: Option<DrillRun>,
    /// A drill's result, once its rule is decided.
    pub drill_result: Option<DrillResult>,
}

/// A drill's result: its record, and where it was written or why it could not be.
#[derive(Debug, Clone)]
pub struct DrillResult {
    pub record: DrillRecord,
    /// `Ok(path)` once written, else the error (the result is still shown).
    pub written: Result<std::path::PathBuf, String>,
    /// The drill as the schedule has it after this attempt (due again, or retired).
    pub after: Option<Drill>,
}

impl Active {
    fn new(session: Session, now: Duration) -> Active {
        let call_date = session.call.scenario().deal.call_date;
        Active {
            session,
            shown_at: now,
            terms: TermsForm::new(TermsKind::Plan, call_date),
            terms_message: None,
            disposition: None,
            notes: String::new(),
            wrap: WrapDraft::new(call_date),
            record: None,
            record_path: None,
            debrief: PerLanguage::default(),
            playtest: None,
            history_open: false,
            case_step: None,
            drill: None,
            drill_result: None,
        }
    }

    pub fn scenario(&self) -> &Arc<CompiledScenario> {
        self.session.call.scenario()
    }

    /// Whether the call is at its pre-call desk (the account open, nothing dialled yet).
    pub fn at_desk(&self) -> bool {
        let sc = self.scenario();
        self.session
            .call
            .prompt()
            .is_some_and(|p| sc.nodes[p.node as usize].desk)
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
        self.debrief.get(lang).map(|d| d.as_ref())
    }

    /// The wrap-up as the trainee wrote it: `None` until a disposition is picked, else the
    /// wrap-up or what keeps it from being submitted.
    pub fn wrap_up(&self) -> Option<Result<WrapUp, WrapProblem>> {
        let d = self.disposition?;
        Some(
            self.wrap
                .fields()
                .map(|f| WrapUp::new(d, self.notes.trim(), f)),
        )
    }

    /// The action the negotiation panel's "propose" sends: the terms typed, or `None` with
    /// the reason shown in the panel.
    pub fn propose_from_form(&mut self, loc: &Localiser, lang: &str) -> Option<CallAction> {
        match self.terms.parse_or_message(loc, lang) {
            Ok(t) => Some(CallAction::Propose(t)),
            Err(message) => {
                self.terms_message = Some(message);
                None
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<CallAction>()
        .init_resource::<Notice>()
        .init_resource::<Pending>()
        .init_resource::<CaseProgress>()
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

/// Applies every trainee action of this frame, in order.
fn handle_actions(
    mut actions: MessageReader<CallAction>,
    mut active: Option<ResMut<Active>>,
    mut control: CallControl,
    mut redraw: ResMut<Redraw>,
) {
    for action in actions.read() {
        redraw.request();
        debug!("action {action:?}");
        let active = active.as_deref_mut();
        match action {
            CallAction::Start { scenario, seed } => control.start(scenario, *seed),
            CallAction::Pick(position) => control.pick(active, *position),
            CallAction::Propose(terms) => control.propose(active, *terms),
            CallAction::TimeOut => control.time_out(active),
            CallAction::Finish(wrap_up) => control.finish(active, wrap_up.clone()),
            CallAction::Retry => control.retry(active),
            CallAction::Rewind(turns) => control.rewind(active, *turns),
            CallAction::Resume => control.resume(),
            CallAction::Discard => control.discard(),
            CallAction::ToggleHistory => {
                if let Some(a) = active {
                    a.history_open = !a.history_open;
                }
            }
            CallAction::StartCase { case, seed } => control.start_case(case, *seed),
            CallAction::ContinueCase { instance } => control.continue_case(instance),
            CallAction::NextCaseCall => control.next_case_call(active),
            CallAction::PlayCaseCall => control.play_case_call(),
            CallAction::StartDrill { rubric, rule } => control.start_drill(rubric, rule),
            CallAction::StartDrills => {
                if let Some((rubric, rule)) = control.drills.start_sitting() {
                    control.start_drill(&rubric, &rule);
                }
            }
            CallAction::NextDrill => match control.drills.next_of_sitting() {
                Some((rubric, rule)) => control.start_drill(&rubric, &rule),
                None => control.go(Screen::Library),
            },
            CallAction::Leave => control.leave(active),
            CallAction::Playtest {
                scenario,
                node,
                vars,
                seed,
            } => control.start_playtest(scenario, node, vars, *seed),
        }
    }
}

/// What acting on a call needs: the content, the trainee's settings, the data folder, the
/// clock, and where notices, pending calls and the next screen go.
#[derive(SystemParam)]
struct CallControl<'w, 's> {
    commands: Commands<'w, 's>,
    content: Res<'w, Content>,
    prefs: Res<'w, Prefs>,
    data: Res<'w, DataDir>,
    time: Res<'w, Time<Real>>,
    pending: ResMut<'w, Pending>,
    notice: ResMut<'w, Notice>,
    next: ResMut<'w, NextState<Screen>>,
    progress: ResMut<'w, CaseProgress>,
    drills: ResMut<'w, TodaysDrills>,
}

impl CallControl<'_, '_> {
    /// App time now.
    fn now(&self) -> Duration {
        self.time.elapsed()
    }

    /// Shows a localised notice.
    fn notify(&mut self, key: &str, args: &[(&str, FluentValue<'static>)]) {
        self.notice.0 = Some(self.content.loc.ta(&self.prefs.lang, key, args));
    }

    /// Shows an error of the call engine.
    fn run_error(&mut self, error: &str) {
        self.notify("app-error-call", &[("error", s(error.to_string()))]);
    }

    /// Shows the screen.
    fn go(&mut self, screen: Screen) {
        NextState::set_if_neq(&mut self.next, screen);
    }

    /// Who plays which scenario version, in which language and mode, with which seed (one from
    /// the clock unless given), starting now.
    fn meta(&self, sc: &CompiledScenario, seed: Option<u64>, mode: Mode) -> SessionMeta {
        SessionMeta::new(
            sc,
            self.prefs.trainee.trim(),
            &self.prefs.lang,
            seed.unwrap_or_else(seed_from_clock),
            mode,
            Utc::now(),
        )
    }

    /// `Start`: a new, journalled call of a playable scenario.
    fn start(&mut self, scenario: &str, seed: Option<u64>) {
        if !self.content.playable.contains_key(scenario) {
            self.notify("app-error-not-playable", &[("id", s(scenario.to_string()))]);
            return;
        }
        self.pending.0 = None;
        self.start_now(scenario, seed);
    }

    /// Starts the newest good version of a scenario (a fresh start or a retry).
    fn start_now(&mut self, scenario: &str, seed: Option<u64>) {
        let Some(sc) = self.content.playable.get(scenario).map(Arc::clone) else {
            return;
        };
        let meta = self.meta(&sc, seed, self.prefs.mode);
        let started = Session::start(sc, meta, Some(&self.data.0));
        self.open_call(started);
    }

    /// Shows a journalled call that has just started (or been rewound), with a notice if its
    /// journal could not be written; or the error that kept it from starting.
    fn open_call<E: std::fmt::Display>(&mut self, started: Result<Session, E>) {
        match started {
            Ok(session) => {
                self.notice.0 = journal_notice(&self.content.loc, &self.prefs.lang, &session);
                let now = self.now();
                self.commands.insert_resource(Active::new(session, now));
                self.go(Screen::Call);
            }
            Err(e) => self.run_error(&e.to_string()),
        }
    }

    /// `Playtest`: a call started at `node` with these variable values, never recorded.
    fn start_playtest(&mut self, scenario: &str, node: &str, vars: &[i32], seed: Option<u64>) {
        let Some(sc) = self.content.playable.get(scenario).map(Arc::clone) else {
            self.notify("app-error-not-playable", &[("id", s(scenario.to_string()))]);
            return;
        };
        let Some(idx) = sc.nodes.iter().position(|n| n.id == node) else {
            self.run_error(&format!("no node \"{node}\""));
            return;
        };
        let meta = self.meta(&sc, seed, Mode::Practice);
        match Session::playtest(sc, meta, idx as u32, vars.to_vec()) {
            Ok(session) => {
                let mut a = Active::new(session, self.now());
                a.playtest = Some(PlaytestStart {
                    node: node.to_string(),
                    vars: vars.to_vec(),
                });
                self.go(screen_for(&a));
                self.commands.insert_resource(a);
                self.notice.0 = None;
            }
            Err(e) => self.run_error(&e.to_string()),
        }
    }

    /// `StartDrill`: the drill of a rule, replayed from its call to the decision, never
    /// journalled (a few turns; its record is written when the rule is decided).
    fn start_drill(&mut self, rubric: &str, rule: &str) {
        let Some(drill) = self.drills.mine.find(rubric, rule) else {
            self.notify("app-drill-none", &[("rule", s(format!("{rubric}/{rule}")))]);
            return;
        };
        let origin = drill.origin.clone();
        let Some(source) = self.drills.mine.source(drill).cloned() else {
            self.run_error(&format!("the call {} is gone", origin.source));
            return;
        };
        let Some(sc) = self
            .content
            .playable
            .get(&source.meta.scenario)
            .map(Arc::clone)
        else {
            self.notify(
                "app-error-not-playable",
                &[("id", s(source.meta.scenario.clone()))],
            );
            return;
        };
        match DrillRun::start(&sc, &source, origin, &self.prefs.lang, Utc::now()) {
            Ok(run) => {
                let session = Session::unjournalled(run.meta.clone(), run.call.clone());
                let mut a = Active::new(session, self.now());
                a.drill = Some(run);
                self.commands.insert_resource(a);
                self.notice.0 = None;
                self.go(Screen::Call);
            }
            Err(e) => self.run_error(&e),
        }
    }

    /// After a drill's turn: once its rule is decided the drill is recorded and its result
    /// shown; a call that ends without deciding it (it cannot, for a drillable rule) goes back
    /// to the library with a notice.
    fn after_drill_turn(&mut self, a: &mut Active) {
        let Some(run) = a.drill.as_mut() else { return };
        if decision(&a.session.call, run.rule_index(), run.origin.turn).is_none() {
            if a.session.call.is_over() {
                self.run_error("the drill ended before its rule was decided");
                self.go(Screen::Library);
            }
            return;
        }
        run.call = a.session.call.clone();
        let Some(record) = DrillRecord::of(run, Utc::now()) else {
            return;
        };
        let written = write_drill(&self.data.0, &record)
            .map_err(|e| format!("{}: {e}", drills_dir(&self.data.0).display()));
        // Counted at once, so that the result says when the drill is due again (or retired) as
        // the schedule now has it.
        if written.is_ok() {
            self.drills.mine.add_attempt(
                record.clone(),
                &self.content.playable,
                &Schedule::default(),
            );
        }
        let after = self
            .drills
            .mine
            .find(&record.origin.rubric, &record.origin.rule)
            .filter(|_| written.is_ok())
            .cloned();
        a.drill_result = Some(DrillResult {
            record,
            written,
            after,
        });
        self.go(Screen::DrillResult);
    }

    /// `Pick`: the option at a display position, if it is shown.
    fn pick(&mut self, active: Option<&mut Active>, position: usize) {
        let Some(a) = active else { return };
        let shown = a.session.call.prompt().map_or(0, |p| p.choices.len());
        if position >= shown {
            return;
        }
        let millis = a.millis(self.now());
        match a.session.pick(position, millis) {
            Ok(()) => self.after_turn(a),
            Err(e) => self.run_error(&e.to_string()),
        }
    }

    /// `Propose`: terms at a negotiation step; terms the step does not take are explained in
    /// the panel and the call stays where it is.
    fn propose(&mut self, active: Option<&mut Active>, terms: Terms) {
        let Some(a) = active else { return };
        let millis = a.millis(self.now());
        match a.session.propose(terms, millis) {
            Ok(()) => {
                a.terms_message = None;
                self.after_turn(a);
            }
            Err(RunError::InvalidTerms(why)) => {
                let lang = &self.prefs.lang;
                a.terms_message = Some(terms::invalid_terms_message(&self.content.loc, lang, &why));
            }
            Err(e) => self.run_error(&e.to_string()),
        }
    }

    /// `TimeOut`: silence, when the line has an answer timer.
    fn time_out(&mut self, active: Option<&mut Active>) {
        let Some(a) = active else { return };
        let Some(secs) = a.session.call.prompt().and_then(|p| p.timeout) else {
            return;
        };
        match a.session.time_out(secs.saturating_mul(1000)) {
            Ok(()) => self.after_turn(a),
            Err(e) => self.run_error(&e.to_string()),
        }
    }

    /// After a turn: the next prompt's clock starts; an ended call goes to the wrap-up, its
    /// terms field prefilled with the last proposal.
    fn after_turn(&mut self, a: &mut Active) {
        a.shown_at = self.now();
        if a.drill.is_some() {
            self.after_drill_turn(a);
            return;
        }
        if a.session.call.is_over() {
            prefill_wrap(a, &self.content.loc, &self.prefs.lang);
            self.go(Screen::WrapUp);
        }
    }

    /// `Finish`: the record is written (never for a playtest), then the debrief.
    fn finish(&mut self, active: Option<&mut Active>, wrap_up: Option<WrapUp>) {
        let Some(a) = active else { return };
        if a.record.is_some() || !a.session.call.is_over() {
            return;
        }
        let dir = a.playtest.is_none().then_some(self.data.0.as_path());
        match a.session.finish(wrap_up, Utc::now(), dir) {
            Ok(Finished { record, path }) => {
                a.record = Some(record);
                a.record_path = path;
                self.prepare_case_step(a);
            }
            Err(FinishError::Write(record, e)) => {
                // The record stays in memory for the debrief; the journal stays on disk, so
                // the call can be resumed and its record written once the folder takes it.
                let notice = match a.session.journal_path() {
                    Some(j) => self.content.loc.ta(
                        &self.prefs.lang,
                        "app-record-kept",
                        &[("error", s(e)), ("path", s(j.display().to_string()))],
                    ),
                    None => self.content.loc.ta(
                        &self.prefs.lang,
                        "cli-record-failed",
                        &[("error", s(e))],
                    ),
                };
                self.notice.0 = Some(notice);
                a.record = Some(*record);
            }
            Err(FinishError::NotOver) => return,
        }
        self.go(Screen::Debrief);
    }

    /// `Retry`: the same scenario (or playtest start) again with a new seed.
    fn retry(&mut self, active: Option<&mut Active>) {
        let Some(a) = active else { return };
        let scenario = a.scenario().id.clone();
        let seed = Some(seed_from_clock());
        if let Some(link) = a.session.meta.case.clone() {
            // The same call of the same case again (same history, a new seed).
            return self.start_case_call(&scenario, link, seed);
        }
        match a.playtest.clone() {
            Some(p) => self.start_playtest(&scenario, &p.node, &p.vars, seed),
            // Handled like a fresh start (newest good version of the scenario).
            None => self.start_now(&scenario, seed),
        }
    }

    /// `Rewind`: the first `turns` picks replayed, on from the decision after them.
    fn rewind(&mut self, active: Option<&mut Active>, turns: usize) {
        let Some(a) = active else { return };
        if a.playtest.is_some() {
            // A rewind replays from the scenario's start, which a playtest did not use.
            return;
        }
        let rewound = a.session.rewind(turns, Utc::now(), Some(&self.data.0));
        self.open_call(rewound);
    }

    /// `Resume`: the unfinished call found at sign-in, where it stopped.
    fn resume(&mut self) {
        let Some(unfinished) = self.pending.0.take() else {
            return;
        };
        let sc = self.content.playable.get(&unfinished.meta.scenario);
        if let Some(m) = sc.and_then(|sc| journal::check_version(sc, &unfinished.meta).err()) {
            // Its turns would mean something else on other content: say so, and keep the
            // offer so the trainee can discard it (or finish it once that version is back).
            self.notify(
                "app-resume-other-version",
                &[
                    ("scenario", s(m.scenario)),
                    ("version", FluentValue::from(m.journal_version)),
                    ("now", FluentValue::from(m.library_version)),
                ],
            );
            self.pending.0 = Some(unfinished);
            return;
        }
        let resumed = sc
            .ok_or_else(|| unfinished.meta.scenario.clone())
            .and_then(|sc| {
                Session::resume(Arc::clone(sc), &unfinished).map_err(|e| match e {
                    ResumeError::InUse(_) => {
                        self.content
                            .loc
                            .ta(&self.prefs.lang, "app-resume-in-use", &[])
                    }
                    e => e.to_string(),
                })
            });
        match resumed {
            Ok(session) => {
                let mut a = Active::new(session, self.now());
                prefill_wrap(&mut a, &self.content.loc, &self.prefs.lang);
                self.go(screen_for(&a));
                self.commands.insert_resource(a);
                self.notice.0 = None;
            }
            Err(e) => self.notify("app-resume-failed", &[("error", s(e))]),
        }
    }

    /// `Discard`: forget the unfinished call (its journal is removed, unless another running
    /// session holds it).
    fn discard(&mut self) {
        if let Some(u) = self.pending.0.take()
            && let Err(e) = journal::discard(&u)
        {
            warn!("could not remove {}: {e}", u.path.display());
            self.notify("app-resume-failed", &[("error", s(e))]);
        }
    }

    /// After a recorded call of a case: what follows it, for the debrief's button.
    fn prepare_case_step(&mut self, a: &mut Active) {
        let (Some(record), None) = (&a.record, &a.playtest) else {
            return;
        };
        if record.meta.case.is_none() {
            return;
        }
        let played = Arc::clone(a.scenario());
        match cases::step_after(&self.content, record, &played) {
            Ok(step) => a.case_step = Some(step),
            Err(e) => self.run_error(&e),
        }
    }

    /// `StartCase`: the case's first call, journalled like any call.
    fn start_case(&mut self, id: &str, seed: Option<u64>) {
        let first = cases::case(&self.content, id)
            .filter(|c| cases::startable(&self.content, c))
            .and_then(|c| {
                callcoach_core::records::case::first_call(c, seed.unwrap_or_else(seed_from_clock))
            });
        let Some(first) = first else {
            self.notify("app-error-not-playable", &[("id", s(id.to_string()))]);
            return;
        };
        self.pending.0 = None;
        self.progress.0 = None;
        self.start_case_call(&first.scenario, first.link, Some(first.seed));
    }

    /// Starts a call of a case: the scenario's newest good version, played with what the link
    /// carries from the call before.
    fn start_case_call(
        &mut self,
        scenario: &str,
        link: callcoach_core::records::case::CaseLink,
        seed: Option<u64>,
    ) {
        let Some(sc) = self.content.playable.get(scenario).map(Arc::clone) else {
            self.notify("app-error-not-playable", &[("id", s(scenario.to_string()))]);
            return;
        };
        let mut meta = self.meta(&sc, seed, self.prefs.mode);
        meta.case = Some(link);
        let started = Session::start(sc, meta, Some(&self.data.0));
        self.open_call(started);
    }

    /// `NextCaseCall`: the between-calls screen after a call of a case.
    fn next_case_call(&mut self, active: Option<&mut Active>) {
        let Some(step) = active.and_then(|a| a.case_step.clone()) else {
            return;
        };
        self.progress.0 = Some(step);
        self.go(Screen::CaseBetween);
    }

    /// `ContinueCase`: a case instance left between two calls, read back from the records.
    fn continue_case(&mut self, instance: &str) {
        let trainee = self.prefs.trainee.trim().to_string();
        let open = cases::open_cases(&self.content, &self.data.0, &trainee);
        let Some(o) = open.into_iter().find(|o| o.instance == instance) else {
            self.notify("app-case-not-open", &[("case", s(instance.to_string()))]);
            return;
        };
        let step = cases::played_on(&self.content, &o.record)
            .ok_or_else(|| o.record.meta.scenario.clone())
            .and_then(|sc| cases::step_after(&self.content, &o.record, &sc));
        match step {
            Ok(step) => {
                self.progress.0 = Some(step);
                self.go(Screen::CaseBetween);
            }
            Err(e) => self.run_error(&e),
        }
    }

    /// `PlayCaseCall`: the next call of the case on the between-calls screen.
    fn play_case_call(&mut self) {
        let Some(next) = self.progress.0.as_ref().and_then(|p| p.next.clone()) else {
            return;
        };
        self.pending.0 = None;
        self.start_case_call(&next.scenario, next.link, Some(next.seed));
    }

    /// `Leave`: back to the library, or to the trainer view from a playtest.
    fn leave(&mut self, active: Option<&mut Active>) {
        let home = if active.is_some_and(|a| a.playtest.is_some()) {
            Screen::Trainer
        } else {
            Screen::Library
        };
        self.go(home);
    }
}

/// The wrap-up's terms editor starts from the last terms proposed (still to be confirmed: the
/// trainee decides whether an arrangement is recorded).
fn prefill_wrap(a: &mut Active, loc: &Localiser, lang: &str) {
    if let Some(p) = a.session.call.proposals().last() {
        let terms = p.terms;
        a.wrap.terms.fill(&terms, loc, lang);
    }
}

fn journal_notice(loc: &Localiser, lang: &str, session: &Session) -> Option<String> {
    session
        .journal_error
        .as_ref()
        .map(|e| loc.ta(lang, "app-journal-failed", &[("error", s(e.clone()))]))
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
    if a.debrief.is_running() {
        redraw.poll_soon();
        if a.debrief.poll() {
            redraw.request();
        }
        return;
    }
    let lang = prefs.lang.clone();
    if !a.debrief.wants(&lang) {
        return;
    }
    let loc = Arc::clone(&content.loc);
    let call: Call = a.session.call.clone();
    let Some(scores) = a.record.as_ref().map(|r| r.scores.clone()) else {
        return;
    };
    let agent = a.session.meta.trainee.clone();
    let l = lang.clone();
    a.debrief.start(lang, move || {
        let sc = Arc::clone(call.scenario());
        let text = CallText::new(&loc, &l, &sc, &agent);
        debrief::debrief(&text, &call, &scores, DEFAULT_BUDGET)
    });
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
