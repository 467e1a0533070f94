//! The compiled patterns of the value extractors: a thin layer over `regex-automata`'s meta
//! engine that costs a fraction of `regex::Regex::new` to build.
//!
//! A `regex::Regex` spends most of its construction on two things these patterns do not
//! need: a literal prefilter (a cross product of every case variant of every table word,
//! then a Teddy or Aho–Corasick searcher over them) and a one-pass DFA. A pattern here is
//! built from the syntax tree without either; instead, when the bytes a match can start with
//! are rare in prose (digits, capitals, punctuation), a prefilter on those bytes alone skips
//! to the next candidate, and that prefilter is built once per byte set and shared by every
//! pattern that starts the same way. Patterns that start with a lower-case letter get the
//! automatic literal prefilter: common start bytes would make a byte prefilter useless.
//! Matches are exactly those of `regex::Regex` (the same syntax, Unicode and leftmost-first
//! semantics); only the time to build and the way candidates are skipped differ.

use std::sync::{Arc, Mutex, OnceLock};

use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{MatchKind, meta};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// A pattern with the part of `regex::Regex`'s API the extractors use. It is parsed and
/// compiled on its first search of a non-empty text, so a pattern a document never needs
/// (no quarter is named, no journal cited) costs nothing. No pattern of the extractors
/// matches the empty string (a test checks them all), so an empty text (what a gated pattern
/// is given when its words do not occur) is answered without parsing.
/// Patterns written alike for both languages (`[0-9]{4}-[0-9]{2}-[0-9]{2}`, CELEX numbers)
/// are one pattern, compiled once.
#[derive(Debug, Clone)]
pub(crate) struct Regex(Arc<Parsed>);

#[derive(Debug)]
struct Parsed {
    source: String,
    engine: OnceLock<Result<meta::Regex, String>>,
}

/// A match: a span of the text it was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'h str {
        self.haystack.get(self.start..self.end).unwrap_or("")
    }
}

/// The groups of one match.
#[derive(Clone, Debug)]
pub(crate) struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    /// Group `index` (0 is the whole match), if it took part in the match.
    pub fn get(&self, index: usize) -> Option<Match<'h>> {
        let span = self.slots.get_group(index)?;
        Some(Match { haystack: self.haystack, start: span.start, end: span.end })
    }
}

