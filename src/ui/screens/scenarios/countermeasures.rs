//! The countermeasures of one scenario: the linked ones (with detach), and
//! the attach panel — a library template (suggested for the pattern first),
//! an existing countermeasure, or a new blank one opened in Step 4.

use leptos::prelude::*;

use crate::domain::catalog::{self, CountermeasureTemplate, COUNTERMEASURES};
use crate::domain::ids::{CountermeasureId, ScenarioId};
use crate::domain::kinds::{CmCategory, PatternGroup};
use crate::domain::model::Countermeasure;
use crate::domain::text::{Lang, Text};
use crate::domain::validate::format_date;
use crate::i18n::scenarios as msg;
use crate::route::{Route, Screen};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{LinkPicker, PickGroup, PickOption};

use super::detail::sc;

/// The library in three groups: suggested for the scenario's pattern, for
/// its pattern group, and the rest (each template once).
fn library_groups(
    pattern_id: Option<&str>,
    group: Option<PatternGroup>,
    l: Lang,
) -> Vec<PickGroup> {
    let suggested: Vec<&'static CountermeasureTemplate> = pattern_id
        .and_then(catalog::pattern)
        .map(|p| catalog::suggested_for(p).collect())
        .unwrap_or_default();
    let for_group: Vec<_> = group
        .map(|g| {
            catalog::countermeasures_for(g)
                .filter(|t| !suggested.iter().any(|s| s.id == t.id))
                .collect()
        })
        .unwrap_or_default();
    let others: Vec<_> = COUNTERMEASURES
        .iter()
        .filter(|t| !suggested.iter().chain(&for_group).any(|s| s.id == t.id))
        .collect();
    let group = |heading: Text, templates: Vec<&CountermeasureTemplate>| PickGroup {
        label: Some(heading.get(l).to_owned()),
        options: templates
            .into_iter()
            .map(|t| PickOption {
                value: t.id.to_owned(),
                label: format!(
                    "{} — {} — {}",
                    t.title.get(l),
                    t.category.label().get(l),
                    t.source.label(l)
                ),
            })
            .collect(),
    };
    vec![
        group(msg::SUGGESTED, suggested),
        group(msg::FOR_GROUP, for_group),
        group(msg::OTHER_CMS, others),
    ]
}

#[component]
pub fn ScenarioCountermeasures(id: ScenarioId) -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let wb_id = move || {
        ctx.wb
            .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
            .unwrap_or_default()
    };

    let linked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.countermeasures
                        .iter()
                        .filter(|m| m.scenario_ids.contains(&id))
                        .map(|m| (m.id, m.title.clone(), m.status, m.owner.clone(), m.due_date))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let unlinked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let options = w
                .as_ref()
                .map(|w| {
                    w.countermeasures
                        .iter()
                        .filter(|m| !m.scenario_ids.contains(&id))
                        .map(|m| PickOption {
                            value: m.id.to_string(),
                            label: m.title.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            PickGroup::plain(options)
        })
    });
    let pattern_key = Memo::new(move |_| sc(ctx, id, |s| (s.pattern_id.clone(), s.group)));
    let library = Memo::new(move |_| {
        let l = ctx.l();
        pattern_key.with(|k| {
            let (pid, group) = k.clone().unwrap_or_default();
            library_groups(pid.as_deref(), group, l)
        })
    });

    let add_from_library = Callback::new(move |pick: String| {
        let Some(t) = catalog::countermeasure(&pick) else {
            return;
        };
        let lang = ctx.lang.get_untracked();
        let mut m = Countermeasure::from_template(CountermeasureId::new(new_id()), t, lang);
        m.scenario_ids.push(id);
        ctx.update(|wb| wb.countermeasures.push(m));
    });
    let link_existing = Callback::new(move |pick: String| {
        let Ok(cid) = pick.parse::<CountermeasureId>() else {
            return;
        };
        ctx.update(|wb| {
            if let Some(m) = wb.countermeasure_mut(cid) {
                if !m.scenario_ids.contains(&id) {
                    m.scenario_ids.push(id);
                }
            }
        });
    });
    let describe = Callback::new(move |pick: String| {
        catalog::countermeasure(&pick).map(|t| t.description.get(ctx.l()).to_owned())
    });
    let new_blank = move |_| {
        let lang = ctx.lang.get_untracked();
        let cid = CountermeasureId::new(new_id());
        let mut m =
            Countermeasure::new(cid, msg::NEW_CM_TITLE.get(lang), CmCategory::Organisational);
        m.scenario_ids.push(id);
        ctx.update(|wb| wb.countermeasures.push(m));
        ctx.go(Route::Workbook(
            wb_id(),
            Screen::Countermeasures(Some(cid.uuid())),
        ));
    };
    let detach = move |cid: CountermeasureId| {
        ctx.update(|wb| {
            if let Some(m) = wb.countermeasure_mut(cid) {
                m.scenario_ids.retain(|s| *s != id);
            }
        });
    };

    view! {
        <section class="scenario-cms" data-testid="scenario-countermeasures">
            <h4>{move || msg::CMS.get(ctx.l())}</h4>
            <Show
                when=move || linked.with(|l| !l.is_empty())
                fallback=move || view! { <p class="muted">{move || msg::CMS_EMPTY.get(ctx.l())}</p> }
            >
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::CM_TITLE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_STATUS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_OWNER.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_DUE.get(ctx.l())}</th>
                            <th scope="col"><span class="visually-hidden">{move || msg::DETACH.get(ctx.l())}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = ctx.l();
                            linked
                                .get()
                                .into_iter()
                                .map(|(cid, title, status, owner, due)| view! {
                                    <tr data-testid="scenario-cm-row">
                                        <td>
                                            <a href=Route::Workbook(wb_id(), Screen::Countermeasures(Some(cid.uuid()))).to_hash()>{title}</a>
                                        </td>
                                        <td>{status.label().get(l)}</td>
                                        <td>{if owner.is_empty() { "—".to_owned() } else { owner }}</td>
                                        <td class="date">{due.map_or_else(|| "—".to_owned(), format_date)}</td>
                                        <td>
                                            <button data-testid="detach-countermeasure" on:click=move |_| detach(cid)>
                                                {msg::DETACH.get(l)}
                                            </button>
                                        </td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Show>
            <button
                data-testid="attach-countermeasure"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || msg::ATTACH.get(ctx.l())}
            </button>
            <Show when=move || open.get()>
                <div class="attach-panel">
                    <LinkPicker
                        label=msg::LIBRARY_PICK
                        button=msg::ADD_FROM_LIBRARY
                        groups=library
                        on_pick=add_from_library
                        select_testid="cm-library-select"
                        button_testid="attach-library"
                        detail=describe
                        primary=true
                    />
                    <LinkPicker
                        label=msg::EXISTING_PICK
                        button=msg::LINK
                        groups=unlinked
                        on_pick=link_existing
                        select_testid="cm-existing-select"
                        button_testid="attach-existing"
                        empty=msg::NO_EXISTING
                    />
                    <div class="attach-row">
                        <button data-testid="new-countermeasure-blank" on:click=new_blank>
                            {move || msg::NEW_BLANK.get(ctx.l())}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
