//! The trainer view's panels: the scenario list, the live diagnostics with the balance, the
//! node inspector with its playtest, and the walk report.

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::MessageWriter;
use bevy_egui::egui::{self, Color32, RichText};
use rust_decimal::Decimal;

use super::{TrainerUi, TrainerWork, WALK_RUNS};
use crate::active_call::CallAction;
use crate::content::Content;
use crate::shell::{BAD, GOOD, WARN, short};
use callcoach_core::compile::{CKind, CompiledScenario, Cond, TagIdx, VarIdx};
use callcoach_core::content::diagnostic::{Diagnostic, Level};
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::call_text::CallText;

/// What every panel reads: the content, and the language to write in.
pub struct View<'a> {
    pub content: &'a Content,
    pub loc: &'a Localiser,
    pub lang: &'a str,
    /// The trainer's name (for `$agent` in the scenario's lines).
    pub agent: &'a str,
}

impl View<'_> {
    pub fn t(&self, key: &str) -> String {
        self.loc.t(self.lang, key)
    }

    pub fn ta(
        &self,
        key: &str,
        args: &[(&str, callcoach_core::content::l10n::FluentValue<'static>)],
    ) -> String {
        self.loc.ta(self.lang, key, args)
    }

    /// A number the local way (`1 234,5` / `1,234.5`).
    pub fn number(&self, value: f64, decimals: u32) -> String {
        let d = Decimal::from_f64_retain(value).unwrap_or_default();
        self.loc.number(self.lang, d, decimals)
    }

    /// A scenario's title in the current language (its id when it has none).
    pub fn title(&self, id: &str) -> String {
        self.loc.scenario_title(self.lang, id)
    }

    pub fn outcome(&self, o: callcoach_core::content::model::Outcome) -> String {
        self.t(&format!("outcome-{}", o.key()))
    }

    pub fn dimension(&self, d: callcoach_core::content::model::Dimension) -> String {
        self.t(&format!("dimension-{}", d.key()))
    }

    /// A tag's description (its hover text).
    pub fn tag_help(&self, sc: &CompiledScenario, t: TagIdx) -> String {
        let id = &sc.tag_names[t as usize];
        let text = self.loc.ui(self.lang, &format!("tag-{id}"), None, None);
        if text.missing { id.clone() } else { text.text }
    }
}

/// Whether a diagnostic is about a scenario's files: its `.ron` file or one of its `.ftl`
/// files (`locales/<lang>/scenarios/<id>.ftl`).
pub fn about_scenario(d: &Diagnostic, id: &str, ron: &Path) -> bool {
    if d.file == ron || d.file.ends_with(ron) || (ron.is_absolute() && ron.ends_with(&d.file)) {
        return true;
    }
    d.file.extension().is_some_and(|e| e == "ftl")
        && d.file.file_stem().is_some_and(|s| s == id)
        && d.file
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|p| p == "scenarios")
}

/// The diagnostics of a scenario's files.
pub fn scenario_diagnostics<'a>(content: &'a Content, id: &str) -> Vec<&'a Diagnostic> {
    let ron = content
        .cards
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.file.clone())
        .unwrap_or_default();
    content
        .diagnostics
        .iter()
        .filter(|d| about_scenario(d, id, &ron))
        .collect()
}

fn level_colour(ui: &egui::Ui, level: Level) -> Color32 {
    match level {
        Level::Error => BAD,
        Level::Warning => WARN,
        Level::Note => ui.visuals().weak_text_color(),
    }
}

