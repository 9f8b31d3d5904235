//! The roll-up import as a job done in slices: [`RollupJob::step`] reads one
//! zip entry, decodes one file, reads one file's table, builds one lab's
//! workbook or restores one backup, and says
//! how far it got, so the office's browser keeps painting and shows progress
//! while a hundred labs load. [`super::import_many_files`] is this job run in
//! one go: one implementation, the same result however it is stepped.

use std::collections::VecDeque;

use time::OffsetDateTime;
use uuid::Uuid;

use super::import::{build_lab, lab_ids};
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::read::{read_table, RawTable, TextFile};
use super::zip::{BinaryFile, Expander};
use super::{decode, is_backup};
use crate::domain::model::Workbook;
use crate::domain::storage;

enum State {
    /// Zips being expanded, one entry per step (one budget for them all).
    Unpack(Box<Expander>),
    /// Files left to decode, one per step, and the texts so far.
    Decode(VecDeque<BinaryFile>, Vec<TextFile>),
    /// CSVs left to read into tables; backups wait for the end.
    Read {
        csv: VecDeque<TextFile>,
        json: VecDeque<TextFile>,
        tables: Vec<RawTable>,
    },
    /// One workbook per lab id left to build.
    Build {
        tables: Vec<RawTable>,
        ids: VecDeque<String>,
        json: VecDeque<TextFile>,
    },
    /// Backups left to restore.
    Restore(VecDeque<TextFile>),
    Done,
}

/// A roll-up of many labs' files, done in steps; see the module doc.
pub struct RollupJob<'a> {
    shift_jis: &'a dyn Fn(&[u8]) -> Option<String>,
    next_id: &'a mut dyn FnMut() -> Uuid,
    now: OffsetDateTime,
    state: State,
    workbooks: Vec<Workbook>,
    problems: Vec<ImportProblem>,
    /// Steps done and an estimate of all (exact once the lab ids are known).
    done: u64,
    total: u64,
    /// Labs counted into `total` before their ids are read.
    labs_guess: u64,
}

impl<'a> RollupJob<'a> {
    pub fn new(
        files: Vec<BinaryFile>,
        shift_jis: &'a dyn Fn(&[u8]) -> Option<String>,
        now: OffsetDateTime,
        next_id: &'a mut dyn FnMut() -> Uuid,
    ) -> Self {
        // A guess until the zips are opened: a step per picked file to
        // unpack and one to decode, and a table to read.
        let total = 2 * files.len() as u64 + 1;
        RollupJob {
            shift_jis,
            next_id,
            now,
            state: State::Unpack(Box::new(Expander::new(files))),
            workbooks: Vec::new(),
            problems: Vec::new(),
            done: 0,
            total,
            labs_guess: 0,
        }
    }

    /// Steps done and steps in all; `done == total` when finished.
    pub fn progress(&self) -> (u64, u64) {
        (self.done, self.total.max(self.done))
    }

    pub fn is_done(&self) -> bool {
        matches!(self.state, State::Done)
    }

