//! `callcoach voice render | line`: a scenario's lines as audio for trainers. The core decides
//! the words, the voice, the cache key and where recorded lines live
//! (`callcoach_core::voice`); this file runs espeak-ng and copies files.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::Library;
use callcoach_core::records::store;
use callcoach_core::voice::render::{self, Synthesis, audio_seconds, cache_path, wav_info};
use callcoach_core::voice::{Speech, VoiceBook, VoiceLine, voice_lines};

use super::library::with_scenario;
use super::out::Out;
use super::play::agent_name;
use super::{VoiceLineArgs, VoiceRenderArgs};

/// The synthesiser's program name.
const ESPEAK: &str = "espeak-ng";

/// Where a line's audio came from.
enum Source {
    Recorded(PathBuf),
    Cached(PathBuf),
    Synthesised(PathBuf),
}

/// Everything a verb needs to voice a scenario's lines in one language.
struct Voicing<'a> {
    lib: &'a Library,
    sc: &'a CompiledScenario,
    lang: &'a str,
    book: VoiceBook,
    engine: String,
    data: PathBuf,
}

/// The espeak-ng version (`1.51`), part of every cache key; an error that says how to install
/// it when it is missing.
fn espeak_version() -> Result<String, String> {
    let out = Command::new(ESPEAK)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            format!("cannot run {ESPEAK} ({e}): install it with `apt-get install espeak-ng` (scripts/setup-debian.sh does)")
        })?;
    let text = String::from_utf8_lossy(&out.stdout);
    // "eSpeak NG text-to-speech: 1.51  Data at: …"
    let version = text
        .split(':')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or("unknown")
        .to_string();
    Ok(version)
}

impl<'a> Voicing<'a> {
    fn new(
        lib: &'a Library,
        sc: &'a CompiledScenario,
        lang: &'a str,
        data_dir: Option<&Path>,
    ) -> Result<Voicing<'a>, String> {
        let book = VoiceBook::load(&lib.root).map_err(|e| {
            format!(
                "{}:{}:{}: {} (fix the voice book, docs/voice.md)",
                e.path.display(),
                e.line,
                e.col,
                e.message
            )
        })?;
        Ok(Voicing {
            lib,
            sc,
            lang,
            book,
            engine: espeak_version()?,
            data: store::data_dir(data_dir),
        })
    }

    /// [`Voicing::new`] and its [`lines`](Voicing::lines): what both verbs start from.
    fn with_lines(
        lib: &'a Library,
        sc: &'a CompiledScenario,
        lang: &'a str,
        data_dir: Option<&Path>,
        agent: Option<&str>,
    ) -> Result<(Voicing<'a>, Vec<VoiceLine>), String> {
        let v = Voicing::new(lib, sc, lang, data_dir)?;
        let lines = v.lines(agent)?;
        Ok((v, lines))
    }

    fn lines(&self, agent: Option<&str>) -> Result<Vec<VoiceLine>, String> {
        let speech = Speech::for_call(self.lang, self.sc.source.jurisdiction).ok_or_else(|| {
            format!(
                "no spoken forms for language \"{}\" (callcoach speaks en and pl)",
                self.lang
            )
        })?;
        let loc = Localiser::new(self.lib);
        if !loc.languages().contains(&self.lang) {
            return Err(format!("the library has no locales/{}/", self.lang));
        }
        let agent = agent_name(agent, &loc, self.lang);
        Ok(voice_lines(&loc, self.lang, self.sc, &agent, speech))
    }

    /// The line's synthesis: its character's voice at the scenario's starting mood.
    fn synthesis(&self, line: &VoiceLine) -> Result<Synthesis, String> {
        let voice = self
            .book
            .voice(self.lang, &self.sc.source, &line.character)
            .ok_or_else(|| {
                format!(
                    "{}: no voice for \"{}\" in {} (add one to voice/voices.ron)",
                    line.message, line.character, self.lang
                )
            })?;
        let p = &self.book.prosody;
        let mood = self
            .sc
            .source
            .state
            .get(&p.variable)
            .copied()
            .unwrap_or(p.neutral);
        Ok(Synthesis {
            voice: voice.at_mood(mood, p),
            text: line.spoken.text.clone(),
        })
    }

    /// The audio of a line: recorded by a trainer, else from the cache, else synthesised into
    /// the cache.
    fn audio(&self, line: &VoiceLine) -> Result<Source, String> {
        if let Some(path) = render::recorded(&self.lib.root, self.lang, &self.sc.id, &line.message)
        {
            return Ok(Source::Recorded(path));
        }
        let synth = self.synthesis(line)?;
        let key = synth.cache_key(&self.engine);
        let path = cache_path(&self.data, &key);
        if fs::read(&path).is_ok_and(|b| wav_info(&b).is_ok_and(|w| w.data_len > 0)) {
            return Ok(Source::Cached(path));
        }
        let dir = path.parent().unwrap_or(&self.data);
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let tmp = dir.join(format!("{key}.{}.tmp", std::process::id()));
        let result = speak(&synth, Some(&tmp)).and_then(|()| {
            let bytes = fs::read(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
            let info = wav_info(&bytes).map_err(|e| format!("{ESPEAK} wrote no WAV: {e}"))?;
            if info.data_len == 0 {
                return Err(format!("{ESPEAK} wrote no audio for {}", line.message));
            }
            fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))
        });
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map(|()| Source::Synthesised(path))
    }
}

