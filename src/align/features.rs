//! Per-block features, computed once and in parallel: length, and the language-independent
//! tokens two translations share (footnote references, value keys, acronyms, cognates).
//!
//! Every token gets an inverse-document-frequency weight over the blocks of both documents,
//! and only tokens that occur on *both* sides keep a weight: a token seen on one side only
//! costs the same whatever the alignment, so it carries no evidence.

use std::hash::{Hash, Hasher};
use std::ops::Range;

use rayon::prelude::*;

use crate::document::{Block, BlockKind, Document};
use crate::text::Lang;
use crate::text::hash::{FastHasher, FastMap};
use crate::values::{self, Value, ValueKind};

/// A hashed token: equal ids mean the same language-independent item on both sides.
pub(crate) type TokenId = u64;

/// Words shorter than this are function words in both languages, never useful cognates.
const MIN_WORD_CHARS: usize = 4;
/// Cognates must share this many leading characters (Simard et al. used a shared prefix of four;
/// three leaves room for Swedish spellings such as `Tunisien` for `Tunisia`).
const PREFIX_CHARS: usize = 3;
/// Minimum Jaro–Winkler similarity for two words to count as cognates.
const COGNATE_SIMILARITY: f64 = 0.88;
/// Above this many comparisons in one prefix bucket, only identical words are matched, so
/// the cost of building the cognate table stays linear in the vocabulary.
const MAX_BUCKET_COMPARISONS: usize = 4096;
/// Footnote references are the strongest evidence inside running text.
const FOOTNOTE_REF_BOOST: f32 = 2.0;

/// One unit the dynamic programme aligns: a block or a sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unit {
    /// Length in characters (white space trimmed).
    pub len: f64,
    /// Weighted tokens, sorted by id, one entry per id.
    pub tokens: Vec<(TokenId, f32)>,
    /// Sum of the token weights.
    pub weight: f64,
    /// Headings pair with headings: a heading against a paragraph costs a little more. A line
    /// of the formula that opens an act's operative part counts as one.
    pub heading: bool,
}

impl Unit {
    /// A unit of these tokens (sorted and deduplicated here; of the entries of one id, the
    /// first is kept).
    #[cfg(test)]
    pub(crate) fn new(len: f64, mut tokens: Vec<(TokenId, f32)>, heading: bool) -> Unit {
        tokens.sort_by_key(|t| t.0);
        tokens.dedup_by_key(|t| t.0);
        let weight = tokens.iter().map(|t| f64::from(t.1)).sum();
        Unit { len, tokens, weight, heading }
    }

    /// [`Unit::new`] for tokens that weigh the same wherever an id occurs, as the features give
    /// them: which of the equal entries is kept does not matter, so the sort need not be stable.
    #[cfg(test)]
    pub(crate) fn with_one_weight_per_id(len: f64, mut tokens: Vec<(TokenId, f32)>, heading: bool) -> Unit {
        tokens.sort_unstable_by_key(|t| t.0);
        tokens.dedup_by_key(|t| t.0);
        let weight = tokens.iter().map(|t| f64::from(t.1)).sum();
        Unit { len, tokens, weight, heading }
    }
}

/// Buffers [`unit_of_ranks`] reuses from one unit to the next.
#[derive(Default)]
pub(crate) struct RankScratch {
    /// A bit per rank, none set between calls.
    bits: Vec<u64>,
    ranks: Vec<u32>,
}

impl RankScratch {
    fn for_ranks(n: usize) -> RankScratch {
        RankScratch { bits: vec![0; rank_words(n)], ranks: Vec::new() }
    }
}

/// The tokens of these ranks (in any order, each as often as it occurs) as a unit: each once,
/// by rank, which is by id. A few ranks are sorted; many are marked in a bit set and read
/// back in order, which costs a word of the set per 64 ranks rather than a sort.
fn unit_of_ranks(
    len: f64,
    ranks: impl Iterator<Item = u32>,
    ranked: &[(TokenId, f32)],
    heading: bool,
    scratch: &mut RankScratch,
) -> Unit {
    unit_of_ranks_in(len, ranks, ranked, heading, scratch, Vec::new())
}

/// [`unit_of_ranks`] into `tokens`, a list whose room is reused (what it holds is dropped).
fn unit_of_ranks_in(
    len: f64,
    ranks: impl Iterator<Item = u32>,
    ranked: &[(TokenId, f32)],
    heading: bool,
    scratch: &mut RankScratch,
    mut tokens: Vec<(TokenId, f32)>,
) -> Unit {
    let RankScratch { bits, ranks: list } = scratch;
    list.clear();
    list.extend(ranks);
    tokens.clear();
    tokens.reserve(list.len());
    // As `Iterator::sum` of floats, which starts from −0.0 (the weight of no token).
    let mut weight = -0.0;
    let mut add = |rank: usize| {
        if let Some(&token) = ranked.get(rank) {
            tokens.push(token);
            weight += f64::from(token.1);
        }
    };
    if list.len() <= bits.len() {
        list.sort_unstable();
        list.dedup();
        for &rank in list.iter() {
            add(rank as usize);
        }
    } else {
        let (mut low, mut high) = (usize::MAX, 0);
        for &rank in list.iter() {
            let at = rank as usize / 64;
            if let Some(word) = bits.get_mut(at) {
                *word |= 1 << (rank % 64);
                low = low.min(at);
                high = high.max(at);
            }
        }
        for at in low..=high {
            let Some(word) = bits.get_mut(at) else { break };
            let mut set = std::mem::take(word);
            while set != 0 {
                add(at * 64 + set.trailing_zeros() as usize);
                set &= set - 1;
            }
        }
    }
    Unit { len, tokens, weight, heading }
}

/// Words of 64 bits for a bit set of `n` ranks.
fn rank_words(n: usize) -> usize {
    n.div_ceil(64)
}

/// The features of one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockFeatures {
    pub unit: Unit,
    /// Every weighted token (offset in the block text, rank in [`Features::ranked`]), sorted by
    /// offset, for sentence units.
    pub positions: Vec<(u32, u32)>,
    /// Whether the block holds a date (used to find where a document's title part begins): a
    /// time of day ([`is_time_of_day`]) is none, as one version may read it where the other
    /// reads figures (`kl. 9.30–17.15` against `from 9.30 to 17.15`), nor is an optional date
    /// (a month named alone, [`dates_block`]).
    pub has_date: bool,
    /// Whether the block holds a value that is not optional.
    pub has_values: bool,
}

/// Features of both documents.
#[derive(Debug, Default)]
pub(crate) struct Features {
    pub src: Vec<BlockFeatures>,
    pub tgt: Vec<BlockFeatures>,
    /// Every weighted token (rank, weight), each once, in order of id: a token's rank is its
    /// place here, and units know tokens by rank, not by their hashed id.
    pub ranked: Vec<(TokenId, f32)>,
}

impl Features {
    /// A sentence (or any text range) of a block as a unit.
    #[cfg(test)]
    pub fn range_unit(&self, block: &Block, features: &BlockFeatures, range: Range<usize>) -> Unit {
        let len = block.text.get(range.clone()).map_or(0, |s| s.trim().chars().count()) as f64;
        self.range_unit_in(features, range, len, Vec::new(), &mut RankScratch::default())
    }

    /// [`Features::range_unit`] of a range `len` characters long (white space trimmed), into
    /// `tokens`, a list whose room is reused (what it holds is dropped), with the buffers of
    /// `scratch`: the caller keeps them from one sentence to the next, so that neither a
    /// thread-local lookup nor an allocation is paid per sentence.
    pub fn range_unit_in(
        &self,
        features: &BlockFeatures,
        range: Range<usize>,
        len: f64,
        mut tokens: Vec<(TokenId, f32)>,
        scratch: &mut RankScratch,
    ) -> Unit {
        // Positions are sorted by offset: find the range's slice by binary search, so a block
        // of many sentences costs n log n, not n².
        let first = features.positions.partition_point(|p| (p.0 as usize) < range.start);
        let last = features.positions.partition_point(|p| (p.0 as usize) < range.end);
        if first == 0 && last == features.positions.len() {
            // Every token of the block, as in a block of one sentence: the block's unit is made
            // of the same list the same way, so its tokens and weight are this unit's.
            let Unit { tokens: all, weight, .. } = &features.unit;
            tokens.clone_from(all);
            return Unit { len, tokens, weight: *weight, heading: false };
        }
        let ranks = features.positions.get(first..last).unwrap_or_default().iter().map(|p| p.1);
        let words = rank_words(self.ranked.len());
        if scratch.bits.len() < words {
            scratch.bits.resize(words, 0);
        }
        unit_of_ranks_in(len, ranks, &self.ranked, false, scratch, tokens)
    }

    /// [`Features::range_unit`] by sorting the range's tokens whatever the range; kept to
    /// test the new against.
    #[cfg(test)]
    pub fn range_unit_sorted(&self, block: &Block, features: &BlockFeatures, range: Range<usize>) -> Unit {
        let len = block.text.get(range.clone()).map_or(0, |s| s.trim().chars().count()) as f64;
        let first = features.positions.partition_point(|p| (p.0 as usize) < range.start);
        let last = features.positions.partition_point(|p| (p.0 as usize) < range.end);
        let tokens = features.positions.get(first..last).unwrap_or_default().iter();
        let tokens = tokens.filter_map(|p| self.ranked.get(p.1 as usize).copied()).collect();
        Unit::with_one_weight_per_id(len, tokens, false)
    }
}

/// A token of a block before words are resolved to cognate classes. A document holds
/// millions of them, so each is 16 bytes: byte offsets, not strings or `usize`s.
enum RawToken {
    /// A word of four letters or more at offset `at` of the block text; its lower-case form
    /// is `start..end` of the block text, or of the block's lower-cased words when `lowered`
    /// (the word has capitals).
    Word { at: u32, start: u32, end: u32, lowered: bool },
    /// A token that is already language-independent; `boosted` ones (footnote references)
    /// weigh [`FOOTNOTE_REF_BOOST`] times as much.
    Exact { at: u32, boosted: bool, id: TokenId },
}

impl RawToken {
    fn exact(at: usize, id: TokenId) -> RawToken {
        RawToken::Exact { at: offset(at), boosted: false, id }
    }
}

struct RawBlock<'a> {
    text: &'a str,
    /// The lower-cased forms of the block's words with capitals, one after the other.
    lowered: String,
    len: usize,
    /// The block's tokens: first those of its values, footnote references and number or label
    /// (`scanned` of them, in no particular order), then those of the word scan, by offset.
    tokens: Vec<RawToken>,
    scanned_from: usize,
    heading: bool,
    has_date: bool,
    has_values: bool,
}

impl RawBlock<'_> {
    /// The lower-case word of a `Word` token.
    fn word(&self, token: &RawToken) -> Option<&str> {
        match *token {
            RawToken::Word { start, end, lowered, .. } => {
                let range = start as usize..end as usize;
                if lowered { self.lowered.get(range) } else { self.text.get(range) }
            }
            RawToken::Exact { .. } => None,
        }
    }
}

/// The parts of a block's features that outlive its tokens.
struct BlockShape {
    len: usize,
    heading: bool,
    has_date: bool,
    has_values: bool,
}

/// A byte offset inside one block as stored in tokens (inputs are far below 4 GiB).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

