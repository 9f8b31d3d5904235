//! Scale: `analyze`, `validate`, delete + undo and the storage round trip
//! on a workbook of the documented maximum size (1,000 technologies, 5,000
//! scenarios, 20,000 countermeasures) give complete, correct results. Their
//! speed is measured by `cargo xtask bench` (docs/performance.md), never
//! asserted: no test depends on timing (issue #18).

use mamori::domain::ids::*;
use mamori::domain::kinds::*;
use mamori::domain::model::*;
use mamori::domain::rating::Rating;
use mamori::domain::scoring::analyze;
use mamori::domain::storage::{restore, to_json};
use time::OffsetDateTime;
use uuid::Uuid;

#[test]
fn analysis_of_a_large_workbook_is_fast() {
    let mut n = 0u128;
    let mut next = || {
        n += 1;
        Uuid::from_u128(n)
    };
    let r = |v: usize| Rating::new((v % 5) as u8 + 1).ok();
    let mut wb = Workbook::new(
        WorkbookId::new(next()),
        "large",
        RoundId::new(next()),
        OffsetDateTime::UNIX_EPOCH,
    );
    for i in 0..1_000 {
        let mut t = Technology::new(
            TechnologyId::new(next()),
            format!("tech {i}"),
            TechCategory::ResearchData,
        );
        (
            t.market_importance,
            t.national_strategy,
            t.substitutability,
            t.leak_impact,
        ) = (r(i), r(i / 5), r(i / 25), r(i / 7));
        wb.technologies.push(t);
    }
    for i in 0..50 {
        wb.actors.push(ThreatActor::new(
            ActorId::new(next()),
            format!("actor {i}"),
            ActorKind::Competitor,
        ));
    }
    for i in 0..5_000 {
        let mut s = LeakScenario::new(
            ScenarioId::new(next()),
            wb.technologies[i % 1_000].id,
            format!("scenario {i}"),
        );
        (
            s.feasibility,
            s.impact,
            s.control_effectiveness,
            s.trend_relevance,
        ) = (r(i), r(i / 3), r(i / 11), r(i / 13));
        s.actor_id = Some(wb.actors[i % 50].id);
        wb.scenarios.push(s);
    }
    for i in 0..2_000 {
        let mut a = ThreatAssessment::new(
            AssessmentId::new(next()),
            wb.actors[i % 50].id,
            wb.technologies[i / 2].id,
        );
        (a.intent, a.capability, a.opportunity) = (r(i), r(i / 2), r(i / 3));
        wb.assessments.push(a);
    }
    for i in 0..20_000 {
        let mut m = Countermeasure::new(
            CountermeasureId::new(next()),
            format!("measure {i}"),
            CmCategory::Technical,
        );
        m.scenario_ids = vec![
            wb.scenarios[i % 5_000].id,
            wb.scenarios[(i * 7 + 1) % 5_000].id,
        ];
        m.technology_ids = vec![wb.technologies[i % 1_000].id];
        wb.countermeasures.push(m);
    }

    let a = analyze(&wb);
    let errors = wb.validate();
    assert_eq!(errors, vec![]);
    assert_eq!(a.priority.len(), 5_000);

    let id = wb.technologies[0].id;
    let removed = wb.delete_technology(id).expect("exists");
    assert!(wb.validate_references().is_empty());
    wb.put_back(removed).expect("undo");

    let json = to_json(&wb);
    assert_eq!(
        restore(&json).map(|w| w.countermeasures.len()).ok(),
        Some(20_000)
    );
}
