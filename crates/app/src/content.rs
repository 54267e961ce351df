//! The content library as Bevy assets: our own RON and FTL loaders (raw bytes), the
//! [`Content`] resource rebuilt from them on every change (hot reload), and the checker run
//! in the background. A broken edit shows its diagnostics; the last good scenario stays playable.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder};
use bevy::prelude::*;

use callcoach_core::check::{Checked, Scope, check};
use callcoach_core::cohort::cards::{self, Card};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::diagnostic::Diagnostic;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{self, Library, RawFile};
use callcoach_core::engine::search::DEFAULT_BUDGET;

use super::background::Background;
use super::redraw::Redraw;

/// A content file's bytes and its path relative to the library root.
#[derive(Asset, TypePath, Debug, Clone)]
pub struct ContentFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

async fn read_file(
    reader: &mut dyn Reader,
    ctx: &LoadContext<'_>,
) -> Result<ContentFile, std::io::Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).await?;
    Ok(ContentFile {
        path: ctx.path().path().to_path_buf(),
        bytes,
    })
}

/// Loads the library's files (`.ron` scenarios, rubrics and tags; `.ftl` text) as raw bytes;
/// the core parses them, so one loader serves both kinds.
#[derive(Default, TypePath)]
pub struct ContentFileLoader;

impl AssetLoader for ContentFileLoader {
    type Asset = ContentFile;
    type Settings = ();
    type Error = std::io::Error;
    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<ContentFile, std::io::Error> {
        read_file(reader, ctx).await
    }
    fn extensions(&self) -> &[&str] {
        &["ron", "ftl"]
    }
}

/// Where the library lives on disk (the asset root).
#[derive(Resource, Debug, Clone)]
pub struct LibraryRoot(pub PathBuf);

/// The checked content the screens draw from. Replaced as a whole on every reload.
#[derive(Resource, Clone)]
pub struct Content {
    pub library: Arc<Library>,
    /// Built from the last good version of each text file.
    pub loc: Arc<Localiser>,
    /// Cards of the latest check (broken ones included).
    pub cards: Vec<Card>,
    /// Every error and warning of the latest check.
    pub diagnostics: Vec<Diagnostic>,
    /// What can be played: the newest good version of every scenario.
    pub playable: BTreeMap<String, Arc<CompiledScenario>>,
    /// Per scenario of the latest check that compiled: can it be passed, failed, and can a
    /// critical rule be broken (for the trainer view).
    pub balance: BTreeMap<String, callcoach_core::check::Balance>,
    /// `false` until the first check has finished.
    pub checked: bool,
    /// Bumped on every swap, so screens can tell content changed.
    pub generation: u64,
}

impl Content {
    /// Content built synchronously from files (no check yet).
    pub fn unchecked(root: &Path, files: Vec<RawFile>) -> Content {
        let library = Arc::new(Library::from_files(root, files));
        let loc = Arc::new(Localiser::new(&library));
        Content {
            library,
            loc,
            cards: Vec::new(),
            diagnostics: Vec::new(),
            playable: BTreeMap::new(),
            balance: BTreeMap::new(),
            checked: false,
            generation: 0,
        }
    }

    /// Applies a finished check of `library` (the files as edited) with `loc` built from the
    /// last good text, keeping the previous version of scenarios the edit broke.
    pub fn apply(&mut self, library: Arc<Library>, loc: Arc<Localiser>, report: &Checked) {
        let cards = cards::cards(&library, report);
        self.playable = cards::keep_last_good(&self.playable, report, &cards);
        self.cards = cards;
        self.diagnostics = report.diagnostics.clone();
        self.balance = report.balance.clone();
        self.library = library;
        self.loc = loc;
        self.checked = true;
        self.generation += 1;
    }

