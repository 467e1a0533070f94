//! The questions of a questionnaire, numbered by a letter: `Q5`, `Q5–Q12`. A consultation's
//! report names its questions by the code of the questionnaire (`(Q5)`, `| Q7 – E-labelling |`),
//! which a translation writes with its own word (`fråga 5`, `frågorna 5–12`) or keeps.
//!
//! The letter of the original, English `Q`, also names the quarters of a year (`Q1 2026`, `in
//! Q3`), which the dates read: a figure above four is no quarter, so `Q5` and up are questions,
//! the plain number (`num:5`) that the translation's word carries, and a range up to a question
//! above four (`Q3–Q7`) is a range of questions. A quarter's code alone (`Q3`) stays the
//! quarter, which the check also takes for the question of its figure where the other version
//! numbers a question (`fråga 3`).
//!
//! A translation's own letter (Swedish `F` of `fråga`) is also the first letter of codes kept
//! alike in every language (the NACE section `F43`): a code of it is an optional
//! [`QUESTION_CODE`] value (`qcode:F5`), which the check takes for the code as written or for
//! the question's number (`Q5`, `fråga 5`).

use super::{Value, ValueKind, char_at, char_before, tables::table};
use crate::text::Lang;

/// The shape of the key of a code of a translation's own question letter (`qcode:F5`): the
/// code kept as written (`code:F5`) or a question's number (`num:5`).
pub(crate) const QUESTION_CODE: &str = "qcode:";

/// The most digits of a question's number.
const MAX_DIGITS: usize = 3;

/// The highest quarter of a year: a letter code of a figure above it is no quarter.
const LAST_QUARTER: u32 = 4;

/// Finds the questions numbered by a letter in `text` (see the module's documentation). Run
/// before the reader of short codes, which leaves the spans taken here.
pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let original = table(Lang::En).question_letter;
    let own = table(lang).question_letter;
    let bytes = text.as_bytes();
    let mut done = 0;
    for at in memchr::memchr_iter(original, bytes) {
        if at < done {
            continue;
        }
        let Some((first, first_end)) = code_at(text, at, original) else { continue };
        done = first_end;
        match range_after(text, first_end, original) {
            Some((last, end)) if first < last && last > LAST_QUARTER => {
                done = end;
                out.push(Value::new(
                    ValueKind::Number,
                    at..end,
                    format!("num-range:{first}..{last}"),
                    format!("{first}–{last}"),
                ));
            }
            // A range of quarters (`Q1–Q4`), which the dates read.
            Some((_, end)) => done = end,
            None if first > LAST_QUARTER => {
                out.push(Value::new(
                    ValueKind::Number,
                    at..first_end,
                    format!("num:{first}"),
                    first.to_string(),
                ));
            }
            None => {}
        }
    }
    if own == original {
        return;
    }
    for at in memchr::memchr_iter(own, bytes) {
        let Some((_, end)) = code_at(text, at, own) else { continue };
        let Some(code) = text.get(at..end) else { continue };
        let mut value = Value::new(ValueKind::Legal, at..end, format!("{QUESTION_CODE}{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// The number of a code of `letter` at byte `at` of `text` and the code's end: the letter
/// alone and one to [`MAX_DIGITS`] digits, the first no zero, standing alone. A letter or a
/// digit glued to either end, a slash, an underscore, a colon or a hyphen before it, a slash, an
/// underscore, a hyphen before no small letter (the Swedish compound `Q10-tillskott`) or no
/// range, or a full stop, a comma or a colon before a letter or a digit after it make it part
/// of a longer code, a file or a reference (`QA6a`, `Q5a`, `Q5.1`, `AMIF-Q5`).
fn code_at(text: &str, at: usize, letter: u8) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(at) != Some(&letter)
        || char_before(text, at).is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '/' | '_' | ':' | '.' | '@' | '~' | '-' | '\u{2011}')
        })
    {
        return None;
    }
    let start = at + 1;
    let digits = bytes.get(start..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=MAX_DIGITS).contains(&digits) || bytes[start] == b'0' {
        return None;
    }
    let end = start + digits;
    let next = char_at(text, end + 1);
    let glued = match char_at(text, end) {
        Some(c) if c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '~') => true,
        Some('.' | ',' | ':') => next.is_some_and(char::is_alphanumeric),
        Some('-' | '\u{2011}') => {
            !next.is_some_and(char::is_lowercase) && range_after(text, end, letter).is_none()
        }
        _ => false,
    };
    if glued {
        return None;
    }
    Some((text.get(start..end)?.parse().ok()?, end))
}

