//! The letters and numerals that name a class, a category or a section: a medical device's
//! class (`class IIb` = `klass IIb`, `classes IIa and IIb` = `klasserna IIa och IIb`, the
//! classes A to D of in vitro diagnostics), an animal disease's category (`a category A
//! disease` = `en kategori A-sjukdom`), an energy label's classes (`classes A to G` =
//! `klasserna A–G`, `A+`), a vehicle's category (`category M1`), a tariff's staging category
//! (`staging category "E"` = `avvecklingskategori ”E”`) and a section of a statistical
//! classification (`Section C` = `avdelning C`, `avsnitt C`), and a score given as a letter of
//! a scale (`the score C` = `betyget C`).
//!
//! After a class word (`class_nouns` in `tables/`; in Swedish also a compound that ends in
//! one, `energiklass`, `avvecklingskategori`) the code is a capital letter alone, with digits
//! or plus signs after it (`B7`, `A+`), or a Roman numeral with a small letter after it or
//! none (`III`, `IIb`); after a section word (`section_nouns`) only a capital letter, as a
//! Roman numeral there numbers a part of the text (`Section III`, read in `units.rs`). A list
//! or range of codes (`IIa and IIb`, `A to G`, `A–G`, `"B3" or "B5"`) gives each its value.
//! Each is an optional `code:IIb`, compared letter for letter, as `code.rs` keys the codes of
//! capitals and digits (`M1` alone is `code:M1` too): one version may name the class by
//! other words, but a changed code is a changed value.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::tables::{EMISSION_CLASS_WORDS, EMISSION_STANDARDS, table};
use super::{Lower, Value, ValueKind};
use crate::text::Lang;

/// The finders of the class and section words of one language, lower case: one for each word
/// that holds no shorter word of the lists (`class` finds `classes` and `energiklass`).
static WORDS: LazyLock<[Vec<Finder<'static>>; 2]> = LazyLock::new(|| {
    [Lang::En, Lang::Sv].map(|lang| {
        let lang_table = table(lang);
        let words: Vec<&str> =
            lang_table.class_nouns.iter().chain(lang_table.section_nouns).copied().collect();
        words
            .iter()
            .filter(|word| !words.iter().any(|other| other.len() < word.len() && word.contains(other)))
            .map(|word| Finder::new(word.as_bytes()).into_owned())
            .collect()
    })
});

/// The finders of the names of emission standards, lower case, and of the classes named by
/// their letters alone, as written.
static EMISSION_FINDERS: LazyLock<(Vec<Finder<'static>>, Vec<Finder<'static>>)> = LazyLock::new(|| {
    let finders = |words: &[&str]| {
        words.iter().map(|word| Finder::new(word.as_bytes()).into_owned()).collect::<Vec<_>>()
    };
    (finders(EMISSION_STANDARDS), finders(EMISSION_CLASS_WORDS))
});

/// The Roman numerals of the emission classes, whose Arabic figure is their place plus one.
const EMISSION_ROMANS: [&str; 7] = ["I", "II", "III", "IV", "V", "VI", "VII"];

/// Finds the emission classes of vehicles in `text`: the name of the standard with a capital,
/// a space or none, and the class, a Roman numeral or an Arabic figure, which are the same
/// (`EURO VI`, `Euro 6`, `Euro VI`, `EURO6`: `code:VI`), with a small letter glued after it as
/// its step (`Euro 6d` = `code:VId`), standing alone in a table cell too (`| EURO VI |`); and
/// a class named by its letters alone (`EEV`: `code:EEV`). Each an optional `code:`, as the
/// classes of `class V` and `Euroutsläppsklass V` are: one version may name the class by other
/// words, but a changed class is a changed value.
pub(crate) fn emission_classes(text: &str, lower: &Lower, out: &mut Vec<Value>) {
    let (standards, words) = &*EMISSION_FINDERS;
    let (bytes, folded) = (text.as_bytes(), lower.as_str().as_bytes());
    for finder in standards {
        for hit in lower.pairs().find_all(finder, folded) {
            let end = hit + finder.needle().len();
            // A whole word with a capital, after no figure (`100 euro 2024` is an amount).
            if !bytes.get(hit).is_some_and(u8::is_ascii_uppercase)
                || hit > 0 && bytes.get(hit - 1).is_some_and(|&b| is_letter(b) || b.is_ascii_digit())
                || figure_before(bytes, hit)
            {
                continue;
            }
            let at = space(bytes, end).unwrap_or(end);
            let Some((class, class_end)) = emission_class_at(bytes, at) else { continue };
            let mut value = Value::new(ValueKind::Legal, hit..class_end, format!("code:{class}"), class);
            value.optional = true;
            out.push(value);
        }
    }
    for finder in words {
        for hit in lower.pairs().find_all(finder, bytes) {
            let end = hit + finder.needle().len();
            let glued = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80);
            if glued(hit.checked_sub(1).and_then(|before| bytes.get(before))) || glued(bytes.get(end)) {
                continue;
            }
            let word = text.get(hit..end).unwrap_or_default();
            let mut value = Value::new(ValueKind::Legal, hit..end, format!("code:{word}"), word);
            value.optional = true;
            out.push(value);
        }
    }
}

