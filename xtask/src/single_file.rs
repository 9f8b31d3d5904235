//! Builds the single-file product: one HTML document with the CSS, the JS glue
//! and the wasm (compressed, 7 bits per character) inlined, under a Content-Security-Policy that allows
//! nothing but those exact inline blocks.
//!
//! Pure string work, no I/O, so it is unit-tested here. Why each step:
//! - `file://` pages have an opaque origin: a module script cannot import a
//!   sibling file and `fetch` of the wasm is impossible, so everything must be
//!   inline and the wasm is decoded from the script text in the page.
//! - `connect-src 'none'` also blocks `fetch('data:…')`, so the bytes are
//!   decoded in script rather than fetched.
//! - The script's sha256 covers the embedded wasm too: the policy pins the
//!   exact code that may run.
//! - The wasm is gzip-compressed (Zopfli in release builds) and inflated in
//!   the page with the browser's `DecompressionStream`: about a third of the
//!   file's size, and a much shorter string literal for the JS engine to
//!   parse. Streams and `Response` bodies built in memory are not fetches, so
//!   the CSP allows them.
//! - The page is windows-1252 and the compressed bytes are written one
//!   character per byte (`latin_text`), not base64's 6 bits per byte: the
//!   file is ~23 % smaller than base64 would make it. Every other character
//!   of the page is made ASCII.

use anyhow::{bail, Context, Result};

use crate::latin_text;
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Placeholders in `index.html`, each of which must appear exactly once.
const CSP_SLOT: &str = "{{CSP}}";
const STYLE_SLOT: &str = "{{STYLE}}";
const SCRIPT_SLOT: &str = "{{SCRIPT}}";

/// Inputs of the single file.
pub struct Parts<'a> {
    /// The HTML template (the repository's `index.html`).
    pub template: &'a str,
    /// All CSS, concatenated.
    pub css: &'a str,
    /// wasm-bindgen's `--target web` JS glue.
    pub js_glue: &'a str,
    /// The optimised wasm module.
    pub wasm: &'a [u8],
    /// How hard to compress it.
    pub compression: Compression,
    /// Minifies the script and the style (release builds), or leaves them.
    pub minifier: Option<&'a dyn Minifier>,
}

/// Shrinks inline code; `cargo xtask build` runs terser and csso from npm.
pub trait Minifier {
    fn js(&self, module_script: &str) -> Result<String>;
    fn css(&self, style: &str) -> Result<String>;
}

/// Stands in for the embedded wasm text while the script is minified: the
/// minifier never sees (or re-escapes) the ~1 MB literal.
const WASM_TEXT_SLOT: &str = "__MAMORI_WASM_TEXT__";

/// Gzip effort for the embedded wasm. Both give a standard gzip stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// zlib level 9: a second or two; development builds.
    Quick,
    /// Zopfli: ~4.5 % smaller, tens of seconds; release builds.
    Smallest,
}

/// The assembled document and the policy it carries (the server sends the
/// same policy as a header).
pub struct SingleFile {
    /// The bytes of the file: the page in windows-1252.
    pub bytes: Vec<u8>,
    pub csp: String,
}

/// The template's charset declaration, and what the single file declares.
const TEMPLATE_CHARSET: &str = "<meta charset=\"utf-8\">";
const PAGE_CHARSET: &str = "<meta charset=\"windows-1252\">";

/// Assembles the single HTML file.
pub fn assemble(parts: &Parts<'_>) -> Result<SingleFile> {
    for slot in [CSP_SLOT, STYLE_SLOT, SCRIPT_SLOT, TEMPLATE_CHARSET] {
        let n = parts.template.matches(slot).count();
        if n != 1 {
            bail!("index.html must contain {slot} exactly once (found {n})");
        }
    }
    // The repository's template is UTF-8 and readable; the page is
    // windows-1252 with every non-ASCII character escaped (see latin_text).
    let template =
        latin_text::ascii_html(&parts.template.replacen(TEMPLATE_CHARSET, PAGE_CHARSET, 1));
    let css = latin_text::ascii_css(&match parts.minifier {
        Some(m) => m.css(parts.css)?,
        None => parts.css.to_owned(),
    });
    let css = css.as_str();
    if css.contains("</style") {
        bail!("CSS contains `</style`, which would end the inline style block");
    }
    let packed = gzip(parts.wasm, parts.compression)?;
    let script = bootstrap_script(parts.js_glue, packed.len())?;
    let script = latin_text::ascii_js(&match parts.minifier {
        Some(m) => m.js(&script)?,
        None => script,
    });
    let slots = script.matches(WASM_TEXT_SLOT).count();
    if slots != 1 {
        bail!("the script must hold the wasm placeholder exactly once (found {slots})");
    }
    let script = script.replacen(WASM_TEXT_SLOT, &latin_text::encode(&packed), 1);
    // The browser hashes the text as it reads it (decoded), as UTF-8.
    let csp = content_security_policy(&script, css);
    // Fill the policy first: the script and style may legitimately contain
    // text that looks like a placeholder, the policy never does.
    let html = template
        .replacen(CSP_SLOT, &csp, 1)
        .replacen(STYLE_SLOT, css, 1)
        .replacen(SCRIPT_SLOT, &script, 1);
    let bytes = latin_text::to_windows_1252(&html)?;
    Ok(SingleFile { bytes, csp })
}

