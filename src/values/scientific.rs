//! Figures in scientific notation: a mantissa times a power of ten, written with an `E`
//! (`3.5E-4`, `3,5e-4`, `1E+06`, as tables of emission factors and spreadsheets give them) or
//! as a product with the power raised (`3.5 × 10⁻⁴`, `3,5·10⁻⁴`, `3.5 x 10^-4`, `10^-13^` for
//! `10<sup>-13</sup>`). Each writing is one figure of the value it gives (`num:0.00035`), so
//! that the writings pair with each other and with the figure written out, and a changed
//! mantissa or power (`10⁻⁵` for `10⁻⁴`) is one changed figure, not two loose parts.

use super::number::Decimal;
use super::{Value, ValueKind, char_at, char_before, is_space_like};

/// The largest power of ten read: a key holds the figure written out, one digit a power.
const MAX_POWER_DIGITS: usize = 2;

/// Pushes onto `out` every figure written with an `E` before its power of ten (`3.5E-4`,
/// `2,0e-5`, `1E+06`, `-1.2E3`), from `from`, the first digit of `text`.
///
/// A mantissa with no decimals and a power with no sign (`1E6`, `9e62`, `807e240020`) is
/// taken for a code or a hexadecimal name, not a figure; so is a writing glued to letters or
/// to other figures (`PM2.5E`, `A1.5E-3`, `1E-2-3`), and an `E` with no power after it (`5E`).
pub(crate) fn e_notation(text: &str, from: usize, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(start) = super::swar::find_digit(bytes, at) {
        let end = start + bytes[start..].iter().take_while(|b| b.is_ascii_digit()).count();
        at = end;
        // The cheap test: most runs of digits end elsewhere than at an `E`.
        if matches!(bytes.get(end), Some(b'E' | b'e'))
            && let Some(value) = e_figure(text, start, end)
        {
            at = value.span.end;
            out.push(value);
        }
    }
}

/// The figure whose mantissa's last run of digits is `start..end`, an `E` after it.
fn e_figure(text: &str, start: usize, end: usize) -> Option<Value> {
    let bytes = text.as_bytes();
    // The integer part, and the decimals after a point or a comma.
    let (integer, fraction, mut first) = match start.checked_sub(1).map(|i| bytes[i]) {
        Some(b'.' | b',') if start >= 2 && bytes[start - 2].is_ascii_digit() => {
            let point = start - 1;
            let integer_start =
                point - bytes[..point].iter().rev().take_while(|b| b.is_ascii_digit()).count();
            (text.get(integer_start..point)?, text.get(start..end)?, integer_start)
        }
        _ => (text.get(start..end)?, "", start),
    };
    // A minus before the mantissa is its sign, but one that joins a code (`AB-1.5E-3`).
    let mut negative = false;
    if let Some(sign @ ('-' | '−')) = char_before(text, first) {
        if char_before(text, first - sign.len_utf8()).is_some_and(|c| c.is_alphanumeric() || c == '-') {
            return None;
        }
        negative = true;
        first -= sign.len_utf8();
    }
    let glued_before = char_before(text, first).is_some_and(|c| {
        c.is_alphanumeric()
            || matches!(c, '_' | '/' | '.' | ',')
                && char_before(text, first - 1).is_some_and(|c| c.is_ascii_alphanumeric())
    });
    if glued_before {
        return None;
    }
    // The power: a sign or none, one or two digits.
    let mut power_at = end + 1;
    let sign = char_at(text, power_at).filter(|c| matches!(c, '-' | '−' | '+'));
    power_at += sign.map_or(0, char::len_utf8);
    let digits = bytes.get(power_at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > MAX_POWER_DIGITS || fraction.is_empty() && sign.is_none() {
        return None;
    }
    let power_end = power_at + digits;
    let glued_after = char_at(text, power_end).is_some_and(|c| {
        c.is_alphanumeric()
            || c == '_'
            || matches!(c, '.' | ',' | '-')
                && text.as_bytes().get(power_end + 1).is_some_and(u8::is_ascii_digit)
    });
    if glued_after {
        return None;
    }
    let mut power: i64 = text.get(power_at..power_end)?.parse().ok()?;
    if matches!(sign, Some('-' | '−')) {
        power = -power;
    }
    let mut mantissa = Decimal::from_parts(integer, fraction);
    if negative {
        mantissa = mantissa.negated();
    }
    Some(figure(first..power_end, mantissa, power))
}

/// The figure `mantissa` × 10^`power` written at `span`, shown as the product.
fn figure(span: std::ops::Range<usize>, mantissa: Decimal, power: i64) -> Value {
    let mut display = String::new();
    mantissa.push_canonical(&mut display);
    display.push_str(&format!(" × 10^{power}"));
    let mut key = String::from("num:");
    mantissa.shifted(power).push_canonical(&mut key);
    Value::new(ValueKind::Number, span, key, display)
}

/// The digit a superscript character writes (`⁹`: 9).
fn superscript_digit(c: char) -> Option<u8> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => u8::try_from(u32::from(c) - u32::from('⁰')).ok(),
        _ => None,
    }
}

