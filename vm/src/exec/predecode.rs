//! Decode once: raw records → [`Inst`]s. Everything that can be decided
//! statically is decided here (operand forms, branch targets, constant
//! folding, unknown opcodes), so the loop only does
//! what depends on run-time values.

use std::collections::HashMap;

use super::alu;
use super::inst::{Inst, K, fused_kind};
use crate::isa::{INSTR_BYTES, Opcode, RawInstr};
use crate::memory::MEM_LIMIT;
use crate::program::Program;
use crate::trap::TrapKind;

/// The fp values for which every slot operand of the program is a valid
/// address, so slot accesses need no range check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub lo: u32,
    pub span: u32,
    pub enabled: bool,
    /// Hysteresis for re-entering the unchecked loop: fp must be this far
    /// inside the window. It starts at 0 and grows when the loops switch
    /// too often (a caller just outside the window calling callees just
    /// inside, e.g. `main` at the top of the stack).
    pub margin: u32,
    /// A call that moves fp below this traps `stack-overflow` (the
    /// executable's `__stack_limit`; 0 when it has none).
    pub stack_limit: u32,
    /// Loads and stores below this address trap `null-pointer`, and so
    /// does a JALV to pc 0 (executables defining `__valida_null_guard`;
    /// 0 otherwise, as on the real VM).
    pub null_guard: u32,
}

/// Largest re-entry margin.
pub const MAX_MARGIN: u32 = 1 << 16;

impl Window {
    /// Whether every slot of a frame at `fp` is an aligned, addressable
    /// cell in the flat memory.
    #[inline(always)]
    pub fn contains(&self, fp: u32) -> bool {
        self.enabled && fp.is_multiple_of(4) && fp.wrapping_sub(self.lo) <= self.span
    }

    /// Whether `fp` is at least `margin` inside the window.
    #[inline(always)]
    pub fn contains_deep(&self, fp: u32) -> bool {
        let twice = 2 * self.margin;
        self.enabled
            && fp.is_multiple_of(4)
            && self.span >= twice
            && fp.wrapping_sub(self.lo.wrapping_add(self.margin)) <= self.span - twice
    }
}

/// The predecoded program: `code_len` instructions, then a sentinel for
/// falling off the end, then one sentinel per out-of-range static target.
pub struct Decoded {
    pub insts: Vec<Inst>,
    pub code_len: usize,
    pub window: Window,
}

/// (register form, immediate form) kinds of each ALU opcode.
const ALU_KINDS: [(Opcode, K, K); 19] = [
    (Opcode::Add, K::AddRR, K::AddRI),
    (Opcode::Sub, K::SubRR, K::SubRI),
    (Opcode::Mul, K::MulRR, K::MulRI),
    (Opcode::Div, K::DivRR, K::DivRI),
    (Opcode::Sdiv, K::SdivRR, K::SdivRI),
    (Opcode::Mulhu, K::MulhuRR, K::MulhuRI),
    (Opcode::Mulhs, K::MulhsRR, K::MulhsRI),
    (Opcode::Lt, K::LtRR, K::LtRI),
    (Opcode::Lte, K::LteRR, K::LteRI),
    (Opcode::Slt, K::SltRR, K::SltRI),
    (Opcode::Sle, K::SleRR, K::SleRI),
    (Opcode::Eq, K::EqRR, K::EqRI),
    (Opcode::Ne, K::NeRR, K::NeRI),
    (Opcode::Shl, K::ShlRR, K::ShlRI),
    (Opcode::Shr, K::ShrRR, K::ShrRI),
    (Opcode::Sra, K::SraRR, K::SraRI),
    (Opcode::And, K::AndRR, K::AndRI),
    (Opcode::Or, K::OrRR, K::OrRI),
    (Opcode::Xor, K::XorRR, K::XorRI),
];

fn left_imm_kind(op: Opcode) -> Option<K> {
    match op {
        Opcode::Lt => Some(K::LtIR),
        Opcode::Lte => Some(K::LteIR),
        Opcode::Slt => Some(K::SltIR),
        Opcode::Sle => Some(K::SleIR),
        _ => None,
    }
}

