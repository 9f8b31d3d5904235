//! The present view of the item under discussion: its name, every rating,
//! median, range and the rule, large, with nothing else on the screen (for
//! the projector). Escape or the close button returns.

use leptos::prelude::*;

use crate::domain::workshop::{ItemKey, RatingSession};
use crate::i18n::workshop as msg;
use crate::ui::state::Ctx;

use super::results::result_rows;

#[component]
pub fn Present(
    session: Memo<Option<RatingSession>>,
    presenting: RwSignal<Option<ItemKey>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let row = Memo::new(move |_| {
        let key = presenting.get()?;
        let l = ctx.l();
        session.with(|s| {
            ctx.wb.with(|w| {
                let (s, w) = (s.as_ref()?, w.as_ref()?);
                result_rows(s, w, s.current().number, l)
                    .into_iter()
                    .find(|r| r.key == key)
            })
        })
    });
    let close = move || presenting.set(None);
    view! {
        <Show when=move || row.with(Option::is_some)>
            <div class="ws-present" role="dialog" aria-modal="true" aria-labelledby="ws-present-title" data-testid="ws-present-view"
                tabindex="-1"
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                {move || row.get().map(|r| {
                    let met = r.stats.meets_rule;
                    view! {
                        <h2 id="ws-present-title">{r.label.clone()}</h2>
                        <p class="ws-present-ratings">{r.ratings.clone()}</p>
                        <dl class="ws-present-stats">
                            <div><dt>{move || msg::COL_MEDIAN.get(ctx.l())}</dt><dd>{r.stats.median_text()}</dd></div>
                            <div><dt>{move || msg::COL_RANGE.get(ctx.l())}</dt><dd>{r.stats.range_text()}</dd></div>
                            <div><dt>{move || msg::COL_N.get(ctx.l())}</dt><dd>{r.stats.n}</dd></div>
                            <div><dt>{move || msg::COL_ABSTAIN.get(ctx.l())}</dt><dd>{r.stats.abstentions}</dd></div>
                        </dl>
                        <p class="ws-present-rule" class:ws-disagree=!met>
                            {move || if met { format!("✓ {}", msg::RULE_MET.get(ctx.l())) } else { format!("⚠ {}", msg::RULE_NOT_MET.get(ctx.l())) }}
                        </p>
                    }
                })}
                <button type="button" class="ws-present-close" data-testid="ws-present-close" on:click=move |_| close()>
                    {move || msg::PRESENT_CLOSE.get(ctx.l())}
                </button>
            </div>
        </Show>
    }
}
