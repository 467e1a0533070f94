//! Named exit codes.

/// Nothing at or above the --fail-on threshold.
pub const OK: u8 = 0;
/// Findings at or above the threshold.
pub const FINDINGS: u8 = 1;
/// Usage or input error.
pub const BAD_INPUT: u8 = 2;
