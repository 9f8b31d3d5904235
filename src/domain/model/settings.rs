//! Per-workbook scoring settings: criticality weights, tier shares and the
//! chokepoint threshold.
//!
//! Everything is an integer so that a stored workbook round-trips exactly
//! (floats in JSON may not) and so the settings can be explained on a
//! whiteboard: "weights 1:1:1:1, top 20 %, middle 30 %".

/// Weight of each technology-evaluation axis in the criticality score.
/// A weight of 0 leaves the axis out (and out of the completeness check).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriticalityWeights {
    pub market_importance: u8,
    pub national_strategy: u8,
    pub substitutability: u8,
    pub leak_impact: u8,
}

impl CriticalityWeights {
    /// Largest weight a form accepts; keeps sums small and explainable.
    pub const MAX: u8 = 10;
}

impl Default for CriticalityWeights {
    /// Equal weights: no axis is privileged unless the workbook says so.
    fn default() -> Self {
        CriticalityWeights {
            market_importance: 1,
            national_strategy: 1,
            substitutability: 1,
            leak_impact: 1,
        }
    }
}

/// Scoring settings of one workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub weights: CriticalityWeights,
    /// Share of ranked technologies in the top tier, in percent (source 004: ~20 %).
    pub top_share_percent: u8,
    /// Share of ranked technologies in the middle tier, in percent.
    pub middle_share_percent: u8,
    /// An element whose chokepoint score (mean risk value, 1–5) reaches this
    /// value is flagged as a chokepoint.
    pub chokepoint_threshold: u8,
    /// A specified-category declaration older than this many days is due
    /// again (universities ask at entry, on change and yearly).
    pub declaration_period_days: u16,
    /// A research-integrity disclosure older than this many days is due again.
    pub disclosure_period_days: u16,
}

impl Settings {
    pub const DEFAULT_TOP_SHARE: u8 = 20;
    pub const DEFAULT_MIDDLE_SHARE: u8 = 30;
    pub const DEFAULT_CHOKEPOINT_THRESHOLD: u8 = 4;
    /// One year, the default for both review periods.
    pub const DEFAULT_REVIEW_PERIOD_DAYS: u16 = 365;
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            weights: CriticalityWeights::default(),
            top_share_percent: Self::DEFAULT_TOP_SHARE,
            middle_share_percent: Self::DEFAULT_MIDDLE_SHARE,
            chokepoint_threshold: Self::DEFAULT_CHOKEPOINT_THRESHOLD,
            declaration_period_days: Self::DEFAULT_REVIEW_PERIOD_DAYS,
            disclosure_period_days: Self::DEFAULT_REVIEW_PERIOD_DAYS,
        }
    }
}
