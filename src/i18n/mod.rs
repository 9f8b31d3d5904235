//! Every user-interface string, in Japanese and English, one file per screen.
//!
//! Why not scattered literals: each message is declared once with both
//! languages, so a missing translation does not compile and a blank one fails
//! `every_message_exists_in_both_languages`. Why not a JSON-driven i18n crate:
//! lookups stay plain constants (no runtime parsing, no extra wasm) and share
//! the domain's [`Text`] type, which already labels every enumeration.
//! Messages with arguments are functions taking the language.

use crate::domain::text::{Lang, Text};

/// Declares message constants and an `ALL` table for the completeness test.
macro_rules! messages {
    ($( $(#[$meta:meta])* $name:ident = $ja:literal, $en:literal; )+) => {
        $( $(#[$meta])* pub const $name: crate::domain::text::Text =
            crate::domain::text::Text::new($ja, $en); )+
        /// Every message of this module with its key.
        pub const ALL: &[(&str, crate::domain::text::Text)] = &[ $( (stringify!($name), $name), )+ ];
    };
}

pub mod charts;
pub mod common;
pub mod countermeasures;
pub mod exchange;
pub mod exercises;
pub mod inventory;
pub mod overview;
pub mod paging;
pub mod report;
pub mod safety;
pub mod scenarios;
pub mod settings;
pub mod threats;
pub mod workbooks;

/// Every message table, for the completeness test.
pub const TABLES: &[(&str, &[(&str, Text)])] = &[
    ("charts", charts::ALL),
    ("common", common::ALL),
    ("countermeasures", countermeasures::ALL),
    ("exchange", exchange::ALL),
    ("exercises", exercises::ALL),
    ("inventory", inventory::ALL),
    ("overview", overview::ALL),
    ("paging", paging::ALL),
    ("report", report::ALL),
    ("safety", safety::ALL),
    ("scenarios", scenarios::ALL),
    ("settings", settings::ALL),
    ("threats", threats::ALL),
    ("workbooks", workbooks::ALL),
];

/// Looks a message up in the given language.
pub fn t(lang: Lang, text: Text) -> &'static str {
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for (table, entries) in TABLES {
            let mut keys = std::collections::HashSet::new();
            for (key, text) in *entries {
                assert!(keys.insert(*key), "{table}: duplicate key {key}");
                assert!(
                    !text.ja.trim().is_empty(),
                    "{table}::{key} has no Japanese text"
                );
                assert!(
                    !text.en.trim().is_empty(),
                    "{table}::{key} has no English text"
                );
            }
        }
    }

    #[test]
    fn lookup_follows_the_language() {
        assert_eq!(t(Lang::Ja, common::APP_NAME), "守り");
        assert_eq!(t(Lang::En, common::APP_NAME), "Mamori");
    }
}
