//! Step 2 — threat assessment: threat actors (list and form, blank or from
//! the catalogue) and the actor × technology matrix whose cells open the
//! intent / capability / opportunity editor with its evidence and breakdown.
//!
//! Every number (threat level, band, scale, capability fallback, ranking,
//! tiers, scope) comes from the domain's analysis; this module only lays it
//! out and routes edits through `Ctx::update`.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::domain::catalog::{self, ACTORS};
use crate::domain::charts::threat_matrix::{threat_cell, CellStatus};
use crate::domain::edit::{PutBackError, Removed};
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{ActorId, AssessmentId, TechnologyId};
use crate::domain::kinds::{ActorKind, Tier};
use crate::domain::model::{Technology, ThreatActor, ThreatAssessment};
use crate::domain::paging::{Page, MATRIX_COLUMNS};
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::scoring::{CapabilitySource, ThreatLevel, ThreatStatus};
use crate::domain::text::{Lang, Text};
use crate::domain::validate::Subject;
use crate::i18n::{common, paging as paging_msg, threats as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{Pager, Paging};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{
    fmt_score, unique_id, CodeSelect, LevelBadge, RatingInput, TextArea, TextField,
};

/// Which technologies the matrix shows as columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Columns {
    /// The top tier (default: where round 1 starts, and small enough to project).
    #[default]
    Top,
    /// The current round's scope.
    Round,
    All,
}

impl Columns {
    fn code(self) -> &'static str {
        match self {
            Columns::Top => "top",
            Columns::Round => "round",
            Columns::All => "all",
        }
    }

    fn from_code(code: &str) -> Columns {
        match code {
            "round" => Columns::Round,
            "all" => Columns::All,
            _ => Columns::Top,
        }
    }
}

/// Where focus goes when the screen is built again after a navigation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Focus {
    #[default]
    None,
    /// The selected actor's name field.
    ActorName,
}

