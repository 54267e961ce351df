//! The call graph, drawn from the core's [`callcoach_core::engine::graph::Layout`]: boxes coloured by kind
//! (line, branch, good or bad ending), the start marked, unreachable nodes dashed amber,
//! critical-rule choices red, loops around the side; pan by dragging or scrolling, zoom with
//! Ctrl + scroll; click a node to inspect it.

use std::collections::BTreeMap;
use std::sync::Arc;

use bevy_egui::egui::epaint::CubicBezierShape;
use bevy_egui::egui::{
    self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Shape, Stroke, Vec2, pos2, vec2,
};

use super::panels::View;
use super::{Reach, TrainerUi, TrainerWork};
use crate::theme::{
    ACCENT_BLUE, BAD, BRANCH, EDGE, END_BAD, END_GOOD, GOOD, NODE_SUBTITLE_SIZE, NODE_TITLE_SIZE,
    SAY, START, TEXT_ON_FADED_FILL, TEXT_ON_FILL, WARN,
};
use callcoach_core::compile::{CKind, CompiledScenario};
use callcoach_core::content::l10n::n;
use callcoach_core::engine::graph::{Edge, Layout};

/// Node box size and the distance between layers and slots, in graph points.
const NODE: Vec2 = vec2(172.0, 52.0);
const PITCH_X: f32 = 200.0;
const PITCH_Y: f32 = 100.0;
/// Below this zoom the whole graph is not fitted: the view starts at the top, readable.
const MIN_FIT_ZOOM: f32 = 0.85;

fn centre(layout: &Layout, i: usize) -> Pos2 {
    let p = layout.nodes[i];
    pos2(p.x * PITCH_X, p.layer as f32 * PITCH_Y + NODE.y / 2.0)
}

fn bounds(layout: &Layout) -> Rect {
    Rect::from_min_max(
        pos2(0.0, 0.0),
        pos2(
            layout.width * PITCH_X,
            (layout.layers as f32 - 1.0).max(0.0) * PITCH_Y + NODE.y,
        ),
    )
    .expand2(vec2(70.0, 40.0))
}

/// The header, the legend, and the graph of the selected scenario.
pub fn show(ui: &mut egui::Ui, v: &View, st: &mut TrainerUi, work: &TrainerWork) -> bool {
    let Some(id) = st.scenario.clone() else {
        ui.label(v.t("app-trainer-no-scenario"));
        return false;
    };
    let card = v.content.cards.iter().find(|c| c.id == id);
    let sc = st.compiled(v.content).cloned();
    let mut fit = false;
    ui.horizontal_wrapped(|ui| {
        ui.heading(v.title(&id));
        let version = sc
            .as_ref()
            .map_or(String::new(), |sc| format!("{id} · v{}", sc.version));
        ui.label(RichText::new(version).monospace().weak());
        if sc.is_some() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                fit = ui
                    .button(v.t("app-trainer-fit"))
                    .on_hover_text(v.t("app-trainer-graph-help"))
                    .clicked();
            });
        }
    });
    let Some(sc) = sc else {
        ui.colored_label(BAD, v.t("app-trainer-not-compiled"));
        return false;
    };
    if card.is_some_and(|c| c.is_broken()) {
        ui.colored_label(WARN, v.t("app-trainer-last-good"));
    }
    let reach = work.reach(&sc);
    ui.horizontal_wrapped(|ui| {
        match &reach {
            None => {
                ui.spinner();
                ui.label(v.t("app-trainer-exploring"));
            }
            Some(r) => {
                let unreachable = unreachable_nodes(&sc, r).len();
                if unreachable == 0 {
                    ui.colored_label(GOOD, v.t("app-trainer-all-reachable"));
                } else {
                    ui.colored_label(
                        WARN,
                        v.ta(
                            "app-trainer-unreachable",
                            &[("count", n(unreachable as f64))],
                        ),
                    );
                }
                if r.truncated {
                    ui.colored_label(WARN, v.t("app-trainer-explore-truncated"));
                }
            }
        }
        ui.label(
            RichText::new(v.ta(
                "app-trainer-graph-size",
                &[
                    ("nodes", n(sc.nodes.len() as f64)),
                    (
                        "edges",
                        n(callcoach_core::engine::graph::edges(&sc).len() as f64),
                    ),
                ],
            ))
            .weak(),
        );
    });
    let reread = super::items::status(ui, v, work);
    legend(ui, v);
    let Some(layout) = work.layout(&sc) else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(v.t("app-trainer-laying-out"));
        });
        return reread;
    };
    graph(ui, v, st, &sc, &layout, reach.as_deref(), fit);
    reread
}

