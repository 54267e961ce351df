//! The table of diagnostic codes (`callcoach_core::content::codes`) against the two other
//! places that name codes: the trainers' list in `docs/scenario-format.md` §6 and the core's
//! sources. A code raised but not in the table, a table row the docs disagree with, or a
//! diagnostic raised at another level than the table's fails here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use callcoach_core::check::{Scope, check};
use callcoach_core::content::codes::{self, CODES};
use callcoach_core::content::diagnostic::Level;
use callcoach_core::content::loader::{Library, RawFile};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, Spec};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `E123`-shaped word in a text (a letter E, W or N, then three digits, not inside a
/// longer word), with its byte offset.
fn code_words(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    for i in 0..bytes.len().saturating_sub(3) {
        let shaped = matches!(bytes[i], b'E' | b'W' | b'N')
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit);
        let alone = (i == 0 || !word(bytes[i - 1])) && bytes.get(i + 4).is_none_or(|&b| !word(b));
        if shaped && alone {
            out.push((i, &text[i..i + 4]));
        }
    }
    out
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
    }
}

/// The rows `| code | level | what |` of the docs' table of codes.
fn doc_rows(doc: &str) -> BTreeMap<String, (String, String)> {
    let mut rows = BTreeMap::new();
    for line in doc.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if let [code, level, what] = cells[..]
            && code_words(code) == [(0, code)]
        {
            let previous = rows.insert(code.to_string(), (level.to_string(), what.to_string()));
            assert!(previous.is_none(), "docs list {code} twice");
        }
    }
    rows
}

#[test]
fn the_docs_list_every_code_of_the_table_with_its_level_and_meaning() {
    let path = crate_dir().join("../../docs/scenario-format.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rows = doc_rows(&doc);
    let mut problems = Vec::new();
    for entry in CODES {
        match rows.get(entry.code) {
            None => problems.push(format!("{} is not in the docs' table", entry.code)),
            Some((level, what)) => {
                if level != level_name(entry.level) {
                    problems.push(format!(
                        "{}: the docs say {level}, the table {}",
                        entry.code,
                        level_name(entry.level)
                    ));
                }
                if what != entry.meaning {
                    problems.push(format!(
                        "{}: the docs say {what:?}, the table {:?}",
                        entry.code, entry.meaning
                    ));
                }
            }
        }
    }
    for (_, code) in code_words(&doc) {
        if codes::find(code).is_none() {
            problems.push(format!("the docs name {code}, which is not in the table"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `.rs` file under a folder.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The level written right before a code literal (`Level::Warning, "W107"`), if any.
fn level_written_before(source: &str, literal_start: usize) -> Option<Level> {
    let before = source[..literal_start]
        .trim_end()
        .strip_suffix(',')?
        .trim_end();
    [Level::Error, Level::Warning, Level::Note]
        .into_iter()
        .find(|level| before.ends_with(&format!("Level::{:?}", level)))
}

#[test]
fn every_code_in_the_sources_is_in_the_table_at_its_level() {
    let mut files = Vec::new();
    rust_files(&crate_dir().join("src"), &mut files);
    files.sort();
    let table = crate_dir().join("src/content/codes.rs");
    let mut problems = Vec::new();
    let mut used = Vec::new();
    for file in files.iter().filter(|f| **f != table) {
        let source = std::fs::read_to_string(file).expect("a readable source file");
        for (offset, code) in code_words(&source) {
            let literal = offset > 0
                && source[..offset].ends_with('"')
                && source[offset + 4..].starts_with('"');
            if !literal {
                continue;
            }
            used.push(code.to_string());
            let Some(entry) = codes::find(code) else {
                problems.push(format!("{}: {code} is not in the table", file.display()));
                continue;
            };
            if let Some(level) = level_written_before(&source, offset - 1)
                && level != entry.level
            {
                problems.push(format!(
                    "{}: {code} is raised as {level:?}, the table says {:?}",
                    file.display(),
                    entry.level
                ));
            }
        }
    }
    for entry in CODES {
        if !used.iter().any(|code| code == entry.code) {
            problems.push(format!(
                "{} is in the table but no source raises it",
                entry.code
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Where a file of the bad-input corpus goes in the generated library.
fn corpus_path(name: &str) -> &'static str {
    match name {
        n if n.starts_with("rubric-") => "scenarios/rubrics/synth-compliance.ron",
        n if n.starts_with("tag") => "scenarios/tags.ron",
        n if n.starts_with("polish-") => "locales/pl/scenarios/synth.ftl",
        n if n.starts_with("case-") && n.ends_with(".ftl") => "locales/en/cases/synth-case.ftl",
        n if n.starts_with("case-") => "scenarios/cases/synth-case.ron",
        n if n.starts_with("calendar-") => "scenarios/calendars/synth-days.ron",
        n if n.starts_with("ui-") => "locales/en/ui.ftl",
        n if n.ends_with(".ftl") => "locales/en/scenarios/synth.ftl",
        _ => "scenarios/synth.ron",
    }
}

#[test]
fn every_diagnostic_of_the_bad_input_corpus_has_its_table_level() {
    let corpus = crate_dir().join("tests/bad_inputs");
    // The library files of the corpus; its `records/` and `journals/` folders hold data-folder
    // cases, which give errors rather than diagnostics.
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("the bad-input corpus")
        .map(|e| e.expect("a corpus entry"))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut problems = Vec::new();
    let mut seen = 0;
    for name in &names {
        let path = corpus_path(name);
        let mut files = synth::files(&Spec::new(8));
        files.retain(|f| f.path != Path::new(path));
        files.push(RawFile {
            path: path.into(),
            bytes: std::fs::read(corpus.join(name)).expect("a corpus file"),
        });
        let lib = Library::from_files(Path::new("lib"), files);
        for d in check(&lib, &Scope::All, DEFAULT_BUDGET).diagnostics {
            seen += 1;
            match codes::find(d.code) {
                None => problems.push(format!("{name}: {} is not in the table", d.code)),
                Some(entry) if entry.level != d.level => problems.push(format!(
                    "{name}: {} came as {:?}, the table says {:?}",
                    d.code, d.level, entry.level
                )),
                Some(_) => {}
            }
        }
    }
    assert!(
        seen >= names.len(),
        "only {seen} diagnostics from {} files",
        names.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
