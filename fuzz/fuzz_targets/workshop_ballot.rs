//! The workshop's ballot and session file parsers (issue 15) on arbitrary
//! text. The first byte picks the mode:
//!
//! * 0–127: the rest as a ballot → `parse_ballot`; when it parses, it is
//!   imported twice into a session it names (same id, its participant, its
//!   items): the second import must change nothing. Written back with
//!   `ballot_file`, it must parse to the same ballot.
//! * 128–255: the rest as a session file → `parse_session_file`.
//!
//! Always: no panic; every refusal has a message in both languages.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::domain::text::Lang;
use mamori::domain::workshop::{
    ballot_file, import_ballot, parse_ballot, parse_session_file, AgreementRule, BallotError,
    BallotImport, RatingSession,
};

fn bilingual(e: &BallotError) {
    assert!(!e.message(Lang::Ja).is_empty(), "{e:?}");
    assert!(!e.message(Lang::En).is_empty(), "{e:?}");
}

fn ballot(text: &str) {
    let (b, values) = match parse_ballot(text) {
        Ok(x) => x,
        Err(e) => return bilingual(&e),
    };
    // Written back, the same ballot.
    match parse_ballot(&ballot_file(&b)) {
        Ok((again, v)) => assert!(again == b && v == values, "ballot did not round-trip"),
        Err(e) => panic!("a written ballot does not parse: {e:?}"),
    }
    if values.is_empty() {
        // No item, nothing to record: a session needs at least one.
        return;
    }
    let now = time::OffsetDateTime::UNIX_EPOCH;
    let mut s = RatingSession::new(b.session_id, "s", "", AgreementRule::default(), now);
    if s.add_participant(b.participant, "p", "").is_err() {
        return;
    }
    for (key, _, _) in &values {
        if s.add_item(*key).is_err() {
            return;
        }
    }
    // Pass numbers other than 1 are refused (this session is in pass 1).
    match import_ballot(&mut s, &b, &values) {
        Ok(first) => {
            assert_eq!(first, BallotImport::Recorded);
            let once = s.clone();
            assert_eq!(import_ballot(&mut s, &b, &values), Ok(BallotImport::Unchanged));
            assert!(s == once, "the same ballot twice changed the session");
        }
        Err(e) => bilingual(&e),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if mode < 128 {
        ballot(&text);
    } else if let Err(e) = parse_session_file(&text) {
        bilingual(&e);
    }
});
