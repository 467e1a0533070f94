//! Language data for the segmenter: abbreviations and label words, one file per language.
//!
//! Only these files know words of a particular language; `rules.rs` holds the logic.

mod en;
mod sv;

use crate::text::Lang;

/// How an abbreviation that ends in a full stop behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Never ends a sentence: titles and words that introduce what follows
    /// (`Mr`, `e.g.`, `No.`, `p.`, `t.ex.`, `nr`), even before a capital or a number.
    Never,
    /// Ends a sentence only before a capital letter (`etc.`, `osv.`, month names):
    /// a lower-case word or a number after it continues the sentence.
    BeforeCapital,
}

/// The segmentation data of one language.
#[derive(Debug)]
pub struct Table {
    /// Abbreviations with their final full stop (`"e.g."`), as written in running text.
    /// An entry in lower case also matches with its first letter capitalised (`E.g.`).
    pub abbreviations: &'static [(&'static str, Abbrev)],
    /// Words that label a part of a text with a letter (`Annex A`, `Part B`): a single
    /// capital after them is a label, not the initial of a name. Compared case-insensitively.
    pub labels: &'static [&'static str],
}

impl Table {
    /// The class of `token` (a word with its final full stop), if it is an abbreviation.
    pub fn abbreviation(&self, token: &str) -> Option<Abbrev> {
        // Most tokens before a full stop are ordinary words, longer than any abbreviation.
        if token.len() > MAX_ABBREVIATION_BYTES {
            return None;
        }
        self.abbreviations.iter().find_map(|&(entry, class)| matches_entry(entry, token).then_some(class))
    }

    /// Whether `word` labels a part of a text (`Annex`, `bilaga`).
    pub fn is_label(&self, word: &str) -> bool {
        self.labels.iter().any(|label| eq_caseless(label, word))
    }
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

/// `token` equals `entry`, or `entry` with its first letter capitalised (sentence-initial use).
fn matches_entry(entry: &str, token: &str) -> bool {
    if entry == token {
        return true;
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
        assert_eq!(table.abbreviation("t.ex."), Some(Abbrev::Never));
        assert_eq!(table.abbreviation("T.ex."), Some(Abbrev::Never));
        assert_eq!(table.abbreviation("T.EX."), None);
        assert_eq!(for_lang(Lang::En).abbreviation("etc."), Some(Abbrev::BeforeCapital));
    }

    #[test]
    fn entries_are_short_and_end_as_written() {
        for lang in [Lang::En, Lang::Sv] {
            for &(entry, _) in for_lang(lang).abbreviations {
                assert!(entry.len() <= MAX_ABBREVIATION_BYTES, "{entry}");
                assert!(!entry.contains(char::is_whitespace), "{entry}: tokens never hold spaces");
                assert!(entry.ends_with('.'), "{entry}: only a full stop makes a candidate");
            }
        }
    }

    #[test]
    fn labels_compare_without_case() {
        assert!(for_lang(Lang::En).is_label("annex"));
        assert!(for_lang(Lang::Sv).is_label("Bilaga"));
        assert!(!for_lang(Lang::Sv).is_label("Sverige"));
    }
}
