//! The data-safety shell (docs/reliability.md § Faults): banners for data
//! that could not be read, unsaved changes and two-tab conflicts; undo/redo
//! buttons and keys; the backup reminder; the data panel of the workbook
//! list (storage use, persistent storage, trash, wipe); and the window
//! listeners (`storage`, `keydown`, `beforeunload`, the retry timer).
//! Decisions live in `domain::safety`; this file only wires them to the page.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::exchange::file_name;
use crate::domain::safety::{KeyKind, RemovalConsent, TrashItem};
use crate::i18n::safety as msg;
use crate::route::Route;

use super::state::{format_ms, local_today, Ctx, SaveState};
use super::storage::{self, StorageError};

/// Installs the window listeners and the periodic retry; asks for
/// persistent storage.
pub fn install(ctx: Ctx) {
    let storage_handle = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        // Events come only from other tabs; `key` is None after clear().
        ctx.on_storage_event(e.key());
    });
    let key_handle = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let key = e.key().to_ascii_lowercase();
        let redo = (key == "z" && e.shift_key()) || (key == "y" && !e.shift_key());
        let undo = key == "z" && !e.shift_key();
        if !(undo || redo) || in_text_field(e.target()) {
            // Inside a text field the browser's own text undo applies.
            return;
        }
        if ctx.wb.with_untracked(|w| w.is_none()) || ctx.route.get_untracked().workbook().is_none()
        {
            return;
        }
        e.prevent_default();
        if undo {
            ctx.undo();
        } else {
            ctx.redo();
        }
    });
    let unload_handle =
        window_event_listener(ev::beforeunload, move |e: web_sys::BeforeUnloadEvent| {
            // A scheduled autosave is written now; only a save that fails warns.
            ctx.flush_pending_save();
            if ctx.dirty.get_untracked() {
                e.prevent_default();
                e.set_return_value(msg::LEAVE_WARNING.get(ctx.lang.get_untracked()));
            }
        });
    // Leaving without `beforeunload` (mobile, bfcache) and hiding the tab
    // also write a scheduled autosave.
    let pagehide_handle = window_event_listener(ev::pagehide, move |_| ctx.flush_pending_save());
    let hidden_handle = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            ctx.flush_pending_save();
        }
    });
    let interval = set_interval_with_handle(move || ctx.retry_save(), Duration::from_secs(5)).ok();
    // Idle lock of an unlocked encrypted workbook: any key press, click,
    // pointer move, wheel or touch counts as use.
    let activity: Vec<_> = [
        "keydown",
        "pointerdown",
        "pointermove",
        "wheel",
        "touchstart",
    ]
    .into_iter()
    .map(|name| window_event_listener_untyped(name, move |_| ctx.touch_activity()))
    .collect();
    let idle = set_interval_with_handle(move || ctx.check_idle(), Duration::from_secs(1)).ok();
    on_cleanup(move || {
        pagehide_handle.remove();
        hidden_handle.remove();
        storage_handle.remove();
        key_handle.remove();
        unload_handle.remove();
        if let Some(i) = interval {
            i.clear();
        }
        if let Some(i) = idle {
            i.clear();
        }
        for a in activity {
            a.remove();
        }
    });
    ask_persist(ctx);
}

/// Text fields keep the browser's own Ctrl+Z (decided in docs/reliability.md).
fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    if tag == "textarea" || el.get_attribute("contenteditable").is_some() {
        return true;
    }
    tag == "input"
        && !matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "radio" | "checkbox" | "button" | "submit" | "reset" | "range" | "color" | "file"
        )
}

fn ask_persist(ctx: Ctx) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let nav = window.navigator();
    let has = js_sys::Reflect::get(&nav, &"storage".into())
        .map(|s| !s.is_undefined() && !s.is_null())
        .unwrap_or(false);
    if !has {
        return;
    }
    let Ok(promise) = nav.storage().persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let granted = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool());
        ctx.persisted.set(granted);
    });
}

