//! Numbers written in digits, and the parts every number shares: scale words,
//! currencies, percentages, ranges and an exact decimal value.
//!
//! The decimal sign and the thousands separator differ by language (EU style guide 6.5):
//! English writes `51.4` and `438,000` or `438 000`; Swedish writes `51,4` and `438 000`.
//! English Official Journal text may still use a decimal comma, so in English a comma
//! followed by exactly three digits groups thousands and any other comma is a decimal sign.

use std::sync::LazyLock;

use super::tables::{LangTable, longest_first, table};
use super::{
    Value, ValueKind, char_at, char_before, is_space_like, skip_space_like, with_lowercase, word_at,
};
use crate::text::Lang;

/// An exact decimal number: `digits` × 10^`exponent`, kept as text so any length is exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    negative: bool,
    /// ASCII digits without leading or trailing zeros; empty for zero.
    digits: Digits,
    exponent: i64,
}

/// How many digits a [`Digits`] keeps without a heap allocation.
const INLINE_DIGITS: usize = 30;

/// ASCII digits, kept inline up to [`INLINE_DIGITS`] of them and on the heap beyond: most
/// numbers are short, and a number is made for every numeral of a text.
#[derive(Clone)]
enum Digits {
    Inline { bytes: [u8; INLINE_DIGITS], length: u8 },
    Heap(Vec<u8>),
}

impl Digits {
    fn new() -> Digits {
        Digits::Inline { bytes: [0; INLINE_DIGITS], length: 0 }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Digits::Inline { bytes, length } => bytes.get(..usize::from(*length)).unwrap_or_default(),
            Digits::Heap(bytes) => bytes,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    fn push(&mut self, digit: u8) {
        match self {
            Digits::Inline { bytes, length } => {
                if let Some(slot) = bytes.get_mut(usize::from(*length)) {
                    *slot = digit;
                    *length += 1;
                } else {
                    let mut heap = bytes.to_vec();
                    heap.push(digit);
                    *self = Digits::Heap(heap);
                }
            }
            Digits::Heap(bytes) => bytes.push(digit),
        }
    }

    /// Drops the last digit if it is a zero: whether it did.
    fn pop_zero(&mut self) -> bool {
        match self {
            Digits::Inline { bytes, length } => {
                let last = usize::from(*length).wrapping_sub(1);
                if bytes.get(last) == Some(&b'0') {
                    *length -= 1;
                    return true;
                }
                false
            }
            Digits::Heap(bytes) => {
                if bytes.last() == Some(&b'0') {
                    bytes.pop();
                    return true;
                }
                false
            }
        }
    }
}

impl PartialEq for Digits {
    fn eq(&self, other: &Digits) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Digits {}

impl std::fmt::Debug for Digits {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(formatter)
    }
}

/// The digits of a [`Decimal`] as they are read, integer part first: leading zeros are left
/// out as they come.
struct DecimalBuilder {
    digits: Digits,
    fraction_length: i64,
}

impl DecimalBuilder {
    fn new() -> DecimalBuilder {
        DecimalBuilder { digits: Digits::new(), fraction_length: 0 }
    }

    fn push_digits(&mut self, text: &str, fraction: bool) {
        for digit in text.bytes().filter(u8::is_ascii_digit) {
            if fraction {
                self.fraction_length += 1;
            }
            if !(self.digits.is_empty() && digit == b'0') {
                self.digits.push(digit);
            }
        }
    }

    /// The ASCII digits of `text` (other bytes left out) as more of the integer part.
    fn integer(&mut self, text: &str) {
        self.push_digits(text, false);
    }

    /// The ASCII digits of `text` (other bytes left out) as the fraction part.
    fn fraction(&mut self, text: &str) {
        self.push_digits(text, true);
    }

    fn finish(self) -> Decimal {
        Decimal { negative: false, digits: self.digits, exponent: -self.fraction_length }.normalized()
    }
}

impl Decimal {
    /// The number with integer part `integer` and fraction part `fraction` (ASCII digits).
    pub(crate) fn from_parts(integer: &str, fraction: &str) -> Decimal {
        let mut builder = DecimalBuilder::new();
        builder.integer(integer);
        builder.fraction(fraction);
        builder.finish()
    }

    /// The integer `value`.
    pub(crate) fn from_u64(value: u64) -> Decimal {
        let mut buffer = [b'0'; 20];
        let mut start = buffer.len();
        let mut rest = value;
        while rest > 0
            && let Some(slot) = start.checked_sub(1).and_then(|at| buffer.get_mut(at))
        {
            *slot = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
            start -= 1;
        }
        let digits = buffer.get(start..).and_then(|digits| std::str::from_utf8(digits).ok()).unwrap_or("");
        Decimal::from_parts(digits, "")
    }

    /// What [`Decimal::from_parts`] gives, as it was written: the sign, the digits and the
    /// exponent.
    #[cfg(test)]
    fn from_parts_by_string(integer: &str, fraction: &str) -> (bool, String, i64) {
        let mut digits = String::with_capacity(integer.len() + fraction.len());
        digits.extend(integer.chars().filter(char::is_ascii_digit));
        let integer_length = digits.len();
        digits.extend(fraction.chars().filter(char::is_ascii_digit));
        let mut exponent = -i64::try_from(digits.len() - integer_length).unwrap_or(0);
        let mut negative = false;
        let leading = digits.bytes().take_while(|&byte| byte == b'0').count();
        digits.drain(..leading);
        while digits.ends_with('0') {
            digits.pop();
            exponent += 1;
        }
        if digits.is_empty() {
            exponent = 0;
            negative = false;
        }
        (negative, digits, exponent)
    }

    fn normalized(mut self) -> Decimal {
        while self.digits.pop_zero() {
            self.exponent += 1;
        }
        if self.digits.is_empty() {
            self.exponent = 0;
            self.negative = false;
        }
        self
    }

    /// The number times 10^`power`.
    pub(crate) fn scaled(mut self, power: u32) -> Decimal {
        if !self.digits.is_empty() {
            self.exponent += i64::from(power);
        }
        self
    }

    /// The number times 10^`power`, a power that may be negative (`3.5` and -4: `0.00035`).
    pub(crate) fn shifted(mut self, power: i64) -> Decimal {
        if !self.digits.is_empty() {
            self.exponent += power;
        }
        self
    }

    /// The number divided by a hundred (basis points as percentage points).
    fn hundredths(mut self) -> Decimal {
        if !self.digits.is_empty() {
            self.exponent -= 2;
        }
        self
    }

    /// The whole number plus a fraction given by its decimal digits (`5` for a half): `1` and
    /// `5` give 1.5, as `1½` is read. `None` unless the number is a whole one, not negative.
    pub(crate) fn plus_fraction(&self, fraction: &str) -> Option<Decimal> {
        if self.negative || !self.is_integer() {
            return None;
        }
        let mut whole = String::new();
        self.push_canonical(&mut whole);
        Some(Decimal::from_parts(&whole, fraction))
    }

    /// The number with its sign flipped.
    pub(crate) fn negated(mut self) -> Decimal {
        self.negative = !self.negative && !self.digits.is_empty();
        self
    }

    /// Whether the number has no fraction part.
    pub(crate) fn is_integer(&self) -> bool {
        self.exponent >= 0
    }

    /// The value as an integer, when it is a small non-negative integer.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        if self.negative || !self.is_integer() || self.exponent > 19 {
            return None;
        }
        if self.digits.is_empty() {
            return Some(0);
        }
        let base: u64 = self.digits.as_str().parse().ok()?;
        base.checked_mul(10u64.checked_pow(u32::try_from(self.exponent).ok()?)?)
    }

    /// The canonical plain rendering used in keys: `5970000000`, `51.4`, `-21`, `0.5`.
    #[cfg(test)]
    pub(crate) fn canonical(&self) -> String {
        let mut out = String::new();
        self.push_canonical(&mut out);
        out
    }

    /// A readable rendering with thousands grouped by spaces: `81 000 000 000`.
    #[cfg(test)]
    pub(crate) fn grouped(&self) -> String {
        let mut out = String::new();
        self.push_grouped(&mut out);
        out
    }

    /// Pushes [`Decimal::canonical`] onto `out`.
    pub(crate) fn push_canonical(&self, out: &mut String) {
        self.push(out, false);
    }

    /// Pushes [`Decimal::grouped`] onto `out`.
    pub(crate) fn push_grouped(&self, out: &mut String) {
        self.push(out, true);
    }

    /// Pushes the sign, the integer part (its thousands grouped by spaces when `group` is set
    /// and it has more than four digits) and the fraction part after a point, if any.
    fn push(&self, out: &mut String, group: bool) {
        if self.negative {
            out.push('-');
        }
        let digits = self.digits.as_bytes();
        // The integer part is `integer` then `zeros` zeros; the fraction part is
        // `fraction_zeros` zeros then `fraction`.
        let (integer, zeros, fraction_zeros, fraction): (&[u8], usize, usize, &[u8]) = if digits.is_empty() {
            (b"0", 0, 0, b"")
        } else if self.exponent >= 0 {
            (digits, usize::try_from(self.exponent).unwrap_or(0), 0, b"")
        } else {
            let places = usize::try_from(-self.exponent).unwrap_or(0);
            if places >= digits.len() {
                (b"0", 0, places - digits.len(), digits)
            } else {
                let (integer, fraction) = digits.split_at(digits.len() - places);
                (integer, 0, 0, fraction)
            }
        };
        let length = integer.len() + zeros;
        let grouping = group && length > 4;
        out.reserve(length + length / 3 + fraction_zeros + fraction.len() + 1);
        for (index, digit) in integer.iter().copied().chain(std::iter::repeat_n(b'0', zeros)).enumerate() {
            if grouping && index > 0 && (length - index) % 3 == 0 {
                out.push(' ');
            }
            out.push(char::from(digit));
        }
        if fraction_zeros + fraction.len() > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', fraction_zeros));
            out.extend(fraction.iter().copied().map(char::from));
        }
    }

    /// [`Decimal::canonical`] as it was written, through [`Decimal::split`].
    #[cfg(test)]
    fn canonical_by_split(&self) -> String {
        let (integer, fraction) = self.split();
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        out.push_str(&integer);
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(&fraction);
        }
        out
    }

    /// [`Decimal::grouped`] as it was written, through [`Decimal::split`].
    #[cfg(test)]
    fn grouped_by_split(&self) -> String {
        let (integer, fraction) = self.split();
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        let length = integer.len();
        for (index, digit) in integer.chars().enumerate() {
            if index > 0 && (length - index) % 3 == 0 && length > 4 {
                out.push(' ');
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(&fraction);
        }
        out
    }

    #[cfg(test)]
    fn split(&self) -> (String, String) {
        let digits = self.digits.as_str();
        if digits.is_empty() {
            return ("0".to_string(), String::new());
        }
        if self.exponent >= 0 {
            let zeros = usize::try_from(self.exponent).unwrap_or(0);
            return (format!("{digits}{}", "0".repeat(zeros)), String::new());
        }
        let places = usize::try_from(-self.exponent).unwrap_or(0);
        if places >= digits.len() {
            let zeros = places - digits.len();
            return ("0".to_string(), format!("{}{digits}", "0".repeat(zeros)));
        }
        let (integer, fraction) = digits.split_at(digits.len() - places);
        (integer.to_string(), fraction.to_string())
    }
}

/// What a number measures, once its suffixes are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Measure {
    Plain,
    Percent,
    PercentagePoints,
    Amount(&'static str),
}

/// A number with its measure and the span it covers.
#[derive(Debug, Clone)]
pub(crate) struct Quantity {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub measure: Measure,
    /// The power of ten of the scale word read, if any (`3.9 million` → 6).
    pub scale: Option<u32>,
}

impl Quantity {
    /// The value of this quantity on its own.
    pub(crate) fn to_value(&self) -> Value {
        let mut key = String::with_capacity(24);
        let mut display = String::with_capacity(24);
        let (prefix, code, unit) = match self.measure {
            Measure::Plain => ("num:", "", ""),
            Measure::Percent => ("pct:", "", " %"),
            Measure::PercentagePoints => ("pp:", "", " pp"),
            Measure::Amount(code) => ("amount:", code, ""),
        };
        key.push_str(prefix);
        if !code.is_empty() {
            key.push_str(code);
            key.push(':');
        }
        self.value.push_canonical(&mut key);
        self.value.push_grouped(&mut display);
        display.push_str(unit);
        if !code.is_empty() {
            display.push(' ');
            display.push_str(code);
        }
        Value::new(ValueKind::Number, self.start..self.end, key, display)
    }
}

/// The suffix and prefix words of one language, each list in the order an alternation
/// tries them: longest first, so `billions` wins over `billion`.
struct Words {
    scales: WordList,
    percents: WordList,
    percent_adjectives: WordList,
    points: WordList,
    basis_points: WordList,
    currencies: WordList,
}

fn build(table: &LangTable) -> Words {
    Words {
        scales: WordList::new(table.scales.iter().map(|(word, _)| *word)),
        percents: WordList::new(table.percent_words.iter().copied()),
        percent_adjectives: WordList::new(table.percent_adjectives.iter().copied()),
        points: WordList::new(table.percentage_point_words.iter().copied()),
        basis_points: WordList::new(table.basis_point_words.iter().copied()),
        currencies: WordList::new(table.currencies.iter().map(|(word, _)| *word)),
    }
}

/// Words looked for after or before a number, longest first, with the bytes a text may
/// start or end with to hold one: most numbers are followed by an ordinary word, ruled out
/// by its first byte before any word of the list is compared.
struct WordList {
    words: Vec<&'static str>,
    /// For each word: whether it is ASCII without a space, so that a text of ASCII bytes
    /// holds it exactly when its bytes equal the word's but for ASCII case.
    plain: Vec<bool>,
    /// For each byte: whether a text starting with it may start with a word of the list
    /// (every byte that is not ASCII may, as a character it begins may fold to a letter).
    firsts: [bool; 256],
    /// The same for the last byte of a text and the last letter of a word.
    lasts: [bool; 256],
    /// For each ASCII byte, the words (with their `plain`) a text that starts with it may
    /// start with, in the order of `words`: the others cannot match.
    by_first: Vec<Vec<(&'static str, bool)>>,
    /// The same for the last byte of a text and the words it may end with.
    by_last: Vec<Vec<(&'static str, bool)>>,
}

impl WordList {
    fn new(words: impl IntoIterator<Item = &'static str>) -> WordList {
        let words = longest_first(words);
        let may = |letter: fn(&str) -> Option<char>| -> [bool; 256] {
            let mut set = [true; 256];
            for (byte, slot) in set.iter_mut().enumerate().take(128) {
                let c = char::from(byte as u8);
                *slot = words.iter().any(|word| letter(word).is_some_and(|l| l == ' ' || same_letter(c, l)));
            }
            set
        };
        let firsts = may(|word| word.chars().next());
        let lasts = may(|word| word.chars().next_back());
        let plain: Vec<bool> = words.iter().map(|word| word.is_ascii() && !word.contains(' ')).collect();
        let by_letter = |letter: fn(&str) -> Option<char>| -> Vec<Vec<(&'static str, bool)>> {
            (0..128u8)
                .map(|byte| {
                    let c = char::from(byte);
                    words
                        .iter()
                        .zip(&plain)
                        .filter(|(word, _)| letter(word).is_some_and(|l| l == ' ' || same_letter(c, l)))
                        .map(|(word, plain)| (*word, *plain))
                        .collect()
                })
                .collect()
        };
        let by_first = by_letter(|word| word.chars().next());
        let by_last = by_letter(|word| word.chars().next_back());
        WordList { words, plain, firsts, lasts, by_first, by_last }
    }

    /// The words, with their `plain`, that a text whose first (or last, with `by_last`) byte is
    /// `byte` may start (end) with: every word when the byte is not ASCII.
    fn candidates<'a>(
        &'a self,
        by_byte: &'a [Vec<(&'static str, bool)>],
        byte: u8,
    ) -> impl Iterator<Item = (&'static str, bool)> + 'a {
        let (few, all) = match by_byte.get(usize::from(byte)) {
            Some(few) => (few.as_slice(), None),
            None => (&[][..], Some(self.words.iter().copied().zip(self.plain.iter().copied()))),
        };
        few.iter().copied().chain(all.into_iter().flatten())
    }

    fn may_start(&self, text: &str) -> bool {
        text.as_bytes().first().is_some_and(|&b| self.firsts[usize::from(b)])
    }

    fn may_end(&self, text: &str) -> bool {
        text.as_bytes().last().is_some_and(|&b| self.lasts[usize::from(b)])
    }
}

static EN: LazyLock<Words> = LazyLock::new(|| build(table(Lang::En)));
static SV: LazyLock<Words> = LazyLock::new(|| build(table(Lang::Sv)));

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Sv => &SV,
    }
}

/// Two letters that are one letter whatever their case.
///
/// An ASCII character and one beyond ASCII are one letter only when the latter lower-cases to
/// the former, and KELVIN SIGN (to `k`) is the only such character (a test reads them all):
/// so most comparisons are answered without a case table.
fn same_letter(a: char, b: char) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    if a == b {
        return true;
    }
    if a.is_ascii() || b.is_ascii() {
        let (ascii, other) = if a.is_ascii() { (a, b) } else { (b, a) };
        return other == '\u{212A}' && ascii.eq_ignore_ascii_case(&'k');
    }
    a.to_lowercase().eq(b.to_lowercase())
}

/// What [`same_letter`] answers, from the case tables alone.
#[cfg(test)]
fn same_letter_by_tables(a: char, b: char) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// The byte length of `word` at the start of `text`, compared without case; a space in
/// `word` stands for one or more white-space characters (`per cent`, `per\ncent`).
fn word_at_start(text: &str, word: &str) -> Option<usize> {
    let mut at = 0;
    for letter in word.chars() {
        let rest = text.get(at..)?;
        if letter == ' ' {
            let run: usize = rest.chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
            if run == 0 {
                return None;
            }
            at += run;
        } else {
            let c = rest.chars().next().filter(|&c| same_letter(c, letter))?;
            at += c.len_utf8();
        }
    }
    Some(at)
}

