//! Figures that a notation around them makes something other than a bare count, read after the
//! figures themselves: the E number of a food additive (`E 150a`), a day counted from a
//! reference day (`D−35`, `D+30`) and an angle's degree sign (`10°`). Each notation is the
//! same in English and Swedish, so the value is compared as written.

use super::{Value, ValueKind, char_at, char_before};

/// The lowest and highest E numbers of the Union's list of food additives (`E 100`, curcumin,
/// to `E 1521`, polyethylene glycol).
const ADDITIVE_NUMBERS: std::ops::RangeInclusive<u32> = 100..=1521;

/// Reads the notations of the module over the values already found in `text`.
pub(crate) fn read(text: &str, values: &mut [Value]) {
    for value in
        values.iter_mut().filter(|value| value.kind == ValueKind::Number || value.key.starts_with("code:E"))
    {
        if let Some(additive) = food_additive(text, value) {
            *value = additive;
        } else if let Some(day) = relative_day(text, value) {
            *value = day;
        } else if value.detail.is_none()
            && value.key.starts_with("num:")
            && angle_follows(text, value.span.end)
        {
            value.detail = Some(DEGREE.to_string());
        }
    }
}

/// The unit of a figure that a degree sign alone follows: an angle's degrees.
const DEGREE: &str = "°";

/// The E number of a food additive that `value` is part of (`E 150a`, `E 330`, `E 160a(iv)`,
/// `E160b`): `E` before a number of the list (see [`ADDITIVE_NUMBERS`]) with its letter and
/// its bracketed Roman sub-number, an identifier compared letter for letter
/// (`additive:E150a`), as plain caramel `E 150a` is no sulphite ammonia caramel `E 150d`.
fn food_additive(text: &str, value: &Value) -> Option<Value> {
    let written = text.get(value.span.clone())?;
    // `E160b` read whole as a code, or `150a`, `330` after `E `.
    let (start, number) = match written.strip_prefix('E') {
        Some(number) => (value.span.start, number),
        None => {
            let head = text.get(..value.span.start)?;
            let head = head.strip_suffix([' ', '\u{a0}']).unwrap_or(head);
            let e = head.strip_suffix('E')?;
            (e.len(), written)
        }
    };
    if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.') {
        return None;
    }
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let letter = &number[digits..];
    if !(3..=4).contains(&digits)
        || !ADDITIVE_NUMBERS.contains(&number[..digits].parse::<u32>().ok()?)
        || !(letter.is_empty() || letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return None;
    }
    // A bracketed Roman sub-number right after (`E 160a(iv)`).
    let mut end = value.span.end;
    let rest = text.get(end..).unwrap_or("");
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && (1..=4).contains(&close)
        && inner[..close].bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
    {
        end += close + 2;
    }
    if char_at(text, end).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let code: String = text.get(start..end)?.chars().filter(|c| !c.is_whitespace()).collect();
    Some(Value::new(ValueKind::Number, start..end, format!("additive:{code}"), text.get(start..end)?))
}

/// A day counted from a reference day named `D` (`D−35`, `D+30`, `D+1`: 35 days before the
/// day of the opinion, 30 days after it) that `value`, the count after the sign, is part of:
/// `dday:-35`, so that a sign turned (`D+35` for `D−35`) is a changed day.
fn relative_day(text: &str, value: &Value) -> Option<Value> {
    let figure = value.key.strip_prefix("num:")?;
    if !figure.bytes().all(|b| b.is_ascii_digit()) || figure.len() > 3 {
        return None;
    }
    let sign = char_before(text, value.span.start)?;
    let minus = match sign {
        '+' => false,
        '-' | '−' | '–' => true,
        _ => return None,
    };
    let sign_start = value.span.start - sign.len_utf8();
    if char_before(text, sign_start) != Some('D') {
        return None;
    }
    let start = sign_start - 1;
    if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
        || char_at(text, value.span.end).is_some_and(|c| c.is_alphanumeric() || c == '%')
    {
        return None;
    }
    let key = format!("dday:{}{figure}", if minus { '-' } else { '+' });
    Some(Value::new(ValueKind::Number, start..value.span.end, key, text.get(start..value.span.end)?))
}

/// Whether a degree sign alone follows a figure that ends at `end` (`10°`, `45 °`): the
/// degrees of an angle, where no scale of temperature follows (`20 °C`, `20° C`) nor another
/// scale's letters glued to the sign (`°Brix`, `°dH`).
fn angle_follows(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.strip_prefix([' ', '\u{a0}', '\u{202f}']).unwrap_or(rest);
    let Some(after) = rest.strip_prefix('°') else { return false };
    if after.starts_with(char::is_alphanumeric) {
        return false;
    }
    let scale = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let mut chars = scale.chars();
    !matches!(chars.next(), Some('C' | 'F' | 'K')) || chars.next().is_some_and(char::is_alphanumeric)
}

