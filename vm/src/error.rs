//! Host-side errors of the library (not program traps: those are outcomes).

use thiserror::Error;

use crate::asm::AsmError;
use crate::loader::LoadError;

#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot load executable: {0}")]
    Load(#[from] LoadError),
    #[error("cannot assemble: {0}")]
    Asm(#[from] AsmError),
    #[error("cannot map VM memory: {0}")]
    Memory(std::io::Error),
    #[error("data segment at {0:#x} does not fit in memory")]
    SegmentPlacement(u32),
    #[error("program input/output failed: {0}")]
    Io(std::io::Error),
    #[error("program arguments: {0}")]
    Arguments(String),
}

impl Error {
    /// Exit status of `valida` for this error.
    pub fn exit_status(&self) -> u8 {
        match self {
            Error::Load(_) | Error::Asm(_) => 3,
            Error::Memory(_) | Error::SegmentPlacement(_) | Error::Io(_) | Error::Arguments(_) => 4,
        }
    }
}
