//! Sentence boundary rules: a fast byte scan finds candidate ends, language rules decide.
//!
//! A candidate is a run of terminators (`.`, `?`, `!`, `…` and their kin, as UAX #29
//! `STerm`/`ATerm`), then closing quotes or brackets (UAX #29 `Close`), then white space.
//! No white space, no boundary: that alone keeps URLs, e-mail addresses, dotted dates and
//! numbers (`29.1.2026`, `3.1`), `t.ex` inside and `EU:s` whole. The rest is decided by
//! what follows the white space and by the word before the full stop, using the
//! language's [`Table`].

use std::ops::Range;

use super::tables::{Abbrev, COMPANY_FORMS, CURRENCY_CODES, NAME_OPENING_FORMS, Table};

/// How far the rules look back for the word before a full stop. Abbreviations, numbers
/// and initials are short; a longer token (a URL) is an ordinary word.
const MAX_TOKEN_BYTES: usize = 48;

/// Bytes that may start a candidate: ASCII terminators, the line feed (for paragraph
/// separators) and 0xE2, the lead byte of `…`, `‼`, `⁇`, `⁈`, `⁉` and U+2029. The scan finds
/// them with [`Candidates`]; the table is what it is tested against.
#[cfg(test)]
static CANDIDATE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'\n' as usize] = true;
    table[0xE2] = true;
    table
};

/// Splits `text` into contiguous sentence ranges covering it exactly.
pub(crate) fn sentences(text: &str, table: &Table) -> Vec<Range<usize>> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut candidates = Candidates::new(text.as_bytes());
    // Many texts are one sentence (a heading, a list item, a short paragraph), with no
    // candidate before the full stops and closing marks that end them. A boundary needs
    // white space after a terminator and its closing marks, or a line feed or U+2029, none
    // of which such an ending holds: the scan would decide every candidate there against a
    // boundary. The candidate found here is the one the scan starts from.
    if candidates.next(0) >= body_end(text.as_bytes()) {
        return std::iter::once(0..text.len()).collect();
    }
    scan(text, table, candidates)
}

/// The length of `bytes` without its ending of ASCII terminators and closing marks
/// (`.`, `?`, `!`, `)`, `]`, `}`, `"`, `'`).
fn body_end(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .rposition(|byte| !matches!(byte, b'.' | b'?' | b'!' | b')' | b']' | b'}' | b'"' | b'\''))
        .map_or(0, |at| at + 1)
}

/// [`sentences`] by deciding every candidate of `text` in turn, from the start.
fn scan(text: &str, table: &Table, mut candidates: Candidates) -> Vec<Range<usize>> {
    // A text that comes this far most often holds several sentences: room for a few saves
    // growing the list step by step.
    let mut out = Vec::with_capacity(8);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    loop {
        i = candidates.next(i);
        if i >= bytes.len() {
            break;
        }
        // Candidates sit on ASCII bytes or a lead byte, so `i` is a char boundary.
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            i += 1;
            continue;
        };
        if is_terminator(c) {
            let (next, boundary) = decide(text, i, start, table);
            if boundary && next < text.len() {
                out.push(start..next);
                start = next;
            }
            i = next.max(i + 1);
        } else if c == '\n' || c == '\u{2029}' {
            let ws_end = skip_whitespace(text, i);
            if ws_end < text.len() && is_paragraph_break(&text[i..ws_end]) && has_content(text, start, i) {
                out.push(start..ws_end);
                start = ws_end;
            }
            i = ws_end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out.push(start..text.len());
    out
}

/// The [`CANDIDATE`] bytes of a text in order, found by vectorised searches: one for the
/// ASCII terminators, one for the line feed and the lead byte 0xE2, each searched again only
/// once the scan has passed its last find.
struct Candidates<'a> {
    bytes: &'a [u8],
    /// The next terminator at or after where it was last searched from (the length of the
    /// text when there is none); `None` before the first search.
    terminator: Option<usize>,
    /// The same for the line feed and 0xE2.
    other: Option<usize>,
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8]) -> Candidates<'a> {
        Candidates { bytes, terminator: None, other: None }
    }

    /// The first candidate byte at or after `from` (the length of the text when none is left);
    /// `from` never goes back from one call to the next.
    fn next(&mut self, from: usize) -> usize {
        let len = self.bytes.len();
        let rest = self.bytes.get(from..).unwrap_or_default();
        let stale = |found: Option<usize>| found.is_none_or(|at| at < from);
        if stale(self.terminator) {
            self.terminator = Some(memchr::memchr3(b'.', b'!', b'?', rest).map_or(len, |k| from + k));
        }
        if stale(self.other) {
            self.other = Some(memchr::memchr2(b'\n', 0xE2, rest).map_or(len, |k| from + k));
        }
        self.terminator.unwrap_or(len).min(self.other.unwrap_or(len))
    }
}

/// Examines the terminator run starting at `term_start`. Returns where scanning resumes
/// (the start of the next sentence if there is a boundary) and whether there is one.
fn decide(text: &str, term_start: usize, sentence_start: usize, table: &Table) -> (usize, bool) {
    let term_end = skip_while(text, term_start, is_terminator);
    let close_end = skip_while(text, term_end, is_close);
    let call_end = footnote_call_end(text, close_end);
    let call_end = if call_end == term_end && term_end == term_start + 1 {
        glued_call_end(text, term_start, table)
    } else {
        call_end
    };
    let next = skip_whitespace(text, call_end);
    if next == call_end {
        // No white space after: inside a URL, a number, `t.ex`, or glued text.
        return (call_end, false);
    }
    if next >= text.len() {
        return (next, false);
    }
    if is_paragraph_break(&text[call_end..next]) && has_content(text, sentence_start, term_start) {
        return (next, true);
    }
    let terminator = &text[term_start..term_end];
    let closed = close_end > term_end;
    let boundary = is_boundary(text, term_start, sentence_start, terminator, closed, next, table);
    (next, boundary)
}

/// What the next sentence would start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Upper,
    Lower,
    /// A letter without case (CJK, Arabic…): treated like a capital, as UAX #29 does.
    Uncased,
    Digit,
    /// An opening quote or bracket, or a symbol such as `€` or `§`.
    Opening,
    /// A bullet or a dash followed by a space.
    Bullet,
    /// `,`, `;`, `:` or a closing bracket: the sentence goes on.
    Continuation,
}

fn classify_start(rest: &str) -> Start {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return Start::Continuation;
    };
    if c.is_uppercase() {
        Start::Upper
    } else if c.is_lowercase() {
        Start::Lower
    } else if c.is_alphabetic() {
        Start::Uncased
    } else if c.is_numeric() {
        Start::Digit
    } else if matches!(c, '•' | '▪' | '►' | '‣' | '◦' | '·' | '●' | '■' | '□' | '○' | '✓' | '➢')
        || (matches!(c, '-' | '–' | '—') && chars.next().is_some_and(char::is_whitespace))
    {
        Start::Bullet
    } else if matches!(c, ',' | ';' | ':' | ')' | ']' | '}' | '-' | '–' | '—' | '=') {
        Start::Continuation
    } else {
        Start::Opening
    }
}

/// The case of the first letter of `rest` after any opening quotes or brackets.
fn starts_with_capital(rest: &str) -> bool {
    rest.chars().take(4).find(|c| !is_opening(*c)).is_some_and(char::is_uppercase)
}

/// How far [`bracket_goes_on`] looks for the end of a bracket, in bytes: room for a company's
/// description after its name (`Nordlys Shipping Ltd. (Ireland, currently controlled by a
/// consortium of … ferry services between Ireland and France) by Stena AB`).
const BRACKET_REACH: usize = 320;

