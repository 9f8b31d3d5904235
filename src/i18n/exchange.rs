//! Messages of the import & export screen, the import into a new workbook and
//! the roll-up (portfolio) of many labs' exports.

messages! {
    NAV = "入出力", "Import & export";
    TITLE = "入出力（インポート・エクスポート）", "Import & export";
    INTRO = "ファイルはこのブラウザの中で作られ、そのままダウンロードされます。どこにも送信されません。", "Files are made inside this browser and downloaded directly. Nothing is sent anywhere.";

    // Exports
    EXPORT_TITLE = "エクスポート", "Export";
    CSV_OPTIONS = "CSVの形式", "CSV format";
    OPT_BOM = "先頭にBOM（バイト順マーク）を付ける", "Start with a byte-order mark (BOM)";
    OPT_BOM_HELP = "日本語版Windowsの Excel でダブルクリックして開くには BOM が必要です（ないと文字化けします）。pandas・DuckDB はどちらでも読めます。", "Excel on Japanese Windows needs the BOM to open the file without garbled text. pandas and DuckDB read either.";
    OPT_CRLF = "改行を CRLF にする（Windows 形式）", "End lines with CRLF (Windows style)";
    OPT_CRLF_HELP = "Excel の標準です。LF のみを好むツール向けには外してください。", "Excel's default. Untick for tools that prefer LF only.";
    EXPORT_ALL = "全テーブルのCSV（ZIP）", "All tables as CSV (zip)";
    EXPORT_ALL_HELP = "データ交換用の形式です。再インポートや、pandas・DuckDB での集計に使えます。", "The data-exchange format: re-import it, or load it with pandas or DuckDB.";
    EXPORT_ONE_TITLE = "テーブルを個別にダウンロード", "Download one table";
    EXPORT_REGISTER = "リスク登録簿（CSV・Excel 用）", "Risk register (CSV for Excel)";
    EXPORT_REGISTER_HELP = "漏洩シナリオごとに1行、見出しと区分は画面の言語で出力します。閲覧用で、再インポートはできません。", "One row per leak scenario, headers and labels in the UI language. For reading; it cannot be re-imported.";
    EXPORT_BACKUP = "バックアップ（JSON）", "Backup (JSON)";
    EXPORT_BACKUP_HELP = "ワークブック全体を1つのファイルに保存します。インポートすると完全に元に戻ります。", "The whole workbook in one file; importing it restores everything exactly.";
    REDACT_TITLE = "墨消ししたエクスポート（研究室外への共有用）", "Redacted export (for sharing outside the lab)";
    REDACT_HELP = "評価値・階層・対策の状況は残し、選んだ項目を削除または記号に置き換えます。", "Ratings, tiers and statuses are kept; the items you tick are removed or replaced by codes.";
    REDACT_FREE_TEXT = "自由記述（説明・シナリオの内容・備考など）を削除", "Remove free text (descriptions, narratives, notes…)";
    REDACT_PEOPLE = "人名（評価者・担当者・参加者など）を削除", "Remove names of people (assessor, owners, participants…)";
    REDACT_EVIDENCE = "脅威評価の根拠を削除", "Remove threat-assessment evidence";
    REDACT_STORAGE = "保管場所を削除", "Remove storage locations";
    REDACT_TECH_NAMES = "重要技術の名称を記号（T001…）に置換", "Replace technology names by codes (T001…)";
    REDACT_ACTOR_NAMES = "脅威プレイヤーの名称を記号（A001…）に置換", "Replace threat-actor names by codes (A001…)";
    REDACT_TITLES = "シナリオ・訓練のタイトルを記号（S001…）に置換", "Replace scenario and exercise titles by codes (S001…)";
    EXPORT_REDACTED = "墨消ししたCSV（ZIP）をダウンロード", "Download redacted CSVs (zip)";
    DOWNLOAD_FAILED = "ダウンロードできませんでした", "The download failed";
    DOWNLOADED = "ダウンロードしました", "Downloaded";

    // Import
    IMPORT_TITLE = "このワークブックへインポート（統合）", "Import into this workbook (merge)";
    IMPORT_MERGE_HELP = "IDが同じ記録は照合し、内容が違うものは両方を並べて選べます。既存の記録は削除されません。", "Records are matched by id; where the content differs you see both versions and choose. Nothing existing is deleted.";
    IMPORT_NEW_TITLE = "新しいワークブックとしてインポート", "Import as a new workbook";
    IMPORT_NEW_HELP = "エクスポートしたZIP・CSV、またはバックアップ（JSON）を読み込み、新しいワークブックを作ります。", "Read exported zips or CSVs, or a backup (JSON), into a new workbook.";
    FILES = "ファイル（.zip・.csv・.json、複数可）", "Files (.zip, .csv, .json; several allowed)";
    ENCODING = "文字コード", "Text encoding";
    ENC_AUTO = "自動判定", "Detect automatically";
    ENC_UTF8 = "UTF-8", "UTF-8";
    ENC_SJIS = "Shift_JIS（Excel の「CSV（コンマ区切り）」）", "Shift_JIS (Excel's plain \"CSV\" on Japanese Windows)";
    ENCODING_HELP = "自動判定で文字化けしたときだけ選び直してください。選び直したら、ファイルをもう一度選びます。", "Change this only if the automatic choice garbles text, then pick the files again.";
    READING = "読み込み中", "Reading";
    READING_FILE = "ファイルを読み込み中", "Reading file";
    ANALYSING = "内容を確認中…", "Checking the contents…";
    IMPORT_PROGRESS = "インポートの進み具合", "Import progress";
    EXPORT_PROGRESS = "エクスポートの進み具合", "Export progress";
    EXPORTING = "CSVを書き出し中", "Writing CSV files";
    ROLLUP_PROGRESS = "取りまとめの進み具合", "Roll-up progress";
    ROLLUP_LOADING = "各研究室のデータを読み込み中", "Loading the labs' data";
    STAGE_READING = "ファイルを展開中", "Unpacking files";
    STAGE_PARSING = "表を読み込み中", "Reading tables";
    STAGE_BUILDING = "行を確認中", "Checking rows";
    PREVIEW_TITLE = "インポートの確認", "Check before importing";
    PREVIEW_NOTHING_CHANGED = "まだ何も変更していません。内容を確認してから取り込んでください。", "Nothing has been changed yet. Check, then import.";
    NO_WORKBOOK = "読み込めるデータがありませんでした。下の問題を確認してください。", "There was nothing that could be imported. See the problems below.";
    COUNTS_TITLE = "件数", "Counts";
    COL_KIND = "種類", "Kind";
    COL_NEW = "新規", "New";
    COL_CHANGED = "変更あり", "Changed";
    COL_UNCHANGED = "変更なし", "Unchanged";
    COL_ONLY_EXISTING = "既存のみ（残します）", "Only existing (kept)";
    PROBLEMS_TITLE = "問題", "Problems";
    NO_PROBLEMS = "問題はありません。", "No problems.";
    COL_FILE = "ファイル", "File";
    COL_LINE = "行", "Line";
    COL_COLUMN = "列", "Column";
    COL_SEVERITY = "扱い", "Action taken";
    COL_MESSAGE = "内容", "Message";
    SEV_WARNING = "注意（読み込み済み）", "Warning (read)";
    SEV_SKIPPED = "読み込まない", "Left out";
    SKIPPED_ROWS = "読み込まない行", "Rows left out";
    ROWS_IMPORTED = "読み込んだ行", "Rows read";
    ID_EXISTS = "同じIDのワークブックがこのブラウザにあるため、コピーとして新しいIDで取り込みます。", "A workbook with the same id is already in this browser, so this one is imported as a copy with a new id.";
    CONFLICTS_TITLE = "競合（同じIDで内容が異なる記録）", "Conflicts (same id, different content)";
    POLICY = "個別に選ばなかった競合の扱い", "For conflicts not decided one by one";
    POLICY_MINE = "このワークブックの内容を残す", "Keep this workbook's version";
    POLICY_THEIRS = "インポートする内容を採用", "Take the imported version";
    POLICY_NEWER = "新しい方を残す", "Keep the newer";
    NEWER_HELP = "記録ごとの更新日時はないため、ワークブック全体の最終更新日時で比べます。", "Records carry no time of their own, so the workbooks' last-changed times are compared.";
    NEWER_IS_THEIRS = "インポートするファイルの方が新しいため、採用されます。", "The imported file is newer, so it would be taken.";
    NEWER_IS_MINE = "このワークブックの方が新しい（または同じ）ため、残ります。", "This workbook is newer (or the same), so it would be kept.";
    CHOICE = "この競合の扱い", "For this conflict";
    CHOICE_DEFAULT = "上の設定に従う", "Follow the rule above";
    CHOICE_MINE = "このワークブック", "This workbook";
    CHOICE_THEIRS = "インポート側", "Imported";
    COL_FIELD = "項目", "Field";
    COL_MINE = "このワークブック", "This workbook";
    COL_THEIRS = "インポートするファイル", "Imported file";
    CONFIRM = "問題のない部分を取り込む", "Import the valid part";
    CANCEL = "取り消す", "Cancel";
    CANCELLED = "インポートを取り消しました。何も変更していません。", "Import cancelled. Nothing was changed.";
    IMPORTED = "取り込みました。", "Imported.";
    IMPORT_ENTRY = "ファイルからインポート", "Import from files";
    ROLLUP_ENTRY = "複数研究室の集計（ロールアップ）", "Roll-up of many labs";
    BACK_TO_LIST = "ワークブック一覧へ戻る", "Back to the workbook list";

    // Roll-up
    ROLLUP_TITLE = "複数研究室の集計（ロールアップ）", "Roll-up of many labs";
    ROLLUP_HELP = "各研究室がエクスポートしたZIP・CSV・バックアップ（ZIPを束ねたZIPも可）をまとめて読み込み、閲覧のみで集計します。このブラウザには保存しません。", "Load many labs' exports at once (zips, CSVs, backups, or a zip of zips) into a read-only summary. Nothing is stored in this browser.";
    ROLLUP_FILES = "各研究室のエクスポート（複数可）", "Labs' exports (several allowed)";
    LABS = "研究室", "Labs";
    LAB_COUNT = "研究室数", "Labs";
    COL_LAB = "研究室（ワークブック）", "Lab (workbook)";
    COL_ORG = "組織・部署", "Organisation / unit";
    COL_TECHS = "重要技術", "Technologies";
    COL_SCENARIOS = "シナリオ", "Scenarios";
    COL_CMS = "対策", "Countermeasures";
    TOTAL = "合計", "Total";
    TIERS_TITLE = "階層別の重要技術数", "Technologies by tier";
    LEVELS_TITLE = "リスクレベル別のシナリオ数", "Scenarios by risk level";
    UNSCORED = "未評価", "Not scored";
    STATUS_TITLE = "状況別の対策数", "Countermeasures by status";
    COVERAGE_TITLE = "研究室ごとの進捗（現在のラウンド）", "Coverage per lab (current round)";
    COL_ROUND = "ラウンド", "Round";
    COL_IN_SCOPE = "対象", "In scope";
    COL_RATED = "評価済み", "Rated";
    COL_THREAT = "脅威評価済み", "Threats assessed";
    COL_WITH_SCENARIOS = "シナリオあり", "With scenarios";
    COL_WITH_CMS = "対策あり", "With countermeasures";
    COL_DONE = "完了", "Done";
    COL_OVERDUE = "期限超過の対策", "Overdue countermeasures";
    REGULATORY_TITLE = "規制上の確認（研究室別）", "Regulatory checks per lab";
    COL_FLAGGED = "許可が必要な場合がある技術", "Technologies that may need a licence";
    COL_DECLARATIONS_DUE = "自己申告が未提出・更新が必要な人", "Declarations missing or due";
    COL_PROBLEMS = "ファイルの問題", "File problems";
    SEE_PROBLEMS = "下の「読み込みの問題」を見る", "See \"Load problems\" below";
    EXPORT_COMBINED = "統合したCSV（ZIP）をダウンロード", "Download the combined CSVs (zip)";
    CLEAR = "読み込んだ内容を消去", "Clear";
    LOAD_PROBLEMS = "読み込みの問題", "Load problems";
}

