//! The settings screen: display language, scoring settings with an immediate
//! preview of the tiers (the domain's analysis run on a copy of the workbook
//! with the edited settings; applied with an explicit "Apply"), and round
//! management.

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::RoundId;
use crate::domain::kinds::{RoundScope, Tier};
use crate::domain::model::{CriticalityWeights, Settings};
use crate::domain::rating::RatingAxis;
use crate::domain::scoring::{analyze, TierSummary};
use crate::domain::text::{Lang, Text};
use crate::domain::validate::{check_settings, format_date, Subject};
use crate::i18n::{common, settings as msg};
use crate::ui::state::{new_id, now, Ctx};
use crate::ui::widgets::{unique_id, CodeSelect, TextField};

/// The seven numeric settings in form order: label, field, range, testid.
const NUMBERS: [(Field, i64, i64, &str); 7] = [
    (
        Field::Weights,
        0,
        CriticalityWeights::MAX as i64,
        "weight-market_importance",
    ),
    (
        Field::Weights,
        0,
        CriticalityWeights::MAX as i64,
        "weight-national_strategy",
    ),
    (
        Field::Weights,
        0,
        CriticalityWeights::MAX as i64,
        "weight-substitutability",
    ),
    (
        Field::Weights,
        0,
        CriticalityWeights::MAX as i64,
        "weight-leak_impact",
    ),
    (Field::TopShare, 0, 100, "top-share"),
    (Field::MiddleShare, 0, 100, "middle-share"),
    (Field::ChokepointThreshold, 1, 5, "chokepoint-threshold"),
];

fn label_of(i: usize) -> Text {
    match i {
        0 => RatingAxis::MarketImportance.label(),
        1 => RatingAxis::NationalStrategy.label(),
        2 => RatingAxis::TechSubstitutability.label(),
        3 => RatingAxis::LeakImpact.label(),
        4 => msg::TOP_SHARE,
        5 => msg::MIDDLE_SHARE,
        _ => msg::THRESHOLD,
    }
}

fn values_of(s: &Settings) -> [u8; 7] {
    [
        s.weights.market_importance,
        s.weights.national_strategy,
        s.weights.substitutability,
        s.weights.leak_impact,
        s.top_share_percent,
        s.middle_share_percent,
        s.chokepoint_threshold,
    ]
}

/// The seven numbers over `base`, whose review periods (set in their own
/// panel) are kept.
fn settings_of(v: [u8; 7], base: &Settings) -> Settings {
    Settings {
        declaration_period_days: base.declaration_period_days,
        disclosure_period_days: base.disclosure_period_days,
        weights: CriticalityWeights {
            market_importance: v[0],
            national_strategy: v[1],
            substitutability: v[2],
            leak_impact: v[3],
        },
        top_share_percent: v[4],
        middle_share_percent: v[5],
        chokepoint_threshold: v[6],
    }
}

/// Parses one typed number with the domain's parsers: blank is required,
/// text is not a count, and the range comes from `Subject::in_range`.
fn parse_number(i: usize, raw: &str) -> Result<u8, ValidationError> {
    let (field, min, max, _) = NUMBERS[i];
    let s = Subject::new(EntityKind::Settings, "");
    let Some(n) = s.count(field, raw)? else {
        return Err(ValidationError::Required {
            entity: EntityKind::Settings,
            id: String::new(),
            field,
        });
    };
    s.in_range(field, i64::from(n), min, max)?;
    Ok(n as u8)
}

#[derive(Clone, Debug, PartialEq)]
struct Parsed {
    field_errors: Vec<Option<ValidationError>>,
    cross_errors: Vec<ValidationError>,
    settings: Option<Settings>,
}

#[component]
pub fn SettingsScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="settings">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <LanguagePanel/>
            <ScoringPanel/>
            <RoundsPanel/>
            <ReviewPeriodsPanel/>
            <crate::ui::seal::EncryptionSettings/>
        </section>
    }
}

