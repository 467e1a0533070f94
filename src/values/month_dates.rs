//! Dates written with a month name (`14 May 2024`, `May 14, 2024`, `14 May`, `May 2024`,
//! `1–3 May 2024`), found by hand instead of by five regular expressions per language.
//!
//! Those expressions were the costliest of the extractors to parse and compile (a
//! case-insensitive alternation of every month name and abbreviation in each), and a text
//! naming a month paid for all five of them again and again. Each shape here is matched as
//! the expression did: from each candidate start, every choice (one or two digits, a
//! suffix or none, a dot or none, how many spaces, which month name) is tried in the
//! order the expression prefers, and a match found ends the search at that start; the
//! next search starts where the match ended. A test compares the matches with those of
//! the expressions on generated text.
//!
//! The month names and day suffixes are ASCII (a test checks the tables), so
//! case-insensitive comparison is ASCII's; `\b` is the ASCII word boundary the expressions
//! used (`(?-u:\b)`).

use std::ops::Range;

use super::swar::find_digit;
use super::tables::longest_first;
use super::{Lower, word_at};

/// The words of a language the shapes are made of, longest first, as the expressions
/// ordered their alternations.
pub(crate) struct Words {
    suffixes: Vec<&'static str>,
    /// The month names by their lower-case first byte, each list longest first, as the
    /// expressions ordered their alternation.
    by_first: Vec<Vec<&'static str>>,
    /// A searcher for each month name, lower case, that no shorter name begins (`jan`, not
    /// `january`): every month name begins with one of them.
    starts: Vec<memchr::memmem::Finder<'static>>,
    /// Words that may stand between a day and its month (`1st of May`).
    links: &'static [&'static str],
}

/// A match: its span and the spans of its groups (every group takes part in every match).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found<const N: usize> {
    pub all: Range<usize>,
    pub groups: [Range<usize>; N],
}

/// The shapes, with the groups each reports.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Shape {
    /// `14 May 2024`: day, month, year.
    DayMonthYear,
    /// `May 14, 2024`: month, day, year.
    MonthDayYear,
    /// `14 May`: day, month (a placeholder empty range for the third group).
    DayMonth,
    /// `May 2024`: month, year (a placeholder for the third).
    MonthYear,
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether `at` is an ASCII word boundary of `bytes`.
fn boundary(bytes: &[u8], at: usize) -> bool {
    let before = at.checked_sub(1).and_then(|i| bytes.get(i)).is_some_and(|&b| is_word(b));
    let after = bytes.get(at).is_some_and(|&b| is_word(b));
    before != after
}

/// The length of the space (`[ \u{00A0}\u{202F}\u{2009}]`) starting at `at`, if one does.
pub(super) fn space_len(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at..)? {
        [b' ', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE2, 0x80, 0xAF, ..] | [0xE2, 0x80, 0x89, ..] => Some(3),
        _ => None,
    }
}

/// The ends of `{sp}` repeated at least `min` times from `at`, most first (a greedy `+`/`*`).
fn spaces(bytes: &[u8], at: usize, min: usize) -> impl Iterator<Item = usize> + '_ {
    let mut end = at;
    let mut count = 0;
    while let Some(len) = space_len(bytes, end) {
        end += len;
        count += 1;
    }
    // Back from the end one space at a time: a space's last byte tells its length.
    let mut next = Some(end);
    (min..=count).rev().filter_map(move |_| {
        let current = next?;
        let back = match current.checked_sub(1).and_then(|i| bytes.get(i)) {
            Some(b' ') => 1,
            Some(0xA0) => 2,
            _ => 3,
        };
        next = current.checked_sub(back);
        Some(current)
    })
}

/// The ends of an optional `byte` at `at`: with it first.
fn optional(bytes: &[u8], at: usize, byte: u8) -> impl Iterator<Item = usize> {
    let present = bytes.get(at) == Some(&byte);
    std::iter::once(at + 1).filter(move |_| present).chain(std::iter::once(at))
}

/// The ends of `[0-9]{min,max}` at `at`, longest first.
fn digits(bytes: &[u8], at: usize, min: usize, max: usize) -> impl Iterator<Item = usize> {
    let run = bytes.get(at..).unwrap_or(&[]).iter().take(max).take_while(|b| b.is_ascii_digit()).count();
    (min..=run).rev().map(move |len| at + len)
}

