//! The choice between two limits that legislation makes of a pair of figures or dates:
//! `EUR 15 000 000 or 2.5 % of turnover, whichever is higher` = `beroende på vilket belopp
//! som är högst`; `12 months or 100 000 km, whichever comes first` = `vilket som inträffar
//! först`; `the lower of the two amounts` = `det lägre av de två beloppen`. A translation that
//! turns the choice round turns a ceiling into a floor, so the choice is a value: `which:max`
//! for the greater or the later of the two, `which:min` for the smaller or the earlier.
//!
//! Each is optional: a translation may say the same by a clause of its own (`om detta belopp
//! är högre`), so a choice is compared only where both versions make one.

use super::pairs::Pairs;
use super::{Value, ValueKind, WordFinder};
use crate::text::Lang;
use std::sync::LazyLock;

/// The key of the greater or later of two limits.
const MAX: &str = "which:max";
/// The key of the smaller or earlier of two limits.
const MIN: &str = "which:min";

/// The words that name which limit applies, lower case, with the key of each. A later date
/// is the greater of two, an earlier one the smaller, and a longer period the greater.
const EN_WORDS: &[(&str, &str)] = &[
    ("higher", MAX),
    ("highest", MAX),
    ("greater", MAX),
    ("greatest", MAX),
    ("larger", MAX),
    ("largest", MAX),
    ("longer", MAX),
    ("longest", MAX),
    ("later", MAX),
    ("latest", MAX),
    ("last", MAX),
    ("lower", MIN),
    ("lowest", MIN),
    ("smaller", MIN),
    ("smallest", MIN),
    ("lesser", MIN),
    ("least", MIN),
    ("shorter", MIN),
    ("shortest", MIN),
    ("earlier", MIN),
    ("earliest", MIN),
    ("sooner", MIN),
    ("soonest", MIN),
    ("first", MIN),
];

const SV_WORDS: &[(&str, &str)] = &[
    ("högst", MAX),
    ("högre", MAX),
    ("högsta", MAX),
    ("störst", MAX),
    ("större", MAX),
    ("största", MAX),
    ("längst", MAX),
    ("längre", MAX),
    ("senast", MAX),
    ("senare", MAX),
    ("sist", MAX),
    ("lägst", MIN),
    ("lägre", MIN),
    ("lägsta", MIN),
    ("minst", MIN),
    ("mindre", MIN),
    ("minsta", MIN),
    ("kortast", MIN),
    ("kortare", MIN),
    ("tidigast", MIN),
    ("tidigare", MIN),
    ("först", MIN),
];

/// Comparatives that make a choice before `of` / `av` (`the higher of`, `det lägre av`).
const EN_OF: &[&str] =
    &["higher", "greater", "larger", "longer", "later", "lower", "smaller", "lesser", "shorter", "earlier"];
const SV_OF: &[&str] =
    &["högre", "högsta", "större", "längre", "senare", "lägre", "lägsta", "mindre", "kortare", "tidigare"];

/// Swedish verbs between `som` and the word of the choice (`som är högst`, `som inträffar
/// först`, `som löper ut först`).
const SV_VERBS: &[&str] = &["är", "blir", "inträffar", "infaller", "kommer", "sker", "löper ut", "går ut"];

