//! The app frame: header (title, language, save state), navigation of the
//! open workbook, and the screen the route names.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::text::Lang;
use crate::i18n::common as msg;
use crate::route::{Route, Screen, ScreenKind};

use super::safety;
use super::screens;
use super::state::{Ctx, SaveState};
use super::{current_hash_route, initial_lang, storage};

#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::new(initial_lang(), current_hash_route());
    provide_context(ctx);
    safety::install(ctx);

    // Language: reflect on <html lang>, the document title, and remember it.
    Effect::new(move |prev: Option<()>| {
        let l = ctx.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
        document().set_title(&format!(
            "{} — {}",
            msg::APP_NAME.get(l),
            msg::APP_TAGLINE.get(l)
        ));
        // Remember a choice, but write nothing on a plain start (so a
        // wiped browser stays empty until the user does something).
        if prev.is_some() {
            let _ = storage::write("lang", l.code());
        }
    });

    // Back/forward and typed URLs.
    // `Ctx::go` has already set the route it navigates to: setting it again
    // would rebuild the screen a second time (losing focus), so only a
    // different route is applied.
    let handle = window_event_listener(ev::hashchange, move |_| {
        let route = current_hash_route();
        if ctx.route.get_untracked() != route {
            ctx.route.set(route);
        }
    });
    on_cleanup(move || handle.remove());

    // A route change (or undo) rebuilds the screen under the focused
    // control, which drops keyboard focus to <body>. Screens that focus
    // something specific (a new record's first field) do it in their own
    // effect or frame callback; when none did, focus the main region, so the
    // next Tab is the screen's first control. Not on the first load, where
    // Tab starts at the skip link.
    Effect::new(move |prev: Option<()>| {
        ctx.route.track();
        ctx.generation.track();
        if prev.is_some() {
            request_animation_frame(focus_main_if_lost);
        }
    });

    // Open the workbook the route points into. Leaving the workbook writes
    // its pending autosave at once, so the list shows it saved and does not
    // change later under the pointer.
    Effect::new(move |_| match ctx.route.get().workbook() {
        Some(id) => ctx.open(id),
        None => ctx.flush_pending_save(),
    });

    // The top-level place, without the screen or selection inside a
    // workbook: the frame rebuilds only when this changes.
    let place = Memo::new(move |_| match ctx.route.get() {
        Route::Workbooks => Place::Workbooks,
        Route::Import => Place::Import,
        Route::Portfolio => Place::Portfolio,
        Route::Ballot => Place::Ballot,
        Route::Workbook(id, _) => Place::Workbook(id),
    });

    view! {
        <a class="skip-link" href="#main">{move || match ctx.l() { Lang::Ja => "本文へ移動", Lang::En => "Skip to content" }}</a>
        <header class="app-header">
            <h1 data-testid="app-title">
                <a href="#/">{move || msg::APP_NAME.get(ctx.l())}</a>
                // Inside a workbook the header carries the workbook's name
                // instead of the tagline: one compact row for the projector.
                <Show when=move || ctx.route.get().workbook().is_none()>
                    " — "
                    {move || msg::APP_TAGLINE.get(ctx.l())}
                </Show>
            </h1>
            <Show when=move || ctx.route.get().workbook().is_some()>
                {move || {
                    // Cut with an ellipsis when the row is too narrow; the
                    // full name stays in the text and in the tooltip.
                    let name = ctx.wb.with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default());
                    let title = name.clone();
                    view! { <span class="wb-name" data-testid="wb-name" title=title>{name}</span> }
                }}
            </Show>
            <span class="spacer"></span>
            <safety::UndoButtons/>
            <SaveIndicator/>
            <label class="lang-picker">
                <span>{move || msg::LANGUAGE.get(ctx.l())}</span>
                <select
                    data-testid="lang-select"
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            ctx.lang.set(l);
                        }
                    }
                    prop:value=move || ctx.l().code()
                >
                    <option value="ja" selected=move || ctx.l() == Lang::Ja>{move || msg::LANG_JA.get(ctx.l())}</option>
                    <option value="en" selected=move || ctx.l() == Lang::En>{move || msg::LANG_EN.get(ctx.l())}</option>
                </select>
            </label>
        </header>
        <WorkbookNav/>
        // The backup reminder and the encryption controls share one row:
        // the step navigation needs the whole width of its own.
        <div class="status-row">
            <safety::Banners/>
            <Show when=move || ctx.route.get().workbook().is_some()>
                <section class="seal-bar" aria-label=move || crate::i18n::seal::BAR_LABEL.get(ctx.l())>
                    <super::seal::SealControls/>
                </section>
            </Show>
        </div>
        <main id="main" tabindex="-1">
            {move || match place.get() {
                Place::Workbooks => view! { {screens::workbooks::WorkbooksScreen()} <safety::DataPanel/> }.into_any(),
                Place::Import => screens::exchange::ImportNewScreen().into_any(),
                Place::Portfolio => screens::portfolio::PortfolioScreen().into_any(),
                Place::Ballot => screens::ballot::BallotScreen().into_any(),
                Place::Workbook(_) => view! { <WorkbookScreen/> <NextStep/> }.into_any(),
            }}
        </main>
    }
}

