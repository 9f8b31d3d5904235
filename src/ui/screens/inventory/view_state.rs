//! The inventory's view state: filters, sort, page, the pending undo of a
//! delete and a focus request. Created once per open workbook by
//! `screens::provide_view_states`, so it outlives the screen (leaving and
//! coming back keeps the list as it was) and a new workbook starts afresh.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::edit::Removed;
use crate::domain::inventory_rows::{RowFilter, SortKey};
use crate::domain::kinds::{TechCategory, Tier};
use crate::domain::text::Text;

/// Something deleted that can still be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub message: Text,
    pub label: String,
    pub removed: Removed,
}

/// Signal handles only, so it is `Copy` and read with
/// `expect_context::<InventoryView>()`.
#[derive(Clone, Copy)]
pub struct InventoryView {
    pub category: RwSignal<Option<TechCategory>>,
    pub tier: RwSignal<Option<Tier>>,
    pub owner: RwSignal<Option<String>>,
    pub search: RwSignal<String>,
    /// The column and whether it is descending.
    pub sort: RwSignal<(SortKey, bool)>,
    /// The page of the list (from 0).
    pub page: RwSignal<usize>,
    /// The last technology deleted, until undone or dismissed.
    pub undo: RwSignal<Option<Undo>>,
    /// A technology just added: focus its name field when its detail mounts.
    pub focus_name: RwSignal<Option<Uuid>>,
}

impl InventoryView {
    pub fn new() -> InventoryView {
        InventoryView {
            category: RwSignal::new(None),
            tier: RwSignal::new(None),
            owner: RwSignal::new(None),
            search: RwSignal::new(String::new()),
            sort: RwSignal::new((SortKey::default(), false)),
            page: RwSignal::new(0),
            undo: RwSignal::new(None),
            focus_name: RwSignal::new(None),
        }
    }

    pub fn get() -> InventoryView {
        expect_context::<InventoryView>()
    }

    /// The filters as the domain takes them (reactive).
    pub fn filter(&self) -> RowFilter {
        RowFilter {
            category: self.category.get(),
            tier: self.tier.get(),
            owner: self.owner.get(),
            search: self.search.get(),
        }
    }

    pub fn clear_filters(&self) {
        self.category.set(None);
        self.tier.set(None);
        self.owner.set(None);
        self.search.set(String::new());
    }
}
