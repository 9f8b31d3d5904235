//! One CSV cell, both ways: how each value type is written and read back.
//!
//! This is where the spreadsheet-safety rule lives. A TEXT cell (names,
//! free text, lists) whose first character a spreadsheet could take as the
//! start of a formula — `=`, `+`, `-`, `@`, tab, carriage return, or their
//! full-width forms `＝ ＋ － ＠` that Japanese input methods produce — is
//! written with one apostrophe `'` in front. A text that itself starts with
//! `'` gets one too. Reading strips exactly one leading `'` from a text cell
//! when one is there. Because every text starting with `'` was prefixed on
//! the way out, the rule is an exact inverse: `read(write(x)) == x` for any
//! text. Ids, codes, numbers and dates are never prefixed, so numbers stay
//! numbers in Excel, pandas and DuckDB.
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

/// Writes a text cell, neutralised.
pub fn text_out(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if TRIGGERS.contains(&c) => Cow::Owned(format!("{NEUTRAL_PREFIX}{text}")),
        _ => Cow::Borrowed(text),
    }
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
}
