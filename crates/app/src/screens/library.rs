//! The scenario library: a card per scenario (broken ones shown with the reason), filters by
//! jurisdiction and difficulty, the trainee's best result, and the offer to resume a call;
//! above them the cases (several calls on one account), to start or to continue.

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use callcoach_core::cohort::cards::{Best, Card, best_scores};
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::content::model::{Difficulty, Jurisdiction};

use super::{Screen, number_key};
use crate::active_call::{CallAction, CallSystems, Pending};
use crate::cases::{self, OpenCases};
use crate::content::Content;
use crate::prefs::{DataDir, Prefs};
use crate::shell::{ShellSystems, central, short};
use crate::theme::{BAD, GOOD, WARN};
use crate::ui::{Navigate, ScreenCtx};
use crate::widgets::name_start_button;

/// The trainee's best results, read from the records when the library opens.
#[derive(Resource, Debug, Default, Clone)]
pub struct BestScores(pub BTreeMap<String, Best>);

/// The library filters (`None` = all).
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Filters {
    /// Only this jurisdiction's scenarios.
    pub jurisdiction: Option<Jurisdiction>,
    /// Only scenarios of this difficulty.
    pub difficulty: Option<Difficulty>,
}

impl Filters {
    /// Whether a card passes the filters.
    pub fn keeps(&self, card: &Card) -> bool {
        self.jurisdiction
            .is_none_or(|j| card.jurisdiction == Some(j))
            && self.difficulty.is_none_or(|d| card.difficulty == Some(d))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<BestScores>()
        .init_resource::<Filters>()
        .init_resource::<OpenCases>()
        .add_systems(
            OnEnter(Screen::Library),
            (read_best_scores, read_open_cases),
        )
        .add_systems(
            Update,
            read_open_cases
                .run_if(in_state(Screen::Library))
                .run_if(resource_changed::<Content>),
        )
        .add_systems(
            Update,
            keys.before(CallSystems).run_if(in_state(Screen::Library)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::Library)),
        );
}

fn read_best_scores(
    data: Res<DataDir>,
    prefs: Res<Prefs>,
    content: Res<Content>,
    mut bests: ResMut<BestScores>,
) {
    // Only verified records count (the cohort's MAC and replay; see `best_scores`).
    let cases = content.cases();
    bests.0 = best_scores(&data.0, prefs.trainee.trim(), &content.playable, &cases);
}

/// The trainee's cases with a call still to play (from the records; the content decides
/// whether a next call exists).
fn read_open_cases(
    data: Res<DataDir>,
    prefs: Res<Prefs>,
    content: Res<Content>,
    mut open: ResMut<OpenCases>,
) {
    open.0 = cases::open_cases(&content, &data.0, prefs.trainee.trim());
}

/// The cards shown, in order (the number keys start them).
pub fn visible<'a>(content: &'a Content, filters: &Filters) -> Vec<&'a Card> {
    content.cards.iter().filter(|c| filters.keeps(c)).collect()
}

/// Number keys start the n-th playable card shown.
fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    content: Res<Content>,
    filters: Res<Filters>,
    pending: Res<Pending>,
    mut actions: MessageWriter<CallAction>,
) {
    let Some(i) = keys.as_deref().and_then(number_key) else {
        return;
    };
    if pending.0.is_some() {
        return;
    }
    if let Some(card) = visible(&content, &filters).get(i)
        && content.playable.contains_key(&card.id)
    {
        actions.write(CallAction::Start {
            scenario: card.id.clone(),
            seed: None,
        });
    }
}

/// What the library screen shows besides the cards: best scores, open cases, the pending
/// call and the trainee's assigned work.
#[derive(bevy::ecs::system::SystemParam)]
struct Shelves<'w> {
    bests: Res<'w, BestScores>,
    open: Res<'w, OpenCases>,
    pending: Res<'w, Pending>,
    assigned: Res<'w, super::assigned_shelf::AssignedToYou>,
    drills: Res<'w, crate::drills::TodaysDrills>,
}

fn draw(
    mut screen: ScreenCtx,
    shelves: Shelves,
    mut filters: ResMut<Filters>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) -> Result {
    let Shelves {
        bests,
        open,
        pending,
        assigned,
        drills,
    } = shelves;
    let ctx = screen.egui()?;
    let content = &screen.content;
    let loc = &content.loc;
    let lang = screen.prefs.lang.as_str();
    let mut f = filters.clone();
    let mut sign_out = false;
    central(&ctx, screen.rect.0, "library", |ui| {
        ui.horizontal(|ui| {
            ui.heading(loc.t(lang, "app-library-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                sign_out = ui.button(loc.t(lang, "app-sign-out")).clicked();
            });
        });
        // "Assigned to you" first (nothing when nothing is assigned), then the free library.
        let mode = screen.prefs.mode;
        if let Some(action) = super::assigned_shelf::shelf(ui, loc, lang, content, mode, &assigned)
        {
            actions.write(action);
        }
        // Today's drills next: a few minutes at the decisions the trainee got wrong.
        if let Some(action) = super::drill_shelf::shelf(ui, loc, lang, &drills) {
            actions.write(action);
        }
        if !assigned.progress.is_empty() || !drills.due_today().is_empty() {
            ui.heading(loc.t(lang, "app-programme-free-library"));
        }
        if let Some(u) = &pending.0 {
            if let Some(action) = resume_offer(ui, loc, lang, u) {
                actions.write(action);
            }
            ui.add_space(8.0);
        }
        if let Some(action) = case_shelf(ui, loc, lang, content, &open) {
            actions.write(action);
        }
        filter_bar(ui, loc, lang, &mut f);
        ui.add_space(8.0);
        let shelf = Shelf {
            loc,
            lang,
            content,
            bests: &bests,
        };
        if let Some(id) = card_grid(ui, &shelf, &f) {
            actions.write(CallAction::Start {
                scenario: id,
                seed: None,
            });
        }
    });
    if sign_out {
        navigate.to(Screen::SignIn);
        screen.redraw.request();
    }
    if f != *filters {
        *filters = f;
    }
    Ok(())
}

