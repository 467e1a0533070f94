//! Dates written in digits alone: `29.1.2026`, `29/01/2026`, `2026-01-29`, `2024`, `2021-27`,
//! `1990s`.
//!
//! One pass over the places where a digit starts an ASCII word reads all five shapes; it
//! finds exactly what these regular expressions find, each on its own, leftmost first and
//! without overlaps (the tests compare them on many texts):
//!
//! | shape | pattern |
//! | --- | --- |
//! | numeric | `\b(?:([0-9]{1,2})\.([0-9]{1,2})\.\|([0-9]{1,2})/([0-9]{1,2})/)([0-9]{4})\b` |
//! | ISO | `\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b` |
//! | year | `\b(19[0-9][0-9]\|20[0-9][0-9]\|2100)\b` |
//! | short year range | `\b(19[0-9][0-9]\|20[0-9][0-9])[-–]([0-9][0-9])\b` |
//! | decade | `(?i)\b(1[89][0-9]0\|20[0-9]0)(?:suffixes)\b`, suffixes longest first |
//!
//! (`\b` is an ASCII word boundary.) Five searches per text cost more than this one pass,
//! for the many short texts of a document.

use std::ops::Range;

/// The digit dates of one text, each list in text order.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct DigitDates {
    /// `(span, day, month, year)`.
    pub numeric: Vec<(Range<usize>, u32, u32, u32)>,
    /// `(span, year, month, day)`.
    pub iso: Vec<(Range<usize>, u32, u32, u32)>,
    pub years: Vec<(Range<usize>, u32)>,
    /// `(span, first year, last two digits)`.
    pub year_ranges: Vec<(Range<usize>, u32, u32)>,
    pub decades: Vec<(Range<usize>, u32)>,
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether an ASCII word ends at `at` (no word byte there).
fn word_ends(bytes: &[u8], at: usize) -> bool {
    !bytes.get(at).copied().is_some_and(is_word_byte)
}

