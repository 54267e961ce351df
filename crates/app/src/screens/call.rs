//! The call: debtor and account card (with the mandate, and the budget once discovered),
//! transcript, choices (buttons and number keys 1–9), the answer countdown, the debtor's mood
//! in practice mode, and at a negotiation step the terms panel beside the call.
//!
//! Before dialling, a scenario with a pre-call desk shows the account instead: the card, the
//! desk's facts (the debtor's local day and time, recent calls), the history newest first, and
//! the desk's question with its decisions (the same buttons and keys as answers). Once the call
//! is placed the history stays in a side panel the trainee opens and closes.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui, input::EguiWantsInput};

use callcoach_core::content::l10n::{n, s};
use callcoach_core::content::model::DebtorKind;
use callcoach_core::content::negotiation::TermsKind;
use callcoach_core::engine::runner::Prompt;
use callcoach_core::records::budget::budget_lines;
use callcoach_core::records::call_text::{CallText, Speaker};
use callcoach_core::records::record::Mode;

use super::{Screen, number_key};
use crate::account;
use crate::active_call::{Active, CallAction, CallSystems};
use crate::shell::{ShellSystems, root_ui};
use crate::terms;
use crate::theme::{BAD, GOOD, WARN};
use crate::ui::ScreenCtx;
use crate::widgets::{accessible_children, read_last};

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

/// Number keys 1–9 pick the option shown at that position (not while typing terms).
pub fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    wants: Option<Res<EguiWantsInput>>,
    active: Option<Res<Active>>,
    mut actions: MessageWriter<CallAction>,
) {
    let (Some(keys), Some(active)) = (keys, active) else {
        return;
    };
    if wants.is_some_and(|w| w.wants_keyboard_input()) {
        return;
    }
    let Some(i) = number_key(&keys) else { return };
    let shown = active.session.call.prompt().map_or(0, |p| p.choices.len());
    if i < shown {
        actions.write(CallAction::Pick(i));
    }
}

fn draw(
    mut screen: ScreenCtx,
    active: Option<ResMut<Active>>,
    time: Res<Time<Real>>,
    assigned: Option<Res<crate::assigned::Assigned>>,
    mut actions: MessageWriter<CallAction>,
) -> Result {
    let Some(mut active) = active else {
        return Ok(());
    };
    let assigned = assigned.is_some();
    let ctx = screen.egui()?;
    let rect = screen.rect.0;
    let loc = std::sync::Arc::clone(&screen.content.loc);
    let lang = screen.prefs.lang.clone();
    let sc = std::sync::Arc::clone(active.scenario());
    let mut root = root_ui(&ctx, "call-root", rect);
    let kinds: Vec<TermsKind> = active
        .session
        .call
        .prompt()
        .map(|p| p.proposable.to_vec())
        .unwrap_or_default();
    if !kinds.is_empty() {
        egui::Panel::right("terms-panel")
            .resizable(false)
            .exact_size((rect.width() * 0.28).clamp(250.0, 420.0))
            .show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("terms-scroll")
                    .show(ui, |ui| {
                        if let Some(a) = terms_panel(ui, &mut active, &kinds, &loc, &lang) {
                            actions.write(a);
                        }
                    });
            });
    }
    let at_desk = active.at_desk();
    // After the desk the account history stays at hand, in a panel the trainee toggles.
    if !at_desk && sc.desk && active.history_open {
        let text = CallText::new(&loc, &lang, &sc, &active.session.meta.trainee);
        egui::Panel::right("history-panel")
            .resizable(false)
            .exact_size((rect.width() * 0.26).clamp(240.0, 400.0))
            .show(&mut root, |ui| {
                ui.add_space(6.0);
                ui.heading(text.ui("history-title", &[]));
                egui::ScrollArea::vertical()
                    .id_salt("history-scroll")
                    .show(ui, |ui| account::history(ui, &text));
            });
    }
    let (loc, lang) = (loc.as_ref(), lang.as_str());
    let active: &Active = active.into_inner();
    let text = CallText::new(loc, lang, &sc, &active.session.meta.trainee);

    // The debtor card.
    egui::Panel::left("debtor-card")
        .resizable(false)
        .exact_size((rect.width() * 0.3).clamp(260.0, 480.0))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("card-scroll")
                .show(ui, |ui| {
                    if let Some(a) = debtor_card(ui, &text, active, at_desk, assigned) {
                        actions.write(a);
                    }
                });
        });

    if at_desk {
        // The decisions beside the account, so the history keeps the full height; read
        // after the facts they decide on.
        let from = accessible_children(&root);
        egui::Panel::right("decisions")
            .resizable(false)
            .exact_size((rect.width() * 0.32).clamp(280.0, 460.0))
            .show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("decisions-scroll")
                    .show(ui, |ui| {
                        if let Some(i) = decisions(ui, &text, active) {
                            actions.write(CallAction::Pick(i));
                        }
                    });
            });
        let to = accessible_children(&root);
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("desk")
                .auto_shrink([false, false])
                .show(ui, |ui| desk(ui, &text));
        });
        read_last(&root, from, to);
        return Ok(());
    }

    // Choices and countdown at the bottom, the transcript above; a screen reader hears the
    // conversation first, then the countdown and the answers.
    let from = accessible_children(&root);
    egui::Panel::bottom("choices")
        .resizable(false)
        .show(&mut root, |ui| {
            if let Some(i) = choices(ui, &text, active, time.elapsed()) {
                actions.write(CallAction::Pick(i));
            }
        });
    let to = accessible_children(&root);

    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("transcript")
            .stick_to_bottom(true)
            .auto_shrink([false, false])
            .show(ui, |ui| transcript(ui, &text, active));
    });
    read_last(&root, from, to);
    Ok(())
}

