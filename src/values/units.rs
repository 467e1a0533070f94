//! Numbered parts of a document or an act: annexes (`Annex II`, `Annexes I and III`,
//! `bilaga 2`, `bilagorna I och III`), chapters (`Chapter III`, `kapitel 3`), titles (`Title
//! V`, `avdelning V`), parts (`Part II`, `del II`) and sections (`Section 2`, `avsnitt 2`).
//! Each is `annex:N`, `chapter:N`, `title:N`, `part:N` or `section:N`, a Roman numeral read as
//! its number, so `Annex II` = `bilaga 2`. A part or an annex may be lettered, `Part B` = `del
//! B` (`part:B`), `General Annex D` = `allmän bilaga D`, a capital letter alone after the word.
//! Appendices are `appendix:N` (`Appendix 2` = `tillägg 2`), which the check also takes for
//! the annex of the same number, as a translation may call one the other (`bilaga V`).
//! The supplements and series of amendments of a UN regulation (`Supplement 14 to the 02
//! series of amendments` = `tillägg 14 till 02-ändringsserien`) are `supplement:14`, which
//! the check also takes for the appendix of the same number (Swedish writes `tillägg` for
//! both), and `series:02`, the two digits as every version writes them.

use super::{Lower, Value, ValueKind};
use crate::text::Lang;

/// One kind of numbered unit in one language.
struct Unit {
    /// The key's prefix and the display's word.
    key: &'static str,
    display: &'static str,
    /// Its words, lower case, longest first.
    names: &'static [&'static str],
    /// Whether only a Roman numeral numbers it: `Part II`, while `part 2` is prose.
    roman_only: bool,
    /// Whether a capital letter alone names one too: `Part B of Annex I`, `del B i bilaga I`.
    letters: bool,
}

const EN: &[Unit] = &[
    Unit { key: "annex", display: "Annex", names: &["annexes", "annex"], roman_only: false, letters: true },
    Unit {
        key: "appendix",
        display: "Appendix",
        names: &["appendices", "appendixes", "appendix"],
        roman_only: false,
        letters: true,
    },
    // A supplement to a UN regulation or to one of its series of amendments.
    Unit {
        key: "supplement",
        display: "Supplement",
        names: &["supplements", "supplement"],
        roman_only: false,
        letters: false,
    },
    Unit {
        key: "chapter",
        display: "Chapter",
        names: &["chapters", "chapter"],
        roman_only: false,
        letters: false,
    },
    // The Court of Auditors' chambers are `avdelning I` in Swedish, as titles of acts are.
    Unit {
        key: "title",
        display: "Title",
        names: &["chambers", "chamber", "titles", "title"],
        roman_only: true,
        letters: false,
    },
    Unit { key: "part", display: "Part", names: &["parts", "part"], roman_only: true, letters: true },
    Unit {
        key: "section",
        display: "Section",
        names: &["sections", "section"],
        roman_only: false,
        letters: false,
    },
];

const SV: &[Unit] = &[
    Unit {
        key: "annex",
        display: "Annex",
        names: &["bilagorna", "bilagor", "bilaga"],
        roman_only: false,
        letters: true,
    },
    Unit {
        key: "appendix",
        display: "Appendix",
        names: &["tilläggen", "tillägg"],
        roman_only: false,
        letters: true,
    },
    Unit {
        key: "chapter",
        display: "Chapter",
        names: &["kapitlen", "kapitel"],
        roman_only: false,
        letters: false,
    },
    Unit {
        key: "title",
        display: "Title",
        names: &["avdelningarna", "avdelning"],
        roman_only: true,
        letters: false,
    },
    Unit { key: "part", display: "Part", names: &["delarna", "del"], roman_only: true, letters: true },
    Unit {
        key: "section",
        display: "Section",
        names: &["avsnitten", "avsnitt"],
        roman_only: false,
        letters: false,
    },
];

fn units(lang: Lang) -> &'static [Unit] {
    match lang {
        Lang::En => EN,
        Lang::Sv => SV,
    }
}

/// Words and signs that join the numbers of a list or a range.
fn joiners(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[", ", " and ", " to ", "\u{2013}", "-", "\u{2011}", "\u{2010}", " \u{2013} "],
        Lang::Sv => &[", ", " och ", " till ", "\u{2013}", "-", "\u{2011}", "\u{2010}", " \u{2013} "],
    }
}

/// The largest unit number read: anything larger is not a unit number.
const MAX_NUMBER: u32 = 40;

