//! The reveal: for every item of the pass, each participant's rating, n,
//! median, min–max, abstentions and whether the agreement rule is met
//! (highlighted when not), with the outcome beside it. Earlier passes stay
//! readable below. Everything here comes from `item_stats`, which yields
//! nothing for a pass not yet revealed.

use leptos::prelude::*;

use crate::domain::ids::SessionId;
use crate::domain::model::Workbook;
use crate::domain::text::Lang;
use crate::domain::workshop::{item_label, item_stats, ItemKey, ItemStats, RatingSession};
use crate::i18n::workshop as msg;
use crate::ui::state::Ctx;

use super::edit_session;
use super::outcome::OutcomeCell;

/// One row of a revealed pass.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct ResultRow {
    pub key: ItemKey,
    pub label: String,
    /// "P1 4 · P2 5 · P3 –" in participant order.
    pub ratings: String,
    /// "P2: sole supplier", for the ratings that gave a reason.
    pub reasons: Vec<String>,
    pub stats: ItemStats,
}

/// The rows of pass `pass`, or none if it is not revealed.
pub(crate) fn result_rows(
    s: &RatingSession,
    w: &Workbook,
    pass: u32,
    lang: Lang,
) -> Vec<ResultRow> {
    let Some(p) = s.pass(pass).filter(|p| p.revealed_at.is_some()) else {
        return Vec::new();
    };
    s.items
        .iter()
        .filter(|i| p.votes.iter().any(|v| v.item == i.key))
        .filter_map(|i| {
            let stats = item_stats(s, pass, i.key)?;
            let ratings = s
                .participants
                .iter()
                .map(|x| {
                    let v = p
                        .votes
                        .iter()
                        .find(|v| v.participant == x.id && v.item == i.key)
                        .and_then(|v| v.value)
                        .map_or_else(|| "–".to_owned(), |r| r.to_string());
                    format!("{} {v}", x.pseudonym)
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let reasons = s
                .participants
                .iter()
                .filter_map(|x| {
                    let v = p
                        .votes
                        .iter()
                        .find(|v| v.participant == x.id && v.item == i.key)?;
                    (!v.reason.is_empty()).then(|| format!("{}: {}", x.pseudonym, v.reason))
                })
                .collect();
            Some(ResultRow {
                key: i.key,
                label: item_label(w, i.key, lang),
                ratings,
                reasons,
                stats,
            })
        })
        .collect()
}

fn rows_of(
    ctx: Ctx,
    session: Memo<Option<RatingSession>>,
    pass: Option<u32>,
) -> Memo<Vec<ResultRow>> {
    Memo::new(move |_| {
        let l = ctx.l();
        session.with(|s| {
            ctx.wb.with(|w| match (s, w) {
                (Some(s), Some(w)) => result_rows(s, w, pass.unwrap_or(s.current().number), l),
                _ => Vec::new(),
            })
        })
    })
}

fn head(ctx: Ctx, with_outcome: bool) -> impl IntoView {
    let th =
        move |t: crate::domain::text::Text| view! { <th scope="col">{move || t.get(ctx.l())}</th> };
    view! {
        <tr>
            {th(msg::COL_ITEM)}{th(msg::COL_RATINGS)}{th(msg::COL_N)}{th(msg::COL_MEDIAN)}
            {th(msg::COL_RANGE)}{th(msg::COL_ABSTAIN)}{th(msg::COL_RULE)}
            {with_outcome.then(|| th(msg::OUTCOME))}
        </tr>
    }
}

fn stat_cells(ctx: Ctx, r: &ResultRow) -> impl IntoView {
    let met = r.stats.meets_rule;
    view! {
        <td>
            <span data-testid="ws-ratings">{r.ratings.clone()}</span>
            {(!r.reasons.is_empty()).then(|| view! {
                <ul class="plain ws-reasons">{r.reasons.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
            })}
        </td>
        <td data-testid="ws-n">{r.stats.n}</td>
        <td data-testid="ws-median">{r.stats.median_text()}</td>
        <td data-testid="ws-range">{r.stats.range_text()}</td>
        <td data-testid="ws-abstentions">{r.stats.abstentions}</td>
        <td data-testid="ws-rule" data-met=met.to_string()>
            {move || if met { format!("✓ {}", msg::RULE_MET.get(ctx.l())) } else { format!("⚠ {}", msg::RULE_NOT_MET.get(ctx.l())) }}
        </td>
    }
}

#[component]
pub fn Results(
    id: SessionId,
    session: Memo<Option<RatingSession>>,
    presenting: RwSignal<Option<ItemKey>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let rows = rows_of(ctx, session, None);
    let error = RwSignal::new(None::<String>);
    let can_revote = Memo::new(move |_| {
        session.with(|s| s.as_ref().is_some_and(|s| s.open_items().next().is_some()))
    });
    let new_pass = move |_| {
        let r = edit_session(ctx, id, RatingSession::new_pass);
        error.set(r.err().map(|e| e.message(ctx.l())));
    };
    view! {
        <section class="ws-results" aria-labelledby="ws-results-title" data-testid="ws-results">
            <h4 id="ws-results-title">{move || msg::RESULTS.get(ctx.l())}</h4>
            <div class="table-wrap">
                <table class="ws-table">
                    <thead>{head(ctx, true)}</thead>
                    <tbody>
                        <For
                            each=move || rows.get()
                            key=|r| r.clone()
                            children=move |r| {
                                let key = r.key;
                                let label = r.label.clone();
                                let present_label = format!("{} — {}", msg::PRESENT.get(ctx.l()), r.label);
                                view! {
                                    <tr data-testid="ws-result" class:ws-disagree=!r.stats.meets_rule>
                                        <th scope="row">
                                            {label}" "
                                            <button type="button" class="link" data-testid="ws-present" aria-label=present_label
                                                on:click=move |_| {
                                                    presenting.set(Some(key));
                                                    // Into the dialog, so Escape and Tab work there.
                                                    crate::ui::widgets::focus_soon("[data-testid=ws-present-close]", false);
                                                }>{move || msg::PRESENT.get(ctx.l())}</button>
                                        </th>
                                        {stat_cells(ctx, &r)}
                                        <td><OutcomeCell id=id session=session key=key median=r.stats.median_rating()/></td>
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                </table>
            </div>
            <Show when=move || can_revote.get()>
                <div class="actions">
                    <button type="button" data-testid="ws-new-pass" on:click=new_pass>{move || msg::NEW_PASS.get(ctx.l())}</button>
                    <span class="hint">{move || msg::NEW_PASS_HINT.get(ctx.l())}</span>
                </div>
            </Show>
            <p class="field-error" role="status">{move || error.get().unwrap_or_default()}</p>
        </section>
    }
}

/// Every revealed pass before the current one, read-only.
#[component]
pub fn EarlierPasses(session: Memo<Option<RatingSession>>) -> impl IntoView {
    let ctx = Ctx::get();
    let passes = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                let current = s.current().number;
                s.passes
                    .iter()
                    .filter(|p| p.number < current && p.revealed_at.is_some())
                    .map(|p| p.number)
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || passes.with(|p| !p.is_empty())>
            <details class="ws-earlier" data-testid="ws-earlier">
                <summary>{move || msg::EARLIER.get(ctx.l())}</summary>
                <For
                    each=move || passes.get()
                    key=|n| *n
                    children=move |n| {
                        let rows = rows_of(ctx, session, Some(n));
                        view! {
                            <h5>{move || msg::pass_state(n, true, ctx.l())}</h5>
                            <div class="table-wrap">
                                <table class="ws-table">
                                    <thead>{head(ctx, false)}</thead>
                                    <tbody>
                                        {move || rows.get().into_iter().map(|r| view! {
                                            <tr class:ws-disagree=!r.stats.meets_rule>
                                                <th scope="row">{r.label.clone()}</th>
                                                {stat_cells(ctx, &r)}
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                    }
                />
            </details>
        </Show>
    }
}
