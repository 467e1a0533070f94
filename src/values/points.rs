//! Lettered points named without their article: `point (b)`, `points (a) to (d)`, `point
//! (a)(ii)`, as Swedish writes them, `led b`, `leden a–d`, `led a ii`; a point after a
//! numbered paragraph (`point 5(a)`, `punkt 5 a`) or after a subparagraph (`första stycket
//! b`). Each point, or range of points, is a value keyed `point:b`, `point:a..d`,
//! `point:a(ii)`, the same in both languages. A point inside an article reference (`Article
//! 4(2)(b)`, `artikel 4.2 b`) is the article's, whose longer value wins the overlap.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::legal::space_run;
use super::tables::{LangTable, table};
use super::{Pairs, Value, ValueKind, char_before, word_at};
use crate::text::Lang;

/// The words that name points (`point`, `led`) and the words a point's letter may follow
/// without one (`stycket`), each with its capitalised form: the finders of one language,
/// built once.
static WORDS: LazyLock<[Vec<Finder<'static>>; 2]> = LazyLock::new(|| {
    [Lang::En, Lang::Sv].map(|lang| {
        let lang_table = table(lang);
        let mut finders = Vec::new();
        for &word in lang_table
            .point_names
            .iter()
            .chain(lang_table.point_after_words)
            .chain(lang_table.numbered_point_nouns)
            .chain(lang_table.lettered_item_nouns)
        {
            // A plural that starts with its singular (`points`, `leden`) is found by it.
            if lang_table
                .point_names
                .iter()
                .chain(lang_table.lettered_item_nouns)
                .any(|other| other.len() < word.len() && word.starts_with(other))
            {
                continue;
            }
            let capital: String =
                word.chars().take(1).flat_map(char::to_uppercase).chain(word.chars().skip(1)).collect();
            finders.push(Finder::new(word.as_bytes()).into_owned());
            finders.push(Finder::new(capital.as_bytes()).into_owned());
        }
        finders
    })
});

/// Finds the lettered points of `text` named by a point word or after a subparagraph word.
pub(crate) fn find(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    for finder in &WORDS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, bytes) {
            if char_before(text, at).is_some_and(char::is_alphanumeric) {
                continue;
            }
            // `punkterna a.2 och a.3`: the points of a control list after a word of numbered
            // points, which names no lettered point of an act.
            if let Some(start) = dotted_after_numbered_word(text, at, lang_table) {
                let items = list(text, start, lang_table);
                push(at, items, out);
                continue;
            }
            // `punkterna A–F`: points lettered with a capital after a plural word of numbered
            // points, as an annex names the lettered parts of its sections.
            if let Some(start) = capital_after_numbered_word(text, at, lang_table) {
                let items = list(text, start, lang_table);
                push(at, items, out);
                continue;
            }
            let Some(word_end) = lang_table
                .point_names
                .iter()
                .chain(lang_table.point_after_words)
                .chain(lang_table.lettered_item_nouns)
                .filter(|word| word_at(bytes, at, word))
                .map(|word| at + word.len())
                .max()
            else {
                // `skäl 6 a`: a point after the number of a recital.
                if let Some(start) = after_noun_number(text, at, lang_table) {
                    let items = list(text, start, lang_table);
                    push(start, items, out);
                }
                continue;
            };
            let gap = space_run(text, word_end);
            // `percentage points (pp)` names a unit, not points.
            let unit = lang_table.percentage_point_words.iter().any(|words| {
                words.len() > word_end - at
                    && word_end >= words.len()
                    && word_at(bytes, word_end - words.len(), words)
            });
            if gap == 0 || unit {
                continue;
            }
            // A noun whose items a text letters as an article's points (`categories (a) to
            // (c)` = `kategorierna a–c`) takes small letters only: `category B` of a driving
            // licence, which English writes without brackets, is a class, no point.
            let noun = lang_table.lettered_item_nouns.iter().any(|noun| {
                word_end - at == noun.len()
                    && text.get(at..word_end).is_some_and(|w| w.eq_ignore_ascii_case(noun))
            });
            if noun {
                let first = bytes.get(word_end + gap..).and_then(|rest| rest.iter().find(|&&b| b != b'('));
                if first.is_some_and(|b| !b.is_ascii_lowercase()) {
                    continue;
                }
                let items = list(text, word_end + gap, lang_table);
                push(at, items, out);
                continue;
            }
            if let Some(number) = numbered_point(text, at, word_end + gap, lang_table, out) {
                out.push(number);
                continue;
            }
            let items = list(text, word_end + gap, lang_table);
            push(at, items, out);
        }
    }
}

/// Where the dotted points of a control list start after a word of numbered points at `at`
/// (`punkterna a.2 och a.3`): the word a word of its own, a space, and a point of two levels
/// or more (see [`dotted`]).
fn dotted_after_numbered_word(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let word = lang_table
        .numbered_point_words
        .iter()
        .find(|word| word_at(bytes, at, word) && space_run(text, at + word.len()) > 0)?;
    let start = at + word.len() + space_run(text, at + word.len());
    let (span, key) = dotted(text, start, lang_table)?;
    (start > at + word.len() && key.contains('.') && span.start == start).then_some(start)
}

