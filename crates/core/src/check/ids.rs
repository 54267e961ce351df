//! `E026`: the ids of scenarios, cases and calendars, which reach reports, records, xAPI
//! statements, file names and the graph's dot output, are lowercase ASCII letters, digits and
//! `-` (as every shipped id is), starting with a letter or digit. So a zero-width space
//! cannot make a fake `job-loss-hardship` look like the real one in a report, and a `"`
//! cannot break the dot output.
//!
//! A scenario with such an id is not compiled (so it cannot be played or recorded). Where
//! the id is a safe one once invisible characters are dropped and look-alike letters
//! (Cyrillic, Greek, full-width, capitals, `_`, spaces) are replaced, the help names it.

use crate::compile::Locator;
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::loader::{Library, Loaded};
use crate::content::model::Scenario;

/// Whether an id is lowercase ASCII letters, digits and `-`, not starting with `-`.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The scenarios of `todo` whose ids are safe; an E026 for each of the others.
pub(super) fn safe_scenarios<'a>(
    lib: &Library,
    todo: Vec<&'a Loaded<Scenario>>,
    d: &mut Vec<Diagnostic>,
) -> Vec<&'a Loaded<Scenario>> {
    let known: Vec<&str> = lib
        .scenarios
        .iter()
        .map(|s| s.value.id.as_str())
        .filter(|id| is_safe_id(id))
        .collect();
    todo.into_iter()
        .filter(|loaded| {
            let ok = is_safe_id(&loaded.value.id);
            if !ok {
                d.push(unsafe_id(
                    "scenario",
                    &loaded.value.id,
                    &loaded.source,
                    &known,
                ));
            }
            ok
        })
        .collect()
}

/// E026 for every case and calendar whose id is not safe.
pub(super) fn check_ids(lib: &Library, d: &mut Vec<Diagnostic>) {
    let cases: Vec<&str> = lib.cases.iter().map(|c| c.value.id.as_str()).collect();
    for case in &lib.cases {
        if !is_safe_id(&case.value.id) {
            d.push(unsafe_id("case", &case.value.id, &case.source, &cases));
        }
    }
    let calendars: Vec<&str> = lib.calendars.iter().map(|c| c.value.id.as_str()).collect();
    for calendar in &lib.calendars {
        if !is_safe_id(&calendar.value.id) {
            d.push(unsafe_id(
                "calendar",
                &calendar.value.id,
                &calendar.source,
                &calendars,
            ));
        }
    }
}

fn unsafe_id(what: &str, id: &str, source: &SourceText, known: &[&str]) -> Diagnostic {
    let loc = Locator::new(source);
    // The literal, or (when it is written with escapes) the first `id:` key: the file's own.
    let span = loc
        .find(id, 0, source.text.len())
        .unwrap_or_else(|| loc.field("id"));
    let bad: Vec<String> = id
        .chars()
        .filter(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        .map(describe)
        .collect();
    let what_is_wrong = if bad.is_empty() {
        "it starts with '-' or is empty".to_string()
    } else {
        format!("it contains {}", bad.join(", "))
    };
    let message = format!(
        "{what} id \"{}\" is not lowercase letters, digits and '-': {what_is_wrong}",
        escaped(id)
    );
    let rule = "ids may use only a-z, 0-9 and '-' (they name files and appear in reports)";
    let help = match suggestion(id) {
        Some(s) if known.contains(&s.as_str()) && s != id => {
            format!("did you mean \"{s}\"? It looks exactly like the {what} \"{s}\"; {rule}")
        }
        Some(s) => format!("did you mean \"{s}\"? {rule}"),
        None => rule.to_string(),
    };
    codes::at("E026", source, span, message).help(help)
}

/// A character in words: `U+200B (invisible)`, `'"'`, `'Ж' (U+0416)`.
fn describe(c: char) -> String {
    if invisible(c) {
        format!("U+{:04X} (invisible)", c as u32)
    } else if c.is_ascii_graphic() || c == ' ' {
        format!("'{c}'")
    } else if c.is_control() {
        format!("U+{:04X} (a control character)", c as u32)
    } else {
        format!("'{c}' (U+{:04X})", c as u32)
    }
}

/// The id with everything but printable ASCII written as `\u{…}` (and `"` as `\"`), so a
/// message shows what is really there.
fn escaped(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c == ' ' || c.is_ascii_graphic() => out.push(c),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    out
}

/// Characters that draw as nothing: zero-width spaces and joiners, direction marks and
/// overrides, the word joiner, soft hyphen, byte-order mark, variation selectors, tags.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E0FFF}')
}