fn token_id(tag: &str, text: &str) -> TokenId {
    let mut hasher = FastHasher::default();
    tag.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

#[inline(never)]
/// Adds a token for every short acronym and every word of [`MIN_WORD_CHARS`] letters or more
/// of `text`; words with capitals are lower-cased into `lowered`. Returns how many bytes of
/// `text` follow the first byte of a character (its bytes less its characters): every
/// character beyond ASCII is read on the way, as a letter of a word or as the end of one.
fn scan_words(text: &str, tokens: &mut Vec<RawToken>, lowered: &mut String) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut continuation = 0;
    // One pass over the bytes: ASCII is classified without decoding, and a word's length and
    // case are counted on the way rather than by walking it again.
    while let Some(&byte) = bytes.get(at) {
        let class = ASCII_CLASS[usize::from(byte)];
        if class == OTHER {
            at += 1;
            continue;
        }
        let mut word = WordScan { start: at, chars: 0, upper: 0, ascii: true };
        if class == LOWER {
            // Most words are lower-case ASCII letters ended by ASCII that is no letter (or by
            // the end of the text): such a word is a token when it is long enough, and needs
            // neither the classes of its letters nor a lower-cased copy.
            let end = at + bytes.get(at..).map_or(0, lower_run);
            if bytes.get(end).is_none_or(|&byte| ASCII_CLASS[usize::from(byte)] == OTHER) {
                if end - at >= MIN_WORD_CHARS {
                    tokens.push(RawToken::Word {
                        at: offset(at),
                        start: offset(at),
                        end: offset(end),
                        lowered: false,
                    });
                }
                // Step over the character that ended the word, as below.
                at = end + 1;
                continue;
            }
            // The word goes on (`fö|rordning`, `un|Known`): the loop below takes it from the
            // letter after the run, as it would after reading the run itself.
            word.chars = end - at;
            at = end;
        }
        // The width of the character that ends the word (1 at the end of the text).
        let mut stop = 1;
        while let Some(&byte) = bytes.get(at) {
            match ASCII_CLASS[usize::from(byte)] {
                LOWER => {
                    // A run of lower-case letters, most of a word, in one tight loop.
                    let run = bytes.get(at..).map_or(1, lower_run);
                    word.chars += run;
                    at += run;
                    if bytes.get(at).is_some_and(|&byte| ASCII_CLASS[usize::from(byte)] == OTHER) {
                        // The usual end of a word, without another turn of the loop.
                        break;
                    }
                }
                UPPER => {
                    word.chars += 1;
                    word.upper += 1;
                    at += 1;
                }
                OTHER => break,
                LATIN_1 if let Some(&next) = bytes.get(at + 1) => {
                    // U+00C0 to U+00FF, two bytes: letters but for × and ÷, capitals up to Þ.
                    let code = 0xC0 | (next & 0x3F);
                    continuation += 1;
                    if code == 0xD7 || code == 0xF7 {
                        stop = 2;
                        break;
                    }
                    word.chars += 1;
                    word.upper += usize::from(code <= 0xDE);
                    word.ascii = false;
                    at += 2;
                }
                _ => {
                    let Some(ch) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                        // Not a character boundary: cannot happen in a `str`; move on.
                        break;
                    };
                    continuation += ch.len_utf8() - 1;
                    if !ch.is_alphabetic() {
                        stop = ch.len_utf8();
                        break;
                    }
                    word.chars += 1;
                    word.upper += usize::from(ch.is_uppercase());
                    word.ascii = false;
                    at += ch.len_utf8();
                }
            }
        }
        if let Some(token) = word_token(text, &word, at, lowered) {
            tokens.push(token);
        }
        // Step over the character that ended the word (a word never ends on a letter).
        at += stop;
    }
    continuation
}

/// How many bytes `a` to `z` begin `bytes`, eight at a time: a byte `b` of a word is one of
/// them when `b + 0x1F` has its high bit set, `b + 0x05` has not, and `b` has not. Additions
/// carry into the next byte only from a byte past `z`, so the first byte that is not a letter
/// `a` to `z` is always found, whatever comes after it.
fn lower_run(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok()) {
        let word = u64::from_le_bytes(chunk);
        let lower =
            word.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & !word.wrapping_add(0x0505_0505_0505_0505) & !word;
        let other = !lower & HIGH;
        if other != 0 {
            return run + (other.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + bytes.get(run..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_lowercase()).count())
}

fn raw_block<'a>(block: &'a Block, lang: Lang, given: Option<&[Value]>) -> RawBlock<'a> {
    let text = block.text.as_str();
    // About one token per word of four letters or more.
    let mut tokens = Vec::with_capacity(text.len() / 8);
    let extracted;
    let values = match given {
        Some(values) => values,
        None => {
            extracted = values::extract(text, lang);
            &extracted[..]
        }
    };
    let has_date = dates_block(values);
    // Optional values (a name's code, `Mifid II`) may be missing from the other version.
    let has_values = values.iter().any(|v| !v.optional);
    for value in values {
        // Amounts in crowns are one token whatever country they name (`SEK`, `kronor`).
        tokens.push(RawToken::exact(value.span.start, token_id("value", &values::krona_neutral(&value.key))));
    }
    for (label, at) in block.footnote_refs() {
        tokens.push(RawToken::Exact { at: offset(at), boosted: true, id: token_id("footnote-ref", label) });
    }
    match &block.kind {
        BlockKind::Heading { number: Some(number), .. } => {
            tokens.push(RawToken::exact(0, token_id("heading", number)));
        }
        BlockKind::FootnoteDef { label } => {
            tokens.push(RawToken::exact(0, token_id("footnote-def", label)));
        }
        _ => {}
    }
    let formula = formula_line(text, lang);
    if let Some(formula) = formula {
        tokens.push(RawToken::exact(0, token_id("formula", formula)));
    }
    // The lower-cased words of the words with capitals, if any (reserved at the first).
    let mut lowered = String::new();
    let scanned_from = tokens.len();
    let continuation = scan_words(text, &mut tokens, &mut lowered);
    RawBlock {
        text,
        lowered,
        len: trimmed_chars(text, continuation),
        tokens,
        scanned_from,
        // The formula that opens an act's operative part heads it: it stands alone, as a
        // heading does, never merged with the recital before it or with another formula
        // (`HAS ADOPTED THIS RECOMMENDATION:` and `RECOMMENDS THAT MEMBER STATES:` against
        // `HÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT` alone, its own formula at the head).
        heading: matches!(block.kind, BlockKind::Heading { .. }) || formula.is_some_and(opens_operative_part),
        has_date,
        has_values,
    }
}

/// Whether a block's values date it, for where a document's title part begins: a date that is
/// not a time of day ([`is_time_of_day`]) nor optional. An optional date, a month named alone
/// (`the May Bulletin` against `majbulletinen`, `in May` against `i maj`), may be read on one
/// side only, and would cut the title part at another block on each side.
fn dates_block(values: &[Value]) -> bool {
    values.iter().any(|v| v.kind == ValueKind::Date && !v.optional && !is_time_of_day(&v.key))
}

/// Whether a value's key is a time of day or a range of times (`time:09:30`,
/// `range:09:30..17:15`), which dates no document.
fn is_time_of_day(key: &str) -> bool {
    key.starts_with("time:")
        || key.strip_prefix("range:").is_some_and(|range| range.as_bytes().get(2) == Some(&b':'))
}

/// Whether a formula line of this meaning ([`formula_line`]) opens an act's operative part:
/// the enacting formula and the lines that name whom a recommendation addresses. The
/// signature's lines and `Whereas:`, which a version may join to the paragraph before, do not.
fn opens_operative_part(meaning: &str) -> bool {
    matches!(meaning, "adopted" | "recommends" | "welcomes" | "invites")
}

/// The longest line, in bytes, that [`formula_line`] compares with the whole formulas.
const FORMULA_LINE_BYTES: usize = 40;
/// The longest line, in bytes, that [`formula_line`] reads by its opener: the opener and whom
/// it addresses (`HÄRIGENOM REKOMMENDERAS LETTLAND ATT VIDTA ÅTGÄRDER FÖR ATT`), never a
/// paragraph of running text.
const FORMULA_OPENER_BYTES: usize = 100;

/// What a paragraph that is one line of an act's formulas says (`*The President*`,
/// `Ordförande`, `HAS ADOPTED THIS REGULATION:`): markup, a closing colon or full stop and
/// case aside, the line must be the whole formula. A line that opens the operative part by
/// naming whom it addresses (`RECOMMENDS THAT MEMBER STATES:`, `HÄRIGENOM REKOMMENDERAS
/// MEDLEMSSTATERNA ATT`) says what its opener says, where its first word is in capitals, as
/// the formulas are set, and it leads in to what follows (no full stop ends it).
pub(crate) fn formula_line(text: &str, lang: Lang) -> Option<&'static str> {
    let marked = text.trim().trim_matches(['*', '_']);
    let line = marked.trim_end_matches([':', '.']).trim();
    if line.is_empty() || line.len() > FORMULA_OPENER_BYTES {
        return None;
    }
    let capitals = !marked.ends_with(['.', ',', ';', '!', '?'])
        && line.split_whitespace().next().is_some_and(|word| !word.chars().any(char::is_lowercase));
    if line.len() > FORMULA_LINE_BYTES && !capitals {
        return None;
    }
    let lower = line.to_lowercase();
    let table = values::tables::table(lang);
    if line.len() <= FORMULA_LINE_BYTES
        && let Some((_, meaning)) = table.formula_lines.iter().find(|(formula, _)| *formula == lower)
    {
        return Some(meaning);
    }
    if !capitals {
        return None;
    }
    table.formula_openers.iter().find(|(opener, _)| lower.starts_with(opener)).map(|(_, meaning)| *meaning)
}

/// The characters of `text` with its white space trimmed, given how many of its bytes follow
/// the first byte of a character ([`scan_words`]): its bytes less those, less the characters
/// of the white space at its ends, which are counted.
fn trimmed_chars(text: &str, continuation: usize) -> usize {
    let (start, end) = (text.len() - text.trim_start().len(), text.trim_end().len());
    if start >= end {
        return 0;
    }
    let ends =
        text.get(..start).map_or(0, |s| s.chars().count()) + text.get(end..).map_or(0, |s| s.chars().count());
    let ends_bytes = start + (text.len() - end);
    // The trimmed text's continuation bytes are the text's less those of its ends.
    (text.len() - ends_bytes).saturating_sub(continuation.saturating_sub(ends_bytes - ends))
}

/// A run of letters found by [`raw_block`]'s scan.
struct WordScan {
    /// Byte offset of the first letter.
    start: usize,
    /// Letters.
    chars: usize,
    /// Upper-case letters.
    upper: usize,
    /// Whether every letter is ASCII.
    ascii: bool,
}

/// Classes of bytes for [`raw_block`]'s scan: ASCII other than letters, lower- and upper-case
/// ASCII letters, and bytes of non-ASCII characters (decoded to be classified).
const OTHER: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 3;
/// The first byte of U+00C0 to U+00FF (`À` to `ÿ`), the accented letters of Western European
/// languages, classified without decoding.
const LATIN_1: u8 = 4;
static ASCII_CLASS: [u8; 256] = {
    let mut table = crate::text::byte_classes(LOWER, UPPER, OTHER, NON_ASCII);
    table[0xC3] = LATIN_1;
    table
};

/// The token of a word that ends at `end`, if it makes one: a short acronym, or a word of
/// [`MIN_WORD_CHARS`] letters or more (lower-cased into `lowered` when it has capitals).
fn word_token(text: &str, word: &WordScan, end: usize, lowered: &mut String) -> Option<RawToken> {
    let start = word.start;
    let n_chars = word.chars;
    if n_chars >= 2 && word.upper == n_chars && n_chars < MIN_WORD_CHARS {
        // Short acronyms (EU, AI, EES) are written alike in every language.
        Some(RawToken::exact(start, token_id("acronym", text.get(start..end)?)))
    } else if n_chars >= MIN_WORD_CHARS {
        if word.upper > 0 {
            if lowered.capacity() == 0 {
                // Room at once for the words with capitals from here on, rather than grown
                // word by word: a quarter of the rest of the text holds them as a rule, and
                // the buffers of every block are alive together, so not the whole rest.
                lowered.reserve(text.len().saturating_sub(start) / 4 + 16);
            }
            let text = text.get(start..end)?;
            let from = lowered.len();
            if word.ascii {
                lowered.push_str(text);
                if let Some(word) = lowered.get_mut(from..) {
                    word.make_ascii_lowercase();
                }
            } else {
                lowered.push_str(&text.to_lowercase());
            }
            Some(RawToken::Word {
                at: offset(start),
                start: offset(from),
                end: offset(lowered.len()),
                lowered: true,
            })
        } else {
            Some(RawToken::Word { at: offset(start), start: offset(start), end: offset(end), lowered: false })
        }
    } else {
        None
    }
}

/// The first [`PREFIX_CHARS`] characters of a word: its first three bytes when they are
/// ASCII, as they are as a rule, without decoding. Buckets are numbered by [`prefix_key`];
/// kept to test it against.
#[cfg(test)]
fn prefix(word: &str) -> &str {
    if let [a, b, c, ..] = word.as_bytes()
        && (a | b | c) < 0x80
    {
        return word.get(..PREFIX_CHARS).unwrap_or(word);
    }
    prefix_by_chars(word)
}

/// [`prefix`] by decoding characters.
#[cfg(test)]
fn prefix_by_chars(word: &str) -> &str {
    let end = word.char_indices().nth(PREFIX_CHARS).map_or(word.len(), |(i, _)| i);
    word.get(..end).unwrap_or(word)
}

/// A word's characters and how many fall in each of [`HISTOGRAM_BUCKETS`] buckets.
#[derive(Clone, Copy)]
struct Word<'a> {
    chars: &'a [char],
    histogram: &'a [u8; HISTOGRAM_BUCKETS],
}

/// Characters are counted in this many buckets (by code point) for a quick bound.
const HISTOGRAM_BUCKETS: usize = 32;

