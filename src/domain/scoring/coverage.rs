//! Round coverage: how much of the current round's scope has been worked through.
//!
//! In scope, by the round's scope:
//! - top tier → `Top`;  top and middle → `Top`, `Middle`;
//! - all tiers → every technology except quasi-important information
//!   (unrated ones included: they must be rated before they can be tiered);
//! - with quasi → every technology.
//!
//! For the in-scope technologies, four shares: fully rated (complete
//! criticality), threat-assessed (at least one decided assessment), with at
//! least one scenario, with at least one countermeasure (linked directly or
//! through one of its scenarios).
//!
//! Two more counts (issue #12): scenarios whose origin or legality is not
//! chosen yet (a gap), and technologies with a leak scenario tested by a
//! recorded exercise. When a technology is *done* depends on the day
//! (overdue countermeasures): see [`super::done`].

use std::collections::HashMap;

use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::kinds::{RoundScope, Tier};
use crate::domain::model::Workbook;

use super::Analysis;

/// The four checks for one technology.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TechCoverage {
    pub in_scope: bool,
    pub rated: bool,
    pub threat_assessed: bool,
    pub has_scenarios: bool,
    pub has_countermeasures: bool,
    /// Its scenarios whose origin or legality is not chosen yet.
    pub unclassified_scenarios: usize,
    /// At least one of its scenarios was tested by a recorded exercise.
    pub exercised: bool,
}

/// Whether a technology of this tier is in the scope.
pub fn in_scope(scope: RoundScope, tier: Tier) -> bool {
    match scope {
        RoundScope::TopTier => tier == Tier::Top,
        RoundScope::UpToMiddle => matches!(tier, Tier::Top | Tier::Middle),
        RoundScope::AllTiers => tier != Tier::QuasiImportant,
        RoundScope::WithQuasi => true,
    }
}

/// Per technology (workbook order): whether one of its scenarios was tested
/// by an exercise whose outcome is recorded ([`crate::domain::model::Exercise::is_recorded`]).
pub fn exercised_technologies(
    wb: &Workbook,
    tech_index: &HashMap<TechnologyId, usize>,
    scenario_index: &HashMap<ScenarioId, usize>,
) -> Vec<bool> {
    let mut out = vec![false; wb.technologies.len()];
    for e in wb.exercises.iter().filter(|e| e.is_recorded()) {
        for s in &e.scenario_ids {
            let ti = scenario_index
                .get(s)
                .and_then(|&si| wb.scenarios.get(si))
                .and_then(|sc| tech_index.get(&sc.technology_id));
            if let Some(slot) = ti.and_then(|&ti| out.get_mut(ti)) {
                *slot = true;
            }
        }
    }
    out
}

/// The gap behind [`Coverage::unclassified_scenarios`]: scenarios of
/// technologies in the current round's scope whose origin or legality is
/// not chosen yet, in workbook order.
pub fn unclassified_in_scope(wb: &Workbook, a: &Analysis) -> Vec<ScenarioId> {
    wb.scenarios
        .iter()
        .filter(|s| !s.is_classified())
        .filter(|s| {
            a.technology(s.technology_id)
                .is_some_and(|t| t.coverage.in_scope)
        })
        .map(|s| s.id)
        .collect()
}

/// Coverage of the current round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Number of the current round (1-based), if any.
    pub round: Option<u32>,
    pub scope: RoundScope,
    pub in_scope: usize,
    pub rated: usize,
    pub threat_assessed: usize,
    pub with_scenarios: usize,
    pub with_countermeasures: usize,
    /// Scenarios of in-scope technologies whose origin or legality is not
    /// chosen yet (a gap).
    pub unclassified_scenarios: usize,
    /// In-scope technologies with a scenario tested by a recorded exercise.
    pub exercised: usize,
    /// Unrated technologies that the scope leaves out only because they are
    /// not rated (a top- or middle-tier round cannot know their tier yet).
    pub unrated_outside: usize,
}

impl Coverage {
    /// `count / in_scope`, or `None` when nothing is in scope (shown as "—",
    /// never as 0 % or 100 %).
    pub fn share(&self, count: usize) -> Option<f64> {
        (self.in_scope > 0).then(|| count as f64 / self.in_scope as f64)
    }

    pub fn rated_share(&self) -> Option<f64> {
        self.share(self.rated)
    }
    pub fn threat_assessed_share(&self) -> Option<f64> {
        self.share(self.threat_assessed)
    }
    pub fn scenarios_share(&self) -> Option<f64> {
        self.share(self.with_scenarios)
    }
    pub fn exercised_share(&self) -> Option<f64> {
        self.share(self.exercised)
    }
    pub fn countermeasures_share(&self) -> Option<f64> {
        self.share(self.with_countermeasures)
    }
}

/// Sums per-technology coverage (with tiers) into the round's coverage.
pub fn summarise(
    round: Option<u32>,
    scope: RoundScope,
    techs: impl Iterator<Item = (Tier, TechCoverage)>,
) -> Coverage {
    let mut c = Coverage {
        round,
        scope,
        in_scope: 0,
        rated: 0,
        threat_assessed: 0,
        with_scenarios: 0,
        with_countermeasures: 0,
        unclassified_scenarios: 0,
        exercised: 0,
        unrated_outside: 0,
    };
    for (tier, t) in techs {
        if !t.in_scope {
            if tier == Tier::Unrated {
                c.unrated_outside += 1;
            }
            continue;
        }
        c.in_scope += 1;
        c.rated += usize::from(t.rated);
        c.threat_assessed += usize::from(t.threat_assessed);
        c.with_scenarios += usize::from(t.has_scenarios);
        c.with_countermeasures += usize::from(t.has_countermeasures);
        c.unclassified_scenarios += t.unclassified_scenarios;
        c.exercised += usize::from(t.exercised);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use RoundScope::*;
    use Tier::*;

    #[test]
    fn scopes_widen_round_by_round() {
        let table = [
            (TopTier, [true, false, false, false, false]),
            (UpToMiddle, [true, true, false, false, false]),
            (AllTiers, [true, true, true, false, true]),
            (WithQuasi, [true, true, true, true, true]),
        ];
        for (scope, expected) in table {
            let got = [Top, Middle, Lower, QuasiImportant, Unrated].map(|t| in_scope(scope, t));
            assert_eq!(got, expected, "{scope:?}");
        }
    }

    #[test]
    fn unclassified_scenarios_and_exercises_are_counted() {
        let full = TechCoverage {
            in_scope: true,
            rated: true,
            threat_assessed: true,
            has_scenarios: true,
            has_countermeasures: true,
            unclassified_scenarios: 0,
            exercised: true,
        };
        let gap = TechCoverage {
            unclassified_scenarios: 2,
            exercised: false,
            ..full
        };
        let c = summarise(Some(1), TopTier, [(Top, full), (Top, gap)].into_iter());
        assert_eq!((c.unclassified_scenarios, c.exercised), (2, 1));
        assert_eq!(c.exercised_share(), Some(0.5));
        // Out of scope, neither counts.
        let outside = TechCoverage {
            in_scope: false,
            ..gap
        };
        let c = summarise(Some(1), TopTier, [(Middle, outside)].into_iter());
        assert_eq!((c.unclassified_scenarios, c.exercised), (0, 0));
    }

    #[test]
    fn empty_scope_has_no_share() {
        let c = summarise(Some(1), TopTier, std::iter::empty());
        assert_eq!(c.rated_share(), None);
    }
}
