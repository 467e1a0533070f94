//! Which byte pairs and triples a text holds, read in one pass: a substring search for a word
//! the text cannot hold is skipped. Most readers look for a few words (a month, `Annex`,
//! `treaty`), most texts hold none of them, and a search costs a few hundred instructions even
//! when it finds nothing, where the test costs a few per byte triple of the word.
//!
//! Each byte is taken by its low five bits, so `A` and `a` are one byte (a search of the text or
//! of its lower-cased copy passes the test alike) and so are some letters and punctuation or
//! digits (`p` and `0`): the test may say yes wrongly, never no wrongly. Pairs alone say yes
//! for about one in nine of the table words a block of prose does not hold (its few hundred
//! bytes set an eighth of the 1 024 pairs, the common ones); triples, of which such a block
//! sets about one in 140, say it for about one in 200.

use memchr::memmem::Finder;

/// The number of pair slots: a pair is the two bytes' low five bits, the first byte's lowest.
const PAIR_SLOTS: usize = 1 << 10;

/// The number of triple slots: a triple is the three bytes' low five bits, the first byte's
/// lowest.
const TRIPLE_SLOTS: usize = 1 << 15;

/// The low five bits of `byte`, as an index part.
#[inline]
fn code(byte: u8) -> usize {
    usize::from(byte & 0x1F)
}

/// For each pair and each triple of bytes' low five bits, whether the text holds one: its slot
/// holds the number of the text, set by a single store. The slots of earlier texts hold
/// smaller numbers, so that reading a text clears nothing (but once in 65 535 texts).
#[derive(Default)]
pub(crate) struct Pairs {
    /// Empty until the first text is read, then [`PAIR_SLOTS`] numbers.
    pairs: Vec<u16>,
    /// Empty until the first text is read, then [`TRIPLE_SLOTS`] numbers.
    triples: Vec<u16>,
    /// The number of the text read last, from 1.
    text: u16,
}

impl Pairs {
    /// A set with no room yet (see [`Pairs::read`]).
    pub(crate) const fn new() -> Pairs {
        Pairs { pairs: Vec::new(), triples: Vec::new(), text: 0 }
    }

    /// The pairs of `bytes`.
    #[cfg(test)]
    pub(crate) fn of(bytes: &[u8]) -> Pairs {
        let mut pairs = Pairs::new();
        pairs.read(bytes);
        pairs
    }

    /// Makes these the pairs and triples of `bytes`, in the room of those of another text.
    pub(crate) fn read(&mut self, bytes: &[u8]) {
        self.text = self.text.wrapping_add(1);
        if self.text == 0 || self.pairs.len() != PAIR_SLOTS || self.triples.len() != TRIPLE_SLOTS {
            self.pairs.clear();
            self.pairs.resize(PAIR_SLOTS, 0);
            self.triples.clear();
            self.triples.resize(TRIPLE_SLOTS, 0);
            self.text = 1;
        }
        let text = self.text;
        let (Ok(pairs), Ok(triples)) = (
            <&mut [u16; PAIR_SLOTS]>::try_from(self.pairs.as_mut_slice()),
            <&mut [u16; TRIPLE_SLOTS]>::try_from(self.triples.as_mut_slice()),
        ) else {
            return;
        };
        let mut codes = bytes.iter().map(|&byte| code(byte));
        let (Some(first), Some(second)) = (codes.next(), codes.next()) else { return };
        // The last two bytes' codes, the earlier lowest: the index of the last pair.
        let mut window = first | second << 5;
        pairs[window] = text;
        for code in codes {
            triples[window | code << 10] = text;
            window = window >> 5 | code << 5;
            pairs[window] = text;
        }
    }

    /// Whether the text may hold `needle`: false only when a pair of its bytes (of a needle of
    /// two bytes) or a triple (of a longer one, whose pairs its triples hold) occurs nowhere in
    /// the text, its bytes taken as the text's are. A needle of one byte or none may always
    /// occur.
    #[inline]
    pub(crate) fn may_hold(&self, needle: &[u8]) -> bool {
        // A set with no room yet (no text read) holds everything.
        let seen = |slots: &[u16], index: usize| slots.get(index).is_none_or(|&seen| seen == self.text);
        match *needle {
            [] | [_] => true,
            [first, second] => seen(&self.pairs, code(first) | code(second) << 5),
            _ => needle.windows(3).all(|triple| match *triple {
                [first, second, third] => {
                    seen(&self.triples, code(first) | code(second) << 5 | code(third) << 10)
                }
                _ => true,
            }),
        }
    }

