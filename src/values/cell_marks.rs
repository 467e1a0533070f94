//! The marks a table cell's figure or name carries at its end: the call of a note written
//! with asterisks (`80 %**`, whose note below the table starts `**`) and a statistical flag
//! in brackets (`Italy (p)`, `3.3 (b)`: provisional, a break in series). Both are written the
//! same in every language version of a table, as Eurostat's flags and the Official Journal's
//! asterisks are, and a changed one sends the reader to another note or reading of the figure.

use super::tables::LangTable;
use super::{Value, ValueKind};
use crate::text::Lang;

/// The key prefix of a note's call written with asterisks after a figure (`note:**`).
pub(crate) const NOTE: &str = "note:";

/// The key prefix of a statistical flag after a figure or a name in a table (`flag:p`).
pub(crate) const FLAG: &str = "flag:";

/// The key prefix of a yes or no answer that fills a table cell (`answer:yes`).
pub(crate) const ANSWER: &str = "answer:";

/// The flags of Eurostat's tables, each one letter in brackets, the same in every language:
/// break in series, confidential, definition differs, estimated, forecast, not significant,
/// provisional, revised, Eurostat estimate, low reliability, not applicable.
const FLAGS: &[u8] = b"bcdefnprsuz";

/// The most asterisks a note's call holds (`*`, `**`, `***`, `****`).
const MAX_STARS: usize = 4;

/// The marks of each cell of `text`, a table row whose cells `|` separates. A cell's last
/// mark only:
/// - a run of asterisks glued to a figure or its `%` (`80 %**`, `14.6*`): an optional
///   `note:**`, which the check pairs only with another note's call, changed (`80 %*` for
///   `80 %**`); a markdown emphasis is no text, and a call one version leaves out or writes
///   otherwise is no finding;
/// - one flag letter of [`FLAGS`] in brackets a space after a figure or a word (`Italy (p)`,
///   `3,3 (b)`): a firm `flag:p`, so that a flag left out is reported. Not a point's letter:
///   not after a point word (`point (b)`, `led b`) or a list word (`points (b) and (c)`),
///   nor in a cell that holds another bracketed letter, nor a bracket alone in its cell
///   (`| (b) |`, a point of the column's article).
pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = super::tables::table(lang);
    for (index, (start, cell)) in super::row_cells(text).enumerate() {
        let cell = cell.trim_end_matches([' ', '\u{a0}']);
        if let Some(value) = star_call(cell, start) {
            out.push(value);
        } else if let Some(value) = flag(cell, start, lang_table) {
            out.push(value);
        } else if let Some(value) = bare_flag(cell, start, lang_table).filter(|_| index > 0) {
            out.push(value);
        } else if let Some(value) = answer(cell, start, lang_table) {
            out.push(value);
        }
    }
}

/// The yes or no answer that fills `cell`, which starts at `start` of its row (`| Yes |`, `|
/// Nej |`): an optional `answer:yes` or `answer:no`, which the check pairs with the other
/// version's answer, changed (`Nej` for `Yes`), and never reports alone, as `No` also heads a
/// column of numbers (`| No | Project |`, `| Nr | Projekt |`).
fn answer(cell: &str, start: usize, lang_table: &LangTable) -> Option<Value> {
    let word = cell.trim_start_matches([' ', '\u{a0}']);
    // A cheap length test first: an answer is a short word.
    if word.is_empty() || word.len() > 4 {
        return None;
    }
    let &(_, yes) = lang_table.answer_words.iter().find(|(entry, _)| entry.eq_ignore_ascii_case(word))?;
    let at = start + (cell.len() - word.len());
    let key = format!("{ANSWER}{}", if yes { "yes" } else { "no" });
    let mut value = Value::new(ValueKind::Number, at..at + word.len(), key, word.to_string());
    value.optional = true;
    Some(value)
}