/// Say and End nodes no reachable state gets to (branches are passed through, so they count
/// as unreachable only when every node they lead to is).
fn unreachable_nodes(sc: &CompiledScenario, r: &Reach) -> Vec<usize> {
    (0..sc.nodes.len())
        .filter(|&i| is_unreachable(sc, r, i))
        .collect()
}

fn is_unreachable(sc: &CompiledScenario, r: &Reach, i: usize) -> bool {
    if r.reached.get(i).copied().unwrap_or(true) {
        return false;
    }
    match &sc.nodes[i].kind {
        // A branch is never "reached" itself; it is live when the start is it or a node it
        // routes to is reached from it. Judge by its targets, conservatively.
        CKind::Branch { routes } => {
            i != sc.start as usize
                && routes
                    .iter()
                    .all(|(_, next)| r.reached.get(*next as usize) == Some(&false))
        }
        _ => true,
    }
}

/// A row of swatches explaining the colours.
fn legend(ui: &mut egui::Ui, v: &View) {
    /// What a legend item's swatch shows.
    enum Mark {
        Box(Color32, Stroke, bool),
        Line(Color32, f32, bool),
    }
    let items = [
        (
            Mark::Box(SAY, Stroke::NONE, false),
            "app-trainer-legend-say",
        ),
        (
            Mark::Box(BRANCH, Stroke::NONE, false),
            "app-trainer-legend-branch",
        ),
        (
            Mark::Box(END_GOOD, Stroke::NONE, false),
            "app-trainer-legend-end-good",
        ),
        (
            Mark::Box(END_BAD, Stroke::NONE, false),
            "app-trainer-legend-end-bad",
        ),
        (
            Mark::Box(SAY, Stroke::new(2.5, START), false),
            "app-trainer-legend-start",
        ),
        (
            Mark::Box(SAY.gamma_multiply(0.4), Stroke::new(2.0, WARN), true),
            "app-trainer-legend-unreachable",
        ),
        (Mark::Line(BAD, 2.5, false), "app-trainer-legend-critical"),
        (Mark::Line(EDGE, 1.5, true), "app-trainer-legend-loop"),
        (
            Mark::Line(ACCENT_BLUE, 1.8, true),
            "app-trainer-deal-legend",
        ),
    ];
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 12.0;
        let font = egui::TextStyle::Small.resolve(ui.style());
        let h = ui.text_style_height(&egui::TextStyle::Small);
        let colour = ui.visuals().text_color();
        for (mark, key) in items {
            // One allocation per item, so an item wraps as a whole.
            let galley = ui.painter().layout_no_wrap(v.t(key), font.clone(), colour);
            let swatch = vec2(h * 1.6, h);
            let size = vec2(swatch.x + 5.0 + galley.size().x, h.max(galley.size().y));
            let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
            let sw =
                Rect::from_min_size(pos2(rect.left(), rect.center().y - swatch.y / 2.0), swatch)
                    .shrink(1.0);
            let painter = ui.painter();
            match mark {
                Mark::Box(fill, stroke, dashed) => {
                    painter.rect_filled(sw, 3.0, fill);
                    if dashed {
                        dashed_rect(painter, sw, stroke);
                    } else if stroke.width > 0.0 {
                        painter.rect_stroke(sw, 3.0, stroke, egui::StrokeKind::Inside);
                    }
                }
                Mark::Line(c, width, dashed) => {
                    let y = sw.center().y;
                    let pts = [pos2(sw.left(), y), pos2(sw.right(), y)];
                    let stroke = Stroke::new(width, c);
                    if dashed {
                        painter.extend(Shape::dashed_line(&pts, stroke, 5.0, 3.0));
                    } else {
                        painter.line_segment(pts, stroke);
                    }
                }
            }
            let at = pos2(sw.right() + 5.0, rect.center().y - galley.size().y / 2.0);
            painter.galley(at, galley, colour);
        }
    });
}

