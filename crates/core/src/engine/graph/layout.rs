//! The layered layout of the call graph that the trainer view draws.

use std::collections::HashMap;

use super::edges;
use crate::compile::CompiledScenario;

/// Where a node sits in the layered drawing of the call graph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// The layer, from 0 (the start's). Every edge that is not a loop goes to a later layer.
    pub layer: u32,
    /// The node's centre across its layer, in node widths: two nodes of a layer are at least
    /// 1.0 apart, and every node lies within `0.5 ..= width - 0.5` of [`Layout::width`].
    pub x: f32,
}

/// How one edge of the graph is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Where the edge crosses each layer strictly between its ends, as (layer, x), in order:
    /// long edges get room of their own in the layers they pass, so they never run through a
    /// node. Empty for edges between neighbouring layers and for loops.
    pub via: Vec<(u32, f32)>,
    /// The edge goes back to its own or an earlier layer (a loop, or a node to itself): draw
    /// it around the side.
    pub back: bool,
}

/// The call graph laid out in layers, Sugiyama style: loops found depth-first from the start
/// and set aside, layers by longest path (so every other edge points to a later layer),
/// long edges split at every layer they pass, crossings reduced by barycentre sweeps, and
/// positions across the layers relaxed towards the neighbours so edges run straight.
///
/// Coordinates are abstract (layers and node widths), for the drawing to scale. The layout
/// depends only on the graph: the same scenario always gets the same layout.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Per node, in node order.
    pub nodes: Vec<Place>,
    /// Per edge of [`edges`], in the same order.
    pub routes: Vec<Route>,
    /// The number of layers.
    pub layers: u32,
    /// The width of the drawing, in node widths (the passing edges included).
    pub width: f32,
}

/// Room an edge passing through a layer takes there, in node widths.
const PASSING_WIDTH: f32 = 0.3;
/// At most this many passing points in a layout; edges beyond it are drawn straight.
const MAX_PASSING: usize = 200_000;

/// Lays out a scenario's call graph (see [`Layout`]).
pub fn layout(sc: &CompiledScenario) -> Layout {
    let pairs: Vec<(usize, usize)> = edges(sc).iter().map(|e| (e.from, e.to)).collect();
    layered(sc.nodes.len(), sc.start as usize, &pairs)
}

