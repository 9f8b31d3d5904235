//! A merge conflict as people read it: the fields that differ between the
//! two versions, with localised field labels ("重要技術" rather than
//! `technology_id`) and localised values (labels for codes, names for
//! referenced records, はい/いいえ for booleans, "not rated" for empty
//! ratings). Pure: the conflict and a name look-up in, text out.
//!
//! Field paths are those of [`Record::fields`] (the storage format's names,
//! nested ones joined with `.`, list items numbered from 1).

use super::merge::{Conflict, Record};
use crate::domain::error::{EntityKind, Field};
use crate::domain::kinds::*;
use crate::domain::rating::RatingAxis;
use crate::domain::text::{Lang, Text};

/// One differing field of a conflict, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff {
    /// The storage path (`access.internal_count`), for tests and `data-field`.
    pub path: String,
    pub label: String,
    pub mine: String,
    pub theirs: String,
}

/// Record id → name or title, from the given workbooks (the first that has
/// the id wins), for [`differences`]' `name_of`.
pub fn record_names(
    workbooks: &[&crate::domain::model::Workbook],
) -> std::collections::HashMap<String, String> {
    let mut names = std::collections::HashMap::new();
    for wb in workbooks {
        let mut add = |id: String, name: &str| {
            names.entry(id).or_insert_with(|| name.to_owned());
        };
        for t in &wb.technologies {
            add(t.id.to_string(), &t.name);
        }
        for a in &wb.actors {
            add(a.id.to_string(), &a.name);
        }
        for x in &wb.scenarios {
            add(x.id.to_string(), &x.title);
        }
        for m in &wb.countermeasures {
            add(m.id.to_string(), &m.title);
        }
        for p in &wb.people {
            add(p.id.to_string(), &p.name);
        }
    }
    names
}

/// The kind of record a conflict side is.
pub fn record_kind(r: &Record) -> EntityKind {
    match r {
        Record::Workbook(_) => EntityKind::Workbook,
        Record::Round(_) => EntityKind::Round,
        Record::Technology(_) => EntityKind::Technology,
        Record::Actor(_) => EntityKind::Actor,
        Record::Assessment(_) => EntityKind::Assessment,
        Record::Scenario(_) => EntityKind::Scenario,
        Record::Countermeasure(_) => EntityKind::Countermeasure,
        Record::Exercise(_) => EntityKind::Exercise,
        Record::Person(_) => EntityKind::Person,
        Record::Access(_) => EntityKind::Access,
    }
}

