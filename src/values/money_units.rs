//! The unit of the amounts of a table or a column, named without an amount: `(EUR million)`,
//! `(€ million)`, `EUR million (to three decimal places)`, `amounts in EUR billion`, `(miljoner euro)`,
//! `Miljoner euro (avrundat till tre decimaler)`. A column in millions in one version and in
//! billions in the other scales every figure of it, so the unit is a value, `unit:EUR:6`.
//!
//! The phrase counts only where it names a unit: at the start of a block, after an opening
//! bracket, or after `in` / `i`; anywhere else it ends an amount (`3 miljoner euro`), which
//! the number reader reads, or stands in prose (`several million euro`).

use std::sync::LazyLock;

use super::{Lower, Value, ValueKind};
use crate::text::Lang;

/// The phrases of one language, lower case, longest first, with the power of ten they name.
fn phrases(lang: Lang) -> &'static [(&'static str, u8)] {
    match lang {
        Lang::En => &[
            ("eur thousands", 3),
            ("eur millions", 6),
            ("eur billions", 9),
            ("eur thousand", 3),
            ("eur million", 6),
            ("eur billion", 9),
            ("thousand eur", 3),
            ("million eur", 6),
            ("billion eur", 9),
            ("eur '000", 3),
            ("eur mn", 6),
            ("eur bn", 9),
            ("eur m", 6),
            ("€ thousands", 3),
            ("€ millions", 6),
            ("€ billions", 9),
            ("€ thousand", 3),
            ("€ million", 6),
            ("€ billion", 9),
            ("million €", 6),
            ("billion €", 9),
            ("€ '000", 3),
            ("€ mn", 6),
            ("€mn", 6),
            ("€ bn", 9),
            ("€bn", 9),
            ("€ m", 6),
            ("€m", 6),
        ],
        Lang::Sv => &[
            ("miljarder euro", 9),
            ("miljoner euro", 6),
            ("miljarder eur", 9),
            ("miljoner eur", 6),
            ("tusen euro", 3),
            ("milj. euro", 6),
            ("mdr euro", 9),
            ("tusen eur", 3),
            ("mn euro", 6),
            ("md euro", 9),
            ("miljarder €", 9),
            ("miljoner €", 6),
            ("tusen €", 3),
        ],
    }
}

/// The words after which a phrase names a unit (`in EUR million`, `i miljoner euro`).
fn lead_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["in"],
        Lang::Sv => &["i"],
    }
}

/// The sign of the euro, which a phrase may hold instead of `eur`.
const EURO_SIGN: &str = "€";

