//! The weaknesses an exercise found: kind and description each, and "turn
//! into a countermeasure", which creates a pre-filled countermeasure (the
//! domain's `Weakness::to_countermeasure`) and adds it to the follow-ups.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::error::{EntityKind, Field};
use crate::domain::ids::{CountermeasureId, ExerciseId};
use crate::domain::kinds::WeaknessKind;
use crate::domain::model::Weakness;
use crate::domain::validate::Subject;
use crate::i18n::exercises as msg;
use crate::route::{Route, Screen};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{focus_soon, use_draft, CodeSelect, TextArea};

use super::detail::{ex_edit, ex_get};

#[component]
pub fn Weaknesses(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let count = Memo::new(move |_| ex_get(ctx, id, |e| e.weaknesses.len()).unwrap_or(0));
    let add = move |_| {
        ex_edit(ctx, id, |e| {
            e.weaknesses.push(Weakness {
                kind: WeaknessKind::Technical,
                description: String::new(),
            })
        });
        // Into the new weakness's first field.
        focus_soon(
            "[data-testid=weakness]:last-child [data-testid=weakness-kind]",
            false,
        );
    };
    view! {
        <fieldset class="ex-weaknesses" data-testid="exercise-weaknesses">
            <legend>{move || msg::WEAKNESSES.get(ctx.l())}</legend>
            // Rows are keyed by position: a new count rebuilds them (and
            // re-seeds their drafts from the workbook).
            {move || {
                let n = count.get();
                if n == 0 {
                    return view! { <p class="muted">{move || msg::NO_WEAKNESSES.get(ctx.l())}</p> }.into_any();
                }
                view! {
                    <ol class="weakness-list">
                        {(0..n).map(|i| view! { <WeaknessRow id=id index=i/> }).collect_view()}
                    </ol>
                }.into_any()
            }}
            <button data-testid="add-weakness" on:click=add>{move || msg::ADD_WEAKNESS.get(ctx.l())}</button>
        </fieldset>
    }
}

#[component]
fn WeaknessRow(id: ExerciseId, index: usize) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();
    let kind = Memo::new(move |_| {
        ex_get(ctx, id, |e| e.weaknesses.get(index).map(|w| w.kind))
            .flatten()
            .unwrap_or(WeaknessKind::Technical)
    });
    let subject = Subject::new(EntityKind::Exercise, id);
    let description = use_draft(
        ctx.wb
            .with_untracked(|w| {
                w.as_ref()
                    .and_then(|w| w.exercise(id))
                    .and_then(|e| e.weaknesses.get(index))
                    .map(|w| w.description.clone())
            })
            .unwrap_or_default(),
        move |raw| subject.text(Field::Weaknesses, raw),
        move |v| {
            ex_edit(ctx, id, move |e| {
                if let Some(w) = e.weaknesses.get_mut(index) {
                    w.description = v;
                }
            })
        },
    );
    let created = RwSignal::new(None::<(Uuid, String)>);
    let to_cm = move |_| {
        let cm = CountermeasureId::new(new_id());
        let lang = ctx.lang.get_untracked();
        let mut title = None;
        ctx.update(|w| {
            let Some(m) = w.exercise(id).and_then(|e| {
                e.weaknesses
                    .get(index)
                    .map(|wk| wk.to_countermeasure(cm, &e.scenario_ids, &e.title, lang))
            }) else {
                return;
            };
            title = Some(m.title.clone());
            w.countermeasures.push(m);
            if let Some(e) = w.exercise_mut(id) {
                e.follow_up_ids.push(cm);
            }
        });
        created.set(title.map(|t| (cm.uuid(), t)));
    };
    let remove = move |_| {
        ex_edit(ctx, id, |e| {
            if index < e.weaknesses.len() {
                e.weaknesses.remove(index);
            }
        });
        // The row holding the focused button is gone.
        focus_soon("[data-testid=add-weakness]", false);
    };
    view! {
        <li class="weakness" data-testid="weakness">
            <div class="weakness-fields">
                <CodeSelect
                    label=msg::WEAKNESS_KIND
                    value=kind
                    on_change=Callback::new(move |k| ex_edit(ctx, id, |e| {
                        if let Some(w) = e.weaknesses.get_mut(index) {
                            w.kind = k;
                        }
                    }))
                    testid="weakness-kind"
                />
                <TextArea
                    label=msg::WEAKNESS_DESC
                    value=description.value
                    on_input=description.on_input
                    error=description.error_text()
                    testid="weakness-description"
                    rows=2
                />
            </div>
            <div class="actions">
                <button data-testid="weakness-to-countermeasure" on:click=to_cm>{move || msg::TO_COUNTERMEASURE.get(ctx.l())}</button>
                <button class="danger" data-testid="remove-weakness" on:click=remove>{move || msg::REMOVE_WEAKNESS.get(ctx.l())}</button>
            </div>
            {move || created.get().map(|(cid, title)| view! {
                <p class="notice" role="status" data-testid="weakness-cm-created">
                    {move || msg::CREATED_CM.get(ctx.l())}" "
                    <a href=Route::Workbook(wb, Screen::Countermeasures(Some(cid))).to_hash()>{title}</a>
                </p>
            })}
        </li>
    }
}
