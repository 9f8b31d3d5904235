//! A worked sample workbook: a fictional university laboratory in its second
//! round, in Japanese or English. The welcome screen offers it, the tests use
//! it, and docs/scoring.md computes its numbers by hand (the test
//! `sample::tests::docs_worked_example` checks them).
//!
//! All names are fictional. Built from catalogue entries where one fits, so it
//! also shows the pre-fill; if an entry were ever missing, a plain record with
//! the same content is used, so the sample never fails.

use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::ids::*;
use super::kinds::*;
use super::model::*;
use super::rating::Rating;
use super::text::Lang;

fn r(v: u8) -> Option<Rating> {
    Rating::new(v).ok()
}

/// Builds the sample. `next_id` is called a fixed number of times in a fixed
/// order, so the same ids in give the same workbook out.
pub fn sample_workbook(
    lang: Lang,
    now: OffsetDateTime,
    next_id: &mut impl FnMut() -> Uuid,
) -> Workbook {
    let tr = |ja: &str, en: &str| -> String {
        match lang {
            Lang::Ja => ja.to_owned(),
            Lang::En => en.to_owned(),
        }
    };
    let started = now - Duration::days(60);
    let mut wb = Workbook::new(
        WorkbookId::new(next_id()),
        tr(
            "半導体材料研究室 技術流出リスク評価（サンプル）",
            "Semiconductor Materials Lab — leakage risk assessment (sample)",
        ),
        RoundId::new(next_id()),
        started,
    );
    wb.organisation = tr("架空工業大学", "Example Institute of Technology");
    wb.unit = tr(
        "大学院工学研究科 半導体材料研究室",
        "Graduate School of Engineering, Semiconductor Materials Lab",
    );
    wb.assessor = tr(
        "研究推進部 研究インテグリティ担当",
        "Research Integrity Office",
    );
    if let Some(first) = wb.rounds.first_mut() {
        first.notes = tr(
            "最重要の結晶成長技術から着手。",
            "Started with the crystal-growth technology, the most critical.",
        );
    }
    wb.start_round(RoundId::new(next_id()), RoundScope::UpToMiddle, now);
    wb.updated_at = now;

    // ---- Technologies ---------------------------------------------------------
    let mut gan = Technology::new(
        TechnologyId::new(next_id()),
        tr("GaN結晶成長レシピ", "GaN crystal-growth recipe"),
        TechCategory::ProcessKnowHow,
    );
    gan.description = tr(
        "高耐圧パワーデバイス向けGaN結晶のMOCVD成長条件（温度プロファイル、ガス流量、前処理）。",
        "MOCVD growth conditions for GaN crystals for high-voltage power devices (temperature profile, gas flows, pre-treatment).",
    );
    gan.owner_unit = tr("半導体材料研究室", "Semiconductor Materials Lab");
    gan.storage_locations = vec![
        tr("研究室NAS（/recipes）", "Lab NAS (/recipes)"),
        tr("成長チームの実験ノート", "Growth team's lab notebooks"),
    ];
    gan.management = tr(
        "成長チームのみアクセス可。NASのアカウントはチームで共有。",
        "Growth team only. The NAS account is shared within the team.",
    );
    gan.access = Access {
        internal_count: Some(6),
        external_parties: Some(true),
        notes: tr(
            "装置メーカーの技術者が保守でMOCVD制御PCに触れる。",
            "The equipment vendor's engineer touches the MOCVD control PC during maintenance.",
        ),
    };
    // Key persons are people with access (added at the end, `regulatory`).
    gan.classification = Classification {
        result: ExportControl::ToCheck,
        list_item: tr("外為令別表 2(3) の該当性を確認中", "外為令別表 2(3) under review"),
        basis: tr(
            "成長条件のパラメータシートと貨物等省令の仕様を比較。",
            "Compared the growth-parameter sheet with the specifications of the ministerial ordinance.",
        ),
        judged_on: Some(now.date() - Duration::days(40)),
        judged_by: tr("研究推進部 安全保障輸出管理室", "Export Control Office"),
        catch_all: Some(true),
        exception: None,
        exception_ground: String::new(),
    };
    (
        gan.market_importance,
        gan.national_strategy,
        gan.substitutability,
        gan.leak_impact,
    ) = (r(5), r(5), r(2), r(5));
    let mut mocvd = ChokepointElement::new(
        ElementId::new(next_id()),
        ElementKind::Equipment,
        tr("MOCVD装置", "MOCVD reactor"),
    );
    (
        mocvd.dependency,
        mocvd.substitutability,
        mocvd.supply_disruption,
    ) = (r(5), r(2), r(4));
    let mut substrate = ChokepointElement::new(
        ElementId::new(next_id()),
        ElementKind::Materials,
        tr("高純度GaN基板", "High-purity GaN substrates"),
    );
    (
        substrate.dependency,
        substrate.substitutability,
        substrate.supply_disruption,
    ) = (r(4), r(3), r(3));
    let mut postdoc = ChokepointElement::new(
        ElementId::new(next_id()),
        ElementKind::People,
        tr(
            "結晶成長のノウハウ（一人のポスドクに依存）",
            "Growth know-how held by a single postdoc",
        ),
    );
    (
        postdoc.dependency,
        postdoc.substitutability,
        postdoc.supply_disruption,
    ) = (r(5), r(1), r(4));
    postdoc.notes = tr("任期は来年3月まで。", "Contract ends next March.");
    gan.elements = vec![mocvd, substrate, postdoc];

    let mut sim = Technology::new(
        TechnologyId::new(next_id()),
        tr("デバイスシミュレーションコード", "Device simulation code"),
        TechCategory::SourceCode,
    );
    sim.storage_locations = vec![tr("学内GitLab", "Campus GitLab")];
    sim.access = Access {
        internal_count: Some(12),
        external_parties: Some(false),
        notes: String::new(),
    };
    sim.classification = Classification {
        result: ExportControl::NotListed,
        list_item: String::new(),
        basis: tr("汎用の数値計算コード。", "General-purpose numerical code."),
        judged_on: Some(now.date() - Duration::days(300)),
        judged_by: tr("研究室主宰者", "Lab head"),
        catch_all: Some(false),
        exception: Some(ExportException::PubliclyAvailable),
        exception_ground: tr(
            "論文付録として公開済みの版のみ提供。",
            "Only the version published as a paper supplement is provided.",
        ),
    };
    (
        sim.market_importance,
        sim.national_strategy,
        sim.substitutability,
        sim.leak_impact,
    ) = (r(3), r(3), r(3), r(3));

    let mut data = Technology::new(
        TechnologyId::new(next_id()),
        tr(
            "試作デバイスの測定データ",
            "Prototype device measurement data",
        ),
        TechCategory::ResearchData,
    );
    data.storage_locations = vec![tr(
        "大学契約のクラウドストレージ",
        "University cloud storage",
    )];
    data.access = Access {
        internal_count: Some(15),
        external_parties: Some(true),
        notes: tr(
            "共同研究先企業と共有フォルダを使用。",
            "Shared folder with the joint-research partner company.",
        ),
    };
    (
        data.market_importance,
        data.national_strategy,
        data.substitutability,
        data.leak_impact,
    ) = (r(4), r(4), r(3), r(4));

    let mut flow = Technology::new(
        TechnologyId::new(next_id()),
        tr(
            "共同研究のウェハプロセスフロー図",
            "Wafer process-flow drawings (joint research)",
        ),
        TechCategory::DesignDrawing,
    );
    flow.access = Access {
        internal_count: Some(4),
        external_parties: Some(true),
        notes: String::new(),
    };
    (
        flow.market_importance,
        flow.national_strategy,
        flow.substitutability,
        flow.leak_impact,
    ) = (r(5), r(3), r(3), r(4));

    let mut hr = Technology::new(
        TechnologyId::new(next_id()),
        tr(
            "研究室メンバーの人事・経歴情報",
            "Lab members' HR and career records",
        ),
        TechCategory::QuasiImportant,
    );
    hr.storage_locations = vec![tr("研究室事務のPC", "Lab administrator's PC")];
    (
        hr.market_importance,
        hr.national_strategy,
        hr.substitutability,
        hr.leak_impact,
    ) = (r(2), r(1), r(3), r(4));

    let mut drafts = Technology::new(
        TechnologyId::new(next_id()),
        tr("未発表論文の草稿", "Unpublished manuscript drafts"),
        TechCategory::ResearchData,
    );
    drafts.market_importance = r(3);
    drafts.notes = tr(
        "残りの評価は次回のワークショップで。",
        "Remaining ratings at the next workshop.",
    );

    let (gan_id, data_id, sim_id) = (gan.id, data.id, sim.id);
    wb.technologies = vec![gan, sim, data, flow, hr, drafts];

    // ---- Threat actors ----------------------------------------------------------
    let actor = |id: ActorId, template: &str, name: (&str, &str), kind: ActorKind, cap: u8| {
        ThreatActor::from_template_id(id, template, lang).unwrap_or_else(|| {
            let mut a = ThreatActor::new(id, tr(name.0, name.1), kind);
            a.default_capability = r(cap);
            a
        })
    };
    let talent = actor(
        ActorId::new(next_id()),
        "act_state_talent_programme",
        (
            "国家が関与する人材招致プログラム",
            "State-linked talent recruitment programme",
        ),
        ActorKind::StateBody,
        4,
    );
    let departing = actor(
        ActorId::new(next_id()),
        "act_departing_researcher",
        ("退職・異動予定の研究者", "Departing researcher"),
        ActorKind::DepartingEmployee,
        4,
    );
    let apt = actor(
        ActorId::new(next_id()),
        "act_cyber_espionage_group",
        ("サイバー諜報グループ", "Cyber-espionage group"),
        ActorKind::CyberCriminal,
        5,
    );
    let partner = actor(
        ActorId::new(next_id()),
        "act_overseas_research_partner",
        ("海外の共同研究先", "Overseas research partner"),
        ActorKind::ResearchInstitution,
        3,
    );
    let (talent_id, departing_id, apt_id, partner_id) =
        (talent.id, departing.id, apt.id, partner.id);
    wb.actors = vec![talent, departing, apt, partner];

    // ---- Threat assessments -------------------------------------------------------
    let mut assess = |actor: ActorId, tech: TechnologyId, i: u8, c: Option<u8>, o: u8| {
        let mut a = ThreatAssessment::new(AssessmentId::new(next_id()), actor, tech);
        a.intent = r(i);
        a.capability = c.and_then(|c| Rating::new(c).ok());
        a.opportunity = r(o);
        a
    };
    let mut a1 = assess(talent_id, gan_id, 5, None, 3);
    a1.intent_evidence = IntentEvidence {
        in_policy_lists: Some(true),
        patent_activity: Some(true),
        notes: tr(
            "GaNパワー半導体は産業政策の重点分野リストに掲載。関連特許出願が増加。",
            "GaN power semiconductors are on industrial-policy priority lists; related patent filings are rising.",
        ),
    };
    a1.opportunity_evidence = tr(
        "ポスドクAに招へいの打診があった。",
        "Postdoc A has been approached with an offer.",
    );
    let a2 = assess(departing_id, gan_id, 3, Some(5), 5);
    let a3 = assess(apt_id, gan_id, 4, Some(4), 2);
    let a4 = assess(apt_id, data_id, 3, Some(4), 3);
    let a5 = assess(partner_id, data_id, 2, Some(3), 4);
    let mut a6 = assess(talent_id, sim_id, 1, None, 2);
    a6.intent_evidence.notes = tr(
        "汎用的なコードで、必要性は低い。",
        "General-purpose code; little need for it.",
    );
    wb.assessments = vec![a1, a2, a3, a4, a5, a6];

    // ---- Leak scenarios ----------------------------------------------------------------
    let mut scenario = |tech: TechnologyId, actor: ActorId, pattern: &str, title: (&str, &str)| {
        let id = ScenarioId::new(next_id());
        let mut s = LeakScenario::from_pattern_id(id, tech, pattern, lang)
            .unwrap_or_else(|| LeakScenario::new(id, tech, tr(title.0, title.1)));
        // The lab's own title: the catalogue narrative stays as the starting text.
        s.title = tr(title.0, title.1);
        s.actor_id = Some(actor);
        s
    };
    let mut s1 = scenario(
        gan_id,
        departing_id,
        "pat_proc_usb_before_abroad",
        (
            "ポスドクが海外転出前にレシピをUSBへコピー",
            "Postdoc copies the recipe to USB before moving abroad",
        ),
    );
    (
        s1.feasibility,
        s1.impact,
        s1.control_effectiveness,
        s1.trend_relevance,
    ) = (r(4), r(5), r(2), r(4));
    s1.status = ScenarioStatus::Mitigating;
    let mut s2 = scenario(
        gan_id,
        talent_id,
        "pat_proc_key_person_recruited",
        (
            "人材招致プログラムが結晶成長のノウハウの保持者を引き抜く",
            "Talent programme recruits the holder of the growth know-how",
        ),
    );
    (
        s2.feasibility,
        s2.impact,
        s2.control_effectiveness,
        s2.trend_relevance,
    ) = (r(3), r(5), r(1), r(5));
    s2.status = ScenarioStatus::Assessed;
    let mut s3 = scenario(
        gan_id,
        apt_id,
        "pat_police_cyber",
        (
            "共有アカウントのNASへの不正アクセス",
            "Unauthorised access to the NAS through the shared account",
        ),
    );
    // Impact left unrated on purpose: it falls back to the technology's.
    (
        s3.feasibility,
        s3.impact,
        s3.control_effectiveness,
        s3.trend_relevance,
    ) = (r(3), None, r(1), r(3));
    s3.status = ScenarioStatus::Assessed;
    let mut s4 = scenario(
        data_id,
        partner_id,
        "pat_proc_research_collaboration_cover",
        (
            "共同研究を隠れ蓑にした測定データの持ち出し",
            "Measurement data taken out under cover of the joint research",
        ),
    );
    (
        s4.feasibility,
        s4.impact,
        s4.control_effectiveness,
        s4.trend_relevance,
    ) = (r(3), r(4), r(3), r(4));
    let mut s5 = scenario(
        data_id,
        apt_id,
        "pat_police_cyber",
        (
            "クラウドストレージのアカウント乗っ取り",
            "Takeover of a cloud-storage account",
        ),
    );
    (
        s5.feasibility,
        s5.impact,
        s5.control_effectiveness,
        s5.trend_relevance,
    ) = (r(1), r(4), r(4), r(3));
    let (s1_id, s2_id, s3_id, s4_id, s5_id) = (s1.id, s2.id, s3.id, s4.id, s5.id);
    wb.scenarios = vec![s1, s2, s3, s4, s5];

    // ---- Countermeasures ------------------------------------------------------------------
    let mut measure = |template: &str, title: (&str, &str), category: CmCategory| {
        let id = CountermeasureId::new(next_id());
        Countermeasure::from_template_id(id, template, lang)
            .unwrap_or_else(|| Countermeasure::new(id, tr(title.0, title.1), category))
    };
    let due = |days: i64| now.date().checked_add(Duration::days(days));
    let mut c1 = measure(
        "cm_proc_removable_media_mdm",
        ("外部記憶媒体の制御", "Removable-media control"),
        CmCategory::Technical,
    );
    c1.scenario_ids = vec![s1_id];
    c1.status = CmStatus::InProgress;
    c1.owner = tr("研究室IT担当", "Lab IT manager");
    c1.due_date = due(30);
    let mut c2 = measure(
        "cm_ppl_departure_procedure",
        ("退職時の手続き", "Departure procedure"),
        CmCategory::Personnel,
    );
    c2.scenario_ids = vec![s1_id, s2_id];
    c2.status = CmStatus::Planned;
    c2.owner = tr("教授", "Professor");
    c2.due_date = due(90);
    let mut c3 = measure(
        "cm_proc_reduce_key_person_dependence",
        ("属人化の解消", "Reduce dependence on key persons"),
        CmCategory::Organisational,
    );
    c3.scenario_ids = vec![s2_id];
    c3.technology_ids = vec![gan_id];
    c3.owner = tr("助教（成長担当）", "Assistant professor (growth)");
    let mut c4 = measure(
        "cm_cyber_strong_auth",
        ("認証の強化", "Stronger authentication"),
        CmCategory::Technical,
    );
    c4.scenario_ids = vec![s3_id, s5_id];
    c4.status = CmStatus::Done;
    c4.owner = tr("研究室IT担当", "Lab IT manager");
    let mut c5 = measure(
        "cm_econ_contract_review",
        ("契約内容の確認", "Contract review"),
        CmCategory::Contractual,
    );
    c5.scenario_ids = vec![s4_id];
    c5.status = CmStatus::Planned;
    c5.owner = tr("産学連携本部", "Industry collaboration office");
    let mut c6 = measure(
        "cm_org_genai_rules",
        ("生成AI利用のルール", "Rules for generative-AI use"),
        CmCategory::Organisational,
    );
    c6.notes = tr(
        "研究科全体の対策（特定のシナリオに紐づけない）。",
        "School-wide measure (not tied to one scenario).",
    );
    let (c1_id, c2_id) = (c1.id, c2.id);
    wb.countermeasures = vec![c1, c2, c3, c4, c5, c6];

    // ---- Exercise ------------------------------------------------------------------------
    let mut ex = Exercise::new(
        ExerciseId::new(next_id()),
        ExerciseKind::Tabletop,
        tr(
            "机上訓練：レシピを持って転出するポスドク",
            "Tabletop: a postdoc leaves with the recipe",
        ),
    );
    ex.date = now.date().checked_sub(Duration::days(14));
    ex.scenario_ids = vec![s1_id];
    ex.participants = vec![
        tr("教授", "Professor"),
        tr("助教（成長担当）", "Assistant professor (growth)"),
        tr("研究室IT担当", "Lab IT manager"),
        tr("研究インテグリティ担当", "Research Integrity Office"),
    ];
    ex.objectives = tr(
        "転出前のデータ持ち出しに誰がどの時点で気づけるかを確かめる。",
        "Find out who could notice data being taken before a move abroad, and when.",
    );
    ex.stop_point = tr(
        "NAS端末にUSBメモリを挿した時点",
        "When the USB stick was plugged into the NAS client PC",
    );
    ex.stopped_by = tr(
        "研究室IT担当（デバイス制御の警告）",
        "Lab IT manager (device-control alert)",
    );
    ex.detection = Some(Detection::Partly);
    ex.weaknesses = vec![
        Weakness {
            kind: WeaknessKind::Technical,
            description: tr(
                "研究室PCでUSBストレージが遮断されていない。",
                "USB storage is not blocked on lab PCs.",
            ),
        },
        Weakness {
            kind: WeaknessKind::Procedural,
            description: tr(
                "転出者向けのチェックリストがない。",
                "No exit checklist for departing researchers.",
            ),
        },
        Weakness {
            kind: WeaknessKind::Human,
            description: tr(
                "任期更新をめぐる不満に誰も気づいていなかった。",
                "Nobody had noticed dissatisfaction over contract renewal.",
            ),
        },
    ];
    ex.follow_up_ids = vec![c1_id, c2_id];
    wb.exercises = vec![ex];
    regulatory(&mut wb, &tr, now, next_id);
    wb
}