/// The fields that differ, in the order of the existing record's fields
/// (then fields only the incoming one has), labelled and valued in `lang`.
/// `name_of` turns a record id into its name or title (`None`: the id is
/// shown as is).
pub fn differences(
    conflict: &Conflict,
    lang: Lang,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<FieldDiff> {
    let kind = record_kind(&conflict.mine);
    let mine = conflict.mine.fields();
    let theirs = conflict.theirs.fields();
    let get = |list: &[(String, String)], k: &str| {
        list.iter()
            .find(|(p, _)| p == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut paths: Vec<&str> = mine.iter().map(|(p, _)| p.as_str()).collect();
    for (p, _) in &theirs {
        if !paths.contains(&p.as_str()) {
            paths.push(p);
        }
    }
    paths
        .into_iter()
        .filter_map(|path| {
            let (a, b) = (get(&mine, path), get(&theirs, path));
            (a != b).then(|| FieldDiff {
                path: path.to_owned(),
                label: field_label(kind, path, lang),
                mine: field_value(kind, path, &a, lang, name_of),
                theirs: field_value(kind, path, &b, lang, name_of),
            })
        })
        .collect()
}

/// The path without list positions (`elements.2.kind` → `elements.kind`),
/// and the positions.
fn shape(path: &str) -> (String, Vec<&str>) {
    let mut key = Vec::new();
    let mut positions = Vec::new();
    for seg in path.split('.') {
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            positions.push(seg);
        } else {
            key.push(seg);
        }
    }
    (key.join("."), positions)
}

fn field(code: &str) -> Option<Text> {
    Field::ALL
        .iter()
        .find(|f| f.code() == code)
        .map(|f| f.label())
}

fn axis(code: &str) -> Option<Text> {
    RatingAxis::ALL
        .iter()
        .find(|a| a.code() == code)
        .map(|a| a.label())
}

/// The label of a field path, in `lang`; the path itself when unknown.
pub fn field_label(kind: EntityKind, path: &str, lang: Lang) -> String {
    let (key, positions) = shape(path);
    let text = label_text(kind, &key);
    let Some(text) = text else {
        return path.to_owned();
    };
    let label = text.get(lang);
    // Nested lists: "チョークポイント要素 2: 種類".
    match (key.split_once('.'), positions.first()) {
        (Some((list, _)), Some(n)) => {
            let parent = label_text(kind, list).map_or(list, |t| t.get(lang));
            format!("{parent} {n}: {label}")
        }
        _ => label.to_owned(),
    }
}

fn label_text(kind: EntityKind, key: &str) -> Option<Text> {
    let t = Text::new;
    Some(match key {
        "id" => t("ID", "ID"),
        "category" => t("種別", "Category"),
        "kind" => t("種類", "Kind"),
        "status" => match kind {
            EntityKind::Countermeasure => t("対策の状態", "Status"),
            _ => t("シナリオの状態", "Status"),
        },
        "export_control" => t("輸出管理（外為法）の該非", "Export-control status"),
        "access.internal_count" => field("access_internal_count")?,
        "access.external_parties" => t("外部者のアクセス", "Access by outside parties"),
        "access.notes" => field("access_notes")?,
        "description" => match kind {
            EntityKind::Actor => t("どのような相手か", "Who it is"),
            _ => field("description")?,
        },
        "default_capability" => t("既定の能力", "Default capability"),
        "intent_evidence.in_policy_lists" => t(
            "国の産業政策リストに載っている",
            "In a state's industrial-policy lists",
        ),
        "intent_evidence.patent_activity" => {
            t("その分野で特許出願をしている", "Files patents in the field")
        }
        "intent_evidence.notes" => t("意図の根拠", "Evidence for intent"),
        "capability_evidence" => t("能力の根拠", "Evidence for capability"),
        "opportunity_evidence" => t("機会の根拠", "Evidence for opportunity"),
        "group" => t("パターンの分類", "Pattern group"),
        "origin" => t("外部／内部", "External or internal"),
        "legality" => t("合法性", "Legality"),
        "phase" => t("フェーズ", "Phase"),
        "detection" => t("検知できたか", "Detected?"),
        "response" => t("対応できたか", "Responded?"),
        "response_notes" => t("対応の内容", "What was done in response"),
        "in_the_know" => t("訓練と知っていた人", "Who knew it was a drill"),
        "number" => field("round_number")?,
        "scope" => t("対象範囲", "Scope"),
        "settings.weights.market_importance" => {
            t("重みづけ：市場での重要性", "Weight: market importance")
        }
        "settings.weights.national_strategy" => t(
            "重みづけ：国家戦略上の位置づけ",
            "Weight: national strategy",
        ),
        "settings.weights.substitutability" => {
            t("重みづけ：代替可能性", "Weight: substitutability")
        }
        "settings.weights.leak_impact" => t("重みづけ：流出時の影響度", "Weight: impact if leaked"),
        "settings.top_share_percent" => t("上位層の割合（%）", "Top-tier share (%)"),
        "settings.middle_share_percent" => t("中位層の割合（%）", "Middle-tier share (%)"),
        "settings.chokepoint_threshold" => field("chokepoint_threshold")?,
        "settings.declaration_period_days" => t(
            "特定類型の自己申告の有効期間（日）",
            "Specified-category declaration period (days)",
        ),
        "settings.disclosure_period_days" => t(
            "研究インテグリティ開示の有効期間（日）",
            "Research-integrity disclosure period (days)",
        ),
        "classification.result" => t("該非判定の結果", "Classification result"),
        "classification.list_item" => field("list_item")?,
        "classification.basis" => field("basis")?,
        "classification.judged_on" => t("判定日", "Date judged"),
        "classification.judged_by" => field("judged_by")?,
        "classification.catch_all" => t(
            "キャッチオール（用途・需要者）確認の対象",
            "Catch-all (end use / end user) check applies",
        ),
        "classification.exception" => t("許可不要の特例", "Licence exception claimed"),
        "classification.exception_ground" => field("exception_ground")?,
        "trade_secret.marked" => t("秘密表示あり", "Marked as secret"),
        "trade_secret.access_restricted" => t("アクセス制限あり", "Access restricted"),
        "trade_secret.in_register" => t("管理台帳に記載", "In the secret-information register"),
        "trade_secret.secrecy_note" => t("秘密管理性の備考", "Note on secrecy management"),
        "trade_secret.useful" => t("有用性あり", "Useful for business"),
        "trade_secret.usefulness_note" => t("有用性の備考", "Note on usefulness"),
        "trade_secret.not_published" => t("未公表", "Not published"),
        "trade_secret.nda_only" => t("秘密保持契約の下でのみ開示", "Disclosed only under NDA"),
        "trade_secret.non_public_note" => t("非公知性の備考", "Note on non-public status"),
        "role" => t("立場", "Role"),
        "residency" => t("居住性", "Residency"),
        "declaration" => t("特定類型の自己申告", "Specified-category declaration"),
        "declared_on" => t("自己申告日", "Date declared"),
        "pledge_signed" => t("誓約書・秘密保持契約", "Pledge or NDA signed"),
        "pledge_on" => t("誓約日", "Date of pledge"),
        "disclosed_on" => t(
            "研究インテグリティの最終開示日",
            "Last research-integrity disclosure",
        ),
        "person_id" => field("person_id")?,
        "key_person" => t("属人化している担当者", "Key person"),
        "elements.substitutability" => axis("element_substitutability")?,
        "elements.name" => field("name")?,
        "elements.notes" => field("notes")?,
        "elements.kind" => t("種類", "Kind"),
        "elements.id" => t("ID", "ID"),
        "weaknesses.kind" => t("種類", "Kind"),
        "weaknesses.description" => field("description")?,
        "elements" => field("elements")?,
        "weaknesses" => field("weaknesses")?,
        other => {
            let leaf = other.rsplit('.').next().unwrap_or(other);
            field(leaf).or_else(|| axis(leaf))?
        }
    })
}

/// Which enumeration a code field holds, by record kind and path.
fn code_label(kind: EntityKind, key: &str, code: &str) -> Option<Text> {
    fn label_of<K: Coded>(code: &str) -> Option<Text> {
        K::from_code(code).ok().map(K::label)
    }
    match (kind, key) {
        (EntityKind::Technology, "category") => label_of::<TechCategory>(code),
        (EntityKind::Technology, "export_control" | "classification.result") => {
            label_of::<ExportControl>(code)
        }
        (EntityKind::Technology, "classification.exception") => label_of::<ExportException>(code),
        (EntityKind::Person, "role") => label_of::<PersonRole>(code),
        (EntityKind::Person, "residency") => label_of::<Residency>(code),
        (EntityKind::Person, "declaration") => label_of::<SpecifiedCategory>(code),
        (EntityKind::Technology, "elements.kind") => label_of::<ElementKind>(code),
        (EntityKind::Actor, "kind") => label_of::<ActorKind>(code),
        (EntityKind::Scenario, "group") => label_of::<PatternGroup>(code),
        (EntityKind::Scenario, "origin") => label_of::<ThreatOrigin>(code),
        (EntityKind::Scenario, "legality") => label_of::<Legality>(code),
        (EntityKind::Scenario, "status") => label_of::<ScenarioStatus>(code),
        (EntityKind::Countermeasure, "category") => label_of::<CmCategory>(code),
        (EntityKind::Countermeasure, "phase") => label_of::<CmPhase>(code),
        (EntityKind::Countermeasure, "status") => label_of::<CmStatus>(code),
        (EntityKind::Exercise, "kind") => label_of::<ExerciseKind>(code),
        (EntityKind::Exercise, "detection") => label_of::<Detection>(code),
        (EntityKind::Exercise, "response") => label_of::<ResponseOutcome>(code),
        (EntityKind::Exercise, "weaknesses.kind") => label_of::<WeaknessKind>(code),
        (EntityKind::Round, "scope") => label_of::<RoundScope>(code),
        _ => None,
    }
}

const REFERENCES: &[&str] = &[
    "technology_id",
    "actor_id",
    "person_id",
    "technology_ids",
    "scenario_ids",
    "follow_up_ids",
];

fn is_rating(key: &str) -> bool {
    let leaf = key.rsplit('.').next().unwrap_or(key);
    leaf == "default_capability"
        || RatingAxis::ALL.iter().any(|a| {
            a.code() == leaf
                || (leaf == "substitutability" && a.code() == "element_substitutability")
        })
}

/// A stored value as people read it, in `lang`.
pub fn field_value(
    kind: EntityKind,
    path: &str,
    value: &str,
    lang: Lang,
    name_of: &dyn Fn(&str) -> Option<String>,
) -> String {
    let (key, _) = shape(path);
    if let Some(label) = code_label(kind, &key, value) {
        return label.get(lang).to_owned();
    }
    if REFERENCES.contains(&key.as_str()) {
        return value
            .lines()
            .map(|id| name_of(id).unwrap_or_else(|| id.to_owned()))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let leaf = key.rsplit('.').next().unwrap_or(&key);
    // The catalogue entry a record was made from: its title and source,
    // never the internal id (issue #12 §3).
    if matches!(leaf, "catalog_id" | "pattern_id") {
        return match value {
            "" => Text::new("なし", "None").get(lang).to_owned(),
            id => crate::domain::catalog::entry_label(id, lang).unwrap_or_else(|| {
                Text::new(
                    "このバージョンのカタログにない項目",
                    "Not in this version's catalogue",
                )
                .get(lang)
                .to_owned()
            }),
        };
    }
    let is_bool = matches!(
        leaf,
        "external_parties" | "in_policy_lists" | "patent_activity"
    );
    match value {
        "true" if is_bool => Text::new("はい", "Yes").get(lang).to_owned(),
        "false" if is_bool => Text::new("いいえ", "No").get(lang).to_owned(),
        "" if is_bool => Text::new("未記録", "Not recorded").get(lang).to_owned(),
        "" if is_rating(&key) => Text::new("未評価", "Not rated").get(lang).to_owned(),
        "" if leaf == "detection" || leaf == "response" => {
            Detection::NOT_RECORDED.get(lang).to_owned()
        }
        "" if leaf == "origin" || leaf == "legality" => {
            Text::new("未選択", "Not chosen").get(lang).to_owned()
        }
        _ => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::merge::preview;
    use crate::domain::rating::Rating;
    use crate::domain::sample::sample_with_counted_ids;

    fn lab() -> crate::domain::model::Workbook {
        sample_with_counted_ids(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn a_technology_conflict_reads_in_both_languages() {
        let mine = lab();
        let mut theirs = mine.clone();
        let t = &mut theirs.technologies[0];
        t.category = TechCategory::SourceCode;
        t.market_importance = None;
        t.access.external_parties = Some(false);
        t.elements[0].kind = ElementKind::People;
        let p = preview(Some(&mine), &theirs);
        let c = p
            .conflicts
            .iter()
            .find(|c| c.key.0 == EntityKind::Technology)
            .expect("a technology conflict");
        let none = |_: &str| None;
        let ja = differences(c, Lang::Ja, &none);
        let row = |d: &[FieldDiff], path: &str| {
            d.iter()
                .find(|x| x.path == path)
                .cloned()
                .unwrap_or_else(|| panic!("{path} in {d:#?}"))
        };
        let cat = row(&ja, "category");
        assert_eq!(cat.label, "種別");
        assert_eq!(cat.mine, mine.technologies[0].category.label().ja);
        assert_eq!(cat.theirs, "ソースコード");
        let rating = row(&ja, "market_importance");
        assert_eq!(rating.theirs, "未評価");
        assert_eq!(row(&ja, "access.external_parties").theirs, "いいえ");
        let el = row(&ja, "elements.1.kind");
        assert_eq!(el.label, "チョークポイント要素 1: 種類");
        assert_eq!(el.theirs, "人材");
        let en = differences(c, Lang::En, &none);
        assert_eq!(row(&en, "category").theirs, "Source code");
        assert_eq!(row(&en, "category").label, "Category");
        assert_eq!(row(&en, "market_importance").theirs, "Not rated");
        assert_eq!(en.len(), ja.len());
        // Unchanged fields are not listed.
        assert!(ja.iter().all(|d| d.path != "name"));
    }

    #[test]
    fn references_show_names_and_codes_their_labels() {
        let mine = lab();
        let mut theirs = mine.clone();
        let s = &mut theirs.scenarios[0];
        s.status = ScenarioStatus::Closed;
        s.feasibility = Rating::new(1).ok();
        s.technology_id = mine.technologies[1].id;
        let p = preview(Some(&mine), &theirs);
        let c = p
            .conflicts
            .iter()
            .find(|c| c.key.0 == EntityKind::Scenario)
            .expect("a scenario conflict");
        let names = |id: &str| {
            mine.technologies
                .iter()
                .find(|t| t.id.to_string() == id)
                .map(|t| t.name.clone())
        };
        let d = differences(c, Lang::Ja, &names);
        let tech = d.iter().find(|x| x.path == "technology_id").expect("tech");
        assert_eq!(tech.label, "重要技術");
        assert_eq!(tech.theirs, mine.technologies[1].name);
        let status = d.iter().find(|x| x.path == "status").expect("status");
        assert_eq!(status.theirs, "クローズ");
        let f = d
            .iter()
            .find(|x| x.path == "feasibility")
            .expect("feasibility");
        assert_eq!((f.label.as_str(), f.theirs.as_str()), ("実現可能性", "1"));
    }

    /// Every field of every kind of record has a label of its own (never the
    /// raw path) in both languages.
    /// Regression (issue #12 §3): conflicts showed catalogue ids.
    #[test]
    fn catalogue_ids_read_as_title_and_source() {
        let v = |value: &str, lang| {
            field_value(EntityKind::Scenario, "pattern_id", value, lang, &|_| None)
        };
        assert_eq!(
            v("pat_proc_usb_before_abroad", Lang::En),
            "Insider copies data to USB before moving abroad (Source: 004 §5)"
        );
        assert_eq!(v("", Lang::Ja), "なし");
        assert_eq!(
            v("pat_from_the_future", Lang::En),
            "Not in this version's catalogue"
        );
        let c = field_value(
            EntityKind::Countermeasure,
            "catalog_id",
            "cm_ppl_send_check",
            Lang::Ja,
            &|_| None,
        );
        assert!(c.ends_with("（003 §2.3.2 から導出）"), "{c}");
    }

    #[test]
    fn every_field_of_every_record_kind_has_a_label() {
        let wb = lab();
        let mut records = vec![
            Record::Workbook(Box::new(wb.clone())),
            Record::Round(wb.rounds[0].clone()),
            Record::Actor(wb.actors[0].clone()),
            Record::Assessment(wb.assessments[0].clone()),
            Record::Scenario(wb.scenarios[0].clone()),
            Record::Countermeasure(wb.countermeasures[0].clone()),
        ];
        records.extend(
            wb.technologies
                .iter()
                .map(|t| Record::Technology(Box::new(t.clone()))),
        );
        records.extend(wb.exercises.iter().cloned().map(Record::Exercise));
        records.extend(wb.people.iter().cloned().map(Record::Person));
        records.extend(wb.access.iter().copied().map(Record::Access));
        let mut seen = 0;
        for r in &records {
            let kind = record_kind(r);
            for (path, _) in r.fields() {
                for lang in Lang::ALL {
                    let label = field_label(kind, &path, lang);
                    assert_ne!(label, path, "{kind:?} {path} has no {lang:?} label");
                    assert!(!label.contains('_'), "{kind:?} {path}: {label}");
                }
                seen += 1;
            }
        }
        assert!(seen > 80, "{seen}");
    }
}
