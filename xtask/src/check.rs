//! `cargo xtask test`: every check, in the order CI runs them, with the time
//! each phase took. Fails on the first failing phase.

use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::build::{build, cargo, TARGET};
use crate::setup::{setup, Needs};
use crate::{root, run};

pub struct Options {
    /// Skip the browser phase (for quick local loops; CI never sets it).
    pub skip_e2e: bool,
    /// Skip the bounded fuzz phase (for quick local loops; CI never sets it).
    pub skip_fuzz: bool,
}

pub fn check(opts: &Options) -> Result<()> {
    let mut timings: Vec<(&str, f64)> = Vec::new();
    let mut phase = |name: &'static str, f: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        eprintln!("\n=== {name} ===");
        let t = Instant::now();
        let r = f().with_context(|| format!("phase `{name}` failed"));
        let secs = t.elapsed().as_secs_f64();
        eprintln!("--- {name}: {secs:.1}s");
        timings.push((name, secs));
        r
    };
    let root = root();
    // `--locked` everywhere: CI must build exactly the committed Cargo.lock.
    let cargo_cmd = || {
        let mut c = Command::new(cargo());
        c.current_dir(&root);
        c
    };

    let result = (|| -> Result<()> {
        phase("setup", &mut || {
            setup(Needs {
                browser: !opts.skip_e2e,
            })
        })?;
        phase("fmt", &mut || {
            run(cargo_cmd().args(["fmt", "--all", "--check"]))
        })?;
        phase("clippy (native)", &mut || {
            run(cargo_cmd().args([
                "clippy",
                "--locked",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        })?;
        phase("clippy (wasm32)", &mut || {
            run(cargo_cmd().args([
                "clippy",
                "--locked",
                "--lib",
                "--package",
                "mamori",
                "--target",
                TARGET,
                "--",
                "-D",
                "warnings",
            ]))
        })?;
        phase("native tests", &mut || {
            run(cargo_cmd().args(["test", "--locked", "--workspace"]))
        })?;
        phase("interop: golden CSVs in pandas and DuckDB", &mut interop)?;
        phase(
            "interop: golden CSVs in LibreOffice Calc and back",
            &mut || {
                crate::setup::libreoffice()?;
                run(Command::new("python3")
                    .current_dir(&root)
                    .arg("tests/interop/check_libreoffice.py"))
            },
        )?;
        phase("wasm build + single file", &mut || build(true).map(|_| ()))?;
        if !opts.skip_e2e {
            phase("end-to-end (headless Chromium, offline)", &mut e2e)?;
        }
        if !opts.skip_fuzz {
            // A short bounded run per target in CI; the long runs and their
            // execution counts are recorded in docs/reliability.md.
            phase("fuzz (bounded, every target)", &mut || {
                run(Command::new("bash")
                    .current_dir(root.join("fuzz"))
                    .args(["run.sh", "all", "45"]))
            })?;
        }
        Ok(())
    })();

    eprintln!("\nphase timings:");
    for (name, secs) in &timings {
        eprintln!("  {secs:>7.1}s  {name}");
    }
    result
}

/// Loads the committed golden CSVs with pandas and DuckDB (the tools offices
/// use), installing the pinned versions from PyPI if they are missing.
fn interop() -> Result<()> {
    let root = root();
    let have = Command::new("python3")
        .args(["-c", "import pandas, duckdb"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !have {
        run(Command::new("python3").current_dir(&root).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "-r",
            "tests/interop/requirements.txt",
        ]))?;
    }
    run(Command::new("python3")
        .current_dir(&root)
        .arg("tests/interop/check_golden.py"))
}

/// Runs the Node test suite. As root on Linux it runs inside a fresh network
/// namespace that has only loopback, so "works offline" is proven, not assumed.
fn e2e() -> Result<()> {
    let root = root();
    let xtask = std::env::current_exe()?;
    let node_args = ["--test", "--test-concurrency=1", "tests/e2e/"];
    let offline = crate::is_root() && which("unshare") && which("ip");
    let mut cmd = if offline {
        eprintln!("running inside `unshare -n` (loopback only)");
        let mut c = Command::new("unshare");
        c.args([
            "-n",
            "sh",
            "-c",
            "ip link set lo up && exec node \"$@\"",
            "node",
        ]);
        c.args(node_args);
        c
    } else {
        eprintln!(
            "not root or no unshare: running with the machine's network (not proven offline)"
        );
        let mut c = Command::new("node");
        c.args(node_args);
        c
    };
    cmd.current_dir(&root)
        .env("MAMORI_XTASK", xtask)
        .env("MAMORI_HTML", root.join("dist/mamori.html"))
        .env("MAMORI_OFFLINE_NAMESPACE", if offline { "1" } else { "0" });
    run(&mut cmd)
}

fn which(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool} >/dev/null")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}
