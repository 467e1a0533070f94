//! Language data for the segmenter: abbreviations and label words, one file per language.
//!
//! Only these files know words of a particular language; `rules.rs` holds the logic.

mod en;
mod sv;

use std::sync::LazyLock;

use crate::text::Lang;
use crate::text::hash::FastMap;

/// How an abbreviation that ends in a full stop behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Never ends a sentence: titles and words that introduce what follows
    /// (`Mr`, `e.g.`, `No.`, `p.`, `t.ex.`, `nr`), even before a capital or a number.
    Never,
    /// Ends a sentence only before a capital letter (`etc.`, `osv.`, month names):
    /// a lower-case word or a number after it continues the sentence.
    BeforeCapital,
    /// Continues the sentence only before a number: a word that is also an abbreviation
    /// of a number word (`meeting no. 5`, but `the answer was no. The …`).
    BeforeNumber,
    /// A reference word before a number (`p. 24`, `pp. 24–32`) that is also a unit after
    /// one (`fell by 0.4 pp.`, percentage points): after a number it behaves as
    /// [`Abbrev::BeforeCapital`], elsewhere as [`Abbrev::Never`].
    Unit,
    /// The end of a figure: a time of day or a scale word (`10 a.m.`, `5 milj.`). After a
    /// number it ends a sentence before a capital, except before a code written in capitals,
    /// the time zone or the currency of the figure (`10 a.m. CET`, `3,5 mdr. EUR`); elsewhere
    /// it never does (`i milj. euro`).
    Measure,
    /// An introducer that may also follow its example and close the sentence (`jordbruket
    /// t.ex. Där är …`): it continues the sentence before anything but a capitalised word of
    /// [`Table::clause_openers`].
    Trailing,
    /// A suffix of a name (`Sr.`): after a capitalised word it ends a sentence before a
    /// capital, as [`Abbrev::BeforeCapital`] (`John Smith Sr. The …`); after any other word it
    /// is a title before a name, as [`Abbrev::Never`] (`headed by Sr. Cuerpo`, Spanish
    /// *señor*).
    NameSuffix,
    /// A word that stands before a person's name and is also a noun that may close a
    /// sentence: a degree (`av jur.kand. Erik Holm`, `eller jur.kand. Erfarenhet …`), a
    /// translator (`övers. K. Ek`, `i min övers. Originalet …`), a title's emeritus (`prof. em.
    /// L. Svensson`). It continues the sentence before a name (an initial, or a capitalised
    /// word then another, a comma, a bracket or the end) and ends it before any other capital.
    BeforeName,
}