/// Whether `rest` opens with a bracket after which its sentence goes on: a lower-case word, a
/// comma, a semicolon, a colon or a full stop after the closing bracket (`Nordvik Holdings
/// Ltd. (‘Nordvik’, United Kingdom) and …`, `Anna Berg m.fl. (S) yrkande 1.`, `Costa v
/// E.N.E.L. [1964] ECR 585, the Court …`). A sentence of its own in brackets ends inside them
/// and is followed by a capital (`etc. (See Annex II.) The …`); one lower-case abbreviation
/// alone in brackets is none (`Ortega, M. (ed.), Risk …`, `(red.)`).
fn bracket_goes_on(rest: &str) -> bool {
    let (open, close) = match rest.as_bytes().first() {
        Some(b'(') => (b'(', b')'),
        Some(b'[') => (b'[', b']'),
        _ => return false,
    };
    let head = rest.as_bytes().get(1..BRACKET_REACH.min(rest.len())).unwrap_or_default();
    // The bracket's own end, past one inside it (`(Class 2, code (B/D)) in cylinders`).
    let mut depth = 0usize;
    let Some(end) = head.iter().position(|&byte| {
        if byte == open {
            depth += 1;
        } else if byte == close {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
        false
    }) else {
        return false;
    };
    let content = &head[..end];
    let abbreviation_alone = content.first().is_some_and(u8::is_ascii_lowercase)
        && !content.iter().any(|byte| byte.is_ascii_whitespace());
    // A sentence in brackets ends with its own stop (`(See Annex II.)`); the stops of
    // abbreviations and figures inside do not make one (`(i.e. 100 cfu/100 ml for Class A)`,
    // `(label 2.1)`), nor one lower-case abbreviation alone (`(ed.)`).
    let last = content.iter().rev().find(|byte| !byte.is_ascii_whitespace() && !matches!(byte, b'"' | b'\''));
    if close == b')' && last.is_some_and(|byte| matches!(byte, b'.' | b'?' | b'!')) && !abbreviation_alone {
        return false;
    }
    // A quotation may close right after the bracket (`‘1 p.e. (population equivalent)’ means`).
    let after = rest.get(end + 2..).unwrap_or_default().trim_start_matches(['’', '”', '\'', '"', '»']);
    if after.trim().is_empty() {
        // A bracket that ends the text with no sentence inside belongs to the sentence before
        // it (`Nordlys Asset Management S.A. (LEI 529900NRD4K7Q2TB6H05)`).
        return true;
    }
    let after = after.trim_start();
    if close == b']' && head[..end].iter().all(u8::is_ascii_digit) && end == 4 {
        // A law report's year (`[1964] ECR 585`).
        return true;
    }
    after.starts_with(|c: char| c.is_lowercase() || matches!(c, ',' | ';' | ':' | '.'))
}

/// Whether `rest` starts with a code of capital letters and no more letters: a time zone or a
/// currency, three capitals (`CET`, `EUR`: a currency of [`CURRENCY_CODES`], a zone ending in
/// `T`, or `UTC`) or four or five ending in the `T` of a time (`CEST`, `EEST`). Not a word
/// (`The`), an agency's acronym of three (`EBA`, `ECB`, `EIB`), an initialism of two letters,
/// as no currency code and hardly a time zone has two (`at 11.30 a.m. EU ministers met …`), a longer acronym (`at 5
/// p.m. EFSA will publish …`), nor a name in the genitive (`ECHA's`, `SCB:s`).
fn starts_with_code(rest: &str) -> bool {
    let letters = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let after = &rest[letters..];
    let code = &rest[..letters];
    // Three capitals are a currency's code or a time zone's (`CET`, `GMT`, `UTC`), not an
    // agency's acronym (`6 p.m. EBA staff will …`, `1,2 milj. EIB finansierar …`).
    let three = letters == 3 && (CURRENCY_CODES.contains(&code) || code.ends_with('T') || code == "UTC");
    let shape = three || (4..=5).contains(&letters) && code.ends_with('T');
    shape && !after.starts_with(char::is_alphabetic) && !after.starts_with([':', '\'', '’'])
}

fn is_boundary(
    text: &str,
    term_start: usize,
    sentence_start: usize,
    terminator: &str,
    closed: bool,
    next: usize,
    table: &Table,
) -> bool {
    let rest = &text[next..];
    if opens_legend_entry(rest) && ends_before_legend(text, term_start, table) {
        // The entries of a table's legend are sentences of their own, whatever their key
        // (`b = break in time series. e = estimated. : = not available.`), also after a list's
        // end (`Eurostat, the OECD etc. p = provisional.`); not a definition after an
        // abbreviation that goes on (`i.e. n = number of samples`).
        return true;
    }
    let start = classify_start(rest);
    // Most terminators are one full stop, in which neither search below finds anything.
    let full_stop = terminator == ".";
    let asks = !full_stop && terminator.contains(['?', '!', '‼', '⁇', '⁈', '⁉']);
    match start {
        // A quoted question or exclamation inside a sentence (`"Never again!" — these words
        // …`) goes on past the dash, and so does one or an abbreviation before an aside
        // between dashes that the sentence goes on after (`subsistence etc. – previously
        // reimbursed – must now …`, `the question ‘who pays?’ – Member States or the Union –
        // remains open`). After an abbreviation, a dash also goes on before a lower-case word
        // that adds to the sentence (`accommodation etc. – all reimbursed at flat rates.`) and
        // as a range's dash before another abbreviation of the same kind (`Mon. – Fri.`, `9
        // a.m. – 5 p.m.`, `12 jan. – 20 febr. 2026`).
        //
        // A dotted initialism or company form goes on as an abbreviation does (`Exports to the
        // U.S. – the Union's largest market – fell …`, `Booking.com B.V. – the Dutch operator –
        // was notified`), and an abbreviation that closes a figure or a date goes on before the
        // range's other end written out (`9 a.m. – 12 noon`, `15 jan. – 15 mars 2026`).
        Start::Bullet => {
            let before = abbreviation_before(text, term_start, table);
            let initialism = before.is_none() && !asks && initialism_before(text, term_start);
            let goes_on = before.is_some() || initialism;
            let inside = asks && closed || goes_on;
            return !(asks && closed && dash_before_lower_case(rest)
                || inside && dash_aside_goes_on(rest)
                || goes_on && dash_before_lower_case(rest)
                || before.is_some_and(|class| {
                    dash_closes_range(rest, class, table)
                        || dash_before_figure(rest) && closes_figure(text, term_start)
                }));
        }
        Start::Continuation => return false,
        Start::Opening if bracket_goes_on(rest) => return false,
        _ => {}
    }
    if terminator == "!" && !closed && start == Start::Upper && opens_name_end(rest, table) {
        // An exclamation mark inside a company's name, before its form (`Yahoo! Inc.`).
        return false;
    }
    if asks {
        // A question or exclamation ends the sentence whatever follows, except one inside a
        // sentence: a quoted one (`the question "why now?" remains`) or a line of dialogue
        // before the words that report it (`– Är det rimligt? frågar hon.`).
        return !(start == Start::Lower && (closed || opens_dialogue(&text[sentence_start..term_start])));
    }
    let before = text[..term_start].chars().next_back();
    if !full_stop && (terminator.contains('…') || terminator.len() > 1) {
        // An ellipsis in brackets marks an omission in a quotation: `[…]`, `(...)`.
        if before.is_some_and(is_opening) {
            return false;
        }
        // An ellipsis standing for a day not yet known before its year (`Decision of … 2026`,
        // `av den … 2026`): a word in lower case before it, a year after it.
        if (start == Start::Digit && (opens_year(rest) || opens_year_at_end(rest))
            || start == Start::Upper && opens_month_and_year(rest))
            && introduces_date(text, term_start, sentence_start, table)
        {
            // Or for a day before its month and year, a month English capitalises (`at its
            // meeting on … June 2026`), the year also closing the sentence (`shall apply from …
            // 2027.`, `senast den … 2028.`), and after a sentence's first word (`By … 2028, the
            // Commission shall …`).
            return false;
        }
        return start != Start::Lower;
    }
    if start == Start::Digit && opens_cited_volume(rest) {
        // A journal's year and volume in a reference (`Eur J Cancer. 2009;45(2):228–247.`).
        return false;
    }

    // A single full stop: look at the word it ends.
    let token_start = token_start(text, term_start);
    let raw_token = &text[token_start..term_start];
    let core_offset = raw_token.len() - raw_token.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let core_start = token_start + core_offset;
    let core = &text[core_start..term_start];
    let word = &text[core_start..term_start + 1];

    if raw_token.starts_with('(')
        && text[term_start + 1..].starts_with(')')
        && core.chars().all(|c| c.is_lowercase())
    {
        // A lower-case abbreviation alone in brackets ends no sentence: `Gen. (ret.) Hans
        // Berg`, `Smith (ed.) Risk assessment`.
        return false;
    }
    let opens_sentence = text.get(sentence_start..token_start).is_some_and(|head| head.trim().is_empty());
    let abbreviation = if is_letter(core) && table.is_label(word_before(text, token_start).1) {
        // A letter labelled by the word before it is no abbreviation: `point p. The …`.
        None
    } else {
        table
            .abbreviation(word)
            .or_else(|| after_joiner(word).and_then(|last| table.abbreviation(last)))
            .or_else(|| spaced_abbreviation_ends(text, token_start, core, table))
    };
    // A figure closed by its unit or its time of day (`0.4 pp.`, `9.30 a.m.`): another figure
    // after it opens a sentence of its own when a word follows it (`9.30 a.m. 26 delegations
    // were present`), as two figures in a row make no phrase.
    let figure_closed = matches!(abbreviation, Some(Abbrev::Unit | Abbrev::Measure))
        && start == Start::Digit
        && is_number(previous_token_text(text, token_start))
        && opens_counted_figure(rest);
    if abbreviation.is_some()
        && table.editions.contains(&word)
        && names_edition(previous_token_text(text, token_start))
        && opens_publisher(rest)
    {
        // An edition after its number, then the reference's publisher or place (`7th ed. Oxford
        // University Press, 2020`, `7 uppl. Stockholm: Norstedts Juridik`).
        return false;
    }
    let abbreviation = match abbreviation {
        // A unit after a number ends a sentence as `etc.` does: `fell by 0.4 pp. This …`; so does
        // one after a percentage (`an alcoholic strength of 15% vol. The …`, `40 % vol. Den …`).
        Some(Abbrev::Unit)
            if is_number(previous_token_text(text, token_start)) || follows_percentage(text, token_start) =>
        {
            Some(Abbrev::BeforeCapital)
        }
        Some(Abbrev::Unit) => Some(Abbrev::Never),
        Some(Abbrev::Measure) if !is_number(previous_token_text(text, token_start)) => Some(Abbrev::Never),
        Some(Abbrev::NameSuffix)
            if previous_token_text(text, token_start).starts_with(char::is_uppercase) =>
        {
            Some(Abbrev::BeforeCapital)
        }
        Some(Abbrev::NameSuffix) => Some(Abbrev::Never),
        // An introducer after what it introduced, before a clause opener or a word of two letters
        // or more that the table lists as opening sentences (`VAT excl. However, the tenderer …`,
        // `VAT incl. In addition, …`).
        Some(Abbrev::Trailing) if opens_clause(rest, table) => return true,
        Some(Abbrev::Trailing) => Some(Abbrev::Never),
        other => other,
    };
    match abbreviation {
        // An abbreviation is never the last word of a quotation or a bracket before a new
        // sentence, but a word that is one elsewhere may be: `She replied: "No." Then …`, and
        // so is a reply after a question or after a word of its sentence, before a plain word
        // (`Irish voters said No. A second …`; not a form's label, `No. Cion doc.: COM…`).
        Some(Abbrev::Never) => {
            // A reply alone opening its sentence (a table's cell: `| No. The deadline expired …`),
            // not a form's number before the next field's label (`No. Cion doc.: COM(2026) 45`).
            let reply_opens =
                || opens_sentence && !rest.split_whitespace().take(3).any(|word| word.ends_with(':'));
            return start == Start::Upper
                && (closed
                    || table.replies.contains(&word)
                        && (after_question(text, token_start)
                            || after_answer_label(text, token_start)
                            || opens_plain_word(rest)
                                && (reply_opens() || {
                                    // After a word of its sentence or a figure, as a share of
                                    // the votes (`53.4% No. The Treaty …`).
                                    let previous = previous_token_text(text, token_start);
                                    previous.starts_with(char::is_lowercase)
                                        || previous.ends_with(|c: char| c.is_ascii_digit() || c == '%')
                                })));
        }
        // An area's abbreviation before its name, after a word in lower case or a comma (`in Co.
        // Cork`, `Clare Island, Co. Mayo`), where a company's name end follows a capitalised word
        // or `&`.
        Some(Abbrev::BeforeCapital)
            if table.areas.contains(&word) && opens_capitalised_word(rest) && {
                let previous = previous_token_text(text, token_start);
                previous.starts_with(char::is_lowercase) || previous.ends_with(',')
            } =>
        {
            return false;
        }
        // One end of a company's name before another (`Acme Co. Ltd. in May`).
        Some(Abbrev::BeforeCapital) if table.name_ends.contains(&word) => {
            let next = next_token(rest);
            let form = next.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '/');
            // A form that opens a Swedish company's name before it (`Co. Ltd. AB Volvo is …`)
            // is none of the name before.
            let opens_name = NAME_OPENING_FORMS.contains(&form)
                && rest[next.len()..].trim_start().starts_with(char::is_uppercase);
            return starts_with_capital(rest)
                && !table.name_ends.contains(&next)
                && (!COMPANY_FORMS.contains(&form) || opens_name);
        }
        Some(Abbrev::BeforeCapital)
            if table.act_parts.contains(&word)
                && opens_act_name(rest, table)
                && !follows_page(text, token_start, table) =>
        {
            // The act whose articles or chapters are cited (`Articles 101 et seq. TFEU apply`,
            // `8 kap. RF`).
            return false;
        }
        Some(Abbrev::BeforeCapital) => {
            // A list's end before a figure, also one after a currency's sign (`subsistence etc.
            // €2 million is set aside …`).
            return starts_with_capital(rest)
                || table.list_ends.contains(&word) && opens_figure(rest)
                || start == Start::Digit && (figure_closed || opens_year_genitive(rest, table));
        }
        Some(Abbrev::Measure) => {
            return starts_with_capital(rest) && !starts_with_code(rest) && !table.names_time_zone(rest)
                || figure_closed;
        }
        // A label's abbreviation before its number or its letter (`bil. 2`, `bil. A`), or
        // before a Roman numeral (`Art. XX GATT`, `bil. II till förordningen`); not before a year
        // in the genitive, which opens a sentence after the word the abbreviation also is (`i
        // viss mån. 2025 års uppföljning …`).
        Some(Abbrev::BeforeNumber)
            if start == Start::Digit && !opens_year_genitive(rest, table)
                || table.is_label(core) && opens_label_letter(rest)
                || opens_roman_numeral(rest, table) =>
        {
            return false;
        }
        // Before a name, a title's word (`jur.kand. Erik Holm`, `övers. K. Ek`); before any
        // other capital, the noun closing its sentence (`eller jur.kand. Erfarenhet av …`).
        Some(Abbrev::BeforeName) => {
            return starts_with_capital(rest) && !opens_initial(rest) && !opens_name(rest, table);
        }
        Some(Abbrev::BeforeNumber | Abbrev::Unit | Abbrev::Trailing | Abbrev::NameSuffix) | None => {}
    }
    if raw_token.starts_with(is_opening) && is_enumerator(core) && !raw_token.starts_with(['(', '[']) {
        // The number of a paragraph that a quotation brings in (`replaced by the following:
        // ‘2. Member States shall …’`) opens the quoted text, not a sentence.
        return false;
    }
    if (opens_sentence || is_line_start(text, token_start)) && is_enumerator(core) {
        // `2. CONTEXT`, `2.1. Scope`, `IV. Annexes`, `A. Introduction`, and an item of a list
        // run into one paragraph: `… the Commission. 2. The Commission shall …`, `iii. Third`.
        return false;
    }
    if start == Start::Upper
        && core.starts_with(char::is_uppercase)
        && core.chars().all(char::is_alphabetic)
        && abbreviated_title_goes_on(rest, table)
    {
        // A journal's abbreviated title in a reference (`Food Chem. Toxicol., 45`, `J. Am.
        // Chem. Soc., 12`): the capitalised abbreviations run on to the comma after the last.
        return false;
    }
    let mut core_chars = core.chars();
    let single = match (core_chars.next(), core_chars.next()) {
        (Some(letter), None) if letter.is_alphabetic() => Some(letter),
        _ => None,
    };
    if single.is_some() && spaced_abbreviation_goes_on(core, rest, table) {
        // The first part of an abbreviation written with a space (`e. Kr.`, `B. C.`), as
        // the table has it without one (`e.Kr.`, `B.C.`): the full stop ends no sentence.
        return false;
    }
    if let Some(letter) = single {
        if letter.is_lowercase() {
            // `a.` as the last part of a spaced abbreviation (`bl. a.`, `m. m.`) follows
            // another part; a letter after a word is an item label ending the sentence
            // (`enligt led b. Kommissionen …`). A first part (`t. ex.`) is followed by a
            // lower-case part, which continues the sentence anyway.
            // An opening quote before a capital counts as the capital (`artikel 6.1 e. ”Allmänt
            // intresse” definieras …`).
            let capital = start == Start::Upper || start == Start::Opening && starts_with_capital(rest);
            return capital && !follows_abbreviation_part(text, token_start);
        }
        if start == Start::Upper
            && !table.clause_openers.contains(&next_word(rest))
            && !opens_sentence_after_letter(rest, table)
            && is_initial(text, token_start, letter, table)
        {
            return false;
        }
    }
    if start == Start::Upper && is_hyphenated_initial(core) {
        // The initial of a hyphenated given name (`A.-M. Smith`, `J.-C. Juncker`) stands
        // before its surname only.
        return false;
    }
    if start == Start::Upper && is_dotted_initialism(core) {
        // Initials of a name in a list of names: `I. Jarukaitis, M.L. Arastey Sahún, S. Rodin`
        // (the name read from the last letter, after the last full stop).
        if near_other_initials(text, token_start)
            && next_is_name(text, token_start + core.len().saturating_sub(1), table)
        {
            return false;
        }
        if opens_sentence {
            // A sentence of an initialism alone is none: it labels the sentence it opens, as
            // `N.B.` does (`P.S. The signed original …`), or is its subject.
            return false;
        }
        if opens_company_name(rest, table) {
            // A company's name that an initialism opens (`U.S. Steel Corp.`).
            return false;
        }
        if COMPANY_FORMS.contains(&core) {
            // A company's form ends its name (`Orange S.A. Orange is listed …`), as `Ltd.` does.
            return !opens_name_end(rest, table);
        }
        // `the U.S. Department of State`, but `in the U.S. The next year …`.
        let next = rest.trim_start_matches(is_opening);
        if table.sentence_starters.is_empty() && opens_foreign_name(next, table) {
            // A language that lists no sentence starters writes its own initialisms without
            // stops: a dotted one is a foreign name's, which goes on in capitals (`från U.S.
            // Geological Survey och …`).
            return false;
        }
        let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        return table.starts_sentence_after_initialism(word) || opens_plural_subject(next, table);
    }
    if start == Start::Digit
        && single.is_some_and(char::is_uppercase)
        && (opens_code_article(rest) || cites_gazette_page(text, token_start, core))
    {
        // A capital before a number that is no sentence's first: the prefix of an article of
        // a French code (`Article L. 3231-5`, `R. 4127-1`) or the page of a German gazette
        // (`BGBl. I S. 4350`, `GVBl. 2021 S. 12`).
        return false;
    }
    if start == Start::Digit && is_dotted_abbreviation(core) && !opens_enumerator(rest) {
        // A number after an abbreviation of initials is its number: a national gazette's or
        // notice's (`L.N. 2 of 2024`, `Dz.U. 2026 poz. 57`), a product's (`P.A.K. 2023`); an
        // item's number opens the next sentence (`… in the U.S. 2. The …`).
        return false;
    }
    match start {
        Start::Lower => {
            starts_lower_case_name(rest)
                || opens_item_letter(rest)
                || opens_lower_case_label(rest)
                || repeats_lower_case_name(core, rest)
                || opens_lower_case_company(rest)
        }
        _ => true,
    }
}

