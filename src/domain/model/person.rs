//! People with access to technologies (アクセス権限者), and the links saying
//! who can access what. A name or a pseudonym is enough everywhere: the
//! office needs the declarations and dates, not the identity.

use time::Date;

use crate::domain::ids::{AccessId, PersonId, TechnologyId};
use crate::domain::kinds::{PersonRole, Residency, SpecifiedCategory};

/// One person (or pseudonym) who can access technologies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: PersonId,
    /// A name or a pseudonym.
    pub name: String,
    pub role: PersonRole,
    /// `None` = not recorded.
    pub residency: Option<Residency>,
    /// Specified-category self-declaration (みなし輸出・特定類型).
    pub declaration: SpecifiedCategory,
    pub declared_on: Option<Date>,
    /// A pledge (誓約書) or NDA signed.
    pub pledge_signed: bool,
    pub pledge_on: Option<Date>,
    /// Research integrity (研究インテグリティ): last disclosure of positions,
    /// side jobs (兼業), external and foreign funding and support.
    pub disclosed_on: Option<Date>,
    pub notes: String,
}

impl Person {
    /// A person with only a name: role "other", nothing declared yet.
    pub fn new(id: PersonId, name: impl Into<String>) -> Self {
        Person {
            id,
            name: name.into(),
            role: PersonRole::Other,
            residency: None,
            declaration: SpecifiedCategory::NotSubmitted,
            declared_on: None,
            pledge_signed: false,
            pledge_on: None,
            disclosed_on: None,
            notes: String::new(),
        }
    }
}

/// A person's access to one technology. At most one link per pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessLink {
    pub id: AccessId,
    pub person_id: PersonId,
    pub technology_id: TechnologyId,
    /// The technology's know-how depends on this person (属人化).
    pub key_person: bool,
}
