//! The interpreter loop. One monomorphised copy per (checked, counting)
//! mode; the driver in `machine.rs` switches between the checked and the
//! unchecked copy when a call or return moves fp across the window edge.

use super::alu;
use super::extended;
use super::frame;
use super::inst::{Inst, K, trap_kind_of};
use super::io::Io;
use super::predecode::Window;
use crate::memory::{MEM_LIMIT, Memory};
use crate::trap::TrapKind;

/// An empty barrier that stops LLVM from turning a branch into a
/// conditional move.
#[inline(always)]
fn no_if_conversion() {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    // SAFETY: an empty instruction sequence with no effects.
    unsafe {
        std::arch::asm!("", options(nomem, nostack, preserves_flags))
    };
}

/// Why the loop returned.
pub enum Exit {
    Stop,
    Fail,
    /// Trap at the current pc.
    Trap(TrapKind),
    /// Trap at a pc outside the code (byte address), after a jump.
    TrapAt(TrapKind, u32),
    /// fp crossed the window edge: continue in the other mode.
    Switch,
    /// The host's input or output failed.
    Host(std::io::Error),
}

/// Loop state handed in and out.
pub struct Regs {
    pub pc: usize,
    pub fp: u32,
    /// Steps still allowed.
    pub budget: u64,
}

