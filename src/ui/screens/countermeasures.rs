//! The countermeasure action plan: one table across all scenarios (sortable,
//! filterable, overdue items marked) and the detail form of the selected
//! countermeasure, with links to scenarios and technologies. Add blank or
//! from the library; delete with confirmation and undo.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;

use leptos::prelude::*;
use time::Date;
use uuid::Uuid;

use crate::domain::catalog::{self, COUNTERMEASURES};
use crate::domain::edit::Removed;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{CountermeasureId, ScenarioId, TechnologyId};
use crate::domain::kinds::{CmCategory, CmPhase, CmStatus};
use crate::domain::model::Countermeasure;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::paging as paging_msg;
use crate::i18n::{common, countermeasures as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{keyed_rows, position, Pager, Paging};
use crate::ui::state::{local_today, new_id, Ctx};
use crate::ui::widgets::FilterSelect;
use crate::ui::widgets::{error_text, validated};
use crate::ui::widgets::{CodeSelect, TextArea, TextField};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum SortCol {
    /// Workbook order (the order people entered things in).
    #[default]
    None,
    Title,
    Category,
    Phase,
    Status,
    Owner,
    Due,
    Scenarios,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct PlanState {
    workbook: Option<Uuid>,
    sort: SortCol,
    descending: bool,
    status: Option<CmStatus>,
    phase: Option<CmPhase>,
    category: Option<CmCategory>,
    /// `Some("")` = measures without an owner.
    owner: Option<String>,
    overdue_only: bool,
    /// The page of the list (from 0).
    page: usize,
}

thread_local! {
    /// Sort and filters survive selecting a row (which re-mounts the screen).
    static PLAN_STATE: RefCell<PlanState> = RefCell::new(PlanState::default());
}

#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: CountermeasureId,
    title: String,
    category: CmCategory,
    phase: CmPhase,
    status: CmStatus,
    owner: String,
    due: Option<Date>,
    scenarios: Vec<String>,
    technologies: usize,
    overdue: bool,
}

fn compare(col: SortCol, a: &Row, b: &Row) -> Ordering {
    // Missing owners and dates sort last in ascending order.
    let last_if_empty = |x: &str, y: &str| (x.is_empty(), x).cmp(&(y.is_empty(), y));
    match col {
        SortCol::None => Ordering::Equal,
        SortCol::Title => a.title.cmp(&b.title),
        SortCol::Category => a.category.cmp(&b.category),
        SortCol::Phase => a.phase.cmp(&b.phase),
        SortCol::Status => a.status.cmp(&b.status),
        SortCol::Owner => last_if_empty(&a.owner, &b.owner),
        SortCol::Due => (a.due.is_none(), a.due).cmp(&(b.due.is_none(), b.due)),
        SortCol::Scenarios => a.scenarios.len().cmp(&b.scenarios.len()),
    }
}

#[component]
pub fn CountermeasuresScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let wb_id = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();
    let today = local_today();

    let mut init = PLAN_STATE.with(|s| s.borrow().clone());
    if init.workbook != Some(wb_id) {
        init = PlanState {
            workbook: Some(wb_id),
            ..PlanState::default()
        };
    }
    let sort = RwSignal::new(init.sort);
    let descending = RwSignal::new(init.descending);
    let f_status = RwSignal::new(init.status);
    let f_phase = RwSignal::new(init.phase);
    let f_category = RwSignal::new(init.category);
    let f_owner = RwSignal::new(init.owner);
    let f_overdue = RwSignal::new(init.overdue_only);

    let last_deleted = RwSignal::new(None::<Removed>);
    let undo_failed = RwSignal::new(false);
    let lib_pick = RwSignal::new(String::new());

    let all_rows = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(wb) = w else {
                return Vec::new();
            };
            // One look-up table instead of a search of every scenario per link.
            let titles: HashMap<ScenarioId, &str> = wb
                .scenarios
                .iter()
                .map(|s| (s.id, s.title.as_str()))
                .collect();
            wb.countermeasures
                .iter()
                .map(|m| Row {
                    id: m.id,
                    title: m.title.clone(),
                    category: m.category,
                    phase: m.phase,
                    status: m.status,
                    owner: m.owner.clone(),
                    due: m.due_date,
                    scenarios: m
                        .scenario_ids
                        .iter()
                        .filter_map(|s| titles.get(s).map(|t| (*t).to_owned()))
                        .collect(),
                    technologies: m.technology_ids.len(),
                    overdue: m.is_overdue(today),
                })
                .collect::<Vec<_>>()
        })
    });
    let owners = Memo::new(move |_| {
        let mut o: Vec<String> = all_rows.with(|r| {
            r.iter()
                .map(|r| r.owner.clone())
                .filter(|o| !o.is_empty())
                .collect()
        });
        o.sort();
        o.dedup();
        o
    });
    let rows = Memo::new(move |_| {
        let (fs, fp, fc, fo, od) = (
            f_status.get(),
            f_phase.get(),
            f_category.get(),
            f_owner.get(),
            f_overdue.get(),
        );
        let (col, desc) = (sort.get(), descending.get());
        let mut rows: Vec<Row> = all_rows.with(|r| {
            r.iter()
                .filter(|r| {
                    fs.is_none_or(|s| r.status == s)
                        && fp.is_none_or(|p| r.phase == p)
                        && fc.is_none_or(|c| r.category == c)
                        && fo.as_ref().is_none_or(|o| &r.owner == o)
                        && (!od || r.overdue)
                })
                .cloned()
                .collect()
        });
        rows.sort_by(|a, b| {
            let o = compare(col, a, b);
            if desc {
                o.reverse()
            } else {
                o
            }
        });
        rows
    });

    // One page of the list; it opens on the selected countermeasure's page.
    let paging = Paging::opening(
        position(rows, selected, |r: &Row| r.id.uuid()),
        init.page,
        move || rows.with(Vec::len),
    );
    paging.reset_when(move || {
        (
            sort.get(),
            descending.get(),
            f_status.get(),
            f_phase.get(),
            f_category.get(),
            f_owner.get(),
            f_overdue.get(),
        )
    });
    let page_rows = paging.rows(rows);
    Effect::new(move |_| {
        let s = PlanState {
            workbook: Some(wb_id),
            sort: sort.get(),
            descending: descending.get(),
            status: f_status.get(),
            phase: f_phase.get(),
            category: f_category.get(),
            owner: f_owner.get(),
            overdue_only: f_overdue.get(),
            page: paging.index(),
        };
        PLAN_STATE.with(|st| *st.borrow_mut() = s);
    });

    let exists = Memo::new(move |_| {
        selected.is_some_and(|id| {
            ctx.wb.with(|w| {
                w.as_ref()
                    .is_some_and(|w| w.countermeasure(CountermeasureId::new(id)).is_some())
            })
        })
    });

    let add = move |m: Countermeasure| {
        let cid = m.id;
        ctx.update(|wb| wb.countermeasures.push(m));
        ctx.go(Route::Workbook(
            wb_id,
            Screen::Countermeasures(Some(cid.uuid())),
        ));
    };
    let add_blank = move |_| {
        let lang = ctx.lang.get_untracked();
        add(Countermeasure::new(
            CountermeasureId::new(new_id()),
            msg::NEW_TITLE.get(lang),
            CmCategory::Organisational,
        ));
    };
    let add_library = move |_| {
        if let Some(t) = catalog::countermeasure(&lib_pick.get_untracked()) {
            let lang = ctx.lang.get_untracked();
            add(Countermeasure::from_template(
                CountermeasureId::new(new_id()),
                t,
                lang,
            ));
        }
    };
    let undo = move |_| {
        if let Some(r) = last_deleted.get_untracked() {
            let mut ok = false;
            ctx.update(|wb| ok = wb.put_back(r).is_ok());
            undo_failed.set(!ok);
            if ok {
                last_deleted.set(None);
            }
        }
    };

    let header = move |col: SortCol, label: crate::domain::text::Text| {
        view! {
            <th
                scope="col"
                aria-sort=move || {
                    if sort.get() != col {
                        "none"
                    } else if descending.get() {
                        "descending"
                    } else {
                        "ascending"
                    }
                }
            >
                <button
                    class="sort"
                    data-testid=format!("sort-{}", format!("{col:?}").to_lowercase())
                    on:click=move |_| {
                        if sort.get_untracked() == col {
                            descending.update(|d| *d = !*d);
                        } else {
                            sort.set(col);
                            descending.set(false);
                        }
                    }
                >
                    {move || label.get(ctx.l())}
                    <span class="sort-mark" aria-hidden="true">
                        {move || {
                            if sort.get() != col {
                                "\u{a0}↕"
                            } else if descending.get() {
                                "\u{a0}▼"
                            } else {
                                "\u{a0}▲"
                            }
                        }}
                    </span>
                </button>
            </th>
        }
    };

    view! {
        <section class="countermeasures">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>

            <div class="toolbar">
                <button class="primary" data-testid="add-countermeasure" on:click=add_blank>
                    {move || msg::ADD_BLANK.get(ctx.l())}
                </button>
                <label class="field">
                    <span class="field-label">{move || msg::LIBRARY_PICK.get(ctx.l())}</span>
                    <select data-testid="cm-library-select" on:change=move |ev| lib_pick.set(event_target_value(&ev))>
                        <option value="" selected=move || lib_pick.get().is_empty()>{move || msg::CHOOSE.get(ctx.l())}</option>
                        {CmCategory::ALL
                            .iter()
                            .map(|c| {
                                let c = *c;
                                view! {
                                    <optgroup label=move || c.label().get(ctx.l())>
                                        {COUNTERMEASURES
                                            .iter()
                                            .filter(|t| t.category == c)
                                            .map(|t| view! {
                                                <option value=t.id selected=move || lib_pick.get() == t.id>
                                                    {move || format!("{} — {}", t.title.get(ctx.l()), t.phase.label().get(ctx.l()))}
                                                </option>
                                            })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    data-testid="add-cm-from-library"
                    disabled=move || lib_pick.with(String::is_empty)
                    on:click=add_library
                >
                    {move || msg::ADD_FROM_LIBRARY.get(ctx.l())}
                </button>
            </div>

            <div class="toolbar filters" role="group" aria-label=move || msg::FILTERS.get(ctx.l())>
                <FilterSelect label=msg::FILTER_STATUS value=f_status testid="filter-cm-status"/>
                <FilterSelect label=msg::FILTER_PHASE value=f_phase testid="filter-cm-phase"/>
                <FilterSelect label=msg::FILTER_CATEGORY value=f_category testid="filter-cm-category"/>
                <label class="field">
                    <span class="field-label">{move || msg::FILTER_OWNER.get(ctx.l())}</span>
                    <select
                        data-testid="filter-cm-owner"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            f_owner.set(match v.as_str() {
                                "" => None,
                                "n" => Some(String::new()),
                                o => Some(o.trim_start_matches('a').to_owned()),
                            });
                        }
                    >
                        <option value="" selected=move || f_owner.with(Option::is_none)>{move || common::FILTER_ALL.get(ctx.l())}</option>
                        <option value="n" selected=move || f_owner.with(|o| o.as_deref() == Some(""))>{move || msg::NO_OWNER.get(ctx.l())}</option>
                        <For
                            each=move || owners.get()
                            key=|o| o.clone()
                            children=move |o| {
                                let v = format!("a{o}");
                                let o2 = o.clone();
                                view! { <option value=v selected=move || f_owner.with(|f| f.as_deref() == Some(o2.as_str()))>{o}</option> }
                            }
                        />
                    </select>
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="filter-overdue"
                        prop:checked=move || f_overdue.get()
                        on:change=move |ev| f_overdue.set(event_target_checked(&ev))
                    />
                    <span>{move || msg::OVERDUE_ONLY.get(ctx.l())}</span>
                </label>
                <button
                    data-testid="clear-cm-filters"
                    on:click=move |_| {
                        f_status.set(None);
                        f_phase.set(None);
                        f_category.set(None);
                        f_owner.set(None);
                        f_overdue.set(false);
                    }
                >
                    {move || msg::CLEAR_FILTERS.get(ctx.l())}
                </button>
            </div>
            <p class="muted" role="status" data-testid="cm-summary">
                {move || {
                    let total = all_rows.with(Vec::len);
                    let overdue = all_rows.with(|r| r.iter().filter(|r| r.overdue).count());
                    msg::showing(ctx.l(), rows.with(Vec::len), total, overdue)
                }}
            </p>

            <Show when=move || last_deleted.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || msg::DELETED.get(ctx.l())}
                    " "
                    <button data-testid="undo-delete-countermeasure" on:click=undo>
                        {move || common::UNDO.get(ctx.l())}
                    </button>
                    {move || undo_failed.get().then(|| view! { <span class="error">" "{msg::UNDO_FAILED.get(ctx.l())}</span> })}
                </p>
            </Show>

            <Pager paging=paging label=paging_msg::NAV_COUNTERMEASURES testid="cm-pager"/>
            <div class="table-scroll">
                <table class="data-table cm-table" data-testid="cm-table">
                    <thead>
                        <tr>
                            {header(SortCol::Title, msg::COL_TITLE)}
                            {header(SortCol::Category, msg::COL_CATEGORY)}
                            {header(SortCol::Phase, msg::COL_PHASE)}
                            {header(SortCol::Status, msg::COL_STATUS)}
                            {header(SortCol::Owner, msg::COL_OWNER)}
                            {header(SortCol::Due, msg::COL_DUE)}
                            {header(SortCol::Scenarios, msg::COL_SCENARIOS)}
                        </tr>
                    </thead>
                    <tbody>
                        <Show when=move || rows.with(Vec::is_empty)>
                            <tr><td colspan="7" class="empty">{move || msg::LIST_EMPTY.get(ctx.l())}</td></tr>
                        </Show>
                        {keyed_rows(page_rows, |r: &Row| r.id, move |r: Row| {
                            let l = ctx.l();
                            let href = Route::Workbook(wb_id, Screen::Countermeasures(Some(r.id.uuid()))).to_hash();
                            let is_sel = selected == Some(r.id.uuid());
                            let n = r.scenarios.len();
                            let org_wide = n == 0 && r.technologies == 0;
                            view! {
                                <tr
                                    data-testid="cm-row"
                                    data-id=r.id.to_string()
                                    aria-selected=is_sel.to_string()
                                    class:overdue=r.overdue
                                >
                                    <td>
                                        <a href=href data-testid="open-countermeasure">{r.title}</a>
                                    </td>
                                    <td>{r.category.label().get(l)}</td>
                                    <td>{r.phase.label().get(l)}</td>
                                    <td>{r.status.label().get(l)}</td>
                                    <td>{if r.owner.is_empty() { "—".to_owned() } else { r.owner }}</td>
                                    <td class="due">
                                        {r.due.map_or_else(|| "—".to_owned(), format_date)}
                                        {r.overdue.then(|| view! {
                                            " "
                                            <span class="badge overdue-badge" data-testid="overdue">{"⚠ "}{msg::OVERDUE.get(l)}</span>
                                        })}
                                    </td>
                                    <td>
                                        <span class="count">{n}</span>
                                        {org_wide.then(|| view! { " " <span class="muted">{msg::ORG_WIDE.get(l)}</span> })}
                                        {(n > 0).then(|| view! {
                                            <ul class="linked-titles">
                                                {r.scenarios.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                                            </ul>
                                        })}
                                    </td>
                                </tr>
                            }
                        })}
                    </tbody>
                </table>
            </div>

            {move || {
                exists
                    .get()
                    .then(|| selected.map(|id| view! {
                        <CountermeasureDetail id=CountermeasureId::new(id) wb_id=wb_id last_deleted=last_deleted/>
                    }))
                    .flatten()
            }}
            {move || (selected.is_some() && !exists.get() && last_deleted.with(Option::is_none)).then(|| view! {
                <p class="notice">{msg::NOT_FOUND.get(ctx.l())}</p>
            })}
        </section>
    }
}

/// Reads a field of a countermeasure (tracked).
fn cm<T>(ctx: Ctx, id: CountermeasureId, f: impl FnOnce(&Countermeasure) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.countermeasure(id)).map(f))
}

fn edit_cm(ctx: Ctx, id: CountermeasureId, f: impl FnOnce(&mut Countermeasure)) {
    ctx.update(|wb| {
        if let Some(m) = wb.countermeasure_mut(id) {
            f(m);
        }
    });
}

#[component]
fn CountermeasureDetail(
    id: CountermeasureId,
    wb_id: Uuid,
    last_deleted: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Countermeasure, id);
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let initial = ctx
        .wb
        .with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.countermeasure(id))
                .map(|m| (m.title.clone(), m.owner.clone(), m.due_date))
        })
        .unwrap_or_default();

    // Drafts for the fields whose raw text may be invalid while typing.
    let title = RwSignal::new(initial.0);
    let title_err = RwSignal::new(None::<ValidationError>);
    let on_title = {
        let s = subject.clone();
        let inner = validated(
            ctx,
            title_err,
            move |raw| s.name(Field::Title, raw),
            move |wb, v| {
                if let Some(m) = wb.countermeasure_mut(id) {
                    m.title = v;
                }
            },
        );
        Callback::new(move |raw: String| {
            title.set(raw.clone());
            inner.run(raw);
        })
    };
    let owner = RwSignal::new(initial.1);
    let owner_err = RwSignal::new(None::<ValidationError>);
    let on_owner = {
        let s = subject.clone();
        let inner = validated(
            ctx,
            owner_err,
            move |raw| s.short_text(Field::Owner, raw),
            move |wb, v| {
                if let Some(m) = wb.countermeasure_mut(id) {
                    m.owner = v;
                }
            },
        );
        Callback::new(move |raw: String| {
            owner.set(raw.clone());
            inner.run(raw);
        })
    };
    let due = RwSignal::new(initial.2.map(format_date).unwrap_or_default());
    let due_err = RwSignal::new(None::<ValidationError>);
    let on_due = {
        let s = subject.clone();
        let inner = validated(
            ctx,
            due_err,
            move |raw| s.date(Field::DueDate, raw),
            move |wb, v| {
                if let Some(m) = wb.countermeasure_mut(id) {
                    m.due_date = v;
                }
            },
        );
        Callback::new(move |raw: String| {
            due.set(raw.clone());
            inner.run(raw);
        })
    };
    let description_err = RwSignal::new(None::<ValidationError>);
    let on_description = {
        let s = subject.clone();
        validated(
            ctx,
            description_err,
            move |raw| s.text(Field::Description, raw),
            move |wb, v| {
                if let Some(m) = wb.countermeasure_mut(id) {
                    m.description = v;
                }
            },
        )
    };
    let notes_err = RwSignal::new(None::<ValidationError>);
    let on_notes = {
        let s = subject.clone();
        validated(
            ctx,
            notes_err,
            move |raw| s.text(Field::Notes, raw),
            move |wb, v| {
                if let Some(m) = wb.countermeasure_mut(id) {
                    m.notes = v;
                }
            },
        )
    };
    let description =
        Memo::new(move |_| cm(ctx, id, |m| m.description.clone()).unwrap_or_default());
    let notes = Memo::new(move |_| cm(ctx, id, |m| m.notes.clone()).unwrap_or_default());
    let category =
        Memo::new(move |_| cm(ctx, id, |m| m.category).unwrap_or(CmCategory::Organisational));
    let phase = Memo::new(move |_| cm(ctx, id, |m| m.phase).unwrap_or(CmPhase::Operation));
    let status = Memo::new(move |_| cm(ctx, id, |m| m.status).unwrap_or(CmStatus::NotStarted));
    let catalog_id = Memo::new(move |_| cm(ctx, id, |m| m.catalog_id.clone()).flatten());
    let linked_scenarios =
        Memo::new(move |_| cm(ctx, id, |m| m.scenario_ids.clone()).unwrap_or_default());
    let linked_techs =
        Memo::new(move |_| cm(ctx, id, |m| m.technology_ids.clone()).unwrap_or_default());
    let scenarios = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
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
                .unwrap_or_default()
        })
    });
    let techs = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.technologies
                        .iter()
                        .map(|t| (t.id, t.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let toggle_scenario = move |sid: ScenarioId, on: bool| {
        edit_cm(ctx, id, |m| {
            m.scenario_ids.retain(|s| *s != sid);
            if on {
                m.scenario_ids.push(sid);
            }
        });
    };
    let toggle_tech = move |tid: TechnologyId, on: bool| {
        edit_cm(ctx, id, |m| {
            m.technology_ids.retain(|t| *t != tid);
            if on {
                m.technology_ids.push(tid);
            }
        });
    };

    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let removed = ctx.delete(|wb| wb.delete_countermeasure(id));
        confirming.set(false);
        if removed.is_some() {
            last_deleted.set(removed);
        }
    };

    view! {
        <section class="panel cm-detail" data-testid="cm-detail" aria-labelledby="cm-detail-title">
            <div class="detail-head">
                <h3 id="cm-detail-title" tabindex="-1" node_ref=heading>
                    {move || msg::DETAIL.get(ctx.l())}
                    ": "
                    {move || cm(ctx, id, |m| m.title.clone()).unwrap_or_default()}
                </h3>
                <a href=Route::Workbook(wb_id, Screen::Countermeasures(None)).to_hash() data-testid="close-countermeasure">
                    {move || msg::CLOSE_DETAIL.get(ctx.l())}
                </a>
            </div>
            <div class="split">
                <div>
                    <TextField
                        label=msg::F_TITLE
                        value=title
                        on_input=on_title
                        error=error_text(ctx, title_err)
                        testid="cm-title"
                    />
                    <TextArea
                        label=msg::F_DESCRIPTION
                        value=description
                        on_input=on_description
                        error=error_text(ctx, description_err)
                        testid="cm-description"
                        rows=4
                    />
                    <div class="form-grid">
                        <CodeSelect
                            label=msg::F_CATEGORY
                            value=category
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.category = v))
                            testid="cm-category"
                        />
                        <CodeSelect
                            label=msg::F_PHASE
                            value=phase
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.phase = v))
                            testid="cm-phase"
                        />
                        <CodeSelect
                            label=msg::F_STATUS
                            value=status
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.status = v))
                            testid="cm-status"
                        />
                        <TextField
                            label=msg::F_OWNER
                            value=owner
                            on_input=on_owner
                            error=error_text(ctx, owner_err)
                            testid="cm-owner"
                        />
                        <TextField
                            label=msg::F_DUE
                            value=due
                            on_input=on_due
                            error=error_text(ctx, due_err)
                            testid="cm-due"
                            input_type="date"
                        />
                    </div>
                    <div class="field readonly">
                        <span class="field-label">{move || msg::F_CATALOG.get(ctx.l())}</span>
                        <span data-testid="cm-catalog">
                            {move || match catalog_id.get() {
                                Some(cid) => match catalog::countermeasure(&cid) {
                                    Some(t) => format!("{} ({cid})", t.title.get(ctx.l())),
                                    None => cid,
                                },
                                None => msg::F_NO_CATALOG.get(ctx.l()).to_owned(),
                            }}
                        </span>
                    </div>
                    <TextArea
                        label=msg::F_NOTES
                        value=notes
                        on_input=on_notes
                        error=error_text(ctx, notes_err)
                        testid="cm-notes"
                    />
                </div>
                <div>
                    <fieldset class="links" data-testid="cm-scenarios">
                        <legend>{move || msg::F_SCENARIOS.get(ctx.l())}</legend>
                        <Show
                            when=move || scenarios.with(|s| !s.is_empty())
                            fallback=move || view! { <p class="muted">{move || msg::F_NO_SCENARIOS.get(ctx.l())}</p> }
                        >
                            <For
                                each=move || scenarios.get()
                                key=|s| s.clone()
                                children=move |(sid, title, tech)| view! {
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            data-testid="cm-link-scenario"
                                            value=sid.to_string()
                                            prop:checked=move || linked_scenarios.with(|l| l.contains(&sid))
                                            on:change=move |ev| toggle_scenario(sid, event_target_checked(&ev))
                                        />
                                        <span>{title} " " <span class="muted">"(" {tech} ")"</span></span>
                                    </label>
                                }
                            />
                        </Show>
                    </fieldset>
                    <fieldset class="links" data-testid="cm-technologies">
                        <legend>{move || msg::F_TECHS.get(ctx.l())}</legend>
                        <Show
                            when=move || techs.with(|s| !s.is_empty())
                            fallback=move || view! { <p class="muted">{move || msg::F_NO_TECHS.get(ctx.l())}</p> }
                        >
                            <For
                                each=move || techs.get()
                                key=|t| t.clone()
                                children=move |(tid, name)| view! {
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            data-testid="cm-link-tech"
                                            value=tid.to_string()
                                            prop:checked=move || linked_techs.with(|l| l.contains(&tid))
                                            on:change=move |ev| toggle_tech(tid, event_target_checked(&ev))
                                        />
                                        <span>{name}</span>
                                    </label>
                                }
                            />
                        </Show>
                    </fieldset>
                    <p class="hint">{move || msg::F_LINKS_HINT.get(ctx.l())}</p>
                </div>
            </div>
            <div class="actions delete-row">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button class="danger" data-testid="delete-countermeasure" on:click=move |_| confirming.set(true)>
                            {move || msg::DELETE.get(ctx.l())}
                        </button>
                    }
                >
                    <div
                        role="alertdialog"
                        class="confirm"
                        aria-label=move || msg::CONFIRM_DELETE.get(ctx.l())
                        on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }
                    >
                        <strong>{move || msg::CONFIRM_DELETE.get(ctx.l())}</strong>
                        {move || {
                            let unlinked = ctx.wb.with(|w| {
                                w.as_ref()
                                    .and_then(|w| w.delete_countermeasure_impact(id))
                                    .map(|i| i.unlinked)
                                    .unwrap_or_default()
                            });
                            (!unlinked.is_empty()).then(|| view! {
                                <span>{msg::CONFIRM_UNLINKS.get(ctx.l())}</span>
                                <ul class="impact-list">
                                    {unlinked
                                        .into_iter()
                                        .map(|i| view! { <li>{format!("{}: {}", i.entity.label().get(ctx.l()), i.label)}</li> })
                                        .collect_view()}
                                </ul>
                            })
                        }}
                        <button class="danger" data-testid="confirm-delete-countermeasure" on:click=delete>
                            {move || common::CONFIRM_DELETE.get(ctx.l())}
                        </button>
                        <button on:click=move |_| confirming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                    </div>
                </Show>
            </div>
        </section>
    }
}
