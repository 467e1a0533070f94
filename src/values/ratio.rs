//! Proportions: `one in five`, `1 in 5`, `every third year` in English; `var femte`,
//! `en av fem`, `vart tredje år` in Swedish. Each is the ratio `ratio:1/5` or `ratio:1/3`;
//! a count of a count, `four in five`, `3 out of 4`, `fyra av fem`, is `ratio:4/5`, which the
//! check takes for the percentage it makes (`80%`).
//! Multiples written with a figure, `a 3-fold increase`, `en 3-faldig ökning`, are
//! `times:3`: optional, as the other version often says it in a verb (`tredubblats`).
//!
//! The number recognisers read the parts (`five` as 5, `femte` as the ordinal 5, `1` as
//! 1); this pass, run on the resolved values, joins them. The Swedish forms are ambiguous
//! (`en av fem` is also "one of five", `var femte` also "was fifth"), so the check stage
//! takes a ratio 1/N as the same figure as a plain N or an ordinal N on the other side.

use std::sync::LazyLock;

use super::{Pairs, Value, ValueKind, WordFinder, ends_with_words, starts_with_word};
use crate::text::Lang;

/// What may stand before a number for the pair to be a ratio.
struct Lead {
    /// Words before the number, lower case, with the spaces between them and after.
    words: &'static str,
    /// Whether the lead holds a `1` written in digits, which is a value of its own.
    digit_one: bool,
    /// The shapes of number it takes: a count (`num`), an ordinal (`ord`).
    shape: &'static str,
}

const EN: &[Lead] = &[
    Lead { words: "one in ", digit_one: false, shape: "num" },
    Lead { words: "1 in ", digit_one: true, shape: "num" },
    Lead { words: "one out of ", digit_one: false, shape: "num" },
    Lead { words: "1 out of ", digit_one: true, shape: "num" },
    Lead { words: "every ", digit_one: false, shape: "num" },
    Lead { words: "every ", digit_one: false, shape: "ord" },
];

const SV: &[Lead] = &[
    Lead { words: "var ", digit_one: false, shape: "ord" },
    Lead { words: "vart ", digit_one: false, shape: "ord" },
    Lead { words: "en av ", digit_one: false, shape: "num" },
    Lead { words: "ett av ", digit_one: false, shape: "num" },
    Lead { words: "1 av ", digit_one: true, shape: "num" },
    Lead { words: "en på ", digit_one: false, shape: "num" },
    Lead { words: "ett på ", digit_one: false, shape: "num" },
    Lead { words: "1 på ", digit_one: true, shape: "num" },
];

