//! Dates: day-month-year in words or digits, months, years, quarters, half-years,
//! decades and ranges of these.
//!
//! EU style writes `14 May 2024` and `(den) 14 maj 2024`, with numeric `29.1.2026` in
//! OJ references and ISO `2026-01-29` in Swedish web text. Bare years are read from
//! 1900 to 2100, and never when a slash joins them to another number (`2024/1351`,
//! `5848/26` are identifiers). Weekday names and times are read in `time.rs`.

use std::ops::Range;
use std::sync::LazyLock;

use super::pattern::{Captures, Regex};

use super::month_dates::{self, Found, Shape};
use super::tables::{DOTTED_DAY_MONTHS, LangTable, alternation, longest_first, table};
use super::{Gate, Lower, Value, ValueKind, byte_then, char_at, char_before, digit_dates, gate_words};
use crate::text::Lang;

/// The shape of a date, without its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum When {
    Full { year: u32, month: u32, day: u32 },
    DayMonth { month: u32, day: u32 },
    Month { year: u32, month: u32 },
    Year(u32),
    Quarter { year: Option<u32>, quarter: u32 },
    Half { year: Option<u32>, half: u32 },
    Decade(u32),
}

impl When {
    /// The key without its prefix: `2024-05-14`, `2026-05`, `2025`.
    fn body(self) -> String {
        let mut body = String::with_capacity(10);
        self.push_body(&mut body);
        body
    }

    /// [`When::body`], pushed onto `out` digit by digit.
    fn push_body(self, out: &mut String) {
        let year = |out: &mut String, year: Option<u32>| {
            if let Some(year) = year {
                push_padded(out, year, 4);
                out.push('-');
            }
        };
        match self {
            When::Full { year, month, day } => {
                push_padded(out, year, 4);
                out.push('-');
                push_padded(out, month, 2);
                out.push('-');
                push_padded(out, day, 2);
            }
            When::DayMonth { month, day } => {
                push_padded(out, month, 2);
                out.push('-');
                push_padded(out, day, 2);
            }
            When::Month { year, month } => {
                push_padded(out, year, 4);
                out.push('-');
                push_padded(out, month, 2);
            }
            When::Year(year) | When::Decade(year) => push_padded(out, year, 4),
            When::Quarter { year: quarter_year, quarter } => {
                year(out, quarter_year);
                out.push('Q');
                push_padded(out, quarter, 1);
            }
            When::Half { year: half_year, half } => {
                year(out, half_year);
                out.push('H');
                push_padded(out, half, 1);
            }
        }
    }

    /// What [`When::body`] wrote with `format!`.
    #[cfg(test)]
    fn body_by_format(self) -> String {
        match self {
            When::Full { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            When::DayMonth { month, day } => format!("{month:02}-{day:02}"),
            When::Month { year, month } => format!("{year:04}-{month:02}"),
            When::Year(year) => format!("{year:04}"),
            When::Quarter { year: Some(year), quarter } => format!("{year:04}-Q{quarter}"),
            When::Quarter { year: None, quarter } => format!("Q{quarter}"),
            When::Half { year: Some(year), half } => format!("{year:04}-H{half}"),
            When::Half { year: None, half } => format!("H{half}"),
            When::Decade(year) => format!("{year:04}"),
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            When::Full { .. } => "date",
            When::DayMonth { .. } => "day",
            When::Month { .. } => "month",
            When::Year(_) => "year",
            When::Quarter { .. } => "quarter",
            When::Half { .. } => "half",
            When::Decade(_) => "decade",
        }
    }

    #[cfg(test)]
    fn key(self) -> String {
        format!("{}:{}", self.prefix(), self.body())
    }

    /// [`When::key`] and [`When::display`]: the key written in place, the display copied
    /// from its body.
    fn key_and_display(self) -> (String, String) {
        let prefix = self.prefix();
        let mut key = String::with_capacity(prefix.len() + 11);
        key.push_str(prefix);
        key.push(':');
        self.push_body(&mut key);
        let display = match self {
            When::Decade(_) => self.display(),
            _ => key.get(prefix.len() + 1..).unwrap_or_default().to_string(),
        };
        (key, display)
    }

    fn display(self) -> String {
        match self {
            When::Decade(year) => format!("{year}s"),
            _ => self.body(),
        }
    }

    /// [`When::display`], pushed onto `out`.
    fn push_display(self, out: &mut String) {
        match self {
            When::Decade(year) => {
                push_padded(out, year, 1);
                out.push('s');
            }
            _ => self.push_body(out),
        }
    }

    /// The value of the range from `self` to `high`, keyed `range:LOW..HIGH`, written in
    /// place rather than formatted from pieces.
    fn range_to(self, high: When, span: Range<usize>) -> Value {
        let mut key = String::with_capacity(28);
        key.push_str("range:");
        self.push_body(&mut key);
        key.push_str("..");
        high.push_body(&mut key);
        let mut display = String::with_capacity(24);
        self.push_display(&mut display);
        display.push('–');
        high.push_display(&mut display);
        Value::new(ValueKind::Date, span, key, display)
    }
}

/// Pushes `value` in decimal onto `out`, with leading zeros to `width` digits (`{value:0width$}`).
fn push_padded(out: &mut String, value: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut rest = value;
    let mut len = 0;
    while let Some(slot) = digits.get_mut(len) {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
        len += 1;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    for &digit in digits.get(..len).unwrap_or_default().iter().rev() {
        out.push(char::from(digit));
    }
}

#[derive(Debug, Clone, Copy)]
struct Atom {
    start: usize,
    end: usize,
    when: When,
    /// Whether the year was taken from the date before it for words that name the year
    /// without writing it (`årets första kvartal`): a reading that may be wrong.
    guessed_year: bool,
}

struct Patterns {
    /// The dates written with a month name.
    month_dates: month_dates::Words,
    /// The dates of the languages that write a full stop after the day (`21. oktober 2024`),
    /// by their month names ([`DOTTED_DAY_MONTHS`]).
    dotted_day_dates: month_dates::Words,
    quarter_code: Regex,
    /// A quarter written after its year, as statistics code it: `2025-Q2`, `2025Q2`, `2025K2`.
    year_quarter: Regex,
    half_code: Regex,
    ordinal_quarter: Regex,
    quarter_number: Regex,
    ordinal_half: Regex,
    dash_gap: Regex,
    bare_gap: Regex,
    opener_gap: Regex,
    opener_before: Regex,
    /// A day and a range word, a list word or a dash that end a text: `3 and `, `3 och den `,
    /// `14 respektive `, `3–`.
    day_before: Regex,
    /// `s`, `-talet`: what makes a decade of a year, longest first.
    decade_suffixes: Vec<&'static str>,
    /// Words one of which every match of the patterns that start with a quarter word or a
    /// half-year word holds.
    quarter_words: Gate,
    half_words: Gate,
    /// The century words (`century`, `århundradet`).
    century_words: Gate,
    /// A searcher for each of [`LangTable::previous_period_words`], and one for the words with
    /// their first letter a capital where it is no ASCII letter (`Året innan`), with the
    /// period's length in months.
    previous_periods: Vec<(memchr::memmem::Finder<'static>, u32)>,
    /// The words of the same year (`the same year`, `samma år`), those that hold no other.
    same_year_words: Gate,
    /// For each of [`LangTable::this_year_words`], a searcher for its longest run of ASCII
    /// (`rets` of `årets`, which a capital `Å` leaves as it is in the lower-cased text), with
    /// where that run starts in the words.
    this_year_words: Vec<(memchr::memmem::Finder<'static>, usize, &'static str)>,
}

/// Ordinal and cardinal words up to `limit`, for quarters and halves.
fn small_numbers(lang_table: &LangTable, limit: u32) -> Vec<(&'static str, u32)> {
    let mut out: Vec<(&'static str, u32)> = lang_table
        .ordinals
        .iter()
        .chain(lang_table.weak_ordinals)
        .filter(|(_, value)| *value <= limit)
        .copied()
        .collect();
    out.extend(
        lang_table
            .cardinals
            .iter()
            .filter(|(_, value)| *value <= u64::from(limit))
            .map(|(word, value)| (*word, u32::try_from(*value).unwrap_or(0))),
    );
    out.extend(lang_table.one_words.iter().filter(|word| word.len() > 1).map(|word| (*word, 1)));
    out
}

fn build(lang_table: &LangTable) -> Patterns {
    let sp = r"[ \u{00A0}\u{202F}\u{2009}]";
    let suffixes = alternation(lang_table.digit_ordinal_suffixes.iter().copied());
    let quarters = alternation(lang_table.quarter_words.iter().copied());
    let halves = alternation(lang_table.half_year_words.iter().copied());
    let links = alternation(lang_table.period_year_links.iter().copied());
    let ordinals4 = alternation(
        small_numbers(lang_table, 4)
            .iter()
            .filter(|(word, _)| {
                lang_table.ordinals.iter().chain(lang_table.weak_ordinals).any(|(o, _)| o == word)
            })
            .map(|(word, _)| *word),
    );
    let numbers4 = alternation(
        small_numbers(lang_table, 4)
            .iter()
            .filter(|(word, _)| {
                !lang_table.ordinals.iter().chain(lang_table.weak_ordinals).any(|(o, _)| o == word)
            })
            .map(|(word, _)| *word),
    );
    let ordinals2 = alternation(
        lang_table
            .ordinals
            .iter()
            .chain(lang_table.weak_ordinals)
            .filter(|(_, value)| *value <= 2)
            .map(|(word, _)| *word),
    );
    let prefixes = alternation(lang_table.date_prefixes.iter().copied());
    let bare = alternation(lang_table.range_bare_joiners.iter().copied());
    let joiners = alternation(lang_table.range_joiners.iter().copied());
    // A day before another of one month is joined to it by a range word or a list word (`14
    // och 17 november`, `14 respektive 17 november`, `3 or 5 May`).
    let day_joiners = alternation(lang_table.range_joiners.iter().chain(lang_table.list_joiners).copied());
    // Only a range word joins the bounds after `från` (`från 2015 till 2020`), and that word
    // needs no opener: the opener is asked for before a list word alone (`mellan 2015 och 2020`).
    let openers = alternation(lang_table.list_joined_openers.iter().copied());
    let year_part = format!(r"(?:(?:{sp}+{links})?{sp}+([0-9]{{4}})(?-u:\b))?");
    let compile = |pattern: String| Regex::new(&pattern).expect("date pattern is valid");
    Patterns {
        month_dates: month_dates::Words::new(
            lang_table.months.iter().map(|(word, _)| *word),
            lang_table.digit_ordinal_suffixes.iter().copied(),
            lang_table.day_month_links,
        ),
        dotted_day_dates: month_dates::Words::new(DOTTED_DAY_MONTHS.iter().map(|(word, _)| *word), [], &[]),
        quarter_code: compile(format!(r"(?-u:\b)[Qq]([1-4])(?-u:\b)(?:(?:{sp}+|/)([0-9]{{4}})(?-u:\b))?")),
        year_quarter: compile(r"(?-u:\b)([0-9]{4})(?:-|\u{2011})?[QK]([1-4])(?-u:\b)".to_string()),
        half_code: compile(format!(r"(?-u:\b)H([12])(?:{sp}+|/)([0-9]{{4}})(?-u:\b)")),
        ordinal_quarter: compile(format!(
            r"(?i)(?-u:\b)({ordinals4}|{last}|[1-4](?:{suffixes})){sp}+{quarters}(?-u:\b)\.?{year_part}",
            last = lang_table.last_word
        )),
        // The quarter word may be abbreviated (`kv. 2 2025`).
        quarter_number: compile(format!(
            r"(?i)(?-u:\b){quarters}\.?{sp}+({numbers4}|[1-4])(?-u:\b){year_part}"
        )),
        ordinal_half: compile(format!(
            r"(?i)(?-u:\b)({ordinals2}|[12](?:{suffixes})){sp}+{halves}(?-u:\b){year_part}"
        )),
        dash_gap: compile(format!(r"(?i)^{sp}*[-\u{{2013}}\u{{2014}}]{sp}*(?:{prefixes}{sp}+)?$")),
        bare_gap: compile(format!(r"(?i)^{sp}+{bare}{sp}+(?:{prefixes}{sp}+)?$")),
        opener_gap: compile(format!(r"(?i)^{sp}+{joiners}{sp}+(?:{prefixes}{sp}+)?$")),
        opener_before: compile(format!(r"(?i)(?-u:\b){openers}{sp}+(?:{prefixes}{sp}+)?$")),
        day_before: compile(format!(
            r"(?i)(?-u:\b)([0-9]{{1,2}})(?:{suffixes})?\.?(?:{sp}+({day_joiners}|{bare}){sp}+(?:{prefixes}{sp}+)?|{sp}*[-\u{{2013}}]{sp}*(?:{prefixes}{sp}+)?)$"
        )),
        decade_suffixes: longest_first(lang_table.decade_suffixes.iter().copied()),
        quarter_words: Gate::new(&gate_words(lang_table.quarter_words.iter().copied())),
        half_words: Gate::new(&gate_words(lang_table.half_year_words.iter().copied())),
        century_words: Gate::new(lang_table.century_words),
        previous_periods: lang_table
            .previous_period_words
            .iter()
            .flat_map(|&(words, months)| {
                // The lower-cased text folds only ASCII capitals: a sentence that opens with
                // the words has its own searcher where their first letter is not ASCII
                // (`Året innan`).
                let capital = words
                    .chars()
                    .next()
                    .filter(|first| !first.is_ascii())
                    .map(|first| first.to_uppercase().chain(words.chars().skip(1)).collect::<String>())
                    .filter(|capital| capital != words);
                std::iter::once(words.to_string())
                    .chain(capital)
                    .map(move |words| (memchr::memmem::Finder::new(words.as_bytes()).into_owned(), months))
            })
            .collect(),
        same_year_words: Gate::new(lang_table.same_year_words),
        this_year_words: lang_table
            .this_year_words
            .iter()
            .map(|&words| {
                let run = words.split(|c: char| !c.is_ascii()).max_by_key(|run| run.len()).unwrap_or(words);
                let offset = words.find(run).unwrap_or(0);
                (memchr::memmem::Finder::new(run.as_bytes()).into_owned(), offset, words)
            })
            .collect(),
    }
}

#[cfg(test)]
impl Patterns {
    /// Every pattern, for the test that compiles them all.
    fn all(&self) -> [&Regex; 11] {
        [
            &self.year_quarter,
            &self.bare_gap,
            &self.dash_gap,
            &self.day_before,
            &self.half_code,
            &self.opener_before,
            &self.opener_gap,
            &self.ordinal_half,
            &self.ordinal_quarter,
            &self.quarter_code,
            &self.quarter_number,
        ]
    }
}

/// The patterns of `lang`, parsed and not yet compiled.
#[cfg(test)]
pub(crate) fn all_patterns(lang: Lang) -> Vec<&'static Regex> {
    patterns(lang).all().to_vec()
}

static EN: LazyLock<Patterns> = LazyLock::new(|| build(table(Lang::En)));
static SV: LazyLock<Patterns> = LazyLock::new(|| build(table(Lang::Sv)));

fn patterns(lang: Lang) -> &'static Patterns {
    match lang {
        Lang::En => &EN,
        Lang::Sv => &SV,
    }
}

fn number(captures: &Captures, group: usize) -> Option<u32> {
    captures.get(group)?.as_str().parse().ok()
}

/// The number written at `span` of `text`.
fn span_number(text: &str, span: Range<usize>) -> Option<u32> {
    text.get(span)?.parse().ok()
}

/// The month named at `span` of `text`: not a name in capitals that is an acronym
/// ([`capitals_acronym`]).
fn span_month(lang_table: &LangTable, text: &str, span: Range<usize>) -> Option<u32> {
    if capitals_acronym(text, span.clone()) {
        return None;
    }
    month_number(lang_table, text.get(span)?)
}

/// Whether the word at `span`, in capitals (`MARS`, the JRC's crop-monitoring system, `MAY`),
/// is an acronym and not a month's name: unless its line is written in capitals, a heading
/// (`MARS 2025`, `REGULATION … OF 3 MARCH 2025`), or a day's figure stands right before it
/// (`3 MARCH 2025`, a date set in capitals in a line of small letters). A word of one capital
/// is no acronym.
fn capitals_acronym(text: &str, span: Range<usize>) -> bool {
    let Some(word) = text.get(span.clone()) else { return false };
    if word.chars().count() < 2 || !word.chars().all(char::is_uppercase) {
        return false;
    }
    let line_start = text.get(..span.start).and_then(|head| head.rfind('\n')).map_or(0, |i| i + 1);
    let line_end = text.get(span.end..).and_then(|tail| tail.find('\n')).map_or(text.len(), |i| span.end + i);
    if !text.get(line_start..line_end).is_some_and(|line| line.chars().any(char::is_lowercase)) {
        return false;
    }
    let head = text.get(line_start..span.start).unwrap_or_default().trim_end_matches([' ', '\u{a0}']);
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let day_before = (1..=2).contains(&digits)
        && head.len() < span.start - line_start
        && head
            .get(head.len() - digits..)
            .and_then(|day| day.parse::<u32>().ok())
            .is_some_and(|day| (1..=31).contains(&day));
    !day_before
}

fn month_number(lang_table: &LangTable, name: &str) -> Option<u32> {
    if lang_table.months_capitalised && !name.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // An ASCII name lower-cases byte by byte to a name of its length: compared so, most months
    // of the table fail on the length alone.
    if name.is_ascii() {
        let same = |month: &str| {
            month.len() == name.len()
                && name.bytes().zip(month.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
        };
        return lang_table.months.iter().find(|(month, _)| same(month)).map(|(_, number)| *number);
    }
    // Compared char by char with the lower-cased name, not through a lower-cased copy (no
    // month name holds the one letter, a final sigma, that lower-cases by its context).
    let lower = || name.chars().flat_map(char::to_lowercase);
    lang_table.months.iter().find(|(month, _)| lower().eq(month.chars())).map(|(_, number)| *number)
}

fn small_number(lang_table: &LangTable, word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    if let Some(digit) = word.chars().next().and_then(|c| c.to_digit(10)) {
        return Some(digit);
    }
    small_numbers(lang_table, 4).into_iter().find(|(name, _)| *name == word).map(|(_, value)| value)
}

/// The day after `date`, both written as a date's key writes them (`2025-06-30` →
/// `2025-07-01`, `2024-12-31` → `2025-01-01`); `None` for anything else.
pub(crate) fn next_day(date: &str) -> Option<String> {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        let digits = date.get(range)?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse::<u32>().ok()).flatten()
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let (year, month, day) = match (day == days_in_month(year, month), month) {
        (false, _) => (year, month, day + 1),
        (true, 12) => (year + 1, 1, 1),
        (true, _) => (year, month + 1, 1),
    };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn full(year: u32, month: u32, day: u32) -> Option<When> {
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(When::Full {
        year,
        month,
        day,
    })
}

/// A date written with a month name: any day up to 31 is read, so that a day the month does not
/// have (`31 juni`, a typo for `13 juni`) is still a date, compared with its counterpart, not a
/// lone number beside a month.
fn named(year: u32, month: u32, day: u32) -> Option<When> {
    named_day_month(month, day).map(|_| When::Full { year, month, day })
}

/// [`named`] without a year.
fn named_day_month(month: u32, day: u32) -> Option<When> {
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(When::DayMonth { month, day })
}

fn day_month(month: u32, day: u32) -> Option<When> {
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(2024, month))
        .then_some(When::DayMonth { month, day })
}

/// Whether a digit run at `start..end` is glued to another number by `/`, `.` or `,`.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = char_before(text, start);
    let after = char_at(text, end);
    let after_next = char_at(text, end + 1);
    let before_previous = start.checked_sub(1).and_then(|index| char_before(text, index));
    // A slash after a word is a list's (`31 augusti/28 februari`), after a figure a number's.
    before == Some('/') && !before_previous.is_some_and(char::is_alphabetic)
        || before == Some('\\')
        || (matches!(before, Some('.' | ',')) && before_previous.is_some_and(|c| c.is_ascii_digit()))
        || (after == Some('/') && after_next.is_some_and(|c| c.is_ascii_digit()))
        || (matches!(after, Some('.' | ',')) && after_next.is_some_and(|c| c.is_ascii_digit()))
}

/// Finds the dates of `text`.
pub(crate) fn find(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    let first_new = out.len();
    let patterns = patterns(lang);
    let lang_table = table(lang);
    let mut atoms: Vec<Atom> = Vec::new();
    let mut push = |start: usize, end: usize, when: Option<When>| {
        if let Some(when) = when {
            atoms.push(Atom { start, end, when, guessed_year: false });
        }
    };
    // Every match of a month shape starts from a month name: the text the shapes search is
    // empty when no month is named.
    let month_names = patterns.month_dates.month_names(text, lower);
    let months = if month_names.is_empty() { "" } else { text };
    let found = |shape: Shape| patterns.month_dates.find(shape, months, &month_names);
    for Found { all, groups: [day, month, year] } in found(Shape::DayMonthYear) {
        let (Some(day), Some(month), Some(year)) =
            (span_number(text, day), span_month(lang_table, text, month), span_number(text, year))
        else {
            continue;
        };
        push(all.start, all.end, named(year, month, day));
    }
    // `21. oktober 2024`, a Danish act's date quoted as written: the date in either language,
    // the day's full stop required (no English or Swedish date has it).
    let dotted_names = patterns.dotted_day_dates.month_names(text, lower);
    if !dotted_names.is_empty() {
        for Found { all, groups: [day, month, year] } in
            patterns.dotted_day_dates.find(Shape::DayMonthYear, text, &dotted_names)
        {
            let month = text.get(month).and_then(|name| {
                DOTTED_DAY_MONTHS.iter().find(|(known, _)| known.eq_ignore_ascii_case(name)).map(|(_, n)| *n)
            });
            if text.as_bytes().get(day.end) != Some(&b'.') {
                continue;
            }
            let (Some(day), Some(month), Some(year)) =
                (span_number(text, day), month, span_number(text, year))
            else {
                continue;
            };
            push(all.start, all.end, named(year, month, day));
        }
    }
    for Found { all, groups: [month, day, year] } in found(Shape::MonthDayYear) {
        let (Some(month), Some(day), Some(year)) =
            (span_month(lang_table, text, month), span_number(text, day), span_number(text, year))
        else {
            continue;
        };
        push(all.start, all.end, named(year, month, day));
    }
    for Found { all, groups: [day_span, month, _] } in found(Shape::DayMonth) {
        let (Some(day), Some(month)) =
            (span_number(text, day_span.clone()), span_month(lang_table, text, month))
        else {
            continue;
        };
        if glued(text, all.start, all.start + day_span.len()) {
            continue;
        }
        // A full stop right after the figure and no year: neither language writes a day so
        // (a dotted day is read above only with its year), but a numbered heading or point
        // does, before a sentence whose first word is a month's name (`6. May information be
        // omitted?`, the modal verb).
        if text.as_bytes().get(day_span.end) == Some(&b'.') {
            continue;
        }
        push(all.start, all.end, named_day_month(month, day));
    }
    for Found { all, groups: [month, year, _] } in found(Shape::MonthYear) {
        let (Some(month), Some(year)) = (span_month(lang_table, text, month), span_number(text, year)) else {
            continue;
        };
        push(all.start, all.end, Some(When::Month { year, month }));
    }
    let digit = digit_dates::find(text, &patterns.decade_suffixes);
    for (span, day, month, year) in &digit.numeric {
        if !glued(text, span.start, span.end) {
            push(span.start, span.end, full(*year, *month, *day));
        }
    }
    for (span, year, month, day) in &digit.iso {
        if !glued(text, span.start, span.end) {
            push(span.start, span.end, full(*year, *month, *day));
        }
    }
    for (span, year) in &digit.years {
        if !glued(text, span.start, span.end) {
            push(span.start, span.end, Some(When::Year(*year)));
        }
    }
    for (span, decade) in &digit.decades {
        push(span.start, span.end, Some(When::Decade(*decade)));
    }
    for (span, year, month) in slashed_months(text) {
        // A week's number before its year (`vecka 8/2026`, `week 8/2026`): the week, as `week 8
        // of 2026` gives it, and the year; no month.
        if after_week_word(text, span.start) {
            let slash = text
                .get(span.clone())
                .and_then(|written| written.find('/'))
                .map_or(span.start, |i| span.start + i);
            out.push(Value::new(
                ValueKind::Number,
                span.start..slash,
                format!("num:{month}"),
                month.to_string(),
            ));
            push(slash + 1, span.end, Some(When::Year(year)));
            continue;
        }
        // An issue of a periodical (`Economic Bulletin, Issue 3/2014`, `nummer 3/2014`): its
        // number, as `nr 3/2014` reads.
        if after_issue_word(text, span.start) {
            let number = text.get(span.clone()).unwrap_or_default();
            out.push(Value::new(
                ValueKind::Legal,
                span.clone(),
                format!("numbered:{number}"),
                format!("No {number}"),
            ));
            continue;
        }
        push(span.start, span.end, Some(When::Month { year, month }));
    }
    quarters_and_halves(text, lower, patterns, lang_table, &mut push);
    if !month_names.is_empty() {
        two_digit_years(text, &month_names, patterns, lang_table, &mut push);
    }

    atoms.sort_by_key(|atom| (atom.start, std::cmp::Reverse(atom.end)));
    // Keep the longest atom at each place, so ranges join whole dates.
    let mut kept = atoms;
    let mut last_end = None;
    kept.retain(|atom| {
        let keep = last_end.is_none_or(|end| atom.start >= end);
        if keep {
            last_end = Some(atom.end);
        }
        keep
    });
    same_year(text, lang_table, &mut kept);
    this_year(text, lang_table, &mut kept);
    years_given_once(text, lang_table, &mut kept);
    years_of_ranges_over_weekdays(text, patterns, lang_table, &mut kept);
    for atom in &kept {
        let (key, display) = atom.when.key_and_display();
        let mut value = Value::new(ValueKind::Date, atom.start..atom.end, key, display);
        // A quarter or half without its year (`Q1–Q4 2026`, `in Q2`) takes it from a date the
        // other version may name otherwise (`första till fjärde kvartalet 2026`): optional, as
        // a month without a year is.
        // So is one whose year words before it name without writing it (`årets första
        // kvartal`), taken from the date before it.
        value.optional = atom.guessed_year
            || matches!(atom.when, When::Quarter { year: None, .. } | When::Half { year: None, .. });
        out.push(value);
    }
    previous_periods(text, lower, patterns, lang_table, &kept, out);
    for pair in kept.windows(2) {
        if let [first, second] = pair
            && let Some(range) = range(text, patterns, *first, *second)
        {
            out.push(range);
        }
    }
    month_ranges(text, &kept, &month_names, patterns, lang_table, out);
    listed_days(text, &kept, patterns, lang_table, out);
    if lower.mentions(&patterns.century_words) {
        centuries(text, lower, lang_table, out);
    }
    short_ranges(text, months, &month_names, &digit.year_ranges, patterns, lang_table, out);
    iso_weeks(text, out);
    first_months(text, lower, lang_table, first_new, out);
    bare_months(text, &month_names, patterns, lang_table, first_new, out);
    if lower.mentions(&patterns.same_year_words) {
        same_year_alone(text, lower, patterns, first_new, out);
    }
    this_year_alone(text, lower, patterns, lang_table, first_new, out);
    for value in out.iter_mut().skip(first_new) {
        if value.key.starts_with("year:") {
            value.detail = year_part(lower.as_str(), value.span.start, lang_table).map(str::to_string);
        }
    }
}

/// The first months of a year counted (`the first nine months of 2025`, `de första nio
/// månaderna 2025`): the range of those months (`januari–september 2025`,
/// `range:2025-01..2025-09`). After words that name the year without writing it (`årets
/// första åtta månader`, `this year's first eight months`), an optional range of the year of
/// the nearest date before it among the values from `first_new` on, or, with none, of no year
/// (`range:--01..--08`), which the check takes for the same months of any year.
fn first_months(text: &str, lower: &Lower, lang_table: &LangTable, first_new: usize, out: &mut Vec<Value>) {
    let Some(super::tables::FirstMonths { first, counts, months, links }) = &lang_table.first_months else {
        return;
    };
    // Gated on the byte pairs of its words, so that the lower-cased copy is made only for a
    // text that may hold them (it has the text's byte offsets: only ASCII is folded).
    let pairs = lower.pairs();
    if !pairs.may_hold(first.as_bytes()) || !months.iter().any(|word| pairs.may_hold(word.as_bytes())) {
        return;
    }
    let lower_text = lower.as_str();
    for (at, _) in lower_text.match_indices(first) {
        if at > 0 && lower_text.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut rest = &lower_text[at + first.len()..];
        let Some(count) = counts.iter().enumerate().find_map(|(i, word)| {
            let after = rest.strip_prefix(word)?.strip_prefix(' ')?;
            rest = after;
            Some(i as u32 + 2)
        }) else {
            continue;
        };
        let Some(after) = months.iter().find_map(|word| rest.strip_prefix(word)) else {
            continue;
        };
        let months_end = text.len() - after.len();
        // Words that name the year without writing it (`årets första åtta månader`): the
        // months of the year of the nearest date before them, or of no year.
        if let Some(start) = this_year_start(text, at, lang_table)
            && !after.starts_with(char::is_alphanumeric)
            && count <= 11
        {
            let mut value = match year_before(&out[first_new..], start) {
                Some(year) => When::Month { year, month: 1 }
                    .range_to(When::Month { year, month: count }, start..months_end),
                None => Value::new(
                    ValueKind::Date,
                    start..months_end,
                    format!("range:--01..--{count:02}"),
                    format!("--01–--{count:02}"),
                ),
            };
            value.optional = true;
            out.push(value);
            continue;
        }
        let Some(after) = after.strip_prefix(' ') else {
            continue;
        };
        rest = after;
        for link in links.iter() {
            if let Some(after) = rest.strip_prefix(link).and_then(|r| r.strip_prefix(' ')) {
                rest = after;
                break;
            }
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(year) =
            rest.get(..digits).and_then(|y| y.parse::<u32>().ok()).filter(|y| (1900..=2100).contains(y))
        else {
            continue;
        };
        if digits != 4 || rest[digits..].starts_with(|c: char| c.is_alphanumeric()) || count > 11 {
            continue;
        }
        let end = text.len() - rest.len() + digits;
        let (low, high) = (When::Month { year, month: 1 }, When::Month { year, month: count });
        out.push(low.range_to(high, at..end));
    }
}

/// The months named without a year in a text without digits, where [`find`] does not run:
/// see [`bare_months`].
pub(crate) fn months_without_figures(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    let patterns = patterns(lang);
    let month_names = patterns.month_dates.month_names(text, lower);
    if !month_names.is_empty() {
        let first_new = out.len();
        bare_months(text, &month_names, patterns, table(lang), first_new, out);
    }
    if lower.mentions(&patterns.half_words) || lower.mentions(&patterns.quarter_words) {
        halves_without_figures(text, lower, patterns, table(lang), out);
    }
}

/// Quarters and halves named in words in a text without a figure (`under årets första
/// halvår`, `in the first half of the year`): each the period of no year, optional, as it is
/// beside a figure, so that a sentence that gives the figures in words in one version and in
/// digits in the other reads the same period, and the half's words are not a count of months.
fn halves_without_figures(
    text: &str,
    lower: &Lower,
    patterns: &Patterns,
    lang_table: &LangTable,
    out: &mut Vec<Value>,
) {
    let mut atoms: Vec<Atom> = Vec::new();
    quarters_and_halves(text, lower, patterns, lang_table, &mut |start, end, when| {
        if let Some(when) = when {
            atoms.push(Atom { start, end, when, guessed_year: false });
        }
    });
    atoms.sort_by_key(|atom| (atom.start, std::cmp::Reverse(atom.end)));
    let mut last_end = None;
    atoms.retain(|atom| {
        let keep = last_end.is_none_or(|end| atom.start >= end);
        if keep {
            last_end = Some(atom.end);
        }
        keep
    });
    this_year(text, lang_table, &mut atoms);
    for atom in &atoms {
        let (key, display) = atom.when.key_and_display();
        let mut value = Value::new(ValueKind::Date, atom.start..atom.end, key, display);
        value.optional = true;
        out.push(value);
    }
}

/// Month names without a year after a word of time (`in January`, `since mid-January`, `i
/// januari`, `i mitten av januari`): the month, `month:--01` as ISO 8601 writes a month of no
/// year, which the check takes for the same month of any year. Only a full name in the case
/// of its language; a name in a date read before, or before a figure, is none of its own.
/// Before words of the same year (`i september samma år`), a firm month of the year of the
/// nearest date before it.
fn bare_months(
    text: &str,
    month_names: &[usize],
    patterns: &Patterns,
    lang_table: &LangTable,
    first_new: usize,
    out: &mut Vec<Value>,
) {
    for &at in month_names {
        let Some((end, month)) = full_month_at(text, at, patterns, lang_table) else { continue };
        if out[first_new..].iter().any(|v| v.span.start < end && at < v.span.end) {
            continue;
        }
        // Not before a figure (a day or a year another reader did not take).
        let rest = text.get(end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // A span of months without a year (`October to March`, `oktober–mars`).
        if let Some(range) = month_range(text, at..end, month, month_names, patterns, lang_table) {
            out.push(range);
            continue;
        }
        // Before words of the same year (`i september samma år`), the month of the year of the
        // nearest date before it that names one.
        if let Some(words_end) = same_year_words_end(text, end, lang_table)
            && let Some(year) = year_before(&out[first_new..], at)
        {
            let (key, display) = When::Month { year, month }.key_and_display();
            out.push(Value::new(ValueKind::Date, at..words_end, key, display));
            continue;
        }
        // An item between the commas of a list of months whose first a word of time stands
        // before (`i februari, maj, september och november`): a comma after a month read just
        // before, and a comma or a list word after (not `In January, May decided`).
        let after_month = text
            .get(..at)
            .and_then(|head| head.trim_end_matches([' ', '\u{a0}']).strip_suffix(','))
            .is_some_and(|head| {
                out[first_new..].iter().any(|v| v.span.end == head.len() && v.key.starts_with("month:--"))
            });
        let before_item = rest.starts_with(',')
            || lang_table.list_joiners.iter().any(|word| super::starts_with_word(rest, word))
                && text.get(end..).is_some_and(|tail| tail.len() > rest.len());
        // Or the first of a list of three months or more (`for February, May, July and …`).
        if before_item && (after_month || month_list_follows(text, end, month_names, patterns, lang_table)) {
            let mut value =
                Value::new(ValueKind::Date, at..end, format!("month:--{month:02}"), format!("--{month:02}"));
            value.optional = true;
            out.push(value);
            continue;
        }
        // The word before, a space or a hyphen apart (`mid-January`).
        let head = text.get(..at).unwrap_or("");
        let head = head.strip_suffix('-').unwrap_or_else(|| head.trim_end_matches([' ', '\u{a0}']));
        if head.len() == at {
            continue;
        }
        let word_start = head
            .rfind(|c: char| !(c.is_alphabetic() || c == '.'))
            .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
        let word = head.get(word_start..).unwrap_or("").trim_end_matches('.');
        if !lang_table.bare_month_words.iter().any(|known| known.eq_ignore_ascii_case(word)) {
            continue;
        }
        // Optional, as the other version may name the month otherwise (`its June meeting`,
        // `junimötet`), but a month changed into another is reported (see the check's
        // leftovers).
        let mut value =
            Value::new(ValueKind::Date, at..end, format!("month:--{month:02}"), format!("--{month:02}"));
        value.optional = true;
        out.push(value);
    }
}

/// A month named as the first part of a compound (`julimötet`, "the July meeting";
/// `decemberprognoserna`, "the December projections"): the month of no year, optional, as a
/// month named apart before such a noun reads (`at the July meeting`, see [`bare_months`]), so
/// that `junimötet` for `the July meeting` is a changed month. Only a full name right before a
/// head of `month_compound_heads` in `tables/`: a word that merely starts as a month does not
/// count (`majoritet`, `marschen`).
pub(crate) fn month_compounds(text: &str, lang: Lang, pairs: &super::Pairs, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|lang_table| lang_table.month_compound_heads));
    let lang_table = table(lang);
    for finder in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, text.as_bytes()) {
            let start = super::letters_start(text, at);
            let Some(month) = text.get(start..at).and_then(|part| compound_month(lang_table, part)) else {
                continue;
            };
            let (key, display) = (format!("month:--{month:02}"), format!("--{month:02}"));
            let mut value = Value::new(ValueKind::Date, start..at, key, display);
            value.optional = true;
            out.push(value);
        }
    }
}

