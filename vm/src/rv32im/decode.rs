//! Instruction word → [`Instr`]. The executor, the pre-decoder and the
//! disassembler all go through [`decode`], so they cannot disagree about what
//! a word means.

use super::formats::{self, BType, IType, JType, RType, SType, ShiftType, UType};

/// Instruction family, used for per-class execution counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// Register-register arithmetic and logic (RV32I `OP`).
    Alu,
    /// Register-immediate arithmetic and logic (`OP-IMM`).
    AluImm,
    /// LUI and AUIPC.
    Upper,
    Load,
    Store,
    Branch,
    /// JAL and JALR.
    Jump,
    /// MUL, MULH, MULHSU, MULHU.
    Mul,
    /// DIV, DIVU, REM, REMU.
    Div,
    /// ECALL, EBREAK, FENCE, FENCE.I.
    System,
}

impl Class {
    pub const ALL: [Class; 10] = [
        Class::Alu,
        Class::AluImm,
        Class::Upper,
        Class::Load,
        Class::Store,
        Class::Branch,
        Class::Jump,
        Class::Mul,
        Class::Div,
        Class::System,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Class::Alu => "alu",
            Class::AluImm => "alu-imm",
            Class::Upper => "upper",
            Class::Load => "load",
            Class::Store => "store",
            Class::Branch => "branch",
            Class::Jump => "jump",
            Class::Mul => "mul",
            Class::Div => "div",
            Class::System => "system",
        }
    }
}

/// How the operands of an instruction are shown (and which fields of
/// [`Instr`] are meaningful).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `rd, rs1, rs2`
    R,
    /// `rd, rs1, imm`
    I,
    /// `rd, imm(rs1)`
    Load,
    /// `rs2, imm(rs1)`
    Store,
    /// `rs1, rs2, target`
    B,
    /// `rd, imm >> 12`
    U,
    /// `rd, target`
    J,
    /// `rd, imm(rs1)` for JALR
    Jalr,
    /// no operands
    None,
}

macro_rules! ops {
    ($($variant:ident = $mnemonic:literal, $class:ident, $shape:ident;)*) => {
        /// Every RV32IM operation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $($variant,)* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$variant,)*];
            pub const COUNT: usize = Op::ALL.len();

            pub const fn mnemonic(self) -> &'static str {
                match self { $(Op::$variant => $mnemonic,)* }
            }

            pub const fn class(self) -> Class {
                match self { $(Op::$variant => Class::$class,)* }
            }

            pub const fn shape(self) -> Shape {
                match self { $(Op::$variant => Shape::$shape,)* }
            }
        }
    };
}

ops! {
    Lui = "lui", Upper, U;
    Auipc = "auipc", Upper, U;
    Jal = "jal", Jump, J;
    Jalr = "jalr", Jump, Jalr;
    Beq = "beq", Branch, B;
    Bne = "bne", Branch, B;
    Blt = "blt", Branch, B;
    Bge = "bge", Branch, B;
    Bltu = "bltu", Branch, B;
    Bgeu = "bgeu", Branch, B;
    Lb = "lb", Load, Load;
    Lh = "lh", Load, Load;
    Lw = "lw", Load, Load;
    Lbu = "lbu", Load, Load;
    Lhu = "lhu", Load, Load;
    Sb = "sb", Store, Store;
    Sh = "sh", Store, Store;
    Sw = "sw", Store, Store;
    Addi = "addi", AluImm, I;
    Slti = "slti", AluImm, I;
    Sltiu = "sltiu", AluImm, I;
    Xori = "xori", AluImm, I;
    Ori = "ori", AluImm, I;
    Andi = "andi", AluImm, I;
    Slli = "slli", AluImm, I;
    Srli = "srli", AluImm, I;
    Srai = "srai", AluImm, I;
    Add = "add", Alu, R;
    Sub = "sub", Alu, R;
    Sll = "sll", Alu, R;
    Slt = "slt", Alu, R;
    Sltu = "sltu", Alu, R;
    Xor = "xor", Alu, R;
    Srl = "srl", Alu, R;
    Sra = "sra", Alu, R;
    Or = "or", Alu, R;
    And = "and", Alu, R;
    Mul = "mul", Mul, R;
    Mulh = "mulh", Mul, R;
    Mulhsu = "mulhsu", Mul, R;
    Mulhu = "mulhu", Mul, R;
    Div = "div", Div, R;
    Divu = "divu", Div, R;
    Rem = "rem", Div, R;
    Remu = "remu", Div, R;
    Fence = "fence", System, None;
    FenceI = "fence.i", System, None;
    Ecall = "ecall", System, None;
    Ebreak = "ebreak", System, None;
}