struct Builder {
    code_len: usize,
    min_off: i64,
    max_off: i64,
    /// Out-of-range byte targets → their sentinel index.
    bad_targets: HashMap<u32, usize>,
    sentinels: Vec<Inst>,
    /// Some slot offset is not a multiple of 4.
    unaligned_slots: bool,
}

impl Builder {
    /// Instruction index for a static byte target (pc = target / 24, as the
    /// reference VM divides without checking).
    fn target(&mut self, byte: i32) -> i32 {
        let byte = byte as u32;
        let idx = (byte / INSTR_BYTES) as usize;
        if idx < self.code_len {
            return idx as i32;
        }
        let next = self.code_len + 1 + self.sentinels.len();
        let slot = *self.bad_targets.entry(byte).or_insert(next);
        if slot == next {
            self.sentinels
                .push(Inst::trap(TrapKind::PcOutOfCode, byte, false));
        }
        slot as i32
    }

    fn decode(&mut self, raw: &RawInstr, pc: u32) -> Inst {
        let Some(op) = Opcode::from_u32(raw.opcode) else {
            return Inst::trap(TrapKind::UnknownOpcode, pc, true);
        };
        let [a, b, c, d, e] = raw.ops;
        let imm_c = e == 1 && op.honours_e();
        let imm_b = d == 1 && op.honours_d();
        let none: [Option<i32>; 3] = [None; 3];
        let slots: [Option<i32>; 3] = match op {
            Opcode::Load32 | Opcode::LoadU8 | Opcode::LoadS8 => [Some(a), Some(c), None],
            Opcode::Store32 | Opcode::StoreU8 => [Some(b), Some(c), None],
            Opcode::Jal | Opcode::Imm32 | Opcode::LoadFp | Opcode::ReadAdvice => {
                [Some(a), None, None]
            }
            Opcode::Jalv | Opcode::Memcpy => [Some(a), Some(b), Some(c)],
            Opcode::Beq | Opcode::Bne => [Some(b), (!imm_c).then_some(c), None],
            Opcode::Keccakf | Opcode::Write => [Some(b), None, None],
            Opcode::Stop | Opcode::Fail => none,
            Opcode::SecpComb | Opcode::SecpSmul | Opcode::SecpSinv | Opcode::SecpMuls => {
                return Inst::trap(TrapKind::UnsupportedOpcode, pc, true);
            }
            Opcode::FeAdd | Opcode::FeSub | Opcode::FeMul => {
                return Inst::trap(TrapKind::UnsupportedOpcode, pc, true);
            }
            _ => [Some(a), (!imm_b).then_some(b), (!imm_c).then_some(c)],
        };
        // An unaligned slot offset names an unaligned cell (or, for the
        // instructions that assert alignment, traps) whenever fp is aligned:
        // such a program always runs in the checked loop.
        if slots.iter().flatten().any(|off| off % 4 != 0) {
            self.unaligned_slots = true;
        }
        for off in slots.iter().flatten() {
            self.min_off = self.min_off.min(i64::from(*off));
            self.max_off = self.max_off.max(i64::from(*off));
        }
        let inst = |k, a, b, c| Inst::new(k, a, b, c);
        match op {
            Opcode::Load32 => inst(K::Lw, a, 0, c),
            Opcode::LoadU8 => inst(K::Lbu, a, 0, c),
            Opcode::LoadS8 => inst(K::Lbs, a, 0, c),
            Opcode::Store32 => inst(K::Sw, 0, b, c),
            Opcode::StoreU8 => inst(K::Sb, 0, b, c),
            Opcode::Jal => {
                let t = self.target(b);
                inst(K::Jal, a, t, c)
            }
            Opcode::Jalv => inst(K::Jalv, a, b, c),
            Opcode::Beq | Opcode::Bne => {
                let t = self.target(a);
                let k = match (op == Opcode::Beq, imm_c) {
                    (true, false) => K::BeqRR,
                    (true, true) => K::BeqRI,
                    (false, false) => K::BneRR,
                    (false, true) => K::BneRI,
                };
                inst(k, t, b, c)
            }
            Opcode::Imm32 => {
                // Least significant byte first (v1.0); each operand truncated to 8 bits.
                let v = (b as u32 & 0xff)
                    | (c as u32 & 0xff) << 8
                    | (d as u32 & 0xff) << 16
                    | (e as u32 & 0xff) << 24;
                inst(K::Const, a, v as i32, 0)
            }
            Opcode::Stop => inst(K::Stop, 0, 0, 0),
            Opcode::Fail => inst(K::Fail, 0, 0, 0),
            Opcode::ReadAdvice => inst(K::Read, a, 0, 0),
            Opcode::LoadFp => inst(K::LoadFp, a, b, 0),
            Opcode::Memcpy => inst(K::Memcpy, a, b, c),
            Opcode::Keccakf => inst(K::Keccak, 0, b, 0),
            Opcode::Write if c == 0 && e == 1 => inst(K::Write, 0, b, 0),
            Opcode::Write => inst(K::WriteInvalid, 0, b, 0),
            _ => self.decode_alu(op, raw, pc, imm_b, imm_c),
        }
    }

