//! Language data for value extraction, one file per language.
//!
//! Only `en.rs` and `sv.rs` hold words of a particular language; the extractors in
//! the parent module read them through [`table`]. A word list is written in lower
//! case; the extractors match case-insensitively.

use super::{Bound, Change};
use crate::text::Lang;

pub(crate) mod en;
pub(crate) mod sv;

/// What the words before a year say of it, one bit each: a word that may say several things
/// has several bits (`by 2027`, a deadline that is often the end of the year: `före utgången
/// av 2027`). Words of the two languages put a year in time alike where their senses share a
/// bit (`in` and `under`, `since` and `sedan`; not `in` and `för`).
pub(crate) mod year_sense {
    /// Within the year (`in`, `during`, `i`, `under`, `år`, `in the first half of`).
    pub(crate) const WITHIN: u8 = 1;
    /// From the year on (`since`, `from`, `sedan`, `från`).
    pub(crate) const SINCE: u8 = 2;
    /// Up to the year, a deadline (`by`, `until`, `before`, `senast`, `före`).
    pub(crate) const BY: u8 = 4;
    /// For the year, its object (`for`, `för`, `inför`).
    pub(crate) const FOR: u8 = 8;
    /// After the year (`after`, `efter`).
    pub(crate) const AFTER: u8 = 16;
    /// At its end (`the end of`, `i slutet av`, `utgången av`).
    pub(crate) const END: u8 = 32;
    /// At its start (`the beginning of`, `i början av`).
    pub(crate) const START: u8 = 64;
    /// In its middle (`mid-`, `i mitten av`).
    pub(crate) const MIDDLE: u8 = 128;
}

/// The kind of an act, as it appears in a legal value key (`act:reg:EU:2024/1351`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ActType {
    Regulation,
    Directive,
    Decision,
    FrameworkDecision,
    Recommendation,
}

impl ActType {
    /// The short, language-neutral code used in keys.
    pub(crate) fn code(self) -> &'static str {
        match self {
            ActType::Regulation => "reg",
            ActType::Directive => "dir",
            ActType::Decision => "dec",
            ActType::FrameworkDecision => "fdec",
            ActType::Recommendation => "reco",
        }
    }
}

