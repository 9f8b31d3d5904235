//! The five workshop tables of the CSV contract (format 6, issue #15):
//! sessions, their participants (pseudonyms; names only when not
//! redacted), items with their outcome, passes with their reveal time, and
//! every rating. Lossless: the importer (`import_workshop.rs`) rebuilds the
//! same sessions from these rows.

use super::cell::{datetime_out, rating_out, text_out};
use super::schema::Table;
use super::tables::Rows;
use crate::domain::model::Workbook;

/// Rows of a workshop table (empty for any other table).
pub(super) fn rows<'a>(
    wb: &'a Workbook,
    table: Table,
    row: impl Fn(Vec<String>) -> Vec<String> + 'a,
) -> Rows<'a> {
    let t = |s: &str| text_out(s).into_owned();
    let ws = &wb.workshops;
    match table {
        Table::Workshops => Box::new(ws.iter().map(move |s| {
            row(vec![
                s.id.to_string(),
                t(&s.title),
                t(&s.facilitator),
                datetime_out(s.created_at),
                s.rule.spread.to_string(),
            ])
        })),
        Table::WorkshopParticipants => Box::new(
            ws.iter()
                .flat_map(|s| s.participants.iter().map(move |p| (s.id, p)))
                .map(move |(sid, p)| {
                    row(vec![
                        sid.to_string(),
                        p.id.to_string(),
                        t(&p.pseudonym),
                        t(&p.name),
                    ])
                }),
        ),
        Table::WorkshopItems => Box::new(
            ws.iter()
                .flat_map(|s| s.items.iter().map(move |i| (s.id, i)))
                .map(move |(sid, i)| {
                    let o = i.outcome.as_ref();
                    row(vec![
                        sid.to_string(),
                        i.key.record.hyphenated().to_string(),
                        i.key.axis.code().to_owned(),
                        rating_out(o.map(|o| o.value)),
                        o.map(|o| o.method.code().to_owned()).unwrap_or_default(),
                        o.map(|o| t(&o.rationale)).unwrap_or_default(),
                        o.map(|o| t(&o.dissent)).unwrap_or_default(),
                        rating_out(o.and_then(|o| o.previous)),
                        o.map(|o| o.pass.to_string()).unwrap_or_default(),
                        o.map(|o| datetime_out(o.decided_at)).unwrap_or_default(),
                    ])
                }),
        ),
        Table::WorkshopPasses => Box::new(
            ws.iter()
                .flat_map(|s| s.passes.iter().map(move |p| (s.id, p)))
                .map(move |(sid, p)| {
                    row(vec![
                        sid.to_string(),
                        p.number.to_string(),
                        p.revealed_at.map(datetime_out).unwrap_or_default(),
                    ])
                }),
        ),
        Table::WorkshopRatings => Box::new(
            ws.iter()
                .flat_map(|s| {
                    s.passes
                        .iter()
                        .flat_map(move |p| p.votes.iter().map(move |v| (s.id, p.number, v)))
                })
                .map(move |(sid, pass, v)| {
                    row(vec![
                        sid.to_string(),
                        pass.to_string(),
                        v.participant.to_string(),
                        v.item.record.hyphenated().to_string(),
                        v.item.axis.code().to_owned(),
                        rating_out(v.value),
                        t(&v.reason),
                    ])
                }),
        ),
        _ => Box::new(std::iter::empty()),
    }
}

/// How many rows a workshop table has (0 for any other table).
pub(super) fn len(wb: &Workbook, table: Table) -> usize {
    let ws = &wb.workshops;
    match table {
        Table::Workshops => ws.len(),
        Table::WorkshopParticipants => ws.iter().map(|s| s.participants.len()).sum(),
        Table::WorkshopItems => ws.iter().map(|s| s.items.len()).sum(),
        Table::WorkshopPasses => ws.iter().map(|s| s.passes.len()).sum(),
        Table::WorkshopRatings => ws
            .iter()
            .flat_map(|s| &s.passes)
            .map(|p| p.votes.len())
            .sum(),
        _ => 0,
    }
}
