//! The `values` stage: the language-independent values in a text.
//!
//! Numbers, dates, legal references and URLs are extracted with their text span and
//! a normalised `key`: two values correspond across languages exactly when their
//! keys are equal (`51.4%` and `51,4 %` both give `pct:51.4`).
//!
//! Key formats (the part before the first `:` names the shape):
//!
//! | key | example source text |
//! | --- | --- |
//! | `num:438000` | `438 000`, `438,000`, `twenty-five` → `num:25`; `3.5E-4`, `3,5 × 10⁻⁴` → `num:0.00035` |
//! | `pct:51.4`, `pp:2` | `51.4%`, `51,4 %`, `26 per cent`; percentage points |
//! | `amount:EUR:81000000000` | `EUR 81 billion`, `81 miljarder euro` |
//! | `ord:3`, `frac:1/4`, `ratio:1/5` | `third`, `3rd`, `3:e`; `a fourth`, `en fjärdedel`; `one in five`, `var femte` |
//! | `num-range:10..15`, `pct-range:10..15` | `10-15`, `10–15 %` |
//! | `date:2024-05-14`, `day:05-14`, `month:2026-05`, `year:2025` | `14 May 2024`, `den 14 maj 2024`, `29.1.2026` |
//! | `quarter:2025-Q3`, `half:2025-H1`, `decade:1990` | `Q3 2025`, `första halvåret 2025`, `1990s` |
//! | `range:2021..2027`, `range:2024-07-01..2025-06-30` | `2021-2027`, `1 juli 2024–30 juni 2025` |
//! | `act:reg:EU:2024/1351`, `act:dir:EC:2009/52` | `Regulation (EU) 2024/1351`, `direktiv 2009/52/EG` |
//! | `art:8(2)(a)`, `para:25`, `annex:2`, `chapter:3` | `Article 8(2)(a)`, `artikel 8.2 a`, `paragraph 25`, `punkt 25`; `Annex II`, `bilaga 2`; `Chapter III`, `kapitel 3` (also `title:`, `part:`, `section:`) |
//! | `entry:6(a)-I`, `isbn:9789268312457` | `entry 6(a)-I`, `punkt 6 a-I`; `ISBN 978-92-68-31245-7` |
//! | `doc:COM:2026:45` | `COM(2026) 45 final`, `KOM(2026) 45`, `COM/2026/45` |
//! | `oj:L:168:2009-06-30:p24`, `oj:L:2025/2642:2025-12-23` | `OJ L 168, 30.6.2009, p. 24`, `EUT L, 2025/2642, 23.12.2025` |
//! | `celex:52025DC0795`, `council-doc:5848/26`, `euco:1/25` | CELEX numbers, Council documents |
//! | `url:eur-lex.europa.eu/legal-content/{lang}/…`, `eli:reg/2024/1351/oj`, `mailto:a@b.eu` | URLs, ELI URIs, e-mail |
//! | `std:EN 474-1:2006+A6:2019`, `id:M/396` | standards with their year and amendments, standardisation requests |
//! | `coord:50°52'30"N` | `50°52.5′N`, `50°52,5′ N`, `N 50°52′30″`, `50° 52,5′ nordlig bredd` |
//! | `measure:kg`, `measure:cm2/kg` | a table cell's unit after its name, `Weight (kg)`, `Yta (cm² per kg)` |
//! | `note:**`, `flag:p` | a table cell's note call by asterisks after a figure, `80 %**`; a statistical flag, `Italy (p)` |
//! | `country:LV` | `Latvia`, `Lettlands`, `the Latvian`, `lettiska` |
//! | `org:ICCAT` | `ICCAT`, `Iccats`, `IOTC:s` |
//! | `report:1/2024`, `resolution:18/3`, `ar:45(d)` | `EEA Report 01/2024`, `Resolution 18/03`, `AR 45(d)`, `TK 45 d` |

use std::ops::Range;

use serde::Serialize;

use crate::text::Lang;
pub(crate) use cell_marks::{ANSWER, FLAG, NOTE};
pub(crate) use date::next_day;
pub(crate) use figure_units::{MEASURE, names_period, object_compared, written_period, written_period_span};
pub(crate) use names::country_noun_opens;
pub(crate) use pairs::Pairs;

pub use author::{Author, Qualifier, act_author, act_qualifier};
pub(crate) use block::POINT_LETTER;
pub use block::block_values;
pub(crate) use date::EITHER_YEAR;
pub(crate) use date::RELATIVE_YEAR;
pub(crate) use date::{DATE_ANAPHOR, ERA, date_of_number, day_number};
pub(crate) use questions::QUESTION_CODE;
pub(crate) use ratio::MULTIPLIER;
pub(crate) use tables::DIGIT;
pub(crate) use verbatim::{DATE_FORMAT, TABLE_LETTER, VERBATIM};

mod author;
mod block;
mod cell_marks;
mod classes;
mod code;
mod conformity;
mod coords;
mod date;
mod digit_dates;
mod entries;
mod figure_units;
mod idents;
mod legal;
mod maths;
mod money_units;
mod month_dates;
mod names;
mod notation;
mod number;
mod pairs;
mod pattern;
mod points;
mod questions;
mod ratio;
mod scientific;
mod standards;
mod swar;
pub(crate) mod tables;
mod time;
mod units;
pub(crate) mod url;
mod verbatim;
mod whichever;
mod word_ranges;
mod words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// A plain number, amount, percentage, ordinal, fraction or range.
    Number,
    /// A date, month, year, date range, quarter or half-year.
    Date,
    /// A reference to an act, article, Commission document, OJ issue, ELI or CELEX.
    Legal,
    /// A URL or e-mail address.
    Url,
    /// A country named by its name or adjective (`Latvia`, `Lettlands`, `Croatian`), optional:
    /// compared sentence by sentence, never reported alone.
    Name,
}

impl ValueKind {
    /// Which kind wins when two candidates cover the same text: the more specific one.
    fn priority(self) -> u8 {
        match self {
            ValueKind::Url => 4,
            ValueKind::Legal => 3,
            ValueKind::Date => 2,
            ValueKind::Number => 1,
            ValueKind::Name => 0,
        }
    }
}

/// A value found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Value {
    pub kind: ValueKind,
    /// Byte range in the text it was extracted from.
    pub span: Range<usize>,
    /// The canonical form; equal keys mean equal values whatever the language.
    pub key: String,
    /// A readable rendering of the normalised value (`81 000 000 000 EUR`).
    pub display: String,
    /// A secondary detail that does not change what the value points to but may still be
    /// worth a note when it differs (the page range of an OJ reference: `pp. 24–32` vs `s. 24`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A reading that may be wrong (`andra` is "second" or "other"): it pairs with an equal
    /// value on the other side but is never reported when it has none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// The period a rate is given per (`1 600 crossings per second`, `15 arbetsdagar per år`,
    /// `EUR 15 per vehicle per month`): a unit of time, or a basis other than a period
    /// (`500 mg per portion`: `serving`; `per capita`: `person`), compared where both versions
    /// name one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    /// The direction of the bound a relation word before the figure sets (`at least 30 %`,
    /// `högst 30 %`, `p < 0,01`), or a relation phrase around a date (`on or after 1 June
    /// 2025`, `senast den 1 juni 2025`, `den 1 juni 2025 eller senare`), compared where both
    /// versions name one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// How the relation word before a figure holds it to its bound, besides the direction:
    /// leaving the figure out (`more than 50 %`) or taking it in (`at least 50 %`), just short of
    /// or past it (`knappt`, `drygt`), or giving the figure roughly with no bound (`about`,
    /// `cirka`), compared where both versions name one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// A sign written before a figure that its key does not hold: `+` (`+5 °C`) or both signs
    /// (`±5 °C`, `+/- 5`, `plus or minus 5`), compared where both versions write one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign: Option<Sign>,
    /// The direction of the change a figure measures, as a word of change right before it
    /// (`fell by 16.4%`, `en ökning med 16,4 %`) or right after it (`1.4% more`, `5 %
    /// lägre`) names it, compared where both versions name one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// The direction of a change a figure measures: a rise (`increased by`, `ökade med`, `more`)
/// or a fall (`a fall of`, `en minskning med`, `fewer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// The figure is an increase: `rose by`, `a 5% increase`, `ökningen med`, `högre`.
    Rise,
    /// The figure is a decrease: `fell by`, `16.4% fewer`, `minskade med`, `lägre`.
    Fall,
    /// The figure is the step a value is rounded up to: `rounded up to the nearest 0.001`,
    /// `avrundat uppåt till närmaste 0,001`.
    RoundUp,
    /// The figure is the step a value is rounded down to: `rounded down to the nearest EUR
    /// 10 000`, `avrundas nedåt till närmaste 10 000 EUR`.
    RoundDown,
    /// The figure is a length of time counted back from an event: `two days before the
    /// ex-date`, `sex månader innan`.
    Earlier,
    /// The figure is a length of time counted on from an event: `two years after its entry
    /// into force`, `tre månader efter anmälan`.
    Later,
    /// The figure is the level a rise reaches: `increased to 5.38%`, `höjs då till 5,38 %`.
    #[serde(rename = "rise-to")]
    RiseTo,
    /// The figure is the level a fall reaches: `fell to 5%`, `sänks till 5 %`.
    #[serde(rename = "fall-to")]
    FallTo,
}

impl Change {
    /// How a message names the direction (`a rise`).
    pub fn name(self) -> &'static str {
        match self {
            Change::Rise => "a rise",
            Change::Fall => "a fall",
            Change::RoundUp => "rounded up",
            Change::RoundDown => "rounded down",
            Change::Earlier => "a length before an event",
            Change::Later => "a length after an event",
            Change::RiseTo => "the level a rise reaches",
            Change::FallTo => "the level a fall reaches",
        }
    }

    /// The direction alone, whether the figure is the change or the level it reaches: a rise
    /// by 5% and a rise to 5% go the same way (which of the two a figure is, is compared
    /// apart).
    pub fn direction(self) -> Change {
        match self {
            Change::RiseTo => Change::Rise,
            Change::FallTo => Change::Fall,
            other => other,
        }
    }
}

/// A sign before a figure that its key leaves out (a minus is in the key, `num:-5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sign {
    /// `+5`: the figure above zero, or a rise.
    Plus,
    /// `±5`, `+/-5`, `plus or minus 5`: a margin either way.
    PlusMinus,
}

impl Sign {
    /// How a message writes the sign.
    pub fn symbol(self) -> &'static str {
        match self {
            Sign::Plus => "+",
            Sign::PlusMinus => "±",
        }
    }
}

/// How a relation word holds a figure to the bound it names, besides its direction
/// ([`Bound`]): two versions that name the same direction may still name different limits
/// (`more than 50 %` against `minst 50 %`: a candidate with exactly half the votes is elected
/// in one and not in the other).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The figure itself is left out: `more than`, `less than`, `below`, `mer än`, `under`,
    /// `överstiger`, `<`.
    Strict,
    /// The figure itself is in: `at least`, `up to`, `not more than`, `minst`, `högst`, `≤`,
    /// `or more`, `eller mindre`.
    Inclusive,
    /// Just short of or just past the figure, on the side of the bound's direction: `almost`,
    /// `just over`, `knappt`, `drygt`. Near the figure as an approximation is, and as a bound
    /// of either kind may be written: alike to every other relation.
    Near,
    /// The figure given roughly, on either side, with no bound: `about`, `around`, `cirka`,
    /// `omkring`. Alike to a near bound, not to a strict or an inclusive one.
    About,
}

