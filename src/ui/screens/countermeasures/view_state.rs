//! What the countermeasure plan keeps while its workbook is open: sort,
//! filters, page and the delete that can still be undone. One `Copy` struct
//! of signals, provided by `screens::provide_view_states`.

use leptos::prelude::*;

use crate::domain::catalog::EntryFilter;
use crate::domain::edit::Removed;
use crate::domain::kinds::{CaseGroup, CmCategory, CmPhase, CmStatus, CyberStep};

/// The column the plan is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortCol {
    /// Workbook order (the order people entered things in).
    #[default]
    None,
    Title,
    Category,
    Phase,
    Status,
    Owner,
    Due,
    Scenarios,
}

#[derive(Clone, Copy)]
pub struct CmView {
    pub sort: RwSignal<SortCol>,
    pub descending: RwSignal<bool>,
    pub status: RwSignal<Option<CmStatus>>,
    pub phase: RwSignal<Option<CmPhase>>,
    pub category: RwSignal<Option<CmCategory>>,
    /// The police's cyber step of the library entry (001 §4).
    pub step: RwSignal<Option<CyberStep>>,
    /// METI's case group of the library entry (003 §2).
    pub case: RwSignal<Option<CaseGroup>>,
    /// `Some("")` = measures without an owner.
    pub owner: RwSignal<Option<String>>,
    pub overdue_only: RwSignal<bool>,
    /// The page of the list (from 0).
    pub page: RwSignal<usize>,
    /// The last delete, until it is undone.
    pub last_deleted: RwSignal<Option<Removed>>,
    /// Why the last undo failed.
    pub undo_error: RwSignal<Option<String>>,
}

/// Everything that decides which rows the list shows, in which order.
pub type Filters = (
    SortCol,
    bool,
    Option<CmStatus>,
    Option<CmPhase>,
    Option<CmCategory>,
    EntryFilter,
    Option<String>,
    bool,
);

impl CmView {
    pub fn new() -> CmView {
        CmView {
            sort: RwSignal::new(SortCol::None),
            descending: RwSignal::new(false),
            status: RwSignal::new(None),
            phase: RwSignal::new(None),
            category: RwSignal::new(None),
            step: RwSignal::new(None),
            case: RwSignal::new(None),
            owner: RwSignal::new(None),
            overdue_only: RwSignal::new(false),
            page: RwSignal::new(0),
            last_deleted: RwSignal::new(None),
            undo_error: RwSignal::new(None),
        }
    }

    /// The sort and filters now (tracked).
    pub fn filters(&self) -> Filters {
        (
            self.sort.get(),
            self.descending.get(),
            self.status.get(),
            self.phase.get(),
            self.category.get(),
            EntryFilter {
                step: self.step.get(),
                case: self.case.get(),
            },
            self.owner.get(),
            self.overdue_only.get(),
        )
    }

    pub fn clear_filters(&self) {
        self.status.set(None);
        self.phase.set(None);
        self.category.set(None);
        self.step.set(None);
        self.case.set(None);
        self.owner.set(None);
        self.overdue_only.set(false);
    }
}

impl Default for CmView {
    fn default() -> CmView {
        CmView::new()
    }
}