/// Rewrites the counts and ordinals of `values` (in text order) that follow a lead into
/// ratios, taking the lead into their span and dropping a digit `1` the lead holds.
pub(crate) fn join(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    let leads = match lang {
        Lang::En => EN,
        Lang::Sv => SV,
    };
    every_other(text, lang, pairs, values);
    halvings(text, lang, pairs, values);
    multiplying(text, lang, pairs, values);
    counting_adjectives(text, lang, pairs, values);
    if lang == Lang::En {
        adverbs(text, pairs, values);
        ordinal_before_anniversary(text, values);
    }
    once_per_period(text, lang, pairs, values);
    if !values.iter().any(|v| v.kind == ValueKind::Number) {
        return;
    }
    let suffixes: &[&str] = match lang {
        Lang::En => &["-fold"],
        Lang::Sv => &["-faldig", "-faldiga", "-faldigt"],
    };
    let mut drop_at = Vec::new();
    for index in 0..values.len() {
        let Some(value) = values.get(index) else { break };
        if value.kind != ValueKind::Number {
            continue;
        }
        let Some((shape, n)) = value.key.split_once(':') else { continue };
        // `one in three euros`: a count of the units of money, which a lead makes a ratio.
        let (shape, n, money) = match shape {
            "num" => ("num", n, false),
            "ord" => ("ord", n, false),
            "amount" => ("num", n.rsplit_once(':').map_or(n, |(_, figure)| figure), true),
            _ => continue,
        };
        if !n.bytes().all(|b| b.is_ascii_digit()) || n.is_empty() || n.starts_with('0') || n == "1" {
            continue;
        }
        let Ok(n) = n.parse::<u64>() else { continue };
        if shape == "num"
            && !money
            && let Some(after) = text.get(value.span.end..)
            && let Some(suffix) = suffixes.iter().find(|suffix| starts_with_word(after, suffix))
        {
            let end = value.span.end + suffix.len();
            // A fold change down is a division (`2-fold lower` is a half, `hälften så högt`).
            let next = text.get(end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
            let next = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let lowering = super::tables::table(lang).fold_lowering_words;
            let down = super::with_lowercase(next, |word| lowering.contains(&word));
            if let Some(value) = values.get_mut(index) {
                value.span.end = end;
                (value.key, value.display) = if down {
                    (format!("frac:1/{n}"), format!("1/{n}"))
                } else {
                    (format!("times:{n}"), format!("{n}×"))
                };
                value.optional = true;
            }
            continue;
        }
        // A count of a count (`four in five`, `3 out of 4`, `fyra av fem`): the ratio N/M.
        // A score names its points between (`40 points out of 80`, `82 poäng av 100`).
        let joiners: &[&str] = match lang {
            Lang::En => &[" in ", " out of ", " points out of "],
            Lang::Sv => &[" av ", " poäng av "],
        };
        if shape == "num"
            && !money
            && let Some(previous) = index.checked_sub(1).and_then(|i| values.get(i))
            && !drop_at.contains(&(index - 1))
            && let Some(count) = previous.key.strip_prefix("num:").and_then(|k| k.parse::<u64>().ok())
            && (2..n).contains(&count)
            && !previous.optional
            && text.get(previous.span.end..value.span.start).is_some_and(|gap| joiners.contains(&gap))
        {
            let start = previous.span.start;
            drop_at.push(index - 1);
            if let Some(value) = values.get_mut(index) {
                value.span.start = start;
                value.key = format!("ratio:{count}/{n}");
                value.display = format!("{count}/{n}");
            }
            continue;
        }
        let before = text.get(..value.span.start).unwrap_or("");
        let Some(lead) = leads.iter().find(|lead| lead.shape == shape && ends_with_words(before, lead.words))
        else {
            continue;
        };
        let start = value.span.start - lead.words.len();
        if lead.digit_one {
            // The `1` of the lead was read as a number: it is part of the ratio now.
            match index.checked_sub(1).and_then(|i| values.get(i).map(|v| (i, v))) {
                Some((i, one)) if one.span.start == start && one.key == "num:1" => drop_at.push(i),
                _ => continue,
            }
        }
        let key = format!("ratio:1/{n}");
        let display = format!("1/{n}");
        // `every second Wednesday`, `every second year`: an ordinal before its noun is no
        // unit of time (`updated every second`), so the alternation is as sure as `varannan`.
        let before_noun =
            shape == "ord" && n == 2 && lead.words == "every " && noun_follows(text, value.span.end);
        if let Some(value) = values.get_mut(index) {
            value.span.start = start;
            value.key = key;
            value.display = display;
            if before_noun {
                value.optional = false;
            }
        }
    }
    for i in drop_at.into_iter().rev() {
        values.remove(i);
    }
    if lang == Lang::En {
        adverbs_per_period(text, values);
    }
}

/// Whether a word that is no preposition or conjunction follows `at` after one space:
/// the noun that an ordinal before it qualifies (`second Wednesday`, `second year`), not the
/// word after a unit (`every second of the day`, `every second and minute`).
fn noun_follows(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|rest| rest.strip_prefix([' ', '\u{a0}'])) else {
        return false;
    };
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !word.is_empty()
        && ![
            "of",
            "and",
            "or",
            "to",
            "in",
            "for",
            "until",
            "when",
            "at",
            "on",
            "the",
            "a",
            "an",
            "thereafter",
        ]
        .iter()
        .any(|small| word.eq_ignore_ascii_case(small))
}

/// `twice` and `thrice` as optional counts `num:2`, `num:3`: the other version may say `två
/// gånger`, or `dubbelt så många` with no number at all.
fn adverbs(text: &str, pairs: &Pairs, values: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for (tail, n) in [(finder!(b"wice"), 2), (finder!(b"hrice"), 3)] {
        let tail_len = tail.needle().len();
        for at in pairs.find_all(tail, bytes) {
            if let Some(start) = at.checked_sub(1).filter(|&i| matches!(bytes.get(i), Some(b't' | b'T'))) {
                push_adverb(text, values, start, at + tail_len, n);
            }
        }
    }
}