/// Undo / Redo buttons for the header.
#[component]
pub fn UndoButtons() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <Show when=move || ctx.route.get().workbook().is_some() && ctx.wb.with(|w| w.is_some())>
            <span class="undo-buttons">
                <button
                    type="button"
                    data-testid="undo"
                    title=move || msg::UNDO_HINT.get(ctx.l())
                    aria-keyshortcuts="Control+Z"
                    disabled=move || !ctx.undo_state.get().0
                    on:click=move |_| ctx.undo()
                >{move || format!("↶ {}", msg::UNDO.get(ctx.l()))}</button>
                <button
                    type="button"
                    data-testid="redo"
                    title=move || msg::REDO_HINT.get(ctx.l())
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                    disabled=move || !ctx.undo_state.get().1
                    on:click=move |_| ctx.redo()
                >{move || format!("↷ {}", msg::REDO.get(ctx.l()))}</button>
            </span>
        </Show>
    }
}

/// The banners under the header: unreadable data, not saved, conflict,
/// reloaded from another tab, backup reminder.
#[component]
pub fn Banners() -> impl IntoView {
    let ctx = Ctx::get();
    let backup_error = RwSignal::new(None::<String>);
    let backup = move |_| backup_error.set(ctx.download_backup().err());
    let not_saved = move || {
        ctx.dirty.get()
            && !ctx.conflict.get()
            && matches!(ctx.save.get(), SaveState::Failed(ref e) if *e != StorageError::Conflict)
    };
    view! {
        // A labelled region, so the reminder and warnings sit in a landmark.
        <section class="safety-banners" aria-label=move || msg::BANNERS_LABEL.get(ctx.l())>
            <ProblemBanner/>
            <Show when=not_saved>
                <section class="safety-banner danger-banner" role="alert" data-testid="save-warning">
                    <h2>{move || format!("⚠ {}", msg::NOT_SAVED_TITLE.get(ctx.l()))}</h2>
                    <p>{move || msg::NOT_SAVED_BODY.get(ctx.l())}</p>
                    <p class="small">{move || match ctx.save.get() { SaveState::Failed(e) => e.message(ctx.l()), _ => String::new() }}</p>
                    <button type="button" class="primary" data-testid="backup-now-warning" on:click=backup>{move || msg::BACKUP_NOW.get(ctx.l())}</button>
                </section>
            </Show>
            <Show when=move || ctx.conflict.get()>
                <section class="safety-banner danger-banner" role="alert" data-testid="conflict">
                    <h2>{move || format!("⚠ {}", msg::CONFLICT_TITLE.get(ctx.l()))}</h2>
                    <p>{move || msg::CONFLICT_BODY.get(ctx.l())}</p>
                    <div class="actions">
                        <button type="button" data-testid="conflict-keep-mine" on:click=move |_| ctx.keep_mine()>{move || msg::KEEP_MINE.get(ctx.l())}</button>
                        <button type="button" data-testid="conflict-take-theirs" on:click=move |_| ctx.take_theirs()>{move || msg::TAKE_THEIRS.get(ctx.l())}</button>
                        <button type="button" data-testid="conflict-save-copy" on:click=move |_| {
                            if let Some(id) = ctx.save_mine_as_copy() {
                                ctx.go(Route::Workbook(id, crate::route::Screen::Overview));
                            }
                        }>{move || msg::SAVE_COPY.get(ctx.l())}</button>
                    </div>
                </section>
            </Show>
            <Show when=move || ctx.synced_notice.get()>
                <p class="notice" role="status" data-testid="sync-notice">{move || msg::SYNCED.get(ctx.l())}</p>
            </Show>
            <Show when=move || ctx.route.get().workbook().is_some() && ctx.wb.with(|w| w.is_some())>
                <p class="backup-reminder" data-testid="backup-reminder">
                    <span>{move || match ctx.last_backup.get() {
                        None => msg::BACKUP_NEVER.get(ctx.l()).to_owned(),
                        Some(t) => format!("{} {}", msg::BACKUP_AGO.get(ctx.l()), msg::ago(ctx.l(), ctx.clock.get() - t as f64)),
                    }}</span>
                    " "
                    <button type="button" data-testid="backup-now" on:click=backup>{move || msg::BACKUP_NOW.get(ctx.l())}</button>
                    <span class="error" role="status">{move || backup_error.get().unwrap_or_default()}</span>
                </p>
            </Show>
        </section>
    }
}