/// The note's call of asterisks that ends `cell`, which starts at `start` of its row.
fn star_call(cell: &str, start: usize) -> Option<Value> {
    let head = cell.trim_end_matches('*');
    let stars = cell.len() - head.len();
    if stars == 0 || stars > MAX_STARS || !head.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        return None;
    }
    let at = start + head.len();
    let call = &cell[head.len()..];
    let mut value = Value::new(ValueKind::Number, at..at + stars, format!("{NOTE}{call}"), call.to_string());
    value.optional = true;
    Some(value)
}

/// The flag in brackets that ends `cell`, which starts at `start` of its row.
fn flag(cell: &str, start: usize, lang_table: &LangTable) -> Option<Value> {
    let head = cell.strip_suffix(')')?;
    // Bytes first: the two before the bracket may be of one character (`(–)`).
    let [.., open, letter] = *head.as_bytes() else { return None };
    if open != b'(' || !FLAGS.contains(&letter) {
        return None;
    }
    let name = head.get(..head.len() - 2)?.strip_suffix(' ')?;
    let before = name.trim_end_matches([' ', '\u{a0}']);
    let last_word = before.rsplit([' ', '\u{a0}']).next().unwrap_or("");
    let is = |words: &[&str]| words.iter().any(|word| word.eq_ignore_ascii_case(last_word));
    if !last_word.ends_with(|c: char| c.is_alphanumeric() || c == '%')
        || is(lang_table.point_words)
        || is(lang_table.point_names)
        || is(lang_table.list_joiners)
        || bracketed_letter(before)
    {
        return None;
    }
    let at = start + name.len() + 1;
    let letter = char::from(letter);
    Some(Value::new(ValueKind::Number, at..at + 3, format!("{FLAG}{letter}"), format!("({letter})")))
}

/// The flag written bare after the figure that fills `cell`, which starts at `start` of its
/// row (`| 147,5 e |`, `| -8.4 p |`, as Eurostat's tables write them): one letter of [`FLAGS`]
/// a space after a figure of digits, its sign, decimal sign and groups, and nothing else in
/// the cell. An optional `flag:e`, which the check pairs only with another flag, changed
/// (`147,5 p`), and never reports alone: the figure and letter of a point (`| 8 a |`, `| 13.1 c
/// |`, the Swedish way of writing `Article 13(1)(c)`) have the same shape, and the first cell of a
/// row, which names what the row holds, is never read so. A figure no reference of the
/// language is written as makes the flag firm, so that a flag left out is reported: a sign,
/// a decimal comma or a thousands group (`3,3 b`, `−8,4 p`, `2 960 p`), and a full stop where
/// the language brackets its points (English `3.3 b`, where a reference is `13(1)(c)`).
fn bare_flag(cell: &str, start: usize, lang_table: &LangTable) -> Option<Value> {
    let [.., space, letter] = *cell.as_bytes() else { return None };
    if space != b' ' || !FLAGS.contains(&letter) {
        return None;
    }
    let figure = cell.get(..cell.len() - 2)?.trim_start_matches([' ', '\u{a0}']);
    let unsigned = figure.strip_prefix(['-', '−', '+']).unwrap_or(figure);
    let firm = unsigned.len() < figure.len()
        || unsigned.contains([',', ' ', '\u{a0}', '\u{202f}'])
        || !lang_table.bare_points && unsigned.contains('.');
    let figure = unsigned;
    let well_formed = figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.ends_with(|c: char| c.is_ascii_digit())
        && figure.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'));
    // A list of figures (`12.1, 13.1 c`) is a list of references.
    if !well_formed || figure.contains(", ") {
        return None;
    }
    let at = start + cell.len() - 1;
    let letter = char::from(letter);
    let mut value = Value::new(ValueKind::Number, at..at + 1, format!("{FLAG}{letter}"), letter.to_string());
    value.optional = !firm;
    Some(value)
}

