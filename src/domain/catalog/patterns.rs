//! Leak-scenario patterns (漏洩シナリオのパターン).
//!
//! The police's three patterns (source 001), the cases of METI's guidance
//! (source 003: overseas expansion and through people) and the cases the
//! assessment process itself names (source 004: insider copying to removable
//! media, recruitment of a key person, acquisition or research collaboration as
//! cover). Each is filed under one of the police's three groups, which are the
//! routes by which information leaves: cyber space, people, and business or
//! academic relationships. Mistakes and careless posts (no spy involved) are
//! filed under the people route, as METI's "through people" case does; so is
//! entering confidential information into generative AI (a mistake by a
//! person, not a cyber attack: source 000 §5).
//!
//! Narratives are templates: two or three sentences a workshop edits to fit
//! the technology at hand. Ids are a data contract (exported in CSV).

use super::{Source, SourceRef};
use crate::domain::kinds::{ActorKind, CaseGroup, Legality, PatternGroup, ThreatOrigin};
use crate::domain::text::Text;
use CaseGroup::{Overseas, ThroughPeople};

use ActorKind::{
    Competitor, Contractor, CyberCriminal, DepartingEmployee, ForeignCompany, Insider, JvPartner,
    ResearchInstitution, StateBody,
};
use Legality::{Grey, Illegal, Legal};
use PatternGroup::{Cyber, EconomicAcademic, Espionage};
use SourceRef::{GovAiMeasures, MetiGuidance, PoliceOutreach, ProcessOverview};
use ThreatOrigin::{External, Internal};

/// A typical way technology leaks, to start a leak scenario from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioPattern {
    /// Stable id, `pat_…`.
    pub id: &'static str,
    pub group: PatternGroup,
    pub origin: ThreatOrigin,
    pub legality: Legality,
    pub typical_actor: ActorKind,
    pub title: Text,
    /// Template narrative (2–3 sentences) for the workshop to edit.
    pub narrative: Text,
    /// Where the pattern comes from (`docs/catalogues.md`, "Sources").
    pub source: Source,
    /// METI's case group (source 003), for the patterns taken from it.
    pub case_group: Option<CaseGroup>,
    /// Ids of countermeasure templates that address this pattern, most
    /// important first.
    pub suggested_countermeasures: &'static [&'static str],
}

