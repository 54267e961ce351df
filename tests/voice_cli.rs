//! `callcoach voice render` and `voice line` with the real espeak-ng: one WAV per line of the
//! other side, named by message id, of a length that follows the words; the cache; recorded
//! lines winning over synthesis; clear errors.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use callcoach_core::check::{self, Scope};
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::voice::render::{expected_seconds, wav_info};
use callcoach_core::voice::{Speech, VoiceBook, voice_lines};
use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

/// The lines `voice render` must write for a scenario: (message id, words, words a minute).
fn expected_lines(root: &Path, id: &str, lang: &str) -> Vec<(String, String, u16)> {
    let library = Library::load(root);
    let report = check::check(&library, &Scope::Scenarios(vec![id.into()]), DEFAULT_BUDGET);
    let sc = report.compiled.get(id).expect("compiles");
    let loc = Localiser::new(&library);
    let book = VoiceBook::load(root).unwrap();
    let speech = Speech::for_call(lang, sc.source.jurisdiction).unwrap();
    let agent = loc.ui(lang, "default-agent-name", None, None).text;
    voice_lines(&loc, lang, sc, &agent, speech)
        .into_iter()
        .map(|l| {
            let voice = book.voice(lang, &sc.source, &l.character).unwrap();
            let mood = sc.source.state.get("mood").copied().unwrap_or(50);
            let rate = voice.at_mood(mood, &book.prosody).rate;
            (l.message, l.spoken.text, rate)
        })
        .collect()
}

fn render(scenario: &str, lang: &str, data: &Path, out: &Path) -> std::process::Output {
    callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.to_str().unwrap(),
        "voice",
        "render",
        scenario,
        "--lang",
        lang,
        "--out",
        out.to_str().unwrap(),
    ])
}

#[test]
fn render_writes_one_wav_per_line_as_long_as_its_words_in_english_and_polish() {
    for (scenario, lang) in [("job-loss-hardship", "en"), ("pl-widow-hardship", "pl")] {
        let tmp = tempfile::tempdir().unwrap();
        let (data, out) = (tmp.path().join("data"), tmp.path().join("out"));
        let run = render(scenario, lang, &data, &out);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        let expected = expected_lines(&shipped(), scenario, lang);
        assert!(expected.len() >= 10, "{scenario}: {} lines", expected.len());
        let written: BTreeSet<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let wanted: BTreeSet<String> = expected
            .iter()
            .map(|(m, _, _)| format!("{m}.wav"))
            .collect();
        assert_eq!(
            written, wanted,
            "{scenario} {lang}: one WAV per line, named by message id"
        );
        let mut lengths = Vec::new();
        for (message, words, rate) in &expected {
            let bytes = fs::read(out.join(format!("{message}.wav"))).unwrap();
            let info = wav_info(&bytes).unwrap_or_else(|e| panic!("{message}: {e}"));
            assert!(
                info.data_len > 0 && info.sample_rate > 0,
                "{message}: empty"
            );
            let secs = info.seconds();
            let want = expected_seconds(words, *rate);
            // espeak-ng pauses at punctuation and reads long words slowly: within a factor.
            assert!(
                secs > want * 0.4 && secs < want * 2.5 + 0.5,
                "{scenario} {lang} {message}: {secs:.2} s for {} words at {rate} wpm (about {want:.2} s)",
                words.split_whitespace().count()
            );
            lengths.push((words.split_whitespace().count(), secs));
        }
        lengths.sort_by_key(|l| l.0);
        let (short, long) = (lengths[0], lengths[lengths.len() - 1]);
        assert!(long.1 > short.1 * 2.0, "{scenario}: {short:?} vs {long:?}");
        assert!(
            stdout(&run).contains(&format!("{} synthesised, 0 from the cache", expected.len()))
        );

        // Again: every line from the cache, the same bytes.
        let out2 = tmp.path().join("out2");
        let again = render(scenario, lang, &data, &out2);
        assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
        assert!(
            stdout(&again).contains(&format!("0 synthesised, {} from the cache", expected.len())),
            "{}",
            stdout(&again)
        );
        for (message, _, _) in &expected {
            let f = format!("{message}.wav");
            assert_eq!(
                fs::read(out.join(&f)).unwrap(),
                fs::read(out2.join(&f)).unwrap()
            );
        }
        let cached = walk_files(&data.join("cache").join("voice"));
        assert_eq!(
            cached,
            expected.len(),
            "one cache file per line, nothing else"
        );
    }
}

