//! Lines typed on standard input (`play`'s answers and wrap-up), read with a bound.
//!
//! `BufRead::read_line` keeps reading until a newline, so `play < /dev/zero` grew one line
//! until a 2 GB allocation aborted. [`read_line`] keeps at most [`MAX_LINE`] bytes of a line
//! and skips the rest of a longer one up to [`MAX_SKIP`] bytes; input that has no newline
//! even then is not answers, and ends the input like end of file does.

use std::io::{self, BufRead, Read};

/// The longest line kept: far more than any answer, terms or note typed at a prompt.
pub const MAX_LINE: usize = 4096;

/// How much of an over-long line is skipped, looking for its end, before the input is given
/// up as not being lines at all.
pub const MAX_SKIP: usize = 1 << 20;

/// How many answers in a row may be refused (not an option, too long) before `play` stops:
/// no one types that many at a terminal, but endless input (`/dev/urandom`) would go on for
/// ever.
pub const MAX_REFUSED: u32 = 100;

/// One line of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A line, trimmed, with bytes that are not UTF-8 replaced.
    Text(String),
    /// A line longer than [`MAX_LINE`], skipped.
    TooLong,
    /// End of input: end of file, a read error, or [`MAX_SKIP`] bytes without a newline.
    End(Ended),
}

/// Why the input ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    Eof,
    Unreadable(String),
    NoNewline,
}

impl Ended {
    /// Why, for "stopped: …".
    pub fn why(&self) -> String {
        match self {
            Ended::Eof => "no more input".to_string(),
            Ended::Unreadable(e) => format!("cannot read standard input: {e}"),
            Ended::NoNewline => format!(
                "standard input has no line end in {} MiB, so it is not typed answers",
                MAX_SKIP >> 20
            ),
        }
    }
}

/// Reads one line of at most [`MAX_LINE`] bytes.
pub fn read_line(input: &mut impl BufRead) -> Line {
    let mut buf = Vec::new();
    let limit = MAX_LINE as u64 + 1;
    let n = match input.by_ref().take(limit).read_until(b'\n', &mut buf) {
        Ok(n) => n,
        Err(e) => return Line::End(Ended::Unreadable(super::out::describe(&e))),
    };
    if n == 0 {
        return Line::End(Ended::Eof);
    }
    if buf.ends_with(b"\n") || n < MAX_LINE + 1 {
        return Line::Text(String::from_utf8_lossy(&buf).trim().to_string());
    }
    // Over-long: skip to the end of the line, within bounds.
    let mut skipped = 0;
    loop {
        let (found, used) = match input.fill_buf() {
            Ok([]) => return Line::TooLong,
            Ok(available) => match available.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, available.len()),
            },
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Line::End(Ended::Unreadable(super::out::describe(&e))),
        };
        input.consume(used);
        skipped += used;
        if found {
            return Line::TooLong;
        }
        if skipped > MAX_SKIP {
            return Line::End(Ended::NoNewline);
        }
    }
}

/// The note when a line was too long.
pub fn too_long() -> String {
    format!("(that line is longer than {MAX_LINE} bytes; it was skipped)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> Vec<Line> {
        let mut input = io::BufReader::with_capacity(64, bytes);
        let mut out = Vec::new();
        loop {
            let line = read_line(&mut input);
            let end = matches!(line, Line::End(_));
            out.push(line);
            if end {
                return out;
            }
        }
    }

    #[test]
    fn lines_are_trimmed_and_the_last_needs_no_newline() {
        assert_eq!(
            lines(b" 2 \r\nplan:100:3\nlast"),
            [
                Line::Text("2".into()),
                Line::Text("plan:100:3".into()),
                Line::Text("last".into()),
                Line::End(Ended::Eof)
            ]
        );
    }

    #[test]
    fn a_line_of_exactly_the_cap_is_kept_and_one_more_byte_is_skipped() {
        let mut input = vec![b'a'; MAX_LINE];
        input.push(b'\n');
        input.extend(vec![b'b'; MAX_LINE + 1]);
        input.extend(b"\n1\n");
        let got = lines(&input);
        assert_eq!(got[0], Line::Text("a".repeat(MAX_LINE)));
        assert_eq!(got[1], Line::TooLong);
        assert_eq!(got[2], Line::Text("1".into()));
        assert_eq!(got[3], Line::End(Ended::Eof));
    }

    #[test]
    fn endless_input_without_a_newline_ends_after_the_skip_bound() {
        let zeros = io::repeat(0);
        let mut input = io::BufReader::new(zeros);
        assert_eq!(read_line(&mut input), Line::End(Ended::NoNewline));
    }

    #[test]
    fn bytes_that_are_not_utf8_do_not_end_the_input() {
        assert_eq!(
            lines(b"\xff\xfe1\n")[0],
            Line::Text("\u{fffd}\u{fffd}1".into())
        );
    }
}
