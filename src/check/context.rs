//! What rules see: the two documents, the alignment, and per-bead value matchings.

use crate::align::{Alignment, Bead};
use crate::document::Document;
use crate::values::{Bound, Change, Value, ValueKind};

use super::{Finding, Location, Rule, Side};

/// The key prefix of a day of the week named alone (`weekday:1`, Monday).
const WEEKDAY: &str = "weekday:";
/// The key prefix of the choice of one of two limits (`whichever is higher`, `which:max`).
const CHOICE: &str = "which:";

/// The whole input of the check stage.
pub struct Input<'a> {
    pub src: &'a Document,
    pub tgt: &'a Document,
    pub alignment: &'a Alignment,
    /// `src_values[block_idx]`: the values of every source block.
    pub src_values: &'a [Vec<Value>],
    pub tgt_values: &'a [Vec<Value>],
}

/// A reference to one value: `(block index, index into that block's values)`.
pub type ValueRef = (usize, usize);

/// How the values of one bead correspond.
#[derive(Debug, Default, Clone)]
pub struct Matching {
    /// Equal keys on both sides.
    pub equal: Vec<(ValueRef, ValueRef)>,
    /// Same kind, same sentence, different keys: probably the same value changed.
    pub differing: Vec<(ValueRef, ValueRef)>,
    /// Only in the source.
    pub src_only: Vec<ValueRef>,
    /// Only in the target.
    pub tgt_only: Vec<ValueRef>,
}

/// What a pair rule sees: one bead and its value matching.
pub struct PairCtx<'a> {
    pub input: &'a Input<'a>,
    pub bead_idx: usize,
    pub bead: &'a Bead,
    pub matching: &'a Matching,
}

/// What a document rule sees.
pub struct DocCtx<'a> {
    pub input: &'a Input<'a>,
    pub matchings: &'a [Matching],
    /// Why the two documents are not translations of each other, when they are not.
    pub unrelated: Option<String>,
}

impl<'a> Input<'a> {
    pub fn doc(&self, side: Side) -> &'a Document {
        match side {
            Side::Source => self.src,
            Side::Target => self.tgt,
        }
    }

    /// The language of a side, as the pipeline reads it: the one recognised, else English for
    /// the source and Swedish for the target.
    pub fn lang(&self, side: Side) -> crate::text::Lang {
        let default = match side {
            Side::Source => crate::text::Lang::En,
            Side::Target => crate::text::Lang::Sv,
        };
        self.doc(side).lang.unwrap_or(default)
    }

    /// Whether the value is written in digits in its text (`5`, not `five`).
    pub fn written_in_digits(&self, side: Side, r: ValueRef) -> bool {
        self.surface(side, r).starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the value is a count in words or a Roman numeral that starts a hyphenated
    /// modifier (`five` of `a five-axle vehicle`, `II` of `en fas II-studie`).
    pub fn starts_modifier(&self, side: Side, (block, idx): ValueRef) -> bool {
        let value = self.value(side, (block, idx));
        let text = self.doc(side).blocks[block].text.as_str();
        value.key.starts_with("num:")
            && text
                .get(value.span.clone())
                .is_some_and(|word| word.chars().all(|c| c.is_alphabetic() || c == '-'))
            && text.get(value.span.end..).is_some_and(|rest| {
                rest.strip_prefix('-').is_some_and(|rest| rest.starts_with(char::is_alphabetic))
            })
    }

    pub fn value(&self, side: Side, (block, idx): ValueRef) -> &'a Value {
        let values = match side {
            Side::Source => self.src_values,
            Side::Target => self.tgt_values,
        };
        &values[block][idx]
    }

    /// A location for a byte range of a block's text.
    pub fn location(
        &self,
        side: Side,
        block: usize,
        text: std::ops::Range<usize>,
        label: String,
    ) -> Location {
        let doc = self.doc(side);
        let span = doc.blocks[block].src_span(text);
        let line = doc.line_of(span.start);
        let column = doc.line_index.column(&doc.source, span.start);
        let end_line = doc.line_of(span.end);
        let end_column = if end_line == line {
            doc.line_index.column(&doc.source, span.end)
        } else {
            // A span that crosses a line (a page-joined paragraph) is cut at the line end.
            let next = doc.line_index.line_start(line + 1);
            doc.line_index.column(&doc.source, next.saturating_sub(1))
        };
        Location { side, span, line, column, end_column: end_column.max(column), block, label }
    }

    /// A location for a whole block (its first source line).
    pub fn block_location(&self, side: Side, block: usize, label: String) -> Location {
        let text_len = self.doc(side).blocks[block].text.len();
        let first_line_end = first_line_len(&self.doc(side).blocks[block].text);
        self.location(side, block, 0..first_line_end.min(text_len), label)
    }

    /// A location for one value.
    pub fn value_location(&self, side: Side, value_ref: ValueRef) -> Location {
        let value = self.value(side, value_ref);
        self.location(side, value_ref.0, value.span.clone(), value.display.clone())
    }

    /// The text of a value as written.
    pub fn surface(&self, side: Side, (block, idx): ValueRef) -> &'a str {
        let doc = self.doc(side);
        let value = self.value(side, (block, idx));
        doc.blocks[block].text.get(value.span.clone()).unwrap_or("")
    }
}

fn first_line_len(text: &str) -> usize {
    text.find('\n').unwrap_or(text.len())
}

/// Whether one key is the year and the other the plain number of one four-digit figure, or
/// one a ratio 1/N and the other N.
fn same_figure(a: &str, b: &str) -> bool {
    let year_and_number = |year: &str, number: &str| {
        year.strip_prefix("year:").is_some_and(|digits| number.strip_prefix("num:") == Some(digits))
    };
    // `en av fem` is "one in five" or "one of five", `var femte` "one in five" or "was
    // fifth": a ratio 1/N is the same figure as a count or an ordinal N.
    // `10th` and the `10` of `10-årsjubileum`: an ordinal and a count of the same figure.
    let ordinal_and_number = |ordinal: &str, number: &str| {
        ordinal.strip_prefix("ord:").is_some_and(|n| number.strip_prefix("num:") == Some(n))
    };
    let ratio_and_number = |ratio: &str, number: &str| {
        ratio
            .strip_prefix("ratio:1/")
            .is_some_and(|n| number.strip_prefix("num:") == Some(n) || number.strip_prefix("ord:") == Some(n))
    };
    // `a third call` is the third call (`en tredje ansökningsomgång`), where `a third of the
    // calls` is a fraction: a fraction 1/N is the same figure as an ordinal N.
    let fraction_and_ordinal = |fraction: &str, ordinal: &str| {
        fraction.strip_prefix("frac:1/").is_some_and(|n| ordinal.strip_prefix("ord:") == Some(n))
    };
    // The Combined Nomenclature's `Section XVI` is its `avdelning XVI`, the word Swedish
    // gives a Title.
    let section_and_title = |section: &str, title: &str| {
        section.strip_prefix("section:").is_some_and(|n| title.strip_prefix("title:") == Some(n))
    };
    // An act cited by its number alone (`Council Regulation No 139/2004`, as a heading may
    // cite it) is the act of that kind and number in any domain (`rådets förordning (EG) nr
    // 139/2004`).
    let act_of_any_domain = |bare: &str, full: &str| {
        let Some((kind, number)) = bare.strip_prefix("act:").and_then(|rest| rest.split_once(":?:")) else {
            return false;
        };
        full.strip_prefix("act:")
            .and_then(|rest| rest.strip_prefix(kind))
            .and_then(|rest| rest.strip_prefix(':'))
            .and_then(|rest| rest.split_once(':'))
            .is_some_and(|(_, full_number)| full_number == number)
    };
    // An act named by its number without its kind (a title quoted in the original's language,
    // `”… pursuant to Regulation (EU) 2015/2283”`, which the Swedish words do not read) is the
    // act of that number of any kind: since 2015 the Union's acts share one numbering.
    let act_of_any_kind = |bare: &str, full: &str| {
        let Some(number) = bare.strip_prefix("act:").filter(|rest| rest.matches(':').count() == 1) else {
            return false;
        };
        full.strip_prefix("act:").and_then(|rest| rest.split_once(':')).is_some_and(|(kind, rest)| {
            !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_lowercase()) && rest == number
        })
    };
    // `revision 10 of that method` is `den tionde revideringen av metoden`: a revision's
    // number and the ordinal of the same figure.
    let revision_and_ordinal = |revision: &str, ordinal: &str| {
        revision.strip_prefix("rev:").is_some_and(|n| ordinal.strip_prefix("ord:") == Some(n))
    };
    // `one in three` is the share `en tredjedel` names.
    let ratio_and_fraction = |ratio: &str, fraction: &str| {
        ratio.strip_prefix("ratio:").is_some_and(|r| fraction.strip_prefix("frac:") == Some(r))
    };
    year_and_number(a, b)
        || year_and_number(b, a)
        || revision_and_ordinal(a, b)
        || revision_and_ordinal(b, a)
        || act_of_any_domain(a, b)
        || act_of_any_domain(b, a)
        || act_of_any_kind(a, b)
        || act_of_any_kind(b, a)
        || ratio_and_fraction(a, b)
        || ratio_and_fraction(b, a)
        || section_and_title(a, b)
        || section_and_title(b, a)
        || journal_of_year(a, b)
        || journal_of_year(b, a)
        || percent_and_fraction(a, b)
        || percent_and_fraction(b, a)
        || fraction_and_ordinal(a, b)
        || fraction_and_ordinal(b, a)
        || ordinal_and_number(a, b)
        || ordinal_and_number(b, a)
        || ratio_and_number(a, b)
        || ratio_and_number(b, a)
        || clock_and_number(a, b)
        || clock_and_number(b, a)
        || unit_and_number(a, b)
        || unit_and_number(b, a)
        || metres_or_million(a, b)
        || metres_or_million(b, a)
        || clock_range_and_number_range(a, b)
        || clock_range_and_number_range(b, a)
        || crate::values::any_krona(a, b)
        || crate::values::any_krona(b, a)
        || scale_and_unit(a, b)
        || scale_and_unit(b, a)
        || period_and_months(a, b)
        || period_and_months(b, a)
        || annex_and_appendix(a, b)
        || annex_and_appendix(b, a)
        || appendix_and_supplement(a, b)
        || appendix_and_supplement(b, a)
        || points_and_number(a, b)
        || points_and_number(b, a)
        || article_or_count(a, b)
        || article_or_count(b, a)
        || item_or_number(a, b)
        || item_or_number(b, a)
        || question_code(a, b)
        || question_code(b, a)
        || either_year(a, b)
        || either_year(b, a)
        || relative_either(a, b)
        || relative_either(b, a)
        || day_of_any_year(a, b)
        || day_of_any_year(b, a)
        || month_of_any_year(a, b)
        || month_of_any_year(b, a)
        || part_of_any_year(a, b)
        || part_of_any_year(b, a)
}

/// An issue of the Official Journal cited by its year alone, as the Court does (`OJ 2013 L 180,
/// p. 60`: `oj:L:180:2013:p60`), and the same issue and page cited by its date (`OJ L 180,
/// 29.6.2013, p. 60`: `oj:L:180:2013-06-29:p60`).
fn journal_of_year(by_year: &str, dated: &str) -> bool {
    // The series and issue, the date, and the first page.
    fn split(key: &str) -> Option<(&str, &str, &str)> {
        let rest = key.strip_prefix("oj:")?;
        let (issue, rest) = rest.split_at(rest.match_indices(':').nth(1)?.0);
        let (date, page) = rest.get(1..)?.split_once(':')?;
        Some((issue, date, page))
    }
    let (Some((issue_a, year, page_a)), Some((issue_b, date, page_b))) = (split(by_year), split(dated))
    else {
        return false;
    };
    year.len() == 4 && date.len() == 10 && date.starts_with(year) && issue_a == issue_b && page_a == page_b
}

/// A month named without a year (`since mid-January`, `month:--01`) and the same month of a
/// year (`sedan mitten av januari 2025`): the other version may give the year once.
fn month_of_any_year(bare: &str, dated: &str) -> bool {
    bare.strip_prefix("month:--").is_some_and(|month| year_and_month(dated).map(|(_, m)| m) == Some(month))
}

/// A date counted back by years from a day, a month or a quarter (`a year earlier` after `On
/// 31 December 2024`, `year-rel:or:date:2023-12-31|year:2023`) and either of its readings.
fn relative_either(either: &str, other: &str) -> bool {
    either
        .strip_prefix(crate::values::RELATIVE_YEAR)
        .and_then(|rest| rest.strip_prefix("or:"))
        .is_some_and(|readings| readings.split('|').any(|reading| reading == other))
}

/// A day named without a year (`on 10 June`, `day:06-10`) and the same day of a year (`den 10
/// juni 2025`): the other version may give the year its sentence gives once.
fn day_of_any_year(bare: &str, dated: &str) -> bool {
    bare.strip_prefix("day:").is_some_and(|day| {
        dated.strip_prefix("date:").is_some_and(|date| date.len() == 10 && date.get(5..) == Some(day))
    })
}

/// A year named relative to a period no date of its sentence names (`two years earlier`,
/// `year-rel:ago:2`), or to the year of writing where the document gives none (`last year`,
/// `year-rel:this:-1`; `in January this year`, `year-rel:this:0:01`), and a year, or that
/// month of a year, in the counterpart sentence (`2022`, `januari 2026`): what the words name
/// is not known, so the year the other version writes is taken for it.
fn relative_any_year(
    input: &Input,
    bead: &Bead,
    relative: (Side, ValueRef),
    dated: (Side, ValueRef),
) -> bool {
    let (rel, other) = (input.value(relative.0, relative.1), input.value(dated.0, dated.1));
    let Some(rest) = rel.key.strip_prefix(crate::values::RELATIVE_YEAR) else { return false };
    let month = if rest.starts_with("ago:") {
        None
    } else if let Some(this) = rest.strip_prefix("this:") {
        this.split_once(':').map(|(_, month)| month)
    } else {
        return false;
    };
    let has_year = |body: &str| body.len() >= 4 && body.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let fits = match month {
        Some(month) => year_and_month(&other.key).is_some_and(|(year, m)| has_year(year) && m == month),
        None => {
            other.key.strip_prefix("year:").is_some_and(has_year)
                || other.key.strip_prefix("date:").is_some_and(has_year)
                || other.key.strip_prefix("month:").is_some_and(has_year)
        }
    };
    let sentence = |(side, r): (Side, ValueRef)| {
        sentence_at(bead, side, r.0, input.value(side, r).span.start).map(|(index, _)| index)
    };
    fits && other.kind == ValueKind::Date
        && sentence(relative).is_some_and(|own| sentence(dated) == Some(own))
}

/// A span of months named without its year (`årets första åtta månader`,
/// `range:--01..--08`) and the same months of a year (`the first eight months of 2025`): the
/// other version may give the year once. A quarter or a half without its year is no such
/// part: `fjärde kvartalet` against `Q4 2025` is a year left out. A span that ends before it
/// starts runs into the next year (`October to March` = `oktober 2025–mars 2026`).
fn part_of_any_year(bare: &str, dated: &str) -> bool {
    let Some((low, high)) = bare.strip_prefix("range:--").and_then(|rest| rest.split_once("..--")) else {
        return false;
    };
    let years = |from: &str, to: &str| match (from.parse::<u32>(), to.parse::<u32>()) {
        (Ok(from), Ok(to)) if from.to_string().len() == 4 => to == from + u32::from(low > high),
        _ => false,
    };
    dated.strip_prefix("range:").and_then(|rest| rest.split_once("..")).is_some_and(|(from, to)| {
        matches!((from.split_once('-'), to.split_once('-')),
        (Some((year, month)), Some((to_year, to_month)))
            if years(year, to_year) && month == low && to_month == high)
    })
}

/// The year and the month of a month's key (`month:2025-01`).
fn year_and_month(key: &str) -> Option<(&str, &str)> {
    key.strip_prefix("month:").and_then(|year_month| year_month.split_once('-'))
}

/// The index of the sentence bead of `bead` that holds byte `at` of `block` on `side`, and
/// that sentence's range.
pub(crate) fn sentence_at(
    bead: &Bead,
    side: Side,
    block: usize,
    at: usize,
) -> Option<(usize, &std::ops::Range<usize>)> {
    bead.sentences.iter().enumerate().find_map(|(index, sentences)| {
        let parts = if side == Side::Source { &sentences.src } else { &sentences.tgt };
        parts.iter().find(|(b, range)| *b == block && range.contains(&at)).map(|(_, range)| (index, range))
    })
}

/// Whether the source value `s` and the target value `t` are one figure written otherwise:
/// see [`same_figure`] and [`same_duration`].
fn same_value(input: &Input, bead: &Bead, s: ValueRef, t: ValueRef) -> bool {
    let (source, target) = (input.value(Side::Source, s), input.value(Side::Target, t));
    // A figure that counts a unit is no year (`254 days in 2024` against `2024 dagar`); one
    // that counts persons may be (`2040 people arrived`, read as a year, against `2 040 personer`).
    let counted_year = |year: &Value, number: &Value| {
        year.key.starts_with("year:") && number.detail.as_deref().is_some_and(|unit| unit != "person")
    };
    let figure = same_figure(&source.key, &target.key)
        && !counted_year(source, target)
        && !counted_year(target, source);
    // A month without a year is the month of a year only where its own sentence gives that
    // year (`i maj och juni 2025`): else the year is dropped (`i december` for `in December
    // 2024`). So is a span of months (`april–maj` for `April to May 2027`), but one that words
    // of the year name (`årets första åtta månader`).
    let year_given = |bare_side: Side, (block, i): ValueRef, bare: &Value, dated: &Value| {
        let span = part_of_any_year(&bare.key, &dated.key);
        let day = day_of_any_year(&bare.key, &dated.key);
        if !month_of_any_year(&bare.key, &dated.key) && !span && !day {
            return true;
        }
        // Words of the year start the span's reading (`årets första åtta månader`).
        let this_year = crate::values::tables::table(input.lang(bare_side)).this_year_words;
        let surface = input.surface(bare_side, (block, i));
        let named =
            |words: &&str| surface.get(..words.len()).is_some_and(|head| crate::values::word_is(head, words));
        if span && this_year.iter().any(named) {
            return true;
        }
        let year = if span {
            dated.key.strip_prefix("range:").map_or("", |range| range.get(..4).unwrap_or(""))
        } else if day {
            dated.key.strip_prefix("date:").map_or("", |date| date.get(..4).unwrap_or(""))
        } else {
            year_and_month(&dated.key).map_or("", |(year, _)| year)
        };
        let values = if bare_side == Side::Source { input.src_values } else { input.tgt_values };
        let sentence = sentence_at(bead, bare_side, block, bare.span.start).map(|(_, range)| range);
        let within = |v: &Value| sentence.is_none_or(|range| range.contains(&v.span.start));
        values
            .get(block)
            .into_iter()
            .flatten()
            .any(|v| v.kind == ValueKind::Date && v.key.contains(year) && within(v))
    };
    let months = year_given(Side::Source, s, source, target) && year_given(Side::Target, t, target, source);
    figure && months
        || relative_any_year(input, bead, (Side::Source, s), (Side::Target, t))
        || relative_any_year(input, bead, (Side::Target, t), (Side::Source, s))
        || base_pairs(input, (Side::Source, s), (Side::Target, t))
        || base_pairs(input, (Side::Target, t), (Side::Source, s))
        || same_duration(source, target)
        || same_period(source, target)
        || quarter_or_question(input, (Side::Source, s), (Side::Target, t))
        || quarter_or_question(input, (Side::Target, t), (Side::Source, s))
        || code_written_out(input, (Side::Source, s), (Side::Target, t))
        || code_written_out(input, (Side::Target, t), (Side::Source, s))
        || dotted_article_clause(input, (Side::Source, s), (Side::Target, t))
        || dotted_article_clause(input, (Side::Target, t), (Side::Source, s))
        || times_a_year(source, target)
        || times_a_year(target, source)
        || day_before_named_last(source, target)
        || day_before_named_last(target, source)
        || sign_dropped(input, s, t)
        || around_the_clock(source, target)
        || around_the_clock(target, source)
        || currency_given_once(input, bead, (Side::Source, s), (Side::Target, t))
        || currency_given_once(input, bead, (Side::Target, t), (Side::Source, s))
        || end_made_explicit(input, bead, (Side::Source, s), (Side::Target, t))
        || end_made_explicit(input, bead, (Side::Target, t), (Side::Source, s))
}

/// Whether `date`, a day, and `range`, a span of days from it, say the same where the
/// sentence of `date` names the span's end by words after the day (`from 1 January 2022 to
/// the end of the investigation period` = `från och med den 1 januari 2022 till och med den
/// 30 juni 2025`: [`crate::values::DATE_ANAPHOR`]) and its version names that end before (the
/// investigation period defined as `1 July 2024 to 30 June 2025`).
fn end_made_explicit(input: &Input, bead: &Bead, date: (Side, ValueRef), range: (Side, ValueRef)) -> bool {
    let (day, span) = (input.value(date.0, date.1), input.value(range.0, range.1));
    let Some(day_body) = day.key.strip_prefix("date:") else { return false };
    let Some((low, high)) = span.key.strip_prefix("range:").and_then(|body| body.split_once("..")) else {
        return false;
    };
    let Some((year, month, end_day)) = whole_date(high) else { return false };
    if low != day_body || whole_date(low).is_none() {
        return false;
    }
    let end = crate::values::day_number(year, month, end_day);
    let (side, (block, _)) = date;
    let sentence = sentence_at(bead, side, block, day.span.start).map(|(index, _)| index);
    let values = if side == Side::Source { input.src_values } else { input.tgt_values };
    let Some(anaphor) = values.get(block).into_iter().flatten().find(|v| {
        v.key == crate::values::DATE_ANAPHOR
            && v.span.start > day.span.start
            && sentence_at(bead, side, block, v.span.start).map(|(index, _)| index) == sentence
    }) else {
        return false;
    };
    document_days(input).iter().any(|&(named, named_side, named_block, at)| {
        named == end
            && named_side == side
            && (named_block < block || named_block == block && at < anaphor.span.start)
    })
}

