//! Import & export: downloads of the table set, single tables, the localised
//! risk register, the backup and a redacted copy; and the import of picked
//! files — into the open workbook (merge) or as a new workbook — always
//! through a preview that changes nothing until the user confirms.
//!
//! Everything about the files (formats, problems, counts, conflicts, merge)
//! comes from `domain::exchange`; this module only picks, reads, shows and
//! downloads.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::exchange::conflict_view;
use crate::domain::exchange::export_job::ExportJob;
use crate::domain::exchange::merge::{
    self, ConflictKey, ImportPreview, MergeChoices, MergePolicy, Record, Resolution,
};
use crate::domain::exchange::redact::{redact, RedactionOptions};
use crate::domain::exchange::register::risk_register;
use crate::domain::exchange::zip::expand;
use crate::domain::exchange::{
    backup_json, decode_as, export_table, file_name, BinaryFile, CsvOptions, Encoding, ImportJob,
    ImportProblem, ImportProgress, ImportStage, ProblemKind, Severity, Table, TableImport,
};
use crate::domain::ids::WorkbookId;
use crate::domain::scoring::analyze;
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::route::{Route, Screen};
use crate::ui::download::{decode_shift_jis, download, download_text, read_file};
use crate::ui::sliced::{next_tick, run_sliced, StepProgress};
use crate::ui::state::{local_today as today, new_id, now, Ctx};
use crate::ui::widgets::unique_id;

pub(crate) const CSV_MIME: &str = "text/csv;charset=utf-8";
pub(crate) const ZIP_MIME: &str = "application/zip";
const JSON_MIME: &str = "application/json";

/// The files picked in a file input.
pub(crate) fn picked_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads picked files one by one, reporting progress and yielding to the
/// browser between files. Files the browser cannot read are reported.
pub(crate) async fn read_all(
    files: Vec<web_sys::File>,
    progress: RwSignal<Option<(usize, usize, String)>>,
) -> (Vec<BinaryFile>, Vec<ImportProblem>) {
    let n = files.len();
    let mut out = Vec::with_capacity(n);
    let mut problems = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let name = f.name();
        progress.try_set(Some((i, n, name.clone())));
        next_tick().await;
        match read_file(f).await {
            Ok(bytes) => out.push(BinaryFile::new(name, bytes)),
            Err(_) => problems.push(ImportProblem::file(
                &name,
                Severity::Skipped,
                ProblemKind::Undecodable,
            )),
        }
    }
    progress.try_set(Some((n, n, String::new())));
    next_tick().await;
    (out, problems)
}

/// With an encoding chosen by the user: expands zips and decodes every file
/// as that encoding (`decode_as`), so the importer then reads plain UTF-8.
fn decode_chosen(
    files: Vec<BinaryFile>,
    encoding: Option<Encoding>,
) -> (Vec<BinaryFile>, Vec<ImportProblem>) {
    let Some(encoding) = encoding else {
        return (files, Vec::new());
    };
    let (files, zip_errors) = expand(files);
    let mut problems: Vec<ImportProblem> = zip_errors
        .into_iter()
        .map(|(name, e)| {
            ImportProblem::file(
                &name,
                Severity::Skipped,
                ProblemKind::BadZip {
                    reason: e.to_string(),
                },
            )
        })
        .collect();
    let mut out = Vec::new();
    for f in files {
        match decode_as(&f.bytes, encoding, &decode_shift_jis) {
            Some(text) => out.push(BinaryFile::new(f.name, text.into_bytes())),
            None => problems.push(ImportProblem::file(
                &f.name,
                Severity::Skipped,
                ProblemKind::Undecodable,
            )),
        }
    }
    (out, problems)
}

/// What a download button makes.
enum Payload {
    Text(String),
    Bytes(Vec<u8>),
}

