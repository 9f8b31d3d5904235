//! The charts section of the printed report.
//!
//! Kept apart from the rest of the report on purpose: it is a static,
//! print-friendly copy of the overview's heat map (no buttons, no cell
//! list), to be replaced by the shared chart components of `src/ui/charts/`
//! once they exist. Numbers are printed in every cell so the map survives
//! greyscale printing, and a table carries the same counts for screen readers.

use leptos::prelude::*;

use crate::domain::kinds::RiskLevel;
use crate::domain::scoring::risk::risk_level;
use crate::domain::text::Lang;
use crate::i18n::{overview as ov, report as msg};

const CELL: u32 = 56;
const LEFT: u32 = 70;
const TOP: u32 = 8;

/// The heat map with its legend and text alternative.
#[component]
pub fn ReportCharts(heat_map: [[usize; 5]; 5], unscored: usize, lang: Lang) -> impl IntoView {
    let count = move |l: u8, i: u8| heat_map[usize::from(l) - 1][usize::from(i) - 1];
    let width = LEFT + 5 * CELL + 8;
    let height = TOP + 5 * CELL + 52;
    let cells = (1..=5u8)
        .rev()
        .enumerate()
        .flat_map(|(row, l)| {
            (1..=5u8).map(move |i| {
                let x = LEFT + u32::from(i - 1) * CELL;
                let y = TOP + row as u32 * CELL;
                let n = count(l, i);
                let count_class = if n == 0 { "count zero" } else { "count" };
                view! {
                    <g data-testid="report-heat-cell" data-likelihood=l data-impact=i data-count=n>
                        <rect x=x y=y width=CELL height=CELL class=format!("hm-{}", risk_level(l, i).code())></rect>
                        <text x=x + CELL / 2 y=y + CELL / 2 class=count_class
                            text-anchor="middle" dominant-baseline="central">{n}</text>
                    </g>
                }
            })
        })
        .collect_view();
    let ticks = (1..=5u8)
        .map(|v| {
            let ty = TOP + u32::from(5 - v) * CELL + CELL / 2;
            let tx = LEFT + u32::from(v - 1) * CELL + CELL / 2;
            view! {
                <text x=LEFT - 10 y=ty class="tick" text-anchor="end" dominant-baseline="central">{v}</text>
                <text x=tx y=TOP + 5 * CELL + 18 class="tick" text-anchor="middle">{v}</text>
            }
        })
        .collect_view();
    view! {
        <section class="report-chart" aria-labelledby="report-heat-title" data-testid="report-charts">
            <h3 id="report-heat-title">{ov::HEAT_TITLE.get(lang)}</h3>
            <p class="muted" id="report-heat-desc">{msg::HEAT_DESC.get(lang)}</p>
            <div class="heat-wrap">
                <svg
                    class="heat-map"
                    data-testid="report-heat-map"
                    viewBox=format!("0 0 {width} {height}")
                    width=width
                    height=height
                    role="img"
                    aria-labelledby="report-heat-title"
                    aria-describedby="report-heat-desc"
                >
                    {cells}
                    {ticks}
                    <text class="axis" x=LEFT + 5 * CELL / 2 y=TOP + 5 * CELL + 42 text-anchor="middle">
                        {format!("{} →", ov::IMPACT.get(lang))}
                    </text>
                    <text class="axis" transform=format!("rotate(-90) translate({} {})", -(i64::from(TOP + 5 * CELL / 2)), 20)
                        text-anchor="middle">
                        {format!("{} →", ov::LIKELIHOOD.get(lang))}
                    </text>
                </svg>
                <div class="heat-side">
                    <h4>{ov::LEGEND.get(lang)}</h4>
                    <ul class="legend">
                        {RiskLevel::ALL.iter().rev().map(|lv| view! {
                            <li><span class=format!("badge level-{}", lv.code())>{lv.label().get(lang)}</span></li>
                        }).collect_view()}
                    </ul>
                    {(unscored > 0).then(|| view! {
                        <p class="muted">{ov::UNSCORED.get(lang)}": "{unscored}</p>
                    })}
                </div>
            </div>
            <table class="visually-hidden">
                <caption>{ov::TABLE_CAPTION.get(lang)}</caption>
                <thead><tr>
                    <th scope="col">{format!("{} \\ {}", ov::LIKELIHOOD.get(lang), ov::IMPACT.get(lang))}</th>
                    {(1..=5u8).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {(1..=5u8).rev().map(|l| view! {
                        <tr>
                            <th scope="row">{l}</th>
                            {(1..=5u8).map(|i| view! {
                                <td>{format!("{} ({})", count(l, i), risk_level(l, i).label().get(lang))}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
