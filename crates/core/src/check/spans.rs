//! Where the items of a RON list and the fields of an item are written, for checks that point
//! at one entry of a list (a history entry, a case's call, a keeping band) rather than at a
//! name the [`crate::compile::Locator`] can find by value.
//!
//! The scans skip string literals and comments, so a `(` or a `key:` inside a note never
//! counts.

use std::ops::Range;

/// Calls `visit(offset, byte)` for every byte of `text[range]` outside string literals and
/// comments; stops when it returns `false`.
fn scan(text: &str, range: Range<usize>, mut visit: impl FnMut(usize, u8) -> bool) {
    let bytes = text.as_bytes();
    let end = range.end.min(bytes.len());
    let mut i = range.start;
    while i < end {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < end && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < end && bytes[i] != b'"' {
                    i += usize::from(bytes[i] == b'\\') + 1;
                }
                i += 1;
            }
            b => {
                if !visit(i, b) {
                    return;
                }
                i += 1;
            }
        }
    }
}

/// The span of the field key `name` (followed by `:`, not part of a longer word) in
/// `text[range]`, outside strings and comments.
pub(super) fn key_in(text: &str, name: &str, range: Range<usize>) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut found = None;
    scan(text, range, |i, _| {
        let here = text[i..].starts_with(name)
            && (i == 0 || !word(bytes[i - 1]))
            && bytes.get(i + name.len()).is_none_or(|&b| !word(b))
            && text[i + name.len()..].trim_start().starts_with(':');
        if here {
            found = Some(i..i + name.len());
        }
        !here
    });
    found
}

/// The span of the value written after a field key: a string literal (quotes included, also
/// inside `Some(…)`), else the bare word or number up to the next `,`, `)` or line end.
pub(super) fn value_after(text: &str, key: &Range<usize>) -> Range<usize> {
    let rest = &text[key.end..];
    let mut start = key.end + (rest.len() - rest.trim_start().len());
    if text[start..].starts_with(':') {
        start += 1;
        start += text[start..].len() - text[start..].trim_start().len();
    }
    if let Some(inner) = text[start..].strip_prefix("Some(") {
        start = text.len() - inner.trim_start().len();
    }
    let value = &text[start..];
    if let Some(inner) = value.strip_prefix('"') {
        let close = inner.find('"').map_or(value.len(), |i| i + 2);
        return start..start + close;
    }
    let len = value
        .find([',', ')', ']', '}', '\n'])
        .unwrap_or(value.len());
    start..start + value[..len].trim_end().len()
}

/// The span of the value of the field `name` in `text[range]`, if the field is written there.
pub(super) fn field_value(text: &str, name: &str, range: &Range<usize>) -> Option<Range<usize>> {
    key_in(text, name, range.clone()).map(|key| value_after(text, &key))
}

/// The top-level `(…)` items of the RON list written after the field key `key` (its `[…]`),
/// in file order. Empty when no list follows.
pub(super) fn list_items(text: &str, key: &Range<usize>) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut item_start = None;
    let mut opened = false;
    scan(text, key.end..text.len(), |i, b| {
        match b {
            b'[' | b'(' | b'{' => {
                if !opened {
                    if b != b'[' {
                        return false;
                    }
                    opened = true;
                } else if depth == 1 && b == b'(' {
                    item_start = Some(i);
                }
                depth += 1;
            }
            b']' | b')' | b'}' if opened => {
                depth -= 1;
                if depth == 1
                    && b == b')'
                    && let Some(start) = item_start.take()
                {
                    items.push(start..i + 1);
                }
                if depth == 0 {
                    return false;
                }
            }
            _ => {}
        }
        true
    });
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_and_fields_skip_strings_and_comments() {
        let text = r#"x: 1, history: [ // a (comment
    (id: "h1", at: "2026", what: Call(direction: Outbound)),
    (id: "h(2", what: Missed(promise: "h1"), at: "2027"),
], start: "a""#;
        let key = key_in(text, "history", 0..text.len()).unwrap();
        let items = list_items(text, &key);
        assert_eq!(items.len(), 2);
        assert!(text[items[0].clone()].starts_with("(id: \"h1\""));
        let at = field_value(text, "at", &items[1]).unwrap();
        assert_eq!(&text[at], "\"2027\"");
        let id = field_value(text, "id", &items[1]).unwrap();
        assert_eq!(&text[id], "\"h(2\"");
        let promise = field_value(text, "promise", &items[1]).unwrap();
        assert_eq!(&text[promise], "\"h1\"");
        assert_eq!(
            key_in(text, "what", items[0].clone()).map(|r| &text[r]),
            Some("what")
        );
        assert!(key_in(text, "hat", items[0].clone()).is_none());
        let quoted = "(replies_to: Some( \"h5\" ), count: 0)";
        let r = field_value(quoted, "replies_to", &(0..quoted.len())).unwrap();
        assert_eq!(&quoted[r], "\"h5\"");
        let c = field_value(quoted, "count", &(0..quoted.len())).unwrap();
        assert_eq!(&quoted[c], "0");
    }
}
