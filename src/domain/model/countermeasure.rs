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

    /// Not done yet.
    pub fn is_open(&self) -> bool {
        self.status != CmStatus::Done
    }

    /// Open and past its due date (`today` comes from the shell's clock).
    pub fn is_overdue(&self, today: Date) -> bool {
        self.is_open() && self.due_date.is_some_and(|d| d < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn overdue_means_open_and_past_due() {
        let today = time::macros::date!(2025 - 06 - 10);
        let mut m = Countermeasure::new(
            CountermeasureId::new(Uuid::from_u128(1)),
            "m",
            CmCategory::Technical,
        );
        assert!(m.is_open() && !m.is_overdue(today));
        m.due_date = Some(time::macros::date!(2025 - 06 - 10));
        assert!(!m.is_overdue(today));
        m.due_date = Some(time::macros::date!(2025 - 06 - 09));
        assert!(m.is_overdue(today));
        m.status = CmStatus::Done;
        assert!(!m.is_open() && !m.is_overdue(today));
    }
}

#[cfg(test)]
mod overdue_tests {
    use super::*;
    use time::macros::date;
    use uuid::Uuid;

    #[test]
    fn overdue_means_past_due_and_not_done() {
        let today = date!(2025 - 06 - 15);
        let mut m = Countermeasure::new(
            CountermeasureId::new(Uuid::nil()),
            "m",
            CmCategory::Technical,
        );
        assert!(!m.is_overdue(today), "no due date");
        m.due_date = Some(date!(2025 - 06 - 15));
        assert!(!m.is_overdue(today), "due today");
        m.due_date = Some(date!(2025 - 06 - 14));
        assert!(m.is_overdue(today), "due yesterday");
        m.status = CmStatus::InProgress;
        assert!(m.is_overdue(today), "in progress");
        m.status = CmStatus::Done;
        assert!(!m.is_overdue(today), "done");
        m.status = CmStatus::NotStarted;
        m.due_date = Some(date!(2025 - 07 - 01));
        assert!(!m.is_overdue(today), "future");
    }
}