/// The scenario list (broken ones red with their error count) and "Sign out" at the bottom.
/// Returns whether "Sign out" was clicked.
pub fn scenario_list(ui: &mut egui::Ui, v: &View, st: &mut TrainerUi) -> bool {
    let mut sign_out = false;
    ui.add_space(4.0);
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
        ui.add_space(4.0);
        sign_out = ui.button(v.t("app-sign-out")).clicked();
        ui.separator();
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            ui.heading(v.t("app-trainer-scenarios"));
            egui::ScrollArea::vertical()
                .id_salt("trainer-scenario-list")
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for card in &v.content.cards {
                        let selected = st.scenario.as_deref() == Some(card.id.as_str());
                        let warnings = scenario_diagnostics(v.content, &card.id)
                            .iter()
                            .filter(|d| d.level == Level::Warning)
                            .count();
                        let mut title = RichText::new(v.title(&card.id)).strong();
                        if card.is_broken() {
                            title = title.color(BAD);
                        }
                        let resp = ui.add(
                            egui::Button::selectable(selected, title)
                                .wrap()
                                .min_size(egui::vec2(ui.available_width(), 0.0)),
                        );
                        if resp.clicked() {
                            st.select(&card.id, v.content);
                        }
                        ui.horizontal_wrapped(|ui| {
                            ui.add_space(6.0);
                            ui.label(RichText::new(&card.id).small().weak());
                            if card.is_broken() {
                                let count = card.errors.len();
                                ui.label(
                                    RichText::new(
                                        v.ta("app-trainer-errors", &[("count", n(count as f64))]),
                                    )
                                    .small()
                                    .color(BAD),
                                );
                                if !v.content.playable.contains_key(&card.id) {
                                    ui.label(
                                        RichText::new(v.t("app-trainer-never-compiled"))
                                            .small()
                                            .color(BAD),
                                    );
                                }
                            }
                            if warnings > 0 {
                                ui.label(
                                    RichText::new(v.ta(
                                        "app-trainer-warnings",
                                        &[("count", n(warnings as f64))],
                                    ))
                                    .small()
                                    .color(WARN),
                                );
                            }
                        });
                        ui.add_space(2.0);
                    }
                });
        });
    });
    sign_out
}

/// Live diagnostics (the scenario's files, or all) and the scenario's balance.
pub fn diagnostics(ui: &mut egui::Ui, v: &View, st: &mut TrainerUi) {
    let content = v.content;
    let list: Vec<&Diagnostic> = match (&st.scenario, st.all_files) {
        (Some(id), false) => scenario_diagnostics(content, id),
        _ => content.diagnostics.iter().collect(),
    };
    let errors = list.iter().filter(|d| d.is_error()).count();
    let warnings = list.iter().filter(|d| d.level == Level::Warning).count();
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.strong(v.t("app-trainer-diagnostics"));
        let summary = v.ta(
            "app-trainer-diagnostics-count",
            &[
                ("errors", n(errors as f64)),
                ("warnings", n(warnings as f64)),
            ],
        );
        let colour = if errors > 0 {
            BAD
        } else if warnings > 0 {
            WARN
        } else {
            GOOD
        };
        ui.colored_label(colour, summary);
        ui.checkbox(&mut st.all_files, v.t("app-trainer-all-files"));
        if !content.checked {
            ui.spinner();
            ui.label(v.t("app-checking"));
        }
    });
    if let Some(id) = &st.scenario {
        balance(ui, v, id);
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("trainer-diagnostics-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if list.is_empty() {
                let key = if st.all_files {
                    "app-trainer-no-diagnostics-all"
                } else {
                    "app-trainer-no-diagnostics"
                };
                ui.colored_label(GOOD, v.t(key));
            }
            for d in list {
                let colour = level_colour(ui, d.level);
                ui.add(
                    egui::Label::new(
                        RichText::new(short(d, &content.library.root))
                            .monospace()
                            .color(colour),
                    )
                    .wrap(),
                );
            }
        });
}