/// Where the points lettered with a capital start after a word of numbered points at `at`
/// that names no lettered point itself (`A` of `punkterna A–F`; `punkt A` is read as a word
/// a point may follow): the word a word of its own, spaces, and a point that [`capital`]
/// reads.
fn capital_after_numbered_word(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let word = lang_table.numbered_point_words.iter().find(|word| {
        word_at(bytes, at, word)
            && !lang_table.point_after_words.contains(word)
            && bytes.get(at + word.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
    })?;
    let start = at + word.len() + space_run(text, at + word.len());
    (start > at + word.len()
        && bytes.get(start).is_some_and(u8::is_ascii_uppercase)
        && capital(text, start, lang_table).is_some())
    .then_some(start)
}

/// Where a bare point after the number of a noun at `at` would start (`a` of `skäl 6 a`,
/// recital 6, point (a)): the noun a word of its own, then spaces, one to three digits and
/// spaces.
fn after_noun_number(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let noun = lang_table.numbered_point_nouns.iter().find(|noun| word_at(bytes, at, noun))?;
    let number = at + noun.len() + space_run(text, at + noun.len());
    let digits = bytes.get(number..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let gap = space_run(text, number + digits);
    (number > at + noun.len() && (1..=3).contains(&digits) && gap > 0).then_some(number + digits + gap)
}

/// A numbered point in brackets after its word, without its article (`the following point
/// (62) is added`): an optional `para:62`, as Swedish often gives the number only in the
/// label of the point it quotes (`”62. …`). Not inside a reference already found; the
/// number alone loses to it.
fn numbered_point(
    text: &str,
    at: usize,
    start: usize,
    lang_table: &LangTable,
    out: &[Value],
) -> Option<Value> {
    let bytes = text.as_bytes();
    if lang_table.bare_points || bytes.get(start) != Some(&b'(') {
        return None;
    }
    let digits = bytes.get(start + 1..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let end = start + 1 + digits;
    if !(1..=3).contains(&digits)
        || bytes.get(end) != Some(&b')')
        || bytes.get(end + 1) == Some(&b'(')
        || out.iter().any(|v| v.kind != ValueKind::Number && v.span.start <= end && at < v.span.end)
    {
        return None;
    }
    let number = text.get(start + 1..end)?;
    let mut value =
        Value::new(ValueKind::Legal, at..end + 1, format!("para:{number}"), format!("point ({number})"));
    value.optional = true;
    Some(value)
}

/// The points written right after a paragraph number that ends at `at` (`point 5(a)`,
/// `punkt 5 a–d`), as values.
pub(crate) fn after_number(text: &str, at: usize, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    // A bracketed point is glued to the number, a bare one a space apart.
    let start = if lang_table.bare_points {
        let gap = space_run(text, at);
        if gap == 0 {
            return;
        }
        at + gap
    } else {
        at
    };
    let items = list(text, start, lang_table);
    push(start, items, out);
}

/// The application requirements of a reporting standard's appendix, each with its lettered
/// points (`AR 45(d)`, Swedish `TK 45 d`, or `AR 45 d` where a version keeps the English
/// abbreviation): one reference, `ar:45(d)`, so that a changed letter is a changed reference
/// and not only a point beside an unchanged number; `ar:45` without points. The abbreviation
/// (`application_requirement_words`, as written) a word of its own, a space, one to three
/// digits that no figure goes on from (`AR 45.3`, `AR 1,5`); the points as either version
/// writes them, glued in brackets or a space apart.
pub(crate) fn application_requirements(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|table| table.application_requirement_words));
    let bytes = text.as_bytes();
    for finder in &FINDERS[super::lang_index(lang)] {
        for at in pairs.find_all(finder, bytes) {
            let number_start = at + finder.needle().len() + 1;
            let digits = bytes
                .get(number_start..)
                .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
            let end = number_start + digits;
            let figure_goes_on = matches!(bytes.get(end), Some(b'.' | b',' | b'/' | b'-'))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || c == '-')
                || bytes.get(number_start - 1) != Some(&b' ')
                || !(1..=3).contains(&digits)
                || figure_goes_on
                || bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
            {
                continue;
            }
            let Some(number) = text.get(number_start..end) else { continue };
            // Glued brackets as English writes points, whatever the text's language; a bare
            // letter a space apart where the language writes its points so (and its table
            // knows the short words that are no points).
            let mut points = Vec::new();
            if bytes.get(end) == Some(&b'(') {
                after_number(text, end, Lang::En, &mut points);
            } else if table(lang).bare_points {
                after_number(text, end, lang, &mut points);
            }
            if points.is_empty() {
                out.push(Value::new(
                    ValueKind::Legal,
                    at..end,
                    format!("ar:{number}"),
                    format!("AR {number}"),
                ));
            }
            for (k, point) in points.into_iter().enumerate() {
                let Some(key) = point.key.strip_prefix("point:") else { continue };
                let display = match key.split_once("..") {
                    Some((low, high)) => format!("AR {number}{}–{}", bracketed(low), bracketed(high)),
                    None => format!("AR {number}{}", bracketed(key)),
                };
                let from = if k == 0 { at } else { point.span.start };
                out.push(Value::new(
                    ValueKind::Legal,
                    from..point.span.end,
                    format!("ar:{number}({key})"),
                    display,
                ));
            }
        }
    }
}

/// Pushes the points of a list as values, but for those inside a value already found (the
/// point of an article reference, `Article 42(1), points (a) and (c)`, or a label an
/// amendment inserts, `led ba (nytt)`), which is the point's reading.
fn push(start: usize, items: Vec<(Range<usize>, String)>, out: &mut Vec<Value>) {
    for (k, (span, key)) in items.into_iter().enumerate() {
        let from = if k == 0 { start } else { span.start };
        // A value after the point's letter and inside it (the number of `point (D)(1)`, `led D
        // punkt 1`) loses to it; one that starts with the letter (`led ba (nytt)`) reads it.
        if out.iter().any(|v| {
            v.span.start < span.end
                && from < v.span.end
                && !(span.start < v.span.start && v.span.end <= span.end)
        }) {
            continue;
        }
        let display = match key.split_once("..") {
            Some((low, high)) => format!("points {} to {}", bracketed(low), bracketed(high)),
            None => format!("point {}", bracketed(&key)),
        };
        out.push(Value::new(ValueKind::Legal, from..span.end, format!("point:{key}"), display));
    }
}