fn walk_files(dir: &Path) -> usize {
    fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| {
                let p = e.unwrap().path();
                if p.is_dir() { walk_files(&p) } else { 1 }
            })
            .sum()
        })
        .unwrap_or(0)
}

fn tiny_wav(seconds: f64) -> Vec<u8> {
    let rate = 8000u32;
    let data = vec![0u8; (f64::from(rate) * seconds) as usize * 2];
    let mut wav = Vec::new();
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    for v in [1u16, 1] {
        wav.extend_from_slice(&v.to_le_bytes());
    }
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&(rate * 2).to_le_bytes());
    for v in [2u16, 16] {
        wav.extend_from_slice(&v.to_le_bytes());
    }
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
    wav.extend_from_slice(&data);
    wav
}

#[test]
fn a_recorded_line_wins_over_synthesis() {
    let root = library_copy();
    fs::create_dir_all(root.path().join("voice/pl/pl-widow-hardship")).unwrap();
    fs::copy(
        shipped().join("voice/voices.ron"),
        root.path().join("voice/voices.ron"),
    )
    .unwrap();
    let recorded = tiny_wav(1.5);
    fs::write(
        root.path().join("voice/pl/pl-widow-hardship/opening.wav"),
        &recorded,
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = callcoach(&[
        "--library",
        root.path().to_str().unwrap(),
        "--data-dir",
        tmp.path().join("data").to_str().unwrap(),
        "voice",
        "render",
        "pl-widow-hardship",
        "--lang",
        "pl",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(fs::read(out.join("opening.wav")).unwrap(), recorded);
    assert_ne!(fs::read(out.join("opening-v2.wav")).unwrap(), recorded);
    assert!(stdout(&run).contains("1 recorded"), "{}", stdout(&run));
    assert!(
        stdout(&run).contains("opening.wav\t1.5 s\trecorded"),
        "{}",
        stdout(&run)
    );
}

#[test]
fn voice_line_says_the_words_and_writes_the_audio() {
    let tmp = tempfile::tempdir().unwrap();
    let wav = tmp.path().join("budget.wav");
    let run = callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        tmp.path().join("data").to_str().unwrap(),
        "voice",
        "line",
        "pl-widow-hardship",
        "budget",
        "--lang",
        "pl",
        "--out",
        wav.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = stdout(&run);
    assert!(
        text.contains("written: Renta rodzinna to 2900 zł."),
        "{text}"
    );
    assert!(
        text.contains("spoken: Renta rodzinna to dwa tysiące dziewięćset złotych."),
        "{text}"
    );
    assert!(text.contains("voice: pl+f1"), "{text}");
    assert!(wav_info(&fs::read(&wav).unwrap()).unwrap().seconds() > 3.0);

    let en = callcoach(&[
        "--library",
        &lib(),
        "voice",
        "line",
        "job-loss-hardship",
        "dana-refuses",
        "--lang",
        "en",
    ]);
    assert_eq!(en.status.code(), Some(0), "{}", stderr(&en));
    assert!(
        !stdout(&en).contains('{'),
        "sample terms fill the line: {}",
        stdout(&en)
    );
    assert!(stdout(&en).contains("dollars"), "{}", stdout(&en));

    let missing = callcoach(&[
        "--library",
        &lib(),
        "voice",
        "line",
        "pl-widow-hardship",
        "nope",
        "--lang",
        "pl",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no line \"nope\""),
        "{}",
        stderr(&missing)
    );
    assert!(
        stderr(&missing).contains("opening-v2"),
        "the error lists the lines"
    );

    let german = callcoach(&[
        "--library",
        &lib(),
        "voice",
        "line",
        "pl-widow-hardship",
        "opening",
        "--lang",
        "de",
    ]);
    assert_eq!(german.status.code(), Some(2));
    assert!(
        stderr(&german).contains("no spoken forms for language \"de\""),
        "{}",
        stderr(&german)
    );
}

#[test]
fn without_espeak_ng_the_error_says_how_to_install_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_callcoach"))
        .args([
            "--library",
            &lib(),
            "--data-dir",
            tmp.path().to_str().unwrap(),
        ])
        .args([
            "voice",
            "render",
            "pl-widow-hardship",
            "--lang",
            "pl",
            "--out",
        ])
        .arg(tmp.path().join("out"))
        .env("PATH", tmp.path())
        .env_remove("CALLCOACH_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("apt-get install espeak-ng"),
        "{}",
        stderr(&out)
    );
    assert!(!tmp.path().join("out").exists(), "nothing written");
}
