//! Ranges with a bound written in words (`mellan tre och fem miljarder euro`, `between two
//! and 15 million`, `tre till fyra procent`): the two values the readers found, joined into
//! the range the digits would give (`EUR 3 to 5 billion` is `amount-range:EUR:3000000000..
//! 5000000000`). A scale word after the second bound covers the first (`tre och fem
//! miljarder`: three billion).

use super::tables::table;
use super::{Value, ValueKind, char_before, is_space_like, word_at};
use crate::text::Lang;

/// Joins every pair of neighbouring figures that a range word or a dash joins into a range,
/// when one of them is written in words (ranges in digits are read with their numbers).
pub(crate) fn join(text: &str, lang: Lang, values: &mut Vec<Value>) {
    one_as_lower_bound(text, lang, values);
    if values.len() < 2 {
        return;
    }
    let mut k = 0;
    while k + 1 < values.len() {
        if let Some(range) = range(text, lang, &values[k], &values[k + 1]) {
            values[k] = range;
            values.remove(k + 1);
        }
        k += 1;
    }
}

/// A range whose lower bound is one written as the word that is also the article (`mellan
/// ett och 16 år`, `between one and 16 years`), which the readers of figures leave as no
/// figure: the word right after an opener that takes a list word (`mellan`, `between`) and
/// right before that list word and a figure in digits is 1. Elsewhere the word stays an
/// article (`mellan ett och samma land`, `ett av 16 länder`).
fn one_as_lower_bound(text: &str, lang: Lang, values: &mut [Value]) {
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    let trim = |head: &str| head.trim_end_matches(|c: char| c == ' ' || is_space_like(c)).len();
    // Where `word` ends `text[..end]` as a whole word, the start of that word.
    let ends_with_word = |end: usize, word: &str| -> Option<usize> {
        let start = end.checked_sub(word.len())?;
        (text.get(start..end)?.eq_ignore_ascii_case(word)
            && !char_before(text, start).is_some_and(char::is_alphanumeric))
        .then_some(start)
    };
    for k in 0..values.len() {
        let second = &values[k];
        if second.kind != ValueKind::Number || !bytes.get(second.span.start).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let Some(head) = text.get(..second.span.start) else { continue };
        let joiner_end = trim(head);
        if joiner_end == head.len() {
            continue;
        }
        let found = lang_table.range_joiners.iter().find_map(|joiner| {
            let joiner_start = ends_with_word(joiner_end, joiner)?;
            let one_end = trim(text.get(..joiner_start)?);
            if one_end == joiner_start {
                return None;
            }
            let one_start = lang_table
                .one_words
                .iter()
                .filter(|one| one.len() > 1)
                .find_map(|one| ends_with_word(one_end, one))?;
            let opener_end = trim(text.get(..one_start)?);
            if opener_end == one_start {
                return None;
            }
            lang_table
                .list_joined_openers
                .iter()
                .any(|opener| ends_with_word(opener_end, opener).is_some())
                .then_some(one_start..one_end)
        });
        let Some(one) = found else { continue };
        if values[..k].iter().any(|v| v.span.end > one.start) {
            continue;
        }
        let first = Value::new(ValueKind::Number, one, "num:1", "1");
        if let Some(range) = range(text, lang, &first, &values[k]) {
            values[k] = range;
        }
    }
}

/// The range of `first` and `second`, if they make one.
fn range(text: &str, lang: Lang, first: &Value, second: &Value) -> Option<Value> {
    if first.kind != ValueKind::Number
        || second.kind != ValueKind::Number
        || first.optional && second.optional
    {
        return None;
    }
    let in_digits = |value: &Value| {
        text.get(value.span.clone()).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    };
    if in_digits(first) && in_digits(second) {
        return None;
    }
    let low = first.key.strip_prefix("num:")?;
    let (prefix, currency, high) = if let Some(high) = second.key.strip_prefix("num:") {
        ("num-range", None, high)
    } else if let Some(high) = second.key.strip_prefix("pct:") {
        ("pct-range", None, high)
    } else {
        let rest = second.key.strip_prefix("amount:")?;
        let (code, high) = rest.split_once(':')?;
        ("amount-range", Some(code), high)
    };
    let (low_n, high_n) = (low.parse::<f64>().ok()?, high.parse::<f64>().ok()?);
    // The scale word of the second bound covers the first: the first times the largest power
    // of a thousand that keeps it below the second (`tre och fem miljarder`: 3 000 000 000).
    let mut scale = 0;
    if high_n >= 1e6 && low.bytes().all(|b| b.is_ascii_digit()) {
        while scale < 12 && low_n * 10f64.powi(scale + 3) <= high_n {
            scale += 3;
        }
    }
    if low_n * 10f64.powi(scale) >= high_n {
        return None;
    }
    let bare = joined(text, lang, first, second)?;
    // A bare `to`, `till` is also a level reached (`rose from 2023 to five million`): the
    // second bound must then be a percentage, an amount or a scaled figure.
    if bare && prefix == "num-range" && scale == 0 {
        return None;
    }
    let low = if scale > 0 { format!("{low}{}", "0".repeat(scale as usize)) } else { low.to_string() };
    let key = match currency {
        Some(code) => format!("{prefix}:{code}:{low}..{high}"),
        None => format!("{prefix}:{low}..{high}"),
    };
    let display = match (prefix, currency) {
        (_, Some(code)) => format!("{}–{} {code}", grouped(&low), grouped(high)),
        ("pct-range", _) => format!("{}–{} %", grouped(&low), grouped(high)),
        _ => format!("{}–{}", grouped(&low), grouped(high)),
    };
    Some(Value::new(ValueKind::Number, first.span.start..second.span.end, key, display))
}