/// The label of a point of a category that fills a table row's first cell alone (`| A.7(a) |`
/// = `| A.7 a |`, `| B.2 |`): a capital letter, a full stop and a number, then a lettered
/// point in brackets or after a space, as an annex's list numbers its rows. One value,
/// `entry:A.7(a)`, in place of the figure read inside it, so that `A.7 b` for `A.7(a)` is
/// another row of the list and not the same `7`.
pub(crate) fn row_labels(text: &str, values: &mut Vec<Value>) {
    let mut line_start = 0;
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        let mut cells = super::row_cells(line).filter(|(_, cell)| !cell.trim().is_empty());
        let Some((start, cell)) = cells.next() else { continue };
        if cells.next().is_none() {
            continue;
        }
        let lead = cell.len() - cell.trim_start().len();
        let written = cell.trim();
        let Some(body) = point_label(written) else { continue };
        let span = at + start + lead..at + start + lead + written.len();
        values.retain(|value| !(span.contains(&value.span.start) && value.kind == ValueKind::Number));
        let index = values.partition_point(|value| value.span.start < span.start);
        values.insert(index, Value::new(ValueKind::Legal, span, format!("entry:{body}"), written));
    }
}

/// The key's body of a row's point label written as `written` (`A.7(a)`, `A.7 a` → `A.7(a)`;
/// `B.12` → `B.12`), none where it is anything else.
fn point_label(written: &str) -> Option<String> {
    let bytes = written.as_bytes();
    if bytes.len() < 3 || !bytes[0].is_ascii_uppercase() || bytes[1] != b'.' {
        return None;
    }
    let digits = bytes[2..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let (head, rest) = written.split_at(2 + digits);
    let letter = match rest.as_bytes() {
        [] => return Some(head.to_string()),
        [b'(', letter, b')'] | [b' ', letter] if letter.is_ascii_lowercase() => *letter as char,
        _ => return None,
    };
    Some(format!("{head}({letter})"))
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    fn keys(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        crate::values::extract(text, lang).into_iter().map(|value| (value.key, value.detail)).collect()
    }

    fn key(text: &str, lang: Lang) -> Vec<String> {
        keys(text, lang).into_iter().map(|(key, _)| key).collect()
    }

    #[test]
    fn the_e_number_of_a_food_additive() {
        assert_eq!(key("coloured with plain caramel (E 150a).", Lang::En), ["additive:E150a"]);
        assert_eq!(key("färgas med ren sockerkulör (E 150a).", Lang::Sv), ["additive:E150a"]);
        assert_eq!(
            key("citric acid (E 330) and lutein E 160a(iv) or E160b", Lang::En),
            ["additive:E330", "additive:E160a(iv)", "additive:E160b"]
        );
        // A changed letter is another additive.
        assert_ne!(key("(E 150d)", Lang::Sv), key("(E 150a)", Lang::En));
        // No E number: a figure out of the list, a letter glued before, a unit after.
        for text in ["point E 12", "TYPE 150", "E 99", "E 2000"] {
            assert!(key(text, Lang::En).iter().all(|key| !key.starts_with("additive:")), "{text}");
        }
    }

    #[test]
    fn a_day_counted_from_a_reference_day() {
        assert_eq!(key("to the JCA subgroup by D−35.", Lang::En), ["dday:-35"]);
        assert_eq!(key("| Godkännande av utkastet till rapport | D+25 |", Lang::Sv), ["dday:+25"]);
        assert_eq!(key("(D+1)", Lang::En), ["dday:+1"]);
        // A turned sign is another day.
        assert_ne!(key("senast D+35.", Lang::Sv), key("by D−35.", Lang::En));
        // No reference day: another letter, a code, a percentage.
        for text in ["ID-35", "CD+30", "D+30%", "PM-10", "D-35a"] {
            assert!(key(text, Lang::En).iter().all(|key| !key.starts_with("dday:")), "{text}");
        }
    }

    #[test]
    fn the_point_label_that_fills_a_row_s_first_cell() {
        let en = "| A.7(b) | Centre-fire semi-automatic long firearms | 17 |";
        let sv = "| A.7 b | Långa halvautomatiska skjutvapen | 17 |";
        assert_eq!(key(en, Lang::En), ["entry:A.7(b)", "num:17"]);
        assert_eq!(key(sv, Lang::Sv), key(en, Lang::En));
        assert_eq!(key("| A.6 | Automatiska skjutvapen | 9 |", Lang::Sv), ["entry:A.6", "num:9"]);
        // Another letter is another row of the list.
        assert_ne!(key(&sv.replace("A.7 b", "A.7 a"), Lang::Sv), key(en, Lang::En));
        // Not a label: in a later cell, with more words, of two letters, or alone in its row.
        for text in ["| Kategori | A.7 b |", "| A.7 b och c | x |", "| AB.7 | x |", "| A.7 b |", "A.7 b is"] {
            assert!(key(text, Lang::Sv).iter().all(|key| !key.starts_with("entry:A")), "{text}");
        }
    }

    #[test]
    fn the_degree_sign_of_an_angle() {
        let degree = Some("°".to_string());
        assert_eq!(
            keys("offset by at least 10° relative", Lang::En),
            [("num:10".to_string(), degree.clone())]
        );
        assert_eq!(keys("förskjutet minst 10 ° i förhållande", Lang::Sv)[0].1, degree);
        // A temperature's scale or another scale's letters after the sign are no angle.
        for text in ["at 20° C", "at 20 °C", "of 18 °Brix", "of 18°dH"] {
            assert!(keys(text, Lang::En).iter().all(|(_, unit)| unit.as_deref() != Some("°")), "{text}");
        }
    }
}