/// Finds the numbered units of `text`: from each number that may name one (a run of digits,
/// a capital I, V or X), back over one space to the unit's word, then on through a list.
pub(crate) fn find(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut roman = memchr::memchr3_iter(b'I', b'V', b'X', bytes).peekable();
    let mut next_digit = super::swar::find_digit(bytes, 0);
    loop {
        // The next candidate of either kind, in text order.
        let at = match (next_digit, roman.peek().copied()) {
            (Some(d), Some(r)) if r < d => roman.next(),
            (Some(d), _) => {
                group_name(bytes, d, out);
                let run =
                    bytes.get(d..).map_or(1, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
                next_digit = super::swar::find_digit(bytes, d + run);
                Some(d)
            }
            (None, Some(_)) => roman.next(),
            (None, None) => None,
        };
        let Some(at) = at else { break };
        if at > 0 && bytes.get(at - 1).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let Some((unit, start)) = unit_before(bytes, at, lang) else {
            if !cell_numeral(bytes, at, out) {
                roman_figure(bytes, at, lang, out);
            }
            continue;
        };
        read_list(bytes, unit, start, at, lang, false, out);
    }
    lettered_parts(bytes, lang, lower, out);
    amendment_series(lang, lower, out);
}

/// Reads the series of amendments of a UN regulation (`the 02 series of amendments`, `series
/// 02 of amendments`, `02-ändringsserien`, `ändringsserie 02`, `02-serien av ändringar`) as
/// `series:02`: two digits with the words of `amendment_series` in `tables/` around them. Each
/// form is found by a prebuilt search of the lower-cased text for its words after the digits
/// (without a leading hyphen, which may be a non-breaking one) or, where none follow, before.
fn amendment_series(lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    type Form = (memchr::memmem::Finder<'static>, &'static str, &'static str);
    static SEARCHES: std::sync::LazyLock<[Vec<Form>; 2]> = std::sync::LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            super::tables::table(lang)
                .amendment_series
                .iter()
                .map(|&(before, after)| {
                    let anchor = if after.is_empty() { before } else { after.trim_start_matches('-') };
                    (memchr::memmem::Finder::new(anchor.as_bytes()).into_owned(), before, after)
                })
                .collect()
        })
    });
    for (finder, before, after) in &SEARCHES[super::lang_index(lang)] {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        let low_text = lower.as_str();
        let low = low_text.as_bytes();
        // Whether a letter or digit stands at byte `at`, or ends just before it.
        let letter_at = |at: usize| super::char_at(low_text, at).is_some_and(char::is_alphanumeric);
        let letter_before = |at: usize| super::char_before(low_text, at).is_some_and(char::is_alphanumeric);
        for at in crate::text::find_all(finder, low) {
            let anchor_end = at + finder.needle().len();
            if !after.is_empty() && letter_at(anchor_end) {
                continue;
            }
            // Where the digits start, and where the value ends.
            let (digits, end) = if after.is_empty() {
                if letter_before(at) {
                    continue;
                }
                (anchor_end, anchor_end + 2)
            } else {
                let hyphen = match low.get(..at) {
                    _ if !after.starts_with('-') => 0,
                    Some([.., b'-']) => 1,
                    Some([.., 0xE2, 0x80, 0x91]) => 3,
                    _ => continue,
                };
                let Some(digits) = (at - hyphen).checked_sub(2) else { continue };
                (digits, anchor_end)
            };
            let Some(number) = low.get(digits..digits + 2).filter(|d| d.iter().all(u8::is_ascii_digit))
            else {
                continue;
            };
            if letter_at(digits + 2) || letter_before(digits) {
                continue;
            }
            // The words before the digits, where the form has them before its words after.
            let start = if !after.is_empty() && !before.is_empty() {
                let Some(start) = digits.checked_sub(before.len()) else { continue };
                if low.get(start..digits) != Some(before.as_bytes()) || letter_before(start) {
                    continue;
                }
                start
            } else if after.is_empty() {
                at
            } else {
                digits
            };
            let Ok(number) = std::str::from_utf8(number) else { continue };
            out.push(Value::new(
                ValueKind::Legal,
                start..end,
                format!("series:{number}"),
                format!("{number} series of amendments"),
            ));
        }
    }
}

/// Reads the parts named by a capital letter (`Part B`, `Parts A and C`, `del B`): from each
/// word of a unit that letters may name, in lower case, capitalised or in capitals, over one
/// space to a capital other than I, V and X (Roman numerals, read by [`find`]) that stands
/// alone. The words are found by one prebuilt search of the lower-cased text for each word
/// that no shorter one begins (`part` finds `parts` too), and taken in the order of the
/// written forms of [`written_forms`], as one search for each form would give them.
fn lettered_parts(bytes: &[u8], lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    static SEARCHES: std::sync::LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        std::sync::LazyLock::new(|| {
            [Lang::En, Lang::Sv].map(|lang| {
                let names: Vec<&str> = units(lang)
                    .iter()
                    .filter(|unit| unit.letters)
                    .flat_map(|unit| unit.names)
                    .copied()
                    .collect();
                names
                    .iter()
                    .filter(|name| {
                        !names.iter().any(|other| other.len() < name.len() && name.starts_with(other))
                    })
                    .map(|name| memchr::memmem::Finder::new(name.as_bytes()).into_owned())
                    .collect()
            })
        });
    static FORMS: std::sync::LazyLock<[Vec<String>; 2]> =
        std::sync::LazyLock::new(|| [Lang::En, Lang::Sv].map(written_forms));
    let mut words: Vec<(usize, usize)> = Vec::new();
    let forms = &FORMS[usize::from(lang == Lang::Sv)];
    for finder in &SEARCHES[usize::from(lang == Lang::Sv)] {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        for word in crate::text::find_all(finder, lower.as_str().as_bytes()) {
            for (index, form) in forms.iter().enumerate() {
                if bytes.get(word..word + form.len()) == Some(form.as_bytes()) {
                    words.push((index, word));
                }
            }
        }
    }
    words.sort_unstable();
    for (index, word) in words {
        let Some(form) = forms.get(index) else { continue };
        if let Some(at) = capital_after(bytes, word + form.len()) {
            lettered_part_at(bytes, at, lang, out);
        }
    }
}

/// Where a capital other than I, V and X (Roman numerals, read by [`find`]) stands one space
/// after byte `after`.
fn capital_after(bytes: &[u8], after: usize) -> Option<usize> {
    let at = match bytes.get(after..)? {
        [b' ', ..] => after + 1,
        [0xC2, 0xA0, ..] => after + 2,
        [0xE2, 0x80, 0xAF | 0x89, ..] => after + 3,
        _ => return None,
    };
    let &byte = bytes.get(at)?;
    (byte.is_ascii_uppercase() && !matches!(byte, b'I' | b'V' | b'X')).then_some(at)
}

/// The words of the units that letters may name, each in lower case, capitalised and in
/// capitals, in that order.
fn written_forms(lang: Lang) -> Vec<String> {
    let names = units(lang).iter().filter(|unit| unit.letters).flat_map(|unit| unit.names);
    names
        .flat_map(|name| {
            let mut capitalised = name.to_string();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            [name.to_string(), capitalised, name.to_ascii_uppercase()]
        })
        .collect()
}

