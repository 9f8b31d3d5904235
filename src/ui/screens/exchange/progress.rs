//! The progress of a running import job: a bar, a spoken status now and
//! then, and a Cancel button.

use leptos::prelude::*;

use crate::domain::exchange::{ImportProgress, ImportStage};
use crate::i18n::exchange as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::unique_id;

/// The progress of a running import job, with a Cancel button. The status
/// text changes only with the stage and each tenth, so a screen reader is
/// told now and then rather than at every slice.
#[component]
pub(super) fn JobProgress(
    progress: RwSignal<Option<ImportProgress>>,
    cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = Ctx::get();
    let bar_id = unique_id("import-progress");
    // A memo, so the live region's text is touched only when it changes.
    let status = Memo::new(move |_| {
        progress.with(|p| {
            p.as_ref().map(|p| {
                let stage = match p.stage {
                    ImportStage::Reading => msg::STAGE_READING,
                    ImportStage::Parsing => msg::STAGE_PARSING,
                    ImportStage::Building | ImportStage::Done => msg::STAGE_BUILDING,
                };
                let tenths = (p.done * 10).checked_div(p.total).unwrap_or(0) * 10;
                format!("{} {tenths}%", stage.get(ctx.l()))
            })
        })
    });
    // Built once per job (only the numbers change), so the Cancel button
    // keeps the keyboard focus while the bar advances.
    let running = Memo::new(move |_| progress.with(Option::is_some));
    let number = move |f: fn(&ImportProgress) -> u64| {
        move || progress.with(|p| p.as_ref().map_or(0, f).to_string())
    };
    move || {
        running.get().then(|| {
            view! {
                <div class="job-progress" data-testid="import-job">
                    <label for=bar_id.clone()>{move || msg::IMPORT_PROGRESS.get(ctx.l())}</label>
                    <progress
                        id=bar_id.clone()
                        data-testid="import-progress"
                        max=number(|p| p.total.max(1))
                        value=number(|p| p.done)
                    ></progress>
                    <span role="status" aria-live="polite" data-testid="import-progress-status">{status}</span>
                    <button type="button" data-testid="import-job-cancel" on:click=move |_| cancel()>
                        {move || msg::CANCEL.get(ctx.l())}
                    </button>
                </div>
            }
        })
    }
}
