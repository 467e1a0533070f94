//! Times of day: `09:00`, `15:30`, `3 p.m.`, `9.30 a.m.` and the Swedish `kl. 9.00`,
//! `klockan 15`, `kl. 9.00–15.30`, each keyed on the 24-hour clock (`time:09:00`), so that
//! `09:00` in one version and `kl. 9.00` in the other are the same time.
//!
//! A time is only read where nothing else can be meant: two digits after a colon, a clock
//! word before, an a.m./p.m. word after, or the code of a time zone after the minutes
//! (`14.00 CEST`). `15.30` alone stays a number (it may be a section or, in an English text, a
//! decimal), and so do `2023/24:12` and `2018:218`; but the start of a range whose end is a
//! time by its a.m./p.m. word or its zone is one (`1.30–2.15 pm`, `between 3 and 5 p.m.`).

use std::sync::LazyLock;

use super::swar::find_digit;
use super::tables::{LangTable, table};
use super::{
    Gate, Lower, Pairs, Value, ValueKind, WordFinder, char_at, char_before, ends_with_words, skip_space_like,
    word_at,
};
use crate::text::Lang;

/// A time read at some place: its span and minutes since midnight, the hour and minutes as
/// written, and the twelve-hour word after them, if any.
#[derive(Debug, Clone, Copy)]
struct Time {
    start: usize,
    end: usize,
    minutes: u32,
    written: (u32, u32),
    meridiem: Option<Meridiem>,
    /// Seconds other than zero, or with a fraction, as the key writes them (`:30.123456`).
    seconds: Option<Seconds>,
}

/// The seconds of a time and the digits of their fraction, where the time gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seconds {
    seconds: u32,
    /// The byte range of the fraction's digits after its dot or comma.
    fraction: (usize, usize),
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
    let (minutes, end, seconds) = clock_minutes_at(text, at, lang_table)?;
    seconds.is_none().then_some((minutes, end))
}

