//! Tier assignment by rank (上位・中位・下位層).
//!
//! Rule (see docs/scoring.md):
//! 1. Quasi-important information is its own class, never ranked.
//! 2. Other technologies with an incomplete evaluation are `Unrated`.
//! 3. The rest (n "ranked" technologies) are sorted by their ranking score
//!    (criticality, or criticality × threat level: `tech_risk.rs`), highest first.
//!    The top tier takes the first ⌈n × top% / 100⌉; the top and middle tiers
//!    together take the first ⌈n × (top% + middle%) / 100⌉; the rest are lower.
//! 4. Ties: a technology with the same criticality as the last one inside a tier
//!    boundary joins that (higher) tier — conservative for security, and
//!    independent of input order.
//! 5. Display order within a tier: criticality high → low, then name, then id.

use std::cmp::Ordering;

use super::criticality::Fraction;
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::Tier;
use crate::domain::model::Settings;

/// What the tier rule needs to know about one technology.
#[derive(Clone, Copy, Debug)]
pub struct TierInput<'a> {
    pub id: TechnologyId,
    pub name: &'a str,
    pub quasi_important: bool,
    /// Complete criticality, exact.
    pub score: Option<Fraction>,
}

/// The tier and rank of one technology.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierAssignment {
    pub tier: Tier,
    /// Competition rank among ranked technologies (1, 2, 2, 4 …); `None` for
    /// quasi-important and unrated ones.
    pub rank: Option<usize>,
}

/// Counts per tier and the boundaries used, for the UI to explain the split.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierSummary {
    /// Technologies with a complete evaluation, outside the quasi class.
    pub ranked: usize,
    /// ⌈ranked × top% / 100⌉ before ties.
    pub top_target: usize,
    /// ⌈ranked × (top% + middle%) / 100⌉ before ties (cumulative).
    pub middle_target: usize,
    pub top: usize,
    pub middle: usize,
    pub lower: usize,
    pub quasi_important: usize,
    pub unrated: usize,
    /// What the ranking is based on (set by `analyze`).
    pub basis: super::TierBasis,
    /// Technologies outside the quasi class with no decided threat
    /// assessment (set by `analyze`); they rank at the assumed level 3.
    pub threat_unassessed: usize,
}

/// ⌈n × percent / 100⌉ without floats.
fn share_of(n: usize, percent: u16) -> usize {
    (n * usize::from(percent)).div_ceil(100).min(n)
}

