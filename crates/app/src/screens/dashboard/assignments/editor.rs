//! The "Tracks and assignments" view: create a track from the library (scenarios and cases
//! picked in order, each with a completion rule), a group of trainees, and an assignment of a
//! track or a scenario to trainees and groups with a due date; then the programme's lists,
//! where an assignment can be removed. Every change is saved at once through
//! [`super::save`] (the core's merging save).

use bevy_egui::egui;
use chrono::{NaiveDate, Utc};

use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::programme::model::{
    Assignment, Completion, Group, Programme, Step, Target, Track, Work, same_trainee,
};

use super::ProgrammeTab;
use crate::content::Content;
use crate::screens::assigned_shelf::{rule_text, target_title};
use crate::theme::BAD;
use crate::widgets::accessible_name;

/// The completion rules offered for a step (compact forms, `callcoach_core::programme::rule_text`).
pub const RULES: [&str; 6] = [
    "passed",
    "passed-exam",
    "score-80",
    "no-critical-2",
    "passed+no-critical-2",
    "passed-exam+no-critical-2",
];

/// The forms as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Forms {
    pub track_title: String,
    pub track_title_pl: String,
    /// The steps picked so far.
    pub steps: Vec<Step>,
    /// The scenario or case about to be added as a step.
    pub step_target: Option<Target>,
    /// Index into [`RULES`].
    pub step_rule: usize,
    pub group_name: String,
    /// Names, one a line or separated by commas.
    pub group_trainees: String,
    /// What the assignment asks for.
    pub work: Option<Work>,
    /// Names, separated by commas.
    pub assign_trainees: String,
    /// Group ids ticked.
    pub assign_groups: Vec<String>,
    /// The due date as typed (YYYY-MM-DD).
    pub due_text: String,
}

/// Names typed in a field: split at commas and line ends, trimmed, each once.
pub fn names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in text
        .split([',', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !out.iter().any(|o| same_trainee(o, name)) {
            out.push(name.to_string());
        }
    }
    out
}

fn rule_of(i: usize) -> Completion {
    RULES[i.min(RULES.len() - 1)]
        .parse()
        .expect("the offered rules parse")
}

/// Draws the view and applies what was asked.
pub(super) fn editor(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    data: &std::path::Path,
    coordinator: &str,
    tab: &mut ProgrammeTab,
) {
    let mut asked: Option<(Programme, String)> = None;
    ui.columns(2, |cols| {
        if let Some(a) = track_form(&mut cols[0], loc, lang, content, tab) {
            asked = Some(a);
        }
        cols[0].add_space(10.0);
        if let Some(a) = group_form(&mut cols[0], loc, lang, tab) {
            asked = Some(a);
        }
        cols[0].add_space(10.0);
        if let Some(a) = assign_form(&mut cols[0], loc, lang, content, coordinator, tab) {
            asked = Some(a);
        }
        if let Some(a) = lists(&mut cols[1], loc, lang, tab) {
            asked = Some(a);
        }
    });
    if let Some((ours, done)) = asked {
        super::save(data, tab, ours, done);
    }
}

fn section(ui: &mut egui::Ui, title: String, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(title).strong());
        add(ui);
    });
}

fn labelled_text(ui: &mut egui::Ui, label: String, text: &mut String, hint: String) {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(260.0),
        )
        .labelled_by(l.id);
    });
}

