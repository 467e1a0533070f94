//! Numbers written in words: cardinals, ordinals and fractions.
//!
//! Policy, chosen to keep prose out of the values:
//! - cardinals from two upward (`five`, `fem`, `twenty-five`, `tjugofem`, `two hundred`);
//!   `one`, `a`, `en` and `ett` count only before a multiplier or scale word
//!   (`one hundred`, `en miljon`) or a word of per cent (`en procent`), because as pronouns
//!   and articles they are everywhere;
//! - a cardinal from two upward that starts an English hyphenated modifier (`five-axle`,
//!   `two-tier`) is optional, because Swedish may write the count apart (`med fem axlar`)
//!   or glue it into one word (`femaxlig`, `tvåaxlade`) where no number is read;
//! - ordinals from third upward; `first`/`second` and `första`/`andra` are also an adverb
//!   and "other", so they are *optional* values: they pair with a counterpart
//!   (`2nd` = `andra`) but are never reported alone; an ordinal before a blocker word (`third country`,
//!   Swedish `tredjeland`) is a term, not a number;
//! - fractions with a numerator (`a third`, `two-thirds`, `en fjärdedel`) and words for
//!   half (`half`, `hälften`).

use std::borrow::Cow;
use std::sync::LazyLock;

use super::number::{Decimal, Measure, currency_code, quantity, scale_after};
use super::swar::{HIGH_BITS, ascii_letters, load};
use super::tables::{LangTable, table};
use super::{
    KeyedFinder, Lower, Pairs, Value, ValueKind, WordFinder, char_at, char_before, is_space_like,
    keyed_table_finders,
};
use crate::text::Lang;
use crate::text::hash::FastMap;

/// What a word means inside a spelled number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Morpheme {
    /// `one`, `a`, `en`, `ett`.
    One,
    /// Two to ninety.
    Cardinal(u64),
    /// `hundred`, `thousand`.
    Multiplier(u64),
    Ordinal(u32),
    /// `first`, `second`, `första`, `andra`: ordinals that are also other words.
    WeakOrdinal(u32),
    Denominator(u32),
    Connector,
}

struct Lexicon {
    /// Every word of the tables with its meanings, and the denominators the language makes of
    /// its ordinals (see [`ordinal_denominators`]).
    words: FastMap<Cow<'static, str>, Vec<Morpheme>>,
    /// Morphemes that may be glued into one word (Swedish), longest first.
    #[cfg(test)]
    compound_parts: Vec<(&'static str, Morpheme)>,
    /// `compound_parts` by first byte, each list in the same order.
    compound_by_first: Vec<Vec<(&'static str, Morpheme)>>,
    half_phrases: Vec<Vec<String>>,
    blockers: Vec<&'static str>,
    term_ordinals: &'static [&'static str],
    /// Parts of a legal text numbered by an ordinal (see [`numbers_a_part`]).
    ordinal_nouns: &'static [&'static str],
    /// Superlatives that make an ordinal before them a rank (see [`ranks_superlative`]).
    rank_superlatives: &'static [&'static str],
    /// The words before an ordinal that make it an adverb of enumeration (see
    /// [`enumerates`]).
    enumeration_leads: &'static [&'static str],
    /// Words whose one meaning is a connector (`and`), which no number starts with: such a
    /// word needs a token only right after a known word, where it may join a number.
    connectors: Vec<&'static str>,
    /// First two bytes of every compound part, sorted: most words fail this test at once.
    compound_heads: PairSet,
    /// First words of the phrases for one half.
    half_starts: Vec<&'static str>,
    /// The first two bytes (one byte and a zero for one-letter words) of every word the
    /// lexicon knows in any role, sorted: a text word whose head is not here is no number
    /// word, and most words of a text are rejected by this test before being lower-cased.
    heads: PairSet,
    /// The [`head3`] keys of every word the lexicon knows in any role, of every compound part
    /// and of every two parts glued (hashed into a [`PairSet`]): a text word whose key is not
    /// here is no word of the lexicon and starts no compound.
    heads3: PairSet,
    /// The [`signature`] of every word the lexicon knows as a whole word or as part of a phrase
    /// for one half, sorted: an ASCII text word whose signature is not here is no such word.
    signatures: Vec<u32>,
    /// A filter over `signatures`: a signature whose bit is clear is not among them.
    signature_bits: [u64; 64],
    /// For each byte, ASCII letters lower case: bit `n` (at most 63) is set when a word of
    /// `signatures` of `n` bytes starts with it. Most text words fail this test at once.
    first_and_length: [u64; 256],
    /// For each ASCII byte, lower case: bit `b` is set when a compound part starts with it and
    /// the ASCII byte `b`.
    compound_pairs: [u128; 128],
    /// What [`ascii_start_may_know`] answers for each class of a word's first three bytes,
    /// one bit each (see [`starts3`]).
    starts3: Vec<u64>,
    /// For each two bytes as written (the first lowest), whether [`ascii_start_may_know`] may
    /// answer yes for a word that starts with them, one bit each (see [`starts2`]): a test of
    /// one load that turns most words away before the three bytes are classed.
    starts2: PairSet,
}

/// The length and the first, second and last bytes, lower case, of an ASCII word, packed.
fn signature(word: &[u8]) -> u32 {
    let byte = |index: usize| word.get(index).map_or(0, |b| u32::from(b.to_ascii_lowercase()));
    let length = u32::try_from(word.len()).unwrap_or(u32::MAX).min(0xFF);
    length << 24 | byte(0) << 16 | byte(1) << 8 | byte(word.len().wrapping_sub(1))
}

/// The first two bytes of a word, or its only byte and a zero.
fn head(word: &str) -> Option<[u8; 2]> {
    match word.as_bytes() {
        [] => None,
        [only] => Some([*only, 0]),
        [first, second, ..] => Some([*first, *second]),
    }
}

/// The first three bytes of the word at `at`, ASCII letters lower case and a zero for each byte
/// past the word's end, hashed to a pair for a [`PairSet`]; `None` when one of them is not
/// ASCII (a test on the key cannot tell about such a word).
fn head3(bytes: &[u8], at: usize) -> Option<[u8; 2]> {
    let mut key = [0u8; 3];
    for (offset, slot) in key.iter_mut().enumerate() {
        match bytes.get(at + offset) {
            Some(byte) if !byte.is_ascii() => return None,
            Some(byte) if byte.is_ascii_alphabetic() => *slot = byte.to_ascii_lowercase(),
            _ => break,
        }
    }
    let hash = u32::from_le_bytes([key[0], key[1], key[2], 0]).wrapping_mul(0x9E37_79B1) >> 16;
    Some(u16::try_from(hash).unwrap_or(0).to_be_bytes())
}

/// A set of byte pairs, one bit for each of the 65 536.
struct PairSet(Box<[u64; 1024]>);

impl PairSet {
    fn new(pairs: &[[u8; 2]]) -> PairSet {
        let mut bits = Box::new([0u64; 1024]);
        for pair in pairs {
            let index = usize::from(u16::from_be_bytes(*pair));
            if let Some(word) = bits.get_mut(index / 64) {
                *word |= 1 << (index % 64);
            }
        }
        PairSet(bits)
    }

    fn contains(&self, pair: [u8; 2]) -> bool {
        let index = usize::from(u16::from_be_bytes(pair));
        self.0.get(index / 64).is_some_and(|word| word >> (index % 64) & 1 == 1)
    }

    /// Whether the set holds the pair of the two low bytes of `bytes`, the lowest first in the
    /// pair's second place (a pair `[b, a]` for the bytes `a` then `b` of a little-endian load).
    #[inline]
    fn contains_low(&self, bytes: u64) -> bool {
        let index = (bytes & 0xFFFF) as usize;
        self.0.get(index / 64).is_some_and(|word| word >> (index % 64) & 1 == 1)
    }
}

/// The bit of a [`signature`] in [`Lexicon::signature_bits`]: 12 bits of a multiplicative hash.
fn signature_bit(signature: u32) -> usize {
    (signature.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl Lexicon {
    /// Whether a word of `signatures` has this signature; most words are turned away by the
    /// filter before the search.
    fn knows_signature(&self, signature: u32) -> bool {
        let bit = signature_bit(signature);
        self.signature_bits.get(bit / 64).is_some_and(|bits| bits >> (bit % 64) & 1 == 1)
            && self.signatures.binary_search(&signature).is_ok()
    }

    /// Whether `word` (as written) is a word whose one meaning is a connector (`and`).
    fn only_connects(&self, word: &[u8]) -> bool {
        self.connectors.iter().any(|connector| word.eq_ignore_ascii_case(connector.as_bytes()))
    }

    /// Whether the word at `at` may be a word of the lexicon or start a compound, by its
    /// [`head3`] key: false only when its first three bytes are ASCII and rule it out.
    fn may_know_head3(&self, bytes: &[u8], at: usize) -> bool {
        head3(bytes, at).is_none_or(|key| self.heads3.contains(key))
    }

    /// Whether `word` (as written) may be a word of the lexicon: false only when its first two
    /// bytes are ASCII and, lower-cased, start no known word.
    fn may_know(&self, word: &str) -> bool {
        match head(word) {
            Some(head) if head.is_ascii() => self.heads.contains(head.map(|b| b.to_ascii_lowercase())),
            _ => true,
        }
    }

    /// Whether `word` (as written, a word that lower-casing changes in its ASCII letters only)
    /// may mean something in a number: false only when, lower-cased, it is neither a word of
    /// the lexicon nor a word of a phrase for one half, and cannot start a compound number.
    /// Such a word needs no lookup.
    fn may_mean_folded(&self, word: &[u8]) -> bool {
        let Some(first) = word.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        let lengths = self.first_and_length.get(usize::from(first)).copied().unwrap_or(0);
        let as_word = lengths >> word.len().min(63) & 1 == 1 && self.knows_signature(signature(word));
        as_word
            || word.get(1).map(u8::to_ascii_lowercase).is_some_and(|second| {
                let pairs = self.compound_pairs.get(usize::from(first)).copied().unwrap_or(0);
                (!first.is_ascii() || !second.is_ascii() || pairs >> second & 1 == 1)
                    && self.compound_heads.contains([first, second])
            })
    }
}

fn build(lang_table: &LangTable) -> Lexicon {
    let mut words: FastMap<Cow<'static, str>, Vec<Morpheme>> = FastMap::default();
    let mut add = |word: Cow<'static, str>, morpheme: Morpheme| {
        let meanings = words.entry(word).or_default();
        if !meanings.contains(&morpheme) {
            meanings.push(morpheme);
        }
    };
    for word in lang_table.one_words {
        add(Cow::Borrowed(word), Morpheme::One);
    }
    for (word, value) in lang_table.cardinals {
        add(Cow::Borrowed(word), Morpheme::Cardinal(*value));
    }
    for (word, value) in lang_table.multipliers {
        add(Cow::Borrowed(word), Morpheme::Multiplier(*value));
    }
    for (word, value) in lang_table.ordinals {
        add(Cow::Borrowed(word), Morpheme::Ordinal(*value));
    }
    for (word, value) in lang_table.weak_ordinals {
        add(Cow::Borrowed(word), Morpheme::WeakOrdinal(*value));
    }
    for (word, value) in lang_table.fraction_denominators {
        add(Cow::Borrowed(word), Morpheme::Denominator(*value));
    }
    for (word, value) in ordinal_denominators(lang_table) {
        add(word, Morpheme::Denominator(value));
    }
    for word in lang_table.number_connectors {
        add(Cow::Borrowed(word), Morpheme::Connector);
    }
    let mut compound_parts = Vec::new();
    if lang_table.compound_numbers {
        for (word, value) in lang_table.cardinals {
            compound_parts.push((*word, Morpheme::Cardinal(*value)));
        }
        for (word, value) in lang_table.multipliers {
            compound_parts.push((*word, Morpheme::Multiplier(*value)));
        }
        for word in lang_table.one_words {
            compound_parts.push((*word, Morpheme::One));
        }
        // The ordinal of a unit closes a compound of tens: `tjugoförsta`, `trettiofemte`.
        for (word, value) in lang_table.ordinals.iter().chain(lang_table.weak_ordinals) {
            if *value < 10 {
                compound_parts.push((*word, Morpheme::Ordinal(*value)));
            }
        }
        compound_parts.sort_by_key(|part| std::cmp::Reverse(part.0.len()));
    }
    let half_phrases: Vec<Vec<String>> = lang_table
        .half_words
        .iter()
        .map(|phrase| phrase.split([' ', '-']).map(str::to_string).collect())
        .collect();
    let mut compound_heads: Vec<[u8; 2]> =
        compound_parts.iter().filter_map(|(part, _)| part.as_bytes().first_chunk::<2>().copied()).collect();
    compound_heads.sort_unstable();
    compound_heads.dedup();
    let half_starts: Vec<&'static str> =
        lang_table.half_words.iter().filter_map(|phrase| phrase.split([' ', '-']).next()).collect();
    let mut heads3: Vec<[u8; 2]> = Vec::new();
    {
        let mut add = |word: &[u8]| {
            if let Some(key) = head3(word, 0) {
                heads3.push(key);
            }
        };
        for word in words.keys().map(AsRef::as_ref).chain(half_phrases.iter().flatten().map(String::as_str)) {
            add(word.as_bytes());
        }
        for (first, _) in &compound_parts {
            add(first.as_bytes());
            for (second, _) in &compound_parts {
                add(format!("{first}{second}").as_bytes());
            }
        }
    }
    let mut heads: Vec<[u8; 2]> = words
        .keys()
        .map(AsRef::as_ref)
        .chain(compound_parts.iter().map(|(part, _)| *part))
        .chain(half_phrases.iter().flatten().map(String::as_str))
        .filter_map(head)
        .collect();
    heads.sort_unstable();
    heads.dedup();
    let mut signatures: Vec<u32> = words
        .keys()
        .map(AsRef::as_ref)
        .chain(half_phrases.iter().flatten().map(String::as_str))
        .map(|word| signature(word.as_bytes()))
        .collect();
    signatures.sort_unstable();
    signatures.dedup();
    let mut first_and_length = [0u64; 256];
    for word in words.keys().map(AsRef::as_ref).chain(half_phrases.iter().flatten().map(String::as_str)) {
        if let Some(lengths) = word
            .bytes()
            .next()
            .and_then(|first| first_and_length.get_mut(usize::from(first.to_ascii_lowercase())))
        {
            *lengths |= 1 << word.len().min(63);
        }
    }
    let mut compound_pairs = [0u128; 128];
    let mut signature_bits = [0u64; 64];
    for signature in &signatures {
        let bit = signature_bit(*signature);
        if let Some(bits) = signature_bits.get_mut(bit / 64) {
            *bits |= 1 << (bit % 64);
        }
    }
    for [first, second] in &compound_heads {
        if let Some(pairs) = compound_pairs.get_mut(usize::from(*first))
            && second.is_ascii()
        {
            *pairs |= 1 << second;
        }
    }
    let connectors = lang_table
        .number_connectors
        .iter()
        .copied()
        .filter(|word| {
            words.get(*word).is_some_and(|meanings| meanings.as_slice() == [Morpheme::Connector])
                && !half_starts.contains(word)
                && !compound_parts.iter().any(|(part, _)| word.starts_with(part))
        })
        .collect();
    let mut lexicon = Lexicon {
        words,
        compound_by_first: (0..=255u8)
            .map(|byte| {
                let starts = |part: &&(&'static str, Morpheme)| {
                    part.0.as_bytes().first().is_none_or(|first| *first == byte)
                };
                compound_parts.iter().filter(starts).copied().collect()
            })
            .collect(),
        #[cfg(test)]
        compound_parts,
        half_phrases,
        blockers: lang_table.ordinal_blockers.to_vec(),
        term_ordinals: lang_table.term_ordinals,
        ordinal_nouns: lang_table.ordinal_nouns,
        rank_superlatives: lang_table.rank_superlatives,
        enumeration_leads: lang_table.enumeration_leads,
        connectors,
        half_starts,
        compound_heads: PairSet::new(&compound_heads),
        heads: PairSet::new(&heads),
        heads3: PairSet::new(&heads3),
        signatures,
        signature_bits,
        first_and_length,
        compound_pairs,
        starts3: Vec::new(),
        starts2: PairSet::new(&[]),
    };
    lexicon.starts3 = starts3(&lexicon);
    lexicon.starts2 = starts2(&lexicon.starts3);
    lexicon
}

/// The denominators a language makes of its ordinals with the endings of
/// `ordinal_fraction_endings` (`thirtieth`, `thirtieths`; `tredjedel`, `trettiondelar`), with
/// their value. Where the ordinal ends as the ending starts, the shared letters may be written
/// once, so both forms are given (`tionde` and `del`: `tiondel`, and `tiondedel`, which no text
/// writes and no word is).
fn ordinal_denominators(lang_table: &LangTable) -> Vec<(Cow<'static, str>, u32)> {
    let mut out = Vec::new();
    for &(ordinal, value) in lang_table.ordinals {
        for &ending in lang_table.ordinal_fraction_endings {
            out.push((Cow::Owned(format!("{ordinal}{ending}")), value));
            // The longest start of the ending that ends the ordinal, written once.
            let shared = (1..ending.len().min(ordinal.len()))
                .rev()
                .find(|&length| ending.get(..length).is_some_and(|start| ordinal.ends_with(start)));
            if let Some(stem) = shared.and_then(|length| ordinal.get(..ordinal.len() - length)) {
                out.push((Cow::Owned(format!("{stem}{ending}")), value));
            }
        }
    }
    out
}

static EN: LazyLock<Lexicon> = LazyLock::new(|| build(table(Lang::En)));
static SV: LazyLock<Lexicon> = LazyLock::new(|| build(table(Lang::Sv)));

fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::En => &EN,
        Lang::Sv => &SV,
    }
}

