//! Counts of time named by a word: English `one year` states a count the translation must
//! carry, while `a year` and Swedish `ett år` may be articles.

use crate::support::run;

fn numbers(en: &str, sv: &str) -> Vec<String> {
    run(en, sv).into_iter().filter(|f| f.rule.starts_with("number-")).map(|f| f.message).collect()
}

#[test]
fn one_year_left_out_is_reported_beside_a_bare_one() {
    let en = "Latvia should report on recommendations 1, 3 and 6 within three months, and on all other recommendations within one year, of the adoption.\n";
    let sv = "Lettland bör rapportera om rekommendationerna 1, 3 och 6 inom tre månader från antagandet.\n";
    assert_eq!(numbers(en, sv), ["number `one year` in source has no counterpart in target"]);
    let sv_whole = "Lettland bör rapportera om rekommendationerna 1, 3 och 6 inom tre månader och om övriga inom ett år från antagandet.\n";
    assert!(numbers(en, sv_whole).is_empty());
}

#[test]
fn a_year_and_one_week_in_six_may_go_unwritten() {
    let en = "The plan is reviewed after a year. Staff are on call on average one week in six.\n";
    let sv = "Planen ses över efter tolv månader. Personalen har jour i genomsnitt var sjätte vecka.\n";
    assert!(numbers(en, sv).is_empty());
    let sv_yearly = "Planen ses över årligen. Personalen har jour i genomsnitt var sjätte vecka.\n";
    assert!(numbers(en, sv_yearly).is_empty());
}