/// The offer to resume an unfinished call: "resume" or "discard".
fn resume_offer(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    u: &callcoach_core::records::journal::Unfinished,
) -> Option<CallAction> {
    let mut action = None;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, WARN))
        .show(ui, |ui| {
            ui.label(loc.ta(
                lang,
                "app-resume-offer",
                &[
                    ("title", s(loc.scenario_title(lang, &u.meta.scenario))),
                    ("turn", n((u.turns.len() + 1) as f64)),
                ],
            ));
            ui.horizontal(|ui| {
                if ui.button(loc.t(lang, "app-resume")).clicked() {
                    action = Some(CallAction::Resume);
                }
                if ui.button(loc.t(lang, "app-discard")).clicked() {
                    action = Some(CallAction::Discard);
                }
            });
        });
    action
}

/// The cases: title, what the trainee is told, how many calls, "start" and, for each instance
/// left between two calls, "continue". Returns the action of the button clicked.
fn case_shelf(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    open: &OpenCases,
) -> Option<CallAction> {
    let list = &content.library.cases;
    if list.is_empty() {
        return None;
    }
    let mut action = None;
    ui.heading(loc.t(lang, "app-cases-title"));
    // In rows of two (one when narrow), as the scenario cards are laid out.
    let width = ui.available_width();
    let columns = if width > 700.0 { 2 } else { 1 };
    let gap = ui.spacing().item_spacing.x;
    let card_width = (width - gap * (columns as f32 - 1.0)) / columns as f32 - 26.0;
    for row in list.chunks(columns) {
        ui.horizontal_top(|ui| {
            for c in row {
                let c = &c.value;
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(card_width);
                    ui.vertical(|ui| {
                        ui.label(egui::RichText::new(loc.case_title(lang, &c.id)).strong());
                        let brief = loc.case(lang, &c.id, "case-brief", None);
                        if !brief.missing {
                            ui.label(brief.text);
                        }
                        ui.small(loc.ta(
                            lang,
                            "app-case-calls",
                            &[("count", n(c.calls.len() as f64))],
                        ));
                        ui.horizontal_wrapped(|ui| {
                            let startable = cases::startable(content, c);
                            let label = loc.t(lang, "app-case-start");
                            let start = ui.add_enabled(startable, egui::Button::new(&label));
                            name_start_button(
                                &start,
                                loc,
                                lang,
                                label,
                                loc.case_title(lang, &c.id),
                            );
                            if start.clicked() {
                                action = Some(CallAction::StartCase {
                                    case: c.id.clone(),
                                    seed: None,
                                });
                            }
                            for o in open.0.iter().filter(|o| o.case == c.id) {
                                let step = o.record.meta.case.as_ref().map_or(0, |l| l.step);
                                let label = loc.ta(
                                    lang,
                                    "app-case-continue",
                                    &[("call", n((step + 2) as f64))],
                                );
                                if ui.button(label).clicked() {
                                    action = Some(CallAction::ContinueCase {
                                        instance: o.instance.clone(),
                                    });
                                }
                            }
                        });
                    });
                });
            }
        });
        ui.add_space(gap);
    }
    ui.add_space(8.0);
    ui.heading(loc.t(lang, "app-library-scenarios"));
    action
}

