//! Technical identifiers that mix letters and digits in ways the code readers of `code.rs` do
//! not take, written alike in every language: the names of algorithms and curves with small
//! letters (`Ed448`, `brainpoolP256r1`), the name of a family before the hyphened number of its
//! member (`SHA` of `SHA-512`, `SHA3` of `SHA3-512`), documents numbered after a year in
//! brackets (`CDL-AD(2002)023rev2-cor`) and chemical formulas with subscript digits (`NO₂`).
//! Each is compared letter for letter, so that a changed letter or digit of a code the number
//! readers leave alone is a changed code.

use super::legal::is_hyphen;
use super::{Value, ValueKind, char_at, char_before, swar};
use crate::text::Lang;

/// Whether `c`, right before a word, joins it to a longer name: a word, a path, a host, an
/// address, a chain of parts (`/Ed448`, `key_Ed448`, `x.Ed448`, `X-SHA-512`).
fn joined_before(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '/' | '_' | ':' | '.' | '@' | '~' | '#' | '\\' | '=' | '&')
        || is_hyphen(c)
}

/// Whether the word that ends at byte `end` of `text` is glued to what follows: a letter or
/// digit, a path, an address, a full stop, colon or comma before a letter or digit (`Ed448.pem`),
/// or a hyphen before anything but a small letter (a Swedish compound, `Ed448-nycklar`, leaves
/// the word whole).
fn joined_after(text: &str, end: usize) -> bool {
    let Some(after) = char_at(text, end) else { return false };
    let next = || char_at(text, end + after.len_utf8());
    after.is_alphanumeric()
        || matches!(after, '/' | '_' | '@' | '~' | '\\')
        || matches!(after, '.' | ':' | ',') && next().is_some_and(char::is_alphanumeric)
        || is_hyphen(after) && !next().is_some_and(char::is_lowercase)
}

/// Whether a candidate of `out` overlaps `span`, but for a number or a year read inside it
/// (the `448` of `Ed448`, the `2002` of `CDL-AD(2002)023`), which the longer code outranks.
fn taken(out: &[Value], span: &std::ops::Range<usize>) -> bool {
    out.iter().any(|v| {
        let inside = span.start <= v.span.start && v.span.end <= span.end && v.span.len() < span.len();
        let figure = v.kind == ValueKind::Number || v.key.starts_with("year:");
        v.span.start < span.end && span.start < v.span.end && !(inside && figure)
    })
}

