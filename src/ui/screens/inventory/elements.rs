//! The chokepoint elements of one technology: their table (ratings, score,
//! flag), their chart, add, edit (one at a time, in `element_form.rs`) and
//! delete with undo.

use leptos::prelude::*;

use crate::domain::charts::chokepoints::element_chart;
use crate::domain::edit::Removed;
use crate::domain::ids::{ElementId, TechnologyId};
use crate::domain::kinds::ElementKind;
use crate::domain::model::ChokepointElement;
use crate::domain::rating::{Rating, RatingAxis};
use crate::i18n::{common, inventory as msg};
use crate::ui::charts::chokepoints::elements_svg;
use crate::ui::paging::keyed_rows;
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{fmt_score, focus_soon};

use super::element_form::ElementForm;
use super::{edit, flag, read};

/// What the element table shows for one element.
#[derive(Clone, Debug, PartialEq)]
struct ElementRow {
    id: ElementId,
    kind: ElementKind,
    name: String,
    ratings: [Option<Rating>; 3],
    score: Option<f64>,
    chokepoint: bool,
}

/// The three rating columns, in the order of `ElementRow::ratings`.
const AXES: [RatingAxis; 3] = [
    RatingAxis::ElementDependency,
    RatingAxis::ElementSubstitutability,
    RatingAxis::SupplyDisruption,
];

#[component]
pub fn Elements(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let editing = RwSignal::new(None::<ElementId>);
    let undo = RwSignal::new(None::<Removed>);
    let rows = Memo::new(move |_| {
        let analysis = ctx.analysis.get();
        read(ctx, tid, |t| {
            let scores = analysis
                .as_ref()
                .and_then(|a| a.technology(tid))
                .map(|ta| ta.chokepoints.elements.clone())
                .unwrap_or_default();
            t.elements
                .iter()
                .map(|e| {
                    let s = scores.iter().find(|s| s.id == e.id);
                    ElementRow {
                        id: e.id,
                        kind: e.kind,
                        name: e.name.clone(),
                        ratings: [e.dependency, e.substitutability, e.supply_disruption],
                        score: s.and_then(|s| s.score()),
                        chokepoint: s.is_some_and(|s| s.chokepoint),
                    }
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let threshold = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| w.settings.chokepoint_threshold)
                .unwrap_or_default()
        })
    };
    let add = move |_| {
        let id = ElementId::new(new_id());
        let name = msg::NEW_ELEMENT_NAME
            .get(ctx.lang.get_untracked())
            .to_owned();
        edit(ctx, tid, |t| {
            t.elements
                .push(ChokepointElement::new(id, ElementKind::Materials, name))
        });
        editing.set(Some(id));
        focus_soon("[data-testid=element-name]", true);
    };
    let delete = move |eid: ElementId| {
        if editing.get_untracked() == Some(eid) {
            editing.set(None);
        }
        undo.set(ctx.delete(|wb| wb.delete_element(eid)));
    };
    let undo_delete = move |_| {
        // A failed put-back keeps the notice, so it can be tried again.
        if let Some(r) = undo.get_untracked() {
            if ctx.put_back(r).is_ok() {
                undo.set(None);
            }
        }
    };

    let row = move |r: ElementRow| {
        let l = ctx.l();
        let eid = r.id;
        let is_editing = Memo::new(move |_| editing.get() == Some(eid));
        let toggle = move |_| {
            if is_editing.get_untracked() {
                editing.set(None);
            } else {
                editing.set(Some(eid));
                focus_soon("[data-testid=element-name]", false);
            }
        };
        view! {
            <tr data-testid="element-row" class:selected=is_editing data-chokepoint=r.chokepoint.to_string()>
                <td>{r.kind.label().get(l)}</td>
                <th scope="row">{r.name.clone()}</th>
                {r.ratings.map(|x| view! {
                    <td class="num">{x.map(|x| x.to_string()).unwrap_or_else(|| common::NOT_RATED.get(l).to_owned())}</td>
                }).collect_view()}
                <td class="num">{fmt_score(r.score, l)}</td>
                <td>{flag(r.chokepoint, msg::CHOKEPOINT_YES, msg::CHOKEPOINT_NO, l)}</td>
                <td><div class="actions">
                    <button
                        type="button"
                        data-testid="edit-element"
                        aria-expanded=move || is_editing.get().to_string()
                        on:click=toggle
                    >
                        {move || if is_editing.get() { msg::CLOSE_EDIT.get(l) } else { msg::EDIT.get(l) }}
                    </button>
                    <button type="button" class="danger" data-testid="delete-element" on:click=move |_| delete(eid)>
                        {common::DELETE.get(l)}
                    </button>
                </div></td>
            </tr>
        }
    };

    let chart = move || {
        let l = ctx.l();
        let limit = threshold();
        let scores = ctx
            .analysis
            .with(|a| a.as_ref()?.technology(tid).map(|ta| ta.chokepoints.clone()))?;
        let chart = read(ctx, tid, |t| element_chart(t, &scores, limit))?;
        (!chart.bars.is_empty()).then(|| {
            view! { <div class="elements-chart">{elements_svg(&chart, l, "tech-elements")}</div> }
        })
    };

    view! {
        <section class="elements" aria-labelledby="elements-title" data-testid="elements">
            <h4 id="elements-title">{move || msg::SEC_ELEMENTS.get(ctx.l())}</h4>
            <p class="hint">{move || msg::ELEMENTS_INTRO.get(ctx.l())}</p>
            <p class="hint">{move || msg::chokepoint_rule(ctx.l(), threshold())}</p>
            <Show when=move || undo.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || msg::ELEMENT_DELETED.get(ctx.l())}
                    " "
                    <button type="button" data-testid="undo-delete-element" on:click=undo_delete>
                        {move || common::UNDO.get(ctx.l())}
                    </button>
                </p>
            </Show>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="muted">{move || msg::NO_ELEMENTS.get(ctx.l())}</p> }
            >
                <div class="table-wrap">
                    <table class="data-table element-table" data-testid="element-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || msg::COL_KIND.get(ctx.l())}</th>
                                <th scope="col">{move || msg::COL_NAME.get(ctx.l())}</th>
                                {AXES.map(|a| view! {
                                    <th scope="col" class="num">
                                        {move || a.label().get(ctx.l())}
                                        {a.is_inverted().then(|| view! { <span class="inverted-note">" (" {move || msg::HIGH_LOWERS_RISK.get(ctx.l())} ")"</span> })}
                                    </th>
                                }).collect_view()}
                                <th scope="col" class="num">{move || msg::COL_ELEMENT_SCORE.get(ctx.l())}</th>
                                <th scope="col">{move || msg::CHOKEPOINT_FLAG.get(ctx.l())}</th>
                                <th scope="col"><span class="visually-hidden">{move || msg::EDIT.get(ctx.l())}</span></th>
                            </tr>
                        </thead>
                        <tbody>{keyed_rows(rows, |r: &ElementRow| r.id, row)}</tbody>
                    </table>
                </div>
            </Show>
            {chart}
            {move || editing.get().map(|eid| view! { <ElementForm tid=tid eid=eid on_close=Callback::new(move |_| editing.set(None))/> })}
            <button type="button" data-testid="add-element" on:click=add>"+ " {move || msg::ADD_ELEMENT.get(ctx.l())}</button>
        </section>
    }
}
