//! Identifiers of capitals and digits, written alike in every language: passport and
//! identity card numbers in the annexes of restrictive measures (`AB1234567`), registration
//! and ship numbers (`N12345678X`).

use super::legal::is_hyphen;
use super::{Value, ValueKind, char_at, char_before, swar};

/// The fewest digits of an identifier: four would take a programme and its year (`H2020`,
/// `Horisont 2020`) for one.
const MIN_DIGITS: usize = 5;

/// Finds the identifiers of `text`: a word of ASCII capitals and digits that starts with a
/// capital and holds at least [`MIN_DIGITS`] digits. A word joined to another by a hyphen,
/// a slash, an underscore, a colon or a full stop is part of a longer reference (`ECLI:EU:…`,
/// a file name, a URL path) and is left to its own reader.
pub(crate) fn find(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let joined = |c: char| c.is_alphanumeric() || matches!(c, '/' | '_' | ':' | '.' | '@') || is_hyphen(c);
    let part = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let mut at = 0;
    // From each run of digits, the word of capitals and digits around it.
    while let Some(digit) = swar::find_digit(bytes, at) {
        let start = digit - bytes[..digit].iter().rev().take_while(|b| part(b)).count();
        let end = digit + bytes[digit..].iter().take_while(|b| part(b)).count();
        at = end;
        if !bytes[start].is_ascii_uppercase()
            || bytes[start..end].iter().filter(|b| b.is_ascii_digit()).count() < MIN_DIGITS
            || char_before(text, start).is_some_and(joined)
        {
            continue;
        }
        // A full stop or colon after it may end the sentence or introduce what follows; before
        // another letter or digit it joins a longer name.
        let after = char_at(text, end);
        let glued = after
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@') || is_hyphen(c))
            || after.is_some_and(|c| matches!(c, '.' | ':'))
                && char_at(text, end + 1).is_some_and(char::is_alphanumeric);
        if glued {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Number, start..end, format!("code:{code}"), code.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        crate::values::tests::keys_found(find, text)
    }

    #[test]
    fn identifiers() {
        assert_eq!(keys("Passport No: AB1234567; ID card 12345"), ["code:AB1234567"]);
        assert_eq!(keys("Passnummer: AB1234567."), ["code:AB1234567"]);
        assert_eq!(keys("(N12345678X)"), ["code:N12345678X"]);
    }

    #[test]
    fn parts_of_longer_names_and_short_codes_are_not_identifiers() {
        for text in [
            "H2020 and COVID19",
            "ECLI:EU:C:2020:257",
            "CELEX:52025DC0795",
            "see https://example.eu/AB1234567",
            "file AB12345.pdf",
            "P9_TA12345",
            "AB12345-X",
            "Ab12345",
            "x.AB12345",
        ] {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }
}
