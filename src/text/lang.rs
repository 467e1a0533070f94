//! Languages and language identification.

use std::sync::OnceLock;

use serde::Serialize;

use super::hash::FastMap;
use super::lang_tables::{DANISH_NORWEGIAN_LETTERS, FUNCTION_WORDS, Language, SWEDISH_LETTERS};

/// A language tvilling knows the conventions of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Sv,
}

impl Lang {
    /// The ISO 639-1 code, as used in TMX and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "sv" | "swe" | "swedish" => Some(Lang::Sv),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// How much of a text [`detect`] reads: the function words of a few thousand words
/// decide as well as the whole document would, at a fixed cost.
const SAMPLE_BYTES: usize = 20 * 1024;

/// Below this many words a text is judged only when the evidence is one-sided.
const MIN_WORDS: usize = 20;

/// Guesses the language of `text`: `Some` only when it is clearly English or Swedish.
///
/// Counts function words (`the`, `of`, `and` / `och`, `att`, `är`) that belong to one
/// language only, in the first 20 KB. The winner must be English or Swedish, make up a
/// fair share of the words and clearly beat every other language, Danish and Norwegian
/// included; Swedish must also not write `æ`/`ø` more than `ä`/`ö`. Short texts (under
/// 20 words) get an answer only when no other language shows any evidence.
///
/// ```
/// use tvilling::text::{Lang, lang::detect};
///
/// assert_eq!(detect("Det är och förblir en politisk prioritering att uppnå resultat när det gäller migration, och medborgarna förväntar sig en rättvis politik."), Some(Lang::Sv));
/// assert_eq!(detect("Det er og forbliver en politisk prioritet at opnå resultater, når det gælder migration, og borgerne forventer ikke mindre."), None);
/// ```
pub fn detect(text: &str) -> Option<Lang> {
    let evidence = Evidence::count(sample(text));
    evidence.decide()
}

/// The first [`SAMPLE_BYTES`] of `text`, cut at a char boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// The tokens of `text` between whitespace, as [`str::split_whitespace`] gives them, read
/// byte by byte where the text is ASCII.
fn whitespace_split(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some(&byte) = bytes.get(at) {
            let (space, width) = if byte.is_ascii() {
                (matches!(byte, b' ' | b'\t'..=b'\r'), 1)
            } else {
                let c = text.get(at..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            };
            match (space, start) {
                (false, None) => start = Some(at),
                (true, Some(from)) => return text.get(from..at),
                _ => {}
            }
            at += width;
        }
        start.and_then(|from| text.get(from..))
    })
}

/// The function words, each with the index in [`FUNCTION_WORDS`] of the one language it
/// belongs to, or `None` when several lists hold it (no evidence for any of them).
struct Owners {
    owners: FastMap<&'static str, Option<usize>>,
    /// The byte length of the longest function word.
    longest: usize,
    /// For each ASCII byte, lower case: bit `n` (at most 63) is set when a function word of
    /// `n` bytes starts with it. Most words of a text fail this test without a lookup.
    first_and_length: [u64; 128],
}

fn owners() -> &'static Owners {
    static OWNERS: OnceLock<Owners> = OnceLock::new();
    OWNERS.get_or_init(|| {
        let mut owners = FastMap::default();
        for (index, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            for &word in *words {
                owners
                    .entry(word)
                    .and_modify(|owner: &mut Option<usize>| {
                        if *owner != Some(index) {
                            *owner = None;
                        }
                    })
                    .or_insert(Some(index));
            }
        }
        let longest = owners.keys().map(|word| word.len()).max().unwrap_or(0);
        let mut first_and_length = [0u64; 128];
        for word in owners.keys() {
            // A word that starts with a longer character is never an ASCII token's.
            if let Some(lengths) =
                word.as_bytes().first().and_then(|first| first_and_length.get_mut(usize::from(*first)))
            {
                *lengths |= 1 << word.len().min(63);
            }
        }
        Owners { owners, longest, first_and_length }
    })
}

/// What a byte of a token is, for the ASCII pass of [`Evidence::count`].
const OTHER: u8 = 0;
const LETTER: u8 = 1;
/// `/`, `@`, `\`, `=` and `_`: marks of addresses and paths, which carry language codes, not
/// words (`https://…/EN/…`, `info@…`). No byte of a longer UTF-8 character equals one.
const ADDRESS: u8 = 2;
const NOT_ASCII: u8 = 3;

static BYTE_CLASS: [u8; 256] = {
    let mut class = super::byte_classes(LETTER, LETTER, OTHER, NOT_ASCII);
    class[b'/' as usize] = ADDRESS;
    class[b'@' as usize] = ADDRESS;
    class[b'\\' as usize] = ADDRESS;
    class[b'=' as usize] = ADDRESS;
    class[b'_' as usize] = ADDRESS;
    class
};

/// How an ASCII token reads as a word: its letters run from `first` to `last` with nothing
/// else between them.
enum TokenShape {
    /// An address or path, or no letters, or letters with something between them.
    NoWord,
    Word {
        first: usize,
        last: usize,
    },
    /// A byte of a longer character: read by the general path.
    NotAscii,
}

/// The shape of `token`, in one pass over its bytes.
fn shape(token: &[u8]) -> TokenShape {
    let (mut first, mut last) = (usize::MAX, 0);
    let mut gap = false;
    let mut broken = false;
    let mut not_ascii = false;
    for (at, byte) in token.iter().enumerate() {
        match BYTE_CLASS[usize::from(*byte)] {
            LETTER => {
                if first == usize::MAX {
                    first = at;
                } else if gap {
                    broken = true;
                }
                last = at;
            }
            OTHER => gap |= first != usize::MAX,
            ADDRESS => return TokenShape::NoWord,
            _ => not_ascii = true,
        }
    }
    if not_ascii {
        TokenShape::NotAscii
    } else if first == usize::MAX || broken {
        TokenShape::NoWord
    } else {
        TokenShape::Word { first, last }
    }
}

