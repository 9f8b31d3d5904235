//! Round progress: per round, a bar per step (share of the round's scope).

use leptos::prelude::*;

use super::{bar_view, chart_svg};
use crate::domain::charts::rounds::{RoundProgress, Step};
use crate::domain::charts::{CHART_WIDTH, PLOT_LEFT};
use crate::domain::text::{Lang, Text};
use crate::i18n::{charts as msg, overview};

pub fn step_label(step: Step) -> Text {
    match step {
        Step::Rated => overview::COV_RATED,
        Step::ThreatAssessed => overview::COV_THREAT,
        Step::WithScenarios => overview::COV_SCENARIOS,
        Step::WithCountermeasures => overview::COV_COUNTERMEASURES,
        Step::Done => overview::COV_DONE_SHORT,
    }
}

pub fn rounds_svg(p: &RoundProgress, l: Lang, id: &str) -> impl IntoView {
    let blocks = p
        .rounds
        .iter()
        .map(|r| {
            let heading = msg::round_heading(l, r.number, r.scope.label().get(l), r.in_scope, r.current);
            let steps = r
                .steps
                .iter()
                .map(|s| {
                    let value = msg::share_text(s.count, r.in_scope, s.percent);
                    view! {
                        <g data-testid="round-step" data-step=s.step.code() data-count=s.count
                            data-percent=s.percent.map(|v| v.to_string()).unwrap_or_default()
                            data-length=s.bar.length>
                            {bar_view(s.bar, step_label(s.step).get(l).to_owned(), value, "progress")}
                        </g>
                    }
                })
                .collect_view();
            view! {
                <g data-testid="round-block" data-round=r.number data-scope=r.scope.code()
                    data-in-scope=r.in_scope data-current=r.current.to_string()>
                    <text class="heading" x=PLOT_LEFT y=r.heading_y>{heading}</text>
                    {steps}
                </g>
            }
        })
        .collect_view();
    chart_svg(
        id,
        "rounds-chart",
        CHART_WIDTH,
        p.height,
        msg::ROUNDS_TITLE.get(l).to_owned(),
        format!("{} {}", msg::ROUNDS_DESC.get(l), msg::ROUNDS_LIMIT.get(l)),
        blocks,
    )
}

pub fn rounds_table(p: &RoundProgress, l: Lang) -> impl IntoView {
    view! {
        <table class="visually-hidden">
            <caption>{msg::ROUNDS_TITLE.get(l)}</caption>
            <thead><tr>
                <th scope="col">{msg::COL_ROUND.get(l)}</th>
                <th scope="col">{msg::COL_STEP.get(l)}</th>
                <th scope="col">{msg::COL_DONE.get(l)}</th>
            </tr></thead>
            <tbody>
                {p.rounds.iter().flat_map(|r| r.steps.iter().map(move |s| (r, s))).map(|(r, s)| view! {
                    <tr>
                        <th scope="row">{format!("{} ({})", r.number, r.scope.label().get(l))}</th>
                        <td>{step_label(s.step).get(l)}</td>
                        <td>{msg::share_text(s.count, r.in_scope, s.percent)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