impl Relation {
    /// Whether the two relations name different limits: a strict bound and an inclusive one,
    /// or an approximation and a bound that is not near.
    pub fn differs_from(self, other: Relation) -> bool {
        use Relation::{About, Inclusive, Strict};
        matches!(
            (self, other),
            (Strict, Inclusive)
                | (Inclusive, Strict)
                | (About, Strict | Inclusive)
                | (Strict | Inclusive, About)
        )
    }

    /// The relation a negation makes of this one: `not more than` takes the figure in, `not
    /// at least` leaves it out; a near or rough figure negated names no clear limit.
    pub fn reversed(self) -> Option<Relation> {
        match self {
            Relation::Strict => Some(Relation::Inclusive),
            Relation::Inclusive => Some(Relation::Strict),
            Relation::Near | Relation::About => None,
        }
    }

    /// How a message names the relation of a figure bound in `bound`'s direction (`a strict
    /// lower bound`, `an approximation`).
    pub fn name(self, bound: Option<Bound>) -> String {
        let direction = match bound.map(Bound::direction) {
            Some(Bound::Lower) => "lower bound",
            Some(_) => "upper bound",
            None => "bound",
        };
        match self {
            Relation::Strict => format!("a strict {direction}"),
            Relation::Inclusive => format!("an inclusive {direction}"),
            Relation::Near => format!("a near {direction}"),
            Relation::About => "an approximation".to_string(),
        }
    }
}

/// The direction of a bound a figure or a date sets: `at most`, `under`, `<`, `senast` (upper)
/// or `at least`, `över`, `≥`, `tidigast` (lower). Strict and non-strict relations of a figure
/// are one direction (`more than 20` and `minst 20`), which its [`Relation`] tells apart; a
/// date's end that may leave its day out is told apart ([`Bound::Before`]), as the
/// other version may name the day before as the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// The figure is a ceiling: `at most`, `less than`, `högst`, `understiger`, `≤`, `<`; the
    /// date is a deadline: `on or before`, `no later than`, `by`, `senast`.
    Upper,
    /// The figure is a floor: `at least`, `more than`, `minst`, `överstiger`, `≥`, `>`; the
    /// date is a start or a day after it: `on or after`, `after`, `tidigast`, `eller senare`.
    Lower,
    /// The date ends a period that leaves the day itself out: `before 1 July 2025`, `prior
    /// to`, `före den 1 juli`. An upper bound, the same limit as the day before named as the
    /// last day (`till och med den 30 juni`).
    Before,
    /// The date is the last day of a period, in it: `until`, `up to and including`, `till och
    /// med`, `fram till`. An upper bound, told apart from a deadline only against the first
    /// day of a period ([`Bound::From`]).
    Until,
    /// The date is the first day of a period, in it: `from`, `från och med`. A lower bound,
    /// compared only with the last day of a period ([`Bound::Until`]): a version may name as
    /// the deadline it sets the day from which an obligation applies (`from 1 June 2025,
    /// Member States shall ensure` = `senast den 1 juni 2025 ska medlemsstaterna se till`).
    From,
}

impl Bound {
    /// The direction alone: [`Bound::Upper`] for [`Bound::Before`] and [`Bound::Until`],
    /// [`Bound::Lower`] for [`Bound::From`].
    pub fn direction(self) -> Bound {
        match self {
            Bound::Before | Bound::Until => Bound::Upper,
            Bound::From => Bound::Lower,
            direction => direction,
        }
    }

    /// Whether two dates' bounds of opposite directions say so for sure: the first day of a
    /// period only against the last day of one (`from 17 July 2030` against `till och med den
    /// 17 juli 2030`) or the day a period ends before (`within 36 months of 1 April 2029`
    /// against `inom 36 månader före den 1 april 2029`), as the other version may name it as
    /// a deadline (`senast`).
    pub fn contradicts(self, other: Bound) -> bool {
        self.direction() != other.direction()
            && match (self, other) {
                (Bound::From, other) | (other, Bound::From) => matches!(other, Bound::Until | Bound::Before),
                _ => true,
            }
    }

    /// The bound a negation makes of this one: `not more than` is at most, `shall not be less
    /// than` at least.
    pub fn reversed(self) -> Bound {
        match self {
            Bound::Lower | Bound::From => Bound::Upper,
            Bound::Upper | Bound::Before | Bound::Until => Bound::Lower,
        }
    }

    /// How a message names the direction (`an upper bound`).
    pub fn name(self) -> &'static str {
        match self.direction() {
            Bound::Lower => "a lower bound",
            _ => "an upper bound",
        }
    }
}

impl Value {
    /// Builds a value; the extractors call this for every candidate.
    pub(crate) fn new(
        kind: ValueKind,
        span: Range<usize>,
        key: impl Into<String>,
        display: impl Into<String>,
    ) -> Value {
        Value {
            kind,
            span,
            key: key.into(),
            display: display.into(),
            detail: None,
            optional: false,
            per: None,
            bound: None,
            relation: None,
            sign: None,
            change: None,
        }
    }

    /// The shape of the value: the part of the key before the first `:` (`num`, `ord`, `act`).
    pub fn shape(&self) -> &str {
        self.key.split(':').next().unwrap_or("")
    }

    /// The act an identifier points to, as `YYYY/N`, whatever the way of citing it: an act
    /// number (`Regulation (EU) 2024/1351`), an ELI (`…/eli/reg/2024/1351/oj`), a CELEX
    /// number (`32024R1351`) or an OJ link (`uri=OJ:L_202401351`). Two versions that cite
    /// one act in different ways cite the same act.
    pub fn act_id(&self) -> Option<String> {
        let key = self.key.as_str();
        let tidy = |year: &str, number: &str| -> Option<String> {
            let number = number.trim_start_matches('0');
            let ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && !number.is_empty();
            ok.then(|| format!("{year}/{number}"))
        };
        if let Some(rest) = key.strip_prefix("act:") {
            let (year, number) = rest.rsplit(':').next()?.split_once('/')?;
            // Old-style numbers are written number/year.
            return if year.len() == 4 { tidy(year, number) } else { tidy(number, year) };
        }
        if let Some(rest) = key.strip_prefix("eli:") {
            let mut parts = rest.split('/').skip(1);
            return tidy(parts.next()?, parts.next()?);
        }
        if let Some(rest) = key.strip_prefix("celex:") {
            let body = rest.get(1..)?;
            let year = body.get(..4)?;
            let number: String = body.get(5..)?.chars().take_while(char::is_ascii_digit).collect();
            return tidy(year, &number);
        }
        if self.kind == ValueKind::Url {
            let at = key.find("uri=oj:l_").or_else(|| key.find("uri=OJ:L_"))?;
            let digits: String = key.get(at + 9..)?.chars().take_while(char::is_ascii_digit).collect();
            return tidy(digits.get(..4)?, digits.get(4..)?);
        }
        None
    }

    /// The text the value was extracted from, if `text` is that text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or("")
    }
}

/// Extracts the values of `text`, ordered by span start, non-overlapping.
///
/// Every extractor proposes candidates; the longest candidate wins an overlap, and a
/// tie goes to the more specific kind (URL, then legal, date, number). So
/// `EUR 81 billion` is one amount, `Regulation (EU) 2024/1351` one legal value, and
/// the year of `14 May 2024` belongs to the date.
///
/// ```
/// use tvilling::text::Lang;
/// use tvilling::values::extract;
/// let en = extract("EUR 81 billion in 2024", Lang::En);
/// let sv = extract("81 miljarder euro under 2024", Lang::Sv);
/// let keys = |values: &[tvilling::values::Value]| {
///     values.iter().map(|value| value.key.clone()).collect::<Vec<_>>()
/// };
/// assert_eq!(keys(&en), keys(&sv));
/// ```
pub fn extract(text: &str, lang: Lang) -> Vec<Value> {
    // The thread's buffers, taken for this text (a nested call would find empty ones).
    let mut scratch = SCRATCH.take();
    let values = extract_with(text, lang, &mut scratch);
    SCRATCH.set(scratch);
    values
}

/// Buffers of one thread's extractions kept from text to text: every text needs the same
/// few lists, and reusing them spares their allocations, several per text.
#[derive(Default)]
struct Scratch {
    candidates: Vec<Value>,
    order: Vec<Ranked>,
    chosen: Vec<(Range<usize>, usize)>,
    /// Room for the lower-cased text of [`Lower`].
    lower: String,
    /// Room for the byte pairs of the text.
    pairs: Pairs,
    /// Room for the capitals, digits and wide characters of the text.
    masks: swar::ByteMasks,
    words: words::Room,
    /// Numbers whose value is written only if they are kept (see [`number::find_deferred`]).
    deferred: Vec<(usize, number::Quantity)>,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = const {
        std::cell::Cell::new(Scratch {
            candidates: Vec::new(),
            order: Vec::new(),
            chosen: Vec::new(),
            lower: String::new(),
            pairs: Pairs::new(),
            masks: swar::ByteMasks::new(),
            words: words::Room::new(),
            deferred: Vec::new(),
        })
    };
}

