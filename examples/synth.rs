//! Writes the synthetic benchmark workbooks (S, M, L) for the browser
//! benchmark and the Python comparison: `cargo run --profile bench --example
//! synth -- <out dir>`. Per size: the storage JSON (`<size>.json`, the value
//! of `mamori.v1.wb.<id>`), the table zip (`<size>.tables.zip`) and, for L,
//! `L.technologies.csv`, `L.actors.csv` and `L.scenarios.csv` (the scenarios
//! and what they refer to); plus `summary.json` with the
//! counts, ids, storage footprints and the largest share of L that fits the
//! local-storage budget (`L-fit.json` is that workbook).

use std::fmt::Write as _;
use std::path::PathBuf;

use mamori::domain::exchange::{export_tables, tables_zip, CsvOptions, Table};
use mamori::domain::model::Workbook;
use mamori::domain::safety::{workbook_key, Usage, BUDGET_UNITS};
use mamori::domain::storage::packed::is_packed;
use mamori::domain::storage::to_stored;
use mamori::domain::synth::{
    bench_now, largest_share_of_l_that_fits, workbook, Size, DEFAULT_SEED,
};

fn entry(out: &std::path::Path, file: &str, size: Size, wb: &Workbook) -> std::io::Result<String> {
    let json = to_stored(wb);
    let key = workbook_key(wb.id.uuid());
    let usage = Usage::of(&[(key.clone(), json.clone())]);
    std::fs::write(out.join(file), &json)?;
    Ok(format!(
        r#"{{"size":"{}","file":"{}","id":"{}","key":"{}","technologies":{},"scenarios":{},"countermeasures":{},"actors":{},"assessments":{},"exercises":{},"units":{},"percent":{},"json_bytes":{},"packed":{},"first_technology":"{}"}}"#,
        size.name,
        file,
        wb.id,
        key,
        size.technologies,
        size.scenarios,
        size.countermeasures,
        size.actors,
        size.assessments,
        size.exercises,
        usage.units,
        usage.percent(),
        json.len(),
        is_packed(&json),
        wb.technologies
            .first()
            .map(|t| t.id.to_string())
            .unwrap_or_default()
    ))
}

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench-data".into()),
    );
    std::fs::create_dir_all(&out)?;
    let mut sizes = Vec::new();
    for size in Size::ALL {
        let wb = workbook(size, DEFAULT_SEED, bench_now());
        sizes.push(entry(&out, &format!("{}.json", size.name), size, &wb)?);
        std::fs::write(
            out.join(format!("{}.tables.zip", size.name)),
            tables_zip(&wb, CsvOptions::default(), bench_now()),
        )?;
        if size == Size::L {
            for f in export_tables(&wb, CsvOptions::default()) {
                if matches!(
                    f.table,
                    Table::Technologies | Table::Actors | Table::Scenarios
                ) {
                    std::fs::write(out.join(format!("L.{}", f.file_name())), f.text)?;
                }
            }
        }
    }
    // The largest share of L that fits, written only when L itself does not.
    let fit = largest_share_of_l_that_fits(BUDGET_UNITS);
    let fit_entry = if fit < 100 {
        let fit_wb = workbook(Size::scaled_l(fit), DEFAULT_SEED, bench_now());
        let mut fit_size = Size::scaled_l(fit);
        fit_size.name = "L-fit";
        entry(&out, "L-fit.json", fit_size, &fit_wb)?
    } else {
        "null".to_owned()
    };
    let mut summary = String::new();
    let _ = write!(
        summary,
        r#"{{"budget_units":{BUDGET_UNITS},"l_fit_percent":{fit},"sizes":[{}],"l_fit":{fit_entry}}}"#,
        sizes.join(",")
    );
    std::fs::write(out.join("summary.json"), summary)?;
    println!("wrote {}", out.display());
    Ok(())
}