    /// Errors of the latest check.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

/// Handles of the two content folders, and the files as last seen.
#[derive(Resource, Default)]
struct Files {
    folders: Vec<Handle<LoadedFolder>>,
    ready: bool,
    /// Current bytes by relative path.
    current: BTreeMap<PathBuf, Vec<u8>>,
    /// The last version of each `.ftl` file that parsed without errors.
    good_text: BTreeMap<PathBuf, Vec<u8>>,
    dirty: bool,
}

/// What a background check returns: the library as edited, the text as last good, the report.
type CheckDone = (Arc<Library>, Arc<Localiser>, Checked);

/// A check running in the background.
#[derive(Resource, Default)]
pub struct Checking {
    task: Background<CheckDone>,
}

impl Checking {
    /// Whether a check is running.
    pub fn busy(&self) -> bool {
        self.task.is_running()
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<ContentFile>()
        .register_asset_loader(ContentFileLoader)
        .init_resource::<Files>()
        .init_resource::<Checking>()
        .add_systems(Startup, load_folders)
        .add_systems(Update, (watch_files, start_check, finish_check).chain());
}

fn load_folders(server: Res<AssetServer>, mut files: ResMut<Files>) {
    files.folders = vec![
        server.load_folder("scenarios"),
        server.load_folder("locales"),
    ];
}

/// Collects loaded and modified files; marks the library dirty when anything changed.
fn watch_files(
    server: Res<AssetServer>,
    assets: Res<Assets<ContentFile>>,
    mut events: MessageReader<AssetEvent<ContentFile>>,
    mut files: ResMut<Files>,
    mut redraw: ResMut<Redraw>,
) {
    if !files.ready {
        let loaded = files
            .folders
            .iter()
            .all(|h| server.is_loaded_with_dependencies(h.id()));
        if !loaded {
            events.clear();
            return;
        }
        files.ready = true;
        files.dirty = true;
        let all: Vec<ContentFile> = assets.iter().map(|(_, f)| f.clone()).collect();
        for f in all {
            files.current.insert(f.path, f.bytes);
        }
        events.clear();
    }
    for ev in events.read() {
        if let AssetEvent::Modified { id } | AssetEvent::Added { id } = ev
            && let Some(f) = assets.get(*id)
            && files.current.get(&f.path) != Some(&f.bytes)
        {
            info!("content changed: {}", f.path.display());
            files.current.insert(f.path.clone(), f.bytes.clone());
            files.dirty = true;
        }
    }
    if files.dirty {
        redraw.request();
    }
}

/// Builds the library from the current files and starts a check (one at a time).
fn start_check(mut files: ResMut<Files>, mut checking: ResMut<Checking>, root: Res<LibraryRoot>) {
    if !files.dirty || checking.busy() {
        return;
    }
    files.dirty = false;
    let files = &mut *files;
    for (path, bytes) in &files.current {
        if path.extension().is_some_and(|e| e == "ftl") && loader::ftl_parses(bytes) {
            files.good_text.insert(path.clone(), bytes.clone());
        }
    }
    let raw = |text_from_good: bool| -> Vec<RawFile> {
        files
            .current
            .iter()
            .map(|(path, bytes)| {
                let bytes = if text_from_good {
                    files.good_text.get(path).unwrap_or(bytes)
                } else {
                    bytes
                };
                RawFile {
                    path: path.clone(),
                    bytes: bytes.clone(),
                }
            })
            .collect()
    };
    let edited = raw(false);
    let good = raw(true);
    let root = root.0.clone();
    checking.task.start((), move || {
        let library = Library::from_files(&root, edited);
        let loc = Localiser::new(&Library::from_files(&root, good));
        let report = check(&library, &Scope::All, DEFAULT_BUDGET);
        (Arc::new(library), Arc::new(loc), report)
    });
}

/// Swaps in the result of a finished check.
fn finish_check(
    mut checking: ResMut<Checking>,
    mut content: ResMut<Content>,
    mut redraw: ResMut<Redraw>,
) {
    if !checking.busy() {
        return;
    }
    redraw.poll_soon();
    if let Some(((), (library, loc, report))) = checking.task.poll() {
        info!(
            "content checked: {} error(s), {} warning(s)",
            report.errors(),
            report.warnings()
        );
        content.apply(library, loc, &report);
        redraw.request();
    }
}

/// Reads every `.ron`/`.ftl` under `scenarios/` and `locales/` (for the first frame, before
/// the asset server has loaded them, and for tests). The core's reader; its E001 diagnostics
/// for unreadable files are dropped here, as before: this copy only draws the first frame.
pub fn read_library_files(root: &Path) -> Vec<RawFile> {
    loader::collect(root).0
}