/// A decoded instruction: eight bytes, `Copy`, ready for the hot loop.
/// Fields an operation does not use are zero. For shifts by immediate, `imm`
/// is the shift amount; for U-type it is the value already shifted left by 12;
/// for FENCE it holds the `fm|pred|succ` bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub rd: u8,
    pub rs1: u8,
    pub rs2: u8,
    pub imm: i32,
}

impl Instr {
    const fn r(op: Op, f: RType) -> Self {
        Self {
            op,
            rd: f.rd,
            rs1: f.rs1,
            rs2: f.rs2,
            imm: 0,
        }
    }
    const fn i(op: Op, f: IType) -> Self {
        Self {
            op,
            rd: f.rd,
            rs1: f.rs1,
            rs2: 0,
            imm: f.imm,
        }
    }
    const fn shift(op: Op, f: ShiftType) -> Self {
        Self {
            op,
            rd: f.rd,
            rs1: f.rs1,
            rs2: 0,
            imm: f.shamt as i32,
        }
    }
    const fn s(op: Op, f: SType) -> Self {
        Self {
            op,
            rd: 0,
            rs1: f.rs1,
            rs2: f.rs2,
            imm: f.imm,
        }
    }
    const fn b(op: Op, f: BType) -> Self {
        Self {
            op,
            rd: 0,
            rs1: f.rs1,
            rs2: f.rs2,
            imm: f.imm,
        }
    }
    const fn u(op: Op, f: UType) -> Self {
        Self {
            op,
            rd: f.rd,
            rs1: 0,
            rs2: 0,
            imm: f.imm,
        }
    }
    const fn j(op: Op, f: JType) -> Self {
        Self {
            op,
            rd: f.rd,
            rs1: 0,
            rs2: 0,
            imm: f.imm,
        }
    }
    const fn bare(op: Op) -> Self {
        Self {
            op,
            rd: 0,
            rs1: 0,
            rs2: 0,
            imm: 0,
        }
    }
}

const OPC_LOAD: u32 = 0b000_0011;
const OPC_MISC_MEM: u32 = 0b000_1111;
const OPC_OP_IMM: u32 = 0b001_0011;
const OPC_AUIPC: u32 = 0b001_0111;
const OPC_STORE: u32 = 0b010_0011;
const OPC_OP: u32 = 0b011_0011;
const OPC_LUI: u32 = 0b011_0111;
const OPC_BRANCH: u32 = 0b110_0011;
const OPC_JALR: u32 = 0b110_0111;
const OPC_JAL: u32 = 0b110_1111;
const OPC_SYSTEM: u32 = 0b111_0011;

const ECALL: u32 = 0x0000_0073;
const EBREAK: u32 = 0x0010_0073;