/// A word of the text with what it can mean as a number, looked up once.
#[derive(Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    /// The word in lower case, borrowed when it already is.
    lower: Cow<'a, str>,
    /// Meanings of the whole word; empty for most words.
    morphemes: &'static [Morpheme],
    /// Parts of a compound number word (`tjugofem`), when the language glues them.
    compound: Option<Vec<Morpheme>>,
    /// Whether the word starts a phrase for one half (`half`, `hälften`).
    starts_half: bool,
}

impl Token<'_> {
    /// Whether the word can take part in any number.
    fn is_relevant(&self) -> bool {
        !self.morphemes.is_empty() || self.compound.is_some() || self.starts_half
    }
}

/// The longest word that could be a number word; longer words are skipped unread.
const MAX_WORD_BYTES: usize = 48;

/// The tokens of `text` that can matter: every word the lexicon may know, and the word
/// right after each of those. A connector (`and`) counts as known only right after a known
/// word: it joins a number (`one hundred and five`) but starts none, so elsewhere neither it
/// nor the word after it can matter.
///
/// Two tokens are neighbours only when no other word stands between them, so the word after a
/// known word is kept even when it is no number word (it ends a number, and `third country`
/// needs its blocker). Every other word is skipped unread: a number is a run of known words,
/// and no search looks further than one word past a known one. The tokens are those of
/// [`all_tokens`] with the skipped words left out, which gives the same numbers.
///
/// Between known words, [`skip_unknown`] passes over the words whose first two bytes rule
/// them out, most words, without reading them to their end.
#[cfg(test)]
fn tokens<'a>(text: &'a str, lexicon: &'static Lexicon) -> Vec<Token<'a>> {
    tokens_reading::<true>(text, lexicon)
}

/// The tokens of `text`; with `SKIP`, the words between known ones are passed over by
/// [`skip_unknown`] rather than read to their ends (the same tokens, the tests check).
#[cfg(test)]
fn tokens_reading<'a, const SKIP: bool>(text: &'a str, lexicon: &'static Lexicon) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    push_tokens::<SKIP>(text, lexicon, &mut out);
    out
}

/// Pushes the tokens of `text` onto `out` (see [`tokens_reading`]).
fn push_tokens<'a, const SKIP: bool>(text: &'a str, lexicon: &'static Lexicon, out: &mut Vec<Token<'a>>) {
    let bytes = text.as_bytes();
    let run = |from: usize, class: u8| run_length(bytes, from, class);
    // About one token for every 46 bytes of the fixtures: room for one in 32 spares most
    // regrowths of the vector, and a short text gets none.
    out.reserve(text.len() / 32);
    // Whether the last token kept is a known word, so that the next word must be kept too.
    let mut after_known = false;
    let mut at = 0;
    loop {
        if SKIP && !after_known {
            at = skip_unknown(text, at, lexicon);
        }
        at += run(at, ASCII_OTHER);
        let Some(&first) = bytes.get(at) else { break };
        // Words of ASCII letters, most words, are read here; any other by `next_word`.
        let (start, end, folded) = if BYTE_CLASS[usize::from(first)] == ASCII_LETTER {
            let end = at + run(at, ASCII_LETTER);
            if bytes.get(end).is_some_and(|byte| BYTE_CLASS[usize::from(*byte)] == NOT_ASCII) {
                let (end, folded) = word_end(text, end);
                (at, end, folded)
            } else {
                (at, end, true)
            }
        } else {
            let Some(word) = next_word(text, at) else { break };
            word
        };
        at = end;
        let known = end - start <= MAX_WORD_BYTES
            && if folded {
                bytes.get(start..end).is_some_and(|word| lexicon.may_mean_folded(word))
            } else {
                text.get(start..end).is_some_and(|word| lexicon.may_know(word))
            };
        // A connector joins a number only after a known word: elsewhere it starts nothing.
        let known =
            known && (after_known || !lexicon.only_connects(bytes.get(start..end).unwrap_or_default()));
        // A word whose first three bytes start no word of the lexicon nor a compound is no
        // number word, whatever its signature (`these` has the one of `three`).
        let known = known && lexicon.may_know_head3(bytes, start);
        if known {
            if let Some(word) = text.get(start..end) {
                out.push(token(word, start, end, lexicon));
            }
        } else if after_known {
            out.push(unknown(start, end));
        }
        after_known = known;
    }
}

/// What [`tokens`] gives, reading every word to its end.
#[cfg(test)]
fn tokens_word_by_word<'a>(text: &'a str, lexicon: &'static Lexicon) -> Vec<Token<'a>> {
    tokens_reading::<false>(text, lexicon)
}

/// What a candidate start found by [`skip_unknown`] turns out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Not the start of a word, or a word the lexicon does not know.
    Unknown,
    /// A word that may be known, or one the first two bytes cannot tell about.
    Stop,
}

/// What starts at byte `at` of `text`, where an ASCII letter or the first byte of a longer
/// character stands and the byte before (if any) is no ASCII letter.
fn start_at(text: &str, at: usize, lexicon: &Lexicon) -> Start {
    let bytes = text.as_bytes();
    // After a longer character, a letter continues its word.
    if bytes.get(at.wrapping_sub(1)).is_some_and(|byte| !byte.is_ascii())
        && text.get(..at).and_then(|before| before.chars().next_back()).is_some_and(is_letter)
    {
        return Start::Unknown;
    }
    let Some(&first) = bytes.get(at) else { return Start::Unknown };
    if !first.is_ascii() {
        let letter = text.get(at..).and_then(|rest| rest.chars().next()).is_some_and(is_letter);
        return if letter { Start::Stop } else { Start::Unknown };
    }
    if ascii_start_may_know(bytes, at, lexicon) { Start::Stop } else { Start::Unknown }
}

/// Whether the word that starts with the ASCII letter at `at` may be known: false only when
/// its head, as [`Lexicon::may_know`] takes it, lower case, starts no word of the lexicon, or
/// its [`head3`] key rules it out.
///
/// What [`ascii_start_may_know_by_pairs`] answers, from one bit of [`Lexicon::starts3`]: the
/// answer depends on no more than the classes of the first three bytes.
#[inline]
fn ascii_start_may_know(bytes: &[u8], at: usize, lexicon: &Lexicon) -> bool {
    // Three bytes at once where the text holds them; a space (no letter) for each past its end.
    let three = match bytes.get(at..at + 3) {
        Some(&[first, second, third]) => u32::from_le_bytes([first, second, third, 0]),
        _ => u32::from_le_bytes([0, 1, 2, 3].map(|offset| bytes.get(at + offset).copied().unwrap_or(b' '))),
    };
    three_bytes_may_know(three, lexicon)
}

/// [`ascii_start_may_know`] for the three bytes in the low bytes of `three`, the first lowest.
/// The answer after a second byte that is no letter does not depend on the third, and after
/// one beyond ASCII it is yes, both as [`starts3`] records them: no test is needed for either.
#[inline]
fn three_bytes_may_know(three: u32, lexicon: &Lexicon) -> bool {
    let class = |shift: u32| usize::from(START_CLASS[((three >> shift) & 0xFF) as usize]);
    let index = (class(0) * START_CLASSES + class(8)) * START_CLASSES + class(16);
    lexicon.starts3.get(index / 64).is_some_and(|bits| bits >> (index % 64) & 1 == 1)
}

/// The class of a byte for [`ascii_start_may_know`]: 0 for an ASCII byte that is no letter,
/// 1 to 26 for a letter (either case), [`START_BEYOND`] for a byte that is not ASCII.
static START_CLASS: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        classes[byte] = match byte as u8 {
            letter @ b'a'..=b'z' => letter - b'a' + 1,
            letter @ b'A'..=b'Z' => letter - b'A' + 1,
            0x80..=0xFF => START_BEYOND,
            _ => 0,
        };
        byte += 1;
    }
    classes
};
const START_BEYOND: u8 = 27;
const START_CLASSES: usize = 28;

/// A byte of each [`START_CLASS`]: a space, the lower-case letters, a byte that is not ASCII.
fn class_byte(class: usize) -> u8 {
    match class {
        0 => b' ',
        27 => 0xC3,
        letter => b'a' + u8::try_from(letter - 1).unwrap_or(0),
    }
}

/// The bits of [`Lexicon::starts3`]: for each class of the first three bytes of a word that
/// starts with an ASCII letter, what [`ascii_start_may_know_by_pairs`] answers.
fn starts3(lexicon: &Lexicon) -> Vec<u64> {
    let size = START_CLASSES * START_CLASSES * START_CLASSES;
    let mut bits = vec![0u64; size.div_ceil(64)];
    for first in 1..=26 {
        for second in 0..START_CLASSES {
            for third in 0..START_CLASSES {
                let word = [class_byte(first), class_byte(second), class_byte(third), b' '];
                let index = (first * START_CLASSES + second) * START_CLASSES + third;
                if ascii_start_may_know_by_pairs(&word, 0, lexicon)
                    && let Some(slot) = bits.get_mut(index / 64)
                {
                    *slot |= 1 << (index % 64);
                }
            }
        }
    }
    bits
}

/// The bits of [`Lexicon::starts2`] from those of [`Lexicon::starts3`]: a pair whose first byte
/// is an ASCII letter is set when a third byte of some class makes [`starts3`] answer yes; any
/// other pair, which starts no word the test is asked about, is set. Built once per language
/// from the classes of the two bytes, so that a short run of the program pays little for it.
fn starts2(starts3: &[u64]) -> PairSet {
    let class_pair_may = |first_class: usize, second_class: usize| {
        (0..START_CLASSES).any(|third| {
            let index = (first_class * START_CLASSES + second_class) * START_CLASSES + third;
            starts3.get(index / 64).is_some_and(|bits| bits >> (index % 64) & 1 == 1)
        })
    };
    let by_classes: Vec<bool> = (0..START_CLASSES * START_CLASSES)
        .map(|index| class_pair_may(index / START_CLASSES, index % START_CLASSES))
        .collect();
    let mut bits = Box::new([u64::MAX; 1024]);
    for first in (b'A'..=b'Z').chain(b'a'..=b'z') {
        let first_class = usize::from(START_CLASS[usize::from(first)]);
        for second in 0..=255u8 {
            let second_class = usize::from(START_CLASS[usize::from(second)]);
            if !by_classes.get(first_class * START_CLASSES + second_class).copied().unwrap_or(true) {
                // The pair as it stands in a little-endian load: the first byte lowest.
                let index = usize::from(u16::from_le_bytes([first, second]));
                if let Some(word) = bits.get_mut(index / 64) {
                    *word &= !(1 << (index % 64));
                }
            }
        }
    }
    PairSet(bits)
}

/// What [`ascii_start_may_know`] answers, by a test of the first two bytes and one of the
/// hashed first three.
fn ascii_start_may_know_by_pairs(bytes: &[u8], at: usize, lexicon: &Lexicon) -> bool {
    let first = bytes.get(at).map_or(0, u8::to_ascii_lowercase);
    let second = match bytes.get(at + 1) {
        Some(byte) if byte.is_ascii_alphabetic() => byte.to_ascii_lowercase(),
        Some(byte) if !byte.is_ascii() => return true,
        _ => 0,
    };
    lexicon.heads.contains([first, second]) && lexicon.may_know_head3(bytes, at)
}

/// A position at or after `from` (where no letter may stand just before a letter at `from`)
/// from which [`tokens`] reads on: the start of the first word that the lexicon may know, or
/// that its first two bytes cannot rule out, or the end of the text. No word that starts
/// before it is known.
///
/// Word starts are found sixteen bytes at a time: an ASCII letter or the first byte of a longer
/// character after a byte that is no ASCII letter; an ASCII letter after an ASCII byte is
/// turned away by one bit of [`Lexicon::starts2`] for its first two bytes, most words, and
/// only the others are classed by their first three.
// Kept out of its caller, so that its loop keeps its state in registers.
#[inline(never)]
fn skip_unknown(text: &str, from: usize, lexicon: &Lexicon) -> usize {
    let bytes = text.as_bytes();
    let pairs = &lexicon.starts2;
    let mut offset = from;
    // Bit 0 set when the last byte of the chunk before is an ASCII letter.
    let mut carry = 0;
    // Bit 0 set when the last byte of the chunk before is not ASCII.
    let mut carry_high = 0;
    while let Some(chunk) = bytes.get(offset..offset + 16).and_then(|chunk| <&[u8; 16]>::try_from(chunk).ok())
    {
        let Classes { letters, high, leads } = classes16(chunk);
        let mut starts = (letters | leads) & !(letters << 1 | carry);
        if starts != 0 {
            // Starts that need decoding: longer characters, and letters right after one.
            let hard = leads | (high << 1 | carry_high);
            while starts != 0 {
                let place = starts.trailing_zeros() as usize;
                let bit = starts & starts.wrapping_neg();
                let easy = bit & hard == 0;
                // An ASCII letter after an ASCII byte that is none, with the next byte in the
                // chunk, is turned away by its first two bytes where they start no known word.
                let ruled_out = easy
                    && chunk
                        .get(place..place + 2)
                        .is_some_and(|two| !pairs.contains_low(u64::from(two[0]) | u64::from(two[1]) << 8));
                if !ruled_out && stops_at(text, offset + place, easy, lexicon) {
                    return offset + place;
                }
                starts ^= bit;
            }
        }
        carry = letters >> 15;
        carry_high = high >> 15;
        offset += 16;
    }
    let mut after_letter = carry != 0;
    for byte in bytes.get(offset..).unwrap_or_default() {
        let letter = byte.is_ascii_alphabetic();
        if (letter || *byte >= 0xC0) && !after_letter && start_at(text, offset, lexicon) == Start::Stop {
            return offset;
        }
        after_letter = letter;
        offset += 1;
    }
    bytes.len()
}

/// The bytes of sixteen that are ASCII letters, that are not ASCII, and that are the first
/// bytes of longer characters (from 0xC0), one bit each, the first byte's lowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Classes {
    letters: u32,
    high: u32,
    leads: u32,
}

/// The [`Classes`] of `chunk`, by the vector instructions every x86-64 processor has.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn classes16(chunk: &[u8; 16]) -> Classes {
    // SAFETY: the function needs SSE2 alone, which this build enables (the `cfg` above: it is
    // part of every x86-64 target), so every processor the code runs on has it.
    unsafe { classes16_sse2(chunk) }
}

/// What [`classes16`] answers, in SSE2 instructions.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn classes16_sse2(chunk: &[u8; 16]) -> Classes {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set_epi64x,
        _mm_set1_epi8, _mm_slli_epi16,
    };
    let [low, high_half] = [0, 8].map(|at| {
        let eight: [u8; 8] = chunk.get(at..at + 8).and_then(|eight| eight.try_into().ok()).unwrap_or([0; 8]);
        i64::from_le_bytes(eight)
    });
    let bytes = _mm_set_epi64x(high_half, low);
    // Upper case folded to lower case (no other byte folds into `a..=z`); bytes from 0x80 are
    // negative, below `a`.
    let folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    let letters = _mm_and_si128(
        _mm_cmpgt_epi8(folded, _mm_set1_epi8(0x60)),
        _mm_cmplt_epi8(folded, _mm_set1_epi8(0x7B)),
    );
    let mask = |vector| (_mm_movemask_epi8(vector) as u32) & 0xFFFF;
    let high = mask(bytes);
    // Bit 6 of each byte moved to its bit 7 (a shift of each 16 bits leaves no byte's bit 7 to
    // the byte above's bit 7).
    let sixth = mask(_mm_slli_epi16(bytes, 1));
    Classes { letters: mask(letters), high, leads: high & sixth }
}

/// The [`Classes`] of `chunk`, eight bytes at a time.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn classes16(chunk: &[u8; 16]) -> Classes {
    classes16_by_words(chunk)
}

