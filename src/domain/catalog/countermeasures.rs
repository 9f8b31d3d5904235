//! The countermeasure library (対策ライブラリ).
//!
//! Each template has a category, the phase it belongs to (source 003's
//! planning/contract → operation → termination) and the police pattern groups
//! it addresses. Texts are written for this product from the facts in the
//! sources (000, 001, 003, 004); the cited source is where the measure comes
//! from. A workshop picks templates and turns them into countermeasure records,
//! which keep the template id.
//!
//! Ids are a data contract (exported in CSV): never rename or reuse one.

use super::{Source, SourceRef};
use crate::domain::kinds::{CaseGroup, CmCategory, CmPhase, CyberStep, PatternGroup};
use crate::domain::text::Text;
use CaseGroup::{Overseas, ThroughPeople};
use CyberStep::{Detect, Reduce, Respond};

/// A countermeasure the workbook can offer and pre-fill from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountermeasureTemplate {
    /// Stable id, `cm_…`.
    pub id: &'static str,
    pub category: CmCategory,
    pub phase: CmPhase,
    /// Pattern groups this measure addresses.
    pub groups: &'static [PatternGroup],
    pub title: Text,
    pub description: Text,
    /// Where the measure comes from (`docs/catalogues.md`, "Sources").
    pub source: Source,
    /// The police's cyber step (source 001 §4), for the cyber measures.
    pub cyber_step: Option<CyberStep>,
    /// METI's case group (source 003 §2), for the measures taken from it.
    pub case_group: Option<CaseGroup>,
}

use CmCategory::{Contractual, Organisational, Personnel, Physical, Technical};
use CmPhase::{Operation, Planning, Termination};
use PatternGroup::{Cyber, EconomicAcademic, Espionage};
use SourceRef::{
    ExportCompliance, GovAiMeasures, MetiGuidance, PoliceOutreach, ProcessOverview,
    ResearchIntegrity, SensitiveTechGuidance, TradeSecretGuidelines,
};

const ALL_GROUPS: &[PatternGroup] = &[Cyber, Espionage, EconomicAcademic];

