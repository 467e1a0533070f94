//! URLs and e-mail addresses, normalised so that the language versions of one page
//! compare equal.
//!
//! EUR-Lex and Commission sites put the language into the address (`/legal-content/SV/`,
//! `index_en`, `_en.pdf`, `?locale=sv`, `/oj/eng`); the key replaces every such code with
//! `{lang}`. The scheme is left out of the key (`http` and `https` name the same page
//! here), the host is lower-cased, percent escapes are decoded, Markdown escapes
//! (`\_`) are dropped, and trailing punctuation of the sentence is not part of the URL.
//! ELI URIs get an `eli:` key so that `data.europa.eu/eli/…` and `eur-lex.europa.eu/eli/…`
//! compare equal.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::pattern::Regex;

use super::tables::{EU_LANGUAGE_CODES, EU_LANGUAGE_CODES_3};
use super::{Pairs, Value, ValueKind};

#[cfg(test)]
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|ftp://|www\.)[^\s<>"\[\]{}|^`]+"#).expect("url pattern is valid")
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?-u:\b)")
        .expect("e-mail pattern is valid")
});

/// The patterns of this module, parsed and not yet compiled.
#[cfg(test)]
pub(crate) fn all_patterns() -> [&'static Regex; 2] {
    [&URL, &EMAIL]
}

/// Finds the URLs and e-mail addresses of `text`, whose byte pairs and triples are `pairs`.
pub(crate) fn find(text: &str, pairs: &Pairs, out: &mut Vec<Value>) {
    for found in urls(text, pairs) {
        let raw = trim_trailing(text.get(found.clone()).unwrap_or_default());
        if raw.is_empty() {
            continue;
        }
        let span = found.start..found.start + raw.len();
        out.push(url_value(raw, span));
    }
    // The library's vectorised search: `str::contains` reads a byte at a time here.
    if memchr::memchr(b'@', text.as_bytes()).is_some() {
        for found in EMAIL.find_iter(text) {
            let address = found.as_str().trim_end_matches('.');
            out.push(Value::new(
                ValueKind::Url,
                found.start()..found.start() + address.len(),
                format!("mailto:{}", address.to_lowercase()),
                address,
            ));
        }
    }
}

/// Finds the DOIs written as names, not as links: `doi:10.2765/4471208`, `doi: 10.2903/j.efsa.2024.8654`,
/// `DOI 10.2874/41582`. Each is keyed as its link `https://doi.org/…` is, so that the two
/// forms compare equal. The search starts at each `10.` (every DOI's directory), so a text
/// without one costs a single search.
pub(crate) fn dois(text: &str, pairs: &super::pairs::Pairs, out: &mut Vec<Value>) {
    let bytes = text.as_bytes();
    for at in pairs.find_all(finder!(b"10."), bytes) {
        let Some(start) = doi_label_start(bytes, at) else { continue };
        let Some(rest) = text.get(at..) else { continue };
        let Some(doi) = doi_at_start(rest) else { continue };
        let mut link = String::with_capacity(16 + doi.len());
        link.push_str("https://doi.org/");
        link.push_str(doi);
        let key = url_value(&link, 0..0).key;
        let end = at + doi.len();
        out.push(Value::new(ValueKind::Url, start..end, key, text.get(start..end).unwrap_or(doi)));
    }
}

/// Where the label `doi` before the DOI at `at` starts: `doi:`, `doi: ` or `DOI ` in any case,
/// a word of its own.
fn doi_label_start(bytes: &[u8], at: usize) -> Option<usize> {
    let head = bytes.get(..at)?;
    let label = head.trim_ascii_end();
    let spaced = label.len() < head.len();
    let label = match label.strip_suffix(b":") {
        Some(label) => label,
        None if spaced => label,
        None => return None,
    };
    let start = label.len().checked_sub(3)?;
    let word_before = start
        .checked_sub(1)
        .and_then(|before| bytes.get(before))
        .is_some_and(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'/' | b'.' | b'-'));
    (label.get(start..)?.eq_ignore_ascii_case(b"doi") && !word_before && head.len() - start <= 6)
        .then_some(start)
}

/// The DOI that starts `text`: `10.`, the registrant's digits (dotted parts too), a slash and
/// a suffix up to white space or a character a URL never holds, without the sentence's
/// punctuation after it.
fn doi_at_start(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut at = 3;
    while bytes.get(at).is_some_and(|&byte| byte.is_ascii_digit() || byte == b'.' && at > 3) {
        at += 1;
    }
    if at < 7 || bytes.get(at - 1) == Some(&b'.') || bytes.get(at) != Some(&b'/') {
        return None;
    }
    let suffix = text.get(at + 1..)?;
    let length = suffix
        .find(|c: char| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '[' | ']' | '{' | '}' | '|' | '^' | '`')
        })
        .unwrap_or(suffix.len());
    let doi = trim_trailing(text.get(..at + 1 + length)?);
    (doi.len() > at + 1).then_some(doi)
}

