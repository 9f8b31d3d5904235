//! The countermeasures decided after an exercise: the linked ones (with
//! their status), each with Unlink, and a picker to link an existing one.
//! New ones come from a weakness (`weaknesses.rs`).

use leptos::prelude::*;

use crate::domain::ids::{CountermeasureId, ExerciseId};
use crate::i18n::exercises as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{LinkPicker, Linked, LinkedList, PickGroup, PickOption};

use super::detail::ex_edit;

#[component]
pub fn FollowUps(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    // (linked, the others to choose from).
    let lists = Memo::new(move |_| {
        let l = ctx.l();
        ctx.wb.with(|w| {
            let Some((w, e)) = w.as_ref().and_then(|w| w.exercise(id).map(|e| (w, e))) else {
                return (Vec::new(), Vec::new());
            };
            let linked = e
                .follow_up_ids
                .iter()
                .filter_map(|c| w.countermeasure(*c))
                .map(|m| Linked {
                    value: m.id.to_string(),
                    label: m.title.clone(),
                    note: Some(m.status.label().get(l).to_owned()),
                    href: Some(
                        Route::Workbook(w.id.uuid(), Screen::Countermeasures(Some(m.id.uuid())))
                            .to_hash(),
                    ),
                })
                .collect();
            let others = PickGroup::plain(
                w.countermeasures
                    .iter()
                    .filter(|m| !e.follow_up_ids.contains(&m.id))
                    .map(|m| PickOption {
                        value: m.id.to_string(),
                        label: m.title.clone(),
                    })
                    .collect(),
            );
            (linked, others)
        })
    });
    let linked = Memo::new(move |_| lists.with(|l| l.0.clone()));
    let others = Memo::new(move |_| lists.with(|l| l.1.clone()));
    let link = Callback::new(move |raw: String| {
        if let Ok(cid) = raw.parse::<CountermeasureId>() {
            ex_edit(ctx, id, |e| {
                if !e.follow_up_ids.contains(&cid) {
                    e.follow_up_ids.push(cid);
                }
            });
        }
    });
    let unlink = Callback::new(move |raw: String| {
        if let Ok(cid) = raw.parse::<CountermeasureId>() {
            ex_edit(ctx, id, |e| e.follow_up_ids.retain(|c| *c != cid));
        }
    });
    view! {
        <fieldset class="ex-followups" data-testid="exercise-follow-ups">
            <legend>{move || msg::FOLLOW_UPS.get(ctx.l())}</legend>
            <LinkedList
                items=linked
                on_unlink=unlink
                unlink=msg::UNLINK
                empty=msg::NO_FOLLOW_UPS
                item_testid="follow-up"
                unlink_testid="unlink-follow-up"
                refocus="link-follow-up"
            />
            <LinkPicker
                label=msg::LINK_CM
                button=msg::LINK
                groups=others
                on_pick=link
                select_testid="link-follow-up"
                button_testid="link-follow-up-button"
            />
        </fieldset>
    }
}