/// Where `word` starts if `text` ends with it, compared as in [`word_at_start`].
fn word_at_end(text: &str, word: &str) -> Option<usize> {
    let mut end = text.len();
    for letter in word.chars().rev() {
        let head = text.get(..end)?;
        if letter == ' ' {
            let run: usize = head.chars().rev().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
            if run == 0 {
                return None;
            }
            end -= run;
        } else {
            let c = head.chars().next_back().filter(|&c| same_letter(c, letter))?;
            end -= c.len_utf8();
        }
    }
    Some(end)
}

/// The first of `words` at the start of `text`: its byte length.
fn first_word_at_start(text: &str, words: &WordList) -> Option<usize> {
    if !words.may_start(text) {
        return None;
    }
    let bytes = text.as_bytes();
    let first = bytes.first().copied().unwrap_or(0);
    words.candidates(&words.by_first, first).find_map(|(word, plain)| {
        // Where the text is ASCII, a plain word is compared byte by byte; elsewhere a
        // character that is not ASCII may still fold to one of its letters (`K` to `k`).
        if plain
            && let Some(head) = bytes.get(..word.len())
            && head.is_ascii()
        {
            return head.eq_ignore_ascii_case(word.as_bytes()).then_some(word.len());
        }
        word_at_start(text, word)
    })
}

/// What [`first_word_at_start`] answers, comparing letter by letter.
#[cfg(test)]
fn first_word_at_start_by_letters(text: &str, words: &WordList) -> Option<usize> {
    if !words.may_start(text) {
        return None;
    }
    words.words.iter().find_map(|word| word_at_start(text, word))
}

/// The byte length of the space-like characters (see [`is_space_like`]) that start `text`.
fn leading_spaces(text: &str) -> usize {
    skip_space_like(text.as_bytes(), 0)
}

/// What [`leading_spaces`] answers, character by character.
#[cfg(test)]
fn leading_spaces_by_chars(text: &str) -> usize {
    text.chars().take_while(|&c| is_space_like(c)).map(char::len_utf8).sum()
}

/// A word after at least one space: the end of the word and its range, from the start of `text`.
fn spaced_word(text: &str, words: &WordList) -> Option<(usize, std::ops::Range<usize>)> {
    let spaces = leading_spaces(text);
    if spaces == 0 {
        return None;
    }
    let length = first_word_at_start(text.get(spaces..)?, words)?;
    Some((spaces + length, spaces..spaces + length))
}

/// A percent sign after at most one space, or a percent word after spaces: the end.
fn percent_suffix(text: &str, words: &Words) -> Option<usize> {
    let first_width = text.chars().next().filter(|&c| is_space_like(c)).map_or(0, char::len_utf8);
    if text.get(first_width..).is_some_and(|rest| rest.starts_with('%')) {
        return Some(first_width + 1);
    }
    text.starts_with('%').then_some(1).or_else(|| spaced_word(text, &words.percents).map(|(end, _)| end))
}

/// The length of the percent that follows byte `end` of `text`: a sign after at most one
/// space, or a word that ends there (`25%`, `25 %`, `25 per cent`, `25 procent`).
fn percent_after(text: &str, words: &Words, end: usize) -> Option<usize> {
    let tail = text.get(end..)?;
    // An adjective of percent hyphened to its figure (`10-procentig lösning`, a 10 % solution).
    if let Some(rest) = tail.strip_prefix('-')
        && let Some(length) = first_word_at_start(rest, &words.percent_adjectives)
        && word_ends(text, end + 1 + length)
    {
        return Some(1 + length);
    }
    let length = percent_suffix(tail, words)?;
    (tail.get(..length).is_some_and(|found| found.ends_with('%')) || word_ends(text, end + length))
        .then_some(length)
}

/// The length of the basis points that follow byte `end` of `text` after a space (`25 bps`,
/// `25 basis points`, `25 baspunkter`).
fn basis_points_after(text: &str, lang: Lang, end: usize) -> Option<usize> {
    let (length, _) = spaced_word(text.get(end..)?, &words(lang).basis_points)?;
    word_ends(text, end + length).then_some(length)
}

/// Where a figure or range from byte `start` to `end` that stands alone in square brackets
/// (a business secret given as a band: `[60-70]%`, `[60–70] %`) starts with its opening
/// bracket, and where the percent after its closing one ends: the figure is a percentage.
fn bracketed_percent(text: &str, lang: Lang, start: usize, end: usize) -> Option<(usize, usize)> {
    let open = start.checked_sub(1).filter(|&open| text.as_bytes().get(open) == Some(&b'['))?;
    if text.as_bytes().get(end) != Some(&b']') {
        return None;
    }
    let length = percent_after(text, words(lang), end + 1)?;
    Some((open, end + 1 + length))
}

/// A currency word right after optional spaces: the end and the word's range.
fn currency_suffix(text: &str, words: &Words) -> Option<(usize, std::ops::Range<usize>)> {
    let spaces = leading_spaces(text);
    let length = first_word_at_start(text.get(spaces..)?, &words.currencies)?;
    Some((spaces + length, spaces..spaces + length))
}

/// A currency word that ends `text` but for spaces: its range (the leftmost, so the longest).
fn currency_prefix(text: &str, words: &Words) -> Option<std::ops::Range<usize>> {
    let trimmed = text.trim_end_matches(is_space_like);
    if !words.currencies.may_end(trimmed) {
        return None;
    }
    let bytes = trimmed.as_bytes();
    let last = bytes.last().copied().unwrap_or(0);
    words
        .currencies
        .candidates(&words.currencies.by_last, last)
        .filter_map(|(word, plain)| {
            // As in `first_word_at_start`: ASCII text is compared byte by byte.
            if plain
                && let Some(start) = bytes.len().checked_sub(word.len())
                && let Some(tail) = bytes.get(start..)
                && tail.is_ascii()
            {
                return tail.eq_ignore_ascii_case(word.as_bytes()).then_some(start);
            }
            word_at_end(trimmed, word)
        })
        .min()
        .map(|start| start..trimmed.len())
}

/// What [`currency_prefix`] answers, comparing letter by letter.
#[cfg(test)]
fn currency_prefix_by_letters(text: &str, words: &Words) -> Option<std::ops::Range<usize>> {
    let trimmed = text.trim_end_matches(is_space_like);
    if !words.currencies.may_end(trimmed) {
        return None;
    }
    words
        .currencies
        .words
        .iter()
        .filter_map(|word| word_at_end(trimmed, word))
        .min()
        .map(|start| start..trimmed.len())
}

/// A number in digits before its suffixes are read.
#[derive(Debug, Clone)]
pub(crate) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// Written with three or more dot-separated parts (`3.1.2`, `29.1.2026`): not a quantity.
    pub dotted: bool,
}

fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes.get(from..).map_or(0, |tail| tail.iter().take_while(|byte| byte.is_ascii_digit()).count())
}

/// The byte length of a space-like character at `index`, if there is one.
fn space_at(text: &str, index: usize) -> Option<usize> {
    char_at(text, index).filter(|&c| is_space_like(c)).map(char::len_utf8)
}

/// Reads the digits at `start` (which must begin a digit run) in the conventions of `lang`.
pub(crate) fn parse_numeral(text: &str, start: usize, lang: Lang) -> Option<Numeral> {
    let bytes = text.as_bytes();
    let first = digit_run(bytes, start);
    if first == 0 {
        return None;
    }
    let lone_zero = first == 1 && bytes.get(start) == Some(&b'0');
    let mut end = start + first;
    let mut value = DecimalBuilder::new();
    value.integer(text.get(start..end)?);
    let mut grouped_by_comma = false;
    if first <= 3 && !after_caret(text, start) && !after_letter(text, start) {
        // Thousands grouped by a comma (English only, and never after a lone `0`: `0,310` is
        // the decimal comma of the Official Journal) or by a space of any width.
        if lang == Lang::En && !lone_zero && bytes.get(end) == Some(&b',') && digit_run(bytes, end + 1) == 3 {
            while bytes.get(end) == Some(&b',') && digit_run(bytes, end + 1) == 3 {
                value.integer(text.get(end + 1..end + 4)?);
                end += 4;
                grouped_by_comma = true;
            }
        } else {
            while let Some(width) = space_at(text, end) {
                if digit_run(bytes, end + width) != 3 {
                    break;
                }
                value.integer(text.get(end + width..end + width + 3)?);
                end += width + 3;
            }
        }
    }
    let decimal_signs: &[u8] = match lang {
        // A comma after comma-grouped thousands cannot be a decimal sign.
        Lang::En if grouped_by_comma => b".",
        Lang::En => b".,",
        Lang::Sv => b",.",
    };
    if let Some(&sign) = bytes.get(end)
        && decimal_signs.contains(&sign)
    {
        let run = digit_run(bytes, end + 1);
        let comma_thousands = lang == Lang::En && sign == b',' && run == 3 && !lone_zero;
        if run > 0 && !comma_thousands {
            value.fraction(text.get(end + 1..end + 1 + run)?);
            end += 1 + run;
        }
    }
    let mut dotted = false;
    while matches!(bytes.get(end), Some(b'.')) && digit_run(bytes, end + 1) > 0 {
        end += 1 + digit_run(bytes, end + 1);
        dotted = true;
    }
    Some(Numeral { start, end, value: value.finish(), dotted })
}

/// Whether the digits at `start` follow a caret, with or without a minus sign (`10^11`,
/// `(1 + X)^−1`): a power or a limit of a formula, whose digits take no thousands group from
/// a figure after a space (`∑l=1^11 130,41` is the limit 11 and the figure 130,41).
fn after_caret(text: &str, start: usize) -> bool {
    text.get(..start).is_some_and(|head| head.trim_end_matches(['-', '−']).ends_with('^'))
}

/// Whether the digits at `start` are glued to a letter before them: the end of a code (`R3` of
/// `unga tjurar R3 567,90 euro`, a class of the carcass grid, `B1`), whose digits take no
/// thousands group from a figure after a space or a comma, a figure of its own.
fn after_letter(text: &str, start: usize) -> bool {
    char_before(text, start).is_some_and(char::is_alphabetic)
}

/// What [`parse_numeral`] reads, with the parts gathered in strings.
#[cfg(test)]
fn parse_numeral_by_strings(text: &str, start: usize, lang: Lang) -> Option<Numeral> {
    let bytes = text.as_bytes();
    let first = digit_run(bytes, start);
    if first == 0 {
        return None;
    }
    let lone_zero = first == 1 && bytes.get(start) == Some(&b'0');
    let mut end = start + first;
    let mut integer = text.get(start..end)?.to_string();
    let mut grouped_by_comma = false;
    if first <= 3 && !after_caret(text, start) && !after_letter(text, start) {
        // Thousands grouped by a comma (English only, and never after a lone `0`: `0,310` is
        // the decimal comma of the Official Journal) or by a space of any width.
        if lang == Lang::En && !lone_zero && bytes.get(end) == Some(&b',') && digit_run(bytes, end + 1) == 3 {
            while bytes.get(end) == Some(&b',') && digit_run(bytes, end + 1) == 3 {
                integer.push_str(text.get(end + 1..end + 4)?);
                end += 4;
                grouped_by_comma = true;
            }
        } else {
            while let Some(width) = space_at(text, end) {
                if digit_run(bytes, end + width) != 3 {
                    break;
                }
                integer.push_str(text.get(end + width..end + width + 3)?);
                end += width + 3;
            }
        }
    }
    let mut fraction = String::new();
    let decimal_signs: &[u8] = match lang {
        // A comma after comma-grouped thousands cannot be a decimal sign.
        Lang::En if grouped_by_comma => b".",
        Lang::En => b".,",
        Lang::Sv => b",.",
    };
    if let Some(&sign) = bytes.get(end)
        && decimal_signs.contains(&sign)
    {
        let run = digit_run(bytes, end + 1);
        let comma_thousands = lang == Lang::En && sign == b',' && run == 3 && !lone_zero;
        if run > 0 && !comma_thousands {
            fraction = text.get(end + 1..end + 1 + run)?.to_string();
            end += 1 + run;
        }
    }
    let mut dotted = false;
    while matches!(bytes.get(end), Some(b'.')) && digit_run(bytes, end + 1) > 0 {
        end += 1 + digit_run(bytes, end + 1);
        dotted = true;
    }
    Some(Numeral { start, end, value: Decimal::from_parts(&integer, &fraction), dotted })
}

/// The scale word (`billion`, `miljarder`) after spaces at `end` of `text`: the byte length of
/// spaces and word, and the power of ten.
pub(crate) fn scale_after(text: &str, lang: Lang, end: usize) -> Option<(usize, u32)> {
    let tail = text.get(end..)?;
    let Some((length, word)) = spaced_word(tail, &words(lang).scales) else {
        return glued_scale(text, lang, end);
    };
    if !word_ends(text, end + length) {
        return None;
    }
    with_lowercase(tail.get(word)?, |word| {
        table(lang).scales.iter().find(|(name, _)| *name == word).map(|(_, power)| (length, *power))
    })
}

/// A scale abbreviation written onto the number (`1.2bn`, `5mn`, `3md`): its length and
/// power of ten. Only the short letter-only entries of the table are read so.
fn glued_scale(text: &str, lang: Lang, end: usize) -> Option<(usize, u32)> {
    let tail = text.get(end..)?;
    if !tail.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    table(lang)
        .scales
        .iter()
        .filter(|(word, _)| word.len() <= 3 && word.bytes().all(|b| b.is_ascii_alphabetic()))
        .find(|(word, _)| word_at(tail.as_bytes(), 0, word) && word_ends(text, end + word.len()))
        .map(|(word, power)| (word.len(), *power))
}

/// `m` or `k` after an amount with its currency before it (`€45m`, `EUR 500k`, `EUR 450 m`):
/// a million or a thousand, and the length up to its end. Without the currency, `45m` may be
/// metres.
fn currency_glued_scale(text: &str, lang: Lang, start: usize, end: usize) -> Option<(usize, u32)> {
    let space = usize::from(text.as_bytes().get(end) == Some(&b' '));
    let power = match text.as_bytes().get(end + space) {
        Some(b'm') => 6,
        Some(b'k') => 3,
        _ => return None,
    };
    if !word_ends(text, end + space + 1) {
        return None;
    }
    let head = text.get(floor_char_boundary(text, start.saturating_sub(24))..start)?;
    let word = currency_prefix(head, words(lang))?;
    currency_code(table(lang), head.get(word)?)?;
    Some((space + 1, power))
}

/// Reads the scale word, percent sign and currency after a number, and a currency before it.
///
/// `start..end` is the number itself; the returned quantity may cover more.
pub(crate) fn quantity(text: &str, lang: Lang, start: usize, end: usize, value: Decimal) -> Quantity {
    let words = words(lang);
    let lang_table = table(lang);
    let mut quantity = Quantity { start, end, value, measure: Measure::Plain, scale: None };
    let tail = |at: usize| text.get(at..).unwrap_or("");
    if let Some((length, power)) = scale_after(text, lang, quantity.end)
        .or_else(|| currency_glued_scale(text, lang, start, quantity.end))
    {
        quantity.value = quantity.value.clone().scaled(power);
        quantity.end += length;
        quantity.scale = Some(power);
    }
    if let Some((length, _)) = spaced_word(tail(quantity.end), &words.points)
        && word_ends(text, quantity.end + length)
    {
        quantity.end += length;
        quantity.measure = Measure::PercentagePoints;
        return quantity;
    }
    // Basis points are hundredths of a percentage point (`25 basis points` = `0,25
    // procentenheter`).
    if quantity.scale.is_none()
        && let Some(length) = basis_points_after(text, lang, quantity.end)
    {
        quantity.end += length;
        quantity.value = quantity.value.clone().hundredths();
        quantity.measure = Measure::PercentagePoints;
        return quantity;
    }
    if let Some(length) = percent_after(text, words, quantity.end) {
        quantity.end += length;
        quantity.measure = Measure::Percent;
        return quantity;
    }
    // A figure a business secret hides in brackets, its percent sign after them (`[25]%`,
    // `[25] %`).
    if quantity.scale.is_none()
        && let Some((open, close)) = bracketed_percent(text, lang, quantity.start, quantity.end)
    {
        quantity.start = open;
        quantity.end = close;
        quantity.measure = Measure::Percent;
        return quantity;
    }
    // `seven euro area Member States`: the euro names the area, not a sum.
    let names_area = |end: usize| {
        let rest = text.get(end..).unwrap_or("");
        let rest = rest.strip_prefix([' ', '-', '\u{a0}']).unwrap_or("");
        ["area", "zone"].iter().any(|noun| {
            rest.get(..noun.len()).is_some_and(|word| word.eq_ignore_ascii_case(noun))
                && word_ends(text, end + 1 + noun.len())
        })
    };
    if let Some((length, word)) = currency_suffix(tail(quantity.end), words)
        && let Some(word) = tail(quantity.end).get(word)
        && (!word.chars().all(char::is_alphabetic) || word_ends(text, quantity.end + length))
        && let Some(code) = currency_code(lang_table, word)
        && !names_area(quantity.end + length)
    {
        quantity.end += length;
        quantity.measure = Measure::Amount(code);
        return quantity;
    }
    // A currency before the number: `EUR 81 billion`, `€3 billion`.
    let window_start = floor_char_boundary(text, start.saturating_sub(24));
    if let Some(head) = text.get(window_start..start)
        && let Some(word) = currency_prefix(head, words)
        && let Some(code) = head.get(word.clone()).and_then(|word| currency_code(lang_table, word))
    {
        let word_start = window_start + word.start;
        let alphabetic = head.get(word.clone()).is_some_and(|word| word.chars().all(char::is_alphabetic));
        // The second code of a currency pair (`USD/EUR 1,16`, `EUR/USD 1.17`) quotes an
        // exchange rate: the figure is the rate, a plain number, no amount of that currency.
        let glued =
            alphabetic && char_before(text, word_start).is_some_and(|c| c.is_alphanumeric() || c == '/');
        // A currency's name comes after its figure in both languages (`5 leva`, `20 euro`,
        // `7 kanadensiska dollar`); only a code (`BGN 5`) or a sign stands before it: `leva
        // 5,3 år längre` is to live 5.3 years longer, and `Euro 5` an emission standard.
        let name = head.get(word).is_some_and(|word| {
            word.chars().all(|c| c.is_alphabetic() || is_space_like(c))
                && word.chars().any(char::is_lowercase)
        });
        // `120 euro 2024`: the currency is the unit of the amount before it.
        let unit_before_year = quantity.scale.is_none()
            && bare_year(text, start, quantity.end)
            && follows_amount(text, word_start, lang_table);
        if !glued && !name && !unit_before_year {
            quantity.start = word_start;
            quantity.measure = Measure::Amount(code);
        }
    }
    quantity
}

