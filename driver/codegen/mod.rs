//! Code generation through the Valida LLVM target linked into the driver.

pub mod init;
pub mod pipeline;
