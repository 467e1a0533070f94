//! Identifiers of capitals and digits, written alike in every language: passport and
//! identity card numbers in the annexes of restrictive measures (`AB1234567`), registration
//! and ship numbers (`N12345678X`).

use super::legal::is_hyphen;
use super::{Value, ValueKind, char_at, char_before, swar};
use crate::text::Lang;

/// The fewest digits of an identifier: four would take a programme and its year (`H2020`,
/// `Horisont 2020`) for one.
const MIN_DIGITS: usize = 5;

/// Codes of parts joined by full stops, each capitals and digits, as a recovery plan numbers
/// its measures (`C3.R2`, reform 2 of component 3; `C1.1.I4`): written alike in every
/// language, keyed `code:C3.R2`. A part after the first must start with a capital, so that
/// a decimal (`C3.5`) or a date is none.
pub(crate) fn dotted(text: &str, capital_beside_digit: bool, out: &mut Vec<Value>) {
    if !(capital_beside_digit || lettered_part(text.as_bytes())) {
        return;
    }
    let bytes = text.as_bytes();
    let part = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'.';
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let mut start = digit - bytes[..digit].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
        // A point of the aviation rules that starts with its part's letter (`M.A.301`).
        if start == digit
            && let Some(&[part, b'.', section, b'.']) = bytes.get(digit.saturating_sub(4)..digit)
            && part.is_ascii_uppercase()
            && section.is_ascii_uppercase()
        {
            start = digit - 4;
        }
        let mut end = digit + bytes[digit..].iter().take_while(|b| part(b)).count();
        while end > digit && bytes[end - 1] == b'.' {
            end -= 1;
        }
        at = end.max(digit + 1);
        let Some(code) = text.get(start..end) else { continue };
        let parts: Vec<&str> = code.split('.').collect();
        // The points of the aviation rules (`21.A.3B`, `145.A.30`, `M.A.301`): a part's
        // letter alone, and a last part with capitals after its digits.
        let aviation =
            parts.len() == 3 && parts[1].len() == 1 && parts[1].bytes().all(|b| b.is_ascii_uppercase());
        // `M.A.301`: the part's letter first.
        let part_letter = aviation && parts[0].len() == 1 && parts[0].bytes().all(|b| b.is_ascii_uppercase());
        let well_formed = parts.iter().enumerate().all(|(k, p)| {
            let letters = p.bytes().take_while(u8::is_ascii_uppercase).count();
            let digits = p.bytes().skip(letters).take_while(u8::is_ascii_digit).count();
            let tail = p.len() - letters - digits;
            let tail_ok = tail == 0
                || aviation
                    && k == 2
                    && tail <= 2
                    && p.bytes().skip(letters + digits).all(|b| b.is_ascii_uppercase());
            letters <= 3 && digits > 0 && tail_ok || aviation && k == 1 || part_letter && k == 0
        });
        if start == digit && !aviation
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

/// A month of a project's work plan written as a word and its number (`månad 18`, `in month
/// 18`), which the other version may write as the plan does (`M18`, a [`short`] code): an
/// optional `code:M18`, so that a changed number pairs with the code of the other version
/// and is a changed month. A number of one or two digits alone: not a year after it (`month
/// 3 2025`), a range or a decimal.
pub(crate) fn project_months(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let word: &[u8] = match lang {
        Lang::Sv => "månad ".as_bytes(),
        Lang::En => b"month ",
    };
    let bytes = text.as_bytes();
    // Found from the second byte on, so that a capital first letter is found too.
    for at in memchr::memmem::find_iter(bytes, &word[1..]) {
        let Some(start) = at.checked_sub(1) else { continue };
        if !bytes[start].eq_ignore_ascii_case(&word[0])
            || char_before(text, start).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let digits_start = start + word.len();
        let digits = bytes[digits_start..].iter().take(3).take_while(|b| b.is_ascii_digit()).count();
        let end = digits_start + digits;
        let alone = match bytes.get(end..) {
            Some([b'.' | b',', next, ..]) => !next.is_ascii_digit(),
            Some([b' ', a, b, c, d, ..]) => ![a, b, c, d].iter().all(|b| b.is_ascii_digit()),
            Some([b'-' | b'/', ..]) => false,
            Some([0xE2, 0x80, 0x93, ..]) => false,
            Some([next, ..]) => !next.is_ascii_alphanumeric(),
            _ => true,
        };
        let Some(number) = text.get(digits_start..end) else { continue };
        if !(1..=2).contains(&digits) || !alone || number.starts_with('0') {
            continue;
        }
        let code = format!("M{number}");
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// Whether a capital stands alone between two full stops (`21.A.3B`).
fn lettered_part(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'.', bytes).any(|at| lettered_part_at(bytes, at))
}

/// Whether a full stop at byte `at`, a capital and a full stop follow (`.A.` of `21.A.3B`).
pub(crate) fn lettered_part_at(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at..at + 3), Some([b'.', capital, b'.']) if capital.is_ascii_uppercase())
}

/// ISO 4217 codes of the currencies a table names in a column of its own, beside the
/// `CURRENCY_CODES` a price may be given in: of the Member States past, of their neighbours
/// and of the main world currencies.
const OTHER_CELL_CURRENCIES: [&str; 22] = [
    "HRK", "CNY", "TRY", "RSD", "MKD", "ALL", "BAM", "UAH", "MDL", "GEL", "AUD", "CAD", "NZD", "KRW", "INR",
    "BRL", "MXN", "ZAR", "HKD", "SGD", "CYP", "LVL",
];

/// A table cell that holds a currency's code alone (`| Ungern (HU) | HUF | 6,50 |`): an
/// optional `code:HUF`, written alike in every language, so that a changed code pairs with the
/// code the other version's cell gives.
pub(crate) fn currency_cells(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for bar in memchr::memchr_iter(b'|', bytes) {
        let start = bar + 1 + bytes[bar + 1..].iter().take_while(|b| **b == b' ').count();
        let Some(code) = text.get(start..start + 3) else { continue };
        let end = start + 3;
        let closed = bytes[end..].iter().find(|b| **b != b' ') == Some(&b'|');
        let currency =
            super::tables::CURRENCY_CODES.contains(&code.as_bytes()) || OTHER_CELL_CURRENCIES.contains(&code);
        if closed && currency {
            let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
            value.optional = true;
            out.push(value);
        }
    }
}

