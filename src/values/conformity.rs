//! The modules of conformity assessment of the New Legislative Framework (Decision No
//! 768/2008/EC, Annex II): a capital, with a digit for a variant, written alike in every
//! language (`module A`, `modules B and C`, `Module H1` = `modul A`, `modulerna B och C`,
//! `modul H1`). A product law names the procedure by its module, and a changed letter is
//! another procedure (`module A`, internal control, against `modul B`, EU-type examination):
//! each is a reference, `module:B`.

use super::pairs::Pairs;
use super::{Value, ValueKind, WordFinder};
use crate::text::Lang;
use std::sync::LazyLock;

/// The words that name a module, lower case, per language: a module's letter follows.
static FINDERS: LazyLock<[Vec<WordFinder>; 2]> = LazyLock::new(|| {
    [
        ["module", "modules"].map(WordFinder::new).into(),
        ["modul", "modulen", "moduler", "modulerna"].map(WordFinder::new).into(),
    ]
});

/// The longest of the words that join the letters of a list (of modules, of tables: `A, B
/// and C`, `A, B och C`) at the start of `rest`, with its spaces.
pub(super) fn letter_joiner(rest: &str, lang: Lang) -> Option<&'static str> {
    let joiners: &[&str] = match lang {
        Lang::En => &[", ", " and ", " or ", ", and ", ", or "],
        Lang::Sv => &[", ", " och ", " eller ", " respektive "],
    };
    joiners.iter().filter(|joiner| rest.starts_with(**joiner)).max_by_key(|joiner| joiner.len()).copied()
}

/// The length of a module's label at the start of `rest`: a capital from A to H, a digit
/// after it for a variant (`A2`, `C1`, `H1`), and no letter or digit after that.
fn label(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let first = *bytes.first()?;
    if !(b'A'..=b'H').contains(&first) {
        return None;
    }
    let length = if bytes.get(1).is_some_and(u8::is_ascii_digit) { 2 } else { 1 };
    let tail = rest.get(length..)?;
    // Not a word (`module Annex`), a code (`B2B`), a point (`A.1`) or a hyphened term
    // (`A-type`); a full stop that ends the sentence is none of those.
    let alone = match tail.chars().next() {
        None => true,
        Some('.') => tail.get(1..).is_none_or(|after| after.chars().next().is_none_or(char::is_whitespace)),
        Some(c) => !(c.is_alphanumeric() || matches!(c, '-' | '/' | '\u{2011}')),
    };
    alone.then_some(length)
}

/// Pushes the modules named in `text` as references.
pub(crate) fn find(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    for finder in &FINDERS[super::lang_index(lang)] {
        for span in finder.find_iter(text, pairs) {
            let mut at = span.end + 1;
            if !text.get(span.end..).is_some_and(|rest| rest.starts_with(' ')) {
                continue;
            }
            let mut start = span.start;
            while let Some(length) = text.get(at..).and_then(label) {
                let name = text.get(at..at + length).unwrap_or_default();
                out.push(Value::new(
                    ValueKind::Legal,
                    start..at + length,
                    format!("module:{name}"),
                    format!("module {name}"),
                ));
                let rest = text.get(at + length..).unwrap_or_default();
                let Some(joiner) = letter_joiner(rest, lang) else {
                    break;
                };
                at += length + joiner.len();
                start = at;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;
    use crate::values::extract;

    fn modules(text: &str, lang: Lang) -> Vec<(String, String)> {
        extract(text, lang)
            .into_iter()
            .filter(|v| v.key.starts_with("module:"))
            .map(|v| (text[v.span.clone()].to_string(), v.key))
            .collect()
    }

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        modules(text, lang).into_iter().map(|(_, key)| key).collect()
    }

    #[test]
    fn modules_and_their_lists() {
        assert_eq!(
            modules("internal production control (module A), modules B and C or module H1.", Lang::En),
            [
                ("module A".to_string(), "module:A".to_string()),
                ("modules B".to_string(), "module:B".to_string()),
                ("C".to_string(), "module:C".to_string()),
                ("module H1".to_string(), "module:H1".to_string()),
            ]
        );
        assert_eq!(
            keys("intern kontroll (modul A), modulerna B och C eller modul H.", Lang::Sv),
            ["module:A", "module:B", "module:C", "module:H"]
        );
    }

    #[test]
    fn words_that_name_no_module() {
        // A word after `module`, a letter beyond H, a code, a lower-case letter.
        assert!(
            keys("the module Annex; module X; module B2B platforms; modules a and b", Lang::En).is_empty()
        );
        assert!(keys("Modulen Anpassning; modul I", Lang::Sv).is_empty());
    }
}