/// The spans of the matches of [`URL`] in `text`, as `find_iter` gives them: each match
/// starts where a scheme or `www.` does (found from the colons of `://` and the full stops
/// after `www`), at a word start, and runs as [`url_at_start`] reads it. `pairs` are the
/// text's byte pairs and triples: a text that cannot hold `www.` is spared the look at each of
/// its full stops.
fn urls(text: &str, pairs: &Pairs) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    for colon in memchr::memchr_iter(b':', bytes) {
        if bytes.get(colon + 1..colon + 3) == Some(b"//") {
            // `https`, `http`, `ftp`.
            starts.extend([5, 4, 3].into_iter().filter_map(|back| colon.checked_sub(back)));
        }
    }
    let dots = if pairs.may_hold(b"www.") { bytes } else { &[] };
    for dot in memchr::memchr_iter(b'.', dots) {
        if let Some(start) = dot.checked_sub(3)
            && bytes.get(start..dot).is_some_and(|www| www.eq_ignore_ascii_case(b"www"))
        {
            starts.push(start);
        }
    }
    if starts.is_empty() {
        return Vec::new();
    }
    starts.sort_unstable();
    starts.dedup();
    let mut found = Vec::new();
    let mut from = 0;
    for start in starts {
        let word_before = start
            .checked_sub(1)
            .and_then(|before| bytes.get(before))
            .is_some_and(|&byte| byte.is_ascii_alphanumeric() || byte == b'_');
        if start < from || word_before {
            continue;
        }
        if let Some(url) = text.get(start..).and_then(|rest| url_prefix(rest, true)) {
            from = start + url.len();
            found.push(start..from);
        }
    }
    found
}

/// What [`urls`] finds, by the pattern.
#[cfg(test)]
fn urls_by_pattern(text: &str) -> Vec<std::ops::Range<usize>> {
    let has_url = mentions_scheme_end(text) || mentions_www(text);
    URL.find_iter(if has_url { text } else { "" }).map(|found| found.start()..found.end()).collect()
}

/// Whether `://` occurs in `text`: what `text.contains("://")` answers, by a vectorised search
/// for the colon, which is rare in prose.
#[cfg(test)]
fn mentions_scheme_end(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).any(|at| bytes.get(at + 1..at + 3) == Some(b"//"))
}

/// Whether `www.` occurs in `text`, in any case: three `w`s before each full stop are
/// looked at, which needs no lower-cased copy of the text.
#[cfg(test)]
fn mentions_www(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'.', bytes).any(|at| {
        at.checked_sub(3)
            .and_then(|start| bytes.get(start..at))
            .is_some_and(|www| www.eq_ignore_ascii_case(b"www"))
    })
}

/// Normalises a link target given on its own.
pub(crate) fn from_target(target: &str) -> Option<Value> {
    let leading = target.len() - target.trim_start().len();
    let trimmed = target.trim();
    let (offset, inner) = match trimmed.strip_prefix('<').and_then(|rest| rest.strip_suffix('>')) {
        Some(inner) => (leading + 1, inner),
        None => (leading, trimmed),
    };
    if let Some(address) = inner.strip_prefix("mailto:") {
        return Some(Value::new(
            ValueKind::Url,
            offset..offset + inner.len(),
            format!("mailto:{}", address.to_lowercase()),
            address,
        ));
    }
    let raw = url_at_start(inner)?;
    Some(url_value(raw, offset..offset + raw.len()))
}

/// The match of [`URL`] that starts `text`, if one does: a scheme or `www.` in any case, then
/// the longest run, at least one character, of characters that are neither white space nor
/// `<>"[]{}|^` or a backquote.
fn url_at_start(text: &str) -> Option<&str> {
    url_prefix(text, false)
}

/// [`url_at_start`]; with `exotic`, the body also ends before a long s (`ſ`) or a Kelvin sign,
/// which the compiled [`URL`] pattern leaves out of its negated class (they fold to `s` and
/// `k`, see `pattern::EXOTIC_FOLDS`).
fn url_prefix(text: &str, exotic: bool) -> Option<&str> {
    let mut chars = text.char_indices().peekable();
    let mut take = |wanted: char| chars.next_if(|(_, c)| c.eq_ignore_ascii_case(&wanted)).is_some();
    let scheme = if take('h') {
        take('t') && take('t') && take('p') && {
            take('s');
            take(':') && take('/') && take('/')
        }
    } else if take('f') {
        take('t') && take('p') && take(':') && take('/') && take('/')
    } else {
        take('w') && take('w') && take('w') && take('.')
    };
    if !scheme {
        return None;
    }
    let body_start = chars.peek().map_or(text.len(), |(at, _)| *at);
    let excluded = |c: char| {
        c.is_whitespace()
            || matches!(c, '<' | '>' | '"' | '[' | ']' | '{' | '}' | '|' | '^' | '`')
            || (exotic && matches!(c, '\u{17F}' | '\u{212A}'))
    };
    let body = text.get(body_start..)?;
    let length = body.find(excluded).unwrap_or(body.len());
    (length > 0).then(|| text.get(..body_start + length)).flatten()
}

