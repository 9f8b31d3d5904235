//! Paged lists: the page state of one list ([`Paging`]), the shared
//! [`Pager`] (first / previous / next / last and "1–50 / 4,000件"), and
//! [`keyed_rows`], which renders a page's rows keyed by record id.
//!
//! Why: laying out thousands of table rows at once took seconds; a list
//! shows [`PAGE_SIZE`] rows at a time. The arithmetic is the domain's
//! (`domain::paging`); this module only holds signals and markup.

use std::hash::Hash;

use leptos::prelude::*;

use crate::domain::paging::{opening_page, Page, PAGE_SIZE};
use crate::domain::text::Text;
use crate::i18n::paging as msg;

use super::state::Ctx;

/// The page of one list. `requested` is the page asked for, owned by the
/// screen's view state so it outlives the screen (leaving and coming back
/// shows the same page), and survives edits (an edit never moves the user
/// to another page); `page` is it clamped to the rows there are now.
#[derive(Clone, Copy)]
pub struct Paging {
    requested: RwSignal<usize>,
    size: usize,
    pub page: Memo<Page>,
}

impl Paging {
    /// Paging over `total()` rows in pages of [`PAGE_SIZE`], on the page
    /// kept in `requested`.
    pub fn new(
        requested: RwSignal<usize>,
        total: impl Fn() -> usize + Send + Sync + 'static,
    ) -> Paging {
        Paging::with_size(PAGE_SIZE, requested, total)
    }

    /// The same in pages of `size` (the threat matrix's columns).
    pub fn with_size(
        size: usize,
        requested: RwSignal<usize>,
        total: impl Fn() -> usize + Send + Sync + 'static,
    ) -> Paging {
        let page = Memo::new(move |_| Page::new(total(), size, requested.get()));
        Paging {
            requested,
            size,
            page,
        }
    }

    /// Shows page `index` (from 0; clamped).
    pub fn go(&self, index: usize) {
        self.requested.set(index);
    }

    /// The rows of the current page out of all `rows` of the list.
    pub fn rows<R>(&self, rows: Memo<Vec<R>>) -> Memo<Vec<R>>
    where
        R: Clone + PartialEq + Send + Sync + 'static,
    {
        let page = self.page;
        Memo::new(move |_| {
            let range = page.with(Page::range);
            rows.with(|r| r.get(range).map(<[R]>::to_vec).unwrap_or_default())
        })
    }

    /// Keeps the selected record in view: on mount and whenever the
    /// selection changes (a row opened from another screen, a record just
    /// added), turns to the page that holds it, if the list shows it. An
    /// edit or a filter change does not move the page.
    pub fn follow<R, K>(&self, rows: Memo<Vec<R>>, selected: Memo<Option<K>>, key: fn(&R) -> K)
    where
        R: Send + Sync + 'static,
        K: PartialEq + Clone + Send + Sync + 'static,
    {
        let (requested, size, page) = (self.requested, self.size, self.page);
        Effect::new(move |_| {
            let Some(sel) = selected.get() else { return };
            let Some(at) = rows.with_untracked(|r| r.iter().position(|r| key(r) == sel)) else {
                return;
            };
            if !page.with_untracked(|p| p.range().contains(&at)) {
                requested.set(opening_page(Some(at), 0, size));
            }
        });
    }

    /// Goes back to the first page whenever `filters()` changes (a new
    /// filter or sort is a new list), but not when it is first read.
    pub fn reset_when<T>(&self, filters: impl Fn() -> T + 'static)
    where
        T: PartialEq + 'static,
    {
        let requested = self.requested;
        Effect::new(move |previous: Option<T>| {
            let now = filters();
            if previous.is_some_and(|p| p != now) {
                requested.set(0);
            }
            now
        });
    }
}

/// Previous / next (and first / last) for a paged list, with the rows shown
/// ("1–50 / 4,000件"). Absent when everything fits on one page. `label`
/// names the navigation landmark after its list.
#[component]
pub fn Pager(paging: Paging, label: Text, testid: &'static str) -> impl IntoView {
    let ctx = Ctx::get();
    let page = paging.page;
    let previous_ref = NodeRef::<leptos::html::Button>::new();
    let next_ref = NodeRef::<leptos::html::Button>::new();
    // A button that has just become disabled (next on the last page) would
    // drop keyboard focus to <body>: hand it to the way back instead.
    let go = move |index: usize, forward: bool| {
        paging.go(index);
        request_animation_frame(move || {
            let (gone, other) = if forward {
                (page.with_untracked(Page::is_last), previous_ref)
            } else {
                (page.with_untracked(Page::is_first), next_ref)
            };
            let focus_lost = document()
                .active_element()
                .is_none_or(|el| el.has_attribute("disabled") || el.tag_name() == "BODY");
            if gone && focus_lost {
                if let Some(b) = other.get_untracked() {
                    let _ = b.focus();
                }
            }
        });
    };
    view! {
        <Show when=move || page.with(Page::needs_pager)>
            <nav class="pager" aria-label=move || label.get(ctx.l()) data-testid=testid>
                <button
                    type="button"
                    data-testid="pager-first"
                    disabled=move || page.with(Page::is_first)
                    on:click=move |_| go(0, false)
                >
                    <span aria-hidden="true">"« "</span>
                    {move || msg::FIRST.get(ctx.l())}
                </button>
                <button
                    type="button"
                    data-testid="pager-previous"
                    node_ref=previous_ref
                    disabled=move || page.with(Page::is_first)
                    on:click=move |_| go(page.with_untracked(Page::previous), false)
                >
                    <span aria-hidden="true">"‹ "</span>
                    {move || msg::PREVIOUS.get(ctx.l())}
                </button>
                <span class="pager-status" aria-live="polite">
                    <span data-testid="pager-rows">{move || page.with(|p| msg::rows_shown(ctx.l(), p))}</span>
                    " "
                    <span class="pager-pages" data-testid="pager-pages">
                        {move || page.with(|p| msg::page_of_pages(ctx.l(), p))}
                    </span>
                </span>
                <button
                    type="button"
                    data-testid="pager-next"
                    node_ref=next_ref
                    disabled=move || page.with(Page::is_last)
                    on:click=move |_| go(page.with_untracked(Page::next), true)
                >
                    {move || msg::NEXT.get(ctx.l())}
                    <span aria-hidden="true">" ›"</span>
                </button>
                <button
                    type="button"
                    data-testid="pager-last"
                    disabled=move || page.with(Page::is_last)
                    on:click=move |_| go(page.with_untracked(Page::last), true)
                >
                    {move || msg::LAST.get(ctx.l())}
                    <span aria-hidden="true">" »"</span>
                </button>
            </nav>
        </Show>
    }
}

/// The rows of a page, keyed by record id: turning pages or sorting moves
/// and swaps whole rows, and an edit re-renders only the row whose content
/// changed (each row watches its own copy of its data), never the list.
pub fn keyed_rows<R, K, V>(
    rows: Memo<Vec<R>>,
    key: fn(&R) -> K,
    render: impl Fn(R) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    R: Clone + PartialEq + Send + Sync + 'static,
    K: Clone + Eq + Hash + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <For
            each=move || rows.with(|r| r.iter().map(key).collect::<Vec<_>>())
            key=|k| k.clone()
            children=move |k| {
                let row = Memo::new(move |_| rows.with(|r| r.iter().find(|r| key(r) == k).cloned()));
                let render = render.clone();
                move || row.get().map(render.clone())
            }
        />
    }
}