/// `twice` or `thrice` before a period (`twice daily`, `twice a year`, `twice every 3
/// weeks`) is a count per period, which the other version gives as a figure (`två gånger
/// dagligen`, `två gånger per år`) or as the period it makes (`halvårsvis`): firm, so that a
/// version that counts another number of times (`en gång dagligen`) differs. Without a period
/// it stays an optional count (`twice as high`, `dubbelt så högt`). Run after the ratios are
/// joined, as a recurrence is a period too (`every 3 weeks`, `ratio:1/3`).
fn adverbs_per_period(text: &str, values: &mut [Value]) {
    let recurrences: Vec<usize> =
        values.iter().filter(|v| v.key.starts_with("ratio:")).map(|v| v.span.start).collect();
    for value in values.iter_mut().filter(|v| v.optional && (v.key == "num:2" || v.key == "num:3")) {
        let adverb = text
            .get(value.span.clone())
            .is_some_and(|word| word.eq_ignore_ascii_case("twice") || word.eq_ignore_ascii_case("thrice"));
        let period = || {
            super::figure_units::period_after(text, value.span.end, Lang::En).is_some()
                || recurrences.iter().any(|&start| {
                    text.get(value.span.end..start).is_some_and(|gap| gap == " " || gap == "\u{a0}")
                })
        };
        if adverb && period() {
            value.optional = false;
            value.detail = None;
        }
    }
}

/// A count of one time before a period (`once a day`, `once daily`, `en gång i veckan`, `en
/// gång dagligen`): the optional count `num:1`, as `twice daily` and `två gånger dagligen`
/// are counts of two, so that a version that counts another number (`två gånger`) has a
/// counterpart to differ from; optional, as the other version may name the period alone
/// (`dagligen`). Only before a period, as `once` also means "formerly" or "as soon as"
/// (`once adopted`), and not before a period that is itself a recurrence (`once a year`,
/// `en gång per dygn`), whose ratio holds the one.
fn once_per_period(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    // The word's tail and the bytes that may start it: `once`, `en gång`, any case.
    let (tail, heads): (&memchr::memmem::Finder<'static>, &[u8]) = match lang {
        Lang::En => (finder!(b"nce"), b"oO"),
        Lang::Sv => (finder!("n gång".as_bytes()), b"eE"),
    };
    let tail_len = tail.needle().len();
    for at in pairs.find_all(tail, bytes) {
        let Some(start) = at.checked_sub(1).filter(|&i| bytes.get(i).is_some_and(|b| heads.contains(b)))
        else {
            continue;
        };
        let end = at + tail_len;
        if super::char_before(text, start).is_some_and(char::is_alphanumeric)
            || super::char_at(text, end).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(period) = super::figure_units::period_after(text, end, lang) else { continue };
        if values.iter().any(|v| v.span.start == period && v.key.starts_with("ratio:")) {
            continue;
        }
        let mut value = Value::new(ValueKind::Number, start..end, "num:1".to_string(), "1".to_string());
        value.optional = true;
        insert_if_free(values, value);
    }
}

/// An adjective that counts what it qualifies (`a dual mandate`, `the dual-tranche
/// transaction`, `the twin transition`): an optional count (`num:2`), which pairs with the
/// other version's number (`bestod av två delar`) and is never reported alone, as the other
/// version may give none (`den dubbla omställningen`). Only before a word (not `the role is
/// dual.`, nor `dual and …`); hyphened to its noun, the value covers the compound, a count
/// read with its noun as `sexårig` is, so that it is no figure starting a modifier (`five` of
/// `five-axle`) that a changed number of its sentence would take for its own.
fn counting_adjectives(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<(WordFinder, u32)>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            super::tables::table(lang)
                .counting_adjectives
                .iter()
                .map(|&(word, n)| (WordFinder::new(word), n))
                .collect()
        })
    });
    let joiners = super::tables::table(lang).list_joiners;
    for (finder, n) in &FINDERS[super::lang_index(lang)] {
        for span in finder.find_iter(text, pairs) {
            let rest = &text[span.end..];
            let (hyphened, after) = match rest.strip_prefix(['-', '\u{2011}']) {
                Some(after) => (true, after),
                None => (false, rest.trim_start_matches(super::is_space_like)),
            };
            if after.len() == rest.len() && !hyphened {
                continue;
            }
            let len = after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len());
            let next = &after[..len];
            if next.is_empty() || super::with_lowercase(next, |word| joiners.contains(&word)) {
                continue;
            }
            let end = if hyphened { text.len() - after.len() + len } else { span.end };
            let mut value = Value::new(ValueKind::Number, span.start..end, format!("num:{n}"), n.to_string());
            value.optional = true;
            insert_if_free(values, value);
        }
    }
}

