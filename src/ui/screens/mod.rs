//! One module per screen. Each reads the open workbook and its analysis from
//! [`super::state::Ctx`] and edits through `Ctx::update`.

use leptos::prelude::provide_context;

pub mod ballot;
pub mod countermeasures;
pub mod exchange;
pub mod exercises;
pub mod inventory;
pub mod overview;
pub mod people;
pub mod portfolio;
pub mod report;
pub mod scenarios;
pub mod settings;
pub mod threats;
pub mod workbooks;
pub mod workshop;

/// Creates the view state of every screen (filters, sort, page, pending
/// undo) for the workbook being opened, in context: it lives as long as the
/// workbook stays open, across screen changes, selections and undo.
pub fn provide_view_states() {
    provide_context(inventory::InventoryView::new());
    provide_context(threats::ThreatsView::new());
    provide_context(scenarios::ScenariosView::new());
    leptos::prelude::provide_context(countermeasures::CmView::new());
    leptos::prelude::provide_context(exercises::ExView::new());
    leptos::prelude::provide_context(people::PeopleView::new());
}
