//! The entries of an annex numbered by a figure, a lettered point and a Roman suffix, as the
//! annexes of exemptions number them (Annex III to the RoHS Directive 2011/65/EU): English
//! writes `entry 6(a)-I`, `entries 7(c)-I and 7(c)-II`, Swedish `punkt 6 a-I`, `punkterna 7
//! c-I och 7 c-II`, and either may write the entry bare (`exemption 18(b)-I`, a table's
//! first cell `6 b-II`). Each is one reference, keyed `entry:6(a)-I` whichever way it is
//! written, so that a changed figure, letter or suffix is a changed reference, and the figure
//! is not compared alone (`6`, against the `punkt 6` the paragraph reader would read).
//!
//! The suffix is what makes the reference: a figure and a letter alone (`6 c`) are read only
//! as a member of a list that holds an entry with a suffix (`entries 6(b)-II, 6(c) and
//! 7(c)-I` = `punkterna 6 b-II, 6 c och 7 c-I`).

use std::ops::Range;

use super::tables::{LangTable, table};
use super::{Value, ValueKind, char_at, char_before};
use crate::text::Lang;

/// The most digits an entry's figure has.
const ENTRY_DIGITS: usize = 3;

/// How many bytes a joiner of a list of entries may hold (`, and `, ` respektive `).
const JOINER_LEN: usize = 14;

/// One entry read: where it is written and its key's body (`6(a)-I`).
struct Entry {
    span: Range<usize>,
    body: String,
}

/// Finds the entries of `text` (see the module's doc).
pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let lang_table = table(lang);
    let mut next = 0;
    // Every entry with a suffix holds a hyphen (or a non-breaking one, U+2011, whose last
    // byte is 0x91) before a capital Roman digit.
    for at in memchr::memchr2_iter(b'-', 0x91, bytes) {
        let hyphen_start = match bytes[at] {
            b'-' => at,
            _ if at >= 2 && bytes[at - 2..at] == [0xE2, 0x80] => at - 2,
            _ => continue,
        };
        if hyphen_start < next || !bytes.get(at + 1).is_some_and(|b| matches!(b, b'I' | b'V' | b'X')) {
            continue;
        }
        let Some(first) = suffixed_entry(text, hyphen_start, at + 1) else { continue };
        // The members of the list before it that have no suffix (`6(c) and 7(c)-I`).
        let mut list = vec![first];
        while let Some(before) =
            list.first().and_then(|entry| member_before(text, entry.span.start, lang_table))
        {
            if before.span.start < next {
                break;
            }
            list.insert(0, before);
        }
        // And the members after it, with a suffix or without.
        while let Some(after) = list.last().and_then(|entry| member_after(text, entry.span.end, lang_table)) {
            list.push(after);
        }
        // The word that names the first (`punkt 6 a-I`), which would otherwise read its figure
        // as a paragraph.
        if let Some(first) = list.first_mut()
            && let Some(start) = naming_word(text, first.span.start, lang_table)
        {
            first.span.start = start;
        }
        next = list.last().map_or(next, |entry| entry.span.end);
        for entry in list {
            let display = format!("entry {}", entry.body);
            out.push(Value::new(ValueKind::Legal, entry.span, format!("entry:{}", entry.body), display));
        }
    }
}

/// The entry whose suffix's hyphen starts at `hyphen` and whose Roman digits start at
/// `roman`: the figure and the letter before the hyphen, bracketed (`6(a)`) or after a space
/// (`6 a`).
fn suffixed_entry(text: &str, hyphen: usize, roman: usize) -> Option<Entry> {
    let bytes = text.as_bytes();
    let length = bytes.get(roman..)?.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let end = roman + length;
    if char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    super::units::roman(bytes.get(roman..end)?)?;
    let suffix = text.get(roman..end)?;
    let (start, number, letter) = lettered_number_before(text, hyphen)?;
    Some(Entry { span: start..end, body: format!("{number}({letter})-{suffix}") })
}

/// The figure and letter that end at byte `end`, `6(a)` or `6 a`: where the figure starts,
/// the figure and the letter.
fn lettered_number_before(text: &str, end: usize) -> Option<(usize, &str, char)> {
    let bytes = text.as_bytes();
    let (letter_at, digits_end) = match bytes.get(end.checked_sub(1)?)? {
        b')' if bytes.get(end.checked_sub(3)?) == Some(&b'(') => (end - 2, end - 3),
        b if b.is_ascii_lowercase() && bytes.get(end.checked_sub(2)?) == Some(&b' ') => (end - 1, end - 2),
        _ => return None,
    };
    let letter = char::from(*bytes.get(letter_at).filter(|b| b.is_ascii_lowercase())?);
    let digits = bytes.get(..digits_end)?.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let start = digits_end - digits;
    // Not a part of a longer number or code (`5.6 a`, `C-6(a)`, `2011/65(a)`).
    if !(1..=ENTRY_DIGITS).contains(&digits)
        || bytes.get(start) == Some(&b'0')
        || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-'))
    {
        return None;
    }
    Some((start, text.get(start..digits_end)?, letter))
}

