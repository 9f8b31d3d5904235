//! Tier view: the ranked technologies, first first, as bars of what they are
//! ranked by — criticality (scale 5), or criticality × threat level (scale
//! 25) once the workbook has a decided threat assessment (docs/scoring.md
//! §2) — with a line where one tier ends and the next begins.
//! Quasi-important and unrated technologies are outside the ranking; the
//! chart gives their counts only.
//!
//! At most [`BARS_PER_TIER`] bars per tier: the rest of a tier is one line
//! saying how many more and which ranks (issue #18: 1,000 technologies made
//! a 46,000 px chart that took half a second to draw and could not be read;
//! the inventory lists every one).
//!
//! A boundary gets a band of its own between the two rows: the dashed line,
//! then its "above ▲ / ▼ below" label, clear of the next row's name (a label
//! drawn inside the next row's label line covered long names).

use super::{bar_at, score_text, BarLayout, CHART_WIDTH, ROW_HEIGHT, TOP_MARGIN};
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::Tier;
use crate::domain::model::Workbook;
use crate::domain::scoring::{Analysis, TierBasis};

/// One ranked technology.
#[derive(Clone, Debug, PartialEq)]
pub struct TierRow {
    pub id: TechnologyId,
    pub name: String,
    pub tier: Tier,
    pub rank: usize,
    /// The ranking score, two decimals; with the threat basis written out
    /// as "criticality × level = score".
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
    /// y of the line: the end of the row above, where the band starts.
    pub y: u32,
    /// Baseline of the "above ▲ / ▼ below" label, under the line inside the
    /// band (at the right), so it shares no line with a row.
    pub label_y: u32,
    /// Ranked technologies above the line.
    pub after: usize,
}

/// Height of the band a boundary adds between two rows: the line at its
/// top, the label's line (12 px text) under it.
pub const BOUNDARY_BAND: u32 = 18;
/// The label's baseline below the line.
const BOUNDARY_LABEL_DROP: u32 = 14;

/// Bars drawn per tier before the rest of the tier becomes one line.
pub const BARS_PER_TIER: usize = 40;
/// Height of a "… N more" line, and its text baseline below its top.
pub const MORE_BAND: u32 = 26;
const MORE_TEXT_DROP: u32 = 18;