/// The checker's balance verdicts for a scenario, as a row of coloured facts.
fn balance(ui: &mut egui::Ui, v: &View, id: &str) {
    let Some(b) = v.content.balance.get(id) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(v.t("app-trainer-balance")).weak());
        let fact = |ui: &mut egui::Ui, ok: bool, yes: &str, no: &str, bad: Color32| {
            let (text, colour) = if ok {
                (format!("✔ {}", v.t(yes)), GOOD)
            } else {
                (format!("✖ {}", v.t(no)), bad)
            };
            ui.add(egui::Label::new(RichText::new(text).color(colour)).extend());
        };
        fact(
            ui,
            b.winnable,
            "app-trainer-winnable",
            "app-trainer-not-winnable",
            BAD,
        );
        fact(
            ui,
            b.losable,
            "app-trainer-losable",
            "app-trainer-not-losable",
            WARN,
        );
        fact(
            ui,
            b.critical_reachable,
            "app-trainer-critical-reachable",
            "app-trainer-critical-unreachable",
            WARN,
        );
        ui.add(
            egui::Label::new(v.ta(
                "app-trainer-best-score",
                &[("score", n(b.best_score as f64))],
            ))
            .extend(),
        );
        if b.truncated {
            ui.colored_label(WARN, v.t("app-trainer-search-truncated"));
        }
    });
}

/// The right-hand side: the node inspector with its playtest, then the walk.
pub fn side(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    work: &mut TrainerWork,
    actions: &mut MessageWriter<CallAction>,
) {
    let Some(sc) = st.compiled(v.content).cloned() else {
        ui.add_space(4.0);
        ui.label(v.t("app-trainer-no-scenario"));
        return;
    };
    // The walk's half grows once there is a report to read.
    let height = ui.available_height();
    let has_report = work.walk_job.is_some() || work.walk(&sc.id).is_some();
    let walk_height = if has_report {
        height * 0.5
    } else {
        (ui.text_style_height(&egui::TextStyle::Body) * 7.0).min(height * 0.5)
    };
    egui::Panel::bottom("trainer-walk")
        .resizable(false)
        .exact_size(walk_height)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("trainer-walk-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(4.0);
                    walk_panel(ui, v, st, work, &sc);
                });
        });
    egui::CentralPanel::no_frame().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("trainer-node-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(4.0);
                inspector(ui, v, st, &sc, actions);
            });
    });
}

/// A link to a node: selects it when clicked.
fn node_link(ui: &mut egui::Ui, st: &mut TrainerUi, id: &str) {
    if ui.link(RichText::new(id).monospace()).clicked() {
        st.select_node(id);
    }
}

