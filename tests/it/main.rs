//! Integration tests: the real pipeline and the real binary on the real fixtures.

mod cli;
mod mutation;
mod support;
