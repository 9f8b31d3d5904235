//! The tables of the CSV data contract: their file names and columns, in the
//! order they are written. `docs/csv-format.md` describes the same tables for
//! people; a test checks that every column named here is documented there.
//!
//! Columns are only ever added (at the end of a table, with a higher
//! [`FORMAT_VERSION`](super::FORMAT_VERSION)), never renamed or removed:
//! offices concatenate files from labs that run different versions.

/// How a column's cells are typed (for the importer and the docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColKind {
    /// A UUID, hyphenated lower case.
    Id,
    /// Free or short text; neutralised (see `cell`).
    Text,
    /// A list of single-line items joined with line breaks; neutralised.
    List,
    /// A language-neutral code of a closed enumeration.
    Code,
    /// A rating 1–5, or empty for "not rated".
    Rating,
    /// A whole number ≥ 0, or empty.
    Int,
    /// `true` / `false`, or empty for "not recorded".
    Bool,
    /// `YYYY-MM-DD`, or empty.
    Date,
    /// RFC 3339 timestamp with offset.
    DateTime,
    /// A decimal number with a dot, or empty.
    Decimal,
}

/// One column. `derived` columns are computed on export (scores, tiers) for
/// people and tools that read the files; the importer ignores them and
/// recomputes. `required` columns must be present for the table to be read.
/// `since` is the format version that added the column: a file declaring an
/// older version cannot have it, so its absence is not worth a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Col {
    pub name: &'static str,
    pub kind: ColKind,
    pub required: bool,
    pub derived: bool,
    pub since: u32,
}

impl Col {
    /// The same column, added in format `version`.
    const fn since(self, version: u32) -> Col {
        Col {
            since: version,
            ..self
        }
    }
}

const fn req(name: &'static str, kind: ColKind) -> Col {
    Col {
        name,
        kind,
        required: true,
        derived: false,
        since: 1,
    }
}
const fn opt(name: &'static str, kind: ColKind) -> Col {
    Col {
        name,
        kind,
        required: false,
        derived: false,
        since: 1,
    }
}
const fn der(name: &'static str, kind: ColKind) -> Col {
    Col {
        name,
        kind,
        required: false,
        derived: true,
        since: 1,
    }
}

use ColKind::*;

/// Every table of a table set, in the order they are written and read
/// (referenced tables before the ones that refer to them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Workbook,
    Rounds,
    Technologies,
    Elements,
    Actors,
    ThreatAssessments,
    Scenarios,
    Countermeasures,
    CountermeasureScenarios,
    CountermeasureTechnologies,
    Exercises,
    ExerciseScenarios,
    ExerciseFollowUps,
    ExerciseWeaknesses,
    People,
    Access,
    /// Format 6 (issue #15): workshop rating sessions.
    Workshops,
    WorkshopParticipants,
    WorkshopItems,
    WorkshopPasses,
    WorkshopRatings,
}

impl Table {
    pub const ALL: [Table; 21] = [
        Table::Workbook,
        Table::Rounds,
        Table::Technologies,
        Table::Elements,
        Table::Actors,
        Table::ThreatAssessments,
        Table::Scenarios,
        Table::Countermeasures,
        Table::CountermeasureScenarios,
        Table::CountermeasureTechnologies,
        Table::Exercises,
        Table::ExerciseScenarios,
        Table::ExerciseFollowUps,
        Table::ExerciseWeaknesses,
        Table::People,
        Table::Access,
        Table::Workshops,
        Table::WorkshopParticipants,
        Table::WorkshopItems,
        Table::WorkshopPasses,
        Table::WorkshopRatings,
    ];

