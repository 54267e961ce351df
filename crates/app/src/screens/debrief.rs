//! The debrief: a score per dimension with pass/fail, every rule with its citation, turn and
//! coaching note, the trainee's path beside the best path, "try again" and "rewind".

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use callcoach_core::content::l10n::{n, s};
use callcoach_core::engine::scoring::RuleStatus;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::score_args;

use super::Screen;
use crate::active_call::{Active, CallAction, CallSystems};
use crate::content::Content;
use crate::prefs::Prefs;
use crate::shell::{BAD, CentralRect, GOOD, ShellSystems, WARN, central};

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

/// R: try again; L: back to the library.
fn keys(keys: Option<Res<ButtonInput<KeyCode>>>, mut actions: MessageWriter<CallAction>) {
    let Some(keys) = keys else { return };
    if keys.just_pressed(KeyCode::KeyR) {
        actions.write(CallAction::Retry);
    }
    if keys.just_pressed(KeyCode::KeyL) {
        actions.write(CallAction::Leave);
    }
}

/// The message key and colour of a rule status.
pub fn status_key(s: RuleStatus) -> (&'static str, egui::Color32) {
    match s {
        RuleStatus::Met => ("status-met", GOOD),
        RuleStatus::Partial => ("status-partial", WARN),
        RuleStatus::Missed => ("status-missed", WARN),
        RuleStatus::Broken => ("status-broken", BAD),
        RuleStatus::NotApplicable => ("status-not-applicable", egui::Color32::GRAY),
    }
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<CentralRect>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    active: Option<Res<Active>>,
    mut actions: MessageWriter<CallAction>,
) -> Result {
    let Some(active) = active else { return Ok(()) };
    let ctx = contexts.ctx_mut()?;
    let loc = &content.loc;
    let lang = prefs.lang.as_str();
    let sc = active.scenario();
    let text = CallText::new(loc, lang, sc, &active.session.meta.trainee);
    central(ctx, rect.0, "debrief", |ui| {
        ui.horizontal(|ui| {
            ui.heading(format!(
                "{} · {}",
                loc.t(lang, "debrief-title"),
                text.msg("title", None).text
            ));
            let (back, again) = if active.playtest.is_some() {
                ("app-back-to-trainer", "app-playtest-again")
            } else {
                ("app-back-to-library", "app-try-again")
            };
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(loc.t(lang, back)).clicked() {
                    actions.write(CallAction::Leave);
                }
                if ui.button(loc.t(lang, again)).clicked() {
                    actions.write(CallAction::Retry);
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
            .or(active.debrief.as_ref().map(|(_, d)| d.as_ref()))
        else {
            ui.label(loc.t(lang, "app-debrief-preparing"));
            return;
        };

        // Paths side by side, with "rewind to this decision".
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
                        actions.write(CallAction::Rewind(i));
                    }
                    ui.label(format!("{}. {said}", i + 1));
                });
            }
            cols[1].label(egui::RichText::new(loc.t(lang, "debrief-best-path")).strong());
            for (i, said) in debrief.best_path.iter().enumerate() {
                cols[1].label(format!("{}. {said}", i + 1));
            }
            if let Some(best) = &debrief.best_score {
                cols[1].small(loc.ta(
                    lang,
                    "app-best-path-score",
                    &[("score", n(best.overall as f64))],
                ));
            }
        });
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

/// Scores per dimension as bars with pass/fail, the critical-breach line and the verdict.
pub fn scores_block(
    ui: &mut egui::Ui,
    loc: &callcoach_core::content::l10n::Localiser,
    text: &CallText,
    scores: &callcoach_core::engine::scoring::Scorecard,
) {
    let lang = text.lang;
    for d in &scores.dimensions {
        ui.horizontal(|ui| {
            let (label_rect, _) = ui.allocate_exact_size(
                egui::vec2(170.0, ui.spacing().interact_size.y),
                egui::Sense::hover(),
            );
            ui.put(
                label_rect,
                egui::Label::new(egui::RichText::new(text.dimension(d.dimension)).strong()),
            );
            ui.add(
                egui::ProgressBar::new(d.score as f32 / 100.0)
                    .desired_width(260.0)
                    .fill(if d.passed { GOOD } else { BAD })
                    .text(format!("{} / 100", d.score)),
            );
            let args = score_args(text, d);
            ui.colored_label(
                if d.passed { GOOD } else { BAD },
                loc.ta(lang, "app-score-line", &args),
            );
        });
    }
    if scores.critical_breach {
        ui.colored_label(BAD, loc.t(lang, "debrief-critical"));
    }
    let verdict = if scores.passed {
        "debrief-passed"
    } else {
        "debrief-failed"
    };
    ui.label(
        egui::RichText::new(loc.ta(
            lang,
            "app-verdict",
            &[
                ("result", s(loc.t(lang, verdict))),
                ("score", n(scores.overall as f64)),
            ],
        ))
        .heading()
        .color(if scores.passed { GOOD } else { BAD }),
    );
}

/// One rule of a debrief: status, title, points, severity, deciding turn, citation, coaching,
/// what was said and a better answer. Returns the 0-based turn to rewind to when its
/// "rewind" button (shown only with `can_rewind`) was clicked.
pub fn rule_card(
    ui: &mut egui::Ui,
    loc: &callcoach_core::content::l10n::Localiser,
    lang: &str,
    r: &callcoach_core::records::debrief::DebriefRule,
    can_rewind: bool,
) -> Option<usize> {
    let mut rewind = None;
    let (key, color) = status_key(r.result.status);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, egui::RichText::new(loc.t(lang, key)).strong());
            ui.label(egui::RichText::new(format!("{} {}", r.result.rule, r.title.text)).strong());
            ui.label(format!("{}/{}", r.result.earned, r.result.max));
            ui.label(loc.t(lang, &format!("severity-{}", r.result.severity.key())));
            match r.result.turn {
                Some(0) => {
                    ui.label(loc.t(lang, "debrief-rule-call-time"));
                }
                Some(t) => {
                    ui.label(loc.ta(lang, "debrief-rule-turn", &[("turn", n(t as f64))]));
                }
                None => {}
            }
        });
        if !r.citation.is_empty() {
            ui.small(loc.ta(lang, "app-citation", &[("citation", s(r.citation.clone()))]));
        }
        if !r.coaching.missing {
            ui.label(&r.coaching.text);
        }
        if let Some(said) = &r.said {
            ui.label(format!(
                "{}: {}",
                loc.t(lang, "call-you-say"),
                loc.ta(lang, "app-quote", &[("text", s(said.text.clone()))])
            ));
            if let Some(why) = &r.said_why {
                ui.label(egui::RichText::new(&why.text).italics());
            }
        }
        if let Some(better) = &r.better {
            ui.colored_label(
                GOOD,
                format!(
                    "{} {}",
                    loc.t(lang, "debrief-better"),
                    loc.ta(lang, "app-quote", &[("text", s(better.text.clone()))])
                ),
            );
            if let Some(why) = &r.better_why {
                ui.label(egui::RichText::new(&why.text).italics());
            }
        }
        if let Some(turn) = r.result.turn.filter(|t| *t >= 1)
            && matches!(
                r.result.status,
                RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
            )
            && can_rewind
            && ui.small_button(loc.t(lang, "app-rewind")).clicked()
        {
            rewind = Some(turn as usize - 1);
        }
    });
    rewind
}