/// Everything the extractors need to know about one language.
pub(crate) struct LangTable {
    /// Month names, full and abbreviated (without the dot), with their number.
    pub months: &'static [(&'static str, u32)],
    /// Whether month names are written with a capital (English `May`, not the verb `may`).
    pub months_capitalised: bool,
    /// Words after which a month name without a year is a month (`in January`, `since
    /// mid-January`, `at its June meeting`, `i januari`, `i mitten av januari`), lower case.
    pub bare_month_words: &'static [&'static str],
    /// Heads of compounds whose first part is a month named without a year (`möte` of
    /// `julimötet`, "the July meeting"; `prognos` of `decemberprognoserna`), lower case; the
    /// compound may go on (`mötet`, `prognoserna`). None in a language that writes the month
    /// apart (`the July meeting`, read after `bare_month_words`).
    pub month_compound_heads: &'static [&'static str],
    /// Words right after a day and month, or a month, without a year that give it the year of
    /// the date before it (`26 September of the same year`, `den 26 september samma år`),
    /// lower case, longest first where one begins another. Standing alone (`Samma år
    /// samlades …`), they are an optional reading of the year of a date before them.
    pub same_year_words: &'static [&'static str],
    /// Words between a count of months and a month that make them the months up to it (`the
    /// 12 months to April 2025`, `de tolv månaderna fram till april 2025`), lower case: the
    /// period from the first of them to that month.
    pub months_to_words: &'static [&'static str],
    /// Words right before a part of a year that name the year without writing it (`årets
    /// första kvartal`, `this year's first eight months`), lower case: the part takes the year
    /// of the nearest date before it as a reading that may be wrong, or, with none, stays of
    /// no year.
    pub this_year_words: &'static [&'static str],
    /// Words that name the period before the one their sentence names (`compared with the
    /// previous month`, `jämfört med föregående månad`), with the period's length in months
    /// (1, 3 or 12), lower case, whole words: the period before the sentence's one date of that
    /// length, as an optional reading.
    pub previous_period_words: &'static [(&'static str, u32)],
    /// Words after a count of years that count back from the period their sentence names
    /// (`two years earlier`, `tre år tidigare`), lower case: with [`LangTable::year_plurals`]
    /// between, read as [`LangTable::previous_period_words`] are, the count times twelve months.
    pub years_back_words: &'static [&'static str],
    /// The plural of `year` after a count (`years`, `år`), lower case.
    pub year_plurals: &'static [&'static str],
    /// Words that name a year by the time of writing (`this year`, `last year`, `i år`), lower
    /// case, whole words, with the year's distance from the year of writing: the year the
    /// document's dateline gives, or, with none, any year the other version writes in the
    /// counterpart sentence. After a month's name (`in January this year`) they give the month
    /// its year.
    pub this_time_years: &'static [(&'static str, i32)],
    /// Words right before [`LangTable::this_time_years`] that make them no year of writing
    /// (`the last year of the programme`, `uttryckt i år`), lower case.
    pub this_time_blockers: &'static [&'static str],
    /// What joins the place of a dateline to its date (`Brussels, 9 March 2026`, `Bryssel den
    /// 9 mars 2026`).
    pub dateline_joiners: &'static [&'static str],
    /// Words that name a day by the day of writing (`today`, `yesterday`, `i dag`), lower
    /// case, each with its offset in days: an optional date, the one the document's dateline
    /// gives so many days on, where it gives one.
    pub this_time_days: &'static [(&'static str, i32)],
    /// Words that name again a date given before (`from that date`, `från och med detta
    /// datum`), lower case: the other version may write the date itself.
    pub date_anaphors: &'static [&'static str],
    /// Eras written after a year (`3200 BC`, `3200 f.Kr.`), as written, each with its era
    /// (`BC` or `AD`).
    pub eras: &'static [(&'static str, &'static str)],
    /// Words right before a year that make it a point in time (`since 2021`, `under 2024`,
    /// `år 2025`), lower case, each with the senses it may have ([`year_sense`]): a plain
    /// count after one of a sense of the original's words before its year, and the year after
    /// none, in a translation where the original has it the other way, is a year and a count
    /// swapped.
    pub year_prepositions: &'static [(&'static str, u8)],
    /// Phrases of several words right before a year that make it a point in time where their
    /// last word alone does not (`the end of 2025`, `i slutet av 2025`), lower case, with their
    /// senses; one that ends in a hyphen is glued to the year (`mid-2026`). They count as
    /// those words do.
    pub year_phrases: &'static [(&'static str, u8)],
    /// Words after a fold change that make it a division (`2-fold lower`: a half), lower case.
    pub fold_lowering_words: &'static [&'static str],
    /// The indefinite articles, lower case (`a`, `an`; `en`, `ett`, also "one"): a span of
    /// time they count (`a year`, `ett år`) may be no count at all.
    pub indefinite_articles: &'static [&'static str],
    /// Nouns after which a Roman numeral is a plain figure (`phase III` = `fas 3`), lower case;
    /// the numbered parts of a text are read in `units.rs`, the codes of classes and
    /// categories (`class III`) in `classes.rs`.
    pub roman_figure_labels: &'static [&'static str],
    /// How a series of amendments to a UN regulation is named around its two digits, lower
    /// case: the words before the digits and those after (`series `, ` of amendments`;
    /// `-ändringsserien`, a leading hyphen also a non-breaking one), read in `units.rs`.
    pub amendment_series: &'static [(&'static str, &'static str)],
    /// Words of a class or a category before its code (`class IIb`, `kategori A`, `klasserna
    /// A–G`), lower case: a capital letter or a Roman numeral, read in `classes.rs`.
    pub class_nouns: &'static [&'static str],
    /// Words after a grade's letter that bound the grades of its scale, lower case (`C or
    /// below`, `C eller lägre`): the letter alone is then a grade, as after a class word.
    pub grade_bounds: &'static [&'static str],
    /// Words before a figure that a plus sign grades, lower case (`system 1+`, `systemen 1+,
    /// 2+ och 3+`: the systems of assessment and verification of constancy of performance of
    /// construction products, where `1+` is not `1`), read in `code.rs`.
    pub graded_figure_nouns: &'static [&'static str],
    /// Whether a compound that ends in a class word names a class too (`energiklass`,
    /// `avvecklingskategori`).
    pub class_compounds: bool,
    /// Words of a section before its letter (`Section C`, `avdelning C`), lower case.
    pub section_nouns: &'static [&'static str],
    /// The abbreviations of the types of protection a name registered as a quality scheme's
    /// name holds, in brackets after it as the Official Journal writes them (`(PDO)`; `(SUB)`),
    /// with the English abbreviation each stands for, read in `classes.rs`.
    pub protection_types: &'static [(&'static str, &'static str)],
    /// Words a year may follow without one of those (`than 2024`, `som 2023`, `och 2025`),
    /// lower case: a year after one is in its place.
    pub year_leads: &'static [&'static str],
    /// How the first months of a year are counted, lower case: the word for first, the counts
    /// from two to eleven, the words for months, and the words that may stand before the year
    /// (`first`, `nine`, `months`, `of`: `the first nine months of 2025`).
    pub first_months: Option<FirstMonths>,
    /// Words before a time of day (`kl.`, `klockan`), lower case.
    pub clock_words: &'static [&'static str],
    /// Prepositions between a day and its time of day (`18 May 2026 at 12:00`), lower case:
    /// the time then shares the day's bound.
    pub hour_prepositions: &'static [&'static str],
    /// Words after a time of day on the twelve-hour clock, before noon and after it
    /// (`a.m.`, `pm`), lower case.
    pub am_words: &'static [&'static str],
    pub pm_words: &'static [&'static str],
    /// Words after `12` that name noon and midnight (`12 noon`, `12 midnight`), lower case.
    pub noon_words: &'static [&'static str],
    pub midnight_words: &'static [&'static str],
    /// Words that may stand between a day number and a month (`den` is before, not here).
    pub date_prefixes: &'static [&'static str],
    /// Scale words with their power of ten (`billion` → 9, `miljard` → 9, `biljon` → 12).
    pub scales: &'static [(&'static str, u32)],
    /// Currency words and symbols with their ISO code.
    pub currencies: &'static [(&'static str, &'static str)],
    /// Words after a number that make it a percentage (`per cent`, `procent`).
    pub percent_words: &'static [&'static str],
    /// Words after a number that make it percentage points.
    pub percentage_point_words: &'static [&'static str],
    /// Words after a number that make it basis points, hundredths of a percentage point.
    pub basis_point_words: &'static [&'static str],
    /// Spelled-out cardinals from two upward that stand alone or start a compound.
    pub cardinals: &'static [(&'static str, u64)],
    /// Words for one (and the article `a`): a number only before a scale word.
    pub one_words: &'static [&'static str],
    /// Multipliers inside a spelled number (`hundred`, `thousand`).
    pub multipliers: &'static [(&'static str, u64)],
    /// Connectors allowed inside a spelled number (`and` in `one hundred and five`).
    pub number_connectors: &'static [&'static str],
    /// Whether spelled numbers are written as one word (`tjugofem`, `tvåhundra`).
    pub compound_numbers: bool,
    /// Spelled ordinals that are always extracted.
    pub ordinals: &'static [(&'static str, u32)],
    /// Spelled ordinals too ambiguous to extract alone (`first` as an adverb, `andra` = other);
    /// they count only inside quarter and half-year values.
    pub weak_ordinals: &'static [(&'static str, u32)],
    /// Words that make a preceding ordinal part of a term rather than a number
    /// (`third country` is `tredjeland`, one word without an ordinal, in Swedish).
    pub ordinal_blockers: &'static [&'static str],
    /// The ordinals a blocker makes part of a term (`third`; Swedish `tredje`, and `andra` of
    /// `andra länder`, "other countries"): before a blocker, any other ordinal still counts
    /// (`the fifth State of Schengen report`, `den femte staten`).
    pub term_ordinals: &'static [&'static str],
    /// The words before an ordinal that make it an adverb of enumeration, lower case (`för
    /// det` of `för det tredje`, thirdly): the ordinal is then optional.
    pub enumeration_leads: &'static [&'static str],
    /// Parts of a legal text numbered by an ordinal (`second subparagraph`, `andra stycket`):
    /// before one of them, `first`, `second`, `första` and `andra` are surely ordinals.
    pub ordinal_nouns: &'static [&'static str],
    /// Superlatives after which an ordinal is a rank, lower case (`second-largest`, `third
    /// highest`, `second most`): the ordinal is then sure, and firm, as a rank dropped
    /// (`the largest`) changes a fact. English names the superlatives; Swedish ranks second
    /// by a word of its own, `näst` (see `second_rank_words`).
    pub rank_superlatives: &'static [&'static str],
    /// Words that rank second before a superlative, alone or glued to it (`näst största`,
    /// `näststörsta`, second-largest), lower case: an optional `ord:2`, as the original's rank
    /// may be a word of no ordinal (`the next largest`). Empty for English.
    pub second_rank_words: &'static [&'static str],
    /// The endings of the superlatives a word of `second_rank_words` ranks (`största`,
    /// `vanligaste`, `mest`, `högst`), lower case.
    pub superlative_endings: &'static [&'static str],
    /// Words of a superlative's ending that are none after a word of `second_rank_words`
    /// (`näst sista`, the last but one, a rank from the end), lower case.
    pub not_superlatives: &'static [&'static str],
    /// Suffixes of ordinals in digits (`21st`, `3:e`).
    pub digit_ordinal_suffixes: &'static [&'static str],
    /// Words between a day and its month (`the 1st of May 2026`), none in Swedish.
    pub day_month_links: &'static [&'static str],
    /// Fraction denominators, singular and plural (`quarter`, `quarters`, `tusendel`), in the
    /// genitive (`tusendels`) and in the definite form (`tredjedelen`), beyond those an ordinal
    /// makes with an ending of [`LangTable::ordinal_fraction_endings`] (`third`, `tiondels`, as
    /// in `en tiondels sekund`, a tenth of a second).
    pub fraction_denominators: &'static [(&'static str, u32)],
    /// Endings that make an ordinal of [`LangTable::ordinals`] a fraction's denominator, singular
    /// and plural, as a language builds every fraction from its ordinal (`thirtieth` and
    /// `thirtieths`: the empty ending and `s`; `trettiondel`, `trettiondels`, `trettiondelar`, and the
    /// plural's genitive, `två tredjedelars majoritet`): the
    /// denominators [`LangTable::fraction_denominators`] need not list.
    /// Where the ordinal ends as the ending starts, the two may be written once (`tionde` and
    /// `del` make `tiondel`, `tredje` and `del` make `tredjedel`). Lower case.
    pub ordinal_fraction_endings: &'static [&'static str],
    /// Denominators that also name a period of time (`one quarter before its application`,
    /// a quarter of a year), and the word that makes them a share (`a quarter of the funds`).
    pub period_denominators: (&'static [&'static str], &'static str),
    /// Words right before a number that make it and a plural of `period_denominators` after it
    /// a count of periods (`in four quarters`, `over two quarters`), lower case.
    pub period_count_leads: &'static [&'static str],
    /// Whether a denominator alone is a fraction (`tredjedelen` = one third).
    pub bare_fractions: bool,
    /// Words for one half on their own (`half`, `hälften`).
    pub half_words: &'static [&'static str],
    /// Phrases for half of one unit, which are a figure before a scale word or a unit
    /// (`half a million` = 500 000, `en halv procentenhet` = 0.5 percentage points), lower case.
    pub unit_halves: &'static [&'static str],
    /// Phrases for a part of one unit, with the decimals of their figure (`a quarter of a`:
    /// `25`, 0.25; `tenth of a`: `1`, 0.1; `hundradels`: `01`, 0.01), lower case: a fraction
    /// before `of a` (`the nearest tenth of a percentage point`), or a Swedish fraction noun in
    /// the genitive (`närmaste tiondels procentenhet`), with the unit after it is that figure
    /// of the unit, not a count of one.
    pub unit_parts: &'static [(&'static str, &'static str)],
    /// Phrases that add a half to the whole number written before them (`two and a half
    /// billion` = 2.5 billion, `en och en halv miljon` = 1.5 million), lower case.
    pub added_halves: &'static [&'static str],
    /// The words that may stand before a round figure given roughly or rounded to (`ett
    /// tiotal`, "about ten"; `ett hundratal`; `till närmaste hundratal`, "to the nearest
    /// multiple of 100"), and the suffix of such a figure: the figure, optional. `None` where
    /// the language has none.
    pub approximate: Option<(&'static [&'static str], &'static str)>,
    /// Nouns that name a count (`dozen` = 12, `dussin`), a figure after an article or a
    /// number word (`a dozen`, `två dussin` = 24), given roughly: optional. Lower case.
    pub count_nouns: &'static [(&'static str, u64)],
    /// Adjectives that count what they qualify (`dual`, `twin`: two), with the count, lower
    /// case: before a noun (`a dual mandate`) or hyphened to one (`dual-tranche`), an optional
    /// count, which pairs with the other version's number (`två delar`) and is never reported
    /// alone, as the other version may say none (`den dubbla omställningen`). Not `double` or
    /// `triple`, which `multiplying_words` reads as multipliers.
    pub counting_adjectives: &'static [(&'static str, u32)],
    /// Words that stand for a count with no number word: nouns of a span of time that name
    /// its length (`year`: 1 year, `fortnight`: 2 weeks, `decade`: 10 years), phrases of one
    /// (`dygnet runt`: 24 hours) and words of two (`both`, `båda`); each with the count and
    /// the unit counted (empty for none); lower case. One of count 1 is a figure only after a
    /// word of [`LangTable::unit_articles`] (`a year`, `ett år`), one of a larger count anywhere
    /// (`the past decade`).
    pub implicit_counts: &'static [(&'static str, (u64, &'static str))],
    /// Determiners before a count in the definite plural that refers back to things named
    /// before (`de` in `de två sänkningarna`); empty where the language marks none.
    pub back_reference_determiners: &'static [&'static str],
    /// Words of a whole before a count in words that restates how many things the text names
    /// (`all three of the following conditions`, `samtliga tre villkor`), which the other
    /// version may leave to its determiner alone (`samtliga följande villkor`).
    pub whole_determiners: &'static [&'static str],
    /// Words before a count in words of the items a list after a colon gives (`det högre av
    /// följande två tal: 0,1 % … eller 5,0 %`, `the following three conditions:`), which the
    /// other version may leave to the list (`the higher of 0.1% … or 5.0%`); lower case. Not
    /// before a noun with no colon after it (`de följande två åren`, a length of time).
    pub list_count_determiners: &'static [&'static str],
    /// Set phrases that open with a number word that counts nothing the other version must
    /// count (`två sidor av samma mynt`, "the other side of the same coin"), lower case: the
    /// number word that opens one is optional.
    pub idiom_counts: &'static [&'static str],
    /// The endings of a noun in the definite plural (`-na` of `sänkningarna`, `-en` of
    /// `åren`), after such a determiner and count.
    pub definite_plural_endings: &'static [&'static str],
    /// Adjectives of the rest of a whole named before, which may stand between such a count
    /// and its noun (`de två andra nivåerna` for `the other tiers`, `de tre övriga
    /// medlemsstaterna`), lower case: the count is the rest's size, which the other version may
    /// well leave to the reader. Not other adjectives (`de tre första åren` for `the first three
    /// years`), before which both versions count.
    pub remainder_adjectives: &'static [&'static str],
    /// Words that name a share of a whole without a figure (`samtliga`, all: 100 %; `halvtid`,
    /// half time: 50 %; `full-time`), with the percentage; lower case, whole words.
    pub share_words: &'static [(&'static str, u32)],
    /// Words and phrases that name how often a thing recurs by its period (`quarterly`,
    /// `varje halvår`, `monthly`), with the period's length in months; lower case.
    pub frequency_words: &'static [(&'static str, u32)],
    /// Phrases that name how often a thing recurs by a period the other language counts in
    /// hours (`per dygn`, once in each period of 24 hours, which English writes `every 24
    /// hours`), with the period's length in hours; lower case.
    pub hourly_frequency_words: &'static [(&'static str, u32)],
    /// The names of a full-time equivalent, the unit of staff time (`full-time equivalent`,
    /// `FTE`, `heltidsekvivalent`), lower case: one post's figure of at most one is the share
    /// of full time that [`LangTable::share_words`] name (`0.5 full-time equivalent` = `på
    /// halvtid`, 50 %).
    pub full_time_equivalents: &'static [&'static str],
    /// The capital a questionnaire numbers its questions by (`Q5`, English `question`; `F5`,
    /// Swedish `fråga`).
    pub question_letter: u8,
    /// Words of a fall or a shortfall (`deficit`, `decline`, `underskott`, `minskning`), lower
    /// case, matched as the start of a word: a figure after one may drop its minus sign in
    /// the other version (`a deficit of -7.9%` = `ett underskott på 7,9 %`).
    pub negative_words: &'static [&'static str],
    /// The articles and number words of one before a noun of time (`a`, `one`, `ett`).
    pub unit_articles: &'static [&'static str],
    /// Of [`LangTable::unit_articles`], those that are numerals and nothing else (English
    /// `one`, against the article `a`): `within one year` states a count the translation must
    /// carry, while `a year` and Swedish `ett år` may stand for an article.
    pub unit_numerals: &'static [&'static str],
    /// Adjectives that stress a count of one, which may stand between a word of
    /// [`LangTable::unit_articles`] and its noun of time (`a single year`, `ett enda år`), lower
    /// case: the count stays the article's.
    pub singling_adjectives: &'static [&'static str],
    /// Determiners before a numeral of [`LangTable::unit_numerals`] that make it stress one
    /// unit, whichever it is, rather than count (`in any one year`, "in whichever year", as
    /// Swedish says `under ett och samma år`), lower case: the count is then optional, as an
    /// article's is.
    pub choosing_determiners: &'static [&'static str],
    /// Adjectives of percent hyphened to their figure (`10-procentig`), which make it a
    /// percentage.
    pub percent_adjectives: &'static [&'static str],
    /// First parts of a compound glued by a hyphen to the figure before it that name the
    /// figure's unit (`70-procentsmålet`, the 70 % target; `100-eurosedeln` and `a 100-euro
    /// note`, the €100 banknote), lower case, with the unit: `%`, `pp`, a currency's code as
    /// [`LangTable::currencies`] gives it, or `cent` for euro cents. The longest head that
    /// starts the word wins, whether the word ends after it or goes on; an empty unit marks a
    /// word that starts like a head and names no unit (`procentil`, `centimetre`).
    pub unit_compound_heads: &'static [(&'static str, &'static str)],
    /// Endings that make a number word before them a word of multiplying (`-faldig`,
    /// `-dubbling`, `-fold`): `sextonfaldig` = 16 times, beyond the forms
    /// [`LangTable::multiplying_words`] lists.
    pub multiplying_suffixes: &'static [&'static str],
    /// Words before an indefinite plural of an act's kind that make it name acts (`the
    /// regulations`, `these directives`, `dessa förordningar`); without one, the plural names
    /// rules in general (`laws, regulations and administrative provisions`).
    pub act_type_determiners: &'static [&'static str],
    /// Quarter-year words (`quarter`, `kvartalet`).
    pub quarter_words: &'static [&'static str],
    /// Half-year words (`half`, `halvåret`).
    pub half_year_words: &'static [&'static str],
    /// Words that may join a quarter or half-year to its year (`of`, `of the year`).
    pub period_year_links: &'static [&'static str],
    /// Suffix of a decade after its first year (`s` in `1990s`, `-talet` in `1990-talet`).
    pub decade_suffixes: &'static [&'static str],
    /// Words for a century after its ordinal (`21st century`, `21:a århundradet`), lower case.
    pub century_words: &'static [&'static str],
    /// Units a figure counts, written after it, lower case, with a name the same in both
    /// languages (`days` and `dagar` → `day`, `tonnes` and `ton` → `t`): compared where both
    /// versions name one (see [`UNIT_SYMBOLS`] for `MW`, `kg`). A word of two letters or fewer
    /// (`ar`, an are) counts only as written, in lower case.
    pub figure_units: &'static [(&'static str, &'static str)],
    /// The word for the last of numbered parts (`the last subparagraph`, `sista meningen`).
    pub last_word: &'static str,
    /// The days of a period `last_word` may name the last of, singular, lower case (`the last
    /// working day of each month`, `sista arbetsdagen i varje månad`): an optional `ord:last`.
    pub last_period_nouns: &'static [&'static str],
    /// Endings of compound unit words, with their unit (`arbetsdagar`, `kalenderdagar`).
    pub figure_unit_endings: &'static [(&'static str, &'static str)],
    /// The preposition before the unit that ends a table cell's name (`time to arrival, in
    /// minutes`, `tid till ankomst, i minuter`).
    pub cell_unit_prepositions: &'static [&'static str],
    /// Words that may stand between a figure and its unit (`working` in `10 working days`).
    pub figure_unit_qualifiers: &'static [&'static str],
    /// Qualifiers (English, before the unit) and first parts of compounds (Swedish) that make a
    /// unit another, with the unit they make it: working days are not calendar days
    /// (`("working", "day", "workday")`, `("arbets", "day", "workday")`).
    pub figure_unit_refinements: &'static [(&'static str, &'static str, &'static str)],
    /// Abbreviations of units that a language writes after a figure or after the slash of an
    /// amount given per unit, as written (case matters), with the unit's name the same in both
    /// languages: the livestock unit, `LU` in English, `DE` (djurenhet) in Swedish (`EUR
    /// 105.60/LU` = `105,60 EUR/DE`, `410 000 LU` = `410 000 DE`); the Swedish hour, `tim`; the
    /// horsepower, `hp` in English, `hk` (hästkraft) in Swedish, an engine's power as the kilowatt
    /// is; a vessel's gross tonnage, `GT` in English, `BT` (bruttodräktighet) in Swedish, the size
    /// of a fishing fleet beside its engine power in kilowatts.
    pub unit_abbreviations: &'static [(&'static str, &'static str)],
    /// The word before the unit an amount is given per (`EUR 40 per tonne`, `40 euro per ton`).
    pub figure_per_words: &'static [&'static str],
    /// The preposition before the unit a quantity is given in where no figure stands (`total
    /// energy consumption in MWh`, `i GWh`), with the space after it, as written at a
    /// sentence's start and inside it.
    pub unit_prepositions: &'static [&'static str],
    /// The words that most often follow a `unit_prepositions` entry and name no unit (`in the`,
    /// `in accordance`, `i enlighet`, `i artikel`), as written: the unit tables are not tried
    /// after them, which spares most of the searches of a text.
    pub unit_preposition_skips: &'static [&'static str],
    /// Phrases of two words that say `per` before the unit of a figure's rate, lower case, words
    /// apart by one space (`15 mg for each kilogram` = `15 mg per kilo`: mg/kg).
    pub figure_per_phrases: &'static [&'static str],
    /// Phrases after a figure (or its unit and a few words) that name the period of a rate
    /// without a `per` and a plain unit of time, lower case, words apart by one space, with the
    /// unit of time (`("per annum", "year")`, `("om året", "year")`, `("per kalenderår",
    /// "year")`), or the name of a period no unit of time is (`("per kvartal", "quarter")`).
    pub rate_periods: &'static [(&'static str, &'static str)],
    /// Nouns after a `per` of a rate that are its basis other than a unit of time, lower case,
    /// with the basis (`("portion", "serving")`, `("invånare", "person")`): `500 mg per day`
    /// against `500 mg per portion` is a changed basis, compared as a rate's period is.
    pub rate_bases: &'static [(&'static str, &'static str)],
    /// Words after the symbol of a voltage that name the kind of current, lower case, with the
    /// kind (`("alternating current", "AC")`, `("likström", "DC")`): `125 V AC` = `125 V
    /// växelström`, a voltage qualified (see [`VOLTAGE_CURRENTS`]).
    pub current_kinds: &'static [(&'static str, &'static str)],
    /// Words after a tonne or a kilogram that name the basis its weight is given on, lower
    /// case, with the basis as [`WEIGHT_BASES`] names it (`("carcass weight", "cw")`,
    /// `("produktvikt", "pw")`): `341 200 tonnes (product weight)` = `341 200 ton
    /// (produktvikt)`, where `slaktvikt` is another quantity of meat.
    pub weight_bases: &'static [(&'static str, &'static str)],
    /// Words that name what an amount of money a unit is given per measures, before or after
    /// its scale and currency, with the basis's name the same in both languages
    /// (`("invested", "invested")`, `("i intäkter", "revenue")`): `tCO2e/EUR million invested`
    /// = `tCO2e/investerad miljon euro`, where `tCO2e/miljon euro i intäkter` is another
    /// quantity (the indicators of principal adverse impacts, Delegated Regulation (EU)
    /// 2022/1288, Annex I).
    pub money_bases: &'static [(&'static str, &'static str)],
    /// Words that give an amount per each single unit of its currency (`every EUR 1 invested`,
    /// `varje euro som investeras`, `per euro`): the other language may name the one unit by
    /// its currency's word alone, with no figure, so an amount of 1 after them is optional.
    pub unit_amount_words: &'static [&'static str],
    /// Adjectives of a period before the noun of an amount (`an annual fee of EUR 30`, `17
    /// månatliga avbetalningar på 348,80 euro`), lower case, with the unit of time: the amount
    /// is given per that period, as `EUR 30 per year` is.
    pub amount_period_adjectives: &'static [(&'static str, &'static str)],
    /// First parts of a compound noun of an amount that name its period (`års` of `årsavgift`,
    /// `månads` of `månadslön`), lower case, with the unit of time; English writes an adjective.
    pub amount_period_parts: &'static [(&'static str, &'static str)],
    /// Prepositions between the noun of an amount and its figure (`a fee of EUR 30`, `en avgift
    /// på 30 euro`), lower case.
    pub amount_prepositions: &'static [&'static str],
    /// Words that give the basis of a share, lower case, as the end of the percentage's own
    /// word or right after it, with the basis (`("viktprocent", "% by weight")`, `("by
    /// volume", "% by volume")`, `("vol", "% by volume")`): compared where both versions name
    /// one.
    pub share_bases: &'static [(&'static str, &'static str)],
    /// Words of relation right before a figure, with the direction of the bound they set
    /// (`at least`, `högst`, `does not exceed`, `understiger`). A negated phrase is listed whole
    /// (`not more than`: upper) and wins over its shorter end, as the longest match does.
    pub figure_bounds: &'static [(&'static str, Bound)],
    /// Words of equality before a phrase of `figure_bounds`, lower case: the limit takes the
    /// figure in (`equal to or above`, `lika med eller överstiger`).
    pub figure_bound_equalities: &'static [&'static str],
    /// The phrases of `figure_bounds` that leave the figure itself out (`more than`, `below`,
    /// `exceeds`, `mer än`, `under`, `överstiger`): a strict bound, which a limit that takes
    /// the figure in (`at least`, `minst`, `not more than`) is not.
    pub strict_figure_bounds: &'static [&'static str],
    /// The phrases of `figure_bounds` that name a figure just short of or just past its bound
    /// (`almost`, `just over`, `knappt`, `drygt`): near the figure, as an approximation is, on
    /// the side their direction names.
    pub near_figure_bounds: &'static [&'static str],
    /// Words of approximation right before a figure (`about`, `around`, `cirka`, `omkring`):
    /// a figure given roughly, on either side, which a bound of the other version is not (`about
    /// EUR 3,900` against `över 3 900 euro`). Lower case.
    pub figure_approximations: &'static [&'static str],
    /// Words before a negation that make it the condition of an exception (`om inte`,
    /// `unless`-like): the relation word after it bounds the figure as it reads (`om inte
    /// transporten är kortare än 100 km` = `unless the journey is shorter than 100 km`).
    pub figure_bound_exceptions: &'static [&'static str],
    /// Adjectives of a limit before a noun, the figure after the noun and its preposition
    /// (`a minimum haircut of 8%`, `ett lägsta värderingsavdrag på 8 %`), with the direction of
    /// the bound they set; `figure_bound_nouns_of` holds the prepositions.
    pub figure_bound_adjectives: &'static [(&'static str, Bound)],
    /// The prepositions between the noun of a `figure_bound_adjectives` phrase and its figure.
    pub figure_bound_nouns_of: &'static [&'static str],
    /// Words of `figure_bounds` that are also prepositions of time or place (`under 2025`,
    /// `under artikel 5`, `over the period`): a bound only before a percentage, an amount or a
    /// figure with a unit other than one of time (`over three years` and `under tre år` name a
    /// period, `under 12 medlemsstater` may be during their meetings). `up to` and `upp till`
    /// are no such words: before a figure they bound it, a bare count too (`up to 3
    /// contractors`), and a day after them is a date, which `date_bounds` reads.
    pub figure_bound_prepositions: &'static [&'static str],
    /// Words that make a figure of `figure_bound_prepositions` an age, which the preposition
    /// bounds (`children under 16`, `applicants who are over 70 years of age`, `barn under 16
    /// år`, `sökande som är över 70 år`): the last word before the preposition (`age_leads`: a
    /// copula or a noun of persons) or a word right after the figure or its unit of years
    /// (`age_words`: `of age`, `old`, `gamla`, `ålder`), lower case.
    pub age_leads: &'static [&'static str],
    pub age_words: &'static [&'static str],
    /// Words of negation that, a few words before a relation word of `figure_bounds`, may turn
    /// its direction (`shall not be less than`, `inte skulle öka med mer än`): the bound of a
    /// comparison (`figure_bound_comparatives`) that the negation of the verb right before it
    /// governs is turned (`do not account for more than 9%`: at most 9%), any other figure is
    /// read as no bound.
    pub figure_bound_negations: &'static [&'static str],
    /// The last words of the phrases of `figure_bounds` that compare (`than`, `än`): a
    /// negation turns them (`not … more than`), not the limits of their own (`at least`).
    pub figure_bound_comparatives: &'static [&'static str],
    /// Words that, between a negation and a relation word, keep the negation from turning it,
    /// lower case: conjunctions, words that open another clause and words that narrow the
    /// negation (`not published where fewer than`, `not only`, `inte … och mer än`).
    pub figure_bound_negation_stops: &'static [&'static str],
    /// Words that, after a value a negation stands before, give the value that holds instead,
    /// lower case (`not 5% but 3%`, `inte den 21 juni utan den 27 februari`): the pair says
    /// what `3%, not 5%` says.
    pub contrast_words: &'static [&'static str],
    /// Auxiliaries of the passive and the perfect between a negation and its verb, lower case
    /// (`shall not be transported for more than`): the negation bears on the verb as near as
    /// without them (`do not account for more than`).
    pub figure_bound_negation_auxiliaries: &'static [&'static str],
    /// Finite auxiliaries, and in Swedish the sentence adverbs a subordinate clause puts before
    /// them, that follow a count standing for a noun named before it, lower case (`8 had
    /// notified partial transposition and 3 had notified none`, `åtta hade anmält … och tre
    /// inte hade anmält`): such counts count one noun, the one named before.
    pub elliptic_count_followers: &'static [&'static str],
    /// Words of relation right after a figure or its unit, with the direction of the bound
    /// they set (`20 kWh or more`, `30 % eller mindre`, an age: `aged 65 and over`, `65 år
    /// eller äldre`, `18 år och yngre`), read where none stands before it.
    pub figure_bounds_after: &'static [(&'static str, Bound)],
    /// Words of relation after a figure or its unit that bound it only where they close its
    /// phrase, a mark or the text's end after them (`(28 nm och större)`, `2 nm och mindre.`):
    /// before a word they are a comparison of their own (`och större projekt`, `och mindre än
    /// 2 %`, `och under alla omständigheter`).
    pub figure_bounds_closing: &'static [(&'static str, Bound)],
    /// Abbreviated words of a limit right before a figure, with their full stop and the
    /// direction of the bound (`max. 0.2 g/kg`, `min. 95 %`), as a table cell's terse lines
    /// write them; lower case.
    pub figure_bound_abbreviations: &'static [(&'static str, Bound)],
    /// The words of a yes or no answer that fill a table cell alone (`| Yes |`, `| Nej |`),
    /// with the answer, `true` for yes.
    pub answer_words: &'static [(&'static str, bool)],
    /// Words that join two bounds of one span, lower case (`minst 12 men högst 16 %`, `12 % or
    /// more but not more than 16 %`): the unit written after the second counts the first too.
    pub bound_joiners: &'static [&'static str],
    /// Words of change that may stand before a figure with only `change_links` between, with
    /// the direction they name, lower case (`fell` of `fell by 16.4%`, `minskning` of `en
    /// minskning med 16,4 %`): the figure measures that change.
    pub change_words: &'static [(&'static str, Change)],
    /// Endings of compounds that name a change (`ökning` of `prisökningen`), lower case.
    pub change_word_endings: &'static [(&'static str, Change)],
    /// Words that may stand between a word of change and its figure, lower case: the
    /// preposition of the change (`by`, `of`, `med`, `på`) and words of approximation (`almost`,
    /// `drygt`), but never `to`/`till`, after which the figure is the level reached.
    pub change_links: &'static [&'static str],
    /// The prepositions of a verb of change before its figure (`by`, `med`), lower case:
    /// between the verb and one of them may stand a few other words, the verb's subject in a
    /// Swedish clause that puts it after the verb or its object (`sjönk basräntan … med 28
    /// baspunkter`, `cut emissions by 55%`).
    pub change_prepositions: &'static [&'static str],
    /// The prepositions of a verb of change before the figure it starts from (`from`, `från`),
    /// lower case: the start of a change takes the verb's direction (`rose from 17.6 kW`,
    /// `minskade från 17,6 kW`), which a version that turns the verb changes; a few words may
    /// stand between the verb and the preposition, as between it and `change_prepositions`.
    pub change_origin_prepositions: &'static [&'static str],
    /// The prepositions of a verb of change before the level it reaches (`to`, `till`), lower
    /// case: that level takes the verb's direction as a level reached (`increased to 5.38%`,
    /// `höjs då till 5,38 %`, [`Change::RiseTo`]), which a version that turns the verb
    /// changes; a few words may stand between, as between the verb and `change_prepositions`.
    pub change_end_prepositions: &'static [&'static str],
    /// Verbs that compare their object with what the figure after a preposition of
    /// `change_prepositions` measures, with the direction they name, lower case (`exceeded` of
    /// `exceeded the 2019 level by 1.8%`, `översteg` of `översteg 2019 års nivå med 1,8 %`):
    /// the figure is the difference. Right before a figure they bound it instead (`exceeds 5
    /// %`), so they count only across the preposition.
    pub comparison_verbs: &'static [(&'static str, Change)],
    /// Words of change right after a figure or its unit, with the direction they name, lower
    /// case (`1.4% more`, `16,4 % färre`, `a 5% increase`), comparatives of size, length and
    /// warmth among them (`17 days shorter than the target`, `1,5–3 °C varmare`).
    pub change_words_after: &'static [(&'static str, Change)],
    /// Prepositions that, right after a figure or its unit and before a reference to compare
    /// it with, make the figure a difference with a direction, lower case (`0.20 minutes above
    /// the reference value`, `0,20 minuter under referensvärdet`): read only where a word of
    /// `comparison_references` follows within a few words, as `under` and `over` also name a
    /// period (`5 % under 2024`, `EUR 5 billion over the period`).
    pub comparison_prepositions: &'static [(&'static str, Change)],
    /// Ends of the nouns that name what a figure is compared with after a word of
    /// `comparison_prepositions`, lower case, as a compound ends (`average` of `EU average`,
    /// `värdet` of `referensvärdet`, `nivån` of `förkrisnivån`).
    pub comparison_references: &'static [&'static str],
    /// Prepositions that, right after a percentage or a number of percentage points and
    /// before a definite article, make the figure a difference with a direction without a
    /// word of `comparison_references` (`6.5 % below the TAC for 2025`, `3 pp above the
    /// 2019 figure`): lower case, with the articles in `comparison_articles`. Only words
    /// that never name a period (`above`, `below`; not `over the period`).
    pub comparison_direct: &'static [(&'static str, Change)],
    /// The definite articles after a word of `comparison_direct`.
    pub comparison_articles: &'static [&'static str],
    /// Indefinite articles of a noun that names the measure of a change between the
    /// preposition of a verb of change and the `change_noun_prepositions` before its figure
    /// (`increased by a liberalisation rate of 0.1%`, `ökats med en liberaliseringstakt på 0,1
    /// %`, `fell by an average of 2%`), lower case.
    pub change_noun_articles: &'static [&'static str],
    /// The prepositions between such a noun and its figure (`of`, `på`), lower case.
    pub change_noun_prepositions: &'static [&'static str],
    /// The prepositions that name what a noun of change changes, before the preposition of its
    /// figure (`an increase in final body weight of 3.1%`, `en minskning av utsläppen på 55
    /// %`), lower case.
    pub change_object_prepositions: &'static [&'static str],
    /// The start of a verb of rounding, lower case (`round`, `avrund`).
    pub rounding_stems: &'static [&'static str],
    /// The words after a verb of rounding that give its direction (`up`, `downwards`, `uppåt`),
    /// lower case.
    pub rounding_directions: &'static [(&'static str, Change)],
    /// The words between the direction of a rounding and the step it rounds to (`to the
    /// nearest`, `to the nearest multiple of`, `till närmaste`), lower case.
    pub rounding_leads: &'static [&'static str],
    /// Words of relation right before a date, with the direction of the limit they set (`on
    /// or after`, `no later than`, `senast`, `tidigast`); [`Bound::Before`] where the day itself
    /// is left out (`before`, `före`), [`Bound::Upper`] where it is the last one (`on or
    /// before`, `till och med`, and `until`, as the Union's texts use it). A negated phrase is listed whole (`not before`:
    /// lower). The start of a period (`from`, `as from`, `from … onwards`, `från och med`,
    /// `och framåt`) is listed in neither direction: a translation may name it as the deadline
    /// it sets (`from 1 June 2025, Member States shall ensure` = `senast den 1 juni 2025 ska
    /// medlemsstaterna se till`).
    pub date_bounds: &'static [(&'static str, Bound)],
    /// Words of relation right after a date, with the direction of the limit they set (`or
    /// later`, `at the latest`, `eller senare`), read where none stands before it.
    pub date_bounds_after: &'static [(&'static str, Bound)],
    /// Articles that may stand between a relation word and its date (`senast den 1 juni`).
    pub date_articles: &'static [&'static str],
    /// Words before a year that point into it (`mid-`, `the end of`, `hösten`), with the
    /// part they name: a season (`spring`, `summer`, `autumn`, `winter`) or a part of the
    /// year (`start`, `middle`, `end`). Lower case; an entry ending in `-` is written onto
    /// the year, any other stands a space before it.
    pub year_parts: &'static [(&'static str, &'static str)],
    /// Words before the first bound of a range (`between`, `from`).
    pub range_openers: &'static [&'static str],
    /// The range openers whose bounds a list word joins (`between 10 and 20`, `mellan 10 och
    /// 20`): `from` and `från` take only a range word (`från 10 till 20`), so after them a list
    /// word joins two values (`från 2015 och 2020`, the plans of two years).
    pub list_joined_openers: &'static [&'static str],
    /// Words that put a figure at the start of a change (`from`, `compared with`, `jämfört
    /// med`) and at its end (`to`, `till`): they name each figure's role whatever the order.
    pub change_origins: &'static [&'static str],
    pub change_ends: &'static [&'static str],
    /// Words that put a figure as the amount of a change (`by`, `med`) after a verb of
    /// `change_verbs`, where a word of `change_ends` after one puts it as the level reached
    /// (`extended by 19 hours`, a further 19, against `extended to 19 hours`, 19 in all).
    pub change_amounts: &'static [&'static str],
    /// Verbs that take a figure as the level a change reaches or as its amount by the word
    /// after them (`extended`, `reduced`, `förlängas`, `minskas`), lower case.
    pub change_verbs: &'static [&'static str],
    /// Words of relation before a length of time counted from an event, with the direction of
    /// the limit they set on the moment (`no later than 2 years before the expiry`, `tidigast
    /// två år efter`); `offset_anchors` holds the words after the length that name the event.
    pub offset_bounds: &'static [(&'static str, Bound)],
    /// Words after a length of time that count it back from an event (`true`: `before`,
    /// `innan`) or on from it (`false`: `after`, `efter`).
    pub offset_anchors: &'static [(&'static str, bool)],
    /// A word before a length of time and a word after it that count the length on from the
    /// event named after it (`within 30 days of receipt`): `of` names the event only after a
    /// length that `within` opens, lower case.
    pub offset_within: &'static [(&'static str, &'static str)],
    /// Prepositions that make the figure right after them, or after one of
    /// `figure_determiners` after them, the object of a phrase (`in 412 zones`, `of the 74
    /// zones`, `i 412 områden`, `av de 74 områdena`), lower case: a translation that orders a
    /// sentence's phrases otherwise moves each figure with its preposition, where a swap
    /// leaves the prepositions in their places and trades the figures after them.
    pub figure_prepositions: &'static [&'static str],
    /// Determiners between such a preposition and its figure (`the`, `de`), lower case.
    pub figure_determiners: &'static [&'static str],
    /// Prepositions between a figure and the country it is given for (`63.9% in Finland`,
    /// `63,9 % i Finland`), with a determiner the country's name may take (`in the
    /// Netherlands`), lower case.
    pub place_prepositions: &'static [&'static str],
    /// Names of the days of the week, with their plural, definite and genitive forms
    /// (`mondays`, `måndagen`, `måndagar`, `i måndags`), each with the English name in lower
    /// case: a weekday before a date is compared (`Friday 13 November` against `torsdagen den
    /// 13 november`), and one alone too (`on the Monday` against `på tisdagen`). Words of
    /// several days (`weekdays`, `vardagar`, `helgdagar`) are none.
    pub weekdays: &'static [(&'static str, &'static str)],
    /// The days of the week abbreviated as calendars and tables write them before a date
    /// (`Thu 22 Oct 2026`, `tors. 22 okt. 2026`), each with the English name in lower case,
    /// written as the language writes them (English with a capital): read with a full stop
    /// after them or none, as written, with a capital or in capitals, and only before a date,
    /// as alone they may be other words (`Sun`, `sat`, `ons`).
    pub weekday_abbreviations: &'static [(&'static str, &'static str)],
    /// Lines of an act's formulas that make a paragraph of their own, lower case, with what
    /// they say (`the president` and `ordförande`: `president`): the aligner pairs them as
    /// one token though they share no word.
    pub formula_lines: &'static [(&'static str, &'static str)],
    /// The starts of the lines that open the operative part of a recommendation or decision
    /// by naming whom it addresses, lower case with the space after them, with what they say
    /// (`recommends that ` and `härigenom rekommenderas `: `recommends`; `welcomes `,
    /// `välkomnar `: `welcomes`): the aligner pairs `RECOMMENDS THAT MEMBER STATES:` with
    /// `HÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT` as it pairs a whole formula line. A line
    /// [`formula_lines`](Self::formula_lines) gives whole (`härigenom rekommenderas följande`)
    /// says what that table says. The enacting formula's general form (`has adopted this `,
    /// `har antagit denna `: `adopted`) is an opener too, of whatever act it names; a Swedish
    /// act writes it after its author, in capitals, as the last words of its line.
    pub formula_openers: &'static [(&'static str, &'static str)],
    /// Words between the bounds of a range after an opener (`and`, `to`).
    pub range_joiners: &'static [&'static str],
    /// Words of change after which a dash set apart from a figure is its minus sign (`to – 2,7 %`).
    pub sign_leads: &'static [&'static str],
    /// What stands before the word `minus` to make it both signs (`plus or minus 10 percentage
    /// points` = `±10 procentenheter`), lower case, with what joins it to `minus` (`plus or `,
    /// `plus/`): the figure after is read without a sign, as after `±`.
    pub plus_minus_leads: &'static [&'static str],
    /// Words of halving, lower case (`halving`, `halvering`): each is an optional `by 50 %`.
    pub halving_words: &'static [&'static str],
    /// Words that multiply by a count, lower case, with the count (`doubled`, `fördubblades`,
    /// `tripled`): each is an optional count, as `twice` is.
    pub multiplying_words: &'static [(&'static str, u32)],
    /// Parts every word of `multiplying_words` holds, to find them by (`oubl`, `ubbl`).
    pub multiplying_anchors: &'static [&'static str],
    /// The name of the Court's press releases, lower case (`press release`, `pressmeddelande`).
    pub press_release_words: &'static [&'static str],
    /// What follows a count glued into a compound, with the unit it counts (`års` of
    /// `femårsperiod`: a year; `-day` of `two-day`).
    pub compound_count_stems: &'static [(&'static str, &'static str)],
    /// Number words as the first part of a compound writes them where they differ from the
    /// word alone (`fyr` of `fyrsiffrig` and `fyrårig`, four), lower case, with their value;
    /// read only before a stem of [`LangTable::compound_count_stems`].
    pub compound_cardinals: &'static [(&'static str, u64)],
    /// Heads of compounds that name a value measured over a period by the period's word before
    /// them (`medelvärde` of `dygnsmedelvärde`, the 24-hour mean; `riktvärde` of
    /// `årsriktvärde`, the annual guideline value), lower case; the compound may go on
    /// (`riktvärdet`, `gränsvärden`).
    pub period_value_heads: &'static [&'static str],
    /// The words of a period as the first part of such a compound, lower case, with the count
    /// and the unit they name (`dygns`: one day, the 24 hours English writes; `års`: one year).
    pub period_value_parts: &'static [(&'static str, (u64, &'static str))],
    /// Nouns of rank an ordinal is glued to as the first part of a compound (`plats` of
    /// `tredjeplatsen`, "third place").
    pub ordinal_compound_heads: &'static [&'static str],
    /// Words between the bounds of a range with no opener (`to`, `until`).
    pub range_bare_joiners: &'static [&'static str],
    /// Act words with their type, singular and plural (`regulation`, `förordningarna`).
    pub act_words: &'static [(&'static str, ActType)],
    /// Endings of compound act words (`genomförandeförordning`): Swedish builds them by compounding.
    pub act_word_endings: &'static [(&'static str, ActType)],
    /// English act words, capital first, that this language's texts keep in the English titles
    /// of publications they cite untranslated (an EFSA Journal opinion in a Swedish footnote:
    /// `… under Regulation (EC) No 1829/2003`): an act named so is read as the English reader
    /// reads it. Empty for English.
    pub kept_english_act_words: &'static [&'static str],
    /// English nouns, capital first, of the report series whose names this language's texts
    /// keep in English (`EEA Report 01/2024`, `Special Report No 05/2023` in a Swedish text):
    /// the number after one is the report's, read as the English reader reads it, not a
    /// month. Empty for English.
    pub kept_english_report_words: &'static [&'static str],
    /// Abbreviations of act domains in this language, mapped to the English ones used in keys.
    pub domains: &'static [(&'static str, &'static str)],
    /// The `No` before a pre-2015 act number.
    pub number_abbreviations: &'static [&'static str],
    /// Words for article, singular and plural.
    pub article_words: &'static [&'static str],
    /// Those of `article_words` that name one article, lower case (`article`, `artikel`): a
    /// list of two after one may end on a count (`artikel 14 och 316 mer detaljerade
    /// inspektioner`), as two articles take the plural (`artiklarna 14 och 16`).
    pub singular_article_words: &'static [&'static str],
    /// Words that may follow an article reference in running text, lower case: prepositions,
    /// list words, auxiliaries and verbs that take a reference as their subject, the parts of an
    /// article named after it (`artikel 3 och 4 i förordningen`, `Article 3 and 4 shall apply`).
    /// After a singular article word, a number that ends a list before another lower-case word
    /// may be a count (see `singular_article_words`).
    pub reference_followers: &'static [&'static str],
    /// The endings of a noun in the plural, where a language writes nouns with a capital
    /// mid-sentence (`States` of `17 Member States`): after a number that ends a list of
    /// articles, such a noun makes the number a count. Empty where nouns are written in lower
    /// case, which `reference_followers` covers.
    pub plural_noun_endings: &'static [&'static str],
    /// The endings of singular nouns among those of `plural_noun_endings` (`Access`,
    /// `Analysis`, `Consensus`).
    pub singular_noun_endings: &'static [&'static str],
    /// Nouns of documents that are no acts, lower case, which number themselves after the
    /// number abbreviation (`Notification No 2025/031`, a CITES notification to the Parties, =
    /// `notifikation nr 2025/031`): the number is theirs, not that of an act word before it in
    /// the clause (`Those recommendations were communicated by Notification No 2025/031`).
    pub numbered_document_nouns: &'static [&'static str],
    /// Nouns of the measures an international body numbers with two figures around a slash
    /// (a regional fisheries body's `Resolution 18/03`, `resolution 18/03`; `Recommendation
    /// 1/2003` of an association council), lower case: the number after one is the measure's,
    /// compared as written, not a date.
    pub numbered_measure_nouns: &'static [&'static str],
    /// Words for an amending budget of the Union, lower case, before its number in its year
    /// (`DAB 3/2026`, `amending budget No 3/2026` = `ändringsbudget nr 3/2026`, `FÄB 3/2026`):
    /// one reference in every language, with or without the number abbreviation.
    pub amending_budget_nouns: &'static [&'static str],
    /// Words before an article or annex numbered under a heading's code, as the EU–UK Trade
    /// and Cooperation Agreement numbers them (`Article FISH.9`, `ANNEX ORIG-2B`), with the
    /// kind of part (`art`, `annex`, `point`).
    pub coded_part_words: &'static [(&'static str, &'static str)],
    /// Words for a numbered paragraph or point (of an article, a conclusion, an annex), before
    /// its number: English `paragraph 2`, `points 1 to 4`; Swedish `punkt 2`, `punkterna 1–4`.
    pub paragraph_words: &'static [&'static str],
    /// Words for a numbered section of a national statute, before its number, that a
    /// language shares with a document's sections: English `Section 14a`, `Sections 14b and
    /// 14c` of a Swedish ordinance, which Swedish writes with the section sign (`14 a §`, `14 b
    /// och 14 c §§`), as English writes `Paragraph 7c` of an Austrian law (`7 c §`). A list is
    /// read as paragraphs only where a number of it has a letter, as inserted sections have
    /// (`Section 14a`), or where the statute is named after it ([`Self::statute_nouns`]): a
    /// document's section (`Section 3.2`, `avsnitt 3.2`) is a unit. Swedish, which writes its
    /// own statutes' sections with the section sign, writes those of others with its word for
    /// a document's section (`avsnitt 89 i lagen om valförfarandet` = `section 89 of the
    /// Electoral Process Act`).
    pub statute_section_words: &'static [&'static str],
    /// Nouns for a national statute, lower case, that name the statute whose sections a
    /// list after a [`Self::statute_section_words`] word is of (`Sections 3 to 5 of the Act`,
    /// `of the Swedish Environmental Code`, `i lagen om valförfarandet`): such a list is read
    /// as the statute's paragraphs, whole numbers too, and a number of one dotted part as the
    /// section and its subsection (`avsnitt 28.2 i lagen` = `Section 28(2) of the Act`).
    pub statute_nouns: &'static [&'static str],
    /// Words that end in a statute noun of [`Self::statute_nouns`] but name no statute, lower
    /// case (`förslagen`, the proposals; `underlagen`), where a language writes a statute's
    /// name as a compound that ends in its noun (`vallagen`, the electoral act; see
    /// [`Self::class_compounds`]).
    pub not_statute_compounds: &'static [&'static str],
    /// The words between such a list and the statute's name (`of the`, `of that`, `i`).
    pub statute_leads: &'static [&'static str],
    /// The words between an article and the short name of the act it belongs to (`Article 12
    /// of the AMLD6`, `artikel 12 i AMLD6`).
    pub act_name_leads: &'static [&'static str],
    /// Nouns for a numbered item (of a balance sheet, a budget), lower case, that a language
    /// writes only as the last part of a compound naming what it is an item of, before the
    /// item's number: Swedish `tillgångspost 7.2` = `asset item 7.2`, `skuldposterna 7, 8 och
    /// 9` = `liability items 7, 8 and 9`. Read as a paragraph word is read, lists too; never
    /// alone (`post 76 i bilaga XVII` is `entry 76 of Annex XVII`, a plain number in English).
    pub item_nouns: &'static [&'static str],
    /// Ends of a compound's first part, lower case, that make a compound ending in one of the
    /// [`Self::item_nouns`] no item: `kompost`, `utpost`, `förpost`, `vaktpost`, `gränspost`.
    pub not_item_heads: &'static [&'static str],
    /// Nouns that a number labels (`Table 1`, `tabell 1`, `Part 1`, `del 1`), lower case: a
    /// `1` after one is the label's number, never the article the other language may write
    /// for it (`within 1 month`, `inom en månad`).
    pub labelled_nouns: &'static [&'static str],
    /// Words introducing a point inside an article (`led` in `artikel 10.1 led x`).
    pub point_words: &'static [&'static str],
    /// Words naming points before the article they belong to (`point (b) of Article 4(2)`,
    /// `Article 4(2), points (a) and (c)`, `led b i artikel 4.2`).
    pub point_names: &'static [&'static str],
    /// Words naming the numbered points of an article right after its number, with no comma
    /// between (`artikel 63 punkterna 1 och 2` = `Article 63, points 1 and 2`), as the former
    /// Treaties numbered the points of some articles: English names them after a comma with
    /// a point name, which [`LangTable::point_names`] covers. Also the word before the numbered
    /// point of a point lettered with a capital (`led D punkt 1` = `point (D)(1)`), which
    /// English glues in brackets.
    pub numbered_point_words: &'static [&'static str],
    /// The word between such points and their article (`of`, `i`).
    pub point_of: &'static [&'static str],
    /// Words that stand, like a comma, between an article and the points named after it: the
    /// Swedish amending formula `I artikel 2 ska led c ersättas` (English `in Article 2,
    /// point (c) is replaced`).
    pub points_after_words: &'static [&'static str],
    /// Whether points are written as bare letters (`artikel 5.1 a och c`) rather than in
    /// brackets (`Article 5(1)(a) and (c)`).
    pub bare_points: bool,
    /// One-letter words that are never an article point (Swedish `i` = in).
    pub not_points: &'static [&'static str],
    /// Words after which a lettered point stands without a point word (`första stycket b`,
    /// `punkt A`).
    pub point_after_words: &'static [&'static str],
    /// Nouns whose items a text letters as points, in brackets or bare as the language writes
    /// points (`categories (a) to (c)`, `kategorierna a–c`): small letters only.
    pub lettered_item_nouns: &'static [&'static str],
    /// Short words that follow a point word in running text (`som led av`, "who suffered
    /// from"), never a point's letters.
    pub point_stop_words: &'static [&'static str],
    /// The words that open an amending formula naming the label of the text it quotes after
    /// it (`the following` of `the following Article 77a is inserted:`), lower case.
    pub insertion_leads: &'static [&'static str],
    /// The words that close such a formula after the label (`is inserted`, `ska läggas till`),
    /// lower case.
    pub insertion_verbs: &'static [&'static str],
    /// The words naming an article already named in the same text (`the same Article`,
    /// `samma artikel`), lower case.
    pub same_article: &'static [&'static str],
    /// Words that never follow the preposition that is also a roman point (Swedish `i`), lower
    /// case: a point `i` before one ends its reference (`led a i till och med`, point (a)(i);
    /// `artikel 25.6 b i får`, a verb). A roman point after it does too (`artikel 4.1 i ii`).
    pub not_after_point_word: &'static [&'static str],
    /// The abbreviations, as written, that number the application requirements of a
    /// reporting standard's appendix (the ESRS `AR 45`; Swedish `TK 45`, tillämpningskrav,
    /// where some language versions keep `AR`): the requirement with its lettered points is one
    /// reference (`AR 45(d)` = `TK 45 d`).
    pub application_requirement_words: &'static [&'static str],
    /// Nouns whose number a bare lettered point may follow (`skäl 6 a`, recital 6, point (a)).
    pub numbered_point_nouns: &'static [&'static str],
    /// Words joining items of a list (`and`, `or`).
    pub list_joiners: &'static [&'static str],
    /// The words of `list_joiners` that join figures of one unit written once after the last
    /// (`0,01 respektive 0,05 viktprocent`): not `or`, which also sets a count beside the share
    /// it makes (`1 638 eller 48 %`, `1 638, or 48%`).
    pub unit_list_joiners: &'static [&'static str],
    /// The plural of a quarter and a half of a year before the year (`quarters of`), and the
    /// period it names.
    pub plural_periods: &'static [(&'static str, &'static str)],
    /// Names of the Official Journal (`OJ`, `EUT`, `EGT`).
    pub journal_names: &'static [&'static str],
    /// Names of the Official Journal that fit issues of some dates only, each with the first
    /// day it names (ISO, empty: from the start) and the first day it no longer names (empty:
    /// still in use): Swedish `EGT` before 1 February 2003, `EUT` from then on. A reference
    /// whose name does not fit its date is keyed apart from the same issue rightly named.
    pub dated_journal_names: &'static [(&'static str, &'static str, &'static str)],
    /// Page abbreviations (`p.`, `pp.`, `s.`).
    pub page_words: &'static [&'static str],
    /// Commission document prefixes of this language mapped to the English ones (`KOM` → `COM`).
    pub document_prefixes: &'static [(&'static str, &'static str)],
    /// The Treaties, the Charter and other basic texts cited by name, whose articles a
    /// translation may give to another (`TFEU`, `EUF-fördraget` → `TFEU`; the Staff
    /// Regulations, `anställningsvillkoren` → `CEOS`; the Rules of Procedure of a Court), with
    /// their code: as written, but for a first letter in lower case, which a capital may start.
    pub treaty_names: &'static [(&'static str, &'static str)],
    /// Words one of which every Treaty name holds, as written (`Treaty`, `TEU`, `fördrag`): a text
    /// without any is not searched for the names.
    pub treaty_gates: &'static [&'static str],
    /// Words that open a clause joined to the one before it after a comma, lower case
    /// (`medan`, `men`, `och`, `vilket`): where a translator writes two sentences of the
    /// original as one, the second opens with one of them or after a semicolon (`… (tabell
    /// 2), medan övriga bidrag inte justeras.` = `… (Table 2). The other contributions are not
    /// adjusted.`). The sentence aligner reads them as seams where a sentence may be cut.
    pub clause_joins: &'static [&'static str],
    /// Countries named by their names (`Latvia`, `the Czech Republic` = `Czechia`, `Lettland`),
    /// with a language-independent code (ISO 3166, `LV`): as written, capital first. A code left
    /// empty marks a longer name that holds a country's and names something else (`Northern
    /// Ireland`), read whole so that the country's name inside it is not.
    pub country_names: &'static [(&'static str, &'static str)],
    /// The endings a country's name takes (the Swedish genitive, `Lettlands`), besides none.
    pub country_name_endings: &'static [&'static str],
    /// The acronyms, as this language writes them, of the international bodies both versions
    /// name by the same letters, with the acronym they are keyed by: the regional fisheries
    /// management organisations (`ICCAT`, Swedish `Iccat` as a word is written, `IOTC`
    /// spelled letter by letter). A table row or a sentence that names one body in the original
    /// and another in the translation is a changed name. Their endings are those of the names
    /// of countries (`Iccats`, `Nafos`).
    pub organisation_acronyms: &'static [(&'static str, &'static str)],
    /// Adjectives that name a country alone (`Croatian`, `kroatisk`), with its code: a first
    /// letter in lower case, read only where a capital starts it (`Kroatiska`), as a name is
    /// looked for only where a capital stands. Words shared by several countries (`English`)
    /// are left out.
    pub country_adjectives: &'static [(&'static str, &'static str)],
    /// The endings a country's adjective takes (`kroatiska`, `kroatiskt`), besides none.
    pub country_adjective_endings: &'static [&'static str],
    /// Nouns of countries a count stands before (`three countries`, `dessa tre länder`), lower
    /// case: a count in words before one restates how many countries its passage names.
    pub country_nouns: &'static [&'static str],
    /// Words between a count and the noun of the whole it counts a part of, lower case,
    /// longest first (`14 av EU:s medlemsstater`, `3 of the Member States`): the count counts
    /// that noun as much as one right before it (`14 EU Member States`).
    pub count_partitives: &'static [&'static str],
    /// Words that give one figure to each of several items of their clause, lower case
    /// (`244 arbetsdagar på vardera anställningsorten` for `244 working days remain in Brussels
    /// and 244 in Luxembourg`, `two seats each`): a version may write the figure once where the
    /// other writes it for each item. Matched as whole words.
    pub distributive_words: &'static [&'static str],
    /// Words by which a sentence refers back to a figure given just before, in it or in the
    /// sentence before, rather than write it again, lower case: the pro-form of a comparison
    /// (`äldre än så`, "older than that") or a noun of a level or an amount that a determiner
    /// points back with (`den nuvarande nivån` for `the level of EUR 20`), or a relative clause
    /// that names the figure just given in a new role (`till 20 miljoner euro, vilket då blir
    /// taket` for `to EUR 20 million, so the ceiling is EUR 20 million`). Matched as whole
    /// words.
    pub restating_words: &'static [&'static str],
    /// Phrases that open with one of [`LangTable::restating_words`] but refer back to nothing
    /// (`än så länge`, "so far"), lower case.
    pub not_restating: &'static [&'static str],
    /// Determiners that point back to things just named, lower case (`these`, `dessa`): a
    /// figure right after one (`Of these 143 stations`) writes again a count given just
    /// before, which the other version may leave to the determiner alone (`Av dessa`).
    pub demonstratives: &'static [&'static str],
    /// What marks a label an amendment inserts (`Recital 4 a (new)`, `Skäl 4a (nytt)`), lower case,
    /// each opening with a bracket (the reader looks for brackets first).
    pub new_labels: &'static [&'static str],
    /// The ways a coordinate names its hemisphere, with the letter of that hemisphere (`N`,
    /// `S`, `E`, `W`): capital letters (`Ö` = `E`, `V` = `W`), matched as written, and words
    /// (`west longitude`, `västlig längd`), lower case and matched whatever their case.
    pub hemispheres: &'static [(&'static str, char)],
}

