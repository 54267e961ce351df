//! Localisation through Fluent: message look-up with English fallback, and money, dates and
//! numbers formatted the local way.
//!
//! Formats are data too: `ui.ftl` of each language holds `fmt-decimal-separator`,
//! `fmt-group-separator`, `fmt-money` (with `$number` and `$code`) and `fmt-date` (with
//! `$day`, `$month` as a number and `$year`), so a new language needs no code.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A Fluent argument value (re-exported so that the shells need no Fluent dependency).
pub use fluent_bundle::FluentValue;
use rust_decimal::Decimal;
use unic_langid::LanguageIdentifier;

use crate::content::loader::{Library, REFERENCE_LANG};
use crate::content::model::{DebtorKind, Scenario};

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A piece of localised text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// The language asked for had no such message; this is the English text.
    pub fallback: bool,
    /// No language had it: `text` is the message id, so the gap is visible.
    pub missing: bool,
}

/// What marks a text shown in English because the language asked for lacks it.
pub const FALLBACK_MARKER: &str = "[EN]";

impl Text {
    /// The text as shown, with [`FALLBACK_MARKER`] after it when it is an English fallback.
    pub fn marked(&self) -> String {
        if self.fallback {
            format!("{} {FALLBACK_MARKER}", self.text)
        } else {
            self.text.clone()
        }
    }
}

/// Shown as [`Text::marked`]: an English fallback carries its marker wherever it is printed.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)?;
        if self.fallback {
            write!(f, " {FALLBACK_MARKER}")?;
        }
        Ok(())
    }
}

struct Lang {
    /// `ui.ftl`, `tags.ftl` and every `rubrics/*.ftl`.
    common: Bundle,
    scenarios: HashMap<String, Bundle>,
    /// Each case's `cases/<id>.ftl`.
    cases: HashMap<String, Bundle>,
}

/// Every language's bundles, ready to format messages.
pub struct Localiser {
    langs: BTreeMap<String, Lang>,
    /// The library's folder (for the file a fallback names).
    root: PathBuf,
    /// For each message of the English common bundle, the file that defines it.
    common_files: HashMap<String, PathBuf>,
    /// Every fallback since [`Localiser::track_fallbacks`], when tracking.
    fallbacks: Mutex<Option<Vec<Fallback>>>,
}

/// A text that did not come from the language asked for: the English fallback, the RON
/// source (a rule's citation), or nothing at all (the message id is shown).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fallback {
    /// The language asked for.
    pub lang: String,
    /// The file of that language the message belongs in.
    pub file: PathBuf,
    /// The message id.
    pub id: String,
    /// The attribute, if one was asked for.
    pub attr: Option<String>,
}

impl std::fmt::Display for Fallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.attr {
            Some(a) => write!(f, "{}: {}.{a}", self.file.display(), self.id),
            None => write!(f, "{}: {}", self.file.display(), self.id),
        }
    }
}

