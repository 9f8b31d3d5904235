//! The roll-up import as a job done in slices: [`RollupJob::step`] reads one
//! zip entry, decodes one file, reads one file's table, builds one lab's
//! workbook or restores one backup, and says
//! how far it got, so the office's browser keeps painting and shows progress
//! while a hundred labs load. [`super::import_many_files`] is this job run in
//! one go: one implementation, the same result however it is stepped.
//!
//! Files are grouped into *sets*: the tables of one folder inside one picked
//! archive (each picked zip its own sets, even when two have the same name),
//! the loose CSVs picked together, or one backup. A lab found in two sets is
//! loaded once (`twice`). Each lab comes back as a [`LoadedLab`] that knows
//! where it was read from and how many problems its files had.

use std::collections::{HashMap, VecDeque};

use time::OffsetDateTime;
use uuid::Uuid;

use super::declared::drop_columns_newer_than_their_file;
use super::default_name::DefaultName;
use super::import::{build_lab, lab_ids};
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::read::{read_table, RawTable, TextFile};
use super::twice::{drop_older_copies, loaded_twice, newest};
use super::zip::{BinaryFile, Expander};
use super::{decode, is_backup};
use crate::domain::model::Workbook;
use crate::domain::storage;
use crate::domain::text::Lang;

/// One lab of a roll-up as loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedLab {
    pub workbook: Workbook,
    /// The folder, archive or backup file it was read from.
    pub source: String,
    /// Problems of the files it was read from (its rows, and its files as a
    /// whole): the roll-up marks the lab when there are any.
    pub problems: usize,
    /// Set when no `workbook.csv` named it (see [`LoadedLab::name_default`]).
    pub default_name: Option<DefaultName>,
}

impl LoadedLab {
    /// Names a lab loaded without `workbook.csv` in the UI language.
    pub fn name_default(&mut self, lang: Lang) {
        if let Some(d) = &self.default_name {
            d.apply(&mut self.workbook, lang);
        }
    }
}

impl From<Workbook> for LoadedLab {
    /// A workbook at hand, with nothing to report.
    fn from(workbook: Workbook) -> Self {
        LoadedLab {
            workbook,
            source: String::new(),
            problems: 0,
            default_name: None,
        }
    }
}

/// What a roll-up load gives: one lab per workbook id, in the order given,
/// and every problem and notice.
#[derive(Clone, Debug, PartialEq)]
pub struct Rollup {
    pub labs: Vec<LoadedLab>,
    pub problems: Vec<ImportProblem>,
}

impl Rollup {
    /// The labs' workbooks alone.
    pub fn workbooks(&self) -> Vec<Workbook> {
        self.labs.iter().map(|l| l.workbook.clone()).collect()
    }

    /// Names every lab loaded without `workbook.csv` in the UI language.
    pub fn name_defaults(&mut self, lang: Lang) {
        for l in &mut self.labs {
            l.name_default(lang);
        }
    }
}

/// Where a set's files came from: the picked file's position when it was
/// an archive (so the same zip picked twice gives two sets), and the folder.
type SetKey = (Option<usize>, String);

/// One set: its name in notices, its folder or archive ("" for loose
/// files) and the problems of its files so far.
struct Set {
    name: String,
    folder: String,
    problems: usize,
}

