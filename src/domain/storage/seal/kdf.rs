//! Argon2id over a passphrase: the parameters, their limits, and the
//! derivation of a 256-bit key-encryption key.
//!
//! Parameters travel in the envelope header, so anyone who can write to local
//! storage can choose them. [`KdfParams::checked`] refuses values outside
//! [`MIN`]/[`MAX`] *before* anything is allocated or run: a hostile header
//! cannot make the app allocate gigabytes (which aborts a wasm build) or spin
//! for minutes.

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::error::Malformed;

/// Argon2id cost parameters as stored: memory in KiB, passes, lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KdfParams {
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
}

/// What new envelopes use: RFC 9106's second recommended option (§4),
/// 64 MiB, 3 passes, 4 lanes. Measured: 0.11 s natively (release) and about
/// 0.4 s in wasm on the project's 2-core machine (docs/security.md): about
/// 0.5–1 s on a modest laptop. Above OWASP's minimum (19 MiB, t=2, p=1).
/// Lanes run one after another in wasm (no threads), so p=4 costs the same
/// time as p=1 here; it keeps the RFC's parameters exactly.
pub const DEFAULT: KdfParams = KdfParams {
    m_kib: 64 * 1024,
    t: 3,
    p: 4,
};

/// The smallest parameters accepted: Argon2's own floor (8 KiB per lane, one
/// pass). Tests seal with these to stay fast; the shell always uses
/// [`DEFAULT`].
pub const MIN: KdfParams = KdfParams {
    m_kib: 8,
    t: 1,
    p: 1,
};

/// The largest parameters accepted when opening: four times the default
/// memory (256 MiB, still safe to allocate in a 32-bit wasm memory), at most
/// 10 passes and 8 lanes, and memory × passes at most four times the
/// default's, so no accepted header costs more than about four unlocks.
pub const MAX: KdfParams = KdfParams {
    m_kib: 256 * 1024,
    t: 10,
    p: 8,
};

/// `m_kib × t` may not exceed this (four default unlocks).
pub const MAX_WORK: u64 = 4 * (DEFAULT.m_kib as u64) * (DEFAULT.t as u64);

/// Key-encryption keys and data keys are 256 bits.
pub const KEY_LEN: usize = 32;

impl KdfParams {
    /// The parameters if they are within the limits, else `Malformed::Params`.
    pub fn checked(self) -> Result<Self, Malformed> {
        let within = |v: u32, lo: u32, hi: u32| (lo..=hi).contains(&v);
        let ok = within(self.m_kib, MIN.m_kib, MAX.m_kib)
            && within(self.t, MIN.t, MAX.t)
            && within(self.p, MIN.p, MAX.p)
            && u64::from(self.m_kib) >= 8 * u64::from(self.p)
            && u64::from(self.m_kib) * u64::from(self.t) <= MAX_WORK;
        if ok {
            Ok(self)
        } else {
            Err(Malformed::Params)
        }
    }
}

/// The key-encryption key for a secret, salt and parameters (checked first).
pub fn derive(
    secret: &[u8],
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>, Malformed> {
    let params = params.checked()?;
    let params = Params::new(params.m_kib, params.t, params.p, Some(KEY_LEN))
        .map_err(|_| Malformed::Params)?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|_| Malformed::Params)?;
    Ok(out)
}

/// RFC 9106 §5.3, the published Argon2id test vector: password 32 × 0x01,
/// salt 16 × 0x02, secret 8 × 0x03, associated data 12 × 0x04, m = 32 KiB,
/// t = 3, p = 4, 32-byte tag.
pub const RFC9106_ARGON2ID_TAG: [u8; 32] = [
    0x0d, 0x64, 0x0d, 0xf5, 0x8d, 0x78, 0x76, 0x6c, 0x08, 0xc0, 0x37, 0xa3, 0x4a, 0x8b, 0x53, 0xc9,
    0xd0, 0x1e, 0xf0, 0x45, 0x2d, 0x75, 0xb6, 0x5e, 0xb5, 0x25, 0x20, 0xe9, 0x6b, 0x01, 0xe6, 0x59,
];

/// Runs the RFC 9106 vector with the Argon2 code this build carries. The
/// shell runs it at start (about a millisecond) and offers encryption only
/// when it passes, so the wasm build checks the vector in every browser.
pub fn self_test() -> bool {
    let Ok(data) = argon2::AssociatedData::new(&[4u8; 12]) else {
        return false;
    };
    let Ok(params) = argon2::ParamsBuilder::new()
        .m_cost(32)
        .t_cost(3)
        .p_cost(4)
        .data(data)
        .output_len(32)
        .build()
    else {
        return false;
    };
    let Ok(argon) = Argon2::new_with_secret(&[3u8; 8], Algorithm::Argon2id, Version::V0x13, params)
    else {
        return false;
    };
    let mut out = [0u8; 32];
    argon
        .hash_password_into(&[1u8; 32], &[2u8; 16], &mut out)
        .is_ok()
        && out == RFC9106_ARGON2ID_TAG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_9106_argon2id_vector() {
        assert!(self_test());
    }

    #[test]
    fn limits_are_checked_before_running() {
        assert_eq!(DEFAULT.checked(), Ok(DEFAULT));
        assert_eq!(MIN.checked(), Ok(MIN));
        for bad in [
            KdfParams {
                m_kib: u32::MAX,
                ..DEFAULT
            },
            KdfParams {
                m_kib: MAX.m_kib + 1,
                t: 1,
                p: 1,
            },
            KdfParams {
                m_kib: 7,
                t: 1,
                p: 1,
            },
            KdfParams { t: 0, ..DEFAULT },
            KdfParams {
                t: u32::MAX,
                ..DEFAULT
            },
            KdfParams { p: 0, ..DEFAULT },
            KdfParams { p: 9, ..DEFAULT },
            KdfParams {
                m_kib: 8,
                t: 1,
                p: 2,
            },
            KdfParams {
                m_kib: MAX.m_kib,
                t: 4,
                p: 1,
            },
        ] {
            assert_eq!(bad.checked(), Err(Malformed::Params), "{bad:?}");
        }
    }

    #[test]
    fn huge_memory_is_refused_without_allocating() {
        // Would be 4 TiB: refused by the check, not by the allocator.
        let huge = KdfParams {
            m_kib: u32::MAX,
            t: 1,
            p: 1,
        };
        assert_eq!(derive(b"x", &[0; 16], huge).err(), Some(Malformed::Params));
    }
}