/// Draws a dashed rectangle outline.
fn dashed_rect(painter: &egui::Painter, rect: Rect, stroke: Stroke) {
    let pts = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    painter.extend(Shape::dashed_line(&pts, stroke, 6.0, 4.0));
}

/// One edge as drawn: the points it passes and how.
struct Drawn {
    from: usize,
    to: usize,
    label: String,
    critical: bool,
    /// A negotiation edge (propose, fixed offer, counter taken): drawn blue and dashed.
    negotiation: bool,
    back: bool,
    /// Centre line points: the source's port, the passing points (top and bottom of each
    /// layer band), the target's port.
    points: Vec<Pos2>,
}

/// Where each edge leaves and enters its nodes: ports spread across the bottom (outgoing) and
/// top (incoming) edge of a box, ordered by where the other end lies, so fans do not cross.
fn routes(layout: &Layout, edges: &[Edge]) -> Vec<Drawn> {
    let mut drawn: Vec<Drawn> = edges
        .iter()
        .zip(&layout.routes)
        .map(|(e, r)| {
            let mut points = vec![centre(layout, e.from)];
            for &(layer, x) in &r.via {
                let top = layer as f32 * PITCH_Y;
                points.push(pos2(x * PITCH_X, top));
                points.push(pos2(x * PITCH_X, top + NODE.y));
            }
            points.push(centre(layout, e.to));
            Drawn {
                from: e.from,
                to: e.to,
                label: e.label.clone(),
                critical: e.critical,
                negotiation: e.negotiation,
                back: r.back,
                points,
            }
        })
        .collect();
    // Distinct neighbours' x per node side, sorted: the port order.
    let mut outs: BTreeMap<usize, Vec<f32>> = BTreeMap::new();
    let mut ins: BTreeMap<usize, Vec<f32>> = BTreeMap::new();
    for d in drawn.iter().filter(|d| !d.back) {
        outs.entry(d.from).or_default().push(d.points[1].x);
        ins.entry(d.to)
            .or_default()
            .push(d.points[d.points.len() - 2].x);
    }
    for v in outs.values_mut().chain(ins.values_mut()) {
        v.sort_by(f32::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 0.5);
    }
    let port = |xs: &[f32], x: f32| -> f32 {
        let k = xs.len();
        let i = xs.iter().position(|v| (*v - x).abs() < 0.5).unwrap_or(0);
        let span = NODE.x * 0.7;
        if k <= 1 {
            0.0
        } else {
            -span / 2.0 + span * i as f32 / (k - 1) as f32
        }
    };
    for d in drawn.iter_mut() {
        if d.back {
            continue;
        }
        let last = d.points.len() - 1;
        let next_x = d.points[1].x;
        let prev_x = d.points[last - 1].x;
        let dx_out = port(&outs[&d.from], next_x);
        let dx_in = port(&ins[&d.to], prev_x);
        d.points[0] += vec2(dx_out, NODE.y / 2.0);
        d.points[last] += vec2(dx_in, -NODE.y / 2.0);
    }
    drawn
}