    /// The table called `name` (the file stem), if any.
    pub fn from_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The table's name: the file stem (`technologies.csv`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Workbook => "workbook",
            Table::Rounds => "rounds",
            Table::Technologies => "technologies",
            Table::Elements => "elements",
            Table::Actors => "actors",
            Table::ThreatAssessments => "threat_assessments",
            Table::Scenarios => "scenarios",
            Table::Countermeasures => "countermeasures",
            Table::CountermeasureScenarios => "countermeasure_scenarios",
            Table::CountermeasureTechnologies => "countermeasure_technologies",
            Table::Exercises => "exercises",
            Table::ExerciseScenarios => "exercise_scenarios",
            Table::ExerciseFollowUps => "exercise_follow_ups",
            Table::ExerciseWeaknesses => "exercise_weaknesses",
            Table::People => "people",
            Table::Access => "access",
            Table::Workshops => "workshops",
            Table::WorkshopParticipants => "workshop_participants",
            Table::WorkshopItems => "workshop_items",
            Table::WorkshopPasses => "workshop_passes",
            Table::WorkshopRatings => "workshop_ratings",
        }
    }

    /// The table a file name stands for: `technologies.csv`,
    /// `lab_technologies_2025-06-01.csv` and `labs/a/technologies.csv` all
    /// name `technologies`. The longest matching name wins, so
    /// `countermeasure_scenarios` is not mistaken for `scenarios`.
    pub fn from_file_name(file: &str) -> Option<Table> {
        let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let stem = base
            .strip_suffix(".csv")
            .or_else(|| base.strip_suffix(".CSV"))
            .unwrap_or(base)
            .to_ascii_lowercase();
        let tokens: Vec<&str> = stem.split('_').collect();
        Table::ALL
            .into_iter()
            .filter(|t| {
                let parts: Vec<&str> = t.name().split('_').collect();
                tokens.windows(parts.len()).any(|w| w == parts.as_slice())
            })
            .max_by_key(|t| t.name().len())
    }

    /// The columns, in the order written.
    pub fn columns(self) -> &'static [Col] {
        match self {
            Table::Workbook => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("format_version", Int),
                    req("name", Text),
                    opt("organisation", Text),
                    opt("unit", Text),
                    opt("assessor", Text),
                    req("created_at", DateTime),
                    opt("updated_at", DateTime),
                    opt("weight_market_importance", Int),
                    opt("weight_national_strategy", Int),
                    opt("weight_substitutability", Int),
                    opt("weight_leak_impact", Int),
                    opt("top_share_percent", Int),
                    opt("middle_share_percent", Int),
                    opt("chokepoint_threshold", Int),
                    // Format 2: how many rows each table was written with,
                    // so a file cut at a line end is noticed on import.
                    // Computed on export like a score (no warning when an
                    // older file lacks it); the importer only checks it.
                    der("table_rows", Text).since(2),
                    // Format 4: what the tiers rank by (`criticality`, or
                    // `criticality_x_threat` once any threat is assessed).
                    der("tier_basis", Code).since(4),
                    // Format 5: review periods of declarations and disclosures.
                    opt("declaration_period_days", Int).since(5),
                    opt("disclosure_period_days", Int).since(5),
                ];
                C
            }
            Table::Rounds => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("round_id", Id),
                    req("number", Int),
                    req("scope", Code),
                    req("started_at", DateTime),
                    opt("notes", Text),
                ];
                C
            }
            Table::Technologies => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("technology_id", Id),
                    req("name", Text),
                    opt("description", Text),
                    req("category", Code),
                    opt("owner_unit", Text),
                    opt("storage_locations", List),
                    opt("management", Text),
                    opt("access_internal_count", Int),
                    opt("access_external_parties", Bool),
                    opt("access_notes", Text),
                    opt("key_persons", List),
                    opt("export_control", Code),
                    opt("market_importance", Rating),
                    opt("national_strategy", Rating),
                    opt("substitutability", Rating),
                    opt("leak_impact", Rating),
                    opt("notes", Text),
                    der("criticality", Decimal),
                    der("tier", Code),
                    der("rank", Int),
                    // Format 4: the threat level the tier ranking uses, where
                    // it came from, and the ranking score itself.
                    der("threat_level", Int).since(4),
                    der("threat_level_basis", Code).since(4),
                    der("ranking_score", Decimal).since(4),
                    // Format 5: the export-control classification (該非判定;
                    // `export_control` above is its result) and the
                    // trade-secret checklist. `key_persons` is written from
                    // the access links and read only from sets without
                    // `people.csv`.
                    opt("export_list_item", Text).since(5),
                    opt("export_basis", Text).since(5),
                    opt("export_judged_on", Date).since(5),
                    opt("export_judged_by", Text).since(5),
                    opt("export_catch_all", Bool).since(5),
                    opt("export_exception", Code).since(5),
                    opt("export_exception_ground", Text).since(5),
                    opt("secret_marked", Bool).since(5),
                    opt("secret_access_restricted", Bool).since(5),
                    opt("secret_in_register", Bool).since(5),
                    opt("secret_note", Text).since(5),
                    opt("secret_useful", Bool).since(5),
                    opt("secret_usefulness_note", Text).since(5),
                    opt("secret_not_published", Bool).since(5),
                    opt("secret_nda_only", Bool).since(5),
                    opt("secret_non_public_note", Text).since(5),
                    der("licence_flag", Bool).since(5),
                    der("secret_gaps", Int).since(5),
                ];
                C
            }
            Table::Elements => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("element_id", Id),
                    req("technology_id", Id),
                    req("kind", Code),
                    req("name", Text),
                    opt("dependency", Rating),
                    opt("substitutability", Rating),
                    opt("supply_disruption", Rating),
                    opt("notes", Text),
                    der("chokepoint_score", Decimal),
                    der("is_chokepoint", Bool),
                ];
                C
            }
            Table::Actors => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("actor_id", Id),
                    req("name", Text),
                    req("kind", Code),
                    opt("catalog_id", Text),
                    opt("description", Text),
                    opt("motive", Text),
                    opt("methods", Text),
                    opt("default_capability", Rating),
                    opt("notes", Text),
                    // Format 3: where the actor template comes from, looked
                    // up from `catalog_id` (`003 §2.1.1`, `derived from 001
                    // §3.1`, empty for an actor not made from a template).
                    der("source", Text).since(3),
                ];
                C
            }
            Table::ThreatAssessments => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("assessment_id", Id),
                    req("actor_id", Id),
                    req("technology_id", Id),
                    opt("intent", Rating),
                    opt("capability", Rating),
                    opt("opportunity", Rating),
                    opt("in_policy_lists", Bool),
                    opt("patent_activity", Bool),
                    opt("intent_evidence", Text),
                    opt("capability_evidence", Text),
                    opt("opportunity_evidence", Text),
                    der("threat_product", Int),
                    // Format 4: the level 1–5 (round(∛product); no intent = 1).
                    der("threat_level", Int).since(4),
                ];
                C
            }
            Table::Scenarios => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("scenario_id", Id),
                    req("technology_id", Id),
                    opt("actor_id", Id),
                    req("title", Text),
                    opt("narrative", Text),
                    opt("pattern_id", Text),
                    opt("pattern_group", Code),
                    opt("origin", Code),
                    opt("legality", Code),
                    opt("feasibility", Rating),
                    opt("impact", Rating),
                    opt("control_effectiveness", Rating),
                    opt("trend_relevance", Rating),
                    opt("status", Code),
                    opt("notes", Text),
                    der("likelihood", Int),
                    der("risk_score", Int),
                    der("risk_level", Code),
                    der("priority", Int),
                    // Format 3: the source of the scenario's pattern, from `pattern_id`.
                    der("source", Text).since(3),
                    // Format 4: the likelihood's threat input and its sum
                    // (risk_score's meaning changed with the formula).
                    der("threat_level", Int).since(4),
                    der("threat_level_basis", Code).since(4),
                    der("likelihood_sum", Int).since(4),
                    der("risk_points", Int).since(4),
                ];
                C
            }
            Table::Countermeasures => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("countermeasure_id", Id),
                    opt("catalog_id", Text),
                    req("title", Text),
                    opt("description", Text),
                    req("category", Code),
                    opt("phase", Code),
                    opt("status", Code),
                    opt("owner", Text),
                    opt("due_date", Date),
                    opt("notes", Text),
                    // Format 3: the source of the catalogue entry, from `catalog_id`.
                    der("source", Text).since(3),
                ];
                C
            }
            Table::CountermeasureScenarios => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("countermeasure_id", Id),
                    req("scenario_id", Id),
                ];
                C
            }
            Table::CountermeasureTechnologies => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("countermeasure_id", Id),
                    req("technology_id", Id),
                ];
                C
            }
            Table::Exercises => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("exercise_id", Id),
                    req("kind", Code),
                    req("title", Text),
                    opt("date", Date),
                    opt("participants", List),
                    opt("objectives", Text),
                    opt("stop_point", Text),
                    opt("stopped_by", Text),
                    opt("detection", Code),
                    opt("notes", Text),
                    // Format 4: how the drill was responded to (対応) and
                    // who knew it was one.
                    opt("response", Code).since(4),
                    opt("response_notes", Text).since(4),
                    opt("in_the_know", List).since(4),
                ];
                C
            }
            Table::ExerciseScenarios => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("exercise_id", Id),
                    req("scenario_id", Id),
                ];
                C
            }
            Table::ExerciseFollowUps => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("exercise_id", Id),
                    req("countermeasure_id", Id),
                ];
                C
            }
            Table::ExerciseWeaknesses => {
                const C: &[Col] = &[
                    req("workbook_id", Id),
                    req("exercise_id", Id),
                    req("kind", Code),
                    opt("description", Text),
                ];
                C
            }
            // Format 5: people with access and who can access what.
            Table::People => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(5),
                    req("person_id", Id).since(5),
                    req("name", Text).since(5),
                    opt("role", Code).since(5),
                    opt("residency", Code).since(5),
                    opt("declaration", Code).since(5),
                    opt("declared_on", Date).since(5),
                    opt("pledge_signed", Bool).since(5),
                    opt("pledge_on", Date).since(5),
                    opt("disclosed_on", Date).since(5),
                    opt("notes", Text).since(5),
                ];
                C
            }
            Table::Access => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(5),
                    req("access_id", Id).since(5),
                    req("person_id", Id).since(5),
                    req("technology_id", Id).since(5),
                    opt("key_person", Bool).since(5),
                ];
                C
            }
            Table::Workshops => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(6),
                    req("session_id", Id).since(6),
                    req("title", Text).since(6),
                    opt("facilitator", Text).since(6),
                    req("created_at", DateTime).since(6),
                    opt("rule_spread", Int).since(6),
                ];
                C
            }
            Table::WorkshopParticipants => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(6),
                    req("session_id", Id).since(6),
                    req("participant_id", Id).since(6),
                    req("pseudonym", Text).since(6),
                    opt("name", Text).since(6),
                ];
                C
            }
            Table::WorkshopItems => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(6),
                    req("session_id", Id).since(6),
                    req("record_id", Id).since(6),
                    req("axis", Code).since(6),
                    opt("outcome_value", Rating).since(6),
                    opt("outcome_method", Code).since(6),
                    opt("outcome_rationale", Text).since(6),
                    opt("outcome_dissent", Text).since(6),
                    opt("outcome_previous", Rating).since(6),
                    opt("outcome_pass", Int).since(6),
                    opt("outcome_decided_at", DateTime).since(6),
                ];
                C
            }
            Table::WorkshopPasses => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(6),
                    req("session_id", Id).since(6),
                    req("pass", Int).since(6),
                    opt("revealed_at", DateTime).since(6),
                ];
                C
            }
            Table::WorkshopRatings => {
                const C: &[Col] = &[
                    req("workbook_id", Id).since(6),
                    req("session_id", Id).since(6),
                    req("pass", Int).since(6),
                    req("participant_id", Id).since(6),
                    req("record_id", Id).since(6),
                    req("axis", Code).since(6),
                    opt("value", Rating).since(6),
                    opt("reason", Text).since(6),
                ];
                C
            }
        }
    }

    pub fn header(self) -> Vec<&'static str> {
        self.columns().iter().map(|c| c.name).collect()
    }

    pub fn column(self, name: &str) -> Option<&'static Col> {
        self.columns().iter().find(|c| c.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_headers_are_ascii_snake_case_and_unique() {
        let ok = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        for t in Table::ALL {
            assert!(ok(t.name()));
            let h = t.header();
            assert_eq!(h.first(), Some(&"workbook_id"), "{t:?}");
            let mut seen = std::collections::HashSet::new();
            for c in h {
                assert!(ok(c), "{c}");
                assert!(seen.insert(c), "{t:?} repeats {c}");
            }
        }
    }

    /// Columns are only appended: within a table, `since` never decreases,
    /// and no column is newer than the format written.
    #[test]
    fn newer_columns_come_last_and_none_is_from_the_future() {
        for t in Table::ALL {
            let since: Vec<u32> = t.columns().iter().map(|c| c.since).collect();
            assert!(since.windows(2).all(|w| w[0] <= w[1]), "{t:?}: {since:?}");
            assert!(since
                .iter()
                .all(|&v| (1..=super::super::FORMAT_VERSION).contains(&v)));
        }
        assert_eq!(
            Table::Exercises.column("response").map(|c| c.since),
            Some(4)
        );
    }

    #[test]
    fn file_names_find_their_table() {
        for (file, table) in [
            ("technologies.csv", Some(Table::Technologies)),
            ("TECHNOLOGIES.CSV", Some(Table::Technologies)),
            ("lab-a_scenarios_2025-06-01.csv", Some(Table::Scenarios)),
            (
                "x/lab_countermeasure_scenarios_2025-06-01.csv",
                Some(Table::CountermeasureScenarios),
            ),
            ("exercise_follow_ups.csv", Some(Table::ExerciseFollowUps)),
            ("workbook.csv", Some(Table::Workbook)),
            ("readme.txt", None),
        ] {
            assert_eq!(Table::from_file_name(file), table, "{file}");
        }
    }
}
