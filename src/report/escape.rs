//! Escaping for XML (JUnit, TMX) and HTML: every piece of document text that reaches
//! markup goes through here.
//!
//! Document text is user input: it may hold `<script>`, `]]>`, stray `&` and control
//! characters. XML 1.0 forbids most C0 control characters outright (even as character
//! references), so they are dropped rather than escaped; HTML parsers would turn them
//! into U+FFFD anyway. Bidirectional overrides and isolates become U+FFFD too (see
//! [`is_bidi_control`]).

/// Whether `c` is a bidirectional embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069). Such a character reorders the text around it, so that what a reviewer
/// sees is not what the document says ("Trojan Source"); the display formats show U+FFFD
/// in its place. The JSON and SARIF outputs keep the text exact, as data.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` may appear in an XML 1.0 document.
///
/// XML 1.0 allows `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`;
/// a Rust `char` is never a surrogate, so only C0 controls and U+FFFE/U+FFFF remain to exclude.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Removes the characters XML 1.0 does not allow.
pub fn strip_illegal_xml(text: &str) -> String {
    text.chars().filter(|&c| is_xml_char(c)).collect()
}

/// Escapes text content for XML and HTML: `&`, `<` and `>` (so `]]>` cannot end a
/// section), dropping characters illegal in XML 1.0.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_text(&mut out, text);
    out
}

/// Appends `text` escaped as character data to `out`.
pub fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_bidi_control(c) => out.push('\u{FFFD}'),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Escapes an attribute value (for double- or single-quoted attributes). Newlines and
/// tabs become character references so that XML attribute normalisation keeps them.
pub fn attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_attr(&mut out, text);
    out
}

/// Appends `text` escaped as an attribute value to `out`.
pub fn push_attr(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_bidi_control(c) => out.push('\u{FFFD}'),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Turns a name into a token safe for HTML `id`s, class names and CSS attribute
/// selectors: ASCII alphanumerics and `-` kept, everything else becomes `_`.
pub fn token(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_becomes_text() {
        assert_eq!(text("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    #[test]
    fn bidi_overrides_are_shown_not_obeyed() {
        assert_eq!(text("abc\u{202E}fed\u{202C}"), "abc\u{FFFD}fed\u{FFFD}");
        assert_eq!(attr("\u{2067}x"), "\u{FFFD}x");
        assert_eq!(text("\u{200F}"), "\u{200F}", "a mark reorders nothing and stays");
    }

    #[test]
    fn cdata_end_and_ampersand() {
        assert_eq!(text("a ]]> b & c"), "a ]]&gt; b &amp; c");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(text("a\u{7}b\u{0}c\u{FFFE}d\te\nf"), "abcd\te\nf");
        assert_eq!(strip_illegal_xml("x\u{1b}[31my"), "x[31my");
    }

    #[test]
    fn attribute_quotes_and_whitespace() {
        assert_eq!(attr("a\"b'c<d>\n"), "a&quot;b&#39;c&lt;d&gt;&#10;");
        assert_eq!(attr("<img onerror=x>"), "&lt;img onerror=x&gt;");
    }

    #[test]
    fn non_ascii_passes_through() {
        assert_eq!(text("förordning – 51,4 % 😀"), "förordning – 51,4 % 😀");
    }

    #[test]
    fn tokens_are_css_safe() {
        assert_eq!(token("number-mismatch"), "number-mismatch");
        assert_eq!(token("a\"] b"), "a___b");
    }
}
