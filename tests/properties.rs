//! Property tests of the domain's invariants over generated, valid workbooks:
//! storage round-trips exactly, scores stay in range, tiers partition the
//! technologies, and deletes never leave a dangling reference (and undo exactly).

use std::collections::{HashMap, HashSet};

use mamori::domain::edit::Removed;
use mamori::domain::exchange::encoding::no_shift_jis;
use mamori::domain::exchange::merge::{merge, preview, MergeChoices, MergePolicy};
use mamori::domain::exchange::portfolio::{combined_tables, portfolio};
use mamori::domain::exchange::redact::{redact, RedactionOptions};
use mamori::domain::exchange::register::risk_register;
use mamori::domain::exchange::tables::table_len;
use mamori::domain::exchange::{
    export_tables, import_files, import_tables, BinaryFile, CsvOptions, Table, TextFile,
};
use mamori::domain::ids::*;
use mamori::domain::kinds::*;
use mamori::domain::model::*;
use mamori::domain::rating::Rating;
use mamori::domain::scoring::{analyze, risk, Fraction};
use mamori::domain::storage::{restore, to_json};
use mamori::domain::text::Lang;
use proptest::prelude::*;
use time::{Date, Duration, OffsetDateTime, UtcOffset};
use uuid::Uuid;

fn rating() -> impl Strategy<Value = Option<Rating>> {
    prop::option::of(1u8..=5).prop_map(|v| v.and_then(|v| Rating::new(v).ok()))
}

/// Names, some starting like a spreadsheet formula or looking like a number,
/// date or boolean a spreadsheet would convert (CSV must neutralise them).
fn name() -> impl Strategy<Value = String> {
    "[=+\\-@'＝]?[a-zA-Z0-9あ-んア-ン漢字]{1,10}( [a-z]{1,5})?|'?0[0-9]{1,4}|[0-9]{1,2}/[0-9]{1,2}|[１-９]{1,3}|[tT]rue|FALSE"
}

/// Free text with the characters JSON and CSV must escape (and CSV neutralise).
fn text() -> impl Strategy<Value = String> {
    "[\\PC\n\r\t\"\\\\/,'=]{0,12}"
}

fn pick<T: Copy + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn datetime() -> impl Strategy<Value = OffsetDateTime> {
    (
        0i64..4_000_000_000,
        0u32..1_000_000_000,
        -(12 * 60)..=(14 * 60i32),
    )
        .prop_map(|(secs, nanos, minutes)| {
            let t = OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
                + Duration::nanoseconds(i64::from(nanos));
            t.to_offset(UtcOffset::from_whole_seconds(minutes * 60).unwrap_or(UtcOffset::UTC))
        })
}

fn date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(2_415_021i32..2_488_070)
        .prop_map(|d| d.and_then(|d| Date::from_julian_day(d).ok()))
}

#[derive(Clone, Debug)]
struct TechSeed {
    name: String,
    text: String,
    category: TechCategory,
    ratings: [Option<Rating>; 4],
    count: Option<u32>,
    external: Option<bool>,
    list: Vec<String>,
    elements: Vec<(ElementKind, String, [Option<Rating>; 3])>,
}

fn tech_seed() -> impl Strategy<Value = TechSeed> {
    (
        name(),
        text(),
        pick(TechCategory::ALL),
        [rating(), rating(), rating(), rating()],
        prop::option::of(0u32..500),
        prop::option::of(any::<bool>()),
        prop::collection::vec(name(), 0..3),
        prop::collection::vec(
            (
                pick(ElementKind::ALL),
                name(),
                [rating(), rating(), rating()],
            ),
            0..3,
        ),
    )
        .prop_map(
            |(name, text, category, ratings, count, external, list, elements)| TechSeed {
                name,
                text,
                category,
                ratings,
                count,
                external,
                list,
                elements,
            },
        )
}