fn histogram(chars: &[char]) -> [u8; HISTOGRAM_BUCKETS] {
    let mut counts = [0u8; HISTOGRAM_BUCKETS];
    for &c in chars {
        let bucket = c as usize % HISTOGRAM_BUCKETS;
        counts[bucket] = counts[bucket].saturating_add(1);
    }
    counts
}

/// The Jaro–Winkler similarity of two words when it reaches [`COGNATE_SIMILARITY`]: the
/// quick rejections inline, the rest ([`similar_measured`], [`similar_checked`]) out of line.
#[inline]
fn similar(a: Word, b: Word) -> Option<f64> {
    let bound = similarity_bound(a, b)?;
    if bound.is_finite() { similar_measured(a, b) } else { similar_checked(a, b) }
}

/// [`similar`]'s quick rejections: `None` when they reject the pair, else an upper bound of
/// its similarity (infinite for lengths beyond the whole-number bound, which
/// [`similar_checked`] reads in full).
#[inline]
fn similarity_bound(a: Word, b: Word) -> Option<f64> {
    let (a_len, b_len) = (a.chars.len(), b.chars.len());
    if a_len > 2 * b_len || b_len > 2 * a_len {
        return None;
    }
    if (1..=usize::from(u8::MAX)).contains(&a_len) && (1..=usize::from(u8::MAX)).contains(&b_len) {
        // The bound of `similar_checked` in whole numbers: with `c` characters in common and
        // a common prefix of `p` characters, `(c/a + c/b + 1)/3 × (1 − p/10) + p/10 < 0.88`
        // exactly when `num × c(a + b) < den × ab` ([`REJECTION_BY_PREFIX`]; `5c(a + b) < 7ab`
        // for the largest bonus, four characters, as `similar_checked` takes it), and when it
        // holds, the bound falls short by at least 1e-7 (lengths up to 255), far more than
        // the 1e-9 of slack and any rounding: a pair it rejects is one `similar_checked`
        // rejects, by its bound or by the similarity itself.
        let common: usize = a.histogram.iter().zip(b.histogram).map(|(&x, &y)| usize::from(x.min(y))).sum();
        let common = common.min(a_len).min(b_len);
        let (num, den) = REJECTION_BY_PREFIX[4];
        if num * common * (a_len + b_len) < den * a_len * b_len {
            return None;
        }
        // The bonus is that of the words' common prefix: a word that differs from the other
        // in its fourth character, as many of a bucket do, falls short with more in common.
        let prefix = common_prefix(a.chars, b.chars);
        let (num, den) = REJECTION_BY_PREFIX[prefix.min(4)];
        if prefix < 4 && num * common * (a_len + b_len) < den * a_len * b_len {
            return None;
        }
        // The bound holds, so only the similarity is left, and it is at most this bound
        // (Jaro matches are at most the characters in common, with no transposition, and the
        // bonus of the common prefix; the bonus rises with the Jaro similarity).
        let common = common as f64;
        let jaro = (common / a_len as f64 + common / b_len as f64 + 1.0) / 3.0;
        return Some(jaro + 0.1 * prefix as f64 * (1.0 - jaro));
    }
    Some(f64::INFINITY)
}

/// For a common prefix of `p` characters (0 to 4), `(num, den)` such that a pair of words of
/// lengths `a` and `b` with `c` characters in common falls short of [`COGNATE_SIMILARITY`]
/// when `num × c(a + b) < den × ab`: `(0.88 − p/10) / (1 − p/10) × 3 − 1` as a fraction.
const REJECTION_BY_PREFIX: [(usize, usize); 5] = [(25, 41), (5, 8), (20, 31), (35, 52), (5, 7)];

/// How many characters (up to four) two words share at their start: the prefix of the
/// Jaro–Winkler bonus.
#[inline]
fn common_prefix(a: &[char], b: &[char]) -> usize {
    let mut n = 0;
    while n < 4
        && let (Some(x), Some(y)) = (a.get(n), b.get(n))
        && x == y
    {
        n += 1;
    }
    n
}

/// The Jaro–Winkler similarity of two words when it reaches [`COGNATE_SIMILARITY`], once
/// [`similar`]'s bounds have let them through.
#[inline(never)]
fn similar_measured(a: Word, b: Word) -> Option<f64> {
    let similarity = jaro_winkler(a.chars, b.chars);
    (similarity >= COGNATE_SIMILARITY).then_some(similarity)
}

/// [`similar`] in full.
#[inline(never)]
fn similar_checked(a: Word, b: Word) -> Option<f64> {
    let (a_len, b_len) = (a.chars.len(), b.chars.len());
    if a_len > 2 * b_len || b_len > 2 * a_len {
        return None;
    }
    // Jaro matches are pairs of equal characters, so no more than the characters both words
    // have in common (per bucket, at least as many); with no transposition and the largest
    // prefix bonus, that bounds the similarity from above. Most pairs of a bucket end here.
    if a_len <= usize::from(u8::MAX) && b_len <= usize::from(u8::MAX) {
        let common: usize = a.histogram.iter().zip(b.histogram).map(|(&x, &y)| usize::from(x.min(y))).sum();
        let common = common.min(a_len).min(b_len) as f64;
        let jaro = (common / a_len as f64 + common / b_len as f64 + 1.0) / 3.0;
        let bound = jaro + 0.4 * (1.0 - jaro);
        if bound < COGNATE_SIMILARITY - 1e-9 {
            return None;
        }
    }
    let similarity = jaro_winkler(a.chars, b.chars);
    (similarity >= COGNATE_SIMILARITY).then_some(similarity)
}

/// Words up to this many characters are compared on the stack; longer ones by `strsim`.
const MAX_STACK_CHARS: usize = 64;

/// Jaro–Winkler similarity, the very value `strsim::jaro_winkler` gives (same steps, same
/// floating-point expression), without its allocation per call and over characters decoded
/// once per word rather than once per comparison.
fn jaro_winkler(a: &[char], b: &[char]) -> f64 {
    let (a_len, b_len) = (a.len(), b.len());
    if a_len > MAX_STACK_CHARS || b_len > MAX_STACK_CHARS {
        let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
        return strsim::jaro_winkler(&a, &b);
    }
    if a_len == 0 && b_len == 0 {
        return 1.0;
    } else if a_len == 0 || b_len == 0 {
        return 0.0;
    }
    let search_range = (a_len.max(b_len) / 2).saturating_sub(1);
    // The positions of `b` by the low five bits of their character: a superset of the
    // positions holding any one character (exact for a–z), so a few bit operations find the
    // first unmatched position of the window that may hold `a`'s character.
    let mut positions = [0u64; 32];
    for (j, &c) in b.iter().enumerate() {
        if let Some(slot) = positions.get_mut(c as usize & 31) {
            *slot |= 1 << j;
        }
    }
    // The window `i - search_range ..= i + search_range` (within `b`) as a bit set, moved
    // along with `i`: positions `0..=search_range` at first.
    let mut window =
        if search_range + 1 >= b_len { u64::MAX >> (64 - b_len) } else { (1u64 << (search_range + 1)) - 1 };
    // Matched positions as bit sets (both lengths are at most 64).
    let (mut a_flags, mut b_flags) = (0u64, 0u64);
    let mut matches = 0usize;
    for (i, &a_char) in a.iter().enumerate() {
        let mut candidates = positions.get(a_char as usize & 31).copied().unwrap_or(0) & window & !b_flags;
        while candidates != 0 {
            // The first position whose character is `a_char` is the first the scan over the
            // window would find.
            let j = candidates.trailing_zeros() as usize;
            if b.get(j) == Some(&a_char) {
                a_flags |= 1 << i;
                b_flags |= 1 << j;
                matches += 1;
                break;
            }
            candidates &= candidates - 1;
        }
        // Next window: position `i + search_range + 1` joins, `i - search_range` leaves.
        let joins = i + search_range + 1;
        if joins < b_len {
            window |= 1 << joins;
        }
        if i >= search_range {
            window &= !(1u64.checked_shl((i - search_range) as u32).unwrap_or(0));
        }
    }
    if matches == 0 {
        return 0.0;
    }
    // Matched characters of both words paired in order; each mismatch is half a transposition.
    // The matched positions of `a` are read from its bit set, in order, without a test of
    // the positions between them.
    let mut transpositions = 0usize;
    let (mut a_rest, mut b_rest) = (a_flags, b_flags);
    while a_rest != 0 {
        let (i, j) = (a_rest.trailing_zeros() as usize, b_rest.trailing_zeros() as usize);
        a_rest &= a_rest - 1;
        b_rest &= b_rest.wrapping_sub(1);
        if b.get(j) != a.get(i) {
            transpositions += 1;
        }
    }
    transpositions /= 2;
    let sim = ((matches as f64 / a_len as f64)
        + (matches as f64 / b_len as f64)
        + ((matches - transpositions) as f64 / matches as f64))
        / 3.0;
    if sim > 0.7 {
        let prefix_length = a.iter().take(4).zip(b).take_while(|(x, y)| x == y).count();
        sim + 0.1 * prefix_length as f64 * (1.0 - sim)
    } else {
        sim
    }
}

/// The characters of each word, decoded once: word `k` is `chars[spans[k]]`.
#[derive(Default)]
struct Decoded {
    chars: Vec<char>,
    spans: Vec<Range<usize>>,
    histograms: Vec<[u8; HISTOGRAM_BUCKETS]>,
}

impl Decoded {
    #[cfg(test)]
    fn new(words: &[&str]) -> Decoded {
        let mut chars = Vec::with_capacity(words.iter().map(|w| w.len()).sum());
        let spans: Vec<Range<usize>> = words
            .iter()
            .map(|word| {
                let start = chars.len();
                chars.extend(word.chars());
                start..chars.len()
            })
            .collect();
        let histograms =
            spans.iter().map(|span| histogram(chars.get(span.clone()).unwrap_or_default())).collect();
        Decoded { chars, spans, histograms }
    }

    /// Decodes these words into the buffers, replacing what they held.
    fn refill<'w>(&mut self, words: impl Iterator<Item = &'w str>) {
        self.chars.clear();
        self.spans.clear();
        self.histograms.clear();
        for word in words {
            let start = self.chars.len();
            self.chars.extend(word.chars());
            let span = start..self.chars.len();
            self.histograms.push(histogram(self.chars.get(span.clone()).unwrap_or_default()));
            self.spans.push(span);
        }
    }

    fn word(&self, k: usize) -> Word<'_> {
        const EMPTY: &[u8; HISTOGRAM_BUCKETS] = &[0; HISTOGRAM_BUCKETS];
        Word {
            chars: self.spans.get(k).and_then(|span| self.chars.get(span.clone())).unwrap_or_default(),
            histogram: self.histograms.get(k).unwrap_or(EMPTY),
        }
    }
}

/// Buffers [`bucket_classes`] reuses from one bucket to the next.
#[derive(Default)]
struct BucketScratch {
    /// (target word number, position of its most similar source word in the bucket).
    matched: Vec<(u32, usize)>,
    /// (bound of the similarity, position) of the source words a target word may be like.
    candidates: Vec<(f64, usize)>,
    class: Vec<usize>,
    /// Source words found in the class of a target word.
    reached: Vec<bool>,
    stack: Vec<usize>,
    component: Vec<usize>,
    src: Decoded,
    tgt_chars: Vec<char>,
    /// The allocation of a bucket's list of source words, kept empty between buckets (see
    /// [`recycled`]).
    words: Vec<Word<'static>>,
}