/// Where the app is, at the level the frame rebuilds: another workbook gets
/// fresh screens and fresh view state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Workbooks,
    Import,
    Portfolio,
    Ballot,
    Workbook(uuid::Uuid),
}

/// The link at the end of a step to the next step of the process
/// (`ScreenKind::next_step`), so a first-time user is led through it.
#[component]
fn NextStep() -> impl IntoView {
    let ctx = Ctx::get();
    let next = Memo::new(move |_| {
        ctx.route
            .get()
            .screen_kind()
            .and_then(ScreenKind::next_step)
    });
    let href = move || match (ctx.route.get().workbook(), next.get()) {
        (Some(wb), Some(kind)) => Route::Workbook(wb, Screen::of(kind, None)).to_hash(),
        _ => String::new(),
    };
    let label = move || {
        let l = ctx.l();
        let text = match next.get() {
            Some(ScreenKind::Inventory) => msg::NAV_INVENTORY,
            Some(ScreenKind::Threats) => msg::NAV_THREATS,
            Some(ScreenKind::Scenarios) => msg::NAV_SCENARIOS,
            Some(ScreenKind::Countermeasures) => msg::NAV_COUNTERMEASURES,
            Some(ScreenKind::Exercises) => msg::NAV_EXERCISES,
            _ => crate::i18n::report::NAV,
        };
        text.get(l)
    };
    view! {
        <Show when=move || next.get().is_some() && ctx.wb.with(Option::is_some)>
            <nav class="next-step" aria-label=move || msg::NEXT_STEP.get(ctx.l())>
                <a href=href data-testid="next-step">
                    {move || msg::NEXT_STEP.get(ctx.l())}
                    <span aria-hidden="true">" → "</span>
                    {label}
                </a>
            </nav>
        </Show>
    }
}

/// Moves focus to `<main>` if it was dropped to `<body>` (or nowhere).
fn focus_main_if_lost() {
    let doc = document();
    let lost = match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    };
    if !lost {
        return;
    }
    if let Some(main) = doc
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
        // Focusing scrolled <main> to the top of the window, hiding the
        // header and navigation; a new screen starts at the top of the page.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Shows whether the last change reached storage; a failure is persistent and
/// loud, never silent.
#[component]
fn SaveIndicator() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <span class="save-state" role="status" data-testid="save-state">
            {move || match ctx.save.get() {
                SaveState::Idle => String::new(),
                SaveState::Pending => msg::SAVE_PENDING.get(ctx.l()).to_owned(),
                SaveState::Saved => format!("✓ {}", msg::SAVED.get(ctx.l())),
                SaveState::Failed(e) => format!("⚠ {} ({})", msg::SAVING_FAILED.get(ctx.l()), e.message(ctx.l())),
            }}
        </span>
    }
}

