//! The figures and signs of a formula written in the text (`s1 = 31/365 = 0,08493`, `(1 + X)^−l/12`,
//! `1 ≤ k ≤ m`), which a translation copies as written: a fraction of a formula, of figures
//! or of a symbol over a figure, and a relation between two symbols. The number readers
//! leave a slash between figures to acts and identifiers (`2024/1351`, `C-527/16`, `8977/26 +
//! ADD 1`), and a sign between letters is no figure; inside a formula both are its content,
//! and a changed figure or sign (`30/365` for `31/365`, `k < m` for `k ≤ m`) is a changed
//! formula.

use super::{Value, ValueKind, char_at, char_before, is_space_like};

/// The most digits of either part of a fraction of a formula (`17/365`).
const MAX_FRACTION_DIGITS: usize = 4;

/// The signs of relation between the sides of a formula.
const RELATIONS: [char; 5] = ['=', '≤', '≥', '<', '>'];

/// The signs of relation between two symbols that a relation value is read for: not `=`,
/// which also lists what a symbol stands for (`W = specimens taken from the wild`).
const INEQUALITIES: [char; 5] = ['≤', '≥', '<', '>', '≠'];

/// The signs of arithmetic between the terms of a formula (not the hyphen, which joins a
/// compound, `1/3-regeln`).
const OPERATIONS: [char; 5] = ['+', '−', '×', '·', '÷'];

/// The most characters of a symbol of a formula (`k`, `m′`, `Ct` of `C<sub>t</sub>`, `LV`),
/// primes aside: a longer word is a word of the text.
const MAX_SYMBOL_CHARS: usize = 3;

/// Pushes onto `out` the fractions and the relations between symbols of the formulas of
/// `text`. Each reader is gated by a byte it needs: a slash, or a sign of inequality (`<`,
/// `>`, or the middle byte `0x89` of `≤`, `≥`, `≠`).
pub(crate) fn find(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    if memchr::memchr(b'/', bytes).is_some() {
        fractions(text, out);
    }
    if memchr::memchr3(b'<', b'>', 0x89, bytes).is_some() {
        relations(text, out);
    }
}

/// A fraction in a formula: figures over figures (`31/365`, `17/365`, `1/12`), or a symbol of
/// one letter over figures (`l/52`, the exponent `−l/12`), where a sign of relation stands right
/// before or after it (`s1 = 31/365 = 0,08493`, `1/12 = 0,08333`, `≥ 1/10`), a caret before it
/// (an exponent, `(1 + X)^−l/12`), or signs of arithmetic on both sides (`1 + 17/365 − 2`).
/// The key is the fraction as written (`frac:31/365`, `frac:l/52`), not reduced: a formula
/// gives its terms as they are counted (days of a year). Not glued to letters, other figures,
/// slashes or decimals (`C-527/16`, `2024/1351/EU`, `1/2.5`), and a number after a slash
/// alone is an act's or a document's (`8977/26 + ADD 1`).
fn fractions(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let digits_before = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let (start, numerator) = if digits_before > 0 {
            if digits_before > MAX_FRACTION_DIGITS {
                continue;
            }
            (slash - digits_before, &text[slash - digits_before..slash])
        } else {
            // One letter alone: a symbol (`l`, `X`), not the end of a word or a unit (`km/h`).
            let Some(letter) = char_before(text, slash).filter(|c| c.is_alphabetic()) else { continue };
            let start = slash - letter.len_utf8();
            if char_before(text, start).is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            (start, &text[start..slash])
        };
        let over = slash + 1;
        let denominator_digits = bytes[over..].iter().take_while(|b| b.is_ascii_digit()).count();
        if denominator_digits == 0 || denominator_digits > MAX_FRACTION_DIGITS {
            continue;
        }
        let end = over + denominator_digits;
        let glued_before = char_before(text, start)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ',' | '-' | '_' | '–'));
        let after = char_at(text, end);
        let glued_after = after.is_some_and(|c| c.is_alphanumeric() || c == '/')
            || matches!(after, Some('.' | ',')) && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit());
        if glued_before || glued_after || !in_formula(text, start, end) {
            continue;
        }
        let denominator = &text[over..end];
        out.push(Value::new(
            ValueKind::Number,
            start..end,
            format!("frac:{numerator}/{denominator}"),
            format!("{numerator}/{denominator}"),
        ));
    }
}

/// Whether the term from `start` to `end` stands in a formula: a sign of relation right before
/// or after it, a caret before it with or without a minus (an exponent), or signs of
/// arithmetic on both sides.
fn in_formula(text: &str, start: usize, end: usize) -> bool {
    let head = text.get(..start).unwrap_or("").trim_end_matches(is_space_like);
    let tail = text.get(end..).unwrap_or("").trim_start_matches(is_space_like);
    let exponent = head.trim_end_matches(['-', '−']).ends_with('^');
    let related = head.ends_with(RELATIONS) || tail.starts_with(RELATIONS);
    let operated = head.ends_with(OPERATIONS) && tail.starts_with(OPERATIONS);
    exponent || related || operated
}