/// Persistent banner for keys the start-up scan could not use.
#[component]
fn ProblemBanner() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <Show when=move || ctx.findings.with(|f| !f.is_empty())>
            <section class="safety-banner warn-banner" role="alert" data-testid="storage-problems">
                <h2>{move || format!("⚠ {}", msg::PROBLEMS_TITLE.get(ctx.l()))}</h2>
                <p>{move || msg::PROBLEMS_BODY.get(ctx.l())}</p>
                <Show when=move || ctx.index_rebuilt.get()>
                    <p>{move || msg::INDEX_REBUILT.get(ctx.l())}</p>
                </Show>
                <ul>
                    <For
                        each=move || ctx.findings.get()
                        key=|f| f.key.clone()
                        children=move |f| {
                            let key = f.key.clone();
                            let is_wb = matches!(crate::domain::safety::key_kind(&key), Some(KeyKind::Workbook(_)));
                            let newer = f.problem.is_newer();
                            let problem = f.problem.clone();
                            let name = f.name.clone();
                            let chars = f.chars;
                            let downloaded = RwSignal::new(false);
                            let download = {
                                let key = key.clone();
                                let name = name.clone();
                                move |_| {
                                    if let Ok(Some(raw)) = storage::read_full(&key) {
                                        let base = name.clone().unwrap_or_else(|| key.clone());
                                        let ext = if is_wb { "json" } else { "txt" };
                                        let file = file_name(&base, "original", local_today(), ext);
                                        if super::download::download_text(&file, "text/plain", &raw).is_ok() {
                                            downloaded.set(true);
                                        }
                                    }
                                }
                            };
                            view! {
                                <li data-testid="storage-problem" data-key=key.clone() data-newer=newer.to_string()>
                                    <strong>{move || if newer { msg::NEWER_TAG.get(ctx.l()) } else { msg::DAMAGED_TAG.get(ctx.l()) }}</strong>
                                    {name.map(|n| view! { " — " <span class="wb-name-inline">{n}</span> })}
                                    <br/>
                                    <span class="small">{move || msg::KEY.get(ctx.l())}": "<code>{key.clone()}</code>{move || format!(" ({chars} {})", msg::SIZE_CHARS.get(ctx.l()))}</span>
                                    <p class="reason" data-testid="problem-reason">{move || problem.message(ctx.l())}</p>
                                    <button type="button" data-testid="download-raw" on:click=download>{move || msg::DOWNLOAD_RAW.get(ctx.l())}</button>
                                    " "
                                    <RemoveDamaged key=key.clone() downloaded=downloaded/>
                                </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}

/// "Remove this data…" for one damaged key: a confirmation that needs the
/// raw data downloaded first or a tick for "without a copy"
/// (`domain::safety::RemovalConsent`); nothing else removes such a key.
#[component]
fn RemoveDamaged(key: String, downloaded: RwSignal<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let ack = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let ack_id = super::widgets::unique_id("remove-damaged-ack");
    let remove = move |_| {
        let Some(consent) =
            RemovalConsent::new(&key, downloaded.get_untracked(), ack.get_untracked())
        else {
            return;
        };
        match storage::remove_damaged(consent) {
            Ok(()) => ctx.findings.update(|f| f.retain(|x| x.key != key)),
            Err(e) => failed.set(Some(e.message(ctx.lang.get_untracked()))),
        }
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="danger" data-testid="remove-damaged" on:click=move |_| open.set(true)>{move || msg::REMOVE_DAMAGED.get(ctx.l())}</button>
            }
        >
            <div class="confirm" role="group" aria-label=move || msg::REMOVE_DAMAGED.get(ctx.l()) data-testid="remove-damaged-confirm-box">
                <p>{move || msg::REMOVE_DAMAGED_BODY.get(ctx.l())}</p>
                <Show
                    when=move || downloaded.get()
                    fallback={
                        let ack_id = ack_id.clone();
                        move || view! {
                            <p>
                                <input type="checkbox" id=ack_id.clone() data-testid="remove-damaged-ack"
                                    prop:checked=move || ack.get() on:change=move |ev| ack.set(event_target_checked(&ev))/>
                                " "
                                <label for=ack_id.clone()>{move || msg::REMOVE_DAMAGED_ACK.get(ctx.l())}</label>
                            </p>
                        }
                    }
                >
                    <p data-testid="remove-damaged-downloaded">{move || format!("✓ {}", msg::REMOVE_DAMAGED_DOWNLOADED.get(ctx.l()))}</p>
                </Show>
                <button type="button" class="danger" data-testid="remove-damaged-confirm"
                    disabled=move || !(downloaded.get() || ack.get())
                    on:click=remove.clone()>{move || msg::REMOVE_DAMAGED_CONFIRM.get(ctx.l())}</button>
                " "
                <button type="button" data-testid="remove-damaged-cancel" on:click=move |_| { open.set(false); ack.set(false); }>{move || crate::i18n::common::CANCEL.get(ctx.l())}</button>
                {move || failed.get().map(|m| view! { <p class="error" role="alert">{format!("⚠ {}: {m}", msg::REMOVE_DAMAGED_FAILED.get(ctx.l()))}</p> })}
            </div>
        </Show>
    }
}