/// What [`url_at_start`] answers, by the pattern.
#[cfg(test)]
fn url_at_start_by_pattern(text: &str) -> Option<&str> {
    URL.find(text).filter(|found| found.start() == 0).map(|found| found.as_str())
}

/// Drops sentence punctuation after a URL; a `)` stays when it closes a `(` of the URL.
fn trim_trailing(raw: &str) -> &str {
    let mut end = raw.len();
    loop {
        let Some(head) = raw.get(..end) else {
            return raw;
        };
        let Some(last) = head.chars().next_back() else {
            return head;
        };
        let drop = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '\u{2019}' | '\u{201D}' => true,
            ')' => head.matches(')').count() > head.matches('(').count(),
            '\\' => true,
            _ => false,
        };
        if !drop {
            return head;
        }
        end -= last.len_utf8();
    }
}

fn url_value(raw: &str, span: std::ops::Range<usize>) -> Value {
    let cleaned = unescape_markdown(raw);
    let decoded = percent_decode(&cleaned);
    let (scheme, rest) = match decoded.find("://") {
        Some(index) => {
            (lower_case(decoded.get(..index).unwrap_or("")), decoded.get(index + 3..).unwrap_or(""))
        }
        None => (Cow::Borrowed(""), decoded.as_ref()),
    };
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(index) => (rest.get(..index).unwrap_or(""), rest.get(index..).unwrap_or("")),
        None => (rest, ""),
    };
    let host = lower_case(host);
    let mut display = String::with_capacity(scheme.len() + 3 + host.len() + path.len());
    if !scheme.is_empty() {
        display.push_str(&scheme);
        display.push_str("://");
    }
    display.push_str(&host);
    display.push_str(path);
    if let Some(eli) = eli_path(&host, path) {
        return Value::new(ValueKind::Url, span, format!("eli:{eli}"), display);
    }
    // `url:` and the host, then the neutral path without its last slash.
    let mut key = String::with_capacity(4 + host.len() + path.len() + 8);
    key.push_str("url:");
    key.push_str(&host);
    let path_start = key.len();
    push_neutral_languages(&mut key, path);
    if host == "europa.eu" || host.ends_with(".europa.eu") {
        drop_language_segments(&mut key, path_start);
    }
    if key.len() > path_start && key.ends_with('/') {
        key.pop();
    }
    Value::new(ValueKind::Url, span, key, display)
}

/// Removes the path segments of `key` after `path_start` that are only a language code
/// (`/{lang}/`), before its query: an EU site serves its page in the reader's language at the
/// address without the code, and a translation links to its own version with one
/// (`education.ec.europa.eu/focus-topics/…` = `education.ec.europa.eu/sv/focus-topics/…`). The
/// codes stay in the address, where `url-mismatch` still reads a third language's.
fn drop_language_segments(key: &mut String, path_start: usize) {
    const SEGMENT: &str = "/{lang}";
    let path_end = key[path_start..].find(['?', '#']).map_or(key.len(), |at| path_start + at);
    let mut at = path_start;
    let mut end = path_end;
    while let Some(found) = key.get(at..end).and_then(|path| path.find(SEGMENT)).map(|found| at + found) {
        let after = found + SEGMENT.len();
        if after == end || key.as_bytes().get(after) == Some(&b'/') {
            key.replace_range(found..after, "");
            end -= SEGMENT.len();
            at = found;
        } else {
            at = after;
        }
    }
}

/// `text.to_lowercase()`, without decoding characters when the text is ASCII, and without a
/// copy when it has no capitals.
fn lower_case(text: &str) -> Cow<'_, str> {
    if !text.is_ascii() {
        Cow::Owned(text.to_lowercase())
    } else if text.bytes().any(|byte| byte.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Removes Markdown backslash escapes (`\_` → `_`).
fn unescape_markdown(raw: &str) -> Cow<'_, str> {
    if !raw.contains('\\') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Decodes `%XX` escapes when the result is valid UTF-8, so `%E2%80%93` and `–` compare equal.
fn percent_decode(raw: &str) -> Cow<'_, str> {
    if !raw.contains('%') {
        return Cow::Borrowed(raw);
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes.get(index).copied().unwrap_or(0);
        if byte == b'%'
            && let (Some(high), Some(low)) = (
                bytes.get(index + 1).and_then(|b| (*b as char).to_digit(16)),
                bytes.get(index + 2).and_then(|b| (*b as char).to_digit(16)),
            )
        {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
            index += 3;
            continue;
        }
        out.push(byte);
        index += 1;
    }
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| raw.to_string()))
}