/// A halving named by its word (`a halving of the p-factor`, `en halvering`, `halveras`): an
/// optional `pct:50`, the `by 50%` the other version may give instead.
fn halvings(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    // Every word of the table holds `alv` after its capital or lower-case `h`.
    for at in pairs.find_all(finder!(b"alv"), bytes) {
        let Some(start) = at.checked_sub(1).filter(|&i| matches!(bytes.get(i), Some(b'h' | b'H'))) else {
            continue;
        };
        if super::char_before(text, start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let len = text[start..].find(|c: char| !c.is_alphabetic()).unwrap_or(text.len() - start);
        let word = text[start..start + len].to_lowercase();
        if super::tables::table(lang).halving_words.contains(&word.as_str()) {
            let mut value =
                Value::new(ValueKind::Number, start..start + len, "pct:50".to_string(), "50 %".to_string());
            value.optional = true;
            insert_if_free(values, value);
        }
    }
}

/// The detail of a count that a word of multiplying gives (`doubled`).
pub(crate) const MULTIPLIER: &str = "times";

/// A word that multiplies by a count (`doubled`, `more than tripled`, `fördubblades`,
/// `dubbelt så många`): an optional count, as `twice` is, which the other version may give as
/// `två gånger` or leave to a verb of its own.
fn multiplying(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    static ANCHORS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|table| table.multiplying_anchors));
    let bytes = text.as_bytes();
    let lang_table = super::tables::table(lang);
    let words = lang_table.multiplying_words;
    let mut starts = Vec::new();
    for anchor in &ANCHORS[super::lang_index(lang)] {
        for at in pairs.find_all(anchor, bytes) {
            let mut start = super::letters_start(text, at);
            // A number word hyphened to the suffix (`sixteen-fold`).
            if start > 0 && bytes.get(start - 1) == Some(&b'-') {
                let head = super::letters_start(text, start - 1);
                if head < start - 1 {
                    start = head;
                }
            }
            let len =
                text[start..].find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(text.len() - start);
            let word = text[start..start + len].to_lowercase();
            let n = words.iter().find(|(form, _)| *form == word).map(|&(_, n)| n).or_else(|| {
                // A number word glued to a suffix of multiplying (`femdubbling`,
                // `sextonfaldig`, `sixteen-fold`), as the words of the table are made.
                lang_table.multiplying_suffixes.iter().find_map(|suffix| {
                    let head = word.strip_suffix(suffix)?;
                    let head = head.strip_suffix('-').unwrap_or(head);
                    super::words::cardinal(lang, head).filter(|&n| n >= 2).and_then(|n| u32::try_from(n).ok())
                })
            });
            if let Some(n) = n
                && !starts.contains(&start)
            {
                starts.push(start);
                let mut value =
                    Value::new(ValueKind::Number, start..start + len, format!("num:{n}"), n.to_string());
                value.optional = true;
                // A multiplier, which the check may pair with another changed (`tripled`
                // against `fördubblades`), as it does figures in digits.
                value.detail = Some(MULTIPLIER.to_string());
                insert_if_free(values, value);
            }
        }
    }
}