    /// One piece of work: one zip entry, one file decoded, one table, one
    /// lab or one backup.
    pub fn step(&mut self) {
        self.state = match std::mem::replace(&mut self.state, State::Done) {
            State::Unpack(mut expander) => {
                expander.step();
                if expander.is_done() {
                    let (files, errors) = expander.finish();
                    self.problems.extend(errors.into_iter().map(|(name, e)| {
                        ImportProblem::file(&name, Severity::Skipped, ProblemKind::BadZip(e))
                    }));
                    // This step, each file to decode, and a table at least.
                    self.correct_total(self.done + 2 + files.len() as u64);
                    State::Decode(files.into(), Vec::new())
                } else {
                    // Each known entry left: unpacked, then decoded.
                    let left = 2 * expander.steps_left() as u64;
                    self.correct_total((self.done + 2 + left).max(self.total));
                    State::Unpack(expander)
                }
            }
            State::Decode(mut files, mut texts) => match files.pop_front() {
                Some(f) => {
                    match decode(&f.bytes, self.shift_jis) {
                        Some(text) => texts.push(TextFile::new(f.name, text)),
                        None => self.problems.push(ImportProblem::file(
                            &f.name,
                            Severity::Skipped,
                            ProblemKind::Undecodable,
                        )),
                    }
                    State::Decode(files, texts)
                }
                None => {
                    let (json, csv): (VecDeque<TextFile>, VecDeque<TextFile>) =
                        texts.into_iter().partition(is_backup);
                    // Each table, each backup, and each lab — guessed from
                    // the labs' `workbook.csv` files until the ids are read.
                    self.labs_guess =
                        csv.iter()
                            .filter(|f| f.name.to_ascii_lowercase().ends_with("workbook.csv"))
                            .count()
                            .max(usize::from(!csv.is_empty())) as u64;
                    self.correct_total(
                        self.done + 1 + csv.len() as u64 + json.len() as u64 + self.labs_guess,
                    );
                    State::Read {
                        csv,
                        json,
                        tables: Vec::new(),
                    }
                }
            },
            State::Read {
                mut csv,
                json,
                mut tables,
            } => match csv.pop_front() {
                Some(file) => {
                    tables.extend(read_table(&file, &mut self.problems));
                    State::Read { csv, json, tables }
                }
                None => {
                    let ids: VecDeque<String> = lab_ids(&tables, &mut self.problems).into();
                    self.correct_total(self.total - self.labs_guess + ids.len() as u64);
                    State::Build { tables, ids, json }
                }
            },
            State::Build {
                tables,
                mut ids,
                json,
            } => match ids.pop_front() {
                Some(id) => {
                    let wb = build_lab(&tables, &id, self.now, self.next_id, &mut self.problems);
                    self.workbooks.push(wb);
                    State::Build { tables, ids, json }
                }
                None => State::Restore(json),
            },
            State::Restore(mut json) => match json.pop_front() {
                Some(f) => {
                    match storage::restore(&f.text) {
                        Ok(wb) => self.workbooks.push(wb),
                        Err(e) => self.problems.push(ImportProblem::file(
                            &f.name,
                            Severity::Skipped,
                            ProblemKind::Backup(e),
                        )),
                    }
                    State::Restore(json)
                }
                None => State::Done,
            },
            State::Done => State::Done,
        };
        // Short of the total until the end, which alone shows 100 %.
        self.done = (self.done + 1).min(self.total.saturating_sub(1));
        if self.is_done() {
            self.done = self.total;
        }
    }

    /// Sets the total once the labs are counted. A larger total than
    /// guessed scales `done` up with it, so the share shown never goes back.
    fn correct_total(&mut self, total: u64) {
        if total > self.total && self.total > 0 {
            self.done = (self.done * total).div_ceil(self.total);
        }
        self.total = total;
    }