/// Whether a dash or a range word joins `first` and `second`, and whether that word stands
/// bare, with no word opening the range before `first` (`between`, `mellan`).
fn joined(text: &str, lang: Lang, first: &Value, second: &Value) -> Option<bool> {
    let gap = text.get(first.span.end..second.span.start)?;
    let word = gap.trim_matches(|c: char| c == ' ' || is_space_like(c));
    if matches!(word, "-" | "\u{2013}") {
        return Some(false);
    }
    if word.len() == gap.len() {
        return None;
    }
    let lang_table = table(lang);
    if !lang_table.range_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word)) {
        return None;
    }
    let bytes = text.as_bytes();
    let head = text.get(..first.span.start)?.trim_end_matches(|c: char| c == ' ' || is_space_like(c));
    // A list word joins the bounds only after an opener that takes it (`between`, `mellan`);
    // `från` takes a range word alone.
    let bare = lang_table.range_bare_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word));
    let openers = if bare { lang_table.range_openers } else { lang_table.list_joined_openers };
    let opened = openers.iter().any(|opener| {
        head.len() >= opener.len()
            && word_at(bytes, head.len() - opener.len(), opener)
            && !char_before(text, head.len() - opener.len()).is_some_and(char::is_alphanumeric)
    });
    if opened {
        return Some(false);
    }
    bare.then_some(true)
}

/// Digits grouped by threes with spaces: `3000000000` as `3 000 000 000`.
fn grouped(digits: &str) -> String {
    let (integer, fraction) = digits.split_once('.').map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in integer.chars().enumerate() {
        if k > 0 && (integer.len() - k) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    use crate::values::tests::keys;

    #[test]
    fn ranges_in_words_read_as_in_digits() {
        let en = keys("a capital expenditure of EUR 3 to 5 billion", Lang::En);
        assert_eq!(en, ["amount-range:EUR:3000000000..5000000000"]);
        assert_eq!(keys("kapitalutgifter på mellan tre och fem miljarder euro", Lang::Sv), en);
        assert_eq!(keys("kapitalutgifter på tre till fem miljarder euro", Lang::Sv), en);
        assert_eq!(keys("between two and five per cent", Lang::En), keys("mellan 2 och 5 procent", Lang::Sv));
        assert_eq!(keys("mellan två och fyra", Lang::Sv), keys("between 2 and 4", Lang::En));
    }

    #[test]
    fn one_as_the_lower_bound_of_a_range() {
        assert_eq!(
            keys("till fängelse i mellan ett och 16 år", Lang::Sv),
            keys("to terms of between 1 and 16 years", Lang::En)
        );
        assert_eq!(keys("mellan en och 15 procent", Lang::Sv), keys("between 1 and 15 per cent", Lang::En));
        // Elsewhere the word is the article, no figure.
        let no_one = |text: &str| {
            let read = keys(text, Lang::Sv);
            assert!(!read.iter().any(|key| key.contains("range") || key == "num:1"), "{text}: {read:?}");
        };
        assert_eq!(keys("i ett av 16 länder", Lang::Sv), ["ratio:1/16"]);
        no_one("mellan ett land och 16 andra");
        no_one("ett och 16");
    }

    #[test]
    fn a_level_reached_is_no_range() {
        assert_eq!(keys("rose from 2023 to five", Lang::En).len(), 2);
        assert!(!keys("tre och fem", Lang::Sv).iter().any(|k| k.contains("range")));
        // `från` takes `till`: a list word after it joins two figures.
        assert!(!keys("från tre och fem", Lang::Sv).iter().any(|k| k.contains("range")));
        assert!(keys("från tre till fem", Lang::Sv).iter().any(|k| k.contains("range")));
    }
}
