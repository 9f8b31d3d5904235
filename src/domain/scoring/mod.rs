//! Scoring: every number the workbook shows, each with a breakdown the UI can
//! show term by term. Formulas are documented in `docs/scoring.md` and in each
//! submodule; [`analyze`] runs them all at once.
//!
//! Invariant: `analyze` is pure and O(n log n) in the size of the workbook —
//! it builds hash indexes once and never scans pairwise — so the UI can call it
//! on every change, even for 1,000 technologies and 20,000 countermeasures.

pub mod chokepoint;
pub mod coverage;
pub mod criticality;
pub mod done;
pub mod priority;
pub mod risk;
pub mod tech_risk;
pub mod threat;
pub mod tiers;

use std::collections::{HashMap, HashSet};

pub use chokepoint::{ElementScore, TechChokepoints};
pub use coverage::{Coverage, TechCoverage};
pub use criticality::{Criticality, Fraction};
pub use done::{round_done, RoundDone};
pub use risk::{
    ImpactSource, Likelihood, ScenarioThreat, ThreatSource, ASSUMED_THREAT_LEVEL, RISK_MATRIX,
};
pub use tech_risk::{TechThreat, TierBasis};
pub use threat::{CapabilitySource, ThreatLevel, ThreatStatus};
pub use tiers::{TierAssignment, TierSummary};

use crate::domain::ids::{ActorId, AssessmentId, ScenarioId, TechnologyId};
use crate::domain::kinds::{CmStatus, RiskLevel, Tier};
use crate::domain::model::Workbook;

/// Everything computed about one technology.
#[derive(Clone, Debug, PartialEq)]
pub struct TechnologyAnalysis {
    pub id: TechnologyId,
    pub criticality: Criticality,
    pub tier: Tier,
    /// Competition rank among ranked technologies (1 = most critical).
    pub rank: Option<usize>,
    pub chokepoints: TechChokepoints,
    pub coverage: TechCoverage,
    /// Highest threat product among this technology's assessments (0–125).
    pub max_threat: u8,
    /// The threat level the ranking uses (highest decided, or assumed).
    pub threat: TechThreat,
    /// What the tiers rank by (criticality, or criticality × threat level
    /// once the workbook has any decided threat); `None` while unrated.
    pub ranking_score: Option<Fraction>,
    pub scenarios: usize,
    /// Countermeasures linked directly or through a scenario (each counted once).
    pub countermeasures: usize,
}

/// Everything computed about one leak scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioAnalysis {
    pub id: ScenarioId,
    pub likelihood: Likelihood,
    pub impact: Option<u8>,
    pub impact_source: ImpactSource,
    /// likelihood × impact (1–25) when both are known.
    pub score: Option<u8>,
    /// Likelihood sum (4–20) × impact: the unrounded score, for ties.
    pub points: Option<u8>,
    pub level: Option<RiskLevel>,
    /// Threat of the scenario's actor × technology, if assessed.
    pub threat: Option<ThreatLevel>,
    /// Position in the priority order (1 = deal with first).
    pub priority: usize,
    pub countermeasures: usize,
    pub countermeasures_done: usize,
}

/// The result of [`analyze`]. Vectors are parallel to the workbook's
/// collections (same index = same record); the maps find them by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub technologies: Vec<TechnologyAnalysis>,
    /// Technology ids in display order: tier, criticality, name, id.
    pub ranking: Vec<TechnologyId>,
    pub tiers: TierSummary,
    /// One per assessment, in workbook order.
    pub threats: Vec<ThreatLevel>,
    pub scenarios: Vec<ScenarioAnalysis>,
    /// Scenario ids in priority order.
    pub priority: Vec<ScenarioId>,
    /// Number of scored scenarios per cell: `heat_map[likelihood − 1][impact − 1]`.
    pub heat_map: [[usize; 5]; 5],
    pub coverage: Coverage,
    tech_index: HashMap<TechnologyId, usize>,
    scenario_index: HashMap<ScenarioId, usize>,
    threat_index: HashMap<(ActorId, TechnologyId), usize>,
    assessment_index: HashMap<AssessmentId, usize>,
}

impl Analysis {
    pub fn technology(&self, id: TechnologyId) -> Option<&TechnologyAnalysis> {
        self.tech_index
            .get(&id)
            .and_then(|&i| self.technologies.get(i))
    }

    pub fn scenario(&self, id: ScenarioId) -> Option<&ScenarioAnalysis> {
        self.scenario_index
            .get(&id)
            .and_then(|&i| self.scenarios.get(i))
    }