fn extract_with(text: &str, lang: Lang, scratch: &mut Scratch) -> Vec<Value> {
    // Blocks with no text (a rule, an image, a table's frame) are common, and every reader's
    // setup would cost more than they hold.
    if text.trim_start().is_empty() {
        return Vec::new();
    }
    let candidates = &mut scratch.candidates;
    candidates.clear();
    scratch.deferred.clear();
    let mut masks = std::mem::take(&mut scratch.masks);
    masks.read(text.as_bytes());
    let first_digit = masks.first_digit();
    scratch.pairs.read(text.as_bytes());
    let lower = Lower::with_room(text, std::mem::take(&mut scratch.lower), &scratch.pairs);
    let pairs = lower.pairs();
    url::find(text, pairs, candidates);
    url::dois(text, pairs, candidates);
    code::datasets(text, candidates);
    verbatim::date_formats(text, candidates);
    verbatim::braced(text, candidates);
    verbatim::table_letters(text, lang, pairs, candidates);
    if memchr::memchr(b'|', text.as_bytes()).is_some() {
        code::currency_cells(text, candidates);
        figure_units::column_units(text, lang, candidates);
        figure_units::cell_units(text, candidates);
        figure_units::money_rate_cells(text, lang, candidates);
        cell_marks::find(text, lang, candidates);
    } else if text.trim_end().ends_with(')') {
        figure_units::caption_units(text, lang, candidates);
    }
    figure_units::named_units(text, lang, pairs, candidates);
    figure_units::price_bases(text, lang, pairs, candidates);
    units::find(text, lang, &lower, candidates);
    classes::find(text, lang, &lower, candidates);
    classes::bounded_grades(text, lang, &lower, candidates);
    classes::emission_classes(text, &lower, candidates);
    classes::protection_types(text, lang, &lower, candidates);
    classes::fire_classes(text, candidates);
    money_units::find(text, lang, &lower, candidates);
    legal::act_types(text, lang, pairs, candidates);
    legal::inserted_labels(text, lang, candidates);
    legal::treaties(text, lang, pairs, candidates);
    legal::consolidation_markers(text, pairs, candidates);
    if let Some(first_digit) = first_digit {
        legal::find(text, &lower, lang, candidates);
        entries::find(text, lang, candidates);
        standards::references(text, candidates);
        standards::requests(text, pairs, candidates);
        date::find(text, &lower, lang, candidates);
        date::eras(text, lang, candidates);
        time::find(text, &lower, lang, candidates);
        number::find_deferred(text, lang, first_digit, candidates, &mut scratch.deferred);
        scientific::e_notation(text, first_digit, candidates);
        coords::find(text, lang, candidates);
        // Every code holds a capital beside a digit (`AB1234567`, `C3.R2`, `2B`).
        let capital_digit = masks.capital_beside_digit();
        if capital_digit {
            code::find(text, candidates);
            code::leis(text, candidates);
            code::control_entries(text, candidates);
        }
        code::feed_additives(text, candidates);
        code::dataset_numbers(text, candidates);
        code::graded_figures(text, lang, candidates);
        code::subscript_fractions(text, candidates);
        code::tunnel_codes(text, candidates);
        code::template_codes(text, candidates);
        code::convention_decisions(text, candidates);
        // Also the points of the aviation rules (`145.A.30`), which may hold no such pair.
        code::dotted(text, capital_digit, candidates);
        code::project_months(text, lang, candidates);
        if capital_digit {
            // Before the short codes, which leave its spans: `Q5` is a question's number.
            questions::find(text, lang, candidates);
            code::particulates(text, candidates);
            code::short(text, candidates);
            code::tyre_sizes(text, candidates);
        }
        idents::beside_digits(text, lang, candidates);
        idents::year_numbered(text, candidates);
        points::application_requirements(text, lang, pairs, candidates);
    } else {
        date::months_without_figures(text, &lower, lang, candidates);
    }
    date::this_time_years(text, lang, candidates);
    date::days_of_writing(text, &lower, lang, candidates);
    code::ratings(text, candidates);
    idents::formulas(text, candidates);
    maths::find(text, candidates);
    // After the references whose points they may be.
    points::find(text, lang, pairs, candidates);
    words::find_with(text, lang, candidates, &mut scratch.words);
    words::approximate(text, lang, pairs, candidates);
    words::halves(text, lang, pairs, candidates);
    words::unit_parts(text, lang, pairs, candidates);
    words::counted(text, lang, pairs, candidates);
    words::implicit_counts(text, lang, pairs, candidates);
    words::frequencies(&lower, lang, candidates);
    words::named_shares(text, lang, pairs, candidates);
    words::compound_counts(text, lang, pairs, candidates);
    words::period_values(text, lang, pairs, candidates);
    date::month_compounds(text, lang, pairs, candidates);
    words::ordinal_compounds(text, lang, pairs, candidates);
    whichever::find(text, lang, pairs, candidates);
    whichever::superlatives(text, lang, pairs, candidates);
    whichever::second_ranks(text, lang, pairs, candidates);
    conformity::find(text, lang, pairs, candidates);
    copies(text, lang, pairs, candidates);
    last_parts(text, lang, pairs, candidates);
    time::named_hours(text, lang, pairs, candidates);
    time::named_weekdays(text, lang, pairs, candidates);
    let mut values = resolve_in(candidates, &scratch.deferred, &mut scratch.order, &mut scratch.chosen);
    scratch.deferred.clear();
    legal::formula_labels(text, &lower, lang, &mut values);
    legal::paragraph_points(text, lang, &mut values);
    legal::repeated_paragraphs(text, &mut values);
    legal::act_abbreviations(text, lang, &mut values);
    word_ranges::join(text, lang, &mut values);
    ratio::join(text, lang, pairs, &mut values);
    period_lists(text, lang, &mut values);
    unit_compounds(text, lang, &mut values);
    words::full_time_shares(text, lang, pairs, &mut values);
    cents(text, lang, &mut values);
    rate_bases(text, &mut values);
    ratio::counts_of_shares(text, &mut values);
    scientific::powers_of_ten(text, &mut values);
    optional_figures(text, lang, &mut values);
    counts_of_years_back(text, lang, &mut values);
    amounts_referred_back(text, lang, &mut values);
    struck_pairs(text, &mut values);
    if memchr::memchr(b'|', text.as_bytes()).is_some() {
        figure_units::row_percentages(text, lang, &mut values);
        notation::row_labels(text, &mut values);
    }
    weekdays(text, lang, &mut values);
    figure_units::mark(text, lang, &mut values);
    figure_units::join_lengths(text, lang, &mut values);
    if values.len() > 1 {
        date::months_to(text, lang, &mut values);
    }
    // An E number, a day from `D` and a degree sign each need their letter or sign.
    if memchr::memchr3(b'E', b'D', 0xB0, text.as_bytes()).is_some() {
        notation::read(text, &mut values);
    }
    // Last, beside the values the passes above read side by side.
    names::countries(text, lang, &masks, &mut values);
    names::country_codes(text, lang, &masks, &mut values);
    names::organisations(text, lang, pairs, &mut values);
    scratch.lower = lower.into_room();
    scratch.masks = masks;
    values
}

/// A figure glued by a hyphen to a compound whose first part names its unit is a figure of
/// that unit, optional as every figure that starts a hyphenated modifier is ([`optional_figures`]):
/// a percentage (`70-procentsmålet` = `the 70% target` = `a 70-percent target`, `pct:70`),
/// percentage points (`2-procentenhetsgränsen`), or an amount (`100-eurosedeln` = `the €100
/// banknote` = `a 100-euro note`, `amount:EUR:100`; `20-kronorssedeln`; `1-centsmynt`, euro
/// cents in euro as [`cents`] gives them). The heads are `unit_compound_heads` in `tables/`;
/// a word that only starts like one (`95-percentilen`, `5-centimeters`) leaves the figure.
fn unit_compounds(text: &str, lang: Lang, values: &mut [Value]) {
    let heads = tables::table(lang).unit_compound_heads;
    for value in values.iter_mut() {
        if value.kind != ValueKind::Number {
            continue;
        }
        let Some(figure) = value.key.strip_prefix("num:") else { continue };
        let Some(word) = text.get(value.span.end..).and_then(|rest| rest.strip_prefix(['-', '\u{2011}']))
        else {
            continue;
        };
        // The longest head that starts the word: `procentil` before `procent`.
        let Some((head, unit)) = heads
            .iter()
            .filter(|(head, _)| word.get(..head.len()).is_some_and(|start| start.eq_ignore_ascii_case(head)))
            .max_by_key(|(head, _)| head.len())
        else {
            continue;
        };
        let (key, display) = match *unit {
            "" => continue,
            "%" => (format!("pct:{figure}"), format!("{} %", value.display)),
            "pp" => (format!("pp:{figure}"), format!("{} pp", value.display)),
            "cent" => {
                let Some(euro) = hundredth(figure) else { continue };
                (format!("amount:EUR:{euro}"), format!("{euro} EUR"))
            }
            code => (format!("amount:{code}:{figure}"), format!("{} {code}", value.display)),
        };
        value.key = key;
        value.display = display;
        value.span.end = text.len() - word.len() + head.len();
        value.optional = true;
    }
}

/// One unit of a currency set equal to an amount of another (`EUR 1 = HUF 391.25`, `HUF
/// 391.25 = EUR 1`) is the base of an exchange rate, which the other version may write
/// without it (`391,25 HUF per euro`): optional. The amount it equals is kept.
fn rate_bases(text: &str, values: &mut [Value]) {
    if memchr::memchr(b'=', text.as_bytes()).is_none() {
        return;
    }
    let is_amount = |value: &Value| value.key.starts_with("amount:");
    let equals = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|between| between.trim_matches(is_space_like) == "=")
    };
    for i in 0..values.len() {
        let value = &values[i];
        if !(is_amount(value) && value.key.ends_with(":1")) {
            continue;
        }
        let next =
            values.get(i + 1).filter(|next| is_amount(next) && equals(value.span.end, next.span.start));
        let previous = i
            .checked_sub(1)
            .and_then(|j| values.get(j))
            .filter(|previous| is_amount(previous) && equals(previous.span.end, value.span.start));
        if next.is_some() || previous.is_some() {
            values[i].optional = true;
        }
    }
}

/// A figure of euro cents (`2 cent`, `5 cents`, `0,2 euro cent`, `5 eurocent`) is the
/// amount in euro it makes (`amount:EUR:0.02`), as the other version may write it
/// (`€0.02`, `EUR 0.002`). `per cent` is a share, read before. So is a range of them
/// (`1,2–1,9 eurocent`, `amount-range:EUR:0.012..0.019`), and a bare figure a range word joins
/// to one, the unit written once after the second bound (`by 1.2 to 1.9 eurocents`, which a
/// word of change keeps apart as two figures).
fn cents(text: &str, lang: Lang, values: &mut [Value]) {
    let joiners = tables::table(lang).range_joiners;
    for index in 0..values.len() {
        let value = &values[index];
        if value.kind == ValueKind::Number
            && let Some((low, high)) = value.key.strip_prefix("num-range:").and_then(|r| r.split_once(".."))
            && let Some(end) = cents_word_end(text, value.span.end)
            && let (Some(low), Some(high)) = (hundredth(low), hundredth(high))
        {
            let value = &mut values[index];
            value.span.end = end;
            value.display = format!("{low}–{high} EUR");
            value.key = format!("amount-range:EUR:{low}..{high}");
            continue;
        }
        let figure = match value.key.strip_prefix("num:").or_else(|| value.key.strip_prefix("amount:EUR:")) {
            Some(figure) if value.kind == ValueKind::Number => figure,
            _ => continue,
        };
        let rest = text.get(value.span.end..).unwrap_or("");
        let mut after = rest.trim_start_matches([' ', '\u{a0}']);
        if after.len() == rest.len() {
            continue;
        }
        // `0,2 euro cent`: the currency the number reader took, or one more word of it.
        if value.key.starts_with("num:") {
            for euro in ["euro ", "EUR "] {
                after = after.strip_prefix(euro).unwrap_or(after);
            }
        }
        let Some(word) = ["eurocents", "eurocent", "cents", "cent"].into_iter().find(|word| {
            after.starts_with(word) && !after[word.len()..].starts_with(|c: char| c.is_alphanumeric())
        }) else {
            continue;
        };
        let Some(euro) = hundredth(figure) else { continue };
        let value = &mut values[index];
        value.span.end = text.len() - after.len() + word.len();
        value.display = format!("{euro} EUR");
        value.key = format!("amount:EUR:{euro}");
        // The bare first bound before a range word (`1.2 to 1.9 eurocents`).
        let start = value.span.start;
        if let Some(previous) = index.checked_sub(1).and_then(|i| values.get_mut(i))
            && previous.kind == ValueKind::Number
            && !previous.optional
            && let Some(first) = previous.key.strip_prefix("num:").and_then(hundredth)
            && text.get(previous.span.end..start).is_some_and(|between| {
                let between = between.trim_matches([' ', '\u{a0}']);
                joiners.contains(&between) || matches!(between, "-" | "–")
            })
        {
            previous.display = format!("{first} EUR");
            previous.key = format!("amount:EUR:{first}");
        }
    }
}