/// People with access, their declarations, and a trade-secret checklist,
/// so each regulatory feature shows (the GaN recipe is flagged). Ids are
/// asked for after every other record's, so earlier ids stay as they were.
fn regulatory(
    wb: &mut Workbook,
    tr: &dyn Fn(&str, &str) -> String,
    now: OffsetDateTime,
    next_id: &mut impl FnMut() -> Uuid,
) {
    let today = now.date();
    let ago = |d: i64| Some(today - Duration::days(d));
    let tech = |i: usize| wb.technologies.get(i).map(|t| t.id);
    let (gan, sim, data) = (tech(0), tech(1), tech(2));
    let mut asst = Person::new(
        PersonId::new(next_id()),
        tr("助教（成長担当）", "Assistant professor (growth)"),
    );
    asst.role = PersonRole::Staff;
    asst.residency = Some(Residency::Resident);
    asst.declaration = SpecifiedCategory::NoCategory;
    asst.declared_on = ago(100);
    asst.pledge_signed = true;
    asst.pledge_on = ago(700);
    asst.disclosed_on = ago(500);
    let mut postdoc = Person::new(PersonId::new(next_id()), tr("ポスドクA", "Postdoc A"));
    postdoc.role = PersonRole::Staff;
    postdoc.residency = Some(Residency::Resident);
    postdoc.declaration = SpecifiedCategory::Category2;
    postdoc.declared_on = ago(420);
    postdoc.disclosed_on = ago(30);
    postdoc.notes = tr(
        "海外政府系の奨学金を受給（自己申告）。",
        "Receives a foreign-government scholarship (self-declared).",
    );
    let mut visitor = Person::new(
        PersonId::new(next_id()),
        tr("客員研究員B", "Visiting researcher B"),
    );
    visitor.role = PersonRole::Visiting;
    visitor.residency = Some(Residency::NonResident);
    let mut student = Person::new(
        PersonId::new(next_id()),
        tr("修士学生C", "Master's student C"),
    );
    student.role = PersonRole::Student;
    student.residency = Some(Residency::Resident);
    student.declaration = SpecifiedCategory::NoCategory;
    student.declared_on = ago(60);
    student.pledge_signed = true;
    student.pledge_on = ago(60);
    let links = [
        (&asst, gan, true),
        (&postdoc, gan, true),
        (&visitor, data, false),
        (&student, sim, false),
        (&student, data, false),
    ];
    let mut access = Vec::new();
    for (p, t, key_person) in links {
        if let Some(t) = t {
            access.push(AccessLink {
                id: AccessId::new(next_id()),
                person_id: p.id,
                technology_id: t,
                key_person,
            });
        }
    }
    wb.access = access;
    wb.people = vec![asst, postdoc, visitor, student];
    if let Some(t) = wb.technologies.get_mut(0) {
        t.trade_secret = TradeSecretChecklist {
            marked: Some(true),
            access_restricted: Some(false),
            in_register: None,
            secrecy_note: tr(
                "NASのアカウントをチームで共有しているため、アクセス制限が不十分。",
                "The NAS account is shared within the team, so access is not restricted.",
            ),
            useful: Some(true),
            usefulness_note: tr("量産条件の根拠。", "Basis of the production conditions."),
            not_published: Some(true),
            nda_only: Some(true),
            non_public_note: String::new(),
        };
    }
}

