//! Times of day: `09:00`, `15:30`, `3 p.m.`, `9.30 a.m.` and the Swedish `kl. 9.00`,
//! `klockan 15`, `kl. 9.00–15.30`, each keyed on the 24-hour clock (`time:09:00`), so that
//! `09:00` in one version and `kl. 9.00` in the other are the same time.
//!
//! A time is only read where nothing else can be meant: two digits after a colon, a clock
//! word before, or an a.m./p.m. word after. `15.30` alone stays a number (it may be a
//! section or, in an English text, a decimal), and so do `2023/24:12` and `2018:218`.

use std::sync::LazyLock;

use super::swar::find_digit;
use super::tables::{LangTable, table};
use super::{
    Gate, Lower, Pairs, Value, ValueKind, WordFinder, char_at, char_before, skip_space_like, word_at,
};
use crate::text::Lang;

/// A time read at some place: its span and minutes since midnight.
#[derive(Debug, Clone, Copy)]
struct Time {
    start: usize,
    end: usize,
    minutes: u32,
}

/// The hour of one or two digits at `at`, standing alone before (no letter, digit or
/// number punctuation), and where its digits end.
fn hour_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    let run = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if run == 0 || run > 2 {
        return None;
    }
    if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | ':' | '.' | ',' | '_'))
    {
        return None;
    }
    let hour = text.get(at..at + run)?.parse().ok()?;
    Some((hour, at + run))
}

/// Two digits of minutes after `:` or `.` at `at`, not followed by another digit or another
/// separator and digit (`10:30:15`, `1.15.2`) or by a letter other than a twelve-hour word
/// (`5.30pm`): the minutes and where they end.
fn minutes_at(text: &str, at: usize, lang_table: &LangTable) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(at), Some(b':' | b'.')) {
        return None;
    }
    let digits = bytes.get(at + 1..at + 3)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut end = at + 3;
    // Zero seconds after the minutes, with the same separator (`17:00:00`, `kl. 17.00.00`), as
    // calls for proposals give their deadlines (other triples, `10:30:15`, may be ratios).
    if bytes.get(end) == bytes.get(at)
        && bytes.get(end + 1..end + 3) == Some(b"00")
        && !bytes.get(end + 3).is_some_and(u8::is_ascii_digit)
    {
        end += 3;
    }
    let after = bytes.get(end).copied();
    if after.is_some_and(|b| b.is_ascii_digit())
        || (matches!(after, Some(b':' | b'.' | b',')) && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        || (char_at(text, end).is_some_and(char::is_alphabetic)
            && meridiem_at(text, end, true, lang_table).is_none())
    {
        return None;
    }
    let minutes: u32 = text.get(at + 1..at + 3)?.parse().ok()?;
    (minutes < 60).then_some((minutes, end))
}

/// The word after a time on the twelve-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
    Noon,
    Midnight,
}

/// A twelve-hour word after optional spaces at `at` (`a.m.`, `pm`, `noon`), and its end.
///
/// `minutes` tells whether minutes come before it: a spaced `am` without dots is read only
/// after them (`9.30 am`) or glued to the hour (`9am`), as it is also a verb; `pm` has no
/// other meaning.
fn meridiem_at(text: &str, at: usize, minutes: bool, lang_table: &LangTable) -> Option<(Meridiem, usize)> {
    let from = skip_space_like(text.as_bytes(), at);
    let matches = |word: &str| {
        word_at(text.as_bytes(), from, word)
            && !char_at(text, from + word.len()).is_some_and(char::is_alphanumeric)
    };
    let longest = |words: &[&str]| words.iter().filter(|w| matches(w)).map(|w| w.len()).max();
    let spaced_plain = |len: usize| from > at && !minutes && !text[from..from + len].contains('.');
    [
        (lang_table.pm_words, Meridiem::Pm),
        (lang_table.am_words, Meridiem::Am),
        (lang_table.noon_words, Meridiem::Noon),
        (lang_table.midnight_words, Meridiem::Midnight),
    ]
    .into_iter()
    .find_map(|(words, meridiem)| {
        longest(words)
            .filter(|&len| meridiem != Meridiem::Am || !spaced_plain(len))
            .map(|len| (meridiem, from + len))
    })
}

