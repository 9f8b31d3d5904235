//! What the people screen keeps while its workbook is open: the list's page
//! and the delete that can still be undone. One `Copy` struct of signals,
//! provided by `screens::provide_view_states`.

use leptos::prelude::*;

use crate::domain::edit::Removed;

#[derive(Clone, Copy)]
pub struct PeopleView {
    /// The page of the list (from 0).
    pub page: RwSignal<usize>,
    /// The last delete, until it is undone.
    pub last_deleted: RwSignal<Option<Removed>>,
    /// Why the last undo failed.
    pub undo_error: RwSignal<Option<String>>,
}

impl PeopleView {
    pub fn new() -> PeopleView {
        PeopleView {
            page: RwSignal::new(0),
            last_deleted: RwSignal::new(None),
            undo_error: RwSignal::new(None),
        }
    }
}

impl Default for PeopleView {
    fn default() -> PeopleView {
        PeopleView::new()
    }
}
