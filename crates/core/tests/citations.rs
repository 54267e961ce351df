//! Localised citations and the debrief's language: a rule's citation in a language is the
//! `.citation` of its message in that language's rubric file, and a Polish debrief of any
//! shipped scenario, on its best path and on a losing one, holds no text that did not come
//! from the Polish bundle. Provenance is tracked by the localiser (every English fallback,
//! every RON citation, every missing message is recorded with the file it belongs in), not
//! guessed from the words.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use callcoach_core::check::{self, Scope};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::{FALLBACK_MARKER, Fallback, Localiser};
use callcoach_core::content::loader::{self, Library, RawFile};
use callcoach_core::engine::runner::{Call, Pick};
use callcoach_core::engine::scoring::score_call;
use callcoach_core::engine::search::{self, DEFAULT_BUDGET};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::{debrief, debrief_text};
use callcoach_core::synth::{self, Spec};

/// The search budget of the debriefs here (their better answers): enough for the shipped
/// calls' paths, a fraction of the shells' budget, so the test stays quick.
const BUDGET: usize = 5_000;

/// Plays a call along `picks`: on the first seed (of a few) whose dice let every pick line
/// up, else as far as they line up and then on with the first choice on offer. Whether the
/// whole path was followed comes with it.
fn play_along(sc: &Arc<CompiledScenario>, picks: &[(u32, Pick)]) -> (Call, bool) {
    let mut last = None;
    for seed in 0..16 {
        let (call, followed) = play_seed(sc, picks, seed);
        if followed {
            return (call, true);
        }
        last = Some(call);
    }
    (last.expect("a call"), false)
}

fn play_seed(sc: &Arc<CompiledScenario>, picks: &[(u32, Pick)], seed: u64) -> (Call, bool) {
    let mut call = Call::new(Arc::clone(sc), seed).expect("starts");
    let mut followed = true;
    let mut planned = picks.iter();
    while let Some(prompt) = call.prompt() {
        let node = prompt.node;
        let next = planned.next();
        let replayed = match next {
            Some(&(n, pick)) if n == node => call.replay(pick, 10).is_ok(),
            _ => false,
        };
        if !replayed {
            followed = false;
            planned = [].iter();
            if call.prompt().is_some_and(|p| p.choices.is_empty()) {
                call.time_out(10).expect("time out");
            } else {
                call.pick(0, 10).expect("pick");
            }
        }
    }
    (call, followed && planned.next().is_none())
}

