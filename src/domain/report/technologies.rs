//! Step 1 in the report: each technology in ranking order with its ratings,
//! its record (storage, management, access, key persons, export control) and
//! its chokepoint elements. Numbers come from the analysis, never recomputed.

use crate::domain::ids::TechnologyId;
use crate::domain::kinds::{ElementKind, ExportControl, TechCategory, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::{Analysis, TechThreat};

/// One technology of the inventory table.
#[derive(Clone, Debug, PartialEq)]
pub struct TechRow {
    pub id: TechnologyId,
    pub rank: Option<usize>,
    pub name: String,
    pub category: TechCategory,
    pub tier: Tier,
    /// Criticality on 1–5 (provisional while `complete` is false).
    pub criticality: Option<f64>,
    pub complete: bool,
    /// The four evaluation ratings as given (not inverted), in
    /// `Technology::ratings` order.
    pub ratings: [Option<u8>; 4],
    /// Chokepoint elements / of which flagged.
    pub elements: usize,
    pub chokepoints: usize,
    /// The threat level the tier ranking uses (highest decided, or 3 assumed).
    pub threat: TechThreat,
    pub scenarios: usize,
    pub countermeasures: usize,
    /// Free text; empty when redacted.
    pub description: String,
    /// Where it is stored (保管場所).
    pub storage_locations: Vec<String>,
    /// How it is managed (管理体制); free text, empty when redacted.
    pub management: String,
    /// Who has access (アクセス権限): internal head count, outside parties.
    pub access_internal: Option<u32>,
    pub access_external: Option<bool>,
    /// Free text; empty when redacted.
    pub access_notes: String,
    /// People the know-how depends on (属人化).
    pub key_persons: Vec<String>,
    pub export_control: ExportControl,
    /// Its chokepoint elements with their ratings, in entry order.
    pub element_rows: Vec<ElementRow>,
}

/// One chokepoint element of a technology, with its ratings and score.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementRow {
    pub kind: ElementKind,
    pub name: String,
    /// Dependency, substitutability, supply disruption as given (not inverted).
    pub ratings: [Option<u8>; 3],
    /// Mean risk value on 1–5 (from `Analysis`), `None` when unrated.
    pub score: Option<f64>,
    pub chokepoint: bool,
}

/// The inventory table, in ranking order (tier, criticality, name).
pub(super) fn technologies(wb: &Workbook, analysis: &Analysis) -> Vec<TechRow> {
    analysis
        .ranking
        .iter()
        .filter_map(|&id| {
            let (t, ta) = (wb.technology(id)?, analysis.technology(id)?);
            Some(TechRow {
                id,
                rank: ta.rank,
                name: t.name.clone(),
                category: t.category,
                tier: ta.tier,
                criticality: ta.criticality.score(),
                complete: ta.criticality.complete,
                ratings: t.ratings().map(|(_, r)| r.map(|r| r.get())),
                elements: ta.chokepoints.elements.len(),
                chokepoints: ta
                    .chokepoints
                    .elements
                    .iter()
                    .filter(|e| e.chokepoint)
                    .count(),
                threat: ta.threat,
                scenarios: ta.scenarios,
                countermeasures: ta.countermeasures,
                description: t.description.clone(),
                storage_locations: t.storage_locations.clone(),
                management: t.management.clone(),
                access_internal: t.access.internal_count,
                access_external: t.access.external_parties,
                access_notes: t.access.notes.clone(),
                key_persons: wb.key_person_names(t.id),
                export_control: t.classification.result,
                element_rows: t
                    .elements
                    .iter()
                    .map(|e| {
                        let sc = ta.chokepoints.elements.iter().find(|x| x.id == e.id);
                        ElementRow {
                            kind: e.kind,
                            name: e.name.clone(),
                            ratings: e.ratings().map(|(_, r)| r.map(|r| r.get())),
                            score: sc.and_then(|x| x.score()),
                            chokepoint: sc.is_some_and(|x| x.chokepoint),
                        }
                    })
                    .collect(),
            })
        })
        .collect()
}