/// The number of the month whose full name `part`, the first part of a compound, is, a capital
/// first letter aside (`Julimötet` opens a sentence); no abbreviation (`dec` of `december`).
fn compound_month(lang_table: &LangTable, part: &str) -> Option<u32> {
    if part.len() < 3 || !part.is_ascii() {
        return None;
    }
    let name = part.to_ascii_lowercase();
    let &(_, month) = lang_table.months.iter().find(|(month, _)| *month == name)?;
    let abbreviated = lang_table.months.iter().any(|&(other, number)| {
        number == month && other.len() > name.len() && other.starts_with(name.as_str())
    });
    (!abbreviated).then_some(month)
}

/// The end and the number of the full month name at `at`, in the case of its language (not
/// `Jan`, `APR`, nor `Jan Horák`): no longer name of the month begins with it (`mars` is full
/// beside the `march` a Swedish text may quote, `sept` is not beside `september`).
fn full_month_at(text: &str, at: usize, patterns: &Patterns, lang_table: &LangTable) -> Option<(usize, u32)> {
    let end = patterns.month_dates.month_end(text.as_bytes(), at)?;
    let month = span_month(lang_table, text, at..end)?;
    let name = text.get(at..end)?;
    let abbreviated = lang_table.months.iter().any(|&(other, number)| {
        number == month && other.len() > name.len() && super::word_at(other.as_bytes(), 0, name)
    });
    let wrong_case = !lang_table.months_capitalised && name.starts_with(char::is_uppercase)
        || name.len() > 1 && name.chars().all(char::is_uppercase);
    (!abbreviated && !wrong_case).then_some((end, month))
}

/// Whether a list of full month names goes on after the month that ends at `end`: more names
/// after commas, the last after a list word (`February, May, July and September`, `februari,
/// maj, juli och september`). Three names or more so joined are months whatever word stands
/// before the first (`for February, May, …`), where two may be a name and a verb (`In
/// January, May decided`). Called where no month was read just before, the first name of a
/// list, so that each list is walked about once.
fn month_list_follows(
    text: &str,
    mut end: usize,
    month_names: &[usize],
    patterns: &Patterns,
    lang_table: &LangTable,
) -> bool {
    let mut commas = 0;
    loop {
        let rest = text.get(end..).unwrap_or("");
        let (after, last) = if let Some(after) = rest.strip_prefix(',') {
            (after, false)
        } else {
            let words = rest.trim_start_matches([' ', '\u{a0}']);
            let Some(joiner) = lang_table
                .list_joiners
                .iter()
                .find(|word| words.len() < rest.len() && super::starts_with_word(words, word))
            else {
                return false;
            };
            (words.get(joiner.len()..).unwrap_or(""), true)
        };
        let name = after.trim_start_matches([' ', '\u{a0}']);
        let at = text.len() - name.len();
        if name.len() == after.len() || month_names.binary_search(&at).is_err() {
            return false;
        }
        let Some((name_end, _)) = full_month_at(text, at, patterns, lang_table) else { return false };
        if last {
            return commas > 0;
        }
        // A year has twelve months: a longer run is no list of them, and the walk stays short
        // where a run of names that no list word ends is walked again from each name.
        commas += 1;
        if commas > 12 {
            return false;
        }
        end = name_end;
    }
}

/// A span of months named without a year from the month `month` at `first` (`October to
/// March`, `between October and March`, `oktober–mars`, `från oktober till mars`): an optional
/// `range:--10..--03`, which the check takes for the same months of any year, its bounds for
/// the months named apart, and a span changed into another (`oktober–april`) as a changed date.
/// The second name is a full month name of the text's case in `month_names`, after a dash or a
/// word that joins the bounds of a range (`and` only after a word that opens one), and before
/// no figure: `October to March 2026` is a range of a year another reader takes. Not after a
/// day (`15 October to March`).
fn month_range(
    text: &str,
    first: Range<usize>,
    month: u32,
    month_names: &[usize],
    patterns: &Patterns,
    lang_table: &LangTable,
) -> Option<Value> {
    let bytes = text.as_bytes();
    let head = text.get(..first.start)?.trim_end_matches([' ', '\u{a0}']);
    if head.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = text.get(first.end..)?;
    let spaces = |s: &str| s.len() - s.trim_start_matches([' ', '\u{a0}']).len();
    let gap = spaces(rest);
    let after = &rest[gap..];
    let second = if let Some(dash) = ['–', '-', '—'].into_iter().find(|&dash| after.starts_with(dash)) {
        // A hyphen only glued on both sides (`October-March`), a dash either way.
        let tail = &after[dash.len_utf8()..];
        if dash == '-' && (gap > 0 || spaces(tail) > 0) {
            return None;
        }
        first.end + gap + dash.len_utf8() + spaces(tail)
    } else {
        if gap == 0 {
            return None;
        }
        let opened = || {
            let word_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + 1);
            let word = head.get(word_start..).unwrap_or("");
            lang_table.list_joined_openers.iter().any(|opener| opener.eq_ignore_ascii_case(word))
        };
        let joiner = lang_table
            .range_bare_joiners
            .iter()
            .chain(lang_table.range_joiners)
            .filter(|word| super::word_at(after.as_bytes(), 0, word))
            .filter(|word| lang_table.range_bare_joiners.contains(word) || opened())
            .max_by_key(|word| word.len())?;
        let tail = after.get(joiner.len()..)?;
        let tail_gap = spaces(tail);
        if tail_gap == 0 {
            return None;
        }
        first.end + gap + joiner.len() + tail_gap
    };
    month_names.binary_search(&second).ok()?;
    let end = patterns.month_dates.month_end(bytes, second)?;
    let last = span_month(lang_table, text, second..end)?;
    let name = text.get(second..end)?;
    let abbreviated = lang_table.months.iter().any(|&(other, number)| {
        number == last && other.len() > name.len() && super::word_at(other.as_bytes(), 0, name)
    });
    let tail = text.get(end..)?;
    if abbreviated
        || !lang_table.months_capitalised && name.starts_with(char::is_uppercase)
        || last == month
        || tail.starts_with(char::is_alphanumeric)
        || tail.trim_start_matches([' ', '\u{a0}']).starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let mut value = Value::new(
        ValueKind::Date,
        first.start..end,
        format!("range:--{month:02}..--{last:02}"),
        format!("--{month:02}–--{last:02}"),
    );
    value.optional = true;
    Some(value)
}

/// The key of a year that either of two years may be (`year-or:2020|2023`), a reading of
/// [`same_year_alone`]: the same value as `year:2020` and as `year:2023`.
pub(crate) const EITHER_YEAR: &str = "year-or:";

