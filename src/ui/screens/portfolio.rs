//! The roll-up for offices: many labs' exports loaded at once into a
//! read-only portfolio (technologies by tier, scenarios by risk level,
//! countermeasure status, per-lab coverage), and the combined table set as
//! one zip. Held in memory only: nothing of it is written to storage.
//!
//! What the office must act on comes first: files that could not be read,
//! labs loaded twice and labs whose files had problems are said above the
//! tables; each lab's line carries its problem mark and its overdue
//! countermeasures (as of the browser's today).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::exchange::portfolio::{combined_tables, portfolio, Counts, Portfolio};
use crate::domain::exchange::problem::unread_files;
use crate::domain::exchange::zip::write_zip;
use crate::domain::exchange::ProblemKind;
use crate::domain::exchange::{file_name, BinaryFile, CsvOptions, ImportProblem, RollupJob};
use crate::domain::kinds::{CmStatus, RiskLevel, Tier};
use crate::domain::text::Text;
use crate::i18n::exchange as msg;
use crate::route::Route;
use crate::ui::download::{decode_shift_jis, download, ZIP_MIME};
use crate::ui::state::{new_id, now, Ctx};
use crate::ui::widgets::unique_id;

use crate::ui::import_files::{picked_files, read_all, Busy, ProblemsTable};
use crate::ui::sliced::{next_tick, run_sliced, StepProgress};
use crate::ui::state::local_today as today;

struct Loaded {
    portfolio: Portfolio,
    problems: Arc<Vec<ImportProblem>>,
}

#[component]
pub fn PortfolioScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let progress = RwSignal::new(None::<(usize, usize, String)>);
    let analysing = RwSignal::new(false);
    let job_progress = RwSignal::new(None::<(u64, u64)>);
    let loaded = RwSignal::new(None::<Arc<Loaded>>);
    let status = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let file_id = unique_id("rollup-files");

    let on_pick = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        if files.is_empty() {
            return;
        }
        loaded.set(None);
        status.set(None);
        leptos::task::spawn_local(async move {
            let (bins, mut problems) = read_all(files, progress).await;
            progress.try_set(None);
            // One lab (or table, or backup) per step, the browser painting
            // the progress between slices.
            let shift_jis = decode_shift_jis;
            let mut next_id = new_id;
            let job = RollupJob::new(bins, &shift_jis, now(), &mut next_id);
            let Some(mut rollup) = run_sliced(job, job_progress, || true).await else {
                return;
            };
            problems.append(&mut rollup.problems);
            // Labs without workbook.csv are named in the language of now.
            if let Some(lang) = ctx.lang.try_get_untracked() {
                rollup.name_defaults(lang);
            }
            analysing.try_set(true);
            next_tick().await;
            let p = portfolio(rollup.labs, today());
            loaded.try_set(Some(Arc::new(Loaded {
                portfolio: p,
                problems: Arc::new(problems),
            })));
            analysing.try_set(false);
        });
    };

    let export = move |_| {
        let Some(l) = loaded.get_untracked() else {
            return;
        };
        let files: Vec<BinaryFile> = combined_tables(&l.portfolio, CsvOptions::default())
            .into_iter()
            .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
            .collect();
        let bytes = write_zip(&files, now());
        let name = file_name("portfolio", "tables", today(), "zip");
        match download(&name, ZIP_MIME, &bytes) {
            Ok(()) => status.set(Some(format!(
                "✓ {}: {name}",
                msg::DOWNLOADED.get(ctx.lang.get_untracked())
            ))),
            Err(e) => status.set(Some(format!(
                "⚠ {}: {e}",
                msg::DOWNLOAD_FAILED.get(ctx.lang.get_untracked())
            ))),
        }
    };

    let clear = move |_| {
        loaded.set(None);
        status.set(None);
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };

    view! {
        <section class="exchange portfolio" data-testid="rollup-screen">
            <p><a href=Route::Workbooks.to_hash() data-testid="back-to-list">{move || msg::BACK_TO_LIST.get(ctx.l())}</a></p>
            <h2>{move || msg::ROLLUP_TITLE.get(ctx.l())}</h2>
            <p class="hint">{move || msg::ROLLUP_HELP.get(ctx.l())}</p>
            <div class="field">
                <label class="field-label" for=file_id.clone()>{move || msg::ROLLUP_FILES.get(ctx.l())}</label>
                <input
                    id=file_id.clone()
                    type="file"
                    multiple=true
                    accept=".zip,.csv,.json"
                    data-testid="rollup-files"
                    node_ref=input_ref
                    on:change=on_pick
                />
            </div>
            <Busy progress=progress analysing=analysing/>
            <StepProgress progress=job_progress label=msg::ROLLUP_PROGRESS doing=msg::ROLLUP_LOADING testid="rollup"/>
            {move || loaded.get().map(|l| view! {
                <RollupAlerts loaded=l.clone()/>
                <div class="actions">
                    <button type="button" class="primary" data-testid="rollup-export" on:click=export>{move || msg::EXPORT_COMBINED.get(ctx.l())}</button>
                    <button type="button" data-testid="rollup-clear" on:click=clear>{move || msg::CLEAR.get(ctx.l())}</button>
                </div>
                <p role="status" data-testid="rollup-export-status">{move || status.get()}</p>
                <PortfolioView loaded=l/>
            })}
        </section>
    }
}