/// Display order of ranked technologies: score desc, name, id.
fn by_score<'a>(a: &TierInput<'a>, b: &TierInput<'a>) -> Ordering {
    b.score
        .cmp(&a.score)
        .then_with(|| a.name.cmp(b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// Assigns tiers; the result is parallel to `items`. O(n log n).
pub fn assign_tiers(
    items: &[TierInput<'_>],
    settings: &Settings,
) -> (Vec<TierAssignment>, TierSummary) {
    let mut out = vec![
        TierAssignment {
            tier: Tier::Unrated,
            rank: None
        };
        items.len()
    ];
    let mut summary = TierSummary::default();

    let mut ranked: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.quasi_important {
            out[i].tier = Tier::QuasiImportant;
            summary.quasi_important += 1;
        } else if it.score.is_some() {
            ranked.push(i);
        } else {
            summary.unrated += 1;
        }
    }
    ranked.sort_by(|&a, &b| by_score(&items[a], &items[b]));

    let n = ranked.len();
    let top_pct = u16::from(settings.top_share_percent.min(100));
    let mid_pct = (top_pct + u16::from(settings.middle_share_percent)).min(100);
    summary.ranked = n;
    summary.top_target = share_of(n, top_pct);
    summary.middle_target = share_of(n, mid_pct).max(summary.top_target);

    // Extends a boundary so that ties with the last one inside join it.
    let extend = |end: usize| -> usize {
        if end == 0 || end >= n {
            return end;
        }
        let last = items[ranked[end - 1]].score;
        let mut e = end;
        while e < n && items[ranked[e]].score == last {
            e += 1;
        }
        e
    };
    let top_end = extend(summary.top_target);
    let middle_end = extend(summary.middle_target.max(top_end));

    let mut rank = 0;
    for (pos, &i) in ranked.iter().enumerate() {
        // Competition ranking: ties share the rank of the first of them.
        if pos == 0 || items[ranked[pos - 1]].score != items[i].score {
            rank = pos + 1;
        }
        let tier = if pos < top_end {
            Tier::Top
        } else if pos < middle_end {
            Tier::Middle
        } else {
            Tier::Lower
        };
        out[i] = TierAssignment {
            tier,
            rank: Some(rank),
        };
    }
    summary.top = top_end;
    summary.middle = middle_end - top_end;
    summary.lower = n - middle_end;
    (out, summary)
}

/// Position of a tier in display order (top first, unrated last).
pub fn tier_order(t: Tier) -> u8 {
    match t {
        Tier::Top => 0,
        Tier::Middle => 1,
        Tier::Lower => 2,
        Tier::QuasiImportant => 3,
        Tier::Unrated => 4,
    }
}

/// Display order of all technologies: tier, then criticality high → low
/// (provisional scores included), then name, then id. Returns indexes.
pub fn display_order(
    items: &[TierInput<'_>],
    tiers: &[TierAssignment],
    provisional: &[Option<Fraction>],
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        tier_order(tiers[a].tier)
            .cmp(&tier_order(tiers[b].tier))
            .then_with(|| provisional[b].cmp(&provisional[a]))
            .then_with(|| items[a].name.cmp(items[b].name))
            .then_with(|| items[a].id.cmp(&items[b].id))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    /// Scores in tenths-free form (num over 4, i.e. equal weights); `None` =
    /// unrated; `Q` marks quasi-important.
    fn check(scores: &[(Option<u32>, bool)], top: u8, middle: u8, expected: &[Tier]) {
        let names: Vec<String> = (0..scores.len()).map(|i| format!("t{i:02}")).collect();
        let items: Vec<TierInput> = scores
            .iter()
            .enumerate()
            .map(|(i, &(s, q))| TierInput {
                id: TechnologyId::new(Uuid::from_u128(i as u128)),
                name: &names[i],
                quasi_important: q,
                score: s.map(|num| Fraction { num, den: 4 }),
            })
            .collect();
        let settings = Settings {
            top_share_percent: top,
            middle_share_percent: middle,
            ..Settings::default()
        };
        let (got, _) = assign_tiers(&items, &settings);
        let got: Vec<Tier> = got.iter().map(|a| a.tier).collect();
        assert_eq!(got, expected, "scores {scores:?} top {top} middle {middle}");
    }

    use Tier::{Lower as L, Middle as M, QuasiImportant as Q, Top as T, Unrated as U};

    #[test]
    fn ten_technologies_split_20_30_50() {
        let s: Vec<_> = (0..10).map(|i| (Some(20 - i), false)).collect();
        check(&s, 20, 30, &[T, T, M, M, M, L, L, L, L, L]);
    }

    #[test]
    fn shares_round_up_so_a_small_inventory_still_has_a_top() {
        check(
            &[(Some(12), false), (Some(10), false), (Some(8), false)],
            20,
            30,
            &[T, M, L],
        );
        check(&[(Some(12), false)], 20, 30, &[T]);
    }

    #[test]
    fn ties_at_a_boundary_join_the_higher_tier() {
        // Top target 1 of 5, but the second ties with the first.
        check(
            &[
                (Some(16), false),
                (Some(16), false),
                (Some(12), false),
                (Some(8), false),
                (Some(4), false),
            ],
            20,
            30,
            &[T, T, M, L, L],
        );
        // Middle boundary (3 of 5) extends over a tie too.
        check(
            &[
                (Some(16), false),
                (Some(12), false),
                (Some(8), false),
                (Some(8), false),
                (Some(4), false),
            ],
            20,
            30,
            &[T, M, M, M, L],
        );
    }

    #[test]
    fn quasi_and_unrated_are_outside_the_ranking() {
        check(
            &[
                (Some(20), true),
                (None, false),
                (Some(4), false),
                (None, true),
            ],
            20,
            30,
            &[Q, U, T, Q],
        );
    }

    #[test]
    fn zero_shares_put_everything_lower() {
        check(&[(Some(20), false), (Some(4), false)], 0, 0, &[L, L]);
        check(&[(Some(20), false), (Some(4), false)], 100, 0, &[T, T]);
    }

    #[test]
    fn tiers_do_not_depend_on_input_order() {
        let a = [
            (Some(16), false),
            (Some(12), false),
            (Some(12), false),
            (Some(8), false),
        ];
        let b = [
            (Some(12), false),
            (Some(8), false),
            (Some(16), false),
            (Some(12), false),
        ];
        check(&a, 25, 25, &[T, M, M, L]);
        check(&b, 25, 25, &[M, L, T, M]);
    }
}
