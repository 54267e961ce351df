//! The debrief: a score per dimension with pass/fail, the trainee's arrangement beside the best
//! sustainable one and why, each wrap-up field checked against the call, every rule with its
//! citation, turn and coaching note, the trainee's path beside the best path, "try again" and
//! "rewind"; after a call of a case, the way on to what follows it.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::Debrief;

use super::Screen;
use crate::active_call::{Active, CallAction, CallSystems};
use crate::assigned::Assigned;
use crate::shell::{ShellSystems, central};
use crate::theme::{BAD, GOOD, WARN};
use crate::ui::ScreenCtx;
use crate::widgets::{rule_card, scores_block};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keys.before(CallSystems).run_if(in_state(Screen::Debrief)),
    )
    .add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems).run_if(in_state(Screen::Debrief)),
    );
}

/// R: try again (not in an LMS's launch); L: back to the library (or the LMS); N: a case's
/// next call.
fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    assigned: Option<Res<Assigned>>,
    mut actions: MessageWriter<CallAction>,
) {
    let Some(keys) = keys else { return };
    if keys.just_pressed(KeyCode::KeyN) {
        actions.write(CallAction::NextCaseCall);
    }
    if keys.just_pressed(KeyCode::KeyR) && assigned.is_none() {
        actions.write(CallAction::Retry);
    }
    if keys.just_pressed(KeyCode::KeyL) {
        actions.write(CallAction::Leave);
    }
}

fn draw(
    mut screen: ScreenCtx,
    active: Option<Res<Active>>,
    assigned: Option<Res<Assigned>>,
    mut actions: MessageWriter<CallAction>,
) -> Result {
    let Some(active) = active else { return Ok(()) };
    let ctx = screen.egui()?;
    let loc = &screen.content.loc;
    let lang = screen.prefs.lang.as_str();
    let sc = active.scenario();
    let text = CallText::new(loc, lang, sc, &active.session.meta.trainee);
    central(&ctx, screen.rect.0, "debrief", |ui| {
        ui.horizontal(|ui| {
            ui.heading(format!(
                "{} · {}",
                loc.t(lang, "debrief-title"),
                text.msg("title", None).text
            ));
            let (back, again) = if active.playtest.is_some() {
                ("app-back-to-trainer", Some("app-playtest-again"))
            } else if assigned.is_some() {
                // An LMS's launch is one attempt: its way out sends the results.
                ("app-return-to-lms", None)
            } else {
                ("app-back-to-library", Some("app-try-again"))
            };
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(loc.t(lang, back)).clicked() {
                    actions.write(CallAction::Leave);
                }
                if let Some(again) = again
                    && ui.button(loc.t(lang, again)).clicked()
                {
                    actions.write(CallAction::Retry);
                }
                // A call of a case: on to what follows it.
                if let Some(step) = &active.case_step {
                    let key = if step.next.is_some() {
                        "app-case-next"
                    } else {
                        "app-case-see-end"
                    };
                    if ui
                        .button(egui::RichText::new(loc.t(lang, key)).strong())
                        .clicked()
                    {
                        actions.write(CallAction::NextCaseCall);
                    }
                }
            });
        });
        if let Some(p) = &active.playtest {
            ui.colored_label(
                WARN,
                loc.ta(lang, "app-playtest-banner", &[("node", s(p.node.clone()))]),
            );
        }
        let can_rewind = active.playtest.is_none();
        let Some(record) = &active.record else { return };
        if let Some(p) = &active.record_path {
            ui.small(loc.ta(
                lang,
                "cli-record-written",
                &[("path", s(p.display().to_string()))],
            ));
        }
        ui.add_space(6.0);

        scores_block(ui, loc, &text, &record.scores);
        ui.separator();

        let Some(debrief) = active
            .debrief_in(lang)
            .or(active.debrief.latest().map(|(_, d)| d.as_ref()))
        else {
            ui.label(loc.t(lang, "app-debrief-preparing"));
            return;
        };

        if arrangement(ui, loc, lang, debrief) {
            ui.separator();
        }
        if wrap_checks(ui, loc, lang, debrief) {
            ui.separator();
        }

        // Paths side by side, with "rewind to this decision".
        if let Some(turn) = paths(ui, loc, lang, debrief, can_rewind) {
            actions.write(CallAction::Rewind(turn));
        }
        ui.separator();

        // Every rule.
        ui.heading(loc.t(lang, "app-rules"));
        for r in &debrief.rules {
            if let Some(turn) = rule_card(ui, loc, lang, r, can_rewind) {
                actions.write(CallAction::Rewind(turn));
            }
        }
        ui.add_space(8.0);
        ui.small(loc.t(lang, "app-debrief-keys"));
    });
    Ok(())
}

/// The trainee's arrangement beside the best sustainable one, each with why; whether the call
/// had one to show.
fn arrangement(ui: &mut egui::Ui, loc: &Localiser, lang: &str, debrief: &Debrief) -> bool {
    let Some(a) = &debrief.arrangement else {
        return false;
    };
    ui.heading(loc.t(lang, "app-debrief-arrangement"));
    ui.columns(2, |cols| {
        let sides = [
            ("arrangement-yours", &a.yours, &a.yours_why),
            ("arrangement-best", &a.best, &a.best_why),
        ];
        for (ui, (title, terms, why)) in cols.iter_mut().zip(sides) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(loc.t(lang, title)).strong());
                ui.label(egui::RichText::new(terms).heading());
                for line in why {
                    ui.label(line);
                }
            });
        }
    });
    true
}

/// Each wrap-up field, whether it matched the call and what the call called for; whether there
/// were fields to show.
fn wrap_checks(ui: &mut egui::Ui, loc: &Localiser, lang: &str, debrief: &Debrief) -> bool {
    if debrief.wrap.is_empty() {
        return false;
    }
    ui.heading(loc.t(lang, "wrap-title"));
    egui::Grid::new("wrap-checks")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for w in &debrief.wrap {
                let (mark, color) = if w.ok { ("✔", GOOD) } else { ("✘", BAD) };
                ui.colored_label(color, mark);
                ui.label(egui::RichText::new(&w.field).strong());
                if w.ok || w.expected.is_empty() {
                    ui.label("");
                } else {
                    ui.label(loc.ta(
                        lang,
                        "wrap-expected",
                        &[("expected", s(w.expected.clone()))],
                    ));
                }
                ui.end_row();
            }
        });
    true
}

/// The trainee's path beside the best path, each decision with "rewind" (when allowed);
/// the 0-based turn to rewind to when one was clicked.
fn paths(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    debrief: &Debrief,
    can_rewind: bool,
) -> Option<usize> {
    let mut rewind = None;
    ui.heading(loc.t(lang, "app-paths"));
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "debrief-your-path")).strong());
        for (i, said) in debrief.your_path.iter().enumerate() {
            cols[0].horizontal_wrapped(|ui| {
                if can_rewind
                    && ui
                        .small_button(loc.t(lang, "app-rewind"))
                        .on_hover_text(loc.t(lang, "app-rewind-help"))
                        .clicked()
                {
                    rewind = Some(i);
                }
                ui.label(format!("{}. {}", i + 1, said.marked()));
            });
        }
        cols[1].label(egui::RichText::new(loc.t(lang, "debrief-best-path")).strong());
        for (i, said) in debrief.best_path.iter().enumerate() {
            cols[1].label(format!("{}. {}", i + 1, said.marked()));
        }
        if let Some(best) = &debrief.best_score {
            cols[1].small(loc.ta(
                lang,
                "app-best-path-score",
                &[("score", n(best.overall as f64))],
            ));
        }
    });
    rewind
}
