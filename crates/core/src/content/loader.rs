//! Loading a whole content library (`scenarios/`, `scenarios/rubrics/`, `locales/<lang>/`) into one value.
//!
//! Loading never stops at the first bad file: every file that parses is kept, every file that
//! does not becomes a diagnostic with file:line:col. The checker ([`crate::check`]) then looks
//! at what loaded.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use sha2::{Digest, Sha256};

use crate::content::case::Case;
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, Level, SourceText};
use crate::content::fs::{self, MAX_CONTENT_FILE, ReadError};
use crate::content::history::Calendar;
use crate::content::model::{Rubric, Scenario, TagVocabulary};

/// A file of the library as bytes, with its path relative to the library root.
#[derive(Debug, Clone)]
pub struct RawFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// A parsed RON file with its source (for positions) and a hash of its bytes.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub value: T,
    pub source: SourceText,
}

/// A Fluent file: its source, the resource parsed from it (whatever parsed), and its syntax errors.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub source: SourceText,
    pub resource: Arc<FluentResource>,
    /// Byte ranges and descriptions of syntax errors.
    pub errors: Vec<(std::ops::Range<usize>, String)>,
}

/// The Fluent files of one language.
#[derive(Debug, Clone, Default)]
pub struct LocaleFiles {
    /// `ui.ftl`: app and command-line strings, formats.
    pub ui: Option<FtlFile>,
    /// `tags.ftl`: tag descriptions.
    pub tags: Option<FtlFile>,
    /// `rubrics/<rubric-id>.ftl`.
    pub rubrics: BTreeMap<String, FtlFile>,
    /// `scenarios/<scenario-id>.ftl`.
    pub scenarios: BTreeMap<String, FtlFile>,
    /// `cases/<case-id>.ftl`.
    pub cases: BTreeMap<String, FtlFile>,
    /// Any other `.ftl` files found (reported by the checker).
    pub other: Vec<FtlFile>,
}

impl LocaleFiles {
    /// All files of the language, for lookups by path.
    pub fn all(&self) -> impl Iterator<Item = &FtlFile> {
        self.ui
            .iter()
            .chain(self.tags.iter())
            .chain(self.rubrics.values())
            .chain(self.scenarios.values())
            .chain(self.cases.values())
            .chain(self.other.iter())
    }
}

/// The language every other language is checked against and falls back to.
pub const REFERENCE_LANG: &str = "en";

/// Everything under a library root, loaded as far as it would load.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub root: PathBuf,
    pub tags: Option<Loaded<TagVocabulary>>,
    pub rubrics: Vec<Loaded<Rubric>>,
    pub scenarios: Vec<Loaded<Scenario>>,
    /// Cases: several calls on one account (`scenarios/cases/<id>.ron`).
    pub cases: Vec<Loaded<Case>>,
    /// Holiday calendars (`scenarios/calendars/<id>.ron`).
    pub calendars: Vec<Loaded<Calendar>>,
    /// Languages by code (`en`, `pl`).
    pub locales: BTreeMap<String, LocaleFiles>,
    /// Problems found while loading (unreadable files, malformed RON, Fluent syntax errors).
    pub load_diagnostics: Vec<Diagnostic>,
    /// Scenario files that did not parse, by file stem, so the app can show them as broken.
    pub broken_scenarios: BTreeMap<String, PathBuf>,
}

impl Library {
    /// Loads the library under `root` from disk.
    pub fn load(root: &Path) -> Library {
        let (files, diagnostics) = collect(root);
        let mut lib = Library::from_files(root, files);
        lib.load_diagnostics.splice(0..0, diagnostics);
        if lib.tags.is_none() && !root.join("scenarios").is_dir() {
            lib.load_diagnostics.insert(
                0,
                Diagnostic::file(
                    Level::Error,
                    "E000",
                    root,
                    "this folder is not a callcoach content library (no scenarios/ folder)",
                )
                .help("run from the folder that holds scenarios/ and locales/, or pass its path"),
            );
        }
        lib
    }