/// The sample with ids 1, 2, 3… (as UUIDs) in the order [`sample_workbook`]
/// asks for them: the same workbook on every run, for unit tests.
#[cfg(test)]
pub(crate) fn sample_with_counted_ids(lang: Lang, now: OffsetDateTime) -> Workbook {
    let mut n = 0u128;
    sample_workbook(lang, now, &mut || {
        n += 1;
        Uuid::from_u128(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::{
        analyze, CapabilitySource, ImpactSource, TechnologyAnalysis, ThreatSource, TierBasis,
    };
    use crate::domain::storage::{restore, to_json};

    fn now() -> OffsetDateTime {
        // 2025-06-01T09:00:00+09:00
        OffsetDateTime::from_unix_timestamp(1_748_736_000).expect("valid timestamp")
    }

    #[test]
    fn sample_is_valid_and_round_trips_in_both_languages() {
        for lang in Lang::ALL {
            let wb = sample_with_counted_ids(lang, now());
            assert_eq!(wb.validate(), vec![], "{lang:?}");
            assert_eq!(restore(&to_json(&wb)).ok(), Some(wb), "{lang:?}");
        }
    }

    #[test]
    fn sample_uses_the_catalogue() {
        let wb = sample_with_counted_ids(Lang::En, now());
        assert!(wb.scenarios.iter().all(|s| s.pattern_id.is_some()));
        assert!(wb.countermeasures.iter().all(|c| c.catalog_id.is_some()));
        assert!(wb.actors.iter().all(|a| a.catalog_id.is_some()));
    }

    /// Reproduces, number for number, the worked example of docs/scoring.md.
    #[test]
    fn docs_worked_example() {
        let wb = sample_with_counted_ids(Lang::En, now());
        let a = analyze(&wb);
        let tech = |name: &str| {
            let t = wb
                .technologies
                .iter()
                .find(|t| t.name == name)
                .expect("sample technology");
            a.technology(t.id).expect("analysed")
        };

        // §1 Criticality.
        let gan = tech("GaN crystal-growth recipe");
        assert_eq!(
            (gan.criticality.weighted_sum, gan.criticality.weight_total),
            (19, 4)
        );
        assert_eq!(gan.criticality.score(), Some(4.75));
        let data = tech("Prototype device measurement data");
        assert_eq!(data.criticality.score(), Some(3.75));
        let flow = tech("Wafer process-flow drawings (joint research)");
        assert_eq!(flow.criticality.score(), Some(3.75));
        let sim = tech("Device simulation code");
        assert_eq!(sim.criticality.score(), Some(3.0));
        let drafts = tech("Unpublished manuscript drafts");
        assert_eq!(
            (drafts.criticality.score(), drafts.criticality.complete),
            (Some(3.0), false)
        );

        // §2 Tiers rank by criticality × threat level (threats are assessed):
        // GaN 4.75 × 4 = 19, measurement data 3.75 × 3, drawings 3.75 × 3
        // (not assessed: 3 assumed), simulation code 3 × 1 (no intent).
        assert_eq!(a.tiers.basis, TierBasis::CriticalityTimesThreat);
        assert_eq!(a.tiers.threat_unassessed, 2);
        let ranking = |t: &TechnologyAnalysis| {
            (
                t.threat.level,
                t.threat.assessed,
                t.ranking_score.map(|f| (f.num, f.den)),
            )
        };
        assert_eq!(ranking(gan), (4, true, Some((76, 4))));
        assert_eq!(ranking(data), (3, true, Some((45, 4))));
        assert_eq!(ranking(flow), (3, false, Some((45, 4))));
        assert_eq!(ranking(sim), (1, true, Some((12, 4))));
        assert_eq!(ranking(drafts), (3, false, None));
        // 4 ranked, top ⌈0.8⌉ = 1, top+middle ⌈2.0⌉ = 2, extended by the tie to 3.
        assert_eq!(
            (a.tiers.ranked, a.tiers.top_target, a.tiers.middle_target),
            (4, 1, 2)
        );
        assert_eq!((a.tiers.top, a.tiers.middle, a.tiers.lower), (1, 2, 1));
        assert_eq!((a.tiers.quasi_important, a.tiers.unrated), (1, 1));
        assert_eq!(gan.tier, Tier::Top);
        assert_eq!((data.tier, flow.tier), (Tier::Middle, Tier::Middle));
        assert_eq!((data.rank, flow.rank), (Some(2), Some(2)));
        assert_eq!(sim.tier, Tier::Lower);
        assert_eq!(
            tech("Lab members' HR and career records").tier,
            Tier::QuasiImportant
        );
        assert_eq!(drafts.tier, Tier::Unrated);
        let names: Vec<&str> = a
            .ranking
            .iter()
            .filter_map(|id| wb.technology(*id))
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "GaN crystal-growth recipe",
                "Prototype device measurement data",
                "Wafer process-flow drawings (joint research)",
                "Device simulation code",
                "Lab members' HR and career records",
                "Unpublished manuscript drafts",
            ]
        );

        // §3 Chokepoints: 13/3, 10/3, 14/3 against threshold 4.
        let sums: Vec<(u8, bool)> = gan
            .chokepoints
            .elements
            .iter()
            .map(|e| (e.sum, e.chokepoint))
            .collect();
        assert_eq!(sums, [(13, true), (10, false), (14, true)]);
        assert!(gan.chokepoints.flagged);

        // §4 Threats.
        let t1 = a.threat(wb.actors[0].id, gan.id).expect("assessed");
        assert_eq!(
            (t1.product, t1.capability_source),
            (60, CapabilitySource::ActorDefault)
        );
        assert!((t1.scale() - 3.915).abs() < 0.001);
        assert_eq!(
            a.threat(wb.actors[1].id, gan.id).map(|t| t.product),
            Some(75)
        );
        assert_eq!(
            a.threat(wb.actors[0].id, sim.id).map(|t| t.product),
            Some(0)
        );
        assert_eq!(gan.max_threat, 75);
        // Levels: round(∛60) = 4, round(∛75) = 4, no intent = 1.
        let level = |actor: usize, tech: TechnologyId| {
            a.threat(wb.actors[actor].id, tech).and_then(|t| t.level())
        };
        assert_eq!(
            (level(0, gan.id), level(1, gan.id), level(0, sim.id)),
            (Some(4), Some(4), Some(1))
        );

        // §5 Scenarios: F + (6 − C) + threat + trend = sum, L = ⌊(sum + 2) / 4⌋.
        let row = |i: usize| {
            let s = a.scenario(wb.scenarios[i].id).expect("analysed");
            (
                s.likelihood.threat.level,
                s.likelihood.sum,
                s.likelihood.value,
                s.impact,
                s.score,
                s.points,
                s.level,
                s.priority,
            )
        };
        use RiskLevel::*;
        let vh = Some(VeryHigh);
        assert_eq!(
            row(0),
            (4, Some(16), Some(4), Some(5), Some(20), Some(80), vh, 2)
        );
        assert_eq!(
            row(1),
            (4, Some(17), Some(4), Some(5), Some(20), Some(85), vh, 1)
        );
        assert_eq!(
            row(2),
            (3, Some(14), Some(4), Some(5), Some(20), Some(70), vh, 3)
        );
        let high = Some(High);
        assert_eq!(
            row(3),
            (3, Some(13), Some(3), Some(4), Some(12), Some(52), high, 4)
        );
        assert_eq!(
            row(4),
            (
                3,
                Some(9),
                Some(2),
                Some(4),
                Some(8),
                Some(36),
                Some(Medium),
                5
            )
        );
        assert!(wb
            .scenarios
            .iter()
            .all(|s| a
                .scenario(s.id)
                .is_some_and(|x| x.likelihood.threat.source == ThreatSource::Assessed)));
        assert_eq!(
            a.scenario(wb.scenarios[2].id).map(|s| s.impact_source),
            Some(ImpactSource::TechnologyLeakImpact)
        );
        assert_eq!(
            (a.heat_map[3][4], a.heat_map[2][3], a.heat_map[1][3]),
            (3, 1, 1)
        );

        // §6 Coverage of round 2 (top and middle tiers).
        let c = a.coverage;
        assert_eq!(c.round, Some(2));
        assert_eq!(
            (
                c.in_scope,
                c.rated,
                c.threat_assessed,
                c.with_scenarios,
                c.with_countermeasures,
            ),
            (3, 3, 2, 2, 2)
        );
        // Done on 2025-06-01 (scoring::done): also every scenario assessed,
        // every open countermeasure with owner and due date, none overdue.
        let d = crate::domain::scoring::round_done(&wb, &a, time::macros::date!(2025 - 06 - 01));
        assert_eq!(
            (
                d.done,
                d.draft_scenarios,
                d.unplanned_countermeasures,
                d.overdue_countermeasures
            ),
            (0, 2, 2, 0)
        );
        assert_eq!(c.unrated_outside, 1);
    }
}
