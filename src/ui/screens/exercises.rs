//! The exercises screen: tabletop exercises and black-box drills that test
//! leak scenarios, what they found, and the countermeasures decided. A
//! weakness turns into a pre-filled countermeasure in one step (the domain's
//! `Weakness::to_countermeasure`).

use std::cell::RefCell;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::edit::Removed;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{CountermeasureId, ExerciseId, ScenarioId};
use crate::domain::kinds::{Detection, ExerciseKind, WeaknessKind};
use crate::domain::model::{Exercise, Weakness};
use crate::domain::text::Text;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::{common, exercises as msg, paging as paging_msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{position, Pager, Paging};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{focus_soon, CodeSelect, OptCodeSelect, TextArea, TextField};

thread_local! {
    /// The last deleted exercise (with its workbook), kept across the route
    /// change that follows a delete so "undo" survives it.
    static LAST_DELETED: RefCell<Option<(Uuid, Removed)>> = const { RefCell::new(None) };
    /// The page of the list (workbook, page from 0), kept across the route
    /// change of selecting an exercise.
    static LIST_PAGE: RefCell<Option<(Uuid, usize)>> = const { RefCell::new(None) };
}

fn wb_id(ctx: Ctx) -> Uuid {
    ctx.wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default()
}

/// Reads one exercise (reactively).
fn ex_get<T>(ctx: Ctx, id: ExerciseId, f: impl FnOnce(&Exercise) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.exercise(id)).map(f))
}

/// Edits one exercise through the single edit path.
fn ex_edit(ctx: Ctx, id: ExerciseId, f: impl FnOnce(&mut Exercise)) {
    ctx.update(|w| {
        if let Some(e) = w.exercise_mut(id) {
            f(e);
        }
    });
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: Uuid,
    kind: ExerciseKind,
    title: String,
    date: String,
    detection: Option<Detection>,
}