/// [`minutes_at`], with seconds other than zero and a fraction of a second after them
/// (`10:15:30.123456`, `kl. 10.15.30,123456`, `23:59:59`): the minutes, where they end and
/// the seconds so written. Whether such a triple is a time is for [`time_at`] to say.
fn clock_minutes_at(text: &str, at: usize, lang_table: &LangTable) -> Option<(u32, usize, Option<Seconds>)> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(at), Some(b':' | b'.')) {
        return None;
    }
    let digits = bytes.get(at + 1..at + 3)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut end = at + 3;
    let mut seconds = None;
    // Seconds after the minutes, with the same separator (`17:00:00`, `kl. 17.00.00`), as
    // calls for proposals give their deadlines and reports of transactions their moments.
    if bytes.get(end) == bytes.get(at)
        && bytes.get(end + 1..end + 3).is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
        && !bytes.get(end + 3).is_some_and(u8::is_ascii_digit)
    {
        let second: u32 = text.get(end + 1..end + 3)?.parse().ok()?;
        end += 3;
        // A fraction of a second after a dot or a decimal comma (`30.123456`, `30,123456`).
        let fraction_digits = match bytes.get(end) {
            Some(b'.' | b',') => {
                bytes.get(end + 1..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
            }
            _ => 0,
        };
        let fraction = (1..=9).contains(&fraction_digits).then_some((end + 1, end + 1 + fraction_digits));
        if let Some((_, fraction_end)) = fraction {
            end = fraction_end;
        }
        if second >= 60 {
            return None;
        }
        if second != 0 || fraction.is_some() {
            seconds = Some(Seconds { seconds: second, fraction: fraction.unwrap_or((end, end)) });
        }
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
    (minutes < 60).then_some((minutes, end, seconds))
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
    let read_minutes = clock_minutes_at(text, hour_end, lang_table);
    let (minutes, end, exact) = read_minutes.unwrap_or((0, hour_end, None));
    let written = (hour, minutes);
    let colon = text.as_bytes().get(hour_end) == Some(&b':') && end > hour_end;
    // Zero seconds make a time of dotted digits too, after an hour of two digits (`17.00.00
    // Brussels time`; a version `1.10.00` is none).
    let seconds = exact.is_none() && end == hour_end + 6 && hour_end == at + 2;
    // So does the code of a time zone after the minutes (`Thu 22 Oct 2026, 14.00 CEST`), which
    // only a time is given in.
    let zoned = read_minutes.is_some() && zone_after(text, end).is_some();
    // Other seconds make a time of an hour of two digits after a clock word or before a zone
    // (`kl. 23.59.59`, `10.15.30,123456 UTC`), and with colons where a fraction of a second
    // follows (`10:15:30.123456`) or a preposition of the hour or of a limit in time stands
    // before (`at 10:15:30`, `by 23:59:59`): alone, three figures apart by colons may be a
    // ratio (`10:30:15`), and by dots a section's number (`10.15.30`).
    if let Some(Seconds { fraction: (from, to), .. }) = exact {
        let timed = clock
            || zoned
            || colon && (to > from || hour_word_before(text.get(..at).unwrap_or_default(), lang_table));
        if hour_end != at + 2 || !timed {
            return None;
        }
    }
    let meridiem = meridiem_at(text, end, read_minutes.is_some(), lang_table);
    let hour = match meridiem {
        // `12 noon`, `12 midnight`: only twelve o'clock sharp has a name.
        Some((Meridiem::Noon, _)) if hour == 12 && minutes == 0 => 12,
        Some((Meridiem::Midnight, _)) if hour == 12 && minutes == 0 => 0,
        Some((Meridiem::Noon | Meridiem::Midnight, _)) => return None,
        Some((pm, _)) if (1..=12).contains(&hour) => hour % 12 + if pm == Meridiem::Pm { 12 } else { 0 },
        Some(_) => return None,
        // `9:30` alone; `9` or `9.30` only after a clock word.
        None if colon || clock || seconds || zoned => hour,
        None => return None,
    };
    // Midnight at the end of a day (`kl. 24.00` after a clock word, `24:00` with a colon) is
    // midnight.
    let hour = if hour == 24 && minutes == 0 && (clock || colon) { 0 } else { hour };
    if hour > 23 {
        return None;
    }
    let end = meridiem.map_or(end, |(_, end)| end);
    Some(Time {
        start: at,
        end,
        minutes: hour * 60 + minutes,
        written,
        meridiem: meridiem.map(|(word, _)| word),
        seconds: exact,
    })
}

/// Whether `before`, the text before a time, ends on a preposition of the hour (`at`) or a word
/// of a limit in time (`by`, `no later than`, `senast`).
fn hour_word_before(before: &str, lang_table: &LangTable) -> bool {
    let before = before.trim_end_matches(super::is_space_like);
    lang_table.hour_prepositions.iter().any(|word| ends_with_words(before, word))
        || lang_table.date_bounds.iter().any(|(phrase, _)| ends_with_words(before, phrase))
}

/// An hour, and minutes after it, written at `at` with nothing that makes them a time
/// (`3` of `between 3 and 5 p.m.`, `1.30` of `1.30–2.15 pm`): the start of a range whose end is
/// one may be read as a time by [`shared_meridiem`] or [`zoned_range`].
fn bare_at(text: &str, at: usize, lang_table: &LangTable) -> Option<Time> {
    let (hour, hour_end) = hour_at(text, at)?;
    let (minutes, end) = minutes_at(text, hour_end, lang_table).unwrap_or((0, hour_end));
    (hour <= 23).then_some(Time {
        start: at,
        end,
        minutes: hour * 60 + minutes,
        written: (hour, minutes),
        meridiem: None,
        seconds: None,
    })
}

/// The two ends of a range after which one a.m. or p.m. word stands (`1:30–2:15 p.m.`,
/// `between 3 and 5 p.m.`, `from 4 to 5.30 p.m.`): the word applies to both ends, as English
/// writes it once for the range, so the start is read in the half of the day the word names
/// (`13:30–14:15`). An end at twelve o'clock sharp then closes that half (`10–12 a.m.`: from
/// ten to noon, `10–12 p.m.`: from ten to midnight), as both ends lie in it. Where the start so
/// read would come after the end, the range runs over from the half before (`11–1 p.m.`:
/// `11:00–13:00`, `11–12.30 p.m.`, `11–1 a.m.`: `23:00–01:00`).
///
/// `None` where the start has a twelve-hour word of its own (`11 a.m. to 2 p.m.`), or an hour
/// no twelve-hour clock shows (`13:00–5 p.m.`), or is written on the 24-hour clock with a
/// leading zero (`08:00 to 8 p.m.`), or is the end's hour (`8–8 p.m.`), or the end has none.
fn shared_meridiem(text: &str, first: &Time, last: &Time) -> Option<(Time, Time)> {
    let half = match last.meridiem? {
        Meridiem::Am => 0,
        Meridiem::Pm => 12 * 60,
        Meridiem::Noon | Meridiem::Midnight => return None,
    };
    let ((hour, minutes), (end_hour, end_minutes)) = (first.written, last.written);
    if first.meridiem.is_some()
        || !(1..=12).contains(&hour)
        || text.as_bytes().get(first.start) == Some(&b'0')
    {
        return None;
    }
    // Minutes from the start of the half, twelve counting as none, as on a clock's face.
    let start = hour % 12 * 60 + minutes;
    let end = if (end_hour, end_minutes) == (12, 0) { 12 * 60 } else { end_hour % 12 * 60 + end_minutes };
    let (start, end) = match start.cmp(&end) {
        std::cmp::Ordering::Less => (half + start, (half + end) % (24 * 60)),
        std::cmp::Ordering::Greater => ((half + 12 * 60 + start) % (24 * 60), last.minutes),
        std::cmp::Ordering::Equal => return None,
    };
    Some((Time { minutes: start, ..*first }, Time { minutes: end, ..*last }))
}

/// The two ends of a range on the 24-hour clock whose end alone is marked as a time, by the
/// code of a time zone after it (`14.00–16.00 CET`): the zone is the whole range's.
fn zoned_range(text: &str, first: &Time, last: &Time) -> Option<(Time, Time)> {
    (last.meridiem.is_none() && zone_after(text, last.end).is_some()).then_some((*first, *last))
}

/// A second time after a dash or a bare range word (`kl. 9.00–15.30`, `09:00-15:30`,
/// `9.30 a.m. to 3 p.m.`), or after a range word that a range word before the first time
/// opens (`mellan kl. 15.00 och 17.00`, `between 3 and 5 p.m.`), read as the first was.
fn range_end(text: &str, first: &Time, clock: bool, lang_table: &LangTable) -> Option<Time> {
    let bytes = text.as_bytes();
    let mut at = skip_space_like(bytes, first.end);
    if let Some(dash) = char_at(text, at).filter(|&c| matches!(c, '-' | '\u{2013}')) {
        at += dash.len_utf8();
    } else {
        let spaced = |word: &&&str| {
            at > first.end
                && word_at(bytes, at, word)
                && char_at(text, at + word.len()).is_some_and(super::is_space_like)
        };
        let word = lang_table.range_bare_joiners.iter().find(spaced).or_else(|| {
            lang_table.range_joiners.iter().find(spaced).filter(|_| opened(text, first.start, lang_table))
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

/// Whether a range word whose bounds a list word joins (`between`, `mellan`; not `från`, which
/// takes `till`) stands before byte `at`, a clock word (`kl.`) between them or none.
fn opened(text: &str, at: usize, lang_table: &LangTable) -> bool {
    let ends_with_word = |head: &str, word: &str| {
        head.len() >= word.len()
            && word_at(head.as_bytes(), head.len() - word.len(), word)
            && !char_before(head, head.len() - word.len()).is_some_and(char::is_alphanumeric)
    };
    let mut head = text.get(..at).unwrap_or_default().trim_end_matches(super::is_space_like);
    if let Some(word) = lang_table.clock_words.iter().find(|word| ends_with_word(head, word)) {
        head = head.get(..head.len() - word.len()).unwrap_or_default().trim_end_matches(super::is_space_like);
    }
    lang_table.list_joined_openers.iter().any(|opener| ends_with_word(head, opener))
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
    // A twelve-hour word or a zone's code marks a time after minutes or an hour that nothing
    // else makes one, and may mark a range whose start is bare (`between 3 and 5 p.m.`).
    let marked = lower.mentions(&gates.meridiem) || short_meridiem(lower, lang_table) || zone_gate(bytes);
    if !colon_time && !has_clock_word && finder!(b".00").find(bytes).is_none() && !marked {
        return;
    }
    // Times and ranges of times: (first, last).
    let mut times: Vec<(Time, Option<Time>)> = Vec::new();
    let mut at = 0;
    while let Some(start) = find_digit(bytes, at) {
        let run = bytes.get(start..).map_or(1, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        at = start + run.max(1);
        let clock = has_clock_word && clock_word_before(text, start, lower, lang_table);
        let firm = time_at(text, start, clock, lang_table);
        let bare = || (marked && !clock).then(|| bare_at(text, start, lang_table)).flatten();
        let Some(first) = firm.or_else(bare) else {
            continue;
        };
        if !clock && first.meridiem.is_none() && after_proportion_word(&text[..start], lang) {
            // Two figures apart by a colon after a word of proportion are a ratio, not a time:
            // `dilution 1:50`, `skala 1:50 000`.
            continue;
        }
        let last = range_end(text, &first, clock, lang_table);
        let (first, last) = match last {
            // One twelve-hour word for both ends (`1:30–2:15 p.m.`), not after a clock word,
            // which counts the hours of the 24-hour clock.
            Some(last) if !clock => match shared_meridiem(text, &first, &last) {
                Some((first, last)) => (first, Some(last)),
                None if firm.is_some() => (first, Some(last)),
                None => match zoned_range(text, &first, &last) {
                    Some((first, last)) => (first, Some(last)),
                    None => continue,
                },
            },
            last if firm.is_some() => (first, last),
            _ => continue,
        };
        at = at.max(last.unwrap_or(first).end);
        times.push((first, last));
    }
    // Seconds other than zero, and a fraction's digits as written, are part of the time.
    let body = |time: &Time| {
        let mut body = format!("{:02}:{:02}", time.minutes / 60, time.minutes % 60);
        if let Some(Seconds { seconds, fraction: (from, to) }) = time.seconds {
            body.push_str(&format!(":{seconds:02}"));
            if let Some(digits) = text.get(from..to).filter(|digits| !digits.is_empty()) {
                body.push('.');
                body.push_str(digits);
            }
        }
        body
    };
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

/// Words that name a proportion written with a colon (`dilution 1:50`, `i förhållandet 1:3`).
const PROPORTION_WORDS: [&[&str]; 2] = [
    &[
        "dilution",
        "diluted",
        "ratio",
        "ratio of",
        "scale",
        "scale of",
        "proportion",
        "proportion of",
        "mixed",
    ],
    &[
        "utspädning",
        "utspädd",
        "spädning",
        "förhållande",
        "förhållandet",
        "blandningsförhållande",
        "blandningsförhållandet",
        "skala",
        "skalan",
        "blandad",
        "blandat",
    ],
];

/// Whether `before` (the text before a figure) ends on a word of [`PROPORTION_WORDS`].
fn after_proportion_word(before: &str, lang: Lang) -> bool {
    let words = PROPORTION_WORDS[usize::from(lang == Lang::Sv)];
    let before = before.trim_end();
    words.iter().any(|words| ends_with_words(before, words))
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

/// Whether the code of a time zone of [`ZONES`] may stand in `bytes`: each holds a `T`, looked
/// for by `memchr`, and most texts hold a capital `T` only at the start of a word.
fn zone_gate(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'T', bytes).any(|at| {
        ZONES.iter().any(|zone| {
            zone.find('T').is_some_and(|t| {
                at.checked_sub(t)
                    .and_then(|start| bytes.get(start..))
                    .is_some_and(|rest| rest.starts_with(zone.as_bytes()))
            })
        })
    })
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
    fn a_proportion_with_a_colon_is_no_time() {
        assert!(keys("Dilution 1:50 (2 % v/v)", Lang::En).is_empty());
        assert!(keys("a mixing ratio of 1:20", Lang::En).is_empty());
        assert!(keys("utspädning 1:50 (2 % volym/volym)", Lang::Sv).is_empty());
        assert!(keys("i förhållandet 1:20", Lang::Sv).is_empty());
        // Still times: after other words, and after a clock word.
        assert_eq!(keys("the meeting resumed at 1:50", Lang::En), ["time:01:50"]);
        assert_eq!(keys("mötet återupptogs kl. 1:50", Lang::Sv), ["time:01:50"]);
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
    fn one_twelve_hour_word_after_a_range_is_both_ends() {
        assert_eq!(keys("Side event, 1:30–2:15 p.m., Room JDE 62", Lang::En), ["range:13:30..14:15"]);
        assert_eq!(keys("offered between 3 and 5 p.m. Presentations", Lang::En), ["range:15:00..17:00"]);
        assert_eq!(keys("Between 3 and 5 p.m.", Lang::En), ["range:15:00..17:00"]);
        assert_eq!(keys("2–3 p.m.", Lang::En), ["range:14:00..15:00"]);
        assert_eq!(keys("from 4 to 5.30 p.m.", Lang::En), ["range:16:00..17:30"]);
        assert_eq!(keys("1.30–2.15 pm", Lang::En), ["range:13:30..14:15"]);
        assert_eq!(keys("12–2 p.m.", Lang::En), ["range:12:00..14:00"]);
        assert_eq!(keys("12–12.30 p.m.", Lang::En), ["range:12:00..12:30"]);
        assert_eq!(keys("9–11 a.m.", Lang::En), ["range:09:00..11:00"]);
        // Each end with a word of its own keeps it.
        assert_eq!(keys("11 a.m. to 2 p.m.", Lang::En), ["range:11:00..14:00"]);
        assert_eq!(keys("12 noon to 2 p.m.", Lang::En), ["range:12:00..14:00"]);
        // Twelve o'clock sharp at the end closes the half the word names.
        assert_eq!(keys("10–12 a.m.", Lang::En), ["range:10:00..12:00"]);
        assert_eq!(keys("10–12 p.m.", Lang::En), ["range:22:00..00:00"]);
        // A start the word would put after the end lies in the half before.
        assert_eq!(keys("11–1 p.m.", Lang::En), ["range:11:00..13:00"]);
        assert_eq!(keys("from 9 to 5 p.m.", Lang::En), ["range:09:00..17:00"]);
        assert_eq!(keys("11–12.30 p.m.", Lang::En), ["range:11:00..12:30"]);
        assert_eq!(keys("11–1 a.m.", Lang::En), ["range:23:00..01:00"]);
        // An hour of the 24-hour clock stays as written: past twelve, with a leading zero,
        // or after a clock word.
        assert_eq!(keys("from 13:00 to 5 p.m.", Lang::En), ["range:13:00..17:00"]);
        assert_eq!(keys("from 08:00 to 8 p.m.", Lang::En), ["range:08:00..20:00"]);
        // `and` joins a range only after `between`; a figure before no time is none.
        assert_eq!(keys("3 and 5 p.m.", Lang::En), ["time:17:00"]);
        assert_eq!(keys("on 3 to 5 p.m.", Lang::En), ["range:15:00..17:00"]);
        for text in ["between 3 and 5 per cent", "from 4 to 5.30", "between 3 and 5 am", "Articles 3 to 5"] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
        }
        assert_eq!(keys("between 30 and 5 p.m.", Lang::En), ["time:17:00"]);
    }

    #[test]
    fn a_range_opened_by_between() {
        assert_eq!(keys("mellan kl. 15.00 och 17.00", Lang::Sv), ["range:15:00..17:00"]);
        assert_eq!(keys("Mellan kl. 9 och kl. 12", Lang::Sv), ["range:09:00..12:00"]);
        assert_eq!(keys("between 10:00 and 12:00", Lang::En), ["range:10:00..12:00"]);
        // Without the opener, two times.
        assert_eq!(keys("kl. 15.00 och 17.00", Lang::Sv), ["time:15:00"]);
        assert_eq!(keys("at 10:00 and 12:00", Lang::En), ["time:10:00", "time:12:00"]);
        assert_eq!(keys("mellan 3 och 5 kl. 17.00", Lang::Sv), ["time:17:00"]);
    }

    #[test]
    fn a_zone_after_minutes_makes_a_time() {
        assert_eq!(keys("Thu 22 Oct 2026, 14.00 CEST", Lang::En), ["time:14:00"]);
        assert_eq!(keys("deadline 17.30 (CET)", Lang::En), ["time:17:30"]);
        assert_eq!(keys("14.00–16.00 CET", Lang::En), ["range:14:00..16:00"]);
        assert_eq!(keys("från 14.30 till 16.00 CET", Lang::Sv), ["range:14:30..16:00"]);
        // No zone, no minutes or a word that starts like a zone: numbers.
        for text in ["EUR 14.50 per tonne", "14 CET", "14.00 CETA", "14.5 UTC", "1.10.00 GMT2"] {
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
    fn seconds_and_their_fraction_are_part_of_the_time() {
        assert_eq!(keys("at 10:15:30.123456 UTC", Lang::En), ["time:10:15:30.123456"]);
        assert_eq!(keys("kl. 10.15.30,123456 UTC", Lang::Sv), ["time:10:15:30.123456"]);
        assert_eq!(keys("by 23:59:59 on Monday", Lang::En), ["time:23:59:59"]);
        assert_eq!(keys("senast kl. 23.59.59 måndagen", Lang::Sv), ["time:23:59:59"]);
        assert_eq!(keys("stamped 14:02:11.482103", Lang::En), ["time:14:02:11.482103"]);
        // Zero seconds are the minute (`17:00:00` = `17.00`); a changed digit is another time.
        assert_eq!(keys("kl. 17.00.00", Lang::Sv), ["time:17:00"]);
        assert_ne!(keys("kl. 10.15.30,123465 UTC", Lang::Sv), ["time:10:15:30.123456"]);
        assert_ne!(keys("by 23:59:58", Lang::En), ["time:23:59:59"]);
        // Three figures alone are no time: a ratio, a section, seconds past sixty.
        for text in ["a split of 10:30:15", "point 10.15.30", "by 23:59:61", "by 3:59:59"] {
            assert!(keys(text, Lang::En).is_empty(), "{text}");
        }
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
