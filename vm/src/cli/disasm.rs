//! `valida disasm`.

use std::path::PathBuf;

use clap::Args;
use valida_vm::{disassemble, load_elf};

use super::{HOST_ERROR, INPUT_ERROR, read_file, write_failed, write_stdout};

#[derive(Args)]
pub struct DisasmArgs {
    /// ELF executable.
    program: PathBuf,
}

pub fn exec(args: DisasmArgs) -> u8 {
    let Some(bytes) = read_file(&args.program) else {
        return HOST_ERROR;
    };
    match load_elf(&bytes) {
        Ok(program) => match write_stdout(|out| write!(out, "{}", disassemble(&program))) {
            Ok(()) => 0,
            Err(e) => write_failed("disassembly to stdout", &e),
        },
        Err(e) => {
            diag!("valida: {}: {e}", args.program.display());
            INPUT_ERROR
        }
    }
}