/// Storage use, persistent storage, trash and wipe, under the workbook list.
#[component]
pub fn DataPanel() -> impl IntoView {
    let ctx = Ctx::get();
    ctx.refresh_usage();
    view! {
        <section class="data-panel panel" aria-labelledby="data-title">
            <h2 id="data-title">{move || msg::DATA_TITLE.get(ctx.l())}</h2>
            <p data-testid="storage-usage" class=move || if ctx.usage.get().warn() { "usage warn" } else { "usage" }>
                {move || {
                    let u = ctx.usage.get();
                    format!("{}: {:.1} KB / ≈{:.0} MB ({} %)", msg::USAGE_LABEL.get(ctx.l()), u.bytes() as f64 / 1024.0, u.budget as f64 * 2.0 / 1_048_576.0, u.percent())
                }}
            </p>
            <meter min="0" max="100" low="60" high="80" optimum="0" value=move || ctx.usage.get().percent().min(100).to_string()
                aria-label=move || msg::USAGE_LABEL.get(ctx.l())></meter>
            <p class="small">{move || msg::USAGE_NOTE.get(ctx.l())}</p>
            <Show when=move || ctx.usage.get().warn()>
                <p class="error" role="alert" data-testid="storage-usage-warning">{move || msg::USAGE_WARN.get(ctx.l())}</p>
            </Show>
            <p data-testid="persist-status">
                <strong>{move || msg::PERSIST_LABEL.get(ctx.l())}": "</strong>
                {move || match ctx.persisted.get() {
                    Some(true) => msg::PERSIST_GRANTED.get(ctx.l()),
                    Some(false) => msg::PERSIST_DENIED.get(ctx.l()),
                    None => msg::PERSIST_UNSUPPORTED.get(ctx.l()),
                }}
            </p>
            <TrashView/>
            <WipePanel/>
        </section>
    }
}