/// Which bundle a look-up reads: the common one, or a scenario's or case's own file.
#[derive(Clone, Copy)]
enum Source<'s> {
    Common,
    Scenario(&'s str),
    Case(&'s str),
}

/// The variables scenario messages may use: the call's, then the negotiation's (a debtor's
/// line after a proposal, see `CallText::line_at`), then the history's (`promised`: the
/// latest Promise entry's terms in words, in a debtor's line).
pub const SCENARIO_VARIABLES: [&str; 21] = [
    "agent",
    "debtor",
    "organisation",
    "creditor",
    "amount",
    "due",
    "days",
    "terms",
    "instalment",
    "count",
    "every",
    "first-date",
    "settlement",
    "by-date",
    "agreed",
    "counter-terms",
    "counter-instalment",
    "counter-count",
    "counter-every",
    "counter-first-date",
    "promised",
];

fn new_bundle(lang: &str) -> Bundle {
    let id: LanguageIdentifier = lang
        .parse()
        .unwrap_or_else(|_| REFERENCE_LANG.parse().expect("en parses"));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
}

impl Localiser {
    /// Builds bundles from the library's Fluent files (whatever parsed of them).
    pub fn new(lib: &Library) -> Localiser {
        let mut langs = BTreeMap::new();
        let mut common_files = HashMap::new();
        if let Some(en) = lib.locales.get(REFERENCE_LANG) {
            for f in en
                .ui
                .iter()
                .chain(en.tags.iter())
                .chain(en.rubrics.values())
            {
                for entry in f.resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        common_files
                            .entry(m.id.name.to_string())
                            .or_insert_with(|| f.source.path.clone());
                    }
                }
            }
        }
        for (code, files) in &lib.locales {
            let mut common = new_bundle(code);
            for f in files
                .ui
                .iter()
                .chain(files.tags.iter())
                .chain(files.rubrics.values())
            {
                // Duplicate ids across files are reported by the checker; the first wins here.
                let _ = common.add_resource(Arc::clone(&f.resource));
            }
            let scenarios = files
                .scenarios
                .iter()
                .map(|(id, f)| {
                    let mut b = new_bundle(code);
                    let _ = b.add_resource(Arc::clone(&f.resource));
                    (id.clone(), b)
                })
                .collect();
            let cases = files
                .cases
                .iter()
                .map(|(id, f)| {
                    let mut b = new_bundle(code);
                    let _ = b.add_resource(Arc::clone(&f.resource));
                    (id.clone(), b)
                })
                .collect();
            langs.insert(
                code.clone(),
                Lang {
                    common,
                    scenarios,
                    cases,
                },
            );
        }
        Localiser {
            langs,
            root: lib.root.clone(),
            common_files,
            fallbacks: Mutex::new(None),
        }
    }

    /// Starts recording every text that does not come from the language asked for (English
    /// fallbacks, RON citations, missing messages); [`Localiser::take_fallbacks`] returns them.
    pub fn track_fallbacks(&self) {
        let mut f = self.fallbacks.lock().unwrap_or_else(|e| e.into_inner());
        f.get_or_insert_with(Vec::new);
    }

    /// The fallbacks recorded since tracking started (or since the last take), sorted and
    /// without duplicates; tracking goes on.
    pub fn take_fallbacks(&self) -> Vec<Fallback> {
        let mut f = self.fallbacks.lock().unwrap_or_else(|e| e.into_inner());
        let mut v = f.as_mut().map(std::mem::take).unwrap_or_default();
        v.sort();
        v.dedup();
        v
    }

    /// The file of `lang` that a message of `source` belongs in.
    fn file_for(&self, lang: &str, source: Source, id: &str) -> PathBuf {
        let dir = self.root.join("locales").join(lang);
        match source {
            Source::Scenario(sc) => dir.join("scenarios").join(format!("{sc}.ftl")),
            Source::Case(c) => dir.join("cases").join(format!("{c}.ftl")),
            Source::Common => {
                let en = self.root.join("locales").join(REFERENCE_LANG);
                match self.common_files.get(id).map(|p| p.strip_prefix(&en)) {
                    Some(Ok(rest)) => dir.join(rest),
                    _ => dir.join("ui.ftl"),
                }
            }
        }
    }

    fn note_fallback(&self, lang: &str, source: Source, id: &str, attr: Option<&str>) {
        let mut f = self.fallbacks.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = f.as_mut() {
            v.push(Fallback {
                lang: lang.to_string(),
                file: self.file_for(lang, source, id),
                id: id.to_string(),
                attr: attr.map(str::to_string),
            });
        }
    }

    /// A rule's citation in a language: the `.citation` attribute of the rule's message in
    /// the rubric's Fluent file, else English's (a fallback), else the RON `citation` (a
    /// fallback in any language but English).
    pub fn citation(&self, lang: &str, rubric: &str, rule: &str, ron: &str) -> Text {
        let t = self.ui(lang, rule, Some("citation"), None);
        if !t.missing {
            return t;
        }
        // The look-up noted the rule's message; name the rubric's file instead.
        let mut f = self.fallbacks.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = f.as_mut() {
            v.retain(|x| !(x.id == rule && x.attr.as_deref() == Some("citation")));
            if lang != REFERENCE_LANG {
                v.push(Fallback {
                    lang: lang.to_string(),
                    file: self
                        .root
                        .join("locales")
                        .join(lang)
                        .join("rubrics")
                        .join(format!("{rubric}.ftl")),
                    id: rule.to_string(),
                    attr: Some("citation".to_string()),
                });
            }
        }
        Text {
            text: ron.to_string(),
            fallback: lang != REFERENCE_LANG,
            missing: false,
        }
    }

    /// The library folder these bundles were read from.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The languages available, English first.
    pub fn languages(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.langs.keys().map(String::as_str).collect();
        v.sort_by_key(|l| (*l != REFERENCE_LANG, *l));
        v
    }

    /// A message (or one of its attributes) from `ui.ftl`, `tags.ftl` or a rubric file.
    pub fn ui(&self, lang: &str, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Text {
        self.lookup(lang, Source::Common, id, attr, args)
    }

    /// A UI string with arguments, with where it came from (for a fallback marker).
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> Text {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.ui(lang, id, None, Some(&fa))
    }

    /// Shorthand for a plain UI string with no arguments.
    pub fn t(&self, lang: &str, id: &str) -> String {
        self.ui(lang, id, None, None).text
    }

    /// Shorthand for a UI string with arguments.
    pub fn ta(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.ui(lang, id, None, Some(&fa)).text
    }

    /// A message from a scenario's own file.
    pub fn scenario(
        &self,
        lang: &str,
        scenario: &str,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Text {
        self.lookup(lang, Source::Scenario(scenario), id, attr, args)
    }

    /// A message from a case's own file (`cases/<id>.ftl`).
    pub fn case(&self, lang: &str, case: &str, id: &str, args: Option<&FluentArgs>) -> Text {
        self.lookup(lang, Source::Case(case), id, None, args)
    }

    /// A case's title in a language (its id when no language has one).
    pub fn case_title(&self, lang: &str, case: &str) -> String {
        let t = self.case(lang, case, "case-title", None);
        if t.missing { case.to_string() } else { t.text }
    }

    /// A scenario's title in a language (its id when no language has one).
    pub fn scenario_title(&self, lang: &str, scenario: &str) -> String {
        let t = self.scenario(lang, scenario, "title", None, None);
        if t.missing {
            scenario.to_string()
        } else {
            t.text
        }
    }

    /// Whether a language has a message (attribute) of its own, without fallback.
    pub fn has(&self, lang: &str, scenario: Option<&str>, id: &str, attr: Option<&str>) -> bool {
        let Some(l) = self.langs.get(lang) else {
            return false;
        };
        let bundle = match scenario {
            Some(s) => l.scenarios.get(s),
            None => Some(&l.common),
        };
        bundle
            .and_then(|b| b.get_message(id))
            .is_some_and(|m| match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    fn lookup(
        &self,
        lang: &str,
        source: Source,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Text {
        fn bundle<'l>(l: &'l Lang, source: Source) -> Option<&'l Bundle> {
            match source {
                Source::Common => Some(&l.common),
                Source::Scenario(sc) => l.scenarios.get(sc),
                Source::Case(c) => l.cases.get(c),
            }
        }
        let try_lang = |code: &str| -> Option<String> {
            let b = bundle(self.langs.get(code)?, source)?;
            let msg = b.get_message(id)?;
            let pattern = match attr {
                Some(a) => msg.get_attribute(a)?.value(),
                None => msg.value()?,
            };
            let mut errors = Vec::new();
            Some(b.format_pattern(pattern, args, &mut errors).into_owned())
        };
        if let Some(text) = try_lang(lang) {
            return Text {
                text,
                fallback: false,
                missing: false,
            };
        }
        self.note_fallback(lang, source, id, attr);
        if lang != REFERENCE_LANG
            && let Some(text) = try_lang(REFERENCE_LANG)
        {
            return Text {
                text,
                fallback: true,
                missing: false,
            };
        }
        let text = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        Text {
            text,
            fallback: false,
            missing: true,
        }
    }

    /// Formats a number with the language's separators and a fixed number of decimals.
    pub fn number(&self, lang: &str, value: Decimal, decimals: u32) -> String {
        let decimal_sep = self.ui(lang, "fmt-decimal-separator", None, None);
        let group_sep = self.ui(lang, "fmt-group-separator", None, None);
        let decimal_sep = if decimal_sep.missing {
            ".".to_string()
        } else {
            decimal_sep.text
        };
        let group_sep = if group_sep.missing {
            ",".to_string()
        } else {
            group_sep.text
        };
        format_number(value, decimals, &decimal_sep, &group_sep)
    }

    /// Money the local way: `PLN 4,820.00` / `4 820,00 zł`.
    pub fn money(&self, lang: &str, amount: Decimal, currency: &str) -> String {
        let number = self.number(lang, amount, 2);
        let mut args = FluentArgs::new();
        args.set("number", FluentValue::from(number.clone()));
        args.set("code", FluentValue::from(currency.to_string()));
        let t = self.ui(lang, "fmt-money", None, Some(&args));
        if t.missing {
            format!("{currency} {number}")
        } else {
            t.text
        }
    }

    /// A date the local way: `15 September 2026` / `15 września 2026`.
    pub fn date(&self, lang: &str, date: NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day() as i64));
        args.set("month", FluentValue::from(date.month() as i64));
        args.set("year", FluentValue::from(date.year().to_string()));
        let t = self.ui(lang, "fmt-date", None, Some(&args));
        if t.missing {
            date.format("%Y-%m-%d").to_string()
        } else {
            t.text
        }
    }

    /// The variables of a scenario's messages for one call, formatted for the language.
    pub fn call_args(
        &self,
        lang: &str,
        sc: &Scenario,
        agent: &str,
        days_past_due: i64,
    ) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("agent", FluentValue::from(agent.to_string()));
        args.set("debtor", FluentValue::from(sc.debtor.name.clone()));
        let organisation = match &sc.debtor.kind {
            DebtorKind::Business { organisation } => organisation.clone(),
            DebtorKind::Consumer => sc.debtor.name.clone(),
        };
        args.set("organisation", FluentValue::from(organisation));
        args.set("creditor", FluentValue::from(sc.creditor.clone()));
        args.set(
            "amount",
            FluentValue::from(self.money(lang, sc.account.amount, &sc.account.currency)),
        );
        args.set("due", FluentValue::from(self.date(lang, sc.account.due)));
        args.set("days", FluentValue::from(days_past_due));
        args
    }
}