/// Whether `start..end` is four digits from 1900 to 2100 alone: a year in running text.
fn bare_year(text: &str, start: usize, end: usize) -> bool {
    end == start + 4
        && text.get(start..end).is_some_and(|digits| {
            digits.bytes().all(|byte| byte.is_ascii_digit())
                && digits.parse::<u32>().is_ok_and(|year| (1900..=2100).contains(&year))
        })
}

/// Whether a figure, or a figure and its scale word, ends right before `at` but for spaces:
/// a currency word there is the unit written after that amount (`120 euro 2024`, `3 miljoner
/// euro 2024`: Swedish writes a year in running text without a preposition), not a currency
/// before the figure after it.
fn follows_amount(text: &str, at: usize, lang_table: &LangTable) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let before = before.trim_end_matches(is_space_like);
    let word_start = before.rfind(|c: char| !c.is_alphabetic() && c != '.').map_or(0, |at| at + 1);
    let word = before.get(word_start..).unwrap_or("");
    let before =
        if !word.is_empty() && lang_table.scales.iter().any(|(scale, _)| scale.eq_ignore_ascii_case(word)) {
            before.get(..word_start).unwrap_or("").trim_end_matches(is_space_like)
        } else {
            before
        };
    before.as_bytes().last().is_some_and(u8::is_ascii_digit)
}

/// The ISO code of a currency word or symbol of the language table (`euro`, `EUR`, `kronor`).
pub(crate) fn currency_code(lang_table: &LangTable, word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    let word: String =
        word.split(|c: char| c.is_whitespace()).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ");
    lang_table.currencies.iter().find(|(name, _)| *name == word).map(|(_, code)| *code)
}

/// Unit symbols that may be written onto their number (`10kg`, `1,200km`, `24h`, `5yrs` in a
/// table's heading); the other version usually writes a space (`10 kg`, `5 år`), and either
/// way the number is the figure.
const GLUED_UNITS: [&str; 24] = [
    "km", "cm", "mm", "kg", "ha", "km2", "km²", "m2", "m²", "m3", "m³", "kW", "MW", "GW", "kWh", "MWh",
    "GWh", "TWh", "Mt", "Gt", "kt", "h", "yr", "yrs",
];

/// A number with a unit symbol written onto it: the number, as a plain figure. `m` alone is
/// metres or, in English, a million (`5m high`, `450m people`): the key `mnum:` says so, and
/// the check takes it for either.
fn glued_unit(text: &str, numeral: &Numeral) -> Option<Number> {
    let tail = text.get(numeral.end..)?;
    let unit = GLUED_UNITS
        .iter()
        .chain(&["m"])
        .find(|unit| tail.starts_with(**unit) && word_ends(text, numeral.end + unit.len()))?;
    let raw = text.get(numeral.start..numeral.end)?;
    let metres_or_million = *unit == "m";
    let mut key = String::from(if metres_or_million { "mnum:" } else { "num:" });
    numeral.value.push_canonical(&mut key);
    let (end, display) =
        if metres_or_million { (numeral.end + 1, format!("{raw}m")) } else { (numeral.end, raw.to_string()) };
    Some(Number::Value(Value::new(ValueKind::Number, numeral.start..end, key, display)))
}

/// An English age group named by its bound and a plural `s` (`the under-25s`, `the over
/// 65s`): the age, as the other version writes it (`under 25 år`, `över 65 år`).
fn age_group(text: &str, lang: Lang, numeral: &Numeral) -> Option<Number> {
    if lang != Lang::En
        || !text.get(numeral.end..)?.starts_with('s')
        || !word_ends(text, numeral.end + 1)
        || !(1..=3).contains(&(numeral.end - numeral.start))
    {
        return None;
    }
    let digits = text.get(numeral.start..numeral.end)?;
    let head = text.get(..numeral.start)?;
    let head = head.strip_suffix(['-', ' ', '\u{a0}'])?;
    let bound = head.get(super::letters_start(head, head.len())..)?;
    if !["under", "over"].iter().any(|word| word.eq_ignore_ascii_case(bound))
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some(Number::Value(Value::new(
        ValueKind::Number,
        numeral.start..numeral.end + 1,
        format!("num:{digits}"),
        digits,
    )))
}

/// Endings glued to a number that make no label: units and ordinal suffixes (`5x`, `24h`,
/// `3rd`), which other readers take or leave.
const NOT_LABEL_ENDINGS: &[&str] = &["x", "h", "s", "d", "e", "st", "nd", "rd", "th", "min"];

/// A number with lower-case letters glued to it, or after a dot, that names a part or an
/// area rather than a quantity (`3a`, `12zzb`, the ICES area `27.3.a`): an optional label
/// (`label:27.3.a`), written the same in every language, so that `3a` against `3b` is a
/// changed label and a version that writes the number alone misses nothing.
fn glued_label(text: &str, numeral: &Numeral) -> Option<Number> {
    let raw = text.get(numeral.start..numeral.end)?;
    if numeral.dotted && !raw.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let tail = text.get(numeral.end..)?;
    let dot = usize::from(tail.starts_with('.'));
    let letters = tail.as_bytes().get(dot..)?.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let end = numeral.end + dot + letters;
    let ending = text.get(numeral.end + dot..end)?;
    // Two letters at most, three only for the EEA's `z` series (`12zzb`).
    let limit = if dot == 0 && tail.as_bytes().first() == Some(&b'z') { 3 } else { 2 };
    // A label is one letter (`3a`), the EEA's `z` series (`12zm`, `12zza`), or a point
    // inserted after another (`6ba`): not a unit or word (`4hx`, `10kgs`).
    let label_like = letters == 1
        || ending.bytes().rev().skip(1).all(|b| b == b'z')
        || letters == 2 && ending.bytes().last().is_some_and(|last| (b'a'..=b'h').contains(&last));
    if letters == 0
        || letters > limit
        || !label_like
        || !word_ends(text, end)
        || NOT_LABEL_ENDINGS.contains(&ending)
        || (text.get(end..).is_some_and(|rest| rest.starts_with('.'))
            && char_at(text, end + 1).is_some_and(char::is_alphanumeric))
    {
        return None;
    }
    // `in 2024.The`: a sentence glued to a number is no label; nor a word after a full stop.
    if dot == 1 && !raw.contains('.') {
        return None;
    }
    let label = text.get(numeral.start..end)?;
    let mut value = Value::new(ValueKind::Number, numeral.start..end, format!("label:{label}"), label);
    value.optional = true;
    Some(Number::Value(value))
}

/// An article's paragraph cited without the word `Article`, in a table column or a list
/// (`| 5(1)(a), 6(1) |`): `5(1)` is written `5.1` in Swedish (`| 5.1 a, 6.1 |`), so it takes
/// the key a dotted number has (`num:5.1`), its points in brackets after it included in its
/// span. The article has three digits at most and opens the text, a cell, a bracket or an
/// item of a list (no word before it); the paragraph has one or two digits.
fn bare_provision(text: &str, numeral: &Numeral) -> Option<Value> {
    let bytes = text.as_bytes();
    let article = bytes.get(numeral.start..numeral.end)?;
    if numeral.dotted
        || article.len() > 3
        || !article.iter().all(u8::is_ascii_digit)
        || bytes.get(numeral.end) != Some(&b'(')
    {
        return None;
    }
    // Not after a word: `Paragraph 71(1)` of a national law is `71 § första stycket`.
    let head = text.get(..numeral.start)?.trim_end();
    if head.chars().next_back().is_some_and(|c| !matches!(c, '|' | ',' | ';' | '(' | ':')) {
        return None;
    }
    let paragraph = digit_run(bytes, numeral.end + 1);
    let close = numeral.end + 1 + paragraph;
    if !(1..=2).contains(&paragraph) || bytes.get(close) != Some(&b')') {
        return None;
    }
    // Points after it: `(a)`, `(iv)`.
    let mut end = close + 1;
    while bytes.get(end) == Some(&b'(') {
        let letters = bytes.get(end + 1..)?.iter().take_while(|b| b.is_ascii_lowercase()).count();
        if !(1..=4).contains(&letters) || bytes.get(end + 1 + letters) != Some(&b')') {
            break;
        }
        end += letters + 2;
    }
    if char_at(text, end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let (number, paragraph) = (text.get(numeral.start..numeral.end)?, text.get(numeral.end + 1..close)?);
    let display = text.get(numeral.start..end)?;
    Some(Value::new(ValueKind::Number, numeral.start..end, format!("num:{number}.{paragraph}"), display))
}

/// A number after a word of number (`No`, `nr`) whose digits are grouped in threes by dots or
/// by commas (`Law No 13,709`, `lag nr 13.709`): an identifier as its country writes it (a
/// Brazilian law, `Lei nº 13.709`), which a translation may keep or group by the other sign,
/// so its digits alone (`num:13709`), never a decimal. One to three digits, then one sign
/// throughout, each followed by exactly three digits, and no digit, letter or further
/// grouping after them (`nr 1.5`, `No 2.1234` and `No 1.234,5` stay figures).
fn grouped_identifier(text: &str, lang: Lang, numeral: &Numeral) -> Option<Number> {
    let bytes = text.as_bytes();
    let first = digit_run(bytes, numeral.start);
    let sign = *bytes.get(numeral.start + first)?;
    // The cheap test first: a dot or comma and three digits after the first group.
    if !(1..=3).contains(&first)
        || !matches!(sign, b'.' | b',')
        || digit_run(bytes, numeral.start + first + 1) != 3
    {
        return None;
    }
    let mut end = numeral.start + first;
    while bytes.get(end) == Some(&sign) && digit_run(bytes, end + 1) == 3 {
        end += 4;
    }
    let further = bytes.get(end).is_some_and(|b| matches!(b, b'.' | b',')) && digit_run(bytes, end + 1) > 0;
    if further || !word_ends(text, end) {
        return None;
    }
    let head = text.get(..numeral.start)?.trim_end_matches(is_space_like);
    if head.len() == numeral.start {
        return None;
    }
    // The word, with the dot it may end on (`No.`), as the table writes it.
    let word_end = head.strip_suffix('.').unwrap_or(head);
    let word_start = super::letters_start(word_end, word_end.len());
    let abbreviation = head.get(word_start..)?;
    if word_start == word_end.len()
        || char_before(head, word_start).is_some_and(char::is_alphanumeric)
        || !table(lang).number_abbreviations.iter().any(|no| no.eq_ignore_ascii_case(abbreviation))
    {
        return None;
    }
    let mut value = DecimalBuilder::new();
    value.integer(text.get(numeral.start..numeral.start + first)?);
    for group in (numeral.start + first..end).step_by(4) {
        value.integer(text.get(group + 1..group + 4)?);
    }
    Some(Number::Quantity(Quantity {
        start: numeral.start,
        end,
        value: value.finish(),
        measure: Measure::Plain,
        scale: None,
    }))
}

/// Whether a word ending at `index` really ends there (no letter or digit follows).
pub(crate) fn word_ends(text: &str, index: usize) -> bool {
    !char_at(text, index).is_some_and(char::is_alphanumeric)
}

/// The largest char boundary at or below `index`.
pub(crate) fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

/// Finds the numbers written in digits.
///
/// No digit stands before byte `from`.
#[cfg(test)]
pub(crate) fn find(text: &str, lang: Lang, from: usize, out: &mut Vec<Value>) {
    let mut deferred = Vec::new();
    find_deferred(text, lang, from, out, &mut deferred);
    for (index, quantity) in deferred {
        if let Some(value) = out.get_mut(index) {
            *value = quantity.to_value();
        }
    }
}

/// [`find`], with the value of a lone quantity left to be written: it is pushed onto `out`
/// with an empty key and display, and the quantity onto `deferred` with its index in `out`.
/// Most such numbers lose to a longer value (the year of a date, the number of an act), and
/// only those kept need their key and display.
pub(crate) fn find_deferred(
    text: &str,
    lang: Lang,
    from: usize,
    out: &mut Vec<Value>,
    deferred: &mut Vec<(usize, Quantity)>,
) {
    // An English text in the Official Journal's decimal comma is read with decimal points.
    let decimals = if lang == Lang::En { decimal_commas(text) } else { None };
    let text = decimals.as_deref().unwrap_or(text);
    let bytes = text.as_bytes();
    let mut index = from;
    while index < bytes.len() {
        let Some(start) = super::swar::find_digit(bytes, index) else {
            break;
        };
        let Some(numeral) = parse_numeral(text, start, lang) else {
            break;
        };
        index = numeral.end.max(start + 1);
        match number_at(text, lang, &numeral) {
            Some(Number::Value(value)) => {
                // A range has read its upper bound already.
                index = index.max(value.span.end);
                out.push(value);
            }
            Some(Number::Quantity(quantity)) => {
                index = index.max(quantity.end);
                out.push(Value::new(ValueKind::Number, quantity.start..quantity.end, "", ""));
                deferred.push((out.len() - 1, quantity));
            }
            None => {}
        }
    }
}

/// The figures of an English text that writes the decimal comma of the Official Journal
/// (`DKK 7,4611; HUF 402,15`, `0,310`), read as it writes them: there a figure of one to three
/// digits, a comma and three digits (`CZK 25,014`) is a decimal too, not a thousand and more,
/// as a text writes its numbers one way and the Official Journal groups thousands by a space
/// (IISG 6.5). The copy of `text` with a full stop for the comma of each such figure (a byte
/// for a byte: spans hold), for the number reader; `None` where the text holds no such
/// figure or no other decimal comma, or groups thousands by a comma (`1,234,567`, `1,234.5`)
/// or writes a decimal point (`12.5`) anywhere, where `1,247 replies` stays a count. A comma
/// between figures of a list written without spaces (`1,2,3`) is no decimal sign.
pub(crate) fn decimal_commas(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    // The figure around the sign at `at`, a digit on each side: the digits before it, and
    // whether a further sign and digit follow the digits after it. `None` for a sign inside a
    // figure that starts before (the second comma of `1,234,567`).
    let figure = |at: usize| {
        let before = bytes.get(..at)?.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = at - before;
        if start >= 2 && matches!(bytes.get(start - 1), Some(b'.' | b',')) && digit(start - 2) {
            return None;
        }
        let end = at + 1 + digit_run(bytes, at + 1);
        let goes_on = matches!(bytes.get(end), Some(b'.' | b',')) && digit(end + 1);
        Some((start, end - at - 1, goes_on))
    };
    let mut grouped = Vec::new();
    let mut decimal = false;
    for comma in memchr::memchr_iter(b',', bytes) {
        if comma == 0 || !digit(comma - 1) || !digit(comma + 1) {
            continue;
        }
        let Some((start, after, goes_on)) = figure(comma) else { continue };
        let before = comma - start;
        let lone_zero = before == 1 && bytes.get(start) == Some(&b'0');
        if after == 3 && before <= 3 && !lone_zero {
            if goes_on {
                return None;
            }
            grouped.push(comma);
        } else if !goes_on {
            decimal = true;
        }
    }
    if grouped.is_empty() || !decimal {
        return None;
    }
    // A decimal point of a figure of two parts; a dotted date or number (`28.4.2026`, `3.1.2`)
    // is none.
    let point = memchr::memchr_iter(b'.', bytes).any(|dot| {
        dot > 0 && digit(dot - 1) && digit(dot + 1) && figure(dot).is_some_and(|(_, _, goes_on)| !goes_on)
    });
    if point {
        return None;
    }
    let mut copy = text.as_bytes().to_vec();
    for comma in grouped {
        if let Some(sign) = copy.get_mut(comma) {
            *sign = b'.';
        }
    }
    String::from_utf8(copy).ok()
}

/// What [`number_at`] reads: a value, or a quantity whose value is written only if it is kept.
enum Number {
    Value(Value),
    Quantity(Quantity),
}

/// Whether a numeral stands alone: not glued to letters (`G7`, `25a`) or part of a
/// slashed identifier (`2024/1351`, `5848/26`).
fn stands_alone(text: &str, numeral: &Numeral) -> bool {
    let before = char_before(text, numeral.start);
    // After `%` the digits are a percent escape (`%E2%80%93`) left in a broken link text.
    // An underscore separates like a space: conversion writes `IP_25_2229` in one version
    // and `IP 25 2229` in the other, and both must give the same numbers.
    let series = || slash_series(text, numeral);
    let own_figure =
        || per_quantity(text, numeral) || before == Some('/') && series() || version_number(text, numeral);
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '%')) && !own_figure() {
        return false;
    }
    // A subscript written with tildes onto a formula (`CO~2~`) is part of the formula.
    if before == Some('~') && char_before(text, numeral.start - 1).is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let after = char_at(text, numeral.end);
    if after == Some('/')
        && !per_unit_follows(text, numeral.end + 1)
        && !quantity_per_unit_follows(text, numeral.end + 1)
        && !per_abbreviation(text, numeral.start, numeral.end)
        && !series()
    {
        return false;
    }
    true
}

/// Whether `numeral` is a version's number glued to its `v` (`CVSS v3.1`, `TLS v1.3`): a figure
/// of its own, as `version 3.1` gives it, so that a version changed (`v3.0`) is a changed
/// figure, where digits glued to a letter are otherwise a code's. Only a lower-case `v` that
/// starts its word, before a number with a dot: not `V2`, `nv3.1` nor `v2`.
fn version_number(text: &str, numeral: &Numeral) -> bool {
    let Some(mark) = numeral.start.checked_sub(1) else { return false };
    text.as_bytes().get(mark) == Some(&b'v')
        && !char_before(text, mark).is_some_and(char::is_alphanumeric)
        && text.get(numeral.start..numeral.end).is_some_and(|raw| raw.contains('.'))
}