/// Whether a figure ends a space before byte `at` of `bytes` (`100 Euro 6` is no class).
fn figure_before(bytes: &[u8], at: usize) -> bool {
    let head = bytes.get(..at).unwrap_or_default();
    let head = head.strip_suffix(b" ").or_else(|| head.strip_suffix("\u{a0}".as_bytes())).unwrap_or(head);
    head.last().is_some_and(u8::is_ascii_digit)
}

/// The emission class at byte `at`: a Roman numeral of [`EMISSION_ROMANS`] or an Arabic figure
/// from 1 to 7, as the Roman numeral, the figure with a small letter glued after it or none, the word
/// ending there (a hyphen may join a compound, `Euro VI-fordon`; a figure may not go on in a
/// decimal, `Euro 6,5`); and the byte after it.
fn emission_class_at(bytes: &[u8], at: usize) -> Option<(String, usize)> {
    let rest = bytes.get(at..)?;
    let arabic = rest.first().is_some_and(u8::is_ascii_digit);
    let (roman, mut end) = match rest.first()? {
        digit @ b'1'..=b'7' => (EMISSION_ROMANS[usize::from(digit - b'1')], at + 1),
        _ => {
            let len = rest.iter().take_while(|b| matches!(b, b'I' | b'V')).count();
            let roman = EMISSION_ROMANS
                .iter()
                .find(|roman| roman.len() == len && rest.starts_with(roman.as_bytes()))?;
            (*roman, at + len)
        }
    };
    let mut class = roman.to_string();
    if arabic
        && let Some(&letter) = bytes.get(end).filter(|b| b.is_ascii_lowercase())
        && !bytes.get(end + 1).is_some_and(|&b| is_letter(b) || b.is_ascii_digit())
    {
        class.push(char::from(letter));
        end += 1;
    }
    let ends = match bytes.get(end..).unwrap_or_default() {
        [] => true,
        [b'.' | b',', next, ..] => !next.is_ascii_digit(),
        [next, ..] => !(is_letter(*next) || next.is_ascii_digit() || *next == b'/'),
    };
    ends.then_some((class, end))
}

/// The classes of reaction to fire of construction products (EN 13501-1) and of their
/// external fire performance as roofs (EN 13501-5), written alike in every language: the
/// class (`A1`, `A2`, `B` to `F`), the product's subscript where it has one (`fl` of floorings,
/// `L` of linear pipe insulation, `ca` of cables; `ROOF` with the test, `BROOF(t1)`), then
/// the smoke class (`-s1` to `-s3`), the flaming droplets (`,d0` to `,d2`) and the acidity
/// (`,a1` to `,a3`). A subscript written in Markdown (`C~fl~-s1`) reads as one written
/// inline (`Cfl-s1`), a dash or a no-break hyphen as a hyphen and a space after a comma as
/// none (`code:A2-s1,d0`). A class alone (`A1`, `C`) is left to the readers of codes after a
/// class word; one with a subscript or a smoke class is a firm `code:`, so that a changed
/// smoke or droplet class (`B-s3,d2` against `B-s3,d0`) or a changed class (`Cfl-s1` against
/// `Dfl-s1`) is a changed value.
pub(crate) fn fire_classes(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    // Cheap test first: a smoke class with its figure, a floor's subscript after its class, a
    // roof's or a subscript in Markdown's tildes (`-s1`, `Cfl`, `A2fl`, `BROOF`, `~`); `-s` and
    // `fl` alone stand in many words (`non-state`, `flows`).
    let smoke = || {
        crate::text::find_all(finder!(b"-s"), bytes)
            .any(|at| bytes.get(at + 2).is_some_and(|b| matches!(b, b'1'..=b'3')))
    };
    let floor = || {
        crate::text::find_all(finder!(b"fl"), bytes).any(|at| {
            at.checked_sub(1)
                .and_then(|k| bytes.get(k))
                .is_some_and(|b| matches!(b, b'A'..=b'F' | b'1' | b'2'))
        })
    };
    if memchr::memchr(b'~', bytes).is_none()
        && !smoke()
        && !floor()
        && memchr::memmem::find(bytes, b"ROOF").is_none()
    {
        return;
    }
    let mut at = 0;
    while let Some(found) =
        bytes.get(at..).and_then(|rest| rest.iter().position(|b| matches!(b, b'A'..=b'F')))
    {
        let start = at + found;
        at = start + 1;
        if start > 0 && bytes.get(start - 1).is_some_and(|&b| is_letter(b) || b.is_ascii_digit() || b == b'~')
        {
            continue;
        }
        if let Some((key, end)) = fire_class_at(bytes, start) {
            at = end;
            let written = text.get(start..end).unwrap_or_default();
            out.push(Value::new(ValueKind::Legal, start..end, format!("code:{key}"), written));
        }
    }
}

