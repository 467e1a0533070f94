//! Standards and the requests that ask for them, written alike in every language: a
//! standard's reference with its year and consolidated amendments (`EN 474-1:2006+A6:2019`,
//! `EN ISO 19085-3:2021/A1:2025`, `ISO/IEC 27001:2022`) and a standardisation request of the
//! Commission (`M/396`).

use super::tables::STANDARD_BODIES;
use super::{Pairs, Value, ValueKind, char_at, char_before};

/// The references of standards with their year, one value each from the first body's name to
/// the last amendment (`std:EN 474-1:2006+A6:2019`): the body or bodies that adopted it (`EN
/// ISO`, `ISO/IEC`, `CEN/TS`, [`STANDARD_BODIES`]), its number and parts (`13849-1`), a colon
/// and the year, then each amendment or corrigendum it is consolidated with or read with, after
/// a plus sign or a slash (`+A6:2019`, `/A1:2025`, `/AC:2010`). Keyed as written, a space of any
/// width as a space and a non-breaking hyphen as a hyphen, so that a changed part, year or
/// amendment is a changed reference. A reference without its year (`ISO 8217`) is left to the
/// number readers, as a national prefix is (`SS-` of `SS-EN 1811:2023` is not read).
pub(crate) fn references(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut from = 0;
    for colon in memchr::memchr_iter(b':', bytes) {
        if colon < from
            || !year_at(bytes, colon + 1)
            || !bytes.get(colon.wrapping_sub(1)).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let Some(start) = reference_start(text, colon) else { continue };
        let mut end = colon + 5;
        // The amendments: `+A6:2019`, `/A1:2025`, `/AC:2010`, one after another.
        while let Some(&[b'+' | b'/', b'A', mark]) = bytes.get(end..end + 3) {
            let marks = if mark == b'C' {
                1
            } else {
                bytes[end + 2..].iter().take_while(|b| b.is_ascii_digit()).count()
            };
            let amendment_colon = end + 2 + marks;
            if !(1..=2).contains(&marks)
                || bytes.get(amendment_colon) != Some(&b':')
                || !year_at(bytes, amendment_colon + 1)
            {
                break;
            }
            end = amendment_colon + 5;
        }
        if char_at(text, end).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        from = end;
        let Some(written) = text.get(start..end) else { continue };
        let written: String = written
            .chars()
            .map(|c| {
                if super::is_space_like(c) {
                    ' '
                } else if c == '\u{2011}' {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        out.push(Value::new(ValueKind::Legal, start..end, format!("std:{written}"), written));
    }
}

/// Whether a year of four digits (`19xx`, `20xx`) stands at `at`, no digit after it.
fn year_at(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at..at + 4), Some([b'1', b'9', c, d] | [b'2', b'0', c, d]) if c.is_ascii_digit() && d.is_ascii_digit())
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
}

/// Where the reference of a standard whose year's colon is at `colon` starts: at the first of
/// the bodies' names before its number (`EN ISO 13849-1`), a space apart; `None` without one.
fn reference_start(text: &str, colon: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // The number and its parts, back from the colon: digits joined by hyphens.
    let mut at = colon;
    loop {
        let digits = bytes[..at].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 6 {
            return None;
        }
        at -= digits;
        if at >= 1 && bytes[at - 1] == b'-' {
            at -= 1;
        } else if at >= 3 && bytes.get(at - 3..at) == Some("\u{2011}".as_bytes()) {
            at -= 3;
        } else {
            break;
        }
    }
    // The bodies' names, each a space before the next (`EN ISO`, `ISO/IEC`, `EN ISO/IEC`).
    let mut start = None;
    loop {
        let space = char_before(text, at).filter(|&c| super::is_space_like(c))?;
        let end = at - space.len_utf8();
        let name_start =
            end - bytes[..end].iter().rev().take_while(|b| b.is_ascii_uppercase() || **b == b'/').count();
        let name = text.get(name_start..end)?;
        if name.is_empty() || !name.split('/').all(|part| STANDARD_BODIES.contains(&part)) {
            break;
        }
        start = Some(name_start);
        at = name_start;
        if char_before(text, at).is_none_or(|c| !super::is_space_like(c)) {
            break;
        }
    }
    let start = start?;
    (!char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/')).then_some(start)
}

/// The standardisation requests of the Commission to the European standardisation
/// organisations, `M/` and their number (`M/396`, `M/553`): written alike in every language,
/// keyed as written (`id:M/396`), whatever follows them (`M/396 of 19 December 2006`, `M/396
/// reviderade`, `M/396, CEN`). Their number is no quantity a unit is given per, as `l/100 km`
/// has.
pub(crate) fn requests(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in pairs.find_all(finder!(b"M/"), bytes) {
        let digits = bytes[at + 2..].iter().take_while(|b| b.is_ascii_digit()).count();
        let end = at + 2 + digits;
        if !(2..=4).contains(&digits)
            || char_before(text, at).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.'))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-'))
        {
            continue;
        }
        let Some(written) = text.get(at..end) else { continue };
        out.push(Value::new(ValueKind::Legal, at..end, format!("id:{written}"), written));
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn a_standard_with_its_year_and_amendments_is_one_reference() {
        for lang in [Lang::En, Lang::Sv] {
            assert_eq!(keys("standards EN 474-1:2006+A6:2019, and", lang), ["std:EN 474-1:2006+A6:2019"]);
            assert_eq!(keys("EN ISO 19085-3:2021/A1:2025 of", lang), ["std:EN ISO 19085-3:2021/A1:2025"]);
            assert_eq!(keys("(ISO 13849-1:2015)", lang), ["std:ISO 13849-1:2015"]);
            assert_eq!(keys("ISO/IEC 27001:2022 and", lang), ["std:ISO/IEC 27001:2022"]);
            assert_eq!(keys("EN 60529:1991/A2:2013.", lang), ["std:EN 60529:1991/A2:2013"]);
            assert_eq!(keys("EN 1234:2010+A1:2012/AC:2013;", lang), ["std:EN 1234:2010+A1:2012/AC:2013"]);
            // A space of any width, a non-breaking hyphen.
            assert_eq!(keys("EN\u{a0}ISO 13849\u{2011}1:2015", lang), ["std:EN ISO 13849-1:2015"]);
            // The national prefix is not read.
            assert_eq!(keys("SS-EN 1811:2023", lang), ["std:EN 1811:2023"]);
        }
        // A changed amendment, part or year is a changed reference.
        assert_ne!(keys("EN 474-1:2006+A6:2019", Lang::En), keys("EN 474-1:2006+A5:2019", Lang::Sv));
        assert_ne!(keys("EN 474-1:2006+A6:2019", Lang::En), keys("EN 474-2:2006+A6:2019", Lang::Sv));
        assert_ne!(
            keys("EN ISO 19085-3:2021/A1:2025", Lang::En),
            keys("EN ISO 19085-3:2021/A2:2025", Lang::Sv)
        );
    }

    #[test]
    fn no_standard_without_its_body_or_year() {
        // No year: left to the number readers.
        assert!(keys("ISO 8217 grades", Lang::En).iter().all(|k| !k.starts_with("std:")));
        // No body's name before the number, or a word that names none.
        assert!(keys("at 10:2015 and", Lang::En).iter().all(|k| !k.starts_with("std:")));
        assert!(keys("Table 2:2015", Lang::En).iter().all(|k| !k.starts_with("std:")));
        assert!(keys("GEN 474-1:2006", Lang::En).iter().all(|k| !k.starts_with("std:")));
        // A time is no year.
        assert!(keys("EN 12:30 today", Lang::En).iter().all(|k| !k.starts_with("std:")));
        // A standard glued to a word after it is none.
        assert!(keys("EN 474-1:2006abc", Lang::En).iter().all(|k| !k.starts_with("std:")));
        // An amendment not written out is left out of the reference.
        assert_eq!(keys("EN 474-1:2006+A:2019", Lang::En)[0], "std:EN 474-1:2006");
    }

    #[test]
    fn a_standardisation_request_is_a_code_whatever_follows() {
        let en = [
            ("On the basis of request M/396, CEN revised", vec!["id:M/396"]),
            ("By letter M/396 of 19 December 2006", vec!["id:M/396", "date:2006-12-19"]),
            ("comply with request M/553.", vec!["id:M/553"]),
        ];
        for (text, want) in en {
            assert_eq!(keys(text, Lang::En), want, "{text}");
        }
        let sv = [
            ("På grundval av begäran M/396 reviderade CEN", vec!["id:M/396"]),
            ("Genom skrivelse M/396 av den 19 december 2006", vec!["id:M/396", "date:2006-12-19"]),
            ("uppfyller kraven i begäran M/396.", vec!["id:M/396"]),
        ];
        for (text, want) in sv {
            assert_eq!(keys(text, Lang::Sv), want, "{text}");
        }
        // An amendment of a request keeps its number apart (`M/396 Amd 1`).
        assert_eq!(keys("request M/396 Amd 1", Lang::En)[0], "id:M/396");
        // Not in a longer code or word, nor a quantity per unit after another letter.
        assert!(keys("ABM/396 and XM/396/EC", Lang::En).iter().all(|k| k != "id:M/396"));
        assert_eq!(keys("(l/100 km)", Lang::Sv), ["num:100"]);
    }
}