#[component]
fn TrashView() -> impl IntoView {
    let ctx = Ctx::get();
    let status = RwSignal::new(None::<String>);
    view! {
        <section class="trash" aria-labelledby="trash-title" data-testid="trash">
            <h3 id="trash-title">{move || msg::TRASH_TITLE.get(ctx.l())}</h3>
            <p class="small">{move || msg::TRASH_NOTE.get(ctx.l())}</p>
            <p role="status" data-testid="trash-status">{move || status.get().unwrap_or_default()}</p>
            <Show
                when=move || ctx.trash.with(|t| !t.entries.is_empty())
                fallback=move || view! { <p>{move || msg::TRASH_EMPTY_LIST.get(ctx.l())}</p> }
            >
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{move || msg::TRASH_COL_WHAT.get(ctx.l())}</th>
                        <th scope="col">{move || msg::TRASH_COL_WORKBOOK.get(ctx.l())}</th>
                        <th scope="col">{move || msg::TRASH_COL_WHEN.get(ctx.l())}</th>
                        <th scope="col">{move || msg::TRASH_COL_ACTIONS.get(ctx.l())}</th>
                    </tr></thead>
                    <tbody>
                        <For
                            each=move || ctx.trash.get().entries
                            key=|e| e.id
                            children=move |e| {
                                let id = e.id;
                                let whole = matches!(e.item, TrashItem::Workbook { .. });
                                let count = e.count;
                                let label = e.label.clone();
                                view! {
                                    <tr data-testid="trash-entry">
                                        <td>
                                            <span class="trash-label">{label}</span>
                                            " — "
                                            {move || if whole { msg::TRASH_WHOLE_WORKBOOK.get(ctx.l()).to_owned() } else { format!("{count} {}", msg::TRASH_RECORDS.get(ctx.l())) }}
                                        </td>
                                        <td>{e.workbook_name.clone()}</td>
                                        <td class="date">{format_ms(e.deleted_ms)}</td>
                                        <td>
                                            <button type="button" data-testid="trash-restore" on:click=move |_| {
                                                status.set(Some(match ctx.restore_from_trash(id) {
                                                    Ok(_) => msg::TRASH_RESTORED.get(ctx.l()).to_owned(),
                                                    Err(e) => e,
                                                }));
                                            }>{move || msg::TRASH_RESTORE.get(ctx.l())}</button>
                                        </td>
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                </table>
                <button type="button" class="danger" data-testid="trash-empty" on:click=move |_| ctx.empty_trash()>{move || msg::TRASH_EMPTY.get(ctx.l())}</button>
            </Show>
        </section>
    }
}

#[component]
fn WipePanel() -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let result = RwSignal::new(None::<usize>);
    let input_id = super::widgets::unique_id("wipe-word");
    view! {
        <section class="wipe" aria-labelledby="wipe-title">
            <h3 id="wipe-title">{move || msg::WIPE_TITLE.get(ctx.l())}</h3>
            <p>{move || msg::WIPE_BODY.get(ctx.l())}</p>
            <p role="status" data-testid="wipe-status">{move || match result.get() {
                Some(0) => msg::WIPE_DONE.get(ctx.l()),
                Some(_) => msg::WIPE_LEFT.get(ctx.l()),
                None => "",
            }}</p>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="danger" data-testid="wipe-open" on:click=move |_| open.set(true)>{move || msg::WIPE_OPEN.get(ctx.l())}</button>
                }
            >
                <form class="confirm" on:submit=move |ev| {
                    ev.prevent_default();
                    if msg::wipe_word_ok(&typed.get_untracked()) {
                        result.set(Some(ctx.wipe()));
                        typed.set(String::new());
                        open.set(false);
                    }
                }>
                    <label for=input_id.clone()>{move || msg::WIPE_TYPE.get(ctx.l())}</label>
                    <input id=input_id.clone() data-testid="wipe-confirm-input" autocomplete="off"
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                    <button type="submit" class="danger" data-testid="wipe-confirm"
                        disabled=move || !msg::wipe_word_ok(&typed.get())>{move || msg::WIPE_CONFIRM.get(ctx.l())}</button>
                    <button type="button" on:click=move |_| open.set(false)>{move || crate::i18n::common::CANCEL.get(ctx.l())}</button>
                </form>
            </Show>
        </section>
    }
}
