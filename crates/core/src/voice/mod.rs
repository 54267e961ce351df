//! The debtor's voice, everything but the sound itself: spoken forms of money, dates and
//! numbers in English and Polish ([`spoken`]), voices as data and the mood's prosody
//! ([`voices`]), the lines a scenario's other side says ([`lines`]), and what a synthesiser is
//! asked, the audio cache and recorded lines ([`render`]). The process that synthesises and
//! the playback are the shells'. See `docs/voice.md`.

pub mod en;
pub mod lines;
pub mod pl;
pub mod render;
pub mod spoken;
pub mod voices;

pub use lines::{VoiceLine, voice_lines};
pub use render::Synthesis;
pub use spoken::{Speech, Spoken, spoken};
pub use voices::{Voice, VoiceBook, VoiceSpec};