    fn decode_alu(&self, op: Opcode, raw: &RawInstr, pc: u32, imm_b: bool, imm_c: bool) -> Inst {
        let [a, b, c, _, _] = raw.ops;
        let Some(&(_, rr, ri)) = ALU_KINDS.iter().find(|(o, _, _)| *o == op) else {
            return Inst::trap(TrapKind::UnknownOpcode, pc, true);
        };
        match (imm_b, imm_c) {
            (false, false) => Inst::new(rr, a, b, c),
            (false, true) => Inst::new(ri, a, b, c),
            (true, false) => match left_imm_kind(op) {
                Some(k) => Inst::new(k, a, b, c),
                None => Inst::trap(TrapKind::UnknownOpcode, pc, true),
            },
            // Both operands immediate: the result is a constant.
            (true, true) => match alu::function(op).map(|f| f(b as u32, c as u32)) {
                Some(Ok(v)) => Inst::new(K::Const, a, v as i32, 0),
                Some(Err(kind)) => Inst::trap(kind, pc, true),
                None => Inst::trap(TrapKind::UnknownOpcode, pc, true),
            },
        }
    }
}

/// Fuses an ALU instruction with a following `beqi`/`bnei` on its
/// destination slot (see `K::AddRIBr`).
fn fuse(insts: &mut [Inst], code_len: usize) {
    for i in 0..code_len.saturating_sub(1) {
        let next = insts[i + 1];
        if matches!(next.k, K::BeqRI | K::BneRI)
            && next.b == insts[i].a
            && let Some(k) = fused_kind(insts[i].k)
        {
            insts[i].k = k;
        }
    }
}

/// Predecodes a whole program; `fusion` enables pair fusion.
pub fn predecode_with(program: &Program, fusion: bool) -> Decoded {
    let code_len = program.code.len();
    let mut builder = Builder {
        code_len,
        min_off: 0,
        max_off: 0,
        bad_targets: HashMap::new(),
        sentinels: Vec::new(),
        unaligned_slots: false,
    };
    let mut insts: Vec<Inst> = program
        .code
        .iter()
        .enumerate()
        .map(|(i, raw)| builder.decode(raw, Program::pc_of(i)))
        .collect();
    if fusion {
        fuse(&mut insts, code_len);
    }
    super::host::mark_host_calls(program, &mut insts, code_len);
    insts.push(Inst::trap(
        TrapKind::PcOutOfCode,
        Program::pc_of(code_len),
        false,
    ));
    insts.extend(builder.sentinels.iter().copied());
    let lo = -builder.min_off;
    let hi = i64::from(MEM_LIMIT) - 4 - builder.max_off;
    let window = if lo <= hi && !builder.unaligned_slots {
        Window {
            lo: lo as u32,
            span: (hi - lo) as u32,
            enabled: true,
            margin: 0,
            stack_limit: 0,
            null_guard: 0,
        }
    } else {
        Window {
            lo: 0,
            span: 0,
            enabled: false,
            margin: 0,
            stack_limit: 0,
            null_guard: 0,
        }
    };
    Decoded {
        insts,
        code_len,
        window,
    }
}
