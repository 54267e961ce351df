//! Spoken forms: a rendered line with its money, dates, times and numbers written out in
//! words, so a synthesiser says "cztery tysiące osiemset dwadzieścia złotych" for
//! "4 820,00 zł" and "piętnastego września" for "15 września".
//!
//! The line is cut into tokens (digit runs, letter runs, spaces, single other characters) and
//! read left to right; at each token the readers below are tried in order and the first that
//! matches replaces the tokens it consumed:
//!
//! 1. money: a symbol or ISO code before the amount (`$1,240.50`, `£90`, `€12,000.00`,
//!    `PLN 4,820.00`) or a symbol, code or `zł` after it (`4 820,00 zł`, `4800,00 €`,
//!    `90,00 GBP`);
//! 2. percentages (`5 %`, `2.5%`);
//! 3. clock times (`10:15 a.m.`, `o 18:30`: Polish hours agree with the preposition before);
//! 4. dates: `15 September [2026]`, `September 15[th][, 2026]`, numeric `7/14/1983` (English,
//!    month first) and `14.07.1983` (Polish); Polish days and years as genitive ordinals
//!    (`15 września 2026 r.` → "piętnastego września dwa tysiące dwudziestego szóstego
//!    roku"), a Polish year before `r.`/`roku` (locative after "w");
//! 5. English ordinals (`27th`, `1st`);
//! 6. phone numbers and codes (`312-555-0187`, `INV-20931`, `BS3`, a ZIP code, `0117`):
//!    digit by digit, capital letters of a code spelt out;
//! 7. English years (a four-digit number 1000–2099 standing alone: "nineteen seventy-four");
//! 8. any other number: a cardinal (Polish: agreeing in gender with the noun after it, "dwie
//!    raty", "czterdzieści dwie licencje"), decimals with "point" / "przecinek".
//!
//! What cannot be said (an unknown currency, a number too large, a Fluent placeable left in
//! the text) is kept as written and reported as a [`Problem`], so the checker can name it and
//! a writer can give the line a `-spoken` message (see `docs/voice.md`).

use crate::content::model::Jurisdiction;

use super::en;
use super::pl::{self, Gender, HourCase};

/// How numbers are said: the language and, for English, the national conventions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    /// English; `british` adds "and" after hundreds and says dates "the 15th of September".
    English {
        /// British conventions (UK and EU calls).
        british: bool,
    },
    /// Polish.
    Polish,
}

impl Speech {
    /// The speech of a call in `lang` under a scenario's jurisdiction; `None` for a language
    /// callcoach cannot put into words.
    pub fn for_call(lang: &str, jurisdiction: Jurisdiction) -> Option<Speech> {
        match lang {
            "en" => Some(Speech::English {
                british: matches!(jurisdiction, Jurisdiction::Uk | Jurisdiction::Eu),
            }),
            "pl" => Some(Speech::Polish),
            _ => None,
        }
    }
}

/// Something in a line that could not be put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset of the trouble in the written line.
    pub at: usize,
    /// What was found, in English (for the checker's message).
    pub what: String,
}

/// A line as it is to be spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    /// The words to say.
    pub text: String,
    /// What could not be put into words (kept as written in `text`).
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Digits,
    Letters,
    Space,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    s: &'a str,
    at: usize,
}

fn lex(text: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    for (at, ch) in text.char_indices() {
        let kind = if ch.is_ascii_digit() {
            Kind::Digits
        } else if ch.is_alphabetic() {
            Kind::Letters
        } else if ch.is_whitespace() {
            Kind::Space
        } else {
            Kind::Other
        };
        let end = at + ch.len_utf8();
        match out.last_mut() {
            Some(last) if last.kind == kind && kind != Kind::Other => {
                last.s = &text[last.at..end];
            }
            _ => out.push(Tok {
                kind,
                s: &text[at..end],
                at,
            }),
        }
    }
    out
}