/// Offers a file as a download and reports the outcome in `status`.
fn offer(name: String, mime: &str, payload: Payload, status: RwSignal<Option<(bool, String)>>) {
    let result = match payload {
        Payload::Text(text) => download_text(&name, mime, &text),
        Payload::Bytes(bytes) => download(&name, mime, &bytes),
    };
    match result {
        Ok(()) => status.set(Some((true, name))),
        Err(e) => status.set(Some((false, e))),
    }
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

/// The workbook screen "Import & export".
#[component]
pub fn ExchangeScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="exchange" data-testid="exchange-screen">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="hint">{move || msg::INTRO.get(ctx.l())}</p>
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

#[component]
fn ExportPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let bom = RwSignal::new(true);
    let crlf = RwSignal::new(true);
    let redaction = RwSignal::new(RedactionOptions::default());
    let status = RwSignal::new(None::<(bool, String)>);
    let opts = move || CsvOptions {
        bom: bom.get_untracked(),
        crlf: crlf.get_untracked(),
    };
    // Runs `make` on the open workbook and downloads what it returns.
    let export =
        move |make: &dyn Fn(&crate::domain::model::Workbook) -> (String, &'static str, Payload)| {
            let made = ctx.wb.with_untracked(|w| w.as_ref().map(make));
            if let Some((name, mime, payload)) = made {
                offer(name, mime, payload, status);
            }
        };
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
        let name = file_name(
            &wb.name,
            if redacted { "redacted" } else { "tables" },
            today(),
            "zip",
        );
        let options = opts();
        let redaction = redaction.get_untracked();
        zip_progress.set(Some((0, 1)));
        leptos::task::spawn_local(async move {
            next_tick().await;
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
            if let Some(bytes) = run_sliced(job, zip_progress, || true).await {
                offer(name, ZIP_MIME, Payload::Bytes(bytes), status);
            }
        });
    };
    let zip_running = move || zip_progress.with(Option::is_some);

    let tables = Table::ALL.into_iter().map(|t| {
        view! {
            <li>
                <button
                    type="button"
                    data-testid=format!("export-table-{}", t.name())
                    on:click=move |_| export(&|wb| {
                        let f = export_table(wb, t, opts());
                        (file_name(&wb.name, t.name(), today(), "csv"), CSV_MIME, Payload::Text(f.text))
                    })
                >
                    {format!("{}.csv", t.name())}
                </button>
            </li>
        }
    }).collect_view();

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
                    <button type="button" data-testid="export-register" on:click=move |_| export(&|wb| {
                        let text = risk_register(wb, ctx.lang.get_untracked(), opts());
                        (file_name(&wb.name, "risk-register", today(), "csv"), CSV_MIME, Payload::Text(text))
                    })>{move || msg::EXPORT_REGISTER.get(ctx.l())}</button>
                    <p class="hint">{move || msg::EXPORT_REGISTER_HELP.get(ctx.l())}</p>
                </div>
                <div class="export-item">
                    <button type="button" data-testid="export-backup" on:click=move |_| export(&|wb| {
                        (file_name(&wb.name, "backup", today(), "json"), JSON_MIME, Payload::Text(backup_json(wb)))
                    })>{move || msg::EXPORT_BACKUP.get(ctx.l())}</button>
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
                {move || status.get().map(|(ok, text)| {
                    let l = ctx.l();
                    if ok {
                        format!("✓ {}: {text}", msg::DOWNLOADED.get(l))
                    } else {
                        format!("⚠ {}: {text}", msg::DOWNLOAD_FAILED.get(l))
                    }
                })}
            </p>
        </section>
    }
}

/// What was read, waiting for the user's decision.
struct Pending {
    import: TableImport,
    preview: Option<ImportPreview>,
    /// New-workbook import of a workbook id already stored here: it gets a
    /// new id on confirmation (never overwrites the stored one).
    id_exists: bool,
}

