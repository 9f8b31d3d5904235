//! Step 1's record of each technology under the technology table: where it
//! is stored, how it is managed, who has access, the key persons (属人化),
//! the export-control status, and its chokepoint elements with their
//! ratings. Free text (management, access notes) is absent when redacted.

use leptos::prelude::*;

use crate::domain::report::Report;
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg};
use crate::ui::widgets::fmt_score;

use super::table::{free_text, or_none, rating, table};

/// A list of short items, or a dash.
fn items(list: &[String]) -> AnyView {
    if list.is_empty() {
        view! { "—" }.into_any()
    } else {
        view! { <ul class="plain">{list.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> }
            .into_any()
    }
}

pub(super) fn step1(r: &Report, lang: Lang) -> impl IntoView {
    let yes_no = |b: Option<bool>| match b {
        Some(true) => common::YES.get(lang),
        Some(false) => common::NO.get(lang),
        None => "—",
    };
    let colon = common::COLON.get(lang);
    let record = (!r.technologies.is_empty()).then(|| {
        let cols = [
            (msg::COL_TECH, ""),
            (msg::COL_STORAGE, ""),
            (msg::COL_MANAGEMENT, ""),
            (msg::COL_ACCESS, ""),
            (msg::COL_KEY_PERSONS, ""),
            (msg::COL_EXPORT, ""),
        ];
        let rows = r.technologies.iter().map(|t| {
            let internal = t.access_internal.map_or_else(|| "—".to_owned(), |n| n.to_string());
            view! {
                <tr>
                    <td><strong>{t.name.clone()}</strong></td>
                    <td>{items(&t.storage_locations)}</td>
                    <td>{if t.management.trim().is_empty() { Some("—") } else { None }}{free_text(&t.management)}</td>
                    <td>
                        <span class="nowrap">{msg::ACCESS_INTERNAL.get(lang)}{colon}{internal}</span><br/>
                        <span class="nowrap">{msg::ACCESS_EXTERNAL.get(lang)}{colon}{yes_no(t.access_external)}</span>
                        {free_text(&t.access_notes)}
                    </td>
                    <td>{items(&t.key_persons)}</td>
                    <td>{t.export_control.label().get(lang)}</td>
                </tr>
            }
        });
        view! {
            <h3>{msg::STEP1_TITLE.get(lang)}</h3>
            {table(lang, "report-step1", Some("report-step1"), &cols, rows.collect_view())}
        }
    });
    let has_elements = r.technologies.iter().any(|t| !t.element_rows.is_empty());
    let elements = (!r.technologies.is_empty()).then(|| {
        let body = or_none(!has_elements, lang, msg::ELEMENTS_NONE, None, || {
            let cols = [
                (msg::COL_TECH, ""),
                (msg::COL_ELEMENT, ""),
                (msg::COL_ELEMENT_RATINGS, ""),
                (msg::COL_ELEMENT_SCORE, "num"),
            ];
            let rows = r.technologies.iter().flat_map(|t| {
                t.element_rows.iter().map(move |e| {
                    view! {
                        <tr class:chokepoint=e.chokepoint>
                            <td>{t.name.clone()}</td>
                            <td>
                                <strong>{e.name.clone()}</strong>
                                <span class="sub">{e.kind.label().get(lang)}</span>
                            </td>
                            <td class="nowrap">{e.ratings.map(rating).join(" / ")}</td>
                            <td class="num">
                                {fmt_score(e.score, lang)}
                                {e.chokepoint.then(|| view! { <span class="sub">{msg::CHOKEPOINT.get(lang)}</span> })}
                            </td>
                        </tr>
                    }
                })
            });
            table(lang, "report-elements", Some("report-elements"), &cols, rows.collect_view())
        });
        view! {
            <h3>{msg::ELEMENTS_TITLE.get(lang)}</h3>
            {body}
        }
    });
    view! { {record} {elements} }
}