/// A point's key as English writes it: `a(ii)` as `(a)(ii)`.
fn bracketed(key: &str) -> String {
    match key.split_once('(') {
        Some((point, sub)) => format!("({point})({sub}"),
        None => format!("({key})"),
    }
}

/// The points of a list that starts at `at`: each one's span and key, ranges joined (`(a)
/// to (d)`, `a–d` is `a..d`).
fn list(text: &str, at: usize, lang_table: &LangTable) -> Vec<(Range<usize>, String)> {
    let Some(first) = item(text, at, lang_table) else {
        return Vec::new();
    };
    let mut cursor = first.0.end;
    let mut items = vec![first];
    while let Some(next) = joined(text, cursor, lang_table) {
        let Some(found) = item(text, next, lang_table) else { break };
        cursor = found.0.end;
        items.push(found);
    }
    super::legal::join_ranges(text, items, lang_table)
}

/// Where the next item of a list starts after `at`, after a comma, a list or range word or a
/// dash: `, `, ` and `, `, and `, ` to `, `–` (the range is read by `join_ranges`).
fn joined(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let rest = text.get(at..)?;
    let bytes = rest.as_bytes();
    // A dash between two points, spaced or not: `a–d`, `(a) – (d)`.
    let lead = space_run(rest, 0);
    if let Some(dash) = rest
        .get(lead..)
        .and_then(|r| r.chars().next())
        .filter(|&c| super::legal::is_hyphen(c) || c == '\u{2013}')
    {
        let after = lead + dash.len_utf8();
        return Some(at + after + space_run(rest, after));
    }
    let mut cursor = 0;
    if bytes.first() == Some(&b',') {
        cursor = 1;
    }
    let gap = space_run(rest, cursor);
    if gap == 0 {
        return None;
    }
    cursor += gap;
    let word = |words: &[&str]| {
        words
            .iter()
            .filter(|w| word_at(bytes, cursor, w) && space_run(rest, cursor + w.len()) > 0)
            .map(|w| w.len())
            .max()
    };
    if let Some(len) = word(lang_table.range_bare_joiners).or_else(|| word(lang_table.list_joiners)) {
        return Some(at + cursor + len + space_run(rest, cursor + len));
    }
    // A comma alone joins the next item.
    (cursor > gap).then_some(at + cursor)
}

/// One point at `at`: `(b)`, `(ba)`, `(ii)` or `(a)(ii)` where points are bracketed; `b`,
/// `ba`, `ii` or `a ii` where they are not. Its span and key (`a(ii)`).
fn item(text: &str, at: usize, lang_table: &LangTable) -> Option<(Range<usize>, String)> {
    if let Some(found) = capital(text, at, lang_table) {
        return Some(found);
    }
    if let Some(found) = dotted(text, at, lang_table) {
        return Some(found);
    }
    // A bare letter where points are bracketed only in the Parliament's dash locators
    // (`Article 2 – paragraph 1 – point a – point iii`).
    let (bracketed, (name, mut end)) = match letters(text, at, !lang_table.bare_points) {
        Some(found) => (!lang_table.bare_points, found),
        None if text.get(..at).is_some_and(|head| head.contains(" \u{2013} ")) => {
            let found = letters(text, at, false)?;
            let rest = text.get(found.1..)?.trim_start_matches([' ', '*']);
            (rest.is_empty() || rest.starts_with('\u{2013}')).then_some((false, found))?
        }
        None => return None,
    };
    if !bracketed
        && (lang_table.point_stop_words.contains(&name)
            || lang_table.not_points.contains(&name) && !ends_reference(text, end, lang_table))
    {
        return None;
    }
    let mut key = name.to_string();
    // A roman sub-point after a letter, glued in brackets or a space apart: `(a)(ii)`, `a ii`;
    // `i`, also a word, only where the reference ends.
    let mut sub_at = if bracketed { end } else { end + space_run(text, end) };
    // An older Swedish style repeats the point's word before the Roman point (`led a led v`).
    if !bracketed && sub_at > end {
        let bytes = text.as_bytes();
        let repeated = lang_table
            .point_names
            .iter()
            .find(|word| super::word_at(bytes, sub_at, word) && space_run(text, sub_at + word.len()) > 0);
        if let Some(word) = repeated
            && letters(text, sub_at + word.len() + space_run(text, sub_at + word.len()), false)
                .is_some_and(|(sub, _)| is_roman(sub) && sub != "i")
        {
            sub_at += word.len() + space_run(text, sub_at + word.len());
        }
    }
    if !(is_roman(name) && name.len() > 1)
        && (bracketed || sub_at > end)
        && let Some((sub, sub_end)) = letters(text, sub_at, bracketed).filter(|(sub, _)| is_roman(sub))
        && (sub != "i" || bracketed || ends_reference(text, sub_end, lang_table))
    {
        key = format!("{key}({sub})");
        end = sub_end;
    }
    Some((at..end, key))
}

