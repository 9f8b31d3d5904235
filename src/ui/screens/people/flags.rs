//! "What needs checking": the technologies a licence may be needed for
//! (with the people and reasons that raise the flag), the people whose
//! specified-category declaration is missing or due, and those whose
//! research-integrity disclosure is due — all from `domain::regulatory`.
//! Every flag is a prompt to check with the office, never legal advice.

use leptos::prelude::*;

use crate::domain::regulatory::{
    declaration_status, disclosure_due, licence_flags, FLAG_WORDING, NOT_LEGAL_ADVICE,
};
use crate::i18n::people as msg;
use crate::route::{Route, Screen};
use crate::ui::state::{local_today, Ctx};

/// A flagged technology as the list shows it.
#[derive(Clone, Debug, PartialEq)]
struct Flagged {
    href: String,
    name: String,
    /// "person (reason, reason)" per person.
    people: Vec<(String, String, Vec<crate::domain::regulatory::FlagReason>)>,
}

/// A person to follow up, with a link.
#[derive(Clone, Debug, PartialEq)]
struct Due {
    href: String,
    name: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
struct Lists {
    flagged: Vec<Flagged>,
    declarations: Vec<Due>,
    disclosures: Vec<Due>,
}

#[component]
pub fn Flags() -> impl IntoView {
    let ctx = Ctx::get();
    let today = local_today();
    let lists = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(w) = w.as_ref() else {
                return Lists::default();
            };
            let wid = w.id.uuid();
            let person_href =
                |id: uuid::Uuid| Route::Workbook(wid, Screen::People(Some(id))).to_hash();
            let flagged = licence_flags(w)
                .into_iter()
                .filter_map(|f| {
                    let t = w.technology(f.technology_id)?;
                    Some(Flagged {
                        href: Route::Workbook(wid, Screen::Inventory(Some(t.id.uuid()))).to_hash(),
                        name: t.name.clone(),
                        people: f
                            .people
                            .iter()
                            .filter_map(|(pid, reasons)| {
                                let p = w.person(*pid)?;
                                Some((person_href(p.id.uuid()), p.name.clone(), reasons.clone()))
                            })
                            .collect(),
                    })
                })
                .collect();
            let with_access =
                |p: &&crate::domain::model::Person| w.access_of(p.id).next().is_some();
            let declarations = w
                .people
                .iter()
                .filter(with_access)
                .filter(|p| declaration_status(p, &w.settings, today).needs_action())
                .map(|p| Due {
                    href: person_href(p.id.uuid()),
                    name: p.name.clone(),
                })
                .collect();
            let disclosures = ctx.analysis.with(|a| {
                a.as_ref().map_or_else(Vec::new, |a| {
                    w.people
                        .iter()
                        .filter(|p| disclosure_due(w, a, p, today))
                        .map(|p| Due {
                            href: person_href(p.id.uuid()),
                            name: p.name.clone(),
                        })
                        .collect()
                })
            });
            Lists {
                flagged,
                declarations,
                disclosures,
            }
        })
    });
    let empty = move || {
        lists
            .with(|l| l.flagged.is_empty() && l.declarations.is_empty() && l.disclosures.is_empty())
    };
    let due_list = move |items: Vec<Due>, testid: &'static str| {
        view! {
            <ul data-testid=testid>
                {items.into_iter().map(|d| view! { <li><a href=d.href>{d.name}</a></li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <section class="panel reg-flags" aria-labelledby="reg-flags-title" data-testid="reg-flags">
            <h3 id="reg-flags-title">{move || msg::FLAGS_TITLE.get(ctx.l())}</h3>
            <p class="muted">{move || NOT_LEGAL_ADVICE.get(ctx.l())}</p>
            <Show when=move || !empty() fallback=move || view! { <p>{move || msg::FLAGS_NONE.get(ctx.l())}</p> }>
                <Show when=move || lists.with(|l| !l.flagged.is_empty())>
                    <h4>{move || msg::FLAGGED_TECHS.get(ctx.l())}</h4>
                    <ul data-testid="flagged-techs">
                        {move || lists.get().flagged.into_iter().map(|f| view! {
                            <li data-testid="flagged-tech">
                                <a href=f.href>{f.name}</a>
                                <p class="flag" role="note">"⚠ "{move || FLAG_WORDING.get(ctx.l())}</p>
                                <span class="muted">{move || msg::FLAG_BECAUSE.get(ctx.l())}{move || crate::i18n::common::COLON.get(ctx.l())}</span>
                                {f.people.into_iter().map(|(href, name, reasons)| view! {
                                    <span class="flag-person">
                                        <a href=href>{name}</a>
                                        " ("{move || reasons.iter().map(|r| r.label().get(ctx.l())).collect::<Vec<_>>().join(", ")}") "
                                    </span>
                                }).collect_view()}
                            </li>
                        }).collect_view()}
                    </ul>
                </Show>
                <Show when=move || lists.with(|l| !l.declarations.is_empty())>
                    <h4>{move || msg::DECLARATIONS_DUE.get(ctx.l())}</h4>
                    {move || due_list(lists.get().declarations, "declarations-due")}
                </Show>
                <Show when=move || lists.with(|l| !l.disclosures.is_empty())>
                    <h4>{move || msg::DISCLOSURES_DUE.get(ctx.l())}</h4>
                    {move || due_list(lists.get().disclosures, "disclosures-due")}
                </Show>
            </Show>
        </section>
    }
}
