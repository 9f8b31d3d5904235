//! Data-safety policy: the pure decisions the browser shell applies to keep
//! workbooks from being lost (docs/reliability.md § Faults).
//!
//! - [`scan()`]: classify every `mamori.*` local-storage key at start-up into
//!   intact workbooks and [`Finding`]s (unreadable, newer schema, unknown key),
//!   which the shell keeps untouched and never writes;
//! - [`Usage`]: how much of the local-storage budget Mamori's keys use;
//! - [`before_save`] / [`on_external_write`]: the revision-counter decisions
//!   for two tabs on one workbook;
//! - [`UndoStack`]: bounded undo/redo with coalescing of typing bursts;
//! - [`Trash`]: persisted deleted records and workbooks.
//!
//! Nothing here touches storage, the clock or the DOM: keys, values and times
//! are passed in.
//!
//! One module per decision: [`keys`], [`scan`](mod@scan), [`usage`], [`revision`],
//! [`undo`], [`trash`]; their items are re-exported here.

pub mod keys;
pub mod revision;
pub mod scan;
pub mod trash;
pub mod undo;
pub mod usage;

pub use keys::*;
pub use revision::*;
pub use scan::*;
pub use trash::*;
pub use undo::*;
pub use usage::*;

/// Shared by the tests of the modules above.
#[cfg(test)]
mod fixtures {
    use time::macros::datetime;

    use crate::domain::model::Workbook;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::text::Lang;

    pub fn sample() -> Workbook {
        sample_with_counted_ids(Lang::Ja, datetime!(2025-06-01 09:00 +09:00))
    }

    pub fn entries(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }
}
