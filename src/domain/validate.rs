//! Validation: field-level parsers for forms ("parse, don't validate": raw
//! typed text in, a typed value or a located error out) and whole-workbook
//! checks that find every problem at once.
//!
//! Invariant: a workbook for which [`Workbook::validate`] returns no error has
//! no duplicate id and no dangling reference. Restore refuses anything else,
//! and every edit in `edit` preserves it.

use std::collections::HashSet;
use std::hash::Hash;

use time::Date;

use super::error::{EntityKind, Field, ValidationError};
use super::ids::TechnologyId;
use super::model::{Settings, Technology, Workbook};
use super::rating::Rating;

/// Longest name or title, in characters: fits on a card and a CSV cell.
pub const NAME_MAX: usize = 200;
/// Longest free text (descriptions, narratives, notes), in characters.
pub const TEXT_MAX: usize = 20_000;

/// The record a form edits: which kind and which id ("" for a new record).
/// Field parsers hang off it so each error names its record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub entity: EntityKind,
    pub id: String,
}

impl Subject {
    pub fn new(entity: EntityKind, id: impl ToString) -> Self {
        Subject {
            entity,
            id: id.to_string(),
        }
    }

    /// A required name or title: trimmed, non-empty, at most [`NAME_MAX`] characters.
    pub fn name(&self, field: Field, raw: &str) -> Result<String, ValidationError> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(ValidationError::Required {
                entity: self.entity,
                id: self.id.clone(),
                field,
            });
        }
        self.max_len(field, value, NAME_MAX)?;
        Ok(value.to_owned())
    }

    /// An optional short text (owner, unit…): trimmed, at most [`NAME_MAX`].
    pub fn short_text(&self, field: Field, raw: &str) -> Result<String, ValidationError> {
        let value = raw.trim();
        self.max_len(field, value, NAME_MAX)?;
        Ok(value.to_owned())
    }

    /// Optional free text kept as typed (line breaks matter), at most [`TEXT_MAX`].
    pub fn text(&self, field: Field, raw: &str) -> Result<String, ValidationError> {
        self.max_len(field, raw, TEXT_MAX)?;
        Ok(raw.to_owned())
    }

    /// A list typed one item per line: blank lines dropped, items trimmed,
    /// each at most [`NAME_MAX`].
    pub fn lines(&self, field: Field, raw: &str) -> Result<Vec<String>, ValidationError> {
        // Split on a lone CR too: a list item must never contain a line break
        // (see `list` below), or the workbook would not load again.
        raw.split(['\n', '\r'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| self.max_len(field, l, NAME_MAX).map(|()| l.to_owned()))
            .collect()
    }

    /// A count of people or things: blank = not recorded, else a whole number ≥ 0.
    pub fn count(&self, field: Field, raw: &str) -> Result<Option<u32>, ValidationError> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(None);
        }
        value
            .parse::<u32>()
            .map(Some)
            .map_err(|_| ValidationError::NotACount {
                entity: self.entity,
                id: self.id.clone(),
                field,
                value: value.to_owned(),
            })
    }

    /// A rating: blank = not rated, else an integer 1–5.
    pub fn rating(&self, field: Field, raw: &str) -> Result<Option<Rating>, ValidationError> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(None);
        }
        value
            .parse::<u8>()
            .ok()
            .and_then(|n| Rating::new(n).ok())
            .map(Some)
            .ok_or_else(|| ValidationError::NotARating {
                entity: self.entity,
                id: self.id.clone(),
                field,
                value: value.to_owned(),
            })
    }

    /// A calendar date `YYYY-MM-DD` (what `<input type=date>` gives); blank = none.
    pub fn date(&self, field: Field, raw: &str) -> Result<Option<Date>, ValidationError> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(None);
        }
        parse_date(value)
            .map(Some)
            .ok_or_else(|| ValidationError::NotADate {
                entity: self.entity,
                id: self.id.clone(),
                field,
                value: value.to_owned(),
            })
    }

    /// An integer setting within `min..=max`.
    pub fn in_range(
        &self,
        field: Field,
        value: i64,
        min: i64,
        max: i64,
    ) -> Result<(), ValidationError> {
        if (min..=max).contains(&value) {
            Ok(())
        } else {
            Err(ValidationError::OutOfRange {
                entity: self.entity,
                id: self.id.clone(),
                field,
                value,
                min,
                max,
            })
        }
    }

    fn max_len(&self, field: Field, value: &str, max: usize) -> Result<(), ValidationError> {
        let len = value.chars().count();
        if len > max {
            Err(ValidationError::TooLong {
                entity: self.entity,
                id: self.id.clone(),
                field,
                len,
                max,
            })
        } else {
            Ok(())
        }
    }
}

