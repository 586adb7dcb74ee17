//! Valida VM.
pub mod rv32im;