/// Whether `numeral` is the second of two quantities a slash sets apart without spaces, as a
/// table's cell gives two thresholds (`85 %/95 %`, `85%/95%`, `50 miljoner/20 miljoner`, a
/// gloss in brackets after each: `440 miljoner (intag)/210 miljoner (frigörelse)`): the
/// slash right after a percent sign or a scale word, or after a short bracketed gloss that
/// follows one, and the numeral before its own percent sign or scale word. It is then a figure
/// of its own, where a numeral glued after a slash is otherwise part of an identifier
/// (`EU/1/23`, `ST/5848`).
fn slashed_quantity(text: &str, lang: Lang, numeral: &Numeral) -> bool {
    let Some(head) = text.get(..numeral.start).and_then(|head| head.strip_suffix('/')) else { return false };
    if percent_after(text, words(lang), numeral.end).is_none()
        && scale_after(text, lang, numeral.end).is_none()
    {
        return false;
    }
    // A gloss of a few words in brackets after the first quantity (`(intag)`).
    let head = match head.strip_suffix(')') {
        Some(inner) => {
            let Some(open) = inner.rfind('(') else { return false };
            let gloss = inner.get(open + 1..).unwrap_or("");
            if gloss.is_empty() || gloss.len() > 48 || gloss.contains(['/', ')']) {
                return false;
            }
            inner.get(..open).unwrap_or("").trim_end()
        }
        None => head,
    };
    if head.ends_with('%') {
        return true;
    }
    let letters = head.len() - head.trim_end_matches(char::is_alphabetic).len();
    let Some(word) = head.get(head.len() - letters..).filter(|word| !word.is_empty()) else { return false };
    with_lowercase(word, |word| table(lang).scales.iter().any(|(name, _)| *name == word))
}

/// Whether `numeral` is one figure of three or more joined by slashes without spaces, as
/// Swedish writes a table cell's figures for successive years (`75/78/80/83/85`, `10 500/10
/// 920/11 200`): each a figure of its own. Three short counts are a vote (`185/3/7`), which
/// the check takes for its three figures where the other version gives them apart. A date
/// (`31/12/2025`) and figures glued to letters or to a slash (`ST 6543/1/26 REV 1` is read
/// as a document, `EU/1/23/1745/002` as an identifier) are none.
fn slash_series(text: &str, numeral: &Numeral) -> bool {
    let bytes = text.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    // A byte of the series: a digit, a slash between digits, a decimal sign between digits, or
    // a space of a thousands group (a digit before, three digits after).
    let part = |at: usize| match bytes.get(at) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'/' | b'.' | b',') => at > 0 && digit(at - 1) && digit(at + 1),
        Some(b' ') => at > 0 && digit(at - 1) && (1..=3).all(|k| digit(at + k)) && !digit(at + 4),
        _ => false,
    };
    let mut start = numeral.start;
    while start > 0 && part(start - 1) {
        start -= 1;
    }
    let mut end = numeral.end;
    while part(end) {
        end += 1;
    }
    let Some(run) = text.get(start..end) else { return false };
    // Three parts need two slashes: most runs (`2024/1351`, `185/3`) hold one, and are
    // answered before their parts are collected.
    if run.bytes().filter(|&b| b == b'/').nth(1).is_none() {
        return false;
    }
    let parts: Vec<&str> = run.split('/').collect();
    let joined = |c: char| c.is_alphanumeric() || matches!(c, '/' | '-' | '_' | '.');
    let glued =
        char_before(text, start).is_some_and(joined) || char_at(text, end).is_some_and(char::is_alphanumeric);
    let date = parts.len() == 3
        && parts[2].len() == 4
        && parts[0].parse::<u32>().is_ok_and(|day| (1..=31).contains(&day))
        && parts[1].parse::<u32>().is_ok_and(|month| (1..=12).contains(&month));
    // Three counts of one to three digits are a vote's (`185/3/7`, see [`slashed_votes`]).
    let votes = parts.len() == 3
        && parts.iter().all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()));
    parts.len() >= 3 && !glued && !date && !votes
}

/// Whether a numeral is the quantity a unit is given per, after a slash (`EUR/100 kg`,
/// `euro/100 kg`, `l/100 km`, `m²/100 kg`): the slash right after a word of one to six letters,
/// a symbol of area or volume or a currency sign, the numeral before a space and a lower-case
/// unit or a unit symbol (`dBm/5 MHz`). The figure then counts as any other, so that
/// `EUR/100 kg` = `euro/100 kg` and differs from `euro/10 kg`.
fn per_quantity(text: &str, numeral: &Numeral) -> bool {
    let Some(head) = text.get(..numeral.start).and_then(|head| head.strip_suffix('/')) else { return false };
    // A symbol with its power is a word of letters here (`m²/100 kg`, `m2/100 kg`).
    let powered = super::tables::POWERED_UNIT_SYMBOLS.iter().any(|(symbol, _)| head.ends_with(symbol));
    let word = if powered { head.strip_suffix(['²', '³', '2', '3']).unwrap_or(head) } else { head };
    let rest = word.trim_end_matches(char::is_alphabetic);
    let word_alone = (1..=6).contains(&word[rest.len()..].chars().count())
        && rest.chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '/');
    let sign = head.ends_with(['€', '$', '£']);
    // After a price in digits (`EUR 48.6/100 kg`): the price's figure, then the slash.
    let price =
        head.ends_with(|c: char| c.is_ascii_digit()) && quantity_per_unit_follows(text, numeral.start);
    // A lower-case unit, or a unit symbol with a capital (`dBm/5 MHz`, `dBW/10 kHz`).
    let unit =
        text.get(numeral.end..).and_then(|tail| tail.strip_prefix([' ', '\u{a0}'])).is_some_and(|unit| {
            let symbol = unit.get(..unit.bytes().take_while(u8::is_ascii_alphabetic).count()).unwrap_or("");
            unit.starts_with(char::is_lowercase)
                || super::tables::UNIT_SYMBOLS.iter().any(|(written, _)| *written == symbol)
        });
    (sign || word_alone || price) && unit
}

/// Whether a quantity of a unit stands at `at`, after a price's slash (`100 kg` of `EUR
/// 48.6/100 kg`): one to three digits, a space and a unit symbol (`kg`, `t`, `hl`).
fn quantity_per_unit_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(unit) = rest.get(digits..).and_then(|tail| tail.strip_prefix([' ', '\u{a0}'])) else {
        return false;
    };
    let length = unit.bytes().take_while(u8::is_ascii_alphabetic).count();
    let symbol = unit.get(..length).unwrap_or("");
    (1..=3).contains(&digits)
        && (super::tables::UNIT_SYMBOLS.iter().any(|(written, _)| *written == symbol)
            || ["l", "hl", "ml"].contains(&symbol))
        && !unit.get(length..).is_some_and(|tail| tail.starts_with(|c: char| c.is_alphanumeric() || c == '/'))
}

/// Whether the figure `text[start..slash]`, a slash after it, is an amount given per a unit
/// abbreviated in capitals (`EUR 105.60/LU`, `105,60 EUR/DE` with its currency after it,
/// `105.60/LU` in a table of euro): a currency's code or sign before the figure, or one or two
/// decimals, and one to three capitals alone after the slash. The number of an act or a
/// document has no decimals and no currency (`2024/EU`, `5848/REV`, `PE 781.456/OJME`).
pub(crate) fn per_abbreviation(text: &str, start: usize, slash: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(slash) != Some(&b'/') {
        return false;
    }
    let capitals =
        bytes.get(slash + 1..).map_or(0, |tail| tail.iter().take_while(|b| b.is_ascii_uppercase()).count());
    if !(1..=3).contains(&capitals)
        || char_at(text, slash + 1 + capitals).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-'))
    {
        return false;
    }
    let Some(figure) = text.get(start..slash) else { return false };
    let decimals = figure.bytes().rev().take_while(u8::is_ascii_digit).count();
    let decimal = (1..=2).contains(&decimals)
        && figure.len() > decimals + 1
        && matches!(figure.as_bytes().get(figure.len() - decimals - 1), Some(b'.' | b','))
        && figure.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let head = text.get(..start).unwrap_or("");
    let head = head.strip_suffix(|c: char| is_space_like(c)).unwrap_or(head);
    let code = head.len() >= 3
        && super::tables::CURRENCY_CODES.contains(&&head.as_bytes()[head.len() - 3..])
        && !char_before(head, head.len() - 3).is_some_and(char::is_alphanumeric);
    decimal || code || head.ends_with(['€', '$', '£'])
}

/// Whether a unit an amount or figure is given per stands at `at`, after its slash
/// (`EUR 3.92/kg`, `EUR 120/MWh`, `50 g/km`): one to six letters, one of them lower case
/// unless there is one alone (`/t`), then no letter, digit or slash. Capitals alone after a
/// slash name an act's domain or a document (`2024/EU`, `5848/REV`), and digits a number.
fn per_unit_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else { return false };
    let letters: Vec<char> = rest.chars().take_while(|c| c.is_alphabetic()).take(7).collect();
    let length: usize = letters.iter().copied().map(char::len_utf8).sum();
    (1..=6).contains(&letters.len())
        && (letters.len() == 1 || letters.iter().any(|c| c.is_lowercase()))
        && !char_at(text, at + length).is_some_and(|c| c.is_alphanumeric() || c == '/')
}

/// The length of the space (a space or a no-break space) at byte `at` of `text`, if any.
fn one_space(text: &str, at: usize) -> usize {
    match char_at(text, at) {
        Some(c @ (' ' | '\u{a0}' | '\u{202f}')) => c.len_utf8(),
        _ => 0,
    }
}