/// Runs espeak-ng on a line: into `out` as a WAV, or to the sound device. The words go on
/// standard input, never on the command line.
fn speak(synth: &Synthesis, out: Option<&Path>) -> Result<(), String> {
    let mut args = match out {
        Some(path) => synth.espeak_args(path),
        None => {
            let mut a = synth.espeak_args(Path::new(""));
            // Drop "-w <file>": speak aloud.
            let at = a.iter().position(|x| x == "-w").unwrap_or(a.len());
            a.drain(at..(at + 2).min(a.len()));
            a
        }
    };
    args.insert(0, "-b".into());
    args.insert(1, "1".into()); // the words are UTF-8
    let mut child = Command::new(ESPEAK)
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {ESPEAK}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(synth.text.as_bytes())
            .map_err(|e| format!("{ESPEAK}: {e}"))?;
    }
    let done = child
        .wait_with_output()
        .map_err(|e| format!("{ESPEAK}: {e}"))?;
    if !done.status.success() {
        return Err(format!(
            "{ESPEAK} failed ({}): {}",
            done.status,
            String::from_utf8_lossy(&done.stderr).trim()
        ));
    }
    Ok(())
}

fn seconds_of(path: &Path) -> Option<f64> {
    fs::read(path).ok().and_then(|b| audio_seconds(&b).ok())
}

/// `voice render`: one audio file per line in `--out`, named by its message id.
pub fn render(library: Option<&Path>, data_dir: Option<&Path>, args: &VoiceRenderArgs) -> i32 {
    with_scenario(library, &args.scenario, |lib, sc| {
        let (v, lines) =
            match Voicing::with_lines(lib, &sc, &args.lang, data_dir, args.agent.as_deref()) {
                Ok(voiced) => voiced,
                Err(e) => {
                    eprintln!("error: {e}");
                    return 2;
                }
            };
        if let Err(e) = fs::create_dir_all(&args.out) {
            eprintln!("error: {}: {e}", args.out.display());
            return 1;
        }
        let mut out = Out::stdout("the rendered lines");
        let (mut recorded, mut cached, mut made, mut failed) = (0, 0, 0, 0);
        for line in &lines {
            for p in line.problems() {
                eprintln!(
                    "warning: {} {}: {} (give it a {}-spoken message)",
                    sc.id, line.message, p.what, line.message
                );
            }
            let source = match v.audio(line) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: {e}");
                    failed += 1;
                    continue;
                }
            };
            let (from, how) = match &source {
                Source::Recorded(p) => {
                    recorded += 1;
                    (p, "recorded")
                }
                Source::Cached(p) => {
                    cached += 1;
                    (p, "cached")
                }
                Source::Synthesised(p) => {
                    made += 1;
                    (p, "synthesised")
                }
            };
            let ext = from.extension().and_then(|e| e.to_str()).unwrap_or("wav");
            let to = args.out.join(format!("{}.{ext}", line.message));
            if let Err(e) = fs::copy(from, &to) {
                eprintln!("error: {}: {e}", to.display());
                failed += 1;
                continue;
            }
            let secs = seconds_of(&to).unwrap_or(0.0);
            let _ = writeln!(
                out,
                "{}\t{secs:.1} s\t{how}\t{}",
                to.display(),
                line.character
            );
        }
        let _ = writeln!(
            out,
            "{} lines of {} in {}: {made} synthesised, {cached} from the cache, {recorded} recorded{}",
            lines.len(),
            sc.id,
            args.lang,
            if failed > 0 {
                format!(", {failed} failed")
            } else {
                String::new()
            }
        );
        out.finish(if failed > 0 { 1 } else { 0 })
    })
}

/// `voice line`: one line's words and voice; `--out` writes its audio, `--play` says it.
pub fn line(library: Option<&Path>, data_dir: Option<&Path>, args: &VoiceLineArgs) -> i32 {
    with_scenario(library, &args.scenario, |lib, sc| {
        let (v, lines) =
            match Voicing::with_lines(lib, &sc, &args.lang, data_dir, args.agent.as_deref()) {
                Ok(voiced) => voiced,
                Err(e) => {
                    eprintln!("error: {e}");
                    return 2;
                }
            };
        let Some(line) = lines.iter().find(|l| l.message == args.message) else {
            let ids: Vec<&str> = lines.iter().map(|l| l.message.as_str()).collect();
            eprintln!(
                "error: no line \"{}\" in {} (its lines: {})",
                args.message,
                sc.id,
                ids.join(", ")
            );
            return 2;
        };
        let synth = match v.synthesis(line) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        };
        let mut out = Out::stdout("the line");
        let _ = writeln!(out, "written: {}", line.written);
        let _ = writeln!(
            out,
            "spoken{}: {}",
            if line.overridden {
                format!(" ({}-spoken)", line.message)
            } else {
                String::new()
            },
            synth.text
        );
        let _ = writeln!(
            out,
            "voice: {} at {} words a minute, pitch {} ({})",
            synth.voice_arg(),
            synth.voice.rate,
            synth.voice.pitch,
            line.character
        );
        for p in line.problems() {
            let _ = writeln!(out, "problem: {}", p.what);
        }
        if let Some(to) = &args.out {
            match v.audio(line) {
                Ok(Source::Recorded(p) | Source::Cached(p) | Source::Synthesised(p)) => {
                    if let Err(e) = fs::copy(&p, to) {
                        eprintln!("error: {}: {e}", to.display());
                        return 1;
                    }
                    let secs = seconds_of(to).unwrap_or(0.0);
                    let _ = writeln!(out, "wrote {} ({secs:.1} s)", to.display());
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    return 1;
                }
            }
        }
        if args.play
            && let Err(e) = speak(&synth, None)
        {
            eprintln!("error: {e}");
            return 1;
        }
        out.finish(0)
    })
}
