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
///
/// A footnote call ends the figure it follows: the figure after it is its own, never a
/// thousands group of the one before (`(EU) 2022/696[^5] 250 kg`). So does a letter in
/// emphasis glued after a figure, a formula's index (`omfattning 1, 2 och 3*i*`).
pub fn block_values(block: &Block, lang: Lang) -> Vec<Value> {
    let mut changed = calls_between_figures(block);
    indices_after_figures(block, &mut changed);
    let mut found = match changed {
        Some(text) => extract(&text, lang),
        None => extract(&block.text, lang),
    };
    // A section number is compared as a heading (`heading-mismatch`), not as a number.
    if let BlockKind::Heading { number: Some(number), .. } = &block.kind {
        let mut lead = block.text.len() - block.text.trim_start().len();
        // Or in brackets (`(9) Priority Corridor`).
        if block.text[lead..].starts_with('(') {
            lead += 1;
        }
        if block.text[lead..].starts_with(number.as_str()) {
            let end = lead + number.len();
            found
                .retain(|v| !(v.kind == ValueKind::Number && v.span.start < end + 1 && v.span.start >= lead));
        }
    }
    if let Some(label) = inserted_label(&block.text)
        && !found.iter().any(|v| v.span.start < label.span.end && label.span.start < v.span.end)
    {
        found.push(label);
    }
    if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
        && let Some(letter) = point_letter(&block.text)
        && !found.iter().any(|v| v.span.start < letter.span.end && letter.span.start < v.span.end)
    {
        found.push(letter);
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
    code_spans(block, &mut found);
    found.sort_by_key(|v| (v.span.start, v.span.end));
    glosses_in_the_other_language(block, lang, &mut found);
    found
}

/// Reads the content of each code span that is a code or an identifier as written (see
/// [`super::verbatim::code_span`]): a translation copies it letter for letter, where the
/// readers of figures and references may read pieces of it (the `2` of
/// `2024-06-05T14:02:11.482103Z`) or nothing (`XOFF`). A value read over the whole content
/// (`DNK000012345`, a date format) stays, and so does a reading that goes beyond the span.
fn code_spans(block: &Block, found: &mut Vec<Value>) {
    for inline in &block.inlines {
        let Inline::Code { text } = inline else { continue };
        let Some(content) = block.text.get(text.clone()) else { continue };
        let Some(code) = super::verbatim::code_span(content, text.start) else { continue };
        let overlaps = |v: &Value| v.span.start < text.end && text.start < v.span.end;
        let inside = |v: &Value| text.start <= v.span.start && v.span.end <= text.end;
        if found.iter().any(|v| v.span == *text || overlaps(v) && !inside(v)) {
            continue;
        }
        found.retain(|v| !inside(v));
        found.push(code);
    }
}

/// The block's text with a line break, no figure's space, for each space between a footnote
/// call right after a digit and the digit after it, so that no reader joins the two figures;
/// `None` when no call stands so (a text of the same length: spans hold).
fn calls_between_figures(block: &Block) -> Option<String> {
    let text = &block.text;
    let bytes = text.as_bytes();
    let mut changed: Option<String> = None;
    for inline in &block.inlines {
        let Inline::FootnoteRef { at, .. } = inline else { continue };
        let at = *at;
        if at == 0 || !bytes.get(at - 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let Some(space) =
            text.get(at..).and_then(|rest| rest.chars().next()).filter(|&c| super::is_space_like(c))
        else {
            continue;
        };
        let width = space.len_utf8();
        if !bytes.get(at + width).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let out = changed.get_or_insert_with(|| text.clone());
        out.replace_range(at..at + width, &"\n".repeat(width));
    }
    changed
}

/// Writes a line break, of the same length, for each letter in emphasis glued right after a
/// digit (`3*i*` of `växthusgasutsläpp i omfattning 1, 2 och 3*i*`, where English writes
/// `Scope 1, 2 and 3 GHG emissions*i*`): the subscript index of a formula set in italics,
/// which is no part of the figure (no label `3i`), whichever word of the version it follows.
/// Only one letter alone in its emphasis: an italic word goes its own way.
fn indices_after_figures(block: &Block, changed: &mut Option<String>) {
    let bytes = block.text.as_bytes();
    for inline in &block.inlines {
        let Inline::Emphasis { strong: false, text } = inline else { continue };
        if text.len() != 1
            || !bytes.get(text.start).is_some_and(u8::is_ascii_alphabetic)
            || !text.start.checked_sub(1).and_then(|at| bytes.get(at)).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let out = changed.get_or_insert_with(|| block.text.clone());
        out.replace_range(text.clone(), "\n");
    }
}

/// Makes optional the values of an italic gloss written in the other language of the pair:
/// an English text gives a national act's own title after its English name (`the Ordinance
/// (2024:1187) on State aid (*förordning (2024:1187) om statligt stöd …*)`), which the
/// Swedish version rightly gives once. The gloss's values pair with the other version's when
/// it has them and are never missed.
fn glosses_in_the_other_language(block: &Block, lang: Lang, values: &mut [Value]) {
    for inline in &block.inlines {
        let Inline::Emphasis { text, .. } = inline else { continue };
        let Some(gloss) = block.text.get(text.clone()) else { continue };
        let inside = |v: &&mut Value| text.start <= v.span.start && v.span.end <= text.end;
        if !values.iter_mut().any(|v| inside(&v))
            || crate::text::lang::leans_to(gloss).is_none_or(|gloss_lang| gloss_lang == lang)
        {
            continue;
        }
        for value in values.iter_mut().filter(inside) {
            value.optional = true;
        }
    }
}

/// The label of a paragraph or point inserted by an amending act, which carries a letter
/// after its number (`‘2a. Member States …`, `”(3b) …`), at the start of a block: digits
/// alone are read as a number already, a label glued to its letter is not a number anywhere
/// else. Its value is written as the label, so `2a` pairs with `2a` and differs from `3a`.
fn inserted_label(text: &str) -> Option<Value> {
    let lead =
        text.len() - text.trim_start_matches([' ', '\t', '‘', '’', '\'', '"', '“', '”', '«', '»']).len();
    let rest = text.get(lead..)?;
    let bracket = usize::from(rest.starts_with('('));
    let bytes = rest.as_bytes();
    let digits = bytes.iter().skip(bracket).take_while(|b| b.is_ascii_digit()).count();
    // A point of a numbered section (`‘4.3a.`): the section's number, a dot, the point's.
    let sub_digits = bytes.iter().skip(bracket + digits + 1).take_while(|b| b.is_ascii_digit()).count();
    let sub = if bracket == 0 && bytes.get(digits) == Some(&b'.') && (1..=3).contains(&sub_digits) {
        1 + sub_digits
    } else {
        0
    };
    let letters = bytes.iter().skip(bracket + digits + sub).take_while(|b| b.is_ascii_lowercase()).count();
    let close = bracket + digits + sub + letters;
    let closed = if bracket == 1 { bytes.get(close) == Some(&b')') } else { bytes.get(close) == Some(&b'.') };
    let spaced = bytes.get(close + 1).is_none_or(|b| b.is_ascii_whitespace());
    if !(1..=3).contains(&digits) || !(1..=2).contains(&letters) || !closed || !spaced {
        return None;
    }
    let label = rest.get(bracket..close)?;
    Some(Value::new(ValueKind::Number, lead + bracket..lead + close, format!("label:{label}"), label))
}

/// The key of the letter of a lettered point that starts a block (see [`point_letter`]).
pub(crate) const POINT_LETTER: &str = "pointletter:";

/// The letter of a lettered point at the start of a block, as a list of points gives it:
/// `(c) credit agreements …` in English, `c) Kreditavtal …` in Swedish (either form in either
/// language), a letter or two (`(aa)`) or a roman number (`(iv)`), then a space; after the
/// quotation mark that opens an amendment's text too. An optional value keyed by the letter
/// (`pointletter:c`), which pairs only with another point's letter: a version may letter its
/// points otherwise or not at all, but a point lettered `d)` for `(c)` is a changed point.
///
/// The first cell of a table row may hold the letter bare (`| c | Antalet anställda … |`, as
/// Swedish names a point `led c`) where the other version writes `(c)`: a single letter or a
/// roman number alone in the cell, which a word never is.
fn point_letter(text: &str) -> Option<Value> {
    let lead =
        text.len() - text.trim_start_matches([' ', '\t', '‘', '’', '\'', '"', '“', '”', '«', '»']).len();
    let rest = text.get(lead..)?;
    let bytes = rest.as_bytes();
    // Cheap test first: a bracket or a small letter.
    let bracket = usize::from(bytes.first() == Some(&b'('));
    let len = bytes.iter().skip(bracket).take_while(|b| b.is_ascii_lowercase()).count();
    let letters = rest.get(bracket..bracket + len)?;
    let roman = matches!(letters, "iii" | "vii" | "viii");
    let bare_cell = bracket == 0
        && rest.get(len..).is_some_and(|after| after.starts_with(" | "))
        && (len == 1 || (2..=4).contains(&len) && letters.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')));
    if bare_cell {
        let mut value =
            Value::new(ValueKind::Legal, lead..lead + len, format!("{POINT_LETTER}{letters}"), letters);
        value.optional = true;
        return Some(value);
    }
    if !(1..=2).contains(&len) && !roman || bytes.get(bracket + len) != Some(&b')') {
        return None;
    }
    let close = bracket + len + 1;
    rest.get(close..)?.chars().next().filter(|&c| c == ' ' || super::is_space_like(c))?;
    let mut value = Value::new(
        ValueKind::Legal,
        lead..lead + close,
        format!("{POINT_LETTER}{letters}"),
        rest.get(..close)?,
    );
    value.optional = true;
    Some(value)
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
    fn a_footnote_call_ends_the_figure_before_it() {
        let doc = parse(
            "t.md",
            "Genom genomförandebeslut (EU) 2022/696[^5] 250 kg N/ha.\n\n[^5]: EUT.\n".to_string(),
            Format::Markdown,
        );
        let keys: Vec<String> = block_values(&doc.blocks[0], Lang::Sv).into_iter().map(|v| v.key).collect();
        assert!(keys.iter().any(|k| k == "num:250"), "{keys:?}");
        // Without the call, the space groups thousands.
        let doc = parse("t.md", "Beloppet 696 250 kg.\n".to_string(), Format::Markdown);
        let keys: Vec<String> = block_values(&doc.blocks[0], Lang::Sv).into_iter().map(|v| v.key).collect();
        assert!(keys.iter().any(|k| k == "num:696250"), "{keys:?}");
    }

    #[test]
    fn a_letter_in_emphasis_after_a_figure_is_an_index() {
        let keys = |markdown: &str, lang: Lang| -> Vec<String> {
            let doc = parse("t.md", markdown.to_string(), Format::Markdown);
            doc.blocks.iter().flat_map(|b| block_values(b, lang)).map(|v| v.key).collect()
        };
        let sv = keys("växthusgasutsläpp i omfattning 1, 2 och 3*i*, dividerad med.\n", Lang::Sv);
        assert!(sv.iter().any(|k| k == "num:3"), "{sv:?}");
        assert!(!sv.iter().any(|k| k.contains("3i")), "{sv:?}");
        // A changed figure stays changed.
        let sv = keys("i omfattning 1, 2 och 4*i*, dividerad med.\n", Lang::Sv);
        assert!(sv.iter().any(|k| k == "num:4"), "{sv:?}");
        // Not a letter written as a part of the figure, nor an italic word after a space.
        let plain = keys("punkt 3i gäller.\n", Lang::Sv);
        assert!(plain.iter().any(|k| k.contains("3i")), "{plain:?}");
        let word = keys("Scope 3 *in* total.\n", Lang::En);
        assert!(word.iter().any(|k| k == "num:3"), "{word:?}");
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
    fn values_of_a_gloss_in_the_other_language_are_optional() {
        let optional = |markdown: &str| -> Vec<(String, bool)> {
            let doc = parse("t.md", markdown.to_string(), Format::Markdown);
            doc.blocks.iter().flat_map(|b| block_values(b, Lang::En)).map(|v| (v.key, v.optional)).collect()
        };
        let glossed = optional(
            "The scheme applies from 1 July 2026 (*förordningen gäller från och med den 1 juli 2026 för alla som ansöker om stöd*).\n",
        );
        // The gloss is read as English text is (`1`, `2026`), every value of it optional.
        assert_eq!(glossed.first(), Some(&("date:2026-07-01".to_string(), false)));
        assert!(glossed.len() > 1 && glossed[1..].iter().all(|(_, optional)| *optional), "{glossed:?}");
        // An English title in italics keeps its values.
        let titled = optional(
            "See *The State of the Union in 2026 and the tasks of the Union for the years to come*.\n",
        );
        assert!(titled.iter().all(|(_, optional)| !optional), "{titled:?}");
    }

    #[test]
    fn labels_of_inserted_paragraphs_and_points() {
        assert_eq!(keys("‘2a. Member States shall report.\n"), vec!["label:2a".to_string()]);
        assert_eq!(keys("”(3ab) the number of persons;\n"), vec!["label:3ab".to_string()]);
        assert_eq!(keys("‘4.3a. Attribution of emissions\n"), vec!["label:4.3a".to_string()]);
        assert!(keys("‘4.3. Embedded emissions\n").iter().all(|key| !key.starts_with("label")));
        // Digits alone are a number, a letter alone is no label, a word is no label.
        assert_eq!(keys("‘2. Member States shall report.\n"), vec!["num:2".to_string()]);
        assert!(keys("‘(c) the number;\n").iter().all(|key| !key.starts_with("label")));
        assert!(keys("2abc. Text.\n").is_empty());
        assert!(keys("2a.Text.\n").is_empty());
    }

    #[test]
    fn the_letter_of_a_point_that_starts_a_block() {
        let letters = |markdown: &str, lang: Lang| -> Vec<(String, bool)> {
            let doc = parse("t.md", markdown.to_string(), Format::Markdown);
            doc.blocks
                .iter()
                .flat_map(|b| block_values(b, lang))
                .filter(|v| v.key.starts_with(POINT_LETTER))
                .map(|v| (v.key, v.optional))
                .collect()
        };
        let c = vec![("pointletter:c".to_string(), true)];
        assert_eq!(letters("(c) credit agreements involving;\n", Lang::En), c);
        assert_eq!(letters("c) Kreditavtal som avser.\n", Lang::Sv), c);
        assert_eq!(letters("‘(c) the number;\n", Lang::En), c);
        assert_eq!(letters("(iv) the fourth;\n", Lang::En), vec![("pointletter:iv".to_string(), true)]);
        assert_eq!(letters("viii) den åttonde.\n", Lang::Sv), vec![("pointletter:viii".to_string(), true)]);
        // A changed letter stays a different one.
        assert_ne!(letters("(c) credit;\n", Lang::En), letters("d) Kredit.\n", Lang::Sv));
        // The first cell of a table row, in brackets or bare.
        let table = |first: &str| format!("| Point | Item |\n|---|---|\n| {first} | Revenues |\n");
        assert_eq!(letters(&table("(c)"), Lang::En), c);
        assert_eq!(letters(&table("c"), Lang::Sv), c);
        assert_eq!(letters(&table("iv"), Lang::Sv), vec![("pointletter:iv".to_string(), true)]);
        assert_ne!(letters(&table("(c)"), Lang::En), letters(&table("d"), Lang::Sv));
        // A word, a capital or a letter after the first cell is no point's letter.
        for first in ["ja", "om", "C", "c.", "Led c"] {
            assert!(letters(&table(first), Lang::Sv).is_empty(), "{first}");
        }
        assert!(letters("| 2025 | c | d |\n|---|---|---|\n| 1 | c | d |\n", Lang::Sv).is_empty());
        // A word, a glued letter, a capital, a heading's number or a letter inside the text are
        // no point's letter.
        for text in [
            "(abc) text\n",
            "(c)text\n",
            "(C) text\n",
            "c. text\n",
            "text (c) text\n",
            "## (c) Heading\n",
            "(1) text\n",
        ] {
            assert!(letters(text, Lang::En).is_empty(), "{text}");
        }
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
