//! The redacted copy of a workbook, for sharing outside the lab: an office
//! can roll up ratings, tiers and statuses without reading secrets.
//!
//! Redaction is a pure `Workbook → Workbook` step; the redacted workbook is
//! then exported with the ordinary table set, so the files keep the same
//! columns (emptied or coded) and load with the same tools. Ids, codes,
//! ratings, dates, links and statuses are always kept.
//!
//! Columns each option affects (table: columns):
//! - `free_text` → workbook: none; rounds: notes; technologies: description,
//!   management, access_notes, notes; elements: notes; actors: description,
//!   motive, methods, notes; scenarios: narrative, notes; countermeasures:
//!   description, notes; exercises: objectives, stop_point, response_notes, notes;
//!   exercise_weaknesses: description; workshop_items: outcome_rationale,
//!   outcome_dissent; workshop_ratings: reason (format 6).
//! - `people` → workbook: assessor; technologies: export_judged_by;
//!   countermeasures: owner; exercises: participants (each), stopped_by,
//!   in_the_know (each); workshops: facilitator; workshop_participants: name
//!   (pseudonyms are kept; format 6) — each filled-in name becomes
//!   [`WITHHELD`]; people: name → `P001`… (format 5), so technologies:
//!   key_persons reads `P001`… too.
//! - `free_text` also → technologies: export_basis, export_exception_ground,
//!   the trade-secret notes; people: notes (format 5).
//! - `evidence` → threat_assessments: intent_evidence, capability_evidence,
//!   opportunity_evidence (the yes/no evidence flags are kept).
//! - `storage_locations` → technologies: storage_locations.
//! - `code_technology_names` → technologies: name → `T001`…; elements:
//!   name → `T001-E1`….
//! - `code_actor_names` → actors: name → `A001`….
//! - `code_titles` → scenarios: title → `S001`…; exercises: title → `X001`….
//!
//! Codes number records in workbook order, so the same workbook gives the
//! same codes on every export; they are not meant to be matched across labs.

use crate::domain::model::Workbook;

/// What a withheld name becomes. Not emptied: whether a name was filled in
/// is itself a fact the process counts ("an open countermeasure with an
/// owner and a due date is planned", `scoring::done`; how many took part in
/// an exercise), so the roll-up of a redacted export and the redacted report
/// count exactly what the full workbook counts (issue #14). An empty name
/// stays empty.
pub const WITHHELD: &str = "***";

/// What to remove or replace; the user ticks these before exporting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedactionOptions {
    pub free_text: bool,
    pub people: bool,
    pub evidence: bool,
    pub storage_locations: bool,
    pub code_technology_names: bool,
    pub code_actor_names: bool,
    pub code_titles: bool,
}

impl Default for RedactionOptions {
    /// Everything on: the safe choice for a file leaving the lab.
    fn default() -> Self {
        RedactionOptions {
            free_text: true,
            people: true,
            evidence: true,
            storage_locations: true,
            code_technology_names: true,
            code_actor_names: true,
            code_titles: true,
        }
    }
}

impl RedactionOptions {
    /// Nothing removed (the redacted copy equals the workbook).
    pub const NONE: RedactionOptions = RedactionOptions {
        free_text: false,
        people: false,
        evidence: false,
        storage_locations: false,
        code_technology_names: false,
        code_actor_names: false,
        code_titles: false,
    };
}

