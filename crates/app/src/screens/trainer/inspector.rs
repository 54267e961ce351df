//! The node inspector: the scenario's deal (`deal.rs`), the selected node's kind, where it is
//! reached from, what it does on entry, its line, its answers (with fixed offers) or routes with
//! their targets and conditions, its negotiation step, its ending; then the playtest controls.

use std::sync::Arc;

use bevy::prelude::MessageWriter;
use bevy_egui::egui::{self, RichText};

use super::TrainerUi;
use super::panels::{View, arrow, node_link};
use crate::active_call::CallAction;
use crate::theme::{BAD, BRANCH, END_BAD, END_GOOD, GOOD, SAY, TEXT_ON_FILL, WARN};
use callcoach_core::compile::{CChoice, CKind, CNode, CompiledScenario, Cond, TagIdx, VarIdx};
use callcoach_core::content::l10n::{Text, n, s};
use callcoach_core::records::call_text::CallText;

/// `mood +5, trust −10`.
fn effects_text(sc: &CompiledScenario, effects: &[(VarIdx, i32)]) -> String {
    effects
        .iter()
        .map(|(var, d)| {
            let name = &sc.var_names[*var as usize];
            if *d < 0 {
                format!("{name} −{}", d.unsigned_abs())
            } else {
                format!("{name} +{d}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A condition as written in the scenario file (`Below("mood", 30)`).
pub fn cond_text(sc: &CompiledScenario, c: &Cond) -> String {
    let list = |cs: &[Cond]| {
        cs.iter()
            .map(|c| cond_text(sc, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match c {
        Cond::Tag(t) => format!("Tag(\"{}\")", sc.tag_names[*t as usize]),
        Cond::Not(c) => format!("Not({})", cond_text(sc, c)),
        Cond::All(cs) => format!("All([{}])", list(cs)),
        Cond::Any(cs) => format!("Any([{}])", list(cs)),
        Cond::Below(var, x) => format!("Below(\"{}\", {x})", sc.var_names[*var as usize]),
        Cond::AtLeast(var, x) => format!("AtLeast(\"{}\", {x})", sc.var_names[*var as usize]),
        Cond::Chance(p) => format!("Chance({p})"),
        Cond::Reply(k) => format!("Reply({k:?})"),
        Cond::Proposed(k) => format!("Proposed({k:?})"),
        Cond::Affordable(p) => format!("Affordable({p})"),
        Cond::InMandate => "InMandate".into(),
        Cond::Agreed => "Agreed".into(),
    }
}

/// Tags as small chips, critical ones red (hover: the tag's description).
fn tag_chips(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario, tags: &[TagIdx]) {
    let critical = callcoach_core::engine::graph::critical_tags(sc);
    for &t in tags {
        let is_critical = critical.contains(&t);
        let text = RichText::new(&sc.tag_names[t as usize]).small();
        let text = if is_critical {
            text.color(BAD).strong()
        } else {
            text.weak()
        };
        let mut help = v.tag_help(sc, t);
        if is_critical {
            help = format!("{help}\n{}", v.t("app-trainer-critical-tag"));
        }
        ui.label(text).on_hover_text(help);
    }
}

/// The selected node: kind, text, choices and their targets; then the playtest controls.
pub(super) fn inspector(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &Arc<CompiledScenario>,
    actions: &mut MessageWriter<CallAction>,
) {
    super::deal::deal_panel(ui, v, sc);
    ui.heading(v.t("app-trainer-node"));
    let Some(idx) = st.node.as_deref().and_then(|id| sc.node_index(id)) else {
        ui.label(v.t("app-trainer-no-node"));
        return;
    };
    let node = &sc.nodes[idx as usize];
    let text = CallText::new(v.loc, v.lang, sc, v.agent);
    kind_line(ui, v, sc, idx);
    reached_from(ui, v, st, sc, idx);
    if !node.events.is_empty() || !node.effects.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(v.t("app-trainer-on-entry")).weak());
            tag_chips(ui, v, sc, &node.events);
            if !node.effects.is_empty() {
                ui.label(RichText::new(effects_text(sc, &node.effects)).small());
            }
        });
    }
    match &node.kind {
        CKind::Say { .. } => say_node(ui, v, st, sc, &text, idx),
        CKind::Branch { routes } => {
            ui.label(v.t("app-trainer-branch-help"));
            for (cond, next) in routes {
                ui.horizontal_wrapped(|ui| {
                    match cond {
                        Some(c) => ui.label(RichText::new(cond_text(sc, c)).monospace()),
                        None => ui.label(RichText::new(v.t("app-trainer-otherwise")).italics()),
                    };
                    arrow(ui);
                    node_link(ui, st, &sc.nodes[*next as usize].id);
                });
            }
        }
        CKind::End { variants, outcome } => {
            line_frame(ui, text.speaker_name(idx), text.line(idx, 0));
            variants_note(ui, v, *variants);
            let score = sc.outcome_score(*outcome);
            let good = score >= sc.resolution_pass_mark;
            ui.colored_label(
                if good { GOOD } else { BAD },
                v.ta(
                    "app-trainer-outcome",
                    &[
                        ("outcome", s(v.outcome(*outcome))),
                        ("score", n(score as f64)),
                        ("mark", n(sc.resolution_pass_mark as f64)),
                    ],
                ),
            );
        }
    }
    ui.add_space(8.0);
    playtest(ui, v, st, sc, actions);
}

/// The node's id, a badge of its kind in its graph colour, and "start" for the first node.
fn kind_line(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario, idx: u32) {
    let node: &CNode = &sc.nodes[idx as usize];
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&node.id).monospace().strong());
        let (kind, colour) = match &node.kind {
            CKind::Say { .. } => ("app-trainer-kind-say", SAY),
            CKind::Branch { .. } => ("app-trainer-kind-branch", BRANCH),
            CKind::End { outcome, .. } => {
                let good = sc.outcome_score(*outcome) >= sc.resolution_pass_mark;
                (
                    "app-trainer-kind-end",
                    if good { END_GOOD } else { END_BAD },
                )
            }
        };
        egui::Frame::new()
            .fill(colour)
            .corner_radius(4.0)
            .inner_margin(egui::Margin::symmetric(6, 1))
            .show(ui, |ui| {
                ui.label(RichText::new(v.t(kind)).color(TEXT_ON_FILL).small());
            });
        if idx == sc.start {
            ui.label(RichText::new(v.t("app-trainer-start")).strong());
        }
    });
}

