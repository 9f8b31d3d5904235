//! Encryption at rest through the public API (issue 16): the frozen sealed
//! fixture, sealed workbooks, and what must never be readable.
//!
//! `tests/fixtures/sealed/v1/` is frozen like the storage fixtures: it was
//! written once by `write_the_frozen_fixture` (ignored) and must open
//! forever. It seals `tests/fixtures/storage/v1/sample_ja.json` under
//! [`FIXTURE_PASSPHRASE`] with a recovery-code slot ([`FIXTURE_CODE`]) and
//! small Argon2 parameters (1 MiB, t=1, p=1) so the debug test stays fast;
//! the parameter checks are the same for every size.

use std::path::{Path, PathBuf};

use mamori::domain::storage::seal::{
    self, kdf, Entropy, Envelope, KdfParams, SealError, SealKey, Secret,
};
use mamori::domain::storage::sealed::{
    check_sealed, open_sealed, open_sealed_with_key, rewrap_sealed, to_sealed, OpenError,
};
use mamori::domain::storage::{restore, RestoreError};

const FIXTURE_PASSPHRASE: &str = "守りの合言葉 mamori fixture 2026";
const FIXTURE_CODE: &str = "ZYWQ-CFA1-EAKM-KM99-P1BZ-S7C0-PT19-743J";
const FIXTURE_PARAMS: KdfParams = KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
};

/// splitmix64: deterministic bytes for tests (the app uses the browser's).
struct Seeded(u64);

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

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn sample_json() -> String {
    std::fs::read_to_string(root().join("storage/v1/sample_ja.json")).expect("v1 sample")
}

fn fixture_path() -> PathBuf {
    root().join("sealed/v1/sample_ja.sealed.txt")
}

/// Wrote the frozen fixture once; never run it again (fixtures are never
/// regenerated: `cargo test --test sealed -- --ignored` would overwrite it).
#[test]
#[ignore]
fn write_the_frozen_fixture() {
    let wb = restore(&sample_json()).expect("sample");
    let mut rng = Seeded(20_261_205);
    let key = SealKey::new(FIXTURE_PASSPHRASE, FIXTURE_PARAMS, &mut rng).expect("key");
    let (key, code) = key
        .with_recovery_code(FIXTURE_PARAMS, &mut rng)
        .expect("code");
    println!("recovery code: {code}");
    let text = to_sealed(&wb, &key, &mut rng).expect("seal");
    std::fs::create_dir_all(fixture_path().parent().expect("dir")).expect("mkdir");
    std::fs::write(fixture_path(), text).expect("write");
}

#[test]
fn the_frozen_fixture_opens_with_its_passphrase_and_its_recovery_code() {
    let text = std::fs::read_to_string(fixture_path()).expect("fixture");
    let expected = restore(&sample_json()).expect("sample");
    assert!(check_sealed(&text).is_ok());
    assert_eq!(restore(&text), Err(RestoreError::Sealed(None)));
    let (wb, key) = open_sealed(&text, Secret::Passphrase(FIXTURE_PASSPHRASE)).expect("opens");
    assert_eq!(wb, expected);
    assert!(key.has_recovery_code());
    let (wb, _) = open_sealed(&text, Secret::RecoveryCode(FIXTURE_CODE)).expect("code opens");
    assert_eq!(wb, expected);
    let wrong = open_sealed(&text, Secret::Passphrase("守りの合言葉")).expect_err("wrong");
    assert_eq!(wrong, OpenError::Seal(SealError::WrongPassphrase));
    assert!(wrong.is_wrong_secret());
}

fn sealed_sample(seed: u64) -> (String, SealKey) {
    let wb = restore(&sample_json()).expect("sample");
    let mut rng = Seeded(seed);
    let key = SealKey::new(FIXTURE_PASSPHRASE, kdf::MIN, &mut rng).expect("key");
    (to_sealed(&wb, &key, &mut rng).expect("seal"), key)
}

#[test]
fn a_sealed_workbook_names_nothing_and_round_trips() {
    let json = sample_json();
    let wb = restore(&json).expect("sample");
    let (text, key) = sealed_sample(1);
    for t in &wb.technologies {
        assert!(!text.contains(&t.name), "{} readable", t.name);
    }
    for needle in ["GaN", "mamori.workbook", &wb.name, &wb.organisation] {
        assert!(!text.contains(needle), "{needle} readable");
    }
    let (again, _) = open_sealed_with_key(&text, &key).expect("with key");
    assert_eq!(again, wb);
    let (second, _) = sealed_sample(2);
    assert_ne!(text, second, "two seals of one workbook differ");
}

#[test]
fn a_damaged_sealed_value_is_malformed_not_a_wrong_passphrase() {
    let (text, _) = sealed_sample(3);
    let chars: Vec<char> = text.chars().collect();
    for cut in [
        chars.len() - 1,
        chars.len() / 2,
        seal::SEALED_PREFIX.len() + 2,
    ] {
        let cut: String = chars[..cut].iter().collect();
        assert!(matches!(
            restore(&cut),
            Err(RestoreError::Sealed(Some(SealError::Malformed(_))))
        ));
        let e = open_sealed(&cut, Secret::Passphrase(FIXTURE_PASSPHRASE)).expect_err("cut");
        assert!(!e.is_wrong_secret(), "{e:?}");
    }
    // The last character holds the body's tag: changing it fails the body.
    let mut last = chars.clone();
    let n = last.len() - 2;
    last[n] = char::from_u32(u32::from(last[n]) ^ 1).expect("in range");
    let altered: String = last.into_iter().collect();
    assert_eq!(
        open_sealed(&altered, Secret::Passphrase(FIXTURE_PASSPHRASE)).err(),
        Some(OpenError::Seal(SealError::Malformed(seal::Malformed::Body)))
    );
}

#[test]
fn a_changed_passphrase_keeps_the_body_and_the_key_follows_other_tabs() {
    let (text, key) = sealed_sample(4);
    let new = "a brand new passphrase";
    let re = rewrap_sealed(
        &text,
        Secret::Passphrase(FIXTURE_PASSPHRASE),
        new,
        kdf::MIN,
        &mut Seeded(5),
    )
    .expect("rewrap");
    let body = |t: &str| {
        Envelope::parse(&seal::from_text(t).expect("text"))
            .expect("env")
            .body
    };
    assert_eq!(body(&text), body(&re));
    assert!(open_sealed(&re, Secret::Passphrase(FIXTURE_PASSPHRASE)).is_err());
    assert!(open_sealed(&re, Secret::Passphrase(new)).is_ok());
    // A tab holding the old key reads the re-wrapped value and adopts its
    // slots, so its next save keeps the new passphrase.
    let (wb, adopted) = open_sealed_with_key(&re, &key).expect("same data key");
    let saved = to_sealed(&wb, &adopted, &mut Seeded(6)).expect("save");
    assert!(open_sealed(&saved, Secret::Passphrase(new)).is_ok());
    assert!(open_sealed(&saved, Secret::Passphrase(FIXTURE_PASSPHRASE)).is_err());
}
