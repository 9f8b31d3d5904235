//! The workshop appendix (issue #15): each rating session with its rule and
//! pseudonyms, and per item the spread of its last revealed pass and the
//! outcome, so an agreed value can be explained from the printed report.

use leptos::prelude::*;

use crate::domain::report::Report;
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg, workshop as ws};

use super::table::{free_text, rating, section, table};

pub(super) fn workshops(r: &Report, lang: Lang) -> Option<impl IntoView> {
    if r.workshops.is_empty() {
        return None;
    }
    let sessions = r
        .workshops
        .iter()
        .map(|s| {
            let cols = [
                (ws::COL_ITEM, ""),
                (ws::PASS, "num"),
                (ws::COL_MEDIAN, "num"),
                (ws::COL_RANGE, "num"),
                (ws::COL_N, "num"),
                (ws::COL_ABSTAIN, "num"),
                (ws::OUTCOME, ""),
            ];
            let rows = s
                .items
                .iter()
                .map(|i| {
                    let record = i
                        .record
                        .clone()
                        .unwrap_or_else(|| ws::DELETED_RECORD.get(lang).to_owned());
                    let st = i.stats.as_ref();
                    let met = st.map(|s| s.meets_rule);
                    view! {
                        <tr>
                            <td>{record}<span class="sub">{i.axis.label().get(lang)}</span></td>
                            <td class="num">{i.pass.map_or_else(|| "—".to_owned(), |p| p.to_string())}</td>
                            <td class="num">{st.map_or_else(|| "—".to_owned(), |s| s.median_text())}</td>
                            <td class="num">
                                {st.map_or_else(|| "—".to_owned(), |s| s.range_text())}
                                {(met == Some(false)).then(|| view! { <span class="sub">{format!("⚠ {}", ws::RULE_NOT_MET.get(lang))}</span> })}
                            </td>
                            <td class="num">{st.map_or_else(|| "—".to_owned(), |s| s.n.to_string())}</td>
                            <td class="num">{st.map_or_else(|| "—".to_owned(), |s| s.abstentions.to_string())}</td>
                            <td>
                                {match &i.outcome {
                                    None => view! { "—" }.into_any(),
                                    Some(o) => view! {
                                        <strong>{o.value.get()}</strong>
                                        " ("{o.method.label().get(lang)}", "{o.date.to_string()}")"
                                        <span class="sub">{ws::PREVIOUS.get(lang)}{common::COLON.get(lang)}{rating(o.previous.map(|r| r.get()))}</span>
                                        {free_text(&o.rationale)}
                                        {(!o.dissent.trim().is_empty()).then(|| view! {
                                            <span class="sub">{ws::O_DISSENT.get(lang)}{common::COLON.get(lang)}{o.dissent.clone()}</span>
                                        })}
                                    }.into_any(),
                                }}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h3>{s.title.clone()}</h3>
                <p class="sub">
                    {s.date.to_string()}" · "{ws::rule_text(s.rule_spread, lang)}" · "
                    {ws::PARTICIPANTS.get(lang)}{common::COLON.get(lang)}{s.participants.join("、")}" · "
                    {ws::PASS.get(lang)}{common::COLON.get(lang)}{s.passes}
                </p>
                {table(lang, "report-workshop", Some("report-workshop"), &cols, rows)}
            }
        })
        .collect_view();
    Some(section(
        lang,
        "workshops",
        msg::WORKSHOPS,
        "",
        None,
        sessions,
    ))
}
