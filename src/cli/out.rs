//! Standard output of the verbs, with every write's failure handled in one place.
//!
//! Rust ignores SIGPIPE, so a reader that goes away (`callcoach check | head -1`) surfaces as
//! an `EPIPE` write error, and `println!` panics on it ("failed printing to stdout", exit 101).
//! A verb writes through an [`Out`] instead and ends with [`Out::finish`], which decides the
//! exit status:
//!
//! - every write went through: the verb's own status;
//! - the reader closed the pipe (`EPIPE`): the verb's own status, quietly. The reader stopped
//!   on purpose (`head`, a pager quitting), so it is not a failure of ours; this is what
//!   ripgrep and git do, and it keeps `set -o pipefail` scripts that end in `| head` working,
//!   which the shell's 141 of a SIGPIPE death would not;
//! - any other write error (`ENOSPC` on `/dev/full`, `EIO`): a message on standard error
//!   naming what could not be written and why, and [`WRITE_FAILED`].
//!
//! An `Out` remembers its first error and writes nothing after it, so a verb may stop at the
//! first failed write (`?`) or carry on and let `finish` report it.
//!
//! Standard error has no such writer: `eprintln!`/`eprint!` in this program are the
//! non-panicking ones defined in `main.rs`.

use std::io::{self, BufWriter, StdoutLock, Write};

/// The exit status when the output could not be written (other than a closed pipe).
pub const WRITE_FAILED: i32 = 1;

/// Standard output for one verb: buffered (or line-buffered for an interactive call), locked,
/// remembering the first write error.
pub struct Out<W: Write = BufWriter<StdoutLock<'static>>> {
    inner: W,
    /// What the output is, for the message when it cannot be written ("the report").
    what: &'static str,
    error: Option<io::Error>,
}

impl Out {
    /// Buffered standard output, for a verb that prints its result and exits.
    pub fn stdout(what: &'static str) -> Out {
        Out::to(BufWriter::new(io::stdout().lock()), what)
    }
}

impl Out<StdoutLock<'static>> {
    /// Line-buffered standard output, for `play`: what the caller must read before answering
    /// is on the terminal (a prompt is flushed before each read), and nothing waits behind a
    /// message on standard error.
    pub fn interactive(what: &'static str) -> Out<StdoutLock<'static>> {
        Out::to(io::stdout().lock(), what)
    }
}

impl<W: Write> Out<W> {
    /// An `Out` over any writer (the tests give one that fails).
    pub fn to(inner: W, what: &'static str) -> Out<W> {
        Out {
            inner,
            what,
            error: None,
        }
    }

    /// Flushes, and returns `code` unless the output failed: see the module doc.
    pub fn finish(mut self, code: i32) -> i32 {
        if self.error.is_none() {
            let _ = self.flush();
        }
        status(code, self.what, self.error.as_ref())
    }

    /// Records the first error of a write; every later write fails at once.
    fn track<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && e.kind() != io::ErrorKind::Interrupted
        {
            self.error = Some(io::Error::new(e.kind(), e.to_string()));
        }
        result
    }

    fn failed(&self) -> io::Result<()> {
        match &self.error {
            Some(e) => Err(io::Error::new(e.kind(), "standard output failed before")),
            None => Ok(()),
        }
    }
}

impl<W: Write> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.failed()?;
        let result = self.inner.write(buf);
        self.track(result)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.failed()?;
        let result = self.inner.write_all(buf);
        self.track(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.failed()?;
        let result = self.inner.flush();
        self.track(result)
    }
}

/// The exit status of a verb whose own status is `code` and whose output (`what`) failed
/// with `error`, if it did; says why on standard error unless the reader closed the pipe.
pub fn status(code: i32, what: &str, error: Option<&io::Error>) -> i32 {
    match error {
        None => code,
        Some(e) if e.kind() == io::ErrorKind::BrokenPipe => code,
        Some(e) => {
            eprintln!(
                "error: cannot write {what} to standard output: {}",
                describe(e)
            );
            if code == 0 { WRITE_FAILED } else { code }
        }
    }
}

/// An io error as a person reads it: "No space left on device", without "(os error 28)".
pub fn describe(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails every write with one error kind.
    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(self.0))
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::from(self.0))
        }
    }

    #[test]
    fn a_closed_pipe_keeps_the_verbs_status() {
        let mut out = Out::to(Failing(io::ErrorKind::BrokenPipe), "the report");
        assert!(writeln!(out, "row").is_err());
        assert_eq!(out.finish(0), 0);
        let out = Out::to(Failing(io::ErrorKind::BrokenPipe), "the diagnostics");
        assert_eq!(out.finish(1), 1);
    }

    #[test]
    fn another_write_error_fails_the_verb_and_later_writes_are_not_tried() {
        let mut out = Out::to(Failing(io::ErrorKind::StorageFull), "the report");
        assert_eq!(
            writeln!(out, "row").unwrap_err().kind(),
            io::ErrorKind::StorageFull
        );
        assert_eq!(
            writeln!(out, "next").unwrap_err().to_string(),
            "standard output failed before"
        );
        assert_eq!(out.finish(0), WRITE_FAILED);
    }

    #[test]
    fn an_os_error_reads_without_its_number() {
        let e = io::Error::from_raw_os_error(28);
        assert_eq!(describe(&e), "No space left on device");
    }
}