/// Whether `idiom`, service around the clock written in figures (`24/7`, `24/7/365`), and
/// `hours`, 24 hours that words name (`dygnet runt`), say the same: a translation may give the
/// idiom in words (`dygnet runt årets alla dagar`).
fn around_the_clock(idiom: &Value, hours: &Value) -> bool {
    idiom.optional
        && idiom.key.starts_with("votes:24/7")
        && hours.key == "num:24"
        && hours.detail.as_deref() == Some("hour")
}

/// Whether `before`, a day that ends a period without being part of it ([`Bound::Before`]:
/// `before 1 July 2025`, `före den 1 juli`), and `last`, the day before it
/// named as the last day of the period or a deadline ([`Bound::Until`], `till och med den 30
/// juni 2025`, [`Bound::Upper`], `no later than 30 June`), set the same limit.
fn day_before_named_last(before: &Value, last: &Value) -> bool {
    before.bound == Some(Bound::Before)
        && matches!(last.bound, Some(Bound::Upper | Bound::Until))
        && day_before(&last.key, &before.key)
}

/// Whether the date key `last` (`date:2025-06-30`) names the day before the one the date key
/// `next` names (`date:2025-07-01`); of days of no year likewise (`day:06-30`, `day:07-01`),
/// the last day of February either the 28th or the 29th.
fn day_before(last: &str, next: &str) -> bool {
    if let (Some(last), Some(next)) = (last.strip_prefix("day:"), next.strip_prefix("day:")) {
        let follows = |year: &str| {
            crate::values::next_day(&format!("{year}-{last}")).is_some_and(|day| day.get(5..) == Some(next))
        };
        return follows("2001") || follows("2000");
    }
    last.strip_prefix("date:")
        .and_then(crate::values::next_day)
        .is_some_and(|day| next.strip_prefix("date:") == Some(day.as_str()))
}

/// Whether `points`, a figure written with `bp` (read as basis points, `pp:0.96`), and `count`,
/// a plain figure a hundred times as large (`num:96`), are the same figure: after a figure `bp`
/// counts base pairs in genetics (`a 96-bp amplicon` = `ett amplikon på 96 baspar`) as it
/// counts basis points in finance (`25 bp` = `25 punkter`).
fn base_pairs(input: &Input, points: (Side, ValueRef), count: (Side, ValueRef)) -> bool {
    let (points_value, count_value) = (input.value(points.0, points.1), input.value(count.0, count.1));
    points_value.key.strip_prefix("pp:").is_some_and(|figure| {
        input.surface(points.0, points.1).ends_with("bp")
            && count_value
                .key
                .strip_prefix("num:")
                .and_then(crate::values::hundredth)
                .is_some_and(|hundredth| hundredth == figure)
    })
}

/// Whether `amount` is a sum of money and `bare` the same figure without a currency, in a
/// sentence that names that currency for another sum (`Av Malis 45,5 miljoner euro går 12
/// miljoner till …` for `… includes EUR 12 million for …`): a translation may give the
/// currency once for the sums of a sentence.
fn currency_given_once(input: &Input, bead: &Bead, amount: (Side, ValueRef), bare: (Side, ValueRef)) -> bool {
    let (amount_value, bare_value) = (input.value(amount.0, amount.1), input.value(bare.0, bare.1));
    let Some((code, figure)) = amount_value.key.strip_prefix("amount:").and_then(|rest| rest.split_once(':'))
    else {
        return false;
    };
    if bare_value.key.strip_prefix("num:") != Some(figure) || bare_value.detail.is_some() {
        return false;
    }
    let (side, (block, index)) = bare;
    let values = if side == Side::Source { input.src_values } else { input.tgt_values };
    let sentence = sentence_at(bead, side, block, bare_value.span.start).map(|(_, range)| range);
    values.get(block).into_iter().flatten().enumerate().any(|(other, value)| {
        other != index
            && sentence.is_none_or(|range| range.contains(&value.span.start))
            && ["amount:", "amount-range:"].iter().any(|kind| {
                value
                    .key
                    .strip_prefix(kind)
                    .and_then(|rest| rest.split_once(':'))
                    .is_some_and(|(c, _)| c == code)
            })
    })
}

/// Whether two figures differ only by a minus sign that a word of a fall or shortfall before
/// either makes needless (`a deficit of -7.9%` = `ett underskott på 7,9 %`; `fell by 3%` =
/// `minskade med −3 %`), or that a comparative of a fall after the one written without it says
/// in words (`-18.4%` = `18,4 % mindre än genomsnittet`, `2.5% lower` = `−2,5 %`): a
/// minus on a figure of change is its direction down.
fn sign_dropped(input: &Input, s: ValueRef, t: ValueRef) -> bool {
    let (source, target) = (input.value(Side::Source, s), input.value(Side::Target, t));
    let unsigned = |key: &str| -> Option<(String, bool)> {
        let (head, figure) = key.rsplit_once(':')?;
        Some(match figure.strip_prefix('-') {
            Some(magnitude) => (format!("{head}:{magnitude}"), true),
            None => (key.to_string(), false),
        })
    };
    let (Some((source_key, source_minus)), Some((target_key, target_minus))) =
        (unsigned(&source.key), unsigned(&target.key))
    else {
        return false;
    };
    let falls = |side: Side, (block, _): ValueRef, value: &Value| {
        let text = input.doc(side).blocks.get(block).map(|b| b.text.as_str());
        text.is_some_and(|text| crate::values::falls_before(text, value.span.start, input.lang(side)))
    };
    // The figure without the minus names its fall by a word of change of its own (`en
    // nedrevidering med 0,1 procentenheter` = `a revision of -0.1 percentage points`); one that
    // names a rise so contradicts the sign, whatever word of a fall the clause holds before it.
    let unsigned_change = if source_minus { target.change } else { source.change };
    let unsigned_falls = unsigned_change == Some(Change::Fall);
    source.kind == ValueKind::Number
        && source.kind == target.kind
        && source_minus != target_minus
        && source_key == target_key
        && unsigned_change != Some(Change::Rise)
        && (unsigned_falls || falls(Side::Source, s, source) || falls(Side::Target, t, target))
}

/// Whether `unit` (a figure's `detail`) is a unit of time.
fn is_time_unit(unit: &str) -> bool {
    unit == "workday" || time_unit_length(unit).is_some()
}

/// The length of one `unit` of time, and the measure it is counted in: seconds for the units
/// of a week and less (parts of a second by their symbols, `ms`, `µs`, `ns`), months for months and years (a month is never a number of days).
fn time_unit_length(unit: &str) -> Option<(u8, f64)> {
    Some(match unit {
        "ns" => (0, 1e-9),
        "µs" => (0, 1e-6),
        "ms" => (0, 1e-3),
        "second" => (0, 1.0),
        "minute" => (0, 60.0),
        "hour" => (0, 3_600.0),
        "day" => (0, 86_400.0),
        "week" => (0, 604_800.0),
        "month" => (1, 1.0),
        "year" => (1, 12.0),
        "decade" => (1, 120.0),
        _ => return None,
    })
}

/// Whether `every`, a recurrence every N months (`ratio:1/6`: `halvårsvis`, `biannual`,
/// `every six months`), and `count`, a count given per year (`två gånger per år`, `twice a
/// year`), name one frequency: N times the count is twelve.
fn times_a_year(every: &Value, count: &Value) -> bool {
    let months = every.key.strip_prefix("ratio:1/").and_then(|n| n.parse::<u32>().ok());
    let times = count.key.strip_prefix("num:").and_then(|n| n.parse::<u32>().ok());
    count.per == Some("year")
        && count.detail.is_none()
        && matches!((months, times), (Some(months), Some(times)) if months * times == 12)
}

/// Whether two counts of time are one length in other units (`48 hours` = `två dygn`, `12
/// months` = `ett år`, `90 minutes` = `en och en halv timme`, `a fortnight` = `14 dagar`):
/// seconds, minutes, hours, days and weeks convert into one another, months and years; a month
/// is never a number of days. So are two ranges, bound by bound (`from 14 to 21 days` =
/// `från två till tre veckor`; not `två till fyra veckor`).
fn same_duration(a: &Value, b: &Value) -> bool {
    // The lower and the upper length of a count or a range, and their measure.
    let lengths = |value: &Value| -> Option<(u8, f64, f64)> {
        let (measure, factor) = time_unit_length(value.detail.as_deref()?)?;
        let (low, high) = match value.key.strip_prefix("num:") {
            Some(count) => (count, count),
            None => value.key.strip_prefix("num-range:")?.split_once("..")?,
        };
        Some((measure, low.parse::<f64>().ok()? * factor, high.parse::<f64>().ok()? * factor))
    };
    let (Some((measure_a, a_low, a_high)), Some((measure_b, b_low, b_high))) = (lengths(a), lengths(b))
    else {
        return false;
    };
    let same = |x: f64, y: f64| (x - y).abs() <= x.abs() * 1e-9;
    a.kind == ValueKind::Number
        && b.kind == ValueKind::Number
        && measure_a == measure_b
        && same(a_low, b_low)
        && same(a_high, b_high)
}

/// Whether two recurrences name one period in other units of time (`every 24 months` =
/// `vartannat år`: `ratio:1/24` of months, `ratio:1/2` of years; `every 12 months` = `varje
/// år`): the periods are of one length, counted in units of one measure (a month is never a
/// number of days).
fn same_period(a: &Value, b: &Value) -> bool {
    let period = |value: &Value| -> Option<(u8, f64)> {
        let every = value.key.strip_prefix("ratio:1/")?.parse::<f64>().ok()?;
        let (measure, factor) = time_unit_length(value.detail.as_deref()?)?;
        Some((measure, every * factor))
    };
    a.kind == ValueKind::Number
        && b.kind == ValueKind::Number
        && matches!(
            (period(a), period(b)),
            (Some((measure_a, a_length)), Some((measure_b, b_length)))
                if measure_a == measure_b && (a_length - b_length).abs() <= a_length.abs() * 1e-9
        )
}

/// `pp` after a figure is percentage points or, in a reference, pages (`EFSA Journal
/// 2024;22(3):8654, 31 pp.` = `31 s.`): the figure without a unit is the same figure, where a
/// percentage (`3 %`) is not.
fn points_and_number(points: &str, number: &str) -> bool {
    points.strip_prefix("pp:").is_some_and(|n| number.strip_prefix("num:") == Some(n))
}

/// A number that ends a list after a singular article word before words no reference takes
/// (`artikel 14 och 316 mer detaljerade inspektioner`, read `artnum:316`) is that article or a
/// count: the same figure as the article (`art:316`) or the plain number (`num:316`).
fn article_or_count(either: &str, other: &str) -> bool {
    either
        .strip_prefix("artnum:")
        .is_some_and(|n| other.strip_prefix("num:") == Some(n) || other.strip_prefix("art:") == Some(n))
}

/// An item a Swedish compound names (`tillgångspost 7.2`, read `item:7.2`) is the item English
/// names apart (`asset item 7.2`, `para:7.2`) or its number alone, where English names the
/// items once before a list of numbers (`Items with a zero balance (2.3, 2.4 and 8.2 of the
/// liabilities)` = `skuldposterna 2.3, 2.4 och 8.2`) or calls an item an entry (`entry 76`).
fn item_or_number(item: &str, other: &str) -> bool {
    item.strip_prefix("item:")
        .is_some_and(|n| other.strip_prefix("para:") == Some(n) || other.strip_prefix("num:") == Some(n))
}

/// A code of a translation's own question letter (`F5`, read `qcode:F5`) is the code kept as
/// written (`code:F5`, the NACE section `F43`) or the question the original numbers by its
/// letter or word (`Q5`, `question 5`: `num:5`).
fn question_code(code: &str, other: &str) -> bool {
    let Some(code) = code.strip_prefix(crate::values::QUESTION_CODE) else { return false };
    other.strip_prefix("code:") == Some(code)
        || code.get(1..).is_some_and(|figure| other.strip_prefix("num:") == Some(figure))
}

/// A quarter written as its letter and figure alone (`Q3`, read `quarter:Q3`) is the question
/// of that figure where the other version numbers one (`fråga 3`, `num:3`; `F3`, `qcode:F3`):
/// a questionnaire's code, which only the other version's reading tells from a quarter.
fn quarter_or_question(input: &Input, quarter: (Side, ValueRef), question: (Side, ValueRef)) -> bool {
    let Some(figure) = input.value(quarter.0, quarter.1).key.strip_prefix("quarter:Q") else { return false };
    let code = input.surface(quarter.0, quarter.1).as_bytes();
    let key = input.value(question.0, question.1).key.as_str();
    matches!(code, [letter, digit] if letter.is_ascii_uppercase() && digit.is_ascii_digit())
        && (key.strip_prefix("num:") == Some(figure)
            || key.strip_prefix(crate::values::QUESTION_CODE).and_then(|code| code.get(1..)) == Some(figure))
}

