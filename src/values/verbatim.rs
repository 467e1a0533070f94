//! Values a translation copies as they are written: the content of a Markdown code span that
//! is a code or an identifier (`` `XOFF` ``, `` `SCXW` ``, `` `nrg_ind_ren` ``), a format's
//! symbol in braces (`{DECIMAL-18/13}`), a date format's pattern (`YYYY-MM-DD` =
//! `ÅÅÅÅ-MM-DD`, `DD/MM/YYYY` = `DD/MM/ÅÅÅÅ`) and the letters that label tables (`Tables A, B
//! and C` = `tabellerna A, B och C`). Each is an optional value, compared letter for letter
//! (a date format's year letter taken across languages), that pairs only with another of its
//! kind: a changed letter is another code, format or table, while a version that writes the
//! value otherwise, or not at all, is no finding.

use std::sync::LazyLock;

use super::pairs::Pairs;
use super::{Value, ValueKind, WordFinder, char_at, char_before};
use crate::text::Lang;

/// The key prefix of a code or identifier copied as written (`verbatim:XOFF`).
pub(crate) const VERBATIM: &str = "verbatim:";

/// The key prefix of a date format's pattern, its year letter written `Y` (`datefmt:YYYY-MM-DD`).
pub(crate) const DATE_FORMAT: &str = "datefmt:";

/// The key prefix of the letter that labels a table (`table:C`).
pub(crate) const TABLE_LETTER: &str = "table:";

/// The longest code span read as a code: a UUID has 36 characters, an ISO timestamp with its
/// fraction 27.
const MAX_CODE: usize = 64;

/// The value of a code span whose content `content` starts at byte `start` of its block's text,
/// where the content is a code or an identifier: no space, ASCII alone, a letter or digit in
/// it, not a plain number (`101.25`, `4000`: the number readers take those, and a translation
/// may write its decimal sign), and not a word of small letters alone (`true`, `ja`), which a
/// translation may translate. Capitals alone (`XOFF`, `A`) or letters with digits or symbols
/// (`nrg_ind_ren`, `2024-06-05T14:02:11.482103Z`, `MAIS3+`) are codes. A date format is keyed
/// as one (`YYYY-MM-DD`).
pub(crate) fn code_span(content: &str, start: usize) -> Option<Value> {
    let span = start..start + content.len();
    if let Some(key) = date_format(content) {
        return Some(optional(ValueKind::Date, span, format!("{DATE_FORMAT}{key}"), content));
    }
    let bytes = content.as_bytes();
    if bytes.is_empty()
        || bytes.len() > MAX_CODE
        || !bytes.iter().all(|b| b.is_ascii_graphic())
        || !bytes.iter().any(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let number = bytes.iter().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+'));
    let small_word = bytes.iter().all(u8::is_ascii_alphabetic) && bytes.iter().any(u8::is_ascii_lowercase);
    if number || small_word {
        return None;
    }
    Some(optional(ValueKind::Number, span, format!("{VERBATIM}{content}"), content))
}

/// An optional value.
fn optional(kind: ValueKind, span: std::ops::Range<usize>, key: String, written: &str) -> Value {
    let mut value = Value::new(kind, span, key, written);
    value.optional = true;
    value
}

/// The length of a date format's field at the start of `rest` and its letter (`Y` for `Å`):
/// a year of two or four letters, a month or a day of two.
fn field(rest: &str) -> Option<(usize, char)> {
    let first = rest.chars().next()?;
    let letter = match first {
        'Y' | 'Å' => 'Y',
        'M' | 'D' => first,
        _ => return None,
    };
    let count = rest.chars().take_while(|&c| c == first).count();
    let fits = if letter == 'Y' { count == 2 || count == 4 } else { count == 2 };
    fits.then_some((count * first.len_utf8(), letter))
}

/// The key of the date format `word` when the whole word is one: two or three fields of a
/// year, a month and a day, each once, a year among them, joined by a hyphen, a slash, a full
/// stop or nothing (`YYYY-MM-DD`, `DD/MM/ÅÅÅÅ`, `ÅÅÅÅMMDD`), and a time after a `T` as
/// written (`YYYY-MM-DDThh:mm:ss.ddddddZ`, Swedish `tt` for the hour taken as `hh`). The year's
/// letter is `Y` in the key.
fn date_format(word: &str) -> Option<String> {
    let end = date_format_len(word)?;
    (end == word.len()).then(|| date_format_key(word))
}

/// The length of the date format that starts `text` (see [`date_format`]), whatever follows.
fn date_format_len(text: &str) -> Option<usize> {
    let mut at = 0;
    let mut letters = String::new();
    loop {
        let (len, letter) = field(text.get(at..)?)?;
        if letters.contains(letter) {
            return None;
        }
        letters.push(letter);
        at += len;
        if letters.len() == 3 {
            break;
        }
        // A separator before the next field, or the next field glued (`YYYYMMDD`).
        let rest = text.get(at..).unwrap_or_default();
        match rest.chars().next() {
            Some('-' | '/' | '.') if rest.get(1..).and_then(field).is_some() => at += 1,
            Some(_) if field(rest).is_some() => {}
            _ => break,
        }
    }
    if letters.len() < 2 || !letters.contains('Y') {
        return None;
    }
    // A time glued after a `T`: to the end of the word.
    if text.get(at..).is_some_and(|rest| rest.starts_with("Th") || rest.starts_with("Tt")) {
        at += text[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '|' | '\''))
            .unwrap_or(text.len() - at);
        while text[..at].ends_with('.') {
            at -= 1;
        }
    }
    Some(at)
}

