//! Legal references: acts, articles, paragraphs, Commission documents, Official
//! Journal references, CELEX numbers, Council documents.
//!
//! Act numbers follow IISG 1.2.2: `Regulation (EU) 2024/1351` since 2015, `Regulation (EU)
//! No 604/2013` and `Directive 2010/24/EU` before. Keys keep the numbers as written and
//! map the domain to its English abbreviation (`EG` → `EC`), so both language versions
//! give `act:reg:EU:2024/1351`. The act type comes from the nearest act word before the
//! number in the same clause (`Regulations (EU) 2021/1147 and (EU) 2021/1060` are two
//! regulations); without one the key has no type (`act:EU:2021/1060`).

use std::ops::Range;
use std::sync::LazyLock;

use super::pattern::{Captures, Regex};

use super::month_dates::space_len;
use super::number::floor_char_boundary;
use super::swar::find_digit;
use super::tables::{ActType, LangTable, alternation, table};
use super::{
    Gate, Lower, Pairs, Value, ValueKind, char_at, char_before, digit_slash_digit, gate_words,
    push_lowercase, skip_space_like, with_lowercase, word_at,
};
use crate::text::Lang;

struct Patterns {
    /// The act numbers [`act_numbers`] finds by hand, for the tests that compare them.
    #[cfg(test)]
    act_number: Regex,
    act_word: Regex,
    /// The words that stand before a space in an act word (`framework` of `framework
    /// decision`), lower case: a white space after one of them may be inside a match.
    act_space_words: Vec<String>,
    article: Regex,
    article_item: Regex,
    /// Points named before their article, ending a text: `points (a) and (c) of `.
    points_before: Regex,
    /// Points named after their article, starting a text: `, point (b)`.
    points_after: Regex,
    /// One more point of a list, starting a text: ` and (c)`, ` och c`.
    point_more: Regex,
    /// One point of a list of them: `(b)`, or `b` in a language of bare points.
    point_item: Regex,
    /// Paragraphs (or numbered points), one or a list: `paragraph 2`, `points 1 to 4`,
    /// `punkterna 1, 3 och 5`; what [`paragraph_at`] reads by hand, for the tests.
    #[cfg(test)]
    paragraph: Regex,
    document: Regex,
    document_slash: Regex,
    journal: Regex,
    /// The Court's citations of the Official Journal by year alone: `OJ 2013 L 180, p. 60`,
    /// `EUT L 180, 2013, s. 60`.
    journal_year: Regex,
    celex: Regex,
    /// The Council documents [`council_numbers`] finds by hand, for the tests.
    #[cfg(test)]
    council: Regex,
    euco: Regex,
    /// Words one of which every match of `article`, `paragraph` or `journal` holds.
    article_words: Gate,
    paragraph_words: Gate,
    /// The words of a national statute's sections (`Section 14a`), which a language may share
    /// with a document's sections: [`LangTable::statute_section_words`].
    statute_section_words: Gate,
    journal_words: Gate,
    /// The number abbreviations (`no`, `no.`), longest first, as the pattern orders them.
    no_words: Vec<&'static str>,
    /// The words every match of `article`, `paragraph` and `journal` starts with.
    article_starts: Starts,
    paragraph_starts: Starts,
    statute_section_starts: Starts,
    journal_starts: Starts,
}

/// Searchers for the lower-case words every match of a pattern starts with (ASCII case
/// ignored): of the pattern's gate words, those that no shorter one begins.
struct Starts(Vec<memchr::memmem::Finder<'static>>);

impl Starts {
    fn new(words: &[&str]) -> Starts {
        let lower: Vec<String> = words.iter().map(|word| word.to_ascii_lowercase()).collect();
        Starts(
            lower
                .iter()
                .filter(|word| {
                    !lower.iter().any(|other| other.len() < word.len() && word.starts_with(other.as_str()))
                })
                .map(|word| memchr::memmem::Finder::new(word.as_bytes()).into_owned())
                .collect(),
        )
    }

    /// Where the words stand in `lower` (the text with ASCII capitals lower-cased), in order.
    fn positions(&self, lower: &Lower) -> Vec<usize> {
        let (pairs, lower) = (lower.pairs(), lower.as_str());
        let mut found: Vec<usize> =
            self.0.iter().flat_map(|finder| pairs.find_all(finder, lower.as_bytes())).collect();
        if self.0.len() > 1 {
            found.sort_unstable();
            found.dedup();
        }
        found
    }
}

/// What `pattern.captures_iter(text)` gives, for a pattern whose matches each start with one
/// of the words at `starts` (in order): a search anchored at each start that no match holds.
fn captures_at_starts<'h>(pattern: &Regex, text: &'h str, starts: &[usize]) -> Vec<Captures<'h>> {
    let mut found = Vec::new();
    let mut from = 0;
    for &at in starts {
        if at < from {
            continue;
        }
        if let Some(captures) = pattern.captures_in(text, at..text.len(), true)
            && let Some(all) = captures.get(0)
        {
            from = all.end().max(at + 1);
            found.push(captures);
        }
    }
    found
}

/// The groups of a match of a pattern, by the pattern's group numbers (0 is the whole match).
type Groups<const N: usize> = [Option<Range<usize>>; N];

/// Whether `byte` is a word byte of the ASCII word boundary `(?-u:\b)`.
fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether a word byte stands at `at` of `bytes`.
fn word_byte_at(bytes: &[u8], at: usize) -> bool {
    bytes.get(at).is_some_and(|&byte| is_word(byte))
}

/// The byte after the spaces (`{sp}*`) from `at`.
fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while let Some(len) = space_len(bytes, at) {
        at += len;
    }
    at
}

/// The length of the run of ASCII digits at `at`.
fn digit_run(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// Whether the digits at `at` of `bytes` go on after a comma with a digit and no space
/// (`1,1`, `0,25`): a figure with a decimal comma, not a list.
fn decimal_comma_at(bytes: &[u8], at: usize) -> bool {
    let digits = digit_run(bytes, at);
    digits > 0
        && bytes.get(at + digits) == Some(&b',')
        && bytes.get(at + digits + 1).is_some_and(u8::is_ascii_digit)
}

/// The slashes of `bytes` between two ASCII digits, from `from` on, in order.
fn digit_slashes(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'/', bytes).filter(|&slash| {
        slash.checked_sub(1).and_then(|at| bytes.get(at)).is_some_and(u8::is_ascii_digit)
            && bytes.get(slash + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// The end of the word of `words` (ASCII case ignored, longest first) that starts at `at`,
/// if one does and `next` holds after it.
fn word_end(bytes: &[u8], at: usize, words: &[&str], next: impl Fn(usize) -> bool) -> Option<usize> {
    words
        .iter()
        .filter(|word| {
            bytes.get(at..at + word.len()).is_some_and(|found| found.eq_ignore_ascii_case(word.as_bytes()))
        })
        .map(|word| at + word.len())
        .find(|&end| next(end))
}

/// The domain named by the run of ASCII letters at `at`: its end, if the run is a domain.
fn domain_end(bytes: &[u8], at: usize, lang_table: &LangTable) -> Option<usize> {
    let run = bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_alphabetic()).count());
    let found = bytes.get(at..at + run)?;
    lang_table.domains.iter().any(|(name, _)| found.eq_ignore_ascii_case(name.as_bytes())).then_some(at + run)
}

/// The matches of the `act_number` pattern, found by hand from each slash between digits
/// (every match holds one as its first slash): the groups the pattern reports, as
/// `captures_iter` gives them.
fn act_numbers(text: &str, lang_table: &LangTable, no_words: &[&str]) -> Vec<Groups<12>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    for slash in digit_slashes(bytes) {
        if slash < from {
            continue;
        }
        let left_len =
            bytes.get(..slash).map_or(0, |head| head.iter().rev().take_while(|b| b.is_ascii_digit()).count());
        let right_len = digit_run(bytes, slash + 1);
        let left_start = slash - left_len;
        if left_len > 4 || right_len > 4 || left_start < from {
            continue;
        }
        let right_end = slash + 1 + right_len;
        let right_bounded = !word_byte_at(bytes, right_end);
        let left = Some(left_start..slash);
        let right = Some(slash + 1..right_end);
        // `(EU, Euratom) No 604/2013`, from the last bracket before the number.
        if right_bounded
            && let Some(open) =
                memchr::memrchr(b'(', bytes.get(from..left_start).unwrap_or_default()).map(|at| from + at)
            && let Some(groups) = bracketed_act(bytes, open, left_start, lang_table, no_words)
        {
            let [first, second, no] = groups;
            from = right_end;
            found.push([
                Some(open..right_end),
                first,
                second,
                no,
                left,
                right,
                None,
                None,
                None,
                None,
                None,
                None,
            ]);
            continue;
        }
        // `No 5/2020`: a number word, spaces and the number.
        let spaces_start = spaces_before(bytes, left_start);
        if right_bounded && right_len >= 2 {
            let no = no_words.iter().filter_map(|word| {
                let start = spaces_start.checked_sub(word.len())?;
                let at_word = bytes.get(start..spaces_start)?.eq_ignore_ascii_case(word.as_bytes());
                // The longest word that ends here and starts a word is the one the pattern takes.
                (at_word
                    && start >= from
                    && !start.checked_sub(1).is_some_and(|before| word_byte_at(bytes, before)))
                .then_some(start)
            });
            if let Some(start) = no.min() {
                let no_end = word_end(bytes, start, no_words, |end| skip_spaces(bytes, end) == left_start);
                if let Some(no_end) = no_end {
                    from = right_end;
                    found.push([
                        Some(start..right_end),
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        Some(start..no_end),
                        left,
                        right,
                    ]);
                    continue;
                }
            }
        }
        // `2009/52/EC`: the number, a slash or a space and the domain.
        let sep = match bytes.get(right_end) {
            Some(b'/') => Some(1),
            _ => space_len(bytes, right_end),
        };
        if (2..=4).contains(&left_len)
            && !left_start.checked_sub(1).is_some_and(|before| word_byte_at(bytes, before))
            && let Some(sep) = sep
            && let Some(end) = domain_end(bytes, right_end + sep, lang_table)
            && !word_byte_at(bytes, end)
        {
            from = end;
            found.push([
                Some(left_start..end),
                None,
                None,
                None,
                None,
                None,
                left,
                right,
                Some(right_end + sep..end),
                None,
                None,
                None,
            ]);
            continue;
        }
        from = slash + 1;
    }
    found
}

/// The start of the spaces (`{sp}*`) that end at `end`.
fn spaces_before(bytes: &[u8], mut end: usize) -> usize {
    loop {
        let back = match bytes.get(..end) {
            Some([.., b' ']) => 1,
            Some([.., 0xC2, 0xA0]) => 2,
            Some([.., 0xE2, 0x80, 0xAF | 0x89]) => 3,
            _ => return end,
        };
        end -= back;
    }
}

/// `\(({domains})(?:{sp}*,{sp}*({domains}))?\){sp}*(?:({no}){sp}*)?` from the bracket at
/// `open` to the number at `number`: the groups of the domains and the number word.
fn bracketed_act(
    bytes: &[u8],
    open: usize,
    number: usize,
    lang_table: &LangTable,
    no_words: &[&str],
) -> Option<[Option<Range<usize>>; 3]> {
    let first_start = open + 1;
    let first_end = domain_end(bytes, first_start, lang_table)?;
    let (second, close) = if bytes.get(first_end) == Some(&b')') {
        (None, first_end)
    } else {
        let comma = skip_spaces(bytes, first_end);
        (bytes.get(comma) == Some(&b',')).then_some(())?;
        let second_start = skip_spaces(bytes, comma + 1);
        let second_end = domain_end(bytes, second_start, lang_table)?;
        (Some(second_start..second_end), second_end)
    };
    (bytes.get(close) == Some(&b')')).then_some(())?;
    let after = skip_spaces(bytes, close + 1);
    if after == number {
        return Some([Some(first_start..first_end), second, None]);
    }
    let no_end = word_end(bytes, after, no_words, |end| skip_spaces(bytes, end) == number)?;
    Some([Some(first_start..first_end), second, Some(after..no_end)])
}

/// The matches of the `council` pattern, `(?-u:\b)(?:ST{sp}+)?([0-9]{4,5})/([0-9]{2})(?-u:\b)`,
/// found by hand from each slash between digits: the groups, as `captures_iter` gives them.
fn council_numbers(text: &str) -> Vec<Groups<3>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    for slash in digit_slashes(bytes) {
        if slash < from {
            continue;
        }
        let left_len =
            bytes.get(..slash).map_or(0, |head| head.iter().rev().take_while(|b| b.is_ascii_digit()).count());
        let left_start = slash - left_len;
        let end = slash + 3;
        if !(4..=5).contains(&left_len)
            || left_start < from
            || digit_run(bytes, slash + 1) < 2
            || word_byte_at(bytes, end)
            || left_start.checked_sub(1).is_some_and(|before| word_byte_at(bytes, before))
        {
            continue;
        }
        let spaces_start = spaces_before(bytes, left_start);
        let start = match spaces_start.checked_sub(2) {
            Some(st)
                if spaces_start < left_start
                    && st >= from
                    && bytes.get(st..spaces_start) == Some(b"ST")
                    && !st.checked_sub(1).is_some_and(|before| word_byte_at(bytes, before)) =>
            {
                st
            }
            _ => left_start,
        };
        from = end;
        found.push([Some(start..end), Some(left_start..slash), Some(slash + 1..end)]);
    }
    found
}

/// How far back an act word may stand from the number it types.
const ACT_WORD_LOOKBACK: usize = 400;

fn build(lang_table: &LangTable) -> Patterns {
    let sp = r"[ \u{00A0}\u{202F}\u{2009}]";
    #[cfg(test)]
    let domains = alternation(lang_table.domains.iter().map(|(word, _)| *word));
    #[cfg(test)]
    let no = alternation(lang_table.number_abbreviations.iter().copied());
    let act_words = alternation(lang_table.act_words.iter().map(|(word, _)| *word));
    let act_endings = alternation(lang_table.act_word_endings.iter().map(|(word, _)| *word));
    let articles = alternation(lang_table.article_words.iter().copied());
    #[cfg(test)]
    let paragraphs = alternation(lang_table.paragraph_words.iter().copied());
    let points = alternation(lang_table.point_words.iter().copied());
    let joiners = alternation(lang_table.list_joiners.iter().copied());
    let range_words = alternation(lang_table.range_bare_joiners.iter().copied());
    let journals = alternation(lang_table.journal_names.iter().copied());
    let pages = alternation(lang_table.page_words.iter().copied());
    let prefixes = alternation(
        ["com", "c", "swd", "sec", "join"]
            .into_iter()
            .chain(lang_table.document_prefixes.iter().map(|(word, _)| *word)),
    );
    let act_word_pattern = if lang_table.act_word_endings.is_empty() {
        format!(r"(?i)(?-u:\b)({act_words})(?-u:\b)")
    } else {
        format!(r"(?i)(?-u:\b)({act_words}|\w+?{act_endings})(?-u:\b)")
    };
    // An article number: `25a`, `325bk`, `8(2)(a)` or, in Swedish style, `8.2 a` / `10.1 led x`.
    // Only a language that writes points after a space (`10.1 x`) reads a lone letter; a roman
    // point after it (`11.1 b ii`) is read by hand ([`roman_after`]).
    let spaced_point = if lang_table.point_words.is_empty() {
        String::new()
    } else {
        // Or a numbered point after its word: `artikel 2 led 3` = `Article 2, point (3)`, with
        // its lettered point, if any: `artikel 4.1 led 2 a` = `Article 4(1), point (2)(a)`.
        // A point inserted after another has a second letter (`ba`, `ab`).
        // A roman point may follow the paragraph directly (`artikel 153.1 iii`).
        format!(
            r"(?:{sp}+(?:(?:{points}{sp}+)?(?:[a-z][a-d]?|ii|iii|iv|vii|viii|ix)|(?:{points}){sp}+[0-9]{{1,2}}(?:{sp}+[a-z][a-d]?)?)(?-u:\b))?"
        )
    };
    // The European Convention's paragraph sign (`Article 6 § 1`) is a paragraph (`artikel 6.1`).
    // An agreement that numbers its articles by chapter (`Article 3.2`) gives the paragraph and
    // point in brackets after the dotted number (`Article 3.2(1)(c)`), which Swedish writes
    // `artikel 3.2.1 c`: both are keyed `3(2)(1)(c)`, as an article numbered `3.2.1` would be.
    let article_number = format!(
        r"[0-9]{{1,3}}[a-z]{{0,2}}(?:{sp}*§{sp}*[0-9]{{1,2}}(?-u:\b))?(?:\.[0-9]+[a-z]?)*(?:\([0-9]+[a-z]?\))*(?:\([a-z]{{1,4}}\))*(?:\.[0-9]+[a-z]?)*{spaced_point}"
    );
    let point_names = alternation(lang_table.point_names.iter().copied());
    let point_of = alternation(lang_table.point_of.iter().copied());
    // Besides a comma, a word may join points to the article before them (`artikel 2 ska led c`).
    // A language that writes bare points names them right after the article too (`artikel 2.1
    // leden a och b`).
    let after_word = if lang_table.points_after_words.is_empty() {
        String::new()
    } else {
        format!(r"|{sp}+(?:{})(?-u:\b)", alternation(lang_table.points_after_words.iter().copied()))
    };
    let after_word = if lang_table.bare_points { format!("{after_word}|") } else { after_word };
    let point =
        // A bare point is a letter, two for one inserted after another (`ba`), or a roman
        // sub-point (`a i och ii`; not `vi`, Swedish `we`).
        if lang_table.bare_points {
            r"(?:[a-z][a-d]?|ii|iii|iv|vii|viii|ix|[0-9]{1,2})(?-u:\b)".to_string()
        } else {
            // With its sub-point, if any: `point (a)(ii) of Article 3`; a numbered point with
            // its lettered one, as the Official Journal writes them, `point (2)(e) of Article 1`
            // (`artikel 1.2 e`).
            // A numbered point may stand without brackets (`Article 11, point 1`).
            r"(?:\([0-9]{1,3}[a-z]?\)\([a-z]{1,4}\)|\([a-z0-9]{1,4}\)|[0-9]{1,3}(?-u:\b))(?:\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))?"
                .to_string()
        };
    // Between two points of a list: a comma, a list word (`and`, `och`), or a range (`to`,
    // `till`, a dash) that [`join_point_ranges`] reads as one.
    let point_gap = format!(
        r"(?:{sp}*,{sp}*|{sp}+(?:{joiners}|{range_words}){sp}+|{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*)"
    );
    // A paragraph list: numbers joined by commas, ending on a list or range word (`1, 2 and
    // 3`, `1 to 4`, `1–4`); a comma alone does not join (`paragraph 3, 10 Member States`).
    #[cfg(test)]
    let paragraph_list = {
        let paragraph_number =
            r"(?:[0-9]{1,3}(?:\.[0-9]{1,2})*[a-z]?|[IVX]+(?:\.[0-9]{1,2})+(?:\.[a-z])?)(?-u:\b)";
        let paragraph_join =
            format!(r"(?:{sp}+(?:{joiners}|{range_words}){sp}+|{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*)");
        format!(
            r"{paragraph_number}(?:(?:{sp}*,{sp}*{paragraph_number})*{paragraph_join}{paragraph_number})*"
        )
    };
    let compile = |pattern: String| Regex::new(&pattern).expect("legal pattern is valid");
    Patterns {
        #[cfg(test)]
        act_number: compile(format!(
            r"(?i)\(({domains})(?:{sp}*,{sp}*({domains}))?\){sp}*(?:({no}){sp}*)?([0-9]{{1,4}})/([0-9]{{1,4}})(?-u:\b)|(?-u:\b)([0-9]{{2,4}})/([0-9]{{1,4}})(?:/|{sp})({domains})(?-u:\b)|(?-u:\b)({no}){sp}*([0-9]{{1,4}})/([0-9]{{2,4}})(?-u:\b)"
        )),
        act_word: compile(act_word_pattern),
        act_space_words: lang_table
            .act_words
            .iter()
            .chain(lang_table.act_word_endings)
            .flat_map(|(word, _)| {
                let mut parts: Vec<&str> = word.split(' ').collect();
                parts.pop();
                parts
            })
            .map(str::to_lowercase)
            .collect(),
        article: compile(format!(
            r"(?i)(?-u:\b)({articles}){sp}+({article_number}(?:(?:{sp}*,{sp}*|{sp}+(?:{joiners}|{range_words}){sp}+|{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*){article_number})*)"
        )),
        article_item: compile(format!(r"(?i){article_number}")),
        points_before: compile(format!(
            r"(?i)(?-u:\b)(?:{point_names}){sp}+({point}(?:{point_gap}{point})*){sp}+(?:{point_of}){sp}+$"
        )),
        points_after: compile(format!(
            r"(?i)^(?:{sp}*,{after_word}){sp}*(?:{point_names}){sp}+({point}(?:{point_gap}{point})*)"
        )),
        // A dash between two roman points reads `vi` too, which no list word or comma does
        // (`b i–vi`, not `a och vi`, "and we"): the second group.
        point_more: compile(if lang_table.bare_points {
            format!(r"(?i)^(?:(?:{point_gap})({point})|{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*(vi)(?-u:\b))")
        } else {
            format!(r"(?i)^(?:{point_gap})({point})")
        }),
        // A bare point starts a word (`a och b`, not the `h` of `och`).
        point_item: compile(if lang_table.bare_points {
            format!(r"(?i)(?-u:\b){point}")
        } else {
            format!(r"(?i){point}")
        }),
        #[cfg(test)]
        paragraph: compile(format!(r"(?-u:\b)(?i:{paragraphs}){sp}+({paragraph_list})")),
        document: compile(format!(
            r"(?i)(?-u:\b)({prefixes}){sp}*\({sp}*([0-9]{{2}}|[0-9]{{4}}){sp}*\){sp}*([0-9]{{1,5}})(?-u:\b)"
        )),
        document_slash: compile(format!(r"(?i)(?-u:\b)({prefixes})/([0-9]{{4}})/([0-9]{{1,5}})(?-u:\b)")),
        journal: compile(format!(
            r"(?i)(?-u:\b)(?:{journals}){sp}+([A-Z]{{1,2}})(?:{sp}+([0-9]{{1,5}})(?:{sp}?([A-Z]))?(?-u:\b))?(?:{sp}*,{sp}*|{sp}+)(?:([0-9]{{4}}/[0-9]{{1,5}}){sp}*,{sp}*)?([0-9]{{1,2}})\.([0-9]{{1,2}})\.([0-9]{{4}})(?:{sp}*,{sp}*(?:{pages}){sp}*([0-9]+)(?:{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*([0-9]+))?)?"
        )),
        journal_year: compile(format!(
            r"(?i)(?-u:\b)(?:{journals}){sp}+(?:([0-9]{{4}}){sp}+([A-Z]{{1,2}}){sp}+([0-9]{{1,5}})|([A-Z]{{1,2}}){sp}+([0-9]{{1,5}}){sp}*,{sp}*([0-9]{{4}})){sp}*,{sp}*(?:{pages}){sp}*([0-9]+)(?:{sp}*[-\u{{2010}}\u{{2011}}\u{{2013}}]{sp}*([0-9]+))?(?-u:\b)"
        )),
        celex: compile(
            r"(?-u:\b)(?:CELEX(?::|%3A){0,1}\s*)?([1-9CE][0-9]{4}[A-Z]{1,3}[0-9]{4}(?:\([0-9]{1,2}\))?)(?-u:\b)".to_string(),
        ),
        #[cfg(test)]
        council: compile(format!(r"(?-u:\b)(?:ST{sp}+)?([0-9]{{4,5}})/([0-9]{{2}})(?-u:\b)")),
        euco: compile(format!(r"(?-u:\b)EUCO{sp}+([0-9]{{1,4}})/([0-9]{{2}})(?-u:\b)")),
        article_words: Gate::new(&gate_words(lang_table.article_words.iter().copied())),
        paragraph_words: Gate::new(&gate_words(paragraph_and_item_words(lang_table))),
        statute_section_words: Gate::new(&gate_words(lang_table.statute_section_words.iter().copied())),
        journal_words: Gate::new(&gate_words(lang_table.journal_names.iter().copied())),
        no_words: super::tables::longest_first(lang_table.number_abbreviations.iter().copied()),
        article_starts: Starts::new(&gate_words(lang_table.article_words.iter().copied())),
        paragraph_starts: Starts::new(&gate_words(paragraph_and_item_words(lang_table))),
        statute_section_starts: Starts::new(&gate_words(lang_table.statute_section_words.iter().copied())),
        journal_starts: Starts::new(&gate_words(lang_table.journal_names.iter().copied())),
    }
}

#[cfg(test)]
impl Patterns {
    /// Every pattern, for the test that compiles them all.
    fn all(&self) -> [&Regex; 15] {
        [
            &self.act_number,
            &self.act_word,
            &self.article,
            &self.article_item,
            &self.points_before,
            &self.points_after,
            &self.point_more,
            &self.point_item,
            &self.celex,
            &self.council,
            &self.document,
            &self.document_slash,
            &self.euco,
            &self.journal,
            &self.paragraph,
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

fn domain(lang_table: &LangTable, word: &str) -> Option<&'static str> {
    with_lowercase(word, |word| {
        lang_table.domains.iter().find(|(name, _)| *name == word).map(|(_, code)| *code)
    })
}

fn act_type(lang_table: &LangTable, word: &str) -> Option<ActType> {
    with_lowercase(word, |word| {
        if let Some((_, kind)) = lang_table.act_words.iter().find(|(name, _)| *name == word) {
            return Some(*kind);
        }
        lang_table
            .act_word_endings
            .iter()
            .filter(|(ending, _)| word.ends_with(ending))
            .max_by_key(|(ending, _)| ending.len())
            .map(|(_, kind)| *kind)
    })
}

/// Finds the legal references of `text`.
pub(crate) fn find(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    let patterns = patterns(lang);
    let lang_table = table(lang);
    // Every act number holds a slash; articles, paragraphs and journals need their word.
    let slash_number = digit_slash_digit(text);
    let numbered = if slash_number { acts(text, patterns, lang_table, out) } else { Vec::new() };
    if slash_number {
        kept_english_acts(text, lower.pairs(), lang, out);
    }
    let first_article = out.len();
    if lower.mentions(&patterns.article_words) {
        articles(text, lower, patterns, lang_table, out);
    }
    let articles_end = out.len();
    same_articles(text, lower, lang, first_article, out);
    let mut paragraphs = if lower.mentions(&patterns.paragraph_words) {
        paragraphs_at_starts(text, &patterns.paragraph_starts.positions(lower), lang_table)
    } else {
        Vec::new()
    };
    // A national statute's sections named by a word a document's sections share (`Section
    // 14a`) are its paragraphs, read as they are.
    if lower.mentions(&patterns.statute_section_words) {
        for at in patterns.statute_section_starts.positions(lower) {
            let Some((numbers, subsection)) = statute_section_at(text, at, lang_table) else { continue };
            // The subsection after a dot (`2` of `avsnitt 28.2`) is the number English
            // writes in brackets after the section (`Section 28(2)`).
            if let Some(span) = subsection
                && let Some(written) = text.get(span.clone())
            {
                out.push(Value::new(ValueKind::Number, span, format!("num:{written}"), written));
            }
            paragraphs.push((at, numbers));
        }
        paragraphs.sort_by_key(|(start, _)| *start);
    }
    for (start, numbers) in paragraphs {
        let Some(last) = numbers.last() else {
            continue;
        };
        // `paragraph 2 of Article 5` is part of the article's reference, and `point 50 000`
        // a number.
        let in_article =
            out.get(first_article..articles_end).unwrap_or(&[]).iter().any(|v| v.span.contains(&start));
        // Nor `punkt 21.A.3B`, a point of the aviation rules (a code).
        let coded = super::code::lettered_part_at(text.as_bytes(), last.end);
        if in_article || coded || digit_group_follows(text, last.end) {
            continue;
        }
        // An item a compound names (`tillgångspost 7.2`) is keyed `item:`, which the check
        // takes for the item English names (`asset item 7.2`, `para:7.2`) or for its number
        // alone (`Items with a zero balance (2.3, 2.4 and 8.2 of the liabilities)`, `entry 76`).
        let compound = compound_start(text, start, lang_table);
        let mut items = paragraph_items(text, compound.unwrap_or(start), &numbers, lang_table);
        // `point 7 a (new)`: the label `7a`, as `led 7a (nytt)` writes it.
        if let Some((span, key)) = items.last_mut()
            && key.bytes().all(|b| b.is_ascii_digit())
            && let Some(end) = label_letter(text, span.end, lang_table)
        {
            key.push_str(text.get(end - 1..end).unwrap_or_default());
            span.end = end;
        }
        let items_end = items.last().map(|(span, _)| span.end);
        let (prefix, word, words) =
            if compound.is_some() { ("item", "item", "items") } else { ("para", "paragraph", "paragraphs") };
        for (span, key) in items {
            let display = match key.split_once("..") {
                Some((low, high)) => format!("{words} {low}–{high}"),
                None => format!("{word} {key}"),
            };
            // A number in brackets (`the following point (62) is added`) may be the label of a
            // quoted text the other version does not repeat: optional.
            let bracketed = text.as_bytes().get(span.end.saturating_sub(1)) == Some(&b')');
            let mut value = Value::new(ValueKind::Legal, span, format!("{prefix}:{key}"), display);
            value.optional = bracketed;
            out.push(value);
        }
        // The lettered points of the last paragraph: `point 5(a)`, `punkt 5 a–d`.
        if let Some(end) = items_end {
            super::points::after_number(text, end, lang, out);
        }
    }
    let pairs = lower.pairs();
    sections(text, pairs, lang_table, out);
    documents(text, patterns, lang_table, out);
    // Not behind `slash_number`: a text adopted (`P9_TA(2021)0242`) has no slash, and the
    // reader's own searches for `/` and `_TA` are its test.
    parliament_files(text, pairs, out);
    infringements(text, pairs, out);
    competition_cases(text, out);
    if slash_number {
        press_documents(text, out);
        institution_documents(text, out);
        parliament_documents(text, pairs, out);
        numbered_reports(text, lang, out);
        amending_budgets(text, lang_table, out);
    }
    court_cases(text, pairs, out);
    cell_articles(text, lang_table, out);
    if memchr::memchr(b'|', text.as_bytes()).is_some() {
        cell_provisions(text, lang_table, out);
    }
    roman_articles(text, lang_table, out);
    coded_parts(text, lang_table, out);
    swedish_statutes(text, out);
    if lower.mentions(&patterns.journal_words) {
        journals(text, lower, patterns, lang_table, out);
    }
    let celex = if digits_then_capital(text) { text } else { "" };
    for captures in patterns.celex.captures_iter(celex) {
        let (Some(all), Some(number)) = (captures.get(0), captures.get(1)) else {
            continue;
        };
        let number = number.as_str().to_uppercase();
        out.push(Value::new(
            ValueKind::Legal,
            all.start()..all.end(),
            format!("celex:{number}"),
            format!("CELEX {number}"),
        ));
    }
    // A Council document number holds a slash between digits, as every act number does.
    let councils = if slash_number { council_numbers(text) } else { Vec::new() };
    for [all, number, year] in councils {
        let (Some(all), Some(number), Some(year)) =
            (all, number.and_then(|span| text.get(span)), year.and_then(|span| text.get(span)))
        else {
            continue;
        };
        if char_before(text, all.start).is_some_and(|c| c == '/' || c == '.' || c == ',')
            || char_at(text, all.end).is_some_and(|c| c == '/')
        {
            continue;
        }
        // `2024/25` is a span of two years, not a document.
        if let (Ok(first), Ok(second)) = (number.parse::<u32>(), year.parse::<u32>())
            && (1900..=2100).contains(&first)
            && (first + 1) % 100 == second
        {
            continue;
        }
        let id = format!("{number}/{year}");
        council_document(text, all, &id, out);
    }
    if slash_number {
        council_numbers_with_long_years(text, out);
        council_revisions(text, out);
    }
    for captures in patterns.euco.captures_iter(if mentions_euco(text, pairs) { text } else { "" }) {
        let (Some(all), Some(number), Some(year)) = (captures.get(0), captures.get(1), captures.get(2))
        else {
            continue;
        };
        let id = format!("{}/{}", number.as_str(), year.as_str());
        out.push(Value::new(
            ValueKind::Legal,
            all.start()..all.end(),
            format!("euco:{id}"),
            format!("EUCO {id}"),
        ));
    }
    press_releases(text, lower, lang, out);
    issns(text, pairs, out);
    leis(text, pairs, out);
    isbns(text, pairs, out);
    revisions(text, pairs, out);
    // After every reader of a numbered reference, which outranks them on the same words.
    out.extend(numbered);
    // Last: codes that no reader before took (a slash after a capital or before one too).
    if memchr::memchr(b'/', text.as_bytes()).is_some() {
        referral_procedures(text, pairs, out);
        code_chains(text, out);
        hyphened_slash_chains(text, out);
        coded_identifiers(text, out);
    } else if memchr::memchr2(b'-', 0x91, text.as_bytes()).is_some() {
        code_chains(text, out);
    }
}

/// Acts named in English in a text of another language, as the English titles of the
/// publications it cites are kept untranslated (an EFSA Journal opinion in a Swedish footnote:
/// `… under Regulation (EC) No 1829/2003`, `Directive 2001/18/EC`): read by the English
/// reader, so that they key as the original does (`act:reg:EC:1829/2003`), where an English
/// act word of the language's table (`kept_english_act_words`), capital first, stands right
/// before the number. An act number after a word of the text's own language is left to its
/// reader.
fn kept_english_acts(text: &str, pairs: &Pairs, lang: Lang, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|table| table.kept_english_act_words));
    let finders = &FINDERS[super::lang_index(lang)];
    let bytes = text.as_bytes();
    if lang == Lang::En || !finders.iter().any(|finder| pairs.find(finder, bytes).is_some()) {
        return;
    }
    let english = table(Lang::En);
    let mut found = Vec::new();
    // The numbered references with no act word are the text's own reader's to read.
    let _ = acts(text, patterns(Lang::En), english, &mut found);
    let kept = &table(lang).kept_english_act_words;
    out.extend(found.into_iter().filter(|value| {
        let named = text.get(value.span.start..).unwrap_or_default();
        kept.iter().any(|word| named.starts_with(word))
    }));
}

/// The numbers of the European Medicines Agency's referral procedures, the article of the
/// procedure after `A-` and a running number (`EMEA/H/A-20/1541`, `EMEA/H/A-31/1526`,
/// `EMEA/H/A-107i/1520`, `EMEA/H/A-5(3)/1510`, `EMEA/V/A-35/1490`): written alike in every
/// language, keyed as written (`id:EMEA/H/A-20/1541`), so that a changed digit or article is a
/// changed reference.
fn referral_procedures(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in pairs.find_all(finder!(b"/A-"), bytes) {
        // Before the slash: the agency and the kind of medicine (`EMEA/H`, `EMA/V`).
        let start = match bytes.get(..at) {
            Some([.., b'E', b'M', b'E', b'A', b'/', b'H' | b'V']) => at - 6,
            Some([.., b'E', b'M', b'A', b'/', b'H' | b'V']) => at - 5,
            _ => continue,
        };
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-')) {
            continue;
        }
        // The article: digits, a letter or two (`107i`), a paragraph in brackets (`5(3)`).
        let article = at + 3;
        let mut end = article + digit_run(bytes, article);
        if end == article || end - article > 3 {
            continue;
        }
        end += bytes[end..].iter().take_while(|b| b.is_ascii_lowercase()).take(3).count();
        if bytes.get(end) == Some(&b'(') {
            let digits = digit_run(bytes, end + 1);
            if digits == 0 || bytes.get(end + 1 + digits) != Some(&b')') {
                continue;
            }
            end += digits + 2;
        }
        let number = digit_run(bytes, end + 1);
        if bytes.get(end) != Some(&b'/') || !(2..=6).contains(&number) {
            continue;
        }
        end += 1 + number;
        if char_at(text, end).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let Some(written) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("id:{written}"), written));
    }
}

/// Identifiers of three parts or more, capitals and digits joined by slashes or by hyphens,
/// written alike in every language: an Ombudsman inquiry `1234/2025/MIK`, a marketing
/// authorisation `EU/1/23/1745/001`, a call topic `HORIZON-CL5-2026-02-D3-07`, a question to
/// an agency `EFSA-Q-2023-00123`. Keyed as written, a non-breaking hyphen as a hyphen
/// (`id:HORIZON-CL5-2026-02-D3-07`): a changed part is a changed reference, and so are two
/// parts swapped. A slash chain may end in a range (`EU/1/23/1745/001-003`), whose upper bound
/// stays a number. Spans another reader took are left to it; a part in lower case or beyond
/// ASCII (`EU-27-länderna`, `covid-19`) makes the run prose.
fn code_chains(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken = out.len();
    let in_run = |c: char| c.is_alphanumeric() || matches!(c, '/' | '-' | '\u{2011}');
    let mut from = 0;
    while let Some(found) = bytes.get(from..).and_then(|rest| memchr::memchr3(b'/', b'-', 0xE2, rest)) {
        let hit = from + found;
        if bytes[hit] == 0xE2 && bytes.get(hit..hit + 3) != Some("\u{2011}".as_bytes()) {
            from = hit + 1;
            continue;
        }
        // Every separator of a chain stands between two capitals or digits: most hyphens and
        // slashes of prose do not (`well-known`, `and/or`), and their runs are not read.
        let width = if bytes[hit] == 0xE2 { 3 } else { 1 };
        let code = |at: Option<usize>| {
            at.and_then(|at| bytes.get(at)).is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        };
        // A measure's letter and number after it (`C17-r01`) count as such.
        let measure = bytes.get(hit + width).is_some_and(u8::is_ascii_lowercase)
            && bytes.get(hit + width + 1).is_some_and(u8::is_ascii_digit);
        if !code(hit.checked_sub(1)) || !(code(Some(hit + width)) || measure) {
            from = hit + 1;
            continue;
        }
        let mut start = hit;
        while let Some(c) = char_before(text, start).filter(|&c| in_run(c)) {
            start -= c.len_utf8();
        }
        let mut end = hit;
        while let Some(c) = char_at(text, end).filter(|&c| in_run(c)) {
            end += c.len_utf8();
        }
        from = end.max(hit + 1);
        let Some(run) = text.get(start..end) else { continue };
        let Some(chain) = chain_of(run) else { continue };
        let end = start + chain.len();
        // A chain in a longer word-like run (`3.EU/1/2`) or one a reader took is not one.
        if char_before(text, start).is_some_and(|c| c == '.' || c == '_')
            || char_at(text, end)
                .is_some_and(|c| c == '.' && char_at(text, end + 1).is_some_and(char::is_alphanumeric))
            || out[..taken].iter().any(|v| v.span.start < end && start < v.span.end)
        {
            continue;
        }
        let key = language_neutral(&chain.replace('\u{2011}', "-"));
        out.push(Value::new(
            ValueKind::Legal,
            start..end,
            format!("id:{key}"),
            chain.replace('\u{2011}', "-"),
        ));
    }
}

/// Identifiers of three parts or more joined by slashes, some of them hyphened parts of their
/// own, as the International Olive Council numbers its decisions and resolutions
/// (`DEC-III.2/122-VI/2025`: the decision's number, the session and its Roman number, the
/// year), which [`code_chains`] leaves, its separators mixed. Every part capitals and
/// digits, a full stop only between two of them (`III.2`), the first part a series' capitals
/// hyphened to its number (`DEC-`, `RES-`), a digit among them. Keyed as written (`id:DEC-III.2/122-VI/2025`): a changed
/// part is a changed reference. Spans another reader took are left to it; a run with a
/// lower-case letter is prose.
fn hyphened_slash_chains(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken = out.len();
    let sign = |at: usize| bytes.get(at).is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let mut from = 0;
    for slash in memchr::memchr_iter(b'/', bytes) {
        if slash < from || !sign(slash.wrapping_sub(1)) || !sign(slash + 1) {
            continue;
        }
        // The run around the slash: capitals and digits, and separators between two of them.
        let in_run = |at: usize| {
            sign(at)
                || matches!(bytes.get(at), Some(b'/' | b'-' | b'.')) && sign(at + 1) && at > 0 && sign(at - 1)
        };
        let mut start = slash;
        while start > 0 && in_run(start - 1) {
            start -= 1;
        }
        let mut end = slash;
        while in_run(end) {
            end += 1;
        }
        from = end;
        let glued = |c: char| c.is_alphanumeric() || matches!(c, '/' | '-' | '_' | '\u{2011}');
        let Some(run) = text.get(start..end) else { continue };
        let parts: Vec<&str> = run.split('/').collect();
        let well_formed = parts.len() >= 3
            && parts.iter().any(|part| part.contains('-'))
            && run.bytes().any(|b| b.is_ascii_digit())
            && run.starts_with(|c: char| c.is_ascii_uppercase())
            && parts[0].split_once('-').is_some_and(|(head, _)| head.bytes().all(|b| b.is_ascii_uppercase()));
        if !well_formed
            || char_before(text, start).is_some_and(|c| glued(c) || c == '.')
            || char_at(text, end).is_some_and(glued)
            || out[..taken].iter().any(|v| v.span.start < end && start < v.span.end)
        {
            continue;
        }
        out.push(Value::new(ValueKind::Legal, start..end, format!("id:{run}"), run));
    }
}

/// The identifier that `run` (capitals, digits and separators, no spaces) is or starts
/// with, as [`code_chains`] reads it: three parts or more of ASCII capitals and digits, all
/// joined by slashes or all by hyphens, with a digit and a capital among them. A slash chain
/// followed by a hyphen and digits alone ends before the hyphen.
fn chain_of(run: &str) -> Option<&str> {
    let is_hyphen = |c: char| c == '-' || c == '\u{2011}';
    let slashes = run.find('/');
    let hyphens = run.find(is_hyphen);
    let code =
        |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let digit = |part: &&str| part.bytes().any(|b| b.is_ascii_digit());
    // A body's name of mixed case or with a hyphen before a slash chain of capitals and digits
    // (`eu-LISA/2026/RP/04`, `Sanco/13144/2010`): the name is its first part, as written. A name
    // of three hyphened parts or more needs one part after the slash (`EIOPA-BoS-20/749`), and
    // so does one of two parts of capitals before a serial number that is no year, as a
    // committee and its term number their documents (`COTER-VIII/014`).
    let named_chain = |slash: usize| {
        let (name, rest) = run.split_at(slash);
        let parts: Vec<&str> = rest.get(1..)?.split('/').collect();
        let named = name.bytes().any(|b| b.is_ascii_uppercase())
            && name.bytes().any(|b| b.is_ascii_lowercase() || b == b'-')
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !name.starts_with('-');
        let name_parts = name.split('-').filter(|part| !part.is_empty()).count();
        let serial = |part: &str| {
            (1..=4).contains(&part.len())
                && part.bytes().all(|b| b.is_ascii_digit())
                && !(part.len() == 4 && (part.starts_with("19") || part.starts_with("20")))
        };
        let committee = name_parts == 2
            && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            && matches!(parts.as_slice(), [number] if serial(number));
        let fewest = if name_parts >= 3 || committee { 1 } else { 2 };
        (named && parts.len() >= fewest && parts.iter().all(code) && parts.iter().any(digit)).then_some(run)
    };
    let chain = match (slashes, hyphens) {
        (Some(slash), None)
            if run.get(..slash).is_some_and(|name| name.bytes().any(|b| b.is_ascii_lowercase())) =>
        {
            return named_chain(slash);
        }
        (Some(_), None) | (None, Some(_)) => run,
        (Some(slash), Some(hyphen)) if slash < hyphen => {
            let (chain, rest) = run.split_at(hyphen);
            let bound = rest.trim_start_matches(is_hyphen);
            (!bound.is_empty() && bound.bytes().all(|b| b.is_ascii_digit())).then_some(chain)?
        }
        (Some(slash), Some(_)) => return named_chain(slash),
        _ => return None,
    };
    let mut parts: Vec<&str> = chain.split(|c: char| c == '/' || is_hyphen(c)).collect();
    // A recovery plan's measure ends on a lower-case letter and its number (`RE-C02-i01`,
    // `C17-r01`: investment 1, reform 1), after parts of capitals and digits.
    let measure = parts.last().is_some_and(|last| {
        let bytes = last.as_bytes();
        bytes.len() >= 2
            && bytes.len() <= 4
            && bytes[0].is_ascii_lowercase()
            && bytes[1..].iter().all(u8::is_ascii_digit)
    }) && hyphens.is_some()
        && slashes.is_none();
    if measure {
        parts.pop();
    }
    let fewest = if measure { 1 } else { 3 };
    (parts.len() >= fewest
        && parts.iter().all(code)
        && parts.iter().any(digit)
        && parts.iter().any(|part| part.bytes().any(|b| b.is_ascii_uppercase())))
    .then_some(chain)
}

/// Reads the act numbers of `text` into `out`; returns the numbered references that are no
/// acts (see below), which other readers outrank.
fn acts(text: &str, patterns: &Patterns, lang_table: &LangTable, out: &mut Vec<Value>) -> Vec<Value> {
    let mut numbered = Vec::new();
    for groups in act_numbers(text, lang_table, &patterns.no_words) {
        let Some(all) = groups.first().cloned().flatten() else {
            continue;
        };
        let group = |index: usize| groups.get(index).cloned().flatten().and_then(|span| text.get(span));
        let Some((first_domain, second_domain, left, right)) = act_identity(group, lang_table) else {
            continue;
        };
        let bare_no = group(9).is_some();
        let (kind, word_start) = preceding_act_word(text, patterns, lang_table, all.start);
        // `No 5/2020` with no act word before it is not an act reference, nor one after a
        // comma or a bracket since the act word: a national gazette's issue after the name
        // of a national act (`Förordningen om domstolar, Narodne novine nr 5/20`), where
        // `Decision of the EEA Joint Committee No 211/2023` names the act's number.
        if bare_no
            && (kind.is_none()
                || word_start.is_none() && act_word_apart(text, patterns, all.start)
                || document_noun_before(text, all.start, lang_table))
        {
            // Still a numbered reference, written the same in both languages (`Official
            // Gazette No 155/23` = `Narodne novine nr 155/23`): a changed issue is a changed
            // reference.
            // The number alone: a longer reading of the same words (`Special Report No
            // 05/2023`) outranks it.
            let number = format!("{left}/{right}");
            if text.get(..all.end).is_some_and(|head| head.ends_with(&number)) {
                let span = all.end - number.len()..all.end;
                numbered.push(Value::new(
                    ValueKind::Legal,
                    span,
                    format!("numbered:{number}"),
                    format!("No {number}"),
                ));
            }
            continue;
        }
        let start = word_start.unwrap_or(all.start);
        // `act:reg:EU:2024/1351` and `reg (EU) 2024/1351`, written piece by piece.
        let code = kind.map(ActType::code);
        let length = 16 + code.map_or(0, str::len) + first_domain.len() + left.len() + right.len();
        let mut key = String::with_capacity(length + second_domain.map_or(0, str::len));
        let mut display = String::with_capacity(key.capacity());
        key.push_str("act:");
        if let Some(code) = code {
            key.push_str(code);
            key.push(':');
            display.push_str(code);
            display.push(' ');
        }
        display.push('(');
        for (index, domain) in [Some(first_domain), second_domain].into_iter().flatten().enumerate() {
            if index > 0 {
                key.push(',');
                display.push(',');
            }
            key.push_str(domain);
            display.push_str(domain);
        }
        display.push_str(") ");
        key.push(':');
        for text in [&mut key, &mut display] {
            text.push_str(left);
            text.push('/');
            text.push_str(right);
        }
        out.push(Value::new(ValueKind::Legal, start..all.end, key, display));
    }
    numbered
}

/// The domain, a second domain if any, and the two halves of the number of an act number
/// match: (`EU`, none, `2024`, `1351`); the domain is `?` when the number names none
/// (`No 5/2020`).
fn act_identity<'h>(
    group: impl Fn(usize) -> Option<&'h str>,
    lang_table: &LangTable,
) -> Option<(&'static str, Option<&'static str>, &'h str, &'h str)> {
    if let (Some(first), Some(left), Some(right)) = (group(1), group(4), group(5)) {
        let second = match group(2) {
            Some(second) => Some(domain(lang_table, second)?),
            None => None,
        };
        return Some((domain(lang_table, first)?, second, left, right));
    }
    if let (Some(year), Some(number), Some(name)) = (group(6), group(7), group(8)) {
        return Some((domain(lang_table, name)?, None, year, number));
    }
    if let (Some(left), Some(right)) = (group(10), group(11)) {
        return Some(("?", None, left, right));
    }
    None
}

/// The type of the nearest act word before `start` in the same clause, and the start of
/// that word when only spaces separate it from `start`.
fn preceding_act_word(
    text: &str,
    patterns: &Patterns,
    lang_table: &LangTable,
    start: usize,
) -> (Option<ActType>, Option<usize>) {
    let Some((clause, clause_start)) = clause_before(text, start) else {
        return (None, None);
    };
    let Some(last) = last_act_word(clause, patterns) else {
        return (None, None);
    };
    let kind = act_type(lang_table, last.as_str());
    let between = clause.get(last.end()..).unwrap_or("");
    let adjacent = between.chars().all(|c| super::is_space_like(c) || c.is_whitespace());
    let word_start = adjacent.then_some(clause_start + last.start());
    (kind, word_start)
}

/// The clause that ends at byte `start` of `text`, within [`ACT_WORD_LOOKBACK`] bytes, and
/// where it starts: a clause ends at `;` or at a full stop followed by a space.
fn clause_before(text: &str, start: usize) -> Option<(&str, usize)> {
    let window_start = floor_char_boundary(text, start.saturating_sub(ACT_WORD_LOOKBACK));
    let window = text.get(window_start..start)?;
    let bytes = window.as_bytes();
    let semicolon = memchr::memrchr(b';', bytes);
    let stop = memchr::memrchr_iter(b'.', bytes).find(|&at| bytes.get(at + 1) == Some(&b' '));
    let clause_start = semicolon.into_iter().chain(stop).max().map_or(0, |index| index + 1);
    Some((window.get(clause_start..)?, window_start + clause_start))
}

/// Whether a noun of a document that is no act (`numbered_document_nouns`) stands right
/// before `start`, the number abbreviation of a number (`Notification No 2025/031`).
fn document_noun_before(text: &str, start: usize, lang_table: &LangTable) -> bool {
    let head = text
        .get(..start)
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    let word = head.get(super::letters_start(head, head.len())..).unwrap_or("");
    !word.is_empty() && with_lowercase(word, |word| lang_table.numbered_document_nouns.contains(&word))
}

/// Whether a comma or a bracket stands between the last act word of the clause before
/// `start` and `start`.
fn act_word_apart(text: &str, patterns: &Patterns, start: usize) -> bool {
    let Some((clause, _)) = clause_before(text, start) else { return false };
    last_act_word(clause, patterns)
        .and_then(|last| clause.get(last.end()..))
        .is_some_and(|between| between.contains([',', '(']))
}

/// The last match of the act word pattern in `clause`: what `find_iter(clause).last()` gives,
/// searching back from the end a stretch at a time. A search that starts where no match can
/// be cut ([`act_word_cut`]) finds the matches of the whole clause that start there or later,
/// and an act word mostly stands right before the number.
fn last_act_word<'h>(clause: &'h str, patterns: &Patterns) -> Option<super::pattern::Match<'h>> {
    let bytes = clause.as_bytes();
    let mut reach = 48;
    loop {
        // Back to a place after a byte that no match holds.
        let mut from = bytes.len().saturating_sub(reach);
        while from > 0 && !act_word_cut(bytes, from - 1, patterns) {
            from -= 1;
        }
        if let Some(last) = patterns.act_word.find_iter_from(clause, from).last() {
            return Some(last);
        }
        if from == 0 {
            return None;
        }
        reach = (bytes.len() - from) * 4;
    }
}

/// Whether no match of the act word pattern can hold byte `at`: an ASCII byte that is no
/// word byte (`\w` of the pattern), nor a white space after a word that stands before a
/// space in an act word (`framework` of `framework decision`, where the pattern reads the
/// space as `\s+`). Every byte beyond ASCII may be a word character or a space.
fn act_word_cut(bytes: &[u8], at: usize, patterns: &Patterns) -> bool {
    let Some(&byte) = bytes.get(at) else { return false };
    if !byte.is_ascii() || byte.is_ascii_alphanumeric() || byte == b'_' {
        return false;
    }
    let space = |byte: u8| matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    if !space(byte) || patterns.act_space_words.is_empty() {
        return true;
    }
    // The white space that ends at `at`, back to its first byte.
    let mut start = at;
    while start > 0 && bytes.get(start - 1).is_some_and(|&before| space(before)) {
        start -= 1;
    }
    let before = bytes.get(..start).unwrap_or_default();
    if before.last().is_some_and(|byte| !byte.is_ascii()) {
        return false;
    }
    !patterns.act_space_words.iter().any(|word| {
        before.len() >= word.len()
            && before
                .get(before.len() - word.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(word.as_bytes()))
    })
}

/// What [`preceding_act_word`] answers, searching the whole clause.
#[cfg(test)]
fn preceding_act_word_by_clause(
    text: &str,
    patterns: &Patterns,
    lang_table: &LangTable,
    start: usize,
) -> (Option<ActType>, Option<usize>) {
    let window_start = floor_char_boundary(text, start.saturating_sub(ACT_WORD_LOOKBACK));
    let Some(window) = text.get(window_start..start) else {
        return (None, None);
    };
    // A clause ends at `;` or at a full stop followed by a space.
    let clause_start =
        window.rfind(';').into_iter().chain(window.rfind(". ")).max().map_or(0, |index| index + 1);
    let Some(clause) = window.get(clause_start..) else {
        return (None, None);
    };
    let Some(last) = patterns.act_word.find_iter(clause).last() else {
        return (None, None);
    };
    let kind = act_type(lang_table, last.as_str());
    let between = clause.get(last.end()..).unwrap_or("");
    let adjacent = between.chars().all(|c| super::is_space_like(c) || c.is_whitespace());
    let word_start = adjacent.then_some(window_start + clause_start + last.start());
    (kind, word_start)
}

fn articles(text: &str, lower: &Lower, patterns: &Patterns, lang_table: &LangTable, out: &mut Vec<Value>) {
    let starts = patterns.article_starts.positions(lower);
    for captures in captures_at_starts(&patterns.article, text, &starts) {
        let (Some(all), Some(list)) = (captures.get(0), captures.get(2)) else {
            continue;
        };
        // A number with a decimal comma after the word is a figure, which the word does not
        // number: `som regel 1,1` (as a rule, 1.1). A list of articles puts a space after its
        // comma (`artiklarna 5, 6 och 7`), and no article has a decimal part.
        if decimal_comma_at(text.as_bytes(), list.start()) {
            continue;
        }
        // Every article of the list: its span (the first from the article word on) and key.
        let mut items: Vec<(Range<usize>, String)> = Vec::new();
        for item in patterns.article_item.find_iter(list.as_str()) {
            // A date in digits after a range or list word ends the list (`artikel 10a.4 till och
            // med 31.10.2027`): no article has a paragraph numbered as a year.
            // So does a day before a month's name (`Article 10 until 31 October 2027`).
            if !items.is_empty()
                && (numeric_date(item.as_str())
                    || day_before_month(text, list.start() + item.end(), item.as_str(), lang_table))
            {
                break;
            }
            let Some(key) = article_key(item.as_str(), lang_table) else {
                continue;
            };
            let mut item_start = list.start() + item.start();
            let mut item_end = list.start() + item.end();
            // A point letter that is a word of the language (`i` = in), or the first letter of
            // a word (`f` of `första`, which the patterns' ASCII word boundary ends), or of an
            // abbreviation (`t` of `t.o.m.`), is left out.
            let glued = char_at(text, item_end).is_some_and(char::is_alphabetic)
                || char_at(text, item_end) == Some('.')
                    && char_at(text, item_end + 1).is_some_and(char::is_alphabetic);
            let ends_reference = point_context_follows(text.get(item_end..).unwrap_or(""), lang_table);
            if let Some(trimmed) = trim_false_point(item.as_str(), lang_table, glued, ends_reference) {
                item_end = list.start() + item.start() + trimmed.len();
            } else if lang_table.bare_points
                && let Some(end) = roman_after(text, item_end, lang_table)
            {
                item_end = end;
            }
            if items.is_empty() {
                item_start = all.start();
            }
            let key_text = text.get(list.start() + item.start()..item_end).unwrap_or("");
            let mut key = article_key(key_text, lang_table).unwrap_or(key);
            // `Article 27 a (new)`: the label `27a`, as `Artikel 27a (ny)` writes it.
            let digits_end =
                list.start() + item.start() + digit_run(text.as_bytes(), list.start() + item.start());
            if label_letter(text, digits_end, lang_table) == Some(item_end)
                && let Some(label) = text.get(list.start() + item.start()..digits_end)
                && let Some(letter) = text.get(item_end - 1..item_end)
            {
                key = format!("{label}{}", letter.to_ascii_lowercase());
            }
            // `artikel 1 led 3 och 4`: a number after a numbered point is the next point of the
            // same article, as `Article 1, points (3) and (4)` writes it, not an article.
            if let Some((previous, previous_key)) = items.last()
                && (1..=2).contains(&key_text.len())
                && key_text.bytes().all(|b| b.is_ascii_digit())
                && text
                    .get(previous.clone())
                    .is_some_and(|previous| ends_on_numbered_point(previous, lang_table))
                && let Some(open) = previous_key.rfind('(')
            {
                key = format!("{}({key_text})", &previous_key[..open]);
            }
            items.push((item_start..item_end, key));
        }
        // `artikel 14 och 316 mer detaljerade inspektioner`: a last number that may be a count.
        if let [.., (previous, _), (last, _)] = items.as_slice()
            && let Some(word) = captures.get(1)
            && count_after_article(text, word.as_str(), previous.end..last.start, last.end, lang_table)
            && let Some((span, _)) = items.pop()
            && let Some(digits) = text.get(span.clone())
        {
            // Before a noun in the plural (`Article 2(2), 17 Member States`) the number counts
            // the noun's things, which no article reference is followed by; before a word and
            // another article (`Article 25, 7 under Article 25a`), what was done under that one.
            let count = if plural_noun_follows(text, span.end, lang_table)
                || article_after_word(text, span.end, lang_table)
            {
                Value::new(ValueKind::Number, span, format!("num:{digits}"), digits)
            } else {
                let mut count = Value::new(ValueKind::Number, span, format!("artnum:{digits}"), digits);
                count.optional = true;
                count
            };
            out.push(count);
        }
        // `Articles 77 to 80`, `artiklarna 77–80`: two articles joined by a dash or a range
        // word are one range.
        let mut items = join_ranges(text, items, lang_table);
        let Some((last, last_key)) = items.pop() else {
            continue;
        };
        for (span, key) in items.iter() {
            out.push(article_value(span.clone(), key));
        }
        if last_key.contains("..") {
            out.push(article_value(last, &last_key));
            continue;
        }
        if items.is_empty()
            && (last_key.bytes().all(|b| b.is_ascii_alphanumeric())
                || dotted_number(text.get(last.clone()).unwrap_or("")))
            && let Some((paragraphs, start)) = named_paragraphs(text, last.start, lang_table)
        {
            // `paragraph 2 of Article 5` is `Article 5(2)`, as `artikel 5.2` writes it, and
            // `point (a) of paragraph 2 of Article 5` is `Article 5(2)(a)`; of an article
            // numbered by chapter, `paragraphs 2 and 3 of Article 14.29` is `artikel 14.29.2
            // och 14.29.3`.
            let key_of = |number: &str| match number.split_once("..") {
                Some((low, high)) => format!("{last_key}({low})..{last_key}({high})"),
                None => format!("{last_key}({number})"),
            };
            if let [(span, number)] = paragraphs.as_slice()
                && !number.contains("..")
                && let Some((points, points_start)) =
                    named_points(text, start..last.end, patterns, lang_table)
            {
                let n = points.len();
                for (k, (_, suffix)) in points.iter().enumerate() {
                    let span = match (k == 0, k + 1 == n) {
                        (true, true) => points_start..last.end,
                        (true, false) => points_start..span.start,
                        _ => span.start..last.end,
                    };
                    out.push(article_value(span, &format!("{}{suffix}", key_of(number))));
                }
            } else {
                let n = paragraphs.len();
                for (k, (span, number)) in paragraphs.into_iter().enumerate() {
                    let span = if k + 1 == n { span.start..last.end } else { span };
                    out.push(article_value(span, &key_of(&number)));
                }
            }
            continue;
        }
        if items.is_empty()
            && let Some((points, start)) = named_points(text, last.clone(), patterns, lang_table)
        {
            // `point (b) of Article 4(2)` is `Article 4(2)(b)`, as `artikel 4.2 b` writes it;
            // of several points, each is a value, the last (or the first, when the points
            // follow) spanning the article.
            let before = start < last.start;
            // `Article 4(2), point (b), points (i) to (vi)`: roman points named after the one
            // lettered point are its own, as `artikel 4.2 b i–vi` writes them.
            let points = match points.as_slice() {
                [(_, letter)] if !before => match sub_points_after(text, &points, patterns, lang_table) {
                    Some(sub_points) => {
                        sub_points.into_iter().map(|(span, sub)| (span, format!("{letter}{sub}"))).collect()
                    }
                    None => points,
                },
                _ => points,
            };
            let n = points.len();
            let points_end = points.last().map(|(span, _)| span.end);
            for (k, (span, suffix)) in points.into_iter().enumerate() {
                let span = match (before, k == 0, k + 1 == n) {
                    (true, true, true) => start..last.end,
                    (true, true, false) => start..span.end,
                    (true, false, true) => span.start..last.end,
                    (false, true, _) => last.start..span.end,
                    _ => span,
                };
                out.push(article_value(span, &format!("{last_key}{suffix}")));
            }
            // `Articles 63, points 1 and 2, and 64(2)`: a list of articles goes on after the
            // points named after one of them.
            if !before
                && plural_article_word(&captures, lang_table)
                && let Some(at) = points_end.and_then(|end| list_goes_on(text, end, lang_table))
            {
                articles_after_points(text, at, patterns, lang_table, out);
            }
            continue;
        }
        if items.is_empty()
            && last_key.bytes().all(|b| b.is_ascii_alphanumeric())
            && let Some((points, rest)) = numbered_points(text, last.end, lang_table)
        {
            // `artikel 63 punkterna 1 och 2` is `Article 63, points 1 and 2`: each point a value,
            // the first spanning the article; in a list of articles (`artiklarna 63 punkterna 1
            // och 2 och 64.2`) the articles that follow are read on.
            for (k, (span, suffix)) in points.into_iter().enumerate() {
                let span = if k == 0 { last.start..span.end } else { span };
                out.push(article_value(span, &format!("{last_key}{suffix}")));
            }
            if let Some(at) = rest
                && plural_article_word(&captures, lang_table)
            {
                articles_after_points(text, at, patterns, lang_table, out);
            }
            continue;
        }
        // `Article 7 of Regulation X, paragraph 1, point (b)`: the parts named after the act
        // are of the article, the value spanning its word; the parts' own words, which no
        // other reader may take, are an optional reading of the same reference.
        let parts = if items.is_empty() {
            parts_after_act(text, last.end, &last_key, out, patterns, lang_table)
        } else {
            Vec::new()
        };
        if let Some(((first_span, first_suffix), rest)) = parts.split_first() {
            let key = format!("{last_key}{first_suffix}");
            out.push(article_value(last.clone(), &key));
            let mut reading = article_value(first_span.clone(), &key);
            reading.optional = true;
            out.push(reading);
            for (span, suffix) in rest {
                out.push(article_value(span.clone(), &format!("{last_key}{suffix}")));
            }
            continue;
        }
        out.push(article_value(last.clone(), &last_key));
        let chapter = chapter_parts(text.get(last.clone()).unwrap_or(""));
        more_points(text, last.end, &last_key, chapter, patterns, lang_table, out);
    }
}

/// An article named again by a phrase (`i samma artikel`, `of the same Article`): the last
/// article the text named before it (from `first_article` of `out` on), as an optional
/// `art:` value, the article alone (`andra stycket i samma artikel` after `artikel 7 första
/// stycket` is `second paragraph of Article 7`). A phrase with no article before it in the
/// text, or with a number after it, is no value.
fn same_articles(text: &str, lower: &Lower, lang: Lang, first_article: usize, out: &mut Vec<Value>) {
    static PHRASES: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|lang_table| lang_table.same_article));
    if out.len() == first_article {
        return;
    }
    for finder in &PHRASES[super::lang_index(lang)] {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        for at in crate::text::find_all(finder, lower.as_str().as_bytes()) {
            let end = at + finder.needle().len();
            // Not a phrase inside a word, nor one before a number, which names its article
            // (`the same Article 4`).
            let after = end + space_run(text, end);
            if char_before(text, at).is_some_and(char::is_alphanumeric)
                || char_at(text, end).is_some_and(char::is_alphanumeric)
                || text.as_bytes().get(after).is_some_and(u8::is_ascii_digit)
            {
                continue;
            }
            let Some(article) = out
                .get(first_article..)
                .unwrap_or(&[])
                .iter()
                .filter(|v| !v.optional && v.span.end <= at)
                .filter_map(|v| v.key.strip_prefix("art:").map(|key| (v.span.end, key)))
                .max_by_key(|(end, _)| *end)
                .map(|(_, key)| key.split(['(', '.']).next().unwrap_or(key).to_string())
            else {
                continue;
            };
            let mut value = article_value(at..end, &article);
            value.optional = true;
            out.push(value);
        }
    }
}

/// How far after the word joining an article to its act (`of`, `i`) the act may start:
/// the words before its number (`Commission Implementing`, `the`).
const ACT_AFTER_ARTICLE: usize = 48;

/// The parts of the one article `key` (ending at `article_end`) that an amending formula
/// names after its act, as English does (`Article 7 of Implementing Regulation (EU)
/// 2024/2690, paragraph 1, point (b)`, where Swedish writes `artikel 7.1 b i
/// genomförandeförordning (EU) 2024/2690`; `I artikel 3 i förordning X ska punkt 2
/// ersättas`): each part's span and key suffix (`(1)(b)`), the first from the part's word
/// on; none when no part follows the act. A paragraph is read after an article without
/// one, points after an article with one paragraph at most; a part that names its own
/// article (`paragraph 2 of this Article`) is none of these.
fn parts_after_act(
    text: &str,
    article_end: usize,
    key: &str,
    found: &[Value],
    patterns: &Patterns,
    lang_table: &LangTable,
) -> Vec<Point> {
    let bytes = text.as_bytes();
    let Some(of_end) = lang_table.point_of.iter().find_map(|of| {
        let at = article_end + space_run(text, article_end);
        let end = at + of.len();
        (at > article_end && word_at(bytes, at, of) && space_run(text, end) > 0)
            .then(|| end + space_run(text, end))
    }) else {
        return Vec::new();
    };
    // The act: a numbered one or one named by its kind alone (`this Regulation`), after words
    // at most; the longest of those that start there.
    let act_end = found
        .iter()
        .filter(|v| {
            v.kind == ValueKind::Legal
                && (v.key.starts_with("act:") || matches!(v.key.as_str(), "acttype:reg" | "acttype:dir"))
                && v.span.start >= of_end
                && v.span.start - of_end <= ACT_AFTER_ARTICLE
                && text
                    .get(of_end..v.span.start)
                    .is_some_and(|gap| gap.chars().all(|c| c.is_alphabetic() || super::is_space_like(c)))
        })
        .map(|v| v.span.end)
        .max();
    let Some(act_end) = act_end else {
        return Vec::new();
    };
    // A comma, or a word that stands like one (`ska`), between the act and its parts.
    let at = act_end + space_run(text, act_end);
    let lead = if bytes.get(at) == Some(&b',') {
        Some(at + 1 + space_run(text, at + 1))
    } else {
        lang_table.points_after_words.iter().find_map(|word| {
            let end = at + word.len();
            (at > act_end && word_at(bytes, at, word) && space_run(text, end) > 0)
                .then(|| end + space_run(text, end))
        })
    };
    let Some(lead) = lead else {
        return Vec::new();
    };
    let paragraph_free = key.bytes().all(|b| b.is_ascii_alphanumeric());
    let one_paragraph = key
        .split_once('(')
        .and_then(|(_, inner)| inner.strip_suffix(')'))
        .is_some_and(|inner| !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()));
    let mut parts: Vec<Point> = Vec::new();
    if paragraph_free && let Some(numbers) = paragraph_at(text, lead, lang_table) {
        let items = paragraph_items(text, lead, &numbers, lang_table);
        if let [(span, number)] = items.as_slice()
            && !number.contains("..")
        {
            match named_points(text, span.end..span.end, patterns, lang_table) {
                Some((points, _)) => {
                    for (k, (point, suffix)) in points.into_iter().enumerate() {
                        let from = if k == 0 { lead } else { point.start };
                        parts.push((from..point.end, format!("({number}){suffix}")));
                    }
                }
                None => parts.push((span.clone(), format!("({number})"))),
            }
        } else {
            parts.extend(items.into_iter().map(|(span, number)| match number.split_once("..") {
                Some((low, high)) => (span, format!("({low})..{key}({high})")),
                None => (span, format!("({number})")),
            }));
        }
    } else if (paragraph_free || one_paragraph)
        && let Some((points, _)) = named_points(text, act_end..act_end, patterns, lang_table)
    {
        for (k, (point, suffix)) in points.into_iter().enumerate() {
            let from = if k == 0 { lead } else { point.start };
            parts.push((from..point.end, suffix));
        }
    }
    // `…, paragraph 2 of this Article`: a part of another article.
    if let Some((last, _)) = parts.last() {
        let at = last.end + space_run(text, last.end);
        if at > last.end
            && lang_table
                .point_of
                .iter()
                .any(|of| word_at(bytes, at, of) && space_run(text, at + of.len()) > 0)
        {
            return Vec::new();
        }
    }
    parts
}

/// Labels an amending formula gives the text it quotes after it (`the following Article 77a
/// is inserted:`, `the following paragraph 3 is added:`, `the following Articles 5a and 5b
/// are inserted:`): the quoted text gives the label again (`"Article 77a`, `"3. …`), and the
/// other language may name it only there (`Följande artikel ska införas:`), so these are
/// optional, and a label changed in the quoted text is reported there. `values` are the
/// chosen values of `text`, in order; only legal references right after the formula's lead
/// words, joined by list words, and right before its verb count.
pub(crate) fn formula_labels(text: &str, lower: &Lower, lang: Lang, values: &mut [Value]) {
    static LEADS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|lang_table| lang_table.insertion_leads));
    if !values.iter().any(|v| v.kind == ValueKind::Legal) {
        return;
    }
    let lang_table = table(lang);
    for finder in &LEADS[super::lang_index(lang)] {
        // The lower-cased text is made only for a text that may hold the words.
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        let haystack = lower.as_str().as_bytes();
        for at in crate::text::find_all(finder, haystack) {
            if char_before(text, at).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let end = at + finder.needle().len();
            let start = end + space_run(text, end);
            let first = values.partition_point(|v| v.span.start < start);
            let mut last = first;
            while let Some(next) = values.get(last + 1)
                && next.kind == ValueKind::Legal
                && values.get(last).and_then(|v| text.get(v.span.end..next.span.start)).is_some_and(|gap| {
                    let word = gap.trim_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
                    word.is_empty()
                        || word == ","
                        || is_range_gap(gap, lang_table)
                        || lang_table.list_joiners.contains(&word)
                })
            {
                last += 1;
            }
            let Some(label) = values.get(first) else { continue };
            let Some(label_end) = values.get(last).map(|v| v.span.end) else { continue };
            let verb_at = label_end + space_run(text, label_end);
            let formula = start > end
                && label.span.start == start
                && label.kind == ValueKind::Legal
                && verb_at > label_end
                && lang_table.insertion_verbs.iter().any(|verb| {
                    word_at(haystack, verb_at, verb)
                        && !char_at(text, verb_at + verb.len()).is_some_and(char::is_alphanumeric)
                });
            if formula && let Some(labels) = values.get_mut(first..=last) {
                for value in labels {
                    value.optional = true;
                }
            }
        }
    }
}

/// Whether `item` begins with a date written in digits with dots, a day, a month and a year
/// from 1900 to 2099 (`31.10.2027`).
fn numeric_date(item: &str) -> bool {
    let written = item.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let mut parts = item.get(..written).unwrap_or("").trim_end_matches('.').split('.');
    let mut number = |digits: std::ops::RangeInclusive<usize>, range: std::ops::RangeInclusive<u32>| {
        parts.next().is_some_and(|part| {
            digits.contains(&part.len()) && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
        })
    };
    number(1..=2, 1..=31) && number(1..=2, 1..=12) && number(4..=4, 1900..=2099) && parts.next().is_none()
}

/// Whether `item`, ending at byte `end` of `text`, is a day of one or two digits that a month's
/// name follows a space apart (`31` of `31 October 2027`).
fn day_before_month(text: &str, end: usize, item: &str, lang_table: &LangTable) -> bool {
    if !(1..=2).contains(&item.len()) || !item.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let word = rest.trim_start_matches(|c: char| c == ' ' || super::is_space_like(c));
    if word.len() == rest.len() {
        return false;
    }
    let word = &word[..word.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(word.len())];
    lang_table.months.iter().any(|(name, _)| name.eq_ignore_ascii_case(word))
}

/// The Treaties and the Charter named by their names (`TEU`, `the Treaty on the Functioning
/// of the European Union`, `EUF-fördraget`, `the Charter`, `stadgan`), as optional values
/// `treaty:TEU`, `treaty:TFEU`, `treaty:TEC`, `treaty:Charter`: an article's Treaty
/// (`Article 4(3) TEU` = `artikel 4.3 i EU-fördraget`) may be named on one side only (`the
/// Treaties`, `thereof`), so the check compares them sentence by sentence and never reports one
/// alone. A name stands alone: not after a letter, a digit or a hyphen (`FN-stadgan`), nor
/// before a letter or a digit.
pub(crate) fn treaties(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    // A finder of each name's tail (all but its first letter, whose case may differ), built once
    // per language: most texts name no Treaty, and a search set up per text and name cost more
    // than all the other legal readers.
    type Finders = Vec<(memchr::memmem::Finder<'static>, u8, &'static str)>;
    static FINDERS: LazyLock<[Finders; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            table(lang)
                .treaty_names
                .iter()
                .filter_map(|&(name, code)| {
                    let (&first, tail) = name.as_bytes().split_first()?;
                    Some((memchr::memmem::Finder::new(tail), first, code))
                })
                .collect()
        })
    });
    let bytes = text.as_bytes();
    static GATES: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|lang_table| lang_table.treaty_gates));
    if !GATES[super::lang_index(lang)].iter().any(|gate| pairs.find(gate, bytes).is_some()) {
        return;
    }
    for &(ref finder, first, code) in &FINDERS[usize::from(lang == Lang::Sv)] {
        for at in pairs.find_all(finder, bytes) {
            let Some(start) = at.checked_sub(1) else { continue };
            let end = at + finder.needle().len();
            let Some(&found) = bytes.get(start) else { continue };
            let first_matches =
                found == first || first.is_ascii_lowercase() && found == first.to_ascii_uppercase();
            if !first_matches
                || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || is_hyphen(c))
                || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || is_hyphen(c))
            {
                continue;
            }
            let mut value = Value::new(ValueKind::Legal, start..end, format!("treaty:{code}"), code);
            value.optional = true;
            out.push(value);
        }
    }
}

/// A numbered point of a numbered paragraph named after it, `Paragraph 19, point 20` (of
/// guidelines whose paragraph 19 lists its definitions by number), is the point Swedish writes
/// with a dot, `punkt 19.20`: one `para:19.20`, not two paragraphs. Only plain numbers, and
/// only a comma between them; `paragraph 3, point (a)` keeps its letter as a point.
pub(crate) fn paragraph_points(text: &str, lang: Lang, values: &mut Vec<Value>) {
    if lang != Lang::En || values.len() < 2 {
        return;
    }
    let plain = |value: &Value| {
        value.kind == ValueKind::Legal
            && value
                .key
                .strip_prefix("para:")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut k = 0;
    while k + 1 < values.len() {
        let (first, second) = (&values[k], &values[k + 1]);
        let joined = plain(first)
            && plain(second)
            && text
                .get(first.span.clone())
                .is_some_and(|t| t.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("paragraph")))
            && text.get(second.span.clone()).is_some_and(|t| t.starts_with("point "))
            && text.get(first.span.end..second.span.start) == Some(", ");
        if joined {
            let (paragraph, point) = (&first.key["para:".len()..], &second.key["para:".len()..]);
            let key = format!("para:{paragraph}.{point}");
            let display = format!("paragraph {paragraph}, point {point}");
            let span = first.span.start..second.span.end;
            values[k] = Value::new(ValueKind::Legal, span, key, display);
            values.remove(k + 1);
        }
        k += 1;
    }
}

/// A paragraph named again before one of its points in the sentence that named it first (`punkt
/// 1 a och b … punkt 1 c`): optional, as the other version may name the later point alone and
/// leave its paragraph to the reader (`paragraph 1, points (a) and (b) … point (c)`). A paragraph
/// not named before in the sentence, or named again without a point, stays firm.
pub(crate) fn repeated_paragraphs(text: &str, values: &mut [Value]) {
    for k in 1..values.len() {
        let (before, rest) = values.split_at_mut(k);
        let [value, next, ..] = rest else { continue };
        if value.kind != ValueKind::Legal
            || !value.key.starts_with("para:")
            || !next.key.starts_with("point:")
        {
            continue;
        }
        // The point right after its paragraph (`punkt 1 c`, `paragraph 1, point (c)`).
        let joined = text.get(value.span.end..next.span.start).is_some_and(|gap| {
            gap.len() <= 2 && gap.chars().all(|c| c == ',' || c == ' ' || super::is_space_like(c))
        });
        // Back over the values of a sentence's length at most, so the search stays short.
        let start = value.span.start;
        let earlier = before
            .iter()
            .rev()
            .take_while(|other| start.saturating_sub(other.span.end) <= SENTENCE_REACH)
            .find(|other| other.key == value.key);
        if let Some(earlier) = earlier
            && joined
            && text.get(earlier.span.end..value.span.start).is_some_and(|between| !ends_sentence(between))
        {
            value.optional = true;
        }
    }
}

/// How far back from a paragraph [`repeated_paragraphs`] looks for its first naming.
const SENTENCE_REACH: usize = 400;

/// Whether `text` holds the end of a sentence: a full stop, question or exclamation mark, a
/// space and a capital.
fn ends_sentence(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'?', b'!', bytes).any(|at| {
        bytes.get(at + 1) == Some(&b' ')
            && text.get(at + 2..).and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
    })
}

/// The act an article belongs to, named right after it by a short name of capitals that the
/// text defines for the act (`Article 12 of the AMLD6`, `Article 8(4), point (c), of the
/// AMLR`, `artikel 12 i AMLD6`): an optional `treaty:` value, compared as the Treaties' names
/// are, sentence by sentence and never alone, so that an article given to another act (`i
/// AMLR` for `of the AMLD6`) is flagged while a version that names the act by its words
/// (`i dataskyddsförordningen` for `of the GDPR`) is not. The short name is a word of ASCII
/// letters and digits with at least two capitals, as many capitals as small letters or more
/// (`GDPR`, `AMLD6`, `MiFID`; not `Mifid`, which reads as a word), after the words of
/// `act_name_leads` and a comma or none; not glued by a hyphen to a word (`EUF-fördraget`),
/// nor before a capitalised word that goes on with the name (`of the ECB Statute`). A name
/// another reader took as a code (`code:AMLD6`) becomes the act's; one it took otherwise (a
/// Treaty) is left to it.
pub(crate) fn act_abbreviations(text: &str, lang: Lang, values: &mut Vec<Value>) {
    if !values.iter().any(|value| value.key.starts_with("art:")) {
        return;
    }
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < values.len() {
        let value = &values[k];
        k += 1;
        if !value.key.starts_with("art:") {
            continue;
        }
        let mut at = value.span.end;
        if bytes.get(at) == Some(&b',') {
            at += 1;
        }
        let gap = space_run(text, at);
        if gap == 0 {
            continue;
        }
        at += gap;
        let Some(lead) = lang_table
            .act_name_leads
            .iter()
            .filter(|lead| word_at(bytes, at, lead) && space_run(text, at + lead.len()) > 0)
            .max_by_key(|lead| lead.len())
        else {
            continue;
        };
        let start = at + lead.len() + space_run(text, at + lead.len());
        let len = bytes
            .get(start..)
            .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count());
        let end = start + len;
        let Some(name) = text.get(start..end) else { continue };
        let capitals = name.bytes().filter(u8::is_ascii_uppercase).count();
        let small = name.bytes().filter(u8::is_ascii_lowercase).count();
        let glued = char_at(text, end).is_some_and(|c| c.is_alphanumeric() || is_hyphen(c));
        let after = end + space_run(text, end);
        let name_goes_on = after > end && char_at(text, after).is_some_and(char::is_uppercase);
        if capitals < 2
            || small > capitals
            || !name.as_bytes()[0].is_ascii_alphabetic()
            || glued
            || name_goes_on
        {
            continue;
        }
        let key = format!("treaty:{}", name.to_ascii_uppercase());
        let mut act = Value::new(ValueKind::Legal, start..end, key, name);
        act.optional = true;
        // The value that starts after the article, if it holds the name.
        let next = values[k..].iter().position(|v| v.span.end > start).map(|i| k + i);
        match next {
            Some(i) if values[i].span.start < end => {
                if values[i].span == (start..end) && values[i].key.starts_with("code:") {
                    values[i] = act;
                }
            }
            Some(i) => values.insert(i, act),
            None => values.push(act),
        }
    }
}

/// The sections of a national law written with the section sign, number first as Swedish
/// writes them (`51 §`, `5 a §`, `18g §`) or after it (`§ 51`): `para:51`, `para:5a`, the key
/// of the English `Paragraph 51` that the Court writes for a German or Austrian law, and of
/// `Section 5a` of a Swedish one. The plural sign covers each number of the list or range
/// before it, as Swedish statutes cite several sections (`2, 4 och 10 §§` = `Paragraphs 2, 4
/// and 10`, `14 b och 14 c §§` = `Sections 14b and 14c`, `14 a–14 d §§` = `Sections 14a to
/// 14d`, `para:14a..14d`); a single sign, its own number only.
fn sections(text: &str, pairs: &Pairs, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for sign in pairs.find_all(finder!("§"), bytes) {
        let sign_end = sign + "§".len();
        // `51 §`, `5 a §`: the number, a letter or none, spaces before the sign.
        let before = spaces_before(bytes, sign);
        if let Some((start, number)) = section_number_before(text, before).filter(|_| before < sign) {
            let plural = bytes.get(sign_end..).is_some_and(|rest| rest.starts_with("§".as_bytes()));
            let end = if plural { sign_end + "§".len() } else { sign_end };
            let mut items = vec![(start..end, number)];
            // The list before `§§`, back from its last number over commas, list and range
            // words and dashes.
            let mut first = start;
            while plural
                && let Some(gap) = list_gap_before(text, first, lang_table)
                && let Some((item_start, number)) = section_number_before(text, gap)
                && !char_before(text, item_start)
                    .is_some_and(|c| matches!(c, '.' | ',' | ':' | '/' | '\u{2013}') || is_hyphen(c))
            {
                items.push((item_start..gap, number));
                first = item_start;
            }
            items.reverse();
            for (span, key) in join_ranges(text, items, lang_table) {
                let display = match key.split_once("..") {
                    Some((low, high)) => format!("§ {low}–{high}"),
                    None => format!("§ {key}"),
                };
                out.push(Value::new(ValueKind::Legal, span, format!("para:{key}"), display));
            }
            if !plural && let Some((span, point)) = section_point_after(text, end) {
                out.push(Value::new(
                    ValueKind::Legal,
                    span,
                    format!("para:{point}"),
                    format!("point {point}"),
                ));
            }
            continue;
        }
        // `§ 51`: the sign, a space, the number.
        let after = sign_end + space_len(bytes, sign_end).unwrap_or(0);
        let digits =
            bytes.get(after..).map_or(0, |tail| tail.iter().take_while(|b| b.is_ascii_digit()).count());
        if after > sign_end
            && (1..=4).contains(&digits)
            && !char_at(text, after + digits).is_some_and(char::is_alphanumeric)
        {
            let number = text.get(after..after + digits).unwrap_or_default();
            // A range after the sign, with a hyphen or a dash (`§ 31-33`, `§ 31–33`).
            let dash = after + digits;
            let dash_len = match bytes.get(dash..) {
                Some([b'-', ..]) => 1,
                Some([0xE2, 0x80, 0x93, ..]) => 3,
                _ => 0,
            };
            let high_digits = bytes
                .get(dash + dash_len..)
                .map_or(0, |tail| tail.iter().take_while(|b| b.is_ascii_digit()).count());
            let high_end = dash + dash_len + high_digits;
            let high = text.get(dash + dash_len..high_end).unwrap_or_default();
            if dash_len > 0
                && (1..=4).contains(&high_digits)
                && !char_at(text, high_end).is_some_and(char::is_alphanumeric)
                && number.parse::<u32>().ok() < high.parse::<u32>().ok()
            {
                out.push(Value::new(
                    ValueKind::Legal,
                    sign..high_end,
                    format!("para:{number}..{high}"),
                    format!("§ {number}–{high}"),
                ));
                continue;
            }
            out.push(Value::new(
                ValueKind::Legal,
                sign..after + digits,
                format!("para:{number}"),
                format!("§ {number}"),
            ));
        }
    }
}

/// The point of a Swedish section written right after its sign (`18 § 4 a förmånsrättslagen`
/// = `Section 18, point 4a, of the Rights of Priority Act`, `3 § 2 lagen`): one or two digits
/// at byte `at` of `text` after spaces, a lower-case letter alone after one space or none,
/// then a word or the sentence's end, not another figure, sign or unit (`18 § 2 000 kronor`,
/// `5 § 3 %`). Its span and its number with the letter glued (`4a`).
fn section_point_after(text: &str, at: usize) -> Option<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    let start = at + space_len(bytes, at)?;
    let digits = bytes.get(start..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || bytes.get(start) == Some(&b'0') {
        return None;
    }
    let mut end = start + digits;
    let mut point = text.get(start..end)?.to_string();
    if let [b' ', letter, rest @ ..] = bytes.get(end..)?
        && letter.is_ascii_lowercase()
        && !rest.first().is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    {
        point.push(char::from(*letter));
        end += 2;
    }
    let next = text.get(end..)?;
    let word = next.trim_start_matches([' ', '\u{a0}']);
    let closes = next.is_empty() || matches!(next.as_bytes()[0], b'.' | b',' | b';' | b')');
    let worded = word.len() < next.len() && word.starts_with(|c: char| c.is_lowercase());
    (closes || worded).then_some((start..end, point))
}

/// The section number that ends at byte `end` of `text`, as Swedish writes it before the
/// section sign: one to four digits, then a lower-case letter alone after one space or glued
/// to them, or none (`51`, `5 a`, `18g`); not part of a longer word or number. Where it starts,
/// and its number with the letter glued (`5a`).
fn section_number_before(text: &str, end: usize) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let letter_at = end.checked_sub(1).filter(|&at| bytes.get(at).is_some_and(u8::is_ascii_lowercase));
    let (digits_end, letter) = match letter_at {
        Some(at) if bytes.get(at.wrapping_sub(1)).is_some_and(u8::is_ascii_digit) => (at, Some(at)),
        Some(at)
            if at >= 2
                && bytes.get(at - 1) == Some(&b' ')
                && bytes.get(at - 2).is_some_and(u8::is_ascii_digit) =>
        {
            (at - 1, Some(at))
        }
        _ => (end, None),
    };
    let digits = bytes.get(..digits_end)?.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let start = digits_end - digits;
    if !(1..=4).contains(&digits) || char_before(text, start).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut number = text.get(start..digits_end)?.to_string();
    number.push_str(letter.and_then(|at| text.get(at..at + 1)).unwrap_or_default());
    Some((start, number))
}

/// Where the number before a list's number at `at` ends, when a comma (`2, 4`), a list or
/// range word between spaces (`4 och 10`, `3 till 5`) or a dash (`14 a–14 d`) joins them.
fn list_gap_before(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let spaced = spaces_before(bytes, at);
    let head = bytes.get(..spaced)?;
    if let Some(dash) =
        hyphen_before(bytes, spaced).or_else(|| head.ends_with("\u{2013}".as_bytes()).then(|| spaced - 3))
    {
        return Some(spaces_before(bytes, dash));
    }
    if head.ends_with(b",") {
        return Some(spaced - 1);
    }
    if spaced == at {
        return None;
    }
    lang_table.list_joiners.iter().chain(lang_table.range_bare_joiners).find_map(|word| {
        let word_start = spaced.checked_sub(word.len())?;
        let end = spaces_before(bytes, word_start);
        (word_at(bytes, word_start, word)
            && end < word_start
            && !char_before(text, word_start).is_some_and(char::is_alphanumeric))
        .then_some(end)
    })
}

/// Where the letter of an inserted label ends, written apart from its number at `at` as the
/// Parliament's English amendments write it (`Recital 4 a (new)`, `Article 2 – paragraph 2 –
/// point 7 a`), where the Swedish write `4a`: one space, a lower-case letter alone, then the
/// word that marks a new label (`(new)`), or a dash or the end of a dash locator (`Article 2
/// – paragraph 2 a – point 3`). Not the article `a` of running text (`point 7 a new rule`).
fn label_letter(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.get(at.checked_sub(1)?).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let letter = at + space_len(bytes, at)?;
    let end = letter + 1;
    if !bytes.get(letter).is_some_and(u8::is_ascii_lowercase)
        || char_at(text, end).is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let rest = text.get(end..)?;
    let next = rest.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    if lang_table.new_labels.iter().any(|word| next.len() < rest.len() && word_at(next.as_bytes(), 0, word)) {
        return Some(end);
    }
    let locator = text.get(..at)?.contains(" \u{2013} ");
    let dash_follows = next.len() < rest.len() && next.starts_with('\u{2013}');
    (locator && (dash_follows || next.trim_end_matches('*').is_empty())).then_some(end)
}

/// The labels an amendment inserts, before the word that marks them new: a number and its
/// letter (`Recital 4 a (new)`, `Skäl 4a (nytt)`), or after a point word two letters (`point b
/// a (new)`, `led ba (nytt)`), as `label:4a`, `label:ba`. A reference that names the label
/// with its word (`Article 27 a`, `point 7 a`) is longer and wins. A lettered label holds no
/// digit: this reader runs on every text.
pub(crate) fn inserted_labels(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    // Every mark opens with a bracket (`(new)`, `(nytt)`): found by the bracket first.
    let marks = memchr::memchr_iter(b'(', bytes).filter(|&at| {
        lang_table
            .new_labels
            .iter()
            .any(|word| bytes.get(at..).is_some_and(|rest| rest.starts_with(word.as_bytes())))
    });
    for mark in marks {
        let end = spaces_before(bytes, mark);
        if end == mark {
            continue;
        }
        // The letter, then the number or letter before it, glued or one space apart.
        let Some(letter) = end.checked_sub(1).filter(|&at| bytes.get(at).is_some_and(u8::is_ascii_lowercase))
        else {
            continue;
        };
        let head_end = spaces_before(bytes, letter);
        let spaced = head_end < letter;
        if spaced && letter - head_end > 1 {
            continue;
        }
        let digits = bytes
            .get(..head_end)
            .map_or(0, |head| head.iter().rev().take_while(|b| b.is_ascii_digit()).count());
        let start = if (1..=3).contains(&digits) {
            head_end - digits
        } else if let Some(point) =
            head_end.checked_sub(1).filter(|&at| bytes.get(at).is_some_and(u8::is_ascii_lowercase))
        {
            // A lettered point: its point word right before it (`point b a`, `led ba`).
            let word_end = spaces_before(bytes, point);
            let named = word_end < point
                && lang_table.point_names.iter().any(|name| {
                    word_end >= name.len()
                        && word_at(bytes, word_end - name.len(), name)
                        && !char_before(text, word_end - name.len()).is_some_and(char::is_alphanumeric)
                });
            if !named {
                continue;
            }
            point
        } else {
            continue;
        };
        if char_before(text, start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let (Some(head), Some(tail)) = (text.get(start..head_end), text.get(letter..end)) else {
            continue;
        };
        let label = format!("{head}{tail}");
        out.push(Value::new(
            ValueKind::Legal,
            start..end,
            format!("label:{label}"),
            format!("label {label}"),
        ));
    }
}

/// The numbers of the Swedish Code of Statutes (SFS), written alike in both versions: `lagen
/// (2005:716)`, `Act (2024:1187)`, `SFS 2024:1187`, as the one reference `sfs:2024:1187`, not
/// a year and a number. A year from 1900 to 2100, a colon and one to four digits, in brackets
/// or after `SFS`; a time (`10:30`) or a ratio (`3:1`) has no four-digit year before its colon.
/// A number named again in the same text is optional: the English version often repeats the
/// Swedish title with its number in brackets (`the Ordinance (2024:1187) on … (*förordning
/// (2024:1187) om …*)`), which the Swedish gives once.
fn swedish_statutes(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut seen: Vec<String> = Vec::new();
    for colon in memchr::memchr_iter(b':', bytes) {
        let year_len =
            bytes.get(..colon).map_or(0, |head| head.iter().rev().take_while(|b| b.is_ascii_digit()).count());
        let number_len = digit_run(bytes, colon + 1);
        let (year_start, end) = (colon.saturating_sub(year_len), colon + 1 + number_len);
        let (Some(year), Some(number)) = (text.get(year_start..colon), text.get(colon + 1..end)) else {
            continue;
        };
        // Glued to a longer number (`12:30:2024:1`, `2024:1187.5`) or word, it is none.
        let glued_after = char_at(text, end)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '/' | '_'))
            || matches!(bytes.get(end), Some(b'.' | b','))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if year_len != 4
            || !(1..=4).contains(&number_len)
            || !year.parse::<u32>().is_ok_and(|year| (1900..=2100).contains(&year))
            || number.bytes().all(|b| b == b'0')
            || glued_after
        {
            continue;
        }
        // In brackets (`lagen (2005:716)`), or after `SFS` and spaces (`SFS 2024:1187`).
        let spaces = spaces_before(bytes, year_start);
        let start = if bytes.get(year_start.wrapping_sub(1)) == Some(&b'(') {
            year_start
        } else if spaces < year_start
            && spaces >= 3
            && bytes.get(spaces - 3..spaces) == Some(&b"SFS"[..])
            && !char_before(text, spaces - 3).is_some_and(char::is_alphanumeric)
        {
            spaces - 3
        } else {
            continue;
        };
        let id = format!("{year}:{}", number.trim_start_matches('0'));
        let mut value = Value::new(ValueKind::Legal, start..end, format!("sfs:{id}"), format!("SFS {id}"));
        value.optional = seen.contains(&value.key);
        if !value.optional {
            seen.push(value.key.clone());
        }
        out.push(value);
    }
}

/// Whether `c` is a hyphen as EU texts write one inside a reference: the ASCII hyphen, or the
/// Unicode hyphen (U+2010) and non-breaking hyphen (U+2011) that the institutions' editors
/// put in `A10‑0187/2025` and `C‑123/19` so that the number is not broken at a line end.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The byte length of the hyphen ([`is_hyphen`]) at `at` of `bytes`, if one stands there:
/// 1 for `-`, 3 for U+2010 and U+2011.
pub(crate) fn hyphen_len(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at..)? {
        [b'-', ..] => Some(1),
        [0xE2, 0x80, 0x90 | 0x91, ..] => Some(3),
        _ => None,
    }
}

/// Where the hyphen ([`is_hyphen`]) that ends at `end` of `bytes` starts, if one does: the
/// `-` of `A10-0187` or the U+2011 of `A10‑0187`.
fn hyphen_before(bytes: &[u8], end: usize) -> Option<usize> {
    match bytes.get(..end)? {
        [.., b'-'] => Some(end - 1),
        [.., 0xE2, 0x80, 0x90 | 0x91] => Some(end - 3),
        _ => None,
    }
}

/// The hyphens ([`is_hyphen`]) of `bytes`, in order: where each starts and its length.
fn hyphens(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr2_iter(b'-', 0xE2, bytes).filter_map(|at| hyphen_len(bytes, at).map(|len| (at, len)))
}

/// Case numbers of the Boards of Appeal of the EU Intellectual Property Office (`R 1234/2025-4`,
/// the Fourth Board; `R 1234/2025–4`), written alike in every language: `case:R-1234/2025-4`.
fn board_of_appeal_cases(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    for at in memchr::memchr_iter(b'R', bytes) {
        let number_at = at + 2;
        if bytes.get(at + 1) != Some(&b' ') || char_before(text, at).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let number = digits(number_at);
        let slash = number_at + number;
        if !(1..=5).contains(&number) || bytes.get(slash) != Some(&b'/') || digits(slash + 1) != 4 {
            continue;
        }
        let dash = slash + 5;
        let Some(dash_len) =
            hyphen_len(bytes, dash).or_else(|| text.get(dash..)?.starts_with('\u{2013}').then_some(3))
        else {
            continue;
        };
        let board = digits(dash + dash_len);
        let end = dash + dash_len + board;
        if !(1..=2).contains(&board) || char_at(text, end).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let (Some(number), Some(year), Some(board)) =
            (text.get(number_at..slash), text.get(slash + 1..dash), text.get(dash + dash_len..end))
        else {
            continue;
        };
        let id = format!("R {number}/{year}-{board}");
        out.push(Value::new(
            ValueKind::Legal,
            at..end,
            format!("case:{}", id.replace(' ', "-")),
            format!("Case {id}"),
        ));
    }
}

/// Case numbers of the Court of Justice and the General Court (`C-808/18`, `T-123/20`,
/// `F-12/09`, and with the non-breaking hyphen the Court writes, `C‑123/19`) and ECLI
/// identifiers (`ECLI:EU:C:2020:1029`), written alike in every language.
fn court_cases(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let digits = |from: usize, max: usize| {
        bytes
            .get(from..)
            .map_or(0, |rest| rest.iter().take(max + 1).take_while(|b| b.is_ascii_digit()).count())
    };
    for (dash, dash_len) in hyphens(bytes) {
        let Some(at) = dash.checked_sub(1) else {
            continue;
        };
        let Some(&court) = bytes.get(at).filter(|&&b| matches!(b, b'C' | b'T' | b'F')) else {
            continue;
        };
        let number = digits(dash + dash_len, 4);
        let slash = dash + dash_len + number;
        if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || is_hyphen(c))
            || !(1..=4).contains(&number)
            || bytes.get(slash) != Some(&b'/')
            || digits(slash + 1, 2) != 2
            || char_at(text, slash + 3).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let (Some(number), Some(year)) = (text.get(dash + dash_len..slash), text.get(slash + 1..slash + 3))
        else {
            continue;
        };
        let mut id = format!("{}-{number}/{year}", char::from(court));
        // An appeal to the Court of Justice (`C-334/05 P`, an order on interim measures `P(R)`):
        // another case than the judgment appealed.
        let mut end = slash + 3;
        if bytes.get(end) == Some(&b' ')
            && bytes.get(end + 1) == Some(&b'P')
            && !char_at(text, end + 2).is_some_and(|c| c.is_alphanumeric())
        {
            id.push_str(" P");
            end += 2;
        }
        out.push(Value::new(ValueKind::Legal, at..end, format!("case:{id}"), format!("Case {id}")));
    }
    board_of_appeal_cases(text, out);
    for start in pairs.find_all(finder!(b"ECLI:"), bytes) {
        if char_before(text, start).is_some_and(char::is_alphanumeric) {
            continue;
        }
        // Country, court, year and number, by colons; a number may hold dots (`2020:1029.5`).
        let mut end = start + 5;
        while bytes.get(end).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b':' || b == b'.') {
            end += 1;
        }
        while end > start && matches!(bytes.get(end - 1), Some(b'.' | b':')) {
            end -= 1;
        }
        let Some(id) = text.get(start + 5..end) else {
            continue;
        };
        if id.split(':').count() != 4 || id.split(':').any(str::is_empty) {
            continue;
        }
        let id = id.to_ascii_uppercase();
        out.push(Value::new(ValueKind::Legal, start..end, format!("ecli:{id}"), format!("ECLI:{id}")));
    }
    // The Court's short form, the identifier without `ECLI:` (`EU:C:2013:613`), as Swedish
    // and other versions cite case-law: the same identifier.
    for start in pairs.find_all(finder!(b"EU:"), bytes) {
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == ':') {
            continue;
        }
        let mut end = start + 3;
        while bytes.get(end).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b':') {
            end += 1;
        }
        while matches!(bytes.get(end - 1), Some(b':')) {
            end -= 1;
        }
        // A court of capitals, a year of four digits and a number.
        let Some(id) = text.get(start..end) else { continue };
        let fields: Vec<&str> = id.split(':').collect();
        let [_, court, year, number] = fields.as_slice() else { continue };
        if court.is_empty()
            || !court.bytes().all(|b| b.is_ascii_uppercase())
            || year.len() != 4
            || !year.bytes().all(|b| b.is_ascii_digit())
            || !number.bytes().all(|b| b.is_ascii_digit())
            || number.is_empty()
        {
            continue;
        }
        out.push(Value::new(ValueKind::Legal, start..end, format!("ecli:{id}"), format!("ECLI:{id}")));
    }
}

/// Articles numbered in Roman numerals, as international agreements number them: `Article
/// III(1) and (4)` = `artikel III.1 och III.4` (`art:III(1)`, `art:III(4)`), `Article XX(b)` =
/// `artikel XX b`, `Article XXIV` = `artikel XXIV`. The paragraph is bracketed in English and
/// after a full stop in Swedish; the paragraphs listed after the first are of the same
/// article.
fn roman_articles(text: &str, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut next = 0;
    for at in memchr::memchr3_iter(b'I', b'V', b'X', bytes) {
        if at < next || !matches!(bytes.get(at.wrapping_sub(1)), Some(b' ')) {
            continue;
        }
        let Some(word_start) = super::words::word_before(text, at).and_then(|(start, word)| {
            lang_table.article_words.iter().any(|w| w.eq_ignore_ascii_case(word)).then_some(start)
        }) else {
            continue;
        };
        let Some((number, mut end, key)) = roman_article_at(text, at, lang_table) else { continue };
        out.push(article_value(word_start..end, &key));
        // The paragraphs listed after it: `and (4)`, `och III.4`.
        loop {
            let rest = text.get(end..).unwrap_or("");
            let gap = rest.find(|c: char| c == '(' || c.is_ascii_uppercase()).unwrap_or(rest.len());
            let joiner = rest.get(..gap).unwrap_or("").trim_matches(' ');
            if gap > 6 || !(joiner == "," || lang_table.list_joiners.contains(&joiner)) {
                break;
            }
            let item = end + gap;
            let paragraph = if bytes.get(item) == Some(&b'(') {
                bracketed_digits(text, item).map(|(p, e)| (format!("{number}({p})"), e))
            } else {
                roman_article_at(text, item, lang_table)
                    .filter(|(other, ..)| *other == number)
                    .map(|(_, e, k)| (k, e))
            };
            let Some((item_key, item_end)) = paragraph else { break };
            out.push(article_value(item..item_end, &item_key));
            end = item_end;
        }
        next = end;
    }
}

/// The Roman-numbered article at byte `at` (`III(1)(a)`, `III.1 a`): its numeral, where it
/// ends, and its key (`III(1)(a)`).
fn roman_article_at<'t>(
    text: &'t str,
    at: usize,
    lang_table: &LangTable,
) -> Option<(&'t str, usize, String)> {
    let bytes = text.as_bytes();
    let length = bytes.get(at..)?.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let number = text.get(at..at + length)?;
    super::units::roman(number.as_bytes())?;
    let mut end = at + length;
    if char_at(text, end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut key = number.to_string();
    // The paragraph: `(1)` in English, `.1` in Swedish.
    if let Some((paragraph, paragraph_end)) = bracketed_digits(text, end) {
        key.push_str(&format!("({paragraph})"));
        end = paragraph_end;
    } else if bytes.get(end) == Some(&b'.') {
        let digits = digit_run(bytes, end + 1);
        if (1..=2).contains(&digits) && !char_at(text, end + 1 + digits).is_some_and(char::is_alphanumeric) {
            key.push_str(&format!("({})", text.get(end + 1..end + 1 + digits)?));
            end += 1 + digits;
        }
    }
    // The point: `(b)` in English, ` b` in Swedish (not `i` before a word).
    if bytes.get(end) == Some(&b'(')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
        && bytes.get(end + 2) == Some(&b')')
    {
        key.push_str(&format!("({})", char::from(bytes[end + 1])));
        end += 3;
    } else if lang_table.bare_points
        && bytes.get(end) == Some(&b' ')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
        && !char_at(text, end + 2).is_some_and(char::is_alphanumeric)
        && !(bytes.get(end + 1) == Some(&b'i') && bytes.get(end + 2) == Some(&b' '))
    {
        key.push_str(&format!("({})", char::from(bytes[end + 1])));
        end += 2;
    }
    Some((number, end, key))
}

/// The digits of a bracketed number at byte `at` (`(4)`), and where the bracket closes.
fn bracketed_digits(text: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = text.as_bytes();
    let digits = digit_run(bytes, at + 1);
    (bytes.get(at) == Some(&b'(') && (1..=2).contains(&digits) && bytes.get(at + 1 + digits) == Some(&b')'))
        .then(|| Some((text.get(at + 1..at + 1 + digits)?, at + 2 + digits)))
        .flatten()
}

/// Articles and annexes numbered under a heading's code, as the EU–UK Trade and Cooperation
/// Agreement numbers them: `Article FISH.9(2)(f)` = `artikel FISH.9.2 f` (`art:FISH.9(2)(f)`),
/// `Article LAW.PRIV.12`, `ANNEX ORIG-2B` = `BILAGA ORIG-2B` (`annex:ORIG-2B`), the points of
/// rules numbered the same way (`point UAS.OPEN.010(2)` = `punkt UAS.OPEN.010.2`), and the codes
/// listed after the first (`Articles SSC.67 and SSC.68`). Each code is capitals (parts joined
/// by full stops), then a full stop or a hyphen and the number, which the code names in
/// every language; the paragraph is bracketed in English and after a full stop in Swedish.
fn coded_parts(text: &str, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut next = 0;
    for at in memchr::memchr2_iter(b'.', b'-', bytes) {
        if at < next
            || !at.checked_sub(1).and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_uppercase)
            || !bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let Some(first) = coded_part(text, at, lang_table) else { continue };
        // The part word before the code, one space apart.
        let Some(kind) = coded_part_word(text, first.0.start, lang_table) else { continue };
        let (mut span, mut key) = first;
        span.start = kind.1;
        loop {
            out.push(Value::new(ValueKind::Legal, span.clone(), format!("{}:{key}", kind.0), key.clone()));
            next = span.end;
            // Another code of the list: after a comma or a word of a list, the next code.
            let rest = text.get(span.end..).unwrap_or("");
            let gap = rest.find(|c: char| c.is_ascii_uppercase()).unwrap_or(rest.len());
            let joiner = rest.get(..gap).unwrap_or("").trim_matches(' ');
            if gap > 8
                || !(joiner == ","
                    || lang_table.list_joiners.iter().chain(lang_table.range_joiners).any(|w| *w == joiner))
            {
                break;
            }
            let code_start = span.end + gap;
            let Some(dot) = text.get(code_start..).and_then(|code| {
                code.find(|c: char| !(c.is_ascii_uppercase() || c == '.' || c == '-'))
                    .map(|end| code_start + end - 1)
            }) else {
                break;
            };
            let Some(item) = coded_part(text, dot, lang_table).filter(|(item, _)| item.start == code_start)
            else {
                break;
            };
            (span, key) = item;
        }
    }
}

/// The code ending at the full stop or hyphen at byte `at`, with its number, paragraph and
/// point: its span (from the code's start) and key (`FISH.9(2)(f)`).
fn coded_part(text: &str, at: usize, lang_table: &LangTable) -> Option<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    // The code: capitals in parts of two to eight, joined by full stops.
    let start = at - bytes[..at].iter().rev().take_while(|b| b.is_ascii_uppercase() || **b == b'.').count();
    let start = start + bytes[start..at].iter().take_while(|b| **b == b'.').count();
    let code = text.get(start..at)?;
    if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '-')
        || !code.split('.').all(|part| (2..=8).contains(&part.len()))
        // A Roman numeral is an article's number ([`roman_articles`]), not a code.
        || super::units::roman(code.as_bytes()).is_some()
    {
        return None;
    }
    let digits = bytes.get(at + 1..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = at + 1 + digits;
    if !matches!(bytes.get(at), Some(b'.' | b'-')) || digits == 0 || digits > 3 {
        return None;
    }
    // A capital or a small letter of an inserted number (`ORIG-2B`, `SSC.12a`).
    if bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
        && !bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        end += 1;
    }
    let mut key = format!("{}{}", code, text.get(at..end)?);
    if char_at(text, end).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    // The paragraph: `(2)` in English, `.2` in Swedish.
    let bracketed = |from: usize, inner: fn(&u8) -> bool| -> Option<(usize, &str)> {
        let rest = bytes.get(from..)?;
        let n = rest.get(1..)?.iter().take_while(|b| inner(b)).count();
        (rest.first() == Some(&b'(') && n > 0 && n <= 3 && rest.get(n + 1) == Some(&b')'))
            .then(|| (from + n + 2, text.get(from + 1..from + 1 + n).unwrap_or("")))
    };
    if let Some((paragraph_end, paragraph)) = bracketed(end, u8::is_ascii_digit) {
        key.push_str(&format!("({paragraph})"));
        end = paragraph_end;
    } else if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let n = bytes[end + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if n <= 3 && !bytes.get(end + 1 + n).is_some_and(u8::is_ascii_alphanumeric) {
            key.push_str(&format!("({})", text.get(end + 1..end + 1 + n)?));
            end += 1 + n;
        }
    }
    // The point: `(f)` in English, ` f` in Swedish (not `i` before a word: `i avtalet`).
    if let Some((point_end, point)) = bracketed(end, u8::is_ascii_lowercase) {
        key.push_str(&format!("({point})"));
        end = point_end;
    } else if lang_table.bare_points
        && bytes.get(end) == Some(&b' ')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
        && !char_at(text, end + 2).is_some_and(char::is_alphanumeric)
        && !(bytes.get(end + 1) == Some(&b'i')
            && bytes.get(end + 2) == Some(&b' ')
            && bytes.get(end + 3).is_some_and(u8::is_ascii_lowercase))
    {
        key.push_str(&format!("({})", char::from(bytes[end + 1])));
        end += 2;
    }
    Some((start..end, key))
}

/// The kind of part a word before the code at `start` names, one space apart, and where the
/// word starts.
fn coded_part_word(text: &str, start: usize, lang_table: &LangTable) -> Option<(&'static str, usize)> {
    let head = text.get(..start)?.strip_suffix([' ', '\u{a0}'])?;
    let word_start = super::letters_start(head, head.len());
    let word = head.get(word_start..)?.to_lowercase();
    lang_table.coded_part_words.iter().find(|(w, _)| *w == word).map(|(_, kind)| (*kind, word_start))
}

/// A chain's key with the language of its edition left out: a Publications Office catalogue
/// number names it before its last part (`DS-AH-26-001-EN-N`, `DS-AH-26-001-SV-N`), and each
/// language version has its own.
fn language_neutral(chain: &str) -> String {
    let parts: Vec<&str> = chain.split('-').collect();
    match parts.as_slice() {
        [.., language, last]
            if parts.len() >= 5
                && last.len() == 1
                && super::tables::EU_LANGUAGE_CODES
                    .iter()
                    .any(|code| code.eq_ignore_ascii_case(language))
                && language.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            let mut neutral: Vec<&str> = parts.clone();
            let at = neutral.len() - 2;
            neutral[at] = "XX";
            neutral.join("-")
        }
        _ => chain.to_string(),
    }
}

fn article_value(span: Range<usize>, key: &str) -> Value {
    let display = match key.split_once("..") {
        // Points of one article: `Article 7(1)(a)–(c)`.
        Some((low, high)) if high.starts_with('(') => format!("Article {low}–{high}"),
        Some((low, high)) => format!("Articles {low}–{high}"),
        None => format!("Article {key}"),
    };
    Value::new(ValueKind::Legal, span, format!("art:{key}"), display)
}

/// Whether what stands between two article numbers makes them a range: a dash or a range
/// word (`to`, `till`) between spaces.
fn is_range_gap(gap: &str, lang_table: &LangTable) -> bool {
    let word = gap.trim_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    matches!(word, "-" | "\u{2010}" | "\u{2011}" | "\u{2013}")
        || (word.len() < gap.len()
            && lang_table.range_bare_joiners.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// The points named before or after the one article at `article` (`point (b) of Article
/// 4(2)`, `Article 4(2), points (a) and (c)`, `led b i artikel 4.2`): each point's span and
/// letter, and where the whole reference starts. Only a direct mention counts: with a
/// subparagraph between (`point (b) of the first subparagraph of Article 4(2)`) the article
/// stays as it is, as the other language's `artikel 4.2 första stycket b` reads.
fn named_points(
    text: &str,
    article: Range<usize>,
    patterns: &Patterns,
    lang_table: &LangTable,
) -> Option<(Vec<Point>, usize)> {
    let from = floor_char_boundary(text, article.start.saturating_sub(POINTS_LOOKBACK));
    let head = text.get(from..article.start)?;
    // The patterns run only where their words stand: a point word before and the word
    // joining it to the article right before (`… of `), or a comma right after.
    let before = (ends_with_word(head, lang_table.point_of)
        && lang_table.point_names.iter().any(|name| contains_ignore_ascii_case(head, name)))
    .then(|| patterns.points_before.captures_iter(head).next())
    .flatten();
    let (list, start) = match before {
        Some(captures) => {
            let (whole, list) = (captures.get(0)?, captures.get(1)?);
            (from + list.start()..from + list.end(), from + whole.start())
        }
        None => {
            let rest = text.get(article.end..)?;
            let next = rest.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
            let after_word = next.len() < rest.len()
                && (lang_table.points_after_words.iter().any(|word| word_at(next.as_bytes(), 0, word))
                    || lang_table.bare_points
                        && lang_table.point_names.iter().any(|name| word_at(next.as_bytes(), 0, name)));
            if !next.starts_with(',') && !after_word {
                return None;
            }
            let captures = patterns.points_after.captures_iter(rest).next()?;
            let list = captures.get(1)?;
            (article.end + list.start()..article.end + list.end(), article.end)
        }
    };
    let points: Vec<Point> = patterns
        .point_item
        .find_iter(text.get(list.clone())?)
        .filter(|point| !char_at(text, list.start + point.end()).is_some_and(char::is_alphabetic))
        .filter_map(|point| {
            point_letter(point.as_str(), lang_table)
                .map(|letter| (list.start + point.start()..list.start + point.end(), format!("({letter})")))
        })
        .collect();
    // `point (2)(a) and (b)`: a letter after a numbered point's letter is of the same point.
    let points = points.into_iter().fold(Vec::<Point>::new(), |mut done, (span, suffix)| {
        let numbered = done.last().and_then(|(previous_span, previous)| {
            // A range (`(2)(a) to (c)`) keeps its high end's letter alone, as elsewhere.
            if text.get(previous_span.end..span.start).is_none_or(|gap| is_range_gap(gap, lang_table)) {
                return None;
            }
            let number = previous.strip_prefix('(')?.split_once(")(")?.0;
            number.bytes().all(|b| b.is_ascii_digit()).then(|| format!("({number})"))
        });
        let letter = suffix.len() > 2 && suffix[1..suffix.len() - 1].bytes().all(|b| b.is_ascii_lowercase());
        let suffix = match numbered {
            Some(number) if letter => format!("{number}{suffix}"),
            _ => suffix,
        };
        done.push((span, suffix));
        done
    });
    let points = join_ranges(text, points, lang_table);
    (!points.is_empty()).then_some((points, start))
}

/// The roman points named after the one lettered point of `points`, itself named after its
/// article (`Article 4(2), point (b), points (i) to (vi)`, `…, point (b), point (ii)`): each
/// one's span and key suffix (`(i)..(vi)`), ranges joined. None where a point of the list is
/// no roman numeral (`Article 4(2), point (b), point (c)` names no sub-point), or the lettered
/// point is itself a roman one.
fn sub_points_after(
    text: &str,
    points: &[Point],
    patterns: &Patterns,
    lang_table: &LangTable,
) -> Option<Vec<Point>> {
    let roman =
        |part: &str| matches!(part, "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x");
    let [(span, letter)] = points else { return None };
    let inner = letter.strip_prefix('(')?.strip_suffix(')')?;
    if !(1..=2).contains(&inner.len()) || !inner.bytes().all(|b| b.is_ascii_lowercase()) || roman(inner) {
        return None;
    }
    let (sub_points, _) = named_points(text, span.end..span.end, patterns, lang_table)?;
    let all_roman = sub_points.iter().all(|(_, suffix)| {
        suffix
            .split("..")
            .all(|part| part.strip_prefix('(').and_then(|p| p.strip_suffix(')')).is_some_and(roman))
    });
    all_roman.then_some(sub_points)
}

/// The paragraphs named right before the article that starts at `article` (`paragraphs 2
/// and 3 of Article 5`, `punkt 2 i artikel 5`): each one's number (`2`, or `2..4` for a
/// range) and span, and where the first paragraph word starts.
fn named_paragraphs(text: &str, article: usize, lang_table: &LangTable) -> Option<(Vec<Point>, usize)> {
    let from = floor_char_boundary(text, article.saturating_sub(POINTS_LOOKBACK));
    let head = text.get(from..article)?;
    if !ends_with_word(head, lang_table.point_of)
        || !lang_table.paragraph_words.iter().any(|word| contains_ignore_ascii_case(head, word))
    {
        return None;
    }
    // The leftmost paragraph word whose list leaves only the joining word before the article.
    let bytes = head.as_bytes();
    let (start, numbers) = (0..bytes.len()).find_map(|at| {
        let numbers = paragraph_at(head, at, lang_table)?;
        let rest = head.get(numbers.last()?.end..)?;
        let word = rest.trim_start_matches(super::is_space_like);
        let word_len = word.trim_end_matches(super::is_space_like).len();
        (word.len() < rest.len()
            && word_len < word.len()
            && lang_table.point_of.iter().any(|of| of.len() == word_len && word_at(word.as_bytes(), 0, of)))
        .then_some((from + at, numbers.into_iter().map(|n| from + n.start..from + n.end).collect::<Vec<_>>()))
    })?;
    let items = paragraph_items(text, start, &numbers, lang_table);
    (!items.is_empty()).then_some((items, start))
}

/// Joins two keyed items of a list with a range between them (`77 to 80`, `(a) to (c)`,
/// `a–c`) into one, keyed `low..high`.
pub(super) fn join_ranges(
    text: &str,
    items: Vec<(Range<usize>, String)>,
    lang_table: &LangTable,
) -> Vec<(Range<usize>, String)> {
    let mut joined: Vec<(Range<usize>, String)> = Vec::with_capacity(items.len());
    for (span, suffix) in items {
        if let Some(last) = joined.last_mut()
            && !last.1.contains("..")
            && text.get(last.0.end..span.start).is_some_and(|gap| is_range_gap(gap, lang_table))
        {
            last.0.end = span.end;
            last.1 = format!("{}..{suffix}", last.1);
            continue;
        }
        joined.push((span, suffix));
    }
    joined
}

/// The paragraphs of a list, ranges joined (`1 to 4` is `1..4`): each one's span, the first
/// from `start` (its paragraph word) on, and key.
fn paragraph_items(text: &str, start: usize, numbers: &[Range<usize>], lang_table: &LangTable) -> Vec<Point> {
    let items: Vec<(Range<usize>, String)> = numbers
        .iter()
        .enumerate()
        .map(|(k, number)| {
            let from = if k == 0 { start } else { number.start };
            let written = text.get(number.clone()).unwrap_or("");
            (from..number.end, written.trim_matches(['(', ')']).to_ascii_lowercase())
        })
        .collect();
    join_ranges(text, items, lang_table)
}

/// The paragraph lists at the candidate `starts` (the places of paragraph words), each
/// searched from where the last one ended: where each starts, and its numbers.
fn paragraphs_at_starts(
    text: &str,
    starts: &[usize],
    lang_table: &LangTable,
) -> Vec<(usize, Vec<Range<usize>>)> {
    let mut found = Vec::new();
    let mut from = 0;
    for &at in starts {
        if at < from {
            continue;
        }
        if let Some(numbers) = paragraph_at(text, at, lang_table) {
            from = numbers.last().map_or(at + 1, |last| last.end.max(at + 1));
            found.push((at, numbers));
        }
    }
    found
}

/// The numbers' spans of the list after a paragraph word at `at` (`paragraph`, `points`,
/// `punkterna`, any case). A list is numbers joined by commas and ending on a
/// list or range word or a dash (`1, 2 and 3`, `1 to 4`, `1–4`); a comma alone does not join
/// (`paragraph 3, 10 Member States`).
/// An item noun ending a compound (`tillgångspost 7.2`, `skuldposterna 7, 8 och 9`) is such
/// a word too (see [`item_compound`]), but not before a budget line's numbers parted by
/// spaces (`budgetpost 07 02 01`).
fn paragraph_at(text: &str, at: usize, lang_table: &LangTable) -> Option<Vec<Range<usize>>> {
    let bytes = text.as_bytes();
    let compound = item_compound(text, at, lang_table);
    let words = if compound {
        lang_table.item_nouns
    } else if at > 0 && bytes.get(at - 1).is_some_and(|&b| is_word(b)) {
        return None;
    } else {
        lang_table.paragraph_words
    };
    // The word, then at least one space: the longest word that is so followed.
    let after_word = words
        .iter()
        .filter(|word| word_at(bytes, at, word))
        .map(|word| at + word.len())
        .filter(|&end| space_run(text, end) > 0)
        .max()?;
    paragraph_list(text, after_word + space_run(text, after_word), compound, lang_table)
}

/// The numbers' spans of the list of paragraphs whose first number starts at `at`, after
/// its word ([`paragraph_at`]); `compound` where that word is an item noun ending a compound.
fn paragraph_list(
    text: &str,
    at: usize,
    compound: bool,
    lang_table: &LangTable,
) -> Option<Vec<Range<usize>>> {
    let bytes = text.as_bytes();
    let first = paragraph_number(bytes, at)?;
    // A budget line, `budgetpost 07 02 01` = `budget line 07 02 01`, is a code of numbers
    // parted by spaces, which English gives as plain numbers.
    let spaced = space_run(text, first.end);
    if compound && spaced > 0 && bytes.get(first.end + spaced).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut numbers = vec![first.clone()];
    let mut cursor = first.end;
    loop {
        // Numbers after commas count only when a list or range word or a dash follows them.
        let mut listed = Vec::new();
        let mut end = cursor;
        while let Some(number) = comma_gap(text, end).and_then(|start| paragraph_number(bytes, start)) {
            end = number.end;
            listed.push(number);
        }
        let Some(number) = joined_number(text, end, lang_table) else {
            break;
        };
        cursor = number.end;
        numbers.extend(listed);
        numbers.push(number);
    }
    Some(numbers)
}

/// The numbers' spans of a list of a statute's sections, and the digits of the subsection
/// of a single one after a dot.
type StatuteSections = (Vec<Range<usize>>, Option<Range<usize>>);

/// The numbers' spans of the list after a word of a national statute's sections at `at`
/// (`Section 14a`, `Sections 14a to 14d`, `Sections 14b and 14c`: see
/// [`LangTable::statute_section_words`]), read as a paragraph list is. Only a list of whole
/// numbers names such sections, where one of them has a letter glued to it or the statute is
/// named right after it (`Sections 3 to 5 of the Act`, [`statute_named_after`]): a document
/// numbers its sections without letters and by parts (`Section 3`, `Sections 3.2 and 4`),
/// each read as the unit it is. A single number of one dotted part before the statute's name
/// is the section and its subsection (`avsnitt 28.2 i lagen om valförfarandet` = `Section
/// 28(2) of the Electoral Process Act`): the section's span, and the subsection's digits
/// after it.
fn statute_section_at(text: &str, at: usize, lang_table: &LangTable) -> Option<StatuteSections> {
    let bytes = text.as_bytes();
    if at > 0 && bytes.get(at - 1).is_some_and(|&b| is_word(b)) {
        return None;
    }
    let after_word = lang_table
        .statute_section_words
        .iter()
        .filter(|word| word_at(bytes, at, word))
        .map(|word| at + word.len())
        .filter(|&end| space_run(text, end) > 0)
        .max()?;
    let numbers = paragraph_list(text, after_word + space_run(text, after_word), false, lang_table)?;
    // Digits, then a lower-case letter or none.
    let lettered = |number: &Range<usize>| {
        let written = bytes.get(number.clone()).unwrap_or_default();
        let digits = written.iter().take_while(|b| b.is_ascii_digit()).count();
        match written.len() - digits {
            _ if digits == 0 => None,
            0 => Some(false),
            1 => written.last().is_some_and(u8::is_ascii_lowercase).then_some(true),
            _ => None,
        }
    };
    let mut letters = numbers.iter().map(lettered);
    let whole = letters.clone().all(|letter| letter.is_some());
    let named = || numbers.last().is_some_and(|last| statute_named_after(text, last.end, lang_table));
    if let [number] = numbers.as_slice()
        && bytes.get(number.start).is_some_and(u8::is_ascii_digit)
        && let Some(dot) = bytes.get(number.clone()).and_then(|written| memchr::memchr(b'.', written))
        && bytes
            .get(number.start + dot + 1..number.end)
            .is_some_and(|tail| tail.iter().all(u8::is_ascii_digit))
        && named()
    {
        let (section, subsection) = (number.start..number.start + dot, number.start + dot + 1..number.end);
        return Some((vec![section], Some(subsection)));
    }
    (whole && (letters.any(|letter| letter == Some(true)) || named())).then_some((numbers, None))
}

/// Whether a national statute is named at byte `end` of `text`, right after a list of its
/// sections and the brackets of the last one's subsection, if any (`5(2)`): a lead word
/// ([`LangTable::statute_leads`]), then a statute noun ([`LangTable::statute_nouns`]) after
/// capitalised words of its name or none (`of the Act`, `of the Swedish Environmental Code`,
/// `of that Ordinance`). A word in small letters between (`of the Annex to the Act`) names
/// another part.
fn statute_named_after(text: &str, end: usize, lang_table: &LangTable) -> bool {
    /// The most words of a statute's name before its noun (`German Residence`).
    const NAME_WORDS: usize = 3;
    let mut rest = text.get(end..).unwrap_or_default();
    while let Some(inner) = rest.strip_prefix('(') {
        let Some(close) = inner.find(')').filter(|&close| (1..=4).contains(&close)) else { return false };
        rest = &inner[close + 1..];
    }
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    let Some(name) = lang_table.statute_leads.iter().find_map(|lead| {
        let after = rest.get(lead.len()..)?;
        (word_at(rest.as_bytes(), 0, lead) && after.starts_with(' ')).then(|| &after[1..])
    }) else {
        return false;
    };
    for (index, word) in name.split(' ').take(NAME_WORDS + 1).enumerate() {
        let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
        if lang_table.statute_nouns.iter().any(|noun| letters.eq_ignore_ascii_case(noun)) {
            return true;
        }
        // A statute named by a compound that ends in its noun (`i vallagen nr 35`, "of the
        // Electoral Process Act No 35"), as the first word: a first part of three letters or
        // more before a noun of four or more; not a word that only ends alike (`förslagen`).
        if index == 0 && lang_table.class_compounds && statute_compound(letters, lang_table) {
            return true;
        }
        let capitalised =
            letters.starts_with(|c: char| c.is_uppercase()) && letters.chars().all(char::is_alphabetic);
        if index == NAME_WORDS || !capitalised || letters.len() < word.len() {
            return false;
        }
    }
    false
}

/// Whether `word` is a compound that ends in a statute noun of four letters or more after a
/// first part of three or more (`vallagen`, `skattelagen`), and none of
/// [`LangTable::not_statute_compounds`].
fn statute_compound(word: &str, lang_table: &LangTable) -> bool {
    let lower = word.to_lowercase();
    lang_table.statute_nouns.iter().any(|noun| {
        noun.len() >= 4
            && lower.len() >= noun.len() + 3
            && lower.ends_with(noun)
            && lower.is_char_boundary(lower.len() - noun.len())
            && lower[..lower.len() - noun.len()].chars().count() >= 3
    }) && !lang_table.not_statute_compounds.contains(&lower.as_str())
}

/// The paragraph words and the item nouns of `lang_table`: the words a paragraph list
/// starts with.
fn paragraph_and_item_words(lang_table: &LangTable) -> impl Iterator<Item = &'static str> {
    lang_table.paragraph_words.iter().chain(lang_table.item_nouns).copied()
}

/// The fewest letters of the first part of a compound ending in an item noun: shorter ones
/// are prefixes (`impost`) or make other words.
const ITEM_HEAD_LETTERS: usize = 3;

/// Whether an item noun (`post`, `posterna`: [`LangTable::item_nouns`]) starts at byte `at`
/// of `text` as the last part of one word naming what it is an item of (`tillgångspost`,
/// `skuldposterna`, `Budgetposten`): right after a first part of at least
/// [`ITEM_HEAD_LETTERS`] letters that ends in none of [`LangTable::not_item_heads`]
/// (`kompost`, `utpost`, `vaktpost`). A hyphen parts the noun from what comes before
/// (`e-post`, e-mail), and the noun alone is no item (`post 76 i bilaga XVII`, an entry).
fn item_compound(text: &str, at: usize, lang_table: &LangTable) -> bool {
    compound_start(text, at, lang_table).is_some()
}

/// Where the compound whose item noun starts at byte `at` of `text` starts, if it is one
/// (see [`item_compound`]).
fn compound_start(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    if !lang_table.item_nouns.iter().any(|noun| word_at(text.as_bytes(), at, noun)) {
        return None;
    }
    let head = text.get(..at)?;
    let start = head.trim_end_matches(char::is_alphabetic).len();
    let first = head.get(start..)?;
    let no_item = |end: &&str| {
        first.len() >= end.len()
            && first.get(first.len() - end.len()..).is_some_and(|tail| super::word_is(tail, end))
    };
    (first.chars().count() >= ITEM_HEAD_LETTERS && !lang_table.not_item_heads.iter().any(no_item))
        .then_some(start)
}

/// The bytes of space-like characters at `at`.
pub(super) fn space_run(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    rest.len() - rest.trim_start_matches(super::is_space_like).len()
}

/// A paragraph number at `at`: one to three digits, then the parts of a numbered paragraph
/// of a report, each a dot and one or two digits (`6.12`, `2.3.1`), then a lower-case letter
/// or none, then an ASCII word boundary (`2`, `9a`, `6.12`, not `1234` or `2ab`). Dotted parts
/// followed by a further dot and digits (`1.1.2020`, a date) or of three digits (`50.000`)
/// are left out, the first number read alone. Or a point numbered by Roman parts
/// ([`roman_point`]).
fn paragraph_number(bytes: &[u8], at: usize) -> Option<Range<usize>> {
    if bytes.get(at).is_some_and(|b| matches!(b, b'I' | b'V' | b'X')) {
        return roman_point(bytes, at);
    }
    // A number in brackets, as the Official Journal's English numbers points (`point (2)`,
    // `point (1)(a)`): the span holds the brackets.
    if bytes.get(at) == Some(&b'(') {
        let digits = bytes.get(at + 1..)?.iter().take_while(|b| b.is_ascii_digit()).count();
        let close = at + 1 + digits;
        // Not two numbers in brackets (`(2)(3)`), which are no point and its letter.
        let numbered_next =
            bytes.get(close + 1) == Some(&b'(') && bytes.get(close + 2).is_some_and(u8::is_ascii_digit);
        return ((1..=3).contains(&digits) && bytes.get(close) == Some(&b')') && !numbered_next)
            .then_some(at..close + 1);
    }
    let digits = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let end = at + digits;
    let digits_at =
        |at: usize| bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    // The end of each dotted part, the number alone first.
    let mut ends = vec![end];
    let mut dotted = end;
    while bytes.get(dotted) == Some(&b'.') && (1..=2).contains(&digits_at(dotted + 1)) {
        dotted += 1 + digits_at(dotted + 1);
        ends.push(dotted);
    }
    if bytes.get(dotted) == Some(&b'.') && digits_at(dotted + 1) > 0 {
        ends.truncate(1);
    }
    let ends_word = |end: usize| !bytes.get(end).is_some_and(|&b| is_word(b));
    // The longest number that ends a word, with a letter or without.
    ends.into_iter().rev().find_map(|end| {
        if bytes.get(end).is_some_and(u8::is_ascii_lowercase) && ends_word(end + 1) {
            return Some(at..end + 1);
        }
        ends_word(end).then_some(at..end)
    })
}

/// A point numbered by a Roman numeral and dotted parts of one or two digits, then a letter
/// after a last dot or none (`point II.2`, `punkt II.2.b`, as the Venice Commission's code
/// numbers its points), ending a word: its span. A numeral alone (`point II`) is none.
fn roman_point(bytes: &[u8], at: usize) -> Option<Range<usize>> {
    let numeral = bytes.get(at..)?.iter().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    super::units::roman(bytes.get(at..at + numeral)?).filter(|&value| value > 0)?;
    let digits_at =
        |at: usize| bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    let mut end = at + numeral;
    while bytes.get(end) == Some(&b'.') && (1..=2).contains(&digits_at(end + 1)) {
        end += 1 + digits_at(end + 1);
    }
    let word_at = |at: usize| bytes.get(at).is_some_and(|&b| is_word(b));
    if end == at + numeral || word_at(end) || bytes.get(end) == Some(&b'.') && digits_at(end + 1) > 0 {
        return None;
    }
    let lettered = bytes.get(end) == Some(&b'.')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
        && !word_at(end + 2);
    Some(at..if lettered { end + 2 } else { end })
}

/// Where the number after a comma at `at` (spaces around it) would start.
fn comma_gap(text: &str, at: usize) -> Option<usize> {
    let comma = at + space_run(text, at);
    (text.as_bytes().get(comma) == Some(&b',')).then(|| comma + 1 + space_run(text, comma + 1))
}

/// The number joined to a list at `at` by a dash (`1–4`) or a list or range word between
/// spaces (`and 3`, `till och med 4`).
fn joined_number(text: &str, at: usize, lang_table: &LangTable) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let spaces = space_run(text, at);
    let dash = at + spaces;
    let dash_len = match bytes.get(dash..) {
        Some([0xE2, 0x80, 0x93, ..]) => 3,
        _ => hyphen_len(bytes, dash).unwrap_or(0),
    };
    if dash_len > 0 {
        let start = dash + dash_len;
        return paragraph_number(bytes, start + space_run(text, start));
    }
    if spaces == 0 {
        return None;
    }
    lang_table.list_joiners.iter().chain(lang_table.range_bare_joiners).find_map(|word| {
        let end = dash + word.len();
        let gap = space_run(text, end);
        (word_at(bytes, dash, word) && gap > 0).then(|| paragraph_number(bytes, end + gap)).flatten()
    })
}

/// Whether a group of three digits follows `at` (`50 000`, `50,000`): the number before is
/// the head of a larger one.
fn digit_group_follows(text: &str, at: usize) -> bool {
    let bytes = text.get(at..).unwrap_or("").as_bytes();
    let rest = match bytes {
        [b',' | b'.' | b' ', rest @ ..] => rest,
        [0xC2, 0xA0, rest @ ..] | [0xE2, 0x80, 0xAF, rest @ ..] => rest,
        _ => return false,
    };
    rest.len() >= 3
        && rest.iter().take(3).all(u8::is_ascii_digit)
        && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

/// Whether `text` ends with one of `words` (ASCII case ignored) and a space, the word
/// standing alone.
fn ends_with_word(text: &str, words: &[&str]) -> bool {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    trimmed.len() < text.len()
        && words.iter().any(|word| {
            trimmed.len() >= word.len()
                && super::word_at(trimmed.as_bytes(), trimmed.len() - word.len(), word)
                && !char_before(trimmed, trimmed.len() - word.len()).is_some_and(char::is_alphanumeric)
        })
}

/// Whether `word` occurs in `text`, ASCII case ignored.
fn contains_ignore_ascii_case(text: &str, word: &str) -> bool {
    text.as_bytes().windows(word.len()).any(|window| window.eq_ignore_ascii_case(word.as_bytes()))
}

/// A point of an article: its span and its key suffix, lower case: `(b)`, or `(a)..(c)` for
/// a range of points; or a paragraph and its number (`2`, `1..4`).
type Point = (Range<usize>, String);

/// How far back from an article [`named_points`] looks for the points naming it.
const POINTS_LOOKBACK: usize = 80;

/// The point of `(c)` or `c`, lower case, unless it is a word of the language (`i`); of a
/// point with its sub-point, the inside of the outer brackets (`a)(ii` of `(a)(ii)`).
fn point_letter(point: &str, lang_table: &LangTable) -> Option<String> {
    let letter = point.trim_matches(|c| c == '(' || c == ')').to_lowercase();
    (!letter.is_empty() && !lang_table.not_points.contains(&letter.as_str())).then_some(letter)
}

/// How many dotted parts the number of an article written with a bracketed paragraph has
/// after its first (`1` of `Article 14.29(2)`, an agreement numbering its articles by
/// chapter; `0` of `Article 5(2)`): the last word of `written`, the article's reference as
/// written. A number without a bracket (`artikel 14.29.2`) has none: its dots may as well be
/// paragraphs.
fn chapter_parts(written: &str) -> usize {
    let number = written.rsplit(|c: char| c.is_whitespace() || super::is_space_like(c)).next().unwrap_or("");
    let Some(open) = number.find('(') else {
        return 0;
    };
    let article = &number[..open];
    if article.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') {
        article.bytes().filter(|&b| b == b'.').count()
    } else {
        0
    }
}

/// Whether the last word of `written`, an article's reference as written, is a number of
/// dotted parts and nothing else (`14.29`, `3.2a`; not `5(2)` nor `5.1 a`), whose parts the
/// key brackets (`14(29)`) as it does paragraphs.
fn dotted_number(written: &str) -> bool {
    let number = written.rsplit(|c: char| c.is_whitespace() || super::is_space_like(c)).next().unwrap_or("");
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.contains('.')
        && !number.ends_with('.')
        && number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
}

/// More points of the article `key` after its last point (`Article 5(1)(a) and (c)`,
/// `artikel 5.1 a och c`), each its own value, from `at` on. The article's own number holds
/// `chapter` dotted parts after its first (see [`chapter_parts`]), keyed as paragraphs are.
fn more_points(
    text: &str,
    mut at: usize,
    key: &str,
    chapter: usize,
    patterns: &Patterns,
    lang_table: &LangTable,
    out: &mut Vec<Value>,
) {
    // After a point letter, more points (`Article 5(1)(a) and (c)`); after the one paragraph
    // of an article, more paragraphs (`Article 5(2) and (3)`, as `artikel 5.2 och 5.3`), of
    // an article numbered by chapter too (`Article 14.29(2) and (3)`, `artikel 14.29.2 och
    // 14.29.3`), whose dotted parts the key brackets (`14(29)(2)`).
    let Some(open) = key.rfind('(') else {
        return;
    };
    let (article, last) = key.split_at(open);
    let last = last.trim_matches(|c| c == '(' || c == ')');
    let paragraphs = article.matches('(').count() == chapter && paragraph_part(last);
    if !paragraphs && !last.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return;
    }
    // The article and paragraph that a point written with its paragraph names anew: the
    // points after it are theirs (`Article 14(2)(a) and (4)(a) and (b)`).
    let mut restarted: Option<String> = None;
    while let Some(item) = text
        .get(at..)
        .and_then(|rest| patterns.point_more.captures_iter(rest).next())
        .and_then(|captures| captures.get(1).or_else(|| captures.get(2)))
    {
        let (start, mut end) = (at + item.start(), at + item.end());
        let Some(mut letter) = point_letter(item.as_str(), lang_table)
            .filter(|_| !char_at(text, end).is_some_and(char::is_alphabetic))
        else {
            return;
        };
        // `Article 14(2)(a) and (4)(a)`: a number in brackets is a paragraph, so a point
        // written with its paragraph after a point of another one is of the article, not of
        // the paragraph before (`artikel 14.2 a och 14.4 a`).
        if !paragraphs
            && let Some((paragraph, point)) = letter.split_once(")(")
            && paragraph.starts_with(|c: char| c.is_ascii_digit())
            && let Some(article) = paragraph_base(key, chapter)
        {
            let article = format!("{article}({paragraph})");
            out.push(article_value(start..end, &format!("{article}({point})")));
            restarted = Some(article);
            at = end;
            continue;
        }
        let article = restarted.as_deref().unwrap_or(article);
        // After a paragraph, a paragraph inserted by an amendment is one too (`Article 6a(5a)
        // and (5b)`, as `artikel 6a.5a och 6a.5b`); after a point, a number with a letter is
        // read as before.
        let is_number = item.as_str().starts_with('(')
            && if paragraphs { paragraph_part(&letter) } else { letter.bytes().all(|b| b.is_ascii_digit()) };
        // A roman point after a bare letter (`artikel 17.3 d ii och e ii`), as the first
        // point has it.
        if lang_table.bare_points
            && !is_number
            && let Some(roman_end) = roman_after(text, end, lang_table)
            && let Some(roman) = text.get(end..roman_end).and_then(|r| r.split_whitespace().last())
        {
            letter = format!("{letter})({}", roman.to_ascii_lowercase());
            end = roman_end;
        }
        // `Articles 10(1)(a), (c) and (g) and 13`: a number after lettered points is none of
        // them, as points are letters, roman numerals or numbers in brackets, but the next
        // article of the list.
        if !paragraphs && !is_number && letter.bytes().all(|b| b.is_ascii_digit()) {
            articles_after_points(text, start, patterns, lang_table, out);
            return;
        }
        if paragraphs != is_number {
            return;
        }
        // After a letter's roman point (`d ii`), a letter with its own roman point (`e ii`)
        // is of the paragraph, not of the letter before.
        let roman =
            |part: &str| matches!(part, "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x");
        // `vi` after a dash bounds a range of roman points only (`b i–vi`).
        if letter == "vi" && !roman(last) {
            return;
        }
        let article = match article.rfind('(') {
            Some(open) if letter.contains(")(") && roman(last) => &article[..open],
            _ => article,
        };
        // `Article 7(1)(a) to (c)`, `artikel 7.1 a–c`: the last value becomes a range, and
        // `Article 5(2) to (4)` the range `artikel 5.2–5.4` writes.
        if let Some(last) = out.last_mut()
            && last.span.end <= start
            && !last.key.contains("..")
            && last.key.strip_prefix("art:").is_some_and(|key| key.starts_with(article))
            && text.get(last.span.end..start).is_some_and(|gap| is_range_gap(gap, lang_table))
        {
            let high = if paragraphs { format!("{article}({letter})") } else { format!("({letter})") };
            let key = format!("{}..{high}", &last.key["art:".len()..]);
            *last = article_value(last.span.start..end, &key);
            at = end;
            continue;
        }
        out.push(article_value(start..end, &format!("{article}({letter})")));
        at = end;
    }
}

/// Whether `part`, a part of an article's key, is a paragraph's number: digits, with the one
/// letter of a paragraph an amendment inserted (`2`, `5a`; not `a`, `ii` nor `5aa`).
fn paragraph_part(part: &str) -> bool {
    let digits = part.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &part.as_bytes()[digits..];
    digits > 0 && (rest.is_empty() || (rest.len() == 1 && rest[0].is_ascii_lowercase()))
}

/// The article of `key` (`14` of `14(2)(a)`, with its `chapter` dotted parts, `14(29)` of
/// `14(29)(2)(a)`), where a paragraph, a number in brackets, follows it in the key.
fn paragraph_base(key: &str, chapter: usize) -> Option<&str> {
    let (open, _) = key.match_indices('(').nth(chapter)?;
    key.get(open + 1..)?.starts_with(|c: char| c.is_ascii_digit()).then(|| &key[..open])
}

/// The articles of a list that goes on after the lettered points of one, from the bare
/// number at `at` on (`Articles 7, 10(1)(a), (c) and (g) and 13 of the Directive` =
/// `artiklarna 7, 10.1 a, c och g samt 13 i direktivet`), each joined to the one before by a
/// comma or a list word. A number before a lower-case word that follows no reference may be a
/// count (`and 13 other provisions`): it ends the list unread.
fn articles_after_points(
    text: &str,
    mut at: usize,
    patterns: &Patterns,
    lang_table: &LangTable,
    out: &mut Vec<Value>,
) {
    loop {
        let Some(item) = patterns
            .article_item
            .captures_in(text, at..text.len(), true)
            .and_then(|captures| captures.get(0))
        else {
            return;
        };
        let end = item.end();
        // A last point that is a word of the language (`13 i direktivet`) is none.
        let glued = char_at(text, end).is_some_and(char::is_alphabetic);
        let ends_reference = point_context_follows(text.get(end..).unwrap_or(""), lang_table);
        let written =
            trim_false_point(item.as_str(), lang_table, glued, ends_reference).unwrap_or(item.as_str());
        let end = at + written.len();
        let Some(key) = article_key(written, lang_table).filter(|_| !count_follows(text, end, lang_table))
        else {
            return;
        };
        out.push(article_value(at..end, &key));
        // The next article: after a comma or a list word, a bare number.
        let Some(next) = text
            .get(end..)
            .and_then(|rest| patterns.point_more.captures_iter(rest).next())
            .and_then(|captures| captures.get(1))
            .filter(|next| next.as_str().starts_with(|c: char| c.is_ascii_digit()))
        else {
            return;
        };
        if is_range_gap(text.get(end..end + next.start()).unwrap_or(""), lang_table) {
            return;
        }
        at = end + next.start();
    }
}

/// Whether the article word of an article match is a plural (`Articles`, `artiklarna`): a
/// list of articles, which may go on after the points of one.
fn plural_article_word(captures: &Captures<'_>, lang_table: &LangTable) -> bool {
    captures.get(1).is_some_and(|word| {
        !lang_table.singular_article_words.iter().any(|singular| singular.eq_ignore_ascii_case(word.as_str()))
    })
}

/// Where the next article of a list starts after points that end at `end` (`, and 64(2)` of
/// `Articles 63, points 1 and 2, and 64(2)`): after a comma, a list word or both, a digit.
fn list_goes_on(text: &str, end: usize, lang_table: &LangTable) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = comma_gap(text, end).unwrap_or(end);
    let at = lang_table
        .list_joiners
        .iter()
        .find_map(|joiner| {
            let start = at + space_run(text, at);
            let gap = space_run(text, start + joiner.len());
            (start > end && word_at(bytes, start, joiner) && gap > 0).then_some(start + joiner.len() + gap)
        })
        .unwrap_or(at);
    (at > end && bytes.get(at).is_some_and(u8::is_ascii_digit)).then_some(at)
}

/// The numbered points named right after an article that ends at `article_end`, by a word
/// of [`LangTable::numbered_point_words`] (`artikel 63 punkterna 1 och 2`): each point's span
/// and key suffix (`(1)`, `(1)..(3)` for a range), and where a list of articles goes on after
/// them, if it does. A point is a number with a letter or none (`7a`); a dotted number
/// (`64.2`) is the next article's, and so is what follows the item a list word joins, the
/// last of the points (`punkterna 1 och 2 och 64`). None when the first number is no point
/// (`punkt 2.1`), which the paragraph reader keeps.
fn numbered_points(
    text: &str,
    article_end: usize,
    lang_table: &LangTable,
) -> Option<(Vec<Point>, Option<usize>)> {
    let bytes = text.as_bytes();
    let at = article_end + space_run(text, article_end);
    // The cheap test first: a point word right after the article.
    if at == article_end || !lang_table.numbered_point_words.iter().any(|word| word_at(bytes, at, word)) {
        return None;
    }
    let numbers = paragraph_at(text, at, lang_table)?;
    let is_point = |number: &Range<usize>| {
        let written = text.get(number.clone()).unwrap_or("");
        let digits = digit_run(written.as_bytes(), 0);
        (1..=2).contains(&digits) && written.len() - digits <= 1
    };
    let mut points: Vec<Point> = Vec::new();
    let mut rest = None;
    let mut last_joined = false;
    for number in &numbers {
        if last_joined || !is_point(number) {
            rest = Some(number.start);
            break;
        }
        if let Some((previous, _)) = points.last() {
            let gap = text.get(previous.end..number.start).unwrap_or("").trim_matches(super::is_space_like);
            last_joined = lang_table.list_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(gap));
        }
        let written = text.get(number.clone()).unwrap_or("").to_ascii_lowercase();
        points.push((number.clone(), format!("({written})")));
    }
    if points.is_empty() {
        return None;
    }
    Some((join_ranges(text, points, lang_table), rest))
}

/// Whether the article number that ends at `end`, the last of a list joined to the one before
/// it by `gap`, may be a count rather than an article: after a singular article word (two
/// articles take the plural, `artiklarna 14 och 16`, `Articles 14 and 16`), a bare number
/// after a list word, a range word or a comma (`reducing the period in Article 5(3) to 24
/// hours`), followed by a lower-case word that no article reference is
/// (`artikel 14 och 316 mer detaljerade inspektioner`, `Article 14 and 316 more detailed
/// inspections`). Real texts still write `artikel 3 och 4 i förordningen` for two articles:
/// the words that follow a reference (`reference_followers`) keep the article, and what else
/// follows leaves both readings open, which the caller keeps as one optional value.
fn count_after_article(
    text: &str,
    word: &str,
    gap: Range<usize>,
    end: usize,
    lang_table: &LangTable,
) -> bool {
    let number = text.get(gap.end..end).unwrap_or("");
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let joined = text.get(gap).map(|gap| gap.trim_matches(super::is_space_like)).is_some_and(|gap| {
        gap == ","
            || lang_table.list_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(gap))
            || lang_table.range_bare_joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(gap))
    });
    if !joined || !lang_table.singular_article_words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return false;
    }
    count_follows(text, end, lang_table) || article_after_word(text, end, lang_table)
}

/// Whether one lower-case word, no list or range word, and then an article word follow the
/// number that ends at `end`, a space apart (`7 under Article 25a`, `sju enligt artikel 25a`):
/// after a singular article word, the number counts what was done under the next article, as
/// `29 under Article 25, 7 under Article 25a and 1 under Article 28` sets them in parallel. An
/// article of a list is followed by its act or the list's next article, never by a preposition
/// and another article (`Article 3, 4 and Article 5` stays a list).
fn article_after_word(text: &str, end: usize, lang_table: &LangTable) -> bool {
    let after = end + space_run(text, end);
    let rest = text.get(after..).unwrap_or("");
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = &rest[..word_len];
    if after == end
        || !word.starts_with(char::is_lowercase)
        || lang_table.list_joiners.contains(&word)
        || lang_table.range_bare_joiners.contains(&word)
    {
        return false;
    }
    let at = after + word_len;
    let next = at + space_run(text, at);
    let bytes = text.as_bytes();
    next > at
        && lang_table.article_words.iter().any(|article| {
            word_at(bytes, next, article) && !bytes.get(next + article.len()).is_some_and(|&b| is_word(b))
        })
}

/// Whether a lower-case word that follows no reference (`reference_followers`) comes after the
/// number that ends at `end`, one or more spaces apart: the number may be a count. A
/// bracketed aside between them that holds a space, which no paragraph or point of an article
/// does, is skipped; one that gives a share (`Article 13(1), 178 (81 %) had`) makes the number
/// a count, as no reference is followed by a share.
fn count_follows(text: &str, end: usize, lang_table: &LangTable) -> bool {
    let mut after = end + space_run(text, end);
    if after > end
        && let Some(inside) = text.get(after..).and_then(|rest| rest.strip_prefix('('))
        && let Some(close) = inside.find(')')
        && inside[..close].contains([' ', '\u{a0}', '%'])
    {
        if inside[..close].contains('%') {
            return true;
        }
        let aside_end = after + 1 + close + 1;
        after = aside_end + space_run(text, aside_end);
        if after == aside_end {
            return false;
        }
    }
    let rest = text.get(after..).unwrap_or("");
    let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    after > end && next.starts_with(char::is_lowercase) && !lang_table.reference_followers.contains(&next)
        || plural_noun_follows(text, end, lang_table)
}

/// Whether a noun in the plural written with a capital follows the number that ends at `end`,
/// alone or after one capitalised word of its noun (`17 Member States`, `12 Contracting
/// Parties`, `5 Parties`): the number counts them, as a name in the plural never follows an
/// article reference. A noun written with a capital mid-sentence, never in capitals alone (an
/// abbreviation, `TFEU`); its plural by an ending of `plural_noun_endings` but for those of
/// `singular_noun_endings` (`Analysis`, `Access`).
fn plural_noun_follows(text: &str, end: usize, lang_table: &LangTable) -> bool {
    if lang_table.plural_noun_endings.is_empty() {
        return false;
    }
    let capitalised = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.as_str().len() > 1
            && chars.all(char::is_lowercase)
    };
    let plural = |word: &str| {
        lang_table.plural_noun_endings.iter().any(|ending| word.ends_with(ending))
            && !lang_table.singular_noun_endings.iter().any(|ending| word.ends_with(ending))
    };
    let mut at = end;
    for _ in 0..2 {
        let gap = space_run(text, at);
        let rest = text.get(at + gap..).unwrap_or("");
        let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if gap == 0 || !capitalised(word) {
            return false;
        }
        if plural(word) {
            return true;
        }
        at += gap + word.len();
    }
    false
}

/// Whether an article item ends on a point word and a number (`1 led 3`).
fn ends_on_numbered_point(item: &str, lang_table: &LangTable) -> bool {
    let mut words =
        item.rsplit(|c: char| c.is_whitespace() || super::is_space_like(c)).filter(|w| !w.is_empty());
    words.next().is_some_and(|number| number.bytes().all(|b| b.is_ascii_digit()))
        && words
            .next()
            .is_some_and(|word| lang_table.point_names.iter().any(|name| name.eq_ignore_ascii_case(word)))
}

/// The last point of an article number that is a word of the language (`i` = in) or the first
/// letter of a word (`f` of `första`) is no point: the item without it. A word of the language
/// stays a point where no word can follow it (`artikel 5.1 a i,`, `a i och ii`), which
/// `ends_reference` tells.
fn trim_false_point<'a>(
    item: &'a str,
    lang_table: &LangTable,
    glued: bool,
    ends_reference: bool,
) -> Option<&'a str> {
    let last_space = item.rfind(|c: char| c.is_whitespace() || super::is_space_like(c))?;
    let letter = item.get(last_space..)?.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !glued && (ends_reference || !lang_table.not_points.contains(&letter.to_lowercase().as_str())) {
        return None;
    }
    Some(item.get(..last_space)?.trim_end())
}

/// A roman point after the spaced point letter that ends `text[..at]` (`ii` of `artikel 11.1
/// b ii`): where it ends. `i`, also the Swedish `in`, only where the reference ends.
fn roman_after(text: &str, at: usize, lang_table: &LangTable) -> Option<usize> {
    let letter = at.checked_sub(1)?;
    if !text.as_bytes().get(letter)?.is_ascii_alphabetic()
        || !char_before(text, letter).is_some_and(super::is_space_like)
    {
        return None;
    }
    let mut start = at + space_run(text, at);
    let word_end = |from: usize| {
        from + text.as_bytes().get(from..).map_or(0, |rest| rest.iter().take_while(|&&b| is_word(b)).count())
    };
    // A point word may name the roman point: `artikel 5.1 a led i`, `a leden i och ii`.
    let after = word_end(start);
    let first = text.get(start..after)?;
    if lang_table.point_names.iter().any(|name| name.eq_ignore_ascii_case(first)) {
        let gap = space_run(text, after);
        if gap == 0 {
            return None;
        }
        start = after + gap;
    }
    let end = word_end(start);
    let word = text.get(start..end)?.to_ascii_lowercase();
    let roman = matches!(word.as_str(), "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x");
    (start > at && roman && (word != "i" || point_context_follows(text.get(end..)?, lang_table)))
        .then_some(end)
}

/// Whether what follows an article number ends the reference, so that a last point that is
/// also a word (`i`) is a point: the end of the text, a punctuation mark, or a list word or a
/// dash before another roman point (`i och ii`, `i–iii`).
fn point_context_follows(rest: &str, lang_table: &LangTable) -> bool {
    let Some(first) = rest.chars().next() else { return true };
    if matches!(first, ',' | ';' | '.' | ':' | ')' | '\u{2013}') || is_hyphen(first) {
        let after = rest[first.len_utf8()..].trim_start();
        return !(first == '\u{2013}' || is_hyphen(first)) || after.starts_with(['i', 'v', 'x']);
    }
    let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
    if trimmed.len() == rest.len() {
        return false;
    }
    // The end of a table's cell, which a preposition never ends: `| led b i |`.
    if cell_ends(rest) {
        return true;
    }
    // A word that never follows the preposition: `led a i till och med den 31 december`.
    if super::points::word_never_after_preposition(rest, lang_table) {
        return true;
    }
    // The preposition right after the point: `artikel 4.1 i i den förordningen`, where the
    // first `i` is the point, as no preposition stands before another.
    if lang_table.not_points.contains(&"i")
        && trimmed.strip_prefix('i').is_some_and(|after| {
            after.starts_with(' ') && after.trim_start().starts_with(char::is_alphabetic)
        })
    {
        return true;
    }
    lang_table.list_joiners.iter().any(|joiner| {
        trimmed.len() > joiner.len()
            && super::word_at(trimmed.as_bytes(), 0, joiner)
            && trimmed[joiner.len()..]
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|word| !word.is_empty() && word.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
    })
}

/// Whether `rest` starts, after spaces, with the bar that ends a table's cell (` | `), or
/// only spaces: the end of the cell's text, where no word that takes a complement stands.
pub(super) fn cell_ends(rest: &str) -> bool {
    let gap = space_run(rest, 0);
    gap > 0 && rest.get(gap..).is_some_and(|after| after.is_empty() || after.starts_with('|'))
}

/// The canonical article number: `8(2)(a)` for `8(2)(a)`, `8.2 a` and `8.2 led a`.
fn article_key(item: &str, lang_table: &LangTable) -> Option<String> {
    let mut key = String::new();
    let mut rest = item;
    let head_end = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
    let head = rest.get(..head_end)?;
    if !head.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    push_lowercase(&mut key, head);
    rest = rest.get(head_end..)?;
    // `6 § 1`: the paragraph sign's number is the paragraph.
    if let Some(after) =
        rest.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c)).strip_prefix('§')
    {
        let number = after.trim_start_matches(|c: char| c.is_whitespace() || super::is_space_like(c));
        let end = number.find(|c: char| !c.is_ascii_digit()).unwrap_or(number.len());
        key.push('(');
        key.push_str(number.get(..end)?);
        key.push(')');
        rest = number.get(end..)?;
    }
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('(') {
            let close = inner.find(')')?;
            key.push('(');
            push_lowercase(&mut key, inner.get(..close)?);
            key.push(')');
            rest = inner.get(close + 1..)?;
        } else if let Some(inner) = rest.strip_prefix('.') {
            let end = inner.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(inner.len());
            key.push('(');
            push_lowercase(&mut key, inner.get(..end)?);
            key.push(')');
            rest = inner.get(end..)?;
        } else {
            // A point letter, after a point word or not, and a roman point of it (`b ii`).
            // Point words before a letter or a roman point (`led a`, `a led i`) are left out
            // (the names hold the point words).
            let words: Vec<&str> = rest
                .split_whitespace()
                .filter(|word| !lang_table.point_names.iter().any(|name| name.eq_ignore_ascii_case(word)))
                .collect();
            if words.len() <= 2 {
                // A point that is also a word (`i`) is here only where it ends the reference
                // (see [`trim_false_point`]).
                for word in words {
                    key.push('(');
                    push_lowercase(&mut key, word);
                    key.push(')');
                }
            }
            break;
        }
    }
    Some(key)
}

fn two_digit_year(year: &str) -> String {
    match year.parse::<u32>() {
        Ok(short) if year.len() == 2 && short >= 50 => format!("19{year}"),
        Ok(_) if year.len() == 2 => format!("20{year}"),
        _ => year.to_string(),
    }
}

fn document_prefix(lang_table: &LangTable, prefix: &str) -> String {
    let lower = prefix.to_lowercase();
    lang_table
        .document_prefixes
        .iter()
        .find(|(name, _)| *name == lower)
        .map_or_else(|| prefix.to_uppercase(), |(_, english)| (*english).to_string())
}

/// Whether a year of two or four digits stands in brackets, spaces aside, as in every
/// `COM(2026) 45` (the `document` pattern's `{sp}` are the spaces [`skip_space_like`] skips):
/// most brackets before a digit in prose hold another number (`(1)`, `(EU) 2024/1351`).
fn bracket_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'(', bytes).any(|at| {
        let digits = skip_space_like(bytes, at + 1);
        let run = digit_run(bytes, digits);
        matches!(run, 2 | 4) && bytes.get(skip_space_like(bytes, digits + run)) == Some(&b')')
    })
}

/// Whether four digits stand between two slashes, as in every `COM/2026/45`.
fn slash_year_slash(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'/', bytes).any(|at| {
        bytes.get(at + 1..at + 6).is_some_and(|after| {
            matches!(after, [a, b, c, d, b'/'] if [a, b, c, d].iter().all(|digit| digit.is_ascii_digit()))
        })
    })
}

/// Whether `EUCO` occurs, as in every `EUCO 1/25`.
fn mentions_euco(text: &str, pairs: &Pairs) -> bool {
    static EUCO: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("EUCO"));
    pairs.find(&EUCO, text.as_bytes()).is_some()
}

/// Whether four digits stand right before an ASCII capital, as in every CELEX number
/// (`52025DC0795`: a digit or `C` or `E`, four digits, a letter).
fn digits_then_capital(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(start) = find_digit(bytes, at) {
        let run = bytes.get(start..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        at = start + run;
        if run >= 4 && bytes.get(at).is_some_and(u8::is_ascii_uppercase) {
            return true;
        }
    }
    false
}

fn documents(text: &str, patterns: &Patterns, lang_table: &LangTable, out: &mut Vec<Value>) {
    // `COM(2026) 45` holds a bracket before a digit, `COM/2026/45` a slash before four
    // digits and a slash.
    let (bracket, slash) = (bracket_year(text), slash_year_slash(text));
    for (pattern, gate) in [(&patterns.document, bracket), (&patterns.document_slash, slash)] {
        for captures in pattern.captures_iter(if gate { text } else { "" }) {
            let (Some(all), Some(prefix), Some(year), Some(number)) =
                (captures.get(0), captures.get(1), captures.get(2), captures.get(3))
            else {
                continue;
            };
            // `C` must be the capital letter: a lower-case `c(2020)` is prose.
            if prefix.as_str() == "c" {
                continue;
            }
            let prefix = document_prefix(lang_table, prefix.as_str());
            let year = two_digit_year(year.as_str());
            let number = number.as_str().trim_start_matches('0');
            out.push(Value::new(
                ValueKind::Legal,
                all.start()..all.end(),
                format!("doc:{prefix}:{year}:{number}"),
                format!("{prefix}({year}) {number}"),
            ));
        }
    }
}

/// Reports and opinions numbered within their year: the Court of Auditors' special reports
/// (`special report 24/2019`, `Special Report No 05/2023`, `särskild rapport nr 24/2019`)
/// and the Court of Justice's opinions (`Opinion 1/15`, `yttrande 1/15`), as
/// `report:24/2019`: the number without leading zeros and the year in four digits. A series
/// whose English name a translation keeps (`EEA Report 01/2024` in a Swedish text, with the
/// table's `kept_english_report_words`) is read as in the original, whatever the language
/// around it: its number is the report's, never a month. The measures an international body
/// numbers so (`Resolution 18/03`, with a noun of `numbered_measure_nouns`) are
/// `resolution:18/3` (displayed as written, `18/03`), the two figures as written but for
/// their leading zeros, as the body's numbering is its own (the year first or last).
fn numbered_reports(text: &str, lang: Lang, out: &mut Vec<Value>) {
    const EN_NO_WORDS: &[&str] = &["nos.", "nos", "no.", "no"];
    let (nouns, no_words): (&[&str], &[&str]) = match lang {
        Lang::En => (&["reports", "report", "opinions", "opinion", "reviews", "review"], EN_NO_WORDS),
        Lang::Sv => (
            &[
                "rapporterna",
                "rapporter",
                "rapporten",
                "rapport",
                "yttrandena",
                "yttrandet",
                "yttrande",
                "översikten",
                "översikt",
            ],
            &["nr.", "nr"],
        ),
    };
    let kept = table(lang).kept_english_report_words;
    let measure_nouns = table(lang).numbered_measure_nouns;
    let bytes = text.as_bytes();
    for slash in digit_slashes(bytes) {
        let number_len = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let number_start = slash - number_len;
        let year_len = digit_run(bytes, slash + 1);
        let end = slash + 1 + year_len;
        if !(1..=3).contains(&number_len)
            || !matches!(year_len, 2 | 4)
            || char_before(text, number_start).is_some_and(|c| c.is_alphanumeric() || "/.,-".contains(c))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let head = text.get(..number_start).unwrap_or("").trim_end_matches(' ');
        let named = report_noun_ends(head, nouns, no_words, true)
            || (!kept.is_empty() && report_noun_ends(head, kept, EN_NO_WORDS, false));
        let (Some(number), Some(year)) = (text.get(number_start..slash), text.get(slash + 1..end)) else {
            continue;
        };
        if number.bytes().all(|b| b == b'0') {
            continue;
        }
        if !named {
            if report_noun_ends(head, measure_nouns, no_words, true) && !year.bytes().all(|b| b == b'0') {
                let key = format!("{}/{}", number.trim_start_matches('0'), year.trim_start_matches('0'));
                out.push(Value::new(
                    ValueKind::Legal,
                    number_start..end,
                    format!("resolution:{key}"),
                    format!("{number}/{year}"),
                ));
            }
            continue;
        }
        let id = format!("{}/{}", number.trim_start_matches('0'), two_digit_year(year));
        out.push(Value::new(
            ValueKind::Legal,
            number_start..end,
            format!("report:{id}"),
            format!("report {id}"),
        ));
    }
}

/// Whether `head`, the text before a report's number, ends on one of `nouns` as a whole word,
/// with a number word of `no_words` between (`Report No`, `rapport nr`) or none. The nouns
/// match in any case where `any_case`, else as written (an English series name kept in
/// another language, capital first); the number words in any case.
fn report_noun_ends(head: &str, nouns: &[&str], no_words: &[&str], any_case: bool) -> bool {
    // Back over a space, a number word and a space, to the noun.
    let head = no_words
        .iter()
        .find_map(|word| {
            let rest = head.len().checked_sub(word.len()).and_then(|cut| head.get(cut..))?;
            let before = head.get(..head.len() - word.len())?;
            (rest.eq_ignore_ascii_case(word) && before.ends_with(' ')).then(|| before.trim_end_matches(' '))
        })
        .unwrap_or(head);
    nouns.iter().any(|noun| {
        head.len() >= noun.len()
            && head
                .get(head.len() - noun.len()..)
                .is_some_and(|word| if any_case { word.eq_ignore_ascii_case(noun) } else { word == *noun })
            && head
                .get(..head.len() - noun.len())
                .and_then(|h| h.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// An article named without its word in the first cell of a table's row, numbered by chapter
/// with its paragraph (`| 19.06(3)(c) | Clear width … |` = `| 19.06.3 c | Fri bredd … |`,
/// as ES-TRIN numbers its articles): a chapter's number and the article's, one to three
/// digits each, a full stop between, then the paragraph, in brackets or after another full
/// stop, and the points, in brackets or after a space, filling the cell. Keyed as the same
/// reference after its word is (`art:19(06)(3)(c)`). A paragraph after a full stop needs an
/// article of two digits, as a chapter numbers them (`19.08.5`; an entry of a list, `3.2.22`,
/// stays a number), and a number of dotted parts alone, which may still be a section's, is
/// optional.
fn cell_articles(text: &str, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let start = bytes.iter().take_while(|b| matches!(b, b' ' | b'|')).count();
    let chapter = digit_run(bytes, start);
    if !(1..=3).contains(&chapter) || bytes.get(start + chapter) != Some(&b'.') {
        return;
    }
    let article = digit_run(bytes, start + chapter + 1);
    if !(1..=3).contains(&article) {
        return;
    }
    let mut end = start + chapter + 1 + article;
    // A part in brackets at `at`: its end, when its inside holds one to four bytes of `inner`.
    let bracketed = |at: usize, inner: fn(&u8) -> bool| {
        let n = bytes.get(at + 1..).map_or(0, |rest| rest.iter().take_while(|b| inner(b)).count());
        (bytes.get(at) == Some(&b'(') && (1..=4).contains(&n) && bytes.get(at + 1 + n) == Some(&b')'))
            .then_some(at + n + 2)
    };
    // The paragraph: `(3)` or `.3`.
    let mut firm = false;
    if let Some(after) = bracketed(end, u8::is_ascii_digit) {
        end = after;
        firm = true;
    } else if article == 2 && bytes.get(end) == Some(&b'.') && (1..=2).contains(&digit_run(bytes, end + 1)) {
        end += 1 + digit_run(bytes, end + 1);
    } else {
        return;
    }
    // The points: `(c)(ii)` or ` c ii`.
    while let Some(after) = bracketed(end, u8::is_ascii_lowercase) {
        end = after;
        firm = true;
    }
    for _ in 0..2 {
        let letters =
            bytes.get(end + 1..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_lowercase()).count());
        let point = bytes.get(end + 1..end + 1 + letters).is_some_and(|word| {
            matches!(word, [_] | [_, b'a'..=b'd'])
                || matches!(word, b"ii" | b"iii" | b"iv" | b"vi" | b"vii" | b"viii" | b"ix")
        });
        if bytes.get(end) != Some(&b' ') || !point {
            break;
        }
        end += 1 + letters;
        firm = true;
    }
    let rest = bytes.get(end..).unwrap_or_default();
    let closed = rest.iter().find(|b| **b != b' ').is_none_or(|b| *b == b'|');
    let Some(key) = text.get(start..end).filter(|_| closed).and_then(|item| article_key(item, lang_table))
    else {
        return;
    };
    let mut value = article_value(start..end, &key);
    value.optional = !firm;
    out.push(value);
}

/// An article's paragraph and points named without the article's word, filling a table's
/// cell under a column of articles (`| 4(2)(b) |` = `| 4.2 b |`, as Swedish writes `Article
/// 4(2)(b)`): where points are bracketed, one to three digits, the paragraph in brackets and
/// one or more points in brackets; where they are bare, one to three digits, a full stop, the
/// paragraph of one or two digits, and a space and a point of one letter or a roman number,
/// with a roman sub-point after it if any. Nothing else in the cell: a figure without a
/// point (`| 8.3 |`) is left to the readers of numbers, and a list (`| 5(1)(a), 6(1) |`)
/// too. Keyed as the same reference after its word is (`art:4(2)(b)`), so that a changed
/// point (`4.2 c`) is a changed reference.
fn cell_provisions(text: &str, lang_table: &LangTable, out: &mut Vec<Value>) {
    let roman = |word: &[u8]| matches!(word, b"ii" | b"iii" | b"iv" | b"vi" | b"vii" | b"viii" | b"ix");
    for (start, cell) in super::row_cells(text) {
        let lead = cell.len() - cell.trim_start_matches([' ', '\u{a0}']).len();
        let item = cell.trim_matches([' ', '\u{a0}']);
        let bytes = item.as_bytes();
        let article = digit_run(bytes, 0);
        if !(1..=3).contains(&article) {
            continue;
        }
        let paragraph = digit_run(bytes, article + 1);
        if !(1..=2).contains(&paragraph) {
            continue;
        }
        let mut at = article + 1 + paragraph;
        let mut points = 0;
        if lang_table.bare_points {
            if bytes.get(article) != Some(&b'.') {
                continue;
            }
            while bytes.get(at) == Some(&b' ') && points < 2 {
                let word = bytes
                    .get(at + 1..)
                    .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_lowercase()).count());
                let Some(letters) = bytes.get(at + 1..at + 1 + word) else { break };
                if !(word == 1 && points == 0 || roman(letters)) {
                    break;
                }
                at += 1 + word;
                points += 1;
            }
        } else {
            if bytes.get(article) != Some(&b'(') || bytes.get(at) != Some(&b')') {
                continue;
            }
            at += 1;
            while bytes.get(at) == Some(&b'(') {
                let word = bytes
                    .get(at + 1..)
                    .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_lowercase()).count());
                if !(1..=4).contains(&word) || bytes.get(at + 1 + word) != Some(&b')') {
                    break;
                }
                at += 2 + word;
                points += 1;
            }
        }
        if points == 0 || at != item.len() {
            continue;
        }
        let Some(key) = article_key(item, lang_table) else { continue };
        let item_start = start + lead;
        out.push(article_value(item_start..item_start + item.len(), &key));
    }
}

/// The amending budgets of the Union, numbered within their year after a word for one
/// (`amending_budget_nouns`: `DAB 3/2026`, `draft amending budget No 3/2026`, `ändringsbudget
/// nr 3/2026`, `FÄB 3/2026`), with or without the number abbreviation: one reference in every
/// language, keyed as the number of a series named by capitals is (`id:3/2026`, see
/// [`coded_identifiers`]), so that a version that names it by another abbreviation still pairs.
/// Not a month and its year (`1/2026`), nor a bare numbered reference (`nr 3/2026`).
fn amending_budgets(text: &str, lang_table: &LangTable, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let space = |c: char| c.is_whitespace() || super::is_space_like(c);
    for slash in digit_slashes(bytes) {
        let number_len = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let number_start = slash - number_len;
        let end = slash + 1 + digit_run(bytes, slash + 1);
        if number_len > 3
            || end - slash != 5
            || char_before(text, number_start).is_some_and(|c| !space(c))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        // Back over the spaces, a number abbreviation and its spaces, to the noun.
        let head = text.get(..number_start).unwrap_or("").trim_end_matches(space);
        let head = lang_table
            .number_abbreviations
            .iter()
            .find_map(|word| {
                let cut = head.len().checked_sub(word.len())?;
                let before = head.get(..cut)?;
                (head.get(cut..)?.eq_ignore_ascii_case(word) && before.ends_with(space))
                    .then(|| before.trim_end_matches(space))
            })
            .unwrap_or(head);
        let named = lang_table.amending_budget_nouns.iter().any(|noun| {
            head.len()
                .checked_sub(noun.len())
                .and_then(|cut| Some((head.get(..cut)?, head.get(cut..)?)))
                .is_some_and(|(before, word)| {
                    !before.chars().next_back().is_some_and(char::is_alphanumeric)
                        && super::with_lowercase(word, |word| word == *noun)
                })
        });
        let Some(number) = text.get(number_start..end).filter(|_| named) else { continue };
        out.push(Value::new(ValueKind::Legal, number_start..end, format!("id:{number}"), number));
    }
}

/// The Commission's press documents, written alike in every language: `IP/26/412`,
/// `MEMO/26/412`, `SPEECH/26/15`, `STATEMENT/26/3`, `QANDA/26/7` (a two-digit year, then the
/// number).
fn press_documents(text: &str, out: &mut Vec<Value>) {
    const KINDS: [&str; 5] = ["IP", "MEMO", "SPEECH", "STATEMENT", "QANDA"];
    let bytes = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let letters = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
        let start = slash - letters;
        let Some(kind) = text.get(start..slash).filter(|kind| KINDS.contains(kind)) else {
            continue;
        };
        let year = slash + 1;
        let number = year + 3;
        let digits =
            bytes.get(number..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
        let end = number + digits;
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/')
            || !bytes.get(year..year + 2).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            || bytes.get(year + 2) != Some(&b'/')
            || !(1..=5).contains(&digits)
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let (Some(year), Some(number)) = (text.get(year..year + 2), text.get(number..end)) else {
            continue;
        };
        let id = format!("{kind}/{year}/{}", number.trim_start_matches('0'));
        out.push(Value::new(ValueKind::Legal, start..end, format!("press:{id}"), id));
    }
}

/// Council document numbers with the year in four digits (`12345/2025`, as the Parliament's
/// minutes cite them), keyed as with two (`council-doc:12345/25`): five digits before the
/// slash, so that an act number (`2019/1937`, its year first) is none.
fn council_numbers_with_long_years(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let left = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = slash - left;
        let end = slash + 5;
        let year = text.get(slash + 1..end).and_then(|y| y.parse::<u32>().ok());
        if left != 5
            || digit_run(bytes, slash + 1) != 4
            || !year.is_some_and(|y| (1990..2100).contains(&y))
            || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ','))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let (Some(number), Some(short)) = (text.get(start..slash), text.get(slash + 3..end)) else {
            continue;
        };
        let id = format!("{number}/{short}");
        council_document(text, start..end, &id, out);
    }
}

/// Revisions of Council documents (`6543/1/26`, the first revision of `6543/26`): four or
/// five digits, the revision's one or two, and the year's two, keyed `council-doc:6543/1/26`.
fn council_revisions(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let left = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = slash - left;
        let revision = digit_run(bytes, slash + 1);
        let second = slash + 1 + revision;
        let end = second + 3;
        if !(4..=5).contains(&left)
            || !(1..=2).contains(&revision)
            || bytes.get(second) != Some(&b'/')
            || digit_run(bytes, second + 1) != 2
            || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | ','))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let Some(id) = text.get(start..end) else { continue };
        council_document(text, start..end, id, out);
    }
}

/// The codes of a Council document's addenda, corrigenda, revisions and released versions
/// (`ADD 1`, `COR 1`, `REV 2`, `DCL 1`, `EXT 1`), which English and Swedish write alike.
const COUNCIL_SUFFIXES: [&[u8]; 5] = [b"ADD", b"COR", b"REV", b"DCL", b"EXT"];

/// A Council document `id` read at `span`, with the codes written after it: those that follow
/// it directly name the document itself (`8977/26 ADD 1`, the first addendum, `ADD 1 REV 1`,
/// its revision: `council-doc:8977/26 ADD 1 REV 1`); those after a plus name a document of
/// their own, given with it (`8977/26 + ADD 1`: `council-doc:8977/26` and
/// `council-doc:8977/26 ADD 1`). Dropping a code changes the reference.
fn council_document(text: &str, span: Range<usize>, id: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let mut key = format!("council-doc:{id}");
    let mut start = span.start;
    let mut end = span.end;
    let mut cursor = span.end;
    loop {
        let mut at = skip_spaces(bytes, cursor);
        let plus = bytes.get(at) == Some(&b'+');
        if plus {
            at = skip_spaces(bytes, at + 1);
        }
        let Some(code) = COUNCIL_SUFFIXES.iter().find(|code| bytes.get(at..at + code.len()) == Some(**code))
        else {
            break;
        };
        let number = skip_spaces(bytes, at + code.len());
        let digits = digit_run(bytes, number);
        let code_end = number + digits;
        if at == cursor
            || !(1..=2).contains(&digits)
            || char_at(text, code_end).is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            break;
        }
        let (Ok(code), Some(digits)) = (std::str::from_utf8(code), text.get(number..code_end)) else { break };
        if plus {
            let display = key.strip_prefix("council-doc:").unwrap_or_default().to_string();
            out.push(Value::new(ValueKind::Legal, start..end, key, display));
            key = format!("council-doc:{id} {code} {digits}");
            start = at;
        } else {
            key = format!("{key} {code} {digits}");
        }
        end = code_end;
        cursor = code_end;
    }
    let display = key.strip_prefix("council-doc:").unwrap_or_default().to_string();
    out.push(Value::new(ValueKind::Legal, start..end, key, display));
}

/// The revision of a classification or of a document, `Rev.` or `Revision` and its number
/// (`NACE Rev. 2`, `NACE Revision 2`, `SITC Rev. 4`, `EMA/CHMP/67890/2025 (Rev. 2)`, `Nace
/// rev. 2-huvudgrupp`): `rev:2`, a part of the name it follows, which moves with that name in
/// a translation and is no quantity.
fn revisions(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for word in [&b"ev."[..], b"evision"] {
        if !pairs.may_hold(word) {
            continue;
        }
        for at in memchr::memmem::find_iter(bytes, word) {
            let Some(start) = at.checked_sub(1) else { continue };
            let number = skip_spaces(bytes, at + word.len());
            let digits = digit_run(bytes, number);
            let end = number + digits;
            if !matches!(bytes.get(start), Some(b'R' | b'r'))
                || char_before(text, start).is_some_and(char::is_alphanumeric)
                || number == at + word.len()
                || !(1..=2).contains(&digits)
                || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
                || char_at(text, end) == Some('.')
                    && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            let Some(revision) = text.get(number..end) else { continue };
            let key = format!("rev:{revision}");
            out.push(Value::new(ValueKind::Legal, start..end, key, format!("Rev. {revision}")));
        }
    }
}

/// The Court's press releases by number (`Press Release No 45/26`, `pressmeddelande nr
/// 45/26`): `press-release:45/26`, which no act number is, lacking an act word.
fn press_releases(text: &str, lower: &Lower, lang: Lang, out: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        LazyLock::new(|| super::table_finders(|lang_table| lang_table.press_release_words));
    let lang_table = table(lang);
    for (word, finder) in lang_table.press_release_words.iter().zip(&FINDERS[super::lang_index(lang)]) {
        if !lower.pairs().may_hold(finder.needle()) {
            continue;
        }
        for at in crate::text::find_all(finder, lower.as_str().as_bytes()) {
            let mut cursor = at + word.len() + space_run(text, at + word.len());
            if let Some(no) = lang_table
                .number_abbreviations
                .iter()
                .find(|no| word_at(text.as_bytes(), cursor, no) && space_run(text, cursor + no.len()) > 0)
            {
                cursor += no.len() + space_run(text, cursor + no.len());
            }
            let bytes = text.as_bytes();
            let number = digit_run(bytes, cursor);
            let slash = cursor + number;
            let year = digit_run(bytes, slash + 1);
            let end = slash + 1 + year;
            if !(1..=4).contains(&number)
                || bytes.get(slash) != Some(&b'/')
                || year != 2
                || char_at(text, end).is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let Some(id) = text.get(cursor..end) else { continue };
            out.push(Value::new(
                ValueKind::Legal,
                at..end,
                format!("press-release:{id}"),
                format!("press release {id}"),
            ));
        }
    }
}

/// The key's mark of an ISSN whose check digit is wrong (`issn:check-digit-wrong`).
const ISSN_INVALID: &str = "check digit wrong";

/// Whether the ISSN `written` (`1977-0677`, `2443-801X`) has the check digit its first seven
/// digits give: their sum weighted 8 down to 2, the digit that makes it a multiple of 11
/// (`X` for 10).
fn issn_checks(written: &str) -> bool {
    let digits: Vec<u8> = written.bytes().filter(|b| *b != b'-').collect();
    if digits.len() != 8 {
        return false;
    }
    let sum: u32 = digits[..7].iter().zip((2..=8u32).rev()).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = (11 - sum % 11) % 11;
    match digits[7] {
        b'X' => check == 10,
        d => u32::from(d - b'0') == check,
    }
}

/// An ISSN (`ISSN 1977-0677`): each language edition of the Official Journal has its own, so
/// it is read, optional, to keep its digits from being compared as numbers. All valid ISSNs
/// key alike; one whose check digit is wrong keys apart (see [`issn_checks`]).
fn issns(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in pairs.find_all(finder!(b"ISSN"), bytes) {
        let start = at + 4 + space_run(text, at + 4);
        let end = start + 9;
        let issn = bytes.get(start..end);
        if start == at + 4
            || !issn.is_some_and(|n| {
                n[4] == b'-'
                    && n.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit() || i == 8 && *b == b'X')
            })
        {
            continue;
        }
        // A wrong check digit is a slip of a digit: keyed apart, so that it pairs with the other
        // version's valid ISSN as a changed reference (one invented, invalid in both, matches).
        let written = text.get(start..end).unwrap_or_default();
        let (key, display) = if issn_checks(written) {
            ("issn".to_string(), "ISSN".to_string())
        } else {
            (format!("issn:{ISSN_INVALID}"), format!("ISSN {written} ({ISSN_INVALID})"))
        };
        let mut value = Value::new(ValueKind::Legal, at..end, key, display);
        value.optional = true;
        out.push(value);
    }
}

/// How many bytes after the label `LEI` its code may start (`LEI-kod 5493…`, `legal entity
/// identifier (LEI), for example 5493…`).
const LEI_REACH: usize = 24;

/// Whether the legal entity identifier `code`, twenty capitals and digits, has the check
/// digits of ISO 17442 (ISO 7064 MOD 97-10, as an IBAN): with each capital read as a number
/// from 10 (`A`) to 35 (`Z`), the whole is 1 modulo 97.
fn lei_checks(code: &[u8]) -> bool {
    let mut rest = 0u32;
    for &b in code {
        let (value, scale) = match b {
            b'0'..=b'9' => (u32::from(b - b'0'), 10),
            b'A'..=b'Z' => (u32::from(b - b'A') + 10, 100),
            _ => return false,
        };
        rest = (rest * scale + value) % 97;
    }
    rest == 1
}

/// A legal entity identifier after its label (`LEI 549300KX4TQ8M2ZR6D71`, `LEI-kod …`, `(LEI),
/// for example …`): twenty capitals and digits, the last two digits, written alike in every
/// language. Keyed by the code (`lei:549300KX4TQ8M2ZR6D71`), so that a changed character is a
/// changed reference and none of its digits is read as a figure; one whose check digits are
/// wrong ([`lei_checks`]) is shown so.
fn leis(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let code_byte = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    for label in pairs.find_all(finder!(b"LEI"), bytes) {
        let mut at = label + 3;
        let end_of_reach = (at + LEI_REACH).min(bytes.len());
        while at < end_of_reach {
            let len = bytes[at..].iter().take_while(|b| code_byte(b)).count();
            let before_ok = at == 0 || !code_byte(&bytes[at - 1]);
            if len == 20 && before_ok && bytes[at + 18..at + 20].iter().all(u8::is_ascii_digit) {
                let code = &text[at..at + 20];
                let display = if lei_checks(code.as_bytes()) {
                    format!("LEI {code}")
                } else {
                    format!("LEI {code} (check digits wrong)")
                };
                out.push(Value::new(ValueKind::Legal, at..at + 20, format!("lei:{code}"), display));
                break;
            }
            at += len.max(1);
        }
    }
}

/// The most digits and hyphens an ISBN holds: thirteen digits and four hyphens.
const ISBN_LEN: usize = 17;

/// An ISBN (`ISBN 978-92-68-31245-7`, `ISBN: 92-894-1234-5`): the number of the publication
/// a note cites, the same in every language that cites that edition, keyed by its digits
/// (`isbn:9789268312457`) so that its groups are not read as figures and ranges and a changed
/// digit is a changed reference. Ten digits (the last may be `X`) or thirteen, in groups
/// joined by hyphens.
fn isbns(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in pairs.find_all(finder!(b"ISBN"), bytes) {
        let mut start = at + 4;
        if bytes.get(start) == Some(&b':') {
            start += 1;
        }
        start += space_run(text, start);
        if start == at + 4 || char_before(text, at).is_some_and(char::is_alphanumeric) {
            continue;
        }
        // The digits and hyphens of the number, up to its last digit (or `X`).
        let mut end = start;
        let mut digits = String::new();
        while let Some(&b) = bytes.get(end)
            && end - start < ISBN_LEN
        {
            let joiner =
                b == b'-' && bytes.get(end + 1).is_some_and(|next| next.is_ascii_digit() || *next == b'X');
            if b.is_ascii_digit() || b == b'X' && digits.len() == 9 {
                digits.push(char::from(b));
            } else if !joiner || digits.is_empty() {
                break;
            }
            end += 1;
        }
        if !matches!(digits.len(), 10 | 13)
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric())
            || digits.get(..digits.len() - 1).is_some_and(|head| head.contains('X'))
        {
            continue;
        }
        let display = format!("ISBN {}", text.get(start..end).unwrap_or_default());
        out.push(Value::new(ValueKind::Legal, at..end, format!("isbn:{digits}"), display));
    }
}

/// The markers of a consolidated text (`►M3`, `▼B`, `▼C2`, `◄`): which amending act or
/// corrigendum a provision comes from, written alike in every language, keyed `marker:M3`.
pub(crate) fn consolidation_markers(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    // `►` and `▼` are U+25BA and U+25BC: both start with these bytes.
    for at in pairs.find_all(finder!(b"\xE2\x96"), bytes) {
        let Some(marker) = text.get(at..).and_then(|rest| rest.chars().next()) else { continue };
        if !matches!(marker, '\u{25BA}' | '\u{25BC}') {
            continue;
        }
        let start = at + marker.len_utf8();
        let letter = bytes.get(start).copied();
        let digits = digit_run(bytes, start + 1);
        let end = start + 1 + digits;
        if !letter.is_some_and(|b| matches!(b, b'A' | b'B' | b'C' | b'M'))
            || char_at(text, end).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Some(name) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, at..end, format!("marker:{name}"), name));
    }
}

/// Codes of capitals and digits around a slash that no other reader takes, written alike in
/// every language: a budget transfer `DEC 05/2026`, a draft act `D101234/02`, an agenda `PE
/// 781.456/OJME`, an office `CHAR 04/039`, a fish stock `HER/03A`, a Parliament question
/// `E-001234/2026` (its letter and hyphen part of it). Keyed as written (`id:D101234/02`), so
/// that a changed digit is a changed reference.
///
/// A number and a year with no act word a reader knows (a national act, `Royal Decree
/// 1051/2022`, `kungligt dekret 1051/2022`; an OJ issue, `2026/561`) is such a code too, but
/// optional: the other version may name it with an act word that makes it an act, and a
/// month before a year (`12/2024`) is a date's, not a code.
fn coded_identifiers(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken: Vec<Range<usize>> = out.iter().map(|v| v.span.clone()).collect();
    let code_byte = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    for slash in memchr::memchr_iter(b'/', bytes) {
        if bytes.get(slash.wrapping_sub(1)) == Some(&b' ') && bytes.get(slash + 1) == Some(&b' ') {
            if let Some(value) = spaced_item_ratio(text, slash, &taken) {
                out.push(value);
            }
            continue;
        }
        // Before the slash: digits (dots between groups) or capitals and digits; then, one
        // space apart or glued, the capitals that name the series.
        let mut start = slash;
        while start > 0
            && (code_byte(bytes[start - 1])
                || bytes[start - 1] == b'.' && start >= 2 && bytes[start - 2].is_ascii_digit())
        {
            start -= 1;
        }
        if start == slash {
            continue;
        }
        // A series named by capitals a space before the number may be translated (`DAB 2/2026`,
        // `FÄB 2/2026`): the number is then the code, optional, as a date or a count might be.
        // A currency's code is no series (`EUR 48.6/100 kg`, a price per quantity).
        let currency = start >= 4
            && matches!(bytes.get(start - 4..start - 1), Some(code) if super::tables::CURRENCY_CODES.contains(&code));
        let spaced_series = !bytes[start].is_ascii_uppercase()
            && start >= 2
            && bytes[start - 1] == b' '
            && bytes[start - 2].is_ascii_uppercase()
            && !currency;
        let mut end = slash + 1;
        while end < bytes.len() && code_byte(bytes[end]) {
            end += 1;
        }
        // The letter and hyphen before the number of a Parliament question (`E-001234/2026`).
        let lettered = !spaced_series
            && start >= 2
            && bytes[start - 1] == b'-'
            && bytes[start - 2].is_ascii_uppercase()
            && bytes[start..slash].iter().all(u8::is_ascii_digit)
            && (start == 2 || !bytes[start - 3].is_ascii_alphanumeric());
        if lettered {
            start -= 2;
        }
        // Two years in a row are a span of years (`MY 2023/24`, a marketing year), which the
        // dates read.
        let years = std::str::from_utf8(&bytes[start..slash])
            .ok()
            .and_then(|y| y.parse::<u32>().ok())
            .zip(std::str::from_utf8(&bytes[slash + 1..end]).ok().and_then(|y| y.parse::<u32>().ok()));
        let year_span = slash - start == 4
            && matches!(end - slash - 1, 2 | 4)
            && years.is_some_and(|(first, second)| {
                (1900..=2100).contains(&first) && (first + 1) % 100 == second % 100
            });
        // A quarter or half after a year's slash (`Q4 2026/Q1 2027`) is a date's.
        let period = matches!(bytes.get(slash + 1..slash + 3), Some([b'Q' | b'H', b'1'..=b'4']))
            && !bytes.get(slash + 3).is_some_and(u8::is_ascii_alphanumeric);
        let code = &bytes[start..end];
        let by_year = year_numbered(&bytes[start..slash], &bytes[slash + 1..end]);
        // Capitals over digits alone are a unit (`EUR/100 kg`), not a code, and so is an
        // amount given per a unit in capitals (`EUR 105.60/LU`, a livestock unit).
        let unit = bytes[start..slash].iter().all(u8::is_ascii_uppercase)
            && bytes[slash + 1..end].iter().all(u8::is_ascii_digit)
            || super::number::per_abbreviation(text, start, slash);
        let digits = code.iter().filter(|b| b.is_ascii_digit()).count();
        let capitals = code.iter().filter(|b| b.is_ascii_uppercase()).count();
        if end == slash + 1
            || unit
            || year_span
            || period
            || digits < 2
            || capitals == 0 && !spaced_series && !by_year
            || !spaced_series
                && char_before(text, start)
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-'))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '(' | '-'))
            || taken.iter().any(|t| t.start < end && start < t.end)
        {
            continue;
        }
        let Some(written) = text.get(start..end) else { continue };
        let mut value = Value::new(ValueKind::Legal, start..end, format!("id:{written}"), written);
        value.optional = spaced_series || capitals == 0;
        out.push(value);
    }
}

/// The ratio of two items of a table, a space each side of its slash (`(7 / 1A)`, item 7 over
/// item 1A of a budget transfer), keyed as the glued form is (`7/1A`, `id:7/1A`): two short
/// item numbers, digits with at most one capital after them, one of them with its capital.
fn spaced_item_ratio(text: &str, slash: usize, taken: &[Range<usize>]) -> Option<Value> {
    let bytes = text.as_bytes();
    // An item: one to three digits, then at most one capital.
    let item = |part: &[u8]| {
        let digits = part.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=3).contains(&digits)
            && match &part[digits..] {
                [] => true,
                [capital] => capital.is_ascii_uppercase(),
                _ => false,
            }
    };
    let capital = |part: &[u8]| part.last().is_some_and(u8::is_ascii_uppercase);
    let before_end = slash - 1;
    let mut start = before_end;
    while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    let after_start = slash + 2;
    let mut end = after_start;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    let (before, after) = (&bytes[start..before_end], &bytes[after_start..end]);
    let bounded =
        |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '/' | '.' | ',' | '-'));
    if !item(before)
        || !item(after)
        || !(capital(before) || capital(after))
        || !bounded(char_before(text, start))
        || !bounded(char_at(text, end))
        || taken.iter().any(|t| t.start < end && start < t.end)
    {
        return None;
    }
    let glued = format!("{}/{}", text.get(start..before_end)?, text.get(after_start..end)?);
    Some(Value::new(ValueKind::Legal, start..end, format!("id:{glued}"), glued))
}

/// Whether the digits around a slash are a number and a year, either way round (`1051/2022`,
/// `2026/561`), at least five digits together: a year of 1900–2099 on one side and a number
/// on the other that is no month (`12/2024`), not the next year (`2021/2022`, a season) and,
/// after a year, of three digits or more (`2024/25` is a season too). A number that looks
/// like a year of its own, after a year, numbers the year's series too (`application
/// 2024/1932`, `Regulation 2024/1991`).
fn year_numbered(before: &[u8], after: &[u8]) -> bool {
    let number = |digits: &[u8]| {
        (!digits.is_empty() && digits.len() <= 6 && digits.iter().all(u8::is_ascii_digit))
            .then(|| digits.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let year =
        |digits: &[u8]| digits.len() == 4 && number(digits).is_some_and(|n| (1900..=2099).contains(&n));
    let (Some(first), Some(second)) = (number(before), number(after)) else { return false };
    if before.len() + after.len() < 5 || year(before) && year(after) && first + 1 == second {
        return false;
    }
    year(after) && !(before.len() <= 2 && number(before).is_some_and(|n| n <= 12))
        || year(before) && second > 0 && after.len() >= 3
}

/// The numbers an institution gives its acts and opinions, capitals, a year and a number
/// (`CON/2024/5`, an opinion of the European Central Bank; `ECB/2004/2`, one of its
/// decisions; `ESRB/2016/14`; an infringement package `INF/26/1234`, its year in two digits):
/// written alike in every language, keyed `doc:CON/2024/5`. Spans another reader took
/// (`IP/26/123`, a press release) are left to it.
fn institution_documents(text: &str, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let taken = out.len();
    for slash in memchr::memchr_iter(b'/', bytes) {
        let letters = bytes[..slash].iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
        let start = slash - letters;
        let year = slash + 1;
        let year_digits = digit_run(bytes, year);
        let number = year + year_digits + 1;
        let digits = digit_run(bytes, number);
        let end = number + digits;
        if !(2..=6).contains(&letters)
            || char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/')
            || year_digits != 4 && year_digits != 2
            || bytes.get(year + year_digits) != Some(&b'/')
            || !(1..=5).contains(&digits)
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || c == '/')
            || out[..taken].iter().any(|v| v.span.start < end && start < v.span.end)
        {
            continue;
        }
        let (Some(prefix), Some(year), Some(number)) =
            (text.get(start..slash), text.get(year..year + year_digits), text.get(number..end))
        else {
            continue;
        };
        let id = format!("{prefix}/{year}/{}", number.trim_start_matches('0'));
        out.push(Value::new(ValueKind::Legal, start..end, format!("doc:{id}"), id));
    }
}

/// A regulation or a directive named without its number (`the Regulation`, `förordningen`,
/// `asylprocedurförordningen`), as an optional `acttype:reg` or `acttype:dir`, and the acts
/// the Commission is empowered to adopt named by their kind (`implementing acts` =
/// `genomförandeakter`, `acttype:impl`; `delegated acts` = `delegerade akter`,
/// `acttype:deleg`): the check compares the kinds of act a sentence names on both sides. A numbered act is a longer
/// value and wins its overlap. Words in capitals (`REGULATION`) are headings of numbered acts
/// and are not read. A plural without an article or a determiner names rules in general, not
/// an act (`the laws, regulations and administrative provisions necessary to comply with this
/// Directive`, `nationella förordningar`).
pub(crate) fn act_types(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static EN_STEMS: LazyLock<[ActStem; 4]> = LazyLock::new(|| {
        [
            ActStem::new("regulation", &["s", ""], "reg"),
            ActStem::new("directive", &["s", ""], "dir"),
            ActStem::new("implementing act", &["s", ""], "impl"),
            ActStem::new("delegated act", &["s", ""], "deleg"),
        ]
    });
    static SV_STEMS: LazyLock<[ActStem; 5]> = LazyLock::new(|| {
        [
            ActStem::new("förordning", &["arnas", "arna", "ens", "ar", "en", ""], "reg"),
            ActStem::new("direktiv", &["ets", "ens", "et", "en", "s", ""], "dir"),
            ActStem::new("genomförandeakt", &["ernas", "erna", "er", "en", ""], "impl"),
            ActStem::new("delegerade akt", &["ernas", "erna", "er", "en"], "deleg"),
            ActStem::new("delegerad akt", &[""], "deleg"),
        ]
    });
    // The endings of an indefinite plural, which names an act only after a determiner.
    let plural = match lang {
        Lang::En => "s",
        Lang::Sv => "ar",
    };
    let determiners = table(lang).act_type_determiners;
    // Swedish compounds end in the act word (`asylprocedurförordningen`, `AI-förordningen`).
    let (stems, compounds): (&[ActStem], bool) = match lang {
        Lang::En => (&*EN_STEMS, false),
        Lang::Sv => (&*SV_STEMS, true),
    };
    let bytes = text.as_bytes();
    for stem in stems {
        // The stem after its first letter, which may be a capital.
        for at in pairs.find_all(&stem.tail, bytes) {
            let Some(start) = at
                .checked_sub(1)
                .filter(|&i| bytes.get(i).is_some_and(|b| b.to_ascii_lowercase() == stem.first))
            else {
                continue;
            };
            let before = char_before(text, start);
            if before.is_some_and(|c| c.is_alphanumeric() || c == '-') && !compounds {
                continue;
            }
            let after = at + stem.tail_len;
            let Some(end) = stem.endings.iter().map(|ending| after + ending.len()).find(|&end| {
                text.get(after..end).is_some_and(|e| stem.endings.contains(&e))
                    && !char_at(text, end).is_some_and(char::is_alphanumeric)
            }) else {
                continue;
            };
            // The acts a power is conferred to adopt (`implementing acts`) are of that kind
            // in the plural too, as no rule in general is.
            let conferred = matches!(stem.code, "impl" | "deleg");
            if text.get(after..end) == Some(plural)
                && !conferred
                && !bytes.get(start).is_some_and(u8::is_ascii_uppercase)
                && !super::words::word_before(text, start)
                    .is_some_and(|(_, word)| determiners.iter().any(|d| d.eq_ignore_ascii_case(word)))
            {
                continue;
            }
            let mut value =
                Value::new(ValueKind::Legal, start..end, format!("acttype:{}", stem.code), stem.name);
            value.optional = true;
            out.push(value);
        }
    }
}

/// A kind of act as [`act_types`] looks for it: its word, with a finder for all but its first
/// letter, the endings it takes, and its code.
struct ActStem {
    name: &'static str,
    first: u8,
    tail: memchr::memmem::Finder<'static>,
    tail_len: usize,
    endings: &'static [&'static str],
    code: &'static str,
}

impl ActStem {
    fn new(name: &'static str, endings: &'static [&'static str], code: &'static str) -> ActStem {
        let tail = name.get(1..).unwrap_or("");
        ActStem {
            name,
            first: name.as_bytes().first().copied().unwrap_or(0),
            tail: memchr::memmem::Finder::new(tail),
            tail_len: tail.len(),
            endings,
            code,
        }
    }
}

/// The numbers of acts in the legislative procedure that EUR-Lex cites after an act's title,
/// alike in every language: `PE/93/2023/REV/1`, `PE/12/2024/INIT`.
fn parliament_documents(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let digits =
        |at: usize| bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    for start in pairs.find_all(finder!(b"PE/"), bytes) {
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/') {
            continue;
        }
        let number = start + 3;
        let number_len = digits(number);
        let year = number + number_len + 1;
        if !(1..=5).contains(&number_len) || bytes.get(year - 1) != Some(&b'/') || digits(year) != 4 {
            continue;
        }
        let mut end = year + 4;
        for tail in [&b"/INIT"[..], b"/REV/"] {
            if bytes.get(end..).is_some_and(|rest| rest.starts_with(tail)) {
                let after = end + tail.len();
                end = if tail.ends_with(b"/") {
                    match digits(after) {
                        1..=2 => after + digits(after),
                        _ => end,
                    }
                } else {
                    after
                };
                break;
            }
        }
        if char_at(text, end).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let Some(id) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("pe:{id}"), id.to_string()));
    }
}

/// Where the letter of a series and term written just before `end` starts (`A9`, `P10`): the
/// term is one or two digits, and the letter is an ASCII capital.
fn term_start(bytes: &[u8], end: usize) -> Option<usize> {
    let digits = bytes.get(..end)?.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let letter = end.checked_sub(digits + 1)?;
    ((1..=2).contains(&digits) && bytes.get(letter).is_some_and(u8::is_ascii_uppercase)).then_some(letter)
}

/// The Commission's infringement procedures, alike in every language: `INFR(2025)0150`, the
/// year in brackets and the number of the procedure, keyed `infr:2025/0150` (a year and a
/// number read apart would let two procedures of one list trade their parts unseen).
fn infringements(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for start in pairs.find_all(finder!(b"INFR("), bytes) {
        let year = start + 5;
        let number = year + 5;
        let digits = digit_run(bytes, number);
        if char_before(text, start).is_some_and(char::is_alphanumeric)
            || digit_run(bytes, year) != 4
            || bytes.get(year + 4) != Some(&b')')
            || !(1..=6).contains(&digits)
            || char_at(text, number + digits).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let (Some(year), Some(number)) = (text.get(year..year + 4), text.get(number..number + digits)) else {
            continue;
        };
        let display = format!("INFR({year}){number}");
        out.push(Value::new(
            ValueKind::Legal,
            start..start + display.len(),
            format!("infr:{year}/{number}"),
            display,
        ));
    }
}

/// The Commission's competition cases, alike in every language: antitrust `AT.40123`, mergers
/// `M.10001`, State aid `SA.109876`, and the older `COMP/38.899` and `COMP/M.4439`, keyed as
/// written (`case:COMP/38.899`): the old numbers' dotted digits are no decimal in either
/// language.
fn competition_cases(text: &str, out: &mut Vec<Value>) {
    const PREFIXES: [&[u8]; 5] = [b"COMP/M.", b"COMP/", b"AT.", b"SA.", b"M."];
    let bytes = text.as_bytes();
    for dot in memchr::memchr2_iter(b'.', b'/', bytes) {
        // Most full stops end a sentence after a small letter: only the prefixes' last letters.
        let last = dot.checked_sub(1).and_then(|at| bytes.get(at));
        if !matches!((bytes[dot], last), (b'.', Some(b'T' | b'A' | b'M')) | (b'/', Some(b'P'))) {
            continue;
        }
        let Some(prefix) = PREFIXES.iter().find(|prefix| {
            let start = (dot + 1).checked_sub(prefix.len());
            start.is_some_and(|start| bytes.get(start..=dot) == Some(**prefix))
        }) else {
            continue;
        };
        let start = dot + 1 - prefix.len();
        let number = dot + 1;
        let digits = digit_run(bytes, number);
        // The old numbering groups its digits with a dot (`38.899`).
        let end = match bytes.get(number + digits) {
            Some(b'.') if *prefix == b"COMP/" && digits == 2 && digit_run(bytes, number + 3) == 3 => {
                number + 6
            }
            _ => number + digits,
        };
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/')
            || !(*prefix == b"COMP/" && end > number + digits || (4..=6).contains(&digits))
            || char_at(text, end).is_some_and(|c| c.is_alphanumeric())
            || char_at(text, end) == Some('.') && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let Some(id) = text.get(start..end) else { continue };
        out.push(Value::new(ValueKind::Legal, start..end, format!("case:{id}"), id));
    }
}

/// The Parliament's references, alike in every language: a procedure file (`2020/2116(INI)`,
/// `2016/0224 (COD)`), a session document (`A9-0143/2021`, `RC-B9-0123/2021`) and a text
/// adopted (`P9_TA(2021)0242`, `P9_TA-PROV(2021)0242`). A hyphen may be the non-breaking one
/// (`A10‑0187/2025`, [`is_hyphen`]): the key writes `-`.
fn parliament_files(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    // The procedure types of the Parliament's Legislative Observatory.
    const PROCEDURES: [&[u8]; 22] = [
        b"ACI", b"APP", b"AVC", b"BUD", b"BUI", b"CNS", b"COD", b"COS", b"DCE", b"DEA", b"DEC", b"IMM",
        b"INI", b"INL", b"INS", b"ITS", b"NLE", b"REG", b"RPS", b"RSO", b"RSP", b"SYN",
    ];
    let bytes = text.as_bytes();
    let digits =
        |at: usize| bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    let alone_before = |at: usize| {
        !char_before(text, at).is_some_and(|c| c.is_alphanumeric() || is_hyphen(c) || "/_".contains(c))
    };
    let alone_after = |at: usize| !char_at(text, at).is_some_and(|c| c.is_alphanumeric() || c == '/');
    for slash in memchr::memchr_iter(b'/', bytes) {
        let (Some(left), right) = (slash.checked_sub(4), slash + 1) else { continue };
        if digits(right) != 4
            || digits(left) != 4
            || bytes.get(left.wrapping_sub(1)).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let after = right + 4;
        // A procedure file: the year, the number and the kind of procedure in brackets.
        let open = if bytes.get(after) == Some(&b' ') { after + 1 } else { after };
        let kind = bytes.get(open..open + 5).filter(|kind| {
            kind.first() == Some(&b'(') && kind.get(4) == Some(&b')') && PROCEDURES.contains(&&kind[1..4])
        });
        if kind.is_some() && alone_before(left) && alone_after(open + 5) {
            let (Some(file), Some(kind)) = (text.get(left..after), text.get(open + 1..open + 4)) else {
                continue;
            };
            let id = format!("{file}({kind})");
            out.push(Value::new(ValueKind::Legal, left..open + 5, format!("procedure:{id}"), id));
            continue;
        }
        // A session document: series and term (one or two digits: `A9`, `A10`), a hyphen, the
        // number, the year.
        let Some(hyphen) = hyphen_before(bytes, left) else { continue };
        let Some(series) = term_start(bytes, hyphen) else { continue };
        if !matches!(bytes.get(series), Some(b'A' | b'B' | b'C')) || !alone_after(after) {
            continue;
        }
        // A joint motion for a resolution: `RC-` before the series.
        let joint = hyphen_before(bytes, series)
            .filter(|&at| at >= 2 && bytes.get(at - 2..at) == Some(&b"RC"[..]))
            .map(|at| at - 2);
        let start = joint.unwrap_or(series);
        if !alone_before(start) {
            continue;
        }
        let (Some(term), Some(number)) = (text.get(series..hyphen), text.get(left..after)) else { continue };
        let id = format!("{}{term}-{number}", if joint.is_some() { "RC-" } else { "" });
        out.push(Value::new(ValueKind::Legal, start..after, format!("ep-doc:{id}"), id));
    }
    for at in pairs.find_all(finder!(b"_TA"), bytes) {
        let Some(start) = term_start(bytes, at) else { continue };
        if bytes.get(start) != Some(&b'P') || !alone_before(start) {
            continue;
        }
        let mut open = at + 3;
        if let Some(len) = hyphen_len(bytes, open)
            && bytes.get(open + len..).is_some_and(|rest| rest.starts_with(b"PROV"))
        {
            open += len + 4;
        }
        let number = open + 6;
        if bytes.get(open) != Some(&b'(')
            || digits(open + 1) != 4
            || bytes.get(open + 5) != Some(&b')')
            || digits(number) != 4
            || !alone_after(number + 4)
        {
            continue;
        }
        let (Some(term), Some(year), Some(serial)) =
            (text.get(start + 1..at), text.get(open + 1..open + 5), text.get(number..number + 4))
        else {
            continue;
        };
        // The provisional edition is the same text: it keeps its key.
        let display = text.get(start..number + 4).unwrap_or_default().to_string();
        out.push(Value::new(
            ValueKind::Legal,
            start..number + 4,
            format!("ep-ta:{term}:{year}:{serial}"),
            display,
        ));
    }
}

/// The name of the Official Journal that starts `text[start..]` where it names no issue of
/// the days `first..=last` (ISO): Swedish `EUT` before 1 February 2003, `EGT` from then on
/// (`dated_journal_names`), as the key suffix and the note of the reference's display.
fn misfit_journal_name(
    text: &str,
    start: usize,
    (first, last): (&str, &str),
    lang_table: &LangTable,
) -> Option<(String, String)> {
    let word = text.get(start..)?;
    let &(name, since, until) = lang_table.dated_journal_names.iter().find(|(name, _, _)| {
        word.get(..name.len()).is_some_and(|w| w.eq_ignore_ascii_case(name))
            && !word.as_bytes().get(name.len()).is_some_and(u8::is_ascii_alphanumeric)
    })?;
    let fits = (since.is_empty() || since <= last) && (until.is_empty() || until > first);
    if fits {
        return None;
    }
    let name = name.to_uppercase();
    let note = if until.is_empty() {
        format!("{name}, a name of issues from {since}")
    } else if since.is_empty() {
        format!("{name}, a name of issues before {until}")
    } else {
        format!("{name}, a name of issues from {since} before {until}")
    };
    Some((format!(":name:{name}"), format!(" ({note})")))
}

fn journals(text: &str, lower: &Lower, patterns: &Patterns, lang_table: &LangTable, out: &mut Vec<Value>) {
    let starts = patterns.journal_starts.positions(lower);
    for captures in captures_at_starts(&patterns.journal, text, &starts) {
        let (Some(all), Some(series)) = (captures.get(0), captures.get(1)) else {
            continue;
        };
        let number = |index: usize| captures.get(index).and_then(|m| m.as_str().parse::<u32>().ok());
        let (Some(day), Some(month), Some(year)) = (number(5), number(6), number(7)) else {
            continue;
        };
        let series = series.as_str().to_uppercase();
        // A special issue's letter, glued in English and spaced in Swedish (`OJ L 410I`, `EUT
        // L 410 I`), is part of the issue.
        let issue = match (captures.get(2), captures.get(3)) {
            (Some(number), Some(letter)) => format!("{}{}", number.as_str(), letter.as_str().to_uppercase()),
            (Some(number), None) => number.as_str().to_string(),
            _ => captures.get(4).map(|m| m.as_str().to_string()).unwrap_or_default(),
        };
        let date = format!("{year:04}-{month:02}-{day:02}");
        let pages = match (captures.get(8), captures.get(9)) {
            (Some(first), Some(last)) => format!(", p. {}–{}", first.as_str(), last.as_str()),
            (Some(first), None) => format!(", p. {}", first.as_str()),
            _ => String::new(),
        };
        // The first page is part of the reference; a page range given in one version and
        // only the first page in the other is a detail (EU-CONVENTIONS: not an error).
        let first_page = captures.get(8).map_or(String::new(), |m| format!(":p{}", m.as_str()));
        // A name that does not fit the date keys the reference apart (`EUT L 212, 7.8.2001`).
        let (misfit, note) =
            misfit_journal_name(text, all.start(), (&date, &date), lang_table).unwrap_or_default();
        let mut value = Value::new(
            ValueKind::Legal,
            all.start()..all.end(),
            format!("oj:{series}:{issue}:{date}{first_page}{misfit}"),
            format!("OJ {series} {issue}, {date}{pages}{note}"),
        );
        value.detail = (!pages.is_empty()).then(|| pages.trim_start_matches(", ").to_string());
        out.push(value);
    }
    // The Court's style names the year alone (`OJ 2013 L 180, p. 60`, `EUT L 180, 2013, s.
    // 60`): keyed by the year where the date stands (`oj:L:180:2013:p60`), which the check
    // takes for the same journal of any date of that year.
    for captures in captures_at_starts(&patterns.journal_year, text, &starts) {
        let group = |index: usize| captures.get(index).map(|m| m.as_str());
        let (Some(all), Some(first)) = (captures.get(0), group(7)) else { continue };
        let (Some(year), Some(series), Some(issue)) =
            (group(1).or(group(6)), group(2).or(group(4)), group(3).or(group(5)))
        else {
            continue;
        };
        let series = series.to_uppercase();
        let pages = match group(8) {
            Some(last) => format!("p. {first}–{last}"),
            None => format!("p. {first}"),
        };
        // The name fits where it names an issue of some day of the year (`EGT L 1, 2003`).
        let days = (format!("{year}-01-01"), format!("{year}-12-31"));
        let (misfit, note) =
            misfit_journal_name(text, all.start(), (&days.0, &days.1), lang_table).unwrap_or_default();
        let mut value = Value::new(
            ValueKind::Legal,
            all.start()..all.end(),
            format!("oj:{series}:{issue}:{year}:p{first}{misfit}"),
            format!("OJ {series} {issue}, {year}, {pages}{note}"),
        );
        value.detail = Some(pages);
        out.push(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The act word before every place of `text` as found by [`preceding_act_word`] and by a
    /// search of the whole clause.
    fn same_act_words(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for lang in [Lang::En, Lang::Sv] {
            let (patterns, lang_table) = (patterns(lang), table(lang));
            for start in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                proptest::prop_assert_eq!(
                    preceding_act_word(text, patterns, lang_table, start),
                    preceding_act_word_by_clause(text, patterns, lang_table, start),
                    "{:?} at {} in {:?}",
                    text,
                    start,
                    lang
                );
            }
        }
        Ok(())
    }

    /// Whether `text` holds a dotted number with a part of three digits or more after its first
    /// (`30.6.2009`, `2.3.11234`): the reader by hand reads a paragraph number there as its first
    /// number alone, which the expression of a paragraph list cannot say.
    fn long_dotted_part(text: &str) -> bool {
        text.split(|c: char| !c.is_ascii_digit() && c != '.').any(|run| {
            let parts: Vec<&str> = run.split('.').filter(|part| !part.is_empty()).collect();
            parts.len() > 1 && parts.iter().skip(1).any(|part| part.len() > 2)
        })
    }

    #[test]
    fn act_kinds_without_numbers() {
        let kinds = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            crate::values::extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect()
        };
        let reg = ("acttype:reg".to_string(), true);
        let dir = ("acttype:dir".to_string(), true);
        // The acts a power is conferred to adopt, by their kind, in the plural too.
        let implementing = ("acttype:impl".to_string(), true);
        let delegated = ("acttype:deleg".to_string(), true);
        assert_eq!(
            kinds("to adopt implementing acts and delegated acts", Lang::En),
            [implementing.clone(), delegated.clone()]
        );
        assert_eq!(
            kinds("anta genomförandeakter och delegerade akter", Lang::Sv),
            [implementing.clone(), delegated.clone()]
        );
        assert_eq!(kinds("genom en delegerad akt; genomförandeakten", Lang::Sv), [delegated, implementing]);
        // A paraphrase names no kind.
        assert!(
            kinds("anta de akter som avses i artikel 5", Lang::Sv)
                .iter()
                .all(|(k, _)| !k.starts_with("acttype:"))
        );
        assert_eq!(
            kinds("the Regulation and the Return Directive; deregulation", Lang::En),
            [reg.clone(), dir.clone()]
        );
        assert_eq!(
            kinds("AI-förordningen och återvändandedirektivet; förordningsförslag", Lang::Sv),
            [reg, dir]
        );
        // A numbered act is one value.
        assert_eq!(
            kinds("Regulation (EU) 2024/1351", Lang::En),
            [("act:reg:EU:2024/1351".to_string(), false)]
        );
    }

    #[test]
    fn act_words_found_back_from_the_number_as_in_the_whole_clause() {
        for text in [
            "the framework  decision (EU) 2024/1351 and framework\ndecisions 5/2020",
            "Framework\u{00A0} Decision, framework\u{2009}decision; genomförandeförordningen (EU) 2024/1",
            "beslut_x rambeslutet\tförordningar (EG) nr 5/2020 och direktiven 2009/52/EG",
        ] {
            assert!(same_act_words(text).is_ok(), "{text:?}");
        }
        for file in ["en.md", "sv.md"] {
            let path = format!("{}/fixtures/com-2026-45/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let lang = if file == "en.md" { Lang::En } else { Lang::Sv };
            let patterns = patterns(lang);
            let lang_table = table(lang);
            for captures in patterns.act_number.captures_iter(&text) {
                let Some(all) = captures.get(0) else { continue };
                assert_eq!(
                    preceding_act_word(&text, patterns, lang_table, all.start()),
                    preceding_act_word_by_clause(&text, patterns, lang_table, all.start()),
                    "{file} at {}",
                    all.start()
                );
            }
        }
    }

    /// The groups of every match of `pattern` in `text`, as `captures_iter` gives them.
    fn regex_groups<const N: usize>(pattern: &Regex, text: &str) -> Vec<Groups<N>> {
        pattern
            .captures_iter(text)
            .map(|captures| std::array::from_fn(|index| captures.get(index).map(|m| m.start()..m.end())))
            .collect()
    }

    fn same_slash_numbers(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for lang in [Lang::En, Lang::Sv] {
            let patterns = patterns(lang);
            proptest::prop_assert_eq!(
                act_numbers(text, table(lang), &patterns.no_words),
                regex_groups::<12>(&patterns.act_number, text),
                "acts in {:?} ({:?})",
                text,
                lang
            );
            proptest::prop_assert_eq!(
                council_numbers(text),
                regex_groups::<3>(&patterns.council, text),
                "Council documents in {:?}",
                text
            );
        }
        Ok(())
    }

    #[test]
    fn act_and_council_numbers_as_the_patterns_find_them() {
        for text in [
            "Regulation (EU, Euratom) 2024/2509 and (EU) 2021/1060; (EC) No. 1/2000, (EG) nr 604/2013",
            "Directive 2009/52/EC, 2009/52 EG, 2009/52/EUx, No 5/2020, nr.5/2020, ST 5848/26, ST5848/26",
            "(EU)  ,  (Euratom)2024/1 (EU ,EEC)No\u{00A0}12/345 12345/2024 1/23456 (CFSP) 2024/12/JHA",
            "x(eu) no 1/2 _No 12/34 ST\u{2009}12345/26 1234/26/EU 12/34/2024 5848/266 (EU) 12345/1",
        ] {
            assert!(same_slash_numbers(text).is_ok(), "{text:?}");
        }
        for file in ["en.md", "sv.md"] {
            let path = format!("{}/fixtures/com-2026-45/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            assert!(same_slash_numbers(&text).is_ok(), "{file}");
        }
    }

    proptest::proptest! {
        #[test]
        fn act_and_council_numbers_found_by_hand_as_by_the_patterns(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "(", ")", ",", ".", "/", "_", "x", "é", "EU", "eu", "Euratom", "EEC", "EG", "ec", "JHA",
                    "ST", "S", "T", "No", "no.", "nr", "NR.", "n", "1", "12", "123", "1234", "12345", "2024",
                    " ", "  ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2013}", "\n",
                ]),
                0..24,
            ),
        ) {
            same_slash_numbers(&pieces.concat())?;
        }
    }

    proptest::proptest! {
        /// Paragraph lists read by hand at each paragraph word are what the expression finds.
        #[test]
        fn paragraph_lists_read_by_hand_as_by_the_expression(
            head in proptest::sample::select(vec!["", "x", "_", "See ", "(", "a\u{00A0}"]),
            word in proptest::sample::select(vec!["paragraph", "points", "Punkterna", "punkt", "POINT", "xpoint"]),
            space in proptest::sample::select(vec![" ", "\u{00A0}", "  ", "", "\u{202F}"]),
            items in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "1", "12", "9a", "123", "1234", "ab", "b", "2B", "07", "6.12", "2.3.1", "6.1a",
                    ]),
                    proptest::sample::select(vec![
                        ", ", ",", " , ", " and ", " och ", " to ", " till och med ", " or ", " eller ", "\u{2013}",
                        "-", " \u{2013} ", " ", " of ", "_", ". ", " and", "",
                    ]),
                ),
                1..6,
            ),
        ) {
            let mut pieces = vec![head, word, space];
            for (number, gap) in &items {
                pieces.push(number);
                pieces.push(gap);
            }
            let text = pieces.concat();
            proptest::prop_assume!(!long_dotted_part(&text));
            let lower = Lower::new(&text);
            for lang in [Lang::En, Lang::Sv] {
                let patterns = patterns(lang);
                let by_hand: Vec<(usize, usize, usize)> =
                    paragraphs_at_starts(&text, &patterns.paragraph_starts.positions(&lower), table(lang))
                        .into_iter()
                        .map(|(start, numbers)| (start, numbers[0].start, numbers[numbers.len() - 1].end))
                        .collect();
                let by_expression: Vec<(usize, usize, usize)> = patterns
                    .paragraph
                    .captures_iter(&text)
                    .filter_map(|captures| {
                        let (all, list) = (captures.get(0)?, captures.get(1)?);
                        Some((all.start(), list.start(), list.end()))
                    })
                    .collect();
                proptest::prop_assert_eq!(by_hand, by_expression, "{:?}", text);
            }
        }

        /// Searches anchored at the words that start every article, paragraph and journal
        /// reference find what a search of the whole text finds.
        #[test]
        fn references_found_at_their_words_as_in_the_whole_text(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Article", "articles", "Art.", "artikel", "artiklarna", "art", "paragraph", "punkt",
                    "punkterna", "OJ", "EUT", "egt", "L", "C", "x", "é", "_", " ", "\u{00A0}", ",", ".", "(", ")",
                    "a", "1", "12", "2009", "30.6.2009", "and", "och", "to", "till", "p.", "s.", "-",
                    "points", "Point", "till och med", "or", "eller", "\u{2013}", "9a", "123", "1234", "ab",
                    "\u{202F}",
                ]),
                0..24,
            ),
        ) {
            let text = pieces.concat();
            let lower = Lower::new(&text);
            for lang in [Lang::En, Lang::Sv] {
                let patterns = patterns(lang);
                // Paragraph lists are read by hand, as the expression reads them.
                let by_hand: Vec<Groups<9>> =
                    paragraphs_at_starts(&text, &patterns.paragraph_starts.positions(&lower), table(lang))
                        .into_iter()
                        .map(|(start, numbers)| {
                            let (first, last) = (numbers[0].start, numbers[numbers.len() - 1].end);
                            std::array::from_fn(|index| match index {
                                0 => Some(start..last),
                                1 => Some(first..last),
                                _ => None,
                            })
                        })
                        .collect();
                if !long_dotted_part(&text) {
                    proptest::prop_assert_eq!(by_hand, regex_groups::<9>(&patterns.paragraph, &text), "{:?}", text);
                }
                for (pattern, starts) in [
                    (&patterns.article, &patterns.article_starts),
                    (&patterns.journal, &patterns.journal_starts),
                ] {
                    let anchored: Vec<Groups<9>> = captures_at_starts(pattern, &text, &starts.positions(&lower))
                        .iter()
                        .map(|captures| std::array::from_fn(|index| captures.get(index).map(|m| m.start()..m.end())))
                        .collect();
                    proptest::prop_assert_eq!(anchored, regex_groups::<9>(pattern, &text), "{:?}", text);
                }
            }
        }
    }

    #[test]
    fn words_before_a_space_in_act_words_are_ascii() {
        // `act_word_cut` compares them with the text ignoring ASCII case only.
        for lang in [Lang::En, Lang::Sv] {
            assert!(patterns(lang).act_space_words.iter().all(|word| word.is_ascii()));
        }
    }

    proptest::proptest! {
        #[test]
        fn act_words_found_back_as_in_the_whole_clause(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "Regulation", "regulations", "DIRECTIVE", "framework", "Framework", "decision",
                        "Decisions", "recommendation", "förordning", "FÖRORDNINGEN", "genomförandebeslut",
                        "rambeslutet", "direktiven", "beslut", "rekommendationer", "(EU)", "2024/1351",
                        "No", "nr", "x", "é", "ö", "_", "1", ";", ". ", ".", ",", "(", "-", "’",
                    ]),
                    proptest::sample::select(vec![
                        " ", "  ", "\n", "\t", "\u{000B}", "\u{000C}", "\r", "\u{00A0}", "\u{2009}",
                        "\u{0085}", "\u{200D}", "",
                    ]),
                ],
                0..40,
            ),
        ) {
            same_act_words(&pieces.concat())?;
        }

        #[test]
        fn act_words_found_back_as_in_the_whole_clause_in_long_texts(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Regulation ", "framework ", "decision ", "beslut ", "förordning ", "the ", "amending ",
                    "of the European Parliament and of the Council ", "(EU) 2024/1351 ", "; ", ". ", ", ",
                    "\u{00A0}", "framework\n", "xframework ",
                ]),
                0..80,
            ),
        ) {
            same_act_words(&pieces.concat())?;
        }
    }

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        super::super::extract(text, lang).into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn a_legal_entity_identifier_is_read_after_its_label() {
        assert!(super::lei_checks(b"549300Q1LJ9RKXH6GX08") && super::lei_checks(b"529900T8BM49AURSDO55"));
        assert!(!super::lei_checks(b"549300Q1LJ9RKXH6GX80"));
        assert_eq!(
            keys("LEI-kod 549300Q1LJ9RKXH6GX08, Stortorget 4", Lang::Sv)[0],
            "lei:549300Q1LJ9RKXH6GX08"
        );
        assert_eq!(
            keys("the legal entity identifier (LEI), for example 549300Q1LJ9RKXH6GX08.", Lang::En),
            ["lei:549300Q1LJ9RKXH6GX08"]
        );
        let wrong = super::super::extract("LEI 549300Q1LJ9RKXH6GX80", Lang::En);
        assert!(wrong[0].display.ends_with("(check digits wrong)"), "{wrong:?}");
        // No label, or a code of another length: none.
        assert!(keys("549300Q1LJ9RKXH6GX08", Lang::En).iter().all(|key| !key.starts_with("lei:")));
        assert!(keys("LEI 549300Q1LJ9RKXH6GX0", Lang::En).iter().all(|key| !key.starts_with("lei:")));
    }

    #[test]
    fn an_issn_with_a_wrong_check_digit_keys_apart() {
        // Each edition its own valid ISSN: alike.
        assert_eq!(keys("ISSN 1977-0677", Lang::En), keys("ISSN 1977-0820 (elektronisk utgåva)", Lang::Sv));
        assert_eq!(keys("ISSN 2443-8014", Lang::En), ["issn"]);
        assert!(super::issn_checks("1830-6519") && super::issn_checks("1977-1061"));
        assert!(super::issn_checks("1050-124X"));
        // A slipped digit breaks the check digit.
        assert_eq!(keys("ISSN 1937-0820", Lang::Sv), ["issn:check digit wrong"]);
        assert_ne!(keys("ISSN 1977-0677", Lang::En), keys("ISSN 1830-2519", Lang::Sv));
        // An invented ISSN invalid in both versions matches.
        assert_eq!(keys("ISSN 1234-5678", Lang::En), keys("ISSN 1234-5678", Lang::Sv));
    }

    #[test]
    fn an_isbn_is_one_reference_keyed_by_its_digits() {
        assert_eq!(keys("2026, ISBN 978-92-68-31245-7, doi", Lang::En), ["year:2026", "isbn:9789268312457"]);
        assert_eq!(keys("ISBN 978-92-68-31245-7", Lang::En), keys("ISBN 978-92-68-31245-7", Lang::Sv));
        assert_ne!(keys("ISBN 978-92-68-31245-7", Lang::En), keys("ISBN 978-92-68-31254-7", Lang::Sv));
        assert_eq!(keys("ISBN: 92-894-1234-X.", Lang::En), ["isbn:928941234X"]);
        assert_eq!(keys("ISBN 978-92-68-23456-1 ISSN 1831-9424", Lang::En), ["isbn:9789268234561", "issn"]);
        // Too few or too many digits, or a word glued to it: no ISBN.
        assert!(!keys("ISBN 978-92-68", Lang::En).iter().any(|key| key.starts_with("isbn:")));
        assert!(!keys("ISBN 978-92-68-31245-71", Lang::En).iter().any(|key| key.starts_with("isbn:")));
        assert!(!keys("ISBNs 978-92-68-31245-7", Lang::En).iter().any(|key| key.starts_with("isbn:")));
    }

    #[test]
    fn a_revision_is_part_of_the_name_it_follows() {
        assert_eq!(keys("NACE Rev. 2 sections B to N and division 95", Lang::En)[..1], ["rev:2"]);
        assert_eq!(keys("the classification NACE Revision 2", Lang::En), ["rev:2"]);
        assert_eq!(keys("huvudgrupp 95 i Nace rev. 2-huvudgrupp", Lang::Sv), ["num:95", "rev:2"]);
        assert_eq!(
            keys("dokument EMA/CHMP/67890/2025 (Rev. 2)", Lang::En).last().map(String::as_str),
            Some("rev:2")
        );
        // A word that ends alike, a number without its space, a decimal or a year is none.
        for text in
            ["the prev. 2 results", "Rev.2 of the list", "Rev. 2.5 points", "revision 2024 of the plan"]
        {
            assert!(keys(text, Lang::En).iter().all(|key| !key.starts_with("rev:")), "{text}");
        }
    }

    #[test]
    fn an_item_a_swedish_compound_names_is_an_item() {
        let legal = |text: &str| -> Vec<(String, String)> {
            super::super::extract(text, Lang::Sv)
                .into_iter()
                .filter(|value| value.kind == ValueKind::Legal)
                .map(|value| (text.get(value.span.clone()).unwrap_or("").to_string(), value.key))
                .collect()
        };
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter().map(|(surface, key)| (surface.to_string(), key.to_string())).collect()
        };
        assert_eq!(
            legal("guldfordringar (tillgångspost 7.2) ökade"),
            pairs(&[("tillgångspost 7.2", "item:7.2")])
        );
        assert_eq!(legal("Utelöpande sedlar (Skuldpost 1) ökade"), pairs(&[("Skuldpost 1", "item:1")]));
        assert_eq!(
            legal("(tillgångsposterna 2 och 3 minus skuldposterna 7, 8 och 9)"),
            pairs(&[
                ("tillgångsposterna 2", "item:2"),
                ("3", "item:3"),
                ("skuldposterna 7", "item:7"),
                ("8", "item:8"),
                ("9", "item:9"),
            ])
        );
        assert_eq!(
            legal("Basmängden (skuldposterna 1, 2.1 och 2.2) minskade"),
            pairs(&[("skuldposterna 1", "item:1"), ("2.1", "item:2.1"), ("2.2", "item:2.2")])
        );
        assert_eq!(
            legal("budgetposten 4 och delposterna 1–3"),
            pairs(&[("budgetposten 4", "item:4"), ("delposterna 1–3", "item:1..3")])
        );
        // The noun alone is an entry, which English gives as a plain number; a hyphen parts
        // `e-post` (e-mail); a heap, an outpost, a guard or a border post is no item.
        for text in [
            "post 76 i bilaga XVII",
            "via e-post 3 gånger",
            "impost 4 och kompost 5",
            "hushållskompost 3",
            "utpost 2 och förposten 3",
            "vaktposter 12 och gränsposten 4",
            "tillgångspostala 3",
        ] {
            let read = legal(text);
            assert!(
                read.iter().all(|(_, key)| !key.starts_with("item:") && !key.starts_with("para:")),
                "{text}: {read:?}"
            );
        }
        // A budget line's numbers, parted by spaces, are a code: no item.
        assert!(
            keys("Budgetpost 07 02 01: 96 400 000 EUR", Lang::Sv).iter().all(|key| !key.starts_with("item:"))
        );
        // A paragraph word glued to a word before it is still no paragraph.
        assert_eq!(legal("mittpunkt 3"), pairs(&[]));
    }

    #[test]
    fn an_act_named_in_english_in_a_swedish_text_keys_as_the_original() {
        let title = "EFSA GMO Panel, 2025. Scientific Opinion on soybean MON 94313, under Regulation (EC) No 1829/2003 (application EFSA-GMO-NL-2021-178).";
        assert_eq!(keys(title, Lang::Sv), keys(title, Lang::En));
        assert!(keys(title, Lang::Sv).iter().any(|key| key == "act:reg:EC:1829/2003"));
        for (text, key) in [
            ("Report on Directive 2001/18/EC.", "act:dir:EC:2001/18"),
            ("A study of Decision (EU) 2020/1234 and its effects", "act:dec:EU:2020/1234"),
            ("Guidance under Commission Implementing Regulation (EU) 2019/436", "act:reg:EU:2019/436"),
        ] {
            assert_eq!(keys(text, Lang::Sv), [key], "{text}");
        }
        // An act number after a Swedish act word stays the Swedish reader's, an English word
        // or two before it notwithstanding.
        assert_eq!(keys("Regulation, se förordning (EG) nr 1829/2003", Lang::Sv), ["act:reg:EC:1829/2003"]);
        assert_eq!(keys("direktiv 2001/18/EG", Lang::Sv), ["act:dir:EC:2001/18"]);
        // Only the English name with its capital, right before the number: a word in lower
        // case, or one a clause away, names no act here.
        assert_eq!(keys("regulation (EC) No 1829/2003", Lang::Sv), ["id:1829/2003"]);
        assert_eq!(keys("Regulation and the rest, No 1829/2003", Lang::Sv), ["id:1829/2003"]);
    }

    #[test]
    fn referral_procedures_of_the_medicines_agency_are_codes() {
        for lang in [Lang::En, Lang::Sv] {
            for code in [
                "EMEA/H/A-20/1541",
                "EMEA/H/A-31/1526",
                "EMEA/H/A-29/1234",
                "EMEA/H/A-107i/1520",
                "EMEA/H/A-5(3)/1510",
                "EMEA/V/A-35/1490",
            ] {
                assert_eq!(keys(&format!("(procedure {code})"), lang), [format!("id:{code}")], "{code}");
            }
        }
        // A changed article or digit is a changed reference.
        assert_ne!(keys("EMEA/H/A-31/1526", Lang::En), keys("EMEA/H/A-29/1526", Lang::Sv));
        assert_ne!(keys("EMEA/H/A-20/1541", Lang::En), keys("EMEA/H/A-20/1514", Lang::Sv));
        // Not inside a longer code, nor with an article or a number that is none.
        for text in
            ["XEMEA/H/A-20/1541", "EMEA/H/A-20/1541B", "EMEA/H/A-/1541", "EMEA/H/A-20/1", "EMEA/H/A-5(/1510"]
        {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("id:EMEA/H/A-")), "{text}");
        }
        // The centralised procedures stay the slash chains they are.
        assert_eq!(keys("EMEA/H/C/005851", Lang::En), ["id:EMEA/H/C/005851"]);
    }

    #[test]
    fn a_date_in_digits_ends_a_list_of_articles() {
        assert_eq!(
            keys("i artikel 10a.4 till och med 31.10.2027", Lang::Sv),
            ["art:10a(4)", "date:2027-10-31"]
        );
        assert_eq!(keys("i artikel 12.3 till den 31.10.2027.", Lang::Sv), ["art:12(3)", "date:2027-10-31"]);
        // A range of paragraphs stays one.
        assert_eq!(keys("artiklarna 10.4 till och med 10.7", Lang::Sv), ["art:10(4)..10(7)"]);
        assert!(numeric_date("31.10.2027"));
        assert!(!numeric_date("10.7"));
        assert!(!numeric_date("31.13.2027"));
        assert!(!numeric_date("3.1.2.2027"));
        assert_eq!(keys("in Article 10 until 31 October 2027", Lang::En), ["art:10", "date:2027-10-31"]);
        assert_eq!(keys("i artikel 10 och 31 maj", Lang::Sv), ["art:10", "day:05-31"]);
        assert_eq!(keys("Articles 10 and 31 apply", Lang::En), ["art:10", "art:31"]);
        // The letter of an abbreviation is no point (`t` of `t.o.m.`).
        assert_eq!(keys("i artikel 10 t.o.m. den 31 oktober", Lang::Sv)[0], "art:10");
    }

    #[test]
    fn act_displays_as_formatted_from_their_keys() {
        let texts = [
            "Regulation (EU, Euratom) 2024/2509 and (EU) 2021/1060",
            "Regulation (EU) No 604/2013; (EU) 2021/1060",
            "Decision No 5/2020 of the Council",
            "Directive 2009/52/EC",
        ];
        let mut seen = 0;
        for text in texts {
            let mut out = Vec::new();
            find(text, &Lower::new(text), Lang::En, &mut out);
            for value in out.iter().filter(|value| value.key.starts_with("act:")) {
                let parts: Vec<&str> = value.key.split(':').collect();
                let (shown_type, domains, number) = match parts.as_slice() {
                    ["act", kind, domains, number] => (format!("{kind} "), *domains, *number),
                    ["act", domains, number] => (String::new(), *domains, *number),
                    _ => panic!("{:?}", value.key),
                };
                assert_eq!(value.display, format!("{shown_type}({domains}) {number}"), "{text}");
                seen += 1;
            }
        }
        assert!(seen >= 6, "{seen}");
    }

    #[test]
    fn acts_in_both_languages() {
        assert_eq!(keys("Regulation (EU) 2024/1351", Lang::En), ["act:reg:EU:2024/1351"]);
        assert_eq!(keys("förordning (EU) 2024/1351", Lang::Sv), ["act:reg:EU:2024/1351"]);
        assert_eq!(keys("Regulation (EU) No 604/2013", Lang::En), ["act:reg:EU:604/2013"]);
        assert_eq!(keys("förordning (EU) nr 604/2013", Lang::Sv), ["act:reg:EU:604/2013"]);
        assert_eq!(keys("Directive 2009/52/EC", Lang::En), ["act:dir:EC:2009/52"]);
        assert_eq!(keys("direktiv 2009/52/EG", Lang::Sv), ["act:dir:EC:2009/52"]);
        assert_eq!(keys("genomförandebeslut (EU) 2025/2642", Lang::Sv), ["act:dec:EU:2025/2642"]);
        assert_eq!(
            keys("amending Regulations (EU) 2021/1147 and (EU) 2021/1060", Lang::En),
            ["act:reg:EU:2021/1147", "act:reg:EU:2021/1060"]
        );
    }

    #[test]
    fn articles_numbered_by_chapter_with_a_bracketed_paragraph() {
        // `Article 3.2(1)(c)` = `artikel 3.2.1 c`: the paragraph and point after the dotted
        // number, bracketed in English, dotted and spaced in Swedish.
        let en = "Notwithstanding Article 3.2(1)(c), Article 3.19(4) applies (Article 3.22(3)).";
        let sv = "Trots vad som sägs i artikel 3.2.1 c gäller artikel 3.19.4 (artikel 3.22.3).";
        let expected = ["art:3(2)(1)(c)", "art:3(19)(4)", "art:3(22)(3)"];
        assert_eq!(keys(en, Lang::En), expected);
        assert_eq!(keys(sv, Lang::Sv), expected);
        // An article numbered in three parts is read alike: `artikel 3.2.1` = `Article 3.2.1`.
        assert_eq!(keys("Article 3.2.1", Lang::En), keys("artikel 3.2.1", Lang::Sv));
        assert_ne!(keys("Article 3.2(2)", Lang::En), keys("artikel 3.2.1", Lang::Sv));
        // As before: a plain article's paragraph, and a paragraph's point named before it.
        assert_eq!(keys("Article 8(2)", Lang::En), keys("artikel 8.2", Lang::Sv));
        assert_eq!(keys("point (c) of Article 3.2(1)", Lang::En), ["art:3(2)(1)(c)"]);
    }

    #[test]
    fn more_paragraphs_of_an_article_numbered_by_chapter() {
        // `Article 14.29(2) and (3)` = `artikel 14.29.2 och 14.29.3`, as `Article 5(2) and (3)`
        // = `artikel 5.2 och 5.3`.
        let expected = ["art:14(29)(2)", "art:14(29)(3)"];
        assert_eq!(keys("in accordance with Article 14.29(2) and (3) of the Agreement", Lang::En), expected);
        assert_eq!(keys("i enlighet med artikel 14.29.2 och 14.29.3 i avtalet", Lang::Sv), expected);
        assert_eq!(keys("paragraphs 2 and 3 of Article 14.29", Lang::En), expected);
        assert_eq!(keys("punkterna 2 och 3 i artikel 14.29", Lang::Sv), expected);
        assert_eq!(keys("Article 14.29(2) to (4)", Lang::En), ["art:14(29)(2)..14(29)(4)"]);
        assert_eq!(keys("Article 14.29(2) to (4)", Lang::En), keys("artikel 14.29.2–14.29.4", Lang::Sv));
        // Two articles, each with its paragraph; a paragraph and its point.
        let expected = ["art:14(29)(2)", "art:14(30)(1)"];
        assert_eq!(keys("Articles 14.29(2) and 14.30(1)", Lang::En), expected);
        assert_eq!(keys("artiklarna 14.29.2 och 14.30.1", Lang::Sv), expected);
        assert_eq!(keys("Article 22.1(5), point (e), applies", Lang::En), ["art:22(1)(5)(e)"]);
        assert_eq!(keys("artikel 22.1.5 e gäller", Lang::Sv), ["art:22(1)(5)(e)"]);
        // A point of a paragraph's point stays apart, as in a plain article.
        assert_eq!(keys("Article 14.29(2)(a) and (b)", Lang::En), ["art:14(29)(2)(a)", "art:14(29)(2)(b)"]);
        assert_ne!(keys("Article 3.2(1)(3) and (4)", Lang::En)[1..], ["art:3(2)(1)(4)"]);
        // A point written with its paragraph after a point of another paragraph is of the
        // article (`Article 14(2)(a) and (4)(a)` = `artikel 14.2 a och 14.4 a`), and so are
        // the points after it; of an article numbered by chapter too.
        assert_eq!(keys("Article 14(2)(a) and (4)(a)", Lang::En), ["art:14(2)(a)", "art:14(4)(a)"]);
        assert_eq!(
            keys("Article 14(2)(a) and (4)(a)", Lang::En),
            keys("artikel 14.2 a och 14.4 a", Lang::Sv)
        );
        assert_ne!(
            keys("Article 14(2)(a) and (4)(a)", Lang::En),
            keys("artikel 14.2 a och 14.3 a", Lang::Sv)
        );
        assert_eq!(
            keys("Article 14(2)(a)(ii), (4)(a) and (b)", Lang::En),
            ["art:14(2)(a)(ii)", "art:14(4)(a)", "art:14(4)(b)"]
        );
        assert_eq!(
            keys("Article 14.29(2)(a) and (3)(b)", Lang::En),
            ["art:14(29)(2)(a)", "art:14(29)(3)(b)"]
        );
        // Paragraphs after a paragraph and points after a point stay as they were.
        assert_eq!(keys("Article 32(1), (2) and (3)", Lang::En), ["art:32(1)", "art:32(2)", "art:32(3)"]);
        // Paragraphs an amendment inserted, each with its letter: `Article 6a(5a) and (5b)` =
        // `artikel 6a.5a och 6a.5b`; a point after one is none of its paragraphs.
        assert_eq!(keys("under both Article 6a(5a) and (5b).", Lang::En), ["art:6a(5a)", "art:6a(5b)"]);
        assert_eq!(
            keys("under both Article 6a(5a) and (5b).", Lang::En),
            keys("enligt både artikel 6a.5a och 6a.5b.", Lang::Sv)
        );
        assert_ne!(
            keys("under both Article 6a(5a) and (5b).", Lang::En),
            keys("enligt både artikel 6a.5a och 6a.5c.", Lang::Sv)
        );
        assert_eq!(keys("Article 6(2) and (3a)", Lang::En), ["art:6(2)", "art:6(3a)"]);
        assert_eq!(keys("Article 6(5a) to (5c)", Lang::En), ["art:6(5a)..6(5c)"]);
        assert_eq!(keys("Article 6(5a) and (b)", Lang::En), ["art:6(5a)"]);
        assert_eq!(keys("Article 5(1), points (a) and (b)", Lang::En), ["art:5(1)(a)", "art:5(1)(b)"]);
        assert_eq!(keys("Article 14(2)(a) and (b)", Lang::En), ["art:14(2)(a)", "art:14(2)(b)"]);
        assert_eq!(super::paragraph_base("14(2)(a)", 0), Some("14"));
        assert_eq!(super::paragraph_base("14(29)(2)(a)", 1), Some("14(29)"));
        assert_eq!(super::paragraph_base("14(a)", 0), None);
        assert_eq!(chapter_parts("Article 14.29(2)"), 1);
        assert_eq!(chapter_parts("Article 5(2)"), 0);
        assert_eq!(chapter_parts("artikel 14.29.2"), 0);
        assert!(dotted_number("Article 14.29") && dotted_number("artikel 3.2a"));
        assert!(
            !dotted_number("Article 5(2)") && !dotted_number("artikel 5.1 a") && !dotted_number("Article 5")
        );
    }

    #[test]
    fn parts_numbered_under_a_code() {
        let en = "Article FISH.9(2)(f) and Articles SSC.67 and LAW.PRIV.12(3), ANNEX ORIG-2B apply.";
        let sv = "artikel FISH.9.2 f och artiklarna SSC.67 och LAW.PRIV.12.3, BILAGA ORIG-2B gäller.";
        let expected = ["art:FISH.9(2)(f)", "art:SSC.67", "art:LAW.PRIV.12(3)", "annex:ORIG-2B"];
        assert_eq!(keys(en, Lang::En), expected);
        assert_eq!(keys(sv, Lang::Sv), expected);
        // `i` before a word is the preposition; a code without its part word is none.
        assert_eq!(keys("artikel FISH.9 i avtalet", Lang::Sv), ["art:FISH.9"]);
        assert!(keys("under FISH.9 and the EU.2 list", Lang::En).iter().all(|k| !k.starts_with("art:")));
        // The points of rules numbered the same way, as the drone rules number them.
        let en = "in accordance with point UAS.OPEN.010(2) and points UAS.OPEN.030(2)(c) and ORO.FTL.210";
        let sv = "i enlighet med punkt UAS.OPEN.010.2 och punkterna UAS.OPEN.030.2 c och ORO.FTL.210";
        let expected = ["point:UAS.OPEN.010(2)", "point:UAS.OPEN.030(2)(c)", "point:ORO.FTL.210"];
        assert_eq!(keys(en, Lang::En), expected);
        assert_eq!(keys(sv, Lang::Sv), expected);
    }

    #[test]
    fn court_cases_and_ecli() {
        assert_eq!(
            keys("Case C-808/18 (ECLI:EU:C:2020:1029.) and Joined Cases C-924/19 PPU and T-12/20.", Lang::En),
            ["case:C-808/18", "ecli:EU:C:2020:1029", "case:C-924/19", "case:T-12/20"]
        );
        assert_eq!(keys("mål C-808/18 och T-12/20", Lang::Sv), ["case:C-808/18", "case:T-12/20"]);
        // The short form without `ECLI:` is the same identifier.
        assert_eq!(
            keys("dom i mål C-509/11, EU:C:2013:613.", Lang::Sv),
            ["case:C-509/11", "ecli:EU:C:2013:613"]
        );
        for text in [
            "EU:C:13:613",
            "EU:c:2013:613",
            "XEU:C:2013:613",
            "EU:C:2013",
            "EU:C:2013:61a",
            "EU:C:2013:613:1",
        ] {
            assert!(keys(text, Lang::Sv).iter().all(|k| !k.starts_with("ecli:")), "{text}");
        }
        // The Court's non-breaking hyphen (U+2011) and the Unicode hyphen (U+2010) are hyphens.
        assert_eq!(keys("Case C\u{2011}123/19", Lang::En), ["case:C-123/19"]);
        assert_eq!(keys("mål T\u{2010}12/20", Lang::Sv), ["case:T-12/20"]);
        // An appeal, and a case of a Board of Appeal of the EU Intellectual Property Office.
        assert_eq!(keys("C-334/05 P, T-12/20 Pfizer", Lang::En), ["case:C-334/05 P", "case:T-12/20"]);
        assert_eq!(keys("in Case R 1234/2025-4", Lang::En), keys("i ärende R 1234/2025\u{2013}4", Lang::Sv));
        assert_eq!(keys("in Case R 1234/2025-4", Lang::En), ["case:R-1234/2025-4"]);
        for text in ["C\u{2012}123/19", "C\u{2014}123/19", "AC\u{2011}123/19", "x\u{2011}C\u{2011}123/19"] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("case:")), "{text}");
        }
        for text in ["ABC-808/18", "C-808/2018", "C-12345/18", "C-808/18/EU", "EU-27/18", "ECLI:EU:C"] {
            assert!(
                keys(text, Lang::En).iter().all(|k| !k.starts_with("case:") && !k.starts_with("ecli:")),
                "{text}"
            );
        }
    }

    /// The firm keys of `text` and, apart, its optional ones.
    fn firm_and_optional(text: &str, lang: Lang) -> (Vec<String>, Vec<String>) {
        let (optional, firm): (Vec<_>, Vec<_>) =
            crate::values::extract(text, lang).into_iter().partition(|value| value.optional);
        let keys = |values: Vec<Value>| values.into_iter().map(|value| value.key).collect();
        (keys(firm), keys(optional))
    }

    #[test]
    fn a_paragraph_named_again_before_its_point_is_optional() {
        let (firm, optional) = firm_and_optional(
            "förlänga de tidsfrister som avses i punkt 1 a och b med högst tre månader och den tidsfrist som avses i punkt 1 c med högst sex månader.",
            Lang::Sv,
        );
        assert_eq!(optional, ["para:1"]);
        assert_eq!(firm.iter().filter(|key| *key == "para:1").count(), 1, "{firm:?}");
        let (_, optional) = firm_and_optional(
            "the time limits referred to in paragraph 1, points (a) and (b), and in paragraph 1, point (c).",
            Lang::En,
        );
        assert_eq!(optional, ["para:1"]);
        // Another paragraph, one named again without a point, or one of another sentence stays firm.
        for text in [
            "enligt punkt 1 a och b och punkt 2 c.",
            "enligt punkt 1 a och b samt punkt 1.",
            "enligt punkt 1 a och b. Den tidsfrist som avses i punkt 1 c gäller.",
        ] {
            let (_, optional) = firm_and_optional(text, Lang::Sv);
            assert!(optional.iter().all(|key| !key.starts_with("para:")), "{text}: {optional:?}");
        }
    }

    #[test]
    fn parts_named_after_the_act_are_the_articles() {
        let (en, en_optional) = firm_and_optional(
            "In Article 7 of Implementing Regulation (EU) 2024/2690, paragraph 1, point (b), the number is replaced.",
            Lang::En,
        );
        let (sv, _) = firm_and_optional(
            "I artikel 7.1 b i genomförandeförordning (EU) 2024/2690 ska siffran ersättas.",
            Lang::Sv,
        );
        assert_eq!(en, sv);
        assert_eq!(en, ["art:7(1)(b)", "act:reg:EU:2024/2690"]);
        // The parts' own words: the same reference, optional, never reported alone.
        assert_eq!(en_optional, ["art:7(1)(b)"]);
        // A paragraph alone, and in Swedish after `ska`.
        let (en, _) =
            firm_and_optional("In Article 3 of Regulation (EU) 2019/1, paragraph 2 is replaced", Lang::En);
        let (sv, _) =
            firm_and_optional("I artikel 3 i förordning (EU) 2019/1 ska punkt 2 ersättas", Lang::Sv);
        assert_eq!(en, ["art:3(2)", "act:reg:EU:2019/1"]);
        assert_eq!(en, sv);
        // Points of an article with its paragraph, and of an act named by its kind.
        let (en, _) =
            firm_and_optional("in Article 5(1) of that Regulation, points (a) and (c) are deleted", Lang::En);
        let (sv, _) = firm_and_optional("i artikel 5.1 i den förordningen ska leden a och c utgå", Lang::Sv);
        assert_eq!(en, ["art:5(1)(a)", "art:5(1)(c)"]);
        assert_eq!(en, sv);
        // A part of another article, and a part after no act, stay apart.
        let (en, _) = firm_and_optional(
            "Article 5 of Regulation (EU) 2019/1, paragraph 2 of this Article applies",
            Lang::En,
        );
        assert_eq!(en, ["art:5", "act:reg:EU:2019/1", "para:2"]);
        let (en, _) = firm_and_optional("Article 5 of the Code, paragraph 2 applies", Lang::En);
        assert_eq!(en, ["art:5", "para:2"]);
        // Nothing after the act.
        let (en, optional) = firm_and_optional("Article 5 of Regulation (EU) 2019/1, as amended", Lang::En);
        assert_eq!(en, ["art:5", "act:reg:EU:2019/1"]);
        assert!(optional.is_empty(), "{optional:?}");
    }

    #[test]
    fn labels_of_an_amending_formula_are_optional() {
        for (text, lang, labels) in [
            ("the following Article 77a is inserted:", Lang::En, vec!["art:77a"]),
            ("in Article 98, the following paragraph 3 is added:", Lang::En, vec!["para:3"]),
            ("the following Articles 5a and 5b are inserted:", Lang::En, vec!["art:5a", "art:5b"]),
            ("The following point (c) is added:", Lang::En, vec!["point:c"]),
            ("Följande artikel 77a ska införas:", Lang::Sv, vec!["art:77a"]),
        ] {
            let (firm, optional) = firm_and_optional(text, lang);
            assert_eq!(optional, labels, "{text}");
            assert!(firm.iter().all(|key| !labels.contains(&key.as_str())), "{text}: {firm:?}");
        }
        // The article the formula amends stays firm.
        assert_eq!(
            firm_and_optional("in Article 98, the following paragraph 3 is added:", Lang::En).0,
            ["art:98"]
        );
        // Without the formula's verb, or with words between, a label is firm.
        for text in [
            "the following Article 77a applies:",
            "the following Article 77a, which is inserted",
            "see the following. Article 77a is inserted",
        ] {
            let (firm, _) = firm_and_optional(text, Lang::En);
            assert!(firm.contains(&"art:77a".to_string()), "{text}: {firm:?}");
        }
    }

    #[test]
    fn the_same_article_is_the_article_named_before() {
        let (firm, optional) = firm_and_optional(
            "Enligt artikel 7 första stycket gäller detta, enligt andra stycket i samma artikel.",
            Lang::Sv,
        );
        assert_eq!(firm, ["art:7", "ord:1", "ord:2"]);
        assert_eq!(optional, ["art:7"]);
        // The last one named, the article alone.
        let (_, optional) =
            firm_and_optional("artikel 3.2 och artikel 9.1 b, och punkt 2 i samma artikel", Lang::Sv);
        assert_eq!(optional, ["art:9"]);
        assert_eq!(
            firm_and_optional("Article 3, paragraph 2 of the same Article 4", Lang::En).1,
            Vec::<String>::new()
        );
        // None before it: no value.
        assert_eq!(
            firm_and_optional("enligt andra stycket i samma artikel", Lang::Sv).1,
            Vec::<String>::new()
        );
        assert_eq!(
            firm_and_optional("Article 4 applies, and the first paragraph of the same Article", Lang::En).1,
            ["ord:1", "art:4"]
        );
    }

    #[test]
    fn articles_and_documents() {
        assert_eq!(keys("Article 8(2)", Lang::En), ["art:8(2)"]);
        assert_eq!(keys("artikel 8.2 i förordningen", Lang::Sv), ["art:8(2)", "acttype:reg"]);
        assert_eq!(keys("articles 10(1)(x) and 66", Lang::En), ["art:10(1)(x)", "art:66"]);
        assert_eq!(keys("artiklarna 10.1 x och 66", Lang::Sv), ["art:10(1)(x)", "art:66"]);
        assert_eq!(keys("Article 25a", Lang::En), ["art:25a"]);
        assert_eq!(keys("Article 5, 2024 was", Lang::En), ["art:5", "year:2024"]);
        assert_eq!(keys("COM(2026) 45 final", Lang::En), ["doc:COM:2026:45"]);
        assert_eq!(keys("KOM(97) 558 slutlig", Lang::Sv), ["doc:COM:1997:558"]);
        // A Commission decision before 2012, in Swedish `K(…) … slutlig`.
        assert_eq!(keys("K(2006) 6762 slutlig", Lang::Sv), keys("C(2006) 6762 final", Lang::En));
        assert_eq!(keys("COM/2025/944 final", Lang::En), ["doc:COM:2025:944"]);
        // A roman point `i` before the preposition `i`.
        assert_eq!(keys("enligt artikel 4.1 i i den förordningen", Lang::Sv), ["art:4(1)(i)", "acttype:reg"]);
        assert_eq!(keys("enligt artikel 4.1 i den förordningen", Lang::Sv), ["art:4(1)", "acttype:reg"]);
    }

    #[test]
    fn articles_numbered_in_roman_numerals() {
        let en = "Article III(1) and (4) of the Treaty, Article XX(b) and Article XXIV apply.";
        let sv = "Artikel III.1 och III.4 i fördraget, artikel XX b och artikel XXIV gäller.";
        let expected = ["art:III(1)", "art:III(4)", "art:XX(b)", "art:XXIV"];
        assert_eq!(keys(en, Lang::En), expected);
        assert_eq!(keys(sv, Lang::Sv), expected);
        // Not after another word, nor a numeral written wrongly.
        assert!(keys("Title IV and Article IIII", Lang::En).iter().all(|k| !k.starts_with("art:")));
    }

    #[test]
    fn kinds_of_act_named_without_a_number() {
        // A plural without a determiner names rules in general.
        let en =
            "the laws, regulations and administrative provisions necessary to comply with this Directive";
        assert_eq!(keys(en, Lang::En), ["acttype:dir"]);
        assert_eq!(keys("these regulations and the directives", Lang::En), ["acttype:reg", "acttype:dir"]);
        assert!(keys("nationella förordningar", Lang::Sv).is_empty());
        assert_eq!(keys("dessa förordningar", Lang::Sv), ["acttype:reg"]);
        // A Swedish compound in the definite plural names the kind of every act of its list.
        assert_eq!(
            keys("genomförandebesluten (EU) 2024/365 och (EU) 2024/367", Lang::Sv),
            ["act:dec:EU:2024/365", "act:dec:EU:2024/367"]
        );
        assert_eq!(keys("direktiven 2006/42/EG", Lang::Sv), ["act:dir:EC:2006/42"]);
    }

    #[test]
    fn swedish_statutes() {
        assert_eq!(keys("The Act (2024:1187) on procurement", Lang::En), ["sfs:2024:1187"]);
        assert_eq!(keys("lagen (2005:716) om utlänningar", Lang::Sv), ["sfs:2005:716"]);
        assert_eq!(keys("i SFS 2024:1187.", Lang::Sv), ["sfs:2024:1187"]);
        assert_eq!(keys("SFS\u{00A0}2009:400", Lang::En), keys("(2009:400)", Lang::Sv));
        assert_ne!(keys("lagen (2024:1187)", Lang::Sv), keys("Act (2024:1178)", Lang::En));
        // Named again, as the Swedish title in brackets: optional.
        let optional = |text: &str| -> Vec<bool> {
            super::super::extract(text, Lang::En).into_iter().map(|v| v.optional).collect()
        };
        assert_eq!(
            optional("the Ordinance (2024:1187) on aid (*förordning (2024:1187) om stöd*)"),
            [false, true]
        );
        assert_eq!(optional("the Ordinance (2024:1187) and the Act (2024:1188)"), [false, false]);
        // A time, a ratio, a figure outside brackets or glued to more digits, a year out of range.
        for text in [
            "at 10:30",
            "a ratio of 3:1",
            "(12:30)",
            "in 2024:1187 cases",
            "(1850:12)",
            "(2024:12345)",
            "(2024:11:30)",
            "(2024:1187.5)",
            "XSFS 2024:1187",
            "(2024:0)",
        ] {
            assert!(keys(text, Lang::Sv).iter().all(|k| !k.starts_with("sfs:")), "{text}");
        }
    }

    #[test]
    fn points_of_numbered_points() {
        // The Official Journal's `point (2)(e) of Article 1` is `artikel 1.2 e`, as `point (e)
        // of Article 1(2)` and `Article 1(2)(e)` are.
        assert_eq!(keys("point (2)(e) of Article 1", Lang::En), ["art:1(2)(e)"]);
        // A numbered point of its own in brackets, as the Official Journal writes it.
        assert_eq!(keys("Point (1)(a) of the Annex", Lang::En), keys("Punkt 1 a i bilagan", Lang::Sv));
        assert_eq!(keys("points (2) and (3)", Lang::En), keys("punkterna 2 och 3", Lang::Sv));
        assert_eq!(keys("point (2)(e) of Article 1", Lang::En), keys("artikel 1.2 e", Lang::Sv));
        assert_eq!(keys("point (e) of Article 1(2)", Lang::En), keys("Article 1(2)(e)", Lang::En));
        assert_eq!(keys("points (2)(a) and (3) of Article 4", Lang::En), ["art:4(2)(a)", "art:4(3)"]);
        assert_eq!(keys("Article 1, point (2)(e)", Lang::En), ["art:1(2)(e)"]);
        assert_ne!(keys("point (2)(e) of Article 1", Lang::En), keys("artikel 1.2 f", Lang::Sv));
        // Two numbers in brackets are no point and its letter.
        assert_eq!(keys("point (2)(3) of Article 1", Lang::En), ["num:2", "num:3", "art:1"]);
    }

    #[test]
    fn inserted_labels() {
        // English writes the letter of an inserted label apart, Swedish glued to its number.
        assert_eq!(keys("Recital 4 a (new)", Lang::En), ["label:4a"]);
        assert_eq!(keys("Recital 4 a (new)", Lang::En), keys("Skäl 4a (nytt)", Lang::Sv));
        assert_eq!(keys("Article 27 a (new)", Lang::En), ["art:27a"]);
        assert_eq!(keys("Article 27 a (new)", Lang::En), keys("Artikel 27a (ny)", Lang::Sv));
        assert_eq!(
            keys("Article 2 – paragraph 2 – point 7 a (new)", Lang::En),
            keys("Artikel 2 – punkt 2 – led 7a (nytt)", Lang::Sv)
        );
        assert_eq!(keys("Article 2 – paragraph 2 – point 7 a", Lang::En), ["art:2", "para:2", "para:7a"]);
        // A numbered point of a paragraph is the Swedish dotted point.
        assert_eq!(keys("Paragraph 19, point 20 of the Guidelines:", Lang::En), ["para:19.20"]);
        assert_eq!(keys("Punkt 19.20 i riktlinjerna:", Lang::Sv), ["para:19.20"]);
        assert_eq!(keys("paragraph 19 and point 20", Lang::En), ["para:19", "para:20"]);
        assert_eq!(
            keys("Article 2 – paragraph 2 – point 7", Lang::En),
            keys("Artikel 2 – punkt 2 – led 7", Lang::Sv)
        );
        assert_eq!(
            keys("Article 15 – paragraph 2 – point b a (new)", Lang::En),
            keys("Artikel 15 – punkt 2 – led ba (nytt)", Lang::Sv)
        );
        assert_ne!(keys("Skäl 4a (nytt)", Lang::Sv), keys("Recital 4 b (new)", Lang::En));
        assert_ne!(keys("led ba (nytt)", Lang::Sv), keys("led bb (nytt)", Lang::Sv));
        // The article `a` of running text, or two letters with no point word, is no label.
        assert_eq!(keys("see point 7 a new rule", Lang::En), ["para:7"]);
        assert_eq!(keys("Article 5 a (new) text", Lang::En), ["art:5a"]);
        for text in ["insert a (new) point", "as b a (new)", "of 4 ab (new)", "x4 a (new)"] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("label:")), "{text}");
        }
    }

    #[test]
    fn every_treaty_name_holds_a_gate() {
        for lang in [Lang::En, Lang::Sv] {
            let lang_table = table(lang);
            for (name, _) in lang_table.treaty_names {
                assert!(lang_table.treaty_gates.iter().any(|gate| name.contains(gate)), "{name}");
            }
        }
    }

    #[test]
    fn marks_of_new_labels_open_with_a_bracket() {
        for lang in [Lang::En, Lang::Sv] {
            assert!(table(lang).new_labels.iter().all(|mark| mark.starts_with('(')), "{lang}");
        }
    }

    #[test]
    fn treaties_by_name() {
        assert_eq!(keys("Article 4(3) TEU", Lang::En), keys("artikel 4.3 i EU-fördraget", Lang::Sv));
        // Other basic texts cited by name.
        assert_eq!(
            keys("Article 8 of the CEOS", Lang::En),
            keys("artikel 8 i anställningsvillkoren", Lang::Sv)
        );
        assert_ne!(
            keys("Article 8 of the CEOS", Lang::En),
            keys("artikel 8 i tjänsteföreskrifterna", Lang::Sv)
        );
        assert_eq!(
            keys("Article 60 of the Rules of Procedure of the General Court", Lang::En),
            keys("artikel 60 i tribunalens rättegångsregler", Lang::Sv)
        );
        assert_eq!(keys("Article 4(3) TEU", Lang::En), ["art:4(3)", "treaty:TEU"]);
        assert_eq!(
            keys("Article 4(3) of the Treaty on European Union", Lang::En),
            keys("artikel 4.3 i fördraget om Europeiska unionen", Lang::Sv)
        );
        assert_eq!(
            keys("Article 114 of the Treaty on the Functioning of the European Union", Lang::En),
            keys("artikel 114 i fördraget om Europeiska unionens funktionssätt", Lang::Sv)
        );
        assert_eq!(
            keys("Articles 78 and 79 TFEU", Lang::En),
            keys("artiklarna 78 och 79 i EUF-fördraget", Lang::Sv)
        );
        assert_eq!(keys("Article 47 of the Charter", Lang::En), keys("artikel 47 i stadgan", Lang::Sv));
        assert_ne!(
            keys("artikel 4.3 i EU-fördraget", Lang::Sv),
            keys("artikel 4.3 i EUF-fördraget", Lang::Sv)
        );
        // The abbreviations of the former Treaties, in the notes that give an article's former
        // number; Swedish `FEU` is the Treaty on European Union, old or new.
        assert_eq!(keys("(ex Article 61 TEC)", Lang::En), keys("(f.d. artikel 61 FEG)", Lang::Sv));
        assert_eq!(keys("(ex Article 36 TEU)", Lang::En), keys("(f.d. artikel 36 FEU)", Lang::Sv));
        assert_eq!(keys("(ex Article 36 TEU)", Lang::En), ["art:36", "treaty:TEU"]);
        assert_eq!(keys("Article 10 of the EC Treaty", Lang::En), keys("artikel 10 FEG", Lang::Sv));
        assert_ne!(keys("(f.d. artikel 36 FEU)", Lang::Sv), keys("(f.d. artikel 36 FEG)", Lang::Sv));
        assert!(super::super::extract("the TFEU", Lang::En).iter().all(|v| v.optional));
        // A name inside a word or a compound, or a charter in lower case, is none.
        for (text, lang) in [
            ("the UN-Charter, charter flights, TEUR, TECs, TEC-based", Lang::En),
            ("FN-stadgan och stadganden, EU-fördragen, FEUR, FEG-stöd, Tec", Lang::Sv),
        ] {
            assert!(keys(text, lang).iter().all(|k| !k.starts_with("treaty:")), "{text}");
        }
    }

    #[test]
    fn numbered_reports_and_opinions() {
        assert_eq!(keys("special report 24/2019", Lang::En), ["report:24/2019"]);
        assert_eq!(keys("Special Report No 05/2023", Lang::En), ["report:5/2023"]);
        assert_eq!(keys("särskild rapport nr 05/2023", Lang::Sv), ["report:5/2023"]);
        assert_eq!(keys("Opinion 1/15 of the Court", Lang::En), keys("yttrande 1/15", Lang::Sv));
        assert_ne!(keys("special report 24/2019", Lang::En), keys("särskild rapport 24/2018", Lang::Sv));
        // A series whose English name a Swedish text keeps: its number is the report's, not a
        // month, read alike in both languages.
        assert_eq!(keys("EEA Report 01/2024", Lang::Sv), ["report:1/2024"]);
        assert_eq!(keys("EEA Report 01/2024", Lang::Sv), keys("EEA Report 01/2024", Lang::En));
        assert_eq!(keys("EEA Report No 14/2023", Lang::Sv), keys("EEA-rapport nr 14/2023", Lang::Sv));
        assert_eq!(keys("EEA-rapport nr 14/2023", Lang::Sv), keys("EEA Report 14/2023", Lang::En));
        assert_ne!(keys("EEA Report 14/2023", Lang::Sv), keys("EEA Report 14/2022", Lang::En));
        // The measures of an international body numbered around a slash, compared as written.
        assert_eq!(keys("under Resolution 18/03 of the Commission", Lang::En), ["resolution:18/3"]);
        assert_eq!(keys("enligt kommissionens resolution 18/03", Lang::Sv), ["resolution:18/3"]);
        assert_eq!(keys("rekommendation nr 1/2003", Lang::Sv), keys("Recommendation No 1/2003", Lang::En));
        assert_ne!(keys("Resolution 18/03", Lang::En), keys("resolution 18/08", Lang::Sv));
        assert_ne!(keys("Resolution 18/03", Lang::En), keys("resolution 03/18", Lang::Sv));
        // An act's number (four digits, or a third part) and a Security Council resolution
        // numbered by its year are no such measures.
        for (text, lang) in [
            ("Recommendation 2003/361/EC", Lang::En),
            ("rekommendation 2003/361/EG", Lang::Sv),
            ("Resolution 1244/1999", Lang::En),
            ("resolutions 18/00", Lang::En),
        ] {
            assert!(keys(text, lang).iter().all(|k| !k.starts_with("resolution:")), "{text}");
        }
        // Kept capital first only: a lower-case English word in Swedish prose is no series.
        assert!(keys("report 14/2023", Lang::Sv).iter().all(|k| !k.starts_with("report:")));
        assert!(keys("Reporter 14/2023", Lang::Sv).iter().all(|k| !k.starts_with("report:")));
        // Without its noun, or glued to more digits, a slashed number is no report.
        for text in
            ["in 24/2019 cases", "report 24/20199", "report 1/2/2019", "report 0/2019", "reportage 2/2019"]
        {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("report:")), "{text}");
        }
    }

    #[test]
    fn amending_budgets_with_or_without_their_number_abbreviation() {
        let en =
            ["as amended by DAB 3/2026.", "draft amending budget No 3/2026", "Amending Budget No 3/2026"];
        let sv =
            ["ändrad genom ändringsbudget nr 3/2026.", "förslaget till ändringsbudget 3/2026", "FÄB 3/2026"];
        for text in en {
            assert_eq!(keys(text, Lang::En), ["id:3/2026"], "{text}");
        }
        for text in sv {
            assert_eq!(keys(text, Lang::Sv), ["id:3/2026"], "{text}");
        }
        // Firm, and not a month of 2026.
        let values = super::super::extract("(ursprunglig budget + ändringsbudget 1/2026)", Lang::Sv);
        assert_eq!(
            values.iter().map(|v| (v.key.as_str(), v.optional)).collect::<Vec<_>>(),
            [("id:1/2026", false)]
        );
        assert_ne!(keys("DAB 3/2026", Lang::En), keys("ändringsbudget nr 4/2026", Lang::Sv));
        // Another noun, a word that ends on one, a year of two digits or a longer number: no
        // amending budget (at most the optional number of a series named by capitals).
        for text in ["budget 3/2026", "the XDAB 3/2026", "DAB 3/26", "DAB 3/20261", "DAB 12/3/2026"] {
            let values = super::super::extract(text, Lang::En);
            assert!(values.iter().all(|v| v.optional || !v.key.starts_with("id:")), "{text}");
        }
    }

    #[test]
    fn a_bare_number_after_lettered_points_is_the_next_article() {
        let en = "the validity of Articles 7, 10(1)(a), (c) and (g) and 13 of the Directive";
        let sv = "giltigheten av artiklarna 7, 10.1 a, c och g samt 13 i direktivet";
        let expected = ["art:7", "art:10(1)(a)", "art:10(1)(c)", "art:10(1)(g)", "art:13"];
        assert_eq!(keys(en, Lang::En)[..5], expected);
        assert_eq!(keys(sv, Lang::Sv)[..5], expected);
        // More articles after it, with their own paragraphs.
        assert_eq!(
            keys("Articles 5(1)(a) and (b), 13(2) and 14 of", Lang::En),
            ["art:5(1)(a)", "art:5(1)(b)", "art:13(2)", "art:14"]
        );
        assert_eq!(
            keys("artiklarna 5.1 a och b, 13.2 och 14 i förordningen", Lang::Sv),
            ["art:5(1)(a)", "art:5(1)(b)", "art:13(2)", "art:14", "acttype:reg"]
        );
        // A bracketed number after lettered points is still no article, and a number before a
        // word that follows no reference may be a count.
        assert!(!keys("Article 5(1)(a) and 13 other provisions", Lang::En).contains(&"art:13".to_string()));
        assert!(
            !keys("Article 5(1)(a) and 13 other provisions", Lang::En).contains(&"art:5(1)(13)".to_string())
        );
        // `samt` joins articles as `och` does.
        assert_eq!(keys("artiklarna 3 samt 5 i förordningen", Lang::Sv), ["art:3", "art:5", "acttype:reg"]);
    }

    #[test]
    fn a_decimal_after_an_article_word_is_a_figure() {
        let keys = |text: &str, lang: Lang| {
            crate::values::extract(text, lang).into_iter().map(|value| value.key).collect::<Vec<_>>()
        };
        // `som regel 1,1`, as a rule 1.1: the figure, no rule.
        let sv = keys("Den dynamiska provningskoefficienten är som regel 1,1 (del B).", Lang::Sv);
        assert!(sv.contains(&"num:1.1".to_string()), "{sv:?}");
        assert!(!sv.iter().any(|key| key.starts_with("art:")), "{sv:?}");
        // A list of rules or articles puts a space after its comma.
        let sv = keys("enligt regel 1, 2 och 5 i arbetsordningen", Lang::Sv);
        assert!(["art:1", "art:2", "art:5"].iter().all(|key| sv.contains(&key.to_string())), "{sv:?}");
        let sv = keys("enligt artiklarna 5, 6 och 7", Lang::Sv);
        assert!(sv.contains(&"art:6".to_string()), "{sv:?}");
    }

    #[test]
    fn an_article_s_paragraph_and_points_fill_a_cell() {
        let keys = |text: &str, lang: Lang| {
            let mut out = Vec::new();
            cell_provisions(text, table(lang), &mut out);
            out.into_iter().map(|value| value.key).collect::<Vec<_>>()
        };
        assert_eq!(keys("| Exemption | 4(2)(b) | ≤ EUR 1 000 000 |", Lang::En), ["art:4(2)(b)"]);
        assert_eq!(keys("| Undantag | 4.2 b | ≤ 1 000 000 euro |", Lang::Sv), ["art:4(2)(b)"]);
        assert_eq!(
            keys("| Motparter | 9.1 c ii |", Lang::Sv),
            keys("| Counterparts | 9(1)(c)(ii) |", Lang::En)
        );
        // A changed point is a changed reference.
        assert_ne!(keys("| 4.2 c |", Lang::Sv), keys("| 4(2)(b) |", Lang::En));
        // Not a figure without a point, a list, a decimal comma, a unit or a word.
        let none: Vec<String> = Vec::new();
        assert_eq!(keys("| 8(3) | 5(1)(a), 6(1) | 3.3 b |", Lang::En), none);
        assert_eq!(
            keys("| 8.3 | 5.1 a, 6.1 | 3,3 b | 9.1 kg | 9.1 ab | 1234.1 a | 4.2 b c |", Lang::Sv),
            none
        );
    }

    #[test]
    fn an_article_numbered_by_chapter_fills_the_first_cell_of_a_row() {
        let en = ["19.06(3)(c) | Clear width of exits", "| 19.06(3)(c) | Clear width |"];
        let sv = ["19.06.3 c | Fri bredd i utgångar", "| 19.06.3 c | Fri bredd |"];
        for (text, lang) in en.iter().map(|t| (t, Lang::En)).chain(sv.iter().map(|t| (t, Lang::Sv))) {
            let values = super::super::extract(text, lang);
            assert_eq!(
                values.first().map(|v| (v.key.as_str(), v.optional)),
                Some(("art:19(06)(3)(c)", false)),
                "{text}"
            );
        }
        assert_eq!(
            keys("19.08(5) | Sound pressure level", Lang::En),
            keys("19.08.5 | Ljudtrycksnivå", Lang::Sv)
        );
        assert_ne!(
            keys("19.08(5) | Sound pressure level", Lang::En),
            keys("19.08.6 | Ljudtrycksnivå", Lang::Sv)
        );
        // Dotted parts alone may be a section's number: optional.
        assert!(super::super::extract("19.08.5 | Ljudtrycksnivå", Lang::Sv).iter().all(|v| v.optional));
        // Not a date, a figure, a reference that does not fill its cell, nor one in a later cell.
        for text in [
            "1.1.2035 | text",
            "19.06 | text",
            "19.06(3) more text | text",
            "text | 19.06(3)(c) |",
            "19.06.123 | text",
            "3.2.22 | text",
        ] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("art:")), "{text}");
        }
    }

    #[test]
    fn numbered_points_with_their_letters_and_lists() {
        // `led N x`: the numbered point and its lettered one, as the English writes them.
        assert_eq!(keys("enligt artikel 4.1 led 2 a i beslutet", Lang::Sv), ["art:4(1)(2)(a)"]);
        assert_eq!(keys("under Article 4(1), point (2)(a), of the Decision", Lang::En), ["art:4(1)(2)(a)"]);
        // A letter that is a word of the language is none (`i` = in).
        assert_eq!(keys("enligt artikel 2 led 12 i avtalet", Lang::Sv), ["art:2(12)"]);
        // More points after one: of the same numbered point, or of the same article.
        assert_eq!(keys("artikel 4.1 led 2 a och b", Lang::Sv), ["art:4(1)(2)(a)", "art:4(1)(2)(b)"]);
        assert_eq!(
            keys("point (2)(a) and (b) of Article 4(1)", Lang::En),
            ["art:4(1)(2)(a)", "art:4(1)(2)(b)"]
        );
        assert_eq!(keys("points (2)(a) to (c) of Article 4(1)", Lang::En), ["art:4(1)(2)(a)..(c)"]);
        assert_eq!(keys("Artikel 1 led 3 och 4 ska", Lang::Sv), ["art:1(3)", "art:1(4)"]);
        assert_eq!(keys("Article 1, points (3) and (4), shall", Lang::En), ["art:1(3)", "art:1(4)"]);
        // Articles listed stay articles.
        assert_eq!(keys("artiklarna 3 och 4 ska", Lang::Sv), ["art:3", "art:4"]);
        // A letter with its roman point after another: of the paragraph; a roman point
        // alone: of the letter before.
        assert_eq!(
            keys("artikel 17.3 d ii och e ii ska", Lang::Sv),
            ["art:17(3)(d)(ii)", "art:17(3)(e)(ii)"]
        );
        assert_eq!(keys("artikel 5.1 a i och ii ska", Lang::Sv), ["art:5(1)(a)(i)", "art:5(1)(a)(ii)"]);
    }

    #[test]
    fn numbered_points_named_after_their_article() {
        // As the notes of the consolidated Treaties give the former numbers: a list of articles
        // goes on after the points of one.
        let keyed = ["art:63(1)", "art:63(2)", "art:64(2)", "treaty:TEC"];
        assert_eq!(keys("(ex Articles 63, points 1 and 2, and 64(2) TEC)", Lang::En), keyed);
        assert_eq!(keys("(f.d. artiklarna 63 punkterna 1 och 2 och 64.2 FEG)", Lang::Sv), keyed);
        let keyed = ["art:63(3)", "art:63(4)", "treaty:TEC"];
        assert_eq!(keys("(ex Article 63, points 3 and 4, TEC)", Lang::En), keyed);
        assert_eq!(keys("(f.d. artikel 63 punkterna 3 och 4 FEG)", Lang::Sv), keyed);
        assert_eq!(
            keys("| Artikel 63 punkterna 1 och 2 | Artikel 78 |", Lang::Sv),
            ["art:63(1)", "art:63(2)", "art:78"]
        );
        // A list of points by commas, a range, a point inserted after another.
        assert_eq!(
            keys("artikel 63 punkterna 1, 2 och 4 ska", Lang::Sv),
            ["art:63(1)", "art:63(2)", "art:63(4)"]
        );
        assert_eq!(
            keys("artikel 63 punkterna 1–3 ska", Lang::Sv),
            keys("Article 63, points 1 to 3, shall", Lang::En)
        );
        assert_eq!(keys("artikel 2 punkt 7a ska", Lang::Sv), ["art:2(7a)"]);
        // The points end at the item a list word joins: what follows is the next article.
        assert_eq!(
            keys("artiklarna 63 punkterna 1 och 2 och 64 ska", Lang::Sv),
            ["art:63(1)", "art:63(2)", "art:64"]
        );
        // A changed point or article stays a change.
        assert_ne!(
            keys("artiklarna 63 punkterna 1 och 2 och 64.3 FEG", Lang::Sv),
            keys("Articles 63, points 1 and 2, and 64(2) TEC", Lang::En)
        );
        assert_ne!(
            keys("artikel 63 punkterna 1 och 3", Lang::Sv),
            keys("Article 63, points 1 and 2", Lang::En)
        );
        // One article's points are followed by no article, nor by a count.
        assert!(!keys("Article 63, points 1 and 2, and 64(2)", Lang::En).contains(&"art:64(2)".to_string()));
        assert!(
            !keys("Articles 63, points 1 and 2, and 15 other provisions", Lang::En)
                .contains(&"art:15".to_string())
        );
        // A dotted number or a roman numeral after the word is no point of the article.
        for text in ["artikel 5 punkt 2.1 ska", "artikel 5 punkt LXXIX i 1988 års författning"] {
            assert!(keys(text, Lang::Sv).iter().all(|key| !key.starts_with("art:5(")), "{text}");
        }
    }

    #[test]
    fn a_roman_point_i_before_a_verb_or_its_own_sub_point() {
        // A verb after `i`, which no preposition takes as its object: the roman point.
        assert_eq!(keys("Enligt artikel 25.6 b i får tillägget kombineras", Lang::Sv), ["art:25(6)(b)(i)"]);
        assert_eq!(keys("Under Article 25(6)(b)(i), the bonus", Lang::En), ["art:25(6)(b)(i)"]);
        assert_eq!(keys("artikel 5.1 a i kan tillämpas", Lang::Sv), ["art:5(1)(a)(i)"]);
        // A letter `i` after the paragraph, then its roman sub-point, as a list too.
        assert_eq!(keys("(artikel 4.1 i ii)", Lang::Sv), ["art:4(1)(i)(ii)"]);
        assert_eq!(keys("(Article 4(1)(i)(ii))", Lang::En), ["art:4(1)(i)(ii)"]);
        assert_eq!(keys("artikel 4.1 i ii och iii ska", Lang::Sv), ["art:4(1)(i)(ii)", "art:4(1)(i)(iii)"]);
        // The preposition stays one before its object, and before `vi` (we).
        assert_eq!(
            keys("enligt artikel 5 i förordning (EU) 2024/1351", Lang::Sv),
            ["art:5", "act:reg:EU:2024/1351"]
        );
        assert_eq!(keys("enligt artikel 3.1 b i direktivet", Lang::Sv), ["art:3(1)(b)", "acttype:dir"]);
        assert_eq!(keys("artikel 3.1 b i viss mån", Lang::Sv), ["art:3(1)(b)"]);
        assert_eq!(keys("artikel 3.1 b i iii-klassen", Lang::Sv), ["art:3(1)(b)"]);
    }

    #[test]
    fn a_range_of_roman_points_and_the_sub_points_named_after_a_point() {
        // `vi` after a dash between roman points is the sixth, as `Article 4(2), point (b),
        // points (i) to (vi)` names them after the lettered point.
        let range = ["art:4(2)(b)(i)..(vi)"];
        assert_eq!(keys("i artikel 4.2 b i–vi, bland annat", Lang::Sv), range);
        assert_eq!(keys("in Article 4(2), point (b), points (i) to (vi), including", Lang::En), range);
        assert_eq!(keys("in Article 4(2)(b)(i) to (vi) including", Lang::En), range);
        assert_eq!(
            keys("in Article 4(2), point (b), points (i) and (ii), including", Lang::En),
            keys("i artikel 4.2 b i och ii, bland annat", Lang::Sv)
        );
        // `vi` (we) after a list word, or a dash after a letter, stays a word.
        assert_eq!(keys("i artikel 4.2 a och vi anser", Lang::Sv), ["art:4(2)(a)"]);
        assert_eq!(keys("i artikel 4.2 a–vi anser", Lang::Sv), ["art:4(2)(a)"]);
        // A lettered point after the point is none of its sub-points.
        assert_eq!(
            keys("in Article 4(2), point (b), point (c), including", Lang::En),
            ["art:4(2)(b)", "point:c"]
        );
    }

    #[test]
    fn an_act_named_by_its_short_name_after_an_article() {
        let optional = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|value| value.key.starts_with("treaty:"))
                .map(|value| (value.key, value.optional))
                .collect::<Vec<_>>()
        };
        let amld = vec![("treaty:AMLD6".to_string(), true)];
        assert_eq!(optional("under Article 8(4), point (c), of the AMLD6, they", Lang::En), amld);
        assert_eq!(optional("enligt artikel 8.4 c i AMLD6 identifierar", Lang::Sv), amld);
        assert_eq!(optional("(Article 12 of AMLD6)", Lang::En), amld);
        assert_eq!(optional("artikel 3 i AMLR: banker", Lang::Sv), [("treaty:AMLR".to_string(), true)]);
        assert_eq!(
            optional("Article 16 of the MiFID applies", Lang::En),
            [("treaty:MIFID".to_string(), true)]
        );
        // Words, a name glued to a word or going on with another, a Treaty read by its own
        // reader: no act's short name.
        for (text, lang) in [
            ("artikel 6 i dataskyddsförordningen", Lang::Sv),
            ("artikel 6 i Mifid", Lang::Sv),
            ("Article 10 of the ESCB Statute", Lang::En),
            ("Article 5 of the Regulation", Lang::En),
            ("Article 5 of A1 class", Lang::En),
        ] {
            assert!(optional(text, lang).is_empty(), "{text}");
        }
        assert_eq!(optional("Article 4(3) of the TEU", Lang::En), [("treaty:TEU".to_string(), true)]);
        assert_eq!(optional("artikel 4 i EUF-fördraget", Lang::Sv), [("treaty:TFEU".to_string(), true)]);
    }

    #[test]
    fn a_number_after_a_singular_articles_list_may_be_a_count() {
        // Two articles take the plural: after the singular, a number before words no reference
        // takes may be a count, an optional value that is either.
        let optional = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .map(|value| (value.key, value.optional))
                .collect::<Vec<_>>()
        };
        let count = vec![("art:14".to_string(), false), ("artnum:316".to_string(), true)];
        assert_eq!(optional("enligt artikel 14 och 316 mer detaljerade inspektioner", Lang::Sv), count);
        assert_eq!(optional("under Article 14 and 316 more detailed inspections", Lang::En), count);
        assert_eq!(optional("enligt artikel 14, 16 medlemsstater har", Lang::Sv)[1].0, "artnum:16");
        // A share in brackets between the count and its verb.
        let text = "Of the 219 services subject to Article 13(1), 178 (81 %) had a share";
        assert!(optional(text, Lang::En).contains(&("artnum:178".to_string(), true)));
        // A paragraph or point in brackets is no aside: the article stays.
        assert_eq!(keys("under Article 13(1), 17 (a) more", Lang::En)[..1], ["art:13(1)"]);
        assert_eq!(keys("Article 3 and 4 (as amended) shall apply", Lang::En), ["art:3", "art:4"]);
        // The plural, a paragraph, a label's letter, a word that follows references, a capital,
        // punctuation: articles.
        assert_eq!(keys("artiklarna 14 och 316 mer detaljerade", Lang::Sv), ["art:14", "art:316"]);
        assert_eq!(keys("Articles 14 and 316 more detailed", Lang::En), ["art:14", "art:316"]);
        assert_eq!(keys("artikel 5.1 och 5.2 mer detaljerade", Lang::Sv), ["art:5(1)", "art:5(2)"]);
        assert_eq!(keys("artikel 14 och 16a mer", Lang::Sv), ["art:14", "art:16a"]);
        assert_eq!(keys("artikel 3 och 4 i förordningen", Lang::Sv), ["art:3", "art:4", "acttype:reg"]);
        assert_eq!(keys("Artikel 3 och 4 tillämpas", Lang::Sv), ["art:3", "art:4"]);
        assert_eq!(keys("Article 3 and 4 shall apply", Lang::En), ["art:3", "art:4"]);
        assert_eq!(keys("artikel 3 och 4 TEUF", Lang::Sv)[..2], ["art:3", "art:4"]);
        assert_eq!(keys("artikel 3 och 4.", Lang::Sv), ["art:3", "art:4"]);
        // A range is no list.
        assert_eq!(keys("artikel 3–5 mer", Lang::Sv), ["art:3..5"]);
        // A length a period is brought to after a range word: a count, no range of articles.
        let text = "reducing the period in Article 5(3) to 24 hours and in Article 8(2) to 2 years";
        let found = optional(text, Lang::En);
        assert!(
            found.contains(&("art:5(3)".to_string(), false))
                && found.contains(&("art:8(2)".to_string(), false)),
            "{found:?}"
        );
        assert!(!found.iter().any(|(key, _)| key.contains("..")), "{found:?}");
        assert_eq!(keys("Article 5 to 7 of the Regulation", Lang::En)[..1], ["art:5..7"]);
        assert_eq!(keys("artikel 5 till och med 7 i förordningen", Lang::Sv)[..1], ["art:5..7"]);
    }

    #[test]
    fn a_number_before_a_noun_in_the_plural_is_a_count() {
        // What follows the number decides: a noun in the plural, written with a capital,
        // is counted by it, firmly, as no reference is followed by one.
        let firm = |text: &str| {
            super::super::extract(text, Lang::En)
                .into_iter()
                .map(|value| (value.key, value.optional))
                .collect::<Vec<_>>()
        };
        let text = "Under the third subparagraph of Article 2(2), 17 Member States whose GNI";
        let values = firm(text);
        assert!(values.contains(&("art:2(2)".to_string(), false)), "{values:?}");
        assert!(values.contains(&("num:17".to_string(), false)), "{values:?}");
        assert!(!values.iter().any(|(key, _)| key == "art:17"), "{values:?}");
        assert!(firm("Article 5, 12 Contracting Parties").contains(&("num:12".to_string(), false)));
        assert!(firm("Article 5, 12 Parties").contains(&("num:12".to_string(), false)));
        // An abbreviation, a singular noun or a name stay the article.
        assert_eq!(keys("Article 2(2), 17 TFEU", Lang::En)[..2], ["art:2(2)", "art:17"]);
        assert_eq!(keys("Article 2(2), 17 Access", Lang::En)[..2], ["art:2(2)", "art:17"]);
        assert_eq!(keys("Article 2(2), 17 Annex", Lang::En)[..2], ["art:2(2)", "art:17"]);
        // The plural article word lists articles whatever follows.
        assert_eq!(keys("Articles 2 and 17 Member States", Lang::En)[..2], ["art:2", "art:17"]);
    }

    #[test]
    fn a_number_before_a_word_and_another_article_is_a_count() {
        // Counts set in parallel with their articles: each number after the first counts
        // what was done under the article named after it.
        let firm = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .map(|value| (value.key, value.optional))
                .collect::<Vec<_>>()
        };
        let en = "Of these, 29 were made under Article 25, 7 under Article 25a and 1 under Article 28.";
        let values = firm(en, Lang::En);
        for key in ["num:29", "art:25", "num:7", "art:25a", "art:28"] {
            assert!(values.contains(&(key.to_string(), false)), "{key}: {values:?}");
        }
        // A count of one is optional, as `en` may be the article of the translation.
        assert!(values.iter().any(|(key, _)| key == "num:1"), "{values:?}");
        assert!(!values.iter().any(|(key, _)| key == "art:7" || key == "art:1"), "{values:?}");
        let sv = "Av dessa gjordes 29 enligt artikel 25, 7 enligt artikel 25a och 1 enligt artikel 28.";
        let values = firm(sv, Lang::Sv);
        assert!(values.contains(&("num:7".to_string(), false)), "{values:?}");
        assert!(values.iter().any(|(key, _)| key == "num:1"), "{values:?}");
        // A list word or a range word before the next article, the plural article word, a
        // word that is no article, an act after the preposition: the articles stay.
        assert_eq!(keys("Article 3, 4 and Article 5", Lang::En), ["art:3", "art:4", "art:5"]);
        assert_eq!(keys("Article 3, 4 to Article 9", Lang::En)[..2], ["art:3", "art:4"]);
        assert_eq!(keys("Articles 3 and 4 under Article 25a", Lang::En), ["art:3", "art:4", "art:25a"]);
        assert_eq!(keys("Article 3 and 4 of Regulation (EU) 2024/1351", Lang::En)[..2], ["art:3", "art:4"]);
        assert_eq!(keys("Article 3 and 4 of Annex II", Lang::En)[..2], ["art:3", "art:4"]);
        assert_eq!(keys("artikel 3 och 4 i förordningen", Lang::Sv), ["art:3", "art:4", "acttype:reg"]);
    }

    #[test]
    fn a_document_that_numbers_itself_after_an_act_word() {
        // A CITES notification to the Parties is no recommendation the clause names before it.
        let en = "Those recommendations were communicated by Notification No 2025/031 of 14 March";
        let sv = "Parterna underrättades om rekommendationer genom notifikation nr 2025/031 av den 14 mars";
        assert_eq!(keys(en, Lang::En)[0], "numbered:2025/031");
        assert_eq!(keys(sv, Lang::Sv)[0], "numbered:2025/031");
        // An act's number after its act word stays the act's.
        assert_eq!(
            keys("Recommendation No 1/2025 of the Association Council", Lang::En),
            ["act:reco:?:1/2025"]
        );
    }

    #[test]
    fn a_national_gazettes_issue_is_no_act_of_the_union() {
        let text = "Förordningen om elektronisk kommunikation, Narodne novine nr 5/20, ändrad";
        assert_eq!(keys(text, Lang::Sv), ["acttype:reg", "numbered:5/20"]);
        assert_eq!(keys("Ordinance on courts (Official Gazette No 155/23)", Lang::En), ["numbered:155/23"]);
        // An act's number a few words after its act word stays the act's.
        assert_eq!(
            keys("Decision of the EEA Joint Committee No 211/2023 of 22 September 2023", Lang::En)[0],
            "act:dec:?:211/2023"
        );
    }

    #[test]
    fn a_plural_section_sign_covers_each_number_of_its_list() {
        assert_eq!(keys("UrlG: 2, 4 och 10 §§", Lang::Sv), ["para:2", "para:4", "para:10"]);
        assert_eq!(keys("anser att 14 b och 14 c §§ kan", Lang::Sv), ["para:14b", "para:14c"]);
        assert_eq!(keys("i utkastet, 14 a–14 d §§.", Lang::Sv), ["para:14a..14d"]);
        assert_eq!(keys("enligt 3 till 5 §§ och 7 §", Lang::Sv), ["para:3..5", "para:7"]);
        // A letter glued to the number, as a foreign law's section may be written.
        assert_eq!(keys("18g § första stycket", Lang::Sv)[..1], ["para:18g"]);
        // A point right after the sign.
        assert_eq!(keys("enligt 18 § 4 a förmånsrättslagen", Lang::Sv), ["para:18", "para:4a"]);
        assert_eq!(keys("enligt 3 § 2 lagen.", Lang::Sv), ["para:3", "para:2"]);
        assert_eq!(keys("enligt 3 § 2.", Lang::Sv), ["para:3", "para:2"]);
        assert_eq!(keys("18 § 2 000 kronor", Lang::Sv)[..1], ["para:18"]);
        assert_eq!(keys("5 § 3 % av", Lang::Sv)[..1], ["para:5"]);
        assert_eq!(keys("5 § 3 Tyskland", Lang::Sv)[..1], ["para:5"]);
        // Each item spans its own number, the last the signs too.
        let spans: Vec<_> =
            super::super::extract("2, 4 och 10 §§", Lang::Sv).into_iter().map(|v| v.span).collect();
        assert_eq!(spans, [0..1, 3..4, 9..16]);
        // A single sign names its own number only.
        assert_eq!(keys("2 och 4 §", Lang::Sv), ["num:2", "para:4"]);
        // The list ends at a number of another kind: a chapter, a dotted or decimal number.
        let paragraphs = |text: &str| -> Vec<String> {
            keys(text, Lang::Sv).into_iter().filter(|key| key.starts_with("para:")).collect()
        };
        assert_eq!(paragraphs("3 kap. 2 och 3 §§"), ["para:2", "para:3"]);
        assert_eq!(keys("3.2 och 4 §§", Lang::Sv), ["num:3.2", "para:4"]);
        assert_eq!(keys("1,5 och 2 §§", Lang::Sv), ["num:1.5", "para:2"]);
        // The sections of the list each read as the English names them.
        assert_eq!(keys("Paragraphs 2, 4 and 10", Lang::En), keys("2, 4 och 10 §§", Lang::Sv));
        assert_ne!(keys("Paragraphs 2, 4 and 10", Lang::En), keys("2, 5 och 10 §§", Lang::Sv));
    }

    #[test]
    fn sections_of_a_national_statute_are_its_paragraphs() {
        assert_eq!(keys("Section 14a defines", Lang::En), ["para:14a"]);
        assert_eq!(keys("the new Sections 14a to 14d, in", Lang::En), ["para:14a..14d"]);
        assert_eq!(keys("Sections 14b and 14c may", Lang::En), ["para:14b", "para:14c"]);
        assert_eq!(
            keys("the second paragraph of Section 14d", Lang::En).last().map(String::as_str),
            Some("para:14d")
        );
        assert_eq!(keys("Section 18g(1) of the German Residence Act", Lang::En)[..1], ["para:18g"]);
        // Whole numbers where the statute is named right after them.
        assert_eq!(keys("Sections 3 to 5 of the Act apply", Lang::En), ["para:3..5"]);
        assert_eq!(keys("Sections 3 to 5 of the Act", Lang::En), keys("3–5 §§", Lang::Sv));
        // As Swedish writes them.
        assert_eq!(keys("Sections 14a to 14d", Lang::En), keys("14 a–14 d §§", Lang::Sv));
        assert_eq!(keys("Sections 14b and 14c", Lang::En), keys("14 b och 14 c §§", Lang::Sv));
        assert_ne!(keys("Section 14c", Lang::En), keys("14 d §", Lang::Sv));
        assert_ne!(keys("Sections 14a to 14d", Lang::En), keys("14 a–14 c §§", Lang::Sv));
        // A document's sections stay the units they are: dotted, without a letter, or of
        // something else than a statute.
        assert_eq!(keys("see Section 3.2 above", Lang::En), keys("se avsnitt 3.2 ovan", Lang::Sv));
        assert!(keys("see Section 3.2a above", Lang::En).iter().all(|key| !key.starts_with("para:")));
        assert_eq!(keys("Sections 3 and 4 describe", Lang::En), ["section:3", "section:4"]);
        assert_eq!(
            keys("Sections 1 to 3 of the Annex to the Act", Lang::En)[..2],
            ["section:1", "section:3"]
        );
        assert_eq!(keys("Sections 1 to 3 of the report", Lang::En), ["section:1", "section:3"]);
        assert_eq!(keys("Annex I, Sections 1 to 3, of the Act", Lang::En)[1..], ["section:1", "section:3"]);
    }

    #[test]
    fn sections_of_a_statute_written_with_a_documents_section_word() {
        // Swedish names the sections of a statute it does not write with the section sign by
        // its word for a document's section, the statute named after them.
        let cases = [
            ("section 89 of the Electoral Process Act", "avsnitt 89 i lagen om valförfarandet"),
            ("sections 5 to 7 of the Public Order Act", "Avsnitten 5–7 i lagen om allmän ordning"),
            ("Section 28(2) of the Electoral Process Act", "avsnitt 28.2 i lagen om valförfarandet"),
            ("Section 28.2 of the Act", "avsnitt 28.2 i lagen"),
        ];
        for (en, sv) in cases {
            assert_eq!(keys(en, Lang::En).len(), keys(sv, Lang::Sv).len(), "{sv}");
        }
        assert_eq!(keys("avsnitt 89 i lagen om valförfarandet", Lang::Sv), ["para:89"]);
        assert_eq!(keys("section 89 of the Electoral Process Act", Lang::En), ["para:89"]);
        // The range stays whole, as the English one.
        assert_eq!(keys("Avsnitten 5–7 i lagen om allmän ordning", Lang::Sv), ["para:5..7"]);
        assert_eq!(
            keys("sections 5 to 7 of the Public Order Act", Lang::En),
            keys("Avsnitten 5–7 i lagen om allmän ordning", Lang::Sv)
        );
        // The subsection after a dot is the number English brackets after the section.
        assert_eq!(keys("avsnitt 28.2 i lagen om valförfarandet", Lang::Sv), ["para:28", "num:2"]);
        assert_eq!(keys("Section 28.2 of the Act", Lang::En), ["para:28", "num:2"]);
        assert_eq!(keys("Section 28(2) of the Electoral Process Act", Lang::En)[1..], ["num:2"]);
        // Another section or subsection stays another.
        assert_ne!(keys("avsnitt 28.3 i lagen", Lang::Sv), keys("avsnitt 28.2 i lagen", Lang::Sv));
        assert_ne!(keys("avsnitt 29.2 i lagen", Lang::Sv), keys("avsnitt 28.2 i lagen", Lang::Sv));
        assert_ne!(keys("avsnitten 5–8 i lagen", Lang::Sv), keys("avsnitten 5–7 i lagen", Lang::Sv));
        // A document's sections stay units and dotted numbers, of a regulation too, and
        // a section of a statute in two dotted parts a number.
        assert_eq!(keys("se avsnitt 3.2 ovan", Lang::Sv), ["num:3.2"]);
        assert_eq!(keys("avsnitten 3 och 4 beskriver", Lang::Sv), ["section:3", "section:4"]);
        assert_eq!(keys("avsnitt 4.1 i riktlinjerna", Lang::Sv), ["num:4.1"]);
        assert_eq!(keys("avsnitt 3.2 i förordningen", Lang::Sv)[..1], ["num:3.2"]);
        assert_eq!(keys("avsnitt 3.4.2 i lagen", Lang::Sv), ["num:3.4.2"]);
        assert_eq!(keys("avsnitt 1 i bilaga I", Lang::Sv), ["section:1", "annex:1"]);
        // A statute named by a compound that ends in its noun.
        assert_eq!(keys("Enligt avsnitt 101 i vallagen nr 35 från 2016", Lang::Sv)[..1], ["para:101"]);
        assert_eq!(
            keys("Under section 101 of the Electoral Process Act No 35 of 2016", Lang::En)[..1],
            ["para:101"]
        );
        assert_eq!(keys("avsnitt 28.2 i skattelagen", Lang::Sv), ["para:28", "num:2"]);
        // Not a word that only ends alike, nor a noun alone too short to part.
        assert_eq!(keys("avsnitten 3 och 4 i förslagen", Lang::Sv), ["section:3", "section:4"]);
        assert_eq!(keys("avsnitten 3 och 4 i underlagen", Lang::Sv), ["section:3", "section:4"]);
    }

    #[test]
    fn a_statute_named_after_a_list_of_its_sections() {
        let lang_table = table(Lang::En);
        for (rest, named) in [
            (" of the Act", true),
            (" of this Act.", true),
            (" of that ordinance", true),
            ("(2) of the German Residence Act (*Aufenthaltsgesetz*)", true),
            (" of the Swedish Environmental Code", true),
            (" of the Annex to the Act", false),
            (", of the Act", false),
            (" of the report", false),
            (" of the Act's annex", false),
            (" of the Very Long Official Name Act", false),
            ("(12345) of the Act", false),
            (" of theAct", false),
        ] {
            assert_eq!(super::statute_named_after(rest, 0, lang_table), named, "{rest}");
        }
    }

    #[test]
    fn points_numbered_by_roman_parts() {
        assert_eq!(keys("CDL-AD(2002)023rev2-cor, point II.2.b.", Lang::En)[1..], ["para:ii.2.b"]);
        assert_eq!(keys("point II.2.b", Lang::En), keys("punkt II.2.b", Lang::Sv));
        assert_ne!(keys("point II.2.b", Lang::En), keys("punkt II.2.a", Lang::Sv));
        assert_ne!(keys("point II.2.b", Lang::En), keys("punkt II.3.b", Lang::Sv));
        assert_eq!(keys("points I.1 and IV.3", Lang::En), ["para:i.1", "para:iv.3"]);
        // A numeral alone, one not written as a numeral, or a part too long is no such point.
        for text in ["point II of the list", "point IIII.2", "point II.123", "point II.2b"] {
            assert!(keys(text, Lang::En).iter().all(|key| !key.starts_with("para:")), "{text}");
        }
    }

    #[test]
    fn the_conventions_paragraph_sign_is_a_paragraph() {
        assert_eq!(keys("a violation of Article 6 § 1 of the Convention", Lang::En), ["art:6(1)"]);
        assert_eq!(keys("Article 6 §1 and Article 8", Lang::En), ["art:6(1)", "art:8"]);
        assert_eq!(keys("artikel 6.1 i Europakonventionen", Lang::Sv), ["art:6(1)"]);
    }

    #[test]
    fn parliament_files() {
        assert_eq!(keys("(2020/2116(INI))", Lang::En), ["procedure:2020/2116(INI)"]);
        assert_eq!(keys("2016/0224 (COD)", Lang::Sv), ["procedure:2016/0224(COD)"]);
        assert_eq!(keys("(A9-0143/2021)", Lang::En), ["ep-doc:A9-0143/2021"]);
        assert_eq!(keys("RC-B9-0123/2021", Lang::En), ["ep-doc:RC-B9-0123/2021"]);
        assert_eq!(keys("P9_TA(2021)0242", Lang::En), ["ep-ta:9:2021:0242"]);
        assert_eq!(keys("P9_TA(2021)0242", Lang::En), keys("P9_TA-PROV(2021)0242", Lang::Sv));
        // The tenth term, since 2024, has two digits.
        assert_eq!(keys("report A10-0123/2025", Lang::En), ["ep-doc:A10-0123/2025"]);
        assert_eq!(keys("P10_TA(2025)0012", Lang::En), ["ep-ta:10:2025:0012"]);
        assert_ne!(keys("A10-0123/2025", Lang::En), keys("A10-0132/2025", Lang::Sv));
        // The non-breaking hyphen (U+2011) and the Unicode hyphen (U+2010) the Parliament's
        // editors write: the key of the ASCII hyphen.
        assert_eq!(keys("(A10\u{2011}0187/2025)", Lang::En), ["ep-doc:A10-0187/2025"]);
        assert_eq!(keys("C10\u{2010}0045/2025", Lang::Sv), ["ep-doc:C10-0045/2025"]);
        assert_eq!(keys("RC\u{2011}B9\u{2011}0123/2021", Lang::En), ["ep-doc:RC-B9-0123/2021"]);
        assert_eq!(keys("P10_TA\u{2011}PROV(2025)0123", Lang::Sv), keys("P10_TA(2025)0123", Lang::En));
        assert_ne!(keys("A10\u{2011}0187/2025", Lang::En), keys("A10\u{2011}0178/2025", Lang::Sv));
        // A figure dash or an en dash is no hyphen of a document number.
        for text in [
            "A10\u{2012}0187/2025",
            "A10\u{2013}0187/2025",
            "XA9\u{2011}0143/2021",
            "P9_TA\u{2013}PROV(2021)0242",
        ] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("ep-")), "{text}");
        }
        // Glued to a longer word or number, or a kind of procedure that is none: not a file.
        for text in
            ["x2020/2116(INI)", "12020/2116(INI)", "2020/2116(INI)x", "XA9-0143/2021", "XP9_TA(2021)0242"]
        {
            assert!(
                keys(text, Lang::En).iter().all(|k| !k.starts_with("procedure:") && !k.starts_with("ep-")),
                "{text}"
            );
        }
        assert!(
            keys("Regulation (EU) 2024/1348 (APR)", Lang::En).iter().all(|k| !k.starts_with("procedure:"))
        );
    }

    #[test]
    fn journal_names_fit_their_dates() {
        // `EGT` names the issues before 1 February 2003, `EUT` those from that day; English
        // `OJ` names both.
        let en = keys("(OJ L 212, 7.8.2001, p. 12)", Lang::En);
        assert_eq!(en, ["oj:L:212:2001-08-07:p12"]);
        assert_eq!(keys("(EGT L 212, 7.8.2001, s. 12)", Lang::Sv), en);
        assert_eq!(keys("(EUT L 212, 7.8.2001, s. 12)", Lang::Sv), ["oj:L:212:2001-08-07:p12:name:EUT"]);
        assert_eq!(keys("EGT L 29, 31.1.2003, s. 1", Lang::Sv), ["oj:L:29:2003-01-31:p1"]);
        assert_eq!(keys("EUT L 29, 31.1.2003, s. 1", Lang::Sv), ["oj:L:29:2003-01-31:p1:name:EUT"]);
        assert_eq!(keys("EUT L 31, 1.2.2003, s. 1", Lang::Sv), ["oj:L:31:2003-02-01:p1"]);
        assert_eq!(keys("egt L 31, 1.2.2003, s. 1", Lang::Sv), ["oj:L:31:2003-02-01:p1:name:EGT"]);
        assert_eq!(keys("EUT L, 2025/2642, 23.12.2025, ELI", Lang::Sv), ["oj:L:2025/2642:2025-12-23"]);
        assert_eq!(
            keys("EGT L, 2025/2642, 23.12.2025, ELI", Lang::Sv),
            ["oj:L:2025/2642:2025-12-23:name:EGT"]
        );
        // By its year alone: a year of both names fits either.
        assert_eq!(keys("(EGT L 1, 2003, s. 1)", Lang::Sv), ["oj:L:1:2003:p1"]);
        assert_eq!(keys("(EUT L 1, 2003, s. 1)", Lang::Sv), ["oj:L:1:2003:p1"]);
        assert_eq!(keys("(EGT C 298, 2006, s. 17)", Lang::Sv), ["oj:C:298:2006:p17:name:EGT"]);
        assert_eq!(keys("(EUT L 67, 1998, s. 29)", Lang::Sv), ["oj:L:67:1998:p29:name:EUT"]);
        assert!(
            super::super::extract("EUT L 212, 7.8.2001, s. 12", Lang::Sv)[0]
                .display
                .contains("EUT, a name of issues from 2003-02-01")
        );
    }

    #[test]
    fn journal_references() {
        assert_eq!(keys("OJ L 168, 30.6.2009, pp. 24–32.", Lang::En), ["oj:L:168:2009-06-30:p24"]);
        assert_eq!(keys("EUT L 168, 30.6.2009, s. 24.", Lang::Sv), ["oj:L:168:2009-06-30:p24"]);
        // The Court's style: the year alone.
        assert_eq!(keys("(OJ 2013 L 180, p. 60)", Lang::En), ["oj:L:180:2013:p60"]);
        assert_eq!(keys("(EUT L 180, 2013, s. 60)", Lang::Sv), ["oj:L:180:2013:p60"]);
        assert_eq!(keys("(EUT C 298, 2006, s. 17–19)", Lang::Sv), ["oj:C:298:2006:p17"]);
        // Year and page swapped is no citation.
        assert!(!keys("(EUT L 180, 60, s. 2013)", Lang::Sv).iter().any(|key| key.starts_with("oj:")));
        assert_eq!(keys("OJ L, 2025/2642, 23.12.2025, ELI", Lang::En), ["oj:L:2025/2642:2025-12-23"]);
        // A special issue: its letter glued or spaced, part of the issue.
        assert_eq!(keys("OJ L 410I, 7.12.2020, p. 13.", Lang::En), ["oj:L:410I:2020-12-07:p13"]);
        assert_eq!(keys("EUT L 410 I, 7.12.2020, s. 13.", Lang::Sv), ["oj:L:410I:2020-12-07:p13"]);
        assert_eq!(keys("OJ C 80 E, 7.12.2020, p. 1", Lang::En), ["oj:C:80E:2020-12-07:p1"]);
        assert_ne!(
            keys("OJ L 410I, 7.12.2020, p. 13.", Lang::En),
            keys("OJ L 410, 7.12.2020, p. 13.", Lang::En)
        );
        assert_eq!(keys("5848/26", Lang::En), ["council-doc:5848/26"]);
        assert_eq!(keys("12345/2025", Lang::En), keys("12345/25", Lang::Sv));
        assert_eq!(keys("Directive (EU) 2019/1937", Lang::En), ["act:dir:EU:2019/1937"]);
        assert_eq!(
            keys("opinions CON/2024/5 and ECB/2004/2", Lang::En),
            ["doc:CON/2024/5", "doc:ECB/2004/2"]
        );
        assert_ne!(keys("CON/2024/5", Lang::Sv), keys("CON/2024/15", Lang::Sv));
        assert_eq!(keys("PRESS RELEASE No 45/26", Lang::En), keys("PRESSMEDDELANDE nr 45/26", Lang::Sv));
        assert_eq!(keys("see Press Release No 41/19.", Lang::En), ["press-release:41/19"]);
        assert_eq!(
            keys("ISSN 1977-0677 (electronic edition)", Lang::En),
            keys("ISSN 1977-0820 (elektronisk utgåva)", Lang::Sv)
        );
        assert_eq!(
            keys("\u{25BA}M3 with the aid \u{25C4} and \u{25BC}B and \u{25BC}C2", Lang::En),
            ["marker:M3", "marker:B", "marker:C2"]
        );
        assert_eq!(
            keys(
                "transfer DEC 05/2026, draft (D101234/02 – x), PE 781.456/OJME, Office: CHAR 04/039, stock HER/03A.",
                Lang::En
            ),
            ["id:05/2026", "id:D101234/02", "id:781.456/OJME", "id:04/039", "id:HER/03A"]
        );
        // The ratio of two items of a table reads alike with spaces around its slash or none.
        for text in ["(7 / 1A)", "(7/1A)"] {
            assert_eq!(keys(text, Lang::En), ["id:7/1A"], "{text}");
            assert_eq!(keys(text, Lang::Sv), ["id:7/1A"], "{text}");
        }
        assert_eq!(keys("| 1A / 12 |", Lang::En), ["id:1A/12"]);
        // Not two plain figures, a long code, or a figure of a longer number.
        for text in ["(7 / 12)", "(7 / 1AB)", "(7 / 1234A)", "1,7 / 1A", "x7 / 1A"] {
            assert!(keys(text, Lang::En).iter().all(|k| !k.starts_with("id:")), "{text}");
        }
        // An amount given per a unit in capitals is no code (`LU`, a livestock unit).
        assert!(keys("| EUR 105.60/LU | 105.60/LU |", Lang::En).iter().all(|key| !key.starts_with("id:")));
        // A body's name of mixed case before a slash chain.
        assert_eq!(keys("Referensnummer: eu-LISA/2026/RP/04", Lang::Sv), ["id:eu-LISA/2026/RP/04"]);
        // A catalogue number names its language edition: the key leaves it out.
        assert_eq!(keys("DS-AH-26-001-EN-N", Lang::En), keys("DS-AH-26-001-SV-N", Lang::Sv));
        assert_ne!(keys("DS-AH-26-001-EN-N", Lang::En), keys("DS-AH-26-002-SV-N", Lang::Sv));
        // A marketing year after its capitals is a span of years, no code.
        assert_eq!(keys("in MY 2023/24", Lang::En), ["range:2023..2024"]);
        assert_ne!(keys("eu-LISA/2026/RP/04", Lang::En), keys("eu-LISA/2026/RP/05", Lang::En));
        assert!(keys("a well-known and/or", Lang::En).is_empty());
        assert_eq!(
            keys("EC Document Reference Sanco/13144/2010, 613 s.", Lang::Sv)[0],
            "id:Sanco/13144/2010"
        );
        // A name of three hyphened parts before one part after the slash: an agency's document.
        assert_eq!(keys("see EIOPA-BoS-20/749.", Lang::En), ["id:EIOPA-BoS-20/749"]);
        assert!(keys("the eu-LISA/2026 budget", Lang::En).iter().all(|key| !key.starts_with("id:")));
        // A decision of the International Olive Council, its parts hyphened between slashes.
        assert_eq!(keys("beslut nr DEC-III.2/122-VI/2025 om", Lang::Sv), ["id:DEC-III.2/122-VI/2025"]);
        assert_eq!(keys("Decision No DEC-III.2/122-VI/2025 on", Lang::En), ["id:DEC-III.2/122-VI/2025"]);
        assert_ne!(keys("DEC-III.2/122-VI/2025", Lang::En), keys("DEC-III.2/112-VI/2025", Lang::Sv));
        assert!(keys("RES-2/91-IV/04", Lang::En).iter().any(|k| k == "id:RES-2/91-IV/04"));
        for text in ["and/or-based", "Dec-III/122-VI/2025", "2021-2027/3/4"] {
            assert!(
                !keys(text, Lang::En).iter().any(|k| k.contains("III/") || k.contains("2027/")),
                "{text}"
            );
        }
        // A committee and its term before a serial number (`COTER-VIII/014`), not a year.
        assert_eq!(keys("COTER-VIII/014", Lang::Sv), ["id:COTER-VIII/014"]);
        assert_ne!(keys("COTER-VIII/014", Lang::En), keys("COTER-VIII/041", Lang::Sv));
        assert!(keys("the EU-US/2026 talks", Lang::En).iter().all(|key| !key.starts_with("id:")));
        // Chains of three parts or more, by slashes or by hyphens (a non-breaking one too);
        // a range after a slash chain keeps its bound a number.
        assert_eq!(
            keys(
                "Case 1234/2025/MIK, OI/2/2024/MHZ, EU/1/23/1745/001\u{2013}003, topic HORIZON\u{2011}CL5\u{2011}2026\u{2011}02\u{2011}D3\u{2011}07 and EFSA-Q-2023-00123.",
                Lang::En
            ),
            [
                "id:1234/2025/MIK",
                "id:OI/2/2024/MHZ",
                "id:EU/1/23/1745/001",
                "num:3",
                "id:HORIZON-CL5-2026-02-D3-07",
                "id:EFSA-Q-2023-00123"
            ]
        );
        assert_eq!(
            keys("EU/1/23/1745/001-003", Lang::En)[0],
            keys("EU/1/23/1745/001\u{2013}003", Lang::Sv)[0]
        );
        // A recovery plan's measures: an investment or reform after capitals and digits.
        assert_eq!(
            keys("(investment RE-C02-i01; reform C17-r01)", Lang::En),
            ["id:RE-C02-i01", "id:C17-r01"]
        );
        // Lower case, letters beyond ASCII, two parts, digits alone or letters alone: prose.
        for text in [
            "EU-27-l\u{e4}nderna",
            "covid-19-pandemin",
            "SARS-CoV-2",
            "EU-27",
            "2021-2027-perioden",
            "12/05/2024",
            "EU-US-UK",
            "covid-19-r1",
            "EU-b1",
        ] {
            assert!(
                keys(text, Lang::Sv).iter().all(|k| !k.starts_with("id:")),
                "{text}: {:?}",
                keys(text, Lang::Sv)
            );
        }
        // Act numbers, documents and dates are other readers' or none.
        assert!(
            keys("Directive 2010/24/EU, 2024/25, COM/2026/45, 5848/26 and 12/2024", Lang::En)
                .iter()
                .all(|k| !k.starts_with("id:"))
        );
        // A Parliament question keeps its letter; a number and a year with no act word are an
        // optional code; a month and a year, a season and a second year are not.
        assert_eq!(
            keys("Question E-001234/2026 and P-000042/2025", Lang::En),
            ["id:E-001234/2026", "id:P-000042/2025"]
        );
        let optional = |text: &str| -> Vec<(String, bool)> {
            crate::values::extract(text, Lang::Sv).into_iter().map(|v| (v.key, v.optional)).collect()
        };
        assert_eq!(
            optional("kungligt dekret 1051/2022 och 2026/561"),
            [("id:1051/2022".to_string(), true), ("id:2026/561".to_string(), true)]
        );
        // A number after a year that could be a year itself, not the next one.
        assert_eq!(
            optional("ansökan 2024/1932 och 2023/1950"),
            [("id:2024/1932".to_string(), true), ("id:2023/1950".to_string(), true)]
        );
        for text in ["säsongen 2024/25", "åren 2021/2022", "i 12/2024", "1/2026", "ratio 15/20"] {
            assert!(
                optional(text).iter().all(|(k, _)| !k.starts_with("id:")),
                "{text}: {:?}",
                optional(text)
            );
        }
        assert_eq!(keys("package INF/26/1234", Lang::En), ["doc:INF/26/1234"]);
        assert_eq!(keys("TJECKIEN (INFR(2025)0150)", Lang::Sv), ["infr:2025/0150"]);
        assert_eq!(keys("Case AT.40123", Lang::En), ["case:AT.40123"]);
        assert_eq!(keys("ärende COMP/38.899 –", Lang::Sv), ["case:COMP/38.899"]);
        assert_eq!(keys("COMP/M.4439", Lang::En), ["case:COMP/M.4439"]);
        assert_eq!(keys("SA.109876", Lang::Sv), keys("SA.109876", Lang::En));
        assert_ne!(keys("COMP/38.899", Lang::En), keys("COMP/39.899", Lang::En));
        // Not a sentence's end before a figure, nor a longer word.
        assert!(!keys("under SMA.12345", Lang::En).iter().any(|k| k.starts_with("case:")));
        assert!(!keys("in the US AT.12", Lang::En).iter().any(|k| k.starts_with("case:")));
        assert_eq!(
            keys("CZECHIA (INFR(2025)0150), GREECE", Lang::En),
            keys("TJECKIEN (INFR(2025)0150)", Lang::Sv)
        );
        assert_ne!(keys("INFR(2025)0150", Lang::En), keys("INFR(2025)0151", Lang::En));
        assert_eq!(keys("INFR(25)0150", Lang::En).iter().filter(|k| k.starts_with("infr:")).count(), 0);
        assert_eq!(keys("(dok. 6543/1/26)", Lang::Sv), ["council-doc:6543/1/26"]);
        assert_eq!(keys("EUCO 1/25", Lang::En), ["euco:1/25"]);
        assert_eq!(keys("CELEX:52025DC0795", Lang::En), ["celex:52025DC0795"]);
    }

    #[test]
    fn a_council_documents_codes_are_part_of_it() {
        // The addendum alone, its revision, a document given with its addendum.
        assert_eq!(keys("ST 8977/26 ADD 1", Lang::En), ["council-doc:8977/26 ADD 1"]);
        assert_eq!(keys("8977/26 ADD 1 REV 1", Lang::Sv), ["council-doc:8977/26 ADD 1 REV 1"]);
        assert_eq!(
            keys("| PE-CONS 61/25, 8977/26 + ADD 1 |", Lang::Sv)
                .into_iter()
                .filter(|key| key.starts_with("council-doc:"))
                .collect::<Vec<_>>(),
            ["council-doc:8977/26", "council-doc:8977/26 ADD 1"]
        );
        assert_eq!(
            keys("6543/1/26 REV 1 + COR 1", Lang::En),
            ["council-doc:6543/1/26 REV 1", "council-doc:6543/1/26 COR 1"]
        );
        assert_eq!(keys("dok. 12345/2025 COR 2", Lang::Sv), ["council-doc:12345/25 COR 2"]);
        // Dropped or changed, the code changes the reference.
        assert_ne!(keys("8977/26 ADD 1", Lang::En), keys("8977/26", Lang::Sv));
        assert_ne!(keys("8977/26 ADD 1", Lang::En), keys("8977/26 ADD 2", Lang::Sv));
        // A code glued to more, in small letters, or with no number is none.
        for text in ["8977/26 ADDA 1", "8977/26 add 1", "8977/26 ADD", "8977/26 ADD 123", "8977/26 ADD 1/2"] {
            assert!(keys(text, Lang::En).contains(&"council-doc:8977/26".to_string()), "{text}");
        }
    }

    proptest::proptest! {
        /// A pattern searches only texts its gate lets through: no gate shuts out a match.
        #[test]
        fn gates_never_shut_out_a_match(
            text in "([0-9]{1,5}|[ /()]|\u{00A0}|\u{2009}|COM|KOM|EUCO|ST|No|nr|EU|EG|CELEX:|DC|[a-zA-Z]){0,14}",
        ) {
            for lang in [Lang::En, Lang::Sv] {
                let patterns = patterns(lang);
                for (pattern, gate) in [
                    (&patterns.act_number, digit_slash_digit(&text)),
                    (&patterns.council, digit_slash_digit(&text)),
                    (&patterns.euco, mentions_euco(&text, &Pairs::of(text.as_bytes()))),
                    (&patterns.celex, digits_then_capital(&text)),
                    (&patterns.document, bracket_year(&text)),
                    (&patterns.document_slash, slash_year_slash(&text)),
                ] {
                    proptest::prop_assert!(gate || !pattern.is_match(&text), "{text:?}");
                }
            }
        }
    }
}