/// A point of a list numbered in the dotted notation of the control lists of dual-use goods,
/// each level's letter or number after a full stop, at `at`: `a.1`, `a.5.a`, `b.2.c` (English
/// closes each with a full stop, `point a.1.`, Swedish does not, `punkt a.1`), keyed as
/// written without the closing stop (`a.1`), so that the two read alike and `a.1` is not
/// taken for the point `(a)` before a figure. A lone letter in that notation, `point a. of
/// entry 5A002`, is the point `a` where points are bracketed (English) and a lower-case word
/// goes on after its full stop; elsewhere the full stop may end the sentence and the letter is
/// left to the readers of bare points. Parts alternate between one letter and one or two
/// digits; its span and key.
fn dotted(text: &str, at: usize, lang_table: &LangTable) -> Option<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    // Cheap test first: a lower-case letter and a full stop.
    if !bytes.get(at).is_some_and(u8::is_ascii_lowercase) || bytes.get(at + 1) != Some(&b'.') {
        return None;
    }
    let mut end = at + 1;
    let mut letter = true;
    while bytes.get(end) == Some(&b'.') {
        let part = bytes.get(end + 1..).map_or(0, |rest| {
            if letter {
                rest.iter().take_while(|b| b.is_ascii_digit()).count()
            } else {
                rest.iter().take_while(|b| b.is_ascii_lowercase()).count()
            }
        });
        if !(letter && (1..=2).contains(&part) || !letter && part == 1) {
            break;
        }
        end += 1 + part;
        letter = !letter;
    }
    let key = text.get(at..end)?.to_string();
    // The closing full stop of the English notation, before a space or the end.
    let closed = bytes.get(end) == Some(&b'.')
        && bytes.get(end + 1).is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.');
    if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'(' || *b == b'-') {
        return None;
    }
    if end > at + 1 {
        return Some((at..if closed { end + 1 } else { end }, key));
    }
    // A lone letter: its full stop closes it only before a lower-case word.
    let goes_on =
        closed && bytes.get(end + 1) == Some(&b' ') && bytes.get(end + 2).is_some_and(u8::is_ascii_lowercase);
    (!lang_table.bare_points && goes_on).then_some((at..end + 1, key))
}

/// A point lettered with a capital at `at`, as an annex or a code lays out its parts: bare
/// (`Annex III, point A`, `bilaga III punkt A`) or, where points are bracketed, in brackets
/// (`points (A), (C) and (H)`, `leden A, C och H`); with its numbered point, if any. Its span
/// and key (`D`, `D(1)`).
fn capital(text: &str, at: usize, lang_table: &LangTable) -> Option<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    let bracketed = !lang_table.bare_points && bytes.get(at) == Some(&b'(');
    let letter_at = at + usize::from(bracketed);
    let letter = *bytes.get(letter_at).filter(|b| b.is_ascii_uppercase())?;
    let mut end = letter_at + 1;
    if bracketed {
        (bytes.get(end) == Some(&b')')).then_some(())?;
        end += 1;
    } else if let Some((sub, sub_end)) = dotted_under_capital(text, end, lang_table) {
        return Some((at..sub_end, format!("{}{sub}", char::from(letter))));
    } else if let Some((sub, sub_end)) = roman_under_capital(text, end, lang_table) {
        return Some((at..sub_end, format!("{}{sub}", char::from(letter))));
    } else if text.get(end..).and_then(|rest| rest.chars().next()).is_some_and(|c| {
        // A dash joins a range (`punkterna A–F`); a letter glued after is a word or a code.
        c.is_alphanumeric() || !c.is_ascii() && c != '\u{2013}' && !super::is_space_like(c)
    })
        // A full stop ends the sentence (`led B.`), not a code (`punkt A.1.2`).
        || bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let mut key = char::from(letter).to_string();
    if let Some((sub, sub_end)) = numbered_under_capital(text, end, lang_table) {
        key.push_str(&sub);
        end = sub_end;
    }
    Some((at..end, key))
}

/// The numbered point of a point lettered with a capital written after a full stop, at `at`
/// (`.8` of `punkt A.8`, as Swedish writes the point English writes `point A(8)`, and some
/// English texts `point A.8`), and its lettered point, if any: glued in brackets where points
/// are bracketed (`point A.7(b)`), a space apart where they are bare (`punkt A.7 b`). One or
/// two digits, the first no zero (`punkt B.05` numbers an item of an agenda), that no figure
/// or code goes on from (`A.1.2`, `A.12a`, `A.1,5`, `A.3-1`). The key's part (`(8)`,
/// `(7)(b)`) and where it ends.
fn dotted_under_capital(text: &str, at: usize, lang_table: &LangTable) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    // Cheap test first: a full stop and a digit other than zero.
    if bytes.get(at) != Some(&b'.') || !bytes.get(at + 1).is_some_and(|b| matches!(b, b'1'..=b'9')) {
        return None;
    }
    let number = at + 1;
    let digits = bytes.get(number..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let number_end = number + digits;
    let next = text.get(number_end..)?.chars().next();
    let goes_on = next.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '_' | '\''))
        || matches!(next, Some('.' | ','))
            && bytes.get(number_end + 1).is_some_and(|b| b.is_ascii_alphanumeric());
    if digits > 2 || goes_on {
        return None;
    }
    let mut key = format!("({})", text.get(number..number_end)?);
    let mut end = number_end;
    if !lang_table.bare_points {
        if next == Some('(') {
            let (letter, letter_end) = letters(text, end, true)?;
            key.push_str(&format!("({letter})"));
            end = letter_end;
        }
        return Some((key, end));
    }
    if let Some((part, letter_end)) = bare_letter_after(text, number_end, lang_table) {
        key.push_str(&part);
        end = letter_end;
    }
    Some((key, end))
}

/// The roman sub-point of a point lettered with a capital, at `at`: in brackets where points
/// are bracketed (`(I)` of `Annex IV, point A(I)`), after a full stop where they are bare
/// (`.I` of `bilaga IV, punkt A.I`), as a numbered one is (`A(8)` = `A.8`). A capital roman
/// number up to `X` that no letter, digit or code goes on from (`A.In`, `A.I.2`). The key's
/// part (`(I)`) and where it ends.
fn roman_under_capital(text: &str, at: usize, lang_table: &LangTable) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let opening = if lang_table.bare_points { b'.' } else { b'(' };
    // Cheap test first: the bracket or full stop glued to the letter, and a roman capital.
    if bytes.get(at) != Some(&opening) || !bytes.get(at + 1).is_some_and(|b| matches!(b, b'I' | b'V' | b'X'))
    {
        return None;
    }
    let start = at + 1;
    let len = bytes.get(start..)?.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let roman = text.get(start..start + len)?;
    if !is_roman(&roman.to_ascii_lowercase()) {
        return None;
    }
    let mut end = start + len;
    if lang_table.bare_points {
        let next = text.get(end..)?.chars().next();
        let goes_on = next.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '_' | '\'' | '('))
            || matches!(next, Some('.' | ',')) && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
        if goes_on {
            return None;
        }
    } else {
        (bytes.get(end) == Some(&b')')).then_some(())?;
        end += 1;
    }
    Some((format!("({roman})"), end))
}

