//! Countermeasures (対策).

use time::Date;

use crate::domain::ids::{CountermeasureId, ScenarioId, TechnologyId};
use crate::domain::kinds::{CmCategory, CmPhase, CmStatus};

/// A measure against one or more leak scenarios. A measure that links no
/// scenario and no technology is organisation-wide (e.g. rules for generative
/// AI); that is allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Countermeasure {
    pub id: CountermeasureId,
    pub scenario_ids: Vec<ScenarioId>,
    pub technology_ids: Vec<TechnologyId>,
    /// Built-in catalogue template this was created from, kept for grouping.
    pub catalog_id: Option<String>,
    pub title: String,
    pub description: String,
    pub category: CmCategory,
    pub phase: CmPhase,
    pub status: CmStatus,
    pub owner: String,
    pub due_date: Option<Date>,
    pub notes: String,
}

impl Countermeasure {
    pub fn new(id: CountermeasureId, title: impl Into<String>, category: CmCategory) -> Self {
        Countermeasure {
            id,
            scenario_ids: Vec::new(),
            technology_ids: Vec::new(),
            catalog_id: None,
            title: title.into(),
            description: String::new(),
            category,
            phase: CmPhase::Operation,
            status: CmStatus::NotStarted,
            owner: String::new(),
            due_date: None,
            notes: String::new(),
        }
    }
}
