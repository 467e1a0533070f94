//! `date-mismatch`: a date that differs between the aligned passages.

use crate::check::context::PairCtx;
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::ValueKind;

pub(crate) const RULE: Rule = Rule {
    name: "date-mismatch",
    category: Category::Dates,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a date in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/date-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Date, "date", &RULE, out);
    year_parts_differ(ctx, out);
    weekdays_differ(ctx, out);
    zones_differ(ctx, out);
    super::value_common::bounds_differ(ctx, ValueKind::Date, "date", &RULE, out);
}

/// What two date keys name alike where one of them is of no year: `"day"` for one day and
/// month (`day:03-30` against `date:2027-03-30`), `"month"` for one month (`month:--10`
/// against `month:2025-10`). A date of a list whose year the tool did not carry to it, or a
/// year the translation leaves out, where nothing says the year differs. A day or a month
/// changed is no such pair (`day:03-30` against `date:2027-03-31`, `month:--10` against
/// `month:2025-11`).
pub(crate) fn same_date_of_any_year(a: &str, b: &str) -> Option<&'static str> {
    let day_of_any_year = |bare: &str, dated: &str| {
        bare.strip_prefix("day:").is_some_and(|day| {
            dated.strip_prefix("date:").is_some_and(|date| date.len() == 10 && date.get(5..) == Some(day))
        })
    };
    let month_of_any_year = |bare: &str, dated: &str| {
        bare.strip_prefix("month:--").is_some_and(|month| {
            dated.strip_prefix("month:").is_some_and(|year_month| {
                year_month.len() == 7
                    && year_month.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && year_month.get(5..) == Some(month)
            })
        })
    };
    if day_of_any_year(a, b) || day_of_any_year(b, a) {
        Some("day")
    } else if month_of_any_year(a, b) || month_of_any_year(b, a) {
        Some("month")
    } else {
        None
    }
}

/// The days of the week a date's `detail` may name.
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Flags one date given on two days of the week (`Friday 13 November 2026` against
/// `torsdagen den 13 november 2026`): one of them is wrong.
fn weekdays_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_day), Some(tgt_day)) = (src_value.detail.as_deref(), tgt_value.detail.as_deref())
        else {
            continue;
        };
        if src_value.kind != ValueKind::Date
            || src_day == tgt_day
            || !WEEKDAYS.contains(&src_day)
            || !WEEKDAYS.contains(&tgt_day)
        {
            continue;
        }
        let capital = |day: &str| day.get(..1).unwrap_or("").to_uppercase() + day.get(1..).unwrap_or("");
        let message = format!(
            "date `{}` is a {} in source and a {} in target",
            input.surface(Side::Source, s),
            capital(src_day),
            capital(tgt_day)
        );
        let key = ["weekday", src_value.key.as_str(), src_day, tgt_day];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags one year named with different parts of it on the two sides (`mid-2026` against
/// `i slutet av 2026`, `spring 2026` against `hösten 2026`), as a warning. A part named on
/// one side only is a way of translating, and a season against a part of the year (`autumn`,
/// `the end of`) is left alone: they may mean the same time.
fn year_parts_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    const SEASONS: [&str; 4] = ["spring", "summer", "autumn", "winter"];
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_part), Some(tgt_part)) = (&src_value.detail, &tgt_value.detail) else {
            continue;
        };
        let season = |part: &str| SEASONS.contains(&part);
        if src_value.kind != ValueKind::Date
            || is_time(&src_value.key)
            || src_part == tgt_part
            || season(src_part) != season(tgt_part)
            || WEEKDAYS.contains(&src_part.as_str())
            || WEEKDAYS.contains(&tgt_part.as_str())
        {
            continue;
        }
        let (src_name, tgt_name) = if season(src_part) {
            (format!("the {src_part}"), format!("the {tgt_part}"))
        } else {
            (format!("the {src_part} of the year"), format!("the {tgt_part} of it"))
        };
        let message =
            format!("date `{}` names {src_name} in source and {tgt_name} in target", src_value.display);
        let key = ["part", src_value.key.as_str(), src_part, tgt_part];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}

/// Whether a key is a time of day or a range of times, whose `detail` is its time zone.
fn is_time(key: &str) -> bool {
    key.starts_with("time:") || key.starts_with("range:") && key.as_bytes().get(8) == Some(&b':')
}

