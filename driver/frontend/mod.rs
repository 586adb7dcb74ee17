//! Front ends: turn sources into LLVM IR in memory.

pub mod clang;
pub mod rustc;
