//! Swapped figures against a label: a number that names a thing (`Table 1`) trades places
//! with no quantity, but two labels may trade places.

use crate::support::run;

fn swapped(en: &str, sv: &str) -> Vec<String> {
    run(en, sv).into_iter().filter(|f| f.rule == "number-swapped").map(|f| f.message).collect()
}

#[test]
fn a_label_and_a_quantity_are_no_swap() {
    let en = "The emission limits are subject to a multiplier of 1.3 for the limits of Table 1 in the Annex to this Regulation.\n";
    let sv =
        "Gränsvärdena i tabell 1 i bilagan till denna förordning multipliceras med 1,3 för dessa fordon.\n";
    assert!(swapped(en, sv).is_empty());
}

#[test]
fn two_labels_swapped_are_a_swap() {
    let en = "Its comments on the SME test and on the baseline have been addressed in sections 6.2 and 5.1 respectively.\n";
    let sv = "Dess synpunkter på SME-testet och på referensscenariot har behandlats i avsnitt 5.1 respektive 6.2.\n";
    assert_eq!(swapped(en, sv).len(), 1);
}

/// Two labels, each in a clause of its own that the translation gives in the other order,
/// moved with their clauses: no swap. Labels traded across two clauses look the same to the
/// order of figures, so only a list (`sections 6.2 and 5.1 respectively`, above) tells a swap.
#[test]
fn labels_moved_with_their_clauses_are_no_swap() {
    let en = "Where, during the transitional period referred to in section 1.4, a change listed in section 4.1 of Part B is made to a mixture, the importer shall comply with this Annex.\n";
    let sv = "Om en sådan ändring som anges i avsnitt 4.1 i del B görs i en blandning under den övergångsperiod som avses i avsnitt 1.4, ska importören uppfylla kraven i denna bilaga.\n";
    assert_eq!(swapped(en, sv), Vec::<String>::new());
    // A label changed is still a mismatch.
    let sv = sv.replace("avsnitt 4.1", "avsnitt 4.2");
    assert!(run(en, &sv).iter().any(|f| f.rule == "number-mismatch" || f.rule == "legal-ref-mismatch"));
}

/// Annexes numbered by Roman numerals trade places as references in figures do; a list the
/// translation keeps in its order is no swap.
#[test]
fn annexes_by_roman_numerals_swapped_are_a_swap() {
    let en = "The lists set out in Annex I and Annex II, respectively, are to be reviewed by 24 May 2027.\n";
    let sv = "Förteckningarna i bilaga II respektive bilaga I ska ses över senast den 24 maj 2027.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let sv = "Förteckningarna i bilaga I respektive bilaga II ska ses över senast den 24 maj 2027.\n";
    assert!(swapped(en, sv).is_empty());
}

/// A translation that orders a sentence's phrases otherwise moves each figure with its
/// preposition (`in 412 zones` = `I 412 områden`, `of the 74 zones` = `Av de 74 områdena`): no
/// swap. Two figures traded after prepositions left in their places still are one.
#[test]
fn figures_moved_with_their_prepositions_are_no_swap() {
    let en = "However, 1 284 samples taken in 412 large supply zones were non-compliant for E. coli.\n\nA parametric value of 0.70 mg/l applies to chlorate; 31 of the 74 zones with an exceedance for chlorate fall within that case.\n";
    let sv = "I 412 stora distributionsområden var dock 1 284 prov icke-överensstämmande med avseende på E. coli.\n\nEtt parametervärde på 0,70 mg/l gäller för klorat. Av de 74 områdena med överskridanden för klorat omfattas 31 av det fallet.\n";
    assert_eq!(swapped(en, sv), Vec::<String>::new());
    let en = "However, 1 284 samples were taken in 412 large supply zones.\n";
    let sv = "Dock togs 412 prov i 1 284 stora distributionsområden.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let en = "Of the 74 zones, 31 fall within that case.\n";
    let sv = "Av de 31 områdena omfattas 74 av det fallet.\n";
    assert_eq!(swapped(en, sv).len(), 1);
}

