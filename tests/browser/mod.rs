//! Helpers for tests that drive real external tools (Chromium, Python consumers).
//!
//! A missing tool fails the test with a message naming the setup script: these tests
//! must never pass silently on a machine that cannot run them.

#![allow(dead_code)] // Each test binary uses a different subset of the helpers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The setup script that installs every tool these tests need.
pub const SETUP: &str = ".ci/setup-report.sh";

/// A fresh, empty scratch directory under the target directory.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The Chromium binary, or a failure telling how to install it.
pub fn chromium() -> PathBuf {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(out) = Command::new(name).arg("--version").output()
            && out.status.success()
        {
            return PathBuf::from(name);
        }
    }
    panic!("chromium is not installed: run `bash {SETUP}` first");
}

/// Runs headless Chromium on `page` with the given extra arguments; returns stdout.
pub fn run_chromium(page: &Path, args: &[&str], profile: &Path) -> Output {
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Runs a Python script that needs `modules`; fails with the setup hint when they are missing.
pub fn python(script: &str, args: &[&str], modules: &[&str]) -> String {
    let check = Command::new("python3")
        .arg("-c")
        .arg(modules.iter().map(|m| format!("import {m}\n")).collect::<String>())
        .output();
    match check {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "python modules {modules:?} are missing ({}): run `bash {SETUP}` first",
            String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
        ),
        Err(e) => panic!("python3 cannot run ({e}): run `bash {SETUP}` first"),
    }
    let out = Command::new("python3").arg("-c").arg(script).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "python check failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