/// Words of ASCII letters and digits with small letters that name an algorithm, a curve or a
/// product alike in every language: a capital and a small letter before the digits that end
/// the word (`Ed448`, `Ed25519`), or a letter after a digit (`brainpoolP256r1`, `secp256r1`,
/// `Argon2id`). Each is an optional `code:` value keyed in small letters (`code:ed448`),
/// as a sentence may open with a capital, and compared letter for letter: the check pairs it
/// with a code changed in its sentence. Left out: a word of letters and a number after them
/// (`Union5`, `report4`: a footnote's call glued to its word, which the other language
/// writes with another word), a unit's symbol (`km2`, `m3`), a carbon equivalent (`tCO2e`,
/// `CO2eq`, which `CO2-ekv.` may translate), a word of capitals and digits (`EECR05`, for
/// [`super::code::short`]) and a word glued to a path, an address or a chain.
fn glued(
    text: &str,
    (digit, digits_end): (usize, usize),
    taken_so_far: usize,
    out: &mut Vec<Value>,
) -> usize {
    let bytes = text.as_bytes();
    let start = digit - bytes[..digit].iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
    let end = digits_end + bytes[digits_end..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let word = &bytes[start..end];
    if !word[0].is_ascii_alphabetic() || !word.iter().any(u8::is_ascii_lowercase) {
        return end;
    }
    let head = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    // `Ed448`: a capital and a small letter, then digits alone.
    let named = head == 2
        && word[0].is_ascii_uppercase()
        && word[1].is_ascii_lowercase()
        && word[head..].iter().all(u8::is_ascii_digit);
    // `CoP18`, `MoP3`: the meeting of a convention's parties, a capital, a small letter and a
    // capital, then its number.
    let meeting = head == 3
        && word[0].is_ascii_uppercase()
        && word[1].is_ascii_lowercase()
        && word[2].is_ascii_uppercase()
        && word[head..].iter().all(u8::is_ascii_digit);
    let named = named || meeting;
    let letter_after_digit =
        word.windows(2).any(|pair| pair[0].is_ascii_digit() && pair[1].is_ascii_alphabetic());
    // `tCO2e`, `CO2eq`: a gas counted as its carbon equivalent.
    let tail = word.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    let equivalent = matches!(&word[word.len() - tail..], b"e" | b"eq")
        && word.len() > tail
        && word[word.len() - tail - 1].is_ascii_digit();
    if !(named || letter_after_digit && !equivalent)
        || char_before(text, start).is_some_and(joined_before)
        || joined_after(text, end)
        || taken(&out[..taken_so_far], &(start..end))
    {
        return end;
    }
    let Some(written) = text.get(start..end) else { return end };
    let mut value =
        Value::new(ValueKind::Legal, start..end, format!("code:{}", written.to_ascii_lowercase()), written);
    value.optional = true;
    out.push(value);
    end
}

/// The name of a family before the hyphened number of its member, capitals with digits or
/// none (`SHA` of `SHA-512`, `SHA3` of `SHA3-512`, `HFC` of `HFC-32`): an optional `code:SHA`
/// as written, beside the number, which the number readers read and compare as they do. A
/// changed name (`SHA3-512` for `SHA-512`) is then a changed code, as [`super::code::short`]
/// reads `SHA3`. A single capital (`P-256`) is left to the number, and so is a name in small
/// letters (`mid-2027`, `alpha-3`), but in Swedish, which writes in small letters the
/// initialisms it reads as words (`covid-19` for `COVID-19`): there, one of three letters or
/// more is keyed in capitals (`code:COVID`), as the original writes it.
fn family_name(text: &str, lang: Lang, digit: usize, taken_so_far: usize, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let hyphen = match bytes.get(..digit) {
        Some([.., b'-']) => 1,
        Some([.., 0xE2, 0x80, 0x91]) => 3,
        _ => return,
    };
    let end = digit - hyphen;
    let capitals =
        bytes[..end].iter().rev().take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit()).count();
    let small = bytes[..end].iter().rev().take_while(|b| b.is_ascii_lowercase()).count();
    let (start, spoken) =
        if lang == Lang::Sv && small >= 3 { (end - small, true) } else { (end - capitals, false) };
    let name = &bytes[start..end];
    if !spoken
        && (name.iter().filter(|b| b.is_ascii_uppercase()).count() < 2 || !name[0].is_ascii_uppercase())
        || char_before(text, start).is_some_and(joined_before)
        || taken(&out[..taken_so_far], &(start..end))
    {
        return;
    }
    let Some(written) = text.get(start..end) else { return };
    let mut value =
        Value::new(ValueKind::Legal, start..end, format!("code:{}", written.to_ascii_uppercase()), written);
    value.optional = true;
    out.push(value);
}

/// The codes of [`glued`] and [`family_name`], found from each run of digits of `text`: most
/// stand beside no letter and no hyphen, turned away by a test of the byte on each side.
pub(crate) fn beside_digits(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken_so_far = out.len();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let digits_end = digit + bytes[digit..].iter().take_while(|b| b.is_ascii_digit()).count();
        at = digits_end;
        let before = digit.checked_sub(1).map(|b| bytes[b]);
        if before.is_some_and(|b| b.is_ascii_alphabetic())
            || bytes.get(digits_end).is_some_and(u8::is_ascii_alphabetic)
        {
            at = glued(text, (digit, digits_end), taken_so_far, out);
        } else if matches!(before, Some(b'-' | 0x91)) {
            family_name(text, lang, digit, taken_so_far, out);
        }
    }
}

