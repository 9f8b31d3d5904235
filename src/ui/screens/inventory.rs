//! Step 1 — Inventory: the table of technologies (sortable, filterable,
//! searchable), the detail form with every field of a technology, its
//! criticality breakdown, rank and tier, its chokepoint elements, and delete
//! with an impact preview and undo.
//!
//! All numbers come from `ctx.analysis`; all validation from
//! `validate::Subject`; deletes from `edit`. The screen is re-mounted on every
//! route change (selecting a row changes the URL), so filters, sorting and the
//! last undoable delete are kept in a small per-tab [`ViewState`].

use std::cell::RefCell;

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::domain::charts::chokepoints::element_chart;
use crate::domain::charts::profile::profile;
use crate::domain::edit::Removed;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{ElementId, TechnologyId};
use crate::domain::kinds::{ElementKind, ExportControl, TechCategory, Tier};
use crate::domain::model::{ChokepointElement, Technology};
use crate::domain::rating::Rating;
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::{common, inventory as msg, paging as paging_msg};
use crate::route::{Route, Screen};
use crate::ui::charts::chokepoints::elements_svg;
use crate::ui::charts::profile::profile_svg;
use crate::ui::paging::{keyed_rows, position, Pager, Paging};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{fmt_score, CodeSelect, FilterSelect, RatingInput, TextArea, TextField};

// ---------------------------------------------------------------------------
// View state kept across re-mounts (filters, sort, undo, focus request).

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum SortKey {
    /// The analysis' display order (tier, criticality, name).
    #[default]
    Rank,
    Name,
    Category,
    Owner,
    Score,
    Tier,
    Chokepoint,
    Elements,
    Scenarios,
}

impl SortKey {
    fn code(self) -> &'static str {
        match self {
            SortKey::Rank => "rank",
            SortKey::Name => "name",
            SortKey::Category => "category",
            SortKey::Owner => "owner",
            SortKey::Score => "score",
            SortKey::Tier => "tier",
            SortKey::Chokepoint => "chokepoint",
            SortKey::Elements => "elements",
            SortKey::Scenarios => "scenarios",
        }
    }

    /// Direction on first click: highest first for numbers and flags.
    fn default_descending(self) -> bool {
        matches!(
            self,
            SortKey::Score | SortKey::Chokepoint | SortKey::Elements | SortKey::Scenarios
        )
    }
}

/// Something deleted that can still be put back.
#[derive(Clone, Debug, PartialEq)]
struct Undo {
    message: Text,
    label: String,
    removed: Removed,
}

#[derive(Clone, Debug, Default)]
struct ViewState {
    workbook: Option<Uuid>,
    category: Option<TechCategory>,
    tier: Option<Tier>,
    owner: Option<String>,
    search: String,
    sort: SortKey,
    descending: bool,
    undo: Option<Undo>,
    /// A technology just added: focus its name field when its detail mounts.
    focus_name: Option<Uuid>,
    /// The page of the list (from 0).
    page: usize,
}

thread_local! {
    static VIEW: RefCell<ViewState> = RefCell::new(ViewState::default());
}

fn view_state() -> ViewState {
    VIEW.with(|v| v.borrow().clone())
}

fn update_view(f: impl FnOnce(&mut ViewState)) {
    VIEW.with(|v| f(&mut v.borrow_mut()));
}

// ---------------------------------------------------------------------------
// Small helpers over the open workbook.

fn wb_id(ctx: Ctx) -> Option<Uuid> {
    ctx.wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .or_else(|| ctx.route.get_untracked().workbook())
}

fn go_to(ctx: Ctx, tech: Option<Uuid>) {
    if let Some(wb) = wb_id(ctx) {
        ctx.go(Route::Workbook(wb, Screen::Inventory(tech)));
    }
}

/// Reads something of a technology (reactive).
fn read<T>(ctx: Ctx, id: TechnologyId, f: impl FnOnce(&Technology) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.technology(id)).map(f))
}

/// Edits a technology through the only edit path.
fn edit(ctx: Ctx, id: TechnologyId, f: impl FnOnce(&mut Technology)) {
    ctx.update(|wb| {
        if let Some(t) = wb.technology_mut(id) {
            f(t);
        }
    });
}

fn read_element<T>(
    ctx: Ctx,
    tid: TechnologyId,
    eid: ElementId,
    f: impl FnOnce(&ChokepointElement) -> T,
) -> Option<T> {
    ctx.wb.with(|w| {
        w.as_ref()
            .and_then(|w| w.technology(tid))
            .and_then(|t| t.elements.iter().find(|e| e.id == eid))
            .map(f)
    })
}

fn edit_element(
    ctx: Ctx,
    tid: TechnologyId,
    eid: ElementId,
    f: impl FnOnce(&mut ChokepointElement),
) {
    edit(ctx, tid, |t| {
        if let Some(e) = t.elements.iter_mut().find(|e| e.id == eid) {
            f(e);
        }
    });
}

/// A text draft: what the user typed (never clobbered), the domain's error
/// for it, and the input handler that commits valid values.
struct Draft {
    value: RwSignal<String>,
    error: RwSignal<Option<ValidationError>>,
    on_input: Callback<String>,
}

fn draft<T: 'static>(
    initial: String,
    parse: impl Fn(&str) -> Result<T, ValidationError> + Send + Sync + 'static,
    commit: impl Fn(T) + Send + Sync + 'static,
) -> Draft {
    let value = RwSignal::new(initial);
    let error = RwSignal::new(None::<ValidationError>);
    let on_input = Callback::new(move |raw: String| {
        value.set(raw.clone());
        match parse(&raw) {
            Ok(v) => {
                error.set(None);
                commit(v);
            }
            Err(e) => error.set(Some(e)),
        }
    });
    Draft {
        value,
        error,
        on_input,
    }
}