/// The ranked technologies of a tier beyond its first [`BARS_PER_TIER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierMore {
    pub tier: Tier,
    /// How many are not drawn.
    pub count: usize,
    /// Their ranks, first and last (ties share a rank).
    pub first_rank: usize,
    pub last_rank: usize,
    /// Baseline of the line's text.
    pub y: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TierChart {
    /// The bars drawn: at most [`BARS_PER_TIER`] per tier.
    pub rows: Vec<TierRow>,
    /// One per tier with more technologies than bars, after its last bar.
    pub more: Vec<TierMore>,
    pub boundaries: Vec<TierBoundary>,
    pub quasi_important: usize,
    pub unrated: usize,
    /// What the bars measure.
    pub basis: TierBasis,
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
            let criticality = ta.criticality.score()?;
            let score = ta.ranking_score?.value();
            let text = match a.tiers.basis {
                TierBasis::Criticality => score_text(score),
                TierBasis::CriticalityTimesThreat => format!(
                    "{} × {} = {}",
                    score_text(criticality),
                    ta.threat.level,
                    score_text(score)
                ),
            };
            matches!(ta.tier, Tier::Top | Tier::Middle | Tier::Lower).then(|| {
                let name = wb
                    .technology(*id)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                (*id, name, ta.tier, rank, score, text)
            })
        })
        .collect();
    let mut rows: Vec<TierRow> = Vec::with_capacity(ranked.len().min(3 * BARS_PER_TIER));
    let mut more: Vec<TierMore> = Vec::new();
    let mut boundaries = Vec::new();
    // Top of the next row: rows stack by ROW_HEIGHT, plus a band per boundary.
    let mut top = TOP_MARGIN;
    let max = match a.tiers.basis {
        TierBasis::Criticality => 5.0,
        TierBasis::CriticalityTimesThreat => 25.0,
    };
    let mut current: Option<Tier> = None;
    let mut drawn_in_tier = 0;
    let mut pending: Option<TierMore> = None;
    // Ends a tier: its "… N more" line, if any, under its last bar.
    let mut close_tier = |top: &mut u32, pending: &mut Option<TierMore>| {
        if let Some(mut m) = pending.take() {
            m.y = *top + MORE_TEXT_DROP;
            more.push(m);
            *top += MORE_BAND;
        }
    };
    for (i, (id, name, tier, rank, score, text)) in ranked.into_iter().enumerate() {
        if let Some(above) = current.filter(|t| *t != tier) {
            close_tier(&mut top, &mut pending);
            boundaries.push(TierBoundary {
                above,
                below: tier,
                y: top,
                label_y: top + BOUNDARY_LABEL_DROP,
                after: i,
            });
            top += BOUNDARY_BAND;
            drawn_in_tier = 0;
        }
        current = Some(tier);
        if drawn_in_tier == BARS_PER_TIER {
            let m = pending.get_or_insert(TierMore {
                tier,
                count: 0,
                first_rank: rank,
                last_rank: rank,
                y: 0,
            });
            m.count += 1;
            m.last_rank = rank;
            continue;
        }
        drawn_in_tier += 1;
        rows.push(TierRow {
            id,
            name,
            tier,
            rank,
            score: text,
            level: match tier {
                Tier::Top => "5",
                Tier::Middle => "3",
                _ => "1",
            },
            bar: bar_at(top, score, max),
        });
        top += ROW_HEIGHT;
    }
    close_tier(&mut top, &mut pending);
    TierChart {
        height: top + TOP_MARGIN,
        rows,
        more,
        boundaries,
        quasi_important: a.tiers.quasi_important,
        unrated: a.tiers.unrated,
        basis: a.tiers.basis,
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
        // Threats are assessed: bars of criticality × threat level on a
        // scale of 25 (19 / 25 × 400 = 304).
        assert_eq!(c.basis, TierBasis::CriticalityTimesThreat);
        assert_eq!(
            got,
            [
                (
                    "GaN crystal-growth recipe",
                    Tier::Top,
                    1,
                    "4.75 × 4 = 19.00",
                    "5",
                    304
                ),
                (
                    "Prototype device measurement data",
                    Tier::Middle,
                    2,
                    "3.75 × 3 = 11.25",
                    "3",
                    180
                ),
                (
                    "Wafer process-flow drawings (joint research)",
                    Tier::Middle,
                    2,
                    "3.75 × 3 = 11.25",
                    "3",
                    180
                ),
                (
                    "Device simulation code",
                    Tier::Lower,
                    4,
                    "3.00 × 1 = 3.00",
                    "1",
                    48
                ),
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
                (Tier::Top, Tier::Middle, 50, 64, 1),
                (Tier::Middle, Tier::Lower, 160, 174, 3)
            ]
        );
        let tops: Vec<u32> = c.rows.iter().map(|r| r.bar.top).collect();
        assert_eq!(tops, [4, 68, 114, 178]);
        assert_eq!((c.quasi_important, c.unrated, c.height), (1, 1, 228));
    }

    /// Before any threat assessment is decided: bars of criticality, scale 5.
    #[test]
    fn criticality_alone_before_step_2() {
        let (mut wb, _) = sample();
        wb.assessments.clear();
        let a = crate::domain::scoring::analyze(&wb);
        let c = tier_chart(&wb, &a);
        assert_eq!(c.basis, TierBasis::Criticality);
        let got: Vec<(&str, &str, u32)> = c
            .rows
            .iter()
            .map(|r| (r.score.as_str(), r.level, r.bar.length))
            .collect();
        assert_eq!(
            got,
            [
                ("4.75", "5", 380),
                ("3.75", "3", 300),
                ("3.75", "3", 300),
                ("3.00", "1", 240)
            ]
        );
    }

    #[test]
    fn boundary_labels_have_a_band_of_their_own() {
        use crate::domain::charts::BAR_THICKNESS;
        let (wb, a) = sample();
        let c = tier_chart(&wb, &a);
        for b in &c.boundaries {
            let above = &c.rows[b.after - 1].bar;
            let below = &c.rows[b.after].bar;
            // The line is under the bar above; the label (12 px text, so its
            // glyphs reach about 12 above the baseline, 4 below) sits between
            // the line and the next row's name, touching neither.
            assert!(above.bar_y + BAR_THICKNESS < b.y);
            assert!(b.label_y - 12 > b.y);
            assert!(b.label_y + 4 <= below.top);
            assert!(below.label_y - 12 > b.label_y + 4);
        }
    }

    /// Issue #18: a thousand technologies draw at most BARS_PER_TIER bars
    /// per tier; the rest of each tier is one line that counts them, and
    /// every ranked technology is either a bar or counted in a line.
    #[test]
    fn long_tiers_end_in_one_line_that_counts_the_rest() {
        let (mut wb, _) = sample();
        let template = wb.technologies[0].clone();
        for i in 0..600 {
            let mut t = template.clone();
            t.id = TechnologyId::new(uuid::Uuid::from_u128(0xABC0_0000 + i));
            t.name = format!("T{i}");
            t.market_importance = crate::domain::rating::Rating::new(1 + (i % 5) as u8).ok();
            wb.technologies.push(t);
        }
        let a = crate::domain::scoring::analyze(&wb);
        let c = tier_chart(&wb, &a);
        let ranked = a
            .technologies
            .iter()
            .filter(|t| matches!(t.tier, Tier::Top | Tier::Middle | Tier::Lower))
            .count();
        assert!(ranked > 3 * BARS_PER_TIER, "{ranked}");
        for tier in [Tier::Top, Tier::Middle, Tier::Lower] {
            let bars = c.rows.iter().filter(|r| r.tier == tier).count();
            let total = a.technologies.iter().filter(|t| t.tier == tier).count();
            assert_eq!(bars, total.min(BARS_PER_TIER), "{tier:?}");
            let more: usize = c
                .more
                .iter()
                .filter(|m| m.tier == tier)
                .map(|m| m.count)
                .sum();
            assert_eq!(bars + more, total, "{tier:?}");
        }
        assert!(!c.more.is_empty());
        for m in &c.more {
            // The line follows the tier's last bar and ranks continue from it.
            let last = c.rows.iter().rfind(|r| r.tier == m.tier).expect("a bar");
            assert!(
                m.y > last.bar.bar_y && m.first_rank >= last.rank && m.first_rank <= m.last_rank
            );
        }
        // Rows, lines and boundary bands stack without overlapping.
        let lines = c.rows.len() as u32 * ROW_HEIGHT
            + c.more.len() as u32 * MORE_BAND
            + c.boundaries.len() as u32 * BOUNDARY_BAND;
        assert_eq!(c.height, lines + 2 * TOP_MARGIN);
    }
}