/// The time written at `at` (an hour, then optionally minutes and an a.m./p.m. word), if
/// it is one: `clock` tells whether a clock word stands before it, which makes an hour
/// alone or minutes after a dot a time.
fn time_at(text: &str, at: usize, clock: bool, lang_table: &LangTable) -> Option<Time> {
    let (hour, hour_end) = hour_at(text, at)?;
    let read_minutes = minutes_at(text, hour_end, lang_table);
    let (minutes, end) = read_minutes.unwrap_or((0, hour_end));
    let colon = text.as_bytes().get(hour_end) == Some(&b':') && end > hour_end;
    // Zero seconds make a time of dotted digits too, after an hour of two digits (`17.00.00
    // Brussels time`; a version `1.10.00` is none).
    let seconds = end == hour_end + 6 && hour_end == at + 2;
    let meridiem = meridiem_at(text, end, read_minutes.is_some(), lang_table);
    let hour = match meridiem {
        // `12 noon`, `12 midnight`: only twelve o'clock sharp has a name.
        Some((Meridiem::Noon, _)) if hour == 12 && minutes == 0 => 12,
        Some((Meridiem::Midnight, _)) if hour == 12 && minutes == 0 => 0,
        Some((Meridiem::Noon | Meridiem::Midnight, _)) => return None,
        Some((pm, _)) if (1..=12).contains(&hour) => hour % 12 + if pm == Meridiem::Pm { 12 } else { 0 },
        Some(_) => return None,
        // `9:30` alone; `9` or `9.30` only after a clock word.
        None if colon || clock || seconds => hour,
        None => return None,
    };
    // Midnight at the end of a day (`kl. 24.00` after a clock word, `24:00` with a colon) is
    // midnight.
    let hour = if hour == 24 && minutes == 0 && (clock || colon) { 0 } else { hour };
    if hour > 23 {
        return None;
    }
    let end = meridiem.map_or(end, |(_, end)| end);
    Some(Time { start: at, end, minutes: hour * 60 + minutes })
}

/// A second time after a dash or a bare range word (`kl. 9.00–15.30`, `09:00-15:30`,
/// `9.30 a.m. to 3 p.m.`), read as the first was.
fn range_end(text: &str, first: &Time, clock: bool, lang_table: &LangTable) -> Option<Time> {
    let bytes = text.as_bytes();
    let mut at = skip_space_like(bytes, first.end);
    if let Some(dash) = char_at(text, at).filter(|&c| matches!(c, '-' | '\u{2013}')) {
        at += dash.len_utf8();
    } else {
        let word = lang_table.range_bare_joiners.iter().find(|word| {
            at > first.end
                && word_at(bytes, at, word)
                && char_at(text, at + word.len()).is_some_and(super::is_space_like)
        })?;
        at += word.len();
    }
    at = skip_space_like(bytes, at);
    // `kl. 9.00 till kl. 15.30`: the clock word may come again.
    let again = lang_table.clock_words.iter().find(|word| {
        word_at(bytes, at, word) && !char_at(text, at + word.len()).is_some_and(char::is_alphanumeric)
    });
    if let Some(word) = again {
        at = skip_space_like(bytes, at + word.len());
    }
    time_at(text, at, clock || again.is_some(), lang_table)
}

/// The words one of which a text without a colon between digits must hold to hold a time.
struct Gates {
    clock: Gate,
    meridiem: Gate,
}

static EN: LazyLock<Gates> = LazyLock::new(|| Gates::new(Lang::En));
static SV: LazyLock<Gates> = LazyLock::new(|| Gates::new(Lang::Sv));

impl Gates {
    fn new(lang: Lang) -> Gates {
        let lang_table = table(lang);
        // Words of two letters are looked for beside a digit instead (`pm` is in
        // `development`), by `short_meridiem`.
        let meridiem: Vec<&str> =
            [lang_table.am_words, lang_table.pm_words, lang_table.noon_words, lang_table.midnight_words]
                .into_iter()
                .flatten()
                .filter(|word| word.len() > 2)
                .copied()
                .collect();
        Gates { clock: Gate::new(lang_table.clock_words), meridiem: Gate::new(&meridiem) }
    }
}

