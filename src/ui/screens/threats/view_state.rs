//! The threats screen's view state: which matrix columns, which page of
//! them, the open cell and the delete waiting for an undo. One `Copy` struct
//! of signals, created when a workbook opens (`screens::provide_view_states`)
//! so it outlives the screen (leaving and coming back, undo/redo rebuilds).

use leptos::prelude::*;

use crate::domain::edit::Removed;
use crate::domain::ids::{ActorId, TechnologyId};

/// Which technologies the matrix shows as columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Columns {
    /// The top tier only (small enough to project).
    Top,
    /// The current round's scope (default: round 1 is the top tier, round 2
    /// adds the middle tier, and the matrix follows without a click).
    #[default]
    Round,
    All,
}

impl Columns {
    pub fn code(self) -> &'static str {
        match self {
            Columns::Top => "top",
            Columns::Round => "round",
            Columns::All => "all",
        }
    }

    pub fn from_code(code: &str) -> Columns {
        match code {
            "top" => Columns::Top,
            "all" => Columns::All,
            _ => Columns::Round,
        }
    }
}

/// Signals only, so it is `Copy` and read with `expect_context`.
#[derive(Clone, Copy)]
pub struct ThreatsView {
    pub columns: RwSignal<Columns>,
    /// The page of the matrix's technology columns (from 0).
    pub matrix_page: RwSignal<usize>,
    /// The actor × technology cell whose assessment editor is open.
    pub open_cell: RwSignal<Option<(ActorId, TechnologyId)>>,
    /// The last delete (actor or assessment) and its label, until undone or dismissed.
    pub removed: RwSignal<Option<(Removed, String)>>,
    /// Why the last undo failed, in the current language.
    pub undo_error: RwSignal<Option<String>>,
}

impl Default for ThreatsView {
    fn default() -> ThreatsView {
        ThreatsView::new()
    }
}

impl ThreatsView {
    pub fn new() -> ThreatsView {
        ThreatsView {
            columns: RwSignal::new(Columns::default()),
            matrix_page: RwSignal::new(0),
            open_cell: RwSignal::new(None),
            removed: RwSignal::new(None),
            undo_error: RwSignal::new(None),
        }
    }

    pub fn get() -> ThreatsView {
        expect_context::<ThreatsView>()
    }

    /// Offers the undo of a delete just made.
    pub fn removed(&self, removed: Removed, label: String) {
        self.undo_error.set(None);
        self.removed.set(Some((removed, label)));
    }
}
