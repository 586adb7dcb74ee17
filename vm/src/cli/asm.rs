//! `valida asm`.

use std::path::PathBuf;

use clap::Args;
use valida_vm::asm::{assemble::assemble, elf_out::write_elf_to};

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
    let image = match assemble(&source) {
        Ok(image) => image,
        Err(e) => {
            diag!("{}:{}: {}", args.source.display(), e.line, e.message);
            return INPUT_ERROR;
        }
    };
    drop(source);
    // Streamed: a large data section is not held a second time as file bytes.
    let written = std::fs::File::create(&args.output).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        write_elf_to(&image, &mut w)?;
        std::io::Write::flush(&mut w)
    });
    if let Err(e) = written {
        diag!("valida: cannot write {}: {e}", args.output.display());
        return HOST_ERROR;
    }
    0
}