/// Every scenario pattern: police, METI overseas, METI through people, then
/// the process cases of source 004.
pub static PATTERNS: &[ScenarioPattern] = &[
    // --- Police: the three patterns (001) ------------------------------------
    ScenarioPattern {
        id: "pat_police_cyber",
        group: Cyber,
        origin: External,
        legality: Illegal,
        typical_actor: CyberCriminal,
        title: Text::new(
            "サイバー攻撃・不正アクセスによる窃取",
            "Theft by cyber attack or unauthorised access",
        ),
        narrative: Text::new(
            "攻撃者が標的型メールや未修正の脆弱性を突いて研究室・部署のネットワークに侵入する。重要技術を置いたサーバから設計情報や実験データを気づかれないまま外部へ送り出す。",
            "An attacker gets into the lab's or department's network through a targeted email or an unpatched vulnerability. Design information and experimental data are sent out from the server holding the critical technology without anyone noticing.",
        ),
        source: Source::quoted(PoliceOutreach, "§3.1"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_cyber_strong_auth",
            "cm_cyber_device_inventory_patching",
            "cm_cyber_internal_awareness",
            "cm_cyber_log_review",
            "cm_cyber_traffic_monitoring",
            "cm_cyber_access_control_review",
            "cm_cyber_backup_restore",
            "cm_cyber_incident_response",
        ],
    },
    ScenarioPattern {
        id: "pat_police_espionage",
        group: Espionage,
        origin: External,
        legality: Illegal,
        typical_actor: StateBody,
        title: Text::new(
            "SNS・贈答・接待を通じた人への働きかけ（スパイ工作）",
            "Espionage through people: approaches via social media, gifts and hospitality",
        ),
        narrative: Text::new(
            "面識のない外国企業の社員を名乗る人物がSNSで研究者に接触し、食事や「お礼」の贈り物で関係を深める。やがて公開前のデータや社内資料の提供を求め、断りにくい状況をつくっていく。",
            "Someone claiming to work for a foreign company contacts a researcher out of the blue on social media and builds the relationship with dinners and gifts 'as thanks'. In time they ask for unpublished data or internal documents, in a way that is hard to refuse.",
        ),
        source: Source::quoted(PoliceOutreach, "§3.2, §5"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_esp_verify_counterpart",
            "cm_esp_sns_caution",
            "cm_esp_gift_caution",
            "cm_esp_share_and_consult",
            "cm_ppl_continuous_education",
        ],
    },
    ScenarioPattern {
        id: "pat_police_cover_activity",
        group: EconomicAcademic,
        origin: External,
        legality: Legal,
        typical_actor: ForeignCompany,
        title: Text::new(
            "合法な経済・学術活動を隠れ蓑にした取得",
            "Legal economic or academic activity used as cover",
        ),
        narrative: Text::new(
            "外国企業が合弁や企業の買収、共同研究などを持ちかけ、正規の契約に基づいて技術情報に近づく。契約の範囲を超えて情報を集め、自国の産業や軍事に転用する。",
            "A foreign company proposes a joint venture, an acquisition, joint research or the like and reaches the technical information through a proper contract. It gathers more than the contract covers and puts it to use for its home industry or military.",
        ),
        source: Source::quoted(PoliceOutreach, "§3.3"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_econ_counterparty_check",
            "cm_econ_contract_review",
            "cm_econ_pause_before_transfer",
            "cm_econ_prior_consultation",
            "cm_ovs_core_tech_scope",
        ],
    },
    // --- METI: overseas expansion (003) --------------------------------------
    ScenarioPattern {
        id: "pat_meti_jv_executive",
        group: EconomicAcademic,
        origin: Internal,
        legality: Grey,
        typical_actor: JvPartner,
        title: Text::new(
            "合弁相手から派遣された役員による持ち出し",
            "Executive seconded by a JV partner takes information out",
        ),
        narrative: Text::new(
            "合弁相手から派遣された役員が、合弁会社に提供した技術情報に職務として自由にアクセスできる。その情報を合弁相手の本社や関連会社に持ち出し、合弁の外で使う。",
            "An executive seconded by the JV partner can freely reach, as part of the job, the technical information provided to the JV. They take it to the partner's head office or affiliates, where it is used outside the JV.",
        ),
        source: Source::quoted(MetiGuidance, "§2.1.1"),
        case_group: Some(Overseas),
        suggested_countermeasures: &[
            "cm_ovs_core_tech_scope",
            "cm_ovs_contract_terms",
            "cm_ovs_need_to_know_access",
            "cm_ovs_personnel_security",
            "cm_ovs_return_delete",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_local_staff_takeout",
        group: Espionage,
        origin: Internal,
        legality: Illegal,
        typical_actor: Insider,
        title: Text::new(
            "現地スタッフによる在職中の持ち出し",
            "Local staff take information out while employed",
        ),
        narrative: Text::new(
            "海外子会社では情報管理が本社より緩く、誰がどの図面を見られるかも把握されていない。その隙に現地スタッフが技術情報を複製し、外部に渡す。",
            "At the overseas subsidiary information is managed more loosely than at home, and nobody knows who can see which drawings. A local employee uses the gap to copy technical information and pass it on.",
        ),
        source: Source::quoted(MetiGuidance, "§2.1.2"),
        case_group: Some(Overseas),
        suggested_countermeasures: &[
            "cm_ovs_info_rules",
            "cm_ovs_need_to_know_access",
            "cm_ovs_physical_security",
            "cm_ovs_staff_education",
            "cm_proc_removable_media_mdm",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_local_staff_new_employer",
        group: Espionage,
        origin: Internal,
        legality: Illegal,
        typical_actor: DepartingEmployee,
        title: Text::new(
            "現地スタッフが転職先でノウハウを不正に活用する",
            "Local staff misuse the know-how at a new employer",
        ),
        narrative: Text::new(
            "現地スタッフが在職中に設備の調整や工程のノウハウを身につけて転職する。転職先でそのノウハウを不正に活用し、同等の製品を短期間で立ち上げる。",
            "A local employee learns how to tune the equipment and run the process, then changes jobs. The know-how is misused at the new employer to launch an equivalent product in a short time.",
        ),
        source: Source::quoted(MetiGuidance, "§2.1.2"),
        case_group: Some(Overseas),
        suggested_countermeasures: &[
            "cm_ovs_personnel_security",
            "cm_ovs_hq_maintenance",
            "cm_ovs_staff_education",
            "cm_ppl_departure_procedure",
            "cm_ovs_access_reset",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_contractor_weak_controls",
        group: EconomicAcademic,
        origin: External,
        legality: Grey,
        typical_actor: Contractor,
        title: Text::new(
            "情報管理の甘い委託先からの流出",
            "Leak from a contractor with weak information management",
        ),
        narrative: Text::new(
            "海外企業に製造を委託し、設計図面などの技術情報を提供する。委託先の情報管理が不十分なため、図面が委託先の役職員から第三者に渡り、別の製品に流用される。",
            "Manufacturing is contracted to an overseas company and drawings and other technical information are handed over. Because the contractor protects them poorly, its staff pass them to third parties and they end up in other products.",
        ),
        source: Source::quoted(MetiGuidance, "§2.1.3"),
        case_group: Some(Overseas),
        suggested_countermeasures: &[
            "cm_econ_counterparty_check",
            "cm_ovs_core_tech_scope",
            "cm_ovs_contract_terms",
            "cm_org_encryption_access_restriction",
            "cm_ovs_return_delete",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_overseas_site_cyber",
        group: Cyber,
        origin: External,
        legality: Illegal,
        typical_actor: CyberCriminal,
        title: Text::new(
            "現地任せの海外拠点へのサイバー攻撃",
            "Cyber attack on an overseas site whose IT is left to local staff",
        ),
        narrative: Text::new(
            "海外子会社のシステム管理を現地任せにしており、パッチやログ監視が本社の基準に達していない。攻撃者はそこから侵入し、本社と共有している技術情報を盗み出す。",
            "The overseas subsidiary's systems are left to local management and fall short of headquarters' patching and log-monitoring standards. Attackers break in there and steal technical information shared with headquarters.",
        ),
        source: Source::quoted(MetiGuidance, "§2.1.4"),
        case_group: Some(Overseas),
        suggested_countermeasures: &[
            "cm_ovs_hq_it_oversight",
            "cm_cyber_device_inventory_patching",
            "cm_cyber_log_review",
            "cm_cyber_strong_auth",
            "cm_cyber_incident_response",
        ],
    },
    // --- METI: through people (003) ------------------------------------------
    ScenarioPattern {
        id: "pat_meti_industrial_spy_contact",
        group: Espionage,
        origin: External,
        legality: Illegal,
        typical_actor: Competitor,
        title: Text::new(
            "産業スパイとの接触",
            "Contact with an industrial spy",
        ),
        narrative: Text::new(
            "業界の勉強会や紹介を通じて知り合った人物が、謝礼や転職話を持ちかけて技術者との関係を築く。最後には特定の技術資料を求め、技術者がそれに応じてしまう。",
            "Someone met through an industry study group or an introduction builds a relationship with an engineer, offering fees or talk of a new job. Eventually they ask for specific technical documents, and the engineer hands them over.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.1"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_esp_verify_counterpart",
            "cm_esp_gift_caution",
            "cm_esp_share_and_consult",
            "cm_ppl_continuous_education",
            "cm_proc_human_vulnerability",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_careless_posting",
        group: Espionage,
        origin: Internal,
        legality: Legal,
        typical_actor: Insider,
        title: Text::new(
            "SNS・ブログでの不用意な発信",
            "Careless posts on social media or blogs",
        ),
        narrative: Text::new(
            "研究者が実験の進み具合や装置の写真をSNSやブログに投稿する。一つ一つは断片でも、組み合わせると未公開の条件や工程が読み取れ、接近すべき相手を探す手がかりにもなる。",
            "A researcher posts progress updates or photos of the equipment on social media or a blog. Each is a fragment, but together they reveal unpublished conditions or process steps — and show others whom to approach.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.1"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_esp_sns_caution",
            "cm_ppl_disclosure_review",
            "cm_ppl_confidentiality_scope_rules",
            "cm_ppl_continuous_education",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_trade_show",
        group: Espionage,
        origin: External,
        legality: Legal,
        typical_actor: Competitor,
        title: Text::new(
            "展示会への出展を契機とした流出",
            "Leak at a trade show",
        ),
        narrative: Text::new(
            "展示会のブースで、来場者が説明員に詳しい質問を重ね、試作品を撮影する。説明員は答えてよい範囲を知らず、製法の要点まで話してしまう。",
            "At the trade-show booth, visitors keep asking the staff detailed questions and photograph the prototype. The staff do not know how far they may answer and explain the key points of how it is made.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.1"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_disclosure_review",
            "cm_ppl_confidentiality_scope_rules",
            "cm_esp_verify_counterpart",
            "cm_ppl_continuous_education",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_mis_sent",
        group: Espionage,
        origin: Internal,
        legality: Legal,
        typical_actor: Insider,
        title: Text::new(
            "重要情報の誤送付",
            "Critical information sent to the wrong party",
        ),
        narrative: Text::new(
            "担当者が設計資料を添付したメールの宛先を取り違え、別の取引先に送ってしまう。送付先で資料が保存・転送され、回収できなくなる。",
            "A staff member picks the wrong address and emails design documents to another business partner. The recipient saves or forwards them and they cannot be recalled.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.2"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_send_check",
            "cm_org_encryption_access_restriction",
            "cm_ppl_continuous_education",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_unauthorised_disclosure",
        group: Espionage,
        origin: Internal,
        legality: Grey,
        typical_actor: Insider,
        title: Text::new(
            "アクセス権限のない者への開示",
            "Disclosure to someone without access rights",
        ),
        narrative: Text::new(
            "善意の研究者が、協力を頼まれた他部署の職員や来訪者に、権限を確かめないまま重要なデータを見せる。そこから情報が権限のない範囲に広がっていく。",
            "A well-meaning researcher shows critical data to a colleague from another unit or a visitor who asked for help, without checking their rights. From there the information spreads beyond those entitled to it.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.2"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_send_check",
            "cm_ovs_need_to_know_access",
            "cm_ppl_confidentiality_scope_rules",
            "cm_cyber_access_control_review",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_secret_scope_misunderstood",
        group: Espionage,
        origin: Internal,
        legality: Legal,
        typical_actor: Insider,
        title: Text::new(
            "秘密情報の範囲の誤解",
            "Misunderstanding what is secret",
        ),
        narrative: Text::new(
            "職員が、共同研究先への説明や学会発表の資料に、公開済みだと思い込んだ製造条件を載せる。実際には営業秘密として管理すべき情報で、相手側に渡ってしまう。",
            "A staff member includes manufacturing conditions they believe are already public in a briefing for a research partner or a conference talk. In fact they should have been kept as a trade secret, and now the other side has them.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.2"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_confidentiality_scope_rules",
            "cm_ppl_disclosure_review",
            "cm_ppl_continuous_education",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_job_change_takeout",
        group: Espionage,
        origin: Internal,
        legality: Illegal,
        typical_actor: DepartingEmployee,
        title: Text::new(
            "競合への転職前の図面等の持ち出し",
            "Taking drawings out before moving to a competitor",
        ),
        narrative: Text::new(
            "競合他社への転職が決まった技術者が、転職先で使うつもりで、退職前の数週間に設計図面や試験データを私物の外部記憶媒体やクラウドに移す。",
            "An engineer who has accepted a job at a competitor moves design drawings and test data to personal media or cloud storage in the weeks before leaving, intending to use them at the new employer.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.3"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_departure_procedure",
            "cm_proc_removable_media_mdm",
            "cm_cyber_log_review",
            "cm_ovs_access_reset",
            "cm_proc_human_vulnerability",
        ],
    },
    ScenarioPattern {
        id: "pat_meti_job_change_disclosure",
        group: Espionage,
        origin: Internal,
        legality: Illegal,
        typical_actor: DepartingEmployee,
        title: Text::new(
            "転職先での営業秘密の開示",
            "Disclosing trade secrets at the new employer",
        ),
        narrative: Text::new(
            "競合他社に移った元社員が、前職で扱っていた営業秘密を新しい職場の会議で説明し、開発に役立てる。資料を持ち出していなくても、記憶している数値や条件が流出する。",
            "A former employee now at a competitor explains trade secrets from the old job in meetings and helps development with them. Even without documents, remembered figures and conditions leak.",
        ),
        source: Source::quoted(MetiGuidance, "§2.3.3"),
        case_group: Some(ThroughPeople),
        suggested_countermeasures: &[
            "cm_ppl_departure_procedure",
            "cm_ppl_confidentiality_scope_rules",
            "cm_proc_reduce_key_person_dependence",
            "cm_ppl_continuous_education",
        ],
    },
    // --- The process cases (004) ---------------------------------------------
    ScenarioPattern {
        id: "pat_proc_usb_before_abroad",
        group: Espionage,
        origin: Internal,
        legality: Illegal,
        typical_actor: DepartingEmployee,
        title: Text::new(
            "海外転職前にUSBへ複製して持ち出す",
            "Insider copies data to USB before moving abroad",
        ),
        narrative: Text::new(
            "処遇に不満を持つ社員が海外企業への転職を決め、退職前に重要技術のデータをUSBメモリにコピーして持ち出す。誰がどこで止めるべきだったか、検知できたかを確かめる。",
            "An employee unhappy with their treatment accepts a job abroad and, before leaving, copies critical technical data to a USB stick. Ask where and by whom it should have been stopped, and whether it would have been detected.",
        ),
        source: Source::quoted(ProcessOverview, "§5"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_proc_removable_media_mdm",
            "cm_proc_human_vulnerability",
            "cm_ppl_departure_procedure",
            "cm_cyber_log_review",
            "cm_proc_blackbox_drill",
        ],
    },
    ScenarioPattern {
        id: "pat_proc_key_person_recruited",
        group: EconomicAcademic,
        origin: External,
        legality: Legal,
        typical_actor: ForeignCompany,
        title: Text::new(
            "ノウハウを持つ一人の引き抜き",
            "Recruiting away the one person who holds the know-how",
        ),
        narrative: Text::new(
            "ある工程のノウハウを一人の技術者だけが持っている。好条件の誘いでその人が海外の企業や研究機関に移ると、技術は相手に渡り、こちらでは再現できなくなる。",
            "Only one engineer holds the know-how of a process step. If an attractive offer takes that person to a company or institute abroad, the technology goes with them and can no longer be reproduced here.",
        ),
        source: Source::quoted(ProcessOverview, "§4"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_proc_reduce_key_person_dependence",
            "cm_proc_human_vulnerability",
            "cm_ppl_departure_procedure",
            "cm_ppl_confidentiality_scope_rules",
        ],
    },
    ScenarioPattern {
        id: "pat_proc_acquisition_cover",
        group: EconomicAcademic,
        origin: External,
        legality: Legal,
        typical_actor: ForeignCompany,
        title: Text::new(
            "買収・出資を装った技術取得",
            "Acquisition or investment used as cover",
        ),
        narrative: Text::new(
            "重要技術を持つ企業や大学発ベンチャーに、海外の投資家が出資や買収を持ちかける。正規の手続きで経営や情報への関与を得て、技術を自国に移す。",
            "An overseas investor offers to invest in or buy a company or university spin-off that holds the critical technology. Through proper procedures it gains a say in management and access to information, and moves the technology home.",
        ),
        source: Source::derived(ProcessOverview, "§4"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_econ_counterparty_check",
            "cm_econ_prior_consultation",
            "cm_econ_pause_before_transfer",
            "cm_econ_contract_review",
        ],
    },
    ScenarioPattern {
        id: "pat_proc_research_collaboration_cover",
        group: EconomicAcademic,
        origin: External,
        legality: Legal,
        typical_actor: ResearchInstitution,
        title: Text::new(
            "研究協力を装った技術取得",
            "Research collaboration used as cover",
        ),
        narrative: Text::new(
            "海外の研究機関が共同研究や研究者の受け入れを提案し、共同の成果を超えて未公開のデータや試料、装置の条件を求める。協力の名目のもとで、相手の国の重点分野に技術が移る。",
            "An overseas research institution proposes joint research or a researcher exchange, then asks for unpublished data, samples or instrument settings beyond the joint work. Under the name of cooperation, the technology moves into the other country's priority field.",
        ),
        source: Source::quoted(ProcessOverview, "§4"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_econ_counterparty_check",
            "cm_econ_contract_review",
            "cm_econ_pause_before_transfer",
            "cm_econ_prior_consultation",
            "cm_ppl_confidentiality_scope_rules",
        ],
    },
    // --- Cross-cutting (000) -------------------------------------------------
    ScenarioPattern {
        id: "pat_genai_input",
        group: Espionage,
        origin: Internal,
        legality: Legal,
        typical_actor: Insider,
        title: Text::new(
            "生成AIへの機密情報の入力",
            "Confidential information entered into generative AI",
        ),
        narrative: Text::new(
            "研究者が論文の下書きや実験データの解析を外部の生成AIサービスに依頼し、未公開の内容をそのまま入力する。入力した情報はサービス側に残り、意図せず外部に出るおそれがある。",
            "A researcher asks an outside generative-AI service to polish a draft paper or analyse experimental data, pasting in unpublished content. What was entered stays with the service and may get out unintentionally.",
        ),
        source: Source::derived(GovAiMeasures, "§5"),
        case_group: None,
        suggested_countermeasures: &[
            "cm_org_genai_rules",
            "cm_ppl_confidentiality_scope_rules",
            "cm_ppl_continuous_education",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::checks::*;
    use crate::domain::catalog::countermeasure;

    #[test]
    fn ids_are_unique_and_prefixed_snake_case() {
        for p in PATTERNS {
            assert_id(p.id, "pat_");
        }
        assert_unique(PATTERNS.iter().map(|p| p.id));
    }

    #[test]
    fn texts_are_bilingual() {
        for p in PATTERNS {
            assert_bilingual(p.title, p.id);
            assert_bilingual(p.narrative, p.id);
        }
    }

    #[test]
    fn suggested_countermeasures_exist_are_distinct_and_non_empty() {
        for p in PATTERNS {
            assert!(!p.suggested_countermeasures.is_empty(), "{}", p.id);
            assert_unique(p.suggested_countermeasures.iter().copied());
            for id in p.suggested_countermeasures {
                assert!(
                    countermeasure(id).is_some(),
                    "{} suggests unknown {id}",
                    p.id
                );
            }
        }
    }

    #[test]
    fn every_group_origin_and_legality_is_covered() {
        for g in PatternGroup::ALL {
            assert!(PATTERNS.iter().any(|p| p.group == *g), "{g:?}");
        }
        for o in ThreatOrigin::ALL {
            assert!(PATTERNS.iter().any(|p| p.origin == *o), "{o:?}");
        }
        for l in Legality::ALL {
            assert!(PATTERNS.iter().any(|p| p.legality == *l), "{l:?}");
        }
    }

    #[test]
    fn the_required_cases_are_present() {
        for id in [
            // police
            "pat_police_cyber",
            "pat_police_espionage",
            "pat_police_cover_activity",
            // METI overseas
            "pat_meti_jv_executive",
            "pat_meti_local_staff_takeout",
            "pat_meti_local_staff_new_employer",
            "pat_meti_contractor_weak_controls",
            "pat_meti_overseas_site_cyber",
            // METI through people
            "pat_meti_industrial_spy_contact",
            "pat_meti_careless_posting",
            "pat_meti_trade_show",
            "pat_meti_mis_sent",
            "pat_meti_unauthorised_disclosure",
            "pat_meti_secret_scope_misunderstood",
            "pat_meti_job_change_takeout",
            "pat_meti_job_change_disclosure",
            // 004
            "pat_proc_usb_before_abroad",
            "pat_proc_key_person_recruited",
            "pat_proc_acquisition_cover",
            "pat_proc_research_collaboration_cover",
        ] {
            assert!(PATTERNS.iter().any(|p| p.id == id), "missing {id}");
        }
    }

    #[test]
    fn sources_cited_are_known_documents() {
        for p in PATTERNS {
            assert!(
                ["000", "001", "003", "004"].contains(&p.source.doc.id()),
                "{}",
                p.id
            );
        }
    }
}