/// "New track": titles, steps picked from the library in order, each with a rule.
fn track_form(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    tab: &mut ProgrammeTab,
) -> Option<(Programme, String)> {
    let mut asked: Option<()> = None;
    let f = &mut tab.forms;
    section(ui, loc.t(lang, "app-prog-new-track"), |ui| {
        labelled_text(
            ui,
            loc.t(lang, "app-prog-title"),
            &mut f.track_title,
            String::new(),
        );
        labelled_text(
            ui,
            loc.t(lang, "app-prog-title-pl"),
            &mut f.track_title_pl,
            loc.t(lang, "app-prog-optional"),
        );
        ui.horizontal(|ui| {
            let l = ui.label(loc.t(lang, "app-prog-step"));
            let shown = f
                .step_target
                .as_ref()
                .map_or(loc.t(lang, "app-prog-pick"), |t| target_title(loc, lang, t));
            egui::ComboBox::from_id_salt("prog-step-target")
                .selected_text(shown)
                .width(260.0)
                .show_ui(ui, |ui| {
                    for id in content.playable.keys() {
                        let t = Target::Scenario(id.clone());
                        let title = loc.scenario_title(lang, id);
                        ui.selectable_value(&mut f.step_target, Some(t), title);
                    }
                    for c in &content.library.cases {
                        let t = Target::Case(c.value.id.clone());
                        let title = loc.ta(
                            lang,
                            "app-prog-case-named",
                            &[("title", s(loc.case_title(lang, &c.value.id)))],
                        );
                        ui.selectable_value(&mut f.step_target, Some(t), title);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            let l = ui.label(loc.t(lang, "app-prog-rule"));
            egui::ComboBox::from_id_salt("prog-step-rule")
                .selected_text(rule_text(loc, lang, &rule_of(f.step_rule)))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for i in 0..RULES.len() {
                        ui.selectable_value(&mut f.step_rule, i, rule_text(loc, lang, &rule_of(i)));
                    }
                })
                .response
                .labelled_by(l.id);
            if ui
                .add_enabled(
                    f.step_target.is_some(),
                    egui::Button::new(loc.t(lang, "app-prog-add-step")),
                )
                .clicked()
                && let Some(target) = f.step_target.take()
            {
                f.steps.push(Step {
                    target,
                    rule: rule_of(f.step_rule),
                });
            }
        });
        let mut remove = None;
        for (i, step) in f.steps.iter().enumerate() {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "{}. {} — {}",
                    i + 1,
                    target_title(loc, lang, &step.target),
                    rule_text(loc, lang, &step.rule)
                ));
                let x = ui.small_button(loc.t(lang, "app-prog-remove"));
                accessible_name(
                    &x,
                    egui::WidgetType::Button,
                    &loc.ta(lang, "app-prog-remove-step", &[("n", n((i + 1) as f64))]),
                );
                if x.clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            f.steps.remove(i);
        }
        let ready = !f.track_title.trim().is_empty() && !f.steps.is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(loc.t(lang, "app-prog-save-track")))
            .clicked()
        {
            asked = Some(());
        }
    });
    if asked.is_some() {
        let f = &mut tab.forms;
        let mut ours = tab.programme.clone();
        let id = Programme::fresh_id(&f.track_title, |id| ours.track(id).is_some());
        let mut titles = std::collections::BTreeMap::new();
        if !f.track_title_pl.trim().is_empty() {
            titles.insert("pl".to_string(), f.track_title_pl.trim().to_string());
        }
        ours.tracks.push(Track {
            id: id.clone(),
            title: f.track_title.trim().to_string(),
            titles,
            steps: std::mem::take(&mut f.steps),
        });
        f.track_title.clear();
        f.track_title_pl.clear();
        return Some((ours, loc.ta(lang, "app-prog-saved-track", &[("id", s(id))])));
    }
    None
}

