//! The interpreter: predecode once, then run a tight loop over the
//! predecoded form. Semantics by family: `alu.rs`, `extended.rs`, `io.rs`;
//! control flow and memory access live in the loop (`run.rs`).

pub mod alu;
mod explain;
mod extended;
mod frame;
pub mod host;
mod inst;
pub mod io;
mod machine;
mod predecode;
mod run;

pub use extended::KECCAK_STATE_BYTES;
pub(crate) use inst::{Inst, K};
pub use io::{END_OF_INPUT, Io};
pub(crate) use machine::CHUNK;
pub use machine::STEP_POLL;
pub use machine::{DEFAULT_INITIAL_FP, Machine, RunOptions};