/// Raw material of one assessment: actor pick, technology pick, ratings, evidence.
type AssessmentSeed = (usize, usize, [Option<Rating>; 3], Option<bool>, String);
/// Technology pick, actor pick, title, ratings, status, group, from a pattern.
type ScenarioSeed = (
    usize,
    Option<usize>,
    String,
    [Option<Rating>; 4],
    ScenarioStatus,
    Option<PatternGroup>,
    // From a pattern; origin and legality (`None` = not chosen, format 4).
    (bool, Option<ThreatOrigin>, Option<Legality>),
);
/// Scenario picks, technology picks, title, category, phase, status, due date, from the catalogue.
type CmSeed = (
    Vec<usize>,
    Vec<usize>,
    String,
    CmCategory,
    CmPhase,
    CmStatus,
    Option<Date>,
    bool,
);
/// Kind, title, date, scenario picks, follow-up picks, detection, weaknesses.
type ExerciseSeed = (
    ExerciseKind,
    String,
    Option<Date>,
    Vec<usize>,
    Vec<usize>,
    // Detection, response (format 3) and who knew it was a drill.
    (Option<Detection>, Option<ResponseOutcome>, Vec<String>),
    Vec<(WeaknessKind, String)>,
);

#[derive(Clone, Debug)]
struct Seed {
    created: OffsetDateTime,
    later: u32,
    weights: [u8; 4],
    shares: (u8, u8),
    threshold: u8,
    scopes: Vec<RoundScope>,
    techs: Vec<TechSeed>,
    actors: Vec<(String, ActorKind, Option<Rating>, String, bool)>,
    assessments: Vec<AssessmentSeed>,
    scenarios: Vec<ScenarioSeed>,
    cms: Vec<CmSeed>,
    exercises: Vec<ExerciseSeed>,
}

fn seed() -> impl Strategy<Value = Seed> {
    let head = (
        datetime(),
        0u32..1_000_000,
        [0u8..=10, 0u8..=10, 0u8..=10, 1u8..=10],
        (0u8..=60, 0u8..=40),
        1u8..=5,
        prop::collection::vec(pick(RoundScope::ALL), 1..4),
    );
    let records = (
        prop::collection::vec(tech_seed(), 0..8),
        prop::collection::vec(
            (
                name(),
                pick(ActorKind::ALL),
                rating(),
                text(),
                any::<bool>(),
            ),
            0..5,
        ),
        prop::collection::vec(
            (
                0usize..100,
                0usize..100,
                [rating(), rating(), rating()],
                prop::option::of(any::<bool>()),
                text(),
            ),
            0..10,
        ),
        prop::collection::vec(
            (
                0usize..100,
                prop::option::of(0usize..100),
                name(),
                [rating(), rating(), rating(), rating()],
                pick(ScenarioStatus::ALL),
                prop::option::of(pick(PatternGroup::ALL)),
                (
                    any::<bool>(),
                    prop::option::of(pick(ThreatOrigin::ALL)),
                    prop::option::of(pick(Legality::ALL)),
                ),
            ),
            0..12,
        ),
        prop::collection::vec(
            (
                prop::collection::vec(0usize..100, 0..3),
                prop::collection::vec(0usize..100, 0..2),
                name(),
                pick(CmCategory::ALL),
                pick(CmPhase::ALL),
                pick(CmStatus::ALL),
                date(),
                any::<bool>(),
            ),
            0..10,
        ),
        prop::collection::vec(
            (
                pick(ExerciseKind::ALL),
                name(),
                date(),
                prop::collection::vec(0usize..100, 0..3),
                prop::collection::vec(0usize..100, 0..3),
                (
                    prop::option::of(pick(Detection::ALL)),
                    prop::option::of(pick(ResponseOutcome::ALL)),
                    prop::collection::vec(name(), 0..3),
                ),
                prop::collection::vec((pick(WeaknessKind::ALL), text()), 0..3),
            ),
            0..4,
        ),
    );
    (head, records).prop_map(
        |(
            (created, later, weights, shares, threshold, scopes),
            (techs, actors, assessments, scenarios, cms, exercises),
        )| Seed {
            created,
            later,
            weights,
            shares,
            threshold,
            scopes,
            techs,
            actors,
            assessments,
            scenarios,
            cms,
            exercises,
        },
    )
}

