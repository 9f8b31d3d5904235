//! When a technology of the current round is *done*, per the process (004):
//! Step 1 rated, Step 2 threat-assessed, Step 3 leak scenarios written and
//! assessed (none still a draft, origin and legality chosen), and the
//! countermeasures against it planned — at least one, every open one with an
//! owner and a due date — with none overdue.
//!
//! "Its countermeasures" are those linked to the technology directly or
//! through one of its scenarios (organisation-wide ones count for none).
//! Exercises test the result; they are counted beside "done", not in it.
//!
//! Overdue depends on the day, so this is not part of [`super::analyze`]
//! (which has no clock): the caller passes `today`, as for
//! [`crate::domain::model::Countermeasure::is_overdue`].

use std::collections::HashMap;

use time::Date;

use crate::domain::ids::TechnologyId;
use crate::domain::kinds::ScenarioStatus;
use crate::domain::model::{Countermeasure, Workbook};

use super::Analysis;

/// What still keeps one technology from being done (all zero / false = done).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gaps {
    pub not_rated: bool,
    pub not_threat_assessed: bool,
    pub no_scenarios: bool,
    /// Its scenarios still in draft.
    pub draft_scenarios: usize,
    /// Its scenarios whose origin or legality is not chosen yet.
    pub unclassified_scenarios: usize,
    pub no_countermeasures: bool,
    /// Its open countermeasures without an owner or a due date.
    pub unplanned_countermeasures: usize,
    /// Its open countermeasures past their due date.
    pub overdue_countermeasures: usize,
}

impl Gaps {
    pub fn is_done(&self) -> bool {
        *self == Gaps::default()
    }
}

/// The round's "done" count and the gaps behind it, over the technologies in
/// scope (a countermeasure of two such technologies counts in both).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoundDone {
    pub in_scope: usize,
    pub done: usize,
    pub draft_scenarios: usize,
    pub unplanned_countermeasures: usize,
    pub overdue_countermeasures: usize,
}

/// Open, and without an owner or a due date.
pub fn is_unplanned(m: &Countermeasure) -> bool {
    m.is_open() && (m.owner.trim().is_empty() || m.due_date.is_none())
}

/// The gaps of every technology, parallel to `wb.technologies` (and so to
/// `a.technologies`); whether it is in a round's scope is the caller's
/// filter.
pub fn gaps(wb: &Workbook, a: &Analysis, today: Date) -> Vec<Gaps> {
    let mut out: Vec<Gaps> = wb
        .technologies
        .iter()
        .map(|t| {
            a.technology(t.id).map_or_else(Gaps::default, |t| {
                let c = t.coverage;
                Gaps {
                    not_rated: !c.rated,
                    not_threat_assessed: !c.threat_assessed,
                    no_scenarios: !c.has_scenarios,
                    unclassified_scenarios: c.unclassified_scenarios,
                    no_countermeasures: !c.has_countermeasures,
                    ..Gaps::default()
                }
            })
        })
        .collect();
    let index: HashMap<TechnologyId, usize> = wb
        .technologies
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    for s in &wb.scenarios {
        if s.status == ScenarioStatus::Draft {
            if let Some(g) = index.get(&s.technology_id).and_then(|&i| out.get_mut(i)) {
                g.draft_scenarios += 1;
            }
        }
    }
    let tech_of = |sid| wb.scenario(sid).map(|s| s.technology_id);
    for m in &wb.countermeasures {
        let (unplanned, overdue) = (is_unplanned(m), m.is_overdue(today));
        if !unplanned && !overdue {
            continue;
        }
        let mut techs: Vec<TechnologyId> = m.technology_ids.clone();
        techs.extend(m.scenario_ids.iter().filter_map(|&s| tech_of(s)));
        techs.sort_unstable();
        techs.dedup();
        for t in techs {
            if let Some(g) = index.get(&t).and_then(|&i| out.get_mut(i)) {
                g.unplanned_countermeasures += usize::from(unplanned);
                g.overdue_countermeasures += usize::from(overdue);
            }
        }
    }
    out
}

/// The gaps of the technologies in the current round's scope, in workbook
/// order.
pub fn gaps_in_scope(wb: &Workbook, a: &Analysis, today: Date) -> Vec<(TechnologyId, Gaps)> {
    wb.technologies
        .iter()
        .zip(gaps(wb, a, today))
        .filter(|(t, _)| a.technology(t.id).is_some_and(|t| t.coverage.in_scope))
        .map(|(t, g)| (t.id, g))
        .collect()
}