/// The number of ASCII digits from `at`.
fn digits(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |tail| tail.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// The value of the digits at `range`: callers check that every byte there is a digit (at
/// most nine of them); anything else counts as zero rather than overflowing.
fn value(bytes: &[u8], range: Range<usize>) -> u32 {
    bytes
        .get(range)
        .map_or(0, |run| run.iter().fold(0, |n, b| n * 10 + u32::from(b.saturating_sub(b'0') % 10)))
}

/// `d.m.yyyy` or `dd/mm/yyyy` (the Commission's press pages) starting at `start`: its end and
/// the three numbers.
fn numeric_at(bytes: &[u8], start: usize) -> Option<(usize, u32, u32, u32)> {
    let day = digits(bytes, start);
    let month_at = start + day + 1;
    let month = digits(bytes, month_at);
    let year_at = month_at + month + 1;
    let separator = bytes.get(start + day).copied().filter(|&byte| byte == b'.' || byte == b'/');
    let ok = (1..=2).contains(&day)
        && separator.is_some()
        && (1..=2).contains(&month)
        && bytes.get(month_at + month).copied() == separator
        && digits(bytes, year_at) == 4
        && word_ends(bytes, year_at + 4);
    ok.then(|| {
        let (d, m, y) = (
            value(bytes, start..month_at - 1),
            value(bytes, month_at..year_at - 1),
            value(bytes, year_at..year_at + 4),
        );
        (year_at + 4, d, m, y)
    })
}

/// `yyyy-mm-dd` starting at `start`.
fn iso_at(bytes: &[u8], start: usize) -> Option<(usize, u32, u32, u32)> {
    let ok = digits(bytes, start) == 4
        && bytes.get(start + 4) == Some(&b'-')
        && digits(bytes, start + 5) == 2
        && bytes.get(start + 7) == Some(&b'-')
        && digits(bytes, start + 8) == 2
        && word_ends(bytes, start + 10);
    ok.then(|| {
        let (y, m, d) = (
            value(bytes, start..start + 4),
            value(bytes, start + 5..start + 7),
            value(bytes, start + 8..start + 10),
        );
        (start + 10, y, m, d)
    })
}

/// Four digits from 1900 to 2100 that make a whole word, starting at `start`.
fn year_at(bytes: &[u8], start: usize) -> Option<u32> {
    if digits(bytes, start) != 4 || !word_ends(bytes, start + 4) {
        return None;
    }
    Some(value(bytes, start..start + 4)).filter(|year| (1900..=2100).contains(year))
}

/// `yyyy-yy`, `yyyy–yy` or `yyyy/yy` starting at `start`, or two years in a row with a
/// slash, `yyyy/yyyy` (a season, a financial year): its end, the first year and the last
/// two digits of the second.
fn year_range_at(bytes: &[u8], start: usize) -> Option<(usize, u32, u32)> {
    if digits(bytes, start) != 4 {
        return None;
    }
    let first = Some(value(bytes, start..start + 4)).filter(|year| (1900..=2099).contains(year))?;
    let joiner = match bytes.get(start + 4..) {
        Some([b'-' | b'/', ..]) => 1,
        Some([0xE2, 0x80, 0x93, ..]) => 3,
        _ => return None,
    };
    let second_at = start + 4 + joiner;
    let run = digits(bytes, second_at);
    if bytes.get(start + 4) == Some(&b'/')
        && run == 4
        && word_ends(bytes, second_at + 4)
        && value(bytes, second_at..second_at + 4) == first + 1
    {
        return Some((second_at + 4, first, (first + 1) % 100));
    }
    (run == 2 && word_ends(bytes, second_at + 2))
        .then(|| (second_at + 2, first, value(bytes, second_at..second_at + 2)))
}

/// `1990s`, `1990-talet` starting at `start`, with the first suffix (longest first) that
/// ends a word; suffixes are compared without regard to ASCII case.
fn decade_at(bytes: &[u8], start: usize, suffixes: &[&str]) -> Option<(usize, u32)> {
    let head = bytes.get(start..start + 4)?;
    let decade = matches!(head, [b'1', b'8' | b'9', d, b'0'] | [b'2', b'0', d, b'0'] if d.is_ascii_digit());
    if !decade {
        return None;
    }
    let after = start + 4;
    suffixes.iter().find_map(|suffix| {
        let end = after + suffix.len();
        let written = bytes.get(after..end)?;
        (written.eq_ignore_ascii_case(suffix.as_bytes()) && word_ends(bytes, end))
            .then(|| (end, value(bytes, start..after)))
    })
}

/// Reads every digit date of `text`; `decade_suffixes` longest first (see
/// [`super::tables::longest_first`]).
pub(crate) fn find(text: &str, decade_suffixes: &[&str]) -> DigitDates {
    let bytes = text.as_bytes();
    let mut found = DigitDates::default();
    // Where each shape may match next: matches of one shape never overlap.
    let mut next = [0usize; 5];
    let mut at = 0;
    while let Some(start) = super::swar::find_digit(bytes, at) {
        let run = digits(bytes, start);
        at = start + run;
        if start > 0 && bytes.get(start - 1).copied().is_some_and(is_word_byte) {
            continue;
        }
        if start >= next[0]
            && let Some((end, day, month, year)) = numeric_at(bytes, start)
        {
            found.numeric.push((start..end, day, month, year));
            next[0] = end;
        }
        if start >= next[1]
            && let Some((end, year, month, day)) = iso_at(bytes, start)
        {
            found.iso.push((start..end, year, month, day));
            next[1] = end;
        }
        if start >= next[2]
            && let Some(year) = year_at(bytes, start)
        {
            found.years.push((start..start + 4, year));
            next[2] = start + 4;
        }
        if start >= next[3]
            && let Some((end, first, last)) = year_range_at(bytes, start)
        {
            found.year_ranges.push((start..end, first, last));
            next[3] = end;
        }
        if start >= next[4]
            && let Some((end, decade)) = decade_at(bytes, start, decade_suffixes)
        {
            found.decades.push((start..end, decade));
            next[4] = end;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::tables::longest_first;

    /// What the five regular expressions find in `text`.
    fn by_regex(text: &str, suffixes: &[&str]) -> DigitDates {
        let number = |c: &regex::Captures, i: usize| c.get(i).map_or(0, |m| m.as_str().parse().unwrap_or(0));
        let span = |c: &regex::Captures| c.get(0).map_or(0..0, |m| m.range());
        let escaped: Vec<String> = suffixes.iter().map(|s| regex::escape(s)).collect();
        let compile = |p: &str| regex::Regex::new(p).expect("test pattern");
        let numeric =
            compile(r"(?-u:\b)(?:([0-9]{1,2})\.([0-9]{1,2})\.|([0-9]{1,2})/([0-9]{1,2})/)([0-9]{4})(?-u:\b)");
        // The day and month of either separator.
        let either =
            |c: &regex::Captures, i: usize| if c.get(i).is_some() { number(c, i) } else { number(c, i + 2) };
        let iso = compile(r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)");
        let year = compile(r"(?-u:\b)(19[0-9][0-9]|20[0-9][0-9]|2100)(?-u:\b)");
        let range = compile(r"(?-u:\b)(19[0-9][0-9]|20[0-9][0-9])[-\u{2013}/]([0-9][0-9])(?-u:\b)");
        let slash_years = compile(r"(?-u:\b)(19[0-9][0-9]|20[0-9][0-9])/([0-9]{4})(?-u:\b)");
        let decade =
            compile(&format!(r"(?i)(?-u:\b)(1[89][0-9]0|20[0-9]0)(?:{})(?-u:\b)", escaped.join("|")));
        DigitDates {
            numeric: numeric
                .captures_iter(text)
                .map(|c| (span(&c), either(&c, 1), either(&c, 2), number(&c, 5)))
                .collect(),
            iso: iso
                .captures_iter(text)
                .map(|c| (span(&c), number(&c, 1), number(&c, 2), number(&c, 3)))
                .collect(),
            years: year.captures_iter(text).map(|c| (span(&c), number(&c, 1))).collect(),
            year_ranges: {
                let mut found: Vec<_> = range
                    .captures_iter(text)
                    .map(|c| (span(&c), number(&c, 1), number(&c, 2)))
                    .chain(
                        slash_years
                            .captures_iter(text)
                            .filter(|c| number(c, 2) == number(c, 1) + 1)
                            .map(|c| (span(&c), number(&c, 1), number(&c, 2) % 100)),
                    )
                    .collect();
                found.sort_by_key(|(span, _, _)| span.start);
                found
            },
            decades: decade.captures_iter(text).map(|c| (span(&c), number(&c, 1))).collect(),
        }
    }

    const TEXTS: &[&str] = &[
        "Brussels, 29.1.2026 and 1.12.2025; 123.4.2020, 12.345.2020, 1.2.20201, 1.2.2020a, x1.2.2020",
        "29/01/2026, 1/2/2020, 1.2/2020, 1/2.2020, 123/4/2020, 1/2/20201, 5848/26, 14520/1/23, 2024/1351",
        "2026-01-29, 2026-1-29, 2026-01-290, 2026-01-29_, 20261-01-29, 2026-01-29-30",
        "in 2024, 1899, 2100, 2101, 19999, 2024a, a2024, 2024_, é2024, 2024é, 1900.",
        "2021-27, 2021–27, 2021-2027, 2021-7, 2021-270, 1899-00, 2099-01, 2100-01, 2021-27b",
        "2023/24, 2026/2027, 2026/2028, 2024/1351, 2024/2025a, 1999/2000, 2023/24/25, 2099/2100",
        "the 1990s, 1990's, 1990S, 1980-talet, 1990-tal, 1990talet, 1990-talets, 2000s, 2010s, 1995s, 17 90s",
        "Q3 2025, 14.5.2024–30.6.2025, 2024/1351, 5.5.2024.6.6.2024, 1.1.1900 2.2.2100",
        "",
        "9",
    ];

    #[test]
    fn same_as_the_patterns() {
        for suffixes in [longest_first(["s", "'s"]), longest_first(["-talet", "-tal", "talet"])] {
            for text in TEXTS {
                assert_eq!(find(text, &suffixes), by_regex(text, &suffixes), "{text:?} with {suffixes:?}");
            }
        }
    }

    #[test]
    fn finds_each_shape() {
        let found = find("29.1.2026, 2026-01-29, 2021–27 and the 1990s", &longest_first(["s"]));
        assert_eq!(found.numeric, [(0..9, 29, 1, 2026)]);
        assert_eq!(found.iso, [(11..21, 2026, 1, 29)]);
        // `2026-01` of the ISO date has the shape of a range too; the date stage drops it (01 < 26).
        assert_eq!(found.year_ranges, [(11..18, 2026, 1), (23..32, 2021, 27)]);
        assert_eq!(found.decades, [(41..46, 1990)]);
        // Each shape is read on its own: the longest value wins later, when values are resolved.
        assert_eq!(found.years, [(5..9, 2026), (11..15, 2026), (23..27, 2021)]);
    }

    proptest::proptest! {
        #[test]
        fn same_as_the_patterns_on_any_text(text in "[0-9.\\-–sStaléx_ /']{0,40}") {
            for suffixes in [longest_first(["s", "'s"]), longest_first(["-talet", "-tal", "talet"])] {
                proptest::prop_assert_eq!(find(&text, &suffixes), by_regex(&text, &suffixes));
            }
        }
    }
}
