//! Assembly: parser, two-pass assembler, ELF writer, instruction printer
//! and whole-program disassembler.

pub mod assemble;
pub mod elf_out;
pub mod listing;
pub mod parse;
pub mod print;

use thiserror::Error;

/// An assembly error at a source line (1-based; 0 for whole-file errors).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("line {line}: {message}")]
pub struct AsmError {
    pub line: usize,
    pub message: String,
}

/// Assembles source text to ELF executable bytes.
pub fn assemble_to_elf(source: &str) -> Result<Vec<u8>, AsmError> {
    assemble::assemble(source).map(|image| elf_out::write_elf(&image))
}
