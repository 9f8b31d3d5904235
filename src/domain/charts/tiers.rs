//! Tier view: the ranked technologies, most critical first, as bars of their
//! criticality, with a line where one tier ends and the next begins.
//! Quasi-important and unrated technologies are outside the ranking; the
//! chart gives their counts only.

use super::{bar_chart_height, bar_row, score_text, BarLayout, CHART_WIDTH, TOP_MARGIN};
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::Tier;
use crate::domain::model::Workbook;
use crate::domain::scoring::Analysis;

/// One ranked technology.
#[derive(Clone, Debug, PartialEq)]
pub struct TierRow {
    pub id: TechnologyId,
    pub name: String,
    pub tier: Tier,
    pub rank: usize,
    /// Criticality, two decimals.
    pub score: String,
    /// Level colour code: top 5, middle 3, lower 1.
    pub level: &'static str,
    pub bar: BarLayout,
}

/// A line between two tiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierBoundary {
    /// The tier above the line and the one below.
    pub above: Tier,
    pub below: Tier,
    /// y of the line, between the two rows.
    pub y: u32,
    /// Baseline of the "above ▲ / ▼ below" label, just under the line at the
    /// right, where no bar or value reaches.
    pub label_y: u32,
    /// Ranked technologies above the line.
    pub after: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TierChart {
    pub rows: Vec<TierRow>,
    pub boundaries: Vec<TierBoundary>,
    pub quasi_important: usize,
    pub unrated: usize,
    pub width: u32,
    pub height: u32,
}

pub fn tier_chart(wb: &Workbook, a: &Analysis) -> TierChart {
    let ranked: Vec<_> = a
        .ranking
        .iter()
        .filter_map(|id| {
            let ta = a.technology(*id)?;
            let rank = ta.rank?;
            let score = ta.criticality.score()?;
            matches!(ta.tier, Tier::Top | Tier::Middle | Tier::Lower).then(|| {
                let name = wb
                    .technology(*id)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                (*id, name, ta.tier, rank, score)
            })
        })
        .collect();
    let rows: Vec<TierRow> = ranked
        .into_iter()
        .enumerate()
        .map(|(i, (id, name, tier, rank, score))| TierRow {
            id,
            name,
            tier,
            rank,
            score: score_text(score),
            level: match tier {
                Tier::Top => "5",
                Tier::Middle => "3",
                _ => "1",
            },
            bar: bar_row(i, score, 5.0),
        })
        .collect();
    let boundaries = rows
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].tier != w[1].tier)
        .map(|(i, w)| TierBoundary {
            above: w[0].tier,
            below: w[1].tier,
            y: w[1].bar.top - TOP_MARGIN / 2,
            label_y: w[1].bar.top - TOP_MARGIN / 2 + 13,
            after: i + 1,
        })
        .collect();
    TierChart {
        height: bar_chart_height(rows.len()),
        rows,
        boundaries,
        quasi_important: a.tiers.quasi_important,
        unrated: a.tiers.unrated,
        width: CHART_WIDTH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn sample_ranked_with_two_boundaries() {
        let (wb, a) = sample();
        let c = tier_chart(&wb, &a);
        let got: Vec<(&str, Tier, usize, &str, &str, u32)> = c
            .rows
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.tier,
                    r.rank,
                    r.score.as_str(),
                    r.level,
                    r.bar.length,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("GaN crystal-growth recipe", Tier::Top, 1, "4.75", "5", 380),
                (
                    "Prototype device measurement data",
                    Tier::Middle,
                    2,
                    "3.75",
                    "3",
                    300
                ),
                (
                    "Wafer process-flow drawings (joint research)",
                    Tier::Middle,
                    2,
                    "3.75",
                    "3",
                    300
                ),
                ("Device simulation code", Tier::Lower, 4, "3.00", "1", 240),
            ]
        );
        let lines: Vec<(Tier, Tier, u32, u32, usize)> = c
            .boundaries
            .iter()
            .map(|b| (b.above, b.below, b.y, b.label_y, b.after))
            .collect();
        assert_eq!(
            lines,
            [
                (Tier::Top, Tier::Middle, 48, 61, 1),
                (Tier::Middle, Tier::Lower, 140, 153, 3)
            ]
        );
        assert_eq!((c.quasi_important, c.unrated, c.height), (1, 1, 192));
    }
}