    /// The labs' workbooks and every problem (runs any steps left).
    pub fn finish(mut self) -> (Vec<Workbook>, Vec<ImportProblem>) {
        while !self.is_done() {
            self.step();
        }
        (self.workbooks, self.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::{encoding, tables_zip, CsvOptions};
    use crate::domain::sample::sample_workbook;
    use crate::domain::text::Lang;

    fn lab(start: u128) -> Workbook {
        let mut n = start;
        sample_workbook(Lang::Ja, OffsetDateTime::UNIX_EPOCH, &mut || {
            n += 1;
            Uuid::from_u128(n)
        })
    }

    /// Three labs (two as table zips, one as a backup) plus a broken file:
    /// stepping one piece at a time gives what the one-go call gives, the
    /// progress only grows and ends at its total.
    #[test]
    fn stepping_gives_the_one_go_result_with_progress_to_the_end() {
        let now = OffsetDateTime::UNIX_EPOCH;
        let (a, b, c) = (lab(0), lab(1_000), lab(2_000));
        let files = || {
            vec![
                BinaryFile::new("a.zip", tables_zip(&a, CsvOptions::default(), now)),
                BinaryFile::new("b.zip", tables_zip(&b, CsvOptions::default(), now)),
                BinaryFile::new("c.json", storage::to_json(&c).into_bytes()),
                BinaryFile::new("broken.json", b"{".to_vec()),
            ]
        };
        let ids = || {
            let mut n = 0xF000_0000u128;
            move || {
                n += 1;
                Uuid::from_u128(n)
            }
        };
        let mut one_go_ids = ids();
        let one_go =
            RollupJob::new(files(), &encoding::no_shift_jis, now, &mut one_go_ids).finish();
        assert_eq!(one_go.0, vec![a.clone(), b.clone(), c.clone()]);
        assert_eq!(one_go.1.len(), 1, "the broken backup: {:?}", one_go.1);

        let mut stepped_ids = ids();
        let mut job = RollupJob::new(files(), &encoding::no_shift_jis, now, &mut stepped_ids);
        let mut last = 0.0;
        let mut steps = 0;
        while !job.is_done() {
            job.step();
            let (done, total) = job.progress();
            let share = done as f64 / total as f64;
            assert!(
                share >= last && done <= total,
                "{done}/{total} after {last}"
            );
            last = share;
            steps += 1;
        }
        let (done, total) = job.progress();
        assert_eq!(done, total);
        assert!(
            steps >= 7,
            "unpack, 2×13 tables, 2 labs, 2 backups: {steps} steps"
        );
        assert_eq!(job.finish(), one_go);
    }

    /// Unpacking is sliced too: a lab's table zip takes a step per entry,
    /// and a zip bomb among the picked files is a problem, not a stall.
    #[test]
    fn unpacking_takes_a_step_per_entry_and_refuses_bombs() {
        use crate::domain::exchange::zip::{self, write_zip, ZipError};
        let now = OffsetDateTime::UNIX_EPOCH;
        let many: Vec<BinaryFile> = (0..=zip::MAX_ENTRIES)
            .map(|i| BinaryFile::new(format!("{i}.csv"), ""))
            .collect();
        let files = vec![
            BinaryFile::new("a.zip", tables_zip(&lab(0), CsvOptions::default(), now)),
            BinaryFile::new("many.zip", write_zip(&many, now)),
        ];
        let mut n = 0u128;
        let mut next_id = || {
            n += 1;
            Uuid::from_u128(n)
        };
        let mut job = RollupJob::new(files, &encoding::no_shift_jis, now, &mut next_id);
        let mut unpacking = 0;
        while matches!(job.state, State::Unpack(_)) {
            job.step();
            unpacking += 1;
        }
        assert!(unpacking >= 13, "{unpacking} steps");
        let (workbooks, problems) = job.finish();
        assert_eq!(workbooks.len(), 1);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].kind,
            ProblemKind::BadZip(ZipError::TooManyEntries(zip::MAX_ENTRIES))
        );
    }

    /// Two labs' technologies without their `workbook.csv`: the job guesses
    /// one lab, finds two, and the share shown still never goes back.
    #[test]
    fn a_wrong_guess_of_the_lab_count_never_moves_the_progress_back() {
        use crate::domain::exchange::{export_table, Table};
        let (a, b) = (lab(0), lab(1_000));
        let csv = |wb: &Workbook| {
            export_table(wb, Table::Technologies, CsvOptions::default())
                .text
                .into_bytes()
        };
        let files = vec![
            BinaryFile::new("a/technologies.csv", csv(&a)),
            BinaryFile::new("b/technologies.csv", csv(&b)),
        ];
        let mut n = 0u128;
        let mut next_id = || {
            n += 1;
            Uuid::from_u128(n)
        };
        let now = OffsetDateTime::UNIX_EPOCH;
        let mut job = RollupJob::new(files, &encoding::no_shift_jis, now, &mut next_id);
        let mut shares = Vec::new();
        while !job.is_done() {
            job.step();
            let (done, total) = job.progress();
            shares.push(done as f64 / total as f64);
        }
        assert!(shares.windows(2).all(|w| w[1] >= w[0]), "{shares:?}");
        assert_eq!(shares.last(), Some(&1.0));
        assert_eq!(job.finish().0.len(), 2, "both labs");
    }
}
