//! Union-find over groups that keeps every cluster around a centre (step 4 of the parent
//! module's docs).

use std::cmp::Reverse;

use super::{Group, MAX_MERGE_CHECK, VariantSettings, variant_distance};

/// Union-find over groups, with each cluster's centre and members.
pub(super) struct Clusters {
    parent: Vec<u32>,
    /// For a root: the group every member must be a variant of.
    centre: Vec<u32>,
    /// For a root: how many spellings the cluster holds.
    weight: Vec<usize>,
    /// For a root: its groups.
    members: Vec<Vec<u32>>,
}

impl Clusters {
    pub(super) fn new(groups: &[Group]) -> Self {
        let ids = 0..groups.len() as u32;
        Self {
            parent: ids.clone().collect(),
            centre: ids.clone().collect(),
            weight: groups.iter().map(|g| g.weight).collect(),
            members: ids.map(|g| vec![g]).collect(),
        }
    }

    pub(super) fn find(&mut self, mut g: u32) -> u32 {
        while self.parent[g as usize] != g {
            let grandparent = self.parent[self.parent[g as usize] as usize];
            self.parent[g as usize] = grandparent;
            g = grandparent;
        }
        g
    }

    /// Merges the clusters of `a` and `b` if every group of one is a variant of the other's
    /// centre (step 4 of the parent module's docs).
    pub(super) fn join(&mut self, a: u32, b: u32, groups: &[Group], settings: &VariantSettings) {
        let (ra, rb) = (self.find(a) as usize, self.find(b) as usize);
        if ra == rb {
            return;
        }
        let rank = |r: usize| (self.weight[r], Reverse(self.centre[r]));
        let (keep, other) = if rank(ra) >= rank(rb) {
            (ra, rb)
        } else {
            (rb, ra)
        };
        if self.members[other].len() > MAX_MERGE_CHECK {
            return;
        }
        let centre = &groups[self.centre[keep] as usize];
        let fits = self.members[other]
            .iter()
            .all(|&m| variant_distance(centre, &groups[m as usize], settings).is_some());
        if !fits {
            return;
        }
        self.parent[other] = keep as u32;
        self.weight[keep] += self.weight[other];
        let moved = std::mem::take(&mut self.members[other]);
        self.members[keep].extend(moved);
    }
}
