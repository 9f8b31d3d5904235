//! The table-set export as a job done in slices: [`ExportJob::step`] writes
//! up to N rows (of one table at a time) and says how far it got, so the
//! shell can let the browser paint between slices and show progress. Each
//! file's CRC-32 is computed slice by slice as it is written, so building the
//! zip at the end only copies bytes. [`super::tables_zip`] gives the same
//! bytes in one go (tested below with every step size).

use time::OffsetDateTime;

use super::csv_out::{CsvOptions, CsvWriter};
use super::schema::Table;
use super::tables::{table_rows, Rows};
use super::zip::{write_zip_checked, BinaryFile, Crc32};
use crate::domain::model::Workbook;
use crate::domain::scoring::Analysis;

/// The table being written.
struct Current<'a> {
    table: Table,
    rows: Rows<'a>,
    csv: CsvWriter,
    /// CRC of the bytes already checksummed, and how many those are.
    crc: Crc32,
    checked: usize,
}

/// An export of every table into one zip, done in steps; see the module doc.
pub struct ExportJob<'a> {
    wb: &'a Workbook,
    analysis: &'a Analysis,
    options: CsvOptions,
    modified: OffsetDateTime,
    /// Tables not started yet, in [`Table::ALL`] order (reversed: popped).
    pending: Vec<Table>,
    current: Option<Current<'a>>,
    files: Vec<(BinaryFile, u32)>,
    done: u64,
    total: u64,
}

impl<'a> ExportJob<'a> {
    /// `analysis` must be `analyze(wb)` (the derived columns come from it).
    pub fn new(
        wb: &'a Workbook,
        analysis: &'a Analysis,
        options: CsvOptions,
        modified: OffsetDateTime,
    ) -> Self {
        let total = Table::ALL.iter().map(|&t| row_count(wb, t)).sum();
        ExportJob {
            wb,
            analysis,
            options,
            modified,
            pending: Table::ALL.into_iter().rev().collect(),
            current: None,
            files: Vec::with_capacity(Table::ALL.len()),
            done: 0,
            total,
        }
    }

    /// Rows written and rows in all; `done == total` when every table is.
    pub fn progress(&self) -> (u64, u64) {
        (self.done, self.total)
    }

    pub fn is_done(&self) -> bool {
        self.current.is_none() && self.pending.is_empty()
    }

    /// Writes up to `rows` rows (at least one step of work: a table with no
    /// rows is finished in the same step it is started).
    pub fn step(&mut self, rows: usize) {
        let mut budget = rows.max(1);
        while budget > 0 {
            let Some(current) = self.current.as_mut() else {
                let Some(table) = self.pending.pop() else {
                    return;
                };
                self.current = Some(Current {
                    table,
                    rows: table_rows(self.wb, self.analysis, table),
                    csv: CsvWriter::new(self.options, &table.header()),
                    crc: Crc32::default(),
                    checked: 0,
                });
                continue;
            };
            match current.rows.next() {
                Some(row) => {
                    current.csv.row(&row);
                    self.done += 1;
                    budget -= 1;
                }
                None => {
                    self.finish_table();
                    return;
                }
            }
        }
        // Checksum this slice's bytes now, so the end costs no more than a copy.
        if let Some(current) = self.current.as_mut() {
            let bytes = current.csv.bytes();
            current.crc.update(&bytes[current.checked..]);
            current.checked = bytes.len();
        }
    }

    fn finish_table(&mut self) {
        let Some(current) = self.current.take() else {
            return;
        };
        let checked = current.checked;
        let mut crc = current.crc;
        let text = current.csv.finish();
        crc.update(&text.as_bytes()[checked..]);
        let name = format!("{}.csv", current.table.name());
        self.files
            .push((BinaryFile::new(name, text.into_bytes()), crc.value()));
    }

    /// The zip (runs any steps left).
    pub fn finish(mut self) -> Vec<u8> {
        while !self.is_done() {
            self.step(usize::MAX);
        }
        let files: Vec<(&BinaryFile, u32)> = self.files.iter().map(|(f, c)| (f, *c)).collect();
        write_zip_checked(&files, self.modified)
    }
}

/// Rows of one table, without making them.
fn row_count(wb: &Workbook, table: Table) -> u64 {
    let n = match table {
        Table::Workbook => 1,
        Table::Rounds => wb.rounds.len(),
        Table::Technologies => wb.technologies.len(),
        Table::Elements => wb.technologies.iter().map(|t| t.elements.len()).sum(),
        Table::Actors => wb.actors.len(),
        Table::ThreatAssessments => wb.assessments.len(),
        Table::Scenarios => wb.scenarios.len(),
        Table::Countermeasures => wb.countermeasures.len(),
        Table::CountermeasureScenarios => wb
            .countermeasures
            .iter()
            .map(|m| m.scenario_ids.len())
            .sum(),
        Table::CountermeasureTechnologies => wb
            .countermeasures
            .iter()
            .map(|m| m.technology_ids.len())
            .sum(),
        Table::Exercises => wb.exercises.len(),
        Table::ExerciseScenarios => wb.exercises.iter().map(|e| e.scenario_ids.len()).sum(),
        Table::ExerciseFollowUps => wb.exercises.iter().map(|e| e.follow_up_ids.len()).sum(),
        Table::ExerciseWeaknesses => wb.exercises.iter().map(|e| e.weaknesses.len()).sum(),
        Table::People => wb.people.len(),
        Table::Access => wb.access.len(),
        Table::Workshops
        | Table::WorkshopParticipants
        | Table::WorkshopItems
        | Table::WorkshopPasses
        | Table::WorkshopRatings => super::tables::table_len(wb, table),
    };
    n as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::tables_zip;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::scoring::analyze;
    use crate::domain::text::Lang;
    use proptest::prelude::*;

    fn at() -> OffsetDateTime {
        time::macros::datetime!(2026-11-23 10:00 +09:00)
    }

    #[test]
    fn every_step_size_gives_the_one_go_zip_and_progress_counts_every_row() {
        for lang in [Lang::Ja, Lang::En] {
            let wb = sample_with_counted_ids(lang, at());
            let a = analyze(&wb);
            let expected = tables_zip(&wb, CsvOptions::default(), at());
            for rows in [1, 2, 7, 50, usize::MAX] {
                let mut job = ExportJob::new(&wb, &a, CsvOptions::default(), at());
                let (_, total) = job.progress();
                let mut last = 0;
                let mut steps = 0;
                while !job.is_done() {
                    job.step(rows);
                    let (done, t) = job.progress();
                    assert!(done >= last && t == total, "progress goes forward");
                    last = done;
                    steps += 1;
                }
                assert_eq!(job.progress(), (total, total));
                assert!(rows > 1 || steps as u64 >= total, "one row per step");
                assert_eq!(job.finish(), expected, "{lang:?}, {rows} rows per step");
            }
        }
    }

    #[test]
    fn row_count_matches_the_rows_written() {
        let wb = sample_with_counted_ids(Lang::Ja, at());
        let a = analyze(&wb);
        for table in Table::ALL {
            assert_eq!(
                row_count(&wb, table),
                table_rows(&wb, &a, table).count() as u64,
                "{table:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_options_and_step_give_the_one_go_zip(bom: bool, crlf: bool, rows in 1usize..40) {
            let wb = sample_with_counted_ids(Lang::En, at());
            let a = analyze(&wb);
            let options = CsvOptions { bom, crlf };
            let mut job = ExportJob::new(&wb, &a, options, at());
            while !job.is_done() {
                job.step(rows);
            }
            prop_assert_eq!(job.finish(), tables_zip(&wb, options, at()));
        }
    }
}