/// "→" (only the monospace font has it).
fn arrow(ui: &mut egui::Ui) {
    ui.label(RichText::new("→").monospace().weak());
}

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
fn inspector(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &Arc<CompiledScenario>,
    actions: &mut MessageWriter<CallAction>,
) {
    ui.heading(v.t("app-trainer-node"));
    let Some(idx) = st.node.as_deref().and_then(|id| sc.node_index(id)) else {
        ui.label(v.t("app-trainer-no-node"));
        return;
    };
    let node = &sc.nodes[idx as usize];
    let text = CallText::new(v.loc, v.lang, sc, v.agent);
    let critical = callcoach_core::engine::graph::critical_tags(sc);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&node.id).monospace().strong());
        let (kind, colour) = match &node.kind {
            CKind::Say { .. } => ("app-trainer-kind-say", super::graph_view::SAY),
            CKind::Branch { .. } => ("app-trainer-kind-branch", super::graph_view::BRANCH),
            CKind::End { outcome, .. } => {
                let good = sc.outcome_score(*outcome) >= sc.resolution_pass_mark;
                (
                    "app-trainer-kind-end",
                    if good {
                        super::graph_view::END_GOOD
                    } else {
                        super::graph_view::END_BAD
                    },
                )
            }
        };
        egui::Frame::new()
            .fill(colour)
            .corner_radius(4.0)
            .inner_margin(egui::Margin::symmetric(6, 1))
            .show(ui, |ui| {
                ui.label(RichText::new(v.t(kind)).color(Color32::WHITE).small());
            });
        if idx == sc.start {
            ui.label(RichText::new(v.t("app-trainer-start")).strong());
        }
    });
    // Where it is reached from.
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
    if !node.events.is_empty() || !node.effects.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(v.t("app-trainer-on-entry")).weak());
            tag_chips(ui, v, sc, &node.events);
            if !node.effects.is_empty() {
                ui.label(RichText::new(effects_text(sc, &node.effects)).small());
            }
        });
    }
    let line_frame = |ui: &mut egui::Ui, who: String, line: callcoach_core::content::l10n::Text| {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("{who}:")).strong());
            let mut t = RichText::new(line.text).italics();
            if line.missing || line.fallback {
                t = t.color(WARN);
            }
            ui.label(t);
        });
    };
    match &node.kind {
        CKind::Say {
            variants,
            choices,
            timeout,
        } => {
            line_frame(ui, text.speaker_name(idx), text.line(idx, 0));
            if *variants > 1 {
                ui.small(v.ta(
                    "app-trainer-variants",
                    &[("count", n((*variants - 1) as f64))],
                ));
            }
            ui.add_space(4.0);
            ui.strong(v.ta("app-trainer-choices", &[("count", n(choices.len() as f64))]));
            for (i, c) in choices.iter().enumerate() {
                let is_critical = c.tags.iter().any(|t| critical.contains(t));
                let stroke = if is_critical {
                    egui::Stroke::new(1.5, BAD)
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                };
                egui::Frame::group(ui.style())
                    .stroke(stroke)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(format!("{}. {}", i + 1, text.choice(idx, i as u16).text));
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(&c.id).small().weak());
                            arrow(ui);
                            node_link(ui, st, &sc.nodes[c.next as usize].id);
                            tag_chips(ui, v, sc, &c.tags);
                            if !c.effects.is_empty() {
                                ui.label(RichText::new(effects_text(sc, &c.effects)).small());
                            }
                        });
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
                    });
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
            if *variants > 1 {
                ui.small(v.ta(
                    "app-trainer-variants",
                    &[("count", n((*variants - 1) as f64))],
                ));
            }
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

/// The walk: its settings and button, progress, and the last report.
fn walk_panel(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    work: &mut TrainerWork,
    sc: &Arc<CompiledScenario>,
) {
    let busy = work.walk_job.is_some();
    ui.horizontal_wrapped(|ui| {
        ui.strong(v.t("app-trainer-walk"))
            .on_hover_text(v.t("app-trainer-walk-help"));
        ui.label(RichText::new(v.t("app-trainer-walk-runs")).weak());
        for r in WALK_RUNS {
            ui.selectable_value(&mut st.walk_runs, r, v.number(r as f64, 0));
        }
        ui.label(RichText::new(v.t("app-trainer-walk-seed")).weak());
        ui.add(egui::DragValue::new(&mut st.walk_seed));
        if ui
            .add_enabled(!busy, egui::Button::new(v.t("app-trainer-walk-run")))
            .clicked()
        {
            work.start_walk(sc, st.walk_runs.max(1), st.walk_seed);
        }
    });
    if let Some(job) = work.walk_job.as_ref() {
        let done = job.done.load(std::sync::atomic::Ordering::Relaxed);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(v.ta(
                "app-trainer-walking",
                &[
                    ("title", s(v.title(&job.scenario))),
                    ("done", s(v.number(done as f64, 0))),
                    ("runs", s(v.number(job.runs as f64, 0))),
                ],
            ));
        });
        ui.add(egui::ProgressBar::new(done as f32 / job.runs.max(1) as f32));
    }
    let Some(done) = work.walk(&sc.id) else {
        if !busy {
            ui.label(RichText::new(v.t("app-trainer-walk-help")).weak());
        }
        return;
    };
    walk_summary(ui, v, st, sc, &done);
}

