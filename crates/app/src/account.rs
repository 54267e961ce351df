//! The account as a collections system shows it, drawn for the pre-call desk and the call's
//! history panel: the facts a collector reads before dialling and the history, newest first
//! (when, what, the note, the tags on file as chips; the trainee's own notes from an earlier
//! call of a case marked). The words come from the core (`records::history_text`).

use bevy_egui::egui;

use callcoach_core::records::call_text::CallText;
use callcoach_core::records::history_text::{HistoryLine, desk_facts, history_lines};

use crate::theme::{CARRIED, CHIP_FILL, TEXT_ON_FILL, WARN};

/// The desk's facts (the debtor's local day and time, calls this week, the last
/// conversation, first contact, a holiday) as a framed list.
pub fn facts(ui: &mut egui::Ui, text: &CallText) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for (i, fact) in desk_facts(text).into_iter().enumerate() {
            // The first fact is the debtor's local day and time: the one read first.
            if i == 0 {
                ui.label(egui::RichText::new(fact).strong());
            } else {
                ui.label(fact);
            }
        }
    });
}

/// The account's history, newest first; "nothing on file" when empty.
pub fn history(ui: &mut egui::Ui, text: &CallText) {
    let lines = history_lines(text);
    if lines.is_empty() {
        ui.label(egui::RichText::new(text.ui("history-empty", &[])).weak());
        return;
    }
    for line in &lines {
        entry(ui, text, line);
        ui.add_space(4.0);
    }
}

/// One history entry: when and what on one line, the note below, the tags as chips.
fn entry(ui: &mut egui::Ui, text: &CallText, line: &HistoryLine) {
    let mut frame = egui::Frame::group(ui.style());
    if line.carried {
        frame = frame.stroke(egui::Stroke::new(2.0, CARRIED));
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&line.when).weak());
            ui.label(egui::RichText::new(&line.what).strong());
        });
        // Every carried entry is what the earlier call left (framed); only the call itself
        // holds the trainee's own notes, and leaving none shows.
        if line.own_notes && !line.note.is_empty() {
            ui.colored_label(CARRIED, text.ui("history-carried", &[]));
            ui.label(egui::RichText::new(&line.note).italics());
        } else if line.own_notes {
            ui.colored_label(WARN, text.ui("app-history-no-notes", &[]));
        } else if !line.note.is_empty() {
            ui.label(&line.note);
        }
        if !line.on_file.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for tag in &line.on_file {
                    chip(ui, tag);
                }
            });
        }
    });
}

/// A small filled label (a tag on file).
fn chip(ui: &mut egui::Ui, label: &str) {
    egui::Frame::new()
        .fill(CHIP_FILL)
        .stroke(egui::Stroke::new(1.0, WARN))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(label).small().color(TEXT_ON_FILL));
        });
}