/// The debtor card: who, what is owed, since when, the mood (practice only, never at the
/// desk), the briefing, the seed, the history panel's toggle (after a desk), "leave". Returns
/// the action of the button clicked.
fn debtor_card(
    ui: &mut egui::Ui,
    text: &CallText,
    active: &Active,
    at_desk: bool,
    assigned: bool,
) -> Option<CallAction> {
    let (loc, lang, sc) = (text.loc, text.lang, text.sc);
    let source = &sc.source;
    ui.add_space(6.0);
    ui.heading(text.msg("title", None).marked());
    if let Some(run) = &active.drill {
        // A drill: which rule, and that the call before it was replayed.
        ui.colored_label(
            WARN,
            egui::RichText::new(loc.ta(
                lang,
                "drill-start",
                &[
                    (
                        "rule",
                        s(loc.ui(lang, &run.origin.rule, None, None).marked()),
                    ),
                    ("turn", n(run.origin.turn)),
                ],
            ))
            .strong(),
        );
    }
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
    row(ui, "app-card-product", text.msg("product", None).marked());
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
    if !at_desk {
        // At the desk the facts beside the card give the local day and time.
        ui.label(text.ui(
            "call-local-time",
            &[("time", s(sc.call_local.format("%H:%M").to_string()))],
        ));
    }
    account_card(ui, text, active);
    if at_desk {
        // Nobody is on the line yet: no mood to show.
    } else if active.session.meta.mode == Mode::Practice
        && let Some(mood) = active.session.call.var("mood")
    {
        ui.add_space(8.0);
        let name = ui.label(loc.ta(lang, "app-mood", &[("mood", n(mood as f64))]));
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
        )
        .labelled_by(name.id);
    } else {
        ui.add_space(8.0);
        ui.small(loc.t(lang, "app-mood-hidden"));
    }
    ui.add_space(8.0);
    egui::CollapsingHeader::new(loc.t(lang, "app-briefing"))
        .id_salt("briefing")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(text.msg("briefing", None).marked());
        });
    ui.add_space(8.0);
    ui.small(loc.ta(
        lang,
        "app-seed",
        &[("seed", s(active.session.meta.seed.to_string()))],
    ));
    let mut action = None;
    if sc.desk && !at_desk {
        let key = if active.history_open {
            "app-history-hide"
        } else {
            "app-history-show"
        };
        if ui.button(loc.t(lang, key)).clicked() {
            action = Some(CallAction::ToggleHistory);
        }
    }
    let leave = if let Some(p) = &active.playtest {
        ui.colored_label(
            WARN,
            loc.ta(lang, "app-playtest-banner", &[("node", s(p.node.clone()))]),
        );
        "app-back-to-trainer"
    } else if active.drill.is_some() {
        // A drill is never journalled: leaving drops it, and it stays due.
        "app-leave-drill"
    } else if assigned {
        // An LMS's launch: leaving closes the app, and the LMS hears the call did not end.
        "app-leave-assigned-call"
    } else {
        "app-leave-call"
    };
    if ui.button(loc.t(lang, leave)).clicked() {
        action = Some(CallAction::Leave);
    }
    action
}

/// The desk: its title, the facts a collector reads before dialling, the history.
fn desk(ui: &mut egui::Ui, text: &CallText) {
    ui.add_space(6.0);
    ui.heading(text.ui("desk-title", &[]));
    account::facts(ui, text);
    ui.add_space(8.0);
    ui.heading(text.ui("history-title", &[]));
    account::history(ui, text);
}

/// The desk's question and its decisions, in the order shown (keys 1–9 as for answers);
/// returns the position of the decision clicked.
fn decisions(ui: &mut egui::Ui, text: &CallText, active: &Active) -> Option<usize> {
    let (loc, lang) = (text.loc, text.lang);
    ui.add_space(6.0);
    let p = active.session.call.prompt()?;
    ui.heading(loc.t(lang, "app-desk-decide"));
    ui.label(egui::RichText::new(text.line(p.node, 0).text).strong());
    ui.add_space(4.0);
    let picked = choice_buttons(ui, text, &p);
    ui.small(loc.t(lang, "app-desk-keys"));
    ui.add_space(6.0);
    picked
}

