//! Contrast of the colour palette in `style/*.css`, computed from the CSS
//! itself (WCAG 2.2 relative luminance), so a colour edit that breaks it
//! fails here and not in a workshop on a washed-out projector.
//!
//! axe-core already checks text on every screen (tests/e2e/a11y.test.mjs);
//! it does not check *non-text* contrast (WCAG 1.4.11, 3:1) nor SVG text
//! reliably. This test covers those:
//! - the focus ring against every surface it is drawn on (page, navigation
//!   bar, selected rows, the blue header, checked rating choices, heat-map
//!   cells);
//! - the boundary of every level/tier swatch (badges, matrix cells) against
//!   the surfaces they sit on. Fills are pale on purpose so dark text on them
//!   stays readable; the swatch is perceivable by its border, and its meaning
//!   by the number or word always printed on it (WCAG 1.4.1);
//! - the text printed on each swatch fill (4.5:1), including the heat map's
//!   SVG counts, which axe skips.

use std::fmt;
use std::path::Path;

/// An sRGB colour.
#[derive(Clone, Copy, PartialEq)]
struct Rgb(u8, u8, u8);

impl fmt::Debug for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Rgb {
    /// `#rgb` or `#rrggbb`.
    fn parse(hex: &str) -> Option<Rgb> {
        let h = hex.strip_prefix('#')?;
        let digit = |i: usize, n: usize| u8::from_str_radix(h.get(i..i + n)?, 16).ok();
        match h.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        }
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// WCAG contrast ratio, 1.0 ..= 21.0.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// One rule: its selector list and its `property: value` declarations.
struct Rule {
    selectors: Vec<String>,
    decls: Vec<(String, String)>,
}

/// The rules of the style sheets, in cascade order.
struct Sheet {
    rules: Vec<Rule>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Sheet {
    /// All of `style/*.css`, in file-name order as the build concatenates them.
    fn load() -> Sheet {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("style/ is readable")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "css"))
            .collect();
        files.sort();
        let css: String = files
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("a style sheet is readable"))
            .collect::<Vec<_>>()
            .join("\n");
        Sheet::parse(&css)
    }

    /// Flat rules; an `@media` block's inner rules count like any other (the
    /// palette does not depend on the viewport).
    fn parse(css: &str) -> Sheet {
        let mut text = String::new();
        let mut rest = css;
        while let Some(i) = rest.find("/*") {
            text.push_str(&rest[..i]);
            rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
        }
        text.push_str(rest);
        let mut rules = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c != '{' {
                continue;
            }
            let Some(close) = text[i + 1..].find(['{', '}']) else {
                break;
            };
            if text[i + 1 + close..].starts_with('{') {
                start = i + 1; // an @media prelude: its inner rules follow
                continue;
            }
            let selectors = text[start..i]
                .rsplit(['}', ';'])
                .next()
                .unwrap_or_default()
                .split(',')
                .map(squash)
                .collect();
            let decls = text[i + 1..i + 1 + close]
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(k, v)| (k.trim().to_owned(), squash(v)))
                .collect();
            rules.push(Rule { selectors, decls });
            start = i + 1 + close + 1;
        }
        Sheet { rules }
    }

    /// The value the last rule naming exactly `selector` gives `property`.
    fn value(&self, selector: &str, property: &str) -> String {
        self.rules
            .iter()
            .rev()
            .filter(|r| r.selectors.iter().any(|s| s == selector))
            .find_map(|r| {
                r.decls
                    .iter()
                    .rev()
                    .find(|(k, _)| k == property)
                    .map(|(_, v)| v.clone())
            })
            .unwrap_or_else(|| panic!("style/*.css: no `{property}` in a rule for `{selector}`"))
    }

    /// The colour in `selector { property }`, resolving `var(--x)` from
    /// `:root`; in a shorthand (`border: 1px solid #555`) the colour token.
    fn colour(&self, selector: &str, property: &str) -> Rgb {
        let value = self.value(selector, property);
        let token = value
            .split_whitespace()
            .find(|t| t.starts_with('#') || t.starts_with("var("))
            .unwrap_or_else(|| panic!("`{selector} {{ {property}: {value} }}` names no colour"));
        let token = match token.strip_prefix("var(").and_then(|t| t.strip_suffix(')')) {
            Some(name) => self.value(":root", name),
            None => token.to_owned(),
        };
        Rgb::parse(&token).unwrap_or_else(|| {
            panic!("`{selector} {{ {property} }}`: `{token}` is not a hex colour")
        })
    }
}

/// Collects every pair below `min` as a readable line.
struct Check {
    failures: Vec<String>,
}

impl Check {
    fn pair(&mut self, what: &str, a: Rgb, b: Rgb, min: f64) {
        let r = contrast(a, b);
        if r < min {
            self.failures
                .push(format!("{what}: {a:?} on {b:?} is {r:.2}:1, needs {min}:1"));
        }
    }

    fn done(self) {
        assert!(self.failures.is_empty(), "\n{}", self.failures.join("\n"));
    }
}

const NON_TEXT: f64 = 3.0;
const TEXT: f64 = 4.5;

const LEVELS: [&str; 6] = ["very_low", "low", "medium", "high", "very_high", "none"];
const TIERS: [&str; 5] = ["top", "middle", "lower", "quasi_important", "unrated"];
const HEAT: [&str; 5] = ["very_low", "low", "medium", "high", "very_high"];