/// Picks files, shows the preview, and imports on confirmation: merged into
/// the open workbook (`merge`) or as a new workbook.
#[component]
fn ImportPanel(merge: bool) -> impl IntoView {
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
            let (bins, mut decode_problems) = decode_chosen(bins, chosen);
            problems.append(&mut decode_problems);
            let shift_jis = decode_shift_jis;
            let mut next_id = new_id;
            let job = ImportJob::new(bins, &shift_jis, now(), &mut next_id);
            let sliced = run_sliced(job, job_progress, still_wanted).await;
            let Some(mut import) = sliced else {
                return;
            };
            analysing.try_set(true);
            next_tick().await;
            problems.append(&mut import.problems);
            import.problems = problems;
            let existing = if merge {
                ctx.wb.try_get_untracked().flatten()
            } else {
                None
            };
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

/// The busy state while files are read and checked.
#[component]
pub(crate) fn Busy(
    progress: RwSignal<Option<(usize, usize, String)>>,
    analysing: RwSignal<bool>,
) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <div class="busy" role="status" aria-live="polite" data-testid="import-busy" aria-busy=move || (progress.with(|p| p.is_some()) || analysing.get()).to_string()>
            {move || progress.get().map(|(i, n, name)| view! {
                <progress max=n.to_string() value=i.to_string()></progress>
                " "
                <span>{format!("{} {}/{} {name}", msg::READING_FILE.get(ctx.l()), (i + 1).min(n), n)}</span>
            })}
            {move || analysing.get().then(|| view! { <span>{msg::ANALYSING.get(ctx.l())}</span> })}
        </div>
    }
}

