//! Messages of data safety: the storage-problem banner, save warnings, two
//! tabs, undo, backup reminder, trash, storage use and the wipe.

messages! {
    BANNERS_LABEL = "データの保存状況", "Data safety status";
    PROBLEMS_TITLE = "読み込めないデータがあります", "Some stored data could not be read";
    PROBLEMS_BODY = "以下のデータはこの版では使えません。消したり上書きしたりせず、そのまま残しています。元のデータをダウンロードして保管するか、担当者に相談してください。ほかのワークブックは通常どおり使えます。", "The data below cannot be used by this version. It is neither deleted nor overwritten — it is kept exactly as it was. Download the original to keep it safe or pass it to your administrator. Your other workbooks work as usual.";
    NEWER_TAG = "新しい版のデータ（読み取り専用・上書きしません）", "From a newer version (refused, never overwritten)";
    DAMAGED_TAG = "破損または不明なデータ", "Damaged or unknown data";
    KEY = "保存場所", "Storage key";
    SIZE_CHARS = "文字", "characters";
    DOWNLOAD_RAW = "元のデータをダウンロード", "Download the original data";
    REMOVE_DAMAGED = "このデータを削除…", "Remove this data…";
    REMOVE_DAMAGED_BODY = "このデータをブラウザから削除します。元に戻せません。", "This removes the data from the browser. It cannot be undone.";
    REMOVE_DAMAGED_DOWNLOADED = "元のデータはダウンロード済みです。", "The original data has been downloaded.";
    REMOVE_DAMAGED_ACK = "ダウンロードせずに削除します（データは失われます）", "Remove it without a copy (the data is lost)";
    REMOVE_DAMAGED_CONFIRM = "削除する", "Remove";
    REMOVE_DAMAGED_FAILED = "削除できませんでした", "Could not remove it";
    INDEX_REBUILT = "ワークブック一覧を保存データから作り直しました。", "The workbook list was rebuilt from the stored workbooks.";
    PROTECTED = "読み込めなかったデータなので上書きしません", "This data could not be read, so it is never overwritten";
    CONFLICT_SHORT = "別のタブで変更されたため保存を止めています", "Saving paused: another tab changed this workbook";
    NOT_SAVED_TITLE = "変更は保存されていません", "Your changes are NOT saved";
    NOT_SAVED_BODY = "ブラウザに保存できませんでした（保存容量がいっぱいの可能性があります）。変更はこの画面のメモリ上にだけあります。タブを閉じる前にバックアップをダウンロードしてください。次の編集時と数秒ごとに保存を再試行し、成功するとこの表示は消えます。", "The browser could not store them (its storage may be full). Your changes exist only in this page's memory. Download a backup before closing the tab. Saving is retried on your next edit and every few seconds; this warning disappears once it succeeds.";
    BACKUP_NOW = "バックアップをダウンロード", "Download backup";
    CONFLICT_TITLE = "別のタブでもこのワークブックが変更されました", "This workbook was also changed in another tab";
    CONFLICT_BODY = "このタブの変更はまだ保存していません。どちらを残すか選んでください。", "This tab's changes have not been saved. Choose what to keep.";
    KEEP_MINE = "このタブの内容で上書き保存", "Keep mine (save over theirs)";
    TAKE_THEIRS = "別のタブの内容を読み込む（このタブの変更は破棄）", "Take theirs (discard this tab's changes)";
    SAVE_COPY = "このタブの内容を別のワークブックとして保存", "Save mine as a copy";
    SYNCED = "別のタブで保存された最新の内容を読み込みました。", "Loaded the latest version saved in another tab.";
    UNDO = "元に戻す", "Undo";
    REDO = "やり直す", "Redo";
    UNDO_HINT = "元に戻す（Ctrl+Z）", "Undo (Ctrl+Z)";
    REDO_HINT = "やり直す（Ctrl+Shift+Z / Ctrl+Y）", "Redo (Ctrl+Shift+Z / Ctrl+Y)";
    BACKUP_NEVER = "このワークブックはまだバックアップをダウンロードしていません。", "No backup of this workbook has been downloaded yet.";
    BACKUP_AGO = "最後のバックアップ:", "Last backup:";
    LEAVE_WARNING = "保存されていない変更があります。", "There are unsaved changes.";
    DATA_TITLE = "データの保護", "Data safety";
    USAGE_LABEL = "このブラウザの保存容量の使用量（目安）", "Local storage used (estimate)";
    USAGE_NOTE = "ブラウザの保存容量は約500万文字（約10MB）です。80%を超えると警告します。", "Browsers allow about 5 million characters (about 10 MB); a warning shows from 80 %.";
    USAGE_WARN = "保存容量が残りわずかです。古いワークブックをバックアップしてから削除するか、ごみ箱を空にしてください。", "Storage is nearly full. Back up and delete old workbooks, or empty the trash.";
    PERSIST_LABEL = "消去されにくい保存（persist）", "Persistent storage";
    PERSIST_GRANTED = "許可されました：ブラウザが容量不足でもこのデータを自動では消しません。", "Granted: the browser will not evict this data when space runs low.";
    PERSIST_DENIED = "許可されませんでした：ブラウザが容量不足のときに消す可能性があります。定期的にバックアップしてください。", "Not granted: the browser may evict this data when space runs low. Download backups regularly.";
    PERSIST_UNSUPPORTED = "このブラウザ（またはfile://での表示）では使えません。定期的にバックアップしてください。", "Not available in this browser (or on file://). Download backups regularly.";
    TRASH_TITLE = "ごみ箱", "Trash";
    TRASH_EMPTY_LIST = "ごみ箱は空です。", "The trash is empty.";
    TRASH_NOTE = "削除したワークブックと記録は、ごみ箱を空にするまで元に戻せます（最新50件）。", "Deleted workbooks and records can be restored until the trash is emptied (latest 50).";
    TRASH_COL_WHAT = "削除したもの", "Deleted item";
    TRASH_COL_WORKBOOK = "ワークブック", "Workbook";
    TRASH_COL_WHEN = "削除日時", "Deleted at";
    TRASH_COL_ACTIONS = "操作", "Actions";
    TRASH_WHOLE_WORKBOOK = "ワークブック全体", "Whole workbook";
    TRASH_RECORDS = "件の記録", "record(s)";
    TRASH_RESTORE = "元に戻す", "Restore";
    TRASH_EMPTY = "ごみ箱を空にする", "Empty the trash";
    TRASH_RESTORED = "元に戻しました。", "Restored.";
    TRASH_DAMAGED = "ごみ箱のこの項目は読み取れません。", "This trash entry cannot be read.";
    WIPE_TITLE = "このブラウザからすべてのデータを消去", "Remove all data from this browser";
    WIPE_BODY = "共用のノートPCなどで使い終わったときに。このブラウザに保存されたMamoriのワークブック、ごみ箱、設定をすべて消去します。元に戻せません。必要なら先にバックアップをダウンロードしてください。", "For shared workshop laptops: removes every Mamori workbook, the trash and the settings stored in this browser. This cannot be undone; download backups first if you need them.";
    WIPE_OPEN = "すべてのデータを消去…", "Remove all data…";
    WIPE_TYPE = "確認のため「消去」と入力してください", "To confirm, type DELETE";
    WIPE_CONFIRM = "すべて消去する", "Remove everything";
    WIPE_DONE = "このブラウザからMamoriのデータをすべて消去しました。", "All Mamori data has been removed from this browser.";
    WIPE_LEFT = "一部のデータを消去できませんでした。", "Some data could not be removed.";
}

/// The word to type before the wipe (either language is accepted).
pub fn wipe_word_ok(typed: &str) -> bool {
    let t = typed.trim();
    t == "消去" || t.eq_ignore_ascii_case("delete")
}

/// "3 minutes ago"-style text for an elapsed time in ms.
pub fn ago(lang: crate::domain::text::Lang, elapsed_ms: f64) -> String {
    use crate::domain::text::Lang;
    let mins = (elapsed_ms / 60_000.0).max(0.0) as u64;
    let (n, ja, en) = if mins < 1 {
        return match lang {
            Lang::Ja => "1分以内".into(),
            Lang::En => "less than a minute ago".into(),
        };
    } else if mins < 60 {
        (mins, "分前", ("minute", "minutes"))
    } else if mins < 60 * 48 {
        (mins / 60, "時間前", ("hour", "hours"))
    } else {
        (mins / 60 / 24, "日前", ("day", "days"))
    };
    match lang {
        Lang::Ja => format!("{n}{ja}"),
        Lang::En => format!("{} ago", super::en_count(n as usize, en.0, en.1)),
    }
}