/// One table of counts: a row per lab and a total row.
fn count_table<C: Copy + Send + Sync + 'static>(
    p: &Portfolio,
    title: Text,
    testid: &'static str,
    columns: Vec<(Text, &'static str, C)>,
    get: fn(&Counts, C) -> usize,
) -> impl IntoView {
    let ctx = Ctx::get();
    let head = columns
        .iter()
        .map(|(label, _, _)| {
            let label = *label;
            view! { <th scope="col">{move || label.get(ctx.l())}</th> }
        })
        .collect_view();
    let row = |name: String, counts: &Counts, total: bool| {
        let cells = columns
            .iter()
            .map(|(_, code, c)| view! { <td class="num" data-col=*code>{get(counts, *c)}</td> })
            .collect_view();
        view! {
            <tr data-testid=if total { "rollup-total" } else { "rollup-row" } class:total=total>
                <th scope="row">{name}</th>
                {cells}
            </tr>
        }
    };
    let rows = p
        .summaries
        .iter()
        .map(|s| row(s.name.clone(), &s.counts, false))
        .collect_view();
    let total = row(
        msg::TOTAL.get(ctx.lang.get_untracked()).to_owned(),
        &p.total,
        true,
    );
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid=testid>
                <caption class="visually-hidden">{move || title.get(ctx.l())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || msg::COL_LAB.get(ctx.l())}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}{total}</tbody>
            </table>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Col {
    Tier(Tier),
    Level(usize),
    Unscored,
    Status(usize),
    Overdue,
    Flagged,
    DeclarationsDue,
    All,
}

fn get(c: &Counts, col: Col) -> usize {
    match col {
        Col::Tier(t) => c.tiers.get(t),
        Col::Level(i) => c.scenarios_by_level[i],
        Col::Unscored => c.scenarios_unscored,
        Col::Status(i) => c.countermeasures_by_status[i],
        Col::Overdue => c.countermeasures_overdue,
        Col::Flagged => c.flagged_technologies,
        Col::DeclarationsDue => c.declarations_due,
        Col::All => c.technologies,
    }
}

/// The id of the problems heading the alerts lead to.
const PROBLEMS_HEADING: &str = "rollup-problems-heading";

/// What needs acting on, above everything else: files that could not be
/// read, labs loaded twice, labs whose files had problems.
#[component]
fn RollupAlerts(loaded: Arc<Loaded>) -> impl IntoView {
    let ctx = Ctx::get();
    let unread = unread_files(&loaded.problems);
    let twice = loaded
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::LoadedTwice { .. }))
        .count();
    let marked = loaded
        .portfolio
        .summaries
        .iter()
        .filter(|s| s.problems > 0)
        .count();
    // A hash link would change the route: the button scrolls and focuses.
    let to_problems = move |_| {
        if let Some(h) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(PROBLEMS_HEADING))
        {
            h.scroll_into_view();
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    };
    view! {
        <div class="rollup-alerts" data-testid="rollup-alerts">
            {(unread > 0).then(|| view! {
                <p class="warn-banner" role="alert" data-testid="rollup-unread" data-count=unread.to_string()>
                    {move || msg::unread_files(ctx.l(), unread)}" "
                    <button type="button" data-testid="rollup-see-problems" on:click=to_problems>{move || msg::SEE_PROBLEMS.get(ctx.l())}</button>
                </p>
            })}
            {(twice > 0).then(|| view! {
                <p class="notice" data-testid="rollup-twice" data-count=twice.to_string()>{move || msg::loaded_twice(ctx.l(), twice)}</p>
            })}
            {(marked > 0).then(|| view! {
                <p class="notice" data-testid="rollup-labs-with-problems" data-count=marked.to_string()>{move || msg::labs_with_problems(ctx.l(), marked)}</p>
            })}
        </div>
    }
}

