//! Times one Argon2id key derivation with the default sealing parameters
//! (docs/security.md): `cargo run --profile bench --example seal_timing`.

use std::time::Instant;

use mamori::domain::storage::seal::kdf;

fn main() {
    for _ in 0..3 {
        let start = Instant::now();
        let ok = kdf::derive(b"a passphrase to time", &[7; 16], kdf::DEFAULT).is_ok();
        println!(
            "Argon2id m={} KiB t={} p={}: {:.3} s ({ok})",
            kdf::DEFAULT.m_kib,
            kdf::DEFAULT.t,
            kdf::DEFAULT.p,
            start.elapsed().as_secs_f64()
        );
    }
}
