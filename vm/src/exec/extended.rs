//! The block instructions: MEMCPY and KECCAKF, with the reference VM's
//! exact memory accesses (see `memory.rs` for the cell model).

use crate::memory::{MEM_LIMIT, Memory};
use crate::trap::TrapKind;

/// Bytes of the Keccak-f\[1600\] state (50 little-endian words).
pub const KECCAK_STATE_BYTES: u32 = 200;

/// Whether `[at, at + len)` lies below [`MEM_LIMIT`] without wrapping.
fn below_limit(at: u32, len: u32) -> bool {
    at.checked_add(len).is_some_and(|end| end <= MEM_LIMIT)
}

/// MEMCPY: copies `size` bytes from `src` to `dst` the way the v1.0 VM
/// does. With fewer than 4 bytes, byte by byte; otherwise bytes up to the
/// first 4-aligned destination, then whole words (when the source is not
/// 4-aligned, each destination word is assembled from two source words read
/// in order, each source word read once), then the last 0–3 bytes. Overlapping
/// ranges therefore give what that sequence of reads and writes gives.
pub fn memcpy(mem: &mut Memory, dst: u32, src: u32, size: u32) -> Result<(), TrapKind> {
    // Disjoint ranges: every byte read is read before any write could change
    // it, so the result is a plain copy. The word path may read up to 3
    // bytes past the source, which must be addressable too.
    let disjoint = u64::from(dst) + u64::from(size) <= u64::from(src)
        || u64::from(src) + u64::from(size) <= u64::from(dst);
    if disjoint && below_limit(dst, size) && below_limit(src, size.saturating_add(4)) {
        let (d, s, n) = (dst as usize, src as usize, size as usize);
        let bytes = mem.slice_mut(0, MEM_LIMIT)?;
        bytes.copy_within(s..s + n, d);
        return Ok(());
    }
    memcpy_exact(mem, dst, src, size)
}

fn copy_byte(mem: &mut Memory, d: u32, s: u32) -> Result<(), TrapKind> {
    let b = mem.read_byte(s)?;
    mem.write_byte(d, b)
}

/// The v1.0 MEMCPY access sequence, access by access.
fn memcpy_exact(mem: &mut Memory, dst: u32, src: u32, mut size: u32) -> Result<(), TrapKind> {
    let (mut d8, mut s8) = (dst, src);
    if size < 4 {
        for _ in 0..size {
            copy_byte(mem, d8, s8)?;
            d8 = d8.wrapping_add(1);
            s8 = s8.wrapping_add(1);
        }
        return Ok(());
    }
    if dst & 3 != 0 {
        let head = 4 - (dst & 3);
        size -= head;
        for _ in 0..head {
            copy_byte(mem, d8, s8)?;
            d8 = d8.wrapping_add(1);
            s8 = s8.wrapping_add(1);
        }
    }
    let mut d32 = d8;
    let misalign = s8 & 3;
    let mut s32 = s8.wrapping_sub(misalign);
    let words = size >> 2;
    if misalign == 0 {
        for _ in 0..words {
            let v = mem.read_word(s32)?;
            mem.write_word(d32, v)?;
            s32 = s32.wrapping_add(4);
            d32 = d32.wrapping_add(4);
        }
    } else {
        let right = misalign * 8;
        let left = 32 - right;
        let mut prev = mem.read_word(s32)?;
        s32 = s32.wrapping_add(4);
        for _ in 0..words {
            let next = mem.read_word(s32)?;
            s32 = s32.wrapping_add(4);
            mem.write_word(d32, (prev >> right) | (next << left))?;
            d32 = d32.wrapping_add(4);
            prev = next;
        }
    }
    d8 = d32;
    s8 = s32.wrapping_sub((4 - misalign) % 4);
    for _ in 0..size & 3 {
        copy_byte(mem, d8, s8)?;
        d8 = d8.wrapping_add(1);
        s8 = s8.wrapping_add(1);
    }
    Ok(())
}

/// KECCAKF: permutes the 50 word cells at `ptr`, `ptr + 4`, ... (lane i =
/// cells 2i and 2i + 1, little endian). The v1.0 VM does not require `ptr`
/// to be aligned: at an unaligned `ptr` the state is 50 unaligned cells.
pub fn keccakf(mem: &mut Memory, ptr: u32) -> Result<(), TrapKind> {
    let mut words = [0u32; 50];
    if ptr.is_multiple_of(4) && below_limit(ptr, KECCAK_STATE_BYTES) {
        let bytes = mem.slice(ptr, KECCAK_STATE_BYTES)?;
        for (w, chunk) in words.iter_mut().zip(bytes.chunks_exact(4)) {
            *w = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
    } else {
        // All reads come before any write, as in the reference VM.
        for (i, w) in words.iter_mut().enumerate() {
            *w = mem.read_word(ptr.wrapping_add(4 * i as u32))?;
        }
    }
    let mut state = [0u64; 25];
    for (lane, pair) in state.iter_mut().zip(words.chunks_exact(2)) {
        *lane = u64::from(pair[0]) | u64::from(pair[1]) << 32;
    }
    keccak::f1600(&mut state);
    for (lane, pair) in state.iter().zip(words.chunks_exact_mut(2)) {
        pair[0] = *lane as u32;
        pair[1] = (*lane >> 32) as u32;
    }
    for (i, w) in words.iter().enumerate() {
        mem.write_word(ptr.wrapping_add(4 * i as u32), *w)?;
    }
    Ok(())
}
