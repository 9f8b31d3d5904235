//! Export of a workbook as the table set of the CSV data contract: one CSV
//! per [`Table`], every row led by the `workbook_id`.
//!
//! Rows follow the workbook's insertion order; list-valued links (a
//! countermeasure's scenarios, an exercise's follow-ups…) become link-table
//! rows in list order, and the importer rebuilds the lists in row order.
//! Derived columns (criticality, tier, risk level…) come from
//! [`analyze`] and are ignored on import.

use super::cell::*;
use super::csv_out::{write_csv, CsvOptions};
use super::schema::Table;
use super::FORMAT_VERSION;
use crate::domain::catalog;
use crate::domain::model::Workbook;
use crate::domain::regulatory;
use crate::domain::scoring::{analyze, Analysis};

/// One exported CSV: its table and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableFile {
    pub table: Table,
    pub text: String,
}

impl TableFile {
    /// The name inside a table zip: `technologies.csv`.
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.table.name())
    }
}

/// Every table of the workbook, in [`Table::ALL`] order (empty tables keep
/// their header, so a folder of exports always has the same files).
pub fn export_tables(wb: &Workbook, options: CsvOptions) -> Vec<TableFile> {
    let analysis = analyze(wb);
    Table::ALL
        .into_iter()
        .map(|table| TableFile {
            table,
            text: write_csv(options, &table.header(), table_rows(wb, &analysis, table)),
        })
        .collect()
}

/// One table on its own (for the per-table download buttons).
pub fn export_table(wb: &Workbook, table: Table, options: CsvOptions) -> TableFile {
    let analysis = analyze(wb);
    TableFile {
        table,
        text: write_csv(options, &table.header(), table_rows(wb, &analysis, table)),
    }
}

/// The rows of one table, already encoded (texts neutralised), made one at
/// a time so an export can be done in slices ([`super::export_job`]).
pub type Rows<'a> = Box<dyn Iterator<Item = Vec<String>> + 'a>;

/// How many rows `table` has for `wb` (without building them): what
/// [`table_rows`] yields, counted.
pub fn table_len(wb: &Workbook, table: Table) -> usize {
    let sum = |n: &dyn Fn(&crate::domain::model::Countermeasure) -> usize| {
        wb.countermeasures.iter().map(n).sum::<usize>()
    };
    let ex = |n: &dyn Fn(&crate::domain::model::Exercise) -> usize| {
        wb.exercises.iter().map(n).sum::<usize>()
    };
    match table {
        Table::Workbook => 1,
        Table::Rounds => wb.rounds.len(),
        Table::Technologies => wb.technologies.len(),
        Table::Elements => wb.technologies.iter().map(|t| t.elements.len()).sum(),
        Table::Actors => wb.actors.len(),
        Table::ThreatAssessments => wb.assessments.len(),
        Table::Scenarios => wb.scenarios.len(),
        Table::Countermeasures => wb.countermeasures.len(),
        Table::CountermeasureScenarios => sum(&|m| m.scenario_ids.len()),
        Table::CountermeasureTechnologies => sum(&|m| m.technology_ids.len()),
        Table::Exercises => wb.exercises.len(),
        Table::ExerciseScenarios => ex(&|e| e.scenario_ids.len()),
        Table::ExerciseFollowUps => ex(&|e| e.follow_up_ids.len()),
        Table::ExerciseWeaknesses => ex(&|e| e.weaknesses.len()),
        Table::People => wb.people.len(),
        Table::Access => wb.access.len(),
        Table::Workshops
        | Table::WorkshopParticipants
        | Table::WorkshopItems
        | Table::WorkshopPasses
        | Table::WorkshopRatings => super::workshop_tables::len(wb, table),
    }
}

/// The `table_rows` cell of `workbook.csv`: `rounds=1;technologies=7;…`,
/// every table but the workbook's own.
fn row_counts_out(wb: &Workbook) -> String {
    Table::ALL
        .into_iter()
        .skip(1)
        .map(|t| format!("{}={}", t.name(), table_len(wb, t)))
        .collect::<Vec<_>>()
        .join(";")
}