/// The nodes that lead here, as links.
fn reached_from(ui: &mut egui::Ui, v: &View, st: &mut TrainerUi, sc: &CompiledScenario, idx: u32) {
    let from: Vec<&str> = callcoach_core::engine::graph::edges(sc)
        .into_iter()
        .filter(|e| e.to == idx as usize && e.from != idx as usize)
        .map(|e| sc.nodes[e.from].id.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(v.t("app-trainer-reached-from")).weak());
        if from.is_empty() {
            ui.label(RichText::new("–").weak());
        }
        for f in from {
            node_link(ui, st, f);
        }
    });
}

/// What a speaker says, in a box (amber when the text is missing or a fallback).
fn line_frame(ui: &mut egui::Ui, who: String, line: Text) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(format!("{who}:")).strong());
        let mut t = RichText::new(line.text).italics();
        if line.missing || line.fallback {
            t = t.color(WARN);
        }
        ui.label(t);
    });
}

/// "N more variants" when a line has more than one.
fn variants_note(ui: &mut egui::Ui, v: &View, variants: u8) {
    if variants > 1 {
        ui.small(v.ta(
            "app-trainer-variants",
            &[("count", n((variants - 1) as f64))],
        ));
    }
}

/// A line node: what the debtor says, each answer as a card, the time-out.
fn say_node(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &CompiledScenario,
    text: &CallText,
    idx: u32,
) {
    let CKind::Say {
        variants,
        choices,
        timeout,
        propose,
    } = &sc.nodes[idx as usize].kind
    else {
        return;
    };
    line_frame(ui, text.speaker_name(idx), text.line(idx, 0));
    variants_note(ui, v, *variants);
    ui.add_space(4.0);
    ui.strong(v.ta("app-trainer-choices", &[("count", n(choices.len() as f64))]));
    let item = v
        .items
        .and_then(|d| d.analysis.node(&sc.id, &sc.nodes[idx as usize].id));
    super::items::node_figures(ui, v, item);
    let critical = callcoach_core::engine::graph::critical_tags(sc);
    for (i, c) in choices.iter().enumerate() {
        let is_critical = c.tags.iter().any(|t| critical.contains(t));
        let answer = text.choice(idx, i as u16).text;
        let answer = Answer {
            label: format!("{}. {answer}", i + 1),
            critical: is_critical,
            figures: item.and_then(|it| it.choice(&c.id)),
        };
        choice_card(ui, v, st, sc, c, answer);
    }
    if let Some(p) = propose {
        super::deal::propose_card(ui, v, st, sc, p);
    }
    if let Some(t) = timeout {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(v.ta("app-trainer-timeout", &[("seconds", n(t.seconds))]));
                arrow(ui);
                node_link(ui, st, &sc.nodes[t.next as usize].id);
                tag_chips(ui, v, sc, &t.tags);
                if !t.effects.is_empty() {
                    ui.label(RichText::new(effects_text(sc, &t.effects)).small());
                }
            });
        });
    }
}