use crate::domain::text::Lang;

/// "3 files could not be read", shown at the top of the roll-up.
pub fn unread_files(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{n}個のファイルを読み込めませんでした。"),
        Lang::En => format!("{} could not be read.", super::en_count(n, "file", "files")),
    }
}

/// "2 labs were loaded twice; the newer file is used".
pub fn loaded_twice(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{n}件の研究室が2回読み込まれました。新しい方のファイルを使います。"),
        Lang::En if n == 1 => "1 lab was loaded twice; the newer file is used.".to_owned(),
        Lang::En => format!("{n} labs were loaded twice; the newer file of each is used."),
    }
}

/// "2 labs had problems in their files (marked ⚠)".
pub fn labs_with_problems(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{n}件の研究室のファイルに問題がありました（⚠印）。"),
        Lang::En => format!(
            "{} had problems in their files (marked ⚠).",
            super::en_count(n, "lab", "labs")
        ),
    }
}

/// The mark on a lab's line: "⚠ 3 problems".
pub fn lab_problems(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("⚠ 問題{n}件"),
        Lang::En => format!("⚠ {}", super::en_count(n, "problem", "problems")),
    }
}

/// Under the problems table, per kind with more problems than are listed:
/// "…and 4,900 more problems like this one (technologies.csv, line 102):
/// <message>".
pub fn more_like_this(lang: Lang, n: usize, at: &str, message: &str) -> String {
    match lang {
        Lang::Ja => format!("…ほかに同じ種類の問題が{n}件あります（例：{at}「{message}」）。"),
        Lang::En => format!(
            "…and {} like this one ({at}): {message}",
            super::en_count(n, "more problem", "more problems")
        ),
    }
}

