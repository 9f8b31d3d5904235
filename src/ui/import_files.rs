//! Files picked for an import, shared by "Import & export" and the
//! roll-up: the files of a file input, reading them with progress, the busy
//! line while they are read and checked, and the table of import problems.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::exchange::problem::{listed_per_kind, LISTED_PER_KIND};
use crate::domain::exchange::{BinaryFile, ImportProblem, ProblemKind, Severity};
use crate::domain::text::Text;
use crate::i18n::{exchange as msg, paging as paging_msg};
use crate::ui::download::read_file;
use crate::ui::paging::{keyed_rows, Pager, Paging};
use crate::ui::sliced::next_tick;
use crate::ui::state::Ctx;

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

/// The problems with file, line, column and message in the UI language: the
/// first [`LISTED_PER_KIND`] of each kind, a page of rows at a time, and a
/// line per kind saying how many more there are (an input decides how many
/// problems there are, so the list is bounded: issue 19).
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
    let (listed, not_listed) = listed_per_kind(&problems, LISTED_PER_KIND);
    let rows: Memo<Vec<(usize, ImportProblem)>> =
        Memo::new(move |_| listed.iter().cloned().enumerate().collect());
    let paging = Paging::new(RwSignal::new(0), move || rows.with(Vec::len));
    let page_rows = paging.rows(rows);
    let row = move |(_, p): (usize, ImportProblem)| {
        let column = match (&p.column, p.column_index) {
            (Some(c), Some(i)) => format!("{i} ({c})"),
            (Some(c), None) => c.clone(),
            (None, Some(i)) => i.to_string(),
            (None, None) => String::new(),
        };
        let (severity, sev_class) = match p.severity {
            Severity::Warning => (msg::SEV_WARNING, "sev-warning"),
            Severity::Skipped => (msg::SEV_SKIPPED, "sev-skipped"),
        };
        let line = p.line.map(|l| l.to_string()).unwrap_or_default();
        let line_attr = line.clone();
        let column_attr = p.column.clone().unwrap_or_default();
        let file = p.file.clone();
        view! {
            <tr data-testid="import-problem" data-line=line_attr data-column=column_attr>
                <td class="file">{file}</td>
                <td class="num">{line}</td>
                <td>{column}</td>
                <td class=sev_class>{move || severity.get(ctx.l())}</td>
                <td>{move || p.message(ctx.l())}</td>
            </tr>
        }
    };
    view! {
        <Pager paging=paging label=paging_msg::NAV_PROBLEMS testid="problems-pager"/>
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
                <tbody>{keyed_rows(page_rows, |r: &(usize, ImportProblem)| r.0, row)}</tbody>
            </table>
        </div>
        {(!not_listed.is_empty()).then(|| view! {
            <ul class="problems-not-listed" data-testid="problems-not-listed">
                {not_listed.into_iter().map(|n| {
                    let example = n.example;
                    view! {
                        <li data-count=n.count.to_string()>
                            {move || msg::more_like_this(ctx.l(), n.count, &example.location(ctx.l()), &example.message(ctx.l()))}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}