fn gates(lang: Lang) -> &'static Gates {
    match lang {
        Lang::En => &EN,
        Lang::Sv => &SV,
    }
}

/// Hours named by a word alone (`at noon`, `by midnight`): optional times, as the other
/// version may name the hour in digits (`kl. 12`) or in words of its own (`mitt på dagen`).
/// `12 noon` is a longer value of [`find`] and wins the overlap.
pub(crate) fn named_hours(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<(WordFinder, &'static str)>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            let lang_table = table(lang);
            let noon = lang_table.noon_words.iter().map(|word| (WordFinder::new(word), "12:00"));
            let midnight = lang_table.midnight_words.iter().map(|word| (WordFinder::new(word), "00:00"));
            noon.chain(midnight).collect()
        })
    });
    for (finder, body) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for span in finder.find_iter(text, pairs) {
            let mut value = Value::new(ValueKind::Date, span, format!("time:{body}"), body.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// The days of the week in the order of their keys, Monday first (ISO 8601), by their
/// English names, which the language tables give every weekday word.
pub(crate) const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A day of the week named alone (`by 19.00 on the Monday of the part-session`, `on
/// Mondays`, `senast kl. 19 på måndagen`, `på söndag`, `i måndags`): an optional
/// `weekday:1` (Monday) to `weekday:7` (Sunday), so that the check reports two different
/// days named in one sentence but not a day one version names and the other does not
/// (`Monday to Friday` = `vardagar`). A weekday right before a date is that date's
/// `detail` instead (`Monday 14 September 2026`): see `weekdays` in the module above.
pub(crate) fn named_weekdays(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // Each word's finder, its day, and the index of the first word after it that does not
    // start with it: the forms of a day follow the shortest, which starts them all
    // (`måndag`, `måndagen`, `måndags`), so a text that cannot hold it holds none of them,
    // and most texts name no day.
    static FINDERS: LazyLock<[Vec<(WordFinder, usize, usize)>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            let words: Vec<(&'static str, usize)> = table(lang)
                .weekdays
                .iter()
                .filter_map(|(word, day)| Some((*word, WEEKDAYS.iter().position(|d| d == day)?)))
                .collect();
            words
                .iter()
                .enumerate()
                .map(|(index, &(word, day))| {
                    let forms = words.get(index + 1..).unwrap_or_default();
                    let others =
                        forms.iter().position(|(form, _)| !form.starts_with(word)).unwrap_or(forms.len());
                    (WordFinder::new(word), day, index + 1 + others)
                })
                .collect()
        })
    });
    let finders = &FINDERS[usize::from(lang == Lang::Sv)];
    let mut index = 0;
    while let Some((finder, day, others)) = finders.get(index) {
        if !finder.may_occur(pairs) {
            index = *others;
            continue;
        }
        index += 1;
        for span in finder.find_iter(text, pairs) {
            let name = WEEKDAYS[*day];
            let display = name.get(..1).unwrap_or("").to_uppercase() + name.get(1..).unwrap_or("");
            let mut value = Value::new(ValueKind::Date, span, format!("weekday:{}", day + 1), display);
            value.optional = true;
            out.push(value);
        }
    }
}

