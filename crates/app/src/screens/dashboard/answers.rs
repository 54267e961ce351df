//! The answers tab: for one scenario, how often each answer is picked at each line, the wrong
//! ones marked with the rules they break.

use bevy_egui::egui;

use super::charts::{count, pct};
use super::overview::choice_text;
use super::{DashboardUi, Page};
use crate::theme::{BAD, GOOD};
use callcoach_core::cohort::dashboard::NodeStat;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::call_text::CallText;

/// The scenario chooser, then a card per line of the chosen scenario.
pub(super) fn answers(
    ui: &mut egui::Ui,
    page: &Page,
    stats: Option<&(String, Vec<NodeStat>)>,
    st: &mut DashboardUi,
) {
    let Page {
        loc, lang, content, ..
    } = *page;
    let current = st
        .answers_scenario
        .clone()
        .or_else(|| st.filter.report.scenario.clone());
    ui.horizontal(|ui| {
        ui.label(loc.t(lang, "app-dash-scenario"));
        egui::ComboBox::from_id_salt("dash-answers-scenario")
            .selected_text(
                current
                    .as_deref()
                    .map_or(String::new(), |id| loc.scenario_title(lang, id)),
            )
            .width(300.0)
            .show_ui(ui, |ui| {
                for id in content.playable.keys() {
                    if ui
                        .selectable_label(
                            current.as_deref() == Some(id),
                            loc.scenario_title(lang, id),
                        )
                        .clicked()
                    {
                        st.answers_scenario = Some(id.clone());
                    }
                }
            });
    });
    if current.is_none() && st.answers_scenario.is_none() {
        st.answers_scenario = content.playable.keys().next().cloned();
    }
    let Some((id, stats)) = stats.filter(|(id, _)| Some(id) == current.as_ref()) else {
        return;
    };
    let Some(sc) = content.playable.get(id) else {
        return;
    };
    if stats.iter().all(|s| s.visits == 0) {
        ui.label(loc.t(lang, "app-dash-answers-none"));
        return;
    }
    let text = CallText::new(loc, lang, sc, &loc.t(lang, "app-dash-agent"));
    for stat in stats {
        let Some(node) = sc.nodes.iter().position(|n| n.id == stat.node) else {
            continue;
        };
        let line = Line {
            loc,
            lang,
            text: &text,
            sc,
            node,
        };
        node_card(ui, &line, stat);
    }
}

/// One line of a scenario, in the language shown.
struct Line<'a> {
    loc: &'a Localiser,
    lang: &'a str,
    text: &'a CallText<'a>,
    sc: &'a CompiledScenario,
    node: usize,
}

/// A line's card: its id and visits, what the debtor says, and a bar per answer.
fn node_card(ui: &mut egui::Ui, line: &Line, stat: &NodeStat) {
    let Line {
        loc,
        lang,
        text,
        node,
        ..
    } = *line;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&stat.node).monospace());
            if stat.visits == 0 {
                ui.weak(loc.t(lang, "app-dash-never-reached"));
            } else {
                ui.small(loc.ta(
                    lang,
                    "app-dash-node-visits",
                    &[("count", n(stat.visits as f64))],
                ));
            }
        });
        ui.label(
            egui::RichText::new(loc.ta(
                lang,
                "app-quote",
                &[("text", s(text.line(node as u32, 0).text))],
            ))
            .italics(),
        );
        for o in &stat.options {
            option_row(ui, line, stat, o);
        }
    });
}

/// One answer: a bar of its share, the share and count, the answer (red, with the rules it
/// breaks, when wrong).
fn option_row(
    ui: &mut egui::Ui,
    line: &Line,
    stat: &NodeStat,
    o: &callcoach_core::cohort::dashboard::OptionStat,
) {
    let Line {
        loc,
        lang,
        text,
        sc,
        node,
    } = *line;
    let share = stat.share(o);
    let wrong = o.is_wrong();
    ui.horizontal_wrapped(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(120.0, 12.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(r, 2.0, ui.visuals().extreme_bg_color);
        let mut fill = r;
        fill.set_width(r.width() * share as f32);
        ui.painter()
            .rect_filled(fill, 2.0, if wrong { BAD } else { GOOD });
        ui.label(format!("{} %", pct(loc, lang, share)));
        ui.label(format!("({})", count(loc, lang, o.picks)));
        let answer = choice_text(text, sc, node, o.choice.as_deref(), loc, lang);
        if wrong {
            ui.colored_label(BAD, egui::RichText::new(answer).strong());
            ui.colored_label(BAD, format!("⚠ {}", loc.t(lang, "app-dash-wrong")))
                .on_hover_text(loc.t(lang, "app-dash-wrong-help"));
            let rules: Vec<String> = o.rules.iter().take(3).map(|(_, r, _)| r.clone()).collect();
            if !rules.is_empty() {
                ui.small(rules.join(", "));
            }
        } else {
            ui.label(answer);
        }
    });
}
