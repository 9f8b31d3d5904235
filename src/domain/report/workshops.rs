//! The workshop appendix: each rating session with its agreement rule, the
//! pseudonyms (never names), and per item the spread of its last revealed
//! pass and the outcome — so an agreed value can be explained from the
//! report. Nothing from a pass that is still open is shown.

use time::Date;

use crate::domain::ids::{AssessmentId, ScenarioId, TechnologyId};
use crate::domain::model::Workbook;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::workshop::{item_stats, ItemStats, OutcomeMethod, RatingSession, TargetKind};

/// One session.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopRow {
    pub title: String,
    pub date: Date,
    pub rule_spread: u8,
    /// Pseudonyms only: the report may leave the room.
    pub participants: Vec<String>,
    pub passes: u32,
    pub items: Vec<WorkshopItemRow>,
}

/// One item of a session.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopItemRow {
    /// The record's name; `None` if it was deleted since.
    pub record: Option<String>,
    pub axis: RatingAxis,
    /// The last revealed pass that rated this item, and its spread.
    pub pass: Option<u32>,
    pub stats: Option<ItemStats>,
    pub outcome: Option<OutcomeLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeLine {
    pub value: Rating,
    pub method: OutcomeMethod,
    pub previous: Option<Rating>,
    /// Free text; empty when redacted.
    pub rationale: String,
    pub dissent: String,
    pub date: Date,
}

fn record_name(wb: &Workbook, record: uuid::Uuid, axis: RatingAxis) -> Option<String> {
    match TargetKind::of(axis)? {
        TargetKind::Technology => wb
            .technology(TechnologyId::new(record))
            .map(|t| t.name.clone()),
        TargetKind::Threat => wb.assessment(AssessmentId::new(record)).map(|a| {
            let actor = wb.actor(a.actor_id).map_or("?", |x| x.name.as_str());
            let tech = wb
                .technology(a.technology_id)
                .map_or("?", |x| x.name.as_str());
            format!("{actor} × {tech}")
        }),
        TargetKind::Scenario => wb
            .scenario(ScenarioId::new(record))
            .map(|s| s.title.clone()),
    }
}

fn session_row(wb: &Workbook, s: &RatingSession) -> WorkshopRow {
    let items = s
        .items
        .iter()
        .map(|i| {
            let pass = s
                .passes
                .iter()
                .rev()
                .filter(|p| p.revealed_at.is_some())
                .find(|p| p.votes.iter().any(|v| v.item == i.key))
                .map(|p| p.number);
            WorkshopItemRow {
                record: record_name(wb, i.key.record, i.key.axis),
                axis: i.key.axis,
                pass,
                stats: pass.and_then(|p| item_stats(s, p, i.key)),
                outcome: i.outcome.as_ref().map(|o| OutcomeLine {
                    value: o.value,
                    method: o.method,
                    previous: o.previous,
                    rationale: o.rationale.clone(),
                    dissent: o.dissent.clone(),
                    date: o.decided_at.date(),
                }),
            }
        })
        .collect();
    WorkshopRow {
        title: s.title.clone(),
        date: s.created_at.date(),
        rule_spread: s.rule.spread,
        participants: s.participants.iter().map(|p| p.pseudonym.clone()).collect(),
        passes: s.current().number,
        items,
    }
}

/// Every session, oldest first.
pub(super) fn workshops(wb: &Workbook) -> Vec<WorkshopRow> {
    wb.workshops.iter().map(|s| session_row(wb, s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_v3_fixture_session_reads_as_its_appendix() {
        let text = include_str!("../../../tests/fixtures/storage/v4/workshop.json");
        let wb = crate::domain::storage::restore(text).expect("fixture loads");
        let rows = workshops(&wb);
        assert_eq!(rows.len(), 1);
        let s = &rows[0];
        assert_eq!((s.participants.join(","), s.passes), ("P1,P2,P3".into(), 3));
        let market = &s.items[0];
        assert_eq!(market.pass, Some(2));
        let st = market.stats.as_ref().expect("revealed");
        assert_eq!(
            (st.median_text(), st.range_text()),
            ("4".into(), "3–5".into())
        );
        assert_eq!(
            market.outcome.as_ref().map(|o| o.previous),
            Some(Rating::new(2).ok())
        );
        // Capability: rated in revealed pass 1 and in open pass 3; only pass 1 shows.
        let capability = &s.items[1];
        assert_eq!(
            (capability.pass, capability.stats.as_ref().map(|s| s.n)),
            (Some(1), Some(1))
        );
        assert!(capability.outcome.is_none());
    }
}