    /// Builds a library from files already in memory (paths relative to `root`).
    /// Used by the app's asset loaders and by fuzzing; never touches the disk.
    pub fn from_files(root: &Path, mut files: Vec<RawFile>) -> Library {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut lib = Library {
            root: root.to_path_buf(),
            ..Library::default()
        };
        let mut tags_seen = false;
        for file in files {
            let rel = file.path.clone();
            let shown = root.join(&rel);
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            let Some(text) = decode(&shown, file.bytes, &mut lib.load_diagnostics) else {
                if let ["scenarios", name] = parts.as_slice()
                    && let Some(stem) = name.strip_suffix(".ron")
                {
                    lib.broken_scenarios.insert(stem.to_string(), shown.clone());
                }
                continue;
            };
            let source = SourceText::new(shown.clone(), text);
            match parts.as_slice() {
                ["scenarios", "tags.ron"] => {
                    tags_seen = true;
                    if let Some(value) =
                        parse_ron::<TagVocabulary>(&source, &mut lib.load_diagnostics)
                    {
                        lib.tags = Some(Loaded { value, source });
                    }
                }
                ["scenarios", "rubrics", name] if name.ends_with(".ron") => {
                    if let Some(value) = parse_ron::<Rubric>(&source, &mut lib.load_diagnostics) {
                        lib.rubrics.push(Loaded { value, source });
                    }
                }
                ["scenarios", "cases", name] if name.ends_with(".ron") => {
                    if let Some(value) = parse_ron::<Case>(&source, &mut lib.load_diagnostics) {
                        lib.cases.push(Loaded { value, source });
                    }
                }
                ["scenarios", "calendars", name] if name.ends_with(".ron") => {
                    if let Some(value) = parse_ron::<Calendar>(&source, &mut lib.load_diagnostics) {
                        lib.calendars.push(Loaded { value, source });
                    }
                }
                ["scenarios", name] if name.ends_with(".ron") => {
                    match parse_ron::<Scenario>(&source, &mut lib.load_diagnostics) {
                        Some(value) => lib.scenarios.push(Loaded { value, source }),
                        None => {
                            let stem = name.trim_end_matches(".ron").to_string();
                            lib.broken_scenarios.insert(stem, shown.clone());
                        }
                    }
                }
                ["locales", lang, rest @ ..] if rel.extension().is_some_and(|e| e == "ftl") => {
                    if let Some(at) = ftl_too_deep(&source.text, MAX_NESTING) {
                        lib.load_diagnostics.push(too_deep(&source, at));
                        continue;
                    }
                    let ftl = parse_ftl(source);
                    for (span, message) in &ftl.errors {
                        lib.load_diagnostics.push(
                            Diagnostic::at(Level::Error, "E301", &ftl.source, span.clone(), format!("Fluent syntax error: {message}"))
                                .help("see https://projectfluent.org/fluent/guide/ for the syntax; the rest of the file still loads"),
                        );
                    }
                    let locale = lib.locales.entry(lang.to_string()).or_default();
                    match rest {
                        ["ui.ftl"] => locale.ui = Some(ftl),
                        ["tags.ftl"] => locale.tags = Some(ftl),
                        ["rubrics", name] => {
                            locale
                                .rubrics
                                .insert(name.trim_end_matches(".ftl").to_string(), ftl);
                        }
                        ["scenarios", name] => {
                            locale
                                .scenarios
                                .insert(name.trim_end_matches(".ftl").to_string(), ftl);
                        }
                        ["cases", name] => {
                            locale
                                .cases
                                .insert(name.trim_end_matches(".ftl").to_string(), ftl);
                        }
                        _ => locale.other.push(ftl),
                    }
                }
                _ => {}
            }
        }
        if !tags_seen {
            lib.load_diagnostics.push(
                Diagnostic::file(Level::Error, "E005", &root.join("scenarios/tags.ron"), "the tag vocabulary is missing")
                    .help("create scenarios/tags.ron listing every behaviour and event tag (see docs/scenario-format.md)"),
            );
        }
        lib
    }

