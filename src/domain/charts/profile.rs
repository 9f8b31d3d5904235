//! Technology profile: the four evaluation axes of one technology as bars of
//! their risk values (substitutability inverted, as in the score), each with
//! its weight, and a marker at the weighted mean — the criticality score the
//! breakdown table next to it computes term by term.

use super::{
    bar_chart_height, bar_row_within, scale_within, score_text, BarLayout, FOOTER, PLOT_LEFT,
};

/// Full-scale bar length of the profile: it is drawn in the technology's
/// score column (about 470 px at 1366 px wide), so it is drawn to fit that
/// column at its own size instead of being shrunk with its text.
pub const PROFILE_PLOT_WIDTH: u32 = 200;
/// viewBox width of the profile: the bars, then the printed values
/// ("4 (6 − 2) · weight 1 — not counted").
pub const PROFILE_WIDTH: u32 = 460;
use crate::domain::rating::RatingAxis;
use crate::domain::scoring::Criticality;

/// One axis bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisBar {
    pub axis: RatingAxis,
    /// The rating as entered.
    pub rating: Option<u8>,
    /// The value drawn: the risk value (6 − rating for substitutability).
    pub value: Option<u8>,
    pub weight: u8,
    /// Rated and weighted, so it enters the score.
    pub counts: bool,
    /// Level colour code `1`–`5`, or `none` when not rated.
    pub level: &'static str,
    pub bar: BarLayout,
}

/// The profile chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub bars: Vec<AxisBar>,
    /// Criticality (provisional when incomplete), two decimals.
    pub score: Option<String>,
    /// x of the vertical marker at the score.
    pub score_x: Option<u32>,
    pub complete: bool,
    pub height: u32,
}

/// The CSS level code of a 1–5 value.
pub fn level_code(v: Option<u8>) -> &'static str {
    match v {
        Some(1) => "1",
        Some(2) => "2",
        Some(3) => "3",
        Some(4) => "4",
        Some(5) => "5",
        _ => "none",
    }
}

pub fn profile(c: &Criticality) -> Profile {
    let bars = c
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| AxisBar {
            axis: t.axis,
            rating: t.rating.map(|r| r.get()),
            value: t.risk_value,
            weight: t.weight,
            counts: t.counts(),
            level: level_code(t.risk_value),
            bar: bar_row_within(
                i,
                f64::from(t.risk_value.unwrap_or(0)),
                5.0,
                PROFILE_PLOT_WIDTH,
            ),
        })
        .collect::<Vec<_>>();
    let score = c.score();
    Profile {
        height: bar_chart_height(bars.len()) + FOOTER,
        bars,
        score: score.map(score_text),
        score_x: score.map(|s| PLOT_LEFT + scale_within(s, 5.0, PROFILE_PLOT_WIDTH)),
        complete: c.complete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn gan_profile_matches_its_breakdown() {
        let (wb, a) = sample();
        let gan = a.technology(wb.technologies[0].id).expect("GaN");
        let p = profile(&gan.criticality);
        // (axis, rating, value, weight, level, length)
        type Row<'a> = (&'a str, Option<u8>, Option<u8>, u8, &'a str, u32);
        let got: Vec<Row> = p
            .bars
            .iter()
            .map(|b| {
                (
                    b.axis.code(),
                    b.rating,
                    b.value,
                    b.weight,
                    b.level,
                    b.bar.length,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("market_importance", Some(5), Some(5), 1, "5", 200),
                ("national_strategy", Some(5), Some(5), 1, "5", 200),
                ("substitutability", Some(2), Some(4), 1, "4", 160),
                ("leak_impact", Some(5), Some(5), 1, "5", 200),
            ]
        );
        assert_eq!(p.score.as_deref(), Some("4.75"));
        assert_eq!(p.score_x, Some(198));
        assert!(p.complete);
        assert_eq!(p.height, 216);
    }

    #[test]
    fn unrated_axes_draw_no_bar_and_the_score_is_provisional() {
        let (wb, a) = sample();
        let drafts = a.technology(wb.technologies[5].id).expect("drafts");
        let p = profile(&drafts.criticality);
        let values: Vec<(Option<u8>, &str, u32, bool)> = p
            .bars
            .iter()
            .map(|b| (b.value, b.level, b.bar.length, b.counts))
            .collect();
        assert_eq!(
            values,
            [
                (Some(3), "3", 120, true),
                (None, "none", 0, false),
                (None, "none", 0, false),
                (None, "none", 0, false),
            ]
        );
        assert_eq!((p.score.as_deref(), p.complete), (Some("3.00"), false));
    }
}
