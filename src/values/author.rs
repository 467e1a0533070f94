//! Who adopted an act, as a text names it beside the act's number: `Council Regulation (EU)
//! No 604/2013`, `Regulation (EU) 2024/1351 of the European Parliament and of the Council`,
//! `Europaparlamentets och rådets förordning (EU) 2024/1351`, `kommissionens delegerade
//! förordning (EU) 2025/12`.
//!
//! The number names the act whoever is said to have adopted it, so the author is no part of
//! the value; a translation that gives an act to another institution still cites it wrongly.

use std::ops::Range;

use super::number::floor_char_boundary;

/// The institution, or the two, that adopted an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    ParliamentAndCouncil,
    Council,
    Commission,
}

impl Author {
    /// How the report names the author.
    pub fn name(self) -> &'static str {
        match self {
            Author::ParliamentAndCouncil => "the European Parliament and the Council",
            Author::Council => "the Council",
            Author::Commission => "the Commission",
        }
    }
}

/// The words before an act's name that give its author, in either language, lower case and
/// longest first; the words may be followed by a kind of act (`Implementing`, `Delegated`,
/// `delegerade`).
const BEFORE: &[(&str, Author)] = &[
    ("european parliament and council", Author::ParliamentAndCouncil),
    ("europaparlamentets och rådets", Author::ParliamentAndCouncil),
    ("council", Author::Council),
    ("rådets", Author::Council),
    ("commission", Author::Commission),
    ("kommissionens", Author::Commission),
];

/// Words between the author and the act's name.
const KINDS: &[&str] = &["implementing", "delegated", "delegerade"];

/// Whether an act's name says it is an implementing or a delegated act (`Council Implementing
/// Decision`, `rådets genomförandebeslut`; `Commission Delegated Regulation`, `kommissionens
/// delegerade förordning`). The name of an act in its title, so a translation that adds or
/// drops it names another act of the same number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Implementing,
    Delegated,
}

impl Qualifier {
    /// How the report names an act of this kind.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Implementing => "an implementing act",
            Qualifier::Delegated => "a delegated act",
        }
    }
}

/// The English phrases after an act's number that give its author.
const AFTER: &[(&str, Author)] = &[
    (" of the european parliament and of the council", Author::ParliamentAndCouncil),
    (" of the council", Author::Council),
    (" of the commission", Author::Commission),
];

/// The author that `text` names right before or right after the act cited at `span`.
///
/// ```
/// use tvilling::values::{Author, act_author};
///
/// let text = "Council Implementing Decision (EU) 2025/2642 established the pool.";
/// assert_eq!(act_author(text, 21..44), Some(Author::Council));
/// let text = "Regulation (EU) 2024/1351 of the European Parliament and of the Council of 14 May 2024";
/// assert_eq!(act_author(text, 0..25), Some(Author::ParliamentAndCouncil));
/// let text = "Europaparlamentets och rådets förordning (EU) 2024/1351";
/// assert_eq!(act_author(text, 30..56), Some(Author::ParliamentAndCouncil));
/// assert_eq!(act_author("enligt förordning (EU) 2024/1351", 7..33), None);
/// ```
pub fn act_author(text: &str, span: Range<usize>) -> Option<Author> {
    before(text.get(..span.start)?).or_else(|| after(text.get(span.end..)?))
}

/// The qualifier of the act cited at `span`, which starts at the act's name: the word before
/// the name (`Implementing`, `Delegated`, `delegerade`) or, in Swedish, the first part of the
/// compound name (`genomförandeförordning`, `genomförandebeslutet`). `None` where the name has
/// none.
///
/// ```
/// use tvilling::values::{Qualifier, act_qualifier};
///
/// let text = "Council Implementing Decision (EU) 2025/2642 established the pool.";
/// assert_eq!(act_qualifier(text, 21..44), Some(Qualifier::Implementing));
/// let text = "rådets genomförandebeslut (EU) 2018/1993";
/// assert_eq!(act_qualifier(text, 8..text.len()), Some(Qualifier::Implementing));
/// let text = "rådets beslut (EU) 2018/1993";
/// assert_eq!(act_qualifier(text, 8..text.len()), None);
/// ```
pub fn act_qualifier(text: &str, span: Range<usize>) -> Option<Qualifier> {
    // The qualifier and the author before it (`kommissionens delegerade `).
    let head = text.get(floor_char_boundary(text, span.start.saturating_sub(48))..span.start)?;
    let name = text.get(span.clone())?;
    let name = name.get(..name.find([' ', '\u{a0}']).unwrap_or(name.len()))?.to_lowercase();
    if name.starts_with("genomförande") {
        return Some(Qualifier::Implementing);
    }
    let head = head.trim_end_matches([' ', '\u{a0}']);
    let word_start =
        head.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = head.get(word_start..)?;
    let qualifier = match word.to_lowercase().as_str() {
        "implementing" => Qualifier::Implementing,
        "delegated" | "delegerade" | "delegerad" => Qualifier::Delegated,
        _ => return None,
    };
    // The word is the act's, capitalised in its title or after its author (`Commission
    // implementing regulation`), not a verb (`of 12 December 2017 implementing Regulation (EC)
    // No 595/2009`).
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    (capitalised || before(head.get(..word_start)?).is_some()).then_some(qualifier)
}

