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
use crate::domain::scoring::{done, Analysis, Coverage, TechCoverage};
use time::Date;

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
    /// The step's count in coverage `c`; `done` is the round's done count
    /// (it depends on the day: `scoring::done`).
    pub fn count(self, c: &Coverage, done: usize) -> usize {
        match self {
            Step::Rated => c.rated,
            Step::ThreatAssessed => c.threat_assessed,
            Step::WithScenarios => c.with_scenarios,
            Step::WithCountermeasures => c.with_countermeasures,
            Step::Done => done,
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

/// The rounds' bars; `today` decides which countermeasures are overdue
/// (a technology with one is not done).
pub fn round_progress(wb: &Workbook, a: &Analysis, today: Date) -> RoundProgress {
    let gaps = done::gaps(wb, a, today);
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
            let done = a
                .technologies
                .iter()
                .zip(&gaps)
                .filter(|(t, g)| in_scope(r.scope, t.tier) && g.is_done())
                .count();
            let heading_y = top + 20;
            top += HEADING;
            let steps = Step::ALL
                .iter()
                .map(|&step| {
                    let count = step.count(&cov, done);
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
        let today = time::macros::date!(2025 - 06 - 01);
        let p = round_progress(&wb, &a, today);
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
        // Nothing is done yet: the sample has draft scenarios and open
        // countermeasures without an owner or a due date (scoring::done).
        let none = (0, Some(0), 0);
        assert_eq!(
            got,
            [
                (
                    1,
                    RoundScope::TopTier,
                    false,
                    1,
                    vec![full, full, full, full, none]
                ),
                (
                    2,
                    RoundScope::UpToMiddle,
                    true,
                    3,
                    vec![(3, Some(100), 400), two, two, two, none]
                ),
            ]
        );
        // The current round agrees with the overview's coverage.
        assert_eq!(
            p.rounds[1].steps[4].count,
            crate::domain::scoring::round_done(&wb, &a, today).done
        );
        assert_eq!((p.rounds[0].heading_y, p.rounds[1].heading_y), (24, 296));
        assert_eq!(p.height, 552);
    }
}
