//! What a synthesiser is asked to do, without doing it: espeak-ng's arguments for a line, the
//! cache key of its audio, where cached and recorded audio live, and reading a WAV's header.
//! Starting the process is the shell's job (`src/cli/voice.rs`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::voices::Voice;

/// Where a trainer drops recorded lines: `voice/<lang>/<scenario>/<message>.<ext>` under the
/// library root; these extensions, in this order of preference, win over synthesis.
pub const RECORDED_EXTENSIONS: [&str; 2] = ["ogg", "wav"];

/// One line to synthesise: a voice and the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synthesis {
    /// The voice (already moved by the mood, if any).
    pub voice: Voice,
    /// The spoken form of the line.
    pub text: String,
}

impl Synthesis {
    /// espeak-ng's voice argument: `en-us`, or `en-us+f3` with a variant.
    pub fn voice_arg(&self) -> String {
        match &self.voice.variant {
            Some(v) => format!("{}+{v}", self.voice.voice),
            None => self.voice.voice.clone(),
        }
    }

    /// The arguments of `espeak-ng` that write this line to `out` as a WAV; the text goes on
    /// standard input (`--stdin`), so no word of it is ever read as an option.
    pub fn espeak_args(&self, out: &Path) -> Vec<OsString> {
        vec![
            "-v".into(),
            self.voice_arg().into(),
            "-s".into(),
            self.voice.rate.to_string().into(),
            "-p".into(),
            self.voice.pitch.to_string().into(),
            "-w".into(),
            out.as_os_str().to_owned(),
            "--stdin".into(),
        ]
    }

    /// The cache key: SHA-256 over the engine's version, the voice's parameters and the
    /// words, so any change to one of them is a new file.
    pub fn cache_key(&self, engine_version: &str) -> String {
        let mut h = Sha256::new();
        for part in [
            "callcoach-voice-1",
            engine_version,
            &self.voice.voice,
            self.voice.variant.as_deref().unwrap_or(""),
            &self.voice.rate.to_string(),
            &self.voice.pitch.to_string(),
            &self.text,
        ] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Roughly how long the line lasts at its rate, in seconds (words ÷ words a minute).
    pub fn expected_seconds(&self) -> f64 {
        expected_seconds(&self.text, self.voice.rate)
    }
}

/// Roughly how long `text` lasts said at `rate` words a minute.
pub fn expected_seconds(text: &str, rate: u16) -> f64 {
    let words = text.split_whitespace().count() as f64;
    words * 60.0 / f64::from(rate.max(1))
}

/// The cached audio of a key: `<data>/cache/voice/<first two hex digits>/<key>.wav`.
pub fn cache_path(data_dir: &Path, key: &str) -> PathBuf {
    let shard = key.get(..2).unwrap_or("00");
    data_dir
        .join("cache")
        .join("voice")
        .join(shard)
        .join(format!("{key}.wav"))
}

/// The folder of a scenario's recorded lines in a language.
pub fn recorded_dir(root: &Path, lang: &str, scenario: &str) -> PathBuf {
    root.join("voice").join(lang).join(scenario)
}

/// A recorded line, if a trainer dropped one in (OGG preferred over WAV).
pub fn recorded(root: &Path, lang: &str, scenario: &str, message: &str) -> Option<PathBuf> {
    let dir = recorded_dir(root, lang, scenario);
    RECORDED_EXTENSIONS
        .iter()
        .map(|ext| dir.join(format!("{message}.{ext}")))
        .find(|p| p.is_file())
}

/// What a WAV file's header says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WavInfo {
    /// Channels.
    pub channels: u16,
    /// Samples a second.
    pub sample_rate: u32,
    /// Bits a sample.
    pub bits: u16,
    /// Bytes of sample data.
    pub data_len: u32,
}

impl WavInfo {
    /// The length of the audio in seconds.
    pub fn seconds(&self) -> f64 {
        let frame = u64::from(self.channels) * u64::from(self.bits).div_ceil(8);
        if frame == 0 || self.sample_rate == 0 {
            return 0.0;
        }
        (u64::from(self.data_len) / frame) as f64 / f64::from(self.sample_rate)
    }
}

/// Reads a RIFF/WAVE header: the `fmt ` chunk and the `data` chunk's length. espeak-ng
/// writes the data length as 0x7fffffff when it streams; then the bytes present count.
pub fn wav_info(bytes: &[u8]) -> Result<WavInfo, String> {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err("not a RIFF/WAVE file".to_string());
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let mut at = 12;
    let mut fmt = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let len = u32_at(at + 4);
        let body = at + 8;
        if id == b"fmt " {
            if body + 16 > bytes.len() {
                return Err("the fmt chunk is cut short".to_string());
            }
            fmt = Some((u16_at(body + 2), u32_at(body + 4), u16_at(body + 14)));
        } else if id == b"data" {
            let (channels, sample_rate, bits) = fmt.ok_or("no fmt chunk before the data")?;
            let present = (bytes.len() - body) as u64;
            let data_len = u64::from(len).min(present) as u32;
            return Ok(WavInfo {
                channels,
                sample_rate,
                bits,
                data_len,
            });
        }
        at = body
            .checked_add(len as usize + (len as usize & 1))
            .ok_or("a chunk length out of range")?;
    }
    Err("no data chunk".to_string())
}

/// The length in seconds of an Ogg Vorbis or Ogg Opus file: the last page's granule position
/// over the sample rate of the identification header.
pub fn ogg_seconds(bytes: &[u8]) -> Result<f64, String> {
    if bytes.len() < 28 || &bytes[0..4] != b"OggS" {
        return Err("not an Ogg file".to_string());
    }
    let segments = bytes[26] as usize;
    let packet = 27 + segments;
    let head = bytes
        .get(packet..packet + 20)
        .ok_or("the first page is cut short")?;
    let rate = if &head[0..7] == b"\x01vorbis" {
        f64::from(u32::from_le_bytes([head[12], head[13], head[14], head[15]]))
    } else if &head[0..8] == b"OpusHead" {
        48_000.0
    } else {
        return Err("neither Vorbis nor Opus".to_string());
    };
    let last = bytes
        .windows(4)
        .rposition(|w| w == b"OggS")
        .ok_or("no Ogg page")?;
    let granule = bytes
        .get(last + 6..last + 14)
        .ok_or("the last page is cut short")?;
    let granule = u64::from_le_bytes(granule.try_into().map_err(|_| "bad page")?);
    if rate <= 0.0 || granule == u64::MAX {
        return Err("no length in the stream".to_string());
    }
    Ok(granule as f64 / rate)
}

/// The length in seconds of a recorded line (WAV or Ogg, by its content).
pub fn audio_seconds(bytes: &[u8]) -> Result<f64, String> {
    if bytes.starts_with(b"OggS") {
        ogg_seconds(bytes)
    } else {
        wav_info(bytes).map(|w| w.seconds())
    }
}
