//! Messages of the inventory screen (Step 1: inventory and evaluation of
//! critical technologies, with chokepoint elements).

use crate::domain::text::Lang;

messages! {
    TITLE = "ステップ1 重要技術の棚卸・評価", "Step 1 — Inventory and evaluation";
    INTRO = "保有する技術情報を洗い出し、保管場所・管理体制・アクセス権限と属人化した知見を記録したうえで、4つの評価軸で評価します。重要度の高い順に階層（上位・中位・下位）が決まります。",
        "List the technical information you hold, record where it is stored, how it is managed, who has access and which know-how depends on specific people, then rate it on four axes. Tiers (top, middle, lower) follow from the criticality ranking.";
    ADD_TECHNOLOGY = "重要技術を追加", "Add technology";
    NEW_TECH_NAME = "新しい重要技術", "New technology";
    LIST_HEADING = "重要技術の一覧", "Technologies";
    FILTER_CATEGORY = "種別で絞り込み", "Filter by category";
    FILTER_TIER = "階層で絞り込み", "Filter by tier";
    FILTER_OWNER = "管理部署で絞り込み", "Filter by owner unit";
    SEARCH_LABEL = "名称・説明を検索", "Search name and description";
    CLEAR_FILTERS = "絞り込みを解除", "Clear filters";
    LIST_EMPTY = "まだ重要技術がありません。「重要技術を追加」から始めてください。", "No technologies yet. Start with “Add technology”.";
    NO_MATCH = "条件に合う重要技術はありません。", "No technology matches the filters.";
    COL_NAME = "名称", "Name";
    COL_CATEGORY = "種別", "Category";
    COL_OWNER = "管理部署", "Owner unit";
    COL_SCORE = "重要度", "Criticality";
    COL_RANK = "順位", "Rank";
    COL_TIER = "階層", "Tier";
    COL_CHOKEPOINT = "チョークポイント", "Chokepoint";
    COL_ELEMENTS = "要素数", "Elements";
    COL_SCENARIOS = "シナリオ数", "Scenarios";
    PROVISIONAL = "暫定", "provisional";
    CHOKEPOINT_YES = "あり", "Yes";
    CHOKEPOINT_NO = "なし", "No";
    SORT_HINT = "列見出しのボタンで並べ替えできます。", "Use the column header buttons to sort.";

    SELECT_HINT = "一覧から重要技術を選ぶか、新しく追加してください。", "Select a technology in the list or add a new one.";
    TECH_NOT_FOUND = "この重要技術は見つかりません（削除された可能性があります）。", "This technology was not found (it may have been deleted).";
    BACK_TO_LIST = "一覧に戻る", "Back to the list";
    DETAIL_LABEL = "重要技術の詳細", "Technology details";
    SEC_BASIC = "基本情報", "Basic information";
    SEC_MANAGEMENT = "保管場所・管理体制・アクセス権限", "Storage, management and access";
    SEC_RATINGS = "評価（4つの評価軸）", "Evaluation (four axes)";
    SEC_SCORE = "重要度スコア", "Criticality score";
    SEC_ELEMENTS = "チョークポイント要素", "Chokepoint elements";
    SEC_DELETE = "重要技術の削除", "Delete technology";
    CATEGORY = "種別", "Category";
    EXTERNAL_PARTIES = "外部者（共同研究先・委託先・来訪者など）のアクセス", "Access by outside parties (partners, contractors, visitors)";
    HINT_COUNT = "人数を数字で。空欄は未記録。", "A whole number; leave blank if not recorded.";
    HINT_STORAGE = "1行に1件（サーバ、実験ノート、クラウドのフォルダなど）", "One per line (servers, lab notebooks, cloud folders …)";
    HINT_MANAGEMENT = "誰がどのように管理しているか（規程、施錠、アクセスログなど）", "Who manages it and how (rules, locks, access logs …)";

    COL_AXIS = "評価軸", "Axis";
    COL_RATING = "評価値", "Rating";
    COL_RISK_VALUE = "リスク値", "Risk value";
    COL_WEIGHT = "重み", "Weight";
    COL_CONTRIBUTION = "重み×リスク値", "Weight × value";
    TOTAL = "合計", "Total";
    CRITICALITY = "重要度", "Criticality";
    THREAT_LEVEL = "脅威レベル（1〜5）", "Threat level (1–5)";
    THREAT_ASSESSED = "確定した脅威評価のうち最も高いもの", "the highest of its decided threat assessments";
    THREAT_ASSUMED = "脅威評価が未確定のため3と仮定", "no decided threat assessment: 3 assumed";
    RANKING_SCORE = "順位づけの値", "Ranking score";
    RANKING_BY_CRITICALITY = "重要度のみ（脅威評価がまだ一つも確定していません）", "criticality alone (no threat assessment is decided yet)";
    HIGH_LOWERS_RISK = "高いほどリスクは下がる", "high lowers the risk";
    INVERTED_NOTE = "代替可能性は高いほどリスクが低いため、リスク値 = 6 − 評価値 に反転します。", "Substitutability lowers risk when high, so its risk value is 6 − rating.";
    FORMULA = "重要度 = Σ(重み×リスク値) ÷ Σ重み（未評価の軸は除く）", "Criticality = Σ(weight × value) ÷ Σ weight (axes not rated are left out)";
    INCOMPLETE = "4つの評価軸をすべて評価すると階層が決まります。現在のスコアは暫定です。", "Rate all four axes to get a tier. The score shown is provisional.";
    NOTHING_RATED = "まだ評価されていません。", "Not rated yet.";
    QUASI_RULE = "準重要情報は順位付けの対象外で、独自の区分として扱います（サイクルの最後の段階）。", "Quasi-important information is not ranked; it is a class of its own (the last stage of the cycle).";
    NOT_RANKED = "順位なし", "not ranked";
    TECH_FLAG_YES = "この重要技術にはチョークポイントがあります", "This technology has a chokepoint";
    TECH_FLAG_NO = "チョークポイントと判定された要素はありません", "No element is flagged as a chokepoint";

    ELEMENTS_INTRO = "技術を素材・プロセス・設備・人材・ノウハウ・インフラの要素に分解し、依存度・代替可能性・供給途絶リスクを評価します。", "Break the technology down into materials, process, equipment, people, know-how and infrastructure, and rate each on dependency, substitutability and supply-disruption risk.";
    ADD_ELEMENT = "要素を追加", "Add element";
    NEW_ELEMENT_NAME = "新しい要素", "New element";
    NO_ELEMENTS = "まだ要素がありません。", "No elements yet.";
    COL_KIND = "種類", "Kind";
    COL_ELEMENT_SCORE = "要素スコア", "Element score";
    ELEMENT_KIND = "要素の種類", "Kind of element";
    EDIT = "編集", "Edit";
    CLOSE_EDIT = "編集を閉じる", "Close editing";
    EDIT_ELEMENT = "要素の編集", "Edit element";
    CHOKEPOINT_FLAG = "チョークポイント", "Chokepoint";
    ELEMENT_DELETED = "要素を削除しました。", "Element deleted.";

    DELETE_TECH = "この重要技術を削除", "Delete this technology";
    CONFIRM_TITLE = "この重要技術を削除しますか？", "Delete this technology?";
    WILL_DELETE = "一緒に削除されるもの", "Deleted with it";
    WILL_UNLINK = "リンクだけが外れるもの（記録は残ります）", "Kept, but the link is removed";
    ONLY_ITSELF = "ほかに影響を受ける記録はありません。", "No other record is affected.";
    UNDO_HINT = "削除した直後なら「元に戻す」で復元できます。", "You can undo right after deleting.";
    TECH_DELETED = "重要技術を削除しました：", "Technology deleted: ";
    UNDO_FAILED = "元に戻せませんでした：", "Could not undo: ";
}

