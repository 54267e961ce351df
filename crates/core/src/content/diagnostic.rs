//! Compiler-style diagnostics: what is wrong, where (file:line:col), and how to fix it.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How serious a diagnostic is. Errors make `check` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Note,
    Warning,
    Error,
}

/// One finding about a content file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub level: Level,
    /// Stable code, e.g. `E102`, for tools and docs.
    pub code: &'static str,
    pub file: PathBuf,
    /// 1-based line and column (in characters) of the first byte of `span`; 0 when unknown.
    pub line: usize,
    pub column: usize,
    /// Byte range in the file, for snippets.
    #[serde(skip)]
    pub span: Range<usize>,
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic at a byte span of a source file.
    pub fn at(
        level: Level,
        code: &'static str,
        source: &SourceText,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = source.line_col(span.start);
        Diagnostic {
            level,
            code,
            file: source.path.clone(),
            line,
            column,
            span,
            message: message.into(),
            help: None,
        }
    }

    /// A diagnostic about a whole file (or one that could not be read).
    pub fn file(level: Level, code: &'static str, path: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            level,
            code,
            file: path.to_path_buf(),
            line: 0,
            column: 0,
            span: 0..0,
            message: message.into(),
            help: None,
        }
    }

    /// Adds the "how to fix it" line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// `file:line:col` (or just the file when the position is unknown).
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.display().to_string()
        } else {
            format!("{}:{}:{}", self.file.display(), self.line, self.column)
        }
    }

    /// One-line rendering: `file:line:col: error[E102]: message (help: …)`.
    pub fn one_line(&self) -> String {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        };
        let mut out = format!(
            "{}: {level}[{}]: {}",
            self.location(),
            self.code,
            self.message
        );
        if let Some(help) = &self.help {
            out.push_str(&format!(" (help: {help})"));
        }
        out
    }
}

/// A file's text with its path, able to turn byte offsets into line:column.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceText {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (counted in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        (line + 1, column)
    }

    /// Byte offset of a 1-based line and column (columns in characters).
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// Every double-quoted string literal in the file, with the byte span of the literal
    /// (quotes included). Comments are skipped. Used to point diagnostics at names.
    pub fn string_literals(&self) -> Vec<(String, Range<usize>)> {
        let bytes = self.text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                b'"' => {
                    let start = i;
                    i += 1;
                    let mut value = String::new();
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    if let Some(inner) = self.text.get(start + 1..i.min(bytes.len())) {
                        value.push_str(inner);
                    }
                    i += 1;
                    out.push((value, start..i.min(bytes.len())));
                }
                _ => i += 1,
            }
        }
        out
    }
}

/// Renders diagnostics for people: a headline, the `--> file:line:col` pointer, the source
/// line with a caret, and the help line, using `codespan-reporting`.
pub fn render(diagnostics: &[Diagnostic], sources: &[&SourceText]) -> String {
    use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
    use codespan_reporting::files::SimpleFiles;
    use codespan_reporting::term;

    let mut files = SimpleFiles::new();
    let ids: Vec<(PathBuf, usize)> = sources
        .iter()
        .map(|s| {
            (
                s.path.clone(),
                files.add(s.path.display().to_string(), s.text.clone()),
            )
        })
        .collect();
    let config = term::Config::default();
    let mut out = String::new();
    for d in diagnostics {
        let file_id = ids.iter().find(|(p, _)| *p == d.file).map(|(_, id)| *id);
        let base = match d.level {
            Level::Error => CsDiagnostic::error(),
            Level::Warning => CsDiagnostic::warning(),
            Level::Note => CsDiagnostic::note(),
        }
        .with_code(d.code)
        .with_message(&d.message);
        let mut notes = Vec::new();
        let cs = match file_id {
            Some(id) if d.line > 0 => base.with_labels(vec![Label::primary(id, d.span.clone())]),
            _ => {
                notes.push(format!("in {}", d.location()));
                base
            }
        };
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        let cs = cs.with_notes(notes);
        if term::emit_to_string(&mut out, &config, &files, &cs).is_err() {
            // Fall back to the one-line form if the span does not fit the file.
            out.push_str(&d.one_line());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = SourceText::new("a.ron", "ab\nżółw \"x\"\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(3), (2, 1));
        let quote = src.text.find('"').unwrap();
        assert_eq!(src.line_col(quote), (2, 6));
        assert_eq!(src.offset_of(2, 6), quote);
    }

    #[test]
    fn string_literals_skip_comments() {
        let src = SourceText::new(
            "a.ron",
            "// \"no\"\n(a: \"yes\", /* \"no\" */ b: \"e\\\"s\")",
        );
        let lits: Vec<String> = src.string_literals().into_iter().map(|(s, _)| s).collect();
        assert_eq!(lits, vec!["yes".to_string(), "e\\\"s".to_string()]);
    }
}