/// The class of reaction to fire at `start` (see [`fire_classes`]): its key and where it
/// ends, if it holds a subscript or a smoke class.
fn fire_class_at(bytes: &[u8], start: usize) -> Option<(String, usize)> {
    let mut key = String::new();
    let mut end = start + 1;
    key.push(char::from(bytes[start]));
    // `A1`, `A2`; the cables' `B1ca`, `B2ca`.
    if matches!(bytes[start], b'A' | b'B')
        && let Some(&digit) = bytes.get(end).filter(|b| matches!(b, b'1' | b'2'))
    {
        key.push(char::from(digit));
        end += 1;
    }
    // The subscript, in Markdown's tildes or glued.
    let tilde = bytes.get(end) == Some(&b'~');
    let sub_at = end + usize::from(tilde);
    let sub = [&b"fl"[..], b"ca", b"ROOF", b"L"].into_iter().find(|sub| {
        bytes.get(sub_at..).is_some_and(|rest| rest.starts_with(sub))
            && (!tilde || bytes.get(sub_at + sub.len()) == Some(&b'~'))
    });
    let mut marked = false;
    if let Some(sub) = sub {
        let sub_end = sub_at + sub.len() + usize::from(tilde);
        // A roof's class names its test (`BROOF(t1)`), and no roof is of class A.
        if sub == b"ROOF" {
            let test = bytes.get(sub_end..sub_end + 4)?;
            if key.starts_with('A') || !matches!(test, [b'(', b't', b'1'..=b'4', b')']) {
                return None;
            }
            key.push_str("ROOF(t");
            key.push(char::from(test[2]));
            key.push(')');
            end = sub_end + 4;
        } else {
            key.push_str(std::str::from_utf8(sub).ok()?);
            end = sub_end;
        }
        marked = true;
    } else if tilde {
        return None;
    }
    // Class A holds a figure but for cables (`Aca`), and only B's cables take one too.
    let figure = key.len() == 2;
    if key == "A" && sub != Some(&b"ca"[..]) || key.starts_with('B') && figure && sub != Some(&b"ca"[..]) {
        return None;
    }
    // The smoke class after a hyphen or a dash, then droplets and acidity after commas.
    let dash = match bytes.get(end..) {
        Some([b'-', ..]) => 1,
        Some([0xE2, 0x80, 0x91 | 0x93, ..]) => 3,
        _ => 0,
    };
    let smoke = dash > 0
        && bytes.get(end + dash) == Some(&b's')
        && bytes.get(end + dash + 1).is_some_and(|b| matches!(b, b'1'..=b'3'));
    if smoke {
        key.push_str("-s");
        key.push(char::from(bytes[end + dash + 1]));
        end += dash + 2;
        for (letter, digits) in [(b'd', b'0'..=b'2'), (b'a', b'1'..=b'3')] {
            let space = usize::from(bytes.get(end + 1) == Some(&b' '));
            let at = end + 1 + space;
            if bytes.get(end) == Some(&b',')
                && bytes.get(at) == Some(&letter)
                && bytes.get(at + 1).is_some_and(|b| digits.contains(b))
            {
                key.push(',');
                key.push(char::from(letter));
                key.push(char::from(bytes[at + 1]));
                end = at + 2;
            }
        }
    }
    let ends = !bytes.get(end).is_some_and(|&b| is_letter(b) || b.is_ascii_digit() || b == b'~');
    // A subscript of capitals or of a common pair of letters glued inline names a class only
    // with its smoke class: `EL` is Greece's code, `Bca` a word's start.
    let plain = !tilde && matches!(sub, Some(b"L" | b"ca"));
    ((marked && !plain || smoke) && ends).then_some((key, end))
}

/// What a word before a code names, which tells what code may follow.
#[derive(Clone, Copy, PartialEq)]
enum Noun {
    /// A class or a category: a letter or a Roman numeral.
    Class,
    /// A section: a letter only.
    Section,
}

/// The shape of a code, which every code of one list shares.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// A capital letter, with digits or plus signs after it (`A`, `B7`, `A+`).
    Letter,
    /// A Roman numeral, with a small letter after it or none (`III`, `IIb`).
    Roman,
}