/// `every other year`, `vartannat år`, `vart annat år`, `varannan vecka`: one in two, as `every
/// two years` is; and the adjectives of a recurrence in years, `biennial` and `triennial`
/// (`biennial screening` = `screening vartannat år`), optional: an adjective may name a thing
/// that lasts two years as well (`a biennial programme`).
fn every_other(text: &str, lang: Lang, pairs: &Pairs, values: &mut Vec<Value>) {
    type Words = Vec<(WordFinder, u32, bool)>;
    static EN_WORDS: LazyLock<Words> = LazyLock::new(|| {
        vec![
            (WordFinder::new("every other"), 2, false),
            (WordFinder::new("biennial"), 2, true),
            (WordFinder::new("biennially"), 2, true),
            (WordFinder::new("triennial"), 3, true),
            (WordFinder::new("triennially"), 3, true),
        ]
    });
    static SV_WORDS: LazyLock<Words> = LazyLock::new(|| {
        vec![
            (WordFinder::new("varannan"), 2, false),
            (WordFinder::new("vartannat"), 2, false),
            (WordFinder::new("var annan"), 2, false),
            (WordFinder::new("vart annat"), 2, false),
        ]
    });
    let words: &Words = match lang {
        Lang::En => &EN_WORDS,
        Lang::Sv => &SV_WORDS,
    };
    let units = super::tables::table(lang).figure_units;
    for (word, n, optional) in words {
        for span in word.find_iter(text, pairs) {
            // The noun of time after it is the unit of the period (`vartannat år`: every two
            // years), which the check compares with a period in another unit (`every 24 months`).
            let noun = text.get(span.end..).and_then(|rest| rest.strip_prefix([' ', '\u{a0}'])).map(|rest| {
                rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase()
            });
            let unit = noun.and_then(|noun| {
                units
                    .iter()
                    .find(|(name, unit)| *name == noun && matches!(*unit, "day" | "week" | "month" | "year"))
                    .map(|&(_, unit)| unit)
            });
            let mut value = Value::new(ValueKind::Number, span, format!("ratio:1/{n}"), format!("1/{n}"));
            value.optional = *optional;
            value.detail = unit.map(str::to_string);
            insert_if_free(values, value);
        }
    }
}

/// `10th anniversary` is optional: Swedish glues the number into the word (`tioårsjubileum`).
fn ordinal_before_anniversary(text: &str, values: &mut [Value]) {
    for value in values.iter_mut().filter(|v| v.key.starts_with("ord:") && !v.optional) {
        let after = text.get(value.span.end..).unwrap_or("");
        let rest = after.trim_start_matches([' ', '\u{a0}']);
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        if rest.len() < after.len() && word.starts_with("anniversar") {
            value.optional = true;
        }
    }
}

/// Adds the optional count `n` at `start..end` if a word stands there alone and no value
/// covers it.
fn push_adverb(text: &str, values: &mut Vec<Value>, start: usize, end: usize, n: u32) {
    let alone =
        !text.get(..start).and_then(|head| head.chars().next_back()).is_some_and(char::is_alphanumeric)
            && !text.get(end..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric);
    if !alone {
        return;
    }
    let mut value = Value::new(ValueKind::Number, start..end, format!("num:{n}"), n.to_string());
    value.optional = true;
    // A multiplier (`count twice`), as `doubled` and `dubbelt` are, which the check may pair
    // with another changed (`tredubbelt`); before a period, a count per period (below).
    value.detail = Some(MULTIPLIER.to_string());
    insert_if_free(values, value);
}

/// The count a percentage was computed from, in round brackets right after it (`11.0% (9/82)`,
/// `11,0 % (9/82)`): the patients with an event out of those treated, as a study's results give
/// them. A firm `count:9/82`, read only where the count gives the percentage to its last
/// decimal, so that a slash of another kind (a date, a reference) is never one, and a count
/// changed in the translation is a count no longer read, which the check reports as missing.
pub(crate) fn counts_of_shares(text: &str, values: &mut Vec<Value>) {
    // A cheap byte test first: most texts hold no slash in brackets.
    if memchr::memmem::find(text.as_bytes(), b"/").is_none() {
        return;
    }
    let mut found = Vec::new();
    for value in values.iter().filter(|value| value.kind == ValueKind::Number) {
        let Some(share) = value.key.strip_prefix("pct:") else { continue };
        let Ok(share) = share.parse::<f64>() else { continue };
        let Some(rest) = text.get(value.span.end..) else { continue };
        let inner_start = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len() + 1;
        if !rest.trim_start_matches([' ', '\u{a0}']).starts_with('(') {
            continue;
        }
        let Some(inner) = rest.get(inner_start..) else { continue };
        let Some(close) = inner.find(')') else { continue };
        let Some((count, total)) = inner[..close].split_once('/') else { continue };
        let digits =
            |part: &str| !part.is_empty() && part.len() <= 7 && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(count) || !digits(total) {
            continue;
        }
        let (Ok(n), Ok(of)) = (count.parse::<u32>(), total.parse::<u32>()) else { continue };
        // The percentage as written gives its precision: `11.0` to a tenth.
        let written = text.get(value.span.clone()).unwrap_or("");
        let decimals = written
            .split(['.', ','])
            .nth(1)
            .map_or(0, |tail| tail.bytes().take_while(u8::is_ascii_digit).count());
        let step = 10f64.powi(-i32::try_from(decimals).unwrap_or(0));
        if of == 0 || n > of || (f64::from(n) * 100.0 / f64::from(of) - share).abs() > step / 2.0 + 1e-9 {
            continue;
        }
        let at = value.span.end + inner_start;
        let span = at..at + close;
        found.push(Value::new(ValueKind::Number, span, format!("count:{n}/{of}"), format!("{n}/{of}")));
    }
    for value in found {
        insert_if_free(values, value);
    }
}

