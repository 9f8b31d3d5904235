//! The trade-secret checklist of a technology (営業秘密の三要件): the items
//! of each requirement, the derived "pledges from everyone with access", a
//! note per requirement, the gaps (`domain::regulatory::trade_secret_gaps`)
//! and the library countermeasures that close them, each addable in one
//! click (linked to this technology).

use leptos::prelude::*;

use crate::domain::catalog;
use crate::domain::error::Field;
use crate::domain::ids::{CountermeasureId, TechnologyId};
use crate::domain::model::{Countermeasure, Technology};
use crate::domain::regulatory::{trade_secret_gaps, SecretGap, SecretRequirement};
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::regulatory as msg;
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::TextArea;

use super::form::tech_draft;
use super::regulatory::TriState;
use super::{edit, read};

type GetFlag = fn(&Technology) -> Option<bool>;
type SetFlag = fn(&mut Technology, Option<bool>);

#[component]
pub fn TradeSecret(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(c) = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.technology(tid))
            .map(|t| t.trade_secret.clone())
    }) else {
        return ().into_any();
    };
    let secrecy = tech_draft(tid, c.secrecy_note, Field::Notes, Subject::text, |t, v| {
        t.trade_secret.secrecy_note = v
    });
    let usefulness = tech_draft(
        tid,
        c.usefulness_note,
        Field::Notes,
        Subject::text,
        |t, v| t.trade_secret.usefulness_note = v,
    );
    let non_public = tech_draft(
        tid,
        c.non_public_note,
        Field::Notes,
        Subject::text,
        |t, v| t.trade_secret.non_public_note = v,
    );
    let gaps = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.technology(tid).map(|t| trade_secret_gaps(w, t)))
                .unwrap_or_default()
        })
    });
    let tri = move |label: Text, get: GetFlag, set: SetFlag, testid: &'static str| {
        view! {
            <TriState
                label=label
                value=Signal::derive(move || read(ctx, tid, get).flatten())
                on_change=Callback::new(move |v| edit(ctx, tid, |t| set(t, v)))
                testid=testid
            />
        }
    };
    let status = move |req: SecretRequirement| {
        let gap = gaps.with(|g| g.iter().any(|x| x.requirement() == req));
        let (text, class) = if gap {
            (msg::REQ_GAP, "badge warn")
        } else {
            (msg::REQ_OK, "badge ok")
        };
        view! { <span class=class data-testid=format!("secret-{}", req_code(req))>{move || text.get(ctx.l())}</span> }
    };
    let pledges = move || {
        gaps.with(|g| {
            g.iter().find_map(|x| match x {
                SecretGap::PledgesMissing { without } => Some(*without),
                _ => None,
            })
        })
    };
    view! {
        <fieldset class="reg-secret" data-testid="tech-trade-secret">
            <legend>{move || msg::TRADE_SECRET.get(ctx.l())}</legend>
            <h5>{move || SecretRequirement::Secrecy.label().get(ctx.l())}" "{move || status(SecretRequirement::Secrecy)}</h5>
            <div class="form-grid">
                {tri(msg::MARKED, |t| t.trade_secret.marked, |t, v| t.trade_secret.marked = v, "secret-marked")}
                {tri(msg::ACCESS_RESTRICTED, |t| t.trade_secret.access_restricted, |t, v| t.trade_secret.access_restricted = v, "secret-access-restricted")}
                {tri(msg::IN_REGISTER, |t| t.trade_secret.in_register, |t, v| t.trade_secret.in_register = v, "secret-in-register")}
                <p class="derived" data-testid="secret-pledges">
                    <span class="field-label">{move || msg::PLEDGES.get(ctx.l())}</span>
                    <br/>
                    {move || match pledges() {
                        Some(n) => format!("⚠ {}", SecretGap::PledgesMissing { without: n }.label().get(ctx.l())),
                        None => msg::PLEDGES_ALL.get(ctx.l()).to_owned(),
                    }}
                </p>
            </div>
            <TextArea label=msg::SECRECY_NOTE value=secrecy.value on_input=secrecy.on_input error=secrecy.error_text() testid="secret-note" rows=2/>
            <h5>{move || SecretRequirement::Usefulness.label().get(ctx.l())}" "{move || status(SecretRequirement::Usefulness)}</h5>
            <div class="form-grid">
                {tri(msg::USEFUL, |t| t.trade_secret.useful, |t, v| t.trade_secret.useful = v, "secret-useful")}
            </div>
            <TextArea label=msg::USEFULNESS_NOTE value=usefulness.value on_input=usefulness.on_input error=usefulness.error_text() testid="secret-usefulness-note" rows=2/>
            <h5>{move || SecretRequirement::NonPublic.label().get(ctx.l())}" "{move || status(SecretRequirement::NonPublic)}</h5>
            <div class="form-grid">
                {tri(msg::NOT_PUBLISHED, |t| t.trade_secret.not_published, |t, v| t.trade_secret.not_published = v, "secret-not-published")}
                {tri(msg::NDA_ONLY, |t| t.trade_secret.nda_only, |t, v| t.trade_secret.nda_only = v, "secret-nda-only")}
            </div>
            <TextArea label=msg::NON_PUBLIC_NOTE value=non_public.value on_input=non_public.on_input error=non_public.error_text() testid="secret-non-public-note" rows=2/>
            <Gaps tid=tid gaps=gaps/>
        </fieldset>
    }
    .into_any()
}

