//! Messages of the workbook list and the first-start welcome.

messages! {
    TITLE = "ワークブック", "Workbooks";
    WELCOME_TITLE = "ようこそ — 「守り」は技術流出リスクをオフラインで評価するワークブックです", "Welcome — Mamori is an offline workbook for technology-leakage risk";
    WELCOME_STEP1 = "ステップ1: 重要技術を棚卸しし、市場・国家戦略・代替可能性・流出時の影響度で評価します。要素に分解してチョークポイントを見つけます。", "Step 1: inventory your critical technologies and rate their market importance, national-strategic position, substitutability and impact if leaked; break them into elements to find chokepoints.";
    WELCOME_STEP2 = "ステップ2: 脅威プレイヤーを特定し、技術ごとに意図・能力・機会を評価します。", "Step 2: identify threat actors and rate their intent, capability and opportunity for each technology.";
    WELCOME_STEP3 = "ステップ3: 上位約20%の技術について漏洩シナリオを書き、評価し、対策と訓練を記録します。ラウンドごとに範囲を広げます。", "Step 3: write and score leak scenarios for the top ~20%, attach countermeasures and record exercises; widen the scope round by round.";
    WELCOME_PRIVACY = "入力したデータはこのブラウザの中にだけ保存され、どこにも送信されません。共有するときは、エクスポートしたファイルを自分で渡してください。", "Everything you enter stays in this browser and is never sent anywhere. To share, hand over an exported file yourself.";
    NEW_NAME = "新しいワークブックの名前", "Name of the new workbook";
    NEW_NAME_DEFAULT = "新しいワークブック", "New workbook";
    CREATE = "作成", "Create";
    CREATE_SAMPLE = "サンプルのワークブックを開く", "Open a worked sample workbook";
    LIST_EMPTY = "まだワークブックがありません。", "There are no workbooks yet.";
    COL_NAME = "名前", "Name";
    COL_UPDATED = "最終更新", "Last changed";
    COL_CONTENTS = "内容", "Contents";
    COL_ACTIONS = "操作", "Actions";
    RENAME = "名前を変更", "Rename";
    RENAME_LABEL = "ワークブックの名前", "Workbook name";
    DUPLICATE = "複製", "Duplicate";
    COPY_SUFFIX = "（コピー）", " (copy)";
    CONFIRM_DELETE_TITLE = "このワークブックを削除しますか？", "Delete this workbook?";
    CONFIRM_DELETE_BODY = "このブラウザから削除されます。直後なら「元に戻す」で復元できます。", "It will be removed from this browser. You can undo right after.";
    DELETED = "ワークブックを削除しました。", "Workbook deleted.";
    NAME_REQUIRED = "名前を入力してください。", "Please enter a name.";
}
