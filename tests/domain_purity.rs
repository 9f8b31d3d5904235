//! The domain (and the pure i18n table) must never name a browser crate: it
//! is tested natively and must stay portable. Cargo.toml already keeps those
//! crates out of native builds; this test also catches a `#[cfg(wasm32)]`
//! escape hatch inside the domain.

use std::path::Path;

const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "gloo_storage",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("source dir is readable")
        .flatten()
    {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Finds whole-word uses of a browser crate name in code (comments included:
/// a doc mentioning leptos is a smell in the domain too, so keep it simple).
fn offending_lines(source: &str) -> Vec<(usize, String)> {
    let mut hits = Vec::new();
    for (n, line) in source.lines().enumerate() {
        for name in BROWSER_CRATES {
            let mut rest = line;
            while let Some(i) = rest.find(name) {
                let before = rest[..i].chars().next_back();
                let after = rest[i + name.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                if !word(before) && !word(after) {
                    hits.push((n + 1, line.trim().to_owned()));
                }
                rest = &rest[i + name.len()..];
            }
        }
    }
    hits
}

#[test]
fn domain_names_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/i18n"), &mut files);
    files.push(root.join("src/route.rs"));
    assert!(files.len() > 3, "expected to scan the domain sources");
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("source is readable");
        for (line, code) in offending_lines(&text) {
            problems.push(format!("{}:{line}: {code}", f.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "browser crates named in the pure core:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_catches_a_browser_crate() {
    assert_eq!(offending_lines("use leptos::prelude::*;").len(), 1);
    assert_eq!(offending_lines("let s = web_sys::window();").len(), 1);
    assert!(offending_lines("let leptosish = 1; // gloomy").is_empty());
}