/// The table of a language.
/// How a language counts the first months of a year (see [`LangTable::first_months`]).
pub struct FirstMonths {
    pub first: &'static str,
    pub counts: &'static [&'static str],
    pub months: &'static [&'static str],
    pub links: &'static [&'static str],
}

pub(crate) fn table(lang: Lang) -> &'static LangTable {
    match lang {
        Lang::En => &en::TABLE,
        Lang::Sv => &sv::TABLE,
    }
}

/// Symbols of relation right before a figure, the same in every language, with the direction
/// of the bound they set (`p < 0.01`, `C ≥ 0,3 %`); the longest match wins (`>=`).
/// The unit a count of digits names (`fyrsiffrig`, `four-digit`: four digits, the length of a
/// code or a number), in a figure's `detail`.
/// The month names of the languages that write a day with a full stop before its month
/// (Danish, Norwegian, German: `21. oktober 2024`, `21. Oktober 2024`), ASCII only, with
/// their numbers: an act or title of such a country, quoted as written in both versions,
/// reads as the same date in both, whichever month names the version's own language knows.
pub(crate) const DOTTED_DAY_MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("februar", 2),
    ("marts", 3),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("desember", 12),
    ("dezember", 12),
];

pub(crate) const DIGIT: &str = "digit";

pub(crate) const BOUND_SYMBOLS: &[(&str, Bound)] = &[
    ("≤", Bound::Upper),
    ("<", Bound::Upper),
    ("=<", Bound::Upper),
    ("<=", Bound::Upper),
    ("≥", Bound::Lower),
    (">", Bound::Lower),
    (">=", Bound::Lower),
    ("=>", Bound::Lower),
];