/// Decodes one RV32IM instruction word; `None` for anything that is not a
/// valid RV32IM (+ FENCE.I) instruction, including compressed encodings and
/// CSR instructions.
pub const fn decode(word: u32) -> Option<Instr> {
    let f3 = formats::funct3(word);
    let f7 = formats::funct7(word);
    let instr = match formats::opcode(word) {
        OPC_LUI => Instr::u(Op::Lui, UType::new(word)),
        OPC_AUIPC => Instr::u(Op::Auipc, UType::new(word)),
        OPC_JAL => Instr::j(Op::Jal, JType::new(word)),
        OPC_JALR if f3 == 0 => Instr::i(Op::Jalr, IType::new(word)),
        OPC_BRANCH => {
            let op = match f3 {
                0 => Op::Beq,
                1 => Op::Bne,
                4 => Op::Blt,
                5 => Op::Bge,
                6 => Op::Bltu,
                7 => Op::Bgeu,
                _ => return None,
            };
            Instr::b(op, BType::new(word))
        }
        OPC_LOAD => {
            let op = match f3 {
                0 => Op::Lb,
                1 => Op::Lh,
                2 => Op::Lw,
                4 => Op::Lbu,
                5 => Op::Lhu,
                _ => return None,
            };
            Instr::i(op, IType::new(word))
        }
        OPC_STORE => {
            let op = match f3 {
                0 => Op::Sb,
                1 => Op::Sh,
                2 => Op::Sw,
                _ => return None,
            };
            Instr::s(op, SType::new(word))
        }
        OPC_OP_IMM => match (f3, f7) {
            (0, _) => Instr::i(Op::Addi, IType::new(word)),
            (2, _) => Instr::i(Op::Slti, IType::new(word)),
            (3, _) => Instr::i(Op::Sltiu, IType::new(word)),
            (4, _) => Instr::i(Op::Xori, IType::new(word)),
            (6, _) => Instr::i(Op::Ori, IType::new(word)),
            (7, _) => Instr::i(Op::Andi, IType::new(word)),
            // On RV32, imm[11:5] must be exactly 0 (or 0x20 for SRAI).
            (1, 0) => Instr::shift(Op::Slli, ShiftType::new(word)),
            (5, 0) => Instr::shift(Op::Srli, ShiftType::new(word)),
            (5, 0x20) => Instr::shift(Op::Srai, ShiftType::new(word)),
            _ => return None,
        },
        OPC_OP => {
            let op = match (f7, f3) {
                (0, 0) => Op::Add,
                (0x20, 0) => Op::Sub,
                (0, 1) => Op::Sll,
                (0, 2) => Op::Slt,
                (0, 3) => Op::Sltu,
                (0, 4) => Op::Xor,
                (0, 5) => Op::Srl,
                (0x20, 5) => Op::Sra,
                (0, 6) => Op::Or,
                (0, 7) => Op::And,
                (1, 0) => Op::Mul,
                (1, 1) => Op::Mulh,
                (1, 2) => Op::Mulhsu,
                (1, 3) => Op::Mulhu,
                (1, 4) => Op::Div,
                (1, 5) => Op::Divu,
                (1, 6) => Op::Rem,
                (1, 7) => Op::Remu,
                _ => return None,
            };
            Instr::r(op, RType::new(word))
        }
        // FENCE (any predecessor/successor set, incl. FENCE.TSO and PAUSE)
        // and FENCE.I: no-ops on a single in-order hart without caches.
        OPC_MISC_MEM => match f3 {
            0 => Instr::i(Op::Fence, IType::new(word)),
            1 => Instr::bare(Op::FenceI),
            _ => return None,
        },
        OPC_SYSTEM => match word {
            ECALL => Instr::bare(Op::Ecall),
            EBREAK => Instr::bare(Op::Ebreak),
            _ => return None,
        },
        _ => return None,
    };
    Some(instr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
        assert_eq!(std::mem::size_of::<Option<Instr>>(), 8);
    }

    #[test]
    fn decodes_examples() {
        assert_eq!(
            decode(0x0010_0513),
            Some(Instr {
                op: Op::Addi,
                rd: 10,
                rs1: 0,
                rs2: 0,
                imm: 1
            })
        );
        assert_eq!(
            decode(0x02b5_0533),
            Some(Instr {
                op: Op::Mul,
                rd: 10,
                rs1: 10,
                rs2: 11,
                imm: 0
            })
        );
        assert_eq!(
            decode(0x4025_5513),
            Some(Instr {
                op: Op::Srai,
                rd: 10,
                rs1: 10,
                rs2: 0,
                imm: 2
            })
        );
        assert_eq!(decode(ECALL).map(|i| i.op), Some(Op::Ecall));
        assert_eq!(decode(EBREAK).map(|i| i.op), Some(Op::Ebreak));
    }

    #[test]
    fn rejects_invalid() {
        assert_eq!(decode(0), None);
        assert_eq!(decode(0xffff_ffff), None);
        // c.addi (compressed)
        assert_eq!(decode(0x0000_0505), None);
        // slli with shamt[5] set (RV64 only)
        assert_eq!(decode(0x0205_1513), None);
        // csrrs a0, cycle, zero
        assert_eq!(decode(0xc000_2573), None);
        // jalr with funct3 != 0
        assert_eq!(decode(0x0000_1067), None);
    }

    #[test]
    fn every_op_has_a_class_and_mnemonic() {
        for op in Op::ALL {
            assert!(!op.mnemonic().is_empty());
            assert!(Class::ALL.contains(&op.class()));
        }
    }
}
