//! The `tvilling` binary: a thin layer over the library.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use cli::args::{Args, Command};

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { cli::exit::BAD_INPUT } else { cli::exit::OK });
        }
    };
    // Everything is rendered in memory first, so an error leaves no partial output.
    let mut out = Vec::new();
    let result = match &args.command {
        Command::Check(a) => cli::check(a, &mut out),
        Command::Align(a) => cli::align(a, &mut out),
        Command::Segment(a) => cli::segment(a, &mut out),
        Command::Parse(a) => cli::parse(a, &mut out),
        Command::Batch(a) => cli::batch::run(a),
        Command::Rules => cli::rules(&mut out),
        Command::Explain { rule } => cli::explain(rule, &mut out),
    };
    match result {
        Ok(code) => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&out).and_then(|()| stdout.flush()) {
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("tvilling: cannot write the output: {e}");
                    ExitCode::from(cli::exit::BAD_INPUT)
                }
                _ => ExitCode::from(code),
            }
        }
        Err(e) => {
            eprintln!("tvilling: {e:#}");
            ExitCode::from(cli::exit::BAD_INPUT)
        }
    }
}
