//! The direction of a bound: a relation word or symbol before a figure (`at least 30 %`,
//! `högst 30 %`, `p < 0.01`) must keep its direction in the translation, and whether it leaves
//! the figure out (`more than`) or takes it in (`minst`); a figure just under or over
//! (`knappt`, `drygt`) is near it, as one given roughly (`about`, `cirka`) is.

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
fn periods_and_negations_are_no_finding() {
    let en = "Batteries with a capacity of 20 kWh or more are covered. The rules are phased in over three years. The duty shall not be less than EUR 215 per 1 000 cigarettes.\n";
    let sv = "Batterier med en kapacitet på minst 20 kWh omfattas. Reglerna infasas under tre år. Punktskatten ska uppgå till minst 215 EUR per 1 000 cigaretter.\n";
    assert!(numbers(en, sv).is_empty());
}

#[test]
fn a_strict_bound_against_an_inclusive_one_is_reported() {
    let en = "Batteries with a capacity of more than 20 kWh are covered. A candidate is elected with more than 50% of the votes.\n";
    let sv = "Batterier med en kapacitet på minst 20 kWh omfattas. En kandidat väljs med minst 50 % av rösterna.\n";
    assert_eq!(
        numbers(en, sv),
        [
            "number `20` is a strict lower bound in source and an inclusive lower bound in target",
            "number `50%` is a strict lower bound in source and an inclusive lower bound in target",
        ]
    );
    let sv_faithful = "Batterier med en kapacitet på mer än 20 kWh omfattas. En kandidat väljs med över 50 % av rösterna.\n";
    assert!(numbers(en, sv_faithful).is_empty());
}

#[test]
fn a_figure_near_its_bound_or_given_roughly() {
    let en = "The holder gains protection of slightly less than three months. Some 44 million animals are moved, at a fee of about EUR 3,900.\n";
    let sv = "Innehavaren får ett skydd på knappt tre månader. Drygt 44 miljoner djur förflyttas, till en avgift på cirka 3 900 euro.\n";
    assert!(numbers(en, sv).is_empty());
    let sv = "Innehavaren får ett skydd på drygt tre månader. Drygt 44 miljoner djur förflyttas, till en avgift på över 3 900 euro.\n";
    assert_eq!(
        numbers(en, sv),
        [
            "number `three` is an upper bound in source and a lower bound in target",
            "number `EUR 3,900` is an approximation in source and a strict lower bound in target",
        ]
    );
}

/// The direction of a change: a word of change before or after a figure (`a fall of 16.4%`,
/// `1.4% more`) must keep its direction in the translation.
#[test]
fn a_reversed_change_is_reported() {
    let en = "Surrenders fell to 143, compared with 171 in 2023 (a fall of 16.4%). Deliveries reached 36 412 thousand tonnes, which is 1.4% more than a year earlier. Net removals have fallen by 36.7%.\n";
    let sv = "Antalet överlämnanden sjönk till 143, jämfört med 171 under 2023 (en ökning med 16,4 %). Leveranserna uppgick till 36 412 tusen ton, vilket är 1,4 % mindre än ett år tidigare. Nettoupptagen har alltså ökat med 36,7 %.\n";
    assert_eq!(
        numbers(en, sv),
        [
            "number `16.4%` is a fall in source and a rise in target",
            "number `1.4%` is a rise in source and a fall in target",
            "number `36.7%` is a fall in source and a rise in target",
        ]
    );
    let sv_faithful = "Antalet överlämnanden sjönk till 143, jämfört med 171 under 2023 (en minskning med 16,4 %). Leveranserna uppgick till 36 412 tusen ton, vilket är 1,4 % mer än ett år tidigare. Nettoupptagen har alltså minskat med 36,7 %.\n";
    assert!(numbers(en, sv_faithful).is_empty());
}

#[test]
fn one_figure_of_two_changes_given_in_the_other_order_is_no_finding() {
    let en = "Imports rose by 2% in the first half and fell by 2% in the second.\n";
    let sv =
        "Under andra halvåret minskade importen med 2 %, efter att ha ökat med 2 % under första halvåret.\n";
    assert!(numbers(en, sv).is_empty());
}

fn dates(en: &str, sv: &str) -> Vec<String> {
    run(en, sv).into_iter().filter(|f| f.rule.starts_with("date-")).map(|f| f.message).collect()
}

