//! Arbitrary bytes as Fluent files (the scenario's English and Polish text, and the Polish
//! UI text) of an otherwise valid library: load, check, render the diagnostics, and format
//! every message through the localiser. Nothing may panic.
#![no_main]

use callcoach_core::check::{Scope, check};
use callcoach_core::content::diagnostic::render;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{Library, RawFile};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, SCENARIO_ID, Spec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = synth::files(&Spec::new(8));
    let en = format!("locales/en/scenarios/{SCENARIO_ID}.ftl");
    // The first byte picks which file the rest replaces (or adds).
    let (which, rest) = data.split_first().map_or((0, data), |(w, r)| (*w, r));
    let target = match which % 3 {
        0 => en.clone(),
        1 => format!("locales/pl/scenarios/{SCENARIO_ID}.ftl"),
        _ => "locales/pl/ui.ftl".to_string(),
    };
    files.retain(|f| f.path.to_str() != Some(target.as_str()));
    files.push(RawFile {
        path: target.into(),
        bytes: rest.to_vec(),
    });
    let lib = Library::from_files(std::path::Path::new("fuzz"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    for d in &report.diagnostics {
        assert!(d.help.is_some(), "diagnostic without help: {d:?}");
    }
    let _ = render(&report.diagnostics, &lib.sources());
    let loc = Localiser::new(&lib);
    for lang in ["en", "pl"] {
        for f in lib.locales.get(lang).iter().flat_map(|l| l.all()) {
            for entry in f.resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name;
                    let _ = loc.scenario(lang, SCENARIO_ID, id, None, None);
                    let _ = loc.ui(lang, id, None, None);
                    for a in &m.attributes {
                        let _ = loc.scenario(lang, SCENARIO_ID, id, Some(a.id.name), None);
                    }
                }
            }
        }
    }
});
