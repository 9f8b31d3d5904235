//! The technologies a person can access: the linked ones, each with its
//! key-person checkbox (属人化) and Unlink, and a picker to link one more.
//! Unlinking deletes the access link through `edit` (undoable from the
//! header like every edit).

use leptos::prelude::*;

use crate::domain::ids::{AccessId, PersonId, TechnologyId};
use crate::domain::model::AccessLink;
use crate::i18n::people as msg;
use crate::route::{Route, Screen};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{LinkPicker, PickGroup, PickOption};

/// One linked technology as shown.
#[derive(Clone, Debug, PartialEq)]
struct Link {
    id: AccessId,
    tech: String,
    href: String,
    key_person: bool,
}

#[component]
pub fn Access(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    let linked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(w) = w.as_ref() else {
                return Vec::new();
            };
            w.access_of(id)
                .filter_map(|a| {
                    let t = w.technology(a.technology_id)?;
                    Some(Link {
                        id: a.id,
                        tech: t.name.clone(),
                        href: Route::Workbook(w.id.uuid(), Screen::Inventory(Some(t.id.uuid())))
                            .to_hash(),
                        key_person: a.key_person,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let choices = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(w) = w.as_ref() else {
                return Vec::new();
            };
            let options = w
                .technologies
                .iter()
                .filter(|t| !w.access_of(id).any(|a| a.technology_id == t.id))
                .map(|t| PickOption {
                    value: t.id.to_string(),
                    label: t.name.clone(),
                })
                .collect();
            PickGroup::plain(options)
        })
    });
    let none = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().is_none_or(|w| w.technologies.is_empty()))
    });
    let link = Callback::new(move |raw: String| {
        if let Ok(tid) = raw.parse::<TechnologyId>() {
            ctx.update(|w| {
                if !w
                    .access
                    .iter()
                    .any(|a| a.person_id == id && a.technology_id == tid)
                {
                    w.access.push(AccessLink {
                        id: AccessId::new(new_id()),
                        person_id: id,
                        technology_id: tid,
                        key_person: false,
                    });
                }
            });
        }
    });
    let unlink = move |aid: AccessId| {
        ctx.update(|w| {
            w.delete_access(aid);
        });
        crate::ui::widgets::focus_soon("[data-testid=person-link-tech-select]", false);
    };
    let set_key = move |aid: AccessId, on: bool| {
        ctx.update(|w| {
            if let Some(a) = w.access.iter_mut().find(|a| a.id == aid) {
                a.key_person = on;
            }
        });
    };
    view! {
        <fieldset class="person-access" data-testid="person-access">
            <legend>{move || msg::ACCESS.get(ctx.l())}</legend>
            <Show
                when=move || !none.get()
                fallback=move || view! { <p class="muted">{move || msg::NO_TECHNOLOGIES.get(ctx.l())}</p> }
            >
                <Show
                    when=move || linked.with(|l| !l.is_empty())
                    fallback=move || view! { <p class="muted">{move || msg::NO_ACCESS.get(ctx.l())}</p> }
                >
                    <ul class="linked-list">
                        <For each=move || linked.get() key=|l| (l.id, l.key_person, l.tech.clone()) let:l>
                            {
                                let aid = l.id;
                                let cb = format!("key-{aid}");
                                let tech = l.tech.clone();
                                view! {
                                    <li data-testid="person-access-item">
                                        <a href=l.href.clone()>{l.tech.clone()}</a>
                                        " "
                                        <span class="checkbox-line">
                                            <input type="checkbox" id=cb.clone() data-testid="person-key-person"
                                                prop:checked=l.key_person
                                                on:change=move |ev| set_key(aid, event_target_checked(&ev))/>
                                            <label for=cb>{move || msg::KEY_PERSON.get(ctx.l())}</label>
                                        </span>
                                        " "
                                        <button type="button" data-testid="person-unlink-tech"
                                            aria-label=move || format!("{}: {}", msg::UNLINK.get(ctx.l()), tech)
                                            on:click=move |_| unlink(aid)>
                                            {move || msg::UNLINK.get(ctx.l())}
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
                <LinkPicker
                    label=msg::LINK_TECH
                    button=msg::LINK
                    groups=choices
                    on_pick=link
                    select_testid="person-link-tech-select"
                    button_testid="person-link-tech-button"
                />
            </Show>
        </fieldset>
    }
}
