//! Session rules, statistics and ballot files: unit tests and properties.

use proptest::prelude::*;
use time::macros::datetime;
use time::OffsetDateTime;
use uuid::Uuid;

use super::*;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::sample::sample_with_counted_ids;
use crate::domain::text::Lang;

const NOW: OffsetDateTime = datetime!(2026-12-05 10:00 +09:00);

fn r(v: u8) -> Rating {
    Rating::new(v).expect("1-5")
}

fn pid(n: u128) -> ParticipantId {
    ParticipantId::new(Uuid::from_u128(0xA000 + n))
}

/// A session on the sample's first technology's market importance and
/// first threat's intent, with participants A, B, C.
fn session(wb: &crate::domain::model::Workbook) -> RatingSession {
    let mut s = RatingSession::new(
        SessionId::new(Uuid::from_u128(0x5E55)),
        "Rating",
        "Fac",
        AgreementRule::default(),
        NOW,
    );
    for (n, p) in ["A", "B", "C"].iter().enumerate() {
        s.add_participant(pid(n as u128), p, "").expect("adds");
    }
    s.add_item(tech_key(wb)).expect("adds");
    s.add_item(threat_key(wb)).expect("adds");
    s
}

fn tech_key(wb: &crate::domain::model::Workbook) -> ItemKey {
    ItemKey {
        record: wb.technologies[0].id.uuid(),
        axis: RatingAxis::MarketImportance,
    }
}

fn threat_key(wb: &crate::domain::model::Workbook) -> ItemKey {
    ItemKey {
        record: wb.assessments[0].id.uuid(),
        axis: RatingAxis::Intent,
    }
}

fn sample() -> crate::domain::model::Workbook {
    sample_with_counted_ids(Lang::En, NOW)
}

#[test]
fn no_rating_after_reveal_and_no_outcome_before_it() {
    let wb = sample();
    let mut s = session(&wb);
    let k = tech_key(&wb);
    let outcome = Outcome {
        value: r(4),
        method: OutcomeMethod::Median,
        rationale: String::new(),
        dissent: String::new(),
        previous: None,
        pass: 0,
        decided_at: NOW,
    };
    assert_eq!(
        s.set_outcome(k, outcome.clone()),
        Err(WorkshopError::NotRevealed)
    );
    assert_eq!(s.reveal(NOW), Err(WorkshopError::NothingToReveal));
    s.submit(pid(0), &[(k, Some(r(4)), String::new())])
        .expect("open");
    // Before the reveal nothing can be computed from the ratings.
    assert_eq!(item_stats(&s, 1, k), None);
    s.reveal(NOW).expect("reveals");
    let frozen = s.clone();
    assert_eq!(
        s.submit(pid(1), &[(k, Some(r(1)), String::new())]),
        Err(WorkshopError::AlreadyRevealed)
    );
    assert_eq!(s.reveal(NOW), Err(WorkshopError::AlreadyRevealed));
    assert_eq!(s, frozen, "a refused action changes nothing");
    s.set_outcome(k, outcome.clone()).expect("after reveal");
    assert_eq!(s.set_outcome(k, outcome), Err(WorkshopError::ItemDecided));
    assert_eq!(
        s.item(k).and_then(|i| i.outcome.as_ref()).map(|o| o.pass),
        Some(1)
    );
}

#[test]
fn a_new_pass_keeps_the_earlier_ratings_and_asks_only_open_items() {
    let wb = sample();
    let mut s = session(&wb);
    let (k, t) = (tech_key(&wb), threat_key(&wb));
    assert_eq!(s.new_pass(), Err(WorkshopError::NotRevealed));
    s.submit(
        pid(0),
        &[
            (k, Some(r(1)), String::new()),
            (t, Some(r(5)), String::new()),
        ],
    )
    .expect("open");
    s.submit(pid(1), &[(k, Some(r(5)), "why".into())])
        .expect("open");
    s.reveal(NOW).expect("reveals");
    let first = s.passes[0].clone();
    let stats = item_stats(&s, 1, k).expect("revealed");
    assert!(!stats.meets_rule, "1 and 5 are not within ±1 of 3");
    assert_eq!((stats.n, stats.abstentions), (2, 0));
    // B said nothing on the threat: an abstention.
    let ts = item_stats(&s, 1, t).expect("revealed");
    assert_eq!((ts.n, ts.abstentions), (1, 1));
    s.set_outcome(
        t,
        Outcome {
            value: r(5),
            method: OutcomeMethod::Agreed,
            rationale: String::new(),
            dissent: String::new(),
            previous: None,
            pass: 0,
            decided_at: NOW,
        },
    )
    .expect("decides");
    assert_eq!(s.new_pass(), Ok(2));
    assert_eq!(s.passes[0], first, "pass 1 is kept as it was");
    assert_eq!(
        s.submit(pid(0), &[(t, Some(r(3)), String::new())]),
        Err(WorkshopError::ItemDecided)
    );
    s.submit(pid(0), &[(k, Some(r(3)), String::new())])
        .expect("re-vote");
    // Re-submitting before the reveal replaces, never adds.
    s.submit(pid(0), &[(k, Some(r(4)), String::new())])
        .expect("re-vote");
    assert_eq!(s.current().votes.len(), 1);
    assert_eq!(s.rated(), vec![pid(0)]);
}

