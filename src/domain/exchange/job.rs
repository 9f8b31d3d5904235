//! The import as a job done in slices: [`ImportJob::step`] does a bounded
//! piece of work (reading one zip entry, decoding one file, reading up to N
//! rows of one table, or building one kind of record) and says how far it
//! got, so the shell can let the browser paint between slices and offer a
//! Cancel button. [`super::import_files`] is this job run in one go: there is
//! one implementation, and stepping with any budget gives the same result.

use std::collections::VecDeque;

use time::OffsetDateTime;
use uuid::Uuid;

use super::declared::drop_columns_newer_than_their_file;
use super::import::{BuildPhase, TableBuild, TableImport};
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::read::{RawTable, TableReader, TextFile};
use super::schema::Table;
use super::zip::{BinaryFile, Expander};
use super::{decode, decode_as, is_backup, Encoding};
use crate::domain::storage;

/// What the job is doing now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStage {
    /// Expanding zips (one entry per step) and decoding text.
    Reading,
    /// Reading CSV rows.
    Parsing,
    /// Checking rows and building records.
    Building,
    Done,
}

/// How far the job got. `done` only grows; `total` is an estimate until the
/// tables are read (it is then exact), and `done == total` when finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProgress {
    pub stage: ImportStage,
    pub done: u64,
    pub total: u64,
    /// The file being read, or the table being built (its file name).
    pub current: String,
}

enum State {
    Expand(Box<Expander>),
    Decode(VecDeque<BinaryFile>, Vec<TextFile>),
    Restore(TextFile),
    Parse {
        files: VecDeque<TextFile>,
        reader: Option<(TableReader, u64)>,
        tables: Vec<RawTable>,
    },
    Build {
        tables: Vec<RawTable>,
        build: TableBuild,
    },
    Done(TableImport),
}

/// An import of picked files, done in steps; see the module doc.
pub struct ImportJob<'a> {
    shift_jis: &'a dyn Fn(&[u8]) -> Option<String>,
    next_id: &'a mut dyn FnMut() -> Uuid,
    now: OffsetDateTime,
    /// The user's choice of encoding for every file, else detected.
    encoding: Option<Encoding>,
    state: State,
    /// Problems of reading the files (zips, encodings).
    file_problems: Vec<ImportProblem>,
    /// Problems of the tables, in the order `import_tables` reports them.
    table_problems: Vec<ImportProblem>,
    /// Work units: a byte decoded, a byte of CSV read, a row built.
    done: u64,
    total: u64,
    current: String,
}

/// Rows a build phase reads: its units of work.
fn phase_rows(tables: &[RawTable], phase: BuildPhase) -> u64 {
    tables
        .iter()
        .filter(|t| phase.tables().contains(&t.table))
        .map(|t| t.rows.len() as u64)
        .sum()
}

fn byte_len(files: &[BinaryFile]) -> u64 {
    files.iter().map(|f| f.bytes.len() as u64).sum()
}

/// Units of the steps after decoding, before the tables are read: a byte
/// to read each byte, and about one row built per 100 bytes.
fn estimate_after_decoding(bytes: u64) -> u64 {
    bytes + bytes / 100
}

impl<'a> ImportJob<'a> {
    /// A job over the picked files, with the same arguments as
    /// [`super::import_files`].
    pub fn new(
        files: Vec<BinaryFile>,
        shift_jis: &'a dyn Fn(&[u8]) -> Option<String>,
        now: OffsetDateTime,
        next_id: &'a mut dyn FnMut() -> Uuid,
    ) -> Self {
        let bytes = byte_len(&files);
        ImportJob {
            shift_jis,
            next_id,
            now,
            encoding: None,
            state: State::Expand(Box::new(Expander::new(files))),
            file_problems: Vec::new(),
            table_problems: Vec::new(),
            done: 0,
            total: bytes + estimate_after_decoding(bytes),
            current: String::new(),
        }
    }

    /// Decodes every file as `encoding` (the user's override of the
    /// detection, "these files are Shift_JIS"); `None` detects per file.
    /// Zips are expanded first, within the same budget as the import.
    pub fn with_encoding(mut self, encoding: Option<Encoding>) -> Self {
        self.encoding = encoding;
        self
    }

