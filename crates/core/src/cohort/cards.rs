//! What a shell needs to show the library to a trainee: one card per scenario (playable or
//! broken, with the reasons) and the trainee's best result so far, read from session records.
//!
//! Also the rule for hot reload: which compiled scenarios to keep when an edit breaks one
//! ([`keep_last_good`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::check::Checked;
use crate::compile::CompiledScenario;
use crate::content::diagnostic::Diagnostic;
use crate::content::loader::Library;
use crate::content::model::{Difficulty, Jurisdiction};
use crate::records::record::{self, SessionRecord};
use crate::records::store;

/// One scenario as the library screen shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The scenario id (the file stem when the file did not parse).
    pub id: String,
    pub file: PathBuf,
    /// `None` when the file did not parse.
    pub difficulty: Option<Difficulty>,
    pub jurisdiction: Option<Jurisdiction>,
    /// The persona key (`persona-<key>` in `ui.ftl`).
    pub persona: Option<String>,
    /// Errors that make the current version unplayable (empty when it is fine).
    pub errors: Vec<Diagnostic>,
}

impl Card {
    pub fn is_broken(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// The cards of a checked library, sorted by id: every scenario that parsed, and every
/// scenario file that did not (as broken, with its load errors).
pub fn cards(lib: &Library, report: &Checked) -> Vec<Card> {
    let errors_in = |file: &Path| -> Vec<Diagnostic> {
        report
            .diagnostics
            .iter()
            .filter(|d| d.is_error() && d.file == file)
            .cloned()
            .collect()
    };
    let mut out: BTreeMap<String, Card> = BTreeMap::new();
    for loaded in &lib.scenarios {
        let sc = &loaded.value;
        let mut errors = errors_in(&loaded.source.path);
        if errors.is_empty() && !report.compiled.contains_key(&sc.id) {
            // Not compiled but no error in its own file: a rubric or tag problem elsewhere.
            errors = report
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .take(3)
                .cloned()
                .collect();
        }
        out.insert(
            sc.id.clone(),
            Card {
                id: sc.id.clone(),
                file: loaded.source.path.clone(),
                difficulty: Some(sc.difficulty),
                jurisdiction: Some(sc.jurisdiction),
                persona: Some(sc.persona.clone()),
                errors,
            },
        );
    }
    for (stem, path) in &lib.broken_scenarios {
        let mut errors = errors_in(path);
        if errors.is_empty() {
            errors.push(Diagnostic::file(
                crate::content::diagnostic::Level::Error,
                "E001",
                path,
                "the file could not be loaded",
            ));
        }
        out.entry(stem.clone()).or_insert(Card {
            id: stem.clone(),
            file: path.clone(),
            difficulty: None,
            jurisdiction: None,
            persona: None,
            errors,
        });
    }
    out.into_values().collect()
}

/// The scenarios a trainee may play after a (re)check: the new compiled version of every
/// scenario whose card has no error, and the previous version of every scenario an edit broke.
pub fn keep_last_good(
    previous: &BTreeMap<String, Arc<CompiledScenario>>,
    report: &Checked,
    cards: &[Card],
) -> BTreeMap<String, Arc<CompiledScenario>> {
    let mut out = BTreeMap::new();
    for card in cards {
        let fresh = report.compiled.get(&card.id).filter(|_| !card.is_broken());
        if let Some(sc) = fresh.or_else(|| previous.get(&card.id)) {
            out.insert(card.id.clone(), Arc::clone(sc));
        }
    }
    out
}

/// A trainee's best result on one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Best {
    /// The best overall score (0..=100).
    pub overall: u8,
    /// Whether any attempt passed.
    pub passed: bool,
    pub attempts: u32,
}

/// The trainee's best result per scenario id, from already-read records.
pub fn best_by_scenario<'a>(
    records: impl IntoIterator<Item = &'a SessionRecord>,
    trainee: &str,
) -> BTreeMap<String, Best> {
    let key = record::slug(trainee);
    let mut out: BTreeMap<String, Best> = BTreeMap::new();
    for r in records {
        if record::slug(&r.meta.trainee) != key {
            continue;
        }
        let e = out.entry(r.meta.scenario.clone()).or_insert(Best {
            overall: 0,
            passed: false,
            attempts: 0,
        });
        e.overall = e.overall.max(r.scores.overall);
        e.passed |= r.passed;
        e.attempts += 1;
    }
    out
}

