//! The call: debtor card, transcript, choices (buttons and number keys 1–9), the answer
//! countdown, and the debtor's mood in practice mode.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use callcoach_core::content::l10n::{n, s};
use callcoach_core::content::model::DebtorKind;
use callcoach_core::records::call_text::{CallText, Speaker};
use callcoach_core::records::record::Mode;

use super::{Screen, number_key};
use crate::active_call::{Active, CallAction, CallSystems};
use crate::shell::{ShellSystems, root_ui};
use crate::theme::{BAD, GOOD, WARN};
use crate::ui::ScreenCtx;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keys.before(CallSystems).run_if(in_state(Screen::Call)),
    )
    .add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems).run_if(in_state(Screen::Call)),
    );
}

/// Number keys 1–9 pick the option shown at that position.
pub fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    active: Option<Res<Active>>,
    mut actions: MessageWriter<CallAction>,
) {
    let (Some(keys), Some(active)) = (keys, active) else {
        return;
    };
    let Some(i) = number_key(&keys) else { return };
    let shown = active.session.call.prompt().map_or(0, |p| p.choices.len());
    if i < shown {
        actions.write(CallAction::Pick(i));
    }
}

fn draw(
    mut screen: ScreenCtx,
    active: Option<Res<Active>>,
    time: Res<Time<Real>>,
    mut actions: MessageWriter<CallAction>,
) -> Result {
    let Some(active) = active else { return Ok(()) };
    let ctx = screen.egui()?;
    let rect = screen.rect.0;
    let loc = &screen.content.loc;
    let lang = screen.prefs.lang.as_str();
    let sc = active.scenario();
    let text = CallText::new(loc, lang, sc, &active.session.meta.trainee);
    let mut root = root_ui(&ctx, "call-root", rect);

    // The debtor card.
    egui::Panel::left("debtor-card")
        .resizable(false)
        .exact_size((rect.width() * 0.3).clamp(260.0, 480.0))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("card-scroll")
                .show(ui, |ui| {
                    if debtor_card(ui, &text, &active) {
                        actions.write(CallAction::Leave);
                    }
                });
        });

    // Choices and countdown at the bottom, the transcript above.
    egui::Panel::bottom("choices")
        .resizable(false)
        .show(&mut root, |ui| {
            if let Some(i) = choices(ui, &text, &active, time.elapsed()) {
                actions.write(CallAction::Pick(i));
            }
        });

    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("transcript")
            .stick_to_bottom(true)
            .auto_shrink([false, false])
            .show(ui, |ui| transcript(ui, &text, &active));
    });
    Ok(())
}

/// The debtor card: who, what is owed, since when, the mood (practice only), the briefing,
/// the seed, "leave". Returns whether "leave" was clicked.
fn debtor_card(ui: &mut egui::Ui, text: &CallText, active: &Active) -> bool {
    let (loc, lang, sc) = (text.loc, text.lang, text.sc);
    let source = &sc.source;
    ui.add_space(6.0);
    ui.heading(text.msg("title", None).text);
    ui.separator();
    ui.label(egui::RichText::new(&source.debtor.name).strong());
    if let DebtorKind::Business { organisation } = &source.debtor.kind {
        ui.label(organisation);
    }
    let row = |ui: &mut egui::Ui, key: &str, value: String| {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(loc.t(lang, key)).weak());
            ui.label(value);
        });
    };
    row(ui, "app-card-product", text.msg("product", None).text);
    row(
        ui,
        "app-card-amount",
        loc.money(lang, source.account.amount, &source.account.currency),
    );
    row(ui, "app-card-due", loc.date(lang, source.account.due));
    ui.label(text.ui(
        "call-days-past-due",
        &[("days", n(sc.days_past_due() as f64))],
    ));
    ui.label(text.ui(
        "call-local-time",
        &[("time", s(sc.call_local.format("%H:%M").to_string()))],
    ));
    if active.session.meta.mode == Mode::Practice
        && let Some(mood) = active.session.call.var("mood")
    {
        ui.add_space(8.0);
        ui.label(loc.ta(lang, "app-mood", &[("mood", n(mood as f64))]));
        let color = if mood < 25 {
            BAD
        } else if mood < 50 {
            WARN
        } else {
            GOOD
        };
        ui.add(
            egui::ProgressBar::new(mood as f32 / 100.0)
                .fill(color)
                .desired_width(ui.available_width()),
        );
    } else {
        ui.add_space(8.0);
        ui.small(loc.t(lang, "app-mood-hidden"));
    }
    ui.add_space(8.0);
    egui::CollapsingHeader::new(loc.t(lang, "app-briefing"))
        .id_salt("briefing")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(text.msg("briefing", None).text);
        });
    ui.add_space(8.0);
    ui.small(loc.ta(
        lang,
        "app-seed",
        &[("seed", s(active.session.meta.seed.to_string()))],
    ));
    let leave = if let Some(p) = &active.playtest {
        ui.colored_label(
            WARN,
            loc.ta(lang, "app-playtest-banner", &[("node", s(p.node.clone()))]),
        );
        "app-back-to-trainer"
    } else {
        "app-leave-call"
    };
    ui.button(loc.t(lang, leave)).clicked()
}

/// The countdown and the answers shown; returns the position of the answer clicked.
fn choices(
    ui: &mut egui::Ui,
    text: &CallText,
    active: &Active,
    elapsed: std::time::Duration,
) -> Option<usize> {
    let (loc, lang) = (text.loc, text.lang);
    ui.add_space(6.0);
    let p = active.session.call.prompt()?;
    if let Some(left) = active.seconds_left(elapsed) {
        let total = p.timeout.unwrap_or(1).max(1) as f32;
        ui.horizontal(|ui| {
            ui.colored_label(
                if left < 5.0 { BAD } else { WARN },
                loc.ta(lang, "app-countdown", &[("seconds", n(left.ceil() as f64))]),
            );
            ui.add(
                egui::ProgressBar::new(left / total)
                    .desired_width(ui.available_width())
                    .fill(if left < 5.0 { BAD } else { WARN }),
            );
        });
    }
    ui.label(egui::RichText::new(loc.t(lang, "app-your-answer")).strong());
    let mut picked = None;
    for (i, &c) in p.choices.iter().enumerate() {
        let label = format!("{}. {}", i + 1, text.choice(p.node, c).text);
        let button = egui::Button::new(egui::RichText::new(label))
            .wrap()
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(button).clicked() {
            picked = Some(i);
        }
    }
    ui.small(loc.t(lang, "app-call-keys"));
    ui.add_space(6.0);
    picked
}

/// The call so far: who said what, the trainee's turns in the link colour.
fn transcript(ui: &mut egui::Ui, text: &CallText, active: &Active) {
    let (loc, lang) = (text.loc, text.lang);
    for line in text.transcript(&active.session.call) {
        let (who, color) = match line.speaker {
            Speaker::Debtor => (
                line.who
                    .as_ref()
                    .map_or_else(|| text.sc.source.debtor.name.clone(), |w| w.text.clone()),
                None,
            ),
            Speaker::Trainee => (
                loc.t(lang, "call-you-say"),
                Some(ui.visuals().hyperlink_color),
            ),
            Speaker::Silence => (loc.t(lang, "call-you-say"), Some(WARN)),
        };
        ui.horizontal_wrapped(|ui| {
            let who = egui::RichText::new(format!("{who}:")).strong();
            ui.label(match color {
                Some(c) => who.color(c),
                None => who,
            });
            ui.label(line.text.text);
        });
        ui.add_space(4.0);
    }
}