/// Runs until something other than a plain instruction happens.
///
/// # Safety
/// `pc < insts.len()`; every static target in `insts` is an index into it;
/// indices >= `code_len` hold `K::Trap` sentinels; `counts.len() >=
/// insts.len()` when `COUNT`; if `!CHECKED`, `window.contains(fp)` and every
/// slot operand lies within `window`'s margins (see `predecode`).
#[allow(clippy::too_many_arguments)]
pub unsafe fn run<const CHECKED: bool, const COUNT: bool>(
    insts: &[Inst],
    code_len: usize,
    window: Window,
    mem: &mut Memory,
    io: &mut Io<'_>,
    counts: &mut [u64],
    regs: &mut Regs,
) -> Exit {
    let mut pc = regs.pc;
    let mut fp = regs.fp;
    let mut budget = regs.budget;
    let raw = mem.raw();
    // One unsigned compare checks a pointer against both the null guard
    // (0 unless the executable opts in) and the end of memory.
    let null_guard = window.null_guard;
    let pointer_span = MEM_LIMIT.saturating_sub(null_guard);
    let stack_limit = window.stack_limit;

    let exit = loop {
        // SAFETY: pc < insts.len() is kept by every pc update below.
        let inst = *unsafe { insts.get_unchecked(pc) };
        if budget == 0 {
            break Exit::Trap(TrapKind::StepLimit);
        }
        budget -= 1;
        if COUNT {
            // SAFETY: counts covers insts.
            unsafe { *counts.get_unchecked_mut(pc) += 1 };
        }

        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(kind) => break Exit::Trap(kind),
                }
            };
        }
        // SAFETY (get!/set!): see frame::get — checked mode checks, unchecked
        // mode runs only inside the window.
        macro_rules! get {
            ($off:expr) => {
                tri!(unsafe { frame::get::<CHECKED>(raw, fp, $off) })
            };
        }
        macro_rules! set {
            ($off:expr, $v:expr) => {
                tri!(unsafe { frame::set::<CHECKED>(raw, fp, $off, $v) })
            };
        }
        // Slots of the instructions the reference VM asserts aligned.
        macro_rules! get_a {
            ($off:expr) => {
                tri!(unsafe { frame::get_aligned::<CHECKED>(raw, fp, $off) })
            };
        }
        macro_rules! set_a {
            ($off:expr, $v:expr) => {
                tri!(unsafe { frame::set_aligned::<CHECKED>(raw, fp, $off, $v) })
            };
        }
        // A LOAD/STORE pointer: in [null_guard, MEM_LIMIT), as a usize.
        macro_rules! pointer {
            ($p:expr) => {{
                let p: u32 = $p;
                if p.wrapping_sub(null_guard) >= pointer_span {
                    break Exit::Trap(if p < null_guard {
                        TrapKind::NullPointer
                    } else {
                        TrapKind::AddressOutOfRange
                    });
                }
                p as usize
            }};
        }
        // A word pointer must also be 4-aligned (v1.0 asserts it).
        macro_rules! word_pointer {
            ($p:expr) => {{
                let p = pointer!($p);
                if p % 4 != 0 {
                    break Exit::Trap(TrapKind::MisalignedAccess);
                }
                p
            }};
        }
        macro_rules! rr {
            ($f:path) => {{
                let x = get!(inst.b);
                let y = get!(inst.c);
                set!(inst.a, tri!($f(x, y)));
                pc += 1;
            }};
        }
        macro_rules! ri {
            ($f:path) => {{
                let x = get!(inst.b);
                set!(inst.a, tri!($f(x, inst.c as u32)));
                pc += 1;
            }};
        }
        macro_rules! ir {
            ($f:path) => {{
                let y = get!(inst.c);
                set!(inst.a, tri!($f(inst.b as u32, y)));
                pc += 1;
            }};
        }
        macro_rules! branch {
            ($x:expr, $y:expr, $op:tt) => {{
                let x = $x;
                let y = $y;
                if x $op y {
                    // Keep this a predicted jump: as a cmov, the next
                    // instruction's fetch would wait for the slot load.
                    no_if_conversion();
                    pc = inst.a as usize;
                } else {
                    pc += 1;
                }
            }};
        }
        // Second half of a fused pair: the beqi/bnei at pc + 1 on value $v.
        macro_rules! then_branch {
            ($v:expr) => {{
                let v: u32 = $v;
                if budget == 0 {
                    pc += 1;
                    break Exit::Trap(TrapKind::StepLimit);
                }
                budget -= 1;
                // SAFETY: predecode fuses only when pc + 1 < code_len.
                let next = unsafe { *insts.get_unchecked(pc + 1) };
                if COUNT {
                    // SAFETY: as above.
                    unsafe { *counts.get_unchecked_mut(pc + 1) += 1 };
                }
                if (v == next.c as u32) == (next.k == K::BeqRI) {
                    no_if_conversion();
                    pc = next.a as usize;
                } else {
                    pc += 2;
                }
            }};
        }
        macro_rules! rr_br {
            ($f:path) => {{
                let x = get!(inst.b);
                let y = get!(inst.c);
                let v = tri!($f(x, y));
                set!(inst.a, v);
                then_branch!(v)
            }};
        }
        macro_rules! ri_br {
            ($f:path) => {{
                let x = get!(inst.b);
                let v = tri!($f(x, inst.c as u32));
                set!(inst.a, v);
                then_branch!(v)
            }};
        }
        macro_rules! ir_br {
            ($f:path) => {{
                let y = get!(inst.c);
                let v = tri!($f(inst.b as u32, y));
                set!(inst.a, v);
                then_branch!(v)
            }};
        }
        // Unchecked: leave as soon as fp is outside the window (required).
        // Checked: leave when fp is well inside it (an optimisation).
        macro_rules! check_mode {
            () => {
                if CHECKED {
                    if window.contains_deep(fp) {
                        break Exit::Switch;
                    }
                } else if !window.contains(fp) {
                    break Exit::Switch;
                }
            };
        }

        match inst.k {
            K::AddRR => rr!(alu::add),
            K::SubRR => rr!(alu::sub),
            K::MulRR => rr!(alu::mul),
            K::DivRR => rr!(alu::div),
            K::SdivRR => rr!(alu::sdiv),
            K::MulhuRR => rr!(alu::mulhu),
            K::MulhsRR => rr!(alu::mulhs),
            K::LtRR => rr!(alu::lt),
            K::LteRR => rr!(alu::lte),
            K::SltRR => rr!(alu::slt),
            K::SleRR => rr!(alu::sle),
            K::EqRR => rr!(alu::eq),
            K::NeRR => rr!(alu::ne),
            K::ShlRR => rr!(alu::shl),
            K::ShrRR => rr!(alu::shr),
            K::SraRR => rr!(alu::sra),
            K::AndRR => rr!(alu::and),
            K::OrRR => rr!(alu::or),
            K::XorRR => rr!(alu::xor),
            K::AddRI => ri!(alu::add),
            K::SubRI => ri!(alu::sub),
            K::MulRI => ri!(alu::mul),
            K::DivRI => ri!(alu::div),
            K::SdivRI => ri!(alu::sdiv),
            K::MulhuRI => ri!(alu::mulhu),
            K::MulhsRI => ri!(alu::mulhs),
            K::LtRI => ri!(alu::lt),
            K::LteRI => ri!(alu::lte),
            K::SltRI => ri!(alu::slt),
            K::SleRI => ri!(alu::sle),
            K::EqRI => ri!(alu::eq),
            K::NeRI => ri!(alu::ne),
            K::ShlRI => ri!(alu::shl),
            K::ShrRI => ri!(alu::shr),
            K::SraRI => ri!(alu::sra),
            K::AndRI => ri!(alu::and),
            K::OrRI => ri!(alu::or),
            K::XorRI => ri!(alu::xor),
            K::LtIR => ir!(alu::lt),
            K::LteIR => ir!(alu::lte),
            K::SltIR => ir!(alu::slt),
            K::SleIR => ir!(alu::sle),
            K::Const => {
                set!(inst.a, inst.b as u32);
                pc += 1;
            }
            K::LoadFp => {
                set!(inst.a, fp.wrapping_add(inst.b as u32));
                pc += 1;
            }
            // SAFETY (pointer accesses): pointer!/word_pointer! keep the
            // address below MEM_LIMIT (words: aligned, so +4 fits too).
            K::Lw => {
                let p = word_pointer!(get_a!(inst.c));
                let v = unsafe { raw.read_word_at(p) };
                set_a!(inst.a, v);
                pc += 1;
            }
            K::Sw => {
                let v = get_a!(inst.c);
                let p = word_pointer!(get_a!(inst.b));
                unsafe { raw.write_word_at(p, v) };
                pc += 1;
            }
            K::Lbu => {
                let p = pointer!(get_a!(inst.c));
                let v = unsafe { raw.read_byte_at(p) };
                set_a!(inst.a, u32::from(v));
                pc += 1;
            }
            K::Lbs => {
                let p = pointer!(get_a!(inst.c));
                let v = unsafe { raw.read_byte_at(p) };
                set_a!(inst.a, v as i8 as i32 as u32);
                pc += 1;
            }
            K::Sb => {
                let v = get_a!(inst.c);
                let p = pointer!(get_a!(inst.b));
                unsafe { raw.write_byte_at(p, v as u8) };
                pc += 1;
            }
            K::Jal | K::JalStderr => {
                if inst.k == K::JalStderr
                    && let Err(e) =
                        super::host::stderr_call(mem, fp.wrapping_add(inst.c as u32), io)
                {
                    break Exit::Host(e);
                }
                set!(inst.a, (pc as u32).wrapping_add(1).wrapping_mul(24));
                let next_fp = fp.wrapping_add(inst.c as u32);
                if next_fp < stack_limit && next_fp < fp {
                    break Exit::Trap(TrapKind::StackOverflow);
                }
                pc = inst.b as usize;
                fp = next_fp;
                check_mode!();
            }
            K::Jalv => {
                // The reads of b and c come after the write of a (v1.0 order).
                set!(inst.a, (pc as u32).wrapping_add(1).wrapping_mul(24));
                let target = get!(inst.b);
                let delta = get!(inst.c);
                let next = (target / 24) as usize;
                if next == 0 && null_guard != 0 {
                    break Exit::Trap(TrapKind::NullPointer);
                }
                if next >= code_len {
                    break Exit::TrapAt(TrapKind::PcOutOfCode, target);
                }
                let next_fp = fp.wrapping_add(delta);
                if next_fp < stack_limit && next_fp < fp {
                    break Exit::Trap(TrapKind::StackOverflow);
                }
                pc = next;
                fp = next_fp;
                check_mode!();
            }
            K::BeqRR => branch!(get!(inst.b), get!(inst.c), ==),
            K::BeqRI => branch!(get!(inst.b), inst.c as u32, ==),
            K::BneRR => branch!(get!(inst.b), get!(inst.c), !=),
            K::BneRI => branch!(get!(inst.b), inst.c as u32, !=),
            K::Stop => break Exit::Stop,
            K::Fail => break Exit::Fail,
            K::Read => {
                let v = match io.read() {
                    Ok(v) => v,
                    Err(e) => break Exit::Host(e),
                };
                set!(inst.a, v);
                pc += 1;
            }
            K::Write | K::WriteInvalid => {
                let v = get!(inst.b);
                if let Err(e) = io.write(v as u8) {
                    break Exit::Host(e);
                }
                if inst.k == K::WriteInvalid {
                    break Exit::Trap(TrapKind::InvalidOperand);
                }
                pc += 1;
            }
            K::Memcpy => {
                // v1.0 reads the size slot first.
                let len = get_a!(inst.c);
                let dst = get_a!(inst.a);
                let src = get_a!(inst.b);
                tri!(extended::memcpy(mem, dst, src, len));
                pc += 1;
            }
            K::Keccak => {
                let p = get!(inst.b);
                tri!(extended::keccakf(mem, p));
                pc += 1;
            }
            K::AddRIBr => ri_br!(alu::add),
            K::SubRIBr => ri_br!(alu::sub),
            K::AndRIBr => ri_br!(alu::and),
            K::AddRRBr => rr_br!(alu::add),
            K::LtRRBr => rr_br!(alu::lt),
            K::LteRRBr => rr_br!(alu::lte),
            K::SltRRBr => rr_br!(alu::slt),
            K::SleRRBr => rr_br!(alu::sle),
            K::EqRRBr => rr_br!(alu::eq),
            K::NeRRBr => rr_br!(alu::ne),
            K::LtRIBr => ri_br!(alu::lt),
            K::LteRIBr => ri_br!(alu::lte),
            K::SltRIBr => ri_br!(alu::slt),
            K::SleRIBr => ri_br!(alu::sle),
            K::EqRIBr => ri_br!(alu::eq),
            K::NeRIBr => ri_br!(alu::ne),
            K::LtIRBr => ir_br!(alu::lt),
            K::LteIRBr => ir_br!(alu::lte),
            K::SltIRBr => ir_br!(alu::slt),
            K::SleIRBr => ir_br!(alu::sle),
            K::Trap => {
                let kind = trap_kind_of(&inst);
                if inst.c == 0 {
                    break Exit::TrapAt(kind, inst.b as u32);
                }
                break Exit::Trap(kind);
            }
        }
    };

    // A trapping instruction (or one whose host I/O failed) did not
    // complete: do not count it. The step-limit trap was never counted.
    let incomplete = match &exit {
        Exit::Trap(kind) | Exit::TrapAt(kind, _) => *kind != TrapKind::StepLimit,
        Exit::Host(_) => true,
        Exit::Stop | Exit::Fail | Exit::Switch => false,
    };
    if incomplete {
        budget += 1;
        if COUNT {
            // SAFETY: as above.
            unsafe { *counts.get_unchecked_mut(pc) -= 1 };
        }
    }
    regs.pc = pc;
    regs.fp = fp;
    regs.budget = budget;
    exit
}