/// What [`lettered_parts`] finds, by one search for each written form.
#[cfg(test)]
fn lettered_parts_by_forms(bytes: &[u8], lang: Lang, out: &mut Vec<Value>) {
    for form in written_forms(lang) {
        for word in memchr::memmem::find_iter(bytes, form.as_bytes()) {
            if let Some(at) = capital_after(bytes, word + form.len()) {
                lettered_part_at(bytes, at, lang, out);
            }
        }
    }
}

/// `EU 27` of `(EU 27)`: the Union by its members, `group:EU27`, as [`group_name`] reads
/// `EU-27`.
fn union_by_members(bytes: &[u8], digits: usize, out: &mut Vec<Value>) {
    const MEMBERS: &[&[u8]] = &[b"6", b"9", b"10", b"12", b"15", b"25", b"27", b"28"];
    let start = digits - 3;
    let run = bytes.get(digits..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    let end = digits + run;
    let Some(number) = bytes.get(digits..end) else { return };
    let alone_before = !start
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80 || *b == b'-');
    let ends_name = match bytes.get(end) {
        None | Some(b')' | b']' | b';') => true,
        Some(b',' | b'.') => !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    if !alone_before || !ends_name || !MEMBERS.contains(&number) {
        return;
    }
    let name = format!("EU{}", String::from_utf8_lossy(number));
    out.push(Value::new(ValueKind::Number, start..end, format!("group:{name}"), name));
}

/// Reads the lettered parts from the capital at `at`, when a unit's word that letters may name
/// stands one space before it.
fn lettered_part_at(bytes: &[u8], at: usize, lang: Lang, out: &mut Vec<Value>) {
    if let Some((unit, start)) = unit_before(bytes, at, lang).filter(|(unit, _)| unit.letters) {
        read_list(bytes, unit, start, at, lang, true, out);
    }
}

/// A group of countries named by its size, written alike in every language (`G7`, `G20`,
/// `G77`; the Union and the euro area by their members, `EU27`, `EU-27`, `EA20`), as the
/// number `group:G7`, `group:EU27` (a hyphen or none, as each language writes it): `G20`
/// for `G7` is a changed figure. The Union's members a space apart (`(EU 27)`), as some
/// English texts write them, only for a number the Union has had and before a mark that ends
/// the name (a bracket, a comma, a stop, the end), never before a figure's unit (`EU 27 %`).
fn group_name(bytes: &[u8], digits: usize, out: &mut Vec<Value>) {
    if digits >= 3 && bytes.get(digits - 3..digits) == Some(b"EU ") {
        union_by_members(bytes, digits, out);
        return;
    }
    let hyphen = usize::from(digits >= 3 && bytes.get(digits - 1) == Some(&b'-'));
    let letters_end = digits - hyphen;
    let start = if bytes.get(letters_end.wrapping_sub(1)) == Some(&b'G') && hyphen == 0 {
        letters_end - 1
    } else if letters_end >= 2 && matches!(bytes.get(letters_end - 2..letters_end), Some(b"EU" | b"EA")) {
        letters_end - 2
    } else {
        return;
    };
    let run = bytes.get(digits..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    let end = digits + run;
    let standalone = |b: Option<&u8>| !b.is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    if run > 2 || !standalone(start.checked_sub(1).and_then(|i| bytes.get(i))) || !standalone(bytes.get(end))
    {
        return;
    }
    let (Some(letters), Some(number)) = (
        bytes.get(start..letters_end).and_then(|l| std::str::from_utf8(l).ok()),
        bytes.get(digits..end).and_then(|n| std::str::from_utf8(n).ok()),
    ) else {
        return;
    };
    let name = format!("{letters}{number}");
    out.push(Value::new(ValueKind::Number, start..end, format!("group:{name}"), name));
}

/// Quotation marks beyond ASCII that open a quoted text: `”` (Swedish opens with the closing
/// mark), `“`, `„`, `‘`, `’`, `»`, `«`.
const OPENING_QUOTES: [&[u8]; 7] = [
    "\u{201d}".as_bytes(),
    "\u{201c}".as_bytes(),
    "\u{201e}".as_bytes(),
    "\u{2018}".as_bytes(),
    "\u{2019}".as_bytes(),
    "\u{bb}".as_bytes(),
    "\u{ab}".as_bytes(),
];

/// The unit whose word stands one space before `at`, and where that word starts. A hyphen
/// may stand for the space where the number and its word modify a noun (`Appendix-II
/// species`, `Annex-I countries`).
fn unit_before(bytes: &[u8], at: usize, lang: Lang) -> Option<(&'static Unit, usize)> {
    let word_end = match bytes.get(..at)? {
        [.., b' ' | b'-'] => at - 1,
        [.., 0xC2, 0xA0] => at - 2,
        [.., 0xE2, 0x80, 0xAF | 0x89 | 0x90 | 0x91] => at - 3,
        _ => return None,
    };
    let head = bytes.get(..word_end)?;
    // Letters beyond ASCII are part of the word (`tillägg`); the word then matches no name.
    let len = head.iter().rev().take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80).take(14).count();
    let mut start = word_end - len;
    if start > 0 && head.get(start - 1).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80) {
        return None;
    }
    // A quotation mark opening the word is none of it (`”BILAGA A`, as a Swedish amending act
    // opens a replaced annex; `»bilaga`).
    if let Some(quote) =
        OPENING_QUOTES.iter().find(|quote| head.get(start..).is_some_and(|word| word.starts_with(quote)))
    {
        start += quote.len();
    }
    if word_end - start < 3 {
        return None;
    }
    let word = head.get(start..)?;
    units(lang)
        .iter()
        .find(|unit| unit.names.iter().any(|name| word.eq_ignore_ascii_case(name.as_bytes())))
        .map(|unit| (unit, start))
}

