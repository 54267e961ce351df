//! The sign-in settings (name, role, language, mode, font size), kept between runs in the data
//! folder, and the data folder itself.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use callcoach_core::records::record::Mode;

/// Where records and journals go (`--data-dir`, `$CALLCOACH_DATA_DIR` or the platform folder).
#[derive(Resource, Debug, Clone)]
pub struct DataDir(pub PathBuf);

/// Smallest and largest body text size, in points.
pub const FONT_MIN: f32 = 12.0;
pub const FONT_MAX: f32 = 28.0;

/// Who signs in: the role decides the first screen after sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Plays calls: the scenario library.
    #[default]
    Trainee,
    /// Writes scenarios: live diagnostics, the call graph, playtests and walks.
    Trainer,
    /// Reviews the cohort: the dashboard.
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Trainee, Role::Trainer, Role::Coordinator];

    /// The `app-role-<key>` message and the script's name for the role.
    pub fn key(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Trainer => "trainer",
            Role::Coordinator => "coordinator",
        }
    }

    /// The role a script or settings file names.
    pub fn parse(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// The sign-in choices and display settings.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub trainee: String,
    pub lang: String,
    pub mode: Mode,
    pub role: Role,
    /// Body text size in points.
    pub font_size: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            trainee: String::new(),
            lang: "en".into(),
            mode: Mode::Practice,
            role: Role::Trainee,
            font_size: 16.0,
        }
    }
}

impl Prefs {
    fn path(data: &Path) -> PathBuf {
        data.join("app-settings.json")
    }

    /// The saved settings, or the defaults.
    pub fn load(data: &Path) -> Prefs {
        std::fs::read(Self::path(data))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Saves the settings (best effort: a read-only data folder only loses the preferences).
    pub fn save(&self, data: &Path) {
        let path = Self::path(data);
        let result = std::fs::create_dir_all(data).and_then(|_| {
            let tmp = path.with_extension("json.tmp");
            std::fs::write(&tmp, serde_json::to_vec_pretty(self).unwrap_or_default())?;
            std::fs::rename(&tmp, &path)
        });
        if let Err(e) = result {
            warn!("could not save settings to {}: {e}", path.display());
        }
    }

    /// One step bigger or smaller text.
    pub fn bump_font(&mut self, delta: f32) {
        self.font_size = (self.font_size + delta).clamp(FONT_MIN, FONT_MAX);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Last, save_on_change);
}

/// Saves the settings when they change, except in an LMS's launch (its learner's name and
/// language are not the desk's).
fn save_on_change(
    prefs: Res<Prefs>,
    data: Option<Res<DataDir>>,
    assigned: Option<Res<crate::assigned::Assigned>>,
) {
    if prefs.is_changed()
        && !prefs.is_added()
        && assigned.is_none()
        && let Some(data) = data
    {
        prefs.save(&data.0);
    }
}
