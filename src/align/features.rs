//! Per-block features, computed once and in parallel: length, and the language-independent
//! tokens two translations share (footnote references, value keys, acronyms, cognates).
//!
//! Every token gets an inverse-document-frequency weight over the blocks of both documents,
//! and only tokens that occur on *both* sides keep a weight: a token seen on one side only
//! costs the same whatever the alignment, so it carries no evidence.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::Range;

use rayon::prelude::*;

use crate::document::{Block, BlockKind, Document};
use crate::text::Lang;
use crate::values::{self, ValueKind};

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
    /// Headings pair with headings: a heading against a paragraph costs a little more.
    pub heading: bool,
}

impl Unit {
    fn new(len: f64, mut tokens: Vec<(TokenId, f32)>, heading: bool) -> Unit {
        tokens.sort_by_key(|t| t.0);
        tokens.dedup_by_key(|t| t.0);
        let weight = tokens.iter().map(|t| f64::from(t.1)).sum();
        Unit { len, tokens, weight, heading }
    }
}

/// The features of one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockFeatures {
    pub unit: Unit,
    /// Every weighted token with its byte offset in the block text, for sentence units.
    pub positions: Vec<(usize, TokenId)>,
    /// Whether the block holds a date (used to find where a document's title part begins).
    pub has_date: bool,
    /// Whether the block holds any value at all.
    pub has_values: bool,
}

/// Features of both documents plus the token weights.
#[derive(Debug, Default)]
pub(crate) struct Features {
    pub src: Vec<BlockFeatures>,
    pub tgt: Vec<BlockFeatures>,
    pub weights: HashMap<TokenId, f32>,
}

impl Features {
    /// A sentence (or any text range) of a block as a unit.
    pub fn range_unit(&self, block: &Block, features: &BlockFeatures, range: Range<usize>) -> Unit {
        let len = block.text.get(range.clone()).map_or(0, |s| s.trim().chars().count()) as f64;
        let tokens = features
            .positions
            .iter()
            .filter(|(at, _)| range.contains(at))
            .filter_map(|(_, id)| self.weights.get(id).map(|w| (*id, *w)))
            .collect();
        Unit::new(len, tokens, false)
    }
}

enum RawToken {
    /// A lower-cased word, resolved to a cognate later.
    Word(String),
    /// A token that is already language-independent, with a weight factor.
    Exact(TokenId, f32),
}

struct RawBlock {
    len: usize,
    tokens: Vec<(usize, RawToken)>,
    heading: bool,
    has_date: bool,
    has_values: bool,
}

fn token_id(tag: &str, text: &str) -> TokenId {
    let mut hasher = DefaultHasher::new();
    tag.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

fn raw_block(block: &Block, lang: Lang) -> RawBlock {
    let text = block.text.as_str();
    let mut tokens = Vec::new();
    let values = values::extract(text, lang);
    let has_date = values.iter().any(|v| v.kind == ValueKind::Date);
    let has_values = !values.is_empty();
    for value in &values {
        tokens.push((value.span.start, RawToken::Exact(token_id("value", &value.key), 1.0)));
    }
    for (label, at) in block.footnote_refs() {
        tokens.push((at, RawToken::Exact(token_id("footnote-ref", label), FOOTNOTE_REF_BOOST)));
    }
    match &block.kind {
        BlockKind::Heading { number: Some(number), .. } => {
            tokens.push((0, RawToken::Exact(token_id("heading", number), 1.0)));
        }
        BlockKind::FootnoteDef { label } => {
            tokens.push((0, RawToken::Exact(token_id("footnote-def", label), 1.0)));
        }
        _ => {}
    }
    let mut word_start = None;
    // A sentinel space closes the last word.
    for (at, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if ch.is_alphabetic() {
            word_start.get_or_insert(at);
            continue;
        }
        let Some(start) = word_start.take() else { continue };
        let Some(word) = text.get(start..at) else { continue };
        let n_chars = word.chars().count();
        if n_chars >= 2 && word.chars().all(|c| c.is_uppercase()) && n_chars < MIN_WORD_CHARS {
            // Short acronyms (EU, AI, EES) are written alike in every language.
            tokens.push((start, RawToken::Exact(token_id("acronym", word), 1.0)));
        } else if n_chars >= MIN_WORD_CHARS {
            tokens.push((start, RawToken::Word(word.to_lowercase())));
        }
    }
    RawBlock {
        len: text.trim().chars().count(),
        tokens,
        heading: matches!(block.kind, BlockKind::Heading { .. }),
        has_date,
        has_values,
    }
}

fn prefix(word: &str) -> &str {
    let end = word.char_indices().nth(PREFIX_CHARS).map_or(word.len(), |(i, _)| i);
    word.get(..end).unwrap_or(word)
}

/// Maps every target word to its best source cognate (Jaro–Winkler over words that share a
/// prefix), deterministically: highest similarity, then the alphabetically first word.
fn cognates<'a>(src_vocab: &BTreeSet<&'a str>, tgt_vocab: &BTreeSet<&'a str>) -> HashMap<&'a str, &'a str> {
    let mut buckets: BTreeMap<&str, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
    for word in src_vocab {
        buckets.entry(prefix(word)).or_default().0.push(word);
    }
    for word in tgt_vocab {
        buckets.entry(prefix(word)).or_default().1.push(word);
    }
    let buckets: Vec<_> = buckets.into_values().filter(|(s, t)| !s.is_empty() && !t.is_empty()).collect();
    buckets
        .par_iter()
        .flat_map_iter(|(src_words, tgt_words)| {
            let exact_only = src_words.len() * tgt_words.len() > MAX_BUCKET_COMPARISONS;
            tgt_words.iter().filter_map(move |tgt_word| {
                if exact_only || src_vocab.contains(tgt_word) {
                    return src_vocab.get(tgt_word).map(|w| (*tgt_word, *w));
                }
                let tgt_len = tgt_word.chars().count() as f64;
                let mut best: Option<(f64, &str)> = None;
                for src_word in src_words {
                    let src_len = src_word.chars().count() as f64;
                    if src_len > 2.0 * tgt_len || tgt_len > 2.0 * src_len {
                        continue;
                    }
                    let similarity = strsim::jaro_winkler(src_word, tgt_word);
                    if similarity >= COGNATE_SIMILARITY && best.is_none_or(|(s, _)| similarity > s) {
                        best = Some((similarity, src_word));
                    }
                }
                best.map(|(_, w)| (*tgt_word, w))
            })
        })
        .collect()
}

