//! Sealing: round trips, wrong passphrases, damage, re-wrap, recovery.
//! Sealed with [`kdf::MIN`] so each Argon2 run takes microseconds.

use proptest::prelude::*;

use super::*;

/// A deterministic stand-in for `crypto.getRandomValues` (splitmix64).
pub(crate) struct Seeded(pub u64);

impl Entropy for Seeded {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), SealError> {
        for b in buf {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            *b = (z ^ (z >> 31)) as u8;
        }
        Ok(())
    }
}

struct NoEntropy;

impl Entropy for NoEntropy {
    fn fill(&mut self, _: &mut [u8]) -> Result<(), SealError> {
        Err(SealError::NoRandomness)
    }
}

const FAST: KdfParams = kdf::MIN;
const PASS: &str = "correct horse battery staple";

fn sealed(plaintext: &[u8]) -> Vec<u8> {
    seal(plaintext, PASS, FAST, &mut Seeded(1)).expect("seal")
}

#[test]
fn round_trip_and_wrong_passphrase() {
    let env = sealed(b"GaN power devices");
    let (plain, _) = open(&env, Secret::Passphrase(PASS)).expect("open");
    assert_eq!(plain.as_slice(), b"GaN power devices");
    assert_eq!(
        open(&env, Secret::Passphrase("correct horse battery stapl")).err(),
        Some(SealError::WrongPassphrase)
    );
    assert_eq!(
        open(&env, Secret::Passphrase("")).err(),
        Some(SealError::WrongPassphrase)
    );
    // No recovery slot: a well-formed code is simply wrong.
    let code = "0000-0000-0000-0000-0000-0000-0000-0000";
    assert_eq!(
        open(&env, Secret::RecoveryCode(code)).err(),
        Some(SealError::WrongPassphrase)
    );
}

#[test]
fn truncated_or_garbage_is_malformed_not_a_wrong_passphrase() {
    let env = sealed(b"contents");
    for n in 0..env.len() {
        let err = open(&env[..n], Secret::Passphrase(PASS)).expect_err("cut");
        assert!(
            matches!(err, SealError::Malformed(_)),
            "cut at {n}: {err:?}"
        );
    }
    for garbage in [&b""[..], b"{\"format\":\"mamori.workbook\"}", &[0xFF; 400]] {
        assert_eq!(
            open(garbage, Secret::Passphrase(PASS)).err(),
            Some(SealError::Malformed(Malformed::Magic))
                .filter(|_| !garbage.is_empty())
                .or(Some(SealError::Malformed(Malformed::TooShort)))
        );
    }
    let mut newer = env.clone();
    newer[8] = 2;
    assert_eq!(
        open(&newer, Secret::Passphrase(PASS)).err(),
        Some(SealError::UnsupportedVersion(2))
    );
}

#[test]
fn flipping_any_byte_fails() {
    let env = sealed(b"GaN");
    for i in 0..env.len() {
        for bit in [0x01u8, 0x80] {
            let mut bad = env.clone();
            bad[i] ^= bit;
            let result = open(&bad, Secret::Passphrase(PASS));
            assert!(result.is_err(), "byte {i} ^ {bit:#x} still opened");
        }
    }
}

#[test]
fn flipping_any_byte_of_a_two_slot_envelope_fails() {
    // The recovery slot is not used to open with the passphrase, yet
    // altering it must fail too: the header tag covers every slot.
    let mut rng = Seeded(5);
    let key = SealKey::new(PASS, FAST, &mut rng).expect("key");
    let (key, code) = key.with_recovery_code(FAST, &mut rng).expect("code");
    let env = key.seal(b"x", &mut rng).expect("seal");
    for i in 0..env.len() {
        let mut bad = env.clone();
        bad[i] ^= 0x10;
        assert!(open(&bad, Secret::Passphrase(PASS)).is_err(), "byte {i}");
        assert!(open(&bad, Secret::RecoveryCode(&code)).is_err(), "byte {i}");
    }
}

#[test]
fn two_seals_of_the_same_contents_differ() {
    let mut rng = Seeded(9);
    let a = seal(b"same", PASS, FAST, &mut rng).expect("a");
    let b = seal(b"same", PASS, FAST, &mut rng).expect("b");
    assert_ne!(a, b);
    let key = SealKey::new(PASS, FAST, &mut rng).expect("key");
    let c = key.seal(b"same", &mut rng).expect("c");
    let d = key.seal(b"same", &mut rng).expect("d");
    assert_ne!(c, d, "a fresh body nonce per save");
    let (c, d) = (
        Envelope::parse(&c).expect("c"),
        Envelope::parse(&d).expect("d"),
    );
    assert_ne!(c.body, d.body);
    assert_ne!(c.body_nonce, d.body_nonce);
}

#[test]
fn rewrap_keeps_the_data_key_and_the_body() {
    let env = sealed(b"know-how map");
    let new = "a much longer new passphrase";
    let re = rewrap(&env, Secret::Passphrase(PASS), new, FAST, &mut Seeded(2)).expect("rewrap");
    assert_eq!(
        open(&re, Secret::Passphrase(PASS)).err(),
        Some(SealError::WrongPassphrase)
    );
    let (plain, new_key) = open(&re, Secret::Passphrase(new)).expect("new opens");
    assert_eq!(plain.as_slice(), b"know-how map");
    let (_, old_key) = open(&env, Secret::Passphrase(PASS)).expect("old copy");
    assert!(new_key.same_data_key(&old_key));
    let (a, b) = (
        Envelope::parse(&env).expect("a"),
        Envelope::parse(&re).expect("b"),
    );
    assert_eq!(a.body, b.body, "ciphertext body unchanged");
    assert_eq!(a.body_nonce, b.body_nonce);
    assert_ne!(a.slots, b.slots);
    assert!(env.ends_with(&a.body) && re.ends_with(&a.body));
    assert_eq!(
        rewrap(&env, Secret::Passphrase("nope"), new, FAST, &mut Seeded(3)).err(),
        Some(SealError::WrongPassphrase)
    );
}

