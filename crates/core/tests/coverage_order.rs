//! Coverage respects order: a choice exercises a rule only where it can still decide it. On
//! the generated library (8 nodes): `n0-0.threaten` comes before the `hardship` event, so it
//! never decides `NeverAfter("hardship", "threat")` (S-05) though it decides `Never("threat")`
//! (S-02); a second threat reached only through the first never decides S-02.

use std::path::Path;

use callcoach_core::check::{Scope, check};
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, Spec};

#[test]
fn a_choice_that_cannot_decide_a_rule_does_not_exercise_it() {
    let mut files = synth::files(&Spec::new(8));
    for f in &mut files {
        let text = String::from_utf8(f.bytes.clone()).unwrap();
        let text = if f.path.ends_with("synth.ron") {
            // n1-1 is reached only by `threaten`: a threat there comes after one already made.
            let anchor = "        \"n1-1\": Say(\n            effects: {\"mood\": -5},\n            choices: [\n";
            assert!(text.contains(anchor), "{text}");
            text.replace(
                anchor,
                &format!(
                    "{anchor}                (id: \"again\", tags: [\"threat\"], next: \"n2-0\"),\n"
                ),
            )
        } else if f.path.ends_with("synth.ftl") {
            text.lines()
                .map(|l| {
                    if l.starts_with("n1-1 = ") {
                        format!("{l}\n    .again = Again.\n")
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect()
        } else {
            continue;
        };
        f.bytes = text.into_bytes();
    }
    let lib = Library::from_files(Path::new("lib"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    let of = |rule: &str| report.coverage[&format!("synth-compliance/{rule}")].clone();
    let threaten = "synth: n0-0.threaten".to_string();
    let again = "synth: n1-1.again".to_string();
    assert!(of("S-02").contains(&threaten), "{:?}", of("S-02"));
    assert!(!of("S-02").contains(&again), "{:?}", of("S-02"));
    assert!(!of("S-05").contains(&threaten), "{:?}", of("S-05"));
    // After the hardship event a threat still decides S-05, wherever the graph allows one.
    let after_hardship: Vec<_> = of("S-05");
    assert!(
        after_hardship
            .iter()
            .all(|c| !c.starts_with("synth: n0-0.")),
        "{after_hardship:?}"
    );
}
