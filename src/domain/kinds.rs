//! Closed enumerations of the model, each with a stable, language-neutral code
//! (used in storage, CSV and URLs) and a bilingual label (used in the UI).
//!
//! Codes are a data contract: never rename one; add a variant and a migration
//! instead. `code_enum!` generates `ALL`, `code`, `from_code`, `label` and serde
//! impls that read and write the code.

use super::text::Text;

/// Error for a code that names no variant; carries what was seen and what the
/// enumeration is called so the message can say both.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code {code:?}")]
pub struct UnknownCode {
    pub kind: &'static str,
    pub code: String,
}

/// What an enumeration's `KIND` (as in [`UnknownCode::kind`]) is called, for
/// messages people read: "not a technology category", never the internal
/// `tech_category`. Unknown kinds fall back to the kind itself.
pub fn kind_label(kind: &str) -> Text {
    match kind {
        "tech_category" => Text::new("重要技術の区分", "technology category"),
        "export_control" => Text::new("該非判定の結果", "export-control classification"),
        "export_exception" => Text::new("許可不要の特例", "licence exception"),
        "person_role" => Text::new("立場", "role"),
        "residency" => Text::new("居住性", "residency"),
        "specified_category" => Text::new("特定類型の自己申告", "specified-category declaration"),
        "element_kind" => Text::new("要素の種類", "element kind"),
        "actor_kind" => Text::new("脅威プレイヤーの種類", "actor kind"),
        "threat_origin" => Text::new("脅威の所在（内部・外部）", "threat origin"),
        "legality" => Text::new("合法・違法の別", "legality"),
        "pattern_group" => Text::new("流出の類型", "leakage pattern"),
        "cyber_step" => Text::new("サイバー対策の段階", "cyber-defence step"),
        "case_group" => Text::new("ガイダンスのケース", "guidance case group"),
        "scenario_status" => Text::new("シナリオの状態", "scenario status"),
        "cm_category" => Text::new("対策の区分", "countermeasure category"),
        "cm_phase" => Text::new("対策の段階", "countermeasure phase"),
        "cm_status" => Text::new("対策の状態", "countermeasure status"),
        "exercise_kind" => Text::new("訓練の種類", "exercise kind"),
        "detection" => Text::new("検知の結果", "detection"),
        "response" => Text::new("対応の結果", "response"),
        "weakness_kind" => Text::new("弱点の種類", "weakness kind"),
        "tier" => Text::new("階層", "tier"),
        "risk_level" => Text::new("リスクレベル", "risk level"),
        "round_scope" => Text::new("ラウンドの範囲", "round scope"),
        _ => Text::new("コード", "code"),
    }
}

/// What every closed enumeration offers, so generic code (pickers, CSV
/// columns) can handle any of them.
pub trait Coded: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> Text;
    fn from_code(code: &str) -> Result<Self, UnknownCode>;
}

macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident ($kind:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $ja:literal, $en:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];
            /// Name of this enumeration in codes and messages.
            pub const KIND: &'static str = $kind;

            /// The stable, language-neutral code.
            pub fn code(self) -> &'static str {
                match self { $( $name::$variant => $code, )+ }
            }

            /// Parses a code; exact match, no case folding.
            pub fn from_code(code: &str) -> Result<Self, $crate::domain::kinds::UnknownCode> {
                match code {
                    $( $code => Ok($name::$variant), )+
                    _ => Err($crate::domain::kinds::UnknownCode {
                        kind: $kind,
                        code: code.to_owned(),
                    }),
                }
            }

            /// The label shown to people.
            pub fn label(self) -> $crate::domain::text::Text {
                match self { $( $name::$variant => $crate::domain::text::Text::new($ja, $en), )+ }
            }
        }

        impl $crate::domain::kinds::Coded for $name {
            fn all() -> &'static [Self] { $name::ALL }
            fn code(self) -> &'static str { $name::code(self) }
            fn label(self) -> $crate::domain::text::Text { $name::label(self) }
            fn from_code(code: &str) -> Result<Self, $crate::domain::kinds::UnknownCode> {
                $name::from_code(code)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::from_code(&code).map_err(serde::de::Error::custom)
            }
        }
    };
}
/// Also used by `error.rs` for the record kinds and fields errors name.
pub(crate) use code_enum;

code_enum! {
    /// Category of a critical technology (重要技術の種別).
    TechCategory("tech_category") {
        ResearchData = "research_data", "研究データ", "Research data";
        DesignDrawing = "design_drawing", "図面・設計情報", "Drawings and designs";
        SourceCode = "source_code", "ソースコード", "Source code";
        ProcessKnowHow = "process_know_how", "製造・プロセスノウハウ", "Process know-how";
        SampleMaterial = "sample_material", "試料・材料", "Samples and materials";
        TradeSecret = "trade_secret", "営業秘密", "Trade secret";
        /// Quasi-important information such as HR data: its own tier class.
        QuasiImportant = "quasi_important", "準重要情報（人事情報など）", "Quasi-important information (e.g. HR data)";
        Other = "other", "その他", "Other";
    }
}