/// The entry that starts at byte `at`, with a suffix (`7(c)-II`) or without (`6(c)`, `6 c`),
/// where nothing that would make it longer follows.
fn entry_at(text: &str, at: usize) -> Option<Entry> {
    let bytes = text.as_bytes();
    let digits = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let digits_end = at + digits;
    let end = match bytes.get(digits_end)? {
        b'(' if bytes.get(digits_end + 2) == Some(&b')') => digits_end + 3,
        b' ' => digits_end + 2,
        _ => return None,
    };
    let (start, number, letter) = lettered_number_before(text, end).filter(|(start, ..)| *start == at)?;
    if let Some(hyphen) = super::legal::hyphen_len(bytes, end)
        && bytes.get(end + hyphen).is_some_and(|b| matches!(b, b'I' | b'V' | b'X'))
    {
        return suffixed_entry(text, end, end + hyphen);
    }
    // Nothing that makes it another reference: a point of the point (`6(a)(1)`), a word
    // (`6 augusti`), a hyphen (`6 a-b`), or the Swedish preposition `i` before a word (`7 i
    // bilaga III`).
    let after = char_at(text, end);
    let digit_after = |offset: usize| bytes.get(end + offset).is_some_and(u8::is_ascii_digit);
    if after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '(' | '-' | '\u{2011}' | '/'))
        || matches!(after, Some('.' | ',')) && digit_after(1)
        || letter == 'i'
            && bytes.get(end) == Some(&b' ')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
    {
        return None;
    }
    Some(Entry { span: start..end, body: format!("{number}({letter})") })
}

/// Whether `gap`, the text between two members of a list, joins them: a comma, a word of
/// `list_joiners` or both (`, and`).
fn joins(gap: &str, lang_table: &LangTable) -> bool {
    let gap = gap.trim_matches(' ');
    let word = gap.strip_prefix(',').unwrap_or(gap).trim_start_matches(' ');
    gap == "," || lang_table.list_joiners.contains(&word)
}

/// The next member of the list after an entry that ends at byte `end`.
fn member_after(text: &str, end: usize, lang_table: &LangTable) -> Option<Entry> {
    let rest = text.get(end..)?;
    let gap = rest.find(|c: char| c.is_ascii_digit()).filter(|gap| *gap <= JOINER_LEN)?;
    if !joins(rest.get(..gap)?, lang_table) {
        return None;
    }
    entry_at(text, end + gap)
}

/// The member of the list before an entry that starts at byte `start`, one without a suffix
/// (one with a suffix is read where its own hyphen is found).
fn member_before(text: &str, start: usize, lang_table: &LangTable) -> Option<Entry> {
    let head = text.get(..start)?.trim_end_matches(' ');
    let head = match head.strip_suffix(',') {
        Some(before) => before,
        None => {
            let word_start = super::letters_start(head, head.len());
            let word = head.get(word_start..)?;
            if word.is_empty() || !lang_table.list_joiners.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                return None;
            }
            let before = head.get(..word_start)?.trim_end_matches(' ');
            before.strip_suffix(',').unwrap_or(before)
        }
    };
    let end = head.len();
    if start - end > JOINER_LEN {
        return None;
    }
    let (member_start, ..) = lettered_number_before(text, end)?;
    entry_at(text, member_start).filter(|entry| entry.span.end == end && !entry.body.contains('-'))
}

