//! Idempotent set-up of everything the build and the checks need, from the
//! package registries only: the rustup wasm target, npm packages from the
//! committed lock file, and Debian's Chromium and ChromeDriver. Each step is
//! skipped when its result is already present, so re-runs cost nothing.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Result};

use crate::{build::TARGET, root, run};

/// What a caller needs set up.
#[derive(Clone, Copy)]
pub struct Needs {
    /// Debian chromium + chromium-driver (only the browser tests need them).
    pub browser: bool,
}

pub fn setup(needs: Needs) -> Result<()> {
    rust_target()?;
    npm_packages()?;
    if needs.browser {
        chromium()?;
    }
    Ok(())
}

fn rust_target() -> Result<()> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()?;
    if String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.trim() == TARGET)
    {
        return Ok(());
    }
    eprintln!("setup: adding rust target {TARGET}");
    run(Command::new("rustup").args(["target", "add", TARGET]))
}

fn npm_packages() -> Result<()> {
    let root = root();
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    if is_newer_or_same(&installed, &lock) {
        return Ok(());
    }
    eprintln!(
        "setup: npm ci (playwright-core, binaryen, axe-core, papaparse; no browser download)"
    );
    run(Command::new("npm")
        .current_dir(&root)
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

fn chromium() -> Result<()> {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    eprintln!("setup: installing Debian chromium and chromium-driver");
    let is_root = crate::is_root();
    let apt = |args: &[&str]| -> Result<()> {
        let mut cmd = if is_root {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        run(cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive"))
    };
    apt(&["update", "-qq"])?;
    apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])?;
    if !Path::new("/usr/bin/chromium").exists() {
        bail!("chromium is still missing after apt-get install");
    }
    Ok(())
}

fn is_newer_or_same(a: &Path, b: &Path) -> bool {
    match (
        a.metadata().and_then(|m| m.modified()),
        b.metadata().and_then(|m| m.modified()),
    ) {
        (Ok(a), Ok(b)) => a >= b,
        _ => false,
    }
}