/// Whether the token that the full stop at `term_start` ends may close a sentence before a
/// legend's entry: no abbreviation, or one that closes a list (`etc.`, `m.fl.`).
fn ends_before_legend(text: &str, term_start: usize, table: &Table) -> bool {
    let token = text[token_start(text, term_start)..].split_whitespace().next().unwrap_or_default();
    table.abbreviation(token).is_none() || table.list_ends.contains(&token)
}

/// Whether `rest` opens with the short name of an act, as cited after its articles or chapters
/// (`TFEU`, `GDPR`, `GG`, `RF`, `OSL`, `SFB`), alone or as the first part of a Swedish compound
/// (`EES-avtalet`, `EUF-fördraget`): two to six letters, opening and closing with a capital, two
/// capitals or more (so also a Swedish statute's in mixed case: `SoL`, `BrB`, `AvtL`), then no
/// letter; not a name in the Swedish genitive, which no act's citation takes (`2 kap. EU:s
/// regler …`). A compound names an act only by a noun of [`Table::act_nouns`] where the table
/// lists them (`EES-avtalet`, but not `EU-domstolen`, a court, in `30 kap. EU-domstolen har …`).
fn opens_act_name(rest: &str, table: &Table) -> bool {
    let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let name = &rest[..end];
    let after = &rest[end..];
    let genitive = after.strip_prefix(":s").is_some_and(|then| !then.starts_with(char::is_alphabetic));
    if let Some(compound) = after.strip_prefix('-')
        && !table.act_nouns.is_empty()
    {
        let noun = compound.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        if !table.act_nouns.iter().any(|act| noun.ends_with(act)) {
            return false;
        }
    }
    (2..=6).contains(&name.chars().count())
        && name.starts_with(char::is_uppercase)
        && name.ends_with(char::is_uppercase)
        && name.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !genitive
}

/// Whether the part's abbreviation at `token_start` (`ff.`, `seq.` of `et seq.`) follows a
/// page's number (`s. 504 ff.`, `pp. 45 et seq.`): pages are cited from a report or a law
/// report, never from an act named after them.
fn follows_page(text: &str, token_start: usize, table: &Table) -> bool {
    let mut number_start = token_start_before(text, token_start);
    if token_at(text, number_start) == "et" {
        number_start = token_start_before(text, number_start);
    }
    is_number(token_at(text, number_start)) && table.pages.contains(&previous_token_text(text, number_start))
}

/// The start of the white-space-delimited token before the one at `at`.
fn token_start_before(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end();
    token_start(before, before.len())
}

/// The white-space-delimited token that starts at `at`.
fn token_at(text: &str, at: usize) -> &str {
    next_token(text.get(at..).unwrap_or_default())
}

/// Whether `rest` opens with a year in the genitive (`2026 års avgift`), a phrase that opens a
/// sentence and continues none.
fn opens_year_genitive(rest: &str, table: &Table) -> bool {
    after_year(rest).and_then(|after| after.strip_prefix(' ')).is_some_and(|after| {
        table.year_genitives.iter().any(|genitive| {
            after.strip_prefix(genitive).is_some_and(|then| then.starts_with(char::is_whitespace))
        })
    })
}

