//! Step 3 in the report: scenarios in priority order, each with its
//! countermeasures, and the countermeasures linked to no scenario, so every
//! countermeasure appears once.

use time::Date;

use crate::domain::catalog::{source_of_record, Source};
use crate::domain::ids::ScenarioId;
use crate::domain::kinds::{CmCategory, CmStatus, RiskLevel, ScenarioStatus};
use crate::domain::model::{Countermeasure, Workbook};
use crate::domain::scoring::{Analysis, ScenarioThreat};

use super::tech_name;

/// One scenario with its countermeasures.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRow {
    pub id: ScenarioId,
    pub priority: usize,
    pub title: String,
    pub technology: String,
    pub actor: Option<String>,
    pub status: ScenarioStatus,
    /// The threat level the likelihood used, and where it came from.
    pub threat: ScenarioThreat,
    pub likelihood: Option<u8>,
    pub impact: Option<u8>,
    /// Relevance to economic-security trends (1–5) as rated.
    pub trend: Option<u8>,
    pub score: Option<u8>,
    pub level: Option<RiskLevel>,
    /// Free text; empty when redacted.
    pub narrative: String,
    /// Source of the pattern the scenario was made from, if any.
    pub source: Option<Source>,
    pub countermeasures: Vec<CmLine>,
}

/// One countermeasure.
#[derive(Clone, Debug, PartialEq)]
pub struct CmLine {
    pub title: String,
    pub category: CmCategory,
    pub status: CmStatus,
    pub owner: String,
    pub due: Option<Date>,
    pub overdue: bool,
    /// Free text; empty when redacted.
    pub description: String,
    /// Source of the catalogue entry it was made from, if any.
    pub source: Option<Source>,
}

/// One countermeasure as the report prints it; `today` decides "overdue".
pub(super) fn cm_line(m: &Countermeasure, today: Date) -> CmLine {
    CmLine {
        title: m.title.clone(),
        category: m.category,
        status: m.status,
        owner: m.owner.clone(),
        due: m.due_date,
        overdue: m.is_overdue(today),
        description: m.description.clone(),
        source: source_of_record(m.catalog_id.as_deref()),
    }
}

/// The scenario table, in priority order.
pub(super) fn scenarios(wb: &Workbook, analysis: &Analysis, today: Date) -> Vec<ScenarioRow> {
    analysis
        .priority
        .iter()
        .filter_map(|&id| {
            let (s, sa) = (wb.scenario(id)?, analysis.scenario(id)?);
            Some(ScenarioRow {
                id,
                priority: sa.priority,
                title: s.title.clone(),
                technology: tech_name(wb, s.technology_id),
                actor: s.actor_id.and_then(|a| wb.actor(a)).map(|a| a.name.clone()),
                status: s.status,
                threat: sa.likelihood.threat,
                likelihood: sa.likelihood.value,
                impact: sa.impact,
                trend: s.trend_relevance.map(|r| r.get()),
                score: sa.score,
                level: sa.level,
                narrative: s.narrative.clone(),
                source: source_of_record(s.pattern_id.as_deref()),
                countermeasures: wb
                    .countermeasures
                    .iter()
                    .filter(|m| m.scenario_ids.contains(&id))
                    .map(|m| cm_line(m, today))
                    .collect(),
            })
        })
        .collect()
}

/// Countermeasures linked to no (existing) scenario: organisation-wide or
/// per technology.
pub(super) fn other_countermeasures(wb: &Workbook, today: Date) -> Vec<CmLine> {
    wb.countermeasures
        .iter()
        .filter(|m| !m.scenario_ids.iter().any(|s| wb.scenario(*s).is_some()))
        .map(|m| cm_line(m, today))
        .collect()
}