/// Unit symbols written after a figure, the same in every language, as written (case
/// matters: `MW` is not `mW`), with the unit they name.
pub(crate) const UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("W", "W"),
    ("kW", "kW"),
    ("MW", "MW"),
    ("GW", "GW"),
    ("TW", "TW"),
    ("Wh", "Wh"),
    ("kWh", "kWh"),
    ("MWh", "MWh"),
    ("GWh", "GWh"),
    ("TWh", "TWh"),
    // Power qualified as electric or thermal (`5 MWe`, `20 MWth`): see [`QUALIFIED_UNITS`].
    ("kWe", "kWe"),
    ("MWe", "MWe"),
    ("GWe", "GWe"),
    ("kWth", "kWth"),
    ("MWth", "MWth"),
    ("GWth", "GWth"),
    // Energy in joules, and in tonnes of oil equivalent (`1 Mtoe = 41.868 PJ`), each unit its
    // own: a figure in petajoules is no figure in terajoules.
    ("kJ", "kJ"),
    ("MJ", "MJ"),
    ("GJ", "GJ"),
    ("TJ", "TJ"),
    ("PJ", "PJ"),
    // Food energy in kilocalories, given beside kilojoules (`17 kJ/g – 4 kcal/g`, `2 000 kcal`):
    // a unit of its own, which `kJ` for `kcal` changes.
    ("kcal", "kcal"),
    ("toe", "toe"),
    ("ktoe", "ktoe"),
    ("Mtoe", "Mtoe"),
    ("ng", "ng"),
    ("µg", "µg"),
    ("\u{3bc}g", "µg"),
    ("mg", "mg"),
    ("g", "g"),
    ("kg", "kg"),
    // Rates of data (`4.7 Tbps` = `4,7 Tbit/s`; the symbols with a slash are read apart, see
    // [`DATA_RATE_SYMBOLS`]).
    ("bps", "bit/s"),
    ("kbps", "kbit/s"),
    ("Mbps", "Mbit/s"),
    ("Gbps", "Gbit/s"),
    ("Tbps", "Tbit/s"),
    ("MB", "MB"),
    ("GB", "GB"),
    ("TB", "TB"),
    ("PB", "PB"),
    ("ppm", "ppm"),
    ("ppb", "ppb"),
    ("ml", "ml"),
    ("cl", "cl"),
    ("dl", "dl"),
    ("hl", "hl"),
    // Twenty-foot equivalent units, the containers a port handles (`7.7 million TEU`), the same
    // symbol in every language: a count of its own, which `ton` for `TEU` changes.
    ("TEU", "TEU"),
    // Flight hours and flight cycles of an aircraft.
    ("FH", "FH"),
    ("FC", "FC"),
    ("t", "t"),
    ("kt", "kt"),
    ("Mt", "Mt"),
    ("Gt", "Gt"),
    ("nm", "nm"),
    ("µm", "µm"),
    ("\u{3bc}m", "µm"),
    ("mm", "mm"),
    ("cm", "cm"),
    ("m", "m"),
    ("km", "km"),
    ("ha", "ha"),
    ("bcm", "bcm"),
    ("mcm", "mcm"),
    // Frequency, the level of a signal or sound against a reference (`dBm`, a milliwatt;
    // `dBi`, an isotropic antenna; `dB(A)`, A-weighted: see [`WEIGHTED_DECIBELS`]) and pressure.
    ("mHz", "mHz"),
    // Voltage (`230 V`, `400 kV`), the kind of current after it a qualifier: see
    // [`VOLTAGE_CURRENTS`].
    ("V", "V"),
    ("kV", "kV"),
    ("mV", "mV"),
    ("Hz", "Hz"),
    ("kHz", "kHz"),
    ("MHz", "MHz"),
    ("GHz", "GHz"),
    ("THz", "THz"),
    ("dB", "dB"),
    ("dBm", "dBm"),
    ("dBW", "dBW"),
    ("dBi", "dBi"),
    ("dBc", "dBc"),
    ("Pa", "Pa"),
    ("hPa", "hPa"),
    ("kPa", "kPa"),
    ("MPa", "MPa"),
    ("bar", "bar"),
    ("mbar", "mbar"),
    // Light: illuminance (`1 000 lx`) and luminous flux (`800 lm`).
    ("lx", "lx"),
    ("lm", "lm"),
];

