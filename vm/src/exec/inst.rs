//! The predecoded instruction form the interpreter loop runs: one byte of
//! kind plus three operands, 16 bytes per instruction. Operand meanings per
//! kind are given on each variant (S = frame slot offset, I = immediate,
//! T = target instruction index).

use crate::trap::TrapKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum K {
    // ALU, register form: a S, b S, c S.
    AddRR,
    SubRR,
    MulRR,
    DivRR,
    SdivRR,
    MulhuRR,
    MulhsRR,
    LtRR,
    LteRR,
    SltRR,
    SleRR,
    EqRR,
    NeRR,
    ShlRR,
    ShrRR,
    SraRR,
    AndRR,
    OrRR,
    XorRR,
    // ALU, immediate form: a S, b S, c I.
    AddRI,
    SubRI,
    MulRI,
    DivRI,
    SdivRI,
    MulhuRI,
    MulhsRI,
    LtRI,
    LteRI,
    SltRI,
    SleRI,
    EqRI,
    NeRI,
    ShlRI,
    ShrRI,
    SraRI,
    AndRI,
    OrRI,
    XorRI,
    // Left-immediate compares: a S, b I, c S.
    LtIR,
    LteIR,
    SltIR,
    SleIR,
    /// a S ← b (IMM32, constant-folded ALU).
    Const,
    /// a S ← fp + b.
    LoadFp,
    /// a S ← [[c S]].
    Lw,
    /// [[b S]] ← [c S].
    Sw,
    /// a S ← zero-extended byte at [c S].
    Lbu,
    /// a S ← sign-extended byte at [c S].
    Lbs,
    /// byte at [b S] ← low byte of [c S].
    Sb,
    /// a S ← return address; pc ← b T; fp += c.
    Jal,
    /// a S ← return address; pc ← [b S]/24; fp += [c S].
    Jalv,
    /// if [b S] == [c S] then pc ← a T.
    BeqRR,
    /// if [b S] == c then pc ← a T.
    BeqRI,
    BneRR,
    BneRI,
    Stop,
    Fail,
    /// a S ← next input byte or 0xFFFFFFFF.
    Read,
    /// output low byte of [b S].
    Write,
    /// output low byte of [b S], then trap (operands the reference VM rejects).
    WriteInvalid,
    /// copy [c S] bytes from [b S] to [a S].
    Memcpy,
    /// Keccak-f[1600] on the 200 bytes at [b S].
    Keccak,
    /// Trap with kind index a; b = byte pc to report; c = 1 if b is inside code.
    Trap,
    // Fused pairs: the ALU op (operands as its unfused kind), then the
    // `beqi`/`bnei` at pc + 1, which tests the slot just written (so its
    // value is taken from the register, not reloaded). Only built by
    // `predecode::fuse`; both instructions are counted and limited
    // separately, and the branch still exists on its own at pc + 1.
    AddRIBr,
    SubRIBr,
    AddRRBr,
    AndRIBr,
    LtRRBr,
    LteRRBr,
    SltRRBr,
    SleRRBr,
    EqRRBr,
    NeRRBr,
    LtRIBr,
    LteRIBr,
    SltRIBr,
    SleRIBr,
    EqRIBr,
    NeRIBr,
    LtIRBr,
    LteIRBr,
    SltIRBr,
    SleIRBr,
    /// `Jal` to `__valida_stderr_write`: the host writes the bytes first
    /// (see `host.rs`). Last, so that the other kinds keep their numbers.
    JalStderr,
}

/// The fused kind for an ALU kind followed by a branch on its result.
pub fn fused_kind(k: K) -> Option<K> {
    Some(match k {
        K::AddRI => K::AddRIBr,
        K::SubRI => K::SubRIBr,
        K::AddRR => K::AddRRBr,
        K::AndRI => K::AndRIBr,
        K::LtRR => K::LtRRBr,
        K::LteRR => K::LteRRBr,
        K::SltRR => K::SltRRBr,
        K::SleRR => K::SleRRBr,
        K::EqRR => K::EqRRBr,
        K::NeRR => K::NeRRBr,
        K::LtRI => K::LtRIBr,
        K::LteRI => K::LteRIBr,
        K::SltRI => K::SltRIBr,
        K::SleRI => K::SleRIBr,
        K::EqRI => K::EqRIBr,
        K::NeRI => K::NeRIBr,
        K::LtIR => K::LtIRBr,
        K::LteIR => K::LteIRBr,
        K::SltIR => K::SltIRBr,
        K::SleIR => K::SleIRBr,
        _ => return None,
    })
}

/// One predecoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inst {
    pub k: K,
    pub a: i32,
    pub b: i32,
    pub c: i32,
}

impl Inst {
    pub const fn new(k: K, a: i32, b: i32, c: i32) -> Inst {
        Inst { k, a, b, c }
    }

    pub fn trap(kind: TrapKind, pc: u32, in_code: bool) -> Inst {
        let idx = TrapKind::ALL.iter().position(|&t| t == kind).unwrap_or(0);
        Inst::new(K::Trap, idx as i32, pc as i32, i32::from(in_code))
    }
}

/// The trap kind stored in a `K::Trap` instruction.
pub fn trap_kind_of(inst: &Inst) -> TrapKind {
    TrapKind::ALL
        .get(inst.a as usize)
        .copied()
        .unwrap_or(TrapKind::UnknownOpcode)
}
