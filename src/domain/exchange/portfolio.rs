//! The roll-up of many labs' workbooks for a university office: a
//! read-only [`Portfolio`] with counts across labs and per lab, and the
//! combined table set (every lab's rows under one header, told apart by
//! `workbook_id`).
//!
//! Each lab is scored with its own settings (its own weights and tier
//! shares): tiers are relative to the lab's inventory, which is what each
//! lab was assessed against. Pure: workbooks in, numbers and text out.

use std::collections::HashMap;

use super::csv_out::{write_csv, CsvOptions};
use super::schema::Table;
use super::tables::{table_rows, TableFile};
use crate::domain::ids::WorkbookId;
use crate::domain::kinds::{CmStatus, RiskLevel, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::{analyze, Coverage};

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
}

/// The read-only roll-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// The labs' workbooks, one per workbook id, in the order given.
    pub labs: Vec<Workbook>,
    /// Parallel to `labs`.
    pub summaries: Vec<LabSummary>,
    pub total: Counts,
    /// Workbook ids given more than once: the copy saved last was kept.
    pub duplicates: Vec<WorkbookId>,
}

fn index<T: Copy + PartialEq>(all: &[T], v: T) -> usize {
    all.iter().position(|x| *x == v).unwrap_or(0)
}

/// Counts one workbook.
pub fn lab_summary(wb: &Workbook) -> LabSummary {
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
    LabSummary {
        workbook_id: wb.id,
        name: wb.name.clone(),
        organisation: wb.organisation.clone(),
        unit: wb.unit.clone(),
        counts: c,
        coverage: a.coverage,
    }
}

/// Builds the roll-up. A workbook id given twice keeps the copy with the
/// later `updated_at` (the first on a tie), in the first one's place.
pub fn portfolio(workbooks: Vec<Workbook>) -> Portfolio {
    let mut labs: Vec<Workbook> = Vec::new();
    let mut at: HashMap<WorkbookId, usize> = HashMap::new();
    let mut duplicates = Vec::new();
    for wb in workbooks {
        match at.get(&wb.id) {
            Some(&i) => {
                duplicates.push(wb.id);
                if wb.updated_at > labs[i].updated_at {
                    labs[i] = wb;
                }
            }
            None => {
                at.insert(wb.id, labs.len());
                labs.push(wb);
            }
        }
    }
    let summaries: Vec<LabSummary> = labs.iter().map(lab_summary).collect();
    let mut total = Counts::default();
    for s in &summaries {
        total.add(&s.counts);
    }
    Portfolio {
        labs,
        summaries,
        total,
        duplicates,
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

    #[test]
    fn totals_add_up_and_duplicates_are_dropped() {
        let (a, b) = (lab(0), lab(1000));
        let p = portfolio(vec![a.clone(), b, a.clone()]);
        assert_eq!(p.labs.len(), 2);
        assert_eq!(p.duplicates, vec![a.id]);
        let one = lab_summary(&a).counts;
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
        let (workbooks, problems) = import_many_files(
            vec![BinaryFile::new("labs.zip", outer)],
            &encoding::no_shift_jis,
            now,
            &mut || {
                n += 1;
                uuid::Uuid::from_u128(n)
            },
        );
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(workbooks, labs, "every lab comes back exactly");
        let p = portfolio(workbooks);
        assert_eq!(p.summaries.len(), 100);
        assert!(p.duplicates.is_empty());

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
            assert_eq!(s.counts, lab_summary(wb).counts);
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
