//! Negotiation in the trainer view: a node's negotiation step (the kinds of terms it offers,
//! its tags, where it goes), a choice's fixed offer or "takes the counter-offer", and the
//! scenario's deal: the debtor's finances, the mandate, the capacity and the best arrangement.

use bevy_egui::egui::{self, RichText};

use super::TrainerUi;
use super::panels::{View, arrow, node_link};
use crate::theme::{ACCENT_BLUE, BAD, GOOD};
use callcoach_core::compile::{CChoice, CPropose, CompiledScenario};
use callcoach_core::content::l10n::{n, s};
use callcoach_core::records::budget::{budget_lines, verdict_lines};
use callcoach_core::records::call_text::CallText;

/// A negotiation step: the kinds of terms, the tags proposing counts as, and the next node.
pub(super) fn propose_card(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &CompiledScenario,
    p: &CPropose,
) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ACCENT_BLUE))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(v.t("app-trainer-deal-step")).strong());
            ui.small(v.t("app-trainer-deal-step-help"));
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(v.t("app-trainer-deal-kinds")).weak());
                for k in &p.kinds {
                    ui.label(RichText::new(v.t(&format!("terms-{}", k.key()))).small());
                }
                arrow(ui);
                node_link(ui, st, &sc.nodes[p.next as usize].id);
            });
            if !p.tags.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(v.t("app-trainer-deal-tags")).weak());
                    for &t in &p.tags {
                        ui.label(RichText::new(&sc.tag_names[t as usize]).small().weak())
                            .on_hover_text(v.tag_help(sc, t));
                    }
                });
            }
        });
}

/// A choice's fixed offer (in words, with whether it is sustainable and within the mandate)
/// or its taking of the debtor's counter-offer; nothing for other choices.
pub(super) fn offer_line(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario, c: &CChoice) {
    if let Some(terms) = &c.offer {
        let text = CallText::new(v.loc, v.lang, sc, v.agent);
        let a = sc.deal.assess(terms);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(v.t("app-trainer-deal-offer")).weak().small());
            ui.label(RichText::new(text.terms(terms)).color(ACCENT_BLUE).small());
            verdict_chips(ui, v, a.sustainable, a.within_mandate());
        });
    }
    if c.takes_counter {
        ui.label(
            RichText::new(v.t("app-trainer-deal-takes-counter"))
                .color(ACCENT_BLUE)
                .small(),
        );
    }
}

/// "✔ sustainable" / "✖ unaffordable" and "✔ within the mandate" / "✖ outside it".
fn verdict_chips(ui: &mut egui::Ui, v: &View, sustainable: bool, within: bool) {
    let chip = |ui: &mut egui::Ui, ok: bool, yes: &str, no: &str| {
        let (mark, key, colour) = if ok {
            ("✔", yes, GOOD)
        } else {
            ("✖", no, BAD)
        };
        ui.label(
            RichText::new(format!("{mark} {}", v.t(key)))
                .color(colour)
                .small(),
        );
    };
    chip(
        ui,
        sustainable,
        "app-trainer-deal-sustainable",
        "app-trainer-deal-unsustainable",
    );
    chip(
        ui,
        within,
        "app-trainer-deal-in-mandate",
        "app-trainer-deal-out-of-mandate",
    );
}

/// The scenario's deal: finances, mandate, capacity and the best arrangement (nothing when
/// the scenario has neither finances nor a mandate).
pub(super) fn deal_panel(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario) {
    let deal = &sc.deal;
    if deal.finances.is_none() && deal.mandate.is_none() {
        return;
    }
    let text = CallText::new(v.loc, v.lang, sc, v.agent);
    let currency = &sc.source.account.currency;
    egui::CollapsingHeader::new(RichText::new(v.t("app-trainer-deal-title")).strong())
        .id_salt("trainer-deal")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(v.ta(
                "app-trainer-deal-balance",
                &[("amount", s(v.loc.money(v.lang, deal.balance, currency)))],
            ));
            for line in budget_lines(&text) {
                ui.small(line);
            }
            match deal.capacity() {
                Some(c) => ui.label(v.ta(
                    "app-trainer-deal-capacity",
                    &[("amount", s(v.loc.money(v.lang, c, currency)))],
                )),
                None => ui.weak(v.t("app-trainer-deal-no-finances")),
            };
            match &deal.mandate {
                Some(m) => ui.small(text.ui(
                    "mandate-summary",
                    &[
                        ("min", s(v.loc.money(v.lang, m.min_instalment, currency))),
                        ("months", n(m.max_months)),
                        (
                            "discount",
                            s(v.loc.number(v.lang, m.max_discount_percent, 0)),
                        ),
                        ("first", n(m.first_payment_within_days)),
                        ("extension", n(m.max_extension_days)),
                    ],
                )),
                None => ui.weak(v.t("app-trainer-deal-no-mandate")),
            };
            ui.add_space(4.0);
            ui.label(RichText::new(v.t("arrangement-best")).strong());
            match &deal.best {
                Some(best) => {
                    ui.label(RichText::new(text.terms(best)).color(GOOD));
                    for line in verdict_lines(&text, best, &deal.assess(best)) {
                        ui.small(line);
                    }
                }
                None => {
                    ui.colored_label(BAD, v.t("app-trainer-deal-no-best"));
                }
            }
        });
}

/// The walk's agreed arrangements: none, sustainable, unaffordable, outside the mandate (as
/// shares of the runs; nothing when no run agreed terms).
pub(super) fn walk_arrangements(
    ui: &mut egui::Ui,
    v: &View,
    a: &callcoach_core::engine::walk::Arrangements,
) {
    let total = a.none + a.sustainable + a.unsustainable + a.outside_mandate;
    if total == a.none {
        return;
    }
    let pct = |x: u64| s(v.number(x as f64 * 100.0 / total.max(1) as f64, 1));
    ui.add_space(4.0);
    ui.strong(v.t("app-trainer-deal-walk"));
    ui.horizontal_wrapped(|ui| {
        ui.label(v.ta("app-trainer-deal-walk-none", &[("pct", pct(a.none))]));
        ui.colored_label(
            GOOD,
            v.ta(
                "app-trainer-deal-walk-sustainable",
                &[("pct", pct(a.sustainable))],
            ),
        );
        ui.colored_label(
            BAD,
            v.ta(
                "app-trainer-deal-walk-unsustainable",
                &[("pct", pct(a.unsustainable))],
            ),
        );
        ui.colored_label(
            BAD,
            v.ta(
                "app-trainer-deal-walk-outside",
                &[("pct", pct(a.outside_mandate))],
            ),
        );
    });
}
