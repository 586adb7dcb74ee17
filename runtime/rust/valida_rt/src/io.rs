//! Output (WRITE), stderr and input (READ_ADVICE).
//!
//! The machine has one output stream, the committed output: `print!` writes
//! there. `eprint!` (and `dbg!`, panic reports) write to stderr, as the C
//! runtime's stderr and std's `eprint!` do: `__valida_stderr_write`, which
//! the real VM runs as a no-op and our VM passes to the host's stderr.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::sys;

/// The machine's output as a [`fmt::Write`]r.
#[derive(Debug, Clone, Copy, Default)]
pub struct Output;

impl fmt::Write for Output {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_bytes(s.as_bytes());
        Ok(())
    }
}

/// Stderr as a [`fmt::Write`]r.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stderr;

impl fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_stderr(s.as_bytes());
        Ok(())
    }
}

/// Writes raw bytes to stderr (never the committed output).
pub fn write_stderr(bytes: &[u8]) {
    if !bytes.is_empty() {
        // SAFETY: the pointer and length describe `bytes`, which the sink only reads.
        unsafe { sys::__valida_stderr_write(bytes.as_ptr(), bytes.len()) }
    }
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    match args.as_str() {
        Some(s) => write_stderr(s.as_bytes()),
        None => {
            let _ = fmt::write(&mut Stderr, args);
        }
    }
}

/// Writes raw bytes to the output.
pub fn write_bytes(bytes: &[u8]) {
    for &b in bytes {
        // SAFETY: WRITE has no preconditions.
        unsafe { sys::__valida_write(i32::from(b)) }
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    match args.as_str() {
        Some(s) => write_bytes(s.as_bytes()),
        None => {
            let _ = fmt::write(&mut Output, args);
        }
    }
}

/// The next input byte, or `None` at the end of the input.
pub fn read_byte() -> Option<u8> {
    // SAFETY: READ_ADVICE has no preconditions.
    let v = unsafe { sys::__valida_read_advice() };
    u8::try_from(v).ok()
}

/// Reads the rest of the input.
pub fn read_to_end() -> Vec<u8> {
    let mut v = Vec::new();
    while let Some(b) = read_byte() {
        v.push(b);
    }
    v
}

/// Reads one line without its `\n`; `None` at the end of the input.
/// Invalid UTF-8 is replaced by U+FFFD.
pub fn read_line() -> Option<String> {
    let mut v = Vec::new();
    loop {
        match read_byte() {
            Some(b'\n') => break,
            Some(b) => v.push(b),
            None if v.is_empty() => return None,
            None => break,
        }
    }
    Some(String::from_utf8_lossy(&v).into_owned())
}

/// Prints to the output.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::io::_print(::core::format_args!($($arg)*)) };
}

/// Prints to the output, with a newline.
#[macro_export]
macro_rules! println {
    () => { $crate::io::_print(::core::format_args!("\n")) };
    ($($arg:tt)*) => {
        $crate::io::_print(::core::format_args!("{}\n", ::core::format_args!($($arg)*)))
    };
}

/// Prints to stderr.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => { $crate::io::_eprint(::core::format_args!($($arg)*)) };
}

/// Prints to stderr, with a newline.
#[macro_export]
macro_rules! eprintln {
    () => { $crate::io::_eprint(::core::format_args!("\n")) };
    ($($arg:tt)*) => {
        $crate::io::_eprint(::core::format_args!("{}\n", ::core::format_args!($($arg)*)))
    };
}

/// Prints an expression and its value (`[file:line:col] expr = value`) and
/// returns the value, like std's `dbg!`.
#[macro_export]
macro_rules! dbg {
    () => { $crate::eprintln!("[{}:{}:{}]", ::core::file!(), ::core::line!(), ::core::column!()) };
    ($val:expr $(,)?) => {
        match $val {
            tmp => {
                $crate::eprintln!("[{}:{}:{}] {} = {:#?}",
                    ::core::file!(), ::core::line!(), ::core::column!(),
                    ::core::stringify!($val), &tmp);
                tmp
            }
        }
    };
    ($($val:expr),+ $(,)?) => { ($($crate::dbg!($val)),+,) };
}
