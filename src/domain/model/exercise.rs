//! Exercises (訓練): tabletop and black-box drills that test leak scenarios.

use time::Date;

use crate::domain::ids::{CountermeasureId, ExerciseId, ScenarioId};
use crate::domain::kinds::{CmCategory, Detection, ExerciseKind, ResponseOutcome, WeaknessKind};
use crate::domain::model::Countermeasure;
use crate::domain::rating::Rating;
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
    /// How it was responded to (対応); `None` until recorded.
    pub response: Option<ResponseOutcome>,
    /// What was done in response (free text).
    pub response_notes: String,
    /// Who knew it was a drill (black-box drills: only some staff know).
    pub in_the_know: Vec<String>,
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
            response: None,
            response_notes: String::new(),
            in_the_know: Vec::new(),
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
        self.detection.is_some() || self.response.is_some()
    }

    /// What this exercise suggests for the control effectiveness of the
    /// scenarios it tested, once both detection and response are recorded
    /// (Mamori's convention, a suggestion the user accepts or not):
    /// 1 + detection points + response points, at most 4, where detected /
    /// stopped count 2, partly 1, not 0. One drill that went well does not
    /// prove the controls are excellent, hence the cap at 4.
    pub fn suggested_control_effectiveness(&self) -> Option<Rating> {
        let d = match self.detection? {
            Detection::Yes => 2,
            Detection::Partly => 1,
            Detection::No => 0,
        };
        let r = match self.response? {
            ResponseOutcome::Stopped => 2,
            ResponseOutcome::Partly => 1,
            ResponseOutcome::NotStopped => 0,
        };
        Rating::new((1 + d + r).min(4)).ok()
    }
}

/// A tested scenario whose control effectiveness differs from what the
/// exercise suggests; the user may accept it (set `suggested`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlSuggestion {
    pub scenario_id: ScenarioId,
    pub current: Option<Rating>,
    pub suggested: Rating,
}

/// The suggestions of exercise `e` for the scenarios it tested, in its link
/// order: only scenarios that exist and whose rating differs.
pub fn control_suggestions(wb: &super::Workbook, e: &Exercise) -> Vec<ControlSuggestion> {
    let Some(suggested) = e.suggested_control_effectiveness() else {
        return Vec::new();
    };
    e.scenario_ids
        .iter()
        .filter_map(|id| wb.scenario(*id))
        .filter(|s| s.control_effectiveness != Some(suggested))
        .map(|s| ControlSuggestion {
            scenario_id: s.id,
            current: s.control_effectiveness,
            suggested,
        })
        .collect()
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
    fn findings_suggest_a_control_effectiveness() {
        let mut e = Exercise::new(
            ExerciseId::new(Uuid::from_u128(1)),
            ExerciseKind::BlackBox,
            "x",
        );
        assert!(!e.is_recorded());
        assert_eq!(e.suggested_control_effectiveness(), None);
        e.detection = Some(Detection::No);
        assert!(e.is_recorded());
        // Detection alone is not enough for a suggestion.
        assert_eq!(e.suggested_control_effectiveness(), None);
        let mut table = Vec::new();
        for d in Detection::ALL {
            for r in ResponseOutcome::ALL {
                e.detection = Some(*d);
                e.response = Some(*r);
                table.push(e.suggested_control_effectiveness().map(Rating::get));
            }
        }
        // Rows: detected, partly, not; columns: stopped, partly, not.
        assert_eq!(table, [4, 4, 3, 4, 3, 2, 3, 2, 1].map(Some).to_vec());
    }

    #[test]
    fn suggestions_list_only_differing_tested_scenarios() {
        use crate::domain::sample::sample_with_counted_ids;
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let mut wb = sample_with_counted_ids(Lang::En, now);
        let mut e = wb.exercises[0].clone();
        e.response = Some(ResponseOutcome::NotStopped);
        e.detection = Some(Detection::Yes);
        let s0 = e.scenario_ids[0];
        let sugg = control_suggestions(&wb, &e);
        assert_eq!(sugg.len(), 1);
        assert_eq!(sugg[0].scenario_id, s0);
        assert_eq!(sugg[0].suggested, Rating::new(3).expect("rating"));
        // Once accepted, nothing is left to suggest.
        if let Some(s) = wb.scenario_mut(s0) {
            s.control_effectiveness = Some(sugg[0].suggested);
        }
        assert!(control_suggestions(&wb, &e).is_empty());
    }

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