    /// The scenario with this id, if it loaded.
    pub fn scenario(&self, id: &str) -> Option<&Loaded<Scenario>> {
        self.scenarios.iter().find(|s| s.value.id == id)
    }

    /// The case with this id, if it loaded.
    pub fn case(&self, id: &str) -> Option<&Loaded<Case>> {
        self.cases.iter().find(|c| c.value.id == id)
    }

    /// The holiday calendar with this id, if it loaded.
    pub fn calendar(&self, id: &str) -> Option<&Loaded<Calendar>> {
        self.calendars.iter().find(|c| c.value.id == id)
    }

    /// The rubric with this id, if it loaded.
    pub fn rubric(&self, id: &str) -> Option<&Loaded<Rubric>> {
        self.rubrics.iter().find(|r| r.value.id == id)
    }

    /// Hash of everything that decides a scenario's scores: its RON and the RON of its rubrics
    /// and of the tag vocabulary. Records pin it so that an edit to scoring content is visible.
    pub fn content_hash(&self, scenario: &Loaded<Scenario>) -> String {
        let mut hasher = Sha256::new();
        hasher.update(scenario.source.text.as_bytes());
        for id in &scenario.value.rubrics {
            if let Some(r) = self.rubric(id) {
                hasher.update(r.source.text.as_bytes());
            }
        }
        if let Some(tags) = &self.tags {
            hasher.update(tags.source.text.as_bytes());
        }
        // Calling-day rules read the holiday calendars.
        for calendar in &self.calendars {
            hasher.update(calendar.source.text.as_bytes());
        }
        let digest = hasher.finalize();
        digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    /// Every source file that loaded (for rendering diagnostics with snippets).
    pub fn sources(&self) -> Vec<&SourceText> {
        let mut out: Vec<&SourceText> = Vec::new();
        out.extend(self.tags.iter().map(|t| &t.source));
        out.extend(self.rubrics.iter().map(|r| &r.source));
        out.extend(self.scenarios.iter().map(|s| &s.source));
        out.extend(self.cases.iter().map(|c| &c.source));
        out.extend(self.calendars.iter().map(|c| &c.source));
        for locale in self.locales.values() {
            out.extend(locale.all().map(|f| &f.source));
        }
        out
    }

    /// Languages present, the reference language first.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self.locales.keys().cloned().collect();
        langs.sort_by_key(|l| (l != REFERENCE_LANG, l.clone()));
        langs
    }
}

/// Finds the library root for a path: the path itself when it holds `scenarios/`, or the
/// folder above `scenarios/` when the path is a file inside it.
pub fn find_root(path: &Path) -> Option<PathBuf> {
    let mut dir = if path.is_dir() {
        Some(path)
    } else {
        path.parent()
    };
    while let Some(d) = dir {
        if d.join("scenarios").is_dir() {
            return Some(d.to_path_buf());
        }
        dir = d.parent();
    }
    None
}

/// Reads every `.ron` and `.ftl` file under `root`'s `scenarios/` and `locales/` (paths
/// relative to `root`), with a diagnostic for every path that cannot be read.
///
/// What it refuses, so that a planted file cannot hang, exhaust or leak (each a diagnostic,
/// the rest still loads):
/// - a folder or file that cannot be read (E024, E001);
/// - a folder reached a second time, through a link (a cycle or an alias): each folder
///   (device, inode) is visited once (W023);
/// - a symbolic link whose target lies outside the library (E022; never read);
/// - a `.ron`/`.ftl` that is not a regular file: a FIFO, socket or device is never opened (E021);
/// - a file over [`MAX_CONTENT_FILE`] (E020; never read past the cap).
///
/// Links inside the library are followed (a language's text shared with another, a rubric
/// used by two libraries kept side by side in one folder).
pub fn collect(root: &Path) -> (Vec<RawFile>, Vec<Diagnostic>) {
    let walk = Walk::run(root, None);
    (walk.files, walk.diagnostics)
}