/// The prompt's choices (or the desk's decisions) as numbered full-width buttons; returns the
/// position of the one clicked.
fn choice_buttons(ui: &mut egui::Ui, text: &CallText, p: &Prompt) -> Option<usize> {
    let mut picked = None;
    for (i, &c) in p.choices.iter().enumerate() {
        let label = format!("{}. {}", i + 1, text.choice(p.node, c).marked());
        let button = egui::Button::new(egui::RichText::new(label))
            .wrap()
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(button).clicked() {
            picked = Some(i);
        }
    }
    picked
}

/// The mandate as a small table, and the debtor's budget once the trainee has discovered it.
fn account_card(ui: &mut egui::Ui, text: &CallText, active: &Active) {
    let (loc, lang, sc) = (text.loc, text.lang, text.sc);
    let currency = &sc.source.account.currency;
    if let Some(m) = &sc.deal.mandate {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(loc.t(lang, "app-mandate-title")).strong());
        let rows = [
            (
                "app-mandate-min",
                loc.money(lang, m.min_instalment, currency),
            ),
            (
                "app-mandate-months",
                loc.ta(lang, "app-months", &[("months", n(m.max_months))]),
            ),
            (
                "app-mandate-first",
                loc.ta(
                    lang,
                    "app-days",
                    &[("days", n(m.first_payment_within_days))],
                ),
            ),
            (
                "app-mandate-discount",
                loc.ta(
                    lang,
                    "app-percent",
                    &[("percent", s(loc.number(lang, m.max_discount_percent, 0)))],
                ),
            ),
            (
                "app-mandate-extension",
                loc.ta(lang, "app-days", &[("days", n(m.max_extension_days))]),
            ),
        ];
        egui::Grid::new("mandate-grid")
            .num_columns(2)
            .spacing([8.0, 2.0])
            .show(ui, |ui| {
                for (key, value) in rows {
                    ui.label(egui::RichText::new(loc.t(lang, key)).weak());
                    ui.label(value);
                    ui.end_row();
                }
            });
        ui.small(loc.t(lang, "app-mandate-beyond"));
    }
    if sc.deal.finances.is_none() {
        return;
    }
    ui.add_space(8.0);
    if active.session.call.finances_revealed() {
        let lines = budget_lines(text);
        if let Some((title, rest)) = lines.split_first() {
            ui.label(egui::RichText::new(title).strong());
            for line in rest {
                ui.label(line);
            }
        }
    } else {
        ui.small(loc.t(lang, "app-budget-hidden"));
    }
}

/// The terms panel at a negotiation step: the kinds on offer, the fields, "propose", and why
/// the last proposal was not taken. Returns the action to send when "propose" was pressed.
fn terms_panel(
    ui: &mut egui::Ui,
    active: &mut Active,
    kinds: &[TermsKind],
    loc: &callcoach_core::content::l10n::Localiser,
    lang: &str,
) -> Option<CallAction> {
    ui.add_space(6.0);
    ui.heading(loc.t(lang, "app-terms-title"));
    ui.small(loc.t(lang, "app-terms-help"));
    ui.add_space(6.0);
    let mut form = active.terms.clone();
    let changed = terms::editor(ui, &mut form, kinds, loc, lang, "call-terms");
    if changed {
        // The reason shown was about the terms as they were.
        active.terms = form;
        active.terms_message = None;
    }
    if let Some(hint) = terms::monthly_hint(&active.terms, &active.session.call, loc, lang) {
        ui.small(hint);
    }
    ui.add_space(8.0);
    let mut action = None;
    if ui
        .button(egui::RichText::new(loc.t(lang, "app-terms-propose")).strong())
        .clicked()
    {
        action = active.propose_from_form(loc, lang);
    }
    if let Some(message) = &active.terms_message {
        ui.add_space(6.0);
        ui.colored_label(BAD, message);
    }
    action
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
            let name = ui.colored_label(
                if left < 5.0 { BAD } else { WARN },
                loc.ta(lang, "app-countdown", &[("seconds", n(left.ceil() as f64))]),
            );
            ui.add(
                egui::ProgressBar::new(left / total)
                    .desired_width(ui.available_width())
                    .fill(if left < 5.0 { BAD } else { WARN }),
            )
            .labelled_by(name.id);
        });
    }
    ui.label(egui::RichText::new(loc.t(lang, "app-your-answer")).strong());
    let picked = choice_buttons(ui, text, &p);
    ui.small(loc.t(lang, "app-call-keys"));
    ui.add_space(6.0);
    picked
}

/// The call so far: who said what, the trainee's turns in the link colour.
fn transcript(ui: &mut egui::Ui, text: &CallText, active: &Active) {
    let (loc, lang) = (text.loc, text.lang);
    let turns = active.session.call.turns();
    for line in text.transcript(&active.session.call) {
        // The desk's question and decision are not part of the conversation.
        let node = turns.get(line.turn - 1).map(|t| t.node);
        if node.is_some_and(|n| text.sc.nodes[n as usize].desk) {
            continue;
        }
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
            ui.label(line.text.marked());
        });
        ui.add_space(4.0);
    }
}