/// A walk's report: pass rate, breaches, score spread per dimension, endings, best and worst
/// run, nodes never reached.
fn walk_summary(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &Arc<CompiledScenario>,
    done: &super::WalkDone,
) {
    let r = &done.report;
    ui.add_space(4.0);
    if !Arc::ptr_eq(&done.sc, sc) {
        ui.colored_label(WARN, v.t("app-trainer-walk-stale"));
    }
    ui.label(
        RichText::new(v.ta(
            "app-trainer-walk-summary",
            &[
                ("runs", n(r.runs as f64)),
                ("shown", s(v.number(r.runs as f64, 0))),
                ("seed", s(r.seed.to_string())),
                ("ms", s(v.number(done.millis as f64, 0))),
            ],
        ))
        .weak(),
    );
    let pct = |x: f64| v.number(x * 100.0, 1);
    ui.horizontal(|ui| {
        ui.strong(v.ta("app-trainer-pass-rate", &[("rate", s(pct(r.pass_rate)))]));
        ui.add(
            egui::ProgressBar::new(r.pass_rate as f32)
                .fill(GOOD)
                .desired_height(ui.text_style_height(&egui::TextStyle::Small)),
        );
    });
    let breach_rate = r.critical_breaches as f64 / r.runs.max(1) as f64;
    ui.colored_label(
        if r.critical_breaches > 0 { BAD } else { GOOD },
        v.ta(
            "app-trainer-breaches",
            &[
                ("count", n(r.critical_breaches as f64)),
                ("shown", s(v.number(r.critical_breaches as f64, 0))),
                ("rate", s(pct(breach_rate))),
            ],
        ),
    );
    if r.stuck > 0 {
        ui.colored_label(
            WARN,
            v.ta(
                "app-trainer-stuck",
                &[
                    ("count", n(r.stuck as f64)),
                    ("shown", s(v.number(r.stuck as f64, 0))),
                ],
            ),
        );
    }
    ui.add_space(6.0);
    ui.strong(v.t("app-trainer-spread"));
    ui.columns(2, |cols| {
        for (k, spread) in r.spreads.iter().enumerate() {
            let ui = &mut cols[k % 2];
            let mark = sc
                .pass_marks
                .iter()
                .find(|(d, _)| *d == spread.dimension)
                .map(|(_, m)| *m)
                .unwrap_or(sc.resolution_pass_mark);
            ui.label(RichText::new(v.dimension(spread.dimension)).strong());
            bands(ui, v, &spread.bands, mark);
            ui.label(
                RichText::new(v.ta(
                    "app-trainer-spread-line",
                    &[
                        ("mean", s(v.number(spread.mean, 0))),
                        ("min", n(spread.min as f64)),
                        ("max", n(spread.max as f64)),
                        ("mark", n(mark as f64)),
                        ("rate", s(pct(spread.pass_rate))),
                    ],
                ))
                .small(),
            );
            ui.add_space(4.0);
        }
    });
    ui.add_space(6.0);
    ui.strong(v.t("app-trainer-outcomes"));
    let most = r.outcomes.values().copied().max().unwrap_or(1).max(1);
    egui::Grid::new("trainer-walk-outcomes")
        .num_columns(3)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (o, count) in &r.outcomes {
                let score = sc.outcome_score(*o);
                let colour = if score >= sc.resolution_pass_mark {
                    GOOD
                } else {
                    BAD
                };
                ui.label(v.outcome(*o));
                ui.label(v.number(*count as f64, 0));
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(120.0, ui.text_style_height(&egui::TextStyle::Small)),
                    egui::Sense::hover(),
                );
                let mut bar = rect;
                bar.set_width(rect.width() * *count as f32 / most as f32);
                ui.painter()
                    .rect_filled(bar, 2.0, colour.gamma_multiply(0.8));
                ui.end_row();
            }
        });
    for (key, run) in [
        ("app-trainer-best-run", &r.best),
        ("app-trainer-worst-run", &r.worst),
    ] {
        let Some(run) = run else { continue };
        ui.add_space(4.0);
        let verdict = if run.passed {
            "debrief-passed"
        } else {
            "debrief-failed"
        };
        ui.colored_label(
            if run.passed { GOOD } else { BAD },
            v.ta(
                key,
                &[
                    ("score", n(run.overall as f64)),
                    ("result", s(v.t(verdict))),
                    ("outcome", s(v.outcome(run.outcome))),
                    ("seed", s(run.seed.to_string())),
                ],
            ),
        );
        egui::CollapsingHeader::new(
            v.ta("app-trainer-path", &[("count", n(run.path.len() as f64))]),
        )
        .id_salt((key, "path"))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (i, step) in run.path.iter().enumerate() {
                    if i > 0 {
                        arrow(ui);
                    }
                    let node = step.split_once('.').map_or(step.as_str(), |(n, _)| n);
                    if ui.link(RichText::new(step).monospace().small()).clicked() {
                        st.select_node(node);
                    }
                }
            });
        });
    }
    ui.add_space(4.0);
    if r.unreached.is_empty() {
        ui.colored_label(GOOD, v.t("app-trainer-all-reached"));
    } else {
        ui.colored_label(
            WARN,
            v.ta(
                "app-trainer-unreached",
                &[("count", n(r.unreached.len() as f64))],
            ),
        );
        ui.horizontal_wrapped(|ui| {
            for id in &r.unreached {
                node_link(ui, st, id);
            }
        });
    }
}

