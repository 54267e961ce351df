//! Voices as data: which espeak-ng voice says each character's lines in each language, and how
//! the debtor's mood moves its rate and pitch.
//!
//! A character's voice is built in layers, each setting only what it names (later wins):
//! the language's default in `voice/voices.ron`, the jurisdiction's, the character's there
//! (`debtor`, or a node's `speaker` key), the scenario's entry there, then the scenario's own
//! `voices` entry for the character. Each layer may name per-language settings under `langs`.
//!
//! The shipped library keeps its voices in `voice/voices.ron`, not in the scenarios: a
//! scenario's RON is part of its content hash, which records pin, so a voice tweaked there
//! would make every earlier record of the scenario "version unavailable".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::fs::{MAX_CONTENT_FILE, read_capped};
use crate::content::loader::ron_options;
use crate::content::model::{Jurisdiction, Scenario};

/// The file under the library root that holds the default voices.
pub const VOICES_FILE: &str = "voice/voices.ron";
/// The character key of the debtor (a line whose node names no `speaker`).
pub const DEBTOR: &str = "debtor";

/// Voice settings one layer gives; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceParams {
    /// The espeak-ng voice (`en-us`, `en-gb`, `pl`).
    #[serde(default)]
    pub voice: Option<String>,
    /// The espeak-ng variant (`m3`, `f2`, …; see `espeak-ng --voices=variant`).
    #[serde(default)]
    pub variant: Option<String>,
    /// Words per minute (espeak-ng `-s`, 80–450).
    #[serde(default)]
    pub rate: Option<u16>,
    /// Pitch (espeak-ng `-p`, 0–99).
    #[serde(default)]
    pub pitch: Option<u8>,
}

/// A character's voice as written: settings for every language, and per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceSpec {
    /// The espeak-ng variant in every language.
    #[serde(default)]
    pub variant: Option<String>,
    /// Words per minute in every language.
    #[serde(default)]
    pub rate: Option<u16>,
    /// Pitch in every language.
    #[serde(default)]
    pub pitch: Option<u8>,
    /// Settings for one language (its voice, or a different variant, rate or pitch).
    #[serde(default)]
    pub langs: BTreeMap<String, VoiceParams>,
}

/// How mood moves a voice: below `neutral` the speaker is tenser (faster, higher), above it
/// calmer (slower, lower), by the given amounts per 10 points, within the limits.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Prosody {
    /// The state variable that holds the mood (0–100).
    pub variable: String,
    /// The mood at which the voice is as written.
    pub neutral: i32,
    /// Words per minute added per 10 points below neutral (removed above).
    pub rate_per_10: i32,
    /// Pitch added per 10 points below neutral (removed above).
    pub pitch_per_10: i32,
    /// The largest change of rate either way.
    pub max_rate: i32,
    /// The largest change of pitch either way.
    pub max_pitch: i32,
}

impl Default for Prosody {
    fn default() -> Prosody {
        Prosody {
            variable: "mood".to_string(),
            neutral: 50,
            rate_per_10: 4,
            pitch_per_10: 3,
            max_rate: 25,
            max_pitch: 15,
        }
    }
}

/// `voice/voices.ron`: the library's default voices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceBook {
    /// Each language's default voice (`"en": (voice: "en-us", rate: 165, pitch: 50)`).
    #[serde(default)]
    pub languages: BTreeMap<String, VoiceParams>,
    /// Per jurisdiction, per language (`Uk: {"en": (voice: "en-gb")}`).
    #[serde(default)]
    pub jurisdictions: BTreeMap<Jurisdiction, BTreeMap<String, VoiceParams>>,
    /// Per character key (`debtor`, `wife`, `desk`, …).
    #[serde(default)]
    pub characters: BTreeMap<String, VoiceSpec>,
    /// Per scenario id, per character (over `characters`).
    #[serde(default)]
    pub scenarios: BTreeMap<String, BTreeMap<String, VoiceSpec>>,
    /// How mood moves the voice.
    #[serde(default)]
    pub prosody: Prosody,
}

/// A voice ready for espeak-ng.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Voice {
    /// The espeak-ng voice.
    pub voice: String,
    /// The variant, if any.
    pub variant: Option<String>,
    /// Words per minute.
    pub rate: u16,
    /// Pitch, 0–99.
    pub pitch: u8,
}