/// [`layout`] of any directed graph: `n` nodes, the search starting at `root`, edges as
/// (from, to) pairs (repeats allowed: they share a route).
fn layered(n: usize, root: usize, pairs: &[(usize, usize)]) -> Layout {
    // Distinct edges in first-seen order; `out` holds each node's, by edge index.
    let mut unique: Vec<(usize, usize)> = Vec::new();
    let mut index_of: HashMap<(usize, usize), usize> = HashMap::new();
    for &p in pairs.iter().filter(|p| p.0 < n && p.1 < n) {
        index_of.entry(p).or_insert_with(|| {
            unique.push(p);
            unique.len() - 1
        });
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (k, &(from, _)) in unique.iter().enumerate() {
        out[from].push(k);
    }
    // Depth-first search prefers edges that lead deeper (by distance from the root), so the
    // edges it finds closing loops are the ones going back up the call.
    let dist = distances(n, root, &unique, &out);
    for edges in &mut out {
        edges.sort_by_key(|&k| std::cmp::Reverse(dist[unique[k].1]));
    }
    let (mut back, mut rank) = depth_first(n, root, &unique, &out, &dist, false);
    let mut layer = layers(n, &unique, &out, &back, &rank, root);
    // Edges that go back up without closing a loop can still stretch the layering far
    // beyond the call's depth; then every edge going up is set aside as a loop too.
    let depth = dist
        .iter()
        .filter(|&&d| d != u32::MAX)
        .max()
        .map_or(0, |&d| d + 1);
    let deepest = layer.iter().copied().max().map_or(0, |m| m + 1);
    if deepest > 30 && deepest > 3 * depth {
        (back, rank) = depth_first(n, root, &unique, &out, &dist, true);
        layer = layers(n, &unique, &out, &back, &rank, root);
    }

    // The proper layered graph: nodes, then one passing point per long edge per layer.
    let mut g = Layered {
        layer: layer.clone(),
        width: vec![1.0; n],
        up: vec![Vec::new(); n],
        down: vec![Vec::new(); n],
        tie: rank.clone(),
    };
    let mut chain: Vec<Vec<usize>> = vec![Vec::new(); unique.len()];
    let mut passing = 0usize;
    for (k, &(from, to)) in unique.iter().enumerate() {
        if back[k] {
            continue;
        }
        let span = (layer[to] - layer[from]) as usize;
        let mut prev = from;
        if span > 1 && passing + span - 1 <= MAX_PASSING {
            passing += span - 1;
            for l in layer[from] + 1..layer[to] {
                let d = g.add(l, PASSING_WIDTH, n + k);
                g.link(prev, d);
                chain[k].push(d);
                prev = d;
            }
        }
        g.link(prev, to);
    }
    let layers = layer.iter().copied().max().map_or(0, |m| m + 1);
    let order = g.order(layers as usize, root);
    let x = g.positions(&order);

    let nodes = (0..n)
        .map(|i| Place {
            layer: layer[i],
            x: x[i],
        })
        .collect();
    let routes = pairs
        .iter()
        .map(|p| match index_of.get(p) {
            Some(&k) => Route {
                via: chain[k].iter().map(|&d| (g.layer[d], x[d])).collect(),
                back: back[k],
            },
            None => Route {
                via: Vec::new(),
                back: false,
            },
        })
        .collect();
    let width = (0..g.layer.len())
        .map(|i| x[i] + g.width[i] / 2.0)
        .fold(0.0f32, f32::max);
    Layout {
        nodes,
        routes,
        layers,
        width,
    }
}

/// Breadth-first distances from `root` (`u32::MAX` for nodes it does not reach).
fn distances(n: usize, root: usize, unique: &[(usize, usize)], out: &[Vec<usize>]) -> Vec<u32> {
    let mut dist = vec![u32::MAX; n];
    let mut queue = std::collections::VecDeque::new();
    if root < n {
        dist[root] = 0;
        queue.push_back(root);
    }
    while let Some(u) = queue.pop_front() {
        for &k in &out[u] {
            let v = unique[k].1;
            if dist[v] == u32::MAX {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
        }
    }
    dist
}

/// Depth-first from `root`, then from every node not yet seen (in order): which edges close a
/// loop (lead to a node still on the stack), and each node's rank in the visit order. With
/// `upward`, every edge to a node nearer the root (by `dist`) counts as a loop from the start.
fn depth_first(
    n: usize,
    root: usize,
    unique: &[(usize, usize)],
    out: &[Vec<usize>],
    dist: &[u32],
    upward: bool,
) -> (Vec<bool>, Vec<usize>) {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    let mut state = vec![NEW; n];
    let mut back: Vec<bool> = unique
        .iter()
        .map(|&(from, to)| upward && dist[from] != u32::MAX && dist[to] < dist[from])
        .collect();
    let mut rank = vec![0usize; n];
    let mut next = 0usize;
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in std::iter::once(root).chain(0..n) {
        if s >= n || state[s] != NEW {
            continue;
        }
        state[s] = OPEN;
        rank[s] = next;
        next += 1;
        stack.push((s, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            let Some(&k) = out[u].get(i) else {
                state[u] = 2;
                stack.pop();
                continue;
            };
            top.1 += 1;
            if back[k] {
                continue;
            }
            let v = unique[k].1;
            match state[v] {
                NEW => {
                    state[v] = OPEN;
                    rank[v] = next;
                    next += 1;
                    stack.push((v, 0));
                }
                OPEN => back[k] = true,
                _ => {}
            }
        }
    }
    (back, rank)
}

/// Layers by longest path over the edges that are not loops; a node nothing leads to (other
/// than the root) is then moved down to just above its first successor.
fn layers(
    n: usize,
    unique: &[(usize, usize)],
    out: &[Vec<usize>],
    back: &[bool],
    rank: &[usize],
    root: usize,
) -> Vec<u32> {
    let mut indegree = vec![0usize; n];
    for (k, &(_, to)) in unique.iter().enumerate() {
        if !back[k] {
            indegree[to] += 1;
        }
    }
    let mut sources: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    sources.sort_by_key(|&i| rank[i]);
    let mut queue: std::collections::VecDeque<usize> = sources.iter().copied().collect();
    let mut topo = Vec::with_capacity(n);
    let mut layer = vec![0u32; n];
    let mut left = indegree.clone();
    while let Some(u) = queue.pop_front() {
        topo.push(u);
        for &k in &out[u] {
            if back[k] {
                continue;
            }
            let v = unique[k].1;
            layer[v] = layer[v].max(layer[u] + 1);
            left[v] -= 1;
            if left[v] == 0 {
                queue.push_back(v);
            }
        }
    }
    for &u in topo.iter().rev() {
        if indegree[u] == 0 && u != root {
            let first = out[u]
                .iter()
                .filter(|&&k| !back[k])
                .map(|&k| layer[unique[k].1])
                .min();
            if let Some(f) = first {
                layer[u] = f.saturating_sub(1);
            }
        }
    }
    layer
}

/// The layered graph being ordered: nodes and passing points ("items").
struct Layered {
    layer: Vec<u32>,
    width: Vec<f32>,
    up: Vec<Vec<usize>>,
    down: Vec<Vec<usize>>,
    /// Breaks ties in the ordering (visit rank for nodes, after every node for passing points).
    tie: Vec<usize>,
}

impl Layered {
    fn add(&mut self, layer: u32, width: f32, tie: usize) -> usize {
        self.layer.push(layer);
        self.width.push(width);
        self.up.push(Vec::new());
        self.down.push(Vec::new());
        self.tie.push(tie);
        self.layer.len() - 1
    }

    fn link(&mut self, from: usize, to: usize) {
        self.down[from].push(to);
        self.up[to].push(from);
    }

    /// Orders every layer to reduce crossings: a first placement by the layer above, then
    /// sweeps down and up sorting by the neighbours' mean position; the best order seen wins.
    fn order(&self, layers: usize, root: usize) -> Vec<Vec<usize>> {
        let items = self.layer.len();
        let mut order: Vec<Vec<usize>> = vec![Vec::new(); layers];
        let mut by_tie: Vec<usize> = (0..items).collect();
        by_tie.sort_by_key(|&i| (i != root, self.tie[i], i));
        for i in by_tie {
            order[self.layer[i] as usize].push(i);
        }
        let mut pos = vec![0usize; items];
        let place = |order: &Vec<Vec<usize>>, pos: &mut Vec<usize>| {
            for l in order {
                for (p, &i) in l.iter().enumerate() {
                    pos[i] = p;
                }
            }
        };
        place(&order, &mut pos);
        // The first placement: each layer by the layer above, items with nothing above last.
        for layer in order.iter_mut().skip(1) {
            self.sort_layer(layer, &mut pos, &self.up, f32::MAX);
        }
        let sweeps = if items > 50_000 { 4 } else { 16 };
        let mut best = order.clone();
        let mut best_crossings = self.crossings(&order, &pos);
        for s in 0..sweeps {
            if best_crossings == 0 {
                break;
            }
            if s % 2 == 0 {
                for layer in order.iter_mut().rev().skip(1) {
                    self.sort_layer(layer, &mut pos, &self.down, -1.0);
                }
            } else {
                for layer in order.iter_mut().skip(1) {
                    self.sort_layer(layer, &mut pos, &self.up, -1.0);
                }
            }
            if items <= 5_000 {
                self.transpose(&mut order, &mut pos);
            }
            let c = self.crossings(&order, &pos);
            if c < best_crossings {
                best_crossings = c;
                best = order.clone();
            }
        }
        best
    }

    /// Swaps neighbours in a layer while that removes crossings with the layers on either
    /// side (a few passes at most).
    fn transpose(&self, order: &mut [Vec<usize>], pos: &mut [usize]) {
        // Crossings between u's and v's edges to adjacent layers when u is left of v.
        let cost = |pos: &[usize], u: usize, v: usize| -> usize {
            let mut c = 0;
            for side in [&self.up, &self.down] {
                for &a in &side[u] {
                    if self.layer[a].abs_diff(self.layer[u]) != 1 {
                        continue;
                    }
                    for &b in &side[v] {
                        if self.layer[b].abs_diff(self.layer[v]) == 1 && pos[a] > pos[b] {
                            c += 1;
                        }
                    }
                }
            }
            c
        };
        for _ in 0..4 {
            let mut improved = false;
            for layer in order.iter_mut() {
                for p in 1..layer.len() {
                    let (u, v) = (layer[p - 1], layer[p]);
                    if cost(pos, v, u) < cost(pos, u, v) {
                        layer.swap(p - 1, p);
                        pos[u] = p;
                        pos[v] = p - 1;
                        improved = true;
                    }
                }
            }
            if !improved {
                break;
            }
        }
    }

    /// Sorts one layer by the mean position of each item's neighbours (stable). An item with
    /// none keeps its place (`lonely < 0`) or goes last (`lonely` = `f32::MAX`).
    fn sort_layer(
        &self,
        layer: &mut [usize],
        pos: &mut [usize],
        neighbours: &[Vec<usize>],
        lonely: f32,
    ) {
        let mut keyed: Vec<(f32, usize)> = layer
            .iter()
            .map(|&i| {
                let nb = &neighbours[i];
                let key = if nb.is_empty() {
                    if lonely < 0.0 { pos[i] as f32 } else { lonely }
                } else {
                    nb.iter().map(|&j| pos[j] as f32).sum::<f32>() / nb.len() as f32
                };
                (key, i)
            })
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (p, (_, i)) in keyed.into_iter().enumerate() {
            layer[p] = i;
            pos[i] = p;
        }
    }

    /// Edge crossings between neighbouring layers (inversions, counted with a Fenwick tree).
    fn crossings(&self, order: &[Vec<usize>], pos: &[usize]) -> u64 {
        let mut total = 0u64;
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for l in 0..order.len().saturating_sub(1) {
            pairs.clear();
            for &u in &order[l] {
                for &v in &self.down[u] {
                    if self.layer[v] as usize == l + 1 {
                        pairs.push((pos[u], pos[v]));
                    }
                }
            }
            pairs.sort_unstable();
            let size = order[l + 1].len();
            let mut tree = vec![0u64; size + 1];
            for (seen, &(_, v)) in pairs.iter().enumerate() {
                // Earlier edges ending right of v cross this one.
                let mut at_most = 0u64;
                let mut i = v + 1;
                while i > 0 {
                    at_most += tree[i];
                    i &= i - 1;
                }
                total += seen as u64 - at_most;
                let mut i = v + 1;
                while i <= size {
                    tree[i] += 1;
                    i += i & i.wrapping_neg();
                }
            }
        }
        total
    }

    /// Positions across the layers: packed in order, then relaxed a few times towards the mean
    /// of each item's neighbours (above, then below, then both), keeping the order and the
    /// spacing; shifted so the drawing starts at 0.
    fn positions(&self, order: &[Vec<usize>]) -> Vec<f32> {
        let items = self.layer.len();
        let mut x = vec![0f32; items];
        for l in order {
            let mut at = 0.0;
            for (p, &i) in l.iter().enumerate() {
                if p > 0 {
                    at += self.gap(l[p - 1], i);
                }
                x[i] = at;
            }
            for &i in l {
                x[i] -= at / 2.0;
            }
        }
        let toward = |x: &mut Vec<f32>, l: &[usize], up: bool, down: bool| {
            let targets: Vec<f32> = l
                .iter()
                .map(|&i| {
                    let mut sum = 0.0;
                    let mut count = 0usize;
                    let sides = [(up, &self.up[i]), (down, &self.down[i])];
                    for (_, nb) in sides.iter().filter(|s| s.0) {
                        for &j in nb.iter() {
                            sum += x[j];
                            count += 1;
                        }
                    }
                    if count == 0 { x[i] } else { sum / count as f32 }
                })
                .collect();
            self.fit(x, l, &targets);
        };
        let rounds = if items > 50_000 { 2 } else { 6 };
        for _ in 0..rounds {
            for l in order.iter().skip(1) {
                toward(&mut x, l, true, false);
            }
            for l in order.iter().rev().skip(1) {
                toward(&mut x, l, false, true);
            }
        }
        for l in order {
            toward(&mut x, l, true, true);
        }
        let min = (0..items)
            .map(|i| x[i] - self.width[i] / 2.0)
            .fold(f32::INFINITY, f32::min);
        if min.is_finite() {
            for v in &mut x {
                *v -= min;
            }
        }
        x
    }

    /// The least distance between the centres of two neighbours in a layer.
    fn gap(&self, a: usize, b: usize) -> f32 {
        (self.width[a] + self.width[b]) / 2.0
    }

    /// Moves a layer's items as close to their targets as the order and the spacing allow
    /// (least squares, by pooling adjacent violators); passing points weigh double, so long
    /// edges run straight.
    fn fit(&self, x: &mut [f32], l: &[usize], targets: &[f32]) {
        // With s_i the least offset of item i from the first, y_i = x_i - s_i must not
        // decrease: an isotonic regression of (target - s).
        let mut offset = Vec::with_capacity(l.len());
        let mut at = 0.0f64;
        for (p, &i) in l.iter().enumerate() {
            if p > 0 {
                at += self.gap(l[p - 1], i) as f64;
            }
            offset.push(at);
        }
        // Blocks of pooled items: (weighted sum, weight, count).
        let mut blocks: Vec<(f64, f64, usize)> = Vec::with_capacity(l.len());
        for (p, &i) in l.iter().enumerate() {
            let w = if self.width[i] < 1.0 { 2.0 } else { 1.0 };
            blocks.push(((targets[p] as f64 - offset[p]) * w, w, 1));
            while blocks.len() >= 2 {
                let (s2, w2, c2) = blocks[blocks.len() - 1];
                let (s1, w1, c1) = blocks[blocks.len() - 2];
                if s1 / w1 <= s2 / w2 {
                    break;
                }
                blocks.pop();
                let last = blocks.len() - 1;
                blocks[last] = (s1 + s2, w1 + w2, c1 + c2);
            }
        }
        let mut p = 0;
        for (s, w, c) in blocks {
            for _ in 0..c {
                x[l[p]] = (s / w + offset[p]) as f32;
                p += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Scope, check};
    use crate::synth::{self, Spec};
    use std::sync::Arc;

    fn shipped() -> Vec<Arc<CompiledScenario>> {
        let lib = crate::content::loader::Library::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../.."
        )));
        check(&lib, &Scope::All, 2_000)
            .compiled
            .into_values()
            .collect()
    }

    fn synth(nodes: usize, loops: bool) -> Arc<CompiledScenario> {
        let spec = Spec {
            loops,
            ..Spec::new(nodes)
        };
        check(&synth::library(&spec), &Scope::All, 2_000)
            .compiled
            .into_values()
            .next()
            .expect("compiles")
    }

    /// Crossings of the drawn segments between neighbouring layers (routes included).
    fn crossings(l: &Layout, pairs: &[(usize, usize)]) -> usize {
        let mut segments: Vec<(u32, f32, f32)> = Vec::new();
        for (r, &(from, to)) in l.routes.iter().zip(pairs) {
            if r.back {
                continue;
            }
            let mut points = vec![(l.nodes[from].layer, l.nodes[from].x)];
            points.extend(r.via.iter().copied());
            points.push((l.nodes[to].layer, l.nodes[to].x));
            for w in points.windows(2) {
                if w[1].0 == w[0].0 + 1 {
                    segments.push((w[0].0, w[0].1, w[1].1));
                }
            }
        }
        segments.sort_by(|a, b| a.partial_cmp(b).unwrap());
        segments.dedup();
        let mut count = 0;
        for (i, a) in segments.iter().enumerate() {
            for b in &segments[i + 1..] {
                if a.0 == b.0 && (a.1 - b.1) * (a.2 - b.2) < 0.0 {
                    count += 1;
                }
            }
        }
        count
    }

    fn check_layout(sc: &CompiledScenario) -> Layout {
        let l = layout(sc);
        let edges = edges(sc);
        assert_eq!(l.nodes.len(), sc.nodes.len());
        assert_eq!(l.routes.len(), edges.len());
        assert_eq!(
            l.nodes[sc.start as usize].layer, 0,
            "{}: start on top",
            sc.id
        );
        // Distinct positions, a node width apart within a layer, inside the drawing.
        let mut by_layer: Vec<Vec<f32>> = vec![Vec::new(); l.layers as usize];
        for p in &l.nodes {
            assert!(p.layer < l.layers);
            assert!(
                p.x >= 0.5 - 1e-3 && p.x <= l.width - 0.5 + 1e-3,
                "{}: {p:?}",
                sc.id
            );
            by_layer[p.layer as usize].push(p.x);
        }
        for xs in &mut by_layer {
            xs.sort_by(f32::total_cmp);
            for w in xs.windows(2) {
                assert!(
                    w[1] - w[0] >= 1.0 - 1e-3,
                    "{}: nodes overlap: {xs:?}",
                    sc.id
                );
            }
        }
        // Edges that are not loops go down, crossing each layer between their ends once.
        for (e, r) in edges.iter().zip(&l.routes) {
            let (a, b) = (l.nodes[e.from].layer, l.nodes[e.to].layer);
            if r.back {
                assert!(b <= a, "{}: a loop edge goes back", sc.id);
                assert!(r.via.is_empty());
            } else {
                assert!(b > a, "{}: {} → {} does not go down", sc.id, e.from, e.to);
                let layers: Vec<u32> = r.via.iter().map(|v| v.0).collect();
                assert_eq!(layers, (a + 1..b).collect::<Vec<_>>());
            }
        }
        l
    }

    #[test]
    fn shipped_scenarios_lay_out_cleanly() {
        let all = shipped();
        assert!(all.len() >= 10);
        for sc in &all {
            let l = check_layout(sc);
            let pairs: Vec<(usize, usize)> = edges(sc).iter().map(|e| (e.from, e.to)).collect();
            let back = l.routes.iter().filter(|r| r.back).count();
            let crossed = crossings(&l, &pairs);
            // Loops are rare in call graphs, and barycentre sweeps keep crossings few.
            assert!(back * 5 <= pairs.len(), "{}: {back} loops", sc.id);
            assert!(crossed * 3 <= pairs.len(), "{}: {crossed} crossings", sc.id);
        }
    }

    #[test]
    fn generated_scenarios_lay_out_and_have_no_loops_unless_generated() {
        for (nodes, loops) in [(8, false), (60, true), (300, false), (300, true)] {
            let sc = synth(nodes, loops);
            let l = check_layout(&sc);
            let back = l.routes.iter().filter(|r| r.back).count();
            if !loops {
                assert_eq!(back, 0, "{nodes} nodes");
            }
        }
    }

    #[test]
    #[ignore = "timing, run by hand"]
    fn big_layout_timing() {
        for (n, loops) in [
            (1_000, false),
            (1_000, true),
            (10_000, true),
            (100_000, true),
        ] {
            let sc = synth(n, loops);
            let t = std::time::Instant::now();
            let l = layout(&sc);
            eprintln!(
                "{n} nodes: {:?}, {} layers, width {}",
                t.elapsed(),
                l.layers,
                l.width
            );
        }
    }

    #[test]
    fn layout_is_deterministic() {
        for sc in shipped().iter().chain([&synth(300, true)]) {
            assert_eq!(layout(sc), layout(sc), "{}", sc.id);
        }
    }

    #[test]
    fn sweeps_untangle_a_crossing_the_node_order_would_draw() {
        // 0 → 1, 0 → 2; 1 → 4, 2 → 3: in node order layer 2 reads [3, 4] and crosses.
        let pairs = [(0, 1), (0, 2), (1, 4), (2, 3)];
        let l = layered(5, 0, &pairs);
        assert_eq!(crossings(&l, &pairs), 0, "{l:?}");
        assert!((l.nodes[1].x < l.nodes[2].x) == (l.nodes[4].x < l.nodes[3].x));
        // A lone chain is drawn straight down.
        let pairs = [(0, 1), (1, 2), (2, 3)];
        let l = layered(4, 0, &pairs);
        assert!(
            l.nodes.iter().all(|p| (p.x - l.nodes[0].x).abs() < 1e-3),
            "{l:?}"
        );
        assert_eq!(l.layers, 4);
        assert!((l.width - 1.0).abs() < 1e-3);
    }

    #[test]
    fn loops_self_loops_repeats_and_unreachable_nodes() {
        // 0 → 1 → 2 → 0 (loop), 2 → 2 (itself), 1 → 3 twice, 4 → 3 (nothing leads to 4).
        let pairs = [(0, 1), (1, 2), (2, 0), (2, 2), (1, 3), (1, 3), (4, 3)];
        let l = layered(5, 0, &pairs);
        let back: Vec<bool> = l.routes.iter().map(|r| r.back).collect();
        assert_eq!(back, [false, false, true, true, false, false, false]);
        assert_eq!(l.routes[4], l.routes[5], "repeated edges share a route");
        assert_eq!(l.nodes[0].layer, 0);
        assert_eq!(l.nodes[3].layer, 2);
        assert_eq!(
            l.nodes[4].layer, 1,
            "an unreachable source sits just above its target"
        );
        assert_eq!(l.layers, 3);
    }

    #[test]
    fn long_edges_get_room_in_the_layers_they_pass() {
        // 0 → 1 → 2 → 3 and 0 → 3: the long edge passes layers 1 and 2 beside the chain.
        let pairs = [(0, 1), (1, 2), (2, 3), (0, 3)];
        let l = layered(4, 0, &pairs);
        let via = &l.routes[3].via;
        assert_eq!(via.iter().map(|v| v.0).collect::<Vec<_>>(), [1, 2]);
        for &(layer, x) in via {
            let node = l.nodes.iter().find(|p| p.layer == layer).unwrap();
            assert!((node.x - x).abs() >= 0.65 - 1e-3, "{l:?}");
        }
    }

    #[test]
    fn empty_and_tiny_graphs() {
        let l = layered(0, 0, &[]);
        assert_eq!((l.layers, l.nodes.len()), (0, 0));
        let l = layered(1, 0, &[(0, 0)]);
        assert_eq!(l.layers, 1);
        assert!(l.routes[0].back);
        assert!((l.nodes[0].x - 0.5).abs() < 1e-3);
    }
}