/// The [`Classes`] of `chunk` from the byte tests of [`super::swar`], eight bytes at a time.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn classes16_by_words(chunk: &[u8; 16]) -> Classes {
    // The high bit of each byte gathered into the low eight bits, the first byte lowest.
    let gather = |bits: u64| ((bits >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
    let mut classes = Classes { letters: 0, high: 0, leads: 0 };
    for (half, at) in [0, 8].into_iter().enumerate() {
        let word = chunk.get(at..at + 8).map_or(0, load);
        let high = word & HIGH_BITS;
        let shift = 8 * half;
        classes.letters |= gather(ascii_letters(word)) << shift;
        classes.high |= gather(high) << shift;
        classes.leads |= gather(high & (word << 1)) << shift;
    }
    classes
}

/// Whether [`skip_unknown`] stops at the word start at `at`: an ASCII letter after an ASCII
/// byte that is no letter (`easy`) by its first three bytes, another start by [`start_at`].
// Out of the loop of its caller, which keeps its state in registers.
#[inline(never)]
fn stops_at(text: &str, at: usize, easy: bool, lexicon: &Lexicon) -> bool {
    if easy {
        ascii_start_may_know(text.as_bytes(), at, lexicon)
    } else {
        start_at(text, at, lexicon) == Start::Stop
    }
}

/// What a byte of UTF-8 text is, for the word scan: an ASCII letter, another ASCII byte, or
/// a byte of a longer character, which must be decoded.
const ASCII_OTHER: u8 = 0;
const ASCII_LETTER: u8 = 1;
const NOT_ASCII: u8 = 2;

static BYTE_CLASS: [u8; 256] = crate::text::byte_classes(ASCII_LETTER, ASCII_LETTER, ASCII_OTHER, NOT_ASCII);

/// The length of the run of bytes of class `class` (`ASCII_OTHER` or `ASCII_LETTER`) from
/// `from`: what a byte-by-byte look-up of [`BYTE_CLASS`] gives, eight bytes at a time.
fn run_length(bytes: &[u8], from: usize, class: u8) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let mut length = 0;
    let mut chunks = rest.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let word = load(chunk);
        let letters = ascii_letters(word);
        // The high bit of every byte that ends the run.
        let ends = if class == ASCII_LETTER { !letters & HIGH_BITS } else { letters | word & HIGH_BITS };
        if ends != 0 {
            return length + (ends.trailing_zeros() / 8) as usize;
        }
        length += 8;
    }
    let tail = chunks.remainder();
    length + tail.iter().position(|byte| BYTE_CLASS[usize::from(*byte)] != class).unwrap_or(tail.len())
}

/// `c.is_alphabetic()`, answered without a table search for the Latin-1 letters of Swedish,
/// French or German words.
fn is_letter(c: char) -> bool {
    if c <= '\u{FF}' {
        matches!(c, 'a'..='z' | 'A'..='Z' | 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
    } else {
        c.is_alphabetic()
    }
}

/// Whether lower-casing the letter `c` leaves it as it is, when it is not ASCII: so a word
/// of such letters changes only in its ASCII letters when lower-cased, byte for byte.
fn is_folded_latin(c: char) -> bool {
    c <= '\u{FF}' && !('À'..='Þ').contains(&c)
}

/// The first word (a run of alphabetic characters) at or after byte `from`, which must be a
/// character boundary: its byte range, and whether lower-casing it changes only its ASCII
/// letters (so that its [`signature`] can be taken as written).
fn next_word(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let class = |byte: &u8| BYTE_CLASS[usize::from(*byte)];
    let mut at = from;
    // Most bytes are ASCII: they are told apart by a table, without decoding.
    let start = loop {
        at += bytes.get(at..)?.iter().position(|byte| class(byte) != ASCII_OTHER)?;
        if bytes.get(at).is_some_and(|byte| class(byte) == ASCII_LETTER) {
            break at;
        }
        let c = text.get(at..)?.chars().next()?;
        if is_letter(c) {
            break at;
        }
        at += c.len_utf8();
    };
    let (end, folded) = word_end(text, start);
    Some((start, end, folded))
}

/// The end of the word whose letters run on from `from` (a character boundary), and whether
/// lower-casing its letters from `from` on changes only their ASCII letters. The Latin-1
/// letters (two bytes from 0xC3) are told without decoding.
fn word_end(text: &str, from: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = from;
    let mut folded = true;
    loop {
        end += run_length(bytes, end, ASCII_LETTER);
        match bytes.get(end..).unwrap_or_default() {
            [0xC3, second @ 0x80..=0xBF, ..] => {
                // U+00C0 to U+00FF: letters but for × and ÷; lower case from ß.
                let c = 0x40 + u32::from(*second);
                if c == 0xD7 || c == 0xF7 {
                    break;
                }
                folded &= c >= 0xDF;
                end += 2;
            }
            [] => break,
            [first, ..] if first.is_ascii() => break,
            _ => {
                let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                if !is_letter(c) {
                    break;
                }
                folded &= is_folded_latin(c);
                end += c.len_utf8();
            }
        }
    }
    (end, folded)
}

/// What [`next_word`] answers, decoding every character that is not ASCII.
#[cfg(test)]
fn next_word_by_chars(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let class = |byte: &u8| BYTE_CLASS[usize::from(*byte)];
    let mut at = from;
    // Most bytes are ASCII: they are told apart by a table, without decoding.
    let start = loop {
        at += bytes.get(at..)?.iter().position(|byte| class(byte) != ASCII_OTHER)?;
        if bytes.get(at).is_some_and(|byte| class(byte) == ASCII_LETTER) {
            break at;
        }
        let c = text.get(at..)?.chars().next()?;
        if is_letter(c) {
            break at;
        }
        at += c.len_utf8();
    };
    let mut end = start;
    let mut folded = true;
    loop {
        let rest = bytes.get(end..).unwrap_or_default();
        end += rest.iter().position(|byte| class(byte) != ASCII_LETTER).unwrap_or(rest.len());
        if bytes.get(end).is_none_or(|byte| class(byte) == ASCII_OTHER) {
            break;
        }
        let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if !is_letter(c) {
            break;
        }
        folded &= is_folded_latin(c);
        end += c.len_utf8();
    }
    Some((start, end, folded))
}

/// A word no number can use: it only marks where a number ends.
fn unknown<'a>(start: usize, end: usize) -> Token<'a> {
    Token { start, end, lower: Cow::Borrowed(""), morphemes: &[], compound: None, starts_half: false }
}

/// A word the lexicon may know, with its meanings looked up.
fn token<'a>(word: &'a str, start: usize, end: usize, lexicon: &'static Lexicon) -> Token<'a> {
    let lower: Cow<'a, str> = if word.is_ascii() {
        if word.bytes().any(|byte| byte.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    let morphemes = lexicon.words.get(lower.as_ref()).map_or(&[][..], Vec::as_slice);
    let compound = if morphemes.is_empty() { compound(lexicon, &lower) } else { None };
    let starts_half = lexicon.half_starts.contains(&lower.as_ref());
    Token { start, end, lower, morphemes, compound, starts_half }
}

/// Every word of `text` as a token, the way the extractor once read a text; the tokens of
/// [`tokens`] must give the same numbers.
#[cfg(test)]
fn all_tokens<'a>(text: &'a str, lexicon: &'static Lexicon) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphabetic() {
            if start.is_none() {
                start = Some(index);
            }
            continue;
        }
        let Some(word_start) = start.take() else {
            continue;
        };
        let Some(word) = text.get(word_start..index) else {
            continue;
        };
        // Every word gets a token, even an irrelevant one: two tokens are neighbours
        // only when no other word stands between them.
        let mut token = Token {
            start: word_start,
            end: index,
            lower: Cow::Borrowed(""),
            morphemes: &[],
            compound: None,
            starts_half: false,
        };
        if word.len() <= MAX_WORD_BYTES && lexicon.may_know(word) {
            let lower: Cow<'a, str> = if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            };
            token.morphemes = lexicon.words.get(lower.as_ref()).map_or(&[], Vec::as_slice);
            if token.morphemes.is_empty() {
                token.compound = compound(lexicon, &lower);
            }
            token.starts_half = lexicon.half_starts.contains(&lower.as_ref());
            token.lower = lower;
        }
        out.push(token);
    }
    out
}

/// How two neighbouring tokens are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    Space,
    Hyphen,
    Other,
}

fn gap(text: &str, left: &Token, right: &Token) -> Gap {
    match text.get(left.end..right.start) {
        Some(between) if !between.is_empty() && between.chars().all(is_space_like) => Gap::Space,
        Some("-") => Gap::Hyphen,
        Some(between) if between.chars().count() == 1 && between.chars().all(char::is_whitespace) => {
            Gap::Space
        }
        _ => Gap::Other,
    }
}

/// Finds the numbers written in words.
#[cfg(test)]
pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    find_with(text, lang, out, &mut Room::new());
}

/// Buffers a caller keeps from text to text: the tokens of a text and the parts of the
/// number being read. Every text needs them, and reusing them spares their allocations.
#[derive(Debug, Default)]
pub(crate) struct Room {
    /// Always empty between texts: tokens borrow their text.
    tokens: Vec<Token<'static>>,
    parts: Vec<Morpheme>,
}

impl Room {
    pub(crate) const fn new() -> Room {
        Room { tokens: Vec::new(), parts: Vec::new() }
    }
}

/// An empty list of tokens of another text, with the room of `tokens`: the list is
/// collected in place, as its items have the same layout whatever text they borrow.
// `filter` would keep the lifetime of the items: the map to nothing changes it.
#[allow(clippy::unnecessary_filter_map)]
fn recycle<'b>(tokens: Vec<Token<'_>>) -> Vec<Token<'b>> {
    tokens.into_iter().filter_map(|_| None).collect()
}

/// Finds the numbers written in words, with the buffers of `room`.
pub(crate) fn find_with(text: &str, lang: Lang, out: &mut Vec<Value>, room: &mut Room) {
    let mut tokens = recycle(std::mem::take(&mut room.tokens));
    push_tokens::<true>(text, lexicon(lang), &mut tokens);
    find_in(text, lang, &tokens, out, &mut room.parts);
    room.tokens = recycle(tokens);
}

/// Round figures given roughly or rounded to, as the language table names them (`ett tiotal`,
/// "about ten"; `ett hundratal`; `till närmaste hundratal`, "to the nearest multiple of
/// 100"): the figure, optional, since the other version may give it exactly (`about 10`) or
/// not at all.
pub(crate) fn approximate(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // The suffix's finder, built once per language.
    static FINDERS: LazyLock<[Option<memchr::memmem::Finder<'static>>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv]
            .map(|lang| table(lang).approximate.map(|(_, suffix)| memchr::memmem::Finder::new(suffix)))
    });
    let lang_table = table(lang);
    let (Some((articles, suffix)), Some(finder)) =
        (lang_table.approximate, &FINDERS[usize::from(lang == Lang::Sv)])
    else {
        return;
    };
    for at in pairs.find_all(finder, text.as_bytes()) {
        let end = at + suffix.len();
        let Some(head) = text.get(..at) else { continue };
        if char_at(text, end).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let start =
            head.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(at, |(i, _)| i);
        let Some(stem) = head.get(start..).map(str::to_lowercase) else { continue };
        let Some(&(_, figure)) =
            lang_table.cardinals.iter().chain(lang_table.multipliers).find(|(word, _)| *word == stem)
        else {
            continue;
        };
        let Some(before) = head.get(..start).and_then(|before| before.strip_suffix(' ')) else { continue };
        let Some(article_start) = articles.iter().find_map(|article| {
            let article_start = before.len().checked_sub(article.len())?;
            let word = before.get(article_start..)?;
            let glued = before.get(..article_start)?.chars().next_back().is_some_and(char::is_alphanumeric);
            (word.eq_ignore_ascii_case(article) && !glued).then_some(article_start)
        }) else {
            continue;
        };
        // A currency after the figure makes it an amount (`till närmaste tusental euro`, as
        // `to the nearest thousand euro` reads).
        let currency = text.get(end..).and_then(|rest| rest.strip_prefix(' ')).and_then(|rest| {
            let length = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
            let code = currency_code(lang_table, rest.get(..length)?)?;
            Some((code, end + 1 + length))
        });
        let mut value = match currency {
            Some((code, amount_end)) => Value::new(
                ValueKind::Number,
                article_start..amount_end,
                format!("amount:{code}:{figure}"),
                format!("{figure} {code}"),
            ),
            None => {
                Value::new(ValueKind::Number, article_start..end, format!("num:{figure}"), figure.to_string())
            }
        };
        value.optional = true;
        out.push(value);
    }
}

/// One phrase of a half (`and a half`, `en halv`): its words, lower case, and the finder of
/// its longest word, which anchors the search.
struct HalfPhrase {
    words: Vec<&'static str>,
    anchor: usize,
    finder: WordFinder,
    /// Whether the phrase adds a half to a whole number before it (`two and a half`).
    added: bool,
}

/// The half phrases of each language, built once.
static HALF_PHRASES: LazyLock<[Vec<HalfPhrase>; 2]> = LazyLock::new(|| {
    [Lang::En, Lang::Sv].map(|lang| {
        let lang_table = table(lang);
        let added = lang_table.added_halves.iter().map(|phrase| (phrase, true));
        let unit = lang_table.unit_halves.iter().map(|phrase| (phrase, false));
        added
            .chain(unit)
            .filter_map(|(phrase, added)| {
                let words: Vec<&'static str> = phrase.split(' ').collect();
                let (anchor, word) = words
                    .iter()
                    .enumerate()
                    .rev()
                    .max_by_key(|(_, word)| word.len())
                    .map(|(i, w)| (i, *w))?;
                Some(HalfPhrase { words, anchor, finder: WordFinder::new(word), added })
            })
            .collect()
    })
});

/// The byte length of the white space ending `head` (at least one character), if any.
fn space_before(head: &str) -> Option<usize> {
    let length = head.len() - head.trim_end_matches(|c: char| c.is_whitespace() || is_space_like(c)).len();
    (length > 0).then_some(length)
}

/// The byte length of the white space starting `tail` (at least one character), if any.
fn space_after(tail: &str) -> Option<usize> {
    let length = tail.len() - tail.trim_start_matches(|c: char| c.is_whitespace() || is_space_like(c)).len();
    (length > 0).then_some(length)
}

/// The span of `phrase` around its anchor word found at `anchor`, its words apart by white
/// space, ASCII case ignored: `and a half` around `half`.
fn half_phrase_span(
    text: &str,
    phrase: &HalfPhrase,
    anchor: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut start = anchor.start;
    for word in phrase.words.get(..phrase.anchor)?.iter().rev() {
        let word_start = start.checked_sub(space_before(text.get(..start)?)?)?.checked_sub(word.len())?;
        if !super::word_at(bytes, word_start, word)
            || char_before(text, word_start).is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        start = word_start;
    }
    let mut end = anchor.end;
    for word in phrase.words.get(phrase.anchor + 1..)? {
        let word_start = end + space_after(text.get(end..)?)?;
        let word_end = word_start + word.len();
        if !super::word_at(bytes, word_start, word)
            || char_at(text, word_end).is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        end = word_end;
    }
    Some(start..end)
}

/// The count a lower-case word of the lexicon names by itself (`two`, `tre`, `one`, `ett`).
/// The value of a cardinal number word of `lang` in lower case (`sexton`, `sixteen`).
pub(crate) fn cardinal(lang: Lang, word: &str) -> Option<u64> {
    cardinal_word(lexicon(lang), word)
}

fn cardinal_word(lexicon: &Lexicon, word: &str) -> Option<u64> {
    lexicon.words.get(word)?.iter().find_map(|morpheme| match morpheme {
        Morpheme::One => Some(1),
        Morpheme::Cardinal(value) => Some(*value),
        _ => None,
    })
}

/// The whole number written just before `start`, a word apart (`two` of `two and a half`,
/// `en` of `en och en halv`, `3` of `3 and a half`): its value and where it starts. A word
/// that ends a longer number (`twenty-five`, `one hundred`) is none.
fn whole_before(text: &str, lang: Lang, start: usize) -> Option<(u64, usize)> {
    let end = start.checked_sub(space_before(text.get(..start)?)?)?;
    let head = text.get(..end)?;
    let letters: usize = head.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    let (word_start, value) = if letters > 0 {
        let word_start = end - letters;
        let lower = head.get(word_start..)?.to_lowercase();
        let lexicon = lexicon(lang);
        let value = match cardinal_word(lexicon, &lower) {
            Some(value) => value,
            None => evaluate(&compound(lexicon, &lower)?)?,
        };
        (word_start, value)
    } else {
        let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        (end - digits, head.get(end - digits..)?.parse().ok()?)
    };
    if char_before(text, word_start)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ',' | '/'))
    {
        return None;
    }
    Some((value, word_start))
}