/// The ELI of a Publications Office or EUR-Lex address, without its language segment.
fn eli_path(host: &str, path: &str) -> Option<String> {
    if !(host == "data.europa.eu" || host == "eur-lex.europa.eu" || host == "publications.europa.eu") {
        return None;
    }
    let rest = path.strip_prefix("/eli/")?;
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let mut segments: Vec<&str> = rest.split('/').filter(|segment| !segment.is_empty()).collect();
    if segments.last().is_some_and(|last| EU_LANGUAGE_CODES_3.contains(&last.to_lowercase().as_str())) {
        segments.pop();
    }
    Some(segments.join("/"))
}

/// Whether a query parameter's name (lower-cased) names the page's language (`lang`,
/// `sitelang`, …).
fn is_language_parameter(name: &str) -> bool {
    matches!(
        name,
        "lang"
            | "locale"
            | "language"
            | "lng"
            | "l"
            | "lang_code"
            | "langcode"
            | "language_code"
            | "sitelang"
    )
}

fn is_language_code(segment: &str) -> bool {
    if segment.is_ascii() {
        // The codes have two letters or three: most segments are compared with none.
        let known = |codes: &[&str]| codes.iter().any(|code| code.eq_ignore_ascii_case(segment));
        return match segment.len() {
            2 => known(EU_LANGUAGE_CODES),
            3 => known(EU_LANGUAGE_CODES_3),
            _ => false,
        };
    }
    let lower = segment.to_lowercase();
    EU_LANGUAGE_CODES.contains(&lower.as_str()) || EU_LANGUAGE_CODES_3.contains(&lower.as_str())
}

/// The language codes of an address, lower case, in order: the parts that its key writes as
/// `{lang}` (`…/legal-content/EN/…?locale=en` → `en`, `en`).
pub(crate) fn language_codes(address: &str) -> Vec<String> {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let path = rest.find('/').and_then(|index| rest.get(index..)).unwrap_or("");
    let mut key = String::with_capacity(path.len() + 8);
    push_neutral_languages(&mut key, path);
    // The key is the path with each code replaced by `{lang}`: walk both, and take from the
    // path what stands where the key has the placeholder (up to the next common byte).
    let (path, key) = (path.as_bytes(), key.as_bytes());
    let (mut p, mut k) = (0, 0);
    let mut codes = Vec::new();
    while k < key.len() && p < path.len() {
        if key[k..].starts_with(b"{lang}") {
            let next = key.get(k + 6).copied();
            let end = path[p..].iter().position(|&b| Some(b) == next).map_or(path.len(), |n| p + n);
            let code = String::from_utf8_lossy(&path[p..end]).to_lowercase();
            if is_language_code(&code) {
                codes.push(code);
            }
            (p, k) = (end, k + 6);
        } else {
            (p, k) = (p + 1, k + 1);
        }
    }
    codes
}

/// Replaces the language codes of a path and query with `{lang}`.
#[cfg(test)]
fn neutral_languages(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 8);
    push_neutral_languages(&mut out, path);
    out
}

/// [`neutral_languages`], pushed onto `out`.
fn push_neutral_languages(out: &mut String, path: &str) {
    let (path_part, query) = match path.find(['?', '#']) {
        Some(index) => (path.get(..index).unwrap_or(""), path.get(index..).unwrap_or("")),
        None => (path, ""),
    };
    for (index, segment) in path_part.split('/').enumerate() {
        if index > 0 {
            out.push('/');
        }
        if is_language_code(segment) {
            out.push_str("{lang}");
        } else {
            push_neutral_suffix(out, segment);
        }
    }
    push_neutral_query(out, query);
}

/// `index_en` → `index_{lang}`, `wp_449_en.pdf` → `wp_449_{lang}.pdf`, pushed onto `out`.
fn push_neutral_suffix(out: &mut String, segment: &str) {
    let (stem, extension) = match segment.rfind('.') {
        Some(index) => (segment.get(..index).unwrap_or(""), segment.get(index..).unwrap_or("")),
        None => (segment, ""),
    };
    if let Some(index) = stem.rfind(['_', '-'])
        && let Some(code) = stem.get(index + 1..)
        && code.len() == 2
        && EU_LANGUAGE_CODES.contains(&code.to_lowercase().as_str())
        && stem.get(index..index + 1) == Some("_")
    {
        out.push_str(stem.get(..index).unwrap_or(""));
        out.push_str("_{lang}");
        out.push_str(extension);
        return;
    }
    // A code as the last part of the name before its extension, as the ECB names its pages
    // (`ecb.pr220721~973e6e7273.en.html`).
    if !extension.is_empty()
        && let Some(index) = stem.rfind('.')
        && let Some(code) = stem.get(index + 1..)
        && code.len() == 2
        && EU_LANGUAGE_CODES.contains(&code.to_lowercase().as_str())
    {
        out.push_str(stem.get(..index).unwrap_or(""));
        out.push_str(".{lang}");
        out.push_str(extension);
        return;
    }
    // A code in small letters glued to the digits that end a file's number, as the Court of
    // Justice names the language versions of a press release (`cp260123en.pdf`,
    // `cp260123sv.pdf`); not capitals, nor a code after letters (`report.pdf`, `agenda.pdf`).
    if !extension.is_empty()
        && stem.len() > 2
        && let Some(code) = stem.get(stem.len() - 2..)
        && code.bytes().all(|b| b.is_ascii_lowercase())
        && EU_LANGUAGE_CODES.contains(&code)
        && stem.as_bytes()[stem.len() - 3].is_ascii_digit()
    {
        out.push_str(stem.get(..stem.len() - 2).unwrap_or(""));
        out.push_str("{lang}");
        out.push_str(extension);
        return;
    }
    out.push_str(segment);
}