/// "New group": a name and trainees (a group with that name gets the trainees added).
fn group_form(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    tab: &mut ProgrammeTab,
) -> Option<(Programme, String)> {
    let mut clicked = false;
    let f = &mut tab.forms;
    section(ui, loc.t(lang, "app-prog-new-group"), |ui| {
        labelled_text(
            ui,
            loc.t(lang, "app-prog-group-name"),
            &mut f.group_name,
            String::new(),
        );
        ui.horizontal(|ui| {
            let l = ui.label(loc.t(lang, "app-prog-trainees"));
            ui.add(
                egui::TextEdit::multiline(&mut f.group_trainees)
                    .hint_text(loc.t(lang, "app-prog-trainees-hint"))
                    .desired_rows(2)
                    .desired_width(260.0),
            )
            .labelled_by(l.id);
        });
        let ready = !f.group_name.trim().is_empty() && !names(&f.group_trainees).is_empty();
        clicked = ui
            .add_enabled(ready, egui::Button::new(loc.t(lang, "app-prog-save-group")))
            .clicked();
    });
    if !clicked {
        return None;
    }
    let f = &mut tab.forms;
    let mut ours = tab.programme.clone();
    let name = f.group_name.trim().to_string();
    let members = names(&f.group_trainees);
    let id = match ours.groups.iter_mut().find(|g| g.name == name) {
        Some(g) => {
            for m in members {
                if !g.trainees.iter().any(|t| same_trainee(t, &m)) {
                    g.trainees.push(m);
                }
            }
            g.id.clone()
        }
        None => {
            let id = Programme::fresh_id(&name, |id| ours.group(id).is_some());
            ours.groups.push(Group {
                id: id.clone(),
                name,
                trainees: members,
            });
            id
        }
    };
    f.group_name.clear();
    f.group_trainees.clear();
    Some((ours, loc.ta(lang, "app-prog-saved-group", &[("id", s(id))])))
}

/// "Assign": a track or scenario, trainees and groups, a due date.
fn assign_form(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    coordinator: &str,
    tab: &mut ProgrammeTab,
) -> Option<(Programme, String)> {
    let mut clicked = false;
    let programme = &tab.programme;
    let f = &mut tab.forms;
    let due = NaiveDate::parse_from_str(f.due_text.trim(), "%Y-%m-%d").ok();
    section(ui, loc.t(lang, "app-prog-assign"), |ui| {
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(loc.t(lang, "app-prog-work"));
            let shown = f.work.as_ref().map_or(loc.t(lang, "app-prog-pick"), |w| {
                callcoach_core::programme::export::work_title(programme, w, loc, lang)
            });
            egui::ComboBox::from_id_salt("prog-work")
                .selected_text(shown)
                .width(300.0)
                .show_ui(ui, |ui| {
                    for t in &programme.tracks {
                        let title = loc.ta(
                            lang,
                            "app-prog-track-named",
                            &[("title", s(t.title_in(lang).to_string()))],
                        );
                        ui.selectable_value(&mut f.work, Some(Work::Track(t.id.clone())), title);
                    }
                    for id in content.playable.keys() {
                        ui.selectable_value(
                            &mut f.work,
                            Some(Work::Scenario(id.clone())),
                            loc.scenario_title(lang, id),
                        );
                    }
                })
                .response
                .labelled_by(l.id);
        });
        labelled_text(
            ui,
            loc.t(lang, "app-prog-trainees"),
            &mut f.assign_trainees,
            loc.t(lang, "app-prog-trainees-hint"),
        );
        if !programme.groups.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(loc.t(lang, "app-prog-groups"));
                for g in &programme.groups {
                    let mut on = f.assign_groups.contains(&g.id);
                    if ui.checkbox(&mut on, &g.name).changed() {
                        if on {
                            f.assign_groups.push(g.id.clone());
                        } else {
                            f.assign_groups.retain(|x| x != &g.id);
                        }
                    }
                }
            });
        }
        ui.horizontal(|ui| {
            // The same date field as the dashboard's filters: YYYY-MM-DD, red when invalid.
            let l = ui.label(loc.t(lang, "app-prog-due"));
            let invalid = !f.due_text.trim().is_empty() && due.is_none();
            let mut edit = egui::TextEdit::singleline(&mut f.due_text)
                .hint_text(loc.t(lang, "app-dash-date-hint"))
                .desired_width(112.0);
            if invalid {
                edit = edit.text_color(BAD);
            }
            ui.add(edit).labelled_by(l.id);
            if invalid {
                ui.colored_label(BAD, loc.t(lang, "app-dash-date-invalid"));
            }
        });
        let someone = !names(&f.assign_trainees).is_empty() || !f.assign_groups.is_empty();
        let ready = f.work.is_some() && someone && due.is_some();
        clicked = ui
            .add_enabled(
                ready,
                egui::Button::new(loc.t(lang, "app-prog-assign-button")),
            )
            .clicked();
    });
    if !clicked {
        return None;
    }
    let (Some(work), Some(due)) = (tab.forms.work.clone(), due) else {
        return None;
    };
    let mut ours = tab.programme.clone();
    let stem = match &work {
        Work::Track(id) | Work::Scenario(id) => format!("{id}-{due}"),
    };
    let id = Programme::fresh_id(&stem, |id| ours.assignment(id).is_some());
    ours.assignments.push(Assignment {
        id: id.clone(),
        work,
        trainees: names(&tab.forms.assign_trainees),
        groups: tab.forms.assign_groups.clone(),
        due,
        assigned_at: Utc::now(),
        assigned_by: coordinator.trim().to_string(),
    });
    tab.forms.assign_trainees.clear();
    tab.forms.assign_groups.clear();
    Some((
        ours,
        loc.ta(lang, "app-prog-saved-assignment", &[("id", s(id))]),
    ))
}