/// Figures with a half written in words: a whole number and a half (`two and a half billion`,
/// `en och en halv miljon`, `one and a half`), each the figure with its scale, unit or
/// currency (`1.5 million`, `2.5 billion`), and half of a scale word, a percentage or a
/// currency (`half a million`, `en halv miljon euro` = `EUR 0.5 million`, `en halv
/// procentenhet` = `0.5 pp`). A half of anything else (`en halv dag`, `half of them`) stays
/// the fraction 1/2 that [`find_with`] reads.
pub(crate) fn halves(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // The phrases share their anchor word (`half` in `half a`, `a half`, `and a half`): a text
    // that holds none of the distinct anchors is searched once for each, not once per phrase.
    static GATES: LazyLock<[Vec<WordFinder>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            let mut anchors: Vec<&'static str> = HALF_PHRASES[usize::from(lang == Lang::Sv)]
                .iter()
                .filter_map(|p| p.words.get(p.anchor).copied())
                .collect();
            anchors.sort_unstable();
            anchors.dedup();
            anchors.into_iter().map(WordFinder::new).collect()
        })
    });
    if !GATES[usize::from(lang == Lang::Sv)].iter().any(|gate| gate.find_iter(text, pairs).next().is_some()) {
        return;
    }
    // The figures read with a whole number: `a half billion` inside `two and a half billion`
    // is none of its own. The phrases that add a half come first.
    // A half of one unit read by a longer phrase (`en halv procentenhet`) is not read again by
    // the shorter one (`halv procentenhet`), which comes after it in the table.
    let mut wholes: Vec<std::ops::Range<usize>> = Vec::new();
    for phrase in &HALF_PHRASES[usize::from(lang == Lang::Sv)] {
        for anchor in phrase.finder.find_iter(text, pairs) {
            let anchor_start = anchor.start;
            let Some(span) = half_phrase_span(text, phrase, anchor) else { continue };
            if wholes.iter().any(|whole| whole.contains(&span.start) || whole.contains(&anchor_start)) {
                continue;
            }
            let (start, whole) = if phrase.added {
                let Some((whole, start)) = whole_before(text, lang, span.start) else { continue };
                (start, whole)
            } else {
                (span.start, 0)
            };
            let value = Decimal::from_parts(&whole.to_string(), "5");
            let found = quantity(text, lang, start, span.end, value);
            // Half of one unit is a figure only with the unit after it.
            let unit_after =
                found.end > span.end && (found.scale.is_some() || found.measure != Measure::Plain);
            if phrase.added || unit_after {
                wholes.push(found.start..found.end);
                out.push(found.to_value());
            }
        }
    }
}

/// Parts of one unit (`a quarter of a percentage point` = `0.25 pp`, `en kvarts
/// procentenhet`, `three quarters of a million`, `the nearest tenth of a percentage point` =
/// `närmaste tiondels procentenhet` = `0.1 pp`): the figure with its unit or scale, where one
/// follows, which takes the place of the fraction and of the count of one after `of` (`a
/// percentage point`); a part of anything else stays the fraction that [`find_with`] reads.
pub(crate) fn unit_parts(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<KeyedFinder<&str>>; 2]> =
        LazyLock::new(|| keyed_table_finders(|lang_table| lang_table.unit_parts));
    for (finder, phrase, decimals) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let end = at + phrase.len();
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || !text.get(end..).is_some_and(|rest| rest.starts_with([' ', '\u{a0}']))
            {
                continue;
            }
            let found = quantity(text, lang, at, end, Decimal::from_parts("0", decimals));
            if found.end > end && (found.scale.is_some() || found.measure != Measure::Plain) {
                out.push(found.to_value());
            }
        }
    }
}

/// A count glued as the first part of a Swedish compound, with the unit it counts
/// (`femårsperiod`, "a period of five years"; `sexmånadersperiod`; `tvåårig`; `fyrsiffrig`,
/// "four-digit", in the form a compound gives the number word), or hyphened
/// to it in an English modifier (`a two-day figure`, `a three-year plan`): optional, with
/// its unit in the `detail`, so that `five years` pairs with it and `treårsperiod` for it
/// leaves the English figure alone.
pub(crate) fn compound_counts(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // Each stem's finder, the stem, and the unit it counts.
    static FINDERS: LazyLock<[Vec<KeyedFinder<&str>>; 2]> =
        LazyLock::new(|| keyed_table_finders(|lang_table| lang_table.compound_count_stems));
    let lexicon = lexicon(lang);
    for (finder, stem, unit) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let Some(head) = text.get(..at) else { continue };
            let start = super::letters_start(text, at);
            // The last part of a longer number word (`five` of `twenty-five-year`) is none.
            if char_before(text, start) == Some('-') {
                continue;
            }
            let Some(word) = head.get(start..).filter(|w| !w.is_empty()).map(str::to_lowercase) else {
                continue;
            };
            let compound = || {
                let forms = table(lang).compound_cardinals;
                forms.iter().find(|(form, _)| *form == word).map(|(_, count)| *count)
            };
            let Some(count) = cardinal_word(lexicon, &word).or_else(compound) else { continue };
            let mut value = Value::new(
                ValueKind::Number,
                start..at + stem.len(),
                format!("num:{count}"),
                count.to_string(),
            );
            value.optional = true;
            value.detail = Some((*unit).to_string());
            out.push(value);
        }
    }
}

/// A value measured over a period that a Swedish compound names by the period's word
/// (`WHO:s dygnsriktvärde`, "the WHO 24-hour guideline"; `årsmedelvärdet`, "the annual mean"):
/// the period's count, optional, with its unit in the `detail` (`dygns`: one day, which the
/// check takes for `24-hour`), as a count glued to its unit is (`åttatimmarsmedelvärde`), so
/// that `årsriktvärde` for `24-hour guideline` is a changed period. The heads and the period
/// words are `period_value_heads` and `period_value_parts` in `tables/`.
pub(crate) fn period_values(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            table(lang)
                .period_value_heads
                .iter()
                .map(|head| memchr::memmem::Finder::new(head.as_bytes()).into_owned())
                .collect()
        })
    });
    let parts = table(lang).period_value_parts;
    for finder in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let start = super::letters_start(text, at);
            let Some(part) = text.get(start..at).filter(|part| !part.is_empty()).map(str::to_lowercase)
            else {
                continue;
            };
            let Some((_, (count, unit))) = parts.iter().find(|(word, _)| *word == part) else { continue };
            let rest = text.get(at..).unwrap_or("");
            let end = at + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
            let mut value =
                Value::new(ValueKind::Number, start..end, format!("num:{count}"), count.to_string());
            value.optional = true;
            value.detail = Some((*unit).to_string());
            out.push(value);
        }
    }
}

/// An ordinal glued as the first part of a Swedish compound of rank (`tredjeplatsen`, "the
/// third place"; `andraplaceringen`): the ordinal, as the other version writes it apart
/// (`third place`). The head may take the definite ending (`-en`) and nothing else.
pub(crate) fn ordinal_compounds(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<(memchr::memmem::Finder<'static>, &'static str)>; 2]> =
        LazyLock::new(|| {
            [Lang::En, Lang::Sv].map(|lang| {
                table(lang)
                    .ordinal_compound_heads
                    .iter()
                    .map(|head| (memchr::memmem::Finder::new(head.as_bytes()).into_owned(), *head))
                    .collect()
            })
        });
    let lexicon = lexicon(lang);
    for (finder, head) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let mut end = at + head.len();
            if text.get(end..).is_some_and(|rest| rest.starts_with("en")) {
                end += 2;
            }
            if char_at(text, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let start = super::letters_start(text, at);
            if start == at || char_before(text, start).is_some_and(|c| c == '-' || c.is_alphanumeric()) {
                continue;
            }
            let Some(word) = text.get(start..at).map(str::to_lowercase) else { continue };
            let Some(number) = lexicon.words.get(word.as_str()).and_then(|morphemes| {
                morphemes.iter().find_map(|morpheme| match morpheme {
                    Morpheme::Ordinal(value) | Morpheme::WeakOrdinal(value) => Some(*value),
                    _ => None,
                })
            }) else {
                continue;
            };
            out.push(Value::new(
                ValueKind::Number,
                start..end,
                format!("ord:{number}"),
                format!("{number}."),
            ));
        }
    }
}

/// Counts named by a noun (`a dozen` = 12, `ett dussin`, `two dozen` = 24, `half a dozen` =
/// 6): the figure, optional, as it is given roughly and the other version may write it in
/// digits (`12`), in words (`tolv`) or not at all. A noun without a number word before it
/// (`dozens of`, `some dozen`) is none.
pub(crate) fn counted(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<(WordFinder, u64)>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            table(lang).count_nouns.iter().map(|(noun, count)| (WordFinder::new(noun), *count)).collect()
        })
    });
    let lang_table = table(lang);
    let lexicon = lexicon(lang);
    for (finder, count) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for noun in finder.find_iter(text, pairs) {
            let Some(head) = text.get(..noun.start) else { continue };
            let Some(end) = space_before(head).map(|space| noun.start - space) else { continue };
            // `half a dozen`, `ett halvt dussin`: a half of one such count.
            let halved = lang_table.unit_halves.iter().find_map(|phrase| {
                let phrase_start = end.checked_sub(phrase.len())?;
                let written = text.get(phrase_start..end)?;
                (written.eq_ignore_ascii_case(phrase)
                    && !char_before(text, phrase_start).is_some_and(char::is_alphanumeric))
                .then_some(phrase_start)
            });
            let Some(before) = text.get(..end) else { continue };
            let letters: usize =
                before.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
            let word_start = end - letters;
            if letters == 0 || char_before(text, word_start).is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            let Some(word) = before.get(word_start..).map(str::to_lowercase) else { continue };
            let times = cardinal_word(lexicon, &word);
            let (start, figure) = match (halved, times) {
                (Some(phrase_start), _) => (phrase_start, count / 2),
                (None, Some(times)) => (word_start, times * count),
                (None, None) => continue,
            };
            let mut value =
                Value::new(ValueKind::Number, start..noun.end, format!("num:{figure}"), figure.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// A count that a word stands for without a number (`a year`, `ett år`, `a fortnight`, `the
/// past decade`, `dygnet runt`, `båda`): optional, with the unit counted in the `detail`, so
/// that a version that writes it in figures (`12 months`, `två veckor`, `tio år`, `two`) finds
/// its counterpart. A noun of one unit is a figure only after an article or `one` (`a year`,
/// not `the year`).
pub(crate) fn implicit_counts(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // Each word's finder, the word, and its count and unit.
    type Count = (u64, &'static str);
    // A word of a larger count may open a sentence or a table cell with no article
    // (`Fortnightly driving time`): it is looked for capitalised too.
    static FINDERS: LazyLock<[Vec<KeyedFinder<Count>>; 2]> = LazyLock::new(|| {
        keyed_table_finders(|lang_table| lang_table.implicit_counts).map(|finders| {
            let capitalised: Vec<KeyedFinder<Count>> = finders
                .iter()
                .filter(|(_, noun, (count, _))| {
                    *count > 1 && noun.starts_with(|c: char| c.is_ascii_lowercase())
                })
                .map(|&(_, noun, meaning)| {
                    let mut word = noun.as_bytes().to_vec();
                    word[0] = word[0].to_ascii_uppercase();
                    (memchr::memmem::Finder::new(&word).into_owned(), noun, meaning)
                })
                .collect();
            finders.into_iter().chain(capitalised).collect()
        })
    });
    let lang_table = table(lang);
    let articles = lang_table.unit_articles;
    for (finder, noun, (count, unit)) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let end = at + noun.len();
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            // An adjective of one may stand between the article and its noun (`ett enda år`).
            let before = word_before(text, at).and_then(|(start, word)| {
                if lang_table.singling_adjectives.iter().any(|single| single.eq_ignore_ascii_case(word)) {
                    word_before(text, start)
                } else {
                    Some((start, word))
                }
            });
            let article =
                before.filter(|(_, word)| articles.iter().any(|article| article.eq_ignore_ascii_case(word)));
            // `half a day` is half of one, which the reader of halves reads.
            let halved = article.and_then(|(start, _)| word_before(text, start)).is_some_and(|(_, word)| {
                lang_table.half_words.iter().any(|half| half.eq_ignore_ascii_case(word))
            });
            let (start, numeral) = match article {
                _ if halved => continue,
                Some((start, word)) => {
                    let numeral =
                        lang_table.unit_numerals.iter().any(|numeral| numeral.eq_ignore_ascii_case(word));
                    // `in any one year` names whichever year, and counts none.
                    let chosen = numeral
                        && word_before(text, start).is_some_and(|(_, determiner)| {
                            lang_table.choosing_determiners.iter().any(|d| d.eq_ignore_ascii_case(determiner))
                        });
                    (start, numeral && !chosen)
                }
                None if *count > 1 => (at, false),
                None => continue,
            };
            let mut value =
                Value::new(ValueKind::Number, start..end, format!("num:{count}"), count.to_string());
            // `one week in six` is a share, which the ratio readers read.
            value.optional = !numeral || text.get(end..).is_some_and(|rest| rest.starts_with(" in "));
            value.detail = (!unit.is_empty()).then(|| (*unit).to_string());
            out.push(value);
        }
    }
}

/// A share of a whole named by a word with no figure (`samtliga aktier`, "100% of the
/// shares"; `på halvtid`, "at 50%"; `full-time`): the optional percentage, so that a version
/// that gives the figure has its counterpart, and one that changes it still differs.
pub(crate) fn named_shares(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<KeyedFinder<u32>>; 2]> =
        LazyLock::new(|| keyed_table_finders(|lang_table| lang_table.share_words));
    optional_words(text, pairs, &FINDERS[usize::from(lang == Lang::Sv)], out, |percent| {
        (format!("pct:{percent}"), format!("{percent} %"))
    });
}

/// A figure of full-time equivalents of at most one (`0.5 full-time equivalent`, `0,5
/// heltidsekvivalent`, `1 FTE`) is the share of full time of one post, which words name
/// without a figure (`på halvtid`, `half-time`: 50 %; `på heltid`, `full-time`: 100 %): the
/// percentage (`pct:50`), spanning the unit's name, so that `på heltid` for `0.5 full-time
/// equivalent` is a changed share and `på halvtid` its counterpart. A larger figure counts
/// staff (`17.5 full-time equivalents`) and stays the number. The share words inside the
/// unit's name (`full-time` of `full-time equivalent`) are its own, and go.
pub(crate) fn full_time_shares(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    let names = table(lang).full_time_equivalents;
    if !names.iter().any(|name| pairs.may_hold(name.as_bytes())) {
        return;
    }
    let mut i = 0;
    while i < values.len() {
        let value = &values[i];
        i += 1;
        let Some(percent) = value
            .key
            .strip_prefix("num:")
            .filter(|_| value.kind == ValueKind::Number && value.detail.is_none())
            .and_then(share_of_one)
        else {
            continue;
        };
        let rest = text.get(value.span.end..).unwrap_or("");
        let after = rest.trim_start_matches([' ', '\u{a0}']);
        if after.len() == rest.len() {
            continue;
        }
        let Some(name) = names.iter().find(|name| {
            after.get(..name.len()).is_some_and(|written| written.eq_ignore_ascii_case(name))
                && !char_at(after, name.len()).is_some_and(|c| c.is_alphanumeric() || c == '-')
        }) else {
            continue;
        };
        let start = value.span.start;
        let end = text.len() - after.len() + name.len();
        let value = &mut values[i - 1];
        value.key = format!("pct:{percent}");
        value.display = format!("{percent} %");
        value.span.end = end;
        let inside = |v: &Value| start < v.span.start && v.span.end <= end;
        let before = values[..i].iter().filter(|v| inside(v)).count();
        values.retain(|v| !inside(v));
        i -= before;
    }
}

/// The percentage a figure of one or less makes, in the canonical form of keys (`0.5` → `50`,
/// `0.625` → `62.5`, `1` → `100`); none for a larger figure or nought.
fn share_of_one(figure: &str) -> Option<String> {
    let (whole, fraction) = figure.split_once('.').unwrap_or((figure, ""));
    let fraction = fraction.trim_end_matches('0');
    let share = match (whole, fraction) {
        ("1", "") => "100".to_string(),
        ("0", "") => return None,
        ("0", fraction) if fraction.bytes().all(|b| b.is_ascii_digit()) => {
            let padded = format!("{fraction:0<2}");
            let (percent, decimals) = padded.split_at(2);
            let percent = percent.trim_start_matches('0');
            let percent = if percent.is_empty() { "0" } else { percent };
            if decimals.is_empty() { percent.to_string() } else { format!("{percent}.{decimals}") }
        }
        _ => return None,
    };
    Some(share)
}

/// Every whole word of `finders` in `text` (no letter, digit or hyphen on either side) as an
/// optional number whose key and display `value_of` makes of what the word stands for.
fn optional_words<T: Copy>(
    text: &str,
    pairs: &Pairs,
    finders: &[KeyedFinder<T>],
    out: &mut Vec<Value>,
    value_of: impl Fn(T) -> (String, String),
) {
    for (finder, word, meaning) in finders {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let end = at + word.len();
            if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || c == '-')
                || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '-')
            {
                continue;
            }
            let (key, display) = value_of(*meaning);
            let mut value = Value::new(ValueKind::Number, at..end, key, display);
            value.optional = true;
            out.push(value);
        }
    }
}

