//! Adding a countermeasure: blank, or from the built-in library (grouped by
//! category, each entry with its source, filtered by the police's cyber step
//! and METI's case group). The new record opens in the detail, which takes
//! focus.

use leptos::prelude::*;

use crate::domain::catalog::{self, EntryFilter, COUNTERMEASURES};
use crate::domain::ids::CountermeasureId;
use crate::domain::kinds::{CaseGroup, CmCategory, CyberStep};
use crate::domain::model::Countermeasure;
use crate::i18n::{common, countermeasures as msg};
use crate::route::{Route, Screen};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{FilterSelect, LinkPicker, PickGroup, PickOption};

#[component]
pub fn AddBar() -> impl IntoView {
    let ctx = Ctx::get();
    let add = move |m: Countermeasure| {
        let cid = m.id.uuid();
        let Some(wb_id) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) else {
            return;
        };
        ctx.update(|wb| wb.countermeasures.push(m));
        ctx.go(Route::Workbook(wb_id, Screen::Countermeasures(Some(cid))));
    };
    let add_blank = move |_| {
        let lang = ctx.lang.get_untracked();
        add(Countermeasure::new(
            CountermeasureId::new(new_id()),
            msg::NEW_TITLE.get(lang),
            CmCategory::Organisational,
        ));
    };
    let add_library = Callback::new(move |pick: String| {
        if let Some(t) = catalog::countermeasure(&pick) {
            let lang = ctx.lang.get_untracked();
            add(Countermeasure::from_template(
                CountermeasureId::new(new_id()),
                t,
                lang,
            ));
        }
    });
    let step = RwSignal::new(None::<CyberStep>);
    let case = RwSignal::new(None::<CaseGroup>);
    let library = Signal::derive(move || {
        let l = ctx.l();
        let filter = EntryFilter {
            step: step.get(),
            case: case.get(),
        };
        CmCategory::ALL
            .iter()
            .map(|c| PickGroup {
                label: Some(c.label().get(l).to_owned()),
                options: COUNTERMEASURES
                    .iter()
                    .filter(|t| t.category == *c && filter.keeps_countermeasure(t))
                    .map(|t| PickOption {
                        value: t.id.to_owned(),
                        label: format!(
                            "{} — {} — {}",
                            t.title.get(l),
                            t.phase.label().get(l),
                            t.source.label(l)
                        ),
                    })
                    .collect(),
            })
            .filter(|g| !g.options.is_empty())
            .collect::<Vec<_>>()
    });
    view! {
        <div class="toolbar">
            <button class="primary" data-testid="add-countermeasure" on:click=add_blank>
                {move || msg::ADD_BLANK.get(ctx.l())}
            </button>
            <FilterSelect label=common::FILTER_CYBER_STEP value=step testid="library-cm-step"/>
            <FilterSelect label=common::FILTER_CASE_GROUP value=case testid="library-cm-case"/>
            <LinkPicker
                label=msg::LIBRARY_PICK
                button=msg::ADD_FROM_LIBRARY
                groups=library
                on_pick=add_library
                select_testid="cm-library-select"
                button_testid="add-cm-from-library"
                leave_focus=true
            />
        </div>
    }
}
