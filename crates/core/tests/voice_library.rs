//! The shipped library's voices: every line of every scenario has a voice and a spoken form
//! in both languages, the voice book reads, and mood moves the voice as documented.

mod common;

use callcoach_core::check::{self, Scope};
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::voice::render::{Synthesis, cache_path, wav_info};
use callcoach_core::voice::voices::{Prosody, mood_deltas};
use callcoach_core::voice::{Speech, VoiceBook, voice_lines};

#[test]
fn every_shipped_line_has_a_voice_and_words_in_both_languages() {
    let lib = Library::load(&common::shipped());
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0);
    let loc = Localiser::new(&lib);
    let book = VoiceBook::load(&lib.root).expect("voice/voices.ron reads");
    assert!(report.compiled.len() >= 29);
    let mut lines = 0;
    let mut problems = Vec::new();
    for sc in report.compiled.values() {
        for lang in ["en", "pl"] {
            let speech = Speech::for_call(lang, sc.source.jurisdiction).unwrap();
            for line in voice_lines(&loc, lang, sc, "Alex", speech) {
                lines += 1;
                let voice = book.voice(lang, &sc.source, &line.character);
                assert!(
                    voice.is_some(),
                    "{} {lang} {}: no voice for {}",
                    sc.id,
                    line.message,
                    line.character
                );
                assert!(!line.spoken.text.trim().is_empty());
                // Digits left in the words are read badly by the synthesiser.
                if line.spoken.text.chars().any(|c| c.is_ascii_digit()) {
                    problems.push(format!(
                        "{} {lang} {}: {}",
                        sc.id, line.message, line.spoken.text
                    ));
                }
                for p in line.problems() {
                    problems.push(format!("{} {lang} {}: {}", sc.id, line.message, p.what));
                }
            }
        }
    }
    assert!(lines > 29 * 2 * 10, "{lines} lines");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn female_debtor_and_uk_english_come_from_the_book() {
    let lib = Library::load(&common::shipped());
    let book = VoiceBook::load(&lib.root).unwrap();
    let widow = lib
        .scenarios
        .iter()
        .find(|s| s.value.id == "pl-widow-hardship")
        .unwrap();
    let v = book.voice("pl", &widow.value, "debtor").unwrap();
    assert_eq!(
        (v.voice.as_str(), v.variant.as_deref(), v.rate),
        ("pl", Some("f1"), 140)
    );
    let uk = lib
        .scenarios
        .iter()
        .find(|s| s.value.id == "uk-bad-time")
        .unwrap();
    let v = book.voice("en", &uk.value, "husband").unwrap();
    assert_eq!(
        (v.voice.as_str(), v.variant.as_deref()),
        ("en-gb", Some("m2"))
    );
    assert_eq!(book.voice("de", &uk.value, "debtor"), None);
}