/// What [`collect`] would read, without reading it: every content file's path, size and
/// modification time, and the walk's diagnostics. Equal stamps mean an unchanged library
/// (the app polls this to notice edits without reading every file).
pub fn stamp(root: &Path) -> LibraryStamp {
    let walk = Walk::run(root, Some(Vec::new()));
    LibraryStamp {
        files: walk.stamps.unwrap_or_default(),
        diagnostics: walk.diagnostics,
    }
}

/// See [`stamp`].
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryStamp {
    files: Vec<(PathBuf, u64, Option<std::time::SystemTime>)>,
    diagnostics: Vec<Diagnostic>,
}

/// A walk over the library's folders.
struct Walk<'a> {
    root: &'a Path,
    real_root: PathBuf,
    files: Vec<RawFile>,
    diagnostics: Vec<Diagnostic>,
    /// Folders visited, by identity, with the path they were first seen at.
    seen: BTreeMap<(u64, u64), PathBuf>,
    /// When only stamping: each file's path, size and time instead of its bytes.
    stamps: Option<Vec<(PathBuf, u64, Option<std::time::SystemTime>)>>,
}

impl Walk<'_> {
    fn run(
        root: &Path,
        stamps: Option<Vec<(PathBuf, u64, Option<std::time::SystemTime>)>>,
    ) -> Walk<'_> {
        let mut walk = Walk {
            root,
            real_root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            files: Vec::new(),
            diagnostics: Vec::new(),
            seen: BTreeMap::new(),
            stamps,
        };
        for sub in ["scenarios", "locales"] {
            let dir = root.join(sub);
            match std::fs::symlink_metadata(&dir) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                _ => walk.entry(&dir),
            }
        }
        walk
    }

    fn problem(
        &mut self,
        code: &'static str,
        path: &Path,
        message: String,
        help: impl Into<String>,
    ) {
        self.diagnostics
            .push(codes::file(code, path, message).help(help.into()));
    }

    /// One path of the library: a folder is walked, a `.ron`/`.ftl` file read, anything
    /// else left alone (and never opened).
    fn entry(&mut self, path: &Path) {
        let relevant = path.extension().is_some_and(|e| e == "ron" || e == "ftl");
        let link = match std::fs::symlink_metadata(path) {
            Ok(m) => m.file_type().is_symlink(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => {
                return self.problem(
                    "E001",
                    path,
                    format!("cannot read this file: {e}"),
                    "check the permissions of the file and of the folders above it",
                );
            }
        };
        let mut target = None;
        if link {
            match std::fs::canonicalize(path) {
                Ok(target) if !target.starts_with(&self.real_root) => {
                    return self.problem(
                        "E022",
                        path,
                        format!(
                            "this link points outside the library (to {}); it is not read",
                            target.display()
                        ),
                        "copy the file into the library instead of linking to it: a link may only point to another place inside the library",
                    );
                }
                Ok(real) => target = Some(real),
                Err(e) => {
                    // A broken link or a loop of links: report it only where it would have
                    // mattered (a content file, or something that may have been a folder).
                    let is_content = relevant || path.extension().is_none();
                    if is_content {
                        self.problem(
                            "E001",
                            path,
                            format!("cannot read this link: {e}"),
                            "the link points to nothing that exists (or to itself): fix or remove it",
                        );
                    }
                    return;
                }
            }
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                return self.problem(
                    "E001",
                    path,
                    format!("cannot read this file: {e}"),
                    "check the permissions of the file and of the folders above it",
                );
            }
        };
        if meta.is_dir() {
            return self.folder(path, &meta);
        }
        if !relevant {
            return;
        }
        if !meta.is_file() {
            let kind = fs::kind_of(&meta);
            return self.problem(
                "E021",
                path,
                format!("this is not a regular file ({kind}); it is not opened"),
                "content files must be ordinary files: remove it, or put the file itself here",
            );
        }
        if let Some(stamps) = &mut self.stamps {
            stamps.push((path.to_path_buf(), meta.len(), meta.modified().ok()));
            return;
        }
        self.read(path, target.as_deref());
    }

    fn folder(&mut self, dir: &Path, meta: &std::fs::Metadata) {
        if let Some(key) = identity(dir, meta) {
            if let Some(first) = self.seen.get(&key) {
                let message = format!(
                    "this folder is already part of the library as {}; it is not read again",
                    first.display()
                );
                return self.problem(
                    "W023",
                    dir,
                    message,
                    "a link to a folder of the library (a loop, or a second name for it) is skipped: remove the link",
                );
            }
            self.seen.insert(key, dir.to_path_buf());
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                return self.problem(
                    "E024",
                    dir,
                    format!("cannot read this folder: {e}; nothing in it is loaded"),
                    "give the program permission to read and open the folder (chmod u+rx), or remove it",
                );
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => {
                    return self.problem(
                        "E024",
                        dir,
                        format!("cannot read this folder: {e}; nothing in it is loaded"),
                        "give the program permission to read and open the folder (chmod u+rx), or remove it",
                    );
                }
            }
        }
        // Sorted: the same library gives the same diagnostics on every run.
        paths.sort();
        for path in paths {
            self.entry(&path);
        }
    }

    /// Reads a content file, or a link's checked `target` instead, never following a link
    /// at the last step (so a link swapped in after the checks cannot lead out of the
    /// library).
    fn read(&mut self, path: &Path, target: Option<&Path>) {
        match fs::read_capped_no_follow(target.unwrap_or(path), MAX_CONTENT_FILE) {
            Ok(bytes) => self.files.push(RawFile {
                path: path.strip_prefix(self.root).unwrap_or(path).to_path_buf(),
                bytes,
            }),
            Err(ReadError::TooLarge { cap }) => self.problem(
                "E020",
                path,
                format!(
                    "this file is larger than the {} limit for content files; it is not read",
                    fs::human_size(cap)
                ),
                format!(
                    "content files are at most {}: split the scenario, or check that this is the file you meant",
                    fs::human_size(cap)
                ),
            ),
            Err(ReadError::NotRegular { kind }) => self.problem(
                "E021",
                path,
                format!("this is not a regular file ({kind}); it is not opened"),
                "content files must be ordinary files: remove it, or put the file itself here",
            ),
            Err(e) => self.problem(
                "E001",
                path,
                format!("cannot read this file: {e}"),
                "check the file's permissions (the program must be able to read it)",
            ),
        }
    }
}

