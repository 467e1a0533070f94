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

    /// The English name of the language, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Swedish",
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

/// Whether `text` shows the marks of a language other than English and Swedish: the function
/// words of another language outnumber the English and the Swedish ones, or Danish and
/// Norwegian letters outnumber Swedish ones. A text [`detect`] leaves undecided without such
/// marks is too short or too bare to tell (a table, a list of names).
///
/// ```
/// use tvilling::text::lang::{detect, foreign};
///
/// assert_eq!(detect("Programmet riktar sig till personer i åldern 18–25 år."), None);
/// assert!(!foreign("Programmet riktar sig till personer i åldern 18–25 år."));
/// assert!(foreign("Le programme vise les jeunes de 18 à 25 ans dans tous les États membres."));
/// assert!(foreign("Programmet retter seg mot personer i alderen 18–25 år."));
/// ```
pub fn foreign(text: &str) -> bool {
    let evidence = Evidence::count(sample(text));
    let ours = evidence.hits_of(Language::English).max(evidence.hits_of(Language::Swedish));
    let theirs = evidence
        .hits
        .iter()
        .zip(FUNCTION_WORDS)
        .filter(|(_, (language, _))| !matches!(language, Language::English | Language::Swedish))
        .map(|(&n, _)| n)
        .max()
        .unwrap_or(0);
    theirs > ours || evidence.n_danish_norwegian_letters > evidence.n_swedish_letters
}

/// Which of English and Swedish a short passage leans to (a gloss, a title in italics), where
/// [`detect`] would want more words: two or more function words of one and none of the
/// other, or, for Swedish, two or more words written with `å`, `ä` or `ö` and no English
/// function word nor `æ`/`ø`.
///
/// ```
/// use tvilling::text::{Lang, lang::leans_to};
///
/// assert_eq!(leans_to("förordning om statligt stöd till produktion av förnybar vätgas"), Some(Lang::Sv));
/// assert_eq!(leans_to("The State of the Union in 2026"), Some(Lang::En));
/// assert_eq!(leans_to("Statens energimyndighet"), None);
/// ```
pub fn leans_to(text: &str) -> Option<Lang> {
    let evidence = Evidence::count(sample(text));
    let (english, swedish) = (evidence.hits_of(Language::English), evidence.hits_of(Language::Swedish));
    let swedish_letters = evidence.n_swedish_letters >= 2 && evidence.n_danish_norwegian_letters == 0;
    if english >= 2 && swedish == 0 {
        Some(Lang::En)
    } else if english == 0 && (swedish >= 2 || swedish_letters) {
        Some(Lang::Sv)
    } else {
        None
    }
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
#[cfg(test)]
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
    #[cfg(test)]
    owners: FastMap<&'static str, Option<usize>>,
    /// The same, by [`pack`]ed word: an open-addressing table of `(key, owner)`, key 0 for an
    /// empty slot, [`SHARED`] for a word of several lists.
    table: Vec<(u64, u8)>,
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
        let mut table = vec![(0u64, SHARED); TABLE_SLOTS];
        for (word, owner) in &owners {
            let Some(key) = pack(word.as_bytes()) else { continue };
            let owner = owner.and_then(|index| u8::try_from(index).ok()).unwrap_or(SHARED);
            let mut slot = slot_of(key);
            while let Some((taken, _)) = table.get(slot)
                && *taken != 0
            {
                slot = (slot + 1) % TABLE_SLOTS;
            }
            if let Some(entry) = table.get_mut(slot) {
                *entry = (key, owner);
            }
        }
        #[cfg(not(test))]
        drop(owners);
        Owners {
            #[cfg(test)]
            owners,
            table,
            longest,
            first_and_length,
        }
    })
}