#[test]
fn participants_and_items_are_fixed_once_rating_starts() {
    let wb = sample();
    let mut s = session(&wb);
    assert_eq!(
        s.add_participant(pid(9), "A", ""),
        Err(WorkshopError::DuplicatePseudonym("A".into()))
    );
    assert_eq!(
        s.add_participant(pid(9), "  ", ""),
        Err(WorkshopError::EmptyPseudonym)
    );
    assert_eq!(s.add_item(tech_key(&wb)), Err(WorkshopError::DuplicateItem));
    let element = ItemKey {
        record: Uuid::nil(),
        axis: RatingAxis::SupplyDisruption,
    };
    assert_eq!(s.add_item(element), Err(WorkshopError::UnsupportedAxis));
    s.submit(pid(0), &[]).expect("abstains on all");
    assert_eq!(
        s.add_participant(pid(9), "D", ""),
        Err(WorkshopError::RatingStarted)
    );
    assert_eq!(
        s.remove_item(tech_key(&wb)),
        Err(WorkshopError::RatingStarted)
    );
    assert_eq!(
        s.submit(pid(9), &[]),
        Err(WorkshopError::UnknownParticipant)
    );
}

#[test]
fn statistics_of_known_lists() {
    let rule = AgreementRule::default();
    let st = stats_of(&[Some(r(3)), Some(r(4)), Some(r(5)), None], rule);
    assert_eq!(
        (st.n, st.abstentions, st.median_text(), st.range_text()),
        (3, 1, "4".into(), "3–5".into())
    );
    assert!(st.meets_rule);
    let even = stats_of(&[Some(r(3)), Some(r(4))], rule);
    assert_eq!(
        (even.median_text(), even.median_rating()),
        ("3.5".into(), None)
    );
    assert!(even.meets_rule);
    let none = stats_of(&[None, None], rule);
    assert_eq!((none.n, none.median2, none.meets_rule), (0, None, false));
    assert!(!stats_of(&[Some(r(2)), Some(r(4))], AgreementRule { spread: 0 }).meets_rule);
}

#[test]
fn applying_an_outcome_sets_the_rating_and_keeps_the_previous_value() {
    let mut wb = sample();
    let mut s = session(&wb);
    let k = tech_key(&wb);
    let before = current_value(&wb, k).expect("exists");
    for (n, v) in [3, 4, 5].into_iter().enumerate() {
        s.submit(pid(n as u128), &[(k, Some(r(v)), String::new())])
            .expect("open");
    }
    s.reveal(NOW).expect("reveals");
    let id = s.id;
    wb.workshops.push(s);
    apply_outcome(
        &mut wb,
        id,
        k,
        r(4),
        OutcomeMethod::Median,
        " median ",
        "",
        NOW,
    )
    .expect("applies");
    assert_eq!(current_value(&wb, k), Ok(Some(r(4))));
    let o = wb.workshops[0]
        .item(k)
        .and_then(|i| i.outcome.clone())
        .expect("outcome");
    assert_eq!((o.previous, o.rationale.as_str()), (before, "median"));
    let note = agreed_note(&wb, k).expect("note");
    assert_eq!(
        note.text(Lang::En),
        "agreed in workshop 2026-12-05: median 4, range 3–5"
    );
    assert!(note.text(Lang::Ja).contains("中央値 4"));
    // Twice is refused and changes nothing.
    let copy = wb.clone();
    assert!(apply_outcome(&mut wb, id, k, r(2), OutcomeMethod::Agreed, "", "", NOW).is_err());
    assert_eq!(wb, copy);
    assert!(item_label(&wb, k, Lang::En).ends_with("Importance in market/industry"));
}

