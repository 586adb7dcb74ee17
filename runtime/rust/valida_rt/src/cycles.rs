//! Cycle markers (docs/debugging.md): `valida run --stats` reports the
//! instructions executed between [`start`] and [`end`] of each named region.
//! They call the C runtime's empty `valida_cycle_start`/`valida_cycle_end`,
//! which the VM recognises by symbol; on the real VM they cost a call each.
//!
//! ```ignore
//! let digest = valida_rt::cycles::region(c"hash", || sha256(&data));
//! ```

use core::ffi::{CStr, c_char};

unsafe extern "C" {
    fn valida_cycle_start(name: *const c_char);
    fn valida_cycle_end(name: *const c_char);
}

/// Opens the region `name`.
#[inline(always)]
pub fn start(name: &CStr) {
    // SAFETY: the C functions only receive the pointer; they read nothing.
    unsafe { valida_cycle_start(name.as_ptr()) }
}

/// Closes the region `name`.
#[inline(always)]
pub fn end(name: &CStr) {
    // SAFETY: as in `start`.
    unsafe { valida_cycle_end(name.as_ptr()) }
}

/// Runs `f` inside the region `name` and returns its result.
#[inline(always)]
pub fn region<R>(name: &CStr, f: impl FnOnce() -> R) -> R {
    start(name);
    let result = f();
    end(name);
    result
}
