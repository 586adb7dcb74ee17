//! The zkVM's random source. On Valida, `getrandom` (and through it
//! `rand::thread_rng`, `HashMap`'s keys) is answered by valida-cc's runtime
//! from a deterministic generator, so a program's output depends only on
//! its input; [`set_seed`] picks another sequence (for example from a
//! value read from the input).

/// Restarts the deterministic generator from `seed` (no effect on a host
/// build, whose randomness is the host's).
pub fn set_seed(seed: u64) {
    #[cfg(target_os = "zkvm")]
    {
        unsafe extern "Rust" {
            fn __valida_rand_set_seed(seed: u64);
        }
        // SAFETY: defined by valida-cc's runtime (valida_std) in every
        // std program.
        unsafe { __valida_rand_set_seed(seed) }
    }
    #[cfg(not(target_os = "zkvm"))]
    let _ = seed;
}

/// Fills `s` with random bytes (Lita's `valida_rand`, through getrandom).
#[cfg(feature = "rand")]
pub fn valida_rand(s: &mut [u8]) -> Result<(), getrandom::Error> {
    getrandom::getrandom(s)
}
