//! "Assigned to you": above the free library, a trainee's assignments from the data folder's
//! programme (`callcoach_core::programme`): each track or scenario with its due date (overdue
//! in the warning colour), the steps done and the next one, and a button that starts it. A
//! trainee with nothing assigned sees the library as before. Progress is the core's, from the
//! verified records only; this file reads it when the library opens (and when the content
//! changes, since records verify against it) and draws it.

use bevy::prelude::*;
use bevy_egui::egui;
use chrono::Utc;

use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::programme::model::{Completion, Programme, Target};
use callcoach_core::programme::progress::{self, AssignmentProgress, Status};
use callcoach_core::records::record::Mode;

use super::Screen;
use crate::active_call::CallAction;
use crate::content::Content;
use crate::prefs::{DataDir, Prefs};
use crate::theme::{BAD, GOOD, WARN};
use crate::widgets::name_start_button;

/// The signed-in trainee's assignments, read when the library opens.
#[derive(Resource, Debug, Default, Clone)]
pub struct AssignedToYou {
    /// The programme they come from.
    pub programme: Programme,
    /// Each assignment reaching the trainee, in the programme's order.
    pub progress: Vec<AssignmentProgress>,
    /// Why the programme file could not be read (shown instead of the shelf).
    pub problem: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AssignedToYou>()
        .add_systems(OnEnter(Screen::Library), read_assigned)
        .add_systems(
            Update,
            read_assigned
                .run_if(in_state(Screen::Library))
                .run_if(resource_changed::<Content>),
        );
}

/// Reads the programme and the trainee's progress on it.
pub fn read_assigned(
    data: Res<DataDir>,
    prefs: Res<Prefs>,
    content: Res<Content>,
    mut assigned: ResMut<AssignedToYou>,
) {
    let cases = content.cases();
    *assigned = match progress::for_trainee(
        &data.0,
        prefs.trainee.trim(),
        &content.playable,
        &cases,
        Utc::now(),
    ) {
        Ok((programme, progress)) => AssignedToYou {
            programme,
            progress,
            problem: None,
        },
        Err(e) => AssignedToYou {
            problem: Some(e.to_string()),
            ..AssignedToYou::default()
        },
    };
}