/// A folder's identity: (device, inode) on Unix.
#[cfg(unix)]
fn identity(_path: &Path, meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

/// Elsewhere: a hash of the folder's canonical path.
#[cfg(not(unix))]
fn identity(path: &Path, _meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::hash::{Hash, Hasher};
    let real = std::fs::canonicalize(path).ok()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    real.hash(&mut h);
    Some((0, h.finish()))
}

/// Turns bytes into text: strips a UTF-8 byte-order mark, rejects non-UTF-8 with the
/// position of the first bad byte.
fn decode(path: &Path, bytes: Vec<u8>, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let source = SourceText::new(path, prefix);
            diagnostics.push(
                Diagnostic::at(
                    Level::Error,
                    "E002",
                    &source,
                    valid..valid,
                    "this file is not UTF-8 text",
                )
                .help("save the file as UTF-8 (in most editors: Save with encoding → UTF-8)"),
            );
            None
        }
    }
}

/// RON options every content file is read with: `Some(..)` may be left out; values nest at
/// most [`MAX_NESTING`] deep.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        // RON counts a nested value twice (the value, then its contents).
        .with_recursion_limit(2 * MAX_NESTING)
}

/// The one nesting limit of content files: Fluent placeables (and call arguments) inside
/// each other, and RON values inside each other, at most this deep. Real content nests a few
/// levels; a file nested deeper is not loaded (E025), so that no parser, checker or formatter
/// recurses without bound, in the checker, the command line or the app alike.
pub const MAX_NESTING: usize = 64;

