//! The printed report (報告書): everything the Report view prints, gathered
//! from a workbook and its analysis into one plain value, so the UI only lays
//! it out and a native test can check every section.
//!
//! Not here: formatting, language and layout (the UI's job), and any score —
//! every number comes from [`Analysis`]. The report never recomputes one.
//!
//! Redaction reuses the redacted CSV export's own step
//! ([`redact`] with [`REPORT_REDACTION`]), so the report leaves out exactly
//! the free text and names that export leaves out; there is no second list
//! of fields.
//!
//! One job per file: [`cover`], [`summary`], [`technologies`] (Step 1),
//! [`threats`] (Step 2), [`scenarios`] (Step 3 and countermeasures),
//! [`exercises`], [`regulatory`] (export control, people, trade secrets),
//! [`workshops`] (the workshop appendix); this file only holds the whole and
//! assembles it.
//!
//! The report without free text carries no people's names either (issue
//! #14): people are coded `P001`… and every other name (assessor, owners,
//! participants, who stopped an exercise) reads [`WITHHELD`], as in the
//! redacted export. A withheld name is not an empty one, so every count
//! (planned, done, participants) equals the full report's.

mod cover;
mod exercises;
mod regulatory;
mod scenarios;
mod summary;
mod technologies;
#[cfg(test)]
mod tests;
mod threats;
mod workshops;

use time::Date;

use crate::domain::charts::chokepoints::{kind_summary, KindSummary};
use crate::domain::charts::heat_map::{heat_map, HeatMap};
use crate::domain::charts::rounds::{round_progress, RoundProgress};
use crate::domain::charts::tiers::{tier_chart, TierChart};
#[cfg(doc)]
use crate::domain::exchange::redact::WITHHELD;
use crate::domain::exchange::redact::{redact, RedactionOptions};
use crate::domain::ids::TechnologyId;
use crate::domain::model::{Settings, Workbook};
use crate::domain::scoring::Analysis;

pub use cover::Cover;
pub use exercises::ExerciseRow;
pub use regulatory::{RegTechRow, RegulatoryStatus};
pub use scenarios::{CmLine, ScenarioRow};
pub use summary::{ScenarioLine, Summary, TopTech};
pub use technologies::{ElementRow, TechRow};
pub use threats::ThreatRow;
pub use workshops::{OutcomeLine, WorkshopItemRow, WorkshopRow};

/// How many scenarios the executive summary names (the full list follows in
/// the scenario table).
pub const SUMMARY_SCENARIOS: usize = 5;

/// What the "redacted" report leaves out: the free text of the redacted CSV
/// export (narratives, descriptions, notes, objectives, weaknesses) and the
/// names of people. Technology, actor and scenario names, ratings, statuses
/// and dates stay so the report still reads as a report.
pub const REPORT_REDACTION: RedactionOptions = RedactionOptions {
    free_text: true,
    people: true,
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
    /// Classification, access and trade-secret gaps per technology.
    pub regulatory: RegulatoryStatus,
    /// Workshop rating sessions (issue #15), for the workshop appendix.
    pub workshops: Vec<WorkshopRow>,
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

/// The name of technology `id`, "" if it is gone.
fn tech_name(wb: &Workbook, id: TechnologyId) -> String {
    wb.technology(id)
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

/// Builds the report. `analysis` must be `analyze(wb)`; `today` is the
/// caller's calendar day (printed on the cover, decides "overdue").
/// Redaction only empties text and withholds names, so the analysis of `wb`
/// still holds for the redacted copy (same ids, same ratings, the same names
/// filled in).
pub fn build_report(wb: &Workbook, analysis: &Analysis, today: Date, redacted: bool) -> Report {
    let redacted_copy;
    let wb = if redacted {
        redacted_copy = redact(wb, &REPORT_REDACTION);
        &redacted_copy
    } else {
        wb
    };
    let technologies = technologies::technologies(wb, analysis);
    let scenarios = scenarios::scenarios(wb, analysis, today);
    Report {
        cover: cover::cover(wb, today),
        summary: summary::summary(wb, analysis, today, &technologies, &scenarios),
        charts: ReportCharts {
            heat_map: heat_map(analysis),
            tiers: tier_chart(wb, analysis),
            kinds: kind_summary(wb, analysis),
            rounds: round_progress(wb, analysis, today),
        },
        technologies,
        threats: threats::threats(wb, analysis),
        scenarios,
        other_countermeasures: scenarios::other_countermeasures(wb, today),
        exercises: exercises::exercises(wb),
        regulatory: regulatory::regulatory(wb, analysis, today),
        workshops: workshops::workshops(wb),
        settings: wb.settings,
        redacted,
    }
}
