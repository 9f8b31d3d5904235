//! What one cell of the actor × technology threat matrix shows: the level
//! band printed as a number, the colour class it takes, and the status the
//! screen reader hears. The matrix is an HTML grid of buttons (each cell
//! opens its assessment), so only the per-cell rule lives here.

use crate::domain::scoring::{ThreatLevel, ThreatStatus};

/// Why a cell shows what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellStatus {
    NotAssessed,
    Rated,
    NoIntent,
    IntentNotRated,
    Incomplete,
}

/// The look of one matrix cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreatCell {
    /// Printed in the cell: the level `1`–`5`, `—` (not assessed) or `?`.
    pub shown: &'static str,
    /// Colour class suffix (`level-<class>`).
    pub class: &'static str,
    pub status: CellStatus,
    /// intent × capability × opportunity, printed small under the band.
    pub product: Option<u8>,
}

pub fn threat_cell(level: Option<&ThreatLevel>) -> ThreatCell {
    const BANDS: [&str; 6] = ["0", "1", "2", "3", "4", "5"];
    let (shown, class, status, product) = match level {
        None => ("—", "unassessed", CellStatus::NotAssessed, None),
        Some(t) => match t.status {
            ThreatStatus::Rated => {
                let band = BANDS[usize::from(t.band().min(5))];
                (band, band, CellStatus::Rated, Some(t.product))
            }
            // No intent is the lowest level, 1 — the level scenarios and the
            // tier ranking use (docs/scoring.md §4), not a missing value.
            ThreatStatus::NoIntent => ("1", "1", CellStatus::NoIntent, None),
            ThreatStatus::IntentNotRated => ("?", "incomplete", CellStatus::IntentNotRated, None),
            ThreatStatus::Incomplete => ("?", "incomplete", CellStatus::Incomplete, None),
        },
    };
    ThreatCell {
        shown,
        class,
        status,
        product,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn sample_cells() {
        let (wb, a) = sample();
        let [talent, departing, apt, partner] = [0, 1, 2, 3].map(|i| wb.actors[i].id);
        let [gan, sim, data, flow] = [0, 1, 2, 3].map(|i| wb.technologies[i].id);
        let cell = |actor, tech| threat_cell(a.threat(actor, tech));
        let look = |c: ThreatCell| (c.shown, c.class, c.status, c.product);
        use CellStatus::*;
        // ∛60 = 3.91, ∛75 = 4.22, ∛32 = 3.17, ∛36 = 3.30, ∛24 = 2.88.
        assert_eq!(look(cell(talent, gan)), ("4", "4", Rated, Some(60)));
        assert_eq!(look(cell(departing, gan)), ("4", "4", Rated, Some(75)));
        assert_eq!(look(cell(apt, gan)), ("3", "3", Rated, Some(32)));
        assert_eq!(look(cell(apt, data)), ("3", "3", Rated, Some(36)));
        assert_eq!(look(cell(partner, data)), ("3", "3", Rated, Some(24)));
        assert_eq!(look(cell(talent, sim)), ("1", "1", NoIntent, None));
        assert_eq!(
            look(cell(talent, flow)),
            ("—", "unassessed", NotAssessed, None)
        );
    }
}