/// Reads a `table_rows` cell; entries that do not parse are left out (a
/// hand-edited cell then checks less, never more).
pub fn row_counts_in(cell: &str) -> Vec<(Table, usize)> {
    cell.split(';')
        .filter_map(|entry| {
            let (name, n) = entry.trim().split_once('=')?;
            Some((Table::from_name(name.trim())?, n.trim().parse().ok()?))
        })
        .collect()
}

/// The cells of one table, already encoded (texts neutralised), lazily.
pub fn table_rows<'a>(wb: &'a Workbook, a: &'a Analysis, table: Table) -> Rows<'a> {
    let wid = wb.id.to_string();
    let row = move |cells: Vec<String>| {
        let mut r = Vec::with_capacity(cells.len() + 1);
        r.push(wid.clone());
        r.extend(cells);
        r
    };
    let t = |s: &str| text_out(s).into_owned();
    match table {
        Table::Workbook => {
            let s = &wb.settings;
            Box::new(std::iter::once(row(vec![
                FORMAT_VERSION.to_string(),
                t(&wb.name),
                t(&wb.organisation),
                t(&wb.unit),
                t(&wb.assessor),
                datetime_out(wb.created_at),
                datetime_out(wb.updated_at),
                s.weights.market_importance.to_string(),
                s.weights.national_strategy.to_string(),
                s.weights.substitutability.to_string(),
                s.weights.leak_impact.to_string(),
                s.top_share_percent.to_string(),
                s.middle_share_percent.to_string(),
                s.chokepoint_threshold.to_string(),
                row_counts_out(wb),
                a.tiers.basis.code().to_owned(),
                s.declaration_period_days.to_string(),
                s.disclosure_period_days.to_string(),
            ])))
        }
        Table::Rounds => Box::new(wb.rounds.iter().map(move |r| {
            row(vec![
                r.id.to_string(),
                r.number.to_string(),
                r.scope.code().to_owned(),
                datetime_out(r.started_at),
                t(&r.notes),
            ])
        })),
        Table::Technologies => Box::new(wb.technologies.iter().map(move |x| {
            let ta = a.technology(x.id);
            let c = &x.classification;
            let ts = &x.trade_secret;
            row(vec![
                x.id.to_string(),
                t(&x.name),
                t(&x.description),
                x.category.code().to_owned(),
                t(&x.owner_unit),
                list_out(&x.storage_locations),
                t(&x.management),
                opt_out(x.access.internal_count),
                bool_out(x.access.external_parties).to_owned(),
                t(&x.access.notes),
                list_out(&wb.key_person_names(x.id)),
                c.result.code().to_owned(),
                rating_out(x.market_importance),
                rating_out(x.national_strategy),
                rating_out(x.substitutability),
                rating_out(x.leak_impact),
                t(&x.notes),
                decimal(ta.and_then(|ta| ta.criticality.score())),
                ta.map(move |ta| ta.tier.code().to_owned())
                    .unwrap_or_default(),
                opt_out(ta.and_then(|ta| ta.rank)),
                opt_out(ta.map(|ta| ta.threat.level)),
                ta.map(|ta| ta.threat.basis_code())
                    .unwrap_or_default()
                    .to_owned(),
                decimal(ta.and_then(|ta| ta.ranking_score.map(|f| f.value()))),
                t(&c.list_item),
                t(&c.basis),
                date_out(c.judged_on),
                t(&c.judged_by),
                bool_out(c.catch_all).to_owned(),
                c.exception.map(|e| e.code()).unwrap_or_default().to_owned(),
                t(&c.exception_ground),
                bool_out(ts.marked).to_owned(),
                bool_out(ts.access_restricted).to_owned(),
                bool_out(ts.in_register).to_owned(),
                t(&ts.secrecy_note),
                bool_out(ts.useful).to_owned(),
                t(&ts.usefulness_note),
                bool_out(ts.not_published).to_owned(),
                bool_out(ts.nda_only).to_owned(),
                t(&ts.non_public_note),
                bool_out(Some(regulatory::licence_flag(wb, x).is_some())).to_owned(),
                regulatory::trade_secret_gaps(wb, x).len().to_string(),
            ])
        })),
        Table::Elements => Box::new(
            wb.technologies
                .iter()
                .flat_map(move |x| {
                    let ta = a.technology(x.id);
                    x.elements.iter().map(move |e| (x, ta, e))
                })
                .map(move |(x, ta, e)| {
                    let score =
                        ta.and_then(|ta| ta.chokepoints.elements.iter().find(|s| s.id == e.id));
                    row(vec![
                        e.id.to_string(),
                        x.id.to_string(),
                        e.kind.code().to_owned(),
                        t(&e.name),
                        rating_out(e.dependency),
                        rating_out(e.substitutability),
                        rating_out(e.supply_disruption),
                        t(&e.notes),
                        decimal(score.and_then(|s| s.score())),
                        bool_out(score.and_then(|s| s.score().map(move |_| s.chokepoint)))
                            .to_owned(),
                    ])
                }),
        ),
        Table::Actors => Box::new(wb.actors.iter().map(move |x| {
            row(vec![
                x.id.to_string(),
                t(&x.name),
                x.kind.code().to_owned(),
                t(x.catalog_id.as_deref().unwrap_or_default()),
                t(&x.description),
                t(&x.motive),
                t(&x.methods),
                rating_out(x.default_capability),
                t(&x.notes),
                source_out(x.catalog_id.as_deref()),
            ])
        })),
        Table::ThreatAssessments => Box::new(wb.assessments.iter().map(move |x| {
            row(vec![
                x.id.to_string(),
                x.actor_id.to_string(),
                x.technology_id.to_string(),
                rating_out(x.intent),
                rating_out(x.capability),
                rating_out(x.opportunity),
                bool_out(x.intent_evidence.in_policy_lists).to_owned(),
                bool_out(x.intent_evidence.patent_activity).to_owned(),
                t(&x.intent_evidence.notes),
                t(&x.capability_evidence),
                t(&x.opportunity_evidence),
                a.assessment(x.id)
                    .map(move |l| l.product.to_string())
                    .unwrap_or_default(),
                opt_out(a.assessment(x.id).and_then(|l| l.level())),
            ])
        })),
        Table::Scenarios => Box::new(wb.scenarios.iter().map(move |x| {
            let sa = a.scenario(x.id);
            row(vec![
                x.id.to_string(),
                x.technology_id.to_string(),
                opt_out(x.actor_id),
                t(&x.title),
                t(&x.narrative),
                t(x.pattern_id.as_deref().unwrap_or_default()),
                x.group
                    .map(move |g| g.code())
                    .unwrap_or_default()
                    .to_owned(),
                x.origin.map(|o| o.code()).unwrap_or_default().to_owned(),
                x.legality.map(|l| l.code()).unwrap_or_default().to_owned(),
                rating_out(x.feasibility),
                rating_out(x.impact),
                rating_out(x.control_effectiveness),
                rating_out(x.trend_relevance),
                x.status.code().to_owned(),
                t(&x.notes),
                opt_out(sa.and_then(|s| s.likelihood.value)),
                opt_out(sa.and_then(|s| s.score)),
                sa.and_then(|s| s.level)
                    .map(move |l| l.code())
                    .unwrap_or_default()
                    .to_owned(),
                opt_out(sa.map(move |s| s.priority)),
                source_out(x.pattern_id.as_deref()),
                opt_out(sa.map(|s| s.likelihood.threat.level)),
                sa.map(|s| s.likelihood.threat.source.code())
                    .unwrap_or_default()
                    .to_owned(),
                opt_out(sa.and_then(|s| s.likelihood.sum)),
                opt_out(sa.and_then(|s| s.points)),
            ])
        })),
        Table::Countermeasures => Box::new(wb.countermeasures.iter().map(move |x| {
            row(vec![
                x.id.to_string(),
                t(x.catalog_id.as_deref().unwrap_or_default()),
                t(&x.title),
                t(&x.description),
                x.category.code().to_owned(),
                x.phase.code().to_owned(),
                x.status.code().to_owned(),
                t(&x.owner),
                date_out(x.due_date),
                t(&x.notes),
                source_out(x.catalog_id.as_deref()),
            ])
        })),
        Table::CountermeasureScenarios => Box::new(
            wb.countermeasures
                .iter()
                .flat_map(move |m| m.scenario_ids.iter().map(move |s| (m.id, s.to_string())))
                .map(move |(m, s)| row(vec![m.to_string(), s])),
        ),
        Table::CountermeasureTechnologies => Box::new(
            wb.countermeasures
                .iter()
                .flat_map(move |m| m.technology_ids.iter().map(move |s| (m.id, s.to_string())))
                .map(move |(m, s)| row(vec![m.to_string(), s])),
        ),
        Table::Exercises => Box::new(wb.exercises.iter().map(move |x| {
            row(vec![
                x.id.to_string(),
                x.kind.code().to_owned(),
                t(&x.title),
                date_out(x.date),
                list_out(&x.participants),
                t(&x.objectives),
                t(&x.stop_point),
                t(&x.stopped_by),
                x.detection
                    .map(move |d| d.code())
                    .unwrap_or_default()
                    .to_owned(),
                t(&x.notes),
                x.response
                    .map(move |r| r.code())
                    .unwrap_or_default()
                    .to_owned(),
                t(&x.response_notes),
                list_out(&x.in_the_know),
            ])
        })),
        Table::ExerciseScenarios => Box::new(
            wb.exercises
                .iter()
                .flat_map(move |e| e.scenario_ids.iter().map(move |s| (e.id, s.to_string())))
                .map(move |(e, s)| row(vec![e.to_string(), s])),
        ),
        Table::ExerciseFollowUps => Box::new(
            wb.exercises
                .iter()
                .flat_map(move |e| e.follow_up_ids.iter().map(move |s| (e.id, s.to_string())))
                .map(move |(e, s)| row(vec![e.to_string(), s])),
        ),
        Table::ExerciseWeaknesses => Box::new(
            wb.exercises
                .iter()
                .flat_map(move |e| e.weaknesses.iter().map(move |w| (e.id, w)))
                .map(move |(e, w)| {
                    row(vec![
                        e.to_string(),
                        w.kind.code().to_owned(),
                        t(&w.description),
                    ])
                }),
        ),
        Table::People => Box::new(wb.people.iter().map(move |p| {
            row(vec![
                p.id.to_string(),
                t(&p.name),
                p.role.code().to_owned(),
                p.residency.map(|r| r.code()).unwrap_or_default().to_owned(),
                p.declaration.code().to_owned(),
                date_out(p.declared_on),
                bool_out(Some(p.pledge_signed)).to_owned(),
                date_out(p.pledge_on),
                date_out(p.disclosed_on),
                t(&p.notes),
            ])
        })),
        Table::Access => Box::new(wb.access.iter().map(move |l| {
            row(vec![
                l.id.to_string(),
                l.person_id.to_string(),
                l.technology_id.to_string(),
                bool_out(Some(l.key_person)).to_owned(),
            ])
        })),
        Table::Workshops
        | Table::WorkshopParticipants
        | Table::WorkshopItems
        | Table::WorkshopPasses
        | Table::WorkshopRatings => super::workshop_tables::rows(wb, table, row),
    }
}

/// The derived `source` column (format 3): the citation of the catalogue
/// entry a record was created from (`catalog::Source::cite`), looked up from
/// its stored id; empty for records made from scratch or unknown ids.
fn source_out(catalog_id: Option<&str>) -> String {
    catalog::source_of_record(catalog_id)
        .map(|s| text_out(&s.cite()).into_owned())
        .unwrap_or_default()
}

/// Derived scores with two decimals and a dot, whatever the locale.
fn decimal(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.2}")).unwrap_or_default()
}