/// Inserts `value` into `values` (in text order) where no value covers any of its span.
fn insert_if_free(values: &mut Vec<Value>, value: Value) {
    let (start, end) = (value.span.start, value.span.end);
    let at = values.partition_point(|v| v.span.start < start);
    let free = values.get(at).is_none_or(|v| v.span.start >= end)
        && at.checked_sub(1).and_then(|i| values.get(i)).is_none_or(|v| v.span.end <= start);
    if free {
        values.insert(at, value);
    }
}

#[cfg(test)]
mod tests {
    use super::MULTIPLIER;
    use crate::text::Lang;
    use crate::values::extract;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn every_other_and_adjectives_of_recurrence() {
        assert_eq!(keys("vartannat år, vart annat år, varannan vecka", Lang::Sv), ["ratio:1/2"; 3]);
        let values = extract("biennial screening, triennial cytology, every other year", Lang::En);
        let read: Vec<_> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        assert_eq!(read, [("ratio:1/2", true), ("ratio:1/3", true), ("ratio:1/2", false)]);
    }

    #[test]
    fn every_second_before_its_noun_is_an_alternation() {
        let text =
            "every second Wednesday, every second year; updated every second of the day, every second.";
        let values = extract(text, Lang::En);
        let read: Vec<_> = values
            .iter()
            .filter(|v| v.key == "ratio:1/2")
            .map(|v| (&text[v.span.clone()], v.optional))
            .collect();
        assert_eq!(
            read,
            [
                ("every second", false),
                ("every second", false),
                ("every second", true),
                ("every second", true)
            ]
        );
    }

    #[test]
    fn adjectives_that_count_what_they_qualify() {
        let text = "The dual-tranche transaction, a dual mandate and the Twin transition.";
        let values = extract(text, Lang::En);
        let read: Vec<_> =
            values.iter().map(|v| (&text[v.span.clone()], v.key.as_str(), v.optional)).collect();
        assert_eq!(read, [("dual-tranche", "num:2", true), ("dual", "num:2", true), ("Twin", "num:2", true)]);
        // Not where no word follows, nor before a list word, nor inside a word.
        assert!(
            keys("The role is dual. A dual and a single role; twins; individual bonds", Lang::En).is_empty()
        );
        // Swedish reads its own words of two: `dubbla` as a multiplier.
        assert!(keys("duala mandat", Lang::Sv).is_empty());
    }

    #[test]
    fn second_before_a_superlative_is_a_rank() {
        // Swedish ranks second by `näst` (`näst största`), read as an optional `ord:2`: the
        // English rank is firm, so that a rank dropped is found.
        let values = extract("the 2nd largest host and the 2nd-most affected, the 2nd meeting", Lang::En);
        let read: Vec<_> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        // `largest` is the optional end of a set, read apart.
        assert_eq!(read, [("ord:2", false), ("which:max", true), ("ord:2", false), ("ord:2", false)]);
    }

    #[test]
    fn ordinal_before_anniversary_is_optional() {
        let values = extract("its 10th anniversary, the 3rd  Anniversaries, the 4th report", Lang::En);
        let read: Vec<_> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        assert_eq!(read, [("ord:10", true), ("ord:3", true), ("ord:4", false)]);
    }

    #[test]
    fn halvings_are_an_optional_half() {
        let read = |text: &str, lang: Lang| {
            extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
        };
        assert_eq!(read("en halvering av p-faktorn", Lang::Sv), [("pct:50".to_string(), true)]);
        assert_eq!(read("Halving the p-factor", Lang::En), [("pct:50".to_string(), true)]);
        assert!(read("halva året, halvön", Lang::Sv).iter().all(|(key, _)| key != "pct:50"));
    }