code_enum! {
    /// Result of the export-control classification (該非判定) under the
    /// Foreign Exchange and Foreign Trade Act (外為法). `to_check` is the
    /// universities' 不明・疑義 (the code predates the wording; codes never change).
    ExportControl("export_control") {
        NotJudged = "not_judged", "未判定", "Not judged";
        ToCheck = "to_check", "不明・疑義（要確認）", "Unclear / in doubt";
        Listed = "listed", "該当（リスト規制）", "Listed (controlled)";
        NotListed = "not_listed", "非該当", "Not listed";
    }
}

impl ExportControl {
    /// Whether providing the technology may need a licence (該当, or 不明・疑義
    /// until resolved): the classifications the deemed-export rule watches.
    pub fn may_be_controlled(self) -> bool {
        matches!(self, ExportControl::Listed | ExportControl::ToCheck)
    }
}

code_enum! {
    /// Ground of a claimed exception from the licence requirement
    /// (DOMAIN.md "Regulatory questions"; 貿易外省令9条2項).
    ExportException("export_exception") {
        PubliclyAvailable = "publicly_available", "公知の技術・公知とするための提供", "Publicly available technology (or provided to publish it)";
        PatentFiling = "patent_filing", "特許出願に必要な最小限の技術", "Minimum needed to file a patent";
        BasicResearch = "basic_research", "基礎科学分野の研究活動", "Basic scientific research";
    }
}

code_enum! {
    /// A person's role in the organisation.
    PersonRole("person_role") {
        Staff = "staff", "職員・教員", "Staff";
        Student = "student", "学生", "Student";
        Visiting = "visiting", "客員・招へい研究者", "Visiting researcher";
        Contractor = "contractor", "委託先・派遣", "Contractor";
        Other = "other", "その他", "Other";
    }
}

code_enum! {
    /// Residency under the Foreign Exchange Act (居住者・非居住者).
    Residency("residency") {
        Resident = "resident", "居住者", "Resident";
        NonResident = "non_resident", "非居住者", "Non-resident";
    }
}

code_enum! {
    /// A person's specified-category self-declaration (特定類型, in force 2022-05-01).
    SpecifiedCategory("specified_category") {
        NotSubmitted = "not_submitted", "未提出", "Not submitted";
        NoCategory = "none", "該当なし", "None";
        Category1 = "category_one", "類型①（外国政府・外国法人等との雇用契約等）", "Category 1 (under contract with a foreign government or entity)";
        Category2 = "category_two", "類型②（外国政府等から年間所得の25%以上の利益）", "Category 2 (25 % or more of income from a foreign government)";
        Category3 = "category_three", "類型③（その他外国政府等の指示の下で行動）", "Category 3 (otherwise acting under a foreign government's instructions)";
    }
}

impl SpecifiedCategory {
    /// A short label for lists: 「類型②」 / "Category 2".
    pub fn short_label(self) -> Text {
        match self {
            SpecifiedCategory::Category1 => Text::new("類型①", "Category 1"),
            SpecifiedCategory::Category2 => Text::new("類型②", "Category 2"),
            SpecifiedCategory::Category3 => Text::new("類型③", "Category 3"),
            other => other.label(),
        }
    }

    /// Whether the person declared one of the categories ①–③.
    pub fn is_specified(self) -> bool {
        matches!(
            self,
            SpecifiedCategory::Category1
                | SpecifiedCategory::Category2
                | SpecifiedCategory::Category3
        )
    }
}

code_enum! {
    /// Kind of a chokepoint element of a technology.
    ElementKind("element_kind") {
        Materials = "materials", "素材", "Materials";
        Process = "process", "プロセス", "Process";
        Equipment = "equipment", "設備", "Equipment";
        People = "people", "人材", "People";
        KnowHow = "know_how", "ノウハウ", "Know-how";
        Infrastructure = "infrastructure", "インフラ", "Infrastructure";
    }
}

code_enum! {
    /// Kind of threat actor (脅威プレイヤーの種別).
    ActorKind("actor_kind") {
        StateBody = "state_body", "国家機関", "State body";
        ForeignCompany = "foreign_company", "外国企業", "Foreign company";
        Competitor = "competitor", "競合他社", "Competitor";
        ResearchInstitution = "research_institution", "研究機関", "Research institution";
        Insider = "insider", "内部者", "Insider";
        DepartingEmployee = "departing_employee", "退職予定者・転職者", "Departing employee";
        CyberCriminal = "cyber_criminal", "サイバー犯罪者", "Cyber criminal";
        Contractor = "contractor", "委託先・取引先", "Contractor or partner";
        JvPartner = "jv_partner", "合弁パートナー", "Joint-venture partner";
        Other = "other", "その他", "Other";
    }
}

