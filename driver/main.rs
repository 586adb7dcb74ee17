//! `valida-cc`: the command-line entry point.

use std::ffi::OsString;
use std::process::ExitCode;

use valida_cc::cli::{Cli, Command};
use valida_cc::commands::{build, run};

/// The pass-through modes (`cargo`, `rust-link`, `rustc-wrapper`) get their
/// arguments exactly as given: no clang-style rewriting (which drops
/// `-Wl,…`, e.g. rustc's `-Wl,-O1` of release builds) and no clap parsing
/// (which swallows the `--` of `cargo run -- ARGS`).
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
    let result = match pass_through(&args) {
        Some(result) => result,
        None => {
            let cli = Cli::parse_clang_like(args);
            match &cli.command {
                None => build::exec(&cli.build),
                Some(Command::Run(args)) => run::exec(args),
                // Reached only when something precedes the subcommand.
                Some(Command::Cargo(args)) => valida_cc::rust::cargo::exec_cargo(&args.args),
                Some(Command::RustLink(args)) => valida_cc::rust::cargo::exec_link(&args.args),
                Some(Command::RustcWrapper(args)) => {
                    valida_cc::rust::cargo::exec_rustc_wrapper(&args.args)
                }
                Some(Command::Compare(args)) => valida_cc::commands::compare::exec(args),
                Some(Command::Bench(args)) => valida_cc::compare::bench::exec(args),
            }
        }
    };
    match result {
        Ok(status) => ExitCode::from((status & 0xff) as u8),
        Err(e) => {
            let text = e.to_string();
            // Linker errors come as several lines, each an error of its own.
            eprintln!("valida-cc: error: {text}");
            ExitCode::from(1)
        }
    }
}
