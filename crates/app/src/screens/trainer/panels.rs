//! The trainer view's panels: the scenario list, the live diagnostics with the balance, and
//! the side panel that holds the node inspector (`inspector.rs`) above the walk (`walk.rs`).

use std::path::Path;

use bevy::prelude::MessageWriter;
use bevy_egui::egui::{self, Color32, RichText};
use rust_decimal::Decimal;

use super::{TrainerUi, TrainerWork};
use crate::active_call::CallAction;
use crate::content::Content;
use crate::shell::short;
use crate::theme::{BAD, GOOD, WARN};
use crate::widgets::level_colour;
use callcoach_core::compile::{CompiledScenario, TagIdx};
use callcoach_core::content::diagnostic::{Diagnostic, Level};
use callcoach_core::content::l10n::{Localiser, n};

/// What every panel reads: the content, and the language to write in.
pub struct View<'a> {
    pub content: &'a Content,
    pub loc: &'a Localiser,
    pub lang: &'a str,
    /// The trainer's name (for `$agent` in the scenario's lines).
    pub agent: &'a str,
    /// The item analysis of the data folder's records, once read.
    pub items: Option<&'a super::work::ItemsDone>,
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
    let has_report = work.walk_job().is_some() || work.walk(&sc.id).is_some();
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
                    super::walk::walk_panel(ui, v, st, work, &sc);
                });
        });
    egui::CentralPanel::no_frame().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("trainer-node-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(4.0);
                super::inspector::inspector(ui, v, st, &sc, actions);
            });
    });
}

/// A link to a node: selects it when clicked.
pub(super) fn node_link(ui: &mut egui::Ui, st: &mut TrainerUi, id: &str) {
    if ui.link(RichText::new(id).monospace()).clicked() {
        st.select_node(id);
    }
}

/// "→" (only the monospace font has it).
pub(super) fn arrow(ui: &mut egui::Ui) {
    ui.label(RichText::new("→").monospace().weak());
}