code_enum! {
    /// Whether a leak scenario starts outside or inside the organisation.
    ThreatOrigin("threat_origin") {
        External = "external", "外部", "External";
        Internal = "internal", "内部", "Internal";
    }
}

code_enum! {
    /// Legal character of the leak route: legal activities used as cover count too.
    Legality("legality") {
        Legal = "legal", "合法", "Legal";
        Grey = "grey", "グレー", "Grey";
        Illegal = "illegal", "違法", "Illegal";
    }
}

code_enum! {
    /// Police pattern group a scenario belongs to (source 001).
    PatternGroup("pattern_group") {
        Cyber = "cyber", "サイバー攻撃", "Cyber attack";
        Espionage = "espionage", "人を介した流出（スパイ工作・不適切な接触・過失）", "Through people (espionage, improper contact, mistakes)";
        EconomicAcademic = "economic_academic", "経済・学術活動", "Economic or academic activity";
    }
}

code_enum! {
    /// The police's three steps of cyber defence (source 001 §4), on the
    /// countermeasures that implement one; for filtering the library.
    CyberStep("cyber_step") {
        Reduce = "reduce", "リスク低減", "Reduce risk";
        Detect = "detect", "早期検知", "Detect early";
        Respond = "respond", "対処・回復", "Respond and recover";
    }
}

code_enum! {
    /// The two high-risk case groups of METI's guidance (source 003 §2), on
    /// the patterns and countermeasures taken from it; for filtering lists.
    CaseGroup("case_group") {
        Overseas = "overseas", "海外拠点進出に伴う流出", "Overseas expansion";
        ThroughPeople = "through_people", "人を通じた流出", "Through people";
    }
}

code_enum! {
    /// Workflow state of a leak scenario.
    ScenarioStatus("scenario_status") {
        Draft = "draft", "作成中", "Draft";
        Assessed = "assessed", "評価済み", "Assessed";
        Mitigating = "mitigating", "対策実施中", "Mitigating";
        Accepted = "accepted", "リスク受容", "Risk accepted";
        Closed = "closed", "クローズ", "Closed";
    }
}

code_enum! {
    /// Category of a countermeasure.
    CmCategory("cm_category") {
        Technical = "technical", "技術的", "Technical";
        Physical = "physical", "物理的", "Physical";
        Personnel = "personnel", "人的", "Personnel";
        Organisational = "organisational", "組織的", "Organisational";
        Contractual = "contractual", "契約面", "Contractual";
    }
}

code_enum! {
    /// Phase in which a countermeasure applies (source 003's phases).
    CmPhase("cm_phase") {
        Planning = "planning", "計画・契約時", "Planning and contract";
        Operation = "operation", "運用時", "Operation";
        Termination = "termination", "終了・撤退時", "Termination";
    }
}

code_enum! {
    /// Implementation status of a countermeasure.
    CmStatus("cm_status") {
        NotStarted = "not_started", "未着手", "Not started";
        Planned = "planned", "計画済み", "Planned";
        InProgress = "in_progress", "実施中", "In progress";
        Done = "done", "完了", "Done";
    }
}

code_enum! {
    /// Kind of exercise (訓練).
    ExerciseKind("exercise_kind") {
        Tabletop = "tabletop", "机上訓練", "Tabletop exercise";
        BlackBox = "black_box", "ブラックボックス演習", "Black-box drill";
    }
}

code_enum! {
    /// Whether the exercised leak was detected.
    Detection("detection") {
        Yes = "yes", "検知できた", "Detected";
        Partly = "partly", "一部検知", "Partly detected";
        No = "no", "検知できなかった", "Not detected";
    }
}

impl Detection {
    /// What an exercise whose detection is not recorded yet shows — the same
    /// words in the list, the form's empty choice and the report, and never
    /// to be read as "not detected" ([`Detection::No`]).
    pub const NOT_RECORDED: Text = Text::new("未記録", "Not recorded yet");

    /// The label of a detection that may not be recorded yet.
    pub fn label_or_not_recorded(d: Option<Detection>) -> Text {
        d.map_or(Detection::NOT_RECORDED, Detection::label)
    }
}

code_enum! {
    /// How the organisation responded (対応) once the exercised leak began.
    ResponseOutcome("response") {
        Stopped = "stopped", "止められた", "Stopped";
        Partly = "partly", "一部対応できた", "Partly stopped";
        NotStopped = "not_stopped", "止められなかった", "Not stopped";
    }
}

code_enum! {
    /// Kind of weakness an exercise revealed.
    WeaknessKind("weakness_kind") {
        Technical = "technical", "技術的", "Technical";
        Procedural = "procedural", "制度的", "Procedural";
        Human = "human", "人的", "Human";
    }
}