/// The key of a date format as written: the year's letter `Y`, a Swedish hour `tt` as `hh`.
fn date_format_key(written: &str) -> String {
    let key = written.replace('Å', "Y");
    match key.split_once('T') {
        Some((date, time)) if time.starts_with("tt") => format!("{date}Thh{}", &time[2..]),
        _ => key,
    }
}

/// Finds the date formats written in `text` outside code spans (`i formatet DD/MM/ÅÅÅÅ`): a
/// word that is a date format whole (see [`date_format`]), standing alone.
pub(crate) fn date_formats(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    // A year of letters is in every format: `YY` or `ÅÅ`.
    let year_letters =
        super::byte_then(text, b'Y', |b| b == b'Y') || finder!("ÅÅ".as_bytes()).find(bytes).is_some();
    if !year_letters {
        return;
    }
    let mut at = 0;
    while at < text.len() {
        let Some(offset) = text[at..].find(['Y', 'Å', 'M', 'D']) else { break };
        let start = at + offset;
        let glued = char_before(text, start)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '_'));
        match date_format_len(&text[start..]) {
            Some(len)
                if !glued
                    && !char_at(text, start + len)
                        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/')) =>
            {
                let written = &text[start..start + len];
                out.push(optional(
                    ValueKind::Date,
                    start..start + len,
                    format!("{DATE_FORMAT}{}", date_format_key(written)),
                    written,
                ));
                at = start + len;
            }
            _ => at = start + text[start..].chars().next().map_or(1, char::len_utf8),
        }
    }
}

/// Finds the symbols of a format written in braces (`{DECIMAL-18/13}`, `{ALPHANUM-4}`,
/// `{MIC}`): a capital, then capitals, digits and underscores, then after a hyphen digits,
/// letters and slashes; copied as written, as a changed figure is another format.
pub(crate) fn braced(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for open in memchr::memchr_iter(b'{', bytes) {
        let rest = &bytes[open + 1..];
        let Some(close) = rest.iter().take(MAX_CODE).position(|&b| b == b'}') else { continue };
        let inner = &rest[..close];
        let name =
            inner.iter().take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_').count();
        let tail = &inner[name..];
        let well_formed = inner.first().is_some_and(u8::is_ascii_uppercase)
            && (tail.is_empty()
                || tail[0] == b'-'
                    && tail.len() > 1
                    && tail[1..].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'/' || *b == b'.'));
        if well_formed && let Some(written) = text.get(open..open + close + 2) {
            out.push(optional(
                ValueKind::Number,
                open..open + close + 2,
                format!("{VERBATIM}{written}"),
                written,
            ));
        }
    }
}

/// The words that name a table before its letter, lower case, per language.
static TABLE_WORDS: LazyLock<[Vec<WordFinder>; 2]> = LazyLock::new(|| {
    [
        ["table", "tables"].map(WordFinder::new).into(),
        ["tabell", "tabellen", "tabellerna"].map(WordFinder::new).into(),
    ]
});

/// The length of a table's letter at the start of `rest`: one capital, with no letter, digit,
/// hyphen or point after it (`Table A.1`, `A-type` are none).
fn table_letter(rest: &str) -> Option<usize> {
    let first = *rest.as_bytes().first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let alone = match rest.get(1..).and_then(|tail| tail.chars().next()) {
        None => true,
        Some('.') => rest.get(2..).is_none_or(|after| after.chars().next().is_none_or(char::is_whitespace)),
        Some(c) => !(c.is_alphanumeric() || matches!(c, '-' | '/' | '\u{2011}' | '(')),
    };
    alone.then_some(1)
}