/// "Showing n of m".
pub fn shown(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Ja => format!("全{total}件中 {shown}件を表示"),
        Lang::En => format!("Showing {shown} of {total}"),
    }
}

/// Counts per tier for the summary line.
pub fn tier_counts(
    lang: Lang,
    top: usize,
    middle: usize,
    lower: usize,
    quasi: usize,
    unrated: usize,
) -> String {
    match lang {
        Lang::Ja => format!(
            "上位 {top}件・中位 {middle}件・下位 {lower}件・準重要情報 {quasi}件・未評価 {unrated}件"
        ),
        Lang::En => format!(
            "Top {top} · middle {middle} · lower {lower} · quasi-important {quasi} · unrated {unrated}"
        ),
    }
}

/// "Rank r of n".
pub fn rank_of(lang: Lang, rank: usize, ranked: usize) -> String {
    match lang {
        Lang::Ja => format!("{ranked}件中 {rank}位"),
        Lang::En => format!("{rank} of {ranked}"),
    }
}

/// The tier rule with the numbers of this workbook.
pub fn tier_rule(
    lang: Lang,
    ranked: usize,
    top_pct: u8,
    top_mid_pct: u16,
    top_target: usize,
    middle_target: usize,
) -> String {
    match lang {
        Lang::Ja => format!(
            "階層の決め方：評価が完了した{ranked}件を順位づけの値（上記）の高い順に並べ、上位{top_pct}%（⌈{ranked}×{top_pct}÷100⌉＝{top_target}件）を上位層、上位と合わせて{top_mid_pct}%（{middle_target}件）までを中位層、残りを下位層とします。境界で同点のものは上の層に含めます。"
        ),
        Lang::En => format!(
            "How tiers are set: the {ranked} fully rated technologies are ranked by their ranking score (above); the first {top_pct}% (⌈{ranked}×{top_pct}÷100⌉ = {top_target}) form the top tier, up to {top_mid_pct}% together with the top ({middle_target}) the middle tier, the rest the lower tier. Ties at a boundary join the higher tier."
        ),
    }
}