/// The allocation of `words`, emptied, for the next bucket: the words borrow that bucket's
/// decoded characters, so the list cannot be kept itself, but collecting an emptied list into
/// one of the same layout reuses its allocation rather than freeing it.
fn recycled(mut words: Vec<Word<'_>>) -> Vec<Word<'static>> {
    words.clear();
    words.into_iter().map_while(|_| None).collect()
}

/// The classes the buckets find: (word number, number of the source word naming its class).
#[derive(Default)]
struct Found {
    src: Vec<(u32, u32)>,
    tgt: Vec<(u32, u32)>,
}

/// Maps every target word `t` of one prefix bucket to the source word `s` it is most similar
/// to (word numbers, the source words sorted by word; ties: the alphabetically first), then
/// groups into classes the source words that such a word reaches through a chain of similar
/// pairs (the class is named by its alphabetically first word). Adds the class of every target
/// word that has one to `found`, and the class of every source word of such a class.
///
/// A source word in no class of a target word can never occur on both sides, so its class
/// does not matter, and it is not looked for: such words keep their own number, and pairs of
/// them are never compared. The classes that do matter are those union-find over all similar
/// pairs would give, as connected components are whatever order their edges are found in.
#[inline(never)]
fn bucket_classes(
    (s, t): (&[u32], &[u32]),
    (src_words, tgt_words): (&[&str], &[&str]),
    leading: &[u64],
    scratch: &mut BucketScratch,
    found: &mut Found,
) {
    fn word<'a>(words: &[&'a str], k: u32) -> &'a str {
        words.get(k as usize).copied().unwrap_or_default()
    }
    let n = s.len();
    let BucketScratch { matched, candidates, class, reached, stack, component, src, tgt_chars, words: spare } =
        scratch;
    src.refill(s.iter().map(|&k| word(src_words, k)));
    let mut words: Vec<Word> = std::mem::take(spare);
    words.extend((0..n).map(|k| src.word(k)));
    matched.clear();
    let exact_only = n * t.len() > MAX_BUCKET_COMPARISONS;
    for &tk in t {
        let tgt_word = word(tgt_words, tk);
        // The source words are sorted by their first eight bytes, then by the words.
        let tgt_leading = leading_bytes(tgt_word);
        let found = s.binary_search_by(|&sk| {
            let lead = leading.get(sk as usize).copied().unwrap_or_default();
            lead.cmp(&tgt_leading).then_with(|| word(src_words, sk).cmp(tgt_word))
        });
        let best = if let Ok(k) = found {
            Some(k)
        } else if exact_only {
            None
        } else {
            tgt_chars.clear();
            tgt_chars.extend(tgt_word.chars());
            let tgt_histogram = histogram(tgt_chars);
            let tgt = Word { chars: tgt_chars, histogram: &tgt_histogram };
            // The most similar source word (ties: the first), measured from the highest bound
            // down, until no bound left can reach the best similarity found: a similarity
            // is at most its bound, give or take a rounding far below 1e-9.
            candidates.clear();
            candidates.extend(
                words.iter().enumerate().filter_map(|(k, &word)| Some((similarity_bound(word, tgt)?, k))),
            );
            candidates.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            let mut best: Option<(f64, usize)> = None;
            for &(bound, k) in candidates.iter() {
                if best.is_some_and(|(s, _)| bound + 1e-9 < s) {
                    break;
                }
                let Some(&word) = words.get(k) else { continue };
                let measured =
                    if bound.is_finite() { similar_measured(word, tgt) } else { similar_checked(word, tgt) };
                if let Some(similarity) = measured
                    && best.is_none_or(|(s, b)| similarity > s || (similarity == s && k < b))
                {
                    best = Some((similarity, k));
                }
            }
            best.map(|(_, k)| k)
        };
        if let Some(k) = best {
            matched.push((tk, k));
        }
    }
    if matched.is_empty() {
        *spare = recycled(words);
        return;
    }
    class.clear();
    class.extend(0..n);
    reached.clear();
    reached.resize(n, false);
    let compare_sources = n * n <= 2 * MAX_BUCKET_COMPARISONS;
    for &(_, k) in matched.iter() {
        if reached.get(k).is_none_or(|&r| r) {
            continue;
        }
        // The connected component of `k` in the graph of similar source pairs, each pair
        // compared as the smaller number against the larger, as union-find over all pairs
        // compared them.
        component.clear();
        component.push(k);
        stack.push(k);
        if let Some(r) = reached.get_mut(k) {
            *r = true;
        }
        while let Some(v) = stack.pop() {
            if !compare_sources {
                break;
            }
            for (u, r) in reached.iter_mut().enumerate() {
                if *r {
                    continue;
                }
                let (Some(&a), Some(&b)) = (words.get(u.min(v)), words.get(u.max(v))) else { continue };
                if similar(a, b).is_some() {
                    *r = true;
                    stack.push(u);
                    component.push(u);
                }
            }
        }
        let name = component.iter().copied().min().unwrap_or(k);
        for &c in component.iter() {
            if let Some(slot) = class.get_mut(c) {
                *slot = name;
            }
        }
    }
    let name = |c: usize| s.get(c).copied();
    for ((&k, &c), _) in s.iter().zip(class.iter()).zip(reached.iter()).filter(|(_, r)| **r) {
        if let Some(name) = name(c) {
            found.src.push((k, name));
        }
    }
    for &(tk, k) in matched.iter() {
        if let Some(name) = class.get(k).copied().and_then(name) {
            found.tgt.push((tk, name));
        }
    }
    *spare = recycled(words);
}

/// The distinct words of one side, each once, and the word of every `Word` token.
struct Vocabulary<'a> {
    /// Distinct words, in order of first occurrence.
    words: Vec<&'a str>,
    /// The position in `words` of every `Word` token, block after block (`u32::MAX` when the
    /// token's range is not a word of its block).
    occurrences: Vec<u32>,
    /// Where each block's words start in `occurrences`.
    starts: Vec<usize>,
}

/// Numbers the words of one side: each occurrence is hashed once, and everything after works
/// on word numbers.
fn vocabulary<'a>(raw: &'a [RawBlock]) -> Vocabulary<'a> {
    let n_tokens: usize = raw.iter().map(|b| b.tokens.len()).sum();
    // Words by a hash of their bytes (one multiplication per 8 bytes); the rare word whose
    // hash another word already took is numbered through `collided` instead.
    let mut numbers: FastMap<u64, u32> = FastMap::default();
    numbers.reserve(n_tokens / 4);
    let mut collided: FastMap<&str, u32> = FastMap::default();
    let mut words: Vec<&str> = Vec::new();
    let mut occurrences = Vec::with_capacity(n_tokens);
    let mut starts = Vec::with_capacity(raw.len());
    // The number of a recently seen word by some bits of its hash: most occurrences are of
    // words seen shortly before, found here without a probe of the map. A word has one number
    // whichever way it is found, so the numbers are those of the map alone.
    let mut recent = vec![(0u64, u32::MAX); RECENT_WORDS];
    let add = |words: &mut Vec<&'a str>, word: &'a str| {
        words.push(word);
        u32::try_from(words.len() - 1).unwrap_or(u32::MAX)
    };
    for block in raw {
        starts.push(occurrences.len());
        for token in &block.tokens {
            let RawToken::Word { start, end, lowered, .. } = *token else { continue };
            // A word is hashed and compared by its bytes, with no check of character
            // boundaries: bytes equal to a known word's are valid UTF-8 cut out of valid UTF-8,
            // so they begin and end on boundaries and are that word. Only a new word is taken
            // as a `str` of its block, which checks them.
            let text = if lowered { block.lowered.as_bytes() } else { block.text.as_bytes() };
            let Some(bytes) = text.get(start as usize..end as usize) else {
                occurrences.push(u32::MAX);
                continue;
            };
            let hash = word_hash(bytes);
            let slot = (hash >> (64 - RECENT_BITS)) as usize;
            let known = |words: &[&str], number: u32| {
                words.get(number as usize).is_some_and(|known| same_word(known.as_bytes(), bytes))
            };
            let number = match recent.get(slot) {
                Some(&(known_hash, number)) if known_hash == hash && known(&words, number) => number,
                _ => {
                    let number = match numbers.entry(hash) {
                        std::collections::hash_map::Entry::Vacant(entry) => match block.word(token) {
                            Some(word) => *entry.insert(add(&mut words, word)),
                            None => u32::MAX,
                        },
                        std::collections::hash_map::Entry::Occupied(entry) => {
                            let number = *entry.get();
                            if known(&words, number) {
                                number
                            } else if let Some(word) = block.word(token) {
                                *collided.entry(word).or_insert_with(|| add(&mut words, word))
                            } else {
                                u32::MAX
                            }
                        }
                    };
                    // A range that is no word of its block is remembered nowhere.
                    if number != u32::MAX
                        && let Some(entry) = recent.get_mut(slot)
                    {
                        *entry = (hash, number);
                    }
                    number
                }
            };
            occurrences.push(number);
        }
    }
    Vocabulary { words, occurrences, starts }
}

/// [`vocabulary`] remembers the last word of each of this many hash prefixes.
const RECENT_BITS: u32 = 11;
const RECENT_WORDS: usize = 1 << RECENT_BITS;

/// A 64-bit hash of a word's bytes. A word of 4 to 16 bytes, as most are, is read as two
/// (overlapping) whole words, its first and its last four or eight bytes, which with its length
/// are the word; longer and shorter ones eight bytes at a time ([`word_hash_by_chunks`]).
/// Numbers follow first occurrences whatever the hash, which only spreads the words.
#[inline]
fn word_hash(word: &[u8]) -> u64 {
    let len = word.len();
    let load8 =
        |at: usize| -> Option<u64> { Some(u64::from_le_bytes(word.get(at..at + 8)?.try_into().ok()?)) };
    let load4 = |at: usize| -> Option<u64> {
        Some(u64::from(u32::from_le_bytes(word.get(at..at + 4)?.try_into().ok()?)))
    };
    let ends = match len {
        8..=16 => load8(0).zip(load8(len - 8)),
        4..=7 => load4(0).zip(load4(len - 4)),
        _ => None,
    };
    match ends {
        Some((first, last)) => {
            let hash = (first ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            (hash.rotate_left(29) ^ last).wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        None => word_hash_by_chunks(word),
    }
}

/// A 64-bit hash of a word's bytes, eight at a time.
fn word_hash_by_chunks(word: &[u8]) -> u64 {
    let mut hash = (word.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        hash = (hash.rotate_left(5) ^ tail(word, rest.len())).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    hash
}

/// Whether two words are the same, compared by whole (overlapping) words of their bytes when
/// they are short, as most are, rather than by a call to `memcmp`.
fn same_word(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    let load8 = |bytes: &[u8], at: usize| -> Option<u64> {
        Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
    };
    let load4 = |bytes: &[u8], at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    match len {
        8..=16 => load8(a, 0) == load8(b, 0) && load8(a, len - 8) == load8(b, len - 8),
        4..=7 => load4(a, 0) == load4(b, 0) && load4(a, len - 4) == load4(b, len - 4),
        _ => a == b,
    }
}

/// The last `n` bytes (1 to 7) of `bytes` as a little-endian word padded with zeros, read by
/// whole (overlapping) words: a copy of a variable length would call `memcpy` for every word.
fn tail(bytes: &[u8], n: usize) -> u64 {
    let word =
        |at: usize| -> Option<u64> { Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?)) };
    let half = |at: usize| -> Option<u64> {
        Some(u64::from(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?)))
    };
    let len = bytes.len();
    let fast = if len >= 8 {
        // The last eight bytes, the `n` wanted ones on top: shifted down to the bottom.
        word(len - 8).map(|last| last >> (8 * (8 - n)))
    } else if n >= 4 && n == len {
        // The first four and the last four bytes, which overlap.
        half(0).zip(half(len - 4)).map(|(first, last)| first | last << (8 * (n - 4)))
    } else {
        None
    };
    fast.unwrap_or_else(|| {
        let rest = bytes.get(len.saturating_sub(n)..).unwrap_or_default();
        rest.iter().rev().fold(0u64, |tail, &byte| tail << 8 | u64::from(byte))
    })
}

/// Cognate classes over both vocabularies (Jaro–Winkler over words that share a prefix).
struct Cognates {
    /// For every source word, the source word naming its class: source words that are forms
    /// of one word (`priority`, `priorities`) share a class.
    src: Vec<u32>,
    /// For every target word, the source word naming the class of its cognate, if any.
    tgt: Vec<Option<u32>>,
}

/// Words grouped by bucket in one list: bucket `b`'s words are `words[starts[b]..starts[b + 1]]`.
struct Grouped {
    words: Vec<u32>,
    starts: Vec<usize>,
}

impl Grouped {
    /// The range of bucket `b` in `words`.
    fn span(&self, b: usize) -> Range<usize> {
        self.starts.get(b).copied().unwrap_or(0)..self.starts.get(b + 1).copied().unwrap_or(0)
    }
}

/// The source and target words grouped by their prefix bucket (numbered by the source
/// words), the source words of each bucket sorted: a class is named by its first word. With
/// them, the first eight bytes of every source word ([`leading_bytes`]), by which and then by
/// the whole word the words of a bucket are sorted.
fn prefix_buckets(src_words: &[&str], tgt_words: &[&str]) -> (Grouped, Grouped, Vec<u64>) {
    // Every source prefix numbered once; every word tagged with its bucket's number.
    let mut numbers: FastMap<u64, u32> = FastMap::default();
    numbers.reserve(src_words.len());
    let src_bucket: Vec<u32> = src_words
        .iter()
        .map(|word| {
            let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
            *numbers.entry(prefix_key(word)).or_insert(next)
        })
        .collect();
    let tgt_bucket: Vec<u32> =
        tgt_words.iter().map(|word| numbers.get(&prefix_key(word)).copied().unwrap_or(u32::MAX)).collect();
    let n_buckets = numbers.len();
    drop(numbers);
    let (mut src_grouped, tgt_grouped) = (group(&src_bucket, n_buckets), group(&tgt_bucket, n_buckets));
    // Most words of a bucket differ in their first eight bytes: compared as one number, they
    // need no call to compare the strings.
    let leading: Vec<u64> = src_words.iter().map(|word| leading_bytes(word)).collect();
    let word = |k: u32| src_words.get(k as usize).copied().unwrap_or_default();
    let lead = |k: u32| leading.get(k as usize).copied().unwrap_or_default();
    for b in 0..n_buckets {
        let range = src_grouped.span(b);
        if let Some(words) = src_grouped.words.get_mut(range) {
            words.sort_unstable_by(|&x, &y| lead(x).cmp(&lead(y)).then_with(|| word(x).cmp(word(y))));
        }
    }
    (src_grouped, tgt_grouped, leading)
}