/// Every countermeasure template, grouped by origin (cyber, espionage,
/// economic/academic, overseas, through people, process, organisational).
pub static COUNTERMEASURES: &[CountermeasureTemplate] = &[
    // --- Cyber (001), step 1: reduce risk ------------------------------------
    CountermeasureTemplate {
        id: "cm_cyber_strong_auth",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new("本人認証の強化", "Stronger authentication"),
        description: Text::new(
            "重要技術を扱うシステムやリモート接続に多要素認証を導入し、共有アカウントや推測されやすいパスワードをなくす。",
            "Require multi-factor authentication for systems and remote access that touch critical technology; remove shared accounts and guessable passwords.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.1"),
        cyber_step: Some(Reduce),
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_cyber_device_inventory_patching",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new(
            "機器の把握と迅速なパッチ適用",
            "Know every device and patch quickly",
        ),
        description: Text::new(
            "IoT機器や実験装置の制御PCも含めて接続機器の台帳を作り、脆弱性が公表されたら速やかにセキュリティパッチを当てる。",
            "Keep a register of every connected device, including IoT and instrument-control PCs, and apply security patches promptly when a vulnerability is published.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.1"),
        cyber_step: Some(Reduce),
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_cyber_internal_awareness",
        category: Organisational,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new(
            "セキュリティ対策の組織内周知",
            "Make the security measures known internally",
        ),
        description: Text::new(
            "決めた対策とその理由、不審なメールや挙動に気づいたときの連絡先を、研究室・部署の全員に繰り返し伝える。",
            "Tell everyone in the lab or department, repeatedly, which measures apply, why, and whom to call about a suspicious email or system behaviour.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.1"),
        cyber_step: Some(Reduce),
        case_group: None,
    },
    // --- Cyber (001), step 2: detect early -----------------------------------
    CountermeasureTemplate {
        id: "cm_cyber_log_review",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new("サーバ等のログ確認", "Review server and system logs"),
        description: Text::new(
            "重要情報を置くサーバやファイル共有のアクセスログを保存し、時間外の大量ダウンロードや見慣れない接続元を定期的に確認する。",
            "Keep access logs for servers and file shares holding critical information and check them regularly for off-hours bulk downloads or unfamiliar sources.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.2"),
        cyber_step: Some(Detect),
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_cyber_traffic_monitoring",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new("通信の監視・分析", "Monitor and analyse network traffic"),
        description: Text::new(
            "外部への通信量や通信先を監視し、不審な宛先への送信や通常と異なるパターンを早期に検知する。",
            "Watch outbound traffic volumes and destinations so that transfers to suspicious hosts or unusual patterns are caught early.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.2"),
        cyber_step: Some(Detect),
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_cyber_access_control_review",
        category: Technical,
        phase: Operation,
        groups: &[Cyber, Espionage],
        title: Text::new(
            "アクセスコントロールの再点検",
            "Re-check access control",
        ),
        description: Text::new(
            "重要情報へのアクセス権限を定期的に棚卸しし、異動者・退職者・不要になった外部アカウントの権限を外す。",
            "Review who can reach critical information at regular intervals and remove rights held by movers, leavers and external accounts no longer needed.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.2"),
        cyber_step: Some(Detect),
        case_group: None,
    },
    // --- Cyber (001), step 3: respond and recover ----------------------------
    CountermeasureTemplate {
        id: "cm_cyber_backup_restore",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new(
            "バックアップと復旧手順の確認",
            "Backups with a tested restore",
        ),
        description: Text::new(
            "研究データや設計情報を定期的にバックアップし、ネットワークから切り離した保管先を用意したうえで、実際に復元できるかを試しておく。",
            "Back up research data and design information regularly, keep a copy off the network, and actually test that it can be restored.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.3"),
        cyber_step: Some(Respond),
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_cyber_incident_response",
        category: Organisational,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new(
            "インシデント対処手順と連絡体制の準備",
            "Incident procedure and contact arrangements",
        ),
        description: Text::new(
            "被害に気づいたときの初動（隔離・証拠保全）、社内の報告経路、警察や取引先など対外的な連絡窓口をあらかじめ決めて文書にしておく。",
            "Decide and write down in advance the first steps on discovering an incident (isolate, preserve evidence), the internal reporting line and who speaks to outside parties such as the police and partners.",
        ),
        source: Source::quoted(PoliceOutreach, "§4.3"),
        cyber_step: Some(Respond),
        case_group: None,
    },
    // --- Espionage through people (001) --------------------------------------
    CountermeasureTemplate {
        id: "cm_esp_verify_counterpart",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new("相手をよく見る", "Look carefully at who the other party is"),
        description: Text::new(
            "SNSや私的な場など、通常の業務と違う場面で知り合った相手については、所属・連絡先・紹介経路を確かめてから関係を深める。",
            "For people met outside normal business — on social media or in private settings — confirm their affiliation, contact details and how they reached you before getting closer.",
        ),
        source: Source::quoted(PoliceOutreach, "§5.1"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_esp_sns_caution",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new(
            "SNSへの投稿前に立ち止まる",
            "Pause before posting on social media",
        ),
        description: Text::new(
            "所属・担当研究・出張予定などの個人情報を、不特定多数が見る場所に書く前に一度考える。狙う側はそこから接近先を選ぶ。",
            "Think before putting your affiliation, research topic or travel plans where anyone can read them: that is how approachers pick their targets.",
        ),
        source: Source::quoted(PoliceOutreach, "§5.2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_esp_gift_caution",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new(
            "贈り物・接待を受ける前に立ち止まる",
            "Pause before accepting gifts or hospitality",
        ),
        description: Text::new(
            "「お礼」と称する贈り物や食事は、後で情報提供を求めるきっかけになりうる。受ける前に上司に相談し、受領を記録する。",
            "A gift or dinner offered as thanks can become the lever for a later request for information; check with your manager before accepting and record what you received.",
        ),
        source: Source::quoted(PoliceOutreach, "§5.2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_esp_share_and_consult",
        category: Organisational,
        phase: Operation,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new("共有する・相談する", "Share and consult"),
        description: Text::new(
            "ささいな違和感でも上司や同僚に共有できる雰囲気と窓口をつくり、不審な接触や動きがあれば警察など関係機関に相談する。",
            "Make it normal to mention even small oddities to a manager or colleague, give people a contact point, and consult the police or other authorities about suspicious approaches.",
        ),
        source: Source::quoted(PoliceOutreach, "§5.3, §6.3"),
        cyber_step: None,
        case_group: None,
    },
    // --- Economic / academic activities (001) --------------------------------
    CountermeasureTemplate {
        id: "cm_econ_counterparty_check",
        category: Organisational,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "取引・連携相手の確認",
            "Check the counterpart",
        ),
        description: Text::new(
            "合弁・企業の買収・共同研究などの相手方となる外国企業や機関がどのような相手かを、事前によく確認する。",
            "Before a joint venture, an acquisition, joint research or the like, look carefully at who the foreign company or body on the other side is.",
        ),
        source: Source::quoted(PoliceOutreach, "§6.1"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_econ_contract_review",
        category: Contractual,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new("契約書の記載内容の確認", "Read the contract for leak risks"),
        description: Text::new(
            "提供する技術の範囲、成果や知財の帰属、再提供の禁止、秘密保持、終了時の扱いが契約書に書かれているかを確認する。",
            "Check that the contract states which technology is provided, who owns results and IP, that onward disclosure is forbidden, confidentiality, and what happens at the end.",
        ),
        source: Source::quoted(PoliceOutreach, "§6.1"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_econ_pause_before_transfer",
        category: Organisational,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "技術移転につながる活動の前に立ち止まる",
            "Stop and assess before transferring technology abroad",
        ),
        description: Text::new(
            "外国への技術の提供につながる取引や活動の前に一度立ち止まり、流出のリスクを踏まえて進めるかどうかを検討する。",
            "Before any deal or activity that could pass technology abroad, stop once and decide, in the light of the leak risk, whether to go ahead.",
        ),
        source: Source::quoted(PoliceOutreach, "§6.2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_econ_prior_consultation",
        category: Organisational,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new("関係部署への事前相談", "Consult the relevant offices in advance"),
        description: Text::new(
            "機微な技術や営業秘密の提供を含む取引・連携は、産学連携・輸出管理・法務などの担当部署に事前に共有し、相談する。",
            "Share any deal or collaboration involving sensitive technology or trade secrets with the industry-liaison, export-control and legal offices beforehand and take their advice.",
        ),
        source: Source::quoted(PoliceOutreach, "§6.3"),
        cyber_step: None,
        case_group: None,
    },
    // --- Overseas expansion (003): planning and contract ---------------------
    CountermeasureTemplate {
        id: "cm_ovs_core_tech_scope",
        category: Organisational,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "コア技術の特定と移転範囲の判断",
            "Identify core technology and decide what may be transferred",
        ),
        description: Text::new(
            "海外拠点・合弁・委託先に出す前に自社のコア技術を特定し、移転してよい範囲と国内に残す範囲を決める。",
            "Before anything goes to an overseas site, JV or contractor, identify the core technology and decide what may be transferred and what stays at home.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.1"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_info_rules",
        category: Organisational,
        phase: Planning,
        groups: ALL_GROUPS,
        title: Text::new(
            "海外拠点も対象にした情報管理規程",
            "Information rules that cover overseas sites",
        ),
        description: Text::new(
            "情報管理規程の適用範囲を海外子会社・合弁会社にも広げ、現地の法制度や商慣習に合わせた運用方法を定める。",
            "Extend the information-management rules to overseas subsidiaries and JVs, and set out how they are applied under local law and business practice.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.1"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_contract_terms",
        category: Contractual,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "提供範囲と終了時の扱いを契約で定める",
            "Fix the scope and the end-of-contract handling in the contract",
        ),
        description: Text::new(
            "合弁契約や製造委託契約に、提供する技術情報の範囲、委託先の管理義務、終了時の返却・削除と再利用禁止を明記する。",
            "Write into the JV or manufacturing contract which technical information is provided, the partner's duty to protect it, and return or deletion and no re-use at the end.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.1, §2.2.3"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    // --- Overseas expansion (003): operation ---------------------------------
    CountermeasureTemplate {
        id: "cm_ovs_physical_security",
        category: Physical,
        phase: Operation,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new(
            "現地拠点の物理的セキュリティ",
            "Physical security at the overseas site",
        ),
        description: Text::new(
            "重要な工程や図面を扱う区画を分け、入退室の管理と記録、撮影・持ち込み機器の制限を行う。",
            "Separate the areas where key processes or drawings are handled, control and record who enters, and restrict cameras and personal devices.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.2"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_personnel_security",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new(
            "現地拠点の人的セキュリティ",
            "Personnel security at the overseas site",
        ),
        description: Text::new(
            "現地スタッフや派遣役員と秘密保持の誓約を交わし、担当業務に応じて扱える情報を決め、退職時の手続きも定める。",
            "Have local staff and seconded executives sign confidentiality undertakings, tie what each may handle to their job, and set out what happens when they leave.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.2"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_need_to_know_access",
        category: Technical,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "重要情報へのアクセス権限の厳格な管理",
            "Strict, need-to-know access rights",
        ),
        description: Text::new(
            "重要情報は業務上必要な従業員だけに提供し、合弁相手から来た役員を含め、権限の付与と変更を記録して管理する。",
            "Give critical information only to staff who need it for their work — seconded JV executives included — and record every grant and change of rights.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.2"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_staff_education",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new("現地従業員への教育", "Educate local staff"),
        description: Text::new(
            "現地の言語で、何が秘密か、持ち出しが何を招くか、転職後も守秘義務が続くことを定期的に説明する。",
            "Explain regularly, in the local language, what is secret, what taking it out leads to, and that confidentiality continues after changing jobs.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.2"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_hq_maintenance",
        category: Organisational,
        phase: Operation,
        groups: &[EconomicAcademic],
        title: Text::new(
            "設備保守は本社・メーカー派遣の技術者が行う",
            "Equipment maintained by engineers sent from headquarters",
        ),
        description: Text::new(
            "ノウハウが詰まった設備の保守・調整は、できる限り本社や設備メーカーから派遣した技術者が行い、現地に手順を渡しすぎない。",
            "Have know-how-rich equipment serviced and tuned, as far as possible, by engineers sent from headquarters or the equipment maker, so the procedures do not have to be handed over locally.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.2"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_hq_it_oversight",
        category: Technical,
        phase: Operation,
        groups: &[Cyber],
        title: Text::new(
            "海外拠点のシステム管理を現地任せにしない",
            "Do not leave overseas IT to the site alone",
        ),
        description: Text::new(
            "海外子会社のシステムも本社と同じ基準で構成・パッチ・ログ監視を行い、本社が状況を把握できるようにする。",
            "Run overseas subsidiaries' systems to the same configuration, patching and log-monitoring standard as headquarters, with headquarters able to see their state.",
        ),
        source: Source::derived(MetiGuidance, "§2.1.4"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    // --- Overseas expansion (003): termination -------------------------------
    CountermeasureTemplate {
        id: "cm_ovs_return_delete",
        category: Contractual,
        phase: Termination,
        groups: &[EconomicAcademic],
        title: Text::new(
            "終了時の返却・削除と再利用禁止の確認",
            "Return or delete at the end, and confirm no re-use",
        ),
        description: Text::new(
            "合弁解消・委託終了・撤退の際に、提供した技術情報の返却または削除を確認し、再利用しないことを書面で確かめる。",
            "When a JV, contract or site ends, confirm the return or deletion of the technical information provided and obtain written confirmation that it will not be re-used.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.3"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    CountermeasureTemplate {
        id: "cm_ovs_access_reset",
        category: Technical,
        phase: Termination,
        groups: ALL_GROUPS,
        title: Text::new("アクセス権限の再設定", "Reset access rights"),
        description: Text::new(
            "関係の終了や人の異動に合わせて重要情報へのアクセス権限を見直し、不要になった人やアカウントの権限を直ちに外す。",
            "When a relationship ends or people move, reset access to critical information and remove at once any person or account that no longer needs it.",
        ),
        source: Source::quoted(MetiGuidance, "§2.2.3"),
        cyber_step: None,
        case_group: Some(Overseas),
    },
    // --- Through people (003) ------------------------------------------------
    CountermeasureTemplate {
        id: "cm_ppl_confidentiality_scope_rules",
        category: Organisational,
        phase: Planning,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new(
            "機密情報の範囲を明確にするルール",
            "Rules that make clear what is confidential",
        ),
        description: Text::new(
            "競争力の源泉となる情報を確認して機密の範囲を定め、表示（マーキング）と取扱いのルールを従業員や外部パートナーと共有する。",
            "Work out which information is the source of competitiveness, define the confidential scope, and share marking and handling rules with staff and outside partners.",
        ),
        source: Source::quoted(MetiGuidance, "§2.4.1"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_central_office",
        category: Organisational,
        phase: Planning,
        groups: ALL_GROUPS,
        title: Text::new(
            "技術流出対策の司令塔となる専門部署",
            "A cross-organisational office that leads leakage countermeasures",
        ),
        description: Text::new(
            "現場任せにせず、各部署が担当範囲で責任を果たしたうえで、部署間をつなぎ全体の対策を統括する専門部署を置く。",
            "Rather than leaving it to each site, keep each department responsible for its own area and set up a dedicated office that links them and steers the whole effort.",
        ),
        source: Source::quoted(MetiGuidance, "§2.4.2"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_continuous_education",
        category: Personnel,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "継続的な情報セキュリティ教育",
            "Continuous security education",
        ),
        description: Text::new(
            "技術者・研究者を含む全員に、実際の手口や事例を使った研修を継続的に行い、受講状況を記録する。",
            "Train everyone, engineers and researchers included, continuously with real methods and cases, and record who has taken part.",
        ),
        source: Source::quoted(MetiGuidance, "§2.4.3"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_top_message",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "トップメッセージの発信",
            "Messages from top management",
        ),
        description: Text::new(
            "経営層・学長・所長が技術流出対策の重要性を折に触れて自分の言葉で発信し、組織全体の意識を高める。",
            "Have the head of the organisation speak, in their own words and at regular moments, about why protecting technology matters, to raise awareness across the organisation.",
        ),
        source: Source::quoted(MetiGuidance, "§2.4.3"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_managed_devices",
        category: Technical,
        phase: Operation,
        groups: &[Espionage, Cyber],
        title: Text::new(
            "組織管理端末とリモート消去",
            "Organisation-managed devices with remote wipe",
        ),
        description: Text::new(
            "業務で使う端末は組織が管理し、紛失・盗難時に遠隔でデータ消去や利用停止ができるようにしておく。",
            "Use only devices the organisation manages for work, set up so data can be wiped or the device blocked remotely if it is lost or stolen.",
        ),
        source: Source::quoted(MetiGuidance, "§2.4.4"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_send_check",
        category: Technical,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new(
            "誤送信・誤開示の防止",
            "Prevent mis-sending and wrong disclosure",
        ),
        description: Text::new(
            "社外宛てメールの送信前確認や添付ファイルの暗号化を取り入れ、共有前に相手のアクセス権限を確かめる手順にする。",
            "Add a confirmation step for external email and encrypt attachments, and make checking the recipient's access rights part of sharing anything.",
        ),
        source: Source::derived(MetiGuidance, "§2.3.2"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_disclosure_review",
        category: Organisational,
        phase: Planning,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new(
            "展示会・発表・投稿前の公開内容チェック",
            "Review what will be shown before trade shows, talks and posts",
        ),
        description: Text::new(
            "展示物、学会発表、論文、ブログ・SNSで公開する内容を事前に確認し、出展スタッフには答えてよい範囲を決めておく。",
            "Check exhibits, conference talks, papers and blog or social-media posts before they go public, and tell booth staff in advance how far they may answer.",
        ),
        source: Source::derived(MetiGuidance, "§2.3.1"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    CountermeasureTemplate {
        id: "cm_ppl_departure_procedure",
        category: Personnel,
        phase: Termination,
        groups: &[Espionage],
        title: Text::new(
            "退職・転職時の手続き",
            "Procedure for leavers",
        ),
        description: Text::new(
            "退職が決まったら、退職後の秘密保持の誓約、資料・端末の返却、権限の削除、直近の大量ダウンロードや持ち出し記録の確認を行う。",
            "Once someone is leaving: a post-employment confidentiality undertaking, return of documents and devices, removal of access, and a check of recent bulk downloads and copying.",
        ),
        source: Source::derived(MetiGuidance, "§2.3.3"),
        cyber_step: None,
        case_group: Some(ThroughPeople),
    },
    // --- From the process itself (004) ---------------------------------------
    CountermeasureTemplate {
        id: "cm_proc_tabletop_exercise",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new("机上訓練（TTX）", "Tabletop exercise (TTX)"),
        description: Text::new(
            "優先度の高い漏洩シナリオを関係者で順に追い、どこで誰が止めるべきか、検知できるかを確かめて弱点を洗い出す。",
            "Walk the relevant people through a high-priority leak scenario step by step, asking where it should be stopped, by whom, and whether it would be detected.",
        ),
        source: Source::quoted(ProcessOverview, "§4"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_proc_blackbox_drill",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new("ブラックボックス演習", "Black-box drill"),
        description: Text::new(
            "一部の関係者だけが知る形でシナリオを実際に演じ、現場が本当に検知・対応できるかを検証する。",
            "Play a scenario out for real with only a few people aware it is a drill, to test whether the organisation actually detects and responds.",
        ),
        source: Source::quoted(ProcessOverview, "§4"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_proc_removable_media_mdm",
        category: Technical,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new(
            "外部記憶媒体の制御とモバイル端末管理",
            "Removable-media control and mobile device management",
        ),
        description: Text::new(
            "USBメモリ等への書き出しを制限・記録し、全面遮断が現実的でない場合はモバイル端末管理（MDM）で持ち出しを把握する。",
            "Restrict and log copying to USB sticks and other removable media; where a full block is not realistic, use mobile device management to see what leaves.",
        ),
        source: Source::quoted(ProcessOverview, "§5"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_proc_reduce_key_person_dependence",
        category: Organisational,
        phase: Operation,
        groups: &[Espionage, EconomicAcademic],
        title: Text::new(
            "属人化の解消",
            "Reduce dependence on single persons",
        ),
        description: Text::new(
            "特定の人だけが持つノウハウを文書化し、複数人で共有・継承できるようにして、一人の引き抜きで技術が失われないようにする。",
            "Document know-how that only one person holds and spread it over several people, so that recruiting one person away cannot take the technology with them.",
        ),
        source: Source::derived(ProcessOverview, "§4"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_proc_field_working_group",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "現場を交えたワーキンググループ",
            "Working group with the people on the ground",
        ),
        description: Text::new(
            "棚卸しから訓練後の改善まで、研究・開発・製造の現場の人を加えた作業部会で対策を一緒に設計する。現場の理解なく導入した対策は形骸化しやすい。",
            "From inventory to post-exercise fixes, design measures together in a working group that includes research, development and production staff; measures imposed without them tend to become hollow.",
        ),
        source: Source::quoted(ProcessOverview, "§5"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_proc_human_vulnerability",
        category: Personnel,
        phase: Operation,
        groups: &[Espionage],
        title: Text::new(
            "人的脆弱性への目配り",
            "Attend to human vulnerabilities",
        ),
        description: Text::new(
            "処遇への不満やモラルの低下が持ち出しの引き金になりうる。面談や相談窓口で早めに気づき、対応できるようにする。",
            "Dissatisfaction and low morale can trigger someone taking data out; use one-to-one talks and a confidential contact point to notice and act early.",
        ),
        source: Source::derived(ProcessOverview, "§5"),
        cyber_step: None,
        case_group: None,
    },
    // --- Organisational (000) ------------------------------------------------
    CountermeasureTemplate {
        id: "cm_org_genai_rules",
        category: Organisational,
        phase: Operation,
        groups: &[Cyber, Espionage],
        title: Text::new("生成AI利用のルール", "Rules for generative-AI use"),
        description: Text::new(
            "どの生成AIサービスに、どの区分の情報なら入力してよいかを決め、未公開の研究データや営業秘密を外部サービスに入力しないようにする。",
            "Decide which generative-AI services may be used and for which classes of information, so unpublished research data and trade secrets are not entered into outside services.",
        ),
        source: Source::derived(GovAiMeasures, "§2, §5"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_org_encryption_access_restriction",
        category: Technical,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "機密情報の暗号化とアクセス制限",
            "Encrypt confidential information and restrict access",
        ),
        description: Text::new(
            "機密情報は保存時・送付時に暗号化し、閲覧できる人を限定して、持ち出されても読めない状態にしておく。",
            "Encrypt confidential information at rest and in transit and limit who can open it, so that a copy taken out cannot be read.",
        ),
        source: Source::quoted(GovAiMeasures, "§5"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_org_periodic_risk_assessment",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "定期的なリスクアセスメント",
            "Periodic risk assessment",
        ),
        description: Text::new(
            "重要技術の棚卸し・脅威評価・漏洩シナリオの評価を年1回など決まった周期で見直し、新しい技術や手口を反映する。",
            "Revisit the technology inventory, threat assessment and scenario ratings on a fixed cycle, such as yearly, to take in new technologies and methods.",
        ),
        source: Source::quoted(GovAiMeasures, "§5"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_org_subsidy_conditions",
        category: Contractual,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "補助金の流出防止要件への対応",
            "Meet the leakage-prevention conditions of subsidies",
        ),
        description: Text::new(
            "補助金・委託研究の申請時に技術流出防止の要件を確認し、求められる管理体制を整えて証跡を残す。",
            "When applying for a subsidy or commissioned research, check its leakage-prevention conditions, put the required arrangements in place and keep evidence of them.",
        ),
        source: Source::quoted(GovAiMeasures, "§2"),
        cyber_step: None,
        case_group: None,
    },
    // --- Regulatory (issue #14; public documents R01–R04) -----------------
    CountermeasureTemplate {
        id: "cm_reg_classification_procedure",
        category: Organisational,
        phase: Planning,
        groups: &[EconomicAcademic],
        title: Text::new(
            "該非判定の手順と判定責任者",
            "Classification procedure and a person responsible for it",
        ),
        description: Text::new(
            "技術ごとに該非判定（項番・比較した根拠・日付・判定者）を記録する手順を定め、判定の責任者を置く。リスト規制技術を扱う場合は用途確認・研修・記録保存・監査も整える。",
            "Set a procedure that records each technology's classification (list item, basis compared, date, who judged) and name a person responsible for it; where listed technology is handled, add end-use checks, training, record keeping and audit.",
        ),
        source: Source::quoted(ExportCompliance, "§1"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_pledges_entry_exit",
        category: Personnel,
        phase: Planning,
        groups: &[EconomicAcademic, Espionage],
        title: Text::new(
            "受入れ時・変更時・離籍時の誓約書と特定類型の自己申告",
            "Pledges and specified-category declarations at entry, on change and at exit",
        ),
        description: Text::new(
            "重要技術にアクセスする人から、受入れ時・状況の変化時・離籍時に誓約書（秘密保持）と特定類型の自己申告を受け取り、日付とともに記録する。",
            "Collect a pledge (confidentiality) and a specified-category self-declaration from everyone with access to critical technology at entry, on any change and at exit, and record them with their dates.",
        ),
        source: Source::derived(SensitiveTechGuidance, "§all"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_secret_marking",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "営業秘密の表示（㊙・厳秘）",
            "Mark trade secrets as confidential",
        ),
        description: Text::new(
            "営業秘密とする文書・データ・媒体に㊙や厳秘などの表示を付け、秘密として管理する意思が従業員に分かるようにする。",
            "Mark documents, data and media kept as trade secrets with a 'confidential' or 'strictly confidential' mark, so employees can see the intent to keep them secret.",
        ),
        source: Source::derived(TradeSecretGuidelines, "§2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_secret_access",
        category: Technical,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "営業秘密へのアクセス制限",
            "Restrict access to trade secrets",
        ),
        description: Text::new(
            "営業秘密を保管する場所・システムのアクセス権を必要な人に限り、共有アカウントをなくす。",
            "Limit access to the places and systems that hold trade secrets to the people who need it, and remove shared accounts.",
        ),
        source: Source::derived(TradeSecretGuidelines, "§2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_secret_register",
        category: Organisational,
        phase: Operation,
        groups: ALL_GROUPS,
        title: Text::new(
            "秘密情報の管理台帳",
            "Register of secret information",
        ),
        description: Text::new(
            "営業秘密とする情報を台帳に記載し、保管場所・管理者・アクセスできる人を定期的に見直す。",
            "List the information kept as trade secrets in a register, and review where it is kept, who manages it and who can access it at regular intervals.",
        ),
        source: Source::derived(TradeSecretGuidelines, "§2"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_nda_disclosure",
        category: Contractual,
        phase: Operation,
        groups: &[EconomicAcademic],
        title: Text::new(
            "外部への開示は秘密保持契約の下で",
            "Disclose outside only under an NDA",
        ),
        description: Text::new(
            "共同研究先や取引先に開示する前に秘密保持契約を結び、開示した範囲と相手を記録する。",
            "Sign a non-disclosure agreement before disclosing to research partners or business partners, and record what was disclosed to whom.",
        ),
        source: Source::derived(TradeSecretGuidelines, "§4"),
        cyber_step: None,
        case_group: None,
    },
    CountermeasureTemplate {
        id: "cm_reg_integrity_disclosure",
        category: Personnel,
        phase: Operation,
        groups: &[EconomicAcademic],
        title: Text::new(
            "研究インテグリティの定期的な開示",
            "Regular research-integrity disclosures",
        ),
        description: Text::new(
            "研究者に経歴・職歴、兼業（海外を含む）、外部・外国からの資金や支援を定期的に開示してもらい、最新に保つ。",
            "Have researchers disclose their careers and positions, side jobs including abroad, and funding or support from outside including foreign sources at regular intervals, and keep the record current.",
        ),
        source: Source::quoted(ResearchIntegrity, "§all"),
        cyber_step: None,
        case_group: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::checks::*;

    #[test]
    fn ids_are_unique_and_prefixed_snake_case() {
        for c in COUNTERMEASURES {
            assert_id(c.id, "cm_");
        }
        assert_unique(COUNTERMEASURES.iter().map(|c| c.id));
    }

    #[test]
    fn texts_are_bilingual() {
        for c in COUNTERMEASURES {
            assert_bilingual(c.title, c.id);
            assert_bilingual(c.description, c.id);
        }
    }

    #[test]
    fn every_group_category_and_phase_is_covered() {
        for g in PatternGroup::ALL {
            assert!(
                COUNTERMEASURES.iter().any(|c| c.groups.contains(g)),
                "{g:?}"
            );
        }
        for k in CmCategory::ALL {
            assert!(COUNTERMEASURES.iter().any(|c| c.category == *k), "{k:?}");
        }
        for p in CmPhase::ALL {
            assert!(COUNTERMEASURES.iter().any(|c| c.phase == *p), "{p:?}");
        }
    }

    #[test]
    fn each_entry_addresses_distinct_groups() {
        for c in COUNTERMEASURES {
            assert!(!c.groups.is_empty(), "{} addresses nothing", c.id);
            assert_unique(c.groups.iter().map(|g| g.code()));
        }
    }

    #[test]
    fn sources_are_the_countermeasure_sources() {
        // The countermeasure knowledge comes from 000, 001, 003 and 004;
        // the regulatory measures (`cm_reg_`) from the public documents R01–R04.
        for c in COUNTERMEASURES {
            let regulatory = c.id.starts_with("cm_reg_");
            assert_eq!(regulatory, c.source.doc.id().starts_with('R'), "{}", c.id);
            assert!(
                ["000", "001", "003", "004"].contains(&c.source.doc.id()) || regulatory,
                "{} cites {}",
                c.id,
                c.source.doc.id()
            );
        }
        for id in ["000", "001", "003", "004"] {
            assert!(
                COUNTERMEASURES.iter().any(|c| c.source.doc.id() == id),
                "{id}"
            );
        }
    }

    #[test]
    fn library_size_is_workshop_sized() {
        assert!(
            (30..=55).contains(&COUNTERMEASURES.len()),
            "{}",
            COUNTERMEASURES.len()
        );
    }
}
