//! Command-line interface (clap derive): one file per subcommand.
//!
//! Output never goes through `print!`/`println!`/`eprintln!` (they panic
//! when the stream fails, e.g. `valida disasm x | head`): text for stdout
//! goes through a locked, buffered writer and its errors are propagated to
//! [`write_failed`]; diagnostics go through [`diag!`].

/// `eprintln!` that cannot panic: a diagnostic that cannot be written
/// (stderr closed, or a pipe whose reader went away) is dropped, and the
/// exit status still tells what happened.
macro_rules! diag {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod asm;
mod bench;
mod debug;
mod debug_dap;
mod failure;
mod profile_out;
mod disasm;
mod prove;
mod run;
mod rv32;

use std::io::{self, BufWriter, ErrorKind, Write};
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
    /// Debug an ELF executable: breakpoints, stepping by source line,
    /// variables (terminal commands on stdin, or the Debug Adapter Protocol).
    Debug(debug::DebugArgs),
    /// Assemble a .s file into an ELF executable.
    Asm(asm::AsmArgs),
    /// Disassemble an ELF executable.
    Disasm(disasm::DisasmArgs),
    /// Measure interpreter speed (M instructions/s) on built-in programs.
    Bench(bench::BenchArgs),
    /// The RV32IM co-emulator: run or disassemble RISC-V executables.
    Rv32(rv32::Rv32Args),
    /// Prove a run with the installed official Valida v1.0 prover.
    Prove(prove::ProveArgs),
    /// Verify a proof with the installed official Valida v1.0 verifier.
    Verify(prove::VerifyArgs),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Run(args) => run::exec(args),
        Command::Debug(args) => debug::exec(args),
        Command::Asm(args) => asm::exec(args),
        Command::Disasm(args) => disasm::exec(args),
        Command::Bench(args) => bench::exec(args),
        Command::Rv32(args) => rv32::exec(args),
        Command::Prove(args) => prove::exec_prove(args),
        Command::Verify(args) => prove::exec_verify(args),
    };
    ExitCode::from(status)
}

/// Status for failures of the host side (files, memory mapping).
pub const HOST_ERROR: u8 = 4;
/// Status for invalid executables or assembly.
pub const INPUT_ERROR: u8 = 3;

/// Status when the reader of valida's output went away (EPIPE: `valida
/// disasm x | head`) and valida stops early because of it. Rust ignores
/// SIGPIPE, so a write fails with `BrokenPipe` instead of killing the
/// process (the shell's 141). Like ripgrep, valida then stops writing and
/// exits quietly with success: the reader chose to stop reading, which is
/// not a failure. Output written after a program has finished (`--stats`,
/// `rv32 run`'s output) keeps the program's status instead.
pub const BROKEN_PIPE: u8 = 0;

/// Reads a file or reports it; `None` means the error was printed.
fn read_file(path: &std::path::Path) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Some(b),
        Err(e) => {
            diag!("valida: cannot read {}: {e}", path.display());
            None
        }
    }
}

/// Runs `write` on a locked, buffered stdout, then flushes it.
fn write_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    write(&mut out)?;
    out.flush()
}

/// Runs `write` on a locked, buffered stderr, then flushes it.
fn write_stderr(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut err = BufWriter::new(io::stderr().lock());
    write(&mut err)?;
    err.flush()
}

/// Exit status for a failed write of `what` (e.g. "disassembly to
/// stdout"): [`BROKEN_PIPE`], quietly, if the reader went away; otherwise
/// one line on stderr and [`HOST_ERROR`].
fn write_failed(what: &str, e: &io::Error) -> u8 {
    if e.kind() == ErrorKind::BrokenPipe {
        return BROKEN_PIPE;
    }
    diag!("valida: cannot write {what}: {e}");
    HOST_ERROR
}

/// Checks a write of `what` made after the program finished: `true` if it
/// failed with a host error (reported in one line). A closed pipe is not
/// one: the program's status stands.
fn late_write_failed(what: &str, written: io::Result<()>) -> bool {
    match written {
        Ok(()) => false,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => false,
        Err(e) => {
            diag!("valida: cannot write {what}: {e}");
            true
        }
    }
}