/// Finds the letters that label tables, alone or in a list (`Table C`, `tabellerna A, B och
/// C`): each an optional `table:C`.
pub(crate) fn table_letters(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    for finder in &TABLE_WORDS[super::lang_index(lang)] {
        for span in finder.find_iter(text, pairs) {
            if !text.get(span.end..).is_some_and(|rest| rest.starts_with(' ')) {
                continue;
            }
            let mut at = span.end + 1;
            while let Some(length) = text.get(at..).and_then(table_letter) {
                let letter = text.get(at..at + length).unwrap_or_default();
                out.push(optional(
                    ValueKind::Number,
                    at..at + length,
                    format!("{TABLE_LETTER}{letter}"),
                    letter,
                ));
                let rest = text.get(at + length..).unwrap_or_default();
                let Some(joiner) = super::conformity::letter_joiner(rest, lang) else {
                    break;
                };
                at += length + joiner.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::extract;

    fn code(content: &str) -> Option<String> {
        code_span(content, 0).map(|value| value.key)
    }

    fn keys(text: &str, lang: Lang, prefix: &str) -> Vec<String> {
        extract(text, lang).into_iter().filter(|v| v.key.starts_with(prefix)).map(|v| v.key).collect()
    }

    #[test]
    fn a_code_span_of_a_code_or_an_identifier() {
        assert_eq!(code("XOFF").as_deref(), Some("verbatim:XOFF"));
        assert_eq!(code("A").as_deref(), Some("verbatim:A"));
        assert_eq!(code("nrg_ind_ren").as_deref(), Some("verbatim:nrg_ind_ren"));
        assert_eq!(
            code("2024-06-05T14:02:11.482103Z").as_deref(),
            Some("verbatim:2024-06-05T14:02:11.482103Z")
        );
        assert_eq!(
            code("724500K7QX3JGD1R2M35N202501").as_deref(),
            Some("verbatim:724500K7QX3JGD1R2M35N202501")
        );
        assert_eq!(code("MAIS3+").as_deref(), Some("verbatim:MAIS3+"));
        // A date format, the year's letter taken across languages.
        assert_eq!(code("ÅÅÅÅ-MM-DD").as_deref(), Some("datefmt:YYYY-MM-DD"));
        assert_eq!(code("YYYY-MM-DD").as_deref(), Some("datefmt:YYYY-MM-DD"));
    }

    #[test]
    fn a_code_span_of_no_code() {
        // A plain number, a word of small letters, a phrase, a mark alone, a Swedish word.
        for content in ["101.25", "4000", "-5", "true", "Ja", "UK 123", ":", "", "Öppen"] {
            assert_eq!(code(content), None, "{content}");
        }
    }

    #[test]
    fn date_formats_across_languages() {
        assert_eq!(
            keys("födelsedatum i formatet DD/MM/ÅÅÅÅ.", Lang::Sv, DATE_FORMAT),
            ["datefmt:DD/MM/YYYY"]
        );
        assert_eq!(
            keys("date of birth in the format DD/MM/YYYY.", Lang::En, DATE_FORMAT),
            ["datefmt:DD/MM/YYYY"]
        );
        assert_eq!(
            keys("| ISO 8601-datumformat | ÅÅÅÅ-MM-DD |", Lang::Sv, DATE_FORMAT),
            ["datefmt:YYYY-MM-DD"]
        );
        assert_eq!(keys("in the format YYYYMMDD, the", Lang::En, DATE_FORMAT), ["datefmt:YYYYMMDD"]);
        assert_eq!(
            keys("| ÅÅÅÅ-MM-DDThh:mm:ss.ddddddZ, där", Lang::Sv, DATE_FORMAT),
            ["datefmt:YYYY-MM-DDThh:mm:ss.ddddddZ"]
        );
        assert_eq!(
            keys("i formatet ÅÅÅÅ-MM-DDTtt:mm:ss", Lang::Sv, DATE_FORMAT),
            ["datefmt:YYYY-MM-DDThh:mm:ss"]
        );
        // Changed fields stay apart.
        assert_eq!(keys("formatet MM/DD/ÅÅÅÅ", Lang::Sv, DATE_FORMAT), ["datefmt:MM/DD/YYYY"]);
        assert_eq!(keys("formatet ÅÅÅÅ-DD-MM", Lang::Sv, DATE_FORMAT), ["datefmt:YYYY-DD-MM"]);
    }

    #[test]
    fn words_that_are_no_date_format() {
        // No year, a field twice, a longer word, a Swedish word in capitals.
        for text in ["DD/MM", "YYYY-YY", "MMDDYYYYX", "ADDMMYY", "DÅ MÅ", "YYYY alone", "YYY-MM-DD"] {
            assert!(keys(text, Lang::Sv, DATE_FORMAT).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_format_symbol_in_braces() {
        assert_eq!(
            keys("{DECIMAL-18/13} för ett penningvärde; {MIC}", Lang::Sv, VERBATIM),
            ["verbatim:{DECIMAL-18/13}", "verbatim:{MIC}"]
        );
        // Not a set, a formula, a word.
        assert!(keys("{a, b} and {x-1} and {Decimal}", Lang::En, VERBATIM).is_empty());
    }

    #[test]
    fn letters_that_label_tables() {
        assert_eq!(
            keys("set out in Tables A, B and C of Annex I and in Table D.", Lang::En, TABLE_LETTER),
            ["table:A", "table:B", "table:C", "table:D"]
        );
        assert_eq!(
            keys("som anges i tabellerna A, B och C i bilaga I", Lang::Sv, TABLE_LETTER),
            ["table:A", "table:B", "table:C"]
        );
        // Not a word, a numbered label, a hyphened term.
        assert!(keys("the Table Annex; Table A.1; table A-type; Table 2", Lang::En, TABLE_LETTER).is_empty());
    }
}
