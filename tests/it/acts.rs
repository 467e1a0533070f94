//! Acts cited with less than their full name: by number alone, without a domain or a kind.

use crate::support::run;

fn legal(en: &str, sv: &str) -> Vec<String> {
    run(en, sv).into_iter().filter(|f| f.rule.starts_with("legal-")).map(|f| f.message).collect()
}

#[test]
fn an_act_without_its_domain_is_the_act_of_that_number() {
    let en = "Subject: Case M.11482 under Council Regulation No 139/2004.\n";
    let sv = "Ärende: ärende M.11482 enligt rådets förordning (EG) nr 139/2004.\n";
    assert!(legal(en, sv).is_empty());
    let changed = "Ärende: ärende M.11482 enligt rådets förordning (EG) nr 193/2004.\n";
    assert_eq!(legal(en, changed).len(), 1);
}

#[test]
fn an_act_quoted_without_its_kind_is_the_act_of_that_number() {
    let en = "EFSA adopted its opinion 'Safety of beta-lactoglobulin as a novel food pursuant to Regulation (EU) 2015/2283'.\n";
    let sv = "Efsa antog sitt yttrande ”Safety of beta-lactoglobulin as a novel food pursuant to Regulation (EU) 2015/2283”.\n";
    assert!(legal(en, sv).is_empty());
    let changed = "Efsa antog sitt yttrande ”Safety of beta-lactoglobulin as a novel food pursuant to Regulation (EU) 2015/2238”.\n";
    assert_eq!(legal(en, changed).len(), 1);
}
