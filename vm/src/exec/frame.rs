//! Frame-slot access for the interpreter loop. In checked mode every slot
//! is a word cell at any address (`memory.rs`), range-checked; in unchecked
//! mode the loop has proved (via the fp window) that fp is 4-aligned and
//! every slot operand of the program is an aligned, in-range address.

use crate::memory::RawMem;
use crate::trap::TrapKind;

/// Reads the cell at slot `off`.
///
/// # Safety
/// If `CHECKED` is false, `fp + off` must be 4-aligned with `fp + off + 4`
/// within memory (the loop guarantees this by running unchecked only while
/// fp is in the window); the memory is alive.
#[inline(always)]
pub unsafe fn get<const CHECKED: bool>(mem: RawMem, fp: u32, off: i32) -> Result<u32, TrapKind> {
    let addr = fp.wrapping_add(off as u32);
    if CHECKED {
        // SAFETY: the memory is alive.
        unsafe { mem.read_cell(addr) }
    } else {
        // SAFETY: guaranteed by the caller.
        Ok(unsafe { mem.read_word_at(addr as usize) })
    }
}

/// Writes the cell at slot `off`.
///
/// # Safety
/// As for [`get`].
#[inline(always)]
pub unsafe fn set<const CHECKED: bool>(
    mem: RawMem,
    fp: u32,
    off: i32,
    v: u32,
) -> Result<(), TrapKind> {
    let addr = fp.wrapping_add(off as u32);
    if CHECKED {
        // SAFETY: the memory is alive.
        unsafe { mem.write_cell(addr, v) }
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { mem.write_word_at(addr as usize, v) };
        Ok(())
    }
}

/// Reads slot `off` of an instruction the reference VM asserts aligned
/// slots for (LOAD32, LOADU8, LOADS8, STORE32, STOREU8, MEMCPY): an
/// unaligned slot address is the `misaligned-access` trap.
///
/// # Safety
/// As for [`get`].
#[inline(always)]
pub unsafe fn get_aligned<const CHECKED: bool>(
    mem: RawMem,
    fp: u32,
    off: i32,
) -> Result<u32, TrapKind> {
    let addr = fp.wrapping_add(off as u32);
    if CHECKED {
        // SAFETY: the memory is alive.
        unsafe { mem.read_word(addr) }
    } else {
        // SAFETY: guaranteed by the caller.
        Ok(unsafe { mem.read_word_at(addr as usize) })
    }
}

/// Writes slot `off` of such an instruction (see [`get_aligned`]).
///
/// # Safety
/// As for [`get`].
#[inline(always)]
pub unsafe fn set_aligned<const CHECKED: bool>(
    mem: RawMem,
    fp: u32,
    off: i32,
    v: u32,
) -> Result<(), TrapKind> {
    let addr = fp.wrapping_add(off as u32);
    if CHECKED {
        // SAFETY: the memory is alive.
        unsafe { mem.write_word(addr, v) }
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { mem.write_word_at(addr as usize, v) };
        Ok(())
    }
}
