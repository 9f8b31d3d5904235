//! Round progress: coverage per step for every round, the current one last.
//!
//! Limit (docs/scoring.md §6): a round records only its number, scope, start
//! date and notes — no snapshot of the ratings at its end. An earlier round's
//! bars therefore show *today's* coverage of *that round's scope* (e.g. round
//! 1, top tier only), not what had been done when round 2 started.

use super::{bar_at, BarLayout, PLOT_WIDTH, TOP_MARGIN};
use crate::domain::kinds::RoundScope;
use crate::domain::model::Workbook;
use crate::domain::scoring::coverage::{in_scope, summarise};
use crate::domain::scoring::{Analysis, Coverage, TechCoverage};

/// The steps drawn, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Rated,
    ThreatAssessed,
    WithScenarios,
    WithCountermeasures,
    Done,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Rated,
        Step::ThreatAssessed,
        Step::WithScenarios,
        Step::WithCountermeasures,
        Step::Done,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Step::Rated => "rated",
            Step::ThreatAssessed => "threat",
            Step::WithScenarios => "scenarios",
            Step::WithCountermeasures => "countermeasures",
            Step::Done => "done",
        }
    }
    pub fn count(self, c: &Coverage) -> usize {
        match self {
            Step::Rated => c.rated,
            Step::ThreatAssessed => c.threat_assessed,
            Step::WithScenarios => c.with_scenarios,
            Step::WithCountermeasures => c.with_countermeasures,
            Step::Done => c.done,
        }
    }
}

/// One step bar of one round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepBar {
    pub step: Step,
    pub count: usize,
    /// Whole per cent, rounded; `None` when nothing is in scope.
    pub percent: Option<u32>,
    pub bar: BarLayout,
}

/// One round's block.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundBlock {
    pub number: u32,
    pub scope: RoundScope,
    pub current: bool,
    pub in_scope: usize,
    /// Baseline of the round's heading inside the chart.
    pub heading_y: u32,
    pub steps: Vec<StepBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoundProgress {
    pub rounds: Vec<RoundBlock>,
    /// Full-scale bar length (100 %), for the outline.
    pub full: u32,
    pub height: u32,
}

/// Height of a round's heading line.
const HEADING: u32 = 30;
/// Space after each round's block.
const GAP: u32 = 12;

pub fn round_progress(wb: &Workbook, a: &Analysis) -> RoundProgress {
    let mut top = TOP_MARGIN;
    let last = wb.rounds.len().saturating_sub(1);
    let rounds = wb
        .rounds
        .iter()
        .enumerate()
        .map(|(ri, r)| {
            let cov = summarise(
                Some(r.number),
                r.scope,
                a.technologies.iter().map(|t| {
                    (
                        t.tier,
                        TechCoverage {
                            in_scope: in_scope(r.scope, t.tier),
                            ..t.coverage
                        },
                    )
                }),
            );
            let heading_y = top + 20;
            top += HEADING;
            let steps = Step::ALL
                .iter()
                .map(|&step| {
                    let count = step.count(&cov);
                    let share = cov.share(count);
                    let bar = bar_at(top, share.unwrap_or(0.0), 1.0);
                    top += super::ROW_HEIGHT;
                    StepBar {
                        step,
                        count,
                        percent: share.map(|s| (s * 100.0).round() as u32),
                        bar,
                    }
                })
                .collect();
            top += GAP;
            RoundBlock {
                number: r.number,
                scope: r.scope,
                current: ri == last,
                in_scope: cov.in_scope,
                heading_y,
                steps,
            }
        })
        .collect();
    RoundProgress {
        rounds,
        full: PLOT_WIDTH,
        height: top + TOP_MARGIN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn sample_rounds_1_and_2() {
        let (wb, a) = sample();
        let p = round_progress(&wb, &a);
        // (count, percent, length) per step.
        type Steps = Vec<(usize, Option<u32>, u32)>;
        let got: Vec<(u32, RoundScope, bool, usize, Steps)> = p
            .rounds
            .iter()
            .map(|r| {
                (
                    r.number,
                    r.scope,
                    r.current,
                    r.in_scope,
                    r.steps
                        .iter()
                        .map(|s| (s.count, s.percent, s.bar.length))
                        .collect(),
                )
            })
            .collect();
        let full = (1, Some(100), 400);
        let two = (2, Some(67), 267);
        assert_eq!(
            got,
            [
                (1, RoundScope::TopTier, false, 1, vec![full; 5]),
                (
                    2,
                    RoundScope::UpToMiddle,
                    true,
                    3,
                    vec![(3, Some(100), 400), two, two, two, two]
                ),
            ]
        );
        // The current round agrees with the overview's coverage.
        assert_eq!(p.rounds[1].steps[4].count, a.coverage.done);
        assert_eq!((p.rounds[0].heading_y, p.rounds[1].heading_y), (24, 296));
        assert_eq!(p.height, 552);
    }
}
