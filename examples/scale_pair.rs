//! Writes the COM(2026) 45 pair repeated N times (footnotes and headings renumbered, see
//! `benches/scale.rs`) as `DIR/en.md` and `DIR/sv.md`, to time and measure the binary on
//! large inputs: `cargo run --release --example scale_pair -- 100 target/x100`.

#[path = "../benches/scale.rs"]
mod scale;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(times), Some(dir)) = (args.get(1).and_then(|n| n.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: scale_pair N DIR");
        std::process::exit(2);
    };
    let root = env!("CARGO_MANIFEST_DIR");
    for name in ["en.md", "sv.md"] {
        let written =
            std::fs::read_to_string(format!("{root}/fixtures/com-2026-45/{name}")).and_then(|text| {
                std::fs::create_dir_all(dir)?;
                std::fs::write(format!("{dir}/{name}"), scale::scale(&text, times))
            });
        if let Err(error) = written {
            eprintln!("{dir}/{name}: {error}");
            std::process::exit(2);
        }
    }
}
