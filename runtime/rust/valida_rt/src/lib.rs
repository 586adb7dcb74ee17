//! `valida_rt`: the Rust runtime of valida-cc for `no_std` programs on the
//! Valida zkVM.
//!
//! `valida-cc` links the companion crate `valida_lang`
//! (`runtime/rust/valida_lang`) into every Rust program it builds (rustc
//! `--extern force:valida_lang`), so a program that names nothing of the
//! runtime still gets
//! - a `#[global_allocator]` over the C runtime's `malloc` ([`heap::ValidaAlloc`];
//!   the heap lies between the linker symbols `__heap_start` and `__heap_end`),
//! - a `#[panic_handler]` that prints `panicked at FILE:LINE:COL:` and the
//!   message to stderr, then executes FAIL (`valida run` exits with status 1)
//!   ([`panic::report`]).
//!
//! (`VALIDA_RUST_LANG_ITEMS=0` leaves `valida_lang` out, for programs with
//! their own panic handler and allocator.) Programs that want more name
//! this crate (always in the extern prelude): `print!`/`println!` write to
//! the machine's output, `eprint!`/`eprintln!`/`dbg!` to stderr (the host's
//! on our VM, nothing on the real one); [`io`] reads the
//! input tape; [`process::exit`] stops with a status; [`entry!`] declares
//! the C `main` for a Rust function; [`rand`] is the deterministic random
//! source (std's `sys_rand`, `getrandom`).
//!
//! The C runtime (start code, libc) is linked too: `_start` calls the C
//! symbol `main`, and its return value becomes the exit status.

#![no_std]

extern crate alloc;

pub mod cycles;
pub mod heap;
pub mod io;
pub mod panic;
pub mod process;
pub mod rand;
mod sys;

pub use process::exit;
