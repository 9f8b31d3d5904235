//! The roll-up of many labs' workbooks for a university office: a
//! read-only [`Portfolio`] with counts across labs and per lab, and the
//! combined table set (every lab's rows under one header, told apart by
//! `workbook_id`).
//!
//! Each lab is scored with its own settings (its own weights and tier
//! shares): tiers are relative to the lab's inventory, which is what each
//! lab was assessed against. Overdue countermeasures are counted with the
//! countermeasure's own rule (`Countermeasure::is_overdue`) against the
//! `today` the caller passes. Pure: labs in, numbers and text out.

use time::Date;

use super::csv_out::{write_csv, CsvOptions};
use super::rollup_job::LoadedLab;
use super::schema::Table;
use super::tables::{table_rows, TableFile};
use crate::domain::ids::WorkbookId;
use crate::domain::kinds::{CmStatus, RiskLevel, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::{analyze, round_done, Coverage};

/// Technologies per tier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierCounts {
    pub top: usize,
    pub middle: usize,
    pub lower: usize,
    pub quasi_important: usize,
    pub unrated: usize,
}

impl TierCounts {
    pub fn get(&self, tier: Tier) -> usize {
        match tier {
            Tier::Top => self.top,
            Tier::Middle => self.middle,
            Tier::Lower => self.lower,
            Tier::QuasiImportant => self.quasi_important,
            Tier::Unrated => self.unrated,
        }
    }

    fn add(&mut self, o: &TierCounts) {
        self.top += o.top;
        self.middle += o.middle;
        self.lower += o.lower;
        self.quasi_important += o.quasi_important;
        self.unrated += o.unrated;
    }
}

/// Counts of one lab, or of all labs together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub technologies: usize,
    pub tiers: TierCounts,
    /// Scored scenarios per risk level, in `RiskLevel::ALL` order (very low first).
    pub scenarios_by_level: [usize; 5],
    /// Scenarios not scored yet.
    pub scenarios_unscored: usize,
    /// Countermeasures per status, in `CmStatus::ALL` order.
    pub countermeasures_by_status: [usize; 4],
    /// Open countermeasures past their due date on the caller's `today`.
    pub countermeasures_overdue: usize,
    /// Technologies flagged "a licence may be needed" (`domain::regulatory`).
    pub flagged_technologies: usize,
    /// People with access whose specified-category declaration is missing
    /// or older than the lab's period on `today`.
    pub declarations_due: usize,
}

impl Counts {
    pub fn scenarios(&self) -> usize {
        self.scenarios_by_level.iter().sum::<usize>() + self.scenarios_unscored
    }

    fn add(&mut self, o: &Counts) {
        self.technologies += o.technologies;
        self.tiers.add(&o.tiers);
        for (a, b) in self.scenarios_by_level.iter_mut().zip(o.scenarios_by_level) {
            *a += b;
        }
        self.scenarios_unscored += o.scenarios_unscored;
        for (a, b) in self
            .countermeasures_by_status
            .iter_mut()
            .zip(o.countermeasures_by_status)
        {
            *a += b;
        }
        self.countermeasures_overdue += o.countermeasures_overdue;
        self.flagged_technologies += o.flagged_technologies;
        self.declarations_due += o.declarations_due;
    }
}

/// One lab's line in the roll-up.
#[derive(Clone, Debug, PartialEq)]
pub struct LabSummary {
    pub workbook_id: WorkbookId,
    pub name: String,
    pub organisation: String,
    pub unit: String,
    pub counts: Counts,
    /// Coverage of the lab's current round.
    pub coverage: Coverage,
    /// Technologies of the current round done on the roll-up's `today`
    /// (`scoring::done`: assessed, countermeasures planned, none overdue).
    pub done: usize,
    /// The folder, archive or backup it was read from ("" when not loaded).
    pub source: String,
    /// Problems of its files: the roll-up marks the lab when there are any.
    pub problems: usize,
}

/// The read-only roll-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// The labs' workbooks, in the order given.
    pub labs: Vec<Workbook>,
    /// Parallel to `labs`.
    pub summaries: Vec<LabSummary>,
    pub total: Counts,
}

