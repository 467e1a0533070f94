//! Swedish abbreviations and label words.
//!
//! Sources: Språkrådet's list of common abbreviations (`t.ex.`, `bl.a.`, `dvs.`) and the
//! Swedish EU style (`nr`, `art.`, `s.` in EUT references, `kap.`, `jfr`, `ref.` in case law
//! reports, `kv.` and `p.e.` in statistics).

use super::{Abbrev, Table};

use Abbrev::{BeforeCapital, BeforeName, BeforeNumber, Measure, Never, Trailing, Unit};

/// The Swedish table.
pub static TABLE: Table = Table {
    abbreviations: &[
        // Introducers: what follows continues the sentence, even a proper name.
        ("t.ex.", Trailing),
        // `exempelvis`, as `t.ex.` (`Flera medlemsstater, exv. Danmark och Finland, …`).
        ("exv.", Trailing),
        ("ex.", Never),
        ("bl.a.", Never),
        // `framför allt` before what it singles out, often a name (`gällde fr.a. Tyskland`).
        ("fr.a.", Never),
        ("dvs.", Never),
        ("d.v.s.", Never),
        ("d.ä.", Never),
        ("s.k.", Never),
        ("jfr.", Never),
        ("resp.", Never),
        ("f.d.", Never),
        ("p.g.a.", Never),
        ("pga.", Never),
        // `i och med`, `med hjälp av`, `med avseende på` before what they bring in, often a name
        // (`i.o.m. Lissabonfördragets ikraftträdande`, `m.h.a. Europeiska socialfonden`).
        ("i.o.m.", Never),
        ("m.h.a.", Never),
        ("m.a.p.", Never),
        // `med hänsyn till`, before what it takes into account (`m.h.t. EU:s regler`).
        ("m.h.t.", Never),
        // `för övrigt` and `på samma sätt`, adverbs inside a clause (`gäller f.ö. Norge`) that
        // may also close it.
        ("f.ö.", Trailing),
        ("p.s.s.", Trailing),
        // `also known as`, `formerly known as`, as sanctions lists write it in Swedish too.
        ("a.k.a.", Never),
        ("f.k.a.", Never),
        ("fr.o.m.", Never),
        ("t.o.m.", Never),
        ("m.a.o.", Never),
        ("s.a.s.", Never),
        // `för närvarande`, an adverb that often closes its sentence (`Någon ändring planeras
        // inte f.n. Kommissionen …`).
        ("f.n.", BeforeCapital),
        ("ev.", Never),
        // Before what they take in or leave out (`inkl. moms`), and after it at a sentence's end.
        ("inkl.", Trailing),
        ("exkl.", Trailing),
        ("enl.", Never),
        ("ang.", Never),
        // `observera`, a label that opens the sentence it draws attention to (`Obs.
        // Ansökningstiden …`), as English `N.B.` does, or stands in brackets (`(obs. en tisdag)`).
        ("obs.", Never),
        ("beträff.", Never),
        ("ca.", Never),
        // `ungefär` before a figure; before a capital, the adjective `ung` closing its sentence
        // (`arbetslös och ung. Med ung avses …`).
        ("ung.", BeforeNumber),
        // A bound before a figure (`max. 8 °C`); `min.` is also the word `min` (mine) at the
        // end of a sentence.
        ("min.", BeforeNumber),
        ("max.", BeforeNumber),
        // A day of the week before its date, as tables and calendars abbreviate it (`fre. 13
        // nov. 2026`); the abbreviation at the end of a sentence ends it.
        ("mån.", BeforeNumber),
        ("tis.", BeforeNumber),
        ("ons.", BeforeNumber),
        ("tor.", BeforeNumber),
        ("tors.", BeforeNumber),
        ("fre.", BeforeNumber),
        ("lör.", BeforeNumber),
        ("sön.", BeforeNumber),
        ("vs.", Never),
        // References followed by a number: `nr 604/2013`, `art. 5`, `s. 19`, `kl. 9.00`,
        // `HFD 2019 ref. 5`, `Ref. Ares(2026)2214587`.
        ("nr.", Never),
        // An equation's number (`i ekv. 3`) and an English title's number (`Finance (No. 2)
        // Act`; the national gazettes both languages cite are in `NATIONAL_CITATIONS`).
        ("ekv.", BeforeNumber),
        ("No.", BeforeNumber),
        // A speech's number in the Riksdag's minutes (`Anf. 12`, `prot. 2024/25:88, anf. 3`).
        ("anf.", BeforeNumber),
        ("prot.", BeforeNumber),
        ("seq.", BeforeCapital),
        // A note's label, before its number (`Anm. 1: 3A001.b.2 omfattar inte …`) or opening the
        // note it labels, as `obs.` does (`Anm. Uppgifterna för 2024 är preliminära.`).
        ("anm.", Never),
        // An article before its number (`art. 5`); before a capital, the noun `art` (species)
        // closing its sentence (`för varje art. Sverige …`).
        ("art.", BeforeNumber),
        ("Art.", BeforeNumber),
        ("ref.", Never),
        // A revision of a classification: `Nace rev. 2`.
        ("rev.", Never),
        ("Rev.", Never),
        ("s.", Never),
        ("sid.", Never),
        // A footnote before its number (`s. 45 fotn. 12`).
        ("fotn.", BeforeNumber),
        ("p.", Never),
        // `Sankt`, and the street of an address abroad (`St. Louis`); before `st.`, which also
        // matches it and ends a sentence after a count (`40 st. Nästa …`).
        ("St.", Never),
        ("st.", BeforeCapital),
        ("mom.", Never),
        ("kl.", Never),
        // An annex before its number (`bil. 2`) or letter (`bil. A`); before any other capital,
        // the noun `bil` (car) closing its sentence (`per bil. Bonusen …`).
        ("bil.", BeforeNumber),
        ("avd.", Never),
        ("avsn.", Never),
        ("fig.", Never),
        ("tab.", Never),
        // A volume before its number (`vol. 12`); after a percentage, an alcoholic strength that
        // may close a sentence (`minst 15 % vol. Restsockerhalten …`).
        ("vol.", Unit),
        // An edition: before its number (`uppl. 3`) and after it (`7 uppl. Nästa …`).
        ("uppl.", Unit),
        ("prop.", Never),
        ("bet.", Never),
        ("dir.", Never),
        ("skr.", Never),
        ("rskr.", Never),
        ("tel.", Never),
        ("dok.", Never),
        ("komm.", Never),
        ("dnr.", Never),
        ("milj.", Measure),
        ("mdr.", Measure),
        ("md.", Measure),
        // Titles before a name.
        ("dr.", Never),
        ("prof.", Never),
        ("hr.", Never),
        ("doc.", Never),
        // A royal institution's first word (`Kungl. Vetenskapsakademien`).
        ("kungl.", Never),
        // A university in a publisher's name (`Oxford Univ. Press`).
        ("Univ.", Never),
        // Degrees before a name (`av jur.kand. Erik Holm`), a translator named in a reference
        // (`övers. K. Ek`) and an emeritus after a title (`prof. em. L. Svensson`), each also a
        // noun that may end a sentence (`eller jur.kand. Erfarenhet …`, `i min övers. Originalet
        // …`, `kl. 3 em. Mötet …`).
        ("jur.kand.", BeforeName),
        ("fil.kand.", BeforeName),
        ("pol.mag.", BeforeName),
        ("övers.", BeforeName),
        // Functions before a name or a surname alone (`leddes av ordf. Karin Ek`, `Ordf.
        // Kristersson höll …`, `fördes av sekr. Erik Holm`), also closing a sentence after the
        // name they follow, before a clause opener (`öppnades av Karin Ek, ordf. Därefter …`).
        ("ordf.", Trailing),
        ("v.ordf.", Trailing),
        ("sekr.", Trailing),
        ("em.", BeforeName),
        // Ordinary abbreviations that may close a sentence.
        // A chapter goes on before its section, a law's name or a number (`18 kap. 3 §`,
        // `5 kap. utlänningslagen`) and ends a sentence before a capital (`i 18 kap. Den …`);
        // so do a quarter (`kv. 1`) and percentage points (`0,3 p.e. jämfört med`).
        ("kap.", BeforeCapital),
        ("kv.", BeforeCapital),
        ("p.e.", BeforeCapital),
        ("osv.", BeforeCapital),
        // The end of a foreign company's name (`Lindqvist & Co. AB`, `Acme Ltd.`).
        ("Co.", BeforeCapital),
        ("Ltd.", BeforeCapital),
        ("Inc.", BeforeCapital),
        ("Corp.", BeforeCapital),
        ("plc.", BeforeCapital),
        // An expenditure area of the budget before its number (`utg.omr. 16`).
        ("utg.omr.", Never),
        // CLP hazard classes, written as in English (`Acute Tox. 3`, `Flam. Liq. 2`).
        ("Flam.", Never),
        ("Ox.", Never),
        ("Met.", Never),
        ("Asp.", Never),
        ("Org.", Never),
        ("Pyr.", Never),
        ("Tox.", BeforeNumber),
        ("Sens.", BeforeNumber),
        ("Irrit.", BeforeNumber),
        ("Dam.", BeforeNumber),
        ("Carc.", BeforeNumber),
        ("Muta.", BeforeNumber),
        ("Repr.", BeforeNumber),
        ("Liq.", BeforeNumber),
        ("Sol.", BeforeNumber),
        ("Corr.", BeforeNumber),
        ("Perox.", BeforeNumber),
        ("Expl.", BeforeNumber),
        ("o.s.v.", BeforeCapital),
        ("etc.", BeforeCapital),
        ("Bros.", BeforeCapital),
        // The first part of a company form written in two (`Pte. Ltd.`, `Sdn. Bhd.`, `Pvt. Ltd.`,
        // `Pty. Ltd.`), as in English.
        ("Pte.", Never),
        ("Sdn.", Never),
        ("Pvt.", Never),
        ("Pty.", Never),
        ("m.m.", BeforeCapital),
        ("m.fl.", BeforeCapital),
        ("o.d.", BeforeCapital),
        ("o.dyl.", BeforeCapital),
        ("o.likn.", BeforeCapital),
        ("ff.", BeforeCapital),
        ("f.Kr.", BeforeCapital),
        ("e.Kr.", BeforeCapital),
        ("kr.", BeforeCapital),
        // The months Språkrådet abbreviates (`mars`, `maj`, `juni` and `juli` are written out).
        ("jan.", BeforeCapital),
        ("febr.", BeforeCapital),
        ("feb.", BeforeCapital),
        ("apr.", BeforeCapital),
        ("aug.", BeforeCapital),
        ("sept.", BeforeCapital),
        ("sep.", BeforeCapital),
        ("okt.", BeforeCapital),
        ("nov.", BeforeCapital),
        ("dec.", BeforeCapital),
    ],
    labels: &[
        "bilaga",
        "del",
        "avdelning",
        "kapitel",
        "avsnitt",
        "tabell",
        "figur",
        "diagram",
        "ruta",
        "punkt",
        "led",
        "alternativ",
        "plan",
        "scenario",
        "grupp",
        "kategori",
        "klass",
        "typ",
        "nivå",
        "fas",
        "medlemsstat",
        "medlemsstaten",
        "land",
        "landet",
        "lista",
        "steg",
        "etapp",
        "vitamin",
        "direktorat",
        "modul",
        "pelare",
        // Label words abbreviated (`avd. B`, `bil. A`, `fig. C`).
        "avd",
        "avsn",
        "bil",
        "fig",
        "tab",
        // Parties a text names by a letter (`Företag A`, `Part B`).
        "företag",
        "företaget",
        "bolag",
        "bolaget",
        "person",
        "part",
        // Other parties that decisions anonymise by a letter (`Kund B`, `Konkurrent C`).
        "leverantör",
        "leverantören",
        "kund",
        "kunden",
        "konkurrent",
        "konkurrenten",
        "tillverkare",
        "tillverkaren",
        "flygplats",
        "flygplatsen",
        "flygbolag",
        "flygbolaget",
    ],
    name_prepositions: &["av", "från", "med", "till", "hos", "för", "enligt", "mellan", "mot"],
    titles: &[
        "minister",
        "ministern",
        "statsrådet",
        "justitierådet",
        "ordförande",
        "ordföranden",
        "direktör",
        "direktören",
        "ledamot",
        "ledamoten",
        "sekreterare",
        "sekreteraren",
        "kommissionär",
        "kommissionären",
        "president",
        "presidenten",
        "talman",
        "talmannen",
        "chef",
        "chefen",
        "dr",
        "doktor",
        "professor",
        "docent",
        "advokat",
        "advokaten",
        "domare",
        "domaren",
        "ambassadör",
        "ambassadören",
        "professor",
        "professorn",
        "docent",
        "docenten",
        "rektor",
        "rektorn",
        "landshövding",
        "landshövdingen",
        "vd",
        "vd:n",
        // Judges' and officials' titles ending in `-rådet` (`kanslirådet`, `hovrättsrådet`,
        // `ämnesrådet`, with `statsrådet` and `justitierådet` above), `-mannen` (`lagmannen`,
        // `rådmannen`, `ombudsmannen`) and titles of office (`utredaren`, `åklagaren`).
        "rådet",
        "rådman",
        "mannen",
        "lagman",
        "utredare",
        "utredaren",
        "åklagare",
        "åklagaren",
        "jurist",
        "juristen",
        // Functions of a case's handling and a party's representation before a name
        // (`handläggaren E. Berg`, `föredraganden M. Keller`, `ombudet J. Holm`).
        "handläggare",
        "handläggaren",
        "föredragande",
        "föredraganden",
        "ombud",
        "ombudet",
        "referent",
        "referenten",
        "rapportör",
        "rapportören",
    ],
    name_joiners: &["och", "eller"],
    // Swedish writes initialisms without full stops (`USA`, `FN`).
    sentence_starters: &[],
    // The links inside a foreign name written in capitals after a dotted initialism (`U.S.
    // Department of Agriculture`, `U.S. Food and Drug Administration`); any other capital after
    // one opens a sentence.
    name_links: &["of", "and", "for", "on", "the"],
    replies: &[],
    name_ends: &["Co.", "Ltd.", "Inc.", "plc.", "Bros.", "Corp."],
    zone_nouns: &["tid"],
    clause_openers: &[
        "Där",
        "Då",
        "Det",
        "Detta",
        "Dessa",
        "Denna",
        "Här",
        "Vi",
        "Man",
        "Han",
        "Hon",
        "Men",
        "Dock",
        "Därför",
        "Dessutom",
        "Sedan",
        "Samtidigt",
        "Eftersom",
        "När",
        "Den",
        // Prepositions and adverbs that open a sentence and are no name (`Talan väcktes av X.
        // Enligt X …`).
        "Enligt",
        "Under",
        "Efter",
        "Vid",
        "Genom",
        "Trots",
        "Inom",
        "Utan",
        "Även",
        "Också",
        "Vidare",
        "Därefter",
        "Slutligen",
        "Sammantaget",
        // Prepositions and a conjunction that open a sentence of a court's reasons (`Överklagandet
        // gavs in av Z. Till stöd för …`, `av Y. Som skäl anför …`, `av X. Mot detta invänder …`).
        "Till",
        "Som",
        "Mot",
        "Om",
        "För",
        "Med",
        "Av",
        "På",
        "Från",
    ],
    act_parts: &["seq.", "ff.", "kap."],
    list_ends: &["etc.", "m.m.", "osv.", "o.s.v.", "m.fl.", "o.d.", "o.dyl.", "o.likn."],
    pages: &["s.", "sid."],
    editions: &["uppl."],
    year_genitives: &["års"],
    areas: &["Co."],
    act_nouns: &[
        "avtal",
        "avtalet",
        "fördrag",
        "fördraget",
        "fördragen",
        "konventionen",
        "stadgan",
        "lagen",
        "förordningen",
        "direktivet",
        "balken",
    ],
};