/// A phrase, the power of ten it names, where `eur` or the euro sign stands in it, and
/// whether it is the sign.
type Placed = (&'static str, u8, usize, bool);

/// Each language's phrases with where `eur` or `€` stands in them.
static PLACED: LazyLock<[Vec<Placed>; 2]> = LazyLock::new(|| {
    [Lang::En, Lang::Sv].map(|lang| {
        phrases(lang)
            .iter()
            .map(|&(phrase, power)| match phrase.find(EURO_SIGN) {
                Some(offset) => (phrase, power, offset, true),
                None => (phrase, power, phrase.find("eur").unwrap_or(0), false),
            })
            .collect()
    })
});

/// Finds the units of amounts named without an amount in `text`: from each `eur` or `EUR`
/// that ends a word or starts `euro`, and each `€` (every phrase holds one so), back to where
/// a phrase holding it there would start.
pub(crate) fn find(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let word_byte = |at: usize| bytes.get(at).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    let placed = &PLACED[usize::from(lang == Lang::Sv)];
    let mut found: Vec<(usize, usize, u8)> = Vec::new();
    let mut try_phrases = |hit: usize, sign: bool| {
        for &(phrase, power, offset, _) in placed.iter().filter(|placed| placed.3 == sign) {
            let Some(start) = hit.checked_sub(offset) else { continue };
            let end = start + phrase.len();
            let matches =
                bytes.get(start..end).is_some_and(|word| word.eq_ignore_ascii_case(phrase.as_bytes()));
            if matches && !(start > 0 && word_byte(start - 1)) && !word_byte(end) {
                found.push((start, end, power));
                break;
            }
        }
    };
    // One search of the lower-cased text finds both forms, `eur` and `EUR`.
    let eur = finder!(b"eur");
    let hits = if lower.pairs().may_hold(eur.needle()) { lower.as_str().as_bytes() } else { &[] };
    for hit in crate::text::find_all(eur, hits) {
        if !matches!(bytes.get(hit..hit + 3), Some(b"eur" | b"EUR")) {
            continue;
        }
        // `europeiska`, `European`: no unit.
        let after = hit + 3;
        let ends_word = !word_byte(after) || bytes.get(after) == Some(&b'o') && !word_byte(after + 1);
        if ends_word {
            try_phrases(hit, false);
        }
    }
    let sign = finder!(EURO_SIGN.as_bytes());
    let hits = if lower.pairs().may_hold(sign.needle()) { bytes } else { &[] };
    for hit in crate::text::find_all(sign, hits) {
        try_phrases(hit, true);
    }
    found.sort_unstable();
    found.dedup_by_key(|(start, ..)| *start);
    for (start, end, power) in found {
        if names_a_unit(text, start, lang) {
            out.push(Value::new(
                ValueKind::Number,
                start..end,
                format!("unit:EUR:{power}"),
                format!("EUR 10^{power}"),
            ));
        }
    }
    other_currencies(text, lang, lower, out);
    if memchr::memchr(b'(', bytes).is_some() {
        bracketed_scales(text, lang, out);
    }
}

/// The phrases of a unit in another currency than the euro, lower case, with the power of
/// ten and the currency's code: a column in millions of dollars where the original's is in
/// millions of euro is a changed unit. Kronor are left to [`bracketed_scales`]: `kronor`
/// alone is any krona, which the original names by its code.
fn other_phrases(lang: Lang) -> &'static [(&'static str, u8, &'static str)] {
    match lang {
        Lang::En => &[
            ("usd thousand", 3, "USD"),
            ("usd million", 6, "USD"),
            ("usd billion", 9, "USD"),
            ("usd millions", 6, "USD"),
            ("usd billions", 9, "USD"),
            ("million usd", 6, "USD"),
            ("billion usd", 9, "USD"),
            ("$ million", 6, "USD"),
            ("$ billion", 9, "USD"),
            ("gbp million", 6, "GBP"),
            ("gbp billion", 9, "GBP"),
            ("£ million", 6, "GBP"),
            ("£ billion", 9, "GBP"),
        ],
        Lang::Sv => &[
            ("tusen dollar", 3, "USD"),
            ("miljoner dollar", 6, "USD"),
            ("miljarder dollar", 9, "USD"),
            ("miljoner usd", 6, "USD"),
            ("miljarder usd", 9, "USD"),
            ("miljoner amerikanska dollar", 6, "USD"),
            ("miljarder amerikanska dollar", 9, "USD"),
            ("miljoner pund", 6, "GBP"),
            ("miljarder pund", 9, "GBP"),
            ("miljoner gbp", 6, "GBP"),
        ],
    }
}

/// Reads the units of [`other_phrases`] where they name a unit ([`names_a_unit`]).
fn other_currencies(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let word_byte = |at: usize| bytes.get(at).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    // Most texts name none of these currencies: the byte triples of the text tell it, and the
    // signs are single bytes or a pair.
    let marks: [&[u8]; 4] = [b"usd", b"dollar", b"gbp", b"pund"];
    let any = marks.iter().any(|mark| lower.pairs().may_hold(mark))
        || memchr::memchr(b'$', bytes).is_some()
        || memchr::memmem::find(bytes, "£".as_bytes()).is_some();
    if !any {
        return;
    }
    let haystack = lower.as_str().as_bytes();
    for &(phrase, power, code) in other_phrases(lang) {
        for start in memchr::memmem::find_iter(haystack, phrase.as_bytes()) {
            let end = start + phrase.len();
            if start > 0 && word_byte(start - 1) || word_byte(end) || !names_a_unit(text, start, lang) {
                continue;
            }
            if out.iter().any(|value| value.span.start < end && start < value.span.end) {
                continue;
            }
            out.push(Value::new(
                ValueKind::Number,
                start..end,
                format!("unit:{code}:{power}"),
                format!("{code} 10^{power}"),
            ));
        }
    }
}

