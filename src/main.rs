//! `gridcore`: one command per job — Verilog, co-simulation, vector runs, synthesis, benchmarks.
//!
//! The binary is thin: every job lives in a library crate (`testbenches::jobs`, which calls
//! `fpga` for synthesis); `cli` parses arguments and prints reports, and this file turns every
//! failure into a one-line `error: ...` and a non-zero exit.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                print!("{e}");
                return ExitCode::SUCCESS;
            }
            // One line: clap's first line names the problem; `--help` has the rest.
            let text = e.to_string();
            let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            let mut first = lines.next().unwrap_or("invalid arguments").to_string();
            // "the following required arguments were not provided:" names them on the next line.
            if first.ends_with(':') {
                if let Some(next) = lines.next() {
                    first = format!("{first} {next}");
                }
            }
            eprintln!("{first} (see gridcore --help)");
            return ExitCode::from(2);
        }
    };
    match cli::dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', " ");
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}
