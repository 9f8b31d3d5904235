//! Exchange formats end to end: golden files of the sample workbook (a format
//! change is a visible diff), lossless re-import, and files as spreadsheets
//! write them back (BOM or not, CRLF or LF, CP932, quoted line breaks,
//! trailing empty columns) and as people break them.
//!
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test exchange`
//! and review the diff.

use std::path::PathBuf;

use mamori::domain::error::ValidationError;
use mamori::domain::exchange::problem::{ProblemKind, Severity};
use mamori::domain::exchange::*;
use mamori::domain::model::Workbook;
use mamori::domain::sample::sample_workbook;
use mamori::domain::text::Lang;
use time::OffsetDateTime;
use uuid::Uuid;

fn now() -> OffsetDateTime {
    time::macros::datetime!(2025-06-01 09:00 +09:00)
}

fn ids() -> impl FnMut() -> Uuid {
    let mut n = 0u128;
    move || {
        n += 1;
        Uuid::from_u128(n)
    }
}

/// Ids for records an import must create, far from the sample's.
fn new_ids() -> impl FnMut() -> Uuid {
    let mut n = 0xF000_0000u128;
    move || {
        n += 1;
        Uuid::from_u128(n)
    }
}

fn sample(lang: Lang) -> Workbook {
    sample_workbook(lang, now(), &mut ids())
}

/// The sample as a format-4 set held it: the export status without the
/// rest of the classification, no trade-secret checklist, default review
/// periods, and people only as the key persons' names (re-created on import
/// with ids derived from the names, linked as key persons).
fn as_format_4(mut wb: Workbook) -> Workbook {
    use mamori::domain::ids::{derived_uuid, AccessId, PersonId};
    use mamori::domain::model::{
        AccessLink, Classification, Person, Settings, TradeSecretChecklist,
    };
    let defaults = Settings::default();
    wb.settings.declaration_period_days = defaults.declaration_period_days;
    wb.settings.disclosure_period_days = defaults.disclosure_period_days;
    let wid = wb.id.to_string();
    let mut people: Vec<Person> = Vec::new();
    let mut access = Vec::new();
    for t in &mut wb.technologies {
        t.classification = Classification::of(t.classification.result);
        t.trade_secret = TradeSecretChecklist::default();
    }
    for t in &wb.technologies {
        for name in wb.key_person_names(t.id) {
            let id = PersonId::new(derived_uuid(&["person", &wid, &name]));
            if !people.iter().any(|p| p.id == id) {
                people.push(Person::new(id, name.clone()));
            }
            let tid = t.id.to_string();
            access.push(AccessLink {
                id: AccessId::new(derived_uuid(&["access", &tid, &id.to_string()])),
                person_id: id,
                technology_id: t.id,
                key_person: true,
            });
        }
    }
    wb.people = people;
    wb.access = access;
    wb
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Whether the golden files are to be rewritten (`UPDATE_GOLDEN=1`). Refused
/// in CI (`CI=true`): there a rewrite would turn every golden comparison into
/// a pass, so CI could never catch a changed file.
fn update_golden(update: Option<&str>, ci: Option<&str>) -> Result<bool, String> {
    let update = update == Some("1");
    let ci = matches!(ci, Some("true" | "1"));
    if update && ci {
        return Err(
            "UPDATE_GOLDEN=1 is refused when CI=true: golden files are rewritten on a \
                    developer's machine and the diff is reviewed, never in CI"
                .into(),
        );
    }
    Ok(update)
}

#[test]
fn update_golden_is_refused_in_ci() {
    assert_eq!(update_golden(Some("1"), None), Ok(true));
    assert_eq!(update_golden(None, Some("true")), Ok(false));
    assert_eq!(update_golden(Some("0"), Some("true")), Ok(false));
    assert!(update_golden(Some("1"), Some("true")).is_err());
    assert!(update_golden(Some("1"), Some("1")).is_err());
}

/// Compares `actual` with the golden file byte for byte, or rewrites it when
/// `UPDATE_GOLDEN=1` (never in CI, see `update_golden`).
fn golden(rel: &str, actual: &[u8]) {
    let path = golden_dir().join(rel);
    let env = |k: &str| std::env::var(k).ok();
    let update = update_golden(env("UPDATE_GOLDEN").as_deref(), env("CI").as_deref())
        .unwrap_or_else(|e| panic!("{e}"));
    if update {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create golden dir");
        }
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected =
        std::fs::read(&path).unwrap_or_else(|_| panic!("missing {rel}: run with UPDATE_GOLDEN=1"));
    assert!(
        expected == actual,
        "{rel} differs from the golden file; if the change is intended, run UPDATE_GOLDEN=1 and review the diff\n--- actual ---\n{}",
        String::from_utf8_lossy(actual)
    );
}

fn text_files(wb: &Workbook, options: CsvOptions) -> Vec<TextFile> {
    export_tables(wb, options)
        .into_iter()
        .map(|f| TextFile::new(f.file_name(), f.text))
        .collect()
}

fn reimport(files: &[TextFile]) -> TableImport {
    import_tables(files, now(), &mut new_ids())
}

#[test]
fn golden_tables_of_the_sample() {
    for f in export_tables(&sample(Lang::Ja), CsvOptions::default()) {
        golden(&format!("csv/{}", f.file_name()), f.text.as_bytes());
    }
}

#[test]
fn sample_tables_reimport_exactly_in_both_languages_and_line_endings() {
    for lang in Lang::ALL {
        let wb = sample(lang);
        for options in [
            CsvOptions::default(),
            CsvOptions {
                bom: false,
                crlf: false,
            },
        ] {
            let r = reimport(&text_files(&wb, options));
            assert!(r.is_clean(), "{:#?}", r.problems);
            assert_eq!(r.workbook.as_ref(), Some(&wb));
        }
    }
}

#[test]
fn the_table_zip_reimports_exactly() {
    let wb = sample(Lang::Ja);
    let zip = tables_zip(&wb, CsvOptions::default(), now());
    let r = import_files(
        vec![BinaryFile::new("lab_tables_2025-06-01.zip", zip)],
        &encoding::no_shift_jis,
        now(),
        &mut new_ids(),
    );
    assert!(r.is_clean(), "{:#?}", r.problems);
    assert_eq!(r.workbook, Some(wb));
}

#[test]
fn the_backup_restores_exactly() {
    let wb = sample(Lang::En);
    let r = import_files(
        vec![BinaryFile::new("x_backup.json", backup_json(&wb))],
        &encoding::no_shift_jis,
        now(),
        &mut new_ids(),
    );
    assert!(r.is_clean());
    assert_eq!(r.workbook, Some(wb));
}

fn sjis(text: &str) -> Vec<u8> {
    encoding_rs::SHIFT_JIS.encode(text).0.into_owned()
}

fn decode_sjis(bytes: &[u8]) -> Option<String> {
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(bytes);
    (!bad).then(|| text.into_owned())
}

#[test]
fn excel_cp932_files_without_bom_with_trailing_columns_import() {
    let wb = sample(Lang::Ja);
    // What Japanese Excel writes when saving "CSV (comma separated)": CP932,
    // CRLF, no BOM, and here trailing empty columns too.
    let files: Vec<BinaryFile> = export_tables(&wb, CsvOptions::default())
        .into_iter()
        .map(|f| {
            let body = f.text.trim_start_matches('\u{feff}');
            let widened: String = body
                .split_inclusive("\r\n")
                .map(|l| match l.strip_suffix("\r\n") {
                    Some(l) => format!("{l},,\r\n"),
                    None => l.to_owned(),
                })
                .collect();
            BinaryFile::new(f.file_name(), sjis(&widened))
        })
        .collect();
    assert_eq!(detect_encoding(&files[2].bytes), Encoding::ShiftJis);
    let r = import_files(files, &decode_sjis, now(), &mut new_ids());
    assert!(r.is_clean(), "{:#?}", r.problems);
    assert_eq!(r.workbook, Some(wb));
}

#[test]
fn hand_edited_file_reports_every_problem_with_its_place() {
    let w = "00000000-0000-0000-0000-0000000000aa";
    let t1 = "00000000-0000-0000-0000-000000000001";
    let text = format!(
        "technology_id,workbook_id,name,category,leak_impact,colour\n\
         {t1},{w},\"Two\nlines\",research_data,5,red\n\
         not-a-uuid,{w},B,research_data,,\n\
         00000000-0000-0000-0000-000000000002,{w},C,rocket_science,7,\n\
         {t1},{w},Dup,other,,\n\
         00000000-0000-0000-0000-000000000003,{w},,other,,\n"
    );
    let scen = format!(
        "workbook_id,scenario_id,technology_id,title\n\
         {w},00000000-0000-0000-0000-000000000010,00000000-0000-0000-0000-000000000002,S\n"
    );
    let r = reimport(&[
        TextFile::new("technologies.csv", text),
        TextFile::new("scenarios.csv", scen),
    ]);
    let wb = r.workbook.clone().expect("valid part imported");
    assert_eq!(wb.technologies.len(), 1);
    assert_eq!(wb.technologies[0].name, "Two\nlines");
    assert!(wb.scenarios.is_empty());
    assert!(wb.validate().is_empty());
    let find = |pred: &dyn Fn(&ProblemKind) -> bool| {
        r.problems
            .iter()
            .find(|p| pred(&p.kind))
            .unwrap_or_else(|| panic!("{:#?}", r.problems))
            .clone()
    };
    let p = find(&|k| matches!(k, ProblemKind::UnknownColumn { column } if column == "colour"));
    assert_eq!(
        (p.line, p.column_index, p.severity),
        (Some(1), Some(6), Severity::Warning)
    );
    let p = find(&|k| matches!(k, ProblemKind::BadId { .. }));
    assert_eq!((p.line, p.column_index), (Some(4), Some(1)));
    let p =
        find(&|k| matches!(k, ProblemKind::UnknownCode { value, .. } if value == "rocket_science"));
    assert_eq!(p.line, Some(5));
    let p = find(&|k| matches!(k, ProblemKind::BadRating { value } if value == "7"));
    assert_eq!(
        (p.line, p.column.as_deref()),
        (Some(5), Some("leak_impact"))
    );
    let p = find(&|k| matches!(k, ProblemKind::DuplicateId { .. }));
    assert_eq!(p.line, Some(6));
    let p = find(&|k| matches!(k, ProblemKind::Invalid(ValidationError::Required { .. })));
    assert_eq!(p.line, Some(7));
    // The scenario points at the technology skipped for its bad code.
    let p = find(&|k| matches!(k, ProblemKind::Dangling { .. }));
    assert_eq!((p.file.as_str(), p.line), ("scenarios.csv", Some(2)));
    assert_eq!(
        r.skipped_rows()
            .filter(|p| p.file == "technologies.csv")
            .map(|p| p.line)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        4
    );
    for p in &r.problems {
        assert!(!p.message(Lang::Ja).is_empty() && !p.message(Lang::En).is_empty());
        assert!(!p.location(Lang::Ja).is_empty());
    }
}

#[test]
fn empty_and_foreign_files_are_problems_not_crashes() {
    let r = reimport(&[TextFile::new("technologies.csv", "")]);
    assert!(r.workbook.is_none());
    assert_eq!(r.problems[0].kind, ProblemKind::EmptyFile);
    let r = reimport(&[TextFile::new("notes.csv", "hello,world\n1,2\n")]);
    assert!(r.workbook.is_none());
    assert_eq!(r.problems[0].kind, ProblemKind::UnknownTable);
}

#[test]
fn formulas_are_neutralised_on_export_and_restored_on_import() {
    let mut wb = sample(Lang::En);
    wb.technologies[0].name = "=HYPERLINK(\"http://x\")".into();
    wb.technologies[0].description = "'already quoted".into();
    wb.people[0].name = "-dash".into();
    wb.people[1].name = "@at".into();
    let files = text_files(&wb, CsvOptions::default());
    let tech = &files
        .iter()
        .find(|f| f.name == "technologies.csv")
        .expect("file")
        .text;
    assert!(tech.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{tech}");
    assert!(tech.contains(",''already quoted,"), "{tech}");
    assert!(tech.contains("\"'-dash\n@at\""), "{tech}");
    let r = reimport(&files);
    assert_eq!(r.workbook, Some(wb));
}

#[test]
fn golden_risk_registers_and_redacted_technologies() {
    use mamori::domain::exchange::redact::{redact, RedactionOptions};
    use mamori::domain::exchange::register::risk_register;
    for lang in Lang::ALL {
        let text = risk_register(&sample(lang), lang, CsvOptions::default());
        golden(
            &format!("register/risk_register_{}.csv", lang.code()),
            text.as_bytes(),
        );
    }
    let r = redact(&sample(Lang::Ja), &RedactionOptions::default());
    for f in export_tables(&r, CsvOptions::default()) {
        if matches!(f.table, Table::Technologies | Table::Exercises) {
            golden(&format!("redacted/{}", f.file_name()), f.text.as_bytes());
        }
    }
}

#[test]
fn a_zip_of_labs_zips_rolls_up_and_the_combined_tables_reimport() {
    use mamori::domain::exchange::portfolio::{combined_tables, portfolio};
    use mamori::domain::exchange::zip::write_zip;
    let labs: Vec<Workbook> = (0..3u128)
        .map(|i| {
            let mut n = i * 10_000;
            sample_workbook(Lang::Ja, now(), &mut || {
                n += 1;
                Uuid::from_u128(n)
            })
        })
        .collect();
    let inner: Vec<BinaryFile> = labs
        .iter()
        .enumerate()
        .map(|(i, wb)| {
            BinaryFile::new(
                format!("lab{i}.zip"),
                tables_zip(wb, CsvOptions::default(), now()),
            )
        })
        .collect();
    let outer = write_zip(&inner, now());
    let rollup = import_many_files(
        vec![BinaryFile::new("labs.zip", outer)],
        &encoding::no_shift_jis,
        now(),
        &mut new_ids(),
    );
    assert!(rollup.problems.is_empty(), "{:#?}", rollup.problems);
    assert_eq!(rollup.workbooks(), labs);
    let p = portfolio(rollup.labs, now().date());
    assert_eq!(p.summaries.len(), 3);
    assert_eq!(p.total.technologies, 3 * labs[0].technologies.len());
    // The combined set (one header, rows of all labs) splits back per lab.
    let combined: Vec<TextFile> = combined_tables(&p, CsvOptions::default())
        .into_iter()
        .map(|f| TextFile::new(f.file_name(), f.text))
        .collect();
    let (again, problems) = import_many(&combined, now(), &mut new_ids());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(again, labs);
}

#[test]
fn importing_a_file_of_another_workbook_reports_its_rows() {
    let a = sample(Lang::Ja);
    let mut n = 50_000u128;
    let b = sample_workbook(Lang::Ja, now(), &mut || {
        n += 1;
        Uuid::from_u128(n)
    });
    let mut files = text_files(&a, CsvOptions::default());
    let other = export_table(&b, Table::Actors, CsvOptions::default());
    files.push(TextFile::new("other/actors.csv", other.text));
    let r = reimport(&files);
    assert_eq!(r.workbook, Some(a));
    assert_eq!(
        r.skipped_rows()
            .filter(|p| matches!(p.kind, ProblemKind::OtherWorkbook { .. }))
            .count(),
        b.actors.len()
    );
}

#[test]
fn a_large_workbook_exports_and_imports_whole() {
    // 100 labs' worth of the sample in one workbook-sized set: every record
    // comes back. How fast is measured by `cargo xtask bench`
    // (docs/performance.md), not asserted here: no test depends on timing
    // (issue #18).
    let mut wb = sample(Lang::Ja);
    let base = wb.clone();
    for k in 1..100u128 {
        let mut n = k * 100_000;
        let copy = sample_workbook(Lang::Ja, now(), &mut || {
            n += 1;
            Uuid::from_u128(n)
        });
        wb.technologies.extend(copy.technologies);
        wb.actors.extend(copy.actors);
        wb.assessments.extend(copy.assessments);
        wb.scenarios.extend(copy.scenarios);
        wb.countermeasures.extend(copy.countermeasures);
        wb.exercises.extend(copy.exercises);
    }
    assert!(wb.validate().is_empty());
    let r = reimport(&text_files(&wb, CsvOptions::default()));
    assert_eq!(
        r.workbook.as_ref().map(|w| w.scenarios.len()),
        Some(100 * base.scenarios.len())
    );
}

#[test]
fn every_table_and_column_is_documented() {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/csv-format.md"),
    )
    .expect("docs/csv-format.md");
    for t in Table::ALL {
        assert!(doc.contains(&format!("`{}.csv`", t.name())), "{}", t.name());
        for c in t.columns() {
            assert!(
                doc.contains(&format!("`{}`", c.name)),
                "{}.{}",
                t.name(),
                c.name
            );
        }
    }
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// CSV-ish text: the characters that matter to the parser, ids and codes.
    fn csvish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just(",".to_owned()),
                Just("\"".to_owned()),
                Just("\r\n".to_owned()),
                Just("\n".to_owned()),
                Just("'".to_owned()),
                Just("00000000-0000-0000-0000-000000000004".to_owned()),
                Just("00000000-0000-0000-0000-000000000001".to_owned()),
                Just("technology_id".to_owned()),
                Just("workbook_id".to_owned()),
                Just("name".to_owned()),
                Just("category".to_owned()),
                Just("other".to_owned()),
                Just("5".to_owned()),
                "[\\PC]{0,4}",
            ],
            0..60,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn importing_any_text_gives_a_valid_workbook_or_none(
            a in csvish(), b in csvish(), table in 0usize..14
        ) {
            let t = Table::ALL[table];
            let files = vec![
                TextFile::new(format!("{}.csv", t.name()), format!("{}\n{a}", t.header().join(","))),
                TextFile::new("technologies.csv", b),
            ];
            let r = import_tables(&files, now(), &mut new_ids());
            if let Some(wb) = &r.workbook {
                prop_assert_eq!(wb.validate(), vec![]);
            }
            for p in &r.problems {
                prop_assert!(!p.message(Lang::Ja).is_empty());
            }
        }

        #[test]
        fn reading_any_bytes_as_a_zip_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let mut b = b"PK\x03\x04".to_vec();
            b.extend(&bytes);
            b.extend(b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00");
            b.extend(&bytes.iter().take(10).copied().collect::<Vec<u8>>());
            let _ = zip::read_zip(&b);
            let _ = zip::read_zip(&bytes);
        }
    }
}

/// A frozen set as Japanese Excel saves it after "Save as CSV": CP932, no
/// BOM, CRLF, booleans as TRUE/FALSE, dates as YYYY/M/D and two trailing
/// empty columns (made from the golden files; see tests/fixtures/csv/).
#[test]
fn frozen_excel_cp932_fixture_imports_as_the_sample() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv/excel_cp932");
    let mut files = Vec::new();
    // Frozen in format 4: the tables added later (workshops, format 5) are
    // not in it. One cell was edited since, byte for byte in CP932, when the
    // sample's element named after a person was renamed (issue #14:
    // 「ポスドクAの結晶成長のノウハウ」 → 「結晶成長のノウハウ（一人のポスドクに依存）」).
    for t in Table::ALL.into_iter().filter(|t| t.columns()[0].since <= 4) {
        let name = format!("{}.csv", t.name());
        let bytes = std::fs::read(dir.join(&name)).expect("fixture file");
        // ASCII-only tables (link tables) are valid UTF-8 as well.
        if !bytes.is_ascii() {
            assert_eq!(detect_encoding(&bytes), Encoding::ShiftJis, "{name}");
        }
        files.push(BinaryFile::new(name, bytes));
    }
    let r = import_files(files, &decode_sjis, now(), &mut new_ids());
    assert!(r.is_clean(), "{:#?}", r.problems);
    assert_eq!(r.workbook, Some(as_format_4(sample(Lang::Ja))));
}

#[test]
fn too_long_workbook_fields_skip_the_row_and_the_result_still_validates() {
    let wb = sample(Lang::En);
    let mut files = text_files(&wb, CsvOptions::default());
    let long = "x".repeat(300);
    if let Some(f) = files.iter_mut().find(|f| f.name == "workbook.csv") {
        f.text = f.text.replace("Example Institute of Technology", &long);
    }
    let r = reimport(&files);
    let got = r.workbook.clone().expect("a workbook");
    assert!(got.validate().is_empty());
    assert_eq!(got.name, import::IMPORTED_NAME);
    assert!(r.default_name.is_some(), "marked for the shell to name");
    assert!(r
        .skipped_rows()
        .any(|p| p.file == "workbook.csv" && p.column.as_deref() == Some("organisation")));
}

/// Text cells a spreadsheet would evaluate, one per technology name (and in a
/// list cell), and text it would convert to a number, date or boolean, in a
/// golden file of their own: `tests/interop/` opens it in LibreOffice and
/// checks that every such cell arrives as text, never as a formula, while the
/// numeric columns stay numbers, and that the file saved back re-imports
/// unchanged ([`neutralised_workbook`] is what it must give).
#[test]
fn golden_neutralised_cells() {
    let wb = neutralised_workbook();
    // The tables that differ from the sample's: since format 5 the key
    // persons are people records, so their hostile names live in
    // `people.csv` (and `access.csv` links one of them differently).
    for f in export_tables(&wb, CsvOptions::default()) {
        if NEUTRALISED_TABLES.contains(&f.table) {
            golden(&format!("neutralised/{}", f.file_name()), f.text.as_bytes());
        }
    }
    let r = reimport(&text_files(&wb, CsvOptions::default()));
    assert_eq!(r.workbook, Some(wb));
}

/// The tables of `tests/golden/neutralised/`.
const NEUTRALISED_TABLES: [Table; 3] = [Table::Technologies, Table::People, Table::Access];

/// The sample with hostile and value-like texts (see
/// [`golden_neutralised_cells`]); its tables other than
/// [`NEUTRALISED_TABLES`] are the sample's, as in `tests/golden/csv/`.
fn neutralised_workbook() -> Workbook {
    let mut wb = sample(Lang::Ja);
    let hostile = [
        "=1+2 危険な名前",
        "+81 3 1234 5678",
        "-5",
        "@SUM(A1:A2)",
        "＝全角の式",
    ];
    for (t, name) in wb.technologies.iter_mut().zip(hostile) {
        t.name = name.into();
    }
    wb.people[0].name = "=CMD()".into();
    wb.people[1].name = "-山田".into();
    // Text a spreadsheet would convert (and save back changed), in text and
    // list columns of the technology without a hostile name.
    let t = &mut wb.technologies[5];
    t.name = "00123".into();
    t.description = "1E5".into();
    t.owner_unit = "1/2".into();
    t.management = "2025-06-01".into();
    t.access.notes = "50%".into();
    t.notes = "TRUE".into();
    t.storage_locations = vec!["１２３".into()];
    let tid = t.id;
    if let Some(p) = wb.people.get_mut(2) {
        p.name = "12:30".into();
    }
    if let Some(a) = wb
        .access
        .iter_mut()
        .find(|a| a.person_id == wb.people[2].id)
    {
        a.technology_id = tid;
        a.key_person = true;
    }
    wb
}

/// The golden tables after a spreadsheet round trip re-import unchanged.
/// Run by `tests/interop/check_libreoffice.py`, which opens every golden
/// table in LibreOffice Calc with default options, saves it as .xlsx,
/// converts that back to CSV and points `MAMORI_ROUNDTRIP_DIR` at the result
/// (`csv/` with all tables of the sample, `neutralised/` with
/// [`NEUTRALISED_TABLES`]).
/// Ignored in a plain `cargo test`: it needs those files.
#[test]
#[ignore = "needs MAMORI_ROUNDTRIP_DIR from tests/interop/check_libreoffice.py"]
fn spreadsheet_round_trip_reimports_unchanged() {
    let Some(dir) = std::env::var_os("MAMORI_ROUNDTRIP_DIR").map(PathBuf::from) else {
        panic!("set MAMORI_ROUNDTRIP_DIR (run tests/interop/check_libreoffice.py)");
    };
    let read = |path: PathBuf| {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = encoding::decode(&bytes, &encoding::no_shift_jis)
            .unwrap_or_else(|| panic!("{}: not UTF-8", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        TextFile::new(name.unwrap_or_default(), text)
    };
    let mut files: Vec<TextFile> = Table::ALL
        .iter()
        .map(|t| read(dir.join("csv").join(format!("{}.csv", t.name()))))
        .collect();
    let check = |files: &[TextFile], want: Workbook, what: &str| {
        let r = reimport(files);
        assert!(r.is_clean(), "{what}: {:#?}", r.problems);
        let got = r.workbook.unwrap_or_else(|| panic!("{what}: no workbook"));
        for (g, w) in got.technologies.iter().zip(&want.technologies) {
            assert_eq!(g, w, "{what}: a technology changed");
        }
        assert_eq!(got, want, "{what}: a record changed");
    };
    check(&files, sample(Lang::Ja), "tests/golden/csv");
    for t in NEUTRALISED_TABLES {
        let name = format!("{}.csv", t.name());
        if let Some(f) = files.iter_mut().find(|f| f.name == name) {
            *f = read(dir.join("neutralised").join(&name));
        }
    }
    check(&files, neutralised_workbook(), "tests/golden/neutralised");
}

/// The committed zip seeds of the fuzz targets (`fuzz/make_zip_seeds.py`)
/// reach what they claim: the readable ones expand (so the fuzzer starts
/// inside the zip reader, not at its first check), the bombs are refused for
/// the reason in their name, and the table zips of `csv_import` import.
#[test]
fn fuzz_zip_seeds_reach_the_zip_reader() {
    use mamori::domain::exchange::zip::{Expander, Limits, ZipError};
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    // zip_expand's limits (fuzz/fuzz_targets/zip_expand.rs).
    let limits = Limits {
        bytes: 2 * 1024 * 1024,
        entries: 500,
    };
    let seed = |dir: &str, name: &str| -> (u8, Vec<u8>) {
        let bytes = std::fs::read(fuzz.join(dir).join(name)).expect("seed exists");
        (bytes[0], bytes[1..].to_vec())
    };
    let expand = |name: &str| {
        let (how, bytes) = seed("zip_expand", name);
        let copies = usize::from(how & 3) + 1;
        let picked = (0..copies)
            .map(|i| BinaryFile::new(format!("p{i}.zip"), bytes.clone()))
            .collect();
        Expander::with_limits(picked, limits).finish()
    };
    for (name, files) in [
        ("stored.zip", 2),
        ("deflated.zip", 2),
        ("nested.zip", 3),
        ("finder.zip", 1),
        ("cp437_name.zip", 1),
        ("empty.zip", 0),
    ] {
        let (out, errors) = expand(name);
        assert_eq!((out.len(), errors), (files, vec![]), "{name}");
    }
    let refused = |name: &str| {
        expand(name)
            .1
            .into_iter()
            .map(|(_, e)| e)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        refused("bomb_one_entry.zip"),
        vec![ZipError::TooLarge(limits.bytes)]
    );
    assert_eq!(
        refused("bomb_nested.zip"),
        vec![ZipError::TooLarge(limits.bytes)]
    );
    assert!(matches!(
        refused("bomb_overlap.zip")[..],
        [ZipError::OverlappingEntries(_)]
    ));
    assert_eq!(
        refused("many_entries_nested.zip"),
        vec![ZipError::TooManyEntries(limits.entries)]
    );
    // Four copies of a 1 MiB zip share the 2 MiB budget: one fits.
    let (out, errors) = expand("copies_nested_bomb.bin");
    assert_eq!((out.len(), errors.len()), (1, 3), "{errors:?}");

    for name in [
        "zip_stored.seed",
        "zip_deflated_all_tables.seed",
        "zip_nested.seed",
    ] {
        let (pick, bytes) = seed("csv_import", name);
        assert_eq!(pick % 8, 6, "{name} is read as exports.zip");
        let r = import_files(
            vec![BinaryFile::new("exports.zip", bytes)],
            &encoding::no_shift_jis,
            now(),
            &mut new_ids(),
        );
        assert!(r.workbook.is_some(), "{name}: {:?}", r.problems);
    }
}

/// Format 3: records made from the catalogue carry their entry's source in a
/// derived `source` column, looked up from the stored catalogue id; records
/// made from scratch leave it empty, and the importer ignores it.
#[test]
fn source_columns_follow_the_catalogue_id() {
    let mut wb = sample(Lang::En);
    wb.countermeasures[0].catalog_id = None;
    let column = |table: Table| -> Vec<String> {
        let text = export_table(&wb, table, CsvOptions::default()).text;
        let mut reader =
            csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let at = reader
            .headers()
            .expect("header")
            .iter()
            .position(|h| h == "source")
            .expect("a source column");
        // Appended after the format-2 columns (format 4 appended more after it).
        let format_2 = match table {
            Table::Scenarios => 20,
            _ => table.columns().len() - 1,
        };
        assert_eq!(at, format_2, "{table:?}: appended after format 2's columns");
        reader
            .records()
            .map(|r| r.expect("row").get(at).unwrap_or_default().to_owned())
            .collect()
    };
    // pat_proc_usb_before_abroad restates 004 §5; pat_proc_research_collaboration_cover 004 §4.
    let scenarios = column(Table::Scenarios);
    assert_eq!(scenarios[0], "004 §5");
    assert_eq!(scenarios[3], "004 §4");
    // act_state_talent_programme is derived from 004 §3.
    assert_eq!(column(Table::Actors)[0], "derived from 004 §3");
    let measures = column(Table::Countermeasures);
    assert_eq!(measures[0], "", "no catalogue id, no source");
    assert_eq!(measures[3], "001 §4.1");
    // The importer ignores the derived column: the sample comes back whole.
    let r = reimport(&text_files(&wb, CsvOptions::default()));
    assert_eq!(r.workbook, Some(wb));
}

/// A set written before the exercise response columns existed (format 3)
/// imports clean; the same set claiming format 4 warns that they are missing
/// (regression: every format-3 file warned MissingOptionalColumn).
#[test]
fn columns_newer_than_the_declared_format_are_not_missed() {
    let strip = |version: &str| {
        let mut files = text_files(&sample(Lang::En), CsvOptions::default());
        for f in &mut files {
            if f.name == "exercises.csv" {
                // Drop the last three cells of every record (quoted line
                // breaks included), as a format-3 export wrote it.
                let mut rdr = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(f.text.trim_start_matches('\u{feff}').as_bytes());
                let mut out = csv::Writer::from_writer(Vec::new());
                for rec in rdr.records() {
                    let rec = rec.expect("our own CSV");
                    let keep: Vec<&str> = rec.iter().take(rec.len() - 3).collect();
                    out.write_record(keep).expect("in memory");
                }
                let bytes = out.into_inner().expect("in memory");
                f.text = String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out");
            }
            if f.name == "workbook.csv" {
                f.text = f.text.replacen(
                    &format!(",{},", mamori::domain::exchange::FORMAT_VERSION),
                    &format!(",{version},"),
                    1,
                );
            }
        }
        reimport(&files)
    };
    let missing = |r: &TableImport| -> Vec<String> {
        r.problems
            .iter()
            .filter_map(|p| match &p.kind {
                ProblemKind::MissingOptionalColumn { column } => Some(column.clone()),
                _ => None,
            })
            .collect()
    };
    let v3 = strip("3");
    assert!(v3.is_clean(), "{:#?}", v3.problems);
    assert_eq!(v3.workbook, Some(sample(Lang::En)));
    let v4 = strip("4");
    assert_eq!(missing(&v4), ["response", "response_notes", "in_the_know"]);
}

/// The sample with a workshop session: two passes, an outcome, an
/// abstention, names and reasons (format 5, issue #15).
fn with_workshop(lang: Lang) -> Workbook {
    use mamori::domain::ids::{ParticipantId, SessionId};
    use mamori::domain::rating::{Rating, RatingAxis};
    use mamori::domain::workshop::{
        apply_outcome, AgreementRule, ItemKey, OutcomeMethod, RatingSession,
    };
    let mut wb = sample(lang);
    let r = |v: u8| Rating::new(v).ok();
    let id = SessionId::new(Uuid::from_u128(0x5E55));
    let p = |n: u128| ParticipantId::new(Uuid::from_u128(0x9A00 + n));
    let mut s = RatingSession::new(
        id,
        "Market, \"pass\" 1",
        "Consultant",
        AgreementRule::default(),
        now(),
    );
    for (n, (pseudo, name)) in [("P1", "Aoki"), ("P2", ""), ("P3", "=cmd")]
        .into_iter()
        .enumerate()
    {
        s.add_participant(p(n as u128), pseudo, name).expect("adds");
    }
    let tech = ItemKey {
        record: wb.technologies[0].id.uuid(),
        axis: RatingAxis::MarketImportance,
    };
    let threat = ItemKey {
        record: wb.assessments[0].id.uuid(),
        axis: RatingAxis::Intent,
    };
    s.add_item(tech).expect("adds");
    s.add_item(threat).expect("adds");
    s.submit(
        p(0),
        &[
            (tech, r(2), "two,\nlines".into()),
            (threat, r(4), String::new()),
        ],
    )
    .expect("rates");
    s.submit(p(1), &[(tech, r(5), String::new())])
        .expect("rates");
    s.submit(
        p(2),
        &[(tech, r(4), String::new()), (threat, r(4), String::new())],
    )
    .expect("rates");
    s.reveal(now()).expect("reveals");
    wb.workshops.push(s);
    apply_outcome(
        &mut wb,
        id,
        threat,
        Rating::new(4).expect("4"),
        OutcomeMethod::Agreed,
        "all 4",
        "",
        now(),
    )
    .expect("applies");
    wb.workshops[0].new_pass().expect("re-vote");
    wb.workshops[0]
        .submit(p(1), &[(tech, r(4), String::new())])
        .expect("rates");
    wb
}

#[test]
fn workshop_tables_golden_and_reimport_exactly() {
    let wb = with_workshop(Lang::Ja);
    for f in export_tables(&wb, CsvOptions::default()) {
        if f.file_name().starts_with("workshop") {
            golden(
                &format!("csv-workshop/{}", f.file_name()),
                f.text.as_bytes(),
            );
        }
    }
    for lang in Lang::ALL {
        let wb = with_workshop(lang);
        let r = reimport(&text_files(&wb, CsvOptions::default()));
        assert!(r.is_clean(), "{:#?}", r.problems);
        assert_eq!(
            r.workbook.as_ref().map(|w| &w.workshops),
            Some(&wb.workshops)
        );
        assert_eq!(r.workbook.as_ref(), Some(&wb));
    }
}

#[test]
fn redacted_workshop_tables_drop_names_and_free_text_keep_pseudonyms() {
    use mamori::domain::exchange::redact::{redact, RedactionOptions, WITHHELD};
    let red = redact(&with_workshop(Lang::En), &RedactionOptions::default());
    let s = &red.workshops[0];
    // Names are withheld (`***`, so "named" still reads true), pseudonyms kept.
    assert!(s
        .participants
        .iter()
        .all(|p| (p.name.is_empty() || p.name == WITHHELD) && !p.pseudonym.is_empty()));
    assert!(s.participants.iter().any(|p| p.name == WITHHELD));
    assert_eq!(s.facilitator, WITHHELD);
    assert!(s
        .passes
        .iter()
        .flat_map(|p| &p.votes)
        .all(|v| v.reason.is_empty()));
    let files = export_tables(&red, CsvOptions::default());
    let people = files
        .iter()
        .find(|f| f.file_name() == "workshop_participants.csv")
        .expect("table");
    assert!(!people.text.contains("Aoki") && people.text.contains("P1"));
}