fn req_code(r: SecretRequirement) -> &'static str {
    match r {
        SecretRequirement::Secrecy => "secrecy",
        SecretRequirement::Usefulness => "usefulness",
        SecretRequirement::NonPublic => "non-public",
    }
}

/// The gaps, then the library countermeasures that close them (each once),
/// with "Add as countermeasure" (linked to this technology) unless one made
/// from the same entry is already linked.
#[component]
fn Gaps(tid: TechnologyId, gaps: Memo<Vec<SecretGap>>) -> impl IntoView {
    let ctx = Ctx::get();
    let suggestions = Memo::new(move |_| {
        let mut ids: Vec<&'static str> = Vec::new();
        for g in gaps.get() {
            for id in g.closed_by() {
                if !ids.contains(id) {
                    ids.push(id);
                }
            }
        }
        ctx.wb.with(|w| {
            ids.into_iter()
                .filter_map(|id| {
                    let t = catalog::countermeasure(id)?;
                    let added = w.as_ref().is_some_and(|w| {
                        w.countermeasures.iter().any(|m| {
                            m.catalog_id.as_deref() == Some(id) && m.technology_ids.contains(&tid)
                        })
                    });
                    Some((t, added))
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move |template: &'static catalog::CountermeasureTemplate| {
        let lang = ctx.lang.get_untracked();
        let mut m = Countermeasure::from_template(CountermeasureId::new(new_id()), template, lang);
        m.technology_ids.push(tid);
        ctx.update(|w| w.countermeasures.push(m));
    };
    view! {
        <div class="reg-gaps" data-testid="secret-gaps">
            <h5>{move || msg::GAPS.get(ctx.l())}</h5>
            <Show
                when=move || gaps.with(|g| !g.is_empty())
                fallback=move || view! { <p>{move || msg::NO_GAPS.get(ctx.l())}</p> }
            >
                <ul>
                    {move || gaps.get().into_iter().map(|g| view! {
                        <li data-testid="secret-gap">
                            <span class="muted">{move || g.requirement().label().get(ctx.l())}{move || crate::i18n::common::COLON.get(ctx.l())}</span>
                            {move || g.label().get(ctx.l())}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <h5>{move || msg::SUGGESTED.get(ctx.l())}</h5>
                <ul class="suggestions">
                    {move || suggestions.get().into_iter().map(|(t, added)| {
                        let title = t.title;
                        let source = t.source;
                        view! {
                            <li data-testid="secret-suggestion">
                                {move || title.get(ctx.l())}
                                " "<span class="muted">"("{move || source.label(ctx.l())}")"</span>
                                " "
                                {if added {
                                    view! { <span class="badge ok">{move || msg::ADDED_CM.get(ctx.l())}</span> }.into_any()
                                } else {
                                    view! {
                                        <button type="button" data-testid="secret-add-cm"
                                            aria-label=move || format!("{}: {}", msg::ADD_CM.get(ctx.l()), title.get(ctx.l()))
                                            on:click=move |_| add(t)>
                                            {move || msg::ADD_CM.get(ctx.l())}
                                        </button>
                                    }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
