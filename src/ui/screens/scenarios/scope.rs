//! The scope of Step 3 (top tier / current round / all): the technologies
//! it covers, and the radio group with its summary line.

use leptos::prelude::*;

use crate::domain::ids::TechnologyId;
use crate::domain::kinds::Tier;
use crate::i18n::scenarios as msg;
use crate::ui::state::Ctx;

use super::view_state::{ScenariosView, ScopeChoice};

/// A technology offered by the scope: id, name and tier.
pub type ScopeTech = (TechnologyId, String, Tier);

/// The technologies in the chosen scope, in the domain's display order.
pub fn scope_techs() -> Memo<Vec<ScopeTech>> {
    let ctx = Ctx::get();
    let scope = ScenariosView::get().scope;
    Memo::new(move |_| {
        let choice = scope.get();
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                let (Some(wb), Some(a)) = (w, a) else {
                    return Vec::new();
                };
                let round_scope = wb.current_scope();
                a.ranking
                    .iter()
                    .filter_map(|tid| {
                        let ta = a.technology(*tid)?;
                        let t = wb.technology(*tid)?;
                        choice
                            .covers(round_scope, ta.tier)
                            .then(|| (t.id, t.name.clone(), ta.tier))
                    })
                    .collect()
            })
        })
    })
}

/// The scope radios and "scope — n technologies · showing x of y".
#[component]
pub fn ScopePicker(
    techs: Memo<Vec<ScopeTech>>,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ScenariosView::get();
    let scope = view_state.scope;

    let round_label = move || {
        let l = ctx.l();
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.current_round().map(|r| (r.number, r.scope)))
                .map(|(n, s)| {
                    format!(
                        "{} ({} {n}: {})",
                        msg::SCOPE_ROUND.get(l),
                        msg::ROUND.get(l),
                        s.label().get(l)
                    )
                })
                .unwrap_or_else(|| msg::SCOPE_ROUND.get(l).to_owned())
        })
    };
    let label = move |choice: ScopeChoice| match choice {
        ScopeChoice::TopTier => msg::SCOPE_TOP.get(ctx.l()).to_owned(),
        ScopeChoice::Round => round_label(),
        ScopeChoice::All => msg::SCOPE_ALL.get(ctx.l()).to_owned(),
    };
    let radio = move |choice: ScopeChoice| {
        view! {
            <label class="scope-choice">
                <input
                    type="radio"
                    name="scenario-scope"
                    value=choice.code()
                    prop:checked=move || scope.get() == choice
                    on:change=move |_| {
                        scope.set(choice);
                        view_state.tech.set(None);
                    }
                />
                <span>{move || label(choice)}</span>
            </label>
        }
    };

    view! {
        <fieldset class="scope" data-testid="scenario-scope">
            <legend>{move || msg::SCOPE.get(ctx.l())}</legend>
            <div class="scope-choices">
                {radio(ScopeChoice::TopTier)}
                {radio(ScopeChoice::Round)}
                {radio(ScopeChoice::All)}
            </div>
            <p class="scope-summary" role="status" data-testid="scope-summary">
                <strong>{move || label(scope.get())}</strong>
                " — "
                {move || msg::techs_in_scope(ctx.l(), techs.with(Vec::len))}
                " · "
                {move || msg::showing(ctx.l(), shown.get(), total.get())}
            </p>
        </fieldset>
    }
}
