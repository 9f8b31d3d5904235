//! The pager of long lists (`ui::paging::Pager`, `domain::paging`).

use crate::domain::paging::Page;
use crate::domain::text::Lang;

messages! {
    FIRST = "最初", "First";
    PREVIOUS = "前へ", "Previous";
    NEXT = "次へ", "Next";
    LAST = "最後", "Last";
    // Landmark names: each names its list, so no two navigation landmarks
    // on a screen share a name.
    NAV_COUNTERMEASURES = "対策一覧のページ送り", "Countermeasure list pages";
    NAV_SCENARIOS = "漏洩シナリオ一覧のページ送り", "Scenario list pages";
    NAV_TECHNOLOGIES = "重要技術一覧のページ送り", "Technology list pages";
    NAV_MATRIX = "脅威マトリクスの列（重要技術）のページ送り", "Threat matrix column (technology) pages";
    NAV_EXERCISES = "訓練一覧のページ送り", "Exercise list pages";
    NAV_PEOPLE = "人の一覧のページ送り", "People list pages";
    NAV_PROBLEMS = "取り込みの問題一覧のページ送り", "Import problem list pages";
}

/// A count with thousands separators ("4,000"), as both languages write it
/// in this app.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Which rows the page shows, counted from 1: "1–50 / 4,000件",
/// "1–50 of 4,000".
pub fn rows_shown(lang: Lang, page: &Page) -> String {
    let r = page.range();
    let (first, last) = (grouped(r.start + 1), grouped(r.end));
    let total = grouped(page.total);
    match lang {
        Lang::Ja => format!("{first}–{last} / {total}件"),
        Lang::En => format!("{first}–{last} of {total}"),
    }
}

/// "2 / 80ページ", "page 2 of 80".
pub fn page_of_pages(lang: Lang, page: &Page) -> String {
    let (n, count) = (grouped(page.index + 1), grouped(page.count));
    match lang {
        Lang::Ja => format!("{n} / {count}ページ"),
        Lang::En => format!("page {n} of {count}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paging::PAGE_SIZE;

    #[test]
    fn counts_are_grouped_by_thousands() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (4000, "4,000"),
            (123_456, "123,456"),
            (1_234_567, "1,234,567"),
        ];
        for (n, text) in cases {
            assert_eq!(grouped(n), text);
        }
    }

    #[test]
    fn the_rows_shown_in_both_languages() {
        let p = Page::new(4000, PAGE_SIZE, 0);
        assert_eq!(rows_shown(Lang::Ja, &p), "1–50 / 4,000件");
        assert_eq!(rows_shown(Lang::En, &p), "1–50 of 4,000");
        let p = Page::new(4000, PAGE_SIZE, 79);
        assert_eq!(rows_shown(Lang::En, &p), "3,951–4,000 of 4,000");
        assert_eq!(page_of_pages(Lang::Ja, &p), "80 / 80ページ");
        assert_eq!(page_of_pages(Lang::En, &p), "page 80 of 80");
    }
}