/// A relation between two symbols of a formula (`k ≤ m`, `N > LV`): a sign of inequality
/// between two symbols of at most [`MAX_SYMBOL_CHARS`] letters and digits, the first a letter,
/// primes after them (`m′`), one value `rel:k≤m` whose changed sign or symbol is a changed
/// formula. A figure's relation is its bound instead (`≤ 5`), and a symbol after a figure is
/// its unit (`5 m < d`).
fn relations(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for found in memchr::memchr3_iter(b'<', b'>', 0x89, bytes) {
        // `≤`, `≥` and `≠` are three bytes, `0x89` the middle one.
        let at = if bytes[found] == 0x89 { found.saturating_sub(1) } else { found };
        let Some(sign) = char_at(text, at).filter(|c| INEQUALITIES.contains(c)) else { continue };
        let head = text[..at].trim_end_matches(is_space_like);
        let tail_at = at + sign.len_utf8();
        let tail = text[tail_at..].trim_start_matches(is_space_like);
        let (Some(left), Some(right)) = (symbol_before(head), symbol_after(tail)) else { continue };
        let start = head.len() - left.len();
        // A symbol after a figure is its unit (`5 m < d`).
        if text[..start].trim_end_matches(is_space_like).ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let end = text.len() - tail.len() + right.len();
        let Some(written) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Number, start..end, format!("rel:{left}{sign}{right}"), written));
    }
}

/// Whether `c` is a prime after a symbol (`m′`, `x''`).
fn is_prime(c: char) -> bool {
    matches!(c, '′' | '″' | '\'')
}

/// The symbol that ends `head`, with its primes, if it is one (see [`relations`]).
fn symbol_before(head: &str) -> Option<&str> {
    let body = head.trim_end_matches(is_prime);
    let start =
        body.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map(|(at, _)| at)?;
    let symbol = &body[start..];
    let alone =
        !char_before(head, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'));
    (symbol.starts_with(char::is_alphabetic) && symbol.chars().count() <= MAX_SYMBOL_CHARS && alone)
        .then(|| &head[start..])
}

/// The symbol that starts `tail`, with its primes, if it is one (see [`relations`]).
fn symbol_after(tail: &str) -> Option<&str> {
    if !tail.starts_with(char::is_alphabetic) {
        return None;
    }
    let body = tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len());
    let end = body + tail[body..].find(|c: char| !is_prime(c)).unwrap_or(tail.len() - body);
    let next = char_at(tail, end);
    let alone = !next.is_some_and(|c| {
        matches!(c, '-' | '.' | '_' | '(') && char_at(tail, end + 1).is_some_and(char::is_alphanumeric)
    });
    (tail[..body].chars().count() <= MAX_SYMBOL_CHARS && alone).then(|| &tail[..end])
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        crate::values::extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    fn formula_keys(text: &str, lang: Lang) -> Vec<String> {
        keys(text, lang).into_iter().filter(|k| k.starts_with("frac:") || k.starts_with("rel:")).collect()
    }

    #[test]
    fn fractions_of_a_formula_are_read_as_written() {
        assert_eq!(
            formula_keys("(s1 = 31/365 = 0,08493 instead of 1/12 = 0,08333)", Lang::En),
            ["frac:31/365", "frac:1/12"]
        );
        assert_eq!(formula_keys("s1 = 1/12 + 17/365 = 0,12991 och", Lang::Sv), ["frac:1/12", "frac:17/365"]);
        // A symbol over a figure, after a sign of relation or as an exponent.
        assert_eq!(formula_keys("Med sl = l/52 blir den effektiva räntan", Lang::Sv), ["frac:l/52"]);
        assert_eq!(formula_keys("With sl = l/52, the APR", Lang::En), ["frac:l/52"]);
        assert_eq!(formula_keys("130,41(1 + X)^−l/12 + 130,44", Lang::En), ["frac:l/12"]);
        // Terms between signs of arithmetic.
        assert_eq!(formula_keys("a + 17/365 − b", Lang::En), ["frac:17/365"]);
    }

    #[test]
    fn a_changed_term_of_a_formula_is_a_changed_fraction() {
        assert_ne!(
            formula_keys("s1 = 31/365 = 0,08493", Lang::En),
            formula_keys("s1 = 30/365 = 0,08493", Lang::Sv)
        );
        assert_ne!(formula_keys("(1 + X)^−l/12", Lang::En), formula_keys("(1 + X)^−l/52", Lang::Sv));
    }

    #[test]
    fn slashed_numbers_outside_a_formula_are_no_fractions_of_one() {
        for text in [
            "Council document 8977/26 + ADD 1",
            "ST 6104/26 + ADD 1",
            "Case C-527/16 = the judgment",
            "Regulation (EU) 2024/1351 of",
            "a consumption of 5 l/100 km",
            "at 30 km/h = 8,3 m/s",
            "the ratio 31/365 of the days",
        ] {
            assert!(
                formula_keys(text, Lang::En).iter().all(|k| !k.starts_with("frac:") || k == "frac:1/100"),
                "{text}: {:?}",
                formula_keys(text, Lang::En)
            );
        }
    }

    #[test]
    fn relations_between_symbols() {
        assert_eq!(formula_keys("a drawdown, thus 1 ≤ k ≤ m;", Lang::En), ["rel:k≤m"]);
        assert_eq!(formula_keys("alltså 1 ≤ k ≤ m,", Lang::Sv), ["rel:k≤m"]);
        assert_eq!(formula_keys("| B | LV − 3 < N ≤ LV |", Lang::En), ["rel:N≤LV"]);
        assert_eq!(formula_keys("where m′ > n and x ≠ y", Lang::En), ["rel:m′>n", "rel:x≠y"]);
        assert_ne!(formula_keys("1 ≤ k ≤ m", Lang::En), formula_keys("1 ≤ k < m", Lang::Sv));
        // A figure's bound, a unit after a figure and words are none.
        for text in ["p ≤ 0.05", "5 m < d", "C ≥ 0,1 %", "the value of > 5", "Regulation < something"] {
            assert_eq!(formula_keys(text, Lang::En), Vec::<String>::new(), "{text}");
        }
    }
}
