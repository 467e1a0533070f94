//! Geographic coordinates: degrees, minutes and seconds with the hemisphere they lie in
//! (`51°30′N`, `007°00′ W`, `50°52,5′N`, `N 57°47′12″`, `50.25° N`, `50° 15′ nordlig
//! bredd`), each one value keyed with its angle and its hemisphere (`coord:50°15'N`).
//!
//! Read as loose figures, `006°00′W` and `006°00′Ö` are the same two numbers, and a
//! coordinate moved to the other side of the meridian or the equator (`W` for `E`, `S` for
//! `N`) passes unseen. As one value, a changed letter, a changed figure or a latitude's letter
//! given to a longitude is a changed value. The letters and words of the hemispheres are
//! `hemispheres` in `tables/` (Swedish `Ö` and `V` are English `E` and `W`).
//!
//! The key holds the angle reduced to whole degrees, minutes and seconds, leading zeros and
//! zero parts left out, so that every writing of one point gives one key: `50°52.5′N`,
//! `50°52,5′ N` and `50°52′30″N` give `coord:50°52'30"N`, `50.25° N` gives `coord:50°15'N`.
//! A degree with no hemisphere (`20 °C`, `an angle of 45°`, `1/36°`) is no coordinate and
//! left to the other readers.

use super::tables::table;
use super::{Value, ValueKind, char_at, char_before, is_space_like};
use crate::text::Lang;

/// The most decimals read in one part of a coordinate: a key holds the angle exactly.
const MAX_DECIMALS: usize = 9;

/// One part of an angle as written: its digits without the decimal mark, and how many of
/// them are decimals (`52,5`: 525 and 1).
#[derive(Debug, Clone, Copy, Default)]
struct Part {
    digits: u128,
    decimals: usize,
}

/// An angle found before its hemisphere is known: its span and its parts.
#[derive(Debug)]
struct Angle {
    start: usize,
    end: usize,
    degrees: Part,
    minutes: Part,
    seconds: Part,
}

/// A hemisphere written at `start..end`, and its letter.
#[derive(Debug, Clone, Copy)]
struct Hemisphere {
    start: usize,
    end: usize,
    letter: char,
}

/// Pushes onto `out` every coordinate of `text`: an angle in degrees (with minutes and
/// seconds or decimals) that a hemisphere follows or, when none follows, precedes.
///
/// A letter between two angles belongs to the first unless the second has none of its own
/// after it: `57°47′N 001°08′E` is two coordinates with their letters after, `N 57°47′ Ö
/// 001°08′` two with their letters before.
pub(crate) fn find(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut angles = Vec::new();
    let mut from = 0;
    // The cheap test: the second byte of a degree sign (`°`, or `º`, its common stand-in),
    // which most texts do not hold.
    while let Some(found) = memchr::memchr2(0xB0, 0xBA, bytes.get(from..).unwrap_or_default()) {
        let second = from + found;
        from = second + 1;
        let Some(sign) = second.checked_sub(1).filter(|&sign| bytes[sign] == 0xC2) else { continue };
        if let Some(angle) = angle(text, sign) {
            from = from.max(angle.end);
            angles.push(angle);
        }
    }
    if angles.is_empty() {
        return;
    }
    let hemispheres = table(lang).hemispheres;
    let after: Vec<Option<Hemisphere>> =
        angles.iter().map(|a| hemisphere_after(text, a.end, hemispheres)).collect();
    let mut taken_up_to = 0;
    for (i, angle) in angles.iter().enumerate() {
        let mut hemisphere = after[i];
        // A letter right before the next angle, which has none after it, is that angle's.
        if let (Some(found), Some(next)) = (hemisphere, angles.get(i + 1))
            && after[i + 1].is_none()
            && text.get(found.end..next.start).is_some_and(|gap| gap.chars().all(is_space_like))
            && before_is_prefix(text, angle, found, hemispheres)
        {
            hemisphere = None;
        }
        // A letter before an angle glued to a word (`N 20°C`) is not its hemisphere.
        let glued_after = char_at(text, angle.end).is_some_and(char::is_alphanumeric);
        let hemisphere = hemisphere.or_else(|| {
            hemisphere_before(text, angle.start, hemispheres)
                .filter(|before| before.start >= taken_up_to && !glued_after)
        });
        let Some(hemisphere) = hemisphere else { continue };
        let Some((key, display)) = key(angle, hemisphere.letter) else { continue };
        let start = angle.start.min(hemisphere.start);
        let end = angle.end.max(hemisphere.end);
        taken_up_to = end;
        out.push(Value::new(ValueKind::Number, start..end, key, display));
    }
}