/// Navigation between the screens of the open workbook.
#[component]
fn WorkbookNav() -> impl IntoView {
    let ctx = Ctx::get();
    // A plain click shows the screen at once, as `Ctx::go` does, instead of
    // one task later when `hashchange` arrives (the link still sets the
    // hash and history; the listener then finds the route already set).
    // Without this, whatever runs right after the click — a test reading the
    // list, a quick second click — could still see the previous screen
    // (the walkthrough E2E once counted 0 rows there after a reload).
    let show_now = move |ev: ev::MouseEvent, screen: Screen| {
        let modified =
            ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if modified {
            return;
        }
        if let Some(id) = ctx.route.get_untracked().workbook() {
            let route = Route::Workbook(id, screen);
            if ctx.route.get_untracked() != route {
                ctx.route.set(route);
            }
        }
    };
    let link = move |screen: Screen, label: crate::domain::text::Text, testid: &'static str| {
        view! {
            <li>
                <a
                    data-testid=testid
                    on:click=move |ev| show_now(ev, screen)
                    href=move || ctx.route.get().workbook().map(|id| Route::Workbook(id, screen).to_hash()).unwrap_or_default()
                    aria-current=move || {
                        let current = ctx.route.get().screen_kind() == Some(screen.kind());
                        if current { "page" } else { "false" }
                    }
                >
                    {move || label.get(ctx.l())}
                </a>
            </li>
        }
    };
    view! {
        <Show when=move || ctx.route.get().workbook().is_some()>
            <div class="wb-bar">
            <nav class="wb-nav" aria-label=move || msg::NAV_LABEL.get(ctx.l())>
                <ul>
                    {link(Screen::Overview, msg::NAV_OVERVIEW, "nav-overview")}
                    {link(Screen::Inventory(None), msg::NAV_INVENTORY, "nav-inventory")}
                    {link(Screen::Threats(None), msg::NAV_THREATS, "nav-threats")}
                    {link(Screen::Scenarios(None), msg::NAV_SCENARIOS, "nav-scenarios")}
                    {link(Screen::Countermeasures(None), msg::NAV_COUNTERMEASURES, "nav-countermeasures")}
                    {link(Screen::Exercises(None), msg::NAV_EXERCISES, "nav-exercises")}
                    {link(Screen::People(None), crate::i18n::people::NAV, "nav-people")}
                    {link(Screen::Workshop(None), crate::i18n::workshop::NAV, "nav-workshop")}
                    {link(Screen::Settings, msg::NAV_SETTINGS, "nav-settings")}
                    {link(Screen::Exchange, crate::i18n::exchange::NAV, "nav-exchange")}
                    {link(Screen::Report, crate::i18n::report::NAV, "nav-report")}
                </ul>
            </nav>
            </div>
        </Show>
    }
}

/// The screens of the open workbook. Mounted once per workbook: it creates
/// each screen's view state (filters, sort, page, pending undo) and keys the
/// screen on its kind only, so selecting a record (a new URL) hands the
/// screen a new `selected` value instead of rebuilding it.
#[component]
fn WorkbookScreen() -> impl IntoView {
    let ctx = Ctx::get();
    screens::provide_view_states();
    let kind = Memo::new(move |_| ctx.route.get().screen_kind());
    let selected = Memo::new(move |_| ctx.route.get().selected());
    // A memo, so an edit of the open workbook does not rebuild the screen
    // (which would lose focus on every keystroke).
    let no_wb = Memo::new(move |_| ctx.wb.with(|w| w.is_none()));
    move || {
        // Undo/redo and reloads from another tab replace the workbook under
        // the screen: rebuild it so text drafts re-read the workbook (view
        // state lives above, so filters and pages stay).
        ctx.generation.track();
        if ctx.locked.get().is_some() {
            return view! { <super::seal::UnlockScreen/> }.into_any();
        }
        if let Some(err) = ctx.open_error.get() {
            return view! { <p class="error" role="alert">{err}</p> }.into_any();
        }
        if no_wb.get() {
            return view! { <p>{move || msg::NO_WORKBOOK.get(ctx.l())}</p> }.into_any();
        }
        match kind.get() {
            None | Some(ScreenKind::Overview) => screens::overview::OverviewScreen().into_any(),
            Some(ScreenKind::Inventory) => {
                view! { <screens::inventory::InventoryScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::Threats) => {
                view! { <screens::threats::ThreatsScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::Scenarios) => {
                view! { <screens::scenarios::ScenariosScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::Countermeasures) => {
                view! { <screens::countermeasures::CountermeasuresScreen selected=selected/> }
                    .into_any()
            }
            Some(ScreenKind::Exercises) => {
                view! { <screens::exercises::ExercisesScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::People) => {
                view! { <screens::people::PeopleScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::Workshop) => {
                view! { <screens::workshop::WorkshopScreen selected=selected/> }.into_any()
            }
            Some(ScreenKind::Settings) => screens::settings::SettingsScreen().into_any(),
            Some(ScreenKind::Exchange) => screens::exchange::ExchangeScreen().into_any(),
            Some(ScreenKind::Report) => screens::report::ReportScreen().into_any(),
        }
    }
}