/// The id with invisible characters dropped and look-alikes replaced, if that makes a safe
/// id.
fn suggestion(id: &str) -> Option<String> {
    let mut out = String::new();
    for c in id.chars() {
        if invisible(c) {
            continue;
        }
        let c = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '_' | ' ' | '.' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{00A0}' => '-',
            // Full-width forms.
            '\u{FF41}'..='\u{FF5A}' => char::from(b'a' + (c as u32 - 0xFF41) as u8),
            '\u{FF21}'..='\u{FF3A}' => char::from(b'a' + (c as u32 - 0xFF21) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF0D}' => '-',
            c => look_alike(c).unwrap_or(c),
        };
        out.push(c);
    }
    let out = out.trim_matches('-').to_string();
    is_safe_id(&out).then_some(out)
}

/// The ASCII letter a Cyrillic or Greek letter looks like.
fn look_alike(c: char) -> Option<char> {
    const PAIRS: &[(char, char)] = &[
        ('а', 'a'),
        ('А', 'a'),
        ('в', 'b'),
        ('В', 'b'),
        ('с', 'c'),
        ('С', 'c'),
        ('ԁ', 'd'),
        ('е', 'e'),
        ('Е', 'e'),
        ('ё', 'e'),
        ('һ', 'h'),
        ('Н', 'h'),
        ('і', 'i'),
        ('І', 'i'),
        ('ј', 'j'),
        ('Ј', 'j'),
        ('к', 'k'),
        ('К', 'k'),
        ('м', 'm'),
        ('М', 'm'),
        ('о', 'o'),
        ('О', 'o'),
        ('р', 'p'),
        ('Р', 'p'),
        ('ԛ', 'q'),
        ('ѕ', 's'),
        ('Ѕ', 's'),
        ('т', 't'),
        ('Т', 't'),
        ('ԝ', 'w'),
        ('х', 'x'),
        ('Х', 'x'),
        ('у', 'y'),
        ('У', 'y'),
        ('α', 'a'),
        ('Α', 'a'),
        ('Β', 'b'),
        ('ε', 'e'),
        ('Ε', 'e'),
        ('Η', 'h'),
        ('ι', 'i'),
        ('Ι', 'i'),
        ('Κ', 'k'),
        ('κ', 'k'),
        ('Μ', 'm'),
        ('ν', 'v'),
        ('Ν', 'n'),
        ('ο', 'o'),
        ('Ο', 'o'),
        ('ρ', 'p'),
        ('Ρ', 'p'),
        ('τ', 't'),
        ('Τ', 't'),
        ('υ', 'u'),
        ('χ', 'x'),
        ('Χ', 'x'),
        ('Υ', 'y'),
        ('Ζ', 'z'),
        ('ı', 'i'),
        ('ł', 'l'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_ids() {
        assert!(is_safe_id("job-loss-hardship"));
        assert!(is_safe_id("pl-invoice-reminder"));
        assert!(!is_safe_id("job\u{200b}-loss-hardship"));
        assert!(!is_safe_id("a\"b"));
        assert!(!is_safe_id("Job"));
        assert!(!is_safe_id("-a"));
        assert!(!is_safe_id(""));
    }

    #[test]
    fn suggestions_strip_invisible_and_look_alike_characters() {
        assert_eq!(
            suggestion("job-loss\u{200b}-hardship").as_deref(),
            Some("job-loss-hardship")
        );
        assert_eq!(suggestion("jоb-loss").as_deref(), Some("job-loss"));
        assert_eq!(suggestion("Job_Loss").as_deref(), Some("job-loss"));
        assert_eq!(suggestion("a\"b"), None);
        assert_eq!(escaped("a\u{200b}\"b"), "a\\u{200b}\\\"b");
        assert_eq!(describe('\u{200b}'), "U+200B (invisible)");
    }
}