/// The finders of the words that open a choice, per language: `whichever`; `vilket`,
/// `vilken`, `vilka`; and each comparative before `of` / `av`.
struct Finders {
    openers: Vec<WordFinder>,
    comparatives: Vec<(WordFinder, &'static str)>,
}

static FINDERS: LazyLock<[Finders; 2]> = LazyLock::new(|| {
    let build =
        |openers: &[&'static str], of: &[&'static str], words: &[(&'static str, &'static str)]| Finders {
            openers: openers.iter().map(|word| WordFinder::new(word)).collect(),
            comparatives: of
                .iter()
                .filter_map(|word| Some((WordFinder::new(word), key_of(words, word)?)))
                .collect(),
        };
    [build(&["whichever"], EN_OF, EN_WORDS), build(&["vilket", "vilken", "vilka"], SV_OF, SV_WORDS)]
});

fn key_of(words: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    words.iter().find(|(known, _)| word.eq_ignore_ascii_case(known)).map(|(_, key)| *key)
}

/// The words of `text` from `at` on, each with its span, up to the first character that is
/// no letter nor a space between words.
fn words_from(text: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    let rest = text.get(at..).unwrap_or_default();
    let end = rest.find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '\u{a0}')).unwrap_or(rest.len());
    let run = rest.get(..end).unwrap_or_default();
    run.split([' ', '\u{a0}'])
        .scan(at, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

/// Pushes the choices of `text`, optional, as [`Value`]s of kind `Number`.
pub(crate) fn find(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    let finders = &FINDERS[super::lang_index(lang)];
    let words = match lang {
        Lang::En => EN_WORDS,
        Lang::Sv => SV_WORDS,
    };
    let mut push = |start: usize, end: usize, key: &'static str| {
        let display = if key == MAX { "the greater of two" } else { "the smaller of two" };
        let mut value = Value::new(ValueKind::Number, start..end, key.to_string(), display.to_string());
        value.optional = true;
        out.push(value);
    };
    for opener in &finders.openers {
        for span in opener.find_iter(text, pairs) {
            let found = match lang {
                // `whichever is the later`, `whichever comes first`, `whichever amount is
                // higher`: the first word of the choice among the next four.
                Lang::En => en_choice(text, span.end, words),
                // `vilket belopp som är högst`, `vilken dag som infaller sist`: `som` among
                // the next three words, a verb, then the word of the choice.
                Lang::Sv => sv_choice(text, span.end, words),
            };
            if let Some((end, key)) = found {
                push(span.start, end, key);
            }
        }
    }
    for (finder, key) in &finders.comparatives {
        for span in finder.find_iter(text, pairs) {
            let before = text.get(..span.start).unwrap_or_default();
            let article = match lang {
                Lang::En => ["the "].as_slice(),
                Lang::Sv => ["det ", "den "].as_slice(),
            };
            let Some(start) = article.iter().find_map(|article| {
                let start = span.start.checked_sub(article.len())?;
                let word = before.get(start..)?;
                let alone = !before.get(..start)?.chars().next_back().is_some_and(char::is_alphanumeric);
                (alone && word.eq_ignore_ascii_case(article)).then_some(start)
            }) else {
                if let Some(start) = conditional_start(text, span.start, span.end, lang) {
                    push(start, span.end, key);
                }
                continue;
            };
            let of = match lang {
                Lang::En => " of ",
                Lang::Sv => " av ",
            };
            if text.get(span.end..).is_some_and(|rest| rest.starts_with(of)) {
                push(start, span.end + of.len() - 1, key);
            }
        }
    }
}

/// Pronouns that stand for the second limit in a clause of condition (`om den infaller
/// senare`, `if it is later`), each language's.
const EN_PRONOUNS: &[&str] = &["it", "that", "this"];
const SV_PRONOUNS: &[&str] = &["den", "det", "detta", "denna", "dessa", "de"];

/// The start of a clause of condition that makes a choice with the comparative at
/// `start..end`, where the comparative ends the clause (a comma, a bracket or a semicolon
/// after it): `or, if later, the date of`; `om den infaller senare,`; `om detta belopp är
/// högre)`. `if` right before the comparative, or `if`/`om`, a pronoun, in Swedish a noun
/// after it, and a verb of the language's choices. Not `if higher amounts are needed`, nor
/// `om det är högre än`, a comparison.
fn conditional_start(text: &str, start: usize, end: usize, lang: Lang) -> Option<usize> {
    if !text.get(end..)?.starts_with([',', ')', ';']) {
        return None;
    }
    let before = text.get(..start)?;
    let mut words = before.trim_end_matches(' ').rsplit(' ');
    let mut word = words.next()?;
    let mut at = before.trim_end_matches(' ').len() - word.len();
    let (opener, pronouns, verbs) = match lang {
        Lang::En => ("if", EN_PRONOUNS, EN_VERBS),
        Lang::Sv => ("om", SV_PRONOUNS, SV_VERBS),
    };
    let is = |word: &str, entry: &str| word.eq_ignore_ascii_case(entry);
    if !is(word, opener) {
        // The verb, then a noun in Swedish (`detta belopp`), then the pronoun.
        if !verbs.iter().any(|verb| is(word, verb)) {
            return None;
        }
        for reach in 0..2 {
            word = words.next()?;
            at -= word.len() + 1;
            if pronouns.iter().any(|pronoun| is(word, pronoun)) {
                break;
            }
            if reach == 1 || lang == Lang::En || !word.chars().all(char::is_alphabetic) {
                return None;
            }
        }
        word = words.next()?;
        at -= word.len() + 1;
        if !is(word, opener) {
            return None;
        }
    }
    let alone = !text.get(..at)?.chars().next_back().is_some_and(char::is_alphanumeric);
    alone.then_some(at)
}