/// Whether `found`, a letter after `angle` and right before an angle with no letter after it,
/// is that next angle's: `angle` has a letter of its own before it (`N 57°47′ Ö 001°08′`).
fn before_is_prefix(text: &str, angle: &Angle, found: Hemisphere, hemispheres: &[(&str, char)]) -> bool {
    found.end - found.start <= 'Ö'.len_utf8() && hemisphere_before(text, angle.start, hemispheres).is_some()
}

/// The angle whose degree sign starts at byte `sign`: the degrees before it, the minutes and
/// the seconds after it, each with their mark (`′`, `'`, `’`; `″`, `"`, `”`, `''`).
fn angle(text: &str, sign: usize) -> Option<Angle> {
    // The degrees, glued to the sign or one space before it.
    let mut degrees_end = sign;
    if let Some(space) = char_before(text, sign).filter(|&c| is_space_like(c)) {
        degrees_end -= space.len_utf8();
    }
    let (degrees, start) = figure_before(text, degrees_end)?;
    // Glued to a word, a code or a sign, it is no coordinate (`AB12°`, `-5°`, `1/36°`); a
    // hyphen after a word or a mark joins a range (`50°30′N-51°00′N`).
    let glued = match char_before(text, start) {
        Some(c @ ('-' | '−')) => !char_before(text, start - c.len_utf8())
            .is_some_and(|c| c.is_alphanumeric() || "′'’″\"”°".contains(c)),
        // A lone capital may be the hemisphere before it (`N57°47′`).
        Some(c) if c.is_uppercase() => {
            char_before(text, start - c.len_utf8()).is_some_and(char::is_alphanumeric)
        }
        Some(c) => c.is_alphanumeric() || matches!(c, '/' | '+' | '±' | '.' | ','),
        None => false,
    };
    if glued {
        return None;
    }
    let mut end = sign + 2;
    let mut minutes = Part::default();
    let mut seconds = Part::default();
    // Decimal degrees have no minutes, decimal minutes no seconds.
    if degrees.decimals == 0
        && let Some((part, after)) = marked_part(text, end, Mark::Minutes)
    {
        minutes = part;
        end = after;
        if minutes.decimals == 0
            && let Some((part, after)) = marked_part(text, end, Mark::Seconds)
        {
            seconds = part;
            end = after;
        }
    }
    Some(Angle { start, end, degrees, minutes, seconds })
}

/// The figure that ends at byte `end` (`007`, `50.25`, `52,5`) and where it starts.
fn figure_before(text: &str, end: usize) -> Option<(Part, usize)> {
    let bytes = text.as_bytes();
    let run = |to: usize| {
        bytes.get(..to).unwrap_or_default().iter().rev().take_while(|b| b.is_ascii_digit()).count()
    };
    let last = run(end);
    if last == 0 {
        return None;
    }
    let mut start = end - last;
    let mut decimals = 0;
    if start >= 2 && matches!(bytes[start - 1], b'.' | b',') && bytes[start - 2].is_ascii_digit() {
        let whole = run(start - 1);
        decimals = last;
        start = start - 1 - whole;
    }
    // Three figures of degrees at most, and a longitude's leading zeros (`007`).
    let whole_digits = end - start - if decimals > 0 { decimals + 1 } else { 0 };
    if whole_digits > 3 || decimals > MAX_DECIMALS {
        return None;
    }
    Some((part(text.get(start..end)?, decimals)?, start))
}

/// The mark after a figure of an angle: of minutes (`′`, `'`, `’`, `´`) or of seconds (`″`,
/// `"`, `”`, or two marks of minutes, `''`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Minutes,
    Seconds,
}

/// The figure of `mark` at byte `at` (a space may come first), and where its mark ends: at
/// most two whole figures, and decimals after a point or a comma.
fn marked_part(text: &str, at: usize, mark: Mark) -> Option<(Part, usize)> {
    let bytes = text.as_bytes();
    let mut at = at;
    if let Some(space) = char_at(text, at).filter(|&c| is_space_like(c)) {
        at += space.len_utf8();
    }
    let whole = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if whole == 0 || whole > 2 {
        return None;
    }
    let mut end = at + whole;
    let mut decimals = 0;
    if matches!(bytes.get(end), Some(b'.' | b',')) {
        decimals = bytes.get(end + 1..)?.iter().take_while(|b| b.is_ascii_digit()).count();
        if decimals > 0 {
            end += 1 + decimals;
        }
    }
    if decimals > MAX_DECIMALS {
        return None;
    }
    let rest = text.get(end..)?;
    let (written, length) =
        if let Some(double) = ["''", "′′", "’’"].iter().find(|double| rest.starts_with(**double)) {
            (Mark::Seconds, double.len())
        } else {
            match rest.chars().next()? {
                c @ ('″' | '"' | '”') => (Mark::Seconds, c.len_utf8()),
                c @ ('′' | '\'' | '’' | '´') => (Mark::Minutes, c.len_utf8()),
                _ => return None,
            }
        };
    if written != mark {
        return None;
    }
    Some((part(text.get(at..end)?, decimals)?, end + length))
}