/// Short codes of capitals and digits that name a thing alike in every language: an
/// indicator `EECR05`, a system `SFC2021`, a topic's part `TF2` of `AMIF-2026-TF2-AG-INTE`, a
/// substance `D5`, a level `2B`, a survey's question `QA6a.3`. Each word of capitals and
/// digits that holds both (with a question's letter and numbered parts), alone or between
/// hyphens in a chain of such words, is an optional `code:EECR05`: the other version may
/// spell the thing out (`koldioxid` for `CO2`), but a changed digit is a changed code. Words
/// glued to lower-case letters (`tCO2e`), to a slash, an underscore, a colon or a full stop
/// and a letter are parts of units, files and references, and spans another reader took are
/// left to it, but for numbers read inside the code (the `3` of `QA6a.3`), which the longer
/// code outranks.
pub(crate) fn short(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let part = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let first_new = out.len();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let start = digit - bytes[..digit].iter().rev().take_while(|b| part(b)).count();
        let mut end = digit + bytes[digit..].iter().take_while(|b| part(b)).count();
        if !bytes[start..end].iter().any(u8::is_ascii_uppercase) || end - start > 12 {
            at = end;
            continue;
        }
        // A survey's question after a capital (`QA3a`, `QA6a.3`, `QC2.4`): a lower-case letter
        // and numbered parts after full stops belong to it.
        if bytes[start].is_ascii_uppercase() {
            if bytes.get(end).is_some_and(u8::is_ascii_lowercase)
                && !bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                end += 1;
            }
            while bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                end += 1 + bytes[end + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            }
        }
        at = end;
        // Between hyphens, the neighbours must be words of capitals and digits too.
        let before = char_before(text, start);
        let after = char_at(text, end);
        let chained_before = before == Some('-') && start >= 2 && bytes.get(start - 2).is_some_and(part);
        let chained_after = after == Some('-') && bytes.get(end + 1).is_some_and(part);
        // The head of a compound, as Swedish writes one with a code (`CYP3A-hämmare`), or of
        // one whose last part a later compound of the list gives (`C1-, C2- och C3-däck`).
        let compound_after = after == Some('-')
            && char_at(text, end + 1).is_some_and(|c| c.is_lowercase() || c == ',' || c == ' ');
        let joined_before = before
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | ':' | '.' | '@' | '~' | '-'));
        let joined_after = after
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '~' | '-'))
            || after.is_some_and(|c| matches!(c, '.' | ':' | ','))
                && char_at(text, end + 1).is_some_and(char::is_alphanumeric);
        if joined_before && !chained_before || joined_after && !chained_after && !compound_after {
            continue;
        }
        let inside_number = |v: &Value| {
            v.kind == ValueKind::Number
                && start <= v.span.start
                && v.span.end <= end
                && v.span.len() < end - start
        };
        if out[..first_new].iter().any(|v| v.span.start < end && start < v.span.end && !inside_number(v)) {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        // `CO2e`, carbon dioxide equivalent, is counted in CO2: the other version may write
        // `CO2 equivalent` or `CO2-ekvivalenter`.
        let code = if code == "CO2e" { "CO2" } else { code };
        // A financial year glued to its year (`FY2025`) is the year, as `FY 2025` and
        // `räkenskapsåret 2025` read.
        if let Some(year) = code.strip_prefix("FY").filter(|year| {
            year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && (year.starts_with("19") || year.starts_with("20"))
        }) {
            out.push(Value::new(ValueKind::Date, start + 2..end, format!("year:{year}"), year));
            continue;
        }
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// The fractions of particulate matter by their largest diameter in micrometres, a decimal
/// one (`PM2.5`, `PM2,5`, `PM0.1`): an optional `code:PM2.5`, its decimal sign a point in
/// either language, so that the Swedish decimal comma reads as the English point, and a
/// changed digit pairs with the other version's code as a changed fraction. A whole diameter
/// (`PM10`) is a [`short`] code. Not glued to a letter or digit on either side, nor followed
/// by a decimal sign and a digit (`PM2.5.1`).
pub(crate) fn particulates(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"PM") {
        let digits = |from: usize| {
            bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let whole = digits(at + 2);
        let sign = at + 2 + whole;
        if !(1..=2).contains(&whole) || !matches!(bytes.get(sign), Some(b'.' | b',')) {
            continue;
        }
        let fraction = digits(sign + 1);
        let end = sign + 1 + fraction;
        if fraction != 1
            || char_before(text, at).is_some_and(char::is_alphanumeric)
            || char_at(text, end).is_some_and(char::is_alphanumeric)
            || matches!(bytes.get(end), Some(b'.' | b','))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let (Some(head), Some(tail)) = (text.get(at..sign), text.get(sign + 1..end)) else { continue };
        let code = format!("{head}.{tail}");
        let mut value = Value::new(ValueKind::Legal, at..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// Finds the codes of statistical datasets, Eurostat's `earn_mw_cur`, `nama_10r_2gdp`,
/// `lfst_r_lfe2emprt`, `[prc_hicp_manr]`: a word of lower-case letters, digits and underscores
/// that starts with a letter and holds an underscore between two of them. Each is an optional
/// `code:` value compared as written, which a translation may leave out, and which pairs with
/// a code changed in its sentence. A word glued to a path, a host or an address
/// (`/earn_mw_cur`, `wp_449_en.pdf`, `first_last@`) is none; a URL holds those.
pub(crate) fn datasets(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let part = |byte: u8| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_';
    let mut from = 0;
    for underscore in memchr::memchr_iter(b'_', bytes) {
        if underscore < from {
            continue;
        }
        let mut start = underscore;
        while start > 0 && bytes.get(start - 1).is_some_and(|&byte| part(byte)) {
            start -= 1;
        }
        let mut end = underscore;
        while bytes.get(end).is_some_and(|&byte| part(byte)) {
            end += 1;
        }
        from = end;
        let Some(code) = text.get(start..end) else { continue };
        let glued_before = start.checked_sub(1).and_then(|before| bytes.get(before)).is_some_and(|&byte| {
            !byte.is_ascii() || byte.is_ascii_alphanumeric() || b"/.-@\\".contains(&byte)
        });
        let after = bytes.get(end).copied();
        let glued_after = after
            .is_some_and(|byte| !byte.is_ascii() || byte.is_ascii_alphanumeric() || b"@/-".contains(&byte))
            || after == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        // `__init__` and a rule of underscores are no codes.
        let well_formed = code.starts_with(|c: char| c.is_ascii_lowercase())
            && !code.ends_with('_')
            && !code.contains("__");
        if well_formed && !glued_before && !glued_after {
            let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
            value.optional = true;
            out.push(value);
        }
    }
}

/// Finds the codes of statistical datasets written without an underscore, Eurostat's
/// `teina225`, `tps00001`, `tec00115`: a word of three small letters or more and three digits
/// or more after them, and nothing glued before or after (as [`datasets`]). Each is an optional
/// `code:` value compared as written. A shorter run of digits is no such code (`A(H1N1)pdm09`,
/// a footnote's call glued to its word, `report4`).
pub(crate) fn dataset_numbers(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let letters = bytes[..digit].iter().rev().take_while(|b| b.is_ascii_lowercase()).count();
        let digits = bytes[digit..].iter().take_while(|b| b.is_ascii_digit()).count();
        let (start, end) = (digit - letters, digit + digits);
        at = end;
        if letters < 3 || digits < 3 {
            continue;
        }
        let glued_before = start.checked_sub(1).and_then(|before| bytes.get(before)).is_some_and(|&byte| {
            !byte.is_ascii() || byte.is_ascii_alphanumeric() || b"/.-@\\_".contains(&byte)
        });
        let after = bytes.get(end).copied();
        let glued_after = after
            .is_some_and(|byte| !byte.is_ascii() || byte.is_ascii_alphanumeric() || b"@/-_".contains(&byte))
            || after == Some(b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        if glued_before || glued_after {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
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
        // A programme's CCI number starts with its year and Member State (`2021SE05SFPR001`).
        let word = &bytes[start..end];
        let cci = word.len() >= 12
            && word[..4].iter().all(u8::is_ascii_digit)
            && word[4..6].iter().all(u8::is_ascii_uppercase)
            && word[6..8].iter().all(u8::is_ascii_digit);
        if !(bytes[start].is_ascii_uppercase() || cci)
            || bytes[start..end].iter().filter(|b| b.is_ascii_digit()).count() < MIN_DIGITS
            || char_before(text, start).is_some_and(joined)
        {
            continue;
        }
        // A full stop or colon after it may end the sentence or introduce what follows; before
        // another letter or digit it joins a longer name.
        // A hyphen and a lower-case word make a compound of it (`BYI08330-enolglukosid`).
        let after = char_at(text, end);
        let compound = after.is_some_and(is_hyphen) && char_at(text, end + 1).is_some_and(char::is_lowercase);
        let glued = after.is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '/' | '_' | '@') || is_hyphen(c) && !compound
        }) || after.is_some_and(|c| matches!(c, '.' | ':'))
            && char_at(text, end + 1).is_some_and(char::is_alphanumeric);
        if glued {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Number, start..end, format!("code:{code}"), code.to_string()));
    }
}

/// Tyre size designations (`205/55 R16 91V`, `315/70R22.5`, `11R22.5`, `12.00R20`), written
/// alike in every language: one identifier, `tyre:205/55R16 91V`, compared whole. From each
/// capital `R` (or `ZR`) of a radial tyre: before it the section width, with its aspect ratio
/// after a slash (`205/55`, a space before the `R` allowed), or two digits or a decimal width
/// glued to it (`11R22.5`, `12.00R20`); after it, a space allowed, the rim diameter of two
/// digits with a half after a full stop or a comma (`22.5`, `22,5`, keyed with a full stop);
/// then, after a space, the service description if there is one: the load index (of a
/// single and a dual fitting, `154/150`) and the speed symbol (`91V`, `154/150M`). The key
/// holds no space but the one before the service description.
pub(crate) fn tyre_sizes(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    let digits_back = |end: usize| {
        bytes.get(..end).map_or(0, |head| head.iter().rev().take_while(|b| b.is_ascii_digit()).count())
    };
    let free_before = |at: usize| {
        at == 0
            || bytes.get(at - 1).is_some_and(|b| {
                !(b.is_ascii_alphanumeric() || *b >= 0x80 || matches!(b, b'/' | b'.' | b',' | b'-'))
            })
    };
    let free_after =
        |at: usize| bytes.get(at).is_none_or(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80 || *b == b'/'));
    for r in memchr::memchr_iter(b'R', bytes) {
        // The rim diameter after the `R`.
        let rim = r + 1 + usize::from(bytes.get(r + 1) == Some(&b' '));
        if digits(rim) != 2 {
            continue;
        }
        let mut rim_end = rim + 2;
        let half = matches!(bytes.get(rim_end), Some(b'.' | b','))
            && bytes.get(rim_end + 1) == Some(&b'5')
            && !bytes.get(rim_end + 2).is_some_and(u8::is_ascii_digit);
        if half {
            rim_end += 2;
        }
        if !free_after(rim_end) {
            continue;
        }
        // The width before it.
        let zr = usize::from(r > 0 && bytes.get(r - 1) == Some(&b'Z'));
        let glued = r - zr;
        let spaced = glued > 0 && bytes.get(glued - 1) == Some(&b' ');
        let width_end = glued - usize::from(spaced);
        let run = digits_back(width_end);
        let start = if run == 2
            && width_end >= 6
            && bytes.get(width_end - 3) == Some(&b'/')
            && digits_back(width_end - 3) == 3
        {
            // `205/55 R16`.
            width_end - 6
        } else if spaced || zr == 1 {
            continue;
        } else if run == 2
            && width_end >= 4
            && bytes.get(width_end - 3) == Some(&b'.')
            && (1..=2).contains(&digits_back(width_end - 3))
        {
            // `12.00R20`.
            width_end - 3 - digits_back(width_end - 3)
        } else if run == 2 {
            // `11R22.5`.
            width_end - 2
        } else {
            continue;
        };
        if !free_before(start) {
            continue;
        }
        let (Some(width), Some(rim_text)) = (text.get(start..width_end), text.get(rim..rim_end)) else {
            continue;
        };
        let mut key =
            format!("tyre:{width}{}R{}", if zr == 1 { "Z" } else { "" }, rim_text.replace(',', "."));
        let mut end = rim_end;
        // The service description: `91V`, `154/150M`.
        if bytes.get(end) == Some(&b' ') {
            let load = end + 1;
            let mut at = load + digits(load);
            if (2..=3).contains(&(at - load)) {
                if bytes.get(at) == Some(&b'/') && (2..=3).contains(&digits(at + 1)) {
                    at += 1 + digits(at + 1);
                }
                if bytes.get(at).is_some_and(u8::is_ascii_uppercase)
                    && free_after(at + 1)
                    && let Some(service) = text.get(load..=at)
                {
                    key.push(' ');
                    key.push_str(service);
                    end = at + 1;
                }
            }
        }
        let Some(written) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, key, written));
    }
}