/// The review periods of specified-category declarations and
/// research-integrity disclosures (`domain::regulatory`), each committed as
/// soon as it is a whole number of days from 1 to 3650.
#[component]
fn ReviewPeriodsPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let period = |label: Text,
                  field: Field,
                  get: fn(&Settings) -> u16,
                  set: fn(&mut Settings, u16),
                  testid: &'static str| {
        let initial = ctx
            .wb
            .with_untracked(|w| w.as_ref().map(|w| get(&w.settings)))
            .unwrap_or(Settings::DEFAULT_REVIEW_PERIOD_DAYS);
        let d = crate::ui::widgets::use_draft(
            initial.to_string(),
            move |raw| {
                let s = Subject::new(EntityKind::Settings, "");
                let n = s.count(field, raw)?.ok_or(ValidationError::Required {
                    entity: EntityKind::Settings,
                    id: String::new(),
                    field,
                })?;
                s.in_range(field, i64::from(n), 1, 3650)?;
                Ok(u16::try_from(n).unwrap_or(Settings::DEFAULT_REVIEW_PERIOD_DAYS))
            },
            move |n| ctx.update(|w| set(&mut w.settings, n)),
        );
        view! {
            <TextField label=label value=d.value on_input=d.on_input error=d.error_text() testid=testid input_type="number"/>
        }
    };
    view! {
        <section class="panel" aria-labelledby="set-review-title">
            <h3 id="set-review-title">{move || msg::REVIEW_TITLE.get(ctx.l())}</h3>
            <p class="muted">{move || msg::REVIEW_INTRO.get(ctx.l())}</p>
            <div class="set-numbers">
                {period(msg::DECLARATION_PERIOD, Field::DeclarationPeriod, |s| s.declaration_period_days, |s, n| s.declaration_period_days = n, "declaration-period")}
                {period(msg::DISCLOSURE_PERIOD, Field::DisclosurePeriod, |s| s.disclosure_period_days, |s, n| s.disclosure_period_days = n, "disclosure-period")}
            </div>
        </section>
    }
}

#[component]
fn LanguagePanel() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel" aria-labelledby="set-lang-title">
            <h3 id="set-lang-title">{move || msg::LANG_TITLE.get(ctx.l())}</h3>
            <label class="field">
                <span class="field-label">{move || msg::LANG_LABEL.get(ctx.l())}</span>
                <select
                    data-testid="settings-lang"
                    prop:value=move || ctx.l().code()
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            ctx.lang.set(l);
                        }
                    }
                >
                    <option value="ja" selected=move || ctx.l() == Lang::Ja>{move || common::LANG_JA.get(ctx.l())}</option>
                    <option value="en" selected=move || ctx.l() == Lang::En>{move || common::LANG_EN.get(ctx.l())}</option>
                </select>
            </label>
        </section>
    }
}

