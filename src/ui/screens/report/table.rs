//! The report's building blocks: a numbered section with its heading, the
//! table scaffolding every listing shares (header row, body, or a sentence
//! when there is nothing to list), label/value rows, and the small cell
//! pieces (dates, dashes, free text, level badges).

use leptos::prelude::*;
use time::Date;

use crate::domain::kinds::RiskLevel;
use crate::domain::text::{Lang, Text};
use crate::i18n::common;

/// A column: its header and the class of the header cell ("" for none;
/// "num nowrap" makes rank and priority columns shrink to their content).
pub(super) type Col = (Text, &'static str);

/// A section of the document under its `<h2>`; `key` names the heading's id
/// (`report-{key}-title`), `class` adds to `report-section`.
pub(super) fn section(
    lang: Lang,
    key: &'static str,
    title: Text,
    class: &'static str,
    testid: Option<&'static str>,
    body: impl IntoView,
) -> impl IntoView {
    let title_id = format!("report-{key}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class=joined("report-section", class) aria-labelledby=labelled_by data-testid=testid>
            <h2 id=title_id>{title.get(lang)}</h2>
            {body}
        </section>
    }
}

/// A report table with a header row of `cols` and `body` (its `<tbody>`s).
pub(super) fn grouped_table(
    lang: Lang,
    class: &'static str,
    testid: Option<&'static str>,
    cols: &[Col],
    body: impl IntoView,
) -> impl IntoView {
    let head = cols
        .iter()
        .map(|(title, class)| {
            let class = (!class.is_empty()).then_some(*class);
            view! { <th scope="col" class=class>{title.get(lang)}</th> }
        })
        .collect_view();
    view! {
        <table class=joined("data-table report-table", class) data-testid=testid>
            <thead><tr>{head}</tr></thead>
            {body}
        </table>
    }
}

/// A report table with one body of `rows`.
pub(super) fn table(
    lang: Lang,
    class: &'static str,
    testid: Option<&'static str>,
    cols: &[Col],
    rows: impl IntoView,
) -> impl IntoView {
    grouped_table(lang, class, testid, cols, view! { <tbody>{rows}</tbody> })
}

/// `listing()` (a table), or the sentence `none` when `empty`.
pub(super) fn or_none<V: IntoView + 'static>(
    empty: bool,
    lang: Lang,
    none: Text,
    none_testid: Option<&'static str>,
    listing: impl FnOnce() -> V,
) -> AnyView {
    if empty {
        view! { <p data-testid=none_testid>{none.get(lang)}</p> }.into_any()
    } else {
        listing().into_any()
    }
}

/// A row of a two-column label/value table (counts, settings).
pub(super) fn label_row(
    lang: Lang,
    label: Text,
    value: String,
    testid: Option<&'static str>,
) -> impl IntoView {
    view! { <tr><th scope="row">{label.get(lang)}</th><td class="num" data-testid=testid>{value}</td></tr> }
}

fn joined(base: &str, extra: &str) -> String {
    if extra.is_empty() {
        base.to_owned()
    } else {
        format!("{base} {extra}")
    }
}

pub(super) fn date(d: Option<Date>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| d.to_string())
}

pub(super) fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        s.to_owned()
    }
}

/// A 1–5 rating, or a dash when not rated.
pub(super) fn rating(v: Option<u8>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

/// Free text under a cell's main line; nothing at all when empty (redacted).
pub(super) fn free_text(s: &str) -> Option<impl IntoView> {
    (!s.trim().is_empty()).then(|| view! { <p class="free-text">{s.to_owned()}</p> })
}

pub(super) fn level_badge(
    level: Option<RiskLevel>,
    score: Option<u8>,
    lang: Lang,
) -> impl IntoView {
    let (class, text) = match (level, score) {
        (Some(l), Some(s)) => (l.code(), format!("{s} {}", l.label().get(lang))),
        _ => ("none", common::NOT_RATED.get(lang).to_owned()),
    };
    view! { <span class=format!("badge level-{class}")>{text}</span> }
}
