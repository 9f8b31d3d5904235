//! What the three long jobs have in common, so the shell runs each the same
//! way: a bounded [`SlicedJob::step`], its progress, and the result.

use super::export_job::ExportJob;
use super::import::TableImport;
use super::job::{ImportJob, ImportProgress};
use super::rollup_job::{Rollup, RollupJob};

/// Work done in bounded steps (see the jobs' module docs).
pub trait SlicedJob {
    type Progress;
    type Output;
    fn is_done(&self) -> bool;
    /// One bounded piece of work; `rows` bounds the CSV rows read or written
    /// where a job counts rows.
    fn step(&mut self, rows: usize);
    fn progress(&self) -> Self::Progress;
    /// The result (runs any steps left).
    fn finish(self) -> Self::Output;
}

impl SlicedJob for ImportJob<'_> {
    type Progress = ImportProgress;
    type Output = TableImport;
    fn is_done(&self) -> bool {
        ImportJob::is_done(self)
    }
    fn step(&mut self, rows: usize) {
        ImportJob::step(self, rows);
    }
    fn progress(&self) -> ImportProgress {
        ImportJob::progress(self)
    }
    fn finish(self) -> TableImport {
        ImportJob::finish(self)
    }
}

impl SlicedJob for ExportJob<'_> {
    type Progress = (u64, u64);
    type Output = Vec<u8>;
    fn is_done(&self) -> bool {
        ExportJob::is_done(self)
    }
    fn step(&mut self, rows: usize) {
        ExportJob::step(self, rows);
    }
    fn progress(&self) -> (u64, u64) {
        ExportJob::progress(self)
    }
    fn finish(self) -> Vec<u8> {
        ExportJob::finish(self)
    }
}

impl SlicedJob for RollupJob<'_> {
    type Progress = (u64, u64);
    type Output = Rollup;
    fn is_done(&self) -> bool {
        RollupJob::is_done(self)
    }
    /// A step is one table, lab or backup, whatever the row budget.
    fn step(&mut self, _rows: usize) {
        RollupJob::step(self);
    }
    fn progress(&self) -> (u64, u64) {
        RollupJob::progress(self)
    }
    fn finish(self) -> Self::Output {
        RollupJob::finish(self)
    }
}
