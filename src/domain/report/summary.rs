//! The executive summary: counts, the round's progress and what is done,
//! the top tier, the first scenarios by priority and the overdue
//! countermeasures.

use time::Date;

use crate::domain::kinds::{RiskLevel, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::{round_done, Analysis, Coverage, RoundDone, TierSummary};

use super::scenarios::{cm_line, CmLine, ScenarioRow};
use super::technologies::TechRow;
use super::SUMMARY_SCENARIOS;

/// The executive summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub technologies: usize,
    pub tiers: TierSummary,
    pub actors: usize,
    pub assessments: usize,
    pub scenarios: usize,
    /// Scenarios with a risk score.
    pub scored_scenarios: usize,
    /// Scored scenarios at each risk level, `RiskLevel::ALL` order.
    pub by_level: [usize; 5],
    pub countermeasures: usize,
    pub open_countermeasures: usize,
    pub overdue_countermeasures: usize,
    pub exercises: usize,
    pub coverage: Coverage,
    /// Technologies of the round done as of the report's date (`scoring::done`).
    pub done: RoundDone,
    /// Top-tier technologies in ranking order.
    pub top_tier: Vec<TopTech>,
    /// The first [`SUMMARY_SCENARIOS`] scenarios in priority order.
    pub top_scenarios: Vec<ScenarioLine>,
    /// Open countermeasures past their due date, earliest due first.
    pub overdue: Vec<CmLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TopTech {
    pub rank: Option<usize>,
    pub name: String,
    pub score: Option<f64>,
}

/// A scenario named in the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioLine {
    pub priority: usize,
    pub title: String,
    pub technology: String,
    pub score: Option<u8>,
    pub level: Option<RiskLevel>,
}

/// The summary of `wb`, from the tables already built.
pub(super) fn summary(
    wb: &Workbook,
    analysis: &Analysis,
    today: Date,
    technologies: &[TechRow],
    scenarios: &[ScenarioRow],
) -> Summary {
    let mut overdue: Vec<CmLine> = wb
        .countermeasures
        .iter()
        .filter(|m| m.is_overdue(today))
        .map(|m| cm_line(m, today))
        .collect();
    overdue.sort_by_key(|m| m.due);

    let mut by_level = [0usize; 5];
    for s in &analysis.scenarios {
        if let Some(i) = s
            .level
            .and_then(|l| RiskLevel::ALL.iter().position(|x| *x == l))
        {
            by_level[i] += 1;
        }
    }

    Summary {
        technologies: wb.technologies.len(),
        tiers: analysis.tiers,
        actors: wb.actors.len(),
        assessments: wb.assessments.len(),
        scenarios: wb.scenarios.len(),
        scored_scenarios: analysis
            .scenarios
            .iter()
            .filter(|s| s.score.is_some())
            .count(),
        by_level,
        countermeasures: wb.countermeasures.len(),
        open_countermeasures: wb.countermeasures.iter().filter(|m| m.is_open()).count(),
        overdue_countermeasures: overdue.len(),
        exercises: wb.exercises.len(),
        coverage: analysis.coverage,
        done: round_done(wb, analysis, today),
        top_tier: technologies
            .iter()
            .filter(|t| t.tier == Tier::Top)
            .map(|t| TopTech {
                rank: t.rank,
                name: t.name.clone(),
                score: t.criticality,
            })
            .collect(),
        top_scenarios: scenarios
            .iter()
            .take(SUMMARY_SCENARIOS)
            .map(|s| ScenarioLine {
                priority: s.priority,
                title: s.title.clone(),
                technology: s.technology.clone(),
                score: s.score,
                level: s.level,
            })
            .collect(),
        overdue,
    }
}
