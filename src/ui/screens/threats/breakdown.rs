//! The threat level of one assessment term by term: intent, capability
//! (and where it came from), opportunity, their product and the level 1–5.

use leptos::prelude::*;

use crate::domain::rating::RatingAxis;
use crate::domain::scoring::{CapabilitySource, ThreatLevel};
use crate::i18n::threats as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::{fmt_score, LevelBadge};

use super::level::{level_view, rating_text};

/// The result box under the assessment editor, for the analysed `level`
/// (`None` while the pair is not assessed).
#[component]
pub fn Breakdown(level: Memo<Option<ThreatLevel>>) -> impl IntoView {
    let ctx = Ctx::get();
    move || {
        let l = ctx.l();
        let lv = level.get();
        let (text, class, status) = level_view(lv.as_ref());
        let source = lv.map(|t| match t.capability_source {
            CapabilitySource::Assessed => msg::SRC_ASSESSED,
            CapabilitySource::ActorDefault => msg::SRC_DEFAULT,
            CapabilitySource::Missing => msg::SRC_MISSING,
        });
        let product = lv.map(|t| {
            format!(
                "{} × {} × {} = {}",
                rating_text(t.intent, l),
                rating_text(t.capability, l),
                rating_text(t.opportunity, l),
                t.product
            )
        });
        // The level first, the unrounded root after it for the whiteboard.
        let scale = lv.and_then(|t| t.level()).map(|level| match lv {
            Some(t) if t.product > 0 => format!("{level} ({})", fmt_score(Some(t.scale()), l)),
            _ => level.to_string(),
        });
        let dash = || "—".to_owned();
        view! {
            <div class="threat-result" data-testid="threat-result" data-status=format!("{:?}", lv.map(|t| t.status))>
                <p class="result-head">
                    <span class="field-label">{msg::RESULT.get(l)}</span>
                    " "
                    <LevelBadge text=text level=class/>
                    " "
                    <span data-testid="threat-status">{status.get(l)}</span>
                </p>
                <table class="breakdown">
                    <tbody>
                        <tr>
                            <th scope="row">{RatingAxis::Intent.label().get(l)}</th>
                            <td>{lv.map_or_else(dash, |t| rating_text(t.intent, l))}</td>
                        </tr>
                        <tr>
                            <th scope="row">{RatingAxis::Capability.label().get(l)}</th>
                            <td>
                                {lv.map_or_else(dash, |t| rating_text(t.capability, l))}
                                {source.map(|s| format!(" ({}: {})", msg::CAP_SOURCE.get(l), s.get(l)))}
                            </td>
                        </tr>
                        <tr>
                            <th scope="row">{RatingAxis::Opportunity.label().get(l)}</th>
                            <td>{lv.map_or_else(dash, |t| rating_text(t.opportunity, l))}</td>
                        </tr>
                        <tr>
                            <th scope="row">{msg::PRODUCT.get(l)}</th>
                            <td data-testid="threat-product">{product.unwrap_or_else(dash)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{msg::SCALE.get(l)}</th>
                            <td data-testid="threat-scale">{scale.unwrap_or_else(dash)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        }
    }
}
