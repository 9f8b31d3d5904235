//! The 5×5 risk heat map (likelihood × impact): scored scenarios per cell,
//! and how many of them still have no implemented countermeasure.
//!
//! Why not "before and after countermeasures": a scenario records one rating
//! set (feasibility, control effectiveness, impact), not a residual one, so
//! the map cannot say where a scenario will land once its measures are done.
//! What it can say truthfully is how much of each cell is still untreated
//! (`open`): scored scenarios without any countermeasure whose status is
//! done (docs/scoring.md §5).

use crate::domain::kinds::RiskLevel;
use crate::domain::scoring::risk::risk_level;
use crate::domain::scoring::{Analysis, ScenarioAnalysis};

/// Width of one cell: wide enough for the "open" line in Japanese
/// (「対策未完了 12」) at 14 px, the smallest chart text on a projector.
pub const CELL_W: u32 = 104;
/// Height of one cell: five rows fit a 1366×768 screen under the header.
pub const CELL_H: u32 = 80;
/// Room on the left for the likelihood axis.
pub const LEFT: u32 = 76;
pub const TOP: u32 = 8;
/// viewBox size.
pub const WIDTH: u32 = LEFT + 5 * CELL_W + 8;
pub const HEIGHT: u32 = TOP + 5 * CELL_H + 56;

/// Whether a scenario counts as treated: at least one linked countermeasure
/// is done. Planned or in-progress measures do not lower a risk yet.
pub fn has_implemented_countermeasure(s: &ScenarioAnalysis) -> bool {
    s.countermeasures_done > 0
}

/// One cell of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeatCell {
    pub likelihood: u8,
    pub impact: u8,
    /// Scored scenarios in this cell.
    pub count: usize,
    /// Of those, scenarios without an implemented countermeasure.
    pub open: usize,
    pub level: RiskLevel,
    /// Top-left corner of the cell.
    pub x: u32,
    pub y: u32,
}

impl HeatCell {
    pub fn centre_x(&self) -> u32 {
        self.x + CELL_W / 2
    }
    pub fn centre_y(&self) -> u32 {
        self.y + CELL_H / 2
    }
}

/// The whole map: 25 cells, likelihood 5 (top row) down to 1, impact 1 → 5
/// left to right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatMap {
    pub cells: Vec<HeatCell>,
    /// Scenarios that cannot be placed yet (likelihood or impact missing).
    pub unscored: usize,
    pub total: usize,
    pub total_open: usize,
}

impl HeatMap {
    pub fn cell(&self, likelihood: u8, impact: u8) -> Option<&HeatCell> {
        self.cells
            .iter()
            .find(|c| c.likelihood == likelihood && c.impact == impact)
    }
}

/// Where the tick of value `v` (1–5) goes: (x of impact tick, y of likelihood tick).
pub fn tick_position(v: u8) -> (u32, u32) {
    let v = u32::from(v.clamp(1, 5));
    (
        LEFT + (v - 1) * CELL_W + CELL_W / 2,
        TOP + (5 - v) * CELL_H + CELL_H / 2,
    )
}

pub fn heat_map(a: &Analysis) -> HeatMap {
    let mut open = [[0usize; 5]; 5];
    let mut unscored = 0;
    for s in &a.scenarios {
        match (s.likelihood.value, s.impact) {
            (Some(l), Some(i)) if (1..=5).contains(&l) && (1..=5).contains(&i) => {
                if !has_implemented_countermeasure(s) {
                    open[usize::from(l) - 1][usize::from(i) - 1] += 1;
                }
            }
            _ => unscored += 1,
        }
    }
    let mut cells = Vec::with_capacity(25);
    for (row, l) in (1..=5u8).rev().enumerate() {
        for i in 1..=5u8 {
            let (li, ii) = (usize::from(l) - 1, usize::from(i) - 1);
            cells.push(HeatCell {
                likelihood: l,
                impact: i,
                count: a.heat_map[li][ii],
                open: open[li][ii],
                level: risk_level(l, i),
                x: LEFT + u32::from(i - 1) * CELL_W,
                y: TOP + row as u32 * CELL_H,
            });
        }
    }
    HeatMap {
        total: cells.iter().map(|c| c.count).sum(),
        total_open: cells.iter().map(|c| c.open).sum(),
        cells,
        unscored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn sample_cells_counts_and_open() {
        let (_, a) = sample();
        let m = heat_map(&a);
        assert_eq!(m.cells.len(), 25);
        let nonzero: Vec<(u8, u8, usize, usize, RiskLevel)> = m
            .cells
            .iter()
            .filter(|c| c.count > 0)
            .map(|c| (c.likelihood, c.impact, c.count, c.open, c.level))
            .collect();
        // s1, s2, s3 at (4,5): s3 has the done "stronger authentication";
        // s4 (3,4) planned; s5 (2,4) done.
        assert_eq!(
            nonzero,
            [
                (4, 5, 3, 2, RiskLevel::VeryHigh),
                (3, 4, 1, 1, RiskLevel::High),
                (2, 4, 1, 0, RiskLevel::Medium),
            ]
        );
        assert_eq!((m.total, m.total_open, m.unscored), (5, 3, 0));
    }

    #[test]
    fn layout_puts_likelihood_5_on_top_and_impact_5_right() {
        let (_, a) = sample();
        let m = heat_map(&a);
        let first = m.cells[0];
        assert_eq!(
            (first.likelihood, first.impact, first.x, first.y),
            (5, 1, 76, 8)
        );
        let c = m.cell(1, 5).expect("cell");
        assert_eq!((c.x, c.y, c.centre_x(), c.centre_y()), (492, 328, 544, 368));
        assert_eq!((WIDTH, HEIGHT), (604, 464));
        assert_eq!(tick_position(1), (128, 368));
        assert_eq!(tick_position(5), (544, 48));
    }
}