/// The segmentation data of one language.
#[derive(Debug)]
pub struct Table {
    /// Abbreviations with their final full stop (`"e.g."`), as written in running text.
    /// An entry in lower case also matches with its first letter capitalised (`E.g.`),
    /// unless it is a single letter (`p.`): a capital letter alone is an initial or a label.
    pub abbreviations: &'static [(&'static str, Abbrev)],
    /// Words that label a part of a text with a letter (`Annex A`, `Part B`): a single
    /// capital after them is a label, not the initial of a name. Compared case-insensitively.
    pub labels: &'static [&'static str],
    /// Prepositions that stand before a person (`by`, `av`): a single capital and its full
    /// stop after one of them are an initial (`chaired by J. Smith`), not the end of a
    /// sentence. Conjunctions are left out (`options A and B. The …`).
    pub name_prepositions: &'static [&'static str],
    /// Titles written in lower case before a name, as Swedish writes them (`statsminister`,
    /// `generaldirektören`): a capital and its full stop after one are an initial
    /// (`statsminister U. Kristersson`). A word ending in one matches too, as Swedish joins a
    /// title to its field (`finansminister`, `riksdagsledamoten`). English capitalises a title
    /// before a name (`Commissioner J. Doe`), which the rules read as a name's word anyway.
    pub titles: &'static [&'static str],
    /// Conjunctions between two names (`and`, `och`): after `A. Jones and`, a capital and its
    /// full stop are an initial too.
    pub name_joiners: &'static [&'static str],
    /// Words that often open a sentence (`The`, `It`, `However`): after an initialism written
    /// with full stops (`U.S.`, `U.K.`), a capital starts a new sentence only if it is one of
    /// them (`in the U.S. The …`, but `the U.S. Department of State`). Empty: a capital always
    /// does.
    pub sentence_starters: &'static [&'static str],
    /// Words in lower case inside a name written in capitals (`Department of State`, `Customs
    /// and Border Protection`): after a dotted initialism, a plural in capitals followed by
    /// another lower-case word opens a sentence (`the U.S. Imports from China fell …`).
    pub name_links: &'static [&'static str],
    /// Abbreviations that are also a one-word reply (`No.`): right after a question or an
    /// exclamation and before a capital, the full stop ends the reply (`Is this enough? No.
    /// More is needed.`).
    pub replies: &'static [&'static str],
    /// Abbreviations that end a company's name (`Co.`, `Ltd.`): one before another goes on
    /// (`Acme Trading Co. Ltd. in two instalments`), whatever its class, and so does one
    /// before a legal form of [`COMPANY_FORMS`] (`Müller & Co. KG`, `Lindqvist & Co. AB`).
    pub name_ends: &'static [&'static str],
    /// Nouns that close the name of a time zone written in words (`time` of `Brussels time`,
    /// `Central European Time`): after a time of day (`2.30 p.m.`), up to three capitalised
    /// words and one of them continue the sentence. Compared case-insensitively.
    pub zone_nouns: &'static [&'static str],
    /// Words that open a main clause and are never a name (`Där`, `Detta`, `He`, `The`):
    /// after a [`Abbrev::Trailing`] introducer, and after a capital letter that would
    /// otherwise be read as an initial (`lodged by Mr X. He alleges …`, `av A. Han är …`),
    /// one of them starts a new sentence.
    pub clause_openers: &'static [&'static str],
    /// Abbreviations of a part of an act that stand between the part's number and the act's
    /// short name (`Articles 101 et seq. TFEU`, `Articles 12 et seq. GDPR`, `artikel 61 ff.
    /// EES-avtalet`, `8 kap. RF`, `30 kap. OSL`): before a name in capitals they go on.
    pub act_parts: &'static [&'static str],
    /// Abbreviations that close a list (`etc.`, `m.m.`, `osv.`): a figure after one opens a
    /// new sentence as a capital does (`staff, travel etc. 2026 is the last year …`), as no
    /// figure continues the list.
    pub list_ends: &'static [&'static str],
    /// Abbreviations of a page (`p.`, `pp.`, `s.`): `ff.` or `et seq.` after a page's number
    /// cites pages, never an act, so a name in capitals after it opens a sentence (`NJA 2019 s.
    /// 504 ff. HD har därefter …`, `pp. 45 ff. ECDC has …`).
    pub pages: &'static [&'static str],
    /// Words after a year that make it a genitive opening a phrase (`2026 års avgift`): such a
    /// year opens a sentence after an abbreviation that ends one before a capital (`550 kr.
    /// 2026 års avgift fastställs …`), as no figure it could close is followed by it.
    pub year_genitives: &'static [&'static str],
    /// Abbreviations of an edition (`ed.`, `uppl.`): after its number (`7th ed.`, `7 uppl.`,
    /// `3:e uppl.`) a reference goes on with its publisher or place, capitalised words closed
    /// by a comma or a colon (`7th ed. Oxford University Press, 2020`, `7 uppl. Stockholm:
    /// Norstedts Juridik`); before any other capital the edition ends its sentence (`now in its
    /// 3rd ed. The first …`, `7 uppl. Nästa upplaga …`).
    pub editions: &'static [&'static str],
    /// Nouns that end the name of an act written as a compound after an acronym (`EES-avtalet`,
    /// `EUF-fördraget`): after [`Table::act_parts`], a compound with another noun names no act
    /// (`30 kap. EU-domstolen har …`). Empty: any compound may name one.
    pub act_nouns: &'static [&'static str],
    /// Abbreviations of an area before its name that are also a company's name end (`Co.`, an
    /// Irish county: `in Co. Cork`, `Clare Island, Co. Mayo`): after a word in lower case or a
    /// comma they go on before a capital, where a company's end follows a capitalised word or
    /// `&` (`Nordlys Shipping Co. The company …`).
    pub areas: &'static [&'static str],
}

/// The legal forms of companies that follow a company's name, in any language of the Union:
/// a name's end (`Co.`) before one of them does not end a sentence. Compared with the token
/// after the name's end without the punctuation after it (`KG,`).
pub const COMPANY_FORMS: &[&str] = &[
    "AB", "AG", "ApS", "AS", "A/S", "ASA", "BV", "B.V", "GmbH", "HB", "KB", "KG", "KGaA", "Kft", "LLC",
    "LLP", "LP", "Ltd", "NV", "N.V", "OHG", "Oy", "Oyj", "plc", "PLC", "S.A", "SA", "SARL", "SAS", "SE",
    "SL", "S.L", "SpA", "S.p.A", "Srl", "S.r.l", "s.r.o", "a.s", "d.o.o",
];

