//! The name of a workbook whose table set had no `workbook.csv` (or one cut
//! before its row): the files carry no name, so one is made up.
//!
//! The importer has no UI language, so it names such a workbook with the
//! placeholder [`IMPORTED_NAME`] and hands back a [`DefaultName`] marker;
//! the shell, which knows the language, calls [`DefaultName::name`] (or
//! `TableImport::name_default` / `LoadedLab::name_default`) to give it a
//! name a person can read: 「取り込んだワークブック（lab03_tables）」.

use crate::domain::model::Workbook;
use crate::domain::text::{Lang, Text};
use crate::domain::validate::NAME_MAX;

/// Placeholder name of a workbook imported without `workbook.csv`, until
/// the shell names it in the UI language (a workbook always has a name).
pub const IMPORTED_NAME: &str = "Imported";

/// The words of the made-up name.
pub const IMPORTED_WORKBOOK: Text = Text::new("取り込んだワークブック", "Imported workbook");

/// Marks a workbook named by default, with the folder or archive its files
/// came from (if any) so that several such labs are told apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefaultName {
    pub source: Option<String>,
}

impl DefaultName {
    /// From the path of one of the set's files (`labs.zip/lab03.zip/technologies.csv`):
    /// its folder or archive (`lab03`, the `.zip` dropped); none for a loose file.
    pub fn from_file(path: &str) -> Self {
        let parent = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        DefaultName::from_folder(parent)
    }

    /// From the folder or archive path the set was read from ("" = loose files).
    pub fn from_folder(folder: &str) -> Self {
        let last = folder.rsplit('/').next().unwrap_or_default();
        let last = match last.len().checked_sub(4) {
            Some(i) if last.is_char_boundary(i) && last[i..].eq_ignore_ascii_case(".zip") => {
                &last[..i]
            }
            _ => last,
        };
        let last = last.trim();
        DefaultName {
            source: (!last.is_empty()).then(|| last.to_owned()),
        }
    }

    /// The name in `lang`, never longer than a workbook name may be (a long
    /// folder name is cut), so the workbook still validates.
    pub fn name(&self, lang: Lang) -> String {
        let base = IMPORTED_WORKBOOK.get(lang);
        let Some(source) = &self.source else {
            return base.to_owned();
        };
        // Room left for the folder after the words and the brackets.
        let room = NAME_MAX - base.chars().count() - 3;
        let source: String = source.chars().take(room).collect();
        match lang {
            Lang::Ja => format!("{base}（{source}）"),
            Lang::En => format!("{base} ({source})"),
        }
    }

    /// Gives `wb` its name in `lang`.
    pub fn apply(&self, wb: &mut Workbook, lang: Lang) {
        wb.name = self.name(lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_or_archive_names_the_workbook_in_either_language() {
        let d = DefaultName::from_file("labs.zip/lab03_tables.ZIP/technologies.csv");
        assert_eq!(d.source.as_deref(), Some("lab03_tables"));
        assert_eq!(d.name(Lang::Ja), "取り込んだワークブック（lab03_tables）");
        assert_eq!(d.name(Lang::En), "Imported workbook (lab03_tables)");
        let folder = DefaultName::from_file("研究室A/technologies.csv");
        assert_eq!(folder.name(Lang::Ja), "取り込んだワークブック（研究室A）");
    }

    #[test]
    fn loose_files_give_the_words_alone() {
        let d = DefaultName::from_file("technologies.csv");
        assert_eq!(d, DefaultName { source: None });
        assert_eq!(d.name(Lang::Ja), "取り込んだワークブック");
        assert_eq!(d.name(Lang::En), "Imported workbook");
        assert_eq!(DefaultName::from_folder(".zip").source, None);
    }

    #[test]
    fn a_long_folder_name_is_cut_so_the_workbook_still_validates() {
        let d = DefaultName::from_folder(&"長".repeat(500));
        for lang in Lang::ALL {
            let name = d.name(lang);
            assert!(name.chars().count() <= NAME_MAX, "{lang:?}");
            let s = crate::domain::validate::Subject::new(
                crate::domain::error::EntityKind::Workbook,
                "",
            );
            assert!(s.name(crate::domain::error::Field::Name, &name).is_ok());
        }
    }

    /// The single import of a table set without `workbook.csv` (the import
    /// screen's path) is marked and named by its folder in the UI
    /// language; a set with its `workbook.csv` is neither.
    #[test]
    fn a_single_import_without_workbook_csv_is_named_in_the_ui_language() {
        use crate::domain::exchange::{export_tables, import_tables, CsvOptions, TextFile};
        use crate::domain::sample::sample_workbook;
        let mut n = 0u128;
        let mut next = || {
            n += 1;
            uuid::Uuid::from_u128(n)
        };
        let wb = sample_workbook(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH, &mut next);
        let files: Vec<TextFile> = export_tables(&wb, CsvOptions::default())
            .into_iter()
            .map(|f| TextFile::new(format!("lab07.zip/{}", f.file_name()), f.text))
            .collect();
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let mut whole = import_tables(&files, now, &mut next);
        assert_eq!(whole.default_name, None);
        whole.name_default(Lang::En);
        assert_eq!(whole.workbook.map(|w| w.name), Some(wb.name.clone()));

        let without: Vec<TextFile> = files
            .into_iter()
            .filter(|f| !f.name.ends_with("/workbook.csv"))
            .collect();
        let r = import_tables(&without, now, &mut next);
        assert_eq!(
            r.default_name,
            Some(DefaultName {
                source: Some("lab07".into())
            })
        );
        for (lang, want) in [
            (Lang::Ja, "取り込んだワークブック（lab07）"),
            (Lang::En, "Imported workbook (lab07)"),
        ] {
            let mut r = r.clone();
            r.name_default(lang);
            assert_eq!(r.workbook.map(|w| w.name).as_deref(), Some(want));
        }
    }

    /// Regression: merging a set without `workbook.csv` into an existing
    /// workbook with "keep newer" replaced its name and settings with the
    /// import's defaults (the import is always the newer).
    #[test]
    fn a_set_without_workbook_csv_merged_keeps_the_existing_head() {
        use crate::domain::exchange::merge::{merge, preview, MergeChoices, MergePolicy};
        use crate::domain::exchange::{export_tables, import_tables, CsvOptions, TextFile};
        use crate::domain::sample::sample_workbook;
        let mut n = 0u128;
        let mut next = || {
            n += 1;
            uuid::Uuid::from_u128(n)
        };
        let mut existing = sample_workbook(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH, &mut next);
        existing.settings.top_share_percent = 30;
        let files: Vec<TextFile> = export_tables(&existing, CsvOptions::default())
            .into_iter()
            .filter(|f| f.table != crate::domain::exchange::Table::Workbook)
            .map(|f| TextFile::new(f.file_name(), f.text))
            .collect();
        let later = time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(400);
        let mut import = import_tables(&files, later, &mut next);
        import.name_default(Lang::En);
        import.keep_head_of(&existing);
        let incoming = import.workbook.expect("the tables import");
        let merged = merge(
            &existing,
            &incoming,
            &MergeChoices::all(MergePolicy::KeepNewer),
        );
        assert_eq!(merged.name, existing.name);
        assert_eq!(merged.settings, existing.settings);
        assert!(preview(Some(&existing), &incoming)
            .conflicts
            .iter()
            .all(|c| c.key.0 != crate::domain::error::EntityKind::Workbook));
    }
}