/// Where the word of euro cents after a space from `at` ends (`eurocent` of `1,2–1,9
/// eurocent`), if one follows.
fn cents_word_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    if after.len() == rest.len() {
        return None;
    }
    let word = ["eurocents", "eurocent", "cents", "cent"].into_iter().find(|word| {
        after.starts_with(word) && !after[word.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    Some(text.len() - after.len() + word.len())
}

/// A decimal figure divided by a hundred, in the canonical form of keys (`2` → `0.02`,
/// `150` → `1.5`, `0.2` → `0.002`).
pub(crate) fn hundredth(figure: &str) -> Option<String> {
    let (whole, fraction) = figure.split_once('.').unwrap_or((figure, ""));
    if whole.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let padded = format!("{whole:0>3}");
    let (head, tail) = padded.split_at(padded.len() - 2);
    let head = head.trim_start_matches('0');
    let fraction = format!("{tail}{fraction}");
    let fraction = fraction.trim_end_matches('0');
    let head = if head.is_empty() { "0" } else { head };
    Some(if fraction.is_empty() { head.to_string() } else { format!("{head}.{fraction}") })
}

/// Quarters and halves listed before the one that names their year share it: `Q3 and Q4
/// 2025`, `H1 and H2 2026`, `tredje och fjärde kvartalet 2025`, `the third and fourth quarters
/// of 2025`, `Q1 to Q3 2025` are each two periods of 2025, as the other version may write
/// them apart (`Q3 2025 and Q4 2025`). A yearless quarter (`Q3`) or half (`H1`), or an
/// ordinal (`tredje`, `third`) within the count of the periods, joined by a list word, a
/// comma or a range to a period with its year, takes that year.
fn period_lists(text: &str, lang: Lang, values: &mut Vec<Value>) {
    let lang_table = tables::table(lang);
    let joined = |a: &Value, b: &Value| {
        let Some(between) = text.get(a.span.end..b.span.start) else { return false };
        let word = between.trim_matches(|c: char| c.is_whitespace() || is_space_like(c));
        matches!(word, "," | "\u{2013}" | "-")
            || word.len() < between.len()
                && lang_table
                    .list_joiners
                    .iter()
                    .chain(lang_table.range_bare_joiners)
                    .any(|w| w.eq_ignore_ascii_case(word))
    };
    // The period of a key with its year: (`quarter`, `2025`, `Q`).
    let period = |key: &str| {
        let (kind, rest) = key.split_once(':')?;
        let (year, mark) = rest.split_once('-')?;
        let letter = match kind {
            "quarter" => 'Q',
            "half" => 'H',
            _ => return None,
        };
        (year.len() == 4 && mark.starts_with(letter)).then(|| (kind.to_string(), year.to_string(), letter))
    };
    let ordinal = |value: &Value| value.key.strip_prefix("ord:").and_then(|n| n.parse::<u32>().ok());
    // The period a plural names before its year (`quarters of`, `kvartalen`).
    let plural = |between: &str| {
        lang_table
            .plural_periods
            .iter()
            .find_map(|(words, kind)| between.trim().eq_ignore_ascii_case(words).then_some(*kind))
    };
    // The value of period `count` of `year` (`quarter:2025-Q3`).
    let period_value = |span: Range<usize>, kind: &str, year: &str, count: u32| {
        let letter = if kind == "quarter" { 'Q' } else { 'H' };
        Value::new(
            ValueKind::Date,
            span,
            format!("{kind}:{year}-{letter}{count}"),
            format!("{year}-{letter}{count}"),
        )
    };
    // `the first three quarters of 2026`, `de tre första kvartalen 2026`: the first and the
    // last quarter of the count, as `Q1 to Q3 2026` gives them.
    let mut at = 0;
    while at + 2 < values.len() {
        let (a, b, year) = (&values[at], &values[at + 1], &values[at + 2]);
        let count = |v: &Value| v.key.strip_prefix("num:").and_then(|n| n.parse::<u32>().ok());
        let first_and_count = match (ordinal(a), count(a), ordinal(b), count(b)) {
            (Some(1), _, _, Some(n)) | (_, Some(n), Some(1), _) => Some(n),
            _ => None,
        };
        let quarters = text.get(b.span.end..year.span.start).and_then(plural) == Some("quarter");
        if let Some(n) = first_and_count.filter(|n| (2..=4).contains(n))
            && quarters
            && text.get(a.span.end..b.span.start).is_some_and(|gap| gap.trim().is_empty())
            && let Some(digits) = year.key.strip_prefix("year:").map(str::to_string)
        {
            let (first, last) = (a.span.start..b.span.end, b.span.end..year.span.end);
            values[at] = period_value(first, "quarter", &digits, 1);
            values[at + 1] = period_value(last, "quarter", &digits, n);
            values.remove(at + 2);
        }
        at += 1;
    }
    let mut at = values.len().saturating_sub(1);
    while at > 0 {
        at -= 1;
        // `the first and second halves of 2025`: `halves` names the periods, no share.
        if values.get(at + 1).is_some_and(|half| {
            half.optional && text.get(half.span.clone()).is_some_and(|w| w.eq_ignore_ascii_case("halves"))
        }) && ordinal(&values[at]).is_some()
        {
            values.remove(at + 1);
        }
        // `the third and fourth quarters of 2025`: the last ordinal with the plural and the
        // year after it is the last period.
        if let (Some(last), Some(year)) = (values.get(at), values.get(at + 1))
            && at > 0
            && let Some(count) = ordinal(last)
            && let Some(digits) = year.key.strip_prefix("year:")
            && joined(&values[at - 1], last)
            && ordinal(&values[at - 1]).is_some()
            && let Some(kind) = text.get(last.span.end..year.span.start).and_then(plural)
            && count <= if kind == "quarter" { 4 } else { 2 }
        {
            values[at] = period_value(last.span.start..year.span.end, kind, digits, count);
            values.remove(at + 1);
        }
        let (Some(value), Some(next)) = (values.get(at), values.get(at + 1)) else { continue };
        let Some((kind, year, letter)) = period(&next.key) else { continue };
        if !joined(value, next) {
            continue;
        }
        let written = text.get(value.span.clone()).unwrap_or("");
        let count = match value.key.split_once(':') {
            // `Q3 and Q4 2025`, `H1 and H2 2026`.
            Some(("quarter" | "code", mark)) if mark.len() == 2 && mark.starts_with(letter) => {
                mark[1..].parse::<u32>().ok()
            }
            // `tredje och fjärde kvartalet 2025`: an ordinal before a period written in words,
            // the ordinals in words or in digits with their ending (`3:e–4:e kvartalet 2025`,
            // `the 3rd and 4th quarters`), not a figure with a full stop (`3.`) nor before a
            // period's code (`Q4 2025`, `2025-Q4`).
            _ if text.get(next.span.clone()).is_some_and(|w| {
                let mut bytes = w.bytes();
                let (first, second) = (bytes.next(), bytes.next());
                w.starts_with(char::is_alphabetic) && !w.starts_with(letter)
                    || first.is_some_and(|b| matches!(b, b'1'..=b'4'))
                        && second.is_some_and(|b| !b.is_ascii_digit())
            }) =>
            {
                ordinal(value).filter(|_| {
                    written.starts_with(char::is_alphabetic)
                        || written.starts_with(|c: char| c.is_ascii_digit())
                            && written.ends_with(char::is_alphabetic)
                })
            }
            _ => None,
        };
        let Some(count) = count.filter(|&n| n >= 1 && n <= if letter == 'Q' { 4 } else { 2 }) else {
            continue;
        };
        values[at] = period_value(value.span.clone(), &kind, &year, count);
    }
}

/// The day of the week named right before a date (`Friday 13 November 2026`, `Friday, 13
/// November`, `fredagen den 13 november 2026`), abbreviated too (`Fri 13 Nov 2026`, `fre. 13
/// nov. 2026`): the date's `detail`, its English name, so that the check compares it where both
/// versions name one; the weekday read alone there (`weekday:5`) is left out, as the date says
/// it.
fn weekdays(text: &str, lang: Lang, values: &mut Vec<Value>) {
    let lang_table = tables::table(lang);
    // Where the weekdays that dates took begin.
    let mut taken: Vec<usize> = Vec::new();
    for value in values.iter_mut() {
        if value.kind != ValueKind::Date
            || value.detail.is_some()
            || !(value.key.starts_with("date:") || value.key.starts_with("day:"))
        {
            continue;
        }
        let head = text.get(..value.span.start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
        // The Swedish `den` before the day, when the date's span leaves it out.
        let head = lang_table
            .date_prefixes
            .iter()
            .find_map(|prefix| {
                let start = head.len().checked_sub(prefix.len())?;
                (head.get(start..)?.eq_ignore_ascii_case(prefix)
                    && !char_before(head, start).is_some_and(char::is_alphanumeric))
                .then(|| head.get(..start).unwrap_or(""))
            })
            .unwrap_or(head)
            .trim_end_matches([' ', '\u{a0}', ',']);
        // An abbreviated name may end in a full stop (`tors.`).
        let word_start = letters_start(head, head.strip_suffix('.').map_or(head.len(), str::len));
        let word = head.get(word_start..).unwrap_or("");
        if let Some(day) = weekday_named(word, lang_table) {
            value.detail = Some(day.to_string());
            taken.push(word_start);
        }
    }
    if !taken.is_empty() {
        values.retain(|value| !(value.key.starts_with("weekday:") && taken.contains(&value.span.start)));
    }
}

/// The English name of the day of the week that `word` names, in full in any case
/// (`Monday`, `måndagen`) or abbreviated (`Thu`, `tors.`, `TORS`, see
/// [`LangTable::weekday_abbreviations`](tables::LangTable::weekday_abbreviations)).
pub(crate) fn weekday_named(word: &str, lang_table: &tables::LangTable) -> Option<&'static str> {
    if let Some((_, day)) =
        lang_table.weekdays.iter().find(|(name, _)| with_lowercase(word, |word| word == *name))
    {
        return Some(day);
    }
    let word = word.strip_suffix('.').unwrap_or(word);
    // As the table writes it, with a capital, or in capitals (`tors`, `Tors`, `TORS`; `Thu`,
    // `THU`, not `thu`).
    let written = |entry: &str| {
        let (mut letters, mut entry_letters) = (word.chars(), entry.chars());
        let (Some(first), Some(entry_first)) = (letters.next(), entry_letters.next()) else {
            return false;
        };
        let (rest, entry_rest) = (letters.as_str(), entry_letters.as_str());
        let capital = first.is_uppercase() && entry_first.to_uppercase().eq(std::iter::once(first));
        (first == entry_first || capital)
            && (rest == entry_rest
                || capital && entry_rest.chars().flat_map(char::to_uppercase).eq(rest.chars()))
    };
    lang_table.weekday_abbreviations.iter().find(|(entry, _)| written(entry)).map(|(_, day)| *day)
}

/// A figure struck out and the figure written in its place, as a compromise text marks them
/// (`~~90%~~ **85%**`, `~~90~~ **85** viktprocent`, `EUR ~~0.15~~ **0.10**`): one unit, written
/// once or twice, covers both, so a bare figure of the pair takes the other's per cent or
/// currency, or the currency's code before the pair.
fn struck_pairs(text: &str, values: &mut [Value]) {
    let markup = |c: char| matches!(c, '~' | '*' | ' ' | '\u{a0}');
    for k in 1..values.len() {
        let (first, second) = (&values[k - 1], &values[k]);
        let Some(gap) = text.get(first.span.end..second.span.start) else { continue };
        if first.kind != ValueKind::Number
            || second.kind != ValueKind::Number
            || !gap.contains("~~")
            || !gap.chars().all(markup)
        {
            continue;
        }
        // The unit of a key (`pct`, `amount:EUR`) and its figure.
        let split =
            |key: &str| key.rsplit_once(':').map(|(unit, figure)| (unit.to_string(), figure.to_string()));
        let (Some((first_unit, first_figure)), Some((second_unit, second_figure))) =
            (split(&first.key), split(&second.key))
        else {
            continue;
        };
        // A currency's code before the struck figure's markup (`EUR ~~0.15~~`).
        let head = text.get(..first.span.start).unwrap_or("").trim_end_matches(markup);
        let code = head
            .get(head.len().saturating_sub(3)..)
            .filter(|code| tables::CURRENCY_CODES.contains(&code.as_bytes()))
            .filter(|_| !char_before(head, head.len().saturating_sub(3)).is_some_and(char::is_alphanumeric));
        let unit = match (first_unit.as_str(), second_unit.as_str()) {
            ("num", "num") => match code {
                Some(code) => format!("amount:{code}"),
                None => continue,
            },
            ("num", unit) | (unit, "num") if unit == "pct" || unit.starts_with("amount:") => unit.to_string(),
            _ => continue,
        };
        for (value, figure) in [(k - 1, first_figure), (k, second_figure)] {
            if let Some(value) = values.get_mut(value)
                && value.key.starts_with("num:")
            {
                value.key = format!("{unit}:{figure}");
            }
        }
    }
}

/// The cells of a table row as the parser writes it (` | ` between cells), each with the byte
/// it starts at: the text between two bars, or between a bar and an end of the text, spaces
/// kept.
pub(crate) fn row_cells(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut cell_start = 0;
    memchr::memchr_iter(b'|', text.as_bytes()).chain(std::iter::once(text.len())).filter_map(move |end| {
        let start = std::mem::replace(&mut cell_start, end + 1);
        text.get(start..end).map(|cell| (start, cell))
    })
}

/// Finders of every word of one list of the language tables, one list per language (index
/// with [`lang_index`]), for a `static` built on first use: see `finder!`.
pub(crate) fn table_finders(
    words: fn(&'static tables::LangTable) -> &'static [&'static str],
) -> [Vec<memchr::memmem::Finder<'static>>; 2] {
    [Lang::En, Lang::Sv].map(|lang| {
        words(tables::table(lang))
            .iter()
            .map(|word| memchr::memmem::Finder::new(word.as_bytes()).into_owned())
            .collect()
    })
}

/// A word of a language table with what it stands for, and a finder of the word.
pub(crate) type KeyedFinder<T> = (memchr::memmem::Finder<'static>, &'static str, T);

/// Finders of every word of one list of words with what each stands for (`("års", "year")`),
/// one list per language, for a `static` built on first use, as [`table_finders`].
pub(crate) fn keyed_table_finders<T: Copy + 'static>(
    entries: fn(&'static tables::LangTable) -> &'static [(&'static str, T)],
) -> [Vec<KeyedFinder<T>>; 2] {
    [Lang::En, Lang::Sv].map(|lang| {
        entries(tables::table(lang))
            .iter()
            .map(|&(word, meaning)| {
                (memchr::memmem::Finder::new(word.as_bytes()).into_owned(), word, meaning)
            })
            .collect()
    })
}

/// The index of a language in the per-language arrays of finders.
pub(crate) fn lang_index(lang: Lang) -> usize {
    usize::from(lang == Lang::Sv)
}

/// The last of the numbered parts of a legal text (`the last sentence of recital 27`, `sista
/// meningen i skäl 27`, `the last subparagraph`): an ordinal of its own, `ord:last`, which
/// differs from `first` or `second` before the same part (`första meningen`). The last part of
/// a period (`the last working day of each month`, `sista arbetsdagen i varje månad`) is one
/// too, optional as `first` before it is: `last month` may be the one before (`förra
/// månaden`), and the other version may name the day otherwise (`at the end of each month`).
fn last_parts(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            [Lang::En, Lang::Sv].map(|lang| memchr::memmem::Finder::new(tables::table(lang).last_word))
        });
    let lang_table = tables::table(lang);
    let word = lang_table.last_word;
    let bytes = text.as_bytes();
    for at in pairs.find_all(&FINDERS[lang_index(lang)], bytes) {
        let end = at + word.len();
        let starts_word = at == 0
            || text.get(..at).and_then(|head| head.chars().next_back()).is_some_and(|c| !c.is_alphanumeric());
        let Some(rest) = text.get(end..) else { continue };
        let words = rest.trim_start_matches([' ', '\u{a0}']);
        if !starts_word || words.len() == rest.len() {
            continue;
        }
        let noun_end = words.find(|c: char| !c.is_alphabetic()).unwrap_or(words.len());
        let noun = words.get(..noun_end).unwrap_or("").to_lowercase();
        if lang_table.ordinal_nouns.contains(&noun.as_str()) {
            out.push(Value::new(ValueKind::Number, at..end, "ord:last", "last"));
        } else if lang_table.last_period_nouns.iter().any(|phrase| starts_with_word(words, phrase)) {
            let mut value = Value::new(ValueKind::Number, at..end, "ord:last", "last");
            value.optional = true;
            out.push(value);
        }
    }
}

/// The copies in which an agreement is done, which English writes without a number (`Done at
/// Brussels … in duplicate`, `in triplicate`) and Swedish with one (`i två exemplar`): an
/// optional count, so that the Swedish figure has its counterpart.
fn copies(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    if lang != Lang::En {
        return;
    }
    // Both phrases hold `uplicate` or `iplicate`: one finder of `plicate`, built once.
    static PLICATE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("plicate"));
    if pairs.find(&PLICATE, text.as_bytes()).is_none() {
        return;
    }
    for (phrase, count) in [("in duplicate", 2), ("in triplicate", 3)] {
        for at in text.match_indices(phrase).map(|(at, _)| at) {
            let end = at + phrase.len();
            if char_at(text, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let mut value =
                Value::new(ValueKind::Number, at + 3..end, format!("num:{count}"), count.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// Counts in digits that the other language may write with no number read are optional; they
/// still pair with an equal count, and as a changed figure with another. Such are a count that
/// starts a hyphenated modifier (`a 5-year plan`, `en 5-årig plan`), as the other language may
/// glue its number word into one word (`femårsplan`, `five-year`), and a lone `1`, the article
/// of the other language (`within 1 month`, `inom en månad`). So are a count in words in a
/// definite plural that refers back to things named before (`de två sänkningarna`, "those
/// reductions"), which a translation may add or leave out, and a number word that is part of
/// a name, which the other version may quote or translate without it ([`names_a_part`]).
fn optional_figures(text: &str, lang: Lang, values: &mut [Value]) {
    for value in values.iter_mut() {
        if value.kind == ValueKind::Number
            && value.key.starts_with("num:")
            && (text.as_bytes().get(value.span.end) == Some(&b'-')
                && char_at(text, value.span.end + 1).is_some_and(char::is_alphabetic)
                || text.get(value.span.clone()) == Some("1") && !labels_a_noun(text, value.span.start, lang)
                || refers_back(text, &value.span, lang)
                || counts_a_whole(text, &value.span, lang)
                || opens_an_idiom(text, value.span.start, lang)
                || names_a_part(text, value.span.clone()))
            || unit_amount(text, value, lang)
        {
            value.optional = true;
        }
    }
}

/// Whether `value` is an amount of one unit of its currency after a word of the language's
/// `unit_amount_words` (`every EUR 1 invested`, `per 1 euro`): the other version may name the
/// one unit by the currency's word alone (`varje euro som investeras`), so it is optional. An
/// amount of another figure there (`every EUR 10`) is kept.
fn unit_amount(text: &str, value: &Value, lang: Lang) -> bool {
    if value.kind != ValueKind::Number || !value.key.starts_with("amount:") || !value.key.ends_with(":1") {
        return false;
    }
    let head = text.get(..value.span.start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    !word.is_empty()
        && tables::table(lang).unit_amount_words.iter().any(|unit| unit.eq_ignore_ascii_case(word))
}

/// Makes optional an amount that a determiner and the definite form of its scale word refer
/// back to (`Av de 1,74 miljarderna euro står Tyskland för …`, `de 400 miljonerna`) when the
/// same figure stands before it in the text: the other version may well not repeat it. The
/// definite form is a scale word of the table that is another one with a definite ending
/// (`miljarderna` = `miljarder` + `na`); a figure the text has not given is kept.
fn amounts_referred_back(text: &str, lang: Lang, values: &mut [Value]) {
    fn figure(key: &str) -> Option<&str> {
        (key.starts_with("amount:") || key.starts_with("num:")).then(|| key.rsplit(':').next()).flatten()
    }
    let lang_table = tables::table(lang);
    if lang_table.back_reference_determiners.is_empty() {
        return;
    }
    for index in 1..values.len() {
        let value = &values[index];
        if value.kind != ValueKind::Number || value.optional {
            continue;
        }
        let Some(written) = text.get(value.span.clone()) else { continue };
        // The first word after the figure's digits.
        let Some(word_start) = written.find(|c: char| c.is_alphabetic()) else { continue };
        let word = &written[word_start..];
        let word = &word[..word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len())];
        let definite = lang_table.scales.iter().any(|&(scale, _)| scale.eq_ignore_ascii_case(word))
            && lang_table.definite_plural_endings.iter().any(|ending| {
                word.len() > ending.len()
                    && word
                        .get(word.len() - ending.len()..)
                        .is_some_and(|end| end.eq_ignore_ascii_case(ending))
                    && lang_table
                        .scales
                        .iter()
                        .any(|&(scale, _)| word.get(..word.len() - ending.len()) == Some(scale))
            });
        if !definite
            || !words::word_before(text, value.span.start).is_some_and(|(_, before)| {
                lang_table
                    .back_reference_determiners
                    .iter()
                    .any(|determiner| determiner.eq_ignore_ascii_case(before))
            })
        {
            continue;
        }
        let Some(amount) = figure(&value.key) else { continue };
        if values[..index]
            .iter()
            .any(|earlier| earlier.kind == ValueKind::Number && figure(&earlier.key) == Some(amount))
        {
            values[index].optional = true;
        }
    }
}

/// Whether the count at `span`, in words, stands between a determiner and a noun in the
/// definite plural (`de två sänkningarna`, `dessa tre åren`), an adjective of the rest of a
/// whole perhaps between (`de två andra nivåerna` for `the other tiers`), as the language table
/// gives them. A count in digits there (`de 74 områdena`) is a figure the translation keeps.
fn refers_back(text: &str, span: &Range<usize>, lang: Lang) -> bool {
    let lang_table = tables::table(lang);
    if lang_table.back_reference_determiners.is_empty()
        || !text.get(span.clone()).is_some_and(|count| count.chars().all(char::is_alphabetic))
    {
        return false;
    }
    let determiner = words::word_before(text, span.start).is_some_and(|(_, word)| {
        lang_table.back_reference_determiners.iter().any(|determiner| determiner.eq_ignore_ascii_case(word))
    });
    if !determiner {
        return false;
    }
    let Some(rest) = text.get(span.end..).and_then(|rest| rest.strip_prefix(' ')) else { return false };
    let word_end = |rest: &str| rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let definite_noun = |rest: &str| {
        let noun = &rest[..word_end(rest)];
        noun.chars().count() > 3
            && noun.starts_with(|c: char| c.is_lowercase())
            && lang_table.definite_plural_endings.iter().any(|ending| noun.ends_with(ending))
    };
    let adjective_end = word_end(rest);
    definite_noun(rest)
        || lang_table.remainder_adjectives.contains(&&rest[..adjective_end])
            && rest[adjective_end..].strip_prefix(' ').is_some_and(definite_noun)
}

/// Whether the count at `span`, in words, follows a word of a whole (`all three of the
/// following conditions`, `alla de tio byggstenar`): a restatement of how many things the
/// text names, which the other version may leave out (`samtliga följande villkor`). A count
/// in digits there (`all 27 Member States`) is a figure the translation keeps.
fn counts_a_whole(text: &str, span: &Range<usize>, lang: Lang) -> bool {
    if !text.get(span.clone()).is_some_and(|count| count.chars().all(char::is_alphabetic)) {
        return false;
    }
    let head = text.get(..span.start).unwrap_or("");
    let head = head.trim_end_matches(' ');
    if head.len() == span.start {
        return false;
    }
    let ends_with = |whole: &&str| {
        head.len() >= whole.len()
            && head.is_char_boundary(head.len() - whole.len())
            && head[head.len() - whole.len()..].eq_ignore_ascii_case(whole)
            && !char_before(head, head.len() - whole.len()).is_some_and(char::is_alphanumeric)
    };
    let lang_table = tables::table(lang);
    // The items a list after a colon gives, counted after `följande` (`följande två tal:`):
    // the count's noun, an adjective perhaps before it, ends in the colon.
    let listed = || {
        let rest = text.get(span.end..).unwrap_or("");
        let plain = |word: &str| !word.is_empty() && word.chars().all(char::is_alphabetic);
        let mut words = rest.split(' ').filter(|word| !word.is_empty());
        rest.starts_with(' ')
            && match (words.next(), words.next()) {
                (Some(first), second) => {
                    first.strip_suffix(':').is_some_and(plain)
                        || plain(first) && second.and_then(|word| word.strip_suffix(':')).is_some_and(plain)
                }
                (None, _) => false,
            }
    };
    lang_table.whole_determiners.iter().any(ends_with)
        || lang_table.list_count_determiners.iter().any(ends_with) && listed()
}

/// Whether a set phrase of the language's `idiom_counts` opens at byte `at` (`två sidor av
/// samma mynt`), whose number word counts nothing.
fn opens_an_idiom(text: &str, at: usize, lang: Lang) -> bool {
    let Some(rest) = text.get(at..) else { return false };
    tables::table(lang).idiom_counts.iter().any(|idiom| {
        rest.get(..idiom.len()).is_some_and(|head| head.eq_ignore_ascii_case(idiom))
            && !char_at(rest, idiom.len()).is_some_and(char::is_alphanumeric)
    })
}

/// Whether the number word at `span` is part of a name: written with a capital, one space
/// after a capitalised word (`Model Rules (Pillar Two)`, `Phase Two`), as titles and names of
/// programmes number their parts. A number in digits (`Pillar 2`) or a number word in small
/// letters (`Pillar two`, `the Union's two pillars`) is none.
fn names_a_part(text: &str, span: Range<usize>) -> bool {
    let Some(word) = text.get(span.clone()) else { return false };
    if !word.starts_with(|c: char| c.is_uppercase()) || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let Some(head) = text.get(..span.start).and_then(|head| head.strip_suffix([' ', '\u{a0}'])) else {
        return false;
    };
    let before = head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    before.starts_with(|c: char| c.is_uppercase())
}

/// Whether the number at `at` follows a noun it labels (`Table 1`, `tabell 1`), a space apart.
pub(crate) fn labels_a_noun(text: &str, at: usize, lang: Lang) -> bool {
    let Some(head) = text.get(..at).and_then(|head| head.strip_suffix([' ', '\u{a0}'])) else { return false };
    let Some(word) = head.rsplit(|c: char| !(c.is_alphabetic() || c == '.')).next() else { return false };
    let word = word.to_lowercase();
    tables::table(lang).labelled_nouns.contains(&word.as_str())
}

/// A text with its ASCII letters lower-cased, made once per text when first needed. A
/// pattern that must contain one of a few words (a month, `Article`, `kvartal`) is run only
/// when one of them occurs: most paragraphs hold none, and the test is much cheaper than a
/// search.
pub(crate) struct Lower<'t> {
    text: &'t str,
    /// The byte pairs of the text (and so of its lower-cased copy).
    pairs: Held<'t>,
    folded: std::cell::OnceCell<String>,
    /// A string whose room the lower-cased text takes when it is made.
    room: std::cell::Cell<String>,
}

impl<'t> Lower<'t> {
    #[cfg(test)]
    pub fn new(text: &'t str) -> Lower<'t> {
        Lower {
            text,
            pairs: Held::Own(Pairs::of(text.as_bytes())),
            folded: std::cell::OnceCell::new(),
            room: std::cell::Cell::new(String::new()),
        }
    }

    /// A lower-cased text made in `room` (its contents do not matter) when it is needed;
    /// `pairs` are the text's byte pairs.
    pub fn with_room(text: &'t str, room: String, pairs: &'t Pairs) -> Lower<'t> {
        Lower {
            text,
            pairs: Held::Lent(pairs),
            folded: std::cell::OnceCell::new(),
            room: std::cell::Cell::new(room),
        }
    }

    /// The string given to [`Lower::with_room`], back for another text.
    pub fn into_room(self) -> String {
        self.folded.into_inner().unwrap_or_else(|| self.room.into_inner())
    }

    /// The lower-cased text: the same bytes as the text but for ASCII capitals.
    pub fn as_str(&self) -> &str {
        self.folded.get_or_init(|| {
            let mut folded = self.room.take();
            folded.clear();
            folded.push_str(self.text);
            folded.make_ascii_lowercase();
            folded
        })
    }

    /// The byte pairs of the text, which tell a search of it or of its lower-cased copy
    /// that cannot succeed.
    pub fn pairs(&self) -> &Pairs {
        match &self.pairs {
            Held::Lent(pairs) => pairs,
            #[cfg(test)]
            Held::Own(pairs) => pairs,
        }
    }

    /// Whether any word of `gate` occurs in the text. The lower-cased text is made only when
    /// the text holds the byte pairs of one of the words.
    pub fn mentions(&self, gate: &Gate) -> bool {
        let mut possible = gate.0.iter().filter(|finder| self.pairs().may_hold(finder.needle())).peekable();
        if possible.peek().is_none() {
            return false;
        }
        let haystack = self.as_str().as_bytes();
        possible.any(|finder| finder.find(haystack).is_some())
    }

    /// Whether any of `words` occurs in the text: what [`Lower::mentions`] answers, one
    /// `str::contains` per word.
    #[cfg(test)]
    pub fn mentions_words<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> bool {
        words.into_iter().any(|word| self.as_str().contains(word))
    }
}

/// The byte pairs a [`Lower`] knows: those of the caller's room, or (in tests) its own.
enum Held<'t> {
    Lent(&'t Pairs),
    #[cfg(test)]
    Own(Pairs),
}

/// Words one of which a text must hold, each with a substring searcher built once (it skips
/// on the needle's rarest bytes, where `str::contains` tests its first and last). A word that
/// holds another word of the set is left out: it cannot occur when the other does not.
pub(crate) struct Gate(Vec<memchr::memmem::Finder<'static>>);

impl Gate {
    pub fn new(words: &[&str]) -> Gate {
        let needed =
            |word: &&&str| !words.iter().any(|other| other.len() < word.len() && word.contains(other));
        Gate(
            words
                .iter()
                .filter(needed)
                .map(|word| memchr::memmem::Finder::new(word.as_bytes()).into_owned())
                .collect(),
        )
    }
}

/// What [`Lower::mentions`] looks for to tell whether a match of a table's entries may occur:
/// the first word of each entry, lower case, up to its first non-ASCII letter (`halv` for
/// `halvåret`), since only ASCII letters are folded. A test that can say yes wrongly, never
/// no wrongly.
pub(crate) fn gate_words(entries: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = entries
        .into_iter()
        .filter_map(|entry| entry.split_whitespace().next())
        .map(|word| word.find(|c: char| !c.is_ascii()).and_then(|end| word.get(..end)).unwrap_or(word))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The codes of the crowns (kronor) of Sweden, Denmark, Norway, Iceland and Czechia.
pub const KRONA_CODES: [&str; 5] = ["SEK", "DKK", "NOK", "ISK", "CZK"];

/// The code of an amount in crowns whose country the text does not name (`kronor`, `kr`).
pub const ANY_KRONA: &str = "kr";

/// Whether `any` is an amount (or a range of amounts) in crowns of no named country and
/// `named` the same in the crowns of one: `1 250 miljoner kronor` is `DKK 1 250 million` as
/// well as `SEK 1 250 million`, where `1 250 miljoner svenska kronor` is only the latter.
pub fn any_krona(any: &str, named: &str) -> bool {
    let Some(at) = any.find(":kr:") else { return false };
    named.len() == any.len() + 1
        && named.get(..at) == any.get(..at)
        && named.get(at..at + 1) == Some(":")
        && named.get(at + 1..at + 4).is_some_and(|code| KRONA_CODES.contains(&code))
        && named.get(at + 4..) == any.get(at + 3..)
}

/// `key` with the code of any crown written as that of a crown of no named country
/// (`amount:DKK:5` → `amount:kr:5`): what two keys of amounts in crowns share whatever
/// country each names.
pub fn krona_neutral(key: &str) -> std::borrow::Cow<'_, str> {
    if key.starts_with("amount")
        && let Some((kind, rest)) = key.split_once(':')
        && let Some((code, tail)) = rest.split_once(':')
        && KRONA_CODES.contains(&code)
    {
        return std::borrow::Cow::Owned(format!("{kind}:{ANY_KRONA}:{tail}"));
    }
    std::borrow::Cow::Borrowed(key)
}

/// Normalises a link target given apart from the text (the `url` of `[text](url)`).
///
/// Returns `None` when `url` is not a web address or an e-mail address (`#`, a relative path).
/// The span is the byte range of the address inside `url` once surrounding spaces and
/// angle brackets are set aside.
pub fn extract_url(url: &str) -> Option<Value> {
    url::from_target(url)
}

/// A count of years that words count back by (`two` of `two years earlier`, read as a year
/// relative to its sentence's date, [`date::RELATIVE_YEAR`]) is optional: the other version
/// may write the year it names instead (`jämfört med 19 % 2022`).
fn counts_of_years_back(text: &str, lang: Lang, values: &mut [Value]) {
    let plurals = tables::table(lang).year_plurals;
    for d in 0..values.len() {
        // Only years counted back from no date: against a date of the sentence the count
        // stays a figure (`ett år tidigare` for `two years earlier` after `In June 2025`).
        if values[d].kind != ValueKind::Date
            || !values[d].key.strip_prefix(date::RELATIVE_YEAR).is_some_and(|rest| rest.starts_with("ago:"))
        {
            continue;
        }
        let at = values[d].span.start;
        let count = values[..d].iter_mut().rev().find(|v| v.span.end <= at);
        if let Some(count) = count
            && count.kind == ValueKind::Number
            && let Some(gap) = text.get(count.span.end..at)
        {
            // The plural of `year` between them, or ending the count's own span (`two years`):
            // not a figure before words of a year of no count (`22 a year earlier`).
            let gap = gap.trim_matches(|c: char| c == ' ' || is_space_like(c));
            let counted = text.get(count.span.clone()).unwrap_or_default();
            let ends_plural = |written: &str| {
                plurals.iter().any(|plural| {
                    written.len() >= plural.len()
                        && written
                            .get(written.len() - plural.len()..)
                            .is_some_and(|tail| tail.eq_ignore_ascii_case(plural))
                })
            };
            if plurals.iter().any(|plural| gap.eq_ignore_ascii_case(plural))
                || gap.is_empty() && ends_plural(counted)
            {
                count.optional = true;
            }
        }
    }
}

/// Reads the years a document names by its time of writing (`last year`, `i år`) by the
/// year its datelines give (`Brussels, 9 March 2026`): `year:2025` for `last year` there.
/// Where the document gives no one year, they stay years of the counterpart sentence. So
/// are the days it names so (`today`, `i går`) read by the day of its datelines.
pub fn resolve_this_time(doc: &crate::document::Document, lang: Lang, values: &mut [Vec<Value>]) {
    let prefix = format!("{}this:", date::RELATIVE_YEAR);
    let years = values.iter().flatten().any(|value| value.key.starts_with(prefix.as_str()));
    let days = values.iter().flatten().any(|value| value.key.starts_with(date::RELATIVE_DAY));
    if !years && !days {
        return;
    }
    let blocks: Vec<(&str, &[Value])> = doc
        .blocks
        .iter()
        .zip(values.iter())
        .take(40)
        .map(|(block, found)| (block.text.as_str(), found.as_slice()))
        .collect();
    let year = years.then(|| date::dateline_year(&blocks, lang)).flatten();
    let day = days.then(|| date::dateline_day(&blocks, lang)).flatten();
    date::resolve_this_time(year, values);
    date::resolve_days(day, values);
}

/// Picks non-overlapping candidates, longest first, and returns them in text order.
#[cfg(test)]
fn resolve(mut candidates: Vec<Value>) -> Vec<Value> {
    resolve_in(&mut candidates, &[], &mut Vec::new(), &mut Vec::new())
}

/// A candidate's rank: longest first, then the more specific kind, then the earlier; the index
/// keeps the order of equals as a stable sort would.
type Ranked = (std::cmp::Reverse<usize>, std::cmp::Reverse<u8>, usize, usize);

/// [`resolve`] in the given buffers: `candidates` is left empty, `order` and `chosen` are
/// room for the ranks and the chosen spans. A chosen candidate listed in `deferred` (by its
/// index, ascending) is written from its quantity.
fn resolve_in(
    candidates: &mut Vec<Value>,
    deferred: &[(usize, number::Quantity)],
    order: &mut Vec<Ranked>,
    chosen: &mut Vec<(Range<usize>, usize)>,
) -> Vec<Value> {
    order.clear();
    order.extend(candidates.iter().enumerate().filter(|(_, value)| value.span.start < value.span.end).map(
        |(index, value)| {
            let length = value.span.end - value.span.start;
            (std::cmp::Reverse(length), std::cmp::Reverse(value.kind.priority()), value.span.start, index)
        },
    ));
    order.sort_unstable();
    // Chosen spans by start, with their candidate: an overlap test looks at the two neighbours.
    chosen.clear();
    for &(_, _, start, index) in order.iter() {
        let Some(span) = candidates.get(index).map(|value| value.span.clone()) else {
            continue;
        };
        let at = chosen.partition_point(|(other, _)| other.start < start);
        let overlaps_next = chosen.get(at).is_some_and(|(next, _)| next.start < span.end);
        let overlaps_previous = at
            .checked_sub(1)
            .and_then(|before| chosen.get(before))
            .is_some_and(|(previous, _)| previous.end > start);
        if !overlaps_next && !overlaps_previous {
            chosen.insert(at, (span, index));
        }
    }
    let mut values = Vec::with_capacity(chosen.len());
    for (_, index) in chosen.iter() {
        if let Ok(found) = deferred.binary_search_by_key(index, |(at, _)| *at)
            && let Some((_, quantity)) = deferred.get(found)
        {
            values.push(quantity.to_value());
        } else if let Some(value) = candidates.get_mut(*index) {
            // An empty value in its place: no allocation, and the list is cleared below.
            values.push(std::mem::replace(value, Value::new(ValueKind::Number, 0..0, "", "")));
        }
    }
    candidates.clear();
    values
}

/// What [`resolve`] does, with a stable sort of the values and a map of the chosen ones.
#[cfg(test)]
fn resolve_by_map(mut candidates: Vec<Value>) -> Vec<Value> {
    candidates.retain(|value| value.span.start < value.span.end);
    candidates.sort_by(|a, b| {
        let length_a = a.span.end - a.span.start;
        let length_b = b.span.end - b.span.start;
        length_b
            .cmp(&length_a)
            .then(b.kind.priority().cmp(&a.kind.priority()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut chosen: std::collections::BTreeMap<usize, Value> = std::collections::BTreeMap::new();
    for candidate in candidates {
        let start = candidate.span.start;
        let overlaps_next =
            chosen.range(start..).next().is_some_and(|(_, next)| next.span.start < candidate.span.end);
        let overlaps_previous =
            chosen.range(..start).next_back().is_some_and(|(_, previous)| previous.span.end > start);
        if !overlaps_next && !overlaps_previous {
            chosen.insert(start, candidate);
        }
    }
    chosen.into_values().collect()
}

/// Whether `byte` occurs in `text` followed by a byte for which `next` holds: a test a
/// pattern that must hold such a pair (`H1`, `Q3`) is given before it searches.
pub(crate) fn byte_then(text: &str, byte: u8, next: impl Fn(u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(byte, bytes).any(|at| bytes.get(at + 1).copied().is_some_and(&next))
}

/// Whether a word of a fall or a shortfall (`deficit`, `underskott`) stands in the few words
/// before byte `at` of `text`, in the same clause.
pub(crate) fn falls_before(text: &str, at: usize, lang: Lang) -> bool {
    let from = number::floor_char_boundary(text, at.saturating_sub(120));
    let Some(head) = text.get(from..at) else { return false };
    // The clause: back to a mark that ends one, not a decimal comma or point (`från 2,0 %
    // av BNP 2025 till 1,4 %`).
    let bytes = head.as_bytes();
    let clause_start = (0..bytes.len())
        .rev()
        .find(|&i| {
            matches!(bytes[i], b',' | b';' | b'.' | b':' | b'(' | b')')
                && !(i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map_or(0, |i| i + 1);
    let clause = head.get(clause_start..).unwrap_or(head);
    let negative_words = tables::table(lang).negative_words;
    // A Swedish compound ends in its head (`födelseunderskottet`, `befolkningsminskning`).
    let within = |word: &str, negative: &str| match lang {
        Lang::Sv => word.contains(negative),
        Lang::En => word.starts_with(negative),
    };
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| with_lowercase(word, |word| negative_words.iter().any(|negative| within(word, negative))))
}

/// Whether the word right before byte `at` of `text` is one that puts a year in time (`since`,
/// `under`, `år`; [`tables::LangTable::year_prepositions`]), or the words are a phrase that
/// does (`by the end of`, `i slutet av`, `mid-`; [`tables::LangTable::year_phrases`]), or with
/// `leads`, one a year may follow without such a word (`than`, `som`;
/// [`tables::LangTable::year_leads`]).
pub(crate) fn after_year_preposition(text: &str, at: usize, lang: Lang, leads: bool) -> bool {
    year_words(text, at, lang).is_some_and(|(sense, lead)| sense != 0 || leads && lead)
}

/// The senses ([`tables::year_sense`]) of the words right before byte `at` of `text` that put
/// a year in time, as [`after_year_preposition`] reads them: 0 for none (`than`, `som` too).
pub(crate) fn year_sense(text: &str, at: usize, lang: Lang) -> u8 {
    year_words(text, at, lang).map_or(0, |(sense, _)| sense)
}

/// The senses of the year words or phrase before byte `at` of `text`, and whether the word
/// there is a lead instead; none for no word there.
fn year_words(text: &str, at: usize, lang: Lang) -> Option<(u8, bool)> {
    let from = number::floor_char_boundary(text, at.saturating_sub(32));
    let head = text.get(from..at)?;
    let table = tables::table(lang);
    // A word glued to the figure is no word before it, but a phrase that ends in a hyphen is.
    let spaced = head.trim_end_matches([' ', '\u{a0}']);
    let glued = spaced.len() == head.len();
    let phrase =
        |&&(phrase, _): &&(&str, u8)| phrase.ends_with('-') == glued && ends_with_words(spaced, phrase);
    if let Some(&(_, sense)) = table.year_phrases.iter().find(phrase) {
        return Some((sense, false));
    }
    if glued {
        return None;
    }
    let word = spaced.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if word.is_empty() {
        return None;
    }
    Some(with_lowercase(word, |word| {
        let sense =
            table.year_prepositions.iter().find(|&&(entry, _)| entry == word).map_or(0, |&(_, sense)| sense);
        (sense, table.year_leads.contains(&word))
    }))
}

/// Whether the figure at byte `at` of `text` is the object of a preposition: the word a space
/// before it is one of [`tables::LangTable::figure_prepositions`], or one of
/// `figure_determiners` a space after one (`in 412 zones`, `of the 74 zones`, `Av de 74
/// områdena`; not `However, 1 284 samples`, `omfattas 31`).
pub(crate) fn after_figure_preposition(text: &str, at: usize, lang: Lang) -> bool {
    let from = number::floor_char_boundary(text, at.saturating_sub(32));
    let Some(head) = text.get(from..at) else { return false };
    let table = tables::table(lang);
    // Where the word a space before the end of `head` starts, and whether it is a preposition
    // and whether a determiner.
    let word_before = |head: &'_ str| -> Option<(usize, bool, bool)> {
        let spaced = head.trim_end_matches([' ', '\u{a0}']);
        if spaced.len() == head.len() {
            return None;
        }
        let start = spaced
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = spaced.get(start..).filter(|word| !word.is_empty())?;
        // A word cut by the window's start may be the end of a longer one.
        if start == 0 && from > 0 {
            return None;
        }
        let (preposition, determiner) = with_lowercase(word, |word| {
            (table.figure_prepositions.contains(&word), table.figure_determiners.contains(&word))
        });
        Some((start, preposition, determiner))
    };
    match word_before(head) {
        Some((_, true, _)) => true,
        Some((start, false, true)) => {
            head.get(..start).and_then(word_before).is_some_and(|(_, preposition, _)| preposition)
        }
        _ => false,
    }
}

/// The role words of change give a figure ([`change_role`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChangeRole {
    /// Its start: `from 14`, `jämfört med 14`.
    Origin,
    /// Its end, the level reached: `to 42`, `till 42`, `extended to 19 hours`.
    End,
    /// Its amount, after a verb of change: `extended by 19 hours`, `förlängas med 19 timmar`.
    Amount,
}

/// The role the words just before the figure at `at` give it in a change: its start (`from
/// 14`, `jämfört med 14`), its end (`to 42`, `till 42`), or its amount after a verb of change
/// (`increased by 5`, `ökas med 5`; a bare `by`, `med` names no change).
pub(crate) fn change_role(text: &str, at: usize, lang: Lang) -> Option<ChangeRole> {
    let (spaced, table) = change_head(text, at, lang)?;
    let ends_with = |phrase: &&str| ends_with_words(spaced, phrase);
    if table.change_origins.iter().any(ends_with) {
        Some(ChangeRole::Origin)
    } else if table.change_ends.iter().any(ends_with) {
        Some(ChangeRole::End)
    } else if change_form(text, at, lang) == Some(ChangeRole::Amount) {
        Some(ChangeRole::Amount)
    } else {
        None
    }
}

/// Where a verb of change stands right before the word before the figure at `at`, the role
/// that word gives the figure: the level reached (`extended to 19 hours`, `förlängas till 19
/// timmar`, [`ChangeRole::End`]) or the amount of the change (`extended by 19 hours`,
/// `förlängas med 19 timmar`, [`ChangeRole::Amount`]). A new total and an increment are
/// two figures, whatever the number.
pub(crate) fn change_form(text: &str, at: usize, lang: Lang) -> Option<ChangeRole> {
    let (spaced, table) = change_head(text, at, lang)?;
    let (head, word) = spaced.rsplit_once([' ', '\u{a0}'])?;
    let is = |entry: &&str| entry.eq_ignore_ascii_case(word);
    let role = if table.change_ends.iter().any(is) {
        ChangeRole::End
    } else if table.change_amounts.iter().any(is) {
        ChangeRole::Amount
    } else {
        return None;
    };
    let verb = head.trim_end_matches([' ', '\u{a0}']).rsplit(|c: char| !c.is_alphabetic()).next()?;
    with_lowercase(verb, |verb| table.change_verbs.contains(&verb)).then_some(role)
}

/// The text before the figure at `at`, spaces after its last word aside, within the reach of
/// words of change; none where no space parts the two.
fn change_head(text: &str, at: usize, lang: Lang) -> Option<(&str, &'static tables::LangTable)> {
    let from = number::floor_char_boundary(text, at.saturating_sub(32));
    let head = text.get(from..at)?;
    let spaced = head.trim_end_matches([' ', '\u{a0}']);
    if spaced.len() == head.len() {
        return None;
    }
    Some((spaced, tables::table(lang)))
}

/// Which of two values of `text` a negation rejects where it pairs them as a correction: the
/// second after a comma or a list word and the negation (`on 27 February 2032, not on 21 June
/// 2032`, `3 % och inte 5 %`), `Some(false)`; the first after a negation a few words before it,
/// the second after a word of contrast (`inte ut den 21 juni 2032 utan den 27 februari 2032`,
/// `not 5% but 3%`), `Some(true)`. Both say the same of the two values in either order; `None`
/// where the text between them is no such short phrase ([`tables::LangTable::contrast_words`],
/// [`tables::LangTable::figure_bound_negations`]; a word of
/// [`tables::LangTable::figure_bound_negation_stops`] after the negation voids it: `not only`).
pub(crate) fn rejected_first(
    text: &str,
    first: &Range<usize>,
    second: &Range<usize>,
    lang: Lang,
) -> Option<bool> {
    /// The most bytes between the two values, and words after the joining words.
    const GAP: usize = 40;
    const AFTER: usize = 2;
    let gap = text.get(first.end..second.start).filter(|gap| gap.len() <= GAP)?;
    if !gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || is_space_like(c) || c == ',') {
        return None;
    }
    let table = tables::table(lang);
    let is = |words: &[&str], word: &str| with_lowercase(word, |word| words.contains(&word));
    let words: Vec<&str> = gap.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty()).collect();
    let negation = |word: &&str| is(table.figure_bound_negations, word);
    let stop = |word: &&str| is(table.figure_bound_negation_stops, word);
    // `A, not B`, `A and not B`.
    let joined = usize::from(words.first().is_some_and(|word| is(table.list_joiners, word)));
    if let Some(rest) = words.get(joined..)
        && rest.first().is_some_and(negation)
        && rest.len() <= 1 + AFTER
        && !rest.iter().skip(1).any(|word| negation(word) || stop(word))
    {
        return Some(false);
    }
    // `not B but A`, `inte B utan A`: the negation a few words before the first, in its clause.
    if !words.first().is_some_and(|word| is(table.contrast_words, word))
        || words.len() > 1 + AFTER
        || words.iter().skip(1).any(negation)
    {
        return None;
    }
    let from = number::floor_char_boundary(text, first.start.saturating_sub(GAP));
    let head = text.get(from..first.start)?;
    let clause =
        head.rsplit(|c: char| !(c.is_alphabetic() || c.is_whitespace() || is_space_like(c))).next()?;
    let before: Vec<&str> =
        clause.split(|c: char| !c.is_alphabetic()).filter(|word| !word.is_empty()).collect();
    let near = before.get(before.len().saturating_sub(1 + AFTER)..).unwrap_or_default();
    let at = near.iter().rposition(negation)?;
    (!near.iter().skip(at + 1).any(stop)).then_some(true)
}

/// Whether `text` starts with an indefinite article (`a year`, `ett år`; not `one year`).
pub(crate) fn starts_with_article(text: &str, lang: Lang) -> bool {
    let word = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    with_lowercase(word, |word| tables::table(lang).indefinite_articles.contains(&word))
}

/// Whether `between`, the text between two values of one sentence, joins them as items of one
/// list: a list word (`and`, `or`, `och`) stands in it as a word, and no mark that ends a
/// clause (`up to 3 litres and containers of up to 3 litres`; not `every two years for women
/// aged 50 to 69, and suggests … every two`).
pub(crate) fn joins_two_items(between: &str, lang: Lang) -> bool {
    if between.contains([',', ';', ':']) {
        return false;
    }
    let joiners = tables::table(lang).list_joiners;
    between
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| with_lowercase(word, |word| joiners.contains(&word)))
}

/// Whether `sentence` holds words by which it refers back to a figure given just before
/// rather than write it again (`äldre än så`, `den nuvarande nivån`;
/// [`tables::LangTable::restating_words`]), or, with `distributives`, words that give one
/// figure to each of several items (`på vardera anställningsorten`;
/// [`tables::LangTable::distributive_words`]): as whole words, ASCII case aside, and not
/// where a phrase that refers to nothing opens with them (`än så länge`, "so far").
pub(crate) fn restates_a_figure(sentence: &str, lang: Lang, distributives: bool) -> bool {
    let lang_table = tables::table(lang);
    let distributive_words = if distributives { lang_table.distributive_words } else { &[] };
    sentence.char_indices().any(|(at, c)| {
        let rest = &sentence[at..];
        c.is_alphabetic()
            && !sentence[..at].ends_with(char::is_alphanumeric)
            && lang_table
                .restating_words
                .iter()
                .chain(distributive_words)
                .any(|word| starts_with_word(rest, word))
            && !lang_table.not_restating.iter().any(|phrase| starts_with_word(rest, phrase))
    })
}

/// Whether a determiner that points back to things just named ends `text` before byte `at`
/// and a space (`Of these 143 stations`, `av dessa 143 stationer`;
/// [`tables::LangTable::demonstratives`]): the figure at `at` is then a count given before.
pub(crate) fn after_demonstrative(text: &str, at: usize, lang: Lang) -> bool {
    let Some(head) = text.get(..at).and_then(|head| head.strip_suffix(is_space_like)) else {
        return false;
    };
    tables::table(lang).demonstratives.iter().any(|word| ends_with_words(head, word))
}

/// Whether `sentence` holds a determiner that points back to things just named (`Av dessa
/// ligger 117`), as a whole word, ASCII case aside.
pub(crate) fn holds_demonstrative(sentence: &str, lang: Lang) -> bool {
    let demonstratives = tables::table(lang).demonstratives;
    sentence.char_indices().any(|(at, c)| {
        c.is_alphabetic()
            && !sentence[..at].ends_with(char::is_alphanumeric)
            && demonstratives.iter().any(|word| starts_with_word(&sentence[at..], word))
    })
}

/// Whether `text` ends with `words` (ASCII case aside) at a word start.
pub(crate) fn ends_with_words(text: &str, words: &str) -> bool {
    let Some(cut) = text.len().checked_sub(words.len()) else { return false };
    let (Some(head), Some(tail)) = (text.get(..cut), text.get(cut..)) else { return false };
    tail.eq_ignore_ascii_case(words) && !head.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Whether `word` is `entry` (lower case), whatever the case of its letters: by length and
/// ASCII case first, the Unicode lower case only for a word of other letters (a capital and
/// its small letter have the same length in the letters of both languages).
pub(crate) fn word_is(word: &str, entry: &str) -> bool {
    word.len() == entry.len()
        && (word.eq_ignore_ascii_case(entry)
            || !word.is_ascii() && word.chars().flat_map(char::to_lowercase).eq(entry.chars()))
}

/// Whether `text` starts with `word` (ASCII case aside) and a word ends there.
///
/// Most calls fail on the first byte, which is compared before the rest. The bytes are
/// compared as bytes: where they equal the word's but for ASCII case, the text's first
/// `word.len()` bytes are whole characters, as the word's are, so a word ends at a character
/// boundary; an ASCII byte after it is told a letter or digit without decoding.
#[inline]
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    let (bytes, wanted) = (text.as_bytes(), word.as_bytes());
    let Some((head, rest)) = bytes.split_at_checked(wanted.len()) else { return false };
    if head.first().map(u8::to_ascii_lowercase) != wanted.first().map(u8::to_ascii_lowercase)
        || !head.eq_ignore_ascii_case(wanted)
    {
        return false;
    }
    match rest.first() {
        None => true,
        Some(byte) if byte.is_ascii() => !byte.is_ascii_alphanumeric(),
        Some(_) => {
            !text.get(wanted.len()..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric)
        }
    }
}

/// Whether a slash stands between two ASCII digits somewhere in `text` (`2024/1351`).
pub(crate) fn digit_slash_digit(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'/', bytes).any(|at| {
        at.checked_sub(1).and_then(|before| bytes.get(before)).is_some_and(u8::is_ascii_digit)
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// The byte index after the run of space-like characters ([`is_space_like`]) at `at`.
pub(crate) fn skip_space_like(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at..) {
            Some([b' ', ..]) => at += 1,
            Some([0xC2, 0xA0, ..]) => at += 2,
            Some([0xE2, 0x80, 0xAF | 0x89, ..]) => at += 3,
            _ => return at,
        }
    }
}

/// Whether `word` stands at byte `at` of `bytes`, ASCII case ignored.
/// A word searched for in a text by a finder built once: the word's tail after its first
/// letter, which may be a capital (`noon`, `Noon`), standing alone between non-letters.
pub(crate) struct WordFinder {
    word: &'static str,
    tail: memchr::memmem::Finder<'static>,
}

impl WordFinder {
    pub(crate) fn new(word: &'static str) -> WordFinder {
        WordFinder { word, tail: memchr::memmem::Finder::new(word.get(1..).unwrap_or_default()) }
    }

    /// Whether the text whose byte pairs are `pairs` may hold the word: where it may not,
    /// [`WordFinder::find_iter`] finds nothing, and neither does the finder of any word that
    /// starts with this one (its triples include this word's).
    pub(crate) fn may_occur(&self, pairs: &Pairs) -> bool {
        pairs.may_hold(self.word.as_bytes())
    }

    /// The spans of the word's occurrences in `text`, whose byte pairs are `pairs`: no search
    /// when a pair of the whole word (its first letter's case aside) occurs nowhere.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
        pairs: &Pairs,
    ) -> impl Iterator<Item = Range<usize>> + 't {
        let tail_len = self.word.len().saturating_sub(1);
        let haystack = if self.may_occur(pairs) { text.as_bytes() } else { &[] };
        crate::text::find_all(&self.tail, haystack).filter_map(move |at| {
            let start = at.checked_sub(1)?;
            let end = at + tail_len;
            let alone = !char_before(text, start).is_some_and(char::is_alphanumeric)
                && !char_at(text, end).is_some_and(char::is_alphanumeric);
            (alone && text.get(start..end)?.eq_ignore_ascii_case(self.word)).then_some(start..end)
        })
    }
}

pub(crate) fn word_at(bytes: &[u8], at: usize, word: &str) -> bool {
    bytes.get(at..at + word.len()).is_some_and(|slice| slice.eq_ignore_ascii_case(word.as_bytes()))
}

/// Pushes `text` lower-cased onto `out`: what `out.push_str(&text.to_lowercase())` does,
/// without the copy when the text is ASCII, as most words are.
pub(crate) fn push_lowercase(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|byte| char::from(byte.to_ascii_lowercase())));
    } else {
        out.push_str(&text.to_lowercase());
    }
}

/// Calls `f` with `text` lower-cased: a short ASCII text (most words looked up in a table) is
/// lower-cased on the stack, any other into a new string.
pub(crate) fn with_lowercase<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    if text.is_ascii()
        && let Some(lower) = buffer.get_mut(..text.len())
    {
        lower.copy_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&text.to_lowercase())
}

/// Characters used as a space inside numbers and between words and symbols:
/// space, no-break space, narrow no-break space, thin space.
pub(crate) fn is_space_like(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Where the run of letters that ends at byte `at` starts (`at` itself when none does).
pub(crate) fn letters_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .unwrap_or_default()
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(at, |(i, _)| i)
}

/// The character just before byte `index`, if any.
pub(crate) fn char_before(text: &str, index: usize) -> Option<char> {
    text.get(..index).and_then(|head| head.chars().next_back())
}

/// The character at byte `index`, if any.
pub(crate) fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..).and_then(|tail| tail.chars().next())
}

#[cfg(test)]
mod tests;