code_enum! {
    /// Tier of a technology in the ranked inventory.
    Tier("tier") {
        Top = "top", "上位", "Top";
        Middle = "middle", "中位", "Middle";
        Lower = "lower", "下位", "Lower";
        /// Quasi-important information is a class of its own, outside the ranking.
        QuasiImportant = "quasi_important", "準重要情報", "Quasi-important";
        /// Not enough ratings to compute a criticality score.
        Unrated = "unrated", "未評価", "Unrated";
    }
}

code_enum! {
    /// Named level on the 5×5 risk matrix. The bands are Mamori's convention
    /// (`docs/scoring.md`), not NIST SP 800-30's table, whose levels differ.
    RiskLevel("risk_level") {
        VeryLow = "very_low", "非常に低い", "Very low";
        Low = "low", "低い", "Low";
        Medium = "medium", "中程度", "Medium";
        High = "high", "高い", "High";
        VeryHigh = "very_high", "非常に高い", "Very high";
    }
}

code_enum! {
    /// Scope of a round of the cycle; each widens the previous one.
    RoundScope("round_scope") {
        TopTier = "top_tier", "上位層", "Top tier";
        UpToMiddle = "up_to_middle", "上位・中位層", "Top and middle tiers";
        AllTiers = "all_tiers", "全階層", "All tiers";
        WithQuasi = "with_quasi", "全階層＋準重要情報", "All tiers and quasi-important information";
    }
}

impl RoundScope {
    /// The scope a following round usually takes: the next wider one
    /// (top → top and middle → all tiers → with quasi-important information);
    /// the widest stays as it is.
    pub fn next_wider(self) -> RoundScope {
        match self {
            RoundScope::TopTier => RoundScope::UpToMiddle,
            RoundScope::UpToMiddle => RoundScope::AllTiers,
            RoundScope::AllTiers | RoundScope::WithQuasi => RoundScope::WithQuasi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_recorded_is_not_not_detected() {
        let nr = Detection::label_or_not_recorded(None);
        for d in Detection::ALL {
            assert_ne!(d.label(), nr);
        }
        assert_eq!(
            Detection::label_or_not_recorded(Some(Detection::No)),
            Detection::No.label()
        );
    }

    #[test]
    fn next_round_widens_the_scope() {
        assert_eq!(RoundScope::TopTier.next_wider(), RoundScope::UpToMiddle);
        assert_eq!(RoundScope::UpToMiddle.next_wider(), RoundScope::AllTiers);
        assert_eq!(RoundScope::AllTiers.next_wider(), RoundScope::WithQuasi);
        assert_eq!(RoundScope::WithQuasi.next_wider(), RoundScope::WithQuasi);
    }

    fn check_codes<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
        parse: fn(&str) -> Result<T, UnknownCode>,
        label: fn(T) -> Text,
    ) {
        let mut seen = std::collections::HashSet::new();
        for &v in all {
            let c = code(v);
            assert!(seen.insert(c), "duplicate code {c}");
            assert!(
                c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "code {c} is not snake_case ASCII"
            );
            assert_eq!(parse(c), Ok(v));
            let l = label(v);
            assert!(!l.ja.is_empty() && !l.en.is_empty(), "{c} lacks a label");
        }
        assert!(parse("no_such_code").is_err());
    }

    macro_rules! check_all {
        ($($t:ty),+) => { $(
            check_codes(<$t>::ALL, <$t>::code, <$t>::from_code, <$t>::label);
            // Every kind has a label of its own (messages never show the
            // internal name, issue 13).
            assert_ne!(kind_label(<$t>::KIND), kind_label("no_such_kind"), "{} has no label", <$t>::KIND);
        )+ };
    }

    #[test]
    fn every_code_is_unique_round_trips_and_has_both_labels() {
        check_all!(
            TechCategory,
            ExportControl,
            ExportException,
            PersonRole,
            Residency,
            SpecifiedCategory,
            ElementKind,
            ActorKind,
            ThreatOrigin,
            Legality,
            PatternGroup,
            CyberStep,
            CaseGroup,
            ScenarioStatus,
            CmCategory,
            CmPhase,
            CmStatus,
            ExerciseKind,
            Detection,
            ResponseOutcome,
            WeaknessKind,
            Tier,
            RiskLevel,
            RoundScope
        );
    }

    #[test]
    fn serde_uses_the_code() {
        let json = serde_json::to_string(&CmStatus::InProgress).unwrap_or_default();
        assert_eq!(json, "\"in_progress\"");
        let back: Result<CmStatus, _> = serde_json::from_str("\"done\"");
        assert_eq!(back.ok(), Some(CmStatus::Done));
        let bad: Result<CmStatus, _> = serde_json::from_str("\"finished\"");
        assert!(bad.is_err());
    }
}
