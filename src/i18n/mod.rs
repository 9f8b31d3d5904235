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

/// An English count with its noun in the right number: "1 technology",
/// "2 technologies", "0 technologies". (Japanese counts take no plural.)
pub fn en_count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub mod charts;
pub mod common;
pub mod countermeasures;
pub mod exchange;
pub mod exercises;
pub mod inventory;
pub mod overview;
pub mod paging;
pub mod people;
pub mod regulatory;
pub mod report;
pub mod safety;
pub mod scenarios;
pub mod seal;
pub mod settings;
pub mod threats;
pub mod workbooks;
pub mod workshop;

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
    ("people", people::ALL),
    ("regulatory", regulatory::ALL),
    ("report", report::ALL),
    ("safety", safety::ALL),
    ("scenarios", scenarios::ALL),
    ("seal", seal::ALL),
    ("settings", settings::ALL),
    ("threats", threats::ALL),
    ("workbooks", workbooks::ALL),
    ("workshop", workshop::ALL),
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

    /// Regression (issue 17): English text showed a full-width colon and
    /// "1 technologies in scope".
    #[test]
    fn english_text_has_no_japanese_punctuation() {
        for (table, entries) in TABLES {
            for (key, text) in *entries {
                for mark in ['：', '。', '、', '（', '）'] {
                    assert!(
                        !text.en.contains(mark),
                        "{table}::{key}: English text has '{mark}': {}",
                        text.en
                    );
                }
            }
        }
    }

    #[test]
    fn english_counts_agree_in_number() {
        assert_eq!(en_count(1, "technology", "technologies"), "1 technology");
        assert_eq!(en_count(0, "technology", "technologies"), "0 technologies");
        assert_eq!(
            scenarios::techs_in_scope(Lang::En, 1),
            "1 technology in scope"
        );
        assert_eq!(
            scenarios::techs_in_scope(Lang::En, 2),
            "2 technologies in scope"
        );
        assert_eq!(
            scenarios::showing(Lang::En, 1, 1),
            "Showing 1 of 1 scenario"
        );
        assert_eq!(
            charts::kind_value(Lang::En, 1, 1),
            "1 chokepoint / 1 element"
        );
        assert_eq!(safety::ago(Lang::En, 60_000.0), "1 minute ago");
        assert_eq!(safety::ago(Lang::En, 180_000.0), "3 minutes ago");
    }

    #[test]
    fn lookup_follows_the_language() {
        assert_eq!(t(Lang::Ja, common::APP_NAME), "守り");
        assert_eq!(t(Lang::En, common::APP_NAME), "Mamori");
    }
}
