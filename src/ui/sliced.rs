//! Long work in the browser without a frozen page: a domain [`SlicedJob`]
//! is stepped for about [`SLICE_MS`] at a time, its progress published, and
//! the browser gets the main thread back ([`next_tick`]) before the next
//! slice. Used by the import, the table export and the roll-up.

use leptos::prelude::*;

use crate::domain::exchange::SlicedJob;
use crate::domain::text::Text;
use crate::ui::state::Ctx;
use crate::ui::widgets::unique_id;

/// Lets the browser paint (progress, busy state) before the next piece of
/// work: a promise resolved by a zero-delay timer.
pub(crate) async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window()
            .map(|w| w.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long one slice runs before the browser gets the main thread back
/// (to paint the progress and handle input): half a frame.
const SLICE_MS: f64 = 8.0;

/// CSV rows one job step reads or writes: small enough that a step stays
/// well under a slice, large enough that checking the clock costs nothing.
const ROWS_PER_STEP: usize = 200;

/// Runs `job` in slices of about [`SLICE_MS`], yielding to the browser
/// between slices and publishing the progress to `progress` (cleared at the
/// end). `None` when `still_wanted` says the user cancelled (the job is
/// dropped, so nothing it would have produced exists).
pub(crate) async fn run_sliced<J: SlicedJob>(
    mut job: J,
    progress: RwSignal<Option<J::Progress>>,
    still_wanted: impl Fn() -> bool,
) -> Option<J::Output>
where
    J::Progress: Send + Sync + 'static,
{
    progress.try_set(Some(job.progress()));
    while !job.is_done() {
        next_tick().await;
        if !still_wanted() {
            progress.try_set(None);
            return None;
        }
        let start = js_sys::Date::now();
        while !job.is_done() && js_sys::Date::now() - start < SLICE_MS {
            job.step(ROWS_PER_STEP);
        }
        progress.try_set(Some(job.progress()));
    }
    progress.try_set(None);
    Some(job.finish())
}

/// The progress of work done in slices (export, roll-up): a labelled bar
/// and a status in tenths, shown while `progress` is set (done, total).
/// Test ids: `<testid>-job`, `<testid>-progress`.
#[component]
pub(crate) fn StepProgress(
    progress: RwSignal<Option<(u64, u64)>>,
    label: Text,
    doing: Text,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let bar_id = unique_id("step-progress");
    let tenths = Memo::new(move |_| {
        progress.with(|p| p.map(|(d, t)| (d * 10).checked_div(t).unwrap_or(0) * 10))
    });
    move || {
        tenths.get().is_some().then(|| {
            view! {
                <div class="job-progress" data-testid=format!("{testid}-job")>
                    <label for=bar_id.clone()>{move || label.get(ctx.l())}</label>
                    <progress
                        id=bar_id.clone()
                        data-testid=format!("{testid}-progress")
                        max=move || progress.with(|p| p.map_or(1, |p| p.1.max(1)).to_string())
                        value=move || progress.with(|p| p.map_or(0, |p| p.0).to_string())
                    ></progress>
                    <span role="status" aria-live="polite">
                        {move || format!("{} {}%", doing.get(ctx.l()), tenths.get().unwrap_or(0))}
                    </span>
                </div>
            }
        })
    }
}