/// The preview's note on files read with another separator than a comma:
/// "Read with semicolons (;) as the separator: technologies.csv".
pub fn separators_used(lang: Lang, files: &[(String, char)]) -> String {
    let mut by_sep: Vec<(char, Vec<&str>)> = Vec::new();
    for (file, sep) in files {
        match by_sep.iter_mut().find(|(s, _)| s == sep) {
            Some((_, names)) => names.push(file),
            None => by_sep.push((*sep, vec![file])),
        }
    }
    by_sep
        .into_iter()
        .map(|(sep, names)| {
            let names = names.join(", ");
            match (lang, sep) {
                (Lang::Ja, ';') => format!("区切り文字にセミコロン（;）を使って読み込みました（欧州の表計算ソフトの形式）：{names}"),
                (Lang::Ja, _) => format!("区切り文字にタブを使って読み込みました：{names}"),
                (Lang::En, ';') => format!("Read with semicolons (;) as the separator, as European-locale spreadsheets save: {names}"),
                (Lang::En, _) => format!("Read with tabs as the separator: {names}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_note_names_the_files() {
        let files = vec![
            ("a.csv".to_owned(), ';'),
            ("b.csv".to_owned(), ';'),
            ("c.tsv".to_owned(), '\t'),
        ];
        let en = separators_used(Lang::En, &files);
        assert!(
            en.contains("semicolons (;)")
                && en.contains("a.csv, b.csv")
                && en.contains("tabs as the separator: c.tsv"),
            "{en}"
        );
        assert!(separators_used(Lang::Ja, &files).contains("セミコロン"));
    }

    #[test]
    fn roll_up_counts_read_in_both_languages() {
        assert_eq!(
            unread_files(Lang::Ja, 2),
            "2個のファイルを読み込めませんでした。"
        );
        assert_eq!(unread_files(Lang::En, 1), "1 file could not be read.");
        assert_eq!(unread_files(Lang::En, 3), "3 files could not be read.");
        assert_eq!(
            loaded_twice(Lang::En, 1),
            "1 lab was loaded twice; the newer file is used."
        );
        assert!(loaded_twice(Lang::Ja, 1).contains("2回読み込まれました"));
        assert_eq!(lab_problems(Lang::En, 1), "⚠ 1 problem");
        assert_eq!(lab_problems(Lang::Ja, 4), "⚠ 問題4件");
        assert!(labs_with_problems(Lang::En, 2).starts_with("2 labs had"));
    }
}