/// Words of the same year standing alone (`Samma år samlades …`, `the same year`, not those
/// after a day or a month, which are part of its date): optional readings of the year they
/// name, which is that of the nearest date before them among the values from `first_new` on
/// (the paragraph's), or that of the nearest date a sentence opens with (`År 2023 släpptes …,
/// jämfört med … 2020. Samma år …`, where the year of the comparison is not the one the text
/// goes on with): one reading of both where they differ, [`EITHER_YEAR`]. Optional, as the
/// other version may write the year (`In 2023, …`), and never reported alone; a changed year
/// is still the firm one written elsewhere.
fn same_year_alone(text: &str, lower: &Lower, patterns: &Patterns, first_new: usize, out: &mut Vec<Value>) {
    let bytes = lower.as_str().as_bytes();
    let found = out.len();
    for finder in &patterns.same_year_words.0 {
        for at in crate::text::find_all(finder, bytes) {
            let end = at + finder.needle().len();
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(char::is_alphanumeric)
                || out[first_new..]
                    .iter()
                    .any(|v| v.kind == ValueKind::Date && v.span.start < end && at < v.span.end)
            {
                continue;
            }
            let dates = &out[first_new..found];
            let nearest = year_before(dates, at);
            let opening = dates
                .iter()
                .filter(|v| {
                    v.kind == ValueKind::Date && v.span.end <= at && opens_sentence(text, v.span.start)
                })
                .max_by_key(|v| v.span.end)
                .and_then(|v| year_of_key(&v.key));
            let (key, display) = match (nearest, opening) {
                (Some(nearest), Some(opening)) if nearest != opening => {
                    (format!("{EITHER_YEAR}{nearest}|{opening}"), format!("{nearest}|{opening}"))
                }
                (Some(year), _) | (None, Some(year)) => (format!("year:{year}"), year.to_string()),
                (None, None) => continue,
            };
            let mut value = Value::new(ValueKind::Date, at..end, key, display);
            value.optional = true;
            out.push(value);
        }
    }
}

/// Words that name the year without writing it, standing alone (`Årets första auktion hålls
/// därför den 11 januari 2027 och den sista den 14 december 2027`; not `årets första kvartal`,
/// a date of its own): an optional reading of the year that every firm date of their sentence
/// with a year names, as the other version may write that year instead (`The first auction of
/// 2027 will therefore take place on …`). None where the sentence's dates name no year or
/// more than one: the words then name the year of the text's writing, which no block tells.
fn this_year_alone(
    text: &str,
    lower: &Lower,
    patterns: &Patterns,
    lang_table: &LangTable,
    first_new: usize,
    out: &mut Vec<Value>,
) {
    let bytes = text.as_bytes();
    let found = out.len();
    for (finder, offset, words) in &patterns.this_year_words {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        for hit in crate::text::find_all(finder, lower.as_str().as_bytes()) {
            let Some(at) = hit.checked_sub(*offset) else { continue };
            let end = at + words.len();
            // Words of the year before that end in them name another year (`förra årets`).
            let lower_head = lower.as_str().get(..end).unwrap_or_default();
            if !text.get(at..end).is_some_and(|written| super::word_is(written, words))
                || lang_table
                    .previous_period_words
                    .iter()
                    .any(|(before, _)| super::ends_with_words(lower_head, before))
                || char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(char::is_alphanumeric)
                || out[first_new..]
                    .iter()
                    .any(|v| v.kind == ValueKind::Date && v.span.start < end && at < v.span.end)
            {
                continue;
            }
            let (start, stop) = (sentence_start(bytes, at), sentence_end(bytes, end));
            let mut years = out[first_new..found]
                .iter()
                .filter(|v| {
                    v.kind == ValueKind::Date && !v.optional && v.span.start >= start && v.span.end <= stop
                })
                .filter_map(|v| year_of_key(&v.key));
            let Some(year) = years.next() else { continue };
            if years.any(|other| other != year) {
                continue;
            }
            let mut value = Value::new(ValueKind::Date, at..end, format!("year:{year}"), year.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// Whether byte `at` of `text` opens a sentence, or follows the one word, with a capital,
/// that does (`År` of `4. År 2023 släpptes`, `In` of `In 2023, …`): before it, the text's
/// start or the end of a sentence (`.`, `!`, `?`, `:`, the dot of a paragraph's number too).
fn opens_sentence(text: &str, at: usize) -> bool {
    fn trim(head: &str) -> &str {
        head.trim_end_matches(|c: char| c.is_whitespace() || super::is_space_like(c))
    }
    let ends = |head: &str| head.is_empty() || head.ends_with(['.', '!', '?', ':']);
    let Some(head) = text.get(..at).map(trim) else { return false };
    if ends(head) {
        return true;
    }
    let word_start = super::letters_start(head, head.len());
    head.get(word_start..).is_some_and(|word| word.starts_with(char::is_uppercase))
        && head.get(..word_start).is_some_and(|before| ends(trim(before)))
}

/// The year of the date among `values` that ends last before byte `at`, if it names one
/// (`date:2024-05-26`, `month:2024-05`, `year:2024`, `quarter:2024-Q2`).
fn year_before(values: &[Value], at: usize) -> Option<u32> {
    let value =
        values.iter().filter(|v| v.kind == ValueKind::Date && v.span.end <= at).max_by_key(|v| v.span.end)?;
    year_of_key(&value.key)
}

/// The year a date's key names, if it names one (`date:2024-05-26`, `month:2024-05`,
/// `year:2024`, `quarter:2024-Q2`; a range's upper bound's).
fn year_of_key(key: &str) -> Option<u32> {
    let (_, body) = key.split_once(':')?;
    // A range's year is its upper bound's.
    let body = body.split_once("..").map_or(body, |(_, high)| high);
    let year = body.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let ends = body.as_bytes().get(4).is_none_or(|&b| b == b'-');
    ends.then(|| year.parse().ok()).flatten()
}

/// The week of an ISO week date (`2026-W09`, `2025-W40`), as a translation may write it in
/// words (`vecka 9 2026`): the week's number, the year read apart before it. The span is the
/// week's code (`W09`), which no code reader then takes.
fn iso_weeks(text: &str, out: &mut Vec<Value>) {
    if !super::byte_then(text, b'W', |byte| byte.is_ascii_digit()) {
        return;
    }
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'W', bytes) {
        let year_digits =
            bytes[..at.saturating_sub(1)].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let week_digits = bytes[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let (start, end) = (at.saturating_sub(1 + year_digits), at + 1 + week_digits);
        if at < 5
            || bytes[at - 1] != b'-'
            || year_digits != 4
            || week_digits != 2
            || char_before(text, start).is_some_and(char::is_alphanumeric)
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        let Some(week) = text.get(at + 1..end).and_then(|digits| digits.parse::<u32>().ok()) else {
            continue;
        };
        if (1..=53).contains(&week) {
            out.push(Value::new(ValueKind::Number, at..end, format!("num:{week}"), week.to_string()));
        }
    }
}

/// Whether the word before byte `at`, one space apart, names a week (`vecka`, `week`, `v.`).
fn after_week_word(text: &str, at: usize) -> bool {
    const WEEK_WORDS: [&str; 5] = ["week", "wk", "vecka", "veckan", "v."];
    word_before_is(text, at, &WEEK_WORDS)
}

/// A count of months up to a month (`in the 12 months to April 2025`, `under de tolv månaderna
/// fram till april 2025`): the period of those months, from the first to the last (`range:
/// 2024-05..2025-04`), as `maj 2024–april 2025` writes it. The count and the month make one
/// value. Only a count of 2 to 36 months, its unit's word and one of the language's
/// `months_to_words` between.
pub(crate) fn months_to(text: &str, lang: Lang, values: &mut Vec<Value>) {
    let words = table(lang).months_to_words;
    let mut at = 0;
    while at + 1 < values.len() {
        let (count, month) = (&values[at], &values[at + 1]);
        let months = (count.kind == ValueKind::Number && count.detail.as_deref() == Some("month"))
            .then(|| count.key.strip_prefix("num:")?.parse::<u32>().ok())
            .flatten()
            .filter(|n| (2..=36).contains(n));
        let last = month.key.strip_prefix("month:").and_then(|ym| {
            let (year, month) = ym.split_once('-')?;
            Some((year.parse::<u32>().ok()?, month.parse::<u32>().ok()?))
        });
        let (Some(months), Some((year, last_month))) = (months, last) else {
            at += 1;
            continue;
        };
        let gap = text.get(count.span.end..month.span.start).unwrap_or("");
        let mut rest = gap.trim_start_matches([' ', '\u{a0}']);
        // The unit's word (`months`, `månaderna`), then the words up to the month.
        let unit_len = rest.find([' ', '\u{a0}']).unwrap_or(rest.len());
        // `12-month period to`: the unit glued by a hyphen.
        let unit = rest[..unit_len].trim_start_matches('-');
        let unit_is_word = !unit.is_empty() && unit.chars().all(char::is_alphabetic);
        rest = rest[unit_len..].trim_matches([' ', '\u{a0}']);
        if !unit_is_word || !words.iter().any(|word| rest.eq_ignore_ascii_case(word)) {
            at += 1;
            continue;
        }
        let first = year * 12 + last_month - 1 + 1 - months;
        let low = When::Month { year: first / 12, month: first % 12 + 1 };
        let high = When::Month { year, month: last_month };
        let span = count.span.start..month.span.end;
        values[at] = low.range_to(high, span);
        values.remove(at + 1);
        at += 1;
    }
}

/// Whether a word of an issue of a periodical (`Issue`, `nummer`) stands right before byte `at`
/// of `text`, one space apart.
fn after_issue_word(text: &str, at: usize) -> bool {
    word_before_is(text, at, &["issue", "nummer"])
}

/// Whether one of `words` (ASCII case ignored) is the word right before byte `at` of `text`,
/// one space apart.
fn word_before_is(text: &str, at: usize, words: &[&str]) -> bool {
    let Some(head) = text.get(..at).and_then(|head| head.strip_suffix([' ', '\u{a0}'])) else { return false };
    let length: usize =
        head.chars().rev().take_while(|c| c.is_alphabetic() || *c == '.').map(char::len_utf8).sum();
    head.get(head.len() - length..).is_some_and(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Months written in digits before their year after a slash (`02/2026`, the revision date of
/// a summary of product characteristics; `12/2024`): a month of one or two digits, 1 to 12,
/// and a year from 1900 to 2099, standing alone (not within `1/12/2024`, `2024/12/2025` or an
/// act number glued to letters).
fn slashed_months(text: &str) -> Vec<(std::ops::Range<usize>, u32, u32)> {
    let bytes = text.as_bytes();
    let mut months = Vec::new();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let month_digits = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = slash - month_digits;
        let year_digits = bytes[slash + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let end = slash + 1 + year_digits;
        if !(1..=2).contains(&month_digits)
            || year_digits != 4
            || char_before(text, start)
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | ','))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-'))
            || (char_at(text, end) == Some('.') || char_at(text, end) == Some(','))
                && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let (Some(month), Some(year)) = (
            text.get(start..slash).and_then(|m| m.parse::<u32>().ok()),
            text.get(slash + 1..end).and_then(|y| y.parse::<u32>().ok()),
        ) else {
            continue;
        };
        if (1..=12).contains(&month) && (1900..=2099).contains(&year) {
            months.push((start..end, year, month));
        }
    }
    months
}

/// Where the words of [`LangTable::same_year_words`] end that follow byte `at` of `text` one
/// space apart (` samma år` of `den 26 september samma år`), if they do.
fn same_year_words_end(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let start = at + month_dates::space_len(bytes, at)?;
    lang_table.same_year_words.iter().find_map(|words| {
        let end = start + words.len();
        (super::word_at(bytes, start, words) && !char_at(text, end).is_some_and(char::is_alphanumeric))
            .then_some(end)
    })
}

/// The year of a date, if it names one.
fn year_of(when: When) -> Option<u32> {
    match when {
        When::Full { year, .. } | When::Month { year, .. } | When::Year(year) => Some(year),
        When::Quarter { year, .. } | When::Half { year, .. } => year,
        When::DayMonth { .. } | When::Decade(_) => None,
    }
}

/// Gives a day and month followed by words of the same year (`senast den 26 maj 2024 och
/// senast den 26 september samma år`, `by 26 May 2024 and by 26 September of the same year`) the
/// year of the nearest date before it that names one, the words then part of the date.
fn same_year(text: &str, lang_table: &LangTable, kept: &mut [Atom]) {
    for k in 1..kept.len() {
        let When::DayMonth { month, day } = kept[k].when else { continue };
        let Some(end) = same_year_words_end(text, kept[k].end, lang_table) else { continue };
        let Some(year) = kept[..k].iter().rev().find_map(|atom| year_of(atom.when)) else { continue };
        if let Some(when) = named(year, month, day) {
            kept[k].when = when;
            kept[k].end = end;
        }
    }
}

/// Gives a quarter or a half without its year after words that name the year without writing
/// it (`årets första kvartal`, `this year's first quarter`) the year of the nearest date before
/// it that names one, as a reading that may be wrong; with none, it stays of no year. The words
/// are part of the date.
fn this_year(text: &str, lang_table: &LangTable, kept: &mut [Atom]) {
    if lang_table.this_year_words.is_empty() {
        return;
    }
    for k in 0..kept.len() {
        let (When::Quarter { year: None, .. } | When::Half { year: None, .. }) = kept[k].when else {
            continue;
        };
        let Some(start) = this_year_start(text, kept[k].start, lang_table) else { continue };
        if k > 0 && kept[k - 1].end > start {
            continue;
        }
        kept[k].start = start;
        if let Some(year) = kept[..k].iter().rev().find_map(|atom| year_of(atom.when)) {
            kept[k].when = match kept[k].when {
                When::Quarter { quarter, .. } => When::Quarter { year: Some(year), quarter },
                When::Half { half, .. } => When::Half { year: Some(year), half },
                when => when,
            };
            kept[k].guessed_year = true;
        }
    }
}

/// Where the words of [`LangTable::this_year_words`] start that stand one space before byte
/// `at` of `text` (`årets ` of `årets första kvartal`, `Årets` too), if they do.
fn this_year_start(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let head = text.get(..at)?.strip_suffix([' ', '\u{a0}'])?;
    lang_table.this_year_words.iter().find_map(|words| {
        let start = head.len().checked_sub(words.len())?;
        let written = head.get(start..)?;
        (super::word_is(written, words) && !char_before(text, start).is_some_and(char::is_alphanumeric))
            .then_some(start)
    })
}

/// Gives a day and month the year of the date listed right after it (`den 31 mars och den
/// 30 september 2026`, `on 3 May and 5 June 2026`, `on 2 May, 9 May and 16 May 2025`): a list
/// of dates names its year once, and a date without one takes that of the next date of the
/// list that has one (`Tuesday 30 March, Tuesday 11 May 2027 and Monday 3 January 2028`: 30
/// March 2027). A comma with words after it joins two items only where the list goes on with
/// the same words after its next comma or list word, as Swedish repeats `den` before each date
/// (`den 27 april, den 11 maj och den 26 maj 2026`); alone, a comma and words may open a clause
/// of their own (`on 3 May, the day of 5 June 2026`). A weekday before a date is part of the
/// item, not such a word (`den 24 februari, den 10 mars och tisdagen den 17 mars 2026`).
fn years_given_once(text: &str, lang_table: &LangTable, kept: &mut [Atom]) {
    let gap = |kept: &[Atom], k: usize| {
        let (first, second) = (kept.get(k.checked_sub(1)?)?, kept.get(k)?);
        list_gap(text.get(first.end..second.start)?, lang_table)
    };
    for k in (1..kept.len()).rev() {
        let (first, second) = (kept[k - 1], kept[k]);
        let (When::DayMonth { month, day }, When::Full { year, .. }) = (first.when, second.when) else {
            continue;
        };
        let Some((joint, words)) = gap(kept, k) else { continue };
        let joined = match joint {
            Joint::Word => true,
            Joint::Comma => {
                words == [""; 2]
                    || gap(kept, k + 1).is_some_and(|(_, next)| {
                        next.iter().zip(words).all(|(next, word)| next.eq_ignore_ascii_case(word))
                    })
            }
        };
        if joined {
            kept[k - 1].when = When::Full { year, month, day };
        }
    }
}

/// Gives a day and month the year of the date that ends the range it starts, where a weekday
/// stands before that date (`från måndagen den 14 april till måndagen den 7 juli 2025`, `from
/// Monday 14 April to Monday 7 July 2025`, `till och med`, a dash): a range names its year once,
/// as a list does, so the start is 14 April 2025. The two dates stay apart, each with its weekday
/// for the check, as two dates with their years written are (`from Monday 14 April 2025 to
/// Monday 7 July 2025`); [`range`] joins those without a weekday. A start that the end's year
/// would put after the end (`från måndagen den 14 december till onsdagen den 7 januari 2026`)
/// is of the year before, which nothing writes: it stays of no year.
fn years_of_ranges_over_weekdays(text: &str, patterns: &Patterns, lang_table: &LangTable, kept: &mut [Atom]) {
    for k in 1..kept.len() {
        let (first, second) = (kept[k - 1], kept[k]);
        let (When::DayMonth { month, day }, When::Full { year, .. }) = (first.when, second.when) else {
            continue;
        };
        let Some(between) = text.get(first.end..second.start) else { continue };
        // The dot of an abbreviated month (`14 apr.–mån. 7 juli`) is part of the name.
        let between = between.strip_prefix('.').unwrap_or(between);
        // The time of day of either date stands between them too (`från fredagen den 12
        // december kl. 18.00 till måndagen den 15 december 2025`): the range is of the days.
        let untimed = without_times(between, lang_table);
        let between = untimed.as_deref().unwrap_or(between);
        // The gap of a range is a few words: a range word, a weekday, `den`.
        if between.len() > 40 {
            continue;
        }
        let Some(between) = without_weekday(between, lang_table) else { continue };
        let opened = || {
            let from = super::number::floor_char_boundary(text, first.start.saturating_sub(40));
            text.get(from..first.start).is_some_and(|head| {
                let head = without_weekday(head, lang_table).unwrap_or_else(|| head.to_string());
                patterns.opener_before.is_match(&head)
            })
        };
        let joined = patterns.dash_gap.is_match(&between)
            || patterns.bare_gap.is_match(&between)
            || patterns.opener_gap.is_match(&between) && opened();
        if let Some(start) = full(year, month, day).filter(|start| joined && *start < second.when) {
            kept[k - 1].when = start;
        }
    }
}

/// `text` without its times of day that a clock word or a preposition of an hour leads (`
/// kl. 18.00 till `, ` at 18:00 to `, ` at 6 p.m. – `: ` till `, ` to `, ` – `), the hour and
/// its minutes, and a twelve-hour word after them; `None` where it holds none. Only a text
/// with a digit is read.
fn without_times(text: &str, lang_table: &LangTable) -> Option<String> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = String::new();
    let (mut copied, mut at) = (0, 0);
    while let Some(offset) = text.get(at..)?.find(char::is_alphabetic) {
        let start = at + offset;
        let time = (!char_before(text, start).is_some_and(char::is_alphanumeric))
            .then(|| time_after_lead(text, start, lang_table))
            .flatten();
        if let Some(end) = time {
            out.push_str(text.get(copied..start)?);
            (copied, at) = (end, end);
        } else {
            let rest = text.get(start..)?;
            at = start + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        }
    }
    (copied > 0).then(|| out + text.get(copied..).unwrap_or(""))
}

/// Where the time of day ends that a clock word or a preposition of an hour starting at byte
/// `start` of `text` leads (`kl. 18.00`, `at 18:00`, `at 6 p.m.`): the word, a space, an hour
/// of one or two digits, its minutes after `:` or `.`, a twelve-hour word.
fn time_after_lead(text: &str, start: usize, lang_table: &LangTable) -> Option<usize> {
    let spaces = |c: char| c.is_whitespace() || super::is_space_like(c);
    let rest = text.get(start..)?;
    let lead = lang_table
        .clock_words
        .iter()
        .chain(lang_table.hour_prepositions)
        .find(|lead| super::starts_with_word(rest, lead))?;
    let after = rest.get(lead.len()..)?;
    let digits = after.trim_start_matches(spaces);
    let hour = digits.bytes().take_while(u8::is_ascii_digit).count();
    if digits.len() == after.len() || !(1..=2).contains(&hour) {
        return None;
    }
    let mut end = hour;
    if let Some([b':' | b'.', tens, ones]) = digits.as_bytes().get(hour..hour + 3)
        && tens.is_ascii_digit()
        && ones.is_ascii_digit()
    {
        end += 3;
    }
    let tail = digits.get(end..)?;
    let spaced = tail.trim_start_matches(spaces);
    let mut twelve_hour = lang_table.am_words.iter().chain(lang_table.pm_words);
    if let Some(word) = twelve_hour.find(|word| super::starts_with_word(spaced, word)) {
        end += tail.len() - spaced.len() + word.len();
    }
    if digits.get(end..)?.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(text.len() - digits.len() + end)
}

/// `text` without its last weekday word (` till måndagen den ` gives ` till den `, `–fredag `
/// gives `–`, `, Monday, ` gives `, `), with the full stop of an abbreviation (`tors.`) and
/// the comma and spaces after it; `None` where it names no weekday.
fn without_weekday(text: &str, lang_table: &LangTable) -> Option<String> {
    let mut found = None;
    let mut at = 0;
    while let Some(offset) = text.get(at..)?.find(char::is_alphabetic) {
        let start = at + offset;
        let rest = text.get(start..)?;
        let mut end = start + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        if text.as_bytes().get(end) == Some(&b'.') {
            end += 1;
        }
        if super::weekday_named(text.get(start..end)?, lang_table).is_some() {
            found = Some((start, end));
        }
        at = end;
    }
    let (start, end) = found?;
    let tail = text.get(end..)?;
    let tail = tail.strip_prefix(',').unwrap_or(tail);
    Some(format!(
        "{}{}",
        text.get(..start)?,
        tail.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c))
    ))
}

/// What joins two items of a list in [`list_gap`]: a list word (`and`, `och`, after a comma
/// too), or a comma alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    Word,
    Comma,
}

/// How the text between two dates joins them as items of a list: by a comma or a list word
/// of [`LangTable::list_joiners`] (` och den `, `, and `, `, den `), with the at most two short
/// words after it (`den`, `och senast den`: `senast`, `den`; `""` where none), a weekday
/// among them left out as the next date's own (`, Tuesday `, `och tisdagen den `: `den`).
/// `None` where the text joins no items.
fn list_gap<'t>(gap: &'t str, lang_table: &LangTable) -> Option<(Joint, [&'t str; 2])> {
    // Room for a list word, a weekday and `den` (` respektive torsdagen den `).
    if gap.len() > 32 {
        return None;
    }
    let gap = gap.trim_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    let (mut joint, rest) = match gap.strip_prefix(',') {
        Some(rest) => (Some(Joint::Comma), rest),
        None => (None, gap),
    };
    let words = rest
        .split(|c: char| c.is_whitespace() || c == ',' || super::is_space_like(c))
        .filter(|w| !w.is_empty());
    let mut after = [""; 2];
    let mut count = 0;
    for (i, word) in words.enumerate() {
        if i == 0 && lang_table.list_joiners.iter().any(|j| j.eq_ignore_ascii_case(word)) {
            joint = Some(Joint::Word);
            continue;
        }
        if lang_table.weekdays.iter().any(|(name, _)| name.eq_ignore_ascii_case(word)) {
            continue;
        }
        if count == after.len() || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        after[count] = word;
        count += 1;
    }
    joint.map(|joint| (joint, after))
}

/// The part of the year that the words before a year at `at` name (`mid-2026`, `by the
/// end of 2026`, `hösten 2026`): see [`LangTable::year_parts`].
fn year_part(lower: &str, at: usize, lang_table: &LangTable) -> Option<&'static str> {
    let before = lower.get(..at)?;
    let spaced = before.trim_end_matches(|c: char| c == ' ' || super::is_space_like(c));
    lang_table.year_parts.iter().find_map(|&(words, part)| {
        let head = if words.ends_with('-') {
            before.strip_suffix(words)?
        } else {
            (spaced.len() < before.len()).then_some(())?;
            spaced.strip_suffix(words)?
        };
        (!head.chars().next_back().is_some_and(char::is_alphanumeric)).then_some(part)
    })
}

