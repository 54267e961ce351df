//! `E7xx`: the voices of a library that has a `voice/` folder (a library without one is
//! silent by design and gets none of these). The voice book reads (E701); every character
//! has a voice in every language (W702); every line can be put into words (W703); recorded
//! lines: missing where a scenario's lines are partly recorded (W704), orphaned (W705),
//! unreadable (E706), far longer than their line (W707).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use crate::compile::CompiledScenario;
use crate::compile::Locator;
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::fs::read_capped_no_follow;
use crate::content::l10n::Localiser;
use crate::content::loader::Library;
use crate::voice::render::{RECORDED_EXTENSIONS, audio_seconds, expected_seconds, recorded_dir};
use crate::voice::voices::{DEFAULT_RATE, VOICES_FILE};
use crate::voice::{Speech, VoiceBook, voice_lines};

/// The largest recorded line read (a minute of CD-quality stereo is about 10 MiB).
const MAX_AUDIO_FILE: u64 = 64 * 1024 * 1024;
/// A recording is "far longer" than its line beyond this many times the line's words at its
/// voice's rate, plus [`SLACK_SECONDS`].
const TOO_LONG_FACTOR: f64 = 3.0;
const SLACK_SECONDS: f64 = 2.0;

/// Checks the voices of the compiled scenarios (`whole`: also recordings of scenarios the
/// library does not have).
pub(super) fn check_voices(
    lib: &Library,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
    whole: bool,
    d: &mut Vec<Diagnostic>,
) {
    if !lib.root.join("voice").is_dir() {
        return;
    }
    let book = match VoiceBook::load(&lib.root) {
        Ok(b) => b,
        Err(e) => {
            let path = lib.root.join(VOICES_FILE);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let source = SourceText::new(&path, text);
            let diag = if e.line > 0 {
                let at = source.offset_of(e.line, e.col);
                codes::at("E701", &source, at..at, e.message)
            } else {
                codes::file("E701", &path, e.message)
            };
            d.push(diag.help("see docs/voice.md for the voice book's fields"));
            return;
        }
    };
    let loc = Localiser::new(lib);
    let langs: Vec<String> = lib.locales.keys().cloned().collect();
    for sc in compiled.values() {
        let Some(loaded) = lib.scenario(&sc.id) else {
            continue;
        };
        let locator = Locator::new(&loaded.source);
        let mut unvoiced: BTreeSet<(String, String)> = BTreeSet::new();
        for lang in &langs {
            let Some(ftl) = lib.locales[lang].scenarios.get(&sc.id) else {
                continue;
            };
            let Some(speech) = Speech::for_call(lang, sc.source.jurisdiction) else {
                d.push(
                    codes::file(
                        "W703",
                        &ftl.source.path,
                        format!(
                            "callcoach cannot put numbers, money and dates into words in \"{lang}\""
                        ),
                    )
                    .help("spoken forms exist for en and pl (docs/voice.md)"),
                );
                continue;
            };
            let dir = recorded_dir(&lib.root, lang, &sc.id);
            let lines = voice_lines(&loc, lang, sc, "", speech);
            let recorded_any = dir.is_dir();
            let mut ids = BTreeSet::new();
            for line in &lines {
                ids.insert(line.message.clone());
                let voice = book.voice(lang, &sc.source, &line.character);
                if voice.is_none() && unvoiced.insert((line.character.clone(), lang.clone())) {
                    let span = character_span(&locator, sc, line.node, &line.character);
                    d.push(
                        codes::at(
                            "W702",
                            &loaded.source,
                            span,
                            format!("\"{}\" has no voice in {lang}", line.character),
                        )
                        .help(format!(
                            "give the language a default voice in {VOICES_FILE} (`languages: {{\"{lang}\": (voice: …)}}`) or the character one"
                        )),
                    );
                }
                let message = if line.overridden {
                    format!("{}-spoken", line.message)
                } else {
                    line.message.clone()
                };
                let span = message_span(&ftl.source, &message);
                for p in line.problems() {
                    d.push(
                        codes::at(
                            "W703",
                            &ftl.source,
                            span.clone(),
                            format!(
                                "line \"{}\" cannot be said as written: {}",
                                line.message, p.what
                            ),
                        )
                        .help(format!(
                            "write the words as they are said in a message `{}-spoken`",
                            line.message
                        )),
                    );
                }
                match crate::voice::render::recorded(&lib.root, lang, &sc.id, &line.message) {
                    Some(path) => {
                        let rate = voice.map_or(DEFAULT_RATE, |v| v.rate);
                        check_recording(&path, &line.spoken.text, rate, d);
                    }
                    None if recorded_any => d.push(
                        codes::at(
                            "W704",
                            &ftl.source,
                            span,
                            format!(
                                "line \"{}\" has no recording in {} while others do",
                                line.message,
                                dir.display()
                            ),
                        )
                        .help(format!(
                            "record it as {}/{}.ogg (or .wav), or it is synthesised",
                            dir.display(),
                            line.message
                        )),
                    ),
                    None => {}
                }
            }
            orphans(&dir, &ids, d);
        }
    }
    if whole {
        orphan_scenarios(lib, &langs, d);
    }
}