    pub fn is_done(&self) -> bool {
        matches!(self.state, State::Done(_))
    }

    pub fn progress(&self) -> ImportProgress {
        let stage = match self.state {
            State::Expand(_) | State::Decode(..) | State::Restore(_) => ImportStage::Reading,
            State::Parse { .. } => ImportStage::Parsing,
            State::Build { .. } => ImportStage::Building,
            State::Done(_) => ImportStage::Done,
        };
        ImportProgress {
            stage,
            done: self.done.min(self.total),
            total: self.total,
            current: self.current.clone(),
        }
    }

    /// Does a bounded slice of work: at most `rows` CSV rows (at least
    /// one), or one file decoded, or one kind of record built.
    pub fn step(&mut self, rows: usize) -> ImportProgress {
        let placeholder = State::Expand(Box::new(Expander::new(Vec::new())));
        let state = std::mem::replace(&mut self.state, placeholder);
        self.state = self.advance(state, rows.max(1));
        self.progress()
    }

    /// Runs the job to its end and gives what [`super::import_files`] gives.
    pub fn finish(mut self) -> TableImport {
        loop {
            match self.state {
                State::Done(result) => return result,
                _ => {
                    self.step(usize::MAX);
                }
            }
        }
    }

    fn advance(&mut self, state: State, rows: usize) -> State {
        match state {
            State::Expand(mut expander) => {
                // One zip entry (or picked file) per step: a bomb or a big
                // roll-up never blocks the page for more than one file.
                expander.step();
                self.current = expander.current().to_string();
                // Picked bytes read so far; the total stays an estimate
                // from the picked bytes until the zips are expanded.
                self.done = expander.progress().0;
                if !expander.is_done() {
                    return State::Expand(expander);
                }
                let (files, zip_errors) = expander.finish();
                self.file_problems
                    .extend(zip_errors.into_iter().map(|(name, e)| {
                        ImportProblem::file(&name, Severity::Skipped, ProblemKind::BadZip(e))
                    }));
                let bytes = byte_len(&files);
                self.total = self.done + bytes + estimate_after_decoding(bytes);
                State::Decode(files.into(), Vec::new())
            }
            State::Decode(mut files, mut texts) => {
                let Some(f) = files.pop_front() else {
                    return self.after_decoding(texts);
                };
                self.current.clone_from(&f.name);
                self.done += f.bytes.len() as u64;
                let text = match self.encoding {
                    Some(chosen) => decode_as(&f.bytes, chosen, self.shift_jis),
                    None => decode(&f.bytes, self.shift_jis),
                };
                match text {
                    Some(text) => texts.push(TextFile::new(f.name, text)),
                    None => self.file_problems.push(ImportProblem::file(
                        &f.name,
                        Severity::Skipped,
                        ProblemKind::Undecodable,
                    )),
                }
                State::Decode(files, texts)
            }
            State::Restore(backup) => {
                self.current.clone_from(&backup.name);
                let workbook = match storage::restore(&backup.text) {
                    Ok(wb) => Some(wb),
                    Err(e) => {
                        self.file_problems.push(ImportProblem::file(
                            &backup.name,
                            Severity::Skipped,
                            ProblemKind::Backup(e),
                        ));
                        None
                    }
                };
                self.done = self.total;
                State::Done(TableImport {
                    workbook,
                    problems: std::mem::take(&mut self.file_problems),
                    rows_imported: 0,
                    separators: Vec::new(),
                    default_name: None,
                })
            }
            State::Parse {
                mut files,
                reader,
                mut tables,
            } => {
                let Some((mut reader, counted)) = reader else {
                    let Some(f) = files.pop_front() else {
                        return self.after_parsing(tables);
                    };
                    self.current.clone_from(&f.name);
                    let reader = TableReader::start(&f, &mut self.table_problems);
                    if reader.is_none() {
                        self.done += f.text.len() as u64;
                    }
                    return State::Parse {
                        files,
                        reader: reader.map(|r| (r, 0)),
                        tables,
                    };
                };
                let finished = reader.read_rows(rows, &mut self.table_problems);
                let read = reader.bytes_read();
                self.done += read.saturating_sub(counted);
                if finished {
                    tables.push(reader.finish());
                    State::Parse {
                        files,
                        reader: None,
                        tables,
                    }
                } else {
                    State::Parse {
                        files,
                        reader: Some((reader, read)),
                        tables,
                    }
                }
            }
            State::Build { tables, mut build } => {
                let Some(phase) = build.next_phase() else {
                    self.done = self.total;
                    let mut problems = std::mem::take(&mut self.file_problems);
                    problems.append(&mut self.table_problems);
                    return State::Done(build.finish(&tables, problems));
                };
                self.current = phase_label(&tables, phase);
                build.step(&tables, &mut self.table_problems, self.now, self.next_id);
                self.done += phase_rows(&tables, phase);
                State::Build { tables, build }
            }
            State::Done(result) => State::Done(result),
        }
    }

