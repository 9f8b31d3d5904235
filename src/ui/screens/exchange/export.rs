//! The export panel: CSV options, the table zip (sliced, with progress), one
//! table at a time, the localised risk register, the backup and a redacted
//! copy, with the outcome of the last download.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::exchange::export_job::ExportJob;
use crate::domain::exchange::redact::{redact, RedactionOptions};
use crate::domain::exchange::register::risk_register;
use crate::domain::exchange::{export_table, file_name, CsvOptions, Table};
use crate::domain::model::Workbook;
use crate::domain::scoring::analyze;
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::ui::download::{download, download_text, CSV_MIME, ZIP_MIME};
use crate::ui::sliced::{next_tick, run_sliced, StepProgress};
use crate::ui::state::{local_today as today, now, Ctx};
use crate::ui::widgets::unique_id;

/// The outcome of the last download: the file's name, or why it failed.
type Status = RwSignal<Option<Result<String, String>>>;

/// Offers a file as a download and reports the outcome in `status`; true
/// when the browser took it.
fn offer(name: String, mime: &str, bytes: &[u8], status: Status) -> bool {
    let result = download(&name, mime, bytes).map(|()| name);
    let ok = result.is_ok();
    status.set(Some(result));
    ok
}

/// A labelled checkbox bound to a bool signal.
#[component]
fn Check(
    label: Text,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(optional)] help: Option<Text>,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let help_id = unique_id("check-help");
    let described = help.map(|_| help_id.clone());
    view! {
        <div class="check">
            <label>
                <input
                    type="checkbox"
                    data-testid=testid
                    prop:checked=move || checked.get()
                    aria-describedby=described
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                " "
                <span>{move || label.get(ctx.l())}</span>
            </label>
            {help.map(|h| view! { <p class="hint" id=help_id.clone()>{move || h.get(ctx.l())}</p> })}
        </div>
    }
}

