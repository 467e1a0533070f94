//! Throughput of every stage and of the whole pipeline on the COM(2026) 45 pair and on
//! inputs 10× and 100× larger (the pair repeated, footnotes and headings renumbered).
//!
//! Run with `cargo bench --bench pipeline`; bytes/s are counted over both documents.

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use tvilling::document::{self, Document, Format};
use tvilling::text::Lang;

mod scale;

fn main() {
    // The 100× input takes seconds per iteration: a few samples are enough for a trend.
    divan::Divan::from_args().sample_count(10).sample_size(1).main();
}

const EN: &str = include_str!("../fixtures/com-2026-45/en.md");
const SV: &str = include_str!("../fixtures/com-2026-45/sv.md");

const SIZES: &[usize] = &[1, 10, 100];

static SCALED: LazyLock<Vec<(String, String)>> =
    LazyLock::new(|| SIZES.iter().map(|&n| (scale::scale(EN, n), scale::scale(SV, n))).collect());

fn pair(n: usize) -> &'static (String, String) {
    let i = SIZES.iter().position(|&s| s == n).unwrap_or(0);
    &SCALED[i]
}

fn parse(name: &str, text: &str, lang: Lang) -> Document {
    let mut doc = document::parse(name, text.to_string(), Format::Markdown);
    doc.lang = Some(lang);
    doc
}

fn bytes(n: usize) -> BytesCount {
    let (en, sv) = pair(n);
    BytesCount::new(en.len() + sv.len())
}

#[divan::bench(args = SIZES)]
fn parse_both(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    bencher
        .counter(bytes(n))
        .bench(|| (parse("en.md", black_box(en), Lang::En), parse("sv.md", black_box(sv), Lang::Sv)));
}

#[divan::bench(args = SIZES)]
fn segment_both(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    let docs = [parse("en.md", en, Lang::En), parse("sv.md", sv, Lang::Sv)];
    bencher.counter(bytes(n)).bench(|| {
        let mut count = 0;
        for doc in &docs {
            let lang = doc.lang.unwrap_or(Lang::En);
            for block in &doc.blocks {
                count += tvilling::segment::sentences(black_box(&block.text), lang).len();
            }
        }
        count
    });
}

#[divan::bench(args = SIZES)]
fn values_both(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    let docs = [parse("en.md", en, Lang::En), parse("sv.md", sv, Lang::Sv)];
    bencher.counter(bytes(n)).bench(|| {
        docs.iter()
            .map(|d| tvilling::pipeline::document_values(d, d.lang.unwrap_or(Lang::En)).len())
            .sum::<usize>()
    });
}

#[divan::bench(args = SIZES)]
fn align(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    let (src, tgt) = (parse("en.md", en, Lang::En), parse("sv.md", sv, Lang::Sv));
    bencher.counter(bytes(n)).bench(|| tvilling::align::align(black_box(&src), black_box(&tgt)).beads.len());
}

/// The whole pipeline: parse, segment, values, align, check (the report value, not rendered).
#[divan::bench(args = SIZES)]
fn check_pair(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    bencher.counter(bytes(n)).bench(|| {
        let report = tvilling::check_pair(
            parse("en.md", en, Lang::En),
            parse("sv.md", sv, Lang::Sv),
            &Default::default(),
        );
        report.map(|r| r.findings.len()).unwrap_or(0)
    });
}

/// The whole pipeline as `check_pair`, on one core: every parallel step runs in a pool of
/// one thread, so bytes/s here is the library's throughput per core.
#[divan::bench(args = SIZES)]
fn check_pair_one_core(bencher: Bencher, n: usize) {
    let (en, sv) = pair(n);
    let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(1).build() else {
        return;
    };
    bencher.counter(bytes(n)).bench(|| {
        pool.install(|| {
            let report = tvilling::check_pair(
                parse("en.md", en, Lang::En),
                parse("sv.md", sv, Lang::Sv),
                &Default::default(),
            );
            report.map(|r| r.findings.len()).unwrap_or(0)
        })
    });
}

/// Rendering every output format of the fixture pair's report.
#[divan::bench(args = ["human", "json", "sarif", "junit", "html", "tmx"])]
fn render(bencher: Bencher, format: &str) {
    use tvilling::report::{Format as Out, RenderOptions};
    let (en, sv) = pair(1);
    let report =
        tvilling::check_pair(parse("en.md", en, Lang::En), parse("sv.md", sv, Lang::Sv), &Default::default())
            .expect("the fixture pair checks");
    let out = match format {
        "human" => Out::Human,
        "json" => Out::Json,
        "sarif" => Out::Sarif,
        "junit" => Out::Junit,
        "html" => Out::Html,
        _ => Out::Tmx,
    };
    let opts = RenderOptions { color: false, quiet: false };
    bencher.counter(bytes(1)).bench(|| tvilling::report::render(black_box(&report), out, &opts).len());
}

/// The yardstick the speed target was set against: unicode-segmentation's UAX #29 sentence
/// iterator alone over both versions (about 50 MB/s on the reference machine). The ratio of
/// `check_pair_one_core` to this figure carries over from one machine to another.
#[divan::bench(args = SIZES)]
fn yardstick_uax29_sentences(bencher: Bencher, n: usize) {
    use unicode_segmentation::UnicodeSegmentation;
    let (en, sv) = pair(n);
    bencher.counter(bytes(n)).bench(|| {
        black_box(en.as_str()).split_sentence_bounds().count()
            + black_box(sv.as_str()).split_sentence_bounds().count()
    });
}
