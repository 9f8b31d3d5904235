//! Where each catalogue entry comes from: the source documents (`000`..`004`,
//! the file-name prefixes in `shared/sources/`), a locator inside one, and
//! whether the entry restates the source or is derived from it.
//!
//! Locators are `§` section numbers of the outline each document is split
//! into in `docs/catalogues.md` (the sources are web pages without page
//! numbers). The regulatory countermeasures (issue #14) cite public documents
//! outside `shared/sources/`, ids `R01`..`R04` (DOMAIN.md "Regulatory
//! questions"); their locator `§all` cites the document as a whole, a number
//! its chapter or article.

use crate::domain::text::{Lang, Text};

/// One of the source documents the catalogues are distilled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceRef {
    /// 000: explainer of the government's 2024 measures against AI-technology leakage.
    GovAiMeasures,
    /// 001: the police's outreach material on technology leakage.
    PoliceOutreach,
    /// 002: the Technology Security Study Group's 2018 proposals.
    TechSecurityProposals,
    /// 003: explainer of METI's Technology Leakage Countermeasure Guidance, 1st ed.
    MetiGuidance,
    /// 004: article on the overall process of technology-leakage countermeasures.
    ProcessOverview,
    /// R01: METI ordinance on the exporters' compliance standards (2010).
    ExportCompliance,
    /// R02: METI's sensitive-technology management guidance for universities, 4th ed.
    SensitiveTechGuidance,
    /// R03: METI's trade-secret management guidelines (revised 2025-03-31).
    TradeSecretGuidelines,
    /// R04: the Cabinet Office's research-integrity policy (2021-04-27).
    ResearchIntegrity,
}

impl SourceRef {
    /// Every source, in id order.
    pub const ALL: [SourceRef; 9] = [
        SourceRef::GovAiMeasures,
        SourceRef::PoliceOutreach,
        SourceRef::TechSecurityProposals,
        SourceRef::MetiGuidance,
        SourceRef::ProcessOverview,
        SourceRef::ExportCompliance,
        SourceRef::SensitiveTechGuidance,
        SourceRef::TradeSecretGuidelines,
        SourceRef::ResearchIntegrity,
    ];

    /// The source id, `"000"`..`"004"` (the file-name prefix in
    /// `shared/sources/`), `"R01"`..`"R04"` for the public regulatory documents.
    pub fn id(self) -> &'static str {
        match self {
            SourceRef::GovAiMeasures => "000",
            SourceRef::PoliceOutreach => "001",
            SourceRef::TechSecurityProposals => "002",
            SourceRef::MetiGuidance => "003",
            SourceRef::ProcessOverview => "004",
            SourceRef::ExportCompliance => "R01",
            SourceRef::SensitiveTechGuidance => "R02",
            SourceRef::TradeSecretGuidelines => "R03",
            SourceRef::ResearchIntegrity => "R04",
        }
    }

    /// Parses a source id.
    pub fn from_id(id: &str) -> Option<SourceRef> {
        SourceRef::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Title of the source document, with its publisher and date where known.
    pub fn title(self) -> Text {
        match self {
            SourceRef::GovAiMeasures => Text::new(
                "解説記事：AI関連技術の流出防止に向けた政府の新たな対策（2024年6月発表、Reinforz Insight）",
                "Explainer: the government's new measures against AI-technology leakage (announced June 2024; Reinforz Insight)",
            ),
            SourceRef::PoliceOutreach => Text::new(
                "警察「技術流出の防止」アウトリーチ資料（情勢・事例・対策）",
                "Police outreach on preventing technology leakage (situation, cases, countermeasures)",
            ),
            SourceRef::TechSecurityProposals => Text::new(
                "技術安全保障研究会「諸外国並みの技術安全保障体制の構築を～技術保護とサイバーセキュリティが急務～」（2018年10月）",
                "Technology Security Study Group: 'Build a technology-security regime on a par with other countries — technology protection and cybersecurity are urgent' (October 2018)",
            ),
            SourceRef::MetiGuidance => Text::new(
                "経産省「技術流出対策ガイダンス第1版」（2025年5月、政府のガイダンス）の解説（FinalCode ブログ、2025年6月）",
                "Explainer of METI's Technology Leakage Countermeasure Guidance, 1st ed. (May 2025; the government's guidance) (FinalCode blog, June 2025)",
            ),
            SourceRef::ProcessOverview => Text::new(
                "稲村悠「経済安全保障における技術流出対策とは －対策の全体像－（第2回）」（民間コンサルタントの記事。政府のガイダンスではない）",
                "Yu Inamura: 'Technology-leakage countermeasures in economic security — the overall picture (part 2)' (an article by a private consultant, not government guidance)",
            ),
            SourceRef::ExportCompliance => Text::new(
                "経済産業省「輸出者等遵守基準を定める省令」（2010年施行）",
                "METI: Ordinance on the Standards for Exporters' Compliance (in force 2010)",
            ),
            SourceRef::SensitiveTechGuidance => Text::new(
                "経済産業省「安全保障貿易に係る機微技術管理ガイダンス（大学・研究機関用）」第四版（2022年）",
                "METI: Guidance on managing sensitive technology for security export control (universities and research institutions), 4th ed. (2022)",
            ),
            SourceRef::TradeSecretGuidelines => Text::new(
                "経済産業省「営業秘密管理指針」（最終改訂2025年3月31日）",
                "METI: Trade Secret Management Guidelines (last revised 31 March 2025)",
            ),
            SourceRef::ResearchIntegrity => Text::new(
                "統合イノベーション戦略推進会議「研究インテグリティの確保に係る対応方針」（2021年4月27日）",
                "Cabinet Office (Council for Integrated Innovation Strategy): policy on ensuring research integrity (27 April 2021)",
            ),
        }
    }
}