impl Regex {
    /// Takes `pattern` (the syntax of the `regex` crate); it is parsed and compiled when first
    /// needed, and [`Regex::compile`] tells whether it can be.
    pub fn new(pattern: &str) -> Result<Regex, String> {
        static MADE: Mutex<Vec<(String, Regex)>> = Mutex::new(Vec::new());
        let mut made = MADE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, regex)) = made.iter().find(|(written, _)| written == pattern) {
            return Ok(regex.clone());
        }
        let regex = Regex(Arc::new(Parsed { source: pattern.to_string(), engine: OnceLock::new() }));
        made.push((pattern.to_string(), regex.clone()));
        Ok(regex)
    }

    /// Compiles the pattern now; `Err` says why it cannot be compiled.
    pub fn compile(&self) -> Result<&meta::Regex, &str> {
        let parsed = &self.0;
        let built = parsed.engine.get_or_init(|| {
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(&parsed.source)
                .map_err(|e| e.to_string())?;
            let hir = without_exotic_folds(hir);
            let prefilter = rare_start_bytes(&hir).and_then(|bytes| shared_prefilter(&bytes));
            // The lazy DFA (on by default) finds each match, behind the prefilter when there is
            // one, and groups are then resolved on the match alone. Without it the bounded
            // backtracker would search the whole text, first clearing a visited set of the
            // text's length times the pattern's states: more than the few DFA states these
            // patterns reach cost to build, even in the first search.
            let config = meta::Config::new().onepass(false).auto_prefilter(false).prefilter(prefilter);
            meta::Builder::new().configure(config).build_from_hir(&hir).map_err(|e| e.to_string())
        });
        built.as_ref().map_err(String::as_str)
    }

    /// The engine to search `haystack` with; `None` when nothing can match there. Every
    /// pattern of the extractors compiles (a test compiles them all), so `Err` never occurs.
    fn engine(&self, haystack: &str) -> Option<&meta::Regex> {
        if haystack.is_empty() {
            return None;
        }
        self.compile().ok()
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.engine(haystack).is_some_and(|engine| engine.is_match(haystack))
    }

    /// The first match; only the tests need it now that link targets are read by hand.
    #[cfg(test)]
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let found = self.engine(haystack)?.find(haystack)?;
        Some(Match { haystack, start: found.start(), end: found.end() })
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.engine(haystack)
            .into_iter()
            .flat_map(move |engine| engine.find_iter(haystack))
            .map(move |found| Match { haystack, start: found.start(), end: found.end() })
    }

    /// The matches that start at or after byte `from` of `haystack`, as [`Regex::find_iter`]
    /// finds them when it reaches `from` between two matches: the text before `from` is
    /// context (`\b` at `from` sees the byte before it).
    pub fn find_iter_from<'r, 'h>(
        &'r self,
        haystack: &'h str,
        from: usize,
    ) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        let input = regex_automata::Input::new(haystack).range(from.min(haystack.len())..);
        self.engine(haystack)
            .into_iter()
            .flat_map(move |engine| engine.find_iter(input.clone()))
            .map(move |found| Match { haystack, start: found.start(), end: found.end() })
    }

    /// The leftmost-first match within `span` of `haystack`, anchored at the span's start when
    /// `anchored`; the text around the span is context (`\b` at its ends sees past them).
    pub fn captures_in<'h>(
        &self,
        haystack: &'h str,
        span: std::ops::Range<usize>,
        anchored: bool,
    ) -> Option<Captures<'h>> {
        let engine = self.engine(haystack)?;
        let end = span.end.min(haystack.len());
        let start = span.start.min(end);
        let mode = if anchored { regex_automata::Anchored::Yes } else { regex_automata::Anchored::No };
        let input = regex_automata::Input::new(haystack).range(start..end).anchored(mode);
        let mut slots = engine.create_captures();
        engine.search_captures(&input, &mut slots);
        slots.is_match().then_some(Captures { haystack, slots })
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.engine(haystack)
            .into_iter()
            .flat_map(move |engine| engine.captures_iter(haystack))
            .map(move |slots| Captures { haystack, slots })
    }
}

/// The two letters Unicode case folding adds to ASCII ones: KELVIN SIGN (`K`) for `k` and
/// LATIN SMALL LETTER LONG S (`ſ`) for `s`. No EU text writes a number word, a month or an
/// act type with them, and every `(?i)` pattern with a `k` or an `s` would otherwise carry a
/// three-byte or two-byte branch for each: a fifth of the compile time.
const EXOTIC_FOLDS: [(char, char); 2] = [('\u{212A}', 'k'), ('\u{017F}', 's')];

/// `hir` with the exotic folds of [`EXOTIC_FOLDS`] taken out of every class that also holds
/// the ASCII letter they fold to; everything else as it was.
fn without_exotic_folds(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(mut class)) => {
            for (exotic, ascii) in EXOTIC_FOLDS {
                let holds = |c: char| class.ranges().iter().any(|r| r.start() <= c && c <= r.end());
                if holds(exotic) && holds(ascii) {
                    class.difference(&ClassUnicode::new([ClassUnicodeRange::new(exotic, exotic)]));
                }
            }
            Hir::class(Class::Unicode(class))
        }
        HirKind::Repetition(mut repetition) => {
            repetition.sub = Box::new(without_exotic_folds(*repetition.sub));
            Hir::repetition(repetition)
        }
        HirKind::Capture(mut capture) => {
            capture.sub = Box::new(without_exotic_folds(*capture.sub));
            Hir::capture(capture)
        }
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(without_exotic_folds).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.into_iter().map(without_exotic_folds).collect())
        }
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Class(class) => Hir::class(class),
    }
}