/// Screen state that outlives one rendering: selecting an actor changes the
/// route, which rebuilds the screen, and the facilitator should not lose the
/// column choice, the open cell or the chance to undo.
#[derive(Default)]
struct Memory {
    wb: Option<Uuid>,
    columns: Columns,
    open: Option<(ActorId, TechnologyId)>,
    removed: Option<(Removed, String)>,
    focus: Focus,
    /// The page of the matrix's technology columns (from 0).
    matrix_page: usize,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

fn take_focus() -> Focus {
    MEMORY.with(|m| std::mem::take(&mut m.borrow_mut().focus))
}

fn set_focus(f: Focus) {
    MEMORY.with(|m| m.borrow_mut().focus = f);
}

/// Focuses the first element matching `selector`, if any.
fn focus_selector(selector: &str) {
    if let Ok(Some(el)) = document().query_selector(selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

fn cell_dom_id(actor: ActorId, tech: TechnologyId) -> String {
    format!("cell-{actor}-{tech}")
}

/// What a matrix cell or a badge shows for a (possibly missing) assessment:
/// the text, the colour class suffix and the status in words. The rule is
/// the domain's (`charts::threat_matrix`); this only names the status.
fn level_view(level: Option<&ThreatLevel>) -> (String, &'static str, Text) {
    let cell = threat_cell(level);
    let status = match cell.status {
        CellStatus::NotAssessed => msg::ST_NOT_ASSESSED,
        CellStatus::Rated => msg::ST_RATED,
        CellStatus::NoIntent => msg::ST_NO_INTENT,
        CellStatus::IntentNotRated => msg::ST_INTENT_NOT_RATED,
        CellStatus::Incomplete => msg::ST_INCOMPLETE,
    };
    (cell.shown.to_owned(), cell.class, status)
}

fn rating_text(r: Option<Rating>, l: Lang) -> String {
    r.map_or_else(|| common::NOT_RATED.get(l).to_owned(), |r| r.to_string())
}

/// A labelled multi-line field validated as free text by the domain; only a
/// valid value is stored, an invalid one stays in the box with its message.
fn validated_text(
    label: Text,
    subject: Subject,
    field: Field,
    testid: &'static str,
    get: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = Ctx::get();
    let err = RwSignal::new(None::<ValidationError>);
    view! {
        <TextArea
            label=label
            value=Signal::derive(get)
            on_input=Callback::new(move |raw: String| match subject.text(field, &raw) {
                Ok(v) => {
                    err.set(None);
                    set(v);
                }
                Err(e) => err.set(Some(e)),
            })
            error=Signal::derive(move || err.get().map(|e| e.message(ctx.l())))
            testid=testid
        />
    }
}

#[component]
pub fn ThreatsScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let wb_id = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid()));
    let (columns0, open0, removed0) = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if m.wb != wb_id {
            *m = Memory {
                wb: wb_id,
                ..Memory::default()
            };
        }
        (m.columns, m.open, m.removed.clone())
    });
    let columns = RwSignal::new(columns0);
    let open_cell = RwSignal::new(open0);
    let removed = RwSignal::new(removed0);
    let undo_error = RwSignal::new(None::<PutBackError>);
    // Whether the editor should take focus when it appears (not when it is
    // merely rebuilt after a navigation).
    let focus_editor = StoredValue::new(false);
    Effect::new(move |_| {
        let c = columns.get();
        let o = open_cell.get();
        let r = removed.get();
        MEMORY.with(|m| {
            let mut m = m.borrow_mut();
            m.columns = c;
            m.open = o;
            m.removed = r;
        });
    });

    let selected = selected.map(ActorId::new).filter(|id| {
        ctx.wb
            .with_untracked(|w| w.as_ref().is_some_and(|w| w.actor(*id).is_some()))
    });
    let go_actor = move |id: Option<ActorId>| {
        if let Some(wb) = wb_id {
            ctx.go(Route::Workbook(wb, Screen::Threats(id.map(ActorId::uuid))));
        }
    };
    let on_removed = Callback::new(move |r: (Removed, String)| {
        undo_error.set(None);
        removed.set(Some(r));
    });

    // ---- adding actors --------------------------------------------------------
    let add_blank = move |_| {
        let id = ActorId::new(new_id());
        let name = msg::NEW_ACTOR_NAME.get(ctx.lang.get_untracked());
        ctx.update(|wb| wb.actors.push(ThreatActor::new(id, name, ActorKind::Other)));
        set_focus(Focus::ActorName);
        go_actor(Some(id));
    };
    let template = RwSignal::new(ACTORS.first().map(|t| t.id).unwrap_or_default());
    let add_from_catalog = move |_| {
        if let Some(t) = catalog::actor(template.get_untracked()) {
            let id = ActorId::new(new_id());
            let actor = ThreatActor::from_template(id, t, ctx.lang.get_untracked());
            ctx.update(|wb| wb.actors.push(actor));
            set_focus(Focus::ActorName);
            go_actor(Some(id));
        }
    };

    let undo = move |_| {
        let Some((r, _)) = removed.get_untracked() else {
            return;
        };
        let actor = r.actors.first().map(|(_, a)| a.id);
        let mut result = Ok(());
        ctx.update(|wb| result = wb.put_back(r));
        match result {
            Ok(()) => {
                removed.set(None);
                undo_error.set(None);
                if actor.is_some() {
                    go_actor(actor);
                }
            }
            Err(e) => undo_error.set(Some(e)),
        }
    };

    let template_options = move || {
        ActorKind::ALL
            .iter()
            .map(|&k| {
                view! {
                    <optgroup label=move || k.label().get(ctx.l())>
                        {catalog::actors_of(k)
                            .map(|t| {
                                let tid = t.id;
                                view! {
                                    <option value=tid selected=move || template.get() == tid>
                                        {move || t.name.get(ctx.l())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </optgroup>
                }
            })
            .collect_view()
    };

    view! {
        <section class="threats">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <div class="threats-intro">
                <p>{move || msg::INTRO_WHO.get(ctx.l())}</p>
                <p>{move || msg::INTRO_ICO.get(ctx.l())}</p>
                <p><strong>{move || msg::INTRO_NO_INTENT.get(ctx.l())}</strong></p>
            </div>

            <section class="actors" aria-labelledby="actors-title">
                <h3 id="actors-title">{move || msg::ACTORS_TITLE.get(ctx.l())}</h3>
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
                                let v = event_target_value(&ev);
                                if let Some(t) = catalog::actor(&v) {
                                    template.set(t.id);
                                }
                            }
                        >
                            {template_options}
                        </select>
                    </label>
                    <button type="button" data-testid="add-actor-from-catalog" on:click=add_from_catalog>
                        {move || msg::ADD_FROM_CATALOG.get(ctx.l())}
                    </button>
                </div>
                <div class="split">
                    <div class="actor-list">
                        <ActorTable selected=selected go_actor=Callback::new(move |id| go_actor(Some(id)))/>
                    </div>
                    <div class="actor-detail">
                        {match selected {
                            Some(id) => view! {
                                <ActorForm
                                    id=id
                                    on_removed=on_removed
                                    on_deleted=Callback::new(move |()| go_actor(None))
                                />
                            }
                            .into_any(),
                            None => view! {
                                <p class="panel muted select-hint">{move || msg::SELECT_ACTOR.get(ctx.l())}</p>
                            }
                            .into_any(),
                        }}
                    </div>
                </div>
            </section>

            <section class="matrix-section" aria-labelledby="matrix-title">
                <h3 id="matrix-title">{move || msg::MATRIX_TITLE.get(ctx.l())}</h3>
                <p class="hint">{move || msg::MATRIX_HELP.get(ctx.l())}</p>
                <Matrix columns=columns open_cell=open_cell focus_editor=focus_editor/>
                {move || {
                    open_cell
                        .get()
                        .map(|(actor, tech)| {
                            let focus = focus_editor.get_value();
                            focus_editor.set_value(false);
                            view! {
                                <AssessmentEditor
                                    actor=actor
                                    tech=tech
                                    take_focus=focus
                                    on_close=Callback::new(move |()| {
                                        open_cell.set(None);
                                        focus_selector(&format!("#{}", cell_dom_id(actor, tech)));
                                    })
                                    on_removed=on_removed
                                />
                            }
                        })
                }}
            </section>

            <Show when=move || removed.with(|r| r.is_some())>
                <div class="toast notice" role="status" data-testid="undo-toast">
                    <span>
                        {move || msg::DELETED.get(ctx.l())}
                        {move || removed.with(|r| r.as_ref().map(|(_, l)| l.clone()).unwrap_or_default())}
                    </span>
                    <button type="button" class="primary" data-testid="undo-delete" on:click=undo>
                        {move || common::UNDO.get(ctx.l())}
                    </button>
                    <button type="button" data-testid="dismiss-undo" on:click=move |_| {
                        removed.set(None);
                        undo_error.set(None);
                    }>
                        {move || common::CLOSE.get(ctx.l())}
                    </button>
                    {move || {
                        undo_error
                            .get()
                            .map(|e| {
                                let l = ctx.l();
                                let text = e.0.iter().map(|v| v.message(l)).collect::<Vec<_>>().join(" ");
                                view! {
                                    <span class="error" role="alert">{msg::UNDO_FAILED.get(l)}{text}</span>
                                }
                            })
                    }}
                </div>
            </Show>
        </section>
    }
}

/// The list of actors with their kind, default capability, number of
/// assessments and highest threat level.
#[component]
fn ActorTable(selected: Option<ActorId>, go_actor: Callback<ActorId>) -> impl IntoView {
    let ctx = Ctx::get();
    let rows = move || {
        let l = ctx.l();
        let analysis = ctx.analysis.get();
        ctx.wb.with(|w| {
            let Some(w) = w else {
                return Vec::new();
            };
            // Per actor: number of assessments and the most severe level.
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
                    let id = a.id;
                    let (count, top) = summary.get(&id).copied().unwrap_or_default();
                    let (text, level, status) = level_view(top.as_ref());
                    let is_sel = selected == Some(id);
                    view! {
                        <tr data-testid="actor-row" aria-selected=is_sel.to_string()>
                            <th scope="row">
                                <button
                                    type="button"
                                    class="link-button"
                                    data-testid="select-actor"
                                    aria-current=if is_sel { "true" } else { "false" }
                                    on:click=move |_| go_actor.run(id)
                                >
                                    {a.name.clone()}
                                </button>
                            </th>
                            <td>{a.kind.label().get(l)}</td>
                            <td class="num">{rating_text(a.default_capability, l)}</td>
                            <td class="num">{count}</td>
                            <td class="num" title=status.get(l)>
                                <LevelBadge text=text level=level/>
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show
            when=move || ctx.wb.with(|w| w.as_ref().is_some_and(|w| !w.actors.is_empty()))
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
                <tbody>{rows}</tbody>
            </table>
        </Show>
    }
}

/// Every field of one threat actor, saved as typed; delete with the domain's
/// impact preview.
#[component]
fn ActorForm(
    id: ActorId,
    on_removed: Callback<(Removed, String)>,
    on_deleted: Callback<()>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Actor, id);
    let read = move |f: fn(&ThreatActor) -> String| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(id))
                .map(f)
                .unwrap_or_default()
        })
    };
    let write = move |f: Box<dyn FnOnce(&mut ThreatActor)>| {
        ctx.update(|wb| {
            if let Some(a) = wb.actor_mut(id) {
                f(a);
            }
        });
    };

    // The name keeps its own draft so trimming never fights the typing.
    let name_draft = RwSignal::new(ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.actor(id))
            .map(|a| a.name.clone())
            .unwrap_or_default()
    }));
    let name_err = RwSignal::new(None::<ValidationError>);
    let name_subject = subject.clone();
    let on_name = Callback::new(move |raw: String| {
        name_draft.set(raw.clone());
        match name_subject.name(Field::Name, &raw) {
            Ok(v) => {
                name_err.set(None);
                write(Box::new(move |a| a.name = v));
            }
            Err(e) => name_err.set(Some(e)),
        }
    });

    let catalog_note = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.actor(id))
            .and_then(|a| a.catalog_id.clone())
            .and_then(|c| catalog::entry_title(&c))
    });

    let confirming = RwSignal::new(false);
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(b) = cancel_ref.get() {
                let _ = b.focus();
            }
        }
    });
    let do_delete = move |_| {
        let name = read(|a| a.name.clone());
        let out = ctx.delete(|wb| wb.delete_actor(id));
        confirming.set(false);
        if let Some(r) = out {
            on_removed.run((r, name));
        }
        on_deleted.run(());
    };
    let impact = move || {
        let l = ctx.l();
        ctx.wb
            .with(|w| w.as_ref().and_then(|w| w.delete_actor_impact(id)))
            .map(|imp| {
                let item = |i: &crate::domain::edit::ImpactItem| {
                    view! { <li>{i.entity.label().get(l)}" — "{i.label.clone()}</li> }
                };
                let deleted = imp.deleted.iter().map(item).collect_view();
                let unlinked = (!imp.unlinked.is_empty()).then(|| {
                    let items = imp.unlinked.iter().map(item).collect_view();
                    view! {
                        <p>{msg::WILL_UNLINK.get(l)}</p>
                        <ul>{items}</ul>
                    }
                });
                view! {
                    <p>{msg::WILL_DELETE.get(l)}</p>
                    <ul data-testid="delete-impact">{deleted}</ul>
                    {unlinked}
                }
            })
    };

    if take_focus() == Focus::ActorName {
        Effect::new(move |_| focus_selector("[data-testid=actor-name]"));
    }

    let s = subject.clone();
    let description = validated_text(
        msg::DESCRIPTION,
        s,
        Field::Description,
        "actor-description",
        move || read(|a| a.description.clone()),
        move |v| write(Box::new(move |a| a.description = v)),
    );
    let motive = validated_text(
        msg::MOTIVE,
        subject.clone(),
        Field::Motive,
        "actor-motive",
        move || read(|a| a.motive.clone()),
        move |v| write(Box::new(move |a| a.motive = v)),
    );
    let methods = validated_text(
        msg::METHODS,
        subject.clone(),
        Field::Methods,
        "actor-methods",
        move || read(|a| a.methods.clone()),
        move |v| write(Box::new(move |a| a.methods = v)),
    );
    let notes = validated_text(
        msg::NOTES,
        subject,
        Field::Notes,
        "actor-notes",
        move || read(|a| a.notes.clone()),
        move |v| write(Box::new(move |a| a.notes = v)),
    );

    view! {
        <section class="panel actor-form" data-testid="actor-form" aria-labelledby="actor-form-title">
            <h4 id="actor-form-title">{move || msg::ACTOR_FORM.get(ctx.l())}</h4>
            {catalog_note.map(|t| view! {
                <p class="hint">{move || msg::FROM_CATALOG.get(ctx.l())}{move || t.get(ctx.l())}</p>
            })}
            <div class="form-grid">
                <TextField
                    label=common::NAME
                    value=name_draft
                    on_input=on_name
                    error=Signal::derive(move || name_err.get().map(|e| e.message(ctx.l())))
                    testid="actor-name"
                />
                <CodeSelect
                    label=msg::KIND
                    value=Signal::derive(move || {
                        ctx.wb.with(|w| {
                            w.as_ref().and_then(|w| w.actor(id)).map_or(ActorKind::Other, |a| a.kind)
                        })
                    })
                    on_change=Callback::new(move |k: ActorKind| write(Box::new(move |a| a.kind = k)))
                    testid="actor-kind"
                />
            </div>
            {description}
            {motive}
            {methods}
            <div class="default-capability">
                <p class="hint">{move || msg::DEFAULT_CAPABILITY_HINT.get(ctx.l())}</p>
                <RatingInput
                    axis=RatingAxis::Capability
                    value=Signal::derive(move || {
                        ctx.wb.with(|w| w.as_ref().and_then(|w| w.actor(id)).and_then(|a| a.default_capability))
                    })
                    on_change=Callback::new(move |r: Option<Rating>| {
                        write(Box::new(move |a| a.default_capability = r))
                    })
                    testid="actor-default-capability"
                />
            </div>
            {notes}
            <div class="actions">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="danger" data-testid="delete-actor" on:click=move |_| confirming.set(true)>
                            {move || msg::DELETE_ACTOR.get(ctx.l())}
                        </button>
                    }
                >
                    <div
                        class="confirm confirm-block"
                        role="alertdialog"
                        aria-labelledby="confirm-actor-title"
                        on:keydown=move |ev| {
                            if ev.key() == "Escape" {
                                confirming.set(false);
                            }
                        }
                    >
                        <strong id="confirm-actor-title">{move || msg::CONFIRM_DELETE_ACTOR.get(ctx.l())}</strong>
                        <div class="impact">{impact}</div>
                        <div class="actions">
                            <button type="button" class="danger" data-testid="confirm-delete-actor" on:click=do_delete>
                                {move || common::CONFIRM_DELETE.get(ctx.l())}
                            </button>
                            <button type="button" node_ref=cancel_ref on:click=move |_| confirming.set(false)>
                                {move || common::CANCEL.get(ctx.l())}
                            </button>
                        </div>
                    </div>
                </Show>
            </div>
        </section>
    }
}