/// `21st century`, `21:a århundradet`: the hundred years from 2000, keyed as the decade
/// the other language may write instead (`2000-talet`, which Swedish uses for both).
fn centuries(text: &str, lower: &Lower, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = lower.as_str().as_bytes();
    for word in lang_table.century_words {
        for at in memchr::memmem::find_iter(bytes, word.as_bytes()) {
            let end = at + word.len();
            if char_at(text, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let head = text.get(..at).unwrap_or("");
            let ordinal = head.trim_end_matches(|c: char| super::is_space_like(c));
            if ordinal.len() == head.len() {
                continue;
            }
            let Some(suffix) = lang_table.digit_ordinal_suffixes.iter().find(|suffix| {
                ordinal.len() >= suffix.len()
                    && super::word_at(ordinal.as_bytes(), ordinal.len() - suffix.len(), suffix)
            }) else {
                continue;
            };
            let digits_end = ordinal.len() - suffix.len();
            let digits =
                ordinal.get(..digits_end).unwrap_or("").bytes().rev().take_while(u8::is_ascii_digit).count();
            let start = digits_end - digits;
            if !(1..=2).contains(&digits) || char_before(text, start).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let Some(century) =
                text.get(start..digits_end).and_then(|n| n.parse::<u32>().ok()).filter(|&n| n >= 1)
            else {
                continue;
            };
            let (key, display) = When::Decade((century - 1) * 100).key_and_display();
            out.push(Value::new(ValueKind::Date, start..end, key, display));
        }
    }
}

/// How far back from a date [`listed_days`] looks for the day joined to it.
const LISTED_DAY_LOOKBACK: usize = 32;

/// A day joined by a word to the day of a date: `3 and 4 March 2025`, `3 och 4 mars
/// 2025`, `from 3 to 10 March 2025`, `between 1 and 15 March`, or by a dash to a day and
/// month alone (`3–4 juni`). Two days in a row are the span of both, as the other
/// version may write them (`3–4 mars 2025`); other days make a range only when a bare range
/// word joins them (`to`, `till`) or a range word opens them (`between 3 and 10 March`).
/// Otherwise the days listed before the month are each a date of it (`3 and 5 March 2025`,
/// `den 2, 9 och 16 maj 2025`, `den 14 respektive 17 november 2025`, any list word), as the
/// other version may name the month with each day.
fn listed_days(text: &str, kept: &[Atom], patterns: &Patterns, lang_table: &LangTable, out: &mut Vec<Value>) {
    for atom in kept {
        // A date with its year, or a day and month alone (`between 1 and 15 March`).
        let (year, month, day) = match atom.when {
            When::Full { year, month, day } => (Some(year), month, day),
            When::DayMonth { month, day } => (None, month, day),
            _ => continue,
        };
        let from = super::number::floor_char_boundary(text, atom.start.saturating_sub(LISTED_DAY_LOOKBACK));
        let Some(head) = text.get(from..atom.start) else {
            continue;
        };
        // A weekday of the date after the day joined to it is the date's own (`onsdagen den 10
        // och torsdagen den 11 september 2025`, `Wednesday 10 and Thursday 11 September`): the
        // day is read as if it were not there. Only after the head's last digit, so that what
        // stands before keeps its place.
        let unweekdayed = head.rfind(|c: char| c.is_ascii_digit()).and_then(|digit| {
            let tail = without_weekday(head.get(digit + 1..)?, lang_table)?;
            Some(format!("{}{tail}", head.get(..=digit)?))
        });
        let head = unweekdayed.as_deref().unwrap_or(head);
        // The pattern runs only after a range word or a date prefix, with a digit before.
        let last_word = head
            .trim_end_matches(|c: char| c.is_whitespace() || super::is_space_like(c))
            .rsplit(|c: char| c.is_whitespace() || super::is_space_like(c))
            .next()
            .unwrap_or("");
        // A date prefix after a dash glued to the day (`11–den `) is a word of its own.
        let after_dash = last_word.rsplit(['-', '\u{2013}']).next().unwrap_or(last_word);
        let joining = |words: &[&str]| {
            words
                .iter()
                .any(|word| word.eq_ignore_ascii_case(last_word) || word.eq_ignore_ascii_case(after_dash))
        };
        // A dash joins a day to a date with its year in the short ranges (`1–3 May 2024`),
        // and here to a day and month alone (`3–4 juni`).
        let dash = year.is_none() && (last_word.ends_with('-') || last_word.ends_with('\u{2013}'));
        if !(dash
            || joining(lang_table.range_joiners)
            || joining(lang_table.list_joiners)
            || joining(lang_table.range_bare_joiners)
            || joining(lang_table.date_prefixes))
            || !head.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        let Some(captures) = patterns.day_before.captures_iter(head).next() else {
            continue;
        };
        let Some(low) = captures.get(1) else {
            continue;
        };
        // A dash right before a date with its year is a short range's, read whole there (`1–3
        // May 2024`); one before a weekday or `den` is read here (`tisdagen den 11–fredagen den
        // 14 maj 2027`).
        let gapped = unweekdayed.is_some() || !head.trim_end().ends_with(['-', '\u{2013}']);
        if captures.get(2).is_none() && year.is_some() && !gapped {
            continue;
        }
        let (low_start, low_end) = (from + low.start(), from + low.end());
        // Across a weekday or `den` after the dash, the first day needs its own `den` (`den
        // 11–fredagen den 14 maj 2027`): a bare number there is an item's (`1 – måndagen den 23
        // november 2026`).
        if captures.get(2).is_none()
            && year.is_some()
            && !super::words::word_before(text, low_start).is_some_and(|(_, word)| {
                lang_table.date_prefixes.iter().any(|p| p.eq_ignore_ascii_case(word))
            })
        {
            continue;
        }
        // A number with a full stop is a paragraph's label (`3. Until 31 December 2028, …`),
        // never a day in these languages; nor is one after a dot glued to a word, the
        // paragraph of a Swedish article (`artikel 10a.4 till och med den 31 oktober 2027`).
        let dotted = char_before(text, low_start) == Some('.')
            && low_start
                .checked_sub(1)
                .and_then(|dot| char_before(text, dot))
                .is_some_and(char::is_alphanumeric);
        if char_before(text, low_start).is_some_and(char::is_alphanumeric)
            || dotted
            || labelled(text, low_start, lang_table)
            || glued(text, low_start, low_end)
            || text.as_bytes().get(low_end) == Some(&b'.')
            || kept.iter().any(|other| other.start <= low_start && low_start < other.end)
        {
            continue;
        }
        let Some(low_day) = low.as_str().parse::<u32>().ok().filter(|&low| low < day) else {
            continue;
        };
        let bare = captures.get(2).is_none_or(|word| {
            lang_table.range_bare_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word.as_str()))
        });
        let opened = || {
            let from = super::number::floor_char_boundary(text, low_start.saturating_sub(40));
            text.get(from..low_start).is_some_and(|head| patterns.opener_before.is_match(head))
        };
        let date_of = |day: u32| match year {
            Some(year) => full(year, month, day),
            None => day_month(month, day),
        };
        if !(bare || low_day + 1 == day || opened()) {
            // Days listed before one month, each a date of it (`3 and 5 March 2025`, `den 2, 9
            // och 16 maj 2025`), as the other version may write its month with each (`on 2
            // May, 9 May and 16 May 2025`).
            let mut push_day = |day: u32, span: std::ops::Range<usize>| {
                if let Some(when) = date_of(day) {
                    let (key, display) = when.key_and_display();
                    out.push(Value::new(ValueKind::Date, span, key, display));
                }
            };
            push_day(low_day, low_start..low_end);
            let (mut cursor, mut last) = (low_start, low_day);
            while let Some((start, end, earlier)) =
                day_before_comma(text, cursor).filter(|found| found.2 < last)
            {
                if kept.iter().any(|other| other.start <= start && start < other.end) {
                    break;
                }
                push_day(earlier, start..end);
                (cursor, last) = (start, earlier);
            }
            continue;
        }
        let low = date_of(low_day);
        let (Some(low), high) = (low, atom.when) else {
            continue;
        };
        out.push(low.range_to(high, low_start..atom.end));
    }
}

/// Whether the word a space before byte `at` of `text` names an article or a paragraph
/// (`artikel 10 till och med den 31 oktober`, `point 3 to 31 October`): the number after it is
/// then the reference's, no day.
fn labelled(text: &str, at: usize, lang_table: &LangTable) -> bool {
    let head = text.get(..at).unwrap_or("");
    let spaced = head.trim_end_matches(|c: char| c == ' ' || super::is_space_like(c));
    if spaced.len() == head.len() {
        return false;
    }
    let word = spaced.rsplit(|c: char| !(c.is_alphabetic() || c == '.')).next().unwrap_or("");
    let is = |known: &&str| super::word_is(word, known);
    !word.is_empty() && (lang_table.article_words.iter().any(is) || lang_table.paragraph_words.iter().any(is))
}

/// The day of one or two digits written a comma before byte `at` of `text` (`2, ` of `2, 9
/// och 16 maj`): where it starts and ends, and its number.
fn day_before_comma(text: &str, at: usize) -> Option<(usize, usize, u32)> {
    let head = text.get(..at)?.trim_end_matches(|c: char| c == ' ' || super::is_space_like(c));
    let head = head.strip_suffix(',')?;
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let start = head.len() - digits;
    if !(1..=2).contains(&digits)
        || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
    {
        return None;
    }
    let day: u32 = head.get(start..)?.parse().ok()?;
    (day >= 1).then_some((start, head.len(), day))
}

/// Whether a Q and a digit from 1 to 4 stand together, as in every `Q3`.
fn quarter_code_gate(text: &str) -> bool {
    let quarter_digit = |byte: u8| matches!(byte, b'1'..=b'4');
    byte_then(text, b'Q', quarter_digit) || byte_then(text, b'q', quarter_digit)
}

/// Whether a Q or a K and a digit from 1 to 4 stand together, as in every `2025-Q2` and
/// `2025K2`.
fn year_quarter_gate(text: &str) -> bool {
    let quarter_digit = |byte: u8| matches!(byte, b'1'..=b'4');
    byte_then(text, b'Q', quarter_digit) || byte_then(text, b'K', quarter_digit)
}

/// Whether an H and a 1 or a 2 stand together, as in every `H1 2025`.
fn half_code_gate(text: &str) -> bool {
    byte_then(text, b'H', |byte| matches!(byte, b'1' | b'2'))
}

fn quarters_and_halves(
    text: &str,
    lower: &Lower,
    patterns: &Patterns,
    lang_table: &LangTable,
    push: &mut impl FnMut(usize, usize, Option<When>),
) {
    let valid_year = |year: Option<u32>| year.filter(|year| (1900..=2100).contains(year));
    // `Q3`: a Q and a digit, rare enough to look for before searching.
    let quarter_code = quarter_code_gate(text);
    for captures in patterns.quarter_code.captures_iter(if quarter_code { text } else { "" }) {
        let (Some(all), Some(quarter)) = (captures.get(0), number(&captures, 1)) else {
            continue;
        };
        let year = valid_year(number(&captures, 2));
        push(all.start(), all.end(), Some(When::Quarter { year, quarter }));
    }
    // `2025-Q2`, `2025K2`: the same letters and digits after a year.
    for captures in patterns.year_quarter.captures_iter(if year_quarter_gate(text) { text } else { "" }) {
        let (Some(all), Some(quarter)) = (captures.get(0), number(&captures, 2)) else {
            continue;
        };
        let Some(year) = valid_year(number(&captures, 1)) else { continue };
        push(all.start(), all.end(), Some(When::Quarter { year: Some(year), quarter }));
    }
    // `H1`: an H and a digit, as rare.
    for captures in patterns.half_code.captures_iter(if half_code_gate(text) { text } else { "" }) {
        let (Some(all), Some(half)) = (captures.get(0), number(&captures, 1)) else {
            continue;
        };
        let year = valid_year(number(&captures, 2));
        push(all.start(), all.end(), Some(When::Half { year, half }));
    }
    let quarters = lower.mentions(&patterns.quarter_words);
    let halves = lower.mentions(&patterns.half_words);
    for (pattern, is_quarter, mentioned) in [
        (&patterns.ordinal_quarter, true, quarters),
        (&patterns.quarter_number, true, quarters),
        (&patterns.ordinal_half, false, halves),
    ] {
        for captures in pattern.captures_iter(if mentioned { text } else { "" }) {
            // `the last quarter of 2027`, `sista kvartalet 2027`: the fourth, of a year named
            // (without one, `the last quarter` is the latest).
            let last = captures.get(1).is_some_and(|m| m.as_str().eq_ignore_ascii_case(lang_table.last_word));
            let count = if last {
                Some(4)
            } else {
                captures.get(1).and_then(|m| small_number(lang_table, m.as_str()))
            };
            let (Some(all), Some(count)) = (captures.get(0), count) else {
                continue;
            };
            let year = valid_year(number(&captures, 2));
            if last && year.is_none() {
                continue;
            }
            let when = if is_quarter {
                (1..=4).contains(&count).then_some(When::Quarter { year, quarter: count })
            } else {
                (1..=2).contains(&count).then_some(When::Half { year, half: count })
            };
            push(all.start(), all.end(), when);
        }
    }
}

/// Ranges of months of one year, the year written once: `January–October 2025`,
/// `januari–oktober 2025`, `from January to October 2025`. The month after the dash is read as
/// a month of that year; the bare month before it starts the range.
fn month_ranges(
    text: &str,
    kept: &[Atom],
    month_names: &[usize],
    patterns: &Patterns,
    lang_table: &LangTable,
    out: &mut Vec<Value>,
) {
    for atom in kept {
        let When::Month { year, month: high } = atom.when else { continue };
        // A month written in digits (`05/2026`) ends no range or list of month names.
        if text.as_bytes().get(atom.start).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        // The last month name before the atom that no atom holds.
        let Some(&start) = month_names.iter().rev().find(|&&name| name < atom.start) else { continue };
        if kept.iter().any(|other| other.start <= start && start < other.end) {
            continue;
        }
        let Some((low, name_end)) = month_at(lang_table, text, start) else { continue };
        let Some(between) = text.get(name_end..atom.start) else { continue };
        // The dot of an abbreviated name (`jan.–sept. 2024`) is part of the name.
        let between = between.strip_prefix('.').unwrap_or(between);
        let opened = || {
            let from = super::number::floor_char_boundary(text, start.saturating_sub(40));
            text.get(from..start).is_some_and(|head| patterns.opener_before.is_match(head))
        };
        let joined = patterns.dash_gap.is_match(between)
            || patterns.bare_gap.is_match(between)
            || patterns.opener_gap.is_match(between) && opened();
        if joined && low < high {
            out.push(When::Month { year, month: low }.range_to(atom.when, start..atom.end));
            continue;
        }
        listed_months(text, kept, month_names, lang_table, (atom.start, year), out);
    }
}

/// The prefix of the key of a year named relative to another (`year-rel:`): read where the
/// year it counts from is not one the key can name alone.
///
/// - `year-rel:or:KEY|KEY`: either of two readings, as one date of the sentence counts back
///   from a day, a month or a quarter (`On 31 December 2024, … against 873 a year earlier`:
///   `date:2023-12-31` or `year:2023`); the same value as each.
/// - `year-rel:ago:N`: N years before a period no date of its sentence names (`up from 19% two
///   years earlier`): the same value as a year the counterpart sentence writes.
/// - `year-rel:this:N` and `year-rel:this:N:MM`: N years from the year of writing (`last
///   year`, `in January this year`), which the document's dateline gives
///   ([`resolve_this_time`]); with none, the same value as a year, or that month of a year,
///   the counterpart sentence writes.
pub(crate) const RELATIVE_YEAR: &str = "year-rel:";

/// The period before the one a sentence names, named by words (`I augusti 2026 minskade
/// exporten med 0,8 % jämfört med föregående månad` = `In August 2026, exports fell by 0.8%
/// compared with July 2026`): an optional date of that period (`month:2026-07`), which pairs
/// with the date the other version writes and is never reported alone.
///
/// The sentence's date is every date of the sentence before the words: all of them must be
/// one date, so that a date of another period among them (`In August 2026, … compared with
/// August 2025 and with the previous month`) gives no reading, and a month changed in either
/// version (`juni 2026` for `July 2026`) is still found. A month or a quarter counts back from
/// a month or a quarter of its length; a year, or a count of years (`two years earlier`, `tre
/// år tidigare`: [`LangTable::years_back_words`]), from a year, and from a day, a month or a
/// quarter to either the same date so many years before or that year (`In August 2026, …
/// compared with the previous year`: August 2025 or 2025, [`RELATIVE_YEAR`]`or:`). Years
/// counted back from no date of the sentence are a year the counterpart sentence may write
/// ([`RELATIVE_YEAR`]`ago:`). The sentence runs back to a full stop, a question or an
/// exclamation mark before a space. Words that open a sentence, or follow the one word with a
/// capital that does (`Under föregående år`), count back from the dates of the sentence before,
/// so that a translation that splits a sentence reads as its original (`… was 2.24% in 2024,
/// compared with 2.23% in 2023` = `… var 2,24 % 2024. Året innan var den 2,23 %`); words
/// before a year count back from it (`the year before 2020`) and give no reading.
fn previous_periods(
    text: &str,
    lower: &Lower,
    patterns: &Patterns,
    lang_table: &LangTable,
    kept: &[Atom],
    out: &mut Vec<Value>,
) {
    let bytes = text.as_bytes();
    let lower_bytes = lower.as_str().as_bytes();
    // Where the words start, where the value's span starts and ends, and the months counted.
    let mut hits: Vec<(usize, usize, usize, u32)> = Vec::new();
    for (finder, months) in &patterns.previous_periods {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        for at in crate::text::find_all(finder, lower_bytes) {
            let end = at + finder.needle().len();
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            hits.push((at, at, end, *months));
        }
    }
    counted_years_back(text, lower, lang_table, &mut hits);
    for (at, span_start, end, months) in hits {
        // A year after the words is the one they are counted from (`the year before 2020`).
        if text.get(end..).unwrap_or_default().trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let start = sentence_start(bytes, at);
        let mut from = start;
        if start > 0
            && !kept.iter().any(|atom| atom.start >= start && atom.end <= at)
            && opens_sentence(text, at)
        {
            // The words open a sentence of no date: they count back from the sentence
            // before (`… var 2,24 % 2024. Året innan var den 2,23 %`).
            from = sentence_start(bytes, start.saturating_sub(2));
        }
        let mut dates = kept
            .iter()
            .filter(|atom| atom.start >= from && atom.end <= at && !closed_bracket(text, from, atom, at));
        let years = months / 12;
        let Some(first) = dates.next() else {
            // Years counted back from no date: a year the other version may write.
            if months % 12 == 0 {
                let mut value = Value::new(
                    ValueKind::Date,
                    span_start..end,
                    format!("{RELATIVE_YEAR}ago:{years}"),
                    format!("-{years} years"),
                );
                value.optional = true;
                out.push(value);
            }
            continue;
        };
        if dates.any(|atom| atom.when != first.when) {
            continue;
        }
        let back = |year: u32| year.checked_sub(years);
        let before = match (first.when, months) {
            (When::Month { year, month: 1 }, 1) => {
                year.checked_sub(1).map(|year| When::Month { year, month: 12 })
            }
            (When::Month { year, month }, 1) => Some(When::Month { year, month: month - 1 }),
            (When::Quarter { year: Some(year), quarter: 1 }, 3) => {
                year.checked_sub(1).map(|year| When::Quarter { year: Some(year), quarter: 4 })
            }
            (When::Quarter { year, quarter }, 3) if year.is_some() => {
                Some(When::Quarter { year, quarter: quarter - 1 })
            }
            (When::Year(year), _) if months % 12 == 0 => back(year).map(When::Year),
            _ => None,
        };
        let mut value = if let Some(before) = before {
            let (key, display) = before.key_and_display();
            Value::new(ValueKind::Date, span_start..end, key, display)
        } else {
            // A day, a month or a quarter counted back by years: the same date so many years
            // before, or that year.
            let same = match first.when {
                _ if months % 12 != 0 => None,
                When::Full { year, month, day } => back(year).and_then(|year| named(year, month, day)),
                When::Month { year, month } => back(year).map(|year| When::Month { year, month }),
                When::Quarter { year: Some(year), quarter } => {
                    back(year).map(|year| When::Quarter { year: Some(year), quarter })
                }
                When::Half { year: Some(year), half } => {
                    back(year).map(|year| When::Half { year: Some(year), half })
                }
                _ => None,
            };
            let (Some(same), Some(year)) = (same, year_of(first.when).and_then(back)) else { continue };
            let (same_key, same_display) = same.key_and_display();
            let (year_key, year_display) = When::Year(year).key_and_display();
            Value::new(
                ValueKind::Date,
                span_start..end,
                format!("{RELATIVE_YEAR}or:{same_key}|{year_key}"),
                format!("{same_display}|{year_display}"),
            )
        };
        value.optional = true;
        out.push(value);
    }
}