/// A completion rule in words.
pub fn rule_text(loc: &Localiser, lang: &str, rule: &Completion) -> String {
    match rule {
        Completion::PassedOnce { mode: None } => loc.t(lang, "programme-rule-passed"),
        Completion::PassedOnce {
            mode: Some(Mode::Exam),
        } => loc.t(lang, "programme-rule-passed-exam"),
        Completion::PassedOnce {
            mode: Some(Mode::Practice),
        } => loc.t(lang, "programme-rule-passed-practice"),
        Completion::ScoreAtLeast(min) => {
            loc.ta(lang, "programme-rule-score", &[("score", n(*min))])
        }
        Completion::NoCriticalInLast(count) => {
            loc.ta(lang, "programme-rule-no-critical", &[("count", n(*count))])
        }
        Completion::All(rules) => rules
            .iter()
            .map(|r| rule_text(loc, lang, r))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Whether a rule asks for an exam-mode call.
fn needs_exam(rule: &Completion) -> bool {
    match rule {
        Completion::PassedOnce { mode } => *mode == Some(Mode::Exam),
        Completion::All(rules) => rules.iter().any(needs_exam),
        _ => false,
    }
}

/// The colour a status is drawn in.
pub fn status_colour(status: Status) -> egui::Color32 {
    match status {
        Status::Completed => GOOD,
        Status::Overdue => BAD,
        Status::InProgress => WARN,
        Status::NotStarted => egui::Color32::GRAY,
    }
}

/// The title of a step's scenario or case.
pub fn target_title(loc: &Localiser, lang: &str, target: &Target) -> String {
    match target {
        Target::Scenario(id) => loc.scenario_title(lang, id),
        Target::Case(id) => loc.case_title(lang, id),
    }
}

/// Draws the shelf (nothing when nothing is assigned); returns the action of a button
/// clicked.
pub fn shelf(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    mode: Mode,
    assigned: &AssignedToYou,
) -> Option<CallAction> {
    if let Some(problem) = &assigned.problem {
        ui.colored_label(
            WARN,
            loc.ta(
                lang,
                "app-programme-unreadable",
                &[("error", s(problem.clone()))],
            ),
        );
        ui.add_space(8.0);
        return None;
    }
    if assigned.progress.is_empty() {
        return None;
    }
    let mut action = None;
    ui.heading(loc.t(lang, "app-programme-assigned-title"));
    for p in &assigned.progress {
        let title =
            callcoach_core::programme::export::work_title(&assigned.programme, &p.work, loc, lang);
        let colour = status_colour(p.status);
        let frame = egui::Frame::group(ui.style()).stroke(egui::Stroke::new(
            if p.status == Status::Overdue {
                2.0
            } else {
                1.0
            },
            if p.status == Status::Overdue {
                BAD
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke.color
            },
        ));
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(&title).strong());
                ui.label(
                    egui::RichText::new(callcoach_core::programme::export::status_text(
                        loc, lang, p.status,
                    ))
                    .color(colour)
                    .strong(),
                );
                let due = loc.ta(
                    lang,
                    "app-programme-due",
                    &[("date", s(loc.date(lang, p.due)))],
                );
                if p.status == Status::Overdue {
                    ui.label(egui::RichText::new(due).color(BAD).strong());
                } else {
                    ui.label(due);
                }
            });
            let done = p.steps_done();
            let total = p.steps.len().max(1);
            ui.add(
                egui::ProgressBar::new(done as f32 / total as f32)
                    .desired_width(ui.available_width().min(420.0))
                    .fill(colour)
                    .text(loc.ta(
                        lang,
                        "programme-steps-done",
                        &[("done", n(done as f64)), ("total", n(p.steps.len() as f64))],
                    )),
            );
            if let Some(d) = &p.completed {
                let id = if p.late {
                    "programme-completed-late"
                } else {
                    "programme-completed-on"
                };
                ui.colored_label(
                    GOOD,
                    loc.ta(lang, id, &[("date", s(loc.date(lang, d.at.date_naive())))]),
                );
            }
            for (i, step) in p.steps.iter().enumerate() {
                let step_title = target_title(loc, lang, &step.target);
                ui.horizontal_wrapped(|ui| {
                    let (mark, mark_colour) = match (&step.done, p.next == Some(i)) {
                        (Some(_), _) => ("✔", GOOD),
                        (None, true) => ("▶", WARN),
                        (None, false) => ("○", egui::Color32::GRAY),
                    };
                    ui.label(egui::RichText::new(mark).color(mark_colour).strong());
                    ui.label(&step_title);
                    ui.small(rule_text(loc, lang, &step.rule));
                    ui.small(loc.ta(
                        lang,
                        "programme-attempts",
                        &[("count", n(step.attempts.len() as f64))],
                    ));
                    if step.done.is_some() {
                        ui.small(
                            egui::RichText::new(loc.t(lang, "programme-step-done")).color(GOOD),
                        );
                    }
                    if p.next == Some(i) {
                        if let Some(a) =
                            start_button(ui, loc, lang, content, &step.target, &step_title)
                        {
                            action = Some(a);
                        }
                        if needs_exam(&step.rule) && mode != Mode::Exam {
                            ui.colored_label(WARN, loc.t(lang, "app-programme-needs-exam"));
                        }
                    }
                });
            }
        });
        ui.add_space(6.0);
    }
    ui.add_space(4.0);
    action
}

/// "Start the next step" for a scenario or a case; disabled when it cannot be played.
fn start_button(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    target: &Target,
    title: &str,
) -> Option<CallAction> {
    let playable = match target {
        Target::Scenario(id) => content.playable.contains_key(id),
        Target::Case(id) => content
            .library
            .cases
            .iter()
            .any(|c| c.value.id == *id && crate::cases::startable(content, &c.value)),
    };
    let label = loc.t(lang, "app-programme-start-next");
    let button = ui.add_enabled(playable, egui::Button::new(&label));
    name_start_button(&button, loc, lang, label, title.to_string());
    if !button.clicked() {
        return None;
    }
    Some(match target {
        Target::Scenario(id) => CallAction::Start {
            scenario: id.clone(),
            seed: None,
        },
        Target::Case(id) => CallAction::StartCase {
            case: id.clone(),
            seed: None,
        },
    })
}