/// Units that qualify another, with the unit they qualify: power as electric or thermal
/// (`MWe`, `MWth`) is a power in megawatts, which a version may write without its
/// qualifier (`5 MWe` = `5 MW`); two qualifiers that differ (`5 MWe`, `5 MWth`) are two units.
pub(crate) const QUALIFIED_UNITS: &[(&str, &str)] = &[
    ("kWe", "kW"),
    ("MWe", "MW"),
    ("GWe", "GW"),
    ("kWth", "kW"),
    ("MWth", "MW"),
    ("GWth", "GW"),
    // A voltage of alternating or direct current: see [`VOLTAGE_CURRENTS`].
    ("V AC", "V"),
    ("V DC", "V"),
    ("kV AC", "kV"),
    ("kV DC", "kV"),
    // A weight on a basis named: see [`WEIGHT_BASES`].
    ("t cw", "t"),
    ("t pw", "t"),
    ("t lw", "t"),
    ("kg cw", "kg"),
    ("kg pw", "kg"),
    ("kg lw", "kg"),
];

/// The units of mass whose weight a basis may qualify (`weight_bases`), with the unit each
/// basis makes of them: the weight of a carcass (`cw`), of the product as traded (`pw`) and of
/// the live animal or the catch (`lw`) are three quantities of one good (the bases of the
/// market reports and the catch limits of the common agricultural and fisheries policies). A
/// version may leave the basis out (`6.49 million tonnes` = `6,49 miljoner ton slaktvikt`),
/// see [`QUALIFIED_UNITS`], but not name another.
pub(crate) const WEIGHT_BASES: &[(&str, &str, &str)] = &[
    ("t", "cw", "t cw"),
    ("t", "pw", "t pw"),
    ("t", "lw", "t lw"),
    ("kg", "cw", "kg cw"),
    ("kg", "pw", "kg pw"),
    ("kg", "lw", "kg lw"),
];

