//! The trade-secret checklist (営業秘密の三要件, 不正競争防止法2条6項): a
//! secret is protected only if all three requirements hold, so every item not
//! confirmed is a gap. Whether everyone with access signed a pledge or NDA is
//! derived from the people records.

use crate::domain::model::{Technology, Workbook};
use crate::domain::text::Text;

/// The three requirements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretRequirement {
    /// 秘密管理性
    Secrecy,
    /// 有用性
    Usefulness,
    /// 非公知性
    NonPublic,
}

impl SecretRequirement {
    pub const ALL: [SecretRequirement; 3] = [
        SecretRequirement::Secrecy,
        SecretRequirement::Usefulness,
        SecretRequirement::NonPublic,
    ];

    pub fn label(self) -> Text {
        match self {
            SecretRequirement::Secrecy => Text::new("秘密管理性", "Managed as secret"),
            SecretRequirement::Usefulness => Text::new("有用性", "Useful for business"),
            SecretRequirement::NonPublic => Text::new("非公知性", "Not publicly known"),
        }
    }
}

/// One item of the checklist that is not confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretGap {
    NotMarked,
    AccessNotRestricted,
    NotInRegister,
    /// Some people with access have no pledge or NDA recorded.
    PledgesMissing {
        without: usize,
    },
    NotUseful,
    NotConfirmedUnpublished,
    DisclosedWithoutNda,
}

impl SecretGap {
    pub fn requirement(self) -> SecretRequirement {
        match self {
            SecretGap::NotMarked
            | SecretGap::AccessNotRestricted
            | SecretGap::NotInRegister
            | SecretGap::PledgesMissing { .. } => SecretRequirement::Secrecy,
            SecretGap::NotUseful => SecretRequirement::Usefulness,
            SecretGap::NotConfirmedUnpublished | SecretGap::DisclosedWithoutNda => {
                SecretRequirement::NonPublic
            }
        }
    }

    pub fn label(self) -> Text {
        match self {
            SecretGap::NotMarked => Text::new(
                "秘密表示（㊙・厳秘など）が確認されていない",
                "not confirmed as marked confidential",
            ),
            SecretGap::AccessNotRestricted => Text::new(
                "アクセス制限が確認されていない",
                "access restriction not confirmed",
            ),
            SecretGap::NotInRegister => Text::new(
                "秘密情報の管理台帳への記載が確認されていない",
                "not confirmed as listed in the secret-information register",
            ),
            SecretGap::PledgesMissing { .. } => Text::new(
                "アクセスできる人の一部に誓約書・秘密保持契約がない",
                "some people with access have no pledge or NDA",
            ),
            SecretGap::NotUseful => {
                Text::new("有用性が確認されていない", "usefulness not confirmed")
            }
            SecretGap::NotConfirmedUnpublished => Text::new(
                "未公表であることが確認されていない",
                "not confirmed as unpublished",
            ),
            SecretGap::DisclosedWithoutNda => Text::new(
                "秘密保持契約なしで開示されている",
                "disclosed without an NDA",
            ),
        }
    }

    /// Library countermeasures (`catalog::countermeasures` ids) that close
    /// the gap; none for usefulness and publication, which are facts.
    pub fn closed_by(self) -> &'static [&'static str] {
        match self {
            SecretGap::NotMarked => &["cm_reg_secret_marking"],
            SecretGap::AccessNotRestricted => {
                &["cm_reg_secret_access", "cm_ovs_need_to_know_access"]
            }
            SecretGap::NotInRegister => &["cm_reg_secret_register"],
            SecretGap::PledgesMissing { .. } => &["cm_reg_pledges_entry_exit"],
            SecretGap::DisclosedWithoutNda => &["cm_reg_nda_disclosure"],
            SecretGap::NotUseful | SecretGap::NotConfirmedUnpublished => &[],
        }
    }
}

