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

/// Closes its region when dropped: measures the rest of a scope, early
/// returns and `?` included.
///
/// ```ignore
/// let _region = valida_rt::cycles::Region::enter(c"parse");
/// ```
#[must_use = "the region closes when the guard is dropped"]
pub struct Region {
    name: &'static CStr,
}

impl Region {
    /// Opens the region `name` until the guard is dropped.
    #[inline(always)]
    pub fn enter(name: &'static CStr) -> Region {
        start(name);
        Region { name }
    }
}

impl Drop for Region {
    #[inline(always)]
    fn drop(&mut self) {
        end(self.name);
    }
}

/// Measures a block as the cycle region `"name"` and evaluates to the
/// block's value; `valida_cycle!("name")` alone opens a region until the
/// end of the enclosing scope (a [`Region`] guard). The name is a string
/// literal (a NUL inside it is a compile-time error).
///
/// ```ignore
/// let digest = valida_cycle!("hash", { sha256(&data) });
/// valida_cycle!("rest of main");
/// ```
#[macro_export]
macro_rules! valida_cycle {
    ($name:literal, $body:block) => {{
        let _region = $crate::valida_cycle!($name);
        $body
    }};
    ($name:literal) => {
        $crate::cycles::Region::enter(const {
            match ::core::ffi::CStr::from_bytes_with_nul(concat!($name, "\0").as_bytes()) {
                Ok(name) => name,
                Err(_) => panic!("a cycle region name cannot contain NUL"),
            }
        })
    };
}