/// A Roman numeral at `at` after a noun that numbers stages or kinds (`fas III`, `phase II`,
/// `nivå IV`): the plain figure, as the other version may write it in digits (`phase 3`);
/// after a name (`Dublin III`), an optional code.
///
/// A capital A to D after the numeral names a sub-stage (`stage IIIA` = `steg IIIA`, of the
/// emission stages of engines): an optional `code:IIIA` as written, compared letter for letter
/// as the codes of classes are.
fn roman_figure(bytes: &[u8], at: usize, lang: Lang, out: &mut Vec<Value>) {
    let plain = numeral(bytes, at, true);
    let sub_stage = || {
        let len = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let code = bytes.get(at..at + len)?;
        let (letter, numeral) = code.split_last()?;
        let dotted =
            bytes.get(at + len) == Some(&b'.') && bytes.get(at + len + 1).is_some_and(u8::is_ascii_digit);
        (matches!(letter, b'A'..=b'D') && roman(numeral).is_some() && !dotted).then_some(len)
    };
    let sub_stage = if plain.is_none() { sub_stage() } else { None };
    if plain.is_none() && sub_stage.is_none() {
        return;
    }
    let Some(word_end) = at.checked_sub(1).filter(|&end| bytes.get(end) == Some(&b' ')) else { return };
    let head = bytes.get(..word_end).unwrap_or_default();
    let word_len = head.iter().rev().take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80).take(14).count();
    let Some(word) = head.get(word_end - word_len..).and_then(|word| std::str::from_utf8(word).ok()) else {
        return;
    };
    let lang_table = super::tables::table(lang);
    let labels = lang_table.roman_figure_labels;
    // A language that joins its nouns writes the label as the last part of a compound
    // (`förpackningsgrupp II` = `packing group II`): a label of four letters or more, after
    // three or more (so that no word that merely ends alike, `prototyp`, is one).
    let compound = || {
        let len = head.iter().rev().take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80).take(40).count();
        let Some(compound) = head.get(word_end - len..).and_then(|word| std::str::from_utf8(word).ok())
        else {
            return false;
        };
        super::with_lowercase(compound, |compound| {
            labels.iter().any(|label| {
                label.len() >= 4
                    && compound.len() >= label.len() + 3
                    && compound.ends_with(label)
                    && compound.is_char_boundary(compound.len() - label.len())
            })
        })
    };
    let labelled = super::with_lowercase(word, |word| labels.contains(&word))
        || lang_table.class_compounds && compound();
    if let Some(len) = sub_stage {
        if labelled
            && let Some(code) = bytes.get(at..at + len).and_then(|code| std::str::from_utf8(code).ok())
        {
            let mut value = Value::new(ValueKind::Legal, at..at + len, format!("code:{code}"), code);
            value.optional = true;
            out.push(value);
        }
        return;
    }
    let Some((number, len)) = plain else { return };
    if labelled {
        out.push(Value::new(ValueKind::Number, at..at + len, format!("num:{number}"), number.to_string()));
        return;
    }
    // A name with its Roman numeral (`Dublin III`, `Basel III`, `Solvency II`), which a
    // translation keeps (`Dublin III-förordningen`): an optional code, as `code.rs` reads
    // codes of capitals and digits, since the other version may name the act otherwise. Of one letter only `V` or `X` (`I` may be the pronoun).
    let named = word.len() >= 3
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && (len > 1 || bytes.get(at) != Some(&b'I'));
    if named && let Some(numeral) = bytes.get(at..at + len).and_then(|n| std::str::from_utf8(n).ok()) {
        let mut value = Value::new(ValueKind::Legal, at..at + len, format!("code:{numeral}"), numeral);
        value.optional = true;
        out.push(value);
    }
}

/// A Roman numeral alone in the first cell of a table's row (`| VI | Methyl bromide |`), as
/// lists of groups or classes number their rows: the plain figure, as the other version may
/// write it in digits (`| 6 | Metylbromid |`). Whether it was read.
fn cell_numeral(bytes: &[u8], at: usize, out: &mut Vec<Value>) -> bool {
    let first_cell = bytes.get(..at).is_some_and(|head| head.iter().all(|b| matches!(b, b' ' | b'|')));
    if !first_cell {
        return false;
    }
    let len =
        bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count());
    let closed = bytes.get(at + len..).and_then(|rest| rest.iter().find(|b| **b != b' ')) == Some(&b'|');
    let Some(number) = bytes.get(at..at + len).and_then(roman).filter(|_| closed) else { return false };
    out.push(Value::new(ValueKind::Number, at..at + len, format!("num:{number}"), number.to_string()));
    true
}

/// Reads the numbers of `unit` from `at` on (`I and III`, `2–4`), the first from the unit's
/// word at `start`; with `letters`, the capital letters (`A and C`).
fn read_list(
    bytes: &[u8],
    unit: &Unit,
    start: usize,
    mut at: usize,
    lang: Lang,
    letters: bool,
    out: &mut Vec<Value>,
) {
    let mut first = true;
    loop {
        let found = if letters {
            letter(bytes, at).map(|letter| (char::from(letter).to_string(), 1))
        } else {
            lettered_numeral(bytes, at, unit.roman_only)
        };
        let Some((number, len)) = found else { break };
        let from = if first { start } else { at };
        out.push(Value::new(
            ValueKind::Legal,
            from..at + len,
            format!("{}:{number}", unit.key),
            format!("{} {number}", unit.display),
        ));
        first = false;
        at += len;
        let Some(joiner) = joiners(lang)
            .iter()
            .find(|joiner| bytes.get(at..).is_some_and(|b| b.starts_with(joiner.as_bytes())))
        else {
            break;
        };
        at += joiner.len();
    }
}

