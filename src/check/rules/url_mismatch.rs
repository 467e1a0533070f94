//! `url-mismatch`: a URL that differs between the aligned passages.

use crate::check::context::PairCtx;
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::text::Lang;
use crate::values::{ValueKind, url};

pub(crate) const RULE: Rule = Rule {
    name: "url-mismatch",
    category: Category::Urls,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a URL in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/url-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Url, "URL", &RULE, out);
    other_language(ctx, out);
}

/// The same address in a third language version: the translation links to the `de` page where
/// the original links to the `en` one (the translation's own language, or the original's, is
/// what a translator chooses).
fn other_language(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let own: &[&str] = match input.tgt.lang {
        Some(Lang::Sv) => &["sv", "swe"],
        Some(Lang::En) => &["en", "eng"],
        None => &[],
    };
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        // Most links are the same address or the translation's own language version: the
        // original's codes are read only when the translation's name another language.
        if src_value.kind != ValueKind::Url || src_value.display == tgt_value.display {
            continue;
        }
        let tgt_codes = url::language_codes(&tgt_value.display);
        if tgt_codes.iter().all(|code| own.contains(&code.as_str())) {
            continue;
        }
        let src_codes = url::language_codes(&src_value.display);
        let Some(code) =
            tgt_codes.iter().find(|code| !own.contains(&code.as_str()) && !src_codes.contains(code))
        else {
            continue;
        };
        let (src_short, tgt_short) =
            super::value_common::shorten_pair(&src_value.display, &tgt_value.display);
        let message = format!(
            "URL `{tgt_short}` in target links to the `{code}` version, where the source has `{src_short}`"
        );
        let mut f = super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &["language", code]);
        f.severity = Severity::Warning;
        out.push(f);
    }
}