/// Documents numbered after their year in brackets, glued to a body's name of capitals joined
/// by hyphens, with the revision or corrigendum they may carry: the Venice Commission's
/// opinions and reports (`CDL-AD(2002)023rev2-cor`, `CDL-REF(2023)012`). Written alike in
/// every language, keyed as written (`id:CDL-AD(2002)023rev2-cor`): a changed year, number or
/// revision is a changed reference. A name that another reader knows (`INFR(2025)0150`,
/// `P9_TA(2021)0242`) is left to it.
pub(crate) fn year_numbered(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let first_new = out.len();
    for close in memchr::memchr_iter(b')', bytes) {
        let Some(open) = close.checked_sub(5) else { continue };
        if bytes[open] != b'('
            || !bytes[open + 1..close].iter().all(u8::is_ascii_digit)
            || !bytes.get(close + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        // The body's name: parts of capitals joined by hyphens (`CDL-AD`).
        let mut start = open;
        loop {
            let part = bytes[..start].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
            if part < 2 {
                break;
            }
            start -= part;
            match bytes.get(..start) {
                Some([.., before, b'-']) if before.is_ascii_uppercase() => start -= 1,
                _ => break,
            }
        }
        if start == open || !bytes[start..open].contains(&b'-') {
            continue;
        }
        // The number, then a revision, a corrigendum or a version glued or hyphened to it
        // (`rev2`, `-cor`, `rev`).
        let mut end = close + 1 + bytes[close + 1..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        while bytes.get(end) == Some(&b'-') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1 + bytes[end + 1..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        }
        if char_before(text, start).is_some_and(joined_before)
            || joined_after(text, end)
            || taken(&out[..first_new], &(start..end))
        {
            continue;
        }
        let Some(written) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("id:{written}"), written));
    }
}

/// The digit a subscript character writes (`₂`: 2), from its three bytes in UTF-8.
fn subscript_digit(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [0xE2, 0x82, low @ 0x80..=0x89, ..] => Some(b'0' + (low - 0x80)),
        _ => None,
    }
}

