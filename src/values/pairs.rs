//! Which byte pairs and triples a text holds, read in one pass: a substring search for a word
//! the text cannot hold is skipped. Most readers look for a few words (a month, `Annex`,
//! `treaty`), most texts hold none of them, and a search costs a few hundred instructions even
//! when it finds nothing, where the test costs a few per byte triple of the word.
//!
//! Each byte is taken by its low five bits, so `A` and `a` are one byte (a search of the text or
//! of its lower-cased copy passes the test alike) and so are some letters and punctuation or
//! digits (`p` and `0`): the test may say yes wrongly, never no wrongly.
//!
//! Triples, not pairs, decide for a word of three bytes or more: a paragraph of a few hundred
//! bytes holds a third or more of the 1 024 pairs, so the pairs of most words (`måndag`,
//! `fortnight`) pass in most paragraphs, while it holds only a few per cent of the 32 768
//! triples. A word whose triples all occur has all its pairs too (each pair lies in one of its
//! triples), so the triples alone answer for it. Only the triples are stored: a pair occurs
//! where a triple starts with it, and the text's last pair is stored as a triple with a third
//! byte of zero (which may make a needle pass wrongly, never fail wrongly).

use memchr::memmem::Finder;

/// The number of triple slots: the three bytes' low five bits, the first byte's highest.
const TRIPLE_SLOTS: usize = 1 << 15;

/// The number of triples that start with one pair: those of each third byte's low five bits,
/// side by side.
const THIRDS: usize = 32;

/// For each triple of bytes' low five bits, whether the text holds it: its slot holds the
/// number of the text, set by a single store. The slots of earlier texts hold other numbers,
/// so that reading a text clears nothing (but once in 255 texts).
#[derive(Default)]
pub(crate) struct Pairs {
    /// Empty until the first text is read, then [`TRIPLE_SLOTS`] numbers.
    seen: Vec<u8>,
    /// The number of the text read last, from 1.
    text: u8,
}

/// The slot of the last three bytes shifted into `key` (see [`shift_in`]).
#[inline]
fn triple_slot(key: usize) -> usize {
    key & (TRIPLE_SLOTS - 1)
}

/// `key` with the low five bits of `byte` shifted in from below.
#[inline]
fn shift_in(key: usize, byte: u8) -> usize {
    key << 5 | usize::from(byte & 0x1F)
}

impl Pairs {
    /// A set with no room yet (see [`Pairs::read`]).
    pub(crate) const fn new() -> Pairs {
        Pairs { seen: Vec::new(), text: 0 }
    }

    /// The pairs of `bytes`.
    #[cfg(test)]
    pub(crate) fn of(bytes: &[u8]) -> Pairs {
        let mut pairs = Pairs::new();
        pairs.read(bytes);
        pairs
    }

    /// Makes these the triples (and so the pairs) of `bytes`, in the room of those of another
    /// text.
    pub(crate) fn read(&mut self, bytes: &[u8]) {
        self.text = self.text.wrapping_add(1);
        if self.text == 0 || self.seen.len() != TRIPLE_SLOTS {
            self.seen.clear();
            self.seen.resize(TRIPLE_SLOTS, 0);
            self.text = 1;
        }
        let text = self.text;
        let Ok(seen) = <&mut [u8; TRIPLE_SLOTS]>::try_from(self.seen.as_mut_slice()) else {
            return;
        };
        let [first, second, rest @ ..] = bytes else {
            return;
        };
        let mut key = shift_in(shift_in(0, *first), *second);
        for &byte in rest {
            key = shift_in(key, byte);
            seen[triple_slot(key)] = text;
        }
        // The last pair, which starts no triple of the text.
        seen[triple_slot(key << 5)] = text;
    }

    /// Whether the text may hold `needle`: false only when a pair (a needle of two bytes) or a
    /// triple (of a longer one) of its bytes, taken as the text's are, occurs nowhere in the
    /// text. A needle of one byte or none may always occur.
    #[inline]
    pub(crate) fn may_hold(&self, needle: &[u8]) -> bool {
        // A set with no room yet (no text read) holds everything.
        if self.seen.len() != TRIPLE_SLOTS {
            return true;
        }
        let holds = |slot: usize| self.seen.get(slot).is_none_or(|&seen| seen == self.text);
        match needle {
            [] | [_] => true,
            [first, second] => {
                // Some triple starts with the pair.
                let from = triple_slot(shift_in(shift_in(0, *first), *second) << 5);
                (from..from + THIRDS).any(holds)
            }
            [first, second, rest @ ..] => {
                let mut key = shift_in(shift_in(0, *first), *second);
                rest.iter().all(|&byte| {
                    key = shift_in(key, byte);
                    holds(triple_slot(key))
                })
            }
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
    fn pairs_of_an_earlier_text_are_forgotten() {
        let mut pairs = Pairs::new();
        assert!(pairs.may_hold(b"anything"));
        for round in 0..70_000u32 {
            let (text, other) = if round % 2 == 0 { ("annex", "kvartal") } else { ("kvartal", "annex") };
            pairs.read(text.as_bytes());
            if round % 97 == 0 || round > 250 && round < 260 {
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
