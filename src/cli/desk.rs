//! The pre-call desk in the terminal: the account's history and what to read before dialling.

use std::io::Write;

use callcoach_core::records::call_text::CallText;
use callcoach_core::records::history_text::{desk_facts, history_lines};

/// The account's history (newest first) and the desk's facts, when the scenario has either.
pub fn print_account(out: &mut impl Write, text: &CallText) {
    let sc = text.sc;
    if !sc.desk && sc.history.entries.is_empty() {
        return;
    }
    let _ = writeln!(out, "-- {} --", text.ui("history-title", &[]));
    let lines = history_lines(text);
    if lines.is_empty() {
        let _ = writeln!(out, "   {}", text.ui("history-empty", &[]));
    }
    for line in lines {
        let _ = writeln!(out, "   {} · {}", line.when, line.what);
        if line.own_notes {
            let _ = writeln!(
                out,
                "     {}: {}",
                text.ui("history-carried", &[]),
                line.note
            );
        } else if !line.note.is_empty() {
            let _ = writeln!(out, "     {}", line.note);
        }
        if !line.on_file.is_empty() {
            let tags = line.on_file.join(", ");
            let _ = writeln!(
                out,
                "     {}",
                text.ui(
                    "history-on-file",
                    &[("tags", callcoach_core::content::l10n::s(tags))]
                )
            );
        }
    }
    if sc.desk {
        let _ = writeln!(out, "-- {} --", text.ui("desk-title", &[]));
        for fact in desk_facts(text) {
            let _ = writeln!(out, "   {fact}");
        }
    }
    let _ = writeln!(out);
}