/// Whether `atom` stands in brackets opened after `from` and closed before `at`: a year given
/// for a comparison (`82.4% (2024: 79.8%)`, `82,4 % (79,8 % 2024)`), not the period the
/// sentence speaks of, from which words after the bracket count back (`2.6 percentage points
/// above the previous year`). Words inside the bracket count from it (`(2024: 79.8%, up from
/// the previous year)`).
fn closed_bracket(text: &str, from: usize, atom: &Atom, at: usize) -> bool {
    let depth = |part: &str| {
        part.bytes().fold(0i32, |depth, b| match b {
            b'(' => depth + 1,
            b')' => depth - 1,
            _ => depth,
        })
    };
    let open = depth(text.get(from..atom.start).unwrap_or_default());
    if open <= 0 {
        return false;
    }
    let mut depth = open;
    text.get(atom.end..at).unwrap_or_default().bytes().any(|b| {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        depth < open
    })
}

/// Counts of years before words that count back (`two years earlier`, `3 years before`, `tre
/// år tidigare`), pushed as `(at, span start, end, months)`: the words count from the count's
/// start, and the value spans the last word alone, so that the count stays a figure of its
/// own (optional where no date of its sentence says from when the years count).
fn counted_years_back(
    text: &str,
    lower: &Lower,
    lang_table: &LangTable,
    hits: &mut Vec<(usize, usize, usize, u32)>,
) {
    let lower_text = lower.as_str();
    for back in lang_table.years_back_words {
        for (word_at, _) in lower_text.match_indices(back) {
            let end = word_at + back.len();
            if char_before(text, word_at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let Some((count_at, years)) = years_count_before(lower_text, lang_table, word_at) else {
                continue;
            };
            hits.push((count_at, word_at, end, years * 12));
        }
    }
}

/// The start and the figure of a count of years (2 to 99) that ends one space before the
/// plural of `year` that ends one space before byte `at` (`two years ` of `two years earlier`).
fn years_count_before(lower_text: &str, lang_table: &LangTable, at: usize) -> Option<(usize, u32)> {
    let head = lower_text.get(..at)?.strip_suffix(' ')?;
    let plural = lang_table.year_plurals.iter().find(|plural| head.ends_with(**plural))?;
    let head = head.get(..head.len() - plural.len())?;
    if head.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let head = head.strip_suffix([' ', '\u{a0}'])?;
    let word_start =
        head.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map(|(i, _)| i)?;
    let word = head.get(word_start..)?;
    let count = if word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 2 {
        word.parse::<u32>().ok()?
    } else {
        lang_table
            .cardinals
            .iter()
            .find(|(name, _)| *name == word)
            .and_then(|(_, value)| u32::try_from(*value).ok())?
    };
    (2..100).contains(&count).then_some((word_start, count))
}

/// Words that name a year by the time of writing (`this year`, `last year`, `i år`:
/// [`LangTable::this_time_years`]), after a month's name or alone: an optional date of that
/// year, [`RELATIVE_YEAR`]`this:N` (`in December last year`: `this:-1:12`), which
/// [`resolve_this_time`] reads by the document's dateline. Not before a year (`i år 2025`),
/// nor after a word that makes them another year (`the last year of the programme`, `uttryckt
/// i år`), nor as a possessive (`this year's first quarter`, read with its part).
pub(crate) fn this_time_years(text: &str, lang: Lang, out: &mut Vec<Value>) {
    /// Each phrase of a language: a finder of all but its first letter (which may be a capital,
    /// `This year`, `I år`), that letter, the phrase's length and its offset in years.
    type Phrase = (memchr::memmem::Finder<'static>, char, usize, i32);
    static PHRASES: LazyLock<[Vec<Phrase>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            table(lang)
                .this_time_years
                .iter()
                .filter_map(|&(words, offset)| {
                    let first = words.chars().next()?;
                    let tail = words.get(first.len_utf8()..)?;
                    Some((memchr::memmem::Finder::new(tail), first, words.len(), offset))
                })
                .collect()
        })
    });
    let lang_table = table(lang);
    for (finder, first, length, offset) in &PHRASES[super::lang_index(lang)] {
        let offset = *offset;
        for tail_at in finder.find_iter(text.as_bytes()) {
            let Some(at) = tail_at.checked_sub(first.len_utf8()) else { continue };
            let first_matches = text
                .get(at..tail_at)
                .and_then(|found| found.chars().next())
                .is_some_and(|found| found.to_lowercase().eq(first.to_lowercase()));
            if !first_matches {
                continue;
            }
            let end = at + length;
            let rest = text.get(end..).unwrap_or_default();
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '\u{2019}')
                || rest.trim_start_matches([' ', '\u{a0}']).starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let head = text.get(..at).unwrap_or_default();
            let trimmed = head.trim_end_matches([' ', '\u{a0}']);
            let word_start = trimmed
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(trimmed.len(), |(i, _)| i);
            let before = trimmed.get(word_start..).unwrap_or_default();
            if lang_table.this_time_blockers.iter().any(|blocker| before.eq_ignore_ascii_case(blocker)) {
                continue;
            }
            let month = (head.len() > trimmed.len()).then(|| month_number(lang_table, before)).flatten();
            let (start, key, display) = match month {
                Some(month) => (
                    word_start,
                    format!("{RELATIVE_YEAR}this:{offset}:{month:02}"),
                    format!("{offset:+} years, month {month:02}"),
                ),
                None => (at, format!("{RELATIVE_YEAR}this:{offset}"), format!("{offset:+} years")),
            };
            let mut value = Value::new(ValueKind::Date, start..end, key, display);
            value.optional = true;
            out.push(value);
        }
    }
}

/// The prefix of the key of a day named by the day of writing (`today`, `yesterday`, `i
/// dag`): `date-rel:day:N`, N days on from the date of the document's datelines, which
/// [`resolve_days`] reads into that date (optional: the other version may name the day by its
/// words too); left as it is where the document gives no one date.
pub(crate) const RELATIVE_DAY: &str = "date-rel:day:";

/// The key of words that name again a date the text gave before (`from that date`, `från och
/// med detta datum`): optional and never reported alone; the check takes for it a date of the
/// counterpart sentence that the document names before.
pub(crate) const DATE_ANAPHOR: &str = "date-rel:that";

/// The prefix of the key of an era written beside a year (`3200 BC` = `3200 f.Kr.`,
/// `era:BC`; `79 AD` = `79 e.Kr.`, `era:AD`): optional, as a version may leave out an era
/// its context gives, but compared with the era the other version writes.
pub(crate) const ERA: &str = "era:";

/// The starts of `phrase` (lower case) in `lower` as whole words of `text`.
fn whole_phrases<'a>(lower: &'a str, text: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    lower.match_indices(phrase).map(|(at, _)| at).filter(move |&at| {
        !char_before(text, at).is_some_and(char::is_alphanumeric)
            && !char_at(text, at + phrase.len()).is_some_and(char::is_alphanumeric)
    })
}

/// Days named by the day of writing (`today`, `today's`, `yesterday`, `i dag`:
/// [`LangTable::this_time_days`]), an optional [`RELATIVE_DAY`] date, and words that name again
/// a date given before (`that date`, `detta datum`: [`LangTable::date_anaphors`]), an optional
/// [`DATE_ANAPHOR`]: a translator may write the date itself (`In today's judgment` = `i sin dom
/// av den 12 mars 2026`, `apply from that date` = `från och med den 1 januari 2026`).
pub(crate) fn days_of_writing(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    let mut push = |span: Range<usize>, key: String, display: String| {
        let mut value = Value::new(ValueKind::Date, span, key, display);
        value.optional = true;
        out.push(value);
    };
    for &(words, offset) in lang_table.this_time_days {
        if !lower.pairs().may_hold(words.as_bytes()) {
            continue;
        }
        for at in whole_phrases(lower.as_str(), text, words) {
            push(at..at + words.len(), format!("{RELATIVE_DAY}{offset}"), format!("{offset:+} days"));
        }
    }
    for &words in lang_table.date_anaphors {
        if !lower.pairs().may_hold(words.as_bytes()) {
            continue;
        }
        for at in whole_phrases(lower.as_str(), text, words) {
            push(at..at + words.len(), DATE_ANAPHOR.to_string(), words.to_string());
        }
    }
}

/// Eras written after a year ([`LangTable::eras`], as written): after a figure of one to
/// four digits and a space (`3200 BC`, `mellan 3600 och 3200 f.Kr.`, `79 AD`), an optional
/// [`ERA`] value. Not before a figure: `AD 7` is a grade of the EU staff, not a year.
pub(crate) fn eras(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let digits_end = |part: &str| {
        let figure = part.len() - part.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (1..=4).contains(&figure)
            && !part[..part.len() - figure]
                .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | ',' | '/'))
    };
    // An era stands after a year and a space or a no-break space: one pass over the text's
    // runs of digits instead of a search of each way of writing one, kept in the table's order.
    let eras = table(lang).eras;
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while let Some(digit) = super::swar::find_digit(bytes, from) {
        let run_end =
            bytes[digit..].iter().position(|b| !b.is_ascii_digit()).map_or(bytes.len(), |n| digit + n);
        from = run_end;
        let at = match bytes.get(run_end..run_end + 2) {
            Some([b' ', _]) => run_end + 1,
            Some([0xC2, 0xA0]) => run_end + 2,
            _ => continue,
        };
        let Some(rest) = text.get(at..) else { continue };
        found.extend(
            eras.iter()
                .enumerate()
                .filter(|(_, (written, _))| rest.starts_with(written))
                .map(|(i, _)| (i, at)),
        );
    }
    found.sort_unstable();
    for (i, at) in found {
        let Some(&(written, era)) = eras.get(i) else { continue };
        let end = at + written.len();
        if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || c == '.')
            || char_at(text, end).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let head = text.get(..at).unwrap_or_default();
        if head.strip_suffix([' ', '\u{a0}']).is_some_and(digits_end) {
            let mut value = Value::new(ValueKind::Date, at..end, format!("{ERA}{era}"), written.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// The date keys of the datelines of a document (`Brussels, 9 March 2026`, `Bryssel den 9
/// mars 2026`, `Warsaw, 12 June 2025 – …`): a place of one to four words with capitals at the
/// start of one of its first 40 blocks, then [`LangTable::dateline_joiners`] and a whole date.
fn dateline_dates<'v>(blocks: &[(&str, &'v [Value])], lang: Lang) -> Vec<&'v str> {
    let lang_table = table(lang);
    let mut found = Vec::new();
    for (text, values) in blocks.iter().take(40) {
        let Some(date) = values.iter().find(|v| v.kind == ValueKind::Date && v.key.starts_with("date:"))
        else {
            continue;
        };
        let Some(head) = text.get(..date.span.start) else { continue };
        let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(place) = lang_table.dateline_joiners.iter().find_map(|joiner| head.strip_suffix(joiner))
        else {
            continue;
        };
        let words: Vec<&str> = place.split([' ', '\u{a0}']).collect();
        let place_like = !place.is_empty()
            && words.len() <= 4
            && words.iter().all(|word| {
                word.starts_with(char::is_uppercase)
                    && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            });
        if place_like {
            found.push(date.key.as_str());
        }
    }
    found
}

/// The year of writing a document's datelines give ([`dateline_dates`]). None where no block
/// so starts, or where two datelines name different years (a cover note of January sending a
/// report of December: which year does `last year` count from?).
pub(crate) fn dateline_year(blocks: &[(&str, &[Value])], lang: Lang) -> Option<u32> {
    let mut found = None;
    for key in dateline_dates(blocks, lang) {
        let Some(year) = year_of_key(key) else { continue };
        match found {
            None => found = Some(year),
            Some(other) if other != year => return None,
            Some(_) => {}
        }
    }
    found
}

/// The day of writing a document's datelines give ([`dateline_dates`]), as year, month and
/// day: None where none does, or where two name different days.
pub(crate) fn dateline_day(blocks: &[(&str, &[Value])], lang: Lang) -> Option<(u32, u32, u32)> {
    let keys = dateline_dates(blocks, lang);
    let first = *keys.first()?;
    if keys.iter().any(|key| *key != first) {
        return None;
    }
    let body = first.strip_prefix("date:")?;
    let mut parts = body.split('-').map(str::parse::<u32>);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(Ok(year)), Some(Ok(month)), Some(Ok(day)), None) => Some((year, month, day)),
        _ => None,
    }
}

/// The number of the day `year-month-day` of the proleptic Gregorian calendar, counted from
/// 1 March of the year 0 (any origin does, as only differences are used).
pub(crate) fn day_number(year: u32, month: u32, day: u32) -> i64 {
    let (year, month) = (i64::from(year), i64::from(month));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year - era * 400;
    let of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(day) - 1;
    let of_era_day = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
    era * 146_097 + of_era_day
}

/// The date of the day numbered `number` by [`day_number`].
pub(crate) fn date_of_number(number: i64) -> Option<(u32, u32, u32)> {
    let era = number.div_euclid(146_097);
    let of_era = number - era * 146_097;
    let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
    let of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted = (5 * of_year + 2) / 153;
    let day = of_year - (153 * shifted + 2) / 5 + 1;
    let month = if shifted < 10 { shifted + 3 } else { shifted - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Some((u32::try_from(year).ok()?, u32::try_from(month).ok()?, u32::try_from(day).ok()?))
}

/// Reads the days named by the day of writing ([`RELATIVE_DAY`]) among the values of a
/// document's blocks by the day its datelines give ([`dateline_day`]): `today` in a press
/// release dated 12 March 2026 is `date:2026-03-12`, `yesterday` `date:2026-03-11`, optional
/// still. Left as they are where the document gives no one day.
pub(crate) fn resolve_days(day: Option<(u32, u32, u32)>, values: &mut [Vec<Value>]) {
    let Some((year, month, day)) = day else { return };
    for value in values.iter_mut().flatten() {
        let Some(offset) = value.key.strip_prefix(RELATIVE_DAY).and_then(|rest| rest.parse::<i64>().ok())
        else {
            continue;
        };
        let Some((year, month, day)) = date_of_number(day_number(year, month, day) + offset) else {
            continue;
        };
        let Some(when) = named(year, month, day) else { continue };
        let (key, display) = when.key_and_display();
        value.key = key;
        value.display = display;
    }
}

/// Reads the years named by the time of writing ([`RELATIVE_YEAR`]`this:`) among the values
/// of a document's blocks by the year of its datelines ([`dateline_year`]): `last year` in a
/// document dated 2025 is `year:2024`, `in January this year` in one of 2026 `month:2026-01`,
/// a firm date (a year alone stays optional). Left as they are where the document gives no
/// one year.
pub(crate) fn resolve_this_time(year: Option<u32>, values: &mut [Vec<Value>]) {
    let Some(year) = year else { return };
    let prefix = format!("{RELATIVE_YEAR}this:");
    for value in values.iter_mut().flatten() {
        let Some(rest) = value.key.strip_prefix(prefix.as_str()) else { continue };
        let (offset, month) =
            rest.split_once(':').map_or((rest, None), |(offset, month)| (offset, Some(month)));
        let Some(named) =
            offset.parse::<i64>().ok().and_then(|offset| u32::try_from(i64::from(year) + offset).ok())
        else {
            continue;
        };
        let when = match month.map(str::parse::<u32>) {
            Some(Ok(month)) => When::Month { year: named, month },
            Some(Err(_)) => continue,
            None => When::Year(named),
        };
        let (key, display) = when.key_and_display();
        value.key = key;
        value.display = display;
        // A month of that year is a month named in full (`June this year` = `juni 2026`), which
        // the other version names too, by its year or by the same words, or as a month of no
        // year: a firm date, whose change into another month is reported.
        if matches!(when, When::Month { .. }) {
            value.optional = false;
        }
    }
}

/// Where the sentence of the byte `at` starts: after the last full stop, question or
/// exclamation mark before a space before `at`, or at the start of the text.
fn sentence_start(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(..at)
        .unwrap_or_default()
        .windows(2)
        .rposition(|pair| matches!(pair, [b'.' | b'?' | b'!', b' ']))
        .map_or(0, |i| i + 2)
}

/// Where the sentence of the byte `at` ends: at the first full stop, question or exclamation
/// mark before a space from `at` on, or at the end of the text.
fn sentence_end(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .unwrap_or_default()
        .windows(2)
        .position(|pair| matches!(pair, [b'.' | b'?' | b'!', b' ']))
        .map_or(bytes.len(), |i| at + i + 1)
}

/// Months whose year is written in two digits, as statistical tables head their columns
/// (`Exports Jan-Aug 25`, `Aug-25`): the month of the year the two digits end, read as POSIX
/// `strptime` reads `%y` (`69` to `99` in the 1900s, `00` to `68` in the 2000s), so that
/// `Jan-Aug 25` is `januari–augusti 2025` (the range is [`month_ranges`]' from the month
/// pushed here and the month named before its dash).
///
/// Two digits after a month may also be a day (`Aug 25` in the American order, `25 Aug` in
/// any), so only the shapes no day takes are read:
/// - the second of two short month names joined by a dash, then a space and two digits
///   (`Jan-Aug 25`, `jan.–aug. 25`): no text names a span of months and then a day of its last
///   month alone;
/// - a short month name glued by a hyphen to two digits (`Aug-25`), the month-and-year format
///   of spreadsheets (a day comes first there: `25-Aug`).
///
/// A short name has at most four letters, as every abbreviation has (`Aug`, `sept`, `okt.`),
/// so that a full name (`August 25`) is never read. The two digits stand alone: not before
/// another digit, a letter, a percent sign, or a decimal mark or a slash or a hyphen and a digit
/// (`Aug-25.5`, `Jan-Aug 25%`); nor after a figure (`15 Aug-25`).
fn two_digit_years(
    text: &str,
    month_names: &[usize],
    patterns: &Patterns,
    lang_table: &LangTable,
    push: &mut impl FnMut(usize, usize, Option<When>),
) {
    let bytes = text.as_bytes();
    // The short month name at `at`, with where it ends, its dot included.
    let short = |at: usize| {
        let end = patterns.month_dates.month_end(bytes, at)?;
        let month = span_month(lang_table, text, at..end)?;
        let end_dotted = end + usize::from(bytes.get(end) == Some(&b'.'));
        (end - at <= 4).then_some((month, end, end_dotted))
    };
    // The year of the two digits at `at`, where they stand alone.
    let year = |at: usize| {
        let digits = bytes.get(at..at + 2)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let after = bytes.get(at + 2).copied();
        let next_digit = bytes.get(at + 3).is_some_and(u8::is_ascii_digit);
        if after.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'%'))
            || matches!(after, Some(b'.' | b',' | b'/' | b'-')) && next_digit
            || char_at(text, at + 2).is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let two = u32::from(digits[0] - b'0') * 10 + u32::from(digits[1] - b'0');
        Some(if two >= 69 { 1900 + two } else { 2000 + two })
    };
    let after_figure = |at: usize| {
        let head = text.get(..at).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
        head.ends_with(|c: char| c.is_ascii_digit())
    };
    for (index, &at) in month_names.iter().enumerate() {
        let Some((month, end, end_dotted)) = short(at) else { continue };
        // `Aug-25`.
        if bytes.get(end) == Some(&b'-')
            && !after_figure(at)
            && let Some(year) = year(end + 1)
        {
            push(at, end + 3, Some(When::Month { year, month }));
            continue;
        }
        // `Jan-Aug 25`: the name before is short and a dash alone joins the two.
        let Some(&before) = index.checked_sub(1).and_then(|i| month_names.get(i)) else { continue };
        let Some((first, _, first_end)) = short(before) else { continue };
        let joined =
            text.get(first_end..at).is_some_and(|gap| matches!(gap, "-" | "\u{2013}" | " \u{2013} "));
        let Some(space) = month_dates::space_len(bytes, end_dotted) else { continue };
        if !joined || first >= month || after_figure(before) {
            continue;
        }
        if let Some(year) = year(end_dotted + space) {
            push(at, end_dotted + space + 2, Some(When::Month { year, month }));
        }
    }
}

/// The month whose name starts at `start` (a place of [`month_dates::Words::month_names`]), and where the
/// name ends.
fn month_at(lang_table: &LangTable, text: &str, start: usize) -> Option<(u32, usize)> {
    let end = start + text.get(start..)?.bytes().take_while(u8::is_ascii_alphabetic).count();
    Some((span_month(lang_table, text, start..end)?, end))
}

/// Months listed before a month with its year, the year written once: `June, September and
/// November 2025`, `i juni, september och november 2025`; each is a month of that year. The
/// list runs back from `end` over commas and list words (`and`, `och`) to bare month names.
fn listed_months(
    text: &str,
    kept: &[Atom],
    month_names: &[usize],
    lang_table: &LangTable,
    (mut end, year): (usize, u32),
    out: &mut Vec<Value>,
) {
    let joins = |gap: &str| {
        let gap = gap.strip_prefix(',').unwrap_or(gap);
        gap == " "
            || lang_table.list_joiners.iter().any(|word| {
                gap.strip_prefix(' ')
                    .and_then(|g| g.strip_suffix(' '))
                    .is_some_and(|g| g.eq_ignore_ascii_case(word))
            })
    };
    while let Some(&start) = month_names.iter().rev().find(|&&name| name < end) {
        let Some((month, name_end)) = month_at(lang_table, text, start) else { return };
        let Some(gap) = text.get(name_end..end) else { return };
        if !joins(gap) || kept.iter().any(|other| other.start <= start && start < other.end) {
            return;
        }
        let (key, display) = When::Month { year, month }.key_and_display();
        out.push(Value::new(ValueKind::Date, start..name_end, key, display));
        end = start;
    }
}

