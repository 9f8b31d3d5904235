//! One CSV cell, both ways: how each value type is written and read back.
//!
//! This is where the spreadsheet-safety rule lives. A TEXT cell (names,
//! free text, lists) is written with one apostrophe `'` in front when a
//! spreadsheet opening the file would not keep it as the text it is:
//!
//! - its first character could start a formula — `=`, `+`, `-`, `@`, tab,
//!   carriage return, or their full-width forms `＝ ＋ － ＠` that Japanese
//!   input methods produce (a formula is evaluated: a security problem);
//! - the whole text looks like a value the spreadsheet converts — a number
//!   (`1E5`, `00123`, `1,234`, `１２３`), a date or time (`2025-06-01`,
//!   `1/2`, `1-Jun`, `2025年6月1日`, `12:30`), a percentage, a fraction, a
//!   currency amount or `TRUE`/`FALSE` (converted, it is saved back changed:
//!   `1.00E+05`, `123`, `01/02/26`);
//! - it itself starts with `'`.
//!
//! Reading strips exactly one leading `'` from a text cell when one is there.
//! Because every text starting with `'` was prefixed on the way out, the rule
//! is an exact inverse: `read(write(x)) == x` for any text, however generous
//! the "looks like a value" test is. Ids, codes, numbers and dates in their
//! own typed columns are never prefixed, so numbers stay numbers in Excel,
//! pandas and DuckDB.
//!
//! Not here: which column has which type (`schema`), CSV quoting (`csv_out`).

use std::borrow::Cow;

use time::{Date, Month, OffsetDateTime};

use crate::domain::rating::Rating;
use crate::domain::storage::dto::format_datetime;
use crate::domain::validate::{format_date, parse_date};

/// The character put in front of a text cell that a spreadsheet would evaluate.
pub const NEUTRAL_PREFIX: char = '\'';

/// Characters that make a spreadsheet evaluate a cell (plus the prefix itself,
/// so that the rule can be undone without ambiguity).
const TRIGGERS: [char; 11] = [
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '＝',
    '＋',
    '－',
    '＠',
    NEUTRAL_PREFIX,
];

/// The separator of list cells (storage locations, key persons, participants).
/// List items are single trimmed lines (a validation invariant), so no item
/// can contain it and no escaping is needed.
pub const LIST_SEPARATOR: char = '\n';

/// Writes a text cell, neutralised: prefixed when it starts like a formula
/// (or with the prefix itself) or when a spreadsheet would convert it.
pub fn text_out(text: &str) -> Cow<'_, str> {
    let formula = text.chars().next().is_some_and(|c| TRIGGERS.contains(&c));
    if formula || looks_like_a_value(text) {
        Cow::Owned(format!("{NEUTRAL_PREFIX}{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether Excel or LibreOffice Calc, opening a CSV, would take this text
/// for a number, date, time, percentage, fraction, currency amount or
/// boolean — and so write it back changed (`00123` → `123`, `1/2` →
/// `01/02/26`, `true` → `TRUE`) when the file is saved again.
///
/// Deliberately generous: a text made only of digits and the punctuation
/// of numbers and dates is counted whatever its exact shape, because which
/// shapes convert depends on the program and its locale (`1.2.3` is a date
/// in German Excel, `\100` is yen in Japanese Excel). A needless prefix
/// costs one visible apostrophe; a missed one changes the data. Ordinary
/// text with a letter or a kanji that is no month, era or date unit
/// (`Phase 2 plan`, `GaN結晶成長`, `3件中1件`) is left alone.
pub fn looks_like_a_value(text: &str) -> bool {
    let half: String = text.chars().map(half_width).collect();
    let s = half.trim();
    if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false") {
        return true;
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    numeric(s) || japanese_era_short(s) || s.split_whitespace().all(date_word)
}

/// Full-width ASCII (`１２３`, `／`, `％`, `＄`) and the full-width yen and
/// space as their half-width forms: spreadsheets in Japanese read both alike.
fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FFE5}' => '¥',
        '\u{FFE1}' => '£',
        _ => c,
    }
}

/// Only digits, spaces and the marks of numbers, dates, times, fractions,
/// percentages and currencies (`$ ¥ € £ ₩`, and `\` which Japanese Windows
/// shows as `¥`); `e`/`E` for exponents.
fn numeric(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || ",./:-+%()$¥€£₩\\eE".contains(c))
}

/// A Japanese era date in letters, as Japanese Excel reads it: `R7.6.1`,
/// `H31/4/30` (Meiji, Taishō, Shōwa, Heisei, Reiwa).
fn japanese_era_short(s: &str) -> bool {
    let mut chars = s.chars();
    let era = chars.next().is_some_and(|c| "MTSHRmtshr".contains(c));
    let rest = chars.as_str();
    era && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.contains(['.', '/', '-'])
        && numeric(rest)
}

