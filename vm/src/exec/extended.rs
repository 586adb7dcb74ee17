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
///
/// The word phase runs in bulk: its reads either all precede the writes
/// they could see (a snapshot copy, `memmove`) or all follow them (a
/// forward byte-by-byte copy, which repeats the first `dst - src` bytes),
/// depending only on how far the destination is ahead of the source. Only
/// the words whose accesses are all addressable run in bulk; the first one
/// that is not then traps exactly where the reference VM's loop would.
pub fn memcpy(mem: &mut Memory, dst: u32, src: u32, size: u32) -> Result<(), TrapKind> {
    let (mut d8, mut s8) = (dst, src);
    if size < 4 {
        return copy_bytes(mem, &mut d8, &mut s8, size);
    }
    let head = (4 - (dst & 3)) & 3;
    copy_bytes(mem, &mut d8, &mut s8, head)?;
    // The head bytes were addressable, so neither address wrapped.
    let words = (size - head) >> 2;
    let mut d32 = d8;
    let misalign = s8 & 3;
    let mut s32 = s8 - misalign;
    let extra = u64::from(misalign != 0);
    let room = |at: u32| (u64::from(MEM_LIMIT).saturating_sub(u64::from(at))) / 4;
    let bulk = u64::from(words)
        .min(room(d32))
        .min(room(s32).saturating_sub(extra)) as u32;
    if bulk > 0 {
        let n = bulk * 4;
        let ahead = i64::from(d32) - i64::from(s32);
        let forward = ahead >= 4 * (1 + extra as i64);
        let bytes = mem.slice_mut(0, MEM_LIMIT)?;
        let (d, s, n) = (d32 as usize, s8 as usize, n as usize);
        if forward {
            copy_forward(bytes, d, s, n);
        } else {
            bytes.copy_within(s..s + n, d);
        }
        d32 += n as u32;
        s32 += n as u32;
    }
    // What is left of the word phase traps on its first word, if any.
    let rest = words - bulk;
    if misalign == 0 {
        for _ in 0..rest {
            let v = mem.read_word(s32)?;
            mem.write_word(d32, v)?;
            s32 = s32.wrapping_add(4);
            d32 = d32.wrapping_add(4);
        }
    } else if rest > 0 {
        let right = misalign * 8;
        let left = 32 - right;
        let mut prev = mem.read_word(s32)?;
        s32 = s32.wrapping_add(4);
        for _ in 0..rest {
            let next = mem.read_word(s32)?;
            s32 = s32.wrapping_add(4);
            mem.write_word(d32, (prev >> right) | (next << left))?;
            d32 = d32.wrapping_add(4);
            prev = next;
        }
        s32 = s32.wrapping_sub(4);
    }
    let (mut d8, mut s8) = (d32, s32.wrapping_add(misalign));
    copy_bytes(mem, &mut d8, &mut s8, (size - head) & 3)
}

/// `n` single-byte copies in ascending order.
fn copy_bytes(mem: &mut Memory, d8: &mut u32, s8: &mut u32, n: u32) -> Result<(), TrapKind> {
    for _ in 0..n {
        let b = mem.read_byte(*s8)?;
        mem.write_byte(*d8, b)?;
        *d8 = d8.wrapping_add(1);
        *s8 = s8.wrapping_add(1);
    }
    Ok(())
}