/// The capital letter that names a part at `at` (`B` of `Part B`, `del B`), standing alone: no
/// letter, digit, hyphen, slash or apostrophe after it (`A-lagen`, `B/C`, `A’s`, the `N` of
/// `Del A – Nötkreatur`, a heading's title after a dash and no range), nor a full stop before
/// a letter or digit (`A.1`).
fn letter(bytes: &[u8], at: usize) -> Option<u8> {
    let &letter = bytes.get(at).filter(|b| b.is_ascii_uppercase())?;
    let next = bytes.get(at + 1).copied();
    let glued = next.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'/' | b'\'' | b'_'))
        || next.is_some_and(|b| b >= 0x80) && wide_letter_at(bytes, at + 1)
        || bytes.get(at + 1..).is_some_and(|rest| {
            rest.starts_with("\u{2011}".as_bytes())
                || rest.starts_with("\u{2010}".as_bytes())
                || rest.starts_with("\u{2019}".as_bytes())
        })
        || next == Some(b'.') && bytes.get(at + 2).is_some_and(u8::is_ascii_alphanumeric);
    (!glued).then_some(letter)
}

/// Whether a letter beyond ASCII starts at byte `at` of `bytes`, a text's bytes at a character
/// boundary (`ö` of `Nötkreatur`).
fn wide_letter_at(bytes: &[u8], at: usize) -> bool {
    let head = bytes.get(at..).map_or(&[][..], |rest| &rest[..rest.len().min(4)]);
    let valid = match std::str::from_utf8(head) {
        Ok(valid) => valid,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or_default(),
    };
    valid.chars().next().is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
}

/// The letters that may subdivide a unit's number (`Annex IB`, `bilaga I B`).
const SUBDIVIDING_LETTERS: std::ops::RangeInclusive<u8> = b'A'..=b'H';

/// The unit number at `at` ([`numeral`]) with the capital letter that subdivides it, glued or
/// after a space (`Annex IB` = `bilaga I B`: `1B`): its key and byte length. A capital `A`
/// after a space may be the article of a sentence (`Annex I A Member State …`), and is not
/// read.
fn lettered_numeral(bytes: &[u8], at: usize, roman_only: bool) -> Option<(String, usize)> {
    if !roman_only && let Some(compound) = compound_numeral(bytes, at) {
        return Some(compound);
    }
    if let Some((number, len)) = numeral(bytes, at, roman_only) {
        // A capital hyphened to a Roman numeral (`Annex XIII-B` = `bilaga XIII-B`), as an
        // association agreement numbers the parts of an annex: `13B`, as `Annex XIIIB` is.
        // Not a numeral's own letter (`Annexes I-V`, a range), nor a letter that starts a word.
        let hyphened = at + len + 1;
        if bytes.get(at..at + len).is_some_and(|word| !word[0].is_ascii_digit())
            && bytes.get(at + len) == Some(&b'-')
            && let Some(capital) = letter(bytes, hyphened).filter(|l| !matches!(l, b'I' | b'V' | b'X'))
        {
            return Some((format!("{number}{}", char::from(capital)), len + 2));
        }
        let spaced = at + len + 1;
        let subdivided = bytes.get(at + len) == Some(&b' ')
            && letter(bytes, spaced).is_some_and(|l| l != b'A' && SUBDIVIDING_LETTERS.contains(&l));
        return Some(match subdivided {
            true => (format!("{number}{}", char::from(bytes[spaced])), len + 2),
            false => (number.to_string(), len),
        });
    }
    let run = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let (&last, head) = bytes.get(at..at + run)?.split_last()?;
    // Or a small one glued to a Roman numeral, as inserted annexes and chapters are numbered
    // (`Annex IIb` = `bilaga IIb`, `Chapter IIIa`); not to digits, as a statute's inserted
    // section is its paragraph (`Section 14a`).
    let inserted = last.is_ascii_lowercase()
        && SUBDIVIDING_LETTERS.contains(&last.to_ascii_uppercase())
        && head.iter().all(|b| matches!(b, b'I' | b'V' | b'X'));
    if !(SUBDIVIDING_LETTERS.contains(&last) || inserted) || head.is_empty() {
        return None;
    }
    let (number, len) = numeral(head, 0, roman_only)?;
    (len == head.len()).then(|| (format!("{number}{}", char::from(last)), run))
}

/// A number in parts joined by hyphens at `at`, as trade agreements number the annexes and
/// appendices of a chapter after it (`Annex 2-C` of the EU–Japan agreement, its `Appendix
/// 2-C-1`): the chapter's figure, a capital letter and, for an appendix, a figure again, each
/// part compared (`bilaga 2-B` for `Annex 2-C` is another annex, not `annex:2` twice). Its key,
/// with plain hyphens (a non-breaking one or a dash may join the parts too), and byte length.
/// A figure and a figure are a range (`Annexes 2-4`), read by [`read_list`].
fn compound_numeral(bytes: &[u8], at: usize) -> Option<(String, usize)> {
    // The cheap test first: one or two digits, and a hyphen or a dash's first byte after them.
    let digits = bytes.get(at..)?.iter().take(3).take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || !matches!(bytes.get(at + digits), Some(b'-' | 0xE2)) {
        return None;
    }
    let hyphen = |from: usize| match bytes.get(from..)? {
        [b'-', ..] => Some(from + 1),
        [0xE2, 0x80, 0x90 | 0x91 | 0x93, ..] => Some(from + 3),
        _ => None,
    };
    let (number, len) = numeral(bytes, at, false)?;
    let letter_at = hyphen(at + len)?;
    let letter = *bytes.get(letter_at).filter(|b| b.is_ascii_uppercase())?;
    let mut key = format!("{number}-{}", char::from(letter));
    let mut end = letter_at + 1;
    if let Some(figure) = hyphen(end)
        && let Some((number, len)) = numeral(bytes, figure, false).filter(|_| bytes[figure].is_ascii_digit())
    {
        key.push_str(&format!("-{number}"));
        end = figure + len;
    }
    let glued =
        bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80 && wide_letter_at(bytes, end));
    (!glued).then_some((key, end - at))
}