    #[test]
    fn adverbs_are_optional_counts() {
        let values = extract("The Council met twice, Thrice in 2024; entwiced no.", Lang::En);
        let read: Vec<_> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        assert_eq!(read, [("num:2", true), ("num:3", true), ("year:2024", false)]);
    }

    #[test]
    fn counts_of_times_before_a_period() {
        // Each count of no unit: its key, whether optional, and its period.
        let read = |text: &str, lang: Lang| -> Vec<(String, bool, Option<&'static str>)> {
            extract(text, lang)
                .into_iter()
                .filter(|v| v.key.starts_with("num:") && v.detail.as_deref().is_none_or(|d| d == MULTIPLIER))
                .map(|v| (v.key, v.optional, v.per))
                .collect()
        };
        let count =
            |key: &str, optional: bool, per: Option<&'static str>| vec![(key.to_string(), optional, per)];
        // `twice` and `thrice` before a period are firm counts per period.
        assert_eq!(read("150 mg orally twice daily", Lang::En), count("num:2", false, Some("day")));
        assert_eq!(read("twice a week", Lang::En), count("num:2", false, Some("week")));
        assert_eq!(read("Thrice per calendar year", Lang::En), count("num:3", false, Some("year")));
        assert_eq!(read("twice every 3 weeks", Lang::En), count("num:2", false, None));
        // Without one they stay optional.
        assert_eq!(read("twice as high", Lang::En), count("num:2", true, None));
        assert_eq!(read("met twice, daily", Lang::En), count("num:2", true, None));
        // `once` and `en gång` before a period are an optional one.
        assert_eq!(read("once daily", Lang::En), count("num:1", true, Some("day")));
        assert_eq!(read("Once a day", Lang::En), count("num:1", true, Some("day")));
        assert_eq!(read("en gång dagligen", Lang::Sv), count("num:1", true, Some("day")));
        assert_eq!(read("En gång i veckan", Lang::Sv), count("num:1", true, Some("week")));
        assert_eq!(read("en gång per kalenderår", Lang::Sv), count("num:1", true, Some("year")));
        // Not `once` of "as soon as", nor before no period, nor before a recurrence, whose
        // ratio holds the one.
        for (text, lang) in [
            ("Once adopted, the act applies daily.", Lang::En),
            ("once a tariff quota is used", Lang::En),
            ("sconce daily, onces daily", Lang::En),
            ("once a year", Lang::En),
            ("once every 3 weeks", Lang::En),
            ("en gång för alla", Lang::Sv),
            ("en gång om året", Lang::Sv),
            ("en gång per dygn", Lang::Sv),
            ("en gång var tredje vecka", Lang::Sv),
            ("den gång dagligen", Lang::Sv),
        ] {
            assert!(read(text, lang).iter().all(|(key, _, _)| key != "num:1"), "{text}");
        }
    }

    #[test]
    fn english_ratios() {
        assert_eq!(keys("Only one in five left.", Lang::En), ["ratio:1/5"]);
        assert_eq!(keys("Only 1 in 5 left.", Lang::En), ["ratio:1/5"]);
        assert_eq!(keys("Almost one in three euros goes to training.", Lang::En), ["ratio:1/3"]);
        assert_eq!(keys("One out of three stayed.", Lang::En), ["ratio:1/3"]);
        assert_eq!(keys("It meets every three years.", Lang::En), ["ratio:1/3"]);
        assert_eq!(keys("Every third applicant.", Lang::En), ["ratio:1/3"]);
    }

    #[test]
    fn swedish_ratios() {
        assert_eq!(keys("Endast var femte lämnade.", Lang::Sv), ["ratio:1/5"]);
        assert_eq!(keys("Vart tredje år.", Lang::Sv), ["ratio:1/3"]);
        assert_eq!(keys("Endast en av fem lämnade.", Lang::Sv), ["ratio:1/5"]);
        assert_eq!(keys("Endast 1 av 5 lämnade.", Lang::Sv), ["ratio:1/5"]);
        assert_eq!(keys("Vartannat år, varannan vecka.", Lang::Sv), ["ratio:1/2", "ratio:1/2"]);
        // The noun of time after it is the period's unit.
        let units = |text: &str, lang: Lang| {
            extract(text, lang).into_iter().map(|value| (value.key, value.detail)).collect::<Vec<_>>()
        };
        assert_eq!(
            units("rapportera vartannat år", Lang::Sv),
            [("ratio:1/2".to_string(), Some("year".to_string()))]
        );
        assert_eq!(units("varannan vecka", Lang::Sv), [("ratio:1/2".to_string(), Some("week".to_string()))]);
        assert_eq!(keys("Every other year, every two years.", Lang::En), ["ratio:1/2", "ratio:1/2"]);
        assert!(keys("Avartannat, everyother.", Lang::Sv).is_empty());
    }