/// The curve pieces of a drawn edge: S-curves between layers, straight through passing points.
fn pieces(d: &Drawn) -> Vec<CubicBezierShape> {
    let stroke = Stroke::NONE;
    if d.back {
        let (a, b) = (d.points[0], d.points[d.points.len() - 1]);
        let out = if d.from == d.to {
            // A node to itself: a small loop on its right.
            let a = a + vec2(NODE.x / 2.0, -NODE.y / 4.0);
            let b = b + vec2(NODE.x / 2.0, NODE.y / 4.0);
            return vec![CubicBezierShape::from_points_stroke(
                [a, a + vec2(36.0, -14.0), b + vec2(36.0, 14.0), b],
                false,
                Color32::TRANSPARENT,
                stroke,
            )];
        } else {
            let a = a + vec2(NODE.x / 2.0, 0.0);
            let b = b + vec2(NODE.x / 2.0, 0.0);
            let reach = 50.0 + (a.y - b.y).abs() * 0.18;
            [a, a + vec2(reach, 0.0), b + vec2(reach, 0.0), b]
        };
        return vec![CubicBezierShape::from_points_stroke(
            out,
            false,
            Color32::TRANSPARENT,
            stroke,
        )];
    }
    let mut out = Vec::new();
    // Points alternate: a leaves downwards, b arrives from above.
    let mut i = 0;
    while i + 1 < d.points.len() {
        let (a, b) = (d.points[i], d.points[i + 1]);
        let bend = ((b.y - a.y) * 0.5).max(12.0);
        out.push(CubicBezierShape::from_points_stroke(
            [a, a + vec2(0.0, bend), b - vec2(0.0, bend), b],
            false,
            Color32::TRANSPARENT,
            stroke,
        ));
        // A passing point: straight down through its layer band.
        if i + 2 < d.points.len() {
            let c = d.points[i + 2];
            out.push(CubicBezierShape::from_points_stroke(
                [b, b, c, c],
                false,
                Color32::TRANSPARENT,
                stroke,
            ));
        }
        i += 2;
    }
    out
}

/// The graph itself in a pan-and-zoom scene.
fn graph(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &Arc<CompiledScenario>,
    layout: &Layout,
    reach: Option<&Reach>,
    fit: bool,
) {
    // Never wider than the panel, whatever was laid out above.
    let area = ui.available_rect_before_wrap().intersect(ui.max_rect());
    let whole = bounds(layout);
    if fit || st.view.is_none() {
        st.view = Some(initial_view(area.size(), whole, fit, layout, sc));
    }
    if let Some(focus) = st.focus.take()
        && let Some(i) = sc.node_index(&focus)
        && let Some(view) = st.view
    {
        let c = centre(layout, i as usize);
        if !view.shrink2(NODE * 0.6).contains(c) {
            st.view = Some(Rect::from_center_size(c, view.size()));
        }
    }
    let mut view = st.view.unwrap_or(whole);
    let edges = callcoach_core::engine::graph::edges(sc);
    let drawn = routes(layout, &edges);
    let selected = st
        .node
        .as_deref()
        .and_then(|id| sc.node_index(id))
        .map(|i| i as usize);
    let text = callcoach_core::records::call_text::CallText::new(v.loc, v.lang, sc, v.agent);
    let frame = egui::Frame::canvas(ui.style()).inner_margin(0.0);
    let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(area));
    inner.set_clip_rect(area.intersect(ui.clip_rect()));
    frame.show(&mut inner, |ui| {
        egui::Scene::new()
            .zoom_range(0.08..=2.0)
            .show(ui, &mut view, |ui| {
                let clip = ui.clip_rect();
                let painter = ui.painter().clone();
                // Edges: plain first, then those of the selected node, then critical ones.
                let rank = |d: &Drawn| -> u8 {
                    let touches = selected.is_some_and(|s| d.from == s || d.to == s);
                    u8::from(touches) + 2 * u8::from(d.critical)
                };
                let mut order: Vec<&Drawn> = drawn.iter().collect();
                order.sort_by_key(|d| rank(d));
                for d in &order {
                    draw_edge(
                        &painter,
                        clip,
                        d,
                        selected,
                        ui.visuals().selection.stroke.color,
                    );
                }
                // Labels of the selected node's outgoing choices.
                if let Some(s) = selected {
                    let outgoing: Vec<&Drawn> = drawn.iter().filter(|d| d.from == s).collect();
                    edge_labels(&painter, &outgoing, ui.visuals());
                }
                for i in 0..sc.nodes.len() {
                    let rect = Rect::from_center_size(centre(layout, i), NODE);
                    if !clip.intersects(rect.expand(30.0)) {
                        continue;
                    }
                    let unreachable = reach.is_some_and(|r| is_unreachable(sc, r, i));
                    let marks = NodeMarks {
                        unreachable,
                        selected: selected == Some(i),
                        selection: ui.visuals().selection.stroke.color,
                        flagged: super::items::badge(v.items, &sc.id, &sc.nodes[i].id),
                    };
                    draw_node(&painter, v, sc, i, rect, marks);
                    let resp = ui
                        .interact(rect, ui.id().with(("trainer-node", i)), Sense::click())
                        .on_hover_cursor(egui::CursorIcon::PointingHand);
                    let resp = match &sc.nodes[i].kind {
                        CKind::Say { .. } | CKind::End { .. } => {
                            let line = text.line(i as u32, 0).text;
                            resp.on_hover_text(format!("{}: {line}", text.speaker_name(i as u32)))
                        }
                        CKind::Branch { .. } => resp,
                    };
                    if resp.clicked() {
                        st.node = Some(sc.nodes[i].id.clone());
                    }
                }
            });
    });
    if st.view != Some(view) {
        st.view = Some(view);
    }
}