/// What [`neutral_languages`] did before it wrote into one string: a string per segment.
#[cfg(test)]
fn neutral_languages_by_segments(path: &str) -> String {
    let (path_part, query) = match path.find(['?', '#']) {
        Some(index) => (path.get(..index).unwrap_or(""), path.get(index..).unwrap_or("")),
        None => (path, ""),
    };
    let is_code = |segment: &str| {
        let lower = segment.to_lowercase();
        EU_LANGUAGE_CODES.contains(&lower.as_str()) || EU_LANGUAGE_CODES_3.contains(&lower.as_str())
    };
    let segments: Vec<String> = path_part
        .split('/')
        .map(|segment| {
            if is_code(segment) {
                return "{lang}".to_string();
            }
            let mut neutral = String::new();
            push_neutral_suffix(&mut neutral, segment);
            neutral
        })
        .collect();
    let mut out = segments.join("/");
    out.push_str(&neutral_query_by_parameters(query));
    out
}

/// `lang=en`, `locale=sv`, `language=en`, `lang_code=en` → `{lang}`; `celex:` → `CELEX:`; pushed onto `out`.
fn push_neutral_query(out: &mut String, query: &str) {
    if query.is_empty() {
        return;
    }
    let (query_part, fragment) = match query.find('#') {
        Some(index) => (query.get(..index).unwrap_or(""), query.get(index..).unwrap_or("")),
        None => (query, ""),
    };
    let body = query_part.strip_prefix('?').unwrap_or(query_part);
    if query_part.starts_with('?') {
        out.push('?');
    }
    for (index, parameter) in body.split('&').enumerate() {
        if index > 0 {
            out.push('&');
        }
        let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
        let lower = lower_case(name);
        if is_language_parameter(lower.as_ref()) && is_language_code(value) {
            out.push_str(name);
            out.push_str("={lang}");
        } else if lower == "uri" {
            out.push_str(name);
            out.push('=');
            match value.split_once(':') {
                Some((scheme, rest)) if scheme.eq_ignore_ascii_case("celex") => {
                    out.push_str("CELEX:");
                    out.push_str(&rest.to_uppercase());
                }
                _ => push_neutral_identifier(out, value),
            }
        } else {
            out.push_str(parameter);
        }
    }
    out.push_str(fragment);
}

/// An identifier whose last part, after a full stop, is the three-letter code of a language
/// version, as EUR-Lex names a text of the Official Journal by its series, year, issue, page
/// and number (`uriserv:OJ.L_.2026.112.01.0001.01.ENG`, `….SWE`): the code → `{lang}`,
/// every other part compared; pushed onto `out`.
fn push_neutral_identifier(out: &mut String, value: &str) {
    if let Some(dot) = value.rfind('.')
        && let Some(code) = value.get(dot + 1..)
        && code.len() == 3
        && EU_LANGUAGE_CODES_3.iter().any(|known| known.eq_ignore_ascii_case(code))
    {
        out.push_str(value.get(..=dot).unwrap_or(""));
        out.push_str("{lang}");
        return;
    }
    out.push_str(value);
}

/// What [`push_neutral_query`] did before it wrote into one string: a string per parameter.
#[cfg(test)]
fn neutral_query_by_parameters(query: &str) -> String {
    if query.is_empty() {
        return String::new();
    }
    let (query_part, fragment) = match query.find('#') {
        Some(index) => (query.get(..index).unwrap_or(""), query.get(index..).unwrap_or("")),
        None => (query, ""),
    };
    let mut out = String::new();
    let body = query_part.strip_prefix('?').unwrap_or(query_part);
    if query_part.starts_with('?') {
        out.push('?');
    }
    let parameters: Vec<String> = body
        .split('&')
        .map(|parameter| {
            let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
            let lower = name.to_lowercase();
            if is_language_parameter(&lower) && is_language_code(value) {
                return format!("{name}={{lang}}");
            }
            if lower == "uri" {
                return format!("{name}={}", upper_celex(value));
            }
            parameter.to_string()
        })
        .collect();
    out.push_str(&parameters.join("&"));
    out.push_str(fragment);
    out
}

