//! Issue 12 §1: a scenario's risk follows source 004's four criteria *and* the
//! Step 2 threat, and a technology's rank follows its criticality *and* the
//! threat against it. Checked through the whole path a user sees — a workbook
//! is edited, `analyze` scores it, `export_table` writes the CSV — so a rule
//! that holds in `risk.rs` but is lost on the way out still fails here.
//!
//! - Monotone: raising feasibility, impact, threat or trend, or lowering
//!   control effectiveness, never lowers the risk (score, nor its tie-break
//!   points); raising a technology's threat never lowers its ranking score.
//! - Each input moves the result somewhere (none is a mere tie-breaker).
//! - In the middle of the scales, threat or trend 2 → 5 changes the exported
//!   `risk_score`.
//! - Unassessed is never treated as low.

use mamori::domain::exchange::{export_table, CsvOptions, Table};
use mamori::domain::ids::*;
use mamori::domain::model::*;
use mamori::domain::rating::Rating;
use mamori::domain::sample::sample_workbook;
use mamori::domain::scoring::{analyze, ThreatSource, TierBasis};
use mamori::domain::text::Lang;
use proptest::prelude::*;
use time::macros::datetime;
use uuid::Uuid;

fn sample() -> Workbook {
    let mut n = 0u128;
    sample_workbook(Lang::En, datetime!(2026-06-01 12:00 UTC), &mut || {
        n += 1;
        Uuid::from_u128(n)
    })
}

fn r(v: u8) -> Option<Rating> {
    Some(Rating::new(v).expect("test ratings are 1–5"))
}

/// The five inputs of one scenario's risk, each 1–5.
#[derive(Clone, Copy, Debug)]
struct Inputs {
    feasibility: u8,
    control_effectiveness: u8,
    threat: u8,
    trend: u8,
    impact: u8,
}

impl Inputs {
    const MIDDLE: Inputs = Inputs {
        feasibility: 3,
        control_effectiveness: 3,
        threat: 3,
        trend: 3,
        impact: 3,
    };
}

/// The sample's first scenario with `x` applied: its own ratings, and the
/// named actor's assessment of its technology rated so that the threat level
/// is `x.threat` (intent = capability = opportunity = level, ∛level³ = level).
fn workbook_with(x: Inputs) -> (Workbook, ScenarioId) {
    let mut wb = sample();
    let s = &mut wb.scenarios[0];
    s.feasibility = r(x.feasibility);
    s.control_effectiveness = r(x.control_effectiveness);
    s.trend_relevance = r(x.trend);
    s.impact = r(x.impact);
    let (id, actor, tech) = (
        s.id,
        s.actor_id.expect("sample scenario 1 names an actor"),
        s.technology_id,
    );
    let a = wb
        .assessments
        .iter_mut()
        .find(|a| a.actor_id == actor && a.technology_id == tech)
        .expect("the sample assesses scenario 1's actor against its technology");
    a.intent = r(x.threat);
    a.capability = r(x.threat);
    a.opportunity = r(x.threat);
    (wb, id)
}

/// (risk score, risk points) of the scenario, from `analyze`.
fn risk(x: Inputs) -> (u8, u8) {
    let (wb, id) = workbook_with(x);
    let analysis = analyze(&wb);
    let s = analysis.scenario(id).expect("the scenario is analysed");
    assert_eq!(s.likelihood.threat.level, x.threat, "{x:?}");
    assert_eq!(s.likelihood.threat.source, ThreatSource::Assessed);
    (
        s.score.expect("all inputs rated → scored"),
        s.points.expect("all inputs rated → points"),
    )
}

/// The scenario's `risk_score` cell as exported.
fn exported_risk_score(x: Inputs) -> String {
    let (wb, id) = workbook_with(x);
    let text = export_table(&wb, Table::Scenarios, CsvOptions::default()).text;
    let mut reader =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("header").clone();
    let at = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let (id_at, score_at) = (at("scenario_id"), at("risk_score"));
    reader
        .records()
        .map(|row| row.expect("row"))
        .find(|row| row.get(id_at) == Some(id.to_string().as_str()))
        .and_then(|row| row.get(score_at).map(str::to_owned))
        .expect("the scenario's row")
}

fn inputs() -> impl Strategy<Value = Inputs> {
    (1u8..=5, 1u8..=5, 1u8..=5, 1u8..=5, 1u8..=5).prop_map(
        |(feasibility, control_effectiveness, threat, trend, impact)| Inputs {
            feasibility,
            control_effectiveness,
            threat,
            trend,
            impact,
        },
    )
}