/// The bytes a match can start with, when they are few and rare in running text: no
/// lower-case letter and no space. `None` means a byte prefilter would not pay.
fn rare_start_bytes(hir: &Hir) -> Option<Vec<u8>> {
    let mut set = [false; 256];
    if first_bytes(hir, &mut set) {
        // The pattern can match the empty string: every position is a candidate.
        return None;
    }
    let bytes: Vec<u8> = (0..=255u8).filter(|&b| set[usize::from(b)]).collect();
    let common = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_whitespace();
    (!bytes.is_empty() && bytes.len() <= 40 && !bytes.iter().any(common)).then_some(bytes)
}

/// Marks in `set` the bytes a match of `hir` can start with; returns whether `hir` can
/// match the empty string (so what follows it can start a match too).
fn first_bytes(hir: &Hir, set: &mut [bool; 256]) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => match literal.0.first() {
            Some(&byte) => {
                set[usize::from(byte)] = true;
                false
            }
            None => true,
        },
        HirKind::Class(Class::Bytes(class)) => {
            for range in class.ranges() {
                for byte in range.start()..=range.end() {
                    set[usize::from(byte)] = true;
                }
            }
            false
        }
        HirKind::Class(Class::Unicode(class)) => {
            for range in class.ranges() {
                mark_lead_bytes(range.start(), range.end(), set);
            }
            false
        }
        HirKind::Repetition(repetition) => first_bytes(&repetition.sub, set) || repetition.min == 0,
        HirKind::Capture(capture) => first_bytes(&capture.sub, set),
        HirKind::Concat(parts) => parts.iter().all(|part| first_bytes(part, set)),
        HirKind::Alternation(parts) => {
            // Every alternative counts: no short circuit.
            let mut empty = false;
            for part in parts {
                empty |= first_bytes(part, set);
            }
            empty
        }
    }
}

/// Marks the first UTF-8 bytes of the characters `start..=end`. Within one encoded length
/// the first byte grows with the code point, so each length's range maps to a byte range.
fn mark_lead_bytes(start: char, end: char, set: &mut [bool; 256]) {
    const LENGTH_ENDS: [u32; 4] = [0x7F, 0x7FF, 0xFFFF, 0x10_FFFF];
    let lead = |c: char| {
        let mut buffer = [0u8; 4];
        c.encode_utf8(&mut buffer).as_bytes()[0]
    };
    let mut low = u32::from(start);
    for length_end in LENGTH_ENDS {
        if low > u32::from(end) {
            break;
        }
        if low > length_end {
            continue;
        }
        let high = length_end.min(u32::from(end));
        // Surrogates are not characters: step over them.
        let (Some(first), Some(last)) = (char_at_or_after(low), char_at_or_before(high)) else {
            low = length_end + 1;
            continue;
        };
        for byte in lead(first)..=lead(last) {
            set[usize::from(byte)] = true;
        }
        low = length_end + 1;
    }
}

fn char_at_or_after(code: u32) -> Option<char> {
    char::from_u32(code).or_else(|| char::from_u32(0xE000).filter(|_| (0xD800..0xE000).contains(&code)))
}

fn char_at_or_before(code: u32) -> Option<char> {
    char::from_u32(code).or_else(|| char::from_u32(0xD7FF).filter(|_| (0xD800..0xE000).contains(&code)))
}

