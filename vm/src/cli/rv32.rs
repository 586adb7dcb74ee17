//! `valida rv32`: the RV32IM co-emulator, for comparing the same program
//! compiled by LLVM's RISC-V backend.

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use valida_vm::rv32im::{self, Outcome, RunOptions};

use super::{
    HOST_ERROR, INPUT_ERROR, late_write_failed, read_file, write_failed, write_stderr, write_stdout,
};

#[derive(Args)]
pub struct Rv32Args {
    #[command(subcommand)]
    action: Rv32Action,
}

#[derive(Subcommand)]
enum Rv32Action {
    /// Run an RV32IM ELF executable (Linux syscalls write/read/exit).
    Run(RunArgs),
    /// Disassemble an RV32IM ELF executable.
    Disasm {
        /// ELF executable.
        program: PathBuf,
    },
}

#[derive(Args)]
struct RunArgs {
    /// ELF executable.
    program: PathBuf,
    /// Bytes for fd 0: a file, or `-` for stdin (default: stdin).
    #[arg(long, value_name = "FILE|-")]
    input: Option<String>,
    /// Stop after N instructions (exit status 118).
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
    /// Print instruction counts, wall time and speed to stderr.
    #[arg(long)]
    stats: bool,
}

pub fn exec(args: Rv32Args) -> u8 {
    match args.action {
        Rv32Action::Run(run) => exec_run(run),
        Rv32Action::Disasm { program } => {
            let Some(program) = load(&program) else {
                return INPUT_ERROR;
            };
            match write_stdout(|out| out.write_all(rv32im::disassemble(&program).as_bytes())) {
                Ok(()) => 0,
                Err(e) => write_failed("disassembly to stdout", &e),
            }
        }
    }
}

fn load(path: &std::path::Path) -> Option<rv32im::Program> {
    let bytes = read_file(path)?;
    match rv32im::load_elf(&bytes) {
        Ok(p) => Some(p),
        Err(e) => {
            diag!("valida rv32: {}: {e}", path.display());
            None
        }
    }
}

fn exec_run(args: RunArgs) -> u8 {
    let Some(program) = load(&args.program) else {
        return INPUT_ERROR;
    };
    // The emulator takes its input up front; fd 0 reads from this buffer.
    let mut input = Vec::new();
    let read = match args.input.as_deref() {
        None | Some("-") => std::io::stdin().read_to_end(&mut input),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut input)),
    };
    if let Err(e) = read {
        diag!("valida rv32: cannot read input: {e}");
        return HOST_ERROR;
    }
    let options = RunOptions {
        max_steps: args.max_steps.unwrap_or(u64::MAX),
    };
    let report = rv32im::run_program(&program, &input, &options);
    // The program has finished: a closed pipe does not change its status,
    // other failing writes are host errors (each stream is still tried).
    let mut host_error = late_write_failed(
        "program output to stdout",
        write_stdout(|out| out.write_all(&report.output)),
    );
    host_error |= late_write_failed(
        "program error output to stderr",
        write_stderr(|err| err.write_all(&report.stderr)),
    );
    match &report.outcome {
        Outcome::Exited { .. } => {}
        Outcome::Trapped(trap) => {
            diag!("valida rv32: {trap}");
            let _ = write_stderr(|err| write!(err, "{}", trap.register_dump()));
        }
        Outcome::StepLimit => diag!("valida rv32: step limit of {} reached", options.max_steps),
    }
    if args.stats {
        host_error |= late_write_failed(
            "statistics to stderr",
            write_stderr(|err| write!(err, "{}", report.stats_text())),
        );
    }
    if host_error {
        HOST_ERROR
    } else {
        report.outcome.exit_status()
    }
}
