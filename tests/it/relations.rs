//! The direction of a bound: a relation word or symbol before a figure (`at least 30 %`,
//! `högst 30 %`, `p < 0.01`) must keep its direction in the translation; strict and
//! non-strict relations are one direction.

use crate::support::run;

fn numbers(en: &str, sv: &str) -> Vec<String> {
    run(en, sv).into_iter().filter(|f| f.rule.starts_with("number-")).map(|f| f.message).collect()
}

#[test]
fn a_reversed_bound_is_reported() {
    let en = "At least 30% of the allocation contributes to climate objectives. The adjustment applies when the spread exceeds 85 basis points. The increase was significant (p < 0.01).\n";
    let sv = "Högst 30 % av tilldelningen bidrar till klimatmålen. Justeringen tillämpas när spreaden understiger 85 baspunkter. Ökningen var signifikant (p > 0,01).\n";
    assert_eq!(
        numbers(en, sv),
        [
            "number `30%` is a lower bound in source and an upper bound in target",
            "number `85 basis points` is a lower bound in source and an upper bound in target",
            "number `0.01` is an upper bound in source and a lower bound in target",
        ]
    );
    let sv_faithful = "Minst 30 % av tilldelningen bidrar till klimatmålen. Justeringen tillämpas när spreaden överstiger 85 baspunkter. Ökningen var signifikant (p < 0,01).\n";
    assert!(numbers(en, sv_faithful).is_empty());
}

#[test]
fn strictness_periods_and_negations_are_no_finding() {
    let en = "Batteries with a capacity of more than 20 kWh are covered. The rules are phased in over three years. The duty shall not be less than EUR 215 per 1 000 cigarettes.\n";
    let sv = "Batterier med en kapacitet på minst 20 kWh omfattas. Reglerna infasas under tre år. Punktskatten ska uppgå till minst 215 EUR per 1 000 cigaretter.\n";
    assert!(numbers(en, sv).is_empty());
}
