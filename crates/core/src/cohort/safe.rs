//! Untrusted text on its way out: record fields (trainee names, scenario ids, reasons) and file
//! names reach a coordinator's terminal and spreadsheet. A trainee picks their own name, so a
//! name must not be able to clear the terminal, move the cursor, reorder the line, or run as a
//! spreadsheet formula.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is: control characters (C0, DEL, C1,
/// including ESC and CSI), bidirectional embeddings, overrides, isolates and marks, zero-width
/// characters, line and paragraph separators, and the byte order mark.
fn unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// The text with every character a terminal would act on (see above) written as a visible
/// escape, `\u{1b}`, so `"\u{1b}[2J"` shows as `\u{1b}[2J` and clears nothing.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unsafe_for_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_for_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A CSV cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (OWASP's guidance on CSV injection), unless the whole
/// cell is a number (`-5` stays a number).
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    let risky = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_show_and_plain_text_is_borrowed() {
        assert_eq!(terminal("\u{1b}[2JAla"), "\\u{1b}[2JAla");
        assert_eq!(terminal("a\u{202e}b\u{9b}c"), "a\\u{202e}b\\u{9b}c");
        assert!(matches!(terminal("Łucja Żak"), Cow::Borrowed(_)));
    }

    #[test]
    fn formulas_become_text_and_numbers_stay() {
        assert_eq!(csv_cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("-5"), "-5");
        assert_eq!(csv_cell("-1+2"), "'-1+2");
        assert_eq!(csv_cell("Ala"), "Ala");
    }
}
