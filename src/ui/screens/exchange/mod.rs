//! Import & export: downloads of the table set, single tables, the localised
//! risk register, the backup and a redacted copy; and the import of picked
//! files — into the open workbook (merge) or as a new workbook — always
//! through a preview that changes nothing until the user confirms.
//!
//! Everything about the files (formats, problems, counts, conflicts, merge)
//! comes from `domain::exchange`; this module only picks, reads, shows and
//! downloads: `export.rs` the export panel, `import.rs` the import panel and
//! its job, `progress.rs` the job's progress, `preview.rs` what an import
//! would change, `conflicts.rs` the merge conflicts. Reading picked files
//! and the problems table are shared with the roll-up (`ui/import_files.rs`).

mod conflicts;
mod export;
mod import;
mod preview;
mod progress;

use leptos::prelude::*;

use crate::i18n::exchange as msg;
use crate::route::Route;
use crate::ui::state::Ctx;

use export::ExportPanel;
use import::ImportPanel;

/// The workbook screen "Import & export".
#[component]
pub fn ExchangeScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="exchange" data-testid="exchange-screen">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="hint">{move || msg::INTRO.get(ctx.l())}</p>
            <crate::ui::seal::ExportWarning/>
            <ExportPanel/>
            <section class="panel" aria-labelledby="import-merge-title">
                <h3 id="import-merge-title">{move || msg::IMPORT_TITLE.get(ctx.l())}</h3>
                <p class="hint">{move || msg::IMPORT_MERGE_HELP.get(ctx.l())}</p>
                <ImportPanel merge=true/>
            </section>
        </section>
    }
}

/// The import into a new workbook, reached from the workbook list.
#[component]
pub fn ImportNewScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="exchange" data-testid="import-new-screen">
            <p><a href=Route::Workbooks.to_hash() data-testid="back-to-list">{move || msg::BACK_TO_LIST.get(ctx.l())}</a></p>
            <h2>{move || msg::IMPORT_NEW_TITLE.get(ctx.l())}</h2>
            <p class="hint">{move || msg::IMPORT_NEW_HELP.get(ctx.l())}</p>
            <ImportPanel merge=false/>
        </section>
    }
}