/// English verbs before the word of the choice (`whichever is higher`, `whichever comes
/// first`, `whichever of the two periods expires later`).
const EN_VERBS: &[&str] =
    &["is", "are", "comes", "come", "occurs", "occur", "falls", "fall", "happens", "expires", "ends"];

/// The end and key of an English choice after `whichever` ending at `at`: a verb among the
/// next six words, then the word of the choice, `the` between them allowed.
fn en_choice(text: &str, at: usize, words: &[(&str, &'static str)]) -> Option<(usize, &'static str)> {
    let mut following = words_from(text, at).take(8);
    following
        .by_ref()
        .take(6)
        .find(|(_, word)| EN_VERBS.iter().any(|verb| word.eq_ignore_ascii_case(verb)))?;
    let (mut start, mut word) = following.next()?;
    if word.eq_ignore_ascii_case("the") {
        (start, word) = following.next()?;
    }
    Some((start + word.len(), key_of(words, word)?))
}

/// Superlatives of size, each with the key of the end it names: the highest and the lowest
/// of a set are the two ends of a choice between all its members.
const EN_SUPERLATIVES: &[(&str, &str)] = &[
    ("highest", MAX),
    ("largest", MAX),
    ("biggest", MAX),
    ("greatest", MAX),
    ("lowest", MIN),
    ("smallest", MIN),
];
const SV_SUPERLATIVES: &[(&str, &str)] =
    &[("högsta", MAX), ("största", MAX), ("lägsta", MIN), ("minsta", MIN)];

static SUPERLATIVES: LazyLock<[Vec<(WordFinder, &'static str)>; 2]> = LazyLock::new(|| {
    [EN_SUPERLATIVES, SV_SUPERLATIVES]
        .map(|words| words.iter().map(|&(word, key)| (WordFinder::new(word), key)).collect())
});

/// Pushes the superlatives of size of `text` (`the highest rate`, `den lägsta nivån sedan
/// 2019`, `largest`), optional, as the ends they name: a translation that makes the highest
/// the lowest reverses a fact, and one that says it otherwise (`räntorna var högst i`, with
/// an adverb) names none, so only two superlatives are compared.
pub(crate) fn superlatives(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    for (finder, key) in &SUPERLATIVES[super::lang_index(lang)] {
        for span in finder.find_iter(text, pairs) {
            // After an indefinite article a superlative is an adjective of a limit (`ett
            // lägsta värderingsavdrag på 8 %`, "a minimum haircut"), which bounds its figure.
            let before = text.get(..span.start).unwrap_or_default().trim_end_matches([' ', '\u{a0}']);
            let article = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
            if ["a", "an", "en", "ett"].iter().any(|indefinite| article.eq_ignore_ascii_case(indefinite)) {
                continue;
            }
            // A hyphened compound (`lowest-income`) qualifies its own noun: still an end.
            let display = if *key == MAX { "the greatest" } else { "the smallest" };
            let mut value = Value::new(ValueKind::Number, span, key.to_string(), display.to_string());
            value.optional = true;
            out.push(value);
        }
    }
}

/// Pushes a rank second that a word of its own gives before a superlative, alone or glued to
/// it (`den näst största arealen`, `näststörsta`, `näst mest skadliga`, `näst högst`; the
/// table's `second_rank_words` and `superlative_endings`): an optional `ord:2`, the
/// counterpart of the ordinal of `second-largest`, which the check then finds dropped where
/// the translation ranks first (`den största arealen`). Optional, as the original may rank by
/// a word of no ordinal (`the next largest`). A word of the ending that is no superlative
/// (`näst sista`, the last but one) ranks nothing.
pub(crate) fn second_ranks(text: &str, lang: Lang, pairs: &Pairs, out: &mut Vec<Value>) {
    /// The words of each language, lower case and with a capital.
    static FINDERS: LazyLock<[Vec<(usize, memchr::memmem::Finder<'static>)>; 2]> = LazyLock::new(|| {
        [Lang::En, Lang::Sv].map(|lang| {
            let mut finders = Vec::new();
            for word in super::tables::table(lang).second_rank_words {
                let mut chars = word.chars();
                let capital: String =
                    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
                for written in [word.to_string(), capital] {
                    finders
                        .push((written.len(), memchr::memmem::Finder::new(written.as_bytes()).into_owned()));
                }
            }
            finders
        })
    });
    let lang_table = super::tables::table(lang);
    let bytes = text.as_bytes();
    for (len, finder) in &FINDERS[super::lang_index(lang)] {
        for start in pairs.find_all(finder, bytes) {
            if super::char_before(text, start).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let end = start + len;
            // The superlative glued to the word (`näststörsta`) or a space after it.
            let rest = text.get(end..).unwrap_or_default();
            let next = rest.strip_prefix(' ').unwrap_or(rest);
            let next =
                next.get(..next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len())).unwrap_or_default();
            let next = next.to_lowercase();
            let superlative = next.chars().count() > 3
                && lang_table.superlative_endings.iter().any(|ending| next.ends_with(ending))
                && !lang_table.not_superlatives.contains(&next.as_str());
            if superlative {
                let mut value =
                    Value::new(ValueKind::Number, start..end, "ord:2".to_string(), "2.".to_string());
                value.optional = true;
                out.push(value);
            }
        }
    }
}

/// The end and key of a Swedish choice after `vilket`/`vilken`/`vilka` ending at `at`.
fn sv_choice(text: &str, at: usize, words: &[(&str, &'static str)]) -> Option<(usize, &'static str)> {
    let mut following = words_from(text, at).take(8).peekable();
    // `som` as the first, second or third word (`vilket som`, `vilket belopp som`).
    let mut found_som = false;
    for _ in 0..3 {
        let (_, word) = following.next()?;
        if word == "som" {
            found_som = true;
            break;
        }
    }
    if !found_som {
        return None;
    }
    let (_, verb) = following.next()?;
    if !SV_VERBS.iter().any(|known| known.split(' ').next() == Some(verb)) {
        return None;
    }
    // `löper ut`, `går ut`: the particle.
    if SV_VERBS.iter().any(|known| known.strip_prefix(verb).is_some_and(|rest| rest.starts_with(' ')))
        && following.peek().is_some_and(|(_, word)| *word == "ut")
    {
        following.next();
    }
    let (start, word) = following.next()?;
    Some((start + word.len(), key_of(words, word)?))
}

#[cfg(test)]
mod tests {
    use crate::text::Lang;
    use crate::values::extract;

    fn choices(text: &str, lang: Lang) -> Vec<(String, String, bool)> {
        extract(text, lang)
            .into_iter()
            .filter(|v| v.key.starts_with("which:"))
            .map(|v| (text[v.span.clone()].to_string(), v.key, v.optional))
            .collect()
    }

    fn keys(text: &str, lang: Lang) -> Vec<String> {
        choices(text, lang).into_iter().map(|(_, key, _)| key).collect()
    }

    #[test]
    fn a_rank_second_before_a_superlative() {
        let ranks = |text: &str, lang: Lang| -> Vec<(String, bool)> {
            extract(text, lang)
                .into_iter()
                .filter(|v| v.key == "ord:2")
                .map(|v| (text[v.span.clone()].to_string(), v.optional))
                .collect()
        };
        // The English ordinal before a superlative is a rank, and firm.
        assert_eq!(ranks("the second-largest area", Lang::En), [("second".to_string(), false)]);
        assert_eq!(ranks("the second most harmful source", Lang::En), [("second".to_string(), false)]);
        assert_eq!(ranks("Portugal's second largest utility", Lang::En), [("second".to_string(), false)]);
        // Swedish ranks second by `näst`, alone or glued: optional, the counterpart.
        for text in [
            "den näst största arealen",
            "näst mest skadliga",
            "Näst högst",
            "den näststörsta",
            "näst vanligaste",
        ] {
            assert_eq!(ranks(text, Lang::Sv).len(), 1, "{text}");
            assert!(ranks(text, Lang::Sv).iter().all(|(_, optional)| *optional), "{text}");
        }
        // A rank dropped leaves none; `näst` before no superlative, or a rank from the end,
        // ranks nothing; nor `nästa`, `nästan`.
        for text in [
            "den största arealen",
            "näst efter",
            "näst intill",
            "näst sista",
            "nästsista",
            "nästa år",
            "nästan alla",
        ] {
            assert!(ranks(text, Lang::Sv).is_empty(), "{text}");
        }
        // An ordinal of no rank keeps its reading: `second` alone may be a time's unit.
        assert_eq!(ranks("the second-level domain", Lang::En), [("second".to_string(), true)]);
    }

    #[test]
    fn english_choices_of_a_limit() {
        let text = "fines of up to EUR 15 000 000 or 2.5 %, whichever is higher; 160 000 km or eight \
                    years, whichever comes first; whichever is the later; the lower of the two amounts.";
        let read = choices(text, Lang::En);
        assert_eq!(
            read,
            [
                ("whichever is higher".to_string(), "which:max".to_string(), true),
                ("whichever comes first".to_string(), "which:min".to_string(), true),
                ("whichever is the later".to_string(), "which:max".to_string(), true),
                ("the lower of".to_string(), "which:min".to_string(), true),
            ]
        );
        assert_eq!(keys("Whichever amount is smaller applies.", Lang::En), ["which:min"]);
        assert_eq!(keys("whichever of the two periods expires later", Lang::En), ["which:max"]);
        // No verb before the word: no choice of a limit.
        assert!(keys("whichever Member State receives the first application", Lang::En).is_empty());
    }

    #[test]
    fn swedish_choices_of_a_limit() {
        let text = "beroende på vilket belopp som är högst; vilket som inträffar först; beroende på \
                    vilken dag som infaller sist; vilket som löper ut först; det lägre av de två beloppen.";
        assert_eq!(keys(text, Lang::Sv), ["which:max", "which:min", "which:max", "which:min", "which:min"]);
    }

    #[test]
    fn a_clause_of_condition_makes_a_choice() {
        assert_eq!(
            keys("from the payment date or, if later, the date of the request", Lang::En),
            ["which:max"]
        );
        assert_eq!(keys("the market value or, if it is lower, the book value", Lang::En), ["which:min"]);
        assert_eq!(
            keys("från betalningsdagen eller, om den infaller senare, den dag då begäran", Lang::Sv),
            ["which:max"]
        );
        assert_eq!(keys("eller, om detta belopp är lägre, 5 % av omsättningen", Lang::Sv), ["which:min"]);
        assert_eq!(keys("om det är tidigare)", Lang::Sv), ["which:min"]);
        // A comparative before its noun or a comparison is no choice.
        assert!(keys("if higher amounts are needed", Lang::En).is_empty());
        assert!(keys("om det är högre än taket", Lang::Sv).is_empty());
        assert!(keys("om tre belopp är högre, gäller", Lang::Sv).is_empty());
        assert!(keys("if the amount is higher, the cap applies", Lang::En).is_empty());
    }

    #[test]
    fn superlatives_of_size_name_an_end() {
        assert_eq!(
            keys("The highest rates were in Malta, the lowest in Spain; the largest increase.", Lang::En),
            ["which:max", "which:min", "which:max"]
        );
        assert_eq!(
            keys("den högsta nivån sedan 2019/20; Högsta domstolen; den minsta andelen", Lang::Sv),
            ["which:max", "which:max", "which:min"]
        );
        // Comparatives and adverbs name no end of a set.
        assert!(keys("högre, lägst, högst 10 procent", Lang::Sv).is_empty());
        // After an indefinite article, an adjective of a limit.
        assert!(keys("med ett lägsta värderingsavdrag på 8 %", Lang::Sv).is_empty());
        assert!(keys("a higher rate; the lower bound", Lang::En).is_empty());
    }

    #[test]
    fn words_that_make_no_choice() {
        // A question, an indefinite pronoun, a superlative of no pair, a comparative of no `of`.
        assert!(
            keys("Vilket som helst av förfarandena; vilken medlemsstat som är ansvarig.", Lang::Sv)
                .is_empty()
        );
        assert!(keys("whichever Member State is responsible; the higher rate applies.", Lang::En).is_empty());
        assert!(keys("den högre räntan; ett högre belopp av fem euro", Lang::Sv).is_empty());
        // Past a punctuation mark the choice has ended.
        assert!(keys("whichever applies. Higher amounts", Lang::En).is_empty());
    }
}