/// Two figures that each keep a unit of their own on both sides moved with their units (`160
/// days … 1 800 metres` = `1 800 meters höjd … 160 dagar`): no swap. Figures traded between units
/// left in their places, or of one unit, still are one.
#[test]
fn figures_moved_with_their_units_are_no_swap() {
    let en = "There are about 160 days of frost a year above 1 800 metres.\n";
    let sv = "Ovanför 1 800 meters höjd förekommer frost omkring 160 dagar om året.\n";
    assert_eq!(swapped(en, sv), Vec::<String>::new());
    let sv = "Det förekommer omkring 1 800 dagar med frost om året ovanför 160 meter.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let en = "The ramp is 160 metres long and 1 800 metres wide.\n";
    let sv = "Rampen är 1 800 meter lång och 160 meter bred.\n";
    assert_eq!(swapped(en, sv).len(), 1);
}

/// Two figures that traded places while the unit stayed where it stood: each figure still has
/// its equal, but the unit moved from one to the other. A unit written once for two figures
/// that keep their order is no finding.
#[test]
fn a_unit_left_in_place_by_traded_figures_is_a_mismatch() {
    let mismatches = |en: &str, sv: &str| -> Vec<String> {
        run(en, sv).into_iter().filter(|f| f.rule == "number-mismatch").map(|f| f.message).collect()
    };
    let en = "In 12 sittings, the speaking time for topical debates did not exceed 60 minutes.\n";
    let sv = "Vid 60 sammanträden översteg talartiden för debatter om aktuella frågor inte 12 minuter.\n";
    assert_eq!(mismatches(en, sv), ["number `60` in source is `12` in target"]);
    let sv = "Vid 12 sammanträden översteg talartiden för debatter om aktuella frågor inte 60 minuter.\n";
    assert!(mismatches(en, sv).is_empty());
    let en = "The limit falls from 300 mg/l to 250 over the period.\n";
    let sv = "Gränsvärdet sänks från 300 till 250 mg/l under perioden.\n";
    assert!(mismatches(en, sv).is_empty());
}

/// Two years, each tied by the same preposition to its figure, in a list of such pairs: the
/// figures stay where a swap trades the years. The list in its order is no swap.
#[test]
fn years_of_a_list_of_figures_swapped_are_a_swap() {
    let en = "Member States must restore at least 30% of the area by 2030, 60% by 2040 and 90% by 2050.\n";
    let sv = "Medlemsstaterna ska restaurera minst 30 % av arealen senast 2030, 60 % senast 2050 och 90 % senast 2040.\n";
    assert_eq!(swapped(en, sv), ["years `2040` and `2050` stand in the opposite order in target: swapped?"]);
    let sv = "Medlemsstaterna ska restaurera minst 30 % av arealen senast 2030, 60 % senast 2040 och 90 % senast 2050.\n";
    assert!(swapped(en, sv).is_empty());
}

/// A figure in words trades places with another as the items of a short list, each before its
/// noun; the list in its order, or reordered whole with its nouns, is no swap.
#[test]
fn a_figure_in_words_swapped_in_a_list_of_nouns_is_a_swap() {
    let en = "The fleet will consist of 22 planes and 4 helicopters hosted by 10 Member States.\n";
    let sv = "Flottan kommer att bestå av fyra flygplan och 22 helikoptrar som finns i tio medlemsstater.\n";
    assert_eq!(swapped(en, sv), ["numbers `4` and `22` stand in the opposite order in target: swapped?"]);
    let sv = "Flottan kommer att bestå av 22 flygplan och fyra helikoptrar som finns i tio medlemsstater.\n";
    assert!(swapped(en, sv).is_empty());
    let sv = "Flottan kommer att bestå av fyra helikoptrar och 22 flygplan som finns i tio medlemsstater.\n";
    assert!(swapped(en, sv).is_empty());
    // Not a list: each figure moves with its phrase.
    let en = "A reply is due within 5 working days, and the file is kept for at least 90 days.\n";
    let sv = "Akten bevaras i minst 90 dagar, och ett svar ska lämnas inom fem arbetsdagar.\n";
    assert!(swapped(en, sv).is_empty());
}