/// The grade of a credit rating at `at` of `bytes`, as the agencies write it, and its end:
/// `AAA`, `AA+`, `BBB-`, `CCC` (S&P, Fitch), `Aaa`, `Baa2`, `Caa1` (Moody's), or a single
/// letter with a plus (`A+`). A minus is a hyphen, `-` or `−`, not glued to a letter or digit
/// after it (`AA-A` is a range). A bare `A` (`Annex A`) and `A1` (a paper size, a road; a
/// code of [`short`]) are none.
fn rating_at(bytes: &[u8], at: usize) -> Option<usize> {
    let first = *bytes.get(at)?;
    if !matches!(first, b'A' | b'B' | b'C') {
        return None;
    }
    let run = bytes[at..].iter().take_while(|b| **b == first).count();
    // Moody's: `Aaa`, `Aa1`–`Aa3`, `Baa1`–`Baa3`, `Ba1`–`Ba3`, `Caa1`–`Caa3`.
    if run == 1 && bytes.get(at + 1) == Some(&b'a') {
        let small = bytes[at + 1..].iter().take_while(|b| **b == b'a').count();
        let end = at + 1 + small;
        let digit = bytes.get(end).filter(|b| matches!(b, b'1'..=b'3'));
        return match (first, small, digit) {
            (b'A', 2, None) => Some(end),
            (b'A' | b'B', 1, Some(_)) | (b'B' | b'C', 2, Some(_)) => Some(end + 1),
            _ => None,
        };
    }
    if run > 3 || first == b'C' && run == 1 {
        return None;
    }
    let end = at + run;
    let sign = match bytes.get(end..) {
        Some([b'+' | b'-', ..]) => 1,
        Some([0xE2, 0x88, 0x92, ..]) => 3,
        _ => 0,
    };
    let after_sign = bytes.get(end + sign);
    let minus_glued = sign > 0 && bytes[end] != b'+' && after_sign.is_some_and(u8::is_ascii_alphanumeric);
    let sign = if minus_glued { 0 } else { sign };
    if run == 1 && sign == 0 {
        return None;
    }
    Some(end + sign)
}

