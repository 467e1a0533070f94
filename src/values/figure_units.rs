//! The unit a figure counts, where a unit word or symbol follows it: `7 days` and `sju dagar`
//! count days, `1 200 MW` megawatts. The unit goes into the value's `detail`, not its key: the
//! two versions' figures pair as before, and the check compares their units where both name
//! one (`inom sju veckor` for `within seven days`, `1 200 kW` for `1,200 MW`).

use super::number::Decimal;
use super::tables::{
    BOUND_SYMBOLS, CURRENT_SYMBOLS, DATA_RATE_SYMBOLS, DEGREE_WORDS, LangTable, OIL_EQUIVALENT_WORDS,
    POWERED_UNIT_SYMBOLS, SCALED_UNIT_SYMBOLS, SIGN_SYMBOLS, SUPPLEMENTARY_UNITS, TEMPERATURE_SCALES,
    TEMPERATURE_SYMBOLS, TIME_SYMBOLS, UNIT_SYMBOLS, VOLTAGE_CURRENTS, WEIGHT_BASES, WEIGHTED_DECIBELS,
    table,
};
use super::{Bound, Change, Relation, Sign, Value, ValueKind, ends_with_words, starts_with_word, word_is};

/// [`word_is`] behind its test of the lengths, made here: most entries of a list fail it, and
/// the lists are tried after every figure.
#[inline]
fn is_entry(word: &str, entry: &str) -> bool {
    word.len() == entry.len() && word_is(word, entry)
}

/// [`starts_with_word`] behind a test of the first bytes (ASCII case aside), which most
/// phrases of a list fail for most texts: the phrase lists are tried after every figure.
#[inline]
fn starts_with_phrase(text: &str, phrase: &str) -> bool {
    match (text.as_bytes().first(), phrase.as_bytes().first()) {
        (Some(first), Some(phrase_first)) if !first.eq_ignore_ascii_case(phrase_first) => false,
        _ => starts_with_word(text, phrase),
    }
}

/// [`ends_with_words`] behind a test of the last bytes (ASCII case aside), as
/// [`starts_with_phrase`] tests the first.
#[inline]
fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    match (text.as_bytes().last(), phrase.as_bytes().last()) {
        (Some(last), Some(phrase_last)) if !last.eq_ignore_ascii_case(phrase_last) => false,
        _ => ends_with_words(text, phrase),
    }
}
use crate::text::Lang;

/// Sets the `detail` of every plain figure or range of them of `values` (keys `num:`,
/// `num-range:`) that a unit follows in `text` to that unit's name (`day`, `MW`): a unit after
/// the second bound counts both (`800–1 200 km`, `between 18 and 24 months`).
pub(crate) fn mark(text: &str, lang: Lang, values: &mut [Value]) {
    let lang_table = table(lang);
    for value in values.iter_mut() {
        if value.kind == ValueKind::Date && value.detail.is_none() {
            count_of_time(text, lang_table, value);
        }
        if value.key == "frac:1/2" && half_of_time(text, lang_table, value) {
            continue;
        }
        if value.kind == ValueKind::Number {
            value.per = rate_period(text, value.span.end, lang_table).or_else(|| {
                value
                    .key
                    .starts_with("amount:")
                    .then(|| noun_period(text, value.span.start, lang_table))
                    .flatten()
            });
        }
        if value.kind != ValueKind::Number || value.detail.is_some() {
            continue;
        }
        if value.key.starts_with("num:") || value.key.starts_with("num-range:") {
            let unit = unit_after(text, bracket_end(text, &value.span), lang_table)
                .or_else(|| volume_per_quantity(text, &value.span))
                .or_else(|| litre_after(text, &value.span, lang_table));
            if let Some(unit) = unit {
                // The part after a slash or `per` is the unit's too (`kW/kg`, `km/hour`), but
                // for a unit of time.
                let per_part = (!TIME_UNITS.contains(&unit) && !unit.ends_with("/s"))
                    .then(|| unit_per_part(text, bracket_end(text, &value.span), lang_table))
                    .flatten();
                value.detail = Some(unit.to_string());
                unscale(text, value);
                // The basis of a weight, where no unit it is given per follows (`21 kg live
                // weight per m²` stays `kg/m2`).
                if per_part.is_none()
                    && let Some(weighed) = weight_basis(text, value, lang_table)
                {
                    value.detail = Some(weighed.to_string());
                }
                if let (Some(per), Some(detail)) = (per_part, value.detail.as_mut()) {
                    detail.push('/');
                    detail.push_str(per);
                }
            } else if let Some(unit) = count_per_unit(text, value.span.end, lang_table) {
                value.detail = Some(format!("per {unit}"));
            }
        } else if value.key.starts_with("ratio:1/")
            && let Some(unit) =
                unit_after(text, value.span.end, lang_table).filter(|unit| TIME_UNITS.contains(unit))
        {
            // A recurrence counts its period in a unit of time (`every 5 minutes`, `var femte
            // minut`), which `var femte timme` changes.
            value.detail = Some(unit.to_string());
        } else if value.key.starts_with("amount:")
            && let Some(unit) = per_unit_after(text, value.span.end, lang_table)
        {
            value.detail = Some(format!("per {unit}"));
        } else if value.key.starts_with("pct")
            && let Some(basis) = share_basis(text, &value.span, lang_table)
        {
            value.detail = Some(basis.to_string());
        }
    }
    for value in values.iter_mut() {
        if value.kind == ValueKind::Number {
            value.sign = sign_before(text, value);
            // A relation word at the figure, before or after it, is nearer than an adjective
            // of its noun: in `maximum capacity of 0,8 kW or more` the adjective names the
            // quantity, which `or more` bounds.
            let limit = bound_before(text, value, lang_table)
                .or_else(|| bound_after(text, value, lang_table))
                .or_else(|| noun_bound(text, value, lang_table))
                .or_else(|| offset_bound(text, value, lang_table));
            value.bound = limit.map(|(bound, _)| bound);
            value.relation = match limit {
                Some((_, relation)) => relation,
                None => approximated(text, value, lang_table).then_some(Relation::About),
            };
            value.change = rounding(text, value, lang_table)
                .or_else(|| change_before(text, value, lang_table))
                .or_else(|| change_after(text, value, lang_table))
                .or_else(|| offset_direction(text, value, lang_table));
        } else if value.key.starts_with("date:")
            || value.key.starts_with("day:")
            || value.key.starts_with("time:")
        {
            value.bound = date_bound(text, value, lang_table);
        }
    }
    dated_times(text, lang_table, values);
    shared_bound_units(text, lang_table, values);
    shared_list_units(text, lang_table, values);
}

/// Gives the bare first of two bounds of opposite directions joined by a word of
/// `bound_joiners` the unit written once after the second (`minst 12 men högst 16 viktprocent`,
/// `12 or more but not more than 16 %`, `at least 3 and at most 5 mm`): as the unit after a
/// range's second bound counts both, the two limits of one span share it, where the other
/// version may write it after each (`12 % or more but not more than 16 %`). Only a percentage,
/// percentage points or a figure of a unit that holds no scale, and only where nothing but the
/// bound words and the joiner stand between the two figures (`minst 12 personer men högst 16
/// %` keeps its bare count).
fn shared_bound_units(text: &str, lang_table: &LangTable, values: &mut [Value]) {
    for at in 1..values.len() {
        let (first, second) = (&values[at - 1], &values[at]);
        let (Some(low), Some(high)) = (first.bound, second.bound) else { continue };
        if low.direction() == high.direction()
            || first.kind != ValueKind::Number
            || second.kind != ValueKind::Number
            || first.detail.is_some()
            || first.span.end > second.span.start
        {
            continue;
        }
        let Some(figure) = first.key.strip_prefix("num:") else { continue };
        let (prefix, suffix) = match second.key.split_once(':') {
            Some(("pct", _)) => ("pct:", " %"),
            Some(("pp", _)) => ("pp:", " pp"),
            // A unit that holds a scale (`2–3 Mt`) has scaled the second figure's key.
            Some(("num", _))
                if second.detail.is_some()
                    && !text.get(second.span.clone()).is_some_and(|written| {
                        SCALED_UNIT_SYMBOLS.iter().any(|(symbol, ..)| written.ends_with(symbol))
                    }) =>
            {
                ("num:", "")
            }
            _ => continue,
        };
        let Some(gap) = text.get(first.span.end..second.span.start) else { continue };
        if !bound_words_between(gap, lang_table) {
            continue;
        }
        let (key, display, detail) =
            (format!("{prefix}{figure}"), format!("{}{suffix}", first.display), second.detail.clone());
        let first = &mut values[at - 1];
        first.key = key;
        first.display = display;
        first.detail = detail;
    }
}

/// Gives the bare figures of a list the percent sign or percentage points written once after
/// its last member (`0,01 respektive 0,05 viktprocent` = `0.01% and 0.05% by weight`, `10, 20
/// och 30 %`, `10–15 och 20 %`): as the unit after a range's second bound counts both, the
/// one unit of a list counts each member, where the other version may write it after each.
/// Only where nothing but a word of `unit_list_joiners` joins the last two members and nothing but
/// a comma or such a word the others, never a comma and a word (`10 personer och 15 %` keeps its bare count, and so does
/// `Of these 300, 15%`), and only a percentage or percentage points, which a bare figure is
/// never compared with: each member's figure keeps its place, so the two shares given the
/// other way round are still two changed figures.
fn shared_list_units(text: &str, lang_table: &LangTable, values: &mut [Value]) {
    for at in (1..values.len()).rev() {
        let last = &values[at];
        if last.kind != ValueKind::Number {
            continue;
        }
        let (range_prefix, prefix, suffix) = match last.key.split_once(':') {
            Some(("pct" | "pct-range", _)) => ("pct-range:", "pct:", " %"),
            Some(("pp" | "pp-range", _)) => ("pp-range:", "pp:", " pp"),
            _ => continue,
        };
        let detail = last.detail.clone();
        let (mut start, mut comma) = (last.span.start, false);
        for member in values[..at].iter_mut().rev() {
            if member.kind != ValueKind::Number || member.detail.is_some() || member.span.end > start {
                break;
            }
            let Some(gap) = text.get(member.span.end..start) else { break };
            if !list_gap(gap, comma, lang_table) {
                break;
            }
            // The last two members are joined by a word, the others by a comma too.
            comma = true;
            let key = if let Some(figure) = member.key.strip_prefix("num:") {
                format!("{prefix}{figure}")
            } else if let Some(figures) = member.key.strip_prefix("num-range:") {
                format!("{range_prefix}{figures}")
            } else {
                break;
            };
            member.key = key;
            member.display.push_str(suffix);
            member.detail.clone_from(&detail);
            start = member.span.start;
        }
    }
}

/// Whether `gap`, the text between two figures, only joins them as members of a list: a word
/// of `unit_list_joiners` (` och `, ` respektive `), or, where `comma` allows it, a comma
/// alone. A comma before the word joins clauses (`between 30 and 54, and 28 %`), and `or`
/// may set a count beside its share (`1 638 eller 48 %`): no members of one list.
fn list_gap(gap: &str, comma: bool, lang_table: &LangTable) -> bool {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let rest = gap.trim_matches(spaces);
    if comma && rest == "," {
        return true;
    }
    lang_table.unit_list_joiners.iter().any(|joiner| is_entry(rest, joiner))
}

/// Whether `gap`, the text between two figures, holds only the words that join two bounds: a
/// relation word after the first figure (`or more`), a word of `bound_joiners` (`men`, `but`)
/// and a relation word before the second (`högst`, `not more than`).
fn bound_words_between(gap: &str, lang_table: &LangTable) -> bool {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let mut rest = gap.trim_matches(spaces);
    if let Some((phrase, _)) = lang_table
        .figure_bounds_after
        .iter()
        .filter(|(phrase, _)| starts_with_phrase(rest, phrase))
        .max_by_key(|(phrase, _)| phrase.len())
    {
        rest = rest[phrase.len()..].trim_start_matches(spaces);
    }
    let Some(joiner) = lang_table.bound_joiners.iter().find(|joiner| starts_with_phrase(rest, joiner)) else {
        return false;
    };
    let rest = rest[joiner.len()..].trim_start_matches(spaces);
    lang_table.figure_bounds.iter().any(|(phrase, _)| word_is(rest, phrase))
}

/// Gives a time of day of no bound of its own the bound of the day it is written after (`no
/// later than 18 May 2026 at 12:00`, `senast den 18 maj 2026 kl. 12.00`): the limit is the
/// day's and its hour's, as `senast kl. 12.00 den 18 maj 2026` writes it before the day.
fn dated_times(text: &str, lang_table: &LangTable, values: &mut [Value]) {
    for at in 0..values.len() {
        let Some(time) = values.get(at) else { continue };
        if !time.key.starts_with("time:") || time.bound.is_some() {
            continue;
        }
        let start = time.span.start;
        let day = values[..at].iter().rev().find(|day| {
            day.span.end <= start && (day.key.starts_with("date:") || day.key.starts_with("day:"))
        });
        let Some(day) = day else { continue };
        let Some(bound) = day.bound else { continue };
        let joined = text.get(day.span.end..start).is_some_and(|gap| time_joined_to_day(gap, lang_table));
        if let (true, Some(time)) = (joined, values.get_mut(at)) {
            time.bound = Some(bound);
        }
    }
}

/// Whether `gap`, the text between a day and a time of day, joins them as one moment: spaces,
/// a comma, and a clock word or a preposition of the hour (`, at`, `kl.`).
fn time_joined_to_day(gap: &str, lang_table: &LangTable) -> bool {
    gap.split([' ', '\u{a0}', '\u{202f}', '\u{2009}', ','])
        .filter(|word| !word.is_empty())
        .try_fold(0usize, |count, word| {
            let link = lang_table
                .clock_words
                .iter()
                .chain(lang_table.hour_prepositions)
                .any(|link| is_entry(word, link));
            (link && count == 0).then_some(count + 1)
        })
        .is_some()
}

/// The direction of the limit a relation phrase sets on the day `value` (a `date:` value, a
/// `day:` value of no year, `on 15 October or earlier`, or a `time:` of day after its clock
/// word, `senast kl. 12.00`): the
/// longest phrase of the language's `date_bounds` that ends the text before it, an article
/// between them aside (`on or after 1 June 2025`, `senast den 1 juni 2025`), else the longest
/// of its `date_bounds_after` right after it (`den 1 juni 2025 eller senare`). None where a
/// negation stands a few words before the phrase (`shall not apply before 1 July`).
fn date_bound(text: &str, value: &Value, lang_table: &LangTable) -> Option<Bound> {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let mut before = text.get(..value.span.start)?.trim_end_matches(spaces);
    // A time of day after its clock word (`senast kl. 12.00`).
    if value.key.starts_with("time:")
        && let Some(word) = lang_table.clock_words.iter().find(|word| ends_with_phrase(before, word))
    {
        before = before.get(..before.len() - word.len())?.trim_end_matches(spaces);
    }
    if let Some(article) = lang_table.date_articles.iter().find(|article| ends_with_phrase(before, article)) {
        before = before.get(..before.len() - article.len())?.trim_end_matches(spaces);
    }
    let phrase = lang_table
        .date_bounds
        .iter()
        .filter(|(phrase, _)| ends_with_phrase(before, phrase))
        .max_by_key(|(phrase, _)| phrase.len());
    if let Some(&(phrase, bound)) = phrase {
        let lead = before.get(..before.len() - phrase.len()).unwrap_or("");
        return (negation(lead, lang_table) == Negation::None).then_some(bound);
    }
    let rest = text.get(value.span.end..)?.trim_start_matches(spaces);
    lang_table
        .date_bounds_after
        .iter()
        .filter(|(phrase, _)| starts_with_phrase(rest, phrase))
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|&(_, bound)| bound)
}

/// How many words a word of change may stand before its figure (`fell by almost 16.4%`,
/// `minskade med drygt 16,4 %`).
const CHANGE_REACH: usize = 4;

/// How many words may stand between the preposition of a verb of change and the verb.
const SUBJECT_REACH: usize = 3;

/// The direction of the change that a word of change before the figure `value` names, with
/// only the language's `change_links` between (`fell by 16.4%`, `a fall of 16.4%`, `en
/// minskning med 16,4 %`, `prisökningen på 5 %`). A word of punctuation's end or any other
/// word between stops the search: `fell to 5%` names the level reached, not the change.
fn change_before(text: &str, value: &Value, lang_table: &LangTable) -> Option<Change> {
    change_before_compared(text, value, lang_table).map(|(change, _)| change)
}

/// Whether the figure `value` of `text` is the difference a verb of `comparison_verbs` names
/// (`exceeded the 2019 level by 1.8%`): what the figure is compared with, the verb's object,
/// then stands before it, where a comparison after the figure names it after (`1,8 % över
/// 2019 års nivå`).
pub(crate) fn object_compared(text: &str, value: &Value, lang: Lang) -> bool {
    value.change.is_some()
        && change_before_compared(text, value, table(lang)).is_some_and(|(_, compared)| compared)
}

/// [`change_before`], with whether a verb of `comparison_verbs` named the change.
fn change_before_compared(text: &str, value: &Value, lang_table: &LangTable) -> Option<(Change, bool)> {
    let from = super::number::floor_char_boundary(text, value.span.start.saturating_sub(96));
    let before = text.get(from..value.span.start)?;
    // A currency or sign written before the figure is part of it (`by EUR 2 million`).
    let before = before.trim_end_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}', '+', '−', '-']);
    // A bound of the figure right after the preposition of a verb of change limits the
    // change (`decreases by up to 70 %`, `minskar med upp till 70 %`): the search goes on
    // from the preposition.
    let before = bounded_change(before, lang_table).unwrap_or(before);
    // A noun of the measure after the preposition (`by a liberalisation rate of 0.1%`) stands
    // for the figure: the search goes on from the preposition.
    let before = measure_noun(before, lang_table).unwrap_or(before);
    // A noun of change, what it changes, and the figure's preposition (`an increase in final
    // body weight of 3.1%`).
    if let Some(change) = change_of_object(before, lang_table) {
        return Some((change, false));
    }
    // Words skipped between the preposition of a verb of change and the verb: its subject
    // after it in a Swedish clause (`sjönk basräntan för euroområdet med 28 baspunkter`) or its
    // object (`cut emissions by 55%`).
    let mut skipped: Option<usize> = None;
    let mut by_preposition = false;
    // The figure is the level the change reaches (`increased to 5.38%`).
    let mut reached = false;
    let reach = |change: Change, reached: bool| match change {
        Change::Rise if reached => Change::RiseTo,
        Change::Fall if reached => Change::FallTo,
        other => other,
    };
    let words = before.rsplit([' ', '\u{a0}', '\u{202f}', '\u{2009}', '\n']).filter(|word| !word.is_empty());
    for (taken, word) in words.enumerate() {
        if taken > CHANGE_REACH + SUBJECT_REACH || word.ends_with([',', ';', ':', '.', '(', ')']) {
            return None;
        }
        if let Some(&(_, change)) = lang_table.change_words.iter().find(|(entry, _)| is_entry(word, entry)) {
            // Only a verb reaches a level: a noun of change before it is the verb's subject
            // (`sjunker ökningen av andelen till [0–5] %`).
            if reached && !lang_table.change_verbs.iter().any(|verb| is_entry(word, verb)) {
                return None;
            }
            return Some((reach(change, reached), false));
        }
        if let Some(&(_, change)) = lang_table.change_word_endings.iter().find(|(ending, _)| {
            word.len() > ending.len()
                && word.get(word.len() - ending.len()..).is_some_and(|tail| is_entry(tail, ending))
        }) {
            if reached {
                return None;
            }
            return Some((change, false));
        }
        // A verb that compares its object, across the preposition only (`exceeded the 2019
        // level by 1.8%`; `exceeds 5 %` is a bound).
        if by_preposition
            && let Some(&(_, change)) =
                lang_table.comparison_verbs.iter().find(|(entry, _)| is_entry(word, entry))
        {
            return Some((change, true));
        }
        match skipped.as_mut() {
            Some(count) if *count < SUBJECT_REACH => *count += 1,
            Some(_) => return None,
            None if lang_table.change_prepositions.iter().any(|preposition| is_entry(word, preposition)) => {
                skipped = Some(0);
                by_preposition = true;
            }
            // The start of a change right before the figure (`rose from 17.6 kW`, `ökade antalet
            // från 5`): the verb's direction is the change the figure starts.
            None if taken == 0
                && lang_table
                    .change_origin_prepositions
                    .iter()
                    .any(|preposition| is_entry(word, preposition)) =>
            {
                skipped = Some(0);
            }
            // The level a change reaches right after the preposition of its verb (`höjs då
            // till 5,38 %`, `fell to 5%`): the verb's direction is the way it was reached.
            // A preposition that ends a bound is the bound's (`up to 70 %`, `begränsas till`).
            None if taken == 0
                && lang_table
                    .change_end_prepositions
                    .iter()
                    .any(|preposition| is_entry(word, preposition))
                && !lang_table.figure_bounds.iter().any(|(phrase, _)| ends_with_phrase(before, phrase)) =>
            {
                skipped = Some(0);
                reached = true;
            }
            None if taken > CHANGE_REACH => return None,
            None if !lang_table.change_links.iter().any(|link| is_entry(word, link)) => return None,
            None => {}
        }
    }
    None
}

/// Where `before`, the text before a figure, ends with a phrase of `figure_bounds` right
/// after the preposition of a verb of change (`by up to`, `med högst`): the text up to and
/// with that preposition. A bound after another word (`fell to at most 5%`) names no change.
fn bounded_change<'a>(before: &'a str, lang_table: &LangTable) -> Option<&'a str> {
    let (phrase, _) = lang_table
        .figure_bounds
        .iter()
        .filter(|(phrase, _)| ends_with_phrase(before, phrase))
        .max_by_key(|(phrase, _)| phrase.len())?;
    let head = before.get(..before.len() - phrase.len())?.trim_end_matches(WORD_SPACES);
    let (_, preposition) = last_word(head);
    lang_table.change_prepositions.iter().any(|entry| is_entry(preposition, entry)).then_some(head)
}

/// The direction of a rounding whose step the figure `value` is: a verb of rounding
/// (`rounding_stems`), its direction (`rounding_directions`) and a phrase of `rounding_leads`
/// right before the figure or its currency (`rounded upwards to the nearest 0,001 W/(m·K)`,
/// `avrundas nedåt till närmaste 10 000 EUR`, `rounded down to the nearest EUR 10 000`). A
/// value rounded the other way is another value, as a bound turned is.
fn rounding(text: &str, value: &Value, lang_table: &LangTable) -> Option<Change> {
    let from = super::number::floor_char_boundary(text, value.span.start.saturating_sub(64));
    let before = text.get(from..value.span.start)?;
    // A cheap byte test first: most figures follow no rounding.
    memchr::memmem::rfind(before.as_bytes(), b"und")?;
    // A currency code before the figure is part of it (`EUR 10 000`).
    let (head, word) = last_word(before);
    let before = if word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()) { head } else { before };
    let before = before.trim_end_matches(WORD_SPACES);
    let lead = lang_table
        .rounding_leads
        .iter()
        .filter(|lead| ends_with_phrase(before, lead))
        .max_by_key(|lead| lead.len())?;
    let (head, direction) = last_word(before.get(..before.len() - lead.len())?);
    let &(_, change) = lang_table.rounding_directions.iter().find(|(entry, _)| is_entry(direction, entry))?;
    let (_, verb) = last_word(head);
    let verb = verb.to_lowercase();
    lang_table.rounding_stems.iter().any(|stem| verb.starts_with(stem)).then_some(change)
}

/// How many words may name what a noun of change changes (`final body weight`).
const OBJECT_WORDS: usize = 3;

/// The direction a word of change names where `before`, the text before a figure, ends with
/// that word, a preposition of `change_object_prepositions`, up to [`OBJECT_WORDS`] words of
/// what changes and a preposition of `change_noun_prepositions` (`an increase in final body
/// weight of`, `en minskning av utsläppen på`): the figure is the change's amount.
fn change_of_object(before: &str, lang_table: &LangTable) -> Option<Change> {
    let (mut head, preposition) = last_word(before);
    if !lang_table.change_noun_prepositions.iter().any(|entry| is_entry(preposition, entry)) {
        return None;
    }
    for words in 0..=OBJECT_WORDS {
        let (rest, word) = last_word(head);
        if words > 0 && lang_table.change_object_prepositions.iter().any(|entry| is_entry(word, entry)) {
            let (_, noun) = last_word(rest);
            return lang_table.change_words.iter().find(|(entry, _)| is_entry(noun, entry)).map(|&(_, c)| c);
        }
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        head = rest;
    }
    None
}

/// How many words a noun of the measure of a change may have (`liberalisation rate`).
const MEASURE_NOUN_WORDS: usize = 2;

/// The spaces between words.
const WORD_SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The last word of `text` and the text before it, spaces at its end aside.
fn last_word(text: &str) -> (&str, &str) {
    let text = text.trim_end_matches(WORD_SPACES);
    let start =
        text.rfind(WORD_SPACES).map_or(0, |at| at + text[at..].chars().next().map_or(1, char::len_utf8));
    (&text[..start], &text[start..])
}

/// Where `before`, the text before a figure, names the figure by a noun of the measure of a
/// change after the preposition of its verb (`increased each year by a liberalisation rate of`,
/// `ökats med en liberaliseringstakt på`, `fell by an average of`): the text up to and with
/// that preposition, from which the search for the verb goes on.
fn measure_noun<'a>(before: &'a str, lang_table: &LangTable) -> Option<&'a str> {
    let (mut head, preposition) = last_word(before);
    if !lang_table.change_noun_prepositions.iter().any(|entry| is_entry(preposition, entry)) {
        return None;
    }
    for nouns in 0..=MEASURE_NOUN_WORDS {
        let (rest, word) = last_word(head);
        if nouns > 0 && lang_table.change_noun_articles.iter().any(|article| is_entry(word, article)) {
            let (_, change_preposition) = last_word(rest);
            return lang_table
                .change_prepositions
                .iter()
                .any(|entry| is_entry(change_preposition, entry))
                .then(|| rest.trim_end_matches(WORD_SPACES));
        }
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        head = rest;
    }
    None
}

/// How many words after a word of `comparison_prepositions` the noun of the reference may be
/// (`above the national reference value`).
const REFERENCE_REACH: usize = 4;

/// The direction a word of `comparison_prepositions` at the start of `rest`, the text after a
/// figure, names where a noun of `comparison_references` follows within a few words of its
/// clause and phrase, no preposition between (`above the national reference value`, `under
/// EU-genomsnittet`; not `under året jämfört med målet`).
fn comparison(rest: &str, lang_table: &LangTable) -> Option<Change> {
    let &(word, change) =
        lang_table.comparison_prepositions.iter().find(|(word, _)| starts_with_phrase(rest, word))?;
    // A compound (`above-mentioned`) is no preposition.
    let after = rest.get(word.len()..)?;
    if !after.starts_with(WORD_SPACES) {
        return None;
    }
    for word in after.split(WORD_SPACES).filter(|word| !word.is_empty()).take(REFERENCE_REACH) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let reference = lang_table.comparison_references.iter().any(|reference| {
            bare.len() >= reference.len()
                && bare.get(bare.len() - reference.len()..).is_some_and(|tail| is_entry(tail, reference))
        });
        if reference {
            return Some(change);
        }
        if bare.len() < word.len()
            || lang_table.figure_prepositions.iter().any(|preposition| is_entry(word, preposition))
        {
            return None;
        }
    }
    None
}

/// The direction of the change that a word right after the figure `value`, or after the unit
/// it counts, names (`1.4% more`, `16,4 % färre`, `a 5% increase`, `5 procentenheter lägre`;
/// a unit its words already hold too, `one day more`), or that a preposition of comparison
/// before a reference names (`0.20 minutes above the national reference value`), or a
/// comparative after one noun of what the figure counts and before the word that compares
/// (`three degrees more than plums`, `tre grader mindre än plommon`).
fn change_after(text: &str, value: &Value, lang_table: &LangTable) -> Option<Change> {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let mut rest = text.get(value.span.end..)?.trim_start_matches(spaces);
    let change_word = |rest: &str| {
        let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let word = rest.get(..word_len)?;
        lang_table
            .change_words_after
            .iter()
            .find(|(entry, _)| is_entry(word, entry))
            .map(|&(_, change)| change)
    };
    // A figure whose words hold its unit (`one day`) has the word of change right after it.
    if let Some(change) = change_word(rest) {
        return Some(change);
    }
    if let Some(change) = counted_comparative(rest, lang_table) {
        return Some(change);
    }
    // A figure whose span holds its unit (`131 Mtoe`) has the comparison right after it.
    if let Some(change) = comparison(rest, lang_table) {
        return Some(change);
    }
    // A unit of degrees is the figure's too where no unit is read (`1,5–3 °C högre`).
    if value.detail.is_some() && !value.key.starts_with("pct") || rest.starts_with('°') {
        let unit_len = rest.find(spaces).unwrap_or(rest.len());
        rest = rest.get(unit_len..)?.trim_start_matches(spaces);
    }
    change_word(rest).or_else(|| comparison(rest, lang_table)).or_else(|| {
        (value.key.starts_with("pct") || value.key.starts_with("pp"))
            .then(|| direct_comparison(rest, lang_table))
            .flatten()
    })
}

/// The direction a word of `comparison_direct` at the start of `rest`, the text after a
/// percentage, names where a definite article follows (`6.5 % below the TAC for 2025`): what
/// a share lies above or below with an article is what it is compared with.
fn direct_comparison(rest: &str, lang_table: &LangTable) -> Option<Change> {
    let &(word, change) =
        lang_table.comparison_direct.iter().find(|(word, _)| starts_with_phrase(rest, word))?;
    let after = rest.get(word.len()..)?;
    if !after.starts_with(WORD_SPACES) {
        return None;
    }
    let article = after.split(WORD_SPACES).find(|word| !word.is_empty())?;
    lang_table.comparison_articles.iter().any(|entry| is_entry(article, entry)).then_some(change)
}

/// The direction a comparative of `change_words_after` names where `rest`, the text after a
/// figure, starts with one word of letters in lower case, what the figure counts, then the
/// comparative and a word of `figure_bound_comparatives` (`degrees more than`, `grader mindre
/// än`): the figure is the difference, in that direction. Without the word that compares, a
/// word after a noun is no change of the figure's (`5 years more or less`).
fn counted_comparative(rest: &str, lang_table: &LangTable) -> Option<Change> {
    // A cheap test first: most texts after a figure start with no small letter.
    if !rest.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let mut words = rest.splitn(4, WORD_SPACES);
    let (noun, comparative, than) = (words.next()?, words.next()?, words.next()?);
    if !noun.chars().all(char::is_alphabetic)
        || !lang_table.figure_bound_comparatives.iter().any(|entry| is_entry(than, entry))
    {
        return None;
    }
    lang_table
        .change_words_after
        .iter()
        .find(|(entry, _)| is_entry(comparative, entry))
        .map(|&(_, change)| change)
}

/// Units of time, before which `under` and `over` name a period (`over three years`, `under
/// tre år`), not a bound.
const TIME_UNITS: &[&str] =
    &["second", "minute", "hour", "day", "week", "month", "year", "decade", "workday"];

