//! Messages of the countermeasures screen.

messages! {
    TITLE = "対策の実行計画", "Countermeasure action plan";
    INTRO = "すべての漏洩シナリオに対する対策を一つの計画で管理します。担当者・期限・状態を決め、期限切れを見落とさないようにします。", "One plan for the countermeasures of every leak scenario: set owner, due date and status, and do not miss overdue items.";

    ADD_BLANK = "対策を空白から追加", "Add a blank countermeasure";
    LIBRARY_PICK = "対策ライブラリ", "Countermeasure library";
    ADD_FROM_LIBRARY = "ライブラリから追加", "Add from the library";
    NEW_TITLE = "新しい対策", "New countermeasure";

    FILTERS = "絞り込み", "Filters";
    FILTER_STATUS = "状態", "Status";
    FILTER_PHASE = "フェーズ", "Phase";
    FILTER_CATEGORY = "区分", "Category";
    FILTER_OWNER = "担当者", "Owner";
    NO_OWNER = "（担当者なし）", "(no owner)";
    OVERDUE_ONLY = "期限切れのみ", "Overdue only";
    CLEAR_FILTERS = "絞り込みを解除", "Clear filters";

    COL_TITLE = "対策", "Countermeasure";
    COL_CATEGORY = "区分", "Category";
    COL_PHASE = "フェーズ", "Phase";
    COL_STATUS = "状態", "Status";
    COL_OWNER = "担当者", "Owner";
    COL_DUE = "期限", "Due date";
    COL_SCENARIOS = "対象の漏洩シナリオ", "Leak scenarios";
    SORT_HINT = "並べ替え", "Sort";
    OVERDUE = "期限切れ", "Overdue";
    ORG_WIDE = "組織全体", "Organisation-wide";
    LIST_EMPTY = "条件に当てはまる対策はありません。", "No countermeasure matches these filters.";

    DETAIL = "対策の詳細", "Countermeasure details";
    CLOSE_DETAIL = "一覧に戻る", "Back to the list";
    F_TITLE = "タイトル", "Title";
    F_DESCRIPTION = "説明", "Description";
    F_CATEGORY = "区分", "Category";
    F_PHASE = "フェーズ", "Phase";
    F_STATUS = "状態", "Status";
    F_OWNER = "担当者", "Owner";
    F_DUE = "期限", "Due date";
    F_CATALOG = "元にしたライブラリの対策", "From the library";
    F_NO_CATALOG = "なし（独自の対策）", "None (own countermeasure)";
    F_UNKNOWN_CATALOG = "このバージョンのライブラリにない対策", "A countermeasure not in this version's library";
    F_SCENARIOS = "対象の漏洩シナリオ", "Leak scenarios it addresses";
    F_TECHS = "対象の重要技術", "Technologies it covers";
    F_NO_SCENARIOS = "このワークブックには漏洩シナリオがありません。", "This workbook has no leak scenarios.";
    F_NO_TECHS = "このワークブックには重要技術がありません。", "This workbook has no technologies.";
    F_NO_LINKED_SCENARIOS = "まだ漏洩シナリオに関連付けていません。", "Not linked to any leak scenario yet.";
    F_NO_LINKED_TECHS = "まだ重要技術に関連付けていません。", "Not linked to any technology yet.";
    LINK_SCENARIO = "漏洩シナリオを関連付ける", "Link a leak scenario";
    LINK_TECH = "重要技術を関連付ける", "Link a technology";
    LINK = "関連付ける", "Link";
    UNLINK = "関連付けを外す", "Unlink";
    F_LINKS_HINT = "どれにも関連付けない対策は組織全体の対策として扱われます。", "A countermeasure linked to nothing counts as organisation-wide.";
    F_NOTES = "備考", "Notes";

    DELETE = "この対策を削除", "Delete this countermeasure";
    CONFIRM_DELETE = "この対策を削除しますか？", "Delete this countermeasure?";
    CONFIRM_UNLINKS = "次の記録から関連付けが外れます（記録は残ります）：", "These records lose their link to it (they are kept):";
    DELETED = "対策を削除しました。", "Countermeasure deleted.";
    UNDO_FAILED = "元に戻せませんでした。", "Could not undo.";
    NOT_FOUND = "この対策は見つかりません。", "This countermeasure was not found.";
}

/// "Showing n of m countermeasures, k overdue".
pub fn showing(
    lang: crate::domain::text::Lang,
    shown: usize,
    total: usize,
    overdue: usize,
) -> String {
    match lang {
        crate::domain::text::Lang::Ja => {
            format!("全{total}件中 {shown}件を表示（期限切れ {overdue}件）")
        }
        crate::domain::text::Lang::En => {
            format!("Showing {shown} of {total} countermeasures ({overdue} overdue)")
        }
    }
}
