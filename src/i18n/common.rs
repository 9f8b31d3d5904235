//! Messages shared by every screen: the frame, navigation, generic actions.

messages! {
    APP_NAME = "守り", "Mamori";
    APP_TAGLINE = "技術流出リスク評価ワークブック", "Technology-leakage risk workbook";
    LANGUAGE = "表示言語", "Language";
    LANG_JA = "日本語", "日本語 (Japanese)";
    LANG_EN = "English (英語)", "English";
    PRIVACY_SHORT = "データはこの端末から外に出ません。", "Nothing leaves this device.";
    NAV_LABEL = "メインメニュー", "Main menu";
    NAV_WORKBOOKS = "ワークブック一覧", "Workbooks";
    NAV_OVERVIEW = "概要", "Overview";
    NAV_INVENTORY = "ステップ1 棚卸・評価", "Step 1 Inventory";
    NAV_THREATS = "ステップ2 脅威評価", "Step 2 Threats";
    NAV_SCENARIOS = "ステップ3 漏洩シナリオ", "Step 3 Scenarios";
    NAV_COUNTERMEASURES = "対策", "Countermeasures";
    NAV_EXERCISES = "訓練", "Exercises";
    NAV_SETTINGS = "設定", "Settings";
    SAVED = "保存済み", "Saved";
    SAVE_PENDING = "保存中…", "Saving…";
    SAVING_FAILED = "保存できませんでした — 変更はまだこの画面にだけあります", "NOT saved — your change exists only on this screen";
    STORAGE_UNAVAILABLE = "このブラウザではローカルストレージが使えません", "Local storage is unavailable in this browser";
    NOT_RATED = "未評価", "Not rated";
    NONE = "なし", "None";
    ADD = "追加", "Add";
    DELETE = "削除", "Delete";
    CANCEL = "キャンセル", "Cancel";
    CONFIRM_DELETE = "削除する", "Delete";
    CLOSE = "閉じる", "Close";
    SAVE = "保存", "Save";
    OPEN = "開く", "Open";
    BACK = "戻る", "Back";
    SEARCH = "検索", "Search";
    FILTER_ALL = "すべて", "All";
    YES = "はい", "Yes";
    NO = "いいえ", "No";
    UNKNOWN = "不明", "Unknown";
    NAME = "名称", "Name";
    NOTES = "メモ", "Notes";
    DESCRIPTION = "説明", "Description";
    SCORE = "スコア", "Score";
    BREAKDOWN = "内訳", "Breakdown";
    TIER = "階層", "Tier";
    RANK = "順位", "Rank";
    LEVEL = "レベル", "Level";
    STATUS = "状態", "Status";
    ONE_PER_LINE = "1行に1件", "One per line";
    NO_WORKBOOK = "ワークブックが開かれていません。", "No workbook is open.";
    NOT_FOUND = "見つかりません。", "Not found.";
    UNDO = "元に戻す", "Undo";
    /// Between a label and its value: full-width in Japanese, ": " in English.
    COLON = "：", ": ";
    NEXT_STEP = "次のステップへ", "Next step";
    CLEAR_RATING = "評価を取り消す", "Clear rating";
    CHOOSE = "選択してください", "Choose…";
    INVERTED_NOTE = "（高いほどリスクは下がる）", " (higher means lower risk)";
}
