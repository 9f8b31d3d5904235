//! The exercises: kind, date, scenarios, detection, where and by whom it
//! should have been stopped, weaknesses found and
//! follow-ups.

use leptos::prelude::*;

use crate::domain::kinds::Detection;
use crate::domain::report::Report;
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg};

use super::table::{date, free_text, or_none, section, table};

pub(super) fn exercises(r: &Report, lang: Lang) -> impl IntoView {
    let list = |items: &[String]| {
        if items.is_empty() {
            view! { "—" }.into_any()
        } else {
            view! { <ul class="plain">{items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    let body = or_none(
        r.exercises.is_empty(),
        lang,
        msg::EXERCISES_NONE,
        None,
        || {
            let cols = [
                (msg::COL_EXERCISE, ""),
                (msg::COL_DATE, ""),
                (msg::COL_SCENARIO, ""),
                (msg::COL_DETECTION_RESPONSE, ""),
                (msg::COL_STOP, ""),
                (msg::COL_WEAKNESSES, ""),
                (msg::COL_FOLLOW_UPS, ""),
            ];
            let rows = r.exercises.iter().map(|e| view! {
            <tr>
                <td>
                    <strong>{e.title.clone()}</strong>
                    <span class="sub">{e.kind.label().get(lang)}</span>
                    {free_text(&e.objectives)}
                </td>
                <td class="nowrap">{date(e.date)}</td>
                <td>{list(&e.scenarios)}</td>
                <td>
                    <span class="nowrap">{Detection::label_or_not_recorded(e.detection).get(lang)}</span>
                    <span class="sub">
                        {msg::COL_RESPONSE.get(lang)}{common::COLON.get(lang)}
                        {e.response.map_or(Detection::NOT_RECORDED, |r| r.label()).get(lang)}
                    </span>
                    {free_text(&e.response_notes)}
                    {(!e.in_the_know.is_empty()).then(|| view! {
                        <span class="sub">{msg::IN_THE_KNOW.get(lang)}{common::COLON.get(lang)}{e.in_the_know.join("、")}</span>
                    })}
                </td>
                <td>
                    {free_text(&e.stop_point)}
                    {if e.stopped_by.trim().is_empty() { None } else { Some(view! { <span class="sub">{e.stopped_by.clone()}</span> }) }}
                    {(e.stop_point.trim().is_empty() && e.stopped_by.trim().is_empty()).then_some("—")}
                </td>
                <td>
                    {if e.weaknesses.is_empty() { Some("—") } else { None }}
                    <ul class="plain">
                        {e.weaknesses.iter().map(|(kind, text)| view! {
                            <li><span class="sub">{kind.label().get(lang)}</span>{free_text(text)}</li>
                        }).collect_view()}
                    </ul>
                </td>
                <td>{list(&e.follow_ups)}</td>
            </tr>
        });
            table(
                lang,
                "report-exercises",
                Some("report-exercises"),
                &cols,
                rows.collect_view(),
            )
        },
    );
    section(lang, "exercises", msg::EXERCISES, "", None, body)
}