/// The first [`PREFIX_CHARS`] characters of a word as one number, each character plus one in
/// 21 bits: equal numbers are equal prefixes ([`prefix`]), a word's three first ASCII bytes
/// read without decoding.
fn prefix_key(word: &str) -> u64 {
    if let [a, b, c, ..] = word.as_bytes()
        && (a | b | c) < 0x80
    {
        return (u64::from(*a) + 1) | (u64::from(*b) + 1) << 21 | (u64::from(*c) + 1) << 42;
    }
    word.chars()
        .take(PREFIX_CHARS)
        .zip([0, 21, 42])
        .fold(0, |key, (c, shift)| key | (u64::from(c) + 1) << shift)
}

/// The first eight bytes of a word, zeros after its end, as a big-endian number: of two words
/// whose numbers differ, the smaller number is the word that sorts first (a word that ends
/// first has a zero where the other has a byte, or a zero byte of its own, which then decides
/// nothing and the numbers are equal up to there).
fn leading_bytes(word: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (slot, &byte) in bytes.iter_mut().zip(word.as_bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(bytes)
}

/// The buckets that hold both source and target words, as (source, target) word numbers.
fn shared_buckets<'a>(src: &'a Grouped, tgt: &'a Grouped) -> Vec<(&'a [u32], &'a [u32])> {
    (0..src.starts.len().saturating_sub(1))
        .filter_map(|b| {
            let s = src.words.get(src.span(b))?;
            let t = tgt.words.get(tgt.span(b))?;
            (!s.is_empty() && !t.is_empty()).then_some((s, t))
        })
        .collect()
}

/// Places word numbers by their bucket (`u32::MAX`: none), keeping their order within a
/// bucket: a counting sort, so no bucket has a list of its own.
fn group(bucket_of: &[u32], n_buckets: usize) -> Grouped {
    let mut starts = vec![0usize; n_buckets + 1];
    for &b in bucket_of {
        if let Some(count) = starts.get_mut(b as usize + 1) {
            *count += 1;
        }
    }
    for b in 0..n_buckets {
        starts[b + 1] += starts[b];
    }
    let mut next = starts.clone();
    let mut words = vec![0u32; starts[n_buckets]];
    for (k, &b) in bucket_of.iter().enumerate() {
        if let Some(at) = next.get_mut(b as usize)
            && let Some(slot) = words.get_mut(*at)
        {
            *slot = u32::try_from(k).unwrap_or(u32::MAX);
            *at += 1;
        }
    }
    Grouped { words, starts }
}

#[inline(never)]
fn cognates(src_words: &[&str], tgt_words: &[&str]) -> Cognates {
    let (src_grouped, tgt_grouped, leading) = prefix_buckets(src_words, tgt_words);
    let buckets = shared_buckets(&src_grouped, &tgt_grouped);
    let found = buckets
        .par_iter()
        .fold(
            || (Found::default(), BucketScratch::default()),
            |(mut found, mut scratch), &bucket| {
                bucket_classes(bucket, (src_words, tgt_words), &leading, &mut scratch, &mut found);
                (found, scratch)
            },
        )
        .map(|(found, _)| found)
        .reduce(Found::default, |mut all, more| {
            all.src.extend(more.src);
            all.tgt.extend(more.tgt);
            all
        });
    let number = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
    let mut cognates =
        Cognates { src: (0..src_words.len()).map(number).collect(), tgt: vec![None; tgt_words.len()] };
    // Every word is in one bucket at most, so the order of the buckets does not matter.
    for (k, name) in found.src {
        if let Some(slot) = cognates.src.get_mut(k as usize) {
            *slot = name;
        }
    }
    for (k, name) in found.tgt {
        if let Some(slot) = cognates.tgt.get_mut(k as usize) {
            *slot = Some(name);
        }
    }
    cognates
}

/// The tokens of a block with their numbers: (offset, factor, number), those of the word scan
/// (in order of offset) from `scanned_from` on. Tokens are numbered over both sides: a word by
/// the source word naming its class, an exact token after the source words (see [`Numbered`]).
struct Resolved {
    tokens: Vec<(u32, f32, u32)>,
    scanned_from: usize,
}

/// The exact tokens of both sides numbered from `base` on, so that frequencies and weights are
/// kept in lists by number rather than in maps by id.
struct Numbered {
    /// The number of every `Exact` token of the source blocks, block after block, and where
    /// each block's numbers start there.
    src: (Vec<u32>, Vec<usize>),
    /// The same for the target blocks.
    tgt: (Vec<u32>, Vec<usize>),
    /// The id of number `base + k`.
    ids: Vec<TokenId>,
}

/// Numbers the exact tokens of both sides from `base` on, each id once.
fn number_exact(src: &[RawBlock], tgt: &[RawBlock], base: u32) -> Numbered {
    let mut numbers: FastMap<TokenId, u32> = FastMap::default();
    let mut ids: Vec<TokenId> = Vec::new();
    let mut side = |raw: &[RawBlock]| -> (Vec<u32>, Vec<usize>) {
        let mut occurrences = Vec::new();
        let mut starts = Vec::with_capacity(raw.len());
        for block in raw {
            starts.push(occurrences.len());
            for token in &block.tokens {
                if let RawToken::Exact { id, .. } = *token {
                    let next = base.saturating_add(u32::try_from(ids.len()).unwrap_or(u32::MAX));
                    let number = *numbers.entry(id).or_insert_with(|| {
                        ids.push(id);
                        next
                    });
                    occurrences.push(number);
                }
            }
        }
        (occurrences, starts)
    };
    let src = side(src);
    let tgt = side(tgt);
    Numbered { src, tgt, ids }
}

/// Two lists of positions sorted by (offset, rank) merged into one so sorted.
fn merge_by_position(
    few: &[(u32, u32)],
    many: impl Iterator<Item = (u32, u32)>,
    capacity: usize,
) -> Vec<(u32, u32)> {
    let mut merged = Vec::with_capacity(capacity);
    let mut few = few.iter().copied().peekable();
    for p in many {
        while let Some(f) = few.next_if(|f| *f <= p) {
            merged.push(f);
        }
        merged.push(p);
    }
    merged.extend(few);
    merged
}

/// The values of every block of each side, when the caller has them already.
pub(crate) type GivenValues<'a> = Option<(&'a [Vec<Value>], &'a [Vec<Value>])>;

/// Per token number below `n_numbers`: the number of source blocks and of target blocks that
/// hold it, the largest factor it has anywhere (at least 1), and the last block that counted it
/// (numbered from 1 over both sides), so that a block counts a token once without its tokens
/// being sorted.
fn document_frequencies(src: &[Resolved], tgt: &[Resolved], n_numbers: usize) -> Vec<(u32, u32, f32, u32)> {
    let mut counted = vec![(0u32, 0u32, 1.0f32, 0u32); n_numbers];
    // Blocks are numbered from 1 over both sides: 0 is no block.
    let mut block_number = 0u32;
    for (side, blocks) in [(0, src), (1, tgt)] {
        for block in blocks {
            block_number += 1;
            for &(_, factor, number) in &block.tokens {
                let Some(entry) = counted.get_mut(number as usize) else { continue };
                if entry.3 != block_number {
                    entry.3 = block_number;
                    if side == 0 { entry.0 += 1 } else { entry.1 += 1 }
                }
                entry.2 = entry.2.max(factor);
            }
        }
    }
    counted
}

/// A block's tokens by id (offset, factor, id), as [`Resolved`] held them.
#[cfg(test)]
type ResolvedById = Vec<(u32, f32, TokenId)>;

/// [`document_frequencies`] as it was, by token id in a map; kept to test the new against.
#[cfg(test)]
fn document_frequencies_by_id(
    src: &[ResolvedById],
    tgt: &[ResolvedById],
) -> FastMap<TokenId, (u32, u32, f32, u32)> {
    let mut counted: FastMap<TokenId, (u32, u32, f32, u32)> = FastMap::default();
    let mut number = 0u32;
    for (side, blocks) in [(0, src), (1, tgt)] {
        for block in blocks {
            number += 1;
            for &(_, factor, id) in block {
                let entry = counted.entry(id).or_insert((0, 0, 1.0, 0));
                if entry.3 != number {
                    entry.3 = number;
                    if side == 0 { entry.0 += 1 } else { entry.1 += 1 }
                }
                entry.2 = entry.2.max(factor);
            }
        }
    }
    counted
}