/// A recurrence named by its period (`varje halvår`, `kvartalsvis`, `quarterly`, `once a
/// year`, `Bimonthly` at a sentence's start, `varje månad`): the optional ratio `ratio:1/N` of
/// the period's length in months, with the month as its unit, as `every six months` and `var
/// sjätte månad` read (`ratio:1/6`; `bimonthly` as `varannan månad`, `ratio:1/2`; `monthly`,
/// `ratio:1/1`), so that either version may name it by a word, and a period changed between
/// two such words is still a changed pair (`per quarter` against `varje månad`).
///
/// A period the other language counts in hours (`per dygn`, in each day and night, which
/// English writes `every 24 hours`) is the optional ratio of its hours, with the hour as its
/// unit (`ratio:1/24`, `hour`), as `every 24 hours` and `var 24:e timme` read: `per vecka`
/// for `every 24 hours` is then a figure left alone, and `per dygn` for `once a day` or
/// `daily`, which English gives no figure, is never reported.
pub(crate) fn frequencies(lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<KeyedFinder<u32>>; 2]> =
        LazyLock::new(|| keyed_table_finders(|lang_table| lang_table.frequency_words));
    static HOURLY: LazyLock<[Vec<KeyedFinder<u32>>; 2]> =
        LazyLock::new(|| keyed_table_finders(|lang_table| lang_table.hourly_frequency_words));
    let side = usize::from(lang == Lang::Sv);
    // The lower-cased text, made only when one of the words may stand in it.
    let may_hold = |finders: &[KeyedFinder<u32>]| {
        finders.iter().any(|(finder, _, _)| lower.pairs().may_hold(finder.needle()))
    };
    if may_hold(&FINDERS[side]) {
        let first = out.len();
        optional_words(lower.as_str(), lower.pairs(), &FINDERS[side], out, |months| {
            (format!("ratio:1/{months}"), format!("1/{months}"))
        });
        for value in &mut out[first..] {
            value.detail = Some("month".to_string());
        }
    }
    if may_hold(&HOURLY[side]) {
        let first = out.len();
        optional_words(lower.as_str(), lower.pairs(), &HOURLY[side], out, |hours| {
            (format!("ratio:1/{hours}"), format!("1/{hours}"))
        });
        for value in &mut out[first..] {
            value.detail = Some("hour".to_string());
        }
    }
}

/// The word that ends a space before byte `at` of `text`, and where it starts: none when a
/// letter, a digit or a hyphen is glued to its start.
pub(crate) fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let head = text.get(..at)?;
    let end = at - space_before(head)?;
    let start = super::letters_start(text, end);
    let word = text.get(start..end).filter(|word| !word.is_empty())?;
    (!char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '-')).then_some((start, word))
}

/// Finds the numbers of `text` made of `tokens`; `parts` is room for the parts of a number.
fn find_in(text: &str, lang: Lang, tokens: &[Token], out: &mut Vec<Value>, parts: &mut Vec<Morpheme>) {
    let lexicon = lexicon(lang);
    let lang_table = table(lang);
    let mut index = 0;
    while index < tokens.len() {
        if !tokens.get(index).is_some_and(Token::is_relevant) {
            index += 1;
            continue;
        }
        let consumed = fraction_at(text, lang_table, lexicon, tokens, index, out)
            .or_else(|| half_at(text, lang_table, lexicon, tokens, index, out))
            .or_else(|| cardinal_at(text, lang, tokens, index, out, parts))
            .or_else(|| ordinal_at(text, lexicon, tokens, index, out));
        index += consumed.unwrap_or(1).max(1);
    }
}

fn morphemes(token: &Token) -> &'static [Morpheme] {
    token.morphemes
}

/// Whether a hyphen and a letter follow `end`: the word starts a compound modifier.
fn hyphen_compound_follows(text: &str, end: usize) -> bool {
    char_at(text, end) == Some('-') && char_at(text, end + 1).is_some_and(char::is_alphabetic)
}

fn fraction_at(
    text: &str,
    lang_table: &LangTable,
    lexicon: &Lexicon,
    tokens: &[Token],
    index: usize,
    out: &mut Vec<Value>,
) -> Option<usize> {
    let first = tokens.get(index)?;
    let denominator_of = |token: &Token| {
        morphemes(token).iter().find_map(|morpheme| match morpheme {
            Morpheme::Denominator(value) => Some(*value),
            _ => None,
        })
    };
    let numerator = morphemes(first).iter().find_map(|morpheme| match morpheme {
        Morpheme::One => Some(1),
        Morpheme::Cardinal(value) if *value < 20 => Some(*value),
        _ => None,
    });
    if let Some(numerator) = numerator
        && let Some(next) = tokens.get(index + 1)
        && gap(text, first, next) != Gap::Other
        && let Some(denominator) = denominator_of(next)
        && !hyphen_compound_follows(text, next.end)
        && !blocked(text, lexicon, tokens, index + 1)
    {
        // `the first three quarters of 2026`, `the last two quarters`: a count of quarters of a
        // year, as `de tre första kvartalen 2026` counts them.
        if counts_periods(text, lang_table, tokens, index, next) {
            out.push(Value::new(
                ValueKind::Number,
                first.start..first.end,
                format!("num:{numerator}"),
                numerator.to_string(),
            ));
            return Some(2);
        }
        let mut value = fraction_value(first.start, next.end, numerator, denominator);
        value.optional = names_a_period(text, lang_table, next);
        out.push(value);
        return Some(2);
    }
    // A denominator alone is one part (`tredjedelen`), but its plural alone counts none
    // (`beräknas i tolftedelar`, calculated in twelfths). Its genitive alone names the part
    // of a unit as a unit of measure as often as one part (`i månader och tiondels månader`,
    // "in months and tenths of a month", which English gives no figure): optional.
    if lang_table.bare_fractions
        && let Some(denominator) = denominator_of(first)
        && !morphemes(first).iter().any(|morpheme| matches!(morpheme, Morpheme::Ordinal(_)))
        && !first.lower.ends_with("delar")
    {
        let mut value = fraction_value(first.start, first.end, 1, denominator);
        value.optional = first.lower.ends_with("dels");
        out.push(value);
        return Some(1);
    }
    None
}

/// Whether a number and the denominator `next` after it count periods (`three quarters`):
/// a plural period word after a word of rank (`the first three quarters`, `the last two
/// quarters`) or before `of` and a year (`three quarters of 2026`).
fn counts_periods(text: &str, lang_table: &LangTable, tokens: &[Token], index: usize, next: &Token) -> bool {
    let (periods, of) = lang_table.period_denominators;
    // The plural only: `the last quarter of 2027` is one quarter, which the dates read.
    let word = text.get(next.start..next.end).unwrap_or("");
    if !word.ends_with(['s', 'S']) || !periods.iter().any(|period| period.eq_ignore_ascii_case(word)) {
        return false;
    }
    let first = tokens.get(index);
    let ranked =
        index.checked_sub(1).and_then(|i| tokens.get(i)).zip(first).is_some_and(|(previous, first)| {
            gap(text, previous, first) != Gap::Other
                && morphemes(previous)
                    .iter()
                    .any(|m| matches!(m, Morpheme::Ordinal(_) | Morpheme::WeakOrdinal(_)))
        }) || first
            .and_then(|first| word_before(text, first.start))
            .is_some_and(|(_, word)| word.eq_ignore_ascii_case(lang_table.last_word));
    // `in four quarters`, not `in three quarters of the cases`.
    let led = first.and_then(|first| word_before(text, first.start)).is_some_and(|(_, word)| {
        lang_table.period_count_leads.iter().any(|lead| word.eq_ignore_ascii_case(lead))
    }) && !names_a_share(text, of, next);
    let rest = text.get(next.end..).unwrap_or("");
    let of_year = rest
        .strip_prefix(' ')
        .and_then(|rest| {
            rest.get(..of.len()).filter(|w| w.eq_ignore_ascii_case(of)).map(|_| &rest[of.len()..])
        })
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|year| year.len() >= 4 && year.bytes().take(4).all(|b| b.is_ascii_digit()));
    ranked || led || of_year
}

/// Whether the word `of` follows the denominator `token` (`a quarter of the funds`).
fn names_a_share(text: &str, of: &str, token: &Token) -> bool {
    let rest = text.get(token.end..).unwrap_or("");
    let next = rest.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    next.len() < rest.len()
        && super::word_at(next.as_bytes(), 0, of)
        && !char_at(next, of.len()).is_some_and(char::is_alphanumeric)
}

/// Whether the denominator `token` may name a period rather than a share: `quarter` not
/// followed by `of` (`one quarter before its application`, `ett kvartal innan`), where the
/// fraction is optional.
fn names_a_period(text: &str, lang_table: &LangTable, token: &Token) -> bool {
    let (periods, of) = lang_table.period_denominators;
    let word = text.get(token.start..token.end).unwrap_or("");
    if !periods.iter().any(|period| period.eq_ignore_ascii_case(word)) {
        return false;
    }
    !names_a_share(text, of, token)
}

fn fraction_value(start: usize, end: usize, numerator: u64, denominator: u32) -> Value {
    Value::new(
        ValueKind::Number,
        start..end,
        format!("frac:{numerator}/{denominator}"),
        format!("{numerator}/{denominator}"),
    )
}

fn half_at(
    text: &str,
    lang_table: &LangTable,
    lexicon: &Lexicon,
    tokens: &[Token],
    index: usize,
    out: &mut Vec<Value>,
) -> Option<usize> {
    // Every phrase starts with a word of `half_starts`.
    let token = tokens.get(index).filter(|token| token.starts_half)?;
    // `the first half`, `the second half` (of a year, a term) is a part of a period, not a
    // fraction: `första halvåret` has no half of its own.
    if let Some(previous) = index.checked_sub(1).and_then(|i| tokens.get(i))
        && gap(text, previous, token) != Gap::Other
        && morphemes(previous).iter().any(|m| matches!(m, Morpheme::Ordinal(_) | Morpheme::WeakOrdinal(_)))
    {
        return None;
    }
    // Longest phrase first: `a half` before `half`.
    let mut best: Option<usize> = None;
    for phrase in &lexicon.half_phrases {
        let matches = phrase.iter().enumerate().all(|(offset, part)| {
            let Some(token) = tokens.get(index + offset) else {
                return false;
            };
            let joined = offset == 0
                || tokens
                    .get(index + offset - 1)
                    .is_some_and(|previous| gap(text, previous, token) != Gap::Other);
            joined && token.lower.as_ref() == part.as_str()
        });
        if matches && best.is_none_or(|length| phrase.len() > length) {
            best = Some(phrase.len());
        }
    }
    let length = best?;
    let first = tokens.get(index)?;
    let last = tokens.get(index + length - 1)?;
    if hyphen_compound_follows(text, last.end) {
        return None;
    }
    let mut value = fraction_value(first.start, last.end, 1, 2);
    // `the same half of 2024`, `in the same half of the year`: a half-year, as `samma halvår
    // 2024` names it, or half of a year (`half of 2024 was spent`): optional.
    value.optional = of_a_year(text, lang_table, last.end);
    out.push(value);
    Some(length)
}

/// Whether a link to a year follows `end` (a space before it): the link and a year from 1900
/// to 2100 (`of 2024`, `av 2024`), or a link that names the year itself (`of the year`). The links are
/// `period_year_links` in `tables/`.
fn of_a_year(text: &str, lang_table: &LangTable, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|rest| rest.strip_prefix(' ')) else {
        return false;
    };
    lang_table.period_year_links.iter().any(|link| {
        let Some(after) = rest
            .get(..link.len())
            .filter(|words| words.eq_ignore_ascii_case(link))
            .and_then(|_| rest.get(link.len()..))
        else {
            return false;
        };
        // A year of the span the dates read, not a count (`half of 5000 applicants`).
        let year = after.strip_prefix(' ').is_some_and(|year| {
            let digits = year.as_bytes().get(..4).filter(|digits| digits.iter().all(u8::is_ascii_digit));
            let value =
                digits.map(|digits| digits.iter().fold(0u32, |sum, b| sum * 10 + u32::from(b - b'0')));
            !year.as_bytes().get(4).is_some_and(u8::is_ascii_alphanumeric)
                && value.is_some_and(|year| (1900..=2100).contains(&year))
        });
        let whole_word = !after.starts_with(|c: char| c.is_alphanumeric());
        whole_word && (year || link.contains(' '))
    })
}

/// Splits a Swedish compound such as `tjugofem` into its number parts.
fn compound(lexicon: &Lexicon, word: &str) -> Option<Vec<Morpheme>> {
    let head = word.as_bytes().first_chunk::<2>()?;
    if !lexicon.compound_heads.contains(*head) {
        return None;
    }
    let mut parts = Vec::new();
    let mut rest = word;
    while let Some(first) = rest.as_bytes().first() {
        // Only the parts that start with this byte, in the order of `compound_parts`.
        let candidates = lexicon.compound_by_first.get(usize::from(*first))?;
        let (part, morpheme) = candidates.iter().find(|(part, _)| rest.starts_with(part))?;
        parts.push(*morpheme);
        rest = rest.get(part.len()..)?;
    }
    (parts.len() > 1).then_some(parts)
}

/// What [`compound`] answers, trying every part at every step.
#[cfg(test)]
fn compound_by_scan(lexicon: &Lexicon, word: &str) -> Option<Vec<Morpheme>> {
    let head = word.as_bytes().first_chunk::<2>()?;
    if !lexicon.compound_heads.contains(*head) {
        return None;
    }
    let mut parts = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        let first = rest.as_bytes().first();
        let (part, morpheme) = lexicon.compound_parts.iter().find(|(part, _)| {
            part.as_bytes().first().is_none_or(|byte| Some(byte) == first) && rest.starts_with(part)
        })?;
        parts.push(*morpheme);
        rest = rest.get(part.len()..)?;
    }
    (parts.len() > 1).then_some(parts)
}

/// Adds up spelled number parts; `None` when they do not form a number (`fem tre`).
fn evaluate(parts: &[Morpheme]) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut previous: Option<Morpheme> = None;
    let mut seen_thousand = false;
    for part in parts {
        match *part {
            Morpheme::One | Morpheme::Cardinal(_) => {
                let value = if let Morpheme::Cardinal(value) = *part { value } else { 1 };
                let fits = match previous {
                    None | Some(Morpheme::Multiplier(_)) => true,
                    // `twenty-five`, `tjugofem`: a unit after a ten.
                    Some(Morpheme::Cardinal(ten)) => ten >= 20 && ten % 10 == 0 && value < 10,
                    _ => false,
                };
                if !fits {
                    return None;
                }
                current += value;
            }
            Morpheme::Multiplier(100) => {
                if current >= 10 && previous.is_some() {
                    return None;
                }
                current = current.max(1) * 100;
            }
            Morpheme::Multiplier(multiplier) => {
                if seen_thousand {
                    return None;
                }
                seen_thousand = true;
                total += current.max(1) * multiplier;
                current = 0;
            }
            _ => return None,
        }
        previous = Some(*part);
    }
    Some(total + current)
}