/// E025 at the opening bracket one level too deep.
fn too_deep(source: &SourceText, at: usize) -> Diagnostic {
    codes::at(
        "E025",
        source,
        at..at + 1,
        format!("nested deeper than {MAX_NESTING} levels; the file is not loaded"),
    )
    .help(format!(
        "content may nest placeables, selectors and values at most {MAX_NESTING} levels deep: flatten this text (a nested message can be a message of its own)"
    ))
}

/// Where a Fluent text first nests deeper than `limit`: the byte offset of the `{` or `(`
/// that opens level `limit + 1`. Reads the text as the Fluent parser recurses into it:
/// placeables inside patterns and variants, call arguments, string literals (whose braces do
/// not count) and comments. A file with unclosed placeables may count deeper than the parser
/// would; it has syntax errors anyway.
pub fn ftl_too_deep(text: &str, limit: usize) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Frame {
        /// Inside `{ … }`: an expression.
        Expr,
        /// Inside a select expression's variants: text, `[key]` at the start of a line.
        Variants,
        /// Inside a call's `( … )`.
        Paren,
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // Nothing but spaces since the last line break.
    let mut blank = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let was_blank = blank;
        blank = b == b'\n' || (was_blank && matches!(b, b' ' | b'\t' | b'\r'));
        let push = |stack: &mut Vec<Frame>, frame| {
            stack.push(frame);
            stack.len() > limit
        };
        // Skips a variant key `[…]` (to its `]` or the end of the line).
        let skip_key = |i: &mut usize| {
            while *i < bytes.len() && bytes[*i] != b']' && bytes[*i] != b'\n' {
                *i += 1;
            }
        };
        match stack.last().copied() {
            None => match b {
                b'#' if was_blank => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    blank = true;
                }
                b'{' if push(&mut stack, Frame::Expr) => return Some(i),
                _ => {}
            },
            Some(top @ (Frame::Expr | Frame::Paren)) => match b {
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    if i < bytes.len() && bytes[i] == b'\n' {
                        blank = true;
                    }
                }
                b'{' if push(&mut stack, Frame::Expr) => return Some(i),
                b'(' if push(&mut stack, Frame::Paren) => return Some(i),
                b')' if top == Frame::Paren => {
                    stack.pop();
                }
                b'}' => {
                    while stack.last() == Some(&Frame::Paren) {
                        stack.pop();
                    }
                    stack.pop();
                }
                b'[' if top == Frame::Expr => {
                    skip_key(&mut i);
                    if let Some(last) = stack.last_mut() {
                        *last = Frame::Variants;
                    }
                }
                _ => {}
            },
            Some(Frame::Variants) => match b {
                b'{' if push(&mut stack, Frame::Expr) => return Some(i),
                b'}' => {
                    stack.pop();
                }
                b'*' if was_blank => blank = true,
                b'[' if was_blank => skip_key(&mut i),
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// Parses a RON file, turning a syntax or shape error into a diagnostic at its line:col.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    source: &SourceText,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    match ron_options().from_str::<T>(&source.text) {
        Ok(value) => Some(value),
        Err(e) if matches!(e.code, ron::Error::ExceededRecursionLimit) => {
            let pos = e.span.start;
            let offset = source.offset_of(pos.line.max(1), pos.col.max(1));
            let offset = offset.min(source.text.len().saturating_sub(1));
            diagnostics.push(too_deep(source, offset));
            None
        }
        Err(e) => {
            let pos = e.span.start;
            let (line, col) = (pos.line.max(1), pos.col.max(1));
            let offset = source.offset_of(line, col);
            // The parser stops before the whitespace that precedes the bad value: point at
            // the value itself (or at the end of a file that ends too early).
            let rest = &source.text[offset..];
            let offset = offset + (rest.len() - rest.trim_start().len());
            let mut message = ron_message(&e.code);
            let mut help = ron_help(&e.code);
            if offset == source.text.len() && !source.text.trim().is_empty() {
                message.push_str(" at the end of the file");
                help = ron_help(&ron::Error::Eof);
            }
            diagnostics.push(
                Diagnostic::at(
                    Level::Error,
                    "E003",
                    source,
                    offset..offset,
                    format!("malformed RON: {message}"),
                )
                .help(help),
            );
            None
        }
    }
}