/// Where a character is named: the node's `speaker:` value, else the scenario's `debtor:`.
fn character_span(
    locator: &Locator,
    sc: &CompiledScenario,
    node: u32,
    character: &str,
) -> Range<usize> {
    let node_span = locator
        .node(&sc.nodes[node as usize].id)
        .unwrap_or_else(|| locator.field("debtor"));
    if sc.nodes[node as usize].speaker.is_some() {
        let extent = locator.node_extent(&sc.source, node_index_in_source(sc, node));
        let found = locator.text_in(&format!("\"{character}\""), &extent);
        if !found.is_empty() {
            return found;
        }
        return node_span;
    }
    locator.field("debtor")
}

/// The index of a compiled node among the source's nodes (same order: compiled in the order
/// written).
fn node_index_in_source(sc: &CompiledScenario, node: u32) -> usize {
    let id = &sc.nodes[node as usize].id;
    sc.source
        .nodes
        .0
        .iter()
        .position(|(k, _)| k == id)
        .unwrap_or(0)
}

/// The span of a message's id in a Fluent file (the file's start when absent: English
/// standing in).
fn message_span(source: &SourceText, id: &str) -> Range<usize> {
    let text = &source.text;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return at..at + id.len();
        }
        at += line.len();
    }
    0..0
}

/// E706 for a recording that cannot be read, W707 for one far longer than its line.
fn check_recording(path: &Path, words: &str, rate: u16, d: &mut Vec<Diagnostic>) {
    let seconds = read_capped_no_follow(path, MAX_AUDIO_FILE)
        .map_err(|e| e.to_string())
        .and_then(|bytes| audio_seconds(&bytes));
    match seconds {
        Err(e) => d.push(
            codes::file("E706", path, format!("recorded line cannot be read: {e}"))
                .help("export it again as WAV (PCM) or Ogg Vorbis/Opus"),
        ),
        Ok(secs) => {
            let want = expected_seconds(words, rate);
            if secs > want * TOO_LONG_FACTOR + SLACK_SECONDS {
                d.push(
                    codes::file(
                        "W707",
                        path,
                        format!(
                            "recorded line lasts {secs:.1} s, far longer than its {} words (about {want:.1} s)",
                            words.split_whitespace().count()
                        ),
                    )
                    .help("trim the silence, or check that it is the recording of this line"),
                );
            }
        }
    }
}

/// W705 for files in a scenario's recording folder that no line has.
fn orphans(dir: &Path, ids: &BTreeSet<String>, d: &mut Vec<Diagnostic>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    names.sort();
    for path in names {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let ext = path.extension().map(|s| s.to_string_lossy().into_owned());
        let known = matches!((&stem, &ext), (Some(s), Some(e))
            if ids.contains(s) && RECORDED_EXTENSIONS.contains(&e.as_str()));
        if !known {
            d.push(
                codes::file("W705", &path, "recorded audio that no line of the scenario has")
                    .help("name it <message-id>.ogg or .wav after one of the scenario's lines, or remove it"),
            );
        }
    }
}

/// W705 for recording folders of languages or scenarios the library does not have.
fn orphan_scenarios(lib: &Library, langs: &[String], d: &mut Vec<Diagnostic>) {
    let Ok(entries) = std::fs::read_dir(lib.root.join("voice")) else {
        return;
    };
    let mut dirs: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for lang_dir in dirs {
        let lang = lang_dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned());
        if lang.as_ref().is_none_or(|l| !langs.contains(l)) {
            d.push(codes::file(
                "W705",
                &lang_dir,
                "recordings for a language the library has no locales/ folder for",
            ));
            continue;
        }
        let Ok(scenarios) = std::fs::read_dir(&lang_dir) else {
            continue;
        };
        let mut scenarios: Vec<_> = scenarios.filter_map(Result::ok).map(|e| e.path()).collect();
        scenarios.sort();
        for s in scenarios {
            let id = s.file_name().map(|n| n.to_string_lossy().into_owned());
            if s.is_dir() && id.as_ref().is_none_or(|id| lib.scenario(id).is_none()) {
                d.push(codes::file(
                    "W705",
                    &s,
                    "recordings for a scenario the library does not have",
                ));
            }
        }
    }
}