/// The policy: nothing may be fetched, only the two inline blocks may run or
/// style the page, wasm may compile. No images at all: the charts are inline
/// SVG elements, which img-src does not govern, and nothing else draws one.
/// (`frame-ancestors` cannot be set from a meta tag; the server sends it.)
pub fn content_security_policy(script: &str, css: &str) -> String {
    format!(
        "default-src 'none'; script-src '{}' 'wasm-unsafe-eval'; style-src '{}'; \
         img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; \
         object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; \
         manifest-src 'none'; base-uri 'none'; form-action 'none'",
        sha256_source(script),
        sha256_source(css)
    )
}

/// `sha256-<base64>` of the exact text between the tags.
pub fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Turns the ES-module glue into plain statements of one inline module script
/// and appends the start-up code that feeds it the embedded wasm.
/// The wasm's text is left as [`WASM_TEXT_SLOT`] for [`assemble`] to fill.
pub fn bootstrap_script(js_glue: &str, packed_len: usize) -> Result<String> {
    let glue = strip_exports(js_glue)?;
    if glue.contains("</script") {
        bail!("JS glue contains `</script`, which would end the inline script");
    }
    let decoder = latin_text::decoder_js();
    Ok(format!(
        "{glue}\n\
const MAMORI_WASM_GZIP_TEXT = \"{WASM_TEXT_SLOT}\";\n\
const mamoriMark = (phase) => performance.mark('mamori:' + phase);\n\
{decoder}\
async function mamoriWasmModule() {{\n\
  mamoriMark('scripted');\n\
  const packed = new Blob([mamoriLatinBytes(MAMORI_WASM_GZIP_TEXT, {packed_len})]);\n\
  mamoriMark('decoded');\n\
  const inflated = () => new Response(packed.stream().pipeThrough(new DecompressionStream('gzip')), {{ headers: {{ 'Content-Type': 'application/wasm' }} }});\n\
  let module;\n\
  try {{ module = await WebAssembly.compileStreaming(inflated()); }}\n\
  catch (e) {{ module = await WebAssembly.compile(await inflated().arrayBuffer()); }}\n\
  mamoriMark('compiled');\n\
  return module;\n\
}}\n\
try {{\n\
  await __wbg_init({{ module_or_path: await mamoriWasmModule() }});\n\
}} catch (err) {{\n\
  const boot = document.getElementById('boot-error');\n\
  if (boot) {{ boot.hidden = false; const d = boot.querySelector('[data-detail]'); if (d) d.textContent = String(err); }}\n\
  throw err;\n\
}}\n"
    ))
}

/// Gzip stream of `bytes`; the file is built once and opened many times.
pub fn gzip(bytes: &[u8], compression: Compression) -> Result<Vec<u8>> {
    use std::io::Write as _;
    match compression {
        Compression::Quick => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(bytes)?;
            Ok(encoder.finish()?)
        }
        Compression::Smallest => {
            let mut out = Vec::with_capacity(bytes.len() / 3);
            let options = zopfli::Options {
                // The crate's advice for inputs of a few MB; 15 gains < 0.3 %.
                iteration_count: std::num::NonZeroU64::new(5).context("non-zero")?,
                ..zopfli::Options::default()
            };
            zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut out)?;
            Ok(out)
        }
    }
}