/// The class of the abbreviation of `table` that the full stop at `term_start` ends (`etc.`,
/// `a.m.`, `Inc.`, `kr.`), if it ends one.
fn abbreviation_before(text: &str, term_start: usize, table: &Table) -> Option<Abbrev> {
    // Only a full stop ends one: the end of another terminator (`…`) may be no char boundary.
    text.get(token_start(text, term_start)..=term_start)
        .filter(|token| token.ends_with('.'))
        .and_then(|token| table.abbreviation(token.trim_start_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether the full stop at `term_start` ends an initialism or a company form written with
/// stops (`U.S.`, `B.V.`, `S.A.`, and the forms of [`COMPANY_FORMS`] with small letters:
/// `S.p.A.`, `a.s.`, `s.r.o.`).
fn initialism_before(text: &str, term_start: usize) -> bool {
    text.get(token_start(text, term_start)..term_start)
        .map(|token| token.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|core| is_dotted_initialism(core) || core.contains('.') && COMPANY_FORMS.contains(&core))
}

/// Whether the token before the one at `token_start` is a percentage: a number with its sign
/// (`15%`), or the sign alone after a number (`40 %`).
fn follows_percentage(text: &str, token_start: usize) -> bool {
    let previous = previous_token_text(text, token_start);
    match previous.strip_suffix('%') {
        Some("") => is_number(previous_token_text(text, token_start_before(text, token_start))),
        Some(number) => is_number(number),
        None => false,
    }
}

/// Whether `rest` opens with a figure: a digit, or a currency's sign before one (`€2 million`,
/// `$5`, `£3`).
fn opens_figure(rest: &str) -> bool {
    rest.trim_start_matches(['€', '$', '£']).starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `rest` opens with a capitalised word: a capital, then a small letter (`Cork`, `Mayo`).
fn opens_capitalised_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Whether the abbreviation that the full stop at `term_start` ends follows a number: it closes
/// a figure or a date (`9 a.m.`, `15 jan.`).
fn closes_figure(text: &str, term_start: usize) -> bool {
    is_number(previous_token_text(text, token_start(text, term_start)))
}

/// Whether `rest`, a dash and a space, goes on with a figure (`– 12 noon`, `– 15 mars 2026`).
fn dash_before_figure(rest: &str) -> bool {
    after_dash(rest).is_some_and(|after| after.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `rest`, a dash and a space, closes a range that an abbreviation of `class` opened:
/// another abbreviation of that class follows the dash, alone or after a number (`– Fri.`, `–
/// Mar. 2026`, `– 5 p.m.`, `– 20 febr. 2026`).
fn dash_closes_range(rest: &str, class: Abbrev, table: &Table) -> bool {
    let Some(after) = after_dash(rest) else { return false };
    let mut tokens = after.split_whitespace().map(|token| token.trim_end_matches([',', ';', ':', ')']));
    let Some(first) = tokens.next() else { return false };
    let end = if is_number(first) { tokens.next().unwrap_or_default() } else { first };
    end.ends_with('.') && table.abbreviation(end) == Some(class)
}

/// How far [`dash_aside_goes_on`] looks for the dash that closes an aside, in bytes.
const ASIDE_REACH: usize = 240;

/// Whether `rest`, a dash and a space, opens an aside that another spaced dash closes before
/// any sentence end, and the sentence goes on in lower case after it (`– previously reimbursed
/// at flat rates – must now …`, `– EUR 2.42 billion – was upheld`).
fn dash_aside_goes_on(rest: &str) -> bool {
    let Some(inside) = after_dash(rest) else { return false };
    let mut space_before = false;
    for (at, c) in inside.char_indices() {
        if at > ASIDE_REACH {
            return false;
        }
        let after = &inside[at + c.len_utf8()..];
        if is_terminator(c) && after.starts_with(char::is_whitespace) {
            return false;
        }
        if space_before && let Some(goes_on) = after_dash(&inside[at..]) {
            return goes_on.starts_with(char::is_lowercase);
        }
        space_before = c == ' ' || c == '\u{a0}';
    }
    false
}

/// Whether `rest` opens with a name's end or a company's form (`Inc.`, `Ltd`, `AB`).
fn opens_name_end(rest: &str, table: &Table) -> bool {
    let next = next_token(rest).trim_end_matches([',', ';', ':', ')']);
    let form = next.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '/');
    table.name_ends.contains(&next) || COMPANY_FORMS.contains(&form)
}

/// Whether `rest` opens with a month's name and a year, the month capitalised as English
/// writes it (`June 2026`): a capitalised word of letters, a space and four digits.
fn opens_month_and_year(rest: &str) -> bool {
    let Some((word, after)) = rest.split_once(' ') else { return false };
    let mut chars = word.chars();
    let year = after.bytes().take_while(u8::is_ascii_digit).count();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase) && year == 4
}

/// Whether `rest` opens with a figure and a word of three letters or more after it, what a
/// sentence may open with (`26 delegations`, `18 Member States`), not a figure's unit (`30 s`).
fn opens_counted_figure(rest: &str) -> bool {
    let figure = rest.bytes().take_while(|byte| byte.is_ascii_digit() || matches!(byte, b'.' | b',')).count();
    let Some(word) = rest[figure..].strip_prefix(' ') else { return false };
    figure > 0 && word.chars().take_while(|c| c.is_alphabetic()).count() >= 3
}

/// Whether `rest` opens with a single capital letter that a label's abbreviation names (`bil.
/// A`), not a word of one letter (`I Sverige`).
fn opens_label_letter(rest: &str) -> bool {
    let mut chars = rest.chars();
    let (Some(letter), after) = (chars.next(), chars.next()) else { return false };
    letter.is_uppercase() && after.is_none_or(|c| !(c.is_alphabetic() || letter == 'I' && c.is_whitespace()))
}

/// Whether `next`, the text after a dotted initialism, opens with two capitalised words of a
/// name, or two joined by one of [`Table::name_links`] (`Department of Agriculture`), the first
/// no clause opener and no title before a name, which a language that writes titles in lower
/// case capitalises only where a sentence opens (`Geological Survey`, but `Washington D.C.
/// Handelsminister Forssell deltog …`).
fn opens_foreign_name(next: &str, table: &Table) -> bool {
    let mut words = next.split_whitespace();
    let capitalised = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.as_str().chars().all(char::is_lowercase)
    };
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let second = second.trim_end_matches(|c: char| !c.is_alphabetic());
    // A link in lower case between two capitalised words of the name (`Department of
    // Agriculture`, `Food and Drug Administration`).
    let linked = table.name_links.contains(&second)
        && words
            .next()
            .is_some_and(|third| capitalised(third.trim_end_matches(|c: char| !c.is_alphabetic())));
    capitalised(first)
        && second.chars().count() > 1
        && (capitalised(second) || linked)
        && !table.clause_openers.contains(&first)
        && !table.is_title(&first.to_lowercase())
        // A person's given name and surname open a sentence (`Washington D.C. Ulf Kristersson
        // deltog …`).
        && !opens_patronymic(second)
}

/// Whether the lower-case word `core` before a full stop opens `rest` again: a name written
/// in lower case that ends one sentence and opens the next (`in Belgium is bpost. bpost
/// received …`, `energibolaget innogy. innogy var …`), not a word that goes on.
fn repeats_lower_case_name(core: &str, rest: &str) -> bool {
    core.len() >= 2
        && core.chars().all(char::is_lowercase)
        && rest.strip_prefix(core).is_some_and(|after| after.starts_with(char::is_whitespace))
}

/// Whether `rest` opens with a company's name written in lower case and its legal form
/// (`thyssenkrupp AG brought an action …`, `bpost SA`, `innogy SE`): a sentence's subject, as no
/// sentence goes on with a company after a full stop.
fn opens_lower_case_company(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(name), Some(form)) = (words.next(), words.next()) else { return false };
    let form = form.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '/');
    name.chars().count() >= 2
        && name.chars().all(char::is_lowercase)
        && (form.starts_with(char::is_uppercase) || form == "plc")
        && COMPANY_FORMS.contains(&form)
}

/// Labels written in lower case that open a sentence of a note or a letter (`n.b. the figures
/// …`, `cc: Mr P. Dupont`).
const LOWER_CASE_LABELS: &[&str] = &["n.b.", "nb:", "cc:", "bcc:", "p.s."];

/// Whether `rest` opens with one of [`LOWER_CASE_LABELS`].
fn opens_lower_case_label(rest: &str) -> bool {
    LOWER_CASE_LABELS
        .iter()
        .any(|label| rest.strip_prefix(label).is_some_and(|after| after.starts_with(char::is_whitespace)))
}

/// Whether `sentence` opens as a line of dialogue does, with a dash and a space (`– Är det
/// rimligt?`; not a hyphen).
fn opens_dialogue(sentence: &str) -> bool {
    let sentence = sentence.trim_start();
    !sentence.starts_with('-') && after_dash(sentence).is_some()
}

/// What follows the dash and the space `text` opens with (`— these words`), if it opens so.
fn after_dash(text: &str) -> Option<&str> {
    text.strip_prefix(['—', '–', '-']).and_then(|after| after.strip_prefix([' ', '\u{a0}']))
}

/// How many characters the key of a legend's entry has at most (`b`, `n.a.`, `:`).
const LEGEND_KEY_CHARS: usize = 4;

/// Whether `rest` opens with an entry of a table's legend: a short key, then ` = ` and the
/// words it stands for (`e = estimated`, `: = not available`, `n.a. = not applicable`), not an
/// equation's value (`β = 2.0 × 10⁻³`) nor a bracket of them (`(n = 5, c = 0)`).
fn opens_legend_entry(rest: &str) -> bool {
    rest.split_once(' ').is_some_and(|(key, after)| {
        !key.is_empty()
            && key.chars().count() <= LEGEND_KEY_CHARS
            && !key.starts_with(is_opening)
            && after.strip_prefix("= ").is_some_and(|meaning| meaning.starts_with(char::is_alphabetic))
    })
}

/// Whether `rest` opens with a surname made from a father's name, as Swedish and English
/// names are (`Persson`, `Nilsson`, `Johnson`, `Davidson`): a capitalised word ending in `sson`
/// or in a consonant and `son`, not a word ending in a vowel or an `r` and `son` (`Reason`,
/// `Person`, `Comparison`).
fn opens_patronymic(rest: &str) -> bool {
    let word = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    let Some(stem) = word.strip_suffix("son") else { return false };
    word.starts_with(char::is_uppercase)
        && stem.chars().count() >= 2
        && stem.chars().next_back().is_some_and(|c| !"aeiouyråäöéèr".contains(c))
}

/// Whether `rest` opens with a surname of an elided prefix, one capital, an apostrophe and a
/// capitalised word (`O'Rourke`, `D’Alema`): a name, never a word that opens a sentence.
fn opens_prefixed_surname(rest: &str) -> bool {
    let mut chars = rest.trim_start().chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| matches!(c, '\'' | '’'))
        && chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
}

