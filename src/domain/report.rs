//! The printed report (報告書): everything the Report view prints, gathered
//! from a workbook and its analysis into one plain value, so the UI only lays
//! it out and a native test can check every section.
//!
//! Not here: formatting, language and layout (the UI's job), and any score —
//! every number comes from [`Analysis`]. The report never recomputes one.
//!
//! Redaction reuses the redacted CSV export's own step
//! ([`redact`] with [`REPORT_REDACTION`]), so the report leaves out exactly
//! the free text that export leaves out; there is no second list of fields.

use time::Date;

use crate::domain::catalog::{source_of_record, Source};
use crate::domain::charts::chokepoints::{kind_summary, KindSummary};
use crate::domain::charts::heat_map::{heat_map, HeatMap};
use crate::domain::charts::rounds::{round_progress, RoundProgress};
use crate::domain::charts::tiers::{tier_chart, TierChart};
use crate::domain::exchange::redact::{redact, RedactionOptions};
use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::kinds::{
    ActorKind, CmCategory, CmStatus, Detection, ElementKind, ExerciseKind, ExportControl,
    ResponseOutcome, RiskLevel, RoundScope, ScenarioStatus, TechCategory, Tier, WeaknessKind,
};
use crate::domain::model::{Settings, Workbook};
use crate::domain::scoring::{
    round_done, Analysis, Coverage, RoundDone, ThreatStatus, TierSummary,
};

/// How many scenarios the executive summary names (the full list follows in
/// the scenario table).
pub const SUMMARY_SCENARIOS: usize = 5;

/// What the "redacted" report leaves out: the free text of the redacted CSV
/// export (narratives, descriptions, notes, objectives, weaknesses). Names,
/// ratings, statuses and dates stay so the report still reads as a report.
pub const REPORT_REDACTION: RedactionOptions = RedactionOptions {
    free_text: true,
    ..RedactionOptions::NONE
};

/// The whole report, section by section in print order.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub cover: Cover,
    pub summary: Summary,
    /// The same pictures as the overview, computed by `domain::charts`.
    pub charts: ReportCharts,
    /// In ranking order (tier, criticality, name).
    pub technologies: Vec<TechRow>,
    /// Threat assessments, highest threat first.
    pub threats: Vec<ThreatRow>,
    /// In priority order, each with its countermeasures.
    pub scenarios: Vec<ScenarioRow>,
    /// Countermeasures linked to no scenario (organisation-wide or per
    /// technology), so every countermeasure appears once in the tables.
    pub other_countermeasures: Vec<CmLine>,
    pub exercises: Vec<ExerciseRow>,
    /// Scoring settings, printed with the formulas in the appendix.
    pub settings: Settings,
    /// Free text was left out.
    pub redacted: bool,
}

/// The charts section: the overview's pictures, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportCharts {
    /// Scored scenarios per cell, and how many of them lack a done countermeasure.
    pub heat_map: HeatMap,
    /// Technologies ranked by criticality with the tier boundaries.
    pub tiers: TierChart,
    /// Element kinds: elements vs chokepoints.
    pub kinds: KindSummary,
    /// Coverage per step, per round.
    pub rounds: RoundProgress,
}

/// The cover page.
#[derive(Clone, Debug, PartialEq)]
pub struct Cover {
    pub workbook: String,
    pub organisation: String,
    pub unit: String,
    pub assessor: String,
    /// The day the report is printed (the caller's calendar day).
    pub date: Date,
    /// Number and scope of the current round.
    pub round: Option<(u32, RoundScope)>,
    pub round_started: Option<Date>,
    pub last_updated: Date,
}

/// The executive summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub technologies: usize,
    pub tiers: TierSummary,
    pub actors: usize,
    pub assessments: usize,
    pub scenarios: usize,
    /// Scenarios with a risk score.
    pub scored_scenarios: usize,
    /// Scored scenarios at each risk level, `RiskLevel::ALL` order.
    pub by_level: [usize; 5],
    pub countermeasures: usize,
    pub open_countermeasures: usize,
    pub overdue_countermeasures: usize,
    pub exercises: usize,
    pub coverage: Coverage,
    /// Technologies of the round done as of the report's date (`scoring::done`).
    pub done: RoundDone,
    /// Top-tier technologies in ranking order.
    pub top_tier: Vec<TopTech>,
    /// The first [`SUMMARY_SCENARIOS`] scenarios in priority order.
    pub top_scenarios: Vec<ScenarioLine>,
    /// Open countermeasures past their due date, earliest due first.
    pub overdue: Vec<CmLine>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TopTech {
    pub rank: Option<usize>,
    pub name: String,
    pub score: Option<f64>,
}

