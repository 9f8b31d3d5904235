//! Task runner for Mamori: `cargo xtask <command>`.
//!
//! - `serve [--port N] [--no-build]`: set up, build `dist/mamori.html`, serve it
//!   on 127.0.0.1 (default 8080) and print the URL and the file's path.
//! - `build [--no-opt]`: set up and build the single file only.
//! - `test [--skip-e2e] [--skip-fuzz]`: every check, as CI runs it.
//! - `setup [--browser]`: install what is missing (idempotent).
//! - `bench [--runs N] [--report-only]`: the performance harness; writes `docs/performance.md`.

mod bench;
mod build;
mod check;
mod latin_text;
mod serve;
mod setup;
mod single_file;

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};

fn main() {
    if let Err(e) = real_main() {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn real_main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    match args.first().map(String::as_str) {
        Some("serve") => {
            let port = match args.iter().position(|a| a == "--port") {
                Some(i) => args
                    .get(i + 1)
                    .context("--port needs a number")?
                    .parse()
                    .context("--port needs a number")?,
                None => 8080,
            };
            let html = if flag("--no-build") {
                // Tests may point the server at another built file.
                std::env::var_os("MAMORI_HTML")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| root().join("dist/mamori.html"))
            } else {
                setup::setup(setup::Needs { browser: false })?;
                build::build(true)?.html
            };
            serve::serve(&html, port)
        }
        Some("build") => {
            setup::setup(setup::Needs { browser: false })?;
            let out = build::build(!flag("--no-opt"))?;
            println!("{} ({} bytes; wasm {} bytes)", out.html.display(), out.raw_bytes, out.wasm_bytes);
            Ok(())
        }
        Some("test") => check::check(&check::Options {
            skip_e2e: flag("--skip-e2e"),
            skip_fuzz: flag("--skip-fuzz"),
        }),
        Some("setup") => setup::setup(setup::Needs { browser: flag("--browser") }),
        Some("bench") => {
            let runs = match args.iter().position(|a| a == "--runs") {
                Some(i) => args
                    .get(i + 1)
                    .context("--runs needs a number")?
                    .parse()
                    .context("--runs needs a number")?,
                None => 5,
            };
            bench::bench(runs, flag("--report-only"))
        }
        _ => bail!("usage: cargo xtask <serve [--port N] [--no-build] | build [--no-opt] | test [--skip-e2e] [--skip-fuzz] | setup [--browser] | bench [--runs N] [--report-only]>"),
    }
}

/// The repository root (the parent of this crate's manifest directory).
/// `cargo run` sets `CARGO_MANIFEST_DIR` at run time too; prefer it, so a
/// task binary shared between checkouts (one target dir, several worktrees)
/// works on the checkout it was started from, not the one it was built in.
pub fn root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Runs a command, failing with the command line if it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .with_context(|| format!("could not start {cmd:?}"))?;
    if !status.success() {
        bail!("command failed ({status}): {cmd:?}");
    }
    Ok(())
}

pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}