/// Whether `text` holds a letter alone in brackets (`(a)`), as a point is written.
fn bracketed_letter(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| w[0] == b'(' && w[1].is_ascii_alphabetic() && w[2] == b')')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys `find` reads in the row `row`, with whether each is optional.
    fn marks(row: &str, lang: Lang) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        find(row, lang, &mut out);
        out.into_iter().map(|value| (value.key, value.optional)).collect()
    }

    fn mark(key: &str, optional: bool) -> (String, bool) {
        (key.to_string(), optional)
    }

    #[test]
    fn a_note_called_by_asterisks_after_a_figure() {
        assert_eq!(marks("DE | 247.85 | 40 % | 80 %** |", Lang::En), [mark("note:**", true)]);
        assert_eq!(marks("LV | 24,16 | 14,6 %*", Lang::Sv), [mark("note:*", true)]);
        assert_eq!(marks("HU | 75 %***", Lang::En), [mark("note:***", true)]);
        // Not after a word, not a product, not a long run of them.
        let none: Vec<(String, bool)> = Vec::new();
        assert_eq!(marks("Total* | 5*3 | 80 %***** |", Lang::En), none);
    }

    #[test]
    fn a_statistical_flag_after_a_figure_or_a_name() {
        assert_eq!(marks("Italy (p) | 2 960 | 50", Lang::En), [mark("flag:p", false)]);
        assert_eq!(marks("Italien (p) | 2 960 | 50", Lang::Sv), [mark("flag:p", false)]);
        assert_eq!(marks("HU | −1,4 | 3,3 (b) | 63,7", Lang::Sv), [mark("flag:b", false)]);
        // A point's letter is none: after its word, a list word or another point, or alone.
        let none: Vec<(String, bool)> = Vec::new();
        assert_eq!(marks("Article 1, points (b) and (c) | Article 1(2)", Lang::En), none);
        assert_eq!(marks("Article 2(1), point (e) | (b) | B", Lang::En), none);
        assert_eq!(marks("artikel 2.1 led (e) | Antal(p) | Antal (a)", Lang::Sv), none);
        assert_eq!(marks("Points (a) or (b) | (p)", Lang::En), none);
        assert_eq!(marks("Payments of the year (–) | year (€)", Lang::En), none);
    }

    #[test]
    fn a_statistical_flag_written_bare_after_a_figure() {
        assert_eq!(marks("Greece | 1.3 | 0.9 | 154.2 | 147.5 e |", Lang::En), [mark("flag:e", false)]);
        assert_eq!(
            marks("Rumänien[^1] | −9,3 | −8,4 p | 54,8 | 59,5 p", Lang::Sv),
            [mark("flag:p", false), mark("flag:p", false)]
        );
        assert_eq!(
            marks("| Italien | 3,3 b | 3,0 b |", Lang::Sv),
            [mark("flag:b", false), mark("flag:b", false)]
        );
        assert_eq!(
            marks("| Italy | 3.3 b | 2 960 p |", Lang::En),
            [mark("flag:b", false), mark("flag:p", false)]
        );
        // A figure a reference may be written as keeps the flag optional: a whole number, and
        // Swedish paragraph and point (`13.1 c`).
        assert_eq!(marks("| Italien | 13.1 c | 8 a |", Lang::Sv), [mark("flag:c", true)]);
        assert_eq!(marks("| Italy | 8 e |", Lang::En), [mark("flag:e", true)]);
        // Not a point's letter in the first cell, after a reference's list or a word; not a
        // unit or a letter beyond the flags.
        let none: Vec<(String, bool)> = Vec::new();
        assert_eq!(marks("8 a | 85 volymprocent | 3", Lang::Sv), none);
        assert_eq!(marks("Öppenhet | 12.1, 13.1 c | 55 000 000", Lang::Sv), none);
        assert_eq!(marks("Total | 12 h | 5 t | punkt c | 3 g", Lang::Sv), none);
    }

    #[test]
    fn a_yes_or_no_answer_that_fills_a_cell() {
        assert_eq!(marks("Germany | 71.9 | 44.8 | Yes", Lang::En), [mark("answer:yes", true)]);
        assert_eq!(marks("Tyskland | 71,9 | 44,8 | Nej |", Lang::Sv), [mark("answer:no", true)]);
        assert_eq!(marks("No | Project | Country", Lang::En), [mark("answer:no", true)]);
        // Not a word of a longer cell.
        let none: Vec<(String, bool)> = Vec::new();
        assert_eq!(marks("Yes, partly | No data | Ja, delvis", Lang::En), none);
    }
}
