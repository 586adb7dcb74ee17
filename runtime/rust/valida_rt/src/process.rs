//! Exit status and the entry-point convention.
//!
//! The C start code calls the C symbol `main` and stores its return value as
//! the exit status (`valida run` exits with it). A Rust program either
//! defines it directly:
//!
//! ```ignore
//! #[unsafe(no_mangle)]
//! pub extern "C" fn main() -> i32 { 0 }
//! ```
//!
//! or names a Rust function with [`entry!`](crate::entry).

use crate::sys;

/// Ends the program with `status` (the low 8 bits become `valida run`'s
/// exit status), after running the C `atexit` handlers.
pub fn exit(status: i32) -> ! {
    // SAFETY: the C runtime's exit never returns.
    unsafe { sys::exit(status) }
}

/// Ends the program as failed (FAIL; `valida run` exits with 1).
pub fn abort() -> ! {
    // SAFETY: FAIL never returns.
    unsafe { sys::__valida_fail() }
}

/// What an entry function may return: `()` (status 0), an `i32` status, or
/// a `Result` (an `Err` is printed with `Debug` and gives status 1).
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for i32 {
    fn report(self) -> i32 {
        self
    }
}

impl Termination for u8 {
    fn report(self) -> i32 {
        i32::from(self)
    }
}

impl<T: Termination, E: core::fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> i32 {
        match self {
            Ok(v) => v.report(),
            Err(e) => {
                crate::eprintln!("Error: {e:?}");
                1
            }
        }
    }
}

/// Declares the program's entry: `valida_rt::entry!(run);` defines the C
/// `main` that calls `run()` and returns its [`Termination`] status.
#[macro_export]
macro_rules! entry {
    ($path:path) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn main() -> i32 {
            $crate::process::Termination::report($path())
        }
    };
}
