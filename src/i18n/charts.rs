//! Messages of the charts (src/ui/charts/): titles, descriptions that serve
//! as text alternatives, legends and table captions.

use crate::domain::text::Lang;

messages! {
    HEAT_TITLE = "リスクヒートマップ", "Risk heat map";
    PRESENT = "全画面で表示（発表用）", "Present full screen";
    HEAT_DESC = "縦軸が発生可能性（上ほど高い）、横軸が影響度（右ほど大きい）。各マスの大きな数字はリスクスコアが出ている漏洩シナリオ（状態が下書きのものを含む）の件数、「対策未完了」はそのうち完了した対策がまだない件数です。", "Vertical axis: likelihood (high at the top); horizontal axis: impact (high on the right). The large number in each cell counts the leak scenarios with a risk score there, drafts included; \"open\" counts those without any completed countermeasure.";
    HEAT_CHOOSE = "件数のあるマスを選ぶと、その漏洩シナリオを下に表示します。", "Choose a cell with a count to list its scenarios below.";
    HEAT_OPEN = "対策未完了", "open";
    HEAT_OPEN_NOTE = "「対策未完了」には計画中・実施中の対策しかない漏洩シナリオも含みます。対策後の位置（残留リスク）は評価項目にないため表示しません。", "\"Open\" includes scenarios whose countermeasures are only planned or in progress. Where a scenario would land after its countermeasures (residual risk) is not rated, so it is not shown.";
    LIKELIHOOD = "発生可能性", "Likelihood";
    IMPACT = "影響度", "Impact";
    LEGEND = "凡例", "Legend";
    SCENARIOS_COUNT = "件", "scenarios";
    HEAT_TABLE_CAPTION = "リスクヒートマップ（表形式）：発生可能性 × 影響度ごとの、リスクスコアが出ている漏洩シナリオ（下書きを含む）の件数（うち対策未完了）", "Risk heat map as a table: leak scenarios with a risk score, drafts included, per likelihood × impact (of which open)";
    UNSCORED = "未評価のため地図に載っていない漏洩シナリオ", "Leak scenarios not on the map because they are not fully rated";

    PROFILE_TITLE = "評価軸のプロファイル", "Evaluation profile";
    PROFILE_DESC = "4つの評価軸のリスク値（代替可能性は 6 − 評価値）を棒で示し、縦線が重要度スコア（重み付き平均）です。", "Bars show the risk value of each of the four evaluation axes (substitutability as 6 − rating); the vertical line marks the criticality score (weighted mean).";
    WEIGHT = "重み", "weight";
    NOT_COUNTED = "計算に含まれない", "not counted";
    SCORE_MARK = "重要度", "Criticality";
    COL_RANKING_SCORE = "順位づけの値", "Ranking score";

    ELEMENTS_TITLE = "要素別のチョークポイントスコア", "Chokepoint score by element";
    ELEMENTS_DESC = "各要素のスコア（評価済みの軸のリスク値の平均、1〜5）。縦線がしきい値で、3軸すべて評価済みでしきい値以上の要素がチョークポイントです。", "Score of each element (mean risk value of its rated axes, 1–5). The vertical line is the threshold; an element rated on all three axes and at or above it is a chokepoint.";
    THRESHOLD = "しきい値", "Threshold";
    CHOKEPOINT = "チョークポイント", "Chokepoint";
    COL_KIND = "種類", "Kind";

    KINDS_TITLE = "要素の種類別：チョークポイントの集中", "Where chokepoints concentrate, by element kind";
    KINDS_DESC = "すべての重要技術の要素を種類別に数えました。枠の長さが要素数、塗りの長さがそのうちチョークポイントの数です。", "Elements of all technologies counted by kind. The outline is the number of elements; the filled part, how many of them are chokepoints.";
    KINDS_EMPTY = "チョークポイント要素はまだ登録されていません。", "No chokepoint element has been recorded yet.";
    COL_ELEMENTS = "要素数", "Elements";
    COL_CHOKEPOINTS = "チョークポイント数", "Chokepoints";
    COL_TECHS = "チョークポイントのある重要技術", "Technologies with such a chokepoint";

    TIERS_TITLE = "重要技術の順位と階層", "Technology ranking and tiers";
    TIERS_DESC = "評価が揃った重要技術を重要度の高い順に並べ（脅威評価がまだ確定していないため重要度のみ、尺度5）、階層の境界に破線を引いています。", "Fully rated technologies, highest criticality first (no threat assessment is decided yet, so criticality alone, scale 5); a dashed line marks each tier boundary.";
    TIERS_DESC_THREAT = "評価が揃った重要技術を 重要度×脅威レベル の高い順に並べ（尺度25。脅威評価が未確定の技術は脅威レベル3と仮定）、階層の境界に破線を引いています。", "Fully rated technologies, highest criticality × threat level first (scale 25; a technology without a decided threat assessment is assumed at level 3); a dashed line marks each tier boundary.";
    TIERS_EMPTY = "評価が揃った重要技術はまだありません。", "No technology is fully rated yet.";
    COL_TECH = "重要技術", "Technology";
    COL_TIER = "階層", "Tier";
    COL_RANK = "順位", "Rank";

    ROUNDS_TITLE = "ラウンドごとの進捗", "Progress by round";
    ROUNDS_DESC = "各ラウンドの対象範囲の重要技術のうち、ステップごとに済んだものの割合です。", "For each round, the share of the technologies in its scope that have completed each step.";
    ROUNDS_LIMIT = "以前のラウンドは終了時点の状態を記録していないため、そのラウンドの対象範囲について現在の進捗を示しています。", "Earlier rounds are not recorded as they stood when they ended, so their bars show today's progress within that round's scope.";
    COL_ROUND = "ラウンド", "Round";
    COL_STEP = "ステップ", "Step";
    COL_DONE = "済み", "Done";
}