/// A scenario named in the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioLine {
    pub priority: usize,
    pub title: String,
    pub technology: String,
    pub score: Option<u8>,
    pub level: Option<RiskLevel>,
}

/// One technology of the inventory table.
#[derive(Clone, Debug, PartialEq)]
pub struct TechRow {
    pub id: TechnologyId,
    pub rank: Option<usize>,
    pub name: String,
    pub category: TechCategory,
    pub tier: Tier,
    /// Criticality on 1–5 (provisional while `complete` is false).
    pub criticality: Option<f64>,
    pub complete: bool,
    /// The four evaluation ratings as given (not inverted), in
    /// `Technology::ratings` order.
    pub ratings: [Option<u8>; 4],
    /// Chokepoint elements / of which flagged.
    pub elements: usize,
    pub chokepoints: usize,
    /// Highest threat product against it (0–125).
    pub max_threat: u8,
    pub scenarios: usize,
    pub countermeasures: usize,
    /// Free text; empty when redacted.
    pub description: String,
    /// Where it is stored (保管場所).
    pub storage_locations: Vec<String>,
    /// How it is managed (管理体制); free text, empty when redacted.
    pub management: String,
    /// Who has access (アクセス権限): internal head count, outside parties.
    pub access_internal: Option<u32>,
    pub access_external: Option<bool>,
    /// Free text; empty when redacted.
    pub access_notes: String,
    /// People the know-how depends on (属人化).
    pub key_persons: Vec<String>,
    pub export_control: ExportControl,
    /// Its chokepoint elements with their ratings, in entry order.
    pub element_rows: Vec<ElementRow>,
}

/// One chokepoint element of a technology, with its ratings and score.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementRow {
    pub kind: ElementKind,
    pub name: String,
    /// Dependency, substitutability, supply disruption as given (not inverted).
    pub ratings: [Option<u8>; 3],
    /// Mean risk value on 1–5 (from `Analysis`), `None` when unrated.
    pub score: Option<f64>,
    pub chokepoint: bool,
}

/// One actor × technology threat assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreatRow {
    pub actor: String,
    pub actor_kind: ActorKind,
    pub technology: String,
    pub intent: Option<u8>,
    /// Capability used (assessed or the actor's default).
    pub capability: Option<u8>,
    pub opportunity: Option<u8>,
    pub status: ThreatStatus,
    /// intent × capability × opportunity (0 unless rated).
    pub product: u8,
    /// 1–5 display band, 0 for none.
    pub band: u8,
    /// Source of the actor template the actor was made from, if any.
    pub actor_source: Option<Source>,
}

/// One scenario with its countermeasures.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRow {
    pub id: ScenarioId,
    pub priority: usize,
    pub title: String,
    pub technology: String,
    pub actor: Option<String>,
    pub status: ScenarioStatus,
    pub likelihood: Option<u8>,
    pub impact: Option<u8>,
    /// Relevance to economic-security trends (1–5) as rated.
    pub trend: Option<u8>,
    pub score: Option<u8>,
    pub level: Option<RiskLevel>,
    /// Free text; empty when redacted.
    pub narrative: String,
    /// Source of the pattern the scenario was made from, if any.
    pub source: Option<Source>,
    pub countermeasures: Vec<CmLine>,
}

/// One countermeasure.
#[derive(Clone, Debug, PartialEq)]
pub struct CmLine {
    pub title: String,
    pub category: CmCategory,
    pub status: CmStatus,
    pub owner: String,
    pub due: Option<Date>,
    pub overdue: bool,
    /// Free text; empty when redacted.
    pub description: String,
    /// Source of the catalogue entry it was made from, if any.
    pub source: Option<Source>,
}

/// One exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseRow {
    pub title: String,
    pub kind: ExerciseKind,
    pub date: Option<Date>,
    /// Titles of the exercised scenarios.
    pub scenarios: Vec<String>,
    pub detection: Option<Detection>,
    /// Where it should have been stopped; free text, empty when redacted.
    pub stop_point: String,
    /// Who should have stopped it.
    pub stopped_by: String,
    /// How it was responded to (対応), and what was done (free text, empty
    /// when redacted).
    pub response: Option<ResponseOutcome>,
    pub response_notes: String,
    /// Who knew it was a drill.
    pub in_the_know: Vec<String>,
    /// Free text; empty when redacted.
    pub objectives: String,
    /// Kind and description (empty when redacted) of each weakness found.
    pub weaknesses: Vec<(WeaknessKind, String)>,
    /// Titles of the follow-up countermeasures.
    pub follow_ups: Vec<String>,
}

