//! Countries named by their names (`Latvia`, `the Czech Republic`, `Lettlands`) or by an
//! adjective that names one alone, with its capital (`the Croatian Ministry`, `Slovakiska
//! republiken`; a Swedish adjective in small letters, `kroatiska`, is not looked for): optional values
//! `country:LV`, which the check compares sentence by sentence (`name-mismatch`) and never
//! reports alone, as a translation may say `the Member State` for `Latvia`.

use std::sync::LazyLock;

use super::swar::ByteMasks;
use super::tables::{LangTable, table};
use super::{Value, ValueKind, char_at, is_space_like, lang_index};
use crate::text::Lang;

/// One word or words that name a country, as a language's table gives it.
struct Entry {
    /// As written; the first letter may be a capital where the table gives it in lower case.
    name: &'static str,
    /// The country's code (`LV`), empty for a longer name that is no country's (`Northern
    /// Ireland`).
    code: &'static str,
    /// The endings the word may take (`s` of the Swedish genitive), each besides none.
    endings: &'static [&'static str],
    /// The first three bytes a text must hold where [`written_at`] finds the entry at a
    /// capital: those of the name with its first letter a capital. `None` where a space of the
    /// name (which matches any space) or its end falls within them, and the entry is tried
    /// at every capital.
    head: Option<[u8; 3]>,
}

/// The [`Entry::head`] of `name`.
fn head(name: &str) -> Option<[u8; 3]> {
    let mut chars = name.chars();
    let first = chars.next()?;
    let mut written: String = first.to_uppercase().collect();
    written.push_str(chars.as_str());
    let head = *written.as_bytes().first_chunk::<3>()?;
    (!head.contains(&b' ')).then_some(head)
}

/// The entries of a language in 27 buckets by their first letter (`a`–`z` folded to lower
/// case, then any other), the longest first in each, so that `Czech Republic` wins over
/// `Czech` and `Northern Ireland` over nothing.
type Buckets = Vec<Vec<Entry>>;

/// The bucket of a word that starts with `c`.
fn bucket(c: char) -> usize {
    if c.is_ascii_alphabetic() { usize::from(c.to_ascii_lowercase() as u8 - b'a') } else { 26 }
}

/// The names and adjectives of `lang_table` in their buckets (`Croatia` and `Croatian` under
/// `c`, `Österrike` under the last), the longest first.
fn buckets(lang_table: &'static LangTable) -> Buckets {
    let mut buckets: Buckets = (0..27).map(|_| Vec::new()).collect();
    let names =
        lang_table.country_names.iter().map(|&(name, code)| (name, code, lang_table.country_name_endings));
    let adjectives = lang_table
        .country_adjectives
        .iter()
        .map(|&(name, code)| (name, code, lang_table.country_adjective_endings));
    for (name, code, endings) in names.chain(adjectives) {
        let Some(first) = name.chars().next() else { continue };
        buckets[bucket(first)].push(Entry { name, code, endings, head: head(name) });
    }
    for entries in &mut buckets {
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.name.len()));
    }
    buckets
}

static BUCKETS: LazyLock<[Buckets; 2]> =
    LazyLock::new(|| [Lang::En, Lang::Sv].map(|lang| buckets(table(lang))));

/// The first three bytes of every name and adjective of a language as a text may write them
/// (the first letter as in the table, or as a capital where the table gives it in lower case),
/// hashed to one bit each: most positions of a text start no name, and are turned away by
/// one test.
type Prefixes = Box<[u64; 1024]>;