/// The progress of a running import job, with a Cancel button. The status
/// text changes only with the stage and each tenth, so a screen reader is
/// told now and then rather than at every slice.
#[component]
fn JobProgress(
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

/// A heading of the given level (3 or 4) inside a panel.
fn heading(level: u8, text: Text, id: String) -> AnyView {
    let ctx = Ctx::get();
    if level <= 3 {
        view! { <h3 id=id>{move || text.get(ctx.l())}</h3> }.into_any()
    } else {
        view! { <h4 id=id>{move || text.get(ctx.l())}</h4> }.into_any()
    }
}

/// The preview: counts, problems, conflicts.
#[component]
fn PreviewView(
    pending: Arc<Pending>,
    sub: u8,
    merge: bool,
    policy: RwSignal<MergePolicy>,
    per: RwSignal<HashMap<ConflictKey, Resolution>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let title_id = unique_id("preview-title");
    let skipped = pending.import.skipped_rows().count();
    let rows_read = pending.import.rows_imported;
    let has_workbook = pending.import.workbook.is_some();
    let problems = Arc::new(pending.import.problems.clone());
    let counts = pending
        .preview
        .as_ref()
        .map(|p| p.counts.clone())
        .unwrap_or_default();
    let conflicts = pending
        .preview
        .as_ref()
        .map(|p| p.conflicts.clone())
        .unwrap_or_default();
    let incoming_is_newer = pending.preview.as_ref().and_then(|p| p.incoming_is_newer);
    let id_exists = pending.id_exists;
    let count_rows = counts
        .into_iter()
        .map(|(kind, c)| {
            view! {
                <tr data-testid="import-count-row" data-kind=kind.code()>
                    <th scope="row">{move || kind.label().get(ctx.l())}</th>
                    <td class="num" data-col="new">{c.new}</td>
                    <td class="num" data-col="changed">{c.changed}</td>
                    <td class="num" data-col="unchanged">{c.unchanged}</td>
                    {merge.then(|| view! { <td class="num" data-col="only_existing">{c.only_existing}</td> })}
                </tr>
            }
        })
        .collect_view();
    let has_conflicts = !conflicts.is_empty();
    let names = Arc::new(if has_conflicts {
        let existing = ctx.wb.with_untracked(|w| w.clone());
        let sides: Vec<&crate::domain::model::Workbook> = existing
            .iter()
            .chain(pending.import.workbook.iter())
            .collect();
        conflict_view::record_names(&sides)
    } else {
        HashMap::new()
    });
    view! {
        <section class="preview" data-testid="import-preview" aria-labelledby=title_id.clone()>
            {heading(sub, msg::PREVIEW_TITLE, title_id.clone())}
            <p class="notice">{move || msg::PREVIEW_NOTHING_CHANGED.get(ctx.l())}</p>
            {(!has_workbook).then(|| view! { <p class="error" role="alert" data-testid="import-nothing">{move || msg::NO_WORKBOOK.get(ctx.l())}</p> })}
            {id_exists.then(|| view! { <p class="notice" data-testid="import-id-exists">{move || msg::ID_EXISTS.get(ctx.l())}</p> })}
            <p class="import-summary">
                {(rows_read > 0).then(|| view! {
                    <span data-testid="import-rows">{move || msg::ROWS_IMPORTED.get(ctx.l())}": "{rows_read}</span>
                    " · "
                })}
                <span data-testid="import-skipped" data-count=skipped.to_string()>{move || msg::SKIPPED_ROWS.get(ctx.l())}": "{skipped}</span>
            </p>
            {has_workbook.then(|| view! {
                <table class="data-table counts" data-testid="import-counts">
                    <caption>{move || msg::COUNTS_TITLE.get(ctx.l())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::COL_KIND.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_NEW.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_CHANGED.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_UNCHANGED.get(ctx.l())}</th>
                            {merge.then(|| view! { <th scope="col">{move || msg::COL_ONLY_EXISTING.get(ctx.l())}</th> })}
                        </tr>
                    </thead>
                    <tbody>{count_rows}</tbody>
                </table>
            })}
            <ProblemsTable problems=problems title=msg::PROBLEMS_TITLE testid="import-problems"/>
            {has_conflicts.then(|| view! {
                <Conflicts conflicts=conflicts names=names.clone() incoming_is_newer=incoming_is_newer policy=policy per=per/>
            })}
        </section>
    }
}

/// Every problem with file, line, column and message in the UI language.
#[component]
pub(crate) fn ProblemsTable(
    problems: Arc<Vec<ImportProblem>>,
    title: Text,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    if problems.is_empty() {
        return view! { <p data-testid=format!("{testid}-none")>{move || msg::NO_PROBLEMS.get(ctx.l())}</p> }
            .into_any();
    }
    let count = problems.len();
    view! {
        <div class="table-scroll">
            <table class="data-table problems" data-testid=testid>
                <caption>{move || title.get(ctx.l())}" ("{count}")"</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || msg::COL_FILE.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_LINE.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_COLUMN.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_SEVERITY.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_MESSAGE.get(ctx.l())}</th>
                    </tr>
                </thead>
                <tbody>
                    {problems.iter().map(|p| {
                        let column = match (&p.column, p.column_index) {
                            (Some(c), Some(i)) => format!("{i} ({c})"),
                            (Some(c), None) => c.clone(),
                            (None, Some(i)) => i.to_string(),
                            (None, None) => String::new(),
                        };
                        let severity = match p.severity {
                            Severity::Warning => msg::SEV_WARNING,
                            Severity::Skipped => msg::SEV_SKIPPED,
                        };
                        let sev_class = match p.severity {
                            Severity::Warning => "sev-warning",
                            Severity::Skipped => "sev-skipped",
                        };
                        let line = p.line.map(|l| l.to_string()).unwrap_or_default();
                        let p2 = p.clone();
                        let line_attr = line.clone();
                        let column_attr = p.column.clone().unwrap_or_default();
                        view! {
                            <tr data-testid="import-problem" data-line=line_attr data-column=column_attr>
                                <td class="file">{p.file.clone()}</td>
                                <td class="num">{line}</td>
                                <td>{column}</td>
                                <td class=sev_class>{move || severity.get(ctx.l())}</td>
                                <td>{move || p2.message(ctx.l())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

fn record_title(r: &Record, fields: &[(String, String)]) -> String {
    let pick = |k: &str| {
        fields
            .iter()
            .find(|f| f.0 == k)
            .map(|f| f.1.clone())
            .filter(|v| !v.is_empty())
    };
    match r {
        Record::Round(_) => pick("number").map(|n| format!("#{n}")),
        Record::Scenario(_) | Record::Countermeasure(_) | Record::Exercise(_) => pick("title"),
        _ => pick("name"),
    }
    .or_else(|| pick("id"))
    .unwrap_or_default()
}

/// Conflicts: the global rule, then each conflict with both versions.
#[component]
fn Conflicts(
    conflicts: Vec<merge::Conflict>,
    names: Arc<HashMap<String, String>>,
    incoming_is_newer: Option<bool>,
    policy: RwSignal<MergePolicy>,
    per: RwSignal<HashMap<ConflictKey, Resolution>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let group = unique_id("merge-policy");
    let count = conflicts.len();
    let policy_radio = move |value: MergePolicy, label: Text, testid: &'static str| {
        let group = group.clone();
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name=group
                    data-testid=testid
                    prop:checked=move || policy.get() == value
                    on:change=move |_| policy.set(value)
                />
                " "
                {move || label.get(ctx.l())}
            </label>
        }
    };
    let items = conflicts
        .into_iter()
        .map(|c| view! { <ConflictItem conflict=c per=per names=names.clone()/> })
        .collect_view();
    view! {
        <section class="conflicts" data-testid="import-conflicts">
            <fieldset class="merge-policy" data-testid="merge-policy">
                <legend>{move || msg::CONFLICTS_TITLE.get(ctx.l())}" ("{count}") — "{move || msg::POLICY.get(ctx.l())}</legend>
                {policy_radio(MergePolicy::KeepNewer, msg::POLICY_NEWER, "policy-newer")}
                {policy_radio(MergePolicy::KeepMine, msg::POLICY_MINE, "policy-mine")}
                {policy_radio(MergePolicy::TakeTheirs, msg::POLICY_THEIRS, "policy-theirs")}
                <p class="hint">
                    {move || msg::NEWER_HELP.get(ctx.l())}
                    " "
                    {move || match incoming_is_newer {
                        Some(true) => msg::NEWER_IS_THEIRS.get(ctx.l()),
                        _ => msg::NEWER_IS_MINE.get(ctx.l()),
                    }}
                </p>
            </fieldset>
            {items}
        </section>
    }
}

#[component]
fn ConflictItem(
    conflict: merge::Conflict,
    per: RwSignal<HashMap<ConflictKey, Resolution>>,
    names: Arc<HashMap<String, String>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let mine = conflict.mine.fields();
    let theirs = conflict.theirs.fields();
    let kind = conflict_view::record_kind(&conflict.mine);
    let title_mine = record_title(&conflict.mine, &mine);
    let title_theirs = record_title(&conflict.theirs, &theirs);
    let title = if title_mine == title_theirs {
        title_mine
    } else {
        format!("{title_mine} / {title_theirs}")
    };
    // Only the differing fields, labelled and valued in the UI language
    // (domain::exchange::conflict_view); `data-field` keeps the stored name.
    let conflict_for_rows = conflict.clone();
    let rows = move || {
        let lang = ctx.l();
        let name_of = |id: &str| names.get(id).cloned();
        conflict_view::differences(&conflict_for_rows, lang, &name_of)
            .into_iter()
            .map(|d| {
                view! {
                    <tr data-testid="conflict-field" data-field=d.path>
                        <th scope="row">{d.label}</th>
                        <td class="pre" data-col="mine">{d.mine}</td>
                        <td class="pre" data-col="theirs">{d.theirs}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let key = conflict.key.clone();
    let group = unique_id("conflict");
    let choice = move |value: Option<Resolution>, label: Text, testid: &'static str| {
        let key = key.clone();
        let key2 = key.clone();
        let group = group.clone();
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name=group
                    data-testid=testid
                    prop:checked=move || per.with(|m| m.get(&key).copied()) == value
                    on:change=move |_| per.update(|m| match value {
                        Some(v) => { m.insert(key2.clone(), v); }
                        None => { m.remove(&key2); }
                    })
                />
                " "
                {move || label.get(ctx.l())}
            </label>
        }
    };
    view! {
        <fieldset class="conflict" data-testid="conflict" data-kind=kind.code()>
            <legend>{move || kind.label().get(ctx.l())}" — "{title}</legend>
            <div class="conflict-choice" role="group" aria-label=move || msg::CHOICE.get(ctx.l())>
                {choice(None, msg::CHOICE_DEFAULT, "conflict-default")}
                {choice(Some(Resolution::KeepMine), msg::CHOICE_MINE, "conflict-mine")}
                {choice(Some(Resolution::TakeTheirs), msg::CHOICE_THEIRS, "conflict-theirs")}
            </div>
            <div class="table-scroll">
                <table class="data-table side-by-side">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::COL_FIELD.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_MINE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_THEIRS.get(ctx.l())}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </fieldset>
    }
}