/// The direction of the bound that a relation word or symbol right before the figure or range
/// `value` sets (`at least 30 %`, `högst 30 %`, `p < 0,01`, `does not exceed EUR 50 million`):
/// the longest phrase of the language's `figure_bounds` that ends the text before it, at a word's
/// start. A word that is also a preposition (`under`, `over`) counts only before a
/// percentage, an amount or a figure with a unit other than one of time; `up to` before any
/// figure (`up to 3 contractors`). With the bound, how it holds the figure, where known
/// ([`Relation`]: `<` and `more than` leave it out, `≤` and `at least` take it in).
fn bound_before(text: &str, value: &Value, lang_table: &LangTable) -> Option<(Bound, Option<Relation>)> {
    let before = text.get(..value.span.start)?.trim_end_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
    let last = *before.as_bytes().last()?;
    // An abbreviated limit with its full stop (`max. 0.2 g/kg`), a word of its own.
    if last == b'.'
        && let Some(&(_, bound)) = lang_table.figure_bound_abbreviations.iter().find(|(abbreviation, _)| {
            before.len() >= abbreviation.len()
                && before.is_char_boundary(before.len() - abbreviation.len())
                && before[before.len() - abbreviation.len()..].eq_ignore_ascii_case(abbreviation)
                && !before[..before.len() - abbreviation.len()].ends_with(|c: char| c.is_alphanumeric())
        })
    {
        return Some((bound, Some(Relation::Inclusive)));
    }
    if last.is_ascii_digit() || matches!(last, b'.' | b',' | b';' | b':' | b'(' | b')') {
        return None;
    }
    if let Some(&(symbol, bound)) = BOUND_SYMBOLS
        .iter()
        .filter(|(symbol, _)| before.ends_with(symbol))
        .max_by_key(|(symbol, _)| symbol.len())
    {
        let strict = matches!(symbol, "<" | ">");
        return Some((bound, Some(if strict { Relation::Strict } else { Relation::Inclusive })));
    }
    if !last.is_ascii_alphabetic() && last < 0x80 {
        return None;
    }
    let (phrase, bound) = lang_table
        .figure_bounds
        .iter()
        .filter(|(phrase, _)| ends_with_phrase(before, phrase))
        .max_by_key(|(phrase, _)| phrase.len())?;
    let lead = before.get(..before.len() - phrase.len()).unwrap_or("");
    let equal =
        lang_table.figure_bound_equalities.iter().any(|equality| ends_with_words(lead.trim_end(), equality));
    let relation = if equal {
        Relation::Inclusive
    } else if lang_table.strict_figure_bounds.contains(phrase) {
        Relation::Strict
    } else if lang_table.near_figure_bounds.contains(phrase) {
        Relation::Near
    } else {
        Relation::Inclusive
    };
    if lang_table.figure_bound_prepositions.contains(phrase)
        && !measured(value)
        && !aged(text, value, lead, lang_table)
    {
        return None;
    }
    // After a figure the words compare it, not this one: `1.4% more than a year earlier`. A
    // year names when, and is compared with nothing: `för åren 2026–2029 högst 30 %`.
    let lead = lead.trim_end();
    let compares_figure = lead.ends_with(|c: char| c.is_ascii_digit() || c == '%') && !ends_with_year(lead);
    if compares_figure {
        return None;
    }
    match negation(lead, lang_table) {
        Negation::None => Some((*bound, Some(relation))),
        // A negation of the verb right before a comparison turns the bound: `do not account for
        // more than 9%` is at most 9%, `shall not be less than` at least.
        Negation::Near
            if phrase.rsplit(' ').next().is_some_and(|last| {
                lang_table.figure_bound_comparatives.iter().any(|comparative| is_entry(last, comparative))
            }) =>
        {
            Some((bound.reversed(), relation.reversed()))
        }
        Negation::Near | Negation::Far => None,
    }
}

/// Whether the figure `value`, a count of years or a bare figure after a preposition that may
/// bound it, is an age (`under 18 years of age`, `children under 16`, `är över 70 år`): one of
/// the language's `age_words` after it or its unit, or one of `age_leads` as the last word of
/// `lead`, the text before the preposition.
fn aged(text: &str, value: &Value, lead: &str, lang_table: &LangTable) -> bool {
    let spaces = [' ', '\u{a0}'];
    match value.detail.as_deref() {
        None if value.key.starts_with("num:") => {}
        Some("year") => {}
        _ => return false,
    }
    let last = lead.trim_end_matches(spaces).rsplit(spaces).next().unwrap_or("");
    if lang_table.age_leads.iter().any(|word| is_entry(last, word)) {
        return true;
    }
    let mut rest = text.get(value.span.end..).unwrap_or("").trim_start_matches(spaces);
    if value.detail.is_some() {
        // The unit's word (`years`, `år`, `års`).
        let unit_len = rest.find(spaces).unwrap_or(rest.len());
        rest = rest[unit_len..].trim_start_matches(spaces);
    }
    lang_table.age_words.iter().any(|word| starts_with_phrase(rest, word))
}

/// Whether `text` ends with a year alone: four digits from 1900 to 2199 that no other digit,
/// decimal or group sign, slash or sign glues to a figure before them (`2029`, `2026–2029`, not
/// `1,2029`, `+2029` nor `12/2029`).
fn ends_with_year(text: &str) -> bool {
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    let Some(year) = text.get(text.len() - digits..) else { return false };
    if digits != 4 || !year.parse::<u16>().is_ok_and(|year| (1900..2200).contains(&year)) {
        return false;
    }
    let before = text.get(..text.len() - digits).unwrap_or("");
    !before.ends_with(['.', ',', '/', ':', '+', '-', '\u{2212}', '±', '€', '$', '£'])
        || before.ends_with('-') && before.trim_end_matches('-').ends_with(|c: char| c.is_ascii_digit())
}

/// The direction of the bound that a limit in time sets on the length of time `value` counted
/// from an event (`no later than 2 years before the expiry`, `tidigast två år innan`, `senast
/// sex månader efter`): the moment's limit, turned where the length counts back from the event
/// (`no later than 2 years before` is 2 years or more before). Only a count of a unit of time
/// followed by one of the language's `offset_anchors`.
fn offset_bound(text: &str, value: &Value, lang_table: &LangTable) -> Option<(Bound, Option<Relation>)> {
    if !value.detail.as_deref().is_some_and(|unit| TIME_UNITS.contains(&unit)) {
        return None;
    }
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let before = text.get(..value.span.start)?.trim_end_matches(spaces);
    // Most figures follow no letter: one byte rules them out.
    if !before.ends_with(char::is_alphabetic) {
        return None;
    }
    let &(_, bound) = lang_table.offset_bounds.iter().find(|(phrase, _)| ends_with_phrase(before, phrase))?;
    let back = offset_anchor(text, value, lang_table)?;
    Some((if back { bound.reversed() } else { bound }, Some(Relation::Inclusive)))
}

/// The direction in which the length of time `value` is counted from an event, where one of
/// the language's `offset_anchors` follows it (`two days before the ex-date`, `två dagar
/// efter x-dagen`): a length before and one after an event are two moments.
/// So is an ordinal of a day (`on the twentieth day following that of its publication`, `den
/// tjugonde dagen efter det att den har offentliggjorts`): the day after and the day before an
/// event are two days.
fn offset_direction(text: &str, value: &Value, lang_table: &LangTable) -> Option<Change> {
    let timed = value.detail.as_deref().is_some_and(|unit| TIME_UNITS.contains(&unit));
    if !(timed || value.key.starts_with("ord:") && ordinal_of_day(text, value, lang_table)) {
        return None;
    }
    offset_anchor(text, value, lang_table).map(|back| if back { Change::Earlier } else { Change::Later })
}

/// Whether one of the language's `last_period_nouns` (`day`, `working day`, `dagen`) follows
/// the ordinal `value`.
fn ordinal_of_day(text: &str, value: &Value, lang_table: &LangTable) -> bool {
    let rest = text.get(value.span.end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
    lang_table.last_period_nouns.iter().any(|noun| starts_with_phrase(rest, noun))
}

/// Whether the word of `offset_anchors` after the length of time `value`, or after its unit's
/// word, counts it back from the event it names (`true`: `years before`, `år innan`) or on
/// from it (`false`); a unit the figure's span takes in (`två år`) leaves the anchor right
/// after it. None where no anchor follows.
fn offset_anchor(text: &str, value: &Value, lang_table: &LangTable) -> Option<bool> {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let anchor = |rest: &str| {
        lang_table
            .offset_anchors
            .iter()
            .find(|(anchor, _)| starts_with_phrase(rest, anchor))
            .map(|&(_, back)| back)
    };
    let mut rest = text.get(value.span.end..)?.trim_start_matches(spaces);
    if let Some(back) = anchor(rest) {
        return Some(back);
    }
    // The unit's word, after a word that qualifies it (`calendar days`, `working day`).
    let mut unit_len = rest.find(spaces).unwrap_or(rest.len());
    if lang_table.figure_unit_qualifiers.iter().any(|qualifier| is_entry(&rest[..unit_len], qualifier)) {
        let unit = rest[unit_len..].trim_start_matches(spaces);
        unit_len = rest.len() - unit.len() + unit.find(spaces).unwrap_or(unit.len());
    }
    // A mark after the unit closes the figure's phrase (`postponed by eight months, from 15 May
    // 2027`).
    if rest.get(..unit_len)?.ends_with([',', ';', ':', ')', '.']) {
        return None;
    }
    rest = rest.get(unit_len..)?.trim_start_matches(spaces);
    if let Some(back) = anchor(rest) {
        return Some(back);
    }
    // `within 30 days of receipt`: a length after the event.
    let before = text.get(..value.span.start)?.trim_end_matches(spaces);
    if lang_table
        .offset_within
        .iter()
        .any(|(opener, of)| ends_with_phrase(before, opener) && starts_with_phrase(rest, of))
    {
        return Some(false);
    }
    anchor(shared_offset_anchor(rest, lang_table)?)
}

/// Where the length of time before `rest` is the first of two limits of one moment joined by a
/// word of `bound_joiners`, the event written once after the second (`not later than 90 days
/// but not before 30 days after the reminder`, `tidigast 30 dagar och senast 90 dagar efter
/// påminnelsen`): the text after the second length's figure and unit, where its anchor stands.
/// Only the second limit of the other direction's words (`offset_bounds`) and one figure and
/// one unit after it.
fn shared_offset_anchor<'a>(rest: &'a str, lang_table: &LangTable) -> Option<&'a str> {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let joiner = lang_table.bound_joiners.iter().find(|joiner| starts_with_phrase(rest, joiner))?;
    let rest = rest.get(joiner.len()..)?.trim_start_matches(spaces);
    let (phrase, _) = lang_table
        .offset_bounds
        .iter()
        .filter(|(phrase, _)| starts_with_phrase(rest, phrase))
        .max_by_key(|(phrase, _)| phrase.len())?;
    let mut rest = rest.get(phrase.len()..)?.trim_start_matches(spaces);
    // The second figure, in digits or one word, and its unit's word.
    for _ in 0..2 {
        let len = rest.find(spaces)?;
        let word = rest.get(..len)?;
        if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
            return None;
        }
        rest = rest.get(len..)?.trim_start_matches(spaces);
    }
    Some(rest)
}

/// The sign written right before the figure `value` that its key leaves out: `+` (`+5 °C`,
/// not the `+` of `MS+41bp` or `2006+A6`), or both signs (`±5 °C`, `+/- 5`, `+/–5`, and
/// `plus or minus 5`, which the number reader takes into the figure's span).
fn sign_before(text: &str, value: &Value) -> Option<Sign> {
    let before = text.get(..value.span.start)?;
    let written = text.get(value.span.clone())?;
    if written.get(..4).is_some_and(|word| word.eq_ignore_ascii_case("plus")) {
        return Some(Sign::PlusMinus);
    }
    let before = before.strip_suffix(' ').unwrap_or(before);
    if before.ends_with('±') {
        return Some(Sign::PlusMinus);
    }
    let plus = before
        .strip_suffix(['-', '\u{2013}', '\u{2212}'])
        .and_then(|head| head.strip_suffix('/'))
        .unwrap_or(before);
    let both = plus.len() < before.len();
    let head = plus.strip_suffix('+')?;
    if head.ends_with(char::is_alphanumeric) {
        return None;
    }
    Some(if both { Sign::PlusMinus } else { Sign::Plus })
}

/// Whether a word of approximation stands right before the figure `value` (`about EUR 3,900`,
/// `cirka 3 900 euro`, `(ca. 40 %)`): a figure given roughly, with no bound.
fn approximated(text: &str, value: &Value, lang_table: &LangTable) -> bool {
    let Some(before) = text.get(..value.span.start) else { return false };
    let before = before.trim_end_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
    // Most figures follow no letter or a word of no approximation: one byte rules them out.
    let Some(&last) = before.as_bytes().last() else { return false };
    if !(last.is_ascii_alphabetic() || last == b'.') {
        return false;
    }
    lang_table.figure_approximations.iter().any(|phrase| ends_with_words(before, phrase))
}

/// The bound an adjective of a limit before the noun of the figure `value` sets (`a minimum
/// haircut of 8%`), where no relation word stands at the figure (see [`adjective_bound`]).
fn noun_bound(text: &str, value: &Value, lang_table: &LangTable) -> Option<(Bound, Option<Relation>)> {
    let before = text.get(..value.span.start)?.trim_end_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
    // Most figures follow no letter: one byte rules them out.
    if !before.as_bytes().last().is_some_and(|last| last.is_ascii_alphabetic() || *last >= 0x80) {
        return None;
    }
    adjective_bound(before, lang_table).map(|bound| (bound, Some(Relation::Inclusive)))
}

/// The bound an adjective of a limit sets on a figure after its noun and preposition (`a
/// minimum haircut of 8%`, `ett lägsta värderingsavdrag på 8 %`): `before`, the text before
/// the figure, ends with the three words.
fn adjective_bound(before: &str, lang_table: &LangTable) -> Option<Bound> {
    let mut words = before.rsplit([' ', '\u{a0}']);
    let preposition = words.next()?;
    let noun = words.next()?;
    let adjective = words.next()?;
    if !lang_table.figure_bound_nouns_of.iter().any(|of| is_entry(preposition, of))
        || noun.is_empty()
        || !noun.chars().all(char::is_alphabetic)
    {
        return None;
    }
    lang_table
        .figure_bound_adjectives
        .iter()
        .find(|(word, _)| is_entry(adjective, word))
        .map(|&(_, bound)| bound)
}

/// The direction of the bound that a relation word right after the figure `value`, or after
/// the unit it counts, sets (`20 kWh or more`, `30 % eller mindre`, `EUR 5 million or less`):
/// one that takes the figure in.
fn bound_after(text: &str, value: &Value, lang_table: &LangTable) -> Option<(Bound, Option<Relation>)> {
    let spaces = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let mut rest = text.get(value.span.end..)?.trim_start_matches(spaces);
    if value.detail.is_some() && !value.key.starts_with("pct") {
        // The unit, a word or a symbol (`kWh`, `dagar`, `mg/kg`); a share's basis is no word
        // of its own.
        let unit_len = rest.find(spaces).unwrap_or(rest.len());
        rest = rest.get(unit_len..)?.trim_start_matches(spaces);
    }
    let first = *rest.as_bytes().first()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    // A phrase that bounds only where it closes the figure's phrase: a mark or the text's end
    // after it, no word or figure (`(28 nm och större)`, not `och större projekt`).
    let closing = lang_table.figure_bounds_closing.iter().filter(|(phrase, _)| {
        starts_with_phrase(rest, phrase)
            && rest[phrase.len()..]
                .trim_start_matches(spaces)
                .chars()
                .next()
                .is_none_or(|next| matches!(next, '.' | ',' | ';' | ':' | ')' | ']' | '|' | '\n'))
    });
    let (phrase, bound) = lang_table
        .figure_bounds_after
        .iter()
        .filter(|(phrase, _)| starts_with_phrase(rest, phrase))
        .chain(closing)
        .max_by_key(|(phrase, _)| phrase.len())?;
    // A figure right after the phrase is the one it bounds, an alternative to this one
    // (`under 18 years or above 70 years of age`, `under 18 år eller över 70 år`).
    let next = rest[phrase.len()..].trim_start_matches(spaces);
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((*bound, Some(Relation::Inclusive)))
}

/// How many words before a relation word a negation may stand and still bear on it (`inte
/// skulle öka medelexponeringen med mer än`).
const NEGATION_REACH: usize = 5;

/// How many words before a relation word a negation of the verb right before it stands, its
/// auxiliaries aside (`do not account for more than`, `shall not be less than`, `shall not be
/// transported for more than`).
const TURN_REACH: usize = 3;

/// Whether and how near a negation stands before a relation word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Negation {
    /// No negation within the clause's last few words.
    None,
    /// A negation of the verb right before the relation word, with no word of
    /// `figure_bound_negation_stops` between (`do not account for`).
    Near,
    /// A negation further away, or of another clause (`not published where fewer than`): its
    /// bearing on the figure is unclear.
    Far,
}

/// The negation among the last few words of `lead`, the text before a relation word, within
/// its clause.
fn negation(lead: &str, lang_table: &LangTable) -> Negation {
    let mut stopped = false;
    // The words between the negation and the relation word, auxiliaries aside.
    let mut between = 0;
    let mut words = lead.split([' ', '\u{a0}']).rev().filter(|word| !word.is_empty()).peekable();
    for _ in 0..NEGATION_REACH {
        let Some(word) = words.next() else { break };
        if word.ends_with([',', ';', ':', '.', '(', ')']) {
            // The lead up to the end of this word, a subslice of it.
            let end = (word.as_ptr() as usize - lead.as_ptr() as usize) + word.len();
            return if between == 0 && parenthetical_negation(lead.get(..end).unwrap_or(""), lang_table) {
                Negation::Near
            } else {
                Negation::None
            };
        }
        if lang_table.figure_bound_negations.iter().any(|negation| negation.eq_ignore_ascii_case(word)) {
            // `om inte transporten är kortare än 100 km` ("unless"): the negation makes an
            // exception of its clause, whose relation word bounds the figure as it reads. Right
            // before the relation word it still turns it (`om inte mer än 5 %`, "if no more").
            if between > 0
                && words.peek().is_some_and(|previous| {
                    lang_table.figure_bound_exceptions.iter().any(|exception| word_is(previous, exception))
                })
            {
                return Negation::None;
            }
            return if between < TURN_REACH && !stopped { Negation::Near } else { Negation::Far };
        }
        stopped |= lang_table.figure_bound_negation_stops.iter().any(|stop| is_entry(word, stop));
        if !lang_table.figure_bound_negation_auxiliaries.iter().any(|auxiliary| word_is(word, auxiliary)) {
            between += 1;
        }
    }
    Negation::None
}

/// Whether `lead`, the text before a relation word, ends in a negation and a short aside set
/// off by commas, which leaves the verb negated (`shall not, together, exceed`, `får inte,
/// sammanlagt, överstiga`, `shall not, in any case, be less than`): the aside's one to three
/// words, neither a negation stop nor a negation, end in a comma and follow a negation that
/// ends in one.
fn parenthetical_negation(lead: &str, lang_table: &LangTable) -> bool {
    let mut words = lead.split([' ', '\u{a0}']).rev().filter(|word| !word.is_empty());
    let Some(last) = words.next().and_then(|word| word.strip_suffix(',')) else { return false };
    let mut aside = vec![last];
    for word in words.take(3) {
        if let Some(negation) = word.strip_suffix(',') {
            let negated = lang_table.figure_bound_negations.iter().any(|n| n.eq_ignore_ascii_case(negation));
            let plain = |word: &&str| {
                word.chars().all(char::is_alphabetic)
                    && !lang_table.figure_bound_negations.iter().any(|n| n.eq_ignore_ascii_case(word))
                    && !lang_table.figure_bound_negation_stops.iter().any(|stop| is_entry(word, stop))
            };
            return negated && aside.iter().all(plain);
        }
        if aside.len() == 3 {
            return false;
        }
        aside.push(word);
    }
    false
}

/// Whether the figure `value` is a measure a preposition of time or place never stands before:
/// a percentage, an amount, or a figure with a unit other than one of time.
fn measured(value: &Value) -> bool {
    let shape = value.shape();
    shape.starts_with("pct")
        || shape.starts_with("pp")
        || shape == "amount"
        || shape == "amount-range"
        || value.detail.as_deref().is_some_and(|unit| !TIME_UNITS.contains(&unit))
}

/// Units of time a half of which is a length of time.
const HALVED_TIME_UNITS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year"];

/// `half an hour`, `en halv timme`, `half a day`: a half of a unit of time is a length of time,
/// `num:0.5` counted in that unit, which the check compares with `30 minutes` as it compares
/// `90 minutes` with `en och en halv timme`. Whether the half at `value` was one, the value
/// made so, its span taking in the unit.
fn half_of_time(text: &str, lang_table: &LangTable, value: &mut Value) -> bool {
    let spaces: &[char] = &[' ', '\u{a0}'];
    let Some(rest) = text.get(value.span.end..) else { return false };
    let after_space = rest.trim_start_matches(spaces);
    if after_space.len() == rest.len() {
        return false;
    }
    // English puts the article after the half (`half an hour`), Swedish before (`en halv`).
    let (word, after) = first_word(after_space);
    let unit_text = if lang_table.unit_articles.iter().any(|article| article.eq_ignore_ascii_case(word)) {
        after.trim_start_matches(spaces)
    } else {
        after_space
    };
    let (unit_word, _) = first_word(unit_text);
    let lower = unit_word.to_lowercase();
    let Some(&(_, unit)) = lang_table
        .figure_units
        .iter()
        .find(|(name, unit)| *name == lower && HALVED_TIME_UNITS.contains(unit))
    else {
        return false;
    };
    value.key = "num:0.5".to_string();
    value.display = "0.5".to_string();
    value.detail = Some(unit.to_string());
    value.per = None;
    value.span.end = text.len() - unit_text.len() + unit_word.len();
    true
}

/// Where the figure or range at `span` ends with the square bracket a business secret sets
/// it in (`[5-10] km`: after the `]`), else its own end.
fn bracket_end(text: &str, span: &std::ops::Range<usize>) -> usize {
    let bytes = text.as_bytes();
    let bracketed = span.start.checked_sub(1).is_some_and(|open| bytes.get(open) == Some(&b'['))
        && bytes.get(span.end) == Some(&b']');
    if bracketed { span.end + 1 } else { span.end }
}

/// A figure or range counted in a unit symbol that holds a scale (`2.4 Mt`, `2-3 Mt`): the
/// figures in the unit scaled (`num:2400000`, `num-range:2000000..3000000`, tonnes), as a
/// scale word gives them, its span taking in the symbol.
fn unscale(text: &str, value: &mut Value) {
    let Some(&(symbol, power, base)) =
        SCALED_UNIT_SYMBOLS.iter().find(|(symbol, ..)| value.detail.as_deref() == Some(*symbol))
    else {
        return;
    };
    // The prefix of the key and its figures: one, or the two bounds of a range.
    let (prefix, figures) = match value.key.strip_prefix("num:") {
        Some(figure) => ("num:", (figure, None)),
        None => match value.key.strip_prefix("num-range:").and_then(|range| range.split_once("..")) {
            Some((low, high)) => ("num-range:", (low, Some(high))),
            None => return,
        },
    };
    let mut key = String::from(prefix);
    let Some(low) = scaled_figure(figures.0, power) else { return };
    low.push_canonical(&mut key);
    if let Some(high) = figures.1 {
        let Some(high) = scaled_figure(high, power) else { return };
        key.push_str("..");
        high.push_canonical(&mut key);
    }
    value.key = key;
    value.detail = Some(base.to_string());
    let rest = text.get(value.span.end..).unwrap_or("");
    let gap =
        rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}', '-', '\u{2011}']).len();
    if rest.get(gap..).is_some_and(|after| after.starts_with(symbol)) {
        value.span.end += gap + symbol.len();
    }
}

/// The figure of a key (`2.4`, `-1`) times 10^`power`; `None` for any other text.
fn scaled_figure(figure: &str, power: u32) -> Option<Decimal> {
    let (negative, figure) = figure.strip_prefix('-').map_or((false, figure), |rest| (true, rest));
    let (integer, fraction) = figure.split_once('.').unwrap_or((figure, ""));
    if integer.is_empty() || !integer.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let scaled = Decimal::from_parts(integer, fraction).scaled(power);
    Some(if negative { scaled.negated() } else { scaled })
}

/// The units of time a rate may be given per (`per second`, `a year`).
const TIME: [&str; 7] = ["second", "minute", "hour", "day", "week", "month", "year"];

/// The most words between a figure and the `per` of its rate (`1 600 border crossings per
/// second`, `17 869 637 tonnes of CO2 equivalent per year`).
const RATE_WORDS: usize = 4;

/// Units of time written after a unit symbol and a slash (`mcm/d`, `TWh/year`), the same in
/// both languages.
const SLASHED_TIME_UNITS: &[(&str, &str)] = &[
    ("s", "second"),
    ("h", "hour"),
    ("d", "day"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("a", "year"),
    ("yr", "year"),
    ("year", "year"),
    ("år", "year"),
    ("dygn", "day"),
    ("annum", "year"),
    ("tim", "hour"),
    ("timme", "hour"),
];

/// Symbols of length before which a slashed `t` is an hour, not a tonne (`90 km/t`).
const SPEED_LENGTHS: &[&str] = &["km", "m"];

/// The unit of time that `per`, written after the symbol `symbol` and a slash, names (`d` in
/// `mcm/d`, `tim` in `km/tim`), if any.
fn slashed_time(symbol: &str, per: &str) -> Option<&'static str> {
    if per == "t" && SPEED_LENGTHS.contains(&symbol) {
        return Some("hour");
    }
    SLASHED_TIME_UNITS.iter().find(|(written, _)| *written == per).map(|&(_, unit)| unit)
}

/// The part after the slash or `per` of the unit that a figure ending at `end` counts (`kg` of
/// `0,2 kW/kg` and `0.2 kW per kg`, `hour` of `90 km/h` and `90 km/tim`): a unit of time only
/// after a slash, as `kilometres per hour` gives the rate's period (`per`) instead, which
/// [`crate::check`] takes for the same unit.
fn unit_per_part(text: &str, end: usize, lang_table: &LangTable) -> Option<&'static str> {
    const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let rest = text.get(end..)?.trim_start_matches(SPACES);
    let token = rest.get(..rest.find(SPACES).unwrap_or(rest.len()))?;
    if let Some((symbol, per)) = token.split_once('/') {
        let (word, tail) = first_word(per);
        if word.is_empty() || tail.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        return slashed_time(symbol, word).or_else(|| per_unit(per, lang_table));
    }
    // A word of `per` after the unit's word or symbol, or a few words of letters more (`15 cm
    // depth per hectare`), then a unit other than one of time.
    let mut at = rest.get(token.len()..)?;
    for _ in 0..=RATE_WORDS {
        let start = at.trim_start_matches(SPACES);
        // A phrase of `per` (`15 mg for each kilogram`).
        if let Some(phrase) =
            lang_table.figure_per_phrases.iter().find(|phrase| starts_with_phrase(start, phrase))
        {
            let unit = per_unit(start.get(phrase.len()..)?.trim_start_matches(SPACES), lang_table)?;
            return (!TIME_UNITS.contains(&unit)).then_some(unit);
        }
        let (word, after) = start.split_at(start.find(SPACES).unwrap_or(start.len()));
        // Words of letters, or names with digits after a letter (`CO2-eq`).
        let named = word.starts_with(char::is_alphabetic)
            && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\u{2011}'));
        if !named {
            return None;
        }
        at = after;
        if lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word)) {
            let unit = per_unit(after.trim_start_matches(SPACES), lang_table)?;
            return (!TIME_UNITS.contains(&unit)).then_some(unit);
        }
    }
    None
}

/// The unit of time a figure ending at byte `end` is a rate per: `per` within a few words
/// after it (no figure between), then the unit (`per second`, `per år`), the unit after a
/// qualifier (`a calendar year`), or a noun and the unit after a list word or a second `per`
/// (`per vehicle per month`, `per fordon och månad`); or a phrase of the language's
/// `rate_periods` there (`per annum`, `om året`, `per kalenderår`). The unit the figure counts
/// may come first, a symbol with a slash too (`1 200 m³/ha per year`, `0,2 ng/kg kroppsvikt per
/// dag`), and the words between may hold digits after a letter (`CO2`). `per cent` names no
/// time and gives none. A noun of the language's `rate_bases` after `per` and no period is the
/// rate's basis instead (`per portion`: `serving`).
fn rate_period(text: &str, end: usize, lang_table: &LangTable) -> Option<&'static str> {
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let time_unit =
        |word: &str| unit_word(&word.to_lowercase(), lang_table).filter(|unit| TIME.contains(unit));
    let rest = text.get(end..)?;
    // A unit symbol per a unit of time after a slash (`610 mcm/d`, `12 TWh/year`).
    let (symbol, after) = first_word(rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']));
    // A rate of data (`38 Gbit/s`) is a unit of its own, no amount per second.
    if !symbol.is_empty()
        && let Some(per) = after.strip_prefix('/')
        && !DATA_RATE_SYMBOLS.iter().any(|(data, _)| *data == symbol)
    {
        let (unit, tail) = first_word(per);
        if !tail.starts_with(|c: char| c.is_alphanumeric())
            && let Some(unit) = slashed_time(symbol, unit)
        {
            return Some(unit);
        }
    }
    let mut at = rest;
    // Whether only qualifiers stand before the word (`15 working days`): a unit of time after
    // any other word is another count's (`dygnet runt alla dagar i veckan`), and so is its rate.
    let mut lead = true;
    for _ in 0..=RATE_WORDS {
        let start = at.trim_start_matches(SPACES);
        if let Some(unit) = period_phrase(start, lang_table) {
            return Some(unit);
        }
        let (word, after) = start.split_at(start.find(SPACES).unwrap_or(start.len()));
        at = after;
        // A word of letters, a symbol (`%`, `m³/ha`, `ng/kg`) or a name with digits after a
        // letter (`CO2`); a figure, a bracket or a clause's comma ends the search.
        let rate_word = word.starts_with(|c: char| c.is_alphabetic() || c == '%')
            && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '%' | '/'));
        if !rate_word {
            return None;
        }
        let qualifier = lang_table.figure_unit_qualifiers.iter().any(|q| q.eq_ignore_ascii_case(word));
        if !lead && unit_word(word, lang_table).is_some_and(|unit| TIME.contains(&unit)) {
            return None;
        }
        lead &= qualifier;
        if !lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word)) {
            continue;
        }
        let mut words = after.split(SPACES).filter(|word| !word.is_empty());
        let mut next = first_word(words.next()?).0;
        // A qualifier first: `a calendar year`.
        if lang_table.figure_unit_qualifiers.iter().any(|qualifier| qualifier.eq_ignore_ascii_case(next)) {
            next = first_word(words.next()?).0;
        }
        if let Some(unit) = time_unit(next) {
            return Some(unit);
        }
        // A noun first: `per vehicle per month`, `per fordon och månad`.
        let joined_period = words.next().zip(words.next()).and_then(|(link, unit)| {
            let joined = lang_table
                .figure_per_words
                .iter()
                .chain(lang_table.list_joiners)
                .any(|w| w.eq_ignore_ascii_case(link));
            if joined { time_unit(first_word(unit).0) } else { None }
        });
        return joined_period.or_else(|| rate_basis(after, next, lang_table));
    }
    None
}

/// The unit of time of the period that the noun of an amount starting at byte `start` names,
/// the amount given after it by a preposition of `amount_prepositions`: a compound whose first
/// part names the period (`en årsavgift på 30 euro`, `månadslön på 50 775 kronor`; not a word
/// of the unit itself, `veckorna`), or an adjective of a period before the noun or before two
/// nouns (`an annual fee of EUR 30`, `an annual membership fee of`, `månatliga avbetalningar
/// på 348,80 euro`). The amount is then given per that period, as `EUR 30 per year` is, and
/// `en månadsavgift på 30 euro` for `an annual fee of EUR 30` is a changed period.
fn noun_period(text: &str, start: usize, lang_table: &LangTable) -> Option<&'static str> {
    let mut words =
        text.get(..start)?.split(char::is_whitespace).rev().filter(|word| !word.is_empty()).peekable();
    // The preposition may be left out where the noun names the amount as a label does, in a
    // table's cell (`| annual fee EUR 25 |`, `| årsavgift 25 euro |`): then the noun stands
    // right before the amount, and its adjective right before the noun.
    let preposition = words.peek()?;
    let reach = if lang_table.amount_prepositions.iter().any(|p| p.eq_ignore_ascii_case(preposition)) {
        words.next();
        3
    } else {
        2
    };
    for (index, word) in words.take(reach).enumerate() {
        if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let lower = word.to_lowercase();
        if index == 0 {
            let compound = lang_table
                .amount_period_parts
                .iter()
                .find(|(part, _)| lower.strip_prefix(part).is_some_and(|rest| rest.chars().count() >= 3));
            if let Some(&(_, unit)) = compound
                && unit_word(&lower, lang_table).is_none()
            {
                return Some(unit);
            }
        } else if let Some(&(_, unit)) =
            lang_table.amount_period_adjectives.iter().find(|(adjective, _)| *adjective == lower)
        {
            return Some(unit);
        }
    }
    None
}

