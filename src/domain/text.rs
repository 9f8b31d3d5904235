//! Bilingual static text: the two UI languages and a pair of strings.
//!
//! Every label the domain owns (enumeration labels, catalogue entries, rating
//! anchors, error messages) exists in Japanese and English. A [`Text`] holds
//! both, so a missing translation is a compile error, not a runtime gap.

use serde::{Deserialize, Serialize};

/// A user-interface language. Japanese is the product's first language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// BCP 47 code, used for `<html lang>` and for remembering the choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Parses a stored code or a browser language tag (`en-GB` → English).
    /// Anything that is not clearly English or Japanese gives `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A static string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(ja: &'static str, en: &'static str) -> Self {
        Text { ja, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_languages() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ja"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("JA-jp"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn text_picks_the_language() {
        let t = Text::new("守り", "Mamori");
        assert_eq!(t.get(Lang::Ja), "守り");
        assert_eq!(t.get(Lang::En), "Mamori");
    }
}
