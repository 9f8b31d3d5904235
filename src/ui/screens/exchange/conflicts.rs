//! Merge conflicts: the rule for all of them (keep newer, keep mine, take
//! theirs), then each conflict with only its differing fields side by side
//! and its own choice.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::exchange::conflict_view;
use crate::domain::exchange::merge::{self, ConflictKey, MergePolicy, Record, Resolution};
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::unique_id;

/// One radio button of the group `group`, labelled.
fn radio(
    group: String,
    label: Text,
    testid: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    pick: impl Fn() + 'static,
) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <label class="radio">
            <input type="radio" name=group data-testid=testid prop:checked=checked on:change=move |_| pick()/>
            " "
            {move || label.get(ctx.l())}
        </label>
    }
}

/// A record's title for the conflict's legend: its number, title or name,
/// else its id.
fn record_title(r: &Record, fields: &[(String, String)]) -> String {
    let pick = |k: &str| {
        fields
            .iter()
            .find(|f| f.0 == k)
            .map(|f| f.1.clone())
            .filter(|v| !v.is_empty())
    };
    match r {
        Record::Round(_) => pick("number").map(|n| format!("#{n}")),
        Record::Scenario(_) | Record::Countermeasure(_) | Record::Exercise(_) => pick("title"),
        _ => pick("name"),
    }
    .or_else(|| pick("id"))
    .unwrap_or_default()
}

/// Conflicts: the global rule, then each conflict with both versions.
#[component]
pub(super) fn Conflicts(
    conflicts: Vec<merge::Conflict>,
    names: Arc<HashMap<String, String>>,
    incoming_is_newer: Option<bool>,
    policy: RwSignal<MergePolicy>,
    per: RwSignal<HashMap<ConflictKey, Resolution>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let group = unique_id("merge-policy");
    let count = conflicts.len();
    let policy_radio = move |value: MergePolicy, label: Text, testid: &'static str| {
        radio(
            group.clone(),
            label,
            testid,
            move || policy.get() == value,
            move || policy.set(value),
        )
    };
    let items = conflicts
        .into_iter()
        .map(|c| view! { <ConflictItem conflict=c per=per names=names.clone()/> })
        .collect_view();
    view! {
        <section class="conflicts" data-testid="import-conflicts">
            <fieldset class="merge-policy" data-testid="merge-policy">
                <legend>{move || msg::CONFLICTS_TITLE.get(ctx.l())}" ("{count}") — "{move || msg::POLICY.get(ctx.l())}</legend>
                {policy_radio(MergePolicy::KeepNewer, msg::POLICY_NEWER, "policy-newer")}
                {policy_radio(MergePolicy::KeepMine, msg::POLICY_MINE, "policy-mine")}
                {policy_radio(MergePolicy::TakeTheirs, msg::POLICY_THEIRS, "policy-theirs")}
                <p class="hint">
                    {move || msg::NEWER_HELP.get(ctx.l())}
                    " "
                    {move || match incoming_is_newer {
                        Some(true) => msg::NEWER_IS_THEIRS.get(ctx.l()),
                        _ => msg::NEWER_IS_MINE.get(ctx.l()),
                    }}
                </p>
            </fieldset>
            {items}
        </section>
    }
}

#[component]
fn ConflictItem(
    conflict: merge::Conflict,
    per: RwSignal<HashMap<ConflictKey, Resolution>>,
    names: Arc<HashMap<String, String>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let mine = conflict.mine.fields();
    let theirs = conflict.theirs.fields();
    let kind = conflict_view::record_kind(&conflict.mine);
    let title_mine = record_title(&conflict.mine, &mine);
    let title_theirs = record_title(&conflict.theirs, &theirs);
    let title = if title_mine == title_theirs {
        title_mine
    } else {
        format!("{title_mine} / {title_theirs}")
    };
    // Only the differing fields, labelled and valued in the UI language
    // (domain::exchange::conflict_view); `data-field` keeps the stored name.
    let conflict_for_rows = conflict.clone();
    let rows = move || {
        let lang = ctx.l();
        let name_of = |id: &str| names.get(id).cloned();
        conflict_view::differences(&conflict_for_rows, lang, &name_of)
            .into_iter()
            .map(|d| {
                view! {
                    <tr data-testid="conflict-field" data-field=d.path>
                        <th scope="row">{d.label}</th>
                        <td class="pre" data-col="mine">{d.mine}</td>
                        <td class="pre" data-col="theirs">{d.theirs}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let key = conflict.key.clone();
    let group = unique_id("conflict");
    let choice = move |value: Option<Resolution>, label: Text, testid: &'static str| {
        let key = key.clone();
        let key2 = key.clone();
        radio(
            group.clone(),
            label,
            testid,
            move || per.with(|m| m.get(&key).copied()) == value,
            move || {
                per.update(|m| match value {
                    Some(v) => {
                        m.insert(key2.clone(), v);
                    }
                    None => {
                        m.remove(&key2);
                    }
                })
            },
        )
    };
    view! {
        <fieldset class="conflict" data-testid="conflict" data-kind=kind.code()>
            <legend>{move || kind.label().get(ctx.l())}" — "{title}</legend>
            <div class="conflict-choice" role="group" aria-label=move || msg::CHOICE.get(ctx.l())>
                {choice(None, msg::CHOICE_DEFAULT, "conflict-default")}
                {choice(Some(Resolution::KeepMine), msg::CHOICE_MINE, "conflict-mine")}
                {choice(Some(Resolution::TakeTheirs), msg::CHOICE_THEIRS, "conflict-theirs")}
            </div>
            <div class="table-scroll">
                <table class="data-table side-by-side">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::COL_FIELD.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_MINE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_THEIRS.get(ctx.l())}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </fieldset>
    }
}