#[component]
fn PortfolioView(loaded: Arc<Loaded>) -> impl IntoView {
    let ctx = Ctx::get();
    let p = &loaded.portfolio;
    let mut tiers: Vec<(Text, &'static str, Col)> = Tier::ALL
        .iter()
        .map(|t| (t.label(), t.code(), Col::Tier(*t)))
        .collect();
    tiers.push((msg::TOTAL, "total", Col::All));
    let mut levels: Vec<(Text, &'static str, Col)> = RiskLevel::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| (l.label(), l.code(), Col::Level(i)))
        .collect();
    levels.push((msg::UNSCORED, "unscored", Col::Unscored));
    let mut statuses: Vec<(Text, &'static str, Col)> = CmStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label(), s.code(), Col::Status(i)))
        .collect();
    statuses.push((msg::COL_OVERDUE, "overdue", Col::Overdue));
    let regulatory: Vec<(Text, &'static str, Col)> = vec![
        (msg::COL_FLAGGED, "flagged", Col::Flagged),
        (
            msg::COL_DECLARATIONS_DUE,
            "declarations_due",
            Col::DeclarationsDue,
        ),
    ];
    let labs = p.summaries.len();
    let coverage_rows = p
        .summaries
        .iter()
        .map(|s| {
            let c = s.coverage;
            let org = [s.organisation.as_str(), s.unit.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" / ");
            let problems = s.problems;
            let overdue = s.counts.countermeasures_overdue;
            view! {
                <tr data-testid="rollup-lab" data-workbook=s.workbook_id.to_string() data-problems=problems.to_string() class:has-problems={problems > 0}>
                    <th scope="row">
                        <span data-testid="rollup-lab-name">{s.name.clone()}</span>
                        {(problems > 0).then(|| view! {
                            " "
                            <span class="badge lab-problems" data-testid="rollup-lab-problems" title=s.source.clone()>{move || msg::lab_problems(ctx.l(), problems)}</span>
                        })}
                    </th>
                    <td>{org}</td>
                    <td class="num" data-col="technologies">{s.counts.technologies}</td>
                    <td class="num" data-col="scenarios">{s.counts.scenarios()}</td>
                    <td class="num" data-col="countermeasures">{s.counts.countermeasures_by_status.iter().sum::<usize>()}</td>
                    <td class="num" data-col="overdue" class:overdue={overdue > 0}>{overdue}</td>
                    <td class="num">{c.round.map(|r| r.to_string()).unwrap_or_else(|| "—".into())}</td>
                    <td class="num" data-col="in_scope">{c.in_scope}</td>
                    <td class="num" data-col="rated">{c.rated}</td>
                    <td class="num" data-col="threat_assessed">{c.threat_assessed}</td>
                    <td class="num" data-col="with_scenarios">{c.with_scenarios}</td>
                    <td class="num" data-col="with_countermeasures">{c.with_countermeasures}</td>
                    <td class="num" data-col="done">{s.done}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="rollup" data-testid="rollup-view">
            <p class="import-summary"><span data-testid="rollup-lab-count" data-count=labs.to_string()>{move || msg::LAB_COUNT.get(ctx.l())}": "{labs}</span></p>
            <h3>{move || msg::COVERAGE_TITLE.get(ctx.l())}</h3>
            <div class="table-scroll">
                <table class="data-table" data-testid="rollup-labs">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::COL_LAB.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_ORG.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_TECHS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_SCENARIOS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_CMS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_OVERDUE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_ROUND.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_IN_SCOPE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_RATED.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_THREAT.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_WITH_SCENARIOS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_WITH_CMS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_DONE.get(ctx.l())}</th>
                        </tr>
                    </thead>
                    <tbody>{coverage_rows}</tbody>
                </table>
            </div>
            <h3>{move || msg::TIERS_TITLE.get(ctx.l())}</h3>
            {count_table(p, msg::TIERS_TITLE, "rollup-tiers", tiers, get)}
            <h3>{move || msg::LEVELS_TITLE.get(ctx.l())}</h3>
            {count_table(p, msg::LEVELS_TITLE, "rollup-levels", levels, get)}
            <h3>{move || msg::STATUS_TITLE.get(ctx.l())}</h3>
            {count_table(p, msg::STATUS_TITLE, "rollup-status", statuses, get)}
            <h3>{move || msg::REGULATORY_TITLE.get(ctx.l())}</h3>
            <p class="muted">{move || crate::domain::regulatory::NOT_LEGAL_ADVICE.get(ctx.l())}</p>
            {count_table(p, msg::REGULATORY_TITLE, "rollup-regulatory", regulatory, get)}
            <h3 id=PROBLEMS_HEADING tabindex="-1">{move || msg::LOAD_PROBLEMS.get(ctx.l())}</h3>
            <ProblemsTable problems=loaded.problems.clone() title=msg::LOAD_PROBLEMS testid="rollup-problems"/>
        </div>
    }
}
