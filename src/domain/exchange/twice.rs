//! A lab loaded twice in a roll-up — its full and its redacted export, the
//! same zip picked twice, a table set and a backup — is one lab: one copy
//! is kept and ONE notice says so ([`ProblemKind::LoadedTwice`]), instead of
//! a duplicate-id error for every row of the second copy.
//!
//! Labs are told apart by `workbook_id`, copies by where they came from (a
//! folder or archive of tables, or a backup file). The rule, in one place
//! ([`newest`]): the copy saved last (`updated_at`) is kept; on a tie, or
//! when no copy says when it was saved, the first one given.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::cell;
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::read::RawTable;
use super::schema::Table;

/// The copy to keep among copies saved at these times (`None` = unknown,
/// older than any known time): the latest, the first on a tie.
pub fn newest(saved: &[Option<OffsetDateTime>]) -> usize {
    let mut best = 0;
    for (i, t) in saved.iter().enumerate().skip(1) {
        if *t > saved[best] {
            best = i;
        }
    }
    best
}

/// The notice for a copy left out.
pub fn loaded_twice(dropped: &str, lab: &str, kept: &str) -> ImportProblem {
    ImportProblem::file(
        dropped,
        Severity::Warning,
        ProblemKind::LoadedTwice {
            lab: lab.to_owned(),
            kept: kept.to_owned(),
        },
    )
}

/// What the table sets say of one lab.
struct Copies {
    /// Sets holding rows of the lab, in the order given.
    sets: Vec<usize>,
    /// When each set's `workbook.csv` says the lab was saved.
    saved: HashMap<usize, OffsetDateTime>,
    /// Its name from a `workbook.csv`, for the notice.
    name: Option<String>,
}

