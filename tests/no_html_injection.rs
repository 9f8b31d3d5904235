//! No code in `src/` may turn text into markup or code: no `inner_html`
//! (Leptos' attribute or web-sys' setter), no `outerHTML` /
//! `insertAdjacentHTML`, no `eval` and no `Function` built from a string.
//! Workbooks hold text typed by anyone and imported from anywhere; Leptos
//! writes text as text nodes, and these are the ways round that. The CSP
//! (no 'unsafe-eval', script hashes) would block most script injection, but
//! not markup injection (a hostile `<form>` or styled overlay), and the policy
//! should be the second line, not the only one.

use std::path::Path;

/// Identifiers that parse text as HTML or as script, in their Rust (web-sys,
/// js-sys, Leptos) and JavaScript spellings.
const FORBIDDEN: &[&str] = &[
    "inner_html",
    "set_inner_html",
    "innerHTML",
    "outer_html",
    "set_outer_html",
    "outerHTML",
    "insert_adjacent_html",
    "insertAdjacentHTML",
    "srcdoc",
    "set_srcdoc",
    "eval",
    "new_with_args",
    "new_no_args",
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

/// Whole-word uses of a forbidden name outside line comments (a comment may
/// explain why one is not used; any code, string or attribute may not).
fn offending_lines(source: &str) -> Vec<(usize, String)> {
    let mut hits = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for name in FORBIDDEN {
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
fn no_source_parses_text_as_html_or_script() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "expected to scan all of src/");
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("source is readable");
        for (line, code) in offending_lines(&text) {
            problems.push(format!("{}:{line}: {code}", f.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "text turned into markup or code (write text nodes instead):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_catches_every_spelling() {
    for bad in [
        r#"<div inner_html=text/>"#,
        r#"<div prop:innerHTML=text/>"#,
        "el.set_inner_html(&text);",
        "el.insert_adjacent_html(\"beforeend\", &t)",
        "let _ = js_sys::eval(&code);",
        "js_sys::Function::new_with_args(\"a\", &body)",
        "js_sys::Function::new_no_args(&body)",
        "frame.set_srcdoc(&html);",
        "let x = 1; el.set_inner_html(&t); // why",
    ] {
        assert_eq!(offending_lines(bad).len(), 1, "{bad}");
    }
    for fine in [
        "// never inner_html: text nodes only",
        "let evaluation = inner_htmlish + retrieval;",
        "<p>{text}</p>",
    ] {
        assert!(offending_lines(fine).is_empty(), "{fine}");
    }
}
