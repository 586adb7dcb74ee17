//! The one description of the Valida v1.0 instruction set: opcode numbers
//! and the assembly forms (mnemonic, which record field each operand fills,
//! operand kind, fixed values of the other fields). The decoder, executor,
//! assembler and disassembler all read this table, so they cannot disagree.

/// Declares [`Opcode`] with its number and canonical (VM source) name.
macro_rules! opcodes {
    ($($variant:ident = $num:literal, $name:literal;)*) => {
        /// A Valida v1.0 opcode (the first word of an instruction record).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u32)]
        pub enum Opcode { $($variant = $num),* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];

            /// The opcode with this number, if the ISA has one.
            pub const fn from_u32(n: u32) -> Option<Opcode> {
                match n { $($num => Some(Opcode::$variant),)* _ => None }
            }

            /// Name used by the reference VM's source (e.g. `ADD32`).
            pub const fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name),* }
            }
        }
    };
}

opcodes! {
    Load32 = 1, "LOAD32";
    Store32 = 2, "STORE32";
    Jal = 3, "JAL";
    Jalv = 4, "JALV";
    Beq = 5, "BEQ";
    Bne = 6, "BNE";
    Imm32 = 7, "IMM32";
    Stop = 8, "STOP";
    ReadAdvice = 9, "READ_ADVICE";
    LoadFp = 10, "LOADFP";
    LoadU8 = 11, "LOADU8";
    LoadS8 = 12, "LOADS8";
    StoreU8 = 13, "STOREU8";
    Fail = 16, "FAIL";
    Memcpy = 20, "MEMCPY";
    Add = 100, "ADD32";
    Sub = 101, "SUB32";
    Mul = 102, "MUL32";
    Div = 103, "DIV32";
    Lt = 104, "LT32";
    Shl = 105, "SHL32";
    Shr = 106, "SHR32";
    And = 107, "AND32";
    Or = 108, "OR32";
    Xor = 109, "XOR32";
    Sdiv = 110, "SDIV32";
    Ne = 111, "NE32";
    Mulhu = 112, "MULHU32";
    Sra = 113, "SRA32";
    Mulhs = 114, "MULHS32";
    Lte = 115, "LTE32";
    Eq = 116, "EQ32";
    Slt = 117, "SLT32";
    Sle = 118, "SLE32";
    Keccakf = 120, "KECCAKF";
    SecpComb = 134, "COMB_SECP256K1";
    SecpSmul = 135, "SMUL_SECP256K1";
    SecpSinv = 136, "SINV_SECP256K1";
    SecpMuls = 137, "MULS_SECP256K1";
    FeAdd = 200, "ADD";
    FeSub = 201, "SUB";
    FeMul = 202, "MUL";
    Write = 300, "WRITE";
}

impl Opcode {
    /// Whether e = 1 makes operand c an immediate (ALU ops, BEQ, BNE); other
    /// opcodes ignore e.
    pub fn honours_e(self) -> bool {
        matches!(self, Opcode::Beq | Opcode::Bne) || self.is_alu()
    }

    /// Whether d = 1 makes operand b an immediate (LT32, LTE32, SLT32, SLE32
    /// only); other opcodes ignore d.
    pub fn honours_d(self) -> bool {
        matches!(self, Opcode::Lt | Opcode::Lte | Opcode::Slt | Opcode::Sle)
    }

    /// The 32-bit ALU opcodes (100–118).
    pub fn is_alu(self) -> bool {
        (100..=118).contains(&(self as u32))
    }
}

/// Which word of the 24-byte record an operand fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    A = 0,
    B = 1,
    C = 2,
    D = 3,
    E = 4,
}

/// How an operand is written in assembly and what values it may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `N(fp)`: a frame slot offset.
    Slot,
    /// A bare signed 32-bit number.
    Imm,
    /// A bare number 0..=255 (one byte of an `imm32`).
    Byte,
    /// A code byte address: a label, a symbol or a number.
    Target,
}

/// One assembly form: a mnemonic, its opcode, its operands in source
/// order, and the values of the fields that are not operands.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    pub mnemonic: &'static str,
    pub opcode: Opcode,
    pub operands: &'static [(Field, Kind)],
    /// Values of the five fields; operand fields' entries are ignored.
    pub fixed: [i32; 5],
}

impl Form {
    /// Whether `field` is an operand of this form.
    pub fn has_operand(&self, field: Field) -> bool {
        self.operands.iter().any(|(f, _)| *f == field)
    }
}

use Field::{A, B, C, D, E};
use Kind::{Byte, Imm, Slot, Target};

const fn form(
    mnemonic: &'static str,
    opcode: Opcode,
    operands: &'static [(Field, Kind)],
    d: i32,
    e: i32,
) -> Form {
    Form {
        mnemonic,
        opcode,
        operands,
        fixed: [0, 0, 0, d, e],
    }
}

const SSS: &[(Field, Kind)] = &[(A, Slot), (B, Slot), (C, Slot)];
const SSI: &[(Field, Kind)] = &[(A, Slot), (B, Slot), (C, Imm)];
const SIS: &[(Field, Kind)] = &[(A, Slot), (B, Imm), (C, Slot)];
const LOAD: &[(Field, Kind)] = &[(A, Slot), (C, Slot)];
const STORE: &[(Field, Kind)] = &[(B, Slot), (C, Slot)];
const BRANCH: &[(Field, Kind)] = &[(A, Target), (B, Slot), (C, Slot)];
const BRANCH_I: &[(Field, Kind)] = &[(A, Target), (B, Slot), (C, Imm)];
const PTR2: &[(Field, Kind)] = &[(A, Slot), (B, Slot)];