/// Puts a line's money, dates, times and numbers into words for `speech`.
pub fn spoken(text: &str, speech: Speech) -> Spoken {
    let toks = lex(text);
    let mut r = Reader {
        toks: &toks,
        speech,
        out: String::with_capacity(text.len() * 2),
        problems: Vec::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        i = r.step(i);
    }
    if let Some(at) = text.find(['{', '}']) {
        r.problems.push(Problem {
            at,
            what: "a Fluent placeable left in the text (a variable the line has no value for)"
                .to_string(),
        });
    }
    Spoken {
        text: r.out,
        problems: r.problems,
    }
}

/// A number as written: its whole part, its fraction digits, and how many tokens it took.
#[derive(Debug, Clone)]
struct Amount {
    whole: u64,
    frac: String,
    len: usize,
    plain: bool,
}

/// A reader: from a token, how many tokens it takes and the words it says for them.
type ReadFn<'t, 'a> = fn(&mut Reader<'t, 'a>, usize) -> Option<(usize, String)>;

struct Reader<'t, 'a> {
    toks: &'t [Tok<'a>],
    speech: Speech,
    out: String,
    problems: Vec<Problem>,
}

const SYMBOLS: [(&str, &str); 3] = [("$", "USD"), ("£", "GBP"), ("€", "EUR")];
const CODES: [&str; 4] = ["USD", "GBP", "EUR", "PLN"];

