//! Replays every saved fuzz input: `fuzz/regressions/<target>/*` (inputs that once failed)
//! and `fuzz/seeds/<target>/*` (the seed corpus), through the same checks as the fuzz targets.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs `check` on every file of `fuzz/<kind>/<target>/` and returns how many there were.
fn replay(kind: &str, target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(kind).join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return 0 };
    let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    for file in &files {
        let data = std::fs::read(file).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails again", file.display());
    }
    files.len()
}

/// A target's name and its check.
type Target = (&'static str, fn(&[u8]));

const TARGETS: [Target; 4] = [
    ("parse", checks::parse),
    ("segment", checks::segment),
    ("values", checks::values),
    ("pipeline", checks::pipeline),
];

#[test]
fn regressions_stay_fixed() {
    for (target, check) in TARGETS {
        replay("regressions", target, check);
    }
}

#[test]
fn the_seed_corpus_passes_every_check() {
    for (target, check) in TARGETS {
        // An input without its selector byte is skipped, not a panic.
        check(&[]);
        let n = replay("seeds", target, check);
        assert!(n >= 10, "fuzz/seeds/{target} holds {n} inputs; run fuzz/make_seeds.py");
    }
}
