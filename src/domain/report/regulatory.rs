//! The "regulatory status" section: per technology its classification
//! (該非判定), how many people can access it, the licence flag with who
//! raises it and why, and which trade-secret requirements have gaps; then
//! the people whose declaration or research-integrity disclosure is due.
//! Prompts to check, never legal advice (the UI prints the wording).
//!
//! People appear by name or pseudonym; the report without free text codes
//! them (`P001`…) before this runs, so it carries no names.

use time::Date;

use crate::domain::kinds::{ExportControl, ExportException, TechCategory};
use crate::domain::model::{TradeSecretChecklist, Workbook};
use crate::domain::regulatory::{
    declaration_status, disclosure_due, licence_flag, regulatory_summary, trade_secret_gaps,
    FlagReason, RegulatorySummary, SecretRequirement,
};
use crate::domain::scoring::Analysis;

/// One technology's regulatory record.
#[derive(Clone, Debug, PartialEq)]
pub struct RegTechRow {
    pub name: String,
    pub result: ExportControl,
    pub list_item: String,
    pub judged_on: Option<Date>,
    pub catch_all: Option<bool>,
    pub exception: Option<ExportException>,
    /// People with access.
    pub people: usize,
    /// Who raises the licence flag, and why; empty = not flagged.
    pub flagged_by: Vec<(String, Vec<FlagReason>)>,
    /// Whether the trade-secret checklist was started (any item recorded)
    /// or the technology is filed as a trade secret; when not, its gaps are
    /// "not checked" rather than listed.
    pub secret_checked: bool,
    /// The trade-secret requirements with a gap, in checklist order.
    pub secret_gaps: Vec<SecretRequirement>,
}

/// The whole section.
#[derive(Clone, Debug, PartialEq)]
pub struct RegulatoryStatus {
    pub summary: RegulatorySummary,
    /// In ranking order.
    pub technologies: Vec<RegTechRow>,
    /// People with access whose declaration is missing or due.
    pub declarations_due: Vec<String>,
    pub disclosures_due: Vec<String>,
}

pub(super) fn regulatory(wb: &Workbook, analysis: &Analysis, today: Date) -> RegulatoryStatus {
    let technologies = analysis
        .ranking
        .iter()
        .filter_map(|&id| wb.technology(id))
        .map(|t| {
            let c = &t.classification;
            let gaps = trade_secret_gaps(wb, t);
            RegTechRow {
                name: t.name.clone(),
                result: c.result,
                list_item: c.list_item.clone(),
                judged_on: c.judged_on,
                catch_all: c.catch_all,
                exception: c.exception,
                people: wb.access_to(t.id).count(),
                flagged_by: licence_flag(wb, t)
                    .map(|f| {
                        f.people
                            .into_iter()
                            .filter_map(|(pid, r)| Some((wb.person(pid)?.name.clone(), r)))
                            .collect()
                    })
                    .unwrap_or_default(),
                secret_checked: t.trade_secret != TradeSecretChecklist::default()
                    || t.category == TechCategory::TradeSecret,
                secret_gaps: SecretRequirement::ALL
                    .into_iter()
                    .filter(|req| gaps.iter().any(|g| g.requirement() == *req))
                    .collect(),
            }
        })
        .collect();
    let with_access = |p: &&crate::domain::model::Person| wb.access_of(p.id).next().is_some();
    RegulatoryStatus {
        summary: regulatory_summary(wb, analysis, today),
        technologies,
        declarations_due: wb
            .people
            .iter()
            .filter(with_access)
            .filter(|p| declaration_status(p, &wb.settings, today).needs_action())
            .map(|p| p.name.clone())
            .collect(),
        disclosures_due: wb
            .people
            .iter()
            .filter(|p| disclosure_due(wb, analysis, p, today))
            .map(|p| p.name.clone())
            .collect(),
    }
}