/// A small bar chart of a dimension's score bands (0–9 … 90–99, 100); bands at or above the
/// pass mark green, below red.
fn bands(ui: &mut egui::Ui, v: &View, bands: &[u64; 11], mark: u8) {
    let height = 36.0;
    let width = ui.available_width().clamp(100.0, 420.0);
    let (rect, resp) =
        ui.allocate_exact_size(egui::vec2(width, height + 12.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let most = bands.iter().copied().max().unwrap_or(0).max(1);
    let slot = width / 11.0;
    let base = rect.top() + height;
    painter.line_segment(
        [
            egui::pos2(rect.left(), base),
            egui::pos2(rect.right(), base),
        ],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    let mut hovered = None;
    for (i, &count) in bands.iter().enumerate() {
        let low = (i * 10) as u8;
        let colour = if low >= mark {
            GOOD
        } else if low + 9 >= mark {
            WARN
        } else {
            BAD
        };
        let h = if count == 0 {
            0.0
        } else {
            (height - 2.0) * count as f32 / most as f32
        }
        .max(if count > 0 { 2.0 } else { 0.0 });
        let x0 = rect.left() + slot * i as f32 + 1.0;
        let bar =
            egui::Rect::from_min_max(egui::pos2(x0, base - h), egui::pos2(x0 + slot - 2.0, base));
        painter.rect_filled(bar, 1.0, colour.gamma_multiply(0.85));
        if resp.hovered()
            && let Some(p) = resp.hover_pos()
            && p.x >= x0
            && p.x < x0 + slot
        {
            hovered = Some((i, count));
        }
    }
    let small = egui::TextStyle::Small.resolve(ui.style());
    let weak = ui.visuals().weak_text_color();
    painter.text(
        egui::pos2(rect.left(), base + 1.0),
        egui::Align2::LEFT_TOP,
        "0",
        small.clone(),
        weak,
    );
    painter.text(
        egui::pos2(rect.right(), base + 1.0),
        egui::Align2::RIGHT_TOP,
        "100",
        small,
        weak,
    );
    if let Some((i, count)) = hovered {
        let range = if i == 10 {
            "100".to_string()
        } else {
            format!("{}–{}", i * 10, i * 10 + 9)
        };
        resp.on_hover_text(v.ta(
            "app-trainer-band",
            &[
                ("range", s(range)),
                ("count", n(count as f64)),
                ("shown", s(v.number(count as f64, 0))),
            ],
        ));
    }
}