#[component]
fn ScoringPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let current = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().map(|w| w.settings).unwrap_or_default())
    });
    let drafts: [RwSignal<String>; 7] =
        values_of(&current.get_untracked()).map(|v| RwSignal::new(v.to_string()));
    let applied = RwSignal::new(false);
    let set_drafts = move |s: &Settings| {
        for (d, v) in drafts.iter().zip(values_of(s)) {
            d.set(v.to_string());
        }
    };
    let parsed = Memo::new(move |_| {
        let results: Vec<Result<u8, ValidationError>> = drafts
            .iter()
            .enumerate()
            .map(|(i, d)| d.with(|raw| parse_number(i, raw)))
            .collect();
        let field_errors: Vec<Option<ValidationError>> =
            results.iter().map(|r| r.as_ref().err().cloned()).collect();
        if results.iter().any(Result::is_err) {
            return Parsed {
                field_errors,
                cross_errors: Vec::new(),
                settings: None,
            };
        }
        let mut v = [0u8; 7];
        for (slot, r) in v.iter_mut().zip(results) {
            *slot = r.unwrap_or_default();
        }
        let st = settings_of(v, &current.get());
        let cross_errors = check_settings(&st);
        let settings = cross_errors.is_empty().then_some(st);
        Parsed {
            field_errors,
            cross_errors,
            settings,
        }
    });
    let edited = move || parsed.with(|p| p.settings).filter(|s| *s != current.get());
    // Tiers now and with the edits, by the domain's analysis on a copy.
    let preview = Memo::new(move |_| {
        let st = parsed.with(|p| p.settings)?;
        if st == current.get() {
            return None;
        }
        ctx.wb.with(|w| {
            let mut copy = w.as_ref()?.clone();
            copy.settings = st;
            let after = analyze(&copy);
            let changed = ctx.analysis.with(|a| {
                a.as_ref().map_or(0, |a| {
                    a.technologies
                        .iter()
                        .zip(&after.technologies)
                        .filter(|(x, y)| x.tier != y.tier)
                        .count()
                })
            });
            Some((after.tiers, changed))
        })
    });
    let now_tiers = Memo::new(move |_| {
        ctx.analysis
            .with(|a| a.as_ref().map(|a| a.tiers).unwrap_or_default())
    });
    let apply = move |_| {
        if let Some(st) = edited() {
            ctx.update(|w| w.settings = st);
            applied.set(true);
        }
    };
    let number_field = move |i: usize| {
        let on_input = Callback::new(move |raw: String| {
            applied.set(false);
            drafts[i].set(raw);
        });
        let err = Signal::derive(move || {
            parsed.with(|p| {
                p.field_errors
                    .get(i)
                    .cloned()
                    .flatten()
                    .map(|e| e.message(ctx.l()))
            })
        });
        view! { <TextField label=label_of(i) value=drafts[i] on_input=on_input error=err testid=NUMBERS[i].3 input_type="number"/> }
    };
    let tier_count = |t: &TierSummary, tier: Tier| match tier {
        Tier::Top => t.top,
        Tier::Middle => t.middle,
        Tier::Lower => t.lower,
        Tier::QuasiImportant => t.quasi_important,
        Tier::Unrated => t.unrated,
    };
    view! {
        <section class="panel" aria-labelledby="set-scoring-title">
            <h3 id="set-scoring-title">{move || msg::SCORING_TITLE.get(ctx.l())}</h3>
            <p class="muted">{move || msg::SCORING_INTRO.get(ctx.l())}</p>
            <form class="set-form" on:submit=move |ev| ev.prevent_default()>
                <fieldset class="set-weights">
                    <legend>{move || msg::WEIGHTS.get(ctx.l())}</legend>
                    <div class="set-numbers">{(0..4).map(number_field).collect_view()}</div>
                </fieldset>
                <div class="set-numbers">{(4..7).map(number_field).collect_view()}</div>
                <p class="hint">{move || msg::SHARES_HINT.get(ctx.l())}</p>
                <p class="hint">{move || msg::THRESHOLD_HINT.get(ctx.l())}</p>
                <ul class="field-error set-cross" role="status" data-testid="settings-errors">
                    {move || parsed.with(|p| p.cross_errors.iter().map(|e| {
                        view! { <li>{e.message(ctx.l())}</li> }
                    }).collect_view())}
                </ul>
            </form>
            <section class="set-preview" aria-labelledby="set-preview-title" aria-live="polite" data-testid="tier-preview">
                <h4 id="set-preview-title">{move || msg::PREVIEW_TITLE.get(ctx.l())}</h4>
                {move || {
                    if parsed.with(|p| p.settings.is_none()) {
                        return view! { <p class="error">{move || msg::INVALID.get(ctx.l())}</p> }.into_any();
                    }
                    let now_t = now_tiers.get();
                    let after = preview.get();
                    view! {
                        <table class="data-table set-tiers">
                            <thead><tr>
                                <th scope="col">{move || msg::COL_TIER.get(ctx.l())}</th>
                                <th scope="col" class="num">{move || msg::COL_NOW.get(ctx.l())}</th>
                                <th scope="col" class="num">{move || msg::COL_EDITED.get(ctx.l())}</th>
                                <th scope="col" class="num">{move || msg::COL_CHANGE.get(ctx.l())}</th>
                            </tr></thead>
                            <tbody>
                                {Tier::ALL.iter().map(|&tier| {
                                    let a = tier_count(&now_t, tier);
                                    let b = after.map_or(a, |(t, _)| tier_count(&t, tier));
                                    let diff = b as i64 - a as i64;
                                    view! {
                                        <tr data-tier=tier.code()>
                                            <th scope="row">{move || tier.label().get(ctx.l())}</th>
                                            <td class="num">{a}</td>
                                            <td class="num" data-testid=format!("preview-{}", tier.code())>{b}</td>
                                            <td class="num">{if diff == 0 { "±0".to_owned() } else { format!("{diff:+}") }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        {match after {
                            Some((_, changed)) => view! { <p>{move || msg::CHANGED_TECHS.get(ctx.l())}": "<strong>{changed}</strong></p> }.into_any(),
                            None => view! { <p class="muted">{move || msg::NO_CHANGE.get(ctx.l())}</p> }.into_any(),
                        }}
                    }.into_any()
                }}
            </section>
            <div class="actions">
                <button class="primary" data-testid="apply-settings" on:click=apply disabled=move || edited().is_none()>
                    {move || msg::APPLY.get(ctx.l())}
                </button>
                <button data-testid="discard-settings" on:click=move |_| { set_drafts(&current.get_untracked()); applied.set(false); }>
                    {move || msg::DISCARD.get(ctx.l())}
                </button>
                <button data-testid="default-settings" on:click=move |_| { set_drafts(&Settings::default()); applied.set(false); }>
                    {move || msg::DEFAULTS.get(ctx.l())}
                </button>
            </div>
            <Show when=move || applied.get()>
                <p class="notice" role="status">{move || msg::APPLIED.get(ctx.l())}</p>
            </Show>
        </section>
    }
}

#[component]
fn RoundsPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let rounds = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.rounds
                    .iter()
                    .map(|r| {
                        (
                            r.number,
                            r.scope,
                            format_date(r.started_at.date()),
                            r.notes.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let current_scope = move || {
        ctx.wb.with_untracked(|w| {
            w.as_ref()
                .map_or(RoundScope::TopTier, |w| w.current_scope())
        })
    };
    let next_scope = RwSignal::new(current_scope().next_wider());
    let notes = RwSignal::new(String::new());
    let notes_error = RwSignal::new(None::<ValidationError>);
    let started = RwSignal::new(None::<u32>);
    let hint_id = unique_id("round-hint");
    let start = move |_| {
        let raw = notes.get_untracked();
        let parsed = Subject::new(EntityKind::Round, "").text(Field::Notes, &raw);
        let text = match parsed {
            Ok(t) => t,
            Err(e) => {
                notes_error.set(Some(e));
                return;
            }
        };
        let scope = next_scope.get_untracked();
        let mut number = None;
        ctx.update(|w| {
            let r = w.start_round(RoundId::new(new_id()), scope, now());
            number = Some(r.number);
            if let Some(last) = w.rounds.last_mut() {
                last.notes = text;
            }
        });
        started.set(number);
        notes.set(String::new());
        notes_error.set(None);
        next_scope.set(scope.next_wider());
    };
    let last_number = move || rounds.with(|r| r.last().map(|r| r.0));
    view! {
        <section class="panel" aria-labelledby="set-rounds-title">
            <h3 id="set-rounds-title">{move || msg::ROUNDS_TITLE.get(ctx.l())}</h3>
            <p class="muted">{move || msg::ROUNDS_INTRO.get(ctx.l())}</p>
            <table class="data-table" data-testid="round-list">
                <thead><tr>
                    <th scope="col" class="num">{move || msg::COL_NUMBER.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_SCOPE.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_STARTED.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_NOTES.get(ctx.l())}</th>
                </tr></thead>
                <tbody>
                    <For
                        each=move || rounds.get()
                        key=|r| r.clone()
                        children=move |(n, scope, date, notes)| {
                            let is_current = move || last_number() == Some(n);
                            view! {
                                <tr data-testid="round-row" aria-current=move || if is_current() { "true" } else { "false" }>
                                    <td class="num">{n}</td>
                                    <td>
                                        {move || scope.label().get(ctx.l())}
                                        {move || is_current().then(|| format!(" {}", msg::CURRENT.get(ctx.l())))}
                                    </td>
                                    <td class="date">{date}</td>
                                    <td class="pre">{notes}</td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
            <h4>{move || msg::NEXT_TITLE.get(ctx.l())}</h4>
            <p class="hint" id=hint_id.clone()>{move || msg::NEXT_HINT.get(ctx.l())}</p>
            <div class="set-next">
                <CodeSelect label=msg::NEXT_SCOPE value=next_scope on_change=Callback::new(move |s| next_scope.set(s)) testid="next-round-scope"/>
                <TextField label=msg::NEXT_NOTES value=notes on_input=Callback::new(move |v| notes.set(v))
                    error=Signal::derive(move || notes_error.with(|e| e.as_ref().map(|e| e.message(ctx.l())))) testid="next-round-notes"/>
                <button class="primary" data-testid="start-round" aria-describedby=hint_id on:click=start>{move || msg::START.get(ctx.l())}</button>
            </div>
            {move || started.get().map(|n| view! {
                <p class="notice" role="status">{move || msg::STARTED.get(ctx.l())}" "{n}</p>
            })}
        </section>
    }
}
