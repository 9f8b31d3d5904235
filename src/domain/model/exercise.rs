//! Exercises (訓練): tabletop and black-box drills that test leak scenarios.

use time::Date;

use crate::domain::ids::{CountermeasureId, ExerciseId, ScenarioId};
use crate::domain::kinds::{Detection, ExerciseKind, WeaknessKind};

/// A weakness an exercise revealed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weakness {
    pub kind: WeaknessKind,
    pub description: String,
}

/// One exercise and what it found.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub kind: ExerciseKind,
    pub title: String,
    /// `None` while the exercise is still being planned.
    pub date: Option<Date>,
    pub scenario_ids: Vec<ScenarioId>,
    pub participants: Vec<String>,
    pub objectives: String,
    /// Where the leak should have been stopped.
    pub stop_point: String,
    /// Who should have stopped it.
    pub stopped_by: String,
    /// `None` until the exercise has been run.
    pub detection: Option<Detection>,
    pub weaknesses: Vec<Weakness>,
    /// Countermeasures the working group decided on afterwards.
    pub follow_up_ids: Vec<CountermeasureId>,
    pub notes: String,
}

impl Exercise {
    pub fn new(id: ExerciseId, kind: ExerciseKind, title: impl Into<String>) -> Self {
        Exercise {
            id,
            kind,
            title: title.into(),
            date: None,
            scenario_ids: Vec::new(),
            participants: Vec::new(),
            objectives: String::new(),
            stop_point: String::new(),
            stopped_by: String::new(),
            detection: None,
            weaknesses: Vec::new(),
            follow_up_ids: Vec::new(),
            notes: String::new(),
        }
    }
}
