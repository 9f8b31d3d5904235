//! The import preview: what the picked files hold (rows read and skipped,
//! new / changed / unchanged records per kind), their problems, and the
//! conflicts with the open workbook when merging.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::exchange::conflict_view;
use crate::domain::exchange::merge::{ConflictKey, MergePolicy, Resolution};
use crate::domain::model::Workbook;
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::ui::import_files::ProblemsTable;
use crate::ui::state::Ctx;
use crate::ui::widgets::unique_id;

use super::conflicts::Conflicts;
use super::import::Pending;

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
pub(super) fn PreviewView(
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
        let sides: Vec<&Workbook> = existing
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