impl<'t, 'a> Reader<'t, 'a> {
    fn tok(&self, i: usize) -> Option<Tok<'a>> {
        self.toks.get(i).copied()
    }

    fn is(&self, i: usize, kind: Kind, s: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == kind && t.s == s)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tok(i).map(|t| t.kind)
    }

    fn digits(&self, i: usize) -> Option<&'a str> {
        self.tok(i).filter(|t| t.kind == Kind::Digits).map(|t| t.s)
    }

    fn british(&self) -> bool {
        matches!(self.speech, Speech::English { british: true })
    }

    fn polish(&self) -> bool {
        self.speech == Speech::Polish
    }

    /// A single space (or no-break space) at `i`.
    fn gap(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Space && t.s.chars().count() == 1)
    }

    /// The word before token `i` (skipping one space).
    fn word_before(&self, i: usize) -> Option<&'a str> {
        let j = i.checked_sub(1)?;
        let j = if self.kind(j) == Some(Kind::Space) {
            j.checked_sub(1)?
        } else {
            j
        };
        self.tok(j).filter(|t| t.kind == Kind::Letters).map(|t| t.s)
    }

    /// The word after `i` tokens (skipping one space).
    fn word_after(&self, i: usize) -> Option<&'a str> {
        let j = if self.gap(i) { i + 1 } else { i };
        self.tok(j).filter(|t| t.kind == Kind::Letters).map(|t| t.s)
    }

    /// Whether the token before `i` is glued to it (a letter, '-', '/' or '@': part of a code).
    fn glued_before(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|j| self.tok(j))
            .is_some_and(|t| t.kind == Kind::Letters || matches!(t.s, "-" | "/" | "@" | "_" | "#"))
    }

    fn glued_after(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            (t.kind == Kind::Letters && !self.is_ordinal_suffix(t.s))
                || matches!(t.s, "/" | "@" | "_")
                || (t.s == "-" && self.kind(i + 1) == Some(Kind::Digits))
        })
    }

    fn is_ordinal_suffix(&self, s: &str) -> bool {
        !self.polish() && matches!(s, "st" | "nd" | "rd" | "th")
    }

    /// A number at `i` in the language's writing: `1,240.50` (English), `4 820,00` (Polish).
    fn amount(&self, i: usize) -> Option<Amount> {
        let first = self.digits(i)?;
        let (group, decimal) = if self.polish() {
            (None, ",")
        } else {
            (Some(","), ".")
        };
        let mut whole = first.to_string();
        let mut j = i + 1;
        let mut plain = true;
        // Digit groups of exactly three after the first (which has at most three).
        if first.len() <= 3 && !first.starts_with('0') {
            loop {
                let sep_ok = match group {
                    Some(g) => self.is(j, Kind::Other, g),
                    None => self.gap(j),
                };
                match self.digits(j + 1) {
                    Some(d) if sep_ok && d.len() == 3 => {
                        whole.push_str(d);
                        j += 2;
                        plain = false;
                    }
                    _ => break,
                }
            }
        }
        let mut frac = String::new();
        if self.is(j, Kind::Other, decimal)
            && let Some(d) = self.digits(j + 1)
        {
            frac = d.to_string();
            j += 2;
            plain = false;
        }
        let whole = whole.parse::<u64>().ok()?;
        Some(Amount {
            whole,
            frac,
            len: j - i,
            plain,
        })
    }

    fn cardinal(&self, n: u64, gender: Gender) -> String {
        match self.speech {
            Speech::English { british } => en::cardinal(n, british),
            Speech::Polish => pl::cardinal(n, gender),
        }
    }

    fn digit_by_digit(&self, digits: &str) -> String {
        digits
            .chars()
            .filter_map(|c| c.to_digit(10))
            .map(|d| {
                if self.polish() {
                    pl::digit(d)
                } else {
                    en::digit(d)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Money in words, or a problem for a currency without words.
    fn money(&mut self, a: &Amount, code: &str, at: usize) -> Option<String> {
        if a.frac.len() > 2 {
            return None;
        }
        let cents: u32 = if a.frac.is_empty() {
            0
        } else {
            format!("{:0<2}", a.frac).parse().ok()?
        };
        let words = match self.speech {
            Speech::English { british } => en::money(a.whole, cents, code, british),
            Speech::Polish => pl::money(a.whole, cents, code),
        };
        if words.is_none() {
            self.problems.push(Problem {
                at,
                what: format!("money in a currency without spoken words ({code})"),
            });
        }
        words
    }

    fn number(&self, a: &Amount, gender: Gender) -> String {
        let whole = self.cardinal(a.whole, gender);
        if a.frac.is_empty() {
            return whole;
        }
        let point = if self.polish() { "przecinek" } else { "point" };
        let frac = if self.polish() && !a.frac.starts_with('0') && a.frac.len() <= 2 {
            self.cardinal(a.frac.parse().unwrap_or(0), Gender::Feminine)
        } else {
            self.digit_by_digit(&a.frac)
        };
        format!("{whole} {point} {frac}")
    }

    /// Reads from token `i`, writes its spoken form and returns the next token to read.
    fn step(&mut self, i: usize) -> usize {
        let readers: [ReadFn<'t, 'a>; 9] = [
            Self::money_before,
            Self::money_after,
            Self::percent,
            Self::clock,
            Self::date,
            Self::ordinal,
            Self::code,
            Self::year,
            Self::plain_number,
        ];
        for read in readers {
            if let Some((len, words)) = read(self, i) {
                self.push(&words);
                return i + len.max(1);
            }
        }
        let t = self.toks[i];
        match t.s {
            "×" => self.push(if self.polish() { "razy" } else { "times" }),
            "&" => self.push(if self.polish() { "i" } else { "and" }),
            "%" => self.push(if self.polish() { "procent" } else { "percent" }),
            _ if t.kind == Kind::Letters && self.glued_code_letters(i) => {
                let spelt: Vec<String> = t.s.chars().map(String::from).collect();
                self.push(&spelt.join(" "));
            }
            s => self.push(s),
        }
        i + 1
    }

    /// Appends words, with a space where a word would otherwise run into the last one
    /// ("M19" → "M one nine", not "Mone nine").
    fn push(&mut self, s: &str) {
        let ends_word = self
            .out
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let starts_word = s.chars().next().is_some_and(char::is_alphanumeric);
        if ends_word && starts_word {
            self.out.push(' ');
        }
        self.out.push_str(s);
    }

    /// Capital letters glued to digits or a dash ("INV-", "BS3"): a code, spelt out.
    fn glued_code_letters(&self, i: usize) -> bool {
        let t = self.toks[i];
        let caps = t.s.chars().count() <= 5 && t.s.chars().all(|c| c.is_uppercase());
        let next_glued = self.tok(i + 1).is_some_and(|n| {
            n.kind == Kind::Digits
                || (n.s == "-" && self.kind(i + 2) == Some(Kind::Digits))
                || n.s == "/"
        });
        let prev_glued = i
            .checked_sub(1)
            .and_then(|j| self.tok(j))
            .is_some_and(|p| p.kind == Kind::Digits);
        caps && t.s.chars().count() >= 1 && (next_glued || prev_glued)
    }

    fn money_before(&mut self, i: usize) -> Option<(usize, String)> {
        let t = self.tok(i)?;
        let (code, skip) = if let Some((_, code)) = SYMBOLS.iter().find(|(s, _)| *s == t.s) {
            (*code, 1)
        } else if t.kind == Kind::Letters && CODES.contains(&t.s) && self.gap(i + 1) {
            (t.s, 2)
        } else {
            return None;
        };
        let a = self.amount(i + skip)?;
        let words = self.money(&a, code, t.at)?;
        Some((skip + a.len, words))
    }

    fn money_after(&mut self, i: usize) -> Option<(usize, String)> {
        if self.glued_before(i) {
            return None;
        }
        let a = self.amount(i)?;
        let j = i + a.len;
        let k = if self.gap(j) { j + 1 } else { j };
        let t = self.tok(k)?;
        let code = match t.s {
            "zł" => "PLN",
            s if t.kind == Kind::Letters && CODES.contains(&s) => s,
            s => SYMBOLS.iter().find(|(sym, _)| *sym == s)?.1,
        };
        let words = self.money(&a, code, self.toks[i].at)?;
        Some((k + 1 - i, words))
    }

    fn percent(&mut self, i: usize) -> Option<(usize, String)> {
        if self.glued_before(i) {
            return None;
        }
        let a = self.amount(i)?;
        let j = i + a.len;
        let k = if self.gap(j) { j + 1 } else { j };
        if !self.is(k, Kind::Other, "%") {
            return None;
        }
        let word = if self.polish() { "procent" } else { "percent" };
        Some((
            k + 1 - i,
            format!("{} {word}", self.number(&a, Gender::Masculine)),
        ))
    }

    fn clock(&mut self, i: usize) -> Option<(usize, String)> {
        let h = self.digits(i)?;
        let m = self.digits(i + 2)?;
        if h.len() > 2 || m.len() != 2 || !self.is(i + 1, Kind::Other, ":") {
            return None;
        }
        if self.kind(i + 3) == Some(Kind::Digits) || self.is(i + 3, Kind::Other, ":") {
            return None;
        }
        let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        if self.polish() {
            let case = self
                .word_before(i)
                .map_or(HourCase::Nominative, HourCase::after);
            return Some((3, pl::time(hour, minute, case)?));
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        let meridiem = self
            .word_after(i + 3)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "p" | "am" | "pm"));
        Some((3, en::time(hour, minute, meridiem)))
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let w = self.tok(i).filter(|t| t.kind == Kind::Letters)?.s;
        let pos = if self.polish() {
            pl::MONTHS_GENITIVE
                .iter()
                .position(|m| *m == w.to_lowercase())
        } else {
            en::MONTHS.iter().position(|m| *m == w)
        }?;
        Some(pos as u32 + 1)
    }

    fn day_at(&self, i: usize) -> Option<u32> {
        let d = self.digits(i)?;
        let day: u32 = d.parse().ok()?;
        (d.len() <= 2 && (1..=31).contains(&day)).then_some(day)
    }

    fn year_at(&self, i: usize) -> Option<u64> {
        let y = self.digits(i)?;
        (y.len() == 4).then(|| y.parse().ok()).flatten()
    }

    fn date(&mut self, i: usize) -> Option<(usize, String)> {
        if self.glued_before(i) && !self.is(i.checked_sub(1)?, Kind::Other, "-") {
            // A date never starts inside a code (but may follow a dash: "1–15 September").
            if self.kind(i) == Some(Kind::Digits) {
                return None;
            }
        }
        if self.polish() {
            self.date_pl(i)
        } else {
            self.date_en(i)
        }
    }

    /// `15 września [2026 [r.|roku]]`, `14.07.1983`, `2019 roku`.
    fn date_pl(&mut self, i: usize) -> Option<(usize, String)> {
        let (day, month, mut j) = if let Some(day) = self.day_at(i)
            && self.gap(i + 1)
            && let Some(month) = self.month_at(i + 2)
        {
            (Some(day), Some(month), i + 3)
        } else if let Some(day) = self.day_at(i)
            && self.is(i + 1, Kind::Other, ".")
            && let Some(m) = self.digits(i + 2)
            && self.is(i + 3, Kind::Other, ".")
            && self.year_at(i + 4).is_some()
        {
            let month: u32 = m.parse().ok()?;
            if !(1..=12).contains(&month) {
                return None;
            }
            (Some(day), Some(month), i + 4)
        } else if self.year_at(i).is_some() {
            (None, None, i)
        } else {
            return None;
        };
        let mut words: Vec<String> = Vec::new();
        if let (Some(day), Some(month)) = (day, month) {
            words.push(pl::ordinal_genitive(u64::from(day))?);
            words.push(pl::MONTHS_GENITIVE[month as usize - 1].to_string());
        }
        // The year, after a date or before "r." / "roku".
        let year_at = if day.is_some() && self.gap(j) && self.year_at(j + 1).is_some() {
            Some(j + 1)
        } else if day.is_none() || self.year_at(j).is_some() {
            // A year alone (before "r."/"roku"), or the year of a numeric date.
            Some(j)
        } else {
            None
        };
        if let Some(y) = year_at {
            let year = self.year_at(y)?;
            let after = y + 1;
            let (roku, len) = if self.gap(after) && self.is(after + 1, Kind::Letters, "roku") {
                (true, 2)
            } else if self.gap(after)
                && self.is(after + 1, Kind::Letters, "r")
                && self.is(after + 2, Kind::Other, ".")
            {
                // "r." → "roku.": the dot may end the sentence too, so it stays.
                (true, 2)
            } else {
                (false, 0)
            };
            if day.is_none() && !roku {
                return None;
            }
            let locative = day.is_none() && self.word_before(i).is_some_and(|w| w == "w");
            let ordinal = if locative {
                pl::ordinal_locative(year)?
            } else {
                pl::ordinal_genitive(year)?
            };
            words.push(ordinal);
            if roku {
                words.push("roku".to_string());
            }
            j = after + len;
        }
        Some((j - i, words.join(" ")))
    }

    /// `15 September [2026]`, `September 15[th][, 2026]`, `7/14/1983`.
    fn date_en(&mut self, i: usize) -> Option<(usize, String)> {
        let british = self.british();
        let say_year = |y: u64| {
            if y < 100 {
                en::cardinal(y, british)
            } else {
                en::year(y, british)
            }
        };
        // Numeric, month first: 7/14/1983, 6/2/79.
        if let Some(m) = self.digits(i)
            && self.is(i + 1, Kind::Other, "/")
            && let Some(day) = self.day_at(i + 2)
            && self.is(i + 3, Kind::Other, "/")
            && let Some(y) = self.digits(i + 4)
            && (y.len() == 2 || y.len() == 4)
        {
            let month: usize = m.parse().ok()?;
            if !(1..=12).contains(&month) || m.len() > 2 {
                return None;
            }
            let year: u64 = y.parse().ok()?;
            let words = format!(
                "{} {}, {}",
                en::MONTHS[month - 1],
                en::ordinal(u64::from(day), british),
                say_year(year)
            );
            return Some((5, words));
        }
        // Day first: 15 September [2026].
        if let Some(day) = self.day_at(i)
            && self.gap(i + 1)
            && let Some(month) = self.month_at(i + 2)
        {
            let month_name = en::MONTHS[month as usize - 1];
            let day = en::ordinal(u64::from(day), british);
            let mut len = 3;
            let mut words = if british {
                let the = if self
                    .word_before(i)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                {
                    ""
                } else {
                    "the "
                };
                format!("{the}{day} of {month_name}")
            } else {
                format!("{month_name} {day}")
            };
            if self.gap(i + 3)
                && let Some(year) = self.year_at(i + 4)
            {
                words = format!("{words}, {}", en::year(year, british));
                len = 5;
            }
            return Some((len, words));
        }
        // Month first: September 15[th][, 2026] / [, '83].
        if let Some(month) = self.month_at(i)
            && self.gap(i + 1)
            && let Some(day) = self.day_at(i + 2)
        {
            let mut j = i + 3;
            if self.tok(j).is_some_and(|t| self.is_ordinal_suffix(t.s)) {
                j += 1;
            }
            if self.kind(j) == Some(Kind::Letters) || self.kind(j) == Some(Kind::Digits) {
                return None;
            }
            let mut words = format!(
                "{} {}",
                en::MONTHS[month as usize - 1],
                en::ordinal(u64::from(day), british)
            );
            if self.is(j, Kind::Other, ",") && self.gap(j + 1) {
                if let Some(year) = self.year_at(j + 2) {
                    words = format!("{words}, {}", en::year(year, british));
                    j += 3;
                } else if (self.is(j + 2, Kind::Other, "'") || self.is(j + 2, Kind::Other, "’"))
                    && let Some(y) = self.digits(j + 3)
                    && y.len() == 2
                {
                    words = format!("{words}, {}", say_year(y.parse().ok()?));
                    j += 4;
                }
            }
            return Some((j - i, words));
        }
        None
    }

    /// English `27th`, `1st`.
    fn ordinal(&mut self, i: usize) -> Option<(usize, String)> {
        if self.polish() || self.glued_before(i) {
            return None;
        }
        let n: u64 = self.digits(i)?.parse().ok()?;
        let suffix = self.tok(i + 1)?;
        if !self.is_ordinal_suffix(suffix.s) || self.kind(i + 2) == Some(Kind::Letters) {
            return None;
        }
        Some((2, en::ordinal(n, self.british())))
    }

    /// Phone numbers, codes, ZIP codes and numbers with a leading zero: digit by digit.
    fn code(&mut self, i: usize) -> Option<(usize, String)> {
        let d = self.digits(i)?;
        // 312-555-0187 and 725-218-44-19: groups joined by dashes, at least three.
        let mut groups = vec![d];
        let mut j = i + 1;
        while self.is(j, Kind::Other, "-")
            && let Some(g) = self.digits(j + 1)
        {
            groups.push(g);
            j += 2;
        }
        if groups.len() >= 3 && !self.glued_before(i) {
            let said: Vec<String> = groups.iter().map(|g| self.digit_by_digit(g)).collect();
            return Some((j - i, said.join(", ")));
        }
        let in_code = self.glued_before(i) || self.glued_after(i + 1);
        let long = d.len() >= 5 && self.amount(i).is_some_and(|a| a.plain);
        let zero = d.len() > 1 && d.starts_with('0');
        (in_code || long || zero).then(|| (1, self.digit_by_digit(d)))
    }

    /// An English year standing alone: 1974 → "nineteen seventy-four".
    fn year(&mut self, i: usize) -> Option<(usize, String)> {
        if self.polish() {
            return None;
        }
        let y = self.year_at(i)?;
        let a = self.amount(i)?;
        (a.plain && (1000..=2099).contains(&y)).then(|| (1, en::year(y, self.british())))
    }

    fn plain_number(&mut self, i: usize) -> Option<(usize, String)> {
        let a = self.amount(i)?;
        if a.whole >= 1_000_000_000_000_000 {
            self.problems.push(Problem {
                at: self.toks[i].at,
                what: "a number too large to say".to_string(),
            });
            return None;
        }
        let gender = if self.polish() {
            self.word_after(i + a.len)
                .map_or(Gender::Masculine, pl::gender_of)
        } else {
            Gender::Masculine
        };
        Some((a.len, self.number(&a, gender)))
    }
}
