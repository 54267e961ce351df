//! One session in full: who and when, its standing (why it is flagged), its scores, the
//! transcript replayed from the record and the debrief's rules.

use bevy_egui::egui;

use super::trainees::standing_label;
use super::{DashboardUi, OpenSession, Page};
use crate::theme::{ACCENT_BLUE, BAD, GOOD, WARN};
use crate::widgets::{rule_card, scores_block};
use callcoach_core::cohort::report::LoadedRecord;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::call_text::{CallText, Speaker};
use callcoach_core::records::debrief::Debrief;
use callcoach_core::records::record::{Mode, SessionRecord};
use callcoach_core::records::session::Session;
use callcoach_core::records::verify::{Tamper, Verification};

/// A session in full: who, when, standing, scores, transcript and the debrief's rules.
pub(super) fn session_page(
    ui: &mut egui::Ui,
    page: &Page,
    index: usize,
    open: Option<&OpenSession>,
    st: &mut DashboardUi,
) {
    let Page { loc, lang, .. } = *page;
    if page.cohort.items.get(index).is_none() {
        st.open = None;
        return;
    }
    if ui
        .button(format!("⏴ {}", loc.t(lang, "app-dash-back")))
        .clicked()
    {
        st.open = None;
    }
    // The record is read and checked when the session is opened (`data::prepare_session`).
    let Some(open) = open.filter(|o| o.index == index) else {
        ui.spinner();
        return;
    };
    let r = match &open.record {
        Ok(r) => r,
        Err(e) => {
            ui.colored_label(
                BAD,
                loc.ta(lang, "app-dash-replay-failed", &[("error", s(e.clone()))]),
            );
            return;
        }
    };
    let rec = &r.record;
    header(ui, loc, lang, r);
    standing_note(ui, loc, lang, r, open.session.as_ref().ok());
    ui.separator();
    match &open.session {
        Ok(session) => {
            replayed(
                ui,
                loc,
                lang,
                rec,
                session,
                open.debrief.latest().map(|(_, d)| d.as_ref()),
            );
        }
        Err(e) => stored(ui, loc, lang, rec, e),
    }
}

/// The trainee and scenario, the standing, the date, time, language, mode, seed and file.
fn header(ui: &mut egui::Ui, loc: &Localiser, lang: &str, r: &LoadedRecord) {
    let rec = &r.record;
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!(
            "{} · {}",
            rec.meta.trainee,
            loc.scenario_title(lang, &rec.meta.scenario)
        ));
        ui.label(standing_label(loc, lang, &r.verification));
    });
    ui.small(loc.ta(
        lang,
        "app-dash-session-meta",
        &[
            ("date", s(loc.date(lang, rec.meta.started_at.date_naive()))),
            (
                "time",
                s(rec.meta.started_at.format("%H:%M UTC").to_string()),
            ),
            ("lang", s(loc.t(lang, &format!("lang-{}", rec.meta.locale)))),
            (
                "mode",
                s(loc.t(
                    lang,
                    match rec.meta.mode {
                        Mode::Practice => "app-dash-mode-practice",
                        Mode::Exam => "app-dash-mode-exam",
                    },
                )),
            ),
            ("seed", s(rec.meta.seed.to_string())),
        ],
    ));
    ui.small(r.path.display().to_string());
}

