//! Technology profile: the four axes as bars, the criticality as a line.

use leptos::prelude::*;

use super::{bar_view, chart_svg, marker_view};
use crate::domain::charts::profile::{Profile, PROFILE_WIDTH};
use crate::domain::charts::{footer_y, TOP_MARGIN};
use crate::domain::text::Lang;
use crate::i18n::{charts as msg, common};

/// The value printed after an axis bar: "4 (6 − 2) · weight 1".
fn axis_value(
    l: Lang,
    rating: Option<u8>,
    value: Option<u8>,
    weight: u8,
    inverted: bool,
    counts: bool,
) -> String {
    let Some(v) = value else {
        return common::NOT_RATED.get(l).to_owned();
    };
    let shown = match (inverted, rating) {
        (true, Some(r)) => format!("{v} (6 − {r})"),
        _ => v.to_string(),
    };
    let counted = if counts {
        String::new()
    } else {
        format!(" — {}", msg::NOT_COUNTED.get(l))
    };
    format!("{shown} · {} {weight}{counted}", msg::WEIGHT.get(l))
}

pub fn profile_svg(p: &Profile, l: Lang, id: &str) -> impl IntoView {
    let bars = p
        .bars
        .iter()
        .map(|b| {
            let value = axis_value(
                l,
                b.rating,
                b.value,
                b.weight,
                b.axis.is_inverted(),
                b.counts,
            );
            view! {
                <g data-testid="profile-bar" data-axis=b.axis.code()
                    data-value=b.value.map(|v| v.to_string()).unwrap_or_default()
                    data-weight=b.weight data-length=b.bar.length>
                    {bar_view(b.bar, b.axis.label().get(l).to_owned(), value, b.level)}
                </g>
            }
        })
        .collect_view();
    let bottom = p.height.saturating_sub(crate::domain::charts::FOOTER);
    let marker = p.score_x.zip(p.score.clone()).map(|(x, s)| view! {
        <g data-testid="profile-score" data-value=s.clone() data-x=x>
            {marker_view(x, TOP_MARGIN, bottom, footer_y(p.height), format!("{} {s}", msg::SCORE_MARK.get(l)))}
        </g>
    });
    chart_svg(
        id,
        "profile-chart",
        PROFILE_WIDTH,
        p.height,
        msg::PROFILE_TITLE.get(l).to_owned(),
        msg::PROFILE_DESC.get(l).to_owned(),
        view! { {bars} {marker} },
    )
}