#[test]
fn a_scenarios_own_voices_win_and_an_unknown_field_is_refused() {
    let lib = Library::load(&common::shipped());
    let book = VoiceBook::load(&lib.root).unwrap();
    let mut sc = lib.scenarios[0].value.clone();
    sc.voices = callcoach_core::content::loader::ron_options()
        .from_str(r#"{"debtor": (variant: "m8", langs: {"en": (voice: "en-gb-x-rp", rate: 120)})}"#)
        .unwrap();
    let v = book.voice("en", &sc, "debtor").unwrap();
    assert_eq!(
        (v.voice.as_str(), v.variant.as_deref(), v.rate),
        ("en-gb-x-rp", Some("m8"), 120)
    );
    let v = book.voice("pl", &sc, "debtor").unwrap();
    assert_eq!((v.voice.as_str(), v.variant.as_deref()), ("pl", Some("m8")));
    let err = VoiceBook::parse("VoiceBook(languages: {}, tempo: 3)").unwrap_err();
    assert_eq!(err.line, 1);
    assert!(err.message.contains("tempo"), "{err:?}");
}

#[test]
fn mood_moves_rate_and_pitch_within_limits() {
    let p = Prosody::default();
    assert_eq!(mood_deltas(50, &p), (0, 0));
    assert_eq!(mood_deltas(30, &p), (8, 6));
    assert_eq!(mood_deltas(70, &p), (-8, -6));
    assert_eq!(mood_deltas(0, &p), (20, 15));
    assert_eq!(
        mood_deltas(-500, &p),
        (20, 15),
        "mood is clamped to 0..=100"
    );
    let p = Prosody {
        rate_per_10: 100,
        ..Prosody::default()
    };
    assert_eq!(mood_deltas(0, &p).0, 25, "max_rate bounds the change");
    let lib = Library::load(&common::shipped());
    let book = VoiceBook::load(&lib.root).unwrap();
    let v = book.voice("en", &lib.scenarios[0].value, "debtor").unwrap();
    let upset = v.at_mood(10, &book.prosody);
    assert!(upset.rate > v.rate && upset.pitch > v.pitch);
    let calm = v.at_mood(90, &book.prosody);
    assert!(calm.rate < v.rate && calm.pitch < v.pitch);
}

#[test]
fn the_cache_key_follows_every_parameter() {
    let lib = Library::load(&common::shipped());
    let book = VoiceBook::load(&lib.root).unwrap();
    let voice = book.voice("en", &lib.scenarios[0].value, "debtor").unwrap();
    let base = Synthesis {
        voice: voice.clone(),
        text: "Hello?".to_string(),
    };
    let key = base.cache_key("1.51");
    assert_eq!(key.len(), 64);
    assert_eq!(key, base.clone().cache_key("1.51"), "stable");
    let mut keys = vec![key.clone(), base.cache_key("1.52")];
    let mut other = base.clone();
    other.text = "Hello!".to_string();
    keys.push(other.cache_key("1.51"));
    for f in 0..3 {
        let mut o = base.clone();
        match f {
            0 => o.voice.rate += 1,
            1 => o.voice.pitch += 1,
            _ => o.voice.variant = None,
        }
        keys.push(o.cache_key("1.51"));
    }
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "every change is a new key");
    let p = cache_path(std::path::Path::new("/data"), &key);
    assert!(p.starts_with("/data/cache/voice"));
    assert!(p.to_string_lossy().ends_with(".wav"));
    let args: Vec<String> = base
        .espeak_args(std::path::Path::new("/tmp/x.wav"))
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    assert!(args.contains(&"--stdin".to_string()));
    assert!(
        !args.iter().any(|a| a.contains("Hello")),
        "the words go on stdin"
    );
}

#[test]
fn wav_headers_are_read_and_bad_ones_refused() {
    // 16 kHz mono 16-bit, half a second.
    let mut wav = Vec::new();
    let data = vec![0u8; 16_000];
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes());
    wav.extend_from_slice(&16_000u32.to_le_bytes());
    wav.extend_from_slice(&32_000u32.to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
    wav.extend_from_slice(&data);
    let info = wav_info(&wav).unwrap();
    assert!((info.seconds() - 0.5).abs() < 1e-9);
    assert!(wav_info(b"RIFF\0\0\0\0WAVE").is_err());
    assert!(wav_info(b"OggS").is_err());
    assert!(wav_info(&wav[..30]).is_err());
}

#[test]
fn voicing_the_whole_library_is_quick() {
    let lib = Library::load(&common::shipped());
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    let started = std::time::Instant::now();
    let loc = Localiser::new(&lib);
    let mut lines = 0;
    for sc in report.compiled.values() {
        for lang in ["en", "pl"] {
            let speech = Speech::for_call(lang, sc.source.jurisdiction).unwrap();
            lines += voice_lines(&loc, lang, sc, "", speech).len();
        }
    }
    let took = started.elapsed();
    eprintln!("voice lines of the library: {lines} lines in {took:?}");
    // Generous for a loaded debug build; the checker runs this on every check.
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
}