/// Credit ratings, written alike in every language (`BBB-rated bonds`, `obligationer med
/// betyget BBB`, `Aaa/AAA/AAA`): optional `rating:BBB` values, so that a grade changed in a
/// translation (`BBB` → `BB`) pairs with the original's. A single letter stands as a grade
/// only as a bound of a range of grades (`AAA–A`). A rating glued to a letter or digit is part
/// of a longer word; a hyphen and a lower-case word after it make a compound of it
/// (`AAA-betyg`).
pub(crate) fn ratings(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let free_before = |at: usize| {
        at == 0 || !bytes.get(at - 1).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80 || *b == b'+')
    };
    let taken = out.len();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for at in memchr::memchr3_iter(b'A', b'B', b'C', bytes) {
        // After a dash that follows a grade (`AAA–A`), a bare letter is a grade too.
        let dashed = found.last().and_then(|&(_, end)| text.get(end..at)).is_some_and(|gap| {
            gap.chars().count() == 1
                && gap.chars().all(|c| is_hyphen(c) || matches!(c, '\u{2013}' | '\u{2014}'))
        });
        if found.last().is_some_and(|&(_, end)| at < end) || !(dashed || free_before(at)) {
            continue;
        }
        let end = rating_at(bytes, at).or_else(|| (dashed && bytes[at] != b'C').then_some(at + 1));
        let Some(end) = end else { continue };
        let glued = match char_at(text, end) {
            Some(c) if is_hyphen(c) => !char_at(text, end + c.len_utf8()).is_some_and(|c| {
                c.is_lowercase() || rating_at(bytes, end + 1).is_some() || matches!(c, 'A' | 'B')
            }),
            Some(c) => c.is_alphanumeric() || c == '+',
            None => false,
        };
        if !glued {
            found.push((at, end));
        }
    }
    for (start, end) in found {
        if out[..taken].iter().any(|v| v.span.start < end && start < v.span.end) {
            continue;
        }
        let Some(grade) = text.get(start..end) else { continue };
        let key = grade.replace('\u{2212}', "-");
        let mut value = Value::new(ValueKind::Legal, start..end, format!("rating:{key}"), grade);
        value.optional = true;
        out.push(value);
    }
}

/// Where the dotted levels of an entry end, from a full stop at `at`: parts that alternate
/// between one lower-case letter and one or two digits, the first a letter (`.a.1.c` of
/// `3A001.a.1.c`), and how many there are.
fn entry_levels(bytes: &[u8], at: usize) -> (usize, usize) {
    let (mut end, mut levels) = (at, 0);
    while bytes.get(end) == Some(&b'.') {
        let rest = bytes.get(end + 1..).unwrap_or(&[]);
        let part = if levels % 2 == 0 {
            usize::from(rest.first().is_some_and(u8::is_ascii_lowercase))
        } else {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        };
        if part == 0 || levels % 2 == 1 && part > 2 {
            break;
        }
        end += 1 + part;
        levels += 1;
    }
    (end, levels)
}

/// The entries of the control lists of dual-use goods with their dotted levels (`1C011.a`,
/// `3A001.a.1.c`, `9E003.a.2.`): the entry, a category's digit, its group's capital `A` to `E`
/// and three digits, then levels that alternate between a lower-case letter and a number after
/// full stops, which English closes with a full stop of its own and Swedish does not. Keyed
/// as written without that stop (`code:3A001.a.1.c`) and firm, as the lists are written alike
/// in every language: a changed or dropped level is a changed or dropped entry. An entry alone
/// (`3A001`) is left to [`short`]; one glued to a letter, digit or path is none.
pub(crate) fn control_entries(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        at = digit + 1;
        let Some(head) = bytes.get(digit..digit + 6) else { break };
        if !(matches!(head[1], b'A'..=b'E') && head[2..5].iter().all(u8::is_ascii_digit) && head[5] == b'.')
            || char_before(text, digit)
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '.' | '-' | '\\'))
        {
            continue;
        }
        let (end, levels) = entry_levels(bytes, digit + 5);
        at = end.max(at);
        let glued = bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_'))
            || bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        let Some(code) = text.get(digit..end) else { continue };
        if levels == 0 || glued {
            continue;
        }
        out.push(Value::new(ValueKind::Legal, digit..end, format!("code:{code}"), code));
    }
}