/// Builds the report. `analysis` must be `analyze(wb)`; `today` is the
/// caller's calendar day (printed on the cover, decides "overdue").
/// Redaction only empties text, so the analysis of `wb` still holds for the
/// redacted copy (same ids, same ratings).
pub fn build_report(wb: &Workbook, analysis: &Analysis, today: Date, redacted: bool) -> Report {
    let redacted_copy;
    let wb = if redacted {
        redacted_copy = redact(wb, &REPORT_REDACTION);
        &redacted_copy
    } else {
        wb
    };
    let tech_name = |id: TechnologyId| {
        wb.technology(id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    };
    let cm_line = |m: &crate::domain::model::Countermeasure| CmLine {
        title: m.title.clone(),
        category: m.category,
        status: m.status,
        owner: m.owner.clone(),
        due: m.due_date,
        overdue: m.is_overdue(today),
        description: m.description.clone(),
        source: source_of_record(m.catalog_id.as_deref()),
    };

    let technologies: Vec<TechRow> = analysis
        .ranking
        .iter()
        .filter_map(|&id| {
            let (t, ta) = (wb.technology(id)?, analysis.technology(id)?);
            Some(TechRow {
                id,
                rank: ta.rank,
                name: t.name.clone(),
                category: t.category,
                tier: ta.tier,
                criticality: ta.criticality.score(),
                complete: ta.criticality.complete,
                ratings: t.ratings().map(|(_, r)| r.map(|r| r.get())),
                elements: ta.chokepoints.elements.len(),
                chokepoints: ta
                    .chokepoints
                    .elements
                    .iter()
                    .filter(|e| e.chokepoint)
                    .count(),
                max_threat: ta.max_threat,
                scenarios: ta.scenarios,
                countermeasures: ta.countermeasures,
                description: t.description.clone(),
                storage_locations: t.storage_locations.clone(),
                management: t.management.clone(),
                access_internal: t.access.internal_count,
                access_external: t.access.external_parties,
                access_notes: t.access.notes.clone(),
                key_persons: t.key_persons.clone(),
                export_control: t.export_control,
                element_rows: t
                    .elements
                    .iter()
                    .map(|e| {
                        let sc = ta.chokepoints.elements.iter().find(|x| x.id == e.id);
                        ElementRow {
                            kind: e.kind,
                            name: e.name.clone(),
                            ratings: e.ratings().map(|(_, r)| r.map(|r| r.get())),
                            score: sc.and_then(|x| x.score()),
                            chokepoint: sc.is_some_and(|x| x.chokepoint),
                        }
                    })
                    .collect(),
            })
        })
        .collect();

    let mut threats: Vec<ThreatRow> = wb
        .assessments
        .iter()
        .zip(&analysis.threats)
        .map(|(a, t)| {
            let actor = wb.actor(a.actor_id);
            ThreatRow {
                actor: actor.map(|x| x.name.clone()).unwrap_or_default(),
                actor_kind: actor.map_or(ActorKind::Other, |x| x.kind),
                technology: tech_name(a.technology_id),
                intent: t.intent.map(|r| r.get()),
                capability: t.capability.map(|r| r.get()),
                opportunity: t.opportunity.map(|r| r.get()),
                status: t.status,
                product: t.product,
                band: t.band(),
                actor_source: actor.and_then(|x| source_of_record(x.catalog_id.as_deref())),
            }
        })
        .collect();
    // Highest threat first; the sort is stable, so ties keep workbook order.
    threats.sort_by_key(|t| std::cmp::Reverse(t.product));

    let scenarios: Vec<ScenarioRow> = analysis
        .priority
        .iter()
        .filter_map(|&id| {
            let (s, sa) = (wb.scenario(id)?, analysis.scenario(id)?);
            Some(ScenarioRow {
                id,
                priority: sa.priority,
                title: s.title.clone(),
                technology: tech_name(s.technology_id),
                actor: s.actor_id.and_then(|a| wb.actor(a)).map(|a| a.name.clone()),
                status: s.status,
                likelihood: sa.likelihood.value,
                impact: sa.impact,
                trend: s.trend_relevance.map(|r| r.get()),
                score: sa.score,
                level: sa.level,
                narrative: s.narrative.clone(),
                source: source_of_record(s.pattern_id.as_deref()),
                countermeasures: wb
                    .countermeasures
                    .iter()
                    .filter(|m| m.scenario_ids.contains(&id))
                    .map(cm_line)
                    .collect(),
            })
        })
        .collect();

    let other_countermeasures = wb
        .countermeasures
        .iter()
        .filter(|m| !m.scenario_ids.iter().any(|s| wb.scenario(*s).is_some()))
        .map(cm_line)
        .collect();

    let exercises = wb
        .exercises
        .iter()
        .map(|e| ExerciseRow {
            title: e.title.clone(),
            kind: e.kind,
            date: e.date,
            scenarios: e
                .scenario_ids
                .iter()
                .filter_map(|s| wb.scenario(*s).map(|s| s.title.clone()))
                .collect(),
            detection: e.detection,
            stop_point: e.stop_point.clone(),
            stopped_by: e.stopped_by.clone(),
            response: e.response,
            response_notes: e.response_notes.clone(),
            in_the_know: e.in_the_know.clone(),
            objectives: e.objectives.clone(),
            weaknesses: e
                .weaknesses
                .iter()
                .map(|w| (w.kind, w.description.clone()))
                .collect(),
            follow_ups: e
                .follow_up_ids
                .iter()
                .filter_map(|c| wb.countermeasure(*c).map(|c| c.title.clone()))
                .collect(),
        })
        .collect();

    let mut overdue: Vec<CmLine> = wb
        .countermeasures
        .iter()
        .filter(|m| m.is_overdue(today))
        .map(cm_line)
        .collect();
    overdue.sort_by_key(|m| m.due);

    let mut by_level = [0usize; 5];
    for s in &analysis.scenarios {
        if let Some(i) = s
            .level
            .and_then(|l| RiskLevel::ALL.iter().position(|x| *x == l))
        {
            by_level[i] += 1;
        }
    }

    let summary = Summary {
        technologies: wb.technologies.len(),
        tiers: analysis.tiers,
        actors: wb.actors.len(),
        assessments: wb.assessments.len(),
        scenarios: wb.scenarios.len(),
        scored_scenarios: analysis
            .scenarios
            .iter()
            .filter(|s| s.score.is_some())
            .count(),
        by_level,
        countermeasures: wb.countermeasures.len(),
        open_countermeasures: wb.countermeasures.iter().filter(|m| m.is_open()).count(),
        overdue_countermeasures: overdue.len(),
        exercises: wb.exercises.len(),
        coverage: analysis.coverage,
        done: round_done(wb, analysis, today),
        top_tier: technologies
            .iter()
            .filter(|t| t.tier == Tier::Top)
            .map(|t| TopTech {
                rank: t.rank,
                name: t.name.clone(),
                score: t.criticality,
            })
            .collect(),
        top_scenarios: scenarios
            .iter()
            .take(SUMMARY_SCENARIOS)
            .map(|s| ScenarioLine {
                priority: s.priority,
                title: s.title.clone(),
                technology: s.technology.clone(),
                score: s.score,
                level: s.level,
            })
            .collect(),
        overdue,
    };

    let round = wb.current_round();
    Report {
        cover: Cover {
            workbook: wb.name.clone(),
            organisation: wb.organisation.clone(),
            unit: wb.unit.clone(),
            assessor: wb.assessor.clone(),
            date: today,
            round: round.map(|r| (r.number, r.scope)),
            round_started: round.map(|r| r.started_at.date()),
            last_updated: wb.updated_at.date(),
        },
        summary,
        charts: ReportCharts {
            heat_map: heat_map(analysis),
            tiers: tier_chart(wb, analysis),
            kinds: kind_summary(wb, analysis),
            rounds: round_progress(wb, analysis, today),
        },
        technologies,
        threats,
        scenarios,
        other_countermeasures,
        exercises,
        settings: wb.settings,
        redacted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::scoring::analyze;
    use crate::domain::text::Lang;
    use time::{Duration, OffsetDateTime};

    fn now() -> OffsetDateTime {
        // 2025-06-01T00:00:00Z, as in the sample's own tests.
        OffsetDateTime::from_unix_timestamp(1_748_736_000).expect("valid timestamp")
    }

    fn sample(lang: Lang) -> Workbook {
        sample_with_counted_ids(lang, now())
    }

    fn report(wb: &Workbook, days_later: i64, redacted: bool) -> Report {
        build_report(
            wb,
            &analyze(wb),
            now().date() + Duration::days(days_later),
            redacted,
        )
    }

    #[test]
    fn cover_names_the_workbook_round_and_date() {
        let wb = sample(Lang::En);
        let r = report(&wb, 0, false);
        assert_eq!(r.cover.workbook, wb.name);
        assert_eq!(r.cover.organisation, "Example Institute of Technology");
        assert_eq!(r.cover.assessor, "Research Integrity Office");
        assert_eq!(r.cover.round, Some((2, RoundScope::UpToMiddle)));
        assert_eq!(r.cover.date, now().date());
        assert!(!r.redacted);
    }

    /// Issue #12 §3: the report names where catalogue-made records come
    /// from, looked up from their catalogue ids, also when redacted.
    #[test]
    fn catalogue_records_carry_their_source() {
        let mut wb = sample(Lang::En);
        wb.scenarios[4].pattern_id = None;
        for redacted in [false, true] {
            let r = report(&wb, 0, redacted);
            for row in &r.scenarios {
                let s = wb.scenario(row.id).expect("scenario");
                assert_eq!(
                    row.source,
                    crate::domain::catalog::source_of_record(s.pattern_id.as_deref())
                );
            }
            assert!(r.scenarios.iter().any(|s| s.source.is_none()));
            let usb = r
                .scenarios
                .iter()
                .find(|s| s.source.is_some_and(|x| x.cite() == "004 §5"))
                .expect("the USB scenario cites 004 §5");
            assert!(usb.countermeasures.iter().all(|c| c.source.is_some()));
            assert!(r.threats.iter().all(|t| t.actor_source.is_some()));
        }
    }

    #[test]
    fn summary_counts_match_the_sample() {
        let wb = sample(Lang::Ja);
        let r = report(&wb, 0, false);
        let s = &r.summary;
        assert_eq!(
            (s.technologies, s.actors, s.assessments, s.scenarios),
            (6, 4, 6, 5)
        );
        assert_eq!((s.countermeasures, s.exercises), (6, 1));
        // c4 is done; nothing is overdue on the sample's own day.
        assert_eq!((s.open_countermeasures, s.overdue_countermeasures), (5, 0));
        assert_eq!(s.scored_scenarios, 5);
        assert_eq!(s.by_level.iter().sum::<usize>(), s.scored_scenarios);
        assert_eq!(s.tiers, analyze(&wb).tiers);
        // The GaN recipe is the one top-tier technology.
        assert_eq!(s.top_tier.len(), 1);
        assert_eq!(s.top_tier[0].name, "GaN結晶成長レシピ");
        assert_eq!(s.top_tier[0].rank, Some(1));
        assert_eq!(s.top_scenarios.len(), SUMMARY_SCENARIOS);
        let priorities: Vec<usize> = s.top_scenarios.iter().map(|l| l.priority).collect();
        assert_eq!(priorities, [1, 2, 3, 4, 5]);
    }

    #[test]
    fn overdue_follows_the_day_given() {
        let wb = sample(Lang::En);
        // c1 is due in 30 days, c2 in 90 (both open).
        let r = report(&wb, 31, false);
        assert_eq!(r.summary.overdue_countermeasures, 1);
        assert_eq!(r.summary.overdue[0].title, wb.countermeasures[0].title);
        let r = report(&wb, 91, false);
        let due: Vec<_> = r.summary.overdue.iter().map(|m| m.due).collect();
        assert_eq!(due.len(), 2);
        assert!(due[0] < due[1], "earliest due first");
        assert!(r
            .scenarios
            .iter()
            .flat_map(|s| &s.countermeasures)
            .any(|m| m.overdue));
    }

    #[test]
    fn tables_hold_every_record_once() {
        let wb = sample(Lang::En);
        let a = analyze(&wb);
        let r = build_report(&wb, &a, now().date(), false);
        assert_eq!(
            r.technologies.iter().map(|t| t.id).collect::<Vec<_>>(),
            a.ranking
        );
        assert_eq!(r.threats.len(), wb.assessments.len());
        assert!(r.threats.windows(2).all(|w| w[0].product >= w[1].product));
        assert_eq!(
            r.scenarios.iter().map(|s| s.id).collect::<Vec<_>>(),
            a.priority
        );
        // The charts are the overview's, for the same workbook.
        assert_eq!(r.charts.heat_map, heat_map(&a));
        assert_eq!(r.charts.heat_map.unscored, 0);
        assert_eq!(r.charts.tiers, tier_chart(&wb, &a));
        assert_eq!(r.charts.kinds, kind_summary(&wb, &a));
        assert_eq!(r.charts.rounds, round_progress(&wb, &a, now().date()));
        assert_eq!(r.charts.heat_map.total, 5);
        // Every countermeasure is listed: under its scenarios or apart.
        let under: std::collections::HashSet<&str> = r
            .scenarios
            .iter()
            .flat_map(|s| s.countermeasures.iter().map(|m| m.title.as_str()))
            .collect();
        assert_eq!(r.other_countermeasures.len(), 1, "the school-wide rule");
        assert_eq!(under.len() + r.other_countermeasures.len(), 6);
        let ex = &r.exercises[0];
        assert_eq!(ex.scenarios, [wb.scenarios[0].title.clone()]);
        assert_eq!(ex.follow_ups.len(), 2);
        assert_eq!(ex.weaknesses.len(), 3);
        let gan = &r.technologies[0];
        assert_eq!(
            (gan.tier, gan.ratings, gan.elements, gan.chokepoints),
            (Tier::Top, [Some(5), Some(5), Some(2), Some(5)], 3, 2)
        );
        // Step 1's record travels with it (issue #12 §4).
        let t = &wb.technologies[0];
        assert_eq!(gan.storage_locations, t.storage_locations);
        assert_eq!(gan.management, t.management);
        assert_eq!(gan.key_persons, t.key_persons);
        assert_eq!(gan.export_control, t.export_control);
        assert_eq!(
            (gan.access_internal, gan.access_external),
            (t.access.internal_count, t.access.external_parties)
        );
        assert_eq!(gan.element_rows.len(), 3);
        assert_eq!(
            gan.element_rows.iter().filter(|e| e.chokepoint).count(),
            gan.chokepoints
        );
        assert_eq!(gan.element_rows[0].name, t.elements[0].name);
        assert!(gan.element_rows.iter().all(|e| e.score.is_some()));
        // Scenario rows carry trend; exercise rows where and by whom.
        for row in &r.scenarios {
            let s = wb.scenario(row.id).expect("scenario");
            assert_eq!(row.trend, s.trend_relevance.map(|r| r.get()));
        }
        assert_eq!(ex.stop_point, wb.exercises[0].stop_point);
        assert_eq!(ex.stopped_by, wb.exercises[0].stopped_by);
    }

    #[test]
    fn redaction_drops_free_text_and_keeps_the_rest() {
        for lang in Lang::ALL {
            let wb = sample(lang);
            let full = report(&wb, 0, false);
            let red = report(&wb, 0, true);
            assert!(red.redacted);
            // The free text is in the full report …
            assert!(!full.technologies[0].description.is_empty());
            assert!(full.scenarios.iter().any(|s| !s.narrative.is_empty()));
            assert!(!full.exercises[0].objectives.is_empty());
            // … and nowhere in the redacted one.
            let dump = format!("{red:?}");
            let secrets = [
                wb.technologies[0].description.as_str(),
                wb.scenarios[0].narrative.as_str(),
                wb.exercises[0].objectives.as_str(),
                wb.exercises[0].weaknesses[0].description.as_str(),
                wb.exercises[0].stop_point.as_str(),
                wb.technologies[0].management.as_str(),
            ];
            for secret in secrets {
                assert!(!secret.is_empty());
                assert!(!dump.contains(secret), "{lang:?}: {secret}");
            }
            // Names, numbers and counts are unchanged.
            assert_eq!(red.summary, full.summary);
            assert_eq!(red.cover, full.cover);
            assert_eq!(red.charts, full.charts);
            assert_eq!(red.technologies.len(), full.technologies.len());
            assert_eq!(red.scenarios[0].title, full.scenarios[0].title);
            // Ratings, codes and people's roles stay in the free-text-free report.
            assert_eq!(
                red.technologies[0].element_rows,
                full.technologies[0].element_rows
            );
            assert_eq!(
                red.technologies[0].export_control,
                full.technologies[0].export_control
            );
            assert_eq!(red.exercises[0].stopped_by, full.exercises[0].stopped_by);
        }
    }
}