/// How far before an initial [`initial_and_name_before`] looks, in bytes.
const NAME_PAIR_REACH: usize = 120;

/// Whether an initial and a capitalised name (`M. O'Rourke`, `J. Smith`) stand within
/// [`NAME_PAIR_REACH`] bytes before the initial at `letter_start`, with no full stop of a
/// sentence between.
fn initial_and_name_before(text: &str, letter_start: usize) -> bool {
    let bytes = text.as_bytes();
    let from = letter_start.saturating_sub(NAME_PAIR_REACH);
    (from..letter_start.saturating_sub(3)).any(|at| {
        let word_start = at == 0 || bytes.get(at - 1).is_some_and(|b| matches!(b, b' ' | b'('));
        let initial = bytes.get(at).is_some_and(|b| b.is_ascii_uppercase() && *b != b'I')
            && bytes.get(at + 1) == Some(&b'.')
            && bytes.get(at + 2) == Some(&b' ');
        let name = text.get(at + 3..).is_some_and(|rest| {
            let word = rest.split(char::is_whitespace).next().unwrap_or_default();
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.as_str().contains(char::is_lowercase)
                && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        });
        // No sentence ends between it and the initial: no full stop after a word of small
        // letters (`… hours. Then …`).
        let between = text.get(at + 3..letter_start).unwrap_or_default();
        let ended = between
            .split_whitespace()
            .any(|word| word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 1);
        word_start && initial && name && !ended
    })
}

/// Whether `rest` opens with a dash, a space and a lower-case word (`— these words …`).
fn dash_before_lower_case(rest: &str) -> bool {
    after_dash(rest).is_some_and(|after| after.starts_with(char::is_lowercase))
}

/// How many capitalised words of a company's name [`opens_company_name`] reads before its form.
const COMPANY_NAME_WORDS: usize = 3;

/// Whether `rest` opens with a company's name: up to three capitalised words, then a company
/// form or a name's end (`Steel Corp.`, `Nordic Holding AB`).
fn opens_company_name(rest: &str, table: &Table) -> bool {
    let mut words = rest.split(char::is_whitespace);
    let Some(first) = words.next() else { return false };
    if !first.starts_with(char::is_uppercase) || !first.chars().all(char::is_alphabetic) {
        return false;
    }
    for word in words.take(COMPANY_NAME_WORDS) {
        let form = word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '/');
        if table.name_ends.contains(&word) || COMPANY_FORMS.contains(&form) && form.len() > 1 {
            return true;
        }
        if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
            return false;
        }
    }
    false
}

/// Whether `core` is an abbreviation of short capitalised parts joined by full stops:
/// initials (`L.N`, `P.A.K`) or a gazette's short name (`Dz.U`).
fn is_dotted_abbreviation(core: &str) -> bool {
    core.bytes().any(|byte| byte == b'.')
        && core.split('.').all(|part| {
            (1..=3).contains(&part.chars().count())
                && part.starts_with(char::is_uppercase)
                && part.chars().all(char::is_alphabetic)
        })
}

/// Whether `rest` opens with the number of an article of a recodified French code: digits, then
/// one or more parts of one to three digits after hyphens (`3231-5`, `225-102-1`), not a
/// period of years (`2021-2027`).
fn opens_code_article(rest: &str) -> bool {
    let number = rest.split(|c: char| !(c.is_ascii_digit() || c == '-')).next().unwrap_or_default();
    let mut parts = number.split('-');
    parts.next().is_some_and(|first| !first.is_empty())
        && number.contains('-')
        && parts.all(|part| (1..=3).contains(&part.len()))
}

/// How far before a page's `S.` [`cites_gazette_page`] looks for the gazette, in bytes.
const GAZETTE_REACH: usize = 24;

/// Whether the capital `S` at `token_start` is the page (`Seite`) of a German gazette named
/// shortly before it (`BGBl. I S. 4350`, `GVBl. 2021 S. 12`, `ABl. L 123 S. 1`).
fn cites_gazette_page(text: &str, token_start: usize, core: &str) -> bool {
    let mut from = token_start.saturating_sub(GAZETTE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    core == "S" && text[from..token_start].split_whitespace().any(|word| word.ends_with("Bl."))
}

/// What follows the four digits of a year that `rest` opens with, `None` when it opens with
/// no run of exactly four digits.
fn after_year(rest: &str) -> Option<&str> {
    (rest.bytes().take_while(u8::is_ascii_digit).count() == 4).then(|| &rest[4..])
}

/// Whether `rest` opens with a year alone: four digits and no more figures (`2026`,
/// `2026 on …`), not a number of a list or a section (`2026.`) nor a longer figure.
fn opens_year(rest: &str) -> bool {
    after_year(rest).is_some_and(|after| {
        after.chars().next().is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ')'))
    })
}

/// Whether `rest` opens with a year that closes its sentence: four digits, a full stop, then
/// white space or the end (`2027. The …`), the date a draft act leaves open (`from … 2027.`).
fn opens_year_at_end(rest: &str) -> bool {
    after_year(rest)
        .and_then(|after| after.strip_prefix('.'))
        .is_some_and(|after| after.chars().next().is_none_or(char::is_whitespace))
}

/// Whether the word before the ellipsis at `term_start` brings in a date whose day the ellipsis
/// stands for: a word in lower case (`of`, `from`, `den`), or a sentence's first word that the
/// table lists as opening sentences (`By … 2028,`, `Until … 2027,`), not a word that ends a
/// sentence of its own (`Wait… 2026 was …`).
fn introduces_date(text: &str, term_start: usize, sentence_start: usize, table: &Table) -> bool {
    let word = word_before(text, term_start).1;
    if word.starts_with(char::is_lowercase) {
        return true;
    }
    let word_start = token_start_before(text, term_start);
    let opens = text.get(sentence_start..word_start).is_some_and(|head| head.trim().is_empty());
    opens
        && word.chars().count() > 1
        && (table.lists_sentence_starter(word) || table.clause_openers.contains(&word))
}

/// Whether `rest` opens with a year and a volume joined by a semicolon, as references to
/// journals write them (`2009;45(2):228–247`).
fn opens_cited_volume(rest: &str) -> bool {
    after_year(rest)
        .and_then(|after| after.strip_prefix(';'))
        .is_some_and(|volume| volume.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `rest` opens with the number of an item or a section, closed by a full stop or a
/// bracket (`2. The …`, `3) …`, `2.1. Scope`), not a plain number (`2026 poz.`, `2 of 2024`).
fn opens_enumerator(rest: &str) -> bool {
    let digits = rest.bytes().take_while(|byte| byte.is_ascii_digit() || *byte == b'.').count();
    let number = rest[..digits].trim_end_matches('.');
    let closed = &rest[number.len()..];
    (closed.starts_with(". ") || closed.starts_with(") ") || closed == "." || closed == ")")
        && !number.is_empty()
}

/// How many words [`abbreviated_title_goes_on`] reads at most.
const TITLE_WORDS: usize = 5;

/// Whether `rest` opens with capitalised words each cut short by a full stop, the last
/// followed by a comma (`Toxicol., 45`, `Chem. Soc., 12`): the rest of an abbreviated title
/// that a reference cites, in which no sentence ends. A word of the abbreviations' table is
/// not such a part: `Ibid., p. 4` and `Op. cit., p. 4` open a sentence of their own.
fn abbreviated_title_goes_on(rest: &str, table: &Table) -> bool {
    let mut rest = rest;
    for _ in 0..TITLE_WORDS {
        let letters = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let word = &rest[..letters];
        if letters < 2 || !word.starts_with(char::is_uppercase) || !rest[letters..].starts_with('.') {
            return false;
        }
        if table.abbreviation(&rest[..=letters]).is_some() {
            return false;
        }
        let after = &rest[letters + 1..];
        if after.starts_with(',') {
            return true;
        }
        let Some(next) = after.strip_prefix(' ') else {
            return false;
        };
        rest = next;
    }
    false
}

/// Whether `rest` opens with the lower-case letter or Roman numeral of a list item and a
/// capitalised sentence after it (`a) Projektet ska …`, `ii) The …`), as Swedish writes the
/// items of a list run into one paragraph.
fn opens_item_letter(rest: &str) -> bool {
    let label = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let Some(after) = rest.get(label..).and_then(|after| after.strip_prefix(") ")) else {
        return false;
    };
    (label == 1 || is_roman_numeral(&rest[..label])) && after.starts_with(char::is_uppercase)
}

/// Whether `rest` opens with a plain word, not a number's label: a capitalised word of
/// letters then a space or a stop (`The`, `Irish`), or a one-letter word before a lower-case
/// one (`A second …`), not a code (`L 123`, `C-123/45`, `Rec(2000)10`, `IV`).
fn opens_plain_word(rest: &str) -> bool {
    let letters = rest.chars().take_while(|c| c.is_alphabetic()).count();
    let mut chars = rest.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let after = rest.chars().nth(letters);
    let word_end = after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.'));
    match letters {
        1 => after.is_some_and(char::is_whitespace) && rest.chars().nth(2).is_some_and(char::is_lowercase),
        _ => word_end && chars.take(letters - 1).all(char::is_lowercase),
    }
}

/// The first word of `rest` up to a space, with its full stop (`Ltd.`).
/// The first word of `rest`, without the opening punctuation before it or anything after its
/// letters (`He` of `He alleges`, `Det` of `”Det …`).
fn next_word(rest: &str) -> &str {
    let word = rest.trim_start_matches(is_opening);
    let end = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
    &word[..end]
}

fn next_token(rest: &str) -> &str {
    rest.split(char::is_whitespace).next().unwrap_or_default()
}

/// Whether the token before `at` labels an answer right after a question (`? A. No.`, `?
/// Answer: No.`): a capital and a full stop or a colon, or a capitalised word and a colon.
fn after_answer_label(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let label_start = token_start(before, before.len());
    let label = &before[label_start..];
    let Some(word) = label.strip_suffix([':', '.']) else { return false };
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let shape = if chars.as_str().is_empty() {
        capital
    } else {
        capital && label.ends_with(':') && chars.all(char::is_lowercase)
    };
    shape && after_question(text, label_start)
}

/// Whether the text before `at` ends on a question or an exclamation mark and white space.
fn after_question(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.len() > before.trim_end().len() && before.trim_end().ends_with(['?', '!'])
}

/// Whether `core` (a token before its last full stop) is an initialism written with full
/// stops, two capitals or more: `U.S`, `U.K`, `E.U`.
fn is_dotted_initialism(core: &str) -> bool {
    // A core is short: a plain loop finds its full stop sooner than a vectorised search.
    core.bytes().any(|byte| byte == b'.')
        && core.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        })
}