#[test]
fn ballots_round_trip_and_import_idempotently() {
    let wb = sample();
    let mut s = session(&wb);
    let sf = parse_session_file(&session_file(&s, &wb, Lang::Ja)).expect("session file reads");
    assert_eq!((sf.pass, sf.items.len(), sf.participants.len()), (1, 2, 3));
    let ballot = Ballot {
        session_id: sf.session_id,
        session_title: sf.title.clone(),
        pass: sf.pass,
        participant: sf.participants[1].0,
        ratings: vec![BallotEntry {
            record_id: sf.items[0].record_id,
            axis: sf.items[0].axis.clone(),
            value: Some(4),
            reason: "ok".into(),
        }],
    };
    let text = ballot_file(&ballot);
    let (b, values) = parse_ballot(&text).expect("parses");
    assert_eq!(
        import_ballot(&mut s, &b, &values),
        Ok(BallotImport::Recorded)
    );
    let once = s.clone();
    assert_eq!(
        import_ballot(&mut s, &b, &values),
        Ok(BallotImport::Unchanged)
    );
    assert_eq!(s, once, "the same ballot twice changes nothing");
    // Another session's ballot is refused by name.
    let mut other = session(&wb);
    other.id = SessionId::new(Uuid::from_u128(0xBEEF));
    let err = import_ballot(&mut other, &b, &values).expect_err("other session");
    assert!(err.message(Lang::En).contains("\"Rating\""));
    // After the reveal, refused.
    s.reveal(NOW).expect("reveals");
    let revealed = s.clone();
    assert_eq!(
        import_ballot(&mut s, &b, &values),
        Err(BallotError::AfterReveal)
    );
    assert_eq!(s, revealed);
    // A changed byte fails the checksum.
    let tampered = text.replace("\"value\": 4", "\"value\": 5");
    assert_ne!(tampered, text);
    assert_eq!(parse_ballot(&tampered).err(), Some(BallotError::Checksum));
    // A newer version is named.
    let newer = text.replace("\"version\": 1", "\"version\": 2");
    assert_eq!(
        parse_ballot(&newer).err(),
        Some(BallotError::NewerVersion(2))
    );
    assert!(matches!(
        parse_ballot("{}"),
        Err(BallotError::NotThisFile(_))
    ));
    assert!(matches!(
        parse_ballot("[1"),
        Err(BallotError::NotThisFile(_))
    ));
    for e in [
        BallotError::Checksum,
        BallotError::AfterReveal,
        BallotError::NewerVersion(2),
    ] {
        assert!(!e.message(Lang::Ja).is_empty() && !e.message(Lang::En).is_empty());
    }
}

fn opt_rating() -> impl Strategy<Value = Option<Rating>> {
    prop_oneof![Just(None), (1u8..=5).prop_map(|v| Rating::new(v).ok())]
}

proptest! {
    #[test]
    fn median_lies_within_min_and_max(values in prop::collection::vec(opt_rating(), 0..12)) {
        let st = stats_of(&values, AgreementRule::default());
        if let (Some(m), Some(lo), Some(hi)) = (st.median2, st.min, st.max) {
            prop_assert!(lo.get() * 2 <= m && m <= hi.get() * 2);
        } else {
            prop_assert_eq!(st.n, 0);
        }
    }

    #[test]
    fn participant_order_changes_nothing(
        values in prop::collection::vec(opt_rating(), 0..12),
        seed in any::<u64>(),
        spread in 0u8..=3,
    ) {
        let rule = AgreementRule { spread };
        let mut shuffled = values.clone();
        // A deterministic shuffle from the seed (the domain has no randomness).
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(stats_of(&values, rule), stats_of(&shuffled, rule));
    }

    #[test]
    fn abstentions_are_left_out(
        values in prop::collection::vec(opt_rating(), 0..12),
        extra in 0usize..5,
    ) {
        let rule = AgreementRule::default();
        let mut more = values.clone();
        more.extend(std::iter::repeat_n(None, extra));
        let (a, b) = (stats_of(&values, rule), stats_of(&more, rule));
        prop_assert_eq!(b.abstentions, a.abstentions + extra);
        prop_assert_eq!((a.n, a.median2, a.min, a.max, a.meets_rule), (b.n, b.median2, b.min, b.max, b.meets_rule));
    }

    #[test]
    fn ballot_parser_never_panics(text in ".{0,300}") {
        let _ = parse_ballot(&text);
        let _ = parse_session_file(&text);
    }
}

/// The fuzz seeds are what they claim (the first byte picks the fuzz mode).
#[test]
fn fuzz_seeds_parse_as_intended() {
    let text = |b: &[u8]| String::from_utf8_lossy(&b[1..]).into_owned();
    let ballot = text(include_bytes!(
        "../../../fuzz/seeds/workshop_ballot/ballot.json"
    ));
    let (b, values) = parse_ballot(&ballot).expect("seed ballot parses");
    assert_eq!((b.pass, values.len()), (1, 2));
    let session = text(include_bytes!(
        "../../../fuzz/seeds/workshop_ballot/session.json"
    ));
    assert!(parse_session_file(&session).is_ok());
    let bad = text(include_bytes!(
        "../../../fuzz/seeds/workshop_ballot/bad_checksum.json"
    ));
    assert_eq!(parse_ballot(&bad).err(), Some(BallotError::Checksum));
}

/// Importing tables into an open workbook adds sessions it lacks and keeps
/// its own (a session is history).
#[test]
fn merging_adds_missing_sessions_and_keeps_existing_ones() {
    use crate::domain::exchange::merge::{merge, MergeChoices, MergePolicy};
    let wb = sample();
    let mut theirs = wb.clone();
    theirs.workshops.push(session(&wb));
    let merged = merge(&wb, &theirs, &MergeChoices::all(MergePolicy::TakeTheirs));
    assert_eq!(merged.workshops, theirs.workshops);
    let mut changed = theirs.clone();
    changed.workshops[0].title = "other".into();
    let kept = merge(
        &theirs,
        &changed,
        &MergeChoices::all(MergePolicy::TakeTheirs),
    );
    assert_eq!(kept.workshops[0].title, "Rating");
}
