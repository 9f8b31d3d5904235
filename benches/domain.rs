//! Native benchmarks of the pure domain at the synthetic sizes S, M and L
//! (issue 8): scoring and tiering, CSV export of every table, CSV import
//! (parse + validate), backup serialise and restore, and the `csv` crate
//! alone on the L scenarios file (compared with Python's `csv` module by
//! `cargo xtask bench`). Run with `cargo bench --bench domain`; the figures
//! land in `$CARGO_TARGET_DIR/criterion/` where the xtask reads them.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mamori::domain::exchange::{export_tables, import_tables, CsvOptions, Table, TextFile};
use mamori::domain::model::Workbook;
use mamori::domain::scoring::analyze;
use mamori::domain::storage::{restore, to_json, to_stored};
use mamori::domain::synth::{bench_now, workbook, Size, DEFAULT_SEED};
use uuid::Uuid;

fn workbooks() -> Vec<(Size, Workbook)> {
    Size::ALL
        .iter()
        .map(|&s| (s, workbook(s, DEFAULT_SEED, bench_now())))
        .collect()
}

fn table_files(wb: &Workbook) -> Vec<TextFile> {
    export_tables(wb, CsvOptions::default())
        .into_iter()
        .map(|f| TextFile::new(f.file_name(), f.text))
        .collect()
}

fn domain(c: &mut Criterion) {
    let wbs = workbooks();
    let mut g = c.benchmark_group("domain");
    // Few samples: L takes tens of milliseconds per iteration and this runs
    // on a shared machine; medians are stable enough for a budget check.
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (size, wb) in &wbs {
        g.bench_with_input(BenchmarkId::new("analyze", size.name), wb, |b, wb| {
            b.iter(|| analyze(black_box(wb)))
        });
        g.bench_with_input(BenchmarkId::new("export_tables", size.name), wb, |b, wb| {
            b.iter(|| export_tables(black_box(wb), CsvOptions::default()))
        });
        let files = table_files(wb);
        g.bench_with_input(
            BenchmarkId::new("import_tables", size.name),
            &files,
            |b, files| {
                b.iter(|| {
                    let mut n = 0u128;
                    let mut next_id = || {
                        n += 1;
                        Uuid::from_u128(n)
                    };
                    let imported = import_tables(black_box(files), bench_now(), &mut next_id);
                    imported.workbook.map(|w| w.validate().len())
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("to_json", size.name), wb, |b, wb| {
            b.iter(|| to_json(black_box(wb)))
        });
        let json = to_json(wb);
        g.bench_with_input(BenchmarkId::new("restore", size.name), &json, |b, json| {
            b.iter(|| restore(black_box(json)))
        });
        g.bench_with_input(BenchmarkId::new("to_stored", size.name), wb, |b, wb| {
            b.iter(|| to_stored(black_box(wb)))
        });
        let stored = to_stored(wb);
        g.bench_with_input(
            BenchmarkId::new("restore_stored", size.name),
            &stored,
            |b, stored| b.iter(|| restore(black_box(stored))),
        );
    }
    g.finish();
}

/// The `csv` crate alone reading the L scenarios file into records: the
/// native counterpart of Python's `csv.reader` on the same text.
fn csv_crate(c: &mut Criterion) {
    let wb = workbook(Size::L, DEFAULT_SEED, bench_now());
    let text = export_tables(&wb, CsvOptions::default())
        .into_iter()
        .find(|f| f.table == Table::Scenarios)
        .map(|f| f.text)
        .unwrap_or_default();
    let mut g = c.benchmark_group("csv_crate");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g.bench_function("scenarios_L", |b| {
        b.iter(|| {
            let mut rdr = csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(black_box(text.trim_start_matches('\u{feff}')).as_bytes());
            rdr.records().filter_map(Result::ok).count()
        })
    });
    g.finish();
}

criterion_group!(benches, domain, csv_crate);
criterion_main!(benches);
