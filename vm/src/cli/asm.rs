//! `valida asm`.

use std::path::PathBuf;

use clap::Args;
use valida_vm::assemble_to_elf;

use super::{HOST_ERROR, INPUT_ERROR};

#[derive(Args)]
pub struct AsmArgs {
    /// Assembly source (docs/abi.md syntax).
    source: PathBuf,
    /// Output ELF executable.
    #[arg(short, long, value_name = "PROG")]
    output: PathBuf,
}

pub fn exec(args: AsmArgs) -> u8 {
    let source = match std::fs::read_to_string(&args.source) {
        Ok(s) => s,
        Err(e) => {
            diag!("valida: cannot read {}: {e}", args.source.display());
            return HOST_ERROR;
        }
    };
    let elf = match assemble_to_elf(&source) {
        Ok(b) => b,
        Err(e) => {
            diag!("{}:{}: {}", args.source.display(), e.line, e.message);
            return INPUT_ERROR;
        }
    };
    if let Err(e) = std::fs::write(&args.output, elf) {
        diag!("valida: cannot write {}: {e}", args.output.display());
        return HOST_ERROR;
    }
    0
}