/// Finds the times of `text`.
pub(crate) fn find(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    // Every time has a colon between digits, a clock word, an a.m./p.m. word or zero seconds
    // after a dot (`17.00.00`): most texts have none (a Swedish `EU:s` has a colon, but not
    // between digits).
    let colon_time = memchr::memchr_iter(b':', bytes).any(|at| {
        at.checked_sub(1).and_then(|before| bytes.get(before)).is_some_and(u8::is_ascii_digit)
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    });
    let gates = gates(lang);
    let has_clock_word = lower.mentions(&gates.clock);
    if !colon_time
        && !has_clock_word
        && finder!(b".00").find(bytes).is_none()
        && !lower.mentions(&gates.meridiem)
        && !short_meridiem(lower, lang_table)
    {
        return;
    }
    // Times and ranges of times: (first, last).
    let mut times: Vec<(Time, Option<Time>)> = Vec::new();
    let mut at = 0;
    while let Some(start) = find_digit(bytes, at) {
        let run = bytes.get(start..).map_or(1, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        at = start + run.max(1);
        let clock = has_clock_word && clock_word_before(text, start, lower, lang_table);
        let Some(time) = time_at(text, start, clock, lang_table) else {
            continue;
        };
        let last = range_end(text, &time, clock, lang_table);
        at = at.max(last.unwrap_or(time).end);
        times.push((time, last));
    }
    let body = |time: &Time| format!("{:02}:{:02}", time.minutes / 60, time.minutes % 60);
    for (first, last) in times {
        let zone = zone_after(text, last.unwrap_or(first).end);
        let mut value = match last {
            Some(last) => Value::new(
                ValueKind::Date,
                first.start..last.end,
                format!("range:{}..{}", body(&first), body(&last)),
                format!("{}–{}", body(&first), body(&last)),
            ),
            None => Value::new(
                ValueKind::Date,
                first.start..first.end,
                format!("time:{}", body(&first)),
                body(&first),
            ),
        };
        value.detail = zone.map(str::to_string);
        out.push(value);
    }
}

/// The codes of time zones a time may be given in, as both languages write them.
const ZONES: [&str; 8] = ["CEST", "CET", "EEST", "EET", "GMT", "UTC", "WEST", "WET"];

/// The time zone named by its code right after a time at `end`, after a space or in brackets
/// (`17:00 CET`, `kl. 17.00 CEST`, `12:00 (UTC)`): the time's `detail`, which the check compares
/// where both versions name one.
fn zone_after(text: &str, end: usize) -> Option<&'static str> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('\u{a0}'))?;
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let zone = ZONES.iter().find(|zone| rest.starts_with(**zone))?;
    let after = rest.as_bytes().get(zone.len());
    (!after.is_some_and(u8::is_ascii_alphanumeric)).then_some(*zone)
}

/// Whether a twelve-hour word of two letters without dots (`pm`, `am`) follows a digit,
/// glued or after one space (`2pm`, `2 pm`): the gate of [`find`] for the words it does not
/// search for (`pm` is in `development`), in `lower`.
fn short_meridiem(lower: &Lower, lang_table: &LangTable) -> bool {
    let pairs = lower.pairs();
    let digit_before = |at: usize| match lower.as_str().as_bytes().get(..at).unwrap_or_default() {
        [.., d, b' '] | [.., d] => d.is_ascii_digit(),
        _ => false,
    };
    lang_table
        .am_words
        .iter()
        .chain(lang_table.pm_words)
        .filter(|word| word.len() == 2 && pairs.may_hold(word.as_bytes()))
        .any(|word| memchr::memmem::find_iter(lower.as_str().as_bytes(), word.as_bytes()).any(digit_before))
}