/// Finds the codes of classes, categories and sections in `text`.
pub(crate) fn find(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    let finders = &WORDS[super::lang_index(lang)];
    if !finders.iter().any(|finder| lower.pairs().may_hold(finder.needle())) {
        return;
    }
    let folded = lower.as_str().as_bytes();
    for finder in finders {
        for hit in lower.pairs().find_all(finder, folded) {
            let start = hit - folded[..hit].iter().rev().take_while(|b| is_letter(**b)).count();
            let end = hit + folded[hit..].iter().take_while(|b| is_letter(**b)).count();
            let Some(noun) = folded.get(start..end).and_then(|word| noun(word, lang)) else { continue };
            read_codes(text, start, end, noun, lang, out);
        }
    }
}

/// The finders of the words of a grade's bound of one language, lower case (`grade_bounds` in
/// `tables/`).
static GRADE_BOUNDS: LazyLock<[Vec<Finder<'static>>; 2]> =
    LazyLock::new(|| super::table_finders(|lang_table| lang_table.grade_bounds));

/// Finds a grade named by its letter alone before a word of its bound (`an Energy Performance
/// Certificate (EPC) of C or below` = `en energideklaration med klass C eller lägre`, `A+ or
/// better`): a capital from `A` to `G`, the letters of the Union's scales of grades (the energy
/// label and the energy performance certificate run from A to G), with plus signs after it or
/// none, alone after a space or a bracket, one space before the bound. Each an optional
/// `code:C`, as the class a class word names is: `klass D eller lägre` for `C or below` is a
/// changed grade.
pub(crate) fn bounded_grades(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    let (bytes, folded) = (text.as_bytes(), lower.as_str().as_bytes());
    for finder in &GRADE_BOUNDS[super::lang_index(lang)] {
        for hit in lower.pairs().find_all(finder, folded) {
            let end = hit + finder.needle().len();
            if bytes.get(end).is_some_and(|&b| is_letter(b) || b.is_ascii_digit()) {
                continue;
            }
            let Some(grade_end) = hit.checked_sub(1).filter(|&at| bytes.get(at) == Some(&b' ')) else {
                continue;
            };
            let head = bytes.get(..grade_end).unwrap_or_default();
            let pluses = head.iter().rev().take_while(|&&b| b == b'+').count();
            let Some(letter) = grade_end.checked_sub(pluses + 1) else { continue };
            let alone = letter == 0 || matches!(bytes.get(letter - 1), Some(b' ' | b'('));
            if !alone || !bytes.get(letter).is_some_and(|b| (b'A'..=b'G').contains(b)) {
                continue;
            }
            let grade = text.get(letter..grade_end).unwrap_or_default();
            let mut value = Value::new(ValueKind::Legal, letter..grade_end, format!("code:{grade}"), grade);
            value.optional = true;
            out.push(value);
        }
    }
}

/// The finders of the abbreviations of the types of protection, with the English one each
/// stands for (`protection_types` in `tables/`).
static PROTECTION_TYPES: LazyLock<[Vec<super::KeyedFinder<&'static str>>; 2]> =
    LazyLock::new(|| super::keyed_table_finders(|lang_table| lang_table.protection_types));

/// Finds the type of protection in brackets after a registered name, as the Official Journal
/// writes it (`'Côtes de Valmaure' (PDO)` = `”Côtes de Valmaure” (SUB)`, `(PGI)` = `(SGB)`,
/// `(TSG)` = `(GTS)`), each abbreviation in capitals: an optional `code:PDO`, keyed by the
/// English abbreviation, as one version may spell the type out, but a changed type
/// (`(SGB)` for `(PDO)`) is a changed value.
pub(crate) fn protection_types(text: &str, lang: Lang, lower: &Lower, out: &mut Vec<Value>) {
    // The cheap test first: a bracket, then a search only for the abbreviations the text may hold.
    if memchr::memchr(b'(', text.as_bytes()).is_none() {
        return;
    }
    for (finder, _, meaning) in &PROTECTION_TYPES[super::lang_index(lang)] {
        for hit in lower.pairs().find_all(finder, text.as_bytes()) {
            // The abbreviation, inside its brackets.
            let span = hit + 1..hit + finder.needle().len() - 1;
            let written = text.get(span.clone()).unwrap_or_default();
            let mut value = Value::new(ValueKind::Legal, span, format!("code:{meaning}"), written);
            value.optional = true;
            out.push(value);
        }
    }
}

/// A byte of a word: an ASCII letter or a byte of a letter beyond ASCII (`ä` of `tillägg`).
fn is_letter(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte >= 0x80
}

/// What the whole word `word` (lower case) names: a class word, a Swedish compound that ends
/// in one (`energiklass`), or a section word.
fn noun(word: &[u8], lang: Lang) -> Option<Noun> {
    let lang_table = table(lang);
    if lang_table.section_nouns.iter().any(|noun| word == noun.as_bytes()) {
        return Some(Noun::Section);
    }
    let class = |noun: &&str| {
        word == noun.as_bytes() || lang_table.class_compounds && word.ends_with(noun.as_bytes())
    };
    lang_table.class_nouns.iter().any(class).then_some(Noun::Class)
}

/// Reads the codes after the noun at `start..end`, one space after it: the first value spans
/// the noun too, as a longer reading than a code or a numeral alone.
fn read_codes(text: &str, start: usize, end: usize, noun: Noun, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let Some(mut at) = space(bytes, end) else { return };
    let mut shape = None;
    let mut from = start;
    let first = out.len();
    // Whether a dash or a range word joins two codes (`A to G`, `A–G`), which a version may
    // also write as a list.
    let mut ranged = false;
    let list_joiners = table(lang).list_joiners;
    while let Some((code, item_end, item_shape)) = code_at(text, at, noun, lang) {
        if shape.is_some_and(|shape| shape != item_shape) {
            break;
        }
        shape = Some(item_shape);
        let mut value = Value::new(ValueKind::Legal, from..item_end, format!("code:{code}"), code);
        value.optional = true;
        out.push(value);
        let Some(next) = joiner(bytes, item_end, lang) else { break };
        let between = text.get(item_end..next).unwrap_or_default().trim_matches([',', ' ']);
        ranged |= !(between.is_empty() || list_joiners.contains(&between));
        at = next;
        from = next;
    }
    // Three codes or more listed one by one (`classes A1, A2, B and C` = `klasserna A1, A2, B
    // och C`) name the classes themselves, which no version words otherwise: each is firm,
    // so that a class dropped from the list is a value missing.
    if out.len() - first >= 3 && !ranged {
        for value in &mut out[first..] {
            value.optional = false;
        }
    }
}

/// The byte after one space-like character at `at`: a space, a no-break space, a narrow
/// no-break space or a thin space.
fn space(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at..)? {
        [b' ', ..] => Some(at + 1),
        [0xC2, 0xA0, ..] => Some(at + 2),
        [0xE2, 0x80, 0xAF | 0x89, ..] => Some(at + 3),
        _ => None,
    }
}

/// Quotation marks that may stand around a code (`"E"`, `”E”`, `“E”`, `‘E’`).
const QUOTES: [&[u8]; 5] =
    [b"\"", "\u{201d}".as_bytes(), "\u{201c}".as_bytes(), "\u{2018}".as_bytes(), "\u{2019}".as_bytes()];

/// The quotation mark at `at`, its length.
fn quote(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    QUOTES.iter().find(|quote| rest.starts_with(quote)).map(|quote| quote.len())
}

/// The code at `at`, in quotation marks or none: the code, where its item ends (after a
/// closing mark) and its shape. A code must stand alone: no letter, digit, slash or
/// apostrophe after it (`Ab`, `B/C`, `A’s`), no full stop before a letter or a digit
/// (`A.1`), a hyphen only before a small letter (`A-sjukdom`) or another code (`A-G`). An
/// English `A` before a capitalised word is the article that opens a sentence (`… category A
/// Member State`).
fn code_at(text: &str, at: usize, noun: Noun, lang: Lang) -> Option<(&str, usize, Shape)> {
    let bytes = text.as_bytes();
    let open = quote(bytes, at);
    let code_start = at + open.unwrap_or(0);
    let rest = bytes.get(code_start..)?;
    let romans = rest.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let (len, shape) = match noun {
        Noun::Class
            if romans > 0
                && super::units::roman(&rest[..romans]).is_some()
                && !rest.get(romans).is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            // A small letter after the numeral, alone (`IIb`, not `Ibland`).
            let small = rest.get(romans).is_some_and(u8::is_ascii_lowercase)
                && !rest.get(romans + 1).is_some_and(|b| is_letter(*b));
            (romans + usize::from(small), Shape::Roman)
        }
        _ => {
            let &first = rest.first().filter(|b| b.is_ascii_uppercase())?;
            let digits = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
            let plus = if digits == 0 { rest[1..].iter().take_while(|b| **b == b'+').count() } else { 0 };
            // After a section word, a lone I, V or X is a Roman numeral, read in `units.rs`.
            if noun == Noun::Section && digits == 0 && matches!(first, b'I' | b'V' | b'X') {
                return None;
            }
            (1 + digits + plus, Shape::Letter)
        }
    };
    let code_end = code_start + len;
    let code = text.get(code_start..code_end)?;
    let mut end = code_end;
    if open.is_some() {
        end += quote(bytes, end)?;
    }
    let after = bytes.get(end..).unwrap_or_default();
    let next = super::char_at(text, end);
    let glued = next.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '\'' | '_'))
        || next == Some('\u{2019}') && open.is_none()
        || matches!(after, [b'.', b, ..] if b.is_ascii_alphanumeric())
        || matches!(after, [b'-', b, ..] if b.is_ascii_digit());
    // `A Member State`: a capital and a small letter after the `A`.
    let article = lang == Lang::En
        && code == "A"
        && matches!(after, [b' ', capital, small, ..] if capital.is_ascii_uppercase() && small.is_ascii_lowercase());
    (!glued && !article).then_some((code, end, shape))
}