/// The lettered point standing bare after a point's number that ends at `number_end`
/// (`punkt 2 b`, `led A punkt 2 b`): its key's part (`(b)`) and where it ends. Not a word the
/// language keeps from being a point (`punkt 2 i …`).
fn bare_letter_after(text: &str, number_end: usize, lang_table: &LangTable) -> Option<(String, usize)> {
    let letter_at = number_end + space_run(text, number_end);
    if letter_at == number_end {
        return None;
    }
    let (letter, letter_end) = letters(text, letter_at, false)?;
    if lang_table.point_stop_words.contains(&letter) || lang_table.not_points.contains(&letter) {
        return None;
    }
    Some((format!("({letter})"), letter_end))
}

/// The numbered point of a point lettered with a capital, ending at `at`, and its lettered
/// point, if any: glued in brackets where points are bracketed (`point (D)(1)`, `point
/// (A)(2)(b)`), after a numbered point word where they are bare (`led D punkt 1`, `led A punkt
/// 2 b`). The key's part (`(1)`, `(2)(b)`) and where it ends. Not the first of a list of
/// numbered points (`led A punkterna 1 och 2`), left to the paragraphs' reader.
fn numbered_under_capital(text: &str, at: usize, lang_table: &LangTable) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let digits_at =
        |start: usize| bytes.get(start..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
    if !lang_table.bare_points {
        // Cheap test first: a bracket glued to the letter's.
        if bytes.get(at) != Some(&b'(') {
            return None;
        }
        let digits = digits_at(at + 1);
        let close = at + 1 + digits;
        if !(1..=3).contains(&digits) || bytes.get(close) != Some(&b')') {
            return None;
        }
        let mut key = text.get(at..=close)?.to_string();
        let mut end = close + 1;
        if let Some((letter, letter_end)) = letters(text, end, true) {
            key.push_str(&format!("({letter})"));
            end = letter_end;
        }
        return Some((key, end));
    }
    let word_at = at + space_run(text, at);
    if word_at == at {
        return None;
    }
    let word = lang_table
        .numbered_point_words
        .iter()
        .find(|word| super::word_at(bytes, word_at, word) && space_run(text, word_at + word.len()) > 0)?;
    let number = word_at + word.len() + space_run(text, word_at + word.len());
    let digits = digits_at(number);
    let number_end = number + digits;
    // A number of its own: not `punkt 12a`, `punkt 1.2` or `punkt 1,5`.
    let glued = text.get(number_end..).and_then(|r| r.chars().next()).is_some_and(|c| {
        c.is_alphanumeric()
            || (c == '.' || c == ',') && bytes.get(number_end + 1).is_some_and(u8::is_ascii_digit)
    });
    if !(1..=3).contains(&digits) || glued {
        return None;
    }
    if joined(text, number_end, lang_table)
        .is_some_and(|next| bytes.get(next).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let mut key = format!("({})", text.get(number..number_end)?);
    let mut end = number_end;
    if let Some((part, letter_end)) = bare_letter_after(text, number_end, lang_table) {
        key.push_str(&part);
        end = letter_end;
    }
    Some((key, end))
}

/// The lower-case letters of a point at `at` (one or two, or a roman number up to `viii`),
/// in brackets or standing alone as a word, and where the point ends.
fn letters(text: &str, at: usize, bracketed: bool) -> Option<(&str, usize)> {
    let bytes = text.as_bytes();
    let start = if bracketed { (bytes.get(at) == Some(&b'(')).then_some(at + 1)? } else { at };
    let len = bytes.get(start..)?.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let letters = text.get(start..start + len)?;
    if len == 0 || len > 2 && !is_roman(letters) {
        return None;
    }
    let end = start + len;
    if bracketed {
        (bytes.get(end) == Some(&b')')).then_some((letters, end + 1))
    } else {
        // A word of its own: no letter, digit or bracket glued after it.
        let next = text.get(end..)?.chars().next();
        next.is_none_or(|c| !(c.is_alphanumeric() || c == '(' || c == '-' || c == '\''))
            .then_some((letters, end))
    }
}

/// Whether `word` is a roman number of a sub-point (`i` to `x`).
fn is_roman(word: &str) -> bool {
    matches!(word, "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x")
}

/// Whether a point that is also a word (`i`, "in") ends the reference at `at`: the end of
/// the text, a punctuation mark, the end of a table's cell (`| led b i |`: a preposition
/// never ends a cell), or a list word before another roman point (`a i och ii`).
fn ends_reference(text: &str, at: usize, lang_table: &LangTable) -> bool {
    let rest = text.get(at..).unwrap_or("");
    match rest.chars().next() {
        None => return true,
        Some(',' | ';' | '.' | ':' | ')' | '\u{2013}') => return true,
        _ => {}
    }
    if super::legal::cell_ends(rest) {
        return true;
    }
    if word_never_after_preposition(rest, lang_table) {
        return true;
    }
    let Some(next) = joined(text, at, lang_table) else { return false };
    let word_len = text.get(next..).map_or(0, |r| r.bytes().take_while(u8::is_ascii_lowercase).count());
    next > at && text.get(next..next + word_len).is_some_and(|word| is_roman(word) && word != "i")
}

/// Whether `rest` starts, after spaces, with a word that never follows the preposition a
/// point may also be (`i till och med den 31 december`: the `i` before it is the point), or
/// with a roman sub-point of its own after it (`artikel 4.1 i ii`, point (i)(ii)): `ii` to
/// `x` as a word, not `v` or `x` alone, nor `vi` (Swedish `we`).
pub(super) fn word_never_after_preposition(rest: &str, lang_table: &LangTable) -> bool {
    let gap = space_run(rest, 0);
    let bytes = rest.as_bytes();
    if gap == 0 || lang_table.not_after_point_word.is_empty() {
        return false;
    }
    let ends_word =
        |end: usize| !rest.get(end..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric);
    let roman_len =
        bytes.get(gap..).map_or(0, |r| r.iter().take_while(|b| matches!(b, b'i' | b'v' | b'x')).count());
    // A word of its own, not the head of a compound (`ii-klassen`).
    let roman = rest
        .get(gap..gap + roman_len)
        .is_some_and(|word| matches!(word, "ii" | "iii" | "iv" | "vii" | "viii" | "ix"))
        && bytes.get(gap + roman_len).is_none_or(|&b| b != b'-');
    roman && ends_word(gap + roman_len)
        || lang_table
            .not_after_point_word
            .iter()
            .any(|word| word_at(bytes, gap, word) && ends_word(gap + word.len()))
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;

    use crate::values::tests::keys;

    #[test]
    fn lettered_points_read_alike_in_both_languages() {
        let pairs = [
            ("The conditions in point (b) apply.", "Villkoren i led b gäller."),
            ("points (a) to (d) of paragraph 5", "punkt 5 a–d"),
            ("as point (ba), and points (a), (c) and (e)", "som led ba, och leden a, c och e"),
            ("point (a)(ii)", "led a ii"),
            ("point (a)(v)", "led a led v"),
            ("points (a)(i) and (ii) of paragraph 2", "punkt 2 a i och ii"),
            ("point (b) of the first subparagraph of Article 4(2)", "artikel 4.2 första stycket b"),
            ("point 5(a)", "punkt 5 a"),
            ("Article 2 – paragraph 1 – point a – point iii", "Artikel 2 – punkt 1 – led a – led iii"),
            ("Annex III, point A", "bilaga III punkt A"),
        ];
        assert_points_read_alike(&pairs);
        assert_eq!(keys("points (a) to (d)", Lang::En), ["point:a..d"]);
        assert_eq!(keys("point (a)(ii)", Lang::En), ["point:a(ii)"]);
        assert_ne!(keys("led ba", Lang::Sv), keys("led bb", Lang::Sv));
    }

    #[test]
    fn dotted_points_of_a_control_list_read_alike() {
        let pairs = [
            ("(a) point a.1. is replaced by the following:", "a) Punkt a.1 ska ersättas med följande:"),
            ("(b) point a.5.a. is replaced", "b) Punkt a.5.a ska ersättas"),
            (
                "in Category 9, points a.2. and a.3. of entry 9E003",
                "i kategori 9 ska punkterna a.2 och a.3 i post 9E003",
            ),
            ("Note 2 to point a. of entry 5A002", "anmärkning 2 till punkt a i post 5A002"),
        ];
        assert_points_read_alike(&pairs);
        assert_eq!(keys("Punkt a.5.a ska", Lang::Sv), ["point:a.5.a"]);
        assert_eq!(keys("points a.2. and a.3. of", Lang::En), ["point:a.2", "point:a.3"]);
        // A changed level is a changed point, not the point `(a)` beside a figure.
        assert_ne!(keys("point a.1. is", Lang::En), keys("punkt a.2 ska", Lang::Sv));
        assert_ne!(keys("point a.1. is", Lang::En), keys("punkt a ska", Lang::Sv));
        // A lone letter whose full stop may end the sentence is no English point; the Swedish
        // bare point stays one.
        assert!(!keys("see point a. The", Lang::En).iter().any(|k| k.starts_with("point:")));
        assert_eq!(keys("enligt punkt a.", Lang::Sv), ["point:a"]);
        // Glued to more, it is no point.
        for text in ["point a.1b of", "point a.123 of"] {
            assert!(!keys(text, Lang::En).iter().any(|k| k.starts_with("point:a.")), "{text}");
        }
    }

    #[test]
    fn lettered_categories_are_points() {
        let pairs = [
            (
                "Priority categories (a) to (c): patient summaries",
                "De prioriterade kategorierna a–c: patientöversikter",
            ),
            ("found in categories (a) to (c).", "hittas i kategorierna a–c."),
            ("Staff in category (d) will be offered", "Personal i kategori d kommer att erbjudas"),
        ];
        assert_points_read_alike(&pairs);
        assert_eq!(keys("categories (a) to (c)", Lang::En), ["point:a..c"]);
        assert_ne!(keys("kategorierna a–c", Lang::Sv), keys("kategorierna a–d", Lang::Sv));
        // A capital is a class (`category B` of a driving licence), and a word is no letter.
        let no_points =
            |text: &str, lang: Lang| !keys(text, lang).iter().any(|key| key.starts_with("point:"));
        assert!(no_points("kategori B och kategorierna C–D", Lang::Sv));
        assert!(no_points("category (B) licences", Lang::En));
        assert!(no_points("en kategori av varor, kategorin en gång", Lang::Sv));
        assert!(no_points("datakategorier a–c", Lang::Sv));
    }

    #[test]
    fn application_requirements_with_their_points_read_alike() {
        assert_eq!(keys("(see AR 45(d))", Lang::En), ["ar:45(d)"]);
        assert_eq!(keys("(se TK 45 d)", Lang::Sv), ["ar:45(d)"]);
        // A version that keeps the English abbreviation, with its points either way.
        assert_eq!(keys("(se AR 45 d)", Lang::Sv), ["ar:45(d)"]);
        assert_eq!(keys("(se AR 45(d))", Lang::Sv), ["ar:45(d)"]);
        assert_eq!(keys("see AR 30 to AR 53", Lang::En), keys("se TK 30–TK 53", Lang::Sv));
        assert_eq!(keys("AR 45(a) and (c)", Lang::En), keys("TK 45 a och c", Lang::Sv));
        // A changed letter or number is a changed reference.
        assert_ne!(keys("(see AR 45(d))", Lang::En), keys("(se TK 45 c)", Lang::Sv));
        assert_ne!(keys("(see AR 45(d))", Lang::En), keys("(se TK 46 d)", Lang::Sv));
        // A label before its point's own paragraph, `AR 45. (d) The undertaking`, is the
        // requirement alone; a word after the number is no point.
        assert_eq!(keys("AR 45. (d) The undertaking", Lang::En), ["ar:45"]);
        assert_eq!(keys("TK 45. d) Företaget", Lang::Sv), ["ar:45"]);
        assert_eq!(keys("TK 45 och 46", Lang::Sv).first().map(String::as_str), Some("ar:45"));
        // Glued to a word or a figure, or another capital's letters, it is no requirement.
        for (text, lang) in
            [("IPCC AR6", Lang::En), ("CAR 45", Lang::En), ("AR 45.3", Lang::En), ("TKK 4", Lang::Sv)]
        {
            assert!(keys(text, lang).iter().all(|k| !k.starts_with("ar:")), "{text}");
        }
    }

    /// Asserts that each English text reads a point and that its Swedish reads the same keys.
    fn assert_points_read_alike(pairs: &[(&str, &str)]) {
        for (en, sv) in pairs {
            let mut en_keys = keys(en, Lang::En);
            assert!(en_keys.iter().any(|k| k.starts_with("point:")), "{en}: {en_keys:?}");
            let mut sv_keys = keys(sv, Lang::Sv);
            en_keys.sort();
            sv_keys.sort();
            assert_eq!(en_keys, sv_keys, "{en} / {sv}");
        }
    }

    #[test]
    fn points_lettered_with_a_capital_read_alike_in_both_languages() {
        let pairs = [
            (
                "Income under points (A), (C), (D) and (H) is declared",
                "Inkomster enligt leden A, C, D och H ska anges",
            ),
            ("under point (E) are declared", "enligt led E ska anges"),
            ("referred to in point (D)(1).", "som avses i led D punkt 1."),
            ("as in point (A)(2)(b), which", "som i led A punkt 2 b, som"),
            (
                "the Notes to heading 8517, (II), point (B)).",
                "anmärkningarna till nummer 8517, (II), led B).",
            ),
            ("see point (B).", "se led B."),
        ];
        assert_points_read_alike(&pairs);
        assert_eq!(
            keys("points (A), (C), (D) and (H)", Lang::En),
            ["point:A", "point:C", "point:D", "point:H"]
        );
        // The numbered point is the capital's, not a paragraph of its own.
        assert_eq!(keys("som avses i led D punkt 1.", Lang::Sv), ["point:D(1)"]);
        assert_eq!(keys("referred to in point (D)(1).", Lang::En), ["point:D(1)"]);
        // A changed letter or number stays a different point.
        assert_ne!(keys("under point (E)", Lang::En), keys("enligt led F", Lang::Sv));
        assert_ne!(keys("in point (D)(1).", Lang::En), keys("i led D punkt 2.", Lang::Sv));
        assert_ne!(keys("in point (D)(1).", Lang::En), keys("i led C punkt 1.", Lang::Sv));
        assert_ne!(keys("in point (D)(1).", Lang::En), keys("i led D.", Lang::Sv));
    }

    #[test]
    fn a_capital_point_numbered_after_a_full_stop_is_its_numbered_point() {
        // Swedish writes `punkt A.8` for the point English writes `point A(8)`, and some
        // English texts `point A.8`.
        let pairs = [
            ("Under Section I, point A(8), of Annex V, the", "Enligt avsnitt I punkt A.8 i bilaga V utgörs"),
            ("(Section IV, point F(7)).", "(avsnitt IV punkt F.7)."),
            ("remains in point B.4 whatever the capacity", "omfattas alltid av punkt B.4, oavsett"),
            ("falls under point A.7(b), whereas", "omfattas av punkt A.7 b, medan"),
            (
                "listed in Section III, points A to F, of Annex V:",
                "förtecknas i avsnitt III punkterna A–F i bilaga V:",
            ),
            ("in Annex III, points A and C,", "i bilaga III punkterna A och C"),
        ];
        assert_points_read_alike(&pairs);
        assert_eq!(keys("avsnitt I punkt A.8 i bilaga V", Lang::Sv)[1], "point:A(8)");
        assert_eq!(keys("punkterna A–F i bilaga V", Lang::Sv)[0], "point:A..F");
        // A changed letter or number stays a different point.
        assert_ne!(keys("point A(8)", Lang::En), keys("punkt A.6", Lang::Sv));
        // A roman sub-point likewise: `point A(I)` = `punkt A.I`.
        assert_eq!(keys("Annex IV, point A(I)", Lang::En)[1], "point:A(I)");
        assert_eq!(keys("Bilaga IV, punkt A.I", Lang::Sv)[1], "point:A(I)");
        assert_eq!(keys("| Bilaga IV, punkt A.II |", Lang::Sv)[1], "point:A(II)");
        assert_ne!(keys("point A(I)", Lang::En), keys("punkt A.II", Lang::Sv));
        assert_ne!(keys("point A(I)", Lang::En), keys("punkt B.I", Lang::Sv));
        // Not a word or a code glued after the full stop.
        assert!(!keys("punkt A.Inte", Lang::Sv).iter().any(|k| k.starts_with("point:A(")));
        assert!(!keys("punkt A.I.2", Lang::Sv).iter().any(|k| k == "point:A(I)"));
        assert_ne!(keys("point A(8)", Lang::En), keys("punkt B.8", Lang::Sv));
        assert_ne!(keys("points A to F", Lang::En), keys("punkterna A–E", Lang::Sv));
        // A code goes on after the number, and an agenda's item numbers with a zero.
        for text in ["punkt A.1.2 gäller", "punkt A.12a gäller", "punkt A.123 gäller", "punkt B.05 som"] {
            assert!(!keys(text, Lang::Sv).iter().any(|k| k.starts_with("point:")), "{text}");
        }
        // The preposition after the number is no lettered point.
        assert_eq!(keys("punkt A.8 i bilaga V", Lang::Sv)[0], "point:A(8)");
        // Numbers after the plural are left to the paragraphs' reader.
        assert!(!keys("punkterna 1 och 2", Lang::Sv).iter().any(|k| k.starts_with("point:")));
    }

    #[test]
    fn what_follows_a_capital_point_is_not_always_its_own() {
        // A list of numbered points after it is left to the paragraphs' reader.
        assert!(!keys("led A punkterna 1 och 2", Lang::Sv).iter().any(|k| k.contains('(')));
        // A number glued to more (`punkt 1.2`, `punkt 12a`) is no numbered point of it.
        for text in ["led A punkt 1.2 gäller", "led A punkt 12a gäller", "led A punkt 1234 gäller"] {
            assert!(!keys(text, Lang::Sv).iter().any(|k| k.starts_with("point:A(")), "{text}");
        }
        // A word after the number is no lettered point (`i` = in, `av` = of).
        assert_eq!(keys("led D punkt 1 i förordningen", Lang::Sv)[0], "point:D(1)");
        assert_eq!(keys("led D punkt 1 av", Lang::Sv), ["point:D(1)"]);
        // A capital that is the start of a word, a code or a bracketed word is no point.
        for text in ["at that point (At the time)", "point (AB)", "point A.1.2 of the list", "point Alpha"] {
            assert!(!keys(text, Lang::En).iter().any(|k| k.starts_with("point:")), "{text}");
        }
        // Swedish brackets no point: `led (A)` is not read as one.
        assert!(!keys("enligt led (A)", Lang::Sv).iter().any(|k| k.starts_with("point:")));
    }

    #[test]
    fn a_point_after_the_number_of_a_recital() {
        assert_eq!(
            keys("den nivå som avses i skäl 6 a,", Lang::Sv),
            keys("the level referred to in recital 6, point (a);", Lang::En)
        );
        assert_eq!(keys("i skäl 6 a–c", Lang::Sv), ["num:6", "point:a..c"]);
        // And a principle's.
        assert_eq!(
            keys("(EUT C 428, 13.12.2017, s. 10), princip 15 a.", Lang::Sv),
            keys("(OJ C 428, 13.12.2017, p. 10), principle 15, point (a).", Lang::En)
        );
        // Words after the number are no points.
        for text in ["i skäl 6 i förordningen", "skäl 12 ska", "skälen 6 a", "skäl 5 av", "fler skäl än"]
        {
            assert!(
                !keys(text, Lang::Sv).iter().any(|k| k.starts_with("point:")),
                "{text}: {:?}",
                keys(text, Lang::Sv)
            );
        }
    }

    #[test]
    fn a_roman_point_before_a_word_that_never_follows_the_preposition() {
        assert_eq!(
            keys("som avses i led a i till och med den 31 december 2025", Lang::Sv),
            keys("referred to in point (a)(i) applies until 31 December 2025", Lang::En)
        );
        assert_eq!(keys("enligt led a i ska gälla", Lang::Sv), ["point:a(i)"]);
        // The preposition before other words, and `i till exempel` (in, for example).
        assert_eq!(keys("enligt led a i den förordningen", Lang::Sv)[0], "point:a");
        assert_eq!(keys("enligt led a i till exempel förordningen", Lang::Sv)[0], "point:a");
        assert_eq!(keys("artikel 5.1 a i till och med 2026", Lang::Sv)[0], "art:5(1)(a)(i)");
    }

    #[test]
    fn a_roman_point_that_ends_a_cell() {
        // The preposition never ends a table's cell: `i` there is the point.
        assert_eq!(
            keys("| led b i | Befintliga byggnader |", Lang::Sv),
            keys("| point (b)(i) | Existing |", Lang::En)
        );
        assert_eq!(keys("| led b ii | Befintliga |", Lang::Sv), ["point:b(ii)"]);
        // Before a word, the preposition.
        assert_eq!(keys("| led b i bilagan |", Lang::Sv)[0], "point:b");
    }

    #[test]
    fn points_of_an_article_stay_the_articles() {
        assert_eq!(keys("point (b) of Article 4(2)", Lang::En), ["art:4(2)(b)"]);
        assert_eq!(
            keys("Article 15(3), points (a) and (b), of that Regulation", Lang::En),
            keys("artikel 15.3 a och b i den förordningen", Lang::Sv)
        );
        assert_eq!(keys("led ba (nytt)", Lang::Sv), ["label:ba"]);
    }

    #[test]
    fn words_after_a_point_word_are_no_points() {
        for text in [
            "som led av sjukdom",
            "led i artikel 5",
            "första stycket i artikel 5",
            "stycket ska gälla",
            "en led en väg",
        ] {
            assert!(
                !keys(text, Lang::Sv).iter().any(|k| k.starts_with("point:")),
                "{text}: {:?}",
                keys(text, Lang::Sv)
            );
        }
        for text in ["At this point (in 2025) it", "the focal point (i.e. the unit)", "a point (a good one)"]
        {
            assert!(
                !keys(text, Lang::En).iter().any(|k| k.starts_with("point:")),
                "{text}: {:?}",
                keys(text, Lang::En)
            );
        }
        assert_eq!(keys("enligt led i.", Lang::Sv), ["point:i"]);
    }
}