/// "4 / 5 (80%)", or "—" when nothing is in scope.
pub fn share_text(count: usize, of: usize, percent: Option<u32>) -> String {
    match percent {
        Some(p) => format!("{count} / {of} ({p}%)"),
        None => "—".to_owned(),
    }
}

/// The value printed after a chokepoint-kind bar.
pub fn kind_value(lang: Lang, chokepoints: usize, elements: usize) -> String {
    match lang {
        Lang::Ja => format!("チョークポイント {chokepoints}・要素 {elements}"),
        Lang::En => format!(
            "{} / {}",
            super::en_count(chokepoints, "chokepoint", "chokepoints"),
            super::en_count(elements, "element", "elements")
        ),
    }
}

/// The note under the tier chart on what it leaves out.
pub fn tiers_outside(lang: Lang, quasi: usize, unrated: usize) -> String {
    match lang {
        Lang::Ja => format!("準重要情報 {quasi} 件と未評価 {unrated} 件は順位の対象外です。"),
        Lang::En => format!("Outside the ranking: quasi-important {quasi}, unrated {unrated}."),
    }
}

/// "Round 2 — Top and middle tiers — 3 in scope (current)".
pub fn round_heading(
    lang: Lang,
    number: u32,
    scope: &str,
    in_scope: usize,
    current: bool,
) -> String {
    match lang {
        Lang::Ja => format!(
            "ラウンド {number}（{scope}）対象 {in_scope} 件{}",
            if current { "・現在" } else { "" }
        ),
        Lang::En => format!(
            "Round {number} ({scope}), {in_scope} in scope{}",
            if current { " — current" } else { "" }
        ),
    }
}

/// "rank 2 · Middle".
/// The line that ends a tier with more technologies than bars.
pub fn tier_more(lang: Lang, count: usize, first: usize, last: usize, tier: &str) -> String {
    match lang {
        Lang::Ja => {
            format!("…{tier}のほか{count}件（{first}〜{last}位）は省略：重要技術の一覧を参照")
        }
        Lang::En => {
            format!("… {count} more of the {tier} tier (ranks {first}–{last}): see the inventory")
        }
    }
}

pub fn rank_tier(lang: Lang, rank: usize, tier: &str) -> String {
    match lang {
        Lang::Ja => format!("{rank}位・{tier}"),
        Lang::En => format!("rank {rank} · {tier}"),
    }
}