/// The identification numbers of feed additives in the Union register (`3a672a`, retinyl
/// acetate; `4b1830i`; `1k301`): the category's digit 1 to 5, the functional group's
/// lower-case letter, three or four digits and up to two lower-case letters. Written alike in
/// every language, keyed as written (`code:3a672a`) and firm: a changed letter is another
/// additive. One glued to a letter, a digit or a path, or that goes on as a word
/// (`3a672abc`), is none.
pub(crate) fn feed_additives(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        at = digit + 1;
        if !matches!(bytes[digit], b'1'..=b'5')
            || !bytes.get(digit + 1).is_some_and(u8::is_ascii_lowercase)
            || char_before(text, digit)
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '.' | '-' | '#'))
        {
            continue;
        }
        let rest = bytes.get(digit + 2..).unwrap_or(&[]);
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let letters = rest[digits..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        let end = digit + 2 + digits + letters;
        at = end.max(at);
        let glued =
            bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'@'))
                || bytes.get(end).is_some_and(|b| matches!(b, b'.' | b'-'))
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        let Some(code) = text.get(digit..end) else { continue };
        if !(3..=4).contains(&digits) || letters > 2 || glued {
            continue;
        }
        out.push(Value::new(ValueKind::Legal, digit..end, format!("code:{code}"), code));
    }
}

/// Whether `code`, twenty capitals and digits, holds a Legal Entity Identifier's check digits
/// (ISO 17442, by ISO 7064 MOD 97-10: the letters read as 10 to 35, the whole number leaves 1
/// when divided by 97).
fn lei_check(code: &[u8]) -> bool {
    let mut rest: u32 = 0;
    for &b in code {
        rest = if b.is_ascii_digit() {
            (rest * 10 + u32::from(b - b'0')) % 97
        } else {
            (rest * 100 + u32::from(b - b'A') + 10) % 97
        };
    }
    rest == 1
}

/// Legal Entity Identifiers (ISO 17442, `529900NRD4K7Q2TB6H05`): twenty capitals and digits,
/// a capital among them, the last two digits that check the rest. Written alike in every
/// language, keyed as written (`code:529900NRD4K7Q2TB6H05`) and firm; a word whose check
/// digits fail is no identifier, so that a changed character leaves the original's unmatched.
/// One glued to a letter, digit, path or address is part of something longer.
pub(crate) fn leis(text: &str, out: &mut Vec<Value>) {
    const LEN: usize = 20;
    let bytes = text.as_bytes();
    let part = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let start = digit - bytes[..digit].iter().rev().take_while(|b| part(b)).count();
        let end = digit + bytes[digit..].iter().take_while(|b| part(b)).count();
        at = end.max(digit + 1);
        let word = &bytes[start..end];
        let joined = |c: char| c.is_alphanumeric() || matches!(c, '/' | '_' | '.' | ':' | '@' | '=' | '-');
        if word.len() != LEN
            || !word[LEN - 2..].iter().all(u8::is_ascii_digit)
            || !word.iter().any(u8::is_ascii_uppercase)
            || char_before(text, start).is_some_and(joined)
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '-'))
            || !lei_check(word)
        {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code));
    }
}

/// Whether a figure graded by a plus sign stands at `at`: one digit and a plus that no figure
/// or letter follows (`1+`, not `1+1` or `1+x`); where it ends.
fn graded_figure_at(bytes: &[u8], at: usize) -> Option<usize> {
    let ok = bytes.get(at).is_some_and(u8::is_ascii_digit)
        && bytes.get(at + 1) == Some(&b'+')
        && !bytes.get(at + 2).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'+');
    ok.then_some(at + 2)
}

/// Figures that a plus sign grades, as the systems of assessment and verification of
/// constancy of performance of construction products are numbered (`system 1+`, `systems
/// 1+, 1, 2+, 3, 3+ and 4`, `| 3+ |`): a figure of one digit with a plus glued after it,
/// after a word of `graded_figure_nouns` in `tables/` or as a member of its list, or alone
/// in a table cell. A firm `code:1+`, written alike in every language, that outranks the
/// bare figure the number reader finds in it: `1+` is not `1`. A figure of the list without
/// a plus stays the number's.
pub(crate) fn graded_figures(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    if memchr::memchr(b'+', bytes).is_none() {
        return;
    }
    let push = |start: usize, end: usize, out: &mut Vec<Value>| {
        if let Some(code) = text.get(start..end) {
            out.push(Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code));
        }
    };
    // Alone in a cell.
    if memchr::memchr(b'|', bytes).is_some() {
        for (cell_start, cell) in super::row_cells(text) {
            let start = cell_start + cell.len() - cell.trim_start().len();
            if cell.trim().len() == 2
                && let Some(end) = graded_figure_at(bytes, start)
            {
                push(start, end, out);
            }
        }
    }
    let lang_table = super::tables::table(lang);
    for noun in lang_table.graded_figure_nouns {
        let Some((&first, tail)) = noun.as_bytes().split_first() else { continue };
        // Found from the second byte on, so that a capital first letter is found too.
        for hit in memchr::memmem::find_iter(bytes, tail) {
            let Some(start) = hit.checked_sub(1) else { continue };
            let end_word = hit + tail.len();
            if !bytes[start].eq_ignore_ascii_case(&first)
                || char_before(text, start).is_some_and(char::is_alphanumeric)
                || bytes.get(end_word) != Some(&b' ')
            {
                continue;
            }
            // The list after it: figures of one digit, graded or not, joined by commas and
            // list words.
            let mut at = end_word + 1;
            loop {
                let graded = graded_figure_at(bytes, at);
                let end = match graded {
                    Some(end) => end,
                    None if bytes.get(at).is_some_and(u8::is_ascii_digit)
                        && !bytes.get(at + 1).is_some_and(|b| {
                            b.is_ascii_alphanumeric()
                                || *b == b'.'
                                || *b == b',' && bytes.get(at + 2).is_some_and(u8::is_ascii_digit)
                        }) =>
                    {
                        at + 1
                    }
                    None => break,
                };
                if graded.is_some() {
                    push(at, end, out);
                }
                let rest = text.get(end..).unwrap_or_default();
                let after_comma = rest.strip_prefix(',').unwrap_or(rest);
                let Some(after_space) = after_comma.strip_prefix(' ') else { break };
                let word = lang_table.list_joiners.iter().find(|word| {
                    after_space.starts_with(*word) && after_space.as_bytes().get(word.len()) == Some(&b' ')
                });
                at = match word {
                    Some(word) => end + (rest.len() - after_space.len()) + word.len() + 1,
                    None if after_comma.len() < rest.len() => end + 2,
                    None => break,
                };
            }
        }
    }
}