/// `celex:52025pc0186` → `CELEX:52025PC0186`: EUR-Lex reads both, they are the same document;
/// `uriserv:OJ.L_.2026.112.01.0001.01.ENG` → `uriserv:OJ.L_.2026.112.01.0001.01.{lang}`.
#[cfg(test)]
fn upper_celex(value: &str) -> String {
    match value.split_once(':') {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("celex") => {
            format!("CELEX:{}", rest.to_uppercase())
        }
        _ => match value.rsplit_once('.') {
            Some((stem, code))
                if code.len() == 3 && EU_LANGUAGE_CODES_3.contains(&code.to_ascii_lowercase().as_str()) =>
            {
                format!("{stem}.{{lang}}")
            }
            _ => value.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dois_of(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        dois(text, &crate::values::pairs::Pairs::of(text.as_bytes()), &mut out);
        out.into_iter().map(|value| (value.key, value.display)).collect()
    }

    #[test]
    fn dois_are_keyed_as_their_links() {
        let link = url_value("https://doi.org/10.2765/4471208", 0..0).key;
        assert_eq!(
            dois_of("ISSN 2443-8014 | doi:10.2765/4471208 | KC-BC-25-018-EN-N"),
            [(link, "doi:10.2765/4471208".to_string())]
        );
        assert_eq!(
            dois_of("doi: 10.2903/j.efsa.2024.8654."),
            [(
                "url:doi.org/10.2903/j.efsa.2024.8654".to_string(),
                "doi: 10.2903/j.efsa.2024.8654".to_string()
            )]
        );
        assert_eq!(
            dois_of("(DOI 10.2874/41582)"),
            [("url:doi.org/10.2874/41582".to_string(), "DOI 10.2874/41582".to_string())]
        );
        // Registrant parts with dots; a changed digit is another key.
        assert_eq!(dois_of("doi:10.1000.10/abc")[0].0, "url:doi.org/10.1000.10/abc");
        assert_ne!(dois_of("doi:10.2765/4471208"), dois_of("doi:10.2765/4471280"));
    }

    #[test]
    fn a_doi_needs_its_label_and_a_suffix() {
        assert!(dois_of("10.2765/4471208, doi 10.27/1, doi:10.2765/, doi:10.2765 x").is_empty());
        assert!(dois_of("https://doi.org/10.2765/4471208 and pseudoi:10.2765/1").is_empty());
        assert!(dois_of("Voidoi 10.1234/5").is_empty());
    }

    fn keys(text: &str) -> Vec<String> {
        crate::values::tests::keys_found(|text, out| find(text, &Pairs::of(text.as_bytes()), out), text)
    }

    #[test]
    fn language_segments_of_an_eu_site() {
        // An EU site's page without a language segment is the same as its language version.
        assert_eq!(
            keys("https://education.ec.europa.eu/focus-topics/union-of-skills"),
            keys("https://education.ec.europa.eu/sv/focus-topics/union-of-skills")
        );
        assert_eq!(keys("https://commission.europa.eu/en"), keys("https://commission.europa.eu"));
        // Another page, and another site's segment, stay apart.
        assert_ne!(
            keys("https://education.ec.europa.eu/focus-topics/union-of-skills"),
            keys("https://education.ec.europa.eu/sv/focus-topics/skills")
        );
        assert_ne!(keys("https://example.org/sv/page"), keys("https://example.org/page"));
        // A code inside a segment is no segment of its own.
        assert_ne!(keys("https://x.europa.eu/sv-page"), keys("https://x.europa.eu/page"));
    }

    #[test]
    fn language_codes_of_an_address() {
        assert_eq!(
            language_codes("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex:52025DC0795&locale=en"),
            ["en", "en"]
        );
        assert_eq!(language_codes("https://home-affairs.ec.europa.eu/index_de"), ["de"]);
        assert_eq!(language_codes("www.x.eu/wp_449_SV.pdf?lang=fr#top"), ["sv", "fr"]);
        assert!(language_codes("https://www.europol.europa.eu/crime-areas/migrant-smuggling").is_empty());
    }

    #[test]
    fn language_codes_are_neutral() {
        assert_eq!(
            keys("<https://eur-lex.europa.eu/legal-content/NL/ALL/?uri=CELEX:52025DC0795>."),
            keys("https://eur-lex.europa.eu/legal-content/SV/ALL/?uri=celex:52025DC0795")
        );
        assert_eq!(
            keys("https://home-affairs.ec.europa.eu/index_en"),
            keys("https://home-affairs.ec.europa.eu/index_sv")
        );
        assert_eq!(keys("www.x.eu/a?lang=en"), keys("www.x.eu/a?lang=sv"));
        assert_eq!(
            keys("https://www.ecb.europa.eu/press/pr/date/2022/html/ecb.pr220721~973e6e7273.en.html"),
            keys("https://www.ecb.europa.eu/press/pr/date/2022/html/ecb.pr220721~973e6e7273.sv.html")
        );
        assert_ne!(keys("www.x.eu/a.en.html"), keys("www.x.eu/b.sv.html"));
        assert_eq!(keys("ec.europa.eu/atwork/x/?lang_code=en"), keys("ec.europa.eu/atwork/x/?lang_code=sv"));
        // The language of a site's pages as a query parameter, and a code glued to the digits
        // of a file's number (the Court of Justice's press releases).
        assert_eq!(
            keys("https://curia.europa.eu/jcms/schedule.cfm?sitelang=en&page=3"),
            keys("https://curia.europa.eu/jcms/schedule.cfm?sitelang=sv&page=3")
        );
        assert_eq!(
            keys("https://curia.europa.eu/jcms/upload/docs/application/pdf/2026-03/cp260123en.pdf"),
            keys("https://curia.europa.eu/jcms/upload/docs/application/pdf/2026-03/cp260123sv.pdf")
        );
        assert_eq!(language_codes("https://curia.europa.eu/x/cp260123de.pdf"), ["de"]);
        // Another number, a code after letters or in capitals, or no extension stay apart.
        assert_ne!(keys("www.x.eu/cp260123en.pdf"), keys("www.x.eu/cp260124sv.pdf"));
        assert_ne!(keys("www.x.eu/agenda.pdf"), keys("www.x.eu/agsv.pdf"));
        assert_ne!(keys("www.x.eu/a12EN.pdf"), keys("www.x.eu/a12SV.pdf"));
        assert_ne!(keys("www.x.eu/a12en"), keys("www.x.eu/a12sv"));
        assert_ne!(keys("www.x.eu/a?site=en"), keys("www.x.eu/a?site=sv"));
        assert_ne!(
            keys("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0795"),
            keys("https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:52025DC0796")
        );
    }

    #[test]
    fn official_journal_identifiers_end_in_their_language() {
        let en = "https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=uriserv:OJ.L_.2026.112.01.0001.01.ENG&toc=OJ:L:2026:112:TOC";
        let sv = "https://eur-lex.europa.eu/legal-content/SV/AUTO/?uri=uriserv:OJ.L_.2026.112.01.0001.01.SWE&toc=OJ:L:2026:112:TOC";
        assert_eq!(keys(en), keys(sv));
        assert_eq!(
            keys(sv),
            [
                "url:eur-lex.europa.eu/legal-content/AUTO/?uri=uriserv:OJ.L_.2026.112.01.0001.01.{lang}&toc=OJ:L:2026:112:TOC"
            ]
        );
        assert_eq!(language_codes(sv), ["sv", "swe"]);
        assert_eq!(
            keys("www.x.eu/?uri=uriserv:OJ.C_.2019.1.01.0001.01.fra"),
            keys("www.x.eu/?uri=uriserv:OJ.C_.2019.1.01.0001.01.DEU")
        );
        // The page, the issue and the series stay compared.
        assert_ne!(keys(en), keys(&sv.replace("0001.01.SWE", "0010.01.SWE")));
        assert_ne!(keys(en), keys(&sv.replace("2026.112", "2026.121")));
        assert_ne!(keys(en), keys(&sv.replace("OJ.L_", "OJ.C_")));
        // A last part of three letters that names no language is part of the identifier.
        assert_ne!(keys("www.x.eu/?uri=OJ.L_.2026.1.ENG"), keys("www.x.eu/?uri=OJ.L_.2026.1.ABC"));
        assert_ne!(keys("www.x.eu/?uri=OJ.L_.2026.1.ABC"), keys("www.x.eu/?uri=OJ.L_.2026.1.ABD"));
        // Only the identifier: a code in another parameter's value is compared.
        assert_ne!(keys("www.x.eu/?toc=OJ.L.ENG"), keys("www.x.eu/?toc=OJ.L.SWE"));
    }

    #[test]
    fn escapes_punctuation_and_eli() {
        assert_eq!(
            keys(r"see http://data.europa.eu/eli/dec\_impl/2025/2323/oj."),
            ["eli:dec_impl/2025/2323/oj"]
        );
        assert_eq!(keys("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng"), ["eli:reg/2024/1689/oj"]);
        assert_eq!(keys("(see https://x.eu/a_(b))."), ["url:x.eu/a_(b)"]);
        assert_eq!(
            keys("https://x.eu/Residence_permits_%E2%80%93_statistics"),
            ["url:x.eu/Residence_permits_–_statistics"]
        );
        assert_eq!(keys("mail info@Example.eu."), ["mailto:info@example.eu"]);
    }

    #[test]
    fn language_codes_have_two_or_three_letters() {
        assert!(EU_LANGUAGE_CODES.iter().all(|code| code.len() == 2));
        assert!(EU_LANGUAGE_CODES_3.iter().all(|code| code.len() == 3));
    }

    #[test]
    fn link_targets() {
        let value = from_target("<https://x.eu/a_en>").map(|value| value.key);
        assert_eq!(value.as_deref(), Some("url:x.eu/a_{lang}"));
        assert!(from_target("#").is_none());
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
            /// The ASCII shortcut lower-cases as `str::to_lowercase` does.
            #[test]
            fn lower_case_as_to_lowercase(text in "[a-zA-Z:./İ\u{212A}ÄÖ-]{0,12}") {
                proptest::prop_assert_eq!(lower_case(&text), text.to_lowercase());
            }

            /// Writing the neutral path into one string gives what a string per segment gave.
            #[test]
            fn neutral_path_as_by_segments(
                parts in proptest::collection::vec(
                    proptest::prop_oneof![
                        proptest::sample::select(vec![
                            "en", "EN", "Sv", "eng", "SWE", "s\u{212A}", "index_en", "wp_1_EN.pdf", "a-en",
                            "x_sv.html", "İt", "?lang=en", "#top", "?uri=celex:52025pc0186&locale=sv", "",
                        ]).prop_map(str::to_string),
                        "[a-zA-Z_.-]{0,6}",
                    ],
                    0..6,
                ),
            ) {
                let path = format!("/{}", parts.join("/"));
                proptest::prop_assert_eq!(neutral_languages(&path), neutral_languages_by_segments(&path));
            }

            /// Comparing only with the codes of the segment's length finds what comparing with
            /// every code found.
            #[test]
            fn language_codes_as_by_every_code(
                segment in proptest::prop_oneof![
                    proptest::sample::select(vec!["en", "EN", "Sv", "eng", "SWE", "s\u{212A}", "İt", "", "e", "engl"])
                        .prop_map(str::to_string),
                    "[a-zA-Z\u{212A}İ]{0,5}",
                ],
            ) {
                let lower = segment.to_lowercase();
                let by_every_code =
                    EU_LANGUAGE_CODES.contains(&lower.as_str()) || EU_LANGUAGE_CODES_3.contains(&lower.as_str());
                proptest::prop_assert_eq!(is_language_code(&segment), by_every_code);
            }

            /// The hand-written reading of a link target finds what the pattern finds.
            #[test]
            fn url_at_start_as_by_pattern(
                head in proptest::sample::select(vec![
                    "http://", "https://", "HTTPS://", "HtTpſ://", "httpS:/", "http:", "https", "ftp://", "FTP://",
                    "ftp:/", "www.", "WwW.", "ww.", "www", "\u{17F}", "", " http://", "xhttp://", "http\u{17F}\u{17F}://",
                ]),
                body in "[a-zA-Z0-9/._ <>\"\\[\\]{}|^`\u{A0}\u{2009}\u{3000}é\t\n-]{0,12}",
            ) {
                let text = format!("{head}{body}");
                proptest::prop_assert_eq!(url_at_start(&text), url_at_start_by_pattern(&text));
            }

            /// The URLs found from their schemes are those the pattern finds in the whole text.
            #[test]
            fn urls_as_by_pattern(
                pieces in proptest::collection::vec(
                    proptest::sample::select(vec![
                        "http://", "https://", "HTTPS://", "ftp://", "www.", "WwW.", "ww", "w", "://", ":", "/",
                        "x", "_", "é", "\u{17F}", "\u{212A}", "K", "s", " ", "\n", "<", ">", ")", ".", "a.eu", "1",
                        "https", "hTtp",
                    ]),
                    0..16,
                ),
            ) {
                let text = pieces.concat();
                proptest::prop_assert_eq!(urls(&text, &Pairs::of(text.as_bytes())), urls_by_pattern(&text));
            }

            /// Writing the neutral query into one string gives what a string per parameter gave.
            #[test]
            fn neutral_query_as_by_parameters(
                parts in proptest::collection::vec(
                    proptest::prop_oneof![
                        proptest::sample::select(vec![
                            "lang=en", "LANG=SV", "locale=sv", "Language=eng", "lng=xx", "l=EN", "uri=celex:52025pc0186",
                            "URI=CELEX:32024r1351", "uri=OJ:L_202401351", "uri=cElEx:a\u{df}",
                            "uri=uriserv:OJ.L_.2026.112.01.0001.01.ENG", "uri=a.s\u{212A}e", "uri=x.SwE#t", "uri=.fra", "lang", "=", "", "#top",
                            "\u{130}=en", "l=s\u{212A}", "x=1",
                        ]).prop_map(str::to_string),
                        "[a-zA-Z=:&#?_.-]{0,8}",
                    ],
                    0..5,
                ),
                question in proptest::bool::ANY,
            ) {
                let query = format!("{}{}", if question { "?" } else { "" }, parts.join("&"));
                let mut out = String::from("x");
                push_neutral_query(&mut out, &query);
                proptest::prop_assert_eq!(out, format!("x{}", neutral_query_by_parameters(&query)));
            }

            /// `://` is found as `str::contains` finds it.
            #[test]
            fn scheme_end_as_contains_finds_it(text in "[/:a é]{0,16}") {
                proptest::prop_assert_eq!(mentions_scheme_end(&text), text.contains("://"));
            }

            /// `www.` is found in any case as in the lower-cased text.
            #[test]
            fn www_as_in_the_lower_cased_text(text in "[wW.a /:]{0,16}") {
                proptest::prop_assert_eq!(mentions_www(&text), text.to_ascii_lowercase().contains("www."));
            }
    }
}
