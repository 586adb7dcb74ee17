//! `valida-cc`: the command-line entry point. The pass-through modes
//! (`cargo`, `rust-link`, `rustc-wrapper`) get their arguments untouched; a
//! command line starting with another subcommand (`run`, `compare`, …) is
//! read by clap; any other is a clang-style build, read as clang reads it
//! (`cli::parse`).

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use valida_cc::cli::{Cli, Command, ParseOutcome, SUBCOMMANDS};
use valida_cc::commands::{build, run};
use valida_cc::error::Error;

/// The pass-through modes get their arguments exactly as given: clap would
/// swallow the `--` of `cargo run -- ARGS`, and rustc's `-Wl,-O1` of release
/// builds must reach the link step.
fn pass_through(args: &[OsString]) -> Option<valida_cc::error::Result<i32>> {
    let rest = args.get(2..).unwrap_or_default();
    match args.get(1)?.to_str()? {
        "cargo" => Some(valida_cc::rust::cargo::exec_cargo(rest)),
        "rust-link" => Some(valida_cc::rust::cargo::exec_link(rest)),
        "rustc-wrapper" => Some(valida_cc::rust::cargo::exec_rustc_wrapper(rest)),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let first = args.get(1).and_then(|a| a.to_str());
    let result = if let Some(result) = pass_through(&args) {
        result
    } else if first.is_some_and(|a| SUBCOMMANDS.contains(&a)) {
        let cli = Cli::parse_from(&args);
        match &cli.command {
            Command::Run(args) => run::exec(args),
            Command::Cargo(args) => valida_cc::rust::cargo::exec_cargo(&args.args),
            Command::RustLink(args) => valida_cc::rust::cargo::exec_link(&args.args),
            Command::RustcWrapper(args) => valida_cc::rust::cargo::exec_rustc_wrapper(&args.args),
            Command::Compare(args) => valida_cc::commands::compare::exec(args),
            Command::Bench(args) => valida_cc::compare::bench::exec(args),
        }
    } else {
        match valida_cc::cli::parse(args.into_iter().skip(1).collect()) {
            Ok(ParseOutcome::Help) => {
                let _ = Cli::command().print_help();
                return ExitCode::SUCCESS;
            }
            Ok(ParseOutcome::Build(b)) => build::exec(&b),
            Err(e) => Err(e),
        }
    };
    match result {
        Ok(status) => ExitCode::from((status & 0xff) as u8),
        // `valida-cc -S -o - f.c | head`: the reader went away; nothing to say.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(141)
        }
        Err(e) => {
            // Linker errors come as several lines, each an error of its own.
            eprintln!("valida-cc: error: {e}");
            ExitCode::from(1)
        }
    }
}