/// Computes the features of every block of both documents.
pub(crate) fn compute(src: &Document, tgt: &Document, src_lang: Lang, tgt_lang: Lang) -> Features {
    let (src_raw, tgt_raw) = rayon::join(
        || src.blocks.par_iter().map(|b| raw_block(b, src_lang)).collect::<Vec<_>>(),
        || tgt.blocks.par_iter().map(|b| raw_block(b, tgt_lang)).collect::<Vec<_>>(),
    );
    let vocab = |raw: &[RawBlock]| -> BTreeSet<String> {
        raw.iter()
            .flat_map(|b| b.tokens.iter())
            .filter_map(|(_, t)| match t {
                RawToken::Word(w) => Some(w.clone()),
                RawToken::Exact(..) => None,
            })
            .collect()
    };
    let (src_vocab, tgt_vocab) = rayon::join(|| vocab(&src_raw), || vocab(&tgt_raw));
    let src_words: BTreeSet<&str> = src_vocab.iter().map(String::as_str).collect();
    let tgt_words: BTreeSet<&str> = tgt_vocab.iter().map(String::as_str).collect();
    let cognate = cognates(&src_words, &tgt_words);

    // Resolve words to ids: a source word is its own id, a target word takes its cognate's.
    let resolve = |raw: &[RawBlock], is_src: bool| -> Vec<Vec<(usize, TokenId, f32)>> {
        raw.par_iter()
            .map(|b| {
                b.tokens
                    .iter()
                    .filter_map(|(at, t)| match t {
                        RawToken::Exact(id, factor) => Some((*at, *id, *factor)),
                        RawToken::Word(w) if is_src => Some((*at, token_id("word", w), 1.0)),
                        RawToken::Word(w) => cognate.get(w.as_str()).map(|s| (*at, token_id("word", s), 1.0)),
                    })
                    .collect()
            })
            .collect()
    };
    let (src_ids, tgt_ids) = rayon::join(|| resolve(&src_raw, true), || resolve(&tgt_raw, false));

    // Document frequencies per side; a token must occur on both sides to carry weight.
    let mut frequency: HashMap<TokenId, (u32, u32, f32)> = HashMap::new();
    for (side, blocks) in [(0, &src_ids), (1, &tgt_ids)] {
        for block in blocks {
            let mut seen: Vec<TokenId> = block.iter().map(|t| t.1).collect();
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                let entry = frequency.entry(id).or_insert((0, 0, 1.0));
                if side == 0 { entry.0 += 1 } else { entry.1 += 1 }
            }
            for (_, id, factor) in block {
                if let Some(entry) = frequency.get_mut(id) {
                    entry.2 = entry.2.max(*factor);
                }
            }
        }
    }
    let n_blocks = (src_ids.len() + tgt_ids.len()).max(1) as f32;
    let weights: HashMap<TokenId, f32> = frequency
        .into_iter()
        .filter(|(_, (s, t, _))| *s > 0 && *t > 0)
        .map(|(id, (s, t, factor))| (id, factor * (n_blocks / (s + t) as f32).ln().max(0.0)))
        .filter(|(_, w)| *w > 0.0)
        .collect();

    let finish = |raw: &[RawBlock], ids: &[Vec<(usize, TokenId, f32)>]| -> Vec<BlockFeatures> {
        raw.par_iter()
            .zip(ids.par_iter())
            .map(|(b, ids)| {
                let positions: Vec<(usize, TokenId)> = ids
                    .iter()
                    .filter(|(_, id, _)| weights.contains_key(id))
                    .map(|(at, id, _)| (*at, *id))
                    .collect();
                let tokens =
                    positions.iter().filter_map(|(_, id)| weights.get(id).map(|w| (*id, *w))).collect();
                BlockFeatures {
                    unit: Unit::new(b.len as f64, tokens, b.heading),
                    positions,
                    has_date: b.has_date,
                    has_values: b.has_values,
                }
            })
            .collect()
    };
    let (src_features, tgt_features) =
        rayon::join(|| finish(&src_raw, &src_ids), || finish(&tgt_raw, &tgt_ids));
    Features { src: src_features, tgt: tgt_features, weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cognates_pair_names_and_skip_unrelated_words() {
        let src: BTreeSet<&str> = ["tunisia", "frontex", "schengen", "house"].into_iter().collect();
        let tgt: BTreeSet<&str> =
            ["tunisien", "frontex", "schengenområdet", "huset", "bostad"].into_iter().collect();
        let map = cognates(&src, &tgt);
        assert_eq!(map.get("tunisien"), Some(&"tunisia"));
        assert_eq!(map.get("frontex"), Some(&"frontex"));
        assert_eq!(map.get("bostad"), None);
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("ämbete"), "ämb");
        assert_eq!(prefix("ab"), "ab");
    }
}