/// Computes the features of every block of both documents.
pub(crate) fn compute(
    src: &Document,
    tgt: &Document,
    src_lang: Lang,
    tgt_lang: Lang,
    given: GivenValues,
) -> Features {
    fn raw<'a>(doc: &'a Document, lang: Lang, values: Option<&[Vec<Value>]>) -> Vec<RawBlock<'a>> {
        doc.blocks
            .par_iter()
            .enumerate()
            .map(|(i, b)| raw_block(b, lang, values.and_then(|v| v.get(i)).map(Vec::as_slice)))
            .collect()
    }
    let (src_raw, tgt_raw) =
        rayon::join(|| raw(src, src_lang, given.map(|g| g.0)), || raw(tgt, tgt_lang, given.map(|g| g.1)));
    let (src_vocabulary, tgt_vocabulary) = rayon::join(|| vocabulary(&src_raw), || vocabulary(&tgt_raw));
    let cognate = cognates(&src_vocabulary.words, &tgt_vocabulary.words);
    // The id of every word, hashed once per word rather than once per occurrence: a source
    // word is its class's id, a target word takes its cognate's (or has none). A source word
    // whose class no target word shares can never occur on both sides, so it would get no
    // weight: it gets no id here rather than being carried to the end.
    let mut shared_classes = vec![false; src_vocabulary.words.len()];
    for class in cognate.tgt.iter().flatten() {
        if let Some(shared) = shared_classes.get_mut(*class as usize) {
            *shared = true;
        }
    }
    // Every token is numbered: a word by its class (the source word naming it), an exact token
    // after the source words; `token_ids` holds the id of every number that has one.
    let n_words = src_vocabulary.words.len();
    let numbered = number_exact(&src_raw, &tgt_raw, u32::try_from(n_words).unwrap_or(u32::MAX));
    let mut token_ids: Vec<TokenId> = src_vocabulary
        .words
        .iter()
        .zip(&shared_classes)
        .map(|(name, &shared)| if shared { token_id("word", name) } else { 0 })
        .collect();
    token_ids.extend_from_slice(&numbered.ids);
    let src_word_numbers: Vec<Option<u32>> = cognate
        .src
        .iter()
        .map(|&class| shared_classes.get(class as usize).copied().unwrap_or(false).then_some(class))
        .collect();
    let resolve = |raw: &[RawBlock],
                   vocabulary: &Vocabulary,
                   numbers: &[Option<u32>],
                   exact: &(Vec<u32>, Vec<usize>)| {
        let (exact, exact_starts) = exact;
        raw.par_iter()
            .zip(vocabulary.starts.par_iter())
            .zip(exact_starts.par_iter())
            .map(|((b, &word_start), &exact_start)| -> Resolved {
                let mut words = vocabulary.occurrences.get(word_start..).unwrap_or_default().iter();
                let mut exacts = exact.get(exact_start..).unwrap_or_default().iter();
                let mut resolve = |t: &RawToken| match *t {
                    RawToken::Exact { at, boosted, .. } => {
                        Some((at, if boosted { FOOTNOTE_REF_BOOST } else { 1.0 }, *exacts.next()?))
                    }
                    RawToken::Word { at, .. } => {
                        let number = *words.next()?;
                        let number = numbers.get(number as usize).copied().flatten()?;
                        Some((at, 1.0, number))
                    }
                };
                let (fixed, scanned) = b.tokens.split_at(b.scanned_from.min(b.tokens.len()));
                let mut tokens = Vec::with_capacity(b.tokens.len());
                tokens.extend(fixed.iter().filter_map(&mut resolve));
                let scanned_from = tokens.len();
                tokens.extend(scanned.iter().filter_map(&mut resolve));
                tokens.shrink_to_fit();
                Resolved { tokens, scanned_from }
            })
            .collect::<Vec<_>>()
    };
    let (src_ids, tgt_ids) = rayon::join(
        || resolve(&src_raw, &src_vocabulary, &src_word_numbers, &numbered.src),
        || resolve(&tgt_raw, &tgt_vocabulary, &cognate.tgt, &numbered.tgt),
    );
    // The words and their maps are done with: free them before the next allocations.
    let shape = |raw: Vec<RawBlock>| -> Vec<BlockShape> {
        raw.into_iter()
            .map(|b| BlockShape {
                len: b.len,
                heading: b.heading,
                has_date: b.has_date,
                has_values: b.has_values,
            })
            .collect()
    };
    drop((shared_classes, src_word_numbers, numbered, cognate, src_vocabulary, tgt_vocabulary));
    let (src_shape, tgt_shape) = (shape(src_raw), shape(tgt_raw));

    // Document frequencies per side; a token must occur on both sides to carry weight.
    let frequency = document_frequencies(&src_ids, &tgt_ids, token_ids.len());
    let n_blocks = (src_ids.len() + tgt_ids.len()).max(1) as f32;
    // The id and weight of every number, side by side; weight 0 for none (a token that has
    // one weighs more than 0).
    let weights: Vec<(TokenId, f32)> = frequency
        .into_iter()
        .zip(token_ids)
        .map(|((s, t, factor, _), id)| {
            (id, if s > 0 && t > 0 { factor * (n_blocks / (s + t) as f32).ln().max(0.0) } else { 0.0 })
        })
        .collect();
    // The weighted tokens sorted by id once (ids of equal hash share a rank), so that a unit's
    // tokens come in order of id from a bit set of its ranks rather than from a sort.
    let mut by_id: Vec<(TokenId, u32)> =
        weights.iter().zip(0u32..).filter(|(w, _)| w.1 > 0.0).map(|(w, number)| (w.0, number)).collect();
    by_id.sort_unstable();
    let mut rank_of = vec![u32::MAX; weights.len()];
    let mut ranked: Vec<(TokenId, f32)> = Vec::with_capacity(by_id.len());
    let mut last_id = None;
    for &(id, number) in &by_id {
        if last_id != Some(id)
            && let Some(&(_, w)) = weights.get(number as usize)
        {
            // From here on a token is known by its rank: ranks follow ids, so lists sorted by
            // id stay sorted and equal ids stay equal, and small numbers can index tables.
            ranked.push((ranked.len() as TokenId, w));
            last_id = Some(id);
        }
        if let Some(rank) = rank_of.get_mut(number as usize) {
            *rank = u32::try_from(ranked.len().saturating_sub(1)).unwrap_or(u32::MAX);
        }
    }
    drop(by_id);
    let n_ranks = ranked.len();

    let finish = |shapes: Vec<BlockShape>, ids: Vec<Resolved>| -> Vec<BlockFeatures> {
        shapes
            .into_par_iter()
            .zip(ids.into_par_iter())
            .map_init(
                || RankScratch::for_ranks(n_ranks),
                |scratch, (b, ids)| {
                    let weighted = |&(at, _, number): &(u32, f32, u32)| {
                        let rank = *rank_of.get(number as usize)?;
                        (rank != u32::MAX).then_some((at, rank))
                    };
                    let (fixed, scanned) = ids.tokens.split_at(ids.scanned_from.min(ids.tokens.len()));
                    // By offset, then rank: the scan's tokens are in order of offset already, so
                    // only the others are sorted, then merged in.
                    let mut fixed_weighted: Vec<(u32, u32)> = Vec::with_capacity(fixed.len());
                    fixed_weighted.extend(fixed.iter().filter_map(weighted));
                    let mut fixed = fixed_weighted;
                    fixed.sort_unstable();
                    let positions =
                        merge_by_position(&fixed, scanned.iter().filter_map(weighted), ids.tokens.len());
                    let ranks = positions.iter().map(|p| p.1);
                    BlockFeatures {
                        unit: unit_of_ranks(b.len as f64, ranks, &ranked, b.heading, scratch),
                        positions,
                        has_date: b.has_date,
                        has_values: b.has_values,
                    }
                },
            )
            .collect()
    };
    let (src_features, tgt_features) =
        rayon::join(|| finish(src_shape, src_ids), || finish(tgt_shape, tgt_ids));
    Features { src: src_features, tgt: tgt_features, ranked }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn a_time_of_day_dates_no_block() {
        let dated = |text: &str, lang| dates_block(&values::extract(text, lang));
        // A meeting's hours, read as times in Swedish and as figures in English.
        assert!(!dated("Mötet pågick kl. 9.30–17.15.", Lang::Sv));
        assert!(!dated("Mötet började kl. 10.00.", Lang::Sv));
        // A date with its hour, a date range and a year still date a block.
        assert!(dated("Bryssel den 25 februari 2026 kl. 10.00", Lang::Sv));
        assert!(dated("from 3 to 5 March 2026", Lang::En));
        assert!(dated("Brussels, 25 February 2026", Lang::En));
        assert!(is_time_of_day("range:09:30..17:15"));
        assert!(!is_time_of_day("range:2026-03-03..2026-03-05"));
    }

    #[test]
    fn a_month_named_alone_dates_no_block() {
        let dated = |text: &str, lang| dates_block(&values::extract(text, lang));
        // A month alone is an optional date, one version may not read it (a compound).
        assert!(!dated("compared with the May Bulletin", Lang::En));
        assert!(!dated("jämfört med majbulletinen", Lang::Sv));
        assert!(!dated("An exceptionally warm spell in the third dekad of May.", Lang::En));
        assert!(!dated("En varm period under den tredje tiodagarsperioden i maj.", Lang::Sv));
        // A day and month, a month with its year, a place-and-date line still date a block.
        assert!(dated("since 1 April", Lang::En));
        assert!(dated("sedan den 1 april", Lang::Sv));
        assert!(dated("Bryssel den 29 januari 2026", Lang::Sv));
        assert!(dated("Brussels, 29.1.2026", Lang::En));
    }

    #[test]
    fn a_whole_line_of_a_formula_says_what_its_table_says() {
        assert_eq!(formula_line("HAS ADOPTED THIS RECOMMENDATION:", Lang::En), Some("adopted"));
        assert_eq!(formula_line("**HEREBY RECOMMENDS:**", Lang::En), Some("adopted"));
        assert_eq!(formula_line("HÄRIGENOM REKOMMENDERAS FÖLJANDE.", Lang::Sv), Some("adopted"));
        assert_eq!(formula_line("HÄRIGENOM FÖRESKRIVS FÖLJANDE.", Lang::Sv), Some("adopted"));
        assert_eq!(formula_line("*Ordförande*", Lang::Sv), Some("president"));
        // The enacting formula of any act, in capitals as it is set.
        assert_eq!(formula_line("HAS ADOPTED THE FOLLOWING RULES OF PROCEDURE:", Lang::En), Some("adopted"));
        assert_eq!(formula_line("**HAVE ADOPTED THIS JOINT ACTION:**", Lang::En), Some("adopted"));
        // Not a sentence that says an act was adopted.
        assert_eq!(
            formula_line("has adopted the following rules of procedure for its meetings.", Lang::En),
            None
        );
        assert_eq!(formula_line("Has adopted this text.", Lang::En), None);
        // The formula at the head of a Swedish act names its author: no whole line.
        assert_eq!(formula_line("EUROPEISKA UNIONENS RÅD HAR ANTAGIT DENNA REKOMMENDATION", Lang::Sv), None);
        // Words after the formula make a sentence.
        assert_eq!(formula_line("The Council has adopted this recommendation.", Lang::En), None);
    }

    #[test]
    fn an_operative_opener_says_what_its_opener_says() {
        assert_eq!(formula_line("**RECOMMENDS THAT MEMBER STATES:**", Lang::En), Some("recommends"));
        assert_eq!(formula_line("RECOMMENDS THAT THE COMMISSION:", Lang::En), Some("recommends"));
        assert_eq!(formula_line("HEREBY RECOMMENDS THAT MEMBER STATES:", Lang::En), Some("recommends"));
        assert_eq!(formula_line("HÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT", Lang::Sv), Some("recommends"));
        assert_eq!(
            formula_line("HÄRIGENOM REKOMMENDERAS LETTLAND ATT VIDTA ÅTGÄRDER FÖR ATT", Lang::Sv),
            Some("recommends")
        );
        // Only its first word need be in capitals.
        assert_eq!(
            formula_line("HEREBY RECOMMENDS that Portugal take action in 2025 and 2026 to:", Lang::En),
            Some("recommends")
        );
        assert_eq!(formula_line("WELCOMES THE COMMISSION'S INTENTION TO:", Lang::En), Some("welcomes"));
        assert_eq!(formula_line("VÄLKOMNAR KOMMISSIONENS AVSIKT ATT", Lang::Sv), Some("welcomes"));
        assert_eq!(formula_line("RÅDET VÄLKOMNAR KOMMISSIONENS AVSIKT ATT", Lang::Sv), Some("welcomes"));
        assert_eq!(formula_line("INVITES THE COMMISSION TO:", Lang::En), Some("invites"));
        assert_eq!(formula_line("UPPMANAR KOMMISSIONEN ATT", Lang::Sv), Some("invites"));
    }

    #[test]
    fn the_formula_that_opens_the_operative_part_stands_alone_as_a_heading() {
        let text = "(7) A recital.\n\nHAS ADOPTED THIS RECOMMENDATION:\n\n**RECOMMENDS THAT MEMBER STATES:**\n\n\
                    Whereas:\n\n*For the Council*\n\nRecommends that Member States act:\n";
        let doc = crate::document::parse("en.md", text.to_string(), crate::document::Format::Markdown);
        let heading: Vec<bool> = doc.blocks.iter().map(|b| raw_block(b, Lang::En, None).heading).collect();
        assert_eq!(heading, [false, true, true, false, false, false]);
    }

    #[test]
    fn an_opener_in_running_text_is_no_formula() {
        // Not in capitals: a sentence that starts with the verb.
        assert_eq!(formula_line("Recommends that Member States act.", Lang::En), None);
        assert_eq!(formula_line("Välkomnar kommissionens avsikt att", Lang::Sv), None);
        // A sentence in capitals, not a lead-in.
        assert_eq!(formula_line("WELCOMES THE REPORT.", Lang::En), None);
        // The opener's words alone, with no one addressed, are no opener.
        assert_eq!(formula_line("RECOMMENDS THAT", Lang::En), None);
        // A paragraph longer than a formula line.
        let long = format!("RECOMMENDS THAT MEMBER STATES {}:", "TAKE ACTION ".repeat(8));
        assert_eq!(formula_line(&long, Lang::En), None);
        // The opener of the other language.
        assert_eq!(formula_line("HÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT", Lang::En), None);
    }

    /// The cognate classes of one prefix bucket, by position in the bucket's word lists.
    struct BucketClasses {
        /// For every source word, the position of the word naming its class.
        src: Vec<usize>,
        /// For every target word, the position of the source word naming its class, if any.
        tgt: Vec<Option<usize>>,
    }

    /// Groups the source words of one prefix bucket (sorted) into classes (union-find over similar
    /// pairs; the class is named by its alphabetically first word) and maps every target word of
    /// the bucket to the class of its most similar source word (ties: the alphabetically first).
    fn bucket_cognates(src_words: &[&str], tgt_words: &[&str]) -> BucketClasses {
        let mut parent: Vec<usize> = (0..src_words.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let src_chars = Decoded::new(src_words);
        if src_words.len() * src_words.len() <= 2 * MAX_BUCKET_COMPARISONS {
            for i in 0..src_words.len() {
                for j in i + 1..src_words.len() {
                    if similar(src_chars.word(i), src_chars.word(j)).is_some() {
                        let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                        // Words are sorted, so the smaller index names the class.
                        parent[a.max(b)] = a.min(b);
                    }
                }
            }
        }
        let class: Vec<usize> = (0..src_words.len()).map(|i| root(&mut parent, i)).collect();
        let exact_only = src_words.len() * tgt_words.len() > MAX_BUCKET_COMPARISONS;
        let mut tgt_chars: Vec<char> = Vec::new();
        let tgt = tgt_words
            .iter()
            .map(|tgt_word| {
                if let Ok(k) = src_words.binary_search(tgt_word) {
                    return class.get(k).copied();
                }
                if exact_only {
                    return None;
                }
                tgt_chars.clear();
                tgt_chars.extend(tgt_word.chars());
                let tgt_histogram = histogram(&tgt_chars);
                let tgt = Word { chars: &tgt_chars, histogram: &tgt_histogram };
                let mut best: Option<(f64, usize)> = None;
                for k in 0..src_words.len() {
                    if let Some(similarity) = similar(src_chars.word(k), tgt)
                        && best.is_none_or(|(s, _)| similarity > s)
                    {
                        best = Some((similarity, k));
                    }
                }
                best.and_then(|(_, k)| class.get(k).copied())
            })
            .collect();
        BucketClasses { src: class, tgt }
    }

    /// The cognate table as it was built before the buckets shared their buffers.
    fn cognates_reference<'a>(src_words: &[&'a str], tgt_words: &[&'a str]) -> Cognates {
        let (src_grouped, tgt_grouped, _) = prefix_buckets(src_words, tgt_words);
        let buckets = shared_buckets(&src_grouped, &tgt_grouped);
        let results: Vec<BucketClasses> = buckets
            .par_iter()
            .map(|(s, t)| {
                let word = |words: &[&'a str], k: u32| words.get(k as usize).copied().unwrap_or_default();
                let s_words: Vec<&str> = s.iter().map(|&k| word(src_words, k)).collect();
                let t_words: Vec<&str> = t.iter().map(|&k| word(tgt_words, k)).collect();
                bucket_cognates(&s_words, &t_words)
            })
            .collect();
        let number = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
        let mut cognates =
            Cognates { src: (0..src_words.len()).map(number).collect(), tgt: vec![None; tgt_words.len()] };
        for ((s, t), classes) in buckets.iter().zip(results) {
            for (&k, class) in s.iter().zip(classes.src) {
                if let (Some(slot), Some(&name)) = (cognates.src.get_mut(k as usize), s.get(class)) {
                    *slot = name;
                }
            }
            for (&k, class) in t.iter().zip(classes.tgt) {
                if let Some(slot) = cognates.tgt.get_mut(k as usize) {
                    *slot = class.and_then(|c| s.get(c).copied());
                }
            }
        }
        cognates
    }

    /// The words and acronyms of `text` as the scan gives them: (offset, lower-case word).
    fn scanned(text: &str) -> Vec<(u32, String)> {
        let (mut tokens, mut lowered) = (Vec::new(), String::new());
        let continuation = scan_words(text, &mut tokens, &mut lowered);
        assert_eq!(continuation, text.len() - text.chars().count(), "{text:?}");
        assert_eq!(trimmed_chars(text, continuation), text.trim().chars().count(), "{text:?}");
        let block = RawBlock {
            text,
            lowered,
            len: 0,
            tokens: vec![],
            scanned_from: 0,
            heading: false,
            has_date: false,
            has_values: false,
        };
        tokens
            .iter()
            .map(|t| match *t {
                RawToken::Word { at, .. } => (at, block.word(t).unwrap().to_string()),
                RawToken::Exact { at, id, .. } => (at, format!("#{id}")),
            })
            .collect()
    }

    /// The plain definition: runs of alphabetic characters, by `char` methods.
    fn plain_words(text: &str) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        let mut start = None;
        for (at, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            if ch.is_alphabetic() {
                start.get_or_insert(at);
                continue;
            }
            let Some(s) = start.take() else { continue };
            let word = &text[s..at];
            let n = word.chars().count();
            if (2..MIN_WORD_CHARS).contains(&n) && word.chars().all(char::is_uppercase) {
                out.push((s as u32, format!("#{}", token_id("acronym", word))));
            } else if n >= MIN_WORD_CHARS {
                out.push((s as u32, word.to_lowercase()));
            }
        }
        out
    }

    #[test]
    fn scan_finds_words_and_acronyms() {
        let text = "The EU and ÅÄÖ: Straße, ÉTATS-membres; NATO 2026 señor Σίσυφος";
        assert_eq!(scanned(text), plain_words(text));
        assert!(scanned(text).iter().any(|(_, w)| w == "straße"));
    }

    proptest::proptest! {
        #[test]
        fn scan_is_the_plain_definition(text in "[a-zA-Z0-9 .,åäöÅÄÖéΣσßÞþ×÷ÀÿªµÈ\u{300}\u{1F600}-]{0,60}") {
            proptest::prop_assert_eq!(scanned(&text), plain_words(&text));
        }

        #[test]
        fn the_scan_counts_the_characters_with_white_space_around(
            text in "[aZ \t\n\u{a0}\u{2003}\u{3000}\u{212A}\u{17F}åÄ×–’\u{1F600}]{0,40}",
        ) {
            // `scanned` checks the count of every text against `chars`.
            proptest::prop_assert_eq!(scanned(&text), plain_words(&text));
        }
    }

    #[test]
    fn words_are_numbered_by_first_occurrence_on_the_fixture() {
        for (name, lang) in [("en.md", Lang::En), ("sv.md", Lang::Sv)] {
            let path = format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR"));
            let doc = crate::document::parse(
                name,
                std::fs::read_to_string(path).unwrap(),
                crate::document::Format::Markdown,
            );
            let raw: Vec<RawBlock> = doc.blocks.iter().map(|b| raw_block(b, lang, None)).collect();
            let vocabulary = vocabulary(&raw);
            let mut numbers: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
            let mut words = Vec::new();
            let mut occurrences = Vec::new();
            for block in &raw {
                for token in block.tokens.iter().filter(|t| matches!(t, RawToken::Word { .. })) {
                    let word = block.word(token).unwrap();
                    let next = words.len() as u32;
                    let number = *numbers.entry(word).or_insert_with(|| {
                        words.push(word);
                        next
                    });
                    occurrences.push(number);
                }
            }
            // Enough words for many to share a slot of the recent ones.
            assert!(words.len() > RECENT_WORDS / 2, "{}", words.len());
            assert_eq!(vocabulary.words, words);
            assert_eq!(vocabulary.occurrences, occurrences);
        }
    }

    #[test]
    fn the_fixture_words_have_distinct_hashes() {
        for name in ["en.md", "sv.md"] {
            let path = format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap().to_lowercase();
            let words: BTreeSet<&str> =
                text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
            let hashes: BTreeSet<u64> = words.iter().map(|w| word_hash(w.as_bytes())).collect();
            assert!(words.len() > 1000);
            assert_eq!(hashes.len(), words.len());
        }
    }

    #[test]
    fn rejections_by_prefix_are_the_threshold() {
        for (p, &(num, den)) in REJECTION_BY_PREFIX.iter().enumerate() {
            let bonus = 0.1 * p as f64;
            let limit = (COGNATE_SIMILARITY - bonus) / (1.0 - bonus) * 3.0 - 1.0;
            assert!((num as f64 * limit - den as f64).abs() < 1e-9, "{p}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_bound_never_rejects_a_cognate_and_bounds_its_similarity(
            a in "[abcå\u{212A}]{1,12}",
            b in "[abcå\u{212A}]{1,12}",
            prefix in "[ab]{0,4}",
        ) {
            let (a, b) = (format!("{prefix}{a}"), format!("{prefix}{b}"));
            let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let (hx, hy) = (histogram(&x), histogram(&y));
            let (wx, wy) = (Word { chars: &x, histogram: &hx }, Word { chars: &y, histogram: &hy });
            let similarity = jaro_winkler(&x, &y);
            match similarity_bound(wx, wy) {
                None => proptest::prop_assert!(similar_checked(wx, wy).is_none()),
                Some(bound) => proptest::prop_assert!(similarity <= bound + 1e-12, "{similarity} {bound}"),
            }
            proptest::prop_assert_eq!(similar(wx, wy).map(f64::to_bits), similar_checked(wx, wy).map(f64::to_bits));
        }
    }

    #[test]
    fn raw_tokens_stay_small() {
        // Millions of them are alive at once on a large document.
        assert_eq!(std::mem::size_of::<RawToken>(), 16);
    }

    /// The cognate classes of two word lists, by word.
    fn classes<'a>(
        src: &[&'a str],
        tgt: &[&'a str],
    ) -> (BTreeMap<&'a str, &'a str>, BTreeMap<&'a str, &'a str>) {
        let map = cognates(src, tgt);
        let src_map = src.iter().zip(&map.src).map(|(w, &c)| (*w, src[c as usize])).collect();
        let tgt_map =
            tgt.iter().zip(&map.tgt).filter_map(|(w, c)| c.map(|c| (*w, src[c as usize]))).collect();
        (src_map, tgt_map)
    }

    #[test]
    fn cognates_pair_names_and_skip_unrelated_words() {
        let src = ["tunisia", "frontex", "schengen", "house"];
        let tgt = ["tunisien", "frontex", "schengenområdet", "huset", "bostad"];
        let (_, tgt_map) = classes(&src, &tgt);
        assert_eq!(tgt_map.get("tunisien"), Some(&"tunisia"));
        assert_eq!(tgt_map.get("frontex"), Some(&"frontex"));
        assert_eq!(tgt_map.get("bostad"), None);
    }

    #[test]
    fn source_forms_of_one_word_share_a_class() {
        // In no particular order: classes are named by their alphabetically first word.
        let src = ["prison", "priority", "priorities"];
        let tgt = ["prioriteringar"];
        let (src_map, tgt_map) = classes(&src, &tgt);
        assert_eq!(src_map.get("priority"), Some(&"priorities"));
        assert_eq!(src_map.get("priorities"), Some(&"priorities"));
        assert_eq!(src_map.get("prison"), Some(&"prison"));
        assert_eq!(tgt_map.get("prioriteringar"), Some(&"priorities"));
    }

    fn same_as_strsim(a: &str, b: &str) -> bool {
        let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        jaro_winkler(&x, &y).to_bits() == strsim::jaro_winkler(a, b).to_bits()
    }

    /// `similar` (with its quick bound) against the plain definition over `strsim`.
    fn same_decision(a: &str, b: &str) -> bool {
        let decoded = Decoded::new(&[a, b]);
        let (a_len, b_len) = (a.chars().count(), b.chars().count());
        let plain = strsim::jaro_winkler(a, b);
        let expected =
            (a_len <= 2 * b_len && b_len <= 2 * a_len && plain >= COGNATE_SIMILARITY).then_some(plain);
        let (a, b) = (decoded.word(0), decoded.word(1));
        similar(a, b).map(f64::to_bits) == expected.map(f64::to_bits)
            && similar_checked(a, b).map(f64::to_bits) == expected.map(f64::to_bits)
    }

    #[test]
    fn jaro_winkler_is_strsims_on_the_fixture_vocabularies() {
        let read = |name: &str| {
            std::fs::read_to_string(format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
        };
        let (en, sv) = (read("en.md"), read("sv.md"));
        let vocabulary: BTreeSet<String> = en
            .split(|c: char| !c.is_alphabetic())
            .chain(sv.split(|c: char| !c.is_alphabetic()))
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_lowercase)
            .collect();
        let words: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
        assert!(words.len() > 1000);
        let mut compared = 0;
        // Every pair of a prefix bucket (the pairs the cognate table compares), and each word
        // against its neighbours in sorted order and a spread of others.
        for (i, a) in words.iter().enumerate() {
            let others = (i + 1..words.len())
                .take_while(|&j| prefix(words[j]) == prefix(a))
                .chain((1..8).map(|d| (i + d) % words.len()))
                .chain((1..8).map(|d| (i * 7919 + d * 104_729) % words.len()));
            for j in others {
                assert!(same_as_strsim(a, words[j]), "{a} {}", words[j]);
                assert!(same_as_strsim(words[j], a), "{} {a}", words[j]);
                assert!(same_decision(a, words[j]), "{a} {}", words[j]);
                compared += 2;
            }
        }
        assert!(compared > 30_000, "{compared}");
    }

    #[test]
    fn jaro_winkler_edge_cases_are_strsims() {
        let long = "a".repeat(70) + "b";
        for (a, b) in [
            ("", ""),
            ("", "abc"),
            ("abc", ""),
            ("a", "a"),
            ("ab", "ba"),
            ("martha", "marhta"),
            ("dixon", "dicksonx"),
            (long.as_str(), "aab"),
            (long.as_str(), long.as_str()),
        ] {
            assert!(same_as_strsim(a, b), "{a:?} {b:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn jaro_winkler_is_strsims(a in "[abcåäö]{0,20}", b in "[abcåäö]{0,20}") {
            proptest::prop_assert!(same_as_strsim(&a, &b));
            proptest::prop_assert!(same_decision(&a, &b));
        }

        #[test]
        fn similar_decides_as_strsim(stem in "[a-zé]{3,8}", a in "[a-zé]{0,6}", b in "[a-zé]{0,6}") {
            // Words sharing a stem, as in a prefix bucket: near the similarity threshold.
            let (a, b) = (stem.clone() + &a, stem + &b);
            proptest::prop_assert!(same_decision(&a, &b));
        }

        #[test]
        fn units_of_ranks_are_the_sorted_units(
            n in 1usize..300,
            picks in proptest::collection::vec(0usize..1000, 0..200),
        ) {
            // Ranks of distinct ids in order, one weight each; few ranks are sorted, many marked.
            let ranked: Vec<(TokenId, f32)> = (0..n).map(|r| (r as u64 * 977 + 5, (r % 7) as f32 * 0.25)).collect();
            let ranks: Vec<u32> = picks.iter().map(|&p| (p % n) as u32).collect();
            let mut scratch = RankScratch::for_ranks(n);
            let new = unit_of_ranks(3.0, ranks.iter().copied(), &ranked, true, &mut scratch);
            let tokens = ranks.iter().map(|&r| ranked[r as usize]).collect();
            let old = Unit::with_one_weight_per_id(3.0, tokens, true);
            proptest::prop_assert_eq!(new.tokens, old.tokens);
            proptest::prop_assert_eq!(new.weight.to_bits(), old.weight.to_bits());
            proptest::prop_assert!(scratch.bits.iter().all(|&w| w == 0));
        }

        #[test]
        fn prefix_is_the_prefix_by_chars(word in "[aåÅ\u{1F600}z]{0,6}") {
            proptest::prop_assert_eq!(prefix(&word), prefix_by_chars(&word));
        }

        #[test]
        fn prefix_keys_are_equal_for_equal_prefixes(
            a in "[ab\u{0}åÅ\u{212A}\u{17F}\u{a0}\u{1F600}]{0,5}",
            b in "[ab\u{0}åÅ\u{212A}\u{17F}\u{a0}\u{1F600}]{0,5}",
        ) {
            proptest::prop_assert_eq!(prefix_key(&a) == prefix_key(&b), prefix(&a) == prefix(&b));
        }

        #[test]
        fn leading_bytes_sort_as_the_words(
            a in "[ab\u{0}åäö\u{212A}\u{17F}\u{a0}]{0,10}",
            b in "[ab\u{0}åäö\u{212A}\u{17F}\u{a0}]{0,10}",
        ) {
            let by_key = leading_bytes(&a).cmp(&leading_bytes(&b)).then_with(|| a.cmp(&b));
            proptest::prop_assert_eq!(by_key, a.cmp(&b));
        }

        #[test]
        fn lower_run_counts_the_leading_lower_case_letters(
            bytes in proptest::collection::vec(proptest::prop_oneof![0x5Bu8..0x80, proptest::num::u8::ANY], 0..40),
        ) {
            let plain = bytes.iter().take_while(|&&b| ASCII_CLASS[usize::from(b)] == LOWER).count();
            proptest::prop_assert_eq!(lower_run(&bytes), plain);
        }

        #[test]
        fn jaro_winkler_is_strsims_when_characters_share_a_bucket(a in "[eåE%a!Aäd]{0,24}", b in "[eåE%a!Aäd]{0,24}") {
            // 'e', 'å', 'E' and '%' share their low five bits, as do 'a', '!' and 'A', and 'ä'
            // and 'd': the position masks hold positions of other characters, which the match
            // search must skip.
            proptest::prop_assert!(same_as_strsim(&a, &b));
        }

        #[test]
        fn jaro_winkler_is_strsims_on_long_words(a in "[ab]{50,70}", b in "[ab]{55,70}") {
            proptest::prop_assert!(same_as_strsim(&a, &b));
        }
    }

    #[test]
    fn grouping_keeps_the_order_within_a_bucket_and_drops_words_of_none() {
        let grouped = group(&[1, u32::MAX, 0, 1, 1], 3);
        assert_eq!(grouped.words, vec![2, 0, 3, 4]);
        assert_eq!(grouped.starts, vec![0, 1, 4, 4]);
    }

    /// What of a cognate table the features use: the class of every source word whose class a
    /// target word shares (`None` for the others, which get no id), and every target word's.
    fn shared_view(cognates: &Cognates) -> (Vec<Option<u32>>, Vec<Option<u32>>) {
        let shared: BTreeSet<u32> = cognates.tgt.iter().flatten().copied().collect();
        let src = cognates.src.iter().map(|class| shared.contains(class).then_some(*class)).collect();
        (src, cognates.tgt.clone())
    }

    /// Both tables' classes, as far as the features use them.
    fn same_cognates(src: &[&str], tgt: &[&str]) -> bool {
        let (new, old) = (cognates(src, tgt), cognates_reference(src, tgt));
        shared_view(&new) == shared_view(&old)
    }

    #[test]
    fn cognates_are_the_reference_tables_on_the_fixture_vocabularies() {
        let read = |name: &str| {
            std::fs::read_to_string(format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
        };
        let (en, sv) = (read("en.md"), read("sv.md"));
        let words = |text: &str| -> Vec<String> {
            let mut seen = BTreeSet::new();
            text.split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= MIN_WORD_CHARS)
                .map(str::to_lowercase)
                .filter(|w| seen.insert(w.clone()))
                .collect()
        };
        let (src, tgt) = (words(&en), words(&sv));
        let (src, tgt): (Vec<&str>, Vec<&str>) =
            (src.iter().map(String::as_str).collect(), tgt.iter().map(String::as_str).collect());
        assert!(src.len() > 1000 && tgt.len() > 1000);
        assert!(same_cognates(&src, &tgt));
        // Large buckets too: every word also spelled after a shared stem.
        let stemmed = |words: &[&str]| -> Vec<String> { words.iter().map(|w| format!("pre{w}")).collect() };
        let (src2, tgt2) = (stemmed(&src), stemmed(&tgt));
        let (src2, tgt2): (Vec<&str>, Vec<&str>) =
            (src2.iter().map(String::as_str).collect(), tgt2.iter().map(String::as_str).collect());
        assert!(same_cognates(&src2[..150], &tgt2[..200]));
        assert!(same_cognates(&src2, &tgt2));
    }

    proptest::proptest! {
        #[test]
        fn cognates_are_the_reference_tables(
            src in proptest::collection::btree_set("[abé]{1,2}[a-cé]{2,9}", 0..60),
            tgt in proptest::collection::btree_set("[abé]{1,2}[a-cé]{2,9}", 0..60),
        ) {
            // Distinct words in no particular order, as vocabularies are.
            let mut src: Vec<&str> = src.iter().map(String::as_str).collect();
            src.sort_by_key(|w| w.len());
            let tgt: Vec<&str> = tgt.iter().map(String::as_str).rev().collect();
            proptest::prop_assert!(same_cognates(&src, &tgt));
        }
    }

    /// [`document_frequencies`] as it was: each block's tokens sorted by id and counted by group.
    fn document_frequencies_reference(
        src: &[Resolved],
        tgt: &[Resolved],
    ) -> FastMap<TokenId, (u32, u32, f32)> {
        let mut frequency: FastMap<TokenId, (u32, u32, f32)> = FastMap::default();
        let mut seen: Vec<(TokenId, f32)> = Vec::new();
        for (side, blocks) in [(0, src), (1, tgt)] {
            for block in blocks {
                seen.clear();
                seen.extend(block.tokens.iter().map(|t| (TokenId::from(t.2), t.1)));
                seen.sort_unstable_by_key(|t| t.0);
                for group in seen.chunk_by(|a, b| a.0 == b.0) {
                    let Some(&(id, _)) = group.first() else { continue };
                    let factor = group.iter().fold(1.0f32, |max, t| max.max(t.1));
                    let entry = frequency.entry(id).or_insert((0, 0, 1.0));
                    if side == 0 {
                        entry.0 += 1
                    } else {
                        entry.1 += 1
                    }
                    entry.2 = entry.2.max(factor);
                }
            }
        }
        frequency
    }

    proptest::proptest! {
        #[test]
        fn document_frequencies_are_the_reference(
            src in proptest::collection::vec(proptest::collection::vec((0u32..12, proptest::bool::ANY), 0..20), 0..12),
            tgt in proptest::collection::vec(proptest::collection::vec((0u32..12, proptest::bool::ANY), 0..20), 0..12),
        ) {
            let resolved = |blocks: &[Vec<(u32, bool)>]| -> Vec<Resolved> {
                blocks
                    .iter()
                    .map(|tokens| Resolved {
                        tokens: tokens
                            .iter()
                            .enumerate()
                            .map(|(at, &(number, boosted))| (at as u32, if boosted { FOOTNOTE_REF_BOOST } else { 1.0 }, number))
                            .collect(),
                        scanned_from: 0,
                    })
                    .collect()
            };
            let (src, tgt) = (resolved(&src), resolved(&tgt));
            let counted: FastMap<TokenId, (u32, u32, f32)> = document_frequencies(&src, &tgt, 12)
                .into_iter()
                .enumerate()
                .filter(|(_, (s, t, _, _))| s + t > 0)
                .map(|(number, (s, t, factor, _))| (number as TokenId, (s, t, factor)))
                .collect();
            proptest::prop_assert_eq!(&counted, &document_frequencies_reference(&src, &tgt));
            // The map by id as it was gives the same counts for ids numbered in any way.
            let by_id = |blocks: &[Resolved]| -> Vec<ResolvedById> {
                blocks
                    .iter()
                    .map(|b| {
                        b.tokens.iter().map(|&(at, f, n)| (at, f, TokenId::from(n) * 0x9e37_79b9 + 7)).collect()
                    })
                    .collect()
            };
            let old: FastMap<TokenId, (u32, u32, f32)> = document_frequencies_by_id(&by_id(&src), &by_id(&tgt))
                .into_iter()
                .map(|(id, (s, t, factor, _))| ((id - 7) / 0x9e37_79b9, (s, t, factor)))
                .collect();
            proptest::prop_assert_eq!(counted, old);
        }
    }

    /// The hash of a word as it was computed before the last bytes were read one by one.
    fn word_hash_reference(word: &str) -> u64 {
        let mut hash = (word.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut chunks = word.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(chunk);
            hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut bytes = [0u8; 8];
            bytes[..rest.len()].copy_from_slice(rest);
            hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        hash
    }

    proptest::proptest! {
        #[test]
        fn same_word_is_equality(a in "[ab\u{e5}]{0,20}", b in "[ab\u{e5}]{0,20}") {
            proptest::prop_assert_eq!(same_word(a.as_bytes(), b.as_bytes()), a == b);
            proptest::prop_assert!(same_word(a.as_bytes(), a.as_bytes()));
        }

        #[test]
        fn word_hash_by_chunks_is_the_reference_hash(word in "[a-zåäöé\u{1F600}]{0,40}") {
            proptest::prop_assert_eq!(word_hash_by_chunks(word.as_bytes()), word_hash_reference(&word));
        }

        #[test]
        fn word_hashes_tell_words_apart(a in "[abå\u{212A}\u{17F}\u{a0}]{0,12}", b in "[abå\u{212A}\u{17F}\u{a0}]{0,12}") {
            proptest::prop_assert_eq!(word_hash(a.as_bytes()) == word_hash(b.as_bytes()), a == b);
        }
    }

    proptest::proptest! {
        #[test]
        fn units_of_one_weight_per_id_are_the_stably_sorted_units(
            ids in proptest::collection::vec(0u64..50, 0..60),
            len in 0.0f64..500.0,
            heading in proptest::bool::ANY,
        ) {
            let tokens: Vec<(TokenId, f32)> = ids.iter().map(|&id| (id, 0.25 + id as f32 / 3.0)).collect();
            let (a, b) = (Unit::new(len, tokens.clone(), heading), Unit::with_one_weight_per_id(len, tokens, heading));
            proptest::prop_assert_eq!(&a.tokens, &b.tokens);
            proptest::prop_assert_eq!(a.weight.to_bits(), b.weight.to_bits());
        }

        #[test]
        fn merging_the_scan_in_is_sorting_by_position(
            fixed in proptest::collection::vec((0u32..200, 0u32..6), 0..8),
            scanned in proptest::collection::btree_set(0u32..200, 0..40),
            scanned_ranks in proptest::collection::vec(0u32..6, 40),
        ) {
            // The scan's offsets strictly increase.
            let scanned: Vec<(u32, u32)> = scanned.iter().copied().zip(scanned_ranks).collect();
            let mut sorted: Vec<_> = fixed.iter().chain(&scanned).copied().collect();
            sorted.sort_unstable();
            let mut few = fixed.clone();
            few.sort_unstable();
            let merged = merge_by_position(&few, scanned.iter().copied(), 0);
            proptest::prop_assert_eq!(merged, sorted);
        }
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("ämbete"), "ämb");
        assert_eq!(prefix("ab"), "ab");
    }
}