/// The currencies' codes of ISO 4217 (current ones, the special drawing right and the
/// currencies that the euro replaced): after a figure and a scale word, three capitals are the
/// figure's currency only if they are one of these (`3,5 mdr. EUR`), and an acronym otherwise
/// (`1,2 milj. EIB finansierar …`).
pub const CURRENCY_CODES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "ATS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BEF",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
    "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CYP", "CZK", "DEM", "DJF", "DKK", "DOP", "DZD", "EEK", "EGP",
    "ERN", "ESP", "ETB", "EUR", "FIM", "FJD", "FKP", "FRF", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GRD",
    "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "IEP", "ILS", "INR", "IQD", "IRR", "ISK", "ITL",
    "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LTL", "LUF", "LVL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MTL",
    "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB",
    "PEN", "PGK", "PHP", "PKR", "PLN", "PTE", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SIT", "SKK", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND",
    "VUV", "WST", "XAF", "XCD", "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
];

/// The legal forms that may also open a company's name (`AB Volvo`, as Swedish names write
/// it): one after another company's name end opens the next name when a capitalised word
/// follows it (`Group Co. Ltd. AB Volvo is …`).
pub const NAME_OPENING_FORMS: &[&str] = &["AB"];

/// Abbreviations of national gazettes and statutes that both languages' texts cite in the
/// original language, with the numbers after them: `§ 7, stk. 3`, `Dz.U. 2026 poz. 57` (and
/// `Dz. U.` with a space), `Stb. 2000, No 495`, German gazettes before their part or year and
/// page (`BGBl. I S. 4350`, `GVBl. 2021 S. 12`, `ABl. L 123 S. 1`), a German paragraph's
/// subsection (`§ 5 Abs. 1 Nr. 2`), a Spanish gazette's number (`B.O.E. núm. 123`) and a
/// resolution of a conference of the parties (`Resolution Conf. 12.8 (Rev. CoP18)`). Each
/// language's table is searched first.
const NATIONAL_CITATIONS: &[(&str, Abbrev)] = &[
    ("stk.", Abbrev::BeforeNumber),
    ("poz.", Abbrev::BeforeNumber),
    ("Stb.", Abbrev::BeforeNumber),
    ("BGBl.", Abbrev::Never),
    ("GVBl.", Abbrev::Never),
    ("RGBl.", Abbrev::Never),
    ("LGBl.", Abbrev::Never),
    ("ABl.", Abbrev::Never),
    ("Abs.", Abbrev::BeforeNumber),
    ("núm.", Abbrev::BeforeNumber),
    ("Dz.", Abbrev::Never),
    ("Dz.U.", Abbrev::BeforeNumber),
    ("Conf.", Abbrev::BeforeNumber),
];

/// Titles and degrees that the Union's other languages write before a person's name, which
/// both languages' texts keep as they are in the names of members and officials: Czech and
/// Slovak `Ing.`, `Mgr.`, `JUDr.`, `MUDr.`, `PhDr.`, `RNDr.`, Austrian and German `Dipl.-Ing.`
/// (read from its last part) and `Mag.`, Italian `Dott.` (`nominated Ing. Jan Novák`, `led by
/// Mgr. Jana Nováková`).
const FOREIGN_TITLES: &[(&str, Abbrev)] = &[
    ("Ing.", Abbrev::Never),
    ("Mgr.", Abbrev::Never),
    ("JUDr.", Abbrev::Never),
    ("MUDr.", Abbrev::Never),
    ("PhDr.", Abbrev::Never),
    ("RNDr.", Abbrev::Never),
    ("Dipl.", Abbrev::Never),
    ("Mag.", Abbrev::Never),
    ("Dott.", Abbrev::Never),
];

impl Table {
    /// The abbreviations of this table, then those of [`NATIONAL_CITATIONS`] and
    /// [`FOREIGN_TITLES`], in search order.
    fn entries(&self) -> impl Iterator<Item = &(&'static str, Abbrev)> + Clone {
        self.abbreviations.iter().chain(NATIONAL_CITATIONS).chain(FOREIGN_TITLES)
    }

    /// The class of `token` (a word with its final full stop), if it is an abbreviation.
    pub fn abbreviation(&self, token: &str) -> Option<Abbrev> {
        // Most tokens before a full stop are ordinary words, longer than any abbreviation.
        if token.len() > MAX_ABBREVIATION_BYTES {
            return None;
        }
        let Some(index) = self.index() else {
            return first_match(self.entries(), token);
        };
        // An entry matches only a token with the same bytes after the first letter, so only
        // the entries of that tail are tried.
        let first_len = token.chars().next().map_or(0, char::len_utf8);
        let tail = token.get(first_len..)?;
        first_match(index.get(tail)?.iter(), token)
    }

