//! Which byte pairs a text holds, read in one pass: a substring search for a word the text
//! cannot hold is skipped. Most readers look for a few words (a month, `Annex`, `treaty`), most
//! texts hold none of them, and a search costs a few hundred instructions even when it finds
//! nothing, where the test costs a few per byte pair of the word.
//!
//! Each byte is taken by its low five bits, so `A` and `a` are one byte (a search of the text or
//! of its lower-cased copy passes the test alike) and so are some letters and punctuation or
//! digits (`p` and `0`): the test may say yes wrongly, never no wrongly.

use memchr::memmem::Finder;

/// For each byte's low five bits, the low five bits of every byte that follows it somewhere
/// in the text, one bit each.
pub(crate) struct Pairs([u32; 32]);

impl Pairs {
    /// The pairs of `bytes`.
    pub(crate) fn of(bytes: &[u8]) -> Pairs {
        let mut rows = [0u32; 32];
        let Some((&first, rest)) = bytes.split_first() else { return Pairs(rows) };
        let mut before = usize::from(first & 31);
        for &byte in rest {
            let next = byte & 31;
            rows[before & 31] |= 1 << next;
            before = usize::from(next);
        }
        Pairs(rows)
    }

    /// Whether the text may hold `needle`: false only when a pair of its bytes (taken as the
    /// text's are) occurs nowhere in the text. A needle of one byte or none may always occur.
    #[inline]
    pub(crate) fn may_hold(&self, needle: &[u8]) -> bool {
        needle.windows(2).all(|pair| match *pair {
            [first, second] => self.0[usize::from(first & 31)] >> (second & 31) & 1 == 1,
            _ => true,
        })
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