/// The power raised after the figure 10 that ends at `at`, and where it ends: superscript
/// digits with their sign (`10⁻³`), or digits after a caret, as a superscript of markup gives
/// them (`10^-6^` for `10<sup>-6</sup>`, `10^11`). Not more digits than [`MAX_POWER_DIGITS`].
fn raised_power(text: &str, at: usize) -> Option<(i64, usize)> {
    let rest = text.get(at..)?;
    let (negative, digits, superscript) = if let Some(caret) = rest.strip_prefix('^') {
        match caret.strip_prefix(['-', '−']) {
            Some(digits) => (true, digits, false),
            None => (false, caret.strip_prefix('+').unwrap_or(caret), false),
        }
    } else {
        match rest.strip_prefix('⁻') {
            Some(digits) => (true, digits, true),
            None => (false, rest.strip_prefix('⁺').unwrap_or(rest), true),
        }
    };
    let digit = |c: char| {
        if superscript { superscript_digit(c) } else { c.to_digit(10).and_then(|d| u8::try_from(d).ok()) }
    };
    let mut power: i64 = 0;
    let mut count = 0;
    let mut end = text.len() - digits.len();
    for c in digits.chars() {
        let Some(d) = digit(c) else { break };
        power = power * 10 + i64::from(d);
        count += 1;
        end += c.len_utf8();
    }
    if count == 0
        || count > MAX_POWER_DIGITS
        || !superscript && char_at(text, end).is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some((if negative { -power } else { power }, end))
}

/// The mantissa a plain figure's key gives (`num:-7.4`), if it is one.
fn mantissa_of(key: &str) -> Option<Decimal> {
    let figure = key.strip_prefix("num:")?;
    let (negative, figure) = match figure.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, figure),
    };
    let (integer, fraction) = figure.split_once('.').unwrap_or((figure, ""));
    if integer.is_empty() || !integer.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = Decimal::from_parts(integer, fraction);
    Some(if negative { mantissa.negated() } else { mantissa })
}