/// Register form (`op a(fp), b(fp), c(fp)`) and immediate form
/// (`opi a(fp), b(fp), imm`) of an ALU opcode.
macro_rules! alu {
    ($op:ident, $rr:literal, $ri:literal) => {
        [
            form($rr, Opcode::$op, SSS, 0, 0),
            form($ri, Opcode::$op, SSI, 0, 1),
        ]
    };
}

/// Every assembly form. When several forms encode the same record the
/// first one is what the disassembler prints.
pub const FORMS: &[Form] = &{
    let base: [Form; 21] = [
        form("lw", Opcode::Load32, LOAD, 0, 0),
        form("sw", Opcode::Store32, STORE, 0, 0),
        form(
            "jal",
            Opcode::Jal,
            &[(A, Slot), (B, Target), (C, Imm)],
            0,
            0,
        ),
        form("jalv", Opcode::Jalv, SSS, 0, 0),
        form("beq", Opcode::Beq, BRANCH, 0, 0),
        form("beqi", Opcode::Beq, BRANCH_I, 0, 1),
        form("bne", Opcode::Bne, BRANCH, 0, 0),
        form("bnei", Opcode::Bne, BRANCH_I, 0, 1),
        form(
            "imm32",
            Opcode::Imm32,
            &[(A, Slot), (B, Byte), (C, Byte), (D, Byte), (E, Byte)],
            0,
            0,
        ),
        form("stop", Opcode::Stop, &[], 0, 0),
        form("advread", Opcode::ReadAdvice, &[(A, Slot)], 0, 0),
        form("loadfp", Opcode::LoadFp, &[(A, Slot), (B, Imm)], 0, 0),
        form("loadu8", Opcode::LoadU8, LOAD, 0, 0),
        form("loads8", Opcode::LoadS8, LOAD, 0, 0),
        form("storeu8", Opcode::StoreU8, STORE, 0, 0),
        form("fail", Opcode::Fail, &[], 0, 0),
        form("memcpy", Opcode::Memcpy, SSS, 0, 0),
        form("keccakf", Opcode::Keccakf, &[(A, Imm), (B, Slot)], 0, 0),
        form(
            "write",
            Opcode::Write,
            &[(A, Imm), (B, Slot), (C, Imm), (D, Imm), (E, Imm)],
            0,
            0,
        ),
        form("feadd", Opcode::FeAdd, SSS, 0, 0),
        form("fesub", Opcode::FeSub, SSS, 0, 0),
    ];
    let rest: [[Form; 2]; 19] = [
        alu!(Add, "add", "addi"),
        alu!(Sub, "sub", "subi"),
        alu!(Mul, "mul", "muli"),
        alu!(Div, "div", "divi"),
        alu!(Sdiv, "sdiv", "sdivi"),
        alu!(Mulhu, "mulhu", "mulhui"),
        alu!(Mulhs, "mulhs", "mulhsi"),
        alu!(Lt, "lt", "lti"),
        alu!(Lte, "lte", "ltei"),
        alu!(Slt, "slt", "slti"),
        alu!(Sle, "sle", "slei"),
        alu!(Eq, "eq", "eqi"),
        alu!(Ne, "ne", "nei"),
        alu!(Shl, "shl", "shli"),
        alu!(Shr, "shr", "shri"),
        alu!(Sra, "sra", "srai"),
        alu!(And, "and", "andi"),
        alu!(Or, "or", "ori"),
        alu!(Xor, "xor", "xori"),
    ];
    let tail: [Form; 9] = [
        // Left-immediate comparisons (d = 1): `ilt a(fp), imm, c(fp)`.
        form("ilt", Opcode::Lt, SIS, 1, 0),
        form("ilte", Opcode::Lte, SIS, 1, 0),
        form("islt", Opcode::Slt, SIS, 1, 0),
        form("isle", Opcode::Sle, SIS, 1, 0),
        form("femul", Opcode::FeMul, SSS, 0, 0),
        // secp256k1 precompiles: no public mnemonic; names are ours.
        form("secpcomb", Opcode::SecpComb, PTR2, 0, 0),
        form("secpsmul", Opcode::SecpSmul, PTR2, 0, 0),
        form("secpsinv", Opcode::SecpSinv, PTR2, 0, 0),
        form("secpmuls", Opcode::SecpMuls, PTR2, 0, 0),
    ];
    let mut out = [base[0]; 21 + 38 + 9];
    let mut i = 0;
    while i < 21 {
        out[i] = base[i];
        i += 1;
    }
    let mut j = 0;
    while j < 19 {
        out[21 + 2 * j] = rest[j][0];
        out[21 + 2 * j + 1] = rest[j][1];
        j += 1;
    }
    let mut k = 0;
    while k < 9 {
        out[59 + k] = tail[k];
        k += 1;
    }
    out
};

/// The form with this mnemonic.
pub fn form_by_mnemonic(mnemonic: &str) -> Option<&'static Form> {
    FORMS.iter().find(|f| f.mnemonic == mnemonic)
}

/// Alternative spelling accepted by the assembler (the public grammar spells
/// `slei` as `sltei`).
pub fn canonical_mnemonic(mnemonic: &str) -> &str {
    match mnemonic {
        "sltei" => "slei",
        m => m,
    }
}
