//! SVG charts drawn by the app. Each turns a chart struct from
//! `domain::charts` (every number and position already computed) into SVG
//! elements; nothing here decides a count, a length or a colour level.
//!
//! Every chart is `role="img"` named by its `<title>` and described by its
//! `<desc>`, prints each number next to its colour, carries `data-testid`s
//! and `data-*` values for the E2E tests, and comes with a table (visually
//! hidden) as its text alternative. The heat map, whose cells are buttons,
//! is a `group` instead. Functions take a plain struct and the language so
//! the printed report can draw the same charts.

pub mod chokepoints;
pub mod heat_map;
pub mod profile;
pub mod rounds;
pub mod tiers;

use leptos::prelude::*;

use crate::domain::charts::{BarLayout, BAR_THICKNESS, PLOT_LEFT};

/// The `<svg>` frame of a bar chart: role, name, description.
pub fn chart_svg(
    id: &str,
    testid: &'static str,
    width: u32,
    height: u32,
    title: String,
    desc: String,
    body: impl IntoView,
) -> impl IntoView {
    view! {
        <svg
            class="chart"
            data-testid=testid
            viewBox=format!("0 0 {width} {height}")
            width=width
            height=height
            role="img"
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-desc")
        >
            <title id=format!("{id}-title")>{title}</title>
            <desc id=format!("{id}-desc")>{desc}</desc>
            {body}
        </svg>
    }
}

/// One bar row: the label above, a full-scale track, the bar in a level
/// colour and the value printed right after it.
pub fn bar_view(b: BarLayout, label: String, value: String, level: &str) -> impl IntoView {
    view! {
        <text class="label" x=PLOT_LEFT y=b.label_y>{label}</text>
        <rect class="track" x=PLOT_LEFT y=b.bar_y width=b.track height=BAR_THICKNESS></rect>
        {(b.length > 0).then(|| view! {
            <rect class=format!("bar level-{level}") x=PLOT_LEFT y=b.bar_y width=b.length height=BAR_THICKNESS></rect>
        })}
        <text class="value" x=b.value_x y=b.value_y>{value}</text>
    }
}

/// A vertical marker line (score, threshold) over `height − footer`, with
/// its label under the bars.
pub fn marker_view(x: u32, top: u32, bottom: u32, label_y: u32, label: String) -> impl IntoView {
    view! {
        <line class="marker" x1=x y1=top x2=x y2=bottom></line>
        <text class="marker-label" x=x y=label_y text-anchor="middle">{label}</text>
    }
}