#[component]
pub(super) fn ExportPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let bom = RwSignal::new(true);
    let crlf = RwSignal::new(true);
    let redaction = RwSignal::new(RedactionOptions::default());
    let status: Status = RwSignal::new(None);
    let opts = move || CsvOptions {
        bom: bom.get_untracked(),
        crlf: crlf.get_untracked(),
    };
    // Writes one CSV made by `make` from the open workbook and its name.
    let export_csv = move |part: &'static str, make: &dyn Fn(&Workbook) -> String| {
        let made = ctx.wb.with_untracked(|w| {
            w.as_ref()
                .map(|wb| (file_name(&wb.name, part, today(), "csv"), make(wb)))
        });
        if let Some((name, text)) = made {
            status.set(Some(download_text(&name, CSV_MIME, &text).map(|()| name)));
        }
    };
    // The backup goes through `Ctx`, which also tells the backup reminder.
    let backup = move |_| status.set(Some(ctx.download_backup()));
    // Rows written and rows in all while a table zip is being written.
    let zip_progress = RwSignal::new(None::<(u64, u64)>);
    // Writes the table zip (of a redacted copy if asked) in slices with a
    // progress bar, so a large workbook never freezes the page.
    let export_zip = move |redacted: bool| {
        if zip_progress.get_untracked().is_some() {
            return;
        }
        let Some(wb) = ctx.wb.get_untracked() else {
            return;
        };
        let part = if redacted { "redacted" } else { "tables" };
        let name = file_name(&wb.name, part, today(), "zip");
        let options = opts();
        let redaction = redaction.get_untracked();
        zip_progress.set(Some((0, 1)));
        leptos::task::spawn_local(async move {
            next_tick().await;
            let id = wb.id.uuid();
            let (wb, analysis) = if redacted {
                let copy = redact(&wb, &redaction);
                let a = Arc::new(analyze(&copy));
                (copy, a)
            } else {
                // The open workbook's analysis is kept in step with every edit.
                let a = ctx
                    .analysis
                    .get_untracked()
                    .unwrap_or_else(|| Arc::new(analyze(&wb)));
                (wb, a)
            };
            let job = ExportJob::new(&wb, &analysis, options, now());
            let Some(bytes) = run_sliced(job, zip_progress, || true).await else {
                return;
            };
            // All tables restore the workbook (import as new), so they are
            // a backup; the redacted copy is not.
            if offer(name, ZIP_MIME, &bytes, status) && !redacted {
                ctx.note_backup(id);
            }
        });
    };
    let zip_running = move || zip_progress.with(Option::is_some);

    let tables = Table::ALL
        .into_iter()
        .map(|t| {
            view! {
                <li>
                    <button
                        type="button"
                        data-testid=format!("export-table-{}", t.name())
                        on:click=move |_| export_csv(t.name(), &|wb| export_table(wb, t, opts()).text)
                    >
                        {format!("{}.csv", t.name())}
                    </button>
                </li>
            }
        })
        .collect_view();

    let redact_check = move |label: Text,
                             testid: &'static str,
                             get: fn(&RedactionOptions) -> bool,
                             set: fn(&mut RedactionOptions, bool)| {
        view! {
            <Check
                label=label
                testid=testid
                checked=Signal::derive(move || redaction.with(get))
                on_change=Callback::new(move |v| redaction.update(|o| set(o, v)))
            />
        }
    };

    view! {
        <section class="panel export" aria-labelledby="export-title">
            <h3 id="export-title">{move || msg::EXPORT_TITLE.get(ctx.l())}</h3>
            <fieldset class="csv-options">
                <legend>{move || msg::CSV_OPTIONS.get(ctx.l())}</legend>
                <Check label=msg::OPT_BOM help=msg::OPT_BOM_HELP testid="opt-bom" checked=bom on_change=Callback::new(move |v| bom.set(v))/>
                <Check label=msg::OPT_CRLF help=msg::OPT_CRLF_HELP testid="opt-crlf" checked=crlf on_change=Callback::new(move |v| crlf.set(v))/>
            </fieldset>
            <div class="export-grid">
                <div class="export-item">
                    <button type="button" class="primary" data-testid="export-zip" disabled=zip_running on:click=move |_| export_zip(false)>
                        {move || msg::EXPORT_ALL.get(ctx.l())}
                    </button>
                    <p class="hint">{move || msg::EXPORT_ALL_HELP.get(ctx.l())}</p>
                </div>
                <div class="export-item">
                    <button type="button" data-testid="export-register" on:click=move |_| export_csv("risk-register", &|wb| {
                        risk_register(wb, ctx.lang.get_untracked(), opts())
                    })>{move || msg::EXPORT_REGISTER.get(ctx.l())}</button>
                    <p class="hint">{move || msg::EXPORT_REGISTER_HELP.get(ctx.l())}</p>
                </div>
                <div class="export-item">
                    <button type="button" data-testid="export-backup" on:click=backup>{move || msg::EXPORT_BACKUP.get(ctx.l())}</button>
                    <p class="hint">{move || msg::EXPORT_BACKUP_HELP.get(ctx.l())}</p>
                </div>
            </div>
            <h4>{move || msg::EXPORT_ONE_TITLE.get(ctx.l())}</h4>
            <ul class="table-buttons">{tables}</ul>
            <fieldset class="redaction">
                <legend>{move || msg::REDACT_TITLE.get(ctx.l())}</legend>
                <p class="hint">{move || msg::REDACT_HELP.get(ctx.l())}</p>
                {redact_check(msg::REDACT_FREE_TEXT, "redact-free-text", |o| o.free_text, |o, v| o.free_text = v)}
                {redact_check(msg::REDACT_PEOPLE, "redact-people", |o| o.people, |o, v| o.people = v)}
                {redact_check(msg::REDACT_EVIDENCE, "redact-evidence", |o| o.evidence, |o, v| o.evidence = v)}
                {redact_check(msg::REDACT_STORAGE, "redact-storage", |o| o.storage_locations, |o, v| o.storage_locations = v)}
                {redact_check(msg::REDACT_TECH_NAMES, "redact-tech-names", |o| o.code_technology_names, |o, v| o.code_technology_names = v)}
                {redact_check(msg::REDACT_ACTOR_NAMES, "redact-actor-names", |o| o.code_actor_names, |o, v| o.code_actor_names = v)}
                {redact_check(msg::REDACT_TITLES, "redact-titles", |o| o.code_titles, |o, v| o.code_titles = v)}
                <button type="button" data-testid="export-redacted" disabled=zip_running on:click=move |_| export_zip(true)>
                    {move || msg::EXPORT_REDACTED.get(ctx.l())}
                </button>
            </fieldset>
            <StepProgress progress=zip_progress label=msg::EXPORT_PROGRESS doing=msg::EXPORTING testid="export"/>
            <p class="export-status" role="status" data-testid="export-status">
                {move || status.get().map(|outcome| {
                    let l = ctx.l();
                    match outcome {
                        Ok(name) => format!("✓ {}: {name}", msg::DOWNLOADED.get(l)),
                        Err(e) => format!("⚠ {}: {e}", msg::DOWNLOAD_FAILED.get(l)),
                    }
                })}
            </p>
        </section>
    }
}