fn cardinal_at(
    text: &str,
    lang: Lang,
    tokens: &[Token],
    index: usize,
    out: &mut Vec<Value>,
    parts: &mut Vec<Morpheme>,
) -> Option<usize> {
    parts.clear();
    let mut last_index = None;
    let mut cursor = index;
    while let Some(token) = tokens.get(cursor) {
        if cursor > index {
            let previous = tokens.get(cursor - 1)?;
            if gap(text, previous, token) == Gap::Other {
                break;
            }
        }
        let word_parts: &[Morpheme] = match morphemes(token).iter().find(|morpheme| {
            matches!(
                morpheme,
                Morpheme::One | Morpheme::Cardinal(_) | Morpheme::Multiplier(_) | Morpheme::Connector
            )
        }) {
            Some(morpheme) => std::slice::from_ref(morpheme),
            None => match &token.compound {
                Some(found) => found,
                None => break,
            },
        };
        if word_parts == [Morpheme::Connector] {
            // `one hundred and five`: `and` only after a multiplier and before a number.
            let after_multiplier = matches!(parts.last(), Some(Morpheme::Multiplier(_)));
            let number_follows = tokens.get(cursor + 1).is_some_and(|next| {
                morphemes(next).iter().any(|morpheme| matches!(morpheme, Morpheme::Cardinal(_)))
            });
            if !(after_multiplier && number_follows) {
                break;
            }
            cursor += 1;
            continue;
        }
        // The word joins the number only if the number still reads with it.
        let before = parts.len();
        parts.extend(word_parts.iter().copied());
        if evaluate(parts).is_none() {
            parts.truncate(before);
            break;
        }
        last_index = Some(cursor);
        cursor += 1;
    }
    let last_index = last_index?;
    let first = tokens.get(index)?;
    let last = tokens.get(last_index)?;
    let value = evaluate(parts)?;
    let consumed = last_index - index + 1;
    // `one`, `a`, `en` and `ett` are numbers only before a multiplier or a scale word, and so
    // is anything below two: such words are everywhere, so the scale is looked for first.
    // So are they before a word of per cent (`one per cent`, `en procent`, `en procentenhet`).
    let starts_with_one = parts.first() == Some(&Morpheme::One);
    let multiplied = parts.iter().any(|part| matches!(part, Morpheme::Multiplier(_)));
    let low = (starts_with_one && !multiplied) || value < 2;
    if hyphen_compound_follows(text, last.end) && lang == Lang::En {
        // `twenty-first`, `one hundred and thirty-fifth`: the ordinal of a ten and a unit.
        if let Some(next) = tokens.get(last_index + 1)
            && next.start == last.end + 1
            && let Some(unit) = unit_ordinal(next)
            && let Some(number) = ordinal_of_tens(parts, unit)
        {
            // `twenty-first-century`: a modifier the other language may glue into a word.
            out.push(tens_ordinal(text, first.start..next.end, number));
            return Some(consumed + 1);
        }
        // `a five-axle vehicle` = `ett fordon med fem axlar`, `femaxligt`: a count from two
        // upward, optional (`one-off`, `a one-stop shop` count nothing). A multiple
        // (`sixteen-fold`) is read whole with its suffix, as `sextonfaldig` is.
        let rest = text.get(last.end + 1..).unwrap_or("");
        let head = rest.get(..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())).unwrap_or("");
        let multiple =
            table(lang).multiplying_suffixes.iter().any(|suffix| head.eq_ignore_ascii_case(suffix));
        if !low && !multiple {
            let mut found = Value::new(
                ValueKind::Number,
                first.start..last.end,
                format!("num:{value}"),
                value.to_string(),
            );
            found.optional = true;
            out.push(found);
        }
        return Some(consumed);
    }
    if low && scale_after(text, lang, last.end).is_some() {
        out.push(quantity(text, lang, first.start, last.end, Decimal::from_u64(value)).to_value());
        return Some(consumed);
    }
    // Every word of per cent starts with a `p` (`per cent`, `procent`), or it is the sign.
    let next =
        text.get(last.end..).map(|rest| rest.trim_start_matches(|c: char| c == ' ' || is_space_like(c)));
    if low && !next.is_some_and(|rest| rest.starts_with(['p', 'P', '%'])) {
        return None;
    }
    let found = quantity(text, lang, first.start, last.end, Decimal::from_u64(value)).to_value();
    if low && !(found.key.starts_with("pct:") || found.key.starts_with("pp:")) {
        return None;
    }
    out.push(found);
    Some(consumed)
}

/// Whether the word after token `index` makes it part of a term (`third country`).
fn blocked(text: &str, lexicon: &Lexicon, tokens: &[Token], index: usize) -> bool {
    let (Some(token), Some(next)) = (tokens.get(index), tokens.get(index + 1)) else {
        return false;
    };
    gap(text, token, next) == Gap::Space
        && is_term_ordinal(text, lexicon, token)
        && text.get(next.start..next.end).is_some_and(|word| is_blocker(lexicon, word))
}

/// Whether the ordinal at `token` is one a blocker makes part of a term (`third`).
fn is_term_ordinal(text: &str, lexicon: &Lexicon, token: &Token) -> bool {
    text.get(token.start..token.end)
        .is_some_and(|word| lexicon.term_ordinals.iter().any(|term| term.eq_ignore_ascii_case(word)))
}

/// Whether `word`, lower-cased, is a blocker: an ASCII word is compared byte by byte.
fn is_blocker(lexicon: &Lexicon, word: &str) -> bool {
    if word.is_ascii() {
        return lexicon.blockers.iter().any(|blocker| {
            blocker.len() == word.len()
                && blocker.bytes().zip(word.bytes()).all(|(b, w)| b == w.to_ascii_lowercase())
        });
    }
    lexicon.blockers.contains(&word.to_lowercase().as_str())
}

fn ordinal_at(
    text: &str,
    lexicon: &Lexicon,
    tokens: &[Token],
    index: usize,
    out: &mut Vec<Value>,
) -> Option<usize> {
    let token = tokens.get(index)?;
    let found = morphemes(token).iter().find_map(|morpheme| match morpheme {
        Morpheme::Ordinal(value) => Some((*value, false)),
        Morpheme::WeakOrdinal(value) => Some((*value, true)),
        _ => None,
    });
    let Some((number, optional)) = found else {
        // `tjugoförsta`, `trettiofemte`: a compound of tens closed by the ordinal of a unit,
        // always a rank (`den tjugoförsta staten`), whatever noun follows.
        let (last, tens) = token.compound.as_deref()?.split_last()?;
        let Morpheme::Ordinal(unit) = *last else { return None };
        let number = ordinal_of_tens(tens, unit)?;
        out.push(tens_ordinal(text, token.start..token.end, number));
        return Some(1);
    };
    // An ordinal that starts a hyphenated modifier (`third-level`, `second-largest`) is a
    // figure the other language may write apart (`tredje nivå`) or glue into a word: optional,
    // unless the modifier is a term (`third-country`).
    let modifier = hyphen_compound_follows(text, token.end);
    if modifier {
        let rest = text.get(token.end + 1..).unwrap_or("");
        let word = rest.get(..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())).unwrap_or("");
        // The last word of a longer number (`twenty-first-century`) is none of its own.
        if is_blocker(lexicon, word) && is_term_ordinal(text, lexicon, token)
            || char_before(text, token.start) == Some('-')
        {
            return None;
        }
    } else if blocked(text, lexicon, tokens, index) {
        return None;
    }
    let mut value =
        Value::new(ValueKind::Number, token.start..token.end, format!("ord:{number}"), format!("{number}."));
    value.optional = (modifier || optional && !numbers_a_part(text, token.end, lexicon))
        && !ranks_superlative(text, token.end, lexicon)
        || enumerates(text, token.start, lexicon);
    out.push(value);
    Some(1)
}