/// The view a scenario opens with: the whole graph when it fits readably, else the top of it
/// (the start) at a readable zoom, centred across.
fn initial_view(
    size: Vec2,
    whole: Rect,
    fit: bool,
    layout: &Layout,
    sc: &CompiledScenario,
) -> Rect {
    let size = size.max(vec2(100.0, 100.0));
    let zoom = (size.x / whole.width()).min(size.y / whole.height());
    if fit || zoom >= MIN_FIT_ZOOM {
        return whole;
    }
    let visible = size / MIN_FIT_ZOOM;
    let x = if visible.x >= whole.width() {
        whole.center().x
    } else {
        centre(layout, sc.start as usize).x.clamp(
            whole.left() + visible.x / 2.0,
            whole.right() - visible.x / 2.0,
        )
    };
    Rect::from_min_size(pos2(x - visible.x / 2.0, whole.top()), visible)
}

fn draw_edge(painter: &egui::Painter, clip: Rect, d: &Drawn, selected: Option<usize>, hi: Color32) {
    let touches = selected.is_some_and(|s| d.from == s || d.to == s);
    let (colour, width) = match (d.critical, touches) {
        (true, true) => (BAD, 3.2),
        (true, false) => (BAD, 2.2),
        (false, true) => (hi, 2.4),
        (false, false) if d.negotiation => (ACCENT_BLUE, 1.8),
        (false, false) => (EDGE.gamma_multiply(0.85), 1.3),
    };
    let stroke = Stroke::new(width, colour);
    let mut bbox = Rect::NOTHING;
    let curves = pieces(d);
    for c in &curves {
        for p in c.points {
            bbox.extend_with(p);
        }
    }
    if !clip.intersects(bbox.expand(10.0)) {
        return;
    }
    for c in curves.iter() {
        let pts = c.flatten(Some(0.5));
        if d.back || d.negotiation {
            painter.extend(Shape::dashed_line(&pts, stroke, 7.0, 4.0));
        } else {
            painter.add(Shape::line(pts, stroke));
        }
    }
    // The arrowhead at the end, pointing along the last piece.
    if let Some(last) = curves.last() {
        let tip = last.points[3];
        let dir = (last.points[3] - last.points[2]).normalized();
        let dir = if dir.is_finite() && dir != Vec2::ZERO {
            dir
        } else {
            vec2(0.0, 1.0)
        };
        let size = 5.0 + width;
        let side = vec2(-dir.y, dir.x) * size * 0.55;
        let base = tip - dir * size;
        painter.add(Shape::convex_polygon(
            vec![tip, base + side, base - side],
            colour,
            Stroke::NONE,
        ));
    }
}