/// The jurisdiction and difficulty filters.
fn filter_bar(ui: &mut egui::Ui, loc: &Localiser, lang: &str, f: &mut Filters) {
    ui.horizontal_wrapped(|ui| {
        let all = loc.t(lang, "app-filter-all");
        let jurisdiction = ui.label(loc.t(lang, "app-filter-jurisdiction"));
        let jname = |j: Option<Jurisdiction>| {
            j.map_or(all.clone(), |j| {
                loc.t(lang, &format!("jurisdiction-{}", j.key()))
            })
        };
        egui::ComboBox::from_id_salt("filter-jurisdiction")
            .selected_text(jname(f.jurisdiction))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut f.jurisdiction, None, jname(None));
                for j in [
                    Jurisdiction::Us,
                    Jurisdiction::Uk,
                    Jurisdiction::Pl,
                    Jurisdiction::Eu,
                ] {
                    ui.selectable_value(&mut f.jurisdiction, Some(j), jname(Some(j)));
                }
            })
            .response
            .labelled_by(jurisdiction.id);
        ui.add_space(12.0);
        let difficulty = ui.label(loc.t(lang, "app-filter-difficulty"));
        let dname = |d: Option<Difficulty>| {
            d.map_or(all.clone(), |d| {
                loc.t(lang, &format!("difficulty-{}", d.key()))
            })
        };
        egui::ComboBox::from_id_salt("filter-difficulty")
            .selected_text(dname(f.difficulty))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut f.difficulty, None, dname(None));
                for d in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
                    ui.selectable_value(&mut f.difficulty, Some(d), dname(Some(d)));
                }
            })
            .response
            .labelled_by(difficulty.id);
    });
}

/// What a card reads: the language, the content, the trainee's best results.
struct Shelf<'a> {
    loc: &'a Localiser,
    lang: &'a str,
    content: &'a Content,
    bests: &'a BestScores,
}

/// The cards the filters keep, in one to three columns; the id of the card whose "play" was
/// clicked.
fn card_grid(ui: &mut egui::Ui, shelf: &Shelf, f: &Filters) -> Option<String> {
    let cards = visible(shelf.content, f);
    if cards.is_empty() {
        ui.label(shelf.loc.t(shelf.lang, "app-library-empty"));
    }
    let width = ui.available_width();
    let columns = if width > 1100.0 {
        3
    } else if width > 700.0 {
        2
    } else {
        1
    };
    let gap = ui.spacing().item_spacing.x;
    let card_width = (width - gap * (columns as f32 - 1.0)) / columns as f32 - 26.0;
    let mut start = None;
    for (r, row) in cards.chunks(columns).enumerate() {
        ui.horizontal_top(|ui| {
            for (c, card) in row.iter().enumerate() {
                let index = r * columns + c;
                if card_ui(ui, shelf, card, index, card_width) {
                    start = Some(card.id.clone());
                }
            }
        });
        ui.add_space(gap);
    }
    start
}

/// One scenario's card: title, persona, difficulty, jurisdiction, best result, why it is
/// broken, and "play" (with its number key). Returns whether "play" was clicked.
fn card_ui(ui: &mut egui::Ui, shelf: &Shelf, card: &Card, index: usize, width: f32) -> bool {
    let Shelf {
        loc,
        lang,
        content,
        bests,
    } = *shelf;
    let mut start = false;
    let stroke = if card.is_broken() {
        egui::Stroke::new(2.0, BAD)
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(width);
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(loc.scenario_title(lang, &card.id)).heading());
                if let Some(p) = &card.persona {
                    ui.label(loc.t(lang, &format!("persona-{p}")));
                }
                ui.horizontal_wrapped(|ui| {
                    if let Some(d) = card.difficulty {
                        ui.label(loc.ta(
                            lang,
                            "app-card-difficulty",
                            &[("value", s(loc.t(lang, &format!("difficulty-{}", d.key()))))],
                        ));
                    }
                    if let Some(j) = card.jurisdiction {
                        ui.label(loc.ta(
                            lang,
                            "app-card-jurisdiction",
                            &[(
                                "value",
                                s(loc.t(lang, &format!("jurisdiction-{}", j.key()))),
                            )],
                        ));
                    }
                });
                match bests.0.get(&card.id) {
                    Some(b) => {
                        let verdict = if b.passed {
                            "debrief-passed"
                        } else {
                            "debrief-failed"
                        };
                        ui.colored_label(
                            if b.passed { GOOD } else { BAD },
                            loc.ta(
                                lang,
                                "app-card-best",
                                &[
                                    ("score", n(b.overall as f64)),
                                    ("result", s(loc.t(lang, verdict))),
                                    ("attempts", n(b.attempts as f64)),
                                ],
                            ),
                        );
                    }
                    None => {
                        ui.label(loc.t(lang, "app-card-not-tried"));
                    }
                }
                if card.is_broken() {
                    ui.colored_label(BAD, loc.t(lang, "app-card-broken"));
                    for d in card.errors.iter().take(4) {
                        ui.small(short(d, &content.library.root));
                    }
                }
                let playable = content.playable.contains_key(&card.id);
                let label = match (playable, card.is_broken(), index < 9) {
                    (true, false, true) => {
                        loc.ta(lang, "app-play-key", &[("key", n((index + 1) as f64))])
                    }
                    (true, false, false) => loc.t(lang, "app-play"),
                    (true, true, _) => loc.t(lang, "app-play-last-good"),
                    (false, _, _) => loc.t(lang, "app-not-playable"),
                };
                let button = ui.add_enabled(playable, egui::Button::new(label.clone()));
                // Every card's button says "Play": a screen reader also hears which call.
                let title = loc.scenario_title(lang, &card.id);
                name_start_button(&button, loc, lang, label, title);
                start = button.clicked();
            });
        });
    start
}
