//! Messages of the exercises screen.

messages! {
    TITLE = "訓練の記録", "Exercises";
    INTRO = "漏洩シナリオを机上訓練やブラックボックス演習で試し、どこで誰が止めるべきだったか、検知できたか、判明した弱点と決定した対策を記録します。", "Test leak scenarios with tabletop exercises and black-box drills; record where and by whom the leak should have been stopped, whether it was detected, the weaknesses found and the countermeasures decided.";
    NEW_KIND = "新しい訓練の種類", "Kind of new exercise";
    ADD = "訓練を追加", "Add exercise";
    NEW_TITLE = "新しい訓練", "New exercise";
    LIST_EMPTY = "訓練はまだ記録されていません。", "No exercise recorded yet.";
    COL_KIND = "種類", "Kind";
    COL_TITLE = "タイトル", "Title";
    COL_DATE = "実施日", "Date";
    COL_DETECTION = "検知", "Detection";
    SELECT_HINT = "一覧から訓練を選ぶと、ここで内容を編集できます。", "Choose an exercise in the list to edit it here.";
    DETAIL = "訓練の内容", "Exercise details";
    KIND = "種類", "Kind";
    TITLE_FIELD = "タイトル", "Title";
    DATE = "実施日", "Date";
    SCENARIOS = "対象の漏洩シナリオ", "Leak scenarios exercised";
    NO_SCENARIOS = "漏洩シナリオがまだありません（ステップ3で作成）。", "No leak scenario yet (create them in Step 3).";
    NO_LINKED_SCENARIOS = "まだ漏洩シナリオが紐づいていません。", "No leak scenario linked yet.";
    LINK_SCENARIO = "漏洩シナリオを紐づける", "Link a leak scenario";
    LINK = "紐づける", "Link";
    PARTICIPANTS = "参加者（1行に1人）", "Participants (one per line)";
    OBJECTIVES = "目的", "Objectives";
    STOP_POINT = "本来止めるべきだった箇所", "Where it should have been stopped";
    STOPPED_BY = "止めるべきだった人・部署", "Who should have stopped it";
    DETECTION = "検知できたか", "Detected?";
    WEAKNESSES = "判明した弱点", "Weaknesses found";
    WEAKNESS_KIND = "弱点の種類", "Kind of weakness";
    WEAKNESS_DESC = "弱点の内容", "Description of the weakness";
    ADD_WEAKNESS = "弱点を追加", "Add weakness";
    REMOVE_WEAKNESS = "この弱点を削除", "Remove this weakness";
    NO_WEAKNESSES = "弱点はまだ記録されていません。", "No weakness recorded yet.";
    TO_COUNTERMEASURE = "この弱点から対策を作成", "Turn into a countermeasure";
    CREATED_CM = "対策を作成し、決定した対策に追加しました：", "Countermeasure created and added to the follow-ups:";
    FOLLOW_UPS = "決定した対策（フォローアップ）", "Follow-up countermeasures";
    NO_FOLLOW_UPS = "まだ対策が紐づいていません。", "No countermeasure linked yet.";
    LINK_CM = "既存の対策を紐づける", "Link an existing countermeasure";
    UNLINK = "紐づけを外す", "Unlink";
    NOTES = "メモ", "Notes";
    DELETE = "この訓練を削除", "Delete this exercise";
    CONFIRM_TITLE = "この訓練を削除しますか？", "Delete this exercise?";
    CONFIRM_BODY = "紐づいた漏洩シナリオと対策は残ります。削除後も「元に戻す」で復元できます。", "Linked scenarios and countermeasures are kept. You can undo right after deleting.";
    DELETED = "訓練を削除しました。", "Exercise deleted.";
    UNDO_FAILED = "元に戻せませんでした：", "Could not undo:";
    NOT_FOUND = "この訓練は見つかりません（削除された可能性があります）。", "This exercise was not found (it may have been deleted).";
}