/// One prefilter per byte set, built on first use and shared by every pattern needing it.
fn shared_prefilter(bytes: &[u8]) -> Option<Prefilter> {
    static BUILT: Mutex<Vec<(Vec<u8>, Option<Prefilter>)>> = Mutex::new(Vec::new());
    let mut built = BUILT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, prefilter)) = built.iter().find(|(set, _)| set == bytes) {
        return prefilter.clone();
    }
    let needles: Vec<[u8; 1]> = bytes.iter().map(|&b| [b]).collect();
    let prefilter = Prefilter::new(MatchKind::LeftmostFirst, &needles);
    built.push((bytes.to_vec(), prefilter.clone()));
    prefilter
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(pattern: &str) -> Option<Vec<u8>> {
        rare_start_bytes(&regex_syntax::parse(pattern).expect("test pattern"))
    }

    #[test]
    fn start_bytes_of_common_shapes() {
        assert_eq!(starts(r"(?-u:\b)([0-9]{4})-"), Some(b"0123456789".to_vec()));
        assert_eq!(starts(r"(?-u:\b)[Qq]([1-4])"), None, "q is a lower-case letter");
        assert_eq!(starts(r"(?-u:\b)H([12])"), Some(b"H".to_vec()));
        assert_eq!(starts(r"\(?(EU|EG)"), Some(b"(E".to_vec()));
        assert_eq!(starts(r"x?"), None, "matches the empty string");
        assert_eq!(starts(r"(?i)month"), None);
        // A Unicode class: the lead bytes of two- and three-byte characters.
        let bytes = starts(r"[–—]").expect("dashes are rare");
        assert_eq!(bytes, vec![0xE2]);
        assert_eq!(starts(r"[Ää]"), Some(vec![0xC3]));
    }

    #[test]
    fn exotic_folds_are_left_out() {
        let pattern = Regex::new(r"(?i)ks").expect("pattern");
        assert!(pattern.is_match("KS") && pattern.is_match("ks"));
        assert!(!pattern.is_match("\u{212A}\u{017F}"), "Kelvin sign and long s");
        assert!(Regex::new("\u{212A}").expect("pattern").is_match("\u{212A}"), "unless written as such");
    }

    #[test]
    fn lead_bytes_cover_every_length() {
        let mut set = [false; 256];
        mark_lead_bytes('\u{0}', char::MAX, &mut set);
        let marked: Vec<u8> = (0..=255u8).filter(|&b| set[usize::from(b)]).collect();
        let expected: Vec<u8> =
            (0x00..=0x7F).chain(0xC2..=0xDF).chain(0xE0..=0xEF).chain(0xF0..=0xF4).collect();
        assert_eq!(marked, expected);
    }

    /// Every pattern shape gives the same matches as `regex::Regex`, prefiltered or not.
    #[test]
    fn same_matches_as_the_regex_crate() {
        let text = "Q3 2025, H1/2026 — 14 maj 2024; Regulation (EU) 2024/1351 and EUR 81 billion. \
                    12.5.2020, (EU) No 604/2013, www.example.eu/a and 1990s; ÄÖ 3–4 – 5";
        for pattern in [
            r"(?-u:\b)([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})(?-u:\b)",
            r"(?-u:\b)H([12])(?:[ \u{00A0}]+|/)([0-9]{4})(?-u:\b)",
            r"(?i)(?-u:\b)(maj|may)[ ]+([0-9]{4})",
            r"\((EU|EG)\)[ ]*(?:(No|nr)[ ]*)?([0-9]{1,4})/([0-9]{1,4})",
            r"[–—][ ]*([0-9]+)",
            r"[ÄÖ]+",
            r"(?i)(?-u:\b)(?:https?://|www\.)[^\s]+",
        ] {
            let ours = Regex::new(pattern).expect("pattern compiles");
            let theirs = regex::Regex::new(pattern).expect("pattern compiles");
            let ours_found: Vec<Vec<Option<(usize, usize)>>> = ours
                .captures_iter(text)
                .map(|c| (0..4).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
                .collect();
            let theirs_found: Vec<Vec<Option<(usize, usize)>>> = theirs
                .captures_iter(text)
                .map(|c| (0..4).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
                .collect();
            assert!(!theirs_found.is_empty(), "{pattern} finds something");
            assert_eq!(ours_found, theirs_found, "{pattern}");
            assert_eq!(
                ours.find(text).map(|m| (m.start(), m.end())),
                theirs.find(text).map(|m| (m.start(), m.end()))
            );
        }
    }
}
