//! What every screen shares: the style (text sizes from [`crate::theme`]), the top bar (trainee, language, font size), the
//! notice line, and the content diagnostics panel. Leaves the central area to the screens.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::active_call::Notice;
use super::content::{Checking, Content};
use super::prefs::Prefs;
use super::redraw::Redraw;
use super::theme::{self, BAD, WARN};
use super::widgets::accessible_name;

/// The shell's systems; screens draw after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShellSystems;

/// The area left for the current screen.
#[derive(Resource, Debug, Clone, Copy)]
pub struct CentralRect(pub egui::Rect);

impl Default for CentralRect {
    fn default() -> Self {
        CentralRect(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 720.0),
        ))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CentralRect>()
        .init_resource::<ShowDiagnostics>()
        .add_systems(
            EguiPrimaryContextPass,
            (apply_style, top_bar, problems_panel)
                .chain()
                .in_set(ShellSystems),
        );
}

/// Whether the diagnostics list is expanded.
#[derive(Resource, Debug, Default)]
struct ShowDiagnostics(bool);

/// egui's fonts, with the monospace face (Hack) behind the proportional one, so that the
/// arrows and marks Ubuntu lacks (→ ↑ ↓ in the mastery matrix's legend) draw instead of a box.
fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let mono = fonts
        .families
        .get(&egui::FontFamily::Monospace)
        .and_then(|f| f.first().cloned());
    if let (Some(mono), Some(prop)) = (
        mono,
        fonts.families.get_mut(&egui::FontFamily::Proportional),
    ) {
        prop.push(mono);
    }
    fonts
}

/// Text sizes from the font-size setting; no blinking cursor (it would keep redrawing).
fn apply_style(mut contexts: EguiContexts, prefs: Res<Prefs>, mut applied: Local<f32>) -> Result {
    let ctx = contexts.ctx_mut()?;
    if std::env::var_os("CALLCOACH_DEBUG_REDRAW").is_some() {
        eprintln!(
            "egui repaint causes: {:?} events {:?}",
            ctx.repaint_causes(),
            ctx.input(|i| i.events.clone())
        );
    }
    if *applied == prefs.font_size {
        return Ok(());
    }
    if *applied == 0.0 {
        ctx.set_fonts(fonts());
    }
    *applied = prefs.font_size;
    let size = prefs.font_size;
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(size * theme::SMALL_SCALE, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(size, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(size, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(size * theme::HEADING_SCALE, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(size * theme::MONOSPACE_SCALE, FontFamily::Monospace),
            ),
        ]
        .into();
        let (x, y) = theme::ITEM_SPACING;
        style.spacing.item_spacing = egui::vec2(size * x, size * y);
        let (x, y) = theme::BUTTON_PADDING;
        style.spacing.button_padding = egui::vec2(size * x, size * y);
        style.visuals.text_cursor.blink = false;
        // egui's debug markers exist only in debug builds.
        #[cfg(debug_assertions)]
        {
            style.debug.show_unaligned = false;
        }
        style.animation_time = 0.0;
    });
    Ok(())
}

/// A root `Ui` covering a rectangle of the window (egui 0.36 panels live inside a `Ui`).
pub fn root_ui(ctx: &egui::Context, id: &'static str, rect: egui::Rect) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect),
    )
}

/// Draws a screen in the central area, scrollable.
pub fn central(
    ctx: &egui::Context,
    rect: egui::Rect,
    id: &'static str,
    add: impl FnOnce(&mut egui::Ui),
) {
    let mut root = root_ui(ctx, id, rect);
    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(theme::MAX_CONTENT_WIDTH));
                add(ui);
            });
    });
}

