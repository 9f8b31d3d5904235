//! Whether a person's specified-category declaration and research-integrity
//! disclosure are current.

use time::Date;

use super::older_than;
use crate::domain::kinds::{SpecifiedCategory, Tier};
use crate::domain::model::{Person, Settings, Workbook};
use crate::domain::scoring::Analysis;

/// Where a person's specified-category declaration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclarationStatus {
    NotSubmitted,
    /// Submitted within the configured period.
    Current,
    /// Submitted, but longer ago than the configured period (or undated).
    Due,
}

impl DeclarationStatus {
    /// Whether the office should ask for a (new) declaration.
    pub fn needs_action(self) -> bool {
        self != DeclarationStatus::Current
    }
}

pub fn declaration_status(p: &Person, settings: &Settings, today: Date) -> DeclarationStatus {
    if p.declaration == SpecifiedCategory::NotSubmitted {
        DeclarationStatus::NotSubmitted
    } else if older_than(p.declared_on, today, settings.declaration_period_days) {
        DeclarationStatus::Due
    } else {
        DeclarationStatus::Current
    }
}

/// A research-integrity disclosure is due for a person with access to a
/// top-tier technology whose last disclosure is missing or older than the
/// configured period. Nobody else is flagged: the office starts where the
/// risk is highest (004).
pub fn disclosure_due(wb: &Workbook, analysis: &Analysis, p: &Person, today: Date) -> bool {
    let top = wb.access_of(p.id).any(|a| {
        analysis
            .technology(a.technology_id)
            .is_some_and(|t| t.tier == Tier::Top)
    });
    top && older_than(p.disclosed_on, today, wb.settings.disclosure_period_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::PersonId;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::scoring::analyze;
    use crate::domain::text::Lang;
    use time::macros::{date, datetime};
    use uuid::Uuid;

    fn person(decl: SpecifiedCategory, on: Option<Date>) -> Person {
        let mut p = Person::new(PersonId::new(Uuid::from_u128(7)), "P");
        p.declaration = decl;
        p.declared_on = on;
        p
    }

    #[test]
    fn a_declaration_is_due_after_the_period_and_not_before() {
        let s = Settings::default();
        let today = date!(2026 - 06 - 01);
        let fresh = person(SpecifiedCategory::NoCategory, Some(date!(2025 - 06 - 01)));
        assert_eq!(
            declaration_status(&fresh, &s, today),
            DeclarationStatus::Current
        );
        let old = person(SpecifiedCategory::NoCategory, Some(date!(2025 - 05 - 31)));
        assert_eq!(declaration_status(&old, &s, today), DeclarationStatus::Due);
        let undated = person(SpecifiedCategory::Category1, None);
        assert_eq!(
            declaration_status(&undated, &s, today),
            DeclarationStatus::Due
        );
        let none = person(SpecifiedCategory::NotSubmitted, None);
        assert_eq!(
            declaration_status(&none, &s, today),
            DeclarationStatus::NotSubmitted
        );
        // The period is configurable.
        let short = Settings {
            declaration_period_days: 30,
            ..Settings::default()
        };
        let month = person(SpecifiedCategory::NoCategory, Some(date!(2026 - 04 - 01)));
        assert_eq!(
            declaration_status(&month, &short, today),
            DeclarationStatus::Due
        );
        assert_eq!(
            declaration_status(&month, &s, today),
            DeclarationStatus::Current
        );
    }

    #[test]
    fn a_disclosure_is_due_only_for_access_to_a_top_tier_technology() {
        let mut wb = sample_with_counted_ids(Lang::En, datetime!(2026-01-01 0:00 UTC));
        let analysis = analyze(&wb);
        let today = date!(2026 - 06 - 01);
        let top = analysis.ranking[0];
        let lower = analysis
            .technologies
            .iter()
            .find(|t| t.tier != Tier::Top)
            .map(|t| t.id)
            .expect("the sample has lower tiers");
        let pid = PersonId::new(Uuid::from_u128(99));
        wb.people.push(Person::new(pid, "New"));
        wb.access.push(crate::domain::model::AccessLink {
            id: crate::domain::ids::AccessId::new(Uuid::from_u128(98)),
            person_id: pid,
            technology_id: lower,
            key_person: false,
        });
        let p = |wb: &Workbook| wb.person(pid).cloned().expect("added");
        assert!(!disclosure_due(&wb, &analysis, &p(&wb), today));
        if let Some(last) = wb.access.last_mut() {
            last.technology_id = top;
        }
        assert!(disclosure_due(&wb, &analysis, &p(&wb), today));
        wb.person_mut(pid).expect("added").disclosed_on = Some(date!(2026 - 01 - 10));
        assert!(!disclosure_due(&wb, &analysis, &p(&wb), today));
        wb.person_mut(pid).expect("added").disclosed_on = Some(date!(2025 - 01 - 10));
        assert!(disclosure_due(&wb, &analysis, &p(&wb), today));
    }
}
