//! Output (WRITE) and input (READ_ADVICE).
//!
//! The machine has one output stream: `eprint!` writes to the same place as
//! `print!`, as the C runtime's stderr does.

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

/// Like [`print!`]; Valida has a single output stream.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => { $crate::print!($($arg)*) };
}

/// Like [`println!`]; Valida has a single output stream.
#[macro_export]
macro_rules! eprintln {
    ($($arg:tt)*) => { $crate::println!($($arg)*) };
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