fn top_bar(
    mut contexts: EguiContexts,
    mut prefs: ResMut<Prefs>,
    content: Res<Content>,
    (checking, screen): (Option<Res<Checking>>, Option<Res<State<super::Screen>>>),
    mut notice: ResMut<Notice>,
    mut central: ResMut<CentralRect>,
    mut redraw: ResMut<Redraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "shell-top", ctx.content_rect());
    let loc = &content.loc;
    let lang = prefs.lang.clone();
    let bar = egui::Panel::top("top-bar").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.heading(loc.t(&lang, "app-title"));
            // Not on the sign-in screen: a name being typed there is not signed in yet.
            let signed_in = screen.is_some_and(|s| *s.get() != super::Screen::SignIn);
            if signed_in && !prefs.trainee.trim().is_empty() {
                ui.separator();
                ui.label(loc.ta(
                    &lang,
                    "app-signed-in-as",
                    &[
                        (
                            "name",
                            callcoach_core::content::l10n::s(prefs.trainee.trim()),
                        ),
                        ("role", callcoach_core::content::l10n::s(prefs.role.key())),
                    ],
                ));
            }
            if checking.as_ref().is_some_and(|c| c.busy()) || !content.checked {
                ui.separator();
                ui.label(loc.t(&lang, "app-checking"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let bigger = ui
                    .button("A+")
                    .on_hover_text(loc.t(&lang, "app-font-bigger"));
                accessible_name(
                    &bigger,
                    egui::WidgetType::Button,
                    &loc.t(&lang, "app-font-bigger"),
                );
                if bigger.clicked() {
                    prefs.bump_font(2.0);
                }
                let smaller = ui
                    .button("A−")
                    .on_hover_text(loc.t(&lang, "app-font-smaller"));
                accessible_name(
                    &smaller,
                    egui::WidgetType::Button,
                    &loc.t(&lang, "app-font-smaller"),
                );
                if smaller.clicked() {
                    prefs.bump_font(-2.0);
                }
                ui.label(loc.t(&lang, "app-font-size"));
                ui.separator();
                let mut chosen = lang.clone();
                let combo = egui::ComboBox::from_id_salt("language")
                    .selected_text(loc.t(&lang, &format!("lang-{lang}")))
                    .show_ui(ui, |ui| {
                        for l in loc.languages() {
                            let name = loc.t(l, &format!("lang-{l}"));
                            ui.selectable_value(&mut chosen, l.to_string(), name);
                        }
                    });
                // The label stands left of the box (this row is laid out right to left).
                let label = ui.label(loc.t(&lang, "app-language"));
                let _ = combo.response.labelled_by(label.id);
                if chosen != lang {
                    prefs.lang = chosen;
                    redraw.request();
                }
            });
        });
        if let Some(text) = notice.0.clone() {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(WARN, text);
                if ui.small_button(loc.t(&lang, "app-dismiss")).clicked() {
                    notice.0 = None;
                }
            });
        }
    });
    let mut rect = ctx.content_rect();
    rect.min.y = bar.response.rect.max.y;
    central.0 = rect;
    Ok(())
}

/// The checker's findings, visible whenever the content has errors (warnings on request).
fn problems_panel(
    mut contexts: EguiContexts,
    prefs: Res<Prefs>,
    content: Res<Content>,
    mut show: ResMut<ShowDiagnostics>,
    mut central: ResMut<CentralRect>,
    screen: Option<Res<State<super::Screen>>>,
) -> Result {
    // The trainer view lists the diagnostics itself, with more detail.
    if screen.is_some_and(|s| *s.get() == super::Screen::Trainer) {
        return Ok(());
    }
    let errors = content.errors().count();
    let warnings = content.diagnostics.len() - errors;
    if errors == 0 && warnings == 0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "shell-problems", central.0);
    let loc = &content.loc;
    let lang = prefs.lang.as_str();
    let panel = egui::Panel::bottom("problems")
        .resizable(false)
        .show(&mut root, |ui| {
            ui.horizontal(|ui| {
                let title = loc.ta(
                    lang,
                    "app-problems",
                    &[
                        ("errors", callcoach_core::content::l10n::n(errors as f64)),
                        (
                            "warnings",
                            callcoach_core::content::l10n::n(warnings as f64),
                        ),
                    ],
                );
                ui.colored_label(if errors > 0 { BAD } else { WARN }, title);
                let label = if show.0 || errors > 0 {
                    "app-problems-hide"
                } else {
                    "app-problems-show"
                };
                if errors == 0 && ui.small_button(loc.t(lang, label)).clicked() {
                    show.0 = !show.0;
                }
            });
            if errors > 0 || show.0 {
                egui::ScrollArea::vertical()
                    .id_salt("problems-list")
                    .max_height(central.0.height() * 0.3)
                    .show(ui, |ui| {
                        for d in content
                            .diagnostics
                            .iter()
                            .filter(|d| d.is_error() || show.0)
                        {
                            let color = if d.is_error() { BAD } else { WARN };
                            ui.colored_label(color, short(d, &content.library.root));
                        }
                    });
            }
        });
    central.0.max.y = panel.response.rect.min.y;
    Ok(())
}

/// A diagnostic on one line, its path relative to the library root.
pub fn short(
    d: &callcoach_core::content::diagnostic::Diagnostic,
    root: &std::path::Path,
) -> String {
    d.one_line()
        .replacen(&format!("{}/", root.display()), "", 1)
}
