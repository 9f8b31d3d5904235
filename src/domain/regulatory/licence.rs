//! The deemed-export rule: a technology classified 該当 or 不明・疑義 that a
//! non-resident, a person declaring a specified category, or a person whose
//! declaration is missing can access is flagged — a licence may be needed
//! for providing it (外為法25条; specified categories since 2022-05-01).
//! A person whose residency is not recorded is flagged too: the office cannot
//! rule the case out without it.

use crate::domain::ids::{PersonId, TechnologyId};
use crate::domain::kinds::{Residency, SpecifiedCategory};
use crate::domain::model::{Person, Technology, Workbook};
use crate::domain::text::Text;

/// Why one person's access raises the flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagReason {
    NonResident,
    /// The person declared category ①, ② or ③.
    Specified(SpecifiedCategory),
    NotSubmitted,
    ResidencyUnknown,
}

impl FlagReason {
    pub fn label(self) -> Text {
        match self {
            FlagReason::NonResident => Text::new("非居住者", "non-resident"),
            FlagReason::Specified(c) => c.short_label(),
            FlagReason::NotSubmitted => Text::new(
                "特定類型の自己申告が未提出",
                "specified-category declaration not submitted",
            ),
            FlagReason::ResidencyUnknown => Text::new("居住性が未記録", "residency not recorded"),
        }
    }
}

/// A flagged technology and the people (with reasons) who raise the flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicenceFlag {
    pub technology_id: TechnologyId,
    pub people: Vec<(PersonId, Vec<FlagReason>)>,
}

/// The reasons one person raises the flag (empty: none).
pub fn reasons(p: &Person) -> Vec<FlagReason> {
    let mut r = Vec::new();
    match p.residency {
        Some(Residency::NonResident) => r.push(FlagReason::NonResident),
        Some(Residency::Resident) => {}
        None => r.push(FlagReason::ResidencyUnknown),
    }
    if p.declaration.is_specified() {
        r.push(FlagReason::Specified(p.declaration));
    } else if p.declaration == SpecifiedCategory::NotSubmitted {
        r.push(FlagReason::NotSubmitted);
    }
    r
}

/// The flag of one technology, if raised.
pub fn licence_flag(wb: &Workbook, t: &Technology) -> Option<LicenceFlag> {
    if !t.classification.result.may_be_controlled() {
        return None;
    }
    let people: Vec<_> = wb
        .access_to(t.id)
        .filter_map(|a| wb.person(a.person_id))
        .map(|p| (p.id, reasons(p)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    (!people.is_empty()).then_some(LicenceFlag {
        technology_id: t.id,
        people,
    })
}

/// Every flagged technology, in inventory order.
pub fn licence_flags(wb: &Workbook) -> Vec<LicenceFlag> {
    wb.technologies
        .iter()
        .filter_map(|t| licence_flag(wb, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{AccessId, RoundId, WorkbookId};
    use crate::domain::kinds::{ExportControl, TechCategory};
    use crate::domain::model::AccessLink;
    use time::macros::datetime;
    use uuid::Uuid;

    fn wb_with(result: ExportControl, person: Person) -> Workbook {
        let now = datetime!(2026-01-01 0:00 UTC);
        let mut wb = Workbook::new(
            WorkbookId::new(Uuid::from_u128(1)),
            "w",
            RoundId::new(Uuid::from_u128(2)),
            now,
        );
        let mut t = Technology::new(
            TechnologyId::new(Uuid::from_u128(3)),
            "t",
            TechCategory::Other,
        );
        t.classification.result = result;
        wb.access.push(AccessLink {
            id: AccessId::new(Uuid::from_u128(4)),
            person_id: person.id,
            technology_id: t.id,
            key_person: false,
        });
        wb.technologies.push(t);
        wb.people.push(person);
        wb
    }

    fn resident(decl: SpecifiedCategory) -> Person {
        let mut p = Person::new(PersonId::new(Uuid::from_u128(5)), "A");
        p.residency = Some(Residency::Resident);
        p.declaration = decl;
        p
    }

    fn flagged(wb: &Workbook) -> Option<Vec<FlagReason>> {
        licence_flag(wb, &wb.technologies[0]).map(|f| f.people[0].1.clone())
    }

    #[test]
    fn a_declared_resident_does_not_raise_the_flag() {
        let wb = wb_with(
            ExportControl::Listed,
            resident(SpecifiedCategory::NoCategory),
        );
        assert_eq!(flagged(&wb), None);
    }

    #[test]
    fn a_specified_category_raises_the_flag_on_listed_and_unclear() {
        for result in [ExportControl::Listed, ExportControl::ToCheck] {
            let wb = wb_with(result, resident(SpecifiedCategory::Category2));
            assert_eq!(
                flagged(&wb),
                Some(vec![FlagReason::Specified(SpecifiedCategory::Category2)])
            );
        }
    }

    #[test]
    fn not_listed_or_not_judged_never_raises_it() {
        for result in [ExportControl::NotListed, ExportControl::NotJudged] {
            let mut p = resident(SpecifiedCategory::Category1);
            p.residency = Some(Residency::NonResident);
            assert_eq!(flagged(&wb_with(result, p)), None);
        }
    }

    #[test]
    fn a_non_resident_a_missing_declaration_and_unknown_residency_raise_it() {
        let mut p = resident(SpecifiedCategory::NoCategory);
        p.residency = Some(Residency::NonResident);
        assert_eq!(
            flagged(&wb_with(ExportControl::Listed, p)),
            Some(vec![FlagReason::NonResident])
        );
        let p = resident(SpecifiedCategory::NotSubmitted);
        assert_eq!(
            flagged(&wb_with(ExportControl::Listed, p)),
            Some(vec![FlagReason::NotSubmitted])
        );
        let mut p = resident(SpecifiedCategory::NoCategory);
        p.residency = None;
        assert_eq!(
            flagged(&wb_with(ExportControl::ToCheck, p)),
            Some(vec![FlagReason::ResidencyUnknown])
        );
    }

    #[test]
    fn people_without_access_do_not_count() {
        let mut wb = wb_with(
            ExportControl::Listed,
            resident(SpecifiedCategory::NoCategory),
        );
        wb.people
            .push(Person::new(PersonId::new(Uuid::from_u128(9)), "no access"));
        assert_eq!(flagged(&wb), None);
        assert!(licence_flags(&wb).is_empty());
    }
}