/// One space-separated word of a date or time: numeric marks
/// (`2025-06-01`, `12:30`), a word like `1-Jun`, `June`, `1,` or `PM`, or a
/// Japanese date or time (`2025年6月1日`, `令和7年`, `午後1時30分`).
fn date_word(word: &str) -> bool {
    numeric(word)
        || word
            .split(|c: char| ",./:-".contains(c))
            .filter(|t| !t.is_empty())
            .all(english_date_token)
        || japanese_date(word)
}

fn english_date_token(t: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let t = t.to_ascii_lowercase();
    let word = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() < t.len();
    let month = !digits
        && MONTHS
            .iter()
            .any(|m| *m == word || (word.len() >= 3 && m.starts_with(word)));
    word.is_empty() || month || word == "am" || word == "pm"
}

/// `2025年6月1日`, `6月1日`, `12時30分`, `令和7年6月`, `午後1時`: numbers
/// each followed by a date or time unit, after an optional era (whose first
/// year may be written `元`) or 午前/午後.
fn japanese_date(word: &str) -> bool {
    const ERAS: [&str; 5] = ["明治", "大正", "昭和", "平成", "令和"];
    const HALVES: [&str; 2] = ["午前", "午後"];
    let (rest, era) = match ERAS.iter().find_map(|e| word.strip_prefix(e)) {
        Some(r) => (r, true),
        None => (
            HALVES
                .iter()
                .find_map(|h| word.strip_prefix(h))
                .unwrap_or(word),
            false,
        ),
    };
    let (mut units, mut digits) = (0, 0);
    for (i, c) in rest.chars().enumerate() {
        if c.is_ascii_digit() || (era && i == 0 && c == '元') {
            digits += 1;
        } else if digits > 0 && "年月日時分秒".contains(c) {
            units += 1;
            digits = 0;
        } else {
            return false;
        }
    }
    units > 0 && digits == 0
}

/// Reads a text cell: strips the one neutralising apostrophe, if present.
pub fn text_in(cell: &str) -> &str {
    cell.strip_prefix(NEUTRAL_PREFIX).unwrap_or(cell)
}

/// Writes a list cell: items joined by line breaks, then neutralised as a whole
/// (a spreadsheet looks only at the first character of the cell).
pub fn list_out(items: &[String]) -> String {
    text_out(&items.join("\n")).into_owned()
}

/// Reads a list cell: one item per line (LF or CRLF), items trimmed, blank
/// lines dropped — the same rule as the form that types lists.
pub fn list_in(cell: &str) -> Vec<String> {
    text_in(cell)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

pub fn rating_out(r: Option<Rating>) -> String {
    r.map(|r| r.to_string()).unwrap_or_default()
}

pub fn opt_out<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub fn bool_out(b: Option<bool>) -> &'static str {
    match b {
        None => "",
        Some(true) => "true",
        Some(false) => "false",
    }
}

/// Reads a yes/no cell; Excel rewrites `true` as `TRUE`, so case is ignored,
/// and `1`/`0`, `yes`/`no` are accepted too. Outer `None` = not a boolean;
/// `Some(None)` = empty cell, not recorded.
pub fn bool_in(cell: &str) -> Option<Option<bool>> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "" => Some(None),
        "true" | "1" | "yes" => Some(Some(true)),
        "false" | "0" | "no" => Some(Some(false)),
        _ => None,
    }
}

pub fn date_out(d: Option<Date>) -> String {
    d.map(format_date).unwrap_or_default()
}

/// Reads `YYYY-MM-DD`, and also `YYYY/M/D`, which is how Excel in a Japanese
/// locale saves a date it recognised. Outer `None` = not a date;
/// `Some(None)` = empty cell.
pub fn date_in(cell: &str) -> Option<Option<Date>> {
    let t = cell.trim();
    if t.is_empty() {
        return Some(None);
    }
    if let Some(d) = parse_date(t) {
        return Some(Some(d));
    }
    let mut parts = t.split('/');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let y: i32 = y.parse().ok().filter(|y: &i32| (1..=9999).contains(y))?;
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y, month, d.parse().ok()?)
        .ok()
        .map(Some)
}

pub fn datetime_out(t: OffsetDateTime) -> String {
    format_datetime(t)
}

