//! Builds larger inputs from the fixture pair: the pair repeated `n` times, with footnote
//! labels and heading numbers renumbered in each copy so that labels stay unique and the
//! structure stays that of one long document. Shared by the benchmarks and the tests.

use regex::{Captures, Regex};

/// The document repeated `n` times; copy `k` adds `k` times the highest footnote label to
/// every label, and `k` times the highest section number to every section number, so that
/// labels and numbers stay unique and as short as a real long document's.
pub fn scale(text: &str, n: usize) -> String {
    let sup = Regex::new(r"<sup>\((\d+)\)</sup>").expect("valid regex");
    let def = Regex::new(r"(?m)^\((\d+)\)").expect("valid regex");
    let heading = Regex::new(r"(?m)^(#+[ *]*)(\d+)").expect("valid regex");
    let highest = |re: &Regex, group: usize| {
        re.captures_iter(text).filter_map(|c| c[group].parse::<usize>().ok()).max().unwrap_or(0)
    };
    let label_step = highest(&sup, 1).max(highest(&def, 1));
    let section_step = highest(&heading, 2);
    let mut out = String::with_capacity(text.len() * n + n);
    for k in 0..n {
        let shift =
            |caps: &Captures, i: usize, step: usize| caps[i].parse::<usize>().map_or(0, |v| v + k * step);
        let copy = sup.replace_all(text, |c: &Captures| format!("<sup>({})</sup>", shift(c, 1, label_step)));
        let copy = def.replace_all(&copy, |c: &Captures| format!("({})", shift(c, 1, label_step)));
        let copy =
            heading.replace_all(&copy, |c: &Captures| format!("{}{}", &c[1], shift(c, 2, section_step)));
        out.push_str(&copy);
        out.push_str("\n\n");
    }
    out
}
