//! `valida-cc`: the command-line entry point.

use std::process::ExitCode;

use valida_cc::cli::{Cli, Command};
use valida_cc::commands::{build, run};

fn main() -> ExitCode {
    let cli = Cli::parse_clang_like(std::env::args_os());
    let result = match &cli.command {
        None => build::exec(&cli.build),
        Some(Command::Run(args)) => run::exec(args),
        Some(Command::Cargo(args)) => valida_cc::rust::cargo::exec_cargo(&args.args),
        Some(Command::RustLink(args)) => valida_cc::rust::cargo::exec_link(&args.args),
        Some(Command::Compare(args)) => valida_cc::commands::compare::exec(args),
        Some(Command::Bench(args)) => valida_cc::compare::bench::exec(args),
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
