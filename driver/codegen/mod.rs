//! Code generation through the Valida LLVM target linked into the driver.

pub mod assemble;
pub mod init;
pub mod pipeline;
