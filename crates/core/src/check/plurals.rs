//! Plurals and variables in Fluent messages: the CLDR plural categories of a language, and
//! the check that every message uses only variables callcoach supplies (E305) and that every
//! plural selector has a variant for each category of its language (E306).

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::content::codes;
use crate::content::diagnostic::Diagnostic;
use crate::content::l10n::SCENARIO_VARIABLES;

use crate::content::loader::FtlFile;

use super::cases::CASE_VARIABLES;
use super::text::{FtlIndex, lang_name};

/// The CLDR plural category names, in CLDR order.
const PLURAL_WORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR cardinal plural categories of a language, e.g. `one few many other` for Polish.
pub fn plural_categories(lang: &str) -> Vec<&'static str> {
    let Ok(id) = lang.parse::<LanguageIdentifier>() else {
        return vec!["other"];
    };
    match PluralRules::create(id, PluralRuleType::CARDINAL) {
        Ok(rules) => {
            // The rules object cannot list its categories, so sample numbers that reach them all.
            let mut cats: Vec<&'static str> = Vec::new();
            let samples = (0..=200)
                .map(|i| i.to_string())
                .chain(["0.5", "1.5", "2.5", "1000000"].map(String::from));
            for sample in samples {
                let category = rules.select(sample.as_str()).ok();
                let name = match category {
                    Some(PluralCategory::ZERO) => "zero",
                    Some(PluralCategory::ONE) => "one",
                    Some(PluralCategory::TWO) => "two",
                    Some(PluralCategory::FEW) => "few",
                    Some(PluralCategory::MANY) => "many",
                    _ => "other",
                };
                if !cats.contains(&name) {
                    cats.push(name);
                }
            }
            cats.sort_by_key(|c| PLURAL_WORDS.iter().position(|x| x == c));
            cats
        }
        Err(_) => vec!["other"],
    }
}

/// Unknown variables (scenario files) and selectors missing plural categories.
pub(super) fn check_variables(
    ftl: &FtlFile,
    categories: &[&str],
    lang: &str,
    d: &mut Vec<Diagnostic>,
) {
    let idx = FtlIndex::new(&ftl.source);
    // The variables a file's messages may use: scenario text and case text get their own.
    let folder = ftl.source.path.parent();
    let allowed: Option<&[&str]> = if folder.is_some_and(|p| p.ends_with("scenarios")) {
        Some(&SCENARIO_VARIABLES)
    } else if folder.is_some_and(|p| p.ends_with("cases")) {
        Some(&CASE_VARIABLES)
    } else {
        None
    };
    for e in ftl.resource.entries() {
        let ast::Entry::Message(m) = e else { continue };
        let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> = Vec::new();
        if let Some(v) = &m.value {
            patterns.push((None, v));
        }
        for a in &m.attributes {
            patterns.push((Some(a.id.name), &a.value));
        }
        for (attr, p) in patterns {
            let mut vars = Vec::new();
            let mut selects = Vec::new();
            walk_pattern(p, &mut vars, &mut selects);
            let span = match attr {
                Some(a) => idx.attribute(m.id.name, a),
                None => idx.message(m.id.name),
            };
            let name = match attr {
                Some(a) => format!("{}.{a}", m.id.name),
                None => m.id.name.to_string(),
            };
            if let Some(allowed) = allowed {
                for v in vars.iter().filter(|v| !allowed.contains(v)) {
                    d.push(
                        codes::at(
                            "E305",
                            &ftl.source,
                            span.clone(),
                            format!("\"{name}\" uses ${v}, which callcoach does not supply"),
                        )
                        .help(format!("this text may use ${}", allowed.join(", $"))),
                    );
                }
            }
            for (selector, keys) in selects {
                let plural = selector == "days"
                    || keys
                        .iter()
                        .any(|k| *k != "other" && PLURAL_WORDS.contains(k));
                if !plural {
                    continue;
                }
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(c))
                    .collect();
                // `other` may be covered by the default variant only when it is so named.
                if !missing.is_empty() {
                    let message = format!(
                        "\"{name}\" selects on ${selector} but has no [{}] variant{} ({} needs {})",
                        missing.join("], ["),
                        if missing.len() > 1 { "s" } else { "" },
                        lang_name(lang),
                        categories.join(", ")
                    );
                    d.push(
                        codes::at("E306", &ftl.source, span.clone(), message).help(format!(
                            "add a variant for each of {}; \
                         Polish example: [one] 1 dzień [few] 2 dni [many] 5 dni *[other] 1,5 dnia",
                            missing.join(", ")
                        )),
                    );
                }
            }
        }
    }
}

/// Collects the variables a pattern uses and its selectors with their variant keys.
fn walk_pattern<'a>(
    p: &'a ast::Pattern<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, selects);
        }
    }
}

/// [`walk_pattern`] for one expression.
fn walk_expression<'a>(
    e: &'a ast::Expression<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, vars, selects),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, selects);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(*name),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                selects.push((id.name, keys));
            }
            for v in variants {
                walk_pattern(&v.value, vars, selects);
            }
        }
    }
}

/// [`walk_pattern`] for one inline expression.
fn walk_inline<'a>(
    i: &'a ast::InlineExpression<&'a str>,
    vars: &mut Vec<&'a str>,
    selects: &mut Vec<(&'a str, Vec<&'a str>)>,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name),
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, vars, selects)
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, selects);
            }
            for a in &arguments.named {
                walk_inline(&a.value, vars, selects);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_has_four_plural_categories() {
        assert_eq!(plural_categories("pl"), vec!["one", "few", "many", "other"]);
        assert_eq!(plural_categories("en"), vec!["one", "other"]);
    }
}