fn index<T: Copy + PartialEq>(all: &[T], v: T) -> usize {
    all.iter().position(|x| *x == v).unwrap_or(0)
}

/// Counts one workbook; `today` decides which countermeasures are overdue.
pub fn lab_summary(wb: &Workbook, today: Date) -> LabSummary {
    let a = analyze(wb);
    let mut c = Counts {
        technologies: wb.technologies.len(),
        tiers: TierCounts {
            top: a.tiers.top,
            middle: a.tiers.middle,
            lower: a.tiers.lower,
            quasi_important: a.tiers.quasi_important,
            unrated: a.tiers.unrated,
        },
        ..Counts::default()
    };
    for s in &a.scenarios {
        match s.level {
            Some(l) => c.scenarios_by_level[index(RiskLevel::ALL, l)] += 1,
            None => c.scenarios_unscored += 1,
        }
    }
    for m in &wb.countermeasures {
        c.countermeasures_by_status[index(CmStatus::ALL, m.status)] += 1;
    }
    // The countermeasures screen's rule, not a second one.
    c.countermeasures_overdue = wb
        .countermeasures
        .iter()
        .filter(|m| m.is_overdue(today))
        .count();
    // The people screen's rules, not second ones.
    let reg = crate::domain::regulatory::regulatory_summary(wb, &a, today);
    c.flagged_technologies = reg.flagged_technologies;
    c.declarations_due = reg.declarations_due;
    LabSummary {
        workbook_id: wb.id,
        name: wb.name.clone(),
        organisation: wb.organisation.clone(),
        unit: wb.unit.clone(),
        counts: c,
        coverage: a.coverage,
        done: round_done(wb, &a, today).done,
        source: String::new(),
        problems: 0,
    }
}

/// Builds the roll-up of `labs` (one per workbook id, as `RollupJob`
/// gives them: a lab given twice was already loaded once there), counting
/// overdue countermeasures as of `today` (the shell's date, never a clock
/// here).
pub fn portfolio(labs: Vec<LoadedLab>, today: Date) -> Portfolio {
    let summaries: Vec<LabSummary> = labs
        .iter()
        .map(|l| LabSummary {
            source: l.source.clone(),
            problems: l.problems,
            ..lab_summary(&l.workbook, today)
        })
        .collect();
    let mut total = Counts::default();
    for s in &summaries {
        total.add(&s.counts);
    }
    Portfolio {
        labs: labs.into_iter().map(|l| l.workbook).collect(),
        summaries,
        total,
    }
}