/// The choice ids on a node's outgoing edges: one block per target (choices to the same
/// node stacked), nudged down until no block covers another.
fn edge_labels(painter: &egui::Painter, outgoing: &[&Drawn], visuals: &egui::Visuals) {
    let mut by_target: BTreeMap<usize, Vec<&Drawn>> = BTreeMap::new();
    for d in outgoing {
        by_target.entry(d.to).or_default().push(d);
    }
    let font = FontId::proportional(NODE_SUBTITLE_SIZE);
    let mut placed: Vec<Rect> = Vec::new();
    for group in by_target.values() {
        let Some(first) = pieces(group[0]).into_iter().next() else {
            continue;
        };
        let at = first.sample(if group[0].back { 0.5 } else { 0.45 });
        let galleys: Vec<_> = group
            .iter()
            .map(|d| {
                let colour = if d.critical {
                    BAD
                } else if d.negotiation {
                    ACCENT_BLUE
                } else {
                    visuals.strong_text_color()
                };
                painter.layout_no_wrap(d.label.clone(), font.clone(), colour)
            })
            .collect();
        let size = vec2(
            galleys.iter().map(|g| g.size().x).fold(0.0, f32::max),
            galleys.iter().map(|g| g.size().y).sum(),
        );
        let mut rect = Align2::CENTER_CENTER.anchor_size(at, size).expand(3.0);
        for _ in 0..12 {
            match placed.iter().find(|p| p.intersects(rect)) {
                Some(p) => rect = rect.translate(vec2(0.0, p.bottom() - rect.top() + 2.0)),
                None => break,
            }
        }
        placed.push(rect);
        painter.rect_filled(rect, 3.0, visuals.extreme_bg_color.gamma_multiply(0.92));
        let mut y = rect.top() + 3.0;
        for g in galleys {
            let h = g.size().y;
            let x = rect.center().x - g.size().x / 2.0;
            painter.galley(pos2(x, y), g, visuals.strong_text_color());
            y += h;
        }
    }
}

/// How a node box is marked besides its kind.
#[derive(Clone, Copy)]
struct NodeMarks {
    /// No state reaches it: faded, dashed amber outline.
    unreachable: bool,
    /// The inspected node: an outline in the selection colour.
    selected: bool,
    /// The selection colour of the current visuals.
    selection: Color32,
    /// Item analysis flagged it (red: a miskeyed answer; amber: the decision): a "!" badge.
    flagged: Option<Color32>,
}

/// A node's fill (by kind and ending) and its subtitle (answers, routes, or ending and score).
fn fill_and_subtitle(v: &View, sc: &CompiledScenario, i: usize) -> (Color32, String) {
    match &sc.nodes[i].kind {
        CKind::Say {
            choices, timeout, ..
        } => {
            let mut sub = v.ta(
                "app-trainer-node-answers",
                &[("count", n(choices.len() as f64))],
            );
            if let Some(t) = timeout {
                sub.push_str(&format!(" · {} s", t.seconds));
            }
            (SAY, sub)
        }
        CKind::Branch { routes } => (
            BRANCH,
            v.ta(
                "app-trainer-node-routes",
                &[("count", n(routes.len() as f64))],
            ),
        ),
        CKind::End { outcome, .. } => {
            let score = sc.outcome_score(*outcome);
            let good = score >= sc.resolution_pass_mark;
            (
                if good { END_GOOD } else { END_BAD },
                format!("{} · {score}", v.outcome(*outcome)),
            )
        }
    }
}