/// A clause of a contract or of terms of business numbered in two parts, which English may
/// call an article (`Article 15.4 of the general conditions of carriage`, read `art:15(4)`) and
/// Swedish a point (`punkt 15.4 i … allmänna transportvillkor`, `para:15.4`): an article
/// written with a full stop between its two numbers, as no act of the Union writes its
/// paragraphs, is the numbered paragraph of the same two numbers. One written `Article 15(4)`
/// stays an article.
fn dotted_article_clause(input: &Input, article: (Side, ValueRef), paragraph: (Side, ValueRef)) -> bool {
    let key = &input.value(article.0, article.1).key;
    let Some((number, part)) = key
        .strip_prefix("art:")
        .and_then(|rest| rest.strip_suffix(')'))
        .and_then(|rest| rest.split_once('('))
    else {
        return false;
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let dotted = format!("{number}.{part}");
    digits(number)
        && digits(part)
        && input.surface(article.0, article.1).ends_with(&dotted)
        && input.value(paragraph.0, paragraph.1).key.strip_prefix("para:") == Some(dotted.as_str())
}

/// A code of two or three capitals and a number (`SO2`, a specific objective; `PA3`, a
/// priority axis, read `code:SO2`) is the number the other version writes after the words the
/// letters abbreviate (`Specifikt mål 2`, `num:2`): the code's figure, one or two digits and no
/// leading zero, against a bare figure in digits right after a word. Another figure (`Specifikt
/// mål 3` for `SO2`) is no counterpart, and stays a number the other version lacks.
fn code_written_out(input: &Input, code: (Side, ValueRef), number: (Side, ValueRef)) -> bool {
    let Some(written) = input.value(code.0, code.1).key.strip_prefix("code:") else { return false };
    let letters = written.bytes().take_while(u8::is_ascii_uppercase).count();
    let figure = written.get(letters..).unwrap_or("");
    let coded = (2..=3).contains(&letters)
        && (1..=2).contains(&figure.len())
        && figure.bytes().all(|b| b.is_ascii_digit())
        && !figure.starts_with('0')
        && input.surface(code.0, code.1) == written;
    let value = input.value(number.0, number.1);
    if !coded || value.key.strip_prefix("num:") != Some(figure) || value.detail.is_some() {
        return false;
    }
    // The figure as written, after a word and one space.
    let text = input.doc(number.0).blocks.get(number.1.0).map_or("", |block| block.text.as_str());
    let head = text.get(..value.span.start).unwrap_or("");
    input.surface(number.0, number.1) == figure
        && head.strip_suffix(' ').is_some_and(|word| word.ends_with(char::is_alphabetic))
}

/// Words of the same year standing alone that may name either of two years (`Samma år` after
/// `År 2023 …, jämfört med … 2020.`, read `year-or:2020|2023`) are the same figure as each year.
fn either_year(either: &str, year: &str) -> bool {
    let Some(years) = either.strip_prefix(crate::values::EITHER_YEAR) else { return false };
    year.strip_prefix("year:").is_some_and(|year| years.split('|').any(|one| one == year))
}

/// An appendix and the annex of the same number (`Appendix V` = `bilaga V`): translations
/// call one the other.
fn annex_and_appendix(annex: &str, appendix: &str) -> bool {
    annex.strip_prefix("annex:").is_some_and(|n| appendix.strip_prefix("appendix:") == Some(n))
}

/// An appendix and the supplement of the same number (`Supplement 14 to the 02 series of
/// amendments` = `tillägg 14 till 02-ändringsserien`): Swedish calls both `tillägg`.
fn appendix_and_supplement(appendix: &str, supplement: &str) -> bool {
    appendix.strip_prefix("appendix:").is_some_and(|n| supplement.strip_prefix("supplement:") == Some(n))
}

/// A quarter or a half of a year and the range of its months (`Q3 2024` = `juli–september
/// 2024`, `H1 2025` = `januari–juni 2025`).
fn period_and_months(period: &str, months: &str) -> bool {
    let (year, first, last) = if let Some((year, quarter)) =
        period.strip_prefix("quarter:").and_then(|p| p.split_once("-Q"))
    {
        let Some(quarter) = quarter.parse::<u32>().ok().filter(|q| (1..=4).contains(q)) else { return false };
        (year, 3 * quarter - 2, 3 * quarter)
    } else if let Some((year, half)) = period.strip_prefix("half:").and_then(|p| p.split_once("-H")) {
        let Some(half) = half.parse::<u32>().ok().filter(|h| (1..=2).contains(h)) else { return false };
        (year, 6 * half - 5, 6 * half)
    } else {
        return false;
    };
    months.strip_prefix("range:") == Some(&format!("{year}-{first:02}..{year}-{last:02}"))
}

/// A scale named alone (`(millions)`, `scale:6`) is the scale of a unit of money (`(EUR
/// million)`, `unit:EUR:6`): one version may name the currency where the other does not.
fn scale_and_unit(scale: &str, unit: &str) -> bool {
    scale.strip_prefix("scale:").is_some_and(|power| {
        unit.strip_prefix("unit:").and_then(|unit| unit.rsplit_once(':')).is_some_and(|(_, p)| p == power)
    })
}

/// Whether `percent` is exactly the share `fraction` names: `50 %` and `hälften`, `25%` and
/// `a quarter`, `75 %` and `three quarters` (`pct:50`, `frac:1/2`).
fn percent_and_fraction(percent: &str, fraction: &str) -> bool {
    let (Some(percent), Some((numerator, denominator))) = (
        percent.strip_prefix("pct:").and_then(|p| p.parse::<f64>().ok()),
        fraction
            .strip_prefix("frac:")
            .or_else(|| fraction.strip_prefix("ratio:"))
            .and_then(|f| f.split_once('/')),
    ) else {
        return false;
    };
    let (Ok(numerator), Ok(denominator)) = (numerator.parse::<f64>(), denominator.parse::<f64>()) else {
        return false;
    };
    denominator > 0.0 && (percent - 100.0 * numerator / denominator).abs() < 1e-9
}

/// Whether `times` is a range of times of day and `numbers` the range of the decimals their
/// digits make: `10.00-12.30` without a clock word, for `kl. 10.00–12.30`.
fn clock_range_and_number_range(times: &str, numbers: &str) -> bool {
    let (Some(times), Some(numbers)) = (times.strip_prefix("range:"), numbers.strip_prefix("num-range:"))
    else {
        return false;
    };
    let (Some((first, last)), Some((low, high))) = (times.split_once(".."), numbers.split_once("..")) else {
        return false;
    };
    first.contains(':')
        && clock_and_number(&format!("time:{first}"), &format!("num:{low}"))
        && clock_and_number(&format!("time:{last}"), &format!("num:{high}"))
}

/// Whether `glued` is an English figure with `m` written onto it (`450m`, read `mnum:450`) and
/// `number` the same figure, in metres (`450 m`) or in millions (`450 miljoner`).
fn metres_or_million(glued: &str, number: &str) -> bool {
    let (Some(glued), Some(number)) = (glued.strip_prefix("mnum:"), number.strip_prefix("num:")) else {
        return false;
    };
    let (Ok(glued), Ok(number)) = (glued.parse::<f64>(), number.parse::<f64>()) else {
        return false;
    };
    glued == number || (glued * 1e6 - number).abs() <= number.abs() * 1e-12
}

/// Whether `unit` is a numbered part of a document (`section:5`, `chapter:3`, an application
/// requirement `ar:45`) and `number` its number alone: one version may name the part where the
/// other gives the number only (`see section 5` against `se 5` or `se punkt 5`, which reads as
/// a paragraph; `AR 45` against `tillämpningskrav 45`).
fn unit_and_number(unit: &str, number: &str) -> bool {
    let Some((kind, n)) = unit.split_once(':') else { return false };
    matches!(kind, "annex" | "chapter" | "title" | "part" | "section" | "ar")
        && (number.strip_prefix("num:") == Some(n) || number.strip_prefix("para:") == Some(n))
}

/// Whether `time` is a time of day and `number` the decimal its digits make: English writes
/// `at 10.30`, which reads as the number 10.3, for the Swedish `kl. 10.30`.
fn clock_and_number(time: &str, number: &str) -> bool {
    let (Some(clock), Some(number)) = (time.strip_prefix("time:"), number.strip_prefix("num:")) else {
        return false;
    };
    let Some((hours, minutes)) = clock.split_once(':') else { return false };
    let (Ok(hours), true) = (hours.parse::<u32>(), minutes.len() == 2) else { return false };
    let decimal = format!("{hours}.{minutes}");
    decimal.trim_end_matches('0').trim_end_matches('.') == number
}

/// Whether `time` is a time of day or a range of them and `number` a number or range written
/// as a clock reads (`10.30`, `10.00 to 12.30`): English writes times without a clock word, so
/// a time changed in translation is a number on one side and a time on the other.
fn time_and_clock_number(input: &Input, time: (Side, ValueRef), number: (Side, ValueRef)) -> bool {
    let (time_value, number_value) = (input.value(time.0, time.1), input.value(number.0, number.1));
    let is_time = time_value.kind == ValueKind::Date
        && (time_value.key.starts_with("time:")
            || time_value.key.strip_prefix("range:").is_some_and(|range| range.contains(':')));
    // Two digits after a dot or colon, never three (`10.000` groups thousands).
    let clock_shaped = |surface: &str| {
        let bytes = surface.as_bytes();
        let digits = |w: &[u8]| w.iter().all(u8::is_ascii_digit);
        bytes.windows(4).any(|w| w[0].is_ascii_digit() && matches!(w[1], b'.' | b':') && digits(&w[2..]))
            && !bytes.windows(4).any(|w| matches!(w[0], b'.' | b':') && digits(&w[1..]))
    };
    let figures =
        number_value.key.strip_prefix("num:").or_else(|| number_value.key.strip_prefix("num-range:"));
    let hours = |figures: &str| {
        figures.split("..").all(|figure| figure.parse::<f64>().is_ok_and(|hour| (0.0..24.0).contains(&hour)))
    };
    is_time
        && number_value.kind == ValueKind::Number
        && figures.is_some_and(hours)
        && clock_shaped(input.surface(number.0, number.1))
}

/// The keys of the two bounds of a range key: `num-range:18..25` → `num:18`, `num:25`;
/// `amount-range:EUR:18..43` → `amount:EUR:18`, `amount:EUR:43`; `range:2025-01-01..2025-06-30`
/// → `date:2025-01-01`, `date:2025-06-30`.
pub(crate) fn range_bounds(key: &str) -> Option<(String, String)> {
    if let Some((low, high)) = key.strip_prefix("range:").and_then(|rest| rest.split_once("..")) {
        let year = |y: &str| (y.len() == 4).then(|| y.parse::<u32>().ok()).flatten();
        let clock = |t: &str| t.len() == 5 && t.as_bytes().get(2) == Some(&b':');
        // Two years in a row: `range:2026..2027` → `year:2026`, `year:2027` (`2026-27` for
        // `2026 och 2027`; a longer span holds years between).
        if let (Some(first), Some(last)) = (year(low), year(high))
            && first + 1 == last
        {
            return Some((format!("year:{low}"), format!("year:{high}")));
        }
        // Times of day: `range:09:00..11:00` → `time:09:00`, `time:11:00` (`kl. 9.00–11.00`
        // for `opens at 09:00 and closes at 11:00`).
        if clock(low) && clock(high) {
            return Some((format!("time:{low}"), format!("time:{high}")));
        }
        // Days: `range:1997-08-01..2025-06-30` → `date:1997-08-01`, `date:2025-06-30` (`från
        // och med den 1 augusti 1997 till och med den 30 juni 2025` for `since 1 August 1997
        // and before 1 July 2025`).
        let day = |d: &str| {
            d.len() == 10 && d.as_bytes().get(4) == Some(&b'-') && d.as_bytes().get(7) == Some(&b'-')
        };
        // A range that ends before it starts is a changed one, not two days named apart.
        if day(low) && day(high) && low <= high {
            return Some((format!("date:{low}"), format!("date:{high}")));
        }
        // Months of no year: `range:--10..--03` → `month:--10`, `month:--03` (`from October
        // to March` for `i oktober och i mars`).
        if let (Some(first), Some(last)) = (low.strip_prefix("--"), high.strip_prefix("--"))
            && first.len() == 2
            && last.len() == 2
        {
            return Some((format!("month:--{first}"), format!("month:--{last}")));
        }
    }
    let (kind, rest) = key.split_once("-range:")?;
    let (head, high) = rest.split_once("..")?;
    let unit = head.rsplit_once(':').map_or("", |(unit, _)| unit);
    let high = if unit.is_empty() { format!("{kind}:{high}") } else { format!("{kind}:{unit}:{high}") };
    Some((format!("{kind}:{head}"), high))
}

/// Pairs each range among `ranges` (values of `side`) whose two bounds stand apart among
/// `others` (values of the other side) with both, as equal: the pairs go to `equal` with the
/// range first, and the three values leave their lists. A range of figures of which one bound
/// stands apart and the figure beside it, where the other bound would stand, is another of its
/// kind (`mellan 17,2 och 28,5 g` for `between 17,2 g and 25,8 g`) is paired with the bound as
/// equal and with that figure in `differing`: the other bound changed, not the range.
fn split_ranges(
    input: &Input,
    side: Side,
    ranges: &mut Vec<ValueRef>,
    others: &mut Vec<ValueRef>,
    equal: &mut Vec<(ValueRef, ValueRef)>,
    differing: &mut Vec<(ValueRef, ValueRef)>,
) {
    let other_side = side.other();
    ranges.retain(|&r| {
        let value = input.value(side, r);
        // A short range of whole numbers listed on the other side (`9 to 11` = `9, 10 och
        // 11`), else its two bounds apart.
        // So is a short span of years (`2026 to 2028` = `2026, 2027 och 2028`).
        let listed = value
            .key
            .strip_prefix("num-range:")
            .map(|range| format!("num:{range}"))
            .or_else(|| value.key.strip_prefix("range:").map(|range| format!("year:{range}")))
            .and_then(|key| listed_members(&key))
            // And a short span of months (`between February and March 2025` = `under februari
            // och mars 2025`, `January to March` = `januari, februari och mars`).
            .or_else(|| listed_months(&value.key));
        let listed = listed.filter(|members| {
            members.iter().all(|member| others.iter().any(|&o| input.value(other_side, o).key == *member))
        });
        // A scale from zero may name its top alone (`marked out of 10` = `på en skala från 0
        // till 10`): the top, where the zero stands nowhere on the other side.
        let zero_absent = || !others.iter().any(|&o| input.value(other_side, o).key == "num:0");
        // Whether the members are the two bounds of a range of figures.
        let mut bounds = false;
        // A span of years written with words (`between 2013 and 2023`, `mellan 2013 och 2023`,
        // not `2013–2023`) stands for its two bounds, which the other version may name apart
        // (`from 22% in 2013 to 12% in 2023`); with a dash it is a period, its years between.
        let year_bounds = || {
            let (low, high) = value.key.strip_prefix("range:")?.split_once("..")?;
            let year = |y: &str| (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then_some(());
            year(low)?;
            year(high)?;
            let written = input.surface(side, r);
            let dashed = written.contains(['-', '\u{2013}', '\u{2014}', '\u{2011}', '/']);
            (low < high && !dashed).then(|| (format!("year:{low}"), format!("year:{high}")))
        };
        let members = match (listed, range_bounds(&value.key).or_else(year_bounds)) {
            (Some(members), _) => members,
            (None, Some((low, high))) if low == "num:0" && zero_absent() => vec![high],
            (None, Some((low, high))) => {
                bounds = value.kind == ValueKind::Number && value.key.contains("-range:");
                vec![low, high]
            }
            (None, None) if value.kind == ValueKind::Legal => match listed_members(&value.key) {
                Some(members) => members,
                None => return true,
            },
            // `fyra av fem` read as the ratio 4/5, `four of five` as two counts; a vote
            // `75/78/80` as the three figures `75 / 78 / 80`.
            (None, None) => match value.key.strip_prefix("ratio:").and_then(|r| r.split_once('/')) {
                Some((count, of)) if count != "1" => vec![format!("num:{count}"), format!("num:{of}")],
                _ => match value.key.strip_prefix("votes:") {
                    Some(votes) => votes.split('/').map(|count| format!("num:{count}")).collect(),
                    None => return true,
                },
            },
        };
        // The last day of a range of days may stand on the other side as the day after it
        // that ends the period without being part of it (`1 augusti 1997 till och med den 30
        // juni 2025` for `since 1 August 1997` and `before 1 July 2025`).
        let last_day =
            members.last().filter(|last| value.key.starts_with("range:") && last.starts_with("date:"));
        // Every member taken from `others`, or none; of the two bounds of a range of
        // figures, one may be missing.
        let mut taken = Vec::with_capacity(members.len());
        let mut missing = None;
        for (index, member) in members.iter().enumerate() {
            // The member itself, or the same figure written otherwise (`9th of 191` for `plats 9
            // av 191`).
            let same = |o: &ValueRef| {
                let key = &input.value(other_side, *o).key;
                // A vote's figure may be a sum the other version writes with its currency
                // (`75 / 78 / 80 EUR` for `75/78/80 euro`).
                let priced = value.key.starts_with("votes:")
                    && key.starts_with("amount:")
                    && key.rsplit_once(':').map(|(_, figure)| figure) == member.strip_prefix("num:");
                let ended_after = last_day == Some(member)
                    && input.value(other_side, *o).bound == Some(Bound::Before)
                    && day_before(member, key);
                key == member || same_figure(key, member) || priced || ended_after
            };
            match others.iter().position(same) {
                Some(at) => taken.push(others.remove(at)),
                None if bounds && missing.is_none() => missing = Some(index),
                None => {
                    others.extend(taken);
                    others.sort_unstable();
                    return true;
                }
            }
        }
        if let (Some(index), &[found]) = (missing, taken.as_slice()) {
            // The figure right after the lower bound, or right before the upper, of the same
            // kind and unit as the bound it stands for.
            let beside = if index == 1 { found.1.checked_add(1) } else { found.1.checked_sub(1) };
            let family = |key: &str| key.rsplit_once(':').map(|(family, _)| family.to_string());
            let changed = beside.and_then(|at| {
                others.iter().position(|&o| {
                    o == (found.0, at)
                        && input.value(other_side, o).kind == ValueKind::Number
                        && family(&input.value(other_side, o).key) == family(&members[index])
                })
            });
            let Some(at) = changed else {
                others.push(found);
                others.sort_unstable();
                return true;
            };
            let changed = others.remove(at);
            equal.push((r, found));
            differing.push((r, changed));
            return false;
        }
        // Two days named apart stand in the other order only as limits named by their words
        // (`before 1 July 2025 and since 1 August 1997`); two bare days in the other order are a
        // range reversed (`31.12.2027–15.12.2025` for `15.12.2025 – 31.12.2027`).
        let days = last_day.is_some() && taken.len() == 2;
        // So are two figures side by side whose lower bound comes second, joined by a dash
        // or a word of a range only (`55–35` for `35–55`, `mellan 6,0 och 4,5` for `between
        // 4.5 and 6.0`): a range whose lower bound exceeds its upper.
        let reversed_figures = || {
            // The upper bound's figure, written first, and the lower's after it.
            let (upper, lower) = (taken[1], taken[0]);
            let doc = input.doc(other_side);
            let (first, second) = (input.value(other_side, upper), input.value(other_side, lower));
            let joiners = crate::values::tables::table(input.lang(other_side)).range_joiners;
            bounds
                && upper.0 == lower.0
                && upper.1 + 1 == lower.1
                && doc
                    .blocks
                    .get(upper.0)
                    .and_then(|block| block.text.get(first.span.end..second.span.start))
                    .is_some_and(|between| {
                        let between = between.trim_matches([' ', '\u{a0}']);
                        joiners.contains(&between) || matches!(between, "-" | "\u{2013}" | "\u{2014}")
                    })
        };
        if taken.len() == 2
            && (days || reversed_figures())
            && taken[0] > taken[1]
            && taken.iter().all(|&member| input.value(other_side, member).bound.is_none())
        {
            others.extend(taken);
            others.sort_unstable();
            return true;
        }
        equal.extend(taken.into_iter().map(|member| (r, member)));
        false
    });
}

/// The references a short range of references stands for, each of its own (`punkterna 81–82`
/// = `paragraphs 81 and 82`; `artiklarna 5–7` = `Articles 5, 6 and 7`): a range of up to four
/// whole numbers, whose members a translation may list.
fn listed_members(key: &str) -> Option<Vec<String>> {
    let (kind, rest) = key.split_once(':')?;
    let (low, high) = rest.split_once("..")?;
    // Lettered points (`Article 4(1)(a) to (c)`, `art:4(1)(a)..(c)` = `artikel 4.1 a, b och
    // c`): the points of one paragraph, each of its own.
    if let (Some(head), Some(last)) =
        (low.strip_suffix(')'), high.strip_prefix('(').and_then(|h| h.strip_suffix(')')))
        && let Some((head, first)) = head.rsplit_once('(')
        && let ([first], [last]) = (first.as_bytes(), last.as_bytes())
        && first.is_ascii_lowercase()
        && last.is_ascii_lowercase()
        && first < last
        && last - first < 4
    {
        return Some(
            (*first..=*last).map(|letter| format!("{kind}:{head}({})", char::from(letter))).collect(),
        );
    }
    let (low, high): (u32, u32) = (low.parse().ok()?, high.parse().ok()?);
    (low < high && high - low < 4).then(|| (low..=high).map(|n| format!("{kind}:{n}")).collect())
}

/// The months a short span of months stands for, each of its own (`range:2025-02..2025-03` =
/// `month:2025-02`, `month:2025-03`): a span of up to four months, which a translation may
/// list (`under februari och mars 2025` for `between February and March 2025`). A list that
/// leaves a month out (`januari och mars`) is not the span.
fn listed_months(key: &str) -> Option<Vec<String>> {
    let (low, high) = key.strip_prefix("range:")?.split_once("..")?;
    let index = |month: &str| {
        let (year, month) = month.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let (year, month): (u32, u32) = (year.parse().ok()?, month.parse().ok()?);
        (1..=12).contains(&month).then_some(year * 12 + month - 1)
    };
    let (low, high) = (index(low)?, index(high)?);
    (low < high && high - low < 4)
        .then(|| (low..=high).map(|n| format!("month:{:04}-{:02}", n / 12, n % 12 + 1)).collect())
}

/// Matches the values of one bead: equal keys first (multiset), then a year against the number
/// of the same figure, then leftovers of the same kind that stand in the same sentence bead, in
/// order, as differing values.
pub fn match_values(input: &Input, bead: &Bead) -> Matching {
    match_values_in(input, bead, &mut MatchRoom::default())
}

/// Lists [`match_values`] fills for every bead, kept from bead to bead by the caller.
#[derive(Debug, Default)]
pub struct MatchRoom {
    src: Vec<ValueRef>,
    tgt: Vec<ValueRef>,
    tgt_by_key: Vec<usize>,
    src_left: Vec<ValueRef>,
}

/// [`match_values`] with the lists of `room`.
pub fn match_values_in(input: &Input, bead: &Bead, room: &mut MatchRoom) -> Matching {
    let fill = |side: Side, blocks: &[usize], out: &mut Vec<ValueRef>| {
        let values = match side {
            Side::Source => input.src_values,
            Side::Target => input.tgt_values,
        };
        out.clear();
        out.extend(
            blocks
                .iter()
                .flat_map(|&b| (0..values.get(b).map_or(0, Vec::len)).map(move |i| (b, i)))
                .filter(|&r| counts(input.value(side, r))),
        );
    };
    fill(Side::Source, &bead.src, &mut room.src);
    fill(Side::Target, &bead.tgt, &mut room.tgt);
    let (src, tgt) = (&room.src, &room.tgt);

    let mut matching = Matching::default();
    // The target values (their indexes in `tgt`) sorted by key, each key's in text order: an
    // equal key on the source side takes the first one not yet taken, which is then marked.
    // One sorted list, not a map of lists, since a bead holds few values.
    const TAKEN: usize = 1 << (usize::BITS - 1);
    let tgt_key = |i: usize| input.value(Side::Target, tgt[i & !TAKEN]).key.as_str();
    let tgt_by_key = &mut room.tgt_by_key;
    tgt_by_key.clear();
    tgt_by_key.extend(0..tgt.len());
    // Of equal keys, a firm value before an optional one (`Tolv` before the `12` of
    // `12-month`): a firm value of the other side pairs with a firm one first.
    let tgt_optional = |i: usize| input.value(Side::Target, tgt[i & !TAKEN]).optional;
    tgt_by_key.sort_unstable_by(|&a, &b| {
        tgt_key(a).cmp(tgt_key(b)).then(tgt_optional(a).cmp(&tgt_optional(b))).then(a.cmp(&b))
    });
    let src_left = &mut room.src_left;
    src_left.clear();
    let src_optional = |s: &&ValueRef| input.value(Side::Source, **s).optional;
    // Firm values that name a unit choose first, so that a figure with a unit meets its
    // counterpart with one (`three months`, `tre veckor`) before a bare figure takes it.
    let src_detail = |s: &&ValueRef| input.value(Side::Source, **s).detail.is_some();
    // Of the untaken values of an equal key, the first with the source value's detail (the
    // unit a figure counts: `three months` pairs with `tre veckor` before the `tredje` of
    // `tredje stycket`, so that the units are compared), then one that names a unit where the
    // source does or none where it does not; of those, one in the same sentence, then the first.
    let sentence_of = |side: Side, r: ValueRef| -> Option<usize> {
        sentence_at(bead, side, r.0, input.value(side, r).span.start).map(|(index, _)| index)
    };
    let tgt_detail = |i: usize| input.value(Side::Target, tgt[i & !TAKEN]).detail.as_deref();
    // Takes the target value `s` pairs with, if any; `strict`, only one that names a unit;
    // `own_sentence`, only one of the sentence of `s`.
    let mut take = |s: ValueRef, strict: bool, own_sentence: bool| -> bool {
        let source = input.value(Side::Source, s);
        let key = source.key.as_str();
        let detail = source.detail.as_deref();
        let sentence = std::cell::OnceCell::new();
        let from = tgt_by_key.partition_point(|&i| tgt_key(i) < key);
        let candidates = tgt_by_key.get_mut(from..).unwrap_or_default();
        let open = candidates.iter().take_while(|i| tgt_key(**i) == key).filter(|i| **i & TAKEN == 0).count();
        // A value that may be read wrongly pairs with an equal key of another unit never: the
        // `a fortnight` of two weeks is not the `två dygn` of two days. But a count of time in
        // digits is a count, and a word of its sentence read as the same count of time is its
        // counterpart, whose unit is then compared (`lambs of less than 1 week` against `lamm
        // som är yngre än en månad`).
        let units_agree = |i: usize| {
            let t = tgt[i & !TAKEN];
            let target = input.value(Side::Target, t);
            !(source.optional || target.optional)
                || detail.is_none()
                || target.detail.is_none()
                || target.detail.as_deref() == detail
                || detail.is_some_and(is_time_unit)
                    && target.detail.as_deref().is_some_and(is_time_unit)
                    && (input.written_in_digits(Side::Source, s) || input.written_in_digits(Side::Target, t))
                    && sentence
                        .get_or_init(|| sentence_of(Side::Source, s))
                        .is_some_and(|own| sentence_of(Side::Target, t) == Some(own))
        };
        let found = candidates
            .iter_mut()
            .take_while(|i| tgt_key(**i) == key)
            .filter(|i| **i & TAKEN == 0 && units_agree(**i) && (!strict || tgt_detail(**i).is_some()))
            .filter(|i| {
                !own_sentence
                    || *sentence.get_or_init(|| sentence_of(Side::Source, s))
                        == sentence_of(Side::Target, tgt[**i & !TAKEN])
            })
            .min_by_key(|i| {
                if open < 2 {
                    return (0, false, false);
                }
                let unit = match tgt_detail(**i) {
                    other if other == detail => 0,
                    other if other.is_some() == detail.is_some() => 1,
                    _ => 2,
                };
                // A value of the same sentence first, then one given per the same period (the
                // `Day 1` of a cycle takes `dag 1`, not the `en gång` of `en gång dagligen`).
                let source_sentence = *sentence.get_or_init(|| sentence_of(Side::Source, s));
                let target = input.value(Side::Target, tgt[**i & !TAKEN]);
                (
                    unit,
                    source_sentence != sentence_of(Side::Target, tgt[**i & !TAKEN]),
                    target.per != source.per,
                )
            });
        match found {
            Some(i) => {
                matching.equal.push((s, tgt[*i]));
                *i |= TAKEN;
                true
            }
            None => false,
        }
    };
    // A figure with a unit takes one with a unit first (its own, else another, whose units
    // are then compared); one that finds none waits until the bare figures have chosen (`two
    // months` does not take the `Två` of `Två medåtalade` from `Two co-defendants`).
    // A figure written more than once on the source side takes one of its own sentence first
    // (`the Dublin III Regulation … the Dublin III Regulation` against `Dublin IV-förordningen
    // … Dublin III-förordningen`: the second takes the second, and the first is left to pair
    // with the changed one).
    let mut src_keys: Vec<&str> = src.iter().map(|&s| input.value(Side::Source, s).key.as_str()).collect();
    src_keys.sort_unstable();
    let twice = |s: &&ValueRef| {
        let key = input.value(Side::Source, **s).key.as_str();
        let from = src_keys.partition_point(|k| *k < key);
        src_keys.get(from + 1) == Some(&key)
    };
    let mut taken_early = Vec::new();
    if src_keys.windows(2).any(|pair| pair[0] == pair[1]) {
        let firm_with_unit = src.iter().filter(|s| !src_optional(s) && src_detail(s));
        let firm = src.iter().filter(|s| !src_optional(s) && !src_detail(s));
        for &s in firm_with_unit.chain(firm).chain(src.iter().filter(|s| src_optional(s))).filter(twice) {
            // A figure with a unit takes only one with a unit here: a bare figure of its
            // sentence is left to the bare figures (`recommendations 1, 3 and 6 … within one
            // year` against `rekommendationerna 1, 3 och 6`, the year left out).
            if take(s, src_detail(&&s) && !src_optional(&&s), true) {
                taken_early.push(s);
            }
        }
        taken_early.sort_unstable();
    }
    let early = |s: &&ValueRef| taken_early.binary_search(s).is_ok();
    let mut waiting = Vec::new();
    for &s in src.iter().filter(|s| !src_optional(s) && src_detail(s) && !early(s)) {
        if !take(s, true, false) {
            waiting.push(s);
        }
    }
    let bare = src.iter().filter(|s| !src_detail(s) && !early(s));
    let rest =
        bare.clone().filter(|s| !src_optional(s)).chain(bare.filter(|s| src_optional(s))).chain(&waiting);
    for &s in rest.chain(src.iter().filter(|s| src_optional(s) && src_detail(s) && !early(s))) {
        if !take(s, false, false) {
            src_left.push(s);
        }
    }
    src_left.sort_unstable();
    // An optional value (a reading that may be wrong) is never reported alone: a word
    // (`andra`, "second" or "other") only ever pairs with an equal value; a figure written in
    // digits (`5` of `a 5-year plan`) or in words before a hyphen (`five` of `a five-axle
    // vehicle`, `med fem axlar` or `femaxligt`), a code of capitals and digits (`EECR05`, which the
    // other version may spell out; `F5`, which may be a question) or a credit rating (`BBB`) may
    // still be the changed one of a pair of leftovers, and so may a count of digits written as
    // one word (`fyrsiffrig`, `four-digit`).
    // So may a month, a quarter or a half named without a year (`i februari` for `in
    // January`, `andra halvan` for `the first half`), a month of the year of writing where the
    // document gives no year (`augusti i år` for `June this year`), years counted back from no date (`two
    // years earlier` for `tre år tidigare`), and a count of
    // time written as one word (`sexårig`, `two-day`, `femårsperiod`,
    // `decade`) or by a number word (`one year`, not `a year` or `ett år`, which may be no
    // count): it is a figure, optional only because the other version may not write it.
    // A day of the week named alone (`on the Monday`, `på tisdagen`) likewise: one version
    // may name days the other names by a word of its own (`Monday to Friday` = `vardagar`).
    // And a count given per a period (`once a day`, `en gång i veckan`, `ett sextiotal ärenden
    // per månad`), which the other version may leave to the period (`dagligen`) but not change
    // (`twice daily`). So may the ordinal of a part of each period (`the first working day of
    // each month` for `sista arbetsdagen i varje månad`), and a recurrence named by a word of
    // its period, whose unit is the month (`per quarter` for `varje månad`).
    // So may the unit a table's cell names in brackets (`Area (cm² per kg)`), which the other
    // version may leave out, and the call of a note by asterisks after a cell's figure
    // (`80 %**` for `80 %*`), which the other version may write otherwise, and a yes or no
    // that fills a cell (`Nej` for `Yes`), which the other may write by a mark. So may the
    // letter of a point that starts a block (`d)` for `(c)`), which the other version may
    // letter otherwise or not at all. So may a statistical flag written bare after a cell's
    // figure (`147,5 e`), a code a version copies as written (`` `XOFF` ``), a date format
    // (`DD/MM/ÅÅÅÅ`) and a table's letter (`tabell C`): each pairs only with another of its
    // kind, and the other version may write it otherwise. So may an ISSN (each edition has
    // its own; one with a wrong check digit keys apart): a changed one is a changed reference.
    let soft = |side: Side, r: ValueRef| {
        let value = input.value(side, r);
        value.optional
            && (input.written_in_digits(side, r)
                || input.starts_modifier(side, r)
                || value.key.starts_with("code:")
                || value.key.starts_with("issn")
                || value.key.starts_with(crate::values::QUESTION_CODE)
                || value.key.starts_with("rating:")
                || value.key.starts_with("scale:")
                || value.key.starts_with(CHOICE)
                || value.key.starts_with(crate::values::MEASURE)
                || value.key.starts_with(crate::values::NOTE)
                || value.key.starts_with(crate::values::POINT_LETTER)
                || value.key.starts_with(crate::values::ANSWER)
                || value.key.starts_with(crate::values::FLAG)
                || value.key.starts_with(crate::values::VERBATIM)
                || value.key.starts_with(crate::values::DATE_FORMAT)
                || value.key.starts_with(crate::values::TABLE_LETTER)
                || value.key.starts_with(crate::values::ERA)
                || value.detail.as_deref() == Some(crate::values::MULTIPLIER)
                || value.detail.as_deref() == Some(crate::values::DIGIT)
                || value.key.starts_with("month:--")
                || value.key.starts_with("year-rel:ago:")
                || value.key.strip_prefix("year-rel:this:").is_some_and(|rest| rest.contains(':'))
                || value.key.starts_with("range:--")
                || value.key.starts_with("quarter:Q")
                || value.key.starts_with("half:H")
                || value.key.starts_with(WEEKDAY)
                || value.per.is_some() && (value.key.starts_with("num:") || value.key.starts_with("ord:"))
                || value.detail.as_deref().is_some_and(is_time_unit)
                    && (!input.surface(side, r).contains(char::is_whitespace)
                        || !crate::values::starts_with_article(input.surface(side, r), input.lang(side))))
    };
    // Optional words set apart: they pair only with a value of the same figure (`halveras`,
    // an optional `50 %`, with the `half` of `reduced by half`).
    let mut src_words: Vec<ValueRef> = src_left
        .iter()
        .copied()
        .filter(|&s| input.value(Side::Source, s).optional && !soft(Side::Source, s))
        .collect();
    src_left.retain(|&s| !input.value(Side::Source, s).optional || soft(Side::Source, s));
    let untaken = tgt_by_key.iter().filter(|&&i| i & TAKEN == 0).map(|&i| tgt[i]);
    let mut tgt_words: Vec<ValueRef> = untaken
        .clone()
        .filter(|&t| input.value(Side::Target, t).optional && !soft(Side::Target, t))
        .collect();
    tgt_words.sort_unstable();
    let mut tgt_left: Vec<ValueRef> =
        untaken.filter(|&t| !input.value(Side::Target, t).optional || soft(Side::Target, t)).collect();
    tgt_left.sort_unstable();

    // A bare four-digit figure from 1900 to 2100 is read as a year (`in 2024`), but one version
    // may write a count that way (`1950 applications`) and the other group its digits
    // (`1 950 ansökningar`): a year on one side and the number of the same value on the other
    // in the same passage are the same figure.
    // A figure written the same in both versions with a comma (`2,125`, `0,310`) is the same
    // figure, though English reads the comma as grouping thousands and Swedish as the decimal
    // sign: English Official Journal texts write the decimal comma too (IISG 6.5), and a
    // translation of `2,125` thousand would write `2 125`.
    let same_written = |s: ValueRef, t: ValueRef| {
        let written = input.surface(Side::Source, s);
        written.contains(',')
            && written.starts_with(|c: char| c.is_ascii_digit())
            && written == input.surface(Side::Target, t)
            && input.value(Side::Source, s).kind == input.value(Side::Target, t).kind
    };
    src_left.retain(|&s| {
        let found = tgt_left.iter().position(|&t| same_value(input, bead, s, t) || same_written(s, t));
        if let Some(i) = found {
            matching.equal.push((s, tgt_left.remove(i)));
            return false;
        }
        match tgt_words.iter().position(|&t| same_value(input, bead, s, t)) {
            Some(i) => {
                matching.equal.push((s, tgt_words.remove(i)));
                false
            }
            None => true,
        }
    });
    tgt_left.retain(|&t| match src_words.iter().position(|&s| same_value(input, bead, s, t)) {
        Some(i) => {
            matching.equal.push((src_words.remove(i), t));
            false
        }
        None => true,
    });

    // A range on one side, its two bounds read apart on the other: `aged 18 to 25` has no
    // word that opens a range, `i åldern 18–25 år` a dash.
    split_ranges(input, Side::Source, src_left, &mut tgt_left, &mut matching.equal, &mut matching.differing);
    let (mut swapped, mut swapped_differing) = (Vec::new(), Vec::new());
    split_ranges(input, Side::Target, &mut tgt_left, src_left, &mut swapped, &mut swapped_differing);
    matching.equal.extend(swapped.into_iter().map(|(t, s)| (s, t)));
    matching.differing.extend(swapped_differing.into_iter().map(|(t, s)| (s, t)));

    // A value written again in its sentence (the same key, unit and bound) for the second of
    // two items a list word joins, where the counterpart sentence writes it once, paired: a
    // translation may give once a value the original repeats for two joined items (`bottles
    // with a capacity of up to 3 litres and containers with a capacity of up to 3 litres` =
    // `flaskor och behållare med en volym på högst tre liter`), and the other way round. It
    // may still be the changed one of a pair of leftovers, but is never reported alone.
    // A year written again in its sentence bead, where a year of that bead equal to it is
    // paired, is likewise no addition: a translation that splits a sentence restates the year
    // the original gives once (`In 2024, … and the EU median rose from 99.2% in 2023 to 101.4%`
    // = `År 2024 … EU-medianen steg från 99,2 % 2023 till 101,4 % 2024`).
    // So is a count in words of the countries its passage names (`Luxemburg, Malta och
    // Rumänien ingår inte, eftersom … för dessa tre länder`): see [`counts_named_countries`].
    // So is a figure written again just after it is given, where the other version refers
    // back to it by a word (`244 working days remain in Brussels and 244 in Luxembourg` =
    // `244 arbetsdagar på vardera anställningsorten`): see [`restated_by_reference`].
    // So is the later year of a comparison of two years that the other version compares with
    // the earlier alone, where that later year is the one its passage speaks of (`more deaths
    // in 2025 than in 2024` = `Jämfört med 2024 ökade antalet`): see [`year_of_the_passage`].
    let repeated = |side: Side, r: ValueRef| {
        let others = if side == Side::Source { tgt } else { src };
        given_again(input, bead, &matching.equal, others, side, r)
            || year_given_again(input, bead, &matching.equal, side, r)
            || year_of_the_passage(input, bead, &matching.equal, side, r)
            || year_of_a_dated_cell(input, &matching.equal, side, r)
            || counts_named_countries(input, bead, side, r)
            || restated_by_reference(input, bead, &matching.equal, side, r)
            || count_of_years_made_explicit(input, bead, &matching.equal, side, r)
            || date_made_explicit(input, bead, (&src_left[..], &tgt_left[..]), side, r)
    };
    let src_repeated: Vec<bool> = src_left.iter().map(|&s| repeated(Side::Source, s)).collect();
    let tgt_repeated: Vec<bool> = tgt_left.iter().map(|&t| repeated(Side::Target, t)).collect();

    // Leftovers of the same kind in the same sentence bead are the same value, changed.
    let mut tgt_used = vec![false; tgt_left.len()];
    // The sentence of every target leftover, found once, when a source leftover may pair.
    let tgt_sentence: Vec<Option<usize>> = if src_left.is_empty() {
        Vec::new()
    } else {
        tgt_left.iter().map(|&t| sentence_of(Side::Target, t)).collect()
    };
    // Whether the target leftover `i` may be the source value `s` changed: the same kind, in
    // the same sentence bead (or a bead of one sentence); a day of the week only another day,
    // and the choice of a limit (`whichever is higher`) only another choice; a cell's unit, note
    // call or statistical flag, a code copied as written, a date format or a table's letter
    // only another of its kind; a recurrence named by a word of its period (`per quarter`,
    // `varje månad`) only another such word.
    let eligible = |s: ValueRef, sentence: Option<usize>, i: usize| {
        let family = |side: Side, r: ValueRef| {
            let value = input.value(side, r);
            let key = &value.key;
            (
                // A recurrence named by a word of its period (`quarterly`, `varje månad`).
                value.optional && key.starts_with("ratio:1/") && value.detail.as_deref() == Some("month"),
                key.starts_with(WEEKDAY),
                key.starts_with(CHOICE),
                key.starts_with(crate::values::MEASURE),
                key.starts_with(crate::values::NOTE),
                key.starts_with(crate::values::FLAG),
                key.starts_with(crate::values::POINT_LETTER),
                key.starts_with(crate::values::VERBATIM),
                key.starts_with(crate::values::DATE_FORMAT),
                key.starts_with(crate::values::TABLE_LETTER),
                key.starts_with(crate::values::ERA),
            )
        };
        (input.value(Side::Target, tgt_left[i]).kind == input.value(Side::Source, s).kind
            && family(Side::Target, tgt_left[i]) == family(Side::Source, s)
            || time_and_clock_number(input, (Side::Source, s), (Side::Target, tgt_left[i]))
            || time_and_clock_number(input, (Side::Target, tgt_left[i]), (Side::Source, s)))
            && (sentence.is_some() && tgt_sentence[i] == sentence || bead.sentences.len() <= 1)
    };
    // Values that may be reported alone pair first, in order, each with the first that may
    // stand alone too, else with the first optional one.
    let (mut firm, mut optional) = (Vec::new(), Vec::new());
    for (&s, repeated) in src_left.iter().zip(src_repeated) {
        if input.value(Side::Source, s).optional || repeated {
            optional.push(s);
        } else {
            firm.push(s);
        }
    }
    let tgt_alone = |i: usize| !input.value(Side::Target, tgt_left[i]).optional && !tgt_repeated[i];
    for s in firm {
        let sentence = sentence_of(Side::Source, s);
        let open = |i: &usize| !tgt_used[*i] && eligible(s, sentence, *i);
        let candidate = (0..tgt_left.len())
            .filter(open)
            .find(|&i| tgt_alone(i))
            .or_else(|| (0..tgt_left.len()).find(open));
        match candidate {
            Some(i) => {
                tgt_used[i] = true;
                matching.differing.push((s, tgt_left[i]));
            }
            None if !quoted_in(input, bead, (Side::Source, s)) => matching.src_only.push(s),
            None => {}
        }
    }
    // Optional figures take what is left, the most alike first (`12` against `13`, not `5`
    // of the same sentence); one left alone is not reported.
    let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (k, &s) in optional.iter().enumerate() {
        let sentence = sentence_of(Side::Source, s);
        for (i, &t) in tgt_left.iter().enumerate() {
            if !tgt_used[i] && eligible(s, sentence, i) {
                let (a, b) = (&input.value(Side::Source, s).display, &input.value(Side::Target, t).display);
                // Fewest edits, then the closest length: `12` against `13`, not `1`.
                pairs.push((strsim::levenshtein(a, b), a.len().abs_diff(b.len()), k, i));
            }
        }
    }
    pairs.sort_unstable();
    let mut src_used = vec![false; optional.len()];
    for (_, _, k, i) in pairs {
        if !src_used[k] && !tgt_used[i] {
            src_used[k] = true;
            tgt_used[i] = true;
            matching.differing.push((optional[k], tgt_left[i]));
        }
    }
    matching.tgt_only =
        (0..tgt_left.len()).filter(|&i| !tgt_used[i] && tgt_alone(i)).map(|i| tgt_left[i]).collect();
    matching
}

/// Whether the value `r` of `side`, a number written in words (`Third`), stands as the same
/// word in the other side's passage: a title or a quotation the translation leaves in the
/// original's language (`*State of the Baltic Sea – Third HELCOM holistic assessment*` in
/// both), where the other side's reader, of its own language, reads no number. Asked of the
/// original's words only: a Swedish number word may be an English word (`sex`).
fn quoted_in(input: &Input, bead: &Bead, (side, r): (Side, ValueRef)) -> bool {
    let surface = input.surface(side, r);
    if surface.len() < 3 || !surface.chars().all(char::is_alphabetic) {
        return false;
    }
    let (other, blocks) = match side {
        Side::Source => (Side::Target, &bead.tgt),
        Side::Target => (Side::Source, &bead.src),
    };
    blocks.iter().filter_map(|&b| input.doc(other).blocks.get(b)).any(|block| {
        let text = block.text.as_str();
        text.match_indices(surface).any(|(at, word)| {
            !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + word.len()..].starts_with(char::is_alphanumeric)
        })
    })
}

/// Whether the value `r` on `side` repeats, with the same key, unit and bound, a value of its
/// own sentence that `equal` pairs with a value of the counterpart sentence, the two joined as
/// items of one list ([`crate::values::joins_two_items`]), where `others`, the values of the
/// other side, hold that value once in that sentence: the other version gives once a value this
/// one writes for each of two joined items. Only a figure (key `num:`, `pct:`, …), and not
/// where a clause (`every two years for women aged 50 to 69, and … every two or three years`) or
/// another figure stands between them: a value left out there is one left out.
fn given_again(
    input: &Input,
    bead: &Bead,
    equal: &[(ValueRef, ValueRef)],
    others: &[ValueRef],
    side: Side,
    r: ValueRef,
) -> bool {
    let value = input.value(side, r);
    if value.kind != ValueKind::Number {
        return false;
    }
    let other_side = side.other();
    let sentence_of = |side: Side, r: ValueRef| {
        sentence_at(bead, side, r.0, input.value(side, r).span.start).map(|(index, _)| index)
    };
    let sentence = std::cell::OnceCell::new();
    let sentence = || *sentence.get_or_init(|| sentence_of(side, r));
    let text = &input.doc(side).blocks[r.0].text;
    let values = if side == Side::Source { input.src_values } else { input.tgt_values };
    let joined = |written: &Value| {
        let (first, second) = (&written.span, &value.span);
        let between =
            if first.end <= second.start { first.end..second.start } else { second.end..first.start };
        // No other figure between them: a figure repeated in a run of codes or of shares
        // (`KN-nummer ex 7304 19 10 och ex 7304 19 30`) is one of a list of its own.
        let figure_between = values.get(r.0).into_iter().flatten().any(|v| {
            v.kind == ValueKind::Number && v.span.start >= between.start && v.span.end <= between.end
        });
        !figure_between
            && text
                .get(between)
                .is_some_and(|between| crate::values::joins_two_items(between, input.lang(side)))
    };
    equal.iter().any(|&(s, t)| {
        let (own, other) = if side == Side::Source { (s, t) } else { (t, s) };
        let written = input.value(side, own);
        own.0 == r.0
            && written.key == value.key
            && written.detail == value.detail
            && written.bound == value.bound
            && sentence().is_some()
            && sentence_of(side, own) == sentence()
            && sentence_of(other_side, other) == sentence()
            && joined(written)
    }) && others
        .iter()
        .filter(|&&o| input.value(other_side, o).key == value.key && sentence_of(other_side, o) == sentence())
        .count()
        == 1
}

/// Whether the value `r` on `side`, a year, is the year of a date that `equal` pairs in the
/// same cell of a table (`2025 filled at 31.12.2025` = `Tillsatta den 31.12.2025`): the year
/// heads a column that the date pins down, which the other version may leave to it. In prose
/// a year beside a date stays a value of its own.
fn year_of_a_dated_cell(input: &Input, equal: &[(ValueRef, ValueRef)], side: Side, r: ValueRef) -> bool {
    let value = input.value(side, r);
    let Some(year) = value.key.strip_prefix("year:") else { return false };
    let text = &input.doc(side).blocks[r.0].text;
    let cell = |at: usize| {
        let start = text.get(..at).and_then(|head| head.rfind('|'));
        let end = text.get(at..).and_then(|tail| tail.find('|')).map(|i| at + i);
        start.zip(end)
    };
    let Some(own) = cell(value.span.start) else { return false };
    equal.iter().any(|&(s, t)| {
        let paired = if side == Side::Source { s } else { t };
        let date = input.value(side, paired);
        paired.0 == r.0
            && date.kind == ValueKind::Date
            && date
                .key
                .strip_prefix("date:")
                .is_some_and(|day| day.starts_with(year) && day.len() > year.len())
            && cell(date.span.start) == Some(own)
    })
}

/// Whether the value `r` on `side`, a year, equals a year that `equal` pairs in another
/// sentence of its own sentence bead, where `side` splits into more sentences what the other
/// side gives in fewer: a translation that splits a sentence restates in the second the year
/// the original gives once. Not a year written twice in one sentence (`report by 2031; where
/// that share is less than 1 % in 2031`), which the other version may leave out.
fn year_given_again(
    input: &Input,
    bead: &Bead,
    equal: &[(ValueRef, ValueRef)],
    side: Side,
    r: ValueRef,
) -> bool {
    let value = input.value(side, r);
    if !value.key.starts_with("year:") {
        return false;
    }
    let sentence_of = |r: ValueRef| sentence_at(bead, side, r.0, input.value(side, r).span.start);
    let Some((index, range)) = sentence_of(r) else {
        return false;
    };
    let split = bead.sentences.get(index).is_some_and(|sentences| {
        let (own, other) = if side == Side::Source {
            (&sentences.src, &sentences.tgt)
        } else {
            (&sentences.tgt, &sentences.src)
        };
        own.len() > other.len()
    });
    split
        && equal.iter().any(|&(s, t)| {
            let own = if side == Side::Source { s } else { t };
            input.value(side, own).key == value.key
                && sentence_of(own).is_some_and(|(i, other)| i == index && other != range)
        })
}

/// Whether the value `r` on `side`, a count (`two` of `two years earlier`), counts the years
/// back of the date right after it, which words count back from a date of its sentence
/// (`By the end of 2025, … compared with 350 000 two years earlier`: `year:2023`), where
/// `equal` pairs that date with a date the other version writes in the same sentence (`jämfört
/// med 350 000 vid utgången av 2023`): the other version gives the year the words count to and
/// no count, and the count is in that year. It may still be the changed one of a pair of
/// leftovers (`tre år tidigare` for `two years earlier`). Not where the date counted back is
/// paired with another date counted back, nor a count before a date of no count (`350 000
/// 2023`), nor one whose date is not paired (`ett år tidigare`, where the year differs).
fn count_of_years_made_explicit(
    input: &Input,
    bead: &Bead,
    equal: &[(ValueRef, ValueRef)],
    side: Side,
    r: ValueRef,
) -> bool {
    let value = input.value(side, r);
    if value.kind != ValueKind::Number || !value.key.starts_with("num:") {
        return false;
    }
    let date_ref = (r.0, r.1 + 1);
    let values = if side == Side::Source { input.src_values } else { input.tgt_values };
    let Some(date) = values.get(date_ref.0).and_then(|block| block.get(date_ref.1)) else {
        return false;
    };
    // A date read from words (optional), of a year counted back (`year:2023`, or either the
    // same day or its year), a few letters after the count: the plural of `year` between.
    let counted_back = date.kind == ValueKind::Date
        && date.optional
        && (date.key.starts_with("year:")
            || date
                .key
                .strip_prefix(crate::values::RELATIVE_YEAR)
                .is_some_and(|rest| rest.starts_with("or:")));
    let text = input.doc(side).blocks[r.0].text.as_str();
    let near = date.span.start >= value.span.end
        && text.get(value.span.end..date.span.start).is_some_and(|gap| {
            gap.len() <= 12 && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
        });
    if !(counted_back && near) {
        return false;
    }
    let other_side = side.other();
    let own_sentence = sentence_at(bead, side, r.0, value.span.start).map(|(index, _)| index);
    equal.iter().any(|&(s, t)| {
        let (own, other) = if side == Side::Source { (s, t) } else { (t, s) };
        let other_value = input.value(other_side, other);
        own == date_ref
            && other_value.kind == ValueKind::Date
            && !other_value.optional
            && own_sentence.is_some()
            && sentence_at(bead, other_side, other.0, other_value.span.start).map(|(index, _)| index)
                == own_sentence
    })
}

/// The days a document names firmly, on either side: each whole date (`date:2026-08-13`) and
/// each bound of a span of whole dates (`range:2024-07-01..2025-06-30`), by [`day_number`],
/// with where it stands (side, block, start).
///
/// [`day_number`]: crate::values::day_number
fn document_days(input: &Input) -> Vec<(i64, Side, usize, usize)> {
    let mut days = Vec::new();
    for side in [Side::Source, Side::Target] {
        let values = if side == Side::Source { input.src_values } else { input.tgt_values };
        for (block, found) in values.iter().enumerate() {
            // Days given firmly: not one the words of a version name (`yesterday`).
            for value in found.iter().filter(|v| v.kind == ValueKind::Date && !v.optional) {
                let body = value.key.strip_prefix("date:").or_else(|| value.key.strip_prefix("range:"));
                for part in body.into_iter().flat_map(|body| body.split("..")) {
                    if let Some((year, month, day)) = whole_date(part) {
                        days.push((
                            crate::values::day_number(year, month, day),
                            side,
                            block,
                            value.span.start,
                        ));
                    }
                }
            }
        }
    }
    days
}

/// The year, month and day of `YYYY-MM-DD`.
fn whole_date(body: &str) -> Option<(u32, u32, u32)> {
    let mut parts = body.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    Some((year.parse().ok()?, month.parse().ok()?, day.parse().ok()?))
}

/// The month and day of a date value (`date:2026-03-31`, `day:03-31`), and its year where it
/// names one.
fn day_of(value: &Value) -> Option<(Option<u32>, u32, u32)> {
    if value.kind != ValueKind::Date {
        return None;
    }
    if let Some(body) = value.key.strip_prefix("date:") {
        let (year, month, day) = whole_date(body)?;
        return Some((Some(year), month, day));
    }
    let (month, day) = value.key.strip_prefix("day:")?.split_once('-')?;
    Some((None, month.parse().ok()?, day.parse().ok()?))
}

/// `(year, month, day)` moved by `count` units of time (`day`, `week` or `month`, forward
/// where `count` is positive), as a day number; a month keeps its day (13 March and two
/// months: 13 May).
fn moved_by(year: u32, month: u32, day: u32, count: i64, unit: &str) -> Option<i64> {
    let start = crate::values::day_number(year, month, day);
    match unit {
        "day" => Some(start + count),
        "week" => Some(start + 7 * count),
        "month" => {
            let months = i64::from(year) * 12 + i64::from(month) - 1 + count;
            let (year, month) =
                (u32::try_from(months.div_euclid(12)).ok()?, u32::try_from(months.rem_euclid(12)).ok()? + 1);
            (day <= 28).then(|| crate::values::day_number(year, month, day))
        }
        _ => None,
    }
}

/// Whether the value `r` on `side` is half of a date a translation makes explicit, left
/// unpaired (`leftovers`, source and target):
///
/// - a count of days, weeks or months (`Two weeks before election day`, `two weeks ago`,
///   `giving Poland two months to comply`) and a day of the counterpart sentence (`Den 30 juli
///   2026`, `den 31 mars`, `en frist som löpte ut den 13 maj 2025`) that lies so long before or
///   after a day the document names (the election day of 13 August 2026, the dateline of 14
///   April 2026, the reasoned opinion of 13 March 2025): the arithmetic is checked, so that a
///   wrong day is still reported;
/// - a day (`från och med den 1 januari 2026`) where the counterpart sentence names again a
///   date given before (`from that date`: [`crate::values::DATE_ANAPHOR`]) and that
///   counterpart's version names that day before.
fn date_made_explicit(
    input: &Input,
    bead: &Bead,
    leftovers: (&[ValueRef], &[ValueRef]),
    side: Side,
    r: ValueRef,
) -> bool {
    let value = input.value(side, r);
    let other_side = side.other();
    let others = if side == Side::Source { leftovers.1 } else { leftovers.0 };
    let sentence_of = |side: Side, r: ValueRef| {
        sentence_at(bead, side, r.0, input.value(side, r).span.start).map(|(index, _)| index)
    };
    let Some(sentence) = sentence_of(side, r) else { return false };
    fn count_of(value: &Value) -> Option<(i64, &str)> {
        let unit = value.detail.as_deref().filter(|unit| matches!(*unit, "day" | "week" | "month"))?;
        let count = value.key.strip_prefix("num:")?.parse::<i64>().ok()?;
        (value.kind == ValueKind::Number && (1..=100).contains(&count)).then_some((count, unit))
    }
    // The count and the day, from `r` and a leftover of the counterpart sentence.
    let counterpart = |accept: &dyn Fn(&Value) -> bool| {
        others
            .iter()
            .copied()
            .filter(|&o| accept(input.value(other_side, o)) && sentence_of(other_side, o) == Some(sentence))
            .collect::<Vec<_>>()
    };
    let lies_apart = |count: (i64, &str), day: &Value| {
        let Some((year, month, day)) = day_of(day) else { return false };
        let days = document_days(input);
        let years: Vec<u32> = match year {
            Some(year) => vec![year],
            None => {
                let mut years: Vec<u32> = days
                    .iter()
                    .filter_map(|&(number, ..)| crate::values::date_of_number(number).map(|(year, ..)| year))
                    .collect();
                years.sort_unstable();
                years.dedup();
                years
            }
        };
        years.iter().any(|&year| {
            [count.0, -count.0].iter().any(|&signed| {
                moved_by(year, month, day, signed, count.1)
                    .is_some_and(|anchor| days.iter().any(|&(number, ..)| number == anchor))
            })
        })
    };
    if let Some(count) = count_of(value) {
        return counterpart(&|other| day_of(other).is_some())
            .iter()
            .any(|&o| lies_apart(count, input.value(other_side, o)));
    }
    if day_of(value).is_none() {
        return false;
    }
    let counted = counterpart(&|other| count_of(other).is_some())
        .iter()
        .any(|&o| count_of(input.value(other_side, o)).is_some_and(|count| lies_apart(count, value)));
    if counted {
        return true;
    }
    // A date given before, named again by words on the other side.
    let Some((year, month, day)) = day_of(value).and_then(|(year, month, day)| Some((year?, month, day)))
    else {
        return false;
    };
    let number = crate::values::day_number(year, month, day);
    let other_values = if other_side == Side::Source { input.src_values } else { input.tgt_values };
    let other_blocks = if other_side == Side::Source { &bead.src } else { &bead.tgt };
    other_blocks.iter().any(|&block| {
        other_values.get(block).into_iter().flatten().enumerate().any(|(i, anaphor)| {
            anaphor.key == crate::values::DATE_ANAPHOR
                && sentence_of(other_side, (block, i)) == Some(sentence)
                && document_days(input).iter().any(|&(named, named_side, named_block, at)| {
                    named == number
                        && named_side == other_side
                        && (named_block < block || named_block == block && at < anaphor.span.start)
                })
        })
    })
}

/// Whether the value `r` on `side`, a year, is the later year of a comparison of two years in
/// its sentence (`more deaths in 2025 than in 2024`) whose earlier year the counterpart
/// sentences keep, paired, and whose later year is the latest the other side's passage names,
/// paired elsewhere in it: the other version compares with the earlier year alone and leaves
/// the later one to its passage, whose present it is (`Jämfört med 2024 ökade antalet
/// trafikdödade bara i …`, in a paragraph on 2025). Not where the other passage names a later
/// year (a target, a forecast), which the reader might take for that present, nor where the
/// year stands nowhere else in it.
fn year_of_the_passage(
    input: &Input,
    bead: &Bead,
    equal: &[(ValueRef, ValueRef)],
    side: Side,
    r: ValueRef,
) -> bool {
    /// The year a key of a year, a month or a day names (`year:2025`, `date:2025-03-01`).
    fn year_of(key: &str) -> Option<u32> {
        let (kind, rest) = key.split_once(':')?;
        let digits = rest.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
        let whole = rest.len() == 4 || rest.as_bytes().get(4) == Some(&b'-');
        (matches!(kind, "year" | "month" | "date") && whole).then(|| digits.parse().ok()).flatten()
    }
    let value = input.value(side, r);
    let Some(year) = value.key.strip_prefix("year:").and_then(|_| year_of(&value.key)) else {
        return false;
    };
    let other_side = side.other();
    let Some((index, range)) = sentence_at(bead, side, r.0, value.span.start) else {
        return false;
    };
    let sides = |&(s, t): &(ValueRef, ValueRef)| if side == Side::Source { (s, t) } else { (t, s) };
    let earlier_kept = equal.iter().map(sides).any(|(own, other)| {
        let (own_value, other_value) = (input.value(side, own), input.value(other_side, other));
        own_value.key.starts_with("year:")
            && year_of(&own_value.key).is_some_and(|earlier| earlier < year)
            && sentence_at(bead, side, own.0, own_value.span.start) == Some((index, range))
            && sentence_at(bead, other_side, other.0, other_value.span.start).is_some_and(|(i, _)| i == index)
    });
    let stated_elsewhere =
        equal.iter().map(sides).any(|(_, other)| input.value(other_side, other).key == value.key);
    let values = if other_side == Side::Source { input.src_values } else { input.tgt_values };
    let blocks = if other_side == Side::Source { &bead.src } else { &bead.tgt };
    let latest = blocks
        .iter()
        .flat_map(|&block| values.get(block).into_iter().flatten())
        .all(|other| year_of(&other.key).is_none_or(|other_year| other_year <= year));
    earlier_kept && stated_elsewhere && latest
}

/// Whether the value `r` on `side`, a figure, writes again a figure given just before it in
/// its block (the same key, or a bound of a range), which `equal` pairs, where the other version
/// refers back to it instead ([`crate::values::restates_a_figure`]): the counterpart sentences
/// of its sentence on the other side hold a word that gives one figure to each item of the
/// clause, the first writing standing in the same sentence (`244 working days remain in
/// Brussels and 244 in Luxembourg` = `244 arbetsdagar på vardera anställningsorten`), or a word
/// that refers back to a figure, the first writing standing in the same sentence or the one
/// before (`from EUR 20 to EUR 30, the level of EUR 20 having been set in 2024` = `från 20 till
/// 30 euro. Den nuvarande nivån fastställdes 2024`; `The median age was 44.9 years … half of
/// the population was older than 44.9 years` = `Medianåldern var 44,9 år … hälften av
/// befolkningen var äldre än så`).
/// So is a count written again after a determiner that points back, where the counterpart
/// sentences point back with such a determiner alone (`drops from 1,034 to 143. Of these 143
/// stations` = `minskar från 1 034 till 143. Av dessa`).
/// No such restatement is a figure given once, a first writing whose counterpart was not found
/// (changed or left out), a repeat whose counterpart sentences do not refer back (`244
/// arbetsdagar i Bryssel och i Luxemburg`), nor one whose own sentence holds such a word too
/// (`two seats each … one seat each` against `två platser vardera … två platser vardera`): the
/// other version's word then answers the own one, and a figure left out there is one left out.
fn restated_by_reference(
    input: &Input,
    bead: &Bead,
    equal: &[(ValueRef, ValueRef)],
    side: Side,
    r: ValueRef,
) -> bool {
    let value = input.value(side, r);
    if value.kind != ValueKind::Number {
        return false;
    }
    let Some((index, _)) = sentence_at(bead, side, r.0, value.span.start) else {
        return false;
    };
    // The sentence bead of the first writing of the figure before `r` in its block, if `equal`
    // pairs it: `index` itself if one stands in the sentence of `r`.
    let given_in = equal
        .iter()
        .filter_map(|&(s, t)| {
            let own = if side == Side::Source { s } else { t };
            let earlier = input.value(side, own);
            let same = earlier.key == value.key
                || range_bounds(&earlier.key)
                    .is_some_and(|(low, high)| low == value.key || high == value.key);
            (own.0 == r.0 && earlier.span.end <= value.span.start && same)
                .then(|| sentence_at(bead, side, own.0, earlier.span.start).map(|(i, _)| i))
                .flatten()
        })
        .filter(|&i| i == index || i + 1 == index)
        .max();
    let Some(given_in) = given_in else {
        return false;
    };
    let holds = |side: Side, distributives: bool| {
        let parts = bead.sentences.get(index).map_or(&[][..], |sentences| {
            if side == Side::Source { &sentences.src[..] } else { &sentences.tgt[..] }
        });
        parts.iter().any(|(block, range)| {
            input.doc(side).blocks.get(*block).and_then(|b| b.text.get(range.clone())).is_some_and(
                |sentence| crate::values::restates_a_figure(sentence, input.lang(side), distributives),
            )
        })
    };
    if holds(side.other(), given_in == index) && !holds(side, true) {
        return true;
    }
    // A count written again right after a determiner that points back (`drops from 1,034 to
    // 143. Of these 143 stations, 117 are …`), where the counterpart sentences point back with
    // such a determiner alone (`minskar från 1 034 till 143. Av dessa ligger 117 …`).
    let text = &input.doc(side).blocks[r.0].text;
    crate::values::after_demonstrative(text, value.span.start, input.lang(side))
        && bead.sentences.get(index).is_some_and(|sentences| {
            let parts = if side == Side::Source { &sentences.tgt[..] } else { &sentences.src[..] };
            let other = side.other();
            parts.iter().any(|(block, range)| {
                input
                    .doc(other)
                    .blocks
                    .get(*block)
                    .and_then(|b| b.text.get(range.clone()))
                    .is_some_and(|sentence| crate::values::holds_demonstrative(sentence, input.lang(other)))
            })
        })
}

/// Whether the value `r` on `side`, a small count in words before a noun of countries (`för
/// dessa tre länder`, `these three countries`), restates how many countries its passage names:
/// the other side's sentences of its sentence bead, or its own sentence or the one before it,
/// name exactly that many countries (`exclude Luxembourg, Malta and Romania, for which …` =
/// `Luxemburg, Malta och Rumänien ingår inte, eftersom … för dessa tre länder`). Each country
/// is counted once, by name, code or adjective. A count that differs from every such number
/// (`fyra länder` after three names) is no restatement, nor is a count in digits (`21 av de
/// 24 medlemsstaterna`), which a translator copies rather than counts, nor one whose
/// counterpart sentences count countries too (`De fyra länderna` for `The five countries`):
/// the two counts, unpaired, differ.
fn counts_named_countries(input: &Input, bead: &Bead, side: Side, r: ValueRef) -> bool {
    let value = input.value(side, r);
    let Some(n) = value.key.strip_prefix("num:").and_then(|n| n.parse::<usize>().ok()) else {
        return false;
    };
    let Some(text) = input.doc(side).blocks.get(r.0).map(|block| block.text.as_str()) else {
        return false;
    };
    if value.kind != ValueKind::Number
        || !(2..=12).contains(&n)
        || input.surface(side, r).contains(|c: char| c.is_ascii_digit())
        || !crate::values::country_noun_opens(text.get(value.span.end..).unwrap_or(""), input.lang(side))
    {
        return false;
    }
    let Some((index, own)) = sentence_at(bead, side, r.0, value.span.start) else {
        return false;
    };
    // The countries the sentences `parts` of `side` name, each once.
    let named = |side: Side, parts: &[(usize, std::ops::Range<usize>)]| {
        let values = if side == Side::Source { input.src_values } else { input.tgt_values };
        let mut codes: Vec<&str> = parts
            .iter()
            .flat_map(|(block, range)| {
                values.get(*block).into_iter().flatten().filter(move |v| {
                    v.kind == ValueKind::Name
                        && v.key.starts_with("country:")
                        && range.contains(&v.span.start)
                })
            })
            .map(|v| v.key.as_str())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes.len()
    };
    let parts = |side: Side, index: usize| {
        bead.sentences.get(index).map_or(&[][..], |sentences| {
            if side == Side::Source { &sentences.src[..] } else { &sentences.tgt[..] }
        })
    };
    // The other version counts countries of its own in the counterpart sentences (`De fyra
    // länderna` for `The five countries`, an optional reading there): an unpaired count, which
    // differs, not a restatement that version leaves out.
    let other = side.other();
    let other_text = |block: usize| input.doc(other).blocks.get(block).map_or("", |b| b.text.as_str());
    let other_values = if other == Side::Source { input.src_values } else { input.tgt_values };
    let other_counts = parts(other, index).iter().any(|(block, range)| {
        other_values.get(*block).into_iter().flatten().any(|v| {
            v.kind == ValueKind::Number
                && v.key.starts_with("num:")
                && range.contains(&v.span.start)
                && crate::values::country_noun_opens(
                    other_text(*block).get(v.span.end..).unwrap_or(""),
                    input.lang(other),
                )
        })
    });
    if other_counts {
        return false;
    }
    if named(other, parts(other, index)) == n {
        return true;
    }
    // The sentences of this side in order, to find the one before this value's.
    let mut before = None;
    for (block, range) in (0..bead.sentences.len()).flat_map(|i| parts(side, i)) {
        if *block == r.0 && range == own {
            break;
        }
        before = Some((*block, range.clone()));
    }
    let own = [(r.0, own.clone())];
    named(side, &own) == n
        || before.is_some_and(|(block, range)| block == r.0 && named(side, &[(block, range)]) == n)
}

/// Values that take part in comparison: a link whose target was lost (`#`) says nothing.
fn counts(value: &Value) -> bool {
    !(value.kind == ValueKind::Url && value.key.ends_with('#'))
}

/// A 64-bit FNV-1a hash, stable across platforms and releases (baselines store it).
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The letters of a text, lower-cased: context for fingerprints that survives renumbering and moves.
pub fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).take(80).collect()
}