/// The words of a scale a column or a figure may be given in, lower case, with the power of
/// ten they name.
fn scale_words(lang: Lang) -> &'static [(&'static str, u8)] {
    match lang {
        Lang::En => &[
            ("thousands", 3),
            ("thousand", 3),
            ("millions", 6),
            ("million", 6),
            ("billions", 9),
            ("billion", 9),
            ("'000", 3),
        ],
        Lang::Sv => {
            &[("tusental", 3), ("tusen", 3), ("miljoner", 6), ("milj.", 6), ("miljarder", 9), ("mdr", 9)]
        }
    }
}

/// A scale named alone in brackets, a column's heading (`(millions)`, `(miljoner, kumulativt)`,
/// `(miljoner kronor)`, `(SEK million)`, `(in thousands)`): an optional `scale:6`, the same as
/// a unit of euros of that scale (`(EUR million)`), so that `miljoner` for `billions` is a
/// changed scale. The scale may have a currency word on either side, then the bracket closes
/// or a comma follows. Phrases the euro reader took are left to it.
fn bracketed_scales(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken = out.len();
    let word_end = |at: usize| {
        at + bytes.get(at..).map_or(0, |rest| {
            rest.iter()
                .take_while(|b| b.is_ascii_alphabetic() || **b == b'.' || **b == b'\'' || b.is_ascii_digit())
                .count()
        })
    };
    let scale_at = |at: usize| {
        let end = word_end(at);
        let word = text.get(at..end)?;
        scale_words(lang)
            .iter()
            .find(|(scale, _)| word.eq_ignore_ascii_case(scale))
            .map(|&(_, power)| (end, power))
    };
    let currency_at = |at: usize| {
        let end = word_end(at);
        let word = text.get(at..end)?;
        let letters = word.bytes().all(|b| b.is_ascii_alphabetic());
        (letters && (3..=6).contains(&word.len()) && scale_at(at).is_none()).then_some(end)
    };
    for open in memchr::memchr_iter(b'(', bytes) {
        let mut at = open + 1;
        for lead in ["in ", "i "] {
            if bytes.get(at..at + lead.len()).is_some_and(|word| word.eq_ignore_ascii_case(lead.as_bytes())) {
                at += lead.len();
            }
        }
        let start = at;
        // A currency before the scale (`SEK million`) or after it (`miljoner kronor`).
        let (end, power) = match scale_at(at) {
            Some((end, power)) => match bytes.get(end) {
                Some(b' ') => match currency_at(end + 1) {
                    Some(currency_end) => (currency_end, power),
                    None => continue,
                },
                _ => (end, power),
            },
            None => {
                let Some(currency_end) = currency_at(at).filter(|&e| bytes.get(e) == Some(&b' ')) else {
                    continue;
                };
                let Some((end, power)) = scale_at(currency_end + 1) else { continue };
                (end, power)
            }
        };
        if !matches!(bytes.get(end), Some(b')' | b','))
            || out[..taken].iter().any(|v| v.span.start < end && start < v.span.end)
        {
            continue;
        }
        let mut value =
            Value::new(ValueKind::Number, start..end, format!("scale:{power}"), format!("10^{power}"));
        value.optional = true;
        out.push(value);
    }
}

