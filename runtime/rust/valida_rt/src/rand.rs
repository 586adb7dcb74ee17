//! Deterministic randomness: a zkVM program must give the same output for
//! the same input, so "random" bytes (std's `HashMap` keys, `sys_rand`,
//! `getrandom`) come from a SplitMix64 generator whose seed is fixed
//! ([`DEFAULT_SEED`]) unless the program sets one with [`set_seed`] — for
//! example from a value it reads from its input.

use core::sync::atomic::{AtomicU64, Ordering};

/// The seed every program starts with.
pub const DEFAULT_SEED: u64 = 0x5641_4c49_4441_5a4b; // "VALIDAZK"

static STATE: AtomicU64 = AtomicU64::new(DEFAULT_SEED);

/// Restarts the generator from `seed`.
pub fn set_seed(seed: u64) {
    STATE.store(seed, Ordering::Relaxed);
}

/// The next 64 random bits (SplitMix64: one add, three multiply/xor-shift
/// rounds; every seed gives a full-period sequence).
pub fn next_u64() -> u64 {
    let s = STATE
        .load(Ordering::Relaxed)
        .wrapping_add(0x9e37_79b9_7f4a_7c15);
    STATE.store(s, Ordering::Relaxed);
    let mut z = s;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The next 32 random bits.
pub fn next_u32() -> u32 {
    (next_u64() >> 32) as u32
}

/// Fills `buf` with random bytes.
pub fn fill_bytes(buf: &mut [u8]) {
    for chunk in buf.chunks_mut(8) {
        let v = next_u64().to_le_bytes();
        chunk.copy_from_slice(&v[..chunk.len()]);
    }
}