/// The programme's tracks, groups and assignments (an assignment can be removed).
fn lists(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    tab: &ProgrammeTab,
) -> Option<(Programme, String)> {
    let p = &tab.programme;
    let mut remove = None;
    ui.label(egui::RichText::new(loc.t(lang, "app-prog-assignments")).strong());
    if p.assignments.is_empty() {
        ui.weak(loc.t(lang, "programme-no-assignments"));
    }
    egui::Grid::new("prog-assignments")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for a in &p.assignments {
                ui.label(callcoach_core::programme::export::work_title(
                    p, &a.work, loc, lang,
                ));
                ui.label(loc.ta(
                    lang,
                    "app-programme-due",
                    &[("date", s(loc.date(lang, a.due)))],
                ));
                let who: Vec<String> = a
                    .groups
                    .iter()
                    .map(|g| p.group(g).map_or(g.clone(), |g| g.name.clone()))
                    .chain(a.trainees.iter().cloned())
                    .collect();
                ui.label(who.join(", "));
                let x = ui.small_button(loc.t(lang, "app-prog-remove"));
                accessible_name(
                    &x,
                    egui::WidgetType::Button,
                    &loc.ta(
                        lang,
                        "app-prog-remove-assignment",
                        &[("id", s(a.id.clone()))],
                    ),
                );
                if x.clicked() {
                    remove = Some(a.id.clone());
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(egui::RichText::new(loc.t(lang, "app-prog-tracks")).strong());
    if p.tracks.is_empty() {
        ui.weak(loc.t(lang, "programme-no-tracks"));
    }
    for t in &p.tracks {
        egui::CollapsingHeader::new(t.title_in(lang))
            .id_salt(("prog-track", &t.id))
            .default_open(true)
            .show(ui, |ui| {
                for (i, step) in t.steps.iter().enumerate() {
                    ui.label(format!(
                        "{}. {} — {}",
                        i + 1,
                        target_title(loc, lang, &step.target),
                        rule_text(loc, lang, &step.rule)
                    ));
                }
            });
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(loc.t(lang, "app-prog-groups")).strong());
    for g in &p.groups {
        ui.label(format!("{}: {}", g.name, g.trainees.join(", ")));
    }
    let id = remove?;
    let mut ours = p.clone();
    ours.assignments.retain(|a| a.id != id);
    Some((
        ours,
        loc.ta(lang, "app-prog-removed-assignment", &[("id", s(id))]),
    ))
}