/// The bit of three bytes in [`Prefixes`].
#[inline]
fn prefix_bit(bytes: [u8; 3]) -> usize {
    let word = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
    (word.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// The [`Prefixes`] of the entries of `buckets`.
fn prefixes(buckets: &Buckets) -> Prefixes {
    let mut bits: Prefixes = Box::new([0; 1024]);
    for entry in buckets.iter().flatten() {
        let mut chars = entry.name.chars();
        let Some(first) = chars.next() else { continue };
        let capitals = first.is_lowercase().then(|| first.to_uppercase().next()).flatten();
        for letter in std::iter::once(first).chain(capitals) {
            let mut written = letter.to_string();
            written.push_str(chars.as_str());
            let Some(&[a, b, c]) = written.as_bytes().first_chunk::<3>() else { continue };
            let bit = prefix_bit([a, b, c]);
            bits[bit >> 6] |= 1 << (bit & 63);
        }
    }
    bits
}

static PREFIXES: LazyLock<[Prefixes; 2]> = LazyLock::new(|| [prefixes(&BUCKETS[0]), prefixes(&BUCKETS[1])]);

/// The English name of the country of `code` (`LV` → `Latvia`), its value's display.
fn english_name(code: &str) -> &'static str {
    table(Lang::En).country_names.iter().find(|(_, c)| *c == code).map_or("", |(name, _)| name)
}

/// Whether `c` may stand beside a name that stands alone: not a letter, a digit or a hyphen
/// (`Lettlandsbaserade`, `EU-Ukraine`, `Latvian-born` name no country of their own).
fn joins(c: char) -> bool {
    c.is_alphanumeric() || super::legal::is_hyphen(c)
}

/// The end of `entry` written at byte `at` of `text`, if it is written there whole: its first
/// letter as written or, where the table gives it in lower case, as a capital; a space of the
/// name as any space; then one of its endings or none, and no letter, digit or hyphen after.
/// `Lettlands` at 0 of `Lettlands regering` ends at 9.
fn written_at(text: &str, at: usize, entry: &Entry) -> Option<usize> {
    let mut names = entry.name.chars();
    let first = names.next()?;
    let found = char_at(text, at)?;
    if found != first && !(first.is_lowercase() && first.to_uppercase().eq(std::iter::once(found))) {
        return None;
    }
    let mut end = at + found.len_utf8();
    for c in names {
        let next = char_at(text, end)?;
        if next != c && !(c == ' ' && is_space_like(next)) {
            return None;
        }
        end += next.len_utf8();
    }
    // The longest ending first: `Lettlands` before `Lettland`.
    let rest = text.get(end..)?;
    let ending = entry
        .endings
        .iter()
        .copied()
        .filter(|ending| rest.starts_with(ending))
        .chain([""])
        .find(|ending| !char_at(text, end + ending.len()).is_some_and(joins))?;
    Some(end + ending.len())
}

/// Adds to `values` (ordered by their start, as [`super::extract`] leaves them) a value
/// `country:XX` for every country `text` names by a name or an adjective of `lang`'s table,
/// where no other value stands: `the Croatian Ministry … Croatia` gives `country:HR` twice,
/// `Lettlands` `country:LV`, `Northern Ireland` nothing. A name stands alone, no letter, digit
/// or hyphen before it or after its ending.
pub(crate) fn countries(text: &str, lang: Lang, masks: &ByteMasks, values: &mut Vec<Value>) {
    let buckets = &BUCKETS[lang_index(lang)];
    let prefixes = &PREFIXES[lang_index(lang)];
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut resume = 0;
    // A name starts with a capital: an ASCII one, or a letter from U+00C0 (`Österrike`), told
    // a capital below.
    for at in masks.capitals_or_wide() {
        let Some(&[a, b, c_byte]) = bytes.get(at..).and_then(|rest| rest.first_chunk::<3>()) else { break };
        let bit = prefix_bit([a, b, c_byte]);
        if prefixes[bit >> 6] & (1 << (bit & 63)) == 0 || at < resume {
            continue;
        }
        let Some(c) = char_at(text, at) else { continue };
        if !c.is_uppercase() || super::char_before(text, at).is_some_and(joins) {
            continue;
        }
        // Only an entry whose first bytes the text holds can be written here: the others are
        // passed over without reading the text character by character.
        let Some((end, code)) = buckets[bucket(c)]
            .iter()
            .filter(|entry| entry.head.is_none_or(|head| head == [a, b, c_byte]))
            .find_map(|entry| Some((written_at(text, at, entry)?, entry.code)))
        else {
            continue;
        };
        resume = end;
        if code.is_empty() {
            continue;
        }
        let mut value = Value::new(ValueKind::Name, at..end, format!("country:{code}"), english_name(code));
        value.optional = true;
        found.push(value);
    }
    if found.is_empty() {
        return;
    }
    found.retain(|name| {
        let after = values.partition_point(|v| v.span.start < name.span.end);
        !values[..after].iter().any(|v| name.span.start < v.span.end)
    });
    values.extend(found);
    values.sort_by_key(|v| v.span.start);
}

/// Adds to `values` (ordered by their start) a value `org:ICCAT` for every international body
/// `text` names by an acronym of `lang`'s table (`organisation_acronyms`: `ICCAT`, Swedish
/// `Iccat`, `Iccats`, `IOTC:s`), where no other value stands: optional, as the countries are,
/// and compared as they are, sentence by sentence and cell by cell (`| IOTC |` → `| WCPFC |`).
/// The acronym stands alone, no letter, digit or hyphen before it or after its ending
/// (`NAFO/COM`, whose slash joins no word, is NAFO's).
pub(crate) fn organisations(text: &str, lang: Lang, pairs: &super::Pairs, values: &mut Vec<Value>) {
    static FINDERS: LazyLock<[Vec<super::KeyedFinder<&'static str>>; 2]> =
        LazyLock::new(|| super::keyed_table_finders(|table| table.organisation_acronyms));
    let endings = table(lang).country_name_endings;
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (finder, written, key) in &FINDERS[lang_index(lang)] {
        for at in pairs.find_all(finder, bytes) {
            let end = at + written.len();
            let rest = text.get(end..).unwrap_or_default();
            let Some(ending) = endings
                .iter()
                .copied()
                .filter(|ending| rest.starts_with(ending))
                .chain([""])
                .find(|ending| !char_at(text, end + ending.len()).is_some_and(joins))
            else {
                continue;
            };
            if super::char_before(text, at).is_some_and(joins) {
                continue;
            }
            let mut value = Value::new(ValueKind::Name, at..end + ending.len(), format!("org:{key}"), *key);
            value.optional = true;
            found.push(value);
        }
    }
    found.retain(|name| !values.iter().any(|v| name.span.start < v.span.end && v.span.start < name.span.end));
    if found.is_empty() {
        return;
    }
    values.extend(found);
    values.sort_by_key(|v| v.span.start);
}

/// The country a two-letter code names in the EU's own use (`EL` Greece, `UK` the United
/// Kingdom) or as ISO 3166 writes it, keyed as the names are: a code of the names' table.
/// `EC`, Ecuador's code in ISO 3166, is the European Community's in EU texts (`Regulation
/// (EC)`, `(EC) No 1936/2001` in a list of acts), and names no country; nor does a code of a
/// state beyond Europe that is as often an abbreviation of EU texts ([`NOT_COUNTRY_CODES`]:
/// `NA` not available, `CI` a confidence interval, `AG` a company, `SV` the Swedish language).
fn code_key(code: &str) -> Option<&'static str> {
    let code = match code {
        "EL" => "GR",
        "UK" => "GB",
        "EC" => return None,
        other if NOT_COUNTRY_CODES.contains(&other) => return None,
        other => other,
    };
    table(Lang::En).country_names.iter().find(|(_, c)| *c == code).map(|(_, c)| *c)
}

/// The codes of states beyond Europe that EU texts write as often for something else: an
/// abbreviation (`NA`, `CV`, `CD`, `TV`, `TM`, `VA`, `ER`, `PG`, `DM`), a Swedish one (`KN`, the
/// Combined Nomenclature the English calls `CN`; `GD`, a directorate-general; `FM`), a unit
/// (`GW`, `MW`, `TJ`), a company's form (`AG`, `KG`, `SC`), a statistic (`CI`), a language
/// (`SV`), a word in capitals (`DO`, `TO`, `LA`, `OM`) or a title (`MC`, `ST`). Their names are
/// read; the codes are not.
const NOT_COUNTRY_CODES: [&str; 45] = [
    "AD", "AG", "BB", "BS", "CD", "CF", "CI", "CR", "CV", "DJ", "DM", "DO", "ER", "FM", "GA", "GD", "GW",
    "KG", "KI", "KN", "LA", "MC", "MH", "MM", "MW", "NA", "NI", "NP", "NR", "OM", "PG", "PW", "SB", "SC",
    "SM", "ST", "SV", "TJ", "TL", "TM", "TO", "TT", "TV", "VA", "VC",
];

/// For each capital `A`–`Z`, the capitals that may follow it in a country's code, one bit
/// each: most pairs of capitals (`EU`, `CO` of `COM`) are turned away by one test.
static CODE_PAIRS: LazyLock<[u32; 26]> = LazyLock::new(|| {
    let mut pairs = [0u32; 26];
    let codes = table(Lang::En).country_names.iter().map(|(_, code)| *code).chain(["EL", "UK"]);
    for code in codes {
        if let &[first, second] = code.as_bytes()
            && first.is_ascii_uppercase()
            && second.is_ascii_uppercase()
        {
            pairs[usize::from(first - b'A')] |= 1 << (second - b'A');
        }
    }
    pairs
});

/// Whether `gap`, between two country codes, joins them in one list (`, `, ` and `, ` och `,
/// `/`, a hyphen or a dash of a border or an interconnector, `DE-LU`).
fn code_joint(gap: &str, lang: Lang) -> bool {
    let gap = gap.trim_matches(' ');
    let gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
    gap.is_empty() || matches!(gap, "/" | "-" | "\u{2013}" | ";") || table(lang).list_joiners.contains(&gap)
}

/// Whether `rest`, the text after a count, opens with a noun of countries of `lang`'s table
/// after one space (`three countries`, `two Member States`, `tre länder`): a count of countries,
/// which may restate how many its passage names.
pub(crate) fn country_noun_opens(rest: &str, lang: Lang) -> bool {
    let Some(rest) = rest.strip_prefix(is_space_like) else { return false };
    table(lang).country_nouns.iter().any(|noun| super::starts_with_word(rest, noun))
}

/// Countries named by their two-letter codes where codes are the names of a text (`FI, EE, LV`
/// in a table's column of countries, `(CY, EL, IT och MT)` after a count of Member States,
/// `BE och HU`): two codes or more joined as one list, one code alone in a table's cell
/// (`| PT | Landsbygdsutveckling |`), one alone in round brackets (`emot 1 (PL)`) or opening
/// them before a figure given for it (`1 abstention (SK, 1.20%)`), or one
/// before a bracket that opens on a figure, the figure given for that country (`followed by
/// AT (EUR 603.55) and DE (EUR 598.02)`, `AT (603,55 euro)`). Each is
/// an optional `country:` value, keyed as the names are (`EL` as `GR`), which `name-mismatch`
/// compares with the names or codes of the other version. A pair of capitals elsewhere (`IT`,
/// `NO`, `EU`, a code glued to a word) is no name.
pub(crate) fn country_codes(text: &str, lang: Lang, masks: &ByteMasks, values: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    let free = |at: usize| {
        bytes.get(at).is_none_or(|b| {
            !(b.is_ascii_alphanumeric() || *b >= 0x80 || matches!(b, b'_' | b'@' | b'.' | b'\'' | b'&'))
        })
    };
    // Every code standing free: (start, key).
    let mut codes: Vec<(usize, &'static str)> = Vec::new();
    // Where the next code may start: not at the second capital of a code.
    let mut next = 0;
    for at in masks.capital_pairs() {
        let (Some(&first), Some(&second)) = (bytes.get(at), bytes.get(at + 1)) else { break };
        if at < next || CODE_PAIRS[usize::from(first - b'A')] & (1 << (second - b'A')) == 0 {
            continue;
        }
        next = at + 2;
        let before_free = at == 0 || free(at - 1);
        let after = bytes.get(at + 2).copied();
        // A full stop after the code ends a sentence or a list, not an abbreviation's word.
        let after_free =
            free(at + 2) || after == Some(b'.') && !bytes.get(at + 3).is_some_and(u8::is_ascii_alphanumeric);
        if before_free
            && after_free
            && let Some(key) = text.get(at..at + 2).and_then(code_key)
        {
            codes.push((at, key));
        }
    }
    if codes.is_empty() {
        return;
    }
    let row = text.contains('|');
    let cell_alone = |start: usize| {
        let head = text.get(..start).unwrap_or("").trim_end_matches(' ');
        let tail = text.get(start + 2..).unwrap_or("").trim_start_matches(' ');
        row && (head.is_empty() || head.ends_with('|')) && (tail.is_empty() || tail.starts_with('|'))
    };
    // A code alone in round brackets names the country of what it follows, as a vote names
    // the Member State that cast it (`against 1 (PL)`, `Maritsa East 1 (BG)`).
    // A figure given for it may follow in the bracket (`abstention (SK, 1.20%)`).
    let bracketed = |start: usize| {
        start > 0
            && bytes.get(start - 1) == Some(&b'(')
            && (bytes.get(start + 2) == Some(&b')')
                || bytes.get(start + 2..start + 4) == Some(b", ")
                    && values.iter().any(|value| {
                        value.kind == ValueKind::Number && !value.optional && value.span.start == start + 4
                    }))
    };
    // A code before a bracket that opens on a figure, its sign or its currency names the
    // country the figure is given for, as a name there does (`AT (EUR 603.55)`, `AT (603,55
    // euro)`, `NZ (+3.4%)`): a figure read, no letter of a word, starts the bracket.
    let figured = |start: usize| {
        bytes.get(start + 2..start + 4) == Some(b" (")
            && values.iter().any(|value| {
                value.kind == ValueKind::Number
                    && !value.optional
                    && (value.span.start == start + 4
                        || value.span.start == start + 5 && matches!(bytes.get(start + 4), Some(b'+' | b'-')))
            })
    };
    let joined =
        |a: usize, b: usize| text.get(a + 2..b).is_some_and(|gap| gap.len() <= 6 && code_joint(gap, lang));
    let mut found = Vec::new();
    for (i, &(start, key)) in codes.iter().enumerate() {
        let listed = i > 0 && joined(codes[i - 1].0, start)
            || codes.get(i + 1).is_some_and(|next| joined(start, next.0));
        if !listed && !cell_alone(start) && !bracketed(start) && !figured(start) {
            continue;
        }
        let mut value =
            Value::new(ValueKind::Name, start..start + 2, format!("country:{key}"), english_name(key));
        value.optional = true;
        found.push(value);
    }
    found.retain(|code| !values.iter().any(|v| code.span.start < v.span.end && v.span.start < code.span.end));
    if found.is_empty() {
        return;
    }
    values.extend(found);
    values.sort_by_key(|v| v.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_of_countries_after_a_count() {
        assert!(country_noun_opens(" countries", Lang::En));
        assert!(country_noun_opens(" Member States.", Lang::En));
        assert!(country_noun_opens(" länder.", Lang::Sv));
        assert!(country_noun_opens("\u{a0}medlemsstaterna", Lang::Sv));
        assert!(!country_noun_opens(" landsbygdsområden", Lang::Sv));
        assert!(!country_noun_opens(" countryside", Lang::En));
        assert!(!country_noun_opens(" of the countries", Lang::En));
        assert!(!country_noun_opens("countries", Lang::En));
        assert!(!country_noun_opens(" andra länder", Lang::Sv));
    }

    fn codes(text: &str, lang: Lang) -> Vec<String> {
        let mut values = Vec::new();
        countries(text, lang, &ByteMasks::of(text.as_bytes()), &mut values);
        values.into_iter().map(|v| v.key).collect()
    }

    fn coded(text: &str, lang: Lang) -> Vec<String> {
        let mut values = Vec::new();
        country_codes(text, lang, &ByteMasks::of(text.as_bytes()), &mut values);
        values.into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn codes_in_lists_and_cells_name_countries() {
        assert_eq!(
            coded("I fyra medlemsstater (CY, EL, IT och MT) var", Lang::Sv),
            ["country:CY", "country:GR", "country:IT", "country:MT"]
        );
        assert_eq!(coded("FI, EE, LV, LT, PL, DE | 6.6 bcm", Lang::En).len(), 6);
        assert_eq!(coded("PT | Rural development", Lang::En), ["country:PT"]);
        assert_eq!(coded("the DE-LU bidding zone", Lang::En), ["country:DE", "country:LU"]);
        assert_eq!(coded("BE and UK voted against", Lang::En), ["country:BE", "country:GB"]);
        // A code alone in running text, or glued to a word, is none.
        assert!(coded("IT systems and NO action", Lang::En).is_empty());
        assert_eq!(coded("IT | 5", Lang::En), ["country:IT"]);
        assert!(coded("the EU and the US", Lang::En).is_empty());
        assert!(coded("ATS, DEF and SEK", Lang::En).is_empty());
        assert!(coded("IT-system och AT", Lang::Sv).is_empty());
        // One code alone in round brackets, after a vote or a place.
        assert_eq!(coded("emot 1 (PL) som representerar", Lang::Sv), ["country:PL"]);
        assert_eq!(coded("Maritsa East 1 (BG) |", Lang::En), ["country:BG"]);
        assert_ne!(coded("against 1 (PL)", Lang::En), coded("emot 1 (PT)", Lang::Sv));
        // Not a bracket on one side only, nor a code that is no country's.
        assert!(coded("(PL and (EU) or PL)", Lang::En).is_empty());
        // One code before a bracket that opens on a figure, the figure given for it.
        let read = |text: &str, lang| -> Vec<String> {
            crate::values::extract(text, lang)
                .into_iter()
                .filter(|value| value.key.starts_with("country:"))
                .map(|value| value.key)
                .collect()
        };
        assert_eq!(
            read("followed by AT (EUR 603.55) and DE (EUR 598.02);", Lang::En),
            ["country:AT", "country:DE"]
        );
        assert_eq!(
            read("följt av AT (603,55 euro) och DE (598,02 euro).", Lang::Sv),
            ["country:AT", "country:DE"]
        );
        assert_eq!(read("mainly from BR, AR and UY.", Lang::En), ["country:BR", "country:AR", "country:UY"]);
        // Not before a bracket of words, nor one opening on a letter of a word.
        assert!(read("the IT (information technology) budget", Lang::En).is_empty());
        assert!(read("spending on IT (about EUR 5 million)", Lang::En).is_empty());
        // A code opening a bracket before the figure given for it, as a vote's result writes it.
        assert_eq!(
            read("1 against (HU, 2.14%), 1 abstention (SK, 1.20%)", Lang::En),
            ["country:HU", "country:SK"]
        );
        assert_eq!(read("en nedlagd röst (SK, 1,20 %)", Lang::Sv), ["country:SK"]);
        assert!(read("(IT, in particular)", Lang::En).is_empty());
        // `EC` is the European Community's, not Ecuador's.
        assert!(coded("Regulations (EEC) No 2847/93, (EC) No 1936/2001 | EC |", Lang::En).is_empty());
    }

    fn bodies(text: &str, lang: Lang) -> Vec<String> {
        let mut values = Vec::new();
        let mut pairs = super::super::Pairs::new();
        pairs.read(text.as_bytes());
        organisations(text, lang, &pairs, &mut values);
        values.into_iter().map(|v| v.key).collect()
    }

    #[test]
    fn acronyms_of_international_bodies_read_alike() {
        assert_eq!(bodies("| 9MFT4 | IOTC | 20.5.2016 |", Lang::En), ["org:IOTC"]);
        assert_eq!(bodies("| SPRFMO, CCAMLR |", Lang::Sv), ["org:SPRFMO", "org:CCAMLR"]);
        assert_eq!(
            bodies("ICCAT amended its list; NAFO/COM Doc. 25-01", Lang::En),
            bodies("Iccat ändrade sin förteckning; NAFO/COM Doc. 25-01", Lang::Sv)
        );
        assert_eq!(
            bodies("Iccats och Nafos och IOTC:s förteckningar", Lang::Sv),
            ["org:ICCAT", "org:NAFO", "org:IOTC"]
        );
        assert_ne!(bodies("| IOTC |", Lang::En), bodies("| WCPFC |", Lang::Sv));
        // Inside a word, a code or a link, or in small letters, it is no body's name.
        assert!(bodies("CCAMLR-44, WCPFC-IUU, iotc.org, XIOTC, Iccat", Lang::En).is_empty());
        assert!(bodies("ICCATs", Lang::En).is_empty());
    }

    #[test]
    fn names_and_their_swedish_genitive() {
        assert_eq!(codes("| Latvia | 82.1 |", Lang::En), ["country:LV"]);
        assert_eq!(codes("| Lettland | 82,1 |", Lang::Sv), ["country:LV"]);
        assert_eq!(codes("Lettlands och Litauens regeringar", Lang::Sv), ["country:LV", "country:LT"]);
        assert_eq!(codes("Latvia's and Lithuania’s governments", Lang::En), ["country:LV", "country:LT"]);
        assert_eq!(codes("Nederländernas och Sveriges", Lang::Sv), ["country:NL", "country:SE"]);
        assert_eq!(codes("USA:s president", Lang::Sv), ["country:US"]);
    }

    #[test]
    fn names_of_several_words_and_two_names_of_one_country() {
        assert_eq!(codes("the Czech Republic and Czechia", Lang::En), ["country:CZ", "country:CZ"]);
        assert_eq!(codes("Tjeckien", Lang::Sv), ["country:CZ"]);
        assert_eq!(codes("the Netherlands", Lang::En), ["country:NL"]);
        assert_eq!(codes("the United\u{a0}Kingdom", Lang::En), ["country:GB"]);
        assert_eq!(codes("Förenade kungarikets", Lang::Sv), ["country:GB"]);
    }

    #[test]
    fn adjectives_that_name_one_country() {
        assert_eq!(codes("the Croatian Ministry of Finance", Lang::En), ["country:HR"]);
        assert_eq!(codes("begärde Kroatiens finansministerium", Lang::Sv), ["country:HR"]);
        // A Swedish adjective is written in small letters, and read only as a name is, with its
        // capital (`Slovakiska republiken`): most words of a text start with a small letter,
        // and are passed over at the cost of one test.
        assert_eq!(codes("Slovakiska republiken, ett slovakiskt företag", Lang::Sv), ["country:SK"]);
        assert!(codes("de kroatiska och slovenska myndigheterna", Lang::Sv).is_empty());
        assert_eq!(codes("the Greek Cypriot community", Lang::En), ["country:CY"]);
        // `English` is the language of more than one country.
        assert!(codes("the English version", Lang::En).is_empty());
        assert!(codes("den engelska versionen", Lang::Sv).is_empty());
    }

    #[test]
    fn a_name_inside_another_word_or_name_is_none() {
        assert!(codes("Northern Ireland and the Northern Irish", Lang::En).is_empty());
        assert_eq!(codes("Northern Ireland and Ireland", Lang::En), ["country:IE"]);
        assert!(codes("Nordirland", Lang::Sv).is_empty());
        assert!(codes("Lettlandsbaserade, EU-Ukraine, Latvian-born, Maltalainen", Lang::Sv).is_empty());
        assert!(codes("EU-Ukraine, Latvian-born, Australian-made", Lang::En).is_empty());
        // Countries beyond Europe that EU texts name, with the longer name first.
        assert_eq!(
            codes("Niger, Nigeria and South Sudan", Lang::En),
            ["country:NE", "country:NG", "country:SS"]
        );
        assert_eq!(codes("för Jordaniens och Libanons räkning", Lang::Sv), ["country:JO", "country:LB"]);
        // The flag states of a list of vessels, of one word or two.
        assert_eq!(
            codes("(Indonesia, Sierra Leone, Tanzania) | Cameroon (Equatorial Guinea)", Lang::En),
            codes("(Indonesien, Sierra Leone, Tanzania) | Kamerun (Ekvatorialguinea)", Lang::Sv)
        );
        assert_eq!(codes("Sierra Leones och Komorernas flagg", Lang::Sv), ["country:SL", "country:KM"]);
        assert_eq!(
            codes("Slovakia, Slovenia, Austria", Lang::En),
            ["country:SK", "country:SI", "country:AT"]
        );
        // Names are proper nouns: `kina` is no China, `POLAND` in capitals is not read.
        assert!(codes("kina, POLAND, polish", Lang::En).is_empty());
        assert!(codes("kina", Lang::Sv).is_empty());
    }

    #[test]
    fn the_states_of_the_world_beyond_europe() {
        assert_eq!(
            codes("(b) Libya, Niger, Rwanda and Chad, including", Lang::En),
            codes("b) Libyen, Niger, Rwanda och Tchad, inbegripet", Lang::Sv)
        );
        assert_eq!(
            codes("Libyen, Niger, Rwanda och Tchad", Lang::Sv),
            ["country:LY", "country:NE", "country:RW", "country:TD"]
        );
        assert_eq!(
            codes("Australia and New Zealand", Lang::En),
            codes("Australien och Nya Zeeland", Lang::Sv)
        );
        // The longer name first: the two Congos and the two Koreas are told apart, and `Korea`
        // alone, of either, names none.
        assert_eq!(
            codes("the Democratic Republic of the Congo, DR Congo and the Congo", Lang::En),
            ["country:CD", "country:CD", "country:CG"]
        );
        assert_eq!(
            codes("Demokratiska republiken Kongo och Kongo-Brazzaville", Lang::Sv),
            ["country:CD", "country:CG"]
        );
        assert_eq!(
            codes("the Republic of Korea, the Democratic People's Republic of Korea, Korea", Lang::En),
            ["country:KR", "country:KP"]
        );
        assert_eq!(codes("Sydkoreas och Nordkoreas", Lang::Sv), ["country:KR", "country:KP"]);
        assert_eq!(
            codes("Guinea-Bissau, Guinea and Papua New Guinea", Lang::En),
            ["country:GW", "country:GN", "country:PG"]
        );
        assert_ne!(codes("Rwanda", Lang::En), codes("Tchad", Lang::Sv));
        // A code of such a state that is as often an abbreviation is not read as its name.
        assert!(coded("NA, NA and CV | CI (95 %)", Lang::En).is_empty());
        // `KN` is the Swedish Combined Nomenclature, the English `CN`: no Saint Kitts and Nevis.
        assert!(coded("Kombinerade nomenklatur (KN) | KN |", Lang::Sv).is_empty());
        assert_eq!(coded("AU, NZ and KR", Lang::En), ["country:AU", "country:NZ", "country:KR"]);
    }

    #[test]
    fn other_values_keep_their_text() {
        let mut values = vec![Value::new(ValueKind::Url, 0..22, "url:x", "x")];
        let text = "https://x.eu/Latvia/ab and Latvia";
        countries(text, Lang::En, &ByteMasks::of(text.as_bytes()), &mut values);
        let keys: Vec<&str> = values.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["url:x", "country:LV"]);
    }
}
