//! Function words for language identification: the most frequent short words of each
//! language that [`super::lang::detect`] tells apart.
//!
//! A word counts as evidence only for the one language whose list holds it, so words
//! shared by several lists (`de`, `en`, `i`, `den`) weigh nothing and the lists may
//! overlap freely. Languages other than English and Swedish are listed so that their
//! texts are recognised as *not* English or Swedish; Danish and Norwegian share one
//! list because both must be refused. Lists follow frequency counts of running text.

/// The identity of one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Language {
    English,
    Swedish,
    DanishNorwegian,
    German,
    French,
    Dutch,
    Spanish,
    Italian,
    Portuguese,
    Finnish,
}

/// Function words per language, lower case.
pub(crate) static FUNCTION_WORDS: &[(Language, &[&str])] = &[
    (
        Language::English,
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "with", "are", "this", "be", "by", "on",
            "it", "as", "from", "which", "have", "has", "not", "was", "were", "will", "would", "or", "an",
            "at", "their", "its", "these", "they", "been", "can", "also", "should", "such", "between",
            "into", "more", "than", "other", "all", "but", "who", "where", "when", "there", "our", "we",
            "must", "those", "through", "while",
        ],
    ),
    (
        Language::Swedish,
        &[
            "och", "att", "det", "som", "en", "i", "på", "är", "för", "med", "av", "till", "den", "har",
            "inte", "om", "ett", "de", "var", "kan", "sig", "jag", "vi", "men", "eller", "från", "också",
            "när", "detta", "dessa", "samt", "vara", "under", "efter", "mot", "genom", "sina", "sin", "hur",
            "vad", "mellan", "bör", "ska", "skall", "även", "utan", "över", "andra", "inom", "vid", "denna",
            "deras", "många", "någon", "något", "dem", "per",
        ],
    ),
    (
        Language::DanishNorwegian,
        &[
            "og", "i", "at", "det", "er", "en", "på", "til", "som", "for", "af", "av", "med", "de", "ikke",
            "den", "har", "jeg", "om", "et", "var", "men", "vi", "fra", "også", "kan", "eller", "hvor",
            "skal", "være", "vere", "blev", "ble", "efter", "etter", "mod", "mot", "hvad", "hva", "deres",
            "nu", "nå", "her", "meget", "mye", "kun", "bare", "seg", "sig", "dette", "disse", "ved",
            "mellem", "mellom", "bør", "gjennom", "igennem", "hvis", "noen", "nogen", "mange", "andre",
            "eit", "ein", "ikkje", "frå", "dem", "der",
        ],
    ),
    (
        Language::German,
        &[
            "der", "die", "und", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im",
            "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass",
            "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über",
            "einen", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch",
            "kann", "können", "diese",
        ],
    ),
    (
        Language::French,
        &[
            "de", "la", "le", "et", "les", "des", "en", "du", "un", "une", "est", "que", "pour", "dans",
            "qui", "pas", "sur", "au", "par", "ce", "il", "plus", "ne", "se", "avec", "sont", "son", "elle",
            "ou", "aux", "leur", "cette", "été", "nous", "ces", "mais",
        ],
    ),
    (
        Language::Dutch,
        &[
            "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "met", "die", "voor",
            "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "naar", "dan", "wordt", "worden",
            "uit", "zich", "deze", "tot", "heeft", "wij", "hun",
        ],
    ),
    (
        Language::Spanish,
        &[
            "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "no",
            "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "esta",
            "entre", "también",
        ],
    ),
    (
        Language::Italian,
        &[
            "di", "e", "il", "la", "che", "in", "un", "a", "per", "è", "una", "non", "sono", "del", "della",
            "le", "si", "con", "da", "i", "gli", "al", "lo", "come", "più", "anche", "dei", "nel", "questo",
            "alla", "delle", "degli",
        ],
    ),
    (
        Language::Portuguese,
        &[
            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no",
            "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "também", "pelo",
            "pela",
        ],
    ),
    (
        Language::Finnish,
        &[
            "ja", "on", "ei", "se", "että", "oli", "ovat", "joka", "tai", "kun", "mutta", "myös", "sekä",
            "ole", "jos", "niin", "kuin", "tämä", "ne", "hän", "mukaan", "voi", "sen",
        ],
    ),
];

/// Letters that Danish and Norwegian write and Swedish does not.
pub(crate) const DANISH_NORWEGIAN_LETTERS: &[char] = &['æ', 'ø'];

/// Letters that Swedish writes and Danish and Norwegian do not.
pub(crate) const SWEDISH_LETTERS: &[char] = &['ä', 'ö'];