/// A symbol's subscript of two figures around a slash, in Markdown's tildes (`λ~90/90~`, the
/// thermal conductivity at the 90 % fractile with 90 % confidence): the fractile and the
/// confidence, compared as written with the symbol (`code:λ90/90`), which the number readers
/// leave alone. Optional, as a version may spell the subscript out, but a changed figure is a
/// changed value the check pairs.
pub(crate) fn subscript_fractions(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for tilde in memchr::memchr_iter(b'~', bytes) {
        let Some(symbol) = char_before(text, tilde).filter(|c| c.is_alphabetic()) else { continue };
        let start = tilde - symbol.len_utf8();
        if char_before(text, start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let digits = |from: usize| {
            bytes.get(from..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let first = digits(tilde + 1);
        let slash = tilde + 1 + first;
        let second = digits(slash + 1);
        let close = slash + 1 + second;
        if !(1..=3).contains(&first)
            || bytes.get(slash) != Some(&b'/')
            || !(1..=3).contains(&second)
            || bytes.get(close) != Some(&b'~')
        {
            continue;
        }
        let (Some(fractile), Some(confidence)) = (text.get(tilde + 1..slash), text.get(slash + 1..close))
        else {
            continue;
        };
        let code = format!("{symbol}{fractile}/{confidence}");
        let mut value = Value::new(ValueKind::Legal, start..close + 1, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// The row, column and sheet codes of the supervisors' reporting templates (EBA and EIOPA
/// taxonomies, the register of information under DORA: `c0080`, `r0020`, `z0010`): a
/// small `c`, `r` or `z` and four digits, a word alone, written alike in every language.
/// An optional `code:c0080`, as a version may name the column by its heading, but a changed
/// code pairs with the other version's. The capitals (`C0010`) are short codes already; a
/// word glued to letters, digits, an underscore, a slash or a full stop and a letter (a
/// file's or a field's name) is none.
pub(crate) fn template_codes(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(digit) = swar::find_digit(bytes, at) {
        let digits = bytes[digit..].iter().take_while(|b| b.is_ascii_digit()).count();
        let end = digit + digits;
        at = end;
        if digits != 4 || digit == 0 || !matches!(bytes[digit - 1], b'c' | b'r' | b'z') {
            continue;
        }
        let start = digit - 1;
        let joined_before = char_before(text, start)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '/' | '.' | '-'));
        let joined_after = char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '/'))
            || char_at(text, end).is_some_and(|c| matches!(c, '.' | '-'))
                && char_at(text, end + 1).is_some_and(char::is_alphanumeric);
        if joined_before || joined_after {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

/// The decisions of a convention's conference of the parties, numbered by the convention's
/// capitals, the meeting and the decision (`SC-11/10` of the Stockholm Convention, `BC-16/3`
/// of the Basel Convention, `RC-11/1` of the Rotterdam Convention): two or three capitals, a
/// hyphen, one or two digits, a slash and one to three digits, a word alone. Written alike
/// in every language, a firm `code:SC-11/10`, so that a changed or dropped decision is
/// reported. Not glued to a letter, digit, slash or hyphen before, nor to a letter, digit or
/// slash after (`EU-27/28` has no capitals after its slash, but `ABCD-1/2` is no decision).
pub(crate) fn convention_decisions(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let meeting = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=2).contains(&meeting) || slash < meeting + 3 || bytes[slash - meeting - 1] != b'-' {
            continue;
        }
        let hyphen = slash - meeting - 1;
        let capitals = bytes[..hyphen].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
        let number = bytes[slash + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if !(2..=3).contains(&capitals) || !(1..=3).contains(&number) {
            continue;
        }
        let start = hyphen - capitals;
        let end = slash + 1 + number;
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '_'))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_'))
            || char_at(text, end).is_some_and(|c| matches!(c, '.' | ',' | '-'))
                && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code));
    }
}