/// The part a figure of `decimals` decimals writes (`52,5` with 1: 525 and 1).
fn part(figure: &str, decimals: usize) -> Option<Part> {
    let mut digits: u128 = 0;
    for b in figure.bytes().filter(u8::is_ascii_digit) {
        digits = digits.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
    }
    Some(Part { digits, decimals })
}

/// The hemisphere written right after byte `at` (a space may come first), whole.
fn hemisphere_after(text: &str, at: usize, hemispheres: &[(&str, char)]) -> Option<Hemisphere> {
    let mut start = at;
    if let Some(space) = char_at(text, start).filter(|&c| is_space_like(c)) {
        start += space.len_utf8();
    }
    let rest = text.get(start..)?;
    hemispheres
        .iter()
        .filter(|(word, _)| written(rest, word))
        .max_by_key(|(word, _)| word.len())
        .map(|&(word, letter)| Hemisphere { start, end: start + word.len(), letter })
}

/// The single hemisphere letter right before byte `at` (a space may come between): words
/// are read only after the angle (`50° nordlig bredd`).
fn hemisphere_before(text: &str, at: usize, hemispheres: &[(&str, char)]) -> Option<Hemisphere> {
    let mut end = at;
    if let Some(space) = char_before(text, end).filter(|&c| is_space_like(c)) {
        end -= space.len_utf8();
    }
    let letter = char_before(text, end)?;
    let start = end - letter.len_utf8();
    if char_before(text, start).is_some_and(char::is_alphanumeric) {
        return None;
    }
    hemispheres.iter().find(|(word, _)| word.chars().eq([letter])).map(|&(_, letter)| Hemisphere {
        start,
        end,
        letter,
    })
}

/// Whether `rest` starts with the hemisphere `word` as a whole word: a letter as written, a
/// word in any case.
fn written(rest: &str, word: &str) -> bool {
    let Some(head) = rest.get(..word.len()) else { return false };
    let single = word.chars().nth(1).is_none();
    let same = if single { head == word } else { head.chars().flat_map(char::to_lowercase).eq(word.chars()) };
    same && !rest[word.len()..].starts_with(char::is_alphanumeric)
}

