//! Chokepoint charts: one technology's elements, and element kinds across
//! the workbook.

use leptos::prelude::*;

use super::{bar_view, chart_svg, marker_view};
use crate::domain::charts::chokepoints::{ElementChart, KindSummary};
use crate::domain::charts::{
    footer_y, BAR_THICKNESS, CHART_WIDTH, FOOTER, PLOT_LEFT, PLOT_WIDTH, TOP_MARGIN,
};
use crate::domain::text::Lang;
use crate::i18n::{charts as msg, common};

pub fn elements_svg(c: &ElementChart, l: Lang, id: &str) -> impl IntoView {
    let bars = c
        .bars
        .iter()
        .map(|b| {
            let label = format!("{} — {}", b.name, b.kind.label().get(l));
            let value = match &b.score {
                Some(s) if b.chokepoint => format!("{s} ⚠ {}", msg::CHOKEPOINT.get(l)),
                Some(s) => s.clone(),
                None => common::NOT_RATED.get(l).to_owned(),
            };
            view! {
                <g data-testid="element-bar" data-kind=b.kind.code()
                    data-value=b.score.clone().unwrap_or_default()
                    data-chokepoint=b.chokepoint.to_string() data-length=b.bar.length>
                    {bar_view(b.bar, label, value, b.level)}
                </g>
            }
        })
        .collect_view();
    let bottom = c.height.saturating_sub(FOOTER);
    chart_svg(
        id,
        "elements-chart",
        CHART_WIDTH,
        c.height,
        msg::ELEMENTS_TITLE.get(l).to_owned(),
        msg::ELEMENTS_DESC.get(l).to_owned(),
        view! {
            {bars}
            <g data-testid="elements-threshold" data-value=c.threshold data-x=c.threshold_x>
                {marker_view(c.threshold_x, TOP_MARGIN, bottom, footer_y(c.height), format!("{} {}", msg::THRESHOLD.get(l), c.threshold))}
            </g>
        },
    )
}

pub fn kinds_svg(s: &KindSummary, l: Lang, id: &str) -> impl IntoView {
    let rows = s
        .rows
        .iter()
        .map(|r| {
            let b = r.bar;
            view! {
                <g data-testid="kind-bar" data-kind=r.kind.code() data-elements=r.elements
                    data-chokepoints=r.chokepoints data-technologies=r.technologies
                    data-length=b.length data-chokepoint-length=r.chokepoint_length>
                    <text class="label" x=PLOT_LEFT y=b.label_y>{r.kind.label().get(l)}</text>
                    <rect class="track" x=PLOT_LEFT y=b.bar_y width=PLOT_WIDTH height=BAR_THICKNESS></rect>
                    {(b.length > 0).then(|| view! {
                        <rect class="bar outline" x=PLOT_LEFT y=b.bar_y width=b.length height=BAR_THICKNESS></rect>
                    })}
                    {(r.chokepoint_length > 0).then(|| view! {
                        <rect class="bar level-5" x=PLOT_LEFT y=b.bar_y width=r.chokepoint_length height=BAR_THICKNESS></rect>
                    })}
                    <text class="value" x=b.value_x y=b.value_y>{msg::kind_value(l, r.chokepoints, r.elements)}</text>
                </g>
            }
        })
        .collect_view();
    chart_svg(
        id,
        "kinds-chart",
        CHART_WIDTH,
        s.height,
        msg::KINDS_TITLE.get(l).to_owned(),
        msg::KINDS_DESC.get(l).to_owned(),
        rows,
    )
}

pub fn kinds_table(s: &KindSummary, l: Lang) -> impl IntoView {
    view! {
        <table class="visually-hidden">
            <caption>{msg::KINDS_TITLE.get(l)}</caption>
            <thead><tr>
                <th scope="col">{msg::COL_KIND.get(l)}</th>
                <th scope="col">{msg::COL_ELEMENTS.get(l)}</th>
                <th scope="col">{msg::COL_CHOKEPOINTS.get(l)}</th>
                <th scope="col">{msg::COL_TECHS.get(l)}</th>
            </tr></thead>
            <tbody>
                {s.rows.iter().map(|r| view! {
                    <tr>
                        <th scope="row">{r.kind.label().get(l)}</th>
                        <td>{r.elements}</td>
                        <td>{r.chokepoints}</td>
                        <td>{r.technologies}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