/// A year put in time by a phrase (`at the end of 2025`, `I slutet av 2025`, `by mid-2027`) and
/// a count that trade places are a swap; the sentence in another order, the year after its
/// phrase on both sides, is none.
#[test]
fn a_year_after_a_time_phrase_traded_with_a_count_is_a_swap() {
    let en = "At the end of 2025, the ESF+ operations had reached 13 133 528 participants.\n";
    let sv = "I slutet av 13 133 528 hade ESF+-insatserna nått 2025 deltagare.\n";
    assert_eq!(
        swapped(en, sv),
        ["the year `2025` and the number `13 133 528` stand in each other's place in target: swapped?"]
    );
    let sv = "I slutet av 2025 hade ESF+-insatserna nått 13 133 528 deltagare.\n";
    assert!(swapped(en, sv).is_empty());
    let sv = "ESF+-insatserna hade nått 13 133 528 deltagare vid utgången av 2025.\n";
    assert!(swapped(en, sv).is_empty());
    let en = "The Academy will train at least 5 000 workers by the end of 2027.\n";
    let sv = "Akademin kommer att utbilda minst 2027 arbetstagare före utgången av 5 000.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let en = "The agency will extend this to all 412 airports by mid-2027.\n";
    let sv = "Byrån kommer senast i mitten av 412 att utvidga detta till samtliga 2027 flygplatser.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let sv = "Byrån kommer senast i mitten av 2027 att utvidga detta till samtliga 412 flygplatser.\n";
    assert!(swapped(en, sv).is_empty());
}

/// A count after words of another sense than the original's words before its year is their
/// object, the year named by its verb alone in the translation: no swap.
#[test]
fn a_count_after_words_of_another_sense_is_no_swap() {
    let en = "Of the 96 reports published in 2025, 71 met that deadline.\n";
    let sv = "Av de 96 rapporter som offentliggjordes 2025 hölls tidsfristen för 71.\n";
    assert!(swapped(en, sv).is_empty());
    let en = "EGNOS supported 932 approach procedures at 429 airports in 2025.\n";
    let sv = "Egnos användes 2025 för 932 inflygningsprocedurer på 429 flygplatser.\n";
    assert!(swapped(en, sv).is_empty());
    // The original's words left in place before the count are a swap.
    let en = "In 2024, the EPPO referred 312 cases to national authorities.\n";
    let sv = "Under 312 hänsköt Eppo 2024 ärenden till nationella myndigheter.\n";
    assert_eq!(swapped(en, sv).len(), 1);
}

/// A unit written once after the last figure of a list is each figure's: the figures trade
/// places as two of that unit do.
#[test]
fn figures_of_a_list_with_one_unit_swapped_are_a_swap() {
    let en = "The shares of the higher education sector and of the government sector fell by 1.4 pp and 0.6 pp respectively.\n";
    let sv = "Universitets- och högskolesektorns och den offentliga sektorns andelar minskade med 0,6 respektive 1,4 procentenheter.\n";
    assert_eq!(
        swapped(en, sv),
        ["numbers `1.4 pp` and `0.6 pp` stand in the opposite order in target: swapped?"]
    );
    let sv = "Universitets- och högskolesektorns och den offentliga sektorns andelar minskade med 1,4 respektive 0,6 procentenheter.\n";
    assert!(swapped(en, sv).is_empty());
}

/// A count in words in the translation trades places with one in digits as two in digits do,
/// where both count one noun; a figure in words of another thing moves with its phrase.
#[test]
fn a_count_in_words_swapped_with_one_in_digits_of_one_noun_is_a_swap() {
    let en = "Between 2024 and 2025, gross available energy fell in 19 Member States and rose in 8.\n";
    let sv =
        "Mellan 2024 och 2025 minskade den tillgängliga bruttoenergin i åtta medlemsstater och ökade i 19.\n";
    assert_eq!(swapped(en, sv), ["numbers `19` and `8` stand in the opposite order in target: swapped?"]);
    let sv =
        "Mellan 2024 och 2025 minskade den tillgängliga bruttoenergin i 19 medlemsstater och ökade i åtta.\n";
    assert!(swapped(en, sv).is_empty());
    let en =
        "Rates ranged from below 10 per million in 11 countries to more than 100 per million in Estonia.\n";
    let sv = "I elva länder låg den under 10 per miljon, medan den översteg 100 per miljon i Estland.\n";
    assert!(swapped(en, sv).is_empty());
}

/// Two standards of a list, each with its year after a colon, trade places as references do;
/// the list kept in its order is no swap.
#[test]
fn standards_of_a_list_swapped_are_a_swap() {
    let en = "The methods for somatic and F-specific coliphages are EN ISO 10705-2:2001 and EN ISO 10705-1:2001 respectively.\n";
    let sv = "Metoderna för somatiska och F-specifika kolifager är EN ISO 10705-1:2001 respektive EN ISO 10705-2:2001.\n";
    assert_eq!(swapped(en, sv).len(), 1);
    let sv = "Metoderna för somatiska och F-specifika kolifager är EN ISO 10705-2:2001 respektive EN ISO 10705-1:2001.\n";
    assert!(swapped(en, sv).is_empty());
}