/// The basis other than a unit of time of a rate whose `per` the noun `noun` of `after` follows
/// (`500 mg per portion`, `per capita`): the language's `rate_bases`, unless a phrase of a
/// period follows the noun (`per invånare varje år`: a year).
fn rate_basis(after: &str, noun: &str, lang_table: &LangTable) -> Option<&'static str> {
    // A basis of two words first (`per fishing trip`), then the noun alone.
    let spaced = after.trim_start_matches([' ', '\u{a0}']);
    let phrase = lang_table
        .rate_bases
        .iter()
        .filter(|(word, _)| word.contains(' ') && starts_with_phrase(spaced, word))
        .max_by_key(|(word, _)| word.len());
    let &(written, basis) =
        phrase.or_else(|| lang_table.rate_bases.iter().find(|(word, _)| word.eq_ignore_ascii_case(noun)))?;
    let noun = if written.contains(' ') { spaced.get(..written.len()).unwrap_or(noun) } else { noun };
    let tail = after.find(noun).and_then(|at| after.get(at + noun.len()..)).unwrap_or("");
    Some(period_phrase(tail.trim_start_matches([' ', '\u{a0}']), lang_table).unwrap_or(basis))
}

/// The unit of time of the phrase of `rate_periods` that starts `text` and ends a word
/// (`per annum`, `om året.`).
fn period_phrase(text: &str, lang_table: &LangTable) -> Option<&'static str> {
    lang_table
        .rate_periods
        .iter()
        .find_map(|&(phrase, unit)| starts_with_phrase(text, phrase).then_some(unit))
}

/// Where the period that a count of times needs to be a frequency starts, right after the
/// count ending at byte `end` (`twice daily`, `once a day`, `en gång i veckan`, `twice per
/// calendar year`): one space, then a phrase of the language's `rate_periods` or a word of
/// `figure_per_words` and a unit of time, a qualifier between (`a calendar year`). A count
/// without one is no frequency (`once adopted`, `twice as high`, `once a tariff quota`).
pub(crate) fn period_after(text: &str, end: usize, lang: Lang) -> Option<usize> {
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let lang_table = table(lang);
    let rest = text.get(end..)?;
    let start = rest.strip_prefix(SPACES)?;
    let at = text.len() - start.len();
    if period_phrase(start, lang_table).is_some() {
        return Some(at);
    }
    let is_in = |words: &[&str], word: &str| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    let mut words = start.split(SPACES);
    if !is_in(lang_table.figure_per_words, words.next()?) {
        return None;
    }
    let mut next = first_word(words.next()?).0;
    if is_in(lang_table.figure_unit_qualifiers, next) {
        next = first_word(words.next()?).0;
    }
    unit_word(&next.to_lowercase(), lang_table).filter(|unit| TIME.contains(unit)).map(|_| at)
}

/// Words after `a year`, `ett år` that make it a distance in time, no period (`61.0 % a year
/// earlier`, `ett år tidigare`).
const DISTANCE_WORDS: [&str; 9] =
    ["earlier", "ago", "later", "before", "previously", "tidigare", "senare", "sedan", "innan"];

/// The unit of time of the period written right after an amount or a share ending at byte
/// `end` (`EUR 23 billion a year`, `23 miljarder euro per år`, `saves EUR 6.3 billion
/// annually`): one space, then a phrase of the language's `rate_periods` or a word of
/// `figure_per_words` and a unit of time, a qualifier between; the basis of the money may come
/// first (`1.5 % of GDP per year`, `1,5 % av BNP per år`). A year before a word of distance
/// in time is none (`10 % a year earlier`). The period read only from words apart from the
/// figure (`an annual fee of`, `för varje dags dröjsmål`) is not this one: the check of a
/// dropped period trusts only the period written beside the figure.
pub(crate) fn written_period(text: &str, end: usize, lang: Lang) -> Option<&'static str> {
    written_period_span(text, end, lang).map(|(unit, _)| unit)
}

/// [`written_period`] with the byte where the words of the period end (`per year` of `EUR 38
/// million per year, against`): the words of the period of that figure, which name no period
/// of another figure of the sentence.
pub(crate) fn written_period_span(text: &str, end: usize, lang: Lang) -> Option<(&'static str, usize)> {
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let lang_table = table(lang);
    let mut start = text.get(end..)?.strip_prefix(SPACES)?;
    if let Some(&(basis, _)) =
        lang_table.money_bases.iter().find(|(basis, _)| starts_with_phrase(start, basis))
    {
        start = start.get(basis.len()..)?.strip_prefix(SPACES)?;
    }
    let is_in = |words: &[&str], word: &str| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    if let Some(&(phrase, unit)) =
        lang_table.rate_periods.iter().find(|&&(phrase, _)| starts_with_phrase(start, phrase))
    {
        let at = text.len() - start.len();
        return Some((unit, (at + phrase.len()).min(text.len())));
    }
    let mut words = start.split(SPACES);
    if !is_in(lang_table.figure_per_words, words.next()?) {
        return None;
    }
    let unit_word_text = words.next()?;
    let (mut next, mut tail) = first_word(unit_word_text);
    let mut last = unit_word_text;
    if is_in(lang_table.figure_unit_qualifiers, next) {
        last = words.next()?;
        (next, tail) = first_word(last);
    }
    let unit = unit_word(&next.to_lowercase(), lang_table).filter(|unit| TIME.contains(unit))?;
    // A word right after the unit (no punctuation between) that makes it a distance in time.
    let distance =
        tail.is_empty() && words.next().is_some_and(|word| is_in(&DISTANCE_WORDS, first_word(word).0));
    // `last` is a slice of `text`: where the unit's word ends.
    let unit_end = last.as_ptr() as usize - text.as_ptr() as usize + next.len();
    (!distance).then_some((unit, unit_end))
}

/// Whether `text` (a sentence) names the period `unit` anywhere by a word of the language: a
/// phrase of `rate_periods`, an adjective of `amount_period_adjectives` (`annual`, `dagliga`),
/// a compound of `amount_period_parts` (`årsbesparingar`), or a word of `figure_per_words` and
/// the unit (`per år`, `a day`). The check of a dropped period asks it of the side that reads
/// no period for the figure: a period the sentence gives apart from the figure (`an annual
/// reduction of 4.2%`, `EUR 200 billion is locked … every day`) is no dropped one.
pub(crate) fn names_period(text: &str, unit: &str, lang: Lang) -> bool {
    let lang_table = table(lang);
    let mut words = text.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty()).peekable();
    let mut at_word = text;
    while let Some(word) = words.next() {
        let lower = word.to_lowercase();
        if let Some(found) = at_word.find(word) {
            at_word = &at_word[found..];
            if lang_table
                .rate_periods
                .iter()
                .any(|&(phrase, of)| of == unit && starts_with_phrase(at_word, phrase))
            {
                return true;
            }
            at_word = &at_word[word.len()..];
        }
        let adjective =
            lang_table.amount_period_adjectives.iter().any(|&(adj, of)| of == unit && adj == lower);
        let compound = lang_table.amount_period_parts.iter().any(|&(part, of)| {
            of == unit && lower.strip_prefix(part).is_some_and(|rest| rest.chars().count() >= 3)
        });
        let per_unit = lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word))
            && words.peek().is_some_and(|next| unit_word(&next.to_lowercase(), lang_table) == Some(unit));
        if adjective || compound || per_unit {
            return true;
        }
    }
    false
}

/// A bare four-digit figure read as a year that a unit other than a year follows (`2024
/// dagar`, `2030 GW`) counts that unit: no year is followed by days, so it is the number,
/// with its unit. A year of a year (`2024 års`) stays a year.
fn count_of_time(text: &str, lang_table: &LangTable, value: &mut Value) {
    let Some(digits) = value.key.strip_prefix("year:") else { return };
    let written = text.get(value.span.clone()).unwrap_or("");
    let spaced = text.get(value.span.end..).is_some_and(|rest| rest.starts_with([' ', '\u{a0}']));
    if written != digits || !spaced {
        return;
    }
    // Not after a symbol of time, which a word may be too (`2020 min`, "my").
    let (word, _) = first_word(text.get(value.span.end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']));
    if TIME_SYMBOLS.iter().any(|(symbol, _)| *symbol == word) {
        return;
    }
    let unit = unit_after(text, value.span.end, lang_table);
    // Not a year (`2024 års`), nor a symbol of one letter or one that is a word too (`senast
    // 2030 ha infört`, "have").
    // Nor a noun of persons, which a year may stand before (`In 2024 patients received`).
    // A word of one letter's unit (`2000 tonnes`, `t`) counts, as its symbol does not.
    let counts = |unit: &&str| {
        (unit.len() > 1 || word.chars().nth(2).is_some()) && !matches!(*unit, "year" | "ha" | "person")
    };
    if let Some(unit) = unit.filter(counts) {
        value.kind = ValueKind::Number;
        value.key = format!("num:{digits}");
        value.detail = Some(unit.to_string());
    }
}

/// Joins a length given in two units into one (`four years and six months`, `fyra år och sex
/// månader`: 54 months; `1 hour and 30 minutes`: 90 minutes), as the other version may give it
/// in one (`fyra och ett halvt år`, `90 minuter`): two firm figures of a larger unit and the
/// next smaller one, joined by the larger unit's word or symbol, alone or with a list word (`3
/// hours 40 minutes`, `3 timmar och 40 minuter`, `8 h 24 min`, `8 tim 24 min`). A length so
/// joined takes a third unit right after its second (`2 h 5 min 30 s`: 7 530 seconds). Two
/// digits right after the symbol of an hour are its minutes (`13 h 30` = `13 h 30 min`).
pub(crate) fn join_lengths(text: &str, lang: Lang, values: &mut Vec<Value>) {
    const PAIRS: [(&str, &str, u64); 4] =
        [("year", "month", 12), ("week", "day", 7), ("hour", "minute", 60), ("minute", "second", 60)];
    let joiners = table(lang).list_joiners;
    let mut at = 0;
    // Whether `values[at]` is a length joined already, whose span holds its unit's word.
    let mut carried = false;
    while at + 1 < values.len() {
        let (first, second) = (&values[at], &values[at + 1]);
        let count = |value: &Value| value.key.strip_prefix("num:").and_then(|n| n.parse::<u64>().ok());
        let between = text.get(first.span.end..second.span.start).unwrap_or("");
        // Minutes of two digits with no unit right after the symbol of an hour (`8 h 30`, as
        // English may write `8 h 30 min`).
        let written = text.get(second.span.clone()).unwrap_or("");
        let clock_minutes = first.detail.as_deref() == Some("hour")
            && second.detail.is_none()
            && between.trim_matches([' ', '\u{a0}', '\u{202f}']) == "h"
            && written.len() == 2
            && written.bytes().all(|b| b.is_ascii_digit())
            && count(second).is_some_and(|minutes| minutes < 60);
        // An age of years left bare before its months, as English writes a retirement age (`67
        // and 3 months` = `67 år och tre månader`): a whole figure of 12 to 120, a list word
        // alone, fewer than 12 months; not the first bound of a range (`between 12 and 6`).
        let bare_years = first.detail.is_none()
            && second.detail.as_deref() == Some("month")
            && joiners.contains(&between.trim())
            && between.starts_with(' ')
            && count(first).is_some_and(|years| (12..=120).contains(&years))
            && count(second).is_some_and(|months| (1..12).contains(&months))
            && text.get(first.span.clone()).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            && !table(lang)
                .range_openers
                .iter()
                .any(|lead| ends_with_words(text.get(..first.span.start).unwrap_or("").trim_end(), lead));
        let factor = PAIRS
            .iter()
            .find_map(|&(large, small, factor)| {
                (first.detail.as_deref() == Some(large) && second.detail.as_deref() == Some(small))
                    .then_some(factor)
            })
            .or(clock_minutes.then_some(60))
            .or(bare_years.then_some(12));
        // A figure in digits is one, though a lone `1` is optional elsewhere.
        let firm = |value: &Value| {
            !value.optional
                || text.get(value.span.clone()).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        };
        // One of the larger unit an article counts with its noun (`en timme och tio minuter`,
        // `an hour and 10 minutes`, optional elsewhere), whose span holds the unit's word: a
        // list word alone, or nothing, joins it to a firm figure of the smaller unit.
        let article_one = first.optional
            && count(first) == Some(1)
            && text.get(first.span.clone()).is_some_and(|written| {
                written.starts_with(char::is_alphabetic) && written.ends_with(char::is_alphabetic)
            });
        // The larger unit's word, with a list word or alone, and nothing else (`years and`,
        // `år och`; `3 hours 40 minutes`, as English may write a length of time); after a
        // length joined already, nothing (`2 h 5 min 30 s`; `… 5 min and 30 s` may list two).
        let mut words = between.split_whitespace();
        let joined = match (words.next(), words.next(), words.next()) {
            (next, ..) if carried => next.is_none(),
            (joiner, None, None) if article_one => joiner.is_none_or(|joiner| joiners.contains(&joiner)),
            (Some(unit), joiner, None) => {
                unit.chars().all(char::is_alphabetic) && joiner.is_none_or(|joiner| joiners.contains(&joiner))
            }
            _ => false,
        };
        match (factor, count(first), count(second)) {
            (Some(factor), Some(large), Some(small))
                if joined
                    && first.kind == ValueKind::Number
                    && (firm(first) || article_one && !second.optional)
                    && firm(second) =>
            {
                let total = large * factor + small;
                // The span ends after the smaller unit's word (`… and six months`), if any.
                let rest = text.get(second.span.end..).unwrap_or("");
                let unit = rest.trim_start_matches([' ', '\u{a0}']);
                let end = if clock_minutes {
                    second.span.end
                } else {
                    second.span.end + (rest.len() - unit.len()) + first_word(unit).0.len()
                };
                let mut value = Value::new(
                    ValueKind::Number,
                    first.span.start..end,
                    format!("num:{total}"),
                    total.to_string(),
                );
                value.detail = if clock_minutes { Some("minute".to_string()) } else { second.detail.clone() };
                values[at] = value;
                values.remove(at + 1);
                carried = true;
            }
            _ => {
                at += 1;
                carried = false;
            }
        }
    }
}

/// The basis of the share written at `span` (`% by weight`, `% by volume`): a word of the
/// language's `share_bases` that ends the percentage's own text (`12,5 volymprocent`) or stands
/// right after it, in a bracket too (`12.5 % vol`, `5 % (w/w)`, `5 % av vikten`). A bare `%`
/// names none.
fn share_basis(text: &str, span: &std::ops::Range<usize>, lang_table: &LangTable) -> Option<&'static str> {
    let written = text.get(span.clone())?;
    let after = text.get(span.end..)?.trim_start_matches([' ', '\u{a0}', '\u{202f}', '(']);
    lang_table.share_bases.iter().find_map(|&(words, basis)| {
        let ends = written.len() > words.len()
            && written.is_char_boundary(written.len() - words.len())
            && written[written.len() - words.len()..].eq_ignore_ascii_case(words)
            && !written[..written.len() - words.len()].ends_with(char::is_alphabetic);
        let follows = starts_with_phrase(after, words);
        (ends || follows).then_some(basis)
    })
}

/// The unit of mass of `value`, a tonne or a kilogram (see [`WEIGHT_BASES`]), with the basis
/// its weight is given on, named after the unit, in brackets or not: `341 200 tonnes (product
/// weight)`, `6.49 million tonnes cw`, `393 kg slaktvikt`, `4.1 Mt (carcass weight
/// equivalent)` (the symbol of the scaled unit inside the figure's span). Only the unit's word
/// or symbol stands between the figure and the basis.
fn weight_basis(text: &str, value: &Value, lang_table: &LangTable) -> Option<&'static str> {
    const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];
    let unit = value.detail.as_deref()?;
    if !WEIGHT_BASES.iter().any(|(mass, ..)| *mass == unit) {
        return None;
    }
    let basis_at = |rest: &str| {
        let rest = rest.trim_start_matches(SPACES);
        let rest = rest.strip_prefix('(').unwrap_or(rest);
        lang_table
            .weight_bases
            .iter()
            .find(|(words, _)| starts_with_phrase(rest, words))
            .map(|&(_, basis)| basis)
    };
    let rest = text.get(bracket_end(text, &value.span)..)?;
    // The basis right after the figure, whose span holds a scaled unit's symbol (`4.1 Mt`), or
    // after the unit's word or symbol.
    let basis = basis_at(rest).or_else(|| {
        let (word, after) = first_word(rest.trim_start_matches(SPACES));
        (!word.is_empty()).then(|| basis_at(after)).flatten()
    })?;
    WEIGHT_BASES
        .iter()
        .find(|(mass, named, _)| *mass == unit && *named == basis)
        .map(|&(.., weighed)| weighed)
}

/// The unit other than one of time that a count ending at `end` is given per, a noun of what
/// it counts between or none (`2 traps per km²`, `13,3 milliekvivalenter per liter`): `km2`,
/// `l`, so that `per hektar` for `per km²` is a changed unit. A unit of time is the rate's
/// period (`per`), not this.
fn count_per_unit(text: &str, end: usize, lang_table: &LangTable) -> Option<&'static str> {
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let rest = text.get(end..)?.trim_start_matches(SPACES);
    let (word, after) = rest.split_at(rest.find(SPACES).unwrap_or(rest.len()));
    let per = |word: &str| lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word));
    let unit_text = if per(word) {
        after
    } else {
        // The noun of what it counts (`traps`), then `per`.
        if word.is_empty() || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let after = after.trim_start_matches(SPACES);
        let (next, tail) = after.split_at(after.find(SPACES).unwrap_or(after.len()));
        if !per(next) {
            return None;
        }
        tail
    };
    let unit = per_unit(unit_text.strip_prefix(SPACES)?, lang_table)?;
    (!TIME_UNITS.contains(&unit)).then_some(unit)
}

/// The unit of area or volume whose symbol starts `text` and ends a word (`km²`, `m3`).
fn powered_unit(text: &str) -> Option<&'static str> {
    POWERED_UNIT_SYMBOLS.iter().find_map(|&(symbol, unit)| {
        (text.starts_with(symbol) && !text[symbol.len()..].starts_with(char::is_alphanumeric)).then_some(unit)
    })
}

/// The temperature whose symbol starts `text` and ends a word (`°C`, `℃`), or whose scale
/// follows a word of degrees (`degrees Celsius`, `grader Fahrenheit`): a degree sign or a word
/// of degrees alone is an angle's as much, no unit.
fn temperature(text: &str) -> Option<&'static str> {
    // Most texts after a figure start with neither the degree sign (0xC2 0xB0), the sign of
    // a scale (0xE2 …) nor a word of degrees.
    let first = *text.as_bytes().first()?;
    if !matches!(first, 0xC2 | 0xE2 | b'd' | b'D' | b'g' | b'G') {
        return None;
    }
    if let Some(&(symbol, unit)) = TEMPERATURE_SYMBOLS.iter().find(|(symbol, _)| text.starts_with(symbol)) {
        return (!text[symbol.len()..].starts_with(char::is_alphanumeric)).then_some(unit);
    }
    let (word, after) = first_word(text);
    if !DEGREE_WORDS.iter().any(|degrees| word.eq_ignore_ascii_case(degrees)) {
        return None;
    }
    let (scale, _) = first_word(after.trim_start_matches(WORD_SPACES));
    TEMPERATURE_SCALES.iter().find(|(name, _)| scale.eq_ignore_ascii_case(name)).map(|&(_, unit)| unit)
}

/// The unit whose sign starts `text` (`‰`).
fn sign_unit(text: &str) -> Option<&'static str> {
    SIGN_SYMBOLS.iter().find_map(|&(symbol, unit)| text.starts_with(symbol).then_some(unit))
}

/// The unit named by the symbol or word that starts `text` (`km²`, `kg`, `hektar`, `LU`).
fn per_unit(text: &str, lang_table: &LangTable) -> Option<&'static str> {
    if let Some(unit) = powered_unit(text) {
        return Some(unit);
    }
    let (unit, after) = first_word(text);
    if let Some(&(_, symbol)) = VOLUME_SYMBOLS.iter().find(|(symbol, _)| *symbol == unit) {
        return Some(symbol);
    }
    if let Some(&(_, symbol)) = UNIT_SYMBOLS.iter().find(|(symbol, _)| *symbol == unit) {
        return Some(symbol);
    }
    if let Some(unit) = abbreviation(unit, after, lang_table) {
        return Some(unit);
    }
    unit_word(&unit.to_lowercase(), lang_table)
}

/// The unit a symbol written the same in every language names (`MW`, `kg`, `Tbps`), as
/// written: case matters.
fn unit_symbol(word: &str) -> Option<&'static str> {
    UNIT_SYMBOLS.iter().find(|(symbol, _)| *symbol == word).map(|&(_, unit)| unit)
}

/// The voltage of a kind of current that the symbol `word` names before `after`, the kind one
/// space after it (`125 V AC`, `250 V likström`, `230 V alternating current`): a unit of its
/// own (`V AC`), which a version may write without its kind (`125 V`) but not with the other.
fn voltage_of_current(word: &str, after: &str, lang_table: &LangTable) -> Option<&'static str> {
    let &(_, alternating, direct) = VOLTAGE_CURRENTS.iter().find(|(symbol, ..)| *symbol == word)?;
    let next = after.strip_prefix([' ', '\u{a0}'])?;
    let &(_, kind) = CURRENT_SYMBOLS
        .iter()
        .find(|(symbol, _)| starts_with_word(next, symbol))
        .or_else(|| lang_table.current_kinds.iter().find(|(words, _)| starts_with_phrase(next, words)))?;
    Some(if kind == "AC" { alternating } else { direct })
}

/// The unit of time the symbol `word`, before `after`, names (`h`, `min`, `ns`; see
/// [`TIME_SYMBOLS`]), as written and standing alone: not glued to a letter, a figure, a slash
/// or a hyphen, nor before a full stop and a figure or a small letter (`s. 69`, a page; `s.k.`).
fn time_symbol(word: &str, after: &str) -> Option<&'static str> {
    let &(_, unit) = TIME_SYMBOLS.iter().find(|(symbol, _)| *symbol == word)?;
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '-' | '\u{2011}'));
    let abbreviated = after.strip_prefix('.').is_some_and(|tail| {
        tail.trim_start_matches([' ', '\u{a0}']).starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
    });
    (!glued && !abbreviated).then_some(unit)
}

/// The symbol of volume after the quantity a unit is given per, the figure after a slash
/// (`l` of `euro/100 l`, against `euro/100 kg`): read there as after the slash itself.
fn volume_per_quantity(text: &str, span: &std::ops::Range<usize>) -> Option<&'static str> {
    if !text.get(..span.start)?.ends_with('/') {
        return None;
    }
    let rest = text.get(span.end..)?.strip_prefix([' ', '\u{a0}', '\u{202f}'])?;
    let (word, after) = first_word(rest);
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '/') {
        return None;
    }
    VOLUME_SYMBOLS.iter().find(|(symbol, _)| *symbol == word).map(|&(_, symbol)| symbol)
}

/// A litre's symbol alone after the figure at `span` (`förpackningar på mer än 1 l`, `5 L of
/// water`), where the word before the figure names no part of an act or a document, after
/// which a lone letter is a point's (`artikel 5 l`, `punkt 3 l`, `tabell 5 l`, `och 3 l`):
/// a word of the language's `article_words`, `paragraph_words`, `point_names`,
/// `labelled_nouns` or `list_joiners`, or of [`OTHER_POINT_PARENTS`].
fn litre_after(text: &str, span: &std::ops::Range<usize>, lang_table: &LangTable) -> Option<&'static str> {
    let rest = text.get(span.end..)?.strip_prefix([' ', '\u{a0}', '\u{202f}'])?;
    let (word, after) = first_word(rest);
    if !matches!(word, "l" | "L")
        || after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '\u{2011}' | '/' | '(' | ')'))
    {
        return None;
    }
    let before = text.get(..span.start)?;
    if before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | ',' | '(' | '/' | '§')) {
        return None;
    }
    let previous = before.trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let previous = previous.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let previous = previous.as_str();
    let names_part = [
        lang_table.article_words,
        lang_table.paragraph_words,
        lang_table.point_names,
        lang_table.labelled_nouns,
        lang_table.list_joiners,
        OTHER_POINT_PARENTS,
    ]
    .iter()
    .any(|words| words.contains(&previous));
    (!names_part && !previous.ends_with('§')).then_some("l")
}

/// Words, lower case and of either language, that a number labels before a point's letter and
/// that no table of the language lists: parts of an act or a table (`stycket 2 l`, `row 5
/// l`), the abbreviations of a page and a chapter, and the word of a range's end (`till 5 l`).
const OTHER_POINT_PARENTS: &[&str] = &[
    "stycke", "stycket", "styckena", "recital", "recitals", "skäl", "skälen", "kolumn", "kolumnen", "column",
    "columns", "rad", "raden", "row", "rows", "kap", "regel", "s", "p", "till", "to",
];

/// Symbols of volume after `per` or a slash, a capital `L` as a small one (`mg/mL`, `mg/ml`);
/// after a figure alone only where no point may be meant ([`litre_after`]).
const VOLUME_SYMBOLS: &[(&str, &str)] =
    &[("l", "l"), ("L", "l"), ("ml", "ml"), ("mL", "ml"), ("dl", "dl"), ("dL", "dl")];

/// The unit that `word`, before `after`, abbreviates in capitals (`LU`, `DE`: a livestock
/// unit), as written and standing alone: not the first part of a compound (`DE-länderna`).
fn abbreviation(word: &str, after: &str, lang_table: &LangTable) -> Option<&'static str> {
    if after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '\u{2011}' | '/')) {
        return None;
    }
    lang_table.unit_abbreviations.iter().find(|(written, _)| *written == word).map(|(_, unit)| *unit)
}

/// The unit an amount ending at `end` is given per (`EUR 40 per tonne`, `40 euro per ton`):
/// `t`, so that `per kilo` for `per tonne` is a changed unit.
fn per_unit_after(text: &str, end: usize, lang_table: &LangTable) -> Option<&'static str> {
    let rest = text.get(end..)?;
    // A slash written onto the amount (`EUR 1.80/MWh`, `1,80 EUR/MWh`), or a word of `per`.
    let unit_text = match rest.strip_prefix('/') {
        // A symbol of volume is read only after the slash (`EUR/l`, see `VOLUME_SYMBOLS`).
        Some(slashed) => slashed,
        None => {
            let rest = rest.trim_start_matches([' ', '\u{a0}']);
            let (word, after) = first_word(rest);
            if !lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word))
                || after.len() == rest.len()
            {
                return None;
            }
            after.strip_prefix([' ', '\u{a0}'])?
        }
    };
    per_unit(unit_text, lang_table)
}

/// The unit named right after byte `end` of `text`: after spaces or a hyphen (`5-day`), the
/// next word, or the one after a qualifier (`10 working days`, `tre hela dagar`).
fn unit_after(text: &str, end: usize, lang_table: &LangTable) -> Option<&'static str> {
    let rest = text.get(end..)?;
    let rest = match rest.strip_prefix(['-', '\u{2011}']) {
        Some(compound) => compound,
        None => rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']),
    };
    // A symbol of length with its power (`m³`, `km2`) before the symbol alone (`m`).
    if let Some(unit) = powered_unit(rest).or_else(|| temperature(rest)).or_else(|| sign_unit(rest)) {
        return Some(unit);
    }
    let (word, after) = first_word(rest);
    // A unit of two words joined by a hyphen (`patient-years`).
    if let Some(second) = after.strip_prefix('-') {
        let (second, _) = first_word(second);
        let compound = rest.get(..word.len() + 1 + second.len()).unwrap_or("");
        if !second.is_empty()
            && let Some(unit) = unit_word(&compound.to_lowercase(), lang_table)
        {
            return Some(unit);
        }
        // A qualifier hyphened to its unit (`ODP-ton`, an ozone-depleting potential's tonne;
        // `ODP-kg`).
        if lang_table.figure_unit_qualifiers.iter().any(|qualifier| is_entry(word, qualifier))
            && let Some(unit) = unit_word(&second.to_lowercase(), lang_table).or_else(|| unit_symbol(second))
        {
            return Some(unit);
        }
    }
    if word == "dB"
        && let Some(weighted) = WEIGHTED_DECIBELS.iter().find(|weighted| rest.starts_with(*weighted))
    {
        return Some(weighted);
    }
    if let Some(unit) = voltage_of_current(word, after, lang_table) {
        return Some(unit);
    }
    if let Some(unit) = unit_symbol(word).or_else(|| time_symbol(word, after)) {
        return Some(unit);
    }
    // A symbol of volume before a slash and the unit it is given per (`96 l/s`, `4 l/h`): a
    // lone letter after a figure may be a point's, not before a slash.
    if after.strip_prefix('/').is_some_and(|per| per.starts_with(char::is_alphabetic))
        && let Some(&(_, unit)) = VOLUME_SYMBOLS.iter().find(|(symbol, _)| *symbol == word)
    {
        return Some(unit);
    }
    if after.starts_with("/s")
        && !after[2..].starts_with(char::is_alphanumeric)
        && let Some(&(_, unit)) = DATA_RATE_SYMBOLS.iter().find(|(symbol, _)| *symbol == word)
    {
        return Some(unit);
    }
    if let Some(unit) = abbreviation(word, after, lang_table) {
        return Some(unit);
    }
    let lower = word.to_lowercase();
    if lang_table.figure_unit_qualifiers.contains(&lower.as_str()) {
        let (next, _) = first_word(after.trim_start_matches([' ', '\u{a0}']));
        // A symbol after it (`ODP kg`).
        if let Some(unit) = unit_symbol(next) {
            return Some(unit);
        }
        let unit = unit_word(&next.to_lowercase(), lang_table)?;
        return Some(refined(lang_table, unit, |qualifier| qualifier == lower));
    }
    // A unit word of two letters or fewer only as written, in lower case (`fyra ar`, an are;
    // not `AR`).
    if word.chars().nth(2).is_none() && word != lower {
        return None;
    }
    let unit = unit_word(&lower, lang_table)?;
    // A tonne of oil equivalent, the unit of `Mtoe` written out.
    if unit == "t" {
        let next = after.trim_start_matches([' ', '\u{a0}']);
        let oil = OIL_EQUIVALENT_WORDS.iter().any(|words| {
            next.get(..words.len()).is_some_and(|head| head.eq_ignore_ascii_case(words))
                && !next[words.len()..].starts_with(char::is_alphanumeric)
        });
        if oil {
            return Some("toe");
        }
    }
    // A compound's first part may refine its unit (`arbetsdagar`, working days).
    Some(refined(lang_table, unit, |part| lower.len() > part.len() + 2 && lower.starts_with(part)))
}

/// `unit` as a qualifier or a compound's first part that `names` accepts makes it (`working
/// days`: `workday`), else `unit`.
fn refined(lang_table: &LangTable, unit: &'static str, names: impl Fn(&str) -> bool) -> &'static str {
    lang_table
        .figure_unit_refinements
        .iter()
        .find(|(word, base, _)| *base == unit && names(word))
        .map_or(unit, |(_, _, refined)| refined)
}

/// The unit a lower-case word names, whole or as the end of a compound (`arbetsdagar`).
fn unit_word(word: &str, lang_table: &LangTable) -> Option<&'static str> {
    if word.is_empty() {
        return None;
    }
    lang_table.figure_units.iter().find(|(name, _)| *name == word).map(|(_, unit)| *unit).or_else(|| {
        lang_table
            .figure_unit_endings
            .iter()
            .find(|(ending, _)| word.len() > ending.len() && word.ends_with(ending))
            .map(|(_, unit)| *unit)
    })
}