/// The redacted copy. Always valid when `wb` is: codes are non-empty names,
/// everything removed is optional.
pub fn redact(wb: &Workbook, o: &RedactionOptions) -> Workbook {
    let mut w = wb.clone();
    let clear = |s: &mut String, on: bool| {
        if on {
            s.clear();
        }
    };
    let withhold = |s: &mut String, on: bool| {
        if on && !s.trim().is_empty() {
            *s = WITHHELD.to_owned();
        }
    };
    let withhold_each = |list: &mut Vec<String>, on: bool| {
        for s in list {
            withhold(s, on);
        }
    };
    withhold(&mut w.assessor, o.people);
    for r in &mut w.rounds {
        clear(&mut r.notes, o.free_text);
    }
    for (i, t) in w.technologies.iter_mut().enumerate() {
        let code = format!("T{:03}", i + 1);
        if o.code_technology_names {
            t.name = code.clone();
        }
        clear(&mut t.description, o.free_text);
        clear(&mut t.management, o.free_text);
        clear(&mut t.access.notes, o.free_text);
        clear(&mut t.notes, o.free_text);
        withhold(&mut t.classification.judged_by, o.people);
        clear(&mut t.classification.basis, o.free_text);
        clear(&mut t.classification.exception_ground, o.free_text);
        clear(&mut t.trade_secret.secrecy_note, o.free_text);
        clear(&mut t.trade_secret.usefulness_note, o.free_text);
        clear(&mut t.trade_secret.non_public_note, o.free_text);
        if o.storage_locations {
            t.storage_locations.clear();
        }
        for (j, e) in t.elements.iter_mut().enumerate() {
            if o.code_technology_names {
                e.name = format!("{code}-E{}", j + 1);
            }
            clear(&mut e.notes, o.free_text);
        }
    }
    for (i, a) in w.actors.iter_mut().enumerate() {
        if o.code_actor_names {
            a.name = format!("A{:03}", i + 1);
        }
        clear(&mut a.description, o.free_text);
        clear(&mut a.motive, o.free_text);
        clear(&mut a.methods, o.free_text);
        clear(&mut a.notes, o.free_text);
    }
    for a in &mut w.assessments {
        clear(&mut a.intent_evidence.notes, o.evidence);
        clear(&mut a.capability_evidence, o.evidence);
        clear(&mut a.opportunity_evidence, o.evidence);
    }
    for (i, s) in w.scenarios.iter_mut().enumerate() {
        if o.code_titles {
            s.title = format!("S{:03}", i + 1);
        }
        clear(&mut s.narrative, o.free_text);
        clear(&mut s.notes, o.free_text);
    }
    for m in &mut w.countermeasures {
        clear(&mut m.description, o.free_text);
        clear(&mut m.notes, o.free_text);
        withhold(&mut m.owner, o.people);
    }
    for (i, e) in w.exercises.iter_mut().enumerate() {
        if o.code_titles {
            e.title = format!("X{:03}", i + 1);
        }
        clear(&mut e.objectives, o.free_text);
        clear(&mut e.stop_point, o.free_text);
        clear(&mut e.response_notes, o.free_text);
        clear(&mut e.notes, o.free_text);
        withhold(&mut e.stopped_by, o.people);
        withhold_each(&mut e.in_the_know, o.people);
        withhold_each(&mut e.participants, o.people);
        for wk in &mut e.weaknesses {
            clear(&mut wk.description, o.free_text);
        }
    }
    if o.people {
        code_people(&mut w);
    }
    for p in &mut w.people {
        clear(&mut p.notes, o.free_text);
    }
    // Workshops (issue #15): participant names go with `people` (the
    // pseudonyms stay, so the ratings still read per person); the
    // facilitator too; reasons, rationales and dissent are free text.
    for s in &mut w.workshops {
        withhold(&mut s.facilitator, o.people);
        for p in &mut s.participants {
            withhold(&mut p.name, o.people);
        }
        for i in &mut s.items {
            if let Some(out) = &mut i.outcome {
                clear(&mut out.rationale, o.free_text);
                clear(&mut out.dissent, o.free_text);
            }
        }
        for p in &mut s.passes {
            for v in &mut p.votes {
                clear(&mut v.reason, o.free_text);
            }
        }
    }
    w
}

/// People's names become `P001`, `P002`… in workbook order. Key persons are
/// people records, so this removes names from `people.csv`, the derived
/// `key_persons` column and the report alike.
fn code_people(w: &mut Workbook) {
    for (i, p) in w.people.iter_mut().enumerate() {
        p.name = format!("P{:03}", i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::text::Lang;

    fn sample() -> Workbook {
        sample_with_counted_ids(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn nothing_is_removed_with_no_option() {
        let wb = sample();
        assert_eq!(redact(&wb, &RedactionOptions::NONE), wb);
    }

    #[test]
    fn full_redaction_keeps_scores_and_validity_but_no_secret_text() {
        let wb = sample();
        let r = redact(&wb, &RedactionOptions::default());
        assert!(r.validate().is_empty());
        assert_eq!(r.technologies[0].name, "T001");
        assert_eq!(r.actors[0].name, "A001");
        assert!(r.technologies.iter().all(|t| t.description.is_empty()));
        assert!(!wb.people.is_empty(), "the sample has people");
        assert!(r
            .people
            .iter()
            .all(|p| p.name.starts_with('P') && p.notes.is_empty()));
        // Scores do not depend on free text: the analysis is unchanged.
        let (a, b) = (
            crate::domain::scoring::analyze(&wb),
            crate::domain::scoring::analyze(&r),
        );
        assert_eq!(a.heat_map, b.heat_map);
        assert_eq!(a.tiers, b.tiers);
        // No name of the original survives in any exported cell.
        let text: String = super::super::export_tables(&r, Default::default())
            .into_iter()
            .map(|f| f.text)
            .collect();
        for t in &wb.technologies {
            assert!(!text.contains(&t.name), "{}", t.name);
        }
        for p in &wb.people {
            assert!(!text.contains(p.name.as_str()), "{}", p.name);
        }
    }

    /// Issue #14: withholding names must not change what is counted — an
    /// office rolling up redacted exports sees the same "done" and
    /// "unplanned" as the lab; yet no name is left in a name field.
    #[test]
    fn withheld_names_keep_what_the_process_counts() {
        use crate::domain::scoring::{analyze, round_done};
        let wb = sample();
        let r = redact(&wb, &RedactionOptions::default());
        let today = time::macros::date!(2025 - 06 - 01);
        assert_eq!(
            round_done(&wb, &analyze(&wb), today),
            round_done(&r, &analyze(&r), today)
        );
        assert!(wb.countermeasures.iter().any(|m| !m.owner.is_empty()));
        let withheld = |s: &String| s.is_empty() || s == WITHHELD;
        assert!(withheld(&r.assessor));
        assert!(r.countermeasures.iter().all(|m| withheld(&m.owner)));
        assert!(r
            .technologies
            .iter()
            .all(|t| withheld(&t.classification.judged_by)));
        for (e, full) in r.exercises.iter().zip(&wb.exercises) {
            assert!(withheld(&e.stopped_by));
            assert!(e.participants.iter().chain(&e.in_the_know).all(withheld));
            assert_eq!(e.participants.len(), full.participants.len());
        }
        // An empty name is not turned into a mark.
        let mut blank = wb.clone();
        blank.countermeasures[0].owner.clear();
        let r = redact(&blank, &RedactionOptions::default());
        assert_eq!(r.countermeasures[0].owner, "");
    }
}