/// The key and the display of `angle` in hemisphere `letter`, or nothing when the angle is
/// out of the hemisphere's range (a latitude past 90°, a longitude past 180°, 60 minutes).
fn key(angle: &Angle, letter: char) -> Option<(String, String)> {
    let Angle { degrees, minutes, seconds, .. } = *angle;
    let scale = degrees.decimals.max(minutes.decimals).max(seconds.decimals);
    let widen =
        |part: Part| part.digits.checked_mul(10u128.checked_pow(u32::try_from(scale - part.decimals).ok()?)?);
    let unit = 10u128.pow(u32::try_from(scale).ok()?);
    // Whole minutes and seconds below sixty, as an angle's parts are.
    let sixty = 60 * unit;
    let (d, m, s) = (widen(degrees)?, widen(minutes)?, widen(seconds)?);
    if m >= sixty || s >= sixty {
        return None;
    }
    let total = d.checked_mul(3600)?.checked_add(m * 60)?.checked_add(s)?;
    let limit = if matches!(letter, 'N' | 'S') { 90 } else { 180 };
    if total > limit * 3600 * unit {
        return None;
    }
    let whole_degrees = total / (3600 * unit);
    let whole_minutes = total % (3600 * unit) / sixty;
    let scaled_seconds = total % sixty;
    let mut seconds_text = (scaled_seconds / unit).to_string();
    let fraction = format!("{:0width$}", scaled_seconds % unit, width = scale);
    let fraction = fraction.trim_end_matches('0');
    if !fraction.is_empty() {
        seconds_text.push('.');
        seconds_text.push_str(fraction);
    }
    let mut key = format!("coord:{whole_degrees}°");
    let mut display = format!("{whole_degrees}°");
    if whole_minutes > 0 || scaled_seconds > 0 {
        key.push_str(&format!("{whole_minutes}'"));
        display.push_str(&format!("{whole_minutes:02}′"));
    }
    if scaled_seconds > 0 {
        key.push_str(&format!("{seconds_text}\""));
        display.push_str(&format!("{seconds_text}″"));
    }
    key.push(letter);
    display.push(letter);
    Some((key, display))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        find(text, lang, &mut out);
        out.into_iter().map(|value| value.key).collect()
    }

    fn spans(text: &str, lang: Lang) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, lang, &mut out);
        out.into_iter().map(|value| &text[value.span]).collect()
    }

    #[test]
    fn swedish_letters_are_the_english_hemispheres() {
        assert_eq!(keys("| 2 | 51°30′N | 006°00′W |", Lang::En), ["coord:51°30'N", "coord:6°W"]);
        assert_eq!(keys("| 2 | 51°30′N | 006°00′V |", Lang::Sv), ["coord:51°30'N", "coord:6°W"]);
        assert_eq!(keys("57°47′N 001°08′E", Lang::En), keys("57°47′N 001°08′Ö", Lang::Sv));
    }

    #[test]
    fn a_coordinate_is_one_value_not_its_figures() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            super::super::extract(text, lang).into_iter().map(|value| value.key).collect()
        };
        assert_eq!(keys("57°47′N 001°08′Ö, 20 °C", Lang::Sv), ["coord:57°47'N", "coord:1°8'E", "num:20"]);
        assert_eq!(keys("a slope of 45°", Lang::En), ["num:45"]);
    }

    #[test]
    fn a_changed_hemisphere_or_figure_is_another_key() {
        assert_ne!(keys("006°00′W", Lang::En), keys("006°00′Ö", Lang::Sv));
        assert_ne!(keys("50°15′N", Lang::En), keys("50°15′S", Lang::Sv));
        assert_ne!(keys("001°08′E", Lang::En), keys("001°08′V", Lang::Sv));
        assert_ne!(keys("007°45′W", Lang::En), keys("007°54′V", Lang::Sv));
        // A latitude's letter given to a longitude.
        assert_ne!(keys("50°15′N", Lang::En), keys("50°15′Ö", Lang::Sv));
    }

    #[test]
    fn decimals_and_seconds_give_one_angle() {
        assert_eq!(keys("50°52.5′N", Lang::En), ["coord:50°52'30\"N"]);
        assert_eq!(keys("50°52,5′N", Lang::Sv), ["coord:50°52'30\"N"]);
        assert_eq!(keys("50°52′30″N", Lang::Sv), ["coord:50°52'30\"N"]);
        assert_eq!(keys("50° 52' 30\" N", Lang::En), ["coord:50°52'30\"N"]);
        assert_eq!(keys("50.25° N", Lang::En), ["coord:50°15'N"]);
        assert_eq!(keys("50,25° N", Lang::Sv), ["coord:50°15'N"]);
        assert_eq!(keys("57°47′12,5″N", Lang::Sv), ["coord:57°47'12.5\"N"]);
    }

    #[test]
    fn the_letter_stands_before_or_after() {
        assert_eq!(spans("57°47′ N, 001°08′ E", Lang::En), ["57°47′ N", "001°08′ E"]);
        assert_eq!(keys("N 57°47′ Ö 001°08′", Lang::Sv), ["coord:57°47'N", "coord:1°8'E"]);
        assert_eq!(spans("N57°47′, W1°08′", Lang::En), ["N57°47′", "W1°08′"]);
        assert_eq!(keys("57°47′N 001°08′E", Lang::En), ["coord:57°47'N", "coord:1°8'E"]);
    }

    #[test]
    fn words_name_the_hemisphere() {
        assert_eq!(keys("50°15′ north latitude", Lang::En), ["coord:50°15'N"]);
        assert_eq!(
            keys("50°15′ nordlig bredd och 6° västlig längd", Lang::Sv),
            ["coord:50°15'N", "coord:6°W"]
        );
        assert_eq!(spans("6° Västlig longitud", Lang::Sv), ["6° Västlig longitud"]);
    }

    #[test]
    fn a_degree_without_a_hemisphere_is_no_coordinate() {
        assert!(keys("a temperature of 20 °C and 45°F", Lang::En).is_empty());
        assert!(keys("vid 20°C", Lang::Sv).is_empty());
        assert!(keys("an angle of 45° to the vertical", Lang::En).is_empty());
        assert!(keys("a resolution of 1/36° for the Mediterranean", Lang::En).is_empty());
        assert!(keys("a slope of 5° Sloping", Lang::En).is_empty());
        // A small `s` or a letter glued to a word is no hemisphere.
        assert!(keys("45° s. 12", Lang::Sv).is_empty());
        assert!(keys("45° Nord-", Lang::Sv).len() == 1 && keys("45° Nordic", Lang::En).is_empty());
    }

    #[test]
    fn out_of_range_angles_are_left() {
        assert!(keys("95°00′N", Lang::En).is_empty());
        assert!(keys("50°75′N", Lang::En).is_empty());
        assert_eq!(keys("179°59′W", Lang::En), ["coord:179°59'W"]);
    }
}