/// Joins two neighbouring atoms into a range when a dash or range words join them.
fn range(text: &str, patterns: &Patterns, first: Atom, second: Atom) -> Option<Value> {
    let between = text.get(first.end..second.start)?;
    let joined = patterns.dash_gap.is_match(between)
        || patterns.bare_gap.is_match(between)
        || (patterns.opener_gap.is_match(between)
            && text
                .get(first.start.saturating_sub(40)..first.start)
                .or_else(|| {
                    let from = super::number::floor_char_boundary(text, first.start.saturating_sub(40));
                    text.get(from..first.start)
                })
                .is_some_and(|head| patterns.opener_before.is_match(head)));
    if !joined {
        return None;
    }
    let (low, high) = match (first.when, second.when) {
        (When::DayMonth { month, day }, When::Full { year, .. }) => (full(year, month, day)?, second.when),
        (When::Full { .. }, When::Full { .. })
        | (When::Month { .. }, When::Month { .. })
        | (When::Year(_), When::Year(_)) => (first.when, second.when),
        (When::Year(year), When::Month { year: high, .. }) if year < high => (first.when, When::Year(high)),
        _ => return None,
    };
    let ordered = match (low, high) {
        (When::Full { .. }, When::Full { .. })
        | (When::Month { .. }, When::Month { .. })
        | (When::Year(_), When::Year(_)) => low < high,
        _ => false,
    };
    if !ordered {
        return None;
    }
    Some(low.range_to(high, first.start..second.end))
}