/// Whether `core` (a token before its last full stop) is the initial of a hyphenated given
/// name: capitals each with a full stop, joined by hyphens (`A.-M`, `J.-C`, `J.-P.-M`).
fn is_hyphenated_initial(core: &str) -> bool {
    core.contains(".-")
        && core.split('.').all(|part| {
            let mut chars = part.strip_prefix('-').unwrap_or(part).chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        })
}

/// The part of `word` after its last dash or slash, when a letter follows it: the second
/// abbreviation of a range (`jan.–sept.`, `Jan.-Mar.`) or a pair (`tab./fig.`).
fn after_joiner(word: &str) -> Option<&str> {
    // Found by their bytes: `-` and `/` are no byte of a longer character, and `–` is the
    // only character written `E2 80 93`.
    let bytes = word.as_bytes();
    let end = bytes.iter().enumerate().rev().find_map(|(at, &byte)| match byte {
        b'-' | b'/' => Some(at + 1),
        0x93 if at >= 2 && bytes.get(at - 2..at) == Some(&[0xE2, 0x80][..]) => Some(at + 1),
        _ => None,
    })?;
    let last = word.get(end..)?;
    last.starts_with(char::is_alphabetic).then_some(last)
}

/// The class of the abbreviation that the letter `core` and its full stop end, when it is
/// written with a space after its first part (`B. C.`, `cu. m.`, as the table has `B.C.`,
/// `cu.m.`), or after each of two one-letter parts (`o. s. v.`, as `o.s.v.`); also a last part
/// of two letters after a one-letter part (`m. fl.`, as `m.fl.`).
fn spaced_abbreviation_ends(text: &str, token_start: usize, core: &str, table: &Table) -> Option<Abbrev> {
    let letters = core.chars().count();
    if !(1..=2).contains(&letters) || !core.chars().all(char::is_alphabetic) {
        return None;
    }
    let (previous_start, previous) = spaced_part_before(text, token_start)?;
    let previous_letters = previous.chars().count() - 1;
    if letters == 2 && (previous_letters != 1 || !core.chars().all(char::is_lowercase)) {
        return None;
    }
    joined_abbreviation(&[previous, core, "."], table).or_else(|| {
        // A third part before the two (`o. s. v.`), each of one letter.
        let (_, first) = spaced_part_before(text, previous_start)?;
        if letters == 1 && previous_letters == 1 && first.chars().count() == 2 {
            joined_abbreviation(&[first, previous, core, "."], table)
        } else {
            None
        }
    })
}

/// The part of a spaced abbreviation that ends just before the white space before `at`, and
/// where it starts: a token of letters and its full stop (`o.`, `sq.`), without any opening
/// punctuation.
fn spaced_part_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let token = trimmed.get(token_start(trimmed, trimmed.len())..)?;
    let previous = token.trim_start_matches(is_opening);
    let part = previous.strip_suffix('.')?;
    (!part.is_empty() && part.chars().all(char::is_alphabetic))
        .then_some((trimmed.len() - previous.len(), previous))
}

/// Whether the letter `core`, its full stop and the next token of `rest` make an
/// abbreviation of `table` when the space between them is left out (`e.` + `Kr.`).
fn spaced_abbreviation_goes_on(core: &str, rest: &str, table: &Table) -> bool {
    let next = rest.split(char::is_whitespace).next().unwrap_or_default();
    next.ends_with('.') && joined_abbreviation(&[core, ".", next], table).is_some()
}

/// The class of the abbreviation written as `parts` without spaces, if the table has it.
fn joined_abbreviation(parts: &[&str], table: &Table) -> Option<Abbrev> {
    let mut joined = [0u8; 16];
    let mut len = 0;
    for part in parts {
        joined.get_mut(len..len + part.len())?.copy_from_slice(part.as_bytes());
        len += part.len();
    }
    table.abbreviation(std::str::from_utf8(joined.get(..len)?).ok()?)
}

/// Whether the token before `token_start` ends with a full stop: the letter at
/// `token_start` continues a spaced abbreviation (`bl. a.`, `o. s. v.`).
fn follows_abbreviation_part(text: &str, token_start: usize) -> bool {
    let before = text[..token_start].trim_end();
    before.ends_with('.')
}

/// A sentence may open with a name or term written in lower case even there: one with
/// capitals inside (`eu-LISA`, `eSam`, `pH`), or one after a prefix of one lower-case letter
/// and a hyphen (`e-legitimation`, `e-mail`, `x-axis`), as the letter of such a prefix keeps
/// its case. A plain lower-case word after a full stop continues the sentence, and so does a
/// range of letters or Roman numerals (`a-c`, `i-iii`).
fn starts_lower_case_name(rest: &str) -> bool {
    let word = rest.split(char::is_whitespace).next().unwrap_or_default();
    if word.chars().take(24).skip(1).any(char::is_uppercase) {
        return true;
    }
    let Some(stem) =
        word.strip_prefix(|c: char| c.is_ascii_lowercase()).and_then(|after| after.strip_prefix('-'))
    else {
        return false;
    };
    let letters = stem.find(|c: char| !c.is_alphabetic()).map_or(stem, |end| &stem[..end]);
    letters.chars().count() >= 3 && !is_roman_numeral(letters)
}

/// Whether `next`, the text after a dotted initialism, opens with a plural noun in capitals and
/// a word in lower case that no name holds (`the U.S. Imports from China fell …`): a sentence's
/// subject, as the head of a name after an initialism is singular (`the U.K. Government
/// submitted`, `the U.S. Department of State`) and a plural after one is written in lower case
/// (`U.S. authorities`).
fn opens_plural_subject(next: &str, table: &Table) -> bool {
    let mut words = next.split_whitespace();
    let (Some(noun), Some(then)) = (words.next(), words.next()) else { return false };
    let mut chars = noun.chars();
    let plural = noun.len() >= 4
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && noun.ends_with('s')
        && !["ss", "us", "is"].iter().any(|ending| noun.ends_with(ending));
    plural && then.starts_with(char::is_lowercase) && !table.name_links.contains(&then)
}