/// Symbols of voltage with the units they name when the kind of current follows them (`125 V
/// AC`, `250 V DC`, `250 V likström`): of alternating current, then of direct current. The
/// kind is written alike in every language as `AC` or `DC` (see [`CURRENT_SYMBOLS`]), or in
/// the language's words (`current_kinds`).
pub(crate) const VOLTAGE_CURRENTS: &[(&str, &str, &str)] =
    &[("V", "V AC", "V DC"), ("kV", "kV AC", "kV DC"), ("mV", "mV AC", "mV DC")];

/// The kinds of current written alike in every language after a voltage.
pub(crate) const CURRENT_SYMBOLS: &[(&str, &str)] = &[("AC", "AC"), ("DC", "DC")];

/// Symbols of time written after a figure, the same in every language, as written (case
/// matters: `ms` is a millisecond, `MS` no unit), with the unit they name: the hour, the minute
/// and the second by the name their words give (`8 h 24 min` = `8 timmar och 24 minuter`),
/// the parts of a second by their symbol (`3,4 ns`, `3.4 nanoseconds`), the micro sign and the
/// Greek mu alike. Not `us`, an English pronoun too. Read right after a figure only, and not
/// before a full stop and a figure or a small letter (`s. 69`, a page; `s.k.`).
pub(crate) const TIME_SYMBOLS: &[(&str, &str)] = &[
    ("h", "hour"),
    ("min", "minute"),
    ("s", "second"),
    ("ms", "ms"),
    ("µs", "µs"),
    ("\u{3bc}s", "µs"),
    ("ns", "ns"),
];

