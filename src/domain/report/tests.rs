//! The report against the sample: every section, the day, redaction.

use super::*;
use crate::domain::exchange::redact::WITHHELD;
use crate::domain::kinds::{RoundScope, Tier};
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
    assert_eq!(gan.key_persons, wb.key_person_names(t.id));
    assert_eq!(gan.export_control, t.classification.result);
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
        // No person's name anywhere (issue #14): assessor, owners, who
        // judged a classification, exercise participants, who stopped it,
        // who was in the know, the people records.
        let mut names: Vec<&str> = vec![wb.assessor.as_str()];
        names.extend(wb.countermeasures.iter().map(|m| m.owner.as_str()));
        names.extend(
            wb.technologies
                .iter()
                .map(|t| t.classification.judged_by.as_str()),
        );
        names.extend(wb.people.iter().map(|p| p.name.as_str()));
        for e in &wb.exercises {
            names.push(&e.stopped_by);
            names.extend(
                e.participants
                    .iter()
                    .chain(&e.in_the_know)
                    .map(String::as_str),
            );
        }
        names.retain(|n| !n.is_empty());
        assert!(names.len() > 10, "the sample names people");
        // A name is a whole string (a field or a list item): quoted in the dump.
        for name in names {
            assert!(!dump.contains(&format!("{name:?}")), "{lang:?}: {name}");
        }
        for p in &wb.people {
            assert!(!dump.contains(p.name.as_str()), "{lang:?}: {}", p.name);
        }
        // Every number and count is the full report's: a withheld name is
        // still a filled-in one ("planned" needs an owner).
        assert_eq!(red.summary, full.summary);
        assert_eq!(red.charts, full.charts);
        assert_eq!(
            Cover {
                assessor: full.cover.assessor.clone(),
                ..red.cover.clone()
            },
            full.cover
        );
        assert_eq!(red.cover.assessor, WITHHELD);
        assert_eq!(red.technologies.len(), full.technologies.len());
        assert_eq!(red.scenarios[0].title, full.scenarios[0].title);
        // Ratings and classifications stay in the redacted report.
        assert_eq!(
            red.technologies[0].element_rows,
            full.technologies[0].element_rows
        );
        assert_eq!(
            red.technologies[0].export_control,
            full.technologies[0].export_control
        );
        assert_eq!(red.exercises[0].stopped_by, WITHHELD);
    }
}

/// Issue #14: the regulatory section flags the sample's GaN recipe (a
/// specified-category declarant can access it), counts due declarations and
/// disclosures, and the report without free text carries no person's name.
#[test]
fn regulatory_status_flags_the_sample_and_names_no_one_when_redacted() {
    use crate::domain::kinds::ExportControl;
    use crate::domain::regulatory::{FlagReason, SecretRequirement};
    for lang in Lang::ALL {
        let wb = sample(lang);
        let r = report(&wb, 0, false).regulatory;
        assert_eq!(r.technologies.len(), wb.technologies.len());
        let gan = &r.technologies[0];
        assert_eq!(gan.result, ExportControl::ToCheck);
        assert_eq!(gan.people, 2);
        let reasons: Vec<_> = gan.flagged_by.iter().flat_map(|(_, r)| r.clone()).collect();
        assert!(reasons.contains(&FlagReason::Specified(
            crate::domain::kinds::SpecifiedCategory::Category2
        )));
        assert!(gan.secret_checked && gan.secret_gaps.contains(&SecretRequirement::Secrecy));
        assert!(
            !r.technologies[1].secret_checked,
            "no checklist, not a trade secret"
        );
        assert!(!gan.secret_gaps.contains(&SecretRequirement::Usefulness));
        assert_eq!(r.summary.flagged_technologies, 1);
        // The postdoc declared over a year ago; the visitor never did.
        assert_eq!(r.declarations_due.len(), 2, "{:?}", r.declarations_due);
        // The assistant professor's disclosure is 500 days old (top tier).
        assert_eq!(r.disclosures_due.len(), 1, "{:?}", r.disclosures_due);
        // Not flagged: a technology not judged, even with a non-resident.
        assert!(r
            .technologies
            .iter()
            .filter(|t| t.result == ExportControl::NotJudged)
            .all(|t| t.flagged_by.is_empty()));

        // People records appear coded. (Owners, participants and who should
        // have stopped a drill are other fields the #12 report keeps.)
        let red = report(&wb, 0, true);
        let dump = format!(
            "{:?}{:?}",
            red.regulatory,
            red.technologies
                .iter()
                .map(|t| &t.key_persons)
                .collect::<Vec<_>>()
        );
        for p in &wb.people {
            assert!(!dump.contains(&p.name), "{lang:?}: {}", p.name);
        }
        assert_eq!(red.regulatory.summary, r.summary);
        assert!(red.technologies[0]
            .key_persons
            .iter()
            .all(|k| k.starts_with('P')));
    }
}