    /// Decoding done: a backup wins over CSVs (as in `import_files`).
    fn after_decoding(&mut self, texts: Vec<TextFile>) -> State {
        let (json, csv): (Vec<TextFile>, Vec<TextFile>) = texts.into_iter().partition(is_backup);
        if let Some(backup) = json.into_iter().next() {
            return State::Restore(backup);
        }
        let bytes: u64 = csv.iter().map(|f| f.text.len() as u64).sum();
        self.total = self.done + estimate_after_decoding(bytes);
        State::Parse {
            files: csv.into(),
            reader: None,
            tables: Vec::new(),
        }
    }

    /// Tables read: the total is now exact (rows to build are known).
    fn after_parsing(&mut self, tables: Vec<RawTable>) -> State {
        drop_columns_newer_than_their_file(&tables, &mut self.table_problems);
        if tables.is_empty() {
            self.done = self.total;
            let mut problems = std::mem::take(&mut self.file_problems);
            problems.append(&mut self.table_problems);
            return State::Done(TableImport {
                workbook: None,
                problems,
                rows_imported: 0,
                separators: Vec::new(),
                default_name: None,
            });
        }
        let rows: u64 = BuildPhase::ALL
            .iter()
            .map(|&p| phase_rows(&tables, p))
            .sum();
        self.total = self.done + rows;
        let build = TableBuild::new(&tables);
        State::Build { tables, build }
    }
}

