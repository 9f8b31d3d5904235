//! The scenarios screen's view state: the scope, the list filters, the page
//! and the delete waiting for an undo. One `Copy` struct of signals, created
//! when a workbook opens (`screens::provide_view_states`), so it outlives
//! the screen (selecting a scenario, leaving and coming back, undo/redo).

use leptos::prelude::*;

use crate::domain::edit::Removed;
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::{CaseGroup, PatternGroup, RiskLevel, RoundScope, ScenarioStatus, Tier};
use crate::domain::scoring::coverage;

/// Which technologies the list and the creation form cover.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScopeChoice {
    /// Only the top tier.
    TopTier,
    /// The scope of the current round (the default: round 1 is the top
    /// tier, and a wider round 2 shows its records without a click).
    #[default]
    Round,
    /// Every technology.
    All,
}

impl ScopeChoice {
    pub fn code(self) -> &'static str {
        match self {
            ScopeChoice::TopTier => "top",
            ScopeChoice::Round => "round",
            ScopeChoice::All => "all",
        }
    }

    /// Whether a technology of `tier` is in this scope while the current
    /// round covers `round_scope`.
    pub fn covers(self, round_scope: RoundScope, tier: Tier) -> bool {
        match self {
            ScopeChoice::TopTier => coverage::in_scope(RoundScope::TopTier, tier),
            ScopeChoice::Round => coverage::in_scope(round_scope, tier),
            ScopeChoice::All => true,
        }
    }
}

/// The list's filters, compared to go back to page 1 when they change.
pub type Filters = (
    ScopeChoice,
    Option<TechnologyId>,
    Option<RiskLevel>,
    Option<ScenarioStatus>,
    Option<PatternGroup>,
    Option<CaseGroup>,
);

/// Signals only, so it is `Copy` and read with `expect_context`.
#[derive(Clone, Copy)]
pub struct ScenariosView {
    pub scope: RwSignal<ScopeChoice>,
    pub tech: RwSignal<Option<TechnologyId>>,
    pub level: RwSignal<Option<RiskLevel>>,
    pub status: RwSignal<Option<ScenarioStatus>>,
    pub group: RwSignal<Option<PatternGroup>>,
    /// METI's case group (003 §2) of the scenario's pattern.
    pub case: RwSignal<Option<CaseGroup>>,
    /// The page of the ranked list (from 0).
    pub page: RwSignal<usize>,
    /// The last delete, until undone.
    pub removed: RwSignal<Option<Removed>>,
    /// Why the last undo failed, in the current language.
    pub undo_error: RwSignal<Option<String>>,
}

impl Default for ScenariosView {
    fn default() -> ScenariosView {
        ScenariosView::new()
    }
}

impl ScenariosView {
    pub fn new() -> ScenariosView {
        ScenariosView {
            scope: RwSignal::new(ScopeChoice::default()),
            tech: RwSignal::new(None),
            level: RwSignal::new(None),
            status: RwSignal::new(None),
            group: RwSignal::new(None),
            case: RwSignal::new(None),
            page: RwSignal::new(0),
            removed: RwSignal::new(None),
            undo_error: RwSignal::new(None),
        }
    }

    pub fn get() -> ScenariosView {
        expect_context::<ScenariosView>()
    }

    /// The scope and filters now (tracked).
    pub fn filters(&self) -> Filters {
        (
            self.scope.get(),
            self.tech.get(),
            self.level.get(),
            self.status.get(),
            self.group.get(),
            self.case.get(),
        )
    }

    /// Clears the filters (not the scope).
    pub fn clear_filters(&self) {
        self.tech.set(None);
        self.level.set(None);
        self.status.set(None);
        self.group.set(None);
        self.case.set(None);
    }
}
