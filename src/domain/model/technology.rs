//! Critical technology (重要技術) and its chokepoint elements (Step 1).

use super::regulatory::{Classification, TradeSecretChecklist};
use crate::domain::ids::{ElementId, TechnologyId};
use crate::domain::kinds::{ElementKind, TechCategory};
use crate::domain::rating::{Rating, RatingAxis};

/// Who has access to a technology (アクセス権限).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Access {
    /// Number of people inside the organisation with access; `None` = not recorded.
    pub internal_count: Option<u32>,
    /// Whether anyone outside (partners, contractors, visitors) has access;
    /// `None` = not recorded.
    pub external_parties: Option<bool>,
    pub notes: String,
}

/// One item of the technology inventory.
#[derive(Clone, Debug, PartialEq)]
pub struct Technology {
    pub id: TechnologyId,
    pub name: String,
    pub description: String,
    pub category: TechCategory,
    pub owner_unit: String,
    /// Where it is stored (保管場所): servers, lab notebooks, cloud folders …
    pub storage_locations: Vec<String>,
    /// How it is managed (管理体制).
    pub management: String,
    pub access: Access,
    /// Export-control classification (該非判定). Who can access the
    /// technology, and who is a key person for it (属人化), are the
    /// workbook's access links to people.
    pub classification: Classification,
    /// The three trade-secret requirements (営業秘密).
    pub trade_secret: TradeSecretChecklist,
    pub market_importance: Option<Rating>,
    pub national_strategy: Option<Rating>,
    /// High = easily substituted = less critical (inverted in scores).
    pub substitutability: Option<Rating>,
    pub leak_impact: Option<Rating>,
    pub elements: Vec<ChokepointElement>,
    pub notes: String,
}

impl Technology {
    /// A new, unrated technology with only a name and category.
    pub fn new(id: TechnologyId, name: impl Into<String>, category: TechCategory) -> Self {
        Technology {
            id,
            name: name.into(),
            description: String::new(),
            category,
            owner_unit: String::new(),
            storage_locations: Vec::new(),
            management: String::new(),
            access: Access::default(),
            classification: Classification::default(),
            trade_secret: TradeSecretChecklist::default(),
            market_importance: None,
            national_strategy: None,
            substitutability: None,
            leak_impact: None,
            elements: Vec::new(),
            notes: String::new(),
        }
    }

    /// The four evaluation ratings with their axes, in display order.
    pub fn ratings(&self) -> [(RatingAxis, Option<Rating>); 4] {
        [
            (RatingAxis::MarketImportance, self.market_importance),
            (RatingAxis::NationalStrategy, self.national_strategy),
            (RatingAxis::TechSubstitutability, self.substitutability),
            (RatingAxis::LeakImpact, self.leak_impact),
        ]
    }

    /// Whether this is quasi-important information (its own tier class).
    pub fn is_quasi_important(&self) -> bool {
        self.category == TechCategory::QuasiImportant
    }
}

/// A component of a technology on which the supply chain may choke.
#[derive(Clone, Debug, PartialEq)]
pub struct ChokepointElement {
    pub id: ElementId,
    pub kind: ElementKind,
    pub name: String,
    pub dependency: Option<Rating>,
    /// High = easily substituted = less of a chokepoint (inverted in scores).
    pub substitutability: Option<Rating>,
    pub supply_disruption: Option<Rating>,
    pub notes: String,
}

impl ChokepointElement {
    pub fn new(id: ElementId, kind: ElementKind, name: impl Into<String>) -> Self {
        ChokepointElement {
            id,
            kind,
            name: name.into(),
            dependency: None,
            substitutability: None,
            supply_disruption: None,
            notes: String::new(),
        }
    }

    /// The three ratings with their axes, in display order.
    pub fn ratings(&self) -> [(RatingAxis, Option<Rating>); 3] {
        [
            (RatingAxis::ElementDependency, self.dependency),
            (RatingAxis::ElementSubstitutability, self.substitutability),
            (RatingAxis::SupplyDisruption, self.supply_disruption),
        ]
    }
}