/// Reads an RFC 3339 timestamp (`2025-06-01T09:00:00+09:00`).
pub fn datetime_in(cell: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(cell.trim(), &time::format_description::well_known::Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised_and_restored() {
        for (text, cell) in [
            ("=1+1", "'=1+1"),
            ("+81 3", "'+81 3"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("＝A1", "'＝A1"),
            ("'quoted", "''quoted"),
            ("''", "'''"),
            ("plain =x", "plain =x"),
            ("", ""),
            ("研究", "研究"),
        ] {
            assert_eq!(text_out(text), cell, "{text:?}");
            assert_eq!(text_in(cell), text, "{cell:?}");
        }
    }

    /// What Excel or LibreOffice Calc would convert, by category: each is
    /// written with the prefix and read back exactly.
    #[test]
    fn values_a_spreadsheet_would_convert_are_prefixed_and_restored() {
        let categories: [(&str, &[&str]); 9] = [
            (
                "numbers",
                &[
                    "1E5", "1e-5", "00123", "123", "1,234", "3.14", ".5", "(123)", " 42 ", "1.2.3",
                ],
            ),
            (
                "full-width",
                &["１２３", "１，２３４", "１／２", "２０２５年６月１日"],
            ),
            (
                "dates",
                &[
                    "2025-06-01",
                    "2025/6/1",
                    "6/1",
                    "10-20",
                    "1-Jun",
                    "Jun 1",
                    "1 Jun 2025",
                    "June 1, 2025",
                    "May 2025",
                    "Sept 5",
                    "2025年6月1日",
                    "6月1日",
                    "令和7年6月1日",
                    "令和元年5月1日",
                    "R7.6.1",
                    "H31/4/30",
                    "2025-06-01 12:30",
                ],
            ),
            (
                "times",
                &[
                    "12:30",
                    "12:30:00",
                    "12:30 PM",
                    "9am",
                    "12時30分",
                    "午後1時",
                ],
            ),
            ("percentages", &["50%", "12.5 %", "５０％"]),
            ("fractions", &["1/2", "1 1/2"]),
            (
                "currencies",
                &["$100", "¥100", "￥100", "€1,000.50", "£3", "\\100", "$ 1.5"],
            ),
            ("booleans", &["TRUE", "FALSE", "true", "False", "tRuE"]),
            ("starts with the prefix", &["'00123", "'", "'text"]),
        ];
        for (category, texts) in categories {
            for &text in texts {
                let cell = text_out(text);
                assert_eq!(cell, format!("'{text}"), "{category}: {text:?}");
                assert_eq!(text_in(&cell), text, "{category}: {text:?}");
            }
        }
        assert_eq!(list_out(&["00123".to_owned()]), "'00123");
        assert_eq!(list_in("'00123"), vec!["00123".to_owned()]);
    }

    #[test]
    fn ordinary_text_is_not_prefixed() {
        for text in [
            "GaN結晶成長",
            "Phase 2 plan",
            "研究室NAS（/recipes）",
            "3件中1件",
            "1 of 2",
            "第2回",
            "H2O",
            "No. 5",
            "#1",
            "MOCVD 2号機",
            "Trueness",
            "May",
            "June plan 2025",
            "",
            " ",
        ] {
            assert_eq!(text_out(text), text, "{text:?}");
            assert!(!looks_like_a_value(text), "{text:?}");
        }
    }

    #[test]
    fn lists_join_with_line_breaks_and_accept_crlf() {
        let items = vec!["サーバA".to_owned(), "=NAS".to_owned()];
        assert_eq!(list_out(&items), "サーバA\n=NAS");
        assert_eq!(list_out(&["-x".to_owned()]), "'-x");
        assert_eq!(list_in("サーバA\r\n=NAS\n\n"), items);
        assert_eq!(list_in("'-x"), vec!["-x".to_owned()]);
        assert!(list_in("").is_empty());
    }

    #[test]
    fn booleans_and_dates_accept_what_excel_writes_back() {
        assert_eq!(bool_in("TRUE"), Some(Some(true)));
        assert_eq!(bool_in("False"), Some(Some(false)));
        assert_eq!(bool_in(""), Some(None));
        assert!(bool_in("maybe").is_none());
        let d = Date::from_calendar_date(2025, Month::June, 1).ok();
        assert_eq!(date_in("2025-06-01"), Some(d));
        assert_eq!(date_in("2025/6/1"), Some(d));
        assert_eq!(date_in(" "), Some(None));
        assert!(date_in("2025/13/1").is_none());
        assert!(date_in("1/6/2025x").is_none());
        assert!(datetime_in("2025-06-01T09:00:00+09:00").is_some());
        assert!(datetime_in("2025/6/1 9:00").is_none());
    }

    /// Values a spreadsheet converts, in the shapes people type them.
    fn value_like() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            "[0-9]{1,6}",
            "0[0-9]{1,5}",
            "[0-9]{1,3}(,[0-9]{3}){1,2}(\\.[0-9]{1,2})?",
            "[0-9]{1,3}[eE][0-9]{1,2}",
            "[0-9]{1,4}[/-][0-9]{1,2}([/-][0-9]{1,4})?",
            "[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( [AP]M)?",
            "[0-9]{1,3}(\\.[0-9])? ?%",
            "[$¥€£][0-9]{1,5}",
            "[0-9]{1,2} [0-9]/[0-9]",
            "[0-9]{1,2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
            "[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日",
            "[１-９][０-９]{0,4}",
            "[tT][rR][uU][eE]|[fF][aA][lL][sS][eE]",
        ]
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_back_as_written(s in "\\PC*|'[\\PC\n]*|[0-9'=+. /:%-]{0,8}") {
            let cell = text_out(&s);
            proptest::prop_assert_eq!(text_in(&cell), s.as_str());
        }

        #[test]
        fn value_like_texts_are_always_prefixed(s in value_like()) {
            let cell = text_out(&s);
            proptest::prop_assert!(cell.starts_with(NEUTRAL_PREFIX), "{:?}", s);
            proptest::prop_assert_eq!(text_in(&cell), s.as_str());
        }
    }
}