/// Whether a clock word (`kl.`, `klockan`) ends, after spaces, right before `at`.
fn clock_word_before(text: &str, at: usize, lower: &Lower, lang_table: &LangTable) -> bool {
    let lower = lower.as_str().as_bytes();
    let mut end = at;
    while end > 0 && matches!(lower.get(end - 1), Some(b' ')) {
        end -= 1;
    }
    // `kl.9` is written too, but a word glued to the digits is not a clock word.
    if end == at && end.checked_sub(1).and_then(|i| lower.get(i)) != Some(&b'.') {
        return false;
    }
    lang_table.clock_words.iter().any(|word| {
        end >= word.len()
            && lower.get(end - word.len()..end) == Some(word.as_bytes())
            && !char_before(text, end - word.len()).is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        find(text, &Lower::new(text), lang, &mut out);
        out.into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn times_in_both_languages() {
        assert_eq!(keys("at 09:00 and at 15:30", Lang::En), ["time:09:00", "time:15:30"]);
        assert_eq!(keys("from 09:00 to 15:30", Lang::En), ["range:09:00..15:30"]);
        assert_eq!(keys("kl. 9.00–15.30", Lang::Sv), ["range:09:00..15:30"]);
        assert_eq!(keys("kl. 9.00 och kl. 15.30", Lang::Sv), ["time:09:00", "time:15:30"]);
        assert_eq!(keys("från kl. 9.00 till kl. 15.30", Lang::Sv), ["range:09:00..15:30"]);
        assert_eq!(keys("klockan 15", Lang::Sv), ["time:15:00"]);
        assert_eq!(
            keys("between 00:00 on Monday and 24:00 on Sunday", Lang::En),
            ["time:00:00", "time:00:00"]
        );
        assert_eq!(keys("Kl. 9", Lang::Sv), ["time:09:00"]);
        assert_eq!(keys("at 3 p.m. and 9.30 a.m.", Lang::En), ["time:15:00", "time:09:30"]);
        assert_eq!(keys("from 9.30 a.m. to 3 p.m.", Lang::En), ["range:09:30..15:00"]);
        assert_eq!(keys("12 p.m., 12 a.m.", Lang::En), ["time:12:00", "time:00:00"]);
        assert_eq!(keys("09:00-17:00 CET", Lang::En), ["range:09:00..17:00"]);
        assert_eq!(keys("17 September 2026 – 17:00:00 CET", Lang::En), ["time:17:00"]);
        assert_eq!(keys("at 17.00.00 Brussels local time", Lang::En), ["time:17:00"]);
        assert_eq!(keys("kl. 17.00.00 lokal tid i Bryssel", Lang::Sv), ["time:17:00"]);
        assert_eq!(keys("by 12.30.00 CET", Lang::En), ["time:12:30"]);
        for text in ["version 1.10.00", "25.00.00", "EUR 3.00 million", "12.30.01"] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("time:")), "{text}");
        }
        assert_eq!(keys("kl. 17.00.00 CET", Lang::Sv), ["time:17:00"]);
    }

    #[test]
    fn twelve_hour_words_without_dots() {
        assert_eq!(keys("at 2pm", Lang::En), ["time:14:00"]);
        assert_eq!(keys("at 2 PM", Lang::En), ["time:14:00"]);
        assert_eq!(keys("at 9.30 am", Lang::En), ["time:09:30"]);
        assert_eq!(keys("from 9am to 5pm", Lang::En), ["range:09:00..17:00"]);
        assert_eq!(keys("9am-5.30pm", Lang::En), ["range:09:00..17:30"]);
        assert_eq!(keys("at 12 noon", Lang::En), ["time:12:00"]);
        let named: Vec<(String, bool)> = crate::values::extract("at noon, by Midnight; afternoon", Lang::En)
            .into_iter()
            .map(|v| (v.key, v.optional))
            .collect();
        assert_eq!(named, [("time:12:00".to_string(), true), ("time:00:00".to_string(), true)]);
        assert_eq!(keys("until 12 midnight", Lang::En), ["time:00:00"]);
        // The end of a day on the 24-hour clock, after a clock word, is midnight.
        assert_eq!(keys("förlängs till kl. 24.00", Lang::Sv), ["time:00:00"]);
        // `am` after a space is also a verb; `pm` inside a word is no time.
        for text in ["Article 5 am", "3 noon", "12.30 noon", "development 2 pmx", "the 5 am"] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_zone_of_a_time() {
        let zones = |text: &str, lang: Lang| -> Vec<Option<String>> {
            crate::values::extract(text, lang).into_iter().map(|v| v.detail).collect()
        };
        assert_eq!(zones("by 17:00 CET on 9 May", Lang::En)[0].as_deref(), Some("CET"));
        assert_eq!(zones("senast kl. 17.00 CEST", Lang::Sv), [Some("CEST".to_string())]);
        assert_eq!(zones("at 12:00 (UTC)", Lang::En), [Some("UTC".to_string())]);
        assert_eq!(zones("kl. 9.00–11.00 CET", Lang::Sv), [Some("CET".to_string())]);
        // No zone: a word that starts as one, or none at all.
        assert_eq!(zones("at 12:00 CETA talks", Lang::En), [None]);
        assert_eq!(zones("at 12:00 Brussels time", Lang::En), [None]);
    }

    #[test]
    fn other_numbers_are_not_times() {
        for text in [
            "15.30",
            "prop. 2023/24:12",
            "SFS 2018:218",
            "10:30:15",
            "24:30",
            "13 p.m.",
            "a ratio of 3:1",
            "9.30 per cent",
            "Article 5 am",
            "page 12:60",
            "3.9 million",
        ] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
            assert!(keys(text, Lang::Sv).is_empty(), "{text}");
        }
    }
}