/// How an answer's card is shown: its numbered text, whether it breaks a critical rule, and
/// its item-analysis figures.
struct Answer<'a> {
    label: String,
    critical: bool,
    figures: Option<&'a callcoach_core::cohort::items::ChoiceItem>,
}

/// One answer: its text, id, target, tags, effects and condition; red when critical; then
/// how trainees picked it.
fn choice_card(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &CompiledScenario,
    c: &CChoice,
    answer: Answer,
) {
    let Answer {
        label,
        critical: is_critical,
        figures,
    } = answer;
    let stroke = if is_critical {
        egui::Stroke::new(1.5, BAD)
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(label);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&c.id).small().weak());
                arrow(ui);
                node_link(ui, st, &sc.nodes[c.next as usize].id);
                tag_chips(ui, v, sc, &c.tags);
                if !c.effects.is_empty() {
                    ui.label(RichText::new(effects_text(sc, &c.effects)).small());
                }
            });
            super::deal::offer_line(ui, v, sc, c);
            if let Some(cond) = &c.condition {
                ui.label(
                    RichText::new(v.ta(
                        "app-trainer-shown-if",
                        &[("condition", s(cond_text(sc, cond)))],
                    ))
                    .small()
                    .weak(),
                );
            }
            if is_critical {
                ui.label(
                    RichText::new(v.t("app-trainer-critical-choice"))
                        .small()
                        .color(BAD),
                );
            }
            super::items::choice_figures(ui, v, figures);
        });
}

/// Sliders for the starting state, a seed, and the button that starts the playtest.
fn playtest(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &CompiledScenario,
    actions: &mut MessageWriter<CallAction>,
) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().selection.stroke.color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(v.t("app-trainer-playtest-title"));
            if st.vars.len() != sc.var_names.len() {
                st.vars = sc.var_start.clone();
            }
            if sc.var_names.is_empty() {
                ui.small(v.t("app-trainer-no-variables"));
            }
            for (i, name) in sc.var_names.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.add(egui::Slider::new(&mut st.vars[i], 0..=100).text(name));
                    if st.vars[i] != sc.var_start[i] {
                        ui.small(
                            RichText::new(v.ta(
                                "app-trainer-start-value",
                                &[("value", n(sc.var_start[i] as f64))],
                            ))
                            .weak(),
                        );
                    }
                });
            }
            ui.horizontal_wrapped(|ui| {
                if st.vars != sc.var_start
                    && ui.small_button(v.t("app-trainer-reset-state")).clicked()
                {
                    st.vars = sc.var_start.clone();
                }
                ui.checkbox(&mut st.fixed_seed, v.t("app-trainer-fixed-seed"));
                ui.add_enabled(st.fixed_seed, egui::DragValue::new(&mut st.seed));
            });
            let node = st.node.clone().unwrap_or_default();
            let button = egui::Button::new(
                RichText::new(format!(
                    "▶ {}",
                    v.ta("app-trainer-playtest", &[("node", s(node))])
                ))
                .strong(),
            );
            if ui.add(button).clicked()
                && let Some(action) = st.playtest(None)
            {
                actions.write(action);
            }
            ui.small(v.t("app-trainer-playtest-help"));
        });
}