/// The one date format of the product (ISO 8601 calendar date).
pub const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// Parses `YYYY-MM-DD`; `None` for anything else.
pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, DATE_FORMAT).ok()
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    // Only fails for years beyond ±9999, which `parse_date` never produces;
    // fall back to the Debug-free ISO parts rather than panic.
    date.format(DATE_FORMAT).unwrap_or_else(|_| {
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )
    })
}

/// Collects errors of stored records: each check re-runs the form parsers on
/// the stored value, so forms and storage can never disagree.
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn push<T>(&mut self, r: Result<T, ValidationError>) {
        if let Err(e) = r {
            self.errors.push(e);
        }
    }

    fn name(&mut self, s: &Subject, field: Field, value: &str) {
        // Checked as a typed name would be (non-empty once trimmed, length).
        // Surrounding spaces are tolerated, not refused: forms trim, but a
        // hand-edited backup with " name " must still load rather than lock
        // the user out of a whole workbook over whitespace.
        let r = s.name(field, value);
        self.push(r);
    }

    fn short(&mut self, s: &Subject, field: Field, value: &str) {
        let r = s.short_text(field, value);
        self.push(r);
    }

    fn text(&mut self, s: &Subject, field: Field, value: &str) {
        let r = s.text(field, value);
        self.push(r);
    }

    // Regression: `lines()` once split on "\n" only, so an item with a lone CR
    // passed the form but failed this check on the next load.
    fn list(&mut self, s: &Subject, field: Field, items: &[String]) {
        for item in items {
            // Exactly what the one-item-per-line form parser can produce.
            if item.is_empty() || item.trim() != item || item.contains(['\n', '\r']) {
                self.errors.push(ValidationError::BadListItem {
                    entity: s.entity,
                    id: s.id.clone(),
                    field,
                    value: item.clone(),
                });
            }
            self.short(s, field, item);
        }
    }

    /// Reports ids that occur twice within one kind.
    fn unique<I: Eq + Hash + Copy + ToString>(
        &mut self,
        entity: EntityKind,
        ids: impl Iterator<Item = I>,
    ) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.errors.push(ValidationError::DuplicateId {
                    entity,
                    id: id.to_string(),
                });
            }
        }
    }

    /// Reports links to missing records and links listed twice.
    fn links<I: Eq + Hash + Copy + ToString>(
        &mut self,
        s: &Subject,
        field: Field,
        target: EntityKind,
        links: &[I],
        exists: &HashSet<I>,
    ) {
        let mut seen = HashSet::new();
        for &l in links {
            if !exists.contains(&l) {
                self.errors.push(ValidationError::Dangling {
                    entity: s.entity,
                    id: s.id.clone(),
                    field,
                    target,
                    target_id: l.to_string(),
                });
            }
            if !seen.insert(l) {
                self.errors.push(ValidationError::DuplicateLink {
                    entity: s.entity,
                    id: s.id.clone(),
                    field,
                    value: l.to_string(),
                });
            }
        }
    }
}

/// Checks the fields of one technology and its elements (as a form would).
pub fn check_technology(t: &Technology) -> Vec<ValidationError> {
    let mut c = Checker { errors: Vec::new() };
    technology_fields(&mut c, t);
    c.errors
}

fn technology_fields(c: &mut Checker, t: &Technology) {
    let s = Subject::new(EntityKind::Technology, t.id);
    c.name(&s, Field::Name, &t.name);
    c.text(&s, Field::Description, &t.description);
    c.short(&s, Field::OwnerUnit, &t.owner_unit);
    c.list(&s, Field::StorageLocations, &t.storage_locations);
    c.text(&s, Field::Management, &t.management);
    c.text(&s, Field::AccessNotes, &t.access.notes);
    c.short(&s, Field::ListItem, &t.classification.list_item);
    c.text(&s, Field::Basis, &t.classification.basis);
    c.short(&s, Field::JudgedBy, &t.classification.judged_by);
    c.text(
        &s,
        Field::ExceptionGround,
        &t.classification.exception_ground,
    );
    for note in [
        &t.trade_secret.secrecy_note,
        &t.trade_secret.usefulness_note,
        &t.trade_secret.non_public_note,
    ] {
        c.text(&s, Field::Notes, note);
    }
    c.text(&s, Field::Notes, &t.notes);
    for e in &t.elements {
        let s = Subject::new(EntityKind::Element, e.id);
        c.name(&s, Field::Name, &e.name);
        c.text(&s, Field::Notes, &e.notes);
    }
}

