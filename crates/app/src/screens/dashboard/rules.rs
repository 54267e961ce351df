//! The rules tab: the rules the cohort breaks, most broken first, with their citations.

use bevy_egui::egui;

use super::Page;
use super::charts::{count, pct};
use crate::theme::BAD;
use crate::widgets::share_bar;
use callcoach_core::content::l10n::{n, s};

/// Each broken rule (the first `limit`) as a card: its title, a bar of how often it is broken,
/// the counts, its citation.
pub(super) fn rules(ui: &mut egui::Ui, page: &Page, limit: usize) {
    let Page {
        loc,
        lang,
        content,
        view,
        ..
    } = *page;
    for t in view
        .summary
        .rules
        .iter()
        .filter(|t| t.broken > 0)
        .take(limit)
    {
        let share = t.broken as f64 / t.sessions.max(1) as f64;
        let citation = content
            .library
            .rubrics
            .iter()
            .find(|r| r.value.id == t.rubric)
            .and_then(|r| r.value.rules.iter().find(|x| x.id == t.rule))
            .map(|r| loc.citation(lang, &t.rubric, &t.rule, &r.citation).marked())
            .unwrap_or_default();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(format!(
                        "{} {}",
                        t.rule,
                        loc.ui(lang, &t.rule, None, None).text
                    ))
                    .strong(),
                );
            });
            share_bar(ui, share as f32, BAD);
            ui.small(loc.ta(
                lang,
                "app-dash-broken-of",
                &[
                    ("broken", s(count(loc, lang, t.broken))),
                    ("sessions", n(t.sessions as f64)),
                    ("shown", s(count(loc, lang, t.sessions))),
                    ("pct", s(pct(loc, lang, share))),
                ],
            ));
            if !citation.is_empty() {
                ui.small(loc.ta(lang, "app-citation", &[("citation", s(citation))]));
            }
        });
    }
}
