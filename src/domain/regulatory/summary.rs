//! The counts the roll-up and the report show for one workbook.

use time::Date;

use super::{declaration_status, disclosure_due, licence_flags};
use crate::domain::model::Workbook;
use crate::domain::scoring::Analysis;

/// Regulatory counts of one workbook.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegulatorySummary {
    /// Technologies flagged "a licence may be needed".
    pub flagged_technologies: usize,
    /// People with access whose specified-category declaration is missing or due.
    pub declarations_due: usize,
    /// People with access to a top-tier technology whose disclosure is due.
    pub disclosures_due: usize,
    /// Technologies classified 該当 or 不明・疑義.
    pub controlled_technologies: usize,
    pub people: usize,
}

pub fn regulatory_summary(wb: &Workbook, analysis: &Analysis, today: Date) -> RegulatorySummary {
    let with_access = || {
        wb.people
            .iter()
            .filter(|p| wb.access_of(p.id).next().is_some())
    };
    RegulatorySummary {
        flagged_technologies: licence_flags(wb).len(),
        declarations_due: with_access()
            .filter(|p| declaration_status(p, &wb.settings, today).needs_action())
            .count(),
        disclosures_due: wb
            .people
            .iter()
            .filter(|p| disclosure_due(wb, analysis, p, today))
            .count(),
        controlled_technologies: wb
            .technologies
            .iter()
            .filter(|t| t.classification.result.may_be_controlled())
            .count(),
        people: wb.people.len(),
    }
}
