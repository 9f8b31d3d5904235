//! The app build: cargo (wasm32, release) → wasm-bindgen (as a library, so its
//! version is pinned by Cargo.lock) → wasm-opt (npm `binaryen`, the only
//! wasm-opt proven not to corrupt our output; Debian's must never be used) →
//! `dist/mamori.html`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::single_file::{assemble, Compression, Minifier, Parts};
use crate::{root, run};

pub const TARGET: &str = "wasm32-unknown-unknown";

/// What the build left behind, for the caller to report.
pub struct Output {
    pub html: PathBuf,
    pub raw_bytes: usize,
    pub wasm_bytes: usize,
}

/// Builds `dist/mamori.html`. `optimize` runs wasm-opt (release builds).
pub fn build(optimize: bool) -> Result<Output> {
    let root = root();
    let started = Instant::now();
    run(std::process::Command::new(cargo())
        .current_dir(&root)
        .args([
            "build",
            "--lib",
            "--release",
            "--package",
            "mamori",
            "--target",
            TARGET,
        ]))?;
    let wasm_in = target_dir()
        .join(TARGET)
        .join("release")
        .join("mamori.wasm");

    let bindgen_dir = target_dir().join("mamori-bindgen");
    std::fs::create_dir_all(&bindgen_dir)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm_in)
        .web(true)?
        .typescript(false)
        .out_name("mamori")
        .generate(&bindgen_dir)
        .context("wasm-bindgen failed")?;
    let wasm_bg = bindgen_dir.join("mamori_bg.wasm");
    if optimize {
        wasm_opt(&wasm_bg)?;
    }

    let template = read(&root.join("index.html"))?;
    let css = read_css(&root.join("style"))?;
    let js_glue = read(&bindgen_dir.join("mamori.js"))?;
    let wasm = std::fs::read(&wasm_bg).with_context(|| format!("reading {}", wasm_bg.display()))?;
    let single = assemble(&Parts {
        template: &template,
        css: &css,
        js_glue: &js_glue,
        wasm: &wasm,
        compression: if optimize {
            Compression::Smallest
        } else {
            Compression::Quick
        },
        minifier: optimize.then_some(&NpmMinifier as &dyn Minifier),
    })?;

    let dist = root.join("dist");
    std::fs::create_dir_all(&dist)?;
    let html = dist.join("mamori.html");
    std::fs::write(&html, &single.bytes)?;
    eprintln!(
        "built {} ({} bytes, wasm {} bytes) in {:.1}s\npolicy: {}",
        html.display(),
        single.bytes.len(),
        wasm.len(),
        started.elapsed().as_secs_f64(),
        single.csp
    );
    Ok(Output {
        html,
        raw_bytes: single.bytes.len(),
        wasm_bytes: wasm.len(),
    })
}

/// Runs npm binaryen's wasm-opt in place. Feature flags are explicit because
/// `strip = true` removes the target-features section wasm-opt would read.
fn wasm_opt(wasm: &Path) -> Result<()> {
    let tool = root().join("node_modules/binaryen/bin/wasm-opt");
    if !tool.exists() {
        bail!(
            "{} is missing: run `cargo xtask setup` (npm ci)",
            tool.display()
        );
    }
    let tmp = wasm.with_extension("opt.wasm");
    run(std::process::Command::new("node")
        .arg(&tool)
        .arg(wasm)
        .args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int",
            "--enable-reference-types",
            "--enable-multivalue",
            "--strip-debug",
            "--strip-producers",
            "-o",
        ])
        .arg(&tmp))?;
    std::fs::rename(&tmp, wasm)?;
    Ok(())
}

/// terser and csso from npm (pinned in package-lock.json), through
/// `xtask/minify.mjs`. Release builds only: ~25 KB off the single file.
struct NpmMinifier;

impl NpmMinifier {
    fn run(kind: &str, input: &str) -> Result<String> {
        use std::io::Write as _;
        let script = root().join("xtask/minify.mjs");
        let mut child = std::process::Command::new("node")
            .current_dir(root())
            .arg(&script)
            .arg(kind)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .with_context(|| format!("starting node {}", script.display()))?;
        child
            .stdin
            .take()
            .context("minifier stdin")?
            .write_all(input.as_bytes())?;
        let out = child.wait_with_output()?;
        if !out.status.success() {
            bail!("minifying the {kind} failed (see the messages above)");
        }
        let text = String::from_utf8(out.stdout).context("minifier output is not UTF-8")?;
        if text.trim().is_empty() {
            bail!("minifying the {kind} gave nothing");
        }
        Ok(text)
    }
}

impl Minifier for NpmMinifier {
    fn js(&self, module_script: &str) -> Result<String> {
        Self::run("js", module_script)
    }
    fn css(&self, style: &str) -> Result<String> {
        Self::run("css", style)
    }
}

/// All `style/*.css` files in name order, so the cascade is predictable.
fn read_css(dir: &Path) -> Result<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .collect();
    files.sort();
    let mut css = String::new();
    for f in files {
        css.push_str(&read(&f)?);
        css.push('\n');
    }
    Ok(css)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}
