//! Valida v1.0 virtual machine, assembler and disassembler.
//!
//! The usual entry point for other crates is [`run_elf`]:
//!
//! ```no_run
//! let elf = std::fs::read("prog").unwrap();
//! let report = valida_vm::run_elf(&elf, b"input", &valida_vm::RunOptions::default()).unwrap();
//! assert_eq!(report.outcome, valida_vm::Outcome::Stopped { exit_code: 0 });
//! println!("{}", String::from_utf8_lossy(&report.output));
//! ```

pub mod asm;
pub mod batch;
pub mod bench;
pub mod cost;
pub mod debugger;
pub mod debuginfo;
pub mod elf_writer;
pub mod error;
pub mod exec;
pub mod interrupt;
pub mod isa;
pub mod jit;
pub mod loader;
pub mod memory;
pub mod profile;
pub mod program;
pub mod report;
pub mod rv32im;
pub mod trap;

use std::time::Instant;

pub use asm::assemble_to_elf;
pub use asm::listing::disassemble;
pub use error::Error;
pub use exec::{DEFAULT_INITIAL_FP, Io, Machine, RunOptions};
pub use loader::{LoadError, load_elf};
pub use program::Program;
pub use report::{Outcome, RunReport};
pub use trap::{Trap, TrapKind};

/// Runs a loaded program with `input` as advice; output is collected in
/// the report. The program runs compiled ([`jit`]) where the host allows,
/// else in the interpreter: the report is the same either way.
pub fn run_program(
    program: Program,
    input: &[u8],
    options: &RunOptions,
) -> Result<RunReport, Error> {
    let started = Instant::now();
    let mut machine = Machine::new(program, options)?;
    let mut input = input;
    let mut output = Vec::new();
    let outcome = jit::run(&mut machine, &mut Io::new(&mut input, &mut output)).0?;
    Ok(machine.report(outcome, output, started))
}

/// Runs a loaded program with program arguments (`args[0]` is its name;
/// docs/abi.md, "argv"); its stderr goes to `stderr`, or to the host's
/// stderr when `None`. Compiled where the host allows, as [`run_program`].
pub fn run_program_with(
    program: Program,
    input: &[u8],
    args: &[Vec<u8>],
    stderr: Option<&mut dyn std::io::Write>,
    options: &RunOptions,
) -> Result<RunReport, Error> {
    let started = Instant::now();
    let mut machine = exec::host::machine_with_args(program, options, args)?;
    let mut input = input;
    let mut output = Vec::new();
    let outcome = {
        let mut io = match stderr {
            Some(err) => Io::with_stderr(&mut input, &mut output, err),
            None => Io::new(&mut input, &mut output),
        };
        jit::run(&mut machine, &mut io).0?
    };
    Ok(machine.report(outcome, output, started))
}

/// Loads an ELF executable from bytes and runs it (see [`run_program`]).
pub fn run_elf(elf: &[u8], input: &[u8], options: &RunOptions) -> Result<RunReport, Error> {
    run_program(load_elf(elf)?, input, options)
}

/// Assembles source text and runs it without writing an ELF file.
pub fn run_asm(source: &str, input: &[u8], options: &RunOptions) -> Result<RunReport, Error> {
    let program = asm::assemble::assemble(source)?.to_program();
    run_program(program, input, options)
}