/// Ranges written with one year or one month for both bounds: `1–3 May 2024`, `2021-27`.
fn short_ranges(
    text: &str,
    months: &str,
    month_names: &[usize],
    year_ranges: &[(Range<usize>, u32, u32)],
    patterns: &Patterns,
    lang_table: &LangTable,
    out: &mut Vec<Value>,
) {
    for Found { all, groups: [low, high, month, year] } in patterns.month_dates.find_days(months, month_names)
    {
        let (Some(low), Some(high), Some(month), Some(year)) = (
            span_number(text, low),
            span_number(text, high),
            span_month(lang_table, text, month),
            span_number(text, year),
        ) else {
            continue;
        };
        if glued(text, all.start, all.start + 1) || low >= high {
            continue;
        }
        let (Some(low), Some(high)) = (full(year, month, low), full(year, month, high)) else {
            continue;
        };
        out.push(low.range_to(high, all));
    }
    for (span, low, end) in year_ranges {
        let (low, high) = (*low, low - low % 100 + end);
        if glued(text, span.start, span.end) || high <= low {
            continue;
        }
        out.push(Value::new(
            ValueKind::Date,
            span.clone(),
            format!("range:{low:04}..{high:04}"),
            format!("{low}–{high}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        super::super::extract(text, lang).into_iter().map(|value| value.key).collect()
    }

    fn parts(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        super::super::extract(text, lang).into_iter().map(|value| (value.key, value.detail)).collect()
    }

    #[test]
    fn a_month_in_capitals_in_a_line_of_small_letters_is_an_acronym() {
        let months = |text: &str, lang| -> Vec<String> {
            keys(text, lang).into_iter().filter(|key| key.starts_with("month:")).collect()
        };
        // `MARS`, the JRC's system, beside a month: only the month is read.
        assert_eq!(months("| Gröda | MARS maj 2025 | Snitt 5 år |", Lang::Sv), ["month:2025-05"]);
        assert_eq!(months("| Crop | MARS May 2025 | Avg 5yrs |", Lang::En), ["month:2025-05"]);
        assert!(months("Prognoser för 2025 från MARS CGMS och trendanalys.", Lang::Sv).is_empty());
        assert!(months("Member States MAY 2025 decide otherwise.", Lang::En).is_empty());
        // A line in capitals, a heading, names its month in capitals.
        assert_eq!(months("MARS 2025", Lang::Sv), ["month:2025-03"]);
        assert_eq!(months("I MARS 2025 REGNADE DET", Lang::Sv), ["month:2025-03"]);
        assert_eq!(months("Text.\nMAY 2025\nmore text", Lang::En), ["month:2025-05"]);
        // A day's figure before it makes it a date set in capitals.
        assert_eq!(keys("Bryssel den 3 MARS 2025", Lang::Sv), ["date:2025-03-03"]);
        assert_eq!(keys("Brussels, 3 MARCH 2025", Lang::En), ["date:2025-03-03"]);
        // The month's name in its usual case is read as before.
        assert_eq!(months("i mars 2025", Lang::Sv), ["month:2025-03"]);
    }

    #[test]
    fn a_date_with_a_full_stop_after_its_day_reads_alike_in_both_languages() {
        // A Danish act's title quoted as written in both versions.
        let title = "Bekendtgørelse nr. 1142 af 21. oktober 2024 om vejtransport";
        assert_eq!(keys(title, Lang::En), ["num:1142", "date:2024-10-21"]);
        assert_eq!(keys(title, Lang::Sv), ["num:1142", "date:2024-10-21"]);
        for text in ["am 21. Oktober 2024", "den 3. mai 2025", "af 1. marts 2020", "am 24. Dezember 2019"] {
            assert_eq!(keys(text, Lang::En), keys(text, Lang::Sv), "{text}");
            assert_eq!(keys(text, Lang::En).len(), 1, "{text}");
        }
        assert_ne!(keys("af 21. oktober 2024", Lang::En), keys("af 21. november 2024", Lang::En));
        // Without the full stop, a foreign month is no date of these languages.
        assert!(!keys("am 21 Dezember 2024", Lang::En).iter().any(|key| key.starts_with("date:")));
        assert!(!keys("den 3 mai 2025", Lang::Sv).iter().any(|key| key.starts_with("date:")));
    }

    #[test]
    fn the_next_day_turns_the_month_and_the_year() {
        assert_eq!(next_day("2025-06-30").as_deref(), Some("2025-07-01"));
        assert_eq!(next_day("2025-07-01").as_deref(), Some("2025-07-02"));
        assert_eq!(next_day("2024-02-28").as_deref(), Some("2024-02-29"));
        assert_eq!(next_day("2025-02-28").as_deref(), Some("2025-03-01"));
        assert_eq!(next_day("2024-12-31").as_deref(), Some("2025-01-01"));
        assert_eq!(next_day("2025-02-29"), None);
        assert_eq!(next_day("2025-06"), None);
        assert_eq!(next_day("2025-13-01"), None);
        assert_eq!(next_day("2025-6-300"), None);
    }

    #[test]
    fn a_list_of_dates_names_its_year_once() {
        assert_eq!(
            keys("senast den 31 mars och den 30 september 2026", Lang::Sv),
            ["date:2026-03-31", "date:2026-09-30"]
        );
        assert_eq!(
            keys("by 31 March 2026 and by 30 September 2026", Lang::En),
            ["date:2026-03-31", "date:2026-09-30"]
        );
        assert_eq!(keys("on 3 May and 5 June 2026", Lang::En), ["date:2026-05-03", "date:2026-06-05"]);
        // Not across a sentence or a clause with figures of its own.
        assert_ne!(keys("on 3 May. The report of 5 June 2026", Lang::En)[0], "date:2026-05-03");
        // Swedish repeats `den` before each date of a list, after a comma as after a list word.
        let listed = ["date:2026-04-27", "date:2026-05-11", "date:2026-05-26"];
        for text in [
            "den 27 april, den 11 maj och den 26 maj 2026",
            "den 27 april, den 11 maj samt den 26 maj 2026",
            "den 27 april, den 11 maj respektive den 26 maj 2026",
            "den 27 april, 11 maj och 26 maj 2026",
        ] {
            assert_eq!(keys(text, Lang::Sv), listed, "{text}");
        }
        assert_eq!(keys("on 27 April, on 11 May and on 26 May 2026", Lang::En), listed);
        assert_eq!(
            keys("den 1 april, den 2 april, den 3 april och den 4 april 2026", Lang::Sv),
            ["date:2026-04-01", "date:2026-04-02", "date:2026-04-03", "date:2026-04-04"]
        );
        // A comma and words that the list does not repeat join no items.
        assert_eq!(keys("den 27 april, senast den 11 maj 2026", Lang::Sv), ["day:04-27", "date:2026-05-11"]);
        assert_eq!(
            keys("den 27 april, den 11 maj och senast den 26 maj 2026", Lang::Sv),
            ["day:04-27", "date:2026-05-11", "date:2026-05-26"]
        );
    }

    #[test]
    fn a_weekday_before_a_listed_date_is_part_of_it() {
        // The year of the next date of the list that has one, not that of the last.
        assert_eq!(
            keys("on Tuesday 30 March, Tuesday 11 May 2027 and Monday 3 January 2028", Lang::En),
            ["date:2027-03-30", "date:2027-05-11", "date:2028-01-03"]
        );
        assert_eq!(
            keys("onsdagen den 24 mars, onsdagen den 5 maj och torsdagen den 23 december 2027", Lang::Sv),
            ["date:2027-03-24", "date:2027-05-05", "date:2027-12-23"]
        );
        assert_eq!(
            keys("Wednesday 24 March, Wednesday 5 May and Thursday 23 December 2027", Lang::En),
            ["date:2027-03-24", "date:2027-05-05", "date:2027-12-23"]
        );
        // `den` repeated, a weekday before the last date only.
        assert_eq!(
            keys("den 24 februari, den 10 mars och tisdagen den 17 mars 2026", Lang::Sv),
            ["date:2026-02-24", "date:2026-03-10", "date:2026-03-17"]
        );
        assert_eq!(
            keys("den 24 mars respektive torsdagen den 23 december 2027", Lang::Sv),
            ["date:2027-03-24", "date:2027-12-23"]
        );
        assert_eq!(
            keys("Friday, 3 May and Monday, 6 May 2024", Lang::En),
            ["date:2024-05-03", "date:2024-05-06"]
        );
        // Other words the list does not repeat still join no items, a weekday or none.
        assert_eq!(
            keys("den 27 april, tisdagen den 11 maj och senast den 26 maj 2026", Lang::Sv),
            ["day:04-27", "date:2026-05-11", "date:2026-05-26"]
        );
        assert_eq!(
            keys("den 27 april, senast tisdagen den 11 maj 2026", Lang::Sv),
            ["day:04-27", "date:2026-05-11"]
        );
    }

    #[test]
    fn a_range_over_weekdays_names_its_year_once() {
        let monday = |key: &str| (key.to_string(), Some("monday".to_string()));
        let both = [monday("date:2025-04-14"), monday("date:2025-07-07")];
        for text in [
            "från måndagen den 14 april till måndagen den 7 juli 2025 (midnatt)",
            "från måndagen den 14 april till och med måndagen den 7 juli 2025",
            "mellan måndagen den 14 april och måndagen den 7 juli 2025",
            "måndagen den 14 april – måndagen den 7 juli 2025",
            "mån. 14 apr.–mån. 7 juli 2025",
        ] {
            assert_eq!(parts(text, Lang::Sv), both, "{text}");
        }
        for text in [
            "from Monday 14 April to Monday 7 July 2025",
            "between Monday, 14 April and Monday, 7 July 2025",
            "Mon 14 Apr – Mon 7 Jul 2025",
        ] {
            assert_eq!(parts(text, Lang::En), both, "{text}");
        }
        // A dash glued to the weekday after it.
        assert_eq!(
            keys("Måndag 27 december–fredag 31 december 2027", Lang::Sv),
            ["date:2027-12-27", "date:2027-12-31"]
        );
        // A start after the end is of the year before, which nothing writes.
        assert_eq!(
            keys("från måndagen den 14 december till onsdagen den 7 januari 2026", Lang::Sv),
            ["day:12-14", "date:2026-01-07"]
        );
        // Words that join no range leave the start of no year.
        assert_eq!(
            keys("den 14 april före måndagen den 7 juli 2025", Lang::Sv),
            ["day:04-14", "date:2025-07-07"]
        );
        assert_eq!(
            keys("on 14 April, before Monday 7 July 2025", Lang::En),
            ["day:04-14", "date:2025-07-07"]
        );
        // `and` joins a range only after `between` (or a list, which names its year once too).
        assert_eq!(keys("13 April but Monday 7 July 2025", Lang::En), ["day:04-13", "date:2025-07-07"]);
    }

    #[test]
    fn a_range_over_weekdays_names_its_year_once_with_times_of_day_between() {
        let dates = |text: &str, lang: Lang| -> Vec<String> {
            keys(text, lang).into_iter().filter(|key| !key.starts_with("time:")).collect()
        };
        let both = ["date:2025-12-12", "date:2025-12-15"];
        for text in [
            "från fredagen den 12 december kl. 18.00 till måndagen den 15 december 2025 kl. 8.00",
            "från fredagen den 12 december klockan 18 till måndagen den 15 december 2025",
            "från fredagen den 12 december till kl. 8.00 måndagen den 15 december 2025",
        ] {
            assert_eq!(dates(text, Lang::Sv), both, "{text}");
        }
        for text in [
            "from Friday 12 December at 18:00 to Monday 15 December 2025 at 08:00",
            "from Friday 12 December at 6 p.m. to Monday 15 December 2025",
        ] {
            assert_eq!(dates(text, Lang::En), both, "{text}");
        }
        // A time is no word of a range: other words between still join none.
        assert_eq!(
            dates("den 12 december kl. 18.00 före måndagen den 15 december 2025", Lang::Sv),
            ["day:12-12", "date:2025-12-15"]
        );
        assert_eq!(
            dates("on 12 December at 18:00, before Monday 15 December 2025", Lang::En),
            ["day:12-12", "date:2025-12-15"]
        );
    }

    #[test]
    fn times_of_day_left_out_of_the_words_between_dates() {
        let sv = table(Lang::Sv);
        let en = table(Lang::En);
        assert_eq!(without_times(" kl. 18.00 till ", sv).as_deref(), Some("  till "));
        assert_eq!(without_times(" klockan 9 – kl. 17.30 ", sv).as_deref(), Some("  –  "));
        assert_eq!(without_times(" at 18:00 to ", en).as_deref(), Some("  to "));
        assert_eq!(without_times(" at 6 p.m. to ", en).as_deref(), Some("  to "));
        // No time: a figure of more digits, a word glued on, no lead, no digit.
        assert_eq!(without_times(" at 2025 to ", en), None);
        assert_eq!(without_times(" that 18:00 to ", en), None);
        assert_eq!(without_times(" at 18:00h to ", en), None);
        assert_eq!(without_times(" 18.00 till ", sv), None);
        assert_eq!(without_times(" till ", sv), None);
    }

    #[test]
    fn a_paragraphs_label_is_no_first_day() {
        assert_eq!(
            keys("3. Until 31 December 2028, Member States may", Lang::En),
            ["num:3", "date:2028-12-31"]
        );
        assert_eq!(keys("From 3 until 31 December 2028", Lang::En), ["range:2028-12-03..2028-12-31"]);
        // Nor the paragraph after the dot of a Swedish article, whatever word joins it.
        for text in [
            "i artikel 10a.4 till och med den 31 oktober 2027",
            "i artikel 10a.4 till den 31 oktober 2027",
            "i artikel 10a.4 t.o.m. den 31 oktober 2027",
            "i artikel 12.3 till och med den 31 oktober 2027",
            "i artikel 10 till och med den 31 oktober 2027",
        ] {
            let keys = keys(text, Lang::Sv);
            assert_eq!(keys.last().map(String::as_str), Some("date:2027-10-31"), "{text}: {keys:?}");
            assert!(keys.first().is_some_and(|key| key.starts_with("art:")), "{text}: {keys:?}");
        }
        assert_eq!(
            keys("från 4 till och med den 31 oktober 2027", Lang::Sv),
            ["range:2027-10-04..2027-10-31"]
        );
        // Nor the number of an article or a point.
        assert_eq!(keys("in Article 10 until 31 October 2027", Lang::En), ["art:10", "date:2027-10-31"]);
        let keys = keys("enligt punkt 3 till den 31 oktober 2027", Lang::Sv);
        assert_eq!(keys.last().map(String::as_str), Some("date:2027-10-31"), "{keys:?}");
    }

    #[test]
    fn quarters_apart_by_a_slash_or_without_their_year() {
        assert_eq!(keys("Q4 2026/Q1 2027", Lang::En), ["quarter:2026-Q4", "quarter:2027-Q1"]);
        // Without its year alone, optional; before a quarter with its year, of that year.
        let values = crate::values::extract("Q1 was weak, and Q4 2026 strong", Lang::En);
        assert!(values.iter().any(|v| v.key == "quarter:Q1" && v.optional), "{values:?}");
        assert_eq!(keys("Q1–Q4 2026", Lang::En), ["quarter:2026-Q1", "quarter:2026-Q4"]);
    }

    #[test]
    fn a_numbered_heading_or_point_before_a_month_name_is_no_day() {
        for text in ["6. May information be omitted?", "See point 3. March of the workers"] {
            let keys = keys(text, Lang::En);
            assert!(!keys.iter().any(|key| key.starts_with("day:")), "{keys:?}");
        }
        // A day without its full stop, or a dotted day with its year, stays a date.
        assert_eq!(keys("Due on 6 May.", Lang::En), ["day:05-06"]);
        assert_eq!(keys("den 6 maj.", Lang::Sv), ["day:05-06"]);
        assert_eq!(keys("am 6. Mai 2024", Lang::En), ["date:2024-05-06"]);
    }

    #[test]
    fn a_day_with_its_suffix_may_take_of_before_its_month() {
        assert_eq!(keys("on the 21st of May 2026", Lang::En), ["date:2026-05-21"]);
        assert_eq!(keys("from the 1st of June to the 3rd of July 2026", Lang::En).len(), 1);
        // A bare number before `of` is no day: the revision of a guidance document.
        let keys = keys("MDCG 2019-11 rev.2 of June 2025", Lang::En);
        assert!(
            keys.iter().any(|key| key == "month:2025-06") && !keys.iter().any(|key| key.starts_with("date:")),
            "{keys:?}"
        );
    }

    #[test]
    fn the_last_quarter_of_a_year() {
        assert_eq!(keys("by the last quarter of 2027", Lang::En), ["quarter:2027-Q4"]);
        assert_eq!(keys("senast under sista kvartalet 2027", Lang::Sv), ["quarter:2027-Q4"]);
        // Without a year, the latest quarter.
        assert!(keys("growth in the last quarter", Lang::En).is_empty());
    }

    #[test]
    fn a_week_before_its_year() {
        assert_eq!(keys("under vecka 8/2026", Lang::Sv), ["num:8", "year:2026"]);
        // An issue of a periodical: its number, as `nr 3/2014` is read.
        assert_eq!(keys("Economic Bulletin, Issue 3/2014, Box 4", Lang::En), ["numbered:3/2014", "num:4"]);
        assert_eq!(keys("Ekonomisk bulletin nr 3/2014, ruta 4", Lang::Sv), ["numbered:3/2014", "num:4"]);
        assert_eq!(keys("in issue 12/2024 of the review", Lang::En), ["numbered:12/2024"]);
    }

    #[test]
    fn a_count_of_months_up_to_a_month_is_their_period() {
        assert_eq!(keys("in the 12 months to April 2025", Lang::En), ["range:2024-05..2025-04"]);
        assert_eq!(keys("under perioden maj 2024–april 2025", Lang::Sv), ["range:2024-05..2025-04"]);
        assert_eq!(
            keys("under de tolv månaderna fram till april 2025", Lang::Sv),
            ["range:2024-05..2025-04"]
        );
        assert_eq!(keys("the three months ending in March 2026", Lang::En), ["range:2026-01..2026-03"]);
        assert_eq!(
            keys("Over the 12-month period to June 2025, the rate", Lang::En),
            ["range:2024-07..2025-06"]
        );
        assert_eq!(
            keys("Under tolvmånadersperioden fram till juni 2025", Lang::Sv),
            ["range:2024-07..2025-06"]
        );
        // Other words between, or a count of other units: none.
        assert_eq!(keys("12 months after April 2025", Lang::En), ["num:12", "month:2025-04"]);
        assert_eq!(keys("12 weeks to April 2025", Lang::En), ["num:12", "month:2025-04"]);
        assert_eq!(keys("in week 08/2026", Lang::En), ["num:8", "year:2026"]);
        assert_eq!(
            keys("vecka 1/2024–vecka 12/2026", Lang::Sv),
            ["num:1", "year:2024", "num:12", "year:2026"]
        );
        assert_eq!(keys("reviderad 02/2026", Lang::Sv), ["month:2026-02"]);
    }

    #[test]
    fn dates_listed_with_a_slash() {
        assert_eq!(keys("31 augusti/28 februari", Lang::Sv), ["day:08-31", "day:02-28"]);
        assert_eq!(keys("31 August/28 February", Lang::En), ["day:08-31", "day:02-28"]);
        // After a figure, a slash joins the figures of a number.
        assert!(!keys("1/28 February", Lang::En).contains(&"day:02-28".to_string()));
    }

    #[test]
    fn english_dates_in_a_swedish_text() {
        // The English title of a source, kept in a Swedish footnote.
        // Its dataset's code is a code of its own.
        assert_eq!(
            keys("Eurostat, Population on 1 January (tps00001)", Lang::Sv),
            ["day:01-01", "code:tps00001"]
        );
        assert_eq!(keys("rapporten av den 12 March 2025", Lang::Sv), ["date:2025-03-12"]);
        // A name is no month.
        assert!(keys("August Strindberg skrev om May.", Lang::Sv).is_empty());
    }

    #[test]
    fn a_month_that_starts_a_compound_of_a_meeting_or_a_report() {
        assert_eq!(keys("vid tiden för julimötet", Lang::Sv), ["month:--07"]);
        assert_eq!(
            keys("vid tiden för julimötet", Lang::Sv),
            keys("at the time of the July meeting", Lang::En)
        );
        assert_eq!(keys("Junimötet och decemberprognoserna", Lang::Sv), ["month:--06", "month:--12"]);
        assert_eq!(keys("under februarimånaden", Lang::Sv), ["month:--02"]);
        // A word that only starts as a month, an abbreviation, or another head: none.
        for text in ["en majoritet av dem", "marschen", "decmötet", "julimarknaden", "majsskörden"] {
            assert!(keys(text, Lang::Sv).is_empty(), "{text}");
        }
    }

    #[test]
    fn months_without_a_year_after_a_word_of_time() {
        assert_eq!(keys("Since mid-January, rates fell.", Lang::En), ["month:--01"]);
        assert_eq!(keys("Sedan mitten av januari har räntorna sjunkit.", Lang::Sv), ["month:--01"]);
        assert_eq!(keys("in May and June", Lang::En), keys("i maj och juni", Lang::Sv));
        // A month that names a meeting or a report is one too (`at its June meeting`).
        assert_eq!(keys("at its June meeting", Lang::En), ["month:--06"]);
        // Not a name or a verb; not a month of a date read whole.
        for text in ["Theresa May said", "We may act in March 2026", "of AMMR and APR", "by Jan Horák"] {
            assert!(keys(text, Lang::En).iter().all(|key| !key.starts_with("month:--")), "{text}");
        }
        assert_eq!(keys("in March 2026", Lang::En), ["month:2026-03"]);
        // `mars` is a full name, though the English `march` a Swedish text may quote is longer;
        // an abbreviation is none (`sept` of `september`).
        assert_eq!(keys("i mars (3,4 %) och i februari", Lang::Sv), ["month:--03", "pct:3.4", "month:--02"]);
        assert!(keys("i sept och i jan", Lang::Sv).is_empty());
    }

    #[test]
    fn a_span_of_months_without_a_year() {
        let span = ["range:--10..--03"];
        assert_eq!(keys("a winter average (October to March)", Lang::En), span);
        assert_eq!(keys("as a winter average (October–March)", Lang::En), span);
        assert_eq!(keys("between October and March", Lang::En), span);
        assert_eq!(keys("som vintermedelvärde (oktober–mars)", Lang::Sv), span);
        assert_eq!(keys("från oktober till mars", Lang::Sv), span);
        assert_eq!(keys("mellan oktober och mars", Lang::Sv), span);
        assert_eq!(keys("(oktober–april)", Lang::Sv), ["range:--10..--04"]);
        // Optional: the other version may name the months otherwise.
        let values = super::super::extract("(October to March)", Lang::En);
        assert!(values.iter().all(|v| v.optional), "{values:?}");
        // Two months a list joins are two months; a month before a figure is no bound.
        assert_eq!(keys("in October and March", Lang::En), ["month:--10", "month:--03"]);
        assert_eq!(keys("i oktober och i mars", Lang::Sv), ["month:--10", "month:--03"]);
        assert_eq!(keys("from October to March 2026", Lang::En), ["month:--10", "month:2026-03"]);
        // A hyphen only glued on both sides; no abbreviation.
        assert_eq!(keys("(October - March)", Lang::En), Vec::<String>::new());
        assert_eq!(keys("(okt–mars)", Lang::Sv), Vec::<String>::new());
    }

    #[test]
    fn a_date_of_the_same_year_takes_the_year_before_it() {
        assert_eq!(
            keys("senast den 26 maj 2024 och senast den 26 september samma år", Lang::Sv),
            ["date:2024-05-26", "date:2024-09-26"]
        );
        assert_eq!(
            keys("by 26 May 2024 and by 26 September of the same year", Lang::En),
            ["date:2024-05-26", "date:2024-09-26"]
        );
        // The nearest date before it, a year alone too; the words are part of the date.
        let values = crate::values::extract("I mars 2020 och 2023, den 1 juli samma år.", Lang::Sv);
        let last = values.last().map(|v| (v.key.as_str(), v.span.clone()));
        assert_eq!(last, Some(("date:2023-07-01", 26..42)));
        assert_eq!(keys("under 2023 och i september samma år", Lang::Sv), ["year:2023", "month:2023-09"]);
        // With no date before it, the day and month alone; and only before the words.
        assert_eq!(keys("den 26 september samma år", Lang::Sv), ["day:09-26"]);
        assert_eq!(keys("on 26 May 2024 and 26 September", Lang::En), ["date:2024-05-26", "day:09-26"]);
        assert_eq!(keys("den 26 maj 2024 och den 26 september sammanlagt", Lang::Sv)[1], "day:09-26");
    }

    #[test]
    fn words_of_the_same_year_alone_read_the_year_before_them() {
        let optional = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            crate::values::extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect()
        };
        // The year of the nearest date before them, the previous sentence's too.
        let read = optional("Rapporten antogs 2019. Samma år inleddes arbetet.", Lang::Sv);
        assert_eq!(read, [("year:2019".to_string(), false), ("year:2019".to_string(), true)]);
        let read = optional("It was published in 2019. In the same year, work began.", Lang::En);
        assert_eq!(read.last(), Some(&("year:2019".to_string(), true)));
        assert_eq!(optional("that year's budget of 2021", Lang::En), [("year:2021".to_string(), false)]);
        // Or of the date a sentence opens with, where a comparison's year stands between.
        let text = "4. År 2023 släpptes 14,1 miljoner ton ut, jämfört med 12,4 miljoner ton 2020. \
                    Samma år samlades 4,9 miljoner ton in.";
        let values = crate::values::extract(text, Lang::Sv);
        let same = values.iter().find(|v| v.key.starts_with(EITHER_YEAR));
        assert_eq!(same.map(|v| (v.key.as_str(), v.optional)), Some(("year-or:2020|2023", true)));
        assert_eq!(same.and_then(|v| text.get(v.span.clone())), Some("Samma år"));
        let text = "In 2023, 14.1 million tonnes were placed, against 12.4 million tonnes in 2020. \
                    The same year, 4.9 million tonnes were collected.";
        assert!(keys(text, Lang::En).iter().any(|key| key == "year-or:2020|2023"));
        // No date before them, no reading; words after a date are part of it.
        assert_eq!(keys("Samma år inleddes arbetet.", Lang::Sv), Vec::<String>::new());
        assert_eq!(keys("under 2023 och i september samma år", Lang::Sv), ["year:2023", "month:2023-09"]);
        // Only the whole words.
        assert_eq!(keys("2019. Samma årsrapport", Lang::Sv), ["year:2019"]);
    }

    #[test]
    fn a_sentence_is_opened_by_a_date_or_one_word_before_it() {
        assert!(opens_sentence("2023 var", 0));
        assert!(opens_sentence("4. År 2023", 7));
        assert!(opens_sentence("Slut. In 2023", 9));
        assert!(!opens_sentence("slut. in 2023", 9));
        assert!(!opens_sentence("tonnes in 2020", 10));
        assert!(!opens_sentence("Slut. By the end of 2023", 20));
    }

    #[test]
    fn the_first_months_of_a_year_are_their_range() {
        assert_eq!(keys("in the first nine months of 2025", Lang::En), ["range:2025-01..2025-09"]);
        assert_eq!(
            keys("under de första nio månaderna 2025", Lang::Sv),
            keys("januari–september 2025", Lang::Sv)
        );
        assert_eq!(keys("the first three months of the year 2024", Lang::En), ["range:2024-01..2024-03"]);
    }

    #[test]
    fn a_part_of_this_year_takes_the_year_before_it_or_none() {
        // With no date before it, an optional range of no year, the count part of it.
        let values =
            crate::values::extract("Under årets första åtta månader uppgick antalet till 2,07", Lang::Sv);
        let first = values.first().map(|v| (v.key.as_str(), v.span.clone(), v.optional));
        assert_eq!(first, Some(("range:--01..--08", 6..35, true)), "{values:?}");
        assert!(values.iter().all(|v| v.key != "num:8"), "{values:?}");
        let values = crate::values::extract("In this year's first eight months, 2.07 billion", Lang::En);
        assert_eq!(values.first().map(|v| (v.key.as_str(), v.optional)), Some(("range:--01..--08", true)));
        // With a date before it, that date's year, still optional.
        let values =
            crate::values::extract("I augusti 2025 steg den. Årets första åtta månader, 5.", Lang::Sv);
        let range = values.iter().find(|v| v.key.starts_with("range:"));
        assert_eq!(range.map(|v| (v.key.as_str(), v.optional)), Some(("range:2025-01..2025-08", true)));
        // Quarters and halves alike, the words part of the date.
        let values = crate::values::extract("Under 2024 och under årets första kvartal, 5.", Lang::Sv);
        let quarter = values.iter().find(|v| v.key.starts_with("quarter:"));
        assert_eq!(
            quarter.map(|v| (v.key.as_str(), v.span.clone(), v.optional)),
            Some(("quarter:2024-Q1", 21..43, true))
        );
        let values = crate::values::extract("under årets första halvår steg den med 5 %", Lang::Sv);
        assert!(values.iter().any(|v| v.key == "half:H1" && v.span.start == 6 && v.optional), "{values:?}");
        // Without any figure in the text too, and the half no count of months.
        let values = crate::values::extract(
            "a) Hela avgiften, om den auktoriseras under årets första halvår.",
            Lang::Sv,
        );
        assert!(values.iter().any(|v| v.key == "half:H1" && v.optional), "{values:?}");
        assert!(values.iter().all(|v| v.key != "num:6" && v.key != "ord:1"), "{values:?}");
        let values =
            crate::values::extract("where it is authorised in the first half of the year;", Lang::En);
        assert!(values.iter().any(|v| v.key == "half:H1" && v.optional), "{values:?}");
        let values = crate::values::extract("In this year's first quarter it rose by 5%", Lang::En);
        assert!(values.iter().any(|v| v.key == "quarter:Q1" && v.span.start == 3), "{values:?}");
        // Not without the words, nor after a longer word.
        assert!(
            keys("under första åtta månader steg den med 5 %", Lang::Sv)
                .iter()
                .all(|k| !k.starts_with("range:"))
        );
        assert!(
            keys("föregående års första åtta månader, 5 %", Lang::Sv)
                .iter()
                .all(|k| !k.starts_with("range:"))
        );
    }

    #[test]
    fn words_of_this_year_alone_read_the_year_of_their_sentence() {
        let optional = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            crate::values::extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect()
        };
        let text = "Inga auktioner hålls (artikel 8.3). Årets första auktion hålls därför måndagen den 11 \
                    januari 2027 och den sista tisdagen den 14 december 2027. De återupptas den 10 januari 2028.";
        let values = crate::values::extract(text, Lang::Sv);
        let year = values.iter().find(|v| v.key == "year:2027");
        assert_eq!(year.map(|v| (text.get(v.span.clone()), v.optional)), Some((Some("Årets"), true)));
        let read = optional("This year's first auction is on 11 January 2027.", Lang::En);
        assert_eq!(read.first(), Some(&("year:2027".to_string(), true)));
        // Not where the sentence names no year, or two; nor a part of the year, a date of its own.
        let years = |text: &str| -> Vec<String> {
            keys(text, Lang::Sv).into_iter().filter(|key| key.starts_with("year:")).collect()
        };
        assert_eq!(years("Årets första auktion hålls i januari. Den sista 2027."), ["year:2027"]);
        let two = keys("Årets auktioner: 11 januari 2027 och 10 januari 2028.", Lang::Sv);
        assert!(two.iter().all(|k| !k.starts_with("year:")), "{two:?}");
        assert_eq!(years("Under 2024 och under årets första kvartal."), ["year:2024"]);
        // Nor the year before's (`förra årets`), nor within a longer word.
        let before = keys("Förra årets auktion hölls den 11 januari 2027.", Lang::Sv);
        assert!(before.iter().all(|key| !key.starts_with("year:")), "{before:?}");
        assert_eq!(keys("Fjolårets auktion hölls den 11 januari 2027.", Lang::Sv), ["date:2027-01-11"]);
    }

    #[test]
    fn months_between_the_commas_of_a_list_of_months() {
        let text = "i fyra delposter om 6 125 000 i februari, maj, september och november";
        let months: Vec<String> =
            keys(text, Lang::Sv).into_iter().filter(|k| k.starts_with("month:")).collect();
        assert_eq!(months, ["month:--02", "month:--05", "month:--09", "month:--11"]);
        let text = "in four tranches of 6,125,000 in February, May, September and November";
        let months: Vec<String> =
            keys(text, Lang::En).into_iter().filter(|k| k.starts_with("month:")).collect();
        assert_eq!(months, ["month:--02", "month:--05", "month:--09", "month:--11"]);
        // Not a name after a month and a comma that goes on as a clause, nor after no month.
        assert_eq!(keys("It met in January, May decided to leave.", Lang::En), ["month:--01"]);
        assert_eq!(keys("as noted, May and the others agreed", Lang::En), Vec::<String>::new());
        // Three names or more so joined are a list of months after any word.
        let text = "intermediate targets for February, May, July and September, based on";
        assert_eq!(keys(text, Lang::En), ["month:--02", "month:--05", "month:--07", "month:--09"]);
        let text = "delmål för februari, maj, juli och september, som ska";
        assert_eq!(keys(text, Lang::Sv), ["month:--02", "month:--05", "month:--07", "month:--09"]);
        let values = super::super::extract(text, Lang::Sv);
        assert!(values.iter().all(|v| v.optional), "{values:?}");
        // Two names, or names that no list word ends, are not.
        assert_eq!(keys("as May, June Smith said", Lang::En), Vec::<String>::new());
        assert_eq!(keys("thanks May, June, Smith", Lang::En), Vec::<String>::new());
    }

    #[test]
    fn iso_weeks_are_a_week_and_its_year() {
        assert_eq!(
            keys("weeks 2025-W40 to 2026-W09", Lang::En),
            ["year:2025", "num:40", "year:2026", "num:9"]
        );
        assert_eq!(
            keys("vecka 40 2025–vecka 9 2026", Lang::Sv),
            ["num:40", "year:2025", "num:9", "year:2026"]
        );
        assert!(keys("code AB-W12, 2025-W54", Lang::En).iter().all(|key| key != "num:12" && key != "num:54"));
    }

    #[test]
    fn days_listed_before_one_month_are_each_a_date() {
        let may = ["date:2025-05-02", "date:2025-05-09", "date:2025-05-16"];
        assert_eq!(keys("den 2, 9 och 16 maj 2025", Lang::Sv), may);
        assert_eq!(keys("on 2 May, 9 May and 16 May 2025", Lang::En), may);
        assert_eq!(keys("on 3 and 5 March 2025", Lang::En), ["date:2025-03-03", "date:2025-03-05"]);
        // Days in a row are a span; a count before the list, or days out of order, are none.
        assert_eq!(keys("den 3 och 4 mars 2025", Lang::Sv), ["range:2025-03-03..2025-03-04"]);
        assert_eq!(keys("of 40, 9 and 16 May 2025", Lang::En)[0], "num:40");
        assert_eq!(keys("on 20 and 16 May 2025", Lang::En)[0], "num:20");
        // Any list word joins them, `respektive` as `och` does.
        let november = ["date:2025-11-14", "date:2025-11-17"];
        assert_eq!(
            keys("Rådet och Europaparlamentet den 14 respektive 17 november 2025", Lang::Sv),
            november
        );
        assert_eq!(keys("on 14 respectively 17 November 2025", Lang::En), november);
        assert_eq!(keys("den 14 eller 17 november 2025", Lang::Sv), november);
        assert_eq!(keys("den 14 respektive 15 november 2025", Lang::Sv), ["range:2025-11-14..2025-11-15"]);
        // A weekday before each day, as the range of days it names.
        let dates = |text: &str, lang: Lang| {
            let mut keys = keys(text, lang);
            keys.retain(|key| !key.starts_with("weekday:"));
            keys
        };
        let september = ["range:2025-09-10..2025-09-11"];
        assert_eq!(dates("on Wednesday and Thursday, 10-11 September 2025", Lang::En), september);
        assert_eq!(dates("onsdagen den 10 och torsdagen den 11 september 2025", Lang::Sv), september);
        assert_eq!(dates("on Wednesday 10 and Thursday 11 September 2025", Lang::En), september);
        assert_eq!(
            dates("onsdagen den 10 och fredagen den 12 september 2025", Lang::Sv),
            ["date:2025-09-10", "date:2025-09-12"]
        );
        let may = ["range:2027-05-11..2027-05-14"];
        assert_eq!(dates("Tuesday 11 to Friday 14 May 2027", Lang::En), may);
        assert_eq!(dates("tisdagen den 11–fredagen den 14 maj 2027", Lang::Sv), may);
        assert_eq!(dates("den 11–den 14 maj 2027", Lang::Sv), may);
        assert_eq!(dates("den 11–14 maj 2027", Lang::Sv), may);
        // An item's number before a dash is no day.
        assert_eq!(dates("1 – måndagen den 23 november 2026", Lang::Sv), ["num:1", "date:2026-11-23"]);
        // Still not a count before the list, nor an article's number.
        assert_eq!(keys("av 20 respektive 16 maj 2025", Lang::Sv)[0], "num:20");
        let article = keys("artikel 14 respektive 17 november 2025", Lang::Sv);
        assert!(article.iter().all(|key| key != "date:2025-11-14"), "{article:?}");
    }

    #[test]
    fn parts_of_the_year() {
        let part = |key: &str, detail: Option<&str>| (key.to_string(), detail.map(str::to_string));
        assert_eq!(
            parts("by mid-2026, by the end of 2026, early 2027, in the autumn of 2025, in 2024", Lang::En),
            [
                part("year:2026", Some("middle")),
                part("year:2026", Some("end")),
                part("year:2027", Some("start")),
                part("year:2025", Some("autumn")),
                part("year:2024", None),
            ]
        );
        assert_eq!(
            parts("senast i mitten av 2026, i slutet av 2026, Hösten 2025, under 2024", Lang::Sv),
            [
                part("year:2026", Some("middle")),
                part("year:2026", Some("end")),
                part("year:2025", Some("autumn")),
                part("year:2024", None),
            ]
        );
        // A word that merely ends like one (`weekend 2026`, `later 2026`) names no part.
        assert_eq!(
            parts("weekend 2026, later 2026, amid 2026", Lang::En).iter().filter(|p| p.1.is_some()).count(),
            0
        );
    }

    #[test]
    fn key_and_display_written_once_as_apart() {
        for year in [0, 7, 42, 999, 1990, 2024, 12345, u32::MAX] {
            for small in [0, 1, 2, 4, 12, 31, 123] {
                for when in [
                    When::Full { year, month: small, day: small + 9 },
                    When::DayMonth { month: small, day: small },
                    When::Month { year, month: small },
                    When::Year(year),
                    When::Quarter { year: Some(year), quarter: small },
                    When::Quarter { year: None, quarter: small },
                    When::Half { year: Some(year), half: small },
                    When::Half { year: None, half: small },
                    When::Decade(year),
                ] {
                    assert_eq!(when.key_and_display(), (when.key(), when.display()), "{when:?}");
                    assert_eq!(when.body(), when.body_by_format(), "{when:?}");
                }
            }
        }
    }

    #[test]
    fn day_month_year_in_both_languages() {
        assert_eq!(keys("on 14 May 2024", Lang::En), ["date:2024-05-14"]);
        assert_eq!(keys("den 14 maj 2024", Lang::Sv), ["date:2024-05-14"]);
        assert_eq!(keys("Brussels, 29.1.2026", Lang::En), ["date:2026-01-29"]);
        assert_eq!(keys("Magnus Brunner - 29/01/2026", Lang::Sv), ["date:2026-01-29"]);
        // A month past 12 is no date: the day comes first in EU texts.
        assert!(keys("01/29/2026", Lang::En).iter().all(|key| !key.starts_with("date:")));
        assert_eq!(keys("2026-01-29", Lang::Sv), ["date:2026-01-29"]);
        assert_eq!(keys("in May 2026", Lang::En), ["month:2026-05"]);
        assert_eq!(keys("i maj 2026", Lang::Sv), ["month:2026-05"]);
        assert_eq!(keys("Member States may 2026", Lang::En), ["year:2026"]);
    }

    #[test]
    fn a_day_the_month_lacks_is_still_a_date_when_the_month_is_named() {
        assert_eq!(keys("den 31 juni 2024", Lang::Sv), ["date:2024-06-31"]);
        assert_eq!(keys("on 30 February 2025", Lang::En), ["date:2025-02-30"]);
        assert_eq!(keys("den 31 juni", Lang::Sv), ["day:06-31"]);
        // Past 31 no month has the day: a number beside a month, as before.
        assert_eq!(keys("den 32 juni 2024", Lang::Sv), ["num:32", "month:2024-06"]);
        // Written in digits, only a real date is read: `31.6.2024` may be something else.
        assert!(keys("31.6.2024", Lang::Sv).iter().all(|key| !key.starts_with("date:")));
    }

    #[test]
    fn ranges() {
        assert_eq!(keys("1 July 2024 – 30 June 2025", Lang::En), ["range:2024-07-01..2025-06-30"]);
        assert_eq!(keys("1 juli 2024–30 juni 2025", Lang::Sv), ["range:2024-07-01..2025-06-30"]);
        assert_eq!(keys("2021-2027", Lang::En), ["range:2021..2027"]);
        assert_eq!(keys("2021–2027", Lang::Sv), ["range:2021..2027"]);
        assert_eq!(keys("between 2015 and 2024", Lang::En), ["range:2015..2024"]);
        assert_eq!(keys("mellan 2015 och 2024", Lang::Sv), ["range:2015..2024"]);
        assert_eq!(keys("in 2024 and 2025", Lang::En), ["year:2024", "year:2025"]);
        // `från` takes `till`: after it a list word joins two years (the plans of 2015 and 2020).
        assert_eq!(keys("handlingsplanerna från 2015 och 2020", Lang::Sv), ["year:2015", "year:2020"]);
        assert_eq!(keys("the plans from 2015 and 2020", Lang::En), ["year:2015", "year:2020"]);
        assert_eq!(keys("från 2015 till 2020", Lang::Sv), ["range:2015..2020"]);
        assert_eq!(keys("from 2015 to 2020", Lang::En), ["range:2015..2020"]);
        assert_eq!(keys("från mars och juni 2025", Lang::Sv), ["month:2025-03", "month:2025-06"]);
        assert_eq!(keys("mellan mars och juni 2025", Lang::Sv), ["range:2025-03..2025-06"]);
        assert_eq!(keys("1-3 May 2024", Lang::En), ["range:2024-05-01..2024-05-03"]);
        // Months of one year.
        assert_eq!(keys("January–October 2025", Lang::En), ["range:2025-01..2025-10"]);
        assert_eq!(keys("januari–oktober 2025", Lang::Sv), keys("January–October 2025", Lang::En));
        assert_eq!(keys("from January to October 2025", Lang::En), keys("januari–oktober 2025", Lang::Sv));
        assert_eq!(keys("Jan.–sept. 2024", Lang::Sv), keys("Jan–Sep 2024", Lang::En));
        assert_eq!(
            keys("on 2 May, 9 May and 16 May 2025", Lang::En),
            keys("den 2 maj, 9 maj och 16 maj 2025", Lang::Sv)
        );
        assert_eq!(keys("on 2 May, 9 May and 16 May 2025", Lang::En)[0], "date:2025-05-02");
        assert_eq!(keys("jan.–sep 2024", Lang::Sv), ["range:2024-01..2024-09"]);
        assert_eq!(keys("Date of revision: 02/2026", Lang::En), ["month:2026-02"]);
        assert_eq!(keys("Datum för översyn: 02/2026", Lang::Sv), keys("februari 2026", Lang::Sv));
        for text in
            ["1/12/2024", "13/2026", "Regulation (EU) No 12/2024", "A9-12/2024", "12/20245", "3/2026.5"]
        {
            assert!(
                keys(text, Lang::En).iter().all(|k| !k.starts_with("month:")),
                "{text}: {:?}",
                keys(text, Lang::En)
            );
        }
        assert_ne!(keys("februari–oktober 2025", Lang::Sv), keys("January–October 2025", Lang::En));
        // Months listed, the year written once.
        assert_eq!(
            keys("in June, September and November 2025", Lang::En),
            ["month:2025-06", "month:2025-09", "month:2025-11"]
        );
        assert_eq!(
            keys("i juni, september och november 2025", Lang::Sv),
            keys("in June, September and November 2025", Lang::En)
        );
        // Not across a second preposition: June is a month of no year given.
        assert_eq!(keys("in June and in November 2025", Lang::En), ["month:--06", "month:2025-11"]);
        assert_eq!(keys("In January, and in October 2025", Lang::En), ["month:--01", "month:2025-10"]);
        // A month after the other is no range, nor a month the text only mentions before.
        assert_eq!(keys("October–January 2025", Lang::En), ["month:2025-01"]);
    }

    #[test]
    fn quarters_halves_decades() {
        assert_eq!(keys("quarter three of 2025", Lang::En), ["quarter:2025-Q3"]);
        assert_eq!(keys("the third quarter of 2025", Lang::En), ["quarter:2025-Q3"]);
        assert_eq!(keys("Q3 2025", Lang::En), ["quarter:2025-Q3"]);
        assert_eq!(keys("tredje kvartalet 2025", Lang::Sv), ["quarter:2025-Q3"]);
        // Abbreviated and coded as statistics write them.
        assert_eq!(keys("kv. 3 2024 jfr med kv. 2 2024", Lang::Sv), ["quarter:2024-Q3", "quarter:2024-Q2"]);
        assert_eq!(keys("Kv 4 2025", Lang::Sv), ["quarter:2025-Q4"]);
        assert_eq!(keys("andra kv. 2025", Lang::Sv), ["quarter:2025-Q2"]);
        assert_eq!(keys("2:a kv. 2025", Lang::Sv), ["quarter:2025-Q2"]);
        assert_eq!(keys("2025K2 och 2025-Q3", Lang::Sv), ["quarter:2025-Q2", "quarter:2025-Q3"]);
        assert_eq!(keys("in 2025-Q2 and 2025Q4", Lang::En), ["quarter:2025-Q2", "quarter:2025-Q4"]);
        // Not a quarter: a word that starts with the letters, a code of other letters.
        assert!(keys("kvm 2 2025", Lang::Sv).iter().all(|key| !key.starts_with("quarter")));
        assert!(keys("2025K5 and 2025-X2", Lang::En).iter().all(|key| !key.starts_with("quarter")));
        assert_eq!(keys("the first half of 2025", Lang::En), ["half:2025-H1"]);
        assert_eq!(keys("första halvåret 2025", Lang::Sv), ["half:2025-H1"]);
        assert_eq!(keys("the 1990s", Lang::En), ["decade:1990"]);
        assert_eq!(keys("1990-talet", Lang::Sv), ["decade:1990"]);
    }

    #[test]
    fn months_take_a_year_of_two_digits_only_where_no_day_may_stand() {
        // A span of short month names and two digits, in a table's heading: the span of the
        // year that the four digits give.
        assert_eq!(keys("| Exports Jan-Aug 25 |", Lang::En), ["range:2025-01..2025-08"]);
        assert_eq!(keys("| Exports Jan-Aug 25 |", Lang::En), keys("| Export jan.–aug. 2025 |", Lang::Sv));
        assert_eq!(keys("| Export jan.–aug. 26 |", Lang::Sv), ["range:2026-01..2026-08"]);
        assert_eq!(keys("Oct – Dec 99", Lang::En), ["range:1999-10..1999-12"]);
        // A short month glued by a hyphen to two digits, as spreadsheets write a month.
        assert_eq!(keys("Aug-25 and Sep-26", Lang::En), ["month:2025-08", "month:2026-09"]);
        assert_eq!(keys("Aug-25", Lang::En), keys("August 2025", Lang::En));
        assert_eq!(keys("Jan-25 to Mar-25", Lang::En), ["range:2025-01..2025-03"]);
        // A day may stand there: a month and two digits after a space, a full name, a day
        // first, a figure before the month.
        assert_eq!(keys("on Aug 25", Lang::En), ["num:25"]);
        assert_eq!(keys("January-August 25", Lang::En), ["num:25"]);
        assert_eq!(keys("25 Aug", Lang::En), ["day:08-25"]);
        assert!(!keys("25-Aug", Lang::En).iter().any(|key| key.starts_with("month:")));
        assert!(!keys("15 Aug-25", Lang::En).iter().any(|key| key.starts_with("month:")));
        // Nor where the two digits are part of another figure, or a span runs backwards.
        assert_eq!(keys("Jan-Aug 25%", Lang::En), ["pct:25"]);
        assert!(!keys("Aug-25.5", Lang::En).iter().any(|key| key.starts_with("month:")));
        assert!(!keys("Aug-255", Lang::En).iter().any(|key| key.starts_with("month:")));
        assert!(!keys("Aug-Jan 25", Lang::En).iter().any(|key| key.starts_with("range:")));
        assert!(!keys("Jan Aug 25", Lang::En).iter().any(|key| key.starts_with("range:")));
    }

    #[test]
    fn the_previous_period_is_the_one_before_the_sentences_date() {
        let optional = |text: &str, lang: Lang| -> Vec<String> {
            super::super::extract(text, lang).into_iter().filter(|v| v.optional).map(|v| v.key).collect()
        };
        assert_eq!(
            optional("I augusti 2026 minskade exporten med 0,8 % jämfört med föregående månad.", Lang::Sv),
            ["month:2026-07"]
        );
        assert_eq!(
            optional("In August 2026, exports fell by 0.8% compared with the previous month.", Lang::En),
            ["month:2026-07"]
        );
        assert_eq!(
            optional("In January 2026, exports fell on the previous month.", Lang::En),
            ["month:2025-12"]
        );
        assert_eq!(
            optional("I Q1 2025 ökade exporten jämfört med föregående kvartal.", Lang::Sv),
            ["quarter:2024-Q4"]
        );
        assert_eq!(
            optional("In 2025, exports rose compared with the previous year.", Lang::En),
            ["year:2024"]
        );
        assert_eq!(optional("År 2025 ökade exporten jämfört med förra året.", Lang::Sv), ["year:2024"]);
        // Two periods before the words, a period of another length, a date of another
        // sentence or none: no reading.
        assert!(
            optional("In August 2026, exports rose on August 2025 and on the previous month.", Lang::En)
                .is_empty()
        );
        // A month counted back by a year: that month of the year before, or that year.
        assert_eq!(
            optional("In August 2026, exports rose compared with the previous year.", Lang::En),
            ["year-rel:or:month:2025-08|year:2025"]
        );
        // Years counted back from no date of the sentence: a year the other version writes.
        assert_eq!(
            optional("In 2025 it rose. Compared with the previous year it fell by 2%.", Lang::En),
            ["year-rel:ago:1"]
        );
        assert!(optional("It fell by 2% on the previous month.", Lang::En).is_empty());
        // Words of the year before that open a sentence count back from the sentence before,
        // as where a translation splits a sentence; a capital Å is the words' too.
        assert_eq!(optional("Den var 2,24 % 2024. Året innan var den 2,23 %.", Lang::Sv), ["year:2023"]);
        assert_eq!(optional("Den var 2,24 % 2024. Föregående år var den 2,23 %.", Lang::Sv), ["year:2023"]);
        assert_eq!(optional("Den var 2,24 % 2024. Under året före var den 2,23 %.", Lang::Sv), ["year:2023"]);
        assert_eq!(optional("It was 2.24% in 2024. The year before, it was 2.23%.", Lang::En), ["year:2023"]);
        assert_eq!(optional("It was 2.24% in 2024, against 2.23% a year earlier.", Lang::En), ["year:2023"]);
        assert_eq!(optional("It was 31 in 2025, compared with 27 året innan.", Lang::Sv), ["year:2024"]);
        // Not where they follow words of their own sentence, nor where the sentence before
        // names two years, nor before a year they count back from.
        assert_eq!(
            optional("It was 2.24% in 2024. It was 2.23% the year before.", Lang::En),
            ["year-rel:ago:1"]
        );
        assert!(optional("It rose in 2024 from 2020. The year before, it fell.", Lang::En).is_empty());
        assert!(optional("In 2024, it rose as in the year before 2020.", Lang::En).is_empty());
        assert_eq!(optional("Året innan var den 2,23 %.", Lang::Sv), ["year-rel:ago:1"]);
        // The genitive reads as the words do (`förra årets skörd`), of its sentence's date.
        assert_eq!(
            optional("År 2025 växer skörden efter förra årets dåliga skörd.", Lang::Sv),
            ["year:2024"]
        );
        assert_eq!(
            optional("I augusti 2026 jämfört med föregående års nivå.", Lang::Sv),
            ["year-rel:or:month:2025-08|year:2025"]
        );
        assert_eq!(
            optional("Produktionen ökar efter förra årets dåliga skörd, 8,9 % mer än 2024.", Lang::Sv),
            ["year-rel:ago:1"]
        );
        // Whole words only: another ending makes another word.
        assert!(optional("År 2025 jämfört med föregående årens nivå.", Lang::Sv).is_empty());
        assert!(optional("In 2025, compared with the previous years.", Lang::En).is_empty());
    }

    #[test]
    fn years_counted_back_from_a_day_or_by_a_count() {
        let optional = |text: &str, lang: Lang| -> Vec<String> {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|v| v.optional && v.kind == ValueKind::Date)
                .map(|v| v.key)
                .collect()
        };
        // A day counted back by a year: the same day a year before, or that year.
        assert_eq!(
            optional("On 31 December 2024, it held 1 204 alerts, against 873 a year earlier.", Lang::En),
            ["year-rel:or:date:2023-12-31|year:2023"]
        );
        assert_eq!(
            optional(
                "At 31 December 2025, SIS held 97.4 million alerts, 7.6% more than the previous year.",
                Lang::En
            ),
            ["year-rel:or:date:2024-12-31|year:2024"]
        );
        // A count of years: a year of its sentence's date, or, with none, of the counterpart.
        assert_eq!(optional("In 2024, it was 31%, up from 19% two years earlier.", Lang::En), ["year:2022"]);
        assert_eq!(
            optional("År 2024 var den 31 %, jämfört med 19 % tre år tidigare.", Lang::Sv),
            ["year:2021"]
        );
        assert_eq!(optional("It was 31%, up from 19% two years earlier.", Lang::En), ["year-rel:ago:2"]);
        // The count stays a figure, optional: the other version may write the year.
        let values = super::super::extract("It was 31%, up from 19% two years earlier.", Lang::En);
        assert!(values.iter().any(|v| v.key == "num:2" && v.optional), "{values:?}");
        // Not where a date of the sentence says from when (`ett år tidigare` for it is a
        // count changed), nor a figure before words of a year of no count.
        let values = super::super::extract("In 2024, it was 31%, up from 19% two years earlier.", Lang::En);
        assert!(values.iter().any(|v| v.key == "num:2" && !v.optional), "{values:?}");
        let values = super::super::extract("It was 24, up from 22 a year earlier.", Lang::En);
        assert!(values.iter().any(|v| v.key == "num:22" && !v.optional), "{values:?}");
        // Not a count of other units, nor years counted on, nor a year alone.
        assert!(optional("It was 31%, up from 19% two months earlier.", Lang::En).is_empty());
        assert!(optional("It was 31% in 2024, 19% two years later.", Lang::En).is_empty());
        assert!(optional("It was 31% in 2024, for years earlier too.", Lang::En).is_empty());
    }

    /// The keys of the dates a text gives.
    fn dates(text: &str, lang: Lang) -> Vec<String> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|v| v.kind == ValueKind::Date)
            .map(|v| v.key)
            .collect()
    }

    #[test]
    fn years_named_by_the_time_of_writing() {
        assert_eq!(dates("the Strategy adopted in January this year", Lang::En), ["year-rel:this:0:01"]);
        assert_eq!(dates("the guide published in December last year", Lang::En), ["year-rel:this:-1:12"]);
        assert_eq!(dates("Last year, the Agency published a guide.", Lang::En), ["year-rel:this:-1"]);
        assert_eq!(dates("strategin som antogs i januari i år", Lang::Sv), ["year-rel:this:0:01"]);
        assert_eq!(dates("I år antog kommissionen en strategi.", Lang::Sv), ["year-rel:this:0"]);
        // Not the last year of a period, a possessive read with its part, a year written
        // after the words, nor a length in years.
        assert!(dates("in the last year of the programme", Lang::En).is_empty());
        assert!(!dates("this year's first quarter", Lang::En).iter().any(|key| key.contains("rel")));
        assert!(!dates("i år 2025", Lang::Sv).iter().any(|key| key.contains("rel")));
        assert!(dates("löptiden uttryckt i år", Lang::Sv).is_empty());
    }

    #[test]
    fn days_named_by_the_day_of_writing_and_again() {
        assert_eq!(dates("In today's judgment, the Court answers.", Lang::En), ["date-rel:day:0"]);
        assert_eq!(dates("Yesterday, I was in Almería.", Lang::En), ["date-rel:day:-1"]);
        assert_eq!(dates("I går var jag i Almería.", Lang::Sv), ["date-rel:day:-1"]);
        assert_eq!(dates("It should also apply from that date.", Lang::En), ["date-rel:that"]);
        assert_eq!(dates("De bör tillämpas från och med detta datum.", Lang::Sv), ["date-rel:that"]);
        // Not inside another word.
        assert!(dates("The todays and yesterdays of the story.", Lang::En).is_empty());
        assert!(dates("Ett senare datum fastställs.", Lang::Sv).is_empty());
    }

    #[test]
    fn eras_beside_a_year() {
        let eras = |text: &str, lang| {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|v| v.key.starts_with(super::ERA))
                .map(|v| v.key)
                .collect::<Vec<_>>()
        };
        assert_eq!(eras("dated to between 3600 and 3200 BC.", Lang::En), ["era:BC"]);
        assert_eq!(eras("destroyed in 79 AD.", Lang::En), ["era:AD"]);
        assert_eq!(eras("mellan 3600 och 3200 f.Kr. Inskriptionen", Lang::Sv), ["era:BC"]);
        assert_eq!(eras("år 79 e.Kr.", Lang::Sv), ["era:AD"]);
        assert_eq!(eras("år 500 f.v.t.", Lang::Sv), ["era:BC"]);
        // Not a mark or an abbreviation beside no year.
        assert!(eras("the CE marking of the product", Lang::En).is_empty());
        assert!(eras("Regulation (EU) 2024/1351 CE", Lang::En).is_empty());
        assert!(eras("the AD group of 12,5 units", Lang::En).is_empty());
        assert!(eras("| Cybersecurity | AD 7 | 48 |", Lang::En).is_empty());
    }

    #[test]
    fn days_counted_by_number() {
        for (year, month, day) in [(2026, 4, 14), (2024, 2, 29), (2000, 1, 1), (2025, 12, 31), (1999, 3, 1)] {
            assert_eq!(super::date_of_number(super::day_number(year, month, day)), Some((year, month, day)));
        }
        assert_eq!(super::date_of_number(super::day_number(2026, 4, 14) - 14), Some((2026, 3, 31)));
        assert_eq!(super::date_of_number(super::day_number(2024, 3, 1) - 1), Some((2024, 2, 29)));
        assert_eq!(super::date_of_number(super::day_number(2025, 12, 31) + 1), Some((2026, 1, 1)));
    }

    #[test]
    fn the_dateline_gives_the_year_of_writing() {
        let year = |texts: &[&str], lang: Lang| {
            let values: Vec<Vec<Value>> =
                texts.iter().map(|text| super::super::extract(text, lang)).collect();
            let blocks: Vec<(&str, &[Value])> =
                texts.iter().zip(&values).map(|(text, found)| (*text, found.as_slice())).collect();
            super::dateline_year(&blocks, lang)
        };
        assert_eq!(year(&["Brussels, 9 March 2026", "(OR. en)"], Lang::En), Some(2026));
        assert_eq!(year(&["Bryssel den 9 mars 2026", "(OR. en)"], Lang::Sv), Some(2026));
        assert_eq!(year(&["Warsaw, 12 June 2025 – The EIB has signed three loans."], Lang::En), Some(2025));
        assert_eq!(year(&["Brussels, 9 March 2026", "Brussels, 5.3.2026"], Lang::En), Some(2026));
        // Two years of writing, or a date after other words: none.
        assert_eq!(year(&["Brussels, 12 January 2026", "Brussels, 18.12.2025"], Lang::En), None);
        assert_eq!(year(&["The report of 9 March 2026 was adopted."], Lang::En), None);
        assert_eq!(year(&["In Brussels, on 9 March 2026, the Council met."], Lang::En), None);
        let mut values = vec![vec![
            Value::new(ValueKind::Date, 0..4, "year-rel:this:-1:12", ""),
            Value::new(ValueKind::Date, 5..9, "year-rel:this:0", ""),
        ]];
        super::resolve_this_time(Some(2025), &mut values);
        let keys: Vec<&str> = values[0].iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["month:2024-12", "year:2025"]);
        super::resolve_this_time(None, &mut values);
        let mut unknown = vec![vec![Value::new(ValueKind::Date, 0..4, "year-rel:this:-1", "")]];
        super::resolve_this_time(None, &mut unknown);
        assert_eq!(unknown[0][0].key, "year-rel:this:-1");
        // The day of writing, where every dateline names one.
        let day = |texts: &[&str], lang: Lang| {
            let values: Vec<Vec<Value>> =
                texts.iter().map(|text| super::super::extract(text, lang)).collect();
            let blocks: Vec<(&str, &[Value])> =
                texts.iter().zip(&values).map(|(text, found)| (*text, found.as_slice())).collect();
            super::dateline_day(&blocks, lang)
        };
        assert_eq!(day(&["Luxembourg, 12 March 2026", "PRESS RELEASE"], Lang::En), Some((2026, 3, 12)));
        assert_eq!(day(&["Bryssel den 14 april 2026"], Lang::Sv), Some((2026, 4, 14)));
        assert_eq!(day(&["Brussels, 9 March 2026", "Brussels, 10 March 2026"], Lang::En), None);
        let mut days = vec![vec![
            Value::new(ValueKind::Date, 0..5, "date-rel:day:0", ""),
            Value::new(ValueKind::Date, 6..15, "date-rel:day:-1", ""),
        ]];
        super::resolve_days(Some((2026, 3, 1)), &mut days);
        let keys: Vec<&str> = days[0].iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["date:2026-03-01", "date:2026-02-28"]);
    }

    #[test]
    fn identifiers_are_not_years() {
        assert!(keys("5848/26", Lang::En).iter().all(|key| !key.starts_with("year")));
        // A number and a year with no act word are an optional code (see `legal.rs`), no date.
        assert_eq!(keys("x 2024/1351 y", Lang::En), ["id:2024/1351"]);
    }

    proptest::proptest! {
        #[test]
        fn bodies_written_by_hand_as_by_format(year: u32, month: u32, day: u32, given: bool) {
            let optional = given.then_some(year);
            for when in [
                When::Full { year, month, day },
                When::DayMonth { month, day },
                When::Month { year, month },
                When::Year(year),
                When::Quarter { year: optional, quarter: day },
                When::Half { year: optional, half: month },
                When::Decade(year),
            ] {
                proptest::prop_assert_eq!(when.body(), when.body_by_format());
                proptest::prop_assert_eq!(when.key_and_display(), (when.key(), when.display()));
                // A range written in place is the one formatted from its bounds.
                let range = when.range_to(when, 0..1);
                proptest::prop_assert_eq!(range.key, format!("range:{}..{}", when.body(), when.body()));
                proptest::prop_assert_eq!(range.display, format!("{}–{}", when.display(), when.display()));
            }
        }
    }

    proptest::proptest! {
        /// A pattern searches only texts its gate lets through: no gate shuts out a match.
        #[test]
        fn gates_never_shut_out_a_match(text in "([0-9]{1,4}|[ /QqHh]|\u{00A0}|[a-zA-Z]){0,12}") {
            let patterns = patterns(Lang::En);
            proptest::prop_assert!(quarter_code_gate(&text) || !patterns.quarter_code.is_match(&text));
            proptest::prop_assert!(half_code_gate(&text) || !patterns.half_code.is_match(&text));
            proptest::prop_assert!(year_quarter_gate(&text) || !patterns.year_quarter.is_match(&text));
        }
    }
}