/// Chemical formulas written with subscript digits (`NO₂`, `SO₂`, `CH₄`, `N₂O`, `PM₂.₅`): an
/// optional `code:NO2`, the digits as ASCII digits, as [`super::code::short`] keys a formula
/// written with them (`NO2`), so that either writing pairs with the other and a changed letter
/// or digit is a changed code. A carbon equivalent is counted in its gas (`CO₂e` = `CO₂`), and
/// a Swedish compound leaves the formula whole (`CO₂-ekv.`, `CO₂-utsläpp`); a formula glued to
/// a unit before it (`tCO₂e`, `kgCO₂`, `MtCO₂e`) or a symbol of mathematics (`y₀`) is none.
pub(crate) fn formulas(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let first_new = out.len();
    let mut from = 0;
    // From the middle byte of each subscript, rare in text: no letter of the Latin-1 range
    // (`å`, `é`) holds it, and a search for one byte needs no setup.
    for middle in memchr::memchr_iter(0x82, bytes) {
        let Some(lead) = middle.checked_sub(1) else { continue };
        if lead < from || subscript_digit(&bytes[lead..]).is_none() {
            continue;
        }
        // Back over the letters and subscripts of the formula.
        let mut start = lead;
        loop {
            if start > 0 && bytes[start - 1].is_ascii_alphabetic() {
                start -= 1;
            } else if start >= 3 && subscript_digit(&bytes[start - 3..]).is_some() {
                start -= 3;
            } else {
                break;
            }
        }
        // On over them, and a decimal sign between two subscripts (`PM₂.₅`).
        let mut end = lead;
        loop {
            if bytes.get(end..).and_then(subscript_digit).is_some() {
                end += 3;
            } else if bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
                || matches!(bytes.get(end), Some(b'.' | b','))
                    && bytes.get(end + 1..).and_then(subscript_digit).is_some()
                    && subscript_digit(&bytes[end - 3..]).is_some()
            {
                end += 1;
            } else {
                break;
            }
        }
        from = end;
        let Some(written) = text.get(start..end) else { continue };
        // The formula in ASCII: letters as written, subscripts as digits, a full stop between.
        let mut formula = String::with_capacity(end - start);
        let mut k = start;
        while k < end {
            if let Some(digit) = subscript_digit(&bytes[k..]) {
                formula.push(char::from(digit));
                k += 3;
            } else {
                formula.push(if bytes[k] == b',' { '.' } else { char::from(bytes[k]) });
                k += 1;
            }
        }
        // `CO₂e`: counted in its gas.
        let formula = formula
            .strip_suffix('e')
            .filter(|gas| gas.ends_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(&formula);
        // A unit of mass glued before it (`tCO₂e`, `kgCO₂`, `MtCO₂e`): a figure's unit, which the
        // other version may write apart (`Mt CO₂e`).
        let capital_first = formula.starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(formula.as_bytes(), [b'M' | b'G', b't', next, ..] if next.is_ascii_uppercase());
        let has_digit = formula.bytes().any(|b| b.is_ascii_digit());
        if !capital_first
            || !has_digit
            || formula.len() > 12
            || char_before(text, start).is_some_and(joined_before)
            || joined_after(text, end)
            || taken(&out[..first_new], &(start..end))
        {
            continue;
        }
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{formula}"), written);
        value.optional = true;
        out.push(value);
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    fn codes(text: &str, lang: Lang) -> Vec<String> {
        keys(text, lang).into_iter().filter(|k| k.starts_with("code:") || k.starts_with("id:")).collect()
    }

    #[test]
    fn algorithm_and_curve_names_with_small_letters_are_codes() {
        assert_eq!(codes("| EdDSA | Ed25519 or Ed448 |", Lang::En), ["code:ed25519", "code:ed448"]);
        assert_eq!(codes("NIST P-384 eller brainpoolP256r1 |", Lang::Sv), ["code:brainpoolp256r1"]);
        assert_eq!(
            codes("secp256r1, Argon2id and H350i (the short codes').", Lang::En),
            ["code:secp256r1", "code:argon2id", "code:H350i"]
        );
        // Keyed in small letters: a sentence may open with a capital.
        assert_eq!(codes("BrainpoolP256r1 är", Lang::Sv), codes("brainpoolP256r1 is", Lang::En));
        // A Swedish compound leaves the name whole.
        assert_eq!(codes("Ed448-nycklar", Lang::Sv), ["code:ed448"]);
        // A changed digit or letter is a changed code.
        assert_ne!(codes("Ed448", Lang::En), codes("Ed488", Lang::Sv));
        assert_ne!(codes("brainpoolP256r1", Lang::En), codes("brainpoolP256t1", Lang::Sv));
    }

    #[test]
    fn words_with_a_number_after_them_units_and_equivalents_are_no_codes() {
        // A footnote's call glued to its word, a unit's symbol, a carbon equivalent.
        for text in
            ["the Union5 and report4", "10 km2 or 3 m3", "5 tCO2e and 7 CO2eq", "x86 chips", "Horizon2020"]
        {
            assert!(
                codes(text, Lang::En).iter().all(|k| !k.starts_with("code:") || k == "code:CO2"),
                "{text}"
            );
        }
        // Glued to a path, an address or a chain.
        assert!(codes("keys/Ed448 and a_Ed448, x.Ed448.pem", Lang::En).is_empty());
        // Capitals and digits alone are the short codes' (`EECR05`, `QA6a`).
        assert_eq!(codes("EECR05 and QA6a", Lang::En), ["code:EECR05", "code:QA6a"]);
    }

    #[test]
    fn a_family_name_before_a_hyphened_number_is_a_code_beside_the_number() {
        assert_eq!(
            keys("SHA-256, SHA-384 or SHA-512", Lang::En),
            ["code:SHA", "num:256", "code:SHA", "num:384", "code:SHA", "num:512"]
        );
        assert_eq!(keys("SHA3-512", Lang::Sv), ["code:SHA3", "num:512"]);
        assert_eq!(keys("HFC\u{2011}32", Lang::En), ["code:HFC", "num:32"]);
        // A changed name is a changed code, a changed number a changed number.
        assert_ne!(codes("SHA-512", Lang::En), codes("SHA3-512", Lang::Sv));
        // Swedish writes in small letters an initialism it reads as a word.
        assert_eq!(keys("covid-19-pandemin", Lang::Sv), keys("the COVID-19 pandemic", Lang::En));
        assert_eq!(keys("covid-19", Lang::Sv), ["code:COVID", "num:19"]);
        // A single capital, a name in small letters or glued to a chain: the number alone.
        assert!(codes("NIST P-256, covid-19, mid-2027, xSHA-512, hash/SHA-512", Lang::En).is_empty());
        // The Union by its members and a chain of codes are read as before.
        assert_eq!(keys("EU-27", Lang::En), ["group:EU27"]);
        assert_eq!(codes("COR-2024-03118", Lang::En), ["id:COR-2024-03118"]);
    }

    #[test]
    fn a_document_numbered_after_its_year_in_brackets_is_one_reference() {
        assert_eq!(
            codes("See CDL-AD(2002)023rev2-cor, point II.2.b.", Lang::En),
            ["id:CDL-AD(2002)023rev2-cor"]
        );
        assert_eq!(codes("(CDL-REF(2023)012)", Lang::Sv), ["id:CDL-REF(2023)012"]);
        assert_ne!(codes("CDL-AD(2002)023rev2-cor", Lang::En), codes("CDL-AD(2002)032rev2-cor", Lang::Sv));
        assert_ne!(codes("CDL-AD(2002)023rev2-cor", Lang::En), codes("CDL-AD(2002)023rev1-cor", Lang::Sv));
        // Other readers keep their own.
        assert_eq!(keys("INFR(2025)0150", Lang::En), ["infr:2025/0150"]);
        assert_eq!(keys("P9_TA(2021)0242", Lang::En), ["ep-ta:9:2021:0242"]);
        // A name of one part, or a year not glued to a number, is none.
        assert!(codes("CDL(2002)023 and CDL-AD(2002) 023", Lang::En).is_empty());
    }

    #[test]
    fn chemical_formulas_with_subscripts_are_keyed_as_with_digits() {
        assert_eq!(codes("20 µg/m³ för NO₂, som", Lang::Sv), ["code:NO2"]);
        assert_eq!(codes("20 µg/m³ for NO₂,", Lang::En), codes("20 µg/m3 for NO2,", Lang::En));
        assert_eq!(codes("N₂O, CH₄ och PM₂.₅", Lang::Sv), ["code:N2O", "code:CH4", "code:PM2.5"]);
        assert_eq!(codes("PM₂,₅", Lang::Sv), codes("PM2.5", Lang::En));
        // A carbon equivalent counts its gas; a compound leaves the formula whole.
        assert_eq!(codes("CO₂e", Lang::En), ["code:CO2"]);
        assert_eq!(codes("96,4 Mt CO₂-ekv.", Lang::Sv), codes("96.4 Mt CO₂-eq", Lang::En));
        // A changed letter or digit is a changed formula.
        assert_ne!(codes("NO₂", Lang::En), codes("SO₂", Lang::Sv));
        assert_ne!(codes("NO₂", Lang::En), codes("NO₃", Lang::Sv));
        // A formula glued to a unit, a symbol of mathematics, a subscript alone: none.
        assert!(codes("5 tCO₂e, 7 MtCO₂e, y₀ and x ₂", Lang::En).is_empty());
    }
}