/// Three counts of one to three digits apart by slashes, standing alone (`185/3/7`): the votes
/// of a plenary or a committee (for, against, abstentions), or a table cell's counts of three
/// kinds (`11/1/1` regions less developed, in transition and more developed), one value whose
/// order counts (`votes:185/3/7`). A slash may have a space on each side (`11 / 1 / 1`), as
/// one version may write it and the other not, which is the same value. A date without its
/// century is never so written in EU texts, but one that may be one (`1/3/25`) is optional.
/// Dates with their year (`1/3/2025`) and act numbers have four digits or letters and are read
/// elsewhere; a fourth part after a slash, spaced or not, makes no votes.
///
/// Two counts so written are read only where they fill a table cell alone (`| 17 / 10 |` =
/// `| 17/10 |`, the totals of two kinds), not one digit over ten or less, a fraction; optional
/// where they may be a day and month (`17/10`).
fn slashed_votes(text: &str, numeral: &Numeral) -> Option<Value> {
    let bytes = text.as_bytes();
    if char_before(text, numeral.start).is_some_and(|c| c.is_alphanumeric() || "/.,-_%".contains(c)) {
        return None;
    }
    // A spaced slash before: the group's last parts.
    if let Some(space) = char_before(text, numeral.start).filter(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        && char_before(text, numeral.start - space.len_utf8()) == Some('/')
    {
        return None;
    }
    let mut counts: Vec<&str> = Vec::with_capacity(3);
    let mut at = numeral.start;
    let mut spaced = false;
    for index in 0..3 {
        if index > 0 {
            // `/` alone or with a space on each side.
            let space = one_space(text, at);
            if bytes.get(at + space) != Some(&b'/') || one_space(text, at + space + 1) != space {
                if index == 2 && fills_cell(text, numeral.start, at) {
                    break;
                }
                return None;
            }
            spaced = space > 0;
            at += 2 * space + 1;
        }
        let digits = digit_run(bytes, at);
        if !(1..=3).contains(&digits) {
            return None;
        }
        counts.push(text.get(at..at + digits)?);
        at += digits;
    }
    let after = char_at(text, at);
    if after.is_some_and(|c| c.is_alphanumeric() || c == '/')
        || matches!(after, Some('.' | ',')) && char_at(text, at + 1).is_some_and(|c| c.is_ascii_digit())
        || char_at(text, at + one_space(text, at)) == Some('/')
    {
        return None;
    }
    let number = |part: &str| part.parse::<u32>().unwrap_or(0);
    let (first, second) = (number(counts[0]), number(counts[1]));
    let date_like = match counts.get(2) {
        Some(year) => year.len() == 2 && (1..=31).contains(&first) && (1..=31).contains(&second),
        None if counts[0].len() == 1 && second <= 10 => return None,
        None => !spaced && (1..=31).contains(&first) && (1..=31).contains(&second),
    } && first.min(second) <= 12;
    // Service around the clock, every day of the week (`24/7`) and of the year (`24/7/365`),
    // is an idiom a translation may say in words (`dygnet runt årets alla dagar`): optional, a
    // figure still compared with another so written.
    let around_the_clock =
        counts[..2] == ["24", "7"] && matches!(counts.get(2), None | Some(&"365" | &"366"));
    let written = counts.join("/");
    let mut value = Value::new(ValueKind::Number, numeral.start..at, format!("votes:{written}"), written);
    value.optional = date_like || around_the_clock;
    Some(value)
}

/// Whether `text[start..end]` fills a table cell alone: a cell's bar or the start of the row
/// before it and a bar or the end of the row after it, with spaces between, and a bar on one
/// side at least (text with no bar is no row).
fn fills_cell(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end_matches([' ', '\u{a0}']);
    let after = text.get(end..).unwrap_or_default().trim_start_matches([' ', '\u{a0}']);
    match (before.ends_with('|'), after.starts_with('|')) {
        (true, true) => true,
        (true, false) => after.is_empty(),
        (false, true) => before.is_empty(),
        (false, false) => false,
    }
}

/// A fraction written with a slash (`1/3`, `2/3 majority`): one digit over a denominator up to
/// ten or a power of ten, standing alone; a denominator may group its digits as its language
/// writes them (`1/10,000` = `1/10 000`, the frequency classes of a summary of product
/// characteristics). Longer numbers around a slash are identifiers (`2024/1351`, `5848/26`).
fn slashed_fraction(text: &str, lang: Lang, numeral: &Numeral) -> Option<Value> {
    let bytes = text.as_bytes();
    let numerator = *bytes.get(numeral.start).filter(|&&b| matches!(b, b'1'..=b'9'))?;
    let over = numeral.start + 1;
    if numeral.end != over || bytes.get(over) != Some(&b'/') {
        return None;
    }
    let digits = bytes.get(over + 1..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = over + 1 + digits;
    let mut denominator: u32 = text.get(over + 1..end)?.parse().ok()?;
    // Groups of three digits after a separator of the language (a space in both, a comma in
    // English), the first group short.
    while digits <= 3 && denominator > 0 {
        let Some(separator) =
            char_at(text, end).filter(|&c| is_space_like(c) || c == ',' && lang == Lang::En)
        else {
            break;
        };
        let group = end + separator.len_utf8();
        let run = bytes.get(group..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        let Some(value) = text.get(group..group + 3).filter(|_| run == 3).and_then(|g| g.parse::<u32>().ok())
        else {
            break;
        };
        denominator = denominator.checked_mul(1000)?.checked_add(value)?;
        end = group + 3;
    }
    let alone_before =
        !char_before(text, numeral.start).is_some_and(|c| c.is_alphanumeric() || "/.,-".contains(c));
    // Not glued to a letter, a digit or another slash, nor followed by decimals (`3/4.5`).
    let after = char_at(text, end);
    let glued_after = after.is_some_and(|c| c.is_alphanumeric() || c == '/')
        || matches!(after, Some('.' | ',')) && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit());
    let alone_after = !glued_after;
    // A day and month in Swedish informal style is no fraction: `den 3/6`, `3/6 2026`.
    let after_den = text.get(..numeral.start).is_some_and(|head| {
        let head = head.trim_end();
        let cut = head.len().saturating_sub(3);
        head.get(cut..).is_some_and(|word| word.eq_ignore_ascii_case("den"))
            && !head.get(..cut).and_then(|rest| rest.chars().next_back()).is_some_and(char::is_alphanumeric)
    });
    let year_follows = text.get(end..).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|year| {
        let digits = year.bytes().take_while(u8::is_ascii_digit).count();
        digits == 4
    });
    let date_like = after_den || year_follows;
    let power_of_ten = denominator >= 100 && 10u32.pow(denominator.ilog10()) == denominator;
    // A denominator of two digits where nothing but a fraction may stand: after a sign of
    // relation (`> 1/13`), before a degree sign (`1/36°`, a grid's resolution), or as a bound of
    // a range of fractions (`1/15–1/8`). Elsewhere it may number a document in its year
    // (`Opinion 1/15`, `No 5/20`).
    let fraction_place = || {
        let head = text.get(..numeral.start).unwrap_or("").trim_end_matches(is_space_like);
        let related = head.ends_with(['>', '<', '≥', '≤', '=']);
        let rest = text.get(end..).unwrap_or("");
        let degrees = rest.starts_with('°');
        let ranged = rest.strip_prefix(['–', '-']).is_some_and(|bound| {
            bound.as_bytes().get(1) == Some(&b'/') && bound.starts_with(|c: char| c.is_ascii_digit())
        });
        // A share of something after a word of no capital (`the daily rate is 1/30 of the
        // monthly unit cost`, `dagbeloppet 1/30 av enhetskostnaden`), not a document's number
        // (`Opinion 1/15 of the Court`).
        let of = if lang == Lang::Sv { " av " } else { " of " };
        let word_before = head.rsplit([' ', '\u{a0}', '(']).next().unwrap_or("");
        let share = rest.starts_with(of)
            && word_before.starts_with(|c: char| c.is_lowercase())
            && !crate::values::tables::table(lang)
                .number_abbreviations
                .iter()
                .any(|no| no.trim_end_matches('.').eq_ignore_ascii_case(word_before.trim_end_matches('.')));
        related || degrees || ranged || share
    };
    let two_digits = (11..=99).contains(&denominator) && fraction_place();
    if !((2..=10).contains(&denominator) || power_of_ten || two_digits)
        || !alone_before
        || !alone_after
        || date_like
    {
        return None;
    }
    let numerator = numerator - b'0';
    Some(Value::new(
        ValueKind::Number,
        numeral.start..end,
        format!("frac:{numerator}/{denominator}"),
        format!("{numerator}/{denominator}"),
    ))
}

/// Vulgar fractions with the decimal digits of their value: `½` is `5` (0.5).
const VULGAR_FRACTIONS: [(char, &str); 3] = [('\u{00BD}', "5"), ('\u{00BC}', "25"), ('\u{00BE}', "75")];

/// The scales a score is written on (`82/100`, `15/30`, `40/80`).
const SCORE_SCALES: [u32; 8] = [10, 20, 30, 40, 50, 60, 80, 100];

/// A score written with a slash, `82/100`, `15/30`: a number of two or three digits over a
/// scale of [`SCORE_SCALES`] it does not exceed, standing alone (one digit over a scale is a
/// fraction, read as such up to ten, `1/25` an identifier), the fraction `frac:82/100`
/// that `82 av 100` (`ratio:82/100`) also reads. Not after a word of number (`No 5/20`, a
/// gazette's issue) nor before a year.
fn slashed_score(text: &str, lang: Lang, numeral: &Numeral) -> Option<Value> {
    let bytes = text.as_bytes();
    if char_before(text, numeral.start).is_some_and(|c| c.is_alphanumeric() || "/.,-_%".contains(c))
        || bytes.get(numeral.end) != Some(&b'/')
    {
        return None;
    }
    let points: u32 =
        text.get(numeral.start..numeral.end).filter(|d| (2..=3).contains(&d.len()))?.parse().ok()?;
    let over = numeral.end + 1;
    let digits = digit_run(bytes, over);
    let scale: u32 = text.get(over..over + digits).filter(|d| (1..=3).contains(&d.len()))?.parse().ok()?;
    let end = over + digits;
    let after = char_at(text, end);
    if !SCORE_SCALES.contains(&scale)
        || points > scale
        || after.is_some_and(|c| c.is_alphanumeric() || c == '/')
        || matches!(after, Some('.' | ',')) && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    if numbered_or_before_year(text, lang, numeral.start, end) {
        return None;
    }
    Some(Value::new(
        ValueKind::Number,
        numeral.start..end,
        format!("frac:{points}/{scale}"),
        format!("{points}/{scale}"),
    ))
}

/// Whether the slashed figures from `start` to `end` follow a word of number (`No 80/20`,
/// `nr 40/80`), which makes them a number of an act or an issue, or come before a year.
fn numbered_or_before_year(text: &str, lang: Lang, start: usize, end: usize) -> bool {
    let head = text.get(..start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    let word = head.get(super::letters_start(head, head.len())..).unwrap_or("");
    let numbered =
        table(lang).number_abbreviations.iter().any(|no| no.trim_end_matches('.').eq_ignore_ascii_case(word));
    numbered
        || text
            .get(end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|year| year.bytes().take_while(u8::is_ascii_digit).count() == 4)
}

/// A split of a whole in two shares written with a slash (`the 80/20 rule`, `70/30-regeln`):
/// two numbers of two digits, multiples of five that make a hundred, standing alone or the
/// first part of a compound after a hyphen (`80/20-regeln`), one value whose order counts
/// (`split:80/20`). Not after a word of number (`No 80/20`), before a year or decimals, or a
/// score that [`slashed_score`] reads first (`50/50`, `20/80`).
fn slashed_split(text: &str, lang: Lang, numeral: &Numeral) -> Option<Value> {
    let bytes = text.as_bytes();
    if char_before(text, numeral.start).is_some_and(|c| c.is_alphanumeric() || "/.,-_%".contains(c))
        || bytes.get(numeral.end) != Some(&b'/')
        || numeral.end - numeral.start != 2
    {
        return None;
    }
    let over = numeral.end + 1;
    let end = over + 2;
    if digit_run(bytes, over) != 2 {
        return None;
    }
    let (first, second): (u32, u32) =
        (text.get(numeral.start..numeral.end)?.parse().ok()?, text.get(over..end)?.parse().ok()?);
    if first + second != 100 || first % 5 != 0 || second % 5 != 0 || first == 0 || second == 0 {
        return None;
    }
    // Alone, or glued by a hyphen to the noun it qualifies (`80/20-regeln`).
    let after = char_at(text, end);
    let compound = after == Some('-') && char_at(text, end + 1).is_some_and(char::is_alphabetic);
    if !compound
        && (after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-'))
            || matches!(after, Some('.' | ',')) && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    if numbered_or_before_year(text, lang, numeral.start, end) {
        return None;
    }
    let written = format!("{first}/{second}");
    Some(Value::new(ValueKind::Number, numeral.start..end, format!("split:{written}"), written))
}

fn number_at(text: &str, lang: Lang, numeral: &Numeral) -> Option<Number> {
    // Counts apart by spaced slashes (`11 / 1 / 1`): the first stands alone.
    let spaced_slash = || {
        let space = one_space(text, numeral.end);
        space > 0 && char_at(text, numeral.end + space) == Some('/')
    };
    if !numeral.dotted
        && spaced_slash()
        && let Some(votes) = slashed_votes(text, numeral)
    {
        return Some(Number::Value(votes));
    }
    if !stands_alone(text, numeral) && !slashed_quantity(text, lang, numeral) {
        // Two figures that fill a table cell alone are its two counts before a score or a
        // split (`| 75/80 |`), as they are with a space on each side of the slash (`| 75 / 80
        // |`), which one version may write and the other not.
        return slashed_fraction(text, lang, numeral)
            .or_else(|| slashed_votes(text, numeral))
            .or_else(|| slashed_score(text, lang, numeral))
            .or_else(|| slashed_split(text, lang, numeral))
            .map(Number::Value);
    }
    if let Some(number) = grouped_identifier(text, lang, numeral) {
        return Some(number);
    }
    if let Some(provision) = bare_provision(text, numeral) {
        return Some(Number::Value(provision));
    }
    let lang_table = table(lang);
    let after = char_at(text, numeral.end);
    if numeral.dotted {
        let raw = text.get(numeral.start..numeral.end)?;
        if after.is_some_and(char::is_alphanumeric) {
            return None;
        }
        return Some(Number::Value(Value::new(
            ValueKind::Number,
            numeral.start..numeral.end,
            format!("num:{raw}"),
            raw,
        )));
    }
    // An ordinal in digits: `21st`, `3:e`. A Swedish text may quote an English title word for
    // word (`the 55th Session`), and a suffix of English glued to digits is English alike.
    let quoted: &[&str] = if lang == Lang::Sv { table(Lang::En).digit_ordinal_suffixes } else { &[] };
    for suffix in lang_table.digit_ordinal_suffixes.iter().chain(quoted) {
        let rest = text.get(numeral.end..).unwrap_or("");
        if rest.len() >= suffix.len()
            && rest.get(..suffix.len()).is_some_and(|head| head.eq_ignore_ascii_case(suffix))
            && word_ends(text, numeral.end + suffix.len())
        {
            let end = numeral.end + suffix.len();
            if let Some(number) = numeral.value.as_u64() {
                return Some(Number::Value(Value::new(
                    ValueKind::Number,
                    numeral.start..end,
                    format!("ord:{number}"),
                    format!("{number}."),
                )));
            }
            // A decimal with an ordinal suffix is a point on a scale (`the 97,5th
            // percentile`, `den 97,5:e percentilen`): its figure.
            let mut key = String::from("num:");
            numeral.value.push_canonical(&mut key);
            let display = key["num:".len()..].to_string();
            return Some(Number::Value(Value::new(ValueKind::Number, numeral.start..end, key, display)));
        }
    }
    // A vulgar fraction written onto a whole number: `1½` is 1.5, `2¼` 2.25.
    if let Some((glyph, fraction)) =
        after.and_then(|c| VULGAR_FRACTIONS.iter().find(|(glyph, _)| *glyph == c))
        && let Some(value) = numeral.value.plus_fraction(fraction)
    {
        let end = numeral.end + glyph.len_utf8();
        return Some(Number::Quantity(quantity(text, lang, numeral.start, end, value)));
    }
    if let Some(age) = age_group(text, lang, numeral) {
        return Some(age);
    }
    // Basis points written onto their figure (`MS+41bp`, `25bps`) or hyphened to it as a
    // modifier (`a 25-bp cut`): hundredths of a percentage point, as `41 baspunkter` reads.
    // (`a 96-bp amplicon` counts base pairs: read as `96 bp` is, in either language.)
    let hyphened = usize::from(text.as_bytes().get(numeral.end) == Some(&b'-'));
    if let Some(unit) = ["bps", "bp"].into_iter().find(|unit| {
        text.get(numeral.end + hyphened..).is_some_and(|tail| tail.starts_with(unit))
            && word_ends(text, numeral.end + hyphened + unit.len())
    }) {
        return Some(Number::Quantity(Quantity {
            start: numeral.start,
            end: numeral.end + hyphened + unit.len(),
            value: numeral.value.clone().hundredths(),
            measure: Measure::PercentagePoints,
            scale: None,
        }));
    }
    if after.is_some_and(char::is_alphabetic)
        && glued_scale(text, lang, numeral.end).is_none()
        && currency_glued_scale(text, lang, numeral.start, numeral.end).is_none()
    {
        return glued_unit(text, numeral).or_else(|| glued_label(text, numeral));
    }
    if after == Some('.')
        && let Some(label) = glued_label(text, numeral)
    {
        return Some(label);
    }
    // A figure of a table of accounts in round brackets is negative: `(2 148)` = `−2 148`.
    if let Some((open, close)) = bracketed_cell(text, numeral) {
        return Some(Number::Quantity(Quantity {
            start: open,
            end: close,
            value: numeral.value.clone().negated(),
            measure: Measure::Plain,
            scale: None,
        }));
    }
    let mut value = numeral.value.clone();
    let mut start = numeral.start;
    // A sign glued to the digits after a space or bracket: `-21%`, `(–21 %)`.
    if let Some(sign) = char_before(text, start)
        && is_dash(sign)
    {
        let sign_start = start - sign.len_utf8();
        let before_sign = char_before(text, sign_start);
        if before_sign.is_none_or(|c| c.is_whitespace() || c == '(') {
            value = value.negated();
            start = sign_start;
        }
    } else if let Some(sign_start) = spaced_sign(text, lang, start) {
        value = value.negated();
        start = sign_start;
    } else if let Some(word_start) = minus_word(text, start) {
        // `plus or minus 10` is both signs, as `±10`: the figure without one.
        match plus_minus_lead(text, lang, word_start) {
            Some(lead_start) => start = lead_start,
            None => {
                value = value.negated();
                start = word_start;
            }
        }
    }
    let first = quantity(text, lang, start, numeral.end, value);
    if let Some(range) = range_from(text, lang, &first) {
        return Some(Number::Value(range));
    }
    Some(Number::Quantity(first))
}

/// Where a minus sign set one space apart from the digits at `start` starts, as the Official
/// Journal sets a negative figure after a word of change (`fell … to – 2,7 %`, `sjönk … till
/// −2,7 %`): a dash or minus, one space, after a word of [`crate::values::tables::LangTable::sign_leads`].
/// So is one that opens a table cell after its bar (`| – 3 months, 7 days |` = `| −3 månader, 7
/// dagar |`): a cell's dash before a figure is its sign, where a dash alone fills an empty cell
/// (`| – |`) and a bullet opens a line, not a cell.
fn spaced_sign(text: &str, lang: Lang, start: usize) -> Option<usize> {
    let space = char_before(text, start).filter(|&c| is_space_like(c))?;
    let sign_end = start - space.len_utf8();
    let sign = char_before(text, sign_end).filter(|&c| matches!(c, '\u{2013}' | '\u{2212}'))?;
    let sign_start = sign_end - sign.len_utf8();
    let head = text.get(..sign_start)?;
    let head = head.strip_suffix(|c: char| is_space_like(c))?;
    if head.trim_end_matches(is_space_like).ends_with('|') {
        return Some(sign_start);
    }
    let word_start = head
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let word = head.get(word_start..)?;
    table(lang).sign_leads.iter().any(|lead| lead.eq_ignore_ascii_case(word)).then_some(sign_start)
}

/// Where the word `minus` one space before the digits at `start` starts: a sign written out
/// (`(minus 34 %)` = `(−34 %)`), in English and Swedish alike.
fn minus_word(text: &str, start: usize) -> Option<usize> {
    let space = char_before(text, start).filter(|&c| is_space_like(c))?;
    let word_start = (start - space.len_utf8()).checked_sub(5)?;
    (text.get(word_start..start - space.len_utf8())?.eq_ignore_ascii_case("minus")
        && !char_before(text, word_start).is_some_and(char::is_alphanumeric))
    .then_some(word_start)
}

/// Where the words that make the `minus` at `word_start` both signs start (`plus or minus`,
/// `plus eller minus`, `plus/minus`: [`crate::values::tables::LangTable::plus_minus_leads`]).
fn plus_minus_lead(text: &str, lang: Lang, word_start: usize) -> Option<usize> {
    table(lang).plus_minus_leads.iter().find_map(|lead| {
        let lead_start = word_start.checked_sub(lead.len())?;
        (text.get(lead_start..word_start)?.eq_ignore_ascii_case(lead)
            && !char_before(text, lead_start).is_some_and(char::is_alphanumeric))
        .then_some(lead_start)
    })
}

/// Where the round brackets around `numeral` start and end when they hold it alone and fill a
/// cell of a table row of figures, as accounts write a negative figure (`Exchange rate
/// differences (+/–) | (2 148) | 1 033` = `Valutakursdifferenser (+/–) | −2 148 | 1 033`).
/// The figure has two digits or more (`(1)`, like `(a)`, labels a point) and is no year
/// (`(2024)` heads a column of the year before); another cell of the row is a figure
/// ([`figure_cell`]), unless the figure groups its thousands or has decimals, as no label
/// does (`Result | (1 234.5)`); the first cell of a row that holds words is its label, where a
/// bracketed number is a paragraph's (`(12) | The Commission should …`); and a row of
/// [`column_numbers`] holds none. Brackets in running text are asides, never signs
/// (`(EUR 5 million)`, `(see 2.1)`).
fn bracketed_cell(text: &str, numeral: &Numeral) -> Option<(usize, usize)> {
    let head = text.get(..numeral.start)?.trim_end_matches(is_space_like);
    let head = head.strip_suffix('(')?;
    let tail = text.get(numeral.end..)?.trim_start_matches(is_space_like);
    let tail = tail.strip_prefix(')')?;
    let written = text.get(numeral.start..numeral.end)?;
    let digits = written.bytes().filter(u8::is_ascii_digit).count();
    let year = digits == 4 && written.len() == 4 && (written.starts_with("19") || written.starts_with("20"));
    if digits < 2 || year {
        return None;
    }
    let (before, after) = (head.trim_end_matches(is_space_like), tail.trim_start_matches(is_space_like));
    if !(before.is_empty() || before.ends_with('|')) || !(after.is_empty() || after.starts_with('|')) {
        return None;
    }
    // The cells of the row around this one, by their bars.
    let others = || before.split('|').chain(after.split('|')).map(str::trim).filter(|cell| !cell.is_empty());
    let words = |cell: &str| cell.chars().any(char::is_alphabetic);
    let first = before.split('|').all(|cell| cell.trim().is_empty());
    let grouped = digits < written.len();
    if !(grouped || others().any(figure_cell)) || first && others().any(words) || column_numbers(text) {
        return None;
    }
    Some((head.len(), text.len() - tail.len()))
}

/// Whether the cells of a table row are the numbers of its columns, each in round brackets,
/// counting up by one (`(1) | (2) | … | (12)`), as the tables of an act's annex number them.
fn column_numbers(row: &str) -> bool {
    let mut last: Option<u64> = None;
    for cell in row.split('|').map(str::trim).filter(|cell| !cell.is_empty()) {
        let number = cell.strip_prefix('(').and_then(|inner| inner.strip_suffix(')')).map(str::trim);
        let Some(number) =
            number.filter(|n| n.bytes().all(|b| b.is_ascii_digit())).and_then(|n| n.parse().ok())
        else {
            return false;
        };
        if last.is_some_and(|last| last + 1 != number) {
            return false;
        }
        last = Some(number);
    }
    last.is_some()
}

/// Whether a table cell holds a figure alone, signed or bracketed (`2 608`, `(540)`,
/// `−2 148`, `60,6`, `2.6`): digits, with nothing but the marks of figures around them; or
/// the dash of a nil figure alone (`–`).
fn figure_cell(cell: &str) -> bool {
    let nil = cell.chars().count() <= 2 && cell.chars().all(is_dash);
    nil || cell.bytes().any(|b| b.is_ascii_digit())
        && cell.chars().all(|c| {
            c.is_ascii_digit()
                || is_space_like(c)
                || is_dash(c)
                || matches!(c, '.' | ',' | '(' | ')' | '+' | '%')
        })
}

/// Where the second bound of a range after `first` would start, and whether that bound must
/// carry a scale word or a percent sign: after a dash (`10-15`, `10 – 15`), after a range word
/// when a range word opens the range (`between 10 and 15`, `mellan 10 och 15`, `from 10 to
/// 15`), as dates read them, or after a bare range word alone when the bound is a scaled
/// figure or a percentage (`3 to 4 million`, `5 to 7%`).
fn range_joiner(text: &str, lang: Lang, first: &Quantity) -> Option<(usize, bool)> {
    let mut cursor = first.end;
    if let Some(width) = space_at(text, cursor) {
        cursor += width;
    }
    if let Some(dash) = char_at(text, cursor).filter(|&c| is_dash(c)) {
        cursor += dash.len_utf8();
        if let Some(width) = space_at(text, cursor) {
            cursor += width;
        }
        return Some((cursor, false));
    }
    if cursor == first.end {
        return None;
    }
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    let word = lang_table.range_joiners.iter().find(|word| word_at(bytes, cursor, word))?;
    let after = cursor + word.len();
    let width = space_at(text, after)?;
    // The word before `first`, after one space, must open a range.
    let opened = char_before(text, first.start).filter(|&c| is_space_like(c)).is_some_and(|space| {
        let head = &text[..first.start - space.len_utf8()];
        lang_table.range_openers.iter().any(|opener| {
            head.len() >= opener.len()
                && word_at(bytes, head.len() - opener.len(), opener)
                && !char_before(text, head.len() - opener.len()).is_some_and(char::is_alphanumeric)
        })
    });
    let bare = lang_table.range_bare_joiners.contains(word);
    // A list word joins the bounds only after an opener that takes it (`mellan 10 och 20`), not
    // after `från`, which takes `till`: `från 2015 och 2020` are two figures.
    let opened = opened
        && (bare || {
            let head = text.get(..first.start).unwrap_or_default().trim_end_matches(is_space_like);
            lang_table.list_joined_openers.iter().any(|opener| {
                head.len() >= opener.len()
                    && word_at(bytes, head.len() - opener.len(), opener)
                    && !char_before(text, head.len() - opener.len()).is_some_and(char::is_alphanumeric)
            })
        });
    // Labels after the noun they label need no measure (`categories 1 to 7` = `kategorierna
    // 1–7`): a range of labels.
    let labels = bare && super::labels_a_noun(text, first.start, lang);
    (opened || bare).then_some((after + width, !(opened || labels)))
}

/// Whether `numeral` is written as a time of day on the clock: an hour of one or two digits
/// up to 24, a dot and two digits of minutes below 60 (`8.00`, `17.30`; not `8.5`, `31.12`).
fn clock_shaped(numeral: &str) -> bool {
    let Some((hour, minutes)) = numeral.split_once('.') else { return false };
    (1..=2).contains(&hour.len())
        && minutes.len() == 2
        && hour.bytes().chain(minutes.bytes()).all(|b| b.is_ascii_digit())
        && hour.parse::<u32>().is_ok_and(|hour| hour <= 24)
        && minutes.parse::<u32>().is_ok_and(|minutes| minutes < 60)
}

/// A numeric range starting with `first`: `10-15`, `10–15 %`, `EUR 10-15 billion`,
/// `between 10 and 15%`, `3 to 4 million`.
fn range_from(text: &str, lang: Lang, first: &Quantity) -> Option<Value> {
    if !matches!(
        first.measure,
        Measure::Plain | Measure::Percent | Measure::PercentagePoints | Measure::Amount(_)
    ) {
        return None;
    }
    let (mut cursor, needs_measure) = range_joiner(text, lang, first)?;
    // The currency written before both bounds: `from €18 to €43`, `EUR 2–EUR 3 billion`.
    if let Measure::Amount(_) = first.measure
        && let Some(prefix) =
            text.get(first.start..).and_then(|rest| rest.get(..rest.find(|c: char| c.is_ascii_digit())?))
        && !prefix.is_empty()
        && text.get(cursor..).is_some_and(|rest| rest.starts_with(prefix))
    {
        cursor += prefix.len();
    }
    if !char_at(text, cursor).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let numeral = parse_numeral(text, cursor, lang)?;
    if numeral.dotted || !stands_alone(text, &numeral) {
        return None;
    }
    if char_at(text, numeral.end).is_some_and(char::is_alphabetic) {
        return None;
    }
    let mut second = quantity(text, lang, numeral.start, numeral.end, numeral.value);
    let mut start = first.start;
    // A band in brackets, its percent sign after them (`[60-70]%`, `[60–70] %`): a
    // percentage range.
    if first.measure == Measure::Plain
        && second.measure == Measure::Plain
        && second.scale.is_none()
        && let Some((open, close)) = bracketed_percent(text, lang, first.start, second.end)
    {
        start = open;
        second.end = close;
        second.measure = Measure::Percent;
    }
    // Two times of day on the clock are a range after a bare range word too (`Monday to
    // Friday, 8.00 to 18.00`), as after a dash.
    let clock = |quantity: &Quantity| {
        quantity.scale.is_none()
            && quantity.measure == Measure::Plain
            && text.get(quantity.start..quantity.end).is_some_and(clock_shaped)
    };
    let times = clock(first) && clock(&second);
    // A currency written before the first bound covers a bare second one (`EUR 9 000 to
    // 12 000`): a level reached would name the currency again.
    let priced = matches!(first.measure, Measure::Amount(_))
        && second.measure == Measure::Plain
        && !char_at(text, first.start).is_some_and(|c| c.is_ascii_digit());
    // A member of a list of numbers (`recommendations 1, 3, 9 to 11 and 17`): a range of
    // whole numbers, which the other version may list (`9, 10 och 11`).
    let listed = first.measure == Measure::Plain
        && second.measure == Measure::Plain
        && first.scale.is_none()
        && first.value.is_integer()
        && second.value.is_integer()
        && text.get(..first.start).is_some_and(|head| head.trim_end_matches([' ', '\u{a0}']).ends_with(','));
    if needs_measure
        && second.scale.is_none()
        && !matches!(second.measure, Measure::Percent | Measure::PercentagePoints)
        && !times
        && !priced
        && !listed
    {
        return None;
    }
    let mut low = first.value.clone();
    if let (None, Some(power)) = (first.scale, second.scale) {
        // `10-15 billion`: the scale word covers both bounds.
        low = low.scaled(power);
    }
    // `between 23 and 1 240 basis points`: the basis points cover both bounds, each a
    // hundredth of a percentage point.
    if first.measure == Measure::Plain
        && second.measure == Measure::PercentagePoints
        && basis_points_after(text, lang, numeral.end).is_some()
    {
        low = low.hundredths();
    }
    // A bare range word is also a level reached (`rose in 2023 to 4 million`, `uppgick 2024
    // till 51,4 %`): without an opener, the bounds must rise and the first be no year.
    let mut canonical = String::new();
    let mut number = |value: &Decimal| {
        canonical.clear();
        value.push_canonical(&mut canonical);
        canonical.parse::<f64>().unwrap_or(f64::NAN)
    };
    if needs_measure
        && (first.scale.is_none() && first.value.as_u64().is_some_and(|n| (1900..=2100).contains(&n))
            || number(&low).partial_cmp(&number(&second.value)) != Some(std::cmp::Ordering::Less))
    {
        return None;
    }
    let (prefix, code) = match (&first.measure, &second.measure) {
        (Measure::Plain, Measure::Plain) => ("num-range", None),
        (Measure::Plain | Measure::Percent, Measure::Percent) => ("pct-range", None),
        (Measure::Plain | Measure::PercentagePoints, Measure::PercentagePoints) => ("pp-range", None),
        // `EUR 2-3 billion`, `2–3 miljarder euro`: the currency on either bound.
        (Measure::Plain, Measure::Amount(code)) | (Measure::Amount(code), Measure::Plain) => {
            ("amount-range", Some(*code))
        }
        (Measure::Amount(code), Measure::Amount(other)) if code == other => ("amount-range", Some(*code)),
        _ => return None,
    };
    // Key and display written in place: `amount-range:EUR:2000000000..3000000000`,
    // `2 000 000 000–3 000 000 000 EUR`.
    let mut key = String::with_capacity(48);
    key.push_str(prefix);
    key.push(':');
    if let Some(code) = code {
        key.push_str(code);
        key.push(':');
    }
    low.push_canonical(&mut key);
    key.push_str("..");
    second.value.push_canonical(&mut key);
    let mut display = String::with_capacity(48);
    low.push_grouped(&mut display);
    display.push('–');
    second.value.push_grouped(&mut display);
    match code {
        Some(code) => {
            display.push(' ');
            display.push_str(code);
        }
        None if prefix == "pct-range" => display.push_str(" %"),
        None if prefix == "pp-range" => display.push_str(" pp"),
        None => {}
    }
    Some(Value::new(ValueKind::Number, start..second.end, key, display))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_glued_to_its_v_is_its_figure() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
        };
        assert_eq!(keys("enligt CVSS v3.1", Lang::Sv), ["num:3.1"]);
        assert_eq!(keys("a CVSS v3.1 base score", Lang::En), ["num:3.1"]);
        assert_eq!(keys("a CVSS v3.1 base score", Lang::En), keys("CVSS version 3.1", Lang::En));
        assert_ne!(keys("enligt CVSS v3.1", Lang::Sv), keys("enligt CVSS v3.0", Lang::Sv));
        // A code, not a version: a capital, a longer word or no dot.
        for text in ["klass V2.1", "nv3.1", "v2 av planen"] {
            assert!(keys(text, Lang::Sv).iter().all(|k| !k.starts_with("num:")), "{text}");
        }
    }

    #[test]
    fn a_list_word_joins_bounds_only_after_an_opener_that_takes_it() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
        };
        assert!(keys("mellan 10 och 20 procent", Lang::Sv).iter().any(|k| k.contains("range")));
        assert!(keys("between 10 and 20 per cent", Lang::En).iter().any(|k| k.contains("range")));
        assert!(keys("från 10 till 20 procent", Lang::Sv).iter().any(|k| k.contains("range")));
        assert!(!keys("från 10 och 20 procent", Lang::Sv).iter().any(|k| k.contains("range")));
        assert!(!keys("from 10 and 20 per cent", Lang::En).iter().any(|k| k.contains("range")));
    }

    #[test]
    fn quantity_a_unit_is_given_per() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
        };
        assert_eq!(keys("(EUR/100 kg)", Lang::En), ["num:100"]);
        assert_eq!(keys("(euro/100 kg)", Lang::Sv), ["num:100"]);
        assert_eq!(keys("€/10 kg", Lang::En), ["num:10"]);
        // A unit symbol with a capital after the quantity (`dBm/5 MHz`, a power per bandwidth).
        assert_eq!(keys("39 dBm/5 MHz EIRP", Lang::En), ["num:39", "num:5"]);
        assert_eq!(keys("39 dBm/10 MHz", Lang::Sv), ["num:39", "num:10"]);
        assert!(keys("39 dBm/5 Mål", Lang::Sv).iter().all(|key| key != "num:5"));
        // Digits after a slash are part of a code or a fraction elsewhere.
        assert!(keys("COM/2026/45 and 5848/26", Lang::En).iter().all(|key| !key.starts_with("num:")));
        assert!(keys("ECB/2004/2 kg", Lang::En).iter().all(|key| !key.starts_with("num:")));
    }

    #[test]
    fn a_grouped_number_after_a_word_of_number_is_its_digits() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
        };
        // A Brazilian law's number, grouped by a comma in English and kept with Brazil's dot.
        assert_eq!(keys("Law No 14,460", Lang::En), ["num:14460"]);
        assert_eq!(keys("Law No 14.460", Lang::En), ["num:14460"]);
        assert_eq!(keys("lag nr 14.460", Lang::Sv), ["num:14460"]);
        assert_eq!(keys("lag nr 14,460", Lang::Sv), ["num:14460"]);
        assert_eq!(keys("lag nr. 1.234.567", Lang::Sv), ["num:1234567"]);
        assert_eq!(keys("Decree No.\u{a0}2.125", Lang::En), ["num:2125"]);
        // A changed digit stays a changed number.
        assert_ne!(keys("lag nr 14.460", Lang::Sv), keys("Law No 14,406", Lang::En));
        // Decimals stay decimals: not grouped in threes, after another word, or mixed signs.
        assert_eq!(keys("nr 14.46", Lang::Sv), ["num:14.46"]);
        assert_eq!(keys("nr 2.1234", Lang::Sv), ["num:2.1234"]);
        assert_eq!(keys("EUR 14.460", Lang::En), ["amount:EUR:14.46"]);
        assert_eq!(keys("rate 14,460", Lang::Sv), ["num:14.46"]);
        assert_eq!(keys("No 1.234,5", Lang::En), keys("1.234,5", Lang::En));
        assert_eq!(keys("Konr 14.460", Lang::Sv), ["num:14.46"]);
    }

    #[test]
    fn a_bare_provision_is_its_dotted_number() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
        };
        assert_eq!(keys("| Fairness | 5(1)(a), 6(1) | 145 |", Lang::En), ["num:5.1", "num:6.1", "num:145"]);
        assert_eq!(keys("| Korrekthet | 5.1 a, 6.1 | 145 |", Lang::Sv), ["num:5.1", "num:6.1", "num:145"]);
        // After a word it is the noun's own number (`Paragraph 71(1)` = `71 § första stycket`).
        assert!(!keys("Paragraph 71(1) of the law", Lang::En).contains(&"num:71.1".to_string()));
        // A year, a figure glued to letters and a paragraph of three digits are no provisions.
        for text in ["| 2024(1) |", "| 5(123) |", "| 5(1)b |", "| A5(1) |"] {
            assert!(keys(text, Lang::En).iter().all(|key| !key.contains('.')), "{text}");
        }
    }

    fn parts(decimal: &Decimal) -> (bool, String, i64) {
        (decimal.negative, decimal.digits.as_str().to_string(), decimal.exponent)
    }

    proptest::proptest! {
        #[test]
        fn decimals_as_from_strings(integer in "[0-9]{0,40}", fraction in "[0-9]{0,40}", filler in "[ ,.x]{0,2}") {
            let integer = format!("{filler}{integer}");
            proptest::prop_assert_eq!(
                parts(&Decimal::from_parts(&integer, &fraction)),
                Decimal::from_parts_by_string(&integer, &fraction)
            );
        }

        #[test]
        fn integers_as_from_strings(value in proptest::prelude::any::<u64>(), small in 0u64..2000) {
            for value in [value, small] {
                proptest::prop_assert_eq!(
                    parts(&Decimal::from_u64(value)),
                    Decimal::from_parts_by_string(&value.to_string(), "")
                );
                proptest::prop_assert_eq!(Decimal::from_u64(value).as_u64(), Some(value));
            }
        }

        #[test]
        fn numerals_as_read_into_strings(text in "[0-9 ,.\\u{A0}\\u{202F}a]{1,50}", from in 0usize..50) {
            for lang in [Lang::En, Lang::Sv] {
                let show = |numeral: Option<Numeral>| {
                    numeral.map(|numeral| (numeral.start, numeral.end, parts(&numeral.value), numeral.dotted))
                };
                proptest::prop_assert_eq!(
                    show(parse_numeral(&text, from, lang)),
                    show(parse_numeral_by_strings(&text, from, lang))
                );
            }
        }
    }

    #[test]
    fn a_power_takes_no_thousands_group() {
        // The limit of a sum, then its first term: two figures, not `11 130,41`.
        let keys = |text: &str| {
            crate::values::extract(text, Lang::Sv).into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        assert!(keys("45 + ∑l=1^11 130,41(1 + X)").contains(&"num:130.41".to_string()));
        assert!(!keys("45 + ∑l=1^11 130,41(1 + X)").contains(&"num:11130.41".to_string()));
        assert_eq!(parse_numeral("x^11 130", 2, Lang::Sv).map(|n| n.end), Some(4));
        assert_eq!(parse_numeral("x^−11 130", 5, Lang::Sv).map(|n| n.end), Some(7));
        // Elsewhere a group is read.
        assert_eq!(parse_numeral("x 11 130", 2, Lang::Sv).map(|n| n.end), Some(8));
    }

    #[test]
    fn digits_glued_to_a_letter_take_no_thousands_group() {
        let keys = |text: &str, lang: Lang| {
            crate::values::extract(text, lang).into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        // The class of a carcass grid, then its price: the price alone.
        let sv = keys("priset för unga tjurar R3 567,90 euro/100 kg slaktvikt", Lang::Sv);
        assert!(sv.contains(&"amount:EUR:567.9".to_string()), "{sv:?}");
        assert_eq!(parse_numeral("R3 567,90", 1, Lang::Sv).map(|n| n.end), Some(2));
        assert_eq!(parse_numeral("B1,500", 1, Lang::En).map(|n| n.end), Some(2));
        // After a space the figure groups its thousands.
        assert_eq!(parse_numeral("R 3 567,90", 2, Lang::Sv).map(|n| n.end), Some(10));
        let sv = keys("priset var 3 567,90 euro", Lang::Sv);
        assert!(sv.contains(&"amount:EUR:3567.9".to_string()), "{sv:?}");
    }

    proptest::proptest! {
        #[test]
        fn leading_spaces_as_by_chars(text in "[ \u{A0}\u{202F}\u{2009}\u{2008}\u{2028}\u{80}\t\na\u{E2}]{0,8}") {
            proptest::prop_assert_eq!(leading_spaces(&text), leading_spaces_by_chars(&text));
        }
    }

    #[test]
    fn long_and_zero_decimals() {
        for (integer, fraction) in [("0", ""), ("", ""), ("000", "000"), ("1", "0"), ("10", "01")] {
            assert_eq!(
                parts(&Decimal::from_parts(integer, fraction)),
                Decimal::from_parts_by_string(integer, fraction)
            );
        }
        let long = "1234567890".repeat(5);
        let decimal = Decimal::from_parts(&long, "5");
        assert_eq!(parts(&decimal), Decimal::from_parts_by_string(&long, "5"));
        assert_eq!(decimal.canonical(), format!("{long}.5"));
    }

    proptest::proptest! {
        /// The renderings pushed onto a string are those built through `split`.
        #[test]
        fn renderings_as_through_split(
            integer in "[0-9]{0,14}",
            fraction in "[0-9]{0,8}",
            scale in 0u32..12,
            negative in proptest::prelude::any::<bool>(),
        ) {
            let mut value = Decimal::from_parts(&integer, &fraction).scaled(scale);
            if negative {
                value = value.negated();
            }
            proptest::prop_assert_eq!(value.canonical(), value.canonical_by_split());
            proptest::prop_assert_eq!(value.grouped(), value.grouped_by_split());
        }
    }

    proptest::proptest! {
        /// The first- and last-byte filters of a word list never rule out a word that the
        /// comparison would find.
        #[test]
        fn word_list_filters_rule_out_only_misses(
            text in "[ a-zA-ZåÅ€$£Kµ\u{212A}\u{00A0}%]{0,12}|(?i)(\\PC|[ \u{00A0}]|per cent|procent|eur|euro|kr|usd|sek|miljoner|million|billion|pp|m|bn|kronor|procentenheter|percentage points){0,6}",
        ) {
            for lang in [Lang::En, Lang::Sv] {
                let words = words(lang);
                for list in [&words.scales, &words.percents, &words.points, &words.currencies] {
                    let slow = list.words.iter().find_map(|word| word_at_start(&text, word));
                    proptest::prop_assert_eq!(first_word_at_start(&text, list), slow);
                    let slow_end = list.words.iter().filter_map(|word| word_at_end(&text, word)).min();
                    let fast_end = if list.may_end(&text) { slow_end } else { None };
                    proptest::prop_assert_eq!(fast_end, slow_end);
                    proptest::prop_assert_eq!(
                        first_word_at_start(&text, list),
                        first_word_at_start_by_letters(&text, list)
                    );
                }
                proptest::prop_assert_eq!(currency_prefix(&text, words), currency_prefix_by_letters(&text, words));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_letters_as_the_case_tables_compare_them(a in proptest::prelude::any::<char>(), b in proptest::prelude::any::<char>()) {
            proptest::prop_assert_eq!(same_letter(a, b), same_letter_by_tables(a, b));
            let upper = a.to_uppercase().next().unwrap_or(a);
            proptest::prop_assert_eq!(same_letter(a, upper), same_letter_by_tables(a, upper));
        }
    }

    #[test]
    fn letters_as_the_case_tables_compare_them() {
        let ascii = (0..128u8).map(char::from);
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let single_ascii = {
                let mut lower = c.to_lowercase();
                lower.next().is_some_and(|l| l.is_ascii()) && lower.next().is_none()
            };
            assert_eq!(single_ascii, c == '\u{212A}', "{c:?}");
        }
        let samples: Vec<char> = ascii.chain("åÅäÄöÖéÉ€£µ\u{212A}\u{017F}İıßẞǅǄ\u{00A0}".chars()).collect();
        for &a in &samples {
            for &b in &samples {
                assert_eq!(same_letter(a, b), same_letter_by_tables(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn word_lists_hold_no_empty_word() {
        for lang in [Lang::En, Lang::Sv] {
            let words = words(lang);
            for list in [&words.scales, &words.percents, &words.points, &words.currencies] {
                assert!(list.words.iter().all(|word| !word.is_empty()));
            }
        }
    }

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        find(text, lang, 0, &mut out);
        out.into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn scores_over_a_scale() {
        let keys = crate::values::tests::keys;
        assert_eq!(keys("scored 82/100 and 40/80 in total", Lang::En), ["frac:82/100", "frac:40/80"]);
        assert_eq!(keys("fick 82 poäng av 100 och 40 av 80", Lang::Sv), ["ratio:82/100", "ratio:40/80"]);
        // More points than the scale, a scale of no score, a gazette's issue, a date: none.
        assert!(keys("81/20, 15/17 and 5/20", Lang::En).iter().all(|k| !k.starts_with("frac:")));
        assert!(keys("Official Gazette No 5/20", Lang::En).iter().all(|k| !k.starts_with("frac:")));
        assert!(keys("Narodne novine nr 5/20", Lang::Sv).iter().all(|k| !k.starts_with("frac:")));
        assert!(keys("on 12/20 2026", Lang::En).iter().all(|k| !k.starts_with("frac:")));
    }

    #[test]
    fn splits_of_a_hundred() {
        let keys = crate::values::tests::keys;
        assert_eq!(keys("the \"80/20 rule\" or", Lang::En), ["split:80/20"]);
        assert_eq!(keys("(80/20-regeln eller principen", Lang::Sv), ["split:80/20"]);
        assert_eq!(keys("(70/30-regeln eller principen", Lang::Sv), ["split:70/30"]);
        assert_eq!(keys("a 75/25 split", Lang::En), ["split:75/25"]);
        // A score reads a share that does not exceed its scale.
        assert_eq!(keys("a 50/50 split", Lang::En), ["frac:50/50"]);
        // No hundred, no multiples of five, a number, a date, an act, a glued part: none.
        for text in
            ["80/30", "88/12", "No 80/20", "80/20 2026", "80/20/EEC", "C-80/20", "80/20a", "80/20-5", "8/92"]
        {
            assert!(keys(text, Lang::En).iter().all(|key| !key.starts_with("split:")), "{text}");
        }
    }

    #[test]
    fn age_groups_by_their_bound() {
        let keys = |text: &str| crate::values::tests::keys(text, Lang::En);
        assert_eq!(keys("Among the under-25s and the over 65s."), ["num:25", "num:65"]);
        // A decade of life or of years is none of them.
        assert!(!keys("people in their 20s").contains(&"num:20".to_string()));
    }

    #[test]
    fn letters_glued_to_a_number_make_an_optional_label() {
        assert_eq!(
            keys("ICES division 27.3.a, zone 3a and point 12zzb", Lang::En),
            ["label:27.3.a", "label:3a", "label:12zzb"]
        );
        assert_ne!(keys("zone 3a", Lang::Sv), keys("zone 3b", Lang::Sv));
        assert!(crate::values::extract("zon 3a", Lang::Sv).iter().all(|v| v.optional));
        // Units and ordinal suffixes are none.
        assert_eq!(keys("24h, 5x, 3rd", Lang::En), ["num:24", "ord:3"]);
    }

    #[test]
    fn basis_points_written_onto_their_figure() {
        let keys = |text: &str| crate::values::tests::keys(text, Lang::En);
        assert_eq!(keys("priced at MS+41bp and 25bps"), ["pp:0.41", "pp:0.25"]);
        // Glued to letters before: a code, no figure of basis points.
        assert!(!keys("the code BPA41bp").contains(&"pp:0.41".to_string()));
        // Hyphened to the figure as a modifier, as `96 bp` reads in either language.
        assert_eq!(keys("a 25-bp cut and a 96-bp amplicon"), ["pp:0.25", "pp:0.96"]);
        assert_eq!(keys("a 96-bp amplicon"), crate::values::tests::keys("96 bp", Lang::Sv));
        // Another word after the hyphen is none.
        assert!(!keys("a 96-bpm rhythm").contains(&"pp:0.96".to_string()));
    }

    #[test]
    fn basis_points_are_hundredths_of_a_percentage_point() {
        assert_eq!(keys("by 25 basis points", Lang::En), ["pp:0.25"]);
        assert_eq!(keys("med 25 baspunkter", Lang::Sv), keys("med 0,25 procentenheter", Lang::Sv));
        assert_eq!(keys("50 bps", Lang::En), ["pp:0.5"]);
        assert_ne!(keys("by 25 basis points", Lang::En), keys("med 0,5 procentenheter", Lang::Sv));
    }

    #[test]
    fn ranges_of_percentage_points() {
        // The unit after the second bound counts both; basis points are hundredths.
        assert_eq!(keys("by 2-3 percentage points", Lang::En), ["pp-range:2..3"]);
        assert_eq!(keys("med 2–3 procentenheter", Lang::Sv), ["pp-range:2..3"]);
        assert_eq!(keys("ranges from 23 bps to 1 240 bps", Lang::En), ["pp-range:0.23..12.4"]);
        assert_eq!(keys("varierar mellan 23 och 1 240 baspunkter", Lang::Sv), ["pp-range:0.23..12.4"]);
        assert_eq!(keys("mellan 0,23 och 12,4 procentenheter", Lang::Sv), ["pp-range:0.23..12.4"]);
        // A change and a level in other measures stay two figures.
        assert_eq!(keys("rose by 370 bps to 12.0%", Lang::En), ["pp:3.7", "pct:12"]);
    }

    #[test]
    fn a_band_in_brackets_before_its_percent_sign() {
        // A business secret given as a band: the percent after the bracket is the band's.
        assert_eq!(keys("won [60-70]% of", Lang::En), ["pct-range:60..70"]);
        assert_eq!(keys("vanns [60–70] % av", Lang::Sv), ["pct-range:60..70"]);
        assert_eq!(keys("vanns [60–70] av", Lang::Sv), ["num-range:60..70"]);
        assert_eq!(keys("a share of [25]%", Lang::En), ["pct:25"]);
        assert_eq!(keys("en andel på [25] %", Lang::Sv), ["pct:25"]);
        // Its span takes in the brackets.
        let values = crate::values::extract("won [60-70]% of", Lang::En);
        assert_eq!(values.iter().map(|v| (v.span.start, v.span.end)).collect::<Vec<_>>(), [(4, 12)]);
        // A bracket that opens elsewhere is no band's.
        assert_eq!(keys("(see [1]) 25 %", Lang::En), ["num:1", "pct:25"]);
        assert_eq!(keys("[a 60-70]%", Lang::En), ["num-range:60..70"]);
    }

    #[test]
    fn a_decimal_ordinal_is_its_figure() {
        assert_eq!(keys("at the 97,5th percentile", Lang::En), keys("vid den 97,5:e percentilen", Lang::Sv));
        assert_eq!(keys("the 97.5th percentile", Lang::En), ["num:97.5"]);
    }

    #[test]
    fn a_minus_set_apart_after_a_word_of_change() {
        assert_eq!(keys("fell from 6,1 % in 2022 to – 2,7 % in 2025", Lang::En)[2], "pct:-2.7");
        assert_eq!(keys("sjönk till −2,7 %", Lang::Sv), ["pct:-2.7"]);
        // A dash between two phrases is none.
        assert_eq!(keys("Target – 40 % less", Lang::En), ["pct:40"]);
    }

    #[test]
    fn a_minus_set_apart_at_the_start_of_a_table_cell() {
        let keys = crate::values::tests::keys;
        assert_eq!(keys("14.10.2024 | – 3 months | 13.4.2040", Lang::En)[1], "num:-3");
        assert_eq!(keys("| 3 | − 3 månader |", Lang::Sv), ["num:3", "num:-3"]);
        // An empty cell's dash, and a dash within a cell's text, are none.
        assert_eq!(keys("| – | 3 months |", Lang::En), ["num:3"]);
        assert_eq!(keys("| Target – 40 % |", Lang::En), ["pct:40"]);
        // A hyphen set apart may be a bullet.
        assert_eq!(keys("| - 3 months |", Lang::En), ["num:3"]);
    }

    #[test]
    fn the_word_minus_is_a_sign() {
        assert_eq!(keys("fell (minus 34 %)", Lang::Sv), keys("fell (−34 %)", Lang::En));
        assert_eq!(keys("Minus 5 degrees", Lang::En), ["num:-5"]);
        assert_eq!(keys("the Dominus 5", Lang::En), ["num:5"]);
    }

    #[test]
    fn plus_or_minus_is_both_signs() {
        let corridor = ["pp:10"];
        assert_eq!(keys("within a corridor of plus or minus 10 percentage points", Lang::En), corridor);
        assert_eq!(keys("inom en korridor på ±10 procentenheter", Lang::Sv), corridor);
        assert_eq!(keys("inom en korridor på plus eller minus 10 procentenheter", Lang::Sv), corridor);
        assert_eq!(keys("a corridor of +/-10 percentage points", Lang::En), corridor);
        assert_eq!(keys("a margin of Plus/minus 5 %", Lang::En), ["pct:5"]);
        // The whole phrase is the value's span.
        let values = super::super::extract("of plus or minus 10 %", Lang::En);
        assert_eq!(values.first().map(|v| v.span.clone()), Some(3..21));
        // A plus that is no part of the phrase leaves the minus its sign.
        assert_eq!(keys("surplus or minus 5 %", Lang::En), ["pct:-5"]);
        assert_eq!(keys("plus or minus 5 %", Lang::Sv), ["pct:-5"]);
    }

    #[test]
    fn a_bracketed_figure_alone_in_a_cell_of_figures_is_negative() {
        assert_eq!(
            keys("Exchange rate differences (+/–) | (2 148) | 1 033", Lang::En),
            keys("Valutakursdifferenser (+/–) | −2 148 | 1 033", Lang::Sv)
        );
        assert_eq!(keys("Economic result |  | (714) | 2 608", Lang::En), ["num:-714", "num:2608"]);
        assert_eq!(keys("Årets resultat |  | ( 714 ) | 2 608", Lang::Sv), ["num:-714", "num:2608"]);
        assert_eq!(keys("Skulder | 2.7 | (14 905) | (12 113)", Lang::Sv)[1..], ["num:-14905", "num:-12113"]);
        assert_eq!(keys("(1 234,5) | 2 608", Lang::Sv), ["num:-1234.5", "num:2608"]);
        assert_eq!(keys("(1,234.5) | 2,608", Lang::En), ["num:-1234.5", "num:2608"]);
        // Beside a nil figure, and alone beside its label when it groups its thousands.
        assert_eq!(keys("Provisions | (620) | –", Lang::En), ["num:-620"]);
        assert_eq!(keys("Avsättningar | (1 234,5)", Lang::Sv), ["num:-1234.5"]);
        assert_eq!(keys("Provisions | (620)", Lang::En), ["num:620"], "a label's number, maybe");
        let span = crate::values::extract("Result | (714) | 2 608", Lang::En)[0].span.clone();
        assert_eq!(span, 9..14, "the brackets are the figure's");
    }

    #[test]
    fn brackets_that_are_no_sign_of_a_figure() {
        // Running text: a paragraph number, an aside, a year.
        assert_eq!(keys("(12) Member States shall", Lang::En), ["num:12"]);
        assert_eq!(keys("the (15) cases", Lang::En), ["num:15"]);
        assert_eq!(keys("(714)", Lang::En), ["num:714"]);
        // A cell of one digit labels a point, a year heads a column, a bracket shares its cell.
        assert_eq!(keys("Total | (3) | 2 608", Lang::En), ["num:3", "num:2608"]);
        assert_eq!(keys("EUR thousand | 2025 | (2024)", Lang::En), ["num:2025", "num:2024"]);
        assert_eq!(keys("Total | 1 033 (714) | 2 608", Lang::En), ["num:1033", "num:714", "num:2608"]);
        // The first cell of a row of words is its label, and a row of words holds no figures.
        assert_eq!(keys("(12) | Recital text | 2 608", Lang::En), ["num:12", "num:2608"]);
        assert_eq!(keys("Point | (12) | Recital text", Lang::En), ["num:12"]);
        // The numbers of a table's columns.
        assert_eq!(keys("(9) | (10) | (11)", Lang::En), ["num:9", "num:10", "num:11"]);
        assert_eq!(keys("(11) | (10)", Lang::En), ["num:-11", "num:-10"], "figures, not a count");
    }

    #[test]
    fn a_text_in_the_decimal_comma_reads_every_comma_so() {
        let keys = crate::values::tests::keys;
        let en = "(EUR 1 = CZK 25,014; DKK 7,4611; HUF 402,15)";
        let sv = "(1 euro = 25,014 CZK; 7,4611 DKK; 402,15 HUF)";
        assert_eq!(
            keys(en, Lang::En),
            ["amount:EUR:1", "amount:CZK:25.014", "amount:DKK:7.4611", "amount:HUF:402.15"]
        );
        assert_eq!(keys(en, Lang::En), keys(sv, Lang::Sv));
        // A changed figure is still one.
        assert_ne!(keys(en, Lang::En), keys(&sv.replace("25,014", "25,041"), Lang::Sv));
        assert_eq!(keys("| 2,125 | 0,310 |", Lang::En), ["num:2.125", "num:0.31"]);
        // The spans are those of the text.
        let values = crate::values::extract(en, Lang::En);
        assert_eq!(&en[values[1].span.clone()], "CZK 25,014");
        // Thousands where the text writes no decimal comma, groups by commas or writes a
        // decimal point.
        assert_eq!(keys("1,247 replies", Lang::En), ["num:1247"]);
        assert_eq!(keys("1,247 replies of 1,250,000", Lang::En), ["num:1247", "num:1250000"]);
        assert_eq!(keys("1,247 replies and 1,234.5 tonnes, 2,5", Lang::En)[0], "num:1247");
        assert_eq!(keys("1,247 replies, 12.5 % of them, 2,5", Lang::En)[0], "num:1247");
        // A list written without spaces shows no decimal comma; a dotted date no decimal point.
        assert_eq!(
            keys("points 1,2,3 and 1,247 replies", Lang::En).last().map(String::as_str),
            Some("num:1247")
        );
        assert_eq!(
            decimal_commas("on 28.4.2026: 1,247 and 2,5").as_deref(),
            Some("on 28.4.2026: 1.247 and 2,5")
        );
        assert_eq!(decimal_commas("1,247 and 2,5 on 28.4"), None);
        assert_eq!(decimal_commas("0,5 and 12,5"), None);
    }

    #[test]
    fn a_comma_after_a_lone_zero_is_a_decimal_sign() {
        assert_eq!(keys("which shall be 0,376 where", Lang::En), ["num:0.376"]);
        assert_eq!(keys("0,310", Lang::En), keys("0,310", Lang::Sv));
        assert_eq!(keys("2,125 tonnes", Lang::En), ["num:2125"]);
    }

    #[test]
    fn word_matching_ignores_case_and_stretches_spaces() {
        assert_eq!(word_at_start("Per\u{00A0}\n cent of", "per cent"), Some(11));
        assert_eq!(word_at_start("percentage", "per cent"), None);
        assert_eq!(word_at_start("MILJARDER euro", "miljarder"), Some(9));
        assert_eq!(word_at_end("for US  dollars", "us dollars"), Some(4));
        assert_eq!(word_at_end("€", "€"), Some(0));
        assert_eq!(word_at_end("euros", "dollars"), None);
        let en = words(Lang::En);
        assert_eq!(percent_suffix(" %", en), Some(2));
        assert_eq!(percent_suffix("%", en), Some(1));
        assert_eq!(percent_suffix("  %", en), None, "one space at most before the sign");
        assert_eq!(percent_suffix(" per cent", en), Some(9));
        assert_eq!(spaced_word(" billions", &en.scales), Some((9, 1..9)), "the longest word wins");
        assert_eq!(spaced_word("billion", &en.scales), None, "a space must come first");
        assert_eq!(currency_prefix("paid EUR\u{00A0}", en), Some(5..8));
        assert_eq!(currency_prefix("in US dollars ", en).map(|r| r.start), Some(3), "the leftmost start");
    }

    #[test]
    fn a_currencys_name_before_a_figure_is_no_unit_of_it() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|value| value.key).collect()
        };
        let live = keys("Kvinnor kunde förvänta sig att leva 5,3 år längre än män.", Lang::Sv);
        assert!(!live.iter().any(|key| key.starts_with("amount:")), "{live:?}");
        // The code before the figure, or the name after it, is its currency.
        assert!(keys("Avgiften är BGN 5,3.", Lang::Sv).contains(&"amount:BGN:5.3".to_string()));
        assert!(keys("Avgiften är 5,3 leva.", Lang::Sv).contains(&"amount:BGN:5.3".to_string()));
        assert!(keys("The fee is EUR 20.", Lang::En).contains(&"amount:EUR:20".to_string()));
    }

    #[test]
    fn a_currency_pair_before_a_figure_quotes_a_rate() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|value| value.key).collect()
        };
        assert_eq!(keys("växelkursen USD/EUR 1,16 för 2025", Lang::Sv), ["num:1.16", "year:2025"]);
        assert_eq!(keys("the EUR/USD rate, EUR/USD 1.17 in 2026", Lang::En), ["num:1.17", "year:2026"]);
        // A code alone before the figure is still its currency.
        assert_eq!(keys("Avgiften är USD 1,16.", Lang::Sv), ["amount:USD:1.16"]);
    }

    #[test]
    fn a_currency_after_its_amount_leaves_the_year_after_it() {
        let all = |text: &str, lang: Lang| -> Vec<String> {
            crate::values::extract(text, lang).into_iter().map(|value| value.key).collect()
        };
        let keys = |text: &str| all(text, Lang::Sv);
        let keys_en = |text: &str| all(text, Lang::En);
        let raised = keys("Avgiften höjdes till 120 euro 2024.");
        assert!(raised.contains(&"amount:EUR:120".to_string()), "{raised:?}");
        assert!(raised.contains(&"year:2024".to_string()), "{raised:?}");
        assert!(!raised.iter().any(|key| key == "amount:EUR:2024"), "{raised:?}");
        let scaled = keys("Budgeten var 3 miljoner euro 2024.");
        assert!(scaled.contains(&"amount:EUR:3000000".to_string()), "{scaled:?}");
        assert!(!scaled.iter().any(|key| key == "amount:EUR:2024"), "{scaled:?}");
        // A currency after a word, or before a figure that is no year, still leads it.
        assert!(keys_en("In 2023 EUR 5 million was paid.").contains(&"amount:EUR:5000000".to_string()));
        assert!(keys_en("It paid EUR 2024 in fees.").contains(&"amount:EUR:2024".to_string()));
        assert!(keys_en("Rows: 12 | EUR 1500 |").contains(&"amount:EUR:1500".to_string()));
    }

    #[test]
    fn decimal_canonical_forms() {
        assert_eq!(Decimal::from_parts("5", "97").scaled(9).canonical(), "5970000000");
        assert_eq!(Decimal::from_parts("051", "40").canonical(), "51.4");
        assert_eq!(Decimal::from_parts("0", "05").canonical(), "0.05");
        assert_eq!(Decimal::from_parts("0", "").canonical(), "0");
        assert_eq!(Decimal::from_parts("21", "").negated().canonical(), "-21");
        assert_eq!(Decimal::from_u64(81_000_000_000).grouped(), "81 000 000 000");
        assert_eq!(Decimal::from_u64(2024).grouped(), "2024");
    }

    #[test]
    fn thousands_and_decimals_by_language() {
        assert_eq!(keys("1,500", Lang::En), ["num:1500"]);
        assert_eq!(keys("1,500", Lang::Sv), ["num:1.5"]);
        assert_eq!(keys("1,5", Lang::En), ["num:1.5"]);
        assert_eq!(keys("438 000", Lang::Sv), ["num:438000"]);
        assert_eq!(keys("438\u{202F}000", Lang::En), ["num:438000"]);
        assert_eq!(keys("1,234,567.5", Lang::En), ["num:1234567.5"]);
        assert_eq!(keys("51,4 %", Lang::Sv), ["pct:51.4"]);
        assert_eq!(keys("51.4%", Lang::En), ["pct:51.4"]);
    }

    #[test]
    fn signs_amounts_and_ranges() {
        assert_eq!(keys("trend (-21%)", Lang::En), ["pct:-21"]);
        assert_eq!(keys("trend (–21 %)", Lang::Sv), ["pct:-21"]);
        assert_eq!(keys("EUR 81 billion", Lang::En), ["amount:EUR:81000000000"]);
        assert_eq!(keys("€3 billion", Lang::En), ["amount:EUR:3000000000"]);
        assert_eq!(keys("5,97 miljarder euro", Lang::Sv), ["amount:EUR:5970000000"]);
        assert_eq!(keys("3 biljoner euro", Lang::Sv), ["amount:EUR:3000000000000"]);
        assert_eq!(keys("10-15", Lang::En), ["num-range:10..15"]);
        assert_eq!(keys("10–15 %", Lang::Sv), ["pct-range:10..15"]);
        assert_eq!(keys("COVID-19", Lang::En), ["num:19"]);
        // A currency before the first bound covers a bare second one after a bare `to`.
        assert_eq!(keys("at EUR 9 000 to 12 000 each", Lang::En), ["amount-range:EUR:9000..12000"]);
        assert_eq!(keys("9 000 euro to 12 000", Lang::En), ["amount:EUR:9000", "num:12000"]);
        assert_eq!(keys("EUR 12 000 to 9 000", Lang::En), ["amount:EUR:12000", "num:9000"]);
        // A member of a list of numbers after a comma is a range; elsewhere a level reached.
        assert_eq!(keys("items 3, 9 to 11 and 17", Lang::En), ["num:3", "num-range:9..11", "num:17"]);
        assert_eq!(keys("it rose 9 to 11", Lang::En), ["num:9", "num:11"]);
        // Figures joined by slashes without spaces, as Swedish writes a row of years.
        assert_eq!(
            keys("75/78/80/83 och 10 500/10 920/11 200", Lang::Sv),
            ["num:75", "num:78", "num:80", "num:83", "num:10500", "num:10920", "num:11200"]
        );
        // Three short counts are a vote.
        assert_eq!(keys("75/78/80", Lang::Sv), ["votes:75/78/80"]);
        // Not a date, nor an identifier glued to letters or a slash.
        assert!(keys("31/12/2025", Lang::Sv).iter().all(|key| !key.starts_with("num:")));
        assert!(keys("EU/1/23/1745/002", Lang::Sv).iter().all(|key| !key.starts_with("num:")));
    }

    #[test]
    fn fractions_with_a_slash() {
        assert_eq!(keys("1/3 of the budget, a 2/3 majority", Lang::En), ["frac:1/3", "frac:2/3"]);
        // A denominator of two digits as a share of something.
        assert_eq!(keys("the daily rate is 1/30 of the monthly unit cost", Lang::En), ["frac:1/30"]);
        assert_eq!(keys("dagbeloppet är 1/30 av enhetskostnaden", Lang::Sv), ["frac:1/30"]);
        assert!(keys("Opinion 1/15 of the Court", Lang::En).iter().all(|k| !k.starts_with("frac:")));
        assert!(keys("in No 5/20 of the Gazette", Lang::En).iter().all(|k| !k.starts_with("frac:")));
        // A denominator of two digits only where a fraction alone may stand.
        assert_eq!(keys("| > 1/13 | 1/15–1/8 |", Lang::En), ["frac:1/13", "frac:1/15", "frac:1/8"]);
        assert_eq!(keys("en upplösning på 1/36° för Medelhavet", Lang::Sv), ["frac:1/36"]);
        assert!(keys("Opinion 1/15 and No 5/20", Lang::En).iter().all(|key| !key.starts_with("frac:")));
        assert_eq!(keys("(≥ 1/10,000 to < 1/1,000)", Lang::En), ["frac:1/10000", "frac:1/1000"]);
        assert_eq!(keys("(≥ 1/10 000, < 1/1 000)", Lang::Sv), ["frac:1/10000", "frac:1/1000"]);
        assert_eq!(keys("≥ 1/100 to < 1/10", Lang::En), ["frac:1/100", "frac:1/10"]);
        assert!(keys("1/1100 and 1/1 100", Lang::Sv).iter().all(|key| !key.starts_with("frac:")));
        // Identifiers, dates and longer figures around a slash are no fractions.
        for text in ["12/5", "1/25", "1/3/2020", "x/1/3", "3/4.5", "1/0", "1/3a", "den 3/6", "3/6 2026"] {
            assert!(keys(text, Lang::En).iter().all(|key| !key.starts_with("frac:")), "{text}");
        }
    }

    #[test]
    fn units_written_onto_their_number() {
        assert_eq!(keys("10kg and 1,200km, 24h", Lang::En), ["num:10", "num:1200", "num:24"]);
        assert_eq!(keys("5 MWh or 5MWh, 3km2", Lang::En), ["num:5", "num:5", "num:3"]);
        // Metres or a million: the check takes it for either.
        assert_eq!(keys("450m people", Lang::En), ["mnum:450"]);
        assert_eq!(keys("EUR 450m", Lang::En), ["amount:EUR:450000000"]);
        // Not units: a letter the list does not hold, or more letters after the unit.
        assert!(keys("5G and 10kgs and 4hx", Lang::En).is_empty());
        // Years abbreviated in a table's heading: the figure.
        assert_eq!(keys("Avg 5yrs, 10yr", Lang::En), ["num:5", "num:10"]);
        assert!(keys("5yrsx", Lang::En).is_empty());
    }

    #[test]
    fn times_of_day_in_a_range_after_a_bare_range_word() {
        assert_eq!(keys("Monday to Friday, 8.00 to 18.00", Lang::En), ["num-range:8..18"]);
        assert_eq!(keys("open 9.30 to 17.45", Lang::En), ["num-range:9.3..17.45"]);
        // Not clock-shaped, or falling: two figures, as before.
        assert_eq!(keys("rose 8.5 to 18.5", Lang::En), ["num:8.5", "num:18.5"]);
        assert_eq!(keys("fell 18.00 to 8.00", Lang::En), ["num:18", "num:8"]);
        assert_eq!(keys("from 31.75 to 32.10", Lang::En), ["num-range:31.75..32.1"]);
        assert_eq!(keys("31.75 to 32.10", Lang::En), ["num:31.75", "num:32.1"]);
    }

    #[test]
    fn labels_after_their_noun_in_a_range_after_a_bare_range_word() {
        assert_eq!(keys("categories 1 to 7, 10 and 11", Lang::En), ["num-range:1..7", "num:10", "num:11"]);
        assert_eq!(keys("kategorierna 1–7, 10 och 11", Lang::Sv), ["num-range:1..7", "num:10", "num:11"]);
        assert_eq!(keys("kategorierna 1 till 7", Lang::Sv), ["num-range:1..7"]);
        // A list of labels, or no noun they label: two figures, as before.
        assert_eq!(keys("categories 1 and 7", Lang::En), ["num:1", "num:7"]);
        assert_eq!(keys("reduced 1 to 7", Lang::En), ["num:1", "num:7"]);
    }

    #[test]
    fn figures_given_per_unit() {
        assert_eq!(keys("EUR 3.92/kg, €3.92/kg", Lang::En), ["amount:EUR:3.92", "amount:EUR:3.92"]);
        assert_eq!(keys("EUR 120/MWh and 50 g/km", Lang::En), ["amount:EUR:120", "num:50"]);
        assert_eq!(keys("3,92 euro/kg", Lang::Sv), ["amount:EUR:3.92"]);
        assert_eq!(keys("EUR 45/t", Lang::En), ["amount:EUR:45"]);
        // A price per a quantity of a unit: the price, and the quantity.
        assert_eq!(keys("EUR 48.6/100 kg", Lang::En), ["amount:EUR:48.6", "num:100"]);
        assert_eq!(keys("48,6 euro/100 kg", Lang::Sv), keys("EUR 48.6/100 kg", Lang::En));
        // A figure with a unit of area or volume per a quantity of another.
        assert_eq!(keys("0.75 m²/100 kg", Lang::En), ["num:0.75", "num:100"]);
        assert_eq!(keys("0,75 m2/10 kg", Lang::Sv), ["num:0.75", "num:10"]);
        assert_eq!(keys("1 m³/100 g", Lang::Sv), ["num:1", "num:100"]);
        // Not after a symbol glued to a word (`5m²/100`) nor before no unit.
        assert_eq!(keys("0.75 m²/100", Lang::En), ["num:0.75"]);
        // Not after a fraction's figure before a word.
        assert_eq!(keys("(≥ 1/100 to < 1/10)", Lang::En), ["frac:1/100", "frac:1/10"]);
        // Capitals or a number after the slash: an identifier.
        assert!(keys("2024/EU, 5848/REV, 2024/1351, 12/kgs3", Lang::En).is_empty());
        // Unless an amount stands before them, a currency before it or decimals: a unit in
        // capitals (`LU`, a livestock unit; `DE`, djurenhet).
        assert_eq!(keys("| EUR 105.60/LU | EUR 5/LU |", Lang::En), ["amount:EUR:105.6", "amount:EUR:5"]);
        assert_eq!(keys("| 105,60 EUR/DE |", Lang::Sv), ["amount:EUR:105.6"]);
        assert_eq!(keys("| €105.60/LU |", Lang::En), ["amount:EUR:105.6"]);
    }

    #[test]
    fn amounts_given_per_a_unit_in_capitals() {
        let per = |text: &str| {
            let slash = text.find('/').unwrap_or(0);
            let figure = text[..slash]
                .bytes()
                .rev()
                .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
                .count();
            let start = slash - figure;
            per_abbreviation(text, start, slash)
        };
        for text in
            ["EUR 105.60/LU", "EUR 5/LU", "EUR\u{a0}5/LU", "at 105.60/LU a head", "€ 5/DE", "105,6/DE)"]
        {
            assert!(per(text), "{text}");
        }
        // An act's or a document's number: no decimals, no currency; an agenda's three decimals
        // are a dotted number; four capitals or more, or a glued part, name a series.
        for text in [
            "2024/EU",
            "5848/REV",
            "PE 781.456/OJME",
            "PE 781.456/OJ",
            "EUR 5/LUXE",
            "EUR 5/LU2",
            "EUR 5/LU-1",
            "XEUR 5/LU",
            "5.60/lu",
        ] {
            assert!(!per(text), "{text}");
        }
    }

    #[test]
    fn two_quantities_apart_by_a_slash() {
        let keys = crate::values::tests::keys;
        assert_eq!(keys("| Grad | 85 %/95 % |", Lang::Sv), ["pct:85", "pct:95"]);
        assert_eq!(keys("| Rate | 85%/95% |", Lang::En), ["pct:85", "pct:95"]);
        assert_eq!(
            keys("| 50 miljoner/20 miljoner utsläppsrätter |", Lang::Sv),
            ["num:50000000", "num:20000000"]
        );
        assert_eq!(
            keys("| 440 miljoner (placering i reserven)/210 miljoner (frigörelse) |", Lang::Sv),
            ["num:440000000", "num:210000000"]
        );
        // Not after an identifier's letters, nor without a unit of its own after the numeral.
        for text in ["85 %/95 kr", "(EU)/20 %", "avgift (EU)/20 miljoner", "85 %/95", "miljoner/20"] {
            let keys = keys(text, Lang::Sv);
            assert!(
                !keys.iter().any(|k| k == "num:20000000" || k == "pct:20" || k == "num:95"),
                "{text}: {keys:?}"
            );
        }
    }

    #[test]
    fn two_counts_of_a_cell_before_a_score() {
        let keys = crate::values::tests::keys;
        // With or without a space on each side of the slash, the same two counts.
        assert_eq!(keys("| 6 | 75/80 |", Lang::Sv), ["num:6", "votes:75/80"]);
        assert_eq!(keys("| 6 | 75 / 80 |", Lang::En), ["num:6", "votes:75/80"]);
        // In running text, a score.
        assert_eq!(keys("fick 75/80 i provet", Lang::Sv), ["frac:75/80"]);
    }

    #[test]
    fn votes_written_with_slashes() {
        let read = |text: &str| -> Vec<(String, bool)> {
            let mut out = Vec::new();
            find(text, Lang::En, 0, &mut out);
            out.into_iter().map(|value| (value.key, value.optional)).collect()
        };
        assert_eq!(read("| 185/3/7 |"), [("votes:185/3/7".to_string(), false)]);
        assert_eq!(read("adopted by 12/3/1"), [("votes:12/3/1".to_string(), false)]);
        // What may be a date without its century is optional.
        assert_eq!(read("on 1/3/25"), [("votes:1/3/25".to_string(), true)]);
        // Dates with their year, longer numbers, four parts, glued: no votes.
        for text in ["1/3/2025", "1234/3/7", "185/3/7/1", "x185/3/7", "185/3/7a", "PE/93/2/1", "185/3/7.5"] {
            assert!(read(text).iter().all(|(key, _)| !key.starts_with("votes:")), "{text}");
        }
        // A space on each side of a slash is the same value; each part counts in its order.
        assert_eq!(read("| 11 / 1 / 1 |"), [("votes:11/1/1".to_string(), false)]);
        assert_eq!(read("| 11/1/1 |"), read("| 11 / 1 / 1 |"));
        assert_eq!(read("| 1 / 11 / 1 |"), [("votes:1/11/1".to_string(), false)]);
        assert_eq!(read("| 75 / 62 / 105 |"), [("votes:75/62/105".to_string(), false)]);
        assert_eq!(read("on 1 / 3 / 25"), [("votes:1/3/25".to_string(), true)]);
        // Two counts fill a table cell alone; what may be a day and month is optional.
        assert_eq!(read("EU | 24,5 | 17 / 10 | 9").get(1), Some(&("votes:17/10".to_string(), false)));
        assert_eq!(read("EU | 24,5 | 17/10 | 9").get(1), Some(&("votes:17/10".to_string(), true)));
        assert_eq!(
            read("EU | 24,5 | 45/10"),
            [("num:24.5".to_string(), false), ("votes:45/10".to_string(), false)]
        );
        // Not in running text, nor a fraction, nor beside other words in the cell.
        for text in ["in 17 / 10 cases", "EU | 3/4 | x", "EU | 17/10 kg | x", "EU | on 17/10 | x", "17/10"] {
            assert!(read(text).iter().all(|(key, _)| !key.starts_with("votes:")), "{text}");
        }
        // Service around the clock is an idiom, optional; other counts of three parts stay firm.
        assert_eq!(read("available 24/7/365,"), [("votes:24/7/365".to_string(), true)]);
        assert_eq!(read("| 24/7 |"), [("votes:24/7".to_string(), true)]);
        assert_eq!(read("available 24/5/365,"), [("votes:24/5/365".to_string(), false)]);
        assert_eq!(read("by 24/7/500"), [("votes:24/7/500".to_string(), false)]);
        // Spaced slashes only: a dangling space, a fourth part, a year or an act number are none.
        for text in
            ["11 /1 / 1", "11/ 1/1", "1 / 2 / 3 / 4", "4 / 1 / 2 / 3", "1 / 3 / 2025", "2019 / 1155 / 1"]
        {
            assert!(read(text).iter().all(|(key, _)| !key.starts_with("votes:")), "{text}");
        }
    }

    #[test]
    fn glued_and_slashed_digits_are_not_numbers() {
        // `25a` is a label (optional), no number.
        assert_eq!(keys("G7 and 25a", Lang::En), ["label:25a"]);
        assert!(keys("2024/1351", Lang::En).is_empty());
        assert_eq!(keys("21st", Lang::En), ["ord:21"]);
        assert_eq!(keys("3:e", Lang::Sv), ["ord:3"]);
        // An English title quoted in a Swedish text.
        assert_eq!(keys("the 55th Session", Lang::Sv), ["ord:55"]);
    }

    #[test]
    fn an_adjective_of_percent_makes_a_percentage() {
        assert_eq!(
            keys("pH (10-procentig lösning, 20 °C)", Lang::Sv),
            keys("pH (10 % solution, 20 °C)", Lang::En)
        );
        assert_eq!(keys("en 5-procentigt högre ränta", Lang::Sv), ["pct:5"]);
    }
}