/// The trainee's best result per scenario, reading every record under the data folder
/// (unreadable files, or a `records/` folder that cannot be listed, are skipped: reports and
/// the dashboard flag them).
pub fn best_scores(data: &Path, trainee: &str) -> BTreeMap<String, Best> {
    let records: Vec<SessionRecord> = store::record_files(data)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| store::read_record(p).ok())
        .collect();
    best_by_scenario(&records, trainee)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Scope, check};
    use crate::content::loader::RawFile;
    use crate::engine::runner::Call;
    use crate::records::record::{SessionMeta, make_record};
    use crate::records::store::write_record;

    fn shipped_files() -> Vec<RawFile> {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let mut out = Vec::new();
        fn walk(root: &Path, dir: &Path, out: &mut Vec<RawFile>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(root, &p, out);
                } else if let Ok(bytes) = std::fs::read(&p) {
                    let path = p.strip_prefix(root).unwrap_or(&p).to_path_buf();
                    out.push(RawFile { path, bytes });
                }
            }
        }
        walk(root, &root.join("scenarios"), &mut out);
        walk(root, &root.join("locales"), &mut out);
        out
    }

    fn library(edit: impl Fn(&mut RawFile)) -> Library {
        let mut files = shipped_files();
        files.iter_mut().for_each(edit);
        Library::from_files(Path::new("lib"), files)
    }

    #[test]
    fn broken_edit_keeps_the_last_good_version_and_says_why() {
        let good = library(|_| {});
        let report = check(&good, &Scope::All, 2_000);
        let cards_good = cards(&good, &report);
        assert!(cards_good.iter().all(|c| !c.is_broken()), "{cards_good:#?}");
        let playable = keep_last_good(&BTreeMap::new(), &report, &cards_good);
        assert!(playable.contains_key("job-loss-hardship"));

        // Break the RON syntax of one scenario.
        let broken = library(|f| {
            if f.path.ends_with("job-loss-hardship.ron") {
                f.bytes = b"Scenario(id: \"job-loss-hardship\",".to_vec();
            }
        });
        let report2 = check(&broken, &Scope::All, 2_000);
        let cards2 = cards(&broken, &report2);
        let card = cards2
            .iter()
            .find(|c| c.id == "job-loss-hardship")
            .expect("broken scenario still has a card");
        assert!(card.is_broken());
        assert!(card.errors[0].line > 0, "{:?}", card.errors);
        let kept = keep_last_good(&playable, &report2, &cards2);
        assert!(Arc::ptr_eq(
            &kept["job-loss-hardship"],
            &playable["job-loss-hardship"]
        ));
        assert!(kept.contains_key("cloud-invoice-approval"));
    }

    #[test]
    fn best_scores_come_from_this_trainees_records() {
        let lib = library(|_| {});
        let report = check(&lib, &Scope::All, 2_000);
        let sc = Arc::clone(&report.compiled["job-loss-hardship"]);
        let dir = tempfile::tempdir().expect("temp dir");
        for (trainee, seed) in [("Ala Nowak", 1u64), ("Ala Nowak", 2), ("Bob", 3)] {
            let mut call = Call::new(Arc::clone(&sc), seed).expect("call starts");
            while call.prompt().is_some() {
                call.pick(0, 0).expect("pick");
            }
            let meta = SessionMeta::new(
                &sc,
                trainee,
                "en",
                seed,
                Default::default(),
                chrono::Utc::now(),
            );
            let rec = make_record(&meta, &call, None, chrono::Utc::now()).expect("over");
            write_record(dir.path(), &rec).expect("written");
        }
        let best = best_scores(dir.path(), "ala nowak");
        assert_eq!(best["job-loss-hardship"].attempts, 2);
        assert!(best_scores(dir.path(), "nobody").is_empty());
    }
}
