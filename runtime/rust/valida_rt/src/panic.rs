//! Panic reports: the message and location, like std's, then FAIL.

use core::fmt::Write;
use core::panic::PanicInfo;

use crate::io::Stderr;
use crate::sys;

/// Prints `panicked at FILE:LINE:COL:` and the message to stderr (as std
/// does; never the committed output, so a proof of a failed run commits
/// only what the program printed), then executes FAIL. `valida_lang`'s
/// `#[panic_handler]` calls it; a program with its own handler may too.
pub fn report(info: &PanicInfo<'_>) -> ! {
    let mut out = Stderr;
    let _ = match info.location() {
        Some(loc) => writeln!(
            out,
            "panicked at {}:{}:{}:\n{}",
            loc.file(),
            loc.line(),
            loc.column(),
            info.message()
        ),
        None => writeln!(out, "panicked:\n{}", info.message()),
    };
    // SAFETY: FAIL ends the program.
    unsafe { sys::__valida_fail() }
}