impl Words {
    /// The words of a language: its month names, day suffixes (`th`, `:e`) and the words
    /// that may link a day to its month (`of`).
    pub fn new(
        months: impl IntoIterator<Item = &'static str>,
        suffixes: impl IntoIterator<Item = &'static str>,
        links: &'static [&'static str],
    ) -> Words {
        let months = longest_first(months);
        let mut by_first: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
        for month in &months {
            if let Some(first) = month.bytes().next() {
                by_first[usize::from(first.to_ascii_lowercase())].push(month);
            }
        }
        let starts = months
            .iter()
            .filter(|month| {
                !months.iter().any(|other| {
                    other.len() < month.len()
                        && month.to_ascii_lowercase().starts_with(&other.to_ascii_lowercase())
                })
            })
            .map(|month| memchr::memmem::Finder::new(month.to_ascii_lowercase().as_bytes()).into_owned())
            .collect();
        Words { suffixes: longest_first(suffixes), by_first, starts, links }
    }

    /// The ends of `({months})(?-u:\b)` at `at`, in the alternation's order.
    fn months<'a>(&'a self, bytes: &'a [u8], at: usize) -> impl Iterator<Item = usize> + 'a {
        // Only the names with this first letter, in the alternation's order.
        let candidates = bytes
            .get(at)
            .and_then(|&first| self.by_first.get(usize::from(first.to_ascii_lowercase())))
            .map_or(&[][..], Vec::as_slice);
        candidates
            .iter()
            .filter(move |month| word_at(bytes, at, month) && boundary(bytes, at + month.len()))
            .map(move |month| at + month.len())
    }

    /// The ends of `(?:{suffixes})?` at `at`: each suffix found, then none.
    fn suffixes<'a>(&'a self, bytes: &'a [u8], at: usize) -> impl Iterator<Item = usize> + 'a {
        self.suffixes
            .iter()
            .filter(move |suffix| word_at(bytes, at, suffix))
            .map(move |suffix| at + suffix.len())
            .chain(std::iter::once(at))
    }

    /// The ends of `(?:{links}{sp}+)?` at `at`: after each link found, then none. Only a
    /// day with a suffix takes a link (`1st of May`, not the `2 of June` of `rev.2 of June`).
    fn links<'a>(&'a self, bytes: &'a [u8], at: usize, suffixed: bool) -> impl Iterator<Item = usize> + 'a {
        self.links
            .iter()
            .filter(move |_| suffixed)
            .filter(move |link| word_at(bytes, at, link) && boundary(bytes, at + link.len()))
            .flat_map(move |link| spaces(bytes, at + link.len(), 1))
            .chain(std::iter::once(at))
    }

    /// `([0-9]{4})(?-u:\b)` at `at`.
    fn year(bytes: &[u8], at: usize) -> Option<usize> {
        digits(bytes, at, 4, 4).find(|&end| boundary(bytes, end))
    }

    /// The match of `shape` starting at `at`, if one does.
    fn at(&self, shape: Shape, bytes: &[u8], at: usize) -> Option<Found<3>> {
        if !boundary(bytes, at) {
            return None;
        }
        let found = |end: usize, groups: [Range<usize>; 3]| Some(Found { all: at..end, groups });
        match shape {
            Shape::DayMonthYear | Shape::DayMonth => {
                for day in digits(bytes, at, 1, 2) {
                    for suffix in self.suffixes(bytes, day) {
                        for dot in optional(bytes, suffix, b'.') {
                            let suffixed = suffix > day;
                            for month_start in
                                spaces(bytes, dot, 1).flat_map(|at| self.links(bytes, at, suffixed))
                            {
                                for month in self.months(bytes, month_start) {
                                    if let Shape::DayMonth = shape {
                                        return found(month, [at..day, month_start..month, month..month]);
                                    }
                                    for dot in optional(bytes, month, b'.') {
                                        for comma in optional(bytes, dot, b',') {
                                            for year_start in spaces(bytes, comma, 1) {
                                                if let Some(year) = Self::year(bytes, year_start) {
                                                    return found(
                                                        year,
                                                        [at..day, month_start..month, year_start..year],
                                                    );
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                None
            }
            Shape::MonthDayYear | Shape::MonthYear => {
                for month in self.months(bytes, at) {
                    for dot in optional(bytes, month, b'.') {
                        for next in spaces(bytes, dot, 1) {
                            if let Shape::MonthYear = shape {
                                if let Some(year) = Self::year(bytes, next) {
                                    return found(year, [at..month, next..year, year..year]);
                                }
                                continue;
                            }
                            for day in digits(bytes, next, 1, 2) {
                                for suffix in self.suffixes(bytes, day) {
                                    for comma in optional(bytes, suffix, b',') {
                                        for year_start in spaces(bytes, comma, 1) {
                                            if let Some(year) = Self::year(bytes, year_start) {
                                                return found(year, [at..month, next..day, year_start..year]);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                None
            }
        }
    }

    /// `1–3 May 2024`: `([0-9]{1,2}){sp}*[-–]{sp}*([0-9]{1,2})\.?{sp}+({months})\b\.?{sp}+([0-9]{4})\b`.
    fn days_at(&self, bytes: &[u8], at: usize) -> Option<Found<4>> {
        if !boundary(bytes, at) {
            return None;
        }
        for low in digits(bytes, at, 1, 2) {
            for dash_start in spaces(bytes, low, 0) {
                let dash = match bytes.get(dash_start..) {
                    Some([b'-', ..]) => dash_start + 1,
                    Some([0xE2, 0x80, 0x93, ..]) => dash_start + 3,
                    _ => continue,
                };
                for high_start in spaces(bytes, dash, 0) {
                    for high in digits(bytes, high_start, 1, 2) {
                        for dot in optional(bytes, high, b'.') {
                            for month_start in spaces(bytes, dot, 1) {
                                for month in self.months(bytes, month_start) {
                                    for dot in optional(bytes, month, b'.') {
                                        for year_start in spaces(bytes, dot, 1) {
                                            if let Some(year) = Self::year(bytes, year_start) {
                                                return Some(Found {
                                                    all: at..year,
                                                    groups: [
                                                        at..low,
                                                        high_start..high,
                                                        month_start..month,
                                                        year_start..year,
                                                    ],
                                                });
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        None
    }

    /// The starts of the month names of `text` (a month name at a word start, followed by a
    /// word boundary), in order; `lower` is `text` with its ASCII letters lower-cased, made only
    /// when the text holds the byte pairs of a month's name. The
    /// places are found by a substring search of `lower` for the start of each name, which
    /// skips most of the text, and only the word starts among them are tried.
    pub fn month_names(&self, text: &str, lower: &Lower) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut names = Vec::new();
        for start in &self.starts {
            if !lower.pairs().may_hold(start.needle()) {
                continue;
            }
            for at in crate::text::find_all(start, lower.as_str().as_bytes()) {
                let word_start =
                    at.checked_sub(1).and_then(|before| bytes.get(before)).is_none_or(|&b| !is_word(b));
                if word_start && self.months(bytes, at).next().is_some() {
                    names.push(at);
                }
            }
        }
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Where the longest month name at `at` of `bytes` ends, if one starts there.
    pub fn month_end(&self, bytes: &[u8], at: usize) -> Option<usize> {
        self.months(bytes, at).max()
    }

    /// What [`Words::month_names`] finds, by a scan of every word of the text.
    #[cfg(test)]
    pub fn month_names_by_words(&self, text: &str) -> Vec<usize> {
        // A month name starts at a word start (a word byte after a non-word byte): the
        // scan tests the first byte of each word and skips the rest of it.
        let bytes = text.as_bytes();
        let mut names = Vec::new();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if !is_word(byte) {
                at += 1;
                continue;
            }
            if self.months(bytes, at).next().is_some() {
                names.push(at);
            }
            at += bytes.get(at..).map_or(1, |rest| rest.iter().take_while(|&&b| is_word(b)).count());
        }
        names
    }

    /// Every match of `shape` in `text`, left to right, none overlapping; `names` are the
    /// [`Words::month_names`] of `text`. Read as the caller goes: no list is made.
    pub fn find<'s>(
        &'s self,
        shape: Shape,
        text: &'s str,
        names: &'s [usize],
    ) -> impl Iterator<Item = Found<3>> + 's {
        let bytes = text.as_bytes();
        let by_name = matches!(shape, Shape::MonthDayYear | Shape::MonthYear);
        // A day starts at most two digits, a suffix and a dot before the spaces before a
        // month name.
        let reach = 3 + self.suffixes.iter().map(|suffix| suffix.len()).max().unwrap_or(0);
        // The last start given, so that the places before two close names are given once.
        let mut last: Option<usize> = None;
        let starts = names.iter().flat_map(move |&name| {
            let places = if by_name {
                name..name + 1
            } else {
                let spaced = self.link_before(bytes, spaces_before(bytes, name));
                let from = spaced.saturating_sub(reach).max(last.map_or(0, |last| last + 1));
                from..spaced
            };
            let digit = move |at: &usize| by_name || bytes.get(*at).is_some_and(u8::is_ascii_digit);
            if let Some(end) = places.clone().rev().find(digit) {
                last = Some(end);
            }
            places.filter(digit)
        });
        scan(bytes, starts, move |at| self.at(shape, bytes, at))
    }

    /// Where the spaces before a link word ending at `end` start (`1st of May`), or `end`.
    fn link_before(&self, bytes: &[u8], end: usize) -> usize {
        self.links
            .iter()
            .filter_map(|link| {
                let start = end.checked_sub(link.len())?;
                let spaced = spaces_before(bytes, start);
                (spaced < start && word_at(bytes, start, link) && boundary(bytes, start)).then_some(spaced)
            })
            .next()
            .unwrap_or(end)
    }

    /// Every `1–3 May 2024` of `text`, left to right, none overlapping.
    pub fn find_days<'s>(&'s self, text: &'s str, names: &[usize]) -> impl Iterator<Item = Found<4>> + 's {
        let bytes = text.as_bytes();
        let first = if names.is_empty() { None } else { find_digit(bytes, 0) };
        let starts = std::iter::successors(first, move |&at| find_digit(bytes, at + 1));
        scan(bytes, starts, move |at| self.days_at(bytes, at))
    }
}

/// Where the spaces ending at `end` start.
fn spaces_before(bytes: &[u8], mut end: usize) -> usize {
    loop {
        let before = bytes.get(..end).unwrap_or(&[]);
        let len = match before {
            [.., b' '] => 1,
            [.., 0xC2, 0xA0] => 2,
            [.., 0xE2, 0x80, 0xAF | 0x89] => 3,
            _ => return end,
        };
        end -= len;
    }
}

/// The matches found from `starts` (in order), each search starting where the last match
/// ended.
fn scan<const N: usize>(
    bytes: &[u8],
    starts: impl IntoIterator<Item = usize>,
    at: impl Fn(usize) -> Option<Found<N>>,
) -> impl Iterator<Item = Found<N>> {
    let mut last_end: Option<usize> = None;
    starts.into_iter().filter_map(move |start| {
        if last_end.is_some_and(|end| start < end) || start >= bytes.len() {
            return None;
        }
        let found = at(start)?;
        last_end = Some(found.all.end);
        Some(found)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;
    use crate::values::pattern::Regex;
    use crate::values::tables::{alternation, table};
    use proptest::prelude::*;

    fn words(lang: Lang) -> Words {
        let lang_table = table(lang);
        Words::new(
            lang_table.months.iter().map(|(word, _)| *word),
            lang_table.digit_ordinal_suffixes.iter().copied(),
            lang_table.day_month_links,
        )
    }

    /// The expressions the shapes replace, as they were written and compiled (without the
    /// exotic case folds, as the extractors' patterns are).
    fn expressions(lang: Lang) -> [Regex; 5] {
        let lang_table = table(lang);
        let sp = r"[ \u{00A0}\u{202F}\u{2009}]";
        let months = alternation(lang_table.months.iter().map(|(word, _)| *word));
        let suffixes = alternation(lang_table.digit_ordinal_suffixes.iter().copied());
        let day = format!(r"([0-9]{{1,2}})(?:{suffixes})?");
        // A day and the spaces before its month: only a day with a suffix takes a link.
        let day_sp = match lang_table.day_month_links {
            [] => format!(r"{day}\.?{sp}+"),
            links => format!(
                r"([0-9]{{1,2}})(?:(?:{suffixes})\.?{sp}+(?:{}{sp}+)?|\.?{sp}+)",
                alternation(links.iter().copied())
            ),
        };
        let compile = |pattern: String| Regex::new(&pattern).expect("test pattern");
        [
            compile(format!(r"(?i)(?-u:\b){day_sp}({months})(?-u:\b)\.?,?{sp}+([0-9]{{4}})(?-u:\b)")),
            compile(format!(r"(?i)(?-u:\b)({months})(?-u:\b)\.?{sp}+{day},?{sp}+([0-9]{{4}})(?-u:\b)")),
            compile(format!(r"(?i)(?-u:\b){day_sp}({months})(?-u:\b)")),
            compile(format!(r"(?i)(?-u:\b)({months})(?-u:\b)\.?{sp}+([0-9]{{4}})(?-u:\b)")),
            compile(format!(
                r"(?i)(?-u:\b)([0-9]{{1,2}}){sp}*[-\u{{2013}}]{sp}*([0-9]{{1,2}})\.?{sp}+({months})(?-u:\b)\.?{sp}+([0-9]{{4}})(?-u:\b)"
            )),
        ]
    }

    fn spans(regex: &Regex, text: &str, groups: usize) -> Vec<Vec<Range<usize>>> {
        regex
            .captures_iter(text)
            .map(|c| (0..=groups).map(|i| c.get(i).map_or(0..0, |m| m.start()..m.end())).collect())
            .collect()
    }

    fn ours<const N: usize>(found: impl Iterator<Item = Found<N>>, groups: usize) -> Vec<Vec<Range<usize>>> {
        found.map(|f| std::iter::once(f.all).chain(f.groups.into_iter().take(groups)).collect()).collect()
    }

    fn check(text: &str) {
        for lang in [Lang::En, Lang::Sv] {
            let words = words(lang);
            let names = words.month_names(text, &Lower::new(text));
            assert_eq!(names, words.month_names_by_words(text), "{text:?}");
            let names = names.as_slice();
            let [dmy, mdy, dm, my, days] = expressions(lang);
            assert_eq!(
                ours(words.find(Shape::DayMonthYear, text, names), 3),
                spans(&dmy, text, 3),
                "{text:?}"
            );
            assert_eq!(
                ours(words.find(Shape::MonthDayYear, text, names), 3),
                spans(&mdy, text, 3),
                "{text:?}"
            );
            assert_eq!(ours(words.find(Shape::DayMonth, text, names), 2), spans(&dm, text, 2), "{text:?}");
            assert_eq!(ours(words.find(Shape::MonthYear, text, names), 2), spans(&my, text, 2), "{text:?}");
            assert_eq!(ours(words.find_days(text, names), 4), spans(&days, text, 4), "{text:?}");
        }
    }

    #[test]
    fn tables_are_ascii_words() {
        for lang in [Lang::En, Lang::Sv] {
            let lang_table = table(lang);
            assert!(lang_table.months.iter().all(|(word, _)| word.bytes().all(|b| b.is_ascii_alphabetic())));
            assert!(lang_table.digit_ordinal_suffixes.iter().all(|suffix| suffix.is_ascii()));
        }
    }

    #[test]
    fn same_as_the_expressions_on_tricky_text() {
        for text in [
            "on 14 May 2024 and May 14, 2024; 14th May, 1–3 May 2024 or 1 - 3 maj 2024",
            "14.\u{00A0}MAJ\u{202F}2024, 3:e maj 2024, 3:E MAJ. 2024, Sept. 2024, sept 20245",
            "123 May 2024, a14 May 2024, 14 Mayday 2024, 14 May 20244, 1-2-3 May 2024",
            "May, 2024 May. 14th, 2024 mayo 2024 Ma 2024 \u{212A} 14 \u{017F}ept 2024",
            "1 May 1 May 2024 2024 May May 2024 –3 May 2024 1–3–4 maj 2024 1 –\u{2009}31 Dec 2024",
            "1st of May 2024, the 2nd of  June, 3 of May 2024, 4th ofMay 2024, 5th of. May, 6TH OF may 2024",
            "rev.2 of June 2025, 7th. of May, 8th of of May, 9th  of\u{00A0}May 2024, 1st ofMay",
            "é14 May 2024 14 majé 2024 14 maj_ 2024 _14 maj 2024 14  May   2024 9\tMay 2024",
            "",
        ] {
            check(text);
        }
    }

    proptest! {
        #[test]
        fn same_as_the_expressions(parts in proptest::collection::vec(
            prop_oneof![
                Just("14"), Just("3"), Just("123"), Just("1"), Just("2024"), Just("20245"),
                Just("May"), Just("may"), Just("MAJ"), Just("sept"), Just("Dec"), Just("december"),
                Just("mars"), Just("juni"), Just("st"), Just("th"), Just(":e"), Just(":a"),
                Just(" "), Just(" "), Just("\u{00A0}"), Just("\u{202F}"), Just("\u{2009}"),
                Just("."), Just(","), Just("-"), Just("\u{2013}"), Just("\u{2014}"), Just("/"),
                Just("x"), Just("_"), Just("é"), Just("\u{212A}"), Just("\n"), Just("of"),
            ],
            0..24,
        )) {
            check(&parts.concat());
        }
    }
}
