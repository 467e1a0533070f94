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