/// The key prefix of the unit of measure a table's cell names in brackets (`Weight (kg)`,
/// `measure:kg`; see [`column_units`]).
pub(crate) const MEASURE: &str = "measure:";

/// The basis of a unit in a cell's brackets that is a noun of what is counted, no unit (`m²
/// per animal`, `m² per djur`): the nouns differ between the languages, and the unit is one
/// per thing counted, against one per unit of measure (`cm² per kg`).
const COUNTED_BASIS: &str = "each";

/// The unit a table's cell names in brackets after its column's or row's name (`| Weight (kg)
/// | Area (cm² per kg) |`, `| Yta (m² per djur) |`), the unit of that column's or row's
/// figures: an optional `measure:kg`, `measure:cm2/kg`, `measure:m2/each` (see [`COUNTED_BASIS`]),
/// compared like a value where both versions name one (`(g)` for `(kg)`), no finding where one
/// leaves it out. The bracket ends the cell, and holds a unit's symbol or word alone or with
/// the unit or noun it is given per after a slash or `per`; a letter alone (`(m)`) not after
/// the word of a point or with a figure in the name, where it is the point's.
pub(crate) fn column_units(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    for (start, cell) in super::row_cells(text) {
        let cell = cell.trim_end_matches(WORD_SPACES);
        if let Some(value) = unit_after_preposition(cell, start, lang_table) {
            out.push(value);
            continue;
        }
        let Some((name, inner, at)) = end_bracket(cell, start) else { continue };
        let Some(unit) = bracketed_unit(inner, lang_table) else { continue };
        if inner.len() == 1 {
            let (_, last) = last_word(name);
            let point =
                lang_table.point_words.iter().chain(lang_table.point_names).any(|word| is_entry(last, word));
            if point || name.contains(|c: char| c.is_ascii_digit()) {
                continue;
            }
        }
        out.push(measure(inner, at, &unit));
    }
}

/// The unit a caption or heading names in brackets at its end, the unit of the table's
/// figures it heads (`Table C — Minimum levels of taxation (EUR/GJ)`, `Tabell C –
/// Minimiskattenivåer (EUR/GJ)`): an optional `measure:EUR/GJ`, compared as the unit a cell
/// names in brackets ([`column_units`]). Only a block outside a table that ends with the
/// bracket, no full stop after it, and a unit of more than one letter, which a point's letter
/// never is (`point (g)`), after a word that is no unit.
pub(crate) fn caption_units(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    let text = text.trim_end_matches(WORD_SPACES);
    let Some((name, inner, at)) = end_bracket(text, 0) else { return };
    if inner.chars().nth(1).is_none() {
        return;
    }
    // A symbol glossing the unit named right before it, after its figure (`56 020 petajoules
    // (PJ)`), is that figure's.
    let (_, last) = last_word(name.trim_end_matches(WORD_SPACES));
    if unit_at(last, lang_table).is_some() {
        return;
    }
    if let Some(unit) = bracketed_unit(inner, lang_table) {
        out.push(measure(inner, at, &unit));
    }
}

/// The bracket that ends `cell`, a text starting at byte `start` of its block: the name before
/// it, which ends with a space and holds a letter, the bracket's text and where that starts.
fn end_bracket(cell: &str, start: usize) -> Option<(&str, &str, usize)> {
    let head = cell.strip_suffix(')')?;
    let open = head.rfind('(')?;
    let (name, inner) = (&head[..open], &head[open + 1..]);
    (name.ends_with(WORD_SPACES) && name.contains(char::is_alphabetic)).then_some((
        name,
        inner,
        start + open + 1,
    ))
}

/// The optional value of the unit `unit` written `inner` at byte `at` ([`MEASURE`]).
fn measure(inner: &str, at: usize, unit: &str) -> Value {
    let mut value =
        Value::new(ValueKind::Number, at..at + inner.len(), format!("{MEASURE}{unit}"), inner.to_string());
    value.optional = true;
    value
}

/// The supplementary unit a table's cell holds alone (`| 0 % | p/st | 31.12.2030 |`, `| m² |`,
/// `| 1 000 p/st |`; see [`SUPPLEMENTARY_UNITS`]), or the symbol of a unit column (`| dB(C) |`,
/// `| kW |`; a weighted decibel, or a symbol of [`UNIT_SYMBOLS`] with a small letter): an optional `measure:p/st`, compared like
/// the unit a cell names in brackets where both versions name one (`p/st` for `m²`), no
/// finding where one leaves it out. The cell's text is the unit, spaces aside, a non-breaking
/// space as a space.
pub(crate) fn cell_units(text: &str, out: &mut Vec<Value>) {
    for (start, cell) in super::row_cells(text) {
        let inner = cell.trim_matches(WORD_SPACES);
        // The longest unit is of eleven letters; most cells are longer, or of digits alone.
        if inner.is_empty() || inner.len() > 16 || inner.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let written = |unit: &str| {
            let mut chars = inner.chars().map(|c| if WORD_SPACES.contains(&c) { ' ' } else { c });
            chars.by_ref().eq(unit.chars())
        };
        let unit = SUPPLEMENTARY_UNITS
            .iter()
            .find(|(symbol, _)| written(symbol))
            .map(|&(_, unit)| unit)
            .or_else(|| WEIGHTED_DECIBELS.iter().copied().find(|symbol| written(symbol)))
            .or_else(|| {
                // A unit column's symbol (`| dB(C) |`, `| kW |`): of two letters or more, one
                // of them small, so that a capital alone or a code in capitals stays a mark or
                // a label (`| A |`, `| V |`, `| TB |`).
                UNIT_SYMBOLS
                    .iter()
                    .find(|(symbol, _)| {
                        symbol.chars().count() >= 2
                            && symbol.chars().any(char::is_lowercase)
                            && written(symbol)
                    })
                    .map(|&(_, unit)| unit)
            });
        // A unit a price or a count is given per, as a word (`| page |`, `| per timme |`).
        let unit = unit.or_else(|| {
            let word = ["per ", "Per "].iter().find_map(|per| inner.strip_prefix(per)).unwrap_or(inner);
            CELL_WORD_UNITS.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)).map(|&(_, unit)| unit)
        });
        let Some(unit) = unit else {
            continue;
        };
        let at = start + (cell.len() - cell.trim_start_matches(WORD_SPACES).len());
        let mut value = Value::new(
            ValueKind::Number,
            at..at + inner.len(),
            format!("{MEASURE}{unit}"),
            inner.to_string(),
        );
        value.optional = true;
        out.push(value);
    }
}

/// The price basis of the amounts around: current prices (`in current prices`, `i löpande
/// priser`) or constant ones (`at constant prices`, `in 2018 prices`, `i fasta priser`, `i 2018
/// års priser`), an optional `measure:prices-current` or `measure:prices-constant` compared like
/// a cell's unit where both versions name one, so that amounts in current prices made constant
/// are a changed value. The span is the words of the basis before `prices`/`priser` and that
/// word, a year aside (it is read as a year). In English, `current` and `constant` count after
/// `in`, `at` or an opening bracket only (`current prices of gas` are today's); in Swedish,
/// `fasta priser` after `i` or a bracket only (`fasta priser` are fixed ones in a contract).
pub(crate) fn price_bases(text: &str, lang: Lang, pairs: &super::Pairs, out: &mut Vec<Value>) {
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            [memchr::memmem::Finder::new("rices"), memchr::memmem::Finder::new("riser")]
        });
    let finder = &FINDERS[usize::from(lang == Lang::Sv)];
    for at in pairs.find_all(finder, text.as_bytes()) {
        let Some(start) = at.checked_sub(1) else { continue };
        let end = at + finder.needle().len();
        let whole = text.as_bytes().get(start).is_some_and(|byte| byte.eq_ignore_ascii_case(&b'p'))
            && !text
                .get(..start)
                .and_then(|head| head.chars().next_back())
                .is_some_and(char::is_alphanumeric)
            && !text.get(end..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric);
        let Some(head) = text.get(..start).filter(|_| whole) else { continue };
        let (before, word) = last_word(head);
        // A word right after an opening bracket starts the basis as a preposition would.
        let (opened, word) = match word.strip_prefix('(') {
            Some(word) => (true, word),
            None => (false, word),
        };
        let (before_that, preposition) = last_word(before);
        let year = |word: &str| {
            word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && word.starts_with(['1', '2'])
        };
        let after_preposition = |preposition: &str, opened: bool, prepositions: &[&str]| {
            opened || prepositions.iter().any(|known| preposition.eq_ignore_ascii_case(known))
        };
        let word_start = head.len() - word.len();
        let basis = match lang {
            Lang::En
                if word.eq_ignore_ascii_case("current")
                    && after_preposition(preposition, opened, &["in", "at"]) =>
            {
                Some(("prices-current", word_start))
            }
            Lang::En
                if word.eq_ignore_ascii_case("constant")
                    && after_preposition(preposition, opened, &["in", "at"]) =>
            {
                Some(("prices-constant", word_start))
            }
            Lang::En if year(word) => {
                let (opened, preposition) = match preposition.strip_prefix('(') {
                    Some(preposition) => (opened || preposition.is_empty(), preposition),
                    None => (opened, preposition),
                };
                let (_, first) = last_word(before_that);
                let constant = preposition.eq_ignore_ascii_case("constant")
                    && after_preposition(
                        first.trim_start_matches('('),
                        first.starts_with('('),
                        &["in", "at"],
                    );
                (constant || after_preposition(preposition, opened, &["in", "at"]))
                    .then_some(("prices-constant", start))
            }
            Lang::Sv if word.eq_ignore_ascii_case("löpande") => Some(("prices-current", word_start)),
            Lang::Sv
                if word.eq_ignore_ascii_case("fasta") && after_preposition(preposition, opened, &["i"]) =>
            {
                Some(("prices-constant", word_start))
            }
            Lang::Sv if word == "års" && year(preposition.trim_start_matches('(')) => {
                Some(("prices-constant", start))
            }
            _ => None,
        };
        let Some((basis, from)) = basis else { continue };
        let Some(surface) = text.get(from..end) else { continue };
        let mut value =
            Value::new(ValueKind::Number, from..end, format!("{MEASURE}{basis}"), surface.to_string());
        value.optional = true;
        out.push(value);
    }
}

/// The units a table's cell may name as a word of its own, in either language, with their
/// unit: the unit of a price list's row (`| Revision | page | 36.90 |`, `| Granskning | sida |
/// 36,90 |`) or of a column of durations (`| Days |`, `| Dagar |`). A cell of another word is a
/// label, left unread.
const CELL_WORD_UNITS: &[(&str, &str)] = &[
    ("page", "page"),
    ("pages", "page"),
    ("sida", "page"),
    ("sidor", "page"),
    ("word", "word"),
    ("words", "word"),
    ("ord", "word"),
    ("line", "line"),
    ("lines", "line"),
    ("rad", "line"),
    ("rader", "line"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("minut", "minute"),
    ("minuter", "minute"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("timme", "hour"),
    ("timmar", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("dag", "day"),
    ("dagar", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("vecka", "week"),
    ("veckor", "week"),
    ("month", "month"),
    ("months", "month"),
    ("månad", "month"),
    ("månader", "month"),
];

/// The unit given per an amount of money that a table's cell holds alone (`| tCO2e/EUR
/// million invested |`, `| GWh per million EUR of revenue |`, `| ton per investerad miljon
/// euro |`): an optional `measure:t/EUR 10^6 invested`, compared like the unit a cell names in
/// brackets ([`column_units`]) where both versions name one. The cell is the unit's symbol or
/// word, a slash or `per`, and the amount's scale and currency in either order, with a word of
/// its basis (`money_bases` in `tables/`) before or after them or none; any other word leaves
/// the cell unread. So a changed unit (`MWh` for `GWh`), scale (`miljard` for `million`) or
/// basis (`i intäkter` for `invested`) is a changed value.
pub(crate) fn money_rate_cells(text: &str, lang: Lang, out: &mut Vec<Value>) {
    let lang_table = table(lang);
    for (start, cell) in super::row_cells(text) {
        let inner = cell.trim_matches(WORD_SPACES);
        // The longest such unit is of a few words; most cells hold no slash nor `per`.
        if inner.is_empty() || inner.len() > 64 || !(inner.contains('/') || inner.contains(" per ")) {
            continue;
        }
        let Some(unit) = money_rate(inner, lang_table) else { continue };
        let at = start + (cell.len() - cell.trim_start_matches(WORD_SPACES).len());
        out.push(measure(inner, at, &unit));
    }
}

/// The unit of `inner`, a unit given per an amount of money (see [`money_rate_cells`]), as
/// `t/EUR 10^6 invested`.
fn money_rate(inner: &str, lang_table: &LangTable) -> Option<String> {
    let (base, rest) = unit_at(inner, lang_table)?;
    let mut words = match rest.strip_prefix('/') {
        Some(slashed) => slashed,
        None => {
            let (word, after) = first_word(rest.trim_start_matches(WORD_SPACES));
            if !lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word)) {
                return None;
            }
            after
        }
    };
    let (mut scale, mut currency, mut basis) = (None, None, None);
    loop {
        words = words.trim_start_matches(WORD_SPACES);
        if words.is_empty() {
            break;
        }
        if basis.is_none()
            && let Some(&(written, named)) =
                lang_table.money_bases.iter().find(|(written, _)| starts_with_phrase(words, written))
        {
            basis = Some(named);
            words = &words[written.len()..];
            continue;
        }
        let word = words.split(WORD_SPACES).next().unwrap_or_default();
        let lower = word.to_lowercase();
        if scale.is_none()
            && let Some(&(_, power)) = lang_table.scales.iter().find(|(written, _)| *written == lower)
        {
            scale = Some(power);
        } else if currency.is_none()
            && let Some(&(_, code)) = lang_table.currencies.iter().find(|(written, _)| *written == lower)
        {
            currency = Some(code);
        } else {
            return None;
        }
        words = &words[word.len()..];
    }
    let (Some(power), Some(code)) = (scale, currency) else { return None };
    Some(match basis {
        Some(basis) => format!("{base}/{code} 10^{power} {basis}"),
        None => format!("{base}/{code} 10^{power}"),
    })
}

/// The figures of a table row whose first cell names per cent as the unit of the row (`|
/// Minsta alkoholhalt i volymprocent | 37,5 | 15 |`, `| Share of exports (%) | 12,5 |`, `|
/// Alcoholic strength (% vol) | 40 |`): a version may write the unit once in the row's name
/// and the other after each figure (`| Minimum alcoholic strength by volume | 37,5 % | 15 %
/// |`). A bare figure or range of the row's other cells (`num:`, `num-range:`, no unit read)
/// becomes a percentage (`pct:37.5`), so that the figure is compared and the unit is not. A
/// name of one letter before the bracket (`n (%)`) counts cases and gives percentages in
/// brackets beside them: no unit of the row.
pub(crate) fn row_percentages(text: &str, lang: Lang, values: &mut [Value]) {
    let lang_table = table(lang);
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_range = line_start..line_start + line.len();
        line_start += line.len() + 1;
        let mut cells = super::row_cells(line);
        let Some((_, first)) = cells.next() else { continue };
        // The first cell may be the empty one before the row's opening bar.
        let (first_start, first) = if first.trim().is_empty() {
            match cells.next() {
                Some(cell) => cell,
                None => continue,
            }
        } else {
            (0, first)
        };
        if !names_percent(first, lang_table) {
            continue;
        }
        let rest = line_range.start + first_start + first.len()..line_range.end;
        for value in values.iter_mut() {
            // A figure in digits only: a count in a word (`treårsgenomsnitt`) is no share.
            let digits = text.get(value.span.clone()).is_some_and(|written| {
                written.trim_start_matches(['-', '−', '+']).starts_with(|c: char| c.is_ascii_digit())
            });
            // Nor is a figure hyphened to its noun (`3-year average`) or read as optional.
            let hyphened =
                text.get(value.span.end..).is_some_and(|after| after.starts_with(['-', '\u{2011}']));
            if value.kind != ValueKind::Number
                || value.detail.is_some()
                || value.optional
                || hyphened
                || !digits
                || !rest.contains(&value.span.start)
            {
                continue;
            }
            for (bare, percent) in [("num:", "pct:"), ("num-range:", "pct-range:")] {
                if let Some(figure) = value.key.strip_prefix(bare) {
                    value.key = format!("{percent}{figure}");
                    break;
                }
            }
        }
    }
}

/// Whether a table row's first cell ends by naming per cent as the row's unit: in brackets
/// (`(%)`, `(% vol)`, `(% by weight)`, `(volymprocent)`) after a name of two letters or more,
/// or after a preposition that names a cell's unit (`in %`, `i procent`, `i volymprocent`).
fn names_percent(cell: &str, lang_table: &LangTable) -> bool {
    let cell = cell.trim_matches(WORD_SPACES);
    let percent = |unit: &str| {
        let unit = unit.trim_matches(WORD_SPACES);
        unit == "%"
            || unit.strip_prefix("% ").is_some_and(|rest| {
                rest.len() <= 12 && rest.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '/')
            })
            || lang_table.percent_words.iter().any(|word| word_is(unit, word))
    };
    if let Some(head) = cell.strip_suffix(')')
        && let Some(open) = head.rfind('(')
    {
        let name = &head[..open];
        let (_, last) = last_word(name);
        let one_letter = last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
        return name.contains(char::is_alphabetic) && !one_letter && percent(&head[open + 1..]);
    }
    let (head, unit) = last_word(cell);
    let (name, preposition) = last_word(head);
    name.contains(char::is_alphabetic)
        && lang_table.cell_unit_prepositions.iter().any(|known| is_entry(preposition, known))
        && percent(unit)
}

/// The unit a cell's name ends with after a preposition (`time between the call and the
/// arrival, in minutes`, `… i minuter`), as a bracket gives it (`Time (min)`): a word of three
/// letters or more, as `i år` is `this year`. The cell starts at `start` of its row.
fn unit_after_preposition(cell: &str, start: usize, lang_table: &LangTable) -> Option<Value> {
    let (head, word) = last_word(cell);
    let (name, preposition) = last_word(head);
    if word.chars().count() < 3
        || !word.chars().all(char::is_alphabetic)
        || !lang_table.cell_unit_prepositions.iter().any(|known| is_entry(preposition, known))
        || !name.contains(char::is_alphabetic)
    {
        return None;
    }
    let (unit, "") = unit_at(word, lang_table)? else { return None };
    let at = start + head.len();
    let mut value =
        Value::new(ValueKind::Number, at..at + word.len(), format!("{MEASURE}{unit}"), word.to_string());
    value.optional = true;
    Some(value)
}

/// Units named after a preposition that are the unit of some other meaning too (`in GB`,
/// Great Britain; `in bar charts`; `in FH`): read after a figure only.
const AMBIGUOUS_NAMED_UNITS: &[&str] = &["MB", "GB", "TB", "PB", "FH", "FC", "bar", "toe"];

/// The unit a quantity is given in, named after the language's `unit_prepositions` where no
/// figure stands (`total energy consumption in MWh per net revenue`, `i GWh`; `in tonnes
/// CO2e`, `i ton koldioxidekvivalenter`): an optional `measure:MWh`, as [`column_units`]
/// reads a column's, compared where both versions name one (`i kg CO2e` for `in tonnes
/// CO2e`), no finding where one leaves it out. Only a unit of measure (no unit of time:
/// `i år` is this year, `i min` is in my), written with two letters or more (`in m`, `in t`
/// may be no unit), ending its word.
pub(crate) fn named_units(text: &str, lang: Lang, pairs: &super::pairs::Pairs, out: &mut Vec<Value>) {
    static FINDERS: std::sync::LazyLock<[Vec<memchr::memmem::Finder<'static>>; 2]> =
        std::sync::LazyLock::new(|| super::table_finders(|lang_table| lang_table.unit_prepositions));
    let lang_table = table(lang);
    let bytes = text.as_bytes();
    for finder in &FINDERS[super::lang_index(lang)] {
        for at in pairs.find_all(finder, bytes) {
            if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
                continue;
            }
            let start = at + finder.needle().len();
            let Some(rest) = text.get(start..) else { continue };
            // Most words after the preposition start with a small letter of no unit's symbol
            // or word: one byte rules out none, but the lists are tried only after a letter.
            if !rest.starts_with(|c: char| c.is_alphabetic() || c == '°') {
                continue;
            }
            let (word, _) = first_word(rest);
            if lang_table.unit_preposition_skips.contains(&word) {
                continue;
            }
            let Some((unit, after)) = unit_at(rest, lang_table) else { continue };
            let written = &rest[..rest.len() - after.len()];
            if written.chars().nth(1).is_none() || !measure_unit(unit) {
                continue;
            }
            // A figure after the unit is its own (`in kg 5`), and a hyphen makes a compound.
            let next = after.trim_start_matches(WORD_SPACES);
            if next.starts_with(|c: char| c.is_ascii_digit()) || after.starts_with(['-', '\u{2011}']) {
                continue;
            }
            // Power named without its figure is compared without its qualifier (`in MWe`,
            // `i MW`): which power a figure counts is the figure's to say.
            let unit = super::tables::QUALIFIED_UNITS
                .iter()
                .find(|(qualified, _)| *qualified == unit)
                .map_or(unit, |&(_, base)| base);
            let mut value = Value::new(
                ValueKind::Number,
                start..start + written.len(),
                format!("{MEASURE}{unit}"),
                written.to_string(),
            );
            value.optional = true;
            out.push(value);
        }
    }
}

/// Whether `unit` is a unit of measure that a preposition may name alone (see
/// [`named_units`]): a symbol's unit, of length, area, volume, mass, energy, power,
/// frequency, pressure, voltage or temperature, not one of time nor one of
/// [`AMBIGUOUS_NAMED_UNITS`].
fn measure_unit(unit: &str) -> bool {
    let named = |symbols: &[(&str, &str)]| symbols.iter().any(|&(_, named)| named == unit);
    (named(UNIT_SYMBOLS)
        || named(POWERED_UNIT_SYMBOLS)
        || named(TEMPERATURE_SYMBOLS)
        || named(VOLUME_SYMBOLS))
        && !AMBIGUOUS_NAMED_UNITS.contains(&unit)
        && !TIME_UNITS.contains(&unit)
}

/// The unit that `inner`, a bracket's text, names whole (`kg`, `cm² per kg`, `m³/s`, `m² per
/// djur`), as a value's key names it after [`MEASURE`]; a currency's code only before the unit
/// it is given per (`EUR/GJ`, `EUR per tonne`), as an amount's unit.
fn bracketed_unit(inner: &str, lang_table: &LangTable) -> Option<String> {
    let (base, rest) = unit_at(inner, lang_table).or_else(|| currency_before_basis(inner))?;
    if rest.is_empty() {
        return Some(base.to_string());
    }
    if rest.is_empty() {
        return Some(base.to_string());
    }
    let basis_text = match rest.strip_prefix('/') {
        Some(slashed) => slashed,
        None => {
            let (word, after) = first_word(rest.trim_start_matches(WORD_SPACES));
            if !lang_table.figure_per_words.iter().any(|per| per.eq_ignore_ascii_case(word))
                || !after.starts_with(WORD_SPACES)
            {
                return None;
            }
            after.trim_start_matches(WORD_SPACES)
        }
    };
    let (word, tail) = first_word(basis_text);
    let slashed =
        rest.starts_with('/').then(|| slashed_time(base, word)).flatten().filter(|_| tail.is_empty());
    // A period after a noun of what is counted, after a second slash (`l/person/dag`).
    let period = tail.strip_prefix('/').filter(|_| rest.starts_with('/')).and_then(|after| {
        let (unit, end) = first_word(after);
        let unit = unit_word(&unit.to_lowercase(), lang_table).filter(|unit| TIME.contains(unit));
        unit.filter(|_| end.is_empty())
    });
    let basis = match slashed.map(|unit| (unit, "")).or_else(|| unit_at(basis_text, lang_table)) {
        Some((unit, "")) => unit,
        Some(_) => return None,
        // A noun of what is counted, one word, as [`COUNTED_BASIS`]: the nouns differ between
        // the languages (`m² per head`, `m² per djur`).
        None if !word.is_empty() && tail.is_empty() => COUNTED_BASIS,
        // A noun and a period after it: one of the language's `rate_bases` by its name
        // (`l/person/dag` = `l/person/day`, where `l/hushåll/dag` is another basis); any other
        // noun names no unit to compare.
        None if !word.is_empty() && period.is_some() => {
            let lower = word.to_lowercase();
            let name = lang_table.rate_bases.iter().find(|(noun, _)| *noun == lower)?.1;
            return period.map(|period| format!("{base}/{name}/{period}"));
        }
        None => return None,
    };
    Some(format!("{base}/{basis}"))
}

/// The code of a currency that starts `inner` before a slash or a space (`EUR/GJ`, `EUR per
/// tonne`), and the text after it.
fn currency_before_basis(inner: &str) -> Option<(&'static str, &str)> {
    let code = super::tables::CURRENCY_CODES.iter().find(|code| inner.as_bytes().starts_with(code))?;
    let rest = inner.get(code.len()..)?;
    let code = std::str::from_utf8(code).ok()?;
    (rest.starts_with('/') || rest.starts_with(WORD_SPACES)).then_some((code, rest))
}

