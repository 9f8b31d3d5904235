//! Chart data and layout: every number a chart draws — counts, bar lengths,
//! positions, scales, which level colour — computed here, purely, from the
//! workbook and its [`Analysis`](crate::domain::scoring::Analysis). The UI
//! (`src/ui/charts/`) only turns these structs into SVG elements, so a chart
//! can be checked number for number by a native test and drawn again
//! elsewhere (the printed report) without repeating a rule.
//!
//! Not here: colours themselves (CSS classes named by a level code), text
//! (the UI looks labels up in `i18n::charts` and `Text`).
//!
//! Bar charts share one grid ([`bar_at`]): a label line above each bar,
//! the value printed to its right, so no number depends on colour.

pub mod chokepoints;
pub mod heat_map;
pub mod profile;
pub mod rounds;
pub mod threat_matrix;
pub mod tiers;

/// Width of every bar chart's SVG viewBox.
pub const CHART_WIDTH: u32 = 680;
/// Where bars start.
pub const PLOT_LEFT: u32 = 8;
/// Length of a bar at full scale.
pub const PLOT_WIDTH: u32 = 400;
/// Height of one bar row: a label line, then the bar.
pub const ROW_HEIGHT: u32 = 46;
/// Thickness of a bar.
pub const BAR_THICKNESS: u32 = 16;
/// Space above the first row.
pub const TOP_MARGIN: u32 = 4;
/// Room under the bars for the label of a marker line (score, threshold).
pub const FOOTER: u32 = 24;

/// Baseline of the marker label in a chart of height `height` with a footer.
pub fn footer_y(height: u32) -> u32 {
    height - 8
}

/// Where one bar row sits. All values in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BarLayout {
    /// Top of the row.
    pub top: u32,
    /// Baseline of the label above the bar.
    pub label_y: u32,
    /// Top of the bar.
    pub bar_y: u32,
    /// Length of the bar (0 for nothing to draw).
    pub length: u32,
    /// Length of the full-scale track behind the bar.
    pub track: u32,
    /// Where the printed value starts (right of the full-scale track).
    pub value_x: u32,
    /// Baseline of the printed value.
    pub value_y: u32,
}

/// The length of `value` on a scale where `max` fills [`PLOT_WIDTH`]
/// (rounded to the nearest unit; clamped to 0..=PLOT_WIDTH).
pub fn scale(value: f64, max: f64) -> u32 {
    scale_within(value, max, PLOT_WIDTH)
}

/// The length of `value` on a scale where `max` fills `plot` units.
pub fn scale_within(value: f64, max: f64, plot: u32) -> u32 {
    if max <= 0.0 || value <= 0.0 {
        return 0;
    }
    ((value / max).min(1.0) * f64::from(plot)).round() as u32
}

/// The bar row whose top is at `top`.
pub fn bar_at(top: u32, value: f64, max: f64) -> BarLayout {
    bar_at_within(top, value, max, PLOT_WIDTH)
}

/// The bar row whose top is at `top`, on a full scale of `plot` units (a
/// chart drawn in a narrow column uses a shorter scale, so it needs no
/// shrinking and its text keeps its size).
pub fn bar_at_within(top: u32, value: f64, max: f64, plot: u32) -> BarLayout {
    let length = scale_within(value, max, plot);
    let bar_y = top + 22;
    BarLayout {
        top,
        label_y: top + 16,
        bar_y,
        length,
        track: plot,
        // After the full-scale track, so a value never sits on a bar.
        value_x: PLOT_LEFT + plot + 8,
        value_y: bar_y + 13,
    }
}

/// The `index`-th row of a plain bar chart.
pub fn bar_row(index: usize, value: f64, max: f64) -> BarLayout {
    bar_row_within(index, value, max, PLOT_WIDTH)
}

/// The `index`-th row of a bar chart on a full scale of `plot` units.
pub fn bar_row_within(index: usize, value: f64, max: f64, plot: u32) -> BarLayout {
    bar_at_within(TOP_MARGIN + index as u32 * ROW_HEIGHT, value, max, plot)
}

/// Height of a plain bar chart of `rows` rows.
pub fn bar_chart_height(rows: usize) -> u32 {
    TOP_MARGIN * 2 + rows as u32 * ROW_HEIGHT
}

/// A score on 1–5 as the app prints it everywhere: two decimals.
pub fn score_text(score: f64) -> String {
    format!("{score:.2}")
}

#[cfg(test)]
pub(crate) mod test_sample {
    //! The worked sample workbook, fixed ids and clock, in English.
    use time::OffsetDateTime;

    use crate::domain::model::Workbook;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::scoring::{analyze, Analysis};
    use crate::domain::text::Lang;

    pub fn sample() -> (Workbook, Analysis) {
        let now = OffsetDateTime::from_unix_timestamp(1_748_736_000).expect("valid timestamp");
        let wb = sample_with_counted_ids(Lang::En, now);
        let a = analyze(&wb);
        (wb, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_rounds_and_clamps() {
        assert_eq!(scale(4.75, 5.0), 380);
        assert_eq!(scale(1.0, 3.0), 133);
        assert_eq!(scale(7.0, 5.0), PLOT_WIDTH);
        assert_eq!(scale(-1.0, 5.0), 0);
        assert_eq!(scale(1.0, 0.0), 0);
    }

    #[test]
    fn rows_stack_without_overlap() {
        let a = bar_row(0, 5.0, 5.0);
        let b = bar_row(1, 0.0, 5.0);
        assert_eq!((a.top, a.label_y, a.bar_y, a.value_x), (4, 20, 26, 416));
        assert_eq!((b.top, b.bar_y, b.length, b.value_x), (50, 72, 0, 416));
        assert!(a.bar_y + BAR_THICKNESS < b.top);
        assert_eq!(bar_chart_height(2), 100);
    }
}
