//! What the exercises screen keeps while its workbook is open: the list's
//! page, the kind of the next new exercise and the delete that can still be
//! undone. One `Copy` struct of signals, provided by
//! `screens::provide_view_states`.

use leptos::prelude::*;

use crate::domain::edit::Removed;
use crate::domain::kinds::ExerciseKind;

#[derive(Clone, Copy)]
pub struct ExView {
    /// The page of the list (from 0).
    pub page: RwSignal<usize>,
    pub new_kind: RwSignal<ExerciseKind>,
    /// The last delete, until it is undone.
    pub last_deleted: RwSignal<Option<Removed>>,
    /// Why the last undo failed.
    pub undo_error: RwSignal<Option<String>>,
}

impl ExView {
    pub fn new() -> ExView {
        ExView {
            page: RwSignal::new(0),
            new_kind: RwSignal::new(ExerciseKind::Tabletop),
            last_deleted: RwSignal::new(None),
            undo_error: RwSignal::new(None),
        }
    }
}

impl Default for ExView {
    fn default() -> ExView {
        ExView::new()
    }
}