/// The combined table set: per table, one header and every lab's rows in
/// lab order. Loads with the same importer (`import_many`) and tools.
pub fn combined_tables(p: &Portfolio, options: CsvOptions) -> Vec<TableFile> {
    let analyses: Vec<_> = p.labs.iter().map(analyze).collect();
    Table::ALL
        .into_iter()
        .map(|table| {
            let rows = p
                .labs
                .iter()
                .zip(&analyses)
                .flat_map(|(wb, a)| table_rows(wb, a, table));
            TableFile {
                table,
                text: write_csv(options, &table.header(), rows),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_workbook;
    use crate::domain::text::Lang;

    fn lab(start: u128) -> Workbook {
        let mut n = start;
        sample_workbook(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH, &mut || {
            n += 1;
            uuid::Uuid::from_u128(n)
        })
    }

    fn day() -> Date {
        time::macros::date!(2025 - 06 - 10)
    }

    #[test]
    fn totals_add_up() {
        let (a, b) = (lab(0), lab(1000));
        let p = portfolio(vec![a.clone().into(), b.into()], day());
        assert_eq!(p.labs.len(), 2);
        let one = lab_summary(&a, day()).counts;
        assert_eq!(p.total.technologies, 2 * one.technologies);
        assert_eq!(p.total.scenarios(), 2 * a.scenarios.len());
        assert_eq!(
            p.total.countermeasures_by_status.iter().sum::<usize>(),
            2 * a.countermeasures.len()
        );
        assert_eq!(
            p.total.tiers.top
                + p.total.tiers.middle
                + p.total.tiers.lower
                + p.total.tiers.quasi_important
                + p.total.tiers.unrated,
            p.total.technologies
        );
    }

    /// Overdue = open and due before the caller's today, exactly as the
    /// countermeasures screen marks it: due today is not overdue, done is
    /// never overdue, no due date is never overdue. Counted per lab and in
    /// the total; a later `today` makes more overdue (no clock inside).
    #[test]
    fn overdue_countermeasures_are_counted_per_lab_against_the_given_today() {
        use time::macros::date;
        let mut a = lab(0);
        assert!(a.countermeasures.len() >= 4, "the sample has enough");
        for m in &mut a.countermeasures {
            m.due_date = None;
            m.status = CmStatus::Planned;
        }
        a.countermeasures[0].due_date = Some(date!(2025 - 06 - 09)); // overdue
        a.countermeasures[1].due_date = Some(date!(2025 - 06 - 10)); // due today
        a.countermeasures[2].due_date = Some(date!(2025 - 01 - 01));
        a.countermeasures[2].status = CmStatus::Done; // done: never overdue
        a.countermeasures[3].due_date = Some(date!(2024 - 12 - 31)); // overdue
        let mut b = lab(1000);
        for m in &mut b.countermeasures {
            m.due_date = None;
        }
        b.countermeasures[0].due_date = Some(date!(2025 - 06 - 01));
        b.countermeasures[0].status = CmStatus::InProgress;
        let want = |wb: &Workbook, today| {
            wb.countermeasures
                .iter()
                .filter(|m| m.is_overdue(today))
                .count()
        };
        let p = portfolio(vec![a.clone().into(), b.clone().into()], day());
        assert_eq!(p.summaries[0].counts.countermeasures_overdue, 2);
        assert_eq!(p.summaries[1].counts.countermeasures_overdue, 1);
        assert_eq!(p.total.countermeasures_overdue, 3);
        assert_eq!(want(&a, day()) + want(&b, day()), 3, "the screen's rule");
        let later = portfolio(vec![a.into(), b.into()], date!(2025 - 06 - 11));
        assert_eq!(later.summaries[0].counts.countermeasures_overdue, 3);
    }

    /// A lab whose files had problems keeps that count in its line.
    #[test]
    fn flagged_technologies_and_due_declarations_are_counted_per_lab() {
        let a = lab(0);
        let mut b = lab(1000);
        // Lab b: nobody can access anything, so nothing is flagged or due.
        b.access.clear();
        let p = portfolio(vec![a.clone().into(), b.into()], day());
        let (sa, sb) = (&p.summaries[0].counts, &p.summaries[1].counts);
        assert_eq!(sa.flagged_technologies, 1, "the sample's GaN recipe");
        assert!(sa.declarations_due >= 1);
        assert_eq!((sb.flagged_technologies, sb.declarations_due), (0, 0));
        assert_eq!(p.total.flagged_technologies, 1);
        assert_eq!(p.total.declarations_due, sa.declarations_due);
    }

    #[test]
    fn labs_with_problems_are_marked_in_their_line() {
        let mut a: LoadedLab = lab(0).into();
        a.problems = 4;
        a.source = "lab.zip".into();
        let p = portfolio(vec![a, lab(1000).into()], day());
        assert_eq!(
            (p.summaries[0].problems, p.summaries[0].source.as_str()),
            (4, "lab.zip")
        );
        assert_eq!(p.summaries[1].problems, 0);
    }

    /// Lab `i` of a varied set: its own ids, name, extra unrated or
    /// quasi-important technologies, countermeasure statuses and scenario
    /// ratings that differ from lab to lab.
    fn varied_lab(i: usize) -> Workbook {
        use crate::domain::ids::TechnologyId;
        use crate::domain::kinds::TechCategory;
        use crate::domain::model::Technology;
        use crate::domain::rating::Rating;
        let mut wb = lab(i as u128 * 100_000);
        wb.name = format!("研究室{i:03}");
        for (j, m) in wb.countermeasures.iter_mut().enumerate() {
            m.status = CmStatus::ALL[(i + j) % CmStatus::ALL.len()];
        }
        for (j, s) in wb.scenarios.iter_mut().enumerate() {
            s.feasibility = Rating::new(((i + j) % 5) as u8 + 1).ok();
            if (i + j).is_multiple_of(7) {
                s.feasibility = None;
            }
        }
        for k in 0..(i % 4) {
            let id = TechnologyId::new(uuid::Uuid::from_u128(
                i as u128 * 100_000 + 90_000 + k as u128,
            ));
            let category = if k.is_multiple_of(2) {
                TechCategory::ResearchData
            } else {
                TechCategory::QuasiImportant
            };
            wb.technologies
                .push(Technology::new(id, format!("追加技術{k}"), category));
        }
        wb
    }

    /// Issue 5's acceptance: a folder of 100 labs' exports rolls up. Every
    /// lab's table zip goes into one zip of zips, through the importer the
    /// UI uses, into the portfolio; totals are checked against counts taken
    /// from the labs directly.
    #[test]
    fn a_hundred_labs_table_zips_roll_up_with_exact_totals() {
        use super::super::zip::{write_zip, BinaryFile};
        use super::super::{encoding, import_many_files, tables_zip};
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let labs: Vec<Workbook> = (0..100).map(varied_lab).collect();
        for wb in &labs {
            assert!(wb.validate().is_empty(), "{}", wb.name);
        }
        let inner: Vec<BinaryFile> = labs
            .iter()
            .enumerate()
            .map(|(i, wb)| {
                BinaryFile::new(
                    format!("lab{i:03}.zip"),
                    tables_zip(wb, CsvOptions::default(), now),
                )
            })
            .collect();
        let outer = write_zip(&inner, now);
        let mut n = 0xF000_0000u128;
        let rollup = import_many_files(
            vec![BinaryFile::new("labs.zip", outer)],
            &encoding::no_shift_jis,
            now,
            &mut || {
                n += 1;
                uuid::Uuid::from_u128(n)
            },
        );
        assert!(rollup.problems.is_empty(), "{:#?}", rollup.problems);
        assert_eq!(rollup.workbooks(), labs, "every lab comes back exactly");
        let p = portfolio(rollup.labs, now.date());
        assert_eq!(p.summaries.len(), 100);
        assert!(p.summaries.iter().all(|s| s.problems == 0));

        let techs: usize = labs.iter().map(|w| w.technologies.len()).sum();
        assert_eq!(p.total.technologies, techs);
        assert!(
            techs > 100 * labs[0].technologies.len(),
            "labs differ in size"
        );
        let tiers = &p.total.tiers;
        assert_eq!(
            tiers.top + tiers.middle + tiers.lower + tiers.quasi_important + tiers.unrated,
            techs
        );
        let quasi: usize = labs
            .iter()
            .flat_map(|w| &w.technologies)
            .filter(|t| t.category == crate::domain::kinds::TechCategory::QuasiImportant)
            .count();
        assert_eq!(tiers.quasi_important, quasi);
        assert_eq!(
            p.total.scenarios(),
            labs.iter().map(|w| w.scenarios.len()).sum::<usize>()
        );
        for (k, status) in CmStatus::ALL.iter().enumerate() {
            let want = labs
                .iter()
                .flat_map(|w| &w.countermeasures)
                .filter(|m| m.status == *status)
                .count();
            assert_eq!(p.total.countermeasures_by_status[k], want, "{status:?}");
        }
        // Per lab: its own line, in the order given, adding up to the total.
        for (s, wb) in p.summaries.iter().zip(&labs) {
            assert_eq!(s.workbook_id, wb.id);
            assert_eq!(s.name, wb.name);
            assert_eq!(s.counts, lab_summary(wb, now.date()).counts);
        }
        let mut sum = Counts::default();
        for s in &p.summaries {
            sum.add(&s.counts);
        }
        assert_eq!(sum, p.total);
        // The risk levels vary across labs (the data is not 100 copies).
        let distinct: std::collections::HashSet<_> = p
            .summaries
            .iter()
            .map(|s| s.counts.scenarios_by_level)
            .collect();
        assert!(distinct.len() > 1);
    }
}