    /// The threat level of an actor against a technology, if assessed.
    pub fn threat(&self, actor: ActorId, technology: TechnologyId) -> Option<&ThreatLevel> {
        self.threat_index
            .get(&(actor, technology))
            .and_then(|&i| self.threats.get(i))
    }

    pub fn assessment(&self, id: AssessmentId) -> Option<&ThreatLevel> {
        self.assessment_index
            .get(&id)
            .and_then(|&i| self.threats.get(i))
    }
}

/// Computes every score, tier, priority and the round coverage.
pub fn analyze(wb: &Workbook) -> Analysis {
    let settings = &wb.settings;
    let tech_index: HashMap<TechnologyId, usize> = wb
        .technologies
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let actor_index: HashMap<ActorId, usize> = wb
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();

    // Threats, one per assessment.
    let threats: Vec<ThreatLevel> = wb
        .assessments
        .iter()
        .map(|a| {
            threat::threat_level(
                a,
                actor_index.get(&a.actor_id).and_then(|&i| wb.actors.get(i)),
            )
        })
        .collect();
    let threat_index: HashMap<(ActorId, TechnologyId), usize> = wb
        .assessments
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.actor_id, a.technology_id), i))
        .collect();
    let assessment_index = wb
        .assessments
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();

    // Per technology: criticality, chokepoints, threat summary.
    let n = wb.technologies.len();
    let criticalities: Vec<Criticality> = wb
        .technologies
        .iter()
        .map(|t| criticality::criticality(t, &settings.weights))
        .collect();
    let mut max_threat = vec![0u8; n];
    let mut decided_levels: Vec<Vec<u8>> = vec![Vec::new(); n];
    for (a, t) in wb.assessments.iter().zip(&threats) {
        if let Some(&i) = tech_index.get(&a.technology_id) {
            max_threat[i] = max_threat[i].max(t.product);
            decided_levels[i].extend(t.level());
        }
    }
    let tech_threats: Vec<TechThreat> = decided_levels
        .into_iter()
        .map(TechThreat::from_levels)
        .collect();
    let tier_basis = if tech_threats.iter().any(|t| t.assessed) {
        TierBasis::CriticalityTimesThreat
    } else {
        TierBasis::Criticality
    };

    // Countermeasures per scenario and per technology (each counted once).
    let scenario_index: HashMap<ScenarioId, usize> = wb
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let mut cm_per_scenario = vec![0usize; wb.scenarios.len()];
    let mut cm_done_per_scenario = vec![0usize; wb.scenarios.len()];
    let mut cm_per_tech = vec![0usize; n];
    let mut tech_seen: HashSet<usize> = HashSet::new();
    for m in &wb.countermeasures {
        tech_seen.clear();
        for s in &m.scenario_ids {
            if let Some(&si) = scenario_index.get(s) {
                cm_per_scenario[si] += 1;
                cm_done_per_scenario[si] += usize::from(m.status == CmStatus::Done);
                if let Some(&ti) = tech_index.get(&wb.scenarios[si].technology_id) {
                    tech_seen.insert(ti);
                }
            }
        }
        for t in &m.technology_ids {
            if let Some(&ti) = tech_index.get(t) {
                tech_seen.insert(ti);
            }
        }
        for &ti in &tech_seen {
            cm_per_tech[ti] += 1;
        }
    }

    // Scenarios: likelihood, impact, risk.
    let mut scenarios_per_tech = vec![0usize; n];
    let mut unclassified_per_tech = vec![0usize; n];
    let mut heat_map = [[0usize; 5]; 5];
    let mut scenarios: Vec<ScenarioAnalysis> = Vec::with_capacity(wb.scenarios.len());
    for (si, s) in wb.scenarios.iter().enumerate() {
        let tech = tech_index.get(&s.technology_id).copied();
        if let Some(ti) = tech {
            scenarios_per_tech[ti] += 1;
            unclassified_per_tech[ti] += usize::from(!s.is_classified());
        }
        let threat = s
            .actor_id
            .and_then(|a| threat_index.get(&(a, s.technology_id)))
            .and_then(|&i| threats.get(i).copied());
        let used = ScenarioThreat::of(s.actor_id.is_some(), threat.and_then(|t| t.level()));
        let likelihood = risk::likelihood(
            s.feasibility,
            s.control_effectiveness,
            used,
            s.trend_relevance,
        );
        let tech_impact = tech
            .and_then(|ti| wb.technologies.get(ti))
            .and_then(|t| t.leak_impact);
        let (impact, impact_source) = risk::impact(s.impact, tech_impact);
        let (score, level) = match (likelihood.value, impact) {
            (Some(l), Some(i)) => {
                if let Some(cell) = heat_map
                    .get_mut(usize::from(l) - 1)
                    .and_then(|r| r.get_mut(usize::from(i) - 1))
                {
                    *cell += 1;
                }
                (Some(l * i), Some(risk::risk_level(l, i)))
            }
            _ => (None, None),
        };
        let points = likelihood.sum.zip(impact).map(|(s, i)| s * i);
        scenarios.push(ScenarioAnalysis {
            id: s.id,
            likelihood,
            impact,
            impact_source,
            score,
            points,
            level,
            threat,
            priority: 0,
            countermeasures: cm_per_scenario[si],
            countermeasures_done: cm_done_per_scenario[si],
        });
    }

    // Priority order.
    let mut order: Vec<usize> = (0..scenarios.len()).collect();
    let key = |i: usize| priority::PriorityKey {
        score: scenarios[i].score,
        points: scenarios[i].points,
        title: &wb.scenarios[i].title,
        id: wb.scenarios[i].id,
    };
    order.sort_by(|&a, &b| priority::compare(&key(a), &key(b)));
    let priority: Vec<ScenarioId> = order.iter().map(|&i| wb.scenarios[i].id).collect();
    for (pos, &i) in order.iter().enumerate() {
        scenarios[i].priority = pos + 1;
    }

    // Tiers.
    let ranking_scores: Vec<Option<Fraction>> = criticalities
        .iter()
        .zip(&tech_threats)
        .map(|(c, &t)| {
            c.exact()
                .map(|c| tech_risk::ranking_score(c, t, tier_basis))
        })
        .collect();
    let inputs: Vec<tiers::TierInput> = wb
        .technologies
        .iter()
        .zip(&ranking_scores)
        .map(|(t, &score)| tiers::TierInput {
            id: t.id,
            name: &t.name,
            quasi_important: t.is_quasi_important(),
            score,
        })
        .collect();
    let (assignments, mut tier_summary) = tiers::assign_tiers(&inputs, settings);
    tier_summary.basis = tier_basis;
    tier_summary.threat_unassessed = inputs
        .iter()
        .zip(&tech_threats)
        .filter(|(i, t)| !i.quasi_important && !t.assessed)
        .count();
    let provisional: Vec<Option<Fraction>> = criticalities
        .iter()
        .zip(&tech_threats)
        .map(|(c, &t)| {
            (c.weight_total > 0).then(|| {
                tech_risk::ranking_score(
                    Fraction {
                        num: c.weighted_sum,
                        den: c.weight_total,
                    },
                    t,
                    tier_basis,
                )
            })
        })
        .collect();
    let ranking = tiers::display_order(&inputs, &assignments, &provisional)
        .into_iter()
        .map(|i| wb.technologies[i].id)
        .collect();

    // Coverage of the current round.
    let scope = wb.current_scope();
    let exercised = coverage::exercised_technologies(wb, &tech_index, &scenario_index);
    let technologies: Vec<TechnologyAnalysis> = wb
        .technologies
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let tier = assignments[i].tier;
            TechnologyAnalysis {
                id: t.id,
                criticality: criticalities[i],
                tier,
                rank: assignments[i].rank,
                chokepoints: chokepoint::tech_chokepoints(t, settings.chokepoint_threshold),
                coverage: TechCoverage {
                    in_scope: coverage::in_scope(scope, tier),
                    rated: criticalities[i].complete,
                    threat_assessed: tech_threats[i].assessed,
                    has_scenarios: scenarios_per_tech[i] > 0,
                    has_countermeasures: cm_per_tech[i] > 0,
                    unclassified_scenarios: unclassified_per_tech[i],
                    exercised: exercised[i],
                },
                max_threat: max_threat[i],
                threat: tech_threats[i],
                ranking_score: ranking_scores[i],
                scenarios: scenarios_per_tech[i],
                countermeasures: cm_per_tech[i],
            }
        })
        .collect();
    let coverage = coverage::summarise(
        wb.current_round().map(|r| r.number),
        scope,
        technologies.iter().map(|t| (t.tier, t.coverage)),
    );

    Analysis {
        technologies,
        ranking,
        tiers: tier_summary,
        threats,
        scenarios,
        priority,
        heat_map,
        coverage,
        tech_index,
        scenario_index,
        threat_index,
        assessment_index,
    }
}
