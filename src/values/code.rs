//! Identifiers of capitals and digits, written alike in every language: passport and
//! identity card numbers in the annexes of restrictive measures (`AB1234567`), registration
//! and ship numbers (`N12345678X`).

use super::legal::is_hyphen;
use super::{Value, ValueKind, char_at, char_before, swar};

/// The fewest digits of an identifier: four would take a programme and its year (`H2020`,
/// `Horisont 2020`) for one.
const MIN_DIGITS: usize = 5;

/// Codes of parts joined by full stops, each capitals and digits, as a recovery plan numbers
/// its measures (`C3.R2`, reform 2 of component 3; `C1.1.I4`): written alike in every
/// language, keyed `code:C3.R2`. A part after the first must start with a capital, so that
/// a decimal (`C3.5`) or a date is none.
pub(crate) fn dotted(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let part = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'.';
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let start = digit - bytes[..digit].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
        let mut end = digit + bytes[digit..].iter().take_while(|b| part(b)).count();
        while end > digit && bytes[end - 1] == b'.' {
            end -= 1;
        }
        at = end.max(digit + 1);
        let Some(code) = text.get(start..end) else { continue };
        let parts: Vec<&str> = code.split('.').collect();
        let well_formed = parts.iter().all(|p| {
            let letters = p.bytes().take_while(u8::is_ascii_uppercase).count();
            letters <= 3 && letters < p.len() && p.bytes().skip(letters).all(|b| b.is_ascii_digit())
        });
        if start == digit
            || parts.len() < 2
            || !well_formed
            || !parts[1..].iter().any(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
            || char_before(text, start)
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | ':' | '.'))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_'))
        {
            continue;
        }
        out.push(Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code));
    }
}

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

    #[test]
    fn measures_of_a_recovery_plan() {
        let keys = |text: &str| {
            let mut out = Vec::new();
            super::dotted(text, &mut out);
            out.into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        assert_eq!(
            keys("measures C7.I1 and C12.R3, (C1.1.I4)."),
            ["code:C7.I1", "code:C12.R3", "code:C1.1.I4"]
        );
        assert!(keys("C3.5, 29.1.2026, QA6a.3, Article 3.R").is_empty());
    }
}
