//! The threat actors: the toolbar that adds one (blank or from a catalogue
//! template) and the table of actors with their kind, default capability,
//! number of assessments and highest threat level, keyed by actor id.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::catalog::{self, ActorTemplate, Source, ACTORS};
use crate::domain::ids::ActorId;
use crate::domain::kinds::ActorKind;
use crate::domain::model::ThreatActor;
use crate::domain::rating::Rating;
use crate::domain::scoring::ThreatLevel;
use crate::i18n::threats as msg;
use crate::ui::paging::keyed_rows;
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{focus_soon, LevelBadge};

use super::level::{level_view, rating_text};

/// "Add an actor" and "add from the catalogue": the new actor is selected
/// and its name field takes focus.
#[component]
pub fn ActorToolbar(go_actor: Callback<ActorId>) -> impl IntoView {
    let ctx = Ctx::get();
    let add = move |actor: ThreatActor| {
        let id = actor.id;
        ctx.update(|wb| wb.actors.push(actor));
        go_actor.run(id);
        focus_soon("[data-testid=actor-name]", false);
    };
    let add_blank = move |_| {
        let name = msg::NEW_ACTOR_NAME.get(ctx.lang.get_untracked());
        add(ThreatActor::new(
            ActorId::new(new_id()),
            name,
            ActorKind::Other,
        ));
    };
    let template = RwSignal::new(ACTORS.first().map(|t| t.id).unwrap_or_default());
    let add_from_catalog = move |_| {
        if let Some(t) = catalog::actor(template.get_untracked()) {
            let id = ActorId::new(new_id());
            add(ThreatActor::from_template(id, t, ctx.lang.get_untracked()));
        }
    };
    // The catalogue is static: each group's options are keyed by template id.
    let option = move |t: &'static ActorTemplate| {
        let tid = t.id;
        view! {
            <option value=tid selected=move || template.get() == tid>
                {move || format!("{} — {}", t.name.get(ctx.l()), t.source.label(ctx.l()))}
            </option>
        }
    };
    let groups = ActorKind::ALL
        .iter()
        .map(|&k| {
            let templates = move || catalog::actors_of(k).collect::<Vec<_>>();
            view! {
                <optgroup label=move || k.label().get(ctx.l())>
                    <For
                        each=templates
                        key=|t| t.id
                        children=option
                    />
                </optgroup>
            }
        })
        .collect_view();

    view! {
        <div class="toolbar actor-add">
            <button type="button" class="primary" data-testid="add-actor" on:click=add_blank>
                {move || msg::ADD_ACTOR.get(ctx.l())}
            </button>
            <label class="field template-field">
                <span class="field-label">{move || msg::TEMPLATE.get(ctx.l())}</span>
                <select
                    data-testid="actor-template"
                    prop:value=move || template.get()
                    on:change=move |ev| {
                        if let Some(t) = catalog::actor(&event_target_value(&ev)) {
                            template.set(t.id);
                        }
                    }
                >
                    {groups}
                </select>
            </label>
            <button type="button" data-testid="add-actor-from-catalog" on:click=add_from_catalog>
                {move || msg::ADD_FROM_CATALOG.get(ctx.l())}
            </button>
        </div>
    }
}

/// What one row of the actor table shows.
#[derive(Clone, Debug, PartialEq)]
struct ActorRow {
    id: ActorId,
    name: String,
    kind: ActorKind,
    default_capability: Option<Rating>,
    assessments: usize,
    /// The most severe threat level over the actor's assessments.
    highest: Option<ThreatLevel>,
    /// Source of the template it was made from.
    source: Option<Source>,
}

/// Every actor's row, in entry order.
fn actor_rows(ctx: Ctx) -> Vec<ActorRow> {
    let analysis = ctx.analysis.get();
    ctx.wb.with(|w| {
        let Some(w) = w else {
            return Vec::new();
        };
        let mut summary: HashMap<ActorId, (usize, Option<ThreatLevel>)> = HashMap::new();
        if let Some(an) = analysis.as_ref() {
            for (a, t) in w.assessments.iter().zip(&an.threats) {
                let e = summary.entry(a.actor_id).or_default();
                e.0 += 1;
                let more =
                    e.1.is_none_or(|b| (t.product, t.decided()) > (b.product, b.decided()));
                if more {
                    e.1 = Some(*t);
                }
            }
        }
        w.actors
            .iter()
            .map(|a| {
                let (assessments, highest) = summary.get(&a.id).copied().unwrap_or_default();
                ActorRow {
                    id: a.id,
                    name: a.name.clone(),
                    kind: a.kind,
                    default_capability: a.default_capability,
                    assessments,
                    highest,
                    source: catalog::source_of_record(a.catalog_id.as_deref()),
                }
            })
            .collect()
    })
}

/// The list of actors; the selected one is marked (read live from
/// `selected`, so selecting another actor re-renders no row).
#[component]
pub fn ActorTable(selected: Memo<Option<ActorId>>, go_actor: Callback<ActorId>) -> impl IntoView {
    let ctx = Ctx::get();
    let rows = Memo::new(move |_| actor_rows(ctx));
    let row = move |r: ActorRow| {
        let id = r.id;
        let is_sel = move || selected.get() == Some(id);
        let (text, level, status) = level_view(r.highest.as_ref());
        view! {
            <tr data-testid="actor-row" aria-selected=move || is_sel().to_string()>
                <th scope="row">
                    <button
                        type="button"
                        class="link-button"
                        data-testid="select-actor"
                        aria-current=move || if is_sel() { "true" } else { "false" }
                        on:click=move |_| go_actor.run(id)
                    >
                        {r.name}
                    </button>
                    {r.source.map(|s| view! {
                        <span class="source-cite muted" data-testid="actor-source" title=move || s.long_label(ctx.l())>{move || s.label(ctx.l())}</span>
                    })}
                </th>
                <td>{move || r.kind.label().get(ctx.l())}</td>
                <td class="num">{move || rating_text(r.default_capability, ctx.l())}</td>
                <td class="num">{r.assessments}</td>
                <td class="num" title=move || status.get(ctx.l())>
                    <LevelBadge text=text level=level/>
                </td>
            </tr>
        }
    };
    view! {
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p data-testid="no-actors">{move || msg::NO_ACTORS.get(ctx.l())}</p> }
        >
            <table class="data-table actor-table" data-testid="actor-list">
                <thead>
                    <tr>
                        <th scope="col">{move || msg::COL_NAME.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_KIND.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_DEFAULT_CAP.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_ASSESSMENTS.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_HIGHEST.get(ctx.l())}</th>
                    </tr>
                </thead>
                <tbody>{keyed_rows(rows, |r: &ActorRow| r.id, row)}</tbody>
            </table>
        </Show>
    }
}