fn ron_message(code: &ron::Error) -> String {
    code.to_string()
}

fn ron_help(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField { .. } => {
            "check the field name's spelling against docs/scenario-format.md".into()
        }
        E::MissingStructField { .. } => {
            "add the missing field (see docs/scenario-format.md)".into()
        }
        E::NoSuchEnumVariant { .. } => "use one of the names listed in the message".into(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "text values need double quotes: \"like this\"".into()
        }
        E::Eof => "the file ends too early: a bracket or parenthesis is not closed".into(),
        E::TrailingCharacters => {
            "there is text after the end of the value; remove it or close the brackets earlier"
                .into()
        }
        _ => {
            "fix the syntax at this position; the file is skipped until then, the others still load"
                .into()
        }
    }
}

/// Parses a Fluent file, keeping whatever parsed and the syntax errors.
pub fn parse_ftl(source: SourceText) -> FtlFile {
    let (resource, errors) = match FluentResource::try_new(source.text.clone()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => {
            let errors = errors
                .into_iter()
                .map(|e| (e.slice.clone().unwrap_or(e.pos.clone()), e.kind.to_string()))
                .collect();
            (r, errors)
        }
    };
    FtlFile {
        source,
        resource: Arc::new(resource),
        errors,
    }
}

/// Whether a Fluent file is UTF-8 and parses without errors (hot reload keeps the last text
/// that did).
pub fn ftl_parses(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|s| {
        ftl_too_deep(s, MAX_NESTING).is_none()
            && fluent_syntax::parser::parse_runtime(s.to_string()).is_ok()
    })
}