/// Word counts gathered from a sample.
#[derive(Debug, Default, PartialEq)]
struct Evidence {
    n_words: usize,
    /// Function-word hits per entry of [`FUNCTION_WORDS`], counting only words that
    /// belong to one list.
    hits: Vec<usize>,
    /// Words written with `ä`/`ö`, and with `æ`/`ø`.
    n_swedish_letters: usize,
    n_danish_norwegian_letters: usize,
}

impl Evidence {
    fn count(sample: &str) -> Evidence {
        let Owners { owners, longest, first_and_length } = owners();
        let longest = *longest;
        let mut evidence = Evidence { hits: vec![0; FUNCTION_WORDS.len()], ..Evidence::default() };
        let mut lower = String::new();
        let hit = |evidence: &mut Evidence, word: &str| {
            if let Some(&Some(index)) = owners.get(word)
                && let Some(hits) = evidence.hits.get_mut(index)
            {
                *hits += 1;
            }
        };
        for token in whitespace_split(sample) {
            match shape(token.as_bytes()) {
                TokenShape::NoWord => {}
                TokenShape::Word { first, last } => {
                    // Most tokens: for ASCII, `is_alphabetic` and `to_lowercase` are their ASCII forms.
                    evidence.n_words += 1;
                    let Some(word) = token.get(first..=last) else { continue };
                    let initial = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
                    let lengths = first_and_length.get(usize::from(initial)).copied().unwrap_or(0);
                    if word.len() > longest || lengths >> word.len().min(63) & 1 == 0 {
                        continue;
                    }
                    if word.bytes().any(|byte| byte.is_ascii_uppercase()) {
                        lower.clear();
                        lower.push_str(word);
                        lower.make_ascii_lowercase();
                        hit(&mut evidence, &lower);
                    } else {
                        hit(&mut evidence, word);
                    }
                }
                TokenShape::NotAscii => {
                    if evidence.read_general(token, &mut lower) {
                        hit(&mut evidence, &lower);
                    }
                }
            }
        }
        evidence
    }

    /// Reads a token with characters beyond ASCII: whether it is a word (letters, with
    /// anything else only around them), counted with its letters, and lower-cased into `lower`.
    fn read_general(&mut self, token: &str, lower: &mut String) -> bool {
        let word = token.trim_matches(|c: char| !c.is_alphabetic());
        if word.is_empty() || !word.chars().all(char::is_alphabetic) {
            return false;
        }
        self.n_words += 1;
        lower.clear();
        for c in word.chars() {
            if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        if lower.contains(SWEDISH_LETTERS) {
            self.n_swedish_letters += 1;
        }
        if lower.contains(DANISH_NORWEGIAN_LETTERS) {
            self.n_danish_norwegian_letters += 1;
        }
        true
    }

    /// [`Evidence::count`] as it was written before the one-pass token shape: the tests
    /// check that both count the same.
    #[cfg(test)]
    fn count_reference(sample: &str) -> Evidence {
        let Owners { owners, longest, .. } = owners();
        let longest = *longest;
        let mut evidence = Evidence { hits: vec![0; FUNCTION_WORDS.len()], ..Evidence::default() };
        let mut lower = String::new();
        for token in whitespace_split(sample) {
            let bytes = token.as_bytes();
            if bytes.iter().any(|b| matches!(b, b'/' | b'@' | b'\\' | b'=' | b'_')) {
                continue;
            }
            lower.clear();
            if bytes.is_ascii() {
                let (Some(first), Some(last)) = (
                    bytes.iter().position(u8::is_ascii_alphabetic),
                    bytes.iter().rposition(u8::is_ascii_alphabetic),
                ) else {
                    continue;
                };
                let word = bytes.get(first..=last).unwrap_or_default();
                if !word.iter().all(u8::is_ascii_alphabetic) {
                    continue;
                }
                evidence.n_words += 1;
                if word.len() > longest {
                    continue;
                }
                lower.push_str(token.get(first..=last).unwrap_or_default());
                lower.make_ascii_lowercase();
            } else if !evidence.read_general(token, &mut lower) {
                continue;
            }
            if let Some(&Some(index)) = owners.get(lower.as_str()) {
                evidence.hits[index] += 1;
            }
        }
        evidence
    }

    fn decide(&self) -> Option<Lang> {
        let mut ranked: Vec<(usize, Language)> =
            self.hits.iter().zip(FUNCTION_WORDS).map(|(&hits, &(language, _))| (hits, language)).collect();
        ranked.sort_by_key(|&(hits, _)| std::cmp::Reverse(hits));
        let (best, language) = *ranked.first()?;
        let second = ranked.get(1).map_or(0, |&(hits, _)| hits);
        let lang = match language {
            Language::English => Lang::En,
            Language::Swedish => Lang::Sv,
            _ => return None,
        };
        if lang == Lang::Sv && self.n_danish_norwegian_letters * 2 > self.n_swedish_letters {
            return None;
        }
        let clear = if self.n_words < MIN_WORDS {
            best >= 3 && second == 0
        } else {
            // A text in the language has at least one such word in twelve; a text in
            // another language that happens to share some words falls far short.
            best * 12 >= self.n_words && best >= 3 * second
        };
        clear.then_some(lang)
    }
}

#[cfg(test)]
mod tests;
