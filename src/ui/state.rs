//! Application state shared by context, and the only path by which an edit
//! reaches the workbook: [`Ctx::update`] applies the change, recomputes the
//! analysis once, and autosaves. Components never write storage themselves.

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::domain::ids::{RoundId, WorkbookId};
use crate::domain::model::Workbook;
use crate::domain::scoring::{analyze, Analysis};
use crate::domain::storage::{restore, to_json};
use crate::domain::text::Lang;
use crate::route::Route;

use super::storage::{self, StorageError};

/// Storage key of the list of workbooks.
const INDEX_KEY: &str = "index";

fn workbook_key(id: Uuid) -> String {
    format!("wb.{id}")
}

/// One line of the workbook list, kept so the list shows without parsing
/// every workbook.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkbookMeta {
    pub id: Uuid,
    pub name: String,
    /// Unix milliseconds of the last change.
    pub updated_ms: i64,
    #[serde(default)]
    pub technologies: usize,
    #[serde(default)]
    pub scenarios: usize,
}

impl WorkbookMeta {
    fn of(wb: &Workbook) -> Self {
        WorkbookMeta {
            id: wb.id.uuid(),
            name: wb.name.clone(),
            updated_ms: (wb.updated_at.unix_timestamp_nanos() / 1_000_000) as i64,
            technologies: wb.technologies.len(),
            scenarios: wb.scenarios.len(),
        }
    }
}

/// Whether the last change reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since start.
    Idle,
    Saved,
    /// The change is only in memory; the message says why.
    Failed(StorageError),
}

/// Shared state; `Copy` because it is a bundle of signal handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub index: RwSignal<Vec<WorkbookMeta>>,
    pub wb: RwSignal<Option<Workbook>>,
    pub analysis: RwSignal<Option<Arc<Analysis>>>,
    pub save: RwSignal<SaveState>,
    /// A workbook that could not be opened, with the reason.
    pub open_error: RwSignal<Option<String>>,
}

/// Current time from the browser clock (the domain never reads a clock).
pub fn now() -> OffsetDateTime {
    let ms = js_sys::Date::now();
    OffsetDateTime::from_unix_timestamp_nanos((ms as i128) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// A fresh random id.
pub fn new_id() -> Uuid {
    Uuid::new_v4()
}

impl Ctx {
    pub fn new(lang: Lang, route: Route) -> Ctx {
        let index = storage::read(INDEX_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<Vec<WorkbookMeta>>(&raw).ok())
            .unwrap_or_default();
        Ctx {
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            index: RwSignal::new(index),
            wb: RwSignal::new(None),
            analysis: RwSignal::new(None),
            save: RwSignal::new(SaveState::Idle),
            open_error: RwSignal::new(None),
        }
    }

    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// The current language (reactive).
    pub fn l(&self) -> Lang {
        self.lang.get()
    }

    /// Navigates by changing the hash; the hashchange listener updates `route`.
    pub fn go(&self, route: Route) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.to_hash());
        }
        self.route.set(route);
    }

    /// Opens a workbook from storage through the domain's single `restore()`.
    pub fn open(&self, id: Uuid) {
        if self
            .wb
            .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()) == Some(id))
        {
            return;
        }
        let lang = self.lang.get_untracked();
        match storage::read(&workbook_key(id)) {
            Ok(Some(raw)) => match restore(&raw) {
                Ok(wb) => {
                    self.analysis.set(Some(Arc::new(analyze(&wb))));
                    self.wb.set(Some(wb));
                    self.open_error.set(None);
                }
                Err(e) => {
                    self.wb.set(None);
                    self.analysis.set(None);
                    self.open_error.set(Some(e.message(lang)));
                }
            },
            Ok(None) => {
                self.wb.set(None);
                self.analysis.set(None);
                self.open_error
                    .set(Some(crate::i18n::common::NOT_FOUND.get(lang).to_owned()));
            }
            Err(e) => {
                self.open_error.set(Some(e.message(lang)));
            }
        }
    }

    /// Applies an edit to the open workbook, recomputes the analysis, saves.
    pub fn update(&self, edit: impl FnOnce(&mut Workbook)) {
        let mut changed = false;
        self.wb.update(|w| {
            if let Some(w) = w {
                edit(w);
                w.touch(now());
                changed = true;
            }
        });
        if changed {
            self.wb.with_untracked(|w| {
                if let Some(w) = w {
                    self.analysis.set(Some(Arc::new(analyze(w))));
                    self.persist(w);
                }
            });
        }
    }

    /// Stores a new workbook and opens it.
    pub fn add_workbook(&self, wb: Workbook) -> Uuid {
        let id = wb.id.uuid();
        self.persist(&wb);
        self.analysis.set(Some(Arc::new(analyze(&wb))));
        self.wb.set(Some(wb));
        id
    }

    /// A new empty workbook with the given name.
    pub fn create_workbook(&self, name: &str) -> Uuid {
        let wb = Workbook::new(
            WorkbookId::new(new_id()),
            name,
            RoundId::new(new_id()),
            now(),
        );
        self.add_workbook(wb)
    }

    /// Removes a workbook from storage and the list; returns its JSON so the
    /// caller can offer undo.
    pub fn remove_workbook(&self, id: Uuid) -> Option<String> {
        let raw = storage::read(&workbook_key(id)).ok().flatten();
        if storage::remove(&workbook_key(id)).is_err() {
            return None;
        }
        self.index.update(|ix| ix.retain(|m| m.id != id));
        if let Err(e) = self.write_index() {
            self.save.set(SaveState::Failed(e));
        }
        if self
            .wb
            .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()) == Some(id))
        {
            self.wb.set(None);
            self.analysis.set(None);
        }
        raw
    }

    /// Restores a workbook from its JSON (undo of a delete, duplicate).
    pub fn restore_workbook_json(&self, raw: &str) -> Result<Uuid, String> {
        let lang = self.lang.get_untracked();
        let wb = restore(raw).map_err(|e| e.message(lang))?;
        let id = wb.id.uuid();
        self.persist(&wb);
        Ok(id)
    }

    /// Reads a stored workbook without opening it.
    pub fn load_stored(&self, id: Uuid) -> Result<Workbook, String> {
        let lang = self.lang.get_untracked();
        match storage::read(&workbook_key(id)) {
            Ok(Some(raw)) => restore(&raw).map_err(|e| e.message(lang)),
            Ok(None) => Err(crate::i18n::common::NOT_FOUND.get(lang).to_owned()),
            Err(e) => Err(e.message(lang)),
        }
    }

    fn persist(&self, wb: &Workbook) {
        let json = to_json(wb);
        let result = storage::write(&workbook_key(wb.id.uuid()), &json);
        let meta = WorkbookMeta::of(wb);
        self.index
            .update(|ix| match ix.iter_mut().find(|m| m.id == meta.id) {
                Some(m) => *m = meta,
                None => ix.push(meta),
            });
        let index_result = self.write_index();
        self.save.set(match result.and(index_result) {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(e),
        });
    }

    fn write_index(&self) -> Result<(), StorageError> {
        let json = self
            .index
            .with_untracked(|ix| serde_json::to_string(ix).unwrap_or_else(|_| "[]".into()));
        storage::write(INDEX_KEY, &json)
    }
}
