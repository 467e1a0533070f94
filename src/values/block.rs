//! The values of a parsed block: its text's values, with link targets taken into account.

use crate::document::{Block, BlockKind, Inline};
use crate::text::Lang;

use super::{Value, ValueKind, extract, extract_url};

/// The values of one block, sorted by span.
///
/// A link `[text](url)` is compared by its target. Its visible text counts as well when it
/// is itself a whole web address that differs from the target (a slip in the shown
/// address is a slip the reader sees); a fragment of an address cut by spaces in
/// conversion is dropped, since it says nothing the target does not say better.
pub fn block_values(block: &Block, lang: Lang) -> Vec<Value> {
    let mut found = extract(&block.text, lang);
    // A section number is compared as a heading (`heading-mismatch`), not as a number.
    if let BlockKind::Heading { number: Some(number), .. } = &block.kind {
        let lead = block.text.len() - block.text.trim_start().len();
        if block.text[lead..].starts_with(number.as_str()) {
            let end = lead + number.len();
            found
                .retain(|v| !(v.kind == ValueKind::Number && v.span.start < end + 1 && v.span.start >= lead));
        }
    }
    let mut targets = Vec::new();
    for inline in &block.inlines {
        let Inline::Link { url, text, .. } = inline else { continue };
        let Some(mut target) = extract_url(url) else { continue };
        let shown = block.text.get(text.clone()).unwrap_or("").trim_end_matches(['.', ',', ';', ')']);
        found.retain(|v| {
            let inside = v.kind == ValueKind::Url && v.span.start < text.end && text.start < v.span.end;
            let whole = v.span.start <= text.start && text.start + shown.len() <= v.span.end;
            !inside || (whole && !same_letters_and_digits(block.text.get(v.span.clone()).unwrap_or(""), url))
        });
        target.span = text.clone();
        targets.push(target);
    }
    found.extend(targets);
    found.sort_by_key(|v| (v.span.start, v.span.end));
    found
}

/// Whether two addresses as written differ only in separators and escapes (`\\`, `_`,
/// spaces), as a shown address garbled in conversion differs from its target; a slip changes
/// a letter or digit (percent escapes are compared as written, so `%93` ≠ `%98`).
fn same_letters_and_digits(a: &str, b: &str) -> bool {
    a.chars().filter(|c| c.is_alphanumeric()).eq(b.chars().filter(|c| c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, parse};

    fn keys(markdown: &str) -> Vec<String> {
        let doc = parse("t.md", markdown.to_string(), Format::Markdown);
        doc.blocks.iter().flat_map(|b| block_values(b, Lang::En)).map(|v| v.key).collect()
    }

    #[test]
    fn link_target_counts_once_when_text_shows_it() {
        let k = keys("See [https://example.eu/a\\_b](https://example.eu/a_b).\n");
        assert_eq!(k, vec!["url:example.eu/a_b".to_string()]);
    }

    #[test]
    fn shown_address_that_differs_from_its_target_counts_too() {
        let k = keys("See [https://example.eu/a9](https://example.eu/a8).\n");
        assert_eq!(k.len(), 2, "{k:?}");
    }

    #[test]
    fn section_numbers_are_not_numbers() {
        assert_eq!(keys("## 3. BUILDING RESILIENCE IN 2026\n"), vec!["year:2026".to_string()]);
    }

    #[test]
    fn lost_target_and_plain_text_links() {
        assert_eq!(keys("See [the report](#) of 2025.\n"), vec!["year:2025".to_string()]);
        assert_eq!(keys("See [the report](https://example.eu/r).\n"), vec!["url:example.eu/r".to_string()]);
    }
}