/// Whether the ordinal at `start` follows the words that make it an adverb of enumeration
/// (`för det tredje` = `thirdly`, `third`): the other version may count its arguments by an
/// adverb that is no number word (`thirdly`), or by none, so the ordinal is optional.
fn enumerates(text: &str, start: usize, lexicon: &Lexicon) -> bool {
    let head = text.get(..start).unwrap_or("");
    lexicon.enumeration_leads.iter().any(|lead| {
        head.len() > lead.len()
            && head.is_char_boundary(head.len() - lead.len() - 1)
            && head.ends_with(' ')
            && head
                .get(head.len() - lead.len() - 1..head.len() - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case(lead))
            && head
                .get(..head.len() - lead.len() - 1)
                .is_none_or(|before| before.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// Whether a superlative of `rank_superlatives` follows an ordinal that ends at `end`, after a
/// hyphen or a space (`second-largest`, `third highest`, `second most harmful`): the ordinal is
/// a rank, surely a figure and firm, as a translation that drops it (`the largest`) changes a
/// fact.
fn ranks_superlative(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    if lexicon.rank_superlatives.is_empty() {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let word = rest
        .strip_prefix('-')
        .unwrap_or_else(|| rest.trim_start_matches(|c: char| c == ' ' || is_space_like(c)));
    if word.len() == rest.len() {
        return false;
    }
    let word_end = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
    let word = word.get(..word_end).unwrap_or("");
    lexicon.rank_superlatives.iter().any(|superlative| superlative.eq_ignore_ascii_case(word))
}

/// The ordinal `number` of a ten and a unit written at `span`: optional where it starts a
/// hyphenated modifier (`twenty-first-century`), which the other language may glue into a word.
fn tens_ordinal(text: &str, span: std::ops::Range<usize>, number: u64) -> Value {
    let end = span.end;
    let mut value = Value::new(ValueKind::Number, span, format!("ord:{number}"), format!("{number}."));
    value.optional = hyphen_compound_follows(text, end);
    value
}

/// The unit of an ordinal word (`first` to `ninth`, `första` to `nionde`).
fn unit_ordinal(token: &Token) -> Option<u32> {
    morphemes(token).iter().find_map(|morpheme| match morpheme {
        Morpheme::Ordinal(value) | Morpheme::WeakOrdinal(value) if *value < 10 => Some(*value),
        _ => None,
    })
}

/// The ordinal whose cardinal part `tens` ends with a ten (`twenty`, `one hundred and
/// thirty`, `tjugo`) and whose last word is the ordinal `unit`: `twenty` + `first` = 21.
fn ordinal_of_tens(tens: &[Morpheme], unit: u32) -> Option<u64> {
    match tens.last()? {
        Morpheme::Cardinal(ten) if *ten >= 20 && ten % 10 == 0 => Some(evaluate(tens)? + u64::from(unit)),
        _ => None,
    }
}

/// Whether the word after `end` is a part of a legal text numbered by an ordinal
/// (`subparagraph`, `stycket`): `the second subparagraph` is an ordinal, never "other".
fn numbers_a_part(text: &str, end: usize, lexicon: &Lexicon) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let word = rest.trim_start_matches(|c: char| c == ' ' || is_space_like(c));
    if word.len() == rest.len() {
        return false;
    }
    let word_end = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
    let word = word.get(..word_end).unwrap_or("").to_lowercase();
    lexicon.ordinal_nouns.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::DIGIT;

    #[test]
    fn a_word_of_a_count_may_open_a_cell_capitalised() {
        let keys = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            implicit_counts(text, lang, &Pairs::of(text.as_bytes()), &mut out);
            out.into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        assert_eq!(keys("| Fortnightly driving time | 90 hours |", Lang::En), ["num:2"]);
        assert_eq!(keys("Båda parterna, bägge", Lang::Sv), ["num:2", "num:2"]);
        // A word of one is read only after an article, capitalised or not.
        assert!(keys("Year 2026, Month", Lang::En).is_empty());
    }

    #[test]
    fn an_adjective_of_one_may_stand_between_the_article_and_its_noun() {
        let values = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            implicit_counts(text, lang, &Pairs::of(text.as_bytes()), &mut out);
            out.into_iter().map(|v| (v.key, v.detail, v.optional)).collect::<Vec<_>>()
        };
        let year = |optional| vec![("num:1".to_string(), Some("year".to_string()), optional)];
        assert_eq!(values("inte med ett enda år under tröskelvärdet", Lang::Sv), year(true));
        assert_eq!(values("not for a single year", Lang::En), year(true));
        assert_eq!(values("for one single year", Lang::En), year(false));
        // `any one year` is whichever year, as `ett och samma år`: no count of its own.
        assert_eq!(values("shall not exceed EUR 8 200 000 in any one year", Lang::En), year(true));
        assert_eq!(values("within one year", Lang::En), year(false));
        // Without the article, the only one is no count.
        assert!(values("det enda året, the single year", Lang::Sv).is_empty());
        assert!(values("the single year", Lang::En).is_empty());
    }

    #[test]
    fn round_figures_given_roughly() {
        let keys = |text: &str| {
            let mut out = Vec::new();
            approximate(text, Lang::Sv, &Pairs::of(text.as_bytes()), &mut out);
            out.into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
        };
        assert_eq!(
            keys("Ett tiotal länder och ett hundratal"),
            [("num:10".into(), true), ("num:100".into(), true)]
        );
        // A figure rounded to: `avrundas till närmaste hundratal`.
        assert_eq!(keys("avrundas nedåt till närmaste hundratal."), [("num:100".into(), true)]);
        // With a currency after it, an amount (`to the nearest thousand euro`).
        assert_eq!(keys("till närmaste tusental euro"), [("amount:EUR:1000".into(), true)]);
        assert_eq!(keys("till närmaste tusental eurons"), [("num:1000".into(), true)]);
        // Without the article, or another word: not a figure.
        assert!(keys("tiotal, hundratals, 1990-talet, sett tiotal, ett antal").is_empty());
        assert!(keys("ett tiotal").iter().all(|(_, optional)| *optional));
        let mut out = Vec::new();
        approximate("about ten", Lang::En, &Pairs::of(b"about ten"), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn a_third_state_is_no_figure() {
        let keys = crate::values::tests::keys;
        assert!(keys("they are registered in a third State", Lang::En).is_empty());
        assert!(keys("registrerade i en tredje stat", Lang::Sv).is_empty());
        assert_eq!(keys("a third of the States", Lang::En), ["frac:1/3"]);
    }

    #[test]
    fn ordinals_glued_to_a_noun_of_rank() {
        let read = |text: &str| {
            let mut out = Vec::new();
            ordinal_compounds(text, Lang::Sv, &Pairs::of(text.as_bytes()), &mut out);
            out.into_iter().map(|v| (text[v.span].to_string(), v.key)).collect::<Vec<_>>()
        };
        assert_eq!(
            read("som delar tredjeplatsen, före andraplacering och Förstaplatsen."),
            [
                ("tredjeplatsen".to_string(), "ord:3".to_string()),
                ("Förstaplatsen".to_string(), "ord:1".to_string()),
                ("andraplacering".to_string(), "ord:2".to_string()),
            ]
        );
        // Other first parts, other heads, longer words and a hyphened part are none.
        assert!(
            read("arbetsplatsen, platsen, tredjeplatserna, tredjelandsmedborgare, x-tredjeplats").is_empty()
        );
        let mut out = Vec::new();
        ordinal_compounds("third place", Lang::En, &Pairs::of(b"third place"), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn counts_named_by_a_noun() {
        let read = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            counted(text, lang, &Pairs::of(text.as_bytes()), &mut out);
            out.into_iter().map(|v| (text[v.span].to_string(), v.key, v.optional)).collect::<Vec<_>>()
        };
        let list = |items: &[(&str, &str)]| -> Vec<(String, String, bool)> {
            items.iter().map(|(text, key)| (text.to_string(), key.to_string(), true)).collect()
        };
        assert_eq!(
            read("A dozen cases, two dozen, half a dozen", Lang::En),
            list(&[("A dozen", "num:12"), ("two dozen", "num:24"), ("half a dozen", "num:6")])
        );
        assert_eq!(
            read("ett dussin ärenden, tre dussin", Lang::Sv),
            list(&[("ett dussin", "num:12"), ("tre dussin", "num:36")])
        );
        // Without a number word before it, or in the plural: no figure.
        assert!(read("dozens of cases, some dozen, dozen-strong, the dozen", Lang::En).is_empty());
        assert!(read("dussintals ärenden, flera dussin", Lang::Sv).is_empty());
    }

    #[test]
    fn figures_with_a_half() {
        let keys = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            halves(text, lang, &Pairs::of(text.as_bytes()), &mut out);
            out.sort_by_key(|v| v.span.start);
            out.into_iter().map(|v| (text[v.span].to_string(), v.key)).collect::<Vec<_>>()
        };
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter().map(|(text, key)| (text.to_string(), key.to_string())).collect()
        };
        assert_eq!(
            keys("en och en halv miljon kvinnor, en halv miljon euro, en halv procentenhet", Lang::Sv),
            pairs(&[
                ("en och en halv miljon", "num:1500000"),
                ("en halv miljon euro", "amount:EUR:500000"),
                ("en halv procentenhet", "pp:0.5"),
            ])
        );
        assert_eq!(
            keys("Två och ett halvt år, tjugo och en halv", Lang::Sv),
            pairs(&[("Två och ett halvt", "num:2.5"), ("tjugo och en halv", "num:20.5")])
        );
        assert_eq!(
            keys("Half a million people, two and a half billion, 3 and a half", Lang::En),
            pairs(&[
                ("Half a million", "num:500000"),
                ("two and a half billion", "num:2500000000"),
                ("3 and a half", "num:3.5"),
            ])
        );
        // `halv` alone after another determiner, once where the article stands before it.
        assert_eq!(
            keys("Varje halv procentenhet över 1 %, en halv procentenhet", Lang::Sv),
            pairs(&[("halv procentenhet", "pp:0.5"), ("en halv procentenhet", "pp:0.5")])
        );
        assert_eq!(
            keys("Each half percentage point above 1%, half a million", Lang::En),
            pairs(&[("half percentage point", "pp:0.5"), ("half a million", "num:500000")])
        );
        assert_eq!(keys("varje halv procent", Lang::Sv), pairs(&[("halv procent", "pct:0.5")]));
        // A half of anything else, or after no whole number, is no figure of its own here.
        assert!(keys("en halv dag, ett halvt år, och en halv timme, halva beloppet", Lang::Sv).is_empty());
        assert!(keys("varje halv dag, vid halv last, halvt nedsänkbar", Lang::Sv).is_empty());
        assert!(keys("each half day, at half load, the other half", Lang::En).is_empty());
        assert!(
            keys("half a day, a year and a half, twenty-five and a half, one hundred and a half", Lang::En)
                .is_empty()
        );
    }

    use proptest::strategy::Strategy;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        find(text, lang, &mut out);
        out.into_iter().map(|value| value.key).collect()
    }

    /// The numbers found when every word of the text is a token.
    fn with_all_tokens(text: &str, lang: Lang) -> Vec<Value> {
        let mut out = Vec::new();
        find_in(text, lang, &all_tokens(text, lexicon(lang)), &mut out, &mut Vec::new());
        out
    }

    fn found(text: &str, lang: Lang) -> Vec<Value> {
        let mut out = Vec::new();
        find(text, lang, &mut out);
        out
    }

    #[test]
    fn first_and_second_before_a_part_of_a_text_are_ordinals() {
        let read = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            found(text, lang).into_iter().map(|value| (value.key, value.optional)).collect()
        };
        assert_eq!(
            read("the second subparagraph, the first  indent, a second opinion", Lang::En),
            [("ord:2".to_string(), false), ("ord:1".to_string(), false), ("ord:2".to_string(), true)]
        );
        assert_eq!(
            read("andra stycket, första meningen, andra länder", Lang::Sv),
            [("ord:2".to_string(), false), ("ord:1".to_string(), false)]
        );
        assert_eq!(read("andra åtgärder", Lang::Sv), [("ord:2".to_string(), true)]);
    }

    const TRICKY: &[&str] = &[
        "one hundred and five and twenty-five, a third country, the Third Country of a half",
        "One Hundred AND Five; A HALF; one-half of two-thirds; a fourth-country rule",
        "third  country, third\u{00A0}country, third\tcountry, third-country, third\u{2009}party",
        "en halv, ett halvt år, Tjugofem, TVÅTUSEN, hälften, Hälften av en fjärdedel, tredjeland",
        "entusen, Enhundra, ENTUSEN euro, sextusen, niohundra, tiotusen, entusenfem",
        "Åtta, ÅTTA år, åtta, Första, FÖRSTA, fÖrsta, HÄLFTEN, hÄlften, ÅTTIO, Åttonde, för, på, ÄR",
        "tredje land, tredje länderna, andra parter, en miljon, två miljarder euro, fem- och sexårig",
        "x1 five2six seven_eight nine'ten ÉLEVEN twelveÅ thirteen…fourteen",
        "a a a a one one and and hundred hundred thousand and five",
        "İstanbul five ǅ one hundred ﬁve ſix Kelvin twenty",
        "",
        "five",
        "é",
    ];

    #[test]
    fn skipping_unknown_words_changes_nothing() {
        for text in TRICKY {
            for lang in [Lang::En, Lang::Sv] {
                assert_eq!(found(text, lang), with_all_tokens(text, lang), "{text:?} in {lang:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn skipping_unknown_words_changes_nothing_on_any_text(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "one", "a", "A", "an", "and", "two", "Twenty", "five", "hundred", "thousand",
                        "million", "euro", "third", "first", "second", "country", "countries", "half",
                        "fourth", "thirds", "en", "ett", "två", "tjugo", "tjugofem", "fem", "hundra",
                        "tusen", "miljoner", "tredje", "andra", "land", "länder", "halv", "halvt",
                        "halva", "hälften", "fjärdedel", "fjärdedelar", "the", "of", "per", "cent",
                        "procent", "x", "Élan", "ÅR", "entusen", "Enhundra", "niotusen", "tiohundra",
                        "Åtta", "ÅTTA", "åttio", "Första", "FÖRSTA", "HÄLFTEN", "för", "på",
                    ]).prop_map(str::to_string),
                    "[a-zA-Zéå]{1,6}",
                ],
                0..12,
            ),
            gaps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "  ", "-", ", ", "\u{00A0}", "\t", "1", "é", "'", "–", ""]),
                12,
            ),
        ) {
            let mut text = String::new();
            for (word, gap) in words.iter().zip(&gaps) {
                text.push_str(word);
                text.push_str(gap);
            }
            for lang in [Lang::En, Lang::Sv] {
                proptest::prop_assert_eq!(found(&text, lang), with_all_tokens(&text, lang));
            }
        }

        #[test]
        fn skipping_unknown_words_changes_nothing_on_any_unicode(text in "\\PC{0,60}") {
            for lang in [Lang::En, Lang::Sv] {
                proptest::prop_assert_eq!(found(&text, lang), with_all_tokens(&text, lang));
            }
        }
    }

    /// The tokens as [`tokens_word_by_word`] reads them, in both languages.
    fn same_tokens(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for lang in [Lang::En, Lang::Sv] {
            let lexicon = lexicon(lang);
            let show = |tokens: Vec<Token>| format!("{tokens:?}");
            proptest::prop_assert_eq!(
                show(tokens(text, lexicon)),
                show(tokens_word_by_word(text, lexicon)),
                "{:?} in {:?}",
                text,
                lang
            );
        }
        Ok(())
    }

    /// The [`Classes`] of sixteen bytes, byte by byte.
    fn classes_by_bytes(chunk: &[u8; 16]) -> Classes {
        let mut classes = Classes { letters: 0, high: 0, leads: 0 };
        for (place, byte) in chunk.iter().enumerate() {
            classes.letters |= u32::from(byte.is_ascii_alphabetic()) << place;
            classes.high |= u32::from(!byte.is_ascii()) << place;
            classes.leads |= u32::from(*byte >= 0xC0) << place;
        }
        classes
    }

    #[test]
    fn classes_of_every_byte_in_every_place() {
        for byte in 0..=255u8 {
            for place in 0..16 {
                for fill in
                    [0u8, b' ', b'a', b'Z', b'@', b'[', b'`', b'{', 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xFF]
                {
                    let mut chunk = [fill; 16];
                    chunk[place] = byte;
                    let expected = classes_by_bytes(&chunk);
                    assert_eq!(classes16(&chunk), expected, "{byte} at {place} in {fill}");
                    assert_eq!(classes16_by_words(&chunk), expected, "{byte} at {place} in {fill}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn classes_as_byte_by_byte(chunk in proptest::prelude::any::<[u8; 16]>()) {
            proptest::prop_assert_eq!(classes16(&chunk), classes_by_bytes(&chunk));
            proptest::prop_assert_eq!(classes16_by_words(&chunk), classes_by_bytes(&chunk));
        }
    }

    #[test]
    fn two_bytes_rule_out_only_words_that_three_rule_out() {
        for lang in [Lang::En, Lang::Sv] {
            let lexicon = lexicon(lang);
            let mut ruled_out = 0;
            for first in (b'A'..=b'Z').chain(b'a'..=b'z') {
                for second in 0..=255u8 {
                    let pair = u64::from(first) | u64::from(second) << 8;
                    let contained = lexicon.starts2.contains_low(pair);
                    let any_third = (0..=255u8)
                        .any(|third| ascii_start_may_know(&[first, second, third], 0, lexicon))
                        || ascii_start_may_know(&[first, second], 0, lexicon);
                    assert_eq!(contained, any_third, "{first} {second} in {lang:?}");
                    ruled_out += usize::from(!contained);
                }
            }
            // The test turns words away: `th` may start `three`, `tj` `tjugo`, `xy` nothing.
            assert!(ruled_out > 0);
            let start = if lang == Lang::En { *b"th\0\0\0\0\0\0" } else { *b"tj\0\0\0\0\0\0" };
            assert!(lexicon.starts2.contains_low(u64::from_le_bytes(start)));
            assert!(!lexicon.starts2.contains_low(u64::from_le_bytes(*b"xy\0\0\0\0\0\0")));
        }
    }

    #[test]
    fn skipped_words_as_read_word_by_word() {
        for text in TRICKY {
            assert!(same_tokens(text).is_ok(), "{text:?}");
        }
        for file in ["en.md", "sv.md"] {
            let path = format!("{}/fixtures/com-2026-45/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            assert!(same_tokens(&text).is_ok(), "{file}");
        }
    }

    #[test]
    fn compound_parts_are_two_bytes_or_longer() {
        // The head3 keys of two parts glued are the keys of every compound.
        for lang in [Lang::En, Lang::Sv] {
            assert!(lexicon(lang).compound_parts.iter().all(|(part, _)| part.len() >= 2));
        }
    }

    #[test]
    fn lexicon_words_are_lower_case() {
        // The head test of `skip_unknown` compares lower-cased text with the words as written.
        for lang in [Lang::En, Lang::Sv] {
            let lexicon = lexicon(lang);
            let words = lexicon.words.keys().map(AsRef::as_ref);
            let parts = lexicon.compound_parts.iter().map(|(part, _)| *part);
            let halves = lexicon.half_phrases.iter().flatten().map(String::as_str);
            for word in words.chain(parts).chain(halves) {
                assert_eq!(word.to_lowercase(), word, "{word:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn skipped_words_as_read_word_by_word_on_any_text(
            words in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "one", "a", "A", "an", "and", "two", "Twenty", "five", "the", "THE", "third",
                        "en", "ett", "två", "tjugofem", "fem", "för", "år", "ÅR", "överens", "Élan",
                        "tredje", "andra", "halv", "hälften", "x", "é", "ö", "ſix", "İ", "ǅ",
                        "this", "several", "security", "Second", "seventeenth", "THIRTEEN", "Tjugofem",
                    ]).prop_map(str::to_string),
                    "[a-zA-Zéåö]{1,12}",
                ],
                0..16,
            ),
            gaps in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "  ", "-", ", ", "\u{00A0}", "\t", "1", "é", "'", "–", "", "’", "…", "€",
                ]),
                16,
            ),
        ) {
            let mut text = String::new();
            for (word, gap) in words.iter().zip(&gaps) {
                text.push_str(word);
                text.push_str(gap);
            }
            same_tokens(&text)?;
        }

        #[test]
        fn skipped_words_as_read_word_by_word_on_any_unicode(text in "\\PC{0,80}") {
            same_tokens(&text)?;
        }
    }

    proptest::proptest! {
        #[test]
        fn starts_as_by_pairs(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::any::<u8>(),
                    proptest::sample::select(b"aAeEfFhHmMnNoOsStTwWvV -".to_vec()),
                ],
                1..6,
            ),
            first in proptest::sample::select(b"abcdefghijklmnopqrstuvwxyzAFHMNOSTV".to_vec()),
        ) {
            let mut word = vec![first];
            word.extend(bytes);
            for lang in [Lang::En, Lang::Sv] {
                let lexicon = lexicon(lang);
                proptest::prop_assert_eq!(
                    ascii_start_may_know(&word, 0, lexicon),
                    ascii_start_may_know_by_pairs(&word, 0, lexicon),
                    "{:?}", word
                );
            }
        }
    }

    #[test]
    fn starts_of_every_three_letters_as_by_pairs() {
        let lexicon_words = |lang: Lang| lexicon(lang).words.keys().map(AsRef::as_ref).collect::<Vec<_>>();
        for lang in [Lang::En, Lang::Sv] {
            let lexicon = lexicon(lang);
            let mut texts: Vec<Vec<u8>> =
                lexicon_words(lang).iter().map(|word| word.as_bytes().to_vec()).collect();
            for first in b'a'..=b'z' {
                for second in (b'a'..=b'z').chain([b' ', 0xC3, b'Q']) {
                    for third in (b'a'..=b'z').chain([b' ', 0xC3, b'-']) {
                        texts.push(vec![first, second, third]);
                        texts.push(vec![first.to_ascii_uppercase(), second, third, b'x']);
                    }
                    texts.push(vec![first, second]);
                }
                texts.push(vec![first]);
            }
            for text in texts {
                if text.first().is_some_and(u8::is_ascii_alphabetic) {
                    assert_eq!(
                        ascii_start_may_know(&text, 0, lexicon),
                        ascii_start_may_know_by_pairs(&text, 0, lexicon),
                        "{text:?}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_as_read_char_by_char(text in "[a-zA-Z åäöÅÄÖé×÷ß\u{00C0}-\u{00FF}\u{0100}-\u{0180}İǅ€’1-]{0,24}", from in 0usize..30) {
            if text.is_char_boundary(from.min(text.len())) {
                let from = from.min(text.len());
                proptest::prop_assert_eq!(next_word(&text, from), next_word_by_chars(&text, from));
            }
        }
    }

    #[test]
    fn latin_letters_as_read_char_by_char() {
        for c in ('\u{80}'..='\u{17F}').chain(['€', '’', 'İ']) {
            for text in [format!("ab{c}cd"), format!("{c}"), format!("a{c}"), format!("{c}{c} x")] {
                for from in 0..text.len() {
                    if text.is_char_boundary(from) {
                        assert_eq!(
                            next_word(&text, from),
                            next_word_by_chars(&text, from),
                            "{text:?} {from}"
                        );
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn blockers_as_lower_cased(word in "(?i)(country|countries|party|parties|land|länder|[a-zé]{1,8})") {
            for lang in [Lang::En, Lang::Sv] {
                let lexicon = lexicon(lang);
                proptest::prop_assert_eq!(
                    is_blocker(lexicon, &word),
                    lexicon.blockers.contains(&word.to_lowercase().as_str())
                );
            }
        }
    }

    #[test]
    fn blockers_of_both_languages() {
        for lang in [Lang::En, Lang::Sv] {
            let lexicon = lexicon(lang);
            for blocker in &lexicon.blockers {
                for word in [
                    blocker.to_string(),
                    blocker.to_uppercase(),
                    format!("{blocker}s"),
                    blocker.to_ascii_uppercase(),
                ] {
                    assert_eq!(
                        is_blocker(lexicon, &word),
                        lexicon.blockers.contains(&word.to_lowercase().as_str()),
                        "{word}"
                    );
                }
            }
        }
    }

    /// The run lengths of a byte-by-byte scan.
    fn run_length_by_bytes(bytes: &[u8], from: usize, class: u8) -> usize {
        let rest = bytes.get(from..).unwrap_or_default();
        rest.iter().position(|byte| BYTE_CLASS[usize::from(*byte)] != class).unwrap_or(rest.len())
    }

    #[test]
    fn runs_of_every_byte() {
        for byte in 0..=255u8 {
            for length in 0..20 {
                for at in [0, 3, 8] {
                    let mut bytes = vec![b'a'; 24];
                    let mut other = vec![b' '; 24];
                    for (index, slot) in bytes.iter_mut().chain(other.iter_mut()).enumerate() {
                        if index % 24 == at + length {
                            *slot = byte;
                        }
                    }
                    for class in [ASCII_OTHER, ASCII_LETTER] {
                        for text in [&bytes, &other] {
                            assert_eq!(
                                run_length(text, at, class),
                                run_length_by_bytes(text, at, class),
                                "{byte} at {length} from {at}"
                            );
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_as_a_byte_scan_reads_them(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40), from in 0usize..42) {
            for class in [ASCII_OTHER, ASCII_LETTER] {
                proptest::prop_assert_eq!(run_length(&bytes, from, class), run_length_by_bytes(&bytes, from, class));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn compounds_as_by_scan(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "tjugo", "fem", "två", "tu", "sen", "hundra", "en", "ett", "tre", "tio", "x", "å", "nitton",
                "miljon", "ton", "t", "tolv", "sex", "sju", "åtta", "fyra", "ni", "elva",
            ]),
            0..5,
        )) {
            let word = parts.concat();
            for lang in [Lang::En, Lang::Sv] {
                let lexicon = lexicon(lang);
                proptest::prop_assert_eq!(compound(lexicon, &word), compound_by_scan(lexicon, &word));
            }
        }
    }

    #[test]
    fn letters_as_the_standard_library_reads_them() {
        for c in (0..=0x2FF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            if is_letter(c) && !c.is_ascii() && is_folded_latin(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn cardinals_in_both_languages() {
        assert_eq!(keys("five priorities", Lang::En), ["num:5"]);
        assert_eq!(keys("fem prioriteringar", Lang::Sv), ["num:5"]);
        assert_eq!(keys("twenty-five States", Lang::En), ["num:25"]);
        assert_eq!(keys("tjugofem stater", Lang::Sv), ["num:25"]);
        assert_eq!(keys("one hundred and five", Lang::En), ["num:105"]);
        assert_eq!(keys("etthundra", Lang::Sv), ["num:100"]);
        assert_eq!(keys("tvåtusen", Lang::Sv), ["num:2000"]);
        assert_eq!(keys("trettiotvå", Lang::Sv), ["num:32"]);
        assert_eq!(keys("four million people", Lang::En), ["num:4000000"]);
        assert_eq!(keys("fyra miljoner personer", Lang::Sv), ["num:4000000"]);
        assert_eq!(keys("en miljard euro", Lang::Sv), ["amount:EUR:1000000000"]);
        assert_eq!(keys("tolv miljarder euro", Lang::Sv), ["amount:EUR:12000000000"]);
    }

    #[test]
    fn one_before_a_word_of_per_cent() {
        assert_eq!(keys("mindre än en procent, en procentenhet", Lang::Sv), ["pct:1", "pp:1"]);
        assert_eq!(keys("less than one per cent, a percentage point", Lang::En), ["pct:1", "pp:1"]);
        assert!(keys("a percentage of the budget, one person, en part", Lang::En).is_empty());
    }

    #[test]
    fn articles_and_pronouns_are_not_numbers() {
        assert!(keys("one of the main improvements", Lang::En).is_empty());
        assert!(keys("en av de viktigaste och ett mål", Lang::Sv).is_empty());
        assert!(keys("entre tretio", Lang::Sv).is_empty());
    }

    #[test]
    fn a_count_that_starts_a_hyphenated_modifier_is_optional() {
        let optional = |text: &str| {
            let mut out = Vec::new();
            find(text, Lang::En, &mut out);
            out.into_iter().map(|value| (value.key, value.optional)).collect::<Vec<_>>()
        };
        assert_eq!(optional("a five-axle vehicle"), [("num:5".to_string(), true)]);
        assert_eq!(optional("Two-axle motor vehicle"), [("num:2".to_string(), true)]);
        assert_eq!(optional("a twenty-five-year plan"), [("num:25".to_string(), true)]);
        assert_eq!(optional("a two-hundred-page report"), [("num:200".to_string(), true)]);
        // `one` and `a` count nothing; a multiple is read whole with its suffix elsewhere.
        assert!(optional("a one-off payment, a one-stop shop").is_empty());
        assert!(optional("a sixteen-fold increase").is_empty());
        // Apart from its noun, the count is firm.
        assert_eq!(optional("with five axles"), [("num:5".to_string(), false)]);
    }

    #[test]
    fn ordinals_and_fractions() {
        assert_eq!(keys("the third report", Lang::En), ["ord:3"]);
        assert!(keys("third countries and third-country nationals", Lang::En).is_empty());
        assert!(keys("from a third country to another", Lang::En).is_empty());
        // Only `third` makes a term with `country`, `party` or `state`; another ordinal counts.
        assert_eq!(keys("the fifth State of Schengen report", Lang::En), ["ord:5"]);
        assert_eq!(keys("the fourth country to ratify it", Lang::En), ["ord:4"]);
        assert_eq!(keys("den femte staten", Lang::Sv), ["ord:5"]);
        assert!(keys("tredje länder och andra parter", Lang::Sv).is_empty());
        // `first` is also an adverb: read, but only as an optional value.
        let mut out = Vec::new();
        find("for the first time", Lang::En, &mut out);
        assert!(out.iter().all(|v| v.optional && v.key == "ord:1"), "{out:?}");
        let mut out = Vec::new();
        find("den andra konferensen", Lang::Sv, &mut out);
        assert!(out.iter().all(|v| v.optional && v.key == "ord:2") && out.len() == 1, "{out:?}");
        assert_eq!(keys("a fourth of those", Lang::En), ["frac:1/4"]);
        let optional =
            |text: &str| super::super::extract(text, Lang::En).iter().map(|v| v.optional).collect::<Vec<_>>();
        assert_eq!(optional("one quarter of the funds"), [false]);
        assert_eq!(optional("one quarter before its application"), [true]);
        assert_eq!(keys("en fjärdedel av dem", Lang::Sv), ["frac:1/4"]);
        assert_eq!(keys("Two-thirds of those", Lang::En), ["frac:2/3"]);
        assert_eq!(keys("Två tredjedelar av dessa", Lang::Sv), ["frac:2/3"]);
        assert_eq!(keys("half of them", Lang::En), ["frac:1/2"]);
        assert_eq!(keys("hälften av dem", Lang::Sv), ["frac:1/2"]);
        // The definite noun is the same half.
        assert_eq!(keys("står i den övre halvan och", Lang::Sv), ["frac:1/2"]);
        assert_eq!(
            keys("står i den övre halvan och", Lang::Sv),
            keys("appears in the upper half and", Lang::En)
        );
        // `halv` before a noun (`vid halv last`, "at half load"); `halvt` before an adjective
        // is "semi-" (`halvt nedsänkbar`), no figure.
        assert_eq!(keys("vid halv last", Lang::Sv), keys("at half load", Lang::En));
        assert!(keys("en halvt nedsänkbar plattform", Lang::Sv).is_empty());
        // Sixths to ninths too, hyphenated or not; an ordinal alone stays one.
        assert_eq!(keys("roughly one-eighth of it, two ninths", Lang::En), ["frac:1/8", "frac:2/9"]);
        assert_eq!(keys("ungefär en åttondel av den, två niondelar", Lang::Sv), ["frac:1/8", "frac:2/9"]);
        assert_eq!(keys("the eighth report", Lang::En), ["ord:8"]);
        // Twelfths, twentieths, hundredths and thousandths; a Swedish plural alone counts none.
        assert_eq!(
            keys("one twelfth and one twentieth, a hundredth", Lang::En),
            ["frac:1/12", "frac:1/20", "frac:1/100"]
        );
        assert_eq!(
            keys("en tolftedel och en tjugondel, två hundradelar", Lang::Sv),
            ["frac:1/12", "frac:1/20", "frac:2/100"]
        );
        assert!(keys("beloppet beräknas i tolftedelar", Lang::Sv).is_empty());
        assert_eq!(keys("the hundredth session", Lang::En), ["ord:100"]);
    }

    #[test]
    fn every_ordinal_makes_a_fraction() {
        // Thirtieths and fiftieths, as twentieths are, from the ordinal and its ending.
        assert_eq!(
            keys("about one thirtieth, three thirtieths and a fiftieth", Lang::En),
            ["frac:1/30", "frac:3/30", "frac:1/50"]
        );
        assert_eq!(
            keys("ungefär en trettiondel, tre tjugondelar och en femtiondel", Lang::Sv),
            ["frac:1/30", "frac:3/20", "frac:1/50"]
        );
        // The ordinal's `de` and the ending's written once (`tionde`, `tiondel`), or both
        // (`tredje`, `tredjedel`); the genitive too.
        assert_eq!(keys("en sextondel och två sjättedelar", Lang::Sv), ["frac:1/16", "frac:2/6"]);
        assert_eq!(keys("en femtiondels sekund", Lang::Sv), ["frac:1/50"]);
        // The plural's genitive: `två tredjedelars majoritet`, a two-thirds majority.
        assert_eq!(keys("kräver två tredjedelars majoritet", Lang::Sv), ["frac:2/3"]);
        assert_eq!(keys("a two-thirds majority", Lang::En), ["frac:2/3"]);
        // An ordinal alone stays one; a plural alone, or a definite form the table does not
        // list (`den lägsta tiondelen`, the lowest decile), names no share.
        assert_eq!(keys("den tredje och den trettionde rapporten", Lang::Sv), ["ord:3", "ord:30"]);
        assert_eq!(keys("the thirtieth session", Lang::En), ["ord:30"]);
        assert!(keys("beräknas i trettiondelar", Lang::Sv).is_empty());
        assert!(keys("den lägsta tiondelen", Lang::Sv).is_empty());
        assert_eq!(keys("tredjedelen", Lang::Sv), ["frac:1/3"]);
        // The genitive alone, a part of a unit as a unit of measure, is optional.
        let optional = |text: &str| {
            super::super::extract(text, Lang::Sv).into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
        };
        assert_eq!(optional("anges i månader och tiondels månader"), [("frac:1/10".to_string(), true)]);
        assert_eq!(optional("på en tiondels sekund"), [("frac:1/10".to_string(), false)]);
        assert_eq!(optional("tredjedelen"), [("frac:1/3".to_string(), false)]);
    }

    #[test]
    fn ordinal_denominators_with_and_without_shared_letters() {
        let forms = |lang: Lang| {
            super::ordinal_denominators(table(lang)).into_iter().map(|(word, _)| word).collect::<Vec<_>>()
        };
        let sv = forms(Lang::Sv);
        for word in ["tiondel", "tiondelar", "trettiondels", "tredjedel", "fjärdedelar", "hundradel"] {
            assert!(sv.iter().any(|form| form == word), "{word}");
        }
        // `tredje` ends in `je`, which starts no ending: written whole.
        assert!(!sv.iter().any(|form| form == "tredjel"));
        let en = forms(Lang::En);
        assert!(en.iter().any(|form| form == "thirtieth") && en.iter().any(|form| form == "thirtieths"));
    }

    #[test]
    fn half_of_a_year_is_optional() {
        let read = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .map(|value| (value.key, value.optional))
                .collect::<Vec<_>>()
        };
        // `the same half of 2024` = `samma halvår 2024`: a half-year, or half of the year.
        assert_eq!(
            read("in the same half of 2024", Lang::En),
            [("frac:1/2".to_string(), true), ("year:2024".to_string(), false)]
        );
        assert_eq!(read("in the same half of the year", Lang::En), [("frac:1/2".to_string(), true)]);
        assert_eq!(
            read("hälften av 2024", Lang::Sv),
            [("frac:1/2".to_string(), true), ("year:2024".to_string(), false)]
        );
        // Half of anything else, a count too, stays the fraction.
        assert_eq!(read("half of the budget", Lang::En), [("frac:1/2".to_string(), false)]);
        assert_eq!(read("half of the years", Lang::En), [("frac:1/2".to_string(), false)]);
        assert_eq!(read("half of 5000 applicants", Lang::En)[0], ("frac:1/2".to_string(), false));
        assert_eq!(read("half of 20245", Lang::En)[0], ("frac:1/2".to_string(), false));
        // An ordinal before makes it the half-year of the dates.
        assert_eq!(read("the first half of 2025", Lang::En), [("half:2025-H1".to_string(), false)]);
    }

    #[test]
    fn quarters_counted_as_periods() {
        let keys = |text: &str| crate::values::tests::keys(text, Lang::En);
        // Of a year, the first and the last quarter of the count (see `period_lists`).
        assert_eq!(keys("in the first three quarters of 2026"), ["quarter:2026-Q1", "quarter:2026-Q3"]);
        assert_eq!(keys("in the first three quarters"), ["ord:1", "num:3"]);
        assert_eq!(keys("over the last two quarters"), ["num:2"]);
        // After a preposition of time, with no `of` after: a count of quarters.
        assert_eq!(keys("the first decline in four quarters"), ["ord:1", "num:4"]);
        assert_eq!(keys("in three quarters of the cases"), ["frac:3/4"]);
        assert_eq!(keys("three quarters of the budget"), ["frac:3/4"]);
    }

    #[test]
    fn ordinals_of_a_ten_and_a_unit() {
        // Glued in Swedish, hyphenated in English; always a rank, whatever noun follows.
        assert_eq!(keys("den tjugoförsta medlemsstaten", Lang::Sv), ["ord:21"]);
        assert_eq!(keys("den trettioandra dagen och den fyrtiofemte", Lang::Sv), ["ord:32", "ord:45"]);
        assert_eq!(keys("the twenty-third State", Lang::En), ["ord:23"]);
        assert_eq!(keys("the one hundred and twenty-first session", Lang::En), ["ord:121"]);
        // A cardinal stays one; a ten alone before an ordinal of its own is not joined to it.
        assert_eq!(keys("tjugofem stater", Lang::Sv), ["num:25"]);
        assert_eq!(keys("twenty-five States", Lang::En), ["num:25"]);
        assert!(!keys("tjugo tredje länder", Lang::Sv).contains(&"ord:23".to_string()));
        // `twenty-first-century`: a modifier, optional.
        let mut out = Vec::new();
        find("a twenty-first-century economy", Lang::En, &mut out);
        assert!(out.len() == 1 && out[0].optional && out[0].key == "ord:21", "{out:?}");
    }

    /// Each value of `text` read whole: its key, its unit and whether it is optional.
    fn read_all(text: &str, lang: Lang) -> Vec<(String, Option<String>, bool)> {
        crate::values::extract(text, lang).into_iter().map(|v| (v.key, v.detail, v.optional)).collect()
    }

    #[test]
    fn one_post_s_full_time_equivalents_are_its_share_of_full_time() {
        let share = |key: &str, optional| vec![(key.to_string(), None, optional)];
        assert_eq!(read_all("one adviser (0.5 full-time equivalent) by", Lang::En), share("pct:50", false));
        assert_eq!(read_all("en rådgivare på halvtid från", Lang::Sv), share("pct:50", true));
        assert_eq!(read_all("en rådgivare (0,5 heltidsekvivalent)", Lang::Sv), share("pct:50", false));
        assert_eq!(read_all("1 FTE and 0.75 FTEs", Lang::En)[1].0, "pct:75");
        assert_eq!(read_all("1 FTE", Lang::En), share("pct:100", false));
        // Full time for half time is a changed share.
        assert_eq!(read_all("en rådgivare på heltid", Lang::Sv), share("pct:100", true));
        // Staff counted in full-time equivalents stay a count; the name's `full-time` is no share.
        assert_eq!(read_all("17.5 full-time equivalents (FTE) were vacant", Lang::En)[0].0, "num:17.5");
        assert_eq!(read_all("1,000 FTEs", Lang::En)[0].0, "num:1000");
        assert_eq!(read_all("0.5 full-time equivalents", Lang::En).len(), 1);
        // The letters of the name inside another word are none.
        assert_eq!(read_all("0.5 after", Lang::En)[0].0, "num:0.5");
    }

    #[test]
    fn shares_of_one_in_percent() {
        assert_eq!(share_of_one("0.5").as_deref(), Some("50"));
        assert_eq!(share_of_one("0.625").as_deref(), Some("62.5"));
        assert_eq!(share_of_one("0.05").as_deref(), Some("5"));
        assert_eq!(share_of_one("1").as_deref(), Some("100"));
        assert_eq!(share_of_one("0"), None);
        assert_eq!(share_of_one("1.5"), None);
        assert_eq!(share_of_one("2"), None);
    }

    #[test]
    fn a_day_and_night_recurring_is_every_24_hours() {
        let every_day = vec![("ratio:1/24".to_string(), Some("hour".to_string()), true)];
        assert_eq!(read_all("En spärrlista ska utfärdas minst en gång per dygn.", Lang::Sv), every_day);
        assert_eq!(read_all("uppdateras en gång om dygnet", Lang::Sv), every_day);
        // The original's figure: the same ratio, which the translation's words pair with.
        let every_24_hours = read_all("issued at least once every 24 hours", Lang::En);
        assert_eq!(every_24_hours[0].0, every_day[0].0);
        assert_eq!(every_24_hours[0].1, every_day[0].1);
        // A week is another period, which gives no such figure (only the count of one time).
        assert_eq!(read_all("minst en gång per vecka", Lang::Sv), [("num:1".to_string(), None, true)]);
        // A day and night as a length stays the length.
        assert_eq!(read_all("inom ett dygn", Lang::Sv)[0].0, "num:1");
    }

    #[test]
    fn a_count_of_digits_glued_to_its_noun() {
        let digits = |count: &str| vec![(format!("num:{count}"), Some(DIGIT.to_string()), true)];
        assert_eq!(read_all("en ändring på fyrsiffrig nivå", Lang::Sv), digits("4"));
        assert_eq!(read_all("på sexsiffrig nivå", Lang::Sv), digits("6"));
        assert_eq!(read_all("HS-systemets tvåsiffriga nivå", Lang::Sv), digits("2"));
        assert_eq!(read_all("a four-digit code", Lang::En), digits("4"));
        // The stem a noun takes as its first part.
        assert_eq!(read_all("på fyrsiffernivån i ISCO", Lang::Sv), digits("4"));
        assert_eq!(read_all("på tresiffernivån", Lang::Sv), digits("3"));
        assert!(read_all("en sifferkod och nyckelsiffror", Lang::Sv).is_empty());
        // In digits, the English figure is the count.
        assert_eq!(read_all("at the 4-digit level", Lang::En)[0].0, "num:4");
        // The compound form of four counts other units too; `fyr` alone is a lighthouse.
        assert_eq!(read_all("en fyrårig plan", Lang::Sv)[0].0, "num:4");
        assert!(read_all("en fyr vid kusten", Lang::Sv).is_empty());
    }

    #[test]
    fn a_value_of_a_period_named_by_the_period_s_word() {
        let period = |count: &str, unit: &str| vec![(format!("num:{count}"), Some(unit.to_string()), true)];
        assert_eq!(read_all("långt över WHO:s dygnsriktvärde", Lang::Sv), period("1", "day"));
        assert_eq!(read_all("långt över WHO:s årsriktvärde", Lang::Sv), period("1", "year"));
        assert_eq!(read_all("Årsmedelvärdet", Lang::Sv), period("1", "year"));
        assert_eq!(read_all("timmedelvärden", Lang::Sv), period("1", "hour"));
        // Another first part, or none, names no period.
        assert!(read_all("riktvärdet och målvärden för kvävedioxid", Lang::Sv).is_empty());
        assert!(read_all("årsrapporten", Lang::Sv).is_empty());
    }
}
