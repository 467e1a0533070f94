//! Annexes by number: `Annex II`, `Annexes I and III`, `Annex 2` in English; `bilaga II`,
//! `bilagorna I och III`, `Bilaga 2` in Swedish. Each numbered annex is `annex:N`, a Roman
//! numeral read as its number, so `Annex II` = `bilaga 2`.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::month_dates::space_len;
use super::{Value, ValueKind, word_at};
use crate::text::Lang;

/// The annex words, lower case, longest first, and finders for the part after their first
/// letter in lower and upper case, built once.
fn words(lang: Lang) -> (&'static [&'static str], &'static [Finder<'static>; 2]) {
    static EN: LazyLock<[Finder<'static>; 2]> = LazyLock::new(|| [Finder::new("nnex"), Finder::new("NNEX")]);
    static SV: LazyLock<[Finder<'static>; 2]> = LazyLock::new(|| [Finder::new("ilag"), Finder::new("ILAG")]);
    match lang {
        Lang::En => (&["annexes", "annex"], &EN),
        Lang::Sv => (&["bilagorna", "bilagor", "bilaga"], &SV),
    }
}

/// Words and signs that join the numbers of a list or a range.
fn joiners(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[", ", " and ", " to ", "\u{2013}", "-", " \u{2013} "],
        Lang::Sv => &[", ", " och ", " till ", "\u{2013}", "-", " \u{2013} "],
    }
}

/// The largest annex number read: anything larger is not an annex number.
const MAX_ANNEX: u32 = 40;

pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let (names, gates) = words(lang);
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    for gate in gates {
        starts.extend(gate.find_iter(bytes).filter_map(|at| at.checked_sub(1)));
    }
    if starts.is_empty() {
        return;
    }
    starts.sort_unstable();
    for start in starts {
        if start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let Some(name) = names.iter().find(|name| word_at(bytes, start, name)) else { continue };
        let mut at = start + name.len();
        let Some(space) = space_len(bytes, at) else { continue };
        at += space;
        let mut first = true;
        while let Some((number, len)) = numeral(bytes, at) {
            let from = if first { start } else { at };
            out.push(Value::new(
                ValueKind::Legal,
                from..at + len,
                format!("annex:{number}"),
                format!("Annex {number}"),
            ));
            first = false;
            at += len;
            let Some(joiner) = joiners(lang).iter().find(|joiner| word_at(bytes, at, joiner)) else {
                break;
            };
            at += joiner.len();
        }
    }
}

/// The annex number at `at`: a Roman numeral of I, V and X, or one or two digits, ending a
/// word. Its value and byte length.
fn numeral(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let rest = bytes.get(at..)?;
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let word = rest.get(..len)?;
    let number = if word.iter().all(u8::is_ascii_digit) {
        if len > 2 {
            return None;
        }
        std::str::from_utf8(word).ok()?.parse().ok()?
    } else {
        roman(word)?
    };
    (1..=MAX_ANNEX).contains(&number).then_some((number, len))
}

/// The value of a Roman numeral of capitals I, V and X written in the standard form.
fn roman(word: &[u8]) -> Option<u32> {
    let digit = |b: &u8| match b {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = word.iter().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    let total = u32::try_from(total).ok()?;
    // Only the standard spelling: `IIII` or `IIV` are not numerals.
    (to_roman(total) == word).then_some(total)
}

fn to_roman(mut n: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for (value, letters) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= value {
            out.extend_from_slice(letters.as_bytes());
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;
    use crate::values::extract;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn annexes() {
        assert_eq!(keys("Annex II to the Agreement is amended.", Lang::En), ["annex:2"]);
        assert_eq!(keys("Bilaga II till avtalet ska ändras.", Lang::Sv), ["annex:2"]);
        assert_eq!(keys("as set out in Annexes I and IV.", Lang::En), ["annex:1", "annex:4"]);
        assert_eq!(keys("enligt bilagorna I och IV.", Lang::Sv), ["annex:1", "annex:4"]);
        assert_eq!(keys("See Annex 3.", Lang::En), ["annex:3"]);
        assert_eq!(keys("ANNEX XIV", Lang::En), ["annex:14"]);
        assert_eq!(keys("Annexes I–III", Lang::En), ["annex:1", "annex:3"]);
    }

    #[test]
    fn not_annexes() {
        assert!(keys("The annex is attached. In the Annex, I note that.", Lang::En).is_empty());
        assert!(keys("Bilagan innehåller en tabell. Bilagor bifogas.", Lang::Sv).is_empty());
        assert!(keys("Annex IIII and Annex C and Annexation", Lang::En).is_empty());
        assert_eq!(keys("Annex 2024 data", Lang::En), ["year:2024"]);
    }
}
