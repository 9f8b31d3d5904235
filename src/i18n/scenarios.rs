//! Messages of the scenarios screen (Step 3).

messages! {
    TITLE = "ステップ3 漏洩シナリオの抽出・評価", "Step 3 — Leak scenarios";
    INTRO = "上位の重要技術から、外部・内部、合法・違法の両面で漏洩シナリオを書き出し、実現可能性・影響度・予防体制の有効性・経済安全保障トレンドとの関連性で評価します。危険なものから対策します。", "Starting from the top technologies, write leak scenarios covering external and internal, legal and illegal routes, and rate feasibility, impact, control effectiveness and trend relevance. Deal with the most dangerous first.";

    SCOPE = "対象範囲", "Scope";
    SCOPE_TOP = "上位層の重要技術のみ", "Top-tier technologies only";
    SCOPE_ROUND = "現在のラウンドの範囲", "Scope of the current round";
    SCOPE_ALL = "すべての重要技術", "All technologies";
    ROUND = "ラウンド", "Round";

    FILTERS = "絞り込み", "Filters";
    FILTER_TECH = "重要技術", "Technology";
    FILTER_LEVEL = "リスクレベル", "Risk level";
    FILTER_STATUS = "状態", "Status";
    FILTER_GROUP = "パターン群", "Pattern group";
    CLEAR_FILTERS = "絞り込みを解除", "Clear filters";

    LIST_TITLE = "優先順位順の漏洩シナリオ", "Leak scenarios in priority order";
    LIST_EMPTY = "この範囲と条件に当てはまる漏洩シナリオはありません。", "No leak scenario matches this scope and these filters.";
    COL_PRIORITY = "優先順位", "Priority";
    COL_TITLE = "タイトル", "Title";
    COL_TECH = "重要技術", "Technology";
    COL_ACTOR = "脅威プレイヤー", "Threat actor";
    COL_LIKELIHOOD = "発生可能性", "Likelihood";
    COL_IMPACT = "影響度", "Impact";
    COL_RISK = "リスク", "Risk";
    COL_STATUS = "状態", "Status";
    COL_CMS = "対策（完了/全体）", "Countermeasures (done/total)";
    NOT_SCORED = "未算出", "Not scored";

    ADD = "漏洩シナリオを追加", "Add a leak scenario";
    ADD_TITLE = "新しい漏洩シナリオ", "New leak scenario";
    ADD_TECH = "対象の重要技術", "Technology";
    ADD_PATTERN = "ひな形", "Start from";
    BLANK = "空白から作成", "Blank scenario";
    CREATE = "作成して開く", "Create and open";
    NO_TECH_IN_SCOPE = "この範囲に重要技術がありません。範囲を広げるか、ステップ1で重要技術を登録・評価してください。", "There is no technology in this scope. Widen the scope, or add and rate technologies in Step 1.";
    DEFAULT_TITLE = "新しい漏洩シナリオ", "New leak scenario";

    DETAIL = "漏洩シナリオの詳細", "Leak scenario details";
    CLOSE_DETAIL = "一覧に戻る", "Back to the list";
    F_TECH = "重要技術", "Technology";
    F_ACTOR = "脅威プレイヤー（任意）", "Threat actor (optional)";
    F_TITLE = "タイトル", "Title";
    F_NARRATIVE = "シナリオの内容", "Narrative";
    F_NARRATIVE_HINT = "誰が、どの経路で、何を持ち出すか。", "Who takes what, and by which route.";
    F_PATTERN = "元にしたパターン", "Pattern";
    F_NO_PATTERN = "なし（独自のシナリオ）", "None (own scenario)";
    F_UNKNOWN_PATTERN = "このバージョンのカタログにないパターン", "A pattern not in this version's catalogue";
    F_GROUP = "パターン群", "Pattern group";
    F_ORIGIN = "外部／内部", "External or internal";
    F_LEGALITY = "合法性", "Legality";
    /// The empty choice of origin and legality: a gap until chosen.
    NOT_CHOSEN = "未選択", "Not chosen";
    F_STATUS = "状態", "Status";
    F_NOTES = "備考", "Notes";
    RATINGS = "評価", "Ratings";

    RESULT = "評価結果", "Result";
    LIKELIHOOD = "発生可能性", "Likelihood";
    FEASIBILITY = "実現可能性", "Feasibility";
    CONTROL_EFF = "予防体制の有効性", "Control effectiveness";
    CONTROL_WEAKNESS = "予防体制の弱さ（有効性が高いほど小さい）", "Control weakness (the better the controls, the lower)";
    TREND = "経済安全保障トレンドとの関連性", "Relevance to economic-security trends";
    THREAT_USED = "脅威レベル（1〜5）", "Threat level (1–5)";
    LIKELIHOOD_SUM = "4項目の合計", "Sum of the four";
    LIKELIHOOD_RULE = "合計 ÷ 4（四捨五入）", "sum ÷ 4, rounded";
    IMPACT = "影響度", "Impact";
    IMPACT_FROM_SCENARIO = "このシナリオの評価", "rated on this scenario";
    IMPACT_FROM_TECH = "未評価のため重要技術の「流出時の影響度」を使用", "not rated here: the technology's impact if leaked is used";
    IMPACT_MISSING = "シナリオにも重要技術にも影響度の評価がありません", "neither the scenario nor the technology has an impact rating";
    RISK_SCORE = "リスクスコア（発生可能性×影響度）", "Risk score (likelihood × impact)";
    POINTS = "同じスコアの中の順（合計×影響度）", "Order within the same score (sum × impact)";
    RISK_LEVEL = "リスクレベル", "Risk level";
    PRIORITY = "優先順位", "Priority";
    THREAT = "脅威評価（脅威プレイヤー×重要技術）", "Threat assessment (actor × technology)";
    THREAT_PRODUCT = "意図×能力×機会", "intent × capability × opportunity";
    THREAT_NO_ACTOR = "脅威プレイヤーが選ばれていません", "No threat actor chosen";
    THREAT_NOT_ASSESSED = "この組み合わせはステップ2で未評価です", "This pair is not assessed in Step 2 yet";
    THREAT_INTENT_NOT_RATED = "意図が未評価", "Intent not rated";
    THREAT_NO_INTENT = "意図なし（レベル1）", "No intent (level 1)";
    THREAT_INCOMPLETE = "能力または機会が未評価", "Capability or opportunity not rated";
    INTENT = "意図", "Intent";
    CAPABILITY = "能力", "Capability";
    OPPORTUNITY = "機会", "Opportunity";
    NEEDS_RATINGS = "実現可能性・予防体制の有効性・トレンドとの関連性を評価すると算出されます。", "Rate feasibility, control effectiveness and trend relevance to compute it.";

    CMS = "この漏洩シナリオの対策", "Countermeasures of this scenario";
    CMS_EMPTY = "まだ対策がありません。", "No countermeasure yet.";
    CM_TITLE = "対策", "Countermeasure";
    CM_STATUS = "状態", "Status";
    CM_OWNER = "担当者", "Owner";
    CM_DUE = "期限", "Due date";
    DETACH = "外す", "Detach";
    ATTACH = "対策を追加", "Attach a countermeasure";
    FROM_LIBRARY = "対策ライブラリから", "From the library";
    LIBRARY_PICK = "ライブラリの対策", "Library countermeasure";
    SUGGESTED = "このパターンに推奨", "Suggested for this pattern";
    FOR_GROUP = "このパターン群に有効", "For this pattern group";
    OTHER_CMS = "その他", "Others";
    ADD_FROM_LIBRARY = "ライブラリから追加", "Add from the library";
    EXISTING = "登録済みの対策を関連付ける", "Link an existing countermeasure";
    EXISTING_PICK = "登録済みの対策", "Existing countermeasure";
    LINK = "関連付ける", "Link";
    NO_EXISTING = "関連付けられる対策はありません。", "No other countermeasure to link.";
    NEW_BLANK = "新しい対策を空白から作成", "Create a new blank countermeasure";
    NEW_CM_TITLE = "新しい対策", "New countermeasure";

    DELETE = "この漏洩シナリオを削除", "Delete this leak scenario";
    CONFIRM_DELETE = "この漏洩シナリオを削除しますか？", "Delete this leak scenario?";
    CONFIRM_UNLINKS = "次の記録から関連付けが外れます（記録は残ります）：", "These records lose their link to it (they are kept):";
    DELETED = "漏洩シナリオを削除しました。", "Leak scenario deleted.";
    UNDO_FAILED = "元に戻せませんでした。", "Could not undo.";
    NOT_FOUND = "この漏洩シナリオは見つかりません。", "This leak scenario was not found.";
}

/// "Showing n of m scenarios".
pub fn showing(lang: crate::domain::text::Lang, shown: usize, total: usize) -> String {
    match lang {
        crate::domain::text::Lang::Ja => format!("全{total}件中 {shown}件を表示"),
        crate::domain::text::Lang::En => {
            format!(
                "Showing {shown} of {}",
                super::en_count(total, "scenario", "scenarios")
            )
        }
    }
}

/// "n technologies in scope".
pub fn techs_in_scope(lang: crate::domain::text::Lang, n: usize) -> String {
    match lang {
        crate::domain::text::Lang::Ja => format!("範囲内の重要技術 {n}件"),
        crate::domain::text::Lang::En => {
            format!(
                "{} in scope",
                super::en_count(n, "technology", "technologies")
            )
        }
    }
}