/// Tables from several sets (`set_of[i]` is the set of `tables[i]`, named
/// `set_names[set]` in notices): each lab whose rows are in more than one
/// set keeps the rows of its newest set (see [`newest`]); its rows in the
/// other sets are taken out, with one notice per set taken out.
pub fn drop_older_copies(
    tables: &mut [RawTable],
    set_of: &[usize],
    set_names: &[String],
) -> Vec<ImportProblem> {
    let mut order: Vec<String> = Vec::new();
    let mut labs: HashMap<String, Copies> = HashMap::new();
    for (t, &set) in tables.iter().zip(set_of) {
        for r in &t.rows {
            let id = t.cell(r, "workbook_id").trim();
            if id.is_empty() {
                continue;
            }
            let lab = labs.entry(id.to_owned()).or_insert_with(|| {
                order.push(id.to_owned());
                Copies {
                    sets: Vec::new(),
                    saved: HashMap::new(),
                    name: None,
                }
            });
            if !lab.sets.contains(&set) {
                lab.sets.push(set);
            }
            if t.table == Table::Workbook {
                let updated = cell::datetime_in(t.cell(r, "updated_at"))
                    .or_else(|| cell::datetime_in(t.cell(r, "created_at")));
                if let Some(at) = updated {
                    lab.saved.entry(set).or_insert(at);
                }
                let name = cell::text_in(t.cell(r, "name")).trim();
                if lab.name.is_none() && !name.is_empty() {
                    lab.name = Some(name.to_owned());
                }
            }
        }
    }
    let mut notices = Vec::new();
    for id in order {
        let Some(lab) = labs.get(&id) else { continue };
        if lab.sets.len() < 2 {
            continue;
        }
        let saved: Vec<Option<OffsetDateTime>> =
            lab.sets.iter().map(|s| lab.saved.get(s).copied()).collect();
        let keep = lab.sets[newest(&saved)];
        let shown = lab.name.as_deref().unwrap_or(&id);
        for &set in lab.sets.iter().filter(|&&s| s != keep) {
            notices.push(loaded_twice(&set_names[set], shown, &set_names[keep]));
        }
        for (t, &set) in tables.iter_mut().zip(set_of) {
            if set != keep {
                let col = t.index.get("workbook_id").copied();
                t.rows.retain(|r| {
                    col.and_then(|c| r.cells.get(c))
                        .is_none_or(|v| v.trim() != id)
                });
            }
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::read::{read_table, TextFile};
    use crate::domain::exchange::{export_tables, CsvOptions};
    use crate::domain::model::Workbook;
    use crate::domain::sample::sample_workbook;
    use crate::domain::text::Lang;
    use time::macros::datetime;

    fn lab(start: u128) -> Workbook {
        let mut n = start;
        sample_workbook(Lang::Ja, OffsetDateTime::UNIX_EPOCH, &mut || {
            n += 1;
            uuid::Uuid::from_u128(n)
        })
    }

    fn tables(wb: &Workbook, set: usize, out: &mut Vec<RawTable>, sets: &mut Vec<usize>) {
        let mut problems = Vec::new();
        for f in export_tables(wb, CsvOptions::default()) {
            let file = TextFile::new(format!("set{set}/{}", f.file_name()), f.text);
            out.extend(read_table(&file, &mut problems));
            sets.push(set);
        }
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn the_newest_copy_wins_and_the_first_on_a_tie() {
        let (a, b) = (
            Some(datetime!(2025-06-01 09:00 UTC)),
            Some(datetime!(2025-06-02 09:00 UTC)),
        );
        assert_eq!(newest(&[a, b]), 1);
        assert_eq!(newest(&[b, a]), 0);
        assert_eq!(newest(&[a, a]), 0, "a tie keeps the first given");
        assert_eq!(newest(&[None, a]), 1, "an unknown time is the oldest");
        assert_eq!(newest(&[None, None]), 0);
    }

    /// The same lab twice (the older copy given first) and another lab:
    /// one notice naming the lab and the kept set, and the older copy's
    /// rows are gone, so building the lab finds no duplicate id.
    #[test]
    fn a_lab_in_two_sets_keeps_the_newer_set_with_one_notice() {
        let old = lab(0);
        let mut new = old.clone();
        new.updated_at = datetime!(2025-07-01 09:00 UTC);
        new.technologies.truncate(1);
        new.countermeasures.clear();
        new.scenarios.clear();
        new.exercises.clear();
        new.assessments.clear();
        new.access.clear();
        for t in &mut new.technologies {
            t.elements.clear();
        }
        assert!(new.validate().is_empty());
        let other = lab(5_000);
        let (mut ts, mut sets) = (Vec::new(), Vec::new());
        tables(&old, 0, &mut ts, &mut sets);
        tables(&other, 1, &mut ts, &mut sets);
        tables(&new, 2, &mut ts, &mut sets);
        let names: Vec<String> = (0..3).map(|i| format!("set{i}")).collect();
        let notices = drop_older_copies(&mut ts, &sets, &names);
        assert_eq!(
            notices,
            vec![loaded_twice("set0", &old.name, "set2")],
            "one line for the whole lab"
        );
        for lang in Lang::ALL {
            assert!(!notices[0].message(lang).is_empty());
        }
        assert!(notices[0]
            .message(Lang::En)
            .contains("was loaded twice; the newer file (set2) is used"));
        assert!(notices[0].message(Lang::Ja).contains("2回読み込まれました"));
        // Set 0 kept nothing of the lab; the other lab is untouched.
        let rows_of = |set: usize| -> usize {
            ts.iter()
                .zip(&sets)
                .filter(|(_, s)| **s == set)
                .map(|(t, _)| t.rows.len())
                .sum()
        };
        assert_eq!(rows_of(0), 0);
        assert!(rows_of(1) > 0 && rows_of(2) > 0);
        let mut problems = Vec::new();
        let (built, _) = crate::domain::exchange::import::build_lab(
            &ts,
            &old.id.to_string(),
            OffsetDateTime::UNIX_EPOCH,
            &mut || uuid::Uuid::from_u128(99_999),
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(built, new);
    }

    /// Sets without `workbook.csv` do not say when they were saved: the
    /// first one given is kept, still with one notice.
    #[test]
    fn copies_without_workbook_csv_keep_the_first_given() {
        let a = lab(0);
        let (mut ts, mut sets) = (Vec::new(), Vec::new());
        tables(&a, 0, &mut ts, &mut sets);
        tables(&a, 1, &mut ts, &mut sets);
        let keep: Vec<bool> = ts.iter().map(|t| t.table != Table::Workbook).collect();
        let mut i = 0;
        ts.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        let mut i = 0;
        sets.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        let names = vec!["first".to_owned(), "second".to_owned()];
        let notices = drop_older_copies(&mut ts, &sets, &names);
        assert_eq!(
            notices,
            vec![loaded_twice("second", &a.id.to_string(), "first")]
        );
    }
}
