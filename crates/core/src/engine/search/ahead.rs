//! What can still happen from each node: the tags that can still occur and whether terms can
//! still be proposed, with conditions ignored (so a superset, which keeps it sound). A rule
//! that nothing ahead can change is settled, so a search folds it into the score sums and
//! merges states that differ only in rules already decided in effect.

use crate::compile::{CKind, CompiledScenario};
use crate::engine::runner::TagSet;

/// Per node: the tags that can occur from there on, and whether a proposal can.
pub(super) struct Ahead {
    tags: Vec<TagSet>,
    proposals: Vec<bool>,
}

impl Ahead {
    /// Works it out by a fixpoint over the call graph (every edge, whatever its condition).
    pub(super) fn new(sc: &CompiledScenario) -> Ahead {
        let n = sc.nodes.len();
        let mut tags: Vec<TagSet> = vec![TagSet::with_capacity(sc.tag_names.len()); n];
        let mut proposals = vec![false; n];
        let mut successors: Vec<Vec<usize>> = vec![Vec::new(); n];
        let deal_events: Vec<u16> = sc
            .deal
            .agreed_events
            .iter()
            .copied()
            .chain(
                sc.deal
                    .reactions
                    .iter()
                    .flat_map(|r| r.events.iter().copied()),
            )
            .collect();
        for (i, node) in sc.nodes.iter().enumerate() {
            let own = &mut tags[i];
            match &node.kind {
                CKind::Say {
                    choices,
                    timeout,
                    propose,
                    ..
                } => {
                    let mut proposes = propose.is_some();
                    for c in choices {
                        c.tags.iter().for_each(|&t| own.insert(t));
                        successors[i].push(c.next as usize);
                        proposes |= c.offer.is_some() || c.takes_counter;
                    }
                    if let Some(t) = timeout {
                        t.tags.iter().for_each(|&x| own.insert(x));
                        successors[i].push(t.next as usize);
                    }
                    if let Some(p) = propose {
                        p.tags.iter().for_each(|&t| own.insert(t));
                        successors[i].push(p.next as usize);
                    }
                    if proposes {
                        deal_events.iter().for_each(|&t| own.insert(t));
                    }
                    proposals[i] = proposes;
                }
                CKind::Branch { routes } => {
                    successors[i].extend(routes.iter().map(|(_, next)| *next as usize));
                }
                CKind::End { .. } => {}
            }
        }
        // A successor's own events happen on entering it, so they are ahead of this node.
        // A worklist over predecessors: a node is revisited only when a successor gained
        // something, so the work is (edges × tags), not (nodes × passes) as a sweep in node
        // order would be on a long chain.
        let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, next) in successors.iter().enumerate() {
            for &j in next {
                predecessors[j].push(i);
            }
        }
        let mut queued = vec![true; n];
        let mut work: Vec<usize> = (0..n).collect();
        while let Some(j) = work.pop() {
            queued[j] = false;
            let mut add = tags[j].clone();
            for &e in &sc.nodes[j].events {
                add.insert(e);
            }
            for &i in &predecessors[j] {
                let mut changed = false;
                for (w, a) in tags[i].words_mut().iter_mut().zip(add.words()) {
                    changed |= *w | a != *w;
                    *w |= a;
                }
                if proposals[j] && !proposals[i] {
                    proposals[i] = true;
                    changed = true;
                }
                if changed && !queued[i] {
                    queued[i] = true;
                    work.push(i);
                }
            }
        }
        Ahead { tags, proposals }
    }

    /// Whether the tag can still occur after arriving at `node`.
    pub(super) fn can_occur(&self, node: u32, tag: u16) -> bool {
        self.tags[node as usize].contains(tag)
    }

    /// Whether terms can still be proposed after arriving at `node`.
    pub(super) fn proposals(&self, node: u32) -> bool {
        self.proposals[node as usize]
    }
}
