//! The cover page: workbook, organisation, assessor, the report's date and
//! the current round.

use time::Date;

use crate::domain::kinds::RoundScope;
use crate::domain::model::Workbook;

/// The cover page.
#[derive(Clone, Debug, PartialEq)]
pub struct Cover {
    pub workbook: String,
    pub organisation: String,
    pub unit: String,
    pub assessor: String,
    /// The day the report is printed (the caller's calendar day).
    pub date: Date,
    /// Number and scope of the current round.
    pub round: Option<(u32, RoundScope)>,
    pub round_started: Option<Date>,
    pub last_updated: Date,
}

pub(super) fn cover(wb: &Workbook, today: Date) -> Cover {
    let round = wb.current_round();
    Cover {
        workbook: wb.name.clone(),
        organisation: wb.organisation.clone(),
        unit: wb.unit.clone(),
        assessor: wb.assessor.clone(),
        date: today,
        round: round.map(|r| (r.number, r.scope)),
        round_started: round.map(|r| r.started_at.date()),
        last_updated: wb.updated_at.date(),
    }
}
