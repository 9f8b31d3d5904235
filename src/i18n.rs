//! Every user-interface string, in Japanese and English.
//!
//! Why not scattered literals: each message is declared once with both
//! languages, so a missing translation does not compile and a blank one fails
//! `every_message_exists_in_both_languages`. Why not a JSON-driven i18n crate:
//! this keeps lookups as plain constants (no runtime parsing, no extra wasm),
//! and the domain's own labels use the same [`Text`] type.
//!
//! Messages with arguments are functions in [`fmt`] that take the language.

use crate::domain::text::{Lang, Text};

macro_rules! messages {
    ($( $(#[$meta:meta])* $name:ident = $ja:literal, $en:literal; )+) => {
        $( $(#[$meta])* pub const $name: Text = Text::new($ja, $en); )+
        /// Every message with its key, for the completeness test.
        pub const ALL: &[(&str, Text)] = &[ $( (stringify!($name), $name), )+ ];
    };
}

messages! {
    APP_NAME = "守り", "Mamori";
    APP_TAGLINE = "技術流出リスク評価ワークブック", "Technology-leakage risk workbook";
    LANGUAGE = "表示言語", "Language";
    LANG_JA = "日本語", "日本語 (Japanese)";
    LANG_EN = "English (英語)", "English";
    NOTES = "メモ", "Notes";
    NOTES_HINT = "入力内容はこのブラウザ内にだけ保存されます。", "What you type is saved in this browser only.";
    PRIVACY_SHORT = "データはこの端末から外に出ません。", "Nothing leaves this device.";
}

/// Looks a message up in the given language.
pub fn t(lang: Lang, text: Text) -> &'static str {
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        let mut keys = std::collections::HashSet::new();
        for (key, text) in ALL {
            assert!(keys.insert(*key), "duplicate key {key}");
            assert!(!text.ja.trim().is_empty(), "{key} has no Japanese text");
            assert!(!text.en.trim().is_empty(), "{key} has no English text");
        }
    }

    #[test]
    fn lookup_follows_the_language() {
        assert_eq!(t(Lang::Ja, APP_NAME), "守り");
        assert_eq!(t(Lang::En, APP_NAME), "Mamori");
    }
}