/// Slots of [`Owners::table`]: a power of two, at least twice the number of function words.
const TABLE_SLOTS: usize = 2048;
const _: () = {
    let mut words = 0;
    let mut i = 0;
    while i < FUNCTION_WORDS.len() {
        words += FUNCTION_WORDS[i].1.len();
        i += 1;
    }
    assert!(2 * words <= TABLE_SLOTS && TABLE_SLOTS.is_power_of_two());
};
/// The owner in [`Owners::table`] of a word that several lists hold.
const SHARED: u8 = u8::MAX;

/// A word of one to eight bytes as a number, its bytes from the lowest up: no byte of a word
/// is 0, so different words are different numbers.
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    Some(word.iter().rev().fold(0u64, |key, &byte| key << 8 | u64::from(byte)))
}

/// The first slot of [`Owners::table`] to look in for `key`.
fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_SLOTS.trailing_zeros())) as usize
}

impl Owners {
    /// The index in [`FUNCTION_WORDS`] of the one list that holds the word packed as `key`.
    fn owner(&self, key: u64) -> Option<usize> {
        let mut slot = slot_of(key);
        loop {
            let &(taken, owner) = self.table.get(slot)?;
            if taken == key {
                return (owner != SHARED).then_some(usize::from(owner));
            }
            if taken == 0 {
                return None;
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
    }
}

/// What a byte of a sample is, for [`Evidence::count`].
const OTHER: u8 = 0;
const LETTER: u8 = 1;
/// `/`, `@`, `\`, `=` and `_`: marks of addresses and paths, which carry language codes, not
/// words (`https://…/EN/…`, `info@…`). No byte of a longer UTF-8 character equals one.
const ADDRESS: u8 = 2;
const NOT_ASCII: u8 = 3;
/// ASCII white space (`\t` to `\r` and the space).
const SPACE: u8 = 4;
/// `0xC3`, the first byte of U+00C0 to U+00FF (`À` to `ÿ`): letters but for `×` and `÷`,
/// never white space, and lower-cased by a bit of their second byte.
const LATIN_1: u8 = 5;

static BYTE_CLASS: [u8; 256] = {
    let mut class = super::byte_classes(LETTER, LETTER, OTHER, NOT_ASCII);
    class[b'/' as usize] = ADDRESS;
    class[b'@' as usize] = ADDRESS;
    class[b'\\' as usize] = ADDRESS;
    class[b'=' as usize] = ADDRESS;
    class[b'_' as usize] = ADDRESS;
    let mut space = b'\t';
    while space <= b'\r' {
        class[space as usize] = SPACE;
        space += 1;
    }
    class[b' ' as usize] = SPACE;
    class[0xC3] = LATIN_1;
    class
};

/// The character that starts at `at` of `text`, if one does.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Whether the second byte of a character `0xC3 next` (`À` to `ÿ`) is of a letter: all but `×`
/// and `÷` are.
fn latin_1_letter(next: u8) -> bool {
    next != 0x97 && next != 0xB7
}

/// Lower-cases into `lower` a word of ASCII letters and `À` to `ÿ` (but `×` and `÷`) as
/// `to_lowercase` would: the capitals `À` to `Þ` (but `×`) are their small letters less
/// `0x20`, and no other of these characters has a lower case but itself. The tests check
/// [`latin_1_lowercase_key`] against it.
#[cfg(test)]
fn latin_1_lowercase(word: &str, lower: &mut String) {
    lower.clear();
    lower.extend(word.chars().map(|c| match c {
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        _ => c.to_ascii_lowercase(),
    }));
}

/// The [`pack`]ed key of a word of ASCII letters and `À` to `ÿ` (but `×` and `÷`) lower-cased
/// as [`latin_1_lowercase`] does, byte by byte: lower-casing keeps the length, ASCII capitals
/// take their case bit, and the second byte of a capital `À` to `Þ` (`0x80` to `0x9E`, but
/// `0x97` for `×`) gains `0x20`.
fn latin_1_lowercase_key(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    let mut after_c3 = false;
    for (i, &byte) in word.iter().enumerate() {
        let lower = if after_c3 {
            if (0x80..=0x9E).contains(&byte) && byte != 0x97 { byte + 0x20 } else { byte }
        } else {
            byte.to_ascii_lowercase()
        };
        after_c3 = byte == 0xC3;
        key |= u64::from(lower) << (8 * i);
    }
    Some(key)
}

/// Bits of [`LATIN_1_MARKS`].
const SWEDISH: u8 = 1;
const DANISH_NORWEGIAN: u8 = 2;

/// For a letter `À` to `ÿ`, by the low six bits of its second byte: [`SWEDISH`] when its
/// lower case is one of [`SWEDISH_LETTERS`], [`DANISH_NORWEGIAN`] when one of
/// [`DANISH_NORWEGIAN_LETTERS`]. Every such letter is a small letter `ß` to `ÿ` (checked
/// here), whose capital, if Latin-1 has one, is `0x20` less.
static LATIN_1_MARKS: [u8; 64] = {
    const fn mark(table: &mut [u8; 64], letters: &[char], bit: u8) {
        let mut i = 0;
        while i < letters.len() {
            let code = letters[i] as u32;
            assert!(code >= 0xDF && code <= 0xFF, "a letter of the tables is not a small letter ß to ÿ");
            table[(code & 0x3F) as usize] |= bit;
            if code >= 0xE0 && code <= 0xFE && code != 0xF7 {
                table[((code - 0x20) & 0x3F) as usize] |= bit;
            }
            i += 1;
        }
    }
    let mut table = [0u8; 64];
    mark(&mut table, SWEDISH_LETTERS, SWEDISH);
    mark(&mut table, DANISH_NORWEGIAN_LETTERS, DANISH_NORWEGIAN);
    table
};

/// How many ASCII letters begin `bytes`, eight at a time: with the case bit set, a byte `b`
/// is a letter when `b + 0x1F` has its high bit set, `b + 0x05` has not, and `b` has not.
/// Additions carry into the next byte only from a byte past `z`, so the first byte that is
/// not a letter is always found, whatever comes after it.
fn letter_run(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok()) {
        let word = u64::from_le_bytes(chunk) | CASE;
        let letters =
            word.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & !word.wrapping_add(0x0505_0505_0505_0505) & !word;
        let other = !letters & HIGH;
        if other != 0 {
            return run + (other.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + bytes.get(run..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_alphabetic()).count())
}

/// What [`Evidence::count`] learns of one token in its pass over the bytes.
struct Token {
    /// The byte range of its letters, from the first to the end of the last (`first` is
    /// `usize::MAX` while none is seen).
    first: usize,
    end: usize,
    /// Something else came after a letter: a further letter breaks the word.
    gap: bool,
    /// A letter came after something else that came after a letter.
    broken: bool,
    /// It holds a mark of an address.
    address: bool,
    /// It holds a character beyond ASCII and `À` to `ÿ`: read by the general path.
    general: bool,
    /// It holds a character `À` to `ÿ`.
    latin_1: bool,
    /// [`LATIN_1_MARKS`] of its letters `À` to `ÿ`, together.
    marks: u8,
}

impl Token {
    /// Letters at `from..to`.
    fn letter(&mut self, from: usize, to: usize) {
        if self.first == usize::MAX {
            self.first = from;
        } else if self.gap {
            self.broken = true;
        }
        self.end = to;
    }

    /// Something else than a letter or white space.
    fn other(&mut self) {
        self.gap |= self.first != usize::MAX;
    }
}

/// How an ASCII token reads as a word: its letters run from `first` to `last` with nothing
/// else between them.
#[cfg(test)]
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
#[cfg(test)]
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
    /// The function-word hits of `wanted`.
    fn hits_of(&self, wanted: Language) -> usize {
        self.hits
            .iter()
            .zip(FUNCTION_WORDS)
            .find(|(_, (language, _))| *language == wanted)
            .map_or(0, |(&n, _)| n)
    }

    fn count(sample: &str) -> Evidence {
        let owners = owners();
        let longest = owners.longest;
        let mut evidence = Evidence { hits: vec![0; FUNCTION_WORDS.len()], ..Evidence::default() };
        let mut lower = String::new();
        let hit = |evidence: &mut Evidence, word: &[u8]| {
            if let Some(index) = pack(word).and_then(|key| owners.owner(key))
                && let Some(hits) = evidence.hits.get_mut(index)
            {
                *hits += 1;
            }
        };
        let bytes = sample.as_bytes();
        let class = |at: usize| bytes.get(at).map(|&byte| BYTE_CLASS[usize::from(byte)]);
        let mut at = 0;
        // One pass over the bytes: each token is split off and read at once; characters
        // beyond ASCII and `À` to `ÿ` are decoded, the rest classified by their bytes.
        'tokens: loop {
            // White space up to the token.
            let start = loop {
                match class(at) {
                    None => break 'tokens,
                    Some(SPACE) => at += 1,
                    Some(NOT_ASCII) => match char_at(sample, at) {
                        Some(c) if c.is_whitespace() => at += c.len_utf8(),
                        Some(_) => break at,
                        None => break 'tokens,
                    },
                    Some(_) => break at,
                }
            };
            // Most tokens are a run of ASCII letters alone between white space: such a token
            // is a word as it stands, read without the bookkeeping of the general loop below.
            let mut letters = None;
            if class(start) == Some(LETTER) {
                at = start + bytes.get(start..).map_or(1, letter_run);
                let end = at;
                // One mark such as `,`, `.` or `)` may end the token: the general loop would
                // read the same word, letters with something else after them.
                if class(at) == Some(OTHER) && matches!(class(at + 1), None | Some(SPACE)) {
                    at += 1;
                }
                if matches!(class(at), None | Some(SPACE)) {
                    evidence.n_words += 1;
                    evidence.ascii_word(owners, bytes, start, end);
                    continue;
                }
                at = end;
                letters = Some(end);
            }
            let mut token = Token {
                first: usize::MAX,
                end: 0,
                gap: false,
                broken: false,
                address: false,
                general: false,
                latin_1: false,
                marks: 0,
            };
            if let Some(end) = letters {
                token.letter(start, end);
            }
            loop {
                match class(at) {
                    None | Some(SPACE) => break,
                    Some(LETTER) => {
                        let from = at;
                        at += bytes.get(at..).map_or(1, letter_run);
                        token.letter(from, at);
                    }
                    Some(OTHER) => {
                        token.other();
                        at += 1;
                    }
                    Some(ADDRESS) => {
                        token.address = true;
                        at += 1;
                    }
                    Some(LATIN_1) => {
                        if let Some(&next) = bytes.get(at + 1)
                            && latin_1_letter(next)
                        {
                            token.latin_1 = true;
                            token.marks |= LATIN_1_MARKS[usize::from(next & 0x3F)];
                            token.letter(at, at + 2);
                        } else {
                            token.other();
                        }
                        at += 2;
                    }
                    Some(_) => match char_at(sample, at) {
                        Some(c) if c.is_whitespace() => break,
                        Some(c) => {
                            token.general = true;
                            at += c.len_utf8();
                        }
                        // Not a character boundary: cannot happen in a `str`.
                        None => at += 1,
                    },
                }
            }
            if token.address {
                continue;
            }
            if token.general {
                if let Some(token) = sample.get(start..at)
                    && evidence.read_general(token, &mut lower)
                {
                    hit(&mut evidence, lower.as_bytes());
                }
                continue;
            }
            if token.first == usize::MAX || token.broken {
                continue;
            }
            evidence.n_words += 1;
            let Some(word) = sample.get(token.first..token.end) else { continue };
            if token.latin_1 {
                // As `read_general` would count and lower-case it.
                evidence.n_swedish_letters += usize::from(token.marks & SWEDISH != 0);
                evidence.n_danish_norwegian_letters += usize::from(token.marks & DANISH_NORWEGIAN != 0);
                if word.len() <= longest
                    && let Some(index) =
                        latin_1_lowercase_key(word.as_bytes()).and_then(|key| owners.owner(key))
                    && let Some(hits) = evidence.hits.get_mut(index)
                {
                    *hits += 1;
                }
                continue;
            }
            evidence.ascii_word(owners, bytes, token.first, token.end);
        }
        evidence
    }

    /// Counts the function word, if it is one, of the ASCII letters at `start..end` of `bytes`.
    #[inline]
    fn ascii_word(&mut self, owners: &Owners, bytes: &[u8], start: usize, end: usize) {
        let Some(word) = bytes.get(start..end) else { return };
        // For ASCII, `is_alphabetic` and `to_lowercase` are their ASCII forms.
        let initial = word.first().map_or(0, u8::to_ascii_lowercase);
        let lengths = owners.first_and_length.get(usize::from(initial)).copied().unwrap_or(0);
        if word.len() > owners.longest || lengths >> word.len().min(63) & 1 == 0 {
            return;
        }
        // ASCII letters are lower-cased by their case bit. Where eight bytes follow the start,
        // the word is packed by loading them and keeping its own.
        let keep = u64::MAX >> (64 - 8 * word.len().clamp(1, 8));
        let case = keep & 0x2020_2020_2020_2020;
        let key = match bytes.get(start..start + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok()) {
            Some(chunk) if word.len() <= 8 => Some(u64::from_le_bytes(chunk) & keep),
            _ => pack(word),
        };
        if let Some(index) = key.and_then(|key| owners.owner(key | case))
            && let Some(hits) = self.hits.get_mut(index)
        {
            *hits += 1;
        }
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

    /// [`Evidence::count`] as it was before it split tokens and read their shape in one pass:
    /// the tests check that both count the same.
    #[cfg(test)]
    fn count_two_pass(sample: &str) -> Evidence {
        let Owners { owners, longest, first_and_length, .. } = owners();
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

    /// The language with the most function words, its count, and the runner-up's count.
    fn leader(&self) -> Option<(usize, Language, usize)> {
        let mut ranked: Vec<(usize, Language)> =
            self.hits.iter().zip(FUNCTION_WORDS).map(|(&hits, &(language, _))| (hits, language)).collect();
        ranked.sort_by_key(|&(hits, _)| std::cmp::Reverse(hits));
        let (best, language) = *ranked.first()?;
        Some((best, language, ranked.get(1).map_or(0, |&(hits, _)| hits)))
    }

    fn decide(&self) -> Option<Lang> {
        let (best, language, second) = self.leader()?;
        let lang = match language {
            Language::English => Lang::En,
            Language::Swedish => Lang::Sv,
            _ => return None,
        };
        if lang == Lang::Sv && self.n_danish_norwegian_letters * 2 > self.n_swedish_letters {
            return None;
        }
        // Tables, headings and names thin out the function words of a short document;
        // Swedish ones that outnumber any rival four to one (a particle such as `in` is also
        // an English word), and one word in eight written with å, ä or ö, still make it
        // Swedish.
        let swedish_letters =
            lang == Lang::Sv && best >= 2 && best >= 4 * second && self.n_swedish_letters * 8 >= self.n_words;
        let clear = if self.n_words < MIN_WORDS {
            best >= 3 && second == 0 || swedish_letters
        } else {
            // A text in the language has at least one such word in twelve; a text in
            // another language that happens to share some words falls far short.
            best * 12 >= self.n_words && best >= 3 * second || swedish_letters
        };
        clear.then_some(lang)
    }
}

#[cfg(test)]
mod tests;
