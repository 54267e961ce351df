//! What makes a valid name, and which known name a misspelt one probably meant. The compiler
//! and the checker both use these.

/// True for a valid Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// "did you mean …?" for a misspelt name, else the fallback advice.
pub fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>, fallback: &str) -> String {
    let best = known
        .map(|k| (edit_distance(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min();
    match best {
        Some((_, k)) => format!("did you mean \"{k}\"?"),
        None => fallback.to_string(),
    }
}

/// The Levenshtein distance between two names, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_follow_fluent_rules() {
        assert!(is_identifier("opening-v2"));
        assert!(!is_identifier("2nd"));
        assert!(!is_identifier("a b"));
        assert!(!is_identifier(""));
    }

    #[test]
    fn suggestions_find_close_names() {
        let known = ["verify", "opening", "end-plan"];
        assert_eq!(
            suggest("verfy", known.into_iter(), "x"),
            "did you mean \"verify\"?"
        );
        assert_eq!(suggest("zzzzzz", known.into_iter(), "x"), "x");
    }
}
