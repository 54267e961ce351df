//! The content library: read by the core's safe walker ([`loader::collect`]: regular files
//! only, capped, each folder once, no links out of the library, so a planted FIFO or link
//! loop cannot block or flood the app), watched by a thread that polls
//! [`loader::stamp`] and reads the files again when they change (hot reload), the
//! [`Content`] resource rebuilt from them, and the checker run in the background. A broken
//! edit shows its diagnostics (the walker's among them); the last good scenario stays
//! playable.
//!
//! The asset server does not read the library: its folder loading followed link loops and
//! opened FIFOs, and it read files without a cap.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use callcoach_core::check::{Checked, Scope, check};
use callcoach_core::cohort::cards::{self, Card};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::diagnostic::Diagnostic;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::{self, Library, RawFile};
use callcoach_core::engine::search::DEFAULT_BUDGET;

use super::background::Background;
use super::redraw::Redraw;

/// How often the watcher looks at the library's files (sizes and times only; the files are
/// read again only when these change).
const POLL: Duration = Duration::from_secs(1);

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
    /// The library's cases as written (every case file that parsed), for the core's
    /// record readers that continue or judge cases.
    pub fn cases(&self) -> Vec<callcoach_core::content::case::Case> {
        self.library.cases.iter().map(|c| c.value.clone()).collect()
    }

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

/// What the walker read: the files and its diagnostics (unreadable, not regular, too large…).
type Collected = (Vec<RawFile>, Vec<Diagnostic>);

/// The files as last seen, and the watcher that reports changes.
#[derive(Resource, Default)]
struct Files {
    /// The watcher's reports (the library as read, on start and after every change).
    watcher: Option<Mutex<Receiver<Collected>>>,
    /// Current bytes by relative path.
    current: BTreeMap<PathBuf, Vec<u8>>,
    /// The walker's diagnostics for the current files.
    load_diagnostics: Vec<Diagnostic>,
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
    app.init_resource::<Files>()
        .init_resource::<Checking>()
        .add_systems(Startup, start_watching)
        .add_systems(Update, (watch_files, start_check, finish_check).chain());
}

/// Starts the watcher thread: reads the library once, then polls its stamp and reads it
/// again when it changes; each time it wakes the app.
fn start_watching(
    root: Res<LibraryRoot>,
    mut files: ResMut<Files>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
) {
    let (tx, rx) = channel::<Collected>();
    let root = root.0.clone();
    let proxy = proxy.map(|p| (**p).clone());
    let spawned = std::thread::Builder::new()
        .name("callcoach-library-watcher".into())
        .spawn(move || {
            let mut last = None;
            loop {
                let stamp = loader::stamp(&root);
                if last.as_ref() != Some(&stamp) {
                    if tx.send(loader::collect(&root)).is_err() {
                        return; // the app is gone
                    }
                    if let Some(proxy) = &proxy {
                        let _ = proxy.send_event(WinitUserEvent::WakeUp);
                    }
                    last = Some(stamp);
                }
                std::thread::sleep(POLL);
            }
        });
    match spawned {
        Ok(_) => files.watcher = Some(Mutex::new(rx)),
        Err(e) => error!("cannot watch the content library: {e}"),
    }
}

/// Takes the watcher's latest report; marks the library dirty when anything changed.
fn watch_files(mut files: ResMut<Files>, mut redraw: ResMut<Redraw>) {
    let latest = files
        .watcher
        .as_ref()
        .and_then(|w| w.lock().ok().and_then(|rx| rx.try_iter().last()));
    // The watcher wakes the app when it reports; poll it again within the poll period
    // only while nothing has been read yet.
    if files.current.is_empty() && latest.is_none() {
        redraw.wake_within(POLL);
    }
    let Some((raw, diagnostics)) = latest else {
        return;
    };
    let current: BTreeMap<PathBuf, Vec<u8>> = raw.into_iter().map(|f| (f.path, f.bytes)).collect();
    if current != files.current || diagnostics != files.load_diagnostics {
        // (The first report is the whole library, not a change.)
        let changed = current
            .keys()
            .chain(files.current.keys())
            .filter(|p| files.current.get(*p) != current.get(*p));
        if !files.current.is_empty() {
            for path in changed.collect::<std::collections::BTreeSet<_>>() {
                info!("content changed: {}", path.display());
            }
        }
        files.current = current;
        files.load_diagnostics = diagnostics;
        files.dirty = true;
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
    let load_diagnostics = files.load_diagnostics.clone();
    let root = root.0.clone();
    checking.task.start((), move || {
        let mut library = Library::from_files(&root, edited);
        library.load_diagnostics.splice(0..0, load_diagnostics);
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
        // Each one on the log as well, for a trainer who started the app from a terminal.
        for d in &report.diagnostics {
            info!("{}", callcoach_core::cohort::safe::terminal(&d.one_line()));
        }
        content.apply(library, loc, &report);
        redraw.request();
    }
}

/// Reads every `.ron`/`.ftl` under `scenarios/` and `locales/` (for the first frame, before
/// the watcher's first report, and for tests), with the core's safe walker. Its diagnostics
/// are dropped here: this copy only draws the first frame; the check reports them.
pub fn read_library_files(root: &Path) -> Vec<RawFile> {
    loader::collect(root).0
}
