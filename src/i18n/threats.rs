//! Messages of the threats screen (Step 2).

messages! {
    TITLE = "ステップ2 脅威評価", "Step 2 — Threat assessment";
    INTRO_WHO = "重要技術を狙う脅威プレイヤーを挙げ、それぞれ「誰が」「なぜ（動機）」「どのように（手口）」狙うのかを書き出します。",
        "List the threat actors who might target your critical technologies: who they are, why they want the technology (motive) and how they would try to get it (methods).";
    INTRO_ICO = "次に、脅威プレイヤー × 重要技術ごとに「意図」（その技術を本当に必要としているか）、「能力」（入手する手段があるか）、「機会」（いま実行できる立場にあるか）を1〜5で評価します。脅威の大きさは 意図 × 能力 × 機会 です。",
        "Then judge each actor against each technology on intent (does it really need this technology?), capability (does it have the means to obtain it?) and opportunity (is it in a position to act now?), each 1–5. The threat is intent × capability × opportunity.";
    INTRO_NO_INTENT = "意図がなければ脅威はありません（意図1＝脅威なし）。意図の根拠（産業政策リストへの掲載、特許出願の動向）も判断と一緒に記録してください。",
        "No intent, no threat (intent 1 = no threat). Keep the evidence for intent (industrial-policy lists, patent filings) with the judgement.";

    ACTORS_TITLE = "脅威プレイヤー", "Threat actors";
    ADD_ACTOR = "脅威プレイヤーを追加（空欄から）", "Add actor (blank)";
    NEW_ACTOR_NAME = "新しい脅威プレイヤー", "New threat actor";
    TEMPLATE = "カタログの雛形", "Catalogue template";
    ADD_FROM_CATALOG = "カタログから追加", "Add from catalogue";
    COL_NAME = "名称", "Name";
    COL_KIND = "種別", "Kind";
    COL_DEFAULT_CAP = "既定の能力", "Default capability";
    COL_ASSESSMENTS = "評価数", "Assessments";
    COL_HIGHEST = "最大脅威レベル", "Highest threat level";
    NO_ACTORS = "脅威プレイヤーはまだいません。カタログから追加するか、空欄から追加してください。",
        "No threat actors yet. Add one from the catalogue or start blank.";
    SELECT_ACTOR = "一覧から脅威プレイヤーを選ぶと、ここで編集できます。",
        "Select an actor in the list to edit it here.";
    ACTOR_FORM = "脅威プレイヤーの詳細", "Threat actor details";
    KIND = "種別", "Kind";
    DESCRIPTION = "誰か（説明）", "Who it is (description)";
    MOTIVE = "なぜ狙うのか（動機）", "Why it wants the technology (motive)";
    METHODS = "どのように狙うのか（手口）", "How it would try (methods)";
    DEFAULT_CAPABILITY_HINT = "評価で能力を未評価のままにすると、この既定の能力が使われます。",
        "Used when an assessment leaves capability not rated.";
    NOTES = "メモ", "Notes";
    FROM_CATALOG = "カタログの雛形から作成：", "Created from catalogue template: ";
    DELETE_ACTOR = "この脅威プレイヤーを削除", "Delete this actor";
    CONFIRM_DELETE_ACTOR = "この脅威プレイヤーを削除しますか？", "Delete this threat actor?";
    WILL_DELETE = "削除されるもの：", "Will be deleted:";
    WILL_UNLINK = "脅威プレイヤーの紐付けが外れるもの（レコードは残ります）：", "Will lose the link to this actor (records are kept):";
    DELETED = "削除しました：", "Deleted: ";
    UNDO_FAILED = "元に戻せませんでした：", "Could not undo: ";

    MATRIX_TITLE = "脅威評価マトリクス（脅威プレイヤー × 重要技術）", "Threat matrix (actor × technology)";
    MATRIX_HELP = "セルを選ぶと、その組み合わせの意図・能力・機会と根拠を編集できます。大きな数字は脅威レベル（1〜5：積の立方根を四捨五入）、小さな数字は 意図 × 能力 × 機会 の積です。",
        "Choose a cell to edit intent, capability, opportunity and evidence for that pair. The large number is the threat level (1–5: the cube root of the product, rounded); the small one is intent × capability × opportunity.";
    LEGEND = "凡例", "Legend";
    LG_UNASSESSED = "未評価", "not assessed";
    LG_INCOMPLETE = "評価途中", "incomplete";
    LG_NONE = "意図なし（レベル1として扱います）", "no intent (counts as level 1)";
    LG_LEVELS = "脅威レベル", "threat level";
    COLUMNS = "表示する重要技術", "Technologies shown";
    COLUMNS_TOP = "上位層のみ", "Top tier only";
    COLUMNS_ROUND = "現在のラウンドの対象範囲", "Current round's scope";
    COLUMNS_ALL = "すべての重要技術", "All technologies";
    SHOWING = "表示中の重要技術：", "Technologies shown: ";
    NO_TECHNOLOGIES = "この表示範囲に重要技術がありません。ステップ1で重要技術を登録・評価するか、「すべての重要技術」を選んでください。",
        "No technologies in this view. Add and rate technologies in Step 1, or choose “All technologies”.";
    NO_ACTORS_MATRIX = "マトリクスを使うには、まず脅威プレイヤーを追加してください。", "Add a threat actor to use the matrix.";
    ACTOR_HEADER = "脅威プレイヤー ＼ 重要技術", "Actor \\ technology";
    RANK = "順位", "Rank";

    EDITOR_TITLE = "脅威評価", "Threat assessment";
    NOT_YET = "まだ評価されていません。最初に入力したときに評価が作成されます。",
        "Not assessed yet. The assessment is created when you first enter something.";
    INTENT_BLOCK = "意図：その技術を本当に必要としているか", "Intent: does the actor really need this technology?";
    CAPABILITY_BLOCK = "能力：入手する手段があるか", "Capability: does it have the means to obtain it?";
    OPPORTUNITY_BLOCK = "機会：いま実行できる立場にあるか", "Opportunity: is it in a position to act now?";
    IN_POLICY_LISTS = "その分野が国の産業政策リストに載っている（例：「中国製造2025」、外商投資奨励産業目録）",
        "The field appears in a state's industrial-policy lists (e.g. “Made in China 2025”, the foreign-investment encouragement catalogue)";
    PATENT_ACTIVITY = "その分野で特許出願をしている", "The actor files patents in the field";
    INTENT_NOTES = "意図の根拠メモ", "Evidence for intent";
    CAPABILITY_EVIDENCE = "能力の根拠", "Evidence for capability";
    OPPORTUNITY_EVIDENCE = "機会の根拠", "Evidence for opportunity";
    CAP_USES_DEFAULT = "能力が未評価のため、脅威プレイヤーの既定の能力を使っています：", "Capability not rated: the actor's default capability is used: ";
    CAP_NO_DEFAULT = "能力が未評価で、脅威プレイヤーに既定の能力もありません。", "Capability not rated and the actor has no default capability.";
    RESULT = "脅威レベル", "Threat level";
    PRODUCT = "意図 × 能力 × 機会", "Intent × capability × opportunity";
    SCALE = "レベル（積の立方根を四捨五入、1〜5）", "Level (cube root of the product, rounded, 1–5)";
    CAP_SOURCE = "能力の出所", "Capability source";
    SRC_ASSESSED = "この評価で入力", "Rated in this assessment";
    SRC_DEFAULT = "脅威プレイヤーの既定値", "Actor's default";
    SRC_MISSING = "なし", "None";
    ST_INTENT_NOT_RATED = "未評価（意図が未評価）", "Not judged (intent not rated)";
    ST_NO_INTENT = "意図なし（最も低いレベル1）", "No intent (the lowest level, 1)";
    ST_INCOMPLETE = "評価途中（能力または機会が未評価）", "Incomplete (capability or opportunity not rated)";
    ST_RATED = "評価済み", "Rated";
    ST_NOT_ASSESSED = "未評価", "Not assessed";
    REMOVE_ASSESSMENT = "この評価を削除", "Remove this assessment";
    CLOSE_EDITOR = "閉じる（Esc）", "Close (Esc)";
    MATRIX_SCROLL = "脅威マトリクス（横にスクロールできます）", "Threat matrix (scrolls sideways)";
}
