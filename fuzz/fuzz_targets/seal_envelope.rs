//! The sealed-envelope parser (encryption at rest, issue 16) on arbitrary
//! bytes. The first byte picks the mode:
//!
//! * 0–84: the rest as envelope bytes → `Envelope::parse`; when it parses
//!   and every slot's Argon2 parameters are small (so an input stays fast),
//!   `open` with a fixed passphrase and a recovery code;
//! * 85–169: the rest as text (lossy UTF-8) → `from_text` → `parse` (as
//!   above), and `storage::restore`, which must refuse any sealed text as
//!   `RestoreError::Sealed` without reading it;
//! * 170–255: the rest XORed into a valid two-slot envelope (sealed with the
//!   smallest parameters): it must open exactly when nothing changed — any
//!   altered byte of header or body fails (the authentication property).
//!
//! Always: no panic; every refusal has a message in both languages.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::domain::storage::seal::{self, kdf, Entropy, Envelope, SealError, SealKey, Secret};
use mamori::domain::text::Lang;

const PASS: &str = "fuzz passphrase";
const CODE: &str = "0000-0000-0000-0000-0000-0000-0000-0000";

struct Counter(u8);

impl Entropy for Counter {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), SealError> {
        for b in buf {
            self.0 = self.0.wrapping_mul(31).wrapping_add(7);
            *b = self.0;
        }
        Ok(())
    }
}

fn bilingual(e: &SealError) {
    assert!(!e.message(Lang::Ja).is_empty(), "{e:?}");
    assert!(!e.message(Lang::En).is_empty(), "{e:?}");
}

fn try_open(bytes: &[u8]) {
    match Envelope::parse(bytes) {
        Err(e) => bilingual(&e),
        Ok(env) => {
            let cheap = env
                .slots
                .iter()
                .all(|s| s.params.m_kib <= 64 && s.params.t <= 2);
            if cheap {
                for secret in [Secret::Passphrase(PASS), Secret::RecoveryCode(CODE)] {
                    if let Err(e) = seal::open(bytes, secret) {
                        bilingual(&e);
                    }
                }
            }
        }
    }
}

fn valid() -> Vec<u8> {
    let mut rng = Counter(1);
    let key = SealKey::new(PASS, kdf::MIN, &mut rng).expect("key");
    let (key, _) = key.with_recovery_code(kdf::MIN, &mut rng).expect("code");
    key.seal(b"GaN power devices", &mut rng).expect("seal")
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode {
        0..=84 => try_open(rest),
        85..=169 => {
            let text = String::from_utf8_lossy(rest);
            if seal::is_sealed(&text) {
                assert!(matches!(
                    mamori::domain::storage::restore(&text),
                    Err(mamori::domain::storage::RestoreError::Sealed(_))
                ));
            }
            match seal::from_text(&text) {
                Ok(bytes) => try_open(&bytes),
                Err(e) => bilingual(&e),
            }
        }
        _ => {
            let mut env = valid();
            let mut changed = false;
            for (b, x) in env.iter_mut().zip(rest) {
                *b ^= x;
                changed |= *x != 0;
            }
            match seal::open(&env, Secret::Passphrase(PASS)) {
                Ok((plain, _)) => {
                    assert!(!changed, "an altered envelope opened");
                    assert_eq!(plain.as_slice(), b"GaN power devices");
                }
                Err(e) => {
                    assert!(changed, "the intact envelope failed: {e:?}");
                    bilingual(&e);
                }
            }
        }
    }
});