/// Whether the capital `letter` before a full stop at `token_start` is the initial of a
/// name (`J. Smith`, `John F. Kennedy`) rather than a label (`Annex I`, `Part B`).
fn is_initial(text: &str, letter_start: usize, letter: char, table: &Table) -> bool {
    let before = text[..letter_start].trim_end();
    let previous_start = token_start(before, before.len());
    let (previous_token, previous) = word_before(text, letter_start);
    // One of a list of names (`ordföranden K. Lenaerts, vice ordföranden T. von Danwitz`,
    // `C. Lycourgos, I. Jarukaitis`): another initial and name stand close by.
    let in_list = || {
        !table.is_label(previous)
            && next_is_name(text, letter_start, table)
            && near_other_initials(text, letter_start)
    };
    if letter == 'I' {
        // More often the roman numeral one than an initial: an initial only between names.
        return is_initial_i(text, letter_start, table) || (!previous.is_empty() && in_list());
    }
    if before.is_empty() {
        return true;
    }
    if table.is_label(previous) {
        // A letter after a label, whole or abbreviated: `Annex B`, `avd. B`.
        return false;
    }
    if previous_token.ends_with('.') {
        // After a title, another initial or a sentence end: `Dr. J. Smith`, `J. R. Smith`.
        return true;
    }
    if opens_patronymic(after_initial(text, letter_start)) {
        // Before a surname made from a father's name: `tacka K. Persson för frågan`.
        return true;
    }
    if opens_prefixed_surname(after_initial(text, letter_start)) {
        // Before a surname with an elided prefix: `varav M. O'Rourke debiterat`.
        return true;
    }
    if previous.is_empty() {
        return false;
    }
    if in_list() || previous_token.ends_with(':') && next_word_capitalised(text, letter_start) {
        // In a list of names, or after a colon: `Registrar: A. Lamote`.
        return true;
    }
    if previous_token.ends_with(',') && !is_letter(previous) && next_is_name(text, letter_start, table) {
        // A name set off by commas after the word it names (`The rapporteur, J. Smith, presented
        // …`, `handläggaren, E. Berg, som …`); not a letter after another of a series (`options
        // A, B. Member States …`).
        return true;
    }
    if table.is_name_preposition(previous) || table.is_title(previous) {
        // `chaired by J. Smith`, `av J. Smith`, `statsminister U. Kristersson`; not a grade
        // after a label or another grade and the preposition (`a rating of A. Moody's …`,
        // `from BB to B. Several …`, `från E till C. Renoveringen …`).
        let before_preposition = previous_token_text(text, previous_start);
        return !(table.is_name_preposition(previous)
            && (table.is_label(before_preposition) || is_grade(before_preposition)));
    }
    if table.is_name_joiner(previous) && follows_initial_and_name(&before[..previous_start]) {
        // `A. Jones and B. Brown`, `A. Jones och B. Brown`.
        return true;
    }
    if table.is_name_joiner(previous)
        && next_word_capitalised(text, letter_start)
        && !table.lists_sentence_starter(next_word(after_initial(text, letter_start).trim_start()))
        && initial_and_name_before(text, letter_start)
    {
        // The second of two persons a sentence names by initials, each with what is said of
        // them (`varav M. O'Rourke debiterat 198 timmar … och A. Lenihan 116,5 timmar`).
        return true;
    }
    // Another initial follows, then a name: `and C. S. Lewis` (not after a label:
    // `Annex C. B. Smith …`).
    let stop =
        text.get(letter_start..).and_then(|token| token.find('.')).map_or(text.len(), |at| letter_start + at);
    let after = text.get(stop + 1..).unwrap_or("").trim_start();
    let mut next = after.chars();
    if let (Some(initial), Some('.'), Some(space)) = (next.next(), next.next(), next.next())
        && initial.is_uppercase()
        && initial != 'I'
        && space.is_whitespace()
        && next.as_str().trim_start().starts_with(char::is_uppercase)
    {
        return true;
    }
    if previous.contains(|c: char| c.is_ascii_digit()) {
        // A mark of the number before it, not a name: the appeal in `Case C-352/19 P. The …`.
        return false;
    }
    if name_ends_sentence(text, letter_start) {
        // A name alone is no sentence: `signed by the Vice-President and J. Borrell.`
        return true;
    }
    previous.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `rest` opens a sentence that a capital letter and its full stop before it end, not
/// a name that the letter is the initial of: a word the table lists as opening sentences, of
/// two letters or more (`Mr X. In his application …`, `Ms Y. According to …`), or a capital
/// letter alone before a lower-case word, as no name is one letter (`lodged by Z. Z claims …`,
/// `av Y. Y gör gällande …`) and a word of one letter opens a sentence (`by J. A number of …`).
fn opens_sentence_after_letter(rest: &str, table: &Table) -> bool {
    let word = next_word(rest);
    if word.chars().count() > 1 && table.lists_sentence_starter(word) {
        return true;
    }
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(|c| c == ' ' || c == '\u{a0}')
        && chars.next().is_some_and(char::is_lowercase)
}

/// Whether `rest` opens with a word that opens a clause and is no name: one of
/// [`Table::clause_openers`], or a word of two letters or more that the table lists as opening
/// sentences (`However,`, `In addition`), whatever punctuation follows it.
fn opens_clause(rest: &str, table: &Table) -> bool {
    if !rest.starts_with(char::is_uppercase) {
        return false;
    }
    let word = next_word(rest);
    table.clause_openers.contains(&word) || word.chars().count() > 1 && table.lists_sentence_starter(word)
}

/// Whether `rest` opens with a Roman numeral of two letters or more in capitals and no letter
/// after it (`XX GATT`, `II till`, `XX(b)`): the number of an article or an annex. A numeral of
/// one letter, which may also be a word or an initial (`I`, `V`), is one only before a
/// paragraph's number or a bracket (`I:1 GATT`, `V(2)`) or an act's short name (`I GATT`, `V
/// GATS`).
fn opens_roman_numeral(rest: &str, table: &Table) -> bool {
    let letters = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let after = &rest[letters..];
    if !is_roman_numeral(&rest[..letters]) || after.starts_with(char::is_alphabetic) {
        return false;
    }
    letters >= 2
        || after.strip_prefix(':').is_some_and(|number| number.starts_with(|c: char| c.is_ascii_digit()))
        || after.starts_with('(')
        || after.strip_prefix(' ').is_some_and(|name| opens_act_name(name, table))
}

/// How many words [`opens_publisher`] reads at most.
const PUBLISHER_WORDS: usize = 5;

/// Whether `rest` opens with a publisher's or a place's name as a reference gives it after an
/// edition: capitalised words (and links such as `of`, `&`), the last closed by a comma or a
/// colon (`Oxford University Press, 2020`, `Stockholm: Norstedts`), not a sentence (`Nästa
/// upplaga utkommer 2026.`).
fn opens_publisher(rest: &str) -> bool {
    for word in rest.split_whitespace().take(PUBLISHER_WORDS) {
        let capitalised = word.starts_with(char::is_uppercase);
        if !capitalised && !matches!(word, "of" | "&" | "and" | "och" | "for" | "för") {
            return false;
        }
        if word.ends_with([',', ':']) {
            return capitalised;
        }
    }
    false
}

/// Whether `token` is the number of an edition: digits, alone or with an ordinal's ending
/// (`7`, `7th`, `3rd`, `3:e`, `2:a`).
fn names_edition(token: &str) -> bool {
    let ending = token.trim_start_matches(|c: char| c.is_ascii_digit());
    ending.len() < token.len() && matches!(ending, "" | "st" | "nd" | "rd" | "th" | ":e" | ":a")
}

/// Whether `word` is a grade of a scale in capitals: one to three capital letters and a sign
/// (`BB`, `AAA`, `BB+`, `E`).
fn is_grade(word: &str) -> bool {
    let letters = word.trim_end_matches(['+', '-']);
    (1..=3).contains(&letters.len()) && letters.bytes().all(|byte| byte.is_ascii_uppercase())
}

/// The token before the one at `at` as written, after any opening punctuation (`Dr.`,
/// `Registrar:`, `C-352/19`), and its word without punctuation around it (`Dr`,
/// `Registrar`); both empty at the start of the text.
fn word_before(text: &str, at: usize) -> (&str, &str) {
    let previous_token = previous_token_text(text, at).trim_start_matches(|c: char| !c.is_alphanumeric());
    (previous_token, previous_token.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// The white-space-delimited token before the one at `at`, as written.
fn previous_token_text(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    &before[token_start(before, before.len())..]
}

/// Whether `token` is a number as written before a unit: digits, with decimal or group marks
/// and a sign or an opening bracket before them (`0.4`, `2,6`, `+1.2`, `(−0.3`), or a range of
/// them (`9–11` before `a.m.`), no punctuation after them (`29.6.2013,` before `p. 31` is a
/// date in a list).
fn is_number(token: &str) -> bool {
    let digits =
        token.trim_start_matches(|c: char| is_opening(c) || matches!(c, '+' | '-' | '−' | '–' | '±'));
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.ends_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '-' | '–'))
}

/// Whether `core` (a token before its full stop) is a single letter.
fn is_letter(core: &str) -> bool {
    let mut chars = core.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Whether the word after the initial at `letter_start` is a capitalised name that ends a
/// sentence itself (`J. Borrell.`, `J. Borrell.”`): then the letter is an initial, as a
/// sentence of one name would be implausible.
fn name_ends_sentence(text: &str, letter_start: usize) -> bool {
    let Some(word) = after_initial(text, letter_start).split_whitespace().next() else { return false };
    let word = word.trim_end_matches(is_close);
    let Some(name) = word.strip_suffix(['.', '!', '?']) else { return false };
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.as_str().contains(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// Particles that may stand between an initial and a surname (`T. von Danwitz`).
const NAME_PARTICLES: &[&str] =
    &["da", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von"];

/// Whether the words after the initial at `letter_start` (and its full stop) read as a name in a
/// list: a capitalised word (after a particle, if any) that the table does not list as starting
/// sentences, followed by a comma, a bracket, a joiner (`och`), a capitalised word or the end,
/// never by another word in lower case as a sentence goes on.
fn next_is_name(text: &str, letter_start: usize, table: &Table) -> bool {
    opens_name(after_initial(text, letter_start), table)
}

/// Whether `rest` opens with a name as [`next_is_name`] reads one after an initial.
fn opens_name(rest: &str, table: &Table) -> bool {
    let mut words = rest.split_whitespace();
    let mut word = words.next().unwrap_or_default();
    if NAME_PARTICLES.contains(&word) {
        word = words.next().unwrap_or_default();
    }
    let name = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let goes_on = if name.len() < word.len() {
        word.get(name.len()..).unwrap_or_default().chars().next()
    } else {
        // A joiner goes on in a list of names (`O. Spineanu-Matei och M. Condinanzi`).
        words.next().and_then(|next| if table.is_name_joiner(next) { Some(',') } else { next.chars().next() })
    };
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase)
        && !table.lists_sentence_starter(name)
        && goes_on.is_none_or(|c| matches!(c, ',' | ';' | '(' | ')') || c.is_uppercase())
}

/// Whether `rest` opens with the initials of a given name: `K.`, `J.-C.`, `M.L.`.
fn opens_initial(rest: &str) -> bool {
    let core = next_token(rest).strip_suffix('.').unwrap_or_default();
    is_letter(core) && core.starts_with(char::is_uppercase)
        || is_hyphenated_initial(core)
        || is_dotted_initialism(core)
}

/// Whether the word after the initial at `letter_start` (and its full stop) is capitalised.
fn next_word_capitalised(text: &str, letter_start: usize) -> bool {
    after_initial(text, letter_start)
        .split_whitespace()
        .next()
        .is_some_and(|word| word.starts_with(char::is_uppercase))
}

/// The text after the full stop of the initial at `letter_start`.
fn after_initial(text: &str, letter_start: usize) -> &str {
    text.get(letter_start..).and_then(|rest| rest.split_once('.')).map_or("", |(_, rest)| rest)
}

/// How far around an initial [`near_other_initials`] looks, in bytes each way.
const NAME_LIST_REACH: usize = 60;

/// Whether another initial before a capitalised word (`T. von`, `M.L. Arastey`, `F. Biltgen`)
/// stands within [`NAME_LIST_REACH`] bytes of the one at `letter_start`.
fn near_other_initials(text: &str, letter_start: usize) -> bool {
    let bytes = text.as_bytes();
    let from = letter_start.saturating_sub(NAME_LIST_REACH);
    let to = (letter_start + NAME_LIST_REACH).min(bytes.len());
    // The initial's own token (`M.L.`) is not another one.
    let own = letter_start..letter_start + 4;
    (from..to).filter(|at| !own.contains(at)).any(|at| {
        let word_start = at == 0 || bytes.get(at - 1).is_some_and(|b| matches!(b, b' ' | b'(' | b'.'));
        let initial = bytes.get(at).is_some_and(u8::is_ascii_uppercase) && bytes.get(at + 1) == Some(&b'.');
        let then = bytes.get(at + 2..at + 4).unwrap_or_default();
        let name_after = match then {
            [b' ', next] => next.is_ascii_alphabetic() || *next >= 0x80,
            [next, b'.'] => next.is_ascii_uppercase(),
            _ => false,
        };
        word_start && initial && name_after
    })
}

/// Whether the `I` before a full stop at `letter_start` is the initial between a given name
/// and a surname (`Albert I. Jones`), not the roman numeral one (`Annex I. The`, `World War I`,
/// `Charles I. He`): after a capitalised word that labels nothing and follows no capitalised
/// word, before a capitalised word that does not start sentences.
fn is_initial_i(text: &str, letter_start: usize, table: &Table) -> bool {
    let capitalised = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.as_str().chars().all(char::is_lowercase)
    };
    let mut before = text[..letter_start].split_whitespace().rev();
    let (Some(given), earlier) = (before.next(), before.next()) else { return false };
    let after = text.get(letter_start + 2..).unwrap_or("");
    let Some(surname) = after.split_whitespace().next() else { return false };
    let surname = surname.trim_end_matches(|c: char| !c.is_alphanumeric());
    given.chars().count() > 1
        && capitalised(given)
        && !table.is_label(given)
        && !table.starts_sentence_after_initialism(given)
        && !earlier.is_some_and(|word| word.starts_with(char::is_uppercase))
        && surname.chars().count() > 1
        && capitalised(surname)
        && !table.starts_sentence_after_initialism(surname)
}

/// Whether `text` ends with an initial and a name (`A. Jones`, `J. R. Smith`).
fn follows_initial_and_name(text: &str) -> bool {
    let text = text.trim_end();
    let Some(name) = text.rsplit(char::is_whitespace).next() else { return false };
    let rest = text[..text.len() - name.len()].trim_end();
    let mut initial = rest.rsplit(char::is_whitespace).next().unwrap_or_default().chars();
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).all(char::is_alphabetic)
        && initial.next().is_some_and(|letter| letter.is_uppercase() && letter != 'I')
        && initial.as_str() == "."
}

/// `core` numbers a heading or list item: digits with dots, a roman numeral or one letter.
fn is_enumerator(core: &str) -> bool {
    if core.is_empty() || core.len() > 12 || !core.is_ascii() && core.chars().count() > 1 {
        return false;
    }
    // A paragraph an amendment inserts carries a letter or two after its number (`2a.`, `3aa.`).
    let figures = core.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let numeric = core.starts_with(|c: char| c.is_ascii_digit())
        && core.len() - figures.len() <= 2
        && figures.chars().all(|c| c.is_ascii_digit() || c == '.');
    let roman = is_roman_numeral(core);
    let letter = core.chars().count() == 1 && core.chars().all(char::is_alphabetic);
    numeric || roman || letter
}

/// A roman numeral up to 89 (`IV`, `xii`), in one case: enough for heading numbers,
/// and strict, so that words such as `civil` or `Vi` are not taken for one.
fn is_roman_numeral(core: &str) -> bool {
    let upper = core.to_ascii_uppercase();
    if core.is_empty() || (core != upper && core != core.to_ascii_lowercase()) {
        return false;
    }
    let rest = upper.strip_prefix('L').unwrap_or(&upper);
    let tens = rest.bytes().take_while(|&b| b == b'X').count();
    if tens > 3 {
        return false;
    }
    let units = &rest[tens..];
    let units_ok = matches!(units, "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX");
    let forty = rest.starts_with("XL")
        && matches!(&rest[2..], "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX");
    units_ok || forty
}

/// Whether only spaces separate `offset` from the start of the text or of a line.
fn is_line_start(text: &str, offset: usize) -> bool {
    let before = text[..offset].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// The start of the white-space-delimited token that ends at `end`, bounded by
/// [`MAX_TOKEN_BYTES`].
fn token_start(text: &str, end: usize) -> usize {
    let head = &text[..end];
    let mut start = end;
    // An ASCII byte is a character of its own, white space when it is `\t` to `\r` or the
    // space: most tokens are read back without decoding, the rest from their first
    // character beyond ASCII on.
    while let Some(&byte) = start.checked_sub(1).and_then(|at| head.as_bytes().get(at)) {
        if !byte.is_ascii() {
            break;
        }
        if matches!(byte, b'\t'..=b'\r' | b' ') || end - (start - 1) > MAX_TOKEN_BYTES {
            return start;
        }
        start -= 1;
    }
    for (offset, c) in head[..start].char_indices().rev() {
        if c.is_whitespace() || end - offset > MAX_TOKEN_BYTES {
            break;
        }
        start = offset;
    }
    start
}

/// The end of a footnote call glued to the end of a sentence, as text extracted from a PDF or
/// a call with no definition keeps it (`in 2025.[3] The`, `.[^3]`, `.(4)`, `3 %.³ Löner`):
/// digits (or a label after `^`) in square brackets, digits in round brackets, or superscript
/// digits, right at `at`; `at` itself where none stands there.
fn footnote_call_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    let superscript = rest.chars().take_while(|c| matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')).count();
    if superscript > 0 {
        return at + rest.chars().take(superscript).map(char::len_utf8).sum::<usize>();
    }
    let bytes = rest.as_bytes();
    let (label_start, close) = match bytes {
        [b'[', b'^', ..] => (2, b']'),
        [b'[', ..] => (1, b']'),
        [b'(', ..] => (1, b')'),
        _ => return at,
    };
    let label_len = bytes.iter().skip(label_start).take_while(|b| b.is_ascii_alphanumeric()).count();
    let digits_only = bytes.iter().skip(label_start).take(label_len).all(u8::is_ascii_digit);
    let fits = if label_start == 2 {
        (1..=10).contains(&label_len)
    } else {
        (1..=3).contains(&label_len) && digits_only
    };
    if fits && bytes.get(label_start + label_len) == Some(&close) {
        at + label_start + label_len + 1
    } else {
        at
    }
}

/// The end of a footnote's number glued to the full stop at `stop`, as text taken from a PDF
/// has it (`… of the Directive.14 Five Member States …`): one to three digits right after the
/// full stop of a plain word of four letters or more (no abbreviation, no number: `No.14`,
/// `2024.14`), then white space and a capital. `stop + 1` when there is none.
fn glued_call_end(text: &str, stop: usize, table: &Table) -> usize {
    let after = stop + 1;
    let bytes = text.as_bytes();
    let digits = bytes.get(after..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    if !(1..=3).contains(&digits) {
        return after;
    }
    let rest = text.get(after + digits..).unwrap_or_default();
    let next = rest.trim_start();
    if next.len() == rest.len() || !next.starts_with(char::is_uppercase) {
        return after;
    }
    let token_start = token_start(text, stop);
    let word = &text[token_start..stop];
    let plain = word.chars().count() >= 4 && word.chars().all(char::is_alphabetic);
    if plain && text.get(token_start..after).is_some_and(|token| table.abbreviation(token).is_none()) {
        after + digits
    } else {
        after
    }
}

/// Sentence-ending punctuation: UAX #29 `ATerm` (`.`) and the common `STerm`s of
/// European text.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closing punctuation that belongs to the sentence before it (UAX #29 `Close`, and
/// quotes, which may close as well as open).
fn is_close(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›' | '“' | '‘' | '«' | '‹' | '⟩')
}

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '»'
            | '›'
            | '”'
            | '’'
            | '¿'
            | '¡'
    )
}

fn skip_while(text: &str, from: usize, keep: impl Fn(char) -> bool) -> usize {
    let rest = &text[from..];
    rest.char_indices().find(|&(_, c)| !keep(c)).map_or(text.len(), |(offset, _)| from + offset)
}

fn skip_whitespace(text: &str, from: usize) -> usize {
    skip_while(text, from, char::is_whitespace)
}

/// A blank line (two line feeds) or U+2029 separates paragraphs: always a boundary.
fn is_paragraph_break(space: &str) -> bool {
    space.contains('\u{2029}') || space.bytes().filter(|&b| b == b'\n').count() >= 2
}

fn has_content(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_some_and(|s| s.chars().any(|c| !c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn candidates_are_the_table_bytes_from_any_point_on(
            text in "[a. !?\n…’”\u{2029}A-Z0-9é]{0,200}",
            steps in proptest::collection::vec(0usize..12, 0..40),
        ) {
            let bytes = text.as_bytes();
            let expected = |from: usize| {
                (from..bytes.len()).find(|&k| CANDIDATE[usize::from(bytes[k])]).unwrap_or(bytes.len())
            };
            let mut candidates = Candidates::new(bytes);
            let mut from = 0;
            for step in steps {
                proptest::prop_assert_eq!(candidates.next(from), expected(from));
                from = (from + step).min(bytes.len());
            }
            proptest::prop_assert_eq!(candidates.next(bytes.len()), bytes.len());
        }
    }

    proptest::proptest! {
        #[test]
        fn one_sentence_is_what_the_scan_finds(
            text in "[a. !?\n…’”\u{2029}A-Z0-9é)\"'\\]]{0,40}[.!?)\"'\\]}]{0,4}",
            swedish in proptest::bool::ANY,
        ) {
            let lang = if swedish { crate::text::Lang::Sv } else { crate::text::Lang::En };
            let table = super::super::tables::for_lang(lang);
            let scanned = scan(&text, table, Candidates::new(text.as_bytes()));
            let expected = if text.is_empty() { Vec::new() } else { scanned };
            proptest::prop_assert_eq!(sentences(&text, table), expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn token_start_is_the_char_scan(text in "[a. \t\n\u{0b}\u{85}\u{a0}\u{2009}–/é-]{0,70}", cut in 0usize..80) {
            let mut end = cut.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let mut expected = end;
            for (offset, c) in text[..end].char_indices().rev() {
                if c.is_whitespace() || end - offset > MAX_TOKEN_BYTES {
                    break;
                }
                expected = offset;
            }
            proptest::prop_assert_eq!(token_start(&text, end), expected);
        }

        #[test]
        fn after_joiner_is_the_char_scan(word in "[a/–—−éē\u{2093}\u{1093}.-]{0,12}") {
            let expected = word
                .char_indices()
                .rev()
                .find(|(_, c)| matches!(c, '-' | '–' | '/'))
                .and_then(|(at, joiner)| word.get(at + joiner.len_utf8()..))
                .filter(|last| last.starts_with(char::is_alphabetic));
            proptest::prop_assert_eq!(after_joiner(&word), expected);
        }
    }

    #[test]
    fn roman_numerals() {
        for numeral in ["I", "IV", "IX", "XII", "XL", "XLIV", "LXXXIX", "iv", "xii"] {
            assert!(is_roman_numeral(numeral), "{numeral}");
        }
        for word in ["", "civil", "Vi", "IIII", "VX", "CIVIL", "LL", "Xi"] {
            assert!(!is_roman_numeral(word), "{word}");
        }
    }

    #[test]
    fn enumerators() {
        for core in ["2", "4.1", "29.1", "IV", "A", "b", "2a", "3aa"] {
            assert!(is_enumerator(core), "{core}");
        }
        for core in ["", "2abc", "a2", "2A", "Art", "civil", "12345678901234"] {
            assert!(!is_enumerator(core), "{core}");
        }
    }
}