/// Flags one time given in two time zones (`17:00 CET` against `kl. 17.00 CEST`), as a
/// warning: an hour's difference that no figure shows. A zone named on one side only is a
/// way of translating (`Brussels time` = `CET`).
fn zones_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_zone), Some(tgt_zone)) = (src_value.detail.as_deref(), tgt_value.detail.as_deref())
        else {
            continue;
        };
        if src_value.kind != ValueKind::Date || !is_time(&src_value.key) || src_zone == tgt_zone {
            continue;
        }
        let message = format!(
            "time `{}` is given in {src_zone} in source and in {tgt_zone} in target",
            input.surface(Side::Source, s)
        );
        let key = ["zone", src_value.key.as_str(), src_zone, tgt_zone];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}

#[cfg(test)]
mod tests {
    use super::same_date_of_any_year;

    fn findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of("date-", en, sv)
    }

    #[test]
    fn one_twelve_hour_word_for_a_range_of_times() {
        let en = "A technical rehearsal is offered on Sunday 22 November between 3 and 5 p.m.";
        let sv = "En teknisk genomgång erbjuds söndagen den 22 november mellan kl. 15.00 och 17.00.";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("17.00", "18.00")).len(), 1);
        let en = "*Side event, 1:30–2:15 p.m., Room JDE 62: presentation of the report.*";
        let sv = "*Sidoevenemang kl. 13.30–14.15 i rum JDE 62: presentation av rapporten.*";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("13.30", "1.30")).len(), 1);
    }

    #[test]
    fn a_range_of_dates_over_weekdays() {
        let en = "The consultation ran for 12 weeks from Monday 14 April 2025 to Monday 7 July 2025.";
        let sv = "Samrådet pågick i tolv veckor, från måndagen den 14 april till måndagen den 7 juli 2025.";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        // A weekday changed is still found, as the dates stay apart.
        assert_eq!(findings(en, &sv.replace("från måndagen", "från tisdagen")).len(), 1);
        assert_eq!(findings(en, &sv.replace("14 april", "15 april")).len(), 1);
    }

    #[test]
    fn abbreviated_weekdays_and_zones_in_a_table() {
        let en = "| Date | Step |\n| --- | --- |\n| Thu 22 Oct 2026, 14.00 CEST | Online briefing |\n\
                  | Fri 13 Nov 2026 | Confirmations sent |\n";
        let sv = "| Datum | Moment |\n| --- | --- |\n| tors. 22 okt. 2026 kl. 14.00 CEST | Genomgång |\n\
                  | fre. 13 nov. 2026 | Bekräftelser skickas |\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("fre.", "tors.")).len(), 1);
        assert_eq!(findings(en, &sv.replace("14.00 CEST", "14.00 CET")).len(), 1);
    }

    #[test]
    fn a_day_of_no_year_is_the_same_day_of_a_year() {
        assert_eq!(same_date_of_any_year("day:03-30", "date:2027-03-30"), Some("day"));
        assert_eq!(same_date_of_any_year("date:2026-02-24", "day:02-24"), Some("day"));
        // A day or a month changed stays a mismatch.
        assert_eq!(same_date_of_any_year("day:03-30", "date:2027-03-31"), None);
        assert_eq!(same_date_of_any_year("day:03-30", "date:2027-04-30"), None);
        // Two days of no year, or two years, are compared as they are.
        assert_eq!(same_date_of_any_year("day:03-30", "day:03-30"), None);
        assert_eq!(same_date_of_any_year("date:2026-03-30", "date:2027-03-30"), None);
        assert_eq!(same_date_of_any_year("day:03-30", "month:2027-03"), None);
    }

    #[test]
    fn a_month_of_no_year_is_the_same_month_of_a_year() {
        assert_eq!(same_date_of_any_year("month:--10", "month:2025-10"), Some("month"));
        assert_eq!(same_date_of_any_year("month:2025-10", "month:--10"), Some("month"));
        // Another month, two months of no year, or a month against a day stay mismatches.
        assert_eq!(same_date_of_any_year("month:--10", "month:2025-11"), None);
        assert_eq!(same_date_of_any_year("month:--10", "month:--10"), None);
        assert_eq!(same_date_of_any_year("month:--10", "date:2025-10-03"), None);
        assert_eq!(same_date_of_any_year("month:2024-10", "month:2025-10"), None);
    }
    #[test]
    fn a_span_of_years_in_words_and_its_years_apart() {
        let en = "The Union's share fell from 22% in 2013 to 12% in 2023, while that of China rose.\n";
        let sv = "Unionens andel sjönk mellan 2013 och 2023 från 22 % till 12 %, medan Kinas ökade.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        // A bound changed is still found.
        assert!(!findings(en, &sv.replace("och 2023", "och 2022")).is_empty());
        assert!(!findings(en, &sv.replace("mellan 2013", "mellan 2012")).is_empty());
        // A period written with a dash is no two years named apart.
        let sv_dash = "Unionens andel sjönk under 2013–2023 från 22 % till 12 %, medan Kinas ökade.\n";
        assert!(!findings(en, sv_dash).is_empty());
    }

    #[test]
    fn the_same_period_a_year_before_made_explicit() {
        let en = "In June 2025 alone, exports amounted to EUR 19.6 bn (-1.8% year on year).\n";
        let sv =
            "Enbart i juni 2025 uppgick exporten till 19,6 miljarder euro (−1,8 % jämfört med juni 2024).\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        let sv_year =
            "Enbart i juni 2025 uppgick exporten till 19,6 miljarder euro (−1,8 % jämfört med 2024).\n";
        assert!(findings(en, sv_year).is_empty(), "{:?}", findings(en, sv_year));
        // Another period is reported.
        assert_eq!(findings(en, &sv.replace("juni 2024", "juni 2023")).len(), 1);
        assert_eq!(findings(en, &sv.replace("juni 2024", "maj 2024")).len(), 1);
    }

    #[test]
    fn a_year_in_brackets_is_no_period_to_count_back_from() {
        let en = "Payments reached EUR 44.02 million, a rate of 82.4% (2024: 79.8%), 2.6 percentage points above the previous year.\n";
        let sv = "Betalningarna uppgick till 44,02 miljoner euro, en genomförandegrad på 82,4 % (79,8 % 2024). Det är 2,6 procentenheter mer än föregående år.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("% 2024)", "% 2023)")).len(), 1);
        // Words in the same bracket count back from its year.
        let en = "Payments reached EUR 44.02 million (2024: 79.8%, 2.6 points above the previous year).\n";
        let sv =
            "Betalningarna uppgick till 44,02 miljoner euro (79,8 % 2024, 2,6 procentenheter mer än 2023).\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
    }

    #[test]
    fn a_period_counted_from_a_day_against_one_ending_before_it() {
        let en =
            "Registers shall be converted into the national registers within 36 months of 1 April 2029.\n";
        let sv = "Registren ska inom 36 månader från och med den 1 april 2029 omvandlas till de nationella registren.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        let sv_after = sv.replace("från och med den", "efter den");
        assert!(findings(en, &sv_after).is_empty(), "{:?}", findings(en, &sv_after));
        assert_eq!(findings(en, &sv.replace("från och med den", "före den")).len(), 1);
        // The start of a period may still be the deadline the other version sets.
        let en = "From 1 June 2025, Member States shall ensure that the registers are converted.\n";
        let sv = "Senast den 1 juni 2025 ska medlemsstaterna se till att registren omvandlas.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("Senast den", "Före den")).len(), 1);
    }

    #[test]
    fn part_sessions_named_by_their_month() {
        let en = "The motion will be put to the vote at the May II part-session of the Parliament.\n";
        let sv =
            "Resolutionsförslaget ska gå till omröstning under sammanträdesperioden maj II i parlamentet.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("maj II", "juni II")).len(), 1);
        let en = "The vote in plenary is scheduled for the April I 2026 session of the Parliament.\n";
        let sv = "Omröstningen i plenum är planerad till sammanträdesperioden april I 2026 i parlamentet.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("april I", "juli I")).len(), 1);
        // The part-session of a month named otherwise is no finding.
        let sv = "Omröstningen i plenum är planerad till aprilsessionen 2026 i parlamentet.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
    }

    #[test]
    fn a_month_of_the_year_of_writing() {
        // With the year of writing the datelines give.
        let en = "Brussels, 9 March 2026\n\nWe will apply border procedures under the Pact as of June this year.\n";
        let sv = "Bryssel den 9 mars 2026\n\nVi kommer att tillämpa gränsförfaranden enligt pakten från och med juni i år.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert!(findings(en, &sv.replace("juni i år", "juni 2026")).is_empty());
        // A month of no year against it: its year given on one side only (a warning).
        assert_eq!(findings(en, &sv.replace("från och med juni i år", "från och med juni")).len(), 1);
        assert_eq!(findings(en, &sv.replace("juni i år", "augusti i år")).len(), 1);
        // With none: the month is still compared.
        let en = "We will apply border procedures under the Pact as of June this year.\n";
        let sv = "Vi kommer att tillämpa gränsförfaranden enligt pakten från och med juni i år.\n";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        assert_eq!(findings(en, &sv.replace("juni i år", "augusti i år")).len(), 1);
    }
}
