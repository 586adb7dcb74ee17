//! Command-line arguments of `valida-cc compare`.

use std::path::PathBuf;

use clap::Args;

use super::RiscvIr;
use crate::cli::CompileOptions;

/// `valida-cc compare file.c|prog.rs [-O…] [--input F] [--json]`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub compile: CompileOptions,
    /// The program's input (stdin on RV32IM, READ_ADVICE on Valida).
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Print the result as JSON (one object) on stdout.
    #[arg(long)]
    pub json: bool,
    /// Stop each run after this many instructions.
    #[arg(long, value_name = "N", default_value_t = 10_000_000_000)]
    pub max_steps: u64,
    /// The IR the RISC-V back end compiles: `same` (the module optimised
    /// for Valida, pointed back at riscv32) or `native` (the front-end IR
    /// optimised again with the RISC-V TargetMachine).
    #[arg(long, value_enum, default_value = "same", value_name = "MODE")]
    pub riscv_ir: RiscvIr,
    /// Keep both executables in DIR (`<name>.valida`, `<name>.rv32`).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
    /// Build the RV32IM runtime (cache) and exit.
    #[arg(long = "build-rv32-runtime", hide = true)]
    pub build_rv32_runtime: bool,
    /// Sources of the program (.c, .ll, .bc; a .rs crate root).
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}