/// Checks the settings (as the settings form would).
pub fn check_settings(settings: &Settings) -> Vec<ValidationError> {
    let mut c = Checker { errors: Vec::new() };
    settings_fields(&mut c, settings);
    c.errors
}

fn settings_fields(c: &mut Checker, st: &Settings) {
    let s = Subject::new(EntityKind::Settings, "");
    let w = st.weights;
    for v in [
        w.market_importance,
        w.national_strategy,
        w.substitutability,
        w.leak_impact,
    ] {
        let r = s.in_range(
            Field::Weights,
            i64::from(v),
            0,
            i64::from(super::model::CriticalityWeights::MAX),
        );
        c.push(r);
    }
    if [
        w.market_importance,
        w.national_strategy,
        w.substitutability,
        w.leak_impact,
    ]
    .iter()
    .all(|&v| v == 0)
    {
        c.errors.push(ValidationError::NoWeights);
    }
    let r = s.in_range(Field::TopShare, i64::from(st.top_share_percent), 0, 100);
    c.push(r);
    let r = s.in_range(
        Field::MiddleShare,
        i64::from(st.middle_share_percent),
        0,
        100,
    );
    c.push(r);
    if u16::from(st.top_share_percent) + u16::from(st.middle_share_percent) > 100 {
        c.errors.push(ValidationError::SharesExceed {
            top: st.top_share_percent,
            middle: st.middle_share_percent,
        });
    }
    let r = s.in_range(
        Field::ChokepointThreshold,
        i64::from(st.chokepoint_threshold),
        1,
        5,
    );
    c.push(r);
}

impl Workbook {
    /// Every problem in the workbook, fields and references alike; empty
    /// means valid. Linear in the size of the workbook (hash sets, no pairwise scans).
    pub fn validate(&self) -> Vec<ValidationError> {
        let mut c = Checker { errors: Vec::new() };
        self.check_fields(&mut c);
        c.errors.extend(self.validate_references());
        c.errors
    }

    /// Whether [`Workbook::validate`] finds nothing.
    pub fn is_valid(&self) -> bool {
        self.validate().is_empty()
    }