    /// The abbreviations of this table by tail, for the tables of [`for_lang`]; `None` for any
    /// other table, which is searched entry by entry.
    fn index(&self) -> Option<&'static AbbreviationIndex> {
        static EN: LazyLock<AbbreviationIndex> = LazyLock::new(|| index_of(&en::TABLE));
        static SV: LazyLock<AbbreviationIndex> = LazyLock::new(|| index_of(&sv::TABLE));
        if std::ptr::eq(self, &en::TABLE) {
            Some(&EN)
        } else if std::ptr::eq(self, &sv::TABLE) {
            Some(&SV)
        } else {
            None
        }
    }

    /// Whether `word` is a preposition before a person's name (`by`, `av`).
    pub fn is_name_preposition(&self, word: &str) -> bool {
        self.name_prepositions.iter().any(|preposition| eq_caseless(preposition, word))
    }

    /// Whether `word` is a title before a name, or a compound ending in one (`statsminister`).
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.iter().any(|title| word.ends_with(title))
    }

    /// Whether `word` joins two names (`and`, `och`).
    pub fn is_name_joiner(&self, word: &str) -> bool {
        self.name_joiners.iter().any(|joiner| eq_caseless(joiner, word))
    }

    /// Whether a capital after a dotted initialism starts a sentence at `word` (see
    /// [`Table::sentence_starters`]).
    pub fn starts_sentence_after_initialism(&self, word: &str) -> bool {
        self.sentence_starters.is_empty() || self.sentence_starters.contains(&word)
    }

    /// Whether `word` is one of the words the table lists as starting sentences (English lists
    /// them; Swedish lists none).
    pub fn lists_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(&word)
    }

    /// Whether `rest` (the text after a time of day) opens with the name of a time zone in
    /// words: up to three capitalised words, then one of [`Table::zone_nouns`] (`Brussels
    /// time`, `Central European Summer Time`).
    pub fn names_time_zone(&self, rest: &str) -> bool {
        let mut words = rest.split([' ', '\u{a0}']).filter(|word| !word.is_empty());
        for _ in 0..3 {
            let Some(word) = words.next() else { return false };
            if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
                return false;
            }
            let noun = words.clone().next().unwrap_or_default();
            let noun = noun.trim_end_matches(|c: char| !c.is_alphabetic());
            if self.zone_nouns.iter().any(|zone| eq_caseless(zone, noun)) {
                return true;
            }
        }
        false
    }

    /// Whether `word` labels a part of a text (`Annex`, `bilaga`).
    pub fn is_label(&self, word: &str) -> bool {
        self.labels.iter().any(|label| eq_caseless(label, word))
    }
}

/// A table's abbreviations grouped by their bytes after the first letter, each group in table
/// order.
type AbbreviationIndex = FastMap<&'static str, Vec<(&'static str, Abbrev)>>;

/// The index of `table`'s abbreviations.
fn index_of(table: &Table) -> AbbreviationIndex {
    let mut index = AbbreviationIndex::default();
    for &(entry, class) in table.entries() {
        let first_len = entry.chars().next().map_or(0, char::len_utf8);
        let tail = entry.get(first_len..).unwrap_or(entry);
        index.entry(tail).or_default().push((entry, class));
    }
    index
}

/// No abbreviation in the tables is longer than this (checked by a test).
const MAX_ABBREVIATION_BYTES: usize = 12;

/// The table for `lang`.
pub fn for_lang(lang: Lang) -> &'static Table {
    match lang {
        Lang::En => &en::TABLE,
        Lang::Sv => &sv::TABLE,
    }
}

/// The class of the first entry written as `token`, else of the first that matches it
/// capitalised: an entry as written wins over a lower-case one whatever their order (`Col.`, a
/// colonel, over `col.`, a column).
fn first_match<'a>(
    entries: impl Iterator<Item = &'a (&'static str, Abbrev)> + Clone,
    token: &str,
) -> Option<Abbrev> {
    entries.clone().find_map(|&(entry, class)| (entry == token).then_some(class)).or_else(|| {
        entries.into_iter().find_map(|&(entry, class)| matches_entry(entry, token).then_some(class))
    })
}