/// Light surfaces a control or a swatch can sit on.
fn light_surfaces(s: &Sheet) -> Vec<(&'static str, Rgb)> {
    vec![
        ("page", s.colour(":root", "--bg")),
        ("navigation bar / panels", s.colour(":root", "--bg-alt")),
        (
            "selected row",
            s.colour(".data-table tr[aria-selected=\"true\"] td", "background"),
        ),
    ]
}

#[test]
fn contrast_ratios_follow_wcag() {
    // Reference values from the WCAG definition.
    let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    assert!((contrast(Rgb::parse("#767676").expect("hex"), white) - 4.54).abs() < 0.01);
    assert_eq!(Rgb::parse("#abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
    assert_eq!(Rgb::parse("#12345"), None);
}

#[test]
fn the_sheet_parser_reads_lists_media_blocks_and_variables() {
    let s = Sheet::parse(
        ":root { --x: #010203; } /* a { color: #fff } */ a, b.c { color: var(--x); }\n\
         @media (max-width: 9px) { .m { border: 1px solid #abc; } } b.c { color: #000 }",
    );
    assert_eq!(s.colour("a", "color"), Rgb(1, 2, 3));
    assert_eq!(
        s.colour("b.c", "color"),
        Rgb(0, 0, 0),
        "the later rule wins"
    );
    assert_eq!(s.colour(".m", "border"), Rgb(0xaa, 0xbb, 0xcc));
}

#[test]
fn focus_ring_stands_out_on_every_surface_it_is_drawn_on() {
    let s = Sheet::load();
    let mut c = Check {
        failures: Vec::new(),
    };
    let ring = s.colour(":focus-visible", "outline");
    for (surface, bg) in light_surfaces(&s) {
        c.pair(&format!("focus ring on the {surface}"), ring, bg, NON_TEXT);
    }
    // The header is the accent colour: its controls get a light ring.
    c.pair(
        "focus ring in the header",
        s.colour(".app-header :focus-visible", "outline-color"),
        s.colour(".app-header", "background"),
        NON_TEXT,
    );
    // A checked rating/scope choice is filled with the accent colour: the
    // whole choice gets the ring, outside it on the page.
    for choice in [".rating-choice", ".scope-choice"] {
        c.pair(
            &format!("focus ring around a {choice}"),
            s.colour(&format!("{choice}:has(input:focus-visible)"), "outline"),
            s.colour(":root", "--bg"),
            NON_TEXT,
        );
    }
    // The skip link is a white box over the blue header: its ring is inside it.
    c.pair(
        "focus ring of the skip link",
        s.colour(".skip-link:focus-visible", "outline"),
        s.colour(".skip-link", "background"),
        NON_TEXT,
    );
    // A focused heat-map cell is outlined by its stroke, over its own fill
    // and its neighbours'.
    let stroke = s.colour(".heat-map .cell:focus-visible rect", "stroke");
    for level in HEAT {
        let fill = s.colour(&format!(".heat-map .hm-{level}"), "fill");
        c.pair(
            &format!("heat-map focus stroke on a {level} cell"),
            stroke,
            fill,
            NON_TEXT,
        );
    }
    c.done();
}

#[test]
fn level_and_tier_swatches_have_a_visible_boundary_and_readable_text() {
    let s = Sheet::load();
    let mut c = Check {
        failures: Vec::new(),
    };
    // Boundaries: badges, tier badges, threat-matrix cells.
    let boundaries = [
        ("level badge border", s.colour(".badge", "border")),
        ("tier badge border", s.colour(".tier-badge", "border")),
        (
            "threat matrix cell border",
            s.colour("button.cell", "border"),
        ),
        (
            "unassessed cell border",
            s.colour(".badge.level-unassessed", "border"),
        ),
        ("heat-map grid line", s.colour(".heat-map rect", "stroke")),
        (
            "incomplete cell border",
            s.colour(".badge.level-incomplete", "border"),
        ),
    ];
    for (what, border) in boundaries {
        for (surface, bg) in light_surfaces(&s) {
            c.pair(&format!("{what} on the {surface}"), border, bg, NON_TEXT);
        }
    }
    // Text printed on each fill.
    for level in LEVELS {
        let sel = format!(".level-{level}");
        c.pair(
            &format!("text on a {level} badge"),
            s.colour(&sel, "color"),
            s.colour(&sel, "background"),
            TEXT,
        );
    }
    for tier in TIERS {
        let sel = format!(".tier-{tier}");
        c.pair(
            &format!("text on a {tier} tier badge"),
            s.colour(&sel, "color"),
            s.colour(&sel, "background"),
            TEXT,
        );
    }
    for special in ["unassessed", "incomplete"] {
        let sel = format!(".badge.level-{special}");
        c.pair(
            &format!("text on an {special} cell"),
            s.colour(&sel, "color"),
            s.colour(&sel, "background"),
            TEXT,
        );
    }
    for level in HEAT {
        let fill = s.colour(&format!(".heat-map .hm-{level}"), "fill");
        for count in [".heat-map .count", ".heat-map .count.zero"] {
            c.pair(
                &format!("heat-map `{count}` on a {level} cell"),
                s.colour(count, "fill"),
                fill,
                TEXT,
            );
        }
    }
    c.done();
}