/// Every fallback of a Polish debrief of every scenario of `lib`, on its best path and on
/// its worst (losing) path, each with the scenario and path it showed on; and every rendered
/// line that carries the fallback marker.
fn polish_debrief_fallbacks(lib: &Library) -> (Vec<(String, &'static str, Fallback)>, Vec<String>) {
    let report = check::check(lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    let loc = Localiser::new(lib);
    loc.track_fallbacks();
    let mut found = Vec::new();
    let mut marked = Vec::new();
    let mut played = 0;
    for sc in report.compiled.values() {
        let result = search::best_path(sc, DEFAULT_BUDGET);
        let paths = [
            ("best path", result.best.as_ref()),
            ("losing path", result.worst.as_ref()),
        ];
        for (which, path) in paths {
            let path = path.unwrap_or_else(|| panic!("{}: no {which}", sc.id));
            let (call, followed) = play_along(sc, &path.picks);
            let scores = score_call(&call, None);
            if which == "losing path" && followed {
                assert!(!scores.passed, "{}: the losing path passed", sc.id);
            }
            let _ = loc.take_fallbacks();
            let text = CallText::new(&loc, "pl", sc, "Łucja");
            let d = debrief::debrief(&text, &call, &scores, BUDGET);
            let lines = debrief_text::lines(&text, &d);
            assert!(
                lines.len() > 5,
                "{}: a debrief of {} lines",
                sc.id,
                lines.len()
            );
            for f in loc.take_fallbacks() {
                found.push((sc.id.clone(), which, f));
            }
            marked.extend(
                lines
                    .iter()
                    .filter(|l| l.contains(FALLBACK_MARKER))
                    .map(|l| format!("{} ({which}): {l}", sc.id)),
            );
            played += 1;
        }
    }
    assert!(played >= 2 * report.compiled.len() && played > 0);
    (found, marked)
}

/// The list a failing test prints: one line per file and message id, with where it showed.
fn listing(found: &[(String, &'static str, Fallback)], root: &Path) -> String {
    let mut by_message: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (sc, which, f) in found {
        let file = f.file.strip_prefix(root).unwrap_or(&f.file);
        let key = match &f.attr {
            Some(a) => format!("{}: {}.{a}", file.display(), f.id),
            None => format!("{}: {}", file.display(), f.id),
        };
        by_message
            .entry(key)
            .or_default()
            .push(format!("{sc} ({which})"));
    }
    let mut out = String::new();
    for (key, seen) in &by_message {
        let mut seen = seen.clone();
        seen.dedup();
        let more = seen.len().saturating_sub(3);
        seen.truncate(3);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {key}   [in {}{more}]", seen.join(", "));
    }
    out
}

#[test]
fn a_polish_debrief_of_any_scenario_contains_no_english_line() {
    let lib = Library::load(&common::shipped());
    let (found, marked) = polish_debrief_fallbacks(&lib);
    assert!(
        found.is_empty(),
        "a Polish debrief shows {} text(s) not from the Polish bundle (file: message id, \
         where it showed):\n{}\nthe first lines marked {FALLBACK_MARKER}:\n{}",
        found.len(),
        listing(&found, &lib.root),
        marked
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(marked.is_empty(), "{}", marked.join("\n"));
}

/// The shipped library's files, with `.citation` (the RON citation) added under every rule
/// of every Polish rubric file that lacks it: what the content work does, here in memory.
fn shipped_with_polish_citations() -> Library {
    let root = common::shipped();
    let (mut files, _) = loader::collect(&root);
    let lib = Library::load(&root);
    for f in &mut files {
        let path = f.path.strip_prefix(&root).unwrap_or(&f.path).to_path_buf();
        let Some(rubric) = polish_rubric(&path) else {
            continue;
        };
        let Some(r) = lib.rubric(&rubric) else {
            continue;
        };
        let text = String::from_utf8(f.bytes.clone()).expect("utf-8");
        let mut out = String::new();
        let mut current: Option<&str> = None;
        let flush = |out: &mut String, current: Option<&str>| {
            if let Some(rule) = current.and_then(|id| r.value.rules.iter().find(|x| x.id == id)) {
                let _ = writeln!(out, "    .citation = {}", rule.citation);
            }
        };
        for line in text.lines() {
            let starts_message = line.starts_with(|c: char| c.is_ascii_alphanumeric())
                || line.starts_with('#')
                || line.starts_with('-');
            if starts_message {
                flush(&mut out, current);
                current = line
                    .split_once(" =")
                    .map(|(id, _)| id)
                    .filter(|_| !line.starts_with('#'));
            }
            if line.trim_start().starts_with(".citation") {
                current = None;
            }
            out.push_str(line);
            out.push('\n');
        }
        flush(&mut out, current);
        f.bytes = out.into_bytes();
    }
    Library::from_files(&root, files)
}

/// The rubric id of `locales/pl/rubrics/<id>.ftl`.
fn polish_rubric(path: &Path) -> Option<String> {
    let parts: Vec<_> = path
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [a, b, c, file] if a == "locales" && b == "pl" && c == "rubrics" => {
            file.strip_suffix(".ftl").map(str::to_string)
        }
        _ => None,
    }
}

#[test]
fn with_polish_citations_the_debrief_citations_are_polish() {
    let lib = shipped_with_polish_citations();
    let (found, _) = polish_debrief_fallbacks(&lib);
    let citations: Vec<_> = found
        .iter()
        .filter(|(_, _, f)| f.attr.as_deref() == Some("citation"))
        .collect();
    assert!(citations.is_empty(), "{}", listing(&found, &lib.root));
}

#[test]
fn a_citation_comes_from_the_language_then_english_then_the_ron() {
    let mut files = synth::files(&Spec::new(8));
    let pl: Vec<RawFile> = files
        .iter()
        .filter_map(|f| {
            let rest = f.path.strip_prefix("locales/en").ok()?;
            Some(RawFile {
                path: PathBuf::from("locales/pl").join(rest),
                bytes: f.bytes.clone(),
            })
        })
        .collect();
    files.extend(pl);
    let lib = Library::from_files(Path::new("lib"), files);
    let rubric = &lib.rubrics[0].value;
    let (first, second) = (&rubric.rules[0], &rubric.rules[1]);
    let loc = Localiser::new(&lib);
    loc.track_fallbacks();
    let t = loc.citation("pl", &rubric.id, &first.id, &first.citation);
    assert_eq!(
        (t.text.as_str(), t.fallback),
        (first.citation.as_str(), true)
    );
    let noted = loc.take_fallbacks();
    assert_eq!(noted.len(), 1, "{noted:?}");
    assert_eq!(
        noted[0].file,
        Path::new("lib/locales/pl/rubrics").join(format!("{}.ftl", rubric.id))
    );
    assert_eq!(
        (noted[0].id.as_str(), noted[0].attr.as_deref()),
        (first.id.as_str(), Some("citation"))
    );
    let t = loc.citation("en", &rubric.id, &first.id, &first.citation);
    assert!(!t.fallback);
    assert_eq!(t.to_string(), first.citation);
    assert!(loc.take_fallbacks().is_empty());
    let _ = second;
}

#[test]
fn a_citation_in_one_language_and_not_another_is_w310_at_the_rule() {
    let mut files = synth::files(&Spec::new(8));
    let rubric_ftl = "locales/en/rubrics/synth-compliance.ftl";
    let mut pl = Vec::new();
    let mut rule = String::new();
    for f in &mut files {
        if let Ok(rest) = f.path.strip_prefix("locales/en") {
            pl.push(RawFile {
                path: PathBuf::from("locales/pl").join(rest),
                bytes: f.bytes.clone(),
            });
        }
        if f.path == Path::new(rubric_ftl) {
            // English gets a citation for its first rule; Polish (copied before) does not.
            let text = String::from_utf8(f.bytes.clone()).unwrap();
            let mut out = String::new();
            for line in text.lines() {
                out.push_str(line);
                out.push('\n');
                if rule.is_empty() && line.trim_start().starts_with(".coaching") {
                    rule = out
                        .lines()
                        .rev()
                        .nth(1)
                        .and_then(|l| l.split_once(" ="))
                        .map(|(id, _)| id.to_string())
                        .unwrap();
                    out.push_str("    .citation = 15 USC 1692e(11)\n");
                }
            }
            f.bytes = out.into_bytes();
        }
    }
    files.extend(pl);
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    let w310: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "W310")
        .collect();
    assert_eq!(w310.len(), 1, "{:#?}", report.diagnostics);
    let d = w310[0];
    let pl_ftl = lib.locales["pl"].rubrics["synth-compliance"]
        .source
        .text
        .clone();
    let line = pl_ftl
        .lines()
        .position(|l| l.starts_with(&format!("{rule} =")))
        .unwrap()
        + 1;
    assert_eq!(
        d.file,
        Path::new("lib/locales/pl/rubrics/synth-compliance.ftl")
    );
    assert_eq!(d.line, line, "{d:?}");
    assert!(
        d.message.contains(&rule) && d.message.contains("English"),
        "{}",
        d.message
    );
    assert!(d.help.as_deref().unwrap_or("").contains(".citation"));
    // The citation is an attribute the checker knows: no W304 for it in English.
    assert!(
        !report
            .diagnostics
            .iter()
            .any(|d| d.code == "W304" && d.message.contains("citation")),
        "{:#?}",
        report.diagnostics
    );
}
