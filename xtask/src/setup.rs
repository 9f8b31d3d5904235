//! Idempotent set-up of everything the build and the checks need, from the
//! package registries only: the rustup wasm target, npm packages from the
//! committed lock file, Debian's Chromium and ChromeDriver (with the Japanese
//! fonts and poppler's PDF tools the report test needs), and Debian's
//! headless LibreOffice (for the interop check). Each step is
//! skipped when its result is already present, so re-runs cost nothing.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Result};

use crate::{build::TARGET, root, run};

/// What a caller needs set up.
#[derive(Clone, Copy)]
pub struct Needs {
    /// Debian chromium + chromium-driver, CJK fonts and poppler-utils (only
    /// the browser tests need them).
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

/// `apt-get` (through sudo unless root), non-interactive.
fn apt(args: &[&str]) -> Result<()> {
    let mut cmd = if crate::is_root() {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    };
    run(cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Debian's headless LibreOffice Calc, for the interop check that opens the
/// golden CSVs in it (tests/interop/check_libreoffice.py). The `-nogui`
/// package without recommends is the smallest that has `soffice
/// --headless`: 90 MB to download, 276 MB on disk, about 1 minute to install.
pub fn libreoffice() -> Result<()> {
    if Path::new("/usr/bin/soffice").exists() {
        return Ok(());
    }
    eprintln!("setup: installing Debian libreoffice-calc-nogui (headless)");
    apt(&["update", "-qq"])?;
    apt(&[
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "libreoffice-calc-nogui",
    ])?;
    if !Path::new("/usr/bin/soffice").exists() {
        bail!("soffice is still missing after apt-get install");
    }
    Ok(())
}

/// Files whose presence means the browser packages are installed.
const BROWSER_FILES: [&str; 4] = [
    "/usr/bin/chromium",
    "/usr/bin/chromedriver",
    // The printed-report test reads PDFs back (pdftotext, pdfinfo, pdftoppm).
    "/usr/bin/pdftotext",
    // Japanese in a PDF printed by Chromium needs a CJK font (system fonts only).
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
];

fn chromium() -> Result<()> {
    if BROWSER_FILES.iter().all(|f| Path::new(f).exists()) {
        return Ok(());
    }
    eprintln!(
        "setup: installing Debian chromium, chromium-driver, fonts-noto-cjk and poppler-utils"
    );
    apt(&["update", "-qq"])?;
    apt(&[
        "install",
        "-y",
        "-qq",
        "chromium",
        "chromium-driver",
        "fonts-noto-cjk",
        "poppler-utils",
    ])?;
    if let Some(missing) = BROWSER_FILES.iter().find(|f| !Path::new(f).exists()) {
        bail!("{missing} is still missing after apt-get install");
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