impl Draft {
    fn error_text(&self, ctx: Ctx) -> Signal<Option<String>> {
        let error = self.error;
        Signal::derive(move || error.get().map(|e| e.message(ctx.l())))
    }
}

/// Focuses (and selects the text of) the first element matching `selector`
/// once the browser has laid it out.
fn focus_later(selector: &'static str, select: bool) {
    request_animation_frame(move || {
        let Ok(Some(el)) = document().query_selector(selector) else {
            return;
        };
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            if select {
                if let Ok(f) = js_sys::Reflect::get(&el, &"select".into()) {
                    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                        let _ = f.call0(&el);
                    }
                }
            }
        }
    });
}

fn tier_class(tier: Tier) -> String {
    format!("tier-badge tier-{}", tier.code())
}

// ---------------------------------------------------------------------------
// The screen.

/// One line of the table, computed from the workbook and the analysis.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: Uuid,
    name: String,
    category: TechCategory,
    owner: String,
    score: Option<f64>,
    complete: bool,
    rank: Option<usize>,
    tier: Tier,
    flagged: bool,
    elements: usize,
    scenarios: usize,
    /// Position in the analysis' display order (tie-break of every sort).
    order: usize,
}

#[component]
pub fn InventoryScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();

    // Restore the view state of this workbook (reset for another workbook).
    let mut vs = view_state();
    let current = wb_id(ctx);
    if vs.workbook != current {
        vs = ViewState {
            workbook: current,
            ..ViewState::default()
        };
        update_view(|v| *v = vs.clone());
    }
    let category = RwSignal::new(vs.category);
    let tier = RwSignal::new(vs.tier);
    let owner = RwSignal::new(vs.owner.clone());
    let search = RwSignal::new(vs.search.clone());
    let sort = RwSignal::new((vs.sort, vs.descending));
    let undo = RwSignal::new(vs.undo.clone());
    let undo_error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let (c, t, o, s, (k, d)) = (
            category.get(),
            tier.get(),
            owner.get(),
            search.get(),
            sort.get(),
        );
        update_view(|v| {
            v.category = c;
            v.tier = t;
            v.owner = o;
            v.search = s;
            v.sort = k;
            v.descending = d;
        });
    });
    let set_undo = move |u: Option<Undo>| {
        update_view(|v| v.undo = u.clone());
        undo.set(u);
    };

    let add_technology = move |_| {
        let id = new_id();
        let name = msg::NEW_TECH_NAME.get(ctx.lang.get_untracked()).to_owned();
        ctx.update(|wb| {
            wb.technologies.push(Technology::new(
                TechnologyId::new(id),
                name,
                TechCategory::ResearchData,
            ))
        });
        update_view(|v| v.focus_name = Some(id));
        go_to(ctx, Some(id));
    };

    let owners = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let mut o: Vec<String> = w
                .as_ref()
                .map(|w| {
                    w.technologies
                        .iter()
                        .map(|t| t.owner_unit.trim().to_owned())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            o.sort();
            o.dedup();
            o
        })
    });

    let total = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().map_or(0, |w| w.technologies.len()))
    });

    let rows = Memo::new(move |_| {
        let (key, desc) = sort.get();
        let cat = category.get();
        let tier_f = tier.get();
        let owner_f = owner.get();
        let needle = search.get().trim().to_lowercase();
        let analysis = ctx.analysis.get();
        ctx.wb.with(|w| {
            let (Some(w), Some(a)) = (w.as_ref(), analysis.as_ref()) else {
                return Vec::new();
            };
            let mut rows: Vec<Row> = a
                .ranking
                .iter()
                .enumerate()
                .filter_map(|(order, id)| {
                    let t = w.technology(*id)?;
                    let ta = a.technology(*id)?;
                    if cat.is_some_and(|c| c != t.category)
                        || tier_f.is_some_and(|x| x != ta.tier)
                        || owner_f.as_ref().is_some_and(|o| o != t.owner_unit.trim())
                    {
                        return None;
                    }
                    if !needle.is_empty()
                        && !t.name.to_lowercase().contains(&needle)
                        && !t.description.to_lowercase().contains(&needle)
                    {
                        return None;
                    }
                    Some(Row {
                        id: id.uuid(),
                        name: t.name.clone(),
                        category: t.category,
                        owner: t.owner_unit.clone(),
                        score: ta.criticality.score(),
                        complete: ta.criticality.complete,
                        rank: ta.rank,
                        tier: ta.tier,
                        flagged: ta.chokepoints.flagged,
                        elements: t.elements.len(),
                        scenarios: ta.scenarios,
                        order,
                    })
                })
                .collect();
            let lang = ctx.lang.get_untracked();
            rows.sort_by(|a, b| {
                use std::cmp::Ordering;
                let primary = match key {
                    SortKey::Rank => Ordering::Equal,
                    SortKey::Name => a.name.cmp(&b.name),
                    SortKey::Category => a
                        .category
                        .label()
                        .get(lang)
                        .cmp(b.category.label().get(lang)),
                    SortKey::Owner => a.owner.cmp(&b.owner),
                    SortKey::Score => a.score.partial_cmp(&b.score).unwrap_or(Ordering::Equal),
                    SortKey::Tier => a.tier.cmp(&b.tier),
                    SortKey::Chokepoint => a.flagged.cmp(&b.flagged),
                    SortKey::Elements => a.elements.cmp(&b.elements),
                    SortKey::Scenarios => a.scenarios.cmp(&b.scenarios),
                };
                let primary = if desc { primary.reverse() } else { primary };
                let order = if key == SortKey::Rank && desc {
                    b.order.cmp(&a.order)
                } else {
                    a.order.cmp(&b.order)
                };
                primary.then(order)
            });
            rows
        })
    });

    // One page of the list; it opens on the selected technology's page.
    let paging = Paging::opening(
        position(rows, selected, |r: &Row| r.id),
        vs.page,
        move || rows.with(Vec::len),
    );
    paging.reset_when(move || {
        (
            category.get(),
            tier.get(),
            owner.get(),
            search.get(),
            sort.get(),
        )
    });
    let page_rows = paging.rows(rows);
    Effect::new(move |_| {
        let page = paging.index();
        update_view(|v| v.page = page);
    });

    let header = move |key: SortKey, label: Text, num: bool| {
        let toggle = move |_| {
            sort.update(|(k, d)| {
                if *k == key {
                    *d = !*d;
                } else {
                    *k = key;
                    *d = key.default_descending();
                }
            })
        };
        view! {
            <th
                scope="col"
                class=if num { "num" } else { "" }
                aria-sort=move || {
                    let (k, d) = sort.get();
                    if k != key { "none" } else if d { "descending" } else { "ascending" }
                }
            >
                <button
                    type="button"
                    class="sort"
                    data-testid=format!("sort-{}", key.code())
                    title=move || msg::sorted_by(ctx.l(), label.get(ctx.l()))
                    on:click=toggle
                >
                    {move || label.get(ctx.l())}
                    <span class="sort-arrow" aria-hidden="true">
                        {move || {
                            let (k, d) = sort.get();
                            if k != key { "↕" } else if d { "▼" } else { "▲" }
                        }}
                    </span>
                </button>
            </th>
        }
    };

    let summary = move || {
        let l = ctx.l();
        ctx.analysis.with(|a| {
            a.as_ref()
                .map(|a| {
                    let s = a.tiers;
                    msg::tier_counts(l, s.top, s.middle, s.lower, s.quasi_important, s.unrated)
                })
                .unwrap_or_default()
        })
    };

    let filters_active = move || {
        category.with(Option::is_some)
            || tier.with(Option::is_some)
            || owner.with(Option::is_some)
            || !search.with(|s| s.trim().is_empty())
    };

    view! {
        <section class="inventory" aria-labelledby="inventory-title">
            <h2 id="inventory-title">{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>

            <Show when=move || undo.with(Option::is_some)>
                <p class="notice undo-notice" role="status" data-testid="undo-notice">
                    {move || undo.with(|u| u.as_ref().map(|u| format!("{}{}", u.message.get(ctx.l()), u.label)).unwrap_or_default())}
                    " "
                    <button type="button" data-testid="undo-delete" on:click=move |_| {
                        let Some(u) = undo.get_untracked() else { return };
                        let mut result = Ok(());
                        ctx.update(|wb| result = wb.put_back(u.removed.clone()));
                        match result {
                            Ok(()) => {
                                set_undo(None);
                                undo_error.set(None);
                                if let Some((_, t)) = u.removed.technologies.first() {
                                    go_to(ctx, Some(t.id.uuid()));
                                }
                            }
                            Err(e) => {
                                let l = ctx.lang.get_untracked();
                                let text = e.0.iter().map(|e| e.message(l)).collect::<Vec<_>>().join(" ");
                                undo_error.set(Some(format!("{}{}", msg::UNDO_FAILED.get(l), text)));
                            }
                        }
                    }>{move || common::UNDO.get(ctx.l())}</button>
                    " "
                    <button type="button" on:click=move |_| set_undo(None)>{move || common::CLOSE.get(ctx.l())}</button>
                    <span class="error">{move || undo_error.get().unwrap_or_default()}</span>
                </p>
            </Show>

            <section class="inventory-list" aria-labelledby="inventory-list-title">
                <h3 id="inventory-list-title">{move || msg::LIST_HEADING.get(ctx.l())}</h3>
                <div class="toolbar inventory-toolbar">
                    <button type="button" class="primary" data-testid="add-technology" on:click=add_technology>
                        "+ " {move || msg::ADD_TECHNOLOGY.get(ctx.l())}
                    </button>
                    <FilterSelect label=msg::FILTER_CATEGORY value=category testid="filter-category"/>
                    <FilterSelect label=msg::FILTER_TIER value=tier testid="filter-tier"/>
                    <label class="field">
                        <span class="field-label">{move || msg::FILTER_OWNER.get(ctx.l())}</span>
                        <select
                            data-testid="filter-owner"
                            prop:value=move || owner.get().unwrap_or_default()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                owner.set((!v.is_empty()).then_some(v));
                            }
                        >
                            <option value="" selected=move || owner.with(Option::is_none)>{move || common::FILTER_ALL.get(ctx.l())}</option>
                            {move || owners.get().into_iter().map(|o| {
                                let o2 = o.clone();
                                view! { <option value=o.clone() selected=move || owner.with(|x| x.as_deref() == Some(o2.as_str()))>{o.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <TextField
                        label=msg::SEARCH_LABEL
                        value=search
                        on_input=Callback::new(move |v| search.set(v))
                        testid="tech-search"
                        input_type="search"
                    />
                    <Show when=filters_active>
                        <button type="button" data-testid="clear-filters" on:click=move |_| {
                            category.set(None);
                            tier.set(None);
                            owner.set(None);
                            search.set(String::new());
                        }>{move || msg::CLEAR_FILTERS.get(ctx.l())}</button>
                    </Show>
                </div>
                <p class="list-summary muted" role="status">
                    {move || msg::shown(ctx.l(), rows.with(Vec::len), total.get())}
                    " — "
                    {summary}
                </p>
                <Show
                    when=move || { total.get() > 0 }
                    fallback=move || view! { <p class="notice">{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
                >
                    <Pager paging=paging label=paging_msg::NAV_TECHNOLOGIES testid="tech-pager"/>
                    <div class="table-wrap">
                        <table class="data-table tech-table" data-testid="tech-table">
                            <caption class="visually-hidden">{move || msg::SORT_HINT.get(ctx.l())}</caption>
                            <thead>
                                <tr>
                                    {header(SortKey::Rank, msg::COL_RANK, true)}
                                    {header(SortKey::Name, msg::COL_NAME, false)}
                                    {header(SortKey::Category, msg::COL_CATEGORY, false)}
                                    {header(SortKey::Owner, msg::COL_OWNER, false)}
                                    {header(SortKey::Score, msg::COL_SCORE, true)}
                                    {header(SortKey::Tier, msg::COL_TIER, false)}
                                    {header(SortKey::Chokepoint, msg::COL_CHOKEPOINT, false)}
                                    {header(SortKey::Elements, msg::COL_ELEMENTS, true)}
                                    {header(SortKey::Scenarios, msg::COL_SCENARIOS, true)}
                                </tr>
                            </thead>
                            <tbody>
                                {keyed_rows(page_rows, |r: &Row| r.id, move |r: Row| {
                                    let l = ctx.l();
                                    let is_sel = selected == Some(r.id);
                                    let href = wb_id(ctx).map(|wb| Route::Workbook(wb, Screen::Inventory(Some(r.id))).to_hash()).unwrap_or_default();
                                    view! {
                                        <tr data-testid="tech-row" data-id=r.id.to_string() class:selected=is_sel>
                                            <td class="num">{r.rank.map(|x| x.to_string()).unwrap_or_else(|| "—".into())}</td>
                                            <th scope="row" class="tech-name-cell">
                                                <a href=href data-testid="open-tech" aria-current=if is_sel { "true" } else { "false" }>{r.name.clone()}</a>
                                            </th>
                                            <td>{r.category.label().get(l)}</td>
                                            <td>{r.owner.clone()}</td>
                                            <td class="num">
                                                {fmt_score(r.score, l)}
                                                {(!r.complete && r.score.is_some()).then(|| view! { <span class="provisional">" (" {msg::PROVISIONAL.get(l)} ")"</span> })}
                                            </td>
                                            <td><span class=tier_class(r.tier)>{r.tier.label().get(l)}</span></td>
                                            <td>
                                                {if r.flagged {
                                                    view! { <span class="flag">"⚠ " {msg::CHOKEPOINT_YES.get(l)}</span> }.into_any()
                                                } else {
                                                    view! { <span class="muted">{msg::CHOKEPOINT_NO.get(l)}</span> }.into_any()
                                                }}
                                            </td>
                                            <td class="num">{r.elements}</td>
                                            <td class="num">{r.scenarios}</td>
                                        </tr>
                                    }
                                })}
                            </tbody>
                        </table>
                    </div>
                    <Show when=move || rows.with(Vec::is_empty)>
                        <p class="notice">{move || msg::NO_MATCH.get(ctx.l())}</p>
                    </Show>
                </Show>
            </section>

            {match selected {
                Some(id) => view! { <TechDetail tid=TechnologyId::new(id) set_undo=Callback::new(set_undo)/> }.into_any(),
                None => view! {
                    <Show when=move || { total.get() > 0 }>
                        <p class="muted select-hint">{move || msg::SELECT_HINT.get(ctx.l())}</p>
                    </Show>
                }.into_any(),
            }}
        </section>
    }
}

// ---------------------------------------------------------------------------
// Detail of one technology.

#[component]
fn TechDetail(tid: TechnologyId, set_undo: Callback<Option<Undo>>) -> impl IntoView {
    let ctx = Ctx::get();
    let exists = Memo::new(move |_| read(ctx, tid, |_| ()).is_some());
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <p class="notice" role="alert">
                    {move || msg::TECH_NOT_FOUND.get(ctx.l())}
                    " "
                    <a href=move || wb_id(ctx).map(|wb| Route::Workbook(wb, Screen::Inventory(None)).to_hash()).unwrap_or_default()>
                        {move || msg::BACK_TO_LIST.get(ctx.l())}
                    </a>
                </p>
            }
        >
            <TechForm tid=tid set_undo=set_undo/>
        </Show>
    }
}

#[component]
fn TechForm(tid: TechnologyId, set_undo: Callback<Option<Undo>>) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(t) = ctx
        .wb
        .with_untracked(|w| w.as_ref().and_then(|w| w.technology(tid)).cloned())
    else {
        return ().into_any();
    };
    let subject = Subject::new(EntityKind::Technology, tid);

    // Text drafts: local while typing, committed when valid.
    let s = subject.clone();
    let name = draft(
        t.name.clone(),
        move |raw| s.name(Field::Name, raw),
        move |v| edit(ctx, tid, |t| t.name = v),
    );
    let s = subject.clone();
    let description = draft(
        t.description.clone(),
        move |raw| s.text(Field::Description, raw),
        move |v| edit(ctx, tid, |t| t.description = v),
    );
    let s = subject.clone();
    let owner = draft(
        t.owner_unit.clone(),
        move |raw| s.short_text(Field::OwnerUnit, raw),
        move |v| edit(ctx, tid, |t| t.owner_unit = v),
    );
    let s = subject.clone();
    let storage = draft(
        t.storage_locations.join("\n"),
        move |raw| s.lines(Field::StorageLocations, raw),
        move |v| edit(ctx, tid, |t| t.storage_locations = v),
    );
    let s = subject.clone();
    let management = draft(
        t.management.clone(),
        move |raw| s.text(Field::Management, raw),
        move |v| edit(ctx, tid, |t| t.management = v),
    );
    let s = subject.clone();
    let internal = draft(
        t.access
            .internal_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        move |raw| s.count(Field::AccessInternalCount, raw),
        move |v| edit(ctx, tid, |t| t.access.internal_count = v),
    );
    let s = subject.clone();
    let access_notes = draft(
        t.access.notes.clone(),
        move |raw| s.text(Field::AccessNotes, raw),
        move |v| edit(ctx, tid, |t| t.access.notes = v),
    );
    let s = subject.clone();
    let key_persons = draft(
        t.key_persons.join("\n"),
        move |raw| s.lines(Field::KeyPersons, raw),
        move |v| edit(ctx, tid, |t| t.key_persons = v),
    );
    let s = subject.clone();
    let notes = draft(
        t.notes.clone(),
        move |raw| s.text(Field::Notes, raw),
        move |v| edit(ctx, tid, |t| t.notes = v),
    );

    // Focus: the name of a just-added technology, else the detail heading.
    let focus_name = view_state().focus_name == Some(tid.uuid());
    if focus_name {
        update_view(|v| v.focus_name = None);
        focus_later("[data-testid=tech-name]", true);
    } else {
        focus_later("#tech-detail-title", false);
    }

    let heading = move || read(ctx, tid, |t| t.name.clone()).unwrap_or_default();
    let rating = move |f: fn(&Technology) -> Option<Rating>| {
        Signal::derive(move || read(ctx, tid, f).flatten())
    };
    let external = move || match read(ctx, tid, |t| t.access.external_parties).flatten() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };

    view! {
        <section class="tech-detail panel" aria-labelledby="tech-detail-title" data-testid="tech-detail">
            <div class="detail-head">
                <h3 id="tech-detail-title" tabindex="-1">
                    <span class="muted detail-kicker">{move || msg::DETAIL_LABEL.get(ctx.l())}</span>
                    <span class="detail-name">{heading}</span>
                </h3>
                <a class="button-link" href=move || wb_id(ctx).map(|wb| Route::Workbook(wb, Screen::Inventory(None)).to_hash()).unwrap_or_default()>
                    {move || msg::BACK_TO_LIST.get(ctx.l())}
                </a>
            </div>
            <div class="detail-grid">
                <div class="detail-form">
                    <h4>{move || msg::SEC_BASIC.get(ctx.l())}</h4>
                    <TextField
                        label=Field::Name.label()
                        value=name.value
                        on_input=name.on_input
                        error=name.error_text(ctx)
                        testid="tech-name"
                    />
                    <TextArea
                        label=Field::Description.label()
                        value=description.value
                        on_input=description.on_input
                        error=description.error_text(ctx)
                        testid="tech-description"
                    />
                    <div class="form-grid">
                        <CodeSelect
                            label=msg::CATEGORY
                            value=Signal::derive(move || read(ctx, tid, |t| t.category).unwrap_or(TechCategory::Other))
                            on_change=Callback::new(move |c| edit(ctx, tid, |t| t.category = c))
                            testid="tech-category"
                        />
                        <TextField
                            label=Field::OwnerUnit.label()
                            value=owner.value
                            on_input=owner.on_input
                            error=owner.error_text(ctx)
                            testid="tech-owner"
                        />
                        <CodeSelect
                            label=msg::EXPORT_CONTROL
                            value=Signal::derive(move || read(ctx, tid, |t| t.export_control).unwrap_or(ExportControl::NotJudged))
                            on_change=Callback::new(move |c| edit(ctx, tid, |t| t.export_control = c))
                            testid="tech-export-control"
                        />
                    </div>

                    <h4>{move || msg::SEC_MANAGEMENT.get(ctx.l())}</h4>
                    <TextArea
                        label=Field::StorageLocations.label()
                        value=storage.value
                        on_input=storage.on_input
                        error=storage.error_text(ctx)
                        hint=msg::HINT_STORAGE
                        testid="tech-storage"
                    />
                    <TextArea
                        label=Field::Management.label()
                        value=management.value
                        on_input=management.on_input
                        error=management.error_text(ctx)
                        hint=msg::HINT_MANAGEMENT
                        testid="tech-management"
                    />
                    <div class="form-grid">
                        <TextField
                            label=Field::AccessInternalCount.label()
                            value=internal.value
                            on_input=internal.on_input
                            error=internal.error_text(ctx)
                            hint=msg::HINT_COUNT
                            testid="tech-access-internal"
                            input_type="text"
                        />
                        <label class="field">
                            <span class="field-label">{move || msg::EXTERNAL_PARTIES.get(ctx.l())}</span>
                            <select
                                data-testid="tech-access-external"
                                prop:value=external
                                on:change=move |ev| {
                                    let v = match event_target_value(&ev).as_str() {
                                        "yes" => Some(true),
                                        "no" => Some(false),
                                        _ => None,
                                    };
                                    edit(ctx, tid, |t| t.access.external_parties = v);
                                }
                            >
                                <option value="" selected=move || external().is_empty()>{move || common::UNKNOWN.get(ctx.l())}</option>
                                <option value="yes" selected=move || external() == "yes">{move || common::YES.get(ctx.l())}</option>
                                <option value="no" selected=move || external() == "no">{move || common::NO.get(ctx.l())}</option>
                            </select>
                        </label>
                    </div>
                    <TextArea
                        label=Field::AccessNotes.label()
                        value=access_notes.value
                        on_input=access_notes.on_input
                        error=access_notes.error_text(ctx)
                        testid="tech-access-notes"
                        rows=2
                    />
                    <TextArea
                        label=Field::KeyPersons.label()
                        value=key_persons.value
                        on_input=key_persons.on_input
                        error=key_persons.error_text(ctx)
                        hint=msg::HINT_KEY_PERSONS
                        testid="tech-key-persons"
                    />

                    <h4>{move || msg::SEC_RATINGS.get(ctx.l())}</h4>
                    <RatingInput
                        axis=crate::domain::rating::RatingAxis::MarketImportance
                        value=rating(|t| t.market_importance)
                        on_change=Callback::new(move |r| edit(ctx, tid, |t| t.market_importance = r))
                        testid="rate-market-importance"
                    />
                    <RatingInput
                        axis=crate::domain::rating::RatingAxis::NationalStrategy
                        value=rating(|t| t.national_strategy)
                        on_change=Callback::new(move |r| edit(ctx, tid, |t| t.national_strategy = r))
                        testid="rate-national-strategy"
                    />
                    <RatingInput
                        axis=crate::domain::rating::RatingAxis::TechSubstitutability
                        value=rating(|t| t.substitutability)
                        on_change=Callback::new(move |r| edit(ctx, tid, |t| t.substitutability = r))
                        testid="rate-substitutability"
                    />
                    <RatingInput
                        axis=crate::domain::rating::RatingAxis::LeakImpact
                        value=rating(|t| t.leak_impact)
                        on_change=Callback::new(move |r| edit(ctx, tid, |t| t.leak_impact = r))
                        testid="rate-leak-impact"
                    />

                    <TextArea
                        label=Field::Notes.label()
                        value=notes.value
                        on_input=notes.on_input
                        error=notes.error_text(ctx)
                        testid="tech-notes"
                    />
                </div>
                <aside class="score-panel" aria-labelledby="score-title">
                    <ScorePanel tid=tid/>
                </aside>
            </div>
            <Elements tid=tid/>
            <DeleteTechnology tid=tid set_undo=set_undo/>
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// Score panel: criticality term by term, rank and tier with the rule.

#[component]
fn ScorePanel(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let tech = move || {
        ctx.analysis
            .with(|a| a.as_ref().and_then(|a| a.technology(tid).cloned()))
    };
    let tiers = move || {
        ctx.analysis
            .with(|a| a.as_ref().map(|a| a.tiers).unwrap_or_default())
    };
    let settings = move || {
        ctx.wb
            .with(|w| w.as_ref().map(|w| w.settings).unwrap_or_default())
    };

    move || {
        let l = ctx.l();
        let Some(ta) = tech() else {
            return ().into_any();
        };
        let c = ta.criticality;
        let terms = c
            .terms
            .iter()
            .map(|term| {
                let rating = term
                    .rating
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| common::NOT_RATED.get(l).to_owned());
                let value = term.risk_value.map(|v| {
                    if term.axis.is_inverted() {
                        format!(
                            "6 − {} = {v}",
                            term.rating.map(|r| r.get()).unwrap_or_default()
                        )
                    } else {
                        v.to_string()
                    }
                });
                let contribution = term
                    .risk_value
                    .filter(|_| term.counts())
                    .map(|v| (u32::from(term.weight) * u32::from(v)).to_string());
                view! {
                    <tr data-axis=term.axis.code() class:not-counted=!term.counts()>
                        <th scope="row">{term.axis.label().get(l)}</th>
                        <td class="num">{rating}</td>
                        <td class="num">{value.unwrap_or_else(|| "—".into())}</td>
                        <td class="num">{term.weight}</td>
                        <td class="num">{contribution.unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
            .collect_view();
        let total = if c.weight_total > 0 {
            format!(
                "{} ÷ {} = {}",
                c.weighted_sum,
                c.weight_total,
                fmt_score(c.score(), l)
            )
        } else {
            "—".to_owned()
        };
        let tier = ta.tier;
        let summary = tiers();
        let st = settings();
        let top_mid =
            (u16::from(st.top_share_percent) + u16::from(st.middle_share_percent)).min(100);
        let rank_text = match ta.rank {
            Some(r) => msg::rank_of(l, r, summary.ranked),
            None => msg::NOT_RANKED.get(l).to_owned(),
        };
        let explanation = match tier {
            Tier::QuasiImportant => msg::QUASI_RULE.get(l).to_owned(),
            _ => msg::tier_rule(
                l,
                summary.ranked,
                st.top_share_percent,
                top_mid,
                summary.top_target,
                summary.middle_target,
            ),
        };
        let incomplete = !c.complete && tier != Tier::QuasiImportant;
        let flagged = ta.chokepoints.flagged;
        view! {
            <h4 id="score-title">{msg::SEC_SCORE.get(l)}</h4>
            <p class="big-score" data-testid="tech-score">
                <span class="field-label">{msg::CRITICALITY.get(l)} " "</span>
                <strong>{fmt_score(c.score(), l)}</strong>
                {(!c.complete && c.score().is_some()).then(|| view! { <span class="provisional">" (" {msg::PROVISIONAL.get(l)} ")"</span> })}
            </p>
            <dl class="rank-tier">
                <div>
                    <dt>{msg::COL_TIER.get(l)}</dt>
                    <dd><span class=tier_class(tier) data-testid="tech-tier" data-tier=tier.code()>{tier.label().get(l)}</span></dd>
                </div>
                <div>
                    <dt>{msg::COL_RANK.get(l)}</dt>
                    <dd data-testid="tech-rank">{rank_text}</dd>
                </div>
                <div>
                    <dt>{msg::COL_CHOKEPOINT.get(l)}</dt>
                    <dd data-testid="tech-chokepoint" data-flagged=flagged.to_string()>
                        {if flagged {
                            view! { <span class="flag">"⚠ " {msg::TECH_FLAG_YES.get(l)}</span> }.into_any()
                        } else {
                            view! { <span class="muted">{msg::TECH_FLAG_NO.get(l)}</span> }.into_any()
                        }}
                    </dd>
                </div>
            </dl>
            {incomplete.then(|| view! {
                <p class="incomplete" role="status" data-testid="tech-incomplete">
                    {if c.weight_total == 0 { msg::NOTHING_RATED.get(l) } else { "" }}
                    " "
                    {msg::INCOMPLETE.get(l)}
                </p>
            })}
            <div class="score-pair">
                <div class="breakdown">
                    <table data-testid="criticality-breakdown">
                        <caption>{common::BREAKDOWN.get(l)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{msg::COL_AXIS.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_RATING.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_RISK_VALUE.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_WEIGHT.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_CONTRIBUTION.get(l)}</th>
                            </tr>
                        </thead>
                        <tbody>{terms}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{msg::CRITICALITY.get(l)}</th>
                                <td colspan="4" class="num total">{total}</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <div class="score-chart">{profile_svg(&profile(&c), l, "tech-profile")}</div>
            </div>
            <p class="hint">{msg::FORMULA.get(l)}</p>
            <p class="hint">{msg::INVERTED_NOTE.get(l)}</p>
            <p class="hint tier-rule">{explanation}</p>
        }
        .into_any()
    }
}

// ---------------------------------------------------------------------------
// Chokepoint elements.

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

#[component]
fn Elements(tid: TechnologyId) -> impl IntoView {
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
        focus_later("[data-testid=element-name]", true);
    };
    let delete = move |eid: ElementId| {
        if editing.get_untracked() == Some(eid) {
            editing.set(None);
        }
        let removed = ctx.delete(|wb| wb.delete_element(eid));
        undo.set(removed);
    };

    let axis_labels = [
        crate::domain::rating::RatingAxis::ElementDependency,
        crate::domain::rating::RatingAxis::ElementSubstitutability,
        crate::domain::rating::RatingAxis::SupplyDisruption,
    ];

    view! {
        <section class="elements" aria-labelledby="elements-title" data-testid="elements">
            <h4 id="elements-title">{move || msg::SEC_ELEMENTS.get(ctx.l())}</h4>
            <p class="hint">{move || msg::ELEMENTS_INTRO.get(ctx.l())}</p>
            <p class="hint">{move || msg::chokepoint_rule(ctx.l(), threshold())}</p>
            <Show when=move || undo.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || msg::ELEMENT_DELETED.get(ctx.l())}
                    " "
                    <button type="button" data-testid="undo-delete-element" on:click=move |_| {
                        if let Some(r) = undo.get_untracked() {
                            let mut ok = false;
                            ctx.update(|wb| ok = wb.put_back(r).is_ok());
                            if ok {
                                undo.set(None);
                            }
                        }
                    }>{move || common::UNDO.get(ctx.l())}</button>
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
                                {axis_labels.map(|a| view! {
                                    <th scope="col" class="num">
                                        {move || a.label().get(ctx.l())}
                                        {a.is_inverted().then(|| view! { <span class="inverted-note">" (6−x)"</span> })}
                                    </th>
                                }).collect_view()}
                                <th scope="col" class="num">{move || msg::COL_ELEMENT_SCORE.get(ctx.l())}</th>
                                <th scope="col">{move || msg::CHOKEPOINT_FLAG.get(ctx.l())}</th>
                                <th scope="col"><span class="visually-hidden">{move || msg::EDIT.get(ctx.l())}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let l = ctx.l();
                                let current = editing.get();
                                rows.get().into_iter().map(|r| {
                                    let eid = r.id;
                                    let is_editing = current == Some(eid);
                                    view! {
                                        <tr data-testid="element-row" class:selected=is_editing data-chokepoint=r.chokepoint.to_string()>
                                            <td>{r.kind.label().get(l)}</td>
                                            <th scope="row">{r.name.clone()}</th>
                                            {r.ratings.map(|x| view! {
                                                <td class="num">{x.map(|x| x.to_string()).unwrap_or_else(|| common::NOT_RATED.get(l).to_owned())}</td>
                                            }).collect_view()}
                                            <td class="num">{fmt_score(r.score, l)}</td>
                                            <td>
                                                {if r.chokepoint {
                                                    view! { <span class="flag">"⚠ " {msg::CHOKEPOINT_YES.get(l)}</span> }.into_any()
                                                } else {
                                                    view! { <span class="muted">{msg::CHOKEPOINT_NO.get(l)}</span> }.into_any()
                                                }}
                                            </td>
                                            <td><div class="actions">
                                                <button
                                                    type="button"
                                                    data-testid="edit-element"
                                                    aria-expanded=is_editing.to_string()
                                                    on:click=move |_| {
                                                        if is_editing {
                                                            editing.set(None);
                                                        } else {
                                                            editing.set(Some(eid));
                                                            focus_later("[data-testid=element-name]", false);
                                                        }
                                                    }
                                                >
                                                    {if is_editing { msg::CLOSE_EDIT.get(l) } else { msg::EDIT.get(l) }}
                                                </button>
                                                <button type="button" class="danger" data-testid="delete-element" on:click=move |_| delete(eid)>
                                                    {common::DELETE.get(l)}
                                                </button>
                                            </div></td>
                                        </tr>
                                    }
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
            {move || {
                let l = ctx.l();
                let limit = threshold();
                let scores = ctx.analysis.with(|a| {
                    a.as_ref()?.technology(tid).map(|ta| ta.chokepoints.clone())
                })?;
                let chart = read(ctx, tid, |t| element_chart(t, &scores, limit))?;
                (!chart.bars.is_empty()).then(|| view! {
                    <div class="elements-chart">{elements_svg(&chart, l, "tech-elements")}</div>
                })
            }}
            {move || editing.get().map(|eid| view! { <ElementForm tid=tid eid=eid on_close=Callback::new(move |_| editing.set(None))/> })}
            <button type="button" data-testid="add-element" on:click=add>"+ " {move || msg::ADD_ELEMENT.get(ctx.l())}</button>
        </section>
    }
}

#[component]
fn ElementForm(tid: TechnologyId, eid: ElementId, on_close: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(e) = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.technology(tid))
            .and_then(|t| t.elements.iter().find(|e| e.id == eid).cloned())
    }) else {
        return ().into_any();
    };
    let subject = Subject::new(EntityKind::Element, eid);
    let s = subject.clone();
    let name = draft(
        e.name.clone(),
        move |raw| s.name(Field::Name, raw),
        move |v| edit_element(ctx, tid, eid, |e| e.name = v),
    );
    let s = subject;
    let notes = draft(
        e.notes.clone(),
        move |raw| s.text(Field::Notes, raw),
        move |v| edit_element(ctx, tid, eid, |e| e.notes = v),
    );
    let rating = move |f: fn(&ChokepointElement) -> Option<Rating>| {
        Signal::derive(move || read_element(ctx, tid, eid, f).flatten())
    };
    view! {
        <div
            class="element-form"
            role="group"
            aria-labelledby="element-form-title"
            data-testid="element-form"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    on_close.run(());
                }
            }
        >
            <h5 id="element-form-title">
                {move || msg::EDIT_ELEMENT.get(ctx.l())}
                " — "
                {move || read_element(ctx, tid, eid, |e| e.name.clone()).unwrap_or_default()}
            </h5>
            <div class="form-grid">
                <CodeSelect
                    label=msg::ELEMENT_KIND
                    value=Signal::derive(move || read_element(ctx, tid, eid, |e| e.kind).unwrap_or(ElementKind::Materials))
                    on_change=Callback::new(move |k| edit_element(ctx, tid, eid, |e| e.kind = k))
                    testid="element-kind"
                />
                <TextField
                    label=Field::Name.label()
                    value=name.value
                    on_input=name.on_input
                    error=name.error_text(ctx)
                    testid="element-name"
                />
            </div>
            <div class="element-ratings">
                <RatingInput
                    axis=crate::domain::rating::RatingAxis::ElementDependency
                    value=rating(|e| e.dependency)
                    on_change=Callback::new(move |r| edit_element(ctx, tid, eid, |e| e.dependency = r))
                    testid="rate-element-dependency"
                />
                <RatingInput
                    axis=crate::domain::rating::RatingAxis::ElementSubstitutability
                    value=rating(|e| e.substitutability)
                    on_change=Callback::new(move |r| edit_element(ctx, tid, eid, |e| e.substitutability = r))
                    testid="rate-element-substitutability"
                />
                <RatingInput
                    axis=crate::domain::rating::RatingAxis::SupplyDisruption
                    value=rating(|e| e.supply_disruption)
                    on_change=Callback::new(move |r| edit_element(ctx, tid, eid, |e| e.supply_disruption = r))
                    testid="rate-element-supply-disruption"
                />
            </div>
            <TextArea
                label=Field::Notes.label()
                value=notes.value
                on_input=notes.on_input
                error=notes.error_text(ctx)
                testid="element-notes"
                rows=2
            />
            <button type="button" data-testid="close-element" on:click=move |_| on_close.run(())>
                {move || msg::CLOSE_EDIT.get(ctx.l())}
            </button>
        </div>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// Delete with impact preview.

#[component]
fn DeleteTechnology(tid: TechnologyId, set_undo: Callback<Option<Undo>>) -> impl IntoView {
    let ctx = Ctx::get();
    let confirming = RwSignal::new(false);
    let open = move |_| {
        confirming.set(true);
        focus_later("[data-testid=confirm-delete-technology]", false);
    };
    let close = move || {
        confirming.set(false);
        focus_later("[data-testid=delete-technology]", false);
    };
    let confirm = move |_| {
        let label = ctx
            .wb
            .with_untracked(|w| {
                w.as_ref()
                    .and_then(|w| w.technology(tid))
                    .map(|t| t.name.clone())
            })
            .unwrap_or_default();
        let removed = ctx.delete(|wb| wb.delete_technology(tid));
        if let Some(removed) = removed {
            set_undo.run(Some(Undo {
                message: msg::TECH_DELETED,
                label,
                removed,
            }));
        }
        go_to(ctx, None);
    };
    view! {
        <section class="delete-tech" aria-labelledby="delete-title">
            <h4 id="delete-title" class="visually-hidden">{move || msg::SEC_DELETE.get(ctx.l())}</h4>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" data-testid="delete-technology" on:click=open>
                        {move || msg::DELETE_TECH.get(ctx.l())}
                    </button>
                }
            >
                <div
                    class="confirm confirm-block"
                    role="alertdialog"
                    aria-labelledby="confirm-delete-title"
                    data-testid="delete-impact"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            close();
                        }
                    }
                >
                    <strong id="confirm-delete-title">{move || msg::CONFIRM_TITLE.get(ctx.l())}</strong>
                    {move || {
                        let l = ctx.l();
                        let impact = ctx.wb.with_untracked(|w| w.as_ref().and_then(|w| w.delete_technology_impact(tid))).unwrap_or_default();
                        let item = move |i: &crate::domain::edit::ImpactItem| view! {
                            <li><span class="muted">{i.entity.label().get(l)} "："</span> {i.label.clone()}</li>
                        };
                        let others: Vec<_> = impact.deleted.iter().skip(1).map(item).collect();
                        let unlinked: Vec<_> = impact.unlinked.iter().map(item).collect();
                        let simple = impact.is_simple();
                        view! {
                            <ul class="impact-list">{impact.deleted.first().map(item)}</ul>
                            {(!others.is_empty()).then(|| view! {
                                <p class="field-label">{msg::WILL_DELETE.get(l)}</p>
                                <ul class="impact-list">{others}</ul>
                            })}
                            {(!unlinked.is_empty()).then(|| view! {
                                <p class="field-label">{msg::WILL_UNLINK.get(l)}</p>
                                <ul class="impact-list">{unlinked}</ul>
                            })}
                            {simple.then(|| view! { <p>{msg::ONLY_ITSELF.get(l)}</p> })}
                            <p class="hint">{msg::UNDO_HINT.get(l)}</p>
                        }
                    }}
                    <div class="actions">
                        <button type="button" class="danger" data-testid="confirm-delete-technology" on:click=confirm>
                            {move || common::CONFIRM_DELETE.get(ctx.l())}
                        </button>
                        <button type="button" data-testid="cancel-delete-technology" on:click=move |_| close()>
                            {move || common::CANCEL.get(ctx.l())}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
