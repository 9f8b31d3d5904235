//! `cargo xtask test`: every check, in the order CI runs them, with the time
//! each phase took. Fails on the first failing phase.

use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

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

/// The end-to-end test files, listed so that a file cannot drop out of the
/// run unnoticed (a rename, a syntax error that makes node skip it); `e2e()`
/// also fails if `tests/e2e/` holds a `*.test.mjs` missing from this list.
const E2E_FILES: &[&str] = &[
    "tests/e2e/foundation.test.mjs",
    "tests/e2e/a11y.test.mjs",
    "tests/e2e/backup.test.mjs",
    "tests/e2e/encryption.test.mjs",
    "tests/e2e/exchange.test.mjs",
    "tests/e2e/import_merge.test.mjs",
    "tests/e2e/keyboard.test.mjs",
    "tests/e2e/links.test.mjs",
    "tests/e2e/paging.test.mjs",
    "tests/e2e/progress.test.mjs",
    "tests/e2e/projector.test.mjs",
    "tests/e2e/provenance.test.mjs",
    "tests/e2e/regulatory.test.mjs",
    "tests/e2e/report.test.mjs",
    "tests/e2e/rollup.test.mjs",
    "tests/e2e/safety.test.mjs",
    "tests/e2e/scoring.test.mjs",
    "tests/e2e/truncation.test.mjs",
    "tests/e2e/ui_state.test.mjs",
    "tests/e2e/visuals.test.mjs",
    "tests/e2e/walkthrough.test.mjs",
    "tests/e2e/workshop.test.mjs",
];

/// The fewest end-to-end tests a passing run may report (node's "# pass N").
/// Set from a real run (97 tests in the 22 files, December 2026); RAISE IT
/// when you add tests (never lower it to make a run pass: a lower count means
/// tests stopped running).
const MIN_E2E_TESTS: u32 = 97;

/// The Node.js major version the runner is written for: `node:test`'s
/// reporters and their summary lines change between majors. Also in
/// package.json's "engines".
const NODE_MAJOR: u32 = 20;

/// Runs the Node test suite. As root on Linux it runs inside a fresh network
/// namespace that has only loopback, so "works offline" is proven, not
/// assumed; in CI (`CI=true`) that namespace is mandatory.
fn e2e() -> Result<()> {
    let root = root();
    let xtask = std::env::current_exe()?;
    let version = Command::new("node")
        .arg("--version")
        .output()
        .context("cannot run node")?;
    let version = String::from_utf8_lossy(&version.stdout);
    match node_major(&version) {
        Some(NODE_MAJOR) => {}
        _ => bail!(
            "the end-to-end tests need Node.js {NODE_MAJOR}.x (found {}): install it, or \
             update NODE_MAJOR in xtask/src/check.rs and \"engines\" in package.json together",
            version.trim()
        ),
    }
    let present = std::fs::read_dir(root.join("tests/e2e"))?
        .filter_map(|e| e.ok())
        .map(|e| format!("tests/e2e/{}", e.file_name().to_string_lossy()))
        .collect::<Vec<_>>();
    let present: Vec<&str> = present.iter().map(String::as_str).collect();
    unlisted_or_missing(&present, E2E_FILES)?;

    let tap = std::env::temp_dir().join(format!("mamori-e2e-{}.tap", std::process::id()));
    let tap_arg = format!("--test-reporter-destination={}", tap.display());
    let mut node_args = vec![
        "--test",
        "--test-concurrency=1",
        // Readable progress on the terminal, and TAP in a file whose summary
        // is checked below.
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        tap_arg.as_str(),
    ];
    node_args.extend_from_slice(E2E_FILES);
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
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
        c.args(&node_args);
        c
    } else if ci {
        bail!(
            "CI=true but the end-to-end tests cannot run offline (they need root, `unshare` and \
             `ip` for a loopback-only network namespace): CI must prove the app works offline"
        );
    } else {
        eprintln!(
            "not root or no unshare: running with the machine's network (not proven offline)"
        );
        let mut c = Command::new("node");
        c.args(&node_args);
        c
    };
    cmd.current_dir(&root)
        .env("MAMORI_XTASK", xtask)
        .env("MAMORI_HTML", root.join("dist/mamori.html"))
        .env("MAMORI_OFFLINE_NAMESPACE", if offline { "1" } else { "0" });
    let ran = run(&mut cmd);
    let summary = std::fs::read_to_string(&tap)
        .with_context(|| format!("node wrote no TAP report to {}", tap.display()));
    let _ = std::fs::remove_file(&tap);
    ran?;
    let counts = tap_summary(&summary?)?;
    eprintln!(
        "end-to-end: {} tests, {} passed (at least {MIN_E2E_TESTS} required)",
        counts.tests, counts.pass
    );
    enough_tests(counts, MIN_E2E_TESTS)
}