#[component]
pub fn ExercisesScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = wb_id(ctx);
    let can_undo =
        RwSignal::new(LAST_DELETED.with(|d| d.borrow().as_ref().is_some_and(|(w, _)| *w == wb)));
    let undo_error = RwSignal::new(None::<String>);
    let new_kind = RwSignal::new(ExerciseKind::Tabletop);
    let add = move |_| {
        let id = new_id();
        let kind = new_kind.get_untracked();
        let title = msg::NEW_TITLE.get(ctx.lang.get_untracked());
        ctx.update(|w| {
            w.exercises
                .push(Exercise::new(ExerciseId::new(id), kind, title))
        });
        ctx.go(Route::Workbook(wb, Screen::Exercises(Some(id))));
        // The new exercise's detail replaces the screen: start in its title
        // (selected, so typing replaces the placeholder).
        focus_soon("[data-testid=exercise-title]", true);
    };
    let undo = move |_| {
        let taken = LAST_DELETED.with(|d| d.borrow_mut().take());
        let Some((w, r)) = taken else {
            can_undo.set(false);
            return;
        };
        if w != wb {
            return;
        }
        let back_to = r.exercises.first().map(|(_, e)| e.id.uuid());
        let mut result = None;
        ctx.update(|wbk| result = Some(wbk.put_back(r)));
        can_undo.set(false);
        match result {
            Some(Ok(())) => {
                if let Some(id) = back_to {
                    ctx.go(Route::Workbook(wb, Screen::Exercises(Some(id))));
                }
            }
            Some(Err(e)) => {
                let l = ctx.lang.get_untracked();
                let why: Vec<String> = e.0.iter().map(|e| e.message(l)).collect();
                undo_error.set(Some(format!(
                    "{} {}",
                    msg::UNDO_FAILED.get(l),
                    why.join(" ")
                )));
            }
            None => {}
        }
    };
    let rows = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.exercises
                    .iter()
                    .map(|e| Row {
                        id: e.id.uuid(),
                        kind: e.kind,
                        title: e.title.clone(),
                        date: e.date.map(format_date).unwrap_or_default(),
                        detection: e.detection,
                    })
                    .collect()
            })
        })
    });
    let stored = LIST_PAGE.with(|p| match *p.borrow() {
        Some((w, page)) if w == wb => page,
        _ => 0,
    });
    let paging = Paging::opening(
        position(rows, selected, |r: &Row| r.id),
        stored,
        move || rows.with(Vec::len),
    );
    let page_rows = paging.rows(rows);
    Effect::new(move |_| {
        let page = paging.index();
        LIST_PAGE.with(|p| *p.borrow_mut() = Some((wb, page)));
    });
    view! {
        <section class="exercises">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="muted">{move || msg::INTRO.get(ctx.l())}</p>
            <div class="toolbar">
                <CodeSelect label=msg::NEW_KIND value=new_kind on_change=Callback::new(move |k| new_kind.set(k)) testid="new-exercise-kind"/>
                <button class="primary" data-testid="add-exercise" on:click=add>{move || msg::ADD.get(ctx.l())}</button>
            </div>
            <Show when=move || can_undo.get()>
                <p class="notice" role="status">
                    {move || msg::DELETED.get(ctx.l())}" "
                    <button data-testid="undo-delete-exercise" on:click=undo>{move || common::UNDO.get(ctx.l())}</button>
                </p>
            </Show>
            {move || undo_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <div class="split">
                <div class="ex-list">
                    <Show
                        when=move || rows.with(|r| !r.is_empty())
                        fallback=move || view! { <p>{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
                    >
                        <Pager paging=paging label=paging_msg::NAV_EXERCISES testid="exercise-pager"/>
                        <table class="data-table" data-testid="exercise-list">
                            <thead><tr>
                                <th scope="col">{move || msg::COL_KIND.get(ctx.l())}</th>
                                <th scope="col">{move || msg::COL_TITLE.get(ctx.l())}</th>
                                <th scope="col">{move || msg::COL_DATE.get(ctx.l())}</th>
                                <th scope="col">{move || msg::COL_DETECTION.get(ctx.l())}</th>
                            </tr></thead>
                            <tbody>
                                <For
                                    each=move || page_rows.get()
                                    key=|r| r.clone()
                                    children=move |r| {
                                        let is_sel = selected == Some(r.id);
                                        view! {
                                            <tr data-testid="exercise-row" aria-selected=is_sel.to_string()>
                                                <td>{move || r.kind.label().get(ctx.l())}</td>
                                                <td>
                                                    <a href=Route::Workbook(wb, Screen::Exercises(Some(r.id))).to_hash()
                                                        aria-current=if is_sel { "true" } else { "false" }>{r.title.clone()}</a>
                                                </td>
                                                <td>{r.date.clone()}</td>
                                                <td>{move || r.detection.map(|d| d.label().get(ctx.l())).unwrap_or(msg::NOT_RUN.get(ctx.l()))}</td>
                                            </tr>
                                        }
                                    }
                                />
                            </tbody>
                        </table>
                    </Show>
                </div>
                <div class="ex-detail">
                    {match selected {
                        Some(id) => view! { <ExerciseDetail id=ExerciseId::new(id) can_undo=can_undo/> }.into_any(),
                        None => view! { <p class="muted">{move || msg::SELECT_HINT.get(ctx.l())}</p> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}

/// Parses raw text into a field of a scratch copy of the exercise.
type Apply = fn(&Subject, &str, &mut Exercise) -> Result<(), ValidationError>;

/// A validated text field of an exercise: a local draft keeps what was typed,
/// the workbook gets the parsed value, the domain's message shows otherwise.
#[component]
fn ExText(
    id: ExerciseId,
    label: Text,
    get: fn(&Exercise) -> String,
    apply: Apply,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let draft = RwSignal::new(
        ctx.wb
            .with_untracked(|w| w.as_ref().and_then(|w| w.exercise(id)).map(get))
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<ValidationError>);
    let on_input = Callback::new(move |raw: String| {
        draft.set(raw.clone());
        let Some(mut scratch) = ctx
            .wb
            .with_untracked(|w| w.as_ref().and_then(|w| w.exercise(id)).cloned())
        else {
            return;
        };
        let s = Subject::new(EntityKind::Exercise, id);
        match apply(&s, &raw, &mut scratch) {
            Ok(()) => {
                error.set(None);
                ex_edit(ctx, id, move |e| *e = scratch);
            }
            Err(e) => error.set(Some(e)),
        }
    });
    let err = Signal::derive(move || error.with(|e| e.as_ref().map(|e| e.message(ctx.l()))));
    if multiline {
        view! { <TextArea label=label value=draft on_input=on_input error=err testid=testid/> }
            .into_any()
    } else {
        match input_type {
            Some(t) => view! { <TextField label=label value=draft on_input=on_input error=err testid=testid input_type=t/> }.into_any(),
            None => view! { <TextField label=label value=draft on_input=on_input error=err testid=testid/> }.into_any(),
        }
    }
}

#[component]
fn ExerciseDetail(id: ExerciseId, can_undo: RwSignal<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = wb_id(ctx);
    let exists = Memo::new(move |_| ex_get(ctx, id, |_| ()).is_some());
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let removed = ctx.delete(|w| w.delete_exercise(id));
        confirming.set(false);
        if let Some(r) = removed {
            LAST_DELETED.with(|d| *d.borrow_mut() = Some((wb, r)));
            can_undo.set(true);
            ctx.go(Route::Workbook(wb, Screen::Exercises(None)));
        }
    };
    move || {
        if !exists.get() {
            return view! { <p class="notice">{move || msg::NOT_FOUND.get(ctx.l())}</p> }
                .into_any();
        }
        view! {
            <section class="panel ex-form" aria-labelledby="ex-detail-title" data-testid="exercise-detail">
                <h3 id="ex-detail-title">{move || msg::DETAIL.get(ctx.l())}</h3>
                <div class="form-grid">
                    <CodeSelect
                        label=msg::KIND
                        value=Signal::derive(move || ex_get(ctx, id, |e| e.kind).unwrap_or(ExerciseKind::Tabletop))
                        on_change=Callback::new(move |k| ex_edit(ctx, id, |e| e.kind = k))
                        testid="exercise-kind"
                    />
                    <ExText id=id label=msg::TITLE_FIELD testid="exercise-title"
                        get=|e| e.title.clone()
                        apply=|s, raw, e| { e.title = s.name(Field::Title, raw)?; Ok(()) }/>
                    <ExText id=id label=msg::DATE testid="exercise-date" input_type="date"
                        get=|e| e.date.map(format_date).unwrap_or_default()
                        apply=|s, raw, e| { e.date = s.date(Field::Date, raw)?; Ok(()) }/>
                    <OptCodeSelect
                        label=msg::DETECTION
                        value=Signal::derive(move || ex_get(ctx, id, |e| e.detection).flatten())
                        on_change=Callback::new(move |d| ex_edit(ctx, id, |e| e.detection = d))
                        testid="exercise-detection"
                    />
                </div>
                <ScenarioChecks id=id/>
                <div class="form-grid">
                    <ExText id=id label=msg::PARTICIPANTS testid="exercise-participants" multiline=true
                        get=|e| e.participants.join("\n")
                        apply=|s, raw, e| { e.participants = s.lines(Field::Participants, raw)?; Ok(()) }/>
                    <ExText id=id label=msg::OBJECTIVES testid="exercise-objectives" multiline=true
                        get=|e| e.objectives.clone()
                        apply=|s, raw, e| { e.objectives = s.text(Field::Objectives, raw)?; Ok(()) }/>
                    <ExText id=id label=msg::STOP_POINT testid="exercise-stop-point" multiline=true
                        get=|e| e.stop_point.clone()
                        apply=|s, raw, e| { e.stop_point = s.text(Field::StopPoint, raw)?; Ok(()) }/>
                    <ExText id=id label=msg::STOPPED_BY testid="exercise-stopped-by"
                        get=|e| e.stopped_by.clone()
                        apply=|s, raw, e| { e.stopped_by = s.short_text(Field::StoppedBy, raw)?; Ok(()) }/>
                </div>
                <Weaknesses id=id/>
                <FollowUps id=id/>
                <ExText id=id label=msg::NOTES testid="exercise-notes" multiline=true
                    get=|e| e.notes.clone()
                    apply=|s, raw, e| { e.notes = s.text(Field::Notes, raw)?; Ok(()) }/>
                <div class="actions ex-delete">
                    <Show
                        when=move || confirming.get()
                        fallback=move || view! {
                            <button class="danger" data-testid="delete-exercise" on:click=move |_| confirming.set(true)>
                                {move || msg::DELETE.get(ctx.l())}
                            </button>
                        }
                    >
                        <span role="alertdialog" aria-label=move || msg::CONFIRM_TITLE.get(ctx.l()) class="confirm">
                            <strong>{move || msg::CONFIRM_TITLE.get(ctx.l())}</strong>
                            " "{move || msg::CONFIRM_BODY.get(ctx.l())}
                            <button class="danger" data-testid="confirm-delete-exercise" on:click=delete>
                                {move || common::CONFIRM_DELETE.get(ctx.l())}
                            </button>
                            <button on:click=move |_| confirming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                        </span>
                    </Show>
                </div>
            </section>
        }
        .into_any()
    }
}

#[component]
fn ScenarioChecks(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let all = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.scenarios
                    .iter()
                    .map(|s| {
                        let tech = w
                            .technology(s.technology_id)
                            .map(|t| t.name.clone())
                            .unwrap_or_default();
                        (s.id, s.title.clone(), tech)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let toggle = move |sid: ScenarioId, on: bool| {
        ex_edit(ctx, id, |e| {
            if on {
                if !e.scenario_ids.contains(&sid) {
                    e.scenario_ids.push(sid);
                }
            } else {
                e.scenario_ids.retain(|s| *s != sid);
            }
        })
    };
    view! {
        <fieldset class="ex-checks" data-testid="exercise-scenarios">
            <legend>{move || msg::SCENARIOS.get(ctx.l())}</legend>
            {move || {
                let list = all.get();
                if list.is_empty() {
                    return view! { <p class="muted">{move || msg::NO_SCENARIOS.get(ctx.l())}</p> }.into_any();
                }
                view! {
                    <ul>
                        {list.into_iter().map(|(sid, title, tech)| view! {
                            <li>
                                <label class="check">
                                    <input type="checkbox"
                                        data-testid="exercise-scenario"
                                        prop:checked=move || ex_get(ctx, id, |e| e.scenario_ids.contains(&sid)).unwrap_or(false)
                                        on:change=move |ev| toggle(sid, event_target_checked(&ev))/>
                                    <span>{title}<span class="muted">" — "{tech}</span></span>
                                </label>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </fieldset>
    }
}

#[component]
fn Weaknesses(id: ExerciseId) -> impl IntoView {
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
    let wb = wb_id(ctx);
    let get = move || ex_get(ctx, id, |e| e.weaknesses.get(index).cloned()).flatten();
    let error = RwSignal::new(None::<ValidationError>);
    let created = RwSignal::new(None::<(Uuid, String)>);
    let on_desc = Callback::new(move |raw: String| {
        match Subject::new(EntityKind::Exercise, id).text(Field::Weaknesses, &raw) {
            Ok(v) => {
                error.set(None);
                ex_edit(ctx, id, move |e| {
                    if let Some(w) = e.weaknesses.get_mut(index) {
                        w.description = v;
                    }
                });
            }
            Err(e) => error.set(Some(e)),
        }
    });
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
    view! {
        <li class="weakness" data-testid="weakness">
            <div class="weakness-fields">
                <CodeSelect
                    label=msg::WEAKNESS_KIND
                    value=Signal::derive(move || get().map(|w| w.kind).unwrap_or(WeaknessKind::Technical))
                    on_change=Callback::new(move |k| ex_edit(ctx, id, |e| {
                        if let Some(w) = e.weaknesses.get_mut(index) {
                            w.kind = k;
                        }
                    }))
                    testid="weakness-kind"
                />
                <TextArea
                    label=msg::WEAKNESS_DESC
                    value=Signal::derive(move || get().map(|w| w.description).unwrap_or_default())
                    on_input=on_desc
                    error=Signal::derive(move || error.with(|e| e.as_ref().map(|e| e.message(ctx.l()))))
                    testid="weakness-description"
                    rows=2
                />
            </div>
            <div class="actions">
                <button data-testid="weakness-to-countermeasure" on:click=to_cm>{move || msg::TO_COUNTERMEASURE.get(ctx.l())}</button>
                <button class="danger" data-testid="remove-weakness" on:click=move |_| ex_edit(ctx, id, |e| {
                    if index < e.weaknesses.len() {
                        e.weaknesses.remove(index);
                    }
                })>{move || msg::REMOVE_WEAKNESS.get(ctx.l())}</button>
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

#[component]
fn FollowUps(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = wb_id(ctx);
    // (linked: id, title, status) and (unlinked: id, title).
    let lists = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(w) = w.as_ref() else {
                return (Vec::new(), Vec::new());
            };
            let linked_ids = w
                .exercise(id)
                .map(|e| e.follow_up_ids.clone())
                .unwrap_or_default();
            let linked = linked_ids
                .iter()
                .filter_map(|c| {
                    w.countermeasure(*c)
                        .map(|m| (m.id, m.title.clone(), m.status))
                })
                .collect::<Vec<_>>();
            let others = w
                .countermeasures
                .iter()
                .filter(|m| !linked_ids.contains(&m.id))
                .map(|m| (m.id, m.title.clone()))
                .collect::<Vec<_>>();
            (linked, others)
        })
    });
    let link = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        if let Ok(cid) = raw.parse::<CountermeasureId>() {
            ex_edit(ctx, id, |e| {
                if !e.follow_up_ids.contains(&cid) {
                    e.follow_up_ids.push(cid);
                }
            });
        }
    };
    view! {
        <fieldset class="ex-followups" data-testid="exercise-follow-ups">
            <legend>{move || msg::FOLLOW_UPS.get(ctx.l())}</legend>
            {move || {
                let (linked, _) = lists.get();
                if linked.is_empty() {
                    return view! { <p class="muted">{move || msg::NO_FOLLOW_UPS.get(ctx.l())}</p> }.into_any();
                }
                view! {
                    <ul class="followup-list">
                        {linked.into_iter().map(|(cid, title, status)| view! {
                            <li data-testid="follow-up">
                                <a href=Route::Workbook(wb, Screen::Countermeasures(Some(cid.uuid()))).to_hash()>{title}</a>
                                <span class="muted">" — "{move || status.label().get(ctx.l())}</span>
                                " "
                                <button data-testid="unlink-follow-up" on:click=move |_| ex_edit(ctx, id, |e| e.follow_up_ids.retain(|c| *c != cid))>
                                    {move || msg::UNLINK.get(ctx.l())}
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Show when=move || lists.with(|(_, o)| !o.is_empty())>
                <label class="field">
                    <span class="field-label">{move || msg::LINK_CM.get(ctx.l())}</span>
                    <select data-testid="link-follow-up" prop:value="" on:change=link>
                        <option value="" selected=true>{move || msg::CHOOSE.get(ctx.l())}</option>
                        {move || lists.get().1.into_iter().map(|(cid, title)| view! {
                            <option value=cid.to_string()>{title}</option>
                        }).collect_view()}
                    </select>
                </label>
            </Show>
        </fieldset>
    }
}