    /// The starts of the non-overlapping occurrences of `finder`'s needle in `haystack`, which
    /// must be the text of these pairs, its lower-cased copy or a part of either: what
    /// [`crate::text::find_all`] gives, with no search when the needle cannot occur.
    pub(crate) fn find_all<'a>(
        &self,
        finder: &'a Finder<'_>,
        haystack: &'a [u8],
    ) -> impl Iterator<Item = usize> + 'a {
        let haystack = if self.may_hold(finder.needle()) { haystack } else { &[] };
        crate::text::find_all(finder, haystack)
    }

    /// The first occurrence of `finder`'s needle in `haystack` (as for [`Pairs::find_all`]).
    pub(crate) fn find(&self, finder: &Finder<'_>, haystack: &[u8]) -> Option<usize> {
        if self.may_hold(finder.needle()) { finder.find(haystack) } else { None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_needle_the_text_holds_always_passes() {
        let texts = [
            "Article 5(2) of Regulation (EU) 2024/1351",
            "den 14 maj 2024, första halvåret, Ärende Å",
            "1\u{a0}200\u{202f}MW at 10:00, \u{212a}elvin and \u{17f}ection",
            "",
            "x",
        ];
        for text in texts {
            let pairs = Pairs::of(text.as_bytes());
            let lower = text.to_ascii_lowercase();
            for start in 0..text.len() {
                for end in start..=text.len() {
                    for haystack in [text.as_bytes(), lower.as_bytes()] {
                        let needle = &haystack[start..end];
                        assert!(pairs.may_hold(needle), "{needle:?} in {text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_needle_with_a_pair_the_text_lacks_fails() {
        let pairs = Pairs::of("the Annex to the report".as_bytes());
        assert!(pairs.may_hold(b"annex"));
        assert!(pairs.may_hold(b"ANNEX"));
        assert!(!pairs.may_hold(b"article"));
        assert!(!pairs.may_hold("kvartal".as_bytes()));
        assert!(!pairs.may_hold("år".as_bytes()));
        assert!(pairs.may_hold(b"x"));
        assert!(pairs.may_hold(b""));
    }

    #[test]
    fn a_needle_with_a_triple_the_text_lacks_fails() {
        // Both pairs of `hex` occur (`the`, `ex`), its triple does not.
        let pairs = Pairs::of("then ex".as_bytes());
        assert!(pairs.may_hold(b"he"));
        assert!(pairs.may_hold(b"ex"));
        assert!(!pairs.may_hold(b"hex"));
        assert!(pairs.may_hold(b"EN EX"));
    }

    #[test]
    fn pairs_of_an_earlier_text_are_forgotten() {
        let mut pairs = Pairs::new();
        assert!(pairs.may_hold(b"anything"));
        for round in 0..70_000u32 {
            let (text, other) = if round % 2 == 0 { ("annex", "kvartal") } else { ("kvartal", "annex") };
            pairs.read(text.as_bytes());
            if round % 997 == 0 || round > 65_530 && round < 65_540 {
                assert!(pairs.may_hold(text.as_bytes()), "{round}");
                assert!(!pairs.may_hold(other.as_bytes()), "{round}");
            }
        }
    }

    #[test]
    fn searches_find_what_unfiltered_searches_find() {
        let text = "In the Annex, annexes and ANNEX III; första halvåret; Äpple";
        let lower = text.to_ascii_lowercase();
        let pairs = Pairs::of(text.as_bytes());
        for needle in ["Annex", "annex", "ANNEX", "halv", "första", "Äp", "report", "e", "zz", "år"] {
            let finder = Finder::new(needle);
            for haystack in [text.as_bytes(), lower.as_bytes()] {
                let all: Vec<usize> = pairs.find_all(&finder, haystack).collect();
                let plain: Vec<usize> = crate::text::find_all(&finder, haystack).collect();
                assert_eq!(all, plain, "{needle:?}");
                assert_eq!(pairs.find(&finder, haystack), finder.find(haystack), "{needle:?}");
            }
        }
    }
}