/// One node box: its shape and fill, the start and selection outlines, its id and subtitle.
fn draw_node(
    painter: &egui::Painter,
    v: &View,
    sc: &CompiledScenario,
    i: usize,
    rect: Rect,
    marks: NodeMarks,
) {
    let node = &sc.nodes[i];
    let (fill, subtitle) = fill_and_subtitle(v, sc, i);
    let fill = if marks.unreachable {
        fill.gamma_multiply(0.4)
    } else {
        fill
    };
    let is_end = matches!(node.kind, CKind::End { .. });
    match &node.kind {
        CKind::Branch { .. } => {
            // A hexagon: pointed left and right.
            let r = rect;
            let k = 12.0;
            let pts = vec![
                pos2(r.left(), r.center().y),
                pos2(r.left() + k, r.top()),
                pos2(r.right() - k, r.top()),
                pos2(r.right(), r.center().y),
                pos2(r.right() - k, r.bottom()),
                pos2(r.left() + k, r.bottom()),
            ];
            painter.add(Shape::convex_polygon(pts, fill, Stroke::NONE));
        }
        _ => {
            let radius = if is_end { rect.height() / 2.0 } else { 6.0 };
            painter.rect_filled(rect, radius, fill);
        }
    }
    let radius = if is_end { rect.height() / 2.0 } else { 6.0 };
    if i == sc.start as usize {
        start_mark(painter, v, rect, radius);
    }
    if marks.unreachable {
        dashed_rect(painter, rect.expand(3.0), Stroke::new(2.0, WARN));
    }
    if marks.selected {
        painter.rect_stroke(
            rect.expand(5.0),
            radius + 4.0,
            Stroke::new(3.0, marks.selection),
            egui::StrokeKind::Outside,
        );
    }
    if let Some(c) = marks.flagged {
        let at = rect.right_top() + vec2(-4.0, 4.0);
        painter.circle_filled(at, 9.0, c);
        painter.text(
            at,
            Align2::CENTER_CENTER,
            "!",
            FontId::proportional(NODE_TITLE_SIZE),
            TEXT_ON_FILL,
        );
    }
    let text_colour = if marks.unreachable {
        TEXT_ON_FADED_FILL
    } else {
        TEXT_ON_FILL
    };
    let width = rect.width() - 16.0;
    let title = fit_text(
        painter,
        &node.id,
        FontId::proportional(NODE_TITLE_SIZE),
        width,
    );
    painter.text(
        rect.center() - vec2(0.0, 9.0),
        Align2::CENTER_CENTER,
        title,
        FontId::proportional(NODE_TITLE_SIZE),
        text_colour,
    );
    let sub = fit_text(
        painter,
        &subtitle,
        FontId::proportional(NODE_SUBTITLE_SIZE),
        width,
    );
    painter.text(
        rect.center() + vec2(0.0, 11.0),
        Align2::CENTER_CENTER,
        sub,
        FontId::proportional(NODE_SUBTITLE_SIZE),
        text_colour.gamma_multiply(0.8),
    );
}

/// The start node's outline and the "▶ start" tab above it.
fn start_mark(painter: &egui::Painter, v: &View, rect: Rect, radius: f32) {
    painter.rect_stroke(
        rect.expand(2.0),
        radius + 2.0,
        Stroke::new(2.5, START),
        egui::StrokeKind::Outside,
    );
    let tab = Align2::LEFT_BOTTOM.anchor_size(rect.left_top() + vec2(6.0, -3.0), vec2(0.0, 0.0));
    painter.text(
        tab.min,
        Align2::LEFT_BOTTOM,
        format!("▶ {}", v.t("app-trainer-start")),
        FontId::proportional(NODE_SUBTITLE_SIZE),
        START,
    );
}

/// The text cut with "…" to fit a width.
fn fit_text(painter: &egui::Painter, text: &str, font: FontId, width: f32) -> String {
    let measure = |t: &str| {
        painter
            .layout_no_wrap(t.to_string(), font.clone(), TEXT_ON_FILL)
            .size()
            .x
    };
    if measure(text) <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let t: String = chars[..mid].iter().collect::<String>() + "…";
        if measure(&t) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    chars[..lo].iter().collect::<String>() + "…"
}