/// `20` from `v20.20.2`.
fn node_major(version: &str) -> Option<u32> {
    version
        .trim()
        .strip_prefix('v')?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// Fails if a test file on disk is not in the list, or a listed one is gone.
fn unlisted_or_missing(present: &[&str], listed: &[&str]) -> Result<()> {
    let unlisted: Vec<&&str> = present
        .iter()
        .filter(|f| f.ends_with(".test.mjs") && !listed.contains(f))
        .collect();
    let missing: Vec<&&str> = listed.iter().filter(|f| !present.contains(f)).collect();
    if !unlisted.is_empty() {
        bail!("end-to-end test files not listed in E2E_FILES (xtask/src/check.rs): {unlisted:?}");
    }
    if !missing.is_empty() {
        bail!("E2E_FILES (xtask/src/check.rs) lists files that do not exist: {missing:?}");
    }
    Ok(())
}

/// The counts at the end of node's TAP report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TapCounts {
    tests: u32,
    pass: u32,
    fail: u32,
}

/// Reads `# tests N`, `# pass N` and `# fail N` from a TAP report.
fn tap_summary(tap: &str) -> Result<TapCounts> {
    let count = |key: &str| -> Result<u32> {
        tap.lines()
            .rev()
            .find_map(|l| l.strip_prefix("# ")?.strip_prefix(key)?.strip_prefix(' '))
            .with_context(|| format!("no `# {key} N` line in node's TAP summary"))?
            .trim()
            .parse()
            .with_context(|| format!("`# {key}` is not a number"))
    };
    Ok(TapCounts {
        tests: count("tests")?,
        pass: count("pass")?,
        fail: count("fail")?,
    })
}

/// A run passes only if nothing failed and at least `min` tests passed.
fn enough_tests(c: TapCounts, min: u32) -> Result<()> {
    if c.fail > 0 {
        bail!("{} of {} end-to-end tests failed", c.fail, c.tests);
    }
    if c.pass < min {
        bail!(
            "only {} end-to-end tests passed, at least {min} expected: tests stopped running \
             (a file not loaded, a describe that registers nothing?). If you removed tests on \
             purpose, lower MIN_E2E_TESTS in xtask/src/check.rs and say why in the commit",
            c.pass
        );
    }
    Ok(())
}

fn which(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool} >/dev/null")])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_major_reads_the_major_version() {
        assert_eq!(node_major("v20.20.2\n"), Some(20));
        assert_eq!(node_major("v22.1.0"), Some(22));
        assert_eq!(node_major("20.1.0"), None);
        assert_eq!(node_major(""), None);
    }

    #[test]
    fn the_tap_summary_is_read_and_too_few_tests_fail() {
        let tap = "TAP version 13\n# Subtest: a\nok 1 - a\n1..1\n# tests 74\n# suites 9\n\
                   # pass 74\n# fail 0\n# cancelled 0\n# skipped 0\n# todo 0\n# duration_ms 1\n";
        let c = tap_summary(tap).expect("summary");
        assert_eq!(
            c,
            TapCounts {
                tests: 74,
                pass: 74,
                fail: 0
            }
        );
        assert!(enough_tests(c, 74).is_ok());
        assert!(enough_tests(c, 75).is_err());
        assert!(enough_tests(TapCounts { fail: 1, ..c }, 1).is_err());
        assert!(tap_summary("TAP version 13\n").is_err());
    }

    #[test]
    fn every_test_file_must_be_listed_and_every_listed_file_present() {
        let listed = ["tests/e2e/a.test.mjs"];
        assert!(
            unlisted_or_missing(&["tests/e2e/a.test.mjs", "tests/e2e/harness.mjs"], &listed)
                .is_ok()
        );
        assert!(
            unlisted_or_missing(&["tests/e2e/a.test.mjs", "tests/e2e/b.test.mjs"], &listed)
                .is_err()
        );
        assert!(unlisted_or_missing(&[], &listed).is_err());
    }

    #[test]
    fn the_listed_files_are_the_files_in_tests_e2e() {
        let dir = root().join("tests/e2e");
        let present: Vec<String> = std::fs::read_dir(&dir)
            .expect("tests/e2e")
            .map(|e| {
                format!(
                    "tests/e2e/{}",
                    e.expect("entry").file_name().to_string_lossy()
                )
            })
            .collect();
        let present: Vec<&str> = present.iter().map(String::as_str).collect();
        unlisted_or_missing(&present, E2E_FILES).expect("E2E_FILES matches tests/e2e");
    }
}
