//! Typical threat-actor templates (脅威プレイヤーの雛形).
//!
//! At least one template per [`ActorKind`], each saying who the actor is, why
//! it would want the technology (motive) and how it would try (methods), with
//! a default capability the workshop adjusts. Written neutrally: no country is
//! named as an accuser would; where intent can be evidenced, the motive says
//! what evidence to look for (industrial-policy lists, patent filings — the
//! kind source 004 cites). Ids are a data contract (exported in CSV).

use super::{Source, SourceRef};
use crate::domain::kinds::ActorKind;
use crate::domain::rating::Rating;
use crate::domain::text::Text;
use SourceRef::{MetiGuidance, PoliceOutreach, ProcessOverview};

/// A threat actor to start a threat-actor record from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorTemplate {
    /// Stable id, `act_…`.
    pub id: &'static str,
    pub kind: ActorKind,
    pub name: Text,
    /// Why it wants the technology, and what evidence of intent to look for.
    pub motive: Text,
    /// How it would try to obtain it.
    pub methods: Text,
    /// Starting point for the capability rating; the workshop adjusts it.
    pub default_capability: Rating,
    /// Where the template comes from (`docs/catalogues.md`, "Sources").
    pub source: Source,
}

/// Every actor template, in [`ActorKind`] order.
pub static ACTORS: &[ActorTemplate] = &[
    // --- State body ----------------------------------------------------------
    ActorTemplate {
        id: "act_state_talent_programme",
        kind: ActorKind::StateBody,
        name: Text::new(
            "国家が関与する人材招致プログラム",
            "State-linked talent recruitment programme",
        ),
        motive: Text::new(
            "自国の重点分野を短期間で育てるため、先端技術と研究者を取り込みたい。意図の根拠として、その分野が産業政策の重点リスト（出典では「中国製造2025」や「外商投資奨励産業目録」が例示）に載っているか、関連分野の特許出願が急増しているかを確認する。",
            "Wants leading technology and researchers to build up its priority fields fast. As evidence of intent, check whether the field appears in the state's industrial-policy lists (the source cites 'Made in China 2025' and the Catalogue of Industries for Encouraging Foreign Investment) and whether patent filings in the field are surging.",
        ),
        methods: Text::new(
            "高額の報酬や研究費、兼職ポストを提示して研究者を招き、研究室ごとの移転や未公開成果の持ち込みを求める。",
            "Offers high pay, research funds or a concurrent post to attract researchers, and expects whole lines of work or unpublished results to come along.",
        ),
        default_capability: Rating::of(4),
        source: Source::derived(ProcessOverview, "§3"),
    },
    ActorTemplate {
        id: "act_state_intelligence_service",
        kind: ActorKind::StateBody,
        name: Text::new(
            "外国の情報機関",
            "Foreign intelligence service",
        ),
        motive: Text::new(
            "軍事転用できる技術や安全保障に関わる情報を手に入れたい。対象分野が国の重点分野や輸出規制の対象と重なるほど意図は強いとみる。",
            "Wants technology with military uses and information bearing on national security. The more the field overlaps with state priorities or export-controlled items, the stronger the intent.",
        ),
        methods: Text::new(
            "企業関係者や研究者を装ってSNSや学会で接触し、食事や贈り物で関係を築いてから情報を求める。サイバー攻撃部隊と連携することもある。",
            "Poses as business people or researchers, makes contact on social media or at conferences, builds the relationship with dinners and gifts, then asks for information; may work alongside cyber units.",
        ),
        default_capability: Rating::of(5),
        source: Source::derived(PoliceOutreach, "§3.2, §5"),
    },
    ActorTemplate {
        id: "act_cyber_espionage_group",
        kind: ActorKind::StateBody,
        name: Text::new(
            "国家の指示を受けるサイバー諜報グループ",
            "State-directed cyber-espionage group",
        ),
        motive: Text::new(
            "後ろ盾となる国家の求めに応じ、先端技術や研究データを継続的に収集したい。金銭目的の犯罪者ではなく、国家の諜報活動の一部として動く。",
            "Collects leading technology and research data steadily, to order for the state behind it: part of a state's intelligence effort, not a criminal after money.",
        ),
        methods: Text::new(
            "標的型メール、VPN機器など未修正の脆弱性、管理の甘い海外拠点や取引先を足がかりに侵入し、長期間潜伏して情報を送り出す。",
            "Gets in through targeted email, unpatched VPN devices and other flaws, or via a poorly managed overseas site or partner, then stays hidden for months sending data out.",
        ),
        default_capability: Rating::of(5),
        source: Source::derived(PoliceOutreach, "§3.1"),
    },
    // --- Foreign company -----------------------------------------------------
    ActorTemplate {
        id: "act_foreign_acquirer",
        kind: ActorKind::ForeignCompany,
        name: Text::new(
            "買収・出資で技術を狙う外国企業",
            "Foreign company seeking technology through acquisition or investment",
        ),
        motive: Text::new(
            "自社で開発するより早く安く技術を手に入れ、市場での地位を固めたい。その分野での特許出願の動きや、同業への買収・出資の履歴が手がかりになる。",
            "Wants the technology faster and cheaper than developing it, to secure its market position. Clues: its patent filings in the field and its record of acquisitions or stakes in similar firms.",
        ),
        methods: Text::new(
            "出資・買収・事業提携を持ちかけ、取締役の派遣やデューデリジェンスを通じて技術情報にアクセスする。",
            "Proposes investment, acquisition or a business alliance and reaches technical information through board seats or due diligence.",
        ),
        default_capability: Rating::of(4),
        source: Source::derived(PoliceOutreach, "§3.3"),
    },
    // --- Competitor ----------------------------------------------------------
    ActorTemplate {
        id: "act_competitor_poacher",
        kind: ActorKind::Competitor,
        name: Text::new(
            "技術者を引き抜く競合他社",
            "Competitor poaching engineers",
        ),
        motive: Text::new(
            "自社で追いつけない工程や製品の差を、経験者の採用で一気に埋めたい。",
            "Wants to close a process or product gap it cannot close alone by hiring people who already know how.",
        ),
        methods: Text::new(
            "ヘッドハンターやSNSで鍵となる技術者に好条件を示し、転職時に資料やノウハウを持ち込ませる。",
            "Approaches key engineers through headhunters or social media with attractive terms, and has them bring documents or know-how when they move.",
        ),
        default_capability: Rating::of(3),
        source: Source::derived(MetiGuidance, "§2.3.3"),
    },
    ActorTemplate {
        id: "act_industrial_spy",
        kind: ActorKind::Competitor,
        name: Text::new(
            "競合のために動く産業スパイ",
            "Industrial spy acting for a competitor",
        ),
        motive: Text::new(
            "競合の開発状況、製造条件、顧客情報などを手に入れ、依頼主を有利にしたい。",
            "Wants development status, manufacturing conditions or customer information to give the client an edge.",
        ),
        methods: Text::new(
            "展示会や業界の集まりで接触し、謝礼や転職の話で協力者をつくる。来場者として質問や撮影を重ねることもある。",
            "Makes contact at trade shows and industry events and turns people with fees or job offers; also asks and photographs as an ordinary visitor.",
        ),
        default_capability: Rating::of(3),
        source: Source::quoted(MetiGuidance, "§2.3.1"),
    },
    // --- Research institution ------------------------------------------------
    ActorTemplate {
        id: "act_overseas_research_partner",
        kind: ActorKind::ResearchInstitution,
        name: Text::new(
            "共同研究を通じて技術を求める海外研究機関",
            "Overseas research institution seeking technology through collaboration",
        ),
        motive: Text::new(
            "自国の重点分野の研究を加速したい。所属国の科学技術政策での位置づけや、軍・国防関係機関とのつながりが手がかりになる。",
            "Wants to speed up research in its country's priority fields. Clues: the field's place in that country's science policy and any ties to military or defence bodies.",
        ),
        methods: Text::new(
            "共同研究、研究者・学生の派遣、試料の交換を提案し、合意した範囲を超えてデータや装置条件を求める。",
            "Proposes joint research, sends researchers or students, or offers sample exchanges, then asks for data or instrument settings beyond what was agreed.",
        ),
        default_capability: Rating::of(3),
        source: Source::derived(ProcessOverview, "§4"),
    },
    // --- Insider -------------------------------------------------------------
    ActorTemplate {
        id: "act_disgruntled_insider",
        kind: ActorKind::Insider,
        name: Text::new(
            "不満を抱える内部者",
            "Dissatisfied insider",
        ),
        motive: Text::new(
            "処遇や評価への不満、金銭的な困窮から、情報を売る・持ち出すことに抵抗がなくなっている。",
            "Resentment about pay or recognition, or money troubles, have made selling or taking out information seem acceptable.",
        ),
        methods: Text::new(
            "正規の権限で重要情報を閲覧し、私物の外部記憶媒体やクラウドに複製する。外部からの誘いに応じることもある。",
            "Uses legitimate access to view critical information and copies it to personal media or cloud storage; may respond to an outside approach.",
        ),
        default_capability: Rating::of(3),
        source: Source::derived(ProcessOverview, "§5"),
    },
    ActorTemplate {
        id: "act_careless_insider",
        kind: ActorKind::Insider,
        name: Text::new(
            "悪意のない不注意な内部者",
            "Careless insider with no ill intent",
        ),
        motive: Text::new(
            "悪意はない。何が秘密か分かっていない、急いでいた、役に立ちたかった、といった理由で漏らしてしまう。",
            "No malice: leaks because they did not know what was secret, were in a hurry, or wanted to help.",
        ),
        methods: Text::new(
            "誤送信、SNSへの投稿、権限のない人への開示、外部の生成AIへの入力など。",
            "Mis-sent email, social-media posts, showing things to people without access rights, pasting into outside generative AI.",
        ),
        default_capability: Rating::of(2),
        source: Source::derived(MetiGuidance, "§2.3.2"),
    },
    // --- Departing employee --------------------------------------------------
    ActorTemplate {
        id: "act_departing_researcher",
        kind: ActorKind::DepartingEmployee,
        name: Text::new(
            "転職・移籍予定の研究者・技術者",
            "Researcher or engineer about to leave",
        ),
        motive: Text::new(
            "転職先・移籍先で早く成果を出したい、または好条件の見返りとして知見を持ち込むよう求められている。",
            "Wants to make an early mark at the new employer or institute, or has been asked to bring know-how in return for an attractive offer.",
        ),
        methods: Text::new(
            "退職前に図面・データ・試料をUSBメモリや私用クラウドに移す。資料がなくても、記憶したノウハウを新しい職場で使う。",
            "Moves drawings, data or samples to a USB stick or personal cloud before leaving; even without documents, uses remembered know-how at the new job.",
        ),
        default_capability: Rating::of(4),
        source: Source::quoted(MetiGuidance, "§2.3.3"),
    },
    ActorTemplate {
        id: "act_departing_local_staff",
        kind: ActorKind::DepartingEmployee,
        name: Text::new(
            "海外拠点の転職予定の現地スタッフ",
            "Local staff at an overseas site about to change jobs",
        ),
        motive: Text::new(
            "人材の流動性が高い地域で、身につけたノウハウを武器により良い条件の職に移りたい。",
            "In a job market with high turnover, wants to use the know-how learned to move to a better-paid job.",
        ),
        methods: Text::new(
            "在職中に覚えた設備の調整方法や工程条件を、転職先で不正に活用する。図面を複製して持ち出すこともある。",
            "Misuses the equipment tuning and process conditions learned on the job at the new employer; may also copy and take drawings.",
        ),
        default_capability: Rating::of(3),
        source: Source::quoted(MetiGuidance, "§2.1.2"),
    },
    // --- Cyber criminal ------------------------------------------------------
    ActorTemplate {
        id: "act_ransomware_group",
        kind: ActorKind::CyberCriminal,
        name: Text::new(
            "金銭目的のランサムウェア犯罪グループ",
            "Financially motivated ransomware group",
        ),
        motive: Text::new(
            "身代金を得ること。盗んだ技術情報を公開や売却の材料にする。",
            "Wants a ransom; stolen technical information is leverage for publication or sale.",
        ),
        methods: Text::new(
            "認証の弱いリモート接続や脆弱性から侵入し、データを盗んだうえで暗号化して脅迫する。",
            "Breaks in through weakly authenticated remote access or a vulnerability, steals data, then encrypts systems and extorts.",
        ),
        default_capability: Rating::of(4),
        source: Source::derived(PoliceOutreach, "§3.1"),
    },
    // --- Contractor / partner ------------------------------------------------
    ActorTemplate {
        id: "act_overseas_contractor",
        kind: ActorKind::Contractor,
        name: Text::new(
            "情報管理の甘い海外の製造委託先",
            "Overseas manufacturing contractor with weak information management",
        ),
        motive: Text::new(
            "多くは悪意ではなく管理の甘さが原因。ただし受け取った図面を別の顧客の案件や自社製品に流用したい動機もありうる。",
            "Often not malice but loose controls; still, it may be tempted to reuse the drawings it receives for other customers or its own products.",
        ),
        methods: Text::new(
            "受け取った図面や仕様書を社内で広く共有し、役職員の転職や再委託を通じて第三者に渡る。",
            "Shares the drawings and specifications widely in-house; they reach third parties through staff changing jobs or subcontracting.",
        ),
        default_capability: Rating::of(3),
        source: Source::quoted(MetiGuidance, "§2.1.3"),
    },
    // --- JV partner ----------------------------------------------------------
    ActorTemplate {
        id: "act_jv_partner",
        kind: ActorKind::JvPartner,
        name: Text::new(
            "役員を派遣する合弁パートナー",
            "Joint-venture partner that seconds executives",
        ),
        motive: Text::new(
            "合弁を通じて得た技術を自社単独の事業に取り込み、いずれ競合として自立したい。",
            "Wants to absorb the technology it sees through the JV into its own business and eventually stand alone as a competitor.",
        ),
        methods: Text::new(
            "派遣した役員や技術者が職務として技術情報にアクセスし、本社や関連会社に持ち帰る。合弁解消後も情報を使い続ける。",
            "Its seconded executives and engineers reach technical information as part of their jobs and take it back to head office or affiliates; keeps using it after the JV ends.",
        ),
        default_capability: Rating::of(4),
        source: Source::quoted(MetiGuidance, "§2.1.1"),
    },
    // --- Other ---------------------------------------------------------------
    ActorTemplate {
        id: "act_open_source_collector",
        kind: ActorKind::Other,
        name: Text::new(
            "公開情報を収集・分析する者",
            "Collector of open information",
        ),
        motive: Text::new(
            "論文、学会発表、展示会、SNS投稿などの断片を集め、未公開の技術や接近すべき人物を割り出したい。",
            "Wants to piece together papers, talks, trade-show exhibits and social-media posts to infer unpublished technology and whom to approach.",
        ),
        methods: Text::new(
            "公開情報を網羅的に集めて突き合わせ、研究者の交友関係や出張予定まで把握する。結果を他の脅威プレイヤーに提供することもある。",
            "Gathers and cross-checks public information systematically, down to researchers' contacts and travel plans, and may pass the results to other threat actors.",
        ),
        default_capability: Rating::of(2),
        source: Source::derived(MetiGuidance, "§2.3.1"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::checks::*;

    #[test]
    fn ids_are_unique_and_prefixed_snake_case() {
        for a in ACTORS {
            assert_id(a.id, "act_");
        }
        assert_unique(ACTORS.iter().map(|a| a.id));
    }

    #[test]
    fn texts_are_bilingual() {
        for a in ACTORS {
            assert_bilingual(a.name, a.id);
            assert_bilingual(a.motive, a.id);
            assert_bilingual(a.methods, a.id);
        }
    }

    #[test]
    fn every_kind_has_a_template() {
        for k in ActorKind::ALL {
            assert!(ACTORS.iter().any(|a| a.kind == *k), "no template for {k:?}");
        }
    }

    #[test]
    fn templates_follow_kind_order() {
        let pos = |k: ActorKind| ActorKind::ALL.iter().position(|x| *x == k);
        assert!(ACTORS.windows(2).all(|w| pos(w[0].kind) <= pos(w[1].kind)));
    }

    #[test]
    fn only_the_state_template_names_industrial_policy_lists() {
        // Neutral wording: the source's examples of evidence appear once, as a
        // hint on where to look, not as an accusation elsewhere.
        for a in ACTORS {
            let named =
                a.motive.en.contains("Made in China") || a.methods.en.contains("Made in China");
            assert_eq!(named, a.id == "act_state_talent_programme", "{}", a.id);
        }
    }
}