/// Whether `rest` starts with a dash of a range: an en dash, a non-breaking hyphen or a
/// hyphen (U+2010).
fn dash(rest: &[u8]) -> bool {
    ["\u{2013}", "\u{2011}", "\u{2010}"].iter().any(|dash| rest.starts_with(dash.as_bytes()))
}

/// Where the next code of a list or a range starts after the code that ends at `at`: after a
/// dash (`A–G`, `A – G`, `A-G`), a comma (`A, B`), a list or range word between spaces (`IIa
/// and IIb`, `A to G`, `A, B or C`).
fn joiner(bytes: &[u8], at: usize, lang: Lang) -> Option<usize> {
    let rest = bytes.get(at..)?;
    if dash(rest) {
        return Some(at + 3);
    }
    if rest.starts_with(b"-") {
        return Some(at + 1);
    }
    if rest.starts_with(" \u{2013} ".as_bytes()) {
        return Some(at + 5);
    }
    let (after_comma, comma) = match rest.strip_prefix(b",") {
        Some(tail) => (tail, 1),
        None => (rest, 0),
    };
    let after_space = after_comma.strip_prefix(b" ")?;
    let lang_table = table(lang);
    let word =
        lang_table.list_joiners.iter().chain(lang_table.range_bare_joiners).find(|word| {
            after_space.starts_with(word.as_bytes()) && after_space.get(word.len()) == Some(&b' ')
        });
    match word {
        Some(word) => Some(at + comma + 1 + word.len() + 1),
        None if comma == 1 => Some(at + 2),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;
    use crate::values::extract;

    fn codes(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().filter(|v| v.key.starts_with("code:")).map(|v| v.key).collect()
    }

    fn optional(text: &str, lang: Lang) -> bool {
        extract(text, lang).iter().filter(|v| v.key.starts_with("code:")).all(|v| v.optional)
    }

    #[test]
    fn a_grade_alone_before_its_bound() {
        assert_eq!(codes("an Energy Performance Certificate (EPC) of C or below", Lang::En), ["code:C"]);
        assert_eq!(codes("en energideklaration med klass C eller lägre", Lang::Sv), ["code:C"]);
        assert_eq!(codes("rated A+ or better", Lang::En), ["code:A+"]);
        assert_eq!(codes("(B or higher)", Lang::En), ["code:B"]);
        assert!(optional("of C or below", Lang::En));
        assert_ne!(codes("of C or below", Lang::En), codes("med klass D eller lägre", Lang::Sv));
        // A letter past the scale, glued to a word, or a bound that goes on in a word: none.
        assert!(codes("Schedule H or lower", Lang::En).is_empty());
        assert!(codes("part-C or below", Lang::En).is_empty());
        assert!(codes("Vitamin C or lowering", Lang::En).is_empty());
        assert!(codes("ABC or better", Lang::En).is_empty());
    }

    #[test]
    fn a_score_given_as_a_letter() {
        let en = "the quality of controls shall be assigned the score C.";
        let sv = "ska kontrollernas kvalitet tilldelas betyget C.";
        assert_eq!(codes(en, Lang::En), ["code:C"]);
        assert_eq!(codes(en, Lang::En), codes(sv, Lang::Sv));
        assert_ne!(codes(en, Lang::En), codes("tilldelas betyget B.", Lang::Sv));
        assert!(optional(en, Lang::En));
        // A figure, or a word after the noun, is no letter of a scale.
        assert!(codes("a score of 4, the score Board", Lang::En).is_empty());
        assert!(codes("betyget 4 och betyget Godkänt", Lang::Sv).is_empty());
    }

    #[test]
    fn classes_of_reaction_to_fire() {
        let keys = |text: &str| crate::values::tests::keys_found(super::fire_classes, text);
        assert_eq!(
            keys("| A1 (\\*), A2-s1,d0 (\\*), B-s3,d2 (\\*), C (\\*) | 1 |"),
            ["code:A2-s1,d0", "code:B-s3,d2"]
        );
        assert_eq!(
            keys("A1~fl~, A2~fl~-s1, B~fl~-s1, Cfl-s1 (\\*)"),
            keys("A1fl, A2fl-s1, Bfl-s1, C~fl~-s1 (\\*)")
        );
        assert_eq!(keys("C~fl~-s1"), ["code:Cfl-s1"]);
        assert_eq!(keys("A2L-s1,d0 and E~L~"), ["code:A2L-s1,d0", "code:EL"]);
        assert_eq!(
            keys("B~ROOF~(t1) and CROOF(t4), B2ca-s1, d0, a1"),
            ["code:BROOF(t1)", "code:CROOF(t4)", "code:B2ca-s1,d0,a1"]
        );
        assert_eq!(keys("B~ca~-s1, d0, a1 and A2–s1,d0"), ["code:Bca-s1,d0,a1", "code:A2-s1,d0"]);
        // A changed smoke, droplet or class letter is a changed class.
        assert_ne!(keys("B-s3,d2"), keys("B-s3,d0"));
        assert_ne!(keys("C~fl~-s1"), keys("D~fl~-s1"));
        // A class alone, a word or another code is none.
        for text in [
            "class A1 and C",
            "Cflow",
            "A-s1",
            "B1-s1",
            "EL (3.4) and PT",
            "Eca",
            "A2L",
            "EFSA-s1",
            "A3-s1",
            "the B-side",
            "Air-s1",
            "DE-s1x",
        ] {
            assert!(keys(text).is_empty(), "{text}: {:?}", keys(text));
        }
    }

    #[test]
    fn three_classes_listed_one_by_one_are_firm() {
        let en = "for products of classes A1, A2, B and C.";
        let sv = "för produkter i klasserna A1, A2, B och C.";
        assert_eq!(codes(en, Lang::En), codes(sv, Lang::Sv));
        assert!(extract(sv, Lang::Sv).iter().filter(|v| v.key.starts_with("code:")).all(|v| !v.optional));
        // Two, or a range, stay optional.
        assert!(optional("classes IIa and IIb", Lang::En));
        assert!(optional("classes A to G", Lang::En));
        assert!(optional("klasserna A, B–D", Lang::Sv));
    }

    #[test]
    fn the_type_of_protection_after_a_registered_name() {
        let en = "('Côtes de Valmaure' (PDO)), ('Jambon de la Montagne Noire' (PGI)) and 'Hollandse maatjesharing' (TSG)";
        let sv = "(”Côtes de Valmaure” (SUB)), (”Jambon de la Montagne Noire” (SGB)) och ”Hollandse maatjesharing” (GTS)";
        assert_eq!(codes(en, Lang::En), ["code:PDO", "code:PGI", "code:TSG"]);
        assert_eq!(codes(en, Lang::En), codes(sv, Lang::Sv));
        assert!(optional(sv, Lang::Sv));
        let values = extract(sv, Lang::Sv);
        let pdo =
            values.iter().find(|v| v.key == "code:PDO").map(|v| (v.display.as_str(), &sv[v.span.clone()]));
        assert_eq!(pdo, Some(("SUB", "SUB")));
        // A changed type is a changed value.
        assert_ne!(
            codes("('Côtes de Valmaure' (PDO))", Lang::En),
            codes("(”Côtes de Valmaure” (SGB))", Lang::Sv)
        );
        // Only in brackets and capitals, and each language's own.
        assert!(codes("a PDO wine, (pdo), (SUB)", Lang::En).is_empty());
        assert!(codes("ett SUB-vin, (PDO)", Lang::Sv).is_empty());
    }

    #[test]
    fn emission_classes_of_vehicles() {
        // Roman and Arabic numerals are one class, with a space or none, in a table cell too.
        for text in ["| EURO VI | 0,6 |", "Euro 6 vehicles", "Euro VI lorries", "EURO6 and", "Euro VI-fordon"]
        {
            assert_eq!(codes(text, Lang::Sv), ["code:VI"], "{text}");
        }
        assert_eq!(codes("| EURO V | 0.6 |", Lang::En), ["code:V"]);
        assert_ne!(codes("| EURO V |", Lang::Sv), codes("| EURO VI |", Lang::En));
        assert_eq!(codes("Euro 6d and Euro 6d-TEMP", Lang::En), ["code:VId", "code:VId"]);
        assert_eq!(codes("| EEV | 1.2 |", Lang::En), ["code:EEV"]);
        assert!(optional("| EURO VI |", Lang::En));
        // The class word reads on as before (`Euroutsläppsklass V`, `EURO emission class V`).
        assert_eq!(codes("i Euroutsläppsklass V eller äldre", Lang::Sv), ["code:V"]);
        assert_eq!(codes("of EURO emission class V or older", Lang::En), ["code:V"]);
        // No class: an amount's currency, a lower-case word, a longer numeral or figure, a word.
        for text in [
            "100 Euro 6",
            "100 euro 6",
            "euro 6",
            "Euro 2024",
            "Euro 6,5",
            "EURO VIII",
            "Europe 6",
            "Euro Vi",
            "NEEV",
            "EEVs",
        ] {
            assert!(codes(text, Lang::En).is_empty(), "{text}");
        }
    }

    #[test]
    fn medical_device_classes() {
        assert_eq!(codes("for class IIb devices", Lang::En), ["code:IIb"]);
        assert_eq!(codes("för produkter i klass IIb", Lang::Sv), ["code:IIb"]);
        assert_eq!(codes("class III devices and class I devices", Lang::En), ["code:III", "code:I"]);
        assert_eq!(codes("for classes IIa and IIb", Lang::En), ["code:IIa", "code:IIb"]);
        assert_eq!(codes("i klasserna IIa och IIb", Lang::Sv), ["code:IIa", "code:IIb"]);
        assert_eq!(codes("Class III custom-made devices", Lang::En), ["code:III"]);
        assert_eq!(codes("for class B and class A devices", Lang::En), ["code:B", "code:A"]);
        assert_eq!(codes("för produkter i klass B och produkter i klass A", Lang::Sv), ["code:B", "code:A"]);
        assert_ne!(codes("klass IIb", Lang::Sv), codes("class IIa", Lang::En));
        assert_ne!(codes("klass C", Lang::Sv), codes("class B", Lang::En));
        assert!(optional("for class IIb devices", Lang::En));
        // A numeral with a word after it is none (`Ibland`); a compound of the numeral is.
        assert_eq!(codes("Cramer-klass III-ämnen", Lang::Sv), ["code:III"]);
        assert!(codes("klass Ibland", Lang::Sv).is_empty());
    }

    #[test]
    fn disease_categories() {
        assert_eq!(codes("HPAI is listed as a category A disease", Lang::En), ["code:A"]);
        assert_eq!(codes("HPAI förtecknas som en kategori A-sjukdom", Lang::Sv), ["code:A"]);
        assert_eq!(codes("bekämpning av kategori A-sjukdomar", Lang::Sv), ["code:A"]);
        assert_ne!(codes("en kategori B-sjukdom", Lang::Sv), codes("a category A disease", Lang::En));
        // An English `A` before a capitalised word opens a sentence.
        assert!(codes("in each category A Member State may", Lang::En).is_empty());
    }

    #[test]
    fn ranges_lists_and_quoted_codes() {
        assert_eq!(codes("for classes A to G", Lang::En), ["code:A", "code:G"]);
        assert_eq!(codes("för klasserna A–G", Lang::Sv), ["code:A", "code:G"]);
        assert_eq!(codes("in class A or B", Lang::En), ["code:A", "code:B"]);
        assert_eq!(codes("energieffektivitetsklass A+, A++", Lang::Sv), ["code:A+", "code:A++"]);
        assert_eq!(codes("goods in staging category \"E\" are", Lang::En), ["code:E"]);
        assert_eq!(codes("varor i avvecklingskategori ”E” är", Lang::Sv), ["code:E"]);
        assert_eq!(codes("avvecklingskategori ”B7” ska", Lang::Sv), ["code:B7"]);
        assert_eq!(
            codes("categories M2, M3, N2 and N3", Lang::En),
            ["code:M2", "code:M3", "code:N2", "code:N3"]
        );
        // A list keeps the shape of its first code: the pronoun is no class.
        assert_eq!(codes("class A and I said", Lang::En), ["code:A"]);
    }

    #[test]
    fn sections_by_letter() {
        assert_eq!(codes("value added in section C accounts", Lang::En), ["code:C"]);
        assert_eq!(codes("förädlingsvärde i avdelning C utgör", Lang::Sv), ["code:C"]);
        assert_eq!(codes("avdelningarna B–N", Lang::Sv), ["code:B", "code:N"]);
        assert_eq!(codes("Section A – General notes", Lang::En), ["code:A"]);
        assert_eq!(codes("Avsnitt A – Allmänna anmärkningar", Lang::Sv), ["code:A"]);
        // A Roman numeral after a section word numbers a part of the text.
        assert!(codes("Section III – Commission", Lang::En).is_empty());
        assert!(codes("avdelning V", Lang::Sv).is_empty());
    }

    #[test]
    fn not_codes() {
        for (text, lang) in [
            ("Class 1.3. Cheeses", Lang::En),
            ("an asset class and risk profile", Lang::En),
            ("the middle class", Lang::En),
            ("a category of persons", Lang::En),
            ("the classification A", Lang::En),
            ("subclass B", Lang::En),
            ("class A.1", Lang::En),
            ("class AB", Lang::En),
            ("class A/B", Lang::En),
            ("category A's", Lang::En),
            ("klassen 0–49", Lang::Sv),
            ("klasser", Lang::Sv),
            ("en klassiker B", Lang::Sv),
        ] {
            assert!(codes(text, lang).is_empty(), "{text}");
        }
    }
}