    /// Only duplicate ids and dangling or repeated links: the structural
    /// invariant every edit must keep.
    pub fn validate_references(&self) -> Vec<ValidationError> {
        let mut c = Checker { errors: Vec::new() };
        c.unique(
            EntityKind::Technology,
            self.technologies.iter().map(|t| t.id),
        );
        c.unique(
            EntityKind::Element,
            self.technologies
                .iter()
                .flat_map(|t| t.elements.iter().map(|e| e.id)),
        );
        c.unique(EntityKind::Actor, self.actors.iter().map(|a| a.id));
        c.unique(
            EntityKind::Assessment,
            self.assessments.iter().map(|a| a.id),
        );
        c.unique(EntityKind::Scenario, self.scenarios.iter().map(|s| s.id));
        c.unique(
            EntityKind::Countermeasure,
            self.countermeasures.iter().map(|m| m.id),
        );
        c.unique(EntityKind::Exercise, self.exercises.iter().map(|e| e.id));
        c.unique(EntityKind::Round, self.rounds.iter().map(|r| r.id));
        c.unique(EntityKind::Person, self.people.iter().map(|p| p.id));
        c.unique(EntityKind::Access, self.access.iter().map(|a| a.id));

        let techs: HashSet<TechnologyId> = self.technologies.iter().map(|t| t.id).collect();
        let actors: HashSet<_> = self.actors.iter().map(|a| a.id).collect();
        let scenarios: HashSet<_> = self.scenarios.iter().map(|s| s.id).collect();
        let cms: HashSet<_> = self.countermeasures.iter().map(|m| m.id).collect();

        let mut pairs = HashSet::new();
        for a in &self.assessments {
            let s = Subject::new(EntityKind::Assessment, a.id);
            c.links(
                &s,
                Field::ActorId,
                EntityKind::Actor,
                &[a.actor_id],
                &actors,
            );
            c.links(
                &s,
                Field::TechnologyId,
                EntityKind::Technology,
                &[a.technology_id],
                &techs,
            );
            if !pairs.insert((a.actor_id, a.technology_id)) {
                c.errors.push(ValidationError::DuplicateAssessment {
                    id: a.id.to_string(),
                    actor_id: a.actor_id.to_string(),
                    technology_id: a.technology_id.to_string(),
                });
            }
        }
        for sc in &self.scenarios {
            let s = Subject::new(EntityKind::Scenario, sc.id);
            c.links(
                &s,
                Field::TechnologyId,
                EntityKind::Technology,
                &[sc.technology_id],
                &techs,
            );
            if let Some(actor) = sc.actor_id {
                c.links(&s, Field::ActorId, EntityKind::Actor, &[actor], &actors);
            }
        }
        for m in &self.countermeasures {
            let s = Subject::new(EntityKind::Countermeasure, m.id);
            c.links(
                &s,
                Field::ScenarioIds,
                EntityKind::Scenario,
                &m.scenario_ids,
                &scenarios,
            );
            c.links(
                &s,
                Field::TechnologyIds,
                EntityKind::Technology,
                &m.technology_ids,
                &techs,
            );
        }
        for e in &self.exercises {
            let s = Subject::new(EntityKind::Exercise, e.id);
            c.links(
                &s,
                Field::ScenarioIds,
                EntityKind::Scenario,
                &e.scenario_ids,
                &scenarios,
            );
            c.links(
                &s,
                Field::FollowUpIds,
                EntityKind::Countermeasure,
                &e.follow_up_ids,
                &cms,
            );
        }

        let people: HashSet<_> = self.people.iter().map(|p| p.id).collect();
        let mut access_pairs = HashSet::new();
        for a in &self.access {
            let s = Subject::new(EntityKind::Access, a.id);
            c.links(
                &s,
                Field::PersonId,
                EntityKind::Person,
                &[a.person_id],
                &people,
            );
            c.links(
                &s,
                Field::TechnologyId,
                EntityKind::Technology,
                &[a.technology_id],
                &techs,
            );
            // One link per person and technology: the pair is its identity.
            if !access_pairs.insert((a.person_id, a.technology_id)) {
                c.errors.push(ValidationError::DuplicateId {
                    entity: EntityKind::Access,
                    id: a.id.to_string(),
                });
            }
        }

        if self.rounds.is_empty() {
            c.errors.push(ValidationError::NoRound);
        }
        for (i, r) in self.rounds.iter().enumerate() {
            let expected = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
            if r.number != expected {
                c.errors.push(ValidationError::RoundNumber {
                    id: r.id.to_string(),
                    number: r.number,
                    expected,
                });
            }
        }
        c.errors
    }