/// The file of the first table a phase reads, else the table's own name.
fn phase_label(tables: &[RawTable], phase: BuildPhase) -> String {
    phase
        .tables()
        .iter()
        .find_map(|want| tables.iter().find(|t| t.table == *want))
        .map(|t| t.file.clone())
        .or_else(|| {
            phase
                .tables()
                .first()
                .map(|t: &Table| format!("{}.csv", t.name()))
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::zip;
    use crate::domain::exchange::{export_tables, import_files, tables_zip, CsvOptions};
    use crate::domain::sample::sample_workbook;
    use crate::domain::text::Lang;
    use proptest::prelude::*;

    fn ids() -> impl FnMut() -> Uuid {
        let mut n = 0u128;
        move || {
            n += 1;
            Uuid::from_u128(n)
        }
    }

    fn no_sjis(_: &[u8]) -> Option<String> {
        None
    }

    /// Inputs of every kind: a table zip, loose CSVs with broken rows and
    /// an unreadable file, a backup, and nothing usable.
    fn inputs(which: usize) -> Vec<BinaryFile> {
        let now = OffsetDateTime::UNIX_EPOCH;
        let wb = sample_workbook(Lang::En, now, &mut ids());
        let csvs: Vec<BinaryFile> = export_tables(&wb, CsvOptions::default())
            .into_iter()
            .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
            .collect();
        match which % 4 {
            0 => vec![BinaryFile::new(
                "t.zip",
                tables_zip(&wb, CsvOptions::default(), now),
            )],
            1 => {
                let mut files = csvs;
                // Rows of a bad rating, a dangling link, a broken quote.
                if let Some(f) = files.iter_mut().find(|f| f.name == "scenarios.csv") {
                    let mut text = String::from_utf8(f.bytes.clone()).expect("csv is utf-8");
                    text.push_str("x,y,9,\"broken\n");
                    f.bytes = text.into_bytes();
                }
                files.retain(|f| f.name != "workbook.csv");
                files.push(BinaryFile::new("bad.csv", vec![0xff, 0xfe, 0x00, 0xd8]));
                files.push(BinaryFile::new("broken.zip", b"PK\x03\x04junk".to_vec()));
                files
            }
            2 => vec![BinaryFile::new(
                "backup.json",
                crate::domain::exchange::backup_json(&wb).into_bytes(),
            )],
            _ => vec![BinaryFile::new("notes.csv", b"a,b\n1,2\n".to_vec())],
        }
    }

    fn stepped(files: Vec<BinaryFile>, budget: usize) -> (TableImport, Vec<ImportProgress>) {
        let mut next = ids();
        let mut job = ImportJob::new(files, &no_sjis, OffsetDateTime::UNIX_EPOCH, &mut next);
        let mut seen = vec![job.progress()];
        while !job.is_done() {
            seen.push(job.step(budget));
        }
        (job.finish(), seen)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn stepping_with_any_budget_gives_the_one_shot_result(which in 0usize..4, budget in 1usize..40) {
            let once = import_files(inputs(which), &no_sjis, OffsetDateTime::UNIX_EPOCH, &mut ids());
            let (sliced, progress) = stepped(inputs(which), budget);
            prop_assert_eq!(&sliced, &once);
            // Progress only grows, never passes the total, and ends full.
            for w in progress.windows(2) {
                prop_assert!(w[1].done >= w[0].done, "{:?}", w);
            }
            prop_assert!(progress.iter().all(|p| p.done <= p.total));
            let last = progress.last().expect("at least the first progress");
            prop_assert_eq!(last.stage, ImportStage::Done);
            prop_assert_eq!(last.done, last.total);
        }
    }

    /// Zips are expanded one entry per step, and a zip refused for a limit
    /// is a problem of the import, named as picked.
    #[test]
    fn zips_expand_one_entry_per_step_and_bombs_are_problems() {
        let (result, progress) = stepped(inputs(0), usize::MAX);
        assert!(result.workbook.is_some());
        let entries = progress
            .iter()
            .filter(|p| p.stage == ImportStage::Reading && p.current.starts_with("t.zip/"))
            .count();
        assert!(entries >= 13, "{entries} steps inside t.zip");

        let many: Vec<BinaryFile> = (0..=zip::MAX_ENTRIES)
            .map(|i| BinaryFile::new(format!("{i}.csv"), ""))
            .collect();
        let bomb = zip::write_zip(&many, OffsetDateTime::UNIX_EPOCH);
        let (result, _) = stepped(vec![BinaryFile::new("many.zip", bomb)], 10);
        assert_eq!(result.problems.len(), 1, "{:?}", result.problems.first());
        let p = &result.problems[0];
        assert_eq!(
            p.kind,
            ProblemKind::BadZip(zip::ZipError::TooManyEntries(zip::MAX_ENTRIES))
        );
        assert_eq!(p.file, "many.zip");
        assert!(p.message(Lang::Ja).contains("10000"));
    }

    /// A chosen encoding applies to the files inside zips too (the shell
    /// no longer expands zips itself to decode them).
    #[test]
    fn a_chosen_encoding_decodes_the_files_inside_zips() {
        let calls = std::cell::Cell::new(0);
        let sjis = |_: &[u8]| {
            calls.set(calls.get() + 1);
            Some("a,b\n1,2\n".to_string())
        };
        let z = zip::write_zip(
            &[BinaryFile::new("notes.csv", "x")],
            OffsetDateTime::UNIX_EPOCH,
        );
        let mut next = ids();
        ImportJob::new(
            vec![BinaryFile::new("z.zip", z)],
            &sjis,
            OffsetDateTime::UNIX_EPOCH,
            &mut next,
        )
        .with_encoding(Some(Encoding::ShiftJis))
        .finish();
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn a_small_budget_takes_many_steps_through_every_stage() {
        let (result, progress) = stepped(inputs(0), 3);
        assert!(result.workbook.is_some());
        assert!(progress.len() > 20, "{} steps", progress.len());
        for stage in [
            ImportStage::Reading,
            ImportStage::Parsing,
            ImportStage::Building,
        ] {
            assert!(progress.iter().any(|p| p.stage == stage), "{stage:?}");
        }
        assert!(progress
            .iter()
            .any(|p| p.stage == ImportStage::Building && p.current.ends_with("scenarios.csv")));
    }
}