/// Finds the content library: `--library`, the current folder, or near the program.
pub fn locate_library(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = explicit {
        return find_root(p).ok_or_else(|| {
            format!(
                "{}: no content library here (expected a scenarios/ folder)",
                p.display()
            )
        });
    }
    if let Ok(cwd) = std::env::current_dir()
        && cwd.join("scenarios").is_dir()
    {
        return Ok(cwd);
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(root) = exe.parent().and_then(find_root)
    {
        return Ok(root);
    }
    Err("no content library found: run callcoach from the folder holding scenarios/ and locales/, or pass --library DIR".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(path: &str, text: &str) -> RawFile {
        RawFile {
            path: PathBuf::from(path),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_broken_file_does_not_hide_the_good_ones() {
        let lib = Library::from_files(
            Path::new("lib"),
            vec![
                raw(
                    "scenarios/tags.ron",
                    "TagVocabulary([(id: \"a\", kind: Behaviour)])",
                ),
                raw(
                    "scenarios/rubrics/r.ron",
                    "Rubric(id: \"r\", dimension: Empathy, pass_mark: 50, rules: [)",
                ),
                raw("locales/en/ui.ftl", "hello = Hello\n"),
            ],
        );
        assert!(lib.tags.is_some());
        assert!(lib.rubrics.is_empty());
        assert_eq!(
            lib.locales["en"].ui.as_ref().map(|f| f.errors.len()),
            Some(0)
        );
        let d = &lib.load_diagnostics[0];
        assert_eq!((d.code, d.line, d.column), ("E003", 1, 60), "{d:?}");
        assert!(d.file.ends_with("scenarios/rubrics/r.ron"));
    }

    #[test]
    fn ron_errors_point_at_the_value_not_the_space_before_it() {
        let lib = Library::from_files(
            Path::new("lib"),
            vec![
                raw(
                    "scenarios/tags.ron",
                    "TagVocabulary([(id: \"a\", kind: Behaviour)])",
                ),
                raw(
                    "scenarios/rubrics/r.ron",
                    "Rubric(id: \"r\", dimension: Empathy, pass_mark:   \"50\", rules: [])",
                ),
                raw("scenarios/rubrics/t.ron", "Rubric(id: \"t\",\n   "),
            ],
        );
        let d: Vec<_> = lib
            .load_diagnostics
            .iter()
            .map(|d| (d.file.to_string_lossy().into_owned(), d.line, d.column))
            .collect();
        assert!(
            d.contains(&("lib/scenarios/rubrics/r.ron".into(), 1, 50)),
            "{d:?}"
        );
        // A file that stops early: the end of the file, with the unclosed-bracket advice.
        assert!(
            d.contains(&("lib/scenarios/rubrics/t.ron".into(), 2, 4)),
            "{d:?}"
        );
        let t = lib.load_diagnostics.iter().find(|d| d.line == 2).unwrap();
        assert!(t.message.ends_with("at the end of the file"), "{t:?}");
        assert!(
            t.help.as_deref().unwrap().contains("ends too early"),
            "{t:?}"
        );
    }

    #[test]
    fn fluent_nesting_is_counted_as_the_parser_recurses() {
        let deep = |t: &str, limit| ftl_too_deep(t, limit);
        assert_eq!(deep("a = { { { \"a\" } } }\n", 2), Some(8));
        assert_eq!(deep("a = { { { \"a\" } } }\n", 3), None);
        // Braces in string literals, comments and plain text do not count; parentheses
        // count only as call arguments.
        assert_eq!(deep("a = { \"{{{{\" }\n", 1), None);
        assert_eq!(deep("# {{{{{{\na = b\n", 1), None);
        assert_eq!(deep("a = (((((\n", 1), None);
        assert_eq!(deep("a = { F(F(F(1))) }\n", 3), Some(11));
        // Variants are text: a quote there opens no string, so what follows still counts.
        let select = "a = { $n ->\n    [one] say \"hi { { x } }\n   *[other] y\n}\n";
        assert_eq!(deep(select, 2), Some(32));
        assert_eq!(deep(select, 3), None);
        // Levels are counted, not placeables: many side by side are fine.
        assert_eq!(deep(&"a = { x }{ y }\n".repeat(1000), 1), None);
    }

    #[test]
    fn shipped_text_nests_far_below_the_limit() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let (files, diagnostics) = collect(&root);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        for f in files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == "ftl"))
        {
            let text = std::str::from_utf8(&f.bytes).unwrap();
            assert_eq!(ftl_too_deep(text, 6), None, "{}", f.path.display());
        }
    }

    #[test]
    fn deep_nesting_is_one_diagnostic_and_the_file_is_not_loaded() {
        let ftl = format!("a = {}x{}\n", "{ ".repeat(10_000), " }".repeat(10_000));
        let ron = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let lib = Library::from_files(
            Path::new("lib"),
            vec![
                raw("locales/en/ui.ftl", &ftl),
                raw("locales/en/tags.ftl", "t = T\n"),
            ],
        );
        let d: Vec<_> = lib
            .load_diagnostics
            .iter()
            .filter(|d| d.code == "E025")
            .map(|d| (d.file.to_string_lossy().into_owned(), d.line, d.column))
            .collect();
        assert_eq!(d, [("lib/locales/en/ui.ftl".to_string(), 1, 5 + 2 * 64)]);
        let mut d = Vec::new();
        let source = SourceText::new("lib/scenarios/x.ron", ron);
        assert!(parse_ron::<ron::Value>(&source, &mut d).is_none());
        assert_eq!(
            (d[0].code, d[0].line, d[0].column),
            ("E025", 1, 65),
            "{d:?}"
        );
        assert!(lib.locales["en"].ui.is_none());
        assert!(lib.locales["en"].tags.is_some());
        assert!(!ftl_parses(ftl.as_bytes()));
    }

    #[test]
    fn non_utf8_is_reported_with_position() {
        let mut bad = b"TagVocabulary([\n  (id: \"caf".to_vec();
        bad.push(0xE9);
        let lib = Library::from_files(
            Path::new("lib"),
            vec![RawFile {
                path: "scenarios/tags.ron".into(),
                bytes: bad,
            }],
        );
        let d = lib
            .load_diagnostics
            .iter()
            .find(|d| d.code == "E002")
            .expect("E002");
        assert_eq!((d.line, d.column), (2, 12));
    }
}