/// The unit number at `at`: a Roman numeral of I, V and X, or (unless `roman_only`) one or
/// two digits, ending a word and not the head of a dotted number (`section 3.2`). Its value
/// and byte length.
fn numeral(bytes: &[u8], at: usize, roman_only: bool) -> Option<(u32, usize)> {
    let rest = bytes.get(at..)?;
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let word = rest.get(..len)?;
    if rest.get(len) == Some(&b'.') && rest.get(len + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let number = if word.iter().all(u8::is_ascii_digit) {
        if len > 2 || roman_only {
            return None;
        }
        std::str::from_utf8(word).ok()?.parse().ok()?
    } else {
        roman(word)?
    };
    (1..=MAX_NUMBER).contains(&number).then_some((number, len))
}

/// The value of a Roman numeral of capitals I, V and X written in the standard form.
pub(crate) fn roman(word: &[u8]) -> Option<u32> {
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
    use super::{Lower, lettered_parts_by_forms};
    use crate::text::Lang;
    use crate::values::extract;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn a_roman_numeral_alone_in_the_first_cell_of_a_row() {
        assert_eq!(keys("VI | Methyl bromide | 0.6", Lang::En)[0], "num:6");
        assert_eq!(keys("| VI | Metylbromid | 0,6 |", Lang::Sv)[0], "num:6");
        assert_eq!(keys("| 6 | Metylbromid | 0,6 |", Lang::Sv)[0], "num:6");
        assert_ne!(keys("| VI | Methyl bromide |", Lang::En), keys("| V | Metylbromid |", Lang::Sv));
        assert_eq!(keys("| I | Chlorofluorocarbons |", Lang::En), ["num:1"]);
        // Not a later cell, a numeral with more in its cell, nor a text without cells.
        assert!(keys("Methyl bromide | VI |", Lang::En).is_empty());
        assert!(keys("| VI and VII | Bromides |", Lang::En).is_empty());
        assert!(keys("VI", Lang::En).is_empty());
        // Letters of no standard numeral.
        assert!(keys("| IIII | Bromides |", Lang::En).is_empty());
    }

    #[test]
    fn roman_figures_after_stages_and_kinds() {
        assert_eq!(keys("en öppen fas III-studie", Lang::Sv), ["num:3"]);
        let spans: Vec<_> = crate::values::extract("fas III-studie", Lang::Sv)
            .into_iter()
            .map(|v| (v.span.start, v.span.end))
            .collect();
        assert_eq!(spans, [(4, 7)]);
        assert_eq!(keys("a phase II trial", Lang::En), ["num:2"]);
        assert_eq!(keys("steg IV", Lang::Sv), ["num:4"]);
        // The label as the last part of a Swedish compound.
        assert_eq!(keys("(UN 1203, klass 3, förpackningsgrupp II)", Lang::Sv)[2..], ["num:2"]);
        assert_eq!(keys("packing group II", Lang::En), keys("förpackningsgrupp II", Lang::Sv));
        assert_ne!(keys("förpackningsgrupp II", Lang::Sv), keys("förpackningsgrupp III", Lang::Sv));
        // A word that only ends like a short label, or a label alone glued to a word: none.
        assert!(keys("en prototyp II", Lang::Sv).iter().all(|k| !k.starts_with("num:")));
        assert!(keys("packinggroup II", Lang::En).iter().all(|k| !k.starts_with("num:")));
        // A sub-stage's letter: the code as written.
        assert_eq!(keys("approved under stage IIIA", Lang::En), ["code:IIIA"]);
        assert_eq!(keys("godkänts enligt steg IIIA.", Lang::Sv), ["code:IIIA"]);
        assert_ne!(keys("stage IIIA", Lang::En), keys("steg IIIB", Lang::Sv));
        assert!(keys("stage IIIE", Lang::En).is_empty());
        assert!(keys("the Model IIIA", Lang::En).is_empty());
        // A group of substances.
        assert_eq!(
            keys("carbon tetrachloride (group IV)", Lang::En),
            keys("koltetraklorid (grupp IV)", Lang::Sv)
        );
        assert_ne!(keys("(group IV)", Lang::En), keys("(grupp VI)", Lang::Sv));
        // A name with its numeral is an optional code.
        assert_eq!(keys("the Dublin III Regulation", Lang::En), ["code:III", "acttype:reg"]);
        assert_eq!(keys("Dublin III-förordningen", Lang::Sv), ["code:III", "acttype:reg"]);
        // Not a pronoun, a word in capitals, nor a word glued to the numeral.
        assert!(keys("As I said", Lang::En).is_empty());
        assert!(keys("DUBLIN III", Lang::En).is_empty());
        assert!(keys("phaseIII", Lang::En).is_empty());
    }

    #[test]
    fn annexes() {
        assert_eq!(keys("Annex II to the Agreement is amended.", Lang::En), ["annex:2"]);
        assert_eq!(keys("Bilaga II till avtalet ska ändras.", Lang::Sv), ["annex:2"]);
        // A quotation mark that opens the replaced annex.
        assert_eq!(keys("”BILAGA A", Lang::Sv), ["annex:A"]);
        assert_eq!(keys("”BILAGA II", Lang::Sv), ["annex:2"]);
        assert_eq!(keys("as set out in Annexes I and IV.", Lang::En), ["annex:1", "annex:4"]);
        assert_eq!(keys("enligt bilagorna I och IV.", Lang::Sv), ["annex:1", "annex:4"]);
        assert_eq!(keys("See Annex 3.", Lang::En), ["annex:3"]);
        assert_eq!(keys("ANNEX XIV", Lang::En), ["annex:14"]);
        assert_eq!(keys("Annexes I–III", Lang::En), ["annex:1", "annex:3"]);
        // A letter that subdivides the number, glued or spaced.
        assert_eq!(keys("Annex I B and Annex IIC", Lang::En), ["annex:1B", "annex:2C"]);
        assert_eq!(keys("bilaga IB och bilaga II C", Lang::Sv), ["annex:1B", "annex:2C"]);
        assert_eq!(keys("Annex I A Member State", Lang::En), ["annex:1"]);
        // A hyphen for the space where the two modify a noun, any hyphen.
        assert_eq!(keys("specimens of Appendix-II species", Lang::En), ["appendix:2"]);
        assert_eq!(keys("Annex-I countries and Annex\u{2011}III", Lang::En), ["annex:1", "annex:3"]);
        // The annexes and appendices of a trade agreement's chapter, each part compared.
        assert_eq!(keys("the amendment of Annex 2-C to the Agreement", Lang::En), ["annex:2-C"]);
        assert_eq!(keys("ändring av bilaga 2\u{2011}C till avtalet", Lang::Sv), ["annex:2-C"]);
        assert_ne!(keys("Annex 2-C", Lang::En), keys("bilaga 2-B", Lang::Sv));
        assert_ne!(keys("Annex 2-C", Lang::En), keys("bilaga 3-C", Lang::Sv));
        assert_eq!(keys("Appendix 2-C-1", Lang::En), ["appendix:2-C-1"]);
        assert_ne!(keys("Appendix 2-C-1", Lang::En), keys("tillägg 2-C-2", Lang::Sv));
        assert_eq!(keys("Annexes 2-A and 8-B", Lang::En), ["annex:2-A", "annex:8-B"]);
        // A capital hyphened to a Roman numeral, and the next annex of the list.
        assert_eq!(keys("amending Annex XIII-B and Annex XVI to", Lang::En), ["annex:13B", "annex:16"]);
        assert_eq!(keys("om ändring av bilagorna XIII-B och XVI till", Lang::Sv), ["annex:13B", "annex:16"]);
        assert_eq!(keys("Annex XIII-B", Lang::En), keys("bilaga XIIIB", Lang::Sv));
        assert_ne!(keys("Annex XIII-B", Lang::En), keys("bilaga XIII-C", Lang::Sv));
        assert!(!keys("Annexes I-V", Lang::En).contains(&"annex:1V".to_string()));
        assert_eq!(keys("Annex II-Clause", Lang::En), ["annex:2"]);
        // A range of figures, and a letter that starts a word, are no such number.
        assert_eq!(keys("Annexes 2-4", Lang::En), ["annex:2", "annex:4"]);
        assert_eq!(keys("Annex 2-Clause", Lang::En), ["annex:2"]);
        assert!(keys("an Annex-type document", Lang::En).is_empty());
    }

    #[test]
    fn chapters_titles_parts_and_sections() {
        assert_eq!(keys("Chapter III of Title V applies.", Lang::En), ["chapter:3", "title:5"]);
        assert_eq!(keys("Kapitel III i avdelning V ska tillämpas.", Lang::Sv), ["chapter:3", "title:5"]);
        assert_eq!(keys("The report was adopted by Chamber IV.", Lang::En), ["title:4"]);
        assert_eq!(keys("as set out in section 5 and Part II", Lang::En), ["section:5", "part:2"]);
        assert_eq!(keys("enligt avsnitt 5 och del II", Lang::Sv), ["section:5", "part:2"]);
        assert_eq!(keys("kapitlen 2 och 3", Lang::Sv), ["chapter:2", "chapter:3"]);
        // A dotted number is a number, a digit after a word of prose is not a unit.
        assert_eq!(keys("see section 3.2", Lang::En), ["num:3.2"]);
        assert_eq!(keys("in part 2 of the report", Lang::En), ["num:2"]);
        assert_eq!(keys("en del 5 000 personer", Lang::Sv), ["num:5000"]);
        assert!(keys("a particular Title", Lang::En).is_empty());
    }

    #[test]
    fn lettered_parts() {
        assert_eq!(keys("Annex I, Part B, point 3", Lang::En), keys("bilaga I del B punkt 3", Lang::Sv));
        assert_eq!(keys("Annex I, Part B, point 3", Lang::En), ["annex:1", "part:B", "para:3"]);
        assert_eq!(keys("Part A of the Annex", Lang::En), ["part:A"]);
        assert_eq!(keys("i del A i bilagan", Lang::Sv), ["part:A"]);
        assert_eq!(keys("Parts A and C apply", Lang::En), ["part:A", "part:C"]);
        assert_eq!(keys("delarna A och C", Lang::Sv), ["part:A", "part:C"]);
        assert_ne!(keys("del A", Lang::Sv), keys("Part B", Lang::En));
        // Lettered annexes; appendices, in Swedish `tillägg`.
        assert_eq!(keys("in General Annex D", Lang::En), ["annex:D"]);
        assert_eq!(keys("allmän bilaga D", Lang::Sv), ["annex:D"]);
        // An inserted annex, a small letter glued to its Roman numeral.
        assert_eq!(keys("listed in Annex IIb to Directive", Lang::En)[..1], ["annex:2b"]);
        assert_eq!(keys("Annex IIb", Lang::En), keys("bilaga IIb", Lang::Sv));
        assert_ne!(keys("Annex IIb", Lang::En), keys("bilaga IIa", Lang::Sv));
        assert_eq!(keys("kapitel IIIa", Lang::Sv), ["chapter:3a"]);
        assert_eq!(keys("Section 14a", Lang::En), ["para:14a"]);
        assert!(keys("Annex IIk and Annex IIab", Lang::En).iter().all(|k| !k.starts_with("annex:")));
        assert_eq!(
            keys("Appendix 2 and Appendices I and III", Lang::En),
            ["appendix:2", "appendix:1", "appendix:3"]
        );
        assert_eq!(keys("tillägg 2 och Tillägg V", Lang::Sv), ["appendix:2", "appendix:5"]);
        assert!(keys("ett tilläggs 2", Lang::Sv).iter().all(|k| !k.starts_with("appendix:")));
        // A Roman numeral stays a number; a lower-case letter, a letter glued to more, or a
        // capital after another word is no part.
        assert_eq!(keys("Part I", Lang::En), ["part:1"]);
        for (text, lang) in [
            ("in part a of the text", Lang::En),
            ("en del A-kassor", Lang::Sv),
            ("Part AB", Lang::En),
            ("Part A.1", Lang::En),
            ("Party A", Lang::En),
            ("en del B/C", Lang::Sv),
            ("the Annex A", Lang::En),
        ] {
            assert!(keys(text, lang).iter().all(|k| !k.starts_with("part:")), "{text}");
        }
        // A heading's title after a dash is no part of a range, where a lone letter is.
        assert_eq!(keys("Del A – Nötkreatur", Lang::Sv), ["part:A"]);
        assert_eq!(keys("Del B – Får och getter", Lang::Sv), ["part:B"]);
        assert_eq!(keys("Del A – Nötkreatur", Lang::Sv), keys("Part A – Cattle", Lang::En));
        assert_eq!(keys("delarna A – E", Lang::Sv), ["part:A", "part:E"]);
        assert_eq!(keys("Parts A \u{2013} C", Lang::En), ["part:A", "part:C"]);
        for (text, lang) in [("Del E – Hästdjur", Lang::Sv), ("Part E \u{2013} Dépôts", Lang::En)] {
            assert_eq!(keys(text, lang), ["part:E"], "{text}");
        }
    }

    #[test]
    fn lettered_parts_as_searched_form_by_form() {
        for (text, lang) in [
            ("Annex I, Part B, point 3; PART C and part D, Parts A and C; parts E", Lang::En),
            ("Part\u{a0}A, PARTS B, pArt C, Party A, part\u{202f}F, partpart G", Lang::En),
            ("bilaga I del B; DEL C; Del D; delarna A och C; DELARNA E; Delarna F; deldel G", Lang::Sv),
            ("Ärende Å, del Ö, del\u{a0}B", Lang::Sv),
        ] {
            let mut searched = Vec::new();
            super::lettered_parts(text.as_bytes(), lang, &Lower::new(text), &mut searched);
            let mut by_forms = Vec::new();
            lettered_parts_by_forms(text.as_bytes(), lang, &mut by_forms);
            assert!(!searched.is_empty(), "{text}");
            assert_eq!(searched, by_forms, "{text}");
        }
    }

    #[test]
    fn supplements_and_series_of_amendments() {
        let en = keys(
            "UNECE Regulation No 117 was amended by Supplement 14 to the 02 series of amendments",
            Lang::En,
        );
        assert_eq!(en, ["acttype:reg", "num:117", "supplement:14", "series:02"]);
        // Swedish `tillägg` stays an appendix, which the check takes for the supplement.
        let sv =
            keys("FN/ECE-föreskrifter nr 117 ändrades genom tillägg 14 till 02-ändringsserien", Lang::Sv);
        assert_eq!(sv, ["num:117", "appendix:14", "series:02"]);
        for text in [
            "ändringsserie 02 till föreskrifterna",
            "ändringsserien 02.",
            "02-serien av ändringar",
            "02\u{2011}ändringsserien",
            "02-ändringsserie",
            "ändringsserie 02\u{201d}",
        ] {
            assert_eq!(keys(text, Lang::Sv), ["series:02"], "{text}");
        }
        assert_eq!(
            keys("UN Regulation No 83, series 07 of amendments", Lang::En),
            ["acttype:reg", "num:83", "series:07"]
        );
        assert_eq!(
            keys("Supplements 3 and 4 to the 01 series of amendments", Lang::En),
            ["supplement:3", "supplement:4", "series:01"]
        );
        assert_ne!(keys("02-ändringsserien", Lang::Sv), keys("the 03 series of amendments", Lang::En));
        // Not three digits, one digit, a glued word or another series.
        for (text, lang) in [
            ("the 102 series of amendments", Lang::En),
            ("the 2 series of amendments", Lang::En),
            ("a time series 02 of data", Lang::En),
            ("ändringsserie 2", Lang::Sv),
            ("ändringsserie 023", Lang::Sv),
            ("x02-ändringsserien", Lang::Sv),
            ("02-ändringsserienummer", Lang::Sv),
            ("tidsserie 02", Lang::Sv),
        ] {
            assert!(keys(text, lang).iter().all(|k| !k.starts_with("series:")), "{text}");
        }
    }

    #[test]
    fn group_names() {
        assert_eq!(keys("the G7 and G20 partners", Lang::En), ["group:G7", "group:G20"]);
        assert_eq!(keys("the European Union (EU 27), Norway", Lang::En)[0], "group:EU27");
        assert_eq!(keys("in the EU 28.", Lang::En), ["group:EU28"]);
        // Before a unit or a figure's part, or of a number the Union never had: no group.
        for text in ["in the EU 27 % of adults", "the EU 27 countries", "(EU 26)", "EU 27,5", "AEU 27)"] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("group:")), "{text}");
        }
        assert_eq!(keys("G7-partnerna och G20", Lang::Sv), ["group:G7", "group:G20"]);
        assert!(keys("AG7, G7x, G123", Lang::En).iter().all(|k| !k.starts_with("group:")));
        assert_eq!(keys("the EU27 average", Lang::En), keys("genomsnittet för EU-27", Lang::Sv));
        assert_eq!(keys("EA20", Lang::En), ["group:EA20"]);
    }

    #[test]
    fn not_annexes() {
        assert!(keys("The annex is attached. In the Annex, I note that.", Lang::En).is_empty());
        assert!(keys("Bilagan innehåller en tabell. Bilagor bifogas.", Lang::Sv).is_empty());
        assert!(keys("Annex IIII and Annexation", Lang::En).is_empty());
        assert_eq!(keys("Annex 2024 data", Lang::En), ["year:2024"]);
    }
}