/// One step "more dangerous" in each input, where there is room.
fn riskier(x: Inputs) -> Vec<(&'static str, Inputs)> {
    let mut out = Vec::new();
    if x.feasibility < 5 {
        out.push((
            "feasibility",
            Inputs {
                feasibility: x.feasibility + 1,
                ..x
            },
        ));
    }
    if x.control_effectiveness > 1 {
        out.push((
            "control effectiveness (lower)",
            Inputs {
                control_effectiveness: x.control_effectiveness - 1,
                ..x
            },
        ));
    }
    if x.threat < 5 {
        out.push((
            "threat",
            Inputs {
                threat: x.threat + 1,
                ..x
            },
        ));
    }
    if x.trend < 5 {
        out.push((
            "trend",
            Inputs {
                trend: x.trend + 1,
                ..x
            },
        ));
    }
    if x.impact < 5 {
        out.push((
            "impact",
            Inputs {
                impact: x.impact + 1,
                ..x
            },
        ));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// More danger in any one input never lowers the score, nor the points
    /// that order equal scores.
    #[test]
    fn scenario_risk_is_monotone_in_every_input(x in inputs()) {
        let (score, points) = risk(x);
        for (what, y) in riskier(x) {
            let (score_y, points_y) = risk(y);
            prop_assert!(score_y >= score, "{what}: {x:?} → {score}, {y:?} → {score_y}");
            prop_assert!(points_y >= points, "{what}: points {points} → {points_y}");
            // Points strictly grow with every input: none is ignored.
            prop_assert!(points_y > points, "{what} did not move the points ({x:?})");
        }
    }

    /// The priority order agrees with the scores: a riskier copy of a
    /// scenario is never ranked after it. The copy names an actor of its own,
    /// assessed at the copy's threat level.
    #[test]
    fn priority_never_puts_a_riskier_scenario_later(x in inputs()) {
        for (what, y) in riskier(x) {
            let (mut wb, id) = workbook_with(x);
            let (riskier_wb, _) = workbook_with(y);
            let tech = wb.scenarios[0].technology_id;
            let actor = ActorId::new(Uuid::from_u128(u128::MAX - 1));
            wb.actors.push(ThreatActor::new(actor, "copy's actor", wb.actors[0].kind));
            let mut assessed = ThreatAssessment::new(
                AssessmentId::new(Uuid::from_u128(u128::MAX - 2)),
                actor,
                tech,
            );
            assessed.intent = r(y.threat);
            assessed.capability = r(y.threat);
            assessed.opportunity = r(y.threat);
            wb.assessments.push(assessed);
            let mut copy = riskier_wb.scenarios[0].clone();
            copy.id = ScenarioId::new(Uuid::from_u128(u128::MAX));
            copy.actor_id = Some(actor);
            // Same title: the tie-break by title cannot decide.
            copy.title = wb.scenarios[0].title.clone();
            wb.scenarios.push(copy.clone());
            let analysis = analyze(&wb);
            let at = |s: ScenarioId| analysis.priority.iter().position(|&p| p == s).expect("ranked");
            prop_assert!(at(copy.id) < at(id), "{what}: the riskier copy ranks after ({x:?})");
        }
    }
}

/// Each input strictly changes the score for some setting of the others
/// (exhaustive: 5⁵ settings, by the pure functions `analyze` uses — the
/// property tests above sample the same space through `analyze`), so none is
/// a mere tie-breaker.
#[test]
fn every_input_changes_the_score_somewhere() {
    let mut moved = std::collections::BTreeSet::new();
    for f in 1..=5 {
        for c in 1..=5 {
            for t in 1..=5 {
                for tr in 1..=5 {
                    for i in 1..=5 {
                        let x = Inputs {
                            feasibility: f,
                            control_effectiveness: c,
                            threat: t,
                            trend: tr,
                            impact: i,
                        };
                        for (what, y) in riskier(x) {
                            if quick_score(y) != quick_score(x) {
                                moved.insert(what);
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(
        moved.into_iter().collect::<Vec<_>>(),
        vec![
            "control effectiveness (lower)",
            "feasibility",
            "impact",
            "threat",
            "trend"
        ]
    );
}

/// The score by the pure functions `analyze` uses (checked against `analyze`
/// on a sample of points below).
fn quick_score(x: Inputs) -> u8 {
    use mamori::domain::scoring::{risk, ScenarioThreat};
    let l = risk::likelihood(
        r(x.feasibility),
        r(x.control_effectiveness),
        ScenarioThreat::of(true, Some(x.threat)),
        r(x.trend),
    );
    l.value.expect("rated") * x.impact
}

#[test]
fn the_pure_score_is_the_score_analyze_gives() {
    for x in [
        Inputs::MIDDLE,
        Inputs {
            feasibility: 5,
            control_effectiveness: 1,
            threat: 5,
            trend: 5,
            impact: 5,
        },
        Inputs {
            feasibility: 1,
            control_effectiveness: 5,
            threat: 1,
            trend: 1,
            impact: 1,
        },
        Inputs {
            feasibility: 4,
            control_effectiveness: 2,
            threat: 2,
            trend: 3,
            impact: 4,
        },
    ] {
        assert_eq!(quick_score(x), risk(x).0, "{x:?}");
    }
}

/// The acceptance point, on the exported file.
#[test]
fn threat_or_trend_from_2_to_5_changes_the_exported_risk_score() {
    let at = |threat: u8, trend: u8| {
        exported_risk_score(Inputs {
            threat,
            trend,
            ..Inputs::MIDDLE
        })
    };
    assert_ne!(at(2, 3), at(5, 3), "threat 2 → 5");
    assert_ne!(at(3, 2), at(3, 5), "trend 2 → 5");
    // And upwards: (3 + 3 + 2 + 3 + 2) / 4 → 3 · 3 = 9; with 5: 14 / 4 → 4 · 3 = 12.
    assert_eq!(at(2, 3), "9");
    assert_eq!(at(5, 3), "12");
    assert_eq!(at(3, 5), "12");
}

/// A scenario whose actor is not assessed, or that names none, is scored at
/// the assumed middle level 3 and says so; an assessed level 1 scores lower.
#[test]
fn unassessed_threat_is_assumed_middle_never_low() {
    let (mut wb, id) = workbook_with(Inputs::MIDDLE);
    let assessed_low = {
        let (low, _) = workbook_with(Inputs {
            threat: 1,
            ..Inputs::MIDDLE
        });
        let a = analyze(&low);
        a.scenario(id).and_then(|s| s.points).expect("points")
    };
    let (actor, tech) = (wb.scenarios[0].actor_id, wb.scenarios[0].technology_id);
    wb.assessments
        .retain(|a| Some(a.actor_id) != actor || a.technology_id != tech);
    let analysis = analyze(&wb);
    let s = analysis.scenario(id).expect("analysed");
    assert_eq!(s.likelihood.threat.level, 3);
    assert_eq!(s.likelihood.threat.source, ThreatSource::AssumedNotAssessed);
    assert!(s.points.expect("points") > assessed_low);

    wb.scenarios[0].actor_id = None;
    let analysis = analyze(&wb);
    let s = analysis.scenario(id).expect("analysed");
    assert_eq!(s.likelihood.threat.level, 3);
    assert_eq!(s.likelihood.threat.source, ThreatSource::AssumedNoActor);
}

/// Technologies: before any threat is decided they rank by criticality; once
/// one is, by criticality × threat, with unassessed ones at the assumed 3 —
/// a technology assessed at level 1 ranks below an unassessed twin.
#[test]
fn technology_rank_follows_threat_once_assessed() {
    let mut wb = sample();
    wb.assessments.clear();
    let a = analyze(&wb);
    assert_eq!(a.tiers.basis, TierBasis::Criticality);
    assert_eq!(
        a.tiers.threat_unassessed, 5,
        "every ranked-or-unrated technology outside quasi"
    );

    // Two technologies with equal criticality (the sample's measurement data
    // and drawings, 3.75): assess the drawings at level 1 only.
    let wb_full = sample();
    let data = wb_full.technologies[1].id;
    let drawings = wb_full.technologies[2].id;
    let actor = wb_full.actors[0].id;
    let mut low = ThreatAssessment::new(
        AssessmentId::new(Uuid::from_u128(u128::MAX)),
        actor,
        drawings,
    );
    low.intent = r(1);
    wb.assessments.push(low);
    let a = analyze(&wb);
    assert_eq!(a.tiers.basis, TierBasis::CriticalityTimesThreat);
    let rank = |t| a.technology(t).and_then(|t| t.rank).expect("ranked");
    assert!(
        rank(data) < rank(drawings),
        "unassessed (3 assumed) ranks above assessed 1"
    );
    assert!(!a.technology(data).expect("data").threat.assessed);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Raising the threat against one technology never lowers its ranking
    /// score, and strictly raises it once the basis includes threat.
    #[test]
    fn ranking_score_is_monotone_in_threat(level in 1u8..=4) {
        let mut wb = sample();
        let tech = wb.technologies[0].id;
        let a = wb
            .assessments
            .iter_mut()
            .find(|a| a.technology_id == tech)
            .expect("the sample assesses its first technology");
        let set = |a: &mut ThreatAssessment, v: u8| {
            a.intent = r(v);
            a.capability = r(v);
            a.opportunity = r(v);
        };
        set(a, level);
        let others: Vec<AssessmentId> = wb
            .assessments
            .iter()
            .filter(|x| x.technology_id == tech)
            .map(|x| x.id)
            .skip(1)
            .collect();
        wb.assessments.retain(|x| !others.contains(&x.id));
        let before = analyze(&wb).technology(tech).and_then(|t| t.ranking_score).expect("rated");
        if let Some(a) = wb.assessments.iter_mut().find(|a| a.technology_id == tech) {
            set(a, level + 1);
        }
        let after = analyze(&wb).technology(tech).and_then(|t| t.ranking_score).expect("rated");
        prop_assert!(
            u64::from(after.num) * u64::from(before.den) > u64::from(before.num) * u64::from(after.den),
            "{before:?} → {after:?}"
        );
    }
}
