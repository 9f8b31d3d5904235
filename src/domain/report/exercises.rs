//! Exercises in the report: what was tested, where and by whom it should
//! have been stopped, detection and response, who knew it was a drill, the
//! weaknesses found and the follow-up countermeasures.

use time::Date;

use crate::domain::kinds::{Detection, ExerciseKind, ResponseOutcome, WeaknessKind};
use crate::domain::model::Workbook;

/// One exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseRow {
    pub title: String,
    pub kind: ExerciseKind,
    pub date: Option<Date>,
    /// Titles of the exercised scenarios.
    pub scenarios: Vec<String>,
    pub detection: Option<Detection>,
    /// Where it should have been stopped; free text, empty when redacted.
    pub stop_point: String,
    /// Who should have stopped it.
    pub stopped_by: String,
    /// How it was responded to (対応), and what was done (free text, empty
    /// when redacted).
    pub response: Option<ResponseOutcome>,
    pub response_notes: String,
    /// Who knew it was a drill.
    pub in_the_know: Vec<String>,
    /// Free text; empty when redacted.
    pub objectives: String,
    /// Kind and description (empty when redacted) of each weakness found.
    pub weaknesses: Vec<(WeaknessKind, String)>,
    /// Titles of the follow-up countermeasures.
    pub follow_ups: Vec<String>,
}

/// The exercise table, in workbook order.
pub(super) fn exercises(wb: &Workbook) -> Vec<ExerciseRow> {
    wb.exercises
        .iter()
        .map(|e| ExerciseRow {
            title: e.title.clone(),
            kind: e.kind,
            date: e.date,
            scenarios: e
                .scenario_ids
                .iter()
                .filter_map(|s| wb.scenario(*s).map(|s| s.title.clone()))
                .collect(),
            detection: e.detection,
            stop_point: e.stop_point.clone(),
            stopped_by: e.stopped_by.clone(),
            response: e.response,
            response_notes: e.response_notes.clone(),
            in_the_know: e.in_the_know.clone(),
            objectives: e.objectives.clone(),
            weaknesses: e
                .weaknesses
                .iter()
                .map(|w| (w.kind, w.description.clone()))
                .collect(),
            follow_ups: e
                .follow_up_ids
                .iter()
                .filter_map(|c| wb.countermeasure(*c).map(|c| c.title.clone()))
                .collect(),
        })
        .collect()
}