/// Whether an entry restates its source or goes beyond it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// The case or measure is stated in the source; the entry restates it
    /// (its example of how to do it is Mamori's wording).
    Quoted,
    /// The entry extrapolates: a measure drawn from a case, a case from a
    /// measure, or an actor, anchor or detail the source does not state.
    DerivedFrom,
}

/// The source of one catalogue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    pub doc: SourceRef,
    /// Section(s) in the document's outline, e.g. `"§2.1.2"`; ASCII.
    pub locator: &'static str,
    pub kind: SourceKind,
}

impl Source {
    /// An entry that restates `doc` at `locator`.
    pub const fn quoted(doc: SourceRef, locator: &'static str) -> Source {
        Source {
            doc,
            locator,
            kind: SourceKind::Quoted,
        }
    }

    /// An entry derived from `doc` at `locator`.
    pub const fn derived(doc: SourceRef, locator: &'static str) -> Source {
        Source {
            doc,
            locator,
            kind: SourceKind::DerivedFrom,
        }
    }

    /// Language-neutral citation, as in the CSV `source` column:
    /// `003 §2.1.2` or `derived from 003 §2.1.2`.
    pub fn cite(self) -> String {
        match self.kind {
            SourceKind::Quoted => format!("{} {}", self.doc.id(), self.locator),
            SourceKind::DerivedFrom => {
                format!("derived from {} {}", self.doc.id(), self.locator)
            }
        }
    }

    /// The citation as shown next to an entry: `出典：003 §2.1.2` /
    /// `Source: 003 §2.1.2`, or `003 §2.1.2 から導出` / `Derived from 003 §2.1.2`.
    pub fn label(self, lang: Lang) -> String {
        let at = format!("{} {}", self.doc.id(), self.locator);
        match (self.kind, lang) {
            (SourceKind::Quoted, Lang::Ja) => format!("出典：{at}"),
            (SourceKind::Quoted, Lang::En) => format!("Source: {at}"),
            (SourceKind::DerivedFrom, Lang::Ja) => format!("{at} から導出"),
            (SourceKind::DerivedFrom, Lang::En) => format!("Derived from {at}"),
        }
    }

    /// The label followed by the document's title, for a tooltip or a
    /// report footnote: says which document (and, for 003 and 004, whether it
    /// is guidance or an article).
    pub fn long_label(self, lang: Lang) -> String {
        let sep = match lang {
            Lang::Ja => "：",
            Lang::En => ": ",
        };
        format!("{}{sep}{}", self.label(lang), self.doc.title().get(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_say_derived_from_only_when_derived() {
        let q = Source::quoted(SourceRef::MetiGuidance, "§2.1.2");
        let d = Source::derived(SourceRef::ProcessOverview, "§4");
        assert_eq!(q.cite(), "003 §2.1.2");
        assert_eq!(d.cite(), "derived from 004 §4");
        assert_eq!(q.label(Lang::Ja), "出典：003 §2.1.2");
        assert_eq!(q.label(Lang::En), "Source: 003 §2.1.2");
        assert_eq!(d.label(Lang::Ja), "004 §4 から導出");
        assert_eq!(d.label(Lang::En), "Derived from 004 §4");
        assert!(d.long_label(Lang::En).contains("private consultant"));
        assert!(q.long_label(Lang::Ja).contains("政府のガイダンス"));
    }
}
