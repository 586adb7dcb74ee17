//! RV32 base instruction formats: field extraction from a 32-bit instruction
//! word. This is the only file that knows where the bits of each field live;
//! `decode.rs` picks the format from the opcode and funct fields.

/// Bits `hi..=lo` of `word`, shifted down.
const fn bits(word: u32, hi: u32, lo: u32) -> u32 {
    (word >> lo) & ((1u32 << (hi - lo + 1)) - 1)
}

/// Sign-extends the low `width` bits of `value`.
const fn sign_extend(value: u32, width: u32) -> i32 {
    let shift = 32 - width;
    ((value << shift) as i32) >> shift
}

/// Major opcode, bits 6..0.
pub const fn opcode(word: u32) -> u32 {
    bits(word, 6, 0)
}

/// funct3, bits 14..12.
pub const fn funct3(word: u32) -> u32 {
    bits(word, 14, 12)
}

/// funct7, bits 31..25.
pub const fn funct7(word: u32) -> u32 {
    bits(word, 31, 25)
}

const fn rd(word: u32) -> u8 {
    bits(word, 11, 7) as u8
}

const fn rs1(word: u32) -> u8 {
    bits(word, 19, 15) as u8
}

const fn rs2(word: u32) -> u8 {
    bits(word, 24, 20) as u8
}

/// Register-register: `rd = rs1 op rs2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RType {
    pub rd: u8,
    pub rs1: u8,
    pub rs2: u8,
}

impl RType {
    pub const fn new(word: u32) -> Self {
        Self {
            rd: rd(word),
            rs1: rs1(word),
            rs2: rs2(word),
        }
    }
}

/// Register-immediate, loads, JALR and SYSTEM: 12-bit signed immediate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IType {
    pub rd: u8,
    pub rs1: u8,
    pub imm: i32,
}

impl IType {
    pub const fn new(word: u32) -> Self {
        Self {
            rd: rd(word),
            rs1: rs1(word),
            imm: sign_extend(bits(word, 31, 20), 12),
        }
    }
}

/// Shift by immediate: the I-type immediate's low five bits; `imm[11:5]`
/// selects the operation (checked by the decoder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShiftType {
    pub rd: u8,
    pub rs1: u8,
    pub shamt: u8,
}

impl ShiftType {
    pub const fn new(word: u32) -> Self {
        Self {
            rd: rd(word),
            rs1: rs1(word),
            shamt: bits(word, 24, 20) as u8,
        }
    }
}

/// Stores: `mem[rs1 + imm] = rs2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SType {
    pub rs1: u8,
    pub rs2: u8,
    pub imm: i32,
}

impl SType {
    pub const fn new(word: u32) -> Self {
        let imm = (bits(word, 31, 25) << 5) | bits(word, 11, 7);
        Self {
            rs1: rs1(word),
            rs2: rs2(word),
            imm: sign_extend(imm, 12),
        }
    }
}

/// Conditional branches: 13-bit signed, even offset from the branch's pc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BType {
    pub rs1: u8,
    pub rs2: u8,
    pub imm: i32,
}

impl BType {
    pub const fn new(word: u32) -> Self {
        let imm = (bits(word, 31, 31) << 12)
            | (bits(word, 7, 7) << 11)
            | (bits(word, 30, 25) << 5)
            | (bits(word, 11, 8) << 1);
        Self {
            rs1: rs1(word),
            rs2: rs2(word),
            imm: sign_extend(imm, 13),
        }
    }
}

/// LUI and AUIPC: the immediate is already shifted into bits 31..12.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UType {
    pub rd: u8,
    pub imm: i32,
}

impl UType {
    pub const fn new(word: u32) -> Self {
        Self {
            rd: rd(word),
            imm: (word & 0xFFFF_F000) as i32,
        }
    }
}

/// JAL: 21-bit signed, even offset from the jump's pc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JType {
    pub rd: u8,
    pub imm: i32,
}

impl JType {
    pub const fn new(word: u32) -> Self {
        let imm = (bits(word, 31, 31) << 20)
            | (bits(word, 19, 12) << 12)
            | (bits(word, 20, 20) << 11)
            | (bits(word, 30, 21) << 1);
        Self {
            rd: rd(word),
            imm: sign_extend(imm, 21),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i_type_sign_extends() {
        // addi a0, a0, -1
        let i = IType::new(0xfff5_0513);
        assert_eq!(
            i,
            IType {
                rd: 10,
                rs1: 10,
                imm: -1
            }
        );
    }

    #[test]
    fn s_type_splits_immediate() {
        // sw a1, -4(sp)  = 0xfeb12e23
        let s = SType::new(0xfeb1_2e23);
        assert_eq!(
            s,
            SType {
                rs1: 2,
                rs2: 11,
                imm: -4
            }
        );
    }

    #[test]
    fn b_type_offset() {
        // beq a0, a1, -8 : 0xfeb50ce3
        let b = BType::new(0xfeb5_0ce3);
        assert_eq!(
            b,
            BType {
                rs1: 10,
                rs2: 11,
                imm: -8
            }
        );
    }

    #[test]
    fn j_type_offset() {
        // jal ra, 2048 : 0x001000ef ; jal zero, -4 : 0xffdff06f
        assert_eq!(JType::new(0x0010_00ef), JType { rd: 1, imm: 2048 });
        assert_eq!(JType::new(0xffdf_f06f), JType { rd: 0, imm: -4 });
    }

    #[test]
    fn u_type_keeps_upper_bits() {
        // lui a0, 0x12345
        assert_eq!(
            UType::new(0x1234_5537),
            UType {
                rd: 10,
                imm: 0x1234_5000
            }
        );
    }
}
