//! One Japanese term per concept (issue #12 §3, DOMAIN.md "Words").
//!
//! Fails if a banned variant appears in any visible Japanese string: the
//! message tables of `src/i18n`, the built-in catalogues, the labels of every
//! enumeration, the sample workbook, and — to catch messages built by
//! functions — any line of any source file under `src/`. What it is not: a
//! spelling checker; it only knows the variants listed in `BANNED`.

use std::path::Path;

use mamori::domain::catalog::{self, ACTORS, COUNTERMEASURES, PATTERNS};
use mamori::domain::rating::RatingAxis;
use mamori::domain::sample::sample_workbook;
use mamori::domain::storage::to_json;
use mamori::domain::text::Lang;

/// (banned variant, the term to use instead).
const BANNED: &[(&str, &str)] = &[
    ("閾値", "しきい値"),
    ("ラボ", "研究室"),
    ("契約的", "契約面"),
    ("未対策", "対策未完了"),
    ("手続き的", "制度的"),
    ("手続的", "制度的"),
    ("代替性", "代替可能性"),
    ("記録媒体", "外部記憶媒体"),
    ("リムーバブルメディア", "外部記憶媒体"),
    ("成長ノウハウ", "結晶成長のノウハウ"),
];

/// Every banned variant in `text`, with what to write instead. "コラボ"
/// (collaboration) is not "ラボ". The app's name in prose is 「守り」, quoted.
fn violations(text: &str) -> Vec<String> {
    let cleaned = text.replace("コラボ", "");
    let mut found: Vec<String> = BANNED
        .iter()
        .filter(|(bad, _)| cleaned.contains(bad))
        .map(|(bad, good)| format!("{bad} (use {good})"))
        .collect();
    for (at, _) in text.match_indices("守り") {
        let before = text[..at].chars().next_back();
        let after = text[at + "守り".len()..].chars().next();
        let prose = matches!(after, Some('は' | 'が' | 'で' | 'の' | 'を'));
        if prose && before != Some('「') && before != Some('を') {
            found.push("守り in prose (write 「守り」)".to_owned());
        }
    }
    found
}

fn check(what: &str, text: &str, problems: &mut Vec<String>) {
    for v in violations(text) {
        problems.push(format!("{what}: {v}: {text}"));
    }
}

#[test]
fn the_checker_finds_each_banned_variant_and_spares_the_right_terms() {
    for (bad, good) in BANNED {
        assert!(!violations(&format!("前{bad}後")).is_empty(), "{bad}");
        assert!(violations(good).is_empty(), "{good}");
    }
    assert!(!violations("ようこそ — 守りは技術流出").is_empty());
    assert!(violations("ようこそ — 「守り」は技術流出").is_empty());
    assert!(violations("技術を守り、育てる").is_empty());
    assert!(violations("コラボレーション").is_empty());
}

#[test]
fn visible_japanese_strings_use_one_term_each() {
    let mut problems = Vec::new();
    for (table, entries) in mamori::i18n::TABLES {
        for (key, text) in *entries {
            check(&format!("i18n {table}::{key}"), text.ja, &mut problems);
        }
    }
    for p in PATTERNS {
        check(p.id, p.title.ja, &mut problems);
        check(p.id, p.narrative.ja, &mut problems);
    }
    for c in COUNTERMEASURES {
        check(c.id, c.title.ja, &mut problems);
        check(c.id, c.description.ja, &mut problems);
    }
    for a in ACTORS {
        check(a.id, a.name.ja, &mut problems);
        check(a.id, a.motive.ja, &mut problems);
        check(a.id, a.methods.ja, &mut problems);
    }
    for axis in RatingAxis::ALL {
        for anchor in catalog::anchors::axis_anchors(axis) {
            check(axis.code(), anchor.ja, &mut problems);
        }
    }
    for s in catalog::SourceRef::ALL {
        check(s.id(), s.title().ja, &mut problems);
    }
    let mut n = 0u128;
    let wb = sample_workbook(Lang::Ja, time::OffsetDateTime::UNIX_EPOCH, &mut || {
        n += 1;
        uuid::Uuid::from_u128(n)
    });
    check("sample workbook", &to_json(&wb), &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Messages built by functions (and labels declared by macros) are only
/// visible as source text: scan every line under `src/`.
#[test]
fn no_source_file_holds_a_banned_variant() {
    fn walk(dir: &Path, problems: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            problems.push(format!("cannot read {}", dir.display()));
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, problems);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (i, line) in text.lines().enumerate() {
                    for v in violations(line) {
                        problems.push(format!("{}:{}: {v}", path.display(), i + 1));
                    }
                }
            }
        }
    }
    let mut problems = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut problems,
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
