//! valida-cc: the compiler driver library.
//!
//! The pipeline: C → clang-22 (riscv32 front end) → LLVM IR retargeted to
//! Valida in memory → the -O pipeline and code generation with the Valida
//! target → the linker of [`link`] → an ELF executable for the Valida VM.

pub mod error;
pub mod link;

pub use error::{Error, Result};
