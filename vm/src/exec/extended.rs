//! The block instructions: MEMCPY and KECCAKF.

use crate::memory::Memory;
use crate::trap::TrapKind;

/// Bytes of the Keccak-f\[1600\] state (50 little-endian words).
pub const KECCAK_STATE_BYTES: u32 = 200;

/// MEMCPY: `len` bytes from `src` to `dst`, front to back.
pub fn memcpy(mem: &mut Memory, dst: u32, src: u32, len: u32) -> Result<(), TrapKind> {
    mem.copy_forward(dst, src, len)
}

/// KECCAKF: permutes the state at `ptr` in place (lane i = bytes 8i..8i+8,
/// little endian, i.e. words 2i and 2i+1).
pub fn keccakf(mem: &mut Memory, ptr: u32) -> Result<(), TrapKind> {
    if !ptr.is_multiple_of(4) {
        return Err(TrapKind::MisalignedAccess);
    }
    let bytes = mem.slice_mut(ptr, KECCAK_STATE_BYTES)?;
    let mut state = [0u64; 25];
    for (lane, chunk) in state.iter_mut().zip(bytes.chunks_exact(8)) {
        let mut le = [0u8; 8];
        le.copy_from_slice(chunk);
        *lane = u64::from_le_bytes(le);
    }
    keccak::f1600(&mut state);
    for (lane, chunk) in state.iter().zip(bytes.chunks_exact_mut(8)) {
        chunk.copy_from_slice(&lane.to_le_bytes());
    }
    Ok(())
}
