//! The one table of rules: `tvilling rules`, `explain`, SARIF and the README read it.

use super::Rule;

/// Every rule, sorted by name.
pub const RULES: &[&Rule] = &[];

pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.name == name)
}