/// Removes ES-module `export` syntax so the glue runs as plain statements.
/// Fails loudly if the glue has a shape we do not know, rather than shipping a
/// file that breaks at start-up.
pub fn strip_exports(js: &str) -> Result<String> {
    let mut out = String::with_capacity(js.len());
    let mut saw_init = false;
    for line in js.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("export {") {
            // `export { initSync, __wbg_init as default };` — names stay in scope.
            saw_init |= trimmed.contains("__wbg_init");
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("export default ") {
            out.push_str(rest);
        } else if let Some(rest) = trimmed.strip_prefix("export ") {
            out.push_str(rest);
        } else {
            if trimmed.starts_with("import ") && trimmed.contains(" from ") {
                bail!("JS glue imports another module, which a single file cannot: {trimmed}");
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    if !saw_init && !out.contains("function __wbg_init") {
        bail!("JS glue has no __wbg_init: unexpected wasm-bindgen output");
    }
    Ok(out)
}

/// Reads the policy back out of an assembled document (used by the server).
pub fn csp_of(html: &str) -> Result<String> {
    const MARK: &str = "http-equiv=\"Content-Security-Policy\" content=\"";
    let start = html.find(MARK).context("no CSP meta tag")? + MARK.len();
    let len = html[start..]
        .find('"')
        .context("unterminated CSP meta tag")?;
    Ok(html[start..start + len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page as the browser reads it: the file's bytes decoded.
    fn page(out: &SingleFile) -> String {
        encoding_rs::WINDOWS_1252.decode(&out.bytes).0.into_owned()
    }

    const TEMPLATE: &str = "<!doctype html><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"{{CSP}}\">\
<style>{{STYLE}}</style><script type=\"module\">{{SCRIPT}}</script>";

    const GLUE: &str = "let wasm;\nexport class Foo {}\nexport function bar() {}\n\
async function __wbg_init(m) { wasm = m; }\nexport { initSync, __wbg_init as default };\n";

    fn parts<'a>(template: &'a str, css: &'a str, glue: &'a str) -> Parts<'a> {
        Parts {
            template,
            css,
            js_glue: glue,
            wasm: b"\0asm\x01\0\0\0",
            compression: Compression::Quick,
            minifier: None,
        }
    }

    fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
        let s = html.find(open).map(|i| i + open.len()).unwrap_or(0);
        let e = html[s..].find(close).map(|i| s + i).unwrap_or(html.len());
        &html[s..e]
    }

    #[test]
    fn hashes_in_policy_match_the_inline_blocks_exactly() {
        let out = assemble(&parts(TEMPLATE, "body{color:red}", GLUE)).expect("assembles");
        let html = page(&out);
        let script = between(&html, "<script type=\"module\">", "</script>");
        let style = between(&html, "<style>", "</style>");
        assert_eq!(style, "body{color:red}");
        assert!(out.csp.contains(&sha256_source(script)));
        assert!(out.csp.contains(&sha256_source(style)));
        assert_eq!(csp_of(&html).expect("meta present"), out.csp);
    }

    #[test]
    fn policy_forbids_every_fetch() {
        let csp = content_security_policy("a", "b");
        for d in [
            "default-src 'none'",
            "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
            "frame-src 'none'",
            "font-src 'none'",
            "img-src 'none'",
            "'wasm-unsafe-eval'",
        ] {
            assert!(csp.contains(d), "missing {d}");
        }
        assert!(!csp.contains("data:"), "no data: source anywhere: {csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("'self'"));
    }

    #[test]
    fn wasm_is_embedded_and_exports_are_gone() {
        let out = assemble(&parts(TEMPLATE, "", GLUE)).expect("assembles");
        let html = page(&out);
        assert!(!html.contains("export "));
        assert!(html.contains("class Foo {}"));
        assert!(html.contains("function bar() {}"));
        assert!(html.contains("await __wbg_init({ module_or_path: await mamoriWasmModule() })"));
        // The embedded literal is latin_text(gzip(wasm)) and unpacks to the input.
        let literal = between(&html, "MAMORI_WASM_GZIP_TEXT = \"", "\"");
        let packed = gzip(b"\0asm\x01\0\0\0", Compression::Quick).expect("gzip");
        assert_eq!(literal, latin_text::encode(&packed));
        assert!(html.contains(&format!(
            "mamoriLatinBytes(MAMORI_WASM_GZIP_TEXT, {})",
            packed.len()
        )));
        let mut unpacked = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&packed[..]),
            &mut unpacked,
        )
        .expect("valid gzip");
        assert_eq!(unpacked, b"\0asm\x01\0\0\0");
    }

    #[test]
    fn both_compressions_give_standard_gzip_of_the_input() {
        let input: Vec<u8> = (0..20_000u32).map(|i| (i * i % 251) as u8).collect();
        for compression in [Compression::Quick, Compression::Smallest] {
            let packed = gzip(&input, compression).expect("compresses");
            assert!(
                packed.len() < input.len() / 4,
                "{compression:?} did not compress"
            );
            let mut unpacked = Vec::new();
            std::io::Read::read_to_end(
                &mut flate2::read::GzDecoder::new(&packed[..]),
                &mut unpacked,
            )
            .expect("valid gzip");
            assert_eq!(unpacked, input, "{compression:?}");
        }
    }

    /// Joins lines, as a stand-in for terser/csso.
    struct JoinLines;
    impl Minifier for JoinLines {
        fn js(&self, s: &str) -> Result<String> {
            Ok(s.replace('\n', ";").replace(";;", ";"))
        }
        fn css(&self, s: &str) -> Result<String> {
            Ok(s.replace(' ', ""))
        }
    }

    #[test]
    fn minified_blocks_keep_the_wasm_text_and_match_their_hashes() {
        let mut p = parts(TEMPLATE, "body { color: red }", GLUE);
        p.minifier = Some(&JoinLines);
        let out = assemble(&p).expect("assembles");
        let html = page(&out);
        let script = between(&html, "<script type=\"module\">", "</script>");
        let style = between(&html, "<style>", "</style>");
        assert_eq!(style, "body{color:red}");
        assert!(!script.contains('\n'));
        assert!(!script.contains(WASM_TEXT_SLOT));
        let packed = gzip(b"\0asm\x01\0\0\0", Compression::Quick).expect("gzip");
        assert!(script.contains(&latin_text::encode(&packed)));
        assert!(out.csp.contains(&sha256_source(script)));
        assert!(out.csp.contains(&sha256_source(style)));
    }

    #[test]
    fn a_minifier_that_loses_or_copies_the_wasm_slot_is_refused() {
        struct Copies;
        impl Minifier for Copies {
            fn js(&self, s: &str) -> Result<String> {
                Ok(format!("{s}{WASM_TEXT_SLOT}"))
            }
            fn css(&self, s: &str) -> Result<String> {
                Ok(s.to_owned())
            }
        }
        let mut p = parts(TEMPLATE, "", GLUE);
        p.minifier = Some(&Copies);
        assert!(assemble(&p).is_err());
    }

    #[test]
    fn each_slot_must_appear_once() {
        let twice = format!("{TEMPLATE}{{{{CSP}}}}");
        assert!(assemble(&parts(&twice, "", GLUE)).is_err());
        assert!(assemble(&parts("<html></html>", "", GLUE)).is_err());
    }

    #[test]
    fn refuses_blocks_that_would_close_their_tag() {
        assert!(assemble(&parts(TEMPLATE, "a{}</style>", GLUE)).is_err());
        let bad_glue = format!("{GLUE}const s = '</script>';\n");
        assert!(assemble(&parts(TEMPLATE, "", &bad_glue)).is_err());
    }

    #[test]
    fn refuses_glue_that_imports_or_lacks_init() {
        assert!(strip_exports("import x from './x.js';\nasync function __wbg_init(){}\n").is_err());
        assert!(strip_exports("let a = 1;\n").is_err());
    }

    #[test]
    fn placeholder_text_inside_the_script_is_not_replaced() {
        let glue = format!("{GLUE}const t = '{{{{STYLE}}}}';\n");
        let out = assemble(&parts(TEMPLATE, "p{}", &glue)).expect("assembles");
        let html = page(&out);
        assert!(html.contains("const t = '{{STYLE}}'"));
    }

    #[test]
    fn the_file_is_windows_1252_with_every_other_character_escaped() {
        let template = TEMPLATE.replace("<style>", "<title>守り</title><style>");
        let glue = format!("{GLUE}const label = '技術';\n");
        let out = assemble(&parts(&template, "a::after{content:'…'}", &glue)).expect("assembles");
        let html = page(&out);
        assert!(html.contains("<meta charset=\"windows-1252\">"));
        assert!(html.contains("<title>&#x5B88;&#x308A;</title>"));
        assert!(html.contains("const label = '\\u6280\\u8853'"));
        assert!(html.contains("content:'\\2026 '"));
        // The file's bytes read back as the page, and the hashes cover what the
        // browser reads.
        assert_eq!(
            out.bytes,
            latin_text::to_windows_1252(&html).expect("encodable")
        );
        let script = between(&html, "<script type=\"module\">", "</script>");
        assert!(out.csp.contains(&sha256_source(script)));
    }
}
