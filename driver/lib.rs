//! valida-cc: the compiler driver library.
//!
//! The pipeline: C → clang-22 (riscv32 front end) → LLVM IR retargeted to
//! Valida in memory ([`ir::retarget`]) → the -O pipeline and code
//! generation with the Valida target ([`codegen`]) → the linker of
//! [`link`] → an ELF executable for the Valida VM ([`vm`] runs it).

pub mod cli;
pub mod codegen;
pub mod commands;
pub mod compare;
pub mod error;
pub mod frontend;
pub mod ir;
pub mod link;
pub mod lto;
pub mod runtime_build;
pub mod rust;
pub mod rust_error;
pub mod vm;

pub use error::{Error, Result};