/// Where the word that names an entry starting at byte `start` starts, one space before it:
/// a word of `paragraph_words` (`point`, `punkterna`).
fn naming_word(text: &str, start: usize, lang_table: &LangTable) -> Option<usize> {
    let head = text.get(..start)?.strip_suffix([' ', '\u{a0}'])?;
    let word_start = super::letters_start(head, head.len());
    let word = head.get(word_start..)?;
    (!word.is_empty()
        && lang_table.paragraph_words.iter().any(|w| w.eq_ignore_ascii_case(word))
        && !char_before(text, word_start).is_some_and(|c| c.is_alphanumeric() || c == '-'))
    .then_some(word_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        find(text, lang, &mut out);
        out.into_iter().map(|value| format!("{}={}", &text[value.span], value.key)).collect()
    }

    #[test]
    fn an_entry_is_one_reference_in_both_languages() {
        assert_eq!(keys("(entry 6(a)-I of Annex III)", Lang::En), ["6(a)-I=entry:6(a)-I"]);
        assert_eq!(keys("(punkt 6 a-I i bilaga III)", Lang::Sv), ["punkt 6 a-I=entry:6(a)-I"]);
        assert_eq!(keys("exemption 18(b)-I concerning", Lang::En), ["18(b)-I=entry:18(b)-I"]);
        assert_eq!(keys("undantag 18 b-I, som", Lang::Sv), ["18 b-I=entry:18(b)-I"]);
        assert_eq!(keys("| ‘7(c)-IV | Lead |", Lang::En), ["7(c)-IV=entry:7(c)-IV"]);
        assert_eq!(keys("| ”7 c-IV | Bly |", Lang::Sv), ["7 c-IV=entry:7(c)-IV"]);
        // A non-breaking hyphen, and the Swedish form in an English text.
        assert_eq!(keys("entry 1(f)\u{2011}II", Lang::En), ["1(f)\u{2011}II=entry:1(f)-II"]);
        assert_eq!(keys("point 3 a-I", Lang::En), ["point 3 a-I=entry:3(a)-I"]);
    }

    #[test]
    fn a_changed_figure_letter_or_suffix_is_another_entry() {
        assert_eq!(keys("punkt 6 a-II", Lang::Sv), ["punkt 6 a-II=entry:6(a)-II"]);
        assert_eq!(keys("punkt 6 b-I", Lang::Sv), ["punkt 6 b-I=entry:6(b)-I"]);
        assert_eq!(keys("punkt 7 a-I", Lang::Sv), ["punkt 7 a-I=entry:7(a)-I"]);
    }

    #[test]
    fn the_members_of_a_list_of_entries() {
        assert_eq!(
            keys("entries 6(b)-I, 6(b)-II, 6(c), 7(c)-I and 7(c)-II, until", Lang::En),
            [
                "6(b)-I=entry:6(b)-I",
                "6(b)-II=entry:6(b)-II",
                "6(c)=entry:6(c)",
                "7(c)-I=entry:7(c)-I",
                "7(c)-II=entry:7(c)-II"
            ]
        );
        assert_eq!(
            keys("punkterna 6 b-I, 6 b-II, 6 c, 7 c-I och 7 c-II till", Lang::Sv),
            [
                "punkterna 6 b-I=entry:6(b)-I",
                "6 b-II=entry:6(b)-II",
                "6 c=entry:6(c)",
                "7 c-I=entry:7(c)-I",
                "7 c-II=entry:7(c)-II"
            ]
        );
        assert_eq!(
            keys("Punkterna 6 a-I, 6 b-I, 6 b-II och 6 c ska ersättas", Lang::Sv),
            ["Punkterna 6 a-I=entry:6(a)-I", "6 b-I=entry:6(b)-I", "6 b-II=entry:6(b)-II", "6 c=entry:6(c)"]
        );
        assert_eq!(keys("exemptions 6(c), and 7(c)-I", Lang::En), ["6(c)=entry:6(c)", "7(c)-I=entry:7(c)-I"]);
        assert_eq!(keys("undantagen 6 c och 7 c-I", Lang::Sv), ["6 c=entry:6(c)", "7 c-I=entry:7(c)-I"]);
    }

    #[test]
    fn what_is_no_entry() {
        // No suffix and no list with one.
        assert!(keys("point 6(a) of Annex III", Lang::En).is_empty());
        assert!(keys("punkt 6 a i bilaga III", Lang::Sv).is_empty());
        // A part of a longer number or code, a word after the hyphen, no Roman numeral.
        assert!(keys("Article 5(1)(a)-I", Lang::En).is_empty());
        assert!(keys("C-6(a)-I", Lang::En).is_empty());
        assert!(keys("6 a-Iran", Lang::Sv).is_empty());
        assert!(keys("6(a)-IIII", Lang::En).is_empty());
        assert!(keys("6 A-I", Lang::Sv).is_empty());
        // The Swedish preposition after a figure in a list is no point.
        assert_eq!(keys("punkt 6 a-I och 7 i bilaga III", Lang::Sv), ["punkt 6 a-I=entry:6(a)-I"]);
        // A list member of another shape ends the list.
        assert_eq!(keys("6(a)-I and 41 of Annex III", Lang::En), ["6(a)-I=entry:6(a)-I"]);
    }
}
