//! Peak heap memory of the whole pipeline against the size of its input.
//!
//! `cargo bench --bench memory` runs the pipeline the way `tvilling check` does (parse both
//! documents, check the pair, render the report as JSON) on the COM(2026) 45 pair repeated 1,
//! 10 and 100 times (see `scale.rs`), and prints the largest number of heap bytes live at any
//! moment (the input text included), counted by the global allocator below, with its ratio to
//! the input size. The target is a peak of at most 10 times the input. Heap bytes leave out
//! the program's code, its stacks and what the allocator keeps unreturned, so the resident
//! size the operating system reports (`/usr/bin/time -f %M`) is some megabytes higher.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use tvilling::document::{self, Format};
use tvilling::report::{Format as Output, RenderOptions};
use tvilling::text::Lang;

mod scale;

/// The system allocator, counting the bytes it has handed out and the most ever live at once.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on as it is.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` was allocated by `System` with `layout` (every allocation goes there).
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; `new_size` is the caller's.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const EN: &str = include_str!("../fixtures/com-2026-45/en.md");
const SV: &str = include_str!("../fixtures/com-2026-45/sv.md");

fn main() {
    // `cargo test --benches` runs bench binaries with `--test`: nothing to measure then.
    if std::env::args().any(|arg| arg == "--test") {
        return;
    }
    println!("{:>6} {:>12} {:>14} {:>8}", "input", "bytes", "peak heap", "ratio");
    for times in [1, 10, 100] {
        let base = LIVE.load(Ordering::Relaxed);
        let (en, sv) = (scale::scale(EN, times), scale::scale(SV, times));
        let input = en.len() + sv.len();
        // The peak counts the input itself, as a process that has read the files holds it.
        PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
        // The documents own their text, as when the binary reads the files.
        let mut src = document::parse("en.md", en, Format::Markdown);
        let mut tgt = document::parse("sv.md", sv, Format::Markdown);
        src.lang = Some(Lang::En);
        tgt.lang = Some(Lang::Sv);
        let rendered = match tvilling::check_pair(src, tgt, &Default::default()) {
            Ok(report) => {
                tvilling::report::render(&report, Output::Json, &RenderOptions { color: false, quiet: true })
                    .len()
            }
            Err(error) => {
                eprintln!("the pipeline failed: {error}");
                std::process::exit(1);
            }
        };
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
        println!(
            "{:>5}× {:>12} {:>11.1} MB {:>7.1}×  ({} bytes of JSON)",
            times,
            input,
            peak as f64 / 1e6,
            peak as f64 / input as f64,
            rendered
        );
    }
}
