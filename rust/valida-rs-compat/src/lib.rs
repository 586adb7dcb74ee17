//! The API of Lita's `valida-rs` crate on valida-cc, where `std` works:
//! a program written for Lita's toolchain builds unchanged once its
//! Cargo.toml points its dependency here, keeping the name the code uses:
//!
//! ```toml
//! [dependencies]
//! entrypoint = { package = "valida-rs-compat", path = "…/rust/valida-rs-compat" }
//! # or: valida-rs = { package = "valida-rs-compat", path = "…" }
//! ```
//!
//! - [`entrypoint!`]: the program's entry (`#![no_main]` +
//!   `entrypoint!(main)`), defined as the C `main` the Valida start code
//!   calls.
//! - [`io`]: `println`, `read_line::<T>()`, `read`, `read_until`, `read_n`,
//!   `write_vec`, [`io::InputTape`], [`io::OutputTape`] — over `std::io`'s
//!   stdin and stdout (the input tape and the output), so they mix with
//!   `println!` and `std::io::stdin()` in order.
//! - [`rand`]: the seeded generator behind `getrandom` (and so `rand`):
//!   valida-cc's runtime answers getrandom deterministically, from a fixed
//!   seed unless the program sets one ([`rand::set_seed`]).
//!
//! The same source also builds and runs natively (on the host, `rand`
//! uses the host's entropy), which is how its tests get their expected
//! output.

pub mod io;
pub mod rand;

#[doc(hidden)]
pub fn __run(entry: fn()) -> i32 {
    entry();
    // The C start code stops the machine after `main`: std's stdout is
    // line-buffered, so what follows the last newline is written here.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    0
}

/// Declares `$path` (a `fn()`) as the program's entry: the C `main` that
/// the start code calls. The crate has `#![no_main]`, as for Lita's crate.
#[macro_export]
macro_rules! entrypoint {
    ($path:path) => {
        const VALIDA_RS_ENTRY: fn() = $path;

        mod valida_rs_generated_main {
            #[unsafe(no_mangle)]
            pub extern "C" fn main() -> i32 {
                $crate::__run(super::VALIDA_RS_ENTRY)
            }
        }
    };
}