#[test]
fn recovery_code_is_a_second_slot_kept_across_a_passphrase_change() {
    let mut rng = Seeded(4);
    let key = SealKey::new(PASS, FAST, &mut rng).expect("key");
    assert!(!key.has_recovery_code());
    let (key, code) = key.with_recovery_code(FAST, &mut rng).expect("code");
    assert!(key.has_recovery_code());
    let key = key
        .with_passphrase("second passphrase", FAST, &mut rng)
        .expect("change");
    let env = key.seal(b"data", &mut rng).expect("seal");
    assert_eq!(Envelope::parse(&env).expect("parse").slots.len(), 2);
    let typed = code.to_lowercase().replace('-', " ");
    let (plain, k2) = open(&env, Secret::RecoveryCode(&typed)).expect("code opens");
    assert_eq!(plain.as_slice(), b"data");
    assert!(k2.same_data_key(&key));
    assert!(open(&env, Secret::Passphrase("second passphrase")).is_ok());
    assert_eq!(
        open(&env, Secret::Passphrase(PASS)).err(),
        Some(SealError::WrongPassphrase)
    );
    assert_eq!(
        open(&env, Secret::RecoveryCode("not a code")).err(),
        Some(SealError::NotARecoveryCode)
    );
}

#[test]
fn hostile_parameters_are_refused_before_running() {
    let env = sealed(b"x");
    // m_kib of the first slot: bytes 12..16.
    let mut bad = env.clone();
    bad[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        open(&bad, Secret::Passphrase(PASS)).err(),
        Some(SealError::Malformed(Malformed::Params))
    );
    let mut bad = env;
    bad[16..20].copy_from_slice(&1_000_000u32.to_le_bytes());
    assert_eq!(
        Envelope::parse(&bad).err(),
        Some(SealError::Malformed(Malformed::Params))
    );
}

#[test]
fn no_randomness_seals_nothing() {
    assert_eq!(
        seal(b"x", PASS, FAST, &mut NoEntropy).err(),
        Some(SealError::NoRandomness)
    );
}

#[test]
fn text_form_round_trips_and_refuses_damage() {
    let env = sealed(b"text");
    let t = to_text(&env);
    assert!(is_sealed(&t));
    assert_eq!(from_text(&t), Ok(env.clone()));
    assert!(t
        .chars()
        .skip(SEALED_PREFIX.len())
        .all(|c| c != '"' && c != '\\' && !c.is_control()));
    let cut: String = t.chars().take(t.chars().count() - 1).collect();
    assert_eq!(from_text(&cut), Err(Malformed::Text.into()));
    assert_eq!(from_text("mamori.sealed:"), Err(Malformed::Text.into()));
    assert_eq!(
        from_text("mamori.sealed:99999999999:"),
        Err(Malformed::Text.into())
    );
    assert_eq!(from_text("mamori.sealed:2:ab"), Err(Malformed::Text.into()));
    assert_eq!(from_text("{}"), Err(Malformed::Text.into()));
}

#[test]
fn every_error_speaks_both_languages() {
    use crate::domain::text::Lang;
    let mut errors = vec![
        SealError::WrongPassphrase,
        SealError::NotARecoveryCode,
        SealError::UnsupportedVersion(2),
        SealError::NoRandomness,
    ];
    for m in [
        Malformed::Text,
        Malformed::TooShort,
        Malformed::Magic,
        Malformed::SlotCount,
        Malformed::SlotKind,
        Malformed::Params,
        Malformed::Header,
        Malformed::Body,
        Malformed::Contents,
    ] {
        errors.push(m.into());
    }
    for e in errors {
        let (ja, en) = (e.message(Lang::Ja), e.message(Lang::En));
        assert!(!ja.is_empty() && !en.is_empty() && ja != en, "{e:?}");
    }
    for p in [PassphraseProblem::TooShort, PassphraseProblem::Mismatch] {
        assert_ne!(p.message(Lang::Ja), p.message(Lang::En));
    }
    assert_eq!(
        check_new_passphrase("short", "short"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        check_new_passphrase(PASS, "other"),
        Err(PassphraseProblem::Mismatch)
    );
    assert_eq!(check_new_passphrase(PASS, PASS), Ok(()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_contents_round_trip(contents in proptest::collection::vec(any::<u8>(), 0..2000), seed in any::<u64>()) {
        let env = seal(&contents, PASS, FAST, &mut Seeded(seed)).expect("seal");
        let back = from_text(&to_text(&env)).expect("text");
        let (plain, _) = open(&back, Secret::Passphrase(PASS)).expect("open");
        prop_assert_eq!(plain.as_slice(), &contents[..]);
    }

    #[test]
    fn parsing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = Envelope::parse(&bytes);
        let mut with_magic = format::MAGIC.to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = Envelope::parse(&with_magic);
    }
}
