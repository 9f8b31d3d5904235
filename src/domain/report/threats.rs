//! Step 2 in the report: every actor × technology threat assessment,
//! highest threat first.

use crate::domain::catalog::{source_of_record, Source};
use crate::domain::kinds::ActorKind;
use crate::domain::model::Workbook;
use crate::domain::scoring::{Analysis, ThreatStatus};

use super::tech_name;

/// One actor × technology threat assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreatRow {
    pub actor: String,
    pub actor_kind: ActorKind,
    pub technology: String,
    pub intent: Option<u8>,
    /// Capability used (assessed or the actor's default).
    pub capability: Option<u8>,
    pub opportunity: Option<u8>,
    pub status: ThreatStatus,
    /// intent × capability × opportunity (0 unless rated).
    pub product: u8,
    /// The level 1–5 (no intent = 1); `None` while not decided.
    pub level: Option<u8>,
    /// Source of the actor template the actor was made from, if any.
    pub actor_source: Option<Source>,
}

/// The threat table: highest threat product first, ties in workbook order.
pub(super) fn threats(wb: &Workbook, analysis: &Analysis) -> Vec<ThreatRow> {
    let mut threats: Vec<ThreatRow> = wb
        .assessments
        .iter()
        .zip(&analysis.threats)
        .map(|(a, t)| {
            let actor = wb.actor(a.actor_id);
            ThreatRow {
                actor: actor.map(|x| x.name.clone()).unwrap_or_default(),
                actor_kind: actor.map_or(ActorKind::Other, |x| x.kind),
                technology: tech_name(wb, a.technology_id),
                intent: t.intent.map(|r| r.get()),
                capability: t.capability.map(|r| r.get()),
                opportunity: t.opportunity.map(|r| r.get()),
                status: t.status,
                product: t.product,
                level: t.level(),
                actor_source: actor.and_then(|x| source_of_record(x.catalog_id.as_deref())),
            }
        })
        .collect();
    // Highest threat first; the sort is stable, so ties keep workbook order.
    threats.sort_by_key(|t| std::cmp::Reverse(t.product));
    threats
}
