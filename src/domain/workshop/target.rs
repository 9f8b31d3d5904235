//! The ratings a workshop can decide, in the workbook: which record an
//! item's axis belongs to, its current value, applying an outcome, and the
//! "agreed in workshop" note a form shows next to the rating.
//!
//! An item refers to its record by id without being a reference the
//! validator enforces: a session is history, and deleting a technology
//! later must not make the workbook invalid or erase who rated what. A
//! missing record shows as deleted and can get no outcome.

use time::{Date, OffsetDateTime};

use super::error::WorkshopError;
use super::session::{ItemKey, Outcome, OutcomeMethod};
use super::stats::{item_stats, ItemStats};
use crate::domain::ids::{AssessmentId, ScenarioId, SessionId, TechnologyId};
use crate::domain::model::Workbook;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::text::Lang;

/// The kind of record an axis rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    /// A technology's four axes.
    Technology,
    /// An actor × technology threat: intent, capability, opportunity.
    Threat,
    /// A scenario's four criteria.
    Scenario,
}

/// The axes a workshop rates, grouped by record kind (chokepoint elements
/// are left out: they are rated by the supply-chain owner, not a room).
pub const WORKSHOP_AXES: [RatingAxis; 11] = [
    RatingAxis::MarketImportance,
    RatingAxis::NationalStrategy,
    RatingAxis::TechSubstitutability,
    RatingAxis::LeakImpact,
    RatingAxis::Intent,
    RatingAxis::Capability,
    RatingAxis::Opportunity,
    RatingAxis::Feasibility,
    RatingAxis::ScenarioImpact,
    RatingAxis::ControlEffectiveness,
    RatingAxis::TrendRelevance,
];

impl TargetKind {
    pub fn of(axis: RatingAxis) -> Option<TargetKind> {
        use RatingAxis::*;
        match axis {
            MarketImportance | NationalStrategy | TechSubstitutability | LeakImpact => {
                Some(TargetKind::Technology)
            }
            Intent | Capability | Opportunity => Some(TargetKind::Threat),
            Feasibility | ScenarioImpact | ControlEffectiveness | TrendRelevance => {
                Some(TargetKind::Scenario)
            }
            ElementDependency | ElementSubstitutability | SupplyDisruption => None,
        }
    }

    /// The axes of this kind of record, in form order.
    pub fn axes(self) -> impl Iterator<Item = RatingAxis> {
        WORKSHOP_AXES
            .into_iter()
            .filter(move |a| TargetKind::of(*a) == Some(self))
    }
}

/// Parses an axis code (`RatingAxis::code`).
pub fn axis_from_code(code: &str) -> Option<RatingAxis> {
    RatingAxis::ALL.into_iter().find(|a| a.code() == code)
}

/// The slot holding the rating, or `None` if the record is gone.
fn slot(wb: &mut Workbook, key: ItemKey) -> Option<&mut Option<Rating>> {
    use RatingAxis::*;
    match TargetKind::of(key.axis)? {
        TargetKind::Technology => {
            let t = wb.technology_mut(TechnologyId::new(key.record))?;
            match key.axis {
                MarketImportance => Some(&mut t.market_importance),
                NationalStrategy => Some(&mut t.national_strategy),
                TechSubstitutability => Some(&mut t.substitutability),
                _ => Some(&mut t.leak_impact),
            }
        }
        TargetKind::Threat => {
            let a = wb.assessment_mut(AssessmentId::new(key.record))?;
            match key.axis {
                Intent => Some(&mut a.intent),
                Capability => Some(&mut a.capability),
                _ => Some(&mut a.opportunity),
            }
        }
        TargetKind::Scenario => {
            let id = ScenarioId::new(key.record);
            let s = wb.scenarios.iter_mut().find(|s| s.id == id)?;
            match key.axis {
                Feasibility => Some(&mut s.feasibility),
                ScenarioImpact => Some(&mut s.impact),
                ControlEffectiveness => Some(&mut s.control_effectiveness),
                _ => Some(&mut s.trend_relevance),
            }
        }
    }
}

