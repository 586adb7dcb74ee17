//! Command-line interface (clap derive): one file per subcommand.

mod asm;
mod bench;
mod disasm;
mod run;
mod rv32;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Valida v1.0 VM: run, assemble, disassemble and benchmark programs.
#[derive(Parser)]
#[command(name = "valida", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run an ELF executable.
    Run(run::RunArgs),
    /// Assemble a .s file into an ELF executable.
    Asm(asm::AsmArgs),
    /// Disassemble an ELF executable.
    Disasm(disasm::DisasmArgs),
    /// Measure interpreter speed (M instructions/s) on built-in programs.
    Bench(bench::BenchArgs),
    /// The RV32IM co-emulator: run or disassemble RISC-V executables.
    Rv32(rv32::Rv32Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Run(args) => run::exec(args),
        Command::Asm(args) => asm::exec(args),
        Command::Disasm(args) => disasm::exec(args),
        Command::Bench(args) => bench::exec(args),
        Command::Rv32(args) => rv32::exec(args),
    };
    ExitCode::from(status)
}

/// Status for failures of the host side (files, memory mapping).
pub const HOST_ERROR: u8 = 4;
/// Status for invalid executables or assembly.
pub const INPUT_ERROR: u8 = 3;

/// Reads a file or reports it; `None` means the error was printed.
fn read_file(path: &std::path::Path) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Some(b),
        Err(e) => {
            eprintln!("valida: cannot read {}: {e}", path.display());
            None
        }
    }
}
