//! Messages of the overview screen.

messages! {
    TITLE = "概要", "Overview";
    INFO_TITLE = "ワークブックの情報", "Workbook information";
    WB_NAME = "ワークブック名", "Workbook name";
    ORGANISATION = "組織", "Organisation";
    UNIT = "部署・研究室", "Unit (department or laboratory)";
    ASSESSOR = "評価者", "Assessor";
    ROUND = "現在のラウンド", "Current round";
    SCOPE = "対象範囲", "Scope";
    MANAGE_ROUNDS = "ラウンドの管理（設定）", "Manage rounds (Settings)";
    PROGRESS_TITLE = "進捗（現在のラウンドの対象範囲）", "Progress (scope of the current round)";
    IN_SCOPE = "対象の重要技術", "Technologies in scope";
    COV_RATED = "ステップ1 評価済み", "Step 1 rated";
    COV_THREAT = "ステップ2 脅威評価済み", "Step 2 threat-assessed";
    COV_SCENARIOS = "ステップ3 漏洩シナリオあり", "Step 3 with leak scenarios";
    COV_COUNTERMEASURES = "対策あり", "With countermeasures";
    COV_EXERCISED = "訓練で検証済み", "Tested in an exercise";
    COV_DONE = "完了（ステップ1〜3と対策がそろい、漏洩シナリオはすべて評価済み・分類済み、未完了の対策すべてに担当者と期限があり、期限切れなし）", "Done (Steps 1–3 and countermeasures, every leak scenario assessed and classified, every open countermeasure with an owner and a due date, none overdue)";
    COV_DONE_SHORT = "完了", "Done";
    DONE_GAPS = "完了を妨げているもの", "Still keeping technologies from done";
    GAP_DRAFT = "作成中の漏洩シナリオ", "Leak scenarios still in draft";
    GAP_UNPLANNED = "担当者または期限のない未完了の対策", "Open countermeasures without an owner or a due date";
    GAP_OVERDUE = "期限切れの対策", "Overdue countermeasures";
    UNCLASSIFIED = "外部／内部または合法性が未選択の漏洩シナリオ（選択するまで「完了」になりません）", "Leak scenarios whose origin (external or internal) or legality is not chosen yet (not “done” until chosen)";
    NOTHING_IN_SCOPE = "対象範囲に重要技術がまだありません。ステップ1で重要技術を登録し、評価してください。", "No technology is in scope yet. Add and rate technologies in Step 1.";
    UNRATED_OUTSIDE = "未評価のため階層が決まらず対象外になっている重要技術", "Technologies outside the scope only because they are not rated yet";
    TOP_TITLE = "上位層の重要技術", "Top-tier technologies";
    TOP_EMPTY = "上位層の重要技術はまだありません。", "No top-tier technology yet.";
    COL_TECH = "重要技術", "Technology";
    COL_SCORE = "重要度スコア", "Criticality score";
    PRIORITY_TITLE = "優先して対処すべき漏洩シナリオ", "Highest-priority leak scenarios";
    PRIORITY_EMPTY = "漏洩シナリオはまだありません。", "No leak scenario yet.";
    COL_PRIORITY = "優先順位", "Priority";
    COL_SCENARIO = "漏洩シナリオ", "Leak scenario";
    COL_RISK = "リスク", "Risk";
    CM_TITLE = "対策の状況", "Countermeasures";
    CM_OPEN = "未完了の対策", "Open countermeasures";
    CM_OVERDUE = "期限切れ", "Overdue";
    CM_TOTAL = "対策の総数", "All countermeasures";
    CELL_SCENARIOS = "選択したマスの漏洩シナリオ", "Leak scenarios in the chosen cell";
    CELL_NONE = "マスを選ぶと、その漏洩シナリオを表示します。", "Choose a cell to list its leak scenarios.";
}