/// The gaps of one technology's checklist, in checklist order.
pub fn trade_secret_gaps(wb: &Workbook, t: &Technology) -> Vec<SecretGap> {
    let c = &t.trade_secret;
    let mut gaps = Vec::new();
    let unconfirmed = |v: Option<bool>| v != Some(true);
    if unconfirmed(c.marked) {
        gaps.push(SecretGap::NotMarked);
    }
    if unconfirmed(c.access_restricted) {
        gaps.push(SecretGap::AccessNotRestricted);
    }
    if unconfirmed(c.in_register) {
        gaps.push(SecretGap::NotInRegister);
    }
    let without = wb
        .access_to(t.id)
        .filter_map(|a| wb.person(a.person_id))
        .filter(|p| !p.pledge_signed)
        .count();
    if without > 0 {
        gaps.push(SecretGap::PledgesMissing { without });
    }
    if unconfirmed(c.useful) {
        gaps.push(SecretGap::NotUseful);
    }
    if unconfirmed(c.not_published) {
        gaps.push(SecretGap::NotConfirmedUnpublished);
    }
    if c.nda_only == Some(false) {
        gaps.push(SecretGap::DisclosedWithoutNda);
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::countermeasure as countermeasure_template;
    use crate::domain::ids::{AccessId, PersonId, RoundId, TechnologyId, WorkbookId};
    use crate::domain::kinds::TechCategory;
    use crate::domain::model::{AccessLink, Person, TradeSecretChecklist};
    use time::macros::datetime;
    use uuid::Uuid;

    fn wb(check: TradeSecretChecklist, pledge: bool) -> Workbook {
        let mut wb = Workbook::new(
            WorkbookId::new(Uuid::from_u128(1)),
            "w",
            RoundId::new(Uuid::from_u128(2)),
            datetime!(2026-01-01 0:00 UTC),
        );
        let mut t = Technology::new(
            TechnologyId::new(Uuid::from_u128(3)),
            "t",
            TechCategory::TradeSecret,
        );
        t.trade_secret = check;
        let mut p = Person::new(PersonId::new(Uuid::from_u128(4)), "p");
        p.pledge_signed = pledge;
        wb.access.push(AccessLink {
            id: AccessId::new(Uuid::from_u128(5)),
            person_id: p.id,
            technology_id: t.id,
            key_person: true,
        });
        wb.technologies.push(t);
        wb.people.push(p);
        wb
    }

    fn all_confirmed() -> TradeSecretChecklist {
        TradeSecretChecklist {
            marked: Some(true),
            access_restricted: Some(true),
            in_register: Some(true),
            useful: Some(true),
            not_published: Some(true),
            nda_only: Some(true),
            ..TradeSecretChecklist::default()
        }
    }

    #[test]
    fn a_confirmed_checklist_with_pledges_has_no_gap() {
        let w = wb(all_confirmed(), true);
        assert_eq!(trade_secret_gaps(&w, &w.technologies[0]), vec![]);
    }

    #[test]
    fn each_unconfirmed_item_is_a_gap_of_its_requirement() {
        let w = wb(TradeSecretChecklist::default(), false);
        let gaps = trade_secret_gaps(&w, &w.technologies[0]);
        assert_eq!(
            gaps,
            vec![
                SecretGap::NotMarked,
                SecretGap::AccessNotRestricted,
                SecretGap::NotInRegister,
                SecretGap::PledgesMissing { without: 1 },
                SecretGap::NotUseful,
                SecretGap::NotConfirmedUnpublished,
            ]
        );
        // Unknown NDA use is not a gap; a disclosure without one is.
        let mut c = all_confirmed();
        c.nda_only = Some(false);
        let w = wb(c, true);
        let gaps = trade_secret_gaps(&w, &w.technologies[0]);
        assert_eq!(gaps, vec![SecretGap::DisclosedWithoutNda]);
        assert_eq!(gaps[0].requirement(), SecretRequirement::NonPublic);
    }

    #[test]
    fn a_missing_pledge_is_derived_from_the_people() {
        let w = wb(all_confirmed(), false);
        let gaps = trade_secret_gaps(&w, &w.technologies[0]);
        assert_eq!(gaps, vec![SecretGap::PledgesMissing { without: 1 }]);
        assert_eq!(gaps[0].requirement(), SecretRequirement::Secrecy);
    }

    #[test]
    fn every_suggested_countermeasure_is_in_the_library() {
        let all = [
            SecretGap::NotMarked,
            SecretGap::AccessNotRestricted,
            SecretGap::NotInRegister,
            SecretGap::PledgesMissing { without: 1 },
            SecretGap::NotUseful,
            SecretGap::NotConfirmedUnpublished,
            SecretGap::DisclosedWithoutNda,
        ];
        for g in all {
            for id in g.closed_by() {
                assert!(
                    countermeasure_template(id).is_some(),
                    "{id} is not in the library"
                );
            }
        }
    }
}