/// Joins into one figure a figure 10 with the power raised after it and the mantissa it
/// multiplies, if any (`3,5 × 10⁻⁴`, `3.5 x 10^-4`, `3,5·10⁻⁴`: `num:0.00035`; `10^9^`:
/// `num:1000000000`): the figures the number reader found in the power go. A mantissa is a
/// plain figure (no scale word, no percent) with a sign of multiplication alone between it
/// and the 10. After another figure a superscript is no power of ten (`20 m²`).
pub(crate) fn powers_of_ten(text: &str, values: &mut Vec<Value>) {
    let mut at = 0;
    while at < values.len() {
        let ten = &values[at];
        if ten.key != "num:10" || ten.kind != ValueKind::Number {
            at += 1;
            continue;
        }
        let Some((power, end)) = raised_power(text, ten.span.end) else {
            at += 1;
            continue;
        };
        let ten_span = ten.span.clone();
        // The figures read in the power (`11` of `10^11`, `6` of `10^-6^`).
        let after = at + 1;
        let in_power = values[after..].iter().take_while(|value| value.span.start < end).count();
        values.drain(after..after + in_power);
        let product = at.checked_sub(1).and_then(|before| {
            let mantissa = &values[before];
            let between = text.get(mantissa.span.end..ten_span.start)?;
            let written = text.get(mantissa.span.clone())?;
            let times =
                matches!(between.trim_matches(is_space_like), "×" | "x" | "X" | "·" | "⋅" | "∙" | "*");
            (mantissa.kind == ValueKind::Number && times && written.ends_with(|c: char| c.is_ascii_digit()))
                .then(|| mantissa_of(&mantissa.key).map(|decimal| (before, decimal)))
                .flatten()
        });
        match product {
            Some((before, mantissa)) => {
                let start = values[before].span.start;
                let joined = figure(start..end, mantissa, power);
                let value = &mut values[before];
                value.span = joined.span;
                value.key = joined.key;
                value.display = joined.display;
                values.remove(at);
            }
            None => {
                let mut joined = figure(ten_span.start..end, Decimal::from_u64(1), power);
                joined.display = format!("10^{power}");
                values[at] = joined;
                at += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;
    use crate::values::extract;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|value| value.key).collect()
    }

    fn en(text: &str) -> Vec<String> {
        keys(text, Lang::En)
    }

    #[test]
    fn every_writing_of_a_figure_in_scientific_notation_is_one_figure() {
        for text in [
            "from 3.5E-4 kg/GJ",
            "from 3.5e-4 kg/GJ",
            "from 3,5E-4 kg/GJ",
            "from 3.5 × 10⁻⁴ kg/GJ",
            "from 3.5 x 10^-4 kg/GJ",
            "from 3,5·10⁻⁴ kg/GJ",
            "from 3.5 × 10^-4^ kg/GJ",
            "from 0.00035 kg/GJ",
        ] {
            assert_eq!(en(text), ["num:0.00035"], "{text}");
        }
        assert_eq!(
            keys("från 3,5 × 10⁻⁴ kg/GJ till 2,0 × 10⁻⁵ kg/GJ", Lang::Sv),
            ["num:0.00035", "num:0.00002"]
        );
        assert_eq!(keys("från 3,5E-4 till 2,0E-5", Lang::Sv), ["num:0.00035", "num:0.00002"]);
    }

    #[test]
    fn the_power_and_its_sign() {
        assert_eq!(en("1E-6 and 2.5E+3 and 1.2e3"), ["num:0.000001", "num:2500", "num:1200"]);
        assert_eq!(en("from 1.5 × 10⁹/l"), ["num:1500000000"]);
        assert_eq!(en("1,0 × 10¹² and 10⁻³"), ["num:1000000000000", "num:0.001"]);
        assert_eq!(en("3.1 × 10^-6^ Pa"), ["num:0.0000031"]);
        assert_eq!(en("6 × 10^11"), ["num:600000000000"]);
        assert_eq!(en("a bias of −7.4 × 10⁻³"), ["num:-0.0074"]);
        assert_eq!(en("a factor of -1.5E-2"), ["num:-0.015"]);
    }

    #[test]
    fn a_changed_mantissa_or_power_is_another_figure() {
        assert_ne!(en("2.0E-5"), en("2.0E-4"));
        assert_ne!(en("2,0 × 10⁻⁵"), en("2,0 × 10⁻⁴"));
        assert_ne!(en("2.0E-5"), en("2.5E-5"));
        assert_ne!(en("10<sup>2</sup>"), en("10<sup>3</sup>"));
        // Each is one figure, so the check pairs them as one changed figure.
        assert_eq!(en("2.0E-4").len(), 1);
    }

    #[test]
    fn codes_and_names_are_no_figures() {
        // A code of letters and figures, a hexadecimal name, an `E` with no power.
        assert_eq!(en("PM2.5 and PM2.5E"), ["code:PM2.5"]);
        assert_eq!(en("the 5E class"), ["code:5E"]);
        assert_eq!(en("hash 9e62 here"), Vec::<String>::new());
        assert_eq!(en("type 1E6 cells"), ["code:1E6"]);
        assert_eq!(en("1E-2-3"), ["id:1E-2-3"]);
        assert!(!en("AB-1.5E-3").iter().any(|key| key == "num:-0.0015" || key == "num:0.0015"));
        // A power of more digits than the key writes out is none.
        assert!(!en("1E-300").iter().any(|key| key.starts_with("num:0.0")));
    }

    #[test]
    fn a_superscript_after_another_figure_is_no_power() {
        assert_eq!(en("20 m²"), ["num:20"]);
        assert_eq!(en("5 × 10 m"), ["num:5", "num:10"]);
    }
}
