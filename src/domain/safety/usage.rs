//! The storage budget: how much of the browser's local storage Mamori's keys
//! use, and when to warn.

use super::keys::APP_PREFIX;

/// The local-storage budget assumed per origin, in UTF-16 code units of keys
/// plus values: browsers allow about 5 Mi characters (Firefox counts exactly
/// this; Chromium allows 10 MiB of UTF-16 = 5 Mi characters).
pub const BUDGET_UNITS: u64 = 5 * 1024 * 1024;
/// Warn from this share of the budget.
pub const WARN_PERCENT: u64 = 80;

/// Space used by Mamori's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 code units of Mamori's keys and values.
    pub units: u64,
    pub budget: u64,
}

impl Usage {
    /// Adds up the `mamori.` entries of local storage.
    pub fn of(entries: &[(String, String)]) -> Usage {
        let units = entries
            .iter()
            .filter(|(k, _)| k.starts_with(APP_PREFIX))
            .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) as u64)
            .sum();
        Usage {
            units,
            budget: BUDGET_UNITS,
        }
    }
    /// Whole percent of the budget used (may exceed 100).
    pub fn percent(&self) -> u64 {
        (self.units * 100).checked_div(self.budget).unwrap_or(100)
    }
    /// Time to warn (at or above [`WARN_PERCENT`]).
    pub fn warn(&self) -> bool {
        self.percent() >= WARN_PERCENT
    }
    /// Approximate bytes (UTF-16 = 2 bytes per unit).
    pub fn bytes(&self) -> u64 {
        self.units * 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::safety::fixtures::entries;

    #[test]
    fn usage_counts_utf16_of_own_keys() {
        let u = Usage::of(&entries(&[("mamori.v1.x", "日本"), ("other", "zzzz")]));
        assert_eq!(u.units, 11 + 2);
        assert!(!u.warn());
        let big = "a".repeat((BUDGET_UNITS * 81 / 100) as usize);
        let u = Usage::of(&entries(&[("mamori.v1.x", &big)]));
        assert!(u.warn() && u.percent() == 81);
    }
}