/// Deduplicated links `i mod n` into `ids`.
fn links<T: Copy + Eq + std::hash::Hash>(picks: &[usize], ids: &[T]) -> Vec<T> {
    if ids.is_empty() {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    picks
        .iter()
        .map(|&i| ids[i % ids.len()])
        .filter(|id| seen.insert(*id))
        .collect()
}

fn build(s: &Seed) -> Workbook {
    let mut n = 0u128;
    let mut next = || {
        n += 1;
        Uuid::from_u128(n)
    };
    let mut wb = Workbook::new(
        WorkbookId::new(next()),
        "Workbook",
        RoundId::new(next()),
        s.created,
    );
    wb.updated_at = s.created + Duration::seconds(i64::from(s.later));
    wb.organisation = "Org \"quoted\"".into();
    let [m, ns, sb, li] = s.weights;
    wb.settings = Settings {
        weights: CriticalityWeights {
            market_importance: m,
            national_strategy: ns,
            substitutability: sb,
            leak_impact: li,
        },
        top_share_percent: s.shares.0,
        middle_share_percent: s.shares.1,
        chokepoint_threshold: s.threshold,
        declaration_period_days: u16::from(s.threshold) * 100,
        disclosure_period_days: Settings::DEFAULT_REVIEW_PERIOD_DAYS,
    };
    if let Some(first) = wb.rounds.first_mut() {
        first.scope = s.scopes[0];
    }
    for &scope in &s.scopes[1..] {
        wb.start_round(RoundId::new(next()), scope, s.created);
    }
    for t in &s.techs {
        let mut tech = Technology::new(TechnologyId::new(next()), t.name.clone(), t.category);
        tech.description = t.text.clone();
        [
            tech.market_importance,
            tech.national_strategy,
            tech.substitutability,
            tech.leak_impact,
        ] = t.ratings;
        tech.access = Access {
            internal_count: t.count,
            external_parties: t.external,
            notes: t.text.clone(),
        };
        tech.storage_locations = t.list.clone();
        // People with access: one per distinct list item, every other one a
        // key person, with declarations and dates varying by position.
        for (i, name) in t.list.iter().rev().enumerate() {
            let pid = match wb.people.iter().find(|p| p.name == *name) {
                Some(p) => p.id,
                None => {
                    let mut p = Person::new(PersonId::new(next()), name.clone());
                    p.role = PersonRole::ALL[i % PersonRole::ALL.len()];
                    p.residency = [
                        None,
                        Some(Residency::Resident),
                        Some(Residency::NonResident),
                    ][i % 3];
                    p.declaration = SpecifiedCategory::ALL[i % SpecifiedCategory::ALL.len()];
                    p.declared_on = Some(s.created.date());
                    p.pledge_signed = i % 2 == 0;
                    p.notes = t.text.clone();
                    let id = p.id;
                    wb.people.push(p);
                    id
                }
            };
            if !wb
                .access
                .iter()
                .any(|a| a.person_id == pid && a.technology_id == tech.id)
            {
                wb.access.push(AccessLink {
                    id: AccessId::new(next()),
                    person_id: pid,
                    technology_id: tech.id,
                    key_person: i % 2 == 0,
                });
            }
        }
        tech.classification.result = ExportControl::ALL[t.list.len() % ExportControl::ALL.len()];
        tech.classification.basis = t.text.clone();
        tech.classification.catch_all = t.external;
        tech.trade_secret.marked = t.external;
        tech.trade_secret.secrecy_note = t.text.clone();
        for (kind, name, [d, sub, sup]) in &t.elements {
            let mut e = ChokepointElement::new(ElementId::new(next()), *kind, name.clone());
            (e.dependency, e.substitutability, e.supply_disruption) = (*d, *sub, *sup);
            tech.elements.push(e);
        }
        wb.technologies.push(tech);
    }
    for (name, kind, cap, text, catalog) in &s.actors {
        let mut a = ThreatActor::new(ActorId::new(next()), name.clone(), *kind);
        a.default_capability = *cap;
        a.motive = text.clone();
        a.catalog_id = catalog.then(|| "act_example".to_owned());
        wb.actors.push(a);
    }
    let tech_ids: Vec<_> = wb.technologies.iter().map(|t| t.id).collect();
    let actor_ids: Vec<_> = wb.actors.iter().map(|a| a.id).collect();
    if !tech_ids.is_empty() && !actor_ids.is_empty() {
        let mut pairs = HashSet::new();
        for (ai, ti, [i, c, o], policy, text) in &s.assessments {
            let (actor, tech) = (
                actor_ids[ai % actor_ids.len()],
                tech_ids[ti % tech_ids.len()],
            );
            if pairs.insert((actor, tech)) {
                let mut a = ThreatAssessment::new(AssessmentId::new(next()), actor, tech);
                (a.intent, a.capability, a.opportunity) = (*i, *c, *o);
                a.intent_evidence.in_policy_lists = *policy;
                a.capability_evidence = text.clone();
                wb.assessments.push(a);
            }
        }
    }
    if !tech_ids.is_empty() {
        for (ti, ai, title, [f, i, c, t], status, group, (pattern, origin, legality)) in
            &s.scenarios
        {
            let mut sc = LeakScenario::new(
                ScenarioId::new(next()),
                tech_ids[ti % tech_ids.len()],
                title.clone(),
            );
            sc.actor_id =
                ai.and_then(|ai| (!actor_ids.is_empty()).then(|| actor_ids[ai % actor_ids.len()]));
            (
                sc.feasibility,
                sc.impact,
                sc.control_effectiveness,
                sc.trend_relevance,
            ) = (*f, *i, *c, *t);
            sc.status = *status;
            sc.group = *group;
            sc.pattern_id = pattern.then(|| "pat_police_cyber".to_owned());
            (sc.origin, sc.legality) = (*origin, *legality);
            wb.scenarios.push(sc);
        }
    }
    let scenario_ids: Vec<_> = wb.scenarios.iter().map(|s| s.id).collect();
    for (sp, tp, title, category, phase, status, due, catalog) in &s.cms {
        let mut m = Countermeasure::new(CountermeasureId::new(next()), title.clone(), *category);
        m.scenario_ids = links(sp, &scenario_ids);
        m.technology_ids = links(tp, &tech_ids);
        (m.phase, m.status, m.due_date) = (*phase, *status, *due);
        m.catalog_id = catalog.then(|| "cm_cyber_strong_auth".to_owned());
        // About half have an owner: with a due date, that makes them planned
        // (`scoring::done`), which redaction must not change.
        if title.len() % 2 == 0 {
            m.owner = "研究室IT担当 Lab IT".to_owned();
        }
        wb.countermeasures.push(m);
    }
    let cm_ids: Vec<_> = wb.countermeasures.iter().map(|m| m.id).collect();
    for (kind, title, date, sp, cp, (detection, response, in_the_know), weaknesses) in &s.exercises
    {
        let mut e = Exercise::new(ExerciseId::new(next()), *kind, title.clone());
        e.date = *date;
        e.scenario_ids = links(sp, &scenario_ids);
        e.follow_up_ids = links(cp, &cm_ids);
        e.detection = *detection;
        e.response = *response;
        e.in_the_know = in_the_know.clone();
        e.response_notes = weaknesses
            .first()
            .map(|(_, d)| d.clone())
            .unwrap_or_default();
        e.weaknesses = weaknesses
            .iter()
            .map(|(kind, d)| Weakness {
                kind: *kind,
                description: d.clone(),
            })
            .collect();
        wb.exercises.push(e);
    }
    wb
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_workbooks_are_valid(s in seed()) {
        let wb = build(&s);
        prop_assert_eq!(wb.validate(), vec![]);
    }

    #[test]
    fn any_valid_workbook_survives_to_json_and_restore_unchanged(s in seed()) {
        let wb = build(&s);
        let json = to_json(&wb);
        let back = restore(&json);
        prop_assert_eq!(back.as_ref().ok(), Some(&wb), "{:?}", back.as_ref().err());
        // Stable: writing the restored workbook gives the same text.
        prop_assert_eq!(back.map(|b| to_json(&b)).ok(), Some(json));
    }

    #[test]
    fn scores_stay_in_range(s in seed()) {
        let wb = build(&s);
        let a = analyze(&wb);
        let in_1_5 = |x: f64| (1.0..=5.0).contains(&x);
        for t in &a.technologies {
            if let Some(score) = t.criticality.score() {
                prop_assert!(in_1_5(score), "criticality {}", score);
            }
            for e in &t.chokepoints.elements {
                if let Some(score) = e.score() {
                    prop_assert!(in_1_5(score), "element {}", score);
                }
            }
            prop_assert!(t.max_threat <= 125);
        }
        for t in &a.threats {
            prop_assert!(t.product <= 125);
            prop_assert!((0.0..=5.0 + 1e-9).contains(&t.scale()));
        }
        for s in &a.scenarios {
            if let Some(l) = s.likelihood.value {
                prop_assert!((1..=5).contains(&l));
            }
            if let (Some(l), Some(i), Some(score), Some(level)) = (s.likelihood.value, s.impact, s.score, s.level) {
                prop_assert!((1..=25).contains(&score));
                prop_assert_eq!(score, l * i);
                prop_assert_eq!(level, risk::risk_level(l, i));
            }
        }
        // Priority is a permutation of the scenarios.
        let mut p: Vec<_> = a.priority.clone();
        p.sort();
        let mut ids: Vec<_> = wb.scenarios.iter().map(|s| s.id).collect();
        ids.sort();
        prop_assert_eq!(p, ids);
        let c = a.coverage;
        let d = mamori::domain::scoring::round_done(&wb, &a, time::macros::date!(2025 - 06 - 01));
        prop_assert_eq!(d.in_scope, c.in_scope);
        // Done needs all four steps, so it never exceeds any of them.
        for count in [c.rated, c.threat_assessed, c.with_scenarios, c.with_countermeasures] {
            prop_assert!(count <= c.in_scope);
            prop_assert!(d.done <= count);
        }
        let heat: usize = a.heat_map.iter().flatten().sum();
        prop_assert_eq!(heat, a.scenarios.iter().filter(|s| s.score.is_some()).count());
    }

    #[test]
    fn tiers_partition_the_technologies(s in seed()) {
        let wb = build(&s);
        let a = analyze(&wb);
        let t = a.tiers;
        prop_assert_eq!(t.top + t.middle + t.lower + t.quasi_important + t.unrated, wb.technologies.len());
        prop_assert_eq!(t.top + t.middle + t.lower, t.ranked);
        prop_assert!(t.top >= t.top_target && t.top + t.middle >= t.middle_target);
        let mut ranking = a.ranking.clone();
        ranking.sort();
        ranking.dedup();
        prop_assert_eq!(ranking.len(), wb.technologies.len());
        for (tech, ta) in wb.technologies.iter().zip(&a.technologies) {
            prop_assert_eq!(tech.is_quasi_important(), ta.tier == Tier::QuasiImportant);
            if !tech.is_quasi_important() {
                prop_assert_eq!(ta.criticality.complete, ta.tier != Tier::Unrated);
            }
        }
        // Higher tiers never hold a technology with a lower ranking score
        // (criticality, or criticality × threat level) than lower ones.
        let scores = |tier: Tier| -> Vec<Fraction> {
            a.technologies.iter().filter(|x| x.tier == tier).filter_map(|x| x.ranking_score).collect()
        };
        let (top, mid, low) = (scores(Tier::Top), scores(Tier::Middle), scores(Tier::Lower));
        for (hi, lo) in [(&top, &mid), (&mid, &low), (&top, &low)] {
            if let (Some(min_hi), Some(max_lo)) = (hi.iter().min(), lo.iter().max()) {
                prop_assert!(min_hi > max_lo, "tie split across tiers");
            }
        }
    }

    #[test]
    fn deletes_never_leave_dangling_references_and_undo_exactly(s in seed(), kind in 0usize..9, index in 0usize..100) {
        let original = build(&s);
        let mut wb = original.clone();
        let removed: Option<Removed> = match kind {
            0 => pick_id(&wb.technologies, index, |t| t.id).and_then(|id| {
                let impact = wb.delete_technology_impact(id);
                let r = wb.delete_technology(id);
                // The preview names exactly what the delete takes out.
                let taken = r.as_ref().map_or(0, |r| r.technologies.len() + r.scenarios.len() + r.assessments.len()
                    + r.access.len() + r.technologies.iter().map(|(_, t)| t.elements.len()).sum::<usize>());
                assert_eq!(impact.map(|i| i.deleted.len()), Some(taken));
                r
            }),
            1 => pick_id(&wb.actors, index, |a| a.id).and_then(|id| wb.delete_actor(id)),
            2 => pick_id(&wb.scenarios, index, |x| x.id).and_then(|id| wb.delete_scenario(id)),
            3 => pick_id(&wb.countermeasures, index, |x| x.id).and_then(|id| wb.delete_countermeasure(id)),
            4 => pick_id(&wb.assessments, index, |x| x.id).and_then(|id| wb.delete_assessment(id)),
            5 => pick_id(&wb.exercises, index, |x| x.id).and_then(|id| wb.delete_exercise(id)),
            6 => pick_id(&wb.people, index, |x| x.id).and_then(|id| {
                let links = wb.access_of(id).count();
                let impact = wb.delete_person_impact(id);
                assert_eq!(impact.map(|i| i.deleted.len()), Some(1 + links));
                wb.delete_person(id)
            }),
            7 => pick_id(&wb.access, index, |x| x.id).and_then(|id| wb.delete_access(id)),
            _ => {
                let elements: Vec<_> = wb.technologies.iter().flat_map(|t| t.elements.iter().map(|e| e.id)).collect();
                pick_id(&elements, index, |e| *e).and_then(|id| wb.delete_element(id))
            }
        };
        prop_assert_eq!(wb.validate(), vec![]);
        if let Some(r) = removed {
            prop_assert_ne!(&wb, &original);
            let again = r.clone();
            prop_assert!(wb.put_back(r).is_ok());
            prop_assert_eq!(&wb, &original);
            // Putting the same bundle back twice is refused and changes nothing.
            prop_assert!(wb.put_back(again).is_err());
            prop_assert_eq!(&wb, &original);
        } else {
            prop_assert_eq!(&wb, &original);
        }
    }
}

fn tables_round_trip(wb: &Workbook, options: CsvOptions) -> Option<Workbook> {
    let files: Vec<TextFile> = export_tables(wb, options)
        .into_iter()
        .map(|f| TextFile::new(f.file_name(), f.text))
        .collect();
    let mut n = 0xFFFF_0000u128;
    let r = import_tables(&files, OffsetDateTime::UNIX_EPOCH, &mut || {
        n += 1;
        Uuid::from_u128(n)
    });
    assert!(r.is_clean(), "{:#?}", r.problems);
    r.workbook
}

fn redaction() -> impl Strategy<Value = RedactionOptions> {
    prop::array::uniform7(any::<bool>()).prop_map(|b| RedactionOptions {
        free_text: b[0],
        people: b[1],
        evidence: b[2],
        storage_locations: b[3],
        code_technology_names: b[4],
        code_actor_names: b[5],
        code_titles: b[6],
    })
}

/// Fewer cases for the exchange properties: each case writes and parses a
/// whole table set, and `cargo test` must stay quick.
fn exchange_config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(exchange_config())]

    #[test]
    fn any_valid_workbook_survives_csv_tables_unchanged(s in seed(), bom in any::<bool>(), crlf in any::<bool>()) {
        let wb = build(&s);
        prop_assert_eq!(tables_round_trip(&wb, CsvOptions { bom, crlf }), Some(wb));
    }

    #[test]
    fn redacted_tables_round_trip_and_stay_valid(s in seed(), o in redaction()) {
        let wb = build(&s);
        let r = redact(&wb, &o);
        prop_assert_eq!(r.validate(), vec![]);
        // Only the chosen fields change: redacting nothing is the identity.
        prop_assert_eq!(&redact(&wb, &RedactionOptions::NONE), &wb);
        // What an office rolls up is the same with names withheld and free
        // text removed (issue #14): counts, coverage and "done".
        let today = time::macros::date!(2025 - 06 - 01);
        let (full, red) = (
            portfolio(vec![wb.clone().into()], today),
            portfolio(vec![r.clone().into()], today),
        );
        let line = |p: &mamori::domain::exchange::portfolio::Portfolio| {
            p.summaries.iter().map(|l| (l.counts.clone(), l.coverage, l.done)).collect::<Vec<_>>()
        };
        prop_assert_eq!(line(&full), line(&red));
        prop_assert_eq!(tables_round_trip(&r, CsvOptions::default()), Some(r));
    }

    /// Every CSV the app writes — the table set, the redacted tables, the
    /// localised risk register (also redacted) and the roll-up's combined
    /// tables — is well-formed: each row has exactly the header's width.
    /// (Issue 13: the register's rows for technologies without a scenario
    /// were one cell short and ran into the next row.)
    #[test]
    fn every_csv_the_app_writes_has_rows_of_the_header_width(a in seed(), b in seed(), o in redaction(), ja in any::<bool>()) {
        let lang = if ja { Lang::Ja } else { Lang::En };
        let (wb, other) = (build(&a), build(&b));
        let redacted = redact(&wb, &o);
        let mut files: Vec<(String, String)> = Vec::new();
        for w in [&wb, &redacted] {
            files.extend(export_tables(w, CsvOptions::default()).into_iter().map(|f| (f.file_name(), f.text)));
            files.push(("risk-register.csv".into(), risk_register(w, lang, CsvOptions::default())));
        }
        files.extend(
            combined_tables(&portfolio(vec![wb.clone().into(), other.into()], time::macros::date!(2025 - 06 - 01)), CsvOptions::default())
                .into_iter()
                .map(|f| (format!("combined {}", f.file_name()), f.text)),
        );
        for (name, text) in &files {
            let mut reader = csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let width = reader.headers().map(|h| h.len()).unwrap_or(0);
            prop_assert!(width > 0, "{}: no header", name);
            for (i, record) in reader.records().enumerate() {
                let record = record.map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
                prop_assert_eq!(record.len(), width, "{} row {}: {:?}", name, i + 1, record);
            }
        }
    }

    /// A file cut short never imports silently changed (issue 13): for any
    /// exported table set and any cut position in any one file (bytes, so
    /// also inside a character), the import equals the original or reports
    /// at least one problem.
    #[test]
    fn a_table_file_cut_anywhere_imports_unchanged_or_with_a_problem(
        s in seed(),
        which in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        bom in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let wb = build(&s);
        let mut files: Vec<BinaryFile> = export_tables(&wb, CsvOptions { bom, crlf })
            .into_iter()
            .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
            .collect();
        let i = which.index(files.len());
        let len = files[i].bytes.len();
        let cut = at.index(len); // 0..len: always shorter than the file
        files[i].bytes.truncate(cut);
        let mut n = 0xFFFF_0000u128;
        let r = import_files(files, &no_shift_jis, OffsetDateTime::UNIX_EPOCH, &mut || {
            n += 1;
            Uuid::from_u128(n)
        });
        if r.problems.is_empty() {
            prop_assert_eq!(r.workbook.as_ref(), Some(&wb), "cut {} of {} bytes, silently changed", cut, len);
        }
    }

    /// The derived columns of the table set (criticality, tier, rank,
    /// chokepoint score and flag, threat product, likelihood, risk score and
    /// level, priority) are what `scoring::analyze` computes, for any valid
    /// workbook: golden files pin the sample only. Read back with the csv
    /// crate and compared as numbers, not through the exporter's formatting.
    #[test]
    fn derived_csv_columns_equal_the_analysis(s in seed()) {
        let wb = build(&s);
        let a = analyze(&wb);
        let files = export_tables(&wb, CsvOptions::default());
        let rows = |table: Table| -> Vec<HashMap<String, String>> {
            let text = &files.iter().find(|f| f.table == table).expect("every table is written").text;
            let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
            reader
                .records()
                .map(|r| header.iter().cloned().zip(r.expect("record").iter().map(str::to_owned)).collect())
                .collect()
        };
        let opt = |v: Option<String>| v.unwrap_or_default();
        // A decimal cell holds the score to two places.
        let close = |cell: &str, v: Option<f64>| match v {
            None => cell.is_empty(),
            Some(v) => cell.parse::<f64>().is_ok_and(|c| (c - v).abs() <= 0.005 + 1e-9),
        };

        let techs = rows(Table::Technologies);
        prop_assert_eq!(techs.len(), wb.technologies.len());
        for (r, x) in techs.iter().zip(&wb.technologies) {
            prop_assert_eq!(&r["technology_id"], &x.id.to_string());
            let t = a.technology(x.id).expect("analysed");
            prop_assert!(close(&r["criticality"], t.criticality.score()), "criticality {:?} vs {:?}", r["criticality"], t.criticality.score());
            prop_assert_eq!(&r["tier"], t.tier.code());
            prop_assert_eq!(&r["rank"], &opt(t.rank.map(|v| v.to_string())));
            prop_assert_eq!(&r["threat_level"], &t.threat.level.to_string());
            prop_assert_eq!(r["threat_level_basis"].as_str(), if t.threat.assessed { "assessed" } else { "assumed_not_assessed" });
            prop_assert!(close(&r["ranking_score"], t.ranking_score.map(|f| f.value())), "ranking {:?}", r["ranking_score"]);
        }
        let workbook = rows(Table::Workbook);
        prop_assert_eq!(workbook[0]["tier_basis"].as_str(), a.tiers.basis.code());

        let elements = rows(Table::Elements);
        let all: Vec<_> = wb.technologies.iter().flat_map(|t| t.elements.iter().map(move |e| (t.id, e))).collect();
        prop_assert_eq!(elements.len(), all.len());
        for (r, (tech, e)) in elements.iter().zip(&all) {
            prop_assert_eq!(&r["element_id"], &e.id.to_string());
            let score = a.technology(*tech).and_then(|t| t.chokepoints.elements.iter().find(|s| s.id == e.id));
            let value = score.and_then(|s| s.score());
            prop_assert!(close(&r["chokepoint_score"], value), "chokepoint {:?} vs {:?}", r["chokepoint_score"], value);
            let flag = match (value, score) {
                (Some(_), Some(s)) => if s.chokepoint { "true" } else { "false" },
                _ => "",
            };
            prop_assert_eq!(r["is_chokepoint"].as_str(), flag);
        }

        let threats = rows(Table::ThreatAssessments);
        prop_assert_eq!(threats.len(), wb.assessments.len());
        for (r, x) in threats.iter().zip(&wb.assessments) {
            prop_assert_eq!(&r["assessment_id"], &x.id.to_string());
            prop_assert_eq!(&r["threat_product"], &opt(a.assessment(x.id).map(|l| l.product.to_string())));
            prop_assert_eq!(&r["threat_level"], &opt(a.assessment(x.id).and_then(|l| l.level()).map(|v| v.to_string())));
        }

        let scenarios = rows(Table::Scenarios);
        prop_assert_eq!(scenarios.len(), wb.scenarios.len());
        for (r, x) in scenarios.iter().zip(&wb.scenarios) {
            prop_assert_eq!(&r["scenario_id"], &x.id.to_string());
            let sa = a.scenario(x.id).expect("analysed");
            prop_assert_eq!(&r["likelihood"], &opt(sa.likelihood.value.map(|v| v.to_string())));
            prop_assert_eq!(&r["risk_score"], &opt(sa.score.map(|v| v.to_string())));
            prop_assert_eq!(r["risk_level"].as_str(), sa.level.map(|l| l.code()).unwrap_or_default());
            prop_assert_eq!(&r["priority"], &sa.priority.to_string());
            prop_assert_eq!(&r["threat_level"], &sa.likelihood.threat.level.to_string());
            prop_assert_eq!(r["threat_level_basis"].as_str(), sa.likelihood.threat.source.code());
            prop_assert_eq!(&r["likelihood_sum"], &opt(sa.likelihood.sum.map(|v| v.to_string())));
            prop_assert_eq!(&r["risk_points"], &opt(sa.points.map(|v| v.to_string())));
            // Priority is the position in the analysis' order (1 = first).
            let position = a.priority.iter().position(|&id| id == x.id).map(|i| i + 1);
            prop_assert_eq!(Some(sa.priority), position);
        }
    }

    /// `table_len` counts what `table_rows` yields, for every table.
    #[test]
    fn table_len_counts_the_rows_written(s in seed()) {
        let wb = build(&s);
        let a = analyze(&wb);
        for t in Table::ALL {
            prop_assert_eq!(table_len(&wb, t), mamori::domain::exchange::tables::table_rows(&wb, &a, t).count(), "{:?}", t);
        }
    }

    #[test]
    fn merges_always_validate(a in seed(), b in seed(), policy in 0usize..3) {
        // Both built with ids from the same counter: many ids collide.
        let (mine, theirs) = (build(&a), build(&b));
        let policy = [MergePolicy::KeepMine, MergePolicy::TakeTheirs, MergePolicy::KeepNewer][policy];
        let merged = merge(&mine, &theirs, &MergeChoices::all(policy));
        prop_assert_eq!(merged.validate(), vec![]);
        // Merging a workbook into itself changes nothing and finds no conflict.
        prop_assert!(preview(Some(&mine), &mine).conflicts.is_empty());
        prop_assert_eq!(merge(&mine, &mine, &MergeChoices::all(policy)), mine);
    }
}

fn pick_id<T, I>(v: &[T], index: usize, id: impl Fn(&T) -> I) -> Option<I> {
    (!v.is_empty()).then(|| id(&v[index % v.len()]))
}
