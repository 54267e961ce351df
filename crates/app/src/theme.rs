//! The app's look in one place: every colour, the text sizes of painted charts and graphs,
//! and the scale of each text style against the font-size setting. Screens and widgets take
//! their colours from here; none defines its own.

use bevy_egui::egui::Color32;

/// Passed, met, reached: the good outcome.
pub const GOOD: Color32 = Color32::from_rgb(60, 170, 90);
/// Failed, broken, tampered: the bad outcome.
pub const BAD: Color32 = Color32::from_rgb(220, 80, 70);
/// Warnings, partial results, notices.
pub const WARN: Color32 = Color32::from_rgb(230, 170, 50);
/// The mean-score line of the dashboard's trend and the trainee's turns in a transcript.
pub const ACCENT_BLUE: Color32 = Color32::from_rgb(90, 150, 230);
/// A rule that does not apply to the call.
pub const NOT_APPLICABLE: Color32 = Color32::GRAY;
/// Text on a coloured fill (node boxes, kind badges).
pub const TEXT_ON_FILL: Color32 = Color32::WHITE;
/// Text on a faded (unreachable) node box.
pub const TEXT_ON_FADED_FILL: Color32 = Color32::from_gray(200);
/// The score written in a cell of the dashboard's grid.
pub const TEXT_ON_GRID_CELL: Color32 = Color32::BLACK;

/// Fill of a line (Say) node in the trainer's graph.
pub const SAY: Color32 = Color32::from_rgb(46, 78, 122);
/// Fill of a branch node.
pub const BRANCH: Color32 = Color32::from_rgb(92, 70, 128);
/// Fill of an ending that meets the resolution pass mark.
pub const END_GOOD: Color32 = Color32::from_rgb(40, 110, 64);
/// Fill of an ending below the resolution pass mark.
pub const END_BAD: Color32 = Color32::from_rgb(128, 48, 44);
/// The graph's edges.
pub const EDGE: Color32 = Color32::from_rgb(150, 156, 168);
/// The outline and tab of the graph's start node.
pub const START: Color32 = Color32::from_rgb(250, 226, 120);

/// Axis labels and legends of the dashboard's charts, in points.
pub const CHART_TEXT_SIZE: f32 = 11.0;
/// The score in a cell of the dashboard's grid, in points.
pub const GRID_CELL_TEXT_SIZE: f32 = 13.0;
/// A node's id in the trainer's graph, in points.
pub const NODE_TITLE_SIZE: f32 = 15.0;
/// A node's subtitle, the start tab and edge labels in the trainer's graph, in points.
pub const NODE_SUBTITLE_SIZE: f32 = 12.0;

/// Small text against the font-size setting.
pub const SMALL_SCALE: f32 = 0.8;
/// Headings against the font-size setting.
pub const HEADING_SCALE: f32 = 1.45;
/// Monospace text against the font-size setting.
pub const MONOSPACE_SCALE: f32 = 0.85;
/// Space between items, as (horizontal, vertical) fractions of the font size.
pub const ITEM_SPACING: (f32, f32) = (0.5, 0.4);
/// Padding inside buttons, as (horizontal, vertical) fractions of the font size.
pub const BUTTON_PADDING: (f32, f32) = (0.6, 0.35);
/// The widest the scrolled central area grows, in points.
pub const MAX_CONTENT_WIDTH: f32 = 1400.0;

/// The trainee's own notes carried from an earlier call of a case (history and desk).
pub const CARRIED: Color32 = Color32::from_rgb(120, 190, 240);
/// The fill of a small tag chip (what a history entry put on file).
pub const CHIP_FILL: Color32 = Color32::from_rgb(70, 76, 92);