fn before(head: &str) -> Option<Author> {
    let mut head = head.trim_end_matches([' ', '\u{a0}']);
    // At most the 40 bytes before the act: the words of the author and a kind of act.
    head = head.get(floor_char_boundary(head, head.len().saturating_sub(40))..)?;
    let lower = head.to_lowercase();
    let mut words = lower.as_str();
    for kind in KINDS {
        if let Some(rest) = words.strip_suffix(kind) {
            words = rest.trim_end_matches(' ');
            break;
        }
    }
    BEFORE.iter().find_map(|&(phrase, author)| {
        let rest = words.strip_suffix(phrase)?;
        // The phrase is whole words: what comes before it ends a word.
        rest.chars().next_back().is_none_or(|c| !c.is_alphanumeric()).then_some(author)
    })
}

fn after(tail: &str) -> Option<Author> {
    AFTER.iter().find_map(|&(phrase, author)| {
        let head = tail.get(..phrase.len())?;
        let whole = tail
            .get(phrase.len()..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| !c.is_alphanumeric());
        // `of the Council's` is no author, `of the Council of 14 May 2024` is.
        let possessive = tail.get(phrase.len()..).is_some_and(|rest| rest.starts_with(['\'', '’']));
        (head.eq_ignore_ascii_case(phrase) && whole && !possessive).then_some(author)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author_of(text: &str, act: &str) -> Option<Author> {
        let start = text.find(act).unwrap_or(0);
        act_author(text, start..start + act.len())
    }

    #[test]
    fn english_authors_before_and_after() {
        assert_eq!(
            author_of("Council Regulation (EU) No 604/2013 applies.", "Regulation (EU) No 604/2013"),
            Some(Author::Council)
        );
        assert_eq!(
            author_of("Commission Delegated Regulation (EU) 2025/12 applies.", "Regulation (EU) 2025/12"),
            Some(Author::Commission)
        );
        assert_eq!(
            author_of(
                "Directive 2013/32/EU of the European Parliament and of the Council of 26 June 2013",
                "Directive 2013/32/EU"
            ),
            Some(Author::ParliamentAndCouncil)
        );
        assert_eq!(
            author_of("European Parliament and Council Directive 2004/38/EC", "Directive 2004/38/EC"),
            Some(Author::ParliamentAndCouncil)
        );
    }

    #[test]
    fn swedish_authors() {
        assert_eq!(
            author_of("Rådets förordning (EU) nr 604/2013 gäller.", "förordning (EU) nr 604/2013"),
            Some(Author::Council)
        );
        assert_eq!(
            author_of("enligt kommissionens delegerade förordning (EU) 2025/12", "förordning (EU) 2025/12"),
            Some(Author::Commission)
        );
    }

    #[test]
    fn no_author_where_none_is_named() {
        assert_eq!(author_of("Regulation (EU) 2024/1351 applies.", "Regulation (EU) 2024/1351"), None);
        assert_eq!(
            author_of("the Council. Regulation (EU) 2024/1351 applies.", "Regulation (EU) 2024/1351"),
            None
        );
        assert_eq!(author_of("the Subcouncil Regulation (EU) 2024/1351", "Regulation (EU) 2024/1351"), None);
        assert_eq!(
            author_of("Regulation (EU) 2024/1351 of the Council's choice", "Regulation (EU) 2024/1351"),
            None
        );
        assert_eq!(author_of("förordning (EU) 2024/1351 av rådets", "förordning (EU) 2024/1351"), None);
    }

    fn qualifier_of(text: &str, act: &str) -> Option<Qualifier> {
        let start = text.find(act).unwrap_or(0);
        act_qualifier(text, start..start + act.len())
    }

    #[test]
    fn qualifiers_in_both_languages() {
        let implementing = Some(Qualifier::Implementing);
        let delegated = Some(Qualifier::Delegated);
        assert_eq!(
            qualifier_of("Commission Implementing Regulation (EU) 2024/2690", "Regulation (EU) 2024/2690"),
            implementing
        );
        assert_eq!(
            qualifier_of("Council implementing decision (EU) 2018/1993", "decision (EU) 2018/1993"),
            implementing
        );
        assert_eq!(
            qualifier_of("Commission Delegated Regulation (EU) 2025/12", "Regulation (EU) 2025/12"),
            delegated
        );
        assert_eq!(
            qualifier_of(
                "kommissionens genomförandeförordning (EU) 2024/2690",
                "genomförandeförordning (EU) 2024/2690"
            ),
            implementing
        );
        assert_eq!(
            qualifier_of("genomförandebeslutet (EU) 2018/1993", "genomförandebeslutet (EU) 2018/1993"),
            implementing
        );
        assert_eq!(
            qualifier_of("kommissionens delegerade förordning (EU) 2025/12", "förordning (EU) 2025/12"),
            delegated
        );
        assert_eq!(
            qualifier_of("kommissionens\u{a0}delegerade förordning (EU) 2025/12", "förordning (EU) 2025/12"),
            delegated
        );
    }

    #[test]
    fn no_qualifier_where_none_is_named() {
        assert_eq!(qualifier_of("Council Regulation (EU) No 604/2013", "Regulation (EU) No 604/2013"), None);
        assert_eq!(qualifier_of("rådets beslut (EU) 2018/1993", "beslut (EU) 2018/1993"), None);
        // A word that only ends like a qualifier, or one that ends an earlier clause.
        assert_eq!(qualifier_of("the reimplementing Regulation (EU) 2024/1", "Regulation (EU) 2024/1"), None);
        assert_eq!(qualifier_of("it was delegated. Regulation (EU) 2024/1", "Regulation (EU) 2024/1"), None);
        assert_eq!(qualifier_of("Regulation (EU) 2024/1", "Regulation (EU) 2024/1"), None);
        // `implementing` as a verb: the act that implements the other.
        assert_eq!(
            qualifier_of(
                "of 12 December 2017 implementing Regulation (EC) No 595/2009",
                "Regulation (EC) No 595/2009"
            ),
            None
        );
    }
}