/// Whether `token` equals `entry`, or `entry` with its first letter capitalised
/// (sentence-initial use) when the entry is more than one letter: `P.` is an initial or a mark
/// (`C-352/19 P.`), never the page `p.`.
fn matches_entry(entry: &str, token: &str) -> bool {
    if entry == token {
        return true;
    }
    // A letter and its full stop: only as written.
    if entry.chars().nth(2).is_none() {
        return false;
    }
    // A capitalised first letter may change the byte length by a little, never by more.
    if entry.len().abs_diff(token.len()) > 2 {
        return false;
    }
    let mut entry_chars = entry.chars();
    let mut token_chars = token.chars();
    match (entry_chars.next(), token_chars.next()) {
        (Some(e), Some(t)) if e.is_lowercase() && t.is_uppercase() => {
            t.to_lowercase().eq(std::iter::once(e)) && entry_chars.as_str() == token_chars.as_str()
        }
        _ => false,
    }
}

/// Case-insensitive comparison for non-ASCII words (`Nivå`, `nivå`).
fn eq_caseless(left: &str, right: &str) -> bool {
    left.chars().flat_map(char::to_lowercase).eq(right.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_entry_matches_sentence_initial_use() {
        let table = for_lang(Lang::Sv);
        assert_eq!(table.abbreviation("bl.a."), Some(Abbrev::Never));
        assert_eq!(table.abbreviation("Bl.a."), Some(Abbrev::Never));
        assert_eq!(table.abbreviation("BL.A."), None);
        assert_eq!(table.abbreviation("T.ex."), Some(Abbrev::Trailing));
        assert_eq!(for_lang(Lang::En).abbreviation("etc."), Some(Abbrev::BeforeCapital));
    }

    #[test]
    fn single_letter_entry_matches_only_as_written() {
        for lang in [Lang::En, Lang::Sv] {
            let table = for_lang(lang);
            assert!(table.abbreviation("p.").is_some(), "{lang:?}");
            assert_eq!(table.abbreviation("P."), None, "{lang:?}");
        }
        assert_eq!(for_lang(Lang::Sv).abbreviation("S."), None);
        assert_eq!(for_lang(Lang::En).abbreviation("Pp."), Some(Abbrev::Unit));
    }

    #[test]
    fn entries_are_short_and_end_as_written() {
        for lang in [Lang::En, Lang::Sv] {
            for &(entry, _) in for_lang(lang).entries() {
                assert!(entry.len() <= MAX_ABBREVIATION_BYTES, "{entry}");
                assert!(!entry.contains(char::is_whitespace), "{entry}: tokens never hold spaces");
                assert!(entry.ends_with('.'), "{entry}: only a full stop makes a candidate");
            }
        }
    }

    #[test]
    fn the_index_finds_what_the_scan_finds() {
        // Every entry, capitalised, upper-cased, with a letter changed or dropped, and words
        // that are no entry: the lookup by tail must agree with the scan of the whole table.
        for lang in [Lang::En, Lang::Sv] {
            let table = for_lang(lang);
            let scan = |token: &str| {
                let exact = table.entries().find_map(|&(entry, class)| (entry == token).then_some(class));
                exact.or_else(|| {
                    table.entries().find_map(|&(entry, class)| matches_entry(entry, token).then_some(class))
                })
            };
            let mut tokens: Vec<String> =
                ["", ".", "a", "É.", "é.", "Ø", "word.", "ÅÄÖ.", "x\u{301}.", "\u{130}.", "ǅ."]
                    .map(String::from)
                    .to_vec();
            for &(entry, _) in table.entries() {
                let mut chars = entry.chars();
                let first = chars.next().unwrap_or(' ');
                let rest = chars.as_str();
                tokens.push(entry.to_string());
                tokens.push(first.to_uppercase().chain(rest.chars()).collect());
                tokens.push(first.to_lowercase().chain(rest.chars()).collect());
                tokens.push(entry.to_uppercase());
                tokens.push(rest.to_string());
                tokens.push(format!("x{rest}"));
                tokens.push(format!("{entry}."));
            }
            for token in &tokens {
                assert_eq!(table.abbreviation(token), scan(token), "{token:?}");
            }
        }
    }

    #[test]
    fn labels_compare_without_case() {
        assert!(for_lang(Lang::En).is_label("annex"));
        assert!(for_lang(Lang::Sv).is_label("Bilaga"));
        assert!(!for_lang(Lang::Sv).is_label("Sverige"));
    }

    #[test]
    fn titles_match_their_compounds() {
        let table = for_lang(Lang::Sv);
        for word in ["statsminister", "finansministern", "generaldirektören", "vd:n", "ordförande"] {
            assert!(table.is_title(word), "{word}");
        }
        for word in ["led", "punkt", "administration", "Kristersson", ""] {
            assert!(!table.is_title(word), "{word}");
        }
    }
}
