//! The 5×5 risk heat map. Interactive on the overview (cells are buttons
//! that list their scenarios), static when `selected` is not given.

use leptos::prelude::*;

use crate::domain::charts::heat_map::{
    tick_position, HeatMap, CELL_H, CELL_W, HEIGHT, LEFT, TOP, WIDTH,
};
use crate::domain::kinds::RiskLevel;
use crate::domain::text::Lang;
use crate::i18n::charts as msg;

/// "Likelihood 4 × Impact 5: Very high — 1 scenarios (open 1)".
pub fn cell_label(
    l: Lang,
    likelihood: u8,
    impact: u8,
    level: RiskLevel,
    count: usize,
    open: usize,
) -> String {
    format!(
        "{} {likelihood} × {} {impact}: {} — {count} {} ({} {open})",
        msg::LIKELIHOOD.get(l),
        msg::IMPACT.get(l),
        level.label().get(l),
        msg::SCENARIOS_COUNT.get(l),
        msg::HEAT_OPEN.get(l),
    )
}

/// The map. `id` prefixes the ids of its title and description.
pub fn heat_map_svg(
    map: &HeatMap,
    l: Lang,
    id: &str,
    selected: Option<RwSignal<Option<(u8, u8)>>>,
) -> impl IntoView {
    let interactive = selected.is_some();
    let cells = map
        .cells
        .iter()
        .map(|c| {
            let (lk, im, n, open) = (c.likelihood, c.impact, c.count, c.open);
            let active = interactive && n > 0;
            let is_chosen = move || selected.is_some_and(|s| s.get() == Some((lk, im)));
            let choose = move || {
                if let Some(s) = selected {
                    s.set(Some((lk, im)));
                }
            };
            // Starts with exactly the printed text ("2 open 1"), so the name a
            // speech-input user sees is the name they can say (WCAG 2.5.3).
            let position = format!(
                "{} {lk} × {} {im}: {}",
                msg::LIKELIHOOD.get(l),
                msg::IMPACT.get(l),
                c.level.label().get(l)
            );
            let label = if n > 0 {
                format!("{n} {} {open} — {position}", msg::HEAT_OPEN.get(l))
            } else {
                format!("{n} — {position}")
            };
            let cell_class = if active { "cell active" } else { "cell" };
            let count_class = if n > 0 { "count" } else { "count zero" };
            // The count sits higher when the "open" line goes under it.
            let count_y = if n > 0 { c.centre_y() - 8 } else { c.centre_y() };
            view! {
                <g
                    class=cell_class
                    data-testid="heat-cell"
                    data-likelihood=lk
                    data-impact=im
                    data-count=n
                    data-open=open
                    data-level=c.level.code()
                    role=active.then_some("button")
                    tabindex=active.then_some("0")
                    aria-label=interactive.then_some(label)
                    aria-pressed=move || active.then(|| is_chosen().to_string())
                    on:click=move |_| { if active { choose() } }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        let k = ev.key();
                        if active && (k == "Enter" || k == " ") {
                            ev.prevent_default();
                            choose();
                        }
                    }
                >
                    <rect x=c.x y=c.y width=CELL_W height=CELL_H class=format!("hm-{}", c.level.code())
                        class:chosen=is_chosen></rect>
                    // One text element, so its content reads "2 open 1".
                    <text x=c.centre_x() text-anchor="middle" dominant-baseline="central">
                        <tspan x=c.centre_x() y=count_y class=count_class>{n}</tspan>
                        {(n > 0).then(|| view! {
                            <tspan x=c.centre_x() y=c.centre_y() + 20 class="open" data-testid="heat-open">
                                {format!(" {} {open}", msg::HEAT_OPEN.get(l))}
                            </tspan>
                        })}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ticks = (1..=5u8)
        .map(|v| {
            let (tx, ty) = tick_position(v);
            view! {
                <text x=LEFT - 10 y=ty class="tick" text-anchor="end" dominant-baseline="central">{v}</text>
                <text x=tx y=TOP + 5 * CELL_H + 18 class="tick" text-anchor="middle">{v}</text>
            }
        })
        .collect_view();
    view! {
        <svg
            class="heat-map"
            data-testid="heat-map"
            data-total=map.total
            data-open=map.total_open
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            width=WIDTH
            height=HEIGHT
            role=if interactive { "group" } else { "img" }
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-desc")
        >
            <title id=format!("{id}-title")>{msg::HEAT_TITLE.get(l)}</title>
            <desc id=format!("{id}-desc")>{msg::HEAT_DESC.get(l)}</desc>
            {cells}
            {ticks}
            <text class="axis" x=LEFT + 5 * CELL_W / 2 y=TOP + 5 * CELL_H + 44 text-anchor="middle">
                {format!("{} →", msg::IMPACT.get(l))}
            </text>
            <text class="axis" transform=format!("rotate(-90) translate({} {})", -(i64::from(TOP + 5 * CELL_H / 2)), 22)
                text-anchor="middle">
                {format!("{} →", msg::LIKELIHOOD.get(l))}
            </text>
        </svg>
    }
}

/// The legend: every level with its name (colour never alone).
pub fn heat_legend(l: Lang) -> impl IntoView {
    view! {
        <h4>{msg::LEGEND.get(l)}</h4>
        <ul class="legend" data-testid="heat-legend">
            {RiskLevel::ALL.iter().rev().map(|lv| view! {
                <li><span class=format!("badge level-{}", lv.code())>{lv.label().get(l)}</span></li>
            }).collect_view()}
        </ul>
        <p class="muted heat-open-note">{msg::HEAT_OPEN_NOTE.get(l)}</p>
    }
}

/// The map as a table (its text alternative), visually hidden.
pub fn heat_table(map: &HeatMap, l: Lang) -> impl IntoView {
    view! {
        <table class="visually-hidden" data-testid="heat-table">
            <caption>{msg::HEAT_TABLE_CAPTION.get(l)}</caption>
            <thead><tr>
                <th scope="col">{format!("{} \\ {}", msg::LIKELIHOOD.get(l), msg::IMPACT.get(l))}</th>
                {(1..=5u8).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {(1..=5u8).rev().map(|lk| view! {
                    <tr>
                        <th scope="row">{lk}</th>
                        {(1..=5u8).map(|im| {
                            let text = map.cell(lk, im).map(|c| format!(
                                "{} ({} {}) {}", c.count, msg::HEAT_OPEN.get(l), c.open, c.level.label().get(l)
                            )).unwrap_or_default();
                            view! { <td>{text}</td> }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