/// Rates of data written with a slash (`38 Gbit/s`, `100 Mb/s`): the word before the slash,
/// with the unit the symbol names when `/s` follows it.
pub(crate) const DATA_RATE_SYMBOLS: &[(&str, &str)] = &[
    ("bit", "bit/s"),
    ("kbit", "kbit/s"),
    ("Mbit", "Mbit/s"),
    ("Gbit", "Gbit/s"),
    ("Tbit", "Tbit/s"),
    ("kb", "kbit/s"),
    ("Mb", "Mbit/s"),
    ("Gb", "Gbit/s"),
    ("Tb", "Tbit/s"),
];

/// The supplementary units of the Combined Nomenclature, written alike in every language
/// (`p/st`, items; `pa`, pairs; `c/k`, carats; `1 000 p/st`), as a tariff table's column gives
/// them, a cell each, with the unit each names: the unit the quantities of the goods of a row
/// are declared in, which a translation copies and never translates.
pub(crate) const SUPPLEMENTARY_UNITS: &[(&str, &str)] = &[
    ("c/k", "c/k"),
    ("ce/el", "ce/el"),
    ("ct/l", "ct/l"),
    ("g", "g"),
    ("gi F/S", "gi F/S"),
    ("kg", "kg"),
    ("kg H2O2", "kg H2O2"),
    ("kg K2O", "kg K2O"),
    ("kg KOH", "kg KOH"),
    ("kg met.am.", "kg met.am."),
    ("kg N", "kg N"),
    ("kg NaOH", "kg NaOH"),
    ("kg/net eda", "kg/net eda"),
    ("kg P2O5", "kg P2O5"),
    ("kg 90 % sdt", "kg 90 % sdt"),
    ("kg U", "kg U"),
    ("1 000 kWh", "1000 kWh"),
    ("l", "l"),
    ("1 000 l", "1000 l"),
    ("l alc. 100 %", "l alc. 100 %"),
    ("m", "m"),
    ("m²", "m2"),
    ("m2", "m2"),
    ("m³", "m3"),
    ("m3", "m3"),
    ("1 000 m³", "1000 m3"),
    ("1 000 m3", "1000 m3"),
    ("p/st", "p/st"),
    ("pa", "pa"),
    ("100 p/st", "100 p/st"),
    ("1 000 p/st", "1000 p/st"),
    ("TJ", "TJ"),
];

