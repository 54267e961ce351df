//! The overview tab: headline figures, the cohort's arrangements, the charts, the rules broken most and the wrong
//! answers picked most.

use bevy_egui::egui;

use super::Page;
use super::charts::{count, histogram_chart, pct, trend_chart};
use crate::content::Content;
use crate::theme::{BAD, WARN};
use crate::widgets::{share_bar, stat};
use callcoach_core::cohort::dashboard::WrongPick;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::call_text::CallText;

/// The headline figures, the score histogram and trend, the most-broken rules and the most-picked
/// wrong answers.
pub(super) fn overview(ui: &mut egui::Ui, page: &Page, wrong: &[(String, WrongPick)]) {
    let Page {
        loc,
        lang,
        content,
        cohort,
        view,
    } = *page;
    let sm = &view.summary;
    // Only verified sessions count (tampered, unsigned, duplicate, no key, unavailable version
    // are listed under problems).
    let trusted = sm.verified;
    ui.horizontal_wrapped(|ui| {
        stat(
            ui,
            loc.t(lang, "app-dash-stat-sessions"),
            count(loc, lang, sm.sessions),
            None,
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-trainees"),
            count(loc, lang, sm.trainees),
            None,
        );
        let rate = if trusted == 0 {
            0.0
        } else {
            sm.passed as f64 / trusted as f64
        };
        stat(
            ui,
            loc.t(lang, "app-dash-stat-pass-rate"),
            format!("{} %", pct(loc, lang, rate)),
            None,
        );
        let flag = |v: usize| (v > 0).then_some(BAD);
        stat(
            ui,
            loc.t(lang, "app-dash-stat-tampered"),
            count(loc, lang, sm.tampered),
            flag(sm.tampered),
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-unavailable"),
            count(loc, lang, sm.version_unavailable),
            (sm.version_unavailable > 0).then_some(WARN),
        );
        let not_counted = sm.unsigned + sm.duplicate + sm.no_key;
        stat(
            ui,
            loc.t(lang, "app-dash-stat-not-counted"),
            count(loc, lang, not_counted),
            (not_counted > 0).then_some(WARN),
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-corrupt"),
            count(loc, lang, cohort.corrupt.len()),
            flag(cohort.corrupt.len()),
        );
    });
    let (synthetic, real) = (sm.synthetic, sm.verified - sm.synthetic);
    if synthetic > 0 && real > 0 {
        ui.colored_label(
            WARN,
            loc.ta(
                lang,
                "app-dash-synthetic-mix",
                &[("synthetic", n(synthetic as f64)), ("real", n(real as f64))],
            ),
        );
    }
    ui.add_space(6.0);
    super::arrangements::cohort_stats(ui, page);
    ui.add_space(6.0);
    if view.histogram.total() == 0 {
        ui.label(loc.t(lang, "app-dash-no-figures"));
        return;
    }
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-histogram")).strong());
        histogram_chart(&mut cols[0], loc, lang, &view.histogram);
        cols[1].label(egui::RichText::new(loc.t(lang, "app-dash-trend")).strong());
        trend_chart(&mut cols[1], loc, lang, &view.trend);
    });
    ui.add_space(6.0);
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-top-rules")).strong());
        super::rules::rules(&mut cols[0], page, 6);
        cols[1].label(egui::RichText::new(loc.t(lang, "app-dash-top-wrong")).strong());
        for (sc, w) in wrong {
            wrong_pick(&mut cols[1], loc, lang, content, sc, w);
        }
    });
}

/// One most-picked wrong answer: the scenario, what the debtor said, the answer, how often.
fn wrong_pick(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    sc: &str,
    w: &WrongPick,
) {
    let Some(compiled) = content.playable.get(sc) else {
        return;
    };
    let text = CallText::new(loc, lang, compiled, &loc.t(lang, "app-dash-agent"));
    let Some(node) = compiled.nodes.iter().position(|n| n.id == w.node) else {
        return;
    };
    let answer = choice_text(&text, compiled, node, w.choice.as_deref(), loc, lang);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.small(format!("{} · {}", loc.scenario_title(lang, sc), w.node));
        ui.colored_label(BAD, loc.ta(lang, "app-quote", &[("text", s(answer))]));
        share_bar(ui, w.share as f32, BAD);
        ui.small(loc.ta(
            lang,
            "app-dash-picked",
            &[
                ("count", n(w.picks as f64)),
                ("pct", s(pct(loc, lang, w.share))),
            ],
        ));
    });
}

/// What an answer says, in the language shown ("timed out" for no answer).
pub(super) fn choice_text(
    text: &CallText,
    sc: &callcoach_core::compile::CompiledScenario,
    node: usize,
    choice: Option<&str>,
    loc: &Localiser,
    lang: &str,
) -> String {
    let Some(id) = choice else {
        return loc.t(lang, "app-dash-timeout");
    };
    if id == callcoach_core::cohort::dashboard::PROPOSED {
        return loc.t(lang, "app-dash-arr-proposed");
    }
    match &sc.nodes[node].kind {
        callcoach_core::compile::CKind::Say { choices, .. } => {
            choices.iter().position(|c| c.id == id).map_or_else(
                || id.to_string(),
                |c| text.choice(node as u32, c as u16).text,
            )
        }
        _ => id.to_string(),
    }
}
