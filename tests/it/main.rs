//! Integration tests: the real pipeline and the real binary on the real fixtures.

mod acts;
mod baseline;
mod cli;
mod counts;
mod expected;
mod formats;
mod mutation;
mod omission;
mod pairs;
mod relations;
mod support;
mod swaps;
mod tidy;