/// Words per minute when no layer says.
pub const DEFAULT_RATE: u16 = 165;
/// Pitch when no layer says.
pub const DEFAULT_PITCH: u8 = 50;

fn apply(acc: &mut VoiceParams, layer: &VoiceParams) {
    if layer.voice.is_some() {
        acc.voice.clone_from(&layer.voice);
    }
    if layer.variant.is_some() {
        acc.variant.clone_from(&layer.variant);
    }
    acc.rate = layer.rate.or(acc.rate);
    acc.pitch = layer.pitch.or(acc.pitch);
}

fn apply_spec(acc: &mut VoiceParams, spec: &VoiceSpec, lang: &str) {
    apply(
        acc,
        &VoiceParams {
            voice: None,
            variant: spec.variant.clone(),
            rate: spec.rate,
            pitch: spec.pitch,
        },
    );
    if let Some(l) = spec.langs.get(lang) {
        apply(acc, l);
    }
}

/// Why the voice book could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line and column of the error (0 when unknown).
    pub line: usize,
    /// Column.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl VoiceBook {
    /// Reads `voice/voices.ron` under a library root; an absent file is an empty book (every
    /// character then lacks a voice, which the checker reports).
    pub fn load(root: &Path) -> Result<VoiceBook, BookError> {
        let path = root.join(VOICES_FILE);
        if !path.exists() {
            return Ok(VoiceBook::default());
        }
        let err = |line, col, message: String| BookError {
            path: path.clone(),
            line,
            col,
            message,
        };
        let bytes = read_capped(&path, MAX_CONTENT_FILE).map_err(|e| err(0, 0, e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|_| err(0, 0, "not UTF-8".to_string()))?;
        VoiceBook::parse(&text).map_err(|e| BookError { path, ..e })
    }

    /// Parses the book's RON text.
    pub fn parse(text: &str) -> Result<VoiceBook, BookError> {
        ron_options()
            .from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| BookError {
                path: PathBuf::new(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: e.code.to_string(),
            })
    }

    /// The voice of `character` in `lang` for a scenario (its jurisdiction, its entry here and
    /// its own `voices`); `None` when no layer names an espeak-ng voice for the language.
    pub fn voice(&self, lang: &str, scenario: &Scenario, character: &str) -> Option<Voice> {
        let jurisdiction = scenario.jurisdiction;
        let mut acc = VoiceParams::default();
        if let Some(l) = self.languages.get(lang) {
            apply(&mut acc, l);
        }
        if let Some(l) = self
            .jurisdictions
            .get(&jurisdiction)
            .and_then(|j| j.get(lang))
        {
            apply(&mut acc, l);
        }
        if let Some(spec) = self.characters.get(character) {
            apply_spec(&mut acc, spec, lang);
        }
        if let Some(spec) = self
            .scenarios
            .get(&scenario.id)
            .and_then(|s| s.get(character))
        {
            apply_spec(&mut acc, spec, lang);
        }
        if let Some(spec) = scenario.voices.get(character) {
            apply_spec(&mut acc, spec, lang);
        }
        Some(Voice {
            voice: acc.voice?,
            variant: acc.variant,
            rate: acc.rate.unwrap_or(DEFAULT_RATE),
            pitch: acc.pitch.unwrap_or(DEFAULT_PITCH),
        })
    }
}

/// How much a mood changes a voice: (words per minute, pitch) to add. Pure; the voice is as
/// written at the neutral mood, tenser below it and calmer above, within the limits.
pub fn mood_deltas(mood: i32, p: &Prosody) -> (i32, i32) {
    let below = p.neutral - mood.clamp(0, 100);
    let rate = (below * p.rate_per_10 / 10).clamp(-p.max_rate, p.max_rate);
    let pitch = (below * p.pitch_per_10 / 10).clamp(-p.max_pitch, p.max_pitch);
    (rate, pitch)
}

impl Voice {
    /// This voice at a mood: rate and pitch moved by [`mood_deltas`], kept within espeak-ng's
    /// ranges (80–450 words a minute, pitch 0–99).
    pub fn at_mood(&self, mood: i32, p: &Prosody) -> Voice {
        let (dr, dp) = mood_deltas(mood, p);
        Voice {
            rate: (i32::from(self.rate) + dr).clamp(80, 450) as u16,
            pitch: (i32::from(self.pitch) + dp).clamp(0, 99) as u8,
            ..self.clone()
        }
    }
}
