//! The Report view (報告書): the workbook laid out for A4 printing — cover,
//! executive summary, charts, tables, appendix. Everything it prints comes
//! from the domain's `build_report`; these modules only lay it out, one
//! file per part of the document (`cover`, `summary`, `charts`,
//! `technologies` with Step 1's record in `inventory`, `scenarios`, `exercises`,
//! `regulatory`, `appendix`) over the shared
//! table scaffolding of `table.rs`. Print
//! rules (page size, breaks, page numbers, hidden app chrome) are in
//! `style/40-report.css`.

mod appendix;
mod charts;
mod cover;
mod exercises;
mod inventory;
mod regulatory;
mod scenarios;
mod summary;
mod table;
mod technologies;
mod workshops;

use leptos::prelude::*;

use crate::domain::report::{build_report, Report};
use crate::domain::text::Lang;
use crate::i18n::report as msg;
use crate::ui::state::{local_today, Ctx};

#[component]
pub fn ReportScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let redacted = RwSignal::new(false);
    let today = local_today();
    let report = Memo::new(move |_| {
        let redacted = redacted.get();
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                w.as_ref()
                    .zip(a.as_ref())
                    .map(|(w, a)| build_report(w, a, today, redacted))
            })
        })
    });
    let print = move |_| {
        // Printing can fail only if the browser forbids it; nothing to tell.
        let _ = window().print();
    };
    view! {
        <section class="report" data-testid="report-screen">
            <div class="report-toolbar" role="group" aria-labelledby="report-title">
                <h2 id="report-title">{move || msg::TITLE.get(ctx.l())}</h2>
                <p class="hint">{move || msg::PRINT_HINT.get(ctx.l())}</p>
                <div class="check">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="report-redact"
                            aria-describedby="report-redact-hint"
                            prop:checked=move || redacted.get()
                            on:change=move |ev| redacted.set(event_target_checked(&ev))
                        />
                        <span>{move || msg::REDACT.get(ctx.l())}</span>
                    </label>
                    <p class="hint" id="report-redact-hint">{move || msg::REDACT_HINT.get(ctx.l())}</p>
                </div>
                <button type="button" class="primary" data-testid="report-print" on:click=print>
                    {move || msg::PRINT.get(ctx.l())}
                </button>
            </div>
            {move || {
                let lang = ctx.l();
                report.get().map(|r| document_view(r, lang))
            }}
        </section>
    }
}

/// The printable document, in one language.
fn document_view(r: Report, lang: Lang) -> impl IntoView {
    view! {
        <article class="report-doc" data-testid="report-doc" data-redacted=r.redacted.to_string()>
            {cover::cover(&r, lang)}
            {summary::summary(&r, lang)}
            {table::section(lang, "charts", msg::CHARTS, "", None, charts::report_charts(&r.charts, lang))}
            {technologies::technologies(&r, lang)}
            {technologies::threats(&r, lang)}
            {scenarios::scenarios(&r, lang)}
            {exercises::exercises(&r, lang)}
            {regulatory::regulatory(&r, lang)}
            {workshops::workshops(&r, lang)}
            {appendix::appendix(&r, lang)}
        </article>
    }
}
