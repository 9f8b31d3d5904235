//! Exercises (訓練): tabletop and black-box drills that test leak scenarios.

use time::Date;

use crate::domain::ids::{CountermeasureId, ExerciseId, ScenarioId};
use crate::domain::kinds::{CmCategory, Detection, ExerciseKind, WeaknessKind};
use crate::domain::model::Countermeasure;
use crate::domain::text::{Lang, Text};

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

impl Exercise {
    /// Whether the outcome has been recorded (the exercise was run): until
    /// then it does not count in the round's coverage.
    pub fn is_recorded(&self) -> bool {
        self.detection.is_some()
    }
}

/// Category of the countermeasure that answers a weakness of this kind:
/// technical → technical, procedural → organisational (rules and
/// procedures), human → personnel.
pub fn countermeasure_category(kind: WeaknessKind) -> CmCategory {
    match kind {
        WeaknessKind::Technical => CmCategory::Technical,
        WeaknessKind::Procedural => CmCategory::Organisational,
        WeaknessKind::Human => CmCategory::Personnel,
    }
}

/// Longest title taken from a weakness description, in characters.
const TITLE_FROM_WEAKNESS_MAX: usize = 80;

impl Weakness {
    /// A countermeasure answering this weakness ("turn a finding into a
    /// countermeasure in one step"): the title is the description's first
    /// line (shortened), the description is the whole text, the category
    /// follows [`countermeasure_category`], and it is linked to the
    /// exercised scenarios. The caller adds it to the exercise's follow-ups.
    pub fn to_countermeasure(
        &self,
        id: CountermeasureId,
        scenario_ids: &[ScenarioId],
        exercise_title: &str,
        lang: Lang,
    ) -> Countermeasure {
        let first = self
            .description
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default();
        let title = if first.is_empty() {
            format!(
                "{}（{}）",
                Text::new("弱点への対策", "Countermeasure for a weakness").get(lang),
                self.kind.label().get(lang)
            )
        } else if first.chars().count() > TITLE_FROM_WEAKNESS_MAX {
            let mut t: String = first.chars().take(TITLE_FROM_WEAKNESS_MAX - 1).collect();
            t.push('…');
            t
        } else {
            first.to_owned()
        };
        let mut m = Countermeasure::new(id, title, countermeasure_category(self.kind));
        m.description = self.description.clone();
        let mut seen = std::collections::HashSet::new();
        m.scenario_ids = scenario_ids
            .iter()
            .copied()
            .filter(|s| seen.insert(*s))
            .collect();
        m.notes = match lang {
            Lang::Ja => format!("訓練「{exercise_title}」で判明した弱点から作成。"),
            Lang::En => {
                format!("Created from a weakness found in the exercise “{exercise_title}”.")
            }
        };
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn weakness_kinds_map_to_countermeasure_categories() {
        assert_eq!(
            countermeasure_category(WeaknessKind::Technical),
            CmCategory::Technical
        );
        assert_eq!(
            countermeasure_category(WeaknessKind::Procedural),
            CmCategory::Organisational
        );
        assert_eq!(
            countermeasure_category(WeaknessKind::Human),
            CmCategory::Personnel
        );
    }

    #[test]
    fn weakness_becomes_a_prefilled_countermeasure() {
        let s1 = ScenarioId::new(Uuid::from_u128(1));
        let w = Weakness {
            kind: WeaknessKind::Procedural,
            description: "\n  No rule for USB sticks  \nSecond line".into(),
        };
        let m = w.to_countermeasure(
            CountermeasureId::new(Uuid::from_u128(9)),
            &[s1, s1],
            "TTX",
            Lang::En,
        );
        assert_eq!(m.title, "No rule for USB sticks");
        assert_eq!(m.category, CmCategory::Organisational);
        assert_eq!(m.scenario_ids, vec![s1]);
        assert_eq!(m.description, w.description);

        let long = Weakness {
            kind: WeaknessKind::Human,
            description: "あ".repeat(300),
        };
        let m = long.to_countermeasure(
            CountermeasureId::new(Uuid::from_u128(10)),
            &[],
            "x",
            Lang::Ja,
        );
        assert_eq!(m.title.chars().count(), TITLE_FROM_WEAKNESS_MAX);
        assert_eq!(m.category, CmCategory::Personnel);

        let empty = Weakness {
            kind: WeaknessKind::Technical,
            description: "  ".into(),
        };
        let m = empty.to_countermeasure(
            CountermeasureId::new(Uuid::from_u128(11)),
            &[],
            "x",
            Lang::En,
        );
        assert!(!m.title.trim().is_empty());
    }
}