    #[test]
    fn multiples() {
        let read = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect()
        };
        assert_eq!(
            read("Arrivals doubled; costs more than Tripled.", Lang::En),
            [("num:2".into(), true), ("num:3".into(), true)]
        );
        assert_eq!(
            read("Ankomsterna fördubblades och kostnaderna mer än tredubblades.", Lang::Sv),
            [("num:2".into(), true), ("num:3".into(), true)]
        );
        assert_eq!(read("dubbelt så många", Lang::Sv), [("num:2".into(), true)]);
        assert_eq!(read("RFNBO räknas tredubbelt", Lang::Sv), [("num:3".into(), true)]);
        assert_eq!(read("en fyrdubbel ökning", Lang::Sv), [("num:4".into(), true)]);
        // `twice` without a period is a multiplier as `dubbelt` is, which the check may pair
        // with another changed; before a period, a firm count per period.
        let detail = |text: &str| {
            extract(text, Lang::En)
                .into_iter()
                .filter(|v| v.key == "num:2")
                .map(|v| v.detail)
                .collect::<Vec<_>>()
        };
        assert_eq!(detail("RFNBOs count twice their energy content"), [Some(MULTIPLIER.to_string())]);
        assert_eq!(detail("twice a week"), [None]);
        // A number word glued or hyphened to a suffix of multiplying.
        assert_eq!(
            keys("en femdubbling, en fyrdubbling och en sextonfaldig ökning", Lang::Sv),
            ["num:5", "num:4", "num:16"]
        );
        assert_eq!(keys("a more than sixteen-fold increase", Lang::En), ["num:16"]);
        assert!(read("redoubtable doubts, dubblett", Lang::En).is_empty());
        let values = extract("a 3-fold increase and a 10-fold one", Lang::En);
        let read: Vec<_> = values.iter().map(|v| (v.key.as_str(), v.optional)).collect();
        assert_eq!(read, [("times:3", true), ("times:10", true)]);
        assert_eq!(keys("en 3-faldig ökning", Lang::Sv), ["times:3"]);
        assert_eq!(keys("3-folder", Lang::En), ["num:3"]);
        assert_eq!(keys("the ADI is 2-fold lower", Lang::En), ["frac:1/2"]);
        assert_eq!(keys("a 10-fold reduction", Lang::En), ["frac:1/10"]);
        assert_eq!(keys("en 3-faldig minskning", Lang::Sv), ["frac:1/3"]);
    }

    #[test]
    fn counts_behind_a_share() {
        assert_eq!(keys("occurred in 11.0% (9/82) of patients", Lang::En), ["pct:11", "count:9/82"]);
        assert_eq!(keys("hos 11,0 % (9/82) av patienterna", Lang::Sv), ["pct:11", "count:9/82"]);
        assert_eq!(keys("and in 48.8% (20/41) on placebo", Lang::En), ["pct:48.8", "count:20/41"]);
        // A count that gives another share is none: changed, it is no longer read.
        assert_eq!(keys("hos 11,0 % (8/82) av patienterna", Lang::Sv), ["pct:11"]);
        assert!(!keys("50 % (1/3), 2 % (10/2025)", Lang::Sv).iter().any(|key| key.starts_with("count:")));
    }

    #[test]
    fn not_ratios() {
        // A year is not a denominator; a word that only ends like a lead is not a lead.
        assert_eq!(keys("The number rose by one in 2024.", Lang::En), ["year:2024"]);
        assert_eq!(keys("Someone in 5 cases.", Lang::En), ["num:5"]);
        assert_eq!(keys("In 5 cases.", Lang::En), ["num:5"]);
        assert_eq!(keys("Det gällde fem fall.", Lang::Sv), ["num:5"]);
        assert_eq!(keys("Kvar 3 dagar.", Lang::Sv), ["num:3"]);
    }
}