enum State {
    /// Zips being expanded, one entry per step (one budget for them all).
    Unpack(Box<Expander>),
    /// Files left to decode, one per step (with the position of the picked
    /// file each came from), and the texts so far.
    Decode(VecDeque<(usize, BinaryFile)>, Vec<(usize, TextFile)>),
    /// CSVs (with their set) left to read into tables; backups wait for the end.
    Read {
        csv: VecDeque<(usize, TextFile)>,
        json: VecDeque<TextFile>,
        tables: Vec<RawTable>,
        set_of: Vec<usize>,
    },
    /// One workbook per lab id left to build.
    Build {
        tables: Vec<RawTable>,
        set_of: Vec<usize>,
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
    /// The names of the picked files, by position (a file of that name
    /// came from no archive).
    picked: Vec<String>,
    sets: Vec<Set>,
    labs: Vec<LoadedLab>,
    problems: Vec<ImportProblem>,
    /// Lab ids in the order first seen (rows without one are reported as read).
    ids: Vec<String>,
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
            picked: files.iter().map(|f| f.name.clone()).collect(),
            state: State::Unpack(Box::new(Expander::new(files))),
            sets: Vec::new(),
            labs: Vec::new(),
            problems: Vec::new(),
            ids: Vec::new(),
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

    /// Groups the decoded texts: backups apart, each CSV tagged with its
    /// set (one folder of one picked archive, or the loose files).
    fn sets_of(&mut self, texts: Vec<(usize, TextFile)>) -> State {
        let mut keys: HashMap<SetKey, usize> = HashMap::new();
        let mut csv = VecDeque::new();
        let mut json = VecDeque::new();
        for (origin, t) in texts {
            if is_backup(&t) {
                json.push_back(t);
                continue;
            }
            let folder = t.name.rsplit_once('/').map_or("", |(d, _)| d).to_owned();
            let from_archive = self.picked.get(origin).is_some_and(|p| *p != t.name);
            let key = (Some(origin).filter(|_| from_archive), folder.clone());
            let name = if folder.is_empty() {
                t.name.clone()
            } else {
                folder.clone()
            };
            let sets = &mut self.sets;
            let set = *keys.entry(key).or_insert_with(|| {
                sets.push(Set {
                    name,
                    folder,
                    problems: 0,
                });
                sets.len() - 1
            });
            csv.push_back((set, t));
        }
        // Each table, each backup, and each lab — guessed from the labs'
        // `workbook.csv` files until the ids are read.
        self.labs_guess = csv
            .iter()
            .filter(|(_, f)| f.name.to_ascii_lowercase().ends_with("workbook.csv"))
            .count()
            .max(usize::from(!csv.is_empty())) as u64;
        self.correct_total(self.done + 1 + csv.len() as u64 + json.len() as u64 + self.labs_guess);
        State::Read {
            csv,
            json,
            tables: Vec::new(),
            set_of: Vec::new(),
        }
    }

    /// One piece of work: one zip entry, one file decoded, one table, one
    /// lab or one backup.
    pub fn step(&mut self) {
        self.state = match std::mem::replace(&mut self.state, State::Done) {
            State::Unpack(mut expander) => {
                expander.step();
                if expander.is_done() {
                    let (files, origins, errors) = expander.finish_with_origins();
                    self.problems.extend(errors.into_iter().map(|(name, e)| {
                        ImportProblem::file(&name, Severity::Skipped, ProblemKind::BadZip(e))
                    }));
                    // This step, each file to decode, and a table at least.
                    self.correct_total(self.done + 2 + files.len() as u64);
                    State::Decode(origins.into_iter().zip(files).collect(), Vec::new())
                } else {
                    // Each known entry left: unpacked, then decoded.
                    let left = 2 * expander.steps_left() as u64;
                    self.correct_total((self.done + 2 + left).max(self.total));
                    State::Unpack(expander)
                }
            }
            State::Decode(mut files, mut texts) => match files.pop_front() {
                Some((origin, f)) => {
                    match decode(&f.bytes, self.shift_jis) {
                        Some(text) => texts.push((origin, TextFile::new(f.name, text))),
                        None => self.problems.push(ImportProblem::file(
                            &f.name,
                            Severity::Skipped,
                            ProblemKind::Undecodable,
                        )),
                    }
                    State::Decode(files, texts)
                }
                None => self.sets_of(texts),
            },
            State::Read {
                mut csv,
                json,
                mut tables,
                mut set_of,
            } => match csv.pop_front() {
                Some((set, file)) => {
                    let before = self.problems.len();
                    if let Some(t) = read_table(&file, &mut self.problems) {
                        // Rows without a lab id are reported here, as read.
                        for id in lab_ids(std::slice::from_ref(&t), &mut self.problems) {
                            if !self.ids.contains(&id) {
                                self.ids.push(id);
                            }
                        }
                        tables.push(t);
                        set_of.push(set);
                    }
                    self.sets[set].problems += self.problems.len() - before;
                    State::Read {
                        csv,
                        json,
                        tables,
                        set_of,
                    }
                }
                None => {
                    // Columns newer than a lab's format are not missed.
                    for file in drop_columns_newer_than_their_file(&tables, &mut self.problems) {
                        if let Some(i) = tables.iter().position(|t| t.file == file) {
                            if let Some(set) = set_of.get(i).and_then(|&s| self.sets.get_mut(s)) {
                                set.problems = set.problems.saturating_sub(1);
                            }
                        }
                    }
                    let names: Vec<String> = self.sets.iter().map(|s| s.name.clone()).collect();
                    let mut notices = drop_older_copies(&mut tables, &set_of, &names);
                    self.problems.append(&mut notices);
                    let ids: VecDeque<String> = std::mem::take(&mut self.ids).into();
                    self.correct_total(self.total - self.labs_guess + ids.len() as u64);
                    State::Build {
                        tables,
                        set_of,
                        ids,
                        json,
                    }
                }
            },
            State::Build {
                tables,
                set_of,
                mut ids,
                json,
            } => match ids.pop_front() {
                Some(id) => {
                    self.build(&tables, &set_of, &id);
                    State::Build {
                        tables,
                        set_of,
                        ids,
                        json,
                    }
                }
                None => State::Restore(json),
            },
            State::Restore(mut json) => match json.pop_front() {
                Some(f) => {
                    match storage::restore(&f.text) {
                        Ok(wb) => self.add_restored(LoadedLab {
                            workbook: wb,
                            source: f.name,
                            problems: 0,
                            default_name: None,
                        }),
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

    /// Builds lab `id` from its rows (only one set holds them by now) and
    /// counts its problems: those of its rows and of its set's files.
    fn build(&mut self, tables: &[RawTable], set_of: &[usize], id: &str) {
        let before = self.problems.len();
        let (wb, defaulted) = build_lab(tables, id, self.now, self.next_id, &mut self.problems);
        let own = self.problems.len() - before;
        let set = tables
            .iter()
            .zip(set_of)
            .find(|(t, _)| t.rows.iter().any(|r| t.cell(r, "workbook_id").trim() == id))
            .map(|(_, &s)| s);
        let (source, folder, set_problems) = set.map_or((String::new(), "", 0), |s| {
            let s = &self.sets[s];
            (s.name.clone(), s.folder.as_str(), s.problems)
        });
        let default_name = defaulted.then(|| DefaultName::from_folder(folder));
        self.labs.push(LoadedLab {
            workbook: wb,
            source,
            problems: own + set_problems,
            default_name,
        });
    }

    /// A restored backup of a lab already loaded is one lab (see `twice`).
    fn add_restored(&mut self, lab: LoadedLab) {
        let Some(i) = self
            .labs
            .iter()
            .position(|l| l.workbook.id == lab.workbook.id)
        else {
            self.labs.push(lab);
            return;
        };
        let old = &self.labs[i];
        let saved = [Some(old.workbook.updated_at), Some(lab.workbook.updated_at)];
        if newest(&saved) == 0 {
            self.problems
                .push(loaded_twice(&lab.source, &old.workbook.name, &old.source));
        } else {
            self.problems
                .push(loaded_twice(&old.source, &lab.workbook.name, &lab.source));
            self.labs[i] = lab;
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

    /// The labs and every problem (runs any steps left).
    pub fn finish(mut self) -> Rollup {
        while !self.is_done() {
            self.step();
        }
        Rollup {
            labs: self.labs,
            problems: self.problems,
        }
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
        assert_eq!(one_go.workbooks(), vec![a.clone(), b.clone(), c.clone()]);
        assert_eq!(
            one_go.problems.len(),
            1,
            "the broken backup: {:?}",
            one_go.problems
        );

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
        let Rollup { labs, problems } = job.finish();
        assert_eq!(labs.len(), 1);
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
        assert_eq!(job.finish().labs.len(), 2, "both labs");
    }

    fn ids() -> impl FnMut() -> Uuid {
        let mut n = 0xF000_0000u128;
        move || {
            n += 1;
            Uuid::from_u128(n)
        }
    }

    fn load(files: Vec<BinaryFile>) -> Rollup {
        let mut next = ids();
        RollupJob::new(
            files,
            &encoding::no_shift_jis,
            OffsetDateTime::UNIX_EPOCH,
            &mut next,
        )
        .finish()
    }

    fn zip_of(wb: &Workbook) -> Vec<u8> {
        tables_zip(wb, CsvOptions::default(), OffsetDateTime::UNIX_EPOCH)
    }

    fn kinds(r: &Rollup) -> Vec<&ProblemKind> {
        r.problems.iter().map(|p| &p.kind).collect()
    }

    /// The same zip picked twice (same name, same bytes): one lab and ONE
    /// notice, not a duplicate-id error for every row of the second copy.
    #[test]
    fn the_same_zip_twice_is_one_lab_with_one_notice() {
        let (a, b) = (lab(0), lab(1_000));
        let r = load(vec![
            BinaryFile::new("a.zip", zip_of(&a)),
            BinaryFile::new("b.zip", zip_of(&b)),
            BinaryFile::new("a.zip", zip_of(&a)),
        ]);
        assert_eq!(r.workbooks(), vec![a.clone(), b]);
        assert_eq!(
            kinds(&r),
            vec![&ProblemKind::LoadedTwice {
                lab: a.name.clone(),
                kept: "a.zip".into()
            }],
            "{:#?}",
            r.problems
        );
        assert_eq!(r.problems[0].severity, Severity::Warning);
        assert!(
            r.labs.iter().all(|l| l.problems == 0),
            "a notice is no problem"
        );
        for lang in [Lang::Ja, Lang::En] {
            assert!(!r.problems[0].message(lang).is_empty());
        }
    }

    /// A lab's full export and its redacted export: the one saved last is
    /// used, wherever it comes in the pick, with one notice naming it.
    #[test]
    fn full_and_redacted_exports_of_one_lab_keep_the_newer() {
        use crate::domain::exchange::redact::{redact, RedactionOptions};
        let old = lab(0);
        let mut new = old.clone();
        new.updated_at = time::macros::datetime!(2025-06-01 09:00 UTC);
        new.technologies[0].name = "新しい名前".into();
        let redacted_old = redact(&old, &RedactionOptions::default());
        // The newer full export given second: it is used.
        let r = load(vec![
            BinaryFile::new("lab_redacted.zip", zip_of(&redacted_old)),
            BinaryFile::new("lab_tables.zip", zip_of(&new)),
        ]);
        assert_eq!(r.workbooks(), vec![new.clone()]);
        assert_eq!(r.labs[0].source, "lab_tables.zip");
        assert_eq!(r.problems.len(), 1, "{:#?}", r.problems);
        assert_eq!(r.problems[0].file, "lab_redacted.zip");
        assert!(r.problems[0]
            .message(Lang::En)
            .ends_with("was loaded twice; the newer file (lab_tables.zip) is used."));
        // The newer one given first: still it.
        let r = load(vec![
            BinaryFile::new("lab_tables.zip", zip_of(&new)),
            BinaryFile::new("lab_redacted.zip", zip_of(&redacted_old)),
        ]);
        assert_eq!(r.workbooks(), vec![new]);
        assert_eq!(r.problems.len(), 1, "{:#?}", r.problems);
    }

    /// A backup and a table zip of the same lab: one lab, the newer copy.
    #[test]
    fn a_backup_and_a_table_zip_of_one_lab_are_one_lab() {
        let old = lab(0);
        let mut new = old.clone();
        new.updated_at = time::macros::datetime!(2025-06-01 09:00 UTC);
        let r = load(vec![
            BinaryFile::new("lab.zip", zip_of(&old)),
            BinaryFile::new("lab_backup.json", storage::to_json(&new).into_bytes()),
        ]);
        assert_eq!(r.workbooks(), vec![new.clone()]);
        assert_eq!(r.labs[0].source, "lab_backup.json");
        assert_eq!(
            kinds(&r),
            vec![&ProblemKind::LoadedTwice {
                lab: new.name.clone(),
                kept: "lab_backup.json".into()
            }]
        );
        assert_eq!(r.problems[0].file, "lab.zip");
    }

    /// Problems are counted to the lab whose files had them; a file that
    /// could not be read at all is counted among the unread files.
    #[test]
    fn labs_whose_files_had_problems_are_marked_and_unread_files_counted() {
        use crate::domain::exchange::problem::unread_files;
        use crate::domain::exchange::zip::write_zip;
        let (a, b) = (lab(0), lab(1_000));
        let now = OffsetDateTime::UNIX_EPOCH;
        // Lab b's zip holds a file that is no table: its rows are all
        // fine, but a file of its set was left out.
        let mut files: Vec<BinaryFile> =
            crate::domain::exchange::export_tables(&b, CsvOptions::default())
                .into_iter()
                .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
                .collect();
        files.push(BinaryFile::new("readme.csv", "what,why\r\nx,y\r\n"));
        let r = load(vec![
            BinaryFile::new("a.zip", zip_of(&a)),
            BinaryFile::new("b.zip", write_zip(&files, now)),
            BinaryFile::new("broken.zip", b"PK\x03\x04 not really".to_vec()),
            BinaryFile::new("notes.csv", vec![0xFF, 0xFE, 0x00, 0xD8]),
        ]);
        assert_eq!(r.labs.len(), 2);
        assert_eq!(r.labs[0].problems, 0);
        assert!(r.labs[1].problems > 0, "{:#?}", r.problems);
        // broken.zip, notes.csv and b.zip/readme.csv.
        assert_eq!(unread_files(&r.problems), 3, "{:#?}", r.problems);
    }

    /// Tables without `workbook.csv` in a zip: the lab is marked, and the
    /// shell names it by its archive in the UI language.
    #[test]
    fn a_lab_without_workbook_csv_is_named_by_its_archive_in_the_ui_language() {
        use crate::domain::exchange::default_name::{DefaultName, IMPORTED_NAME};
        use crate::domain::exchange::zip::write_zip;
        let a = lab(0);
        let files: Vec<BinaryFile> =
            crate::domain::exchange::export_tables(&a, CsvOptions::default())
                .into_iter()
                .filter(|f| f.file_name() != "workbook.csv")
                .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
                .collect();
        let bytes = write_zip(&files, OffsetDateTime::UNIX_EPOCH);
        let r = load(vec![BinaryFile::new("lab07_tables.zip", bytes)]);
        assert_eq!(r.labs.len(), 1);
        assert_eq!(r.labs[0].workbook.name, IMPORTED_NAME);
        assert_eq!(
            r.labs[0].default_name,
            Some(DefaultName {
                source: Some("lab07_tables".into())
            })
        );
        let (mut ja, mut en) = (r.clone(), r);
        ja.name_defaults(Lang::Ja);
        en.name_defaults(Lang::En);
        assert_eq!(
            ja.labs[0].workbook.name,
            "取り込んだワークブック（lab07_tables）"
        );
        assert_eq!(en.labs[0].workbook.name, "Imported workbook (lab07_tables)");
        assert!(en.labs[0].workbook.validate().is_empty());
        // A lab with its workbook.csv keeps its own name.
        let mut named = load(vec![BinaryFile::new("a.zip", zip_of(&a))]);
        named.name_defaults(Lang::En);
        assert_eq!(named.labs[0].workbook.name, a.name);
    }
}
