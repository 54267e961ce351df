//! The printable certificate: an A4 PDF page in the certificate's language (text from
//! `ui.ftl`'s `cert-*` messages), drawn with krilla in DejaVu Sans, embedded and subset, so
//! Polish letters print on any machine. More steps than fit go on further pages.

use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::Certificate;
use crate::content::l10n::{Localiser, s};
use crate::records::record::Mode;

/// DejaVu Sans (assets/fonts/, licence beside it).
static FONT: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;

/// The `cert-mode-<key>` of a mode.
pub fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Exam => "exam",
        Mode::Practice => "practice",
    }
}

/// Lines of at most about `width` points of text at `size` (an average glyph of DejaVu Sans is
/// about 0.55 em), broken at spaces; a word longer than a line stands alone.
fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let max = ((width / (size * 0.55)) as usize).max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

struct Pen<'a, 'b> {
    surface: Surface<'a>,
    font: &'b Font,
}

impl Pen<'_, '_> {
    fn colour(&mut self, r: u8, g: u8, b: u8) {
        self.surface.set_fill(Some(Fill {
            paint: rgb::Color::new(r, g, b).into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
    }

    fn text(&mut self, x: f32, y: f32, size: f32, text: &str) {
        self.surface.draw_text(
            Point::from_xy(x, y),
            self.font.clone(),
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    fn rule(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32, grey: u8) {
        let Some(rect) = Rect::from_xywh(x, y, w, h) else {
            return;
        };
        let mut pb = PathBuilder::new();
        pb.push_rect(rect);
        let Some(path) = pb.finish() else {
            return;
        };
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(grey, grey, grey).into(),
            width,
            ..Default::default()
        }));
        self.surface.draw_path(&path);
        self.surface.set_stroke(None);
    }
}

/// The table's columns: message key and width in points.
const COLUMNS: [(&str, f32); 6] = [
    ("cert-col-scenario", 150.0),
    ("cert-col-version", 70.0),
    ("cert-col-rules", 105.0),
    ("cert-col-date", 70.0),
    ("cert-col-mode", 50.0),
    ("cert-col-score", 50.0),
];

/// The certificate as PDF bytes; an error when krilla cannot write it.
pub fn render(cert: &Certificate, loc: &Localiser) -> Result<Vec<u8>, String> {
    let lang = cert.language.as_str();
    let t = |id: &str| loc.t(lang, id);
    let font =
        Font::new(Arc::new(FONT.to_vec()).into(), 0).ok_or("the embedded font does not load")?;
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", t("cert-title"), cert.track_title))
            .language(lang.to_string())
            .creator("callcoach".to_string()),
    );
    let rows: Vec<[Vec<String>; 6]> = cert
        .steps
        .iter()
        .map(|st| {
            let cell = |k: usize, text: &str| wrap(text, COLUMNS[k].1 - 6.0, 9.0);
            [
                cell(0, &loc.scenario_title(lang, &st.scenario)),
                vec![
                    st.version.to_string(),
                    format!("#{}", st.content_hash.chars().take(12).collect::<String>()),
                ],
                cell(2, &st.rubrics.join(", ")),
                cell(3, &loc.date(lang, st.started_at.date_naive())),
                cell(4, &t(&format!("cert-mode-{}", mode_key(st.mode)))),
                vec![format!("{} / 100", st.overall), t("cert-passed")],
            ]
        })
        .collect();
    let mut next = 0;
    let mut first = true;
    while first || next < rows.len() {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or("bad page size")?;
        let mut page = doc.start_page_with(settings);
        {
            let mut pen = Pen {
                surface: page.surface(),
                font: &font,
            };
            pen.rule(25.0, 25.0, WIDTH - 50.0, HEIGHT - 50.0, 2.0, 90);
            pen.rule(31.0, 31.0, WIDTH - 62.0, HEIGHT - 62.0, 0.6, 150);
            let mut y = 95.0;
            if first {
                pen.colour(20, 40, 90);
                pen.text(MARGIN, y, 28.0, &t("cert-title"));
                y += 45.0;
                pen.colour(60, 60, 60);
                pen.text(MARGIN, y, 12.0, &t("cert-awarded"));
                y += 32.0;
                pen.colour(0, 0, 0);
                pen.text(MARGIN, y, 24.0, &cert.trainee);
                y += 30.0;
                pen.colour(60, 60, 60);
                pen.text(MARGIN, y, 12.0, &t("cert-completed"));
                y += 26.0;
                pen.colour(20, 40, 90);
                for line in wrap(&cert.track_title, WIDTH - 2.0 * MARGIN, 18.0) {
                    pen.text(MARGIN, y, 18.0, &line);
                    y += 22.0;
                }
                y += 16.0;
            }
            // The table: a header, then rows while they fit above the footer.
            pen.colour(60, 60, 60);
            let mut x = MARGIN;
            for (key, w) in COLUMNS {
                pen.text(x, y, 9.0, &t(key));
                x += w;
            }
            y += 6.0;
            pen.rule(MARGIN, y, WIDTH - 2.0 * MARGIN, 0.1, 0.5, 120);
            y += 14.0;
            let footer = HEIGHT - 190.0;
            pen.colour(0, 0, 0);
            while next < rows.len() {
                let height = rows[next].iter().map(Vec::len).max().unwrap_or(1) as f32 * 11.0 + 6.0;
                if y + height > footer {
                    break;
                }
                let mut x = MARGIN;
                for (k, cell) in rows[next].iter().enumerate() {
                    for (i, line) in cell.iter().enumerate() {
                        let size = if i > 0 && k == 1 { 7.0 } else { 9.0 };
                        pen.text(x, y + i as f32 * 11.0, size, line);
                    }
                    x += COLUMNS[k].1;
                }
                y += height;
                next += 1;
            }
            pen.rule(MARGIN, y - 6.0, WIDTH - 2.0 * MARGIN, 0.1, 0.5, 120);
            // The footer on every page: issue date and the code.
            let mut y = footer + 30.0;
            pen.colour(60, 60, 60);
            pen.text(
                MARGIN,
                y,
                10.0,
                &loc.ta(
                    lang,
                    "cert-issued",
                    &[("date", s(loc.date(lang, cert.issued_at.date_naive())))],
                ),
            );
            y += 28.0;
            pen.text(MARGIN, y, 10.0, &t("cert-code"));
            y += 24.0;
            pen.colour(20, 40, 90);
            pen.text(MARGIN, y, 20.0, &cert.short_code());
            y += 18.0;
            pen.colour(90, 90, 90);
            pen.text(MARGIN, y, 6.5, &cert.code);
            y += 16.0;
            pen.text(
                MARGIN,
                y,
                8.0,
                &loc.ta(lang, "cert-verify-how", &[("code", s(cert.short_code()))]),
            );
            let Pen { surface, .. } = pen;
            surface.finish();
        }
        page.finish();
        first = false;
    }
    doc.finish()
        .map_err(|e| format!("the PDF cannot be written: {e:?}"))
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_long_words_whole() {
        assert_eq!(wrap("", 100.0, 10.0), [""]);
        let lines = wrap("compliance-us, empathy, arrangement-us", 60.0, 10.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), "compliance-us, empathy, arrangement-us");
        assert_eq!(
            wrap("supercalifragilistic", 20.0, 10.0),
            ["supercalifragilistic"]
        );
    }
}