/// The record's current value of the item (`Ok(None)`: not rated yet).
pub fn current_value(wb: &Workbook, key: ItemKey) -> Result<Option<Rating>, WorkshopError> {
    use RatingAxis::*;
    let kind = TargetKind::of(key.axis).ok_or(WorkshopError::UnsupportedAxis)?;
    let missing = WorkshopError::RecordMissing;
    Ok(match kind {
        TargetKind::Technology => {
            let t = wb
                .technology(TechnologyId::new(key.record))
                .ok_or(missing)?;
            match key.axis {
                MarketImportance => t.market_importance,
                NationalStrategy => t.national_strategy,
                TechSubstitutability => t.substitutability,
                _ => t.leak_impact,
            }
        }
        TargetKind::Threat => {
            let a = wb
                .assessment(AssessmentId::new(key.record))
                .ok_or(missing)?;
            match key.axis {
                Intent => a.intent,
                Capability => a.capability,
                _ => a.opportunity,
            }
        }
        TargetKind::Scenario => {
            let s = wb.scenario(ScenarioId::new(key.record)).ok_or(missing)?;
            match key.axis {
                Feasibility => s.feasibility,
                ScenarioImpact => s.impact,
                ControlEffectiveness => s.control_effectiveness,
                _ => s.trend_relevance,
            }
        }
    })
}

/// Records the outcome in the session and sets the record's rating to it,
/// keeping the previous value in the outcome. One edit: the shell runs it
/// inside `Ctx::update`, so one undo takes back both. Checks everything
/// first; on error nothing changed.
#[allow(clippy::too_many_arguments)]
pub fn apply_outcome(
    wb: &mut Workbook,
    session: SessionId,
    key: ItemKey,
    value: Rating,
    method: OutcomeMethod,
    rationale: &str,
    dissent: &str,
    now: OffsetDateTime,
) -> Result<(), WorkshopError> {
    let previous = current_value(wb, key)?;
    let s = wb
        .workshops
        .iter_mut()
        .find(|s| s.id == session)
        .ok_or(WorkshopError::NoSession)?;
    s.set_outcome(
        key,
        Outcome {
            value,
            method,
            rationale: rationale.trim().to_owned(),
            dissent: dissent.trim().to_owned(),
            previous,
            pass: 0, // set by `set_outcome` to the revealed pass
            decided_at: now,
        },
    )?;
    if let Some(slot) = slot(wb, key) {
        *slot = Some(value);
    }
    Ok(())
}

/// What a form shows next to a rating decided in a workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreedNote {
    pub date: Date,
    pub value: Rating,
    pub method: OutcomeMethod,
    pub stats: ItemStats,
}

impl AgreedNote {
    /// "agreed in workshop 2026-12-05: median 4, range 3–5".
    pub fn text(&self, lang: Lang) -> String {
        let date = crate::domain::validate::format_date(self.date);
        let (m, r) = (self.stats.median_text(), self.stats.range_text());
        match lang {
            Lang::Ja => format!("ワークショップで決定（{date}）：中央値 {m}、範囲 {r}"),
            Lang::En => format!("agreed in workshop {date}: median {m}, range {r}"),
        }
    }
}

/// The latest workshop outcome for this rating, if any.
pub fn agreed_note(wb: &Workbook, key: ItemKey) -> Option<AgreedNote> {
    wb.workshops
        .iter()
        .filter_map(|s| {
            let o = s.item(key)?.outcome.as_ref()?;
            let stats = item_stats(s, o.pass, key)?;
            Some(AgreedNote {
                date: o.decided_at.date(),
                value: o.value,
                method: o.method,
                stats,
            })
            .map(|n| (o.decided_at, n))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, n)| n)
}

/// The item as people read it: "record — axis"; a deleted record says so.
pub fn item_label(wb: &Workbook, key: ItemKey, lang: Lang) -> String {
    let record = match TargetKind::of(key.axis) {
        Some(TargetKind::Technology) => wb
            .technology(TechnologyId::new(key.record))
            .map(|t| t.name.clone()),
        Some(TargetKind::Threat) => wb.assessment(AssessmentId::new(key.record)).map(|a| {
            let actor = wb.actor(a.actor_id).map_or("?", |x| x.name.as_str());
            let tech = wb
                .technology(a.technology_id)
                .map_or("?", |x| x.name.as_str());
            format!("{actor} × {tech}")
        }),
        Some(TargetKind::Scenario) => wb
            .scenario(ScenarioId::new(key.record))
            .map(|s| s.title.clone()),
        None => None,
    };
    let record = record.unwrap_or_else(|| match lang {
        Lang::Ja => "（削除された記録）".to_owned(),
        Lang::En => "(deleted record)".to_owned(),
    });
    format!("{record} — {}", key.axis.label().get(lang))
}
