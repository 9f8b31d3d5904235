//! The table importer (issue 5) on arbitrary bytes: `exchange::import_files`,
//! the one entry point the UI uses for CSV files, table zips (also zips of
//! zips) and backup JSON.
//!
//! The first input byte picks the file name (which decides how the bytes are
//! read: a table CSV, a zip or a backup), the rest is the file. Invariants:
//! * never panics, whatever the bytes (zip, CSV, BOM, truncated, binary);
//! * every problem has a message in both languages;
//! * a workbook it yields passes `mamori_fuzz::check_workbook` (valid, and
//!   `to_json` → `restore` gives it back unchanged);
//! * truncation-aware: when the first byte is 0xF0 or more, the rest builds a
//!   valid workbook (`json_mutation`), one of its exported table files is cut
//!   at a position from the input, and the import must equal the workbook or
//!   report a problem (`mamori_fuzz::check_cut_tables`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::domain::exchange::{self, zip::BinaryFile};
use mamori::domain::text::Lang;

const NAMES: &[&str] = &[
    "technologies.csv",
    "scenarios.csv",
    "countermeasures.csv",
    "threat_assessments.csv",
    "workbook.csv",
    "elements.csv",
    "exports.zip",
    "backup.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    if pick >= 0xF0 {
        let (at, rest) = bytes.split_at(bytes.len().min(4));
        let text = mamori_fuzz::json_mutation::mutated_workbook(rest);
        if let Ok(wb) = mamori::domain::storage::restore(&text) {
            mamori_fuzz::check_cut_tables(&wb, usize::from(pick), at, pick % 2 == 0);
        }
        return;
    }
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let mut counter = 0u128;
    let mut next_id = || {
        counter += 1;
        uuid::Uuid::from_u128(counter)
    };
    let result = exchange::import_files(
        vec![BinaryFile::new(name, bytes.to_vec())],
        &|_| None,
        time::OffsetDateTime::UNIX_EPOCH,
        &mut next_id,
    );
    for p in &result.problems {
        assert!(!p.message(Lang::Ja).is_empty() && !p.message(Lang::En).is_empty());
    }
    if let Some(wb) = &result.workbook {
        mamori_fuzz::check_workbook(wb);
    }
});