    fn check_fields(&self, c: &mut Checker) {
        let s = Subject::new(EntityKind::Workbook, self.id);
        c.name(&s, Field::Name, &self.name);
        c.short(&s, Field::Organisation, &self.organisation);
        c.short(&s, Field::Unit, &self.unit);
        c.short(&s, Field::Assessor, &self.assessor);
        if self.updated_at < self.created_at {
            c.errors.push(ValidationError::UpdatedBeforeCreated {
                created: self.created_at.to_string(),
                updated: self.updated_at.to_string(),
            });
        }
        settings_fields(c, &self.settings);
        for r in &self.rounds {
            let s = Subject::new(EntityKind::Round, r.id);
            c.text(&s, Field::Notes, &r.notes);
        }
        for t in &self.technologies {
            technology_fields(c, t);
        }
        for p in &self.people {
            let s = Subject::new(EntityKind::Person, p.id);
            c.name(&s, Field::Name, &p.name);
            c.text(&s, Field::Notes, &p.notes);
        }
        for a in &self.actors {
            let s = Subject::new(EntityKind::Actor, a.id);
            c.name(&s, Field::Name, &a.name);
            c.short(
                &s,
                Field::CatalogId,
                a.catalog_id.as_deref().unwrap_or_default(),
            );
            c.text(&s, Field::Description, &a.description);
            c.text(&s, Field::Motive, &a.motive);
            c.text(&s, Field::Methods, &a.methods);
            c.text(&s, Field::Notes, &a.notes);
        }
        for a in &self.assessments {
            let s = Subject::new(EntityKind::Assessment, a.id);
            c.text(&s, Field::Evidence, &a.intent_evidence.notes);
            c.text(&s, Field::Evidence, &a.capability_evidence);
            c.text(&s, Field::Evidence, &a.opportunity_evidence);
        }
        for sc in &self.scenarios {
            let s = Subject::new(EntityKind::Scenario, sc.id);
            c.name(&s, Field::Title, &sc.title);
            c.text(&s, Field::Narrative, &sc.narrative);
            c.short(
                &s,
                Field::PatternId,
                sc.pattern_id.as_deref().unwrap_or_default(),
            );
            c.text(&s, Field::Notes, &sc.notes);
        }
        for m in &self.countermeasures {
            let s = Subject::new(EntityKind::Countermeasure, m.id);
            c.name(&s, Field::Title, &m.title);
            c.text(&s, Field::Description, &m.description);
            c.short(
                &s,
                Field::CatalogId,
                m.catalog_id.as_deref().unwrap_or_default(),
            );
            c.short(&s, Field::Owner, &m.owner);
            c.text(&s, Field::Notes, &m.notes);
        }
        for e in &self.exercises {
            let s = Subject::new(EntityKind::Exercise, e.id);
            c.name(&s, Field::Title, &e.title);
            c.list(&s, Field::Participants, &e.participants);
            c.text(&s, Field::Objectives, &e.objectives);
            c.text(&s, Field::StopPoint, &e.stop_point);
            c.short(&s, Field::StoppedBy, &e.stopped_by);
            c.text(&s, Field::ResponseNotes, &e.response_notes);
            c.list(&s, Field::InTheKnow, &e.in_the_know);
            for w in &e.weaknesses {
                c.text(&s, Field::Weaknesses, &w.description);
            }
            c.text(&s, Field::Notes, &e.notes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject() -> Subject {
        Subject::new(EntityKind::Technology, "")
    }

    /// One table-driven check per parser: input, expected value or error field.
    fn check<T: PartialEq + std::fmt::Debug>(
        parse: impl Fn(&Subject, Field, &str) -> Result<T, ValidationError>,
        cases: &[(&str, Option<T>)],
    ) {
        for (input, expected) in cases {
            let got = parse(&subject(), Field::Name, input);
            match expected {
                Some(v) => assert_eq!(got.as_ref().ok(), Some(v), "input {input:?}: {got:?}"),
                None => assert!(got.is_err(), "input {input:?} should fail, got {got:?}"),
            }
        }
    }

    #[test]
    fn names_are_trimmed_required_and_bounded() {
        let long = "あ".repeat(NAME_MAX + 1);
        let max = "a".repeat(NAME_MAX);
        check(
            Subject::name,
            &[
                ("  GaN epitaxy ", Some("GaN epitaxy".to_owned())),
                ("", None),
                ("   ", None),
                (long.as_str(), None),
                (max.as_str(), Some(max.clone())),
            ],
        );
    }

    #[test]
    fn counts_are_blank_or_non_negative_integers() {
        check(
            Subject::count,
            &[
                ("", Some(None)),
                (" 12 ", Some(Some(12))),
                ("0", Some(Some(0))),
                ("-1", None),
                ("1.5", None),
                ("three", None),
            ],
        );
    }

    #[test]
    fn ratings_are_blank_or_one_to_five() {
        check(
            Subject::rating,
            &[
                ("", Some(None)),
                ("3", Some(Rating::new(3).ok())),
                ("0", None),
                ("6", None),
                ("x", None),
            ],
        );
    }

    #[test]
    fn dates_are_iso_calendar_dates() {
        check(
            Subject::date,
            &[
                ("", Some(None)),
                ("2025-05-30", Some(parse_date("2025-05-30"))),
                ("2025-02-30", None),
                ("30/05/2025", None),
            ],
        );
        let d = parse_date("2025-05-01").expect("valid date");
        assert_eq!(format_date(d), "2025-05-01");
    }

    #[test]
    fn lists_take_one_item_per_line() {
        check(
            Subject::lines,
            &[
                ("a\n\n  b  \n", Some(vec!["a".to_owned(), "b".to_owned()])),
                ("", Some(vec![])),
            ],
        );
    }

    #[test]
    fn errors_carry_the_offending_value() {
        let e = subject().count(Field::AccessInternalCount, "-3").err();
        assert_eq!(
            e,
            Some(ValidationError::NotACount {
                entity: EntityKind::Technology,
                id: String::new(),
                field: Field::AccessInternalCount,
                value: "-3".into()
            })
        );
    }

    #[test]
    fn settings_reject_zero_weights_and_excess_shares() {
        let mut s = Settings::default();
        assert!(check_settings(&s).is_empty());
        s.weights = super::super::model::CriticalityWeights {
            market_importance: 0,
            national_strategy: 0,
            substitutability: 0,
            leak_impact: 0,
        };
        s.top_share_percent = 70;
        s.middle_share_percent = 40;
        s.chokepoint_threshold = 0;
        let errors = check_settings(&s);
        assert!(errors.contains(&ValidationError::NoWeights));
        assert!(errors.contains(&ValidationError::SharesExceed {
            top: 70,
            middle: 40
        }));
        assert!(errors
            .iter()
            .any(|e| e.field() == Some(Field::ChokepointThreshold)));
    }
}

#[cfg(test)]
mod workbook_tests {
    use super::*;
    use crate::domain::ids::*;
    use crate::domain::model::*;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::text::Lang;
    use time::OffsetDateTime;
    use uuid::Uuid;

    fn sample() -> Workbook {
        sample_with_counted_ids(Lang::Ja, OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn finds_every_dangling_reference_and_duplicate() {
        let mut wb = sample();
        let ghost = Uuid::from_u128(999_999);
        wb.scenarios[0].technology_id = TechnologyId::new(ghost);
        wb.countermeasures[0]
            .scenario_ids
            .push(ScenarioId::new(ghost));
        wb.exercises[0]
            .follow_up_ids
            .push(CountermeasureId::new(ghost));
        let dup = wb.actors[0].clone();
        wb.actors.push(dup);
        let a = wb.assessments[0].clone();
        wb.assessments.push(ThreatAssessment {
            id: AssessmentId::new(Uuid::from_u128(888_888)),
            ..a
        });
        wb.countermeasures[1].technology_ids = vec![wb.technologies[0].id, wb.technologies[0].id];
        let errors = wb.validate();
        let kinds: Vec<(EntityKind, Field)> = errors
            .iter()
            .map(|e| (e.entity(), e.field().unwrap_or(Field::Id)))
            .collect();
        assert!(
            kinds.contains(&(EntityKind::Scenario, Field::TechnologyId)),
            "{errors:?}"
        );
        assert!(kinds.contains(&(EntityKind::Countermeasure, Field::ScenarioIds)));
        assert!(kinds.contains(&(EntityKind::Exercise, Field::FollowUpIds)));
        assert!(kinds.contains(&(EntityKind::Actor, Field::Id)));
        assert!(kinds.contains(&(EntityKind::Countermeasure, Field::TechnologyIds)));
        assert!(errors
            .iter()
            .any(|e| matches!(e, ValidationError::DuplicateAssessment { .. })));
        assert_eq!(errors.len(), 6, "{errors:#?}");
        for e in &errors {
            assert!(!e.message(Lang::Ja).is_empty() && !e.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn field_rules_apply_to_stored_records() {
        let mut wb = sample();
        wb.technologies[0].name = "  ".into();
        wb.scenarios[0].title = "x".repeat(NAME_MAX + 1);
        wb.rounds[1].number = 5;
        wb.updated_at = wb.created_at - time::Duration::days(1);
        let errors = wb.validate();
        assert!(errors.contains(&ValidationError::Required {
            entity: EntityKind::Technology,
            id: wb.technologies[0].id.to_string(),
            field: Field::Name
        }));
        assert!(errors
            .iter()
            .any(|e| matches!(e, ValidationError::TooLong { len, .. } if *len == NAME_MAX + 1)));
        assert!(errors.iter().any(|e| matches!(
            e,
            ValidationError::RoundNumber {
                number: 5,
                expected: 2,
                ..
            }
        )));
        assert!(errors
            .iter()
            .any(|e| matches!(e, ValidationError::UpdatedBeforeCreated { .. })));
    }

    #[test]
    fn a_workbook_needs_a_round() {
        let mut wb = sample();
        wb.rounds.clear();
        assert!(wb.validate().contains(&ValidationError::NoRound));
    }
}

#[cfg(test)]
mod list_regression_tests {
    use super::*;
    use crate::domain::error::EntityKind;

    #[test]
    fn form_lines_never_produce_an_item_the_loader_rejects() {
        let s = Subject::new(EntityKind::Technology, "t");
        let items = s
            .lines(Field::StorageLocations, " a \r b\r\n\n c \n")
            .expect("short items are valid");
        assert_eq!(items, ["a", "b", "c"]);
        assert!(items
            .iter()
            .all(|i| !i.contains(['\n', '\r']) && i.trim() == i));
    }
}