/// Why a flagged session is flagged (a tampered one with its recomputed score).
fn standing_note(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    r: &LoadedRecord,
    replayed: Option<&Session>,
) {
    let rec = &r.record;
    match &r.verification {
        Verification::Tampered(why) => {
            let actual = replayed.map_or_else(
                || "?".to_string(),
                |session| {
                    callcoach_core::engine::scoring::score_call(&session.call, rec.wrap_up.as_ref())
                        .overall
                        .to_string()
                },
            );
            let detail = match why {
                Tamper::NoReplay(e) => s(e.clone()),
                _ => s(String::new()),
            };
            let reason = loc.ta(
                lang,
                &format!("app-dash-tamper-{}", why.key()),
                &[
                    ("stored", s(rec.scores.overall.to_string())),
                    ("actual", s(actual)),
                    ("error", detail),
                ],
            );
            ui.colored_label(
                BAD,
                loc.ta(lang, "app-dash-tampered-note", &[("reason", s(reason))]),
            );
            if replayed.is_some() {
                ui.label(loc.t(lang, "app-dash-recomputed"));
            }
        }
        Verification::VersionUnavailable => {
            ui.colored_label(WARN, loc.t(lang, "app-dash-unavailable-note"));
            ui.label(loc.t(lang, "app-dash-not-counted"));
        }
        Verification::Unsigned => {
            ui.colored_label(
                WARN,
                loc.ta(
                    lang,
                    "app-dash-unsigned-note",
                    &[("format", n(rec.format as f64))],
                ),
            );
            ui.label(loc.t(lang, "app-dash-not-counted"));
        }
        Verification::NoKey => {
            ui.colored_label(WARN, loc.t(lang, "app-dash-no-key-note"));
            ui.label(loc.t(lang, "app-dash-not-counted"));
        }
        Verification::Duplicate(of) => {
            ui.colored_label(
                WARN,
                loc.ta(lang, "app-dash-duplicate-note", &[("file", s(of.clone()))]),
            );
            ui.label(loc.t(lang, "app-dash-not-counted"));
        }
        Verification::Verified => {}
    }
}

/// The replayed call: its transcript beside its debrief (once prepared).
fn replayed(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    rec: &SessionRecord,
    session: &Session,
    debrief: Option<&Debrief>,
) {
    let sc = session.call.scenario();
    let text = CallText::new(loc, lang, sc, &rec.meta.trainee);
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-transcript")).strong());
        let turns = session.call.turns();
        for line in text.transcript(&session.call) {
            // The pre-call desk's question is not the debtor's: it is labelled as the desk.
            let desk = turns
                .get(line.turn.wrapping_sub(1))
                .is_some_and(|t| sc.nodes[t.node as usize].desk);
            let (who, color) = match line.speaker {
                Speaker::Debtor if desk => (loc.t(lang, "desk-title"), Some(WARN)),
                Speaker::Debtor => (
                    line.who
                        .as_ref()
                        .map_or_else(|| sc.source.debtor.name.clone(), |w| w.text.clone()),
                    None,
                ),
                Speaker::Trainee => (rec.meta.trainee.clone(), Some(ACCENT_BLUE)),
                Speaker::Silence => (rec.meta.trainee.clone(), Some(WARN)),
            };
            cols[0].horizontal_wrapped(|ui| {
                let who = egui::RichText::new(format!("{}. {who}:", line.turn)).strong();
                ui.label(match color {
                    Some(c) => who.color(c),
                    None => who,
                });
                ui.label(&line.text.text);
            });
        }
        let Some(debrief) = debrief else {
            cols[1].label(loc.t(lang, "app-debrief-preparing"));
            return;
        };
        scores_block(&mut cols[1], loc, &text, &debrief.scores);
        cols[1].separator();
        cols[1].label(egui::RichText::new(loc.t(lang, "app-rules")).strong());
        for rule in &debrief.rules {
            rule_card(&mut cols[1], loc, lang, rule, false);
        }
    });
}

/// A session that cannot be replayed, as stored: why not, its turns, its stored score.
fn stored(ui: &mut egui::Ui, loc: &Localiser, lang: &str, rec: &SessionRecord, error: &str) {
    if !error.is_empty() {
        ui.colored_label(
            BAD,
            loc.ta(
                lang,
                "app-dash-replay-failed",
                &[("error", s(error.to_string()))],
            ),
        );
    }
    for (i, t) in rec.turns.iter().enumerate() {
        ui.label(
            loc.ta(
                lang,
                "app-dash-stored-turn",
                &[
                    ("turn", n((i + 1) as f64)),
                    ("node", s(t.node.clone())),
                    (
                        "pick",
                        s(t.pick
                            .clone()
                            .unwrap_or_else(|| loc.t(lang, "app-dash-timeout"))),
                    ),
                ],
            ),
        );
    }
    ui.label(
        egui::RichText::new(format!("{} / 100", rec.scores.overall))
            .heading()
            .color(if rec.passed { GOOD } else { BAD }),
    );
}