/// Builds a finding with a fingerprint from the rule, the given keys and context text.
pub fn finding(
    rule: &Rule,
    message: String,
    primary: Location,
    secondary: Option<Location>,
    bead: Option<usize>,
    fingerprint_parts: &[&str],
) -> Finding {
    let mut parts = vec![rule.name];
    parts.extend_from_slice(fingerprint_parts);
    Finding {
        rule: rule.name,
        severity: rule.default_severity,
        message,
        primary,
        secondary,
        notes: vec![],
        help: Some(format!("run `tvilling explain {}`", rule.name)),
        bead,
        fingerprint: fingerprint(&parts),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{
        day_before_named_last, listed_members, listed_months, range_bounds, same_duration, same_figure,
        same_period, times_a_year,
    };
    use crate::document::{Format, parse};
    use crate::text::Lang;
    use crate::values::{Bound, Value, ValueKind};

    /// The messages of the rules whose names start with `prefix` on a pair of one-paragraph
    /// texts.
    pub(crate) fn findings_of(prefix: &str, en: &str, sv: &str) -> Vec<String> {
        let load = |name: &str, text: &str, lang| {
            let mut doc = parse(name, text.to_owned(), Format::Markdown);
            doc.lang = Some(lang);
            doc
        };
        let report =
            crate::check_pair(load("en.md", en, Lang::En), load("sv.md", sv, Lang::Sv), &Default::default())
                .expect("a pair of texts is checked");
        report.findings.iter().filter(|f| f.rule.starts_with(prefix)).map(|f| f.message.clone()).collect()
    }

    /// The findings of the number rules on a pair of one-paragraph texts.
    fn number_findings(en: &str, sv: &str) -> Vec<String> {
        findings_of("number-", en, sv)
    }

    /// The findings of the date rules on a pair of one-paragraph texts.
    fn date_findings(en: &str, sv: &str) -> Vec<String> {
        findings_of("date-", en, sv)
    }

    #[test]
    fn a_year_beside_a_date_of_it_in_a_table_cell() {
        let none: Vec<String> = Vec::new();
        let table =
            |head: &str| format!("| Grade | {head} | Total |\n| --- | --- | --- |\n| AD 5 | 12 | 14 |\n");
        let en = table("2025 filled at 31.12.2025");
        assert_eq!(date_findings(&en, &table("Tillsatta den 31.12.2025")), none);
        // Another year, or the date's year changed, is flagged; so is a year beside a date in prose.
        assert!(!date_findings(&en, &table("Tillsatta den 31.12.2024")).is_empty());
        let en = "In 2025 the posts filled by 31 December 2025 were 12.\n";
        let sv = "Antalet tjänster som tillsatts senast den 31 december 2025 var 12.\n";
        assert_eq!(date_findings(en, sv).len(), 1);
    }

    #[test]
    fn service_around_the_clock_written_as_figures_or_words() {
        let none: Vec<String> = Vec::new();
        let en = "The service must be available 24/7/365, including at weekends.\n";
        let sv = "Tjänsten ska vara tillgänglig dygnet runt årets alla dagar, även under helger.\n";
        assert_eq!(number_findings(en, sv), none);
        let sv = "Tjänsten ska vara tillgänglig 24/7/365, även under helger.\n";
        assert_eq!(number_findings(en, sv), none);
        // A figure changed where both versions write the figures is flagged.
        assert_eq!(number_findings(en, &sv.replace("24/7/365", "24/5/365")).len(), 1);
        assert_eq!(number_findings(en, &sv.replace("24/7/365", "24/7/366")).len(), 1);
    }

    #[test]
    fn a_range_from_a_level_is_no_amount_of_a_change() {
        let none: Vec<String> = Vec::new();
        let en = "The rate has risen from 14% to 37%, and 1 206 nationals were returned.\n";
        let sv = "Andelen har ökat från 14 % till 37 %, och 1 206 medborgare återsändes.\n";
        assert_eq!(number_findings(en, sv), none);
        assert!(!number_findings(en, &sv.replace("från", "med")).is_empty());
        let by = en.replace("from", "by");
        assert_eq!(number_findings(&by, &sv.replace("från", "med")), none);
        assert!(!number_findings(&by, sv).is_empty());
        // A range of steps, by a dash or by words.
        let en = "Sea level could rise by 63 cm to 101 cm by 2100.\n";
        let sv = "Havsnivån kan stiga med 63–101 cm fram till 2100.\n";
        assert_eq!(number_findings(en, sv), none);
        assert_eq!(number_findings(en, &sv.replace("63–101", "63 till 101")), none);
        // A level reached against a range from a level is left to the bounds.
        let en = "The time limit of 14 days would be reduced to 10 days.\n";
        let sv = "Tidsfristen skulle förkortas från 14 till 10 dagar.\n";
        assert_eq!(number_findings(en, sv), none);
    }

    #[test]
    fn a_range_of_which_one_bound_changed_names_the_bound() {
        let none: Vec<String> = Vec::new();
        let en = "The declared value is acceptable if the measured value lies between 17,2 g and 25,8 g per 100 g.\n";
        let sv =
            "Det deklarerade värdet godtas om det uppmätta värdet ligger mellan 17,2 och 25,8 g per 100 g.\n";
        assert_eq!(number_findings(en, sv), none);
        assert_eq!(
            number_findings(en, &sv.replace("25,8 g", "28,5 g")),
            ["number `25,8` in source is `28,5` in target, the upper bound of `17,2 och 28,5`"]
        );
        assert_eq!(
            number_findings(en, &sv.replace("17,2 och", "15,2 och")),
            ["number `17,2` in source is `15,2` in target, the lower bound of `15,2 och 25,8`"]
        );
        // The range in the original.
        let en = "The share lies between 8% and 12% of the total.\n";
        let sv = "Andelen ligger på 8 % och 15 % av totalen.\n";
        let en_range = "The share lies in a range of 8–12% of the total.\n";
        assert_eq!(number_findings(en_range, &sv.replace("15 %", "12 %")), none);
        assert_eq!(
            number_findings(en_range, sv),
            ["number `12%` in source, the upper bound of `8–12%`, is `15 %` in target"]
        );
        // Both bounds changed: the ranges differ, as a whole.
        assert_eq!(number_findings(en, "Andelen ligger mellan 9 och 15 % av totalen.\n").len(), 1);
    }

    #[test]
    fn a_minus_is_a_comparative_of_a_fall() {
        let none: Vec<String> = Vec::new();
        let en = "Soft wheat in Spain is forecast at 2.61 t/ha (-18.4%).\n";
        let sv = "För vanligt vete i Spanien väntas 2,61 t/ha, dvs. 18,4 % mindre än genomsnittet.\n";
        assert_eq!(number_findings(en, sv), none);
        // The minus in the translation.
        let en_words = "Soft wheat in Spain is forecast at 2.61 t/ha, 18.4% less than the average.\n";
        assert_eq!(
            number_findings(en_words, "För vanligt vete i Spanien väntas 2,61 t/ha (−18,4 %).\n"),
            none
        );
        // A rise, or no direction at all, against the minus is a changed figure.
        assert_eq!(
            number_findings(en, &sv.replace("mindre", "mer")),
            ["number `-18.4%` in source is `18,4 %` in target"]
        );
        assert_eq!(
            number_findings(en, &sv.replace(" mindre än genomsnittet", "")),
            ["number `-18.4%` in source is `18,4 %` in target"]
        );
    }

    #[test]
    fn a_minus_is_a_revision_down_in_words() {
        let none: Vec<String> = Vec::new();
        let en = "This was a revision of +0.1 percentage points for 2026 and of -0.1 percentage points for 2027.\n";
        let sv = "Detta innebar en upprevidering med 0,1 procentenheter för 2026 och en nedrevidering med 0,1 \
                  procentenheter för 2027.\n";
        assert_eq!(number_findings(en, sv), none);
        assert_eq!(number_findings(en, &sv.replace("nedrevidering", "nedjustering")), none);
        // A revision up against the minus is a changed figure, even after a fall in its clause.
        let up = "Detta innebar en minskning med 0,2 procentenheter för 2026 och en upprevidering med 0,1 \
                  procentenheter för 2027.\n";
        let en_up = "This was a revision of -0.2 percentage points for 2026 and of -0.1 percentage points for 2027.\n";
        assert_eq!(
            number_findings(en_up, up),
            ["number `-0.1 percentage points` in source is `0,1 procentenheter` in target"]
        );
    }

    #[test]
    fn a_year_restated_where_a_translation_splits_a_sentence() {
        let none: Vec<String> = Vec::new();
        let en = "In 2024, 19 Member States reached a rate of at least 98% (Figure 11), and the EU median \
                  rose from 99.2% in 2023 to 101.4%.\n";
        let sv = "År 2024 hade 19 medlemsstater en grad på minst 98 % (diagram 11). EU-medianen steg från \
                  99,2 % 2023 till 101,4 % 2024.\n";
        assert_eq!(date_findings(en, sv), none);
        // The other way round.
        assert_eq!(date_findings(sv, en), none);
        // The restated year changed is still a changed year.
        let sv_changed = "År 2024 hade 19 medlemsstater en grad på minst 98 % (diagram 11). EU-medianen steg \
                          från 99,2 % 2022 till 101,4 % 2024.\n";
        assert_eq!(date_findings(en, sv_changed), ["date `2023` in source is `2022` in target"]);
        // A year written twice in one sentence and once in the translation is one left out.
        let en = "The Commission is to report on the share by 2031; where that share is less than 1 % in \
                  2031, a sub-target applies.\n";
        let sv = "Kommissionen ska rapportera om andelen. Om den andelen understiger 1 % år 2031 gäller \
                  ett delmål.\n";
        assert_eq!(date_findings(en, sv), ["date `2031` in source has no counterpart in target"]);
    }

    #[test]
    fn the_later_year_of_a_comparison_left_to_its_passage() {
        let none: Vec<String> = Vec::new();
        let en = "The safest roads in 2025 were in Sweden. Road deaths were higher in 2025 than in 2019 only \
                  in Ireland. Only Czechia and Ireland recorded more deaths in 2025 than in 2024.\n";
        let sv = "De säkraste vägarna 2025 fanns i Sverige. Endast i Irland omkom fler i trafiken 2025 än \
                  2019. Jämfört med 2024 ökade antalet trafikdödade bara i Tjeckien och Irland.\n";
        assert_eq!(date_findings(en, sv), none);
        // Not where the passage names a later year, which the reader may take for its present.
        let sv_later = sv.replace(
            "De säkraste vägarna 2025 fanns i Sverige.",
            "De säkraste vägarna 2025 \
                                   fanns i Sverige, och målet för 2030 gäller.",
        );
        let en_later = en.replace(
            "The safest roads in 2025 were in Sweden.",
            "The safest roads in 2025 \
                                   were in Sweden, and the 2030 target applies.",
        );
        assert_eq!(
            date_findings(&en_later, &sv_later),
            ["date `2025` in source has no counterpart in target"]
        );
        // Nor where the passage leaves the year out everywhere else, nor where the earlier year
        // goes too.
        let sv_once = sv.replace("trafiken 2025 än", "trafiken än").replace("vägarna 2025", "vägarna");
        assert!(date_findings(en, &sv_once).len() == 3, "{:?}", date_findings(en, &sv_once));
        let sv_none = sv.replace("Jämfört med 2024 ökade", "Ökade");
        assert_eq!(
            date_findings(en, &sv_none),
            [
                "date `2024` in source has no counterpart in target",
                "date `2025` in source has no counterpart in target"
            ]
        );
    }

    #[test]
    fn a_count_of_the_countries_a_passage_names() {
        let none: Vec<String> = Vec::new();
        let en = "The estimates exclude Luxembourg, Malta and Romania, for which data for the second \
                  quarter of 2026 were not yet available.\n";
        let sv = "Luxemburg, Malta och Rumänien ingår inte, eftersom uppgifter för andra kvartalet 2026 \
                  ännu inte fanns tillgängliga för dessa tre länder.\n";
        assert_eq!(number_findings(en, sv), none);
        // The mirror case: the count is the original's.
        let en_counted = "The estimates exclude Luxembourg, Malta and Romania, since data for these three \
                          countries for the second quarter of 2026 were not yet available.\n";
        let sv_listed = "Luxemburg, Malta och Rumänien ingår inte, eftersom uppgifter för andra kvartalet \
                         2026 ännu inte fanns tillgängliga.\n";
        assert_eq!(number_findings(en_counted, sv_listed), none);
        // The countries named in the sentence before.
        let en = "Data for Luxembourg and Malta are missing. They will be published in June.\n";
        let sv = "Uppgifter för Luxemburg och Malta saknas. Uppgifterna för dessa två länder \
                  offentliggörs i juni.\n";
        assert_eq!(number_findings(en, sv), none);
        // A count of other countries than those named is still found.
        let sv_four = "Luxemburg, Malta och Rumänien ingår inte, eftersom uppgifter för andra kvartalet \
                       2026 ännu inte fanns tillgängliga för dessa fyra länder.\n";
        assert_eq!(number_findings(en_counted.replace("three", "four").as_str(), sv_listed).len(), 1);
        assert_eq!(
            number_findings(
                "The estimates exclude Luxembourg, Malta and Romania, for which data were not yet available.\n",
                sv_four
            ),
            ["number `fyra` in target has no counterpart in source"]
        );
        // A count of countries of another passage, and one in digits, likewise.
        let en = "Data are missing for some countries.\n";
        let sv = "Uppgifter saknas för tre länder.\n";
        assert_eq!(number_findings(en, sv), ["number `tre` in target has no counterpart in source"]);
        // Not where the other version counts the countries too, differently: that count may
        // be read optionally (`De fyra`), and the original's is the one left.
        let en = "Germany, Italy, Belgium, France and Spain submitted the most. The five countries \
                  together accounted for 44.4% of all notifications.\n";
        let sv = "Tyskland, Italien, Belgien, Frankrike och Spanien lämnade flest. De fyra länderna stod \
                  tillsammans för 44,4 % av alla meddelanden.\n";
        assert_eq!(number_findings(en, sv), ["number `five` in source has no counterpart in target"]);
    }

    #[test]
    fn a_span_of_months_without_a_year() {
        let none: Vec<String> = Vec::new();
        let en = "3.2% of stations did so as a winter average (October to March).\n";
        let sv = "3,2 % av stationerna gjorde det som vintermedelvärde (oktober–mars).\n";
        assert_eq!(date_findings(en, sv), none);
        // Its bounds named apart, or its months of a year its sentence gives.
        let sv_apart = "3,2 % av stationerna gjorde det från oktober till i mars.\n";
        assert_eq!(date_findings(en, sv_apart), none);
        let sv_dated = "3,2 % av stationerna gjorde det som vintermedelvärde (oktober 2025–mars 2026).\n";
        let en_given = "In 2025, 3.2% of stations did so as a winter average (October to March).\n";
        let sv_given =
            "År 2025 gjorde 3,2 % av stationerna det som vintermedelvärde (oktober 2025–mars 2026).\n";
        assert_eq!(date_findings(en_given, sv_given), none);
        // Else the year is one added, or dropped (`april–maj` for `April to May 2027`).
        assert_eq!(date_findings(en, sv_dated).len(), 1);
        assert_eq!(date_findings("Signature: April to May 2027.\n", "Undertecknande: april–maj.\n").len(), 1);
        // Changed, a changed date; left out, nothing.
        let sv_changed = "3,2 % av stationerna gjorde det som vintermedelvärde (oktober–april).\n";
        assert_eq!(
            date_findings(en, sv_changed),
            ["date `October to March` in source is `oktober–april` in target"]
        );
        assert_eq!(date_findings(en, "3,2 % av stationerna gjorde det som vintermedelvärde.\n"), none);
    }

    #[test]
    fn a_year_counted_back_made_explicit() {
        let none: Vec<String> = Vec::new();
        // From a day of the sentence: the same day a year before, or that year.
        let en = "On 31 December 2024, SIS held 1 204 alerts, against 873 a year earlier.\n";
        let sv =
            "Den 31 december 2024 innehöll SIS 1 204 registreringar, jämfört med 873 den 31 december 2023.\n";
        assert_eq!(date_findings(en, sv), none);
        let sv_year = "Den 31 december 2024 innehöll SIS 1 204 registreringar, jämfört med 873 under 2023.\n";
        assert_eq!(date_findings(en, sv_year), none);
        // The wrong year is a date of its own.
        let sv_wrong =
            "Den 31 december 2024 innehöll SIS 1 204 registreringar, jämfört med 873 den 31 december 2022.\n";
        assert_eq!(date_findings(en, sv_wrong).len(), 1);
        // From no date of the sentence: any year the counterpart sentence writes, the count
        // left to it.
        let en = "Crypto-assets were used in 31% of the cases, up from 19% two years earlier.\n";
        let sv = "Kryptotillgångar användes i 31 % av fallen, jämfört med 19 % 2022.\n";
        assert_eq!(number_findings(en, sv), none);
        assert_eq!(date_findings(en, sv), none);
        let sv_same = "Kryptotillgångar användes i 31 % av fallen, jämfört med 19 % två år tidigare.\n";
        assert_eq!(number_findings(en, sv_same), none);
        assert_eq!(date_findings(en, sv_same), none);
        // But not a year of another sentence.
        let en_two = "Crypto-assets were used in 31% of the cases. That is up from 19% two years earlier.\n";
        let sv_two = "Kryptotillgångar användes i 31 % av fallen 2022. Det är mer än 19 %.\n";
        assert_eq!(date_findings(en_two, sv_two).len(), 1);
    }

    #[test]
    fn a_count_of_years_whose_year_is_written() {
        let none: Vec<String> = Vec::new();
        let en = "By the end of 2025, 1.9 million credentials had been issued, compared with 350 000 two years earlier.\n";
        let sv = "Vid utgången av 2025 hade 1,9 miljoner meritbevis utfärdats, jämfört med 350 000 vid utgången av 2023.\n";
        assert_eq!(number_findings(en, sv), none);
        assert_eq!(date_findings(en, sv), none);
        // The wrong year is a date of its own.
        assert_eq!(date_findings(en, &sv.replace("av 2023", "av 2022")).len(), 1);
        // The count kept, or changed, is compared as before.
        let sv_same = "Vid utgången av 2025 hade 1,9 miljoner meritbevis utfärdats, jämfört med 350 000 två år tidigare.\n";
        assert_eq!(number_findings(en, sv_same), none);
        assert_eq!(number_findings(en, &sv_same.replace("två år", "tre år")).len(), 1);
        // A count whose year is not written is still reported (`ett år tidigare`, no count).
        let sv_one = "Vid utgången av 2025 hade 1,9 miljoner meritbevis utfärdats, jämfört med 350 000 ett år tidigare.\n";
        assert_eq!(number_findings(en, sv_one).len(), 1);
    }

    #[test]
    fn a_year_of_writing_made_explicit() {
        let none: Vec<String> = Vec::new();
        let en = "Brussels, 9 March 2026\n\nThe Strategy was adopted in January this year by the Commission and the Council.\n";
        let sv = "Bryssel den 9 mars 2026\n\nStrategin antogs i januari 2026 av kommissionen och rådet.\n";
        assert_eq!(date_findings(en, sv), none);
        // Another year is a date changed.
        let sv_wrong =
            "Bryssel den 9 mars 2026\n\nStrategin antogs i januari 2025 av kommissionen och rådet.\n";
        assert_eq!(date_findings(en, sv_wrong).len(), 1);
        let en_last = "Brussels, 12 September 2025\n\nThe Agency published a guide in December last year for all Member States.\n";
        let sv_last = "Bryssel den 12 september 2025\n\nByrån offentliggjorde i december 2024 en vägledning för alla medlemsstater.\n";
        assert_eq!(date_findings(en_last, sv_last), none);
        let sv_this = "Bryssel den 12 september 2025\n\nByrån offentliggjorde i december 2025 en vägledning för alla medlemsstater.\n";
        assert_eq!(date_findings(en_last, sv_this).len(), 1);
        // No dateline: the year of writing is not known, and the year written stands.
        let en_bare = "The Agency published a guide in December last year for all Member States.\n";
        let sv_bare = "Byrån offentliggjorde i december 2025 en vägledning för alla medlemsstater.\n";
        assert_eq!(date_findings(en_bare, sv_bare), none);
    }

    #[test]
    fn a_date_of_a_count_of_time_made_explicit() {
        let none: Vec<String> = Vec::new();
        let values = |en: &str, sv: &str| findings_of("", en, sv);
        // Counted back from a day the document names elsewhere, the dateline or another.
        let en = "Brussels, 14 April 2026\n\nThe Service confirmed two weeks ago that the winter was warm.\n";
        let sv = "Bryssel den 14 april 2026\n\nTjänsten bekräftade den 31 mars att vintern var varm.\n";
        assert_eq!(values(en, sv), none);
        let en = "The elections were held on 13 August 2026.\n\nTwo weeks before election day, the commission published the register.\n";
        let sv =
            "Valen hölls den 13 augusti 2026.\n\nDen 30 juli 2026 offentliggjorde kommissionen registret.\n";
        assert_eq!(values(en, sv), none);
        let en = "It sent a reasoned opinion on 13 March 2025, giving Poland two months to comply.\n";
        let sv =
            "Den sände ett motiverat yttrande den 13 mars 2025 med en frist som löpte ut den 13 maj 2025.\n";
        assert_eq!(values(en, sv), none);
        // A day that lies otherwise is a date added, and the count one left out.
        let sv_wrong = "Bryssel den 14 april 2026\n\nTjänsten bekräftade den 30 mars att vintern var varm.\n";
        let en = "Brussels, 14 April 2026\n\nThe Service confirmed two weeks ago that the winter was warm.\n";
        assert_eq!(values(en, sv_wrong).len(), 2);
        let en = "It sent a reasoned opinion on 13 March 2025, giving Poland two months to comply.\n";
        let sv_wrong =
            "Den sände ett motiverat yttrande den 13 mars 2025 med en frist som löpte ut den 13 juni 2025.\n";
        assert_eq!(values(en, sv_wrong).len(), 2);
        // No day of the document to count from: the date stays an addition.
        let en = "The Service confirmed two weeks ago that the winter was warm.\n";
        let sv = "Tjänsten bekräftade den 31 mars att vintern var varm.\n";
        assert_eq!(values(en, sv).len(), 2);
    }

    #[test]
    fn a_date_named_again_made_explicit() {
        let none: Vec<String> = Vec::new();
        let en = "The limits apply from 1 January 2026.\n\nThe new provisions should therefore also apply from that date.\n";
        let sv = "Gränserna gäller från och med den 1 januari 2026.\n\nDe nya bestämmelserna bör därför också tillämpas från och med den 1 januari 2026.\n";
        assert_eq!(date_findings(en, sv), none);
        // A day the document did not name before is a date added.
        let sv_wrong = "Gränserna gäller från och med den 1 januari 2026.\n\nDe nya bestämmelserna bör därför också tillämpas från och med den 1 februari 2026.\n";
        assert!(!date_findings(en, sv_wrong).is_empty());
        // The end of a period the text defines.
        let en = "The investigation covered the period from 1 July 2024 to 30 June 2025 ('the investigation period'). The trends covered the period from 1 January 2022 to the end of the investigation period.\n";
        let sv = "Undersökningen omfattade perioden 1 juli 2024–30 juni 2025 (undersökningsperioden). Tendenserna omfattade perioden från och med den 1 januari 2022 till och med den 30 juni 2025.\n";
        assert_eq!(date_findings(en, sv), none);
        let sv_wrong = "Undersökningen omfattade perioden 1 juli 2024–30 juni 2025 (undersökningsperioden). Tendenserna omfattade perioden från och med den 1 januari 2022 till och med den 31 juli 2025.\n";
        assert_eq!(date_findings(en, sv_wrong).len(), 1);
        // Without words that name the end, a span for a day is a change.
        let en_bare = "The investigation covered the period from 1 July 2024 to 30 June 2025. The trends were examined from 1 January 2022.\n";
        let sv_span = "Undersökningen omfattade perioden 1 juli 2024–30 juni 2025. Tendenserna granskades från och med den 1 januari 2022 till och med den 30 juni 2025.\n";
        assert_eq!(date_findings(en_bare, sv_span).len(), 1);
    }

    #[test]
    fn the_day_of_writing_made_explicit() {
        let none: Vec<String> = Vec::new();
        let en = "Luxembourg, 12 March 2026\n\nIn today's judgment, the Court answers that question in the negative.\n";
        let sv = "Luxemburg den 12 mars 2026\n\nDomstolen besvarar i sin dom av den 12 mars 2026 frågan nekande.\n";
        assert_eq!(date_findings(en, sv), none);
        let sv_wrong = "Luxemburg den 12 mars 2026\n\nDomstolen besvarar i sin dom av den 11 mars 2026 frågan nekande.\n";
        assert_eq!(date_findings(en, sv_wrong).len(), 1);
        let en_last =
            "Brussels, 14 April 2026\n\nBy the end of last year, 26 of the 27 Member States had done so.\n";
        let sv_last =
            "Bryssel den 14 april 2026\n\nI slutet av 2025 hade 26 av de 27 medlemsstaterna gjort det.\n";
        assert_eq!(date_findings(en_last, sv_last), none);
        let sv_wrong =
            "Bryssel den 14 april 2026\n\nI slutet av 2024 hade 26 av de 27 medlemsstaterna gjort det.\n";
        assert_eq!(date_findings(en_last, sv_wrong).len(), 1);
    }

    #[test]
    fn the_era_of_a_year() {
        let none: Vec<String> = Vec::new();
        let en = "The temple is dated to between 3600 and 3200 BC.\n";
        assert_eq!(date_findings(en, "Templet dateras till mellan 3600 och 3200 f.Kr.\n"), none);
        assert_eq!(date_findings(en, "Templet dateras till mellan 3600 och 3200 e.Kr.\n").len(), 1);
        // An era left out, which the context may give, is no finding.
        assert_eq!(date_findings(en, "Templet dateras till mellan 3600 och 3200.\n"), none);
        assert_eq!(date_findings("It was destroyed in 79 AD.\n", "Den förstördes år 79 e.Kr.\n"), none);
    }

    #[test]
    fn a_day_of_the_year_its_sentence_gives() {
        let none: Vec<String> = Vec::new();
        let en =
            "The agreements were signed in Warsaw on 11 June 2025 and in Prague on 10 June by the Bank.\n";
        let sv =
            "Avtalen undertecknades i Warszawa den 11 juni 2025 och i Prag den 10 juni 2025 av banken.\n";
        assert_eq!(date_findings(en, sv), none);
        // Another year is a date changed; a day of no year of its sentence stays a year given
        // on one side only.
        let sv_wrong =
            "Avtalen undertecknades i Warszawa den 11 juni 2025 och i Prag den 10 juni 2024 av banken.\n";
        assert_eq!(date_findings(en, sv_wrong).len(), 1);
        let en_alone = "The agreement was signed in Prague on 10 June by the Bank.\n";
        let sv_alone = "Avtalet undertecknades i Prag den 10 juni 2025 av banken.\n";
        assert_eq!(date_findings(en_alone, sv_alone).len(), 1);
    }

    #[test]
    fn a_number_word_of_a_title_left_in_the_original_language() {
        let en = "See *State of the Baltic Sea – Third HELCOM holistic assessment*, 2023.\n";
        let sv = "Se *State of the Baltic Sea – Third HELCOM holistic assessment*, 2023.\n";
        assert_eq!(number_findings(en, sv), Vec::<String>::new());
        // A translated title still counts it.
        let sv = "Se *Östersjöns tillstånd – HELCOM:s holistiska bedömning*, 2023.\n";
        assert_eq!(number_findings(en, sv).len(), 1);
    }

    #[test]
    fn a_value_repeated_for_two_joined_items_given_once() {
        let none: Vec<String> = Vec::new();
        let en = "Systems are set up for plastic bottles with a capacity of up to 3 litres and metal \
                  containers with a capacity of up to 3 litres.\n";
        let sv =
            "System inrättas för flaskor av plast och behållare av metall med en volym på högst tre liter.\n";
        assert_eq!(number_findings(en, sv), none);
        // The other way round.
        let en = "Systems are set up for plastic bottles and metal containers of up to 3 litres.\n";
        let sv = "System inrättas för flaskor av plast med en volym på högst 3 liter och behållare av \
                  metall med en volym på högst 3 liter.\n";
        assert_eq!(number_findings(en, sv), none);
        let en = "It contributes to recommendations 3 of 2019 and 3 of 2020 on investment.\n";
        let sv = "Den bidrar till rekommendationerna 3 för 2019 och 2020 om investeringar.\n";
        assert_eq!(number_findings(en, sv), none);
        // The repeated value changed is still a changed value.
        let en = "Bottles of up to 3 litres and containers of up to 3 litres are covered.\n";
        let sv = "Flaskor på högst 3 liter och behållare på högst 4 liter omfattas.\n";
        assert_eq!(number_findings(en, sv), ["number `3` in source is `4` in target"]);
    }

    #[test]
    fn a_currency_given_once_leaves_a_count_of_transactions_alone() {
        let none: Vec<String> = Vec::new();
        // The currency named once for the sums of a sentence.
        let en = "Of the EUR 45.5 million, EUR 12 million goes to Mali.\n";
        let sv = "Av de 45,5 miljonerna euro går 12 miljoner till Mali.\n";
        assert_eq!(number_findings(en, sv), none);
        let en = "The value exceeds 1 million transactions and EUR 200 000 000 respectively.\n";
        let sv = "Värdet överstiger 1 miljon transaktioner respektive 200 000 000 euro.\n";
        assert_eq!(number_findings(en, sv), none);
        // The figures trading places: the count of transactions is no sum of money.
        let sv = "Värdet överstiger 200 000 000 transaktioner respektive 1 miljon euro.\n";
        assert_eq!(
            number_findings(en, sv),
            [
                "number `1 million` in source is `200 000 000` in target",
                "number `EUR 200 000 000` in source is `1 miljon euro` in target"
            ]
        );
    }

    #[test]
    fn codes_of_countries_with_the_figures_given_for_them() {
        let none: Vec<String> = Vec::new();
        let en = "The highest price was recorded in IT (EUR 612.30), followed by AT (EUR 603.55) and DE \
                  (EUR 598.02).\n";
        let sv = "Det högsta priset noterades i IT (612,30 euro), följt av AT (603,55 euro) och DE (598,02 \
                  euro).\n";
        assert_eq!(findings_of("name-", en, sv), none);
        let swapped = "Det högsta priset noterades i IT (612,30 euro), följt av DE (603,55 euro) och AT \
                       (598,02 euro).\n";
        assert_eq!(
            findings_of("name-", en, swapped),
            [
                "`Austria` and `Germany` have each other's figures in target (`EUR 603.55` is given for `Germany`): swapped?"
            ]
        );
        let en = "Imports fell to 27 600 tonnes, mainly from BR, AR and UY.\n";
        assert_eq!(
            findings_of("name-", en, "Importen minskade till 27 600 ton, främst från BR, AR och UY.\n"),
            none
        );
        assert_eq!(
            findings_of("name-", en, "Importen minskade till 27 600 ton, främst från BR, AR och PY.\n"),
            ["the source names Uruguay here (`UY`), the target Paraguay (`PY`)"]
        );
    }

    #[test]
    fn a_weight_on_another_basis() {
        let none: Vec<String> = Vec::new();
        let en = "Exports reached 341 200 tonnes (product weight) and production 6.49 million tonnes cw.\n";
        let sv = "Exporten uppgick till 341 200 ton (produktvikt) och produktionen till 6,49 miljoner ton \
                  slaktvikt.\n";
        assert_eq!(number_findings(en, sv), none);
        // A basis named on one side only.
        let sv = "Exporten uppgick till 341 200 ton och produktionen till 6,49 miljoner ton slaktvikt.\n";
        assert_eq!(number_findings(en, sv), none);
        let sv = "Exporten uppgick till 341 200 ton (slaktvikt) och produktionen till 6,49 miljoner ton \
                  slaktvikt.\n";
        assert_eq!(
            number_findings(en, sv),
            ["number `341 200` counts t product weight in source and t carcass weight in target"]
        );
    }

    #[test]
    fn a_grade_alone_before_its_bound_against_a_class() {
        let none: Vec<String> = Vec::new();
        let en = "An asset has an Energy Performance Certificate (EPC) of C or below.\n";
        let sv = "En tillgång har en energideklaration med klass C eller lägre.\n";
        assert_eq!(findings_of("legal-", en, sv), none);
        let sv = "En tillgång har en energideklaration med klass D eller lägre.\n";
        assert_eq!(findings_of("legal-", en, sv), ["legal reference `C` in source is `klass D` in target"]);
    }

    #[test]
    fn a_share_of_a_figure_of_a_period() {
        let none: Vec<String> = Vec::new();
        let en = "The number is higher than 10% of the daily average number of transactions.\n";
        let sv = "Antalet är högre än 10 % av det genomsnittliga dagliga antalet transaktioner.\n";
        assert_eq!(number_findings(en, sv), none);
        let sv = "Antalet är högre än 10 % av det genomsnittliga månatliga antalet transaktioner.\n";
        assert_eq!(
            number_findings(en, sv),
            ["number `10%` is a rate per day in source and per month in target"]
        );
    }

    #[test]
    fn a_count_in_words_hyphened_to_its_noun() {
        let none: Vec<String> = Vec::new();
        let en = "For a five-axle articulated vehicle, this means 44 tonnes instead of 40 tonnes.\n";
        let sv = "För ett ledfordon med fem axlar innebär detta 44 ton i stället för 40 ton.\n";
        assert_eq!(number_findings(en, sv), none);
        // Glued into a Swedish word, where no number is read: nothing either.
        let en = "Two-axle motor vehicles of 18 tonnes.\n";
        assert_eq!(number_findings(en, "Tvåaxlade motorfordon på 18 ton.\n"), none);
        // Changed, the count is a changed figure.
        let sv = "För ett ledfordon med sex axlar innebär detta 44 ton i stället för 40 ton.\n";
        assert_eq!(
            number_findings(
                "For a five-axle articulated vehicle, this means 44 tonnes instead of 40 tonnes.\n",
                sv
            ),
            ["number `five` in source is `sex` in target"]
        );
    }

    #[test]
    fn base_pairs_and_basis_points() {
        let none: Vec<String> = Vec::new();
        let en = "The method uses a 96-bp amplicon.\n";
        assert_eq!(number_findings(en, "Metoden använder ett amplikon på 96 bp.\n"), none);
        assert_eq!(number_findings(en, "Metoden använder ett amplikon på 96 baspar.\n"), none);
        assert_eq!(
            number_findings(en, "Metoden använder ett amplikon på 69 bp.\n"),
            ["number `96-bp` in source is `69 bp` in target"]
        );
        assert_eq!(
            number_findings(en, "Metoden använder ett amplikon på 69 baspar.\n"),
            ["number `96-bp` in source is `69` in target"]
        );
        // Basis points: `25 bp` = `25 punkter`, `25 baspunkter`.
        let en = "The ECB lowered its rates by 25 bp in March.\n";
        assert_eq!(number_findings(en, "ECB sänkte sina räntor med 25 punkter i mars.\n"), none);
        assert_eq!(number_findings(en, "ECB sänkte sina räntor med 25 baspunkter i mars.\n"), none);
        // Written in full, basis points are no count of anything else.
        let en = "The ECB lowered its rates by 25 basis points in March.\n";
        assert_eq!(
            number_findings(en, "ECB sänkte sina räntor med 25 punkter i mars.\n"),
            ["number `25 basis points` in source is `25` in target"]
        );
    }

    #[test]
    fn a_relative_clause_that_names_the_figure_in_a_new_role() {
        let none: Vec<String> = Vec::new();
        let en = "For a turnover of EUR 800 million, 2.5% amounts to EUR 20 million, so the ceiling is EUR \
                  20 million.\n";
        let sv = "För en omsättning på 800 miljoner euro uppgår 2,5 % till 20 miljoner euro, vilket då blir \
                  taket.\n";
        assert_eq!(number_findings(en, sv), none);
        // No such clause: the figure left out.
        let sv = "För en omsättning på 800 miljoner euro uppgår 2,5 % till 20 miljoner euro, och taket \
                  höjs.\n";
        assert_eq!(
            number_findings(en, sv),
            ["number `EUR 20 million` in source has no counterpart in target"]
        );
        // The first writing changed is a changed figure.
        let sv = "För en omsättning på 800 miljoner euro uppgår 2,5 % till 25 miljoner euro, vilket då blir \
                  taket.\n";
        assert!(
            number_findings(en, sv)
                .contains(&"number `EUR 20 million` in source is `25 miljoner euro` in target".to_string())
        );
    }

    #[test]
    fn a_count_of_the_rest_of_a_whole_that_the_original_leaves_out() {
        let none: Vec<String> = Vec::new();
        let en = "Three tiers apply. The other tiers are EUR 10 million or 2% and EUR 5 million or 1%.\n";
        let sv = "Det finns tre nivåer. De två andra nivåerna är 10 miljoner euro eller 2 % respektive 5 \
                  miljoner euro eller 1 %.\n";
        assert_eq!(number_findings(en, sv), none);
        // A count the original gives, changed, is still reported.
        let en = "Three tiers apply. The other two tiers are EUR 10 million or 2% and EUR 5 million or 1%.\n";
        let sv = "Det finns tre nivåer. De tre övriga nivåerna är 10 miljoner euro eller 2 % respektive 5 \
                  miljoner euro eller 1 %.\n";
        assert_eq!(number_findings(en, sv), ["number `two` in source has no counterpart in target"]);
        // Before an adjective of another kind both versions count: a count added is reported.
        let en = "The first years were hard.\n";
        let sv = "De två första åren var svåra.\n";
        assert_eq!(number_findings(en, sv), ["number `två` in target has no counterpart in source"]);
    }

    #[test]
    fn a_quarter_of_an_hour_is_fifteen_minutes() {
        let none: Vec<String> = Vec::new();
        let en = "The results are published within 15 minutes of the close.\n";
        assert_eq!(number_findings(en, "Resultatet offentliggörs inom en kvart efter stängningen.\n"), none);
        assert_eq!(
            number_findings(en, "Resultatet offentliggörs inom tre kvart efter stängningen.\n"),
            ["number `15` in source is `tre kvart` in target"]
        );
    }

    #[test]
    fn a_figure_written_again_where_the_translation_refers_back_to_it() {
        let none: Vec<String> = Vec::new();
        // A word that gives the figure to each item of its sentence.
        let en = "After deduction of the 17 days referred to above, 244 working days remain in Brussels \
                  and 244 in Luxembourg.\n";
        let sv = "Efter avdrag för de 17 dagar som nämns ovan återstår 244 arbetsdagar på vardera \
                  anställningsorten.\n";
        assert_eq!(number_findings(en, sv), none);
        // The other way round.
        let en = "244 working days remain in each place of employment.\n";
        let sv = "244 arbetsdagar återstår i Bryssel och 244 i Luxemburg.\n";
        assert_eq!(number_findings(en, sv), none);
        // The pro-form of a comparison, in the sentence after the figure.
        let en = "The median age was 44.9 years. This means that half of the EU population was older \
                  than 44.9 years.\n";
        let sv = "Medianåldern var 44,9 år. Det innebär att hälften av EU:s befolkning var äldre än så.\n";
        assert_eq!(number_findings(en, sv), none);
        // A noun of the level, the figure first given as a bound of a range, where the
        // translation splits the sentence.
        let en = "The Commission proposed to raise the fee from EUR 20 to EUR 30, the level of EUR 20 \
                  having been set in 2024.\n";
        let sv = "Kommissionen föreslog att avgiften skulle höjas från 20 till 30 euro. Den nuvarande \
                  nivån fastställdes 2024.\n";
        assert_eq!(number_findings(en, sv), none);

        // No word that refers back: a figure left out.
        let en = "After deduction, 244 working days remain in Brussels and 244 in Luxembourg.\n";
        assert_eq!(
            number_findings(en, "Efter avdrag återstår 244 arbetsdagar i Bryssel och i Luxemburg.\n"),
            ["number `244` in source has no counterpart in target"]
        );
        // A definite noun alone (`Nivån`) is as often a level not named before.
        let en = "The fee rises from EUR 20 to EUR 30, the level of EUR 20 having been set in 2024.\n";
        assert_eq!(
            number_findings(en, "Avgiften höjs från 20 till 30 euro. Nivån fastställdes 2024.\n"),
            ["number `EUR 20` in source has no counterpart in target"]
        );
        // The first writing changed: it is a changed figure, and the second one left out.
        let en = "The median age was 44.9 years. This means that half of the EU population was older \
                  than 44.9 years.\n";
        let sv = "Medianåldern var 45,9 år. Det innebär att hälften av EU:s befolkning var äldre än så.\n";
        assert_eq!(
            number_findings(en, sv),
            [
                "number `44.9` in source has no counterpart in target",
                "number `44.9` in source is `45,9` in target"
            ]
        );
        // A word that gives a figure to each item reaches no figure of the sentence before.
        let en = "The programme runs for 3 years. Each Member State pays 3 instalments.\n";
        let sv = "Programmet löper i 3 år. Medlemsstaterna betalar vardera delbetalningar.\n";
        assert_eq!(number_findings(en, sv), ["number `3` in source has no counterpart in target"]);
        // Both versions give the figure to each item: a repeat of one is no restatement.
        let en = "Spain and France are allocated two seats each, and Belgium and Finland one seat each.\n";
        let sv = "Spanien och Frankrike tilldelas två platser vardera, och Belgien och Finland två \
                  platser vardera.\n";
        assert_eq!(number_findings(en, sv), ["number `två` in target has no counterpart in source"]);
    }

    #[test]
    fn a_count_written_again_after_a_determiner_that_points_back() {
        let none: Vec<String> = Vec::new();
        let en = "The number of stations above the limit value drops from 1,034 to 143. Of these 143 \
                  stations, 117 are in Poland.\n";
        let sv = "Antalet stationer över gränsvärdet minskar från 1 034 till 143. Av dessa ligger 117 i \
                  Polen.\n";
        assert_eq!(number_findings(en, sv), none);
        // The other way round, the figure first given alone.
        let en = "The number of stations drops to 143. Of these, 117 are in Poland.\n";
        let sv = "Antalet stationer minskar till 143. Av dessa 143 stationer ligger 117 i Polen.\n";
        assert_eq!(number_findings(en, sv), none);

        // The figure not given in the sentence before: a figure left out.
        let en = "The number of stations drops to 150. Of these 143 stations, 117 are in Poland.\n";
        let sv = "Antalet stationer minskar till 150. Av dessa ligger 117 i Polen.\n";
        assert_eq!(number_findings(en, sv), ["number `143` in source has no counterpart in target"]);
        // Given two sentences before.
        let en = "The number drops to 143. It was 1,034. Of these 143 stations, 117 are in Poland.\n";
        let sv = "Antalet minskar till 143. Det var 1 034. Av dessa ligger 117 i Polen.\n";
        assert_eq!(number_findings(en, sv), ["number `143` in source has no counterpart in target"]);
        // No determiner that points back in the translation.
        let en = "The number of stations drops to 143. Of these 143 stations, 117 are in Poland.\n";
        let sv = "Antalet stationer minskar till 143. Av stationerna ligger 117 i Polen.\n";
        assert_eq!(number_findings(en, sv), ["number `143` in source has no counterpart in target"]);
        // The figure changed after the determiner.
        let sv = "Antalet stationer minskar till 143. Av dessa 134 stationer ligger 117 i Polen.\n";
        assert_eq!(number_findings(en, sv), ["number `143` in source is `134` in target"]);
    }

    #[test]
    fn a_value_repeated_apart_is_one_left_out() {
        // A clause between the two.
        let en = "Screening every 2 years for women aged 50 to 69, and every 2 or 3 years for women aged 45 to 49.\n";
        let sv = "Screening vart 2:a år för kvinnor i åldern 50–69 år och vart 3:e år för kvinnor i åldern 45–49 år.\n";
        assert_eq!(number_findings(en, sv), ["number `every 2` in source has no counterpart in target"]);
        // Another figure between the two.
        let en = "The store holds 2 bottles and 5 cans and 2 boxes.\n";
        let sv = "Förrådet rymmer 2 flaskor och 5 burkar och lådor.\n";
        assert_eq!(number_findings(en, sv), ["number `2` in source has no counterpart in target"]);
        // Another bound.
        let en = "Bottles of at least 3 litres and containers of at most 3 litres are covered.\n";
        let sv = "Flaskor och behållare på minst 3 liter omfattas.\n";
        assert_eq!(number_findings(en, sv), ["number `3` in source has no counterpart in target"]);
        // The value written twice in the other version too, once left out.
        let en = "Bottles of up to 3 litres and containers of up to 3 litres, 3 in all.\n";
        let sv = "Flaskor och behållare på högst 3 liter, 3 totalt.\n";
        assert_eq!(number_findings(en, sv), ["number `3` in source has no counterpart in target"]);
    }

    #[test]
    fn a_day_left_out_and_the_day_before_named_last() {
        let date = |key: &str, bound| {
            let mut value = Value::new(ValueKind::Date, 0..1, key, key);
            value.bound = bound;
            value
        };
        let before = date("date:2025-07-01", Some(Bound::Before));
        assert!(day_before_named_last(&before, &date("date:2025-06-30", Some(Bound::Upper))));
        assert!(day_before_named_last(
            &date("date:2026-01-01", Some(Bound::Before)),
            &date("date:2025-12-31", Some(Bound::Upper))
        ));
        // Another day, a day not named as the last, a day left out too, a day kept.
        assert!(!day_before_named_last(&before, &date("date:2025-05-31", Some(Bound::Upper))));
        assert!(!day_before_named_last(&before, &date("date:2025-06-30", None)));
        assert!(!day_before_named_last(&before, &date("date:2025-06-30", Some(Bound::Before))));
        assert!(!day_before_named_last(
            &date("date:2025-07-01", Some(Bound::Upper)),
            &date("date:2025-06-30", Some(Bound::Upper))
        ));
        // Days of no year: the last of February in any year.
        let upper = |key: &str| date(key, Some(Bound::Upper));
        assert!(day_before_named_last(&date("day:07-01", Some(Bound::Before)), &upper("day:06-30")));
        assert!(day_before_named_last(&date("day:03-01", Some(Bound::Before)), &upper("day:02-28")));
        assert!(day_before_named_last(&date("day:03-01", Some(Bound::Before)), &upper("day:02-29")));
        assert!(day_before_named_last(&date("day:01-01", Some(Bound::Before)), &upper("day:12-31")));
        assert!(!day_before_named_last(&date("day:07-01", Some(Bound::Before)), &upper("day:06-29")));
        assert!(!day_before_named_last(&date("day:07-01", Some(Bound::Before)), &upper("date:2025-06-30")));
    }

    #[test]
    fn the_limit_of_a_day_without_a_year() {
        let none: Vec<String> = Vec::new();
        let en = "In 15 Member States the closed period starts on 15 October or earlier.\n";
        let sv = "I 15 medlemsstater inleds förbudsperioden den 15 oktober eller tidigare.\n";
        assert_eq!(date_findings(en, sv), none);
        let sv = "I 15 medlemsstater inleds förbudsperioden den 15 oktober eller senare.\n";
        assert_eq!(
            date_findings(en, sv),
            ["date `15 October` is an upper bound in source and a lower bound in target"]
        );
        // The day a period ends without, against the day before named as its last.
        let en = "Spreading is banned before 1 March.\n";
        let sv = "Spridning är förbjuden till och med den 28 februari.\n";
        assert_eq!(date_findings(en, sv), none);
    }

    #[test]
    fn a_recurrence_every_few_months_and_a_count_per_year() {
        let per_year =
            |key: &str| Value { per: Some("year"), ..Value::new(ValueKind::Number, 0..1, key, key) };
        let every = |key: &str| Value::new(ValueKind::Number, 0..1, key, key);
        // `biannual` = `två gånger per år`, `quarterly` = `four times a year`.
        assert!(times_a_year(&every("ratio:1/6"), &per_year("num:2")));
        assert!(times_a_year(&every("ratio:1/3"), &per_year("num:4")));
        assert!(!times_a_year(&every("ratio:1/6"), &per_year("num:3")));
        assert!(!times_a_year(&every("ratio:1/6"), &every("num:2")));
    }

    #[test]
    fn a_count_of_times_per_period() {
        let none: Vec<String> = Vec::new();
        let en = "Patients took 150 mg orally twice daily.\n";
        assert_eq!(number_findings(en, "Patienterna tog 150 mg peroralt två gånger dagligen.\n"), none);
        assert_eq!(
            number_findings(en, "Patienterna tog 150 mg peroralt en gång dagligen.\n"),
            ["number `twice` in source is `en gång` in target"]
        );
        // `once` may go unsaid where the period says it, but not be changed.
        let en = "Patients took 150 mg orally once a day.\n";
        assert_eq!(number_findings(en, "Patienterna tog 150 mg peroralt dagligen.\n"), none);
        assert_eq!(number_findings(en, "Patienterna tog 150 mg peroralt en gång om dagen.\n"), none);
        assert_eq!(
            number_findings(en, "Patienterna tog 150 mg peroralt två gånger om dagen.\n"),
            ["number `once` in source is `två` in target"]
        );
        // A range of days against one of weeks of the same length, bound by bound.
        let en = "Each closure should be extended from 14 to 21 days.\n";
        assert_eq!(number_findings(en, "Varje stängning bör förlängas från två till tre veckor.\n"), none);
        assert_eq!(
            number_findings(en, "Varje stängning bör förlängas från två till fyra veckor.\n").len(),
            1
        );
    }

    #[test]
    fn a_clause_of_terms_numbered_in_two_parts() {
        let none: Vec<String> = Vec::new();
        let en = "A clause, as in Article 15.4 of the general conditions of carriage, cannot be relied on.\n";
        let sv = "Ett villkor, såsom punkt 15.4 i de allmänna transportvillkoren, kan inte göras gällande.\n";
        assert_eq!(findings_of("legal-", en, sv), none);
        assert_eq!(findings_of("legal-", en, &sv.replace("15.4", "15.5")).len(), 1);
        // An article written as the Union writes it stays an article.
        let en = "A clause, as in Article 15(4) of the Regulation, cannot be relied on.\n";
        let sv = "Ett villkor, såsom punkt 15.4 i förordningen, kan inte göras gällande.\n";
        assert_eq!(findings_of("legal-", en, sv).len(), 1);
    }

    #[test]
    fn a_range_reversed_against_one_in_order() {
        let none: Vec<String> = Vec::new();
        let en = "The temperature was between 4.5 and 6.0 °C, i.e. above that of melting ice.\n";
        let sv_between = "Temperaturen låg mellan 4,5 och 6,0 °C, dvs. över temperaturen för smältande is.\n";
        assert_eq!(number_findings(en, sv_between), none);
        let en = "| Goats | 35–55 | 0.20–0.30 |\n";
        let sv = "| Getter | 35–55 | 0,20–0,30 |\n";
        assert_eq!(number_findings(en, sv), none);
        assert!(!number_findings(en, &sv.replace("35–55", "55–35")).is_empty());
    }

    #[test]
    fn lengths_of_time_in_other_units() {
        let count = |key: &str, unit: &str| {
            let mut value = Value::new(ValueKind::Number, 0..1, key, key);
            value.detail = Some(unit.to_string());
            value
        };
        // Recurrences by periods of one length.
        assert!(same_period(&count("ratio:1/24", "month"), &count("ratio:1/2", "year")));
        assert!(same_period(&count("ratio:1/12", "month"), &count("ratio:1/1", "year")));
        assert!(same_period(&count("ratio:1/2", "week"), &count("ratio:1/14", "day")));
        assert!(!same_period(&count("ratio:1/12", "month"), &count("ratio:1/2", "year")));
        assert!(!same_period(&count("ratio:1/30", "day"), &count("ratio:1/1", "month")));
        assert!(!same_period(&count("ratio:1/5", "minute"), &count("ratio:1/5", "hour")));
        assert!(!same_period(&count("num:24", "month"), &count("ratio:1/2", "year")));
        assert!(same_duration(&count("num:48", "hour"), &count("num:2", "day")));
        assert!(same_duration(&count("num:12", "month"), &count("num:1", "year")));
        assert!(same_duration(&count("num:2", "week"), &count("num:14", "day")));
        assert!(same_duration(&count("num:90", "minute"), &count("num:1.5", "hour")));
        assert!(same_duration(&count("num:3", "decade"), &count("num:30", "year")));
        assert!(same_duration(&count("num:0.5", "second"), &count("num:500", "ms")));
        assert!(same_duration(&count("num:2", "µs"), &count("num:2000", "ns")));
        assert!(!same_duration(&count("num:80", "second"), &count("num:1", "minute")));
        assert!(!same_duration(&count("num:3.4", "ns"), &count("num:3.4", "ms")));
        assert!(!same_duration(&count("num:3", "decade"), &count("num:20", "year")));
        assert!(!same_duration(&count("num:30", "day"), &count("num:1", "month")));
        assert!(!same_duration(&count("num:36", "hour"), &count("num:2", "day")));
        assert!(!same_duration(&count("num:12", "month"), &count("num:12", "year")));
        assert!(!same_duration(&count("num:10", "workday"), &count("num:2", "week")));
        assert!(!same_duration(
            &count("num:12", "month"),
            &Value::new(ValueKind::Number, 0..1, "num:1", "1")
        ));
        // Ranges, bound by bound; a range is no single length.
        assert!(same_duration(&count("num-range:14..21", "day"), &count("num-range:2..3", "week")));
        assert!(same_duration(&count("num-range:6..18", "month"), &count("num-range:0.5..1.5", "year")));
        assert!(!same_duration(&count("num-range:14..21", "day"), &count("num-range:2..4", "week")));
        assert!(!same_duration(&count("num-range:14..14", "day"), &count("num-range:1..2", "week")));
        assert!(!same_duration(&count("num-range:14..21", "day"), &count("num:2", "week")));
        assert!(!same_duration(&count("num-range:30..60", "day"), &count("num-range:1..2", "month")));
    }

    #[test]
    fn bounds_of_a_range() {
        assert_eq!(range_bounds("num-range:18..25"), Some(("num:18".into(), "num:25".into())));
        assert_eq!(range_bounds("pct-range:5.5..7"), Some(("pct:5.5".into(), "pct:7".into())));
        assert_eq!(
            range_bounds("amount-range:EUR:18..43"),
            Some(("amount:EUR:18".into(), "amount:EUR:43".into()))
        );
        assert_eq!(range_bounds("num:18"), None);
        assert_eq!(range_bounds("range:09:00..11:00"), Some(("time:09:00".into(), "time:11:00".into())));
        assert_eq!(
            range_bounds("range:2026-12-18..2027-01-04"),
            Some(("date:2026-12-18".into(), "date:2027-01-04".into()))
        );
        assert_eq!(range_bounds("range:2026-12..2027-01-04"), None);
        // A range of days that ends before it starts is none.
        assert_eq!(range_bounds("range:2027-12-31..2025-12-15"), None);
        assert_eq!(range_bounds("range:2026..2027"), Some(("year:2026".into(), "year:2027".into())));
        assert_eq!(range_bounds("range:2021..2027"), None);
        assert_eq!(range_bounds("range:--10..--03"), Some(("month:--10".into(), "month:--03".into())));
        assert_eq!(listed_members("para:81..82"), Some(vec!["para:81".into(), "para:82".into()]));
        assert_eq!(listed_members("art:5..7").map(|m| m.len()), Some(3));
        assert_eq!(listed_members("art:5..12"), None);
        assert_eq!(listed_members("art:5(2)..5(4)"), None);
        assert_eq!(
            listed_members("art:4(1)(a)..(c)"),
            Some(vec!["art:4(1)(a)".into(), "art:4(1)(b)".into(), "art:4(1)(c)".into()])
        );
        assert_eq!(listed_members("art:4(1)(a)..(k)"), None);
        assert_eq!(listed_members("art:4(1)(c)..(a)"), None);
        assert_eq!(listed_members("year:2026..2028").unwrap(), ["year:2026", "year:2027", "year:2028"]);
        assert_eq!(listed_members("year:2020..2030"), None);
    }

    #[test]
    fn a_short_span_of_months_is_its_months_listed() {
        assert_eq!(listed_months("range:2025-02..2025-03").unwrap(), ["month:2025-02", "month:2025-03"]);
        assert_eq!(
            listed_months("range:2025-12..2026-02").unwrap(),
            ["month:2025-12", "month:2026-01", "month:2026-02"]
        );
        assert_eq!(listed_months("range:2025-01..2025-09"), None);
        assert_eq!(listed_months("range:2025-03..2025-02"), None);
        assert_eq!(listed_months("range:2025-03-01..2025-03-02"), None);
        assert_eq!(listed_months("range:2025..2026"), None);
    }

    #[test]
    fn figures_written_two_ways() {
        assert!(same_figure("year:2024", "num:2024"));
        // A number after a singular article's list: the article or a count.
        assert!(same_figure("artnum:316", "num:316"));
        assert!(same_figure("art:316", "artnum:316"));
        assert!(!same_figure("artnum:316", "num:317"));
        assert!(!same_figure("artnum:316", "art:316(1)"));
        assert!(same_figure("item:7.2", "para:7.2"));
        assert!(same_figure("num:8.2", "item:8.2"));
        assert!(!same_figure("item:7.2", "para:7.1"));
        assert!(!same_figure("item:7.2", "art:7.2"));
        // Words of the same year that may name either of two years.
        assert!(same_figure("year-or:2020|2023", "year:2023"));
        assert!(same_figure("year:2020", "year-or:2020|2023"));
        assert!(!same_figure("year-or:2020|2023", "year:2022"));
        assert!(!same_figure("year-or:2020|2023", "num:2023"));
        assert!(same_figure("oj:L:180:2013:p60", "oj:L:180:2013-06-29:p60"));
        assert!(same_figure("oj:L:180:2013-06-29:p60", "oj:L:180:2013:p60"));
        assert!(!same_figure("oj:L:180:2013:p60", "oj:L:180:2013-06-29:p96"));
        assert!(!same_figure("oj:L:180:2014:p60", "oj:L:180:2013-06-29:p60"));
        assert!(!same_figure("oj:L:181:2013:p60", "oj:L:180:2013-06-29:p60"));
        assert!(same_figure("num:5", "ratio:1/5"));
        // `at 10.30` is read as a number, `kl. 10.30` as a time.
        assert!(same_figure("num:10.3", "time:10:30"));
        assert!(same_figure("time:09:05", "num:9.05"));
        assert!(same_figure("time:14:00", "num:14"));
        assert!(!same_figure("num:10.3", "time:11:30"));
        assert!(!same_figure("num:10.03", "time:10:30"));
        assert!(!same_figure("num:1030", "time:10:30"));
        // A numbered part named on one side only.
        assert!(same_figure("section:5", "num:5"));
        assert!(same_figure("para:5", "section:5"));
        assert!(same_figure("ar:45", "num:45"));
        assert!(!same_figure("ar:45", "num:46"));
        assert!(!same_figure("ar:45(d)", "num:45"));
        // `kronor` alone is any krona; a krona of a named country is its own.
        assert!(same_figure("amount:kr:1250000000", "amount:DKK:1250000000"));
        assert!(same_figure("amount:SEK:1250000000", "amount:kr:1250000000"));
        assert!(same_figure("amount-range:kr:1..2", "amount-range:NOK:1..2"));
        assert!(!same_figure("amount:SEK:1250000000", "amount:DKK:1250000000"));
        assert!(!same_figure("amount:kr:1250000000", "amount:EUR:1250000000"));
        assert!(!same_figure("amount:kr:1250000000", "amount:DKK:1250000001"));
        assert!(!same_figure("section:5", "num:6"));
        assert!(!same_figure("art:5", "num:5"));
        // `10th anniversary` against `10-årsjubileum`.
        assert!(same_figure("ord:10", "num:10"));
        assert!(same_figure("frac:1/3", "ord:3"));
        assert!(same_figure("ratio:1/3", "frac:1/3"));
        assert!(same_figure("frac:1/4", "ratio:1/4"));
        assert!(!same_figure("ratio:1/3", "frac:1/4"));
        assert!(same_figure("pct:50", "frac:1/2"));
        assert!(same_figure("pct:80", "ratio:4/5"));
        assert!(!same_figure("pct:75", "ratio:4/5"));
        assert!(same_figure("quarter:2024-Q3", "range:2024-07..2024-09"));
        assert!(same_figure("range:2025-01..2025-06", "half:2025-H1"));
        assert!(same_figure("month:--01", "month:2025-01"));
        assert!(same_figure("range:--01..--08", "range:2025-01..2025-08"));
        assert!(same_figure("range:2024-01..2024-03", "range:--01..--03"));
        // A span of months of no year that runs into the next year.
        assert!(same_figure("range:--10..--03", "range:2025-10..2026-03"));
        assert!(!same_figure("range:--10..--03", "range:2025-10..2025-03"));
        assert!(!same_figure("range:--01..--03", "range:2025-01..2026-03"));
        assert!(!same_figure("range:--01..--08", "range:2025-01..2025-07"));
        assert!(!same_figure("range:--01..--08", "range:2024-01..2025-08"));
        // A quarter or a half without its year is a year left out.
        assert!(!same_figure("quarter:Q1", "quarter:2025-Q1"));
        assert!(!same_figure("half:2025-H2", "half:H2"));
        assert!(!same_figure("quarter:Q1", "quarter:2025-Q2"));
        assert!(!same_figure("half:H1", "quarter:2025-Q1"));
        assert!(!same_figure("month:--01", "month:2025-02"));
        assert!(!same_figure("quarter:2024-Q3", "range:2024-07..2024-08"));
        assert!(!same_figure("quarter:2024-Q0", "range:2024-01..2024-00"));
        assert!(same_figure("annex:5", "appendix:5"));
        assert!(same_figure("pp:31", "num:31"));
        assert!(!same_figure("pp:3", "pct:3"));
        assert!(!same_figure("annex:5", "appendix:4"));
        assert!(same_figure("supplement:14", "appendix:14"));
        assert!(same_figure("appendix:14", "supplement:14"));
        assert!(!same_figure("supplement:14", "appendix:15"));
        assert!(!same_figure("supplement:14", "annex:14"));
        assert!(same_figure("frac:3/4", "pct:75"));
        assert!(same_figure("pct:12.5", "frac:1/8"));
        assert!(!same_figure("pct:50", "frac:1/3"));
        assert!(!same_figure("pct:33.3", "frac:1/3"));
        assert!(same_figure("ord:3", "frac:1/3"));
        assert!(!same_figure("frac:2/3", "ord:3"));
        assert!(!same_figure("frac:1/3", "ord:4"));
        assert!(same_figure("num:10", "ord:10"));
        assert!(same_figure("rev:10", "ord:10"));
        assert!(same_figure("ord:2", "rev:2"));
        assert!(!same_figure("rev:10", "ord:11"));
        assert!(!same_figure("rev:10", "num:10"));
        assert!(!same_figure("ord:10", "num:11"));
        // `450m`: metres or a million.
        assert!(same_figure("mnum:450", "num:450"));
        assert!(same_figure("num:450000000", "mnum:450"));
        assert!(same_figure("mnum:1.5", "num:1500000"));
        assert!(!same_figure("mnum:450", "num:540000000"));
        assert!(!same_figure("mnum:450", "num:4500"));
        // `10.00-12.30` without a clock word, against `kl. 10.00–12.30`.
        assert!(same_figure("num-range:10..12.3", "range:10:00..12:30"));
        assert!(!same_figure("num-range:10..12.4", "range:10:00..12:30"));
        assert!(!same_figure("num-range:2024..2025", "range:2024-01-01..2025-01-01"));
    }

    #[test]
    fn a_translation_s_question_code_is_the_code_or_the_question() {
        // `F5`, kept as written (a NACE section, `F43`) or the question `Q5`, `fråga 5`.
        assert!(same_figure("qcode:F43", "code:F43"));
        assert!(same_figure("code:F5", "qcode:F5"));
        assert!(same_figure("qcode:F5", "num:5"));
        assert!(same_figure("num:5", "qcode:F5"));
        assert!(!same_figure("qcode:F5", "num:6"));
        assert!(!same_figure("qcode:F43", "code:F44"));
        assert!(!same_figure("qcode:F5", "code:Q5"));
    }

    #[test]
    fn questions_numbered_by_letter_and_by_word() {
        let en = "**List of ingredients (Q5).** Almost two thirds of respondents (64 %) agreed.";
        let sv =
            "**Ingrediensförteckning (fråga 5).** Nästan två tredjedelar av de svarande (64 %) instämde.";
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        // A changed question stays a finding.
        let changed = sv.replace("fråga 5", "fråga 6");
        assert_eq!(number_findings(en, &changed), ["number `Q5` in source is `6` in target"]);
        // The translation's own letter, and the English one kept.
        for kept in ["F5", "Q5"] {
            let sv = sv.replace("fråga 5", kept);
            assert!(findings_of("", en, &sv).is_empty(), "{kept}: {:?}", findings_of("", en, &sv));
        }
        assert!(!findings_of("", en, &sv.replace("fråga 5", "F6")).is_empty());
        // A range of questions.
        let (en, sv) = ("Questions Q5–Q12 were closed.", "Frågorna 5–12 var slutna.");
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        assert!(!number_findings(en, &sv.replace("5–12", "5–11")).is_empty());
    }

    #[test]
    fn a_code_of_capitals_and_a_number_written_out() {
        let none: Vec<String> = Vec::new();
        let en = "| SO2 Legal migration and integration | 41 900 000 | 75% |\n";
        let sv = "| Specifikt mål 2: Laglig migration och integration | 41 900 000 | 75 % |\n";
        assert_eq!(number_findings(en, sv), none);
        let en = "Under SO3 Return, 12 projects were selected.\n";
        let sv = "Inom specifikt mål 3 Återvändande valdes 12 projekt ut.\n";
        assert_eq!(number_findings(en, sv), none);
        // Another number is no counterpart.
        assert_eq!(number_findings(en, &sv.replace("mål 3", "mål 4")).len(), 1);
        // Nor the figure glued to something else, nor one of a unit.
        assert_eq!(number_findings(en, &sv.replace("mål 3", "mål-3")).len(), 1);
        let sv = "Inom målet Återvändande valdes 12 projekt ut på 3 dagar.\n";
        assert_eq!(number_findings(en, sv).len(), 1);
    }

    #[test]
    fn a_quarter_s_code_alone_may_be_a_question() {
        let en = "**Ingredients (Q3).** Almost two thirds of respondents (64 %) agreed.";
        let sv = "**Ingredienser (fråga 3).** Nästan två tredjedelar av de svarande (64 %) instämde.";
        assert!(findings_of("", en, sv).is_empty(), "{:?}", findings_of("", en, sv));
        assert!(!findings_of("", en, &sv.replace("fråga 3", "fråga 4")).is_empty());
        // Or the quarter, which the other version names as one.
        let en =
            "The sales of the group rose in Q3 by 5 % compared with the same period of the previous year.";
        let sv = "Koncernens försäljning ökade under tredje kvartalet med 5 % jämfört med samma period föregående år.";
        assert!(findings_of("", en, sv).is_empty(), "{:?}", findings_of("", en, sv));
        assert!(!date_findings(en, &sv.replace("tredje", "fjärde")).is_empty());
        // A quarter of a year is never a question.
        let (en, sv) = (en.replace("Q3", "Q1 2026"), sv.replace("tredje kvartalet", "första kvartalet 2026"));
        assert!(findings_of("", &en, &sv).is_empty(), "{:?}", findings_of("", &en, &sv));
        assert!(!date_findings(&en, &sv.replace("första", "andra")).is_empty());
    }

    #[test]
    fn words_that_carry_a_figure() {
        // One post's share of full time.
        let en = "Secondment of one policy adviser (0.5 full-time equivalent) from 1 January.";
        let sv = "Utstationering av en politisk rådgivare på halvtid från den 1 januari.";
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        assert!(!number_findings(en, &sv.replace("halvtid", "heltid")).is_empty());
        // A day and night as the period of a recurrence.
        let en = "A list shall be issued at least once every 24 hours.";
        let sv = "En lista ska utfärdas minst en gång per dygn.";
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        assert!(!number_findings(en, &sv.replace("per dygn", "per vecka")).is_empty());
        // Where the original names no figure, the translation's word is none to report.
        assert!(number_findings("A list shall be issued daily.", sv).is_empty());
        // A count of digits glued to its noun.
        let en = "CTH means a change at the 4-digit level.";
        let sv = "CTH innebär en ändring på fyrsiffrig nivå.";
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        assert!(!number_findings(en, &sv.replace("fyrsiffrig", "sexsiffrig")).is_empty());
        // A value of a period named by the period's word.
        let en = "NO₂ peaks far above the WHO 24-hour guideline of 25 µg/m³.";
        let sv = "Toppvärden för NO₂ långt över WHO:s dygnsriktvärde på 25 µg/m³.";
        assert!(number_findings(en, sv).is_empty(), "{:?}", number_findings(en, sv));
        assert!(!number_findings(en, &sv.replace("dygnsriktvärde", "årsriktvärde")).is_empty());
    }
}