/// Whether the phrase at `at` stands where a unit is named: the start of the text, after an
/// opening bracket, or after a lead word.
fn names_a_unit(text: &str, at: usize, lang: Lang) -> bool {
    let head = text.get(..at).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    if head.trim_start_matches(['*', '_', ' ']).is_empty() || head.ends_with('(') {
        return true;
    }
    lead_words(lang).iter().any(|word| {
        head.len() > word.len()
            && head.get(head.len() - word.len()..).is_some_and(|last| last.eq_ignore_ascii_case(word))
            && head.get(..head.len() - word.len()).is_some_and(|before| before.ends_with([' ', '(']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        crate::values::tests::keys_found_in(
            |text, lang, out| find(text, lang, &Lower::new(text), out),
            text,
            lang,
        )
    }

    #[test]
    fn units_of_tables_and_columns() {
        assert_eq!(keys("Payments (EUR million)", Lang::En), ["unit:EUR:6"]);
        for (text, lang) in [
            ("People (millions, cumulative)", Lang::En),
            ("Budget (SEK million)", Lang::En),
            ("Budget (miljoner kronor)", Lang::Sv),
            ("Personer (miljoner)", Lang::Sv),
            ("Figures (in millions)", Lang::En),
        ] {
            assert_eq!(keys(text, lang), ["scale:6"], "{text}");
        }
        assert_eq!(keys("Antal (miljarder, löpande priser)", Lang::Sv), ["scale:9"]);
        // A scale in prose or after a figure is none.
        for text in ["(a million people came)", "(3 million)", "million (see above)"] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
        }
        assert_eq!(keys("Utbetalningar (miljoner euro)", Lang::Sv), ["unit:EUR:6"]);
        assert_eq!(keys("EUR million (to three decimal places)", Lang::En), ["unit:EUR:6"]);
        assert_eq!(keys("Miljoner euro (avrundat till tre decimaler)", Lang::Sv), ["unit:EUR:6"]);
        assert_eq!(keys("All amounts are in EUR billion.", Lang::En), ["unit:EUR:9"]);
        assert_eq!(keys("rates and volumes in EUR billions", Lang::En), ["unit:EUR:9"]);
        assert_eq!(keys("(€ millions)", Lang::En), ["unit:EUR:6"]);
        // Other currencies than the euro, but kronor.
        assert_eq!(keys("varav unionen (miljoner dollar)", Lang::Sv), ["unit:USD:6"]);
        assert_eq!(keys("of which Union (USD million)", Lang::En), ["unit:USD:6"]);
        assert_eq!(keys("Amounts in $ billion", Lang::En), ["unit:USD:9"]);
        assert!(keys("3 miljoner dollar", Lang::Sv).is_empty());
        assert_eq!(keys("Alla belopp anges i miljarder euro.", Lang::Sv), ["unit:EUR:9"]);
        assert_eq!(keys("**Table 2 (in EUR million)**", Lang::En), ["unit:EUR:6"]);
        // The euro sign names the unit as `EUR` does.
        assert_eq!(keys("GERD 2024 (€ million)", Lang::En), ["unit:EUR:6"]);
        assert_eq!(keys("GERD 2024 (miljoner euro)", Lang::Sv), ["unit:EUR:6"]);
        assert_eq!(keys("Budget (€bn)", Lang::En), ["unit:EUR:9"]);
        assert_eq!(keys("All amounts are in € thousand.", Lang::En), ["unit:EUR:3"]);
        assert_eq!(keys("Belopp (miljoner €)", Lang::Sv), ["unit:EUR:6"]);
    }

    #[test]
    fn amounts_and_prose_are_no_units() {
        for (text, lang) in [
            ("EUR 3 million", Lang::En),
            ("3 miljoner euro", Lang::Sv),
            ("flera miljoner euro", Lang::Sv),
            ("several million euro", Lang::En),
            ("(3 miljoner euro)", Lang::Sv),
            ("the EURm figure", Lang::En),
            ("i 2 miljoner euro", Lang::Sv),
            ("€ 3 million", Lang::En),
            ("(€3 million)", Lang::En),
            ("(3 million €)", Lang::En),
            ("the €multi fund", Lang::En),
        ] {
            assert!(keys(text, lang).is_empty(), "{text}: {:?}", keys(text, lang));
        }
    }
}