/// The chokepoint rule with this workbook's threshold.
pub fn chokepoint_rule(lang: Lang, threshold: u8) -> String {
    match lang {
        Lang::Ja => format!(
            "要素スコア＝依存度、6−代替可能性、供給途絶リスクの平均。3つとも評価済みでスコアが{threshold}以上ならチョークポイントです。"
        ),
        Lang::En => format!(
            "Element score = mean of dependency, 6 − substitutability and supply-disruption risk. An element with all three rated and a score of {threshold} or more is a chokepoint."
        ),
    }
}

/// Accessible name of a sort button.
pub fn sorted_by(lang: Lang, column: &str) -> String {
    match lang {
        Lang::Ja => format!("{column}で並べ替え"),
        Lang::En => format!("Sort by {column}"),
    }
}

/// What the tiers rank by, and how many technologies still lack a decided
/// threat assessment (they rank at the assumed level 3, never as low).
pub fn tier_basis(lang: Lang, by_threat: bool, unassessed: usize) -> String {
    match (lang, by_threat) {
        (Lang::Ja, false) => "順位の基準：重要度のみ（ステップ2の脅威評価がまだ一つも確定していません。確定すると 重要度×脅威レベル で順位づけします）".to_owned(),
        (Lang::En, false) => "Ranked by criticality alone: no threat assessment is decided yet (Step 2). Once one is, technologies rank by criticality × threat level.".to_owned(),
        (Lang::Ja, true) => format!("順位の基準：重要度×脅威レベル。脅威評価が確定していない重要技術 {unassessed}件は脅威レベル3と仮定しています。"),
        (Lang::En, true) => format!("Ranked by criticality × threat level. {unassessed} technologies without a decided threat assessment are assumed at threat level 3."),
    }
}
