//! Anchored descriptions of what 1, 3 and 5 mean on every rating axis.
//!
//! Shown next to each rating control so that a workshop rates consistently.
//! One short line each, concrete enough to argue over. On the "good when high"
//! axes (substitutability, control effectiveness) 5 is the *safe* end: they are
//! inverted (`6 − x`) before they raise a risk, and the anchors say so plainly.

use super::{Source, SourceRef};
use crate::domain::rating::RatingAxis;
use crate::domain::text::Text;

/// Where an axis's anchors come from. Source 004 names every axis (§2 the
/// technology and chokepoint axes, §3 intent, capability and opportunity, §4
/// the scenario criteria) but describes no levels: the anchors are Mamori's,
/// so each is *derived from* the section that names its axis.
pub fn axis_source(axis: RatingAxis) -> Source {
    use RatingAxis::*;
    let locator = match axis {
        MarketImportance
        | NationalStrategy
        | TechSubstitutability
        | LeakImpact
        | ElementDependency
        | ElementSubstitutability
        | SupplyDisruption => "§2",
        Intent | Capability | Opportunity => "§3",
        Feasibility | ScenarioImpact | ControlEffectiveness | TrendRelevance => "§4",
    };
    Source::derived(SourceRef::ProcessOverview, locator)
}

/// Descriptions of 1, 3 and 5 (in that order) on `axis`.
pub fn axis_anchors(axis: RatingAxis) -> [Text; 3] {
    match axis {
        RatingAxis::MarketImportance => [
            Text::new(
                "限られた用途にとどまり、市場・業界への影響は小さい",
                "Niche use; little bearing on the market or industry",
            ),
            Text::new(
                "主力製品・主要研究の一部を支え、競争力に一定の影響がある",
                "Supports part of a main product or research line; matters to competitiveness",
            ),
            Text::new(
                "業界の競争優位の源泉で、世界シェアや標準を左右する",
                "A source of competitive advantage; shapes global share or standards",
            ),
        ],
        RatingAxis::NationalStrategy => [
            Text::new(
                "国の戦略・重点分野とはほとんど関係がない",
                "Little or no link to national strategies or priority fields",
            ),
            Text::new(
                "国の戦略文書で重点分野の周辺として扱われている",
                "Adjacent to a priority field named in national strategy documents",
            ),
            Text::new(
                "国の最重点分野（AI・量子・半導体など）に直接該当し、軍事転用も可能",
                "Squarely in a top national priority (AI, quantum, semiconductors…); dual-use",
            ),
        ],
        RatingAxis::TechSubstitutability => [
            Text::new(
                "代替手段がなく、同じ性能・品質を他の方法では実現できない",
                "No alternative; nothing else reaches the same performance or quality",
            ),
            Text::new(
                "代替手段はあるが、切り替えに数年単位の時間や大きな費用がかかる",
                "Alternatives exist, but switching takes years or major cost",
            ),
            Text::new(
                "同等の技術を容易に入手・置換できる（重要度は低い）",
                "Equivalent technology is easy to obtain or swap in (less critical)",
            ),
        ],
        RatingAxis::LeakImpact => [
            Text::new(
                "流出しても事業・研究への影響は軽微で、すぐに回復できる",
                "A leak would do minor harm, quickly recovered",
            ),
            Text::new(
                "競争優位の一部を失い、事業・研究計画の見直しが必要になる",
                "A leak would erode part of the advantage and force plans to change",
            ),
            Text::new(
                "優位性を決定的に失い、安全保障上の影響や法令違反にも及びうる",
                "A leak would wipe out the advantage and could harm national security or breach the law",
            ),
        ],
        RatingAxis::ElementDependency => [
            Text::new(
                "この要素への依存は小さく、なくても技術は成り立つ",
                "The technology barely depends on this element",
            ),
            Text::new(
                "重要な要素だが、一部は他の要素や工夫で補える",
                "An important element, partly made up for by others",
            ),
            Text::new(
                "この要素がなければ技術が成り立たない",
                "The technology cannot work without this element",
            ),
        ],
        RatingAxis::ElementSubstitutability => [
            Text::new(
                "代替先がなく、唯一の調達先・保有者に頼っている",
                "No alternative; relies on a single supplier or holder",
            ),
            Text::new(
                "代替先はあるが、評価・切替に数か月から1年程度かかる",
                "Alternatives exist, but qualifying one takes months to a year",
            ),
            Text::new(
                "複数の調達先・手段があり、すぐに切り替えられる（安全側）",
                "Several sources or means; can switch at once (the safe end)",
            ),
        ],
        RatingAxis::SupplyDisruption => [
            Text::new(
                "途絶の兆候はなく、安定して確保できる",
                "No sign of disruption; supply is stable",
            ),
            Text::new(
                "特定の国・地域や少数の企業・人に偏っており、途絶の可能性がある",
                "Concentrated in a few countries, firms or people; disruption possible",
            ),
            Text::new(
                "輸出規制・地政学リスク・人材の引き抜きなどで途絶が起きている、または差し迫っている",
                "Disruption is under way or imminent (export restrictions, geopolitics, poaching)",
            ),
        ],
        RatingAxis::Intent => [
            Text::new(
                "この技術を必要とする理由が見当たらない",
                "No apparent need for this technology",
            ),
            Text::new(
                "関心の兆候がある（関連分野の特許出願、引き合いや接触など）",
                "Signs of interest (patent filings in the field, enquiries or approaches)",
            ),
            Text::new(
                "強く必要としている裏付けがある（産業政策の重点リストへの記載、取得の試みなど）",
                "Clear need, with evidence (listed in industrial-policy priorities, attempts to acquire it)",
            ),
        ],
        RatingAxis::Capability => [
            Text::new(
                "取得する手段・資源をほとんど持たない",
                "Lacks the means or resources to obtain it",
            ),
            Text::new(
                "一定の資金・人材・技術力があり、手段によっては取得できる",
                "Has some money, people and skill; could obtain it by some routes",
            ),
            Text::new(
                "豊富な資金・人脈・サイバー能力を持ち、複数の手段で取得できる",
                "Ample funds, networks and cyber capability; can use several routes",
            ),
        ],
        RatingAxis::Opportunity => [
            Text::new(
                "現時点で接点がなく、近づく機会もない",
                "No contact or access now, and no opening to gain it",
            ),
            Text::new(
                "展示会・学会・取引などで間接的な接点がある",
                "Indirect contact through trade shows, conferences or business",
            ),
            Text::new(
                "共同研究・合弁・雇用・委託などで既に情報に近づける立場にある",
                "Already close to the information (joint research, JV, employment, contract)",
            ),
        ],
        RatingAxis::Feasibility => [
            Text::new(
                "手口が難しく、特別な条件がそろわないと実行できない",
                "Hard to carry out; needs unusual conditions",
            ),
            Text::new(
                "一定の準備や内部の協力があれば実行できる",
                "Feasible with some preparation or inside help",
            ),
            Text::new(
                "特別な技能や準備なしに実行でき、類似事例も多い",
                "Easy without special skill or preparation; many similar cases",
            ),
        ],
        RatingAxis::ScenarioImpact => [
            Text::new(
                "損害は限定的で、周辺的な情報が失われる程度",
                "Limited damage; only peripheral information is lost",
            ),
            Text::new(
                "重要技術の一部が流出し、競争力や研究上の優位が損なわれる",
                "Part of a critical technology leaks; the advantage is eroded",
            ),
            Text::new(
                "中核技術が丸ごと流出し、事業・研究の存続や安全保障に重大な影響が出る",
                "The core technology leaks whole; the business, the research or national security is seriously harmed",
            ),
        ],
        RatingAxis::ControlEffectiveness => [
            Text::new(
                "有効な予防策がない、またはルールがあっても守られていない",
                "No effective prevention, or rules that exist only on paper",
            ),
            Text::new(
                "主な対策はあるが、抜け道や検知の遅れがある",
                "Main controls in place, but with gaps or slow detection",
            ),
            Text::new(
                "多層的な対策が運用され、訓練で阻止・検知できることを確認済み（安全側）",
                "Layered controls in use, proven in an exercise to stop or detect it (the safe end)",
            ),
        ],
        RatingAxis::TrendRelevance => [
            Text::new(
                "現在の経済安全保障の議論や規制の動きとはほぼ無関係",
                "Largely unrelated to current economic-security debate or regulation",
            ),
            Text::new(
                "関連する分野や手口が政策・報道で取り上げられ始めている",
                "The field or method is starting to feature in policy or the news",
            ),
            Text::new(
                "国が重点的に警戒する分野・手口（先端半導体、AI、量子、人材獲得など）に直結する",
                "Directly in a field or method the government watches most (advanced chips, AI, quantum, talent recruitment)",
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::checks::assert_bilingual;

    #[test]
    fn every_axis_has_three_distinct_bilingual_anchors() {
        for axis in RatingAxis::ALL {
            let [one, three, five] = axis_anchors(axis);
            for (n, t) in [(1, one), (3, three), (5, five)] {
                assert_bilingual(t, &format!("{axis:?} anchor {n}"));
            }
            assert!(one.ja != three.ja && three.ja != five.ja && one.ja != five.ja);
            assert!(one.en != three.en && three.en != five.en && one.en != five.en);
        }
    }

    #[test]
    fn anchors_are_one_short_line() {
        for axis in RatingAxis::ALL {
            for t in axis_anchors(axis) {
                assert!(!t.ja.contains('\n') && !t.en.contains('\n'), "{axis:?}");
                assert!(t.ja.chars().count() <= 60, "{axis:?}: {}", t.ja);
                assert!(t.en.chars().count() <= 110, "{axis:?}: {}", t.en);
            }
        }
    }

    #[test]
    fn good_when_high_axes_say_which_end_is_safe() {
        for axis in RatingAxis::ALL.into_iter().filter(|a| a.is_inverted()) {
            let five = axis_anchors(axis)[2];
            assert!(
                five.en.contains("less critical") || five.en.contains("safe end"),
                "{axis:?}: 5 should be marked as the safe end"
            );
        }
    }
}