#[test]
fn a_reversed_limit_of_a_date_is_reported() {
    let en = "The threshold applies to applications lodged on or after 1 June 2025. The reports are due no later than 31 March 2026.\n";
    let sv = "Tröskeln tillämpas på ansökningar som lämnas in den 1 juni 2025 eller tidigare. Rapporterna ska lämnas in tidigast den 31 mars 2026.\n";
    assert_eq!(
        dates(en, sv),
        [
            "date `1 June 2025` is a lower bound in source and an upper bound in target",
            "date `31 March 2026` is an upper bound in source and a lower bound in target",
        ]
    );
    let sv_faithful = "Tröskeln tillämpas på ansökningar som lämnas in den 1 juni 2025 eller senare. Rapporterna ska lämnas in senast den 31 mars 2026.\n";
    assert!(dates(en, sv_faithful).is_empty());
}

#[test]
fn a_start_against_a_deadline_and_an_end_named_by_the_day_before_are_no_finding() {
    // The start of a period may be the deadline of the other version; a day that ends a
    // period without being part of it is the day before named as its last day, alone or as
    // the end of a range whose two days the other version names apart.
    let en = "From 1 June 2025, Member States shall ensure that registers are kept. The rates applicable before 1 July 2025 and since 1 August 1997 are published. Applications lodged before 1 July 2025 are covered. The scheme ran until 31 October 2027.\n";
    let sv = "Medlemsstaterna ska senast den 1 juni 2025 se till att register förs. De räntesatser som tillämpats från och med den 1 augusti 1997 till och med den 30 juni 2025 offentliggörs. Ansökningar som lämnats in till och med den 30 juni 2025 omfattas. Ordningen gällde till och med den 31 oktober 2027.\n";
    assert!(dates(en, sv).is_empty(), "{:?}", dates(en, sv));
}

#[test]
fn the_first_day_of_a_period_against_its_last_day_is_reported() {
    let en = "It shall apply until 17 July 2030. It shall apply from 17 July 2026.\n";
    let sv =
        "Den ska tillämpas till och med den 17 juli 2030. Den ska tillämpas från och med den 17 juli 2026.\n";
    assert!(dates(en, sv).is_empty(), "{:?}", dates(en, sv));
    let sv =
        "Den ska tillämpas från och med den 17 juli 2030. Den ska tillämpas till och med den 17 juli 2026.\n";
    assert_eq!(
        dates(en, sv),
        [
            "date `17 July 2030` is an upper bound in source and a lower bound in target",
            "date `17 July 2026` is a lower bound in source and an upper bound in target",
        ]
    );
    // A deadline is no last day of a period: the start may be either in the other version.
    // An end before the day is the opposite of a start on it.
    let sv = "Den ska tillämpas senast den 17 juli 2030. Den ska tillämpas före den 17 juli 2026.\n";
    let en = "It shall apply from 17 July 2030. It shall apply from 17 July 2026.\n";
    assert_eq!(
        dates(en, sv),
        ["date `17 July 2026` is a lower bound in source and an upper bound in target"]
    );
}

#[test]
fn a_changed_last_day_is_still_reported() {
    let en = "Applications lodged before 1 June 2025 are covered.\n";
    let sv = "Ansökningar som lämnats in till och med den 30 juni 2025 omfattas.\n";
    assert_eq!(dates(en, sv), ["date `1 June 2025` in source is `30 juni 2025` in target"]);
    // Both ends left out of their periods: the days must be equal.
    let sv = "Ansökningar som lämnats in före den 31 maj 2025 omfattas.\n";
    assert_eq!(dates(en, sv), ["date `1 June 2025` in source is `31 maj 2025` in target"]);
    // `until` names the last day: the day before it is another one.
    let en = "The scheme ran until 31 October 2027.\n";
    let sv = "Ordningen gällde till och med den 30 oktober 2027.\n";
    assert_eq!(dates(en, sv), ["date `31 October 2027` in source is `30 oktober 2027` in target"]);
    // A range whose last day is not the day before.
    let en = "The rates applicable before 1 July 2025 and since 1 August 1997 are published.\n";
    let sv = "De räntesatser som tillämpats från och med den 1 augusti 1997 till och med den 29 juni 2025 offentliggörs.\n";
    assert!(!dates(en, sv).is_empty());
}
