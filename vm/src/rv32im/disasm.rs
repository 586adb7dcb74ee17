//! RV32IM disassembler, in the syntax of `llvm-objdump -d -M no-aliases`
//! (hexadecimal immediates, absolute branch targets with `<symbol+0xoff>`).

use std::fmt::Write as _;

use super::decode::{Instr, Op, Shape, decode};
use super::loader::Program;

const ABI_NAMES: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

/// ABI name of register `x{index}` (`index` is taken modulo 32).
pub fn reg_name(index: u8) -> &'static str {
    ABI_NAMES[usize::from(index & 31)]
}

struct Hex(i64);

impl std::fmt::Display for Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 < 0 {
            write!(f, "-{:#x}", -self.0)
        } else {
            write!(f, "{:#x}", self.0)
        }
    }
}

fn fence_set(bits: i32) -> String {
    let mut s = String::new();
    for (bit, c) in [(8, 'i'), (4, 'o'), (2, 'r'), (1, 'w')] {
        if bits & bit != 0 {
            s.push(c);
        }
    }
    if s.is_empty() { "0".to_owned() } else { s }
}

impl Instr {
    /// Assembly text of this instruction located at `pc`; `symbolize` names
    /// branch and jump targets (`fib+0x40`).
    pub fn to_asm(&self, pc: u32, symbolize: &dyn Fn(u32) -> Option<String>) -> String {
        let m = self.op.mnemonic();
        let rd = reg_name(self.rd);
        let rs1 = reg_name(self.rs1);
        let rs2 = reg_name(self.rs2);
        let imm = Hex(i64::from(self.imm));
        let target = |offset: i32| {
            let t = pc.wrapping_add(offset as u32);
            match symbolize(t) {
                Some(name) => format!("{t:#x} <{name}>"),
                None => format!("{t:#x}"),
            }
        };
        match self.op.shape() {
            Shape::R => format!("{m}\t{rd}, {rs1}, {rs2}"),
            Shape::I => format!("{m}\t{rd}, {rs1}, {imm}"),
            Shape::Load | Shape::Jalr => format!("{m}\t{rd}, {imm}({rs1})"),
            Shape::Store => format!("{m}\t{rs2}, {imm}({rs1})"),
            Shape::B => format!("{m}\t{rs1}, {rs2}, {}", target(self.imm)),
            Shape::U => format!("{m}\t{rd}, {:#x}", (self.imm as u32) >> 12),
            Shape::J => format!("{m}\t{rd}, {}", target(self.imm)),
            Shape::None => match self.op {
                Op::Fence => {
                    let (fm, pred, succ) =
                        ((self.imm >> 8) & 0xf, (self.imm >> 4) & 0xf, self.imm & 0xf);
                    if fm == 8 && pred == 3 && succ == 3 {
                        "fence.tso".to_owned()
                    } else {
                        format!("{m}\t{}, {}", fence_set(pred), fence_set(succ))
                    }
                }
                _ => m.to_owned(),
            },
        }
    }
}

/// Disassembles one word at `pc`; `None` if it is not an RV32IM instruction.
pub fn disassemble_word(word: u32, pc: u32) -> Option<String> {
    decode(word).map(|i| i.to_asm(pc, &|_| None))
}

/// An `objdump -d`-style listing of every executable segment of `program`,
/// with a `<symbol>:` header wherever a function starts.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    let symbolize = |addr: u32| program.symbolize(addr);
    for segment in program
        .segments
        .iter()
        .filter(|s| s.perm.contains(super::memory::Perm::X))
    {
        let mut addr = segment.vaddr;
        for chunk in segment.data.chunks_exact(4) {
            let word = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            if let Some(name) = program.symbol_at(addr) {
                let _ = writeln!(out, "\n{addr:08x} <{name}>:");
            }
            let text = match decode(word) {
                Some(i) => i.to_asm(addr, &symbolize),
                None => "<unknown>".to_owned(),
            };
            let _ = writeln!(out, "{addr:8x}: {word:08x}     \t{text}");
            addr = addr.wrapping_add(4);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(word: u32, pc: u32) -> String {
        disassemble_word(word, pc)
            .unwrap_or_default()
            .replace('\t', " ")
    }

    #[test]
    fn formats_like_objdump() {
        assert_eq!(d(0xff01_0113, 0), "addi sp, sp, -0x10");
        assert_eq!(d(0x0011_2623, 0), "sw ra, 0xc(sp)");
        assert_eq!(d(0x02b5_4263, 0x11110), "blt a0, a1, 0x11134");
        assert_eq!(d(0xfd5f_f0ef, 0x11120), "jal ra, 0x110f4");
        assert_eq!(d(0x0000_8067, 0), "jalr zero, 0x0(ra)");
        assert_eq!(d(0x0001_2837, 0), "lui a6, 0x12");
        assert_eq!(d(0x4185_d593, 0), "srai a1, a1, 0x18");
        assert_eq!(d(0x02b5_5733, 0), "divu a4, a0, a1");
        assert_eq!(d(0x0ff0_000f, 0), "fence iorw, iorw");
        assert_eq!(d(0x0000_0073, 0), "ecall");
        assert_eq!(disassemble_word(0, 0), None);
    }
}