/// Units of area and volume, a symbol of length with its power written after it, raised or
/// not (`100 m³`, `100 m3`, `5 km²`), and other symbols that hold a digit: the unit each
/// names. Read before the symbol of length alone, which the letters of the word would give.
pub(crate) const POWERED_UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("m²", "m2"),
    ("m2", "m2"),
    ("m³", "m3"),
    ("m3", "m3"),
    ("km²", "km2"),
    ("km2", "km2"),
    ("cm²", "cm2"),
    ("cm2", "cm2"),
    ("cm³", "cm3"),
    ("cm3", "cm3"),
    ("dm³", "dm3"),
    ("dm3", "dm3"),
    ("dm²", "dm2"),
    ("dm2", "dm2"),
    ("mm²", "mm2"),
    ("mm2", "mm2"),
    ("mm³", "mm3"),
    ("mm3", "mm3"),
    ("km³", "km3"),
    ("km3", "km3"),
    // The cubic hectometre, a million cubic metres, in which water statistics give abstraction
    // (`183 400 hm³`): a unit of its own, which `km³` for `hm³` changes.
    ("hm³", "hm3"),
    ("hm3", "hm3"),
    // Tonnes of CO2 equivalent in one symbol, its digit with the letters (`1.12 tCO2e/t`, `in
    // tCO₂eq`): tonnes, as `ton CO2e` reads.
    ("tCO2eq", "t"),
    ("tCO2e", "t"),
    ("tCO₂eq", "t"),
    ("tCO₂e", "t"),
];

/// Symbols of temperature written after a figure, the same in every language, with the unit
/// they name (`3 °C`, `3℃`); a degree sign alone is an angle's or a coordinate's, no unit.
pub(crate) const TEMPERATURE_SYMBOLS: &[(&str, &str)] =
    &[("°C", "°C"), ("\u{2103}", "°C"), ("°F", "°F"), ("\u{2109}", "°F")];

/// The scales after a word of degrees (`3 degrees Celsius`, `3 grader Fahrenheit`), lower
/// case, with the unit they name: the word of degrees alone names none.
/// Units written as a sign glued to or spaced from the figure: per mille, a tenth of a per
/// cent (`0.8 ‰`), a unit of its own, which `%` for `‰` changes tenfold.
pub(crate) const SIGN_SYMBOLS: &[(&str, &str)] = &[("‰", "‰")];

pub(crate) const TEMPERATURE_SCALES: &[(&str, &str)] = &[("celsius", "°C"), ("fahrenheit", "°F")];

/// The words of degrees before a scale of temperature, in either language, lower case.
pub(crate) const DEGREE_WORDS: [&str; 4] = ["degrees", "degree", "grader", "grad"];

/// The European emission standards of vehicles, named the same in every language with a
/// capital (`Euro`, `EURO`) before their class, a Roman or an Arabic numeral (`EURO VI`,
/// `Euro 6`, `Euro 6d`), and the class between V and VI named alone (`EEV`, enhanced
/// environmentally friendly vehicle): the names, lower case, and the alone class.
pub(crate) const EMISSION_STANDARDS: &[&str] = &["euro"];
/// The emission class named by its letters alone (see [`EMISSION_STANDARDS`]).
pub(crate) const EMISSION_CLASS_WORDS: &[&str] = &["EEV"];

/// Decibels of a sound level weighted by a frequency curve, written with the curve's letter
/// in brackets after `dB` (`74 dB(A)`), the same in every language: a unit of their own.
pub(crate) const WEIGHTED_DECIBELS: &[&str] = &["dB(A)", "dB(C)"];

/// Unit symbols that hold a scale (`2.4 Mt` is 2.4 million tonnes, `912 Mtoe` 912 million
/// tonnes of oil equivalent, `107 bcm` 107 billion cubic metres): the power of ten and the unit scaled, so that the figure is the one the
/// other version gives with a scale word (`2,4 miljoner ton`, `107 miljarder kubikmeter`).
pub(crate) const SCALED_UNIT_SYMBOLS: &[(&str, u32, &str)] = &[
    ("kt", 3, "t"),
    ("Mt", 6, "t"),
    ("Gt", 9, "t"),
    ("ktoe", 3, "toe"),
    ("Mtoe", 6, "toe"),
    ("mcm", 6, "m3"),
    ("bcm", 9, "m3"),
];

/// The words after a tonne that make it a tonne of oil equivalent (`912 million tonnes of oil
/// equivalent` = `912 miljoner ton oljeekvivalenter` = `912 Mtoe`), in either language.
pub(crate) const OIL_EQUIVALENT_WORDS: [&str; 3] =
    ["of oil equivalent", "oljeekvivalenter", "oljeekvivalent"];

/// The names of the bodies that adopt standards, and of the kinds of their documents, as a
/// standard's reference writes them before its number, alone or joined by a slash or a space
/// (`EN ISO 13849-1:2023`, `ISO/IEC 27001:2022`, `CEN/TS 16516:2013`, `ETSI EN 301 893`): the
/// same in every language.
pub(crate) const STANDARD_BODIES: [&str; 12] =
    ["EN", "ISO", "IEC", "CEN", "CLC", "CENELEC", "ETSI", "HD", "TS", "TR", "ES", "IEEE"];

/// ISO codes of the currencies a price may be given in before its figure.
pub(crate) const CURRENCY_CODES: [&[u8]; 14] = [
    b"EUR", b"USD", b"GBP", b"SEK", b"DKK", b"PLN", b"CHF", b"JPY", b"BGN", b"CZK", b"HUF", b"RON", b"NOK",
    b"ISK",
];

/// EU language codes as they appear in URLs (`/legal-content/SV/`, `_en.pdf`): not words
/// of any language but identifiers, so they live here.
pub(crate) const EU_LANGUAGE_CODES: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];

/// Three-letter EU language codes used by ELI and EUR-Lex (`/oj/eng`, `/oj/swe`).
pub(crate) const EU_LANGUAGE_CODES_3: &[&str] = &[
    "bul", "ces", "dan", "deu", "ell", "eng", "spa", "est", "fin", "fra", "gle", "hrv", "hun", "ita", "lit",
    "lav", "mlt", "nld", "pol", "por", "ron", "slk", "slv", "swe",
];

/// Escapes a table word for use inside a regular expression.
pub(crate) fn escape(word: &str) -> String {
    regex::escape(word)
}

/// Words in the order an alternation of them is tried: longest first (so `billions` wins
/// over `billion`), then by bytes; each word once.
pub(crate) fn longest_first<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
}

/// An alternation of table words, longest first so that the regex prefers `millions` to `million`.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let words = longest_first(words);
    let escaped: Vec<String> = words.iter().map(|word| escape(word).replace(' ', r"\s+")).collect();
    format!("(?:{})", escaped.join("|"))
}