/// What copying `n` bytes one at a time in ascending order gives, for
/// `d > s`: where the ranges overlap, the first `d - s` bytes repeat.
fn copy_forward(bytes: &mut [u8], d: usize, s: usize, n: usize) {
    let period = d - s;
    if period >= n {
        bytes.copy_within(s..s + n, d);
        return;
    }
    bytes.copy_within(s..d, d);
    // The output is periodic: double the copied prefix until it is done.
    let mut done = period;
    while done < n {
        let chunk = done.min(n - done);
        bytes.copy_within(d..d + chunk, d + done);
        done += chunk;
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The v1.0 VM's MEMCPY loop, one access at a time: the oracle.
    fn memcpy_reference(mem: &mut Memory, dst: u32, src: u32, mut size: u32) -> Result<(), TrapKind> {
        let (mut d8, mut s8) = (dst, src);
        if size < 4 {
            return copy_bytes(mem, &mut d8, &mut s8, size);
        }
        if dst & 3 != 0 {
            let head = 4 - (dst & 3);
            size -= head;
            copy_bytes(mem, &mut d8, &mut s8, head)?;
        }
        let mut d32 = d8;
        let misalign = s8 & 3;
        let mut s32 = s8.wrapping_sub(misalign);
        if misalign == 0 {
            for _ in 0..size >> 2 {
                let v = mem.read_word(s32)?;
                mem.write_word(d32, v)?;
                s32 = s32.wrapping_add(4);
                d32 = d32.wrapping_add(4);
            }
        } else {
            let (right, left) = (misalign * 8, 32 - misalign * 8);
            let mut prev = mem.read_word(s32)?;
            s32 = s32.wrapping_add(4);
            for _ in 0..size >> 2 {
                let next = mem.read_word(s32)?;
                s32 = s32.wrapping_add(4);
                mem.write_word(d32, (prev >> right) | (next << left))?;
                d32 = d32.wrapping_add(4);
                prev = next;
            }
        }
        let (mut d8, mut s8) = (d32, s32.wrapping_sub((4 - misalign) % 4));
        copy_bytes(mem, &mut d8, &mut s8, size & 3)
    }

    fn filled(at: u32, len: u32) -> Memory {
        let mut mem = Memory::new().expect("anonymous mapping");
        for i in 0..len {
            mem.write_byte(at + i, (i.wrapping_mul(37) ^ (i >> 8)) as u8 | 1)
                .expect("in range");
        }
        mem
    }

    fn check(base: u32, dst_off: u32, src_off: u32, size: u32) {
        const SPAN: u32 = 4096;
        let start = base.saturating_sub(64);
        let (dst, src) = (base.wrapping_add(dst_off), base.wrapping_add(src_off));
        let mut fast = filled(start, SPAN.min(MEM_LIMIT - start));
        let mut slow = filled(start, SPAN.min(MEM_LIMIT - start));
        let got = memcpy(&mut fast, dst, src, size);
        let want = memcpy_reference(&mut slow, dst, src, size);
        assert_eq!(got, want, "outcome of memcpy({dst:#x}, {src:#x}, {size})");
        let n = SPAN.min(MEM_LIMIT - start);
        assert_eq!(
            fast.slice(start, n).ok(),
            slow.slice(start, n).ok(),
            "memory after memcpy({dst:#x}, {src:#x}, {size})"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn bulk_memcpy_matches_the_access_by_access_loop(
            dst_off in 0u32..200, src_off in 0u32..200, size in 0u32..400,
        ) {
            check(0x1000, dst_off, src_off, size);
        }

        #[test]
        fn bulk_memcpy_traps_where_the_loop_traps(
            dst_off in 0u32..200, src_off in 0u32..200, size in 0u32..400,
        ) {
            check(MEM_LIMIT - 160, dst_off, src_off, size);
        }
    }

    #[test]
    fn overlapping_copy_of_a_gigabyte_is_one_bulk_step() {
        let mut mem = filled(0x1000, 64);
        // Forward overlap by 5 bytes: the first 5 source bytes repeat.
        let size = MEM_LIMIT;
        assert_eq!(memcpy(&mut mem, 0x1005, 0x1000, size), Err(TrapKind::AddressOutOfRange));
        let first: Vec<u8> = mem.slice(0x1000, 5).expect("in range").to_vec();
        let far = MEM_LIMIT - 0x1100;
        let off = (far - 0x1000) as usize % 5;
        assert_eq!(mem.slice(far, 1).expect("in range")[0], first[off]);
    }
}