/// The round's "done" count as of `today`.
pub fn round_done(wb: &Workbook, a: &Analysis, today: Date) -> RoundDone {
    let mut r = RoundDone::default();
    for (_, g) in gaps_in_scope(wb, a, today) {
        r.in_scope += 1;
        r.done += usize::from(g.is_done());
        r.draft_scenarios += g.draft_scenarios;
        r.unplanned_countermeasures += g.unplanned_countermeasures;
        r.overdue_countermeasures += g.overdue_countermeasures;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::CmStatus;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::scoring::analyze;
    use crate::domain::text::Lang;
    use time::macros::date;

    /// A sample technology in scope with every gap closed, and that
    /// technology's id.
    fn finished() -> (Workbook, TechnologyId) {
        let mut wb = sample_with_counted_ids(Lang::En, time::OffsetDateTime::UNIX_EPOCH);
        let a = analyze(&wb);
        let t = wb
            .technologies
            .iter()
            .map(|t| t.id)
            .find(|&id| {
                a.technology(id).is_some_and(|t| {
                    let c = t.coverage;
                    c.in_scope
                        && c.rated
                        && c.threat_assessed
                        && c.has_scenarios
                        && c.has_countermeasures
                        && c.unclassified_scenarios == 0
                })
            })
            .expect("the sample has a technology with all four steps");
        for s in wb.scenarios.iter_mut().filter(|s| s.technology_id == t) {
            s.status = ScenarioStatus::Assessed;
        }
        for m in &mut wb.countermeasures {
            m.owner = "Lab head".into();
            m.due_date = Some(date!(2025 - 12 - 31));
            m.status = CmStatus::Planned;
        }
        (wb, t)
    }

    /// The gaps of technology `t` on `today`.
    fn check(wb: &Workbook, t: TechnologyId, today: Date, expected: Gaps) {
        let a = analyze(wb);
        let got = gaps_in_scope(wb, &a, today)
            .into_iter()
            .find(|(id, _)| *id == t)
            .map(|(_, g)| g);
        assert_eq!(got, Some(expected));
    }

    const TODAY: Date = date!(2025 - 06 - 01);

    #[test]
    fn assessed_scenarios_and_planned_countermeasures_none_overdue_is_done() {
        let (wb, t) = finished();
        check(&wb, t, TODAY, Gaps::default());
        let r = round_done(&wb, &analyze(&wb), TODAY);
        assert!(r.done >= 1 && r.done <= r.in_scope);
    }

    /// Regression (issue #12 §2): "All done 1/1 (100%)" while every
    /// countermeasure was open, one overdue, and a scenario was a draft.
    #[test]
    fn a_draft_scenario_or_an_open_unplanned_or_overdue_countermeasure_is_not_done() {
        let (mut wb, t) = finished();
        let sid = wb
            .scenarios
            .iter()
            .find(|s| s.technology_id == t)
            .map(|s| s.id)
            .expect("a scenario");
        if let Some(s) = wb.scenario_mut(sid) {
            s.status = ScenarioStatus::Draft;
        }
        check(
            &wb,
            t,
            TODAY,
            Gaps {
                draft_scenarios: 1,
                ..Gaps::default()
            },
        );
        if let Some(s) = wb.scenario_mut(sid) {
            s.status = ScenarioStatus::Mitigating;
        }
        // A countermeasure of that scenario loses its owner, then is overdue.
        let mid = wb
            .countermeasures
            .iter()
            .find(|m| m.scenario_ids.contains(&sid))
            .map(|m| m.id)
            .expect("a countermeasure of the scenario");
        let edit = |wb: &mut Workbook, f: &dyn Fn(&mut Countermeasure)| {
            if let Some(m) = wb.countermeasures.iter_mut().find(|m| m.id == mid) {
                f(m);
            }
        };
        edit(&mut wb, &|m| m.owner = "  ".into());
        check(
            &wb,
            t,
            TODAY,
            Gaps {
                unplanned_countermeasures: 1,
                ..Gaps::default()
            },
        );
        edit(&mut wb, &|m| {
            m.owner = "IT lead".into();
            m.due_date = Some(date!(2025 - 07 - 01));
        });
        check(
            &wb,
            t,
            date!(2025 - 08 - 01),
            Gaps {
                overdue_countermeasures: 1,
                ..Gaps::default()
            },
        );
        // Due today is not overdue; done is never overdue nor unplanned.
        check(&wb, t, date!(2025 - 07 - 01), Gaps::default());
        edit(&mut wb, &|m| {
            m.status = CmStatus::Done;
            m.due_date = None;
        });
        check(&wb, t, date!(2025 - 08 - 01), Gaps::default());
    }

    #[test]
    fn the_four_steps_still_count() {
        let (mut wb, t) = finished();
        wb.countermeasures.clear();
        check(
            &wb,
            t,
            TODAY,
            Gaps {
                no_countermeasures: true,
                ..Gaps::default()
            },
        );
        wb.scenarios.retain(|s| s.technology_id != t);
        check(
            &wb,
            t,
            TODAY,
            Gaps {
                no_scenarios: true,
                no_countermeasures: true,
                ..Gaps::default()
            },
        );
    }
}