/// Groups the integer part in threes and joins with the decimal separator.
pub fn format_number(value: Decimal, decimals: u32, decimal_sep: &str, group_sep: &str) -> String {
    let rounded = value.round_dp(decimals);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), ""), |(i, f)| (i, f));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push_str(group_sep);
        }
        grouped.push(ch);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal_sep}{frac}")
    }
}

/// Converts anything printable into a Fluent string value (for the shells).
pub fn s(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(value.into()))
}

/// A Fluent number value.
pub fn n(value: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::loader::RawFile;
    use std::path::Path;
    use std::str::FromStr;

    fn lib() -> Library {
        let files = [
            (
                "locales/en/ui.ftl",
                include_str!("../../../../locales/en/ui.ftl"),
            ),
            (
                "locales/pl/ui.ftl",
                include_str!("../../../../locales/pl/ui.ftl"),
            ),
            (
                "locales/en/scenarios/s.ftl",
                "line = { $debtor } owes { $amount }, { $days ->\n    [one] { $days } day\n   *[other] { $days } days\n} late.\nonly-en = English only\n",
            ),
            (
                "locales/pl/scenarios/s.ftl",
                "line = { $debtor } ma zaległość { $amount }, { $days ->\n    [one] { $days } dzień\n    [few] { $days } dni\n    [many] { $days } dni\n   *[other] { $days } dnia\n} po terminie.\n",
            ),
        ];
        Library::from_files(
            Path::new("lib"),
            files
                .iter()
                .map(|(p, t)| RawFile {
                    path: p.into(),
                    bytes: t.as_bytes().to_vec(),
                })
                .collect(),
        )
    }

    #[test]
    fn money_and_dates_are_local() {
        let l = Localiser::new(&lib());
        let amount = Decimal::from_str("4820.00").unwrap();
        assert_eq!(l.money("en", amount, "PLN"), "PLN 4,820.00");
        assert_eq!(l.money("pl", amount, "PLN"), "4\u{a0}820,00\u{a0}zł");
        assert_eq!(
            l.money("en", Decimal::from_str("1240.5").unwrap(), "USD"),
            "$1,240.50"
        );
        let due = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap();
        assert_eq!(l.date("en", due), "15 September 2026");
        assert_eq!(l.date("pl", due), "15 września 2026");
        assert_eq!(
            format_number(Decimal::from_str("1234567.891").unwrap(), 2, ",", " "),
            "1 234 567,89"
        );
    }

    #[test]
    fn polish_plurals_use_one_few_many() {
        let l = Localiser::new(&lib());
        let line = |days: i64| {
            let mut a = FluentArgs::new();
            a.set("debtor", s("Jan"));
            a.set("amount", s("10 zł"));
            a.set("days", FluentValue::from(days));
            l.scenario("pl", "s", "line", None, Some(&a)).text
        };
        assert!(line(1).ends_with("1 dzień po terminie."), "{}", line(1));
        assert!(line(2).contains("2 dni"));
        assert!(line(22).contains("22 dni"));
        assert!(line(5).contains("5 dni"));
    }

    #[test]
    fn missing_polish_falls_back_to_english_visibly() {
        let l = Localiser::new(&lib());
        let t = l.scenario("pl", "s", "only-en", None, None);
        assert_eq!(
            (t.text.as_str(), t.fallback, t.missing),
            ("English only", true, false)
        );
        let t = l.scenario("pl", "s", "nowhere", Some("x"), None);
        assert_eq!((t.text.as_str(), t.missing), ("nowhere.x", true));
        assert!(!l.has("pl", Some("s"), "only-en", None));
        assert!(l.has("en", Some("s"), "only-en", None));
    }
}
