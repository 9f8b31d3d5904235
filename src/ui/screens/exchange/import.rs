//! The import panel: pick files (and an encoding), read and check them in
//! slices (cancellable), show the preview, and on confirmation merge into
//! the open workbook or store a new workbook. Nothing changes before the
//! confirmation.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::exchange::merge::{
    self, ConflictKey, ImportPreview, MergeChoices, MergePolicy, Resolution,
};
use crate::domain::exchange::{Encoding, ImportJob, ImportProgress, TableImport};
use crate::domain::ids::WorkbookId;
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::route::{Route, Screen};
use crate::ui::download::decode_shift_jis;
use crate::ui::import_files::{picked_files, read_all, Busy};
use crate::ui::sliced::{next_tick, run_sliced};
use crate::ui::state::{new_id, now, Ctx};
use crate::ui::widgets::unique_id;

use super::preview::PreviewView;
use super::progress::JobProgress;

/// What was read, waiting for the user's decision.
pub(super) struct Pending {
    pub import: TableImport,
    pub preview: Option<ImportPreview>,
    /// New-workbook import of a workbook id already stored here: it gets a
    /// new id on confirmation (never overwrites the stored one).
    pub id_exists: bool,
}

/// Picks files, shows the preview, and imports on confirmation: merged into
/// the open workbook (`merge`) or as a new workbook.
#[component]
pub(super) fn ImportPanel(merge: bool) -> impl IntoView {
    let ctx = Ctx::get();
    let encoding = RwSignal::new(None::<Encoding>);
    let progress = RwSignal::new(None::<(usize, usize, String)>);
    let analysing = RwSignal::new(false);
    let job_progress = RwSignal::new(None::<ImportProgress>);
    // Each pick, and each Cancel, starts a new generation; a running job
    // whose generation is no longer current stops at its next slice.
    let generation = StoredValue::new(0u64);
    let pending = RwSignal::new(None::<Arc<Pending>>);
    let policy = RwSignal::new(MergePolicy::KeepNewer);
    let per = RwSignal::new(HashMap::<ConflictKey, Resolution>::new());
    let notice = RwSignal::new(None::<Text>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let file_id = unique_id("import-files");
    let enc_id = unique_id("import-encoding");

    let clear_input = move || {
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        if files.is_empty() {
            return;
        }
        let chosen = encoding.get_untracked();
        pending.set(None);
        notice.set(None);
        per.set(HashMap::new());
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let still_wanted = move || generation.try_get_value() == Some(mine);
        leptos::task::spawn_local(async move {
            let (bins, mut problems) = read_all(files, progress).await;
            progress.try_set(None);
            if !still_wanted() {
                return;
            }
            let shift_jis = decode_shift_jis;
            let mut next_id = new_id;
            // Zips are expanded inside the job, one entry per slice, under
            // the one byte budget of the import; a chosen encoding applies
            // to the files inside them too.
            let job = ImportJob::new(bins, &shift_jis, now(), &mut next_id).with_encoding(chosen);
            let sliced = run_sliced(job, job_progress, still_wanted).await;
            let Some(mut import) = sliced else {
                return;
            };
            // A table set without workbook.csv is named in the UI language.
            import.name_default(ctx.lang.get_untracked());
            analysing.try_set(true);
            next_tick().await;
            problems.append(&mut import.problems);
            import.problems = problems;
            let existing = if merge {
                ctx.wb.try_get_untracked().flatten()
            } else {
                None
            };
            if let Some(existing) = existing.as_ref() {
                import.keep_head_of(existing);
            }
            let preview = import
                .workbook
                .as_ref()
                .map(|w| merge::preview(existing.as_ref(), w));
            let id_exists = !merge
                && import.workbook.as_ref().is_some_and(|w| {
                    ctx.index
                        .try_with_untracked(|ix| ix.iter().any(|m| m.id == w.id.uuid()))
                        .unwrap_or(false)
                });
            pending.try_set(Some(Arc::new(Pending {
                import,
                preview,
                id_exists,
            })));
            analysing.try_set(false);
        });
    };

    let cancel_job = move || {
        generation.update_value(|g| *g += 1);
        job_progress.set(None);
        progress.set(None);
        clear_input();
        notice.set(Some(msg::CANCELLED));
    };

    let cancel = move |_| {
        pending.set(None);
        per.set(HashMap::new());
        clear_input();
        notice.set(Some(msg::CANCELLED));
    };

    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let Some(incoming) = p.import.workbook.clone() else {
            return;
        };
        if merge {
            let choices = MergeChoices {
                policy: policy.get_untracked(),
                per_conflict: per.get_untracked(),
            };
            let merged = ctx
                .wb
                .with_untracked(|w| w.as_ref().map(|w| merge::merge(w, &incoming, &choices)));
            if let Some(merged) = merged {
                ctx.update(|wb| *wb = merged);
            }
            pending.set(None);
            per.set(HashMap::new());
            clear_input();
            notice.set(Some(msg::IMPORTED));
        } else {
            let mut wb = incoming;
            if p.id_exists {
                wb.id = WorkbookId::new(new_id());
            }
            let id = ctx.add_workbook(wb);
            pending.set(None);
            ctx.go(Route::Workbook(id, Screen::Overview));
        }
    };

    let sub = if merge { 4 } else { 3 };

    view! {
        <div class="import-panel">
            <div class="import-pick">
                <div class="field">
                    <label class="field-label" for=file_id.clone()>{move || msg::FILES.get(ctx.l())}</label>
                    <input
                        id=file_id.clone()
                        type="file"
                        multiple=true
                        accept=".zip,.csv,.json"
                        data-testid="import-file"
                        node_ref=input_ref
                        on:change=on_pick
                    />
                </div>
                <div class="field">
                    <label class="field-label" for=enc_id.clone()>{move || msg::ENCODING.get(ctx.l())}</label>
                    <select
                        id=enc_id.clone()
                        data-testid="import-encoding"
                        aria-describedby=format!("{enc_id}-help")
                        on:change=move |ev| encoding.set(match event_target_value(&ev).as_str() {
                            "utf-8" => Some(Encoding::Utf8),
                            "shift_jis" => Some(Encoding::ShiftJis),
                            _ => None,
                        })
                    >
                        <option value="auto" selected=move || encoding.get().is_none()>{move || msg::ENC_AUTO.get(ctx.l())}</option>
                        <option value="utf-8" selected=move || encoding.get() == Some(Encoding::Utf8)>{move || msg::ENC_UTF8.get(ctx.l())}</option>
                        <option value="shift_jis" selected=move || encoding.get() == Some(Encoding::ShiftJis)>{move || msg::ENC_SJIS.get(ctx.l())}</option>
                    </select>
                    <p class="hint" id=format!("{enc_id}-help")>{move || msg::ENCODING_HELP.get(ctx.l())}</p>
                </div>
            </div>
            <Busy progress=progress analysing=analysing/>
            <JobProgress progress=job_progress cancel=cancel_job/>
            <p class="notice-line" role="status" data-testid="import-notice">
                {move || notice.get().map(|t| t.get(ctx.l()))}
            </p>
            {move || pending.get().map(|p| view! {
                <PreviewView pending=p sub=sub merge=merge policy=policy per=per/>
                <div class="actions import-actions">
                    <button
                        type="button"
                        class="primary"
                        data-testid="import-confirm"
                        disabled=move || pending.with(|p| p.as_ref().is_none_or(|p| p.import.workbook.is_none()))
                        on:click=confirm
                    >{move || msg::CONFIRM.get(ctx.l())}</button>
                    <button type="button" data-testid="import-cancel" on:click=cancel>{move || msg::CANCEL.get(ctx.l())}</button>
                </div>
            })}
        </div>
    }
}