/// The unit whose symbol or word starts `text` (`cm²`, `kg`, `°C`, `h`, `tonnes`), and the
/// text after it, which starts with no letter or digit.
fn unit_at<'a>(text: &'a str, lang_table: &LangTable) -> Option<(&'static str, &'a str)> {
    let mut symbols = POWERED_UNIT_SYMBOLS.iter().chain(TEMPERATURE_SYMBOLS);
    if let Some(&(symbol, unit)) = symbols.find(|(symbol, _)| text.starts_with(symbol)) {
        let rest = &text[symbol.len()..];
        return (!rest.starts_with(char::is_alphanumeric)).then_some((unit, rest));
    }
    let (word, rest) = first_word(text);
    if word.is_empty() || rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let symbol = |symbols: &[(&str, &'static str)]| {
        symbols.iter().find(|(symbol, _)| *symbol == word).map(|&(_, unit)| unit)
    };
    let unit = symbol(UNIT_SYMBOLS)
        .or_else(|| symbol(VOLUME_SYMBOLS))
        .or_else(|| symbol(TIME_SYMBOLS))
        .or_else(|| {
            // A word of two letters or fewer only as written, in lower case (`år`, not `AR`).
            let lower = word.to_lowercase();
            unit_word(&lower, lang_table).filter(|_| word.chars().nth(2).is_some() || word == lower)
        })?;
    Some((unit, rest))
}

/// The letters that start `text`, and what follows them.
fn first_word(text: &str) -> (&str, &str) {
    let len = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    text.split_at(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words after `in`/`i` that the reader of a unit named with no figure skips name no
    /// unit of measure: skipping them changes nothing it reads.
    #[test]
    fn the_words_skipped_after_a_unit_preposition_name_no_unit() {
        for lang in [Lang::En, Lang::Sv] {
            let lang_table = table(lang);
            for word in lang_table.unit_preposition_skips {
                let text = format!("{word} per year");
                let read = unit_at(&text, lang_table)
                    .filter(|&(unit, after)| text.len() - after.len() > 1 && measure_unit(unit));
                assert!(read.is_none(), "{word:?} names {read:?}");
            }
        }
    }

    /// The period or basis of each firm value of `text` (`second` alone is also an optional
    /// ordinal).
    fn per(text: &str, lang: Lang) -> Vec<Option<&'static str>> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| !value.optional)
            .map(|value| value.per)
            .collect()
    }

    /// Each figure of `text` with the unit it counts, if any.
    fn units(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| value.kind == ValueKind::Number)
            .map(|value| (value.key, value.detail))
            .collect()
    }

    fn unit(key: &str, unit: Option<&str>) -> (String, Option<String>) {
        (key.to_string(), unit.map(str::to_string))
    }

    /// Each figure of `text` with the direction of the bound it sets, if any.
    fn bounds(text: &str, lang: Lang) -> Vec<(String, Option<Bound>)> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| value.kind == ValueKind::Number)
            .map(|value| (value.key, value.bound))
            .collect()
    }

    #[test]
    fn two_bounds_joined_share_the_unit_after_the_second() {
        let low = |key: &str| bound(key, Some(Bound::Lower));
        let high = |key: &str| bound(key, Some(Bound::Upper));
        assert_eq!(
            bounds("innehållande minst 12 men högst 16 viktprocent litium", Lang::Sv),
            [low("pct:12"), high("pct:16")]
        );
        assert_eq!(bounds("minst 12 och högst 16 % av vikten", Lang::Sv), [low("pct:12"), high("pct:16")]);
        assert_eq!(
            bounds("by weight 12 or more but not more than 16 % of lithium", Lang::En),
            [low("pct:12"), high("pct:16")]
        );
        assert_eq!(bounds("at least 0,5 and at most 1,5 pp", Lang::En), [low("pp:0.5"), high("pp:1.5")]);
        // A unit of measure too, as the detail of both.
        let found = super::super::extract("en tjocklek av minst 12 men högst 50 µm", Lang::Sv);
        assert!(found.iter().all(|value| value.detail.as_deref() == Some("µm")), "{found:?}");
        // The unit after the first is its own; bounds of one direction, a noun between, a word
        // of choice, a unit holding a scale: the bare figure stays bare.
        assert_eq!(bounds("12 % or more but not more than 16 %", Lang::En), [low("pct:12"), high("pct:16")]);
        assert_eq!(bounds("minst 12 och minst 16 %", Lang::Sv), [low("num:12"), low("pct:16")]);
        assert_eq!(bounds("minst 12 personer men högst 16 %", Lang::Sv), [low("num:12"), high("pct:16")]);
        assert_eq!(bounds("at least 12 or at most 16 %", Lang::En), [low("num:12"), high("pct:16")]);
        let scaled = super::super::extract("at least 2 and at most 3 Mt", Lang::En);
        assert_eq!(scaled.first().map(|value| value.key.as_str()), Some("num:2"));
    }

    #[test]
    fn a_list_shares_the_percent_written_after_its_last_member() {
        let keys = |text: &str, lang: Lang| -> Vec<String> {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|value| value.kind == ValueKind::Number)
                .map(|value| value.key)
                .collect()
        };
        assert_eq!(keys("på 0,01 respektive 0,05 viktprocent", Lang::Sv), ["pct:0.01", "pct:0.05"]);
        let weight = super::super::extract("på 0,01 respektive 0,05 viktprocent", Lang::Sv);
        assert!(weight.iter().all(|value| value.detail.as_deref() == Some("% by weight")), "{weight:?}");
        assert_eq!(keys("10, 20 och 30 %", Lang::Sv), ["pct:10", "pct:20", "pct:30"]);
        assert_eq!(keys("10, 20 and 30%", Lang::En), ["pct:10", "pct:20", "pct:30"]);
        assert_eq!(keys("10–15 och 20 %", Lang::Sv), ["pct-range:10..15", "pct:20"]);
        // A count beside the share it makes.
        assert_eq!(keys("(1 638 eller 48 %)", Lang::Sv), ["num:1638", "pct:48"]);
        assert_eq!(keys("med 2 och 3 procentenheter", Lang::Sv), ["pp:2", "pp:3"]);
        // Given the other way round, each keeps its own figure.
        assert_eq!(keys("på 0,05 respektive 0,01 viktprocent", Lang::Sv), ["pct:0.05", "pct:0.01"]);
        // A noun or another word between, a unit of its own: the bare figure stays bare.
        assert_eq!(keys("10 personer och 15 %", Lang::Sv), ["num:10", "pct:15"]);
        assert_eq!(keys("10 år och sedan 15 %", Lang::Sv), ["num:10", "pct:15"]);
        assert_eq!(keys("in 10 cases, 15%", Lang::En), ["num:10", "pct:15"]);
        assert_eq!(keys("Of these 300, 15% were late", Lang::En), ["num:300", "pct:15"]);
        // A comma before the word sets the figures apart.
        assert_eq!(keys("between 30 and 54, and 28% were born", Lang::En), ["num-range:30..54", "pct:28"]);
        assert_eq!(keys("the total to 25 600, or 22 % more", Lang::En), ["num:25600", "pct:22"]);
        assert_eq!(keys("10 mg och 15 %", Lang::Sv)[1], "pct:15");
        assert_eq!(keys("10 mg och 15 %", Lang::Sv)[0], "num:10");
    }

    #[test]
    fn a_limit_in_time_bounds_a_length_counted_from_an_event() {
        let two = |bound: Option<Bound>| vec![("num:2".to_string(), bound)];
        // `No later than 2 years before` is 2 years or more before: a lower bound of the length.
        assert_eq!(bounds("no later than 2 years before the expiry", Lang::En), two(Some(Bound::Lower)));
        assert_eq!(bounds("senast två år innan tilläggsskyddet löper ut", Lang::Sv), two(Some(Bound::Lower)));
        assert_eq!(
            bounds("tidigast två år innan tilläggsskyddet löper ut", Lang::Sv),
            two(Some(Bound::Upper))
        );
        assert_eq!(bounds("at the earliest 2 years before the expiry", Lang::En), two(Some(Bound::Upper)));
        // Counted on from the event, the moment's limit is the length's.
        assert_eq!(bounds("senast två år efter ikraftträdandet", Lang::Sv), two(Some(Bound::Upper)));
        assert_eq!(
            bounds("no earlier than 2 years after entry into force", Lang::En),
            two(Some(Bound::Lower))
        );
    }

    #[test]
    fn two_limits_in_time_share_the_event_written_after_the_second() {
        let limits = |first: &str, low: Bound, second: &str, high: Bound| {
            vec![bound(first, Some(low)), bound(second, Some(high))]
        };
        assert_eq!(
            bounds("revokes it not later than 90 days but not before 30 days after the reminder", Lang::En),
            limits("num:90", Bound::Upper, "num:30", Bound::Lower)
        );
        assert_eq!(
            bounds("återkalla den tidigast 30 dagar och senast 90 dagar efter påminnelsen", Lang::Sv),
            limits("num:30", Bound::Lower, "num:90", Bound::Upper)
        );
        // Counted back from the event, both turn.
        assert_eq!(
            bounds("tidigast 30 dagar och senast 10 dagar före mötet", Lang::Sv),
            limits("num:30", Bound::Upper, "num:10", Bound::Lower)
        );
    }

    #[test]
    fn a_limit_in_time_shares_no_event_across_other_words() {
        // No limit before the second length, other words between, or no event after it.
        assert_eq!(
            bounds("senast 30 dagar och 90 dagar efter påminnelsen", Lang::Sv),
            vec![bound("num:30", None), bound("num:90", None)]
        );
        assert_eq!(
            bounds("senast 30 dagar och därefter senast 90 dagar efter påminnelsen", Lang::Sv)[0],
            bound("num:30", None)
        );
        assert_eq!(
            bounds("not later than 90 days but not before 30 days hence", Lang::En),
            vec![bound("num:90", None), bound("num:30", None)]
        );
    }

    #[test]
    fn a_limit_in_time_bounds_no_length_of_no_event() {
        let two = |bound: Option<Bound>| vec![("num:2".to_string(), bound)];
        // No event after the length, or no length of time.
        assert_eq!(bounds("senast två år", Lang::Sv), two(None));
        assert_eq!(bounds("no later than 2 years hence", Lang::En), two(None));
        assert_eq!(bounds("no later than 2 members before", Lang::En), two(None));
        // The word of time after the length only: `2 years before` is no bound.
        assert_eq!(bounds("lodged 2 years before the expiry", Lang::En), two(None));
    }

    fn bound(key: &str, bound: Option<Bound>) -> (String, Option<Bound>) {
        (key.to_string(), bound)
    }

    #[test]
    fn qualifiers_between_a_figure_and_its_unit() {
        assert_eq!(
            units("39.821 ODP tonnes and 10 ODP kg", Lang::En),
            [unit("num:39.821", Some("t")), unit("num:10", Some("kg"))]
        );
        assert_eq!(
            units("39,821 ODP-ton och 10 ODP-kg", Lang::Sv),
            [unit("num:39.821", Some("t")), unit("num:10", Some("kg"))]
        );
        assert_eq!(units("about 3 500 nautical miles", Lang::En), [unit("num:3500", Some("nmi"))]);
        assert_eq!(units("omkring 3 500 extra sjömil", Lang::Sv), [unit("num:3500", Some("nmi"))]);
        // A Swedish mil is no mile but ten kilometres, a unit of its own; a mile of the sea
        // is a nautical mile.
        assert_eq!(units("3 500 mil", Lang::Sv), [unit("num:3500", Some("mil"))]);
        assert_eq!(units("utanför 6 nautiska mil", Lang::Sv), [unit("num:6", Some("nmi"))]);
    }

    #[test]
    fn rates_of_data_are_units_of_their_own() {
        assert_eq!(
            units("peaked at 4.7 Tbps and 38 Gbps", Lang::En),
            [unit("num:4.7", Some("Tbit/s")), unit("num:38", Some("Gbit/s"))]
        );
        assert_eq!(
            units("nådde 4,7 Tbit/s och 38 Gbit/s", Lang::Sv),
            [unit("num:4.7", Some("Tbit/s")), unit("num:38", Some("Gbit/s"))]
        );
        assert_eq!(per("nådde 38 Gbit/s", Lang::Sv), [None]);
        // A slash after another word is still a rate per second.
        assert_eq!(per("12 TWh/s", Lang::En), [Some("second")]);
    }

    #[test]
    fn adjectives_of_a_limit_bound_the_figure_after_their_noun() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("with a minimum haircut of 8%", Lang::En), [bound("pct:8", Some(Lower))]);
        assert_eq!(bounds("med ett lägsta värderingsavdrag på 8 %", Lang::Sv), [bound("pct:8", Some(Lower))]);
        assert_eq!(bounds("med ett högsta värderingsavdrag på 8 %", Lang::Sv), [bound("pct:8", Some(Upper))]);
        assert_eq!(bounds("capped at 50 % of its GNI", Lang::En), [bound("pct:50", Some(Upper))]);
        assert_eq!(bounds("begränsas till 50 % av dess BNI", Lang::Sv), [bound("pct:50", Some(Upper))]);
        // Two words between, or no preposition: no bound.
        assert_eq!(bounds("a minimum annual haircut of 8%", Lang::En), [bound("pct:8", None)]);
        assert_eq!(bounds("the minimum haircut, 8%", Lang::En), [bound("pct:8", None)]);
        // A relation word at the figure bounds it: the adjective names the quantity bounded.
        assert_eq!(bounds("maximum capacity of 0,8 kW or more", Lang::En), [bound("num:0.8", Some(Lower))]);
        assert_eq!(
            bounds("en maximal kapacitet på 0,8 kW eller mer", Lang::Sv),
            [bound("num:0.8", Some(Lower))]
        );
        assert_eq!(bounds("a minimum capacity of at most 5 MW", Lang::En), [bound("num:5", Some(Upper))]);
        // Without one, the adjective still bounds it.
        assert_eq!(bounds("maximum capacity of 0,8 kW", Lang::En), [bound("num:0.8", Some(Upper))]);
    }

    #[test]
    fn relation_words_before_a_figure_set_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("At least 30% of it", Lang::En), [bound("pct:30", Some(Lower))]);
        assert_eq!(bounds("Högst 30 % av den", Lang::Sv), [bound("pct:30", Some(Upper))]);
        assert_eq!(bounds("the spread exceeds 85 basis points", Lang::En), [bound("pp:0.85", Some(Lower))]);
        assert_eq!(bounds("spreaden understiger 85 baspunkter", Lang::Sv), [bound("pp:0.85", Some(Upper))]);
        // The longest phrase wins: a negated one is the other direction.
        assert_eq!(bounds("no less than 5 %", Lang::En), [bound("pct:5", Some(Lower))]);
        assert_eq!(bounds("not more than 5 %", Lang::En), [bound("pct:5", Some(Upper))]);
        assert_eq!(bounds("shall not exceed 20%", Lang::En), [bound("pct:20", Some(Upper))]);
        assert_eq!(bounds("som inte överstiger 5 %", Lang::Sv), [bound("pct:5", Some(Upper))]);
        assert_eq!(bounds("intäkten överstiger inte 5 %", Lang::Sv), [bound("pct:5", Some(Upper))]);
        // A floor: a negated `understiga` and `fall below` is at least the figure.
        assert_eq!(bounds("får inte överstiga 50 % av BNI", Lang::Sv), [bound("pct:50", Some(Upper))]);
        assert_eq!(bounds("får inte understiga 50 % av BNI", Lang::Sv), [bound("pct:50", Some(Lower))]);
        // The subordinate clause's order, negation before the modal verb.
        assert_eq!(
            bounds("medan summan inte får understiga 43,5 %", Lang::Sv),
            [bound("pct:43.5", Some(Lower))]
        );
        assert_eq!(bounds("att halten inte får överstiga 5 %", Lang::Sv), [bound("pct:5", Some(Upper))]);
        assert_eq!(bounds("basen understiger inte 50 %", Lang::Sv), [bound("pct:50", Some(Lower))]);
        assert_eq!(bounds("om basen skulle understiga 50 %", Lang::Sv), [bound("pct:50", Some(Upper))]);
        assert_eq!(bounds("may not exceed 50 % of GNI", Lang::En), [bound("pct:50", Some(Upper))]);
        assert_eq!(bounds("may not fall below 50 % of GNI", Lang::En), [bound("pct:50", Some(Lower))]);
        assert_eq!(bounds("where it falls below 50 %", Lang::En), [bound("pct:50", Some(Upper))]);
        // Strict and non-strict are one direction (their relations differ).
        assert_eq!(bounds("more than 20 kWh", Lang::En), [bound("num:20", Some(Lower))]);
        assert_eq!(bounds("minst 20 kWh", Lang::Sv), [bound("num:20", Some(Lower))]);
        // A word inside another is none (`overall`, `summer`).
        assert_eq!(bounds("overall 5 %", Lang::En), [bound("pct:5", None)]);
        // The floor or ceiling a text sets or assumes, with its article.
        assert_eq!(bounds("against the minimum of 25% assumed", Lang::En), [bound("pct:25", Some(Lower))]);
        assert_eq!(bounds("within the maximum of 25% allowed", Lang::En), [bound("pct:25", Some(Upper))]);
        // A minimum named apart from the figure sets none.
        assert_eq!(bounds("the minimum is given in 25% of cases", Lang::En), [bound("pct:25", None)]);
    }

    #[test]
    fn a_year_before_a_relation_word_is_no_figure_it_compares() {
        use Bound::{Lower, Upper};
        assert_eq!(
            bounds("men för åren 2026–2029 högst 30 % av dess tilldelningar", Lang::Sv),
            [bound("pct:30", Some(Upper))]
        );
        assert_eq!(bounds("och 2030 minst 40 % av dem", Lang::Sv), [bound("pct:40", Some(Lower))]);
        assert_eq!(bounds("by 2030 at least 40 % of them", Lang::En), [bound("pct:40", Some(Lower))]);
        assert_eq!(
            bounds("subject to a limit of 30 % of its allocations", Lang::En),
            [bound("pct:30", Some(Upper))]
        );
        // After another figure the words compare that one.
        assert_eq!(bounds("rose by 1,4 % mer än 5 % i fjol", Lang::Sv)[1], bound("pct:5", None));
        assert_eq!(bounds("a share of 2,2029 more than 5 %", Lang::En)[1], bound("pct:5", None));
        // A qualified limit is no bare one.
        assert_eq!(bounds("a lower limit of 30 %", Lang::En), [bound("pct:30", None)]);
    }

    /// Each figure of `text` with the direction of its bound and how it holds the figure.
    fn relations(text: &str, lang: Lang) -> Vec<(Option<Bound>, Option<Relation>)> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| value.kind == ValueKind::Number)
            .map(|value| (value.bound, value.relation))
            .collect()
    }

    #[test]
    fn a_bound_leaves_its_figure_out_or_takes_it_in() {
        use Bound::{Lower, Upper};
        use Relation::{Inclusive, Strict};
        assert_eq!(relations("more than 50% of the votes", Lang::En), [(Some(Lower), Some(Strict))]);
        assert_eq!(relations("mer än 50 % av rösterna", Lang::Sv), [(Some(Lower), Some(Strict))]);
        assert_eq!(relations("minst 50 % av rösterna", Lang::Sv), [(Some(Lower), Some(Inclusive))]);
        assert_eq!(relations("at least 50% of the votes", Lang::En), [(Some(Lower), Some(Inclusive))]);
        assert_eq!(relations("högst 5 % av dem", Lang::Sv), [(Some(Upper), Some(Inclusive))]);
        assert_eq!(relations("p < 0.01", Lang::En), [(Some(Upper), Some(Strict))]);
        assert_eq!(relations("p ≤ 0,01", Lang::Sv), [(Some(Upper), Some(Inclusive))]);
        assert_eq!(relations("20 kWh or more", Lang::En), [(Some(Lower), Some(Inclusive))]);
        // A negated comparison takes the figure in, a negated limit leaves it out.
        assert_eq!(relations("not more than 5 %", Lang::En), [(Some(Upper), Some(Inclusive))]);
        assert_eq!(relations("får inte vara mindre än 9 %", Lang::Sv), [(Some(Lower), Some(Inclusive))]);
        // Equality before or after a comparison takes the figure in.
        assert_eq!(relations("equal to or above 25 ppb", Lang::En), [(Some(Lower), Some(Inclusive))]);
        assert_eq!(
            relations("GDP at or below 75% of the average", Lang::En),
            [(Some(Upper), Some(Inclusive))]
        );
        assert_eq!(relations("at or above 115%", Lang::En), [(Some(Lower), Some(Inclusive))]);
        assert_eq!(
            relations("låg täckningen på eller över 80 %", Lang::Sv),
            [(Some(Lower), Some(Inclusive))]
        );
        assert_eq!(
            relations("läcka metan vid eller över 7 000 ppm", Lang::Sv),
            [(Some(Lower), Some(Inclusive))]
        );
        // Without the equality the limit stays strict.
        assert_eq!(relations("GDP below 75% of the average", Lang::En), [(Some(Upper), Some(Strict))]);
        assert_eq!(
            relations("som är lika med eller överstiger 7,5 miljarder EUR", Lang::Sv)[0].1,
            Some(Inclusive)
        );
        assert_eq!(
            relations("equal to or less than EUR 5 million", Lang::En),
            [(Some(Upper), Some(Inclusive))]
        );
        assert_eq!(relations("less than or equal to 5 %", Lang::En), [(Some(Upper), Some(Inclusive))]);
        // Comparatives of age and length bound as the others do.
        assert_eq!(relations("lambs of less than 1 week", Lang::En), [(Some(Upper), Some(Strict))]);
        assert_eq!(relations("lamm som är yngre än en vecka", Lang::Sv), [(Some(Upper), Some(Strict))]);
        assert_eq!(relations("kept no longer than two years", Lang::En), [(Some(Upper), Some(Inclusive))]);
    }

    #[test]
    fn words_of_nearness_and_approximation() {
        use Bound::{Lower, Upper};
        use Relation::{About, Near};
        // `knappt` is just under, `drygt` just over.
        assert_eq!(relations("ett skydd på knappt tre månader", Lang::Sv), [(Some(Upper), Some(Near))]);
        assert_eq!(relations("ett skydd på drygt tre månader", Lang::Sv), [(Some(Lower), Some(Near))]);
        assert_eq!(relations("almost 3 months", Lang::En), [(Some(Upper), Some(Near))]);
        assert_eq!(relations("just over 3 months", Lang::En), [(Some(Lower), Some(Near))]);
        // A figure given roughly has no bound.
        assert_eq!(relations("(about EUR 3,900)", Lang::En), [(None, Some(About))]);
        assert_eq!(relations("(cirka 3 900 euro)", Lang::Sv), [(None, Some(About))]);
        assert_eq!(relations("omkring 44 miljoner", Lang::Sv), [(None, Some(About))]);
        // Not in a word (`Ca` of `Canada`, `about` of `roundabout`), nor after another word.
        assert_eq!(relations("roundabout 5 km", Lang::En), [(None, None)]);
        assert_eq!(relations("the 5 km", Lang::En), [(None, None)]);
    }

    #[test]
    fn a_negation_bears_on_its_verb_across_auxiliaries() {
        use Bound::{Lower, Upper};
        assert_eq!(
            bounds("shall not be transported for more than 8 hours", Lang::En),
            [bound("num:8", Some(Upper))]
        );
        assert_eq!(
            bounds("får inte transporteras i mer än 8 timmar", Lang::Sv),
            [bound("num:8", Some(Upper))]
        );
        // Words of no: `under inga omständigheter längre än två år`, "in no event longer".
        assert_eq!(
            bounds("under inga omständigheter längre än två år", Lang::Sv),
            [bound("num:2", Some(Upper))]
        );
        // An exception made by a negation (`om inte`, "unless") leaves the bound as it reads.
        assert_eq!(
            bounds("om inte transporten är kortare än 100 km", Lang::Sv),
            [bound("num:100", Some(Upper))]
        );
        assert_eq!(
            bounds("unless the journey is shorter than 100 km", Lang::En),
            [bound("num:100", Some(Upper))]
        );
        // Right before the relation word the negation still turns it.
        assert_eq!(bounds("om inte mer än 5 % av dem", Lang::Sv), [bound("pct:5", Some(Upper))]);
        assert_eq!(bounds("om inte minst 5 % av dem", Lang::Sv), [bound("pct:5", None)]);
        assert_eq!(bounds("it shall be more than 5 %", Lang::En), [bound("pct:5", Some(Lower))]);
    }

    /// Each figure of `text` with the sign written before it that its key leaves out.
    fn signs(text: &str, lang: Lang) -> Vec<Option<Sign>> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| value.kind == ValueKind::Number)
            .map(|value| value.sign)
            .collect()
    }

    #[test]
    fn a_plus_or_both_signs_before_a_figure() {
        use Sign::{Plus, PlusMinus};
        assert_eq!(signs("a tolerance of ±5 °C", Lang::En), [Some(PlusMinus)]);
        assert_eq!(signs("en tolerans på ± 5 °C", Lang::Sv), [Some(PlusMinus)]);
        assert_eq!(signs("en tolerans på +/- 5 °C", Lang::Sv), [Some(PlusMinus)]);
        assert_eq!(signs("within plus or minus 10 percentage points", Lang::En), [Some(PlusMinus)]);
        assert_eq!(signs("en tolerans på +5 °C", Lang::Sv), [Some(Plus)]);
        assert_eq!(signs("| +2,3 % |", Lang::Sv), [Some(Plus)]);
        // A plus glued to a word joins it, and a figure with no sign has none.
        assert_eq!(signs("a tolerance of 5 °C", Lang::En), [None]);
        assert_eq!(signs("the MS+41 spread", Lang::En), [None]);
    }

    #[test]
    fn a_recurrence_counts_its_period_in_a_unit_of_time() {
        assert_eq!(units("recorded at least every 5 minutes", Lang::En), [unit("ratio:1/5", Some("minute"))]);
        assert_eq!(units("registreras minst var femte minut", Lang::Sv), [unit("ratio:1/5", Some("minute"))]);
        assert_eq!(units("registreras minst var femte timme", Lang::Sv), [unit("ratio:1/5", Some("hour"))]);
        // A share of other things names no unit.
        assert_eq!(units("var femte medlemsstat", Lang::Sv), [unit("ratio:1/5", None)]);
    }

    #[test]
    fn relation_symbols_before_a_figure_set_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("significant (p < 0.01)", Lang::En), [bound("num:0.01", Some(Upper))]);
        assert_eq!(bounds("signifikant (p > 0,01)", Lang::Sv), [bound("num:0.01", Some(Lower))]);
        assert_eq!(bounds("C ≥ 0,3 %", Lang::Sv), [bound("pct:0.3", Some(Lower))]);
        assert_eq!(bounds("C >= 0.3 %", Lang::En), [bound("pct:0.3", Some(Lower))]);
        assert_eq!(bounds("x =< 4 %", Lang::En), [bound("pct:4", Some(Upper))]);
    }

    #[test]
    fn prepositions_are_bounds_only_before_a_measure() {
        use Bound::Upper;
        assert_eq!(bounds("under 5 % av dem", Lang::Sv), [bound("pct:5", Some(Upper))]);
        assert_eq!(bounds("up to 10 km", Lang::En), [bound("num:10", Some(Upper))]);
        // A period, a year, a date or a bare count after them names no bound.
        assert_eq!(bounds("spread over three years", Lang::En), [bound("num:3", None)]);
        assert_eq!(bounds("infasas under tre år", Lang::Sv), [bound("num:3", None)]);
        assert_eq!(bounds("under 12 medlemsstater", Lang::Sv), [bound("num:12", None)]);
        assert!(bounds("up to 31 December 2025, under 2025", Lang::En).is_empty());
    }

    #[test]
    fn prepositions_bound_an_age() {
        use Bound::{Lower, Upper};
        let (young, old) = (|key: &str| bound(key, Some(Upper)), |key: &str| bound(key, Some(Lower)));
        assert_eq!(
            bounds("applicants who are under 18 years or above 70 years of age", Lang::En),
            [young("num:18"), old("num:70")]
        );
        assert_eq!(bounds("sökande som är under 18 år eller över 70 år", Lang::Sv)[0], young("num:18"));
        assert_eq!(bounds("a child below the age of 16 years", Lang::En), [young("num:16")]);
        assert_eq!(bounds("children under 5", Lang::En), [young("num:5")]);
        assert_eq!(bounds("barn under 16 år", Lang::Sv), [young("num:16")]);
        assert_eq!(bounds("personer som är 65 år gamla eller äldre", Lang::Sv)[0].0, "num:65");
        assert_eq!(bounds("i åldern över 65 år", Lang::Sv), [old("num:65")]);
        assert_eq!(bounds("under 18 års ålder", Lang::Sv), [young("num:18")]);
        // A period, and a figure after `or above` that is another's bound.
        assert_eq!(bounds("pågick under tre år", Lang::Sv), [bound("num:3", None)]);
        assert_eq!(bounds("the programme ran over three years", Lang::En), [bound("num:3", None)]);
        assert_eq!(bounds("levels of 5 or above 10 in 2025", Lang::En)[0], bound("num:5", None));
    }

    #[test]
    fn up_to_bounds_a_bare_count_too() {
        use Bound::Upper;
        assert_eq!(bounds("| 1 850 000 | up to 3 |", Lang::En)[1], bound("num:3", Some(Upper)));
        assert_eq!(bounds("med upp till 3 kontraktsparter", Lang::Sv), [bound("num:3", Some(Upper))]);
        assert_eq!(bounds("for up to 12 months", Lang::En), [bound("num:12", Some(Upper))]);
        // `under` before a bare count stays no bound.
        assert_eq!(bounds("under 3 kontraktsparter", Lang::Sv), [bound("num:3", None)]);
    }

    #[test]
    fn words_of_age_after_a_figure_set_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("respondents aged 65 and over", Lang::En), [bound("num:65", Some(Lower))]);
        assert_eq!(bounds("people aged 65 or older", Lang::En), [bound("num:65", Some(Lower))]);
        assert_eq!(bounds("children aged 12 and younger", Lang::En), [bound("num:12", Some(Upper))]);
        assert_eq!(bounds("svarande som är 65 år eller äldre", Lang::Sv), [bound("num:65", Some(Lower))]);
        assert_eq!(bounds("personer 65 år och äldre", Lang::Sv), [bound("num:65", Some(Lower))]);
        assert_eq!(bounds("svarande som är 65 år eller yngre", Lang::Sv), [bound("num:65", Some(Upper))]);
        assert_eq!(bounds("barn 12 år och yngre", Lang::Sv), [bound("num:12", Some(Upper))]);
        assert_eq!(bounds("personer 65 år eller mer", Lang::Sv), [bound("num:65", Some(Lower))]);
        // A word inside another is none (`äldreomsorg`).
        assert_eq!(bounds("65 år och äldreomsorg", Lang::Sv), [bound("num:65", None)]);
    }

    #[test]
    fn an_abbreviated_limit_bounds_its_figure() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("toluene: max. 1 g/kg", Lang::En), [bound("num:1", Some(Upper))]);
        assert_eq!(bounds("purity: min. 95 %", Lang::En), [bound("pct:95", Some(Lower))]);
        assert_eq!(bounds("toluen: max. 1 g/kg", Lang::Sv), [bound("num:1", Some(Upper))]);
        // Not the end of another word, nor a full stop alone.
        assert_eq!(bounds("at the end. 5 g/kg", Lang::En), [bound("num:5", None)]);
        assert_eq!(bounds("the climax. 5 g/kg", Lang::En), [bound("num:5", None)]);
    }

    #[test]
    fn a_negation_of_the_verb_before_a_comparison_turns_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(
            bounds("shall not be less than EUR 215", Lang::En),
            [bound("amount:EUR:215", Some(Lower))]
        );
        assert_eq!(
            bounds("collectively do not account for more than 9% of", Lang::En),
            [bound("pct:9", Some(Upper))]
        );
        assert_eq!(
            bounds("tillsammans inte svarar för mer än 9 % av", Lang::Sv),
            [bound("pct:9", Some(Upper))]
        );
        assert_eq!(bounds("får inte vara mindre än 9 %", Lang::Sv), [bound("pct:9", Some(Lower))]);
        assert_eq!(bounds("cannot be lower than 9%", Lang::En), [bound("pct:9", Some(Lower))]);
        // An aside set off by commas between the negation and the verb: the verb's own
        // direction no longer stands.
        assert_ne!(
            bounds("by-catches shall not, together, exceed 9% of the quota", Lang::En),
            [bound("pct:9", Some(Lower))]
        );
        assert_ne!(
            bounds("får inte, sammanlagt, överstiga 9 % av kvoten", Lang::Sv),
            [bound("pct:9", Some(Lower))]
        );
        assert_ne!(
            bounds("shall not, in any case, be less than 9%", Lang::En),
            [bound("pct:9", Some(Upper))]
        );
    }

    #[test]
    fn a_negation_of_another_verb_or_clause_leaves_no_bound() {
        // Too far from the relation word.
        assert_eq!(bounds("att den inte skulle öka exponeringen med mer än 0,3 mg", Lang::Sv)[0].1, None);
        assert_eq!(bounds("did not receive care and waited more than 3 months", Lang::En)[0].1, None);
        // Another clause between, or a narrowed negation.
        assert_eq!(bounds("prices are not published where fewer than three firms", Lang::En)[0].1, None);
        assert_eq!(bounds("inte bara mer än 5 % av dem", Lang::Sv), [bound("pct:5", None)]);
        // A limit of its own is not turned, and an exception (`om inte`, "unless") turns none
        // (`unless buffer zones of at least 20 m`).
        assert_eq!(
            bounds("om inte buffertzoner på minst 20 meter", Lang::Sv),
            [bound("num:20", Some(Bound::Lower))]
        );
        assert_eq!(bounds("där inte buffertzoner på minst 20 meter", Lang::Sv), [bound("num:20", None)]);
        // A clause before ends its reach.
        assert_eq!(
            bounds("it does not apply, as more than 5 % did", Lang::En),
            [bound("pct:5", Some(Bound::Lower))]
        );
        // A clause of its own after the negation's comma, or an aside not after a negation.
        assert_eq!(
            bounds("it does not apply, and often, exceeds 5 %", Lang::En),
            bounds("it does apply, and often, exceeds 5 %", Lang::En)
        );
    }

    fn changes(text: &str, lang: Lang) -> Vec<(String, Option<Change>)> {
        super::super::extract(text, lang)
            .into_iter()
            .filter(|value| value.kind == ValueKind::Number)
            .map(|value| (value.key, value.change))
            .collect()
    }

    #[test]
    fn words_of_change_give_a_figure_its_direction() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("compared with 171 in 2023 (a fall of 16.4%)", Lang::En), [None, fall]);
        assert_eq!(one("jämfört med 171 under 2023 (en minskning med 16,4 %)", Lang::Sv), [None, fall]);
        assert_eq!(one("Net removals have fallen by almost 36.7%.", Lang::En), [fall]);
        assert_eq!(one("Nettoupptagen har alltså ökat med drygt 36,7 %.", Lang::Sv), [rise]);
        assert_eq!(one("deliveries rose by EUR 2 million, up 3%", Lang::En), [rise, rise]);
        assert_eq!(one("prisökningen på 5 % och utsläppsminskningen med 55 %", Lang::Sv), [rise, fall]);
        // After the figure or its unit.
        assert_eq!(
            one("which is 1.4% more; 16.4% fewer; 5 percentage points lower", Lang::En),
            [rise, fall, fall]
        );
        assert_eq!(
            one("vilket är 1,4 % mer, 30 % färre och 2 procentenheter högre", Lang::Sv),
            [rise, fall, rise]
        );
        assert_eq!(one("a 5% increase in prices", Lang::En), [rise]);
        // Another word between or a clause's end names no change.
        assert_eq!(one("increased in 2024 55%; decreased, 4%", Lang::En), [None, None]);
        assert_eq!(one("ökade i år 55 %", Lang::Sv), [None]);
        // The level reached is reached by a rise or a fall.
        let (rise_to, fall_to) = (Some(Change::RiseTo), Some(Change::FallTo));
        assert_eq!(one("fell to 5% in 2025; will be increased to 5.38%", Lang::En), [fall_to, rise_to]);
        assert_eq!(one("minskade till 5 %; faktorn höjs då till 5,38 %", Lang::Sv), [fall_to, rise_to]);
        assert_eq!(one("the threshold was raised to EUR 5 million", Lang::En), [rise_to]);
        // A `to` of no verb of change, or a verb too far before it, reaches no level.
        assert_eq!(
            one("applies to 5 Member States; increased the aid given to the regions to 5", Lang::En),
            [None, None]
        );
        assert_eq!(one("bidrar till 5 %", Lang::Sv), [None]);
        // A noun of change is the verb's subject, not the verb that reaches the level.
        assert_eq!(one("efter avyttringen sjunker ökningen av andelen till 5 %", Lang::Sv), [None]);
        // A verb's subject or object may stand between it and its preposition.
        assert_eq!(one("increased emissions by 55%", Lang::En), [rise]);
        assert_eq!(one("Under 2025 sjönk basräntan för euroområdet med 28 baspunkter", Lang::Sv), [fall]);
        assert_eq!(one("ökade utsläppen med 55 %", Lang::Sv), [rise]);
        // Two spaces are one gap.
        assert_eq!(one("steg basräntan  för euroområdet med 28 baspunkter", Lang::Sv), [rise]);
        // A noun of what grows is no direction: `reduce growth by 0.5 percentage points`.
        assert_eq!(one("would reduce growth by 0.5 percentage points", Lang::En), [None]);
        // An infinitive after a verb of need.
        assert_eq!(one("måste livsmedelsavfallet minska med omkring 5,6 % per år", Lang::Sv), [fall]);
        assert_eq!(one("skulle behöva öka med 3 %", Lang::Sv), [rise]);
    }

    #[test]
    fn the_start_of_a_change_takes_the_direction_of_its_verb() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("The output rose from 17.6 kW at the end", Lang::En), [rise]);
        assert_eq!(one("Uteffekten ökade från 17,6 kW i slutet", Lang::Sv), [rise]);
        assert_eq!(one("Uteffekten minskade från 17,6 kW i slutet", Lang::Sv), [fall]);
        // The verb's subject between, as before `med`.
        assert_eq!(one("minskade antalet från 5 000 till", Lang::Sv)[0], fall);
        // `from` after another word, or a clause's end between: no change.
        assert_eq!(one("The output, from 17.6 kW at the end", Lang::En), [None]);
        assert_eq!(one("rose, with funding from EUR 5 million", Lang::En), [None]);
        assert_eq!(one("funds from 12 programmes", Lang::En), [None]);
    }

    #[test]
    fn a_verb_that_compares_its_object_gives_the_difference_after_the_preposition() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("in 2024, when it exceeded the 2019 level by 1.8%", Lang::En), [rise]);
        assert_eq!(one("då den översteg 2019 års nivå med 1,8 %", Lang::Sv), [rise]);
        assert_eq!(one("då den understeg 2019 års nivå med 1,8 %", Lang::Sv), [fall]);
        // Right before the figure, or before `from`, the verb bounds the figure or names no
        // change.
        assert_eq!(one("where emissions exceed 5 % of the total", Lang::En), [None]);
        assert_eq!(one("om utsläppen överstiger 5 % av det totala", Lang::Sv), [None]);
        assert_eq!(one("exceeded the threshold from 5 % upwards", Lang::En), [None]);
        // Too many words between the verb and the preposition.
        assert_eq!(one("exceeded the average level of all airports by 1.8%", Lang::En), [None]);
    }

    #[test]
    fn a_comparative_after_a_count_in_words_or_a_noun() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        // A count whose words hold its unit.
        assert_eq!(one("the delay was 11 days, one day more than in 2019", Lang::En), [None, rise]);
        assert_eq!(one("förseningen var 11 dagar, dvs. en dag mindre än 2019", Lang::Sv), [None, fall]);
        // A noun of what is counted between the figure and the comparative that compares.
        assert_eq!(one("three degrees more than plums", Lang::En), [rise]);
        assert_eq!(one("tre grader mindre än plommon", Lang::Sv), [fall]);
        // Without the word that compares, or with two words between: no change.
        assert_eq!(one("three degrees more or less", Lang::En), [None]);
        assert_eq!(one("3 Member States more than", Lang::En), [None]);
        assert_eq!(one("tre nya länder mer än", Lang::Sv), [None]);
    }

    #[test]
    fn a_bound_after_the_preposition_of_a_change_limits_the_change() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("where tool life decreases by up to 70 %", Lang::En), [fall]);
        assert_eq!(one("där verktygens livslängd minskar med upp till 70 %", Lang::Sv), [fall]);
        assert_eq!(one("där verktygens livslängd ökar med upp till 70 %", Lang::Sv), [rise]);
        assert_eq!(one("prices rose by at most 2%", Lang::En), [rise]);
        assert_eq!(one("priserna steg med högst 2 %", Lang::Sv), [rise]);
        // A bound after another word names the level reached, not the change.
        assert_eq!(one("fell to at most 5%", Lang::En), [None]);
        assert_eq!(one("minskade till högst 5 %", Lang::Sv), [None]);
        assert_eq!(one("decreases, up to 70 %", Lang::En), [None]);
        assert_eq!(one("increases up to 70 %", Lang::En), [None]);
        assert_eq!(one("ökningen begränsas till 70 %", Lang::Sv), [None]);
    }

    #[test]
    fn the_direction_of_a_rounding_goes_with_its_step() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (up, down) = (Some(Change::RoundUp), Some(Change::RoundDown));
        assert_eq!(one("rounded upwards to the nearest 0,001 W/(m·K)", Lang::En), [up]);
        assert_eq!(one("avrundad uppåt till närmaste 0,001 W/(m·K)", Lang::Sv), [up]);
        assert_eq!(one("avrundad nedåt till närmaste 0,001 W/(m·K)", Lang::Sv), [down]);
        assert_eq!(one("rounded down to the nearest EUR 10 000", Lang::En), [down]);
        assert_eq!(one("avrundas nedåt till närmaste 10 000 EUR", Lang::Sv), [down]);
        assert_eq!(one("rounded down to the nearest multiple of 100", Lang::En), [down]);
        // No direction, or no verb of rounding: no rounding read.
        assert_eq!(one("rounded to the nearest 0,05", Lang::En), [None]);
        assert_eq!(one("moved up to the nearest 5 places", Lang::En), [None]);
    }

    #[test]
    fn what_a_noun_of_change_changes_stands_between_it_and_its_figure() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("showed an increase in final body weight of 3.1 % to 4.8 %", Lang::En), [rise]);
        assert_eq!(one("a reduction in emissions of 55%", Lang::En), [fall]);
        assert_eq!(one("en minskning av utsläppen på 55 %", Lang::Sv), [fall]);
        // What follows `of` is no change's amount without a noun of change before `in`, nor
        // past more words than a name of what changes holds.
        assert_eq!(one("the share in final consumption of 42,5 %", Lang::En), [None]);
        assert_eq!(one("an increase in the use of the new, cleaner fuels of 5%", Lang::En), [None]);
    }

    #[test]
    fn a_noun_of_the_measure_stands_between_a_change_and_its_figure() {
        // The percentages alone (`each year` is a frequency of its own).
        let one = |text: &str, lang: Lang| {
            changes(text, lang)
                .into_iter()
                .filter(|(key, _)| key.starts_with("pct"))
                .map(|(_, change)| change)
                .collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("have been increased each year by a liberalisation rate of 0.1%", Lang::En), [rise]);
        assert_eq!(one("har varje år ökats med en liberaliseringstakt på 0,1 %", Lang::Sv), [rise]);
        assert_eq!(one("har varje år minskats med en liberaliseringstakt på 0,1 %", Lang::Sv), [fall]);
        assert_eq!(one("prices fell by an average of 2%", Lang::En), [fall]);
        // No article, three words, or no preposition of a change: no direction.
        assert_eq!(one("increased by means of 2%", Lang::En), [None]);
        assert_eq!(one("increased by a very low annual rate of 2%", Lang::En), [None]);
        assert_eq!(one("increased, at a rate of 2%", Lang::En), [None]);
    }

    #[test]
    fn a_comparison_with_a_reference_gives_a_difference_its_direction() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("i.e. 0.20 minutes above the national reference value", Lang::En), [rise]);
        assert_eq!(one("dvs. 0,20 minuter över det nationella referensvärdet", Lang::Sv), [rise]);
        assert_eq!(one("dvs. 0,20 minuter under det nationella referensvärdet", Lang::Sv), [fall]);
        assert_eq!(one("2 percentage points below the EU average", Lang::En), [fall]);
        assert_eq!(one("2 procentenheter under EU-genomsnittet", Lang::Sv), [fall]);
        // A figure whose span holds its unit (`131 Mtoe`).
        assert_eq!(one("but remained 131 Mtoe above the 2030 target", Lang::En), [rise]);
        assert_eq!(one("men låg fortfarande 131 Mtoe över målet för 2030", Lang::Sv), [rise]);
        assert_eq!(one("men låg fortfarande 131 Mtoe under målet för 2030", Lang::Sv), [fall]);
        assert_eq!(one("131 Mtoe over the period", Lang::En), [None]);
        // A period, a preposition before the noun, a compound or the end of a clause: none.
        assert_eq!(one("5 % under året jämfört med målet", Lang::Sv), [None]);
        assert_eq!(one("EUR 5 million over the period", Lang::En), [None]);
        assert_eq!(one("the 3 above-mentioned levels", Lang::En), [None]);
        assert_eq!(one("in Table 2 above. The levels", Lang::En), [None]);
        // A share above or below what an article names is a difference too; not a figure of
        // another unit, nor a share before a word of a period or without the article.
        assert_eq!(one("38 112 tonnes, which is 6.5 % below the TAC for 2025", Lang::En), [None, fall]);
        assert_eq!(one("1.2 pp above the previous year", Lang::En), [rise]);
        assert_eq!(one("30 metres below the surface", Lang::En), [None]);
        assert_eq!(one("5 % over the period", Lang::En), [None]);
        assert_eq!(one("5 % below which no aid is paid", Lang::En), [None]);
    }

    #[test]
    fn a_length_of_time_counted_from_an_event_has_its_direction() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (earlier, later) = (Some(Change::Earlier), Some(Change::Later));
        assert_eq!(one("within two days before the ex-date", Lang::En), [earlier]);
        assert_eq!(one("inom två dagar före x-dagen", Lang::Sv), [earlier]);
        assert_eq!(one("sex månader innan", Lang::Sv), [earlier]);
        assert_eq!(one("6 months after its entry into force", Lang::En), [later]);
        assert_eq!(one("tre månader efter anmälan", Lang::Sv), [later]);
        // Both lengths of two limits of one moment, the event written once.
        assert_eq!(one("tidigast 30 dagar och senast 90 dagar efter påminnelsen", Lang::Sv), [later, later]);
        // No unit of time, or no event after it: none.
        assert_eq!(one("5 tonnes before processing", Lang::En), [None]);
        assert_eq!(one("the sauce, 5 days of the week", Lang::En), [None]);
        // A length that `within` opens and `of` closes counts on from the event; `from` and
        // `från` do too.
        assert_eq!(one("within 30 working days of receipt", Lang::En), [later]);
        assert_eq!(one("3 years from the date of entry into force", Lang::En), [later]);
        assert_eq!(one("under två år från x-dagen", Lang::Sv), [later]);
        // After a unit's qualifier.
        assert_eq!(one("no later than 14 calendar days before the meeting", Lang::En), [earlier]);
        // An ordinal of a day.
        assert_eq!(one("on the twentieth day following that of its publication", Lang::En), [later]);
        assert_eq!(one("den tjugonde dagen efter det att den har offentliggjorts", Lang::Sv), [later]);
        assert_eq!(one("the third working day preceding the auction", Lang::En), [earlier]);
        assert_eq!(one("the third report after the audit", Lang::En), [None]);
        assert_eq!(one("postponed by eight months, from 15 May 2027", Lang::En)[0], None);
    }

    #[test]
    fn a_comparative_after_a_figure_gives_a_difference_its_direction() {
        let one = |text: &str, lang: Lang| {
            changes(text, lang).into_iter().map(|(_, change)| change).collect::<Vec<_>>()
        };
        let (rise, fall) = (Some(Change::Rise), Some(Change::Fall));
        assert_eq!(one("228 days, 17 days shorter than the legal target", Lang::En), [None, fall]);
        assert_eq!(one("228 dagar, dvs. 17 dagar kortare än det lagstadgade målet", Lang::Sv), [None, fall]);
        assert_eq!(one("dvs. 17 dagar längre än målet", Lang::Sv), [rise]);
        assert_eq!(one("a 5% larger share; 2 km longer; 3 m smaller", Lang::En), [rise, rise, fall]);
        assert_eq!(one("en 5 % större andel och 2 km längre", Lang::Sv), [rise, rise]);
        // After a unit of degrees, which no unit is read for.
        assert_eq!(one("1.5 to 3 °C above the 1991–2020 average", Lang::En), [None, rise]);
        assert_eq!(one("1,5–3 °C högre än genomsnittet", Lang::Sv), [rise]);
        assert_eq!(one("2 °C varmare och 1 °C kallare", Lang::Sv), [rise, fall]);
        assert_eq!(one("2 °C warmer, 1 °C colder", Lang::En), [rise, fall]);
        // Under a threshold.
        assert_eq!(one("0,5 procentenheter under väsentlighetsgränsen", Lang::Sv), [fall]);
        // Before the figure the comparative sets a bound, and after `or` too: no direction.
        assert_eq!(one("kortare än 17 dagar; 3 år eller längre", Lang::Sv), [None, None]);
        assert_eq!(one("shorter than 17 days; 3 years or longer", Lang::En), [None, None]);
    }

    #[test]
    fn relation_words_after_a_figure_set_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(bounds("a capacity of 20 kWh or more", Lang::En), [bound("num:20", Some(Lower))]);
        assert_eq!(bounds("30 % eller mindre", Lang::Sv), [bound("pct:30", Some(Upper))]);
        assert_eq!(bounds("20 kWh or moreover", Lang::En), [bound("num:20", None)]);
    }

    #[test]
    fn relation_words_that_close_a_figure_s_phrase_set_its_bound() {
        use Bound::{Lower, Upper};
        assert_eq!(
            bounds("mogna noder (28 nm och större), krafthalvledare", Lang::Sv),
            [bound("num:28", Some(Lower))]
        );
        assert_eq!(bounds("noder på 2 nm och mindre.", Lang::Sv), [bound("num:2", Some(Upper))]);
        assert_eq!(bounds("| 73 g och mer |", Lang::Sv), [bound("num:73", Some(Lower))]);
        // Before a word, `och` and a comparative are words of their own.
        assert_eq!(bounds("250 anställda och större företag", Lang::Sv), [bound("num:250", None)]);
        assert_eq!(bounds("13 månader och under alla omständigheter", Lang::Sv), [bound("num:13", None)]);
        assert_eq!(bounds("ökade med 5 % och mer än", Lang::Sv)[0], bound("pct:5", None));
    }

    #[test]
    fn relation_words_around_a_date_set_its_limit() {
        use Bound::{Before, From, Lower, Until, Upper};
        let date = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .find(|v| v.key.starts_with("date:"))
                .and_then(|v| v.bound)
        };
        assert_eq!(date("lodged on or after 1 June 2025", Lang::En), Some(Lower));
        assert_eq!(date("som lämnas in den 1 juni 2025 eller senare", Lang::Sv), Some(Lower));
        assert_eq!(date("som lämnas in den 1 juni 2025 eller tidigare", Lang::Sv), Some(Upper));
        assert_eq!(date("senast den 1 juni 2025", Lang::Sv), Some(Upper));
        assert_eq!(date("tidigast den 1 juni 2025", Lang::Sv), Some(Lower));
        assert_eq!(date("no later than 1 June 2025", Lang::En), Some(Upper));
        assert_eq!(date("on 1 June 2025 at the latest", Lang::En), Some(Upper));
        assert_eq!(date("inte före den 1 juni 2025", Lang::Sv), Some(Lower));
        // A day that may be left out of the period it ends.
        assert_eq!(date("applicable before 1 July 2025", Lang::En), Some(Before));
        // `until` names the last day in the Union's texts (`till och med`).
        assert_eq!(date("until 31 October 2027", Lang::En), Some(Until));
        assert_eq!(date("före den 1 juli 2025", Lang::Sv), Some(Before));
        assert_eq!(date("till och med den 30 juni 2025", Lang::Sv), Some(Until));
        assert_eq!(date("t.o.m. den 30 juni 2025", Lang::Sv), Some(Until));
        // The first and the last day of a period, apart from a deadline.
        assert_eq!(date("from 1 June 2025", Lang::En), Some(From));
        assert_eq!(date("från och med den 1 juni 2025", Lang::Sv), Some(From));
        assert_eq!(date("fr.o.m. den 1 juni 2025", Lang::Sv), Some(From));
        assert_eq!(date("fram till den 1 juni 2025", Lang::Sv), Some(Until));
        assert_eq!(date("on 1 June 2025", Lang::En), None);
        // Nor a negated relation, nor a word that only begins like one.
        assert_eq!(date("shall not apply before 1 July 2025", Lang::En), None);
        assert_eq!(date("den 1 juni 2025 eller senareläggs", Lang::Sv), None);
        assert_eq!(date("standby 1 June 2025", Lang::En), None);
    }

    #[test]
    fn a_time_of_day_carries_its_own_bound_or_its_days() {
        use Bound::{Lower, Upper};
        let time = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .find(|v| v.key.starts_with("time:"))
                .and_then(|v| v.bound)
        };
        assert_eq!(time("senast kl. 12.00 Brysseltid den 18 maj 2026", Lang::Sv), Some(Upper));
        assert_eq!(time("tidigast kl. 12.00 Brysseltid den 18 maj 2026", Lang::Sv), Some(Lower));
        assert_eq!(time("no later than 18 May 2026 at 12:00 Brussels time", Lang::En), Some(Upper));
        assert_eq!(time("senast den 18 maj 2026 kl. 12.00", Lang::Sv), Some(Upper));
        assert_eq!(time("by 12:00 on 18 May 2026", Lang::En), Some(Upper));
        // A day of no bound, or words between the day and the hour: none.
        assert_eq!(time("on 18 May 2026 at 12:00", Lang::En), None);
        assert_eq!(time("by 18 May 2026 and the meeting at 12:00", Lang::En), None);
    }

    #[test]
    fn halves_of_units_of_time() {
        assert_eq!(units("until half an hour before the vote", Lang::En), [unit("num:0.5", Some("hour"))]);
        assert_eq!(units("fram till en halv timme före", Lang::Sv), [unit("num:0.5", Some("hour"))]);
        assert_eq!(units("for half a day", Lang::En), [unit("num:0.5", Some("day"))]);
        // A half of anything else stays a fraction.
        assert_eq!(units("half of the members", Lang::En), [unit("frac:1/2", None)]);
        // Swedish words for a half hour and a day's length.
        assert_eq!(
            units("en halvtimme, ett dygns varsel", Lang::Sv),
            [unit("num:30", Some("minute")), unit("num:1", Some("day"))]
        );
        // A quarter of an hour and three of them (`inom en kvart` = `within 15 minutes`).
        assert_eq!(
            units("inom en kvart, En kvart, tre kvart", Lang::Sv),
            [unit("num:15", Some("minute")), unit("num:15", Some("minute")), unit("num:45", Some("minute"))]
        );
        // A quarter as a time of day, or of something else, is none.
        assert!(!units("kvart över tre, en kvarts miljon", Lang::Sv).iter().any(|(key, _)| key == "num:15"));
    }

    #[test]
    fn the_gross_and_net_tonnage_of_a_ship() {
        assert_eq!(units("ships above 5 000 gross tonnage", Lang::En), [unit("num:5000", Some("GT"))]);
        assert_eq!(units("fartyg på över 5 000 bruttoton", Lang::Sv), [unit("num:5000", Some("GT"))]);
        assert_eq!(units("fartyg på över 5 000 nettoton", Lang::Sv), [unit("num:5000", Some("NT"))]);
        assert_eq!(units("ships of 5 000 net tonnes", Lang::En), [unit("num:5000", Some("NT"))]);
        // A tonne alone is a weight.
        assert_eq!(units("5 000 tonnes", Lang::En), [unit("num:5000", Some("t"))]);
        assert_eq!(units("5 000 ton", Lang::Sv), [unit("num:5000", Some("t"))]);
        // One tonne in words, after an article, with the rate's period.
        let one = super::super::extract("en kapacitet på ett ton per timme", Lang::Sv);
        assert!(
            one.iter().any(|value| value.key == "num:1"
                && value.detail.as_deref() == Some("t")
                && value.per == Some("hour")),
            "{one:?}"
        );
        assert!(super::super::extract("per ton", Lang::Sv).is_empty());
    }

    #[test]
    fn units_of_time() {
        assert_eq!(units("within 7 days", Lang::En), [unit("num:7", Some("day"))]);
        assert_eq!(units("within seven working days", Lang::En), [unit("num:7", Some("workday"))]);
        assert_eq!(units("within 7 business days", Lang::En), [unit("num:7", Some("workday"))]);
        assert_eq!(units("inom sju vardagar", Lang::Sv), [unit("num:7", Some("workday"))]);
        assert_eq!(units("inom 10 kalenderdagar", Lang::Sv), [unit("num:10", Some("day"))]);
        assert_eq!(units("within 10 calendar days", Lang::En), [unit("num:10", Some("day"))]);
        assert_eq!(units("inom sju dagar", Lang::Sv), [unit("num:7", Some("day"))]);
        assert_eq!(units("inom 10 arbetsdagar", Lang::Sv), [unit("num:10", Some("workday"))]);
        assert_eq!(units("inom 12 veckor", Lang::Sv), [unit("num:12", Some("week"))]);
        assert_eq!(units("in almost three decades", Lang::En), [unit("num:3", Some("decade"))]);
        // Symbols of mass, concentration and an aircraft's use, alike in both languages.
        assert_eq!(units("över 60 mg/kg", Lang::Sv), [unit("num:60", Some("mg/kg"))]);
        assert_eq!(units("above 60 µg/kg", Lang::En), [unit("num:60", Some("µg/kg"))]);
        assert_eq!(units("5 ppm", Lang::En), [unit("num:5", Some("ppm"))]);
        assert_eq!(units("8 ‰ av spillvärmen", Lang::Sv), [unit("num:8", Some("‰"))]);
        assert_eq!(units("8‰ of the waste heat", Lang::En), [unit("num:8", Some("‰"))]);
        assert_eq!(units("innan 9 500 FC", Lang::Sv), [unit("num:9500", Some("FC"))]);
        assert_eq!(units("under två decennier", Lang::Sv), [unit("num:2", Some("decade"))]);
        assert_eq!(units("efter tre månader", Lang::Sv), [unit("num:3", Some("month"))]);
        assert_eq!(units("for 5 years", Lang::En), [unit("num:5", Some("year"))]);
        assert_eq!(units("i fem år", Lang::Sv), [unit("num:5", Some("year"))]);
    }

    #[test]
    fn metres_by_name_are_the_symbol() {
        assert_eq!(units("above 1 800 metres", Lang::En), [unit("num:1800", Some("m"))]);
        assert_eq!(units("a wall 3 meters high", Lang::En), [unit("num:3", Some("m"))]);
        assert_eq!(units("ovanför 1 800 meters höjd", Lang::Sv), [unit("num:1800", Some("m"))]);
        assert_eq!(units("3 100 meter över havet", Lang::Sv), [unit("num:3100", Some("m"))]);
        assert_eq!(units("within 800 m", Lang::En), [unit("num:800", Some("m"))]);
    }

    #[test]
    fn units_of_volume_and_area() {
        assert_eq!(units("31 litres of water", Lang::En), [unit("num:31", Some("l"))]);
        assert_eq!(units("31 liter vatten", Lang::Sv), [unit("num:31", Some("l"))]);
        assert_eq!(units("31 kubikmeter vatten", Lang::Sv), [unit("num:31", Some("m3"))]);
        assert_eq!(units("31 cubic metres of water", Lang::En), [unit("num:31", Some("m3"))]);
        assert_eq!(units("5 square kilometres", Lang::En), [unit("num:5", Some("km2"))]);
        assert_eq!(units("5 kvadratkilometer", Lang::Sv), [unit("num:5", Some("km2"))]);
        // The power written after the symbol of length, raised or not; not a longer word.
        assert_eq!(units("100 m³ per day", Lang::En), [unit("num:100", Some("m3"))]);
        assert_eq!(units("100 m3 per day", Lang::En), [unit("num:100", Some("m3"))]);
        assert_eq!(units("100 m² of floor", Lang::En), [unit("num:100", Some("m2"))]);
        assert_eq!(units("100 m high", Lang::En), [unit("num:100", Some("m"))]);
        // Tonnes of CO2 equivalent in one symbol, as `ton CO2e` reads them.
        assert_eq!(units("1 200 000 tCO2eq", Lang::En), units("1 200 000 ton CO2e", Lang::Sv));
        assert_eq!(units("by 1.12 tCO2e/t", Lang::En), [unit("num:1.12", Some("t/t"))]);
        // The unit after a scale word counts the scaled figure.
        assert_eq!(
            units("more than 31 million litres of water", Lang::En),
            [unit("num:31000000", Some("l"))]
        );
        assert_eq!(units("mer än 31 miljoner liter vatten", Lang::Sv), [unit("num:31000000", Some("l"))]);
        assert_eq!(
            units("mer än 31 miljoner kubikmeter vatten", Lang::Sv),
            [unit("num:31000000", Some("m3"))]
        );
        assert_eq!(units("107 miljarder kubikmeter", Lang::Sv), units("107 bcm", Lang::En));
    }

    #[test]
    fn unit_symbols_that_hold_a_scale() {
        assert_eq!(
            units("2.4 Mt and 350 kt", Lang::En),
            [unit("num:2400000", Some("t")), unit("num:350000", Some("t"))]
        );
        assert_eq!(units("2,4 miljoner ton", Lang::Sv), [unit("num:2400000", Some("t"))]);
        assert_eq!(
            units("107 bcm, 610 mcm/d", Lang::En),
            [unit("num:107000000000", Some("m3")), unit("num:610000000", Some("m3/day"))]
        );
        assert_eq!(units("0.5 Gt", Lang::En), [unit("num:500000000", Some("t"))]);
        // A plain tonne keeps its figure.
        assert_eq!(units("40 t", Lang::En), [unit("num:40", Some("t"))]);
    }

    #[test]
    fn a_range_counts_the_unit_after_its_second_bound() {
        assert_eq!(units("a radius of 800-1 200 km", Lang::En), [unit("num-range:800..1200", Some("km"))]);
        assert_eq!(units("en radie av 800–1 200 km", Lang::Sv), [unit("num-range:800..1200", Some("km"))]);
        assert_eq!(
            units("it takes between 18 and 24 months", Lang::En),
            [unit("num-range:18..24", Some("month"))]
        );
        assert_eq!(units("som det tar 18–24 veckor", Lang::Sv), [unit("num-range:18..24", Some("week"))]);
        assert_eq!(units("mellan tre och fem år", Lang::Sv), [unit("num-range:3..5", Some("year"))]);
        // After the bracket of a business secret.
        assert_eq!(units("[5–10] km spår", Lang::Sv), [unit("num-range:5..10", Some("km"))]);
        // A symbol that holds a scale scales both bounds.
        assert_eq!(units("2-3 Mt", Lang::En), [unit("num-range:2000000..3000000", Some("t"))]);
        assert_eq!(units("2–3 miljoner ton", Lang::Sv), [unit("num-range:2000000..3000000", Some("t"))]);
        // No unit, none.
        assert_eq!(units("aged 18-25", Lang::En), [unit("num-range:18..25", None)]);
        // A thousandth of a hertz is no hertz.
        assert_eq!(units("på 10–30 mHz", Lang::Sv), [unit("num-range:10..30", Some("mHz"))]);
        assert_ne!(units("på 10–30 Hz", Lang::Sv), units("på 10–30 mHz", Lang::Sv));
        // Voltage.
        assert_eq!(
            units("lines of 400 kV and cells of 3.1 V", Lang::En),
            [unit("num:400", Some("kV")), unit("num:3.1", Some("V"))]
        );
    }

    #[test]
    fn the_period_written_beside_an_amount() {
        let at = |text: &str, figure: &str, lang| {
            let end = text.find(figure).map(|start| start + figure.len()).unwrap_or(0);
            written_period(text, end, lang)
        };
        assert_eq!(at("EUR 23 billion a year is lacking", "billion", Lang::En), Some("year"));
        assert_eq!(at("saves EUR 6.3 billion annually.", "billion", Lang::En), Some("year"));
        assert_eq!(at("1.5 % of GDP per year", "%", Lang::En), Some("year"));
        assert_eq!(at("1,5 % av BNP per år", "%", Lang::Sv), Some("year"));
        assert_eq!(at("23 miljarder euro om året", "euro", Lang::Sv), Some("year"));
        // A distance in time, a basis of another kind, no period at all.
        assert_eq!(at("against 61.0 % a year earlier", "%", Lang::En), None);
        assert_eq!(at("1,5 % av BNP totalt", "%", Lang::Sv), None);
        assert_eq!(at("EUR 68.90 per head", "68.90", Lang::En), None);
    }

    #[test]
    fn a_sentence_that_names_a_period() {
        assert!(names_period("a linear annual reduction of 4.2% over 2022–2030", "year", Lang::En));
        assert!(names_period("EUR 200 billion is locked every day", "day", Lang::En));
        assert!(names_period("beräknas spara 265 miljoner euro per år", "year", Lang::Sv));
        assert!(names_period("med en årsbesparing på 265 miljoner euro", "year", Lang::Sv));
        assert!(!names_period("saknas 23 miljarder euro", "year", Lang::Sv));
        assert!(!names_period("under åren 2025–2028 med 1,5 % av BNP totalt", "year", Lang::Sv));
        assert!(!names_period("an annual fee of EUR 30", "month", Lang::En));
    }

    #[test]
    fn the_period_of_a_rate() {
        assert_eq!(per("up to 1 600 border crossings per second", Lang::En), [Some("second")]);
        // A Swedish adjective of a period, as the English `daily` (an adjective or an adverb).
        assert_eq!(per("högre än 10 % av det genomsnittliga dagliga antalet", Lang::Sv), [Some("day")]);
        assert_eq!(per("higher than 10% of the daily average number", Lang::En), [Some("day")]);
        assert_eq!(per("högre än 10 % av det genomsnittliga månatliga antalet", Lang::Sv), [Some("month")]);
        assert_eq!(per("i 26 veckovisa avbetalningar", Lang::Sv), [Some("week")]);
        assert_eq!(per("upp till 1 600 gränspassager per sekund", Lang::Sv), [Some("second")]);
        assert_eq!(per("15 working days a year", Lang::En), [Some("year")]);
        assert_eq!(per("15–30 euro per fordon och månad", Lang::Sv), [Some("month")]);
        assert_eq!(per("EUR 30 per vehicle per month", Lang::En), [Some("month")]);
        assert_eq!(per("en ökning med 2 % per år", Lang::Sv), [Some("year")]);
        // No rate: `per cent`, a figure between, a noun that is no unit of time.
        assert_eq!(per("5 per cent", Lang::En), [None]);
        assert_eq!(per("5 applicants and 3 per month", Lang::En), [None, Some("month")]);
        assert_eq!(per("EUR 40 per tonne", Lang::En), [None]);
        assert_eq!(per("10 samples, per day", Lang::En), [None]);
        // A unit symbol per a unit of time after a slash.
        assert_eq!(per("610 mcm/d and 12 TWh/year", Lang::En), [Some("day"), Some("year")]);
        assert_eq!(per("EUR 34.80/MWh, 5 km/h", Lang::En), [None, Some("hour")]);
    }

    #[test]
    fn the_period_of_a_rate_after_a_unit_or_a_count() {
        let per = |text: &str, lang: Lang| -> Vec<Option<&'static str>> {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|value| value.kind == ValueKind::Number && !value.optional)
                .map(|value| value.per)
                .collect()
        };
        // After a unit symbol with a slash and a few words, one with digits after a letter.
        assert_eq!(per("may not exceed 1 200 m³/ha per year", Lang::En), [Some("year")]);
        assert_eq!(per("till 0,2 ng/kg kroppsvikt per vecka", Lang::Sv), [Some("week")]);
        assert_eq!(per("17 869 637 tonnes of CO2 equivalent per year", Lang::En), [Some("year")]);
        assert_eq!(per("17 869 637 ton koldioxidekvivalenter per månad", Lang::Sv), [Some("month")]);
        // After a qualifier, and phrases of a period without a plain unit.
        assert_eq!(per("more than 35 times a calendar year", Lang::En), [Some("year")]);
        assert_eq!(per("mer än 35 gånger per kalenderår", Lang::Sv), [Some("year")]);
        assert_eq!(per("EUR 5 million per annum", Lang::En), [Some("year")]);
        assert_eq!(per("5 tonnes each year", Lang::En), [Some("year")]);
        assert_eq!(per("2 miljoner euro årligen", Lang::Sv), [Some("year")]);
        assert_eq!(per("tre gånger om dagen", Lang::Sv), [Some("day")]);
        assert_eq!(per("7 dagar i veckan", Lang::Sv), [Some("week")]);
        // A calendar's day, month or year.
        assert_eq!(per("at least 2 times every calendar day", Lang::En), [Some("day")]);
        assert_eq!(per("minst 2 gånger varje kalenderdag", Lang::Sv), [Some("day")]);
        assert_eq!(per("2 gånger varje kalenderår", Lang::Sv), [Some("year")]);
        // A phrase only as a whole word; a unit of time of another count; a figure between;
        // too many words; a phrase of a longer period (`every two years`).
        assert_eq!(per("5 tonnes annuallyx", Lang::En), [None]);
        assert_eq!(per("24 timmar och alla dagar i veckan", Lang::Sv), [None]);
        assert_eq!(per("5 tonnes of NO2 and 3 per year", Lang::En), [None, Some("year")]);
        assert_eq!(per("5 tonnes of the gas that was sold per year", Lang::En), [None]);
        assert_eq!(per("5 inspections every two years", Lang::En)[0], None);
    }

    #[test]
    fn a_year_that_counts_a_unit_is_a_number() {
        let all = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .map(|value| (value.key, value.detail))
                .collect::<Vec<_>>()
        };
        assert_eq!(all("från 2024 dagar", Lang::Sv), [unit("num:2024", Some("day"))]);
        assert_eq!(all("minst 2030 GW", Lang::Sv), [unit("num:2030", Some("GW"))]);
        assert_eq!(all("for 1950 hours", Lang::En), [unit("num:1950", Some("hour"))]);
        // A length of a key, in either language, and a unit word whose symbol is one letter.
        assert_eq!(all("RSA keys of 2048 bits", Lang::En), [unit("num:2048", Some("bit"))]);
        assert_eq!(all("RSA-nycklar på 2048 bitar", Lang::Sv), [unit("num:2048", Some("bit"))]);
        assert_eq!(all("of 2048 bytes", Lang::En), [unit("num:2048", Some("byte"))]);
        assert_eq!(all("of 2000 tonnes", Lang::En), [unit("num:2000", Some("t"))]);
        // The symbol of one letter leaves the year (`in 2030 t…`, a word cut short).
        assert_eq!(all("in 2030 t", Lang::En), [unit("year:2030", None)]);
        // A year stays one before a year's word, a word that is also a symbol, or a hyphen.
        assert_eq!(all("2024 års budget", Lang::Sv), [unit("year:2024", None)]);
        assert_eq!(all("ska senast 2030 ha infört", Lang::Sv), [unit("year:2030", None)]);
        assert_eq!(all("the 2024-day", Lang::En).first().map(|v| v.0.as_str()), Some("year:2024"));
        // Nor before a symbol of time, which may be a word too (`min`, "my").
        assert_eq!(all("Under 2020 min resa", Lang::Sv), [unit("year:2020", None)]);
        assert_eq!(all("in 2024 h", Lang::En), [unit("year:2024", None)]);
    }

    #[test]
    fn symbols_and_words_of_time() {
        assert_eq!(units("The accuracy was 3.4 ns", Lang::En), [unit("num:3.4", Some("ns"))]);
        assert_eq!(units("Noggrannheten var 3,4 ms", Lang::Sv), [unit("num:3.4", Some("ms"))]);
        // The micro sign and the Greek mu alike.
        assert_eq!(units("inom ±5,3 µs", Lang::Sv), units("within ±5.3 \u{3bc}s", Lang::En));
        assert_eq!(units("inom ±5,3 µs", Lang::Sv)[0].1.as_deref(), Some("µs"));
        assert_eq!(units("3.4 nanoseconds", Lang::En), [unit("num:3.4", Some("ns"))]);
        assert_eq!(units("3,4 nanosekunder", Lang::Sv), [unit("num:3.4", Some("ns"))]);
        assert_eq!(units("20 microseconds", Lang::En), [unit("num:20", Some("µs"))]);
        assert_eq!(units("20 mikrosekunder", Lang::Sv), [unit("num:20", Some("µs"))]);
        assert_eq!(units("2 milliseconds", Lang::En), [unit("num:2", Some("ms"))]);
        assert_eq!(units("2 millisekunder", Lang::Sv), [unit("num:2", Some("ms"))]);
        // The hour, the minute and the second by their words' names.
        assert_eq!(units("after 5 s", Lang::En), [unit("num:5", Some("second"))]);
        assert_eq!(units("efter 10 min", Lang::Sv), [unit("num:10", Some("minute"))]);
        assert_eq!(units("efter 12 h", Lang::Sv), [unit("num:12", Some("hour"))]);
        assert_eq!(units("efter 12 tim", Lang::Sv), [unit("num:12", Some("hour"))]);
        assert_eq!(units("It lasted 5 s. The rest", Lang::En), [unit("num:5", Some("second"))]);
        // Case matters (`MS`, `Ms`), and `us` is a pronoun; a page (`s. 69`), a letter of an
        // abbreviation (`s.k.`) or a symbol glued to more (`s2`, `h-`) is no unit.
        assert_eq!(
            units("5 MS and 6 Ms and 7 us", Lang::En),
            [unit("num:5", None), unit("num:6", None), unit("num:7", None)]
        );
        assert_eq!(units("sidorna 45 s. 12", Lang::Sv).first(), Some(&unit("num:45", None)));
        assert_eq!(units("3 s.k. åtgärder", Lang::Sv), [unit("num:3", None)]);
        assert_eq!(units("3 s2 och 4 h-sats", Lang::Sv), [unit("num:3", None), unit("num:4", None)]);
        // `ms` is no metre per second and no period; `m/s` stays one.
        assert_eq!(units("5 m/s", Lang::En), [unit("num:5", Some("m/second"))]);
        assert_eq!(per("5 ms and 5 m/s", Lang::En), [None, Some("second")]);
    }

    #[test]
    fn a_length_in_symbols_of_time_is_one() {
        assert_eq!(units("was 8 h 24 min, i.e.", Lang::En), [unit("num:504", Some("minute"))]);
        assert_eq!(units("var 8 tim 24 min.", Lang::Sv), [unit("num:504", Some("minute"))]);
        assert_eq!(units("var 8 timmar och 24 minuter.", Lang::Sv), units("was 8 h 24 min.", Lang::En));
        assert_eq!(units("was 8 hours and 24 minutes", Lang::En), units("was 8 h 24 min.", Lang::En));
        assert_eq!(units("3 h 15 min", Lang::En), [unit("num:195", Some("minute"))]);
        // A third unit after the second.
        assert_eq!(units("2 h 5 min 30 s", Lang::En), [unit("num:7530", Some("second"))]);
        assert_eq!(units("1 min 20 s", Lang::Sv), [unit("num:80", Some("second"))]);
        assert_eq!(units("2 timmar, 5 minuter och 30 sekunder", Lang::Sv).len(), 2);
        assert_eq!(units("8 h 24 min and 5 s", Lang::En).len(), 2);
        // Two digits after the symbol of an hour are its minutes.
        assert_eq!(units("| < 13 h 30 |", Lang::En), units("| < 13 h 30 min |", Lang::Sv));
        assert_eq!(units("| < 13 h 30 |", Lang::En), [unit("num:810", Some("minute"))]);
        // Not after the word, nor three digits, nor a figure of its own unit.
        assert_eq!(units("13 hours 30 vehicles", Lang::En).len(), 2);
        assert_eq!(units("within 24 h 300 vehicles", Lang::En).len(), 2);
        assert_eq!(units("13 h 30 km", Lang::En).len(), 2);
        // Cells of a table stay apart.
        assert_eq!(units("| 4 h | 12 min |", Lang::Sv).len(), 2);
    }

    #[test]
    fn spans_of_time_named_by_a_noun_or_a_compound() {
        let optional = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|value| value.optional)
                .map(|value| (value.key, value.detail))
                .collect::<Vec<_>>()
        };
        assert_eq!(optional("more than a year later", Lang::En), [unit("num:1", Some("year"))]);
        assert_eq!(optional("mer än ett år senare", Lang::Sv), [unit("num:1", Some("year"))]);
        assert_eq!(optional("inom ett dygn", Lang::Sv), [unit("num:1", Some("day"))]);
        assert_eq!(optional("a fortnight later", Lang::En), [unit("num:2", Some("week"))]);
        assert_eq!(optional("over the past decade", Lang::En), [unit("num:10", Some("year"))]);
        assert_eq!(optional("support dygnet runt", Lang::Sv), [unit("num:24", Some("hour"))]);
        assert_eq!(optional("alla dagar i veckan", Lang::Sv), [unit("num:7", Some("day"))]);
        assert_eq!(optional("dessa båda medlemsstater", Lang::Sv), [unit("num:2", None)]);
        // `highest` is the optional end of a set (`which:max`), read apart.
        assert_eq!(
            optional("the highest two-day figure", Lang::En),
            [unit("which:max", None), unit("num:2", Some("day"))]
        );
        assert_eq!(optional("a three-year plan", Lang::En), [unit("num:3", Some("year"))]);
        assert_eq!(optional("en femårsperiod", Lang::Sv), [unit("num:5", Some("year"))]);
        // A noun of one unit without an article, a longer number's last word: none.
        assert!(optional("the year of the decision, every day", Lang::En).is_empty());
        assert!(optional("året och dagen", Lang::Sv).is_empty());
        assert!(optional("a twenty-five-year plan", Lang::En).iter().all(|(key, _)| key != "num:5"));
    }

    #[test]
    fn a_quarter_of_a_unit_is_its_figure() {
        let keys = |text: &str, lang: Lang| {
            super::super::extract(text, lang).into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        assert_eq!(keys("a quarter of a percentage point", Lang::En), ["pp:0.25"]);
        assert_eq!(keys("a quarter of a percentage point", Lang::En), keys("25 baspunkter", Lang::Sv));
        assert_eq!(keys("en kvarts procentenhet", Lang::Sv), ["pp:0.25"]);
        assert_eq!(keys("a quarter of the funds", Lang::En), ["frac:1/4"]);
    }

    #[test]
    fn a_tenth_of_a_unit_is_its_figure() {
        let keys = |text: &str, lang: Lang| {
            super::super::extract(text, lang).into_iter().map(|v| v.key).collect::<Vec<_>>()
        };
        let tenth = ["pp:0.1"];
        assert_eq!(keys("rounded down to the nearest tenth of a percentage point", Lang::En), tenth);
        assert_eq!(keys("avrundas nedåt till närmaste tiondels procentenhet", Lang::Sv), tenth);
        assert_eq!(keys("by a tenth of a percentage point", Lang::En), tenth);
        assert_eq!(keys("med en tiondels procentenhet", Lang::Sv), tenth);
        assert_eq!(keys("0,1 procentenheter", Lang::Sv), tenth);
        assert_eq!(keys("one hundredth of a percentage point", Lang::En), ["pp:0.01"]);
        assert_eq!(keys("en hundradels procentenhet", Lang::Sv), ["pp:0.01"]);
        // A part of anything else stays the fraction, in the Swedish genitive too.
        assert_eq!(keys("a tenth of the amount", Lang::En), ["frac:1/10"]);
        assert_eq!(keys("en tiondels sekund", Lang::Sv), ["frac:1/10"]);
        assert_eq!(keys("med två tredjedels majoritet", Lang::Sv), ["frac:2/3"]);
        // An ordinal before `of` and no unit is still an ordinal.
        assert_eq!(keys("the tenth of the reports", Lang::En), ["ord:10"]);
    }

    #[test]
    fn a_length_in_two_units_is_one() {
        assert_eq!(units("four years and six months in prison", Lang::En), [unit("num:54", Some("month"))]);
        assert_eq!(units("fyra år och sex månader", Lang::Sv), [unit("num:54", Some("month"))]);
        // An age of years left bare before its months.
        assert_eq!(units("will reach 67 and 3 months on", Lang::En), [unit("num:807", Some("month"))]);
        assert_eq!(
            units("att uppgå till 67 år och tre månader den", Lang::Sv),
            [unit("num:807", Some("month"))]
        );
        // Not the bounds of a range, nor two small counts.
        assert_ne!(units("between 24 and 6 months", Lang::En), [unit("num:294", Some("month"))]);
        assert_ne!(units("after 3 and 6 months", Lang::En), [unit("num:42", Some("month"))]);
        assert_eq!(units("1 hour and 30 minutes", Lang::En), [unit("num:90", Some("minute"))]);
        // English may leave out the list word.
        assert_eq!(units("lasted 3 hours 40 minutes", Lang::En), [unit("num:220", Some("minute"))]);
        assert_eq!(units("3 timmar och 40 minuter", Lang::Sv), units("lasted 3 hours 40 minutes", Lang::En));
        // One of the larger unit counted by an article.
        assert_eq!(
            units("överstiger en timme och tio minuter vid", Lang::Sv),
            [unit("num:70", Some("minute"))]
        );
        assert_eq!(
            units("överstiger en timme och tio minuter vid", Lang::Sv),
            units("exceeds 1 hour 10 minutes at", Lang::En)
        );
        assert_eq!(units("lasted an hour and 10 minutes", Lang::En), [unit("num:70", Some("minute"))]);
        assert_eq!(units("inom ett år och sex månader", Lang::Sv), [unit("num:18", Some("month"))]);
        // Not the article before another noun, nor one apart by another word.
        assert!(
            !units("en timme per dag och tio minuter", Lang::Sv).contains(&unit("num:70", Some("minute")))
        );
        // Apart, by a comma or another word, they stay two.
        assert_eq!(units("for 4 years, and 6 months later", Lang::En).len(), 2);
        assert_eq!(units("4 years of work and 6 months", Lang::En).len(), 2);
    }

    #[test]
    fn a_caption_names_the_unit_of_its_table_in_brackets_at_its_end() {
        let measures = |text: &str, lang: Lang| {
            super::super::extract(text, lang)
                .into_iter()
                .filter(|value| value.key.starts_with(MEASURE))
                .map(|value| value.key)
                .collect::<Vec<_>>()
        };
        let en = "Table C — Minimum levels of taxation applicable to heating fuels and electricity (EUR/GJ)";
        assert_eq!(measures(en, Lang::En), ["measure:EUR/GJ"]);
        let sv = "Tabell C – Minimiskattenivåer för uppvärmningsbränslen och elektricitet (EUR/MWh)";
        assert_eq!(measures(sv, Lang::Sv), ["measure:EUR/MWh"]);
        assert_eq!(measures("Emissions by sector (kt)", Lang::En), ["measure:kt"]);
        // A currency alone, a point's letter, a gloss of the unit before, or a bracket before a
        // full stop: none.
        for text in
            ["Payments (EUR)", "as referred to in point (g)", "or 56 020 petajoules (PJ)", "levels (EUR/GJ)."]
        {
            assert!(measures(text, Lang::En).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_horsepower_is_a_unit_of_each_language() {
        assert_eq!(units("an engine power above 221 hp", Lang::En), [unit("num:221", Some("hp"))]);
        assert_eq!(units("en maskinstyrka på mer än 221 hk", Lang::Sv), [unit("num:221", Some("hp"))]);
        assert_eq!(units("300 hästkrafter och 20 horsepower", Lang::Sv)[0], unit("num:300", Some("hp")));
        assert_eq!(units("an engine of 221 kW", Lang::En), [unit("num:221", Some("kW"))]);
        // Not the first part of a compound, nor in capitals.
        assert_eq!(units("221 hk-motorer", Lang::Sv), [unit("num:221", None)]);
        assert_eq!(units("221 HP", Lang::En), [unit("num:221", None)]);
    }

    #[test]
    fn illuminance_and_luminous_flux_are_units() {
        assert_eq!(units("at least 1 000 lux", Lang::En), [unit("num:1000", Some("lx"))]);
        assert_eq!(units("minst 1 000 lux", Lang::Sv), [unit("num:1000", Some("lx"))]);
        assert_eq!(units("800 lumens and 500 lx", Lang::En)[0], unit("num:800", Some("lm")));
        assert_eq!(units("800 lumen", Lang::Sv), [unit("num:800", Some("lm"))]);
        assert_eq!(units("800 lm", Lang::Sv), [unit("num:800", Some("lm"))]);
    }

    #[test]
    fn unit_symbols_and_words() {
        assert_eq!(units("at least 1,200 MW", Lang::En), [unit("num:1200", Some("MW"))]);
        assert_eq!(units("minst 1 200 kW", Lang::Sv), [unit("num:1200", Some("kW"))]);
        assert_eq!(units("180,000 tonnes", Lang::En), [unit("num:180000", Some("t"))]);
        assert_eq!(units("180 000 ton", Lang::Sv), [unit("num:180000", Some("t"))]);
        // Frequency, decibels against a reference and pressure.
        assert_eq!(units("up to 100 MHz", Lang::En), [unit("num:100", Some("MHz"))]);
        assert_eq!(units("upp till 100 kHz", Lang::Sv), [unit("num:100", Some("kHz"))]);
        assert_eq!(
            units("at 3.5 GHz and 50 Hz", Lang::En),
            [unit("num:3.5", Some("GHz")), unit("num:50", Some("Hz"))]
        );
        assert_eq!(units("−123 dBW/(m² · MHz)", Lang::Sv)[0], unit("num:-123", Some("dBW")));
        assert_eq!(
            units("25 dBm and 6 dBi", Lang::En),
            [unit("num:25", Some("dBm")), unit("num:6", Some("dBi"))]
        );
        assert_eq!(
            units("210 kPa och 6 bar", Lang::Sv),
            [unit("num:210", Some("kPa")), unit("num:6", Some("bar"))]
        );
        assert_eq!(units("10 mbar", Lang::En), [unit("num:10", Some("mbar"))]);
        // A weighted sound level is a unit of its own; plain decibels are not it.
        assert_eq!(units("LV 74 dB(A)", Lang::Sv), [unit("num:74", Some("dB(A)"))]);
        assert_eq!(units("a margin of 3 dB.", Lang::En), [unit("num:3", Some("dB"))]);
        // Case matters: `DB` and `hz` name nothing.
        assert_eq!(units("3 DB and 4 hz", Lang::En), [unit("num:3", None), unit("num:4", None)]);
    }

    #[test]
    fn units_of_energy_and_qualified_power() {
        // Joules by word and symbol, in both languages, each its own unit.
        assert_eq!(units("or 56 020 petajoules (PJ)", Lang::En), [unit("num:56020", Some("PJ"))]);
        assert_eq!(units("eller 56 020 petajoule (PJ)", Lang::Sv), [unit("num:56020", Some("PJ"))]);
        assert_eq!(units("eller 56 020 terajoule (TJ)", Lang::Sv), [unit("num:56020", Some("TJ"))]);
        assert_eq!(units("= 41,868 PJ.", Lang::Sv), [unit("num:41.868", Some("PJ"))]);
        assert_eq!(units("41 000 MJ and 200 GJ", Lang::En)[1], unit("num:200", Some("GJ")));
        // Tonnes of oil equivalent.
        assert_eq!(units("compared with 1 354 Mtoe", Lang::En), [unit("num:1354000000", Some("toe"))]);
        assert_eq!(
            units("5 ktoe och 3 toe", Lang::Sv),
            [unit("num:5000", Some("toe")), unit("num:3", Some("toe"))]
        );
        // Written out, with the scale as a word: the same figure and unit as the symbol's.
        assert_eq!(
            units("was 912 million tonnes of oil equivalent", Lang::En),
            [unit("num:912000000", Some("toe"))]
        );
        assert_eq!(
            units("var 912 miljoner ton oljeekvivalenter", Lang::Sv),
            [unit("num:912000000", Some("toe"))]
        );
        assert_eq!(units("5 000 ton oljeekvivalent", Lang::Sv), [unit("num:5000", Some("toe"))]);
        // Other tonnes stay tonnes (`tonnes of oil`, `tonnes of CO2 equivalent`).
        assert_eq!(units("7 tonnes of oil", Lang::En), [unit("num:7", Some("t"))]);
        assert_eq!(units("7 tonnes of CO2 equivalent", Lang::En), [unit("num:7", Some("t"))]);
        // Watt-hours written out; the Swedish compound is no count of hours.
        assert_eq!(units("12 terawatt-hours", Lang::En), [unit("num:12", Some("TWh"))]);
        assert_eq!(units("12 terawattimmar", Lang::Sv), [unit("num:12", Some("TWh"))]);
        assert_eq!(units("20 kilowattimmar", Lang::Sv), [unit("num:20", Some("kWh"))]);
        // Electric and thermal power.
        assert_eq!(units("minst 5 MWe", Lang::Sv), [unit("num:5", Some("MWe"))]);
        assert_eq!(
            units("20 MWth and 3 kWe", Lang::En),
            [unit("num:20", Some("MWth")), unit("num:3", Some("kWe"))]
        );
        // Case matters: `pj` and `mwe` name nothing.
        assert_eq!(units("3 pj and 4 mwe", Lang::En), [unit("num:3", None), unit("num:4", None)]);
    }

    #[test]
    fn years_abbreviated_glued_or_spaced_are_years() {
        // A table's heading, `Avg 5yrs` against `Snitt 5 år`.
        for text in ["Avg 5yrs", "Avg 5 yrs", "the 5yr average", "over 5 years"] {
            assert_eq!(units(text, Lang::En), [unit("num:5", Some("year"))], "{text}");
        }
        assert_eq!(units("Snitt 5 år", Lang::Sv), [unit("num:5", Some("year"))]);
        assert_eq!(units("| Avg 10yrs |", Lang::En), [unit("num:10", Some("year"))]);
        // Against another unit, it is a changed unit; more letters after it make no unit.
        assert_ne!(units("Avg 5yrs", Lang::En), units("Snitt 5 mån", Lang::Sv));
        assert!(units("5yrsx and 5yrss", Lang::En).is_empty());
    }

    #[test]
    fn unit_words_of_lengths_and_areas_are_their_symbols() {
        for (text, lang) in [
            ("below 15 microns", Lang::En),
            ("below 15 micrometres", Lang::En),
            ("under 15 mikrometer", Lang::Sv),
            ("under 15 µm", Lang::Sv),
        ] {
            assert_eq!(units(text, lang), [unit("num:15", Some("µm"))], "{text}");
        }
        assert_eq!(units("15 millimetres", Lang::En), [unit("num:15", Some("mm"))]);
        assert_eq!(units("15 millimeter", Lang::Sv), units("15 mm", Lang::Sv));
        assert_eq!(units("2 centimetres", Lang::En), units("2 centimeter", Lang::Sv));
        // Centilitres and decilitres are units of their own, not millilitres.
        assert_eq!(units("a spray bottle of 750 ml", Lang::En), [unit("num:750", Some("ml"))]);
        assert_eq!(units("en sprayflaska på 750 cl", Lang::Sv), [unit("num:750", Some("cl"))]);
        assert_eq!(
            units("a bottle of 75 centilitres", Lang::En),
            units("en flaska på 75 centiliter", Lang::Sv)
        );
        assert_eq!(units("2 dl mjölk", Lang::Sv), [unit("num:2", Some("dl"))]);
        assert_eq!(units("2 decilitres of milk", Lang::En), units("2 deciliter mjölk", Lang::Sv));
        assert_eq!(units("more than 4 hectares", Lang::En), [unit("num:4", Some("ha"))]);
        assert_eq!(units("mer än fyra hektar", Lang::Sv), [unit("num:4", Some("ha"))]);
        // An are, a hundredth of a hectare: in lower case after a figure.
        assert_eq!(units("mer än fyra ar", Lang::Sv), [unit("num:4", Some("a"))]);
        assert_eq!(units("400 ares", Lang::En), [unit("num:400", Some("a"))]);
        assert_eq!(units("totalt 4 AR", Lang::Sv), [unit("num:4", None)]);
        // Not the verb.
        assert_eq!(units("of whom 3 are women", Lang::En), [unit("num:3", None)]);
    }

    #[test]
    fn the_period_a_noun_of_an_amount_names() {
        let per = |text: &str, lang: Lang| {
            crate::values::extract(text, lang)
                .into_iter()
                .filter(|value| value.key.starts_with("amount:"))
                .map(|value| value.per)
                .collect::<Vec<_>>()
        };
        assert_eq!(per("and an annual fee of EUR 30 payable", Lang::En), [Some("year")]);
        assert_eq!(per("och en årsavgift på 30 euro, som", Lang::Sv), [Some("year")]);
        assert_eq!(per("och en månadsavgift på 30 euro, som", Lang::Sv), [Some("month")]);
        assert_eq!(per("an annual membership fee of EUR 30", Lang::En), [Some("year")]);
        assert_eq!(per("17 monthly instalments of EUR 348,80", Lang::En), [Some("month")]);
        assert_eq!(per("17 månatliga avbetalningar på 348,80 euro", Lang::Sv), [Some("month")]);
        assert_eq!(per("26 veckovisa avbetalningar på 16,50 euro", Lang::Sv), [Some("week")]);
        // A period written after the figure comes first.
        assert_eq!(per("an annual fee of EUR 30 per month", Lang::En), [Some("month")]);
        // No period: a plain noun, a word of the unit itself, another preposition.
        assert_eq!(per("a fee of EUR 30", Lang::En), [None]);
        assert_eq!(per("i dagsläget på 30 euro", Lang::Sv), [None]);
        assert_eq!(per("under veckorna på 30 euro", Lang::Sv), [None]);
        assert_eq!(per("the annual fee, EUR 30", Lang::En), [None]);
        assert_eq!(per("an annual fee for EUR 30", Lang::En), [None]);
        // A label without its preposition, in a table's cell; a word between is no label.
        assert_eq!(per("| annual fee EUR 25 |", Lang::En), [Some("year")]);
        assert_eq!(per("| årsavgift 25 euro |", Lang::Sv), [Some("year")]);
        assert_eq!(per("| månadsavgift 25 euro |", Lang::Sv), [Some("month")]);
        assert_eq!(per("an annual fee to pay EUR 30", Lang::En), [None]);
        assert_eq!(per("| avgift 25 euro |", Lang::Sv), [None]);
    }

    #[test]
    fn units_an_amount_is_given_per() {
        let per =
            |text: &str, lang: Lang| units(text, lang).into_iter().map(|(_, unit)| unit).collect::<Vec<_>>();
        assert_eq!(per("EUR 40 per tonne", Lang::En), [Some("per t".to_string())]);
        assert_eq!(per("40 euro per ton", Lang::Sv), per("EUR 40 per tonne", Lang::En));
        assert_ne!(per("40 euro per kilo", Lang::Sv), per("EUR 40 per tonne", Lang::En));
        // A slash written onto the amount.
        assert_eq!(per("EUR 1.80/MWh", Lang::En), [Some("per MWh".to_string())]);
        assert_eq!(per("1,80 EUR/MWh", Lang::Sv), per("EUR 1.80/MWh", Lang::En));
        assert_ne!(per("1,80 EUR/kWh", Lang::Sv), per("EUR 1.80/MWh", Lang::En));
        assert_eq!(per("EUR 40 per applicant", Lang::En), [None]);
        // A Swedish mil is ten kilometres: a rate per mil is no rate per kilometre, and it
        // stands for the figure of `per 10 km`, an optional 10 km.
        assert_eq!(
            units("0,22 euro per mil", Lang::Sv),
            [unit("amount:EUR:0.22", Some("per mil")), unit("num:10", Some("km"))]
        );
        assert_ne!(per("0,22 euro per mil", Lang::Sv)[..1], per("EUR 0.22 per kilometre", Lang::En)[..]);
        assert_eq!(per("0,22 euro per kilometer", Lang::Sv), per("EUR 0.22 per kilometre", Lang::En));
        // Not a word that starts with it.
        assert_eq!(units("5 euro per miljon", Lang::Sv), [unit("amount:EUR:5", None)]);
        // A livestock unit: `LU` in English, `DE` (djurenhet) in Swedish, only as written.
        assert_eq!(per("EUR 105.60/LU", Lang::En), [Some("per LU".to_string())]);
        assert_eq!(per("105,60 EUR/DE", Lang::Sv), per("EUR 105.60/LU", Lang::En));
        assert_ne!(per("110,00 EUR/DE", Lang::Sv), per("EUR 110.00/ha", Lang::En));
        assert_eq!(per("105,60 EUR/De", Lang::Sv), [None]);
        // A litre after the slash, against a hectolitre.
        assert_eq!(per("19,2 EUR/l", Lang::Sv), [Some("per l".to_string())]);
        assert_ne!(per("19,2 EUR/l", Lang::Sv), per("19.2 EUR/hl", Lang::En));
        assert_eq!(per("19,2 EUR/lit", Lang::Sv), [None]);
    }

    #[test]
    fn the_quantity_a_unit_is_given_per() {
        // The quantity after the slash counts its unit, a litre too (which a figure alone
        // does not count, a lone letter after it being a point's).
        assert_eq!(units("EUR 47.33/100 kg", Lang::En)[1], unit("num:100", Some("kg")));
        assert_eq!(units("47,33 euro/100 l", Lang::Sv)[1], unit("num:100", Some("l")));
        assert_eq!(
            units("0,75 m²/10 kg", Lang::Sv),
            [unit("num:0.75", Some("m2")), unit("num:10", Some("kg"))]
        );
        assert_eq!(units("1 m²/100 g", Lang::Sv)[1], unit("num:100", Some("g")));
        assert_eq!(units("47,33 euro/100 lit", Lang::Sv)[1], unit("num:100", None));
        assert_eq!(units("totalt 100 l", Lang::Sv), [unit("num:100", Some("l"))]);
        // A lone letter after a figure that a part of an act names is a point's.
        assert_eq!(units("artikel 5 l", Lang::Sv), units("artikel 5", Lang::Sv));
        assert_eq!(units("enligt tabell 5 l", Lang::Sv), units("enligt tabell 5", Lang::Sv));
        assert_eq!(units("leden 3 k och 3 l.", Lang::Sv), units("leden 3 k och 3.", Lang::Sv));
        assert_eq!(units("i 4 l) och m)", Lang::Sv), [unit("num:4", None)]);
    }

    #[test]
    fn units_abbreviated_in_capitals() {
        assert_eq!(units("410 000 LU", Lang::En), [unit("num:410000", Some("LU"))]);
        assert_eq!(units("410 000 DE", Lang::Sv), units("410 000 LU", Lang::En));
        // Only as written, standing alone, in the language that writes it.
        assert_eq!(units("410 000 de", Lang::Sv), [unit("num:410000", None)]);
        assert_eq!(units("3 DE-länder", Lang::Sv), [unit("num:3", None)]);
        assert_eq!(units("410 000 DE", Lang::En), [unit("num:410000", None)]);
    }

    #[test]
    fn units_a_count_is_given_per() {
        let per =
            |text: &str, lang: Lang| units(text, lang).into_iter().map(|(_, unit)| unit).collect::<Vec<_>>();
        assert_eq!(per("2 traps per km² in the buffer zone", Lang::En), [Some("per km2".to_string())]);
        assert_eq!(per("två fällor per km²", Lang::Sv), per("2 traps per km²", Lang::En));
        assert_eq!(per("två fällor per hektar", Lang::Sv), [Some("per ha".to_string())]);
        assert_eq!(per("(13.3 milliequivalents per litre)", Lang::En), [Some("per l".to_string())]);
        assert_eq!(per("(13,3 milliekvivalenter per liter)", Lang::Sv), [Some("per l".to_string())]);
        assert_eq!(per("13,3 milliekvivalenter per kilogram", Lang::Sv), [Some("per kg".to_string())]);
        assert_eq!(per("10 per m² of floor", Lang::En), [Some("per m2".to_string())]);
        // A unit the figure counts wins, with the unit it is given per; a unit of time is the
        // rate's period; no unit, none.
        assert_eq!(per("5 mg per kg", Lang::En), [Some("mg/kg".to_string())]);
        assert_eq!(per("35 gånger per år", Lang::Sv), [None]);
        assert_eq!(per("5 applicants per Member State", Lang::En), [None]);
        assert_eq!(per("2 traps, per km²", Lang::En), [None]);
    }

    #[test]
    fn the_basis_of_a_share() {
        // Each percentage's basis, empty where it names none.
        let basis = |text: &str, lang: Lang| {
            units(text, lang).into_iter().map(|(_, unit)| unit.unwrap_or_default()).collect::<Vec<_>>()
        };
        let (weight, volume) = ("% by weight", "% by volume");
        assert_eq!(basis("12.5 % vol", Lang::En), [volume]);
        assert_eq!(basis("12,5 volymprocent", Lang::Sv), [volume]);
        assert_eq!(basis("12,5 viktprocent", Lang::Sv), [weight]);
        assert_eq!(basis("3 % by weight, 4 per cent by volume", Lang::En), [weight, volume]);
        assert_eq!(basis("5 % (w/w)", Lang::En), [weight]);
        assert_eq!(basis("3 vikt-% och 5 % av vikten", Lang::Sv), [weight, weight]);
        assert_eq!(basis("4,5–5,8 % (vikt/vikt) och 2 % volym/volym", Lang::Sv), [weight, volume]);
        assert_eq!(basis("5 % (volym/volym)", Lang::Sv), [volume]);
        // A bare percentage, or a word that only starts like a basis, names none.
        assert_eq!(basis("5 % and 6 % volatility", Lang::En), ["", ""]);
        assert_eq!(basis("7 procent", Lang::Sv), [""]);
        // A relation word after the basis still sets the bound.
        assert_eq!(bounds("30 viktprocent eller mindre", Lang::Sv), [bound("pct:30", Some(Bound::Upper))]);
    }

    #[test]
    fn no_unit() {
        // A noun that counts no unit, a word that only starts like one, a weekday.
        assert_eq!(units("7 Member States", Lang::En), [unit("num:7", None)]);
        assert_eq!(units("7 daycare centres", Lang::En), [unit("num:7", None)]);
        assert_eq!(units("sju dagsländor", Lang::Sv), [unit("num:7", None)]);
        assert_eq!(units("3 mW", Lang::En), [unit("num:3", None)]);
        assert_eq!(units("the 3 more", Lang::En), [unit("num:3", None)]);
    }

    #[test]
    fn the_definite_plural_of_a_unit_of_time_counts_it() {
        assert_eq!(units("under de 18 veckorna", Lang::Sv), [unit("num:18", Some("week"))]);
        assert_eq!(units("de senaste 10 åren", Lang::Sv), [unit("num:10", Some("year"))]);
        assert_eq!(units("de 18 arbetsdagarna", Lang::Sv), [unit("num:18", Some("workday"))]);
    }

    #[test]
    fn years_of_exposure_are_no_count_of_persons() {
        let person_years = || unit("num:410000", Some("person-year"));
        assert_eq!(units("around 410 000 patient-years", Lang::En), [person_years()]);
        assert_eq!(units("omkring 410 000 patientår", Lang::Sv), [person_years()]);
        assert_eq!(units("omkring 410 000 patienter", Lang::Sv), [unit("num:410000", Some("person"))]);
        // A word of a hyphen that is no unit; a year before a noun of persons stays a year.
        assert_eq!(units("5 patient-reported outcomes", Lang::En), [unit("num:5", None)]);
        assert!(units("In 2024 patients received it", Lang::En).is_empty());
    }

    #[test]
    fn the_part_of_a_unit_after_a_slash_or_per() {
        let km_h = || unit("num:90", Some("km/hour"));
        assert_eq!(units("at least 90 km/h", Lang::En), [km_h()]);
        assert_eq!(units("minst 90 km/tim", Lang::Sv), [km_h()]);
        assert_eq!(units("minst 90 km/t", Lang::Sv), [km_h()]);
        // Words of a period are the rate's period (`per`), not the unit's.
        assert_eq!(units("90 kilometres per hour", Lang::En), [unit("num:90", Some("km"))]);
        assert_eq!(units("90 km i timmen", Lang::Sv), [unit("num:90", Some("km"))]);
        assert_eq!(units("högst 0,2 kW/kg.", Lang::Sv), [unit("num:0.2", Some("kW/kg"))]);
        assert_eq!(units("at most 0.2 kW per kg", Lang::En), [unit("num:0.2", Some("kW/kg"))]);
        assert_eq!(units("78.4 kg CO2-eq per kWh", Lang::En), [unit("num:78.4", Some("kg/kWh"))]);
        // A `t` after a mass is a tonne; a capital `L` is a litre.
        assert_eq!(units("5 kg/t", Lang::En), [unit("num:5", Some("kg/t"))]);
        assert_eq!(units("42.5 ng/mL", Lang::En), [unit("num:42.5", Some("ng/ml"))]);
        // No unit after the slash or `per`, a figure between, a unit of time counted.
        assert_eq!(units("5 g/100 g", Lang::En), [unit("num:5", Some("g")), unit("num:100", Some("g"))]);
        assert_eq!(units("10 cm and 15 cm per ha", Lang::En)[0], unit("num:10", Some("cm")));
        assert_eq!(units("7 days/week", Lang::En), [unit("num:7", Some("day"))]);
    }

    #[test]
    fn the_basis_of_a_rate_other_than_a_period() {
        assert_eq!(per("500 mg per portion", Lang::Sv), [Some("serving")]);
        assert_eq!(per("500 mg per serving", Lang::En), [Some("serving")]);
        assert_eq!(per("EUR 100 per capita", Lang::En), [Some("person")]);
        assert_eq!(per("100 euro per invånare", Lang::Sv), [Some("person")]);
        // A period after the basis is the rate's.
        assert_eq!(per("2 liter per person och dag", Lang::Sv), [Some("day")]);
        assert_eq!(per("10 euro per invånare varje år", Lang::Sv), [Some("year")]);
        assert_eq!(per("EUR 10 per inhabitant per year", Lang::En), [Some("year")]);
        // The mercury of a lamp, per lamp or per burner.
        assert_eq!(per("not exceeding 5 mg per burner", Lang::En), [Some("burner")]);
        assert_eq!(per("med högst 5 mg per brännare", Lang::Sv), [Some("burner")]);
        assert_eq!(per("3,5 mg per lampa", Lang::Sv), [Some("lamp")]);
        // A household is no person, and a payment's transaction no period.
        assert_eq!(per("92 per household", Lang::En), [Some("household")]);
        assert_eq!(per("(92 per hushåll)", Lang::Sv), [Some("household")]);
        assert_eq!(per("(92 per invånare)", Lang::Sv), [Some("person")]);
        assert_eq!(per("EUR 100 000 per transaction", Lang::En), [Some("transaction")]);
        assert_eq!(
            per("100 000 euro per transaktion och 5 000 euro per dag", Lang::Sv),
            [Some("transaction"), Some("day")]
        );
        // A margin of tolerance per species or per fishing trip, a basis of two words.
        assert_eq!(per("remain at 10 % per species, calculated", Lang::En), [Some("species")]);
        assert_eq!(per("vara 10 % per art, beräknat", Lang::Sv), [Some("species")]);
        assert_eq!(per("at 10 % per fishing trip, calculated", Lang::En), [Some("trip")]);
        assert_eq!(per("vara 10 % per fångstresa, beräknat", Lang::Sv), [Some("trip")]);
        assert_eq!(per("less than 1 000 kg per species", Lang::En), [Some("species")]);
        // A person named by their part is a person, a family another basis.
        assert_eq!(per("up to EUR 3 000 per returnee", Lang::En), [Some("person")]);
        assert_eq!(per("högst 3 000 euro per återvändande person", Lang::Sv), [Some("person")]);
        assert_eq!(per("EUR 1 000 per accompanying family member", Lang::En), [Some("person")]);
        assert_eq!(per("1 000 euro per medföljande familjemedlem", Lang::Sv), [Some("person")]);
        assert_eq!(per("EUR 60 per applicant", Lang::En), [Some("person")]);
        assert_eq!(per("60 euro per sökande", Lang::Sv), [Some("person")]);
        assert_eq!(per("högst 3 000 euro per familj", Lang::Sv), [Some("family")]);
        assert_eq!(per("up to EUR 3 000 per family", Lang::En), [Some("family")]);
        assert_eq!(per("EUR 3 000 per family member", Lang::En), [Some("person")]);
        // Another noun is no basis.
        assert_eq!(per("500 mg per tablett", Lang::Sv), [None]);
        assert_eq!(per("3 000 euro per återvändande familj", Lang::Sv), [None]);
        assert_eq!(per("10 % per fishing vessel", Lang::En), [None]);
        assert_eq!(per("3,5 kW per laddningspunkt", Lang::Sv), [None]);
    }

    #[test]
    fn the_basis_of_a_weight_after_its_unit() {
        assert_eq!(units("341 200 tonnes (product weight)", Lang::En), [unit("num:341200", Some("t pw"))]);
        assert_eq!(units("341 200 ton (produktvikt)", Lang::Sv), [unit("num:341200", Some("t pw"))]);
        assert_eq!(units("341 200 ton (slaktvikt)", Lang::Sv), [unit("num:341200", Some("t cw"))]);
        assert_eq!(units("6.49 million tonnes cw", Lang::En), [unit("num:6490000", Some("t cw"))]);
        assert_eq!(units("6,49 miljoner ton slaktvikt", Lang::Sv), [unit("num:6490000", Some("t cw"))]);
        assert_eq!(units("393 kg carcass weight", Lang::En), [unit("num:393", Some("kg cw"))]);
        // The symbol of a scaled unit inside the figure's span.
        assert_eq!(
            units("4.1 Mt (carcass weight equivalent)", Lang::En),
            [unit("num:4100000", Some("t cw"))]
        );
        assert_eq!(
            units("4,1 miljoner ton (slaktviktsekvivalent)", Lang::Sv),
            [unit("num:4100000", Some("t cw"))]
        );
        assert_eq!(units("50 kg levande vikt", Lang::Sv), [unit("num:50", Some("kg lw"))]);
        // No basis, another word between, or a unit it is given per: the unit alone.
        assert_eq!(units("341 200 tonnes", Lang::En), [unit("num:341200", Some("t"))]);
        assert_eq!(units("50 kg of live-weight equivalent", Lang::En), [unit("num:50", Some("kg"))]);
        assert_eq!(units("21 kg live weight per m²", Lang::En), units("21 kg per m²", Lang::En));
    }

    #[test]
    fn a_count_of_transactions_counts_its_unit() {
        let transactions = || unit("num:1000000", Some("transaction"));
        assert_eq!(units("exceeds 1 million transactions", Lang::En), [transactions()]);
        assert_eq!(units("överstiger 1 miljon transaktioner", Lang::Sv), [transactions()]);
    }

    #[test]
    fn a_voltage_of_a_kind_of_current() {
        assert_eq!(
            units("125 V AC or 250 V DC", Lang::En),
            [unit("num:125", Some("V AC")), unit("num:250", Some("V DC"))]
        );
        assert_eq!(
            units("125 V växelström eller 250 V likström", Lang::Sv),
            [unit("num:125", Some("V AC")), unit("num:250", Some("V DC"))]
        );
        assert_eq!(units("230 V alternating current", Lang::En), [unit("num:230", Some("V AC"))]);
        // No kind of current: the voltage alone.
        assert_eq!(units("400 kV lines", Lang::En), [unit("num:400", Some("kV"))]);
        assert_eq!(units("400 kV-ledningar", Lang::Sv), [unit("num:400", Some("kV"))]);
        assert_eq!(units("12 V, 1.5 A", Lang::En)[0], unit("num:12", Some("V")));
        // Glued to a word, no symbol.
        assert_eq!(units("5 VAT", Lang::En), [unit("num:5", None)]);
    }

    #[test]
    fn a_band_of_wavelengths_in_nanometres() {
        assert_eq!(
            units("i ett smalt band på 340–400 nm", Lang::Sv),
            [unit("num-range:340..400", Some("nm"))]
        );
        assert_ne!(
            units("i ett smalt band på 340–400 nm", Lang::Sv),
            units("i ett smalt band på 340–400 µm", Lang::Sv)
        );
    }

    #[test]
    fn temperatures_by_symbol_or_by_scale() {
        assert_eq!(units("1.5 to 3 °C above", Lang::En).last(), Some(&unit("num:3", Some("°C"))));
        assert_eq!(units("högst 25°C", Lang::Sv), [unit("num:25", Some("°C"))]);
        assert_eq!(units("at 72 \u{2103}", Lang::En), [unit("num:72", Some("°C"))]);
        assert_eq!(units("at 160 °F", Lang::En), [unit("num:160", Some("°F"))]);
        assert_eq!(units("5 degrees Celsius", Lang::En), [unit("num:5", Some("°C"))]);
        assert_eq!(units("5 grader Celsius", Lang::Sv), [unit("num:5", Some("°C"))]);
        // A degree sign or a word of degrees alone is no temperature: the sign alone is an
        // angle's unit (see `notation.rs`).
        assert_eq!(units("a slope of 5° or more", Lang::En), [unit("num:5", Some("°"))]);
        assert_eq!(units("turned by 90 degrees", Lang::En), [unit("num:90", None)]);
        assert_eq!(units("5 °Cx", Lang::En), [unit("num:5", None)]);
    }

    #[test]
    fn cubic_and_square_symbols_of_other_lengths() {
        assert_eq!(units("2 km³ of water", Lang::En), [unit("num:2", Some("km3"))]);
        assert_eq!(units("2 km3 vatten", Lang::Sv), [unit("num:2", Some("km3"))]);
        assert_eq!(units("a section of 2,5 mm²", Lang::Sv), [unit("num:2.5", Some("mm2"))]);
        assert_eq!(units("2 km of road", Lang::En), [unit("num:2", Some("km"))]);
        // The cubic hectometre of water statistics, a unit of its own.
        assert_eq!(units("183,400 hm³ in 2022", Lang::En), [unit("num:183400", Some("hm3"))]);
        assert_eq!(units("uttag på 183 400 hm3", Lang::Sv), [unit("num:183400", Some("hm3"))]);
        assert_ne!(units("183 400 hm³", Lang::Sv), units("183 400 km³", Lang::Sv));
    }

    #[test]
    fn gross_tonnage_and_containers() {
        // Gross tonnage, `GT` in English, `BT` (bruttodräktighet) in Swedish: one unit.
        assert_eq!(units("a gross tonnage of 1 307 496 GT", Lang::En), [unit("num:1307496", Some("GT"))]);
        assert_eq!(units("en bruttodräktighet på 1 307 496 BT", Lang::Sv), [unit("num:1307496", Some("GT"))]);
        assert_ne!(units("1 307 496 BT", Lang::Sv), units("1 307 496 kW", Lang::Sv));
        // Not a lower-case word nor the other language's symbol.
        assert_eq!(units("1 307 496 bt", Lang::Sv), [unit("num:1307496", None)]);
        // Twenty-foot equivalent units, after a scale word too.
        assert_eq!(units("7.7 million TEU", Lang::En)[0], unit("num:7700000", Some("TEU")));
        assert_eq!(units("7,7 miljoner TEU", Lang::Sv), [unit("num:7700000", Some("TEU"))]);
        assert_ne!(units("7,7 miljoner TEU", Lang::Sv), units("7,7 miljoner ton", Lang::Sv));
    }

    #[test]
    fn a_symbol_of_volume_before_a_slash() {
        assert_eq!(units("Tajo vid Almourol 96 l/s", Lang::Sv), [unit("num:96", Some("l/second"))]);
        assert_eq!(units("4 l/h", Lang::En), [unit("num:4", Some("l/hour"))]);
        assert_eq!(units("20 L/ha", Lang::En), [unit("num:20", Some("l/ha"))]);
        // Alone too, where no part of an act is named before the figure.
        assert_eq!(units("5 l vatten", Lang::Sv), [unit("num:5", Some("l"))]);
        assert_eq!(units("packages of more than 1 L.", Lang::En), [unit("num:1", Some("l"))]);
        assert_eq!(units("point 5 l", Lang::En), units("point 5", Lang::En));
        assert_eq!(units("in row 5 l", Lang::En), units("in row 5", Lang::En));
    }

    #[test]
    fn kilocalories_are_a_unit_of_their_own() {
        assert_eq!(
            units("| salatrim | 25 kJ/g – 6 kcal/g |", Lang::Sv),
            [unit("num:25", Some("kJ/g")), unit("num:6", Some("kcal/g"))]
        );
        assert_eq!(units("8 400 kJ/2 000 kcal", Lang::En)[1], unit("num:2000", Some("kcal")));
    }

    #[test]
    fn a_phrase_of_per_before_the_unit_of_a_rate() {
        let dose = || unit("num:15", Some("mg/kg"));
        assert_eq!(units("15 mg for each kilogram", Lang::En), [dose()]);
        assert_eq!(units("15 mg for every kilogram of body weight", Lang::En), [dose()]);
        assert_eq!(units("15 mg per kilogram of body weight", Lang::En), [dose()]);
        assert_eq!(units("15 mg per kilo", Lang::Sv), [dose()]);
        assert_eq!(units("15 mg för varje kilo kroppsvikt", Lang::Sv), [dose()]);
        // No unit after the phrase, or a unit of time: the figure's own unit alone.
        assert_eq!(units("15 mg for each patient", Lang::En), [unit("num:15", Some("mg"))]);
        assert_eq!(units("15 mg for each day", Lang::En), [unit("num:15", Some("mg"))]);
    }

    /// The units of measure `text` names after a preposition, as keys.
    fn named_keys(text: &str, lang: Lang) -> Vec<String> {
        let mut found = Vec::new();
        named_units(text, lang, &crate::values::pairs::Pairs::new(), &mut found);
        assert!(found.iter().all(|value| value.optional && value.kind == ValueKind::Number));
        found.sort_by_key(|value| value.span.start);
        found.into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn the_unit_a_quantity_is_given_in_without_a_figure() {
        let en = "(total energy consumption in MWh per net revenue), in tonnes CO2e";
        assert_eq!(named_keys(en, Lang::En), ["measure:MWh", "measure:t"]);
        let sv = "(total energiförbrukning i GWh per nettoomsättning), i kg CO2e";
        assert_eq!(named_keys(sv, Lang::Sv), ["measure:GWh", "measure:kg"]);
        assert_eq!(
            named_keys("I ton koldioxidekvivalenter och i kubikmeter", Lang::Sv),
            ["measure:t", "measure:m3"]
        );
        assert_eq!(named_keys("expressed in m³ and in °C", Lang::En), ["measure:m3", "measure:°C"]);
        assert_eq!(named_keys("emissions in tCO2eq and in tCO₂eq", Lang::En), ["measure:t", "measure:t"]);
        assert_eq!(named_keys("capacity in MWe", Lang::En), named_keys("kapacitet i MW", Lang::Sv));
        // No unit of time (`i år`, this year; `i min`, in my), no letter alone, no unit that is
        // a word or a name of another meaning, no word that goes on, no figure after it.
        let none: [&str; 0] = [];
        assert_eq!(named_keys("i år och i min rapport, i t och i m", Lang::Sv), none);
        assert_eq!(named_keys("in hours, in GB, in bar charts, in toe", Lang::En), none);
        assert_eq!(named_keys("in kgs, in MW-scale plants, in kg 5, within MW", Lang::En), none);
    }

    #[test]
    fn the_per_cent_a_row_names_in_its_first_cell() {
        let keys = |row: &str, lang| -> Vec<String> {
            // The unit a bracket names is read apart, as `measure:`.
            let values = crate::values::extract(row, lang).into_iter();
            values.map(|value| value.key).filter(|key| !key.starts_with(MEASURE)).collect()
        };
        let strength_en = "Minimum alcoholic strength by volume | 37,5 % | 15 % | 40 % ('Vieille': 42 %)";
        let strength_sv = "Minsta alkoholhalt i volymprocent | 37,5 | 15 | 40 (”Vieille”: 42)";
        // The words of a minimum (`which:min`) aside.
        let shares =
            |keys: Vec<String>| keys.into_iter().filter(|key| key.starts_with("pct")).collect::<Vec<_>>();
        assert_eq!(shares(keys(strength_sv, Lang::Sv)), ["pct:37.5", "pct:15", "pct:40", "pct:42"]);
        assert_eq!(shares(keys(strength_sv, Lang::Sv)), shares(keys(strength_en, Lang::En)));
        assert_eq!(
            keys("| Share of exports (%) | 12.5 | 10–15 |", Lang::En),
            ["pct:12.5", "pct-range:10..15"]
        );
        assert_eq!(keys("Alcoholic strength (% vol) | 40", Lang::En), ["pct:40"]);
        assert_eq!(keys("Andel i procent | 12,5", Lang::Sv), ["pct:12.5"]);
        // A name that ends in figures (an age band) names the unit as well; a count in a
        // word is no share.
        let en = "1. Employment rate of people aged 20-64 (%) | 72.5 (2020) | 78.0 (2030)";
        let sv = "1. Sysselsättningsgrad för personer i åldern 20–64 år (%) | 72,5 (2020) | 78,0 (2030)";
        assert_eq!(keys(en, Lang::En), keys(sv, Lang::Sv));
        assert!(
            keys("Bytesbalans (% av BNP) | treårsgenomsnitt: −4 %", Lang::Sv)
                .iter()
                .all(|key| key != "pct:3")
        );
        assert!(
            keys("Current account balance (% of GDP) | 3-year average", Lang::En)
                .iter()
                .all(|key| key != "pct:3")
        );
        // A changed figure stays another figure.
        assert_ne!(
            shares(keys(&strength_sv.replace("37,5", "35,7"), Lang::Sv)),
            shares(keys(strength_en, Lang::En))
        );
        // A count of cases beside its share, a unit that only contains a percentage, a row
        // named without a unit: the figures stay bare.
        assert_eq!(keys("Patients, n (%) | 41", Lang::En), ["num:41"]);
        assert!(
            keys("Methanol (g/hl of 100 % vol alcohol) | 900", Lang::En).contains(&"num:900".to_string())
        );
        assert_eq!(keys("Krav | 9 | 33", Lang::Sv), ["num:9", "num:33"]);
        // The unit of the first cell is the row's, not a later cell's.
        assert!(keys("Kategori 9 | andel i procent | 12", Lang::Sv).contains(&"num:12".to_string()));
    }

    /// The units of measure the table row `row` names in its cells' brackets, as keys.
    fn column_keys(row: &str, lang: Lang) -> Vec<String> {
        let mut found = Vec::new();
        column_units(row, lang, &mut found);
        assert!(found.iter().all(|value| value.optional && value.kind == ValueKind::Number));
        found.into_iter().map(|value| value.key).collect()
    }

    /// The supplementary units the table row `row` holds in cells of their own, as keys.
    fn cell_keys(row: &str) -> Vec<String> {
        let mut found = Vec::new();
        cell_units(row, &mut found);
        assert!(found.iter().all(|value| value.optional && value.kind == ValueKind::Number));
        found.into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn a_supplementary_unit_alone_in_a_cell() {
        assert_eq!(cell_keys("| ex 9001 90 00 | 33 | Film | 0 % | m² | 31.12.2030 |"), ["measure:m2"]);
        assert_eq!(cell_keys("| 2,7 % | p/st | 31.12.2027 |"), ["measure:p/st"]);
        assert_eq!(cell_keys("| 0 % | 1\u{a0}000 p/st | – |"), ["measure:1000 p/st"]);
        assert_eq!(cell_keys("| 0 % | kg | l | pa |"), ["measure:kg", "measure:l", "measure:pa"]);
        // Through the extraction, the unit's span as written.
        let values = crate::values::extract("| 0 % | m² | 31.12.2030 |", Lang::Sv);
        assert!(values.iter().any(|value| value.key == "measure:m2" && value.span == (8..11)));
        // A unit with other words, a figure, a heading, a dash of no unit: none.
        let none: [&str; 0] = [];
        assert_eq!(cell_keys("| m² per animal | 12 | Extra enhet | Supplementary unit | - |"), none);
        assert_eq!(cell_keys("| 12 kg | p / st | P/ST |"), none);
    }

    #[test]
    fn the_symbol_of_a_unit_column_alone_in_a_cell() {
        assert_eq!(cell_keys("| L<sub>pCpeak</sub> | above 63 Pa | dB(C) |"), ["measure:dB(C)"]);
        assert_eq!(cell_keys("| Power | kW | Hz |"), ["measure:kW", "measure:Hz"]);
        // A capital alone, a code in capitals and a word stay marks and labels.
        let none: [&str; 0] = [];
        assert_eq!(cell_keys("| A | V | TB | MW | Total |"), none);
    }

    fn price_keys(text: &str, lang: Lang) -> Vec<String> {
        let mut found = Vec::new();
        price_bases(text, lang, &crate::values::Pairs::of(text.as_bytes()), &mut found);
        assert!(
            found
                .iter()
                .all(|value| value.optional && text.get(value.span.clone()) == Some(value.display.as_str()))
        );
        found.into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn the_price_basis_of_amounts() {
        let (current, constant) = ("measure:prices-current", "measure:prices-constant");
        assert_eq!(price_keys("EUR 7 588 million in current prices", Lang::En), [current]);
        assert_eq!(price_keys("Commitments (current prices, EUR million)", Lang::En), [current]);
        assert_eq!(
            price_keys("EUR 1 074.3 billion in 2018 prices and at constant prices", Lang::En),
            [constant, constant]
        );
        assert_eq!(price_keys("EUR 20 billion in constant 2018 prices", Lang::En), [constant]);
        assert_eq!(price_keys("7 588 miljoner euro i löpande priser", Lang::Sv), [current]);
        assert_eq!(price_keys("7 588 miljoner euro i fasta priser", Lang::Sv), [constant]);
        assert_eq!(price_keys("1 074,3 miljarder euro i 2018 års priser", Lang::Sv), [constant]);
        // The year stays out of the span, for the reader of years.
        let mut found = Vec::new();
        let text = "i 2018 års priser";
        price_bases(text, Lang::Sv, &crate::values::Pairs::of(text.as_bytes()), &mut found);
        assert_eq!(found.first().map(|value| value.span.clone()), Some(12..18));
        // Today's prices, fixed prices of a contract, other words: none.
        let none: [&str; 0] = [];
        assert_eq!(
            price_keys("The current prices of gas are high; prices fell; consumer prices", Lang::En),
            none
        );
        assert_eq!(price_keys("Avtalet har fasta priser. Priserna steg. konsumentpriser", Lang::Sv), none);
    }

    #[test]
    fn a_word_unit_alone_in_a_cell() {
        assert_eq!(cell_keys("| Revision of a translation | page | 36.90 | 37.70 |"), ["measure:page"]);
        assert_eq!(cell_keys("| Granskning av en översättning | sida | 36,90 |"), ["measure:page"]);
        assert_eq!(cell_keys("| Tolkning | per timme | 120 |"), ["measure:hour"]);
        assert_eq!(cell_keys("| Months | Månader |"), ["measure:month", "measure:month"]);
        // `minut` for `sida` is another unit.
        assert_ne!(cell_keys("| Granskning | minut | 36,90 |"), cell_keys("| Revision | page | 36.90 |"));
        // A unit with other words, a year (a column of dates), a label: none.
        let none: [&str; 0] = [];
        assert_eq!(cell_keys("| per page and language | Year | År | Pages translated | Dagordning |"), none);
    }

    fn money_rate_keys(row: &str, lang: Lang) -> Vec<String> {
        let mut found = Vec::new();
        money_rate_cells(row, lang, &mut found);
        assert!(found.iter().all(|value| value.optional && value.kind == ValueKind::Number));
        found.into_iter().map(|value| value.key).collect()
    }

    #[test]
    fn a_unit_given_per_an_amount_of_money_alone_in_a_cell() {
        let invested = ["measure:t/EUR 10^6 invested"];
        assert_eq!(
            money_rate_keys("| 2 | Carbon footprint | tCO2e/EUR million invested |", Lang::En),
            invested
        );
        assert_eq!(
            money_rate_keys("| 2 | Koldioxidavtryck | tCO2e/investerad miljon euro |", Lang::Sv),
            invested
        );
        assert_eq!(money_rate_keys("| tonnes per EUR million invested |", Lang::En), invested);
        assert_eq!(money_rate_keys("| ton per investerad miljon euro |", Lang::Sv), invested);
        let revenue = ["measure:GWh/EUR 10^6 revenue"];
        assert_eq!(money_rate_keys("| GWh per million EUR of revenue |", Lang::En), revenue);
        assert_eq!(money_rate_keys("| GWh per miljon euro i intäkter |", Lang::Sv), revenue);
        assert_eq!(
            money_rate_keys("| tCO2e/EUR million of GDP |", Lang::En),
            money_rate_keys("| tCO2e/miljon euro av BNP |", Lang::Sv)
        );
        // Another unit, scale or basis is another measure.
        assert_ne!(money_rate_keys("| MWh per miljon euro i intäkter |", Lang::Sv), revenue);
        assert_ne!(money_rate_keys("| ton per investerad miljard euro |", Lang::Sv), invested);
        assert_ne!(money_rate_keys("| tCO2e/miljon euro i intäkter |", Lang::Sv), invested);
        // No basis named: the scale and the currency alone.
        assert_eq!(money_rate_keys("| EUR | tCO2e/EUR million |", Lang::En), ["measure:t/EUR 10^6"]);
        // Other words, no scale or no currency, a figure: none.
        let none: [&str; 0] = [];
        assert_eq!(
            money_rate_keys("| GWh per million EUR of revenue of investee companies |", Lang::En),
            none
        );
        assert_eq!(
            money_rate_keys("| tCO2e/EUR | kg per million inhabitants | 200 tCO2e/EUR million |", Lang::En),
            none
        );
        assert_eq!(money_rate_keys("| Deaths per million inhabitants 2025 |", Lang::En), none);
    }

    #[test]
    fn the_unit_a_cell_names_in_brackets_after_its_name() {
        assert_eq!(
            column_keys("| Weight (kg) | Area (cm² per kg) |", Lang::En),
            ["measure:kg", "measure:cm2/kg"]
        );
        assert_eq!(
            column_keys("| Vikt (kg) | Yta (cm² per kg) |", Lang::Sv),
            ["measure:kg", "measure:cm2/kg"]
        );
        // A noun of what is counted, any in each language, is one basis.
        assert_eq!(column_keys("| Area (m² per animal) |", Lang::En), ["measure:m2/each"]);
        assert_eq!(column_keys("| Yta (m²/djur) |", Lang::Sv), ["measure:m2/each"]);
        // A basis of a rate by its name before a period: a person is no household.
        assert_eq!(column_keys("| Use (l/person/day) |", Lang::En), ["measure:l/person/day"]);
        assert_eq!(column_keys("| Förbrukning (l/person/dag) |", Lang::Sv), ["measure:l/person/day"]);
        assert_eq!(column_keys("| Förbrukning (l/hushåll/dag) |", Lang::Sv), ["measure:l/household/day"]);
        // Another noun before a period names no unit to compare.
        assert_eq!(column_keys("| Foder (kg/djur/dag) |", Lang::Sv), [] as [&str; 0]);
        assert_eq!(
            column_keys("| Ungefärlig vikt (g) | Flöde (m³/s)", Lang::Sv),
            ["measure:g", "measure:m3/second"]
        );
        assert_eq!(
            column_keys("| Hastighet (km/tim) | Varaktighet (år) |", Lang::Sv),
            ["measure:km/hour", "measure:year"]
        );
        assert_eq!(column_keys("| Temperature (°C) | Mass (t) |", Lang::En), ["measure:°C", "measure:t"]);
        // No unit: a currency, a share, a unit with more words, a country, a point's letter, a
        // bracket that does not end the cell or follows no name.
        let none: [&str; 0] = [];
        assert_eq!(column_keys("| Amount (EUR) | Share (%) | Member State (DE) |", Lang::En), none);
        assert_eq!(column_keys("| Utsläpp (ton koldioxidekvivalenter) |", Lang::Sv), none);
        assert_eq!(column_keys("| Article 2(1), point (m) | Annex, point (g) |", Lang::En), none);
        assert_eq!(column_keys("| Weight (kg) of the animal | (kg) | Weight(kg) |", Lang::En), none);
        assert_eq!(column_keys("| Kategori | Antal (AR) |", Lang::Sv), none);
    }

    #[test]
    fn the_unit_a_cell_names_after_a_preposition() {
        let en =
            "| Post-crash care | time between the emergency call and the arrival, in minutes | 10–25 | 14 |";
        assert_eq!(column_keys(en, Lang::En), ["measure:minute"]);
        let sv = "| Vård efter olyckor | tid från nödsamtalet till ankomsten, i minuter | 10–25 | 14 |";
        assert_eq!(column_keys(sv, Lang::Sv), ["measure:minute"]);
        assert_eq!(column_keys(&sv.replace("minuter", "sekunder"), Lang::Sv), ["measure:second"]);
        // Not `i år` (this year), not a word that names no unit, not a preposition alone.
        let none: [&str; 0] = [];
        assert_eq!(column_keys("| Utsläpp i år | Andel i procent | in days |", Lang::Sv), none);
        assert_eq!(column_keys("| Emissions in force | Share in years2 |", Lang::En), none);
    }
}
