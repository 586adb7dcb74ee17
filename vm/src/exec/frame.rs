//! Frame-slot access for the interpreter loop. In checked mode every slot
//! address is range-checked; in unchecked mode the loop has proved (via the
//! fp window) that every slot operand of the program is in range.

use crate::memory::{MEM_LIMIT, RawMem};
use crate::trap::TrapKind;

#[inline(always)]
fn address<const CHECKED: bool>(fp: u32, off: i32) -> Result<usize, TrapKind> {
    let addr = fp.wrapping_add(off as u32);
    if CHECKED && addr > MEM_LIMIT - 4 {
        return Err(TrapKind::AddressOutOfRange);
    }
    Ok(addr as usize)
}

/// Reads slot `off`.
///
/// # Safety
/// If `CHECKED` is false, `fp + off + 4` must be within memory (the loop
/// guarantees this by running unchecked only while fp is in the window).
#[inline(always)]
pub unsafe fn get<const CHECKED: bool>(mem: RawMem, fp: u32, off: i32) -> Result<u32, TrapKind> {
    let at = address::<CHECKED>(fp, off)?;
    // SAFETY: checked above, or guaranteed by the caller.
    Ok(unsafe { mem.read_word_at(at) })
}

/// Writes slot `off`.
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
    let at = address::<CHECKED>(fp, off)?;
    // SAFETY: checked above, or guaranteed by the caller.
    unsafe { mem.write_word_at(at, v) };
    Ok(())
}