/// The actor × technology matrix.
#[component]
fn Matrix(
    columns: RwSignal<Columns>,
    open_cell: RwSignal<Option<(ActorId, TechnologyId)>>,
    focus_editor: StoredValue<bool>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let scope_label = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| w.current_scope().label().get(ctx.l()))
                .unwrap_or_default()
        })
    };
    // The technologies the chosen columns cover, in ranking order; the
    // matrix shows one page of them at a time.
    let column_ids = Memo::new(move |_| {
        let mode = columns.get();
        ctx.analysis.with(|an| {
            an.as_ref()
                .map(|an| {
                    an.ranking
                        .iter()
                        .filter(|id| {
                            an.technology(**id).is_some_and(|ta| match mode {
                                Columns::Top => ta.tier == Tier::Top,
                                Columns::Round => ta.coverage.in_scope,
                                Columns::All => true,
                            })
                        })
                        .copied()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Opens on the page holding the open cell's technology.
    let open_column = open_cell
        .get_untracked()
        .and_then(|(_, tech)| column_ids.with_untracked(|c| c.iter().position(|t| *t == tech)));
    let stored = MEMORY.with(|m| m.borrow().matrix_page);
    let paging = Paging::with_size_opening(MATRIX_COLUMNS, open_column, stored, move || {
        column_ids.with(Vec::len)
    });
    paging.reset_when(move || columns.get());
    Effect::new(move |_| {
        let page = paging.index();
        MEMORY.with(|m| m.borrow_mut().matrix_page = page);
    });
    let table = move || {
        let l = ctx.l();
        let open = open_cell.get();
        let range = paging.page.with(Page::range);
        let Some(an) = ctx.analysis.get() else {
            return ().into_any();
        };
        column_ids.with(|ids| ctx.wb.with(|w| {
            let Some(w) = w else {
                return ().into_any();
            };
            let by_id: HashMap<TechnologyId, &Technology> =
                w.technologies.iter().map(|t| (t.id, t)).collect();
            let techs: Vec<(&Technology, Tier, Option<usize>)> = ids
                .get(range)
                .unwrap_or_default()
                .iter()
                .filter_map(|id| {
                    let ta = an.technology(*id)?;
                    by_id.get(id).map(|t| (*t, ta.tier, ta.rank))
                })
                .collect();
            let showing = format!(
                "{}{} / {}",
                msg::SHOWING.get(l),
                ids.len(),
                w.technologies.len()
            );
            if w.actors.is_empty() {
                return view! { <p class="notice">{msg::NO_ACTORS_MATRIX.get(l)}</p> }.into_any();
            }
            if techs.is_empty() {
                return view! {
                    <p class="muted">{showing}</p>
                    <p class="notice" data-testid="matrix-empty">{msg::NO_TECHNOLOGIES.get(l)}</p>
                }
                .into_any();
            }
            let head = techs
                .iter()
                .map(|(t, tier, rank)| {
                    let rank = rank.map(|r| format!(" · {} {r}", msg::RANK.get(l)));
                    view! {
                        <th scope="col" data-testid="matrix-tech">
                            <span class="tech-name">{t.name.clone()}</span>
                            <span class=format!("tier-label tier-{}", tier.code())>
                                {tier.label().get(l)}{rank}
                            </span>
                        </th>
                    }
                })
                .collect_view();
            let rows = w
                .actors
                .iter()
                .map(|a| {
                    let cells = techs
                        .iter()
                        .map(|(t, _, _)| {
                            let (aid, tid) = (a.id, t.id);
                            let level = an.threat(aid, tid);
                            let (text, class, status) = level_view(level);
                            let band = text.clone();
                            let product = level
                                .filter(|x| x.status == ThreatStatus::Rated)
                                .map(|x| x.product);
                            let label = format!(
                                "{} × {}: {} {}",
                                a.name,
                                t.name,
                                msg::RESULT.get(l),
                                text
                            );
                            let pressed = open == Some((aid, tid));
                            view! {
                                <td>
                                    <button
                                        type="button"
                                        class=format!("cell level-{class}")
                                        id=cell_dom_id(aid, tid)
                                        data-testid="threat-cell"
                                        data-actor=aid.to_string()
                                        data-tech=tid.to_string()
                                        data-band=band
                                        data-product=product.map(|p| p.to_string()).unwrap_or_default()
                                        aria-pressed=pressed.to_string()
                                        title=status.get(l)
                                        on:click=move |_| {
                                            focus_editor.set_value(true);
                                            open_cell.set(Some((aid, tid)));
                                        }
                                    >
                                        // The name read out starts with who × what; the
                                        // visible number stays part of it (WCAG 2.5.3).
                                        <span class="visually-hidden">{format!("{label} ({}) ", status.get(l))}</span>
                                        <span class="cell-level">{text}</span>
                                        {product.map(|p| view! { <span class="cell-product">{p}</span> })}
                                    </button>
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr data-testid="matrix-row">
                            <th scope="row">
                                <span class="actor-name">{a.name.clone()}</span>
                                <span class="actor-kind">{a.kind.label().get(l)}</span>
                            </th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="matrix-scroll" role="region" tabindex="0" aria-label=move || msg::MATRIX_SCROLL.get(ctx.l())>
                    <table class="threat-matrix" data-testid="threat-matrix">
                        <thead>
                            <tr>
                                <th scope="col" class="corner">{msg::ACTOR_HEADER.get(l)}</th>
                                {head}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }))
    };
    view! {
        <div class="toolbar">
            <label class="field">
                <span class="field-label">{move || msg::COLUMNS.get(ctx.l())}</span>
                <select
                    data-testid="matrix-columns"
                    prop:value=move || columns.get().code()
                    on:change=move |ev| columns.set(Columns::from_code(&event_target_value(&ev)))
                >
                    <option value="top" selected=move || columns.get() == Columns::Top>
                        {move || msg::COLUMNS_TOP.get(ctx.l())}
                    </option>
                    <option value="round" selected=move || columns.get() == Columns::Round>
                        {move || msg::COLUMNS_ROUND.get(ctx.l())}" ("{scope_label}")"
                    </option>
                    <option value="all" selected=move || columns.get() == Columns::All>
                        {move || msg::COLUMNS_ALL.get(ctx.l())}
                    </option>
                </select>
            </label>
            <ul class="legend" aria-label=move || msg::LEGEND.get(ctx.l())>
                <li><span class="badge level-unassessed">"—"</span>{move || msg::LG_UNASSESSED.get(ctx.l())}</li>
                <li><span class="badge level-incomplete">"?"</span>{move || msg::LG_INCOMPLETE.get(ctx.l())}</li>
                <li><span class="badge level-0">"0"</span>{move || msg::LG_NONE.get(ctx.l())}</li>
                <li>
                    <span class="badge level-1">"1"</span>
                    <span class="badge level-2">"2"</span>
                    <span class="badge level-3">"3"</span>
                    <span class="badge level-4">"4"</span>
                    <span class="badge level-5">"5"</span>
                    {move || msg::LG_LEVELS.get(ctx.l())}
                </li>
            </ul>
        </div>
        // How many technologies the columns cover, then the pager over them
        // (outside the table, which is rebuilt on every change: the pager's
        // buttons keep focus).
        {move || {
            let l = ctx.l();
            let n = column_ids.with(Vec::len);
            ctx.wb.with(|w| {
                w.as_ref()
                    .filter(|w| !w.actors.is_empty() && n > 0)
                    .map(|w| {
                        let showing = format!("{}{n} / {}", msg::SHOWING.get(l), w.technologies.len());
                        view! { <p class="muted" data-testid="matrix-showing">{showing}</p> }
                    })
            })
        }}
        <Pager paging=paging label=paging_msg::NAV_MATRIX testid="matrix-pager"/>
        {table}
    }
}

/// Applies an edit to the assessment of `actor` × `tech`, creating it on the
/// first edit.
fn edit_assessment(
    ctx: Ctx,
    actor: ActorId,
    tech: TechnologyId,
    f: impl FnOnce(&mut ThreatAssessment),
) {
    ctx.update(|wb| {
        if let Some(a) = wb
            .assessments
            .iter_mut()
            .find(|a| a.actor_id == actor && a.technology_id == tech)
        {
            f(a);
        } else {
            let mut a = ThreatAssessment::new(AssessmentId::new(new_id()), actor, tech);
            f(&mut a);
            wb.assessments.push(a);
        }
    });
}

/// Yes / no / unknown as a labelled radio group.
#[component]
fn TriState(
    label: Text,
    #[prop(into)] value: Signal<Option<bool>>,
    on_change: Callback<Option<bool>>,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let name = unique_id("tri");
    let choice = move |v: Option<bool>, code: &'static str, text: Text| {
        let name = name.clone();
        view! {
            <label class="rating-choice">
                <input
                    type="radio"
                    name=name
                    value=code
                    prop:checked=move || value.get() == v
                    on:change=move |_| on_change.run(v)
                />
                <span>{move || text.get(ctx.l())}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rating tristate" data-testid=testid>
            <legend>{move || label.get(ctx.l())}</legend>
            <div class="rating-choices">
                {choice(Some(true), "yes", common::YES)}
                {choice(Some(false), "no", common::NO)}
                {choice(None, "unknown", common::UNKNOWN)}
            </div>
        </fieldset>
    }
}

/// Intent, capability and opportunity of one actor × technology with their
/// evidence, and the resulting threat level with its breakdown.
#[component]
fn AssessmentEditor(
    actor: ActorId,
    tech: TechnologyId,
    take_focus: bool,
    on_close: Callback<()>,
    on_removed: Callback<(Removed, String)>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let asmt = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.assessment_for(actor, tech).cloned())
        })
    });
    let level = Memo::new(move |_| {
        let id = asmt.with(|a| a.as_ref().map(|a| a.id))?;
        ctx.analysis
            .with(|an| an.as_ref().and_then(|an| an.assessment(id).copied()))
    });
    let actor_name = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(actor))
                .map(|a| a.name.clone())
                .unwrap_or_default()
        })
    };
    let tech_name = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.technology(tech))
                .map(|t| t.name.clone())
                .unwrap_or_default()
        })
    };
    let default_cap = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(actor))
                .and_then(|a| a.default_capability)
        })
    };
    let get = move |f: fn(&ThreatAssessment) -> String| {
        move || asmt.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let subject = move || {
        Subject::new(
            EntityKind::Assessment,
            asmt.with_untracked(|a| a.as_ref().map(|a| a.id.to_string()).unwrap_or_default()),
        )
    };

    let heading = NodeRef::<leptos::html::H4>::new();
    if take_focus {
        Effect::new(move |_| {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        });
    }

    let remove = move |_| {
        let Some(id) = asmt.with_untracked(|a| a.as_ref().map(|a| a.id)) else {
            return;
        };
        let label = format!("{} × {}", actor_name(), tech_name());
        let out = ctx.delete(|wb| wb.delete_assessment(id));
        if let Some(r) = out {
            on_removed.run((r, label));
        }
    };

    let intent_notes = validated_text(
        msg::INTENT_NOTES,
        subject(),
        Field::Evidence,
        "intent-evidence",
        get(|a| a.intent_evidence.notes.clone()),
        move |v| edit_assessment(ctx, actor, tech, move |a| a.intent_evidence.notes = v),
    );
    let capability_evidence = validated_text(
        msg::CAPABILITY_EVIDENCE,
        subject(),
        Field::Evidence,
        "capability-evidence",
        get(|a| a.capability_evidence.clone()),
        move |v| edit_assessment(ctx, actor, tech, move |a| a.capability_evidence = v),
    );
    let opportunity_evidence = validated_text(
        msg::OPPORTUNITY_EVIDENCE,
        subject(),
        Field::Evidence,
        "opportunity-evidence",
        get(|a| a.opportunity_evidence.clone()),
        move |v| edit_assessment(ctx, actor, tech, move |a| a.opportunity_evidence = v),
    );

    let capability_note = move || {
        let l = ctx.l();
        let rated = asmt.with(|a| a.as_ref().and_then(|a| a.capability).is_some());
        if rated {
            return None;
        }
        Some(match default_cap() {
            Some(c) => format!("{}{c}", msg::CAP_USES_DEFAULT.get(l)),
            None => msg::CAP_NO_DEFAULT.get(l).to_owned(),
        })
    };

    let breakdown = move || {
        let l = ctx.l();
        let lv = level.get();
        let (text, class, status) = level_view(lv.as_ref());
        let source = lv.map(|t| match t.capability_source {
            CapabilitySource::Assessed => msg::SRC_ASSESSED,
            CapabilitySource::ActorDefault => msg::SRC_DEFAULT,
            CapabilitySource::Missing => msg::SRC_MISSING,
        });
        let product = lv.map(|t| {
            format!(
                "{} × {} × {} = {}",
                rating_text(t.intent, l),
                rating_text(t.capability, l),
                rating_text(t.opportunity, l),
                t.product
            )
        });
        let scale = lv.map(|t| {
            if t.product == 0 {
                "0".to_owned()
            } else {
                fmt_score(Some(t.scale()), l)
            }
        });
        let dash = || "—".to_owned();
        view! {
            <div class="threat-result" data-testid="threat-result" data-status=format!("{:?}", lv.map(|t| t.status))>
                <p class="result-head">
                    <span class="field-label">{msg::RESULT.get(l)}</span>
                    " "
                    <LevelBadge text=text level=class/>
                    " "
                    <span data-testid="threat-status">{status.get(l)}</span>
                </p>
                <table class="breakdown">
                    <tbody>
                        <tr>
                            <th scope="row">{RatingAxis::Intent.label().get(l)}</th>
                            <td>{lv.map_or_else(dash, |t| rating_text(t.intent, l))}</td>
                        </tr>
                        <tr>
                            <th scope="row">{RatingAxis::Capability.label().get(l)}</th>
                            <td>
                                {lv.map_or_else(dash, |t| rating_text(t.capability, l))}
                                {source.map(|s| format!(" ({}: {})", msg::CAP_SOURCE.get(l), s.get(l)))}
                            </td>
                        </tr>
                        <tr>
                            <th scope="row">{RatingAxis::Opportunity.label().get(l)}</th>
                            <td>{lv.map_or_else(dash, |t| rating_text(t.opportunity, l))}</td>
                        </tr>
                        <tr>
                            <th scope="row">{msg::PRODUCT.get(l)}</th>
                            <td data-testid="threat-product">{product.unwrap_or_else(dash)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{msg::SCALE.get(l)}</th>
                            <td data-testid="threat-scale">{scale.unwrap_or_else(dash)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        }
    };

    view! {
        <section
            class="panel assessment-editor"
            data-testid="assessment-editor"
            aria-labelledby="assessment-editor-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <div class="editor-head">
                <h4 id="assessment-editor-title" tabindex="-1" node_ref=heading>
                    {move || msg::EDITOR_TITLE.get(ctx.l())}": "
                    <span class="pair">{actor_name}" × "{tech_name}</span>
                </h4>
                <button type="button" data-testid="close-editor" on:click=move |_| on_close.run(())>
                    {move || msg::CLOSE_EDITOR.get(ctx.l())}
                </button>
            </div>
            <Show when=move || asmt.with(|a| a.is_none())>
                <p class="notice" data-testid="not-assessed">{move || msg::NOT_YET.get(ctx.l())}</p>
            </Show>
            <div class="editor-body">
                <div class="ico-grid">
                    <div class="factor">
                        <h5>{move || msg::INTENT_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Intent
                            value=Signal::derive(move || asmt.with(|a| a.as_ref().and_then(|a| a.intent)))
                            on_change=Callback::new(move |r| edit_assessment(ctx, actor, tech, move |a| a.intent = r))
                            testid="assess-intent"
                        />
                        <TriState
                            label=msg::IN_POLICY_LISTS
                            value=Signal::derive(move || asmt.with(|a| a.as_ref().and_then(|a| a.intent_evidence.in_policy_lists)))
                            on_change=Callback::new(move |v| edit_assessment(ctx, actor, tech, move |a| a.intent_evidence.in_policy_lists = v))
                            testid="policy-lists"
                        />
                        <TriState
                            label=msg::PATENT_ACTIVITY
                            value=Signal::derive(move || asmt.with(|a| a.as_ref().and_then(|a| a.intent_evidence.patent_activity)))
                            on_change=Callback::new(move |v| edit_assessment(ctx, actor, tech, move |a| a.intent_evidence.patent_activity = v))
                            testid="patent-activity"
                        />
                        {intent_notes}
                    </div>
                    <div class="factor">
                        <h5>{move || msg::CAPABILITY_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Capability
                            value=Signal::derive(move || asmt.with(|a| a.as_ref().and_then(|a| a.capability)))
                            on_change=Callback::new(move |r| edit_assessment(ctx, actor, tech, move |a| a.capability = r))
                            testid="assess-capability"
                        />
                        {move || capability_note().map(|t| view! { <p class="hint cap-fallback" data-testid="capability-fallback">{t}</p> })}
                        {capability_evidence}
                    </div>
                    <div class="factor">
                        <h5>{move || msg::OPPORTUNITY_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Opportunity
                            value=Signal::derive(move || asmt.with(|a| a.as_ref().and_then(|a| a.opportunity)))
                            on_change=Callback::new(move |r| edit_assessment(ctx, actor, tech, move |a| a.opportunity = r))
                            testid="assess-opportunity"
                        />
                        {opportunity_evidence}
                    </div>
                </div>
                {breakdown}
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="danger"
                    data-testid="remove-assessment"
                    disabled=move || asmt.with(|a| a.is_none())
                    on:click=remove
                >
                    {move || msg::REMOVE_ASSESSMENT.get(ctx.l())}
                </button>
            </div>
        </section>
    }
}