/// The tunnel restriction codes of the carriage of dangerous goods (ADR 1.9.5.2.2, 8.6.4), in
/// their brackets: two tunnel categories `B` to `E` around a slash (`(B/D)`, `(D/E)`), or a
/// category, a quantity and a category (`(B1000C)`). Written alike in every language, an
/// optional `code:B/D`, as a version may name the categories by other words, but a changed
/// code pairs with the other version's. A code of one letter, `(E)`, is left alone: a capital
/// in brackets labels much else.
pub(crate) fn tunnel_codes(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let category = |b: Option<&u8>| b.is_some_and(|b| matches!(b, b'B'..=b'E'));
    for open in memchr::memchr_iter(b'(', bytes) {
        let start = open + 1;
        if !category(bytes.get(start)) {
            continue;
        }
        let quantity =
            bytes.get(start + 1..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
        let end = match bytes.get(start + 1) {
            Some(b'/') => start + 3,
            _ if (3..=4).contains(&quantity) => start + 2 + quantity,
            _ => continue,
        };
        if !category(bytes.get(end - 1)) || bytes.get(end) != Some(&b')') {
            continue;
        }
        let Some(code) = text.get(start..end) else { continue };
        let mut value = Value::new(ValueKind::Legal, start..end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        crate::values::tests::keys_found(find, text)
    }

    #[test]
    fn codes_of_a_reporting_template() {
        let keys = |text: &str| crate::values::tests::keys_found(template_codes, text);
        assert_eq!(keys("| B_02.02 | Avtalsarrangemang | c0080 |"), ["code:c0080"]);
        assert_eq!(
            keys("rows r0010 to r0030, column c0050, sheet z0010."),
            ["code:r0010", "code:r0030", "code:c0050", "code:z0010"]
        );
        // Not part of a word, a file or a longer figure.
        let none: Vec<String> = Vec::new();
        assert_eq!(keys("abc0080 c00801 c0080a file_c0080 /r0010 c0080.xml c008 d0080"), none);
    }

    #[test]
    fn decisions_of_a_conference_of_the_parties() {
        let keys = |text: &str| crate::values::tests::keys_found(convention_decisions, text);
        assert_eq!(keys("antog partskonferensen beslut SC-11/10 om att"), ["code:SC-11/10"]);
        assert_eq!(keys("Decisions BC-16/3 and RC-11/1."), ["code:BC-16/3", "code:RC-11/1"]);
        // Not a longer code, a path, a date or a figure after the number.
        let none: Vec<String> = Vec::new();
        assert_eq!(
            keys("ABCD-11/10 WXSC-1/2 a/SC-1/2 SC-11/10/2 SC-11/1234 SC-11/10a SC-11/10,5 S-1/2"),
            none
        );
    }

    #[test]
    fn credit_ratings() {
        let keys = |text: &str| crate::values::tests::keys_found(ratings, text);
        assert_eq!(
            keys("bonds rated BBB- and AA+, Aaa/AAA/AAA (Moody's/S&P/Fitch)"),
            ["rating:BBB-", "rating:AA+", "rating:Aaa", "rating:AAA", "rating:AAA"]
        );
        assert_eq!(
            keys("Strong (AAA–A) and BBB-rated bonds, AAA-betyg"),
            ["rating:AAA", "rating:A", "rating:BBB", "rating:AAA"]
        );
        assert_eq!(keys("Baa2 and Caa1, A+ but not A1"), ["rating:Baa2", "rating:Caa1", "rating:A+"]);
        // A bare letter, a word of capitals, a class of an energy label beyond A+.
        assert!(keys("Annex A, class B, the AAAS, ABBA, CCS, A+++ and Ca.").is_empty());
    }

    #[test]
    fn identifiers() {
        assert_eq!(keys("Passport No: AB1234567; ID card 12345"), ["code:AB1234567"]);
        assert_eq!(
            keys("CCI 2021SE05SFPR001 and 2021SE16FFPA001."),
            ["code:2021SE05SFPR001", "code:2021SE16FFPA001"]
        );
        assert!(keys("2021SE and 2021 SE05").is_empty());
        assert_eq!(keys("Passnummer: AB1234567."), ["code:AB1234567"]);
        assert_eq!(keys("(N12345678X)"), ["code:N12345678X"]);
        assert_eq!(keys("BYI08330-enolglukosid"), ["code:BYI08330"]);
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
    fn short_codes_are_optional() {
        let read = |text: &str| {
            let mut out = Vec::new();
            super::short(text, &mut out);
            out.into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
        };
        let codes = |text: &str| read(text).into_iter().map(|(key, _)| key).collect::<Vec<_>>();
        assert_eq!(
            codes("indicator EECR05 (SFC2021), topic AMIF-2026-TF2-AG-INTE-01, substance (D5), level 2B."),
            ["code:EECR05", "code:SFC2021", "code:TF2", "code:D5", "code:2B"]
        );
        assert_eq!(codes("trust (QA6a.3), QA3a and QC2.7."), ["code:QA6a.3", "code:QA3a", "code:QC2.7"]);
        assert_eq!(codes("1.9% in FY2025, against FY1999 and FY21"), ["year:2025", "year:1999", "code:FY21"]);
        assert!(read("EECR05").iter().all(|(_, optional)| *optional));
        // The head of a Swedish compound is a code too.
        assert_eq!(codes("starka CYP3A-hämmare och H5N1-viruset"), ["code:CYP3A", "code:H5N1"]);
        assert_eq!(codes("2,4 miljoner ton CO2e och CO2"), ["code:CO2", "code:CO2"]);
        // Units, files, references and words of letters or digits alone are not codes.
        for text in [
            "tCO2e/t",
            "file AB12.pdf",
            "C-123/24",
            "COVID-19",
            "2024/EU2",
            "x_AB12",
            "Article 5",
            "ECLI:EU:C:2020:257",
        ] {
            assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
        }
    }

    #[test]
    fn currency_codes_alone_in_a_cell_are_optional_codes() {
        let read = |text: &str| {
            let mut out = Vec::new();
            super::currency_cells(text, &mut out);
            out.into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
        };
        assert_eq!(
            read("| Ungern (HU) | HUF | 6,50 | | Polen | PLN |"),
            [("code:HUF".to_string(), true), ("code:PLN".to_string(), true)]
        );
        // A code with a figure, a word of capitals or a code in running text is none.
        assert!(read("| HUF 6,50 | ALLA | EUR/t | in HUF |").is_empty());
    }

    #[test]
    fn tyre_sizes() {
        let keys = |text: &str| crate::values::tests::keys_found(super::tyre_sizes, text);
        assert_eq!(
            keys("sizes 205/55 R16 91V, 315/70R22.5, 11R22.5 and 12.00R20 154/150M."),
            ["tyre:205/55R16 91V", "tyre:315/70R22.5", "tyre:11R22.5", "tyre:12.00R20 154/150M"]
        );
        assert_eq!(keys("225/45ZR17 och 315/70R22,5"), ["tyre:225/45ZR17", "tyre:315/70R22.5"]);
        assert_ne!(keys("315/70R22.5"), keys("315/80R22.5"));
        assert_ne!(keys("205/55 R16 91V"), keys("205/55 R16 94V"));
        // A CELEX number, an act and its point, a lone figure before a capital R: none.
        for text in [
            "32019R2144",
            "CELEX:32021R0779",
            "2019/2144 R16",
            "Article 5 R16",
            "1R22.5",
            "AB11R22",
            "315/70R225",
        ] {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
        // Read whole in the pipeline, the half of its rim too.
        assert_eq!(
            super::super::tests::keys("storleken 315/70R22.5.", crate::text::Lang::Sv),
            ["tyre:315/70R22.5"]
        );
    }

    /// The keys [`dotted`] reads in `text`.
    #[test]
    fn a_projects_month_in_words_is_its_code() {
        let months = |text: &str, lang: Lang| {
            crate::values::extract(text, lang)
                .into_iter()
                .filter(|v| v.key.starts_with("code:M"))
                .map(|v| (v.key, v.optional))
                .collect::<Vec<_>>()
        };
        assert_eq!(months("senast månad 18.", Lang::Sv), [("code:M18".to_string(), true)]);
        assert_eq!(months("Månad 6 och M30", Lang::Sv).len(), 2);
        assert_eq!(months("commissioned in month 30 and run", Lang::En), [("code:M30".to_string(), true)]);
        assert_eq!(months("by M18", Lang::En), [("code:M18".to_string(), true)]);
        // No year, range, decimal or longer number after the word.
        for text in ["i månad 3 2025", "under månad 1–6", "månad 1,5", "månad 120", "tremånad 3", "månad 07"]
        {
            assert!(months(text, Lang::Sv).is_empty(), "{text}");
        }
    }

    fn dotted_keys(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        super::dotted(text, swar::capital_beside_digit(text.as_bytes()), &mut out);
        out.into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn measures_of_a_recovery_plan() {
        let keys = dotted_keys;
        assert_eq!(
            keys("measures C7.I1 and C12.R3, (C1.1.I4)."),
            ["code:C7.I1", "code:C12.R3", "code:C1.1.I4"]
        );
        assert!(keys("C3.5, 29.1.2026, QA6a.3, Article 3.R").is_empty());
    }

    #[test]
    fn points_of_the_aviation_rules() {
        let keys = dotted_keys;
        assert_eq!(
            keys("Part 21.A.3B(d)(1), punkt 145.A.30 och M.A.301."),
            ["code:21.A.3B", "code:145.A.30", "code:M.A.301"]
        );
        // A letter part of two letters, a lower-case one, or more than two capitals after
        // the digits: none.
        assert!(keys("21.AB.3, 21.a.3, 21.A.3BCD, 1.2.3").is_empty());
        // Read whole in the pipeline: no paragraph 21 nor number 145 beside it.
        assert_eq!(super::super::tests::keys("punkt 21.A.3B", crate::text::Lang::Sv), ["code:21.A.3B"]);
    }

    #[test]
    fn dataset_codes_are_optional_codes_as_written() {
        let datasets = |text: &str| {
            let mut out = Vec::new();
            datasets(text, &mut out);
            out.into_iter().map(|value| (value.key, value.optional)).collect::<Vec<_>>()
        };
        assert_eq!(
            datasets("Eurostat [earn_mw_cur] and (nama_10r_2gdp, lfst_r_lfe2emprt)."),
            [
                ("code:earn_mw_cur".to_string(), true),
                ("code:nama_10r_2gdp".to_string(), true),
                ("code:lfst_r_lfe2emprt".to_string(), true),
            ]
        );
        assert_eq!(datasets("datamängd prc_hicp_manr")[0].0, "code:prc_hicp_manr");
        // Not a code: capitals, a path, a file, an address, underscores alone or at an end,
        // a word glued to letters beyond ASCII.
        assert!(
            datasets("Earn_mw x/earn_mw wp_449_en.pdf first_last@ec.europa.eu __init__ ab_ ____ ab_cé")
                .is_empty()
        );
    }

    #[test]
    fn dataset_codes_without_an_underscore() {
        let keys = |text: &str| crate::values::tests::keys_found(dataset_numbers, text);
        assert_eq!(keys("Source datasets: gov_10dd_edpt1 and teina225."), ["code:teina225"]);
        assert_eq!(
            keys("Population on 1 January (tps00001), https://x.eu/view/tps00001/"),
            ["code:tps00001"]
        );
        // Too few letters or digits, glued to a path, a word, a file or a name.
        assert!(keys("A(H1N1)pdm09 report4 ab123 /tec00115 tec00115.html Håll123 tec00115_x").is_empty());
    }

    #[test]
    fn dual_use_control_entries_with_their_levels() {
        let keys = |text: &str| crate::values::tests::keys_found(control_entries, text);
        assert_eq!(keys("specified in 1C011.a. and 1C011.b. are"), ["code:1C011.a", "code:1C011.b"]);
        assert_eq!(keys("specificeras i 1C011.a och 1C011.b omfattas"), ["code:1C011.a", "code:1C011.b"]);
        assert_eq!(keys("Note: 3A001.a.1.c. does not"), ["code:3A001.a.1.c"]);
        assert_eq!(keys("i 3A001.b.2.a–3A001.b.2.d avgörs"), ["code:3A001.b.2.a", "code:3A001.b.2.d"]);
        assert_eq!(keys("see 5A992.c.’;"), ["code:5A992.c"]);
        assert_ne!(keys("3A001.a.1.c"), keys("3A001.a.1.b"));
        // An entry alone, another group's letter, a decimal or a glued word is none.
        for text in ["entry 3A001 is", "3F001.a", "13A001.a", "3A001.ab", "3A001.a1", "x3A001.a", "/3A001.a"]
        {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }

    #[test]
    fn feed_additive_numbers() {
        let keys = |text: &str| crate::values::tests::keys_found(feed_additives, text);
        assert_eq!(
            keys("entry 3a672a concerning retinyl acetate, 4b1830i and 1k301."),
            ["code:3a672a", "code:4b1830i", "code:1k301"]
        );
        assert_ne!(keys("posten 3a672a"), keys("posten 3a672b"));
        for text in ["6a123", "3a12", "3a12345", "3abc", "x3a672a", "3a672abc", "1a", "3a672.pdf", "12a101"] {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }

    #[test]
    fn legal_entity_identifiers_with_their_check_digits() {
        let keys = |text: &str| crate::values::tests::keys_found(leis, text);
        assert_eq!(keys("(LEI 529900NRD4K7Q2TB6H05)"), ["code:529900NRD4K7Q2TB6H05"]);
        assert_eq!(keys("LEI: 5493001KJTIIGC8Y1R12."), ["code:5493001KJTIIGC8Y1R12"]);
        // Check digits that fail, a word of another length or glued to more is none.
        for text in
            ["529900NRD4K7Q2TB6H50", "529900NRD4K7Q2TB6H0", "529900NRD4K7Q2TB6H05X", "/529900NRD4K7Q2TB6H05"]
        {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }

    #[test]
    fn figures_graded_by_a_plus() {
        let keys = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            graded_figures(text, lang, &mut out);
            out.into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        assert_eq!(
            keys("namely systems 1+, 1, 2+, 3, 3+ and 4.", Lang::En),
            ["code:1+", "code:2+", "code:3+"]
        );
        assert_eq!(
            keys("nämligen systemen 1+, 1, 2+, 3, 3+ och 4.", Lang::Sv),
            ["code:1+", "code:2+", "code:3+"]
        );
        assert_eq!(keys("Enligt system 1+ ska organet", Lang::Sv), ["code:1+"]);
        assert_eq!(keys("System 3+ is reserved", Lang::En), ["code:3+"]);
        assert_eq!(keys("| kg CO~2~ eq | 3+ |", Lang::En), ["code:3+"]);
        assert_eq!(keys("kg CO~2~ eq | 3+", Lang::En), ["code:3+"]);
        // A figure without its plus, a sum, or a plus after another word is none.
        for text in ["under system 1 the body", "system 1+1", "aged 5+ years", "| 55+ |", "| 3+4 |"] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
        }
        // In the whole reading, the graded figure outranks the bare one.
        assert_ne!(
            crate::values::tests::keys("Enligt system 1 ska", Lang::Sv),
            crate::values::tests::keys("Enligt system 1+ ska", Lang::Sv)
        );
    }

    #[test]
    fn subscript_fractions_of_a_symbol() {
        let keys = |text: &str| crate::values::tests::keys_found(subscript_fractions, text);
        assert_eq!(keys("90 % (λ~90/90~)."), ["code:λ90/90"]);
        assert_ne!(keys("(λ~90/90~)"), keys("(λ~90/50~)"));
        for text in ["CO~2~", "λ~D~", "~~90/90~~", "x~90/90", "aλ~90/90~"] {
            assert!(keys(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn tunnel_restriction_codes() {
        let keys = |text: &str| crate::values::tests::keys_found(tunnel_codes, text);
        assert_eq!(
            keys("(tunnel restriction code (B/D)) and (D/E), (B1000C)"),
            ["code:B/D", "code:D/E", "code:B1000C"]
        );
        for text in ["(E)", "(A/B)", "(B/DE)", "(B/F)", "(B10C)", "(and/or)"] {
            assert!(keys(text).is_empty(), "{text}");
        }
    }
}