/// The last number of a range of codes of `letter` that starts at byte `end` of `text`, the
/// end of the first code, and the range's end: a dash, with a space on each side or none, and a
/// second code (`Q5–Q12`, `Q5 - Q12`).
fn range_after(text: &str, end: usize, letter: u8) -> Option<(u32, usize)> {
    let rest = text.get(end..)?;
    let spaced = rest.strip_prefix(' ');
    let (rest, space) = match spaced {
        Some(rest) => (rest, true),
        None => (rest, false),
    };
    let after_dash = rest.strip_prefix(['-', '–', '\u{2011}'])?;
    let after_dash = if space { after_dash.strip_prefix(' ')? } else { after_dash };
    let at = text.len() - after_dash.len();
    if after_dash.as_bytes().first() != Some(&letter) {
        return None;
    }
    // The second code by the rules of the first, but for the dash before it.
    let digits = after_dash[1..].bytes().take_while(u8::is_ascii_digit).count();
    let last_end = at + 1 + digits;
    if !(1..=MAX_DIGITS).contains(&digits)
        || after_dash.as_bytes()[1] == b'0'
        || char_at(text, last_end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '~'))
        || matches!(char_at(text, last_end), Some('.' | ',' | ':' | '-'))
            && char_at(text, last_end + 1).is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((text.get(at + 1..last_end)?.parse().ok()?, last_end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::extract;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn a_question_above_four_is_its_number() {
        assert_eq!(keys("**List of ingredients (Q5).** Almost", Lang::En), ["num:5"]);
        assert_eq!(keys("| Q11 – Same rules | 46 % |", Lang::En), ["num:11", "pct:46"]);
        // The translation's word carries the same figure.
        assert_eq!(keys("**Ingrediensförteckning (fråga 5).** Nästan", Lang::Sv), ["num:5"]);
        // The English letter kept in a translation.
        assert_eq!(keys("(Q12)", Lang::Sv), ["num:12"]);
        // A changed question is a changed figure.
        assert_ne!(keys("(Q6)", Lang::En), keys("(fråga 5)", Lang::Sv));
    }

    #[test]
    fn a_range_of_questions() {
        assert_eq!(keys("See Q5–Q12.", Lang::En), ["num-range:5..12"]);
        assert_eq!(keys("See Q5-Q12.", Lang::En), ["num-range:5..12"]);
        assert_eq!(keys("Se frågorna 5–12.", Lang::Sv), ["num-range:5..12"]);
        // Up to a question above four, the first bound is a question too.
        assert_eq!(keys("Q3–Q7 asked about costs", Lang::En), ["num-range:3..7"]);
    }

    #[test]
    fn a_quarter_stays_a_quarter() {
        assert_eq!(keys("by Q1 2026", Lang::En), ["quarter:2026-Q1"]);
        assert_eq!(keys("Q1–Q4 2026", Lang::En), ["quarter:2026-Q1", "quarter:2026-Q4"]);
        let values = extract("Sales were weak in Q3.", Lang::En);
        assert!(values.iter().all(|v| v.key == "quarter:Q3" && v.optional), "{values:?}");
        let values = extract("Q1–Q4", Lang::En);
        assert!(values.iter().all(|v| v.key.starts_with("quarter:")), "{values:?}");
    }

    #[test]
    fn a_question_written_apart_is_read_as_a_number() {
        assert_eq!(keys("(Q 7)", Lang::En), ["num:7"]);
    }

    #[test]
    fn longer_codes_are_no_questions() {
        // A survey's question with its letter and parts, a sub-question, a chained code.
        assert_eq!(keys("QA6a.3", Lang::En), ["code:QA6a.3"]);
        assert_eq!(keys("Q5a", Lang::En), ["code:Q5a"]);
        assert!(!keys("see Q5.1 below", Lang::En).contains(&"num:5".to_string()));
        assert!(!keys("AMIF-Q5-AG", Lang::En).contains(&"num:5".to_string()));
        assert!(!keys("Q05", Lang::En).contains(&"num:5".to_string()));
        assert!(!keys("Q1234", Lang::En).iter().any(|key| key.starts_with("num:")));
    }

    #[test]
    fn a_translation_s_own_letter_is_a_question_or_a_code() {
        let values = extract("(F5) och F43", Lang::Sv);
        let keys: Vec<(&str, bool)> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        assert_eq!(keys, [("qcode:F5", true), ("qcode:F43", true)]);
        // Not in the original's language, whose codes of it are codes.
        assert_eq!(self::keys("(F5)", Lang::En), ["code:F5"]);
        // A code with parts is another reader's (`F41.1`, a NACE class).
        assert!(!self::keys("F41.1", Lang::Sv).iter().any(|key| key.starts_with(QUESTION_CODE)));
    }
}
